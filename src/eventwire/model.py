"""The types that flow between pipeline stages.

Every stage takes and returns these frozen dataclasses; nothing else crosses a stage boundary.
Each inferred value keeps its evidence: the span of text it came from and, where a choice
was made, the method that made it. `to_dict` methods write format `eventwire/1`
(see docs/document-format.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from eventwire.errors import InputError

FORMAT = "eventwire/1"

PlaceKind = Literal["country", "admin1", "admin2", "city", "locality", "water", "region", "other"]
# Towns and the regions around them: the places where an incident happens and that a list of
# places hit mixes ("Mykolaiv, Kharkiv, the Kharkiv region").
LOCAL_PLACE_KINDS: frozenset[PlaceKind] = frozenset({"city", "locality", "admin1", "admin2"})
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
AttributionKind = Literal["direct", "indirect", "according_to", "other"]
ClaimStatus = Literal[
    "asserted", "reported", "claimed", "alleged", "denied", "disputed", "planned", "possible"
]


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Article:
    """One input article, as read by `ingest`."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    # Where the publication date came from ("given", "html metadata", "dateline"), or None.
    published_method: str | None = None

    def __post_init__(self) -> None:
        # Callers of the Python API pass ISO strings; a wrong type would otherwise fail deep
        # inside time resolution with no word of which article it was.
        value: object = self.published
        if value is None or isinstance(value, date):
            return
        if isinstance(value, str):
            try:
                object.__setattr__(self, "published", date.fromisoformat(value[:10]))
                return
            except ValueError:
                pass
        raise InputError(
            f"article {self.id}", f"published must be a date or YYYY-MM-DD, not {value!r}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "meta": dict(self.meta),
        }


@dataclass(frozen=True)
class EntityHint:
    """A named entity the statistical NER found (evidence for later stages)."""

    span: Span
    label: str  # spaCy label: GPE, LOC, FAC, NORP, ORG, PERSON, ...


# How precisely a kind of place pins an event down: a town beats its region, a region its
# country. Used to choose between readings and between mentions of the same event.
KIND_SPECIFICITY: dict[str, int] = {
    "city": 4,
    "locality": 4,
    "admin2": 3,
    "other": 3,
    "admin1": 2,
    "water": 2,
    "region": 2,
    "country": 1,
}


@dataclass(frozen=True)
class Place:
    """A toponym or demonym mention resolved against the gazetteer."""

    span: Span
    name: str
    kind: PlaceKind
    lat: float
    lon: float
    geonameid: int | None
    country_code: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    score: float
    method: str = ""  # how the reading was chosen, e.g. "gazetteer+ner:GPE, population prior"
    is_demonym: bool = False  # "Iranian", "Ukrainian": a country mention by adjective

    @property
    def specificity(self) -> int:
        return KIND_SPECIFICITY.get(self.kind, 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "name": self.name,
            "kind": self.kind,
            "lat": round(self.lat, 5),
            "lon": round(self.lon, 5),
            "geonameid": self.geonameid,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "score": round(self.score, 3),
            "method": self.method,
        }


@dataclass(frozen=True)
class Time:
    """A temporal expression with its TIMEX3 type and value.

    `value` is a TIMEX3 value; relative expressions with no anchor get an unspecified value
    such as "XXXX-XX-XX". `earliest`/`latest` are the calendar days the expression can cover,
    when it denotes (or can be bounded to) a stretch of calendar time.
    """

    span: Span
    type: TimeType
    value: str
    earliest: date | None = None
    latest: date | None = None
    precision: str | None = None  # "day", "week", "month", "year", ...
    method: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {**self.span.to_dict(), "type": self.type, "value": self.value}
        out["earliest"] = self.earliest.isoformat() if self.earliest else None
        out["latest"] = self.latest.isoformat() if self.latest else None
        out["precision"] = self.precision
        return out


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str | None = None
    organization: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "organization": self.organization,
            "country": self.country,
        }


@dataclass(frozen=True)
class Attribution:
    """Who says what: the source, the reporting cue and the reported content."""

    source: Span | None
    cue: Span
    content: Span
    speaker: Speaker | None
    kind: AttributionKind

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Actor:
    text: str
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    sector: str | None  # MIL, GOV, REB, CIV, ...
    # Where the country came from when the phrase does not name it: "location" (the event's
    # place), "speaker" (the speaker's country), "article" (the country the article names most),
    # "maker" (the weapons' maker); None when the phrase itself names it.
    country_from: str | None = None
    # Where the article names it; None for a party only inferred (a weapon's maker has the
    # weapon's span, a place's country the place's).
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "country_from": self.country_from,
            "span": self.span.to_dict() if self.span else None,
        }


@dataclass(frozen=True)
class EventType:
    eventwire: str
    acled: str | None = None
    acled_sub: str | None = None
    plover: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "acled": self.acled,
            "acled_sub": self.acled_sub,
            "plover": self.plover,
            "eventwire": self.eventwire,
        }


@dataclass(frozen=True)
class EventDate:
    value: str | None
    earliest: date | None
    latest: date | None
    text: str | None
    precision: str | None = None
    # Where the date came from when the event's own clause has none: "incident" (another
    # sentence about the same incident), "publication" (the report's day or the day before,
    # as a report without a date tells of the last day or night); None: the clause's own time.
    method: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "text": self.text,
            "precision": self.precision,
            "method": self.method,
        }


@dataclass(frozen=True)
class Weapon:
    text: str
    category: str
    system: str | None = None
    origin: str | None = None  # ISO 3166-1 alpha-3 of the maker's country
    # How many were launched, intercepted (shot down) and hit, where the text says so.
    launched: int | None = None
    intercepted: int | None = None
    hit: int | None = None
    span: Span | None = None  # where the article names it

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "category": self.category,
            "system": self.system,
            "origin": self.origin,
            "launched": self.launched,
            "intercepted": self.intercepted,
            "hit": self.hit,
            "span": self.span.to_dict() if self.span else None,
        }


@dataclass(frozen=True)
class Fatalities:
    killed: int | None = None
    killed_max: int | None = None
    injured: int | None = None
    injured_max: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "killed": self.killed,
            "killed_max": self.killed_max,
            "injured": self.injured,
            "injured_max": self.injured_max,
        }


@dataclass(frozen=True)
class Quantity:
    text: str
    value: float | None
    unit: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "unit": self.unit}


@dataclass(frozen=True)
class Claim:
    attribution: int | None  # index into Document.attributions; None: the article asserts it
    status: ClaimStatus

    def to_dict(self) -> dict[str, Any]:
        return {"attribution": self.attribution, "status": self.status}


@dataclass(frozen=True)
class Incident:
    """Whether a violent or protest record is an incident an analyst would code: something
    reported to have happened at a place and a time, not the war in general, a plan, a total
    or rhetoric (`shared/spec/event-annotation.md`). `score` is the model's probability and
    `cues` the features that weighed most, signed ("+place", "-since")."""

    codable: bool
    score: float
    cues: tuple[str, ...] = ()
    method: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "codable": self.codable,
            "score": round(self.score, 3),
            "cues": list(self.cues),
            "method": self.method,
        }


@dataclass(frozen=True)
class Event:
    id: str
    type: EventType
    actors: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    location: Place | None
    date: EventDate
    weapons: tuple[Weapon, ...]
    fatalities: Fatalities
    quantity: Quantity | None
    claim: Claim
    evidence: Span
    confidence: float
    trigger: Span | None = None  # the word that names the event ("attacked", "shipped")
    places: tuple[Place, ...] = ()  # other places the event involves (routes, origins)
    # ACLED-style: 1 the town itself, 2 near it, part of it or placed at a container,
    # 3 a region or larger; None without a location.
    geo_precision: int | None = None
    # Every sentence about this incident, the evidence first (one record per incident).
    mentions: tuple[Span, ...] = ()
    # Where the location came from when the event's clause names none: "incident" (another
    # sentence about it), "context" (the nearest place before it in the paragraph); None: its own.
    location_from: str | None = None
    incident: Incident | None = None
    # How the sentence tells it: the trigger's form, "verb past", "verb present perfect", "noun".
    trigger_form: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "targets": [a.to_dict() for a in self.targets],
            "location": self.location.to_dict() if self.location else None,
            "geo_precision": self.geo_precision,
            "places": [p.to_dict() for p in self.places],
            "date": self.date.to_dict(),
            "weapons": [w.to_dict() for w in self.weapons],
            "fatalities": self.fatalities.to_dict(),
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "claim": self.claim.to_dict(),
            "evidence": self.evidence.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions or (self.evidence,)],
            "location_from": self.location_from,
            "incident": self.incident.to_dict() if self.incident else None,
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "trigger_form": self.trigger_form,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class WeaponRef:
    """A weapon named anywhere in the article, with where it is written (eventwire's
    addition to eventwire/1: events carry only the weapons they were used in)."""

    span: Span
    category: str
    system: str | None = None
    origin: str | None = None  # ISO 3166-1 alpha-3 of the maker's country

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "category": self.category,
            "system": self.system,
            "origin": self.origin,
        }


@dataclass(frozen=True)
class Document:
    """Everything eventwire found in one article (format eventwire/1)."""

    article: Article
    places: tuple[Place, ...] = ()
    times: tuple[Time, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    weapons: tuple[WeaponRef, ...] = ()  # every weapon named, in text order

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "article": self.article.to_dict(),
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "attributions": [a.to_dict() for a in self.attributions],
            "events": [e.to_dict() for e in self.events],
            "weapons": [w.to_dict() for w in self.weapons],
            "warnings": list(self.warnings),
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def content_id(*parts: object) -> str:
    """A short stable id from content, so that re-runs give the same ids."""
    digest = hashlib.sha256(json.dumps(parts, default=str, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class RejectedInput:
    """An input that could not be read as an article; a batch records it and goes on."""

    input_name: str  # "corpus.jsonl line 7", "page.html", "<stdin>"
    reason: str
    id: str | None = None  # the article id, when the input had one

    @property
    def message(self) -> str:
        return f"{self.input_name}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "id": self.id, "input": self.input_name, "error": self.reason}


@dataclass(frozen=True)
class WeaponMention:
    """A weapon as written, before its origin is resolved to a country."""

    span: Span
    category: str
    system: str | None = None
    default_origin: str | None = None  # the maker of a named system (alpha-3)
    origin_text: Span | None = None  # "Iranian", "Iranian-made", "from Iran"
    generic: bool = False  # "weapons", "arms": arms in general, not one kind
    as_modifier: bool = False  # "drone plant", "weapons support": names arms, is not one


@dataclass(frozen=True)
class MunitionCount:
    """How many of one of an event's weapons were launched, intercepted or hit."""

    weapon: int  # index into the event mention's weapons
    role: str  # "launched" | "intercepted" | "hit"
    count: int
    evidence: Span  # the number as written


@dataclass(frozen=True)
class EventMention:
    """One event as the extract stage found it: a trigger and its linked arguments.

    Arguments are spans (actors, targets) or resolved mentions (places, times) chosen by
    syntax; the aggregate stage resolves actors and builds the final Event.
    """

    label: str  # eventwire's own event type, e.g. "attack", "arms transfer"
    trigger: Span
    evidence: Span  # the sentence
    actors: tuple[Span, ...] = ()
    targets: tuple[Span, ...] = ()
    weapons: tuple[WeaponMention, ...] = ()
    locations: tuple[Place, ...] = ()  # where it happened; several coordinated → one event each
    places: tuple[Place, ...] = ()  # other places it involves (routes, origins)
    time: Time | None = None
    modality: ClaimStatus | None = None  # "planned", "possible", "denied", "disputed", "alleged"
    fatalities: Fatalities = field(default_factory=Fatalities)
    quantity: Quantity | None = None
    confidence: float = 0.5
    attribution: int | None = None  # set when the event is itself a statement
    # Counts of its weapons read in its sentence and the follow-up ones (each count once).
    munitions: tuple[MunitionCount, ...] = ()
    form: str = ""  # the trigger's grammatical form: "verb past passive", "noun" (verb_form)

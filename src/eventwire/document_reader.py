"""Reading eventwire/1 JSON back into the model's types.

The store keeps each Document as its eventwire/1 JSON; merging across articles and the API
work on model types, so this is the inverse of `Document.to_dict()`: for any Document `d`,
`document_from_dict(d.to_dict()).to_dict() == d.to_dict()`. Unknown fields are ignored, so
documents written by a later eventwire/1 (which may only add fields) still read.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from eventwire.errors import InputError
from eventwire.model import (
    FORMAT,
    Actor,
    Article,
    Attribution,
    AttributionKind,
    Claim,
    ClaimStatus,
    Document,
    Event,
    EventDate,
    EventType,
    Fatalities,
    Incident,
    Place,
    PlaceKind,
    Quantity,
    Span,
    Speaker,
    Time,
    TimeType,
    Weapon,
    WeaponRef,
)

Record = Mapping[str, Any]


def document_from_dict(data: Record, name: str = "document") -> Document:
    """The Document that `data` (an eventwire/1 document) describes.

    Raises InputError naming `name` and the reason when `data` is not an eventwire/1 document.
    """
    if data.get("format") != FORMAT:
        raise InputError(name, f"not an {FORMAT} document (format: {data.get('format')!r})")
    try:
        return Document(
            article=_article(data["article"]),
            places=tuple(_place(p) for p in data.get("places") or ()),
            times=tuple(_time(t) for t in data.get("times") or ()),
            attributions=tuple(_attribution(a) for a in data.get("attributions") or ()),
            events=tuple(_event(e) for e in data.get("events") or ()),
            warnings=tuple(data.get("warnings") or ()),
            weapons=tuple(_weapon_ref(w) for w in data.get("weapons") or ()),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(name, f"malformed {FORMAT} document: {error!r}") from error


def _weapon_ref(data: Record) -> WeaponRef:
    return WeaponRef(
        span=_required_span(data),
        category=str(data["category"]),
        system=data.get("system"),
        origin=data.get("origin"),
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _span(data: Record | None) -> Span | None:
    if not data:
        return None
    return Span(int(data["start"]), int(data["end"]), str(data["text"]))


def _required_span(data: Record) -> Span:
    span = _span(data)
    if span is None:
        raise ValueError("a span is missing")
    return span


def _article(data: Record) -> Article:
    return Article(
        id=str(data["id"]),
        text=str(data["text"]),
        title=data.get("title"),
        url=data.get("url"),
        source=data.get("source"),
        published=_day(data.get("published")),
        meta=dict(data.get("meta") or {}),
    )


def _place(data: Record) -> Place:
    method = str(data.get("method") or "")
    return Place(
        span=_required_span(data),
        name=str(data["name"]),
        kind=cast(PlaceKind, data["kind"]),
        lat=float(data["lat"]),
        lon=float(data["lon"]),
        geonameid=data.get("geonameid"),
        country_code=data.get("country_code"),
        admin1=data.get("admin1"),
        score=float(data.get("score") or 0.0),
        method=method,
        # eventwire/1 has no flag for it: a demonym's reading says so in its method.
        is_demonym=bool(data.get("is_demonym", "demonym" in method)),
    )


def _time(data: Record) -> Time:
    return Time(
        span=_required_span(data),
        type=cast(TimeType, data["type"]),
        value=str(data["value"]),
        earliest=_day(data.get("earliest")),
        latest=_day(data.get("latest")),
        precision=data.get("precision"),
        method=str(data.get("method") or ""),
    )


def _attribution(data: Record) -> Attribution:
    speaker = data.get("speaker")
    return Attribution(
        source=_span(data.get("source")),
        cue=_required_span(data["cue"]),
        content=_required_span(data["content"]),
        speaker=Speaker(
            name=str(speaker["name"]),
            role=speaker.get("role"),
            organization=speaker.get("organization"),
            country=speaker.get("country"),
        )
        if speaker
        else None,
        kind=cast(AttributionKind, data["kind"]),
    )


def _actor(data: Record) -> Actor:
    return Actor(
        text=str(data["text"]),
        name=str(data["name"]),
        country=data.get("country"),
        sector=data.get("sector"),
        country_from=data.get("country_from"),
        span=_span(data.get("span")),
    )


def _event(data: Record) -> Event:
    kind = data["type"]
    when = data["date"]
    deaths = data.get("fatalities") or {}
    quantity = data.get("quantity")
    claim = data["claim"]
    location = data.get("location")
    return Event(
        id=str(data["id"]),
        type=EventType(
            eventwire=str(kind["eventwire"]),
            acled=kind.get("acled"),
            acled_sub=kind.get("acled_sub"),
            plover=kind.get("plover"),
        ),
        actors=tuple(_actor(a) for a in data.get("actors") or ()),
        targets=tuple(_actor(a) for a in data.get("targets") or ()),
        location=_place(location) if location else None,
        date=EventDate(
            value=when.get("value"),
            earliest=_day(when.get("earliest")),
            latest=_day(when.get("latest")),
            text=when.get("text"),
            precision=when.get("precision"),
            method=when.get("method"),
        ),
        weapons=tuple(
            Weapon(
                text=str(w["text"]),
                category=str(w["category"]),
                system=w.get("system"),
                origin=w.get("origin"),
                launched=w.get("launched"),
                intercepted=w.get("intercepted"),
                hit=w.get("hit"),
                span=_span(w.get("span")),
            )
            for w in data.get("weapons") or ()
        ),
        fatalities=Fatalities(
            killed=deaths.get("killed"),
            killed_max=deaths.get("killed_max"),
            injured=deaths.get("injured"),
            injured_max=deaths.get("injured_max"),
        ),
        quantity=Quantity(
            text=str(quantity["text"]), value=quantity.get("value"), unit=quantity.get("unit")
        )
        if quantity
        else None,
        claim=Claim(
            attribution=claim.get("attribution"), status=cast(ClaimStatus, claim["status"])
        ),
        evidence=_required_span(data["evidence"]),
        confidence=float(data.get("confidence") or 0.0),
        trigger=_span(data.get("trigger")),
        places=tuple(_place(p) for p in data.get("places") or ()),
        geo_precision=data.get("geo_precision"),
        mentions=tuple(
            span for span in (_span(m) for m in data.get("mentions") or ()) if span is not None
        ),
        location_from=data.get("location_from"),
        incident=_incident(data.get("incident")),
        trigger_form=data.get("trigger_form"),
    )


def _incident(data: Record | None) -> Incident | None:
    if not data:
        return None
    return Incident(
        codable=bool(data["codable"]),
        score=float(data.get("score") or 0.0),
        cues=tuple(str(c) for c in data.get("cues") or ()),
        method=str(data.get("method") or ""),
    )

"""Who a source is: a person's name, their role and organization, read off the source phrase.

Sources that do not name anyone ("He", "the statement", "The White House spokesman") are
resolved to the most recent compatible speaker earlier in the article: personal pronouns to the
last named person, "it" to the last organization, a definite description to the last speaker
whose own source phrase had the same head noun, a bare surname to the full name it shortens.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from spacy.tokens import Span, Token

from eventwire.model import Speaker
from eventwire.resolve.actors import resolve_actor

# Job titles and roles that name what a speaker is; multiword titles are built from the role
# word and the title modifiers directly before it ("Foreign Minister", "press secretary").
ROLE_WORDS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "minister",
        "secretary",
        "ambassador",
        "envoy",
        "general",
        "commander",
        "chief",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "chancellor",
        "premier",
        "leader",
        "director",
        "adviser",
        "advisor",
        "official",
        "officials",
        "analyst",
        "analysts",
        "diplomat",
        "diplomats",
        "prosecutor",
        "judge",
        "lawmaker",
        "lawmakers",
        "deputy",
        "chairman",
        "chairwoman",
        "chair",
        "head",
        "king",
        "queen",
        "prince",
        "emir",
        "sheikh",
        "colonel",
        "lieutenant",
        "major",
        "captain",
        "admiral",
        "marshal",
        "sergeant",
        "officer",
        "officers",
        "negotiator",
        "mediator",
        "researcher",
        "expert",
        "experts",
        "correspondent",
        "reporter",
        "editor",
        "candidate",
        "nominee",
        "speaker",
        "pope",
        "cleric",
        "governor-general",
        "attorney",
        "lawyer",
    ]
)
TITLE_MODIFIERS = frozenset(
    [
        "prime",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "deputy",
        "vice",
        "press",
        "chief",
        "senior",
        "first",
        "general",
        "acting",
        "former",
        "lieutenant",
        "major",
        "attorney",
        "national",
        "security",
        "state",
    ]
)
# Words that mark an organization name as an institution rather than, say, a media account.
INSTITUTION_WORDS = frozenset(
    [
        "ministry",
        "department",
        "office",
        "house",
        "council",
        "army",
        "forces",
        "force",
        "agency",
        "committee",
        "command",
        "government",
        "parliament",
        "kremlin",
        "pentagon",
        "commission",
        "service",
        "services",
        "guard",
        "navy",
        "police",
        "bureau",
        "court",
        "senate",
        "congress",
        "assembly",
        "administration",
        "party",
        "embassy",
        "union",
        "nations",
        "organization",
        "organisation",
    ]
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i"})
ORG_PRONOUNS = frozenset({"it"})
DEFINITE = frozenset({"the", "this", "that"})


SpeakerKind = Literal["person", "org", "place"]


@dataclass(frozen=True)
class SpeakerRecord:
    """A speaker found earlier in the article, with the head nouns of its source phrase."""

    speaker: Speaker
    kind: SpeakerKind
    nouns: frozenset[str]


def speaker_from_phrase(phrase: Span, ents: tuple[Span, ...]) -> tuple[Speaker, SpeakerKind] | None:
    """The speaker a source phrase names directly, or None when it names nobody.

    `ents` are the document's entities (passed in: `Span.ents` rescans the whole document).
    """
    person = org = place = None
    for ent in ents:
        if ent.start < phrase.start or ent.end > phrase.end:
            continue
        label = ent.label_
        if label == "PERSON" and person is None:
            person = _clean_name(ent)
        elif label == "ORG":
            name = _clean_name(ent)
            # An institution ("Ministry of Defence") outranks a page or account name.
            if org is None or (_is_institution(name) and not _is_institution(org)):
                org = name
        elif label == "GPE" and place is None and ent.start <= phrase.root.i < ent.end:
            # Only a country that is itself the source ("the United States said"), not one
            # that modifies it ("the Russia-Iran partnership").
            place = _clean_name(ent)
    role = _role(phrase)
    if person:
        return Speaker(name=person, role=role, organization=org), "person"
    if org:
        return Speaker(name=org, role=role, organization=org), "org"
    if place and role is None:
        return Speaker(name=place), "place"
    return None


def resolve(
    phrase: Span,
    direct: tuple[Speaker, SpeakerKind] | None,
    history: list[SpeakerRecord],
    ents: tuple[Span, ...],
) -> tuple[Speaker, SpeakerKind] | None:
    """The speaker of `phrase`, resolving pronouns, descriptions and surnames via `history`."""
    head = phrase.root
    lower = head.lower_
    if len(phrase) == 1 and lower in PERSON_PRONOUNS:
        return _last(history, "person") or _last_person_entity(ents, phrase.start)
    if len(phrase) == 1 and lower in ORG_PRONOUNS:
        return _last(history, "org")
    if direct is not None and direct[1] == "person":
        return _expand_surname(direct[0], history), "person"
    if _is_definite_description(phrase):
        noun = head.lemma_.lower()
        for rec in reversed(history):
            if noun in rec.nouns and rec.kind == "person":
                found = rec.speaker
                if direct is not None:
                    found = replace(
                        found,
                        role=found.role or direct[0].role,
                        organization=found.organization or direct[0].organization,
                    )
                return found, "person"
    return direct


def with_country(speaker: Speaker, phrase: str) -> Speaker:
    """The speaker with the country its source phrase or organization places it in
    ("White House spokesman John Kirby" -> USA, "Russia's defence ministry" -> RUS)."""
    if speaker.country is not None:
        return speaker
    country = _country_of(phrase) or (
        _country_of(speaker.organization) if speaker.organization else None
    )
    return replace(speaker, country=country) if country else speaker


@lru_cache(maxsize=4096)
def _country_of(text: str) -> str | None:
    # Source phrases repeat within and across articles: resolve each wording once.
    return resolve_actor(text).country


def nouns_of(phrase: Span) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in phrase if t.pos_ in ("NOUN", "PROPN"))


def _expand_surname(sp: Speaker, history: list[SpeakerRecord]) -> Speaker:
    if " " in sp.name:
        return sp
    for rec in reversed(history):
        full = rec.speaker.name
        if rec.kind == "person" and full != sp.name and full.split()[-1] == sp.name:
            return replace(
                rec.speaker,
                role=sp.role or rec.speaker.role,
                organization=sp.organization or rec.speaker.organization,
            )
    return sp


def _last_person_entity(ents: tuple[Span, ...], before: int) -> tuple[Speaker, SpeakerKind] | None:
    for ent in reversed(ents):
        if ent.end <= before and ent.label_ == "PERSON":
            return Speaker(name=_clean_name(ent)), "person"
    return None


def _last(history: list[SpeakerRecord], kind: SpeakerKind) -> tuple[Speaker, SpeakerKind] | None:
    for rec in reversed(history):
        if rec.kind == kind:
            return rec.speaker, kind
    return None


def _is_definite_description(phrase: Span) -> bool:
    head = phrase.root
    if head.pos_ != "NOUN":
        return False
    return any(t.dep_ == "det" and t.lower_ in DEFINITE for t in head.children)


def _role(phrase: Span) -> str | None:
    for tok in phrase:
        if tok.lower_ in ROLE_WORDS and tok.pos_ in ("NOUN", "PROPN"):
            return _with_title_modifiers(tok)
    return None


def _with_title_modifiers(tok: Token) -> str:
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].lower_ in TITLE_MODIFIERS:
        start -= 1
    return doc[start : tok.i + 1].text


def _clean_name(ent: Span) -> str:
    toks = list(ent)
    while toks and (toks[0].lower_ == "the" or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return ent.text
    return ent.doc[toks[0].i : toks[-1].i + 1].text


def _is_institution(name: str) -> bool:
    return any(w.lower() in INSTITUTION_WORDS for w in name.split())

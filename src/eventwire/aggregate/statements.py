"""Statements by leaders and states: events in their own right (ACLED and PLOVER code them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventwire.aggregate.dates import event_date
from eventwire.aggregate.types import statement_plover
from eventwire.model import (
    Article,
    Attribution,
    Claim,
    Event,
    EventType,
    Fatalities,
    Span,
    Time,
    content_id,
)
from eventwire.resolve.actors import resolve_actor

# Roles whose public statements are events in their own right (ACLED and PLOVER code them).
_LEADER_ROLES = re.compile(
    r"\b(president|prime minister|premier|chancellor|king|queen|emir|supreme leader|"
    r"foreign minister|defen[cs]e minister|minister|head of state|crown prince|ayatollah)\b",
    re.I,
)


def statement_events(
    article: Article,
    attributions: Sequence[Attribution],
    times: Sequence[Time],
    sentences: Sequence[Span],
    claimed: set[int | None],
) -> list[Event]:
    """Statements by leaders, and by states and their institutions when what they say is
    not already an event of its own ("Russia said it expelled two diplomats" is)."""
    out = []
    said: list[tuple[str, set[str]]] = []  # (speaker, content words) of statements kept
    for index, attr in enumerate(attributions):
        speaker = attr.speaker
        role = " ".join(filter(None, (speaker.role, speaker.name))) if speaker else ""
        source_text = attr.source.text if attr.source else ""
        if speaker is None:
            continue
        words = set(re.findall(r"\w+", attr.content.text.lower()))
        if any(name == speaker.name and _alike(words, seen) for name, seen in said):
            continue  # a caption or recap restating what the speaker was already quoted as saying
        actor = replace(resolve_actor(source_text or speaker.name), span=attr.source)
        by_leader = bool(_LEADER_ROLES.search(f"{role} {source_text}"))
        by_state = actor.country is not None and actor.sector in ("GOV", "MIL")
        if not by_leader and not (by_state and index not in claimed):
            continue
        if actor.country is None and speaker.country:
            actor = replace(actor, country=speaker.country, country_from="speaker")
        actor = replace(actor, name=speaker.name or actor.name, sector=actor.sector or "GOV")
        said.append((speaker.name, words))
        evidence = _sentence_around(sentences, attr.cue)
        time = _time_of_statement(attr, times, evidence)
        out.append(
            Event(
                id=content_id(article.id, "statement", attr.cue.start),
                type=EventType("statement", None, None, statement_plover(attr.cue.text)),
                actors=(actor,),
                targets=(),
                location=None,
                date=event_date(time, article.published),
                weapons=(),
                fatalities=Fatalities(),
                quantity=None,
                claim=Claim(index, "claimed"),
                evidence=evidence,
                confidence=0.3,
                trigger=attr.cue,
            )
        )
    return out


def _alike(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


def _time_of_statement(attr: Attribution, times: Sequence[Time], evidence: Span) -> Time | None:
    """A date said of the saying ("said yesterday"), outside the content it reports."""
    outside = [
        t
        for t in times
        if evidence.start <= t.span.start < evidence.end
        and not (attr.content.start <= t.span.start < attr.content.end)
        and t.type in ("DATE", "TIME")
    ]
    if not outside:
        return None
    return min(outside, key=lambda t: abs(t.span.start - attr.cue.end))


def _sentence_around(sentences: Sequence[Span], span: Span) -> Span:
    """The parser's sentence that holds a span (a cue), or the span itself."""
    for sentence in sentences:
        if sentence.start <= span.start < sentence.end:
            return sentence
    return span

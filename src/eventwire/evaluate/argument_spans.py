"""Where an event's argument lies in the article text.

eventwire/1 gives actors, targets and weapons as text without offsets; their mention is in the
event's evidence sentence. The span scored is the first occurrence of the text inside the
evidence, else the occurrence nearest to the evidence anywhere in the article (matched exactly,
then ignoring case); an argument whose text is not in the article has no span.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SpanDict = dict[str, Any]


def locate(text: str, needle: str, evidence: Mapping[str, Any] | None) -> SpanDict | None:
    """The span {"start", "end", "text"} of `needle` in `text`, nearest to `evidence`."""
    needle = needle.strip()
    if not needle:
        return None
    start = int((evidence or {}).get("start", 0))
    end = int((evidence or {}).get("end", len(text)))
    for haystack, probe in ((text, needle), (text.lower(), needle.lower())):
        inside = haystack.find(probe, start, end)
        if inside >= 0:
            return _span(text, inside, len(probe))
        before = haystack.rfind(probe, 0, start)
        after = haystack.find(probe, start)
        hits = [i for i in (before, after) if i >= 0]
        if hits:
            nearest = min(hits, key=lambda i: abs(i - start))
            return _span(text, nearest, len(probe))
    return None


def _span(text: str, start: int, length: int) -> SpanDict:
    return {"start": start, "end": start + length, "text": text[start : start + length]}


def event_argument_spans(
    document: Mapping[str, Any], event: Mapping[str, Any], field: str
) -> list[SpanDict]:
    """Spans of an event's `actors`, `targets` or `weapons` (each item's `text`)."""
    text = str((document.get("article") or {}).get("text") or "")
    spans = []
    for item in event.get(field) or []:
        if isinstance(item, Mapping):
            span = locate(text, str(item.get("text") or ""), event.get("evidence"))
            if span is not None:
                spans.append(span)
    return spans

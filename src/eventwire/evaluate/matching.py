"""Span overlap, one-to-one matching of predictions to gold, and the figures built on them.

Spans are dicts with character offsets `start` and `end` (end exclusive), as in eventwire/1
documents and in the gold files.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

SpanDict = Mapping[str, Any]

EARTH_RADIUS_KM = 6371.0


def overlaps(a: SpanDict | None, b: SpanDict | None) -> bool:
    """Whether two spans share at least one character (an absent or empty dict never does)."""
    if not a or not b:
        return False
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def overlap_length(a: SpanDict, b: SpanDict) -> int:
    return max(0, int(min(a["end"], b["end"]) - max(a["start"], b["start"])))


def take_best_unused(
    gold: SpanDict,
    predicted: Sequence[SpanDict],
    used: set[int],
    span_of: Callable[[SpanDict], SpanDict | None] = lambda p: p,
    accept: Callable[[SpanDict | None], bool] | None = None,
) -> int | None:
    """Index of the unused prediction overlapping `gold` most, marked as used; None if none.

    Ties go to the later prediction, as in the reference scorer, so that figures agree exactly.
    `accept` replaces the plain overlap test when a match needs more than overlap.
    """
    best: tuple[int, int] | None = None
    for i, p in enumerate(predicted):
        if i in used:
            continue
        span = span_of(p)
        ok = accept(span) if accept is not None else overlaps(span, gold)
        if not ok or span is None:
            continue
        candidate = (overlap_length(span, gold), i)
        if best is None or candidate > best:
            best = candidate
    if best is None:
        return None
    used.add(best[1])
    return best[1]


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def ratio(part: int, whole: int) -> float | int:
    """part / whole, or the integer 0 when there is nothing to divide by (as the reference)."""
    return part / whole if whole else 0


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine distance between two (lat, lon) points in kilometres."""
    lat1, lon1, lat2, lon2 = (math.radians(x) for x in (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return EARTH_RADIUS_KM * 2 * math.asin(min(1.0, math.sqrt(h)))

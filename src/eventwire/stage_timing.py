"""Where a Pipeline spends its time: wall-clock seconds per stage, summed over a run.

The Pipeline always fills one of these (a few `perf_counter` calls per article, well under a
microsecond each), so benchmarks and run reports read the split without a profiler.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

# The stages in pipeline order; each is a float field of StageTimings.
STAGES = ("input", "nlp", "geo", "time", "attribution", "events", "aggregate")


@dataclass(slots=True)
class StageTimings:
    """Seconds spent per pipeline stage, accumulated across every article run.

    `input` is pulling items from the caller's iterable (reading, ingesting), `nlp` the spaCy
    parse, `geo` place resolution, `time` dateline and time tagging, `attribution` and `events`
    extraction, `aggregate` building event records. `total` is all time spent inside the
    pipeline, so `other_seconds` (total minus the stages) is the glue between them.
    """

    input: float = 0.0
    nlp: float = 0.0
    geo: float = 0.0
    time: float = 0.0
    attribution: float = 0.0
    events: float = 0.0
    aggregate: float = 0.0
    total: float = 0.0
    articles: int = 0
    rejected: int = 0

    def stage_seconds(self) -> dict[str, float]:
        """Seconds per stage, in pipeline order."""
        return {stage: getattr(self, stage) for stage in STAGES}

    @property
    def other_seconds(self) -> float:
        """Time inside the pipeline outside any named stage (clamped at zero)."""
        return max(0.0, self.total - sum(self.stage_seconds().values()))

    def shares(self, total: float | None = None) -> dict[str, float]:
        """Each stage's (and `other`'s) fraction of `total` seconds, by default this run's."""
        whole = self.total if total is None else total
        seconds = {**self.stage_seconds(), "other": self.other_seconds}
        return {stage: part / whole if whole > 0 else 0.0 for stage, part in seconds.items()}

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.total if self.total > 0 else 0.0

    def reset(self) -> None:
        """Start counting afresh, e.g. after a warm-up run."""
        for item in fields(self):
            setattr(self, item.name, item.default)

    def to_dict(self) -> dict[str, Any]:
        """Plain figures for JSON: counts, total, rate, and seconds and share per stage."""
        return {
            "articles": self.articles,
            "rejected": self.rejected,
            "total_seconds": self.total,
            "articles_per_second": self.articles_per_second,
            "stage_seconds": {**self.stage_seconds(), "other": self.other_seconds},
            "stage_shares": self.shares(),
        }

"""A one-line progress display for `eventwire ingest` on a terminal: rate and ETA.

Shown only when standard error is a terminal, so pipes and log files stay clean. The ETA
comes from input bytes consumed against the total size of the inputs, counted by one quick
walk before the run (a stat per file, no reading).
"""

from __future__ import annotations

import sys
from time import monotonic
from typing import TextIO

from eventwire.ingest.sources import SourceProgress, count_input_bytes
from eventwire.store.ingest_run import IngestSummary

_REFRESH_SECONDS = 0.25


class ProgressLine:
    def __init__(self, stream: TextIO, progress: SourceProgress) -> None:
        self.stream = stream
        self.progress = progress
        self._last = 0.0
        self._width = 0

    @classmethod
    def for_stderr(cls, paths: tuple[str, ...], progress: SourceProgress) -> ProgressLine | None:
        """A progress line on stderr, or None when stderr is not a terminal."""
        if not sys.stderr.isatty() or "-" in paths:
            return None
        progress.total_bytes = count_input_bytes(paths)
        return cls(sys.stderr, progress)

    def update(self, summary: IngestSummary) -> None:
        now = monotonic()
        if now - self._last < _REFRESH_SECONDS:
            return
        self._last = now
        self._write(render(summary, self.progress))

    def clear(self) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def _write(self, text: str) -> None:
        padded = text.ljust(self._width)
        self._width = len(text)
        self.stream.write("\r" + padded)
        self.stream.flush()


def render(summary: IngestSummary, progress: SourceProgress) -> str:
    """`  1,234 stored  56 skipped  2 failed  12.3/s  41% ETA 0:03:10` (as far as known)."""
    done = summary.stored + summary.skipped + summary.failed
    seconds = summary.seconds
    rate = done / seconds if seconds > 0 else 0.0
    text = (
        f"{summary.stored:,} stored  {summary.skipped:,} skipped  {summary.failed:,} failed"
        f"  {rate:.1f} articles/s  file {progress.files:,}"
    )
    total = progress.total_bytes
    if total and progress.done_bytes and seconds > 0:
        share = min(1.0, progress.done_bytes / total)
        remaining = seconds * (1 - share) / share if share > 0 else 0.0
        text += f"  {share:.0%}  ETA {_clock(remaining)}"
    return text


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"

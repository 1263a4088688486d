"""Splitting a corpus into partitions on the driver, without reading the articles.

A partition names where its articles are, never the articles themselves: the worker that
runs it reads them. JSON Lines files are cut into byte ranges at line boundaries (the driver
reads one line per cut to find the boundary), Parquet files into runs of row groups (from the
file footer), and single-article files (text, HTML, feeds, `.gz`) are grouped into lists.
Partition sizes aim at `partition_size` articles: for JSON Lines the average line length is
estimated from the first lines of each file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Literal

from eventwire.errors import UsageError
from eventwire.ingest.sources import JSONL_SUFFIXES, iter_files
from eventwire.model import content_id

PartitionKind = Literal["jsonl", "parquet", "files"]
PARQUET_SUFFIXES = (".parquet", ".pq")
DEFAULT_PARTITION_SIZE = 500
# Enough of a JSON Lines file to estimate its line length from a few dozen articles.
_SAMPLE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Partition:
    """One unit of work: a byte range of a JSON Lines file, row groups of a Parquet file,
    or a list of files each read whole.

    `key` identifies the partition by what it covers (paths, ranges, file sizes and times),
    so the same corpus plans the same keys and Dask treats a resubmitted partition as the
    same task.
    """

    kind: PartitionKind
    paths: tuple[str, ...]
    start: int = 0  # jsonl: first byte; parquet: first row group
    end: int = 0  # jsonl: byte after the last; parquet: row group after the last
    stamp: str = ""  # sizes and modification times of `paths`, part of the key

    @property
    def key(self) -> str:
        return content_id("partition", self.kind, self.paths, self.start, self.end, self.stamp)

    def describe(self) -> str:
        if self.kind == "jsonl":
            return f"{self.paths[0]} bytes {self.start:,}-{self.end:,}"
        if self.kind == "parquet":
            return f"{self.paths[0]} row groups {self.start}-{self.end - 1}"
        first = self.paths[0]
        return first if len(self.paths) == 1 else f"{first} and {len(self.paths) - 1} more files"


def plan_partitions(
    paths: Sequence[str], partition_size: int = DEFAULT_PARTITION_SIZE
) -> list[Partition]:
    """The partitions covering every input file under `paths`, in input order."""
    if partition_size < 1:
        raise UsageError("the partition size must be at least 1 article")
    if "-" in paths:
        raise UsageError("a cluster run reads files, not standard input: save it to a file")
    plan: list[Partition] = []
    loose: list[str] = []
    for path in iter_files(paths):
        lower = path.lower()
        if lower.endswith(JSONL_SUFFIXES):
            plan.extend(_jsonl_partitions(path, partition_size))
        elif lower.endswith(PARQUET_SUFFIXES):
            plan.extend(_parquet_partitions(path, partition_size))
        else:
            loose.append(path)
    plan.extend(_file_partitions(loose, partition_size))
    return plan


def _jsonl_partitions(path: str, partition_size: int) -> Iterator[Partition]:
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as handle:
            sample = handle.read(_SAMPLE_BYTES)
            lines = max(1, sample.count(b"\n"))
            step = max(1, partition_size * len(sample) // lines)
            start = 0
            while start < size:
                end = _line_boundary(handle, start + step, size)
                yield Partition("jsonl", (path,), start, end, _stamp([path]))
                start = end
    except OSError:
        # The worker reports the unreadable file as a rejected input.
        yield Partition("files", (path,), stamp=_stamp([path]))


def _line_boundary(handle: IO[bytes], offset: int, size: int) -> int:
    """The first byte after the line that holds byte `offset - 1` (or the file's end)."""
    if offset >= size:
        return size
    handle.seek(offset - 1)
    if handle.read(1) == b"\n":
        return offset
    handle.readline()
    return min(size, handle.tell())


def _parquet_partitions(path: str, partition_size: int) -> Iterator[Partition]:
    import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]

    metadata = pq.ParquetFile(path).metadata
    stamp = _stamp([path])
    first, rows = 0, 0
    for group in range(metadata.num_row_groups):
        rows += metadata.row_group(group).num_rows
        if rows >= partition_size:
            yield Partition("parquet", (path,), first, group + 1, stamp)
            first, rows = group + 1, 0
    if first < metadata.num_row_groups:
        yield Partition("parquet", (path,), first, metadata.num_row_groups, stamp)


def _file_partitions(files: Iterable[str], partition_size: int) -> Iterator[Partition]:
    batch: list[str] = []
    for path in files:
        batch.append(path)
        if len(batch) >= partition_size:
            yield Partition("files", tuple(batch), stamp=_stamp(batch))
            batch = []
    if batch:
        yield Partition("files", tuple(batch), stamp=_stamp(batch))


def _stamp(paths: Iterable[str]) -> str:
    parts = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            parts.append("missing")
            continue
        parts.append(f"{info.st_size}:{info.st_mtime_ns}")
    return content_id(*parts)

"""Reading one partition on the worker that runs it.

The worker opens the files itself: the driver sends only the partition's description. While
reading, it hashes the raw bytes it read, so the partition's output can be named by the
content it came from (a recomputed partition writes the same name).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from typing import Any

from eventwire.cluster.partitions import Partition
from eventwire.errors import InputError
from eventwire.ingest.jsonl import article_from_record, read_jsonl_lines
from eventwire.ingest.sources import read_source
from eventwire.model import Article, RejectedInput


class PartitionReader:
    """The articles of one partition, and afterwards the hash of the bytes they came from."""

    def __init__(self, partition: Partition, published: date | None) -> None:
        self.partition = partition
        self.published = published
        self._hash = hashlib.sha256()
        self._hash.update(str(published).encode())

    @property
    def content_hash(self) -> str:
        """Hex digest of the input read so far (complete once the reader is exhausted)."""
        return self._hash.hexdigest()[:32]

    def __iter__(self) -> Iterator[Article | RejectedInput]:
        kind = self.partition.kind
        if kind == "jsonl":
            return self._jsonl()
        if kind == "parquet":
            return self._parquet()
        return self._files()

    def _jsonl(self) -> Iterator[Article | RejectedInput]:
        part = self.partition
        path = part.paths[0]
        # Line numbers count from the range's start: the driver never counted the lines.
        name = f"{path} from byte {part.start}"
        try:
            with open(path, "rb") as handle:
                handle.seek(part.start)
                data = handle.read(part.end - part.start)
        except OSError as exc:
            yield RejectedInput(path, f"cannot be read ({exc.strerror})")
            return
        self._hash.update(data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RejectedInput(name, f"is not valid UTF-8 (at byte {part.start + exc.start})")
            return
        # Split on "\n" only: str.splitlines would also cut at U+2028 and the other Unicode
        # line breaks, which JSON allows raw inside strings.
        yield from read_jsonl_lines(text.split("\n"), name, self.published)

    def _parquet(self) -> Iterator[Article | RejectedInput]:
        import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]

        part = self.partition
        path = part.paths[0]
        handle = pq.ParquetFile(path)
        for group in range(part.start, part.end):
            table = handle.read_row_group(group)
            for number, record in enumerate(table.to_pylist()):
                where = f"{path} row group {group} row {number}"
                yield self._record(_plain_record(record), where)

    def _record(self, record: dict[str, Any], where: str) -> Article | RejectedInput:
        self._hash.update(str(sorted(record.items())).encode())
        try:
            return article_from_record(record, where, self.published)
        except InputError as exc:
            raw_id = record.get("id")
            return RejectedInput(where, exc.reason, None if raw_id is None else str(raw_id))

    def _files(self) -> Iterator[Article | RejectedInput]:
        for path in self.partition.paths:
            self._hash.update(path.encode())
            try:
                with open(path, "rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        self._hash.update(block)
            except OSError:
                pass  # read_source reports it
            yield from read_source(path, "auto", self.published)


def _plain_record(record: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as a corpus record: dates and timestamps become YYYY-MM-DD strings."""
    published = record.get("published")
    if isinstance(published, date):
        record["published"] = published.isoformat()[:10]
    return record

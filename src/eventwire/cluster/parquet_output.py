"""Documents of one partition as one Parquet file, written atomically.

The file is named by the hash of the partition's input, written to a temporary name in the
same folder and renamed over the final name: a reader never sees half a file, and a partition
recomputed after a worker failure replaces its file with an identical one.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path

from eventwire.model import Document
from eventwire.store.rows import article_hash

# One row per Document; `document` is its full eventwire/1 JSON.
COLUMNS = ("article_id", "source_id", "url", "title", "source", "published", "events", "document")


def partition_file(folder: Path, content_hash: str) -> Path:
    return folder / f"part-{content_hash}.parquet"


def write_documents(documents: Sequence[Document], folder: Path, content_hash: str) -> Path:
    """Write `documents` to the partition's file in `folder`; returns its path."""
    import pyarrow as pa  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]

    columns: dict[str, list[object]] = {name: [] for name in COLUMNS}
    for doc in documents:
        article = doc.article
        columns["article_id"].append(article_hash(article))
        columns["source_id"].append(article.id)
        columns["url"].append(article.url)
        columns["title"].append(article.title)
        columns["source"].append(article.source)
        columns["published"].append(article.published.isoformat() if article.published else None)
        columns["events"].append(len(doc.events))
        columns["document"].append(doc.to_json())
    schema = pa.schema(
        [(name, pa.int32() if name == "events" else pa.string()) for name in COLUMNS]
    )
    folder.mkdir(parents=True, exist_ok=True)
    final = partition_file(folder, content_hash)
    temporary = folder / f".{final.name}.{uuid.uuid4().hex}.tmp"
    try:
        pq.write_table(pa.table(columns, schema=schema), temporary)
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)
    return final

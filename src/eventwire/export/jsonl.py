"""Events as JSON Lines: one object per event, its stored columns and its eventwire/1 event."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from eventwire.store.query import EventRecord


def event_object(r: EventRecord) -> dict[str, Any]:
    out = r.to_dict()
    out["event"] = json.loads(out.pop("json"))
    return out


def write_jsonl(records: Iterable[EventRecord], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(event_object(record), ensure_ascii=False) + "\n")
        count += 1
    return count

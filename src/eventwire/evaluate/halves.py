"""The tune half and the check half of a dev set, by a hash of each item's id.

Rules and models are tuned on the tune half and reported on the check half, so that a figure
says how eventwire does on text it was not fitted to. The split depends only on the id, so it is
the same on every machine, for every task, and an item never moves between halves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

Half = Literal["tune", "check"]
HALVES: tuple[Half, ...] = ("tune", "check")


def half_of(item_id: str) -> Half:
    digest = hashlib.sha256(item_id.encode("utf-8")).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def in_half(item_ids: Iterable[str], half: Half | None) -> set[str]:
    """The ids in `half`; all of them when `half` is None."""
    return {i for i in item_ids if half is None or half_of(i) == half}

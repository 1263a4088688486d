"""Dependency labels and function words the event modules share."""

from __future__ import annotations

OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
ACCUSE_VERBS = frozenset({"blame", "accuse", "allege"})
MUTUAL_WORDS = ("each other", "one another")

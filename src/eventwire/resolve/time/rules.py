"""The shape shared by all tagging rules: a compiled pattern and what to make of a match."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventwire.resolve.time.found import Context, Found

Handler = Callable[[re.Match[str], Context], Found | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    # Key-word families (see triggers.py) one of which every match contains.
    keys: tuple[str, ...]
    # How many characters a match can reach before and after its key word.
    reach: tuple[int, int]


def rule(
    name: str, pattern: str, keys: tuple[str, ...], reach: tuple[int, int] = (60, 45)
) -> Callable[[Handler], Rule]:
    """Decorator: compile `pattern` once and pair it with the handler."""

    def wrap(handler: Handler) -> Rule:
        return Rule(name, re.compile(pattern), handler, keys, reach)

    return wrap

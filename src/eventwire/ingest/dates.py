"""Publication dates as given by users and corpora."""

from __future__ import annotations

from datetime import date

from eventwire.errors import InputError


def parse_published(value: str, input_name: str = "--published") -> date:
    """Parse a YYYY-MM-DD publication date, naming the input when it is impossible."""
    try:
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            input_name, f"publication date {value!r} is not a real YYYY-MM-DD date"
        ) from None
    if not 1800 <= parsed.year <= 2200:
        raise InputError(input_name, f"publication date {value!r} is outside 1800-2200")
    return parsed

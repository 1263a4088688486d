"""The figures a scorer returns, and how they are printed: one line `name=value  name=value`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

# Gold records and predicted documents, keyed by article id, in the order of the gold file.
Records = Mapping[str, Mapping[str, Any]]
Figures = dict[str, object]


def missing_docs(gold: Records, predicted: Records) -> int:
    """How many gold articles have no predicted document (each counts as finding nothing)."""
    return sum(1 for doc_id in gold if doc_id not in predicted)


def format_line(figures: Mapping[str, object]) -> str:
    """Floats to three decimals, everything else as Python prints it (as the reference)."""
    return "  ".join(
        f"{name}={value:.3f}" if isinstance(value, float) else f"{name}={value}"
        for name, value in figures.items()
    )


def format_json(figures: Mapping[str, object]) -> str:
    return json.dumps(figures)

"""Paths the tests read: the bundled example and the shared eval data beside the clone."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "drones-kyiv-2023-06-10.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when the project is cloned alone."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (../shared is not beside this clone)")
    return path

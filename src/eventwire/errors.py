"""One exception tree: every error eventwire raises on purpose is an `EventwireError`."""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input could not be read or is not an article: names the input and the reason."""

    def __init__(self, input_name: str, reason: str) -> None:
        super().__init__(f"{input_name}: {reason}")
        self.input_name = input_name
        self.reason = reason


class UsageError(EventwireError):
    """A command-line option or API argument is invalid (exit code 2)."""


class GazetteerError(EventwireError):
    """The gazetteer index could not be built or read."""


class ModelError(EventwireError):
    """The language model could not be loaded."""


class EvaluationError(EventwireError):
    """An evaluation data set is missing or malformed."""

"""Measure eventwire against gold-annotated data (`eventwire eval`).

Scorers take gold records and eventwire/1 document dicts keyed by article id and return figures
that equal those of the reference scorer (../shared/eval/score.py) on the same predictions.
"""

from eventwire.evaluate.runner import SCORERS, evaluate

__all__ = ["SCORERS", "evaluate"]

"""eventwire: sourced, geocoded event data from news reports about armed conflict and politics.

>>> import eventwire
>>> doc = eventwire.extract(text, published="2023-06-10")
>>> doc.to_dict()["events"]
"""

from eventwire.model import Document
from eventwire.pipeline import Pipeline, extract

__version__ = "0.1.0"
__all__ = ["Document", "Pipeline", "__version__", "extract"]

"""ACLED-style geo precision of an event's location.

1: the town or site itself; 2: near it, part of it ("the outskirts of", "north of"), or a
name the gazetteer lacks placed at its container; 3: a district, province, region or country.
"""

from __future__ import annotations

import re

from eventwire.model import Place

# Kinds of place that cover more than a town.
_WIDE_KINDS = frozenset({"country", "admin1", "admin2", "region", "water"})

# Words just before a town that put the event beside it or in a part of it:
# "near Mosul", "on the outskirts of Aleppo", "20 km north of Kyiv", "a suburb of Damascus".
_NEAR = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?: of)?|\baround|\bclose to|\bnext to|\boutskirts of|"
    r"\bsuburbs? of|\bvicinity of|\bedge of|\bapproaches to|\bon the road (?:to|from)|"
    r"\bcountryside of|\bpart of|\b(?:km|kilomet(?:er|re)s?|miles?) (?:from|of)|"
    r"(?-i:\b(?:north|south|east|west|northeast|northwest|southeast|southwest) of))"
    r"(?:\s+(?:the|a|an))?(?:(?:\s+[\w-]+){0,3}?\s+(?:of|city|town|village))?\s*$",
    re.I,
)

# "in western Baghdad", "northern Aleppo": a part of the town.
_PART = re.compile(r"(?-i:\b(?:north|south|east|west)(?:-?(?:east|west))?ern)\s+$")

_CONTAINER_METHOD = "placed at container"


def geo_precision(location: Place | None, text: str) -> int | None:
    """The precision code of `location` as the article `text` names it."""
    if location is None:
        return None
    if location.kind in _WIDE_KINDS:
        return 3
    if location.method.startswith(_CONTAINER_METHOD):
        # Placed at a country ("a village in Iraq"): only the country is known for sure.
        return 2 if location.admin1 else 3
    before = text[max(0, location.span.start - 60) : location.span.start]
    return 2 if _NEAR.search(before) or _PART.search(before) else 1

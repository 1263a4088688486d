"""The row type every gazetteer source produces, and the prior that ranks rows for a name."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from eventwire.model import PlaceKind

# How a name relates to its place; lower is a stronger reading of the name.
PRIMARY = 0  # the place's own name
ALTERNATE = 1  # an alternate spelling or translation
TYPED = 2  # an admin1 name with its type word: "Kharkiv Oblast", "Idlib province"
BARE_ADMIN = 3  # an admin1 name without its type word: "Kharkiv" (the city usually wins)
# Abbreviations are stored under their exact spelling ("abbr:Ill."), apart from name keys:
# "Ill." is Illinois, the word "Ill" is not.
ABBREVIATION_PREFIX = "abbr:"
# Feature code of a county with no town of its name: placed at its state's centre until the
# document's towns say better (see geocoder).
COUNTY_AT_STATE_CENTRE = "ADM2S"


@dataclass
class PlaceRecord:
    name: str
    kind: PlaceKind
    lat: float
    lon: float
    geonameid: int | None
    country_code: str | None
    admin1: str | None
    population: int
    feature_code: str
    names: dict[str, int] = field(default_factory=dict)  # alias → PRIMARY/ALTERNATE/...

    def add_name(self, alias: str, quality: int) -> None:
        alias = alias.strip()
        if alias and quality < self.names.get(alias, 99):
            self.names[alias] = quality


_KIND_BASE: dict[str, float] = {"country": 0.95, "water": 0.85, "region": 0.85, "other": 0.8}
_QUALITY_PENALTY = {PRIMARY: 0.0, ALTERNATE: 0.05, TYPED: 0.0, BARE_ADMIN: 0.25}


def prior(kind: str, population: int, feature_code: str, quality: int) -> float:
    """How likely a bare mention of the name means this place, before any context (0..1)."""
    magnitude = math.log10(population + 1)
    if kind == "admin1":
        base = 0.55 + 0.045 * magnitude
    elif kind in ("city", "locality", "admin2"):
        base = 0.1 + 0.1 * magnitude
        if feature_code == "PPLC":
            base += 0.1
        elif feature_code == "PPLA":
            base += 0.05
    elif feature_code == "CONT":
        base = 0.9
    else:
        base = _KIND_BASE.get(kind, 0.5)
    return max(0.0, min(1.0, base - _QUALITY_PENALTY.get(quality, 0.1)))

"""When two reports from different articles describe the same event.

Four tests, all required: compatible types (the same eventwire label or the same ACLED event
type), overlapping date ranges, places no farther apart than their precision allows, and actor
countries that do not contradict. Places are compared by ACLED geo precision: two towns
(precision 1) within 10 km, places near a town (2) within 25 km; a region or country (3) only
matches the same region, a region it contains or lies in, or a town inside it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.aggregate.corpus_reports import WIDE_KINDS, SourceReport
from eventwire.model import Place

# Distance allowed between two places, by the coarser geo precision of the pair (km).
DISTANCE_LIMIT_KM = {1: 10.0, 2: 25.0}
# How far a district, region or body of water (precision 3 without admin codes) may reach.
AREA_RADIUS_KM = 50.0
# A report with no date of its own covers the week before its publication: news reports
# recent events.
UNDATED_LOOKBACK = timedelta(days=7)
# Speech acts are many and distinct even on one day in one place: they are never merged.
NEVER_MERGED = frozenset({"statement", "accusation", "denial"})
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


@dataclass(frozen=True)
class PreparedReport:
    """A report with what the rules compare worked out once."""

    report: SourceReport
    earliest: date | None
    latest: date | None
    date_basis: str  # "stated", "value", "publication" or "none"
    precision: int | None
    countries: frozenset[str]  # actor countries (alpha-3)
    place: Place | None
    label: str  # eventwire type
    acled: str | None  # ACLED event type


def prepare(report: SourceReport) -> PreparedReport:
    earliest, latest, basis = date_range(report)
    event = report.event
    countries = frozenset(a.country for a in event.actors if a.country)
    return PreparedReport(
        report,
        earliest,
        latest,
        basis,
        report.geo_precision,
        countries,
        report.place,
        event.type.eventwire,
        event.type.acled,
    )


def date_range(report: SourceReport) -> tuple[date | None, date | None, str]:
    """The days the report's event can fall on, and what that range rests on."""
    stated = report.event.date
    if stated.earliest or stated.latest:
        first = stated.earliest or stated.latest
        last = stated.latest or stated.earliest
        assert first is not None and last is not None
        return first, last, "stated"
    parsed = _range_of_value(stated.value)
    if parsed is not None:
        return parsed[0], parsed[1], "value"
    if report.published is not None:
        return report.published - UNDATED_LOOKBACK, report.published, "publication"
    return None, None, "none"


def _range_of_value(value: str | None) -> tuple[date, date] | None:
    match = _ISO_DAY.match(value or "")
    if match is None:
        return None
    year, month = int(match[1]), int(match[2])
    try:
        if match[3]:
            day = date(year, month, int(match[3]))
            return day, day
        first = date(year, month, 1)
    except ValueError:
        return None
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def incompatibility(a: PreparedReport, b: PreparedReport) -> str | None:
    """Why the two reports cannot be one event, or None when they can."""
    # Cheapest tests first: this runs for every candidate pair in a block.
    if a.earliest is None or b.earliest is None or a.latest is None or b.latest is None:
        return "a report has no date"
    if a.earliest > b.latest or b.earliest > a.latest:
        return "dates do not overlap"
    if a.label in NEVER_MERGED or b.label in NEVER_MERGED:
        return "statements are never merged"
    if a.label != b.label and (a.acled is None or a.acled != b.acled):
        return f"types differ ({a.label} / {b.label})"
    if (
        a.countries
        and b.countries
        and not (a.countries <= b.countries or b.countries <= a.countries)
    ):
        return f"actors contradict ({_codes(a.countries)} / {_codes(b.countries)})"
    return place_incompatibility(a, b)


def place_incompatibility(a: PreparedReport, b: PreparedReport) -> str | None:
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.precision is None or b.precision is None:
        return "a report has no place"
    if a.precision == 3 or b.precision == 3:
        if _same_place(pa, pb) or _contains(pa, pb) or _contains(pb, pa):
            return None
        return f"{pa.name} and {pb.name} do not nest"
    limit = DISTANCE_LIMIT_KM[max(a.precision, b.precision)]
    distance = distance_km(pa, pb)
    if distance > limit:
        return f"{distance:.0f} km apart (limit {limit:.0f} km)"
    return None


def agreement(a: PreparedReport, b: PreparedReport) -> str:
    """Why two compatible reports are taken for one event, in words."""
    type_a, type_b = a.report.event.type, b.report.event.type
    kind = (
        f"both {type_a.eventwire}"
        if type_a.eventwire == type_b.eventwire
        else f"both ACLED {type_a.acled}"
    )
    assert a.earliest and a.latest and b.earliest and b.latest
    first, last = max(a.earliest, b.earliest), min(a.latest, b.latest)
    days = first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"
    assert a.place is not None and b.place is not None
    if a.precision == 3 or b.precision == 3:
        where = f"{a.place.name} and {b.place.name} nest (precision 3)"
    else:
        limit = DISTANCE_LIMIT_KM[max(a.precision or 1, b.precision or 1)]
        where = f"{distance_km(a.place, b.place):.1f} km apart (limit {limit:.0f} km)"
    countries = a.countries | b.countries
    actors = f"actor countries agree ({_codes(countries)})" if countries else "no actor country"
    return (
        f"{a.report.label} + {b.report.label}: {kind}, dates overlap on {days}, {where}, {actors}"
    )


def _same_place(a: Place, b: Place) -> bool:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return a.name == b.name and a.kind == b.kind and a.country_code == b.country_code


def _contains(wide: Place, narrow: Place) -> bool:
    """Whether `narrow` lies inside `wide` (a country, a region, a district)."""
    if wide.kind not in WIDE_KINDS or narrow.specificity <= wide.specificity:
        return False
    if wide.country_code is None or wide.country_code != narrow.country_code:
        return False
    if wide.kind == "country":
        return True
    if wide.kind == "admin1" and wide.admin1:
        return narrow.admin1 == wide.admin1
    return distance_km(wide, narrow) <= AREA_RADIUS_KM


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _codes(countries: frozenset[str]) -> str:
    return ", ".join(sorted(countries))

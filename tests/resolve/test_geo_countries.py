"""Country names, short forms and demonyms → ISO codes."""

from __future__ import annotations

import time

import pytest

from eventwire.resolve.geo import country_by_alpha2, lookup_country
from eventwire.resolve.geo.countries import lookup_country_mention


@pytest.mark.parametrize(
    ("text", "alpha2"),
    [
        ("Ukraine", "UA"),
        ("US", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("the United States", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("British", "GB"),
        ("Russian", "RU"),
        ("Russians", "RU"),
        ("Russia's", "RU"),
        ("Iranian", "IR"),
        ("Iranian-made", "IR"),
        ("Russian-backed", "RU"),
        ("Ukrainian", "UA"),
        ("Israeli", "IL"),
        ("Palestinian", "PS"),
        ("Palestinians", "PS"),
        ("American", "US"),
        ("Sudanese", "SD"),
        ("Syrian", "SY"),
        ("Côte d'Ivoire", "CI"),
        ("Türkiye", "TR"),
        ("DRC", "CD"),
    ],
)
def test_names_short_forms_and_demonyms(text: str, alpha2: str) -> None:
    country = lookup_country(text)
    assert country is not None, text
    assert country.alpha2 == alpha2


def test_demonyms_are_flagged() -> None:
    found = lookup_country_mention("Iranians")
    assert found is not None and found[1]
    found = lookup_country_mention("Iran")
    assert found is not None and not found[1]


@pytest.mark.parametrize("text", ["turkey", "us", "IN", "AM", "Kurdish", "Putin", ""])
def test_non_countries(text: str) -> None:
    assert lookup_country(text) is None


def test_country_by_alpha2_gives_codes_and_name() -> None:
    ua = country_by_alpha2("ua")
    assert ua is not None
    assert (ua.alpha2, ua.alpha3, ua.name) == ("UA", "UKR", "Ukraine")
    assert country_by_alpha2("XX") is None


def test_lookups_are_fast_once_loaded() -> None:
    lookup_country("France")
    started = time.perf_counter()
    for _ in range(1000):
        lookup_country("Iranian-made")
        lookup_country("Gondor")
    assert time.perf_counter() - started < 0.5

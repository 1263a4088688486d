"""ACLED-style geo precision from the location's kind, method and wording."""

from __future__ import annotations

from eventwire.aggregate.precision import geo_precision
from eventwire.model import Place, Span


def _place(
    text: str,
    sentence: str,
    kind: str = "city",
    method: str = "gazetteer",
    admin1: str | None = None,
) -> Place:
    start = sentence.index(text)
    return Place(
        Span(start, start + len(text), text),
        text,
        kind,
        0.0,
        0.0,
        1,
        "IQ",
        admin1,
        1.0,
        method,  # type: ignore[arg-type]
    )


def test_town_itself() -> None:
    s = "Militants stormed a checkpoint in Tikrit."
    assert geo_precision(_place("Tikrit", s), s) == 1
    s = "Militants stormed a checkpoint in the northern city of Tikrit."
    assert geo_precision(_place("Tikrit", s), s) == 1


def test_near_or_part_of_a_town() -> None:
    for s in (
        "Militants stormed a checkpoint near Tikrit.",
        "Militants stormed a checkpoint 20 km north of Tikrit.",
        "Militants stormed a checkpoint on the outskirts of Tikrit.",
        "Militants stormed a checkpoint in western Tikrit.",
        "Militants stormed a checkpoint near the town of Tikrit.",
    ):
        assert geo_precision(_place("Tikrit", s), s) == 2, s


def test_container_placement_and_regions() -> None:
    s = "A bomb exploded in the Qaswari district of Kirkuk."
    placed = _place(
        "Qaswari", s, "locality", "placed at container Kirkuk: name not in the gazetteer", "Kirkuk"
    )
    assert geo_precision(placed, s) == 2
    # Placed at a country: only the country is known.
    s = "Five soldiers were killed in the district of Al-Bayaa, Iraqi officials said."
    placed = _place("Al-Bayaa", s, "locality", "placed at container Iraq: nearest place")
    assert geo_precision(placed, s) == 3
    s = "Militants stormed a checkpoint in Salahuddin province."
    assert geo_precision(_place("Salahuddin province", s, "admin1"), s) == 3
    assert geo_precision(None, s) is None

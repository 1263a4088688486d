"""Records from mentions: long place lists, totals over split records, counts on one record."""

from __future__ import annotations

from datetime import date

from eventwire.aggregate import LONG_PLACE_LIST, build_events
from eventwire.extract.munition_counts import with_munition_counts
from eventwire.model import Article, EventMention, Fatalities, Place, Span, WeaponMention


def _setup(count: int) -> tuple[Article, EventMention]:
    names = [f"Town{i}" for i in range(count)]
    text = "Russian forces shelled " + ", ".join(names) + " with 40 drones, killing 7 people."
    places = []
    for i, name in enumerate(names):
        start = text.index(name + ",") if i < count - 1 else text.rindex(name)
        places.append(
            Place(
                Span(start, start + len(name), name),
                name,
                "city",
                50.0,
                36.0 + i / 100,
                None,
                "UA",
                None,
                0.9,
            )
        )
    drones = text.index("drones")
    mention = EventMention(
        label="attack",
        trigger=Span(15, 22, "shelled"),
        evidence=Span(0, len(text), text),
        weapons=(WeaponMention(Span(drones, drones + 6, "drones"), "drone"),),
        locations=tuple(places),
        fatalities=Fatalities(killed=7),
    )
    # The extract stage reads the counts of the weapons ("with 40 drones").
    (mention,) = with_munition_counts(text, [mention], (mention.evidence,))
    return Article(id="a", text=text, published=date(2024, 3, 4)), mention


def test_split_records_share_the_total_and_the_counts() -> None:
    article, mention = _setup(3)
    events, warnings = build_events(article, [mention], (), (), (mention.evidence,))
    assert len(events) == 3 and warnings == ()
    assert [e.fatalities.killed for e in events] == [3, 2, 2]
    assert [e.weapons[0].launched for e in events] == [40, None, None]


def test_a_list_of_hundreds_of_places_is_one_record_per_place_and_a_warning() -> None:
    article, mention = _setup(200)
    events, warnings = build_events(article, [mention], (), (), (mention.evidence,))
    assert len(events) == 200
    assert len({e.location.name for e in events if e.location}) == 200
    assert {e.evidence for e in events} == {mention.evidence}
    assert sum(e.fatalities.killed or 0 for e in events) == 7
    assert len(warnings) == 1 and "200 places" in warnings[0]
    assert LONG_PLACE_LIST < 200

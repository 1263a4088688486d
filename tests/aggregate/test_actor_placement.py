"""Countries of actors and targets from the event's place and the article: things named in
a relation are done to the place's country, parties named without a country belong to the
country the article is about; attacks keep their targets as named."""

from __future__ import annotations

from datetime import date

from eventwire.aggregate import build_events
from eventwire.model import Article, Event, EventMention, Place, Span


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def _place(text: str, name: str, code: str) -> Place:
    return Place(_span(text, name), name, "country", 0.0, 0.0, None, code, None, 0.9)


def _event(text: str, label: str, trigger: str, actor: str, target: str, place: str) -> Event:
    mention = EventMention(
        label=label,
        trigger=_span(text, trigger),
        evidence=Span(0, len(text), text),
        actors=(_span(text, actor),),
        targets=(_span(text, target),),
        locations=(_place(text, place, "ME"),),
    )
    article = Article(id="a", text=text, published=date(2024, 3, 4))
    events, _ = build_events(article, [mention], (), (), (mention.evidence,))
    return events[0]


def test_a_thing_granted_somewhere_is_done_to_that_country() -> None:
    text = "Albania lifted a fishing ban in Montenegro."
    event = _event(text, "easing", "lifted", "Albania", "fishing ban", "Montenegro")
    assert [t.country for t in event.targets] == ["MNE"]
    assert [a.country for a in event.actors] == ["ALB"]


def test_an_office_holder_without_a_country_takes_the_article_s_country() -> None:
    text = "President Milo lifted a night curfew in Montenegro."
    event = _event(text, "easing", "lifted", "President Milo", "night curfew", "Montenegro")
    assert [a.country for a in event.actors] == ["MNE"]


def test_attack_targets_stay_as_named() -> None:
    text = "Gunmen attacked a market in Montenegro."
    event = _event(text, "attack", "attacked", "Gunmen", "market", "Montenegro")
    assert [(t.text, t.country) for t in event.targets] == [("market", None)]


def test_a_party_cut_short_takes_the_country_of_its_whole_name() -> None:
    text = "Prince Ali of Jordan lifted a night curfew in Montenegro."
    event = _event(text, "easing", "lifted", "Prince Ali", "night curfew", "Montenegro")
    assert [(a.text, a.country, a.country_from) for a in event.actors] == [
        ("Prince Ali", "JOR", None)
    ]


def test_a_party_cut_short_is_where_the_text_puts_it() -> None:
    text = "Rebels in Liberia lifted a night curfew in Montenegro."
    event = _event(text, "easing", "lifted", "Rebels", "night curfew", "Montenegro")
    assert [(a.country, a.country_from) for a in event.actors] == [("LBR", "location")]


def test_a_named_person_as_target_takes_the_article_s_country() -> None:
    text = "The Montenegrin court let candidate Ana Lopez stand for office."
    mention = EventMention(
        label="concession",
        trigger=_span(text, "let"),
        evidence=Span(0, len(text), text),
        actors=(_span(text, "Montenegrin court"),),
        targets=(_span(text, "candidate Ana Lopez"), _span(text, "office")),
    )
    article = Article(id="a", text=text, published=date(2024, 3, 4))
    events, _ = build_events(article, [mention], (), (), (mention.evidence,))
    assert [(t.text, t.country, t.country_from) for t in events[0].targets] == [
        ("candidate Ana Lopez", "MNE", "article"),
        ("office", None, None),
    ]

"""Hand-built Documents for store tests: no language model needed."""

from __future__ import annotations

from datetime import date

from eventwire.model import (
    Actor,
    Article,
    Attribution,
    Claim,
    Document,
    Event,
    EventDate,
    EventType,
    Fatalities,
    Place,
    Span,
    Speaker,
    content_id,
)

PLACES = {
    "Kherson": ("UA", "Kherson Oblast", 46.63695, 32.61458),
    "Kharkiv": ("UA", "Kharkiv Oblast", 49.98081, 36.25272),
    "Goma": ("CD", "North Kivu", -1.67409, 29.22845),
    "Suva": ("FJ", "Central", -18.14161, 178.44149),
}


def make_document(
    text: str,
    *,
    article_id: str = "a1",
    url: str | None = None,
    published: date | None = date(2023, 6, 10),
    day: date | None = date(2023, 6, 9),
    place: str = "Kherson",
    kind: str = "attack",
    actor: str = "Russian forces",
    actor_country: str | None = "RUS",
    killed: int | None = 3,
    claimed: bool = True,
) -> Document:
    """One article whose whole text is one event at `place` on `day`."""
    country, admin1, lat, lon = PLACES[place]
    start = text.find(place)
    span = Span.of(text, max(start, 0), max(start, 0) + len(place))
    location = Place(span, place, "city", lat, lon, 1, country, admin1, 0.9, "test")
    evidence = Span.of(text, 0, len(text))
    attribution = Attribution(
        source=None,
        cue=Span.of(text, 0, 1),
        content=evidence,
        speaker=Speaker("Oleksandr Prokudin", "governor", "Kherson military administration"),
        kind="direct",
    )
    acled = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    event = Event(
        id=content_id(article_id, text),
        type=EventType(kind, *acled, "FIGHT") if kind == "attack" else EventType(kind),
        actors=(Actor(actor, actor, actor_country, "MIL"),),
        targets=(Actor("civilians", "civilians", None, "CIV"),),
        location=location,
        date=EventDate(day.isoformat() if day else None, day, day, "Friday", "day"),
        weapons=(),
        fatalities=Fatalities(killed=killed),
        quantity=None,
        claim=Claim(0 if claimed else None, "reported" if claimed else "asserted"),
        evidence=evidence,
        confidence=0.8,
        geo_precision=1,
    )
    article = Article(
        id=article_id, text=text, url=url, source="Test Wire", published=published, meta={}
    )
    return Document(
        article=article,
        places=(location,),
        attributions=(attribution,) if claimed else (),
        events=(event,),
    )

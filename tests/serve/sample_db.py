"""A small event database for the serve tests: hand-built Documents through the store API,
plus (when asked) the bundled example article run through the real pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

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
    Time,
    content_id,
)
from eventwire.store import MergedEvent, SourceRef, Store

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "drones-kyiv-2023-06-10.txt"

# An article whose text is markup: the page must show it as text and run none of it.
HOSTILE_TEXT = (
    "Police said <script>window.__pwned = 1</script> that protesters marched in Suva "
    '<img src=x onerror="window.__pwned = 2"> on Friday, and the governor confirmed it.'
)

# name: (text, place, country, lat, lon, type, ACLED types, actor country, killed, day, status)
_SAMPLES = {
    "kherson": (
        "Russian forces shelled Kherson on Friday, killing three civilians, the governor said.",
        "Kherson",
        "UA",
        46.63695,
        32.61458,
        ("attack", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        "RUS",
        3,
        date(2023, 6, 9),
        "reported",
    ),
    # A second report of the Kherson shelling, with its own death toll: merged with the first.
    "kherson2": (
        "Kherson came under Russian artillery fire on Friday; four people died, the mayor said.",
        "Kherson",
        "UA",
        46.63695,
        32.61458,
        ("attack", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        "RUS",
        4,
        date(2023, 6, 9),
        "reported",
    ),
    "kharkiv": (
        "A missile strike hit Kharkiv on Monday and killed twelve people, officials claimed.",
        "Kharkiv",
        "UA",
        49.98081,
        36.25272,
        ("attack", "Explosions/Remote violence", "Air/drone strike"),
        "RUS",
        12,
        date(2023, 5, 1),
        "claimed",
    ),
    "goma": (
        "Thousands protested peacefully in Goma on Tuesday against the fighting, witnesses said.",
        "Goma",
        "CD",
        -1.67409,
        29.22845,
        ("protest", "Protests", "Peaceful protest"),
        "COD",
        None,
        date(2023, 3, 14),
        "reported",
    ),
    # No date at all: sorts after every dated event.
    "undated": (
        "Rebels attacked a convoy near Goma, a spokesman said, without saying when.",
        "Goma",
        "CD",
        -1.67409,
        29.22845,
        ("attack", "Violence against civilians", "Attack"),
        "COD",
        None,
        None,
        "reported",
    ),
    "hostile": (
        HOSTILE_TEXT,
        "Suva",
        "FJ",
        -18.14161,
        178.44149,
        ("protest", "Protests", "Peaceful protest"),
        "FJI",
        None,
        date(2023, 6, 2),
        "reported",
    ),
}


@dataclass(frozen=True)
class Sample:
    path: Path
    # sample name -> (stored event id, stored article id)
    ids: dict[str, tuple[str, str]]


def make_document(name: str) -> Document:
    text, place, country, lat, lon, types, actor_country, killed, day, status = _SAMPLES[name]
    start = text.index(place)
    location = Place(
        Span.of(text, start, start + len(place)), place, "city", lat, lon, 1, country, None, 0.9
    )
    # The claim: "<speaker> said/claimed/confirmed" at the end of the sentence.
    cue_word = next(w for w in ("said", "claimed", "confirmed") if w in text)
    cue_at = text.rindex(cue_word)
    attribution = Attribution(
        source=Span.of(text, cue_at - 1 - len(text[:cue_at].split()[-1]), cue_at - 1),
        cue=Span.of(text, cue_at, cue_at + len(cue_word)),
        content=Span.of(text, 0, cue_at),
        speaker=Speaker("the governor", "governor", None, actor_country),
        kind="direct",
    )
    weekday = next((w for w in ("Monday", "Tuesday", "Friday") if w in text), None)
    times: tuple[Time, ...] = ()
    if weekday is not None and day is not None:
        when = text.index(weekday)
        times = (Time(Span.of(text, when, when + len(weekday)), "DATE", day.isoformat(), day, day),)
    event = Event(
        id=content_id(name),
        type=EventType(types[0], types[1], types[2], None),
        actors=(Actor("forces", "forces", actor_country, "MIL"),),
        targets=(Actor("civilians", "civilians", None, "CIV"),),
        location=location,
        date=EventDate(day.isoformat() if day else None, day, day, weekday, "day" if day else None),
        weapons=(),
        fatalities=Fatalities(killed=killed),
        quantity=None,
        claim=Claim(0, status),  # type: ignore[arg-type]
        evidence=Span.of(text, 0, len(text)),
        confidence=0.8,
        geo_precision=1,
    )
    article = Article(
        id=name,
        text=text,
        title=f"Report: {name}",
        url=f"https://news.example/{name}",
        source="Test Wire",
        published=day,
        published_method="given",
    )
    return Document(
        article=article,
        places=(location,),
        times=times,
        attributions=(attribution,),
        events=(event,),
    )


def build_sample_db(path: Path, example: Document | None = None) -> Sample:
    """Store the hand-built samples (and `example`, a real pipeline Document) at `path`."""
    documents = [make_document(name) for name in _SAMPLES]
    if example is not None:
        documents.append(example)
    with Store.open(str(path)) as store:
        store.store_documents(documents)
        ids = {}
        for name in _SAMPLES:
            found = store.connection.fetchall(
                "SELECT e.id, e.article_id FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE a.source_id = ?",
                (name,),
            )
            ids[name] = found[0]
        merged = MergedEvent(
            id="merged-kherson",
            event=documents[0].events[0],
            sources=(SourceRef(ids["kherson"][1], 0), SourceRef(ids["kherson2"][1], 0)),
            claimed_by="the governor",
        )
        store.replace_merged_events([merged])
        ids["merged"] = ("merged-kherson", ids["kherson"][1])
    return Sample(path, ids)

"""Store speed: ingesting precomputed Documents into SQLite, and one filtered page of events.

    .venv/bin/python benchmarks/store_speed.py [--docs 5000] [--events 1000000] [--keep DIR]

1. Builds varied Documents once (no language model: the store's cost alone), then stores them
   in batches of 50, the way `eventwire ingest` commits (target ≥ 2,000 documents/s).
2. Fills a database with `--events` synthetic events (spread over 25 countries, 12 types and
   five years) and times filtered pages of 500 events, each query run 5 times, the best
   counting after a warm-up (target < 100 ms).
"""

from __future__ import annotations

import argparse
import random
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter

from eventwire.model import (
    Actor,
    Article,
    Claim,
    Document,
    Event,
    EventDate,
    EventType,
    Fatalities,
    Place,
    Span,
)
from eventwire.store import EventFilter, Store

COUNTRIES = [
    "UA",
    "SY",
    "SD",
    "CD",
    "NG",
    "ML",
    "SO",
    "YE",
    "AF",
    "MM",
    "IQ",
    "ET",
    "BF",
    "PK",
    "IN",
    "MX",
    "CO",
    "BR",
    "LY",
    "IL",
    "PS",
    "LB",
    "TR",
    "RU",
    "NE",
]
TYPES = [
    ("attack", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("attack", "Explosions/Remote violence", "Air/drone strike"),
    ("clash", "Battles", "Armed clash"),
    ("protest", "Protests", "Peaceful protest"),
    ("riot", "Riots", "Violent demonstration"),
    ("abduction", "Violence against civilians", "Abduction/forced disappearance"),
    ("statement", None, None),
    ("arms transfer", None, None),
    ("sanction", None, None),
    ("arrest", "Strategic developments", "Arrests"),
    ("looting", "Strategic developments", "Looting/property destruction"),
    ("attack", "Violence against civilians", "Attack"),
]
PARAGRAPH = (
    "Forces shelled the town on Friday, killing several civilians and wounding "
    "others, local officials said, adding that rescue teams were still at work. "
)


def synthetic_document(i: int, rng: random.Random, events: int = 3) -> Document:
    text = f"Dispatch {i}. " + PARAGRAPH * 25  # ~600 words, like a news article
    day0 = date(2019, 1, 1) + timedelta(days=rng.randrange(5 * 365))
    out = []
    places = []
    for k in range(events):
        cc = rng.choice(COUNTRIES)
        kind, acled, sub = rng.choice(TYPES)
        lat, lon = rng.uniform(-35, 60), rng.uniform(-100, 120)
        span = Span.of(text, 20 + k, 24 + k)
        place = Place(
            span,
            f"Town {rng.randrange(5000)}",
            "city",
            lat,
            lon,
            rng.randrange(10**6),
            cc,
            "Province",
            0.9,
            "synthetic",
        )
        places.append(place)
        day = day0 + timedelta(days=k)
        out.append(
            Event(
                id=f"{i}-{k}",
                type=EventType(kind, acled, sub, "FIGHT"),
                actors=(Actor("government forces", "government forces", None, "MIL"),),
                targets=(Actor("civilians", "civilians", None, "CIV"),),
                location=place,
                date=EventDate(day.isoformat(), day, day, "Friday", "day"),
                weapons=(),
                fatalities=Fatalities(killed=rng.randrange(20)),
                quantity=None,
                claim=Claim(None, "asserted"),
                evidence=Span.of(text, 0, 160),
                confidence=0.8,
                geo_precision=1,
            )
        )
    article = Article(
        id=f"doc{i}",
        text=text,
        url=f"https://news.example/{i}",
        source="Example Wire",
        published=day0,
        published_method="given",
    )
    return Document(article=article, places=tuple(places), events=tuple(out))


def bench_ingest(folder: Path, count: int) -> float:
    rng = random.Random(1)
    docs = [synthetic_document(i, rng) for i in range(count)]
    with Store.open(str(folder / "ingest.db")) as store:
        started = perf_counter()
        for start in range(0, count, 50):
            store.store_documents(docs[start : start + 50])
        seconds = perf_counter() - started
        assert store.count("articles") == count
    rate = count / seconds
    print(
        f"ingest: {count:,} documents (3 events each) in {seconds:.2f} s = {rate:,.0f} docs/s "
        f"(target ≥ 2,000)"
    )
    return rate


def build_big(path: Path, events: int) -> None:
    """`events` events, fast: one template document's rows, varied per event."""
    rng = random.Random(2)
    per_doc = 10
    template = synthetic_document(0, rng, events=1)
    with Store.open(str(path)) as store:
        conn = store.connection
        conn.execute("PRAGMA synchronous = OFF")
        batch: list[Document] = []
        for i in range(events // per_doc):
            doc = synthetic_document(i, rng, events=per_doc)
            # Short texts keep the file small; the query cost is in the events table.
            short = replace(doc.article, text=f"Dispatch {i}. " + PARAGRAPH[:120])
            batch.append(replace(doc, article=short))
            if len(batch) == 500:
                store.store_documents(batch)
                batch.clear()
        store.store_documents(batch)
        conn.execute("ANALYZE")
        del template


def bench_queries(path: Path) -> dict[str, float]:
    filters = {
        "newest 500": EventFilter(),
        "country + date range": EventFilter(
            country="UA", since=date(2021, 1, 1), until=date(2022, 12, 31)
        ),
        "type + country": EventFilter(type="Air/drone strike", country="SY"),
        "bbox + since": EventFilter(bbox=(20.0, 40.0, 40.0, 55.0), since=date(2020, 1, 1)),
        "actor + status": EventFilter(actor="government", status="asserted"),
        "type + date range": EventFilter(
            type="protest", since=date(2022, 3, 1), until=date(2022, 6, 30)
        ),
    }
    results: dict[str, float] = {}
    with Store.open(str(path), create=False) as store:
        total = store.count("events")
        for name, spec in filters.items():
            store.events(spec)  # warm-up
            best = float("inf")
            for _ in range(5):
                started = perf_counter()
                found = store.events(spec)
                best = min(best, perf_counter() - started)
            results[name] = best
            print(f"query on {total:,} events, {name}: {len(found)} rows in {best * 1000:.1f} ms")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="Keep the databases in this folder.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    bench_ingest(folder, args.docs)
    big = folder / f"big-{args.events}.db"
    if not big.exists():
        started = perf_counter()
        build_big(big, args.events)
        print(f"built {args.events:,}-event database in {perf_counter() - started:.0f} s")
    results = bench_queries(big)
    worst = max(results.values())
    print(f"worst filtered page: {worst * 1000:.1f} ms (target < 100 ms)")


if __name__ == "__main__":
    main()

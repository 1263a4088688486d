"""The pipeline: ingest → nlp → resolve (geo, time) → extract → resolve actors → aggregate.

`Pipeline` loads the language model and the gazetteer once and then turns Articles into
Documents as a stream: memory stays flat however long the corpus is. It clocks each stage
into `Pipeline.timings` as it goes (see `eventwire.stage_timing`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING

from eventwire.aggregate import build_events
from eventwire.aggregate.incidents.model import IncidentModel
from eventwire.ingest import article_from_text
from eventwire.model import Article, Document, RejectedInput
from eventwire.stage_timing import StageTimings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from eventwire.resolve.geo import Geocoder


class Pipeline:
    """Articles in, Documents out. Create one per process and reuse it.

    `timings` accumulates seconds per stage over every run; pass your own StageTimings to
    share one across pipelines, or call `pipeline.timings.reset()` to start a fresh count.
    """

    def __init__(
        self,
        gazetteer_path: Path | None = None,
        batch_size: int = 16,
        timings: StageTimings | None = None,
    ) -> None:
        self._gazetteer_path = gazetteer_path
        self.batch_size = batch_size
        self.timings = StageTimings() if timings is None else timings
        # None: the shipped model (data/incident_model.json); training passes its own.
        self.incident_model: IncidentModel | None = None
        # True: every violent record as its sentence gave it, not yet judged or grouped.
        self.incident_candidates = False

    @cached_property
    def nlp(self) -> Language:
        from eventwire.nlp import load_model

        return load_model()

    @cached_property
    def geocoder(self) -> Geocoder:
        from eventwire.resolve.geo import Gazetteer, Geocoder

        return Geocoder(Gazetteer.load(self._gazetteer_path))

    def process(self, article: Article) -> Document:
        """One article to one Document."""
        return next(self.run([article]))

    def run(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Documents for articles, in order, parsed in batches."""
        for item in self.run_inputs(articles):
            if isinstance(item, Document):
                yield item

    def run_inputs(
        self, items: Iterable[Article | RejectedInput]
    ) -> Iterator[Document | RejectedInput]:
        """Like `run`, passing rejected inputs through in their place in the order."""
        timings = self.timings
        geocoder = self.geocoder
        stream = _timed_inputs(items, timings)
        parsed = iter(self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size))
        while True:
            started = perf_counter()
            pair = next(parsed, None)
            now = perf_counter()
            timings.nlp += now - started
            if pair is None:
                timings.total += now - started
                return
            doc, item = pair
            if isinstance(item, RejectedInput):
                timings.rejected += 1
                timings.total += now - started
                yield item
                continue
            document = self._document(item, doc, geocoder, timings)
            timings.articles += 1
            # Taken before the yield: the caller's time with the Document is not ours.
            timings.total += perf_counter() - started
            yield document

    def _document(
        self, article: Article, doc: Doc, geocoder: Geocoder, timings: StageTimings
    ) -> Document:
        from eventwire.extract.attribution import find_attributions
        from eventwire.extract.events import find_events
        from eventwire.extract.weapons import weapon_refs
        from eventwire.nlp import entity_hints, sentence_spans
        from eventwire.resolve.time import UNRESOLVED_WARNING, find_dateline_date, tag_times

        warnings: list[str] = []
        started = perf_counter()
        if article.published is None:
            dateline = find_dateline_date(article.text)
            if dateline is not None:
                article = _with_published(article, dateline, "dateline")
        time_seconds = perf_counter() - started
        sentences = sentence_spans(doc)
        hints = entity_hints(doc)
        started = perf_counter()
        places = geocoder.find_places(article.text, hints, sentences)
        now = perf_counter()
        timings.geo += now - started
        started = now
        times = tag_times(article.text, article.published, sentences)
        now = perf_counter()
        timings.time += time_seconds + now - started
        if article.published is None and any(t.value.startswith("X") for t in times):
            warnings.append(UNRESOLVED_WARNING)
        started = perf_counter()
        attributions = find_attributions(doc, text=article.text)
        now = perf_counter()
        timings.attribution += now - started
        started = now
        mentions, count_warnings, named_weapons = find_events(doc, places, times)
        now = perf_counter()
        timings.events += now - started
        started = now
        events, merge_warnings = build_events(
            article,
            mentions,
            attributions,
            times,
            sentences,
            places,
            self.incident_model,
            self.incident_candidates,
        )
        warnings.extend(count_warnings)
        warnings.extend(merge_warnings)
        timings.aggregate += perf_counter() - started
        return Document(
            article=article,
            places=places,
            times=times,
            attributions=attributions,
            events=events,
            warnings=tuple(warnings),
            weapons=weapon_refs(named_weapons),
        )


def _timed_inputs(
    items: Iterable[Article | RejectedInput], timings: StageTimings
) -> Iterator[tuple[str, Article | RejectedInput]]:
    """(text, item) pairs for nlp.pipe, clocking the pulls from `items` as the input stage."""
    source = iter(items)
    while True:
        started = perf_counter()
        item = next(source, None)
        pulled = perf_counter() - started
        timings.input += pulled
        # spaCy pulls its inputs from inside its own iteration, which is clocked as nlp.
        timings.nlp -= pulled
        if item is None:
            return
        yield (item.text if isinstance(item, Article) else "", item)


def _with_published(article: Article, published: date, method: str) -> Article:
    from dataclasses import replace

    return replace(article, published=published, published_method=method)


_DEFAULT: Pipeline | None = None


def extract(text: str, published: date | str | None = None) -> Document:
    """Events, places, times and attributions of one article's text.

    >>> doc = extract("Russian forces shelled Kherson on Friday.", published="2023-06-10")
    >>> doc.events[0].location.name
    'Kherson'
    """
    global _DEFAULT
    if isinstance(published, str):
        from eventwire.ingest import parse_published

        published = parse_published(published, "published")
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.process(article_from_text(text, published))

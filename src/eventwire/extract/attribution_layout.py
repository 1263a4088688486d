"""Attributions marked by layout rather than by a reporting word.

Two typographic conventions of news text: a speaker label before a colon at the start of a
headline or paragraph ("Poll: Clinton and Trump in dead heat", transcripts' "WALLACE: ..."), and
a signature after a quotation ("“...” ― Maria Lopez", reader comments, epigraphs).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from eventwire.extract.attribution_speakers import speaker_from_phrase
from eventwire.model import Attribution, Span

# "Label: text" at a paragraph start: a capitalised label of one to four words, then a
# statement of at least three words running to the paragraph's end.
_LABEL = re.compile(
    r"(?m)^[\"“'‘]?(?P<src>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}): (?P<content>[^\n]+)$"
)
# "…” ― Name" at a paragraph end: the dash signs the quotation before it.
_SIGNATURE = re.compile(
    r"(?m)^(?P<content>[^\n]*[”\"'’])[ \u00a0]*(?P<cue>[―—–])[ \u00a0]*"
    r"(?P<src>[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,5})[ \u00a0]*$"
)
# Labels that head a caption or a note rather than name a speaker.
_NOT_SPEAKERS = frozenset(
    {
        "source",
        "sources",
        "photo",
        "photos",
        "image",
        "video",
        "note",
        "editor's note",
        "update",
        "updated",
        "related",
        "read",
        "watch",
        "listen",
        "credit",
        "caption",
        "warning",
        "correction",
        "by",
        "tags",
        "see also",
        "share",
    }
)


def layout_attributions(doc: Doc, text: str, ents: tuple[DocSpan, ...]) -> list[Attribution]:
    """Colon labels and quotation signatures in `text` (the text of `doc`, entities `ents`)."""
    out: list[Attribution] = []
    for m in _LABEL.finditer(text):
        label = m.group("src")
        if label.lower() in _NOT_SPEAKERS or len(m.group("content").split()) < 3:
            continue
        colon = m.end("src")
        out.append(_make(doc, ents, text, m.span("src"), (colon, colon + 1), m.span("content")))
    for m in _SIGNATURE.finditer(text):
        out.append(_make(doc, ents, text, m.span("src"), m.span("cue"), m.span("content")))
    return out


def _make(
    doc: Doc,
    ents: tuple[DocSpan, ...],
    text: str,
    source: tuple[int, int],
    cue: tuple[int, int],
    content: tuple[int, int],
) -> Attribution:
    phrase = doc.char_span(source[0], source[1], alignment_mode="expand")
    found = speaker_from_phrase(phrase, ents) if phrase is not None else None
    start, end = content
    while end > start and text[end - 1].isspace():
        end -= 1
    return Attribution(
        source=Span.of(text, *source),
        cue=Span.of(text, *cue),
        content=Span.of(text, start, end),
        speaker=found[0] if found else None,
        kind="direct" if text[start] in "“”\"'‘" else "other",
    )

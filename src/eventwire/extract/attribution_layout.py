"""Attributions marked by layout rather than by a reporting word.

Three typographic conventions of news text: a speaker label before a colon at the start of a
headline or paragraph ("Poll: Clinton and Trump in dead heat", transcripts' "WALLACE: ..."), a
signature after a quotation ("“...” ― Maria Lopez", reader comments, epigraphs), and a credit
line that names where the story or an image came from ("Source: Twitter/@uarealitynow",
"Photo: Reuters"): the credit covers the text before it, back to the previous credit.
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
# "Source: Twitter/@uarealitynow" on a line of its own: a credit of what came before.
_CREDIT = re.compile(
    r"(?mi)^[ \t]*(?P<cue>(?:sources?|photo|image|video|credit|via)[ \t]*:)[ \t]*"
    r"(?P<src>[^\n]{2,80}?)[ \t]*$"
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
    covered = 0
    for m in _CREDIT.finditer(text):
        start = covered
        while start < m.start() and text[start].isspace():
            start += 1
        if start < m.start():
            credit = _make(doc, ents, text, m.span("src"), m.span("cue"), (start, m.start()))
            out.append(_credit(credit, m.group("src")))
        covered = m.end()
    return out


def _credit(found: Attribution, credit: str) -> Attribution:
    """A credit names an account or an outlet: the speaker is what it names."""
    from dataclasses import replace

    from eventwire.model import Speaker

    handle = re.search(r"@\w+", credit)
    platform = credit.split("/", 1)[0].strip() if "/" in credit else None
    speaker = found.speaker or Speaker(
        name=handle.group() if handle else credit.strip(),
        organization=platform if handle else None,
    )
    return replace(found, speaker=speaker, kind="other")


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

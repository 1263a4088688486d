"""Read the MEANTIME corpus (CAT XML): article text rebuilt from tokens, with gold TIMEX3s
and gold event mentions (their certainty, polarity and time attributes).

The CAT files hold tokens and no whitespace, so the text is rebuilt: tokens joined by single
spaces except before closing punctuation and after opening brackets, the title and the
dateline sentence on lines of their own. Gold offsets point into that rebuilt text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.model import Article
from eventwire.resolve.time import tag_times

_NO_SPACE_BEFORE = {
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    ")",
    "]",
    "}",
    "'s",
    "'",
    "n't",
    "%",
    "''",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}
# Sentence 0 is the headline, sentence 1 the date line; the body follows.
_OWN_LINE_SENTENCES = 2


def read_meantime(folder: Path) -> list[tuple[Article, list[dict[str, Any]]]]:
    """Every document under `folder` (searched recursively), sorted by file name, with its
    gold TIMEX3s."""
    return [_read_document(path)[:2] for path in sorted(folder.rglob("*.xml"))]


def read_meantime_events(folder: Path) -> list[tuple[Article, list[dict[str, Any]]]]:
    """Every document under `folder`, sorted by file name, with its gold event mentions.

    A mention is `{"start", "end", "text", "tokens": [[start, end], ...], "certainty",
    "polarity", "time", "tense", "pos", "id"}`; `tokens` are its anchors (a mention may be
    discontinuous: "did ... go"), `start`/`end` the stretch they cover. Mentions without
    anchors are skipped. Empty attributes read as "".
    """
    return [(a, events) for a, _, events in map(_read_document, sorted(folder.rglob("*.xml")))]


def _read_document(
    path: Path,
) -> tuple[Article, list[dict[str, Any]], list[dict[str, Any]]]:
    root = ElementTree.parse(path).getroot()
    text, offsets = _rebuild_text(root)
    annotated_until = _annotated_until(root, offsets)
    published: date | None = None
    gold: list[dict[str, Any]] = []
    markables = root.find("Markables")
    for timex in markables.iter("TIMEX3") if markables is not None else ():
        anchors = [a.get("t_id", "") for a in timex.findall("token_anchor")]
        spans = [offsets[t] for t in anchors if t in offsets]
        if timex.get("functionInDocument") == "CREATION_TIME":
            published = _creation_date(timex.get("value", ""), spans, text)
        if not spans:
            continue  # an empty tag: a time the annotators inferred, with no words
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        gold.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "type": timex.get("type", ""),
                "value": timex.get("value", ""),
            }
        )
    gold.sort(key=lambda g: g["start"])
    events = _event_mentions(root, offsets, text)
    article = Article(
        id="meantime-" + root.get("doc_id", path.stem),
        text=text,
        title=text.split("\n", 1)[0],
        url=root.get("url"),
        published=published,
        published_method="given" if published else None,
        # Only the opening sentences carry annotations; text after this offset has none.
        meta={"annotated_until": annotated_until},
    )
    return article, gold, events


def _event_mentions(
    root: ElementTree.Element, offsets: dict[str, tuple[int, int]], text: str
) -> list[dict[str, Any]]:
    markables = root.find("Markables")
    mentions: list[dict[str, Any]] = []
    for mention in markables.iter("EVENT_MENTION") if markables is not None else ():
        anchors = [a.get("t_id", "") for a in mention.findall("token_anchor")]
        spans = sorted(offsets[t] for t in anchors if t in offsets)
        if not spans:
            continue
        start, end = spans[0][0], spans[-1][1]
        mentions.append(
            {
                "id": mention.get("m_id", ""),
                "start": start,
                "end": end,
                "text": " ".join(text[s:e] for s, e in spans),
                "tokens": [list(span) for span in spans],
                "certainty": mention.get("certainty") or "",
                "polarity": mention.get("polarity") or "",
                "time": mention.get("time") or "",
                "tense": mention.get("tense") or "",
                "pos": mention.get("pos") or "",
            }
        )
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    return mentions


def _creation_date(value: str, spans: list[tuple[int, int]], text: str) -> date | None:
    """The document date: its ISO value, else (a few files write "03-02-2009") the date the
    dateline tokens spell out."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    if not spans:
        return None
    written = text[min(s for s, _ in spans) : max(e for _, e in spans)]
    for found in tag_times(written, None):
        if found.earliest is not None and found.earliest == found.latest:
            return found.earliest
    return None


def _annotated_until(root: ElementTree.Element, offsets: dict[str, tuple[int, int]]) -> int:
    """The end of the last sentence holding any annotation (MEANTIME marks only the opening)."""
    sentence_of = {t.get("t_id", ""): t.get("sentence", "") for t in root.iter("token")}
    markables = root.find("Markables")
    last = max(
        (
            int(sentence_of.get(anchor.get("t_id", ""), "0") or 0)
            for anchor in (markables.iter("token_anchor") if markables is not None else ())
        ),
        default=0,
    )
    ends = [offsets[t][1] for t, s in sentence_of.items() if s and int(s) <= last and t in offsets]
    return max(ends, default=0)


def _rebuild_text(root: ElementTree.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    previous_sentence: str | None = None
    previous_token = ""
    for token in root.iter("token"):
        word = token.text or ""
        sentence = token.get("sentence", "")
        if previous_sentence is None:
            gap = ""
        elif sentence != previous_sentence and int(sentence) <= _OWN_LINE_SENTENCES:
            gap = "\n"
        elif word in _NO_SPACE_BEFORE or previous_token in _NO_SPACE_AFTER:
            gap = ""
        else:
            gap = " "
        pieces.append(gap)
        length += len(gap)
        offsets[token.get("t_id", "")] = (length, length + len(word))
        pieces.append(word)
        length += len(word)
        previous_sentence, previous_token = sentence, word
    return "".join(pieces), offsets

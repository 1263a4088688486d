"""Attribution extraction: who says what, from a parsed article.

A cue is a reporting word the cue lexicon scores high in its syntactic frame ("said that",
"told", "warned"), "according to", or a hearsay adverb ("reportedly"). Its source is the
subject (inherited from the governing verb for "..., saying", "and added"), its content the
adjacent quotation ("“...,” said X", "X said, “...”", continued across "he said. “...”"), else
the clause or object it governs, else the main clause it comments on ("X did Y, officials
said"). Reporting words inside a quotation are the quoted speaker's, not attributions of the
article. Layout conventions ("Label: ...", "“...” ― Name") come from `attribution_layout`;
who a source is (name, role, organization, resolved pronouns) from `attribution_speakers`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from eventwire.extract.attribution_cues import (
    DEFAULT_THRESHOLD,
    Frame,
    candidate_indices,
    cue_score,
    is_according_to,
    is_hearsay_adverb,
    model_frame,
    poll_object,
)
from eventwire.extract.attribution_layout import layout_attributions
from eventwire.extract.attribution_quotes import Quote, find_quotes
from eventwire.extract.attribution_speakers import (
    SpeakerRecord,
    nouns_of,
    resolve,
    speaker_from_phrase,
    with_country,
)
from eventwire.model import Attribution, AttributionKind
from eventwire.model import Span as TextSpan

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs that pass their subject down to a dependent cue: "X said ... and added", "X spoke, saying".
SUBJECT_SHARING_DEPS = frozenset({"conj", "xcomp", "advcl"})
COMPLEMENT_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "oprd", "attr", "acomp"})
QUOTE_GAP = frozenset({",", ":", ""})
RAISING_VERBS = frozenset({"seem", "appear"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# How far (tokens) a cue's own phrase may reach towards an adjacent quotation.
MAX_CUE_PHRASE = 14
# How many words of a name or title may stand between a quotation and its cue.
MAX_NAME_WALK = 8
NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})


@dataclass
class _Found:
    """An attribution in the making (token indices, end exclusive)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int]  # character offsets
    kind: AttributionKind
    quote_before: Quote | None = None


def find_attributions(
    doc: Doc, threshold: float = DEFAULT_THRESHOLD, text: str | None = None
) -> tuple[Attribution, ...]:
    """Every attribution in `doc`, sorted by cue start.

    `text` may pass `doc.text` when the caller has it (spaCy rebuilds it on each access);
    `threshold` is the least cue probability kept (lower: more recall, less precision).
    """
    if text is None:
        text = doc.text
    quotes = find_quotes(text)
    quote_by_end = {q.end: q for q in quotes}
    quote_by_start = {q.start: q for q in quotes}
    found: list[_Found] = []
    inside = _QuoteIndex(quotes)
    for i in candidate_indices(doc):
        tok = doc[i]
        # A reporting word inside a quotation is the speaker's own wording, not the article's
        # attribution (PolNeAR annotates almost none of them).
        if inside.contains(tok.idx):
            continue
        if is_according_to(tok):
            item = _according_to(tok)
        elif is_hearsay_adverb(tok):
            item = _hearsay(tok)
        elif tok.pos_ == "ADP":
            poll = poll_object(tok)
            item = None if poll is None else _cited_in(tok, poll)
        elif tok.pos_ == "VERB" or tok.pos_ == "NOUN":
            q_after = _quote_after(tok, text, quote_by_start)
            q_before = _quote_before(tok, text, quote_by_end, inside)
            if cue_score(tok, model_frame(tok, q_before, q_after)) < threshold:
                continue
            # "X said that ..." takes its own clause, not a quotation before it; but in
            # "“A,” he said, “B”" the clause the parser hangs on "said" is B.
            own_clause = _right_ccomp(tok)
            if own_clause is not None and not (q_after and q_after.start <= own_clause.idx):
                q_before = None
            item = _reported(tok, text, q_before, q_after, inside)
        else:
            continue
        if item is not None:
            found.append(item)
    _continue_quotes(found, quotes, text)
    ents = tuple(doc.ents)  # built once: spaCy makes new spans on each access
    attrs = _finish(doc, text, found, ents)
    extra = [
        a
        for a in layout_attributions(doc, text, ents)
        if not any(a.cue.start < b.cue.end and b.cue.start < a.cue.end for b in attrs)
    ]
    if not extra:
        return attrs
    return tuple(sorted((*attrs, *extra), key=lambda a: a.cue.start))


def cue_frames(doc: Doc, text: str) -> list[tuple[Token, Frame]]:
    """Every verb and noun outside quotations with the frame the cue model sees it in
    (what `benchmarks/mine_attribution_cues.py` trains on)."""
    quotes = find_quotes(text)
    quote_by_end = {q.end: q for q in quotes}
    quote_by_start = {q.start: q for q in quotes}
    inside = _QuoteIndex(quotes)
    out: list[tuple[Token, Frame]] = []
    for tok in doc:
        if tok.pos_ in ("VERB", "NOUN") and not inside.contains(tok.idx):
            q_after = _quote_after(tok, text, quote_by_start)
            q_before = _quote_before(tok, text, quote_by_end, inside)
            out.append((tok, model_frame(tok, q_before, q_after)))
    return out


class _QuoteIndex:
    """Answers "is this offset strictly inside a quotation?" by bisection."""

    def __init__(self, quotes: tuple[Quote, ...]) -> None:
        self.starts = [q.start for q in quotes]
        self.ends = [q.end for q in quotes]

    def contains(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and self.starts[k] < pos < self.ends[k] - 1


def _according_to(tok: Token) -> _Found | None:
    to = tok.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    source = _tok_range(objs[0]) if objs else None
    phrase_end = source[1] if source else to.i + 1
    return _sentence_source(tok, to, source, phrase_end, "according_to")


def _cited_in(tok: Token, poll: Token) -> _Found | None:
    """ "In a new poll, X leads": the poll is the source of the rest of the sentence."""
    # The content starts after the whole phrase ("In a poll released Sunday, ...").
    return _sentence_source(tok, tok, _tok_range(poll), poll.right_edge.i + 1, "other")


def _sentence_source(
    tok: Token,
    cue_last: Token,
    source: tuple[int, int] | None,
    phrase_end: int,
    kind: AttributionKind,
) -> _Found | None:
    """A cue phrase (`tok` to `cue_last`, then its source, ending before token `phrase_end`)
    that attributes the sentence it sits in."""
    # The content is the sentence the phrase sits in: without the phrase when it opens or
    # closes the sentence, with it when it stands in the middle.
    sent = tok.sent
    start, end = sent.start, sent.end
    if tok.i == start or (tok.i == start + 1 and tok.doc[start].is_punct):
        start = phrase_end
    elif all(t.is_punct or t.is_space for t in tok.doc[phrase_end:end]):
        end = tok.i
    content = _clipped(tok, start, end) if start < end else None
    if content is None:
        return None
    return _Found((tok.i, cue_last.i + 1), source, content, kind)


def _hearsay(tok: Token) -> _Found | None:
    # The whole clause the adverb sits in is the reported claim, subject included.
    head = tok.head
    content = _clipped(tok, head.left_edge.i, head.right_edge.i + 1)
    if content is None:
        return None
    return _Found((tok.i, tok.i + 1), None, content, "other")


def _reported(
    tok: Token, text: str, q_before: Quote | None, q_after: Quote | None, inside: _QuoteIndex
) -> _Found | None:
    source = _source_of(tok, inside)
    if source is not None and source[0] <= tok.i < source[1]:
        # The cue sits inside its own subject phrase (a misparse): keep what precedes it.
        source = _trimmed(tok.doc, source[0], tok.i) if source[0] < tok.i else None
    if q_before is not None:
        # "“A,” he said, “B”": one quotation interrupted by its cue.
        end = q_after.end if q_after is not None else q_before.end
        return _Found((tok.i, tok.i + 1), source, (q_before.start, end), "direct", q_before)
    if q_after is not None:
        return _Found((tok.i, tok.i + 1), source, (q_after.start, q_after.end), "direct")
    content, kind = _content_of(tok)
    if _is_parenthetical(tok, source):
        # "The test, North Korea said, was its biggest": the whole sentence is reported.
        sent = tok.sent
        content, kind = _clipped(tok, sent.start, sent.end), "indirect"
    if content is None:
        content, kind = _fallback_content(tok, text, source)
    if content is None:
        return None
    if kind == "indirect" and _starts_with_quote(text, content):
        kind = "direct"
    return _Found((tok.i, tok.i + 1), source, content, kind)


def _fallback_content(
    tok: Token, text: str, source: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, AttributionKind]:
    """Content for a cue the parse gives no clause or object: "X was reported by Y" (the
    subject), "X said:" (the next paragraph), "X said when ..." (what follows), "..., experts
    say." (what precedes)."""
    doc = tok.doc
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if passive and any(c.dep_ == "agent" for c in tok.children):
        return _clipped(tok, passive[0].left_edge.i, passive[0].right_edge.i + 1), "other"
    phrase_end = max(tok.i + 1, source[1] if source else 0)
    rest = [t for t in doc[phrase_end : tok.sent.end] if not (t.is_punct or t.is_space)]
    colon = phrase_end < len(doc) and doc[phrase_end].text == ":"
    if colon and (not rest or "\n" in doc[phrase_end : rest[0].i].text):
        return _next_paragraph(text, doc[phrase_end].idx + 1), "indirect"
    rights = [
        c for c in tok.rights if c.dep_ in ("advcl", "npadvmod", "prep") and c.i >= phrase_end
    ]
    if rest and any(c.dep_ == "advcl" for c in rights):
        return _clipped(tok, rights[0].left_edge.i, rights[-1].right_edge.i + 1), "indirect"
    phrase_start = min(tok.i, source[0] if source else tok.i)
    if not rest and phrase_start > tok.sent.start:
        return _clipped(tok, tok.sent.start, phrase_start), "indirect"
    return None, "other"


def _next_paragraph(text: str, pos: int) -> tuple[int, int] | None:
    """The first non-empty paragraph from `pos` on (what "He said:" introduces)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    while end > pos and text[end - 1].isspace():
        end -= 1
    return (pos, end) if end > pos else None


def _is_parenthetical(tok: Token, source: tuple[int, int] | None) -> bool:
    """A cue phrase set off by commas inside its sentence: ", Mr. Clarke said,"."""
    doc = tok.doc
    start = min(tok.i, source[0]) if source else tok.i
    end = max(tok.i + 1, source[1]) if source else tok.i + 1
    while end < len(doc) and doc[end].dep_ == "npadvmod" and doc[end].head.i == tok.i:
        end += 1
    if start == 0 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
        return False
    if tok.dep_ == "parataxis":
        return True
    takes_clause = any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)
    return takes_clause and not doc[start - 1].is_sent_start


def _source_of(tok: Token, inside: _QuoteIndex) -> tuple[int, int] | None:
    if tok.lemma_ in RAISING_VERBS:
        # "X seems Y (to me)": X is what is judged; whoever judges is "to" someone or nobody.
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return _tok_range(objs[0]) if objs else None
        return None
    cur = tok
    for _ in range(4):
        for child in cur.children:
            if inside.contains(child.idx):
                continue  # a word of a quotation the parser took for the subject
            if child.dep_ == "nsubj":
                return _tok_range(child)
            if child.dep_ == "nsubjpass":
                # "X was accused by Y": the speaker is the agent, not the subject.
                return _agent_of(cur)
        if cur.dep_ in SUBJECT_SHARING_DEPS and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN"):
            return _tok_range(cur.head, stop=cur)
        return None
    return None


def _agent_of(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            return _tok_range(objs[0]) if objs else None
    return None


def _content_of(tok: Token) -> tuple[tuple[int, int] | None, AttributionKind]:
    """What the cue governs: a that-clause to its right, else its complements ("criticized X
    for Y", "agreed to Z"), else a clause before it, else the clause it comments on."""
    rights = list(tok.rights)
    for child in rights:
        if child.dep_ == "ccomp":
            found = _clipped(tok, child.left_edge.i, child.right_edge.i + 1)
            if found is not None:
                return found, "indirect"
    comps = [c for c in rights if c.dep_ in COMPLEMENT_DEPS]
    if comps:
        found = _clipped(tok, comps[0].left_edge.i, comps[-1].right_edge.i + 1)
        if found is not None:
            return found, "other"
    for child in tok.lefts:
        if child.dep_ == "ccomp":
            found = _clipped(tok, child.left_edge.i, child.right_edge.i + 1)
            if found is not None:
                return found, "indirect"
    if tok.dep_ in ("parataxis", "advcl") and tok.head.i != tok.i:
        sub = (tok.left_edge.i, tok.right_edge.i + 1)
        return _clause_minus(tok.head, sub), "indirect"
    return None, "other"


def _clipped(cue: Token, start: int, end: int) -> tuple[int, int] | None:
    """Tokens [start, end) as characters, cut at paragraph breaks on the far side from the cue."""
    doc = cue.doc
    for i in range(cue.i, end):
        if "\n" in doc[i].text_with_ws:
            if i < start:
                return None
            end = i + 1
            break
    for i in range(min(end, cue.i) - 1, start - 1, -1):
        if "\n" in doc[i].text_with_ws:
            if i >= end - 1:
                return None
            start = i + 1
            break
    if end <= start:
        return None
    return _char_range(doc, start, end)


def _clause_minus(head: Token, cut: tuple[int, int]) -> tuple[int, int] | None:
    """The clause `head` governs, without the stretch `cut` (a cue phrase at one end)."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    if cut[0] <= start < cut[1]:
        start = cut[1]
    elif start < cut[0] < end <= cut[1] or (cut[0] > start and cut[1] >= end - 1):
        end = cut[0]
    elif start < cut[0] and cut[1] < end and cut[0] - start < end - cut[1]:
        start = cut[1]
    elif start < cut[0] and cut[1] < end:
        end = cut[0]
    if end <= start:
        return None
    return _char_range(head.doc, start, end)


def _right_ccomp(tok: Token) -> Token | None:
    for child in tok.rights:
        if child.dep_ == "ccomp":
            return child
    return None


def _quote_before(
    tok: Token, text: str, quote_by_end: dict[int, Quote], inside: _QuoteIndex
) -> Quote | None:
    """A quotation that ends right before the cue's phrase: "“...,” the statement added"."""
    doc = tok.doc
    left = tok.i
    for child in tok.lefts:
        if inside.contains(child.idx):
            continue  # the parser hung a word of the quotation on the cue
        short = child.right_edge.i - child.left_edge.i < 3  # "then"; not a whole quotation
        if child.dep_ in SUBJECT_DEPS or (child.dep_ in ("aux", "advmod", "npadvmod") and short):
            left = min(left, child.left_edge.i)
    if tok.i - left > MAX_CUE_PHRASE:
        return None
    quote = _quote_ending_at(doc[left].idx, text, quote_by_end)
    if quote is None and not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        # The parser may not hang the speaker's name on the cue ("“...,” police Chief Chuck
        # Jordan said"): walk back over the words of a name or title instead.
        k = tok.i
        while k > 0 and tok.i - k < MAX_NAME_WALK and doc[k - 1].pos_ in NAME_POS:
            k -= 1
        if k < tok.i:
            quote = _quote_ending_at(doc[k].idx, text, quote_by_end)
    # “... .” closes a sentence: what follows starts a new one rather than citing the quote.
    if quote is None or text[quote.end - 2 : quote.end - 1] == ".":
        return None
    return quote


def _quote_ending_at(pos: int, text: str, quote_by_end: dict[int, Quote]) -> Quote | None:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return quote_by_end.get(pos)


def _quote_after(tok: Token, text: str, quote_by_start: dict[int, Quote]) -> Quote | None:
    """A quotation right after the cue's phrase: "Kirby said, “...”", "said Kirby: “...”"."""
    doc = tok.doc
    right = tok.i
    for child in tok.rights:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in ("npadvmod", "advmod", "dative", "dobj"):
            right = max(right, child.right_edge.i)
    if right - tok.i > MAX_CUE_PHRASE:
        return None
    pos = doc[right].idx + len(doc[right])
    gap = ""
    while pos < len(text) and (text[pos] in " \t,:" and len(gap) < 3):
        if text[pos] in ",:":
            gap += text[pos]
        pos += 1
    if gap not in QUOTE_GAP:
        return None
    return quote_by_start.get(pos)


def _continue_quotes(found: list[_Found], quotes: tuple[Quote, ...], text: str) -> None:
    """Extend "“A,” he said. “B”" to take in B when no other cue claims it.

    B follows the end of the cue's sentence, possibly opening the next paragraph: news style
    continues a speaker's quotation that way.
    """
    claimed_starts = {f.content[0] for f in found}
    starts = [q.start for q in quotes]
    for f in found:
        if f.quote_before is None or f.content[1] != f.quote_before.end:
            continue
        k = bisect_right(starts, f.content[1])
        if k >= len(quotes) or quotes[k].start in claimed_starts:
            continue
        between = text[f.content[1] : quotes[k].start].rstrip()
        if len(between) < 200 and "\n" not in between and between.endswith((".", "!", "?")):
            f.content = (f.content[0], quotes[k].end)


def _finish(
    doc: Doc, text: str, found: list[_Found], ents: tuple[DocSpan, ...]
) -> tuple[Attribution, ...]:
    history: list[SpeakerRecord] = []
    out: list[Attribution] = []
    for f in sorted(found, key=lambda f: f.cue[0]):
        cue_span = _text_span(text, doc[f.cue[0]].idx, _tok_end(doc, f.cue[1] - 1))
        source_span = None
        speaker = None
        if f.source is not None:
            phrase = _entity_aligned(doc, f.source, ents)
            source_span = _text_span(text, phrase.start_char, phrase.end_char)
            # The speaker may be named in an apposition the source span leaves out.
            root = phrase.root
            full = doc[root.left_edge.i : root.right_edge.i + 1]
            if full.start <= f.cue[0] < full.end:
                full = phrase
            resolved = resolve(phrase, speaker_from_phrase(full, ents), history, ents)
            if resolved is not None:
                speaker = with_country(resolved[0], full.text)
                history.append(SpeakerRecord(speaker, resolved[1], nouns_of(full)))
        content = _text_span(text, *f.content)
        out.append(Attribution(source_span, cue_span, content, speaker, f.kind))
    return tuple(out)


def _entity_aligned(doc: Doc, rng: tuple[int, int], ents: tuple[DocSpan, ...]) -> DocSpan:
    """The source phrase widened to whole names: the parser may split "White House"."""
    start, end = rng
    for ent in ents:
        if ent.start < end and start < ent.end:
            start, end = min(start, ent.start), max(end, ent.end)
    # A name the recogniser ran over a line break ends there.
    while start < rng[0] and "\n" in doc[start : rng[0]].text:
        start += 1
    while end > rng[1] and "\n" in doc[rng[1] : end].text:
        end -= 1
    return doc[start:end]


def _tok_range(tok: Token, stop: Token | None = None) -> tuple[int, int]:
    """The phrase `tok` heads, up to (not into) `stop`, trimmed of punctuation and relatives."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ in SUBJECT_DEPS:
        return (tok.i, tok.i + 1)
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    if stop is not None and stop.i > tok.i:
        end = min(end, stop.left_edge.i)
    # A relative clause or parenthesis describes the source; the name before it is the source.
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl") or child.text == "(":
            end = min(end, child.left_edge.i)
    doc = tok.doc
    # A subject that reaches back over a paragraph break is a misparse of a headline.
    for i in range(end - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    if start >= end:
        return (tok.i, tok.i + 1)
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end)


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if start < end else None


def _char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens [start, end), without edge spaces and stray punctuation."""
    while start < end - 1 and (doc[start].is_space or doc[start].text in ",;:-—"):
        start += 1
    while end - 1 > start and (doc[end - 1].is_space or doc[end - 1].text in ",;:-—"):
        end -= 1
    return doc[start].idx, _tok_end(doc, end - 1)


def _tok_end(doc: Doc, i: int) -> int:
    return doc[i].idx + len(doc[i].text)


def _starts_with_quote(text: str, content: tuple[int, int]) -> bool:
    return text[content[0] : content[0] + 1] in ("“", '"', "'", "`")


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan.of(text, start, end)

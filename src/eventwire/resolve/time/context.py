"""Which way a relative expression points: news reports mostly tell of the past, but a
clause with "will", "next", "scheduled" and the like talks about what is still to come."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.model import Span

_FUTURE_CUE = re.compile(
    # "planned" left out: in past reports it mostly frames what happened ("planned to pay
    # on Friday"). "by" and "until" count only without a past cue shortly before them.
    r"\b(?:will|won't|'ll|shall|going to|plans?|planning|scheduled|expected|"
    r"expects?|due|set (?:to|for)|to be held|upcoming|coming|next|until|intends?|is to|are to|"
    r"would|could|should|might|(?-i:may)|as (?:early|soon) as|by|postponed|delayed|supposed to|"
    r"hopes? to|"
    r"aims? to|ready to|headed|heads|leaves? for|to (?:meet|visit|attend|begin|start|hold|vote|"
    r"travel|return|decide|announce|sign))\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|said|says|told|ago|last|earlier|since|made|met|held|took|gave|"
    r"came|went|began|left|sent|struck|fought|won|lost|saw|spoke|wrote|found|brought|"
    r"thought|became|fell|rose|shot|stood|broke|led|paid|knew|flew|drove|spent|"
    r"(?-i:(?!hundred|indeed|need|speed|breed|feed|seed)[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
_ANY_CUE = re.compile(f"{_FUTURE_CUE.pattern}|{_PAST_CUE.pattern}", re.IGNORECASE)
# "had filed reports by Wednesday", "until Thursday they had not": past framing wins.
_WEAK_FUTURE = re.compile(r"by|until", re.IGNORECASE)
_WEAK_AFTER = re.compile(r"would|could|should|might|may", re.IGNORECASE)
# "had been due to expire Friday", "was scheduled for Monday": a plan told in the past tense
# about a day that has gone by.
_PAST_PLAN = re.compile(r"\b(?:was|were|had(?: been)?)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PLAN = re.compile(r"due|scheduled|expected|set (?:to|for)|supposed to", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;!?\n]|, (?:and|but|while|after|before|when)\b")


class Clauses:
    """The clause around a position: sentence spans if given, else punctuation."""

    def __init__(self, text: str, sentences: Sequence[Span] | None) -> None:
        self.text = text
        self.sentences = sorted(sentences, key=lambda s: s.start) if sentences else None

    def around(self, start: int, end: int, reach: int = 70) -> tuple[str, str]:
        """Text before and after [start, end) within the clause, at most `reach` chars."""
        low, high = max(0, start - reach), min(len(self.text), end + reach)
        if self.sentences:
            for sentence in self.sentences:
                if sentence.start <= start < sentence.end:
                    low, high = max(low, sentence.start), min(high, sentence.end)
                    break
        before = self.text[low:start]
        after = self.text[end:high]
        breaks = list(_CLAUSE_BREAK.finditer(before))
        if breaks:
            before = before[breaks[-1].end() :]
        if cut := _CLAUSE_BREAK.search(after):
            after = after[: cut.start()]
        return before, after

    def direction(self, start: int, end: int) -> int:
        """+1 when the clause talks of the future, -1 when it plainly reports the past,
        0 when it gives no sign.

        The cue nearest the date before it decides ("said on Friday it will" is past,
        "will meet on Friday" future); failing that, the first cue just after it.
        """
        before, after = self.around(start, end, reach=90)
        past = [
            m.end()
            for m in _PAST_CUE.finditer(before)
            if not _FUTURE_CUE.fullmatch(m.group())
            # "will be held", "should be completed": a participle, not a past tense
            and not before.endswith(("be ", "being "), 0, m.start())
        ]
        future = [
            m.end()
            for m in _FUTURE_CUE.finditer(before)
            if not (
                _WEAK_FUTURE.fullmatch(m.group()) and any(0 <= m.start() - p < 40 for p in past)
            )
            and not (
                _PLAN.fullmatch(m.group())
                and _PAST_PLAN.search(before, max(0, m.start() - 20), m.start())
            )
        ]
        if future and (not past or future[-1] > past[-1]):
            only_weak = all(
                _WEAK_FUTURE.fullmatch(m.group())
                for m in _FUTURE_CUE.finditer(before)
                if m.end() in future
            )
            first_after = _ANY_CUE.search(after[:40])
            if only_weak and first_after and not _FUTURE_CUE.fullmatch(first_after.group()):
                return -1  # "Until Thursday, they had not called him a suspect"
            return 1
        if past and len(before) - past[-1] < 30:
            return -1
        for cue in _ANY_CUE.finditer(after[:40]):
            if _WEAK_AFTER.fullmatch(cue.group()):
                continue  # "warned on Thursday that strikes could ...": reported speech
            return 1 if _FUTURE_CUE.fullmatch(cue.group()) else -1
        return -1 if past else 0

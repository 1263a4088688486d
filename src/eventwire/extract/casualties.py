"""The dead and injured a sentence reports: counts and ranges, "no casualties", running totals.

ACLED codes the lowest count a report supports ("dozens" → 12, "at least 12" → 12) and keeps
the upper bound of a range. A report of none ("no one was hurt") is a count of zero, not a
missing count. "The death toll rose to 9" is a running total: it replaces an earlier count of
the same event instead of adding to it. Counts no single event can have ("1,000,000,000,000
killed") are dropped and named, so the document can say why it has no count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.extract.amounts import COUNT_BOUND, COUNT_RANGE, to_number
from eventwire.model import Fatalities

# More dead or injured than any single event on record (the 2004 tsunami: about 230,000): a
# larger count is a typo, a hoax or a war's running total, never one event's.
MAX_PLAUSIBLE_COUNT = 1_000_000

_PEOPLE = (
    r"(?:(?:\w+\s+){0,3}?(?:people|persons|civilians|soldiers|troops|servicemen|"
    r"fighters|militants|police(?:men|\s+officers)?|officers|children|women|men|"
    r"residents|members|workers|students|protesters|others|rebels|insurgents|"
    r"villagers|worshippers|passengers|guards|personnel|staff)\b)?"
)
_AUX = r"(?:(?:were|was|have|has|had|been|are|is|being|reportedly|also|later|all)\s+){0,3}"
_KILL = r"(?:kill(?:s|ed|ing)?|dead|died|die|deaths?|fatalities|lives|slain|murdered|perish(?:ed)?)"
_HURT = r"(?:injur(?:e|es|ed|ing|y|ies)|wound(?:s|ed|ing)?|hurt|casualties)"

_COUNT_THEN_VERB = re.compile(
    rf"(?:{COUNT_BOUND})?{COUNT_RANGE}\s+{_PEOPLE}\s*{_AUX}(?P<verb>{_KILL}|{_HURT})\b", re.I
)
_VERB_THEN_COUNT = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?:{COUNT_BOUND})?{COUNT_RANGE}\b", re.I
)
_TOLL = re.compile(
    rf"(?P<verb>death\s+toll|toll)\s+(?:\w+\s+){{0,4}}?(?:to|at|of)\s+"
    rf"(?:{COUNT_BOUND})?{COUNT_RANGE}\b",
    re.I,
)
# "no casualties", "no reported injuries", "without casualties", "no one was killed".
_NONE_NOUN = re.compile(
    r"\b(?:no|zero|without(?:\s+any)?)\s+(?:(?:immediate|reported|initial|known|further)\s+)?"
    r"(?:reports?\s+of\s+(?:any\s+)?)?(?P<what>casualties|deaths|fatalities|injuries|victims|"
    r"dead|injured|wounded)\b",
    re.I,
)
_NONE_SUBJECT = re.compile(
    r"\b(?:no\s*(?:-\s*)?one|nobody|none|no\s+(?:people|person|civilians|residents))\s+"
    r"(?:\w+\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been|is|got)\s+(?:reported\s+)?"
    r"(?P<what>killed|injured|hurt|wounded|harmed)"
    r"(?:\s+or\s+(?P<also>killed|injured|hurt|wounded))?",
    re.I,
)
_RUNNING_TOTAL = re.compile(
    r"\b(?:toll|number\s+of\s+(?:dead|deaths|victims|injured))\s+(?:\w+\s+){0,5}?"
    r"(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises|rise|climbed|climbs|jumped|increased|"
    r"reached|stands|stood|grew|grown)\b"
    r"|\b(?:total\s+(?:number\s+)?of\s+(?:the\s+)?(?:dead|deaths|victims))\b",
    re.I,
)
_BOTH = frozenset({"casualties", "victims", "harmed"})


@dataclass(frozen=True)
class CasualtyReport:
    fatalities: Fatalities
    running_total: bool = False  # "the toll rose to 9": replaces an earlier count
    implausible: tuple[str, ...] = ()  # counts dropped as absurd, as written

    @property
    def reports_any(self) -> bool:
        f = self.fatalities
        return f.killed is not None or f.injured is not None


def find_casualties(sentence: str) -> CasualtyReport:
    """The dead and injured one sentence reports."""
    killed: tuple[int | None, int | None] = (None, None)
    injured: tuple[int | None, int | None] = (None, None)
    implausible: list[str] = []
    nones, counted = _reported_none(sentence)
    for pattern in (_COUNT_THEN_VERB, _VERB_THEN_COUNT, _TOLL):
        for match in pattern.finditer(counted):
            low, high = to_number(match["low"]), to_number(match["high"] or "")
            if low is None or (low >= 1900 and "," not in match["low"]):
                continue  # a year, not a count
            if max(low, high or 0) > MAX_PLAUSIBLE_COUNT:
                implausible.append(match.group(0).strip())
                continue
            if high is not None and high < low:
                low, high = high, low
            pair = (int(low), int(high) if high is not None and high != low else None)
            if re.match(_HURT, match["verb"], re.I):
                injured = injured if injured[0] is not None else pair
            else:
                killed = killed if killed[0] is not None else pair
    for what in nones:
        if what in _BOTH or re.fullmatch(_KILL, what, re.I):
            killed = killed if killed[0] is not None else (0, None)
        if what in _BOTH or re.fullmatch(_HURT, what, re.I) or what in ("injured", "wounded"):
            injured = injured if injured[0] is not None else (0, None)
    return CasualtyReport(
        Fatalities(killed[0], killed[1], injured[0], injured[1]),
        running_total=bool(_RUNNING_TOTAL.search(sentence)),
        implausible=tuple(implausible),
    )


def _reported_none(sentence: str) -> tuple[list[str], str]:
    """What the sentence says nobody suffered, and the sentence with those phrases blanked
    out, so that "no one was killed" is not read as "one was killed"."""
    found: list[str] = []
    blanked = sentence
    for pattern in (_NONE_NOUN, _NONE_SUBJECT):
        for m in pattern.finditer(sentence):
            found.extend(w.lower() for w in (m["what"], m.groupdict().get("also")) if w)
            blanked = blanked[: m.start()] + " " * (m.end() - m.start()) + blanked[m.end() :]
    return found, blanked


def combine_counts(earlier: Fatalities, later: CasualtyReport) -> tuple[Fatalities, str | None]:
    """One event's counts from two reports in an article, and a warning when they disagree.

    A running total replaces the earlier count. Otherwise a count fills a gap, and two
    different counts become a range from the lower to the higher (the lower is ACLED's).
    """
    if later.running_total:
        new = later.fatalities
        return (
            Fatalities(
                new.killed if new.killed is not None else earlier.killed,
                new.killed_max if new.killed is not None else earlier.killed_max,
                new.injured if new.injured is not None else earlier.injured,
                new.injured_max if new.injured is not None else earlier.injured_max,
            ),
            None,
        )
    return reconcile_counts(earlier, later.fatalities)


def reconcile_counts(a: Fatalities, b: Fatalities) -> tuple[Fatalities, str | None]:
    """Two counts of one event: a gap filled, or a disagreement kept as a range and named."""
    killed, killed_note = _reconciled((a.killed, a.killed_max), (b.killed, b.killed_max))
    injured, injured_note = _reconciled((a.injured, a.injured_max), (b.injured, b.injured_max))
    notes = [f"killed {n}" for n in (killed_note,) if n] + [
        f"injured {n}" for n in (injured_note,) if n
    ]
    warning = f"contradictory casualty counts for one event: {'; '.join(notes)}" if notes else None
    return Fatalities(killed[0], killed[1], injured[0], injured[1]), warning


def _reconciled(
    a: tuple[int | None, int | None], b: tuple[int | None, int | None]
) -> tuple[tuple[int | None, int | None], str | None]:
    if b[0] is None or a == b:
        return a, None
    if a[0] is None:
        return b, None
    values = [v for v in (*a, *b) if v is not None]
    low, high = min(values), max(values)
    merged = (low, high if high != low else None)
    if _overlap(a, b):
        return merged, None  # "at least 10" and "10 to 15" agree
    return merged, f"{_written(a)} and {_written(b)}, kept {low}–{high}"


def _overlap(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    a_low, b_low = a[0] or 0, b[0] or 0
    a_high = a[1] if a[1] is not None else a_low
    b_high = b[1] if b[1] is not None else b_low
    return a_low <= b_high and b_low <= a_high


def _written(pair: tuple[int | None, int | None]) -> str:
    return f"{pair[0]}–{pair[1]}" if pair[1] is not None else str(pair[0])

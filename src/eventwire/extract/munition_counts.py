"""How many of an event's weapons were launched, intercepted and hit, where the text says so.

Air-force and ministry reports state strikes as counts: "Russia attacked with 40 Shahed drones
and 3 Iskander-M missiles; air defence shot down 36 drones", "of the 40 drones launched, 36 were
destroyed", "two missiles hit the city". A count belongs to a weapon when it stands before the
weapon's words ("40 Shahed drones") or names it again ("36 of them", "36 drones"); its role comes
from the nearest cue in its clause: a launch verb ("launched", "fired", "attacked with"), an
interception ("shot down", "intercepted", "destroyed" with the weapon as its object or passive
subject), or a hit ("hit", "struck", "reached their targets" with the weapon as subject).
spaCy-free: it reads the text and the weapon spans the extract stage found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventwire.extract.amounts import COUNT_BOUND, THING_COUNT, to_number
from eventwire.model import EventMention, MunitionCount, Span, WeaponMention

Role = str  # "launched" | "intercepted" | "hit"
# How many sentences after an event's own are read for its counts, while they report no
# event of their own ("36 of them were destroyed").
FOLLOWING_SENTENCES = 2


_NUMBER = rf"(?:{THING_COUNT}|dozens|hundreds)"
_GAP = r"(?:(?!(?:and|or|of|out)\b)[\w-]+\s+){0,3}?"  # adjectives, a maker, a name
# The last count before a weapon's words ("40 Shahed drones"), or a part of a whole ("12 of 15
# Russian drones", "36 out of 40 missiles").
_COUNT_BEFORE = re.compile(
    rf"^.*?(?<![\w,.-])(?:(?P<part>{_NUMBER})\s+(?:out\s+)?of\s+(?:the\s+)?)?"
    rf"(?:{COUNT_BOUND})?(?P<n>{_NUMBER})\s+{_GAP}$",
    re.I | re.S,
)
# "36 of them", "of which 36", "36 were destroyed": the weapons just named.
_COUNT_OF_THEM = re.compile(
    rf"(?<![\w,.-])(?:{COUNT_BOUND})?(?P<n>{_NUMBER})\s+of\s+(?:them|these|those)\b"
    rf"|\bof\s+which\s+(?:{COUNT_BOUND})?(?P<n2>{_NUMBER})\b"
    rf"|(?<![\w,.-])(?P<n3>{_NUMBER})\s+(?=(?:were|was|have\s+been|had\s+been)\s)",
    re.I,
)
# A count naming a weapon again by its kind ("36 drones") in a later clause.
_COUNT_OF_KIND = re.compile(
    rf"(?<![\w,.-])(?:{COUNT_BOUND})?(?P<n>{_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?P<noun>drones?|UAVs?|missiles?|rockets?|shells?|bombs?|Shaheds?|Gerans?)\b",
    re.I,
)
_NOUN_CATEGORIES = {
    "drone": ("drone", "loitering munition"),
    "uav": ("drone", "loitering munition"),
    "shahed": ("drone", "loitering munition"),
    "geran": ("drone", "loitering munition"),
    "missile": ("cruise missile", "ballistic missile", "missile", "air defence"),
    "rocket": ("rocket artillery", "rocket", "missile"),
    "shell": ("artillery",),
    "bomb": ("glide bomb", "bomb", "aircraft"),
}
_INTERCEPT = (
    r"shot\s+down|shoot\s+down|shooting\s+down|intercept(?:ed|s|ing)?|downed|destroyed|"
    r"neutrali[sz]ed|eliminated|repelled|suppressed"
)
_LAUNCH = r"launched|fired|used|sent|hurled|attacked\s+(?:\w+\s+){0,4}?with|struck\s+with|with"
_HIT = r"hit|struck|reached|landed|exploded"
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|of\s+which)\b|\.\s|\s+(?:while|but|whereas)\s")
_CUE_AFTER = re.compile(
    rf"^\s*(?P<gap>(?:[\w-]+\s+){{0,4}}?)(?P<passive>(?:were|was|have\s+been|had\s+been|are)\s+)?"
    rf"(?:(?:successfully|reportedly|also|all)\s+)?(?P<cue>{_INTERCEPT}|{_LAUNCH}|{_HIT})\b",
    re.I,
)
_CUE_BEFORE = re.compile(rf"\b(?P<cue>{_INTERCEPT}|{_LAUNCH})\s+(?:\w+\s+){{0,2}}?$", re.I)
_COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus)?\s*$", re.I)


def munition_counts(
    text: str, weapons: Sequence[WeaponMention], window: Span
) -> list[MunitionCount]:
    """Counts of the weapons, read in `window` (the event's sentence and the ones after it)."""
    if not weapons:
        return []
    reader = _CountReader(text, weapons, window)
    reader.counts_before_weapons()
    reader.counts_of_them()
    reader.counts_of_kind()
    return sorted(reader.found.values(), key=lambda c: (c.weapon, c.role))


class _CountReader:
    def __init__(self, text: str, weapons: Sequence[WeaponMention], window: Span) -> None:
        self.text = text
        self.weapons = weapons
        self.window = window
        self.order = sorted(
            (i for i, w in enumerate(weapons) if window.start <= w.span.start < window.end),
            key=lambda i: weapons[i].span.start,
        )
        self.found: dict[tuple[int, Role], MunitionCount] = {}
        self.used: set[int] = set()  # start offsets of numbers already read

    def add(self, weapon: int, role: Role | None, number: str, start: int) -> None:
        value = to_number(number)
        if role is None or value is None or value < 1 or start in self.used:
            return
        if (weapon, role) in self.found:
            return
        self.used.add(start)
        self.found[(weapon, role)] = MunitionCount(
            weapon, role, int(value), Span(start, start + len(number), number)
        )

    def counts_before_weapons(self) -> None:
        previous: tuple[int, Role | None] | None = None  # (end of weapon, role of its count)
        for i in self.order:
            w = self.weapons[i].span
            offset = max(self.window.start, w.start - 60)
            m = _COUNT_BEFORE.match(self.text[offset : w.start])
            if m is None:
                previous = None
                continue
            start = offset + m.start("n")
            role = self.role(start, w.end)
            if (
                role is None
                and previous is not None
                and _COORDINATED.match(self.text[previous[0] : offset + m.start()] or "")
            ):
                role = previous[1]  # "40 Shahed drones and 3 Iskander-M missiles"
            if m["part"]:
                # "shot down 12 of 15 drones": 12 intercepted (or hit), 15 launched.
                part_start = offset + m.start("part")
                self.add(i, role if role != "launched" else "intercepted", m["part"], part_start)
                self.add(i, "launched", m["n"], start)
            else:
                self.add(i, role, m["n"], start)
            previous = (w.end, role)

    def counts_of_them(self) -> None:
        window_text = self.text[self.window.start : self.window.end]
        for m in _COUNT_OF_THEM.finditer(window_text):
            group = "n" if m["n"] else ("n2" if m["n2"] else "n3")
            start = self.window.start + m.start(group)
            if start in self.used:
                continue
            weapon = self.antecedent(start, to_number(m[group]))
            if weapon is not None:
                self.add(weapon, self.role(start, self.window.start + m.end()), m[group], start)

    def counts_of_kind(self) -> None:
        window_text = self.text[self.window.start : self.window.end]
        for m in _COUNT_OF_KIND.finditer(window_text):
            start = self.window.start + m.start("n")
            weapon = self.of_kind(m["noun"])
            if weapon is not None:
                self.add(weapon, self.role(start, self.window.start + m.end()), m["n"], start)

    def antecedent(self, start: int, value: float | None) -> int | None:
        """The weapons a bare count refers to: of those named before it, the latest whose
        launched count can contain it, else the latest."""
        earlier = [i for i in self.order if self.weapons[i].span.end <= start]
        if not earlier or value is None:
            return None
        for i in reversed(earlier):
            launched = self.found.get((i, "launched"))
            if launched is not None and launched.count >= value:
                return i
        return earlier[-1]

    def of_kind(self, noun: str) -> int | None:
        categories = _NOUN_CATEGORIES.get(noun.lower().rstrip("s"), ())
        matches = [i for i in self.order if self.weapons[i].category in categories]
        return matches[0] if len(matches) == 1 else None

    def role(self, start: int, end: int) -> Role | None:
        """The role a count plays, from the cue after it (the weapons as subject: "36 were
        shot down", "two missiles hit", "drones launched by") or before it (as object: "shot
        down 36", "launched 40", "attacked with 40")."""
        text, window = self.text, self.window
        clause_end = _CLAUSE_END.search(text, end, window.end)
        after = text[end : clause_end.start() if clause_end else window.end]
        cue = _CUE_AFTER.match(after)
        if cue is not None:
            word = cue["cue"].lower()
            passive = bool(cue["passive"])
            if re.fullmatch(_INTERCEPT, word, re.I):
                if passive or word.startswith(("intercept", "shot", "downed")):
                    return "intercepted"
            elif re.fullmatch(_LAUNCH, word, re.I):
                if passive or not cue["gap"].strip():
                    return "launched"
            elif not passive:
                return "hit"
        clause_start = max(
            [window.start] + [m.end() for m in _CLAUSE_END.finditer(text, window.start, start)]
        )
        before = _CUE_BEFORE.search(text[clause_start:start])
        if before is not None:
            word = before["cue"].lower()
            return "intercepted" if re.fullmatch(_INTERCEPT, word, re.I) else "launched"
        return None


def with_munition_counts(
    text: str, mentions: Sequence[EventMention], sentences: Sequence[Span]
) -> list[EventMention]:
    """The mentions with the counts of their weapons; a count belongs to the first event
    that reads it, so that sums over records stay right."""
    event_sentences = sorted({m.evidence.start for m in mentions})
    read: set[int] = set()
    out = []
    for mention in mentions:
        window = _with_following(mention.evidence, sentences, event_sentences)
        counts = [
            c
            for c in munition_counts(text, mention.weapons, window)
            if c.evidence.start not in read
        ]
        read.update(c.evidence.start for c in counts)
        out.append(replace(mention, munitions=tuple(counts)) if counts else mention)
    return out


def _with_following(
    evidence: Span, sentences: Sequence[Span], event_sentences: Sequence[int]
) -> Span:
    """The event's sentence and up to two after it that report no event of their own, where
    reports give the counts of what was launched and shot down ("36 of them were destroyed")."""
    end = evidence.end
    for sentence in [s for s in sentences if s.start >= evidence.end][:FOLLOWING_SENTENCES]:
        if any(sentence.start <= start < sentence.end for start in event_sentences):
            break
        end = sentence.end
    return Span(evidence.start, end, "")

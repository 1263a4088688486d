"""Numbers that matter in event reports: counts as written, money, areas, counts of arms.

The dead and injured are read in `casualties.py` with the count patterns defined here.
"""

from __future__ import annotations

import re

from eventwire.model import Quantity, Span

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}
# Vague counts: the smallest number the words can mean (ACLED codes the lower bound).
_VAGUE = {
    "several": 3,
    "a few": 3,
    "few": 3,
    "some": 2,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "many": 2,
    "multiple": 2,
    "numerous": 2,
}
_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "m": 1e6,
    "mn": 1e6,
    "k": 1e3,
    "tn": 1e12,
}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_WORDNUM = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
_VAGUENUM = "|".join(sorted((re.escape(w) for w in _VAGUE), key=len, reverse=True))
_COUNT = rf"(?:{_NUM}|{_WORDNUM}|{_VAGUENUM})"
COUNT_RANGE = (
    rf"(?:between\s+)?(?<![\w,.-])(?P<low>{_COUNT})"
    rf"(?:\s*(?:-|–|to|or|and)\s*(?P<high>{_COUNT}))?"
)
COUNT_BOUND = r"(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|roughly)\s+"
_CURRENCY = r"(?:US\$|USD|\$|€|EUR|£|GBP|UAH|RUB)"
_MONEY = re.compile(
    rf"(?P<cur>{_CURRENCY})\s?(?P<num>{_NUM})\s?(?P<scale>thousand|million|billion|trillion|bn|mn|m|k|tn)?\b"
    rf"|(?P<num2>{_NUM})\s?(?P<scale2>thousand|million|billion|trillion|bn|mn|m)?\s?(?P<cur2>dollars|euros|pounds|USD|EUR)\b",
    re.I,
)
_CURRENCY_CODE = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "uah": "UAH",
    "rub": "RUB",
}
_AREA = re.compile(
    rf"(?:(?:about|around|some|nearly|over|more\s+than|roughly)\s+)?(?P<num>{_NUM})\s?"
    r"(?P<unit>sq\.?\s?km|square\s+kilomet(?:er|re)s?|km2|km²|hectares|sq\.?\s?mi(?:les)?|"
    r"square\s+miles|acres)",
    re.I,
)
_AREA_UNIT = {"hectares": "ha", "acres": "acre"}
# A count of things in figures or words; "a" and "an" are articles here, not one.
THING_COUNT = rf"(?:{_NUM}|(?!an?\b){_WORDNUM})"
_ARMS_COUNT = re.compile(
    rf"\b(?P<qty>(?:{COUNT_BOUND})?(?:{_VAGUENUM}|{THING_COUNT})\s+(?:of\s+)?(?:(?:[\w-]+\s+){{0,3}}?)"
    r"(?:drones|UAVs|missiles|rockets|shells|tanks|weapons|rounds|munitions|aircraft|jets|"
    r"warplanes|helicopters|artillery\s+systems|howitzers|launchers))\b",
    re.I,
)


def to_number(word: str) -> float | None:
    """A count as written ("12", "1,200", "twelve", "dozens") as a number."""
    w = " ".join(word.lower().split())
    if w in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[w])
    if w in _VAGUE:
        return float(_VAGUE[w])
    try:
        return float(w.replace(",", ""))
    except ValueError:
        return None


def find_quantities(sentence: Span) -> list[tuple[Quantity, int]]:
    """Money, areas and counts of arms in a sentence, each with its start offset in the text."""
    found: list[tuple[Quantity, int]] = []
    text = sentence.text
    for m in _MONEY.finditer(text):
        number = m["num"] or m["num2"]
        scale = (m["scale"] or m["scale2"] or "").lower()
        value = float(number.replace(",", "")) * _SCALE.get(scale, 1.0)
        currency = _CURRENCY_CODE.get((m["cur"] or m["cur2"] or "").lower(), "USD")
        found.append((Quantity(m.group(0).strip(), value, currency), sentence.start + m.start()))
    for m in _AREA.finditer(text):
        unit_text = re.sub(r"\s+", " ", m["unit"].lower())
        unit = _AREA_UNIT.get(unit_text, "mi2" if "mi" in unit_text else "km2")
        value = float(m["num"].replace(",", ""))
        found.append((Quantity(m.group(0).strip(), value, unit), sentence.start + m.start()))
    taken = [(sentence.start + m.start(), sentence.start + m.end()) for m in _MONEY.finditer(text)]
    for m in _ARMS_COUNT.finditer(text):
        start = sentence.start + m.start()
        if any(a <= start < b for a, b in taken):
            continue
        words = m["qty"].split()
        number = next((to_number(w) for w in words if to_number(w) is not None), None)
        unit = words[-1].lower()
        found.append((Quantity(m["qty"], number, unit), start))
    return found

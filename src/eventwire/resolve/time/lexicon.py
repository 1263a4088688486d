"""Words for calendar units, months, weekdays, numbers, seasons and parts of the day."""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {
    name: index
    for index, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

# Capitalised alternatives only: lower-case "may", "march", "sun" are ordinary words. A bare
# abbreviation ("Jan Kavan") counts only before a day number.
MONTH_RE = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?=\s+\d)))"
)
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "10Y",
    "century": "100Y",
    "centurie": "100Y",
    "millennium": "1000Y",
}
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
UNIT_RE = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade"
    r"|centur(?:y|ie)|millenni(?:um|a))"
)

NUMBER_WORDS: dict[str, int] = {
    word: index
    for index, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBER_WORDS.update(
    {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
)
NUMBER_WORDS.update({"ninety": 90, "hundred": 100, "a": 1, "an": 1, "one-and-a-half": 1})
NUMBER_WORDS.update({"a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12})
VAGUE_NUMBERS = frozenset({"few", "a few", "several", "some", "many", "a number of", "numerous"})
NUMBER_RE = (
    r"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|a hundred|hundred|an?|a couple of|couple of|a dozen|dozen"
    r"|a few|few|several|some|many|a number of|numerous)"
)

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}


def parse_number(word: str) -> float | None:
    """A cardinal written in digits or words ("12", "5 1/2", "twenty-one"); None if vague."""
    word = word.lower().strip()
    if word in VAGUE_NUMBERS:
        return None
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if word == "a hundred":
        return 100.0
    parts = word.replace("-", " ").split()
    if parts and all(p in NUMBER_WORDS for p in parts):
        return float(sum(NUMBER_WORDS[p] for p in parts))
    if len(parts) == 2 and "/" in parts[1]:
        numerator, denominator = parts[1].split("/")
        return float(parts[0]) + int(numerator) / int(denominator)
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]

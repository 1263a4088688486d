"""TIMEX3 tagging and normalisation on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Time
from eventwire.resolve.time import (
    UNRESOLVED_WARNING,
    describe_unresolved,
    find_dateline_date,
    tag_times,
)

# A Saturday.
PUBLISHED = date(2023, 6, 10)


def one(text: str, phrase: str, published: date | None = PUBLISHED) -> Time:
    """The tagged expression whose span text is `phrase`."""
    times = tag_times(text, published)
    hits = [t for t in times if t.span.text == phrase]
    assert hits, f"{phrase!r} not tagged in {[t.span.text for t in times]}"
    return hits[0]


def test_spans_are_exact_offsets() -> None:
    text = "Shelling hit Kharkiv overnight; on Tuesday, 12 civilians were hurt."
    for found in tag_times(text, PUBLISHED):
        assert text[found.span.start : found.span.end] == found.span.text


def test_yesterday_today_tomorrow() -> None:
    text = "Rebels seized the depot yesterday and talks open today, with a vote tomorrow."
    assert one(text, "yesterday", PUBLISHED).value == "2023-06-09"
    assert one(text, "today").value == "2023-06-10"
    tomorrow = one(text, "tomorrow")
    assert (tomorrow.value, tomorrow.earliest) == ("2023-06-11", date(2023, 6, 11))


def test_last_night_and_tonight_are_times_of_a_day() -> None:
    night = one("Drones struck the port last night, the governor said.", "last night")
    assert (night.type, night.value) == ("TIME", "2023-06-09TNI")
    # A night runs past midnight: the attack may have come in the small hours of the 10th.
    assert (night.earliest, night.latest) == (date(2023, 6, 9), date(2023, 6, 10))
    assert one("Curfew starts tonight.", "tonight").value == "2023-06-10TNI"


def test_overnight_is_the_night_before_the_report() -> None:
    night = one("Drones struck the port overnight, the governor said.", "overnight")
    assert night.value == "2023-06-09TNI"
    assert (night.earliest, night.latest) == (date(2023, 6, 9), date(2023, 6, 10))
    assert not tag_times("He took an overnight train to Lviv.", PUBLISHED)


def test_weekday_follows_tense() -> None:
    past = one("Militants ambushed a convoy on Wednesday, police said.", "Wednesday")
    assert past.value == "2023-06-07"
    future = one("The ministers will meet on Wednesday in Geneva.", "Wednesday")
    assert future.value == "2023-06-14"
    assert one("He resigned last Friday.", "last Friday").value == "2023-06-09"
    assert one("Voting ends next Monday.", "next Monday").value == "2023-06-12"


def test_weekday_naming_the_publication_day_is_that_day() -> None:
    assert one("Protesters gathered on Saturday.", "Saturday").value == "2023-06-10"


def test_this_week_last_month_next_year() -> None:
    assert one("Fighting eased this week.", "this week").value == "2023-W23"
    last_month = one("Aid convoys stopped last month.", "last month")
    assert (last_month.value, last_month.earliest, last_month.latest) == (
        "2023-05",
        date(2023, 5, 1),
        date(2023, 5, 31),
    )
    assert one("Elections are due next year.", "next year").value == "2024"


def test_early_mid_late_parts() -> None:
    early = one("A ceasefire is expected in early 2024.", "early 2024")
    assert (early.value, early.earliest) == ("2024", date(2024, 1, 1))
    assert early.latest is not None and date(2024, 4, 15) <= early.latest <= date(2024, 5, 15)
    mid = one("The offensive began in mid-2022.", "mid-2022")
    assert mid.value == "2022" and mid.earliest is not None and mid.earliest.month >= 3
    december = one("Troops withdrew in early December.", "early December")
    assert december.value == "2022-12"
    assert december.latest is not None and december.latest <= date(2022, 12, 15)


def test_vague_past_references_get_honest_ranges() -> None:
    recent = one("Attacks have grown in recent weeks.", "recent weeks")
    assert recent.value == "PXW"
    assert recent.latest == PUBLISHED and recent.earliest is not None
    assert recent.earliest <= date(2023, 5, 20)
    few = one("The bridge was blown up a few days ago.", "a few days ago")
    assert (few.earliest, few.latest) == (date(2023, 6, 3), date(2023, 6, 9))
    assert one("Two hospitals were recently shelled.", "recently").value == "PAST_REF"
    assert one("The town is now under siege.", "now").value == "PRESENT_REF"


def test_durations() -> None:
    assert one("The siege lasted three days.", "three days").value == "P3D"
    assert one("The war has lasted a decade.", "a decade").value == "P10Y"
    months = one("Over the past several months, raids rose.", "the past several months")
    assert (months.type, months.value) == ("DURATION", "PXM")
    assert one("a 16-hour standoff", "16-hour").value == "PT16H"
    assert one("Talks ran for 5 1/2 hours.", "5 1/2 hours").value == "PT5H30M"


def test_ages_are_not_durations() -> None:
    assert tag_times("A 34-year-old soldier died.", PUBLISHED) == ()


def test_sets() -> None:
    assert one("Patrols run every week.", "every week").value == "P1W"
    assert one("Floods return each season.", "each season").type == "SET"
    assert one("Markets open each Thursday.", "each Thursday").value == "XXXX-WXX-4"
    assert one("The militia publishes daily bulletins.", "daily").value == "P1D"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The accord was signed June 9, 2023, in Doha.", "June 9, 2023", "2023-06-09"),
        ("The accord was signed 9 June 2023 in Doha.", "9 June 2023", "2023-06-09"),
        ("Report dated 2023-06-09.", "2023-06-09", "2023-06-09"),
        ("Filed on 25/05/2023 by the court.", "25/05/2023", "2023-05-25"),
        ("Filed on 05/25/2023 by the court.", "05/25/2023", "2023-05-25"),
        ("The invasion began in February 2022.", "February 2022", "2022-02"),
        ("The dam was built in 2014.", "2014", "2014"),
        ("Insurgency in the 1990s", "1990s", "199"),
        ("Rebels held the valley through the nineties.", "the nineties", "199"),
        ("Profits fell in the third quarter.", "the third quarter", "2023-Q3"),
        ("Spending in fiscal 2022 rose.", "fiscal 2022", "2022"),
        ("Sales in the first quarter of 2021 fell.", "the first quarter of 2021", "2021-Q1"),
    ],
)
def test_absolute_dates(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_month_day_without_year_takes_the_year_from_publication() -> None:
    assert one("The convoy was hit on May 28.", "May 28").value == "2023-05-28"
    # A date a few months ahead in a forward-looking clause stays in the coming months.
    assert one("The summit will open on Sept. 4.", "Sept. 4").value == "2023-09-04"
    # A date in a past-tense clause that would lie ahead belongs to last year.
    assert one("The town fell on Nov. 11, officials said.", "Nov. 11").value == "2022-11-11"


def test_day_of_month_alone() -> None:
    assert one("Shelling resumed on the 24th.", "the 24th").value == "2023-05-24"
    assert one("Shelling resumed on the 3rd.", "the 3rd").value == "2023-06-03"


def test_clock_times() -> None:
    strike = one("The missile hit at 10:35 a.m. local time.", "10:35 a.m.")
    assert (strike.type, strike.value) == ("TIME", "2023-06-10T10:35")
    assert one("Sirens sounded at 14:20 UTC.", "14:20 UTC").value == "2023-06-10T14:20Z"


def test_year_earlier_follows_the_quarter_under_discussion() -> None:
    text = "Net income in the second quarter fell to $3 million from $5 million a year earlier."
    assert one(text, "a year earlier").value == "2022-Q2"


def test_holidays() -> None:
    assert one("Shops closed on Christmas Eve.", "Christmas Eve").value == "2022-12-24"
    assert one("The vote falls on Election Day.", "Election Day", date(2024, 10, 1)).value == (
        "2024-11-05"
    )


def test_without_publication_date_relative_values_stay_unspecified() -> None:
    text = "Gunmen attacked the village yesterday and last week; on June 3, 2021, too."
    times = {t.span.text: t for t in tag_times(text, None)}
    assert times["yesterday"].value == "XXXX-XX-XX" and times["yesterday"].earliest is None
    assert times["last week"].value == "XXXX-WXX"
    assert times["June 3, 2021"].value == "2021-06-03"
    assert describe_unresolved() == UNRESOLVED_WARNING
    assert UNRESOLVED_WARNING == "no publication date: relative dates left unresolved"


def test_words_that_look_like_months_are_not_tagged() -> None:
    text = "Foreign Minister Jan Lipavsky said they may march on the capital."
    assert tag_times(text, PUBLISHED) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KHARTOUM, June 10, 2023 (Reuters) - Fighting raged.", date(2023, 6, 10)),
        ("June 10, 2023 — Fighting raged.", date(2023, 6, 10)),
        ("GAZA CITY, Gaza, 3 March 2024 - Strikes hit.", date(2024, 3, 3)),
        ("KYIV, June 10 (Reuters) - Fighting raged.", None),
        ("Fighting raged. On June 10, 2023 more came.", None),
    ],
)
def test_dateline(text: str, expected: date | None) -> None:
    assert find_dateline_date(text) == expected


def test_weekday_with_part_of_day_takes_the_day_value() -> None:
    # TimeBank convention: "Thursday night" is valued as the day itself.
    night = one("Rockets hit the port on Thursday night.", "Thursday night")
    assert (night.type, night.value) == ("DATE", "2023-06-08")
    assert night.earliest == night.latest == date(2023, 6, 8)


def test_past_framing_outweighs_by_and_until() -> None:
    assert one("Ten states had filed reports by Wednesday.", "Wednesday").value == "2023-06-07"
    assert one("The border stays shut until Wednesday.", "Wednesday").value == "2023-06-14"
    said = one("Moscow warned on Thursday that strikes could follow.", "Thursday")
    assert said.value == "2023-06-08"


def test_clock_time_joins_the_day_written_after_it() -> None:
    offer = one("The offer expires at 5 p.m. EST, June 16.", "5 p.m. EST, June 16")
    assert (offer.type, offer.value) == ("TIME", "2023-06-16T17:00")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Sarajevo nineteen eighty-four. The torch is lit in the snow.",
            "nineteen eighty-four",
            "1984",
        ),
        (
            "March nineteen eighty-nine. The river floods again.",
            "March nineteen eighty-nine",
            "1989-03",
        ),
        (
            "Rents climbed back to where they stood in the summer of nineteen eighty-eight.",
            "the summer of nineteen eighty-eight",
            "1988-SU",
        ),
        (
            "His promise to halve unemployment by the year two thousand.",
            "the year two thousand",
            "2000",
        ),
    ],
)
def test_years_spelled_out_in_transcripts(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_two_thousand_alone_is_a_count() -> None:
    assert tag_times("Two thousand people fled the town.", PUBLISHED) == ()


def test_the_year_is_the_current_one_unless_a_stretch() -> None:
    assert one("Shares hit a high for the year in June.", "the year").value == "2023"
    assert one("Cuts are due by the end of the year.", "the year").value == "2023"
    assert one("Net income for the year ended Aug. 31 rose.", "the year").value == "P1Y"
    assert one("Profit should rise throughout the fiscal year.", "the fiscal year").value == "P1Y"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Third-quarter sales dropped 11%.", "Third-quarter", "2023-Q3"),
        (
            "In the second quarter of last year, the airline lost $2 billion.",
            "the second quarter of last year",
            "2022-Q2",
        ),
        (
            "For the final quarter of 2015, the brewer reported a loss.",
            "the final quarter of 2015",
            "2015-Q4",
        ),
        ("Earnings for the last half of 1989 will be lower.", "the last half of 1989", "1989-H2"),
        ("H1 2023 revenue rose.", "H1 2023", "2023-H1"),
        ("Dealers will close after October of next year.", "October of next year", "2024-10"),
        ("Output rose in the current year.", "current year", "2023"),
    ],
)
def test_quarters_halves_and_named_periods(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_the_past_year_and_decade() -> None:
    # TimeBank and MEANTIME value "the past year" as the calendar year before publication.
    assert one("Hate groups grew over the past year.", "past year").value == "2022"
    decade = one("Power cuts had become common over the past decade.", "the past decade")
    assert (decade.type, decade.value) == ("DURATION", "P10Y")
    assert all(t.value != "PAST_REF" for t in tag_times("Raids rose in the past year.", PUBLISHED))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Rebels held the valley through the nineties.", "the nineties", "199"),
        ("Prices collapsed in the late 1970s.", "the late 1970s", "197"),
        ("Disco music of the '70s and '80s.", "'80s", "198"),
    ],
)
def test_decades_are_three_digits(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_tense_of_plans_and_limits() -> None:
    # A Saturday: "until Thursday" followed by a past verb looks back.
    assert one("Until Thursday, they had not called him a suspect.", "Thursday").value == (
        "2023-06-08"
    )
    assert one("The offer had been due to expire Friday evening.", "Friday evening").value == (
        "2023-06-09"
    )
    assert one("The sale should be completed in October.", "October").value == "2023-10"


def test_month_name_and_day_without_year() -> None:
    # The next two months are the coming ones even in a past-tense clause.
    early = one("They join in early July, an official said.", "early July")
    assert early.value == "2023-07"
    # Without any sign of tense a report tells of the past.
    assert one("The index is near its record high set on Dec. 6.", "Dec. 6").value == ("2022-12-06")


def test_clock_time_takes_the_day_its_sentence_names() -> None:
    flight = one("The jet made its first flight Tuesday in Everett at 18:00 UTC.", "18:00 UTC")
    assert flight.value == "2023-06-06T18:00Z"
    blast = one(
        "The fire broke out at about 4:20 p.m. (1320 GMT) Thursday, firefighters said.", "4:20 p.m."
    )
    assert blast.value == "2023-06-08T16:20"
    later = one("On Monday police came. At 10 p.m. the shooting began.", "10 p.m.")
    assert later.value == "2023-06-10T22:00"


def test_midnight_is_the_end_of_its_day() -> None:
    assert one("The offer expired at midnight Friday.", "midnight Friday").value == (
        "2023-06-09T24:00"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The vote was held on February 31.",
        "In the year 99999 robots rule.",
        "Report dated 2023-13-45.",
        "1234 5678 91011 99/99/9999",
    ],
)
def test_impossible_dates_are_not_invented(text: str) -> None:
    assert tag_times(text, PUBLISHED) == ()


def test_no_day_is_read_out_of_an_impossible_full_date() -> None:
    values = [t.value for t in tag_times("It was signed on 31 February 2023.", PUBLISHED)]
    assert not any(v.startswith("2023-02") for v in values)


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_counting_past_the_calendar_edge_does_not_crash(published: date) -> None:
    text = "Shelling began on Monday, 3 years ago, and will last until next year, 2 days later."
    for found in tag_times(text, published):
        assert not found.value.startswith("-") and not found.value.startswith("10000")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "She moved to Lisbon in April 2004 and returned to Angola later that year.",
            "later that year",
            "2004",
        ),
        (
            "Slepian was shot on Oct. 23, 1998. Earlier that day, the family sent a fax.",
            "Earlier that day",
            "1998-10-23",
        ),
        (
            "He became a general in 1995, and the following year he was made attache.",
            "the following year",
            "1996",
        ),
        (
            "Toyota deliveries fell 17% last month from the previous year.",
            "the previous year",
            "2022",
        ),
        (
            "The offer arrived in August 2001. The following month, the board rejected it.",
            "The following month",
            "2001-09",
        ),
    ],
)
def test_expressions_anchored_on_the_date_told_before(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_that_day_without_a_date_before_it_is_left_out() -> None:
    assert tag_times("Traders suffer losses on trades made that day.", PUBLISHED) == ()


def test_year_end() -> None:
    assert one("The firm will cut 6,000 jobs by year end.", "year end").value == "2023"
    assert one("The change is measured since year-end.", "year-end").value == "2022"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("They lived in refugee camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("But a minute and a half later, a pilot called.", "a minute and a half", "PT1M30S"),
        ("The siege lasted a year and a half.", "a year and a half", "P1Y6M"),
    ],
)
def test_fractional_durations_in_whole_units(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value

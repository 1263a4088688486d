"""Casualty counts: ranges, reports of none, running totals, absurd and contradictory counts."""

from __future__ import annotations

import pytest

from eventwire.extract.casualties import (
    MAX_PLAUSIBLE_COUNT,
    CasualtyReport,
    combine_counts,
    find_casualties,
    reconcile_counts,
)
from eventwire.model import Fatalities


@pytest.mark.parametrize(
    ("sentence", "killed", "killed_max", "injured"),
    [
        ("A missile strike on Odesa killed 12 people on Monday.", 12, None, None),
        ("At least 12 people were killed and 30 injured.", 12, None, 30),
        ("Dozens of people were killed.", 12, None, None),
        ("Between 10 and 15 civilians died.", 10, 15, None),
        ("Up to 20 soldiers were killed.", 20, None, None),
        ("The shelling killed 15 to 12 people.", 12, 15, None),
        ("There were no casualties, the mayor said.", 0, None, 0),
        ("No one was killed, but five people were injured.", 0, None, 5),
        ("Nobody was hurt.", None, None, 0),
        ("The attack caused no deaths.", 0, None, None),
    ],
)
def test_counts_as_written(
    sentence: str, killed: int | None, killed_max: int | None, injured: int | None
) -> None:
    f = find_casualties(sentence).fatalities
    assert (f.killed, f.killed_max, f.injured) == (killed, killed_max, injured)


def test_a_word_ending_in_a_is_no_count() -> None:
    # "Odesa killed": the "a" of Odesa once read as "a" = 1.
    assert find_casualties("Shelling in Odesa killed 3 people.").fatalities.killed == 3
    assert find_casualties("A strike near Odesa killed people.").fatalities.killed is None


def test_years_are_not_counts() -> None:
    assert find_casualties("He was killed 2014 in Donetsk.").fatalities.killed is None


def test_absurd_counts_are_dropped_and_named() -> None:
    report = find_casualties("The army said 1,000,000,000,000 killed in the strike.")
    assert report.fatalities.killed is None
    assert report.implausible == ("1,000,000,000,000 killed",)
    largest = f"{MAX_PLAUSIBLE_COUNT:,} killed"
    assert find_casualties(largest).fatalities.killed == MAX_PLAUSIBLE_COUNT


def test_running_totals_replace_earlier_counts() -> None:
    report = find_casualties("The death toll from the strike rose to 9 on Tuesday.")
    assert report.running_total and report.fatalities.killed == 9
    combined, warning = combine_counts(Fatalities(killed=5, injured=20), report)
    assert (combined.killed, combined.injured, warning) == (9, 20, None)


def test_disagreeing_counts_become_a_range_with_a_warning() -> None:
    combined, warning = reconcile_counts(Fatalities(killed=12), Fatalities(killed=40))
    assert (combined.killed, combined.killed_max) == (12, 40)
    assert warning is not None and "12 and 40" in warning


def test_agreeing_counts_fill_gaps_silently() -> None:
    combined, warning = reconcile_counts(Fatalities(killed=10), Fatalities(killed=10, injured=3))
    assert (combined.killed, combined.injured, warning) == (10, 3, None)
    combined, warning = reconcile_counts(
        Fatalities(killed=10, killed_max=15), Fatalities(killed=12)
    )
    assert warning is None and (combined.killed, combined.killed_max) == (10, 15)


def test_an_empty_report_reports_nothing() -> None:
    assert not CasualtyReport(Fatalities()).reports_any
    assert not find_casualties("Talks resumed in Geneva.").reports_any

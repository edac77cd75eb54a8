"""Resolution: values, intervals, mods and anchors, table-driven, on sentences written for these tests.

Expectations were worked out by hand from the calendar (2024-10-31 is a Thursday, in ISO week 44).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import find_timexes
from timeline.periods import add_months, movable, narrow, two_digit_year

THU = date(2024, 10, 31)
D = date.fromisoformat

# (sentence, reference, extent, type, value, mod, earliest, latest, anchor)
CASES = [
    # absolute
    ("The treaty was signed on Oct. 18, 2024.", THU, "Oct. 18, 2024", "DATE", "2024-10-18", None, "2024-10-18", "2024-10-18", "absolute"),
    ("It ran until March 2021.", THU, "March 2021", "DATE", "2021-03", None, "2021-03-01", "2021-03-31", "absolute"),
    ("Textile mills boomed in the 1880s.", THU, "the 1880s", "DATE", "188", None, "1880-01-01", "1889-12-31", "absolute"),
    ("Sail gave way to steam in the nineteenth century.", THU, "the nineteenth century", "DATE", "18", None, "1800-01-01", "1899-12-31", "absolute"),
    ("Canals spread in the last quarter of the eighteenth century.", THU, "the last quarter of the eighteenth century", "DATE", "17", "END", "1775-01-01", "1799-12-31", "absolute"),
    ("The club was relegated in '03.", THU, "'03", "DATE", "2003", None, "2003-01-01", "2003-12-31", "absolute"),
    ("The band last played on New Year's Eve ’98.", THU, "New Year's Eve ’98", "DATE", "1998-12-31", None, "1998-12-31", "1998-12-31", "absolute"),
    ("Prices peaked in early 2008.", THU, "early 2008", "DATE", "2008", "START", "2008-01-01", "2008-04-30", "absolute"),
    ("Sales fell in the second quarter of 2019.", THU, "the second quarter of 2019", "DATE", "2019-Q2", None, "2019-04-01", "2019-06-30", "absolute"),
    # partial dates: the tense picks the year
    ("The museum reopened on Dec. 2.", THU, "Dec. 2", "DATE", "2023-12-02", None, "2023-12-02", "2023-12-02", "reference"),
    ("The museum will reopen on Feb. 2.", THU, "Feb. 2", "DATE", "2025-02-02", None, "2025-02-02", "2025-02-02", "reference"),
    ("The museum reopened on Feb. 2.", THU, "Feb. 2", "DATE", "2024-02-02", None, "2024-02-02", "2024-02-02", "reference"),
    ("Snow is expected in January.", THU, "January", "DATE", "2025-01", None, "2025-01-01", "2025-01-31", "reference"),
    ("The accord was reached on 9/12.", THU, "9/12", "DATE", "2024-09-12", None, "2024-09-12", "2024-09-12", "reference"),
    # weekdays, news rule
    ("The mayor resigned on Tuesday.", THU, "Tuesday", "DATE", "2024-10-29", None, "2024-10-29", "2024-10-29", "reference"),
    ("The board will vote on Tuesday.", THU, "Tuesday", "DATE", "2024-11-05", None, "2024-11-05", "2024-11-05", "reference"),
    ("Officials confirmed the figures Thursday.", THU, "Thursday", "DATE", "2024-10-31", None, "2024-10-31", "2024-10-31", "reference"),
    ("Fans queued overnight for next Saturday.", THU, "next Saturday", "DATE", "2024-11-02", None, "2024-11-02", "2024-11-02", "reference"),
    ("Crews were called out last Thursday.", THU, "last Thursday", "DATE", "2024-10-24", None, "2024-10-24", "2024-10-24", "reference"),
    ("Sunday's rally drew thousands.", THU, "Sunday", "DATE", "2024-10-27", None, "2024-10-27", "2024-10-27", "reference"),
    # deictic
    ("The verdict came yesterday.", THU, "yesterday", "DATE", "2024-10-30", None, "2024-10-30", "2024-10-30", "reference"),
    ("Results are due tomorrow.", THU, "tomorrow", "DATE", "2024-11-01", None, "2024-11-01", "2024-11-01", "reference"),
    ("The strike began last week.", THU, "last week", "DATE", "2024-W43", None, "2024-10-21", "2024-10-27", "reference"),
    ("The market is closed this weekend.", THU, "this weekend", "DATE", "2024-W44-WE", None, "2024-11-02", "2024-11-03", "reference"),
    ("Inflation eased last month.", THU, "last month", "DATE", "2024-09", None, "2024-09-01", "2024-09-30", "reference"),
    ("The law takes effect next year.", THU, "next year", "DATE", "2025", None, "2025-01-01", "2025-12-31", "reference"),
    ("Heating bills will climb this winter.", THU, "this winter", "DATE", "2024-WI", None, "2024-12-01", "2025-02-28", "reference"),
    ("The fund was set up late last year.", THU, "late last year", "DATE", "2023", "END", "2023-09-01", "2023-12-31", "reference"),
    ("Two wells ran dry earlier this month.", THU, "earlier this month", "DATE", "2024-10", "START", "2024-10-01", "2024-10-30", "reference"),
    ("Results are due later this week.", date(2024, 11, 6), "later this week", "DATE", "2024-W45", "END", "2024-11-07", "2024-11-10", "reference"),
    ("Flights resumed this morning.", THU, "this morning", "TIME", "2024-10-31TMO", None, "2024-10-31", "2024-10-31", "reference"),
    # offsets
    ("The mine shut two decades ago.", THU, "two decades ago", "DATE", "200", None, "2000-01-01", "2009-12-31", "reference"),
    ("The mine shut more than two decades ago.", THU, "more than two decades ago", "DATE", "200", "BEFORE", "2000-01-01", "2009-12-31", "reference"),
    ("The quarrel began a couple weeks ago.", THU, "a couple weeks ago", "DATE", "2024-W42", "APPROX", "2024-10-14", "2024-10-20", "reference"),
    ("The well was dug 5 years ago.", THU, "5 years ago", "DATE", "2019", None, "2019-01-01", "2019-12-31", "reference"),
    # anaphora: the previous narrative date, else the reference
    ("The levee broke on June 3, 2021; two days later the town was empty.", THU, "two days later", "DATE", "2021-06-05", None, "2021-06-05", "2021-06-05", "previous"),
    ("The fort fell in 1864. That year, the harvest failed.", THU, "That year", "DATE", "1864", None, "1864-01-01", "1864-12-31", "previous"),
    ("The ship docked on May 9, 2020. The day before, it had lost a mast.", THU, "The day before", "DATE", "2020-05-08", None, "2020-05-08", "2020-05-08", "previous"),
    ("The talks opened on April 7, 2022, and the following week they collapsed.", THU, "the following week", "DATE", "2022-W15", None, "2022-04-11", "2022-04-17", "previous"),
    ("A day earlier, the border had been closed.", THU, "A day earlier", "DATE", "2024-10-30", None, "2024-10-30", "2024-10-30", "reference"),
    # durations and sets
    ("The blockade lasted for nine days.", THU, "nine days", "DURATION", "P9D", None, None, None, "none"),
    ("The tunnel took 2 1/2 years to dig.", THU, "2 1/2 years", "DURATION", "P2Y6M", None, None, None, "none"),
    ("The dynasty ruled for five centuries.", THU, "five centuries", "DURATION", "P5CE", None, None, None, "none"),
    ("The feud lasted several decades.", THU, "several decades", "DURATION", "PXDE", None, None, None, "none"),
    ("Wages stagnated over the last 4 years.", THU, "the last 4 years", "DURATION", "P4Y", None, "2020-10-31", "2024-10-31", "reference"),
    ("The siege took about three months.", THU, "about three months", "DURATION", "P3M", "APPROX", None, None, "none"),
    ("The census is held every ten years.", THU, "every ten years", "SET", "P10Y", None, None, None, "none"),
    ("The market opens every Sunday.", THU, "every Sunday", "SET", "XXXX-WXX-7", None, None, None, "none"),
    ("The paper is printed daily.", THU, "daily", "SET", "P1D", None, None, None, "none"),
    # times
    ("The polls close at 8 p.m.", THU, "8 p.m.", "TIME", "2024-10-31T20:00", None, "2024-10-31", "2024-10-31", "reference"),
    ("The rocket will launch Friday at 6:15 a.m. EDT.", THU, "6:15 a.m. EDT", "TIME", "2024-11-01T06:15", None, "2024-11-01", "2024-11-01", "previous"),
    ("The convoy arrived Tuesday evening.", THU, "Tuesday evening", "TIME", "2024-10-29TEV", None, "2024-10-29", "2024-10-29", "reference"),
    ("Fairs are held each June in the square.", THU, "each June", "SET", "XXXX-06", None, None, None, "none"),
    # words and holidays
    ("The dam was finished in the autumn of nineteen sixty-two.", THU, "the autumn of nineteen sixty-two", "DATE", "1962-FA", None, "1962-09-01", "1962-11-30", "absolute"),
    ("Turnout was high on Election Day 2020.", THU, "Election Day 2020", "DATE", "2020-11-03", None, "2020-11-03", "2020-11-03", "absolute"),
    ("Shops shut on Thanksgiving Day 2023.", THU, "Thanksgiving Day 2023", "DATE", "2023-11-23", None, "2023-11-23", "2023-11-23", "absolute"),
    # vague windows
    ("Water is scarce now.", THU, "now", "DATE", "PRESENT_REF", None, "2024-10-31", "2024-10-31", "reference"),
    ("Prices have jumped recently.", THU, "recently", "DATE", "PAST_REF", None, "2024-10-01", "2024-10-31", "reference"),
    ("A decision is expected soon.", THU, "soon", "DATE", "FUTURE_REF", None, "2024-11-01", "2024-11-30", "reference"),
    ("Talks stalled in recent months.", THU, "recent months", "DATE", "PAST_REF", None, "2024-05-02", "2024-10-31", "reference"),
    ("The island has been disputed for decades.", THU, "decades", "DURATION", "PXDE", None, "1994-10-31", "2024-10-31", "reference"),
    # phrases that are one expression (TIMEX3 extents)
    ("The hearing is set for the week of Nov. 11.", THU, "the week of Nov. 11", "DATE", "2024-W46", None, "2024-11-11", "2024-11-17", "reference"),
    ("The convoy will leave at 5 in the morning (0900 GMT) Friday.", THU, "5 in the morning", "TIME", "2024-11-01T05:00", None, "2024-11-01", "2024-11-01", "reference"),
    ("The ferry sank at 9:40 a.m. (0640 GMT) Tuesday.", THU, "9:40 a.m.", "TIME", "2024-10-29T09:40", None, "2024-10-29", "2024-10-29", "reference"),
    ("Guards heard shots at 11 at night.", THU, "11 at night", "TIME", "2024-10-31T23:00", None, "2024-10-31", "2024-10-31", "reference"),
    ("Profit rose in the third quarter. For the quarter a year ago, it was flat.", THU, "the quarter a year ago", "DATE", "2023-Q3", None, "2023-07-01", "2023-09-30", "previous"),
    ("Repairs will take two to three weeks.", THU, "two to three weeks", "DURATION", "P2W", None, None, None, "none"),
    # weekdays: reported future speech and deferrals point ahead (2024-10-31 is a Thursday)
    ("The board said it would vote Tuesday on the merger.", THU, "Tuesday", "DATE", "2024-11-05", None, "2024-11-05", "2024-11-05", "reference"),
    ("The judge adjourned the trial until Monday.", THU, "Monday", "DATE", "2024-11-04", None, "2024-11-04", "2024-11-04", "reference"),
    ("The strike lasted until Monday.", THU, "Monday", "DATE", "2024-10-28", None, "2024-10-28", "2024-10-28", "reference"),
    ("The flea market opens on Sundays.", THU, "Sundays", "SET", "XXXX-WXX-7", None, None, None, "none"),
    ("Ferries sail on Friday nights.", THU, "Friday nights", "SET", "XXXX-WXX-5TNI", None, None, None, "none"),
    # a wire-service dateline is a date of its own, resolved near the reference
    ("PARIS, Oct. 30 (Xinhua) -- Ministers met on Wednesday.", THU, "Oct. 30", "DATE", "2024-10-30", None, "2024-10-30", "2024-10-30", "reference"),
    ("Hiring slowed over the past two to three years.", THU, "the past two to three years", "DURATION", "P2Y", None, "2021-10-31", "2024-10-31", "reference"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:45] for c in CASES])
def test_resolution(case: tuple) -> None:
    """The expression resolves to the hand-computed value, interval, mod and anchor."""
    sentence, ref, extent, type_, value, mod, earliest, latest, anchor = case
    found = [t for t in find_timexes(sentence, ref) if t.text == extent]
    assert found, [(t.text, t.value) for t in find_timexes(sentence, ref)]
    t = found[0]
    got = (t.type, t.value, t.mod, t.earliest, t.latest, t.anchor)
    want = (type_, value, mod, D(earliest) if earliest else None, D(latest) if latest else None, anchor)
    assert got == want


UNKNOWN_REFERENCE = [
    ("The talks resumed on Oct. 7.", "Oct. 7", "XXXX-10-07"),
    ("The board meets on Monday.", "Monday", "XXXX-WXX-1"),
    ("Snow fell yesterday.", "yesterday", "XXXX-XX-XX"),
    ("It will be cold this winter.", "this winter", "XXXX-WI"),
    ("The shop opened in 2003.", "2003", "2003"),
]


@pytest.mark.parametrize("sentence,extent,value", UNKNOWN_REFERENCE)
def test_unknown_reference_keeps_placeholders(sentence: str, extent: str, value: str) -> None:
    """Without a reference date, relative values keep X placeholders and get no interval; absolute ones resolve."""
    (t,) = find_timexes(sentence, None)
    assert (t.text, t.value) == (extent, value)
    if "X" in value:
        assert (t.earliest, t.latest, t.anchor) == (None, None, "none")


def test_era_picks_the_century_of_two_digit_years() -> None:
    """With no reference, '05 reads as 1905 in a document from the 1910s and 2005 by default."""
    assert find_timexes("It burned down in '05.", None, era=1912)[0].value == "1905"
    assert find_timexes("It burned down in '05.", None)[0].value == "2005"


def test_anaphora_uses_the_latest_date_not_the_first() -> None:
    """'a day later' follows the most recent date in the narrative."""
    text = "The first flood came on Aug. 2, 2019. A second came on Aug. 20, 2019, and a third a day later."
    last = find_timexes(text, THU)[-1]
    assert (last.text, last.value, last.anchor) == ("a day later", "2019-08-21", "previous")


def test_helpers() -> None:
    """Calendar helpers: month arithmetic clamps, '97 expansion, Thanksgiving and Easter dates, narrowing."""
    assert add_months(D("2024-01-31"), 1) == D("2024-02-29")
    assert two_digit_year(97, 2024) == 1997
    assert two_digit_year(30, 2024) == 2030
    assert movable("thanksgiving", 2024) == D("2024-11-28")
    assert movable("easter", 2025) == D("2025-04-20")
    assert narrow(D("2024-01-01"), D("2024-12-31"), "MID", 3) == (D("2024-05-01"), D("2024-08-31"))


def test_output_is_sorted_and_non_overlapping() -> None:
    """Many expressions in one text come back in order, without overlaps, with valid offsets."""
    text = "On Monday, Oct. 28, talks began; by Friday they had stalled, and next week a new round opens at 9 a.m."
    found = find_timexes(text, THU)
    assert [t.text for t in found] == ["Monday, Oct. 28", "Friday", "next week", "9 a.m."]
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    assert all(text[t.start:t.end] == t.text for t in found)


def test_second_day_of_a_pair() -> None:
    """'May 2 and 3' yields two dates; a count after 'and' ('and 25 people') does not."""
    found = find_timexes("The fair runs on May 2 and 3, 2025.", THU)
    assert [(t.text, t.value) for t in found] == [("May 2", "2025-05-02"), ("3, 2025", "2025-05-03")]
    found = find_timexes("On June 3 and 25 people were hurt.", THU)
    assert [t.text for t in found] == ["June 3"]


def test_comparison_keeps_the_reported_quarter() -> None:
    """'a year earlier' after a reported quarter is that quarter a year before, and does not chain."""
    text = "Profit rose in the third quarter from a year earlier. Sales also beat the level of a year ago."
    found = find_timexes(text, THU)
    assert [(t.text, t.value) for t in found] == [
        ("the third quarter", "2024-Q3"), ("a year earlier", "2023-Q3"), ("a year ago", "2023-Q3")]


def test_deadline_weekday_is_the_nearest() -> None:
    """'until Tuesday' is a deadline: the nearest Tuesday even in a past-tense sentence."""
    monday = date(2024, 10, 28)
    (t,) = find_timexes("The agency extended the deadline until Tuesday.", monday)
    assert (t.text, t.value) == ("Tuesday", "2024-10-29")


def test_abbreviation_periods_do_not_end_the_sentence() -> None:
    """The tense cue after 'Aug. 7' is still in the same sentence, so the date stays in the past."""
    text = "Donors would send aid to the towns where the Aug. 7 floods destroyed homes."
    (t,) = find_timexes(text, date(2024, 8, 18))
    assert t.value == "2024-08-07"


def test_passive_future_is_not_past() -> None:
    """'will be announced' is future although 'announced' ends in -ed."""
    (t,) = find_timexes("The winners will be announced Monday.", THU)
    assert t.value == "2024-11-04"


def test_closing_attribution_does_not_set_the_tense() -> None:
    """'..., an aide said.' tells when the words were said; the future verb of the clause decides."""
    tuesday = date(2024, 10, 29)
    (t,) = find_timexes("Ministers will gather in the capital for a final round of talks on Thursday, an aide said.", tuesday)
    assert (t.text, t.value) == ("Thursday", "2024-10-31")


def test_attribution_alone_still_gives_the_past() -> None:
    """With no other cue in the sentence, the reporting verb is the only evidence: the past weekday."""
    tuesday = date(2024, 10, 29)
    (t,) = find_timexes("Turnout on Thursday was low, an aide said.", tuesday)
    assert t.value == "2024-10-24"


def test_has_scheduled_points_ahead() -> None:
    """'has scheduled a hearing for Friday' is a plan: the coming Friday, not the last one."""
    wednesday = date(2024, 10, 30)
    (t,) = find_timexes("The court has scheduled a hearing for Friday.", wednesday)
    assert t.value == "2024-11-01"


def test_distant_past_verb_introducing_a_near_event() -> None:
    """A past verb far from the date that introduces an event a month ahead: the coming date, not 11 months back."""
    ref = date(2025, 2, 10)
    text = "The mayor invited residents last week to the opening of the new riverside library on March 12."
    found = [t for t in find_timexes(text, ref) if t.text == "March 12"]
    assert [t.value for t in found] == ["2025-03-12"]


def test_near_past_verb_keeps_the_past_date() -> None:
    """A past verb right next to the date keeps the past reading even when the date is near ahead."""
    (t,) = find_timexes("The old bridge collapsed on March 12.", date(2025, 2, 10))
    assert t.value == "2024-03-12"


def test_as_soon_as_is_not_a_date() -> None:
    """'as soon as' is a conjunction: no FUTURE_REF for it, while the weekday after it is still found."""
    found = find_timexes("The team could travel as soon as Friday.", THU)
    assert [t.text for t in found] == ["Friday"]


def test_decision_about_a_future_event_looks_ahead() -> None:
    """'has decided to admit them in early March', written in February: the coming March, not last year's."""
    ref = date(2025, 2, 14)
    (t,) = find_timexes("The academy has decided to admit the new cadets in early March.", ref)
    assert (t.text, t.value, t.mod) == ("early March", "2025-03", "START")
    (t,) = find_timexes("The two clubs agreed to replay the match on Saturday.", THU)
    assert t.value == "2024-11-02"


def test_decision_after_the_date_stays_past() -> None:
    """'In early March the council voted to ...': the date tells when the vote was, so the past March."""
    ref = date(2025, 2, 14)
    (t,) = find_timexes("In early March the council voted to close the pool.", ref)
    assert t.value == "2024-03"


def test_year_ago_period_ignores_a_forecast_quarter() -> None:
    """'the year-ago period' compares the reported quarter, not a forecast quarter mentioned just before it.

    Written 2024-10-24: the reported quarter is 2024-Q3, so the year-ago period is 2023-Q3."""
    ref = date(2024, 10, 24)
    text = ("Analysts expect the miners to stay unprofitable through the second quarter of 2025. "
            "In the year-ago period, Ridgeway Mining earned $4 million.")
    found = {t.text: t.value for t in find_timexes(text, ref)}
    assert found["the second quarter of 2025"] == "2025-Q2"
    assert found["the year-ago period"] == "2023-Q3"


def test_year_ago_quarter_follows_the_reported_quarter() -> None:
    """After 'its second-quarter profit', 'the year-ago quarter' is that quarter one year back."""
    text = "Ridgeway said its second-quarter profit doubled from the year-ago quarter."
    found = {t.text: t.value for t in find_timexes(text, date(2024, 8, 2))}
    assert found["the year-ago quarter"] == "2023-Q2"


def test_this_quarters_results_after_a_report_is_the_reported_quarter() -> None:
    """Written 2024-11-04, after results for the three months through September, "This quarter's loss" is 2024-Q3;
    a future "this quarter" in the same setting stays the quarter in progress, 2024-Q4."""
    ref = date(2024, 11, 4)
    text = ("Ridgeway posted a loss in the third quarter, which ran to the end of September. "
            "This quarter's loss includes a charge.")
    found = {t.text: t.value for t in find_timexes(text, ref)}
    assert found["This quarter"] == "2024-Q3"
    text = "Ridgeway reported a loss for the third quarter. This quarter, it will open two mines."
    found = {t.text: t.value for t in find_timexes(text, ref)}
    assert found["This quarter"] == "2024-Q4"


def test_that_quarter_is_the_quarter_not_its_closing_day() -> None:
    """'that quarter' after 'the second quarter ended Oct. 31' is that quarter, not the quarter holding Oct. 31."""
    text = "Ridgeway lost money in the second quarter ended Oct. 31. Results for that quarter included a write-down."
    found = {t.text: t.value for t in find_timexes(text, date(2024, 11, 20))}
    assert found["that quarter"] == "2024-Q2"


def test_year_ago_adjective_after_a_quarter_and_its_closing_day() -> None:
    """'for the quarter ended Sept. 30 ... The year-ago results': the same quarter one year back (2023-Q3)."""
    text = "Ridgeway lost $9 million for the quarter ended Sept. 30. The year-ago results were restated."
    found = {t.text: t.value for t in find_timexes(text, date(2024, 11, 4))}
    assert found["year-ago"] == "2023-Q3"


MONTH_OF_DEICTIC_YEAR = [
    # Written 2024-10-31: "last year" is 2023 whatever the month, "next year" 2025.
    ("Rents rose sharply in June last year.", "June last year", "2023-06", "2023-06-01", "2023-06-30"),
    ("The plant opens in February of next year.", "February of next year", "2025-02", "2025-02-01", "2025-02-28"),
    ("On March 3 last year, the ferry sank.", "March 3 last year", "2023-03-03", "2023-03-03", "2023-03-03"),
    ("Talks resumed in December this year.", "December this year", "2024-12", "2024-12-01", "2024-12-31"),
]


@pytest.mark.parametrize("text,extent,value,earliest,latest", MONTH_OF_DEICTIC_YEAR,
                         ids=[c[1] for c in MONTH_OF_DEICTIC_YEAR])
def test_month_with_deictic_year_is_one_expression(text: str, extent: str, value: str, earliest: str,
                                                   latest: str) -> None:
    """'June last year' is one TIMEX3 whose year comes from the year phrase, not from the tense
    (a past 'June' alone would be June 2024); no separate 'last year' is produced."""
    (t,) = find_timexes(text, THU)
    assert (t.text, t.value, t.earliest, t.latest, t.anchor) == (extent, value, D(earliest), D(latest), "reference")


def test_month_then_comma_and_year_phrase_stay_apart() -> None:
    """'In March, this year looked better': the comma ends the date, so 'this year' is its own expression."""
    found = [t.text for t in find_timexes("In March, this year looked better.", THU)]
    assert found == ["March", "this year"]


def test_that_same_day_is_one_anaphor() -> None:
    """'that same day' keeps its determiner inside the extent and takes the previous date."""
    found = find_timexes("The dam failed on May 4. The town was evacuated that same day.", THU)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("May 4", "2024-05-04", "reference"), ("that same day", "2024-05-04", "previous")]


OR_SO = [
    ("Then, a week or so ago, the chief resigned.", "a week or so ago", "DATE", "2024-W43"),
    ("The mill will close over the next year or so.", "the next year or so", "DATE", "2025"),
    ("Across the next three years or so, rents may climb.", "the next three years or so", "DURATION", "P3Y"),
]


@pytest.mark.parametrize("text,extent,type_,value", OR_SO, ids=[c[1] for c in OR_SO])
def test_or_so_is_inside_the_extent_and_approximate(text: str, extent: str, type_: str, value: str) -> None:
    """'or so' after the unit belongs to the expression, like 'about' before it, and sets mod APPROX."""
    (t,) = find_timexes(text, THU)
    assert (t.text, t.type, t.value, t.mod) == (extent, type_, value, "APPROX")


def test_or_so_they_say_is_not_an_approximation() -> None:
    """'this year or so they say': 'or so' introduces a hedge on the claim, so it stays outside."""
    (t,) = find_timexes("Fares will rise this year or so they say.", THU)
    assert (t.text, t.mod) == ("this year", None)


LAST_NEXT_HOLIDAY = [
    # Written Thursday 2024-10-31: Thanksgiving 2023 fell on Nov. 23; Christmas 2024 is still ahead.
    ("The ferry sank last Thanksgiving.", "last Thanksgiving", "2023-11-23"),
    ("The shop reopens next Christmas.", "next Christmas", "2024-12-25"),
    ("The shop closed last Christmas.", "last Christmas", "2023-12-25"),
]


@pytest.mark.parametrize("text,extent,value", LAST_NEXT_HOLIDAY, ids=[c[1] for c in LAST_NEXT_HOLIDAY])
def test_last_and_next_holiday(text: str, extent: str, value: str) -> None:
    """'last'/'next' before a holiday are inside the extent and pick the occurrence before/after the reference."""
    (t,) = find_timexes(text, THU)
    assert (t.text, t.value, t.anchor) == (extent, value, "reference")


RATES = [
    ("The airline adds four flights a week.", "a week", "SET", "P1W"),
    ("Reporters did dozens of interviews a day.", "a day", "SET", "P1D"),
    ("The process takes a week.", "a week", "DURATION", "P1W"),
    ("He has lived in Paris a year.", "a year", "DURATION", "P1Y"),
]


@pytest.mark.parametrize("text,extent,type_,value", RATES, ids=[c[0][:30] for c in RATES])
def test_counted_things_per_period_is_a_set(text: str, extent: str, type_: str, value: str) -> None:
    """'four flights a week' is a rate, a SET of weeks; without a counted noun before it ('takes a week',
    'in Paris a year') 'a week' stays a DURATION."""
    (t,) = find_timexes(text, THU)
    assert (t.text, t.type, t.value) == (extent, type_, value)


def test_part_of_day_before_yesterday_is_one_time() -> None:
    """'mid-afternoon yesterday' names the part of day first; it is one TIME on the day before the reference."""
    (t,) = find_timexes("Shares rose at mid-afternoon yesterday.", THU)
    assert (t.text, t.type, t.value, t.mod) == ("mid-afternoon yesterday", "TIME", "2024-10-30TAF", "MID")


def test_clock_time_opening_a_line_is_dated_by_the_page_not_the_narrative():
    """A live blog's clock headings are entries of the page's day: a past weekday in the entry above ("last
    Friday") does not carry over to the next heading, while a clock time inside the sentence after it does."""
    text = ("Count-down\n\n9:05 a.m. ET\nEngineers are fuelling. The first try was called off last Friday at 11 a.m.\n\n"
            "9:40 a.m. ET\nThe pad is clear.\n")
    got = {(t.text, t.value, t.anchor) for t in find_timexes(text, date(2025, 3, 4))}
    assert ("9:40 a.m. ET", "2025-03-04T09:40", "reference") in got
    assert ("11 a.m.", "2025-02-28T11:00", "previous") in got

@pytest.mark.parametrize("text, ref, extent, value", [
    ("Fighting raged from March to May.", THU, "May", "2024-05"),
    ("The show will run from Friday until Tuesday.", THU, "Tuesday", "2024-11-05"),
    ("Offices close between Dec. 24 and Jan. 2.", THU, "Jan. 2", "2025-01-02"),
    ("The plant ran Monday-Friday.", date(2024, 11, 6), "Monday", "2024-10-28"),
    ("The plant ran Monday-Friday.", date(2024, 11, 6), "Friday", "2024-11-01"),
    ("The vote was moved from Tuesday to Monday.", THU, "Monday", "2024-10-28"),
    ("Shares rose from Sept. 14 to Thursday.", THU, "Thursday", "2024-10-31"),
    ("Revisions on Friday to December's figures were small.", date(2025, 3, 10), "December", "2024-12"),
    ("He worked there from May to December 2019.", THU, "May", "2019-05"),
])
def test_range_end_follows_its_start(text: str, ref: date, extent: str, value: str) -> None:
    """The end of a range is the first such date on or after its start; a weekday already after the start, a
    rescheduling and a possessive keep their own reading; a start with no year takes the end's."""
    found = {t.text: t.value for t in find_timexes(text, ref)}
    assert found[extent] == value, found


def test_duration_to_a_date_ends_on_it() -> None:
    """'the three months to June 30' keeps two timexes (TimeML) and the duration's window ends on the date."""
    found = find_timexes("Profit rose in the three months to June 30.", THU)
    assert [(t.text, t.type, t.value) for t in found] == [("the three months", "DURATION", "P3M"),
                                                          ("June 30", "DATE", "2024-06-30")]
    assert (found[0].earliest, found[0].latest) == (date(2024, 4, 1), date(2024, 6, 30))


def test_count_from_a_named_day_without_reference() -> None:
    """'three days after July 4, 2023' needs no reference; 'the day after Christmas' without one is unresolved."""
    assert find_timexes("It began three days after July 4, 2023.", None)[0].value == "2023-07-07"
    t = find_timexes("It began the day after Christmas.", None)[0]
    assert (t.text, t.value, t.earliest, t.anchor) == ("the day after Christmas", "XXXX-XX-XX", None, "none")


@pytest.mark.parametrize(("n", "cur", "tense_", "expected"), [
    (1, 4, "future", 2026),  # "will review it in the first quarter", said in November: next year's
    (3, 4, "future", 2025),  # the quarter just ended, its results still to come
    (3, 2, "past", 2024),    # not yet begun, spoken of in the past: last year's
    (2, 4, None, 2025),      # no tense: this year's
])
def test_quarter_year_by_tense(n, cur, tense_, expected):
    """A quarter without a year: past pulls a later quarter back a year; future pushes one two or more back ahead."""
    from timeline.resolve import quarter_year

    assert quarter_year(2025, n, cur, tense_) == expected


def test_this_winter_follows_the_winter_the_reference_is_near():
    """Winter spans the new year: in January it is the winter begun in December; in March the one just ended;
    in October the coming one."""
    for ref, value in ((date(2025, 1, 20), "2024-WI"), (date(2025, 3, 12), "2024-WI"), (date(2025, 10, 1), "2025-WI")):
        (t,) = [t for t in find_timexes("Heating costs this winter are a worry.", ref) if t.text == "this winter"]
        assert t.value == value, ref


@pytest.mark.parametrize("text, extent, value, anchor", [
    # The date after "on" dates the time, which stays a timex of its own.
    ("Crews began work at 7:30 a.m. on Oct. 2.", "7:30 a.m.", "2024-10-02T07:30", "reference"),
    # The last day named in the sentence or the one before; a later month or year ends that scene.
    ("The ship docked on Oct. 9. Cranes started at 6 a.m.", "6 a.m.", "2024-10-09T06:00", "previous"),
    ("The ship docked on Oct. 9. In March, cranes started at 6 a.m.", "6 a.m.", "2024-10-31T06:00", "reference"),
    # A reporting day is skipped for the events reported, but a time right after it is of that day.
    ("The mill burned on Oct. 20. Firefighters said late Tuesday the roof fell at 4 a.m.", "4 a.m.",
     "2024-10-20T04:00", "previous"),
    ("The results were released on Oct. 20 at 9 a.m.", "9 a.m.", "2024-10-20T09:00", "previous"),
    # Times chain: a second time takes the first one's day.
    ("The pipe burst on Oct. 3 at 1 a.m. Repairs ended at 5 p.m.", "5 p.m.", "2024-10-03T17:00", "previous"),
    # Generic: a recurrence after the time, or a habit word before it with no past verb between.
    ("The ferry sails at 8:15 a.m. daily.", "8:15 a.m.", "XXXX-XX-XXT08:15", "none"),
    ("The pool normally shuts at 9 p.m.", "9 p.m.", "XXXX-XX-XXT21:00", "none"),
    ("Wardens who check the park every evening spotted the fire at 9 p.m.", "9 p.m.", "2024-10-31T21:00", "reference"),
    # The sun's times take the day like a clock time.
    ("The village was shelled on Oct. 28. Troops withdrew at nightfall.", "nightfall", "2024-10-28TEV", "previous"),
])
def test_clock_time_day(text: str, extent: str, value: str, anchor: str) -> None:
    """Which day a clock time (or dawn, dusk) without its own date takes, and when it takes none."""
    found = [t for t in find_timexes(text, THU) if t.text == extent]
    assert [(t.value, t.anchor) for t in found] == [(value, anchor)]


@pytest.mark.parametrize("name, year, expected", [
    ("black friday", 2023, date(2023, 11, 24)),  # Thanksgiving 2023 was Nov. 23
    ("black friday", 2024, date(2024, 11, 29)),  # Thanksgiving 2024 was Nov. 28, the latest it can fall
    ("cyber monday", 2024, date(2024, 12, 2)),
    ("cyber monday", 2018, date(2018, 11, 26)),  # Thanksgiving 2018 was Nov. 22, the earliest it can fall
    ("lunar new year", 2024, date(2024, 2, 10)),
    ("chinese new year", 2020, date(2020, 1, 25)),
])
def test_shopping_days_and_lunar_new_year(name: str, year: int, expected: date) -> None:
    """The shopping days follow US Thanksgiving (the fourth Thursday of November); the Lunar New Year comes from
    a table (dates checked by hand against published calendars)."""
    assert movable(name, year) == expected


def test_lunar_new_year_outside_its_table_is_left_untagged() -> None:
    """Outside the table's years the Lunar New Year is not guessed: no timex rather than a wrong day."""
    assert find_timexes("Markets closed for the Lunar New Year.", date(1990, 1, 2)) == []


def test_numbered_week_without_reference_keeps_its_number() -> None:
    """'week 9' with no reference date is unresolved, but the week number stays in the value."""
    t = find_timexes("Flu cases peaked in week 9.", None)[0]
    assert (t.text, t.value, t.earliest, t.anchor) == ("week 9", "XXXX-W09", None, "none")


def test_week_53_only_where_the_year_has_one() -> None:
    """ISO week 53 exists in 2020 (Dec. 28 .. Jan. 3) but not in 2021: the nearest year that has one is taken."""
    t = find_timexes("Deaths peaked in week 53, the bulletin said.", date(2021, 2, 10))[0]
    assert (t.value, t.earliest, t.latest) == ("2020-W53", date(2020, 12, 28), date(2021, 1, 3))


@pytest.mark.parametrize("text, ref, extent, mod", [
    ("The levy applies until at least 2030.", THU, "at least 2030", "ON_OR_AFTER"),
    ("Claims must be filed no later than Dec. 15.", THU, "no later than Dec. 15", "ON_OR_BEFORE"),
    ("Vans registered in 2019 or earlier must be retested.", THU, "2019 or earlier", "ON_OR_BEFORE"),
    ("Output should grow in 2026 and beyond.", THU, "2026 and beyond", "ON_OR_AFTER"),
])
def test_open_bound_dates_take_their_words_in(text: str, ref: date, extent: str, mod: str) -> None:
    """'at least', 'no later than', 'or earlier', 'and beyond' make a date one bound of an open span: inside the
    extent, with mod ON_OR_AFTER / ON_OR_BEFORE (TimeML)."""
    found = {t.text: t.mod for t in find_timexes(text, ref)}
    assert found.get(extent) == mod, found


def test_a_listing_under_a_dated_day_keeps_its_year() -> None:
    """Dates opening their lines below 'opens ... on Friday 22 September' (read in February) follow it in date order:
    2023, not the nearer 2022 each would take alone."""
    text = "The tour opens in Oslo on Friday 22 September.\n22 Sept - Oslo\n27 Sept - Bergen\n4 Nov - Tromso\n"
    values = [t.value for t in find_timexes(text, date(2023, 2, 14))]
    assert values == ["2023-09-22", "2023-09-22", "2023-09-27", "2023-11-04"]


def test_a_dateless_line_without_a_day_above_keeps_the_nearest_year() -> None:
    """With no dated day above it, a listed date is read as before: the occurrence nearest the reference."""
    values = [t.value for t in find_timexes("Fixtures\n27 Sept - Bergen\n", date(2023, 2, 14))]
    assert values == ["2022-09-27"]

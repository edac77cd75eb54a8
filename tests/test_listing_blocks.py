"""Multi-line hand cases: weekdays under a listing's dated heading, and clock times far from their day."""

from __future__ import annotations

from datetime import date

from timeline import find_timexes

WED = date(2025, 3, 12)  # a Wednesday
THU = date(2025, 3, 13)

LISTING = (
    "Things to do\n"
    "\n"
    "Saturday, March 15\n"
    "The farmers market opens at 8 a.m. The choir sings Sunday afternoon.\n"
    "\n"
    "Friday, March 21\n"
    "A jazz trio plays Friday at 7 p.m., and the gallery stays open through the weekend.\n"
    "\n"
    "Separately, the library will hold a book sale on Saturday.\n"
)


def _values(text: str, reference: date) -> dict[str, list[tuple[str, str]]]:
    """Each extent's (value, anchor) pairs, in text order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for t in find_timexes(text, reference):
        out.setdefault(t.text, []).append((t.value, t.anchor))
    return out


def test_weekday_under_a_dated_heading_is_read_around_the_heading():
    """'Sunday afternoon' under 'Saturday, March 15' is the next day, not the Sunday before the page; 'Friday' under
    'Friday, March 21' is that Friday, its 7 p.m. too, and 'through the weekend' is the weekend after it."""
    got = _values(LISTING, WED)
    assert got["Sunday afternoon"] == [("2025-03-16TAF", "previous")]
    assert got["Friday"] == [("2025-03-21", "previous")]
    assert got["7 p.m."] == [("2025-03-21T19:00", "previous")]
    assert got["the weekend"] == [("2025-W12-WE", "previous")]


def test_paragraph_outside_the_headed_block_reads_weekdays_from_the_reference():
    """After a blank line, a paragraph with no heading of its own is not dated by the last heading: 'will hold ...
    on Saturday' is the coming Saturday from the Wednesday reference, not the one after March 21."""
    assert _values(LISTING, WED)["Saturday"] == [("2025-03-15", "reference")]


def test_heading_standing_alone_above_its_paragraph_dates_it():
    """A heading line followed by a blank line still dates the paragraph under it: 'Saturday' is March 22 (a
    Saturday), and 'over the weekend' is that weekend."""
    text = "Weekend events\n\nMarch 22\n\nThe parade starts on Saturday at 10 a.m. and fireworks follow over the weekend.\n"
    got = _values(text, WED)
    assert got["Saturday"] == [("2025-03-22", "previous")]
    assert got["the weekend"] == [("2025-W12-WE", "previous")]


def test_date_inside_a_sentence_is_no_heading():
    """A line that holds a sentence, not only a date, dates nothing below it: 'will vote again on Friday' is the
    coming Friday from the reference (March 14), not the Friday after March 3."""
    text = "The council met on March 3, 2025.\nIt will vote again on Friday.\n"
    assert _values(text, WED)["Friday"] == [("2025-03-14", "reference")]


def test_clock_time_in_a_paragraph_narrating_a_past_day_takes_that_day():
    """Three sentences after 'on March 8', with no other date between, a past 'at 6 p.m.' in the same paragraph is
    on March 8."""
    text = ("The hikers left the lodge on March 8. They crossed the ridge in thick snow. Then the weather turned. "
            "Fog rolled in from the valley. They reached the hut at 6 p.m., exhausted.")
    assert _values(text, THU)["6 p.m."] == [("2025-03-08T18:00", "previous")]


def test_clock_time_in_another_paragraph_falls_back_to_the_reference():
    """A new paragraph is no narrative of the day named in the one before: its 9 a.m. is the reference day's."""
    text = ("The hikers left the lodge on March 8. They reached the hut safely.\n\n"
            "Rescue teams held a briefing at 9 a.m. to review recent accidents.")
    assert _values(text, THU)["9 a.m."] == [("2025-03-13T09:00", "reference")]


def test_planned_clock_time_far_from_a_past_day_falls_back_to_the_reference():
    """A future 'will be announced at 11 a.m.' three sentences after 'on March 3' is not on March 3."""
    text = "Voting began on March 3. Turnout was low. Officials counted ballots. The results will be announced at 11 a.m."
    assert _values(text, THU)["11 a.m."] == [("2025-03-13T11:00", "reference")]


def test_clock_time_far_from_a_reporting_day_falls_back_to_the_reference():
    """The only day before is the day of a statement ('said on Tuesday'), which dates the saying, not the events
    told after it: '4 a.m.' two sentences later is the reference day's."""
    text = ("Engineers found cracks in the dam, the ministry said on Tuesday. Water levels rose. "
            "The gates were opened at 4 a.m.")
    assert _values(text, THU)["4 a.m."] == [("2025-03-13T04:00", "reference")]

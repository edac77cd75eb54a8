"""Multi-line hand cases: clock times on a listing's lines take the day of the heading over their block."""

from __future__ import annotations

from datetime import date

from timeline import find_timexes

THU = date(2022, 3, 3)  # a Thursday

LISTING = (
    "What's on this weekend\n"
    "\n"
    "Sat 5 Mar\n"
    "Farmers' market, Corn Street, 8am to 1pm. Free.\n"
    "Pottery taster, Arts Centre, 10am and 2pm.\n"
    "\n"
    "Sun 6 Mar\n"
    "Documentary night: a 1970s classic, 7.30pm.\n"
    "\n"
    "The leisure centre pool reopens after repairs. Lanes are open until 9pm.\n"
)


def _values(text: str, reference: date) -> dict[str, list[str]]:
    """Each extent's values, in text order."""
    out: dict[str, list[str]] = {}
    for t in find_timexes(text, reference):
        out.setdefault(t.text, []).append(t.value)
    return out


def test_clock_on_a_later_line_of_a_block_takes_its_heading_day():
    """'10am and 2pm' on the second line under 'Sat 5 Mar' are that Saturday's, not the Thursday of the page: the
    sentence before ('Free.') names no day, so only the heading dates the line."""
    got = _values(LISTING, THU)
    assert got["10am"] == ["2022-03-05T10:00"]
    assert got["2pm"] == ["2022-03-05T14:00"]


def test_clock_after_a_decade_in_its_line_takes_its_heading_day():
    """'a 1970s classic, 7.30pm' under 'Sun 6 Mar': the decade between the heading and the time does not cut the
    time from its block's day."""
    assert _values(LISTING, THU)["7.30pm"] == ["2022-03-06T19:30"]


def test_clock_in_a_paragraph_without_heading_stays_on_the_reference_day():
    """After a blank line, a paragraph with no heading of its own is not dated by the last block: '9pm' is the
    page's day."""
    assert _values(LISTING, THU)["9pm"] == ["2022-03-03T21:00"]

"""The vague-window table: every documented phrase resolves to its documented window."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import windows
from timeline.extract import find_timexes

REF = date(2024, 10, 31)

# (sentence, extent, value, earliest, latest): windows worked out by hand from the table.
WINDOW_CASES = [
    ("Nobody lives there currently.", "currently", "PRESENT_REF", date(2024, 10, 31), date(2024, 10, 31)),
    ("The plant is idle at present.", "at present", "PRESENT_REF", date(2024, 10, 31), date(2024, 10, 31)),
    ("Rates have crept up lately.", "lately", "PAST_REF", date(2024, 10, 1), date(2024, 10, 31)),
    ("Looting spread in recent days.", "recent days", "PAST_REF", date(2024, 10, 24), date(2024, 10, 31)),
    ("Tension grew in recent weeks.", "recent weeks", "PAST_REF", date(2024, 10, 3), date(2024, 10, 31)),
    ("Exports slumped in recent years.", "recent years", "PAST_REF", date(2019, 10, 31), date(2024, 10, 31)),
    ("A ruling is due shortly.", "shortly", "FUTURE_REF", date(2024, 11, 1), date(2024, 11, 30)),
    ("Rain will spread in the coming days.", "the coming days", "FUTURE_REF", date(2024, 11, 1), date(2024, 11, 7)),
    ("Layoffs are likely in the coming weeks.", "the coming weeks", "FUTURE_REF", date(2024, 11, 1), date(2024, 11, 28)),
    ("Prices may ease in the coming months.", "the coming months", "FUTURE_REF", date(2024, 11, 1), date(2025, 5, 1)),
    ("A deal could come within weeks.", "weeks", "FUTURE_REF", date(2024, 11, 1), date(2024, 11, 28)),
    ("The launch is only days away.", "only days away", "FUTURE_REF", date(2024, 11, 1), date(2024, 11, 7)),
]


@pytest.mark.parametrize("sentence,extent,value,earliest,latest", WINDOW_CASES, ids=[c[1] for c in WINDOW_CASES])
def test_window(sentence: str, extent: str, value: str, earliest: date, latest: date) -> None:
    """Each vague phrase gets its *_REF value and the window the table documents."""
    found = [t for t in find_timexes(sentence, REF) if t.text == extent]
    assert found, [(t.text, t.value) for t in find_timexes(sentence, REF)]
    t = found[0]
    assert (t.type, t.value, t.earliest, t.latest, t.anchor) == ("DATE", value, earliest, latest, "reference")


def test_no_reference_gives_no_window() -> None:
    """Without a reference date the value stays but the window is unknown."""
    (t,) = find_timexes("Help is coming soon.", None)
    assert (t.value, t.earliest, t.latest, t.anchor) == ("FUTURE_REF", None, None, "none")


def test_table_is_documented() -> None:
    """Every phrase in the table appears in the module docstring's table (the README copies it)."""
    doc = windows.__doc__ or ""
    for phrase in windows.WINDOWS:
        bare = phrase.replace("the ", "").replace("within ", "").replace(" away", "")
        assert bare.split()[-1] in doc, phrase


def test_windows_are_ordered() -> None:
    """Every window starts no later than it ends, and past windows end at the reference date."""
    for phrase, (_, value, ((a1, u1), (a2, u2))) in windows.WINDOWS.items():
        start = windows_offset(a1, u1)
        end = windows_offset(a2, u2)
        assert start <= end, phrase
        if value == "PAST_REF":
            assert end == REF, phrase


def windows_offset(amount: int, unit: str) -> date:
    from timeline.periods import offset_date

    return offset_date(REF, amount, unit)


def test_lookup_normalises() -> None:
    """Case, spacing and 'just'/'next few' variants map onto the table's keys."""
    assert windows.lookup("The  Coming Days") == windows.WINDOWS["the coming days"]
    assert windows.lookup("just days away") == windows.WINDOWS["days away"]
    assert windows.lookup("the next few weeks") == windows.WINDOWS["the coming weeks"]
    assert windows.lookup("days") == windows.WINDOWS["within days"]
    assert windows.lookup("sometime") is None

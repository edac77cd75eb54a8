"""The Diwali and Eid al-Fitr tables: plausible on their own, and equal to the `holidays` package where it is installed."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline import lexicon as lx


def test_tables_cover_2000_to_2035() -> None:
    """Both tables hold every year from 2000 to 2035, each a real calendar date."""
    for table in (lx.DIWALI, lx.EID_AL_FITR):
        assert sorted(table) == list(range(2000, 2036))
        for year, (month, day) in table.items():
            date(year, month, day)


def test_diwali_falls_in_october_or_november() -> None:
    """Diwali is the new moon of Kartika: always between mid-October and mid-November."""
    for year, (month, day) in lx.DIWALI.items():
        assert date(year, 10, 15) <= date(year, month, day) <= date(year, 11, 16), year


def test_eid_moves_back_about_eleven_days_a_year() -> None:
    """A lunar year is 354 or 355 days: each Eid al-Fitr comes 354-355 days after the one before."""
    days = sorted(date(y, *md) for y, md in lx.EID_AL_FITR.items())
    days += [date(y, *md) for y, md in lx.EID_AL_FITR_SECOND.items()]
    days.sort()
    gaps = {(b - a).days for a, b in zip(days, days[1:])}
    assert gaps <= {354, 355}, gaps


def test_tables_agree_with_the_holidays_package() -> None:
    """Where the optional `holidays` package is importable, its Indian Diwali and Saudi Eid al-Fitr dates match."""
    holidays = pytest.importorskip("holidays")
    india = holidays.country_holidays("IN", years=range(2001, 2036))
    diwali = {d.year: (d.month, d.day) for d, name in india.items() if "Diwali" in name}
    for year, md in diwali.items():
        assert lx.DIWALI[year] == md, year
    saudi = holidays.country_holidays("SA", years=range(2000, 2036))
    fitr = {d for d, name in saudi.items() if "Eid al-Fitr" in name and "estimated" not in name.lower()}
    firsts = {d for d in fitr if d - timedelta(days=1) not in fitr}
    for d in firsts:
        assert (d.month, d.day) in (lx.EID_AL_FITR[d.year], lx.EID_AL_FITR_SECOND.get(d.year)), d

"""Calendar periods, counts and units: the arithmetic behind TIMEX3 values and intervals (no text, no context)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from timeline import lexicon as lx

# ---------------------------------------------------------------------------------------------
# Periods: a granularity plus the first day of the period.

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNIT_GRAIN = {"day": "day", "night": "day", "week": "week", "weekend": "weekend", "fortnight": "week",
              "month": "month", "quarter": "quarter", "year": "year", "decade": "decade",
              "century": "century", "millennium": "millennium", "season": "season", "half": "half"}


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clamped to the month's length."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    if not 1 <= y <= 9999:
        raise OverflowError
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def period_start(grain: str, d: date) -> date:
    """First day of the ``grain`` period containing ``d``."""
    if grain == "week":
        return d - timedelta(days=d.weekday())
    if grain == "weekend":
        return d - timedelta(days=d.weekday()) + timedelta(days=5)
    if grain == "month":
        return d.replace(day=1)
    if grain == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if grain == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if grain == "season":
        m = d.month
        if m in (1, 2):
            return date(d.year - 1, 12, 1)
        return date(d.year, 12 if m == 12 else 3 * (m // 3), 1)
    if grain == "year":
        return date(d.year, 1, 1)
    if grain == "decade":
        return date(d.year - d.year % 10, 1, 1)
    if grain == "century":
        return date(max(1, d.year - d.year % 100), 1, 1)
    if grain == "millennium":
        return date(max(1, d.year - d.year % 1000), 1, 1)
    return d


_STEP_MONTHS = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120,
                "century": 1200, "millennium": 12000}


def shift(grain: str, d: date, n: float) -> date:
    """Move a period start by ``n`` periods (fractions only for day-based grains)."""
    if grain in ("day", "time"):
        return d + timedelta(days=round(n))
    if grain in ("week", "weekend"):
        return d + timedelta(weeks=round(n))
    if grain == "season":
        return add_months(d, 12 * round(n))  # "a season ago" is rare; same season n years away
    return add_months(d, round(n * _STEP_MONTHS[grain]))


def period_end(grain: str, start: date) -> date:
    """Last day of the period starting at ``start``."""
    if grain in ("day", "time"):
        return start
    if grain == "week":
        return start + timedelta(days=6)
    if grain == "weekend":
        return start + timedelta(days=1)
    step = 3 if grain == "season" else _STEP_MONTHS[grain]
    return add_months(start, step) - timedelta(days=1)


def period_value(grain: str, start: date) -> str:
    """The TIMEX3 value of a period."""
    if grain in ("day", "time"):
        return start.isoformat()
    if grain == "week":
        y, w, _ = start.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if grain == "weekend":
        y, w, _ = start.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if grain == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if grain == "quarter":
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{start.year:04d}-H{1 if start.month <= 6 else 2}"
    if grain == "season":
        code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[start.month]
        return f"{start.year:04d}-{code}"
    if grain == "year":
        return f"{start.year:04d}"
    if grain == "decade":
        return f"{start.year // 10:03d}"
    if grain == "century":
        return f"{start.year // 100:02d}"
    return f"{start.year // 1000}"


UNRESOLVED = {"day": "XXXX-XX-XX", "time": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
              "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX",
              "year": "XXXX", "decade": "XXX", "century": "XX", "millennium": "X"}

# ---------------------------------------------------------------------------------------------
# Modifiers

_MOD_WORDS = (
    ("last quarter", "END", 4), ("first quarter", "START", 4), ("first half", "START", 2),
    ("second half", "END", 2), ("last half", "END", 2), ("beginning", "START", 3), ("start", "START", 3),
    ("early", "START", 3), ("first part", "START", 3), ("middle", "MID", 3), ("mid", "MID", 3),
    ("end", "END", 3), ("close", "END", 3), ("late", "END", 3), ("latter", "END", 3),
    ("last part", "END", 3), ("turn", "END", 3),
)


def prefix_mod(pre: str | None) -> tuple[str | None, int]:
    """The TIMEX3 mod of a period prefix ("early", "the end of") and the fraction it narrows to."""
    if not pre:
        return None, 1
    if pre in ("earlier", "later"):
        return ("START" if pre == "earlier" else "END"), 3
    for word, mod, parts in _MOD_WORDS:
        if word in pre:
            return mod, parts
    return None, 1


def narrow(earliest: date, latest: date, mod: str | None, parts: int) -> tuple[date, date]:
    """Narrow an interval to its first/middle/last 1/parts for START/MID/END.

    Periods of whole months are cut in whole months (early 2022 = Jan..Apr); a month is cut in days
    1-10, 11-20, 21-end; shorter periods in days.
    """
    if mod not in ("START", "MID", "END") or parts <= 1:
        return earliest, latest
    months = (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1
    if earliest.day == 1 and (latest + timedelta(days=1)).day == 1 and months >= 3:
        size = max(1, months // parts)
        if mod == "START":
            return earliest, add_months(earliest, size) - timedelta(days=1)
        if mod == "END":
            return add_months(earliest, months - size), latest
        first = add_months(earliest, (months - size) // 2)
        return first, add_months(first, size) - timedelta(days=1)
    if months == 1 and earliest.day == 1 and parts == 3:
        if mod == "START":
            return earliest, earliest.replace(day=10)
        if mod == "MID":
            return earliest.replace(day=11), earliest.replace(day=20)
        return earliest.replace(day=21), latest
    total = (latest - earliest).days + 1
    size = max(1, total // parts)
    if mod == "START":
        return earliest, earliest + timedelta(days=size - 1)
    if mod == "END":
        return latest - timedelta(days=size - 1), latest
    mid = earliest + timedelta(days=(total - size) // 2)
    return mid, mid + timedelta(days=size - 1)


_QMOD = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
         "nearly": "APPROX", "almost": "APPROX", "best part of": "APPROX", "better part of": "APPROX", "some": "APPROX", "close to": "APPROX",
         "more than": "MORE", "at least": "MORE", "well over": "MORE", "upwards of": "MORE",
         "no less than": "MORE", "a little more than": "MORE", "less than": "LESS", "fewer than": "LESS",
         "at most": "LESS", "up to": "LESS", "no more than": "LESS", "a little less than": "LESS",
         "only": None, "just": None, "barely": None}


def quantity_mod(q: str | None, plus: bool, past: bool) -> str | None:
    """Map "more than"/"about"/"+" to a mod; for an offset into the past "more than" means BEFORE."""
    kind = "MORE" if plus else _QMOD.get(" ".join(q.split()) if q else "", None)
    if kind == "MORE":
        return "BEFORE" if past else "AFTER"
    if kind == "LESS":
        return "AFTER" if past else "BEFORE"
    return kind


# ---------------------------------------------------------------------------------------------
# Numbers and units

_VAGUE_N = {"several": None, "a few": None, "few": None, "many": None, "some": None, "a couple": 2,
            "a couple of": 2, "couple of": 2, "a number of": None, "numerous": None, "dozens of": None,
            "hundreds of": None, "thousands of": None, "the next few": None, "a few more": None}


def quantity(n: str) -> float | None:
    """The number in a count ("three", "5 1/2", "a couple of"); None for a vague one ("several")."""
    n = " ".join(n.split())
    if n in _VAGUE_N:
        return _VAGUE_N[n]
    half = 0.5 if n.endswith(("1/2", "½")) else 0
    n = n.replace("1/2", "").replace("½", "").strip()
    v = lx.number_value(n)
    return None if v is None else v + half


def unit_name(unit: str) -> str:
    """Singular unit word from a possibly plural one."""
    unit = unit.rstrip(".")
    if unit.startswith("centur"):
        return "century"
    if unit.startswith("millenni"):
        return "millennium"
    unit = unit[:-1] if unit.endswith("s") else unit
    return _SHORT_UNITS.get(unit, unit)


_SHORT_UNITS = {"min": "minute", "hr": "hour", "yr": "year"}


# Half a decade or century never reaches this table: any half of one is a whole number of years (duration_value).
_HALF_UNIT = {"year": ("M", 6), "month": ("D", 15), "day": ("H", 12), "hour": ("M", 30), "minute": ("S", 30),
              "week": ("D", 3.5)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: P3D, PT2H, P2Y6M, P2DE, PXDE."""
    code = lx.UNITS[unit]
    if unit == "fortnight" and n is not None:
        n, code = n * 2, "W"
    if n is not None and not float(n).is_integer() and unit in ("decade", "century") \
            and float(n * (10 if unit == "decade" else 100)).is_integer():
        return f"P{n * (10 if unit == 'decade' else 100):g}Y"  # a quarter of a century: P25Y, as other counts of years
    if n is not None and unit == "hour" and not float(n * 2).is_integer() and float(n * 60).is_integer():
        return f"PT{n * 60:g}M"  # a quarter of an hour: PT15M
    if n is not None and not float(n).is_integer() and unit in _HALF_UNIT and (n * 2).is_integer():
        small, size = _HALF_UNIT[unit]
        if small == code or not float(size).is_integer():
            # Half a week is three and a half days: count in the smaller unit when it is a different component,
            # else keep the decimal ISO 8601 allows on the last one.
            return f"P{n:g}{code}"
        whole = int(n)
        head = f"{whole}{code}" if whole else ""
        tail = f"{size:g}{small}"
        if unit in lx.TIME_UNITS:
            return f"PT{head}{tail}"  # "3 1/2 hours": PT3H30M
        if small == "H":
            return f"P{head}T{tail}"  # "two and a half days": P2DT12H
        return f"P{head}{tail}"  # "2 1/2 years": P2Y6M
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    return f"PT{num}{code}" if unit in lx.TIME_UNITS else f"P{num}{code}"


def shift_by_unit(d: date, n: float, unit: str) -> date:
    """``d`` moved by ``n`` units (day, week, month, quarter, year, decade, century)."""
    if unit in ("second", "minute", "hour"):
        # Only the day is known: "2 hours ago" stays on it, "48 hours ago" is two days back.
        return d + timedelta(days=int(n / 24)) if unit == "hour" else d
    grain = UNIT_GRAIN.get(unit, "day")
    if grain == "weekend":
        grain = "week"
    if grain in ("day", "week"):
        return d + timedelta(days=round(n * (7 if grain == "week" else 1) * (2 if unit == "fortnight" else 1)))
    return add_months(d, round(n * _STEP_MONTHS[grain]))


def offset_date(ref: date, amount: int, unit: str) -> date:
    """Apply a window offset (amount, "d"|"m"|"y") to a date."""
    if unit == "d":
        return ref + timedelta(days=amount)
    if unit == "m":
        return add_months(ref, amount)
    return add_months(ref, 12 * amount)


def two_digit_year(yy: int, pivot: int | None) -> int:
    """Expand '97 to a full year: the century that puts it at most ~10 years after the pivot year."""
    if pivot is None:
        pivot = 2000
    y = (pivot // 100) * 100 + yy
    if y > pivot + 10:
        y -= 100
    return y


@lru_cache(maxsize=4096)
def period_fields(grain: str, start: date, mod: str | None, parts: int) -> tuple[date, date, str, date]:
    """Earliest, latest, value and first day of the ``grain`` period at ``start`` (cached: dense text
    repeats the same few periods, and this is pure calendar arithmetic)."""
    first = start if grain in ("day", "time") else period_start(grain, start)
    e, l = narrow(first, period_end(grain, first), mod, parts)
    return e, l, period_value(grain, first), first


# ---------------------------------------------------------------------------------------------
# Days of named periods


def day_in(first: date, day: int) -> date | None:
    """Day ``day`` of the month starting at ``first``, or None if that month is too short."""
    try:
        return first.replace(day=day)
    except ValueError:
        return None


def worded_year(words: str) -> int:
    """A year written in words: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    parts = words.replace("-", " ").split()
    if parts[0] == "nineteen":
        rest = lx.number_value(" ".join(parts[1:]))
        if rest is None:
            raise ValueError(words)
        return 1900 + int(rest)
    rest = [w for w in parts[2:] if w != "and"]
    return 2000 + int(lx.number_value(" ".join(rest)) or 0) if rest else 2000


def movable(name: str, year: int) -> date:
    """The date of a movable holiday in a given year (US rules; Easter by the anonymous Gregorian algorithm)."""
    name = name.replace(" day", "") if name.startswith("thanksgiving") else name
    if name in ("thanksgiving", "black friday", "cyber monday"):
        # US Thanksgiving is the fourth Thursday of November; the shopping days follow it.
        first = date(year, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thursday + timedelta(days={"black friday": 1, "cyber monday": 4}.get(name, 0))
    if name in ("lunar new year", "chinese new year"):
        return date(year, *lx.LUNAR_NEW_YEAR[year])  # KeyError outside the table: left untagged
    if name in ("diwali", "deepavali"):
        return date(year, *lx.DIWALI[year])
    if name.startswith("eid"):
        return date(year, *lx.EID_AL_FITR[year])
    if name == "election day":
        first = date(year, 11, 2)  # US: the Tuesday after the first Monday of November
        return first + timedelta(days=(1 - first.weekday()) % 7)
    if name == "canadian thanksgiving":
        first = date(year, 10, 1)  # Canada: the second Monday of October
        return first + timedelta(days=(0 - first.weekday()) % 7 + 7)
    if name == "labor day":
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if name == "victoria day":
        last = date(year, 5, 24)  # Canada: the Monday before May 25
        return last - timedelta(days=last.weekday())
    if name == "memorial day":
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    if name in ("mother's day", "father's day"):
        first = date(year, 5 if name.startswith("mother") else 6, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7)
    a, b, cc = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(cc, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    easter = date(year, month, day + 1)
    return easter + timedelta(days=EASTER_OFFSETS.get(name, 0))


# Days from Easter Sunday of the feasts that move with it (Western churches).
EASTER_OFFSETS: dict[str, int] = {
    "shrove tuesday": -47, "pancake day": -47, "ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3,
    "good friday": -2, "easter monday": 1, "ascension day": 39, "pentecost": 49, "whit sunday": 49,
    "whitsunday": 49, "whitsun": 49, "whit monday": 50,
}


def relative_weekday(ref: date, wd: int, rel: str) -> date | None:
    """'last Monday' is the latest one before ``ref``, 'next Monday' the first after it; 'this' is left to the
    news rule (None)."""
    if rel == "last":
        return ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
    if rel == "next":
        return ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    return None


def nearest_weekday(day: date, wd: int) -> date:
    """The day of weekday ``wd`` nearest to ``day`` (within three days either side; ``day`` itself if it is one)."""
    ahead = (wd - day.weekday()) % 7
    return day + timedelta(days=ahead) if ahead <= 3 else day - timedelta(days=7 - ahead)

"""Public entry point: find and resolve every temporal expression in a text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline.recognize import candidates, lower
from timeline.resolve import Resolver
from timeline.timex import Timex

# "April 24 and 25": the second day shares the first one's month and year.
_SECOND_DAY = re.compile(
    r"\s{0,3}(?:and|or|to|through|-|–)\s{0,3}(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s{1,3}(?P<y>(?:1\d|20)\d\d)\b)?"
    r"(?=\s{0,3}(?:[.;:)!?]|,(?!\d)|$)|\s{1,3}(?:[A-Z]|(?:in|at|on|for|with|when|and|but)\b))"
)


def find_timexes(text: str, reference: date | None, *, language: str = "en", era: int | None = None) -> list[Timex]:
    """Temporal expressions in ``text``, resolved against ``reference`` (the publication date).

    Output is sorted by offset and non-overlapping. With ``reference=None`` relative expressions get
    X-placeholder values and no interval; ``era`` (a year) then picks the century of '97-style years.

    Recognition (``recognize``) and resolution (``resolve``) are both hand-written: the spans found
    are simple enough that parsing them directly is exact and much faster than calling dateparser.
    """
    if language != "en":
        raise ValueError(f"unsupported language: {language!r} (only 'en')")
    if not text:
        return []
    low = lower(text)
    resolver = Resolver(text, low, reference, era)
    out: list[Timex] = []
    for cand in candidates(text, low):
        if out and cand.start < out[-1].end:
            continue
        t = resolver.resolve(cand)
        if t is None or t.start >= t.end:
            continue
        out.append(t)
        if t.rule == "month_day" and t.granularity == "day":
            pair = _second_day(text, t)
            if pair is not None:
                out[-1:] = pair
    return out


def _second_day(text: str, first: Timex) -> list[Timex] | None:
    """'May 2 and 3(, 2025)': the bare second day takes the first one's month, and a year after it
    applies to both."""
    m = _SECOND_DAY.match(text, first.end)
    if m is None or re.fullmatch(r"\d{4}-\d\d-\d\d", first.value) is None:
        return None
    try:
        base = date.fromisoformat(first.value)
        if m.group("y") and not re.search(r"\d{4}", first.text):
            base = base.replace(year=int(m.group("y")))
            first = replace(first, value=base.isoformat(), earliest=base, latest=base, anchor="absolute")
        d = base.replace(day=int(m.group("d")))
    except ValueError:
        return None
    if d <= base:
        return None
    start, end = m.start("d"), m.end("y") if m.group("y") else m.end("d")
    second = replace(first, text=text[start:end], start=start, end=end, value=d.isoformat(), earliest=d,
                     latest=d, mod=None, rule="month_day_pair")
    return [first, second]

"""Public entry point: find and resolve every temporal expression in a text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline import lexicon as lx
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
        if t.rule == "season":
            out[-1] = _split_year(text, t)
        # "May 2 and 3, 2024": the pair is read first, so that a part of the day before it ("the evening of")
        # joins the first day, with the year the pair gives it, and the second day still follows.
        second = None
        if t.rule == "month_day" and t.granularity == "day" and (pair := _second_day(text, t)) is not None:
            t, second = pair
            out[-1] = t
        if t.type == "DATE" and t.granularity == "day" and (pod := _PART_OF_DATE.search(text, max(0, t.start - 40),
                                                                                      t.start)) is not None:
            inside = len(out) > 1 and out[-2].end > pod.start()  # "early evening" tagged alone, inside the phrase
            if not inside or out[-2].start >= pod.start():
                out[-2 if inside else -1:] = [_part_of_date(text, t, pod)]
        if t.type == "DURATION" and len(out) > 1 and (whole := _compound_duration(text, out[-2], t)) is not None:
            out[-2:] = [whole]
        if second is not None:
            out.append(second)
    return out

# "the winter of 2020-21": a season named by the two years it spans.
_SPLIT_YEAR_END = re.compile(r"[-–/](\d\d)(?![\w/-])")


def _split_year(text: str, t: Timex) -> Timex:
    """'the winter of 2020-21' is one season (2020-WI), the two-digit end inside it. A bare label of two
    consecutive years ('the 2025-26 school year') is the split_year rule's: one DATE valued by the year it ends in."""
    m = _SPLIT_YEAR_END.match(text, t.end)
    if m is None or not t.text[-4:].isdigit() or int(m.group(1)) != (int(t.text[-4:]) + 1) % 100:
        return t
    return replace(t, text=text[t.start:m.end()], end=m.end())


# "the evening of April 1", "the early evening of August 9": a part of a named day. Not "the night of Oct. 23",
# which the TE-3 gold leaves a DATE with "the night of" outside.
_PART_OF_DATE = re.compile(r"\b(?:[Tt]he|THE)\s{1,3}(?:(?P<pre>early|late)[\s-]{1,3})?"
                           r"(?P<pod>morning|afternoon|evening)\s{1,3}of\s{1,3}$", re.IGNORECASE)


def _part_of_date(text: str, day: Timex, pod: re.Match) -> Timex:
    """'the afternoon of August 8, 1972' is one TIME (1972-08-08TAF), the day resolved as it was alone; 'early' sets
    mod START, 'late' END."""
    pre = (pod.group("pre") or "").lower()
    return replace(day, text=text[pod.start():day.end], start=pod.start(), type="TIME",
                   value=f"{day.value}T{lx.PARTS_OF_DAY[pod.group('pod').lower()]}",
                   mod={"early": "START", "late": "END"}.get(pre, day.mod), granularity="time", rule="part_of_date")


# "five years and three months", "two hours, 40 minutes": one length in two units.
_COMPOUND_GAP = re.compile(r",?\s{1,3}and\s{1,3}|,\s{1,3}")
_SIMPLE_DURATION = re.compile(r"P(T?)(\d+)([YMWDHS])")
# Duration units from the largest down; a time unit (after T) ranks below every date unit.
_UNIT_RANK = {("", "Y"): 0, ("", "M"): 1, ("", "W"): 2, ("", "D"): 3, ("T", "H"): 4, ("T", "M"): 5, ("T", "S"): 6}


def _compound_duration(text: str, first: Timex, second: Timex) -> Timex | None:
    """'five years and three months' (P5Y3M), 'two hours and 40 minutes' (PT2H40M): two counted durations joined by
    'and' or a comma, the second in a smaller unit, are one DURATION (TIMEX3 writes one value with both parts).
    Not 'two weeks and three weeks', nor vague counts ('years and months')."""
    if first.type != "DURATION" or _COMPOUND_GAP.fullmatch(text, first.end, second.start) is None:
        return None
    a, b = _SIMPLE_DURATION.fullmatch(first.value), _SIMPLE_DURATION.fullmatch(second.value)
    if a is None or b is None or second.mod is not None:
        return None
    ra, rb = _UNIT_RANK.get((a.group(1), a.group(3))), _UNIT_RANK.get((b.group(1), b.group(3)))
    if ra is None or rb is None or rb <= ra or (ra, rb) == (2, 3):
        return None  # "P1W3D" mixes weeks with days, which ISO 8601 leaves out
    value = first.value + ("T" if b.group(1) and not a.group(1) else "") + b.group(2) + b.group(3)
    return replace(first, text=text[first.start:second.end], end=second.end, value=value, earliest=None,
                   latest=None, anchor="none", rule="compound_duration")


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

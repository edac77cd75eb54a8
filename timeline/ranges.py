"""Ranges and open bounds: "from March to May", "between Monday and Wednesday", "no later than June".

A mixin Resolver inherits (see clocktimes.py for why): a range's end reads the timex resolved just before it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline import lexicon as lx
from timeline.context import _DATED_RULES
from timeline.periods import day_in, period_end, prefix_mod, relative_weekday
from timeline.recognize import Candidate
from timeline.timex import Timex


# Words that make a date one bound of an open span (Resolver.bounded).
_BOUND_BEFORE = re.compile(r"\b(at\s+least|no\s+later\s+than|no\s+earlier\s+than|not\s+later\s+than|not\s+earlier\s+than)\s+$")
_BOUND_AFTER = re.compile(r"\s+(or\s+later|or\s+earlier|and\s+beyond)(?![a-z])")
_BACK_BEFORE = re.compile(r"\bback\b")
_BOUND_MOD = {"at least": "ON_OR_AFTER", "no earlier than": "ON_OR_AFTER", "not earlier than": "ON_OR_AFTER",
              "or later": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER", "no later than": "ON_OR_BEFORE",
              "not later than": "ON_OR_BEFORE", "or earlier": "ON_OR_BEFORE"}
# Ranges: the connector between a range's start and its end, and the features that give a date its own year.
_RANGE_GAP = re.compile(r"\s*(to|until|till|through|thru|and|[-–—])\s*")
_OWN_YEAR = frozenset({"y", "yy", "yy3", "ry", "rel", "pl", "pl2"})
_PAIR_GAP = re.compile(r"\s*,?\s*(?:and|or|,)\s*")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")
_RESCHEDULED_BEFORE = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|brought|bring(?:s|ing)?|push(?:es|ed|ing)?|shift(?:s|ed|ing)?|chang(?:e|es|ed|ing)"
    r"|reschedul(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|switch(?:es|ed|ing)?)\b[^.;!?]{0,40}$")


def _month_day_of(c: Candidate) -> tuple[str, int | None, int]:
    """The grain, month and day a partial date names (month None for a movable feast, whose day moves by year)."""
    f = c.feats
    if c.rule == "month_bare":
        return "month", lx.MONTHS[f["mon"]], 1
    if c.rule == "holiday":
        return ("day", *lx.HOLIDAYS.get(" ".join(f["name"].replace("’", "'").split()), (None, 1)))
    if c.rule == "numeric_date":
        return "day", int(f.get("m") or f.get("mm") or f.get("mm3") or f["mm4"]), int(f.get("d") or f.get("dd") or f["dd3"])
    return "day", lx.MONTHS[f["mon"].rstrip(".")], int(re.match(r"\d+", f["d"]).group())


class Ranges:
    """The start and end of a range, and the mods of a date that bounds an open span."""

    def bounded(self, t: Timex) -> Timex:
        """'at least 2060', 'no later than June 30', '1994 or later': a date named as one bound of an open span. TIMEX3
        takes the words in and sets mod ON_OR_AFTER / ON_OR_BEFORE; the window stays the named date's. 'as early as'
        and 'as late as' stay outside with no mod, as the TE-3 gold leaves them."""
        if t.type not in ("DATE", "TIME") or t.mod is not None or t.value.endswith("_REF"):
            return t
        # Most dates have no bound word: two slices rule them out before any pattern runs.
        tail = self.low[max(0, t.start - 12):t.start]
        head = self.low[t.end:t.end + 6]
        before = _BOUND_BEFORE.search(self.low, max(0, t.start - 22), t.start) \
            if tail[-1:].isspace() and tail.rstrip().endswith(("least", "than")) else None
        after = _BOUND_AFTER.match(self.low, t.end) \
            if head[:1].isspace() and head.lstrip().startswith(("or", "and")) else None
        if before is not None and (self.last is None or self.last.end <= before.start()):
            mod, start, end = _BOUND_MOD[" ".join(before.group(1).split())], before.start(), t.end
        elif after is not None and not (after.group(1).startswith("and") and _BACK_BEFORE.search(
                self.low, max(0, t.start - 20), t.start)):
            # "dating back to 1833 and beyond" reaches into the past: 'beyond' has no one direction there
            mod, start, end = _BOUND_MOD[" ".join(after.group(1).split())], t.start, after.end()
        else:
            return t
        return replace(t, text=self.text[start:end], start=start, end=end, mod=mod)

    def is_range(self, x_start: int, x_end: int, y_start: int, y_end: int) -> bool:
        """Whether the dates at x and y are the two ends of one range: "to", "until", "through" or a dash between
        them, "and" after "between"; not a rescheduling ("moved from Tuesday to Monday" names two dates in either
        order) nor "Friday to December's figures"."""
        gap = _RANGE_GAP.fullmatch(self.low, x_end, y_start)
        return gap is not None \
            and (gap.group(1) != "and" or _BETWEEN_BEFORE.search(self.low, max(0, x_start - 9), x_start) is not None) \
            and not _RESCHEDULED_BEFORE.search(self.low, max(0, x_start - 50), x_start) \
            and not self.low.startswith(("'s", "’s"), y_end)

    def range_end(self, c: Candidate, t: Timex, x: Timex) -> Timex:
        """The end of a range ("from March to May", "between Friday and Tuesday", "Oct. 30-Nov. 2") is the first
        such date on or after its start ``x``: the tense would pick each end's year apart. A weekday is read
        around the reference, so it only moves when that reading falls before the start ("from Friday until
        Tuesday"). A date with its own year or deictic word ("next Tuesday") keeps it."""
        f = c.feats
        if x.type != "DATE" or x.earliest is None or t.type != "DATE" or t.anchor == "absolute" \
                or f.keys() & _OWN_YEAR or (f.get("wd") and c.rule != "weekday") \
                or not (self.is_range(x.start, x.end, c.start, c.end) or self.paired_weekday(c, x)):
            return t
        start = x.earliest
        anchor = x.anchor if x.anchor in ("reference", "previous") else "previous"
        mod, parts = prefix_mod(f.get("pre"))
        if c.rule == "weekday":
            if x.granularity not in ("day", "time") or (t.earliest is not None and t.earliest > start):
                return t
            d = relative_weekday(start, lx.WEEKDAYS[f["wd"]], "next")
            if self.ref is not None and d > self.ref and self.tense(c) == "past" \
                    and not self.is_range(x.start, x.end, c.start, c.end):
                return t  # "talks were held on Monday and Friday": both behind the report, in either order
            return self.period(c, "day", d, anchor, mod, 1)
        if c.rule == "month_bare" and x.granularity != "month" and x.rule not in _DATED_RULES:
            return t  # a month ends a range of months or dated days, not "from Friday to December"
        grain, month, day = _month_day_of(c)
        if month is None:
            return t
        for y in (start.year, start.year + 1):
            d = day_in(date(y, month, 1), day)
            if d is not None and period_end(grain, d) >= start and (d > start or x.granularity != "day"):
                return self.period(c, grain, d, anchor, mod, parts)
        return t

    def paired_weekday(self, c: Candidate, x: Timex) -> bool:
        """'on Friday and Saturday', 'Monday or Tuesday': the second of two coordinated weekdays follows the first,
        as a range's end does (range_end keeps a past-tense day from moving past the reference)."""
        return c.rule == "weekday" and x.rule == "weekday" and _PAIR_GAP.fullmatch(self.low, x.end, c.start) is not None

    def range_start(self, c: Candidate, t: Timex) -> Timex:
        """'from May to December 2019', 'Nov. 28 to Jan. 5, 2025': a start with no year takes the end's year, or
        the one before when that would put it after the end. 'ran Monday-Friday' read on a Wednesday: a past
        weekday start that falls after the end's own reading moves back a week."""
        f = c.feats
        if t.type != "DATE" or t.anchor == "absolute" or f.keys() & _OWN_YEAR or (f.get("wd") and c.rule != "weekday") \
                or (c.rule == "weekday" and (t.earliest is None or self.ref is None or t.earliest > self.ref)):
            return t
        gap = _RANGE_GAP.match(self.low, c.end)
        if gap is None or gap.end() == c.end or not self.is_range(c.start, c.end, gap.end(), gap.end()):
            return t
        found = self.first_date(gap.end(), gap.end() + 40, c.end)
        if found is None or found[0].earliest is None or not self.is_range(c.start, c.end, found[0].start, found[0].end):
            return t
        end = found[0].earliest
        mod, parts = prefix_mod(f.get("pre"))
        if c.rule == "weekday":
            if found[0].rule != "weekday" or end >= t.earliest:
                return t
            return self.period(c, "day", relative_weekday(end, t.earliest.weekday(), "last"),
                               t.anchor, mod, 1)
        grain, month, day = _month_day_of(c)
        if month is None or found[0].anchor != "absolute":
            return t
        for y in (end.year, end.year - 1):
            d = day_in(date(y, month, 1), day)
            if d is not None and d <= end and (d < end or grain != "day"):
                return self.period(c, grain, d, "absolute", mod, parts)
        return t

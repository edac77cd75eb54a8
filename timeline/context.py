"""Context the resolver's modules share: the narrative's date record, and the cue patterns and distances several
of them read in the words around a candidate (calendar arithmetic is in periods.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


# A blank line: the end of a paragraph or of a listing's block.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# "June last year": the year a deictic year phrase names, relative to the reference year.
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through|effective|payable|due|to|record)\s+$")
# A past-tense date without a year within this many characters of a narrative date years back takes its year.
STORY_CHARS = 600
# "said late Tuesday", "a report released on Monday": a day that dates the reporting, not the events reported.
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|released|published|issued|reported|confirmed|stated|told(?:\s+[a-z]+){1,2})"
    r"\s+(?:on\s+)?$")
# A past verb between a habit word and a clock time: the time is of one occasion.
_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|found|came|went|saw|left|took|made|struck|began|fell|hit|got|met|held|ran|woke"
                        r"|rang|shot|caught|broke|sent|told|said)\b")


@dataclass
class _Prev:
    """A date the narrative named: its grain, its first day and where the text named it."""

    grain: str
    start: date
    pos: int


# "since autumn", "since the spring": a season that has begun, whatever the tense of the verb ("have risen").
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$")
# The rules of dates written with their day (a clock time after one is of that day; a month can end their range).
_DATED_RULES = frozenset({"month_day", "day_month", "numeric_date", "holiday", "iso_date", "month_day_pair"})

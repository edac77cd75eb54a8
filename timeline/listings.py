"""Listings and their headings: the day or week a heading above an entry names, and dates read down a listing.

A mixin Resolver inherits (see clocktimes.py for why): the checks read the text and the narrative's last date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.context import _BLANK_LINE
from timeline.recognize import Candidate


# How far back a listing's heading may stand above a weekday in its block.
_HEADING_REACH = 1500
# A listing's dates ("22 Sept - Rotterdam") follow the dated day above them within this many characters.
LISTING_CHARS = 1500
_WEEKDAY_LABEL = re.compile(
    r"[^\S\n]*(?:(?:early|late)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s*(?:and|to|through|[-–—])\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"[^\S\n]*:")
_NEXT_WEEK_LABEL = re.compile(r"[^\S\n]*(?:(?:early|late|later)\s+)?next\s+week[^\S\n]*:")


class Listings:
    """The day or week a listing's heading or label gives the entries under it."""

    def opens_line(self, pos: int) -> bool:
        """Whether ``pos`` starts its line: a clock time there is a heading (a live blog's entries), dated by
        the page, not by the narrative's last date."""
        before = self.text[max(0, pos - 200):pos]  # bounded: a text may be one long line
        cut = before.rfind("\n")
        return before[cut + 1:].strip() == "" and (cut >= 0 or pos <= 200)

    def listed_after(self, c: Candidate, options: list[date]) -> date | None:
        """A date with no tense that opens its line below a dated day ("22 Sept - Rotterdam" under "opens on Friday
        22 September"): a listing in date order, so the first such date on or after that day, not the one nearest
        the reference."""
        prev = self.prev
        if prev is None or prev.grain not in ("day", "time") or c.start - prev.pos > LISTING_CHARS \
                or not self.opens_line(c.start):
            return None
        return next((d for d in options if d >= prev.start), None)

    def labelled_week(self, pos: int, ref: date) -> date | None:
        """The Monday of the week named by the label opening the line at ``pos`` ("Next week:", "Early next week:",
        a forecast's or listing's heading), if it has one."""
        if self.line_label(_NEXT_WEEK_LABEL, pos):
            return ref - timedelta(days=ref.weekday()) + timedelta(days=7)
        return None

    def under_weekday_label(self, pos: int) -> bool:
        """Whether the line at ``pos`` opens with a label of weekdays ("Thursday and Friday: showers, easing late
        Friday"): a forecast's or listing's days, read ahead."""
        return self.line_label(_WEEKDAY_LABEL, pos)

    def line_label(self, label: re.Pattern, pos: int) -> bool:
        """Whether the line at ``pos`` (at most 400 characters back) opens with ``label``, ending before ``pos``."""
        line = self.text.rfind("\n", max(0, pos - 400), pos) + 1
        if line == 0 and pos > 400:
            return False
        m = label.match(self.low, line)
        return m is not None and m.end() <= pos

    def heading_day(self, pos: int) -> date | None:
        """The day of the dated heading over the paragraph at ``pos``, if there is one: a line that is only a day
        ("Saturday, March 15", "March 22:") opening the paragraph, or standing alone as the paragraph before it. A
        listing page dates each block by its heading; other paragraphs, and dates inside sentences, have none."""
        lo = max(0, pos - _HEADING_REACH)
        if self.text.find("\n", lo, pos) < 0:
            return None
        blank = None
        for blank in _BLANK_LINE.finditer(self.text, lo, pos):
            pass
        if blank is None and lo > 0:
            return None
        para = blank.end() if blank is not None else 0
        first_end = self.text.find("\n", para, pos)
        if first_end >= 0:
            return self.day_line(para, first_end)  # the paragraph's own first line, above ``pos``
        if blank is None:
            return None
        # ``pos`` is on the paragraph's first line: the heading may be the one-line paragraph before it.
        head = self.text.rfind("\n", lo, blank.start()) + 1
        if head == 0 and lo > 0:
            return None
        if head > 0 and not self.text[max(0, head - 200):head - 1].rstrip(" \t\r").endswith("\n") \
                and self.text[:head - 1].strip() != "":
            return None  # that line ends a longer paragraph
        return self.day_line(head, blank.start())

    def day_line(self, start: int, end: int) -> date | None:
        """The day a line names when the line holds nothing else (a heading), else None."""
        for s, e, day, _ in reversed(self.days[-50:]):
            if e <= start:
                return None
            if s >= start and e <= end and day is not None and self.text[start:s].strip() == "" \
                    and self.text[e:end].strip(" \t\r:.,;–—-") == "":
                return day
        return None

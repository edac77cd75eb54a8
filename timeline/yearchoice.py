"""Year choice: the year of a date written without one (a partial date, a weekday's date, a holiday, a quarter).

YearChoice is a mixin Resolver inherits (see clocktimes.py for why); quarter_year needs no state: a plain function."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline import lexicon as lx
from timeline.context import STORY_CHARS, _DEADLINE_BEFORE, _SINCE_BEFORE, _YEAR_STEP
from timeline.periods import movable
from timeline.recognize import Candidate
from timeline.tense import Tense
from timeline.timex import Timex


# How far a past-tense partial date may lie after the reference: "the offer was extended to Nov. 6"
# is past tense about a date just ahead. A future-tense one is never placed before the reference.
PARTIAL_SLACK_DAYS = 14
# A past-tense partial date more than PAST_FAR_DAYS back whose next occurrence is at most
# FUTURE_NEAR_DAYS ahead takes the next occurrence when the past cue is more than DISTANT_CUE_CHARS
# away ("the ship sank on March 2" keeps the past).
DISTANT_CUE_CHARS = 40
PAST_FAR_DAYS = 240
FUTURE_NEAR_DAYS = 60
# A future cue this close to a deadline ("runs until", "is valid through") governs it.
ADJACENT_CUE_CHARS = 12
_PERIOD_END_BEFORE = re.compile(r"\b(?:days|weeks|months|quarters?|year|years|half|period)\s+(?:to|ended|ending|through)\s+$")
# A past verb that says the event happened on the date: "reopened on Jan. 2", "was killed on Dec. 30".
_PAST_VERB_ON = re.compile(r"\b(?:[a-z]{3,}ed|took\s+place|came|began|fell|met|left|held|died|won|lost|broke|rose)"
                           r"\s+on\s+$")
# "the December figures", "the March contract": a month naming data of the past, or a futures delivery month.
_DATA_AFTER = re.compile(r"\s+(?:figures|data|numbers|statistics|readings?|results|sales|payrolls|inflation\s+rate"
                         r"|(?:jobs|employment|payrolls|inflation|trade|retail|housing)\s+(?:report|data|figures|numbers))\b")
# "results for June are due next week": the month the data cover, likewise.
_DATA_BEFORE = re.compile(r"\b(?:figures|data|numbers|statistics|readings?|results|sales|payrolls)\s+for\s+$")
_DELIVERY_AFTER = re.compile(r"\s+(?:contracts?|futures|delivery|deliveries)\b")
# "is not expected to resume until June": what will not happen before the date happens at it, ahead.
_NOT_UNTIL_BEFORE = re.compile(r"\bnot\s[^.;:]{0,60}?\buntil\s+$")
# A year framing its sentence's dates (see frame_year): "Next year's race", "the 2019 edition"; "In 2019, the ...".
_YEAR_FRAME = re.compile(r"[\s\"'“‘(]*(?:(?:and|but|so)\s+)?(?:(?P<rel>next|last|this)\s+year['’]s"
                         r"|in\s+(?P<y2>(?:19|20)\d\d)\b(?!\s*[-–/])"
                         r"|the\s+(?P<y>(?:19|20)\d\d)\s+(?:edition|event|race|festival|fair|show|season|tournament"
                         r"|championships?|games|final|conference|exhibition|congress|summit|ceremony|parade|marathon"
                         r"|competition|contest|election|campaign|tour|meeting)\b)")
# A clause of its own after the frame ("Next year's race is on 25 April, and entries open on 1 June"): not framed.
_NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|while)\s")
# "exams postponed from November": the date moved away from is the one that was set, not the new one ahead.
_MOVED_FROM_BEFORE = re.compile(r"\b(?:postponed|delayed|moved|pushed\s+back|put\s+back|rescheduled|brought\s+forward"
                                r"|deferred|switched|cancelled|canceled)\s+from\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$")
# "January's final": a month's possessive (see possessive_past), and the "next" that keeps it ahead.
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![a-z])")
_NEXT_BEFORE = re.compile(r"\b(?:next|coming|upcoming)\s+$")


def quarter_year(year: int, n: int, cur: int, tense: Tense | None, quarter: int | None = None) -> int:
    """The year of quarter (or half) ``n`` said in period ``cur`` of ``year``: a period not yet begun, spoken of
    in the past, is last year's; one that ended at least two quarters ago, spoken of in the future ("will revisit
    the plan in the first quarter", said in November; "cautioned that the first half might be weak", said in
    October), is next year's. The period just ended stays this year's (its results are still to come). For a
    half, ``quarter`` is the current quarter (halves are counted in quarters for that test)."""
    if n > cur and tense != "future":
        return year - 1
    ended = cur - n if quarter is None else quarter - 2 * n
    if tense == "future" and ended >= 2:
        return year + 1
    return year


class YearChoice:
    """The year of a date named without one, from tense, the narrative and the text's frame."""

    def weekday_year(self, wd: str | None, month: int, day: int) -> int | None:
        """The one year next to the reference in which "Monday, Oct. 26" falls on a Monday, if exactly one does:
        the weekday is stronger evidence than the tense."""
        if not wd or self.ref is None:
            return None
        wd = wd.rstrip(".")
        number = lx.WEEKDAYS.get(wd, lx.WEEKDAY_ABBREVIATIONS.get(wd))
        years = []
        for y in (self.ref.year - 1, self.ref.year, self.ref.year + 1):
            try:
                if date(y, month, day).weekday() == number:
                    years.append(y)
            except ValueError:
                continue
        return years[0] if len(years) == 1 else None

    def partial_year(self, c: Candidate, month: int, day: int = 1, grain: str = "day") -> int:
        """HeidelTime's news rule for a month (and day) without a year, using the sentence tense."""
        ref = self.ref
        assert ref is not None
        cue = self.tenses.cue(c.start, c.end)
        t = cue[1] if cue else None
        if _DELIVERY_AFTER.match(self.low, c.end):
            t, cue = "future", None  # "the December contract": a futures month is the next such month, whatever the verb
        elif t == "future" and (_DATA_AFTER.match(self.low, c.end)
                                or _DATA_BEFORE.search(self.low, max(0, c.start - 24), c.start)):
            t = None  # "the December figures will be revised": data of a month are published after it, so either side
        elif t != "future" and _PERIOD_END_BEFORE.search(self.low, max(0, c.start - 30), c.start):
            t = "past"  # "sales in the 12 months to March": a period reported once it has ended
        elif not (t == "future" and cue and (cue[0] <= ADJACENT_CUE_CHARS
                                             or _NOT_UNTIL_BEFORE.search(self.low, max(0, c.start - cue[0] - 24),
                                                                         c.start))) \
                and _DEADLINE_BEFORE.search(self.low, max(0, c.start - 12), c.start):
            # "through Oct. 19", "extended to Nov. 6": a deadline near the report, either side; but "runs until
            # 31 December", "can return them until 31 December", "is not expected to resume until June" schedule
            # it ahead.
            t = None
        elif _SINCE_BEFORE.search(self.low, max(0, c.start - 7), c.start):
            t = "past"  # "since March" has begun
        elif _MOVED_FROM_BEFORE.search(self.low, max(0, c.start - 40), c.start):
            t = "past"  # "put off from October, the fair will now open in February": the date it had
        options = []
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                options.append(date(y, month, min(day, calendar.monthrange(y, month)[1])))
            except ValueError:
                continue
        if t == "past" and (story := self.story_date(c, options)) is not None:
            return story.year
        if t == "past":
            # "never explained the Jan. 20 cutoff" may look ahead; "reopened on Jan. 2" may not.
            # A month spoken of in the past has begun ("the euros it pledged in October" is not next October).
            slack = 0 if grain == "month" or _PAST_VERB_ON.search(self.low, max(0, c.start - 40), c.start) \
                else PARTIAL_SLACK_DAYS
            fits = [d for d in options if d <= ref + timedelta(days=slack)]
            if not fits:
                return ref.year
            ahead = [d for d in options if d > fits[-1]]
            if ahead and cue and cue[0] > DISTANT_CUE_CHARS and (ref - fits[-1]).days > PAST_FAR_DAYS \
                    and (ahead[0] - ref).days <= FUTURE_NEAR_DAYS:
                # "invited them last week to a ceremony at the library on March 12" in February: a distant
                # past verb that introduces an event just ahead; eleven months back is the less likely reading.
                return ahead[0].year
            return fits[-1].year
        if t == "future":
            fits = [d for d in options if d >= ref]
            return fits[0].year if fits else ref.year
        listed = self.listed_after(c, options) if t is None else None
        if listed is not None:
            return listed.year
        return min(options, key=lambda d: abs((d - ref).days)).year

    def story_date(self, c: Candidate, options: list[date]) -> date | None:
        """In a retrospective (a text that has named "50 years ago this week"), a past-tense date without a year
        follows the narrative's date years back ("on August 8, 1972, ... by August 9"): the first such date on or
        after it. Elsewhere a past date years back is background ("the 1988 bombing ... agreed in April")."""
        prev, ref = self.prev, self.ref
        if not self.retrospective or prev is None or ref is None or prev.grain not in ("day", "week") \
                or prev.start.year >= ref.year - 1 \
                or c.start - prev.pos > STORY_CHARS:
            return None
        first = date(prev.start.year, 1, 1)
        dates = [d.replace(year=y) for d in options[:1] for y in (first.year, first.year + 1)
                 if not (d.month == 2 and d.day == 29)]
        return next((d for d in dates if d >= prev.start), None)

    def holiday_year(self, name: str, rel: str) -> int:
        """'last Thanksgiving' is the latest one before the reference day, 'next Christmas' the first after it."""
        ref = self.ref
        assert ref is not None

        def day(y: int) -> date:
            return date(y, *lx.HOLIDAYS[name]) if name in lx.HOLIDAYS else movable(name, y)

        if rel == "last":
            return ref.year if day(ref.year) < ref else ref.year - 1
        if rel == "next":
            return ref.year if day(ref.year) > ref else ref.year + 1
        return ref.year

    def sentence_year(self, c: Candidate, tense: Tense | None) -> int | None:
        """The year of a forecast's "first half" or "fourth quarter" when its sentence has just named a later year
        than the reference's ("growth in fiscal 1999, though the first half would be difficult", "to grow in 2010
        ... before the second half"); None elsewhere, and in a past sentence (quarter_year places those)."""
        named = self.year_named
        if named is None or tense != "future" or self.ref is None or named[1] <= self.ref.year \
                or named[0] < self.tenses.sentence(c.start)[0] or c.start - named[0] > 250:
            return None
        return named[1]

    def frame_year(self, c: Candidate) -> int | None:
        """The year a sentence opens with, framing its dates without a year: "Next year's regatta is set for 28
        April", "Last year's fair opened on 3 June", "In 2019 the show ran from 3 to 5 July", "The 2019 edition
        closed on 9 May". Only the sentence's opening frames it ("frozen at last year's rates until Nov. 21" is not);
        a relative frame against the sentence's tense ("Last year's winner will defend her title on 28 April") is
        the subject's year, not the date's."""
        assert self.ref is not None
        found = _YEAR_FRAME.match(self.low, self.tenses.sentence(c.start)[0], c.start)
        if found is None or _NEW_CLAUSE.search(self.low, found.end(), c.start):
            return None
        if not found.group("rel"):
            return int(found.group("y") or found.group("y2"))
        step = _YEAR_STEP[found.group("rel")]
        tense = self.tense(c)
        if (step < 0 and tense == "future") or (step > 0 and tense == "past"):
            return None
        return self.ref.year + step

    def possessive_past(self, c: Candidate) -> bool:
        """Whether a month's possessive names a month that has been ("a rematch of January's final", "March's
        figures"): its events are spoken of as done, unless "next" precedes it or a future cue is near ("December's
        vote will be close"; a cue further on is another clause's)."""
        if _POSSESSIVE_AFTER.match(self.low, c.end) is None \
                or _NEXT_BEFORE.search(self.low, max(0, c.start - 12), c.start) is not None:
            return False
        cue = self.tenses.cue(c.start, c.end)
        return cue is None or cue[1] != "future" or cue[0] > DISTANT_CUE_CHARS

    def full_year(self, c: Candidate) -> Timex | None:
        """'For the full year, profit rose': a whole year told in the past has ended. It is the earlier year the
        narrative just named, else, in January to March (the season of annual results), the year before the
        reference; later in the year a fiscal year may have ended ('the year ended Sept. 30'): None."""
        assert self.ref is not None
        prev = self.prev
        if prev is not None and prev.grain in ("year", "quarter", "half") and prev.start.year < self.ref.year \
                and c.start - prev.pos < 400:
            return self.period(c, "year", date(prev.start.year, 1, 1), "previous")
        if self.ref.month > 3:
            return None
        return self.period(c, "year", date(self.ref.year - 1, 1, 1), "reference")

"""Resolution: turn recognized candidates into TIMEX3 values and date intervals.

Inputs are the reference (publication) date, the sentence tense (computed lazily) and the
narrative's previous resolved date, which anaphoric expressions ("a day earlier") use.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from timeline import lexicon as lx
from timeline import windows
from timeline.clocktimes import ClockTimes
from timeline.context import (STORY_CHARS, _DATED_RULES, _DEADLINE_BEFORE, _Prev, _REPORTED_BEFORE, _SINCE_BEFORE,
                              _YEAR_STEP)
from timeline.habits import Habits
from timeline.listings import Listings
from timeline.periods import (SEASON_START, UNIT_GRAIN, UNRESOLVED, add_months, day_in, duration_value, movable, narrow,
                              nearest_weekday, offset_date, period_end, period_fields, period_start, period_value,
                              prefix_mod, quantity, quantity_mod, relative_weekday, shift, shift_by_unit,
                              two_digit_year, unit_name, worded_year)
from timeline.ranges import Ranges
from timeline.recognize import (BARE_SEASON_SIGNAL_BEFORE, COUNT_RATE_BEFORE, DECADE_BEFORE, Candidate,
                                MONEY_RATE_BEFORE, MOVED_TO_BEFORE as _MOVED_TO_BEFORE, candidates, year_span_end)
from timeline.tense import Tense, TenseIndex
from timeline.timex import Timex
from timeline.yearchoice import YearChoice, quarter_year


# ---------------------------------------------------------------------------------------------
# Context the core alone reads (the cues several modules read are in context.py).

# "over the next century", "throughout the last century": the words that make a span of one.
_LONG_SPAN_BEFORE = re.compile(r"\b(?:over|during|throughout|across|for|within|in\s+the\s+course\s+of)\s+$")
# "within a year", "in two weeks": a span counted from now, unless an event follows ("within a year of the crash").
_SPAN_SIGNAL_BEFORE = re.compile(r"\b(within|in)\s+(?:another\s+|just\s+|only\s+)?$")
_FROM_EVENT_AFTER = re.compile(r"\s+(?:of|after|before|from|since)\b")
# A counted plural noun right before "a week": things per period ("six flights a week", "700 seats a day").
_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens?|hundreds|thousands|millions"
    r"|several|many|few))(?:\s+of)?\s+(?:[a-z-]+\s+){0,2}[A-Za-z]*[A-Za-z]s\s+$"
    r"|\d\s*(?:cm|mm|km|kg|lb|ft|m)\s+$")  # "4 cm an hour", "2kg a week": an abbreviated measure per unit
# How far back a reported quarter still sets the granularity of "a year ago" (results reporting).
QUARTER_CONTEXT_CHARS = 1500
# How far back (characters) "a day earlier" looks for the last dated day when a month or year was named since.
ANAPHOR_DAY_CHARS = 1500
_AGO_THIS_AFTER = re.compile(r"\s+(today|this\s+week|this\s+month)(?![a-z'’-])")
# A possessive weekday before the result of an act ("Wednesday's ruling"), and a verb of a plan right before it.
_RESULT_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:ruling|decision|verdict|vote|election|results?|judg(?:e)?ment|attack|bombing|shooting|raid"
                           r"|announcement|remarks|comments|statement|findings|deal|agreement|order)\b")
_GOVERNED_BEFORE = re.compile(
    r"\b(?:to|will|would|shall|['’]ll|could|may|might|should)\s+(?:fight|appeal(?:\s+against)?|challenge|contest"
    r"|overturn|reverse|review|condemn|critici[sz]e|defend|reject|welcome|investigate|probe|implement|enforce|honou?r"
    r"|respect|ignore|examine|scrutini[sz]e|respond\s+to|comply\s+with|block|quash|undo)\s+(?:the\s+)?$")
# "minutes after the blast": an event follows the signal, so the unit is not counted from the previous date.
_EVENT_AFTER = re.compile(r"\s+[a-z\d]")
# "15 August, Independence Day": a date set beside a holiday by a comma or bracket.
_BESIDE_GAP = re.compile(r"\s*[,(]\s*")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|by)\s+$")
# "postponed until Tuesday", "adjourned the hearing to Monday": a deferral always points ahead.
_DEFERRED_BEFORE = re.compile(
    r"\b(?:postponed?|postpones|delay(?:ed|s)?|adjourn(?:ed|s)?|defer(?:red|s)?|put\s+off|push(?:ed|es)?\s+back"
    r"|moved\s+back|recess(?:ed|es)?|reschedul(?:ed|es?))\s+(?:[\w'’-]+\s+){0,4}?(?:until|till|to)\s+$")
# "the summer recess", "the autumn term": a season naming a kind of period of an institution's calendar.
_SEASON_NOUN_AFTER = re.compile(r"\s+(?:term|terms|recess|break|holidays?|vacation|session|semester|timetable|schedule"
                                r"|transfer\s+window|sales|solstice|olympics|games|collection|camp|festival)\b")
_THROUGH_BEFORE = re.compile(r"\b(?:through|thru|until|till|into|ahead\s+of)\s+$")
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|before)\s+$")
_PURPOSE_FOR_BEFORE = re.compile(r"\bfor\s+$")
_OUTSIDE_MODS = ("only", "just", "barely")
# A date named only as a comparison's baseline ("the highest since 1998", "the first visit since records began in
# 1997", "a level last seen in 1991", "up from 8.9 percent in July", "compared with 2019"): the story is not told
# on it, so "a year earlier" and a later clock time do not count from it (see Resolver.baseline).
_BASELINE_BEFORE = re.compile(
    r"\b(?:first|record|level|time|ever|[a-z]{2,}est|most|least|worst|best)\b[^.;:!?]{0,40}\bsince\b[^.;:,!?()]{0,45}$"
    r"|\b(?:last|not|never)\s+(?:been\s+)?(?:seen|reached|recorded|matched|touched|hit|surpassed|bettered)"
    r"\s+(?:since\s+|in\s+|before\s+)?$"
    r"|\b(?:up|down)\s+from\b[^.;:,!?]{0,35}\b(?:in|on)\s+$|\bfrom\s+\S*\d[^.;:,!?]{0,25}\b(?:in|on)\s+$")
# The object of a forecast or a plan lies ahead of it, whatever the verb's tense: "forecast a gap in the March
# quarter", "have called strikes for the autumn", "booked extra staff for the summer" (see Resolver.ahead_tense).
_FORWARD_OBJECT_BEFORE = re.compile(
    r"\b(?<!had\s)(?:forecast|predicted|predicts|projected|foresaw|foresees|anticipated|anticipates)"
    r"\s+(?:(?!that\b|as\b|after\b|when\b|while\b|because\b|but\b)[\w'’-]+\s+){0,4}?(?:in|for|during|by)\s+$"
    r"|\b(?:called|planned|scheduled|booked|slated|earmarked|timed|proposed|ordered|reserved)"
    r"\s+(?:[\w'’-]+\s+){0,3}?for\s+$")
# Anaphors of a month or longer, which count from the period a report is about rather than the report's day.
_COARSE_GRAINS = frozenset({"month", "quarter", "half", "season", "year", "decade"})
# "fiscal 2020", "fiscal year 2020": a fiscal year named by the calendar year it ends in (see Resolver.fiscal_named).
_FISCAL_NAMED = re.compile(r"\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b")
# "have cancelled surgery until Monday": a present perfect state lasting until a day holds now, so the day is ahead.
_PERFECT_UNTIL_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?[a-z]{3,}(?:ed|shut|cut|put|closed)\b[^.;:!?\n]{0,60}"
                                   r"\b(?:until|till)\s+$")
# "restrictions from Monday" with no verb (a headline, a list): a start named by its weekday is ahead.
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
# "since 2016, when the plant opened": a relative clause narrates the year, which the story then goes on from.
_NARRATED_AFTER = re.compile(r",?\s+when\b")


def without_focus_word(c: Candidate, low: str) -> Candidate:
    """'just 17 hours', 'only two days ago': TimeBank leaves the focus word outside the TIMEX3."""
    mod = c.feats.get("mod")
    if mod not in _OUTSIDE_MODS or not low.startswith(mod, c.start):
        return c
    skip = len(mod)
    while low[c.start + skip:c.start + skip + 1].isspace():
        skip += 1
    return Candidate(c.start + skip, c.end, c.rule, c.kind, c.feats)


# Dates written with the month's name, day first ("7 March", "Mon 4 Jun") or month first ("March 7"); the month
# must be capitalised in the text ("2 may go" is no date).
_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
               r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])")
_DAY_MONTH_WRITTEN = re.compile(r"(?<![\d/.:,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(?P<mon>"
                                + _MONTH_NAME + ")")
_MONTH_DAY_WRITTEN = re.compile(r"(?<![a-z])(?P<mon>" + _MONTH_NAME + r")\s{0,3}(?:the\s{1,3})?(?:[12]\d|3[01]|0?[1-9])"
                                r"(?:st|nd|rd|th)?(?![\d:])")


def _written_day_first(text: str, low: str) -> bool:
    """Whether a text names its dates day first and never month first (the issue's default is month first)."""
    def named(pattern: re.Pattern) -> bool:
        return any(text[m.start("mon")].isupper() for m in pattern.finditer(low))
    return named(_DAY_MONTH_WRITTEN) and not named(_MONTH_DAY_WRITTEN)


# Words of play and of money, to tell a game's quarter or half from a company's (Resolver.game_period).
_GAME_WORDS = re.compile(
    r"\b(?:points?|scored|scores?|scoring|scorer|led|trailed|trailing|touchdowns?|baskets?|goals?|innings|game|games"
    r"|match|quarterback|rebounds?|assists?|three-pointers?|free\s+throws?|field\s+goals?|penalt(?:y|ies)|tries"
    r"|kicked|half-?time|overtime|rallied|equali[sz]ed|equali[sz]er|striker|referee|whistle|interception|fumble"
    r"|wickets?|sacks?|hat-trick|pitch|defen[cs]e|offen[cs]e|possession|comeback"
    # a play, a concert or a film has halves too (the interval between them): "the second half drags"
    r"|play|concert|film|movie|musical|opera|ballet|interval|intermission|encore|the\s+show|the\s+production"
    r"|the\s+performance|the\s+audience|the\s+cast|on\s+stage"
    # a race's halves ("runners slowed in the second half") and a match's break
    r"|race|marathon|runners|riders|laps?|at\s+the\s+break)\b")
# Words that make a sentence's part of day a habit's, unless the sentence names its day ("crashes tend to rise in
# the evening"; "on Monday, as usual, it rained in the afternoon" keeps Monday).
_GENERIC_CUE = re.compile(r"\b(?:tends?\s+to|tended\s+to|usually|often|typically|generally|normally|as\s+a\s+rule)\b")
_COUNTRY_CUE: dict[str, re.Pattern] = {}


def _country_cue(country: str) -> re.Pattern:
    """The words that name ``country`` (lexicon.COUNTRY_CUES), compiled on first use."""
    if country not in _COUNTRY_CUE:
        _COUNTRY_CUE[country] = re.compile(r"(?<![a-z])(?:" + lx.COUNTRY_CUES[country] + r")(?![a-z])")
    return _COUNTRY_CUE[country]


def country_day(spec: tuple[int, ...], year: int) -> date:
    """A country's holiday in ``year``: (month, day), or (month, weekday, n), the n-th such weekday of the month."""
    if len(spec) == 2:
        return date(year, spec[0], spec[1])
    month, weekday, n = spec
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# How far (in characters) around a game's half with no cue in its sentence the story's words are read.
_STORY_WINDOW = 400
_MONEY_WORDS = re.compile(
    r"[%$£€¥]|\b(?:fiscal|earnings|revenues?|profits?|sales|loss|losses|percent|per\s+cent|shares|stocks?|econom\w*"
    r"|growth|gdp|results|income|dividends?|analysts?|forecasts?|quarterly|billion|million|company|companies|firm"
    r"|output|prices?|inflation|investors?|market|markets|demand|orders|margins?|spending|budget|rates?)\b")
# Grains from fine to coarse: 'fifty years on' from a dated day is that day's anniversary.
_GRAIN_RANK = {"day": 0, "time": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5,
               "decade": 6, "century": 7}
# A range's connector is short ("to", " - ", "until", "through", "and"): dates farther apart are no range.
_RANGE_GAP_CHARS = 16
# The rules whose dates can end a range (see Resolver.range_end).
_RANGE_END_RULES = frozenset({"month_bare", "month_day", "day_month", "numeric_date", "weekday", "holiday"})
# "will now last two weeks": "last" is the verb after an auxiliary, modal or "to".
_VERB_LAST_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|must|to|does|did|do|not|now|also|still"
                               r"|only|['’]ll)\s+$")
# "One day later", "one day of talks": a span of a day, not some day.
_SPAN_WORD_AFTER = re.compile(r"\s*(?:later|earlier|after|before|ago|of|in|into|on|at|to|from|and)\b")
_LABEL_COLON = re.compile(r"[^\S\n]*:")


_WEEKDAY_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|thru|[-–—])\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_HEADING_WEEKDAY_AFTER = re.compile(
    r"(?:\s*(?:to|until|till|through|thru|[-–—])\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day)?\s*:")
# "the nine months to September", "the year ended March 31": a period counted back from the date after it.
_ENDING_AFTER = re.compile(r"\s+(?:to|ended|ending|through)\s+")
_NTH_STEP = {"other": 2, "second": 2, "third": 3, "fourth": 4}
"""'every other week', 'every second Thursday', 'every third year': how many periods one step spans."""


# ---------------------------------------------------------------------------------------------
# The resolver


class Resolver(ClockTimes, Habits, Listings, YearChoice, Ranges):
    """Resolves the candidates of one text in order, remembering the narrative's last date."""

    def __init__(self, text: str, low: str, reference: date | None, era: int | None = None) -> None:
        self.text, self.low, self.ref = text, low, reference
        self.pivot = reference.year if reference else era
        self.prev: _Prev | None = None
        self.tenses = TenseIndex(text, low)
        self.quarter: _Prev | None = None  # the last fiscal quarter or half the text reported on
        self.retrospective = False  # whether the text looks back "50 years ago this week" (see story_date)
        self.last: Timex | None = None  # the last timex resolved: the start of a range ("from March to May")
        self.overnight = False  # whether the text told news of the night before the reference day (evening_before)
        self.year_named: tuple[int, int] | None = None  # the offset and year of the last whole year named ("in 2010")
        # The dates and times resolved so far, for the day of a later clock time: (start, end, day or None for
        # a longer period, whether it can date a clock time; see _clock_anchor).
        self.days: list[tuple[int, int, date | None, bool | None]] = []
        self.hours: dict[int, int] = {}  # the hour of each clock time resolved, by its start (see clock_day)
        self.countries: dict[str, str | None] = {}  # the country each country-dependent holiday is read for
        # The narrative's last date that is not the day of a reporting verb ("said on Sunday"), for "the year
        # before" after "in 2016, the ministry said on Sunday" (see base).
        self.told: _Prev | None = None
        self.baselines: set[int] = set()  # the starts of dates named only as a comparison's baseline (see baseline)
        self._day_first: bool | None = None  # whether the text writes dates day first (see day_first)

    @property
    def prev_day(self) -> _Prev | None:
        """The narrative's last date of a single day (or a time of day), whatever was named since."""
        for start, _, day, _ in reversed(self.days[-50:]):  # bounded: a long text holds many dates
            if day is not None:
                return _Prev("day", day, start)
        return None

    # -- helpers -----------------------------------------------------------------------------

    def tense(self, c: Candidate) -> Tense | None:
        return self.tenses.tense(c.start, c.end)

    def year_of(self, s: str) -> int:
        s = s.strip()
        if s[0] in "'’":
            return two_digit_year(int(s[1:]), self.pivot)
        if not s[0].isdigit():
            return worded_year(s)
        return int(s)

    def timex(self, c: Candidate, type_: str, value: str, mod: str | None, gran: str,
              earliest: date | None, latest: date | None, anchor: str) -> Timex:
        if earliest and latest and earliest > latest:
            earliest, latest = latest, earliest
        return Timex(self.text[c.start:c.end], c.start, c.end, type_, value, mod, gran,  # type: ignore[arg-type]
                     earliest, latest, anchor, c.rule)  # type: ignore[arg-type]

    def period(self, c: Candidate, grain: str, start: date, anchor: str, mod: str | None = None,
               parts: int = 1, type_: str = "DATE", pod: str | None = None, moves: bool = True) -> Timex:
        """A DATE (or TIME with a part of day) for a whole period, remembered as the narrative date unless it
        does not ``moves`` the narrative (a comparison: "a year earlier", "the year-ago quarter")."""
        e, l, value, first = period_fields(grain, start, mod, parts)
        if pod:
            value += "T" + pod
            type_ = "TIME"
        if moves and anchor in ("absolute", "reference") and self.baseline(c):
            moves = False
            self.baselines.add(c.start)
        if moves:
            self.prev = _Prev(grain, first, c.start)
            if grain in ("quarter", "half"):
                self.quarter = self.prev
            if grain not in ("day", "time") or not _REPORTED_BEFORE.search(self.low, max(0, c.start - 40), c.start):
                self.told = self.prev
        return self.timex(c, type_, value, mod, "time" if type_ == "TIME" else grain, e, l, anchor)

    def baseline(self, c: Candidate) -> bool:
        """Whether a fully written date is only the baseline of a comparison in its sentence ("the highest since
        1998", "the first visit since records began in 1997", "last seen in 1991", "up from 5.8 percent in
        September"): the narrative stays on the date it compares ("a year earlier" counts from that one). "compared
        with a loss in the 1988 period" is left out: results texts go on with that period ("the year-ago results").
        A year narrated by a clause of its own ("since 2016, when the plant opened") is told."""
        lo = max(self.tenses.sentence(c.start)[0], c.start - 100)
        window = self.low[lo:c.start]
        if not any(w in window for w in ("since", "seen", "from", "reached", "recorded",
                                         "matched", "touched", "hit", "surpassed", "bettered")):
            return False  # most dates have none of the words: skip the pattern
        return _BASELINE_BEFORE.search(self.low, lo, c.start) is not None \
            and _NARRATED_AFTER.match(self.low, c.end) is None

    def ahead_tense(self, c: Candidate) -> Tense | None:
        """The tense that places a quarter or season: future when it is the object of a forecast or a plan
        ("predicted a shortfall in the December quarter", "have called strikes for the autumn"), else the sentence's."""
        lo = max(self.tenses.sentence(c.start)[0], c.start - 60)
        if _FORWARD_OBJECT_BEFORE.search(self.low, lo, c.start):
            return "future"
        return self.tense(c)

    def unresolved(self, c: Candidate, grain: str, value: str | None = None, type_: str = "DATE",
                   mod: str | None = None) -> Timex:
        return self.timex(c, type_, value or UNRESOLVED.get(grain, "XXXX-XX-XX"), mod, grain, None, None, "none")

    def reported_prev(self, c: Candidate) -> bool:
        """Whether the narrative's last date is the day of a reporting verb, with a told date shortly before it."""
        return self.prev is not None and self.prev is not self.told and self.told is not None \
            and c.start - self.told.pos < STORY_CHARS

    def base(self, c: Candidate | None = None, grain: str | None = None) -> tuple[date | None, str]:
        """The anchor for an anaphoric expression: the previous date, else the reference date.

        Given the expression and its grain, two refinements: a day ("a day earlier", "the following day")
        counts from the last dated day, not from a month or year named since ("later this month"), if one is
        within ANAPHOR_DAY_CHARS; a month or longer ("the year before", "a year earlier") skips the day of a reporting
        verb ("rose 18 percent in 2016, the ministry said on Sunday, up on the year before"); and in a past-tense
        sentence a narrative date after the reference (a scheduled "Jan. 24") is no anchor, the reference date is.
        """
        prev = self.prev
        if c is not None and grain == "day" and prev is not None and prev.grain not in ("day", "time") \
                and self.prev_day is not None and c.start - self.prev_day.pos < ANAPHOR_DAY_CHARS:
            prev = self.prev_day
        if c is not None and grain in _COARSE_GRAINS and prev is self.prev and self.reported_prev(c):
            prev = self.told  # "a year earlier" counts from the period reported on, not from the day of the report
        if prev is not None and c is not None and self.ref is not None and prev.start > self.ref \
                and self.tense(c) == "past":
            return self.ref, "reference"
        if prev is not None:
            return prev.start, "previous"
        return self.ref, "reference"

    # -- dispatch ----------------------------------------------------------------------------

    def resolve(self, c: Candidate) -> Timex | None:
        fn = getattr(self, "r_" + c.rule, None)
        if fn is None or (c.rule == "quarter" and self.game_period(c)):
            return None
        try:
            t = fn(c, c.feats)
            if t is not None and c.rule in _RANGE_END_RULES:
                if self.last is not None and c.start - self.last.end <= _RANGE_GAP_CHARS:
                    t = self.range_end(c, t, self.last)
                t = self.range_start(c, t)
            if t is not None and c.rule in _DATED_RULES and t.granularity == "day" and t.anchor == "absolute":
                t = self.with_clock(t)
        except (ValueError, OverflowError, KeyError):
            return None
        if t is not None:
            t = self.bounded(t)
            self.last = t
            if t.granularity in ("day", "time"):
                self.note_overnight(t)
            if t.granularity == "year" and t.type == "DATE" and t.earliest is not None and t.value.isdigit():
                self.year_named = (t.start, t.earliest.year)
            self.note_day(t)
        return t

    def note_day(self, t: Timex) -> None:
        """Remember a resolved date or time for the clock times after it (vague words and spans are skipped)."""
        if t.type not in ("DATE", "TIME") or t.earliest is None or t.granularity == "vague" or t.start in self.baselines:
            return
        if t.rule == "night" or t.text.lower() == "overnight":
            return  # the night before runs into the narrative's day, which stays the scene (see night)
        if t.granularity in ("day", "time") and t.earliest == t.latest:
            # Whether the day can date a later clock time is worked out only if one asks (most texts have none).
            self.days.append((t.start, t.end, t.earliest, True if t.type == "TIME" else None))
        else:
            self.days.append((t.start, t.end, None, False))  # "in March" after a day: that day is no longer the scene

    # -- absolute dates ----------------------------------------------------------------------

    def r_iso_date(self, c: Candidate, f: dict) -> Timex:
        d = date(int(f["y"]), int(f["m"]), int(f["d"]))
        if f.get("hh"):
            self.prev = _Prev("day", d, c.start)
            return self.timex(c, "TIME", f"{d.isoformat()}T{f['hh']}:{f['mi']}", None, "time", d, d, "absolute")
        return self.period(c, "day", d, "absolute")

    def _month_day(self, c: Candidate, month: int, day: int, year: str | None, mod=None, parts=1) -> Timex:
        if year:
            return self.period(c, "day", date(self.year_of(year), month, day), "absolute", mod, parts)
        if self.ref is None or self.yearly_date(c):
            date(2000, month, day)  # validates the day
            return self.unresolved(c, "day", f"XXXX-{month:02d}-{day:02d}", mod=mod)
        if c.feats.get("ry"):
            y = self.ref.year + _YEAR_STEP[c.feats["ry"]]
            return self.period(c, "day", date(y, month, day), "reference", mod, parts)
        y = self.weekday_year(c.feats.get("wd"), month, day) or self.frame_year(c) \
            or self.partial_year(c, month, day)
        return self.period(c, "day", date(y, month, day), "reference", mod, parts)

    def r_month_day(self, c: Candidate, f: dict) -> Timex:
        mod, parts = prefix_mod(f.get("pre"))
        if mod is None and f.get("approx"):
            mod = "APPROX"  # "around April 14"
        return self._month_day(c, lx.MONTHS[f["mon"].rstrip(".")], int(re.match(r"\d+", f["d"]).group()),
                               f.get("y"), mod, parts)

    r_day_month = r_month_day

    def r_week_of(self, c: Candidate, f: dict) -> Timex:
        """'the week of March 6', 'w/c 25 Sept': the ISO week holding the day, its year chosen as for the day alone;
        'the week beginning Monday' holds the weekday read as alone (a schedule's weekday looks ahead)."""
        if f.get("wd"):
            if self.ref is None:
                return self.unresolved(c, "week")
            wd = lx.WEEKDAYS[f["wd"]]
            if f.get("end"):
                # "the week ended Friday": a reported week, its last day the latest such weekday (ahead only for
                # "the week ending Saturday" in a forecast)
                back = self.ref - timedelta(days=(self.ref.weekday() - wd) % 7)
                ahead = self.ref + timedelta(days=(wd - self.ref.weekday()) % 7)
                d = ahead if f["end"] != "ended" and self.tense(c) == "future" else back
                return self.period(c, "week", period_start("week", d), "reference")
            d = self.weekday_date(c, self.ref, wd) if self.tense(c) == "past" \
                else self.ref + timedelta(days=(wd - self.ref.weekday()) % 7)
            return self.period(c, "week", period_start("week", d), "reference")
        mon, dd = (f["mon"], f["d"]) if f.get("mon") else (f["mon2"], f["d2"])
        month, day = lx.MONTHS[mon.rstrip(".")], int(re.match(r"\d+", dd).group())
        if f.get("y"):
            d, anchor = date(self.year_of(f["y"]), month, day), "absolute"
        elif self.ref is None:
            date(2000, month, day)  # validates the day
            return self.unresolved(c, "week")
        else:
            d, anchor = date(self.partial_year(c, month, day), month, day), "reference"
        return self.period(c, "week", period_start("week", d), anchor)

    def r_week_number(self, c: Candidate, f: dict) -> Timex | None:
        """'week 9': ISO week 9 of the year given, else of the year the tense picks around the reference (the last
        such week in a past sentence, the next in a future one, else the nearest)."""
        wn = int(f["wn"])
        if f.get("y"):
            return self.period(c, "week", date.fromisocalendar(int(f["y"]), wn, 1), "absolute")
        if self.ref is None:
            return self.unresolved(c, "week", f"XXXX-W{wn:02d}")
        options = []
        for y in (self.ref.year - 1, self.ref.year, self.ref.year + 1):
            try:
                options.append(date.fromisocalendar(y, wn, 1))
            except ValueError:
                pass  # a year without a week 53
        this_monday = period_start("week", self.ref)
        t = self.tense(c)
        if t == "past":
            d = max(d for d in options if d <= this_monday)
        elif t == "future":
            d = min(d for d in options if d >= this_monday)
        else:
            d = min(options, key=lambda d: abs((d - this_monday).days))
        return self.period(c, "week", d, "reference")

    def _month_or_year(self, c: Candidate, f: dict) -> tuple[str, date, str] | None:
        """The month or year a 'the first week of ...' phrase counts in: grain, first day, anchor. A month's year
        is chosen for the phrase's own day, near the middle of its week: "the last week of October" said on 17
        October is still ahead, "the first week of October" is past."""
        if f.get("mon"):
            month = lx.MONTHS[f["mon"]]
            if f.get("y"):
                return "month", date(int(f["y"]), month, 1), "absolute"
            if self.ref is None:
                return None
            k = 0 if f.get("ord") in ("last", "final") else lx.ORDINALS.get(f.get("ord") or "", 1)
            day = 28 if k == 0 else min(28, 4 + 7 * (k - 1))
            return "month", date(self.partial_year(c, month, day), month, 1), "reference"
        if f.get("yy"):
            return "year", date(int(f["yy"]), 1, 1), "absolute"
        if self.ref is None:
            return None
        return "year", date(self.ref.year + _YEAR_STEP.get(f["ry"], 0), 1, 1), "reference"

    def r_nth_week(self, c: Candidate, f: dict) -> Timex | None:
        """'the first week of the year' is ISO week 1; the k-th week of a month is the ISO week holding its day
        4 + 7(k-1) (ISO's own rule for week 1), the last the one holding its last day but three. 'the last two weeks
        of December' is no ISO week: the month, mod START/END, its window the first/last 7n days."""
        found = self._month_or_year(c, f)
        if found is None:
            return self.unresolved(c, "month" if f.get("mon") else "year")
        grain, first, anchor = found
        last = period_end(grain, first)
        last_one = f["ord"] in ("last", "final")
        if f.get("n"):
            days = 7 * int(lx.number_value(f["n"]) or 0)
            mod = "END" if last_one else "START"
            if f["ord"] not in ("first", "last", "final"):
                return None
            e, l = (last - timedelta(days=days - 1), last) if last_one else (first, first + timedelta(days=days - 1))
            self.prev = _Prev(grain, first, c.start)
            return self.timex(c, "DATE", period_value(grain, first), mod, grain, e, l, anchor)
        k = lx.ORDINALS[f["ord"]] if not last_one else 0
        day = last - timedelta(days=3) if last_one else first + timedelta(days=3 + 7 * (k - 1))
        return self.period(c, "week", period_start("week", day), anchor)

    def r_nth_weekday(self, c: Candidate, f: dict) -> Timex | None:
        """'the first Monday of March' is a day; 'the first Sunday of every month' a set."""
        wd = lx.WEEKDAYS[f["wd"]]
        if f.get("every"):
            return self.timex(c, "SET", f"XXXX-XX-WXX-{wd + 1}", None, "day", None, None, "none")
        found = self._month_or_year(c, f)
        if found is None:
            return self.unresolved(c, "day", f"XXXX-{lx.MONTHS[f['mon']]:02d}-XX")
        _, first, anchor = found
        if f["ord"] in ("last", "final"):
            last = period_end("month", first)
            d = last - timedelta(days=(last.weekday() - wd) % 7)
        else:
            d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (lx.ORDINALS[f["ord"]] - 1))
        return self.period(c, "day", d, anchor)

    def r_ordinal_day(self, c: Candidate, f: dict) -> Timex:
        day = int(f["d"])
        if self.ref is None:
            return self.unresolved(c, "day", f"XXXX-XX-{day:02d}")
        t = self.tense(c)
        if _DEADLINE_BEFORE.search(self.low, max(0, c.start - 12), c.start):
            t = "future"  # "by the 3rd": a deadline ahead
        elif _SINCE_BEFORE.search(self.low, max(0, c.start - 7), c.start):
            t = "past"
        options = [d for d in (day_in(add_months(date(self.ref.year, self.ref.month, 1), k), day) for k in (-2, -1, 0, 1, 2))
                   if d is not None]
        if t == "future":
            d = min(d for d in options if d >= self.ref)
        elif t == "past":
            d = max(d for d in options if d <= self.ref)
        else:
            d = min(options, key=lambda d: (abs((d - self.ref).days), d > self.ref))
        return self.period(c, "day", d, "reference")

    def r_month_year(self, c: Candidate, f: dict) -> Timex:
        mod, parts = prefix_mod(f.get("pre"))
        d = date(self.year_of(f["y"]), lx.MONTHS[f["mon"].rstrip(".")], 1)
        return self.period(c, "month", d, "absolute", mod, parts)

    def r_numeric_date(self, c: Candidate, f: dict) -> Timex:
        # month first (10/7), day first with slashes (25/10/2024), dots (18.10.2024) or dashes (03-02-2025)
        m_key, d_key = ("m", "d") if "m" in f else ("mm", "dd") if "mm" in f else ("mm3", "dd3") if "mm3" in f \
            else ("mm4", "dd3")
        month, day = int(f[m_key]), int(f[d_key])
        if m_key == "m" and day <= 12 and self.day_first:
            month, day = day, month  # "6/2/2017" in a text that writes "7 March 2017": 6 February
        y = f.get("y") or f.get("yy") or f.get("yy3")
        if y and len(y) == 2:
            y = "'" + y
        return self._month_day(c, month, day, y)

    def country_of(self, name: str) -> str | None:
        """The country among those that keep holiday ``name`` that the text names most (the first named on a tie),
        or None when it names none of them (worked out once per text and name)."""
        cache = self.countries
        if name in cache:
            return cache[name]
        best, best_key = None, None
        for country in lx.COUNTRY_HOLIDAYS[name]:
            found = [m.start() for m in _country_cue(country).finditer(self.low)]
            if found and (best_key is None or (-len(found), found[0]) < best_key):
                best, best_key = country, (-len(found), found[0])
        cache[name] = best
        return best

    def national_holiday(self, c: Candidate, f: dict, spec: tuple[int, ...]) -> Timex:
        """A holiday on the date of the text's country: 'Independence Day' in an Indian story is August 15, 'Labour
        Day' in a Canadian one the first Monday of September; a year, 'last' or 'next', or the tense chooses the year."""
        if f.get("y"):
            return self.period(c, "day", country_day(spec, self.year_of(f["y"])), "absolute")
        if self.ref is None:
            value = f"XXXX-{spec[0]:02d}-{spec[1]:02d}" if len(spec) == 2 else None
            return self.unresolved(c, "day", value)
        ref, rel = self.ref, f.get("rel")
        if rel == "last":
            year = ref.year if country_day(spec, ref.year) < ref else ref.year - 1
        elif rel == "next":
            year = ref.year if country_day(spec, ref.year) > ref else ref.year + 1
        elif rel == "this":
            year = ref.year
        else:
            this_year = country_day(spec, ref.year)
            year = self.partial_year(c, this_year.month, this_year.day)
        return self.period(c, "day", country_day(spec, year), "reference")

    def r_holiday(self, c: Candidate, f: dict) -> Timex | None:
        name = " ".join(f["name"].replace("’", "'").split())
        if name in lx.COUNTRY_HOLIDAYS:
            country = self.country_of(name)
            if country is not None:
                return self.national_holiday(c, f, lx.COUNTRY_HOLIDAYS[name][country])
            if name not in lx.HOLIDAYS:
                return None  # "National Day" with no country named: no date to give it
        year = self.year_of(f["y"]) if f.get("y") else None
        if year is None and self.ref is None:
            md = lx.HOLIDAYS.get(name)
            night = "TNI" if name in lx.NIGHT_HOLIDAYS else ""
            return self.unresolved(c, "day", f"XXXX-{md[0]:02d}-{md[1]:02d}{night}" if md else None,
                                   type_="TIME" if night else "DATE")
        if year is None and f.get("rel"):
            year, anchor = self.holiday_year(name, f["rel"]), "reference"
        elif year is None:
            if (md := lx.HOLIDAYS.get(name)) is None:
                feast = movable(name, self.ref.year)
                md = (feast.month, feast.day)
            if name.startswith("eid") and self.ref.year in lx.EID_AL_FITR_SECOND:
                md = min((md, lx.EID_AL_FITR_SECOND[self.ref.year]),
                         key=lambda x: abs((date(self.ref.year, *x) - self.ref).days))
            year = self.partial_year(c, md[0], md[1])
            anchor = "reference"
        else:
            anchor = "absolute"
        d = date(year, *lx.HOLIDAYS[name]) if name in lx.HOLIDAYS else movable(name, year)
        if name.startswith("eid") and year in lx.EID_AL_FITR_SECOND and self.ref is not None:
            # Eid al-Fitr fell twice in 2000 and 2033: the one nearer the reference
            other = date(year, *lx.EID_AL_FITR_SECOND[year])
            d = min((d, other), key=lambda x: abs((x - self.ref).days))
        beside = self.day_beside(c)
        if beside is not None and beside[0] != d:
            d, anchor = beside  # "15 August, Independence Day" in India: the date the text gives wins
        return self.period(c, "day", d, anchor, pod="NI" if name in lx.NIGHT_HOLIDAYS else None)

    def day_beside(self, c: Candidate) -> tuple[date, str] | None:
        """The day set beside a holiday's name by a comma or bracket ("15 August, Independence Day", "Independence
        Day (15 August)"): the text's own date for it, which may not be the one the name has elsewhere."""
        last = self.last
        if last is not None and last.type == "DATE" and last.granularity == "day" and last.earliest is not None \
                and last.rule != "holiday" and _BESIDE_GAP.fullmatch(self.low, last.end, c.start):
            return last.earliest, last.anchor
        gap = _BESIDE_GAP.match(self.low, c.end)
        if gap is None or gap.end() == c.end:
            return None
        found = self.first_date(gap.end(), min(len(self.text), gap.end() + 30), c.end)
        if found is None or found[0].granularity != "day" or found[1] is None or found[0].rule == "holiday":
            return None  # "Twelfth Night, Epiphany and ...": a list of feasts, each on its own day
        return found[1], found[0].anchor

    def r_decade_pair_end(self, c: Candidate, f: dict) -> Timex | None:
        """'the 1950s and 60s': the 60s in the first decade's century, or the next one's when it would go back in
        time ('the 1990s and 00s' is 2000-2009)."""
        m = DECADE_BEFORE.search(self.low, max(0, c.start - 12), c.start)
        if m is None:
            return None
        century, dec = int(m.group("cent")), int(f["dec"])
        if dec < int(m.group("dec")):
            century += 1
        return self.period(c, "decade", date(century * 100 + dec * 10, 1, 1), "absolute")

    def r_decade(self, c: Candidate, f: dict) -> Timex:
        mod, parts = prefix_mod(f.get("pre"))
        if f.get("cent") == "20":
            # "the 2000s" in news is the decade 2000-2009 (the century is still running); "the 1800s" is a century.
            return self.period(c, "decade", date(2000, 1, 1), "absolute", mod, parts)
        if f.get("cent"):
            return self.period(c, "century", date(int(f["cent"]) * 100, 1, 1), "absolute", mod, parts)
        if f.get("dec"):
            y = int(f["dec"]) * 10
        elif f.get("dec2"):
            y = two_digit_year(int(f["dec2"]) * 10, self.pivot)
        else:
            words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
            y = 1920 + 10 * words.index(f["decw"])
        return self.period(c, "decade", date(y, 1, 1), "absolute", mod, parts)

    def r_century_turn(self, c: Candidate, f: dict) -> Timex:
        size = 1000 if f["unit"] == "millennium" else 100
        if f.get("ord"):
            o = f["ord"].replace("-", " ")
            boundary = ((lx.ORDINALS.get(o) or int(re.match(r"\d+", o).group())) - 1) * size
            anchor = "absolute"
        elif self.ref is not None:
            boundary = self.ref.year // size * size  # the last turn before the reference date
            anchor = "reference"
        else:
            return self.unresolved(c, "year", "XXXX", mod="APPROX")
        # A turn is loose: the decade centred on the boundary year (1895 .. 1904 for 1900).
        return self.timex(c, "DATE", f"{boundary:04d}", "APPROX", "year", date(max(1, boundary - 5), 1, 1),
                          date(boundary + 4, 12, 31), anchor)

    def r_century_part(self, c: Candidate, f: dict) -> Timex:
        """'the end of the century', 'mid-century': the reference's century; in a past sentence after a dated
        narrative, that date's century ("founded in 1850 ... by the end of the century")."""
        mod, parts = prefix_mod(f.get("pre"))
        if self.prev is not None and self.tense(c) == "past" and (self.ref is None or self.prev.start <= self.ref):
            year, anchor = self.prev.start.year, "previous"
        elif self.ref is not None:
            year, anchor = self.ref.year, "reference"
        else:
            return self.unresolved(c, "century", "XX", mod=mod)
        return self.period(c, "century", date(max(1, year // 100 * 100), 1, 1), anchor, mod, parts, moves=False)

    def r_century(self, c: Candidate, f: dict) -> Timex:
        mod, parts = prefix_mod(f.get("pre"))
        o = f["ord"].replace("-", " ")
        n = lx.ORDINALS.get(o) or int(re.match(r"\d+", o).group())
        if f.get("dpos") and mod is None:
            # "the last decade of the 19th century": the 1890s (TimeML 189), as the decade is written.
            return self.period(c, "decade", date((n - 1) * 100 + (0 if f["dpos"] == "first" else 90), 1, 1),
                               "absolute")
        return self.period(c, "century", date(max(1, (n - 1) * 100), 1, 1), "absolute", mod, parts)

    def r_fiscal_year(self, c: Candidate, f: dict) -> Timex:
        y = f.get("y") or f.get("fy")
        year = self.year_of(y) if len(y) != 2 else two_digit_year(int(y), self.pivot)
        return self.period(c, "year", date(year, 1, 1), "absolute")

    def r_split_year(self, c: Candidate, f: dict) -> Timex:
        """'2024-25', 'fiscal 2023-24': one DATE over both years (whichever months the label covers), valued by the
        year it ends in, as TimeML values fiscal years and sports seasons."""
        first = int(f["y"])
        if f.get("noun") and not f.get("pre"):
            # "the 2024-25 financial year": the label alone; after a prefix the noun is inside ("the end of the
            # 2031-32 tax year" names one part of that year).
            c = Candidate(c.start, c.end - len(f["noun"]), c.rule, c.kind, c.feats)
        mod, parts = prefix_mod(f.get("pre"))
        t = self.period(c, "year", date(first + 1, 1, 1), "absolute", mod)
        # "the start of the 2031-32 tax year": the prefix narrows the two years, not the second alone.
        e, l = narrow(date(first, 1, 1), date(first + 1, 12, 31), mod, parts)
        return replace(t, earliest=e, latest=l)

    def r_months_part(self, c: Candidate, f: dict) -> Timex | None:
        """'the first three months of 2023' is its first quarter, 'the last six months of the year' its second half."""
        quarter = f["n"] in ("three", "3")
        first = f["pos"] == "first"
        ordinal = "first" if first else ("fourth" if quarter else "second")
        return self.r_quarter(c, {"ord": ordinal, "unit": "quarter" if quarter else "half", "y": f["y"]})

    def r_year(self, c: Candidate, f: dict) -> Timex:
        mod, parts = prefix_mod(f.get("pre"))
        if f.get("pre") in ("post", "pre"):
            mod = "AFTER" if f["pre"] == "post" else "BEFORE"
        text = self.text[c.start:c.end]
        y = int(re.search(r"\d{4}", text).group())
        return self.period(c, "year", date(y, 1, 1), "absolute", mod, parts)

    def r_year_span_end(self, c: Candidate, f: dict) -> Timex | None:
        """'53' in 'the 1950-53 war': a year of the first one's century, only when that first year was tagged."""
        x = self.last
        if x is None or x.rule != "year" or x.end != c.start - 1 or x.value != x.text[-4:]:
            return None
        y = year_span_end(int(x.value), self.text[x.end:c.end])
        return None if y is None else self.period(c, "year", date(y, 1, 1), "absolute")

    def r_short_year(self, c: Candidate, f: dict) -> Timex:
        return self.period(c, "year", date(self.year_of(f["x"]), 1, 1), "absolute")

    def r_year_words(self, c: Candidate, f: dict) -> Timex | None:
        return self.period(c, "year", date(worded_year(f["yw"]), 1, 1), "absolute")

    # -- quarters and seasons ----------------------------------------------------------------

    def r_quarter(self, c: Candidate, f: dict) -> Timex | None:
        unit = f["unit"]
        if unit == "period":
            if f.get("ago") and self.prev is not None and c.start - self.prev.pos < 1500 and self.prev.grain == "week":
                return self.year_back(c, "week")  # "in the week ended Saturday ... the same period last year"
            if f.get("ago") and self.quarter is not None and c.start - self.quarter.pos < QUARTER_CONTEXT_CHARS:
                unit = self.quarter.grain  # results: "the third quarter ended Sept. 30 ... the same period last year"
            elif f.get("ago") and (self.prev is None or self.prev.grain not in ("quarter", "half", "month")):
                # "the same period last year" with no period in the narrative (or a year): the year before it.
                year = self.prev.start.year if self.prev is not None and self.prev.grain == "year" \
                    and c.start - self.prev.pos < 1500 else self.ref.year if self.ref is not None else None
                if year is None:
                    return self.unresolved(c, "year")
                anchor = "previous" if self.prev is not None and self.prev.grain == "year" else "reference"
                return self.period(c, "year", date(year - 1, 1, 1), anchor, moves=False)
            elif self.prev is None or self.prev.grain not in ("quarter", "half", "month", "year"):
                return None
            else:
                unit = self.prev.grain
        grain = "quarter" if unit == "quarter" else unit
        if "-" + unit in self.low[c.start:c.end] and self.low.startswith("the ", c.start):
            # "the third-quarter results": the determiner belongs to the noun, not the timex.
            c = Candidate(c.start + 4, c.end, c.rule, c.kind, c.feats)
        ords = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
        o = f.get("ord")
        back = 12 if f.get("ya") else 0
        if f.get("ago"):
            # "the (third) quarter a year ago": the comparison period twelve months back.
            if o in ords and f["ago"].startswith("last") and not f.get("y"):
                f = dict(f, y="last year")  # "the third quarter last year": of the year before the reference
            elif o in ords:
                back = 12
            elif o is None or o in ("same", "corresponding", "comparable"):
                o = "year-ago"  # "the same quarter a year earlier", "the corresponding period last year"
        if o in ("last", "final") and (f.get("y") or f.get("yy")) or (o == "final" and not f.get("ago")):
            # "the last quarter of 2024"; "the final quarter" alone is the year's last too ("the last quarter"
            # alone is the latest one reported)
            o = "fourth" if grain == "quarter" else "second"
        year = None
        year_anchor = "absolute"
        for key in ("yy", "y"):
            v = f.get(key)
            if v:
                v = v.replace("fiscal", "").strip()
                m = re.search(r"\d{4}", v)
                if m:
                    year = int(m.group())
                elif self.ref is not None:
                    # "of this year", "of the year": counted from the reference date
                    year = self.ref.year + (-1 if v.startswith("last") else 1 if v.startswith("next") else 0)
                    year_anchor = "reference"
        if o in ords:
            n = ords[o]
            if grain == "half" and n > 2:
                return None
            if year is None:
                if self.ref is None:
                    return self.unresolved(c, grain, f"XXXX-{'Q' if grain == 'quarter' else 'H'}{n}")
                cur = (self.ref.month - 1) // (3 if grain == "quarter" else 6) + 1
                tense = self.ahead_tense(c)
                year = self.sentence_year(c, tense)
                if year is None:
                    year = quarter_year(self.ref.year, n, cur, tense,
                                        None if grain == "quarter" else (self.ref.month - 1) // 3 + 1)
                    anchor = "reference"
                else:
                    anchor = "previous"
            else:
                anchor = year_anchor
            month = (n - 1) * (3 if grain == "quarter" else 6) + 1
            mod, parts = prefix_mod(f.get("pre"))  # "the end of the third quarter of 2021"
            return self.period(c, grain, add_months(date(year, month, 1), -back), anchor, mod, parts, moves=not back)
        # Relative quarters: the latest, the year-ago, the previous one, or plain "the quarter".
        if o in ("final",) and year is not None:
            return self.period(c, grain, date(year, 10 if grain == "quarter" else 7, 1), year_anchor)
        under = self.reported(c, grain)
        if o in ("same", "corresponding", "comparable", "year-ago", "year-earlier", "previous") and under is not None:
            base, anchor = under.start, "previous"
        elif self.ref is not None:
            # "the quarter", "the latest quarter": the last one completed before the report.
            base, anchor = shift(grain, period_start(grain, self.ref), -1), "reference"
            if o in ("current", "this"):
                base = period_start(grain, self.ref)
        else:
            return self.unresolved(c, grain)
        if o in ("year-ago", "year-earlier", "comparable"):
            base = add_months(base, -12)
        elif o == "previous":
            base = shift(grain, base, -1)
        elif o == "next":
            base = shift(grain, base, 1)
        if year is not None and o is None:
            base, anchor = base.replace(year=year), year_anchor
        # A comparison period does not move the narrative.
        mod, parts = prefix_mod(f.get("pre"))
        return self.period(c, grain, base, anchor, mod, parts, moves=o not in ("year-ago", "year-earlier", "comparable"))

    def reported(self, c: Candidate, grain: str) -> _Prev | None:
        """The period under discussion for "the year-ago quarter": the last one mentioned nearby, unless
        has not ended by the reference (a forecast, the quarter in progress): then the last reported one."""
        for p in (self.prev, self.quarter):
            if p is not None and p.grain == grain and c.start - p.pos < 1000 \
                    and (self.ref is None or shift(grain, p.start, 1) <= self.ref):
                return p
        return None

    def r_quarter_code(self, c: Candidate, f: dict) -> Timex:
        if f.get("h") and f.get("y"):
            return self.period(c, "half", date(int(f["y"]), 6 * int(f["h"]) - 5, 1), "absolute")
        if f.get("h"):
            # "H2" alone: the half of the year the sentence just named ("fiscal 2026 ... in H2"), else of the
            # reference year.
            n = int(f["h"])
            named = self.prev if self.prev is not None and self.prev.grain == "year" \
                and self.tenses.sentence(c.start)[0] <= self.prev.pos else None
            if named is not None:
                return self.period(c, "half", date(named.start.year, 6 * n - 5, 1), "previous")
            if self.ref is None:
                return self.unresolved(c, "half", f"XXXX-H{n}")
            return self.period(c, "half", date(self.ref.year, 6 * n - 5, 1), "reference")
        n = int(f["q"])
        if f.get("y"):
            return self.period(c, "quarter", date(int(f["y"]), 3 * n - 2, 1), "absolute")
        if self.ref is None:
            return self.unresolved(c, "quarter", f"XXXX-Q{n}")
        year = self.ref.year - (1 if n > (self.ref.month - 1) // 3 + 1 else 0)
        return self.period(c, "quarter", date(year, 3 * n - 2, 1), "reference")

    def r_month_quarter(self, c: Candidate, f: dict) -> Timex:
        """'the September quarter' (ending in September), 'the April-June quarter': a calendar quarter or half,
        its year placed as for 'the third quarter'."""
        last = lx.MONTHS[f.get("mon2") or f["mon"]]
        first = lx.MONTHS[f["mon"]] if f.get("mon2") else last - 2
        grain = "half" if last - first == 5 else "quarter"
        size = 6 if grain == "half" else 3
        if f.get("y"):
            return self.period(c, grain, date(int(f["y"]), first, 1), "absolute")
        n = (first - 1) // size + 1
        if self.ref is None:
            return self.unresolved(c, grain, f"XXXX-{'Q' if grain == 'quarter' else 'H'}{n}")
        year = quarter_year(self.ref.year, n, (self.ref.month - 1) // size + 1, self.ahead_tense(c),
                            None if grain == "quarter" else (self.ref.month - 1) // 3 + 1)
        return self.period(c, grain, date(year, first, 1), "reference")

    def r_season(self, c: Candidate, f: dict) -> Timex:
        code = lx.SEASONS[f["season"]]
        if (f.get("pre") or f.get("rel") == "the") and not f.get("y") and _SEASON_NOUN_AFTER.match(self.low, c.end):
            # "before the summer recess", "the middle of the autumn term": the season names a kind of term; the
            # determiner and the position belong to the noun.
            start = self.low.rindex(f["season"], c.start, c.end)
            c, f = Candidate(start, start + len(f["season"]), c.rule, c.kind, c.feats), dict(f, pre=None)
        mod, parts = prefix_mod(f.get("pre"))
        month = SEASON_START[code]
        if f.get("y"):
            return self.period(c, "season", date(self.year_of(f["y"]), month, 1), "absolute", mod, parts)
        if self.ref is None or (f.get("rel") in (None, "the") and self.yearly_date(c)):
            return self.unresolved(c, "season", f"XXXX-{code}", mod=mod)
        rel = f.get("rel") or "this"
        if not f.get("rel") and BARE_SEASON_SIGNAL_BEFORE.search(self.low, max(0, c.start - 12), c.start):
            rel = "the"  # "in autumn", "by summer": placed by the tense as "in the autumn" is
        cur = period_start("season", self.ref)
        this = date(self.ref.year - (1 if code == "WI" and self.ref.month <= 2 else 0), month, 1)
        if rel in ("last", "past"):
            d = this if this < cur else add_months(this, -12)
        elif rel in ("next", "coming"):
            d = this if this > cur else add_months(this, 12)
        elif rel == "the":
            # "ahead of the winter": the season after the event, in a past sentence too.
            # "buying crude for the winter", "closed for the summer": a purpose looks to the season at hand or
            # ahead, in a past sentence too.
            t = None if _AHEAD_OF_BEFORE.search(self.low, max(0, c.start - 16), c.start) \
                or _PURPOSE_FOR_BEFORE.search(self.low, max(0, c.start - 8), c.start) and this > cur \
                else "future" if _MOVED_TO_BEFORE.search(self.low, max(0, c.start - 24), c.start) \
                else "past" if _SINCE_BEFORE.search(self.low, max(0, c.start - 12), c.start) else self.ahead_tense(c)
            d = this
            if t == "past" and this > cur:
                d = add_months(this, -12)
            elif t == "future" and this < cur:
                d = add_months(this, 12)
        elif code == "WI" and 3 <= self.ref.month <= 8 and (self.ref.month <= 5 or self.tense(c) == "past"):
            # "This winter's flu season" said in March: the winter just ended (winter spans the new year); in summer
            # the tense decides, and from September on it is the coming one.
            d = date(self.ref.year - 1, 12, 1)
        else:
            d = this
        return self.period(c, "season", d, "reference", mod, parts)

    # -- deictic and anaphoric ---------------------------------------------------------------

    def r_deictic(self, c: Candidate, f: dict) -> Timex:
        mod, parts = prefix_mod(f.get("pre"))
        mod = None if mod == "MID" and f.get("dd") else mod
        dd = " ".join((f.get("dd") or f.get("dd3") or "").split())
        pod = f.get("pod") or f.get("pod2") or f.get("pod3") or f.get("pod4")
        if f.get("pod4") and self.prev is not None and self.prev.grain == "day" and c.start - self.prev.pos < 300:
            # "late afternoon" after "on Tuesday": that afternoon
            return self.period(c, "day", self.prev.start, "previous", mod, 1, pod=lx.PARTS_OF_DAY[pod])
        delta = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0,
                 "the day before yesterday": -2, "the day after tomorrow": 2}.get(dd, 0)
        if f.get("this") == "last":
            delta = -1 if pod in ("night", "evening") else 0
            if pod in ("morning", "afternoon"):
                delta = -1
        if dd == "tonight":
            pod = "night"
        if dd == "overnight" and not pod and not f.get("pre"):
            return self.night(c)
        code = lx.PARTS_OF_DAY.get(pod) if pod else None
        if self.ref is None:
            return self.unresolved(c, "day", "XXXX-XX-XX" + (f"T{code}" if code else ""),
                                   type_="TIME" if code else "DATE", mod=mod)
        return self.period(c, "day", self.ref + timedelta(days=delta), "reference", mod, 1, pod=code)

    def r_new_year(self, c: Candidate, f: dict) -> Timex:
        """'the new year' is the year that has begun (reference year) unless it is still ahead: in December or
        in a future sentence, the next one."""
        if self.ref is None:
            return self.unresolved(c, "year")
        ahead = self.ref.month == 12 or (self.ref.month > 2 and self.tense(c) == "future")
        return self.period(c, "year", date(self.ref.year + (1 if ahead else 0), 1, 1), "reference")

    def r_new_decade(self, c: Candidate, f: dict) -> Timex:
        """'the new decade' is the one under way in its first five years ('the 2020s' in 2024), else the next."""
        if self.ref is None:
            return self.unresolved(c, "decade")
        start = self.ref.year - self.ref.year % 10
        return self.period(c, "decade", date(start + (10 if self.ref.year % 10 >= 5 else 0), 1, 1), "reference")

    def r_relative(self, c: Candidate, f: dict) -> Timex | None:
        rel = " ".join(f["rel"].split())
        unit = f["unit"]
        mod, parts = prefix_mod(f.get("pre"))
        if mod is None and f.get("orso"):
            mod = "APPROX"  # "the next year or so"
        anaphoric = rel in ("the same", "the following", "the previous", "the preceding", "the prior")
        word = rel.replace("the ", "")
        word = {"this past": "last", "this coming": "next"}.get(word, word)  # a date, not the span up to now
        step = {"this": 0, "current": 0, "present": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
                "preceding": -1, "prior": -1, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
                "latest": -1}[word]
        code = lx.PARTS_OF_DAY.get(f["pod"]) if f.get("pod") else None
        if anaphoric:
            base, anchor = self.base()
        else:
            base, anchor = self.ref, "reference"
        if unit == "year" and word == "last" and not anaphoric and (fiscal := self.fiscal_named(c)) is not None:
            base, anchor = fiscal, "previous"
        if word == "past" and unit in UNIT_GRAIN and unit not in ("weekend",):
            # "over the past year": the year up to now, a duration anchored at the reference.
            value = duration_value(1, unit)
            if self.ref is None:
                return self.timex(c, "DURATION", value, mod, unit, None, None, "none")
            return self.timex(c, "DURATION", value, mod, unit, shift_by_unit(self.ref, -1, unit), self.ref, "reference")
        if unit in ("decade", "century") and mod in (None, "APPROX") and self.long_span(c, rel, unit):
            # "the next decade", "over the last century": the ten (hundred) years from or up to now, as "the past
            # decade" is; TimeML writes them as durations (P1DE) anchored at the reference.
            value = duration_value(1, unit)
            if self.ref is None:
                return self.timex(c, "DURATION", value, mod, unit, None, None, "none")
            step = -1 if word == "last" else 1
            return self.timex(c, "DURATION", value, mod, unit, self.ref, shift_by_unit(self.ref, step, unit),
                              "reference")
        if base is None:
            if unit in lx.SEASONS:
                return self.unresolved(c, "season", f"XXXX-{lx.SEASONS[unit]}", mod=mod)
            if unit in lx.WEEKDAYS:
                return self.unresolved(c, "day", f"XXXX-WXX-{lx.WEEKDAYS[unit] + 1}", mod=mod)
            if unit in lx.MONTHS:
                return self.unresolved(c, "month", f"XXXX-{lx.MONTHS[unit]:02d}", mod=mod)
            grain = UNIT_GRAIN.get(unit, "day")
            return self.unresolved(c, grain, mod=mod)
        if unit in lx.WEEKDAYS:
            wd = lx.WEEKDAYS[unit]
            if step == 0:
                d = self.weekday_date(c, base, wd)
            else:
                d = relative_weekday(base, wd, "last" if step < 0 else "next")
            return self.period(c, "day", d, anchor, mod, parts, pod=code)
        if unit in lx.MONTHS:
            month = lx.MONTHS[unit]
            y = base.year
            if step < 0:
                y -= 1 if month >= base.month else 0
            elif step > 0:
                y += 1 if month <= base.month else 0
            return self.period(c, "month", date(y, month, 1), anchor, mod, parts)
        if unit in lx.SEASONS and anaphoric and step != 0 and anchor == "previous":
            return self.period(c, "season", self.season_after(base, lx.SEASONS[unit], step), anchor, mod, parts)
        if unit in lx.SEASONS:
            f2 = dict(f, season=unit, rel={-1: "last", 0: "this", 1: "next"}[step], y=None)
            return self.r_season(c, f2)
        grain = UNIT_GRAIN[unit]
        d = shift(grain, period_start(grain, base), step)
        if grain in ("quarter", "half") and step == 0 and not anaphoric and self.results_period(c, grain):
            # "This quarter's loss" right after the results for the quarter just ended: that quarter.
            d = shift(grain, d, -1)
        t = self.period(c, grain, d, anchor, mod, parts, pod=code)
        pre = f.get("pre")
        if pre in ("earlier", "later") and d <= base <= (last := period_end(grain, d)):
            # "later this week" from a Wednesday is Thursday to Sunday, not the last third of the week.
            lo, hi = (d, base - timedelta(days=1)) if pre == "earlier" else (base + timedelta(days=1), last)
            if lo <= hi:
                t = self.timex(c, t.type, t.value, t.mod, t.granularity, lo, hi, t.anchor)
        return t

    def fiscal_named(self, c: Candidate) -> date | None:
        """The fiscal year the sentence opened before ``c``, when it is the one starting after the reference's
        calendar year ("began fiscal 2020 on Tuesday [Oct. 1, 2019] ... at last year's levels": fiscal 2019's, which
        the calendar reading would put in 2018); None otherwise."""
        if self.ref is None:
            return None
        lo = max(self.tenses.sentence(c.start)[0], c.start - 200)
        if "fiscal" not in self.low[lo:c.start]:
            return None
        found = None
        for found in _FISCAL_NAMED.finditer(self.low, lo, c.start):
            pass
        if found is None or int(found.group(1)) != self.ref.year + 1:
            return None
        return date(int(found.group(1)), 1, 1)

    def long_span(self, c: Candidate, rel: str, unit: str) -> bool:
        """Whether "the last/next/coming decade (century)" is the span up to or from now rather than the calendar
        one: a decade always is ("the last decade has been the warmest"), with its article ("last decade" alone is
        the 2010s); a century only as the stretch of an action ("over the next century"), since "built in the last
        century" names the 1900s."""
        if rel not in ("the last", "the next", "the coming", "coming"):
            return False
        return unit == "decade" or rel.endswith("coming") \
            or _LONG_SPAN_BEFORE.search(self.low, max(0, c.start - 20), c.start) is not None

    def results_period(self, c: Candidate, grain: str) -> bool:
        """Whether "this quarter" at ``c`` means the quarter just reported rather than the one in progress:
        the text reported on the previous quarter nearby and speaks of this one in the past or as a possessive."""
        q = self.reported(c, grain)
        if q is None or self.ref is None or shift(grain, q.start, 1) != period_start(grain, self.ref):
            return False
        return self.tense(c) == "past" or self.low.startswith(("'s", "’s"), c.end)

    def weekday_date(self, c: Candidate, ref: date, wd: int) -> date:
        """The news rule: same weekday is the reference day; else past tense back, future forward."""
        week = self.labelled_week(c.start, ref)
        if week is not None:
            return week + timedelta(days=wd)  # "Early next week: ... from Monday": a day of the week its label names
        if ref == self.ref and self.under_weekday_label(c.start):
            return ref + timedelta(days=(wd - ref.weekday()) % 7)
        if ref.weekday() == wd:
            return ref
        if _DEFERRED_BEFORE.search(self.low, max(0, c.start - 60), c.start):
            return ref + timedelta(days=(wd - ref.weekday()) % 7)
        if _UNTIL_BEFORE.search(self.low, max(0, c.start - 8), c.start):
            # "until Tuesday", "by Friday": a deadline, the nearest such day (ahead on a tie). A state that holds
            # until then, told in the present or future ("are closed until Monday", "will remain shut until
            # Monday"), ends ahead. "by" keeps the nearest: a verb before it is often a noun ("filed reports by").
            ahead = (wd - ref.weekday()) % 7
            if not self.low.startswith("by", c.start - 3) and (self.tense(c) != "past" or _PERFECT_UNTIL_BEFORE.search(
                    self.low, max(0, c.start - 100), c.start)):
                return ref + timedelta(days=ahead)
            return nearest_weekday(ref, wd)
        ahead = (wd - ref.weekday()) % 7
        if _HEADING_WEEKDAY_AFTER.match(self.low, c.end) and (c.start == 0 or self.text[c.start - 1] == "\n"):
            return ref + timedelta(days=ahead)  # "Tuesday through Thursday: showers": a forecast's or listing's heading
        possessive = self.low.startswith(("'s", "’s"), c.end)
        # "blaming uncertainty after Tuesday's election": a day's event named by a possessive has no verb of its
        # own; only its phrase's verb tells its time, and with none it is the past day.
        t = self.tenses.phrase_tense(c.start, c.end) if possessive else self.tense(c)
        if t == "future" and _RESULT_AFTER.match(self.low, c.end) \
                and _GOVERNED_BEFORE.search(self.low, max(0, c.start - 40), c.start):
            # "vowed to fight Wednesday's ruling", "will review Tuesday's decision": the plan is for the verb; the
            # ruling it acts on is already out, of the past day.
            t = "past"
        if t is None and (ahead <= 3 or _WEEKDAY_RANGE_AFTER.match(self.low, c.end)
                          or _FROM_BEFORE.search(self.low, max(0, c.start - 6), c.start)) and not possessive:
            # No tense word at all ("Doors open at noon on Saturday", "They meet Monday"): news writes schedules
            # in the present, so the nearer such day; a possessive ("Friday's purchases") names a past day. A range
            # with no tense ("Tuesday through Thursday: showers") is a forecast's or listing's: the days ahead.
            t = "future"
        if t == "future":
            return ref + timedelta(days=ahead)
        return ref - timedelta(days=(ref.weekday() - wd) % 7)

    def r_holiday_season(self, c: Candidate, f: dict) -> Timex:
        """'the holiday season' (Thanksgiving or Christmas to the new year) is valued by its December, whose year is
        chosen like a bare 'December': by the tense around the reference; 'last'/'next' step from the reference."""
        if self.ref is None:
            return self.unresolved(c, "month", "XXXX-12")
        rel = f.get("rel") or self.low[c.start:c.start + 4].strip()
        if rel == "last":
            year = self.ref.year - 1
        elif rel in ("next", "coming"):
            year = self.ref.year
        else:
            year = self.partial_year(c, 12)
        return self.period(c, "month", date(year, 12, 1), "reference")

    def r_sports_season(self, c: Candidate, f: dict) -> Timex:
        """'last season', 'this term': TIMEX3 has no value for a sports season, which often spans two years; it is
        valued by the year it ends in (a choice). The season under way ends in the reference year until July and
        in the next year from August, when most two-year seasons start."""
        if self.ref is None:
            return self.unresolved(c, "year")
        ends = self.ref.year + (1 if self.ref.month >= 8 else 0) + _YEAR_STEP[f["rel"]]
        return self.period(c, "year", date(ends, 1, 1), "reference")

    def r_weekday(self, c: Candidate, f: dict) -> Timex:
        wd = lx.WEEKDAYS[f["wd"]]
        mod, _ = prefix_mod(f.get("pre"))
        code = lx.PARTS_OF_DAY.get(f["pod"]) if f.get("pod") else None
        if f.get("pl") or f.get("pl2"):
            # "on Mondays", "Tuesday nights": every such day (or part of it), a SET.
            return self.timex(c, "SET", f"XXXX-WXX-{wd + 1}" + (f"T{code}" if code else ""), mod,
                              "time" if code else "day", None, None, "none")
        if self.generic_weekday(c):
            # "Sunday is the day we rest", "Monday is market day": any such day, a DATE of no week (TimeML).
            return self.unresolved(c, "day", f"XXXX-WXX-{wd + 1}" + (f"T{code}" if code else ""),
                                   type_="TIME" if code else "DATE", mod=mod)
        if f.get("det"):
            # "the Friday", "that Monday evening": the weekday next to the narrative's day (within three days
            # of it, before or after), as a story told around that day names its week's days.
            prev = self.prev_day
            if prev is not None:
                return self.period(c, "day", nearest_weekday(prev.start, wd), "previous", mod, 1, pod=code)
        heading = self.heading_day(c.start)
        if heading is not None:
            # A listing's block under "Saturday, March 15": its weekdays are read around that day, not the page's.
            return self.period(c, "day", self.weekday_date(c, heading, wd), "previous", mod, 1, pod=code)
        if self.ref is None:
            return self.unresolved(c, "day", f"XXXX-WXX-{wd + 1}" + (f"T{code}" if code else ""),
                                   type_="TIME" if code else "DATE", mod=mod)
        return self.period(c, "day", self.weekday_date(c, self.ref, wd), "reference", mod, 1, pod=code)

    def r_month_bare(self, c: Candidate, f: dict) -> Timex:
        month = lx.MONTHS[f["mon"]]
        mod, parts = prefix_mod(f.get("pre"))
        if self.ref is None or (not f.get("ry") and self.yearly_date(c)):
            return self.unresolved(c, "month", f"XXXX-{month:02d}", mod=mod)
        if f.get("ry"):
            y = self.ref.year + _YEAR_STEP[f["ry"]]  # "June last year": the month of that year
        elif self.possessive_past(c):
            y = self.ref.year if month <= self.ref.month else self.ref.year - 1
        elif (framed := self.frame_year(c)) is not None:
            y = framed
        else:
            y = self.partial_year(c, month, 1 if month != self.ref.month else self.ref.day, "month")
        return self.period(c, "month", date(y, month, 1), "reference", mod, parts)

    def r_same_back(self, c: Candidate, f: dict) -> Timex | None:
        return self.year_back(c, f["unit"])

    def year_back(self, c: Candidate, unit: str) -> Timex | None:
        """The narrative's day, week, weekend, month or season one year back ("the same weekend a year ago"): the same
        ISO week number (2008-W52 from 2009-W52), the same day or month; a comparison, so the narrative stays."""
        grain = UNIT_GRAIN.get(unit, "day")
        close = self.prev is not None and c.start - self.prev.pos < 1500
        if close and (self.prev.grain == grain or grain in ("week", "weekend") and self.prev.grain in ("day", "time")):
            base, anchor = self.prev.start, "previous"
        elif self.ref is not None:
            base, anchor = self.ref, "reference"
        else:
            return self.unresolved(c, grain)
        start = period_start(grain, base)
        if grain in ("week", "weekend"):
            year, week, day = start.isocalendar()
            week = min(week, date(year - 1, 12, 28).isocalendar()[1])  # a 53rd week maps to the 52nd
            start = date.fromisocalendar(year - 1, week, day)
        elif grain == "day" and (start.month, start.day) == (2, 29):
            start = start.replace(year=start.year - 1, day=28)
        elif grain == "day":
            start = start.replace(year=start.year - 1)
        else:
            start = add_months(start, -12)
        return self.period(c, grain, start, anchor, moves=False)

    def r_anaphor(self, c: Candidate, f: dict) -> Timex | None:
        unit = f.get("unit") or f.get("dunit") or f.get("unit2")
        code = lx.PARTS_OF_DAY.get(unit)
        grain = "day" if code else UNIT_GRAIN.get(unit, "day")
        base, anchor = self.base(c, grain)
        mod, parts = prefix_mod(f.get("pre"))
        if mod is None and f.get("orso"):
            mod = "APPROX"  # "the next year or so"
        if base is None:
            return self.unresolved(c, grain, mod=mod)
        if self.prev is not None and anchor == "previous" and grain == "day" and self.prev.grain not in ("day", "time") \
                and base == self.prev.start:
            # "that day" after a month or year, with no dated day before it, cannot be placed.
            return self.unresolved(c, grain, mod=mod)
        step = 0
        if f.get("dir") == "before" or f.get("rel") in ("previous", "preceding", "prior"):
            step = -1
        elif f.get("dir") == "after" or f.get("rel") in ("following", "next"):
            step = 1
        if grain in ("quarter", "half") and step == 0 and self.quarter is not None and self.quarter.grain == grain \
                and c.start - self.quarter.pos < QUARTER_CONTEXT_CHARS:
            # "that quarter" after "the second quarter ended Oct. 31": the quarter, not the later day's.
            base, anchor = self.quarter.start, "previous"
        d = shift(grain, period_start(grain, base), step)
        return self.period(c, grain, d, anchor, mod, parts, pod=code)

    def r_offset(self, c: Candidate, f: dict) -> Timex | None:
        c = without_focus_word(c, self.low)
        unit = unit_name(f["unit"])
        n = quantity(f["n"])
        if (f.get("half") or f.get("half0")) and n is not None:
            n += 0.5
        direction = " ".join(f["dir"].split())
        if direction == "on":
            return self.years_on(c, f)
        past = direction in ("ago", "earlier", "before", "back")
        mod = quantity_mod(f.get("mod"), bool(f.get("plus") or f.get("plus2")), past)
        if mod is None and ("couple" in f["n"] or f.get("orso")):
            mod = "APPROX"
        anaphoric = direction in ("earlier", "later", "before", "after")
        if n is not None and unit in ("decade", "century") and not float(n).is_integer() \
                and float(n * (10 if unit == "decade" else 100)).is_integer():
            n, unit = n * (10 if unit == "decade" else 100), "year"  # a quarter of a century ago: 25 years ago
        grain = UNIT_GRAIN.get(unit, "day")
        if grain in ("weekend",):
            grain = "week"
        if unit in lx.TIME_UNITS:
            grain = "day"
        if anaphoric:
            base, anchor = self.base(c, grain)
        else:
            base, anchor = self.ref, "reference"
        if base is None:
            return self.unresolved(c, grain, mod=mod)
        if n is None:
            # "several years ago": somewhere 2..7 units back, a PAST_REF/FUTURE_REF window.
            lo = shift_by_unit(base, -7 if past else 2, unit)
            hi = shift_by_unit(base, -2 if past else 7, unit)
            return self.timex(c, "DATE", "PAST_REF" if past else "FUTURE_REF", mod, grain, lo, hi, anchor)
        # Year-on-year comparisons in results reporting keep the reported period's granularity:
        # "profit rose from a year ago" after "the third quarter" is the third quarter a year before.
        same = None
        if unit == "year" and n == 1:
            if self.quarter is not None and c.start - self.quarter.pos < QUARTER_CONTEXT_CHARS:
                same = self.quarter
            elif (narr := self.told if anaphoric and self.reported_prev(c) else self.prev) is not None \
                    and c.start - narr.pos < 400 and narr.grain in ("month",) + (("day",) if anaphoric else ()):
                same = narr
        if same is not None:
            # "a year earlier" compares; it does not move the narrative
            return self.period(c, same.grain, add_months(same.start, -12 if past else 12), "previous", mod,
                               moves=False)
        d = shift_by_unit(base, -n if past else n, unit)
        if (on := self.anniversary(c, direction, n, unit)) is not None:
            c, grain = on
        elif not float(n).is_integer():
            # "two and a half years ago" is a month, "a decade and a half" a year: one grain finer.
            grain = {"decade": "year", "year": "month", "century": "decade"}.get(grain, grain)
        return self.period(c, grain, d, anchor, mod, moves=not anaphoric)

    def anniversary(self, c: Candidate, direction: str, n: float, unit: str) -> tuple[Candidate, str] | None:
        """'50 years ago this week', 'five years ago today': a retrospective names the same week (day, month) that
        many years back, one DATE (the week or day of the shifted reference), which the narrative then follows."""
        m = _AGO_THIS_AFTER.match(self.low, c.end) if direction == "ago" and unit in ("year", "decade") \
            and float(n).is_integer() else None
        if m is None:
            return None
        grain = "day" if m.group(1) == "today" else m.group(1).split()[-1]
        self.retrospective = True
        return Candidate(c.start, m.end(), c.rule, c.kind, c.feats), grain

    def years_on(self, c: Candidate, f: dict) -> Timex | None:
        """'A year on', 'fifty years on': the previous date moved ahead, at that date's grain when it is finer (the
        anniversary). With no date before it, or when that would pass the reference date (a dateline), the reference
        day itself: a text is written 'n years on'."""
        unit = unit_name(f["unit"])
        n = quantity(f["n"])
        grain = UNIT_GRAIN.get(unit, "day")
        grain = "day" if unit in lx.TIME_UNITS or grain == "weekend" else grain
        base, anchor = self.base(c, grain)
        if base is None or n is None:
            return self.unresolved(c, grain)
        if anchor == "previous" and self.prev is not None \
                and _GRAIN_RANK.get(self.prev.grain, 9) < _GRAIN_RANK.get(grain, 9):
            grain = self.prev.grain
        d = shift_by_unit(base, n, unit)
        if anchor == "reference" or (self.ref is not None and d > self.ref and self.tense(c) != "future"):
            # "a year on" opening a text, or counted from its dateline: the day it is written
            grain, d, anchor = "day", self.ref, "reference"
        return self.period(c, grain, d, anchor, moves=False)

    def r_bare_offset(self, c: Candidate, f: dict) -> Timex | None:
        """'Days later', 'hours earlier': an uncounted offset from the previous date, read as 'several days
        later'. Before an event ('minutes after the blast') the unit alone is an uncounted duration, as TimeBank
        tags the counted ones ('90 days' after the deadline)."""
        if f["dir"] in ("after", "before") and _EVENT_AFTER.match(self.low, c.end):
            unit = unit_name(f["unit"])
            c = Candidate(c.start, c.start + len(f["unit"]), c.rule, c.kind, c.feats)
            return self.timex(c, "DURATION", duration_value(None, unit), None, unit, None, None, "none")
        return self.r_offset(c, dict(f, n="several"))

    def r_anchored_offset(self, c: Candidate, f: dict) -> Timex | None:
        """'the day before last Tuesday', 'a week from Monday': the named day, resolved as it would be alone
        ('from' looks ahead: the next such weekday), moved by the count."""
        a = self.first_date(c.end - len(f["a"]), c.end)
        if a is None:
            return None
        sub, day = a
        n = 1 if f.get("n") is None else quantity(f["n"])
        if n is None:
            return None
        days = round(n * (7 if f.get("unit", "day").startswith("week") else 1)) * (-1 if f["dir"] == "before" else 1)
        if f["dir"] == "from" and sub.rule == "weekday" and self.ref is not None:
            day = self.ref + timedelta(days=(day.weekday() - self.ref.weekday()) % 7)
        if day is None:
            return self.unresolved(c, "day")
        return self.period(c, "day", day + timedelta(days=days), sub.anchor)

    def season_after(self, base: date, code: str, step: int) -> date:
        """'the following spring' after 1952 is the first spring to start after that whole year (1953); 'the
        previous winter' the last one to start before the narrative's date."""
        grain = self.prev.grain if self.prev is not None else "day"
        end = period_end(grain, period_start(grain, base)) if grain in UNIT_GRAIN.values() else base
        d = date(base.year - 1, SEASON_START[code], 1)
        if step > 0:
            while d <= end:
                d = add_months(d, 12)
        else:
            d = add_months(d, 24)
            while d >= base:
                d = add_months(d, -12)
        return d

    def first_date(self, start: int, end: int, lo: int | None = None, *, times: bool = False
                   ) -> tuple[Timex, date | None] | None:
        """The DATE at ``start`` (a day or a period), resolved in place without moving the narrative, and its
        first day. The rules see the text from ``lo`` on ("to March": 'March' needs its cue word). With ``times``,
        a part of a day is one too ("at 8 p.m. on Friday night": a clock time's day)."""
        lo = start if lo is None else lo
        for cand in candidates(self.text[lo:end]):
            if cand.start < start - lo:
                continue
            if cand.start != start - lo or cand.kind != "date":
                return None
            # Every field the resolution of a date can set is put back, the list of days by its length.
            keep = (self.prev, self.quarter, self.last, self.told, self.year_named, self.overnight, self.retrospective,
                    set(self.baselines))
            n = len(self.days)
            t = self.resolve(Candidate(cand.start + lo, cand.end + lo, cand.rule, cand.kind, cand.feats))
            (self.prev, self.quarter, self.last, self.told, self.year_named, self.overnight, self.retrospective,
             self.baselines) = keep
            del self.days[n:]
            if t is None or not (t.type == "DATE" or times and t.type == "TIME"):
                return None
            return t, t.earliest
        return None

    def r_this_time(self, c: Candidate, f: dict) -> Timex:
        if self.ref is None:
            return self.unresolved(c, "day", mod="APPROX")
        d = add_months(self.ref, 12 * _YEAR_STEP[f["ry"]])
        return self.period(c, "day", d, "reference", "APPROX")

    def r_holiday_weekend(self, c: Candidate, f: dict) -> Timex | None:
        """'the Christmas weekend': the weekend nearest the holiday, the one before it when the holiday falls on a
        Monday to Wednesday (a tie on Wednesday goes to the run-up), the one after on a Thursday or Friday."""
        rel = f.get("rel") if f.get("rel") in ("last", "next", "this") else None
        day = self.r_holiday(c, {"name": f["name"], "rel": rel, "y": None})
        if day is None or day.earliest is None:
            return None if self.ref is not None else self.unresolved(c, "weekend")
        d = day.earliest
        w = d.weekday()
        sat = d - timedelta(days=w + 2) if w <= 2 else d + timedelta(days=5 - w) if w <= 4 else period_start("weekend", d)
        return self.period(c, "weekend", sat, day.anchor)

    def r_mid_year(self, c: Candidate, f: dict) -> Timex:
        if self.ref is None:
            return self.unresolved(c, "year", mod="MID")
        return self.period(c, "year", date(self.ref.year, 1, 1), "reference", "MID", 3)

    def r_bare_fiscal(self, c: Candidate, f: dict) -> Timex:
        """'the current fiscal': valued by the reference year, as 'this fiscal year' is; which year a country's
        fiscal year is named by (India's 2023-24 ends in 2024) is not known from the text."""
        if self.ref is None:
            return self.unresolved(c, "year")
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(f["rel"], 0)
        return self.period(c, "year", date(self.ref.year + step, 1, 1), "reference")

    def r_compound_duration(self, c: Candidate, f: dict) -> Timex:
        """'2hr 40min' is PT2H40M, '3min 20sec' PT3M20S: one duration in two units."""
        a, b = int(f["a"]), int(f["b"])
        value = f"PT{a}H{b}M" if f["u"][0] == "h" else f"PT{a}M{b}S"
        return self.timex(c, "DURATION", value, None, "minute" if f["u"][0] == "h" else "second", None, None, "none")

    def r_midweek(self, c: Candidate, f: dict) -> Timex:
        if self.ref is None:
            return self.unresolved(c, "week", mod="MID")
        return self.period(c, "week", period_start("week", self.ref), "reference", "MID", 3)

    def r_year_adj(self, c: Candidate, f: dict) -> Timex | None:
        adj = f["adj"]
        if self.low.startswith("the ", c.start):
            c = Candidate(c.start + 4, c.end, c.rule, c.kind, c.feats)
        if "end" in adj:
            if self.ref is None:
                return self.unresolved(c, "day", "XXXX-12-31")
            t = "future" if _DEADLINE_BEFORE.search(self.low, max(0, c.start - 12), c.start) \
                else "past" if _SINCE_BEFORE.search(self.low, max(0, c.start - 7), c.start) else self.tense(c)
            ahead, behind = date(self.ref.year, 12, 31), date(self.ref.year - 1, 12, 31)
            if t is None:  # "should close at year-end": no tense, the nearer year end
                t = "future" if (ahead - self.ref) <= (self.ref - behind) else "past"
            base = ahead if t == "future" else behind
            return self.timex(c, "DATE", f"{base.year:04d}-12-31", None, "day", date(base.year, 12, 31),
                              date(base.year, 12, 31), "reference")
        same = self.prev if self.prev is not None and self.prev.grain in ("quarter", "month", "half") \
            and c.start - self.prev.pos < 600 else None
        if same is None and self.quarter is not None and c.start - self.quarter.pos < 600 \
                and self.prev is not None and self.prev.grain in ("day", "time"):
            same = self.quarter  # "for the quarter ended Sept. 30 ... the year-ago results" (no year in between)
        if same is not None:
            return self.period(c, same.grain, add_months(same.start, -12), "previous", moves=False)
        if self.ref is None:
            return self.unresolved(c, "year")
        return self.period(c, "year", date(self.ref.year - 1, 1, 1), "reference", moves=False)

    def r_the_unit(self, c: Candidate, f: dict) -> Timex | None:
        unit = f["unit"]
        grain = UNIT_GRAIN[unit]
        mod, parts = prefix_mod(f.get("pre"))
        if mod is not None:
            # "the end of the year": the period the narrative is in, narrowed.
            if self.ref is None:
                return self.unresolved(c, grain, mod=mod)
            return self.period(c, grain, period_start(grain, self.ref), "reference", mod, parts)
        if f.get("pre") and self.ref is not None:
            # "the rest of the year": the current period from the reference day on (TIMEX3 has no mod for it).
            t = self.period(c, grain, period_start(grain, self.ref), "reference")
            return self.timex(c, t.type, t.value, None, t.granularity, max(self.ref, t.earliest), t.latest, t.anchor)
        if mod is None and (t := self.ending(c, 1, unit)) is not None:
            if unit == "month" and t.earliest is not None and t.earliest.day == 1:
                # "the month ended Sept. 30": the calendar month that ends that day, one DATE
                return self.period(c, "month", t.earliest, t.anchor)
            return t  # "the year to March 31": the twelve months ending then
        if re.match(r"\s+(?:ended|ending|to\s+date)\b", self.low[c.end:c.end + 12]):
            # "the year ended March 31": a fiscal period of one unit, not the calendar one.
            return self.timex(c, "DURATION", duration_value(1, unit), None, unit, None, None, "none")
        if grain in ("week", "day") and self.prev is not None and c.start - self.prev.pos < 1500 \
                and self.prev.grain in (grain, "day"):
            return self.period(c, grain, period_start(grain, self.prev.start), "previous")
        if self.ref is None:
            return self.unresolved(c, grain)
        if grain == "year" and "full" in self.low[c.start:c.end] and self.ahead_tense(c) == "past" \
                and (t := self.full_year(c)) is not None:
            return t
        if grain == "weekend":
            heading = self.heading_day(c.start)
            if heading is not None:
                # "over the weekend" in a listing's block under "Friday, March 21": that day's weekend.
                return self.period(c, grain, period_start("weekend", heading), "previous")
            t = self.tense(c)
            if t is None and self.opens_line(c.start) and _LABEL_COLON.match(self.low, c.end):
                t = "future"  # "The weekend: brighter": a forecast's or listing's heading, the weekend ahead
            sat = period_start("weekend", self.ref)
            if _THROUGH_BEFORE.search(self.low, max(0, c.start - 12), c.start):
                # "crews worked through the weekend": a span reaching into the weekend that follows the day just
                # named ("late Friday"); with none, the weekend nearer the report (ahead on a tie).
                day = self.prev_day
                if day is not None and c.start - day.pos < 300:
                    ahead = 0 if day.start.weekday() >= 5 else 5 - day.start.weekday()
                    return self.period(c, grain, day.start + timedelta(days=ahead), "previous")
                if sat > self.ref:
                    t = "future" if (sat - self.ref).days <= (self.ref - sat).days + 6 else "past"
            if t != "future" and sat > self.ref:
                sat -= timedelta(days=7)
            return self.period(c, grain, sat, "reference")
        return self.period(c, grain, period_start(grain, self.ref), "reference")

    # -- vague, durations, sets --------------------------------------------------------------

    def r_vague(self, c: Candidate, f: dict) -> Timex | None:
        entry = windows.lookup(f["v"])
        if entry is None:
            return None
        type_, value, ((a1, u1), (a2, u2)) = entry
        if self.ref is None:
            return self.timex(c, type_, value, None, "vague", None, None, "none")
        return self.timex(c, type_, value, None, "vague", offset_date(self.ref, a1, u1),
                          offset_date(self.ref, a2, u2), "reference")

    def r_duration(self, c: Candidate, f: dict) -> Timex | None:
        if f.get("n") is None:
            f = dict(f, n="a")  # "the next fortnight": one
        det = f.get("det")
        if det and not f.get("rel") and not f.get("mod") and (
                re.fullmatch(r"[\w.]+-\w+", self.low[c.start + len(det):c.end].strip())
                or (det in ("a", "an") and f["n"][:1].isdigit())):
            # "a 16-hour shift", "the two-week trip", "a 6 min read": the article belongs to the noun, not the
            # duration.
            skip = len(det) + len(self.low[c.start + len(det):c.end]) - len(self.low[c.start + len(det):c.end].lstrip())
            c = Candidate(c.start + skip, c.end, c.rule, c.kind, c.feats)
        c = without_focus_word(c, self.low)
        if f.get("rel") == "last" and not det and _VERB_LAST_BEFORE.search(self.low, max(0, c.start - 12), c.start):
            # "will now last two weeks", "are scheduled to last six weeks": the verb, outside the bare duration.
            skip = 4 + len(self.low[c.start + 4:c.end]) - len(self.low[c.start + 4:c.end].lstrip())
            c, f = Candidate(c.start + skip, c.end, c.rule, c.kind, c.feats), dict(f, rel=None)
        unit = unit_name(f["unit"])
        n = quantity(f["n"])
        if self.some_day(c, f, unit):
            return self.timex(c, "DATE", "FUTURE_REF", None, "day", None, None, "none")
        if f["n"] in ("a", "an") and not (det or f.get("rel") or f.get("mod") or f.get("orso")) \
                and (_RATE_BEFORE.search(self.text, max(0, c.start - 40), c.start)
                     or MONEY_RATE_BEFORE.search(self.text, max(0, c.start - 40), c.start)
                     or COUNT_RATE_BEFORE.search(self.text, max(0, c.start - 12), c.start)):
            # "four flights a week", "$400,000 a year": a rate, i.e. a SET (TIMEX3 guidelines).
            return self.timex(c, "SET", duration_value(1, unit), None, unit, None, None, "none")
        if (f.get("half") or f.get("half0")) and n is not None:
            n += 0.5
        rel = f.get("rel")
        if det == "the" and n is not None and not f.get("mod") and not f.get("n2") and unit not in lx.TIME_UNITS \
                and (t := self.ending(c, n, unit)) is not None:
            return t
        mod = quantity_mod(f.get("mod"), bool(f.get("plus")), False)
        if mod is None and ("couple" in f["n"] or f.get("orso")):
            mod = "APPROX"
        value = duration_value(n, unit)
        gran = unit
        # A range ("the next 12 to 18 months") is valued by its lower bound; its window reaches the upper one.
        reach = (quantity(f["n2"]) or n) if f.get("n2") and n is not None else n
        if rel in ("past", "last", "previous", "preceding", "recent") and self.ref is not None and reach is not None \
                and unit not in lx.TIME_UNITS:
            return self.timex(c, "DURATION", value, mod, gran, shift_by_unit(self.ref, -reach, unit), self.ref, "reference")
        if rel in ("next", "coming") or f["n"].startswith("the next"):
            if n is None and self.ref is not None:
                entry = windows.lookup("the coming " + unit + "s")
                if entry:
                    (a1, u1), (a2, u2) = entry[2]
                    return self.timex(c, "DURATION", value, mod, gran, offset_date(self.ref, a1, u1),
                                      offset_date(self.ref, a2, u2), "reference")
        if rel in ("next", "coming") and self.ref is not None and reach is not None and unit not in lx.TIME_UNITS:
            return self.timex(c, "DURATION", value, mod, gran, self.ref, shift_by_unit(self.ref, reach, unit), "reference")
        if self.ref is not None and reach is not None and not det and not rel and unit not in ("second", "minute"):
            window = self.from_now(c, reach, unit)
            if window is not None:
                return self.timex(c, "DURATION", value, mod, gran, *window, "reference")
        return self.timex(c, "DURATION", value, mod, gran, None, None, "none")

    def some_day(self, c: Candidate, f: dict, unit: str) -> bool:
        """'One day, perhaps, it will build them': 'one day' opening a future sentence is some day to come
        (FUTURE_REF, unplaced), not a span of a day ('for one day', 'one day later')."""
        return unit == "day" and f["n"].lower() == "one" and not (f.get("det") or f.get("rel") or f.get("mod")) \
            and self.tenses.sentence(c.start)[0] == c.start and _SPAN_WORD_AFTER.match(self.low, c.end) is None \
            and self.tense(c) == "future"

    def from_now(self, c: Candidate, n: float, unit: str) -> tuple[date, date] | None:
        """The window of a span counted from now: 'within a year' is r .. r+1y unless the sentence is past
        (then it counts from a past event); 'in two weeks' in a future sentence is the week that holds r+2w,
        at the precision of its unit."""
        if _FROM_EVENT_AFTER.match(self.low, c.end):
            return None  # "within a week of the crash": counted from an event, not from now
        signal = _SPAN_SIGNAL_BEFORE.search(self.low, max(0, c.start - 12), c.start)
        if signal is None:
            return None
        tense = self.tense(c)
        if signal.group(1) == "within" and tense != "past":
            return self.ref, shift_by_unit(self.ref, n, unit)
        if signal.group(1) == "in" and tense == "future":
            grain = UNIT_GRAIN.get(unit, "day")
            grain = "week" if grain == "weekend" else grain
            start = period_start(grain, shift_by_unit(self.ref, n, unit))
            return start, period_end(grain, start)
        return None

    def r_race_time(self, c: Candidate, f: dict) -> Timex:
        """'2:19:44', a finishing time: PT2H19M44S (a zero hour or second is left out: '0:58:30' is PT58M30S)."""
        h, mi, s = int(f["h"]), int(f["mi"]), int(f["s"])
        value = "PT" + "".join(f"{n}{u}" for n, u in ((h, "H"), (mi, "M"), (s, "S")) if n)
        return self.timex(c, "DURATION", value, None, "second", None, None, "none")

    def r_the_pod(self, c: Candidate, f: dict) -> Timex:
        """'in the afternoon': that part of the day the narrative just named (the last date, a day within a few
        lines, planned or past), else of the reference day; in a habit ('I walk in the morning every day', 'crashes
        tend to rise in the evening') or a sentence with no tense and no day, of no day."""
        code = lx.PARTS_OF_DAY[f["pod"]]
        start, _, day, _ = self.days[-1] if self.days else (0, 0, None, None)
        last = self.last
        if day is not None and c.start - start < 300 and last is not None and last.earliest == day \
                and last.granularity in ("day", "time"):
            anchor = "previous"  # the scene's day, even one ahead ("Monday: rain arrives in the morning")
        else:
            day, anchor = self.ref, "reference"
        first, last_char = self.tenses.sentence(c.start)
        if day is None or self.habitual(c) or (anchor == "reference" and self.tense(c) is None) \
                or (_GENERIC_CUE.search(self.low, first, last_char) and not (anchor == "previous" and start >= first)):
            return self.unresolved(c, "day", "XXXX-XX-XXT" + code, type_="TIME")
        return self.period(c, "day", day, anchor, pod=code, moves=False)

    def r_whole_day(self, c: Candidate, f: dict) -> Timex:
        """'all day', 'a full day', 'the whole day': a span of one day (TimeML P1D), placed on no day."""
        return self.timex(c, "DURATION", "P1D", None, "day", None, None, "none")

    def r_following_span(self, c: Candidate, f: dict) -> Timex:
        """'the following days', 'the ensuing weeks': a vague span after the narrative's time (PXD, PXW)."""
        return self.r_plural_span(c, f)

    def r_plural_span(self, c: Candidate, f: dict) -> Timex:
        unit = unit_name(f["unit"])
        return self.timex(c, "DURATION", duration_value(None, unit), None, unit, None, None, "none")

    def ending(self, c: Candidate, n: float, unit: str) -> Timex | None:
        """'the three months to June 30', 'the year ended March 31': TimeML tags the duration and the date apart;
        the duration's window is the n units that end on the date's last day."""
        m = _ENDING_AFTER.match(self.low, c.end)
        if m is None:
            return None
        found = self.first_date(m.end(), m.end() + 40, c.end)
        if found is None or found[0].latest is None or found[0].anchor == "none":
            return None
        last = found[0].latest
        first = shift_by_unit(last + timedelta(days=1), -n, unit)
        return self.timex(c, "DURATION", duration_value(n, unit), None, unit, first, last, found[0].anchor)

    def r_long_adj(self, c: Candidate, f: dict) -> Timex:
        word = f.get("unit") or f["unit2"]
        unit = unit_name(word)
        if f.get("n"):
            n = quantity(f["n"])
        else:
            n = None if word.endswith(("s", "ia")) else 1  # "decades-long" counts no number
        return self.timex(c, "DURATION", duration_value(n, unit), None, unit, None, None, "none")

    def r_bare_units(self, c: Candidate, f: dict) -> Timex:
        unit = unit_name(f["x"])
        code = lx.UNITS[unit]
        value = duration_value(None, unit)
        if self.ref is not None and f.get("sig") in ("for", "over") and self.tense(c) == "past":
            amount, u = windows.DURATION_LOOKBACK.get(code, (0, "d"))
            return self.timex(c, "DURATION", value, None, unit, offset_date(self.ref, amount, u), self.ref, "reference")
        return self.timex(c, "DURATION", value, None, unit, None, None, "none")

    r_bare_units_of = r_bare_units

    def r_weekday_set(self, c: Candidate, f: dict) -> Timex:
        """'every weekday', 'weekday mornings', 'on weekends': TIMEX3 writes working days WD, weekends WE."""
        value = "XXXX-WXX-" + ("WD" if f["wk"] == "weekday" else "WE")
        if f.get("pod"):
            return self.timex(c, "SET", f"{value}T{lx.PARTS_OF_DAY[f['pod']]}", None, "time", None, None, "none")
        return self.timex(c, "SET", value, None, "day", None, None, "none")

    def r_set(self, c: Candidate, f: dict) -> Timex | None:
        adv = f.get("adv")
        if adv:
            value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                     "hourly": "PT1H", "quarterly": "P1Q", "nightly": "P1D", "biweekly": "P2W",
                     "biannually": "P6M", "biannual": "P6M", "semiannually": "P6M", "biennially": "P2Y", "fortnightly": "P2W",
                     "biennial": "P2Y"}[adv]
            return self.timex(c, "SET", value, None, value[-1].lower(), None, None, "none")
        unit = f.get("unit") or f.get("unit2")
        step = _NTH_STEP.get(f.get("other") or "", 1)
        if unit in lx.WEEKDAYS or unit.rstrip("s") in lx.WEEKDAYS:
            wd = lx.WEEKDAYS[unit.rstrip("s")] + 1
            # "every second Thursday": the value names the day; TIMEX3 would put the two-week step in
            # a freq attribute, which Timex does not carry.
            code = lx.PARTS_OF_DAY[f["wpod"]] if f.get("wpod") else None
            return self.timex(c, "SET", f"XXXX-WXX-{wd}" + (f"T{code}" if code else ""), None,
                              "time" if code else "day", None, None, "none")
        if unit in lx.PARTS_OF_DAY:
            return self.timex(c, "SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[unit]}", None, "time", None, None, "none")
        if unit in lx.SEASONS:
            return self.timex(c, "SET", f"XXXX-{lx.SEASONS[unit]}", None, "season", None, None, "none")
        if unit in lx.MONTHS:
            return self.timex(c, "SET", f"XXXX-{lx.MONTHS[unit]:02d}", None, "month", None, None, "none")
        u = unit_name(unit)
        if f.get("part"):  # "every half hour", "every quarter-hour"
            return self.timex(c, "SET", "PT30M" if f["part"] == "half" else "PT15M", None, "minute", None, None, "none")
        n = quantity(f["n"]) if f.get("n") else 1
        n = None if n is None else n * step  # "every few weeks": PXW
        return self.timex(c, "SET", duration_value(n, u), None, u, None, None, "none")

    # -- recognition gaps of local news, sport and listings -----------------------------------

    @property
    def day_first(self) -> bool:
        """Whether the text writes its dates day first ("7 March 2017", "Mon 4 Jun") and never month first
        ("March 7"): then an ambiguous "6/2/2017" is 6 February. Decided once per text, on first need."""
        if self._day_first is None:
            self._day_first = _written_day_first(self.text, self.low)
        return self._day_first

    def game_period(self, c: Candidate) -> bool:
        """'led by nine in the fourth quarter', 'scored twice in the second half': a period of a game, no date,
        when the sentence speaks of play and not of money (a sentence with neither: the text around it). Fiscal quarters ('profit rose in the fourth quarter,
        led by sales') keep their dates."""
        f = c.feats
        if f.get("unit") not in ("quarter", "half") or not f.get("ord") or f.get("y") or f.get("yy") or f.get("fy") \
                or f.get("fy2") or f.get("ago") or f.get("ya"):
            return False
        lo, hi = self.tenses.sentence(c.start)
        sentence = self.low[lo:hi]
        if _MONEY_WORDS.search(sentence) is not None:
            return False
        if _GAME_WORDS.search(sentence) is not None:
            return True
        # A sentence with no cue ("If the second half sags, ...") takes the story's: play around it and no money.
        around = self.low[max(0, c.start - _STORY_WINDOW):c.end + _STORY_WINDOW]
        return _GAME_WORDS.search(around) is not None and _MONEY_WORDS.search(around) is None

    r_day_month_rel_year = r_month_day

    def r_whole_month(self, c: Candidate, f: dict) -> Timex:
        return self.r_month_bare(c, {"mon": f["mon"]})

    def r_weekday_ordinal(self, c: Candidate, f: dict) -> Timex | None:
        """'Tuesday the 6th': the 6th nearest the reference that is a Tuesday (this month, the next or the last)."""
        wd, day = lx.WEEKDAYS[f["wd"]], int(re.match(r"\d+", f["d"]).group())
        if self.ref is None:
            return self.unresolved(c, "day", None)
        options = []
        for step in (-2, -1, 0, 1, 2):
            first = add_months(self.ref.replace(day=1), step)
            if day <= calendar.monthrange(first.year, first.month)[1] and first.replace(day=day).weekday() == wd:
                options.append(first.replace(day=day))
        if not options:
            return None
        d = min(options, key=lambda x: (abs((x - self.ref).days), x < self.ref))
        return self.period(c, "day", d, "reference")

    def r_holiday_set(self, c: Candidate, f: dict) -> Timex:
        """'every Christmas': the holiday's day in every year (XXXX-12-25); a movable feast recurs yearly (P1Y)."""
        md = lx.HOLIDAYS.get(" ".join(f["name"].replace("’", "'").split()))
        if md is None:
            return self.timex(c, "SET", "P1Y", None, "year", None, None, "none")
        return self.timex(c, "SET", f"XXXX-{md[0]:02d}-{md[1]:02d}", None, "day", None, None, "none")

    def r_every_adj_weekday(self, c: Candidate, f: dict) -> Timex:
        return self.timex(c, "SET", f"XXXX-WXX-{lx.WEEKDAYS[f['wd']] + 1}", None, "day", None, None, "none")

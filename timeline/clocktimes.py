"""Clock times and parts of the day, and the day each falls on (the narrative's, a listing's or the report's).

A mixin Resolver inherits, not functions taking it: these read and update the narrative state and call one another
and the other families through self, as the resolver's own methods do."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline import lexicon as lx
from timeline.context import _BLANK_LINE, _PAST_VERB, _Prev, _REPORTED_BEFORE, _SINCE_BEFORE
from timeline.periods import relative_weekday
from timeline.recognize import Candidate, clock_after
from timeline.timex import Timex


# How far back in its paragraph the day of a narrated clock time may be named (see Resolver.narrative_of).
_NARRATIVE_CHARS = 600
# How near a past verb after a clock time tells the time in the past (see Resolver.told_past).
ADJACENT_PAST_CHARS = 25
# "on Nov. 5 at 7 a.m.": a time right after a day is of that day, whatever the day dates.
_ATTACHED_CLOCK = re.compile(r"\s*,?\s*(?:at|by|from|until|till|around|about|before|after)?\s*")
# A past verb or auxiliary in a clock time's sentence: the time is told in the past ("Last entry 8pm." is not).
_TOLD_PAST = re.compile(_PAST_VERB.pattern + r"|\b(?:was|were|had|did)\b")
# "6am on Monday": the date after a clock time, outside its extent, gives its day.
_ON_DATE_AFTER = re.compile(r",?\s+on\s+")
# "staffed from 7am to 3pm on Tuesday 30 September", "between 5pm and 9pm on Christmas Eve": both ends of a range
# of hours take the day after it.
_HOURS_THEN_ON = re.compile(r"\s*(?:[-–]|to|until|till|and)\s*(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight"
                            r"|midday)(?![\w]),?\s+on\s+")
# "shut from 06:00 to 09:30, then from 17:00 to 19:30 tomorrow": a run of hours ending on a day word takes it.
_HOURS_THEN_DAY = re.compile(r"(?:\s*(?:[-–,]|to|until|till|and|or|and\s+again|then)\s*(?:from\s+|at\s+)?(?:\d{1,2}(?:[:.][0-5]\d)?"
                             r"\s*(?:[ap]\.?m\b\.?)?|noon|midnight|midday)(?![:.]?\d)){0,6}\s+(?=(?:today|tonight|tomorrow)\b)")
# "shortly after 7am": a signal before a clock time, left outside its extent (see Resolver.outside_signal).
_SIGNAL_PREFIX = re.compile(r"(?:shortly|just)\s+(?:before|after)\s+")
# "6:40 p.m., not 6:10", "8 a.m. or 8:30": a bare clock time offered as the alternative of one with its meridiem.
_ALTERNATIVE_CLOCK_BEFORE = re.compile(r"\d\s?([ap])\.?m\b\.?,?\s+(?:not|or|rather\s+than|instead\s+of)\s+$")


def _clock_mod(pre: str | None) -> str | None:
    """The mod of a clock time's modifier: 'around' APPROX. ('shortly after', 'just before' are signals, cut off
    before this by Resolver.outside_signal, so no other modifier reaches it.)"""
    pre = " ".join((pre or "").split())
    return "APPROX" if pre in ("about", "around", "approximately", "roughly") else None


_PLACE_TIME = re.compile(r" ([A-Z][a-z]+)(?: [A-Z][a-z]+)? time\b")
_NOT_A_PLACE = frozenset({"the", "this", "that", "its", "their", "his", "her", "at", "in", "by", "next", "last", "same",
                          "any", "each", "every", "some", "no", "our", "one", "first", "what", "local", "prime", "half",
                          "full", "part", "screen", "lead", "tea", "dinner", "lunch", "game", "match", "closing"})
# "up 6% from the same day last year", "the previous peak, set on January 6": a day named as a comparison's base or
# a record's date, not the scene of the clock times after it.
_COMPARED_BEFORE = re.compile(r"(?:\b(?:up|down)\s[^.;:!?]{0,20}?\bfrom|\bthan|\bcompared\s+(?:with|to)|\bversus"
                              r"|\b(?:peak|record|high|low|best|worst)\b[^.;:!?]{0,30}?\b(?:set|reached|recorded|posted))"
                              r"\s+(?:on\s+)?$")
# A passive or adjectival participle ("is scheduled to start", "was due"): no past verb of the time's own.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|be|been|being)\s+$")
# The lead of a story names its event's day within this many characters of the text's start (see lead_day) ...
_LEAD_CHARS = 800
# ... and a day further than this from the reference is no event the later clock times tell of.
_LEAD_DAYS = 10
# "will start at 6pm": a plan in the time's own clause, not of a day gone by.
_WILL_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:now\s+|then\s+|also\s+)?(?!have\b)[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:at|from|by)\s+$")
# "partying into the early hours": a night that runs on past midnight into the next day.
_RUN_ON_BEFORE = re.compile(r"\b(?:into|until|till|to)\s+$")


class ClockTimes:
    """Resolvers of clock times and parts of the day, and the choice of the day they are on."""

    def _clock_anchor(self, start: int, end: int) -> bool:
        """Whether the day at ``start`` can date a later clock time: not a day inside a compound ("post-Christmas"),
        not the start of a span ("since Monday"), not a comparison's base or a record's date ("up 6% from the same
        day last year", "the peak set on March 2"), not the day of a reporting verb ("said late Tuesday", "a report
        released on Monday"), which dates the report rather than the events it tells; but a possessive day heads
        the reported clause ("said Tuesday's play would start at 9am")."""
        before = self.low[max(0, start - 60):start]
        if before.endswith(("-", "‐")) or _SINCE_BEFORE.search(before) or _COMPARED_BEFORE.search(before):
            return False
        return not _REPORTED_BEFORE.search(before) or self.low.startswith(("'s ", "’s "), end)

    def clock_day(self, c: Candidate, clock: str = "") -> date | None:
        """The day of a clock time with no date of its own: the last day named in its sentence or the one before
        (a time chains on the last time; the small hours after an evening time are of the next day), or further back
        in a paragraph that narrates that day (narrative_of),
        unless a longer period or nothing usable comes between; None when the time opens its line (a live blog's
        heading, dated by the page) or nothing fits. The early hours and the morning after a night ("Saturday night
        ... before 2 a.m.", "... at first light") are of the next day. A time told in the past is not of a day after the reference: "The vote came
        at 3 p.m." after "passed the law on Friday; it takes effect on 1 January" is Friday's."""
        if self.opens_line(c.start):
            return None
        first, _ = self.tenses.sentence(c.start)
        lo = self.tenses.sentence(first - 1)[0] if first > 0 else 0
        latest = True
        past: bool | None = None  # the time's tense, worked out only if a day after the reference comes up
        for start, end, day, usable in reversed(self.days):
            if end > c.start:
                continue
            if day is None or (start < lo and not (latest and self.narrative_of(c, end, day))):
                return None
            latest = False
            if usable is None:
                usable = self._clock_anchor(start, end)
            if self.ref is not None and day > self.ref:
                if past is None:
                    past = self.told_past(c, first)
                if past:
                    continue  # a deadline or start date named beside the event, not the event's day
            elif self.ref is not None and day < self.ref and _WILL_BEFORE.search(self.low, first, c.start):
                continue  # "... won on Thursday. The ceremony will start at 6pm": a plan is not of a past day
            if usable or _ATTACHED_CLOCK.fullmatch(self.low, end, c.start):
                small = clock[:2].isdigit() and int(clock[:2]) < 6
                if (small or clock[:2] == "12" or clock == "MO") \
                        and self.low.endswith("night", start, end) and not self.low.endswith("midnight", start, end):
                    # "during Wednesday night ... at first light", "... by midday": Thursday's
                    return day + timedelta(days=1)
                if small and self.after_evening(lo, c.start, day):
                    # "counting starts after 10.30pm ... a result around 3am": the small hours after that evening
                    return day + timedelta(days=1)
                return day
        return None

    def after_evening(self, lo: int, pos: int, day: date) -> bool:
        """Whether the last clock time on ``day`` between ``lo`` and ``pos`` is in the evening ("left at 11pm on
        Saturday and landed at 4am"): a small hour after it is of the next day."""
        for start, end, d, _ in reversed(self.days[-8:]):
            if start < lo:
                return False
            if end <= pos and d == day and start in self.hours:
                return self.hours[start] >= 18
        return False

    def lead_day(self, c: Candidate) -> date | None:
        """The day of the coming event a story leads with, for a clock time with no day near it: "will lead the
        field at tomorrow's marathon ... The race starts at 6.30am". The lead's first day (not a dateline, a clock
        time or a reporting verb's day), a few days ahead of the reference; the time not told in the past. A past lead day
        does not reach a new paragraph ("left on March 8. ... \n\nRescuers held a briefing at 9 a.m." is the
        reference day's), nor does any lead a time with a day named in its sentence or the one before, or a period
        in its own sentence."""
        if self.ref is None or self.opens_line(c.start):
            return None
        first = self.tenses.sentence(c.start)[0]
        lo = self.tenses.sentence(first - 1)[0] if first > 0 else 0
        lead = None
        for start, end, day, _ in self.days[:12]:
            if start >= _LEAD_CHARS or start >= c.start:
                break
            if day is not None and start not in self.hours and not self.opens_line(start) \
                    and self._clock_anchor(start, end):  # a day named, not a listing's clock time
                lead = day
                break
        if lead is None or lead <= self.ref or (lead - self.ref).days > _LEAD_DAYS:
            return None
        if any(start >= first or start >= lo and day is not None for start, end, day, _ in self.days[-6:]
               if end <= c.start):
            return None
        return lead if self.tense(c) != "past" else None

    def evening_before(self, day: date, clock: str, c: Candidate) -> bool:
        """Whether an evening clock time told in the past, placed on the reference day, is of the day before: the
        text has told news of the night between ("capsized late Wednesday", "with precincts reporting early
        Wednesday", published on Thursday, Wednesday), so the reference day's evening is still ahead. Not midday or
        the afternoon: a story of the night goes on into the reference day ("had reconnected half the homes by
        midday")."""
        if not (self.overnight and day == self.ref and clock[:2].isdigit() and 17 <= int(clock[:2]) < 24):
            return False
        # "made landfall early Thursday and had weakened by 3 p.m.": the day named in its own sentence goes on
        first = self.tenses.sentence(c.start)[0]
        if any(start >= first and end <= c.start and d == day for start, end, d, _ in self.days[-8:]):
            return False
        return self.tense(c) == "past"

    def note_overnight(self, t: Timex) -> None:
        """Remember that the text has told news of the night before the reference day: "late Wednesday",
        "Wednesday night" of the day before, or "early Thursday" of the reference day itself."""
        if self.ref is None or t.earliest is None or t.earliest != t.latest:
            return
        head = self.low[t.start:t.start + 6]
        if t.earliest == self.ref - timedelta(days=1):
            self.overnight = self.overnight or head.startswith("late ") or t.value.endswith(("TNI", "TEV"))
        elif t.earliest == self.ref:
            # a clock time alone is no sign: "failed at 05:40 GMT ... resumed at 10:25" goes on through the day
            # nor "closed early today" (ahead of time): only "early Thursday", in the small hours
            self.overnight = self.overnight or head.startswith("early ") and t.rule == "weekday"

    def told_past(self, c: Candidate, first: int) -> bool:
        """Whether a clock time is told in the past: a past verb before it in its sentence ("The vote came at 3 p.m.")
        or a past cue right by it ("handed down at 10am, the clerk said"); not a passive ("is scheduled to start at
        9am"), nor "Last entry 8pm." in a listing, nor
        "ends its run at 9pm, a decade after the pilot aired"."""
        cue = self.tenses.cue(c.start, c.end)
        if cue is None or cue[1] != "past":
            return False
        for m in _TOLD_PAST.finditer(self.low, first, c.start):
            if not _PASSIVE_BEFORE.search(self.low, max(0, m.start() - 8), m.start()):
                return True  # "is scheduled to start at 9am" is no past verb
        return _TOLD_PAST.search(self.low, c.end, c.end + ADJACENT_PAST_CHARS) is not None

    def narrative_of(self, c: Candidate, end: int, day: date) -> bool:
        """Whether a paragraph tells the story of a day named sentences before a clock time ("The hikers left on
        March 8. ... They reached the hut at 6 p.m."): the time is in a past sentence of the same paragraph, no
        other date between, and the day is not after the reference. Otherwise (a new paragraph, a plan: "will
        speak at 3 p.m.") the time is of the reference day."""
        return c.start - end <= _NARRATIVE_CHARS and self.tense(c) == "past" \
            and (self.ref is None or day <= self.ref) and not _BLANK_LINE.search(self.text, end, c.start)

    def night(self, c: Candidate) -> Timex:
        """'overnight', 'through the night': in TimeBank's habit the night before the narrative's day (a day just
        named, else the report's) as TIME ...TNI, or that day's own night in a future sentence."""
        delta = 0 if self.tense(c) == "future" else -1
        day, anchor = self.narrative_day(c)
        if day is None:
            return self.unresolved(c, "day", "XXXX-XX-XXTNI", type_="TIME")
        # "stocks fell Friday ... hit by overnight losses in New York": the night before that day. The night runs
        # into the day, so the narrative stays on it ("6:30 a.m." after "overnight" is that morning).
        return self.period(c, "day", day + timedelta(days=delta), anchor, pod="NI", moves=False)

    def narrative_day(self, c: Candidate) -> tuple[date | None, str]:
        """The day a report is on: a day just named (not after the reference; 'since Friday' starts a span and
        leaves the narrative at the report), else the reference day."""
        p = self.prev
        if p is not None and p.grain == "day" and c.start - p.pos < 300 and (self.ref is None or p.start <= self.ref) \
                and not _SINCE_BEFORE.search(self.low, max(0, p.pos - 7), p.pos):
            return p.start, "previous"
        return self.ref, "reference"

    def r_night(self, c: Candidate, f: dict) -> Timex:
        return self.night(c)

    def r_trading_pod(self, c: Candidate, f: dict) -> Timex:
        """'in afternoon trading': that part of the narrative's day (the report's by default)."""
        code = lx.PARTS_OF_DAY[f["pod"]]
        day, anchor = self.narrative_day(c)
        if day is None:
            return self.unresolved(c, "day", "XXXX-XX-XXT" + code, type_="TIME")
        return self.period(c, "day", day, anchor, pod=code)

    def r_time_of_day(self, c: Candidate, f: dict) -> Timex | None:
        if f.get("mon2"):  # "11:59pm Thursday 2 January": the day-first date, read as the month-first one
            f = dict(f, mon=f["mon2"], d=f["d2"], y=f.get("y2"))
        if f.get("noon"):
            hh, mi = (12, 0) if f["noon"] in ("noon", "midday") else (24, 0)
        elif f.get("h24") is not None:
            hh, mi = int(f["h24"]), int(f["mi24"])
            if hh < 12 and (alt := _ALTERNATIVE_CLOCK_BEFORE.search(self.low, max(0, c.start - 32), c.start)) \
                    and alt.group(1) == "p":
                hh += 12  # "kicks off at 6:40 p.m., not 6:10": the alternative keeps the half of the day
        elif f.get("h4") is not None:
            hh, mi = int(f["h4"]), int(f["mi4"])  # "0600 GMT", "1900 hours"
        else:
            hh, mi = int(f["h"]) % 12, int(f.get("mi") or 0)
            pod = f.get("podc", "")
            ap = f.get("ap") or ""
            if not ap and not pod and (alt := _ALTERNATIVE_CLOCK_BEFORE.search(self.low, max(0, c.start - 32),
                                                                              c.start)) is not None:
                ap = alt.group(1)  # "at 7 p.m., not 8": the alternative keeps the half of the day
            if ap.startswith("p") or pod.endswith(("afternoon", "evening")) \
                    or (pod.endswith("night") and hh >= 6):
                hh += 12  # "4 in the afternoon" is 16:00; "11 at night" 23:00, "2 at night" stays 02:00
        c, pre = self.outside_signal(c, f.get("pre"))
        c = self.with_place_time(c, f)
        return self.clock_timex(c, f, f"{hh:02d}:{mi:02d}", _clock_mod(pre))

    def outside_signal(self, c: Candidate, pre: str | None) -> tuple[Candidate, str]:
        """"shortly after 2 a.m.", "just before midnight": TimeML signals, outside the extent and with no mod (as
        the annotators of our corpora did); the clock time alone is the timex. Returns it and the modifier left."""
        pre = " ".join((pre or "").split())
        if not pre.endswith(("after", "before")):
            return c, pre
        start = _SIGNAL_PREFIX.match(self.low, c.start).end()
        return Candidate(start, c.end, c.rule, c.kind, c.feats), ""

    def r_word_clock(self, c: Candidate, f: dict) -> Timex | None:
        """'half past nine', 'a quarter to eight', 'ten o'clock': the hour as written (a.m.) unless a part of day
        follows ('ten o'clock at night')."""
        hour = f.get("hw") or f.get("hw2") or f["hw3"]
        hh = int(lx.number_value(hour) or 0) % 12
        words = " ".join((f.get("mw") or f.get("mt") or "").replace("-", " ").split()).removeprefix("a ")
        mi = {"quarter": 15, "half": 30, "twenty five": 25, "twenty": 20, "ten": 10, "five": 5}.get(words, 0)
        if f.get("mt"):
            hh, mi = (hh - 1) % 12, 60 - mi
        pod = f.get("podc", "")
        if pod.endswith(("afternoon", "evening")) or (pod.endswith("night") and hh >= 6):
            hh += 12
        elif hh == 0 and not pod:
            hh = 12  # "twelve o'clock", "half past twelve": midday
        c, pre = self.outside_signal(c, f.get("pre"))
        return self.clock_timex(c, f, f"{hh:02d}:{mi:02d}", _clock_mod(pre))

    def clock_timex(self, c: Candidate, f: dict, clock: str, mod: str | None = None) -> Timex:
        """A TIME at ``clock`` (12:30, or a part of day: MO) on the day the text gives it: its own date, the date
        right after it ("6am on Monday"), none in a schedule or habit ("open daily from 10 a.m."), else the day
        of the narrative (clock_day) or the reference."""
        day = None
        anchor = "reference"
        on = None if f.get("mon") or f.get("day") or f.get("pday") \
            else _ON_DATE_AFTER.match(self.low, c.end) or _HOURS_THEN_ON.match(self.low, c.end) \
            or _HOURS_THEN_DAY.match(self.low, c.end)
        found = self.first_date(on.end(), min(len(self.text), on.end() + 60), times=True) if on else None
        if found is not None and found[1] is not None and found[0].earliest == found[0].latest:
            day, anchor = found[1], found[0].anchor
        elif f.get("mon"):
            month, dd = lx.MONTHS[f["mon"].rstrip(".")], int(re.match(r"\d+", f["d"]).group())
            if f.get("y"):
                day, anchor = date(int(f["y"]), month, dd), "absolute"
            elif self.ref is not None:
                y = self.weekday_year(f.get("day") or f.get("wda"), month, dd) or self.partial_year(c, month, dd)
                day = date(y, month, dd)
        elif f.get("day") or f.get("pday"):
            w = f.get("day") or f["pday"]
            if self.ref is not None:
                if w in lx.WEEKDAYS and f.get("drel"):
                    # "9am this Friday", "noon next Monday": the weekday as the relative rule reads it
                    day = relative_weekday(self.ref, lx.WEEKDAYS[w], f["drel"]) \
                        or self.weekday_date(c, self.ref, lx.WEEKDAYS[w])
                elif w in lx.WEEKDAYS:
                    day = self.weekday_date(c, self.ref, lx.WEEKDAYS[w])
                else:
                    day = self.ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0))
        elif self.habitual(c) or self.routine(c, f):
            pass  # a schedule or a habit: the time of no particular day
        elif (narrative := self.clock_day(c, clock)) is not None:
            day, anchor = narrative, "previous"
            if self.evening_before(day, clock, c):
                day -= timedelta(days=1)
        elif (heading := self.heading_day(c.start)) is not None:
            day, anchor = heading, "previous"  # a listing's line under its dated heading ("Sat 22 Oct")
        elif (lead := self.lead_day(c)) is not None:
            day, anchor = lead, "previous"
        elif self.ref is not None:
            # "trapped since midnight" told on the day: the midnight that began it, the end of the day before
            day = self.ref - timedelta(days=1) if clock == "24:00" and self.tense(c) == "past" else self.ref
            if self.evening_before(day, clock, c):
                day, anchor = day - timedelta(days=1), "previous"
        if day is None:
            return self.timex(c, "TIME", f"XXXX-XX-XXT{clock}", mod, "time", None, None, "none")
        self.prev = _Prev("day", day, c.start)
        if clock[:2].isdigit():
            self.hours[c.start] = int(clock[:2])
        return self.timex(c, "TIME", f"{day.isoformat()}T{clock}", mod, "time", day, day, anchor)

    def with_clock(self, t: Timex) -> Timex:
        """'Jan 2, 2026, 4:38 PM ET', '31/10/2024 14:05': a page's timestamp, a full date and the clock time right
        after it, is one TIME; a listing's 'Sat 2 Nov, 7pm' (no year) stays a date and a time."""
        clock = clock_after(self.text, self.low, t.end)
        if clock is None:
            return t
        keep = self.prev  # the date's; resolving the clock alone must not move the narrative
        time = self.r_time_of_day(clock, clock.feats)
        self.prev = keep
        if time is None:
            return t
        return replace(t, text=self.text[t.start:time.end], end=time.end, type="TIME",
                       value=t.value + time.value[time.value.index("T"):], mod=time.mod, granularity="time")

    def r_meal_hour(self, c: Candidate, f: dict) -> Timex:
        """'dinner at six', 'lunch at one': the hour of the meal's half of the day."""
        h = int(lx.number_value(f["mh"]) or 0) if not f["mh"].isdigit() else int(f["mh"])
        if f["meal"] in ("dinner", "supper") and h < 12 or f["meal"] == "lunch" and h < 6:
            h += 12
        return self.clock_timex(c, f, f"{h % 24:02d}:00")

    def r_sun_time(self, c: Candidate, f: dict) -> Timex:
        """'at dawn', 'before dusk': the part of day of the day a clock time there would take."""
        return self.clock_timex(c, f, lx.SUN_TIMES[" ".join(f["sun"].split())])

    def r_bare_hour(self, c: Candidate, f: dict) -> Timex:
        """'opens at 9 on Saturdays': a timetable hour, generic; 1 to 6 are business hours after noon."""
        h = int(f["bh"])
        h = h + 12 if h <= 6 else h
        return self.timex(c, "TIME", f"XXXX-XX-XXT{h:02d}:00", None, "time", None, None, "none")

    def with_place_time(self, c: Candidate, f: dict) -> Candidate:
        """'9:42 p.m. Moscow time', '6:30 a.m. New York time': the zone named by a place is inside the extent."""
        if f.get("tz") or f.get("day") or f.get("mon") or self.low.startswith(" local", c.end):
            return c
        m = _PLACE_TIME.match(self.text, c.end)
        if m is None or m.group(1).lower() in _NOT_A_PLACE or m.group(1).lower() in lx.WEEKDAYS \
                or m.group(1).lower() in lx.MONTHS:
            return c
        return Candidate(c.start, m.end(), c.rule, c.kind, c.feats)

    def r_all_pod(self, c: Candidate, f: dict) -> Timex:
        """'all morning', 'all night': that part of the narrative's day."""
        code = lx.PARTS_OF_DAY[f["pod"]]
        day, anchor = self.narrative_day(c)
        if day is None:
            return self.unresolved(c, "day", f"XXXX-XX-XXT{code}", type_="TIME")
        return self.period(c, "day", day, anchor, pod=code, moves=False)

    def r_early_hours(self, c: Candidate, f: dict) -> Timex:
        """'the early hours': the night (TNI) of the day they open; after 'into', 'until' or 'till' (a night that
        runs on past midnight) the day after the narrative's day."""
        day, anchor = self.narrative_day(c)
        if day is None:
            return self.unresolved(c, "day", "XXXX-XX-XXTNI", type_="TIME")
        if _RUN_ON_BEFORE.search(self.low, max(0, c.start - 12), c.start):
            day += timedelta(days=1)
        return self.period(c, "day", day, anchor, pod="NI", moves=False)

    def r_lunchtime(self, c: Candidate, f: dict) -> Timex:
        return self.clock_timex(c, f, "12:00")

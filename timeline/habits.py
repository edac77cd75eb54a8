"""Habit and generic checks: whether a date, weekday or clock time names every year, week or day, not one.

A mixin Resolver inherits (see clocktimes.py for why): the checks read the sentence and the dates resolved so far."""

from __future__ import annotations

import re

from timeline.context import _PAST_VERB
from timeline.recognize import Candidate


# "Sunday is the day we rest", "Monday is market day", "Saturday is usually the busiest": a weekday of every week.
_CLAUSE_OPEN_BEFORE = re.compile(r"(?:[,;:]\s+|\band\s+|^\s*)$")
_GENERIC_WEEKDAY_AFTER = re.compile(
    r"\s+(?:is|remains)\s+(?P<habit>(?:usually|always|often|traditionally|typically|normally|generally)\b)?")
_GENERIC_DAY_KIND = re.compile(
    r"\s*(?:[a-z]+\s+){0,3}?(?:(?:market|rest|bin|collection|wash|washing|shopping|family|pay|church|laundry"
    r"|working|school|delivery)\s*day\b|days?\s+(?:we|they|people|families|most|everyone|when)\b|day\s+of\s+rest\b)")
# The subjects of a timetable told in the present: schools, shops, lines, transport, meals ("Lessons start at
# 8:45am", "the library closes at 6 p.m."), not one-off events ("the ceremony starts at 11 a.m.").
_ROUTINE_SUBJECT = re.compile(
    r"\b(?:lessons|classes|(?:the\s+)?(?:school|working)\s+day|schools|shifts|shops|stores|supermarkets|offices|libraries"
    r"|pools|museums|galleries|parks|bars|pubs|restaurants|cafes|markets|trains|buses|trams|ferries|(?:phone\s+)?lines"
    r"|the\s+(?:shop|store|office|library|pool|gym|museum|gallery|park|zoo|cafe|café|bar|pub|restaurant|canteen|surgery"
    r"|clinic|helpline|hotline|line|market|bakery|post\s+office|ticket\s+office|box\s+office)"
    r"|breakfast|lunch|dinner|supper|visiting\s+hours|opening\s+hours"
    r"|(?P<edge>(?:the\s+)?(?:first|last)\s+(?:departures?|sailings?|boats?|trains?|buses|bus|ferry|ferries|flights?|services?)))\b")
# Its verbs in the present: "start at", "runs from", "is open until", "are served at".
_ROUTINE_VERB = re.compile(
    r"\b(?:start|starts|begin|begins|end|ends|finish|finishes|open|opens|close|closes|run|runs|shut|shuts|leave"
    r"|leaves|depart|departs|arrive|arrives|is\s+open|are\s+open|stays?\s+open|is\s+served|are\s+served)\b")
# A timetable set for a stretch of time, told in any tense: "classes will begin at 9:10 a.m. this year", "the
# first sailing will now be at 6:50 a.m." (a changed timetable).
_TIMETABLE_SPAN = re.compile(r"\b(?:(?:this|next|the\s+new|the\s+coming)\s+(?:school\s+|academic\s+)?(?:year|term|semester"
                             r"|season|fall|autumn|winter|spring|summer)|from\s+now\s+on|will\s+now)\b")
# "their 8:45 a.m. start", "the state's 10 p.m. curfew": a clock time naming a fixed hour of a routine.
_ROUTINE_HOUR_AFTER = re.compile(r"\s+(?:(?P<always>curfews?|bedtimes?|bells?|shifts?|slots?|news\s+bulletins?)"
                                 r"|starts?|finish(?:es)?|closing\s+times?|opening\s+times?)\b")
_OWNER_BEFORE = re.compile(r"(?:\b(?:their|its|his|her|our|your|the\s+usual|the\s+normal|the\s+regular)|['’]s)\s+$")
_CLAUSE_END = re.compile(r"[.;!?]|\b(?:but|while|whereas|when|after|before|because)\b")
# A day named in the sentence of a clock time dates it ("on Friday the school opens at 10am", "tonight").
_DAY_WORD = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week)"
                       r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!s))\b")
# Recurrence and habit words that make a clock time generic ("the ferry sails twice a day, at 7am", "up at 5am six
# days a week", "between 4pm and 7pm on strike days": a kind of day in the plural); "daily" only
# as an adverb ("the daily briefing" is a noun phrase), weekdays only in the plural.
_HABIT = re.compile(
    r"\b(?:every|each\s+(?:day|morning|afternoon|evening|night|week)|usually|normally|typically|generally|always"
    r"|(?:once|twice|(?:two|three|four|five|\d)\s+times)\s+(?:a|per|each)\s+(?:day|week|night)"
    r"|(?:one|two|three|four|five|six|seven|\d)\s+(?:days|nights|mornings)\s+(?:a|per|each)\s+week"
    r"|on\s+(?:both\s+|all\s+|the\s+)?(?:strike|match|race|school|training|market|polling|game|non-strike)\s+days"
    r"|regularly|nightly|weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days"
    r"|daily(?!\s+(?!(?:from|at|until|till|to|between|except|and|or|on|since)\b)[a-z]))\b")
# "usually held on August 12", "sales typically peak in December", "its fiscal year runs from July 1": a day,
# month or season of every year, not of one. "generally" and the present "peaks" say so only in a sentence with no
# tense cue ("the lake generally freezes in January", "sickness peaks in November"; not "analysts generally
# expected a cut in March", "will peak in October").
_HABITUAL_IN = re.compile(r"\b(?:usually|typically|normally|traditionally|customarily|as\s+a\s+rule|tend(?:s|ed)?\s+to"
                          r"|each\s+year|every\s+year|(?P<weak>generally|peaks?))\b"
                          r"|\b(?:fiscal|financial|tax)\s+year\s+(?:(?:that|which)\s+)?(?:runs|begins|starts|ends)\b")
# "on April 1 each year", "in May annually": the habit word right after the date, in its clause.
_HABITUAL_AFTER = re.compile(r"\s+(?:(?:each|every)\s+year|annually|yearly)\b")
# A clause break between a habit word and a date ("usually peak in December, but this year ... in November"); a
# comma right after the habit word opens its clause ("As a rule, the house breaks in August").
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\bbut\b")


class Habits:
    """Whether a date, weekday or clock time is generic (a habit, a timetable) rather than of one occasion."""

    def yearly_date(self, c: Candidate) -> bool:
        """Whether a day, month or season without a year is a yearly one: 'its fiscal year runs from April 1',
        'the fair usually opens on May 4', 'sales typically peak in December', 'each year in May', 'on April 1 each
        year' name a date of every year (TimeML XXXX-04-01, XXXX-12). The habit word must be in the date's clause,
        before it or right after it ('made on January 1 is usually forgotten', 'usually peak in December, but this
        year ... in November' keep their years), and not after a dated day of its sentence. A scheduled present
        ('The museum reopens in June') has no habit word and stays dated."""
        if _HABITUAL_AFTER.match(self.low, c.end):
            return True
        s = self.tenses.sentence(c.start)[0]
        lo = max(s, c.start - 60)
        dated = self.last if self.last is not None and self.last.start >= s and self.last.earliest is not None \
            and self.last.granularity == "day" else None
        for m in _HABITUAL_IN.finditer(self.low, lo, c.start):
            if _CLAUSE_BREAK.search(self.low[m.end():c.start].lstrip(" ,")):
                continue
            if dated is not None and dated.end <= m.start():
                # "a diet begun on January 1 is usually dropped by March": the habit follows a dated
                # day of the sentence, and the month is counted from it.
                continue
            if m.group("weak") and self.tense(c) is not None:
                continue
            return True
        return False

    def generic_weekday(self, c: Candidate) -> bool:
        """Whether a weekday opening its clause is any such day: 'Sunday is the day we rest', 'Monday is market day',
        'Saturday is usually the quietest day'. 'Friday is the deadline', 'Sunday was the day the fire started' and
        'Friday's vote' are one day."""
        before = self.low[max(0, c.start - 6):c.start]
        if c.start != self.tenses.sentence(c.start)[0] and not _CLAUSE_OPEN_BEFORE.search(before):
            return False
        m = _GENERIC_WEEKDAY_AFTER.match(self.low, c.end)
        return m is not None and (m.group("habit") is not None or _GENERIC_DAY_KIND.match(self.low, m.end()) is not None)

    def habitual(self, c: Candidate) -> bool:
        """Whether a clock time is generic: a recurrence or habit word next to it in its sentence ("open daily
        from 10 a.m.", "leave at 7.45am every weekday", "until 9 p.m. on Thursdays", "usually closes at 8 p.m.").
        A word before the time does not make it generic across a past verb ("guards who patrol every night found
        it at 3 a.m.") nor across a day named between them ("always early; on Tuesday, at 7 a.m.")."""
        first, last = self.tenses.sentence(c.start)
        if _HABIT.search(self.low, c.end, min(last, c.end + 40)):
            return True
        lo = max(first, c.start - 60)
        habit = None
        for habit in _HABIT.finditer(self.low, lo, c.start):
            pass
        if habit is None or _PAST_VERB.search(self.low, habit.end(), c.start):
            return False
        return not any(habit.end() <= start < c.start and day is not None for start, _, day, _ in self.days[-3:])

    def routine(self, c: Candidate, f: dict) -> bool:
        """Whether a clock time is a timetable's told in the present ("Lessons start at 8:45am", "the helpline is open
        from 9am to 5pm", "dinner at six is sacred"): a meal's hour or an institution's opening, starting or closing
        verb before it, in a sentence with no tense cue and no day named. One-off events ("The ceremony starts at
        11 a.m.", "Polls close at 8 p.m.") are of their day, as are past or planned ones ("Lessons started at 10am"),
        unless the plan sets the timetable for a stretch of time ("classes will begin at 9:10 a.m. this year").
        A routine's fixed hour is one too (routine_hour)."""
        first, last = self.tenses.sentence(c.start)
        if f.get("meal"):
            found = True
        else:
            lo = max(first, c.start - 90)
            subject = None
            for subject in _ROUTINE_SUBJECT.finditer(self.low, lo, c.start):
                pass
            # "the last boat is at 9:40 p.m.": the first or last run of a timetable needs no verb of its own
            found = subject is not None and (subject.group("edge") is not None
                                             or _ROUTINE_VERB.search(self.low, subject.end(), c.start) is not None) \
                and not _CLAUSE_END.search(self.low, subject.end(), c.start)
        if not found:
            return self.routine_hour(c, first, last)
        if _DAY_WORD.search(self.low, first, last) or self.tense(c) is not None \
                and _TIMETABLE_SPAN.search(self.low, first, last) is None:
            return False
        return not any(start >= first and day is not None for start, _, day, _ in self.days[-3:])

    def routine_hour(self, c: Candidate, first: int, last: int) -> bool:
        """Whether a clock time names the fixed hour of a routine, owned by someone: "keep their 8:45 a.m. start",
        "broke the state's 10 p.m. curfew". A curfew, bedtime or bell is one in any tense; a start or finish only
        outside the past ("the race's 9am start was delayed" is of one day), and never with a day named."""
        m = _ROUTINE_HOUR_AFTER.match(self.low, c.end)
        if m is None or not _OWNER_BEFORE.search(self.low, max(0, c.start - 20), c.start):
            return False
        if _DAY_WORD.search(self.low, first, last) or any(start >= first and day is not None
                                                           for start, _, day, _ in self.days[-3:]):
            return False
        return m.group("always") is not None or self.tense(c) != "past"

"""Recognition: which rule fires, and where each extent starts and ends (no resolution checked here)."""

from __future__ import annotations

import pytest

from timeline.recognize import RULES, candidates, lower


def spans(text: str) -> list[tuple[str, str]]:
    """(extent text, rule name) of every candidate the grammar finds."""
    return [(text[c.start:c.end], c.rule) for c in candidates(text)]


# (sentence, expected [(extent, rule)]) written by hand from the TimeML extent conventions.
EXTENTS = [
    ("The quake struck on Feb. 6, 2023, before dawn.", [("Feb. 6, 2023", "month_day"), ("dawn", "sun_time")]),
    ("Voting ends on 5 November 2024 at midnight.", [("5 November 2024", "day_month"), ("midnight", "time_of_day")]),
    ("The archive opened in March 2019.", [("March 2019", "month_year")]),
    ("The order is dated 2021-06-30.", [("2021-06-30", "iso_date")]),
    ("Mills closed across the region in the 1970s.", [("the 1970s", "decade")]),
    ("The bridge dates from the twelfth century.", [("the twelfth century", "century")]),
    ("He left the band in '88.", [("'88", "short_year")]),
    ("Crowds gathered on Christmas Eve.", [("Christmas Eve", "holiday")]),
    ("The inquiry reported on Tuesday, June 4.", [("Tuesday, June 4", "month_day")]),
    ("The shipment left on 3/14.", [("3/14", "numeric_date")]),
    ("The minister resigned on Thursday.", [("Thursday", "weekday")]),
    ("Ballots were counted Saturday night.", [("Saturday night", "weekday")]),
    ("Thursday's briefing was cancelled.", [("Thursday", "weekday")]),
    ("The dam was inspected last Friday.", [("last Friday", "relative")]),
    ("Rain is forecast for the coming days.", [("the coming days", "vague")]),
    ("Shops reopened earlier this month.", [("earlier this month", "relative")]),
    ("The pact lapsed late last year.", [("late last year", "relative")]),
    ("The pier collapsed four decades ago.", [("four decades ago", "offset")]),
    ("A ferry capsized; a day earlier, a storm warning went out.", [("a day earlier", "offset")]),
    ("The strike lasted for eleven days.", [("eleven days", "duration")]),
    ("Rents have risen over the past three years.", [("the past three years", "duration")]),
    ("The river has flooded for centuries.", [("centuries", "bare_units")]),
    ("The bus runs every hour.", [("every hour", "set")]),
    ("The council meets weekly.", [("weekly", "set")]),
    ("The briefing starts at 9:45 a.m. ET.", [("9:45 a.m. ET", "time_of_day")]),
    ("Stocks fell in the third quarter.", [("the third quarter", "quarter")]),
    ("Third-quarter revenue beat forecasts.", [("Third-quarter", "quarter")]),
    ("Year-earlier sales were weaker.", [("Year-earlier", "year_adj")]),
    ("The festival returns this summer.", [("this summer", "relative")]),
    ("The reservoir dried up in the summer of 2022.", [("the summer of 2022", "season")]),
    ("The port was rebuilt in 1956.", [("1956", "year")]),
    ("The fighting ended in mid-1995.", [("mid-1995", "year")]),
    ("Nobody is safe right now.", [("right now", "vague")]),
    ("Aid could arrive within days.", [("days", "vague")]),
    ("The summit is just weeks away.", [("just weeks away", "vague")]),
    ("The school was founded in the year nineteen twenty.", [("the year nineteen twenty", "year_words")]),
]


@pytest.mark.parametrize("sentence,expected", EXTENTS, ids=[e[0][:40] for e in EXTENTS])
def test_extent_and_rule(sentence: str, expected: list[tuple[str, str]]) -> None:
    """Each sentence yields exactly the hand-marked extents, from the named rule."""
    assert spans(sentence) == expected


SIGNAL_WORDS_OUTSIDE = [
    ("The vote was held on Monday.", "Monday"),
    ("The port froze in January.", "January"),
    ("Aid has been promised since 2019.", "2019"),
    ("The loan is due within a year.", "a year"),
    ("The siege lasted for six weeks.", "six weeks"),
    ("Talks will resume after Easter.", "Easter"),
]


@pytest.mark.parametrize("sentence,extent", SIGNAL_WORDS_OUTSIDE)
def test_signal_words_stay_outside(sentence: str, extent: str) -> None:
    """Prepositions such as on/in/since/within/for/after are never part of the extent."""
    assert [s for s, _ in spans(sentence)] == [extent]


NOT_CANDIDATES = [
    "You may leave whenever you like.",
    "Thousands march through the capital.",
    "We sat in the sun all afternoon long ago",  # "long ago" has no count, "afternoon" alone is not a rule
    "The second option is cheaper.",
    "About 8,000 soldiers crossed the river.",
    "The fund raised 10,000 for the shelter.",
    "The odds were 10 to 1 against them.",
    "The deal is worth the 10's of billions.",
    "The home side won 3-2 after extra time.",
    "The airline flies the Boeing 737 on this route.",
    "The Mohawk river and the Motown sound.",
    "He counted 1994 soldiers at the gate.",
    "The ratio was 5/4 in favour.",
    "The shares rose 7/8 to close higher.",
    "Call 555-201-1987 to reserve a seat.",
    "See page 2003 of the report.",
    "April Jones won the race.",
    "March on, the sergeant shouted.",
    "May I ask a question?",
    "They fall behind every so often.",
    "The current system has served us well.",
    "A second wave of refugees arrived.",
    "The spring in the valley feeds the town.",
    "Shortly after the blast, sirens sounded.",
    "The film High Noon was shown again.",
    "The guard said he had seen the day before the raid nothing odd.",
]


@pytest.mark.parametrize("sentence", NOT_CANDIDATES)
def test_no_false_candidates(sentence: str) -> None:
    """Words and numbers that only look temporal produce no candidate at all."""
    found = [(s, r) for s, r in spans(sentence) if r != "deictic"]
    assert found == []


def test_year_needs_evidence() -> None:
    """'in 1994' is a year, '1994 soldiers' (a count of things) is not."""
    assert spans("Elections were held in 1994.") == [("1994", "year")]
    assert spans("There were 1994 soldiers.") == []


def test_may_and_march_need_capital_and_cue() -> None:
    """The month 'May' needs a capital and a cue word; the modal never fires."""
    assert spans("The law changed in May.") == [("May", "month_bare")]
    assert spans("It may change.") == []
    assert spans("Protesters march in May.") == [("May", "month_bare")]


def test_lower_keeps_offsets() -> None:
    """Lower-casing never changes the length (str.lower would for 'İ')."""
    text = "İstanbul, Oct. 5"
    assert len(lower(text)) == len(text)
    assert spans(text) == [("Oct. 5", "month_day")]


def test_every_rule_has_a_docstring() -> None:
    """Every named rule documents what it matches."""
    assert all(rule.doc and rule.name for rule in RULES)
    assert len({rule.name for rule in RULES}) == len(RULES)


NOW_READINGS = [
    ("The ferry now sails twice a day.", ["now"]),
    ("Tolls are higher now that the bridge is private.", ["now"]),
    ("Now the council must find a new site.", ["Now"]),
    ("For now, the museum stays shut.", ["now"]),
    ("The plan failed. Now, the mayor says, it will be revived.", []),
    ('"Now, let me be clear," she said.', []),
    ("Now, critics want an inquiry.", []),
    ("The now-closed mill was sold.", []),
]


@pytest.mark.parametrize("sentence,expected", NOW_READINGS, ids=[s[:40] for s, _ in NOW_READINGS])
def test_now_only_when_it_means_at_this_time(sentence: str, expected: list[str]) -> None:
    """'now' is tagged when it means 'at this time'; a sentence-opening 'Now,' set off by a comma is a
    discourse marker and 'now-closed' part of an adjective, so neither is a temporal expression."""
    assert [s for s, r in spans(sentence) if r == "vague"] == expected


BARE_UNITS = [
    ("The quarry has been idle for decades.", ["decades"]),
    ("Repairs could drag on for months.", ["months"]),
    ("The deal is a matter of days from closing.", []),
    ("After weeks of talks, the unions signed.", []),
]


@pytest.mark.parametrize("sentence,expected", BARE_UNITS, ids=[s[:40] for s, _ in BARE_UNITS])
def test_bare_units_need_a_signal_and_no_measured_noun(sentence: str, expected: list[str]) -> None:
    """An uncounted plural unit is a duration after a signal such as 'for'; 'a matter of days' and
    'weeks of talks' use the unit as a measure, which TimeBank-style annotation leaves untagged."""
    assert [s for s, r in spans(sentence) if r == "bare_units"] == expected


def test_year_after_sentence_initial_article_is_a_year() -> None:
    """'A 1996 law' opens a sentence with a capitalised article, which is not a product name like
    'Windows 2000': the year is kept, while the name rule still rejects 'Windows 2000'."""
    assert spans("A 1996 law set the quota.") == [("1996", "year")]
    assert spans("Its 2001 budget was cut.") == [("2001", "year")]
    assert spans("Windows 2000 crashed again.") == []


# News formats (hand-marked): four-digit clock times, hyphenated positions, ordinal days, dateline weekdays,
# a year's possessive and bare plural offsets.
NEWS_FORMS = [
    ("Shelling resumed at 0530 GMT.", [("0530 GMT", "time_of_day")]),
    ("The ferry sails at 2215 hours.", [("2215 hours", "time_of_day")]),
    ("The crew has logged 2215 hours of flight time.", []),
    ("Shelling resumed at 8:30 a.m. (0530 GMT).", [("8:30 a.m.", "time_of_day")]),
    ("Shelling resumed at dawn (0530 GMT).", [("dawn", "sun_time"), ("0530 GMT", "time_of_day")]),
    ("Reserves ran low by end-May.", [("end-May", "month_bare")]),
    ("Rates should fall by end-2025.", [("end-2025", "year")]),
    ("The vote is set for November the 5th.", [("November the 5th", "month_day")]),
    ("In May the 5th Fleet sailed.", [("May", "month_bare")]),
    ("Wed, Nov 6, 2024: markets rallied.", [("Wed, Nov 6, 2024", "month_day")]),
    ("Fri 8 Nov 2024: talks resumed.", [("Fri 8 Nov 2024", "day_month")]),
    ("They wed Nov. 6 in Rome.", [("Nov. 6", "month_day")]),
    ("Profits fell in 2010's third quarter.", [("2010's third quarter", "quarter")]),
    ("Profits fell after 2010's floods.", [("2010", "year")]),
    ("Profits fell in the 2010's.", [("the 2010's", "decade")]),
    ("Prices rose in 1980's and 1990's.", [("1980's", "decade"), ("1990's", "decade")]),
    ("Weeks later, the port reopened.", [("Weeks later", "bare_offset")]),
    ("Hours before the storm, the port closed.", [("Hours before", "bare_offset")]),
    ("In the weeks before the storm, the port closed.", []),
]


@pytest.mark.parametrize("sentence,expected", NEWS_FORMS, ids=[s[:40] for s, _ in NEWS_FORMS])
def test_news_formats(sentence: str, expected: list[tuple[str, str]]) -> None:
    """Wire formats are found with their TimeML extents, and their look-alikes (counts of hours, a
    converted time in brackets, a military unit after a month, the verb 'wed', decades) are not misread."""
    assert spans(sentence) == expected

@pytest.mark.parametrize("first, after, expected", [
    (1950, "-53 Korean War", 1953),
    (2023, "-24 season", 2024),
    (1999, "-00 season", 2000),
    (2001, "-2009.", 2009),
    (2023, "-12 report", None),  # a two-digit end below the start is no span ("2023-12" reads as a month)
    (2009, "-2001", None),
    (1998, "-99th", None),
])
def test_year_span_end_takes_the_first_years_century(first: int, after: str, expected: int | None) -> None:
    """The end of '1950-53' is 1953; a two-digit end only crosses a century right after it ('1999-00')."""
    from timeline.recognize import year_span_end

    assert year_span_end(first, after) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Veterans of the 1950-53 war met.", [("1950", "year"), ("53", "year_span_end")]),
    ("He left the day before last Tuesday.", [("the day before last Tuesday", "anchored_offset")]),
    ("He left a week after Monday's attack.", [("a week", "duration"), ("Monday", "weekday")]),
    ("She left the day after the attack.", []),
    ("In the weeks since, more arrived.", [("the weeks", "plural_span")]),
    ("In the weeks before the vote, more arrived.", []),
])
def test_range_and_compound_extents(sentence: str, expected: list[tuple[str, str]]) -> None:
    """A span of years is two extents; a count from a named day is one; 'Monday's attack' is an event, not an
    anchor; 'the weeks since' is tagged, 'the weeks before <event>' (a DATE valued by the event) is not."""
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Doors open at noon on Saturday.", [("noon", "time_of_day"), ("Saturday", "weekday")]),
    ("The offer lapses at 5 p.m. EST on Nov. 6.", [("5 p.m. EST", "time_of_day"), ("Nov. 6", "month_day")]),
    ("The offer lapses at 5 p.m. EST Nov. 6.", [("5 p.m. EST Nov. 6", "time_of_day")]),
    ("The raid began at 4 a.m., Tuesday, officials said.", [("4 a.m., Tuesday", "time_of_day")]),
    ("Patrols left before daybreak and returned at dusk.", [("daybreak", "sun_time"), ("dusk", "sun_time")]),
    ("The dawn of the jet age changed travel.", []),
    ("The memoir was written by Dawn Hart.", []),
    ("Ferries sail on weekdays and on weekend mornings.", [("weekdays", "weekday_set"),
                                                           ("weekend mornings", "weekday_set")]),
    ("Weekend traffic and a weekday crowd filled the roads.", []),
    ("The bakery opens at 7 every day.", [("7", "bare_hour"), ("every day", "set")]),
    ("Shares closed at 7 on Friday.", [("Friday", "weekday")]),
])
def test_clock_extents(sentence: str, expected: list[tuple[str, str]]) -> None:
    """A clock time never takes 'on <date>' in (TimeML keeps signals out), but takes a date written right after
    it; the sun's times need a time preposition and lower case; working days are sets only with 'every', a plural
    part of day or 'on'; a bare hour is a time only after an opening verb and before a recurrence."""
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The war of 1812-1815 ended in a stalemate.", ["1812", "1815"]),
    ("Wages stagnated from 1790 until 1830, the study found.", ["1790", "1830"]),
    ("Rents are compared with the 1880-1900 mean.", ["1880", "1900"]),
    ("Between 1640 and 1660 the town changed hands twice.", ["1640", "1660"]),
    ("The fort held between 1640 and 1660 men.", []),
    ("Each edition ran to 1200-1400 copies.", []),
    ("See pages 1620-1680 of the report.", []),
    ("Attendance reached 1640 and 1660 on the two days.", []),
])
def test_span_of_early_years_is_year_evidence(sentence: str, expected: list[str]) -> None:
    """Two numbers before 1900 joined as a span ('to', 'until', a dash, 'between ... and') are years at both ends,
    unless a counted noun follows the span or a counted noun precedes it; 'and' alone joins counts."""
    assert [text for text, rule in spans(sentence) if rule == "year"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Norovirus reports rose in week 7, the institute said.", [("week 7", "week_number")]),
    ("Tables for week 48 of 2022 were revised.", [("week 48 of 2022", "week_number")]),
    ("The rookie threw three touchdowns in week 6.", []),
    ("Testimony resumed in week 4 of the trial.", []),
    ("The firm offers week 2,5 deals.", []),
])
def test_numbered_weeks(sentence: str, expected: list[tuple[str, str]]) -> None:
    """'week N' is a calendar week unless 'of' ties it to an event or the words around it are of sport."""
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Every day of the delay cost the airline money.", []),
    ("Each hour of overtime is paid double.", []),
    ("The gallery is open every day of the week.", [("every day", "set")]),
    ("The pharmacy fills 120 a day.", [("a day", "duration")]),
    ("The striker scored 6-4 a day after the draw.", []),
])
def test_sets_and_rates_of_bare_counts(sentence: str, expected: list[tuple[str, str]]) -> None:
    """'every day of delay' counts the units of a stretch, no recurrence; a bare count per unit is a rate."""
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The veteran retired after last season.", [("last season", "sports_season")]),
    ("Our manager wants two more wins this term.", [("this term", "sports_season")]),
    ("The senator will not run again this term.", []),
    ("The campaign ends next season of the show.", []),
    ("Farmers expect a dry growing season.", []),
])
def test_sports_seasons(sentence: str, expected: list[tuple[str, str]]) -> None:
    """'this/last/next season' is a season from the reference; 'term' and 'campaign' only among words of sport;
    'next season of the show' is a series, not a time."""
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Final whistle at 9:52 p.m. ET\n\nSUNDAY\n\nThe visitors travel home.",
     [("9:52 p.m. ET", "time_of_day"), ("SUNDAY", "weekday")]),
    ("Doors open at 7pm\n \nFriday 8 March: quiz night", [("7pm", "time_of_day"), ("Friday 8 March", "day_month")]),
    ("Results were due on\n\nMarch 4.", [("March 4", "month_day")]),
    ("The ferry left at 5 p.m.\nFriday, the operator said.", [("5 p.m.\nFriday", "time_of_day")]),
])
def test_no_extent_spans_a_blank_line(sentence: str, expected: list[tuple[str, str]]) -> None:
    """A blank line ends every expression: a time above a heading does not take the heading's weekday or date,
    while a single line break (wrapped text) is still crossed."""
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("[00:00:04] HOST: Welcome back.", []),
    ("[01:12:05] GUEST: We saw it.", []),
    ("Watch the clip (1:42) here.", []),
    ("Listen [0:47] to the answer.", []),
    ("The vote is at 10 a.m. (09:00 GMT) in Brussels.", [("10 a.m.", "time_of_day"), ("09:00 GMT", "time_of_day")]),
    ("The ferry sails at 06:30 and again at 9:15.", [("06:30", "time_of_day"), ("9:15", "time_of_day")]),
])
def test_media_timestamps_are_not_clock_times(sentence: str, expected: list[tuple[str, str]]) -> None:
    """Transcript timestamps and clip lengths in brackets are no times; a bracketed time with a zone and plain
    24-hour times still are."""
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Issued 4:05 PM PST Sat Jan 6 2024 by the office.", [("4:05 PM PST Sat Jan 6 2024", "time_of_day")]),
    ("Doors close at 7pm\nWed 9 Mar", [("7pm", "time_of_day"), ("Wed 9 Mar", "day_month")]),
    ("Tickets go on sale at 10:00 BST, 3 June 2024.", [("10:00 BST, 3 June 2024", "time_of_day")]),
])
def test_clock_then_dateline_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    """A time takes a dateline date after it, with an abbreviated weekday ('Sat Jan 6 2024') or day first
    ('3 June 2024'); an abbreviated weekday must be on the same line."""
    assert spans(sentence) == expected

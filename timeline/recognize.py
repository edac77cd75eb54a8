"""The temporal grammar: named regex rules that find candidate spans and their features (no resolution)."""

# All rules are joined into one alternation, compiled once and scanned over a lower-cased copy of
# the text, so recognition is one linear pass in C. At each position the rules are tried in the
# order of RULES, so longer, more specific rules come first; a cheap look-ahead gate skips most
# word starts before the alternation runs.

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from timeline import lexicon as lx

# ---------------------------------------------------------------------------------------------
# Building blocks (lower-case text). Every quantifier is over a disjoint class or a bounded run,
# so no pattern can backtrack catastrophically.


def _alt(words) -> str:
    """A non-capturing alternation, longest words first, with regex escapes."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
MONTH_FULL = _alt(_FULL_MONTHS)
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.?)(?![a-z])"
MONTH_DOTTED = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.)(?![a-z])"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Abbreviated weekdays of datelines and headers ("Thu, Oct 31"); only taken beside a date.
WEEKDAY_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![a-z])\.?"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d\w])"
YEAR4 = r"(?:1\d\d\d|20\d\d)(?![\d])"
YY = r"['’]\d\d(?![\d\w])"
YEAR_WORDS = (
    r"(?:nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five"
    r"|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![a-z])"
)
YEAR = rf"(?:{YEAR4}|{YY}|{YEAR_WORDS})"
NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a\s+hundred|a\s+dozen|a\s+single|one\s+hundred|hundred|a\s+quarter\s+of\s+an?"
    r"|half\s+an?|a|an)(?![a-z])"
)
# Judging adjectives between a count and its unit ("two weak quarters", "three difficult years"); taken only after a
# real count (resolve: "a good day" is no span).
EVALUATIVE = (r"(?:weak|weaker|strong|stronger|tough|difficult|hard|lean|bad|busy|quiet|turbulent|successive|record"
              r"|profitable|rough|solid|disappointing|challenging|painful|troubled|brutal|miserable|happy|wonderful"
              r"|glorious|dry|wet|hot|cold|sluggish|bumper|stellar|dismal|frantic|hectic|anxious|uncertain)(?![a-z])")
# A number that can close a range ("two to three weeks"): no articles.
NUMWORD_EXACT = NUMWORD.replace(r"|a\s+quarter\s+of\s+an?|half\s+an?|a|an)", ")")
# A count read whole: "1,040 days" is P1040D, never "040 days" (no start inside a longer number).
NUMDIG = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d+)?(?:\s+1/2|\s*½)?)(?![\d,/])"
VAGUEQ = (
    r"(?:several|a\s+few|few|many|some|a\s+couple(?:\s+of)?|couple\s+of|a\s+number\s+of|numerous"
    r"|dozens\s+of|hundreds\s+of|thousands\s+of|the\s+next\s+few|a\s+few\s+more)(?![a-z])"
)
QMOD = (
    r"(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|only|just|barely|close\s+to|well\s+over|no\s+more\s+than|no\s+less\s+than"
    r"|a\s+little\s+(?:more|less)\s+than|upwards\s+of|(?:best|better)\s+part\s+of)(?![a-z])"
)
# Counted units also take the short forms of bylines and market tables: "7 min read", "3 hrs", "the 10-yr yield".
UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?"
        r"|centur(?:y|ies)|millenni(?:um|a|ums)|mins?|hrs?|yrs?)(?![a-z])")
UNIT1 = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|millennium)(?![a-z])"
PLURAL_UNIT = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|millennia)(?![a-z])"
POD = r"(?:morning|afternoon|evening|night|overnight)(?![a-z])"
ORDWORD = _alt([w for w in lx.ORDINALS if not w[0].isdigit()])
SEASON = r"(?:spring|summer|fall|autumn|winter)(?![a-z])"
PRE = (
    r"(?:early|late|mid|middle|end(?=[-‐])|start(?=[-‐])|the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|balance|first\s+half|second\s+half"
    r"|last\s+quarter|first\s+quarter|last\s+half|latter\s+part|early\s+part|last\s+part|first\s+part)\s+of(?:\s+the)?)"
)
REL = r"(?:this\s+past|this\s+coming|this|last|next|past|coming|previous|current|following|same|present|prior|preceding|latest|upcoming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following|the\s+same|the\s+current|the\s+present|the\s+preceding|the\s+prior|the\s+latest|the\s+upcoming)"
# "a week or so ago", "the next two years or so": approximation after the unit, inside the extent.
# Only before punctuation or a preposition: "this year or so they say" is the idiom, not an approximation.
OR_SO = (r"(?P<orso>\s+or\s+so(?=\s*[,.;:!?)\"'’”]|\s+(?:ago|earlier|later|before|after|back|hence|from|of|in|to|and|at"
         r"|on|until|when|while|for|as|with)(?![a-z])|\s*$))")
# "June last year": the year phrase that places a month or day; TimeBank tags the whole as one TIMEX3.
REL_YEAR = r"(?:\s+(?:of\s+)?(?P<ry>this|last|next)\s+year(?![a-z'’-]))"
TZ = _alt([t.lower() for t in lx.TIMEZONES])
HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])(?![a-z\d])"
HOLIDAY = _alt(set(lx.HOLIDAYS) | set(lx.MOVABLE_HOLIDAYS) | set(lx.COUNTRY_HOLIDAYS)).replace("'", "['’]")
CLOCK = (
    r"(?:(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?:\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm)"
    r"|(?:\s+o['’]clock)?\s+(?P<podc>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))(?![a-z])"
    # "14:05", "9:40"; not the tail of a media timestamp ("00:01:12") nor a clip length "0:47"
    r"|(?<!:)(?P<h24>[01]\d|2[0-3]|[1-9]):(?P<mi24>[0-5]\d)(?![\d:])|(?P<noon>noon|midnight|midday)"
    # "0600 GMT", "0400Z", "at 1900 hours": four digits are a clock time only with a zone or "hours" after them
    rf"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?=z(?![a-z\d])|\s+(?:{TZ}|local\s+time|hours|hrs)(?![a-z]))"
    r"(?:z|\s+(?P<hrs>hours|hrs)(?![a-z]))?)"
    rf"(?:\s+(?P<tz>{TZ})(?:(?<=gmt|utc)[+-]\d{{1,2}}(?::?[0-5]\d)?)?(?![a-z\d])|\s+local\s+time(?![a-z]))?)"
)


@dataclass(frozen=True)
class Rule:
    """A named grammar rule: a regex over lower-cased text plus an optional acceptance check.

    A group named ``x`` (if the pattern has one) marks the extent; the rest of the match is context
    such as a preceding signal word.
    """

    name: str
    kind: str
    pattern: str
    doc: str
    accept: Callable[[str, re.Match, str], bool] | None = None


@dataclass(frozen=True, init=False)
class Candidate:
    """A recognized span with the features its rule captured (lower-cased strings)."""

    start: int
    end: int
    rule: str
    kind: str
    feats: dict = field(default_factory=dict)

    def __init__(self, start: int, end: int, rule: str, kind: str, feats: dict | None = None) -> None:
        # The generated __init__ of a frozen dataclass calls object.__setattr__ once per field; one candidate
        # is built per expression found, so this is on the hot path.
        d = self.__dict__
        d["start"], d["end"], d["rule"], d["kind"] = start, end, rule, kind
        d["feats"] = {} if feats is None else feats


def _cap(original: str, start: int) -> bool:
    return original[start:start + 1].isupper()


def _accept_month_name(original: str, m: re.Match, prefix: str) -> bool:
    """'May' and 'March' are months only when capitalised (the modal and the verb are lower-case)."""
    s = m.start(prefix + "mon")
    word = m.group(prefix + "mon")
    if word in ("may", "march", "mar", "jan", "sep", "dec", "jun", "jul"):
        return _cap(original, s)
    return True


_COUNTED_NOUN_BEFORE = re.compile(
    r"\b(?:page|pages|p\.|pp\.|room|flight|route|highway|bus|line|version|item|code|channel|exit|article|section"
    r"|chapter|volume|vol\.|tel\.?|phone|unit|apartment|apt\.|suite|box|lot|row|seat|gate|platform|track|mile|km"
    r"|miles|meters|feet|score|scored|tally|votes?|rank|ranked|lines|rule|paragraph|verse|psalm|hymn|bill|amendment)\s+$")
_YEAR_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|through|thru|during|before|after|between|and|or|to|of|fiscal|year|"
    r"early|late|mid|end|beginning|around|circa|than|spring|summer|fall|autumn|winter|the|that|for|at|on|"
    r"election|elections|campaign|season|class|vintage|model|calendar)|[-–—(/,])\s*$"
)
# "budget 2025-26", "the session 2023-24": a fiscal or academic span named after its noun.
_SPAN_OWNER_BEFORE = re.compile(r"\b(?:budgets?|session|accounts|plan|estimates)\s+$")
_SPLIT_LABEL_AFTER = re.compile(r"[-–/]\d\d\s+(?:school|academic|financial|fiscal|tax|budget|season|term|session"
                                r"|accounts|year|winter|campaign|programme|program|calendar|intake|cohort)\b")
_OPENING_CUE = re.compile(r"(?:^|[.!?][\"'’”)]?\s+|\n\s*)(?:in|since|during|between|until|after|before|through)\s+$")
# A plural noun after the number counts things ("1994 soldiers"); function words that end in -s do not ("in 1984 as").
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\s|[-–]?\s*(?:to|[-–])\s*\d|,\d|\.\d|\d|:\d"
                             r"|(?!(?:as|is|was|has|his|its|this|thus|us|across|unless|whereas|besides)\b)[a-z]+s\b(?!['’]))")
_YEAR_OK_AFTER = re.compile(r"\s*(?:[a-z]+['’]s\b|levels?\b|budget|season|election|figures?\b|results?\b|census|agreement|accord|law|act\b|olympics|games|war\b|crisis|campaign|rates?\b|earnings|model|edition|and\b|to\b|or\b)")


# Capitalised words before a number that are not a product or brand name: months, and sentence-initial
# determiners ("A 1996 law", "Its 2001 budget").
_NOT_A_NAME = frozenset(lx.MONTHS) | {"a", "an", "its", "his", "her", "their", "our", "this", "that", "every", "each"}


_NUMBER_END = re.compile(r"[\d.,]$")
_DIGIT_DASH_END = re.compile(r"\d[-–]$")
_YEAR_DASH_END = re.compile(r"(?<!\d)(?:1\d|20)\d\d[-–]$")
_NUMBER_AFTER = re.compile(r"\s*(?:to|[-–]|and|or)\s*(\d(?:[\d,]*\d)?)")
_YEAR_OR_TWO_DIGITS = re.compile(r"(?:1\d|20)\d\d|\d\d")
_LAST_WORD = re.compile(r"([A-Za-z][\w.-]*)\s+$")
_CLOSING_PUNCTUATION = re.compile(r"[,.;:)]")
# A lower-case word after an adjective, the noun it modifies ("the mid-year holidays"); not a preposition.
_NOUN_AFTER_ADJ = re.compile(r"\s+(?!(?:to|in|on|at|for|and|or|but|as|when|after|before|with|by|from|of|is|was|will"
                             r"|would|has|had|have)\b)[a-z]")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|the|its|his|her|their)\s+$")
_EARLY_YEAR_CUE_BEFORE = re.compile(r"\b(?:in|since|of|year|by|until|from|during|circa|before|after|to|through)\s*$")


def _accept_year(original: str, m: re.Match, prefix: str) -> bool:
    """A bare four-digit number is a year only with evidence: a cue word before it, or not a count of things."""
    s, e = m.span(prefix + "y")
    raw_before = original[max(0, s - 30):s]
    before = raw_before.lower()
    if before.endswith(("$", "#", "no. ", "no.", "number ", "£", "€", "+")) or _NUMBER_END.search(before):
        return False
    if _DIGIT_DASH_END.search(before) and not _YEAR_DASH_END.search(before):
        return False  # the tail of a phone or serial number: 555-201-1984
    # The patterns below that end in \s+$ can only match text that ends in whitespace (\s is str.isspace):
    # in number runs ("12/3/1999/7") the number follows a slash or a dash, and they need not be run.
    spaced = before[-1:].isspace()
    if spaced and _COUNTED_NOUN_BEFORE.search(before):
        return False
    nxt = _NUMBER_AFTER.match(original[e:e + 20].lower())
    if nxt and not _YEAR_OR_TWO_DIGITS.fullmatch(nxt.group(1)):
        return False  # "1999 to 1,204": a tally, not a span of years
    after = original[e:e + 30].lower()
    y = int(original[s:e][:4])
    if 1900 <= y <= 2099 and _AS_A_WHOLE_AFTER.match(after):
        return True  # "Over 2023 as a whole": a period taken whole
    prev_word = _LAST_WORD.search(raw_before) if raw_before[-1:].isspace() else None
    if prev_word:
        word = prev_word.group(1)
        if word[0].isupper() and word.lower().rstrip(".") not in _NOT_A_NAME \
                and not _YEAR_CUE_BEFORE.search(word.lower() + " ") and not _CLOSING_PUNCTUATION.match(after):
            return False  # "Windows 2000", "Boeing 2707": a name followed by a number
    if (prefix + "pre") in m.re.groupindex and m.group(prefix + "pre"):
        return True  # "mid-1995", "post-1959", "the end of 1990"
    if y < 1900 and (in_range := _early_year_range(original, s, e)) is not None:
        return in_range
    if 1900 <= y <= 2099 and year_span_end(y, after) is not None \
            and (_YEAR_CUE_BEFORE.search(before) or _SPAN_OWNER_BEFORE.search(before)):
        return True  # "the 2023-24 season", "in 1998-99", "from 2001-2009": the start of a span of years
    if 1900 <= y <= 2099 and _SPLIT_LABEL_AFTER.match(after):
        return True  # "2025-26 term dates", "2018/19 accounts": a year that runs across two, named by its noun
    if 1900 <= y <= 2099 and spaced and _OPENING_CUE.search(before):
        return True  # "In 2010 exports doubled": a sentence that opens on a time preposition sets a scene
    if _NOT_YEAR_AFTER.match(after) and not _YEAR_OK_AFTER.match(after) \
            and not (1900 <= y and spaced and _DETERMINER_BEFORE.search(before)):
        return False
    if not (1900 <= y <= 2099):
        return bool(_YEAR_CUE_BEFORE.search(before)) and bool(_EARLY_YEAR_CUE_BEFORE.search(before))
    return True


# "between 1620 and 1680", "the 1850-1900 average", "from 1780 to 1820": two numbers joined as a span of
# years are year evidence for both ends, unless a counted noun follows the span ("1200 to 1500 people").
_RANGE_TO_YEAR = re.compile(r"\s*(to|and|until|till|through|[-–])\s*((?:1\d|20)\d\d)(?![\d,.]\d)")
_RANGE_FROM_YEAR = re.compile(r"(?<![\d,.])((?:1\d|20)\d\d)\s*(to|and|until|till|through|[-–])\s*$")
_IRREGULAR_COUNT_AFTER = re.compile(
    r"\s+(?:people|men|women|children|feet|staff|personnel|police|cattle|sheep|livestock|head|kg|km|lb|mph|ft|per)\b")
_BETWEEN_AT_END = re.compile(r"\bbetween\s+$")


def _early_year_range(original: str, s: int, e: int) -> bool | None:
    """For a number before 1900: True if it is one end of a span of years, False if the span counts things,
    None if no other number joins it."""
    lo = max(0, s - 24)
    low = original[lo:e + 40].lower()  # a window: the text may be long
    s, e = s - lo, e - lo
    y = int(low[s:e])
    m = _RANGE_TO_YEAR.match(low, e)
    if m is not None and y < int(m.group(2)) <= y + 300:
        if m.group(1) == "and" and not _BETWEEN_AT_END.search(low, max(0, s - 9), s):
            return None
        return not _counted_after(low, m.end())
    m = _RANGE_FROM_YEAR.search(low, max(0, s - 12), s)
    if m is not None and int(m.group(1)) < y <= int(m.group(1)) + 300:
        if m.group(2) == "and" and not _BETWEEN_AT_END.search(low, max(0, m.start() - 9), m.start()):
            return None
        head = low[:m.start()]
        if head.endswith(("$", "#", "£", "€")) or _COUNTED_NOUN_BEFORE.search(head):
            return False  # "pages 1620-1680": the start was no year either
        return not _counted_after(low, e)
    return None


def _counted_after(low: str, end: int) -> bool:
    """Whether a counted noun follows a number ("1500 soldiers", "1500 people", "1500 percent")."""
    after = low[end:end + 30]
    return bool(_IRREGULAR_COUNT_AFTER.match(after)
                or (_NOT_YEAR_AFTER.match(after) and not _YEAR_OK_AFTER.match(after)))


_AS_A_WHOLE_AFTER = re.compile(r"\s+as\s+a\s+whole\b")
_YEAR_SPAN_END = re.compile(r"[-–](\d\d(?:\d\d)?)(?![\d\w])")


def year_span_end(first: int, after: str) -> int | None:
    """The year that closes a span written after ``first`` ("-53" in "1950-53", "-2009"), if it can: a later year,
    a two-digit end takes the first one's century ("1998-99"), or the next one just across it ("1999-00")."""
    m = _YEAR_SPAN_END.match(after)
    if m is None:
        return None
    end = m.group(1)
    if len(end) == 4:
        return int(end) if first < int(end) <= first + 100 else None
    y = first - first % 100 + int(end)
    if y > first:
        return y
    return y + 100 if y + 100 - first <= 10 else None  # "1999-00" crosses into 2000; "2023-12" is no span


def _accept_split_year(original: str, m: re.Match, prefix: str) -> bool:
    """'2024-25', '1999-00', '2025/2026': two consecutive years, with the same evidence of being years a year needs
    ('fiscal'/'FY' is evidence enough)."""
    first, end = int(m.group(prefix + "y")), m.group(prefix + "y2")
    nxt = first + 1
    if int(end) != (nxt % 100 if len(end) == 2 else nxt):
        return False  # "1950-53", "2001-2009": a span of years, two dates
    return bool(m.group(prefix + "fy")) or _accept_year(original, m, prefix)


_FRACTION_OR_RUN_BEFORE = re.compile(r"\d\s$|[-+/]$")


def _accept_numeric(original: str, m: re.Match, prefix: str) -> bool:
    """Reject fractions after a whole number ("5 1/2") and scores/ratios inside number runs."""
    s = m.start()
    before = original[max(0, s - 3):s]
    if _FRACTION_OR_RUN_BEFORE.search(before):
        return False
    if m.group(prefix + "y") is not None or m.group(prefix + "yy") is not None or m.group(prefix + "yy3") is not None:
        return True
    # Without a year, "5/4" is as likely a ratio, a score or a fraction: ask for a date cue before it.
    if _NUMERIC_CUE_BEFORE.search(original[max(0, s - 12):s].lower()):
        return True
    return (s == 0 or original[s - 1] == "\n") and _LINE_ENTRY_AFTER.match(original, m.end()) is not None


# Words of racing near a finishing time; a clock suffix or zone after it makes it a time stamp.
_RACE_CONTEXT = re.compile(
    r"\b(?:marathons?|half-marathon|races?|raced|racing|runners?|finish(?:ed|es|ing)?|clock(?:ed|s)?|ran|won"
    r"|winning|victory|personal\s+best|season['’]s\s+best|course\s+record|world\s+record|triathlon|ironman|ultra"
    r"|time\s+trial|cyclists?|swimmers?|champion|medal\w*|kilometres?|km)\b")
_CLOCK_SUFFIX_AFTER = re.compile(rf"\s*(?:[ap]\.?m\b|(?:{TZ})\b|hours\b|local\b)")


def _accept_race_time(original: str, m: re.Match, prefix: str) -> bool:
    """'2:19:44' is a race's time only among words of racing in its sentence, and never a clock's (a.m., GMT)."""
    if _CLOCK_SUFFIX_AFTER.match(original.lower(), m.end(), m.end() + 12):
        return False
    return _RACE_CONTEXT.search(original[max(0, m.start() - 160):m.end() + 160].lower()) is not None


# The first decade of a pair written with its century: "1950s and " before "60s".
DECADE_BEFORE = re.compile(r"(?<!\d)(?P<cent>1\d|20)(?P<dec>\d)0['’]?s\s?(?:and|or|to|[-–])\s?$")
_DECADE_BEFORE = DECADE_BEFORE


def _accept_clock(original: str, m: re.Match, prefix: str) -> bool:
    """Not 'high noon'; four digits only as a clock ('at 1900 hours'); no clip length in brackets."""
    if _HIGH_BEFORE.search(original[max(0, m.start() - 6):m.start()].lower()):
        return False
    if m.group(prefix + "h4") is not None and not _accept_four_digit_clock(original, m, prefix):
        return False
    if m.group(prefix + "h24") is not None and m.group(prefix + "tz") is None and _bracketed(original, m.start(), m.end()):
        return False
    return True


def _bracketed(original: str, start: int, end: int) -> bool:
    """'(1:42)', '[0:47]': a clock reading alone in brackets is a clip's length or a media timestamp."""
    return original[start - 1:start] in ("(", "[") and original[end:end + 1] in (")", "]")


_CLOCK_SIGNAL_BEFORE = re.compile(r"\b(?:at|by|until|till|from|before|after|since|around|about|to|and|between)\s+$")
_CONVERTED_CLOCK_BEFORE = re.compile(rf"(?:[ap]\.?m\.?|\d|noon|midnight|time|{TZ})\s*\(\s*$")


def _accept_four_digit_clock(original: str, m: re.Match, prefix: str) -> bool:
    """'at 1900 hours' is a clock time, 'logged 1200 hours (of flight time)' a count: 'hours' needs a time
    preposition before it. A zone in brackets after a clock time ('10 a.m. (0700 GMT)') restates it."""
    s = m.start(prefix + "h4")
    before = original[max(0, s - 20):s].lower()
    if _CONVERTED_CLOCK_BEFORE.search(before):
        return False
    if m.group(prefix + "hrs"):
        return bool(_CLOCK_SIGNAL_BEFORE.search(before)) and not _OF_AFTER.match(original, m.end())
    return True


# Around a numbered week, words of sport: "week 10" there counts a season's weeks ("the flu season" does not).
_SEASON_WEEK_CONTEXT = re.compile(
    r"\b(?:games?|match(?:es)?|league|nfl|playoffs?|quarterbacks?|coach(?:es)?|touchdowns?|fixtures?|tournament"
    r"|rookies?|semester|pregnancy|gestation)\b")


_SPORT_CONTEXT = re.compile(
    r"\b(?:goals?|scored|scorer|league|club|matches|games|points|wins|striker|manager|coach|cup|trophy|relegation"
    r"|promotion|fixtures?|title|champions(?:hip)?|playoffs?|season|squad|defender|midfielder|goalkeeper)\b")


def _accept_week_number(original: str, m: re.Match, prefix: str) -> bool:
    """'week 9' is an ISO week unless 'of' ties it to something other than a year ('week 3 of the trial') or the
    words around it are of sport or a course, which count their own weeks."""
    if m.group(prefix + "y") is None and _OF_AFTER.match(original, m.end()):
        return False
    low = original[max(0, m.start() - 120):m.end() + 120].lower()
    return _SEASON_WEEK_CONTEXT.search(low) is None


def _accept_dated_weekday(original: str, m: re.Match, prefix: str) -> bool:
    """An abbreviated weekday before a date ('Thu, Oct 31') is capitalised: 'they wed Oct. 12' is a verb."""
    wd = m.group(prefix + "wd")
    return wd is None or wd in lx.WEEKDAYS or _cap(original, m.start(prefix + "wd"))


# After "October the 21st": punctuation, a year or a function word ("In March the 2nd Battalion" is a unit).
_ORDINAL_DAY_END = re.compile(
    r"\s*(?:[,.;:!?)\"'’”]|$)|\s+(?:\d|(?:and|or|to|when|at|in|on|but|with|of|the|this|last|next|as|after|before)\b)")
# "2020's election": a function word after it leaves "in 1990's and 2000's" to the decade reading.
_NOUN_AFTER_POSSESSIVE = re.compile(
    r"\s+(?!(?:and|or|to|through|till|until|when|as|was|were|is|are|but|in|on|at|with|for|by)\b)[A-Za-z]")


def _year_possessive(original: str, m: re.Match, prefix: str) -> bool:
    """'2020's second quarter', '2010's reform': a year's possessive, not a decade, when neither 'the' nor
    'early'/'mid'/'late' comes before it and a noun follows ('the 1990's', 'mid-1990's' stay decades)."""
    if m.group(prefix + "pre") or not (m.group(prefix + "dec") or m.group(prefix + "cent")):
        return False
    text = original[m.start():m.end()]
    if text[-2:-1] not in ("'", "’") or text[:3].lower() == "the":
        return False
    return _NOUN_AFTER_POSSESSIVE.match(original, m.end()) is not None


_NUMERIC_CUE_BEFORE = re.compile(r"\b(?:on|by|until|till|since|from|before|after|through|between|dated|of|effective|due|to|including|and)\s+$|[,(]\s*$")
# "5/13: What to do if ...": a dated entry of a list of links or a log, the date alone at the start of its line.
_LINE_ENTRY_AFTER = re.compile(r":\s+[A-Z]")


def _accept_capitalised(field_name: str):
    def accept(original: str, m: re.Match, prefix: str) -> bool:
        return _cap(original, m.start(prefix + field_name))
    accept.__doc__ = f"The {field_name} word must be capitalised (a proper name, not a common word)."
    return accept


# "Christmas lights", "Christmas shopping", "New Year's resolutions": the holiday names a kind of thing, no day.
# Only a bare name (Christmas, New Year) is checked, against nouns it commonly names a kind of; "Christmas Day",
# "bookings over Christmas were down" and dated names are days.
_HOLIDAY_MODIFIER_AFTER = re.compile(
    r"['’]s\s+(?!day|eve)[a-z]|\s+(?:lights?|trees?|shopping|shoppers|cards?|dinners?|lunch(?:es)?|party|parties|presents?"
    r"|gifts?|markets?|carols?|decorations?|pudding|jumpers?|songs?|specials?|films?|movies?|fairs?|displays?|menus?"
    r"|stockings?|story|stories|spirit|cheer|bonus(?:es)?|crackers?|hampers?|concerts?|pantomimes?|shows?|adverts?"
    r"|ads|advertising|honours|honors|resolutions?|message|address|number|switch-on|wish|wishes|specials?|trading"
    r"|sales|spending|tunes?|jingles?|windows?|lists?|schedules?|programmes?|programming|line-?ups?|episodes?"
    r"|editions?|prayers?|sweets|lamps|feasts?|eucharist|mass|masses|services?|liturgy|vigil|processions?)\b")
# Incidents a holiday dates ("a New Year's shooting"): the day itself, not a kind of thing.
_INCIDENT_AFTER = re.compile(r"\s+(?:shooting|stabbing|attack|assault|crash|collision|fire|blaze|brawl|riot|killing"
                             r"|murder|blast|explosion|storm|flood|arrests?|robbery|break-in|rampage)\b", re.IGNORECASE)
_BARE_HOLIDAYS = frozenset({"christmas", "new year", "diwali", "deepavali", "epiphany", "pentecost", "whitsun"})


# "on the Friday," "by that Monday evening": a determined weekday stands alone before a clause end or a
# preposition; before a noun it names a kind ("the Friday prayers"), and "that" after a verb of saying opens a clause.
_DETERMINED_END = re.compile(r"\s*(?:[,.;:!?)\"'’”—–]|$)|\s+(?:and|or|but|when|as|in|at|on|of|with|to|until|till"
                             r"|we|i|he|she|they|it|the|a|there|so|too|again|itself)\b")
_SAYING_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|announced|added|noted|stated|warned|insisted|argued"
                            r"|claimed|confirmed|reported|believes?|believed|thinks?|thought|knows?|knew|hopes?|hoped"
                            r"|expects?|expected|means?|meant|shows?|showed|suggests?|suggested|so|now|is|was)\s+$")


def _accept_determined_weekday(original: str, m: re.Match, prefix: str) -> bool:
    """'the Friday' and 'that Monday evening' need a clause end or a preposition after them, and 'that' is no
    complementizer ("said that Monday was ...") nor before a possessive."""
    det = m.group(prefix + "det")
    if det is None:
        return True
    low = original[m.end():m.end() + 8].lower()
    if m.group(prefix + "pl") or m.group(prefix + "pl2") or low.startswith(("'s", "’s")):
        return False
    if det == "that" and _SAYING_BEFORE.search(original[max(0, m.start() - 14):m.start()].lower()):
        return False
    if det == "that" and m.group(prefix + "pod"):
        return True  # "that Monday evening": a part of day makes it one time, whatever follows
    return _DETERMINED_END.match(original, m.end()) is not None


def _accept_holiday(original: str, m: re.Match, prefix: str) -> bool:
    """A holiday name is capitalised; a bare 'Christmas' or 'New Year' before a noun is that noun's kind."""
    if not _cap(original, m.start(prefix + "name")):
        return False
    name = " ".join(m.group(prefix + "name").split())
    if name == "twelfth night" and _PLAY_BEFORE.search(original, max(0, m.start() - 30), m.start()):
        return False  # Shakespeare's play, not the eve of Epiphany
    if name == "new year" and original[max(0, m.start() - 4):m.start()].lower() == "the ":
        return False  # "the New Year" is the new_year rule's (a year), and "the New Year holiday" no day
    if name == "national day" and _OF_AFTER.match(original, m.end()):
        return False  # "a National Day of Action": a day named for a cause, not the country's
    if name in ("new year's", "new year’s"):
        # "New Year's" alone is the day only where the clause goes on or an incident follows ("a New Year's
        # shooting", "over New Year's,"); before other nouns it is their kind ("New Year's plans").
        return m.group(prefix + "y") is not None or _DETERMINED_END.match(original, m.end()) is not None \
            or _INCIDENT_AFTER.match(original, m.end()) is not None
    return name not in _BARE_HOLIDAYS or m.group(prefix + "y") is not None \
        or _HOLIDAY_MODIFIER_AFTER.match(original[m.end():m.end() + 40].lower()) is None


_FIRST_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_PLAY_BEFORE = re.compile(r"(?i)(?:\b(?:production|performance|staging|version|adaptation|cast)\s+of|\bstaged|\bperform(?:s|ed|ing)?"
                          r"|shakespeare['’]s)\s+$")


def _accept_bare_month(original: str, m: re.Match, prefix: str) -> bool:
    """A month name alone must be capitalised; 'May'/'March' also need a preceding cue word."""
    s = m.start(prefix + "mon")
    if not _cap(original, s):
        return False
    before = original[max(0, m.start() - 12):m.start()].lower()
    if _FIRST_NAME_AFTER.match(original, m.end(), m.end() + 3) and not _MONTH_CUE_BEFORE.search(before):
        return False  # "April Ryan asked": a first name
    word = m.group(prefix + "mon")
    if word in ("may", "march") and not m.group(prefix + "ry"):
        before = original[max(0, m.start() - 12):m.start()].lower()
        return bool(m.group(prefix + "pre") or _MONTH_CUE_BEFORE.search(before))
    return True


_MONTH_CUE_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|through|between|during|before|after|of|and|to|early|late|mid)[\s-]+$")


_SEASON_SIGNAL_BEFORE = re.compile(r"\b(in|during|by|until|till|through|throughout|over|since|for|before|after|into"
                                   r"|ahead\s+of|spend|spends|spent|spending)\s+$")
MOVED_TO_BEFORE = re.compile(r"\b(?:pushed|moved|delayed|postponed|slipped|shifted|deferred|rescheduled|back|again"
                              r"|put\s+off|(?:again,?\s+)?this\s+time)\s+(?:until|till|to|into)\s+$")
_MOVED_SEASON_END = re.compile(r"\s*(?:[.,;:!?)\"'’”]|$)|\s+(?:as|when|after|before|and|or|but|because|while|at|in|of"
                               r"|with|amid|for|at|due|from|following)\b")
# "in autumn", "by summer", "until spring": a bare season after a time preposition (and before the clause goes on).
BARE_SEASON_SIGNAL_BEFORE = re.compile(r"\b(in|during|by|until|till|through|throughout|over|since|before|after)\s+$")
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|my|your)|[a-z]['’]s?)\s+$")
_SEASON_PERIOD_AFTER = re.compile(r"\s+(?:break|recess|outlook|forecast|session|sitting|term|holidays?|vacation"
                                  r"|schedule|timetable)\b")
_SPENT_SEASON_END = re.compile(r"\s*(?:[.,;:!?)\"”]|$|[a-z]+ing\b|(?:in|at|on|with|abroad|away|there|here)\b)")


def _accept_season(original: str, m: re.Match, prefix: str) -> bool:
    """A season needs a determiner, modifier or year; 'the fall' alone is too often the verb's noun."""
    g = m.group
    if g(prefix + "y") or g(prefix + "pre"):
        return True
    rel = g(prefix + "rel")
    if rel in (None, "the"):
        before = original[max(0, m.start() - 24):m.start()].lower()
        if MOVED_TO_BEFORE.search(before) and _MOVED_SEASON_END.match(original, m.end()):
            return True  # "opening pushed to fall", "slipped again to the spring": a date moved to a season
        if rel is None and _OWNER_BEFORE.search(before) and _SEASON_PERIOD_AFTER.match(original, m.end()):
            return True  # "its winter outlook", "the committee's summer break": that season's outlook or break
    if not rel:
        signal = BARE_SEASON_SIGNAL_BEFORE.search(original[max(0, m.start() - 12):m.start()].lower())
        if signal is None or not _MOVED_SEASON_END.match(original, m.end()):
            return False  # "a hot spring", "spring into action", "in summer camp", "in winter sports"
        return g(prefix + "season") != "fall" or _fall_is_season(original, m, signal.group(1))
    if rel == "the":
        # "the spring in the valley" is water; "in the spring" is a season.
        before = original[max(0, m.start() - 14):m.start()].lower()
        signal = _SEASON_SIGNAL_BEFORE.search(before)
        if signal is None:
            return False
        if g(prefix + "season") == "fall":
            return _fall_is_season(original, m, signal.group(1))
        # "spend the summer sailing" is the season; "spend the winter fuel payment" a noun it modifies.
        return not signal.group(1).startswith("spen") or bool(_SPENT_SEASON_END.match(original, m.end()))
    return True


# "in the fall", "by the fall": the signals that put a season's "the fall" on the calendar. ("after/since the
# fall" mostly follow the event: "died after the fall".)
_FALL_SIGNALS = frozenset({"in", "during", "by", "until", "till", "through", "throughout", "into", "for", "before"})
# "the fall of Kabul", "the fall in prices", "the fall from power", "the fall to 3 percent": the noun of falling.
_FALL_NOUN_AFTER = re.compile(r"\s+(?:of|in|from|to|by)\b")
# A plan, a habit, or a school, election or farming year in the sentence makes "the fall" the season.
_FALL_SEASON_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|would|expects?|expected|scheduled|planned|plans?|slated|due|going\s+to|aims?\s+to"
    r"|hopes?\s+to|intends?\s+to|upcoming|usually|typically|traditionally|normally|every|each|schools?|semester"
    r"|term|classes|students|pupils|campus|college|university|enrol\w*|elections?|vote|voters|ballots?|midterms?"
    r"|harvest|planting|leaves|season)\b|['’]ll\b")
# Injury, death and loss in the sentence make "the fall" the event: "was hurt in the fall, the school said".
_FALL_EVENT_CUE = re.compile(
    r"\b(?:injur\w*|hurt|died|dies|dead|death|broke|broken|fractur\w*|surviv\w*|fatal\w*|killed|suffer\w*"
    r"|recover\w*|hospital\w*|bruis\w*|slipped|tripped|fell|ladder|stairs|cliff|wound\w*|prices?|shares?|stocks?"
    r"|markets?|currency|regime|government|collapse\w*)\b")


def _fall_is_season(original: str, m: re.Match, signal: str) -> bool:
    """'in the fall' is autumn only where its sentence says so: a plan or habit ('will open in the fall', 'by the
    fall'), or a school, election or harvest year ('classes resume in the fall'); never the noun of falling ('the
    fall of Kabul', 'the fall in prices') nor beside an injury ('injured in the fall')."""
    if signal not in _FALL_SIGNALS or _FALL_NOUN_AFTER.match(original, m.end()):
        return False
    if signal in ("through", "throughout"):
        return True  # a stretch of time: "(prices will stay high) through the fall"; no tumble lasts that long
    lo = max(original.rfind(".", max(0, m.start() - 200), m.start()) + 1, m.start() - 200)
    hi = original.find(".", m.end(), m.end() + 150)
    sentence = original[lo:hi if hi >= 0 else m.end() + 150].lower()
    return _FALL_SEASON_CUE.search(sentence) is not None and _FALL_EVENT_CUE.search(sentence) is None


_FOR_SPAN_BEFORE = re.compile(r"(?i)\b(?:for|lasting|within|during)\s+$")


def _accept_anchored_offset(original: str, m: re.Match, prefix: str) -> bool:
    """The anchor after the count is a day the grammar reads alone ('Tuesday', not 'tuesday'); 'from' needs a count,
    and after 'for' it starts a span ('extended for 15 days from Friday': a duration and a date, not a day)."""
    if m.group(prefix + "dir") == "from" and (not m.group(prefix + "n")
                                             or _FOR_SPAN_BEFORE.search(original, max(0, m.start() - 10), m.start())):
        return False
    s = m.start(prefix + "a")
    for cand in candidates(original[s:m.end()]):
        return cand.start == 0 and cand.end == m.end() - s and cand.kind == "date"
    return False


# "an overnight sensation", "the overnight lending rate": the adjective of a noun that is no time.
_OVERNIGHT_ADJ_BEFORE = re.compile(r"\ban\s+$")
_OVERNIGHT_ADJ_AFTER = re.compile(
    r"\s+(?:rates?|lending|loans?|borrowing|repo|index|interbank|deposits?|money|funding|stays?|success|sensation"
    r"|star|celebrity|bags?|camps?|shifts?|guests?|visitors?|parking|delivery|shipping|oats|trips?|express)\b")


def _accept_deictic(original: str, m: re.Match, prefix: str) -> bool:
    """A part of day alone needs a modifier (late afternoon); 'overnight' before a noun it describes is no time."""
    if m.group(prefix + "pod4") is not None and m.group(prefix + "pre") not in ("early", "late", "mid"):
        return False
    if m.group(prefix + "dd") == "overnight" and not m.group(prefix + "pre"):
        if _OVERNIGHT_ADJ_BEFORE.search(original[max(0, m.start() - 4):m.start()].lower()) \
                or _OVERNIGHT_ADJ_AFTER.match(original[m.end():m.end() + 14].lower()):
            return False
    return True


# "output in H2 would rise": a bare half code after a time preposition, followed by a verb, a results noun
# or punctuation; "investing in H2 storage" is hydrogen.
_HALF_SIGNAL_BEFORE = re.compile(r"\b(?:in|for|during|by|over|through|until|from|since|of|and|than|versus|vs\.?)\s+$")
_HALF_FOLLOWER = re.compile(
    r"(?:\s*(?:[,.;:!?)\"'’”]|$)|\s+(?:would|will|is|was|are|were|has|had|could|should|may|might|and|or|to|as|of|when|with"
    r"|from|compared|versus|vs|but|after|than|on|at|while|because|results?|sales|profits?|earnings|revenues?"
    r"|output|production|guidance|margins?|deliveries|shipments|growth|rose|fell|grew|slid|sank|shrank|[a-z]+ed)\b)")


def _accept_quarter_code(original: str, m: re.Match, prefix: str) -> bool:
    """Quarter and half codes are capitals; a half without a year ('H2') needs a business context."""
    if original[m.start()] not in "QH":
        return False
    if m.group(prefix + "h") is None or m.group(prefix + "y") is not None:
        return True
    return bool(_HALF_SIGNAL_BEFORE.search(original[max(0, m.start() - 10):m.start()].lower())
                and _HALF_FOLLOWER.match(original, m.end(), m.end() + 16))


def _accept_month_quarter(original: str, m: re.Match, prefix: str) -> bool:
    """'the September quarter' is the calendar quarter ending in September; 'the April-June quarter' and
    'the July-September period' name a quarter (or half) by its months. Other spans are not periods TIMEX3 has."""
    if not _cap(original, m.start(prefix + "mon")):
        return False
    first = lx.MONTHS[m.group(prefix + "mon")]
    if m.group(prefix + "mon2") is None:
        return m.group(prefix + "unit") == "quarter" and first % 3 == 0
    last = lx.MONTHS[m.group(prefix + "mon2")]
    span = last - first + 1
    return (span == 3 and first % 3 == 1) or (span == 6 and first in (1, 7) and m.group(prefix + "unit") != "quarter")


# A bare plural unit before "of <noun>" or a clause ("decades of diving", "weeks before factories closed")
# is a duration unless a count, determiner or adjective before it takes the unit in another expression.
_BARE_UNIT_NOT_BEFORE = re.compile(
    r"(?:[\d-]|\b(?:the|these|those|this|that|a|an|some|many|few|several|all|most|such|other|same|recent|past|last"
    r"|next|first|final|early|earlier|later|late|coming|previous|following|ensuing|initial|remaining|dark|matter"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds"
    r"|thousands|of|school|working|business|trading|calendar|consecutive|straight|more|fewer|long|happy|good|old))\s*$")
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[,;:(—–]|\b(?:be|is|was|were|been|just|only|mere|barely|still))\s*$")
_OF_WHAT_AFTER = re.compile(r"\s+of\s+(?:the|a|an|this|that|these|those|its|his|her|their|our|age|life)\b")


def _accept_bare_unit(original: str, m: re.Match, prefix: str) -> bool:
    """'years of war' and ', weeks before the vote' measure time; 'the days of the week' does not."""
    before = original[max(0, m.start() - 20):m.start()].lower()
    if _BARE_UNIT_NOT_BEFORE.search(before):
        return False
    if m.group(prefix + "rel") is not None:
        return bool(_CLAUSE_START_BEFORE.search(before)) or not before.strip()
    return not _OF_WHAT_AFTER.match(original[m.end():m.end() + 12].lower())


# Context checks of the rules below, compiled once.
_HIGH_BEFORE = re.compile(r"\bhigh\s+$")  # "high noon"
_SCHEDULE_VERB_BEFORE = re.compile(
    r"\b(?:opens?|opened|closes?|closed|starts?|started|begins?|began|shuts?|leaves?|left|departs?|departed"
    r"|arrives?|arrived|runs?|ran|meets?|met)\s+at\s+$")
_ON_AT_BEFORE = re.compile(r"\b(?:on|at)\s+$")
_WORD_AFTER = re.compile(r"\s*[\w$]")
_THAN_AFTER = re.compile(r"\s+than\b")
_OF_AFTER = re.compile(r"\s+of\b")
_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_OF_CALENDAR_AFTER = re.compile(r"\s+of\s+(?:the\s+|each\s+|every\s+|this\s+|that\s+)?(?:month|year|term|season"
                                r"|january|february|march|april|may|june|july|august|september|october|november|december)\b")
_RELATIVE_CLAUSE_AFTER = re.compile(r"\s+(?:before|after|of|when|in\s+which|earlier|ago|later)\b")

# Words between "every" and a weekday that count or rank rather than describe.
_RANK_WORDS = frozenset({"other", "second", "third", "fourth", "fifth", "first", "last", "final", "two",
                         "three", "four", "few", "several", "alternate", "and", "the", "this", "that", "next"})

RULES: tuple[Rule, ...] = (
    Rule("iso_date", "date", r"(?<![\d/-])(?P<y>[12]\d\d\d)(?:-(?=\d\d-)|/(?=\d\d/))(?P<m>0[1-9]|1[0-2])[-/](?P<d>0[1-9]|[12]\d|3[01])(?:t(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d/])",
         "ISO 8601 date, optionally with a time, or year first with slashes: 2024-10-18, 2024-10-18T15:30, "
         "2024/10/18 (not inside a URL path)."),
    Rule("race_time", "duration",
         r"(?<![\d:.,/])(?P<h>[0-9]):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?![\d:]|\.\d)",
         "A finishing time in hours, minutes and seconds, a DURATION: (clocked) 2:19:44 is PT2H19M44S; only beside "
         "words of racing (a marathon, a finish, a course record), and not a clock time ('9:05:33 a.m.').",
         lambda o, m, p: _accept_race_time(o, m, p)),
    Rule("time_of_day", "time",
         rf"(?:(?P<pre>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after)|roughly)\s+)?{CLOCK}"
         rf"(?:,?\s+(?:(?P<drel>this|next|last)\s+(?={WEEKDAY}))?(?P<day>{WEEKDAY}|today|yesterday|tomorrow|tonight)(?![a-z]))?"
         rf"(?:(?:,?[ \t]+(?P<wda>{WEEKDAY_ABBR}),?[ \t]+|,?\s+)(?:(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR4}))?"
         rf"|(?P<d2>{DAY})\s+(?P<mon2>{MONTH})(?:,?\s+(?P<y2>{YEAR4}))?))?"
         rf"(?:(?=\s*\((?:\d{{3,4}}|\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?)\s+(?:{TZ})(?:\)\s*,?\s*|,?\s+)(?:on\s+)?(?P<pday>{WEEKDAY}|today|yesterday|tomorrow|tonight)(?![a-z])))?",
         "A clock time with optional zone and day: 3 p.m., 10:30 a.m. ET, noon Thursday, 5 p.m. EST Nov. 9, "
         "6:25 AM MST Tue Mar 14 2023, 11:59pm Thursday 2 January, "
         "11 a.m. today, 9am this Friday (one TIME, as '8 p.m. Sunday' is), 4 in the morning. TimeML never puts 'on' inside a timex: 'midnight on March 31' is two "
         "timexes (the time still takes its day from the date). A day after a converted time in brackets dates it but "
         "stays outside: "
         "9 a.m. (0600 GMT) Friday. Four digits with a zone or 'hours': 0600 GMT, 0400Z, at 1900 hours.",
         lambda o, m, p: _accept_clock(o, m, p)),
    Rule("word_clock", "time",
         rf"(?:(?P<pre>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
         rf"(?:(?P<mw>(?:a\s+)?quarter|half|twenty[\s-]five|twenty|ten|five)\s+past\s+(?P<hw>{HOUR_WORD})"
         rf"|(?P<mt>(?:a\s+)?quarter)\s+to\s+(?P<hw2>{HOUR_WORD})|(?P<hw3>{HOUR_WORD})\s+o['’]clock(?![a-z]))"
         r"(?:\s+(?P<podc>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![a-z]))?",
         "Clock times in words: half past nine, around quarter past ten (mod APPROX), a quarter to eight, ten o'clock, "
         "11 o'clock; a.m. unless a part of day follows. 'Ten to one' is odds, so 'to' only takes a quarter."),
    Rule("bare_hour", "time",
         r"(?<=\bat\s)(?P<bh>1[0-2]|[1-9])(?=\s+(?:on\s+(?:weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
         r"|every\s+(?:day|morning|evening|night|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
         r"|each\s+(?:day|morning|evening|night)|daily)(?![a-z]))",
         "A bare hour in a timetable, a generic TIME: (the shop opens at) 9 on Saturdays, (closes at) 5 every day. "
         "Only after a verb of opening or leaving and before a recurrence; 1 to 6 are read as p.m.",
         lambda o, m, p: _SCHEDULE_VERB_BEFORE.search(o[max(0, m.start() - 20):m.start()].lower()) is not None),
    Rule("sun_time", "time",
         r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)"
         r"|(?<=\bto\s)|(?<=\baround\s)|(?<=\btoward\s)|(?<=\btowards\s)|(?<=\bsince\s))"
         r"(?P<sun>dawn|daybreak|sunrise|first\s+light|dusk|sunset|sundown|nightfall)(?![a-z'’‐-])(?!\s+of\b)",
         "The sun's times after a time preposition, a TIME with a part of day: at dawn (TMO), before daybreak, "
         "at first light, at dusk (TEV), until sunset. Not 'the dawn of an era', 'pre-dawn', nor the name 'Dawn'.",
         lambda o, m, p: o[m.start():m.start() + 1].islower()),
    Rule("week_of", "date",
         rf"(?:(?:the\s+)?week\s+(?:of|commencing|beginning|starting)|w/c|the\s+week\s+(?P<end>ended|ending)(?=\s+{WEEKDAY}))\s+"
         rf"(?:(?P<mon>{MONTH})\s*(?P<d>{DAY})|(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon2>{MONTH})|(?P<wd>{WEEKDAY})(?![a-z]))"
         rf"(?:,?\s+(?P<y>{YEAR}))?",
         "The week containing a date: the week of March 6, the week commencing 25 September, w/c 5 Jan, the week "
         "beginning Monday (its ISO week; a listing's weeks start on Mondays); the week ended Friday, the week ending "
         "Saturday (market and retail reports: one DATE, the ISO week of that weekday, read as a past day after "
         "'ended'). 'The week ending March 3' and 'the week to Friday' are left a duration and a date, as "
         "annotators tag them (and TimeBank tags 'the year ended March 31').",
         lambda o, m, p: (m.group(p + "mon") is None or _accept_month_name(o, m, p))
         and (m.group(p + "mon2") is None or _cap(o, m.start(p + "mon2")))
         and (m.group(p + "wd") is None or _cap(o, m.start(p + "wd")))),
    Rule("week_number", "date",
         rf"week\s+(?P<wn>5[0-3]|[1-4]\d|0?[1-9])(?![\d\w]|[,.:/-]\d)(?:\s+of\s+(?P<y>{YEAR4}))?",
         "A numbered week, read as an ISO week (epidemiological bulletins count them so): week 9, WEEK 52, week 3 of "
         "2021; not a season's or a trial's week ('week 10 of the season').",
         lambda o, m, p: _accept_week_number(o, m, p)),
    Rule("nth_week", "date",
         rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+(?:(?P<n>two|three|2|3)\s+weeks|week)\s+of\s+"
         rf"(?:(?P<mon>{MONTH_FULL})(?![a-z])(?:,?\s+(?P<y>{YEAR4}))?|(?P<ry>the|this|last|next)\s+year(?![a-z'’-])|(?P<yy>{YEAR4}))",
         "A week or weeks of a month or year: the first week of the year (ISO week 1), the last week of March (the ISO "
         "week holding its last Thursday); the last two weeks of December (the month, mod END).",
         lambda o, m, p: m.group(p + "mon") is None or _cap(o, m.start(p + "mon"))),
    Rule("nth_weekday", "date",
         rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+(?P<wd>{WEEKDAY})\s+of\s+"
         rf"(?:(?P<every>every|each)\s+month|(?P<mon>{MONTH_FULL})(?![a-z])(?:,?\s+(?P<y>{YEAR4}))?)",
         "A weekday counted in a month: the first Monday of March (a day); the second Tuesday of each month (a set, "
         "XXXX-XX-WXX-7, a notation TIMEX3 leaves open).",
         lambda o, m, p: _cap(o, m.start(p + "wd")) and (m.group(p + "mon") is None or _cap(o, m.start(p + "mon")))),
    Rule("month_day", "date",
         rf"(?:(?P<approx>around|approximately|roughly|circa)\s+)?(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:(?P<pre>{PRE})[\s-]+)?(?P<mon>{MONTH})\s*"
         rf"(?:(?P<the>the)\s+(?=\d\d?(?:st|nd|rd|th)))?(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR})|{REL_YEAR})?",
         "Month then day, optional weekday (Thu, Mon.) before and year after: Oct. 18, 2024; Monday, March 3; "
         "Thu, Oct 31; May 6; October the 21st; March 3 last year; around April 14 (mod APPROX).",
         lambda o, m, p: _accept_month_name(o, m, p) and _accept_dated_weekday(o, m, p)
         and (m.group(p + "the") is None or _ORDINAL_DAY_END.match(o, m.end(p + "d")) is not None)),
    Rule("day_month_rel_year", "date",
         rf"(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}){REL_YEAR}",
         "Day then month placed by a deictic year, one DATE of that year: 12 July last year, the 14th of August "
         "next year, 2 March this year (as 'July 12 last year' is month_day's).",
         lambda o, m, p: _accept_month_name(o, m, p)),
    Rule("day_month", "date",
         rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
         "Day then month, optional weekday and year: 18 October 2024, the 18th of October, Thu 31 Oct 2024.",
         lambda o, m, p: _accept_month_name(o, m, p) and _accept_dated_weekday(o, m, p)),
    Rule("whole_month", "date",
         rf"the\s+(?:whole|entire)\s+of\s+(?P<mon>{MONTH_FULL})(?![a-z])",
         "A whole month, one DATE with 'the whole of' inside: (closed for) the whole of March.",
         lambda o, m, p: _cap(o, m.start(p + "mon"))),
    Rule("month_year", "date",
         rf"(?:(?P<pre>{PRE})[\s-]+)?(?P<mon>{MONTH_DOTTED}),?\s+(?:of\s+)?(?P<y>{YEAR})",
         "Month and year: October 2024, Jan. '97, early March 1995.",
         lambda o, m, p: _accept_month_name(o, m, p)),
    Rule("ordinal_day", "date",
         r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
         r"the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?!\s+(?:and|or|to)\s+\d{1,2}(?:st|nd|rd|th)\s+of\b)"
         r"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|to|when|at|in|but|with)\b)",
         "A day of the month alone after a signal word: on the 12th, by the 3rd (not 'on the 12th floor')."),
    Rule("numeric_date", "date",
         r"(?<![\d/.,:$])(?:(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?:/(?P<y>\d{4}|\d{2}))?"
         r"|(?P<dd>1[3-9]|2\d|3[01])/(?P<mm>1[0-2]|0?[1-9])/(?P<yy>\d{4})"
         r"|(?<!-)(?P<dd3>3[01]|[12]\d|0?[1-9])(?:\.(?P<mm3>1[0-2]|0?[1-9])\.|-(?P<mm4>1[0-2]|0?[1-9])-)"
         r"(?P<yy3>(?:1[89]|20)\d\d)(?![.-]?\d))(?![\d/])",
         "US numeric month/day(/year): 10/7, 10/07/2024, 3/15/97; day first only where it cannot be a month and "
         "a year follows (25/10/2024), or with dots or dashes and a year, which day-first writing uses (18.10.2024, "
         "03-02-2025).", _accept_numeric),
    Rule("holiday_weekend", "date",
         rf"(?:(?P<rel>last|next|this|the)\s+)?(?P<name>{HOLIDAY})\s+weekend(?![a-z'’-])",
         "The weekend of a holiday, one weekend DATE: the Christmas weekend, Memorial Day weekend, the Easter "
         "weekend, last Thanksgiving weekend. It is the weekend nearest the holiday (a Monday-to-Wednesday holiday "
         "takes the weekend before it, Thursday or Friday the one after; on a Saturday or Sunday, its own).",
         lambda o, m, p: _cap(o, m.start(p + "name"))),
    Rule("holiday", "date",
         rf"(?:(?:(?P<rel>last|next|this)|the(?=\s+(?:lunar|chinese)\s))\s+)?(?P<name>{HOLIDAY})(?![a-z])(?:,?\s+(?P<y>{YEAR}))?",
         "Named days: Christmas Day, New Year's Eve '99, Thanksgiving 2023, last Thanksgiving, over New Year, "
         "Bonfire Night, Victoria Day; not a holiday that names a kind of thing (Christmas lights, New Year honours).",
         _accept_holiday),
    Rule("new_year", "date",
         r"the\s+new\s+year(?![a-z'’-])(?!\s+(?:holidays?|celebrations?|party|parties|eve|day|festival|festivities"
         r"|message|address|honou?rs|resolutions?|break|rush|sales?)\b)",
         "The new year: the year that begins at or after the reference (the next one in December or ahead); "
         "not the holiday ('the New Year holiday')."),
    Rule("new_decade", "date", r"the\s+new\s+decade(?![a-z'’-])",
         "The new decade: the one under way in its first five years, else the one ahead."),
    Rule("decade", "date",
         rf"(?:the\s+)?(?:(?P<pre>{PRE})[\s-]+)?(?:(?P<cent>1\d|20)00['’]?s|(?P<dec>1\d\d|20\d)0['’]?s|['’](?P<dec2>\d)0['’]?s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![a-z\d])",
         "Decades: the 1990s, the '90s, the early 1980s, the nineties, the 1990's (but 2020's before a noun is the "
         "year's possessive).",
         lambda o, m, p: (bool(m.group(p + "dec") or m.group(p + "dec2") or m.group(p + "cent"))
                          or o[m.start():m.start() + 3].lower() == "the") and not _year_possessive(o, m, p)),
    Rule("decade_pair_end", "date",
         r"(?:(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s)|(?<=0['’]s\sand\s)|(?<=0s\s[-–]\s)|(?<=0s[-–]))"
         r"(?P<dec>\d)0s(?![a-z\d'’])",
         "The second of two decades whose century is written once, its own DATE in the first one's century (or "
         "the next): the 60s of 'the 1950s and 60s' (196), the 00s of 'the 1990s and 00s' (200).",
         lambda o, m, p: _DECADE_BEFORE.search(o, max(0, m.start() - 12), m.start()) is not None),
    Rule("century_turn", "date",
         rf"the\s+turn\s+of\s+the\s+(?:(?P<ord>{ORDWORD}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+)?(?P<unit>century|millennium)(?![a-z])",
         "The turn of a century, the years around its first: the turn of the century, the turn of the 20th century (1900)."),
    Rule("century", "date",
         rf"(?:the\s+(?P<dpos>first|last|final)\s+decade\s+of\s+)?(?:the\s+)?(?:(?P<pre>{PRE})[\s-]+)?(?P<ord>{ORDWORD}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century(?![a-z])",
         "Centuries: the nineteenth century, the 19th century, the last quarter of the 19th century; a decade "
         "of one: the last decade of the 19th century (the 1890s)."),
    Rule("century_part", "date",
         rf"(?P<pre>the\s+(?:very\s+)?(?:end|beginning|start|middle|close|latter\s+part|early\s+part|last\s+part|first\s+half"
         r"|second\s+half)\s+of\s+(?:the|this)|mid)[\s‐-]+century(?![a-z'’‐-])(?!\s+(?:modern|design|furniture|style|homes?|houses?)\b)",
         "A part of the century without its number, the reference's century (TimeML writes the 21st as 20), with "
         "its mod: the end of the century (END), by mid-century (MID), the beginning of this century (START); "
         "not 'mid-century modern' (a style). 'The turn of the century' is century_turn's."),
    Rule("quarter", "date",
         rf"(?:(?P<pre>{PRE})[\s-]+)?(?:the\s+)?(?:(?P<yy>{YEAR4}(?:['’]s)?|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s)\s+)?(?:(?P<fy>fiscal|calendar)\s+)?"
         rf"(?:(?P<ya>year-ago|year-earlier|comparable\s+year-ago|comparable|year-before)\s+(?=first|second|third|fourth|fiscal|1st|2nd|3rd|4th))?"
         rf"(?:(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th|latest|current|year-ago|year-earlier|previous|same|corresponding|next|comparable|recent|past)[\s-]+)?"
         rf"(?:(?P<fy2>fiscal)\s+)?(?P<unit>quarter|half|period)(?![a-z])(?:\s+of\s+(?P<y>{YEAR4}|this\s+year|last\s+year|next\s+year|the\s+year|fiscal\s+{YEAR4}))?"
         r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+year))?",
         "Fiscal quarters and halves: the third quarter, third-quarter, the fiscal first quarter, the year-ago quarter, "
         "the first half of 2024, the quarter a year ago, the same period last year (the narrative's period a year back, "
         "else the last year), the corresponding period of the previous year, 2020's second quarter, the end of the third quarter of 2021 (mod END).",
         lambda o, m, p: bool(m.group(p + "ord") or m.group(p + "yy") or m.group(p + "y") or o[m.start():m.start() + 4].lower() == "the ")
         # "the second half of January" is a part of the month (month_bare takes it with its prefix)
         and not (m.group(p + "y") is None and _OF_MONTH_AFTER.match(o, m.end()))
         and not (m.group(p + "unit") == "half" and not m.group(p + "ord"))
         and not (m.group(p + "unit") == "period" and not (m.group(p + "yy") or m.group(p + "ord") in ("year-ago", "year-earlier", "comparable", "same", "corresponding", "latest")))),
    Rule("months_part", "date",
         rf"the\s+(?P<pos>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+(?P<y>{YEAR4}|fiscal\s+{YEAR4}"
         r"|this\s+year|last\s+year|next\s+year|the\s+year)(?![\w-])",
         "The first or last three or six months of a year name its quarter or half: the first three months of 2023 "
         "(2023-Q1), the last six months of the year (H2). Without the year, and for other counts ('the first nine "
         "months'), a DURATION as TimeBank has it."),
    Rule("quarter_code", "date",
         rf"(?<![a-z\d])(?:q(?P<q>[1-4])|h(?P<h>[12])(?![-‐]))(?:\s+(?:of\s+)?(?P<y>{YEAR4}))?(?![a-z\d])",
         "Quarter and half codes: Q3, Q3 2024, H1 2024 (capitals); 'H2' alone only as a period of results "
         "('output in H2 will rise'), not hydrogen ('in H2 storage').",
         _accept_quarter_code),
    Rule("month_quarter", "date",
         rf"the\s+(?P<mon>{MONTH_FULL})(?:\s*[-–]\s*(?P<mon2>{MONTH_FULL}))?\s+(?P<unit>quarter|period|half)(?![a-z])"
         rf"(?:\s+of\s+(?P<y>{YEAR4}))?",
         "Quarters named by months: the September quarter (ending in September), the March quarter of 2024, "
         "the April-June quarter, the July-September period.",
         _accept_month_quarter),
    Rule("split_year", "date",
         rf"(?:(?P<pre>{PRE})[\s-]+)?(?:(?P<fy>fiscal(?:\s+year)?\s+|fy\s*))?(?P<y>(?:1\d|20)\d\d)[-–/](?P<y2>\d\d(?:\d\d)?)(?![\d\w]|[-–/.]\d)"
         r"(?P<noun>\s+(?:financial|fiscal|tax|school|academic)\s+year(?![a-z]))?",
         "A label over two consecutive years, one DATE valued by the year it ends in: the 2024-25 season, in "
         "2019-20, fiscal 2023-24, FY2024-25, the 2025-2026 budget, 1999-00 (not '1950-53', '2001-2009': two dates); "
         "with a prefix, one DATE with its mod: the start of the 2031-32 tax year (START), mid-2022-23 (MID).",
         _accept_split_year),
    Rule("fiscal_year", "date", rf"(?:fiscal\s+(?:year\s+)?(?P<y>{YEAR})|fy\s*(?P<fy>{YEAR4}|\d\d)(?![\d]))",
         "Fiscal years: fiscal 1989, fiscal year 2024, FY2024."),
    Rule("anchored_offset", "date",
         r"(?:the\s+day|(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?))"
         rf"\s+(?P<dir>before|after|from)\s+"
         rf"(?P<a>(?:(?:last|next|this)\s+)?(?:{WEEKDAY}|{HOLIDAY})(?![a-z])(?:,?\s+{YEAR4})?"
         rf"|{MONTH}\s*{DAY}(?:,?\s+{YEAR4})?)(?!['’]s)",
         "A count of days or weeks from a named day, one DATE (TIMEX3 tags 'the day after tomorrow' whole): "
         "the day before last Tuesday, the day after Christmas, two days before Nov. 5, a week from Monday.",
         _accept_anchored_offset),
    Rule("offset", "date",
         rf"(?:(?P<mod>{QMOD})\s+)?(?P<n>{NUMDIG}|{NUMWORD}|{VAGUEQ})(?P<half0>\s+and\s+a\s+half)?\s*+(?P<plus>\+\s*+)?+[\s-]*+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?{OR_SO}?\s*+(?P<plus2>\+\s*+)?+\s*+"
         r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back|since|on(?=\s*[,;:!?)—–]|\s*\.(?!\d)|\s*$|\s+from\s))(?![a-z])",
         "Offsets from the reference or the previous date: three decades ago, a year earlier, two days later; "
         "'a year on', 'fifty years on' (before punctuation or 'from') as 'later'.",
         lambda o, m, p: (m.group(p + "dir") not in ("before", "after", "since", "back")
                          or not _WORD_AFTER.match(o[m.end():m.end() + 3]))
         # "six months earlier than required" compares two times; it names neither
         and not (m.group(p + "dir") in ("earlier", "later") and _THAN_AFTER.match(o[m.end():m.end() + 6]))),
    Rule("same_back", "date",
         r"the\s+(?:same|corresponding|comparable)\s+(?P<unit>day|week|weekend|month|season)\s+"
         r"(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+year)(?![a-z])",
         "The narrative's day, week or month one year back, one DATE (a year-on-year comparison): the same month a "
         "year ago, the same week last year, the corresponding month of the previous year; 'the same period "
         "last year' is the quarter rule's."),
    Rule("anaphor", "date",
         rf"(?:(?P<pre>earlier|later|late|early)\s+)?(?:(?P<that>that(?:\s+very)?\s+same|that|the\s+same|the\s+very\s+same|in\s+the)\s+(?P<unit>day|week|weekend|month|year|morning|afternoon|evening|night|quarter|season|decade(?![-‐]))"
         rf"|the\s+(?P<dunit>day|week|month|year|night|morning|afternoon|evening)\s+(?P<dir>before|after)(?=\s*[,.;:!?)\"'’”]|\s*$)"
         rf"|the\s+(?P<rel>following|next|previous|preceding|prior)\s+(?P<unit2>day|week|weekend|month|year|morning|afternoon|evening|night|quarter|season))(?![a-z]){OR_SO}?",
         "Anaphoric dates resolved against the previous date: that year, that decade, the same day, the day before, the following week, "
         "earlier in the day.",
         lambda o, m, p: m.group(p + "that") is None or not m.group(p + "that").startswith("in") or m.group(p + "pre") is not None),
    Rule("deictic", "date",
         rf"(?:(?P<pre>early|late|earlier|later|mid|middle)(?:[\s-]+|(?<=mid)(?=morning|afternoon|evening)))?(?:(?P<dd>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|yesterday|tomorrow|tonight|overnight)(?![a-z])(?:\s+(?P<pod>{POD}))?"
         rf"|(?P<this>this|last)\s+(?P<pod2>morning|afternoon|evening|night)(?![a-z])"
         rf"|(?P<pod3>morning|afternoon|evening|night)\s+(?P<dd3>yesterday|today|tomorrow)(?![a-z])"
         rf"|(?P<pod4>morning|afternoon|evening)(?![a-z]))",
         "Deictic days: today, yesterday morning, tomorrow, tonight, this afternoon, late last night, "
         "mid-afternoon yesterday; a modified part of day alone (late afternoon) is of the narrative's day; "
         "overnight (not 'an overnight stay').",
         _accept_deictic),
    Rule("all_pod", "time",
         r"all\s+(?P<pod>morning|afternoon|evening|night)(?!\s+long\s+ago\b)(?:\s+long)?(?![a-z'’‐-])",
         "A whole part of day, a TIME of the narrative's day: (queued) all morning, (danced) all night long; not in "
         "a memory of long ago (no day of the narrative)."),
    Rule("early_hours", "time",
         r"the\s+(?:early|small|wee)\s+hours(?![a-z'’‐-])(?!\s+of\b)",
         "The hours after midnight, a TIME TNI of the day they open: (arrested) in the early hours; (partying) into "
         "the early hours of the next day. 'The early hours of the campaign' is no time."),
    Rule("lunchtime", "time",
         r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)"
         r"|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\bover\s))lunch[\s-]?time(?![a-z'’‐-])",
         "Lunchtime after a time preposition, a TIME at 12:00 like midday: (reopen) by lunchtime; not 'the "
         "lunchtime menu'."),
    Rule("the_pod", "time",
         r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|(?<=\bthrough\s)|(?<=\buntil\s)|(?<=\btill\s)"
         r"|(?<=\binto\s)|(?<=\bby\s))the\s+(?P<pod>morning|afternoon|evening)(?![a-z'’‐-])"
         r"(?!\s+(?:of|before|after|when|that|which|while|session|sessions|news|papers?|rush|peak|edition|shows?"
         r"|programmes?|service|services|prayers?|commute|hours|light|sun|air|star|trading|dress|shift|meeting)\b)",
         "A part of day after a time preposition, a TIME of the narrative's day: (easing) in the afternoon, "
         "(sirens) throughout the morning, (ran) into the evening; a habit's is generic (XXXX-XX-XXTMO). Not 'in the "
         "morning of May 3' (the date's) nor 'the morning session'."),
    Rule("trading_pod", "date",
         r"(?<=\bin\s)(?P<pod>morning|afternoon)(?=\s+trading\b)",
         "A part of the trading day: in afternoon trading (the part of day is the timex; TimeBank leaves "
         "'in early trading' untagged)."),
    Rule("night", "date",
         r"(?:(?<=\bthrough\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|(?<=\ball\s))the\s+night(?![a-z'’-])(?!\s+(?:of|before|after|when|that)\b)",
         "The night a report covers, like 'overnight': worked through the night, during the night."),
    Rule("relative", "date",
         rf"(?:(?P<pre>{PRE}|earlier|later)[\s-]+)?(?P<rel>{REL})\s+(?:(?:fiscal|calendar|financial)\s+(?=year|quarter))?(?P<unit>day|week|weekend|month|year|quarter|decade|century|millennium|{MONTH_FULL}|{WEEKDAY}|{SEASON})(?![a-z])(?:\s+(?P<pod>{POD}))?{OR_SO}?",
         "Deictic periods: this week, last year, next month, last Friday, this winter, earlier this month, late last year.",
         lambda o, m, p: not (m.group(p + "unit") in ("may", "march") and not _cap(o, m.start(p + "unit")))
         # "the last day of admissions" is the final day of something, not yesterday
         and not (m.group(p + "rel").endswith("last") and _OF_AFTER.match(o[m.end():m.end() + 4])
                  # "a review last Thursday of the show": a past weekday; "the last Friday of the month" is a rank
                  and (m.group(p + "rel") != "last" or m.group(p + "unit") not in _WEEKDAY_NAMES
                       or _OF_CALENDAR_AFTER.match(o[m.end():m.end() + 30].lower())))
         # "won't last past February": a bare "past" before a named month, day or season is the preposition
         and not (m.group(p + "rel") == "past" and m.group(p + "unit") not in _PLAIN_UNITS)),
    Rule("holiday_season", "date",
         r"(?:the|this|last|next)\s+(?:(?P<rel>this|last|next|coming)\s+)?holiday\s+(?:shopping\s+)?season(?![a-z])",
         "The (year-end) holiday season, valued by its December: the holiday season, last holiday season."),
    Rule("sports_season", "date",
         r"(?P<rel>this|last|next)\s+(?P<unit>season|term|campaign)(?![a-z-])(?!\s+of\b)",
         "A sports season named from the reference: last season, this season; 'this term' and 'this campaign' only "
         "among words of sport (a school or a political term is not one). Valued by the year the season ends.",
         lambda o, m, p: m.group(p + "unit") == "season"
         or _SPORT_CONTEXT.search(o[max(0, m.start() - 150):m.end() + 150].lower()) is not None),
    Rule("weekday_ordinal", "date",
         rf"(?P<wd>{WEEKDAY})\s+the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![a-z\d])(?!\s+(?:of\s+)?{MONTH})",
         "A weekday with its day of the month, one DATE: Tuesday the 6th, Friday the 13th (the month nearest the "
         "reference where that day falls on that weekday).",
         lambda o, m, p: _cap(o, m.start(p + "wd"))),
    Rule("weekday", "date",
         rf"(?:(?P<det>that|the)\s+(?={WEEKDAY}(?![a-z])))?(?:(?P<pre>early|late|mid)[\s-]+)?(?P<wd>{WEEKDAY})(?P<pl>s)?(?![a-z])"
         r"(?:\s+(?P<pod>morning|afternoon|evening|night|overnight)(?P<pl2>s)?(?![a-z]))?",
         "A weekday, optionally with a part of day: Monday, Thursday morning, late Friday; plural, a set: "
         "Mondays, Tuesday nights. With a determiner, the weekday next to the narrative's date, the determiner "
         "inside: (on) the Friday, that Monday evening; not 'the Friday prayers', nor 'said that Monday ...'.",
         lambda o, m, p: _cap(o, m.start(p + "wd")) and _accept_determined_weekday(o, m, p)),
    Rule("this_time", "date", r"this\s+time\s+(?P<ry>last|next)\s+year(?![a-z])",
         "The same day a year away: this time last year, this time next year (approximate)."),
    Rule("midweek", "date", r"mid[-‐]?week(?![a-z])",
         "The middle of the current week: by midweek, mid-week."),
    Rule("mid_year", "date", r"mid[-‐]?year(?![a-z'’‐-])",
         "The middle of the reference year: by mid-year, midyear (mod MID); not an adjective after a determiner "
         "('the mid-year holidays', 'a mid-year review': a kind of holiday or review).",
         lambda o, m, p: not (_DETERMINER_BEFORE.search(o[max(0, m.start() - 8):m.start()].lower())
                              and _NOUN_AFTER_ADJ.match(o, m.end()))),
    Rule("bare_fiscal", "date",
         r"(?:the\s+)?(?P<rel>current|this|last|next|previous|coming|present)\s+(?:fiscal|financial)"
         r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:is|was|will|would|and|as|to|in|on|at|from|when|after|before|against|compared"
         r"|ended|ending|beginning|starting|amid|so|but|while|with|by|of|due|because|than)\b)",
         "A fiscal year named by 'fiscal' alone (Indian and business usage): the current fiscal, next fiscal, last "
         "fiscal; not 'the current fiscal deficit'. Valued like 'this year', by the reference year."),
    Rule("compound_duration", "duration",
         r"(?P<a>\d{1,3})\s*(?P<u>hours?|hrs?|h|minutes?|mins?)\s*(?P<b>[1-5]?\d)\s*(?P<u2>minutes?|mins?|m|seconds?|secs?|s)"
         r"(?![a-z\d])",
         "A duration written in two units, one DURATION: 2hr 40min, 2 hours 40 minutes, 1h 5m (PT2H40M), "
         "3min 20sec (PT3M20S).",
         lambda o, m, p: m.group(p + "u")[0] == "h" and m.group(p + "u2")[0] == "m"
         or m.group(p + "u")[0] == "m" and m.group(p + "u2")[0] == "s"),
    Rule("year_adj", "date",
         r"(?:the\s+)?(?P<adj>year-earlier|year-ago|year-before|year-previous|prior-year|year-end|year\s+end|year['’]s\s+end)(?![a-z])(?!\s+(?:quarter|period|nine|six|three|first|second|third|fourth))",
         "Adjectives that point a year back or to the end of the year: year-earlier results, the year-ago level, year-end."),
    Rule("year_words", "date",
         rf"(?:the\s+year\s+)?(?P<yw>{YEAR_WORDS})",
         "Years in words: nineteen ninety-six, the year two thousand.",
         lambda o, m, p: o[m.start():m.start() + 4].lower() == "the " or m.group(p + "yw").startswith("nineteen")),
    Rule("the_unit", "date",
         rf"(?:(?P<pre>{PRE})\s+)?(?:the\s+)?(?:(?P<q>full|fiscal|entire|whole)\s+)?(?P<unit>year|week|weekend|month|decade)(?![a-z])(?!['’-])",
         "A definite period that refers to the narrative's current one: the year, the fiscal year, the weekend, "
         "the end of the decade, the rest of the year (from the reference on).",
         lambda o, m, p: (bool(m.group(p + "pre")) or o[m.start():m.start() + 4].lower() == "the ")
         and not _RELATIVE_CLAUSE_AFTER.match(o[m.end():m.end() + 15].lower())
         and not (_OF_THE.search(o[max(0, m.start() - 14):m.start()].lower()) and not _PART_OF.search(o[max(0, m.start() - 30):m.start()].lower()))),
    Rule("vague", "date",
         r"(?P<v>right\s+now|just\s+now|now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|so\s+far"
         r"|recently|lately|soon|shortly|the\s+(?:near\s+|immediate\s+|foreseeable\s+|distant\s+)?future|the\s+past"
         r"|some\s+(?:distant\s+)?future(?!\s+[a-z])"
         r"|once\s+again|earlier|later|recent\s+(?:days|weeks|months|quarters|years|decades)"
         r"|(?:the\s+)?coming\s+(?:days|weeks|months|quarters|years|decades)|the\s+(?:days|weeks|months|years)\s+ahead"
         r"|the\s+(?:near|short|long|longer|shorter)\s+term(?![-‐])|(?:the\s+)?future\s+(?:days|weeks|months|quarters|years|decades)"
         r"|(?<=within\s)(?:days|weeks|months|hours|years)|(?:just\s+|only\s+)?(?:days|weeks|hours)\s+away)(?![a-z])",
         "Vague references: now, currently, recently, soon, the coming days, the weeks ahead, the near term, within days, "
         "days away, in recent weeks.",
         lambda o, m, p: _accept_vague(o, m, p)),
    Rule("holiday_set", "set",
         rf"(?:every|each)\s+(?P<name>{HOLIDAY})(?![a-z])",
         "A holiday every year, a SET: every Christmas (XXXX-12-25); a movable feast every Easter (P1Y).",
         lambda o, m, p: _cap(o, m.start(p + "name"))),
    Rule("every_adj_weekday", "set",
         rf"(?:every|each)\s+(?P<adj>[a-z]{{3,12}})\s+(?P<wd>{WEEKDAY})(?![a-z'’])",
         "A weekday narrowed by one adjective, still a recurrence: every clear Friday, every sunny Sunday "
         "(XXXX-WXX-5); counts and ranks ('every other Friday', 'every first Monday') are the set and nth rules'.",
         lambda o, m, p: _cap(o, m.start(p + "wd")) and m.group(p + "adj") not in _RANK_WORDS),
    Rule("weekday_set", "set",
         r"(?:(?P<every>every|each)\s+)?(?P<wk>weekday|weekend)(?:(?P<pl>s)|\s+(?P<pod>morning|afternoon|evening|night)"
         r"(?P<pl2>s)?)?(?![a-z'’‐-])",
         "Working days and weekends as recurrences: every weekday (XXXX-WXX-WD), weekday mornings (XXXX-WXX-WDTMO), "
         "every weekend, on weekdays; not 'a weekday' nor 'weekend traffic'.",
         lambda o, m, p: bool(m.group(p + "every") or m.group(p + "pl2")
                              or (m.group(p + "pl") and _ON_AT_BEFORE.search(o[max(0, m.start() - 4):m.start()].lower())))),
    Rule("set", "set",
         rf"(?:(?P<every>every|each|per)\s+(?:(?P<other>other|second|third|fourth)\s+)?(?:(?P<n>{NUMDIG}|{NUMWORD}|few|several|couple\s+of)\s+"
         rf"|(?P<part>half|quarter)[\s-]?(?=hour(?![a-z])))?(?P<unit>{UNIT}|{WEEKDAY}s?|{POD}|{SEASON}|{MONTH_FULL}(?![a-z]))"
         r"(?:(?<=[a-z]day)\s+(?P<wpod>morning|afternoon|evening|night)(?![a-z]))?"
         r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|biannually|semiannually|quarterly"
         r"|biennially|biennial|biannual|fortnightly)"
         rf"|(?P<times>once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few|few|many|\d+)\s+times"
         r"|(?:one|two|three|four|five|six|seven|[1-7])\s+(?:days?|nights?|evenings?|mornings?|afternoons?)"
         r"(?=\s+(?:a|per)\s+week\b)|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
         r"|twenty[\s-]four)\s+(?:hours?|minutes)(?=\s+(?:a|per)\s+(?:day|week)\b))"
         rf"\s+(?P<per>a|per|an|each|every)\s+(?P<unit2>{UNIT1}))(?![a-z])",
         "Recurrences: every year, each Monday, every Tuesday morning, weekly, twice a month, (reports) quarterly, "
         "every few weeks (PXW), (meets) biennially; not a speed or a price ('30 km per second', '$2 per hour'), (to become) biennial (not 'quarterly reports', 'a biennial fair'), several times a day, "
         "every half hour; a count of days a week is one rate, valued by its period: seven days a week, three "
         "nights a week (P1W), 24 hours a day, six hours a day (P1D); not 'every day of delay' "
         "(each unit of a stretch, not a recurrence).",
         lambda o, m, p: (m.group(p + "every") is None or not _OF_STRETCH_AFTER.match(o[m.end():m.end() + 20].lower()))
         and (m.group(p + "adv") is None or not _adverb_is_adjective(o, m, p))
         and not (m.group(p + "every") == "per" and _MEASURE_BEFORE.search(o[max(0, m.start() - 30):m.start()].lower()))),
    Rule("whole_day", "duration",
         r"(?:all|(?:a|an|one)\s+(?:full|whole|entire)|the\s+(?:whole|entire))\s+day(?:\s+long)?(?![\w‐-])",
         "A whole day as a span: all day, a full day, the whole day, the entire day, all day long (DURATION P1D); 'the full day' is a school's or a job's (stay for the full day)."),
    Rule("following_span", "duration",
         r"the\s+(?:following|ensuing|subsequent)\s+(?P<unit>days|weeks|months|years)(?![\w‐'’-])",
         "An uncounted stretch after the narrative's event, a DURATION with no window, as 'the days since' is: "
         "(sworn in over) the following days, (in) the ensuing weeks (PXD, PXW)."),
    Rule("meal_hour", "time",
         rf"(?P<meal>dinner|supper|lunch|breakfast)\s+(?:is\s+)?at\s+(?P<x>(?P<mh>{HOUR_WORD}))"
         r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:is|was|are|were|and|or|on|every|each|sharp|then|before|after|with|in|for)\b)",
         "A bare hour after a meal: (dinner at) six is 18:00, (lunch at) one 13:00, (breakfast at) seven 07:00."),
    # Possessive runs (*+, ?+) and a determiner that is not skipped once it matched (only "a"/"an" can also be the
    # count) drop backtracking that could never change the match (tests/test_speed_paths.py keeps the old text).
    Rule("duration", "duration",
         rf"(?:(?P<det>the|a|an|another|this|that)\s+|(?!(?:the|another|this|that)\s))(?:(?P<rel>past|last|next|first|coming|previous|final|following|initial|latest|remaining|recent|preceding|full|entire|whole|same|additional|further|other|extra|ensuing)\s+)?+"
         rf"(?:(?P<mod>{QMOD})\s+)?(?:(?P<n>{NUMDIG}|{NUMWORD}|{VAGUEQ})|(?<!\ba\s)(?<!\ban\s)(?=fortnight)|(?<=another\s)(?={UNIT1})|(?<=\bthe\sfirst\s)(?=(?:week|month|year)\s+(?:of|in|after|since)\s))(?:\s+to\s+(?P<n2>\d{{1,3}}(?![\d,/])|{NUMWORD_EXACT}))?(?P<half0>\s+and\s+a\s+half)?\s*+(?P<plus>\+)?+[\s-]*+(?:(?P<adj>{EVALUATIVE})\s+)?(?:(?:more|additional|extra|straight|consecutive|full|long|trading|business|working|calendar|school)\s+)?(?P<unit>{UNIT})(?![-‐](?:earlier|ago|before|end|long))(?P<half>\s+and\s+a\s+half)?{OR_SO}?(?P<old>[\s-]+old)?",
         "Counted durations: three days, 2 years, several decades, the past 5 years, a two-year, 47 years old, "
         "two to three weeks (a range is one expression, valued by its lower bound), the next fortnight, another year, "
         "the first month (of a war or a term: one unit, P1M; 'the first day of' is a date).",
         lambda o, m, p: _accept_duration(o, m, p)),
    Rule("long_adj", "duration",
         rf"(?:(?P<n>{NUMDIG}|{NUMWORD_EXACT})[\s-]+)?+(?:(?P<unit>{UNIT})[-‐]|(?P<unit2>year|month|week|day|hour|night))long(?![a-z])",
         "Length adjectives, which TIMEX3 tags as durations: a decades-long conflict, a year-long inquiry, "
         "a two-week-long strike, a weeklong visit (AP style)."),
    Rule("bare_units", "duration",
         rf"(?P<sig>for|in|over|after|than|lasting|lasted|lasts|last|take|takes|took|taking|taken|spent|spend)\s+"
         rf"(?P<x>{PLURAL_UNIT})(?!\s+of\b)",
         "Uncounted plural units after a signal word: for decades, over months, could take weeks, could last weeks; "
         "not 'a matter of days', 'the last weeks' (an adjective); 'after weeks of talks' is the next rule's.",
         lambda o, m, p: m.group(p + "sig") != "last" or _MODAL_BEFORE.search(o[max(0, m.start() - 8):m.start()].lower())
         is not None),
    Rule("bare_offset", "date",
         rf"(?P<unit>{PLURAL_UNIT})\s+(?P<dir>later|earlier|after|before)(?![a-z])",
         "An uncounted plural unit before later/earlier/after/before: hours later, days earlier, minutes after the blast "
         "(not 'the days before', 'the first weeks after', 'days later than planned').",
         lambda o, m, p: _accept_bare_offset(o, m, p)),
    Rule("plural_span", "duration",
         r"the\s+(?P<unit>days|weeks|months|years)(?=\s+(?:since|that\s+(?:have\s+)?(?:followed|passed))(?![a-z]))",
         "An uncounted stretch that runs on from an event, a DURATION with no window: (in) the weeks since, the days "
         "since the attack, the months that followed. Not 'the weeks before the shooting': TimeBank-style corpora "
         "type that as a DATE valued by the event's month, which the grammar cannot know."),
    Rule("bare_units_of", "duration",
         r"(?P<x>days|weeks|months|years|decades|centuries)(?:(?=\s+of\s+[a-z])|(?=\s+(?P<rel>before|after)\s+[a-z]))",
         "Uncounted plural units that measure a noun or lead a clause: decades of diving, years of war, months of "
         "talks, (early 2020,) weeks before factories closed; not after a count or determiner ('the days of').",
         _accept_bare_unit),
    Rule("season", "date",
         rf"(?:(?P<pre>{PRE})[\s-]+)?(?:(?P<rel>this|last|next|past|coming|the)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
         "Seasons with a determiner or a year: this winter, last fall, summer 2024, the spring of '97; a bare season "
         "after a time preposition: in autumn, by summer, until spring (not 'in summer camp', 'a hot spring').",
         _accept_season),
    Rule("month_bare", "date",
         rf"(?:(?P<pre>{PRE})[\s-]+)?(?P<mon>{MONTH_FULL})(?![a-z]){REL_YEAR}?",
         "A month name alone: January, early December, mid-November; with a deictic year, one expression "
         "(TIMEX3 takes the year phrase in): June last year, February of this year.",
         _accept_bare_month),
    Rule("year", "date",
         rf"(?:(?P<pre>{PRE}|post|pre)[\s-]+)?(?P<y>{YEAR4})(?!s\b)(?!['’]s\b(?!\s+[a-z]))",
         "A four-digit year with evidence of being a year: in 1994, 1994's budget (the 's outside), the end of "
         "1990, end-2024.",
         _accept_year),
    Rule("year_span_end", "date", r"(?<=(?<!\d)[12]\d\d\d[-–])(?P<yy>\d\d)(?![\d\w])",
         "The two-digit end of a span of years, its own DATE (TimeML tags a range's ends apart): the 53 of "
         "'the 1950-53 war', the 24 of 'the 2023-24 season'. Kept only right after a tagged year.",
         lambda o, m, p: year_span_end(int(o[m.start() - 5:m.start() - 1]), o[m.start() - 1:m.end()]) is not None),
    Rule("short_year", "date",
         rf"(?P<sig>in|since|of|by|until|from|through|during|before|after|class\s+of)\s+(?P<x>{YY})",
         "A two-digit year after a preposition: in '97, since ’99."),
)


_OF_THE = re.compile(r"\bof\s+$")
_PLAIN_UNITS = frozenset({"day", "week", "weekend", "month", "year", "quarter", "decade", "century", "millennium"})
_MODAL_BEFORE = re.compile(r"\b(?:could|would|might|may|will|can|to|should|must|['’]ll)\s+$")
_OF_MONTH_AFTER = re.compile(r"\s+of\s+(?:January|February|March|April|May|June|July|August|September|October"
                             r"|November|December)\b")
# "County Court – daily cause list": after a heading's dash and before a noun, the adverb names a kind of list.
# After a determiner TimeBank tags it ("the daily tally", "the daily Granma"), so that is left a set.
_ADJECTIVE_FIRST = frozenset({"quarterly", "biennial", "biannual"})
_HEADING_DASH_BEFORE = re.compile(r"[–—|]\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|for|from|by|with|since|until|as|but|if|when|while|so|than"
                               r"|basis|average|rate|updates?)\b)[a-z]")


def _adverb_is_adjective(original: str, m: re.Match, prefix: str) -> bool:
    """'daily' before a noun after a heading's dash names a kind of thing; capitalised inside a line it is part of a
    name ("the Riverside Daily newsletter")."""
    s = m.start(prefix + "adv")
    if m.group(prefix + "adv") in _ADJECTIVE_FIRST and _LOWER_WORD_AFTER.match(original, m.end()):
        return True  # "quarterly reports", "a biennial festival": mostly adjectives, a set only as adverbs
    if original[s].isupper() and s > 0 and not _CLAUSE_OPENING.search(original[max(0, s - 12):s]):
        return True
    return bool(_LOWER_WORD_AFTER.match(original, m.end())
                and _HEADING_DASH_BEFORE.search(original[max(0, s - 8):s].lower()))
# "every day of delay", "each minute of the game": a unit of a stretch; "every day of the week" recurs.
# "30 km per second", "$2 per litre per hour", "120 miles per hour": a speed, flow or price, a rate of a measure
# over time that TimeML does not tag ("three times per week" keeps its SET: a count of events).
_MEASURE_BEFORE = re.compile(
    r"(?:\b(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|cm|mm|feet|ft|yards?|inches|nautical\s+miles|knots"
    r"|lit(?:re|er)s?|gallons?|barrels?|bbl|cubic\s+[a-z]+|tonnes?|tons?|kg|kilos?|kilograms?|grams?|lbs?|pounds"
    r"|dollars?|euros?|cents?|pence|rupees?|yen|yuan|francs?|kwh|mwh|megawatts?|gigawatts?|kilowatts?|watts?"
    r"|bytes|[kmgt]b|megabits?|gigabits?|mbps|gbps|calories|kcal)|[$£€¥]\s?[\d.,]+(?:\s*(?:k|m|bn|million|billion))?)\s+$")
_OF_STRETCH_AFTER = re.compile(r"\s+of\s+(?!(?:the|each|every)\s+(?:week|month|year)\b)")
_PART_OF = re.compile(r"\b(?:end|beginning|start|middle|rest|half|part|quarter|balance|remainder|course|close|turn|first|second)\s+of\s+$"
                      r"|\b(?:last|first|final|opening|closing)\s+(?:[a-z]+\s+)?(?:day|days|week|weeks|month|months|session)\s+of\s+$")


_RELATES_EVENTS_AFTER = re.compile(r"\s+(?:after|before|thereafter|afterwards?)\b")
_NOUN_AFTER_CURRENT = re.compile(r"\s+(?:account|accounts|affairs|events|issue|issues|edition|prices?|dollars?)\b")


def _accept_vague(original: str, m: re.Match, prefix: str) -> bool:
    """'earlier'/'later' alone are adverbs of sequence; keep them only sentence-initially with a comma."""
    v = m.group(prefix + "v")
    if v in ("earlier", "later", "so far", "once again"):
        return False
    if v in ("shortly", "soon") and _RELATES_EVENTS_AFTER.match(original[m.end():m.end() + 14].lower()):
        return False  # "shortly after the bombing" relates two events; it is not a date
    if v in ("soon", "recently", "lately") and original[max(0, m.start() - 3):m.start()].lower() == "as " \
            and original[m.end():m.end() + 3].lower() == " as":
        return False  # "as soon as Tuesday", "as recently as July": a signal before the date, not a date
    after = original[m.end():m.end() + 40].lower()
    if v == "now" and not _now_is_temporal(original, m.start(), m.end()):
        return False
    if v == "the past":
        # "the past six sessions", "the past 10 games": a count of other things, not the past
        return not _UNIT_AHEAD.match(after) and not _COUNT_AHEAD.match(after)
    if v in ("current", "recent"):
        # "the current quarter" is a deictic period, "recent weeks" a window: other rules take those.
        return not _UNIT_AHEAD.match(after) and not _NOUN_AFTER_CURRENT.match(after)
    return True


# A sentence or quotation opening before a word: start of text, after . ! ? (and closing quotes), a
# blank line, or an opening quote.
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?][\"'’”)]{0,3}\s+|\n\s*|[\"“‘]\s*)$")


def _now_is_temporal(original: str, start: int, end: int) -> bool:
    """'now' means 'at this time' unless it is the discourse marker that opens a sentence and is set off
    by a comma ("Now, he says, ...") or is the first half of an adjective ("the now-defunct firm")."""
    after = original[end:end + 2]
    if after[:1] == "-" and after[1:2].isalpha():
        return False
    if after[:1] == "," and _CLAUSE_OPENING.search(original[max(0, start - 12):start]):
        return False
    return True


_COUNT_AHEAD = re.compile(r"\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|dozen)\b)")
_UNIT_AHEAD = re.compile(
    r"\s+(?:[a-z\d-]+\s+){0,4}?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?"
    r"|decades?|centur(?:y|ies)|springs?|summers?|falls?|autumns?|winters?|period|fiscal|half)\b")


# "in the days before", "the first weeks after", "a matter of days": the unit is a noun phrase's head, not an offset.
_NOUN_PHRASE_BEFORE = re.compile(
    r"\b(?:the|these|those|their|his|her|its|our|my|your|whose|of|some|several|many|few|first|last|early"
    r"|earliest|final|next|following|previous|preceding|past|long|more|most|additional|extra|other|same"
    r"|initial|remaining|ensuing|coming|recent|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|hundred|dozens|hundreds|\d(?:[\d,.]*\d)?)\s+(?:[a-z-]+\s+)?$")


def _accept_bare_offset(original: str, m: re.Match, prefix: str) -> bool:
    """'Hours later' stands alone; 'the days before', 'days later than planned' do not date anything, and
    'seconds before dessert' is second helpings: bare seconds only take later/earlier."""
    direction = m.group(prefix + "dir")
    if direction in ("earlier", "later") and _THAN_AFTER.match(original, m.end()):
        return False
    if direction in ("after", "before") and m.group(prefix + "unit") == "seconds":
        return False
    before = original[max(0, m.start() - 30):m.start()].lower()
    return _NOUN_PHRASE_BEFORE.search(before) is None


_OLD_AFTER = re.compile(r"-old\b")
_RATE_COUNT_BEFORE = re.compile(r"(?:\d|once|twice|times|cents?|dollars?|million|billion|percent|%)\s*$")
# "$400,000 a year", "£5,700 a year", "3 percent a year": a rate, tagged as a SET (resolve.r_duration).
MONEY_RATE_BEFORE = re.compile(
    r"(?:[$£€¥]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m|k))?|\d[\d,.]*\s*(?:million\s+|billion\s+)?"
    r"(?:dollars|euros|pounds|yen|yuan|rupees|crowns|francs|cents|percent|per\s+cent|%))\s*$", re.IGNORECASE)
# "treats 38 a day": a bare count before "a day" (not inside a score or date: "6-4", "3/4").
COUNT_RATE_BEFORE = re.compile(r"(?<![\d.,:/-])\d[\d,]*\s+$")
_NOT_RATE_AFTER = re.compile(r"\s+(?:ago|earlier|later|after|before|from|since|back|or|and|old|in\s+advance)\b")
# "30 km an hour": a speed.
# Lengths that measure rain, snow or growth, not distance travelled: "3 cm an hour" is a rate, not a speed.
_SMALL_LENGTH = re.compile(r"\b(?:inch|inches|cm|mm|centimetres|centimeters|millimetres|millimeters)\b")
_LENGTH_BEFORE = re.compile(r"\b(?:km|kms|kilometres|kilometers|miles|metres|meters|feet|inches|cm|mm|knots|mph"
                            r"|centimetres|centimeters|millimetres|millimeters)\s*$")


# "the one day we rest", "the one week of the year when": "the one" is "the only", a day picked out, not a span.
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_ONLY_ONE_AFTER = re.compile(r"(?i)\s+(?:we|they|he|she|i|you|it|people|everyone|everybody|nobody|when|that|which"
                            r"|where|of\s+the\s+(?:week|month|year)|a\s+(?:week|month|year))\b")


def _accept_duration(original: str, m: re.Match, prefix: str) -> bool:
    """Counts need a real number; 'second' after 'a' is an ordinal; a hyphenless 'a' + unit needs context."""
    n = m.group(prefix + "n")
    unit = m.group(prefix + "unit")
    if n is None and not (m.group(prefix + "det") == "the" and m.group(prefix + "rel")) \
            and not (m.group(prefix + "det") == "another" and not m.group(prefix + "rel")):
        return False  # an uncounted fortnight only as "the next/past fortnight"; "last fortnight" is a date
    if m.group(prefix + "adj") and (n in ("a", "an", "one") or m.group(prefix + "det") in ("a", "an")):
        return False  # "a good day", "one tough week": a judgement of a day, not a span
    if _YEAR_DASH_END.search(original, max(0, m.start() - 6), m.start()) or original[m.start() - 5:m.start()].isdigit():
        return False  # "the 2025-26 school year": the end of a year label, not a count of years
    if n == "one" and not m.group(prefix + "rel") and not m.group(prefix + "mod") \
            and (m.group(prefix + "det") == "the" or _THE_BEFORE.search(original, max(0, m.start() - 5), m.start())) \
            and _ONLY_ONE_AFTER.match(original, m.end()):
        return False  # "the one day we rest", "the one year he played": the only one, not a span
    if m.group(prefix + "old") or _OLD_AFTER.match(original[m.end():m.end() + 4]):
        return False  # ages are not annotated as temporal expressions in TimeBank
    if unit == "second" and n in ("a", "an", "one"):
        return False
    if unit.startswith(("quarter", "half")) and original[m.end():m.end() + 1] in "-‐":
        return False  # "two quarter-point cuts", "a half-point rise": a size, not a span of time
    if unit.startswith("quarter") and n in ("a", "an", "one", "three") and not m.group(prefix + "rel") \
            and not m.group(prefix + "adj"):
        return False  # "three quarters of its food" is a fraction; "the next three quarters" is time
    if n in ("a", "an") and m.group(prefix + "det") is None and m.group(prefix + "rel") is None:
        before = original[max(0, m.start() - 25):m.start()].lower()
        # "once a year" is the set rule's; "$5 a month" a rate, a set (resolve.r_duration); "80 km an hour" a speed.
        if COUNT_RATE_BEFORE.search(before) and not _NOT_RATE_AFTER.match(original, m.end()):
            return True  # "treats 38 a day": a bare count per unit, a rate (a set, resolve.r_duration)
        if _RATE_COUNT_BEFORE.search(before) and not MONEY_RATE_BEFORE.search(before):
            return False
        if (length := _LENGTH_BEFORE.search(before)) and unit.startswith(("hour", "minute", "second")) \
                and not _SMALL_LENGTH.match(length.group()):
            return False  # a speed; "2 inches an hour" (snowfall) and "200 km a week" (training) are rates
    return True


# ---------------------------------------------------------------------------------------------
# The master pattern: one alternation of all rules, each wrapped in a named group "r<i>".

# The gate: a cheap look-ahead over the words that can start some rule's match. Python's regex
# engine skips an alternative of a branch on its first literal character, so this rejects most
# word starts in a few nanoseconds before the full alternation runs. Common words ("the", "a",
# "in") only pass together with the word that makes them temporal.
_UNIT_WORDS = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni|half)"
_THE_NEXT = (
    r"(?:[\d'’]|year|day|week|month|past|last|next|coming|previous|following|same|current|present|preceding"
    r"|prior|latest|upcoming|end|beginning|start|middle|close|turn|first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|corresponding"
    r"|nineteenth|twentieth|twenty|latter|early|late|mid|very|best|final|fiscal|calendar|comparable|recent|quarter|decade"
    r"|rest|remainder|balance|ensuing|subsequent"
    r"|half|near|immediate|foreseeable|distant|future|spring|summer|fall|autumn|winter|fourth|nine|eight|seven|six"
    r"|lunar|chinese|holiday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|five|four|three|two|one|ten|eleven|twelve|entire|whole|full|initial|remaining|thirties|forties|fifties"
    r"|sixties|seventies|eighties|nineties|twenties|better|several|few|couple|many|numerous|dozens|hundreds|other)"
)
_NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                 r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
# A unit word within a few words ahead (bounded, so still linear): "about three more years"; or a clock in words
# ("half past nine", "around ten o'clock").
_GATE_UNIT_AHEAD = r"(?=[\w\s,.'’-]{0,30}?(?:" + _UNIT_WORDS + r"|past\s|o['’]clock))"
_NEXT_IS_TEMPORAL = (
    r"(?=[\s-]+(?:" + _UNIT_WORDS + r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|\d|['’]"
    r"|few|several|couple|many|past|coming|fiscal|calendar|same|" + _NUMBER_WORDS + r"|this|last|next|that|the"
    r"|yesterday|today|tomorrow|tonight|in\s+the|christmas|thanksgiving|easter|halloween|new\s+year"
    r"|season|term|campaign|holiday)"
    r")"
)
GATE = (
    r"(?:[\d'’]|the\s+" + _THE_NEXT + r"|an?\s+(?:few|couple|number|dozen|hundred|little|half|single|" + _UNIT_WORDS
    + r"|\d)|(?:for|in|over|after|of|than|lasting|lasted|lasts|last|take|took|takes|taking|taken|spent|spend)\s+(?:" + _UNIT_WORDS
    + r"|['’])|(?:since|by|until|from|through|during|before|class)\s+['’]|at\s+(?:present|the\s+moment)"
    r"|(?:once|twice|three|four)\s+(?:a|an|per|each|every)\b"
    r"|(?:days|weeks|months|years|decades|centuries)\s+(?:of|before|after)\s"
    r"|the\s+(?:night|new\s+(?:year|decade)|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)[\s–-])|(?:around|approximately|roughly|circa)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:morning|afternoon)\s+trading|the\s+(?:morning|afternoon|evening)(?![a-z])"
    r"|all\s+day|(?:a|an|one)\s+(?:full|whole|entire)\s+day|the\s+(?:morning|afternoon|evening)\s+(?:before|after)"
    r"|(?:dinner|supper|lunch|breakfast)\s+(?:is\s+)?at\s"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\.|\s*\d)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:early|late|mid|middle|earlier|later)" + _NEXT_IS_TEMPORAL
    + r"|new\s+year|christmas|boxing\s+day|halloween|valentine|independence\s+day|veterans|armistice|bastille"
    r"|bonfire\s+night|guy\s+fawkes|victoria\s+day|diwali|deepavali|eid[\s-]"
    r"|st\.?\s+patrick|saint\s+patrick|canada\s+day|australia\s+day|anzac|waitangi|juneteenth|remembrance\s+day|canadian\s+thanksgiving"
    r"|the\s+(?:christmas|easter|thanksgiving|memorial\s+day|labor\s+day|canada\s+day|australia\s+day|anzac|victoria\s+day"
    r"|independence\s+day|canadian|juneteenth|bastille|waitangi|remembrance|veterans)\s|financial\s+year|(?:current|this|last|next|previous|coming|present)\s+(?:fiscal|financial)|midmorning|midafternoon|midevening|midyear"
    r"|groundhog|thanksgiving|easter|labou?r\s+day|national\s+day|memorial\s+day|good\s+friday|election\s+day"
    r"|black\s+friday|cyber\s+monday|(?:lunar|chinese)\s+new\s+year|week\s+\d"
    r"|week\s+(?:of|commencing|beginning|starting)\s|w/c\s"
    r"|(?:mother|father)['’]s\s+day"
    r"|(?:" + _NUMBER_WORDS + r"|twent|thirt|fort|fift|sixt|sevent|eight|ninet|half|quarter|about|around|approximately"
    r"|roughly|nearly|almost|some|more|less|fewer|at\s+(?:least|most)|up\s+to|only|just|barely|close|well"
    r"|no\s+(?:more|less)|upwards|several|few|many|couple|numerous|dozens|hundreds|thousands|another|full|entire"
    r"|whole|additional|further|extra|initial|remaining|ensuing|final|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|latest|year-ago|year-earlier|comparable)" + _GATE_UNIT_AHEAD
    + r"|nineteen|two\s+thousand|shortly|noon|midnight|midday"
    r"|(?:about|around|approximately|roughly|just\s+(?:before|after))\s+(?:\d|noon|midnight|midday)"
    r"|mid-?week|this\s+time\s+(?:last|next)\s+year|dawn|daybreak|sunrise|first\s+light|dusk|sunset|sundown|nightfall"
    r"|weekday|weekend"
    r"|all\s+(?:morning|afternoon|evening|night)|lunch[\s-]?time|epiphany|twelfth\s+night|ash\s+wednesday"
    r"|shrove\s+tuesday|pancake\s+day|palm\s+sunday|maundy\s+thursday|ascension\s+day|pentecost|whit|fortnightly"
    r"|(?:this|last|next|that|past|coming|previous|current|following|same|present|prior|preceding|latest|upcoming)"
    + _NEXT_IS_TEMPORAL
    + r"|year(?:-|['’]s|\s+end)|fiscal|calendar|fy\s*\d|q[1-4]\b|h[12]\s+[12]\d\d\d\b"
    r"|today|yesterday|tomorrow|tonight|overnight|right\s+now|now|currently|nowadays|recently|lately|soon"
    r"|these\s+days|recent\s|(?:days|weeks|hours)\s+away|every|each|per\s|daily|weekly|monthly|annually"
    r"|yearly|hourly|nightly|biweekly|biannual|semiannually|quarterly|bienn|spring|summer|fall|autumn|winter|(?:post|pre)-\d"
    r"|h[12]\b"
    r"|(?:just|only)\s+(?:days|weeks|hours)|the\s+(?:short|long|shorter|longer)\s+term|some\s+(?:distant\s+)?future|future\s+(?:days|weeks|months|quarters|years|decades)"
    r"|(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ies)|millenni(?:um|a))s?[-‐]?long\b"
    r"|(?<=within\s)(?:days|weeks|months|hours|years)"
    r"|(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\s+(?:later|earlier|after|before)"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:end|start)[-‐](?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
_RIGHT = r")(?![\w])"


def _bound(pattern: str) -> str:
    """Cap whitespace runs at 6 characters so adjacent optional gaps cannot backtrack quadratically."""
    for loose, tight in ((r"[\s-]*", r"[\s-]{0,6}"), (r"[\s-]+", r"[\s-]{1,6}"), (r"\s*", r"\s{0,6}"),
                         (r"\s+", r"\s{1,6}")):
        pattern = pattern.replace(loose, tight)
    return pattern


# Characters the gate may grow by when its branches that open with a group of words are split by first letter
# (benchmarks/results.md): 1000 takes most of the gain (the gate's instructions -34%, at +2.5 KB of pattern);
# larger limits copy the long look-aheads after "this/last/next" and "early/late" for little more.
_GATE_SPREAD = 1000


def _build():
    plain = []
    for rule in RULES:
        # In the master a rule's groups are plain and its name is an empty group at its end: the engine
        # saves every group set so far at each optional part, so groups there made it copy hundreds of
        # pointers per step. The rule's own pattern (_single) is matched again for its features.
        plain.append(_bound(re.sub(r"\(\?P<\w+>", "(?:", rule.pattern)))
    # The gate is only tested for a match, so its alternations can be tried as a trie (one comparison
    # per first letter instead of one per listed word); it accepts exactly the positions GATE accepts.
    # Each rule opens with the class of the characters it can start with, so that at a word start the
    # alternation turns most rules down on one character (the engine looks at a branch's first literal or
    # class without entering it); the rule itself, with the right boundary, is then tried one character
    # back inside a look-ahead. The master only tells where a match starts and which rule it is (the first
    # rule in order with a match there, as in a plain alternation): the rule's own pattern gives the span.
    try:
        from timeline.retrie import first_chars, trie_factored

        gate = trie_factored(_bound(GATE), spread=_GATE_SPREAD)
        classes = [first_chars(body) for body in plain]
    except (ImportError, ValueError, AttributeError, TypeError):
        # retrie reads the private regex parser; should a future Python change it, the gate as written
        # accepts exactly the same positions, only more slowly.
        gate, classes = _bound(GATE), [None] * len(plain)
    left = r"(?<![\w'’])(?=" + gate + r")(?:"
    master = re.compile(left + "|".join(_master_branch(i, body, chars) for i, (body, chars) in
                                        enumerate(zip(plain, classes))) + ")")
    return master, [_first_lookahead(chars) for chars in classes]


def _master_branch(i: int, body: str, chars: str | None) -> str:
    """Rule ``i`` in the master: ``[its first characters]`` then the rule from one character back, or the rule
    alone in a look-ahead when its first characters are not known; an empty group named after it closes it."""
    rule = rf"(?={body}(?![\w]))"
    return (rf"{chars}(?<={rule}[\s\S])" if chars else rule) + f"(?P<r{i}>)"


def _first_lookahead(chars: str | None) -> str:
    return "" if chars is None else f"(?={chars})"


MASTER, _FIRST = _build()
# The master's groups are the rules' empty naming groups: the number of the last one set is the rule's.
_RULE_OF_GROUP = {index: int(name[1:]) for name, index in MASTER.groupindex.items()}
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")
_SINGLE: dict[int, re.Pattern] = {}
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _single(i: int) -> re.Pattern:
    """Rule ``i`` alone with the master's right boundary (compiled on first use, then cached).

    Only used at a position where MASTER matched, so its left gate (a lookaround at that position)
    is known to hold and is left out: it is the costliest part to compile. Groups keep the rule's
    own names, so ``groupdict()`` is the feature dict; trying the rules one by one in order gives the
    match the master's alternation would give from rule ``i`` on.
    """
    pattern = _SINGLE.get(i)
    if pattern is None:
        pattern = _SINGLE[i] = re.compile(_FIRST[i] + "(?:" + _bound(RULES[i].pattern) + _RIGHT)
    return pattern


def lower(text: str) -> str:
    """ASCII lower-casing that keeps every offset (str.lower can change the length)."""
    low = text.lower()  # one pass in C, several times faster than str.translate with a table
    if text.isascii():
        return low
    if len(low) != len(text):  # a character lowered to two ("İ"): offsets would move
        return text.translate(_LOWER)
    # The non-ASCII characters of news text are mostly quotes and dashes, which have no case: when none of
    # the distinct ones changes, str.lower already gave the ASCII lower-casing.
    if all(c.lower() == c for c in set(_NON_ASCII_CHAR.findall(text))):
        return low
    # Every character lowered to one, so offsets hold; put back the non-ASCII ones str.lower changed
    # ("É", the Kelvin sign), which the ASCII table leaves alone.
    parts, last = [], 0
    for m in _NON_ASCII.finditer(text):
        start, end = m.span()
        if low[start:end] != m.group():
            parts += (low[last:start], m.group())
            last = end
    return "".join(parts) + low[last:] if parts else low


def _fallback(text: str, low: str, pos: int, first: int, end: int) -> tuple[re.Match | None, int]:
    """The first rule from index ``first`` on that matches at ``pos`` (before ``end``) and accepts its match, and
    its number."""
    for i in range(first, len(RULES)):
        m = _single(i).match(low, pos, end)
        if m is None:
            continue
        accept = RULES[i].accept
        if accept is None or accept(text, m, ""):
            return m, i
    return None, -1


_CLOCK_GAP = re.compile(r",?[ \t]{1,3}(?=[\dnm])")
_HOURS_RANGE_AFTER = re.compile(r"\s*(?:[-–]|to|until|till)\s*(?:\d|noon|midnight|midday)")
_TIME_OF_DAY = next(i for i, rule in enumerate(RULES) if rule.name == "time_of_day")


def clock_after(text: str, low: str, pos: int) -> Candidate | None:
    """A clock time right after a full date, a comma or a space away and with no day of its own ("Feb 9, 2025,
    7:12 AM ET", "31/10/2024 14:05"): a page's timestamp, which TIMEX3 tags as one TIME with the date. Not the
    start of a range of hours ("2 November, 9am to 1pm"): a listing's times stay apart from their day."""
    gap = _CLOCK_GAP.match(low, pos)
    if gap is None:
        return None
    m = _single(_TIME_OF_DAY).match(low, gap.end())
    if m is None or not _accept_clock(text, m, "") or m.group("day") or m.group("mon") or m.group("mon2") \
            or _HOURS_RANGE_AFTER.match(low, m.end()):
        return None
    feats = {name: v for name, v in m.groupdict().items() if v is not None}
    return Candidate(m.start(), m.end(), "time_of_day", "time", feats)


def candidates(text: str, low: str | None = None) -> Iterator[Candidate]:
    """Yield candidate spans in text order, non-overlapping, each with its rule's features."""
    low = lower(text) if low is None else low
    pos = 0
    n = len(low)
    search = MASTER.search
    rule_of_group, singles = _RULE_OF_GROUP, _SINGLE
    while pos < n:
        m = search(low, pos)
        if m is None:
            return
        number = rule_of_group[m.lastindex]
        start = m.start()
        # The rule's own pattern at the same place gives the match's span and the rule's feature groups.
        m = (singles.get(number) or _single(number)).match(low, start)
        # No expression runs across a blank line ("11:48 p.m. ET" above a "SATURDAY" heading): the match is
        # taken again in the text cut at the first one.
        if low.find("\n", start, m.end()) >= 0 and (blank := _BLANK_LINE.search(low, start, m.end())) is not None:
            cut = blank.start()
            m = search(low, start, cut)
            if m is None or m.start() != start:
                pos = start + 1
                continue
            number = rule_of_group[m.lastindex]
            m = (singles.get(number) or _single(number)).match(low, start, cut)
        else:
            cut = n
        rule = RULES[number]
        if rule.accept is not None and not rule.accept(text, m, ""):
            m, number = _fallback(text, low, start, number + 1, cut)
            if m is None:
                pos = start + 1
                continue
            rule = RULES[number]
        feats = {name: v for name, v in m.groupdict().items() if v is not None}
        start, end = m.span("x") if "x" in feats else m.span()
        yield Candidate(start, end, rule.name, rule.kind, feats)
        pos = max(m.end(), pos + 1)

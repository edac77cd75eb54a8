"""A small tense heuristic over the sentence around a position, for choosing past or future readings.

Rule: find the tense cues in the sentence and let the cue nearest to the expression decide; of a cue before and
one after it, one after a trailing attribution (", the union announced, as ...") loses to one before; then one in the
expression's own phrase (set off by a comma, not a list's, ';', ':', a dash or a bracket) beats one outside it
("The minister, who is due to meet them on Wednesday, described it as ...", "which held rates in November, will meet
in January"); then one across a clause break (';', 'and', 'but', 'whereas', 'that', ', as', ', amid', and 'while' or
'after' unless a participle follows: "rose after announcing on Monday that it would ..." is one clause) loses to one
within its clause; one in a comparison after it (", compared with 70% a week ago", ", up from ...") tells the
baseline's time: no cue. A decision or request before the expression reaches only into its own phrase ("is asked to
call, quoting the theft of 24 December" is no plan for the date).
A plan of the past ("had been due/expected/scheduled/set/planned to start on Monday") may no longer hold: it is a cue
that tells neither tense, so the caller's default (the nearer day) decides.
Future cues: will, a decision, promise or request before the expression ("has decided to admit them in March",
"agreed to meet on Monday", "urged residents to leave before Friday", a present passive "have been told to prepare
for Tuesday", "are invited to a party on Saturday"; after it, the decision is past), 'll, shall, won't, would, going
to, expected/scheduled/due/set/planned to, has/have been due (expected, set), due to + a verb of an event ("the show,
due to open on Friday,"; not "due to the rain"),
forecast/projected/predicted/likely/poised to, is/are (not) forecast (projected, predicted, due, likely: "was likely
in January", "is not due to open until the spring"), "expected on Monday", "due Wednesday", expect(s), should (not "should have"), may/might + verb ("may open"),
must/can + verb ("must arrive by 31 October", "can sit exams in October"; not "must have", nor a passive "must be paid"),
could + verb ("a dry July could bring them back"; not "could not", "could have", "could be reached": past ability), has scheduled/planned, as soon as, next week/month/Monday..., upcoming, tomorrow,
a scheduled act in the present before a day or date ("reports results on Tuesday", "which ends April 17", "reopen Monday"),
and a present schedule right before its preposition and date ("falls on November 8", "is available from Monday", "can
return them until 31 December", "airs at 9pm on Friday", "is shown live at 2pm on Saturday", "his deal expires in June"),
which looks only ahead: it does not date "recorded on Thursday" before it.
Past cues: was, were, had, did, has/have been, has/have + -ed (the perfect), said, told, ago, last (not the verb: "last until",
"last for", "will now last"), yesterday, earlier, common irregular past
verbs (took, came, began, fell...), past forms equal to the present (forecast, set, cut, put, cost...) after he/she/it or
has/have/had ("later than it forecast in August"; "they cut" may be present), and words ending in -ed
(not right after "the"/"a"/"an" or a possessive, "its revised forecast", "their calculated grades", "the club's
boatshed", nor after "this"/"these"
before a noun, "these proposed fares", where they are adjectives; nor after "be"/"been"/"being"/"is"/"are",
where they are passives: "will be announced", "is heard in May"; not the participle "followed by").
"if" before a present verb ("if no deal is reached by the autumn") and "warned of" look ahead; "was unlikely" is a
forecast. A word in a hyphenated compound ("storm-hit", "extended-hours") or an -ed word after a preposition or "not"
("on flooded fields", "is not ratified") is no verb.
An expression right after a reporting verb ("said on Monday") dates the saying and is past, unless it heads the
reported clause ("said Sunday would bring", "said Tuesday's play will start"), whose verb then decides.
"said" right after a closed quotation is an attribution (weak).
A weekday's possessive ("after Tuesday's election") is told only by a cue in its own phrase, or, when its phrase opens
the sentence ("Ahead of Sunday's vote, the party will ..."), by the nearest cue (``TenseIndex.phrase_tense``).
An attribution that closes a clause ("..., he said.", "..., an aide said on Monday.", "..., their union announced today,
after ...", "..., the council decided on Tuesday.") is a weak cue: it tells when the words were said,
so it decides only when the sentence has no other cue. No cue at all gives ``None`` (the caller picks its default).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator, Literal

Tense = Literal["past", "future"]
# A cue's kind; "plan" depends on its side, "sched" (a present schedule before its date) only looks ahead.
_Kind = Literal["past", "future", "plan", "sched", "moot"]

# Every cue but "'ll" starts with a letter: the lookahead after the first boundary skips the alternation
# at word ends, where it cannot match, halving the scan.
_CUES_PATTERN = (
    r"\b(?=[a-z])(?:"
    # "had been due to start on Monday": a plan of the past that may not hold any more; the day may lie either side
    r"(?P<moot>had\s+been\s+(?:due|expected|scheduled|set|slated|planned)\b)"
    r"|(?P<plan>(?:(?:has|have|had)\s+)?(?:decided|agreed|voted|vowed|pledged|promised|resolved|arranged|proposed|threatened|offered)\s+to"
    # "has warned of delays in early January": a warning is of what is ahead
    r"|(?:(?:has|have|had)\s+)?warn(?:ed|s|ing)?\s+of"
    # "urged residents to leave before Friday": a request names what is to come, like a decision
    r"|(?:urged|urging|urges|asked|asking|asks|pressed|pressing|presses|ordered|ordering|orders|called\s+on|calling\s+on)"
    r"\s+(?:(?!on\b|in\b|at\b|by\b|for\b|and\b|but\b|that\b|to\b)[a-z'’-]+\s+){1,3}?to\s+"
    r"(?!the\b|an?\b|his\b|her\b|their\b|its\b|our\b|be\s+[a-z]+ed\b)(?=[a-z])"
    # "have been told to prepare for Tuesday", "are invited to a party on Saturday": a request in the present passive
    r"|(?:is|are|has\s+been|have\s+been)\s+(?:invited|told|asked|urged|ordered|advised|encouraged|required)\s+to\b)"
    r"|(?P<fut>will|won['’]t|shall|going\s+to|(?:is|are|was|were)\s+(?:not\s+)?(?:expected|scheduled|due|set|slated|poised|forecast|predicted|projected|(?:un)?likely|to)"
    r"|(?:has|have|had)\s+(?:been\s+)?(?:scheduled|planned)|(?:has|have)\s+been\s+(?:due|expected|set|slated|poised)\b|expected\s+to"
    # "the show, due to open on Friday, ...": a reduced clause of a plan ("due to the rain" is a cause)
    r"|due\s+to\s+(?:be|open|reopen|start|begin|meet|close|end|finish|arrive|return|resume|launch|hold|vote|sign|visit"
    r"|expire|report|appear|leave|speak|face|release|publish|announce|decide|rule|take|come|go|run|play|host|attend"
    r"|travel|complete|submit|deliver|present|testify|retire|hear|make|give|reach|enter|lift)\b"
    # "a change expected on Monday", "the rate decision, due Wednesday": a forecast or a deadline names what is ahead
    r"|(?<!\bthan\s)(?<!\bas\s)expected(?=\s+(?:on|by|from|next|later|this|early|late|tomorrow|tonight|mon|tue|wed|thu|fri"
    r"|sat|sun)[a-z]*\b)|due(?=\s+(?:on\s+|by\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+(?:tomorrow|tonight)\b)"
    r"|scheduled|planned\s+(?:to|for)|plans?\s+to|planning\s+to"
    r"|intends?\s+to|set\s+to|(?:forecast|projected|predicted|(?:un)?likely|poised)\s+to|expects?|should(?!\s+have)|would"
    r"|(?:may|might)\s+(?!have\b|not\s+have\b|the\b|\d)(?=[a-z])|must(?=\s+(?!have\b|not\s+have\b|be\s+[a-z]+ed\b|the\b|\d)[a-z])"
    r"|can(?=\s+(?!have\b|be\s+[a-z]+ed\b|the\b|\d)[a-z])(?!\s+(?!not\b|be\b|have\b)[a-z]+(?:\s+(?!and\b|but\b)[a-z]+){0,4}?\s+(?:until|till|from|by)\s)"
    r"|could\s+(?!have\b|not\b|never\b|hardly\b|barely\b|be\s+[a-z]+ed\b|the\b|\d)(?=[a-z])|as\s+soon\s+as"
    # "if no deal is reached by the autumn", "if it rains on Monday": a condition in the present is on what is ahead
    r"|if(?=\s+(?:[a-z'’-]+\s+){0,3}?(?:is|are|does|do|isn['’]t|aren['’]t|doesn['’]t|don['’]t"
    r"|(?!(?:was|has|his|its|this|thus|us|as|plus|less|unless|news|yes)\b)[a-z]{2,}[^s\s]s)\b)"
    r"|next\s+(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|upcoming|tomorrow"
    r"|(?:re)?(?:reports|opens|meets|holds|hosts|starts|ends|begins|closes|launches|returns|resumes|visits|plays|faces)"
    r"(?=(?:\s+[a-z-]+){0,3}?\s+(?:on\s+|next\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*\b)|reopen(?=\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b)"
    # A schedule in the present right before its date: "falls on November 8", "expires on 30 June", "is available
    # from Monday", "runs until 31 December", "can return them until 31 December", "doors open on Friday".
    r"|(?P<sched>(?:falls|expires|closes|opens|runs|ends|starts|begins|continues|resumes|reopens|returns|arrives|departs"
    r"|leaves|airs|premieres|debuts|launches|finishes|concludes|applies|lasts|kicks\s+off|takes\s+(?:place|effect)"
    r"|comes\s+into\s+(?:force|effect)|goes\s+on\s+sale)(?:\s+(?:in|at)(?:\s+(?!and\b|but\b|on\b)[a-z-]+){1,4}?)?"
    r"|(?<!\bdid\s)(?<!\bnot\s)(?<!\bto\s)(?<!\bthe\s)(?:expire|run|begin|resume|reopen|kick\s+off|take\s+place"
    r"|go\s+on\s+sale)"
    r"|(?:is|are)\s+(?:available|open|valid|on\s+(?:sale|show|display))"
    # a present passive of a broadcast or a staging: "is broadcast live", "is repeated", "are screened"
    r"|(?<!\bit\s)(?:is|are)\s+(?:broadcast|shown|screened|repeated|televised|streamed|aired|relayed|staged)(?:\s+live)?"
    r"|can\s+(?!not\b|be\b|have\b)[a-z]+(?:\s+(?!and\b|but\b)[a-z]+){0,4}?(?=\s+(?:until|till|from|by)\s))"
    r"(?=(?:\s+at\s+\d{1,2}(?:[.:][0-5]\d)?\s?(?:[ap]\.?m\b\.?)?)?\s+(?:on|from|until|till|through|by)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    # "his deal expires in June", "the show opens in May": a month ahead, not a weekday ("in Monday's vote")
    r"|\s+in\s+(?:(?:early|late)\s+|mid-?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!['’]s)"
    r"|\s+in\s+the\s+(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\b))"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!-)(?:(?P<weak>(?:said|told)(?=[.,;]))|(?P<past>(?:has|have)\s+(?:been|[a-z]{2,}ed)|was|were|had|did|said|told|ago|(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bnot\s)(?<!\bnow\s)(?<!['’]ll\s)(?<!\bthe\s)last(?!\s+(?:until|till|for|through|into|beyond|past|longer|long|as|only)\b)|yesterday|earlier|took|came|went|began|fell|rose|met|left|made|held|won|lost|saw|gave|got|struck|ran|sent|spent|stood|brought|bought|thought|found|broke|became|wrote|spoke|fought|led|paid|sold|kept|flew|grew|knew|drew|shot|sank|fled|chose|hit|quit|set\s+off|swept|stole|threw|wore|woke|rode|froze|forgot|shook|arose|sought|taught|caught|felt|heard|built|sent|lent|meant|dealt|slid|bled|fed|hung|spun|withdrew|overthrew|undertook|(?:(?<=\bhe\s)|(?<=\bit\s)|(?<=\bshe\s)|(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))(?:forecast|set|cut|put|let|cost|bet|spread|shut|split|shed|hurt|cast|upset|broadcast|beat|read)(?!\s+to\b)|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bmy\s)(?<!\byour\s)(?<!\btheir\s)(?<!['’]s\s)(?!(?:(?<=\bthis\s)|(?<=\bthese\s))[a-z]+ed\s+(?!(?:the|an?|in|on|at|to|by|from|for|with|as|that|it|its|his|her|their|our|them|him|me|us|up|out|off|down|over|into|and|but|or|of|this|these|those|he|she|they|we|you|some|no|all|more|about|after|before|when|while|since|until|last|again|back|only|even|also)\b)[a-z]{3,}\b)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bstay\s)(?<!\bstays\s)(?<!\bremain\s)(?<!\bremains\s)(?<!\bseem\s)(?<!\bseems\s)(?<!\bbecome\s)(?<!\bbecomes\s)(?<!\bget\s)(?<!\bgets\s)(?!(?:succeed|proceed|exceed|need|feed|speed|indeed|seed|breed|bleed|embed|hundred|sacred|kindred)\b)(?!(?:followed|preceded)\s+by\b)(?<!\bon\s)(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\binto\s)(?<!\bover\s)(?<!\bunder\s)(?<!\bacross\s)(?<!\bnot\s)[a-z]{3,}ed(?!-))))\b"
    r"|(?P<fut2>['’]ll)\b"
)


# The cue pattern is "word start, cue words, boundary" or "'ll"; the gate is built from the cue words alone, so
# that their alternation is the outermost one and can be spread by first letter (see _gated).
_CUE_HEAD, _CUE_TAIL = r"\b(?=[a-z])", r"\b|(?P<fut2>['’]ll)\b"
# Characters the cue gate may grow by when its branches that open with a group of words ("(?:is|are|was|were)
# expected") are split by first letter: 1000 splits all of them (benchmarks/results.md).
_CUE_SPREAD = 1000


def _gated(pattern: str) -> re.Pattern:
    """The cue ``pattern`` (``_CUE_HEAD`` + words + ``_CUE_TAIL``) behind a look-ahead that tells in a few comparisons whether it can match here: the
    cue words as a trie, without the look-behinds that refine them. Most words are no cue, and the
    plain alternation tries every listed verb and every look-behind on each of them. Branches that open
    with a group of words are split by the words' first letters: the engine passes over a branch that
    opens with a letter in a few instructions, but enters every branch that opens with a group."""
    try:
        from timeline.retrie import trie_factored

        def plain(p: str) -> str:
            return re.sub(r"\(\?P<\w+>", "(?:", p)

        # The cue words between the pattern's fixed ends, as a trie; the gate may match where the pattern does not
        # (look-behinds are left out), never the other way round.
        words = trie_factored(plain(pattern[len(_CUE_HEAD):-len(_CUE_TAIL)]), loosen=True, spread=_CUE_SPREAD)
        gate = f"{_CUE_HEAD}{words}|['’]ll"
    except (ImportError, ValueError, AttributeError, TypeError):
        return re.compile(pattern)  # retrie reads the private regex parser; the plain pattern finds the same cues
    return re.compile(f"(?={gate})(?:{pattern})")


_CUES = _gated(_CUES_PATTERN)
# Abbreviations whose period does not end a sentence ("Aug. 7", "Mr. Smith", "U.S. officials").
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs",
                  "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "No", "Inc", "Co",
                  "Corp", "Ltd", "Jr", "Sr", "vs", "Mt", "Ft", "U.S", "U.N", "U.K")
# The pattern starts by consuming the punctuation mark, so that the search skips to the next one in a
# tight loop instead of trying a match at every character; what follows the mark is checked next (it
# rules out most marks at once), and the abbreviations before it last.
# One look-behind per length of abbreviation (a look-behind has a fixed width), each an alternation.
_NOT_AFTER = "".join(
    rf"(?<!\b(?:{'|'.join(re.escape(a) for a in _ABBREVIATIONS if len(a) == n)})[.!?\n])"
    for n in sorted({len(a) for a in _ABBREVIATIONS})
) + r"(?<!\b[A-Z][.!?\n])" + (
    r"(?!(?<=\b[ap]\.m\.)[\"'’”)]{0,3}\s{1,8}[(\"'“‘]?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec|Eastern|Pacific|Central|Mountain|Atlantic|Local|British|Greenwich)[a-z]*\b|[A-Z]{2,5}\b|\d))")
# "at 3 p.m. Monday", "8 p.m. EDT" go on; "... at 6:15 p.m. The match ends ..." starts a sentence.
_AFTER_MARK = r"(?:(?<=[.!?])[\"'’”)]{0,3}\s{1,8}|(?<=\n)\s{0,8}\n)(?=[\"'“‘(]{0,3}[A-Z0-9])"
_SENTENCE_START = re.compile(r"[.!?\n](?=" + _AFTER_MARK + ")" + _NOT_AFTER + _AFTER_MARK)
_SPAN = 300
# "said on Monday", "told reporters late Monday": the expression dates the reporting verb itself.
# Every verb _ATTACHED_REPORT can end on: attached_report looks for one before trying the pattern.
_REPORT_WORDS = ("said", "told", "announced", "confirmed", "decided", "ruled", "agreed", "voted", "approved")
_ATTACHED_REPORT = re.compile(r"\b(?:said|told(?:\s+[a-z]+){1,2}"
                              r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
                              r"(?:announced|confirmed|decided|ruled|agreed|voted|approved))"
                              r"\s+(?:on\s+|late\s+|early\s+)?$")
# "..., an official said on Wednesday." An attribution that closes the sentence says when the words were
# said, not when the reported event is: like "..., he said." it decides only when nothing else does.
# The attribution may close the main clause before a trailing one: "..., the president said on Thursday, as ...".
# After a reported day: "Sunday would", "Tuesday's play will": the day heads the reported clause.
_SUBJECT_OF_REPORTED = re.compile(r"(?:['’]s(?:\s+[a-z-]+){1,2})?\s+(?P<verb>would|will|could|should|was|were|had"
                                  r"|(?:is|are)\s+(?:expected|due|set|likely|forecast))\b")
_TRAILING_ATTRIBUTION = re.compile(
    r"[^.;,!?\n]{0,40}(?:[.;!?\n]|,\s+(?:as|while|when|after|before|adding|saying|but|amid|citing)\b)")


# Other reporting verbs, weak only in an attribution set off by a comma after the clause it reports
# ("..., their union announced today."), not as a clause's own verb ("The firm announced cuts on Monday that ...").
_ANNOUNCING = frozenset({"announced", "confirmed", "reported", "added", "stated", "declared", "warned", "decided", "ruled",
                         "agreed", "voted", "approved"})
# '..., it waits until 2020," said the analyst': a reporting verb right after a closed quotation attributes it.
_QUOTE_CLOSED = re.compile(r"[,.!?][\"”’']\s+$")
_ANNOUNCING_CLOSE = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:today|yesterday|tonight|(?:this|last)\s+[a-z]+"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?))?"
    r"\s*(?:[.;!?\n]|,\s+(?:as|while|when|after|before|adding|saying|but|amid|citing)\b)")
_ATTRIBUTION_BEFORE = re.compile(r",\s+(?!and\b|but\b|then\b|which\b|who\b)(?:[\w'’.-]+\s+){1,5}$")


# Characters no cue ever contains (cues are letters, whitespace between words and apostrophes), so a
# scan may start right after one of them and find exactly the cues a scan of the whole text finds there.
_OUTSIDE_CUES = re.compile(r"[^a-z\s'’]")


class TenseIndex:
    """Sentence starts of one text, found in one pass on first use, and the tense cues of each queried sentence.

    Cues are scanned only in sentences that hold a candidate: most text holds none, and the cue scan
    is the costly part. A candidate's tense is then the nearest cue outside its span, within its
    sentence and at most 300 characters away: two binary searches, so resolution stays linear however
    many dates a sentence holds.
    """

    def __init__(self, text: str, low: str) -> None:
        self.text, self.low = text, low
        self._starts: list[int] | None = None
        # Per sentence (keyed by its start): strong cues (the verb of the clause) and weak ones (a
        # reporting verb), each sorted, with their start offsets.
        self._cues: dict[int, _LazyCues] = {}
        self._whole: _LazyCues | None = None

    def _sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Unclipped start and end offsets of the sentence containing ``pos``."""
        if self._starts is None:
            self._starts = [m.end() for m in _SENTENCE_START.finditer(self.text)]
        i = bisect_right(self._starts, pos)
        start = self._starts[i - 1] if i else 0
        end = self._starts[i] if i < len(self._starts) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end offsets of the sentence containing ``pos``, clipped to 300 chars each way."""
        start, end = self._sentence_bounds(pos)
        return max(start, pos - _SPAN), min(end, pos + _SPAN)

    def _sentence_cues(self, start: int, end: int) -> _LazyCues:
        """The cues starting in ``low[start:end]`` (or, rarely, in the whole text), scanned once per sentence,
        and only as far as a query has needed."""
        found = self._cues.get(start)
        if found is None:
            scan_from = _safe_start(self.low, start)
            if scan_from is None:  # no punctuation nearby: fall back to one scan of the whole text
                if self._whole is None:
                    self._whole = _LazyCues(self.low, 0, 0, len(self.low))
                found = self._whole
            else:
                found = _LazyCues(self.low, scan_from, start, end)
            self._cues[start] = found
        return found

    def tense(self, start: int, end: int) -> Tense | None:
        """The tense around ``text[start:end]``: the nearest strong cue outside the span decides, else
        the nearest weak one (a reporting verb says when it was said, not when the event is); None if none."""
        found = self.cue(start, end)
        return found[1] if found else None

    def phrase_tense(self, start: int, end: int) -> Tense | None:
        """The tense of ``text[start:end]`` told only by a cue in its own phrase, or, for a phrase that opens the
        sentence ("Ahead of Sunday's vote, the party will ..."), by the clause it leads into; None otherwise."""
        found = self.cue(start, end)
        if found is None:
            return None
        s, e = self.sentence(start)
        seg_s, seg_e = phrase(self.low, s, e, start, end)
        dist, tense = found
        if seg_s == s or start - dist >= seg_s or end + dist < seg_e:
            return tense
        return None

    def cue(self, start: int, end: int) -> tuple[int, Tense | None] | None:
        """The deciding cue's distance in characters from ``text[start:end]`` and its tense, or None."""
        attached = reported_cue(self.low, start, end)
        if attached is not None:
            return attached
        bounds = self._sentence_bounds(start)
        s, e = max(bounds[0], start - _SPAN), min(bounds[1], start + _SPAN)
        lazy = self._sentence_cues(*bounds)
        # The nearest cue after the expression is the first one found from its end on: the scan stops there,
        # and the rest of the sentence is scanned only if a later expression asks. The weak cues scanned by
        # then are all those before that cue, which is what the attribution check needs.
        strong, strong_starts = lazy.reach(False, end)
        found = _nearest(strong, strong_starts, s, e, start, end, self.low, lazy.weak[1])
        if found is None:
            weak, weak_starts = lazy.reach(True, end)
            found = _nearest(weak, weak_starts, s, e, start, end, self.low)
        return found


_Cue = tuple[int, int, _Kind]
_SentenceCues = tuple[tuple[list[_Cue], list[int]], tuple[list[_Cue], list[int]]]


def _scan_cues(low: str, scan_from: int, start: int, end: int) -> _SentenceCues:
    """Strong and weak cues starting in ``low[start:end]``, exactly as a scan of all of ``low`` finds them.

    ``scan_from`` must follow a character no cue contains, so no cue of the whole-text scan straddles
    it; the scan likewise stops just after the first such character from ``end`` on, so every match
    attempt reads the same characters as in the whole text. Lookbehinds and ``\\b`` still see the
    text before ``scan_from``.
    """
    stop = _OUTSIDE_CUES.search(low, end)
    strong: list[_Cue] = []
    weak: list[_Cue] = []
    for m in _CUES.finditer(low, scan_from, stop.end() if stop else len(low)):
        if m.start() >= end:
            break
        if m.start() < start:
            continue
        kind, is_weak = classify(m, low)
        (weak if is_weak else strong).append((m.start(), m.end(), kind))
    return (strong, [c[0] for c in strong]), (weak, [c[0] for c in weak])


class _LazyCues:
    """The cues ``_scan_cues`` finds in one sentence, scanned on demand: a tense query needs the cues
    before its expression and only the first one after it, and most sentences hold one expression.

    ``strong``/``weak`` (with their start offsets) are always prefixes of ``_scan_cues``' lists."""

    __slots__ = ("low", "start", "end", "_matches", "strong", "weak")

    def __init__(self, low: str, scan_from: int, start: int, end: int) -> None:
        stop = _OUTSIDE_CUES.search(low, end)
        self.low, self.start, self.end = low, start, end
        self._matches: Iterator[re.Match] | None = _CUES.finditer(low, scan_from, stop.end() if stop else len(low))
        self.strong: tuple[list[_Cue], list[int]] = ([], [])
        self.weak: tuple[list[_Cue], list[int]] = ([], [])

    def reach(self, weak: bool, pos: int) -> tuple[list[_Cue], list[int]]:
        """The strong (or weak) cues scanned so far, once they hold one starting at or after ``pos`` or
        the sentence is scanned to its end."""
        wanted = self.weak if weak else self.strong
        cues, starts = wanted
        # A schedule cue after the expression never decides (see _nearest), so the scan goes on past it.
        while self._matches is not None and not (starts and starts[-1] >= pos and (weak or cues[-1][2] != "sched")):
            m = next(self._matches, None)
            if m is None or m.start() >= self.end:
                self._matches = None
                break
            if m.start() < self.start:
                continue
            kind, is_weak = classify(m, self.low)
            into, into_starts = self.weak if is_weak else self.strong
            into.append((m.start(), m.end(), kind))
            into_starts.append(m.start())
        return wanted


def classify(m: re.Match, low: str) -> tuple[_Kind, bool]:
    """A cue match's kind, and whether it is weak: a reporting verb that closes its sentence ("..., he said.",
    "will close schools from Monday, the prime minister announced on Thursday, as ...")."""
    if m.group("weak") or (m.group("past") in ("said", "told") and (_TRAILING_ATTRIBUTION.match(low, m.end())
                                                                       or _QUOTE_CLOSED.search(low, max(0, m.start() - 4), m.start()))):
        return "past", True
    if m.group("past") in _ANNOUNCING and _ANNOUNCING_CLOSE.match(low, m.end()) \
            and _ATTRIBUTION_BEFORE.search(low, max(0, m.start() - 60), m.start()):
        return "past", True
    return ("moot" if m.group("moot") else "plan" if m.group("plan") else "sched" if m.group("sched") else "past" if m.group("past")
            else "future"), False


def attached_report(low: str, start: int) -> tuple[int, Tense] | None:
    """"said on Wednesday", "told reporters Monday": an expression dating the reporting verb right before it
    is past, whatever the reported clause says."""
    lo = max(0, start - 40)
    # The verb lies whole inside the window: most windows hold none, and a search in C for the
    # words is much cheaper than trying the pattern at each of the 40 offsets.
    if all(low.find(word, lo, start) < 0 for word in _REPORT_WORDS):
        return None
    m = _ATTACHED_REPORT.search(low, lo, start)
    return None if m is None else (start - m.start(), "past")


def reported_cue(low: str, start: int, end: int) -> tuple[int, Tense] | None:
    """``attached_report``, unless the expression heads the reported clause ("said Sunday would bring a respite",
    "said Tuesday's play would start at 9am"): then that clause's verb tells its time."""
    attached = attached_report(low, start)
    if attached is None:
        return None
    subject = _SUBJECT_OF_REPORTED.match(low, end)
    if subject is None:
        return attached
    return subject.start("verb") - end, "past" if subject.group("verb").startswith(("was", "were", "had")) else "future"


def _safe_start(low: str, pos: int) -> int | None:
    """The last offset at or before ``pos`` that follows a character no cue contains, if one is near.

    Usually one or two characters back (the period and space ending the previous sentence); None
    when there is none within ``_SPAN`` characters (a text without punctuation).
    """
    floor = max(0, pos - _SPAN)
    while pos > floor:
        if _OUTSIDE_CUES.match(low, pos - 1):
            return pos
        pos -= 1
    return 0 if pos == 0 else None


# Between an expression and a cue, these start another clause: "will meet on Friday and has promised ...",
# "will be arraigned on May 9; his partner was ...", "warned on Thursday that strikes could ...". A cue across one
# loses to a cue in the expression's clause.
# "after announcing on Monday that ..." is no break: a clause of a participle has no tense of its own, but the
# tense of the clause it hangs on ("rose after announcing on Monday").
_CLAUSE_BREAK = re.compile(r";|\s(?:and|but|whereas|that)\s|\s(?:while|after)\s(?![a-z]+ing\b)|,\s(?:as|amid)\s")
# What sets off a phrase of a sentence: a comma, a semicolon, a colon, a dash, a bracket. A cue in the expression's
# own phrase ("The minister, who is due to meet them on Wednesday, described it as ...") beats one outside it. The
# comma of a list ("to admit Poland, Hungary and the Czech Republic in March") sets off nothing.
_PHRASE_BREAK = re.compile(r",\s(?!(?:[\w'’-]+,?\s){1,3}(?:and|or)\s)|;|:\s|\s[–—-]\s|[()]")
# A comparison after an expression names its baseline ("a 40% chance of a cut in June, compared with 70% a week
# ago"): a cue there tells the baseline's time, not the expression's.
_COMPARISON = re.compile(r",\s(?:compared\s(?:with|to)|up\sfrom|down\sfrom|versus|vs\.?|as\sagainst)\s")

# The tense a cue of each kind tells of an expression after it and before it: a decision looks ahead to what follows
# it ("agreed to meet in March"), but is itself past ("In March the board decided to ..."); a plan of the past
# ("had been due to open on Friday") tells neither.
_BEFORE_TENSE: dict[str, Tense | None] = {"past": "past", "future": "future", "plan": "future", "sched": "future",
                                          "moot": None}
_AFTER_TENSE: dict[str, Tense | None] = {"past": "past", "future": "future", "plan": "past", "sched": "future",
                                         "moot": None}


def _nearest(cues: list[tuple[int, int, _Kind]], starts: list[int], s: int, e: int, start: int,
             end: int, low: str = "", attributions: list[int] | None = None) -> tuple[int, Tense | None] | None:
    """The distance and tense of the cue nearest to ``[start, end)`` within the sentence ``[s, e)``, preferring
    one in the expression's own clause (``low`` is the text, to see clause breaks; empty skips that check). A cue
    after an attribution that follows the expression ("will close schools from Monday, the minister announced, as
    cases rose"; ``attributions`` are the weak cues' starts) is the attribution's clause, so one before wins."""
    i = bisect_left(starts, start)
    before: tuple[int, Tense | None, int] | None = None
    after: tuple[int, Tense | None, int] | None = None
    seg_s, seg_e = phrase(low, s, e, start, end) if low else (s, e)
    j = i - 1
    while j >= 0 and cues[j][0] >= s:
        if cues[j][1] <= start and cues[j][1] < seg_s and cues[j][2] == "plan":
            j -= 1  # "is asked to call, quoting the crime of 24 December": a request's object is in its phrase
            continue
        if cues[j][1] <= start:
            # A decision or promise looks ahead to what follows it ("agreed to meet in March").
            before = (start - cues[j][1], _BEFORE_TENSE[cues[j][2]], cues[j][1])
            break
        j -= 1
    j = i
    while j < len(cues) and cues[j][0] < e:
        if cues[j][0] >= end and cues[j][2] != "sched":  # "filmed on Tuesday, is streamed from Sunday"
            # "In March the board decided to ...": the decision itself is past.
            after = (cues[j][0] - end, _AFTER_TENSE[cues[j][2]], cues[j][0])
            break
        j += 1
    if after is not None and low and (m := _COMPARISON.search(low, end, after[2] + 20)) is not None \
            and m.start() < after[2]:
        after = None  # "a hike at the July session, compared with 70% a week ago": the baseline's tense, not its
    if before is None or after is None:
        best = before or after
        return None if best is None else (best[0], best[1])
    if attributions:
        k = bisect_left(attributions, end)
        if k < len(attributions) and attributions[k] < after[2]:
            return before[0], before[1]
    if low:
        # A cue in the expression's own phrase beats one across a comma, colon or dash ("who is due to meet them
        # on Wednesday, described it as ...", "which held its rate in November, will next meet in January").
        in_before, in_after = before[2] >= seg_s, after[2] < seg_e
        if in_before != in_after:
            best = before if in_before else after
            return best[0], best[1]
        split_before = _CLAUSE_BREAK.search(low, before[2], start) is not None
        split_after = _CLAUSE_BREAK.search(low, end, after[2]) is not None
        if split_before != split_after:
            best = after if split_before else before
            return best[0], best[1]
    best = after if after[0] < before[0] else before
    return best[0], best[1]


def phrase(low: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The bounds of the phrase around ``low[start:end]`` within the sentence ``[s, e)``: from the last comma,
    semicolon, colon, dash or bracket before it to the first one after it."""
    seg_s = s
    for m in _PHRASE_BREAK.finditer(low, s, start):
        seg_s = m.end()
    m = _PHRASE_BREAK.search(low, end, e)
    return seg_s, m.start() if m else e


def tense_at(text: str, low: str, start: int, end: int) -> Tense | None:
    """The tense of the sentence around ``low[start:end]`` (a one-off; use TenseIndex for many)."""
    return TenseIndex(text, low).tense(start, end)

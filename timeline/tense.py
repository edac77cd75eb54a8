"""A small tense heuristic over the sentence around a position, for choosing past or future readings.

Rule: find the tense cues in the sentence and let the cue nearest to the expression decide; of a cue before and
one after it, one across a clause break (';', 'and', 'but', 'while', 'whereas', 'that') loses to one within its clause.
Future cues: will, a decision or promise before the expression ("has decided to admit them in March",
"agreed to meet on Monday"; after it, the decision is past), 'll, shall, won't, would, going to, expected/scheduled/due/set/planned to,
forecast/projected/predicted/likely/poised to, is/are forecast (projected, predicted), expect(s), should (not "should have"), may/might + verb ("may open"),
could + verb ("a dry July could bring them back"; not "could not", "could have", "could be reached": past ability), has scheduled/planned, as soon as, next week/month/Monday..., upcoming, tomorrow,
a scheduled act in the present before a day or date ("reports results on Tuesday", "which ends April 17", "reopen Monday").
Past cues: was, were, had, did, has/have been, has/have + -ed (the perfect), said, told, ago, last (not the verb: "last until",
"last for", "will now last"), yesterday, earlier, common irregular past
verbs (took, came, began, fell...), past forms equal to the present (forecast, set, cut, put, cost...) after he/she/it or
has/have/had ("later than it forecast in August"; "they cut" may be present), and words ending in -ed
(not right after "the"/"a"/"an", where they are adjectives, nor after "be"/"been"/"being"/"is"/"are",
where they are passives: "will be announced", "is heard in May").
An expression right after a reporting verb ("said on Monday") dates the saying and is past.
An attribution that closes a clause ("..., he said.", "..., an aide said on Monday.") is a weak cue: it tells when the words were said,
so it decides only when the sentence has no other cue. No cue at all gives ``None`` (the caller picks its default).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator, Literal

Tense = Literal["past", "future"]
_Kind = Literal["past", "future", "plan"]  # a cue's kind; "plan" depends on its side

# Every cue but "'ll" starts with a letter: the lookahead after the first boundary skips the alternation
# at word ends, where it cannot match, halving the scan.
_CUES_PATTERN = (
    r"\b(?=[a-z])(?:(?P<plan>(?:(?:has|have|had)\s+)?(?:decided|agreed|voted|vowed|pledged|promised|resolved|arranged|proposed|threatened|offered)\s+to)"
    r"|(?P<fut>will|won['’]t|shall|going\s+to|(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|poised|forecast|predicted|projected|to)"
    r"|(?:has|have|had)\s+(?:been\s+)?(?:scheduled|planned)|expected\s+to|scheduled|planned\s+(?:to|for)|plans?\s+to|planning\s+to"
    r"|intends?\s+to|set\s+to|(?:forecast|projected|predicted|likely|poised)\s+to|expects?|should(?!\s+have)|would"
    r"|(?:may|might)\s+(?!have\b|not\s+have\b|the\b|\d)(?=[a-z])|could\s+(?!have\b|not\b|never\b|hardly\b|barely\b|be\s+[a-z]+ed\b|the\b|\d)(?=[a-z])|as\s+soon\s+as"
    r"|next\s+(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|upcoming|tomorrow"
    r"|(?:re)?(?:reports|opens|meets|holds|hosts|starts|ends|begins|closes|launches|returns|resumes|visits|plays|faces)"
    r"(?=(?:\s+[a-z-]+){0,3}?\s+(?:on\s+|next\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*\b)|reopen(?=\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b))"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?:(?P<weak>(?:said|told)(?=[.,;]))|(?P<past>(?:has|have)\s+(?:been|[a-z]{2,}ed)|was|were|had|did|said|told|ago|(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bnot\s)(?<!\bnow\s)(?<!['’]ll\s)last(?!\s+(?:until|till|for|through|into|beyond|longer|long|as|only)\b)|yesterday|earlier|took|came|went|began|fell|rose|met|left|made|held|won|lost|saw|gave|got|struck|ran|sent|spent|stood|brought|bought|thought|found|broke|became|wrote|spoke|fought|led|paid|sold|kept|flew|grew|knew|drew|shot|sank|fled|chose|hit|quit|set\s+off|swept|stole|threw|wore|woke|rode|froze|forgot|shook|arose|sought|taught|caught|felt|heard|built|sent|lent|meant|dealt|slid|bled|fed|hung|spun|withdrew|overthrew|undertook|(?:(?<=\bhe\s)|(?<=\bit\s)|(?<=\bshe\s)|(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))(?:forecast|set|cut|put|let|cost|bet|spread|shut|split|shed|hurt|cast|upset|broadcast|beat|read)(?!\s+to\b)|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?!(?:succeed|proceed|exceed|need|feed|speed|indeed|seed|breed|bleed|embed|hundred|sacred|kindred)\b)[a-z]{3,}ed)))\b"
    r"|(?P<fut2>['’]ll)\b"
)


# The cue pattern is "word start, cue words, boundary" or "'ll"; the gate is built from the cue words alone, so
# that their alternation is the outermost one and can be spread by first letter (see _gated).
_CUE_HEAD, _CUE_TAIL = r"\b(?=[a-z])", r"\b|(?P<fut2>['’]ll)\b"
# Characters the cue gate may grow by when its branches that open with a group of words ("(?:is|are|was|were)
# expected") are split by first letter: 1000 splits all of them (benchmarks/results.md).
_CUE_SPREAD = 1000


def _gated(pattern: str) -> re.Pattern:
    """``pattern`` behind a look-ahead that tells in a few comparisons whether it can match here: the
    cue words as a trie, without the look-behinds that refine them. Most words are no cue, and the
    plain alternation tries every listed verb and every look-behind on each of them. Branches that open
    with a group of words are split by the words' first letters: the engine passes over a branch that
    opens with a letter in a few instructions, but enters every branch that opens with a group."""
    try:
        from timeline.retrie import trie_factored

        def plain(p: str) -> str:
            return re.sub(r"\(\?P<\w+>", "(?:", p)

        if pattern.startswith(_CUE_HEAD) and pattern.endswith(_CUE_TAIL):
            words = trie_factored(plain(pattern[len(_CUE_HEAD):-len(_CUE_TAIL)]), loosen=True, spread=_CUE_SPREAD)
            gate = f"{_CUE_HEAD}{words}|['’]ll"  # looser than the pattern's ends: a gate may be
        else:
            gate = trie_factored(plain(pattern), loosen=True)
    except (ImportError, ValueError, AttributeError, TypeError):
        return re.compile(pattern)  # retrie reads the private regex parser; the plain pattern finds the same cues
    return re.compile(f"(?={gate})(?:{pattern})")


_CUES = _gated(_CUES_PATTERN)
# Abbreviations whose period does not end a sentence ("Aug. 7", "Mr. Smith", "U.S. officials").
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs",
                  "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "No", "Inc", "Co",
                  "Corp", "Ltd", "Jr", "Sr", "vs", "Mt", "Ft", "U.S", "U.N", "U.K", "a.m", "p.m")
# The pattern starts by consuming the punctuation mark, so that the search skips to the next one in a
# tight loop instead of trying a match at every character; what follows the mark is checked next (it
# rules out most marks at once), and the abbreviations before it last.
# One look-behind per length of abbreviation (a look-behind has a fixed width), each an alternation.
_NOT_AFTER = "".join(
    rf"(?<!\b(?:{'|'.join(re.escape(a) for a in _ABBREVIATIONS if len(a) == n)})[.!?\n])"
    for n in sorted({len(a) for a in _ABBREVIATIONS})
) + r"(?<!\b[A-Z][.!?\n])"
_AFTER_MARK = r"(?:(?<=[.!?])[\"'’”)]{0,3}\s{1,8}|(?<=\n)\s{0,8}\n)(?=[\"'“‘(]{0,3}[A-Z0-9])"
_SENTENCE_START = re.compile(r"[.!?\n](?=" + _AFTER_MARK + ")" + _NOT_AFTER + _AFTER_MARK)
_SPAN = 300
# "said on Monday", "told reporters late Monday": the expression dates the reporting verb itself.
_ATTACHED_REPORT = re.compile(r"\b(?:said|told(?:\s+[a-z]+){1,2})\s+(?:on\s+|late\s+|early\s+)?$")
# "..., an official said on Wednesday." An attribution that closes the sentence says when the words were
# said, not when the reported event is: like "..., he said." it decides only when nothing else does.
# The attribution may close the main clause before a trailing one: "..., the president said on Thursday, as ...".
_TRAILING_ATTRIBUTION = re.compile(
    r"[^.;,!?\n]{0,40}(?:[.;!?\n]|,\s+(?:as|while|when|after|before|adding|saying|but|amid|citing)\b)")


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

    def cue(self, start: int, end: int) -> tuple[int, Tense] | None:
        """The deciding cue's distance in characters from ``text[start:end]`` and its tense, or None."""
        attached = attached_report(self.low, start)
        if attached is not None:
            return attached
        bounds = self._sentence_bounds(start)
        s, e = max(bounds[0], start - _SPAN), min(bounds[1], start + _SPAN)
        lazy = self._sentence_cues(*bounds)
        # The nearest cue after the expression is the first one found from its end on: the scan stops
        # there, and the rest of the sentence is scanned only if a later expression asks.
        for weak in (False, True):
            cues, starts = lazy.reach(weak, end)
            found = _nearest(cues, starts, s, e, start, end, self.low)
            if found is not None:
                return found
        return None


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
        starts = wanted[1]
        while self._matches is not None and not (starts and starts[-1] >= pos):
            m = next(self._matches, None)
            if m is None or m.start() >= self.end:
                self._matches = None
                break
            if m.start() < self.start:
                continue
            kind, is_weak = classify(m, self.low)
            cues, found = self.weak if is_weak else self.strong
            cues.append((m.start(), m.end(), kind))
            found.append(m.start())
        return wanted


def classify(m: re.Match, low: str) -> tuple[_Kind, bool]:
    """A cue match's kind, and whether it is weak: a reporting verb that closes its sentence."""
    if m.group("weak") or (m.group("past") in ("said", "told") and _TRAILING_ATTRIBUTION.match(low, m.end())):
        return "past", True
    return ("plan" if m.group("plan") else "past" if m.group("past") else "future"), False


def attached_report(low: str, start: int) -> tuple[int, Tense] | None:
    """"said on Wednesday", "told reporters Monday": an expression dating the reporting verb right before it
    is past, whatever the reported clause says."""
    lo = max(0, start - 40)
    # The verb lies whole inside the window: most windows hold neither, and a search in C for the two
    # words is much cheaper than trying the pattern at each of the 40 offsets.
    if low.find("said", lo, start) < 0 and low.find("told", lo, start) < 0:
        return None
    m = _ATTACHED_REPORT.search(low, lo, start)
    return None if m is None else (start - m.start(), "past")


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
# "will be sentenced on June 22; the other was ...", "warned on Thursday that strikes could ...". A cue across one
# loses to a cue in the expression's clause.
_CLAUSE_BREAK = re.compile(r";|\s(?:and|but|while|whereas|that)\s")


def _nearest(cues: list[tuple[int, int, _Kind]], starts: list[int], s: int, e: int, start: int,
             end: int, low: str = "") -> tuple[int, Tense] | None:
    """The distance and tense of the cue nearest to ``[start, end)`` within the sentence ``[s, e)``, preferring
    one in the expression's own clause (``low`` is the text, to see clause breaks; empty skips that check)."""
    i = bisect_left(starts, start)
    before: tuple[int, Tense, int] | None = None
    after: tuple[int, Tense, int] | None = None
    j = i - 1
    while j >= 0 and cues[j][0] >= s:
        if cues[j][1] <= start:
            # A decision or promise looks ahead to what follows it ("agreed to meet in March").
            before = (start - cues[j][1], "future" if cues[j][2] == "plan" else cues[j][2], cues[j][1])
            break
        j -= 1
    j = i
    while j < len(cues) and cues[j][0] < e:
        if cues[j][0] >= end:
            # "In March the board decided to ...": the decision itself is past.
            after = (cues[j][0] - end, "past" if cues[j][2] == "plan" else cues[j][2], cues[j][0])
            break
        j += 1
    if before is None or after is None:
        best = before or after
        return None if best is None else (best[0], best[1])
    if low:
        split_before = _CLAUSE_BREAK.search(low, before[2], start) is not None
        split_after = _CLAUSE_BREAK.search(low, end, after[2]) is not None
        if split_before != split_after:
            best = after if split_before else before
            return best[0], best[1]
    best = after if after[0] < before[0] else before
    return best[0], best[1]


def tense_at(text: str, low: str, start: int, end: int) -> Tense | None:
    """The tense of the sentence around ``low[start:end]`` (a one-off; use TenseIndex for many)."""
    return TenseIndex(text, low).tense(start, end)

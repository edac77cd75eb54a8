"""A small tense heuristic over the sentence around a position, for choosing past or future readings.

Rule: find the tense cues in the sentence and let the cue nearest to the expression decide.
Future cues: will, 'll, shall, won't, would, going to, expected/scheduled/due/set/planned to, as soon
as, next week/month/Monday..., upcoming, tomorrow.
Past cues: was, were, had, did, has/have been, has/have + -ed (the perfect), said, told, ago, last, yesterday, earlier, common irregular past
verbs (took, came, began, fell...), and words ending in -ed
(not right after "the"/"a"/"an", where they are adjectives, nor after "be"/"been"/"being"/"is"/"are",
where they are passives: "will be announced", "is heard in May").
No cue at all gives ``None`` (the caller picks its default).
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future"]

_CUES = re.compile(
    r"\b(?:(?P<fut>will|won['’]t|shall|going\s+to|(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|poised|to)"
    r"|expected\s+to|scheduled|planned\s+(?:to|for)|plans?\s+to|planning\s+to|intends?\s+to|set\s+to|would|as\s+soon\s+as"
    r"|next\s+(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|upcoming|tomorrow)"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?P<past>(?:has|have)\s+(?:been|[a-z]{2,}ed)|was|were|had|did|said|told|ago|last|yesterday|earlier|took|came|went|began|fell|rose|met|left|made|held|won|lost|saw|gave|got|struck|ran|sent|spent|stood|brought|bought|thought|found|broke|became|wrote|spoke|fought|led|paid|sold|kept|flew|grew|knew|drew|shot|sank|fled|chose|hit|quit|set\s+off|swept|stole|threw|wore|woke|rode|froze|forgot|shook|arose|sought|taught|caught|felt|heard|built|sent|lent|meant|dealt|slid|bled|fed|hung|spun|withdrew|overthrew|undertook|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?!(?:succeed|proceed|exceed|need|feed|speed|indeed|seed|breed|bleed|embed|hundred|sacred|kindred)\b)[a-z]{3,}ed))\b"
    r"|(?P<fut2>['’]ll)\b"
)
# Abbreviations whose period does not end a sentence ("Aug. 7", "Mr. Smith", "U.S. officials").
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs",
                  "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "No", "Inc", "Co",
                  "Corp", "Ltd", "Jr", "Sr", "vs", "Mt", "Ft", "U.S", "U.N", "U.K", "a.m", "p.m")
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(a)})" for a in _ABBREVIATIONS) + r"(?<!\b[A-Z])"
_SENTENCE_START = re.compile(_NOT_AFTER + r"(?:[.!?][\"'’”)]{0,3}\s{1,8}|\n\s{0,8}\n)(?=[\"'“‘(]{0,3}[A-Z0-9])")
_SPAN = 300


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the sentence containing ``pos`` (looking at most 300 chars each way)."""
    lo = max(0, pos - _SPAN)
    start = lo
    for m in _SENTENCE_START.finditer(text, lo, pos):
        start = m.end()
    m = _SENTENCE_START.search(text, pos, min(len(text), pos + _SPAN))
    end = m.start() + 1 if m else min(len(text), pos + _SPAN)
    return start, end


def tense_at(text: str, low: str, start: int, end: int) -> Tense | None:
    """The tense of the sentence around ``low[start:end]``, from the nearest cue outside the span."""
    s, e = sentence_bounds(text, start)
    best: tuple[int, Tense] | None = None
    for m in _CUES.finditer(low, s, e):
        if start <= m.start() < end:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        kind: Tense = "past" if m.group("past") else "future"
        # "expected", "scheduled" end in -ed but announce the future when followed by "to".
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None

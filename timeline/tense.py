"""A small tense heuristic over the sentence around a position, for choosing past or future readings.

Rule: find the tense cues in the sentence and let the cue nearest to the expression decide.
Future cues: will, 'll, shall, won't, going to, expected/scheduled/due/set/plans to, next, upcoming.
Past cues: was, were, had, did, said, told, ago, last, yesterday, and words ending in -ed.
No cue at all gives ``None`` (the caller picks its default).
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future"]

_CUES = re.compile(
    r"\b(?:(?P<fut>will|won['’]t|shall|going\s+to|(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|poised|to)|expected\s+to|"
    r"scheduled\s+(?:to|for)|plans?\s+to|planning\s+to|intends?\s+to|would|next|upcoming|tomorrow|coming)"
    r"|(?P<past>was|were|had|did|said|says|told|ago|last|yesterday|earlier|[a-z]{3,}ed))\b"
    r"|(?P<fut2>['’]ll)\b"
)
_SENTENCE_START = re.compile(r"(?:[.!?][\"'’”)]*\s+|\n\s*\n)(?=[\"'“‘(]*[A-Z0-9])")
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

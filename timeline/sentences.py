"""Split a section's text into sentences, keeping character spans so that every sentence maps back to the file."""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "pres",
    "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
})
"""Words that end with a period without ending the sentence (lower case, without the final period)."""

_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
"""A candidate end: terminal punctuation, optional closing quotes, then space and a capitalised word."""

WORD_WINDOW = 40
"""How far back to look for the word before a period (keeps splitting linear in the text length)."""
_LINE_BREAK = re.compile(r"\n+")
_TOKEN_BEFORE = re.compile(r"(\S+)$")


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and its span in the text it was split from (``text == source[start:end]``)."""

    text: str
    start: int
    end: int

    def shifted(self, offset: int) -> "Sentence":
        """The same sentence with offsets moved by ``offset`` (section to file offsets)."""
        return Sentence(self.text, self.start + offset, self.end + offset)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial ("U.S.", "Gen.", "P. N.")."""
    if text[dot] != ".":
        return False
    match = _TOKEN_BEFORE.search(text, max(0, dot - WORD_WINDOW), dot)
    if not match:
        return False
    word = match.group(1).lstrip("\"“‘'([").lower()
    if word in ABBREVIATIONS:
        return True
    # A single capital letter is an initial (P. N. Milyukov); a dotted acronym continues (U.S.A.).
    return len(word) == 1 and word.isalpha() or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _line_spans(text: str, first_words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Paragraph spans: every line is its own unit; a known run-in title at a line start is split off."""
    spans = []
    pos = 0
    for brk in list(_LINE_BREAK.finditer(text)) + [None]:
        end = brk.start() if brk else len(text)
        if end > pos:
            spans.append((pos, end))
        pos = brk.end() if brk else len(text)
    out = []
    for start, end in spans:
        cut = _title_cut(text, start, end, first_words)
        out.extend([(start, cut), (cut, end)] if cut else [(start, end)])
    return out


def _title_cut(text: str, start: int, end: int, titles: tuple[str, ...]) -> int | None:
    """Where a run-in headline ends ("...the borderThailand and..."): the title is known from the catalog."""
    for title in titles:
        n = len(title)
        if n and end - start > n and _fold(text[start:start + n]) == _fold(title):
            return start + n
    return None


def _fold(s: str) -> str:
    return s.replace("’", "'").replace("‘", "'").casefold()


def split_sentences(text: str, titles: tuple[str, ...] = ()) -> list[Sentence]:
    """Sentences of ``text`` with spans; lines always end a sentence, and so does a known run-in ``title``."""
    sentences = []
    for start, end in _line_spans(text, titles):
        pos = start
        for m in _BOUNDARY.finditer(text, start, end):
            if _is_abbreviation(text, m.start()):
                continue
            sentences.append((pos, m.end()))
            pos = m.end()
        sentences.append((pos, end))
    out = []
    for s, e in sentences:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(text[s:e], s, e))
    return out

"""Split a scraped news page into sections (navigation, headline, body, captions, teasers, comments) by general line rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAV_MAX_WORDS = 4
_CREDIT_MAX_WORDS = 10
_PROSE_MIN_WORDS = 12
_TERMINAL = (".", "!", "?", "…", ":", ";", "”", '"', "’")

TEASER_MARKER = re.compile(
    r"(?i)^\s*(more for you|more from [\w' ]+|related (stories|articles|coverage)|read (more|next)|"
    r"recommended( for you)?|you (may|might) also like|most (read|popular))\s*$"
)
"""A line that opens the block of teasers for other articles at the foot of a page."""

CREDIT_WORDS = re.compile(
    r"\b(via|reuters|ap|afp|getty|images?|photo|photograph(er)?|handout|pool|courtesy|epa|"
    r"shutterstock|file)\b|/",
    re.IGNORECASE,
)
"""Vocabulary of photo credit lines ("EYEPRESS via Reuters Connect", "REUTERS/Name")."""

LIST_ITEM = re.compile(r"^\s*[–—\-•*]\s")
"""A bulleted line: a list inside one reader comment."""

CONTINUATION = re.compile(r"^\s*(\[(…|\.\.\.)\]|…|[a-z])")
"""A line that cannot start a comment: a wrapped line (lowercase start) or a quoted excerpt ("[…] ...")."""


@dataclass(frozen=True)
class Line:
    """One line of the original file: 1-based number, character span without the newline, and text."""

    number: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Segment:
    """A run of lines that forms one section, before reference dates are attached."""

    kind: str
    first_line: int
    last_line: int
    duplicates: tuple[int, ...] = ()  # line numbers of repeated copies (duplicated captions)
    unit: int | None = None  # index of the teaser unit this segment belongs to, if any


def split_lines(text: str) -> list[Line]:
    """Lines with character offsets into ``text``; handles \\n, \\r\\n and a missing final newline."""
    lines, pos = [], 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        body = raw.rstrip("\r\n")
        lines.append(Line(number, pos, pos + len(body), body))
        pos += len(raw)
    return lines


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def is_navigation(line: Line) -> bool:
    """Short label lines above the headline ("Skip to content", "Latest Stories")."""
    return line.words <= _NAV_MAX_WORDS and not _ends_sentence(line.text)


def is_prose(line: Line) -> bool:
    """A paragraph of running text: a sentence of some length closed by a full stop. Headlines are not
    (they drop the period), so a page whose first long line is prose has its title, if any, above it."""
    return line.words >= _PROSE_MIN_WORDS and line.text.rstrip().rstrip("\"'’”)").endswith(".")


def is_credit(line: Line) -> bool:
    """A photo credit: a short line with no sentence ending and credit vocabulary."""
    return (
        line.words <= _CREDIT_MAX_WORDS
        and not _ends_sentence(line.text)
        and CREDIT_WORDS.search(line.text) is not None
    )


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None


def find_captions(lines: list[Line]) -> dict[int, int]:
    """Map each duplicated caption's first copy (index) to its second copy: a line repeated after blanks only."""
    pairs: dict[int, int] = {}
    seen_second: set[int] = set()
    for i, line in enumerate(lines):
        if line.blank or i in seen_second:
            continue
        j = _next_nonblank(lines, i)
        # The word count (a split) is checked last: few lines repeat the next one.
        if j is not None and lines[j].text.strip() == line.text.strip() and line.words >= 3:
            pairs[i] = j
            seen_second.add(j)
    return pairs


def _comment_groups(lines: list[Line], first: int, last: int) -> list[tuple[int, int]]:
    """Split reader comments: one per line, but wrapped lines, excerpts and bullet lists stay together."""
    groups: list[list[int]] = []
    for i in range(first, last + 1):
        line = lines[i]
        if line.blank:
            continue
        prev = lines[groups[-1][-1]] if groups else None
        joins = prev is not None and (
            CONTINUATION.match(line.text) is not None
            or (LIST_ITEM.match(line.text) and (LIST_ITEM.match(prev.text) or prev.text.rstrip().endswith(":")))
        )
        if joins:
            groups[-1].append(i)
        else:
            groups.append([i])
    return [(g[0], g[-1]) for g in groups]


def _article_end(lines: list[Line], body_start: int, stop: int) -> int:
    """Index of the first line after the article: a blank line ends a body written without blank lines."""
    body = [i for i in range(body_start, stop) if not lines[i].blank]
    if len(body) < 2:
        return stop
    for i in range(body_start + 1, stop):
        if lines[i].blank:
            before = [j for j in body if j < i]
            consecutive = len(before) >= 2 and all(b - a == 1 for a, b in zip(before, before[1:]))
            return i if consecutive else stop
    return stop


def segment(text: str, overrides: tuple[tuple[int, int, str], ...] = ()) -> list[Segment]:
    """Segment a page by general rules; ``overrides`` are (first_line, last_line, kind) that win over the rules."""
    return segment_lines(split_lines(text), overrides)


def segment_lines(lines: list[Line], overrides: tuple[tuple[int, int, str], ...] = ()) -> list[Segment]:
    """``segment`` over lines already split (by ``split_lines``), for callers that need the lines too."""
    kinds: list[str | None] = [None] * len(lines)
    groups: list[object] = [None] * len(lines)
    units: list[int | None] = [None] * len(lines)
    duplicates: dict[int, int] = {}

    marker = next((i for i, ln in enumerate(lines) if TEASER_MARKER.match(ln.text)), len(lines))
    for first, second in find_captions(lines).items():
        kinds[first], kinds[second] = "caption", "duplicate"
        duplicates[first] = second
        credit = _next_nonblank(lines, second)
        if credit is not None and is_credit(lines[credit]):
            kinds[credit] = "credit"

    head, body_start = _head_and_body(lines, kinds, marker)
    top = next(i for i in (head, body_start, marker) if i is not None)
    for i in range(top):
        if not lines[i].blank and kinds[i] is None:
            kinds[i] = "boilerplate"
    if head is not None:
        kinds[head] = "headline"
    if head is not None and body_start is None:
        body_start = head + 1
        if body_start < marker and not lines[body_start].blank and kinds[body_start] is None:
            kinds[body_start] = "standfirst"
            body_start += 1
    if body_start is not None:
        end = _article_end(lines, body_start, marker)
        for i in range(body_start, end):
            if not lines[i].blank and kinds[i] is None:
                kinds[i] = "body"
        for first, last in _comment_groups(lines, end, marker - 1):
            for i in range(first, last + 1):
                if kinds[i] is None:
                    kinds[i], groups[i] = "comment", ("comment", first)
    if marker < len(lines):
        kinds[marker] = "boilerplate"
        _label_teasers(lines, kinds, units, marker + 1)
    for n, (first, last, kind) in enumerate(overrides):
        for i in range(first - 1, min(last, len(lines))):
            if not lines[i].blank:
                kinds[i], groups[i] = kind, ("override", n)
    return _group(lines, kinds, groups, units, duplicates)


def _head_and_body(lines: list[Line], kinds: list[str | None], marker: int) -> tuple[int | None, int | None]:
    """The headline's index, and where the body starts when it is known without a headline rule.

    The headline is the first line above the teasers that is neither labelled nor navigation. When that
    line is prose, there was no headline below the navigation: the short line just above it is the title
    (a plain article titled "Budget vote"), or, if none, the page has no title. The body then starts at the prose.
    """
    free = [i for i in range(marker) if not lines[i].blank and kinds[i] is None]
    head = next((i for i in free if not is_navigation(lines[i])), None)
    if head is None or not is_prose(lines[head]):
        return head, None
    above = [i for i in free if i < head]
    return (above[-1] if above else None), head


def _label_teasers(lines: list[Line], kinds: list[str | None], units: list[int | None], start: int) -> None:
    """Teaser units after the marker: captions and credits, then the teaser line that closes the unit."""
    unit = 0
    for i in range(start, len(lines)):
        if lines[i].blank:
            continue
        units[i] = unit
        if kinds[i] is None:
            kinds[i] = "teaser"
            unit += 1


_RUNS = ("boilerplate", "body")
"""Kinds whose consecutive lines form one section (a comment or a caption is one per unit)."""


def _group(
    lines: list[Line],
    kinds: list[str | None],
    groups: list[object],
    units: list[int | None],
    duplicates: dict[int, int],
) -> list[Segment]:
    segments: list[Segment] = []
    current: tuple | None = None
    for i, line in enumerate(lines):
        kind = kinds[i]
        if kind is None or kind == "duplicate":
            continue
        key = (kind, groups[i], units[i])
        if key == current and (kind in _RUNS or groups[i] is not None):
            last = segments[-1]
            segments[-1] = Segment(last.kind, last.first_line, line.number, last.duplicates, last.unit)
        else:
            dup = (lines[duplicates[i]].number,) if i in duplicates else ()
            segments.append(Segment(kind, line.number, line.number, dup, units[i]))
        current = key
    return segments

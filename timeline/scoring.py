"""TempEval-3 Task A scores for temporal expressions: strict and relaxed extent match, value and type.

Pure functions over gold and system spans, micro-averaged over documents; ``evaluate_dir`` runs a tagger
on every ``.tml`` file under a folder.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol, TextIO

from timeline.errors import InputError
from timeline.timeml import TmlDocument, read_tml

__all__ = [
    "Alignment",
    "Counts",
    "PRF",
    "Scores",
    "align",
    "count_document",
    "evaluate_dir",
    "evaluate_documents",
    "format_scores",
    "notation_difference",
    "prf",
    "read_dir",
    "run_evaluate",
    "score",
]


class Tagged(Protocol):
    """Anything with an extent and TIMEX3 attributes: a ``Timex`` or a ``GoldTimex``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


Tagger = Callable[[str, date], Sequence[Tagged]]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1, each in [0, 1]."""

    precision: float
    recall: float
    f1: float


def prf(correct: int, system: int, gold: int) -> PRF:
    """P = correct / system, R = correct / gold, F1 their harmonic mean; a 0/0 ratio counts as 0."""
    precision = correct / system if system else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


@dataclass(frozen=True)
class Alignment:
    """Relaxed one-to-one pairs of (gold, system) timexes and what was left unpaired."""

    pairs: tuple[tuple[Tagged, Tagged], ...]
    missed: tuple[Tagged, ...]
    spurious: tuple[Tagged, ...]


def _overlap(a: Tagged, b: Tagged) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: Sequence[Tagged], system: Sequence[Tagged]) -> Alignment:
    """Pair overlapping gold and system timexes one to one, as many pairs as possible.

    A maximum bipartite matching (augmenting paths, Kuhn's algorithm). It starts from a greedy
    matching that takes exact-span pairs first, then larger overlaps, then earlier offsets, so
    the pairs are deterministic and are the ones a reader would draw; augmenting paths then
    re-pair only where that adds a pair (e.g. one long system timex over two short gold ones
    that each also overlap a second system timex).
    """
    edges = {g: [s for s in range(len(system)) if _overlap(gold[g], system[s]) > 0] for g in range(len(gold))}
    match_of_sys: dict[int, int] = {}
    match_of_gold: dict[int, int] = {}

    def preference(gs: tuple[int, int]) -> tuple[bool, int, tuple[int, int]]:
        g, s = gs
        exact = (gold[g].start, gold[g].end) == (system[s].start, system[s].end)
        return (not exact, -_overlap(gold[g], system[s]), gs)

    for g, s in sorted(((g, s) for g, targets in edges.items() for s in targets), key=preference):
        if g not in match_of_gold and s not in match_of_sys:
            match_of_gold[g], match_of_sys[s] = s, g
    for g in range(len(gold)):
        if g not in match_of_gold:
            _augment(g, edges, match_of_sys, match_of_gold, set())
    pairs = tuple((gold[g], system[s]) for g, s in sorted(match_of_gold.items()))
    missed = tuple(gold[g] for g in range(len(gold)) if g not in match_of_gold)
    spurious = tuple(system[s] for s in range(len(system)) if s not in match_of_sys)
    return Alignment(pairs, missed, spurious)


def _augment(
    g: int, edges: dict[int, list[int]], match_of_sys: dict[int, int], match_of_gold: dict[int, int], seen: set[int]
) -> bool:
    """Find an augmenting path from unmatched gold ``g``; re-pair along it and return True if found."""
    for s in edges[g]:
        if s in seen:
            continue
        seen.add(s)
        if s not in match_of_sys or _augment(match_of_sys[s], edges, match_of_sys, match_of_gold, seen):
            match_of_sys[s], match_of_gold[g] = g, s
            return True
    return False


@dataclass(frozen=True)
class Counts:
    """Raw counts for one document or a sum of documents (micro-averaging adds these)."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f) + getattr(other, f) for f in _COUNT_FIELDS))


_COUNT_FIELDS = ("docs", "gold", "system", "strict", "relaxed", "value", "type")


def count_document(gold: Sequence[Tagged], system: Sequence[Tagged]) -> Counts:
    """Counts for one document: strict = identical spans (one to one), relaxed = ``align`` pairs,
    value/type = relaxed pairs whose attribute is equal."""
    gold_spans = Counter((t.start, t.end) for t in gold)
    sys_spans = Counter((t.start, t.end) for t in system)
    alignment = align(gold, system)
    return Counts(
        docs=1,
        gold=len(gold),
        system=len(system),
        strict=sum((gold_spans & sys_spans).values()),
        relaxed=len(alignment.pairs),
        value=sum(g.value == s.value for g, s in alignment.pairs),
        type=sum(g.type == s.type for g, s in alignment.pairs),
    )


@dataclass(frozen=True)
class Scores:
    """TE-3 Task A scores, micro-averaged: every metric is P/R/F1 over the summed counts."""

    counts: Counts

    @property
    def strict(self) -> PRF:
        return prf(self.counts.strict, self.counts.system, self.counts.gold)

    @property
    def relaxed(self) -> PRF:
        return prf(self.counts.relaxed, self.counts.system, self.counts.gold)

    @property
    def value(self) -> PRF:
        """Correct values among relaxed pairs, over all system (P) and all gold (R) timexes."""
        return prf(self.counts.value, self.counts.system, self.counts.gold)

    @property
    def type(self) -> PRF:
        """Correct types among relaxed pairs, over all system (P) and all gold (R) timexes."""
        return prf(self.counts.type, self.counts.system, self.counts.gold)


def score(pairs: Iterable[tuple[Sequence[Tagged], Sequence[Tagged]]]) -> Scores:
    """Micro-averaged scores over (gold, system) timex lists, one pair per document."""
    total = Counts()
    for gold, system in pairs:
        total = total + count_document(gold, system)
    return Scores(total)


def format_scores(scores: Scores, title: str = "") -> str:
    """A small fixed-width table: a counts line, then P/R/F1 in percent for each metric."""
    c = scores.counts
    lines = [f"{title}  " if title else ""]
    lines[0] += f"docs {c.docs}  gold {c.gold}  system {c.system}"
    lines.append(f"{'metric':<8} {'P':>6} {'R':>6} {'F1':>6}")
    for name in ("strict", "relaxed", "value", "type"):
        m: PRF = getattr(scores, name)
        lines.append(f"{name:<8} {100 * m.precision:6.2f} {100 * m.recall:6.2f} {100 * m.f1:6.2f}")
    return "\n".join(lines) + "\n"


def _default_tagger() -> Tagger:
    """``timeline.extract.find_timexes``, imported only when a run needs it."""
    from timeline.extract import find_timexes

    return lambda text, dct: find_timexes(text, dct)


def read_dir(gold_dir: str | Path) -> list[TmlDocument]:
    """Every ``.tml`` under ``gold_dir`` (recursively, sorted by path); ``InputError`` if there are none."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "gold", "not a directory")
    paths = sorted(p for p in gold_dir.rglob("*.tml") if p.is_file())
    if not paths:
        raise InputError(str(gold_dir), "gold", "no .tml files in this directory")
    return [read_tml(p) for p in paths]


def evaluate_documents(docs: Iterable[TmlDocument], tagger: Tagger | None = None) -> Scores:
    """Run ``tagger(text, dct)`` on each document's raw text and score it against its gold."""
    tag = tagger or _default_tagger()
    return score((doc.gold, tag(doc.text, doc.dct)) for doc in docs)


def evaluate_dir(gold_dir: str | Path, tagger: Tagger | None = None) -> Scores:
    """Scores of ``tagger`` (default ``find_timexes``) on every ``.tml`` file under ``gold_dir``."""
    return evaluate_documents(read_dir(gold_dir), tagger)


# Value pairs (gold, system) that name the same time in two notations. Gold corpora mix notations, so a
# researcher reading a value score wants to know how much of the gap is notation and how much is meaning.
_NOTATIONS: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("week number without a leading zero (2000-W8)",
     lambda g, s: re.fullmatch(r"\d{4}-W\d", g) is not None and s == g[:6] + "0" + g[6:]),
    ("year padded with unknown month or day (1968-XX)",
     lambda g, s: re.fullmatch(r"\d{4}(?:-XX){1,2}", g) is not None and s == g[:4]),
    ("decade with a trailing X (199X)",
     lambda g, s: re.fullmatch(r"\d{3}X", g) is not None and s == g[:3]),
    ("part of day added or dropped (TNI, TMO, ...)",
     lambda g, s: re.sub(r"T(?:MO|AF|EV|NI)$", "", g) == re.sub(r"T(?:MO|AF|EV|NI)$", "", s) and g != s),
    ("decades or centuries as units (P2DE for P20Y)", lambda g, s: g != s and _in_years(g) == _in_years(s) is not None),
    ("midnight as 24:00 of a day or 00:00 of the next", lambda g, s: _midnight(g) == _midnight(s) is not None and g != s),
    ("clock hour without minutes (T17 for T17:00)",
     lambda g, s: re.fullmatch(r".+T\d\d", g) is not None and s == g + ":00"),
)
_UNIT_YEARS = {"Y": 1, "DE": 10, "CE": 100}


def _midnight(value: str) -> date | None:
    """The day that a midnight value ends ("2012-12-31T24:00" and "2013-01-01T00:00" -> 2012-12-31), else None."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(24|00)(?::00)?", value)
    if m is None:
        return None
    try:
        day = date.fromisoformat(m.group(1))
    except ValueError:
        return None
    return day if m.group(2) == "24" else day - timedelta(days=1)


def _in_years(value: str) -> int | None:
    """A counted duration of years, decades or centuries in years ("P2DE" -> 20), else None."""
    m = re.fullmatch(r"P(\d+)(Y|DE|CE)", value)
    return None if m is None else int(m.group(1)) * _UNIT_YEARS[m.group(2)]


def notation_difference(gold_value: str, system_value: str) -> str | None:
    """The name of the notation difference between two values that denote the same time, or None.

    >>> notation_difference("2000-W8", "2000-W08")
    'week number without a leading zero (2000-W8)'
    """
    for name, same in _NOTATIONS:
        if same(gold_value, system_value):
            return name
    return None


def run_evaluate(
    gold: Path, out: TextIO = sys.stdout, *, errors: bool = False, tagger: Tagger | None = None,
    notations: bool = False,
) -> int:
    """``timeline evaluate --gold DIR``: print the score table for DIR (and, with ``errors``, each
    missed, spurious or wrong timex first; with ``notations``, how many wrong values differ from the gold
    only in notation); return the exit status. Raises ``InputError``."""
    docs = read_dir(gold)
    tag = tagger or _default_tagger()
    total = Counts()
    kinds: Counter[str] = Counter()
    for doc in docs:
        system = tag(doc.text, doc.dct)
        total = total + count_document(doc.gold, system)
        alignment = align(doc.gold, system) if errors or notations else None
        if errors:
            out.write(_format_errors(doc, alignment))
        if notations:
            for g, s in alignment.pairs:
                if g.value != s.value:
                    kinds[notation_difference(g.value, s.value) or "a different time"] += 1
    out.write(format_scores(Scores(total), title=str(gold)))
    if notations:
        out.write("wrong values on relaxed matches, by kind\n")
        for name, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"{n:6d}  {name}\n")
    return 0


def _format_errors(doc: TmlDocument, alignment: Alignment) -> str:
    """One tab-separated line per error, for reading the failures of a run."""
    lines = []
    for g in alignment.missed:
        lines.append(f"{doc.id}\tmissed\t{doc.text[g.start:g.end]!r}\t{g.type}\t{g.value}\t")
    for s in alignment.spurious:
        lines.append(f"{doc.id}\tspurious\t{doc.text[s.start:s.end]!r}\t{s.type}\t\t{s.value}")
    for g, s in alignment.pairs:
        checks = (
            ("extent", (g.start, g.end) != (s.start, s.end)),
            ("value", g.value != s.value),
            ("type", g.type != s.type),
        )
        wrong = [name for name, bad in checks if bad]
        if wrong:
            lines.append(
                f"{doc.id}\t{'+'.join(wrong)}\t{doc.text[g.start:g.end]!r}->{doc.text[s.start:s.end]!r}"
                f"\t{g.type}/{s.type}\t{g.value}\t{s.value}"
            )
    return "".join(line + "\n" for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m timeline.scoring DIR [--errors]``: a developer entry point for error analysis."""
    parser = argparse.ArgumentParser(prog="python -m timeline.scoring", description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every missed, spurious or wrong timex")
    parser.add_argument("--notations", action="store_true",
                        help="count wrong values that differ from the gold only in notation")
    args = parser.parse_args(argv)
    try:
        return run_evaluate(args.gold, errors=args.errors, notations=args.notations)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

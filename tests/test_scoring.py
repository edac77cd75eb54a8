"""TE-3 Task A scorer on hand-made gold/system pairs; every expected number is worked out in a comment."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

import pytest

from timeline.errors import InputError
from timeline.scoring import (Counts, align, count_document, evaluate_dir, format_scores, notation_difference, prf,
                              run_evaluate, score)
from timeline.timeml import write_tml
from timeline.timex import Timex


@dataclass(frozen=True)
class Span:
    """A bare annotation: the scorer only looks at start, end, type and value."""

    start: int
    end: int
    type: str = "DATE"
    value: str = "2000"


def close(metric, p: Fraction, r: Fraction, f: Fraction) -> bool:
    """True when a PRF equals the hand-computed fractions (up to float rounding)."""
    return (metric.precision, metric.recall, metric.f1) == pytest.approx((float(p), float(r), float(f)))


def test_identical_annotations_score_one_everywhere():
    """A system equal to the gold has P = R = F1 = 1 on all four metrics."""
    gold = [Span(0, 5, "DATE", "2024"), Span(10, 17, "DURATION", "P3D")]
    s = score([(gold, list(gold))])
    for metric in (s.strict, s.relaxed, s.value, s.type):
        assert (metric.precision, metric.recall, metric.f1) == (1.0, 1.0, 1.0)


def test_mixed_document_by_hand():
    """Exact hit, partial overlap with wrong value, a miss and a spurious timex, all in one document."""
    gold = [
        Span(0, 10, "DATE", "2024-10-31"),  # A: system has the exact span and value
        Span(20, 25, "DURATION", "P3D"),  # B: system overlaps (18..25), type right, value wrong
        Span(40, 45, "DATE", "2024"),  # C: missed
        Span(70, 75, "DATE", "2023"),  # D: missed
    ]
    system = [
        Span(0, 10, "DATE", "2024-10-31"),
        Span(18, 25, "DURATION", "P2D"),
        Span(60, 65, "DATE", "2025"),  # spurious
    ]
    s = score([(gold, system)])
    # gold = 4, system = 3. strict = 1 (A); relaxed = 2 (A, B); value = 1 (A); type = 2 (A, B).
    # strict: P = 1/3, R = 1/4, F1 = 2*(1/12)/(7/12) = 2/7.
    # relaxed: P = 2/3, R = 2/4, F1 = 2*(1/3)/(7/6) = 4/7.
    assert s.counts == Counts(docs=1, gold=4, system=3, strict=1, relaxed=2, value=1, type=2)
    assert close(s.strict, Fraction(1, 3), Fraction(1, 4), Fraction(2, 7))
    assert close(s.relaxed, Fraction(2, 3), Fraction(1, 2), Fraction(4, 7))
    assert close(s.value, Fraction(1, 3), Fraction(1, 4), Fraction(2, 7))
    assert close(s.type, Fraction(2, 3), Fraction(1, 2), Fraction(4, 7))


def test_one_system_span_over_two_gold_counts_once():
    """Relaxed matching is one to one: a long system timex covering two gold timexes matches only one."""
    gold = [Span(0, 5, value="X"), Span(6, 11, value="Y")]
    system = [Span(0, 11, value="X")]
    s = score([(gold, system)])
    # relaxed = 1: P = 1/1, R = 1/2, F1 = 2*(1/2)/(3/2) = 2/3. strict = 0.
    assert (s.counts.relaxed, s.counts.strict) == (1, 0)
    assert close(s.relaxed, Fraction(1), Fraction(1, 2), Fraction(2, 3))
    # Both overlaps are 5 characters; the tie goes to the earlier gold (value X), so value = 1.
    assert s.counts.value == 1


def test_augmenting_path_finds_the_larger_matching():
    """Greedy by overlap alone pairs G1-S1 and strands G2; the maximum matching re-pairs to get two pairs."""
    gold = [Span(0, 10, value="a"), Span(12, 20, value="b")]
    system = [Span(5, 15, value="b"), Span(0, 4, value="a")]
    # Overlaps: G1-S1 = 5, G1-S2 = 4, G2-S1 = 3. Greedy: G1-S1, then nothing for G2 -> 1 pair.
    # Maximum: G1-S2 and G2-S1 -> 2 pairs, and both values agree (a-a, b-b) -> value = 2.
    c = count_document(gold, system)
    assert (c.relaxed, c.value) == (2, 2)


def test_exact_span_preferred_over_equal_overlap():
    """Among equal overlaps, an exact-span pair is chosen first (here it carries the matching value)."""
    gold = [Span(0, 20, value="w"), Span(5, 10, value="v")]  # overlapping gold, as can happen in inputs
    system = [Span(5, 10, value="v")]
    # Overlap with each gold is 5; exact-first pairs S with G2 (value v) -> value = 1, strict = 1.
    c = count_document(gold, system)
    assert (c.strict, c.relaxed, c.value) == (1, 1, 1)
    assert align(gold, system).missed == (gold[0],)


def test_touching_spans_do_not_overlap():
    """Offsets are end-exclusive: [0, 5) and [5, 10) share no character, so no relaxed match."""
    c = count_document([Span(0, 5)], [Span(5, 10)])
    assert (c.strict, c.relaxed) == (0, 0)


def test_type_right_value_wrong_and_vice_versa():
    """Value and type are scored independently over the same relaxed pairs."""
    gold = [Span(0, 4, "DATE", "2001"), Span(10, 14, "DURATION", "P4Y")]
    system = [Span(0, 4, "DATE", "2002"), Span(10, 14, "DATE", "P4Y")]
    # pair 1: type right, value wrong; pair 2: type wrong, value right -> value = 1, type = 1 of 2.
    s = score([(gold, system)])
    assert (s.counts.value, s.counts.type) == (1, 1)
    assert close(s.value, Fraction(1, 2), Fraction(1, 2), Fraction(1, 2))


def test_empty_system_scores_zero_with_gold_counted():
    """No output: recall 0 of 2, precision 0/0 taken as 0, F1 0."""
    s = score([([Span(0, 4), Span(6, 9)], [])])
    assert (s.counts.gold, s.counts.system) == (2, 0)
    for metric in (s.strict, s.relaxed, s.value, s.type):
        assert (metric.precision, metric.recall, metric.f1) == (0.0, 0.0, 0.0)


def test_empty_gold_makes_every_system_timex_spurious():
    """Gold has nothing: P = 0/1 = 0, R = 0/0 taken as 0."""
    s = score([([], [Span(0, 4)])])
    assert (s.counts.gold, s.counts.system, s.counts.relaxed) == (0, 1, 0)
    assert (s.relaxed.precision, s.relaxed.recall, s.relaxed.f1) == (0.0, 0.0, 0.0)


def test_both_empty_is_zero_not_an_error():
    """No gold and no system: every ratio is 0/0, reported as 0 without raising."""
    s = score([([], [])])
    assert s.counts == Counts(docs=1)
    assert s.value.f1 == 0.0


def test_micro_average_sums_counts_over_documents():
    """Micro-averaging pools counts; it differs from the mean of per-document F1."""
    doc1 = ([Span(0, 4)], [Span(0, 4)])  # 1 gold, 1 system, 1 match
    doc2 = ([Span(0, 4), Span(6, 8), Span(10, 12)], [Span(20, 24)])  # 3 gold, 1 system, 0 match
    s = score([doc1, doc2])
    # relaxed = 1, system = 2, gold = 4: P = 1/2, R = 1/4, F1 = 2*(1/8)/(3/4) = 1/3
    # (the mean of per-document F1 would be (1 + 0)/2 = 1/2).
    assert s.counts.docs == 2
    assert close(s.relaxed, Fraction(1, 2), Fraction(1, 4), Fraction(1, 3))


def test_prf_formula():
    """prf(3, 4, 6): P = 3/4, R = 3/6 = 1/2, F1 = 2*(3/8)/(5/4) = 3/5."""
    assert close(prf(3, 4, 6), Fraction(3, 4), Fraction(1, 2), Fraction(3, 5))


def test_format_scores_shows_counts_and_percentages():
    """The table has a counts line and one line per metric, in percent with two decimals."""
    s = score([([Span(0, 4), Span(6, 8), Span(10, 12)], [Span(0, 4)])])
    table = format_scores(s, title="set")
    # relaxed: P = 1/1 = 100.00, R = 1/3 = 33.33, F1 = 2*(1/3)/(4/3) = 1/2 = 50.00
    assert table.splitlines()[0] == "set  docs 1  gold 3  system 1"
    assert table.splitlines()[3].split() == ["relaxed", "100.00", "33.33", "50.00"]


def _write_doc(folder, name, text, dct, gold_spans):
    """Write a gold .tml of my own text; gold_spans are (start, end, type, value)."""
    timexes = [Timex(text[a:b], a, b, t, v, None, "day", None, None, "absolute", "gold") for a, b, t, v in gold_spans]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(write_tml(name, text, dct, timexes), encoding="utf-8")


def test_evaluate_dir_reads_recursively_and_passes_text_and_dct(tmp_path):
    """Every .tml under the folder (nested too) is tagged with its own text and DCT, then scored."""
    _write_doc(tmp_path / "a", "one.tml", "Rain fell on Tuesday.", date(2015, 6, 4), [(13, 20, "DATE", "2015-06-02")])
    _write_doc(tmp_path / "b" / "c", "two.tml", "Nothing.", date(2016, 1, 1), [])
    (tmp_path / "notes.txt").write_text("ignored")
    seen = []

    def tagger(text, dct):
        seen.append((text, dct))
        return [Span(13, 20, "DATE", "2015-06-02")] if "Tuesday" in text else [Span(0, 7)]

    s = evaluate_dir(tmp_path, tagger=tagger)
    assert seen == [("Rain fell on Tuesday.", date(2015, 6, 4)), ("Nothing.", date(2016, 1, 1))]
    # gold 1, system 2 (one right, one spurious): relaxed P = 1/2, R = 1/1.
    assert s.counts == Counts(docs=2, gold=1, system=2, strict=1, relaxed=1, value=1, type=1)


def test_evaluate_dir_without_tml_files_is_input_error(tmp_path):
    """A folder with no .tml files, or a path that is not a folder, is a user error."""
    (tmp_path / "x.txt").write_text("hi")
    with pytest.raises(InputError):
        evaluate_dir(tmp_path, tagger=lambda text, dct: [])
    with pytest.raises(InputError):
        evaluate_dir(tmp_path / "x.txt", tagger=lambda text, dct: [])


def test_run_evaluate_prints_table_and_errors(tmp_path):
    """run_evaluate prints the counts and metrics table; with errors=True it lists each miss first."""
    _write_doc(tmp_path, "d.tml", "Due next week.", date(2020, 5, 5), [(4, 13, "DATE", "2020-W20")])
    out = io.StringIO()
    assert run_evaluate(tmp_path, out=out, errors=True, tagger=lambda text, dct: []) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].split("\t")[:3] == ["d.tml", "missed", "'next week'"]
    assert lines[1].endswith("docs 1  gold 1  system 0")


@pytest.mark.parametrize(("gold", "system", "kind"), [
    ("2000-W8", "2000-W08", "week number without a leading zero (2000-W8)"),
    ("1968-XX", "1968", "year padded with unknown month or day (1968-XX)"),
    ("1994-XX-XX", "1994", "year padded with unknown month or day (1968-XX)"),
    ("199X", "199", "decade with a trailing X (199X)"),
    ("2000-01-05", "2000-01-05TNI", "part of day added or dropped (TNI, TMO, ...)"),
    ("2000-01-05TEV", "2000-01-05TNI", "part of day added or dropped (TNI, TMO, ...)"),
    ("P20Y", "P2DE", "decades or centuries as units (P2DE for P20Y)"),
    ("P500Y", "P5CE", "decades or centuries as units (P2DE for P20Y)"),
    ("P30Y", "P2DE", None),             # a different length
    ("P20Y", "P20Y", None),             # the same value is no difference at all
    ("PXY", "PXDE", None),              # vague: some years are not some decades
    ("2000-W8", "2000-W09", None),      # a different week, not a notation
    ("1968-XX", "1969", None),          # a different year
    ("199X", "198", None),              # a different decade
    ("2000-01-05", "2000-01-12TNI", None),  # a different day, with or without the part of day
    ("1989-WXX", "1989-W43", None),     # less specific is a different claim, not a notation
    ("2013-01-01T00:00", "2012-12-31T24:00", "midnight as 24:00 of a day or 00:00 of the next"),
    ("2016-03-01T00:00", "2016-02-29T24:00", "midnight as 24:00 of a day or 00:00 of the next"),  # leap day
    ("2013-01-01T00:00", "2013-01-01T24:00", None),  # the other midnight of that day
    ("1989-10-27T24", "1989-10-27T24:00", "midnight as 24:00 of a day or 00:00 of the next"),
    ("1989-11-06T17", "1989-11-06T17:00", "clock hour without minutes (T17 for T17:00)"),
    ("1989-11-06T17", "1989-11-06T17:30", None),  # a different minute
])
def test_notation_difference_names_only_same_time_pairs(gold, system, kind):
    """Values that name the same time in two notations are named; any other difference is None."""
    assert notation_difference(gold, system) == kind


def test_run_evaluate_counts_wrong_values_by_notation(tmp_path):
    """With notations=True, each wrong value on a relaxed match is counted under its kind."""
    text = "He left Wednesday night and came back in week 8, in the 1990s."
    gold = [(8, 23, "TIME", "2000-01-05"), (41, 47, "DATE", "2000-W8"), (52, 61, "DATE", "199X")]
    _write_doc(tmp_path, "d.tml", text, date(2000, 1, 7), gold)
    system = [Span(8, 23, "TIME", "2000-01-05TNI"), Span(41, 47, "DATE", "2000-W09"), Span(52, 61, "DATE", "199")]
    out = io.StringIO()
    assert run_evaluate(tmp_path, out=out, tagger=lambda t, d: system, notations=True) == 0
    tail = out.getvalue().split("wrong values on relaxed matches, by kind\n")[1].splitlines()
    assert [line.split(None, 1) for line in tail] == [
        ["1", "a different time"],
        ["1", "decade with a trailing X (199X)"],
        ["1", "part of day added or dropped (TNI, TMO, ...)"],
    ]


def test_cli_evaluate_passes_errors_and_notations(tmp_path):
    """`timeline evaluate --gold DIR --errors --notations` lists the miss, then the table, then the kinds."""
    from timeline.cli import main

    _write_doc(tmp_path, "d.tml", "Due 2000-W8 or so.", date(2000, 2, 1), [(4, 11, "DATE", "2000-W8")])
    out = io.StringIO()
    assert main(["evaluate", "--gold", str(tmp_path), "--errors", "--notations"], out=out) == 0
    text = out.getvalue()
    assert text.splitlines()[0].startswith("d.tml\t")
    assert "wrong values on relaxed matches, by kind" in text

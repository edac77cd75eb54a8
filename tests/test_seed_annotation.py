"""The seed documents against a hand annotation of every temporal expression in them (cases/seed_timexes.tsv)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD_TSV = Path(__file__).parent / "cases" / "seed_timexes.tsv"
FILES = {"000": "000_2ba50d1db0966b91.txt", "001": "001_2ac603933e332158.txt"}

# Second copies of the photo captions in 001: the caption is one section, its repeat is never tagged again.
DUPLICATE_CAPTION_LINES = {("001", 12), ("001", 33), ("001", 39), ("001", 45), ("001", 51)}

# System timexes that are not in the gold annotation but are tolerated: (doc, line, text) -> reason.
ACCEPTABLE_EXTRAS: dict[tuple[str, int, str], str] = {
    ("001", 23, "previously"): "past-reference adverb; TimeBank tags it PAST_REF in some documents and not in others",
}


@dataclass(frozen=True)
class Gold:
    """One hand-annotated timex, with its character span in the original file."""

    doc: str
    line: int
    extent: str
    start: int
    end: int
    expected: dict[str, str | None]

    @property
    def id(self) -> str:
        return f"{self.doc}-L{self.line}-{self.extent}"


def _file_text(doc: str) -> str:
    return (SEEDS / FILES[doc]).read_bytes().decode("utf-8")


def _span(text: str, line: int, extent: str, occurrence: int) -> tuple[int, int]:
    """The file offsets of the n-th whole-word occurrence of ``extent`` on a 1-based line."""
    line_start = 0
    for _ in range(line - 1):
        line_start = text.index("\n", line_start) + 1
    line_end = text.find("\n", line_start)
    line_text = text[line_start : line_end if line_end >= 0 else len(text)]
    hits = list(re.finditer(rf"(?<!\w){re.escape(extent)}(?!\w)", line_text))
    assert len(hits) >= occurrence, f"{extent!r} not on line {line}"
    hit = hits[occurrence - 1]
    return line_start + hit.start(), line_start + hit.end()


def _load_gold() -> list[Gold]:
    with GOLD_TSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    texts = {doc: _file_text(doc) for doc in FILES}
    gold = []
    for row in rows:
        cell = {k: (v if v else None) for k, v in row.items()}
        line = int(row["line"])
        start, end = _span(texts[row["doc"]], line, row["extent"], int(row["occurrence"] or 1))
        expected = {k: cell[k] for k in ("type", "value", "mod", "earliest", "latest", "anchor", "reference_date")}
        gold.append(Gold(row["doc"], line, row["extent"], start, end, expected))
    return gold


GOLD = _load_gold()


@dataclass(frozen=True)
class Found:
    """One system timex with the file offsets, line and reference date of its section."""

    doc: str
    line: int
    start: int
    end: int
    text: str
    observed: dict[str, str | None]


@pytest.fixture(scope="module")
def found() -> list[Found]:
    """Every timex the corpus pipeline finds in the seeds, with file offsets."""
    corpus = pytest.importorskip("timeline.corpus")
    pipeline = pytest.importorskip("timeline.pipeline")
    result = []
    for doc, section, timex in pipeline.corpus_timexes(corpus.iter_documents(SEEDS)):
        ref = section.reference.value
        record = timex.as_record()
        observed = {key: record[key] for key in ("type", "value", "mod", "earliest", "latest", "anchor")}
        observed["reference_date"] = ref.isoformat() if ref else None
        line = doc.text.count("\n", 0, timex.start) + 1
        result.append(Found(str(doc.id), line, timex.start, timex.end, timex.text, observed))
    return result


def test_gold_annotation_is_complete_and_unique() -> None:
    """Every gold extent was located in its line, and no two gold rows claim the same span."""
    spans = [(g.doc, g.start, g.end) for g in GOLD]
    assert len(spans) == len(set(spans))
    assert {g.doc for g in GOLD} == set(FILES)
    assert len(GOLD) >= 40


def test_offsets_point_at_the_timex_text(found: list[Found]) -> None:
    """File offsets from the corpus pipeline cut exactly the timex text out of the original file."""
    texts = {doc: _file_text(doc) for doc in FILES}
    for f in found:
        assert texts[f.doc][f.start : f.end] == f.text, (f.doc, f.line, f.text)


@pytest.mark.parametrize("gold", GOLD, ids=[g.id for g in GOLD])
def test_seed_timex_recall(gold: Gold, found: list[Found]) -> None:
    """Recall: the annotated timex is found (overlapping span) and resolved to the hand-computed value and interval."""
    overlapping = [f for f in found if f.doc == gold.doc and f.start < gold.end and gold.start < f.end]
    assert overlapping, f"{gold.id}: not found"
    assert overlapping[0].observed == gold.expected, f"{gold.id}: found {overlapping[0].text!r}"


@pytest.mark.parametrize("gold", GOLD, ids=[g.id for g in GOLD])
def test_seed_timex_extent(gold: Gold, found: list[Found]) -> None:
    """Strict span: the timex has exactly the TIMEX3 extent of the hand annotation."""
    exact = [f for f in found if (f.doc, f.start, f.end) == (gold.doc, gold.start, gold.end)]
    near = [f.text for f in found if f.doc == gold.doc and f.line == gold.line]
    assert exact, f"{gold.id}: timexes on that line are {near}"


def test_seed_precision(found: list[Found]) -> None:
    """Precision: nothing is found that the hand annotation lacks (bar the listed acceptable extras)."""
    extras = [
        (f.doc, f.line, f.text, f.observed["value"])
        for f in found
        if not any(g.doc == f.doc and f.start < g.end and g.start < f.end for g in GOLD)
        and (f.doc, f.line, f.text) not in ACCEPTABLE_EXTRAS
    ]
    assert extras == []


def test_duplicate_captions_not_tagged_twice(found: list[Found]) -> None:
    """A caption's repeated copy yields no second set of timexes."""
    assert [(f.doc, f.line, f.text) for f in found if (f.doc, f.line) in DUPLICATE_CAPTION_LINES] == []

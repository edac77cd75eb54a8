"""The hand-written timex corpus: every row of cases/timex_cases.tsv is one expected timex, resolved by hand."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases" / "timex_cases.tsv"
FIELDS = ("type", "value", "mod", "earliest", "latest", "anchor")


def _cell(text: str) -> str | None:
    """An empty TSV cell means None."""
    return text if text != "" else None


def _load() -> list[dict[str, str | None]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{key: _cell(value or "") for key, value in row.items()} for row in rows]


ROWS = _load()


def test_corpus_is_well_formed() -> None:
    """The table has unique ids, >= 260 rows, and every extent occurs in its sentence."""
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))
    assert len(ROWS) >= 260
    for row in ROWS:
        occurrence = int(row["occurrence"] or 1)
        assert row["sentence"].count(row["extent"]) >= occurrence, row["id"]


def _find(timexes: list, row: dict[str, str | None]):
    """The timex whose text equals the extent (the n-th such one when `occurrence` is set)."""
    occurrence = int(row["occurrence"] or 1)
    matching = [t for t in timexes if t.text == row["extent"]]
    if len(matching) < occurrence:
        found = [(t.text, t.start, t.value) for t in timexes]
        pytest.fail(f"no timex with text {row['extent']!r} (occurrence {occurrence}); found {found}")
    return matching[occurrence - 1]


CHECKED = ("type", "value", "mod", "earliest", "latest", "anchor")


def _observed(timex) -> dict[str, str | None]:
    record = timex.as_record()
    return {key: record[key] for key in CHECKED}


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_timex_case(row: dict[str, str | None]) -> None:
    """The expected extent is found in the sentence and resolved to the hand-computed type/value/interval/anchor."""
    from timeline import find_timexes

    reference = date.fromisoformat(row["reference"]) if row["reference"] else None
    timexes = find_timexes(row["sentence"], reference)
    timex = _find(timexes, row)
    expected = {field: row[field] for field in FIELDS}
    assert _observed(timex) == expected, f"{row['family']}: {row['sentence']!r} (ref {reference})"

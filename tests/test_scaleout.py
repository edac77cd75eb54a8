"""The scale-out helper: a pandas partition of documents maps to timex rows, alone and under Dask."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from timeline.scaleout import OUTPUT_COLUMNS, dask_timexes, timex_partition

DOCS = pd.DataFrame(
    {
        "doc_id": ["a", "b", "c", "d", "e"],
        "text": [
            "The talks ended on Oct. 18, 2024 without a deal.",
            "Nothing here is a date: 8,000 soldiers and a 3-1 win.",
            "The minister resigned yesterday.",
            "The minister resigned yesterday.",
            "The bridge opened in March 2021, and the tolls went up last year.",
        ],
        "reference_date": ["2024-10-31", "2024-10-31", "2024-03-05", None, date(2024, 6, 1)],
    }
)


def rows_of(frame: pd.DataFrame, doc_id: str) -> list[dict]:
    return frame[frame["doc_id"] == doc_id].to_dict("records")


def test_partition_resolves_each_document_against_its_own_reference_date() -> None:
    """"yesterday" is 2024-03-04 for the document published 2024-03-05; absolute dates need no reference."""
    out = timex_partition(DOCS)
    assert list(out.columns) == list(OUTPUT_COLUMNS)
    (a,) = rows_of(out, "a")
    assert (a["text"], a["value"], a["start"], a["end"]) == ("Oct. 18, 2024", "2024-10-18", 19, 32)
    (c,) = rows_of(out, "c")
    assert (c["text"], c["earliest"], c["latest"]) == ("yesterday", "2024-03-04", "2024-03-04")


def test_partition_leaves_relative_dates_unresolved_without_a_reference() -> None:
    """A missing reference date gives an unresolved value and no interval, never a guessed one."""
    (d,) = rows_of(timex_partition(DOCS), "d")
    assert d["text"] == "yesterday"
    assert d["earliest"] is None and d["reference_date"] is None
    assert "X" in d["value"]


def test_partition_accepts_python_dates_and_finds_nothing_in_numbers() -> None:
    """A datetime.date reference works like an ISO string; counts and scores are not dates."""
    out = timex_partition(DOCS)
    assert rows_of(out, "b") == []
    e = rows_of(out, "e")
    assert [r["text"] for r in e] == ["March 2021", "last year"]
    assert e[1]["value"] == "2023"


def test_empty_partition_has_the_output_columns() -> None:
    """Dask needs every partition, even an empty one, to have the same columns as the meta frame."""
    out = timex_partition(DOCS.iloc[0:0])
    assert out.empty and list(out.columns) == list(OUTPUT_COLUMNS)


def test_partition_names_a_missing_input_column() -> None:
    with pytest.raises(KeyError, match="reference_date"):
        timex_partition(DOCS.drop(columns=["reference_date"]))


def test_dask_map_partitions_matches_the_single_process_rows() -> None:
    """Run on Dask's local synchronous scheduler over 3 partitions: same rows as one pandas call."""
    dd = pytest.importorskip("dask.dataframe")
    ddf = dd.from_pandas(DOCS.astype({"reference_date": object}), npartitions=3)
    result = dask_timexes(ddf).compute(scheduler="synchronous")
    expected = timex_partition(DOCS)
    got = result.reset_index(drop=True).astype(object).where(result.reset_index(drop=True).notna(), None)
    want = expected.astype(object).where(expected.notna(), None)
    assert got.to_dict("records") == want.to_dict("records")
    assert len(got) >= 5

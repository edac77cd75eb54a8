"""The pandera schema accepts the events table and rejects each kind of broken row."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pandera.errors
import pytest

from timeline.corpus import load_corpus
from timeline.events import COLUMNS, extract_events
from timeline.schema import validate, validate_offsets

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def table(corpus):
    return extract_events(corpus)


def test_seed_table_passes_and_has_the_documented_columns(table):
    """The table validates and its columns are exactly the documented ones, in order."""
    assert tuple(validate(table).columns) == COLUMNS
    assert len(table) > 0


def test_offsets_point_into_the_original_files(table, corpus):
    """Every sentence and dated phrase is found at its offsets in the original file."""
    assert validate_offsets(table, {d.id: d.text for d in corpus.documents}) == []


def test_offset_check_catches_a_shifted_span(table, corpus):
    """A span moved by one character no longer matches the file: the check reports that row."""
    broken = table.copy()
    broken.loc[0, "start"] = broken.loc[0, "start"] + 1
    assert validate_offsets(broken, {d.id: d.text for d in corpus.documents}) == [0]


@pytest.mark.parametrize("column, value", [
    ("status", "rumoured"),
    ("date_role", "crawl"),
    ("anchor", "crawl date"),
    ("earliest", date(2099, 1, 1)),           # after latest
    ("latest", datetime(2024, 10, 31, 12)),   # a timestamp, not a plain date
    ("end", 10**9),                           # outside its sentence
    ("label", "x" * 120),                     # longer than a label may be
    ("section_kind", "boilerplate"),          # navigation is never read for events
])
def test_schema_rejects_a_broken_value(table, column, value):
    """Each broken value fails validation: statuses, roles and anchors from their sets, date order, plain
    dates, spans inside the sentence, label length, scanned section kinds."""
    broken = table.copy()
    broken.at[0, column] = value
    assert broken[column].dtype == table[column].dtype  # only the value is wrong, not the column type
    with pytest.raises(pandera.errors.SchemaError):
        validate(broken)


def test_schema_rejects_a_missing_or_extra_column(table):
    """The schema is strict: no column may be missing or added."""
    errors = (pandera.errors.SchemaError, pandera.errors.SchemaErrors)
    with pytest.raises(errors):
        validate(table.drop(columns=["story"]))
    with pytest.raises(errors):
        validate(table.assign(extra=1))


def test_an_empty_table_has_the_same_schema():
    """A corpus with no dated events (an empty file) still gives a valid table with every column."""
    from timeline.events import events_frame

    empty = events_frame([])
    assert tuple(empty.columns) == COLUMNS and len(empty) == 0


# --- rows that cannot be placed (own synthetic document) -------------------------------------------------

def _synthetic_table() -> pd.DataFrame:
    """A two-row table from a short comment: "Monday" placed, "10/7" not (a comment of unknown date)."""
    from timeline.catalog import ReferenceDate
    from timeline.corpus import Document, Section
    from timeline.events import section_rows
    from timeline.timex import Timex

    text = "The pier reopened on Monday. The old ferry sank on 10/7."
    unknown = ReferenceDate(None, "unknown", "test", not_before=date(2023, 3, 8))
    section = Section("z", 1, "comment", 0, len(text), 1, 1, text, unknown)
    doc = Document("z", Path("z.txt"), "Pier", "example.org", "test",
                   ReferenceDate(date(2023, 3, 8), "cited", "test"), text, (section,))
    monday, slash = text.index("Monday"), text.index("10/7")
    timexes = [Timex("Monday", monday, monday + 6, "DATE", "2023-03-06", None, "day", date(2023, 3, 6),
                     date(2023, 3, 6), "absolute", "test"),
               Timex("10/7", slash, slash + 4, "DATE", "XXXX-10-07", None, "day", None, None, "none", "test")]
    from timeline.events import events_frame

    return events_frame(section_rows(doc, section, timexes))


def test_schema_accepts_an_unplaced_row_that_is_marked():
    """Empty bounds are valid on a row marked ``unresolved``."""
    table = _synthetic_table()
    assert list(table["placement"]) == ["placed", "unresolved"]
    assert list(table["earliest"]) == [date(2023, 3, 6), None]
    validate(table)


def test_schema_rejects_an_unplaced_row_that_is_not_marked():
    """A row with empty bounds must say it cannot be placed: marked ``placed``, it fails validation."""
    broken = _synthetic_table()
    broken.at[1, "placement"] = "placed"
    with pytest.raises(pandera.errors.SchemaError):
        validate(broken)


@pytest.mark.parametrize("column", ["earliest", "latest"])
def test_schema_rejects_a_placed_row_with_one_bound_missing(column):
    """A ``placed`` row needs both bounds: emptying either one fails validation."""
    broken = _synthetic_table()
    broken.at[0, column] = None
    with pytest.raises(pandera.errors.SchemaError):
        validate(broken)


def test_schema_rejects_bounds_on_a_row_marked_unresolved():
    """The marker and the bounds agree both ways: an ``unresolved`` row may not carry dates."""
    broken = _synthetic_table()
    broken.at[1, "earliest"] = broken.at[1, "latest"] = date(2023, 10, 7)
    with pytest.raises(pandera.errors.SchemaError):
        validate(broken)


def test_schema_still_orders_bounds_where_set():
    """With unplaced rows in the table, a placed row with earliest after latest still fails."""
    broken = _synthetic_table()
    broken.at[0, "earliest"] = date(2023, 3, 9)
    with pytest.raises(pandera.errors.SchemaError):
        validate(broken)

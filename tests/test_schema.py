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

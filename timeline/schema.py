"""A pandera schema for the events table: column types, allowed values, date order and offsets.

Empty ``earliest``/``latest`` are allowed only on rows whose ``placement`` says they cannot be placed."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa


def _optional_dates(series: "pd.Series") -> bool:
    """Plain ``datetime.date`` values (not timestamps, not strings) or None."""
    return bool(series.map(lambda v: v is None or (isinstance(v, date) and type(v) is date)).all())


def _is_date(v: object) -> bool:
    return type(v) is date


def _bounds_match_placement(df: "pd.DataFrame") -> "pd.Series":
    """A ``placed`` row has both bounds; any other row (``unresolved``, ``recurring``) has neither."""
    has_first, has_last = df["earliest"].map(_is_date), df["latest"].map(_is_date)
    placed = df["placement"] == "placed"
    return (placed & has_first & has_last) | (~placed & ~has_first & ~has_last)


def _ordered_where_set(df: "pd.DataFrame") -> "pd.Series":
    """``earliest <= latest`` on every row that has both bounds."""
    both = df["earliest"].map(_is_date) & df["latest"].map(_is_date)
    return ~both | (df["earliest"].where(both, date.min) <= df["latest"].where(both, date.max))


@lru_cache(maxsize=1)
def events_schema() -> "pa.DataFrameSchema":
    """The schema every events table satisfies (built once; pandera loads lazily)."""
    import pandera.pandas as pa

    from .events import ANCHORS, COLUMNS, DATE_ROLES, PLACEMENTS, STATUSES, TIMEX_TYPES

    text = dict(dtype=str, nullable=False)
    offset = pa.Column(int, pa.Check.ge(0), nullable=False)
    columns = {
        "doc": pa.Column(**text, checks=pa.Check.str_length(min_value=1)),
        "section": pa.Column(**text, checks=pa.Check.str_matches(r"^.+:\d{2,}$")),
        "section_kind": pa.Column(**text, checks=pa.Check.isin(
            ["headline", "standfirst", "body", "quoted_body", "authors_note", "caption", "teaser", "comment"])),
        "reference_date": pa.Column(object, pa.Check(_optional_dates, error="plain dates or None"), nullable=True),
        "reference_not_before": pa.Column(object, pa.Check(_optional_dates, error="plain dates or None"), nullable=True),
        "sentence": pa.Column(**text, checks=pa.Check.str_length(min_value=1)),
        "sentence_start": offset,
        "sentence_end": offset,
        "text": pa.Column(**text, checks=pa.Check.str_length(min_value=1)),
        "start": offset,
        "end": offset,
        "type": pa.Column(**text, checks=pa.Check.isin(list(TIMEX_TYPES))),
        "value": pa.Column(**text, checks=pa.Check.str_length(min_value=1)),
        "mod": pa.Column(**text),
        "earliest": pa.Column(object, pa.Check(_optional_dates, error="plain dates or None"), nullable=True),
        "latest": pa.Column(object, pa.Check(_optional_dates, error="plain dates or None"), nullable=True),
        "placement": pa.Column(**text, checks=pa.Check.isin(list(PLACEMENTS))),
        "granularity": pa.Column(**text),
        "anchor": pa.Column(**text, checks=pa.Check.isin(list(ANCHORS))),
        "date_role": pa.Column(**text, checks=pa.Check.isin(list(DATE_ROLES))),
        "status": pa.Column(**text, checks=pa.Check.isin(list(STATUSES))),
        "label": pa.Column(**text, checks=pa.Check.str_length(min_value=1, max_value=81)),
        "attribution": pa.Column(**text),
        "story": pa.Column(**text, checks=pa.Check.str_length(min_value=1)),
        "event_id": pa.Column(**text, checks=pa.Check.str_length(min_value=1)),
        "sources": pa.Column(**text, checks=pa.Check.str_length(min_value=1)),
        "rule": pa.Column(**text),
    }
    assert tuple(columns) == COLUMNS
    return pa.DataFrameSchema(
        columns,
        checks=[
            pa.Check(_bounds_match_placement, error="empty bounds only on rows marked unresolved or recurring"),
            pa.Check(_ordered_where_set, error="earliest <= latest"),
            pa.Check(lambda df: df["sentence_start"] < df["sentence_end"], error="sentence span is not empty"),
            pa.Check(lambda df: (df["sentence_start"] <= df["start"]) & (df["end"] <= df["sentence_end"])
                     & (df["start"] < df["end"]), error="the dated phrase lies inside its sentence"),
            pa.Check(lambda df: df["sentence"].str.len() == df["sentence_end"] - df["sentence_start"],
                     error="sentence text matches its span"),
        ],
        strict=True,
        ordered=True,
        coerce=False,
    )


def validate(frame: "pd.DataFrame") -> "pd.DataFrame":
    """Validate ``frame`` against the events schema; raises ``pandera.errors.SchemaError`` if it fails."""
    return events_schema().validate(frame)


def validate_offsets(frame: "pd.DataFrame", texts: dict[str, str]) -> list[int]:
    """Row positions whose spans do not fit the original file text (``texts``: doc id -> file text)."""
    bad = []
    for i, row in enumerate(frame.itertuples(index=False)):
        source = texts.get(row.doc, "")
        if row.sentence_end > len(source) or source[row.sentence_start:row.sentence_end] != row.sentence \
                or source[row.start:row.end] != row.text:
            bad.append(i)
    return bad

"""Run the timex extractor over a table of documents on an existing engine (Dask ``map_partitions``).

Optional: nothing here imports Dask until ``dask_timexes`` is called; ``timex_partition`` needs only pandas.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

INPUT_COLUMNS = ("doc_id", "text", "reference_date")
"""One row per document: its id, its full text and its publication date (ISO string, date, or missing)."""

OUTPUT_COLUMNS = (
    "doc_id", "reference_date", "text", "start", "end", "type", "value", "mod", "granularity",
    "earliest", "latest", "anchor", "rule",
)
"""One row per temporal expression; offsets index the document's text; dates are ISO strings or None."""

_INTS = frozenset({"start", "end"})


def _reference(raw: Any) -> date | None:
    """The reference date of a row: None for a missing value (None, NaN, NaT, pandas NA, empty string)."""
    import pandas as pd

    if raw is None or (isinstance(raw, str) and not raw.strip()) or pd.isna(raw):
        return None
    if isinstance(raw, datetime):  # also pandas.Timestamp
        return raw.date()
    if isinstance(raw, date):
        return raw
    return date.fromisoformat(str(raw)[:10])


def document_rows(doc_id: str, text: str, reference: date | None) -> list[dict[str, object]]:
    """The timex rows of one document, in offset order."""
    from .extract import find_timexes

    ref = reference.isoformat() if reference else None
    return [{"doc_id": doc_id, "reference_date": ref, **t.as_record()} for t in find_timexes(text, reference)]


def empty_frame():
    """An empty frame with the output columns and dtypes: Dask's ``meta`` for ``map_partitions``."""
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype="int64" if c in _INTS else object) for c in OUTPUT_COLUMNS})


def timex_partition(frame):
    """Map one pandas partition of (doc_id, text, reference_date) rows to a frame of timex rows."""
    import pandas as pd

    missing = [c for c in INPUT_COLUMNS if c not in frame.columns]
    if missing:
        raise KeyError(f"timex_partition: missing column(s) {', '.join(missing)}; expected {', '.join(INPUT_COLUMNS)}")
    rows: list[dict[str, object]] = []
    for doc_id, text, raw in zip(frame["doc_id"], frame["text"], frame["reference_date"]):
        rows.extend(document_rows(str(doc_id), str(text), _reference(raw)))
    if not rows:
        return empty_frame()
    out = pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS), dtype=object)  # object keeps None as None
    return out.astype({c: "int64" for c in _INTS})


def dask_timexes(documents):
    """Timex rows of a Dask DataFrame of documents, lazily: call ``.compute()`` or write it to Parquet."""
    return documents.map_partitions(timex_partition, meta=empty_frame())

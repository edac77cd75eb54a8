"""Write the events table of documents as CSV, JSON lines or a TimelineJS3 document."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, TextIO

if TYPE_CHECKING:
    import pandas as pd

    from .corpus import Document


def plain(value: object) -> object:
    """A JSON/CSV-ready cell: dates as ISO strings, None kept, numpy integers as int."""
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def records(events: "pd.DataFrame") -> list[dict[str, object]]:
    """The table's rows as plain dicts in column order."""
    return [{k: plain(v) for k, v in row.items()} for row in events.to_dict(orient="records")]


def events_table(paths: Iterable[str | Path], published: date | None = None, jobs: int = 1) -> "pd.DataFrame":
    """The events table of corpus directories and/or text files (``jobs`` worker processes, same result)."""
    from .events import events_frame
    from .parallel import map_documents
    from .pipeline import open_documents

    dates: dict[str, date | None] = {}

    def tracked(docs: Iterable["Document"]) -> Iterator["Document"]:
        for doc in docs:
            dates[doc.id] = doc.published.value
            yield doc

    rows = [row for batch in map_documents("events", tracked(open_documents(paths, published)), jobs=jobs)
            for row in batch]
    return events_frame(rows, dates)


def write_table(events: "pd.DataFrame", fmt: str, out: TextIO) -> None:
    """Write a table in ``fmt`` (csv, jsonl or timelinejs) to ``out``."""
    if fmt == "timelinejs":
        from .timelinejs import timelinejs_document

        json.dump(timelinejs_document(events), out, ensure_ascii=False, indent=1, sort_keys=True)
        out.write("\n")
        return
    rows = records(events)
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(events.columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")


def write_events(paths: Iterable[str | Path], published: date | None, fmt: str, out: TextIO, jobs: int = 1) -> int:
    """``timeline events``: build the table and write it; returns the exit code."""
    write_table(events_table(paths, published, jobs), fmt, out)
    return 0


def save_table(events: "pd.DataFrame", path: str | Path, fmt: str = "csv") -> Path:
    """Write the table to ``path`` (folders created) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="\n") as out:
        write_table(events, fmt, out)
    return target

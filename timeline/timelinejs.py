"""Write the events table as a TimelineJS3 JSON document: one slide per event, grouped by story."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

PARTIAL = {"year": ("year",), "decade": ("year",), "century": ("year",), "month": ("year", "month"),
           "quarter": ("year", "month"), "season": ("year", "month")}
"""Granularities coarser than a day give partial TimelineJS dates (year only, or year and month)."""
EXACT = frozenset({"day", "time"})
"""Granularities shown as a single day; anything else is a window and gets a ``display_date``."""


def tl_date(day: date, granularity: str) -> dict[str, int]:
    """A TimelineJS date object, partial where the granularity is coarser than a day."""
    fields = PARTIAL.get(granularity, ("year", "month", "day"))
    return {name: getattr(day, name) for name in fields}


def display_date(row: Any) -> str | None:
    """A readable date for windows and vague expressions ("the coming days: 2024-11-01 to 2024-11-07")."""
    if row.granularity in EXACT or row.granularity in PARTIAL:
        return None
    span = row.earliest.isoformat() if row.earliest == row.latest else f"{row.earliest.isoformat()} to {row.latest.isoformat()}"
    return f"{row.text}: {span}"


def _mention_html(row: Any) -> str:
    who = f" ({html.escape(row.attribution)})" if row.attribution else ""
    return (f"<p>“{html.escape(row.sentence)}”{who}<br><small>{html.escape(row.doc)} {html.escape(row.section)}, "
            f"{html.escape(row.section_kind)}; {html.escape(row.status)}; “{html.escape(row.text)}” = "
            f"{html.escape(row.value)} ({html.escape(row.anchor)})</small></p>")


def timelinejs_document(events: "pd.DataFrame", title: str = "Dated events") -> dict[str, object]:
    """The TimelineJS3 document: one slide per ``event_id`` (all its mentions listed), ``group`` = story.

    Rows that cannot be placed (``placement`` other than ``placed``: no ``earliest``/``latest``) are skipped,
    since a TimelineJS slide needs a start date; they stay in the CSV and JSON lines tables."""
    slides = []
    placed = events[events["placement"] == "placed"]
    for event_id, group in placed.groupby("event_id", sort=True):
        first = next(group.itertuples(index=False))
        slide: dict[str, object] = {
            "unique_id": str(event_id).replace("/", "-").replace(".", "-"),
            "start_date": tl_date(first.earliest, first.granularity),
            "text": {
                "headline": html.escape(first.label),
                "text": "".join(_mention_html(r) for r in group.itertuples(index=False)),
            },
            "group": first.story,
        }
        if first.latest != first.earliest:
            slide["end_date"] = tl_date(first.latest, first.granularity)
        shown = display_date(first)
        if shown:
            slide["display_date"] = shown
        slides.append(slide)
    slides.sort(key=lambda s: (s["group"], tuple(s["start_date"].values()), s["unique_id"]))
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": slides}

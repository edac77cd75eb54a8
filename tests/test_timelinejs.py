"""The TimelineJS3 writer: one slide per event, partial dates for coarse granularities, groups and display dates."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd

from timeline.events import COLUMNS
from timeline.timelinejs import display_date, tl_date, timelinejs_document


def row(**kw) -> dict:
    base = {c: "" for c in COLUMNS}
    base.update(doc="a", section="a:01", section_kind="body", sentence="S.", text="x", value="v", anchor="absolute",
                status="reported", date_role="event", story="Harbour", granularity="day", label="L", placement="placed",
                earliest=date(2023, 3, 6), latest=date(2023, 3, 6), event_id="e1", sources="a")
    base.update(kw)
    return base


def test_partial_dates_follow_granularity():
    """A year is written as a year only, a month as year and month, a day in full."""
    d = date(1783, 7, 24)
    assert tl_date(d, "year") == {"year": 1783}
    assert tl_date(d, "month") == {"year": 1783, "month": 7}
    assert tl_date(d, "day") == {"year": 1783, "month": 7, "day": 24}


def test_one_slide_per_event_with_all_mentions_and_group():
    """Two mentions of one event make one slide listing both sentences; ``group`` is the story."""
    events = pd.DataFrame([row(sentence="First <b>mention</b>.", doc="a"), row(sentence="Second mention.", doc="b")])
    doc = timelinejs_document(events)
    assert len(doc["events"]) == 1
    slide = doc["events"][0]
    assert slide["group"] == "Harbour" and slide["start_date"] == {"year": 2023, "month": 3, "day": 6}
    assert "Second mention." in slide["text"]["text"] and "&lt;b&gt;" in slide["text"]["text"]
    assert "end_date" not in slide and "display_date" not in slide
    json.dumps(doc)  # serialisable as it is


def test_window_gets_end_date_and_display_date():
    """A vague window ("the coming days") has an end date and a display date naming the expression."""
    events = pd.DataFrame([row(text="the coming days", granularity="vague", earliest=date(2023, 3, 9),
                               latest=date(2023, 3, 15), status="expected")])
    slide = timelinejs_document(events)["events"][0]
    assert slide["end_date"] == {"year": 2023, "month": 3, "day": 15}
    assert slide["display_date"] == "the coming days: 2023-03-09 to 2023-03-15"
    assert display_date(next(events.itertuples())) == slide["display_date"]


def test_rows_that_cannot_be_placed_get_no_slide():
    """A slide needs a start date: unresolved and recurring rows are skipped, placed rows are kept."""
    events = pd.DataFrame([
        row(),
        row(text="10/7", earliest=None, latest=None, placement="unresolved", event_id="unresolved/1", label="Sank"),
        row(text="every May", type="SET", earliest=None, latest=None, placement="recurring", event_id="recurring/1"),
    ])
    slides = timelinejs_document(events)["events"]
    assert [s["unique_id"] for s in slides] == ["e1"]

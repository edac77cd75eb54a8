"""Chart functions, tested through their Vega-Lite specs (``to_dict``) on a small hand-made events table."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

from timeline.charts import (
    CHARTS, busiest_window, headline_chart, notebook_bundle, periods, placed_rows, reach_chart, reach_frame,
    zoom_chart,
)
from timeline.events import ARCHIVE_STORY, COLUMNS, COMMENTS_STORY


def row(label: str, earliest: date, latest: date | None = None, story: str = "Harbour closes", **kw) -> dict:
    base = {c: "" for c in COLUMNS}
    base.update(doc="a", section="a:03", section_kind="body", sentence=label + ".", text="Monday", value="v",
                anchor="absolute", status="reported", date_role="event", story=story, granularity="day", placement="placed",
                label=label, earliest=earliest, latest=latest or earliest, event_id=f"{earliest}/{label}",
                sources="a", reference_date=date(2023, 3, 8), reference_not_before=date(2023, 3, 8))
    base.update(kw)
    return base


@pytest.fixture
def events() -> pd.DataFrame:
    return pd.DataFrame([
        row("Ferry sank", date(2023, 3, 6)),
        row("Divers will search the wreck", date(2023, 3, 9), date(2023, 3, 15), status="expected", granularity="vague"),
        row("Photo of the quay", date(2023, 3, 5), section_kind="caption", date_role="photo"),
        row("Market reopened", date(2024, 6, 3), story="Market reopens", reference_date=date(2024, 6, 3)),
        row("Old photo of the market", date(2019, 5, 2), story=ARCHIVE_STORY, section_kind="caption",
            date_role="photo", text="May 2, 2019", reference_date=date(2024, 6, 3)),
        row("The flood of 1953", date(1953, 1, 1), date(1953, 12, 31), story=COMMENTS_STORY, section_kind="comment",
            status="background", granularity="year", reference_date=None, reference_not_before=date(2023, 3, 8)),
    ])


@pytest.fixture
def with_unplaced(events) -> pd.DataFrame:
    """The same table plus rows that cannot be placed: an unanchored duration in the news story, a date
    with no year in a comment, and a recurring set."""
    extra = [
        row("Divers searched for hours", None, story="Harbour closes", text="hours", value="PTXH", type="DURATION",
            placement="unresolved", anchor="none", event_id="unresolved/1"),
        row("The ferry sank on 10/7", None, story=COMMENTS_STORY, section_kind="comment", text="10/7",
            value="XXXX-10-07", placement="unresolved", anchor="none", event_id="unresolved/2", reference_date=None),
        row("The market opens every Monday", None, story="Market reopens", text="every Monday", type="SET",
            value="XXXX-WXX-1", placement="recurring", anchor="none", event_id="recurring/1"),
    ]
    return pd.concat([events, pd.DataFrame(extra)], ignore_index=True)


UNPLACED_LABELS = {"Divers searched for hours", "The ferry sank on 10/7", "The market opens every Monday"}


def _layers(spec: dict) -> list[dict]:
    """All single-view specs inside a (nested) layer/concat spec."""
    found = []
    for key in ("layer", "vconcat", "hconcat"):
        for sub in spec.get(key, []):
            found += _layers(sub)
    return found or [spec]


def _data_rows(spec: dict) -> list[dict]:
    return [r for rows in spec.get("datasets", {}).values() for r in rows]


def test_headline_has_one_panel_per_period_with_independent_day_axes(events):
    """Stories 15 months apart get two panels, each with its own UTC day axis covering only its dates."""
    spec = headline_chart(events).to_dict()
    assert len(spec["vconcat"]) == 2
    assert spec["resolve"]["scale"]["x"] == "independent"
    domains = [_layers(p)[0]["encoding"]["x"]["scale"]["domain"] for p in spec["vconcat"]]
    assert domains[0][0].startswith("2023-03-05") and domains[1][0].startswith("2024-06-03")
    assert all(_layers(p)[0]["encoding"]["x"]["scale"]["type"] == "utc" for p in spec["vconcat"])


def test_headline_draws_windows_as_bars_days_as_points_forecasts_dashed_and_hollow(events):
    """Windows are bars from start to end; days are points; expected marks are dashed and unfilled."""
    spec = headline_chart(events).to_dict()
    marks = {json.dumps(v["transform"]): v for v in _layers(spec["vconcat"][0])}
    bar = next(v for v in marks.values() if v["mark"]["type"] == "bar")
    point = next(v for v in marks.values() if v["mark"]["type"] == "point")
    assert "x2" in bar["encoding"] and "x2" not in point["encoding"]
    dash = bar["encoding"]["strokeDash"]["scale"]
    assert dash["range"][dash["domain"].index("expected")] != [1, 0]
    fill = point["encoding"]["fill"]["scale"]
    assert fill["range"][fill["domain"].index("expected")] == "#ffffff"
    assert "shape" in point["encoding"]  # photo dates and statements are told apart in the legend


def test_headline_tooltips_name_label_sentence_expression_value_anchor_and_source(events):
    """Hovering a mark gives what happened, the sentence, the expression, its value and anchor, and the source."""
    spec = headline_chart(events).to_dict()
    fields = {t["field"] for t in _layers(spec["vconcat"][0])[0]["encoding"]["tooltip"]}
    assert {"label", "sentence", "text", "value", "anchor", "source"} <= fields


def test_headline_leaves_out_comments_and_archival_photos_but_names_the_photo(events):
    """Reader comments and archival photos are not drawn; the archival photo is named in the subtitle."""
    spec = headline_chart(events).to_dict()
    stories = {r["story"] for r in _data_rows(spec)}
    assert COMMENTS_STORY not in stories and ARCHIVE_STORY not in stories
    assert any("May 2, 2019" in line for line in spec["title"]["subtitle"])


def test_periods_split_at_long_gaps_only():
    """Stories within the gap share a period; a later story after a long gap starts a new one."""
    frame = pd.DataFrame([row("a", date(2023, 3, 6)), row("b", date(2023, 3, 20), story="Second"),
                          row("c", date(2024, 6, 3), story="Third")])
    assert periods(frame) == {"Harbour closes": 0, "Second": 0, "Third": 1}


def test_zoom_chart_has_a_named_interval_brush_driving_the_detail_axis(events):
    """The overview carries an interval brush named "brush"; the detail's x domain is bound to it."""
    spec = zoom_chart(events, date(2023, 3, 1), date(2023, 3, 20)).to_dict()
    params = spec.get("params", []) + [p for view in spec["vconcat"] for p in view.get("params", [])]
    assert [(p["name"], p["select"]["type"], p.get("views")) for p in params] == [("brush", "interval", ["overview"])]
    detail = _layers(spec["vconcat"][0])[0]
    assert detail["encoding"]["x"]["scale"]["domain"] == {"param": "brush", "encoding": "x"}
    assert {r["label"] for r in _data_rows(spec)} == {"Ferry sank", "Divers will search the wreck", "Photo of the quay"}


def test_reach_uses_a_symmetric_log_scale_and_measures_comments_from_their_lower_bound(events):
    """Days from the reference date, on a symlog scale; a comment (no date) is measured from its lower bound."""
    frame = reach_frame(events)
    flood = frame[frame["label"] == "The flood of 1953"].iloc[0]
    assert flood["from_days"] == (date(1953, 1, 1) - date(2023, 3, 8)).days
    spec = reach_chart(events).to_dict()
    assert _layers(spec)[0]["encoding"]["x"]["scale"]["type"] == "symlog"


def test_specs_are_identical_whatever_was_built_before(events):
    """Building other charts first does not change a chart's spec (no counters in names, no random ids)."""
    first = {name: make(events).to_dict() for name, make in CHARTS.items()}
    for make in CHARTS.values():
        make(events)
    again = {name: make(events).to_dict() for name, make in CHARTS.items()}
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)


def test_notebook_bundle_is_stable_and_has_a_fallback(events):
    """The notebook display bundle holds the Vega-Lite spec, a title line and (optionally) a PNG fallback."""
    chart = headline_chart(events)
    a, b = notebook_bundle(chart, png=False), notebook_bundle(chart, png=False)
    assert a == b and set(a) == {"application/vnd.vegalite.v5+json", "text/plain"}
    assert "deployment" in a["text/plain"] or "teasers" in a["text/plain"] or a["text/plain"].startswith("<chart")


def test_default_zoom_window_is_around_the_busiest_news_day(events):
    """Without dates, the zoom runs from 13 days before to 7 days after the day with most news mentions."""
    busy = pd.concat([events, pd.DataFrame([row("Second mention", date(2023, 3, 6))])], ignore_index=True)
    assert busiest_window(busy) == (date(2023, 2, 21), date(2023, 3, 13))


def test_headline_title_gives_each_period_and_the_gap(events):
    """The title names both periods' spans and the full months between them (Mar 5, 2023 -> Jun 3, 2024: 14, two days short of 15)."""
    title = headline_chart(events).to_dict()["title"]["text"]
    assert "Mar 5 to Mar 15, 2023" in title and "Jun 3 to Jun 3, 2024 (14 months later)" in title


def test_placed_rows_keeps_only_rows_with_a_date(with_unplaced):
    """The filtering step every chart starts with: rows marked ``placed``, nothing else."""
    assert set(placed_rows(with_unplaced)["label"]) == set(with_unplaced["label"]) - UNPLACED_LABELS


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_charts_ignore_unplaced_rows(with_unplaced, events, name):
    """Rows that cannot be placed (empty bounds) are not drawn: each chart's data is the same as without them,
    and building the chart does not fail on the empty dates."""
    spec = CHARTS[name](with_unplaced).to_dict()
    assert not UNPLACED_LABELS & {r["label"] for r in _data_rows(spec)}
    assert _data_rows(spec) == _data_rows(CHARTS[name](events).to_dict())


def test_headline_and_reach_say_what_they_leave_out(with_unplaced):
    """The subtitles count the mentions that cannot be placed and name them: the headline those of the news
    stories only (comments are never in it), the reach chart all of them."""
    headline = " ".join(headline_chart(with_unplaced).to_dict()["title"]["subtitle"])
    assert "Not drawn: 2 mentions that cannot be placed" in headline
    assert "“hours”" in headline and "“every Monday”" in headline and "10/7" not in headline
    reach = " ".join(reach_chart(with_unplaced).to_dict()["title"]["subtitle"])
    assert "Not drawn: 3 mentions" in reach and "“10/7”" in reach


def test_same_day_marks_of_one_lane_are_spread_apart():
    """An event and its statement on the same day in one lane get opposite pixel offsets (neither hides the
    other); a lone mark stays centred."""
    frame = pd.DataFrame([
        row("Lopes says the ferry sank", date(2023, 3, 6), event_id="e1"),
        row("Lopes says the ferry sank", date(2023, 3, 6), event_id="e1", date_role="statement"),
        row("Market reopened", date(2023, 3, 6), event_id="e2"),
    ])
    points = [v for v in _layers(headline_chart(frame).to_dict()["vconcat"][0]) if v["mark"]["type"] == "point"]
    offsets = sorted(v["mark"].get("yOffset", 0) for v in points)
    assert offsets == [-3.5, 0.0, 3.5]
    by_label = {(r["label"], r["date_role"]): r["nudge"] for r in _data_rows(headline_chart(frame).to_dict())}
    assert by_label[("Lopes says the ferry sank", "event")] == -by_label[("Lopes says the ferry sank", "statement")] != 0
    assert by_label[("Market reopened", "event")] == 0


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_specs_are_strict_json_even_with_unknown_reference_dates(events, name):
    """A comment's unknown reference date must not become NaN: Jupyter and browsers reject NaN in JSON."""
    spec = CHARTS[name](events).to_dict()
    json.dumps(spec, allow_nan=False)  # raises ValueError on NaN or infinity

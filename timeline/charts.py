"""Altair charts of the events table: each chart is a function from the tidy table to an Altair chart.

Dates are drawn on UTC scales so that a day never shifts in another time zone; every selection is named,
so that a chart's Vega-Lite spec is the same whatever was built before it in the process.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

STATUS_ORDER = ["reported", "expected", "hypothetical", "background"]
STATUS_COLORS = ["#1f5fa8", "#d9730d", "#7b3fa0", "#7f7f7f"]
ROLE_ORDER = ["event", "statement", "photo"]
ROLE_SHAPES = ["circle", "triangle-up", "square"]
PERIOD_GAP_DAYS = 60
"""Stories whose date ranges are further apart than this are drawn in separate panels with their own axes."""
LABEL_WIDTH = 560
DAILY_TICKS_MAX_DAYS = 21
"""Panels spanning up to this many days get a tick per day; longer ones let Vega choose (weeks)."""
FONT = "DejaVu Sans"

TOOLTIP = [
    ("label", "what happened"), ("sentence", "sentence"), ("text", "expression"), ("value", "value"),
    ("when", "date"), ("anchor", "anchor"), ("status", "status"), ("date_role", "date role"),
    ("attribution", "said by"), ("story", "story"), ("source", "source"), ("event_id", "event"),
    ("sources", "event's sources"),
]


def _iso(day: date) -> str:
    return day.isoformat()


def placed_rows(events: "pd.DataFrame") -> "pd.DataFrame":
    """The rows that can go on a date axis (``placement == "placed"``): every chart starts with this step,
    since unresolved mentions ("a couple weeks ago" in a comment of unknown date) and recurring sets have
    no ``earliest``/``latest``. Charts name what they leave out (see :func:`unplaced_note`)."""
    return events[events["placement"] == "placed"]


def unplaced_note(events: "pd.DataFrame", limit: int = 3) -> list[str]:
    """Two subtitle lines naming the mentions a chart cannot place, where they are, and a few examples (in
    table order); empty when every row is placed."""
    left = events[events["placement"] != "placed"]
    if left.empty:
        return []
    kinds = sorted(set(left["section_kind"]))
    where = "all in reader comments of unknown date" if kinds == ["comment"] else "in " + ", ".join(kinds) + " sections"
    texts = list(dict.fromkeys(left["text"]))
    examples = ", ".join(f"“{t}”" for t in texts[:limit])
    if len(texts) > limit:
        examples += f" and {len(texts) - limit} more"
    n = len(left)
    return [f"Not drawn: {n} mention{'s' if n != 1 else ''} that cannot be placed on a date ({where}),",
            f"such as {examples}."]


def plot_frame(events: "pd.DataFrame") -> "pd.DataFrame":
    """Plotting columns for the events table: ISO start/end instants (end exclusive), a day midpoint,
    a readable date, the mark kind (day or window) and the source; no other column is changed."""
    import pandas as pd

    frame = events.copy()
    frame["x_start"] = [f"{_iso(d)}T00:00:00Z" for d in frame["earliest"]]
    frame["x_end"] = [f"{_iso(d + timedelta(days=1))}T00:00:00Z" for d in frame["latest"]]
    frame["x_mid"] = [f"{_iso(d)}T12:00:00Z" for d in frame["earliest"]]
    frame["kind"] = ["day" if a == b else "window" for a, b in zip(frame["earliest"], frame["latest"])]
    frame["when"] = [_iso(a) if a == b else f"{_iso(a)} to {_iso(b)}" for a, b in zip(frame["earliest"], frame["latest"])]
    frame["source"] = [f"{d} {s} ({k})" for d, s, k in zip(frame["doc"], frame["section"], frame["section_kind"])]
    frame["nudge"] = _nudges(frame)
    # Screen-reader text for each mark; also keeps SVGs free of local-time formatting of the end instant.
    frame["aria"] = [f"{w}: {lab} ({st})" for w, lab, st in zip(frame["when"], frame["label"], frame["status"])]
    for column in ("earliest", "latest", "reference_date", "reference_not_before"):
        # A missing date is spelled out: Altair's sanitizer turns None in a text column into NaN
        # under pandas 3, and NaN is not valid JSON in the chart spec.
        frame[column] = ["unknown" if v is None or v != v else _iso(v) for v in frame[column]]
    return pd.DataFrame(frame)


NUDGE_PX = 7
"""Vertical spread, in pixels, between day marks that share a lane and a day (an event and its statement)."""


def _nudges(frame: "pd.DataFrame") -> list[float]:
    """Pixel offsets that spread same-day marks of one lane (same ``event_id`` and day) around its centre, so
    that a statement's triangle is not hidden under the event's circle; a lone mark keeps 0."""
    keys = list(zip(frame["event_id"], frame["earliest"], frame["latest"], frame["date_role"]))
    groups: dict[tuple, list] = {}
    for event_id, first, last, role in keys:
        roles = groups.setdefault((event_id, first, last), [])
        if role not in roles:
            roles.append(role)
    out = []
    for event_id, first, last, role in keys:
        roles = sorted(groups[(event_id, first, last)], key=ROLE_ORDER.index)
        out.append(NUDGE_PX * (roles.index(role) - (len(roles) - 1) / 2))
    return out


def periods(events: "pd.DataFrame", gap_days: int = PERIOD_GAP_DAYS) -> dict[str, int]:
    """Story -> period number: stories are ordered by first date and a new period starts after a gap."""
    spans = events.groupby("story").agg(first=("earliest", "min"), last=("latest", "max")).reset_index()
    spans = spans.sort_values(["first", "story"])
    out: dict[str, int] = {}
    period, reach = 0, None
    for row in spans.itertuples(index=False):
        if reach is not None and (row.first - reach).days > gap_days:
            period += 1
        reach = row.last if reach is None else max(reach, row.last)
        out[row.story] = period
    return out


def _period_title(frame: "pd.DataFrame") -> str:
    first, last = min(frame["earliest"]), max(frame["latest"])
    span = first.strftime("%b %-d") + " to " + last.strftime("%b %-d, %Y")
    if first.year != last.year:
        span = first.strftime("%b %-d, %Y") + " to " + last.strftime("%b %-d, %Y")
    return span


def _tooltip() -> list["alt.Tooltip"]:
    import altair as alt

    return [alt.Tooltip(f"{field}:N", title=title) for field, title in TOOLTIP]


def _status_scales(present: Any = None) -> dict[str, Any]:
    """Stroke, fill and dash scales by status: reported filled and solid, forecasts hollow and dashed.
    Only the statuses in ``present`` are listed in the legend (all when None)."""
    import altair as alt

    keep = [i for i, s in enumerate(STATUS_ORDER) if present is None or s in set(present)]
    domain = [STATUS_ORDER[i] for i in keep]
    fills = [STATUS_COLORS[0], "#ffffff", "#ffffff", STATUS_COLORS[3]]
    dashes = [[1, 0], [5, 3], [2, 2], [1, 0]]
    return {
        "stroke": alt.Stroke("status:N", title="status", scale=alt.Scale(domain=domain, range=[STATUS_COLORS[i] for i in keep])),
        "fill": alt.Fill("status:N", title="status", scale=alt.Scale(domain=domain, range=[fills[i] for i in keep])),
        "dash": alt.StrokeDash("status:N", title="status", scale=alt.Scale(domain=domain, range=[dashes[i] for i in keep])),
        "color": alt.Color("status:N", title="status", scale=alt.Scale(domain=domain, range=[STATUS_COLORS[i] for i in keep])),
    }


def _lanes(frame: "pd.DataFrame", x_scale: "alt.Scale", title: Any, height_per_row: int = 22,
           x_title: str = "date (UTC)", daily: bool = False) -> "alt.LayerChart":
    """One row per event (its first label), grouped by story; windows as bars, days as points."""
    import altair as alt

    order = (frame.sort_values(["story_rank", "earliest", "event_id"]).drop_duplicates("event")["event"].tolist())
    y = alt.Y("event:N", sort=order, title=None, axis=alt.Axis(labelLimit=LABEL_WIDTH, labelFontSize=11))
    ticks = {"tickCount": "day"} if daily else {}
    x_axis = alt.Axis(format="%b %-d", labelAngle=0, grid=True, labelOverlap="greedy", labelFlush=False, **ticks)
    s = _status_scales(frame["status"])
    base = alt.Chart(frame).encode(y=y, tooltip=_tooltip(), description="aria:N")
    bars = base.transform_filter(alt.datum.kind == "window").mark_bar(height=10, strokeWidth=1.5, clip=True).encode(
        x=alt.X("x_start:T", scale=x_scale, axis=x_axis, title=x_title),
        x2="x_end:T", stroke=s["stroke"], strokeDash=s["dash"],
        fill=s["fill"], fillOpacity=alt.value(0.35),
    )
    # One point layer per pixel offset (a constant mark offset keeps the lane's band scale untouched).
    points = [
        base.transform_filter((alt.datum.kind == "day") & (alt.datum.nudge == nudge)).mark_point(
            size=90, strokeWidth=2, opacity=1, clip=True, yOffset=nudge).encode(
            x=alt.X("x_mid:T", scale=x_scale, axis=x_axis, title=x_title),
            stroke=s["stroke"], fill=s["fill"],
            shape=alt.Shape("date_role:N", title="date role", scale=alt.Scale(domain=ROLE_ORDER, range=ROLE_SHAPES)),
        )
        for nudge in sorted(set(frame["nudge"]))
    ]
    height = height_per_row * max(1, len(order))
    layer = alt.layer(bars, *points).properties(title=title, height=height, width=420)
    return layer


def _event_rows(events: "pd.DataFrame") -> "pd.DataFrame":
    """Plot frame with one lane per event, named by its most representative mention's label (the one whose
    sentence shares most key terms with the others), prefixed by the number of articles when more than one."""
    from .events import key_terms

    frame = plot_frame(events)
    names = {}
    for event_id, group in frame.groupby("event_id", sort=True):
        terms = [key_terms(t) for t in group["sentence"]]
        scores = [sum(len(t & u) for u in terms) for t in terms]
        best = group["label"].iloc[scores.index(max(scores))]
        docs = group["doc"].nunique()
        names[event_id] = f"[{docs} articles] {best}" if docs > 1 else best
    frame["event"] = [names[e] for e in frame["event_id"]]
    ranks = {s: i for i, s in enumerate(frame.sort_values(["earliest"])["story"].drop_duplicates())}
    frame["story_rank"] = [ranks[s] for s in frame["story"]]
    return frame


def reporting_rows(events: "pd.DataFrame") -> "pd.DataFrame":
    """Rows of the news stories: no reader comments, no archival photos, no background history."""
    from .events import ARCHIVE_STORY, COMMENTS_STORY

    keep = ~events["story"].isin([COMMENTS_STORY, ARCHIVE_STORY]) & (events["status"] != "background")
    return events[keep]


def headline_chart(events: "pd.DataFrame") -> "alt.VConcatChart":
    """The headline figure: one panel per period of stories (e.g. the 2024 story and the teasers of a year
    later), each with its own day-level axis; bars for windows, points for days, forecasts hollow/dashed."""
    import altair as alt

    from .events import ARCHIVE_STORY

    news = reporting_rows(events)
    rows = placed_rows(news)  # unplaced mentions have no date: named in the subtitle instead
    period_of = periods(rows)
    panels, spans = [], []
    for period in sorted(set(period_of.values())):
        stories = sorted(s for s, p in period_of.items() if p == period)
        part = rows[rows["story"].isin(stories)]
        spans.append((min(part["earliest"]), _period_title(part)))
        frame = _event_rows(part)
        title = alt.TitleParams(
            text=_period_title(part),
            subtitle=[f"Stories: {'; '.join(_short(s, 100) for s in stories)}"],
            anchor="start", fontSize=13, subtitleFontSize=11,
        )
        domain = [f"{_iso(min(part['earliest']))}T00:00:00Z", f"{_iso(max(part['latest']) + timedelta(days=1))}T00:00:00Z"]
        days = (max(part["latest"]) - min(part["earliest"])).days + 1
        panels.append(_lanes(frame, alt.Scale(type="utc", domain=domain, nice=False), title=title,
                             daily=days <= DAILY_TICKS_MAX_DAYS))
    archived = events[events["story"] == ARCHIVE_STORY]
    notes = [f"Not drawn: {r.text}, the date of an archival photo (caption {r.section}, “{' '.join(r.label.split(' … ')[0].split()[:4])} …”),"
             " far older than the story it illustrates." for r in archived.itertuples(index=False)]
    chart = alt.vconcat(*panels, spacing=28).resolve_scale(x="independent").properties(
        title=alt.TitleParams(
            text=_headline_title(spans),
            subtitle=["Each panel has its own day axis. Filled: reported; hollow / dashed: expected (forecast).",
                      "Circle: event; triangle: statement dated to its article; square: photo date.", *notes,
                      *unplaced_note(news)],
            anchor="start", fontSize=16,
        )
    )
    return _configure(chart)


def _headline_title(spans: list[tuple[date, str]]) -> str:
    """"Dated events, period by period: A; B (13 months later)" from each period's first date and span."""
    parts = [spans[0][1]] if spans else []
    for (first, _), (later, text) in zip(spans, spans[1:]):
        months = (later.year - first.year) * 12 + later.month - first.month - (later.day < first.day)  # full months
        parts.append(f"{text} ({months} months later)")
    return "Dated events, period by period: " + "; ".join(parts)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + "…"


ZOOM_BEFORE_DAYS = 13
ZOOM_AFTER_DAYS = 7
"""The default zoom window: three weeks around the busiest day, mostly before it (news looks back more)."""


def busiest_window(events: "pd.DataFrame") -> tuple[date, date]:
    """The default zoom window: ZOOM_BEFORE_DAYS before to ZOOM_AFTER_DAYS after the day with most mentions
    in the news stories (ties: the earliest such day)."""
    rows = placed_rows(reporting_rows(events))
    days = rows[rows["earliest"] == rows["latest"]]["earliest"]
    counts = days.value_counts()
    busiest = min(d for d, n in counts.items() if n == counts.max())
    return busiest - timedelta(days=ZOOM_BEFORE_DAYS), busiest + timedelta(days=ZOOM_AFTER_DAYS)


def zoom_chart(events: "pd.DataFrame", start: date | None = None, end: date | None = None) -> "alt.VConcatChart":
    """A day-level timeline between ``start`` and ``end`` (inclusive; default :func:`busiest_window`):
    a brushable overview and a detail view."""
    import altair as alt

    if start is None or end is None:
        start, end = busiest_window(events)
    rows = placed_rows(reporting_rows(events))  # a zoom on dates can only show what has a date
    rows = rows[(rows["latest"] >= start) & (rows["earliest"] <= end)]
    frame = _event_rows(rows)
    domain = [f"{_iso(start)}T00:00:00Z", f"{_iso(end + timedelta(days=1))}T00:00:00Z"]
    brush = alt.selection_interval(name="brush", encodings=["x"], value={"x": [
        alt.DateTime(year=start.year, month=start.month, date=start.day, utc=True),
        alt.DateTime(year=end.year, month=end.month, date=end.day, hours=23, utc=True)]})
    s = _status_scales(frame["status"])
    overview = alt.Chart(frame).mark_bar(height=3, clip=True).encode(
        x=alt.X("x_start:T", scale=alt.Scale(type="utc", domain=domain, nice=False), title="drag to zoom the detail view",
                axis=alt.Axis(format="%b %-d", labelAngle=0)),
        x2="x_end:T",
        y=alt.Y("event:N", sort=frame.sort_values(["story_rank", "earliest", "event_id"])["event"].drop_duplicates().tolist(),
                axis=None),
        color=s["color"], description="aria:N",
    ).add_params(brush).properties(name="overview", width=420, height=60, title=alt.TitleParams(
        "Overview: every event, as in the detail", anchor="start", fontSize=12))
    detail_scale = alt.Scale(type="utc", domain={"param": "brush", "encoding": "x"}, nice=False)
    detail = _lanes(frame, detail_scale, title=alt.TitleParams(
        f"Detail, {start.strftime('%b %-d')} to {end.strftime('%b %-d, %Y')}", anchor="start", fontSize=12))
    chart = alt.vconcat(detail, overview, spacing=20).resolve_scale(stroke="shared").properties(
        title=alt.TitleParams(
            f"Day by day: {start.strftime('%B %-d')} to {end.strftime('%B %-d, %Y')}",
            subtitle=["Brush the overview (bottom) to zoom the detail (top); double-click to reset."],
            anchor="start", fontSize=16,
        )
    )
    return _configure(chart)


REACH_TICKS = [(-365 * 100, "100 years"), (-365 * 10, "10 years"), (-365, "1 year"), (-30, "1 month"),
               (-7, "1 week"), (0, "ref. day"), (7, "+1 week"), (30, "+1 month")]
"""Axis ticks of the reach chart: days relative to the reference date, labelled in words."""


def reach_frame(events: "pd.DataFrame") -> "pd.DataFrame":
    """Per mention, how far from its section's reference date it reaches: days from the reference date to
    the interval's start and end (negative = before). Comments use their lower bound, the post's date.
    Only placed rows are measured (:func:`placed_rows`)."""
    events = placed_rows(events)
    frame = plot_frame(events)
    refs = [r if isinstance(r, date) else nb for r, nb in zip(events["reference_date"], events["reference_not_before"])]
    frame["from_days"] = [(e - r).days for e, r in zip(events["earliest"], refs)]
    frame["to_days"] = [(l - r).days + 1 for l, r in zip(events["latest"], refs)]
    frame["section_row"] = [f"{s} {k}" for s, k in zip(frame["section"], frame["section_kind"])]
    frame["reach"] = [_reach_words(d) for d in frame["from_days"]]
    return frame


NEWS_KINDS_SHOWN = ("headline", "standfirst", "body", "quoted_body")


def _reach_subtitle(frame: "pd.DataFrame") -> list[str]:
    """Data-driven summary: the farthest mention overall, and how far back the news sections reach."""
    if frame.empty:
        return []
    far = frame.sort_values(["from_days", "section"]).iloc[0]
    lines = [f"Farthest back: “{far['text']}” in {far['section']} ({far['section_kind']}), {far['reach']}."]
    news = frame[frame["section_kind"].isin(NEWS_KINDS_SHOWN)]
    if not news.empty:
        lines.append(f"The news sections reach at most {-min(0, int(news['from_days'].min()))} days back.")
    return lines


def _reach_words(days: int) -> str:
    if days >= 0:
        return f"{days} days ahead" if days else "the reference day"
    back = -days
    return f"{back} days back" if back < 365 else f"about {round(back / 365.25)} years back"


def reach_chart(events: "pd.DataFrame") -> "alt.Chart":
    """"How far back do they reach": each section's mentions as spans of days before or after its reference
    date, on a symmetric log scale, so that centuries and days fit on one axis."""
    import altair as alt

    frame = reach_frame(events)  # placed rows only; the others are counted in the subtitle
    order = frame.sort_values(["section"])["section_row"].drop_duplicates().tolist()
    ticks = [t for t, _ in REACH_TICKS]
    label_expr = " : ".join(f"datum.value == {t} ? '{n}'" for t, n in REACH_TICKS) + " : ''"
    x = alt.X("from_days:Q", title="days from the section's reference date (symmetric log scale; left = earlier)",
              scale=alt.Scale(type="symlog", constant=1, domain=[-365 * 1000, 60], nice=False),
              axis=alt.Axis(values=ticks, labelExpr=label_expr, labelAngle=0, grid=True, labelOverlap=False))
    s = _status_scales(frame["status"])
    base = alt.Chart(frame).encode(
        y=alt.Y("section_row:N", sort=order, title="section (id and kind)", axis=alt.Axis(labelLimit=200)),
        tooltip=_tooltip() + [alt.Tooltip("reach:N", title="reach")], description="aria:N",
    )
    spans = base.mark_bar(height=12, strokeWidth=1.5, fillOpacity=0.35).encode(
        x=x, x2="to_days:Q", stroke=s["stroke"], fill=s["fill"], strokeDash=s["dash"])
    back = frame[frame["from_days"] < 0]
    farthest = back.sort_values(["section_row", "from_days", "start"]).drop_duplicates("section_row")
    words = alt.Chart(farthest).mark_text(align="right", dx=-4, fontSize=10, color="#333").encode(
        x=alt.X("from_days:Q"), y=alt.Y("section_row:N", sort=order), text="text:N")
    now = alt.Chart(alt.Data(values=[{"x": 0}])).mark_rule(color="#444", strokeDash=[2, 2]).encode(x=alt.X("x:Q"))
    chart = alt.layer(spans, words, now).properties(
        width=640, height=18 * max(1, len(order)),
        title=alt.TitleParams(
            "How far back do they reach? Each section's dated mentions, from its reference date",
            subtitle=_reach_subtitle(frame) + [
                "Bars span each mention; reader comments are measured from the post's date, the earliest they",
                "can have been written. Symmetric log scale: days, weeks and centuries fit on one axis.",
                *unplaced_note(events)],
            anchor="start", fontSize=15,
        ),
    )
    return _configure(chart)


def _configure(chart: Any) -> Any:
    return chart.configure(font=FONT).configure_view(stroke="#dddddd").configure_legend(
        orient="right", titleFontSize=12, labelFontSize=11)


CHARTS = {
    "headline": headline_chart,
    "zoom": zoom_chart,
    "reach": reach_chart,
}
"""Every figure of the project: file stem -> chart function (the figures job and the notebooks use this)."""


def chart_spec(chart: "alt.TopLevelMixin") -> dict[str, Any]:
    """The chart's Vega-Lite spec as a plain dict (validated by Altair)."""
    return chart.to_dict()


def notebook_bundle(chart: "alt.TopLevelMixin", png: bool = True) -> dict[str, Any]:
    """A Jupyter display bundle that is identical on every run: the Vega-Lite spec (interactive in
    JupyterLab), a PNG fallback (for viewers without Vega; nbval does not compare images) and a plain-text line."""
    spec = chart_spec(chart)
    bundle: dict[str, Any] = {"application/vnd.vegalite.v5+json": spec, "text/plain": f"<chart: {_title_text(spec)}>"}
    if png:
        import base64

        import vl_convert as vlc

        raw = vlc.vegalite_to_png(spec, vl_version=_vl_version(), scale=1.0)
        bundle["image/png"] = base64.b64encode(raw).decode("ascii")
    return bundle


def _title_text(spec: dict[str, Any]) -> str:
    title = spec.get("title", "")
    return title.get("text", "") if isinstance(title, dict) else str(title)


def _vl_version() -> str:
    import altair as alt

    major_minor = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    import vl_convert as vlc

    versions = vlc.get_vegalite_versions()
    return major_minor if major_minor in versions else versions[-1]


def show(chart: "alt.TopLevelMixin") -> None:
    """Display a chart in a notebook with :func:`notebook_bundle` (stable outputs for nbval)."""
    from IPython.display import display

    display(notebook_bundle(chart), raw=True)

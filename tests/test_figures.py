"""The committed figures are exactly what the figures job produces now (compared as Vega-Lite specs and data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.charts import CHARTS
from timeline.figures import EVENTS_CSV, TIMELINEJS_JSON, build_figures

ROOT = Path(__file__).resolve().parents[1]
FIGURES = ROOT / "figures"
REGENERATE = "stale: run `make figures` and commit figures/"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("figures")
    build_figures(ROOT / "seeds", out, data_dir=out)
    return out


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_committed_spec_matches_the_current_chart(built, name):
    """figures/<name>.vl.json equals the spec the chart function builds from the seeds today."""
    committed = FIGURES / f"{name}.vl.json"
    assert committed.is_file(), f"figures/{name}.vl.json is missing: {REGENERATE}"
    assert json.loads(committed.read_text("utf-8")) == json.loads((built / f"{name}.vl.json").read_text("utf-8")), REGENERATE


@pytest.mark.parametrize("name", [EVENTS_CSV, TIMELINEJS_JSON])
def test_committed_data_files_match(built, name):
    """The committed events table (CSV) and TimelineJS document equal today's output, byte for byte."""
    assert (FIGURES / name).read_bytes() == (built / name).read_bytes(), REGENERATE


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_has_its_static_exports(built, name):
    """Each chart is written as SVG, PNG and a self-contained HTML page, here and in the committed folder."""
    for folder in (built, FIGURES):
        svg = (folder / f"{name}.svg").read_text("utf-8")
        assert svg.startswith("<svg") and "</svg>" in svg
        assert (folder / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        page = (folder / f"{name}.html").read_text("utf-8")
        # Self-contained: the Vega libraries are inlined, nothing is fetched from a CDN.
        assert "vegaEmbed" in page and "cdn.jsdelivr.net" not in page


def test_no_stray_figures():
    """Every committed chart file belongs to a chart the job still builds (no leftovers of renamed charts)."""
    stems = {p.name.split(".")[0] for p in FIGURES.glob("*") if p.suffix in {".svg", ".png", ".html"}}
    assert stems <= set(CHARTS)

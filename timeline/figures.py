"""The figures job: build the events table of a corpus and write every chart as Vega-Lite, SVG, PNG and HTML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

PNG_SCALE = 2.0
"""PNG pixels per chart pixel: sharp on high-density screens and in print."""
EVENTS_CSV = "events.csv"
TIMELINEJS_JSON = "events.timelinejs.json"


def spec_json(spec: dict[str, Any]) -> str:
    """A Vega-Lite spec as stable JSON text (sorted keys, one trailing newline)."""
    return json.dumps(spec, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def chart_specs(events: "pd.DataFrame") -> dict[str, dict[str, Any]]:
    """Every project chart's Vega-Lite spec, by file stem (see ``timeline.charts.CHARTS``)."""
    from .charts import CHARTS, chart_spec

    return {name: chart_spec(make(events)) for name, make in CHARTS.items()}


def write_chart(spec: dict[str, Any], stem: Path) -> list[Path]:
    """Write ``stem``.vl.json, .svg, .png and a self-contained .html (Vega inlined; works offline)."""
    import vl_convert as vlc

    from .charts import _vl_version

    version = _vl_version()
    paths = {
        ".vl.json": spec_json(spec).encode("utf-8"),
        ".svg": vlc.vegalite_to_svg(spec, vl_version=version).encode("utf-8"),
        ".png": vlc.vegalite_to_png(spec, vl_version=version, scale=PNG_SCALE),
        ".html": vlc.vegalite_to_html(spec, vl_version=version, bundle=True).encode("utf-8"),
    }
    written = []
    for suffix, data in paths.items():
        path = stem.with_name(stem.name + suffix)
        path.write_bytes(data)
        written.append(path)
    return written


def write_data(events: "pd.DataFrame", data_dir: Path) -> list[Path]:
    """Write the events table as CSV and as a TimelineJS3 document."""
    from .events_io import write_table

    data_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fmt in ((EVENTS_CSV, "csv"), (TIMELINEJS_JSON, "timelinejs")):
        path = data_dir / name
        with path.open("w", encoding="utf-8", newline="\n") as out:
            write_table(events, fmt, out)
        written.append(path)
    return written


def build_figures(corpus_dir: Path, out_dir: Path, data_dir: Path | None = None) -> list[Path]:
    """``timeline figures``: the events table of ``corpus_dir`` and every chart, written to ``out_dir``."""
    from .corpus import load_corpus
    from .events import extract_events

    events = extract_events(load_corpus(corpus_dir))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = write_data(events, data_dir or out_dir)
    for name, spec in chart_specs(events).items():
        written += write_chart(spec, out_dir / name)
    return written


def refresh_notebooks(paths: list[Path], timeout: int = 600) -> list[Path]:
    """Re-execute notebooks in place (kernel ``python3``, run from the notebook's folder) and save them with
    their outputs, without execution timestamps, so that nbval compares them against a fresh run."""
    import nbformat
    from nbclient import NotebookClient

    for path in paths:
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=timeout, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
        nb.metadata.pop("widgets", None)
        nb.metadata["language_info"] = {"name": "python"}
        nbformat.write(nb, path)
    return paths


if __name__ == "__main__":  # python -m timeline.figures notebooks/*.ipynb  (refresh stored notebook outputs)
    import sys

    for done in refresh_notebooks([Path(p) for p in sys.argv[1:]]):
        print(done)

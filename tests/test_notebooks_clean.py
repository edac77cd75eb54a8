"""Stored notebook outputs are portable: no warnings on stderr, no machine paths, no random ids or timestamps."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
MACHINE_PATH = re.compile(r"(/(home|root|tmp|Users)/|[A-Z]:\\\\|site-packages)")


def outputs(path: Path) -> list[dict]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [out for cell in cells if cell["cell_type"] == "code" for out in cell.get("outputs", [])]


def test_there_are_notebooks_with_outputs():
    """nbval compares stored outputs, so each notebook must carry some."""
    assert NOTEBOOKS and all(outputs(p) for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_stderr_outputs(path):
    """A warning stored in a notebook would hold this machine's paths and break nbval elsewhere."""
    assert [o for o in outputs(path) if o.get("name") == "stderr"] == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_machine_paths_random_ids_or_timestamps(path):
    """Outputs hold nothing that changes with the machine, the run or the clock."""
    text = json.dumps(outputs(path))
    assert not MACHINE_PATH.search(text)
    assert "altair-viz-" not in text
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert not any("execution" in cell.get("metadata", {}) for cell in cells)

"""Regression floors on the TempEval-3 training documents; skipped where the data is absent (users' machines)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from timeline.scoring import evaluate_dir

# F1 floors (fractions) per set, about one point below the scores reached when they were set
# (TimeBank 88.4 / 93.3 / 82.1 / 90.1; AQUAINT 84.2 / 93.5 / 76.3 / 85.2): a regression fails, noise does not.
FLOORS = {
    "TimeBank": {"strict": 0.87, "relaxed": 0.92, "value": 0.81, "type": 0.89},
    "AQUAINT": {"strict": 0.83, "relaxed": 0.92, "value": 0.75, "type": 0.84},
}

TBAQ = Path(__file__).resolve().parents[1].parent / "shared" / "tempeval3" / "tbaq-cleaned"


@pytest.mark.parametrize("subset", sorted(FLOORS))
def test_te3_training_scores_stay_above_floors(subset):
    """find_timexes keeps its strict, relaxed, value and type F1 above the recorded floors on each set."""
    folder = TBAQ / subset
    if not folder.is_dir():
        pytest.skip(f"TempEval-3 data not present at {folder}")
    if importlib.util.find_spec("timeline.extract") is None:
        pytest.skip("timeline.extract is not written yet")
    scores = evaluate_dir(folder)
    got = {name: getattr(scores, name).f1 for name in FLOORS[subset]}
    low = {name: (round(got[name], 4), floor) for name, floor in FLOORS[subset].items() if got[name] < floor}
    assert not low, f"{subset}: F1 below floor (got, floor): {low}"

"""Regression floors on the TempEval-3 training documents; skipped where the data is absent (users' machines)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from timeline.scoring import evaluate_dir

# F1 floors (fractions) per set, about one point below the scores reached when they were set
# (TimeBank 90.7 / 94.2 / 83.7 / 91.3; AQUAINT 85.0 / 94.2 / 77.3 / 85.9). The scorer is deterministic,
# so a drop below a floor is a regression, not noise.
FLOORS = {
    "TimeBank": {"strict": 0.895, "relaxed": 0.93, "value": 0.828, "type": 0.90},
    "AQUAINT": {"strict": 0.84, "relaxed": 0.93, "value": 0.765, "type": 0.85},
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

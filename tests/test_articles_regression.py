"""Regression floors on the repository's own hand-annotated news articles (tests/cases/articles*, heldout)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.scoring import evaluate_dir
from timeline.timeml import read_tml

CASES = Path(__file__).parent / "cases"
SIGNAL = re.compile(r"(?i)(?:on|in|at(?! least| most)|since|by|until|for|within|during)\s")

# F1 floors (fractions), about one point below the scores reached when they were set (value F1 97.4, 97.2,
# 95.1, 91.7, 97.1, 92.0 and 84.0; the first, blind scores were 88.9, 84.2, 84.6, 82.0, 90.3, 88.3 and
# 79.8). The gold was written by hand before the tagger first ran on
# these articles (see each folder's README); their errors were then fixed by general rules, so these are
# development sets now.
FLOORS = {
    "articles": {"strict": 0.985, "relaxed": 0.99, "value": 0.965, "type": 0.985},
    "articles2": {"strict": 0.985, "relaxed": 0.985, "value": 0.96, "type": 0.985},
    "articles3": {"strict": 0.97, "relaxed": 0.98, "value": 0.94, "type": 0.98},
    "articles4": {"strict": 0.96, "relaxed": 0.97, "value": 0.905, "type": 0.965},
    "articles5": {"strict": 0.955, "relaxed": 0.98, "value": 0.96, "type": 0.98},
    "articles6": {"strict": 0.945, "relaxed": 0.975, "value": 0.91, "type": 0.96},
    "articles7": {"strict": 0.905, "relaxed": 0.935, "value": 0.83, "type": 0.915},
    # Written and annotated blind, scored once (value F1 88.1); a regression guard, never a tuning target.
    "heldout": {"strict": 0.945, "relaxed": 0.97, "value": 0.87, "type": 0.96},
    # Written and annotated blind, scored at the start and the end of a session (value F1 88.5, then 91.0); its
    # errors were then acted on (93.1), so it is a development set now.
    "heldout2": {"strict": 0.96, "relaxed": 0.975, "value": 0.92, "type": 0.965},
    # Written blind and scored once (value F1 92.4); its errors were then acted on (94.4): a development set now.
    "heldout3": {"strict": 0.965, "relaxed": 0.98, "value": 0.935, "type": 0.97},
    # Written after the session's last rule change and scored once (value F1 86.4): the blind set. A regression
    # guard, never a tuning target.
    "heldout4": {"strict": 0.94, "relaxed": 0.965, "value": 0.855, "type": 0.96},
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_article_scores_stay_above_floors(folder):
    """find_timexes keeps its strict, relaxed, value and type F1 on each hand-annotated set above the floors."""
    scores = evaluate_dir(CASES / folder)
    got = {name: getattr(scores, name).f1 for name in FLOORS[folder]}
    low = {name: (round(got[name], 4), floor) for name, floor in FLOORS[folder].items() if got[name] < floor}
    assert not low, f"{folder}: F1 below floor (got, floor): {low}"


@pytest.mark.parametrize("path", sorted(p for f in FLOORS for p in (CASES / f).glob("*.tml")), ids=lambda p: p.stem)
def test_article_gold_extents_are_exact_and_signal_words_stay_outside(path):
    """Each gold TIMEX3 has a non-empty extent that neither starts with a signal preposition nor ends in a
    possessive, as the TimeML guidelines ask; a broken file would make the floors above meaningless."""
    doc = read_tml(path)
    assert doc.dct is not None and doc.gold
    for t in doc.gold:
        assert t.text == doc.text[t.start:t.end] and t.text.strip() == t.text != ""
        assert not SIGNAL.match(t.text), t.text
        # "New Year's" (the day) is a name, not a possessive.
        assert not t.text.endswith(("'s", "’s")) or t.text.lower().endswith(("new year's", "new year’s")), t.text

"""Negative sentences: words and numbers that look temporal but are not must yield no timex."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

NEGATIVES = Path(__file__).parent / "cases" / "negatives.txt"
SENTENCES = [line for line in NEGATIVES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_enough_negatives() -> None:
    """The negative list is large enough to mean something and has no duplicates."""
    assert len(SENTENCES) >= 70
    assert len(SENTENCES) == len(set(SENTENCES))


@pytest.mark.parametrize("sentence", SENTENCES, ids=[f"neg-{i:03d}" for i in range(1, len(SENTENCES) + 1)])
def test_no_timex(sentence: str) -> None:
    """Modal 'may', verb 'march', counts, scores, model numbers, prices and the like are not dates."""
    from timeline import find_timexes

    found = find_timexes(sentence, date(2024, 10, 31))
    assert found == [], [(t.text, t.value, t.rule) for t in found]

"""Public entry point: find and resolve every temporal expression in a text."""

from __future__ import annotations

from datetime import date

from timeline.recognize import candidates, lower
from timeline.resolve import Resolver
from timeline.timex import Timex


def find_timexes(text: str, reference: date | None, *, language: str = "en", era: int | None = None) -> list[Timex]:
    """Temporal expressions in ``text``, resolved against ``reference`` (the publication date).

    Output is sorted by offset and non-overlapping. With ``reference=None`` relative expressions get
    X-placeholder values and no interval; ``era`` (a year) then picks the century of '97-style years.
    """
    if language != "en":
        raise ValueError(f"unsupported language: {language!r} (only 'en')")
    if not text:
        return []
    low = lower(text)
    resolver = Resolver(text, low, reference, era)
    out: list[Timex] = []
    for cand in candidates(text, low):
        t = resolver.resolve(cand)
        if t is not None and t.start < t.end:
            out.append(t)
    return out

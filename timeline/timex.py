"""The Timex value object: one temporal expression, its extent and its resolution."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Anchor = Literal["absolute", "reference", "previous", "none"]
# TIMEX3 mods in use; ON_OR_AFTER / ON_OR_BEFORE mark a date named as an open bound ("2060 or later").
MODS = ("APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "START", "MID", "END")


@dataclass(frozen=True, init=False)
class Timex:
    """A temporal expression found in a text, with a TIMEX3 value and a plottable interval.

    ``start``/``end`` are offsets into the text it was found in. ``earliest``/``latest``
    are inclusive bounds of what it denotes, ``None`` when it cannot be placed (an
    unanchored duration, or a relative expression with no reference date).
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None
    granularity: str
    earliest: date | None
    latest: date | None
    anchor: Anchor
    rule: str

    def __init__(self, text: str, start: int, end: int, type: TimexType, value: str, mod: str | None,
                 granularity: str, earliest: date | None, latest: date | None, anchor: Anchor, rule: str) -> None:
        # What the generated __init__ of a frozen dataclass does, without its object.__setattr__ call per
        # field: a timex is built for every expression found, and that made up a third of its cost.
        d = self.__dict__
        d["text"], d["start"], d["end"], d["type"], d["value"], d["mod"] = text, start, end, type, value, mod
        d["granularity"], d["earliest"], d["latest"], d["anchor"], d["rule"] = granularity, earliest, latest, anchor, rule

    def shifted(self, offset: int) -> "Timex":
        """The same timex with offsets moved by ``offset`` (section to file offsets)."""
        # Direct construction: dataclasses.replace costs ~3x more on this hot path.
        return Timex(
            self.text, self.start + offset, self.end + offset, self.type, self.value, self.mod,
            self.granularity, self.earliest, self.latest, self.anchor, self.rule,
        )

    def as_record(self) -> dict[str, object]:
        """A flat, JSON-ready dict; dates as ISO strings, missing values as ``None``."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "granularity": self.granularity,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "anchor": self.anchor,
            "rule": self.rule,
        }

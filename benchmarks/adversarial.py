"""Pathological text for the linear-time check: digit runs, slashes, apostrophes, repeated month and weekday names.

Each pattern is a plain function of a seeded RNG returning one run of text; ``adversarial_text`` cycles
through them until the size is reached, as lines or as one single line with no newline at all.
"""

from __future__ import annotations

import random
from typing import Callable

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan.", "Feb.", "Sept.", "Oct.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def digit_run(rng: random.Random) -> str:
    """One long run of digits with no separator."""
    return "".join(rng.choice("0123456789") for _ in range(rng.randint(2_000, 20_000)))


def slash_run(rng: random.Random) -> str:
    """Numbers joined by slashes: 12/3/1999/7/... (every window looks like a numeric date)."""
    return "/".join(str(rng.randint(0, 2030)) for _ in range(rng.randint(500, 3_000)))


def dash_run(rng: random.Random) -> str:
    """ISO-looking runs: 2024-10-18-2024-10-18-..."""
    return "-".join(f"{rng.randint(1900, 2030)}-{rng.randint(1, 12):02d}" for _ in range(rng.randint(300, 2_000)))


def apostrophe_run(rng: random.Random) -> str:
    """Straight and curly apostrophes, alone and before two-digit years: ''' '97'98 ’99’’."""
    bits = ("'", "\u2019", "'9", "'97", "\u201999", "''", "\u2018", "'s", "o'")
    return "".join(rng.choice(bits) for _ in range(rng.randint(1_000, 8_000)))


def month_run(rng: random.Random) -> str:
    """Month names and abbreviations repeated without any day or year."""
    return " ".join(rng.choice(MONTHS) for _ in range(rng.randint(500, 3_000)))


def weekday_run(rng: random.Random) -> str:
    """Weekday names repeated, some possessive, some with parts of the day."""
    forms = [*WEEKDAYS, *(w + "'s" for w in WEEKDAYS), "Monday morning", "last Friday", "next"]
    return " ".join(rng.choice(forms) for _ in range(rng.randint(500, 3_000)))


def date_chain(rng: random.Random) -> str:
    """Almost-dates glued together: 10 October 10 October 2024 2024 Oct. 18, 18, 18,"""
    forms = ("10 October", "2024", "Oct. 18,", "18,", "the 1990s", "ago", "later", "earlier", "days",
             "three", "the", "of", "'97", "a.m.", "p.m.", "10:30", "1/2", "mid-", "late", "early")
    return " ".join(rng.choice(forms) for _ in range(rng.randint(500, 3_000)))


def number_run(rng: random.Random) -> str:
    """Grouped numbers and ranges: 1,000,000,000 ... 10 to 1 to 10 ..."""
    forms = ("1,000", ",000", "10 to", "1", "10's", "1994", "-", "to", "2,024", "3.5", "%", "$", "and")
    return " ".join(rng.choice(forms) for _ in range(rng.randint(1_000, 5_000)))


def punctuation_run(rng: random.Random) -> str:
    """Punctuation and colons that times and abbreviations are made of: 10:10:10 ..., a.m.a.m."""
    forms = ("10:10", ":", ".", "a.m.", "p.m", "...", "..", "-", "--", "\u2014", "(", ")", "\u201c", "\u201d")
    return "".join(rng.choice(forms) for _ in range(rng.randint(1_000, 6_000)))


PATTERNS: tuple[Callable[[random.Random], str], ...] = (
    digit_run, slash_run, dash_run, apostrophe_run, month_run, weekday_run, date_chain, number_run,
    punctuation_run,
)


def adversarial_text(chars: int, *, one_line: bool = False, seed: int = 7) -> str:
    """About ``chars`` characters of pathological runs; ``one_line`` joins them with spaces instead of newlines."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        for pattern in PATTERNS:
            run = pattern(rng)
            parts.append(run)
            size += len(run) + 1
            if size >= chars:
                break
    text = (" " if one_line else "\n").join(parts)[:chars]
    return text if one_line else text + "\n"

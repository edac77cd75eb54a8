"""The vague-window table: bounded date windows for *_REF expressions and uncounted durations.

Each entry maps a normalised phrase to ``(type, value, (start offset, end offset))`` where the
offsets are relative to the reference date r, as ``(amount, unit)`` with unit "d", "m" or "y":

| expression | type, value | earliest .. latest |
|---|---|---|
| now, currently, right now, just now, at present, at the moment, nowadays, these days | DATE PRESENT_REF | r .. r |
| recently, lately | DATE PAST_REF | r-30d .. r |
| the past | DATE PAST_REF | r-5y .. r |
| recent days | DATE PAST_REF | r-7d .. r |
| recent weeks | DATE PAST_REF | r-28d .. r |
| recent months | DATE PAST_REF | r-182d .. r |
| recent quarters | DATE PAST_REF | r-1y .. r |
| recent years | DATE PAST_REF | r-5y .. r |
| recent decades | DATE PAST_REF | r-30y .. r |
| soon, shortly | DATE FUTURE_REF | r+1d .. r+30d |
| the future, the near future, some distant future, the near term, the short term | DATE FUTURE_REF | r+1d .. r+1y |
| the long term, the longer term | DATE FUTURE_REF | r+1d .. r+10y |
| the coming days, the next few days, the days ahead, (within) days, (just) days away, (within) hours, hours away | DATE FUTURE_REF | r+1d .. r+7d |
| the coming weeks, the next few weeks, the weeks ahead, within weeks, weeks away | DATE FUTURE_REF | r+1d .. r+28d |
| the coming months, the next few months, the months ahead, within months | DATE FUTURE_REF | r+1d .. r+182d |
| the coming quarters, the next few quarters, future quarters | DATE FUTURE_REF | r+1d .. r+1y |
| the coming years, the next few years, the years ahead, future years, within years | DATE FUTURE_REF | r+1d .. r+5y |
| the coming decades | DATE FUTURE_REF | r+1d .. r+30y |
| several (or bare) hours / days / weeks / months / years later / earlier (resolve.r_offset) | DATE FUTURE_REF / PAST_REF | p+2u .. p+7u / p-7u .. p-2u, p the previous date (else r) |
| for days / weeks / months / years / decades / centuries (duration, past sentence) | DURATION PXD .. PXCE | r-7d / r-28d / r-182d / r-5y / r-30y / r-300y .. r |

"the past" and "the future" get wide windows because they are unbounded in the text: these are
plotting hints, not claims. Durations in a sentence that is not in the past tense stay unanchored.
"""

from __future__ import annotations

Offset = tuple[int, str]

NOW: tuple[Offset, Offset] = ((0, "d"), (0, "d"))

WINDOWS: dict[str, tuple[str, str, tuple[Offset, Offset]]] = {
    "now": ("DATE", "PRESENT_REF", NOW),
    "right now": ("DATE", "PRESENT_REF", NOW),
    "just now": ("DATE", "PRESENT_REF", NOW),
    "currently": ("DATE", "PRESENT_REF", NOW),
    "at present": ("DATE", "PRESENT_REF", NOW),
    "at the moment": ("DATE", "PRESENT_REF", NOW),
    "nowadays": ("DATE", "PRESENT_REF", NOW),
    "these days": ("DATE", "PRESENT_REF", NOW),
    "recently": ("DATE", "PAST_REF", ((-30, "d"), (0, "d"))),
    "lately": ("DATE", "PAST_REF", ((-30, "d"), (0, "d"))),
    "the past": ("DATE", "PAST_REF", ((-5, "y"), (0, "d"))),
    "recent days": ("DATE", "PAST_REF", ((-7, "d"), (0, "d"))),
    "recent weeks": ("DATE", "PAST_REF", ((-28, "d"), (0, "d"))),
    "recent months": ("DATE", "PAST_REF", ((-182, "d"), (0, "d"))),
    "recent quarters": ("DATE", "PAST_REF", ((-1, "y"), (0, "d"))),
    "recent years": ("DATE", "PAST_REF", ((-5, "y"), (0, "d"))),
    "recent decades": ("DATE", "PAST_REF", ((-30, "y"), (0, "d"))),
    "soon": ("DATE", "FUTURE_REF", ((1, "d"), (30, "d"))),
    "shortly": ("DATE", "FUTURE_REF", ((1, "d"), (30, "d"))),
    "the future": ("DATE", "FUTURE_REF", ((1, "d"), (1, "y"))),
    "the long term": ("DATE", "FUTURE_REF", ((1, "d"), (10, "y"))),
    "the coming days": ("DATE", "FUTURE_REF", ((1, "d"), (7, "d"))),
    "the coming weeks": ("DATE", "FUTURE_REF", ((1, "d"), (28, "d"))),
    "the coming months": ("DATE", "FUTURE_REF", ((1, "d"), (182, "d"))),
    "the coming quarters": ("DATE", "FUTURE_REF", ((1, "d"), (1, "y"))),
    "the coming years": ("DATE", "FUTURE_REF", ((1, "d"), (5, "y"))),
    "the coming decades": ("DATE", "FUTURE_REF", ((1, "d"), (30, "y"))),
    "within hours": ("DATE", "FUTURE_REF", ((1, "d"), (7, "d"))),
    "within days": ("DATE", "FUTURE_REF", ((1, "d"), (7, "d"))),
    "within weeks": ("DATE", "FUTURE_REF", ((1, "d"), (28, "d"))),
    "within months": ("DATE", "FUTURE_REF", ((1, "d"), (182, "d"))),
    "within years": ("DATE", "FUTURE_REF", ((1, "d"), (5, "y"))),
    "hours away": ("DATE", "FUTURE_REF", ((1, "d"), (7, "d"))),
    "days away": ("DATE", "FUTURE_REF", ((1, "d"), (7, "d"))),
    "weeks away": ("DATE", "FUTURE_REF", ((1, "d"), (28, "d"))),
}

# Uncounted durations ("for decades"): how far back a past-tense sentence reaches.
DURATION_LOOKBACK: dict[str, Offset] = {
    "D": (-7, "d"), "W": (-28, "d"), "M": (-182, "d"), "Y": (-5, "y"), "DE": (-30, "y"),
    "CE": (-300, "y"), "H": (-1, "d"), "MIN": (0, "d"), "S": (0, "d"),
}

_ALIASES = {"the near future": "the future", "the immediate future": "the future",
            "the foreseeable future": "the future", "the distant future": "the future",
            "some distant future": "the future", "some future": "the future", "the longer term": "the long term",
            "the shorter term": "the future",
            "the near term": "the future", "the short term": "the future",
            "the days ahead": "the coming days", "the weeks ahead": "the coming weeks",
            "the months ahead": "the coming months", "the years ahead": "the coming years",
            "in the future": "the future", "coming days": "the coming days",
            "coming weeks": "the coming weeks", "coming months": "the coming months",
            "coming years": "the coming years", "coming quarters": "the coming quarters",
            "coming decades": "the coming decades", "future days": "the coming days", "future weeks": "the coming weeks",
            "future months": "the coming months", "future quarters": "the coming quarters",
            "future years": "the coming years", "future decades": "the coming decades", "in coming days": "the coming days",
            "in coming weeks": "the coming weeks", "in coming months": "the coming months",
            "in coming years": "the coming years"}


def lookup(phrase: str) -> tuple[str, str, tuple[Offset, Offset]] | None:
    """The window entry for a phrase (case and spacing normalised), or None.

    A bare plural unit ("days", as in "within days") reads as "within days"."""
    key = " ".join(phrase.lower().split())
    if key in ("hours", "days", "weeks", "months", "years"):
        key = "within " + key
    for lead in ("just ", "only "):
        if key.startswith(lead) and key.endswith(" away"):
            key = key[len(lead):]
    if key.startswith("the next few "):
        key = "the coming " + key[len("the next few "):]
    key = _ALIASES.get(key, key)
    return WINDOWS.get(key)

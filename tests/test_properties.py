"""Property tests: on any text, find_timexes returns well-formed, ordered, non-overlapping timexes."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

FRAGMENTS = [
    "Oct.", "18", ",", "2024", "October", "18th", "the", "1990s", "'97", "’99", "New Year's Eve", "Christmas Day",
    "10/7", "3/4/", "2024-10-18", "-", "/", "'", "’", "Monday", "Thursday's", "last", "next", "this", "week",
    "weekend", "over", "ago", "later", "earlier", "a day", "three decades", "3 decades +", "+", "recent", "days",
    "within", "the coming", "now", "soon", "for", "decades", "every", "year", "weekly", "morning", "at", "3 p.m.",
    "10:30", "a.m.", "ET", "May", "march", "sat", "sun", "we", "8,000", "10 to 1", "mid-", "late", "early",
    "nineteenth", "century", "quarter", "of", "the last 5-years", "that year", "the same day", "before", "\n",
    "  ", ".", "’s", "Mo", "1994", "F-16", "$2,024", "%", "v2.10", "Dec", "31", "29", "Feb",
]

REFERENCES = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
DATEISH = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join)
JOINED = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join)


def _check(text: str, reference: date | None) -> None:
    from timeline import find_timexes

    found = find_timexes(text, reference)
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= previous_end, "timexes must be sorted by start and must not overlap"
        previous_end = t.end
        assert t.type in {"DATE", "TIME", "DURATION", "SET"}
        assert t.anchor in {"absolute", "reference", "previous", "none"}
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), reference=REFERENCES)
def test_arbitrary_text_is_well_formed(text: str, reference: date | None) -> None:
    """Any unicode text: no exception, valid offsets, sorted, non-overlapping, earliest <= latest."""
    _check(text, reference)


@settings(max_examples=200, deadline=None)
@given(text=DATEISH, reference=REFERENCES)
def test_dateish_phrases_are_well_formed(text: str, reference: date | None) -> None:
    """Space-joined date-like fragments (partial dates, offsets, windows): the same invariants hold."""
    _check(text, reference)


@settings(max_examples=200, deadline=None)
@given(text=JOINED, reference=REFERENCES)
def test_glued_fragments_are_well_formed(text: str, reference: date | None) -> None:
    """Fragments glued with no spaces (scraped run-together text): the same invariants hold."""
    _check(text, reference)

"""The fast paths give exactly what the plain ones give: lower-casing, the trie gate, the master pattern, JSON lines."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import recognize as rec
from timeline.catalog import ReferenceDate
from timeline.corpus import load_text
from timeline.pipeline import document_json_lines, document_records
from timeline.retrie import trie_factored

WORDS = [
    "two", "twenty", "twelve", "twenty-one", "the", "this", "that", "then", "three", "thirty", "more", "some",
    "someone", "years", "year", "days", "day's", "week", "weeks", "month", "decades", "ago", "later", "earlier",
    "early", "late", "mid-", "last", "next", "past", "coming", "in", "for", "of", "over", "since", "by", "'97",
    "’99", "2024", "18", "Oct.", "oct", "October", "May", "may", "march", "Monday", "Sunday's", "now", "nowadays",
    "within", "weeks away", "just", "only", "once", "a", "an", "few", "couple", "every", "per", "fiscal", "q3",
    "Christmas", "new year", "spring", "noon", "midnight", "at present", "at the moment", "recent", "fy2024",
    "post-2020", "pre-1990", "year-end", "year's", "nineteen", "two thousand", "É", "İ", "\u212a", "’", "'",
    ",", ".", "-", "\n", "  ", "x", "q",
]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=30).flatmap(
    lambda words: st.sampled_from([" ", ""]).map(lambda sep: sep.join(words)))
CASED = TEXTS.flatmap(lambda t: st.sampled_from([t, t.upper(), t.title()]))
ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(CASED, ANY_TEXT))
def test_lower_is_the_ascii_table_on_any_text(text: str) -> None:
    """The str.lower fast path equals ASCII-only lower-casing, so every offset stays put (İ, É, the Kelvin sign)."""
    assert rec.lower(text) == text.translate(rec._LOWER)


def test_lower_keeps_non_ascii_letters_and_offsets() -> None:
    """Letters str.lower would change or lengthen outside ASCII are left as they are."""
    assert rec.lower("ÉTÉ Oct. 18 \u212a") == "ÉtÉ oct. 18 \u212a"
    assert rec.lower("İstanbul, MAY 2024") == "İstanbul, may 2024"


def test_trie_keeps_what_follows_a_shared_prefix() -> None:
    """'twent' and 'twenty' share a prefix; the trie still lets what follows match after either."""
    pattern = re.compile(trie_factored(r"(?:two|twelve|twent|twenty)(?=\s+years)"))
    assert [bool(pattern.match(t)) for t in ("twenty years", "twent years", "twelve years", "twins years")] == [
        True, True, True, False]


_PLAIN_GATE = re.compile(r"(?<![\w'’])(?=" + rec._bound(rec.GATE) + ")")
_TRIE_GATE = re.compile(r"(?<![\w'’])(?=" + trie_factored(rec._bound(rec.GATE)) + ")")


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_trie_gate_accepts_exactly_the_positions_of_the_plain_gate(text: str) -> None:
    """The master's gate, rewritten as a trie, lets the same word starts through as GATE as written."""
    low = rec.lower(text)
    assert [m.start() for m in _TRIE_GATE.finditer(low)] == [m.start() for m in _PLAIN_GATE.finditer(low)]


_NAMED_MASTER = re.compile(rec._bound(rec._LEFT) + "|".join(rec._PARTS) + rec._RIGHT)


@settings(max_examples=300, deadline=None)
@given(CASED)
def test_master_finds_the_spans_and_rules_of_the_plain_alternation(text: str) -> None:
    """MASTER (plain groups, trie gate) matches where the alternation of the named rules does, with the same
    rule, and the rule's own pattern matched again there gives the same span: features come from that match."""
    low = rec.lower(text)
    for pos in range(len(low)):
        ours, plain = rec.MASTER.search(low, pos), _NAMED_MASTER.search(low, pos)
        if plain is None:
            assert ours is None
            continue
        assert (ours.span(), ours.lastgroup) == (plain.span(), plain.lastgroup)
        again = rec._single(int(ours.lastgroup[1:])).match(low, ours.start())
        assert again is not None and again.groupdict() == {
            k: v for k, v in plain.groupdict().items() if k == plain.lastgroup or k.startswith(plain.lastgroup + "_")}


BODY = (
    "Strike ends after \"three long weeks\" of talks\n"
    "Workers voted on Tuesday to return; the deal runs until March 3, 2026 \\ and beyond.\n"
    "Négociations began in the 1990s, about two decades ago,\tand resumed last year.\n"
    "Comment: I\u2019ll believe it next week.\n"
)


def test_json_lines_are_what_json_dumps_writes_for_each_record(tmp_path: Path) -> None:
    """The hand-formatted JSON lines equal json.dumps(row, ensure_ascii=False) of every record, with quotes,
    backslashes, tabs and non-ASCII text in the document."""
    path = tmp_path / "strike.txt"
    path.write_text(BODY, encoding="utf-8")
    known = load_text(path, date(2025, 6, 4))
    unknown = ReferenceDate(None, "unknown", "no date", not_before=date(2025, 6, 4))  # written as null
    for doc in (known, replace(known, sections=tuple(replace(s, reference=unknown) for s in known.sections))):
        records = document_records(doc)
        assert len(records) >= 4
        expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        assert document_json_lines(doc) == expected

"""The fast paths give exactly what the plain ones give: lower-casing, the trie gate, the master pattern, JSON lines,
the rules' first-character look-aheads, the gated tense-cue scan and its on-demand form, sentence starts, the year check, direct inits."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import recognize as rec
from timeline import tense
from timeline.catalog import ReferenceDate
from timeline.corpus import load_text
from timeline.pipeline import document_json_lines, document_records
from timeline.retrie import first_chars, trie_factored

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
_TRIE_GATE = re.compile(r"(?<![\w'’])(?=" + trie_factored(rec._bound(rec.GATE), spread=rec._GATE_SPREAD) + ")")


def test_spread_splits_a_leading_group_by_first_letter_and_keeps_what_follows() -> None:
    """A branch opening with a group of words becomes one branch per first letter, each with its own copy of what
    follows ('for', 'four' and 'over' before a unit); it matches the same words and nothing more."""
    pattern = r"(?:x|(?:for|over|four)\s+(?:days|weeks)|[\d'])"
    spread = trie_factored(pattern, spread=100)
    assert spread.count("(?:days|weeks)") == 2  # one copy for the f words, one for 'over'
    words = ("for days", "four weeks", "over days", "over", "fo days", "x", "7", "'", "ove weeks", "for  weeks")
    assert [bool(re.match(spread, w)) for w in words] == [bool(re.match(pattern, w)) for w in words] == [
        True, True, True, False, False, True, True, True, False, True]


def test_spread_leaves_a_group_whose_copies_would_be_too_long() -> None:
    """With a small limit, what follows a leading group is not copied: the pattern is only factored."""
    pattern = r"(?:x|(?:for|over)\s+(?:days|weeks))"
    assert trie_factored(pattern, spread=5) == trie_factored(pattern)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_trie_gate_accepts_exactly_the_positions_of_the_plain_gate(text: str) -> None:
    """The master's gate, rewritten as a trie with its leading groups split by first letter, lets the same word
    starts through as GATE as written."""
    low = rec.lower(text)
    assert [m.start() for m in _TRIE_GATE.finditer(low)] == [m.start() for m in _PLAIN_GATE.finditer(low)]


def _named_part(i: int, pattern: str) -> str:
    """Rule ``i`` as the master used to hold it: its groups renamed r<i>_<name>, inside a group named r<i>."""
    body = re.sub(r"\(\?P<(\w+)>", lambda mm: f"(?P<r{i}_{mm.group(1)}>", pattern)
    return f"(?P<r{i}>{rec._bound(body)})"


# The reference: one alternation of the rules with their named groups and the gate as written.
_NAMED_MASTER = re.compile(rec._bound(r"(?<![\w'’])(?=" + rec.GATE + r")(?:") + "|".join(_named_part(i, r.pattern) for i, r in enumerate(rec.RULES))
                           + rec._RIGHT)


@settings(max_examples=300, deadline=None)
@given(CASED)
def test_master_finds_the_spans_and_rules_of_the_plain_alternation(text: str) -> None:
    """MASTER (rules behind their first-character classes, trie gate) starts a match where the alternation of the
    named rules does, with the same rule, and the rule's own pattern matched again there gives the span and the
    features of that alternation's match."""
    low = rec.lower(text)
    for pos in range(len(low)):
        ours, plain = rec.MASTER.search(low, pos), _NAMED_MASTER.search(low, pos)
        if plain is None:
            assert ours is None
            continue
        assert (ours.start(), ours.lastgroup) == (plain.start(), plain.lastgroup)
        again = rec._single(int(ours.lastgroup[1:])).match(low, ours.start())
        prefix = plain.lastgroup + "_"
        assert again is not None and again.span() == plain.span() and again.groupdict() == {
            k[len(prefix):]: v for k, v in plain.groupdict().items() if k.startswith(prefix)}


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


# ---------------------------------------------------------------- first characters, gated scans, direct inits


def test_first_chars_lists_every_character_a_match_can_start_with() -> None:
    """first_chars looks through optional parts, groups and zero-width assertions, and gives up (None) where a
    pattern can match the empty string, starts with any character, or sets flags."""
    cls = first_chars(r"(?<![\d/])(?:the\s+)?(?:early|late)?\d|(?=x)q")
    assert cls is not None
    pattern = re.compile(cls)
    assert all(pattern.fullmatch(c) for c in "telq7")
    assert not any(pattern.fullmatch(c) for c in "axr ")
    assert first_chars(r"(?:ab)?") is None
    assert first_chars(r"(?i)may") is None and first_chars(r"(?i:may)") is None
    assert first_chars(r"[^a]b") is None and first_chars(r".b") is None


def _plain_rule(i: int) -> re.Pattern:
    """Rule ``i`` with the master's right boundary and no first-character look-ahead (the reference)."""
    return re.compile("(?:" + rec._bound(rec.RULES[i].pattern) + rec._RIGHT)


@settings(max_examples=200, deadline=None)
@given(CASED)
def test_first_character_lookahead_never_turns_a_rule_down(text: str) -> None:
    """Each rule with its first-character look-ahead matches at exactly the positions, with exactly the groups,
    of the rule alone: the look-ahead only skips positions where the rule cannot match."""
    low = rec.lower(text)
    for i in range(len(rec.RULES)):
        ours, plain = rec._single(i), _plain_rule(i)
        for pos in range(len(low)):
            a, b = ours.match(low, pos), plain.match(low, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


CUE_WORDS = [
    "he", "will", "won't", "won’t", "shall", "has", "have", "had", "been", "decided", "agreed to", "to", "is", "are",
    "was", "were", "expected", "expected to", "is expected to", "scheduled", "set to", "set off", "going to", "plans to",
    "would", "as soon as", "next week", "next Monday", "upcoming", "tomorrow", "said", "said.", "told reporters",
    "ago", "last", "last until", "last for", "yesterday", "earlier", "took", "fell", "has been", "have reported",
    "had planned", "has scheduled", "the", "a", "an", "be", "being", "be announced", "been started", "the needed",
    "a red", "hundred", "indeed", "I'll", "we’ll", "'ll", "ll", "2024", "Oct.", ".", ",", ";", "\n", "-", "officials",
    # Cues behind an optional opening or a look-around, which the gate splits or leaves out.
    "reopens", "rereports", "reports", "opens", "reopen", "on", "Monday", "March", "has decided to", "had agreed to",
    "he", "it", "cut", "set", "forecast", "may", "might", "could", "not", "have", "be", "released",
    # Schedules that only look ahead, and reporting verbs that date only the report.
    "falls", "expires", "is available", "from", "until", "announced", "confirmed", "the mayor", "followed by",
]
CUE_TEXTS = st.lists(st.sampled_from(CUE_WORDS), max_size=25).flatmap(
    lambda words: st.sampled_from([" ", "", "  "]).map(lambda sep: sep.join(words)))
_PLAIN_CUES = re.compile(tense._CUES_PATTERN)


@settings(max_examples=400, deadline=None)
@given(CUE_TEXTS, st.integers(0, 40))
def test_gated_cue_scan_finds_what_the_plain_cue_pattern_finds(text: str, start: int) -> None:
    """The cue pattern behind its trie gate (negative look-behinds left out of the gate) finds the same cues,
    with the same spans and kinds, as the cue pattern alone, from any starting offset."""
    low = text.lower()
    start = min(start, len(low))
    ours = [(m.span(), m.lastgroup) for m in tense._CUES.finditer(low, start)]
    assert ours == [(m.span(), m.lastgroup) for m in _PLAIN_CUES.finditer(low, start)]


def _eager_cue(index: tense.TenseIndex, start: int, end: int):
    """TenseIndex.cue as written before the on-demand scan: each sentence's cues scanned to its end at once."""
    attached = tense.reported_cue(index.low, start, end)
    if attached is not None:
        return attached
    bounds = index._sentence_bounds(start)
    s, e = max(bounds[0], start - 300), min(bounds[1], start + 300)
    scan_from = tense._safe_start(index.low, bounds[0])
    found = tense._scan_cues(index.low, 0, 0, len(index.low)) if scan_from is None \
        else tense._scan_cues(index.low, scan_from, *bounds)
    (strong, strong_starts), (weak, weak_starts) = found
    near = tense._nearest(strong, strong_starts, s, e, start, end, index.low, weak_starts)
    return near if near is not None else tense._nearest(weak, weak_starts, s, e, start, end, index.low)


_CUE_GAPS = st.sampled_from([" ", " ", ". ", ".\n\n", ", ", "; ", " and "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CUE_WORDS + ["Monday", "in March", "2024"]), _CUE_GAPS), min_size=1,
                max_size=30), st.randoms(use_true_random=False))
def test_cues_scanned_on_demand_decide_as_the_whole_sentence_scan(parts: list, rnd) -> None:
    """One index asked about every word in a random order (so a sentence's scan is resumed from wherever an
    earlier question left it) gives the cue the eager per-sentence scan gives."""
    text = "".join(w + g for w, g in parts)
    spans, pos = [], 0
    for word, gap in parts:
        spans.append((pos, pos + len(word)))
        pos += len(word) + len(gap)
    rnd.shuffle(spans)
    index, fresh = tense.TenseIndex(text, text.lower()), tense.TenseIndex(text, text.lower())
    for start, end in spans:
        assert index.cue(start, end) == _eager_cue(fresh, start, end), (text, start)


_PLAIN_ATTACHED = tense._ATTACHED_REPORT  # the pattern alone, without the word pre-check


@settings(max_examples=400, deadline=None)
@given(CUE_TEXTS)
def test_attached_report_skips_only_windows_the_pattern_cannot_match(text: str) -> None:
    """The reporting verb right before an expression is found with the word pre-check exactly where the
    pattern alone finds it, at every offset (the pre-check must not hide a 'said' cut by the 40-character window,
    nor a reporting verb it does not look for)."""
    low = text.lower() + " on "
    for start in range(len(low) + 1):
        m = _PLAIN_ATTACHED.search(low, max(0, start - 40), start)
        assert tense.attached_report(low, start) == (None if m is None else (start - m.start(), "past")), start


_OPTIONAL_HEADS = r"(?:re)?(?:opens|ends)\s+(?=m)|(?:(?:ha[sd])\s+)?(?:agreed|decided)\s+to|(?<!the\s)[a-z]{3,}ed|(?:ab)?c"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["re", "opens", "ends", " ", "m", "x", "has", "had", "agreed", "to", "the", "abc",
                                 "c", "walked", "reed"]), max_size=12).map("".join))
def test_spread_gate_with_optional_openings_accepts_where_the_pattern_matches(text: str) -> None:
    """A gate whose optional openings are split into the branch with and the one without, with its look-arounds
    left out, matches at every position where the pattern matches (and may match elsewhere: it is a gate)."""
    gate = re.compile(trie_factored(_OPTIONAL_HEADS, loosen=True, spread=1000))
    plain = re.compile(_OPTIONAL_HEADS)
    for pos in range(len(text) + 1):
        if plain.match(text, pos):
            assert gate.match(text, pos), (text, pos)


def test_spread_splits_an_optional_opening_by_first_letter() -> None:
    """'(?:re)?opens' becomes a branch opening with 'r' and one opening with 'o': no branch opens with a group."""
    assert trie_factored(r"(?:re)?opens|ends", spread=1000) == "(?:reopens|opens|ends)"


def test_spread_splits_what_follows_look_behinds_left_out_and_keeps_one_copy() -> None:
    """'(?:(?<=he )|(?<=it ))(?:cut|set)' loosened opens with two empty branches: what follows them is split by
    first letter once, not copied once per look-behind as a branch that opens with a group."""
    assert trie_factored(r"(?:(?<=he )|(?<=it ))(?:cut|set)|x", loosen=True, spread=1000) == "(?:cut|set|x)"


_LOOKAHEAD_SENTENCE_START = re.compile(
    r"(?=[.!?\n])" + "".join(rf"(?<!\b{re.escape(a)})" for a in tense._ABBREVIATIONS) + r"(?<!\b[A-Z])"
    # "at 3 p.m. Monday", "8 p.m. EDT": the period of a meridiem goes on before a day, month, zone or digit
    + r"(?!(?<=\b[ap]\.m)\.[\"'’”)]{0,3}\s{1,8}[(\"'“‘]?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul"
    + r"|Aug|Sep|Oct|Nov|Dec|Eastern|Pacific|Central|Mountain|Atlantic|Local|British|Greenwich)[a-z]*\b|[A-Z]{2,5}\b|\d))"
    + r"(?:[.!?][\"'’”)]{0,3}\s{1,8}|\n\s{0,8}\n)(?=[\"'“‘(]{0,3}[A-Z0-9])")
SENTENCE_BITS = ["Jan.", "U.S.", "a.m.", "p.m.", "8", "Monday", "EDT", "Mr.", "Mr", "X.", "x", "The", "he", ".", "!", "?",
                 "\n", "\n\n", " ", "  ",
                 "\"", "’", "”", ")", "(", "1", "Inc.", "No.", "Sept.", "said", ". The", ".\" He", "!\n\n“A"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_BITS), max_size=30).map("".join))
def test_sentence_starts_are_those_of_the_lookahead_pattern(text: str) -> None:
    """Consuming the punctuation mark first (so the search skips to it) and checking the abbreviations after it
    finds the same sentence boundaries as the look-ahead form."""
    ours = [m.span() for m in tense._SENTENCE_START.finditer(text)]
    assert ours == [m.span() for m in _LOOKAHEAD_SENTENCE_START.finditer(text)]


def _reference_accept_year(original: str, m: re.Match, prefix: str) -> bool:
    """_accept_year written with re.search calls and without the shortcuts (compiled patterns, reordered checks,
    the whitespace test before the \\s+$ patterns). The decisions added since ("as a whole", spans of years) are
    written here too, so the test compares shortcuts, not rules."""
    s, e = m.span(prefix + "y")
    before = original[max(0, s - 30):s].lower()
    if before.endswith(("$", "#", "no. ", "no.", "number ", "£", "€", "+")) or re.search(r"[\d.,]$", before):
        return False
    if re.search(r"\d[-–]$", before) and not re.search(r"(?<!\d)(?:1\d|20)\d\d[-–]$", before):
        return False
    if rec._COUNTED_NOUN_BEFORE.search(before):
        return False
    nxt = re.match(r"\s*(?:to|[-–]|and|or)\s*(\d(?:[\d,]*\d)?)", original[e:e + 20].lower())
    if nxt and not re.fullmatch(r"(?:1\d|20)\d\d|\d\d", nxt.group(1)):
        return False
    after = original[e:e + 30].lower()
    y = int(original[s:e][:4])
    cue = bool(rec._YEAR_CUE_BEFORE.search(before))
    if 1900 <= y <= 2099 and re.match(r"\s+as\s+a\s+whole\b", after):
        return True
    prev_word = re.search(r"([A-Za-z][\w.-]*)\s+$", original[max(0, s - 30):s])
    if prev_word and prev_word.group(1)[0].isupper() and prev_word.group(1).lower().rstrip(".") not in rec._NOT_A_NAME \
            and not rec._YEAR_CUE_BEFORE.search(prev_word.group(1).lower() + " ") and not re.match(r"[,.;:)]", after):
        return False
    if m.group(prefix + "pre"):
        return True
    if y < 1900 and (in_range := rec._early_year_range(original, s, e)) is not None:
        return in_range
    if 1900 <= y <= 2099 and rec.year_span_end(y, after) is not None \
            and (cue or re.search(r"\b(?:budgets?|session|accounts|plan|estimates)\s+$", before)):
        return True
    determiner = re.search(r"\b(?:a|the|its|his|her|their)\s+$", before)
    if 1900 <= y <= 2099 and rec._OPENING_CUE.search(before):
        return True
    if rec._NOT_YEAR_AFTER.match(after) and not rec._YEAR_OK_AFTER.match(after) and not (determiner and 1900 <= y):
        return False
    if not (1900 <= y <= 2099):
        return cue and bool(re.search(r"\b(?:in|since|of|year|by|until|from|during|circa|before|after|to|through)\s*$", before))
    return True


YEAR_CONTEXT = ["In", "in", "the", "The", "Windows", "Boeing", "page", "no.", "$", "#", "555-201-", "1999-", "mid-",
                "since", "A", "its", "budget", "percent", "to", "and", "1,204", "97", "people", "'s", ",", ".", ")",
                "\n", " ", "Oct.", "year", "circa", "election", "Model", "March"]
YEAR_NUMBERS = ["1994", "2010", "1850", "2099", "1000", "1999"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(YEAR_CONTEXT), max_size=8), st.sampled_from(YEAR_NUMBERS),
       st.lists(st.sampled_from(YEAR_CONTEXT), max_size=6), st.sampled_from([" ", ""]))
def test_accept_year_decides_as_the_plain_version(before: list, year: str, after: list, sep: str) -> None:
    """The year check with compiled patterns and reordered pure checks accepts and rejects exactly what the
    version written with re.search calls did."""
    text = sep.join(before) + " " + year + sep + sep.join(after)
    low = rec.lower(text)
    number = [r.name for r in rec.RULES].index("year")
    for pos in range(len(low)):
        m = rec._single(number).match(low, pos)
        if m is not None:
            assert rec._accept_year(text, m, "") == _reference_accept_year(text, m, "")


def test_direct_inits_build_what_the_dataclass_fields_say() -> None:
    """Timex and Candidate set their fields directly (no object.__setattr__ per field): positional and keyword
    construction agree with the declared fields, the objects stay frozen, and dataclasses.replace works."""
    import dataclasses

    from timeline.timex import Timex

    names = [f.name for f in dataclasses.fields(Timex)]
    values = ["Oct. 18", 3, 10, "DATE", "2024-10-18", None, "day", date(2024, 10, 18), date(2024, 10, 18),
              "absolute", "month_day"]
    t = Timex(*values)
    assert [getattr(t, n) for n in names] == values and Timex(**dict(zip(names, values))) == t
    assert dataclasses.replace(t, start=4).start == 4 and hash(dataclasses.replace(t)) == hash(t)
    c = rec.Candidate(1, 5, "year", "date")
    assert (c.start, c.end, c.rule, c.kind, c.feats) == (1, 5, "year", "date", {})
    assert [f.name for f in dataclasses.fields(rec.Candidate)] == ["start", "end", "rule", "kind", "feats"]
    for obj, attr in ((t, "start"), (c, "end")):
        try:
            setattr(obj, attr, 0)
        except dataclasses.FrozenInstanceError:
            continue
        raise AssertionError(f"{type(obj).__name__} is not frozen")


# Rule bodies rewritten for speed (benchmarks/results.md, second speed round), each beside the text it replaced. The
# old text is rebuilt from the module's building blocks so that it follows any later change to them.
_OLD_DURATION_HEAD = (r"(?:(?P<det>the|a|an|another|this|that)\s+)?(?:(?P<rel>past|last|next|first|coming|previous"
                      r"|final|following|initial|latest|remaining|recent|preceding|full|entire|whole|same|additional"
                      r"|further|other|extra|ensuing)\s+)?")
_NEW_DURATION_HEAD = (r"(?:(?P<det>the|a|an|another|this|that)\s+|(?!(?:the|another|this|that)\s))(?:(?P<rel>past"
                      r"|last|next|first|coming|previous|final|following|initial|latest|remaining|recent|preceding|full"
                      r"|entire|whole|same|additional|further|other|extra|ensuing)\s+)?+")
_REWRITES = {
    # rule: ((old text, new text), ...): the new rule is the old one with each old text put back
    "duration": ((_OLD_DURATION_HEAD, _NEW_DURATION_HEAD),
                 (r"\s*(?P<plus>\+)?[\s-]*(?:(?P<adj>", r"\s*+(?P<plus>\+)?+[\s-]*+(?:(?P<adj>")),
    "offset": ((r"\s*(?P<plus>\+\s*)?[\s-]*(?P<unit>", r"\s*+(?P<plus>\+\s*+)?+[\s-]*+(?P<unit>"),
               (r"\s*(?P<plus2>\+\s*)?\s*(?P<dir>", r"\s*+(?P<plus2>\+\s*+)?+\s*+(?P<dir>")),
    "long_adj": ((r"(?:(?P<n>" + rec.NUMDIG + "|" + rec.NUMWORD_EXACT + r")[\s-]+)?(?:(?P<unit>",
                  r"(?:(?P<n>" + rec.NUMDIG + "|" + rec.NUMWORD_EXACT + r")[\s-]+)?+(?:(?P<unit>"),),
}


def _old_and_new(name: str) -> tuple[re.Pattern, re.Pattern]:
    rule = next(r for r in rec.RULES if r.name == name)
    old = rule.pattern
    for before, after in _REWRITES[name]:
        assert old.count(after) == 1, (name, after)
        old = old.replace(after, before)
    return re.compile("(?:" + rec._bound(old) + rec._RIGHT), rec._single(rec.RULES.index(rule))


def _spans(m: re.Match | None) -> tuple | None:
    return None if m is None else (m.span(), *(m.span(g) for g in m.re.groupindex))


DURATION_WORDS = [
    "the", "a", "an", "another", "this", "that", "past", "last", "next", "first", "full", "same", "some", "about",
    "a little more than", "at least", "few", "the next few", "a few", "couple of", "one", "two", "twenty", "twenty-one",
    "seven", "seventy", "a hundred", "half an", "3", "1,000", "2.5", "1 1/2", "3 ½", "+", " +", "+ ", "-", "--", " ",
    "   ", "\t", "\n", "and a half", "tough", "straight", "more", "years", "year", "day", "days", "weeks", "hour",
    "fortnight", "quarter", "hrs", "min", "ago", "earlier", "later", "on", "from now", "back", "or so", "old", "long",
    "year-long", "week-", "‐", "of", "in", "to", "x", ",", ".",
]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(sorted(_REWRITES)), st.lists(st.sampled_from(DURATION_WORDS), max_size=14),
       st.sampled_from([" ", "", "  "]))
def test_rewritten_rules_match_where_and_as_the_old_text_did(name: str, words: list, sep: str) -> None:
    """Each rule rewritten for speed (a possessive run, an optional opening that cannot be skipped once a word
    fills it) matches at every offset exactly where the old text did, with the same span and the same span for
    every named group."""
    text = sep.join(words)
    old, new = _old_and_new(name)
    for pos in range(len(text) + 1):
        assert _spans(new.match(text, pos)) == _spans(old.match(text, pos)), (name, text[pos:])


def test_rewritten_rules_keep_a_skippable_article() -> None:
    """'a year' is a count read from 'a' (no determiner), 'some years' a vague count after the modifier 'some' was
    tried: the openings that can be skipped still are, while 'the year' is no duration (the determiner is not
    skipped to try 'the' as a count)."""
    _, new = _old_and_new("duration")
    assert new.match("a year").group("n", "det") == ("a", None)
    assert new.match("some years").group("n", "mod") == ("some", None)
    assert new.match("the next few days").group("det", "rel", "n") == ("the", "next", "few")
    assert new.match("the year") is None

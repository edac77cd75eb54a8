"""Tense cues: sentence-by-sentence scanning finds exactly what one scan of the whole text finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import tense
from timeline.tense import TenseIndex, tense_at


def _whole_text_cue(text: str, start: int, end: int):
    """Reference: the deciding cue from one scan of the whole text (the index's former behaviour)."""
    low = text.lower()
    attached = tense.reported_cue(low, start, end)
    if attached is not None:
        return attached
    strong, weak = [], []
    for m in tense._CUES.finditer(low):
        kind, is_weak = tense.classify(m, low)
        (weak if is_weak else strong).append((m.start(), m.end(), kind))
    s, e = TenseIndex(text, low).sentence(start)
    weak_starts = [c[0] for c in weak]
    found = tense._nearest(strong, [c[0] for c in strong], s, e, start, end, low, weak_starts)
    if found is None:  # a cue after a trailing attribution yields to one before: the weak cues are passed too
        found = tense._nearest(weak, weak_starts, s, e, start, end, low)
    return found


def test_each_sentence_reads_its_own_verb():
    """A future verb in one sentence and a past one in the next decide for their own sentence only."""
    text = "The board will vote on Monday. The mayor resigned on Friday."
    assert tense_at(text, text.lower(), text.index("Monday"), text.index("Monday") + 6) == "future"
    assert tense_at(text, text.lower(), text.index("Friday"), text.index("Friday") + 6) == "past"


def test_cue_after_a_long_unpunctuated_stretch():
    """With no punctuation for hundreds of characters before a sentence, the cue is still found."""
    filler = " ".join(["word"] * 120)
    text = filler + "\n\nThe vote will come on Monday"
    start = text.index("Monday")
    assert tense_at(text, text.lower(), start, start + 6) == "future"


def test_multiword_cue_across_a_paragraph_break():
    """'going\\n\\nto' is one cue of the earlier sentence; the next sentence's own verb decides there."""
    text = "They were going\n\nTo the fair they walked on Sunday."
    start = text.index("Sunday")
    assert TenseIndex(text, text.lower()).cue(start, start + 6) == _whole_text_cue(text, start, start + 6)
    assert tense_at(text, text.lower(), start, start + 6) == "past"


_WORDS = st.sampled_from([
    "will", "was", "had", "has", "been", "decided", "to", "going", "said", "the", "walked", "be", "planned",
    "next", "week", "Monday", "won't", "we'll", "Mr.", "U.S.", "on", "March", "is", "set", "off", "ago",
    "told", "reporters", "last", "until", "forecast",
    # Capitalised, so that a paragraph break before them starts a sentence inside a multi-word cue.
    "Set", "To", "Been", "Walked", "Decided",
])
_GAPS = st.sampled_from([" ", " ", " ", ". ", ".\n\n", "\n\n", ", ", "! ", "; "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=40))
def test_lazy_scan_matches_whole_text_scan(parts):
    """For every word of arbitrary cue-laden text, the index decides as one whole-text scan does."""
    text = "".join(w + g for w, g in parts)
    index = TenseIndex(text, text.lower())
    pos = 0
    for word, gap in parts:
        assert index.cue(pos, pos + len(word)) == _whole_text_cue(text, pos, pos + len(word)), (text, pos)
        pos += len(word) + len(gap)


def _tense_of(text: str, word: str):
    """The tense the heuristic reads around the first ``word`` of ``text``."""
    start = text.index(word)
    return tense_at(text, text.lower(), start, start + len(word))


def test_present_looking_past_forms_after_he_she_it():
    """'it forecast', 'she cut', 'has set' are past (the present would be 'forecasts', 'cuts'); after 'they' the
    same word may be present, so it is no cue."""
    assert _tense_of("Growth will slow, faster than it forecast in June.", "June") == "past"
    assert _tense_of("The firm has cut jobs in April.", "April") == "past"
    assert _tense_of("They cut jobs in April.", "April") is None


def test_could_plus_verb_looks_ahead_but_not_could_not_or_could_have():
    """'could reopen in April' is a possibility ahead; 'could not', 'could have', 'could be reached' are no cue."""
    assert _tense_of("The bridge could reopen in April.", "April") == "future"
    assert _tense_of("Rescuers could not reach the village in April.", "April") is None
    assert _tense_of("The fire could have started in April.", "April") == "past"  # from 'started'; 'could' is silent
    assert _tense_of("The mayor could be reached in April.", "April") is None


def test_the_verb_last_after_a_modal_is_no_past_cue():
    """'will now last two weeks' has only the future cue; 'last week' and 'did not last' differ."""
    assert _tense_of("The break will now last two weeks from October.", "October") == "future"
    assert _tense_of("Prices rose last week in London.", "London") == "past"


def test_a_cue_across_that_loses_to_one_in_the_clause():
    """'warned on Thursday that strikes could ...': the warning, not the warned-of event, dates Thursday."""
    assert _tense_of("Moscow issued warnings on Thursday that strikes could harm ties.", "Thursday") == "past"


@pytest.mark.parametrize("sentence, target, expected", [
    ("The harvest festival falls on October 3.", "October 3", "future"),
    ("The permit expires on 12 May.", "12 May", "future"),
    ("The gallery reopens at the old mill on Friday 5 June.", "Friday 5 June", "future"),
    ("Tickets are on sale from Monday.", "Monday", "future"),
    ("Buyers can bring the kettles back until 31 March.", "31 March", "future"),
    ("The ferries did not run on 2 January.", "2 January", "past"),
    ("Filmed on Tuesday, the show is available from Friday.", "Tuesday", "past"),
    ("Rebel attacks on Friday wounded four.", "Friday", "past"),
])
def test_a_present_schedule_before_its_date_reads_as_future(sentence: str, target: str, expected: str) -> None:
    """'falls on', 'expires on', 'is available from', 'can ... until' schedule the date after them; the cue does not
    reach back to a date before it ('Filmed on Tuesday, ... is available from Friday'), a negated or plural-noun
    form is no schedule."""
    low = sentence.lower()
    start = low.index(target.lower())
    assert tense_at(sentence, low, start, start + len(target)) == expected


def test_a_meridiem_before_a_day_does_not_end_the_sentence():
    """'at 8 p.m. Monday' goes on (the period belongs to 'p.m.'); before a capitalised word that is no day, month,
    zone or number ('at 8:20 p.m. The week ...') a new sentence starts."""
    from timeline import tense
    assert list(tense._SENTENCE_START.finditer("Polls close at 8 p.m. Monday in most states.")) == []
    assert len(list(tense._SENTENCE_START.finditer("The game starts at 8:20 p.m. The week ends with a bye."))) == 1


def test_a_comparison_does_not_set_the_tense():
    """'..., compared with 70% a week ago': the past of the comparison says nothing of the June meeting."""
    assert _tense_of("Traders see a 40% chance of a cut at the June meeting, compared with 70% a week ago.",
                     "June") is None


def test_a_day_opening_a_reported_clause_takes_that_clause_verb():
    """'said Sunday would decide': Sunday is the reported clause's subject, not the day of the saying."""
    assert _tense_of("The coach said Sunday would decide the title.", "Sunday") == "future"
    assert _tense_of("The coach said Sunday that the title was lost.", "Sunday") == "past"


def test_said_after_a_closing_quote_is_a_weak_attribution():
    """'"... on Monday," said the manager': the quote's own verb decides; 'said' only dates the words."""
    assert _tense_of('"The plant will restart in March," said Ana Ruiz, who runs the union branch.', "March") == "future"

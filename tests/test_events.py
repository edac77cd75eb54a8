"""The events table: sentences, status, attribution, labels, stories, reporting rows and event merging.

Unit tests use short documents written for these tests and hand-made timexes (what the engine is specified to
return), so they test the event rules alone; the last tests run the real engine, and then the seeds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.catalog import ReferenceDate
from timeline.corpus import Corpus, Document, Section
from timeline.events import (
    ARCHIVE_STORY, COMMENTS_STORY, LABEL_MAX, SCANNED_KINDS, attribution_for, events_for_document, events_frame, extract_events,
    make_label, mention_status, reporting_verbs, section_rows,
)
from timeline.sentences import split_sentences
from timeline.timex import Timex

PUB = date(2023, 3, 8)  # a Wednesday


def ref(value: date | None, not_before: date | None = None) -> ReferenceDate:
    return ReferenceDate(value, "cited" if value else "unknown", "test", not_before=not_before)


def make_doc(doc_id: str, parts: list[tuple[str, str, ReferenceDate] | tuple[str, str, ReferenceDate, str]],
             title: str = "Harbour story", published: date = PUB) -> Document:
    """A document whose sections are ``(kind, text, reference[, teaser title])``, joined by blank lines."""
    text, sections, pos = "", [], 0
    for i, part in enumerate(parts, start=1):
        kind, body, reference = part[:3]
        start = len(text)
        text += body
        sections.append(Section(doc_id, i, kind, start, start + len(body), i, i, body, reference,
                                title=part[3] if len(part) > 3 else ""))
        text += "\n\n"
    return Document(doc_id, Path(f"{doc_id}.txt"), title, "example.org", "test", ref(published), text, tuple(sections))


def tx(doc: Document, phrase: str, earliest: date, latest: date | None = None, value: str = "",
       granularity: str = "day", anchor: str = "absolute", occurrence: int = 0) -> Timex:
    """A timex for the ``occurrence``-th ``phrase`` in the document text (file offsets)."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(phrase, start + 1)
    latest = latest or earliest
    return Timex(phrase, start, start + len(phrase), "DATE", value or earliest.isoformat(), None,
                 granularity, earliest, latest, anchor, "test")


def rows_for(doc: Document, timexes: list[Timex]) -> list[dict]:
    out = []
    for section in doc.sections:
        inside = [t for t in timexes if section.start <= t.start < section.end]
        out += section_rows(doc, section, inside)
    return out


# --- sentences -------------------------------------------------------------------------------------------

def test_sentences_keep_offsets_and_skip_abbreviations_and_initials():
    """Spans map back to the text; "U.S.", "Gen." and the initials "J. R." do not end a sentence."""
    text = "The U.S. envoy met Gen. Ortiz on Monday. Talks ended. “We agreed,” said J. R. Smith.\nNew line here"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The U.S. envoy met Gen. Ortiz on Monday.", "Talks ended.", "“We agreed,” said J. R. Smith.", "New line here",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_run_in_teaser_title_is_its_own_sentence():
    """A known headline run into its summary with no space ("...harbourThe port ...") is split off."""
    text = "Storm shuts the harbourThe port closed today. Boats wait."
    assert [s.text for s in split_sentences(text, ("Storm shuts the harbour",))] == [
        "Storm shuts the harbour", "The port closed today.", "Boats wait."]


# --- status ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, earliest, latest, kind, expected", [
    ("Ministers will meet in the coming days", date(2023, 3, 9), date(2023, 3, 15), "body", "expected"),
    ("The vote is expected to take place this week", date(2023, 3, 6), date(2023, 3, 12), "body", "expected"),
    ("The ferry sailed this week", date(2023, 3, 6), date(2023, 3, 12), "body", "reported"),
    ("if the storm returns next week", date(2023, 3, 13), date(2023, 3, 19), "body", "hypothetical"),
    ("should the ferries stay docked until Friday", date(2023, 3, 10), date(2023, 3, 10), "body", "hypothetical"),
    ("The harbour was built in 1887", date(1887, 1, 1), date(1887, 12, 31), "body", "background"),
    ("Boats in the harbour, March 3, 2021", date(2021, 3, 3), date(2021, 3, 3), "caption", "reported"),
    ("The ferry sailed on Monday", date(2023, 3, 6), date(2023, 3, 6), "body", "reported"),
])
def test_status_rules(clause, earliest, latest, kind, expected):
    """Future window or cue -> expected; conditional -> hypothetical; old -> background; captions reported."""
    assert mention_status(clause, earliest, latest, PUB, kind) == expected


def test_status_without_reference_is_never_expected_or_background():
    """A comment with no known date cannot be compared to a reference: rules 3 and 4 do not apply."""
    assert mention_status("back in 1887", date(1887, 1, 1), date(1887, 12, 31), None, "comment") == "reported"


def test_should_as_obligation_is_not_a_conditional():
    """"should be a concern" is not "should these ships ..."; the first is not hypothetical."""
    assert mention_status("that should be a concern on Monday", date(2023, 3, 6), date(2023, 3, 6), PUB, "body") == "reported"


# --- attribution -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, speakers", [
    ("Harbour Master Ana Lopes said the port would reopen.", ["Harbour Master Ana Lopes"]),
    ("“We will reopen,” said Port Authority’s Tom Reyes.", ["Port Authority’s Tom Reyes"]),
    ("Mayor Ines Duarte, speaking at the quay, said the fleet was safe.", ["Mayor Ines Duarte"]),
    ("“We are ready,” he said.", [""]),
    ("The port has said little, as the Gazette previously reported.", []),
    ("The minister would only say that talks continue.", []),
    ("Fishermen warned that prices would rise, Lopes added.", ["Fishermen", "Lopes"]),
])
def test_reporting_verbs_and_speakers(sentence, speakers):
    """Speaker before or after the verb, after an apposition; pronouns give no name; "has said",
    "previously reported" and "would only say" are not dated acts of saying."""
    assert [r.speaker for r in reporting_verbs(sentence)] == speakers


def test_reporting_verb_inside_a_quotation_is_not_the_sentence_speaker():
    """Words inside quotation marks ("they said no") are not an attribution of the sentence."""
    assert [r.speaker for r in reporting_verbs("“They said no to us,” Lopes said.")] == ["Lopes"]


# --- labels ----------------------------------------------------------------------------------------------

def test_label_is_the_clause_with_subject_and_verb():
    """The label starts at the clause's subject and includes its verb and the date phrase."""
    s = "The ferry left Portmarin on Monday, while the trawlers stayed in port."
    assert make_label(s, s.index("Monday"), s.index("Monday") + 6) == "The ferry left Portmarin on Monday"


def test_label_follows_a_when_clause_after_the_date():
    """"... from a week earlier, when X did Y": what happened then is "X did Y"."""
    s = "The new toll is higher than a week earlier, when the council counted 40 boats in the harbour."
    start = s.index("a week earlier")
    assert make_label(s, start, start + len("a week earlier")) == "The council counted 40 boats in the harbour"


@pytest.mark.parametrize("sentence, phrase, speaker", [
    ("The ferries moored now outnumber the ten the navy chief Ortiz says were sunk.", "now", ""),
    ("The ferry sank on Monday, Lopes said.", "Monday", "Lopes"),
    ("Lopes said the ferry sank on Monday.", "Monday", "Lopes"),
])
def test_attribution_needs_a_verb_that_governs_the_mention(sentence, phrase, speaker):
    """A speaker before the mention, or a trailing attribution after a comma, attributes it; a reporting verb
    inside a later relative clause does not."""
    start = sentence.index(phrase)
    assert attribution_for(sentence, start, start + len(phrase)) == speaker


def test_label_moves_a_trailing_attribution_first():
    """“Quote,” X said at Monday's meeting -> "X said at Monday's meeting: Quote"."""
    s = "“We are reopening the quay,” Lopes said at Monday’s meeting."
    start = s.index("Monday")
    assert make_label(s, start, start + 6) == "Lopes said at Monday’s meeting: We are reopening the quay"


def test_label_puts_an_inverted_speaker_before_the_verb():
    """“Quote,” said Jane Roe -> "Jane Roe said: Quote" (the words of the sentence, speaker first)."""
    s = "“The quay will hold,” said Port Authority’s Jane Roe."
    assert make_label(s, s.index("said"), s.index("said") + 4, statement=True) == "Port Authority’s Jane Roe said: The quay will hold"


def test_label_is_cut_at_a_word_boundary_and_keeps_the_date_in_view():
    """Long clauses are cut to LABEL_MAX characters at word boundaries and still show the date phrase."""
    s = ("The harbour authority of the northern province published a long report about the damage to the quays "
         "and the ferries on Monday")
    label = make_label(s, s.index("Monday"), len(s))
    assert len(label) <= LABEL_MAX and label.endswith("on Monday") and label.startswith("The harbour authority")
    assert "…" in label


def test_label_of_a_forecast_inside_reported_speech_starts_at_what_is_said():
    """In "X says Y will happen in the coming days", the forecast's label is Y, not the saying."""
    s = "Lopes says the ferries will sail again in the coming days."
    start = s.index("the coming days")
    assert make_label(s, start, start + 15) == "The ferries will sail again in the coming days"


# --- rows: reporting sentences, photos, stories -----------------------------------------------------------

def test_reporting_sentence_gives_a_statement_row_on_the_reference_date():
    """A news sentence with a reporting verb and only a forecast date yields two rows: the saying (reported,
    on the reference date, anchor publication) and what is said (expected, in its window)."""
    doc = make_doc("a", [("body", "Lopes says the ferries will sail again in the coming days.", ref(PUB))])
    rows = rows_for(doc, [tx(doc, "the coming days", date(2023, 3, 9), date(2023, 3, 15), "FUTURE_REF", "vague", "reference")])
    by_role = {r["date_role"]: r for r in rows}
    assert set(by_role) == {"event", "statement"}
    saying, forecast = by_role["statement"], by_role["event"]
    assert (saying["earliest"], saying["anchor"], saying["status"], saying["attribution"]) == (PUB, "publication", "reported", "Lopes")
    assert (forecast["status"], forecast["earliest"], forecast["latest"]) == ("expected", date(2023, 3, 9), date(2023, 3, 15))


def test_reporting_sentence_with_its_own_date_gets_no_extra_row():
    """"Lopes said on Monday": the date already dates the saying, so no row on the reference date is added."""
    doc = make_doc("a", [("body", "Lopes said on Monday that the quay was safe.", ref(PUB))])
    rows = rows_for(doc, [tx(doc, "Monday", date(2023, 3, 6))])
    assert [(r["date_role"], r["earliest"]) for r in rows] == [("event", date(2023, 3, 6))]


def test_comments_and_headlines_never_get_statement_rows():
    """The reporting-sentence rule applies to news bodies only: not comments, not headlines."""
    doc = make_doc("a", [
        ("headline", "Lopes says the port is safe", ref(PUB)),
        ("comment", "Lopes said nothing useful, as usual.", ref(None, PUB)),
    ])
    assert rows_for(doc, []) == []


def unplaced(doc: Document, phrase: str, value: str, type_: str = "DATE", granularity: str = "day") -> Timex:
    """A timex the engine could not place: no ``earliest``/``latest`` (file offsets of the first ``phrase``)."""
    start = doc.text.index(phrase)
    return Timex(phrase, start, start + len(phrase), type_, value, None, granularity, None, None, "none", "test")


def test_an_unplaceable_mention_yields_exactly_one_explicit_row():
    """Never a dropped row: "10/7" in a comment of unknown date is one row, with empty bounds, marked
    ``unresolved``, its own event, and its label, status and story filled as for any other mention."""
    doc = make_doc("a", [("comment", "The old ferry sank on 10/7 near the pier.", ref(None, PUB))])
    rows = rows_for(doc, [unplaced(doc, "10/7", "XXXX-10-07")])
    assert len(rows) == 1
    row = rows[0]
    assert (row["text"], row["earliest"], row["latest"], row["placement"]) == ("10/7", None, None, "unresolved")
    assert (row["status"], row["story"], row["label"]) == ("reported", COMMENTS_STORY, "The old ferry sank on 10/7 near the pier")
    table = events_frame(rows)
    assert list(table["event_id"]) == ["unresolved/1"] and list(table["placement"]) == ["unresolved"]


def test_a_set_is_one_row_marked_recurring():
    """A set ("every spring") is kept as one row marked ``recurring``, with no bounds."""
    doc = make_doc("a", [("body", "The ferry is repainted every spring.", ref(PUB))])
    rows = rows_for(doc, [unplaced(doc, "every spring", "XXXX-SP", "SET", "season")])
    assert [(r["text"], r["type"], r["placement"], r["earliest"], r["latest"]) for r in rows] == [
        ("every spring", "SET", "recurring", None, None)]


@pytest.mark.parametrize("sentence, phrase, expected", [
    ("The ferry will sail again next winter.", "next winter", "expected"),
    ("The ferry sank a couple of weeks ago.", "a couple of weeks ago", "reported"),
    ("If the ferry sails next winter, we will cheer.", "next winter", "hypothetical"),
])
def test_unplaced_mentions_still_get_a_status(sentence, phrase, expected):
    """With no date to compare, the status comes from the clause: a conditional cue, else its tense."""
    doc = make_doc("a", [("comment", sentence, ref(None, PUB))])
    assert [r["status"] for r in rows_for(doc, [unplaced(doc, phrase, "XXXX-WI")])] == [expected]


def test_an_unplaced_mention_does_not_date_the_act_of_saying():
    """"Lopes said the ferry had sailed for years": the unplaced duration is kept, and the saying still gets
    its statement row on the reference date (only a placed date can stand for the saying)."""
    doc = make_doc("a", [("body", "Lopes said the ferry had sailed for years.", ref(PUB))])
    rows = rows_for(doc, [unplaced(doc, "years", "PXY", "DURATION", "year")])
    assert sorted((r["text"], r["placement"], r["date_role"], r["earliest"]) for r in rows) == [
        ("said", "placed", "statement", PUB), ("years", "unresolved", "event", None)]


def test_caption_dates_are_photo_dates_and_old_ones_are_archival():
    """A caption's date is a photo date; one far older than its section's date is kept out of the story."""
    doc = make_doc("a", [
        ("caption", "Boats in the harbour, March 6, 2023.", ref(PUB)),
        ("caption", "Protesters at the quay, May 2, 2019.", ref(date(2023, 3, 1))),
        ("teaser", "Quay protest returnsProtesters came back today.", ref(date(2023, 3, 1)), "Quay protest returns"),
    ])
    rows = rows_for(doc, [tx(doc, "March 6, 2023", date(2023, 3, 6)), tx(doc, "May 2, 2019", date(2019, 5, 2)),
                          tx(doc, "today", date(2023, 3, 1), anchor="reference")])
    got = {r["text"]: (r["date_role"], r["status"], r["story"]) for r in rows}
    assert got["March 6, 2023"] == ("photo", "reported", "Harbour story")
    assert got["May 2, 2019"] == ("photo", "reported", ARCHIVE_STORY)
    assert got["today"] == ("event", "reported", "Quay protest returns")


def test_story_rule_by_section_kind_and_reference_date():
    """Body near the publication date -> the document's story; teaser with its caption -> the teaser's
    title; comments -> reader comments."""
    doc = make_doc("a", [
        ("body", "The ferry sailed on Monday.", ref(PUB)),
        ("caption", "A market stall, June 2, 2024.", ref(date(2024, 6, 3))),
        ("teaser", "Market reopensThe market reopened today.", ref(date(2024, 6, 3)), "Market reopens"),
        ("comment", "Remember the flood of 1953.", ref(None, PUB)),
    ])
    rows = rows_for(doc, [tx(doc, "Monday", date(2023, 3, 6)), tx(doc, "June 2, 2024", date(2024, 6, 2)),
                          tx(doc, "today", date(2024, 6, 3)), tx(doc, "1953", date(1953, 1, 1), date(1953, 12, 31), "1953", "year")])
    stories = {r["text"]: r["story"] for r in rows}
    assert stories == {"Monday": "Harbour story", "June 2, 2024": "Market reopens", "today": "Market reopens",
                       "1953": COMMENTS_STORY}


# --- corpus-wide: events and stories across documents -------------------------------------------------------

def two_reports() -> tuple[list[dict], dict[str, date]]:
    first = make_doc("a", [("body", "Mayor Ines Duarte closed the Portmarin harbour on Monday after the storm. "
                                    "The bakery on Elm Street opened on Monday.", ref(PUB))], title="Storm closes harbour")
    second = make_doc("b", [("quoted_body", "On Monday, Duarte ordered the Portmarin harbour closed until further notice.",
                             ref(date(2023, 3, 7)))], title="Harbour closed", published=date(2023, 3, 7))
    rows = rows_for(first, [tx(first, "Monday", date(2023, 3, 6)), tx(first, "Monday", date(2023, 3, 6), occurrence=1)])
    rows += rows_for(second, [tx(second, "Monday", date(2023, 3, 6))])
    return rows, {"a": PUB, "b": date(2023, 3, 7)}


def test_same_day_with_shared_key_terms_is_one_event_with_both_sources():
    """The harbour closure reported by both documents shares an event_id; the bakery, same day, does not."""
    rows, published = two_reports()
    frame = events_frame(rows, published)
    closure = frame[frame["sentence"].str.contains("harbour")]
    bakery = frame[frame["sentence"].str.contains("bakery")]
    assert closure["event_id"].nunique() == 1 and set(closure["sources"]) == {"a,b"}
    assert bakery["event_id"].iloc[0] != closure["event_id"].iloc[0] and bakery["sources"].iloc[0] == "a"


def test_documents_sharing_an_event_share_a_story_named_after_the_earliest():
    """Two documents' stories that share an event merge, named after the earlier-published document."""
    rows, published = two_reports()
    frame = events_frame(rows, published)
    assert set(frame["story"]) == {"Harbour closed"}


def test_table_is_sorted_and_deterministic():
    """Rows come sorted by document and offset whatever order they are given in; ids are the same."""
    rows, published = two_reports()
    a = events_frame(rows, published)
    b = events_frame(list(reversed(rows)), published)
    assert a.equals(b)
    assert list(a["start"]) == sorted(a["start"]) or list(a["doc"]) == sorted(a["doc"])


# --- with the engine ----------------------------------------------------------------------------------------

def test_engine_integration_on_a_short_report():
    """Through the real engine: a weekday, a forecast window and a reporting sentence, resolved against the
    section's reference date."""
    doc = make_doc("a", [("body", "The ferry sank on Monday. Lopes says divers will search the wreck in the coming days.",
                          ref(PUB))])
    rows = events_for_document(doc)
    got = sorted((r["text"], r["earliest"], r["status"], r["date_role"]) for r in rows)
    assert ("Monday", date(2023, 3, 6), "reported", "event") in got
    assert ("says", PUB, "reported", "statement") in got
    assert any(r["status"] == "expected" and r["earliest"] > PUB for r in rows)


def test_engine_never_drops_a_mention():
    """Through the real engine: every temporal expression of a comment of unknown date is a row, whether it
    can be placed or not (one row per timex; the unplaced ones have empty bounds)."""
    from timeline.pipeline import section_timexes

    doc = make_doc("a", [("comment", "My uncle sailed it for decades. It sank in 1953, I think.", ref(None, PUB))])
    found = section_timexes(doc.sections[0])
    rows = events_for_document(doc)
    assert len(rows) == len(found) >= 2
    assert {r["text"] for r in rows} == {t.text for t in found}
    for r in rows:
        assert (r["placement"] == "placed") == (r["earliest"] is not None and r["latest"] is not None)


# --- the seeds (acceptance) ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds():
    from timeline.corpus import load_corpus

    return extract_events(load_corpus(Path(__file__).resolve().parents[1] / "seeds"))


def _story_of(seeds, day: date) -> set[str]:
    return set(seeds[(seeds["earliest"] == day)]["story"])


def test_seed_acceptance_2024_story(seeds):
    """The 2024 story holds the Oct 18 footage (photo date), the Oct 30 statement, one Oct 31 event from
    both articles, and forecasts starting after Oct 31."""
    story = seeds[seeds["section_kind"] == "body"]["story"].iloc[0]
    main = seeds[seeds["story"] == story]
    assert ((main["earliest"] == date(2024, 10, 18)) & (main["date_role"] == "photo")).any()
    assert (main["earliest"] == date(2024, 10, 30)).any()
    oct31 = main[main["earliest"] == date(2024, 10, 31)]
    assert (oct31["sources"] == "000,001").any()
    forecasts = main[main["status"] == "expected"]
    assert len(forecasts) >= 3 and (forecasts["earliest"] >= date(2024, 11, 1)).all()


def test_seed_acceptance_teasers_and_photos(seeds):
    """Teaser "today" is 2025-12-08 in its teaser's story; December 2025 caption dates are photos of their
    teasers; the March 2024 caption is an archival photo, not in a December 2025 story."""
    today = seeds[seeds["text"].str.lower() == "today"]
    assert list(today["earliest"]) == [date(2025, 12, 8)] and today["section_kind"].iloc[0] == "teaser"
    photos = seeds[(seeds["date_role"] == "photo") & (seeds["earliest"] >= date(2025, 12, 1))]
    assert len(photos) == 3 and photos["story"].nunique() == 3
    archival = seeds[seeds["earliest"] == date(2024, 3, 20)]
    assert list(archival["story"]) == [ARCHIVE_STORY]


def test_seed_acceptance_weekend_clashes(seeds):
    """The teaser's clashes "over the weekend" are the weekend before its 2025-12-08 date: Dec 6-7."""
    weekend = seeds[seeds["granularity"] == "weekend"]
    assert list(zip(weekend["earliest"], weekend["latest"])) == [(date(2025, 12, 6), date(2025, 12, 7))]


def test_seed_comments_stay_out_of_the_reporting(seeds):
    """Reader comments are their own story and never get statement rows."""
    comments = seeds[seeds["section_kind"] == "comment"]
    assert set(comments["story"]) == {COMMENTS_STORY}
    assert (comments["date_role"] != "statement").all()
    placed = comments[comments["placement"] == "placed"]
    assert placed["earliest"].min() == date(1783, 1, 1)


def test_seed_every_timex_is_a_row(seeds):
    """Never a dropped row, on the seeds: each timex of a scanned section is exactly one ``timex:`` row, and
    the rows without bounds are exactly those not marked ``placed``."""
    from timeline.corpus import load_corpus
    from timeline.pipeline import section_timexes

    corpus = load_corpus(Path(__file__).resolve().parents[1] / "seeds")
    found = sorted((d.id, t.start, t.end) for d in corpus.documents for s in d.sections if s.kind in SCANNED_KINDS
                   for t in section_timexes(s))
    rows = seeds[seeds["rule"].str.startswith("timex:")]
    assert sorted(zip(rows["doc"], rows["start"], rows["end"])) == found
    unbounded = seeds["earliest"].isna() | seeds["latest"].isna()
    assert (unbounded == (seeds["placement"] != "placed")).all() and unbounded.any()


def test_seed_duplicated_caption_counts_once(seeds):
    """The footage caption appears twice on the page but gives one row."""
    assert (seeds["earliest"] == date(2024, 10, 18)).sum() == 1


def test_cli_writes_the_same_table_in_every_format_and_with_jobs():
    """`timeline events` writes one JSON line per table row, the same with --jobs 2, a CSV with the documented
    header, and a TimelineJS document."""
    import io
    import json

    from timeline.cli import main
    from timeline.events import COLUMNS

    seeds_dir = str(Path(__file__).resolve().parents[1] / "seeds")
    outputs = {}
    for args in (["--format", "jsonl"], ["--format", "jsonl", "--jobs", "2"], ["--format", "csv"],
                 ["--format", "timelinejs"]):
        out = io.StringIO()
        assert main(["events", seeds_dir, *args], out=out) == 0
        outputs[" ".join(args)] = out.getvalue()
    lines = outputs["--format jsonl"].splitlines()
    assert outputs["--format jsonl --jobs 2"] == outputs["--format jsonl"]
    assert tuple(json.loads(lines[0])) == COLUMNS
    assert outputs["--format csv"].splitlines()[0] == ",".join(COLUMNS)
    assert len(outputs["--format csv"].splitlines()) == len(lines) + 1
    assert json.loads(outputs["--format timelinejs"])["events"]


# --- properties -------------------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TEXTS = st.lists(st.sampled_from(list("Aab .,;:!?“”\"–\n") + ["U.S.", " said ", " when ", "Mr. ", "Lopes"]),
                 max_size=80).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_sentence_spans_are_ordered_nonoverlapping_slices(text):
    """For any text, sentences are exact slices of it, in order, without overlap, never empty."""
    last_end = 0
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= last_end
        last_end = s.end


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_labels_are_never_longer_than_the_limit(text, data):
    """Whatever the sentence and the phrase in it, the label has at most LABEL_MAX (+1 for "…") characters."""
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert len(make_label(text, start, end)) <= LABEL_MAX + 1


@pytest.mark.parametrize("sentence, speakers", [
    ("Harbour Master Ana Lopes on Monday said the port would reopen.", ["Harbour Master Ana Lopes"]),
    ("Mayor Ines Duarte late Tuesday told reporters the quay was shut.", ["Mayor Ines Duarte"]),
    ("Lopes also said the fleet was safe.", ["Lopes"]),
    ("The coast guard chief on Nov. 3 said two boats were missing.", [""]),
    ("Councillor Grace May on Monday said the bridge was unsafe.", ["Councillor Grace May"]),
    ("Minister Ruiz on March 3 said the levy would stay.", ["Minister Ruiz"]),
    ("Two boats sank on Friday, according to Coast Guard records.", ["Coast Guard records"]),
    ("According to the Harbour Authority, the quay reopens next week.", ["Harbour Authority"]),
    ("The boats left on Monday, according to a senior official who was not named.", ["senior official"]),
    ("The quay was rebuilt according to the plan agreed in 2019.", []),
])
def test_speaker_skips_a_date_between_name_and_verb_and_reads_according_to(sentence, speakers):
    """A weekday or date between the speaker and the verb is not the speaker's name; "according to X" names
    X as the source when X is a name or a source noun, and "according to the plan" reports no claim."""
    assert [r.speaker for r in reporting_verbs(sentence)] == speakers

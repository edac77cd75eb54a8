"""TimeML reading (offsets into the unescaped, tag-free TEXT) and writing (round trip, escaping)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.timeml import GoldTimex, parse_tml, read_tml, write_tml
from timeline.timex import Timex

DCT = '<DCT><TIMEX3 tid="t0" type="DATE" value="{}" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'


def tml(text_body: str, dct_value: str = "2011-03-02", extra: str = "") -> str:
    """A minimal TimeML document around a hand-written TEXT body."""
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>doc-7</DOCID>\n'
        + DCT.format(dct_value)
        + extra
        + "\n<TEXT>"
        + text_body
        + "</TEXT>\n</TimeML>\n"
    )


def make_timex(text: str, start: int, end: int, type_: str, value: str, mod: str | None = None) -> Timex:
    return Timex(text[start:end], start, end, type_, value, mod, "day", None, None, "absolute", "test")


def test_plain_document_gives_id_dct_text_and_offsets():
    """Tags vanish from the text, and each span indexes the remaining characters."""
    doc = parse_tml(
        tml(
            'The bakery <EVENT eid="e1">opened</EVENT> on '
            '<TIMEX3 tid="t1" type="DATE" value="2011-02-28">Monday</TIMEX3> for '
            '<TIMEX3 tid="t2" type="DURATION" value="P3H" mod="APPROX">about three hours</TIMEX3>.'
        )
    )
    assert doc.id == "doc-7"
    assert doc.dct == date(2011, 3, 2)
    assert doc.text == "The bakery opened on Monday for about three hours."
    # "The bakery opened on " is 3+1+6+1+6+1+2+1 = 21 characters; "Monday" is 6 -> 21..27;
    # " for " puts the next at 32; "about three hours" is 17 -> 32..49.
    assert doc.gold == (
        GoldTimex("t1", 21, 27, "Monday", "DATE", "2011-02-28", None),
        GoldTimex("t2", 32, 49, "about three hours", "DURATION", "P3H", "APPROX"),
    )


def test_entities_count_as_one_character_each():
    """&amp; and character references shift later offsets by one character, not by their escaped length."""
    doc = parse_tml(
        tml(
            'Dunn &amp; Co. &lt;caf&#233;&gt; closed '
            '<TIMEX3 tid="t1" type="DATE" value="2011-03-01">yesterday</TIMEX3>.'
        )
    )
    assert doc.text == "Dunn & Co. <café> closed yesterday."
    # "Dunn & Co. <café> closed " = 4+1+1+1+3+1+6+1+6+1 = 25 characters, then "yesterday" (9).
    assert (doc.gold[0].start, doc.gold[0].end) == (25, 34)


def test_nested_tags_inside_and_around_a_timex():
    """A SIGNAL inside a TIMEX3 and a TIMEX3 inside an EVENT keep their characters and the right spans."""
    doc = parse_tml(
        tml(
            '<EVENT eid="e1">Talks <TIMEX3 tid="t1" type="DATE" value="2011-W09">this week</TIMEX3></EVENT> '
            '<TIMEX3 tid="t2" type="DURATION" value="P2D">two days <SIGNAL sid="s1">or</SIGNAL> so</TIMEX3>'
        )
    )
    assert doc.text == "Talks this week two days or so"
    assert [(t.start, t.end, t.text) for t in doc.gold] == [(6, 15, "this week"), (16, 30, "two days or so")]


def test_timex_nested_in_timex_is_read_as_two_spans():
    """An (unusual) TIMEX3 inside another gives two gold spans, outer first."""
    doc = parse_tml(
        tml(
            '<TIMEX3 tid="t1" type="DATE" value="2011-03-03">the day after '
            '<TIMEX3 tid="t2" type="DATE" value="2011-03-02">today</TIMEX3></TIMEX3>'
        )
    )
    assert [(t.tid, t.start, t.end) for t in doc.gold] == [("t1", 0, 19), ("t2", 14, 19)]


def test_timex_outside_text_is_not_gold():
    """Only <TEXT> is annotated text: a TIMEX3 in a title and the DCT itself are not gold spans."""
    title = '<TITLE><TIMEX3 tid="t9" type="DATE" value="2011">2011</TIMEX3> review</TITLE>'
    doc = parse_tml(tml("No dates here.", extra=title))
    assert doc.text == "No dates here."
    assert doc.gold == ()


def test_dct_with_time_part_gives_its_date():
    """A DCT value with a time of day still yields the calendar date."""
    assert parse_tml(tml("x", dct_value="2009-12-31T23:15:00")).dct == date(2009, 12, 31)


def test_dct_found_by_function_when_no_dct_element():
    """Without <DCT>, the CREATION_TIME TIMEX3 elsewhere in the document is the DCT."""
    source = (
        '<TimeML><DOCNO><TIMEX3 tid="t0" type="DATE" value="1999-05-06" functionInDocument="CREATION_TIME">'
        "May 6</TIMEX3></DOCNO><TEXT>hello</TEXT></TimeML>"
    )
    assert parse_tml(source).dct == date(1999, 5, 6)


def test_default_namespace_is_ignored():
    """A TimeML root with a default xmlns still has its TEXT, DCT and TIMEX3 found."""
    source = tml('on <TIMEX3 tid="t1" type="DATE" value="2011">2011</TIMEX3>').replace(
        "<TimeML>", '<TimeML xmlns="http://www.timeml.org/site/publications/timeMLdocs/timeml_1.2.1.xsd">'
    )
    doc = parse_tml(source)
    assert doc.dct == date(2011, 3, 2)
    assert [(t.start, t.end, t.value) for t in doc.gold] == [(3, 7, "2011")]


def test_read_tml_file_uses_stem_when_no_docid(tmp_path):
    """read_tml reads bytes from disk; the file name stands in for a missing DOCID."""
    path = tmp_path / "story-12.tml"
    path.write_text(tml("Fine.").replace("<DOCID>doc-7</DOCID>", ""), encoding="utf-8")
    doc = read_tml(path)
    assert (doc.id, doc.text) == ("story-12", "Fine.")


@pytest.mark.parametrize(
    ("source", "field"),
    [
        (tml("unclosed <TIMEX3 tid='t1'>x"), "xml"),
        ("<TimeML><TEXT>x</TEXT></TimeML>", "DCT"),
        (tml("x", dct_value="sometime"), "DCT"),
        (tml("x", dct_value="2011-02-30"), "DCT"),
        ("<TimeML>" + DCT.format("2011-01-01") + "</TimeML>", "TEXT"),
    ],
    ids=["malformed", "no-dct", "dct-not-a-date", "dct-impossible-date", "no-text"],
)
def test_bad_documents_raise_input_error_naming_the_field(source, field):
    """Each kind of broken input is an InputError that names the file and the field at fault."""
    with pytest.raises(InputError) as info:
        parse_tml(source, name="bad.tml")
    assert (info.value.file, info.value.field) == ("bad.tml", field)


def test_missing_file_is_input_error(tmp_path):
    """A path that cannot be read is an InputError, not an OSError traceback."""
    with pytest.raises(InputError) as info:
        read_tml(tmp_path / "absent.tml")
    assert info.value.field == "file"


def test_write_then_read_keeps_text_spans_values_and_mod():
    """Round trip: characters XML escapes (& < > quotes) and CR LF come back unchanged, spans intact."""
    text = 'Q&A <live> "Tom\'s" set\r\nfor Friday at 3 p.m. & late 2010.'
    friday = text.index("Friday")
    late = text.index("late 2010")
    timexes = [
        make_timex(text, late, late + 9, "DATE", "2010", "END"),  # given out of order on purpose
        make_timex(text, friday, friday + 6, "DATE", "2011-03-04"),
    ]
    written = write_tml("d&1", text, date(2011, 3, 2), timexes)
    doc = parse_tml(written)
    assert doc.text == text
    assert doc.id == "d&1"
    assert doc.dct == date(2011, 3, 2)
    assert [(t.tid, t.start, t.end, t.type, t.value, t.mod) for t in doc.gold] == [
        ("t1", friday, friday + 6, "DATE", "2011-03-04", None),
        ("t2", late, late + 9, "DATE", "2010", "END"),
    ]


def test_written_document_has_timex_tags_and_no_mod_when_unset():
    """The output is TimeML: TIMEX3 elements inside TEXT, with mod only where the timex has one."""
    text = "Since 1990."
    root = ET.fromstring(write_tml("x", text, date(2000, 1, 1), [make_timex(text, 6, 10, "DATE", "1990")]))
    timex = root.find("TEXT/TIMEX3")
    assert timex is not None and timex.text == "1990"
    assert timex.attrib == {"tid": "t1", "type": "DATE", "value": "1990"}
    assert root.find("DCT/TIMEX3").get("functionInDocument") == "CREATION_TIME"


def test_write_without_dct_omits_dct():
    """An unknown creation date writes no DCT (and reading it back then reports the missing DCT)."""
    written = write_tml("x", "hi", None, [])
    assert "<DCT>" not in written
    with pytest.raises(InputError):
        parse_tml(written)


def test_control_characters_replaced_one_for_one():
    """A character XML cannot carry becomes U+FFFD, so later offsets are unchanged."""
    text = "bell\x07 on 1999"
    doc = parse_tml(write_tml("x", text, date(2000, 1, 1), [make_timex(text, 9, 13, "DATE", "1999")]))
    assert doc.text == "bell\ufffd on 1999"
    assert (doc.gold[0].start, doc.gold[0].end) == (9, 13)


@pytest.mark.parametrize(
    "timexes",
    [
        [("abcd", 0, 4), ("cdef", 2, 6)],
        [("", 3, 3)],
        [("fghij", 5, 12)],
    ],
    ids=["overlapping", "empty", "past-the-end"],
)
def test_write_refuses_invalid_timexes(timexes):
    """Overlapping, empty or out-of-range timexes are a programming error: ValueError."""
    objs = [Timex(t, a, b, "DATE", "2000", None, "year", None, None, "absolute", "test") for t, a, b in timexes]
    with pytest.raises(ValueError):
        write_tml("x", "abcdefghij", date(2000, 1, 1), objs)


def test_write_refuses_timex_whose_text_does_not_match():
    """A timex whose text differs from the text at its offsets is refused."""
    bad = Timex("Monday", 0, 6, "DATE", "2000-01-03", None, "day", None, None, "reference", "test")
    with pytest.raises(ValueError):
        write_tml("x", "Friday came", date(2000, 1, 1), [bad])


# Any character XML 1.0 can carry, with the ones that need escaping (and CR, which parsers normalise) made common.
_XML_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
_XML_TEXT = st.text(alphabet=_XML_CHARS | st.sampled_from("&<>\"'\r\n\t]"), max_size=60)


@settings(max_examples=150, deadline=None)
@given(text=_XML_TEXT, cuts=st.lists(st.integers(min_value=0, max_value=60), max_size=6))
def test_round_trip_property(text, cuts):
    """For any XML-representable text and any non-overlapping spans, write then read is the identity."""
    points = sorted({c for c in cuts if c <= len(text)})
    spans = [(a, b) for a, b in zip(points[::2], points[1::2]) if a < b]
    timexes = [make_timex(text, a, b, "DATE", f"v{i}") for i, (a, b) in enumerate(spans)]
    doc = parse_tml(write_tml("p", text, date(2020, 2, 29), timexes))
    assert doc.text == text
    assert [(t.start, t.end, t.value) for t in doc.gold] == [(t.start, t.end, t.value) for t in timexes]

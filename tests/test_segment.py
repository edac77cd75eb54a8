"""The segmenter finds sections by general rules on short synthetic pages (not only the seeds)."""

from __future__ import annotations

import pytest

from timeline.segment import is_credit, segment, split_lines

NEWS_PAGE = """Skip to content
Menu

World News

Storm closes the harbour for a second week as ferries stay docked

Fishing boats are tied up in the harbour of Portmarin on March 3, 2023.

Fishing boats are tied up in the harbour of Portmarin on March 3, 2023.

Jane Doe/AFP via Getty Images

The harbour master said on Monday that ferries would stay in port.

Traders say the closure has already cost them a month of sales.

Related Stories

Grain prices climb as barges wait at the locks, February 2, 2023.

Grain prices climb as barges wait at the locks, February 2, 2023.

REUTERS/John Roe
Barges stuck on the riverThe river authority closed three locks after the flood.
"""

BLOG_PAGE = """Council votes to close the old library on Elm Street next spring
Residents say the decision came without warning.

The council voted 5-2 on Tuesday to close the library.
The mayor said the building needs repairs it cannot afford.
I think the council got this wrong.

This is a disgrace.
the library was the only quiet place in town
Things they did not mention:
– the repair fund from 2019
– the volunteer hours
– Another point on its own.
[…] quoted from the council minutes, which say more.
Agreed.
"""


def kinds(text: str, overrides=()) -> list[tuple[str, int, int]]:
    return [(s.kind, s.first_line, s.last_line) for s in segment(text, overrides)]


def test_news_page_sections_in_order():
    """Navigation, headline, caption once, credit, body, teaser marker, teaser caption/credit/teaser."""
    assert kinds(NEWS_PAGE) == [
        ("boilerplate", 1, 4),
        ("headline", 6, 6),
        ("caption", 8, 8),
        ("credit", 12, 12),
        ("body", 14, 16),
        ("boilerplate", 18, 18),
        ("caption", 20, 20),
        ("credit", 24, 24),
        ("teaser", 25, 25),
    ]


def test_duplicated_caption_is_one_section_recording_its_copy():
    """The second copy of a caption is not a section of its own; its line is kept as a duplicate."""
    captions = [s for s in segment(NEWS_PAGE) if s.kind == "caption"]
    assert [(c.first_line, c.duplicates) for c in captions] == [(8, (10,)), (20, (22,))]


def test_teaser_units_number_captions_credits_and_teasers_together():
    """Everything after the marker belongs to a teaser unit, counted from zero."""
    units = [(s.kind, s.unit) for s in segment(NEWS_PAGE) if s.first_line > 18]
    assert units == [("caption", 0), ("credit", 0), ("teaser", 0)]


def test_blog_page_standfirst_body_then_comment_block_after_blank_line():
    """A body written without blank lines ends at the first blank line; what follows is comments."""
    assert kinds(BLOG_PAGE)[:3] == [("headline", 1, 1), ("standfirst", 2, 2), ("body", 4, 6)]


def test_comments_keep_wrapped_lines_lists_and_excerpts_together():
    """A lowercase start continues a comment; a bullet list after a colon and a "[…]" excerpt join it."""
    assert kinds(BLOG_PAGE)[3:] == [("comment", 8, 9), ("comment", 10, 14), ("comment", 15, 15)]


def test_bullets_without_a_lead_in_form_their_own_comment():
    """Dash lines after a line that does not end with a colon start a new comment of their own."""
    page = "Headline of a post about the budget vote\n\nThe vote passed.\nIt was close.\n\nFine by me.\n– one\n– two\n"
    assert kinds(page)[2:] == [("comment", 6, 6), ("comment", 7, 8)]


def test_paragraphed_body_is_not_cut_at_blank_lines():
    """A body whose paragraphs are separated by blank lines runs on: blank lines there are not a comment block."""
    page = "A headline that is long enough to be one\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird.\n"
    assert kinds(page) == [("headline", 1, 1), ("body", 3, 7)]


def test_overrides_win_over_rules():
    """A catalog override turns a line range into one section of the given kind."""
    assert kinds(BLOG_PAGE, ((6, 6, "authors_note"), (13, 14, "comment")))[2:5] == [
        ("body", 4, 5),
        ("authors_note", 6, 6),
        ("comment", 8, 9),
    ]


def test_empty_and_blank_pages_have_no_sections():
    """An empty file is valid input with no sections."""
    assert segment("") == []
    assert segment("\n\n  \n") == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("EYEPRESS via Reuters Connect", True),
        ("REUTERS/Jane Roe", True),
        ("Photo: Getty Images", True),
        ("The minister said the talks would continue via video link.", False),
        ("Fishing boats in the harbour", False),
    ],
)
def test_credit_lines(line, expected):
    """Credits are short, unpunctuated lines with credit vocabulary; sentences are not credits."""
    assert is_credit(split_lines(line)[0]) is expected


def test_offsets_refer_to_the_original_text_with_crlf():
    """Line spans index the original string even with Windows line endings."""
    text = "one two three four five\r\nsecond line here.\r\n"
    lines = split_lines(text)
    assert [text[ln.start:ln.end] for ln in lines] == ["one two three four five", "second line here."]


def test_short_title_above_a_prose_paragraph_is_the_headline():
    """A plain article titled in four words or fewer: the title is the headline and the paragraph is the body,
    not navigation followed by a one-paragraph headline."""
    page = "Levy rises\n\nThe county board approved a higher levy on Tuesday after three hours of debate, its chair said.\n"
    assert kinds(page) == [("headline", 1, 1), ("body", 3, 3)]


def test_untitled_prose_is_body_without_a_headline():
    """A file that starts with running text has no headline; its first paragraph is body."""
    page = "The county board approved a higher levy on Tuesday after three hours of debate, its chair said.\n"
    assert kinds(page) == [("body", 1, 1)]


def test_navigation_above_a_short_title_stays_boilerplate():
    """Only the last short line above the prose is the title; the label lines above it are navigation."""
    page = ("Skip to content\nLocal\n\nLevy rises\n\n"
            "The county board approved a higher levy on Tuesday after three hours of debate, its chair said.\n")
    assert kinds(page) == [("boilerplate", 1, 2), ("headline", 4, 4), ("body", 6, 6)]


def test_a_long_headline_without_a_period_is_still_the_headline():
    """A headline is not prose: it has no closing full stop, so a long one keeps the usual rule."""
    page = ("Home\n\nCounty board approves a higher levy after three hours of debate on Tuesday night\n\n"
            "The vote was 5 to 2.\n")
    assert kinds(page) == [("boilerplate", 1, 1), ("headline", 3, 3), ("body", 5, 5)]

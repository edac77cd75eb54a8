"""The seed corpus loads with the sections, spans and reference dates that METADATA.md describes."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

import pytest

from timeline import load_corpus
from timeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return {d.id: d for d in load_corpus(SEEDS).documents}


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/seeds is not beside this checkout")
@pytest.mark.parametrize("name", ["000_2ba50d1db0966b91.txt", "001_2ac603933e332158.txt"])
def test_seed_files_are_byte_identical_to_shared(name):
    """The project's seeds are exactly the scraped originals."""
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    assert digest(SEEDS / name) == digest(SHARED / name)


def test_every_section_span_indexes_the_original_file(corpus):
    """Section text is the original file's characters at the section's span."""
    for doc in corpus.values():
        for s in doc.sections:
            assert doc.text[s.start:s.end] == s.text


def test_gzero_page_sections(corpus):
    """001: navigation, headline, one caption with its credit, body, marker, then four teaser units."""
    kinds = [(s.kind, s.line_start, s.line_end) for s in corpus["001"].sections]
    assert kinds[:6] == [
        ("boilerplate", 1, 6),
        ("headline", 8, 8),
        ("caption", 10, 10),
        ("credit", 14, 14),
        ("body", 16, 27),
        ("boilerplate", 29, 29),
    ]
    assert [k for k, _, _ in kinds[6:]] == ["caption", "credit", "teaser"] * 4


def test_gzero_teasers_have_their_own_dates(corpus):
    """Each teaser, its caption and its credit speak from the teaser's date, not the page's."""
    teasers = [s for s in corpus["001"].sections if s.kind == "teaser"]
    assert [s.reference.value for s in teasers] == [
        date(2025, 12, 8), date(2025, 12, 6), date(2025, 12, 4), date(2025, 12, 2),
    ]
    assert teasers[0].title == "Fighting flares on the Thai-Cambodia border"
    last_caption = [s for s in corpus["001"].sections if s.kind == "caption"][-1]
    assert last_caption.reference.value == date(2025, 12, 2)


def test_gzero_caption_counted_once(corpus):
    """The repeated caption line is recorded as a duplicate, not as a second section."""
    captions = [s for s in corpus["001"].sections if s.kind == "caption"]
    assert [(c.line_start, c.duplicates) for c in captions] == [(10, (12,)), (31, (33,)), (37, (39,)), (43, (45,)), (49, (51,))]


def test_blog_post_sections_and_reference_dates(corpus):
    """000: headline and standfirst from the post's date, quoted wire body from 2024-10-31, author's line, comments."""
    sections = corpus["000"].sections
    head = [(s.kind, s.line_start, s.line_end, s.reference.value) for s in sections[:4]]
    assert head == [
        ("headline", 1, 1, date(2024, 11, 1)),
        ("standfirst", 2, 2, date(2024, 11, 1)),
        ("quoted_body", 4, 16, date(2024, 10, 31)),
        ("authors_note", 17, 17, date(2024, 11, 1)),
    ]
    assert sections[2].reference.status == "cited"


def test_blog_comments_have_unknown_but_bounded_dates(corpus):
    """Comments are never given the post's date: unknown, on or after 2024-11-01."""
    comments = [s for s in corpus["000"].sections if s.kind == "comment"]
    assert 50 <= len(comments) <= 60
    assert {(c.reference.value, c.reference.not_before) for c in comments} == {(None, date(2024, 11, 1))}
    milyukov = next(c for c in comments if c.line_start == 55)
    assert milyukov.line_end == 58


def test_sections_command_shows_kinds_lines_and_dates():
    """`timeline sections seeds/` prints a readable line per section, with teaser dates."""
    out = io.StringIO()
    assert main(["sections", str(SEEDS)], out=out) == 0
    text = out.getvalue()
    assert "001:09  teaser       lines 36      ref 2025-12-08 (inferred)" in text
    assert "000:03  quoted_body  lines 4-16    ref 2024-10-31 (cited)" in text
    assert "000:05  comment      lines 19      ref unknown, on or after 2024-11-01" in text
    assert "(repeated at line 12; counted once)" in text

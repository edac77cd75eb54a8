"""Bad input gets one clear line naming the file and the field, exit code 2, never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from timeline.cli import main

ARTICLE = "A headline long enough to be a headline here\n\nThe body says something.\n"


def make_corpus(tmp_path: Path, entry: str, files: dict[str, bytes] | None = None) -> Path:
    files = files if files is not None else {"a.txt": ARTICLE.encode()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "catalog.toml").write_text(entry, encoding="utf-8")
    return tmp_path


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


ENTRY = '[[documents]]\nid = "a"\nfile = "a.txt"\npublished = "{date}"\n'


@pytest.mark.parametrize(
    "name, catalog, files, needles",
    [
        ("missing publication date", '[[documents]]\nid = "a"\nfile = "a.txt"\n', None,
         ["catalog.toml", "documents[0].published", "missing publication date"]),
        ("impossible date", ENTRY.format(date="2024-02-30"), None,
         ["catalog.toml", "documents[0].published", "'2024-02-30' is not a valid calendar date"]),
        ("non-ISO date", ENTRY.format(date="31/10/2024"), None,
         ["catalog.toml", "documents[0].published", "not an ISO date"]),
        ("file named by the catalog does not exist", ENTRY.format(date="2024-10-31").replace("a.txt", "gone.txt"), None,
         ["catalog.toml", "documents[0].file", "'gone.txt' does not exist"]),
        ("text file without catalog entry", ENTRY.format(date="2024-10-31"),
         {"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.encode()},
         ["b.txt", "catalog", "no entry for this file"]),
        ("unknown section kind", ENTRY.format(date="2024-10-31") + '[[documents.sections]]\nlines = [1, 1]\nkind = "sidebar"\n',
         None, ["catalog.toml", "documents[0].sections[0].kind", "unknown section kind 'sidebar'"]),
        ("malformed TOML", "[[documents]\nid = ", None, ["catalog.toml", "catalog", "not valid TOML"]),
        ("override past the end", ENTRY.format(date="2024-10-31") + '[[documents.sections]]\nlines = [2, 40]\nkind = "body"\n',
         None, ["a.txt", "sections[0].lines", "past the end"]),
        ("non-UTF-8 file", ENTRY.format(date="2024-10-31"), {"a.txt": b"Headline line here ok\n\nCaf\xe9 opens.\n"},
         ["a.txt", "encoding", "byte 0xe9 at offset 26 (line 3, column 4)"]),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path, name, catalog, files, needles):
    """Each user mistake exits 2 with a single error line that names the file and the field."""
    make_corpus(tmp_path, catalog, files)
    code, out, err = run("sections", str(tmp_path))
    assert code == 2, name
    assert err.count("\n") == 1 and err.startswith("timeline: error: "), err
    for needle in needles:
        assert needle in err, (name, err)
    assert "Traceback" not in err


def test_empty_file_is_valid_with_no_sections(tmp_path):
    """An empty article is not an error: it simply has no sections."""
    make_corpus(tmp_path, ENTRY.format(date="2024-10-31"), {"a.txt": b""})
    code, out, err = run("sections", str(tmp_path))
    assert (code, err) == (0, "")
    assert out.splitlines() == ["a  a.txt  published 2024-10-31 (inferred)"]


def test_single_file_needs_published_date(tmp_path):
    """A text file with no catalog entry and no --published is refused, naming the field."""
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("sections", str(path))
    assert code == 2 and "story.txt: published: unknown" in err


def test_published_flag_must_be_a_real_date(tmp_path):
    """--published 2023-02-29 is not a date (2023 is not a leap year)."""
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("sections", str(path), "--published", "2023-02-29")
    assert code == 2 and "--published" in err and "not a valid calendar date" in err


def test_missing_path_is_named(tmp_path):
    """A path that does not exist is reported, not a traceback."""
    code, _, err = run("sections", str(tmp_path / "nope"))
    assert code == 2 and "nope: path: no such file or directory" in err


def test_directory_without_catalog(tmp_path):
    """A corpus directory must carry catalog.toml."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("sections", str(tmp_path))
    assert code == 2 and "catalog.toml: missing" in err


def test_enormous_file_is_refused_by_size(tmp_path, monkeypatch):
    """A file above the size limit is refused with its size named, before it is read into memory."""
    import timeline.corpus

    monkeypatch.setattr(timeline.corpus, "MAX_BYTES", 40)
    make_corpus(tmp_path, ENTRY.format(date="2024-10-31"), {"a.txt": b"x" * 41})
    code, _, err = run("sections", str(tmp_path))
    assert code == 2 and "a.txt: file: 41 bytes is larger than the 40-byte limit" in err

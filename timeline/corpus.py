"""Load documents and their sections, each with its text, span in the original file and reference date."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from .catalog import CATALOG_NAME, CatalogEntry, ReferenceDate, read_catalog
from .errors import InputError
from .segment import Segment, segment_lines, split_lines

MAX_BYTES = 200_000_000
"""Refuse single files above this size: a news article is never this large, a mistaken path often is."""


@dataclass(frozen=True)
class Section:
    """A text unit of a document: its kind, span in the original file, and the date it speaks from."""

    doc: str
    index: int
    kind: str
    start: int
    end: int
    line_start: int
    line_end: int
    text: str
    reference: ReferenceDate
    title: str = ""
    duplicates: tuple[int, ...] = ()  # line numbers of repeated copies that are not counted again

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.index:02d}"


@dataclass(frozen=True)
class Document:
    """One article file with its catalog facts and its sections."""

    id: str
    path: Path
    title: str
    site: str
    source: str
    published: ReferenceDate
    text: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Corpus:
    """The documents of a corpus directory, in catalog-file order (sorted by file name)."""

    path: Path
    documents: tuple[Document, ...]


def read_text(path: Path) -> str:
    """Read a UTF-8 text file; errors name the file and, for bad bytes, where the first one is."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), "file", f"cannot read: {exc.strerror}") from None
    if size > MAX_BYTES:
        raise InputError(str(path), "file", f"{size} bytes is larger than the {MAX_BYTES}-byte limit")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            str(path), "encoding",
            f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start} (line {line}, column {column})",
        ) from None


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _reference(seg: Segment, entry: CatalogEntry, path: Path) -> ReferenceDate:
    """The date a segment speaks from: its override, its teaser's date, unknown for comments, else the document's."""
    for override in entry.overrides:
        if override.first_line <= seg.first_line <= override.last_line and override.reference:
            return override.reference
    if seg.unit is not None:
        if seg.unit < len(entry.teasers):
            return entry.teasers[seg.unit].published
        return ReferenceDate(None, "unknown", "teaser without a catalog entry: its own date is not known")
    if seg.kind == "comment":
        return ReferenceDate(
            None, "unknown", "reader comments carry no timestamp; written on or after the post's date",
            not_before=entry.published.value,
        )
    return entry.published


def _teaser_title(seg: Segment, entry: CatalogEntry, text: str, path: Path) -> str:
    if seg.kind != "teaser" or seg.unit is None or seg.unit >= len(entry.teasers):
        return ""
    title = entry.teasers[seg.unit].title
    if not _normal(text).startswith(_normal(title)):
        raise InputError(
            str(path), f"teasers[{seg.unit}].title",
            f"{title!r} does not match the teaser text at this position ({text[:60]!r})",
        )
    return title


def build_document(path: Path, entry: CatalogEntry) -> Document:
    """Read and segment one file, attaching catalog facts and each section's reference date."""
    text = read_text(path)
    lines = split_lines(text)
    overrides = tuple((o.first_line, o.last_line, o.kind) for o in entry.overrides)
    for n, o in enumerate(entry.overrides):
        if o.last_line > len(lines):
            raise InputError(str(path), f"sections[{n}].lines", f"line {o.last_line} is past the end ({len(lines)} lines)")
    sections = []
    for index, seg in enumerate(segment_lines(lines, overrides), start=1):
        start, end = lines[seg.first_line - 1].start, lines[seg.last_line - 1].end
        body = text[start:end]
        sections.append(
            Section(
                doc=entry.id, index=index, kind=seg.kind, start=start, end=end,
                line_start=seg.first_line, line_end=seg.last_line, text=body,
                reference=_reference(seg, entry, path), title=_teaser_title(seg, entry, body, path),
                duplicates=seg.duplicates,
            )
        )
    return Document(entry.id, path, entry.title, entry.site, entry.source, entry.published, text, tuple(sections))


def iter_documents(path: str | Path) -> Iterator[Document]:
    """Yield the documents of a corpus directory one at a time (constant memory for large corpora)."""
    root = Path(path)
    if not root.is_dir():
        raise InputError(str(root), "path", "not a directory")
    catalog_path = root / CATALOG_NAME
    if not catalog_path.is_file():
        raise InputError(str(root), CATALOG_NAME, "missing: a corpus directory needs a catalog of its documents")
    catalog = read_catalog(catalog_path)
    for file in sorted(p for p in root.glob("*.txt")):
        if file.name not in catalog:
            raise InputError(str(file), "catalog", f"no entry for this file in {catalog_path}")
    for name in sorted(catalog):
        yield build_document(root / name, catalog[name])


def load_corpus(path: str | Path) -> Corpus:
    """Load every document of a corpus directory (text files plus ``catalog.toml``)."""
    return Corpus(Path(path), tuple(iter_documents(path)))


def load_text(path: str | Path, published: date | str, doc_id: str | None = None) -> Document:
    """Load a single text file that has no catalog entry, given its publication date."""
    file = Path(path)
    when = published if isinstance(published, date) else _parse_published(published, str(file))
    entry = CatalogEntry(
        id=doc_id or file.stem, file=file.name, title="", site="", source="",
        published=ReferenceDate(when, "cited", "given on the command line"),
    )
    return build_document(file, entry)


def _parse_published(raw: str, file: str) -> date:
    from .catalog import parse_iso_date

    return parse_iso_date(raw, file, "--published")

"""Run the extractor over documents: each section resolved against its own reference date."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .catalog import CATALOG_NAME, read_catalog
from .corpus import Document, Section, build_document, iter_documents, load_text
from .errors import InputError
from .timex import Timex

SKIPPED_KINDS = frozenset({"boilerplate"})
"""Navigation is never scanned: a date there is the crawl's or the site's, not the story's."""


def section_era(section: Section) -> int | None:
    """The year used to read two-digit years when the reference date itself is unknown."""
    ref = section.reference
    known = ref.value or ref.not_before or ref.not_after
    return known.year if known else None


def section_timexes(section: Section) -> list[Timex]:
    """Timexes of one section, resolved against its reference date, with offsets into the original file."""
    return [t.shifted(section.start) for t in _local_timexes(section)]


def corpus_timexes(documents: Iterable[Document]) -> Iterator[tuple[Document, Section, Timex]]:
    """Every timex of every scanned section, in document, section and offset order."""
    for doc in documents:
        for section in doc.sections:
            if section.kind in SKIPPED_KINDS:
                continue
            for timex in section_timexes(section):
                yield doc, section, timex


def document_records(doc: Document) -> list[dict[str, object]]:
    """Every output row of one document (where the timex is, what it speaks from, its resolution),
    in section and offset order.

    The hot path of ``timeline timexes``: the section fields are formatted once per section, and the
    offsets are moved in the record rather than through a shifted copy of each timex.
    """
    rows: list[dict[str, object]] = []
    for section in doc.sections:
        if section.kind in SKIPPED_KINDS:
            continue
        ref = section.reference.value
        head = {"doc": doc.id, "section": section.id, "section_kind": section.kind,
                "reference_date": ref.isoformat() if ref else None}
        for timex in _local_timexes(section):
            row = {**head, **timex.as_record()}
            row["start"], row["end"] = timex.start + section.start, timex.end + section.start
            rows.append(row)
    return rows


def document_json_lines(doc: Document) -> str:
    """``document_records(doc)`` as JSON lines, byte for byte what ``json.dumps(row, ensure_ascii=False)``
    writes for each row, formatted directly: the standard encoder costs more per row than finding the
    timexes does. A test compares the two on varied documents.
    """
    from json.encoder import encode_basestring as quote  # the string encoder json.dumps uses here

    lines: list[str] = []
    for section in doc.sections:
        if section.kind in SKIPPED_KINDS:
            continue
        ref = section.reference.value
        head = (f'{{"doc": {quote(doc.id)}, "section": {quote(section.id)}, "section_kind": {quote(section.kind)}, '
                f'"reference_date": {quote(ref.isoformat()) if ref else "null"}, "text": ')
        shift = section.start
        for t in _local_timexes(section):
            lines.append(
                f'{head}{quote(t.text)}, "start": {t.start + shift}, "end": {t.end + shift}, "type": {quote(t.type)}, '
                f'"value": {quote(t.value)}, "mod": {"null" if t.mod is None else quote(t.mod)}, '
                f'"granularity": {quote(t.granularity)}, '
                f'"earliest": {quote(t.earliest.isoformat()) if t.earliest else "null"}, '
                f'"latest": {quote(t.latest.isoformat()) if t.latest else "null"}, '
                f'"anchor": {quote(t.anchor)}, "rule": {quote(t.rule)}}}\n'
            )
    return "".join(lines)


def _local_timexes(section: Section) -> list[Timex]:
    """Timexes of one section with offsets into the section's own text."""
    from .extract import find_timexes

    return find_timexes(section.text, section.reference.value, era=section_era(section))


def open_documents(paths: Iterable[str | Path], published: date | None = None) -> Iterator[Document]:
    """Documents from corpus directories or single files (which need a catalog entry or ``published``)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from iter_documents(path)
        elif path.is_file():
            yield _single_file(path, published)
        else:
            raise InputError(str(path), "path", "no such file or directory")


def _single_file(path: Path, published: date | None) -> Document:
    catalog_path = path.parent / CATALOG_NAME
    if catalog_path.is_file():
        entry = read_catalog(catalog_path).get(path.name)
        if entry is not None:
            return build_document(path, entry)
    if published is None:
        raise InputError(str(path), "published", "unknown: pass --published YYYY-MM-DD or add a catalog entry")
    return load_text(path, published)

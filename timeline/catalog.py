"""Read and validate a corpus catalog (``catalog.toml``): documents, their dates and section overrides."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .errors import InputError

CATALOG_NAME = "catalog.toml"
SECTION_KINDS = (
    "boilerplate",
    "headline",
    "standfirst",
    "body",
    "quoted_body",
    "authors_note",
    "caption",
    "credit",
    "teaser",
    "comment",
)
DATE_STATUSES = ("cited", "inferred")


@dataclass(frozen=True)
class ReferenceDate:
    """The date a text unit speaks from; ``value`` is None when only bounds are known."""

    value: date | None
    status: str
    reason: str = ""
    not_before: date | None = None
    not_after: date | None = None

    @property
    def known(self) -> bool:
        return self.value is not None

    def describe(self) -> str:
        """Human-readable form, e.g. ``2024-10-31 (cited)`` or ``unknown, on or after 2024-11-01``."""
        if self.value is not None:
            return f"{self.value.isoformat()} ({self.status})"
        bounds = []
        if self.not_before:
            bounds.append(f"on or after {self.not_before.isoformat()}")
        if self.not_after:
            bounds.append(f"on or before {self.not_after.isoformat()}")
        return "unknown" + (", " + " and ".join(bounds) if bounds else "")


@dataclass(frozen=True)
class SectionOverride:
    """A catalog line range that the segmenter must treat as one section of a given kind."""

    first_line: int
    last_line: int
    kind: str
    reference: ReferenceDate | None
    reason: str


@dataclass(frozen=True)
class TeaserEntry:
    """Catalog facts about one teaser: its title and its own publication date."""

    title: str
    published: ReferenceDate


@dataclass(frozen=True)
class CatalogEntry:
    """Everything the catalog says about one document."""

    id: str
    file: str
    title: str
    site: str
    source: str
    published: ReferenceDate
    overrides: tuple[SectionOverride, ...] = ()
    teasers: tuple[TeaserEntry, ...] = ()
    captured_not_before: date | None = None


def parse_iso_date(raw: Any, file: str, field: str) -> date:
    """Parse a strict ISO ``YYYY-MM-DD`` date or raise an InputError naming file and field."""
    if isinstance(raw, date):  # TOML's own date literal
        return raw
    if not isinstance(raw, str):
        raise InputError(file, field, f"expected an ISO date string YYYY-MM-DD, got {raw!r}")
    text = raw.strip()
    if len(text) != 10 or text[4] != "-" or text[7] != "-" or not text.replace("-", "").isdigit():
        raise InputError(file, field, f"{raw!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(file, field, f"{raw!r} is not a valid calendar date") from None


def _optional_date(table: dict, key: str, file: str, field: str) -> date | None:
    return parse_iso_date(table[key], file, f"{field}.{key}") if key in table else None


def _required_str(table: dict, key: str, file: str, field: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(file, f"{field}.{key}", "missing or empty")
    return value


def _status(table: dict, key: str, file: str, field: str) -> str:
    status = table.get(key, "inferred")
    if status not in DATE_STATUSES:
        raise InputError(file, f"{field}.{key}", f"{status!r} is not one of {', '.join(DATE_STATUSES)}")
    return status


def _published(table: dict, file: str, field: str) -> ReferenceDate:
    if "published" not in table:
        raise InputError(file, f"{field}.published", "missing publication date")
    return ReferenceDate(
        value=parse_iso_date(table["published"], file, f"{field}.published"),
        status=_status(table, "published_status", file, field),
        reason=str(table.get("published_reason", "")),
        not_before=_optional_date(table, "not_before", file, field),
        not_after=_optional_date(table, "not_after", file, field),
    )


def _override(table: dict, file: str, field: str) -> SectionOverride:
    lines = table.get("lines")
    if (
        not isinstance(lines, list)
        or len(lines) != 2
        or not all(isinstance(n, int) and n >= 1 for n in lines)
        or lines[0] > lines[1]
    ):
        raise InputError(file, f"{field}.lines", f"expected [first, last] line numbers (1-based), got {lines!r}")
    kind = table.get("kind")
    if kind not in SECTION_KINDS:
        raise InputError(file, f"{field}.kind", f"unknown section kind {kind!r}; known: {', '.join(SECTION_KINDS)}")
    reference = None
    if "reference" in table:
        reference = ReferenceDate(
            value=parse_iso_date(table["reference"], file, f"{field}.reference"),
            status=_status(table, "reference_status", file, field),
            reason=str(table.get("reason", "")),
        )
    return SectionOverride(lines[0], lines[1], kind, reference, str(table.get("reason", "")))


def _entry(table: Any, file: str, index: int) -> CatalogEntry:
    field = f"documents[{index}]"
    if not isinstance(table, dict):
        raise InputError(file, field, "expected a table")
    overrides = tuple(
        _override(t, file, f"{field}.sections[{i}]") for i, t in enumerate(table.get("sections", []))
    )
    teasers = tuple(
        TeaserEntry(
            _required_str(t, "title", file, f"{field}.teasers[{i}]"),
            _published(t, file, f"{field}.teasers[{i}]"),
        )
        for i, t in enumerate(table.get("teasers", []))
    )
    return CatalogEntry(
        id=_required_str(table, "id", file, field),
        file=_required_str(table, "file", file, field),
        title=str(table.get("title", "")),
        site=str(table.get("site", "")),
        source=str(table.get("source", "")),
        published=_published(table, file, field),
        overrides=overrides,
        teasers=teasers,
        captured_not_before=_optional_date(table, "captured_not_before", file, field),
    )


def read_catalog(path: Path) -> dict[str, CatalogEntry]:
    """Safe-load ``catalog.toml`` and return its entries keyed by file name."""
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(file, "catalog", f"cannot read: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(file, "catalog", f"not UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(file, "catalog", f"not valid TOML: {exc}") from None
    docs = data.get("documents")
    if not isinstance(docs, list):
        raise InputError(file, "documents", "missing: expected one [[documents]] table per text file")
    entries: dict[str, CatalogEntry] = {}
    for i, table in enumerate(docs):
        entry = _entry(table, file, i)
        if entry.file in entries:
            raise InputError(file, f"documents[{i}].file", f"{entry.file!r} is listed twice")
        if not (path.parent / entry.file).is_file():
            raise InputError(file, f"documents[{i}].file", f"{entry.file!r} does not exist in {path.parent}")
        entries[entry.file] = entry
    return entries

"""Read TimeML ``.tml`` documents (TEXT, DCT, TIMEX3) and write text back out with TIMEX3 tags.

Offsets always refer to the unescaped text of ``<TEXT>`` with every tag removed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NoReturn
from xml.sax.saxutils import escape, quoteattr

from timeline.errors import InputError
from timeline.timex import Timex

__all__ = ["GoldTimex", "TmlDocument", "parse_tml", "read_tml", "write_tml"]

_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")
# Characters XML 1.0 cannot carry, not even as character references.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class GoldTimex:
    """One TIMEX3 of a TimeML document; ``start``/``end`` index ``TmlDocument.text``."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@dataclass(frozen=True)
class TmlDocument:
    """A TimeML document: its id, creation date, raw text and gold TIMEX3 annotations (sorted)."""

    id: str
    dct: date
    text: str
    gold: tuple[GoldTimex, ...]


def read_tml(path: str | Path) -> TmlDocument:
    """Read a ``.tml`` file; raise ``InputError`` if it is unreadable, not XML, or lacks TEXT/DCT."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), "file", f"cannot read: {exc.strerror or exc}") from None
    return parse_tml(data, name=str(path), default_id=path.stem)


def parse_tml(source: str | bytes, *, name: str = "<string>", default_id: str = "") -> TmlDocument:
    """Parse TimeML from a string or bytes; ``name`` is the file named in errors."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise InputError(name, "xml", f"malformed XML: {exc}") from None
    text_el = _first(root, "TEXT")
    if text_el is None:
        raise InputError(name, "TEXT", "no <TEXT> element")
    try:
        text, found = _flatten(text_el)
    except RecursionError:
        raise InputError(name, "TEXT", "tags nested too deeply") from None
    gold = tuple(_gold_timex(el, start, end, text) for el, start, end in found)
    docid = _first(root, "DOCID")
    doc_id = (docid.text or "").strip() if docid is not None else ""
    return TmlDocument(id=doc_id or default_id, dct=_dct(root, name), text=text, gold=gold)


def _local(tag: object) -> str:
    """A tag without its ``{namespace}`` prefix (comments and PIs have non-string tags)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _first(root: ET.Element, tag: str) -> ET.Element | None:
    """The first element named ``tag`` in document order, ignoring namespaces."""
    return next((el for el in root.iter() if _local(el.tag) == tag), None)


def _flatten(text_el: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The character content of ``text_el`` and each nested TIMEX3 with its (start, end)."""
    chunks: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    length = 0

    def visit(el: ET.Element) -> None:
        nonlocal length
        start = length
        if el.text:
            chunks.append(el.text)
            length += len(el.text)
        for child in el:
            visit(child)
            if child.tail:
                chunks.append(child.tail)
                length += len(child.tail)
        if el is not text_el and _local(el.tag) == "TIMEX3":
            found.append((el, start, length))

    visit(text_el)
    found.sort(key=lambda item: (item[1], item[2]))
    return "".join(chunks), found


def _gold_timex(el: ET.Element, start: int, end: int, text: str) -> GoldTimex:
    """A ``GoldTimex`` from a TIMEX3 element; a missing attribute reads as empty."""
    return GoldTimex(
        tid=el.get("tid", ""),
        start=start,
        end=end,
        text=text[start:end],
        type=el.get("type", ""),
        value=el.get("value", ""),
        mod=el.get("mod") or None,
    )


def _dct(root: ET.Element, name: str) -> date:
    """The document creation date: the TIMEX3 in <DCT>, else any CREATION_TIME TIMEX3."""
    timex = None
    dct_el = _first(root, "DCT")
    if dct_el is not None:
        timex = _first(dct_el, "TIMEX3")
    if timex is None:
        timex = next(
            (
                el
                for el in root.iter()
                if _local(el.tag) == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME"
            ),
            None,
        )
    if timex is None:
        raise InputError(name, "DCT", "no creation-time TIMEX3 (<DCT><TIMEX3 ...>)")
    value = timex.get("value", "")
    match = _DATE_PREFIX.match(value)
    if match is None:
        _bad_dct(name, value)
    try:
        return date.fromisoformat(match.group())
    except ValueError:
        _bad_dct(name, value)


def _bad_dct(name: str, value: str) -> NoReturn:
    raise InputError(name, "DCT", f"value {value!r} is not a YYYY-MM-DD date")


def write_tml(doc_id: str, text: str, dct: date | None, timexes: Iterable[Timex]) -> str:
    """A TimeML document of ``text`` with a TIMEX3 tag (tid, type, value, mod) around each timex.

    ``timexes`` must lie inside ``text``, not overlap, and match it (``text[start:end] == t.text``);
    ``ValueError`` otherwise. ``dct=None`` (unknown creation date) omits the <DCT> element.
    Characters XML cannot carry (control characters, lone surrogates) become U+FFFD one for one,
    so offsets stay valid; a carriage return is kept as ``&#13;`` so parsers do not drop it.
    """
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    out.append(f"<DOCID>{_escape_text(doc_id)}</DOCID>\n")
    if dct is not None:
        out.append(
            '<DCT><TIMEX3 tid="t0" type="DATE" value="{0}" temporalFunction="false" '
            'functionInDocument="CREATION_TIME">{0}</TIMEX3></DCT>\n'.format(dct.isoformat())
        )
    out.append("<TEXT>")
    pos = 0
    for number, timex in enumerate(ordered, start=1):
        _check_timex(timex, text, pos)
        out.append(_escape_text(text[pos : timex.start]))
        out.append(_open_tag(f"t{number}", timex))
        out.append(_escape_text(text[timex.start : timex.end]))
        out.append("</TIMEX3>")
        pos = timex.end
    out.append(_escape_text(text[pos:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)


def _check_timex(timex: Timex, text: str, pos: int) -> None:
    """Refuse a timex that is empty, out of ``text``, overlapping the previous one or mismatched."""
    if not pos <= timex.start < timex.end <= len(text):
        raise ValueError(f"timex {timex.text!r} at {timex.start}-{timex.end} is empty, outside the text or overlapping")
    if text[timex.start : timex.end] != timex.text:
        raise ValueError(f"timex {timex.text!r} does not match the text at {timex.start}-{timex.end}")


def _open_tag(tid: str, timex: Timex) -> str:
    attrs = [("tid", tid), ("type", timex.type), ("value", timex.value)]
    if timex.mod:
        attrs.append(("mod", timex.mod))
    return "<TIMEX3 " + " ".join(f"{key}={quoteattr(_xml_safe(val))}" for key, val in attrs) + ">"


def _xml_safe(text: str) -> str:
    return _NOT_XML_CHAR.sub("\ufffd", text)


def _escape_text(text: str) -> str:
    return escape(_xml_safe(text), {"\r": "&#13;"})

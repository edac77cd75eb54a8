"""The ``timeline`` command line: sections, timexes, events, figures and evaluate."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path
from typing import Callable, Sequence, TextIO

from .catalog import parse_iso_date
from .errors import InputError

TIMEX_COLUMNS = (
    "doc", "section", "section_kind", "reference_date", "text", "start", "end", "type", "value",
    "mod", "granularity", "earliest", "latest", "anchor", "rule",
)


def _published(raw: str | None) -> date | None:
    return None if raw is None else parse_iso_date(raw, "(command line)", "--published")


def cmd_sections(args: argparse.Namespace, out: TextIO) -> int:
    """Print each section with kind, line range and reference date, to check the segmentation at a glance."""
    from .pipeline import open_documents

    for doc in open_documents(args.paths, _published(args.published)):
        out.write(f"{doc.id}  {doc.path.name}  published {doc.published.describe()}\n")
        for s in doc.sections:
            lines = f"{s.line_start}" if s.line_start == s.line_end else f"{s.line_start}-{s.line_end}"
            dup = f" (repeated at line {', '.join(map(str, s.duplicates))}; counted once)" if s.duplicates else ""
            preview = " ".join(s.text.split())
            preview = preview if len(preview) <= 60 else preview[:57] + "..."
            out.write(f"  {s.id}  {s.kind:<12} lines {lines:<7} ref {s.reference.describe()}{dup}\n")
            out.write(f"           {preview}\n")
    return 0


def _timex_rows(args: argparse.Namespace, task: str = "timexes"):
    from .parallel import map_documents
    from .pipeline import open_documents

    docs = open_documents(args.paths, _published(args.published))
    return map_documents(task, docs, jobs=args.jobs)


def cmd_timexes(args: argparse.Namespace, out: TextIO) -> int:
    """Write every temporal expression, resolved, as JSON lines, CSV or TimeML."""
    if args.format == "timeml":
        return _write_timeml(args, out)
    if args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=TIMEX_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for batch in _timex_rows(args):
            writer.writerows(batch)
    else:
        for lines in _timex_rows(args, "timexes_jsonl"):  # each document's rows, already JSON lines
            out.write(lines)
    return 0


def _write_timeml(args: argparse.Namespace, out: TextIO) -> int:
    from .pipeline import corpus_timexes, open_documents
    from .timeml import write_tml

    for doc in open_documents(args.paths, _published(args.published)):
        timexes = [t for _, _, t in corpus_timexes([doc])]
        out.write(write_tml(doc.id, doc.text, doc.published.value, timexes))
        out.write("\n")
    return 0


def cmd_events(args: argparse.Namespace, out: TextIO) -> int:
    """Write the table of dated events as CSV, JSON lines or a TimelineJS3 document."""
    from .events_io import write_events

    return write_events(args.paths, _published(args.published), args.format, out, jobs=args.jobs)


def cmd_figures(args: argparse.Namespace, out: TextIO) -> int:
    """Build the events table and write every chart to the figures folder (SVG, PNG, HTML)."""
    from .figures import build_figures

    written = build_figures(Path(args.corpus), Path(args.output), data_dir=Path(args.data))
    for path in written:
        out.write(f"{path}\n")
    return 0


def cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    """Score the tagger on TimeML gold documents with the TempEval-3 Task A metrics."""
    from .scoring import run_evaluate

    return run_evaluate(Path(args.gold), out=out, errors=args.errors, notations=args.notations)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description="Turn news articles into timelines of dated events.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable, help_: str, paths: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=func.__doc__)
        p.set_defaults(func=func)
        if paths:
            p.add_argument("paths", nargs="+", metavar="PATH", help="a corpus directory with catalog.toml, or a text file")
            p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for a text file without a catalog entry")
        return p

    add("sections", cmd_sections, "show how each document was split into sections")
    p = add("timexes", cmd_timexes, "list the temporal expressions, resolved")
    p.add_argument("--format", choices=("jsonl", "csv", "timeml"), default="jsonl")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (output is identical to --jobs 1)")
    p = add("events", cmd_events, "write the table of dated events")
    p.add_argument("--format", choices=("csv", "jsonl", "timelinejs"), default="csv")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (output is identical to --jobs 1)")
    p = add("figures", cmd_figures, "write the events table and every chart", paths=False)
    p.add_argument("--corpus", default="seeds", help="corpus directory (default: seeds)")
    p.add_argument("--output", default="figures", help="folder for the charts (default: figures)")
    p.add_argument("--data", default="figures", help="folder for the events table (default: figures)")
    p = add("evaluate", cmd_evaluate, "score against TimeML gold documents (TempEval-3 Task A)", paths=False)
    p.add_argument("--gold", required=True, metavar="DIR", help="folder of .tml files (searched recursively)")
    p.add_argument("--errors", action="store_true", help="first list every missed, spurious or wrong timex")
    p.add_argument("--notations", action="store_true",
                   help="count wrong values that differ from the gold only in notation (2000-W8 for 2000-W08)")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Entry point; a user mistake prints one line naming the file and field and exits with 2."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        err.write("timeline: error: --jobs: must be at least 1\n")
        return 2
    try:
        return args.func(args, out)
    except InputError as exc:
        err.write(f"timeline: error: {exc}\n")
        return 2
    except BrokenPipeError:  # e.g. `timeline timexes ... | head`
        return 0

"""Count the CPU instructions of ``find_timexes`` over the 1 MB corpus's first documents, under callgrind.

Usage: ``python benchmarks/instructions.py [--docs 40]`` (needs ``valgrind``; not part of ``make bench``).
Wall-clock time on a shared machine swings by a factor of two; instruction counts do not, so speed rounds compare
these. The count is a run over the documents minus a run that only imports and warms up, done in the same call.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsgen  # noqa: E402
import run  # noqa: E402


def work(docs: int, measured: bool) -> None:
    """What callgrind runs: load the corpus, warm up on the first document, then (if ``measured``) tag ``docs``."""
    from timeline.corpus import load_corpus
    from timeline.extract import find_timexes
    from timeline.pipeline import SKIPPED_KINDS, section_era

    documents = load_corpus(run.corpus_dir(1)).documents[:docs]
    sections = [s for d in documents for s in d.sections if s.kind not in SKIPPED_KINDS]
    for s in documents[0].sections:
        if s.kind not in SKIPPED_KINDS:
            find_timexes(s.text, s.reference.value, era=section_era(s))
    if measured:
        for s in sections:
            find_timexes(s.text, s.reference.value, era=section_era(s))


def collected(docs: int, measured: bool, out: Path) -> int:
    """Instructions callgrind collected for one ``work`` run in a fresh interpreter."""
    cmd = ["valgrind", "--tool=callgrind", "--dump-instr=no", f"--callgrind-out-file={out}", sys.executable,
           __file__, "--work", str(docs), "--measured" if measured else "--warm-only"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    m = re.search(r"Collected : (\d+)", done.stderr)
    if m is None:
        raise SystemExit("callgrind printed no instruction count:\n" + done.stderr[-2000:])
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40, help="how many documents of the 1 MB corpus (default 40)")
    parser.add_argument("--work", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--measured", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--warm-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.work is not None:
        work(args.work, args.measured)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed; this benchmark needs it", file=sys.stderr)
        return 2
    newsgen.write_corpus(run.corpus_dir(1), 1)  # generated (or reused) outside the measured runs
    with tempfile.TemporaryDirectory() as tmp:
        full = collected(args.docs, True, Path(tmp) / "run.out")
        base = collected(args.docs, False, Path(tmp) / "base.out")
    print(f"find_timexes over {args.docs} documents of the 1 MB corpus: {(full - base) / 1e6:,.0f} M instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

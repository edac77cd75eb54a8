"""`--jobs N` gives the same output as `--jobs 1`, in the same order, and streams its input."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.parallel import IN_FLIGHT_PER_JOB, map_documents
from timeline.pipeline import open_documents

# Hand-written article bodies; each document gets a different publication date so relative
# expressions resolve differently per document and a reordering would show in the output.
BODIES = (
    "Council approves the new harbour plan after long debate\n"
    "The council voted on Tuesday to approve the harbour plan.\n"
    "Work starts on March 3, 2025 and should take two years.\n",
    "Storm leaves thousands without power across the valley\n"
    "The storm hit late yesterday and crews worked through the night.\n"
    "Power should return within days, the utility said.\n",
    "Court delays verdict in the long-running fraud case\n"
    "The judge said the ruling would come next week.\n"
    "The case was first filed in 2019; the trial opened three months ago.\n",
    "Museum reopens its doors to the public after repairs\n"
    "The museum closed in the 1990s and reopened this month.\n"
    "About 8,000 visitors came on the first Sunday.\n",
)


def write_corpus(root: Path, n_docs: int) -> Path:
    """A corpus directory with ``n_docs`` articles and a catalog, like the ones users point timeline at."""
    root.mkdir()
    entries = []
    for i in range(n_docs):
        name = f"doc{i:02d}.txt"
        (root / name).write_text(BODIES[i % len(BODIES)], encoding="utf-8")
        published = f"2024-{1 + i % 12:02d}-{10 + i:02d}"
        entries.append(
            f'[[documents]]\nid = "d{i:02d}"\nfile = "{name}"\ntitle = "Article {i}"\n'
            f'site = "example.org"\nsource = "test"\npublished = "{published}"\npublished_status = "cited"\n'
        )
    (root / "catalog.toml").write_text("\n".join(entries), encoding="utf-8")
    return root


def run_cli(*argv: str) -> str:
    out = StringIO()
    assert main(list(argv), out=out) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("parallel") / "corpus", 12)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_timexes_jobs_2_output_is_identical_to_jobs_1(corpus: Path, fmt: str) -> None:
    """Byte-identical output with two worker processes, in both row formats."""
    one = run_cli("timexes", str(corpus), "--format", fmt, "--jobs", "1")
    two = run_cli("timexes", str(corpus), "--format", fmt, "--jobs", "2")
    assert len(one.splitlines()) > 12 and one == two


def test_timexes_output_keeps_document_order_and_covers_every_document(corpus: Path) -> None:
    """Rows come document by document in catalog order, and no document is lost on the way."""
    rows = [json.loads(line) for line in run_cli("timexes", str(corpus), "--jobs", "2").splitlines()]
    docs = [r["doc"] for r in rows]
    assert docs == sorted(docs)
    assert set(docs) == {f"d{i:02d}" for i in range(12)}


def test_relative_dates_follow_each_documents_own_date(corpus: Path) -> None:
    """A worker resolves "yesterday" against its own document's date (d01 is published 2024-02-11)."""
    rows = [json.loads(line) for line in run_cli("timexes", str(corpus), "--jobs", "2").splitlines()]
    yesterday = [r for r in rows if r["doc"] == "d01" and r["text"].lower().endswith("yesterday")]
    assert yesterday and yesterday[0]["earliest"] == "2024-02-10"


def test_map_documents_pulls_only_a_bounded_window_ahead(corpus: Path) -> None:
    """With jobs=2 the first result arrives before the whole corpus is read: memory stays flat on big corpora."""
    pulled = 0

    def counting():
        nonlocal pulled
        for doc in open_documents([corpus]):
            pulled += 1
            yield doc

    results = map_documents("timexes", counting(), jobs=2)
    next(results)
    assert pulled <= 2 * IN_FLIGHT_PER_JOB < 12
    results.close()


def test_map_documents_rejects_an_unknown_task() -> None:
    """A misspelt task name fails loudly instead of silently writing nothing."""
    with pytest.raises(KeyError, match="unknown task"):
        list(map_documents("timex", [], jobs=1))


def test_events_jobs_2_output_is_identical_to_jobs_1(corpus: Path) -> None:
    """The events table is the same with two worker processes (skipped until the events module exists)."""
    events = pytest.importorskip("timeline.events")
    if not hasattr(events, "events_for_document"):
        pytest.skip("timeline.events.events_for_document is not written yet")
    pytest.importorskip("timeline.events_io")
    one = run_cli("events", str(corpus), "--format", "jsonl", "--jobs", "1")
    two = run_cli("events", str(corpus), "--format", "jsonl", "--jobs", "2")
    assert one.strip() and one == two

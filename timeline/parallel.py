"""Map per-document work over processes, keeping the output order and the output of a single process."""

from __future__ import annotations

from collections import deque
from typing import Callable, Iterable, Iterator

from .corpus import Document

Rows = list[dict[str, object]]

IN_FLIGHT_PER_JOB = 4
"""Documents submitted ahead per worker: enough to keep workers busy, few enough to keep memory flat."""


def timex_rows(doc: Document) -> Rows:
    """All timex rows of one document, as ``timeline timexes`` writes them."""
    from .pipeline import document_records

    return document_records(doc)


def timex_json_lines(doc: Document) -> str:
    """The same rows as ``timex_rows``, already written as JSON lines (one string per document)."""
    from .pipeline import document_json_lines

    return document_json_lines(doc)


def event_rows(doc: Document) -> Rows:
    """All event rows of one document (imported lazily: the events module is heavier and optional here)."""
    from .events import events_for_document

    return events_for_document(doc)


TASKS: dict[str, Callable[[Document], Rows | str]] = {
    "timexes": timex_rows, "timexes_jsonl": timex_json_lines, "events": event_rows,
}
"""Named per-document tasks; workers look functions up by name so only the name is pickled."""


def _run(task: str, doc: Document) -> Rows | str:
    return TASKS[task](doc)


def map_documents(task: str, documents: Iterable[Document], jobs: int = 1) -> Iterator[Rows | str]:
    """Yield each document's rows in input order; ``jobs`` > 1 spreads documents over worker processes.

    Documents are read lazily and at most ``jobs * IN_FLIGHT_PER_JOB`` are in flight at once, so a corpus
    directory is streamed, never held whole, whatever the number of jobs.
    """
    if task not in TASKS:
        raise KeyError(f"unknown task {task!r}; known: {', '.join(sorted(TASKS))}")
    if jobs <= 1:
        for doc in documents:
            yield TASKS[task](doc)
        return
    from concurrent.futures import ProcessPoolExecutor

    window = jobs * IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        try:
            for doc in documents:
                pending.append(pool.submit(_run, task, doc))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:  # a reader that stops early (``| head``) should not wait for work nobody will read
            for future in pending:
                future.cancel()

"""Map per-document work over processes, keeping the output order of a single process."""

from __future__ import annotations

from typing import Iterable, Iterator

from .corpus import Document


def timex_rows(doc: Document) -> list[dict[str, object]]:
    """All timex rows of one document."""
    from .pipeline import corpus_timexes, timex_record

    return [timex_record(d, s, t) for d, s, t in corpus_timexes([doc])]


_TASKS = {"timexes": timex_rows}


def map_documents(task: str, documents: Iterable[Document], jobs: int = 1) -> Iterator[list[dict[str, object]]]:
    """Yield each document's rows in input order; ``jobs`` > 1 spreads documents over processes."""
    func = _TASKS[task]
    if jobs == 1:
        for doc in documents:
            yield func(doc)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(func, documents, chunksize=4)

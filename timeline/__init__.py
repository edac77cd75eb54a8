"""timeline: turn news articles into timelines of dated events.

The public API is a thin facade; heavy modules (pandas, altair) load only when used.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["find_timexes", "load_corpus", "extract_events", "Timex", "InputError", "__version__"]

_EXPORTS = {
    "find_timexes": ("timeline.extract", "find_timexes"),
    "load_corpus": ("timeline.corpus", "load_corpus"),
    "extract_events": ("timeline.events", "extract_events"),
    "Timex": ("timeline.timex", "Timex"),
    "InputError": ("timeline.errors", "InputError"),
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    import importlib

    module, attr = _EXPORTS[name]
    return getattr(importlib.import_module(module), attr)

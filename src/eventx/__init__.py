"""eventx: validated, queryable event records from news text.

    >>> import eventx
    >>> events = eventx.extract(text, published="2020-02-28", doc_id="afp-1")
    >>> events[0].model_dump(mode="json")

Public names: ``load``, ``extract``, ``extract_many``, ``make_doc``, ``merge``, ``Event`` and its parts,
``EventCollection``, ``EventStore`` (imported on first use), and the ``errors`` module.
"""

import warnings
from typing import TYPE_CHECKING

# quantulum3 warns on import that its optional classifier is not installed; eventx does not use it.
warnings.filterwarnings("ignore", message="Classifier dependencies not installed")

from . import errors  # noqa: E402
from .api import extract, extract_many, make_doc  # noqa: E402
from .collection import EventCollection  # noqa: E402
from .models import Actor, Count, DateSpan, Event, Evidence, Location  # noqa: E402
from .pipeline import load, load_model  # noqa: E402

if TYPE_CHECKING:
    from .store import EventStore

__version__ = "0.1.0"


def merge(events) -> EventCollection:
    """Fuse events from several documents that report the same incident (``EventCollection.merge``)."""
    return EventCollection(events).merge()


def __getattr__(name: str):
    """``eventx.EventStore``, imported only when asked for (it brings in sqlite3)."""
    if name == "EventStore":
        from .store import EventStore

        return EventStore
    raise AttributeError(f"module 'eventx' has no attribute {name!r}")


__all__ = [
    "Actor",
    "Count",
    "DateSpan",
    "Event",
    "EventCollection",
    "EventStore",
    "Evidence",
    "Location",
    "errors",
    "extract",
    "extract_many",
    "load",
    "load_model",
    "make_doc",
    "merge",
]

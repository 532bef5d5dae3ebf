"""eventx: validated, queryable event records from news text.

::

    import eventx
    events = eventx.extract(text, published="2020-02-28", doc_id="afp-1")
    events[0].model_dump(mode="json")

Public names: ``load``, ``extract``, ``extract_many``, ``make_doc``, ``merge``, ``render``, ``Event`` and
its parts, ``EventCollection``, ``EventStore``, and the ``errors`` module. ``import eventx`` is quick:
spaCy, pydantic, sqlite3 and the pipeline's modules are imported on first use of a name that needs them.
"""

from __future__ import annotations

import importlib
import importlib.util
import warnings
from typing import TYPE_CHECKING, Any

from . import errors

# quantulum3 warns on import that its optional classifier is not installed; eventx does not use it.
warnings.filterwarnings("ignore", message="Classifier dependencies not installed")

if TYPE_CHECKING:
    from .api import extract, extract_many, make_doc
    from .collection import EventCollection
    from .models import Actor, Count, DateSpan, Event, Evidence, Location
    from .pipeline import load, load_model
    from .rendering import render
    from .store import EventStore

__version__ = "0.1.0"

#: public name -> the module that defines it, imported on first access (module ``__getattr__``)
_LAZY: dict[str, str] = {
    "extract": "api",
    "extract_many": "api",
    "make_doc": "api",
    "EventCollection": "collection",
    "Actor": "models",
    "Count": "models",
    "DateSpan": "models",
    "Event": "models",
    "Evidence": "models",
    "Location": "models",
    "load": "pipeline",
    "load_model": "pipeline",
    "EventStore": "store",
    "render": "rendering",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        if importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module 'eventx' has no attribute {name!r}")
        return importlib.import_module(f".{name}", __name__)  # a submodule, e.g. eventx.api
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


def merge(events: Any) -> EventCollection:
    """Fuse events from several documents that report the same incident (``EventCollection.merge``).

    >>> from eventx import Count, Event
    >>> a = Event(id="a", event_type="Battles", fatalities=Count(best=5), sources=["afp"])
    >>> b = Event(id="b", event_type="Battles", fatalities=Count(best=5, high=7), sources=["bbc"])
    >>> [(e.sources, e.fatalities.low, e.fatalities.high) for e in merge([a, b])]
    [(['afp', 'bbc'], 5, 7)]
    """
    from .collection import EventCollection

    return EventCollection(events).merge()


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
    "render",
]

"""eventx: validated, queryable event records from news text.

::

    import eventx
    events = eventx.extract(text, published="2020-02-28", doc_id="afp-1")
    events[0].model_dump(mode="json")

Public names: ``load``, ``extract``, ``extract_many``, ``make_doc``, ``merge``, ``render``, ``Event`` and
its parts, ``EventCollection``, and the ``errors`` module.
"""

import warnings

# quantulum3 warns on import that its optional classifier is not installed; eventx does not use it.
warnings.filterwarnings("ignore", message="Classifier dependencies not installed")

from . import errors  # noqa: E402
from .api import extract, extract_many, make_doc  # noqa: E402
from .collection import EventCollection  # noqa: E402
from .models import Actor, Count, DateSpan, Event, Evidence, Location  # noqa: E402
from .pipeline import load, load_model  # noqa: E402
from .render import render  # noqa: E402

__version__ = "0.1.0"


def merge(events) -> EventCollection:
    """Fuse events from several documents that report the same incident (``EventCollection.merge``).

    >>> from eventx import Count, Event
    >>> a = Event(id="a", event_type="Battles", fatalities=Count(best=5), sources=["afp"])
    >>> b = Event(id="b", event_type="Battles", fatalities=Count(best=5, high=7), sources=["bbc"])
    >>> [(e.sources, e.fatalities.low, e.fatalities.high) for e in merge([a, b])]
    [(['afp', 'bbc'], 5, 7)]
    """
    return EventCollection(events).merge()


__all__ = [
    "Actor",
    "Count",
    "DateSpan",
    "Event",
    "EventCollection",
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

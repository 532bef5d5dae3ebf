"""EventCollection: an immutable, queryable sequence of Events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from .models import Event


class EventCollection(Sequence[Event]):
    """An immutable sequence of :class:`~eventx.models.Event` (len, iteration, indexing, slicing)."""

    __slots__ = ("_events",)

    def __init__(self, events: Iterable[Event] = ()) -> None:
        items = tuple(events)
        for i, e in enumerate(items):
            if not isinstance(e, Event):
                raise TypeError(f"EventCollection holds Event objects; item {i} is {type(e).__name__}")
        self._events: tuple[Event, ...] = items

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> EventCollection: ...
    def __getitem__(self, index: int | slice) -> Event | EventCollection:
        if isinstance(index, slice):
            return EventCollection(self._events[index])
        return self._events[index]

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EventCollection):
            return self._events == other._events
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._events)

    def __repr__(self) -> str:
        return f"EventCollection({len(self._events)} events)"

    def __add__(self, other: EventCollection) -> EventCollection:
        if not isinstance(other, EventCollection):
            return NotImplemented
        return EventCollection(self._events + other._events)

    @classmethod
    def concat(cls, collections: Iterable[Iterable[Event]]) -> EventCollection:
        """One collection holding the events of several (e.g. the results of ``extract_many``)."""
        return cls(e for c in collections for e in c)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The events as JSON-ready dicts (``model_dump(mode="json")``)."""
        return [e.model_dump(mode="json") for e in self._events]

    def merge(self) -> EventCollection:
        """Fuse events that report the same real-world incident across documents."""
        from .fusion import merge_events

        return EventCollection(merge_events(self._events))

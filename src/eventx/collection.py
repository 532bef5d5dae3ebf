"""EventCollection: an immutable, queryable sequence of Events.

Queries (``filter``, ``sorted``, ``group_by``, ``totals``) return new collections or plain values;
exports (``to_records``, ``to_pandas``, ``to_jsonl``, ``to_csv``, ``to_parquet``) are in
``eventx.export``; ``merge`` fuses reports of one incident across documents (rules: ``eventx.fusion``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, overload

from . import export
from .errors import QueryError
from .models import Event
from .query import Query

#: keys ``sorted``/``group_by``/``totals`` accept besides the flat columns (``eventx.export.COLUMNS``)
DERIVED_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "date": lambda row: row["date_start"],
    "month": lambda row: row["date_start"][:7] if row["date_start"] else None,
    "year": lambda row: int(row["date_start"][:4]) if row["date_start"] else None,
    "fatalities": lambda row: row["fatalities_best"],
    "injuries": lambda row: row["injuries_best"],
}


def _key_function(key: str) -> Callable[[dict[str, Any]], Any]:
    if key in DERIVED_KEYS:
        return DERIVED_KEYS[key]
    if key in export.COLUMNS:
        return lambda row: row[key]
    known = ", ".join([*DERIVED_KEYS, *export.COLUMNS])
    raise QueryError(f"unknown key {key!r}; use one of: {known}")


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
        """Fuse events that report the same real-world incident across documents.

        Each fused incident lists the reports it was made from in ``merged_from``; the result does not
        depend on the order of the events, and merging it again changes nothing (``eventx.grouping``).
        """
        from .grouping import merge_events

        return EventCollection(merge_events(self._events))

    # -- queries ---------------------------------------------------------------------------------------

    def filter(self, **filters: Any) -> EventCollection:
        """The events matching every keyword (see ``eventx.query`` for the keywords and their meaning).

        >>> events.filter(event_type="Battles", country="Syria", since="2020-02", min_fatalities=1)
        """
        query = Query.parse(**filters)
        return EventCollection(e for e in self._events if query(e))

    def sorted(self, by: str = "date", reverse: bool = False) -> EventCollection:
        """The events ordered by a flat column or "date", "fatalities", "injuries", "month", "year";
        events without a value come last either way."""
        key = _key_function(by)
        rows = [(key(export.event_row(e)), e) for e in self._events]
        known = sorted((r for r in rows if r[0] is not None), key=lambda r: r[0], reverse=reverse)
        return EventCollection([e for _, e in known] + [e for k, e in rows if k is None])

    def group_by(self, key: str) -> dict[Any, EventCollection]:
        """The events grouped by a flat column or derived key ("month", "year", ...), in first-seen order;
        events without a value are grouped under ``None``."""
        fn = _key_function(key)
        groups: dict[Any, list[Event]] = {}
        for e in self._events:
            groups.setdefault(fn(export.event_row(e)), []).append(e)
        return {k: EventCollection(v) for k, v in groups.items()}

    def totals(self, by: str | Sequence[str] = ("country_code", "month")) -> list[dict[str, Any]]:
        """Events, fatalities and injuries (sums of best counts) per group, e.g. by country and month.

        >>> events.totals(by=("country_code", "month"))
        [{'country_code': 'SYR', 'month': '2020-02', 'events': 3, 'fatalities': 45, 'injuries': 0}, ...]
        """
        keys = [by] if isinstance(by, str) else list(by)
        fns = [_key_function(k) for k in keys]
        sums: dict[tuple, dict[str, Any]] = {}
        for row in export.event_rows(self._events):
            group = tuple(fn(row) for fn in fns)
            acc = sums.setdefault(group, {**dict(zip(keys, group, strict=True)), "events": 0,
                                          "fatalities": 0, "injuries": 0})
            acc["events"] += 1
            acc["fatalities"] += row["fatalities_best"] or 0
            acc["injuries"] += row["injuries_best"] or 0
        return [sums[g] for g in sorted(sums, key=lambda g: tuple((v is None, str(v)) for v in g))]

    # -- exports ---------------------------------------------------------------------------------------

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per event with the columns of ``eventx.export.COLUMNS``."""
        return export.event_rows(self._events)

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per event, the ``to_records`` columns (extra ``pandas``)."""
        return export.to_pandas(self._events)

    def to_jsonl(self, path: str | Path | IO[str]) -> int:
        """Write the events losslessly as JSON Lines; ``EventCollection.from_jsonl`` reads them back."""
        return export.write_jsonl(self._events, path)

    @classmethod
    def from_jsonl(cls, path: str | Path | IO[str]) -> EventCollection:
        """Events written by ``to_jsonl`` (a bad line raises ``ExportError`` naming it)."""
        return cls(export.read_jsonl(path))

    def to_csv(self, path: str | Path | IO[str], style: str = "flat") -> int:
        """Write CSV: the ``to_records`` columns, or ACLED's column names and codes with ``style="acled"``."""
        return export.write_csv(self._events, path, style=style)

    def to_parquet(self, path: str | Path) -> None:
        """Write the ``to_pandas`` table to a Parquet file (extras ``pandas`` and ``parquet``)."""
        export.to_parquet(self._events, path)

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
    """An immutable sequence of :class:`~eventx.models.Event` (len, iteration, indexing, slicing).

    ``eventx.extract`` returns one; one can also be built from events (the examples of the methods
    below use this ``events``):

    >>> from eventx import Count, DateSpan, Event, EventCollection, Location
    >>> def day(d):
    ...     return DateSpan(start=d, end=d)
    >>> idlib = Location(name="Balyun", admin1="Idlib", country="Syria", country_code="SYR")
    >>> events = EventCollection([
    ...     Event(id="a", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
    ...           date=day("2020-02-27"), location=idlib, fatalities=Count(best=33, low=33, high=36)),
    ...     Event(id="b", event_type="Battles", sub_event_type="Armed clash", date=day("2020-02-28"),
    ...           location=idlib, fatalities=Count(best=16)),
    ...     Event(id="c", event_type="Protests", sub_event_type="Peaceful protest", date=day("2020-03-02")),
    ... ])
    >>> len(events), events[0].fatalities.best
    (3, 33)
    """

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
        """One collection holding the events of several (e.g. the results of ``extract_many``).

        >>> EventCollection.concat([events[:1], events[1:]]) == events
        True
        """
        return cls(e for c in collections for e in c)

    def to_dicts(self) -> list[dict[str, Any]]:
        """The events as JSON-ready dicts (``model_dump(mode="json")``).

        >>> events.to_dicts()[0]["date"]
        {'start': '2020-02-27', 'end': '2020-02-27', 'precision': 'day', 'text': None, 'anchor': None}
        """
        return [e.model_dump(mode="json") for e in self._events]

    def merge(self) -> EventCollection:
        """Fuse events that report the same real-world incident across documents.

        Each fused incident lists the reports it was made from in ``merged_from``; the result does not
        depend on the order of the events, and merging it again changes nothing (``eventx.grouping``).


        >>> again = Event(id="a2", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        ...               date=events[0].date, location=events[0].location,
        ...               fatalities=Count(best=33, low=30, high=33), sources=["another-report"])
        >>> merged = (events + EventCollection([again])).merge()
        >>> len(merged), merged[0].sources, (merged[0].fatalities.low, merged[0].fatalities.high)
        (3, ['another-report'], (30, 36))
        """
        from .grouping import merge_events

        return EventCollection(merge_events(self._events))

    # -- queries ---------------------------------------------------------------------------------------

    def filter(self, **filters: Any) -> EventCollection:
        """The events matching every keyword (see ``eventx.query`` for the keywords and their meaning).

        >>> [e.id for e in events.filter(country="Syria", since="2020-02", min_fatalities=20)]
        ['a']
        >>> [e.id for e in events.filter(event_type=["Battles", "Protests"])]
        ['b', 'c']
        """
        query = Query.parse(**filters)
        return EventCollection(e for e in self._events if query(e))

    def sorted(self, by: str = "date", reverse: bool = False) -> EventCollection:
        """The events ordered by a flat column or "date", "fatalities", "injuries", "month", "year";
        events without a value come last either way.

        >>> [e.id for e in events.sorted(by="fatalities", reverse=True)]
        ['a', 'b', 'c']
        """
        key = _key_function(by)
        rows = [(key(export.event_row(e)), e) for e in self._events]
        known = sorted((r for r in rows if r[0] is not None), key=lambda r: r[0], reverse=reverse)
        return EventCollection([e for _, e in known] + [e for k, e in rows if k is None])

    def group_by(self, key: str) -> dict[Any, EventCollection]:
        """The events grouped by a flat column or derived key ("month", "year", ...), in first-seen order;
        events without a value are grouped under ``None``.

        >>> {month: len(group) for month, group in events.group_by("month").items()}
        {'2020-02': 2, '2020-03': 1}
        """
        fn = _key_function(key)
        groups: dict[Any, list[Event]] = {}
        for e in self._events:
            groups.setdefault(fn(export.event_row(e)), []).append(e)
        return {k: EventCollection(v) for k, v in groups.items()}

    def totals(self, by: str | Sequence[str] = ("country_code", "month")) -> list[dict[str, Any]]:
        """Events, fatalities and injuries (sums of best counts) per group, e.g. by country and month.

        >>> events.totals(by=("country_code", "month"))  # doctest: +NORMALIZE_WHITESPACE
        [{'country_code': 'SYR', 'month': '2020-02', 'events': 2, 'fatalities': 49, 'injuries': 0},
         {'country_code': None, 'month': '2020-03', 'events': 1, 'fatalities': 0, 'injuries': 0}]
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
        """One flat dict per event with the columns of ``eventx.export.COLUMNS``.

        >>> row = events.to_records()[0]
        >>> row["sub_event_type"], row["location"], row["fatalities_low"], row["fatalities_high"]
        ('Air/drone strike', 'Balyun', 33, 36)
        """
        return export.event_rows(self._events)

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per event, the ``to_records`` columns (extra ``pandas``).

        >>> events.to_pandas()[["id", "fatalities_best"]].values.tolist()
        [['a', 33], ['b', 16], ['c', <NA>]]
        """
        return export.to_pandas(self._events)

    def to_jsonl(self, path: str | Path | IO[str]) -> int:
        """Write the events losslessly as JSON Lines; ``EventCollection.from_jsonl`` reads them back.

        >>> import io
        >>> buffer = io.StringIO()
        >>> events.to_jsonl(buffer)
        3
        >>> EventCollection.from_jsonl(io.StringIO(buffer.getvalue())) == events
        True
        """
        return export.write_jsonl(self._events, path)

    @classmethod
    def from_jsonl(cls, path: str | Path | IO[str]) -> EventCollection:
        """Events written by ``to_jsonl`` (a bad line raises ``ExportError`` naming it).

        >>> import io
        >>> EventCollection.from_jsonl(io.StringIO("not json"))
        Traceback (most recent call last):
        ...
        eventx.errors.ExportError: ...line 1...
        """
        return cls(export.read_jsonl(path))

    def to_csv(self, path: str | Path | IO[str], style: str = "flat") -> int:
        """Write CSV: the ``to_records`` columns, or ACLED's column names and codes with ``style="acled"``.

        >>> import io
        >>> out = io.StringIO()
        >>> events.to_csv(out, style="acled")
        3
        >>> out.getvalue().splitlines()[0][:44]
        'event_id_cnty,event_date,year,time_precision'
        """
        return export.write_csv(self._events, path, style=style)

    def to_parquet(self, path: str | Path) -> None:
        """Write the ``to_pandas`` table to a Parquet file (extras ``pandas`` and ``parquet``).

        >>> import pathlib, tempfile, pandas
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "events.parquet"
        >>> events.to_parquet(path)
        >>> list(pandas.read_parquet(path)["id"])
        ['a', 'b', 'c']
        """
        export.to_parquet(self._events, path)

    # -- pictures (extra ``plot``) ---------------------------------------------------------------------

    def plot_timeline(self, ax: Any = None, period: str = "day") -> Any:
        """Fatalities per day/week/month with low-high error bars (``eventx.plots.plot_timeline``).

        >>> ax = events.plot_timeline()
        >>> [round(bar.get_height()) for bar in ax.patches]
        [33, 16]
        """
        from .plots import plot_timeline

        return plot_timeline(self._events, ax=ax, period=period)

    def plot_map(self, ax: Any = None) -> Any:
        """The events' places, sized by fatalities (``eventx.plots.plot_map``; needs coordinates).

        >>> ax = events.plot_map()
        >>> ax.get_xlabel(), len(ax.texts)  # no coordinates here, so no labelled points
        ('longitude', 0)
        """
        from .plots import plot_map

        return plot_map(self._events, ax=ax)

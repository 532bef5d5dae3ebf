"""EventStore: an embedded, persistent store of events in one SQLite file (standard library only).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "events.db"
    >>> with EventStore(path) as store:
    ...     store.add(events)                    # the number of events not stored before
    ...     store.add(events)                    # adding them again stores nothing
    ...     len(store.query(country="SYR", since="2020-02"))   # the two events placed in Syria
    3
    0
    2

``add`` is idempotent by event id and atomic: it stores every new event of the call or, if anything
fails half-way, none. The file is in WAL mode, so readers (other processes too, ``read_only=True``) go on
reading while one process writes, and each read sees the store either before or after a whole ``add``.
The file format and schema versions are in ``eventx.store_schema`` and docs/store.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import ValidationError

from .collection import EventCollection
from .errors import StoreError
from .models import Event
from .query import Query
from .store_schema import SCHEMA_VERSION, check_header, inspect, migrate

TIMEOUT = 30.0  #: seconds a writer waits for another process's write to finish before giving up
_INSERT = "INSERT OR IGNORE INTO events (id, event_type, date_start, date_end, country_code, json) " \
          "VALUES (?, ?, ?, ?, ?, ?)"  # fmt: skip


def _row(e: Event) -> tuple[Any, ...]:
    """The ``events`` row of an event: its id, the indexed columns and the whole event as JSON."""
    start, end = (e.date.start.isoformat(), e.date.end.isoformat()) if e.date else (None, None)
    country = e.location.country_code if e.location else None
    return (e.id, e.event_type, start, end, country, e.model_dump_json())


def _pushdown(q: Query) -> tuple[str, list[Any]]:
    """SQL conditions that narrow the rows a query reads; the full ``Query`` then decides exactly."""
    where: list[str] = []
    params: list[Any] = []

    def marks(values: tuple[str, ...]) -> str:
        params.extend(values)
        return ", ".join("?" * len(values))

    if q.event_types:
        where.append(f"event_type IN ({marks(q.event_types)})")
    if q.countries:
        where.append(f"country_code IN ({marks(q.countries)})")
    if q.sources:
        where.append(f"id IN (SELECT event_id FROM event_sources WHERE source IN ({marks(q.sources)}))")
    if q.since:
        where.append("date_end >= ?")
        params.append(q.since.isoformat())
    if q.until:
        where.append("date_start <= ?")
        params.append(q.until.isoformat())
    return (" WHERE " + " AND ".join(where) if where else ""), params


class EventStore:
    """Events kept in an SQLite file at ``path``, created on first use unless ``read_only``.

    A file that is not an event store (another format, another application's SQLite database, a damaged
    file, or a store of a newer schema version) raises ``StoreError`` and is left unchanged.

    >>> import tempfile, pathlib
    >>> from eventx import Event
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "store.db"
    >>> with EventStore(path) as store:
    ...     store.add([Event(id="e1", event_type="Protests", sub_event_type="Peaceful protest")])
    1
    >>> [e.id for e in EventStore(path, read_only=True).query(event_type="Protests")]
    ['e1']
    """

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._conn: sqlite3.Connection | None = None
        if self.path.exists():
            check_header(self.path)
        elif read_only:
            raise StoreError(f"no event store at {self.path}")
        conn = self._connect()
        try:
            version = inspect(conn, self.path)
            if read_only and version < SCHEMA_VERSION:
                raise StoreError(f"{self.path} is not an event store yet (empty, or an older schema: "
                                 "open it once without read_only to set it up)")  # fmt: skip
            if not read_only:
                with self._sqlite_errors("set up"):
                    conn.execute("PRAGMA journal_mode = WAL")
                    if version < SCHEMA_VERSION:
                        migrate(conn, self.path)
                    conn.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def _connect(self) -> sqlite3.Connection:
        target = self.path.absolute().as_uri() + "?mode=ro" if self.read_only else str(self.path)
        try:
            return sqlite3.connect(target, timeout=TIMEOUT, isolation_level=None, uri=self.read_only)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the event store at {self.path}: {exc}") from exc

    @contextmanager
    def _sqlite_errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {doing} the event store at {self.path}: {exc}") from exc

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"the event store at {self.path} is closed")
        return self._conn

    # -- writing ---------------------------------------------------------------------------------------

    def add(self, events: Iterable[Event] | Event) -> int:
        """Store the events not stored yet (by id; a stored event is kept as it is); return how many.

        All in one transaction: if anything fails part-way, nothing of this call is stored.
        """
        if self.read_only:
            raise StoreError(f"the event store at {self.path} was opened read_only; it cannot be added to")
        db = self._db
        items = [events] if isinstance(events, Event) else events
        with self._sqlite_errors("add to"):
            db.execute("BEGIN IMMEDIATE")
            try:
                added = sum(self._insert(db, e) for e in items)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:  # SQLite may have rolled back already (e.g. disk full)
                    db.execute("ROLLBACK")
                raise
        return added

    @staticmethod
    def _insert(db: sqlite3.Connection, e: Event) -> int:
        if not isinstance(e, Event):
            raise TypeError(f"EventStore.add takes Event objects, got {type(e).__name__}")
        if db.execute("SELECT 1 FROM events WHERE id = ?", (e.id,)).fetchone():
            return 0  # stored already: not even turned into JSON
        if db.execute(_INSERT, _row(e)).rowcount == 0:
            return 0
        db.executemany("INSERT OR IGNORE INTO event_sources (source, event_id) VALUES (?, ?)",
                       [(s, e.id) for s in e.sources])  # fmt: skip
        return 1

    # -- reading ---------------------------------------------------------------------------------------

    def _events(self, sql: str, params: Iterable[Any] = ()) -> list[Event]:
        with self._sqlite_errors("read"):
            rows = self._db.execute(sql, tuple(params)).fetchall()  # one statement: one consistent state
        out = []
        for event_id, text in rows:
            try:
                out.append(Event.model_validate_json(text))
            except ValidationError as exc:
                msg = f"{self.path}: stored event {event_id!r} is not a valid Event: {exc}"
                raise StoreError(msg) from exc
        return out

    def query(self, **filters: Any) -> EventCollection:
        """The stored events matching the filters, in the order they were added; the keywords and their
        meaning are those of ``EventCollection.filter`` (``eventx.query``)."""
        q = Query.parse(**filters)
        where, params = _pushdown(q)
        return EventCollection(e for e in self._events(f"SELECT id, json FROM events{where} ORDER BY seq",
                                                       params) if q(e))  # fmt: skip

    def merged(self) -> EventCollection:
        """Everything stored, reports of one incident fused across articles (``EventCollection.merge``)."""
        return self.query().merge()

    def get(self, event_id: str) -> Event | None:
        """The stored event with this id, or None."""
        found = self._events("SELECT id, json FROM events WHERE id = ?", (event_id,))
        return found[0] if found else None

    def sources(self) -> list[str]:
        """The ids of the documents the stored events come from, sorted."""
        with self._sqlite_errors("read"):
            rows = self._db.execute("SELECT DISTINCT source FROM event_sources ORDER BY source")
            return [s for (s,) in rows]

    def __len__(self) -> int:
        with self._sqlite_errors("read"):
            return self._db.execute("SELECT count(*) FROM events").fetchone()[0]

    def __contains__(self, item: object) -> bool:
        """Whether an event (or an event id) is stored."""
        event_id = item.id if isinstance(item, Event) else item
        if not isinstance(event_id, str):
            return False
        with self._sqlite_errors("read"):
            return self._db.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is not None

    def __iter__(self) -> Iterator[Event]:
        return iter(self.query())

    # -- life cycle ------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the file (idempotent); the store cannot be used afterwards."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._conn is None else ("read-only" if self.read_only else "open")
        return f"EventStore({str(self.path)!r}, {state})"


__all__ = ["EventStore"]

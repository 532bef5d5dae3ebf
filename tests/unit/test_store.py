"""EventStore: idempotent adds, queries equal to EventCollection.filter, reopening, merging, files that
are not stores, atomic adds and a reader in another process during a write (hand-built events)."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import eventx
from eventx import EventCollection, EventStore
from eventx.errors import EventxError, QueryError, StoreError
from eventx.models import Event
from eventx.query import FILTER_KEYS
from eventx.store_schema import APPLICATION_ID, SCHEMA_VERSION

from .event_samples import ALEPPO, ARMY, REBELS, event, sample
from .test_query import CASES

EVENTS = EventCollection(sample())


def ids(events) -> list[str]:
    return [e.id for e in events]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Iterator[EventStore]:
    with EventStore(tmp_path_factory.mktemp("store") / "events.db") as store:
        store.add(EVENTS)
        yield store


def test_eventx_exports_the_store_class() -> None:
    assert eventx.EventStore is EventStore
    with pytest.raises(AttributeError):
        eventx.NoSuchThing  # noqa: B018


def test_add_is_idempotent_by_event_id(tmp_path) -> None:
    with EventStore(tmp_path / "s.db") as store:
        assert store.add(EVENTS[:3]) == 3
        assert store.add(EVENTS[:3]) == 0  # the same articles again: nothing new
        assert store.add(EVENTS) == 2 and len(store) == 5
        changed = EVENTS[0].model_copy(update={"event_type": "Protests", "sub_event_type": None})
        assert store.add([changed, changed]) == 0  # a stored id keeps its first version
        assert store.get("e1") == EVENTS[0]
        assert store.add(event("e6", source="f")) == 1  # a single event is taken too


def test_events_come_back_equal_including_merged_reports(tmp_path) -> None:
    a, b = EVENTS[0], EVENTS[1]
    fused = a.model_copy(update={"id": "m1", "sources": ["a", "b"], "merged_from": [a, b]})
    with EventStore(tmp_path / "s.db") as store:
        store.add([*EVENTS, fused])
        assert list(store.query()) == [*EVENTS, fused]  # in the order added
        assert store.get("m1") == fused and store.get("m1").merged_from[1] == b
        assert store.get("nope") is None


@pytest.mark.parametrize(("filters", "expected"), CASES)
def test_every_filter_answers_as_the_collection_does(stored: EventStore, filters: dict, expected) -> None:
    assert ids(stored.query(**filters)) == ids(EVENTS.filter(**filters)) == expected


def test_the_cases_cover_every_filter_keyword() -> None:
    assert {k for filters, _ in CASES for k in filters} == set(FILTER_KEYS)


@pytest.mark.parametrize("filters", [{"colour": "red"}, {"country": "Atlantis"}, {"since": "soon"}])
def test_bad_filters_raise_query_error(stored: EventStore, filters: dict) -> None:
    with pytest.raises(QueryError):
        stored.query(**filters)


def test_a_store_reopened_after_a_write_holds_the_events(tmp_path) -> None:
    path = tmp_path / "s.db"
    with EventStore(path) as store:
        store.add(EVENTS[:4])
    with EventStore(path) as store:
        assert len(store) == 4 and store.add(EVENTS) == 1
    with EventStore(path, read_only=True) as store:
        assert list(store) == list(EVENTS)
        assert "e5" in store and EVENTS[4] in store and "e9" not in store and 5 not in store
        assert store.sources() == ["a", "b", "c", "d"]
        assert ids(store.query(source="c", since="2021-04")) == ["e3"]
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT version FROM schema_migrations").fetchall() == [(SCHEMA_VERSION,)]


def test_merged_fuses_everything_stored(tmp_path) -> None:
    day = date(2021, 3, 4)
    other = event("x2", "Battles", "Armed clash", day, ALEPPO, (ARMY, REBELS), killed=7, source="z")
    with EventStore(tmp_path / "s.db") as store:
        store.add(EVENTS)
        store.add([other])
        merged = store.merged()
    assert merged == EventCollection([*EVENTS, other]).merge()
    assert len(merged) == 5 and any(set(e.sources) == {"a", "z"} for e in merged)


def sqlite_of_another_application(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
        raw.execute("INSERT INTO notes VALUES ('mine')")
    raw.close()


def damaged_store(path: Path) -> None:
    with EventStore(path) as store:
        store.add(EVENTS)
    data = bytearray(path.read_bytes())
    data[100:] = os.urandom(len(data) - 100)
    path.write_bytes(bytes(data))


def newer_store(path: Path) -> None:
    with EventStore(path) as store:
        store.add(EVENTS)
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()


FOREIGN = {
    "text file": (lambda p: p.write_text("id,event\n1,a battle\n" * 50), "not an SQLite database"),
    "random bytes": (lambda p: p.write_bytes(os.urandom(4096)), "not an SQLite database"),
    "truncated sqlite": (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x01" * 20), "truncated"),
    "other sqlite": (sqlite_of_another_application, "another application"),
    "damaged store": (damaged_store, "cannot be read"),
    "newer schema": (newer_store, "newer than this eventx reads"),
}


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("kind", list(FOREIGN))
def test_files_that_are_not_stores_are_refused_and_left_unchanged(tmp_path, kind: str, read_only) -> None:
    path = tmp_path / "events.db"
    make, message = FOREIGN[kind]
    make(path)
    before = digest(path)
    with pytest.raises(StoreError, match=message):
        EventStore(path, read_only=read_only)
    assert digest(path) == before
    if kind != "damaged store":  # (a WAL file's reader may leave SQLite's empty -wal/-shm beside it)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["events.db"]


def test_an_empty_file_becomes_a_store_but_a_folder_does_not(tmp_path) -> None:
    (tmp_path / "empty.db").touch()
    with EventStore(tmp_path / "empty.db") as store:
        assert store.add(EVENTS) == 5
    with pytest.raises(StoreError, match="directory"):
        EventStore(tmp_path)
    with pytest.raises(StoreError, match="cannot open"):
        EventStore(tmp_path / "no" / "such" / "dir.db")


def test_read_only_never_creates_or_writes(tmp_path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="no event store at"):
        EventStore(missing, read_only=True)
    assert not missing.exists()
    missing.touch()
    with pytest.raises(StoreError, match="not an event store yet"):
        EventStore(missing, read_only=True)
    with EventStore(missing) as store:
        store.add(EVENTS[:1])
    with EventStore(missing, read_only=True) as store, pytest.raises(StoreError, match="read_only"):
        store.add(EVENTS)


def test_a_closed_store_says_so(tmp_path) -> None:
    store = EventStore(tmp_path / "s.db")
    assert "open" in repr(store)
    store.close()
    store.close()
    assert "closed" in repr(store)
    with pytest.raises(StoreError, match="closed"):
        len(store)
    assert issubclass(StoreError, EventxError)


def failing_after(events: list[Event], n: int) -> Iterator[Event]:
    yield from events[:n]
    raise RuntimeError("the feed broke")


def test_a_failure_half_way_through_add_stores_nothing(tmp_path, monkeypatch) -> None:
    path = tmp_path / "s.db"
    new = [event(f"n{i}", source=f"n{i}") for i in range(4)]
    with EventStore(path) as store:
        store.add(EVENTS)
        with pytest.raises(RuntimeError, match="feed broke"):
            store.add(failing_after(new, 3))
        with pytest.raises(TypeError, match="Event objects"):
            store.add([new[0], {"id": "not an event"}])
        real_row, calls = eventx.store._row, []

        def row_then_fail(e: Event):
            calls.append(e.id)
            if len(calls) == 3:
                raise OSError("disk went away")
            return real_row(e)

        monkeypatch.setattr(eventx.store, "_row", row_then_fail)
        with pytest.raises(OSError, match="disk went away"):
            store.add(new)
        monkeypatch.undo()
        assert len(store) == 5 and "n0" not in store and store.sources() == ["a", "b", "c", "d"]
    with EventStore(path) as store:
        assert list(store) == list(EVENTS)
        assert store.add(new) == 4  # the twin: the same events, nothing failing, are stored


def slow_events(n: int, halfway, seen_halfway) -> Iterator[Event]:
    """``n`` events; half-way it waits until the reader has read the store (the write still open)."""
    for i in range(n):
        if i == n // 2:
            halfway.set()
            assert seen_halfway.wait(60), "the reader never read during the write"
        yield event(f"w{i}", source=f"w{i}")


def read_while_written(path: str, halfway, seen_halfway, done, out) -> None:
    """In another process: count the stored events again and again until the write is over."""
    seen = set()
    with EventStore(path, read_only=True) as store:
        while True:
            finished = done.is_set()
            n = len(store)
            seen.add(n)
            assert len(store.query()) in (n, 5, 105)  # a later read may see the commit, never half
            if halfway.is_set() and not seen_halfway.is_set():
                seen.add(("halfway", n))
                seen_halfway.set()
            if finished:
                break
    out.put(seen)


def test_a_reader_in_another_process_sees_the_old_or_the_new_state(tmp_path) -> None:
    path = tmp_path / "s.db"
    with EventStore(path) as store:
        store.add(EVENTS)
        ctx = multiprocessing.get_context("spawn")
        halfway, seen_halfway, done, out = ctx.Event(), ctx.Event(), ctx.Event(), ctx.Queue()
        reader = ctx.Process(target=read_while_written, args=(str(path), halfway, seen_halfway, done, out))
        reader.start()
        try:
            assert store.add(slow_events(100, halfway, seen_halfway)) == 100
            done.set()
            seen = out.get(timeout=60)
        finally:
            reader.join(60)
    assert reader.exitcode == 0
    assert ("halfway", 5) in seen  # read during the write: the old state
    assert {n for n in seen if isinstance(n, int)} == {5, 105}  # then the new one, nothing between

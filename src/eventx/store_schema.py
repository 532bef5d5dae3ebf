"""The event store's file format: tables, schema versions and how a file is recognised.

An event store is an SQLite database whose header carries ``APPLICATION_ID`` (``PRAGMA application_id``)
and whose ``PRAGMA user_version`` is the schema version it was written with. ``MIGRATIONS[v]`` holds the
statements that take a store from version ``v - 1`` to ``v``; each applied migration is recorded in the
``schema_migrations`` table. A file is checked (``inspect``) before anything is written to it, so a file
that is not an event store is never changed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import StoreError

#: "EVTX" as a big-endian 32-bit integer: marks an SQLite file as an eventx event store
APPLICATION_ID = 0x45565458
#: the schema version this eventx writes; files of a newer version are refused
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE schema_migrations (
               version INTEGER PRIMARY KEY,
               applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
           )""",
        # one row per event, in the order added: the full Event as JSON plus the columns queries narrow by
        """CREATE TABLE events (
               seq INTEGER PRIMARY KEY,
               id TEXT NOT NULL UNIQUE,
               event_type TEXT NOT NULL,
               date_start TEXT,
               date_end TEXT,
               country_code TEXT,
               json TEXT NOT NULL,
               added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
           )""",
        "CREATE INDEX events_event_type ON events (event_type)",
        "CREATE INDEX events_date ON events (date_start, date_end)",
        "CREATE INDEX events_country ON events (country_code)",
        """CREATE TABLE event_sources (
               source TEXT NOT NULL,
               event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
               PRIMARY KEY (source, event_id)
           ) WITHOUT ROWID""",
        "CREATE INDEX event_sources_event ON event_sources (event_id)",
    ),
}

NEW = 0  #: ``inspect``'s answer for a file with nothing in it yet (version 0)


def check_header(path: Path) -> None:
    """Refuse, without opening it with SQLite, a path that is not a directory-free SQLite file."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not an event store file")
    with path.open("rb") as fh:
        head = fh.read(100)
    if head and not head.startswith(SQLITE_MAGIC):
        raise StoreError(f"{path} is not an event store (not an SQLite database); it was left as it is")
    if head and len(head) < 100:
        raise StoreError(f"{path} is a damaged SQLite file (truncated header); it was left as it is")


def inspect(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of an open store (``NEW`` for an empty database), read without writing.

    Raises ``StoreError`` for a damaged file, another application's database or a newer schema.
    """
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} cannot be read as an event store ({exc}); it was left as it is") from exc
    if app_id == 0 and version == 0 and objects == 0:
        return NEW
    if app_id != APPLICATION_ID:
        raise StoreError(
            f"{path} is an SQLite database of another application (application_id {app_id:#x}), "
            "not an eventx event store; it was left as it is"
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has event store schema version {version}, newer than this eventx reads "
            f"({SCHEMA_VERSION}); upgrade eventx to open it"
        )
    return version


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the store up to ``SCHEMA_VERSION`` in one transaction (nothing to do if it is there)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = inspect(conn, path)  # again, now that no other writer can be half-way through this
        if version == NEW:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for v in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[v]:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version) VALUES (?)", (v,))
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise

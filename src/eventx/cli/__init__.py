"""The ``eventx`` command.

    eventx extract PATH... [--published DATE] [--format table|jsonl|csv|acled] [-o FILE] [--merge]
                           [--store DB] [filters]
    eventx store query DB [--merged] [--format ...] [-o FILE] [filters]
    eventx schema

Filters are the keywords of ``EventCollection.filter`` as options (``--event-type Battles --country SYR
--since 2020-02``; repeat one to allow several values). ``eventx PATH...`` without a sub-command means
``eventx extract PATH...``. Exit status: 0 when everything was read, 1 when some inputs were reported
and skipped (the rest is still processed), 2 for a usage error or when nothing could be read,
130 when interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .commands import run_extract, run_schema, run_store_query
from .errors import CommandError
from .options import add_filter_options, add_output_options

COMMANDS = ("extract", "store", "schema")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its three sub-commands."""
    ap = argparse.ArgumentParser(prog="eventx", description="Validated event records from news articles.")
    sub = ap.add_subparsers(dest="command", required=True, metavar="{extract,store,schema}")
    ex = sub.add_parser("extract", help="extract events from articles", description=run_extract.__doc__)
    ex.add_argument("paths", nargs="+", help=".txt/.md files (one article each), .jsonl files, folders, or -")
    ex.add_argument("--published", help="publication date (ISO) of every article; default: per article")
    ex.add_argument("--merge", action="store_true", help="fuse reports of one incident across articles")
    ex.add_argument("--store", metavar="DB", help="also add the events to this event store (SQLite file)")
    ex.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # old spelling of --format jsonl
    add_output_options(ex)
    add_filter_options(ex)
    st = sub.add_parser("store", help="query an event store", description="Query an event store.")
    st_sub = st.add_subparsers(dest="store_command", required=True, metavar="{query}")
    q = st_sub.add_parser("query", help="print the stored events that match the filters")
    q.add_argument("db", help="the store's file")
    q.add_argument("--merged", action="store_true", help="fuse stored reports of one incident first")
    add_output_options(q)
    add_filter_options(q)
    sub.add_parser("schema", help="print the JSON schema of an event")
    return ap


def _normalise(argv: Sequence[str]) -> list[str]:
    """``eventx PATH...`` (no sub-command) means ``eventx extract PATH...``."""
    argv = list(argv)
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        return ["extract", *argv]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(_normalise(sys.argv[1:] if argv is None else argv))
    try:
        if args.command == "schema":
            return run_schema(sys.stdout)
        if args.command == "store":
            return run_store_query(args)
        return run_extract(args)
    except CommandError as exc:
        print(f"eventx: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("eventx: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `eventx ... | head`
        sys.stderr.close()
        return 0


__all__ = ["build_parser", "main"]

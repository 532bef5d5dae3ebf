"""Options shared by the sub-commands: output format and file, and the event filters."""

from __future__ import annotations

import argparse
from typing import Any

from ..query import FILTER_KEYS

FORMATS = ("table", "jsonl", "csv", "acled")
_INTEGER_FILTERS = ("min_fatalities", "min_injuries")
_SINGLE_FILTERS = ("since", "until", *_INTEGER_FILTERS)


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """``--format`` and ``-o/--output``."""
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="table (default), jsonl (lossless), csv (flat columns) or acled (ACLED's columns)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """One option per filter keyword of ``EventCollection.filter`` (``--event-type``, ``--country``...)."""
    group = parser.add_argument_group("filters (as EventCollection.filter; repeat one for several values)")
    for key in FILTER_KEYS:
        flag = "--" + key.replace("_", "-")
        if key in _SINGLE_FILTERS:
            kind = int if key in _INTEGER_FILTERS else str
            group.add_argument(flag, dest=f"filter_{key}", type=kind, metavar=key.upper())
        else:
            group.add_argument(flag, dest=f"filter_{key}", action="append", metavar=key.upper())


def filters_from(args: argparse.Namespace) -> dict[str, Any]:
    """The filter keywords given on the command line."""
    out: dict[str, Any] = {}
    for key in FILTER_KEYS:
        value = getattr(args, f"filter_{key}", None)
        if value is not None:
            out[key] = value[0] if isinstance(value, list) and len(value) == 1 else value
    return out

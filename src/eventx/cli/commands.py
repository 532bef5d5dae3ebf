"""What each sub-command does once its arguments are parsed."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from ..collection import EventCollection
from ..errors import EventxError, InputError
from .errors import SKIPPED, USAGE, CommandError
from .inputs import Article, Inputs
from .options import filters_from
from .table import format_table


def run_schema(out: IO[str]) -> int:
    """Print the JSON schema of an Event."""
    from ..models import Event

    out.write(json.dumps(Event.model_json_schema(), indent=2) + "\n")
    return 0


def run_extract(args: argparse.Namespace) -> int:
    """Extract events from articles (.txt/.md files, .jsonl files, folders, or - for standard input);
    print them, write them to a file, add them to a store. Inputs that cannot be read or processed are
    reported on stderr and skipped; the exit status is then 1."""
    from ..api import check_text, parse_published

    if args.json:
        args.format = "jsonl"
    if args.published:
        _or_usage(parse_published, args.published)
    filters = filters_from(args)
    EventCollection().filter(**_checked(filters))
    inputs = Inputs()
    articles: list[Article] = []
    for article in inputs.articles(args.paths):
        try:
            check_text(article.text)
            parse_published(article.published)
        except InputError as exc:
            inputs.problems.append(f"{article.where}: {exc}")
            continue
        articles.append(article)
    for problem in inputs.problems:
        print(f"eventx: {problem} (skipped)", file=sys.stderr)
    if not articles:
        raise CommandError("nothing to read" if not inputs.problems else "no input could be read")
    events = _extract(articles, args.published)
    if args.store:
        _add_to_store(args.store, events)
    if args.merge:
        events = events.merge()
    _write(events.filter(**filters), args, f"from {len(articles)} article(s)")
    return SKIPPED if inputs.problems else 0


def run_store_query(args: argparse.Namespace) -> int:
    """Print the stored events that match the filters (fused across articles with --merged)."""
    from ..store import EventStore

    filters = _checked(filters_from(args))
    try:
        with EventStore(args.db, read_only=True) as store:
            events = store.merged().filter(**filters) if args.merged else store.query(**filters)
    except EventxError as exc:
        raise CommandError(str(exc)) from exc
    _write(events, args, f"in {args.db}")
    return 0


def _checked(filters: dict) -> dict:
    _or_usage(EventCollection().filter, **filters)
    return filters


def _or_usage(fn, *a, **kw):
    try:
        return fn(*a, **kw)
    except EventxError as exc:
        raise CommandError(str(exc), USAGE) from exc


def _extract(articles: list[Article], published: str | None) -> EventCollection:
    from tqdm import tqdm

    from ..api import extract_many

    items = [a.item(published) for a in articles]
    # a bar on a terminal only, and only once the run has lasted a couple of seconds
    bar = tqdm(total=len(items), unit="article", file=sys.stderr, disable=not sys.stderr.isatty(), delay=2)
    results = []
    with bar:
        for result in extract_many(items, on_error="skip"):
            results.append(result)
            bar.update(1)
    return EventCollection.concat(results)


def _add_to_store(path: str, events: EventCollection) -> None:
    from ..store import EventStore

    try:
        with EventStore(path) as store:
            added = store.add(events)
    except EventxError as exc:
        raise CommandError(str(exc)) from exc
    already = len(events) - added
    print(f"eventx: {added} new event(s) added to {path} ({already} already there)", file=sys.stderr)


def _write(events: EventCollection, args: argparse.Namespace, origin: str) -> None:
    with _output(args.output) as out:
        if args.format == "table":
            out.write(f"{format_table(events)}\n\n{len(events)} event(s) {origin}\n")
        elif args.format == "jsonl":
            events.to_jsonl(out)
        else:
            events.to_csv(out, style="acled" if args.format == "acled" else "flat")


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    try:
        fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror}") from exc
    with fh:
        yield fh

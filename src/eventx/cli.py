"""Command line: ``eventx FILE_OR_DIR ... [--published DATE] [--json] [--merge]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .collection import EventCollection
from .errors import EventxError
from .models import Event


def _files(paths: list[str]) -> list[tuple[Path, dict]]:
    """Files to read with their context; a folder's ``index.json`` may give each file's published/doc_id."""
    out: list[tuple[Path, dict]] = []
    for p in map(Path, paths):
        if p.is_dir():
            index = (
                json.loads((p / "index.json").read_text(encoding="utf-8"))
                if (p / "index.json").is_file()
                else {}
            )
            for q in sorted(q for q in p.iterdir() if q.suffix in (".txt", ".md") and q.is_file()):
                ctx = index.get(q.name, {})
                out.append((q, {"published": ctx.get("published"), "doc_id": ctx.get("doc_id", q.stem)}))
        elif p.is_file():
            out.append((p, {"published": None, "doc_id": p.stem}))
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return out


def _cell(value: object, width: int) -> str:
    s = "" if value is None else str(value)
    return (s[: width - 1] + "…" if len(s) > width else s).ljust(width)


def format_table(events: EventCollection) -> str:
    """The events as a readable fixed-width table, one line each."""
    cols = [
        ("type", 28),
        ("sub-type", 30),
        ("date", 11),
        ("place", 24),
        ("country", 7),
        ("initiator", 30),
        ("target", 30),
        ("killed", 11),
        ("injured", 11),
        ("conf", 5),
        ("sources", 20),
    ]
    lines = [" ".join(_cell(n, w) for n, w in cols), " ".join("-" * w for _, w in cols)]
    for e in events:
        lines.append(" ".join(_cell(v, w) for v, (_, w) in zip(_row(e), cols, strict=True)))
    return "\n".join(lines)


def _count(c) -> str | None:
    if c is None:
        return None
    return str(c.best) if c.low == c.high else f"{c.best} ({c.low}-{c.high})"


def _row(e: Event) -> list[object]:
    loc = e.location
    place = (
        None
        if loc is None
        else (loc.name if not loc.admin1 or loc.admin1 == loc.name else f"{loc.name}, {loc.admin1}")
    )
    return [
        e.event_type,
        e.sub_event_type,
        e.date.start if e.date else None,
        place,
        loc.country_code if loc else None,
        "; ".join(a.name for a in e.actors if a.role in ("initiator", "participant")) or None,
        "; ".join(a.name for a in e.actors if a.role == "target") or None,
        _count(e.fatalities),
        _count(e.injuries),
        f"{e.confidence:.2f}",
        ",".join(e.sources),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="eventx", description="Extract event records from news articles.")
    ap.add_argument("paths", nargs="+", help="text files, or folders of .txt files")
    ap.add_argument("--published", help="publication date (ISO) for every file; default: found in the text")
    ap.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    ap.add_argument("--merge", action="store_true", help="fuse reports of one incident across files")
    a = ap.parse_args(argv)
    from .api import extract_many

    try:
        files = _files(a.paths)
        items = [
            (f.read_text(encoding="utf-8"), {**ctx, **({"published": a.published} if a.published else {})})
            for f, ctx in files
        ]
        events = EventCollection.concat(extract_many(items))
    except (EventxError, OSError) as exc:
        print(f"eventx: {exc}", file=sys.stderr)
        return 2
    if a.merge:
        events = events.merge()
    if a.json:
        for e in events:
            print(json.dumps(e.model_dump(mode="json"), ensure_ascii=False))
    else:
        print(format_table(events))
        print(f"\n{len(events)} events from {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())

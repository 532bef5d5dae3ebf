"""The command line's table: one fixed-width line per event."""

from __future__ import annotations

from ..collection import EventCollection
from ..models import Count, Event


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


def _count(c: Count | None) -> str | None:
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

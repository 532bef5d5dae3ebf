"""Small helpers shared by the pipeline tests (import as ``from tests.helpers import ...``)."""

from __future__ import annotations


def types_of(events) -> list[tuple[str, str | None]]:
    """(event_type, sub_event_type) of each event, in order."""
    return [(e.event_type, e.sub_event_type) for e in events]


def sides(event, role: str) -> list[tuple[str, str]]:
    """(name, kind) of the event's actors with this role."""
    return [(a.name, a.kind) for a in event.actors if a.role == role]


def casualties(parse, text: str, published: str | None = None):
    """The casualty mentions the pipeline finds in text."""
    return parse(text, published=published)._.eventx_casualties


def first_location(extract, text: str, published: str = "2021-06-10"):
    """The location of the first event extracted from text (which must give one)."""
    events = extract(text, published=published)
    assert events, text
    return events[0].location

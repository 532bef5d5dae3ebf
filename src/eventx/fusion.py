"""Cross-document fusion: events from different articles that report the same incident become one.

Two events from different documents are the same incident when they have the same event type, the
same country (or one has none), dates that overlap or lie within ``max_days`` of each other (or one
has none), and no contradiction in who did it to whom: where both name initiators, their countries
overlap, and likewise for targets. Fused events keep every source and evidence span; their counts
keep the disagreement (low = smallest low, high = largest high, best = the most confident report's).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import timedelta

from .models import Actor, Count, DateSpan, Event

_DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}
_LOC_RANK = {"point": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}


def _dates_compatible(a: DateSpan | None, b: DateSpan | None, max_days: int) -> bool:
    if a is None or b is None:
        return True
    slack = timedelta(days=max_days)
    return a.start <= b.end + slack and b.start <= a.end + slack


def _role_countries(e: Event, role: str) -> set[str]:
    return {a.country_code for a in e.actors if a.role == role and a.country_code}


def same_incident(a: Event, b: Event, max_days: int = 1) -> bool:
    """True if ``a`` and ``b`` (from different documents) plausibly report one incident."""
    if set(a.sources) & set(b.sources) or a.event_type != b.event_type:
        return False
    ca = a.location.country_code if a.location else None
    cb = b.location.country_code if b.location else None
    if ca and cb and ca != cb:
        return False
    if not _dates_compatible(a.date, b.date, max_days):
        return False
    for role in ("initiator", "target", "participant"):
        ra, rb = _role_countries(a, role), _role_countries(b, role)
        if ra and rb and not ra & rb:
            return False
    shared = sum(
        bool(_role_countries(a, r) & _role_countries(b, r)) for r in ("initiator", "target", "participant")
    )
    return shared > 0 or (
        a.fatalities is not None and b.fatalities is not None and a.fatalities.best == b.fatalities.best
    )


def _fuse_counts(counts: list[Count | None], lead: Count | None) -> Count | None:
    present = [c for c in counts if c is not None]
    if not present:
        return None
    lead = lead or present[0]
    low = min(c.low for c in present)
    high = max(c.high for c in present)
    qual = lead.qualifier if low == high else "approximate"
    return Count(
        best=lead.best, low=low, high=high, qualifier=qual, text=" | ".join(c.text or "" for c in present)
    )


def fuse(group: Sequence[Event]) -> Event:
    """One Event from several reports of the same incident."""
    if len(group) == 1:
        return group[0]
    lead = max(group, key=lambda e: e.confidence)
    dates = [e.date for e in group if e.date is not None]
    date = max(dates, key=lambda d: (_DATE_RANK[d.precision], d.start), default=None) if dates else None
    locs = [e.location for e in group if e.location is not None]
    location = max(locs, key=lambda loc: _LOC_RANK.get(loc.precision or "", 0)) if locs else None
    actors: list[Actor] = []
    for e in group:
        for a in e.actors:
            if all((a.name, a.role) != (b.name, b.role) for b in actors):
                actors.append(a)
    ids = sorted(e.id for e in group)
    return Event(
        id="evx-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:16],
        event_type=lead.event_type,
        sub_event_type=lead.sub_event_type,
        date=date,
        location=location,
        actors=actors,
        fatalities=_fuse_counts([e.fatalities for e in group], lead.fatalities),
        injuries=_fuse_counts([e.injuries for e in group], lead.injuries),
        reported_by=sorted({r for e in group for r in e.reported_by}),
        sources=sorted({s for e in group for s in e.sources}),
        evidence=[ev for e in group for ev in e.evidence],
        confidence=round(min(1.0, lead.confidence + 0.1 * (len(group) - 1)), 3),
    )


def merge_events(events: Iterable[Event], max_days: int = 1) -> list[Event]:
    """Group events that report the same incident across documents and fuse each group."""
    groups: list[list[Event]] = []
    for e in events:
        for g in groups:
            if all(same_incident(e, other, max_days) for other in g):
                g.append(e)
                break
        else:
            groups.append([e])
    return [fuse(g) for g in groups]

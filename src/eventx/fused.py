"""The Event of an incident fused from several single-document reports (``eventx.grouping``).

The fused event keeps every source and evidence span, lists its reports in ``merged_from`` (sorted by
id), takes the type most reports give, the most precise date and place, the union of the actors, and
fuses the counts the UCDP way (``fuse_counts``). Its id is derived from the reports' ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from .models import Actor, Count, DateSpan, Event, Evidence, Location

_DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}
_PLACE_RANK = {"point": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}
#: confidence a fused event gains for each report beyond the first (corroboration), up to 1
CORROBORATION_BONUS = 0.1

T = TypeVar("T")


def fused_id(reports: Sequence[Event]) -> str:
    """A deterministic id from the reports' ids (distinct from any single report's id)."""
    key = "fused|" + "|".join(sorted(e.id for e in reports))
    return "evx-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def fuse_counts(counts: Sequence[Count | None]) -> Count | None:
    """Fuse the reports' counts of one incident the UCDP way.

    Reports that give no count are left out (no count is not zero). ``low`` is the lowest any report
    allows, ``high`` the highest, and ``best`` the value most reports give (the most corroborated);
    when values are equally corroborated, the lowest of them. The qualifier is the reports' common
    qualifier when they all agree on value and qualifier, else "approximate". The texts are kept,
    joined by " | ".

    >>> fuse_counts([Count(best=16), Count(best=45), Count(best=16)])
    Count(best=16, low=16, high=45, qualifier='approximate', text=None)
    """
    stated = [c for c in counts if c is not None]
    if not stated:
        return None
    tally = Counter(c.best for c in stated)
    best = min(tally, key=lambda v: (-tally[v], v))
    same = len({(c.best, c.low, c.high, c.qualifier) for c in stated}) == 1
    texts = list(dict.fromkeys(c.text for c in stated if c.text))
    return Count(
        best=best,
        low=min(c.low for c in stated),
        high=max(c.high for c in stated),
        qualifier=stated[0].qualifier if same else "approximate",
        text=" | ".join(texts) or None,
    )


def _most_common(values: Sequence[T], tiebreak: Callable[[T], object]) -> T:
    """The value given most often; ties go to the smallest ``tiebreak(value)``."""
    tally = Counter(values)
    return min(tally, key=lambda v: (-tally[v], tiebreak(v)))


def _event_type(reports: Sequence[Event]) -> tuple[str, str | None]:
    """The type most reports give (ties: the most confident report's), and its most common sub-type."""
    confidence: dict[str, float] = {}
    for e in reports:
        confidence[e.event_type] = max(e.confidence, confidence.get(e.event_type, 0.0))
    etype = _most_common([e.event_type for e in reports], lambda t: (-confidence[t], t))
    subs = [e.sub_event_type for e in reports if e.event_type == etype and e.sub_event_type]
    return etype, _most_common(subs, lambda s: s) if subs else None


def _date(reports: Sequence[Event]) -> DateSpan | None:
    """The most precise date; among equally precise ones the narrowest, then the one most reports give,
    then the earliest."""
    dates = [e.date for e in reports if e.date is not None]
    if not dates:
        return None
    tally = Counter((d.start, d.end) for d in dates)
    return min(
        dates,
        key=lambda d: (
            -_DATE_RANK[d.precision],
            d.end - d.start,
            -tally[(d.start, d.end)],
            d.start,
            d.text or "",
        ),
    )


def _location(reports: Sequence[Event]) -> Location | None:
    """The most precise place (coordinates and admin1 break ties), then the name most reports give."""
    places = [e.location for e in reports if e.location is not None]
    if not places:
        return None
    tally = Counter(p.name for p in places)
    return min(
        places,
        key=lambda p: (
            -_PLACE_RANK.get(p.precision or "", 0),
            p.latitude is None,
            p.admin1 is None,
            -tally[p.name],
            p.model_dump_json(),
        ),
    )


def _actors(reports: Sequence[Event]) -> list[Actor]:
    """Every actor once per (name, role), in the order the reports (sorted by id) give them."""
    seen: dict[tuple[str, str], Actor] = {}
    for e in reports:
        for a in e.actors:
            seen.setdefault((a.name, a.role), a)
    return list(seen.values())


def _evidence(reports: Sequence[Event]) -> list[Evidence]:
    return list(dict.fromkeys(v for e in reports for v in e.evidence))


def fuse(reports: Sequence[Event]) -> Event:
    """One Event for an incident from its single-document reports (one report: returned unchanged)."""
    reports = sorted(reports, key=lambda e: e.id)
    if len(reports) == 1:
        return reports[0]
    etype, sub = _event_type(reports)
    confidence = max(e.confidence for e in reports) + CORROBORATION_BONUS * (len(reports) - 1)
    return Event(
        id=fused_id(reports),
        event_type=etype,
        sub_event_type=sub,
        date=_date(reports),
        location=_location(reports),
        actors=_actors(reports),
        fatalities=fuse_counts([e.fatalities for e in reports]),
        injuries=fuse_counts([e.injuries for e in reports]),
        reported_by=sorted({r for e in reports for r in e.reported_by}),
        sources=sorted({s for e in reports for s in e.sources}),
        evidence=_evidence(reports),
        confidence=round(min(1.0, confidence), 3),
        merged_from=reports,
    )

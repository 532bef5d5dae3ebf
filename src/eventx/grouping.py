"""Reports into incidents: order-independent complete-link grouping over the rules of ``eventx.fusion``.

The input events are flattened into single reports (a fused event contributes the reports it was
made from, which stay together), sorted by id, and grouped by complete-link agglomeration: two
groups join only if every report of one is the same incident as every report of the other
(``fusion.same_incident``), and the joinable pair whose weakest link has the most evidence to spare
joins first (ties: the pair whose first report ids sort first). The result depends only on the set of
reports, never on their order, and merging merged events again changes nothing.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

from . import fusion
from .fused import fuse
from .models import Event

_Pair = tuple[int, int]


def reports_of(event: Event) -> list[Event]:
    """The single-document reports an event stands for: its ``merged_from``, or the event itself."""
    return list(event.merged_from) or [event]


def _units(events: Iterable[Event]) -> tuple[list[Event], list[list[int]]]:
    """All reports sorted by (id, content) and the groups they start in (one per input event)."""
    units = sorted((sorted(reports_of(e), key=_key) for e in events), key=lambda u: [_key(r) for r in u])
    reports, groups = [], []
    for unit in units:
        groups.append(list(range(len(reports), len(reports) + len(unit))))
        reports.extend(unit)
    return reports, groups


def _key(e: Event) -> tuple[str, str]:
    return e.id, e.model_dump_json()


def _date_sweep(reports: list[Event], idx: list[int]) -> set[_Pair]:
    """Pairs among ``idx`` whose dates are unknown or close enough to pass the date veto."""
    undated = [i for i in idx if reports[i].date is None]
    dated = sorted((i for i in idx if reports[i].date is not None), key=lambda i: (reports[i].date.start, i))
    pairs = {(min(u, i), max(u, i)) for u in undated for i in idx if i != u}
    reach = timedelta(days=fusion.MAX_DAYS_APART)
    for n, i in enumerate(dated):
        for j in dated[n + 1 :]:
            if reports[j].date.start - reports[i].date.end > reach:
                break
            pairs.add((min(i, j), max(i, j)))
    return pairs


def candidate_pairs(reports: list[Event]) -> list[_Pair]:
    """Index pairs worth comparing: same or unknown country, dates within reach (a cheap pre-filter)."""
    by_country: dict[str | None, list[int]] = defaultdict(list)
    for i, e in enumerate(reports):
        by_country[e.location.country_code if e.location else None].append(i)
    nowhere = by_country.pop(None, [])
    pairs: set[_Pair] = set()
    for idx in [*by_country.values(), []]:
        pairs |= _date_sweep(reports, sorted(idx + nowhere))
    return sorted(pairs)


def _links(reports: list[Event]) -> dict[_Pair, int]:
    """Pairs of reports that are one incident, with their evidence margin."""
    links = {}
    for i, j in candidate_pairs(reports):
        verdict = fusion.compare(reports[i], reports[j])
        if verdict.same:
            links[(i, j)] = verdict.margin
    return links


def _linkage(a: list[int], b: list[int], links: dict[_Pair, int]) -> int | None:
    """Complete link: the weakest margin over all cross pairs, or None if any pair is not linked."""
    margins = [links.get((min(i, j), max(i, j))) for i in a for j in b]
    return None if any(m is None for m in margins) else min(margins)


def _pair(a: int, b: int) -> _Pair:
    return (a, b) if a < b else (b, a)


def group_reports(reports: list[Event], groups: list[list[int]]) -> list[list[int]]:
    """Join ``groups`` (lists of report indices) by complete-link agglomeration, best link first.

    Groups are named by their first report index; the linkage of a joined group to a third is the
    weaker of its parts' linkages, and gone when either part had none (complete link)."""
    links = _links(reports)
    owner = {i: g[0] for g in groups for i in g}
    members = {g[0]: list(g) for g in groups}
    linkage: dict[_Pair, int] = {}
    for ga, gb in {_pair(owner[i], owner[j]) for i, j in links if owner[i] != owner[j]}:
        link = _linkage(members[ga], members[gb], links)
        if link is not None:
            linkage[(ga, gb)] = link
    near: dict[int, set[int]] = defaultdict(set)
    for ga, gb in linkage:
        near[ga].add(gb)
        near[gb].add(ga)
    heap = [(-link, ga, gb) for (ga, gb), link in linkage.items()]
    heapq.heapify(heap)
    while heap:
        neg, ga, gb = heapq.heappop(heap)
        if linkage.get((ga, gb)) != -neg:
            continue  # a stale entry: the pair was joined or relinked since
        del linkage[(ga, gb)]
        members[ga] = sorted(members[ga] + members.pop(gb))
        for k in (near.pop(ga, set()) | near.pop(gb, set())) - {ga, gb}:
            la, lb = linkage.pop(_pair(ga, k), None), linkage.pop(_pair(gb, k), None)
            near[k] -= {ga, gb}
            if la is not None and lb is not None:
                linkage[_pair(ga, k)] = min(la, lb)
                near[k].add(ga)
                near[ga].add(k)
                heapq.heappush(heap, (-min(la, lb), *_pair(ga, k)))
    return sorted(members.values())


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Incidents from reports: each group of reports of one incident fused into one Event
    (``eventx.fused.fuse``), sorted by date (undated last), then id."""
    reports, groups = _units(events)
    incidents = [fuse([reports[i] for i in g]) for g in group_reports(reports, groups)]
    return sorted(incidents, key=lambda e: (e.date is None, e.date.start if e.date else None, e.id))

"""Cross-document fusion: the rules that decide whether two reports describe one incident.

Two single-document events are compared in two steps (``compare``):

1. **Vetoes** (``VETOES``) rule a pair out whatever else agrees: the same source document, event types
   that cannot describe one incident (``COMPATIBLE_TYPES``), dates more than a day apart, different
   countries, different admin1 regions, or contradicting actors (both name someone in a role and no
   one matches).
2. **Evidence** (``EVIDENCE``) adds points for what the reports share: the same day, the same named
   place, the same admin1, the same actor per role, the same sub-event type, the same fatality or
   injury count; two different named towns count against. A pair is one incident when its points
   reach ``needed_points``: ``THRESHOLD``, more when a date or place is unknown (strong evidence),
   one more when the event types differ.

``eventx.grouping`` turns these pairwise verdicts into incidents (order-independent complete-link
grouping) and ``eventx.fused`` builds each incident's Event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from .models import Actor, Count, Event

#: points a pair of reports needs to be one incident when both have a date and a place
THRESHOLD = 4
#: points needed when either report has no date (or one vaguer than a week) or no admin1-level place
STRONG_THRESHOLD = 5
#: extra points needed when the two reports give different (but compatible) event types
TYPE_MISMATCH_COST = 1
#: the largest gap, in days, between two reports' dates that may still be one incident
MAX_DAYS_APART = 1

#: unordered pairs of different event types that one incident may be reported as. Organised violence
#: is framed differently by different reporters: an air strike on soldiers is also reported as
#: "clashes" (Battles / Explosions/Remote violence), a bombing that kills villagers as an attack on
#: civilians (Explosions/Remote violence / Violence against civilians), and a protest that turns
#: violent as a riot (Protests / Riots). Battles and Violence against civilians stay apart: whether
#: the dead were fighters or civilians is a disagreement about the facts, not a framing.
COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"Battles", "Explosions/Remote violence"}),
        frozenset({"Explosions/Remote violence", "Violence against civilians"}),
        frozenset({"Protests", "Riots"}),
    }
)

_ROLES = ("initiator", "target", "participant")
_SUB_ADMIN1 = {"point", "city", "admin2"}


def types_compatible(a: str, b: str) -> bool:
    """True if one incident may be reported as event type ``a`` by one source and ``b`` by another."""
    return a == b or frozenset({a, b}) in COMPATIBLE_TYPES


# -- small readers -------------------------------------------------------------------------------------


def _norm(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


def _country(e: Event) -> str | None:
    return e.location.country_code if e.location else None


def _admin1(e: Event) -> str:
    return _norm(e.location.admin1) if e.location else ""


def _place_name(e: Event) -> str:
    """The named place below admin1 level ("" when the event is placed only at admin1 or country)."""
    loc = e.location
    if loc is None or not loc.name or (loc.precision and loc.precision not in _SUB_ADMIN1):
        return ""
    name = _norm(loc.name)
    return "" if name in {_norm(loc.admin1), _norm(loc.country)} else name


def _day(e: Event):
    return e.date.start if e.date is not None and e.date.precision == "day" else None


def _names(a: Actor) -> set[str]:
    return {n for n in (_norm(a.name), _norm(a.text)) if n}


def _is_unidentified(a: Actor) -> bool:
    return a.name.startswith("Unidentified")


def _actors_match(a: Actor, b: Actor) -> bool:
    """Same actor: a shared name or alias, or the same country code on both."""
    return bool(_names(a) & _names(b)) or (a.country_code is not None and a.country_code == b.country_code)


def _known(e: Event, role: str) -> list[Actor]:
    return [a for a in e.actors if a.role == role and not _is_unidentified(a)]


def date_known(e: Event) -> bool:
    """A date at day or week precision (a month or a year cannot tell neighbouring incidents apart)."""
    return e.date is not None and e.date.precision in ("day", "week")


def place_known(e: Event) -> bool:
    """A place resolved at least to an admin1 region."""
    return bool(_admin1(e))


# -- vetoes --------------------------------------------------------------------------------------------


def _same_document(a: Event, b: Event) -> bool:
    return bool(set(a.sources) & set(b.sources))


def _incompatible_types(a: Event, b: Event) -> bool:
    return not types_compatible(a.event_type, b.event_type)


def _days_apart(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return False
    gap = max(a.date.start, b.date.start) - min(a.date.end, b.date.end)
    return gap > timedelta(days=MAX_DAYS_APART)


def _different_countries(a: Event, b: Event) -> bool:
    ca, cb = _country(a), _country(b)
    return bool(ca and cb and ca != cb)


def _different_admin1(a: Event, b: Event) -> bool:
    return bool(_admin1(a) and _admin1(b) and _admin1(a) != _admin1(b))


def _contradicting_actors(a: Event, b: Event) -> bool:
    """In some role both name identified actors and none of one side matches any of the other."""
    for role in _ROLES:
        ra, rb = _known(a, role), _known(b, role)
        if ra and rb and not any(_actors_match(x, y) for x in ra for y in rb):
            return True
    return False


#: name -> test; a pair for which any test is True is never one incident
VETOES: dict[str, Callable[[Event, Event], bool]] = {
    "same document": _same_document,
    "incompatible types": _incompatible_types,
    "dates apart": _days_apart,
    "different countries": _different_countries,
    "different admin1": _different_admin1,
    "contradicting actors": _contradicting_actors,
}


# -- evidence ------------------------------------------------------------------------------------------


def _same_day(a: Event, b: Event) -> int:
    return int(_day(a) is not None and _day(a) == _day(b))


def _same_place(a: Event, b: Event) -> int:
    pa, pb = _place_name(a), _place_name(b)
    if pa and pb:
        return 1 if pa == pb else -2
    return 0


def _same_admin1(a: Event, b: Event) -> int:
    return int(bool(_admin1(a)) and _admin1(a) == _admin1(b))


def _shared_actors(a: Event, b: Event) -> int:
    """One point per role in which both name the same actor (by name or alias)."""
    return sum(
        any(_names(x) & _names(y) for x in _known(a, role) for y in _known(b, role)) for role in _ROLES
    )


def _same_sub_type(a: Event, b: Event) -> int:
    return int(a.sub_event_type is not None and a.sub_event_type == b.sub_event_type)


def _same_count(a: Count | None, b: Count | None) -> int:
    """A point when both give the same positive best count (agreeing on none or zero proves little)."""
    return int(a is not None and b is not None and 0 < a.best == b.best)


def _same_fatalities(a: Event, b: Event) -> int:
    return _same_count(a.fatalities, b.fatalities)


def _same_injuries(a: Event, b: Event) -> int:
    return _same_count(a.injuries, b.injuries)


#: name -> points a pair earns (two different named towns: -2)
EVIDENCE: dict[str, Callable[[Event, Event], int]] = {
    "same day": _same_day,
    "same place": _same_place,
    "same admin1": _same_admin1,
    "shared actors": _shared_actors,
    "same sub-event type": _same_sub_type,
    "same fatalities": _same_fatalities,
    "same injuries": _same_injuries,
}


def needed_points(a: Event, b: Event) -> int:
    """The evidence two reports need: more when a date or place is unknown or the types differ."""
    known = all(date_known(e) and place_known(e) for e in (a, b))
    needed = THRESHOLD if known else STRONG_THRESHOLD
    return needed + (TYPE_MISMATCH_COST if a.event_type != b.event_type else 0)


@dataclass(frozen=True)
class Verdict:
    """Why two reports are, or are not, one incident."""

    vetoes: tuple[str, ...] = ()
    points: dict[str, int] = field(default_factory=dict)
    needed: int = THRESHOLD

    @property
    def score(self) -> int:
        """The sum of the evidence points."""
        return sum(self.points.values())

    @property
    def same(self) -> bool:
        """True if no veto applies and the evidence reaches the points needed."""
        return not self.vetoes and self.score >= self.needed

    @property
    def margin(self) -> int:
        """Points above what was needed (how strongly the pair is one incident)."""
        return self.score - self.needed


def compare(a: Event, b: Event) -> Verdict:
    """The vetoes that apply to two single-report events and, if none does, their evidence points."""
    vetoes = tuple(name for name, test in VETOES.items() if test(a, b))
    if vetoes:
        return Verdict(vetoes=vetoes)
    return Verdict(points={name: rule(a, b) for name, rule in EVIDENCE.items()}, needed=needed_points(a, b))


def same_incident(a: Event, b: Event) -> bool:
    """True if ``a`` and ``b`` (single reports from different documents) describe one incident."""
    return compare(a, b).same


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Group events that report the same incident across documents and fuse each group
    (``eventx.grouping.merge_events``; kept here for callers of the earlier API)."""
    from .grouping import merge_events as _merge

    return _merge(events)

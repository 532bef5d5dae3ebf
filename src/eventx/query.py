"""Filters over events: one definition shared by ``EventCollection.filter`` and ``EventStore.query``.

Keywords AND together; a keyword given a list (or tuple/set) matches any of its values.

=================  ==========================================================================
keyword            an event matches when
=================  ==========================================================================
event_type         its event type is the value (one of ``eventx.models.EVENT_TYPES``)
sub_event_type     its sub-event type is the value
country            its place's country: an ISO alpha-3 or alpha-2 code or a country name
admin1             its place's first-level division (case-insensitive)
location           its place's name as written or as the gazetteer spells it (case-insensitive)
actor              an actor's name or the words it was read from contain the value as whole words
                   (case-insensitive), or the value is a country and an actor belongs to it
actor_kind         an actor's kind is the value, or belongs to the named group ("state", "armed",
                   ...; ``eventx.models.ACTOR_KIND_GROUPS``; a name that is a kind means the kind)
role               an actor plays the role ("initiator", "target", "participant"); with ``actor``
                   or ``actor_kind`` it is the same actor that must play it
since / until      its date span overlaps [since, until] (dates or ISO strings); undated events
                   never match a date bound
min_fatalities     its best fatality count is at least the value (no count counts as 0)
min_injuries       likewise for injuries
source             one of its source documents is the value
text               one of its evidence spans contains the value (case-insensitive)
=================  ==========================================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .errors import QueryError
from .models import ACTOR_KIND_GROUPS, ACTOR_KINDS, EVENT_TYPES, SUB_EVENT_PARENT, Actor, Event

FILTER_KEYS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "country",
    "admin1",
    "location",
    "actor",
    "actor_kind",
    "role",
    "since",
    "until",
    "min_fatalities",
    "min_injuries",
    "source",
    "text",
)
ROLES = ("initiator", "target", "participant")


def _values(key: str, value: Any) -> tuple[Any, ...]:
    """A keyword's value as a tuple of alternatives (a str is one value, not its characters)."""
    if isinstance(value, (list, tuple, set, frozenset)):
        if not value:
            raise QueryError(f"{key}= was given an empty list")
        return tuple(value)
    return (value,)


def _strings(key: str, value: Any) -> tuple[str, ...]:
    out = _values(key, value)
    for v in out:
        if not isinstance(v, str) or not v.strip():
            raise QueryError(f"{key}= takes a non-empty string (or a list of them), got {v!r}")
    return tuple(v.strip() for v in out)


def _one_of(key: str, value: Any, allowed: Iterable[str]) -> tuple[str, ...]:
    allowed = tuple(allowed)
    out = _strings(key, value)
    for v in out:
        if v not in allowed:
            raise QueryError(f"{key}={v!r} is not one of: {', '.join(allowed)}")
    return out


def parse_date(key: str, value: Any) -> date:
    """A filter's date bound from a date, a datetime or an ISO string ("2020", "2020-02", "2020-02-28")."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        s = value.strip()
        for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
            try:
                return datetime.strptime(s[:size] if fmt == "%Y-%m-%d" else s, fmt).date()
            except ValueError:
                continue
    raise QueryError(f"{key}= takes a date or an ISO date string like '2020-02-28', got {value!r}")


def _month_end(d: date, text: str) -> date:
    """The last day a partial ISO bound ("2020", "2020-02") stands for, used by ``until``."""
    s = text.strip()
    if len(s) == 4:
        return date(d.year, 12, 31)
    if len(s) == 7:
        nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return d


@lru_cache(maxsize=4096)
def country_code(value: str) -> str | None:
    """The ISO alpha-3 code a country name or code stands for, or None (pycountry, fuzzy off)."""
    import pycountry

    v = value.strip()
    try:
        hit = pycountry.countries.lookup(v)
    except LookupError:
        return "XKX" if v.upper() in ("XKX", "XK", "KOSOVO") else None
    return hit.alpha_3


def _contains_words(haystack: str | None, needle: str) -> bool:
    return bool(haystack) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack, re.I) is not None


@dataclass(frozen=True)
class Query:
    """Parsed, checked filter keywords; ``Query.parse(**kw)`` raises ``QueryError`` on a bad one."""

    tests: tuple[Callable[[Event], bool], ...] = ()
    since: date | None = None
    until: date | None = None
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @classmethod
    def parse(cls, **filters: Any) -> Query:
        """Check every keyword and build the tests; unknown keywords are an error, None is ignored."""
        unknown = sorted(set(filters) - set(FILTER_KEYS))
        if unknown:
            raise QueryError(f"unknown filter(s) {unknown}; known: {', '.join(FILTER_KEYS)}")
        f = {k: v for k, v in filters.items() if v is not None}
        tests: list[Callable[[Event], bool]] = []
        event_types = _one_of("event_type", f["event_type"], EVENT_TYPES) if "event_type" in f else ()
        if event_types:
            tests.append(lambda e: e.event_type in event_types)
        if "sub_event_type" in f:
            subs = _one_of("sub_event_type", f["sub_event_type"], SUB_EVENT_PARENT)
            tests.append(lambda e: e.sub_event_type in subs)
        countries = _countries(f["country"]) if "country" in f else ()
        if countries:
            tests.append(lambda e: e.location is not None and e.location.country_code in countries)
        for key, fields in (("admin1", ("admin1",)), ("location", ("name", "gazetteer_name"))):
            if key in f:
                tests.append(_place_test(_strings(key, f[key]), fields))
        actor_test = _actor_test(f)
        if actor_test is not None:
            tests.append(actor_test)
        since = parse_date("since", f["since"]) if "since" in f else None
        until = None
        if "until" in f:
            until = parse_date("until", f["until"])
            if isinstance(f["until"], str):
                until = _month_end(until, f["until"])
        if since or until:
            tests.append(lambda e: _in_period(e, since, until))
        for key, attr in (("min_fatalities", "fatalities"), ("min_injuries", "injuries")):
            if key in f:
                tests.append(_min_count_test(key, f[key], attr))
        sources = _strings("source", f["source"]) if "source" in f else ()
        if sources:
            tests.append(lambda e: any(s in sources for s in e.sources))
        if "text" in f:
            needles = tuple(n.lower() for n in _strings("text", f["text"]))
            tests.append(lambda e: any(n in ev.text.lower() for ev in e.evidence for n in needles))
        return cls(tuple(tests), since, until, event_types, countries, sources)

    def __call__(self, event: Event) -> bool:
        return all(test(event) for test in self.tests)


def _countries(value: Any) -> tuple[str, ...]:
    out = []
    for v in _strings("country", value):
        code = country_code(v)
        if code is None:
            raise QueryError(f"country={v!r} is not a country name or ISO code")
        out.append(code)
    return tuple(out)


def _place_test(wanted: tuple[str, ...], fields: tuple[str, ...]) -> Callable[[Event], bool]:
    folded = {w.casefold() for w in wanted}

    def test(e: Event) -> bool:
        loc = e.location
        return loc is not None and any((getattr(loc, f) or "").casefold() in folded for f in fields)

    return test


def _actor_test(f: dict[str, Any]) -> Callable[[Event], bool] | None:
    """One test over actors, so that ``role`` binds to the same actor as ``actor``/``actor_kind``."""
    if not {"actor", "actor_kind", "role"} & set(f):
        return None
    names = _strings("actor", f["actor"]) if "actor" in f else ()
    codes = {c for c in (country_code(n) for n in names) if c}
    kinds: set[str] = set()
    if "actor_kind" in f:
        for k in _one_of("actor_kind", f["actor_kind"], (*ACTOR_KINDS, *ACTOR_KIND_GROUPS)):
            kinds |= {k} if k in ACTOR_KINDS else ACTOR_KIND_GROUPS[k]
    roles = _one_of("role", f["role"], ROLES) if "role" in f else ()

    def actor_ok(a: Actor) -> bool:
        if roles and a.role not in roles:
            return False
        if kinds and a.kind not in kinds:
            return False
        if names and not (
            any(_contains_words(a.name, n) or _contains_words(a.text, n) for n in names)
            or a.country_code in codes
        ):
            return False
        return True

    return lambda e: any(actor_ok(a) for a in e.actors)


def _in_period(e: Event, since: date | None, until: date | None) -> bool:
    if e.date is None:
        return False
    return (since is None or e.date.end >= since) and (until is None or e.date.start <= until)


def _min_count_test(key: str, value: Any, attr: str) -> Callable[[Event], bool]:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise QueryError(f"{key}= takes a whole number >= 0, got {value!r}")

    def test(e: Event) -> bool:
        count = getattr(e, attr)
        return (count.best if count is not None else 0) >= value

    return test

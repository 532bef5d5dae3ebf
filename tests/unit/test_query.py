"""EventCollection queries: filter keywords, sorted, group_by, totals (hand-built events, no model)."""

from __future__ import annotations

from datetime import date

import pytest

from eventx import EventCollection
from eventx.errors import EventxError, QueryError
from eventx.query import FILTER_KEYS, Query

from .event_samples import sample

EVENTS = EventCollection(sample())


def ids(events) -> list[str]:
    return [e.id for e in events]


CASES = [
    ({"event_type": "Battles"}, ["e1", "e5"]),
    ({"event_type": ["Protests", "Battles"]}, ["e1", "e3", "e5"]),
    ({"sub_event_type": "Air/drone strike"}, ["e2"]),
    ({"country": "Syria"}, ["e1", "e2"]),
    ({"country": "SYR"}, ["e1", "e2"]),
    ({"country": "af"}, ["e3", "e4"]),
    ({"admin1": "idlib"}, ["e2"]),
    ({"location": "Kabul"}, ["e3", "e4"]),
    ({"actor": "Hayat Tahrir al-Sham"}, ["e1"]),
    ({"actor": "HTS"}, ["e1"]),  # the words the actor was read from
    ({"actor": "Turkey"}, ["e2"]),  # a country: its actors
    ({"actor": "TUR"}, ["e2"]),
    ({"actor": "Syria"}, ["e1"]),
    ({"actor_kind": "protesters"}, ["e3"]),
    ({"actor_kind": "state"}, ["e1", "e2"]),  # a group of kinds
    ({"role": "target"}, ["e1", "e4"]),
    ({"actor_kind": "rebel_group", "role": "target"}, ["e1"]),
    ({"actor_kind": "rebel_group", "role": "initiator"}, []),  # the same actor must play the role
    ({"since": "2021-03-20"}, ["e2", "e3", "e5"]),
    ({"until": "2021-03"}, ["e1", "e2"]),  # a month bound means its last day
    ({"since": date(2021, 3, 5), "until": "2021-04-02"}, ["e2", "e3"]),
    ({"since": "2021"}, ["e1", "e2", "e3", "e5"]),  # undated e4 never matches a date bound
    ({"min_fatalities": 10}, ["e2"]),
    ({"min_fatalities": 0}, ["e1", "e2", "e3", "e4", "e5"]),
    ({"min_injuries": 2}, ["e2", "e4"]),
    ({"source": "c"}, ["e3", "e4"]),
    ({"source": ["a", "d"]}, ["e1", "e5"]),
    ({"text": "saraqib"}, ["e2"]),
    ({"event_type": "Battles", "country": "Syria", "min_fatalities": 1}, ["e1"]),
    ({"country": None}, ["e1", "e2", "e3", "e4", "e5"]),  # None means "not filtered"
]


@pytest.mark.parametrize(("filters", "expected"), CASES)
def test_filter_keywords(filters: dict, expected: list[str]) -> None:
    assert ids(EVENTS.filter(**filters)) == expected


def test_every_keyword_is_exercised_above() -> None:
    assert {k for filters, _ in CASES for k in filters} == set(FILTER_KEYS)


@pytest.mark.parametrize(
    "filters",
    [
        {"colour": "red"},
        {"event_type": "Battle"},
        {"sub_event_type": "Airstrike"},
        {"country": "Atlantis"},
        {"since": "yesterday"},
        {"until": 2021},
        {"min_fatalities": -1},
        {"min_fatalities": "5"},
        {"role": "victim"},
        {"actor_kind": "soldiers"},
        {"actor": ""},
        {"source": []},
    ],
)
def test_bad_filters_are_clear_errors(filters: dict) -> None:
    with pytest.raises(QueryError) as err:
        EVENTS.filter(**filters)
    assert isinstance(err.value, EventxError) and next(iter(filters)) in str(err.value)


def test_query_exposes_indexable_bounds() -> None:
    q = Query.parse(event_type="Battles", country="Syria", since="2021-03", until="2021-03", source="a")
    assert q.event_types == ("Battles",) and q.countries == ("SYR",) and q.sources == ("a",)
    assert (q.since, q.until) == (date(2021, 3, 1), date(2021, 3, 31))


def test_sorted_by_date_and_counts_with_missing_values_last() -> None:
    assert ids(EVENTS.sorted("date")) == ["e1", "e2", "e3", "e5", "e4"]
    assert ids(EVENTS.sorted("date", reverse=True)) == ["e5", "e3", "e2", "e1", "e4"]
    assert ids(EVENTS.sorted("fatalities", reverse=True))[:2] == ["e2", "e1"]
    with pytest.raises(QueryError):
        EVENTS.sorted("colour")


def test_group_by_column_and_month() -> None:
    by_type = EVENTS.group_by("event_type")
    assert {k: ids(v) for k, v in by_type.items()}["Battles"] == ["e1", "e5"]
    by_month = EVENTS.group_by("month")
    assert {k: len(v) for k, v in by_month.items()} == {"2021-03": 2, "2021-04": 2, None: 1}
    assert all(isinstance(v, EventCollection) for v in by_month.values())


def test_totals_by_country_and_month() -> None:
    rows = EVENTS.totals(by=("country_code", "month"))
    syria = [r for r in rows if r["country_code"] == "SYR"]
    assert syria == [
        {"country_code": "SYR", "month": "2021-03", "events": 2, "fatalities": 17, "injuries": 3}
    ]
    assert sum(r["events"] for r in rows) == len(EVENTS)
    assert EVENTS.totals(by="event_type")[0] == {
        "event_type": "Battles", "events": 2, "fatalities": 5, "injuries": 0,
    }  # fmt: skip

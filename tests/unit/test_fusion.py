"""Cross-document fusion on hand-built reports: the vetoes, the evidence, grouping and fused counts."""

from __future__ import annotations

import random
from datetime import date

import pytest

import eventx
from eventx import EventCollection
from eventx.fused import fuse_counts
from eventx.fusion import compare, same_incident, types_compatible
from eventx.models import Actor, Count, DateSpan, Location

from .event_samples import ARMY, IDLIB, event

STRIKE, SUB = "Explosions/Remote violence", "Air/drone strike"
DAY = date(2021, 3, 4)
TURKS = Actor(name="Military Forces of Turkey", role="target", kind="external_forces", country_code="TUR")
RUSSIA = Actor(name="Military Forces of Russia", role="initiator", kind="external_forces", country_code="RUS")
SARMIN = Location(name="Sarmin", admin1="Idlib", country="Syria", country_code="SYR", precision="city")
IDLIB_ONLY = Location(name="Idlib", admin1="Idlib", country="Syria", country_code="SYR", precision="admin1")
HAMA = Location(name="Hama", admin1="Hama", country="Syria", country_code="SYR", precision="city")
HATAY = Location(name="Reyhanli", admin1="Hatay", country="Turkey", country_code="TUR", precision="city")


def report(id: str, source: str, **overrides) -> eventx.Event:
    """One report of the Saraqib air strike (army on Turkish troops, 33 killed) from ``source``."""
    fields = dict(event_type=STRIKE, sub=SUB, day=DAY, place=IDLIB, actors=(ARMY, TURKS), killed=33)
    fields.update(overrides)
    return event(id, source=source, evidence=f"The strike, as {source} tells it.", **fields)


def test_one_incident_from_two_documents_merges() -> None:
    a, b = report("a1", "afp"), report("b1", "reuters")
    assert same_incident(a, b)
    (merged,) = EventCollection([a, b]).merge()
    assert merged.sources == ["afp", "reuters"]
    assert {v.doc_id for v in merged.evidence} == {"afp", "reuters"}
    assert (merged.fatalities.low, merged.fatalities.best, merged.fatalities.high) == (33, 33, 33)
    assert merged.fatalities.qualifier == "exact"
    assert merged.merged_from == [a, b] and merged.id not in {"a1", "b1"}


@pytest.mark.parametrize(
    ("change", "veto"),
    [
        ({"place": HAMA}, "different admin1"),
        ({"place": HATAY}, "different countries"),
        ({"day": date(2021, 3, 6)}, "dates apart"),
        ({"event_type": "Protests", "sub": None, "actors": ()}, "incompatible types"),
        ({"actors": (RUSSIA, TURKS)}, "contradicting actors"),
        ({"source": "afp"}, "same document"),
    ],
)
def test_distinct_incidents_never_merge(change: dict, veto: str) -> None:
    a = report("a1", "afp")
    rest = {k: v for k, v in change.items() if k != "source"}
    b = report("b1", change.get("source", "reuters"), **rest)
    assert veto in compare(a, b).vetoes
    assert len(EventCollection([a, b]).merge()) == 2
    # the positive twin: the same second report without the change merges
    assert same_incident(a, report("b1", "reuters"))


def test_adjacent_days_and_compatible_types_can_merge() -> None:
    a = report("a1", "afp")
    assert same_incident(a, report("b1", "reuters", day=date(2021, 3, 5)))
    clash = report("b1", "reuters", event_type="Battles", sub="Armed clash")
    assert types_compatible(STRIKE, "Battles") and not types_compatible(
        "Battles", "Violence against civilians"
    )
    assert compare(a, clash).needed == compare(a, report("b1", "reuters")).needed + 1
    assert same_incident(a, clash)


def test_different_towns_count_against() -> None:
    a = report("a1", "afp", killed=None)
    elsewhere = report("b1", "reuters", place=SARMIN, killed=None)
    assert compare(a, elsewhere).points["same place"] == -2 and not same_incident(a, elsewhere)
    assert compare(a, report("b1", "reuters", killed=None)).points["same place"] == 1


def test_unknown_date_merges_only_on_strong_evidence() -> None:
    a = report("a1", "afp")
    undated = report("b1", "reuters", day=None)
    assert compare(a, undated).needed > compare(a, report("b1", "reuters")).needed
    assert same_incident(a, undated)  # same town, actors, sub-type and count
    weak = report("b1", "reuters", day=None, killed=None, actors=(ARMY,))
    assert compare(a, weak).vetoes == () and not same_incident(a, weak)
    # the same weak report with its date known is enough
    assert same_incident(a, report("b1", "reuters", killed=None, actors=(ARMY,)))


def test_unknown_place_merges_only_on_strong_evidence() -> None:
    a = report("a1", "afp")
    assert same_incident(a, report("b1", "reuters", place=None))
    weak = report("b1", "reuters", place=None, killed=None)
    assert not same_incident(a, weak)
    assert same_incident(a, report("b1", "reuters", killed=None))


def test_week_dates_merge_on_place_actors_and_sub_type() -> None:
    week = DateSpan(start=date(2021, 3, 1), end=date(2021, 3, 7), precision="week")
    a = report("a1", "afp", place=IDLIB_ONLY, killed=16).model_copy(update={"date": week})
    b = report("b1", "reuters", place=IDLIB_ONLY, killed=45).model_copy(update={"date": week})
    other = report("c1", "reuters", place=IDLIB_ONLY, sub="Shelling/artillery/missile attack",
                   actors=(ARMY,), killed=7).model_copy(update={"date": week})  # fmt: skip
    merged = EventCollection([a, b, other]).merge()
    assert len(merged) == 2
    (fused,) = [e for e in merged if e.merged_from]
    assert fused.merged_from == [a, b]
    assert (fused.fatalities.low, fused.fatalities.best, fused.fatalities.high) == (16, 16, 45)


@pytest.mark.parametrize(
    ("bests", "expected"),
    [
        ([16, 45, 16], (16, 16, 45)),
        ([33, 33], (33, 33, 33)),
        ([45, 16], (16, 16, 45)),  # a tie goes to the lowest
        ([20, 45, 45], (20, 45, 45)),  # the most corroborated value, even when higher
    ],
)
def test_counts_fuse_the_ucdp_way(bests: list[int], expected: tuple[int, int, int]) -> None:
    c = fuse_counts([Count(best=n) for n in bests])
    assert (c.low, c.best, c.high) == expected
    assert c.qualifier == ("exact" if len(set(bests)) == 1 else "approximate")


def test_count_fusion_keeps_report_ranges_and_skips_silent_reports() -> None:
    c = fuse_counts([Count(best=20, low=18, high=25, qualifier="approximate"), None, Count(best=20)])
    assert (c.low, c.best, c.high, c.qualifier) == (18, 20, 25, "approximate")
    assert fuse_counts([None, None]) is None


def test_three_reports_and_merged_from_is_flat() -> None:
    reports = [
        report("a1", "afp", killed=16),
        report("b1", "reuters", killed=45),
        report("c1", "ap", killed=16),
    ]
    (merged,) = eventx.merge(reports)
    assert [e.id for e in merged.merged_from] == ["a1", "b1", "c1"]
    assert all(not e.merged_from for e in merged.merged_from)
    assert (merged.fatalities.low, merged.fatalities.best, merged.fatalities.high) == (16, 16, 45)
    # a fused event merged with a further report: the reports stay flat
    (again,) = eventx.merge([merged, report("d1", "bbc", killed=16)])
    assert [e.id for e in again.merged_from] == ["a1", "b1", "c1", "d1"]


def _mixed() -> list[eventx.Event]:
    return [
        report("a1", "afp"),
        report("b1", "reuters", day=date(2021, 3, 5)),
        report("c1", "ap", killed=None),
        report("a2", "afp", place=HAMA, killed=4),
        report("b2", "reuters", place=HAMA, killed=4),
        report("d1", "bbc", place=HATAY),
        report("e1", "dpa", event_type="Protests", sub=None, actors=(), killed=None),
        report("e2", "afp", event_type="Protests", sub=None, actors=(), killed=None, day=None),
    ]


def test_grouping_does_not_depend_on_order() -> None:
    events = _mixed()
    expected = EventCollection(events).merge()
    assert sorted(len(e.merged_from) for e in expected) == [0, 0, 0, 2, 3]
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(events)
        assert EventCollection(events).merge() == expected


def test_merging_merged_events_changes_nothing() -> None:
    merged = EventCollection(_mixed()).merge()
    assert merged.merge() == merged


def test_events_of_one_document_never_merge() -> None:
    same_doc = [report("a1", "afp"), report("a2", "afp"), report("a3", "afp", day=None)]
    assert len(EventCollection(same_doc).merge()) == 3
    assert len(EventCollection([*same_doc, report("b1", "reuters")]).merge()) == 3

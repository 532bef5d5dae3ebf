"""The event schema: field names, validation messages naming the field, the taxonomy."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from eventx import Actor, Count, DateSpan, Event, Evidence, Location
from eventx.models import EVENT_TYPES, SUB_EVENT_PARENT, make_event_id


def _event(**kw) -> Event:
    base = {"id": "evx-1", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    return Event(**{**base, **kw})


def test_taxonomy_has_acled_types_and_diplomacy() -> None:
    assert set(EVENT_TYPES) == {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
        "Diplomacy",
    }
    assert SUB_EVENT_PARENT["Air/drone strike"] == "Explosions/Remote violence"
    assert SUB_EVENT_PARENT["Talks"] == "Diplomacy"
    assert len(SUB_EVENT_PARENT) == 26


def test_sub_type_must_belong_to_type() -> None:
    with pytest.raises(ValidationError, match="sub_event_type 'Armed clash' does not belong"):
        _event(sub_event_type="Armed clash")


def test_unknown_event_type_names_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        _event(event_type="Bombing")
    assert err.value.errors()[0]["loc"] == ("event_type",)


def test_count_bounds_filled_and_ordered() -> None:
    c = Count(best=33)
    assert (c.low, c.best, c.high, c.qualifier) == (33, 33, 33, "exact")
    with pytest.raises(ValidationError, match="low <= best <= high"):
        Count(best=10, low=12)
    with pytest.raises(ValidationError) as err:
        Count(best=-1)
    assert err.value.errors()[0]["loc"] == ("best",)


def test_location_and_actor_validation() -> None:
    with pytest.raises(ValidationError, match="alpha-3"):
        Location(country_code="SY")
    with pytest.raises(ValidationError, match="kind must be one of"):
        Actor(name="X", role="initiator", kind="army")
    with pytest.raises(ValidationError) as err:
        Actor(name="X", role="victim")
    assert err.value.errors()[0]["loc"] == ("role",)
    with pytest.raises(ValidationError) as err:
        Location(latitude=123.0)
    assert err.value.errors()[0]["loc"] == ("latitude",)


def test_date_span_and_evidence_order() -> None:
    with pytest.raises(ValidationError, match="must not be before"):
        DateSpan(start=date(2020, 2, 28), end=date(2020, 2, 27))
    with pytest.raises(ValidationError, match="must not be before"):
        Evidence(start=10, end=5, text="")
    with pytest.raises(ValidationError) as err:
        DateSpan(start=date(2020, 2, 28), end=date(2020, 2, 28), precision="hour")
    assert err.value.errors()[0]["loc"] == ("precision",)


def test_confidence_range_and_frozen() -> None:
    with pytest.raises(ValidationError) as err:
        _event(confidence=1.5)
    assert err.value.errors()[0]["loc"] == ("confidence",)
    e = _event()
    with pytest.raises(ValidationError):
        e.event_type = "Battles"


def test_json_round_trip_and_schema_field_names() -> None:
    e = _event(
        date=DateSpan(start=date(2020, 2, 27), end=date(2020, 2, 27), precision="day", text="late Thursday"),
        location=Location(
            name="Idlib", admin1="Idlib", country="Syria", country_code="SYR", precision="admin1"
        ),
        actors=[
            Actor(name="Military Forces of Turkey", role="target", kind="state_forces", country_code="TUR")
        ],
        fatalities=Count(best=33),
        sources=["seed-afp"],
        evidence=[Evidence(doc_id="seed-afp", start=0, end=5, text="Thirt")],
        confidence=0.9,
    )
    d = e.model_dump(mode="json")
    assert d["date"]["start"] == "2020-02-27" and d["fatalities"]["best"] == 33
    assert Event.model_validate(d) == e
    schema = Event.model_json_schema()
    # Event holds the reports it was fused from (merged_from), so the schema is a $ref into $defs
    schema = schema["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    assert {
        "id",
        "event_type",
        "sub_event_type",
        "date",
        "location",
        "actors",
        "fatalities",
        "injuries",
        "reported_by",
        "sources",
        "evidence",
        "confidence",
        "merged_from",
    } <= set(schema["properties"])


def test_event_ids_are_deterministic() -> None:
    a = make_event_id("doc", "Battles", [(10, 20)])
    assert a == make_event_id("doc", "Battles", [(10, 20)])
    assert a != make_event_id("doc", "Battles", [(11, 20)])
    assert a != make_event_id("other", "Battles", [(10, 20)])


def test_documented_schema_is_current() -> None:
    import json
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "event.schema.json"
    assert json.loads(doc.read_text(encoding="utf-8")) == Event.model_json_schema(), (
        "regenerate docs/event.schema.json from Event.model_json_schema()"
    )


def test_taxonomy_groups_and_initiator_bars_name_known_kinds_and_types() -> None:
    from eventx.models import ACTOR_KIND_GROUPS, ACTOR_KINDS, EVENT_TYPES, NOT_INITIATORS

    assert {"state_forces", "armed", "non_state_armed", "unarmed_crowd"} <= set(ACTOR_KIND_GROUPS)
    for kinds in [*ACTOR_KIND_GROUPS.values(), *NOT_INITIATORS.values()]:
        assert kinds and kinds <= set(ACTOR_KINDS)
    assert set(NOT_INITIATORS) <= set(EVENT_TYPES)
    assert "civilians" in NOT_INITIATORS["Violence against civilians"]

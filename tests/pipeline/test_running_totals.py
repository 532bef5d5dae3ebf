"""Running totals: a later, higher figure of the same incident's toll is the incident's count (the latest
stated total as best, the earlier figures as its range), never a second incident nor added to the first;
a total over a war or a period never becomes an incident's count. Sentences written for eventx."""

from __future__ import annotations

import pytest

PUBLISHED = "2023-05-04"


def _one(extract, text):
    events = [e for e in extract(text, published=PUBLISHED) if e.fatalities or e.injuries]
    assert len(events) == 1, [(e.event_type, e.fatalities) for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("update", "best"),
    [
        ("The death toll rose to at least six on Tuesday, officials said.", 6),
        ("The toll climbed to 20 later in the day, police said.", 20),
        ("Rescue workers pulled more bodies from the rubble, bringing the number of dead to 12.", 12),
        ("Six people have now died, police said.", 6),
        ("Two more victims died in hospital overnight, bringing the death toll to five.", 5),
    ],
)
def test_a_newer_total_becomes_the_incident_count(extract, update, best):
    first = "Gunmen attacked a market in Kano, Nigeria, on Monday, killing three traders."
    ev = _one(extract, f"{first} {update}")
    assert ev.fatalities.best == best
    assert (ev.fatalities.low, ev.fatalities.high) == (3, best)  # the range of what was reported


def test_a_newer_total_far_after_the_first_count(extract):
    text = (
        "A suicide bomber attacked a mosque in Quetta, Pakistan, on Friday, killing 10 worshippers. "
        "The blast tore through the main hall during prayers. Ambulances rushed to the area. "
        "By Saturday the death toll had risen to 15, a hospital official said."
    )
    assert _one(extract, text).fatalities.best == 15


def test_a_newer_total_of_the_wounded(extract):
    text = (
        "Militants stormed a hotel in Mogadishu, Somalia, on Monday, killing four people and wounding 15. "
        "The number of wounded has risen to 40, a hospital official said."
    )
    ev = _one(extract, text)
    assert (ev.fatalities.best, ev.injuries.best, ev.injuries.low) == (4, 40, 15)


def test_a_toll_stated_in_the_lead(extract):
    text = "The death toll from a truck bombing at a police station in Kandahar rose to at least six Friday."
    assert _one(extract, text).fatalities.best == 6


@pytest.mark.parametrize(
    "later",
    [
        "The death toll since the war began has reached 380,000.",
        "The death toll since the start of the year has risen to 900, the monitor said.",
        "This year's toll has risen to 900, the monitor said.",
    ],
)
def test_a_total_over_a_war_or_a_period_is_not_the_incident_count(extract, later):
    first = "An airstrike hit a market in Idlib, Syria, on Monday, killing 11 civilians."
    assert _one(extract, f"{first} {later}").fatalities.best == 11
    # the positive twin: the incident's own running total does update it
    own = f"{first} The death toll from the strike rose to 14 on Tuesday."
    assert _one(extract, own).fatalities.best == 14


def test_a_road_toll_is_no_death_toll(extract, parse):
    doc = parse("Gunmen killed three traders in Kano, Nigeria, on Monday. The road toll rose to 20 naira.")
    assert [c.best for c in doc._.eventx_casualties if c.status == "killed"] == [3]
    doc = parse("Gunmen killed three traders in Kano, Nigeria, on Monday. The toll rose to 20.")
    assert [c.best for c in doc._.eventx_casualties if c.status == "killed"] == [3, 20]

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


@pytest.mark.parametrize(
    ("first", "later", "status", "best"),
    [
        (
            "killing two people and wounding dozens",
            "Doctors said 45 wounded people had been admitted.",
            "injuries",
            45,
        ),
        (
            "killing scores of people",
            "Officials later said 64 people had been killed in the blast.",
            "fatalities",
            64,
        ),
        ("wounding several hundred", "A hospital said it had treated 350 wounded people.", "injuries", 350),
    ],
)
def test_a_vague_figure_gives_way_to_a_precise_one(extract, first, later, status, best):
    text = f"A suicide bomber attacked a market in Kandahar, Afghanistan, on Monday, {first}. {later}"
    count = getattr(_one(extract, text), status)
    assert count.best == best
    assert count.low < best  # the vague floor stays the range's low


def test_a_precise_figure_is_not_replaced_by_a_larger_vague_or_smaller_precise_one(extract):
    lead = "A suicide bomber attacked a market in Kandahar, Afghanistan, on Monday, wounding 30 people."
    assert _one(extract, f"{lead} Officials said dozens were wounded in the blast.").injuries.best == 30
    vague = "A suicide bomber attacked a market in Kandahar, Afghanistan, on Monday, wounding dozens."
    # a precise figure below the vague floor (12) does not replace it; one above it does
    assert _one(extract, f"{vague} Doctors said 8 wounded people had been admitted.").injuries.best == 12
    assert _one(extract, f"{vague} Doctors said 18 wounded people had been admitted.").injuries.best == 18


def test_a_total_of_the_victims_a_report_tells_is_their_count(extract) -> None:
    # "a total of": the sum of this attack's dead, not a running total
    (e,) = extract("A total of 12 people were killed in the attack on a market in Maiduguri on Monday.")
    assert e.fatalities is not None and e.fatalities.best == 12
    (e,) = extract("Gunmen killed a total of 12 people in an attack on a market in Maiduguri on Monday.")
    assert e.fatalities is not None and e.fatalities.best == 12
    # "the total" stays a running total: no incident, no count
    assert len(extract("The total killed this year in Borno reached 300, officials said on Monday.")) == 0

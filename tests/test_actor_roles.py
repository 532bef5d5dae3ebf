"""Who did it and to whom: named forces and militias, parts of an actor, sides of a clash and communal
militias (real pipeline, real model; sentences written for these tests)."""

from __future__ import annotations


def _sides(event, role: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in event.actors if a.role == role]


def test_members_of_an_actor_act_for_it(extract) -> None:
    text = "On 3 March 2021, members of the military forces of Peru opened fire on a farmer near Juliaca."
    (e,) = extract(text)
    assert ("Military Forces of Peru", "state_forces") in _sides(e, "initiator")
    assert all(kind != "political_militia" for _, kind in _sides(e, "initiator"))


def test_the_agent_of_a_weapon_fired_by_someone_is_the_initiator(extract) -> None:
    text = "On 2 March 2021, shells fired by LNA forces fell on a farm near Gharyan. No one was hurt."
    (e,) = extract(text)
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert [kind for _, kind in _sides(e, "initiator")] == ["state_forces"]
    assert "Libya" in _sides(e, "initiator")[0][0]


def test_pro_group_forces_are_coded_as_that_group(extract) -> None:
    text = "On 5 March 2021, pro-Houthi reinforcements arrived in Qaatabah district from Ibb governorate."
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert any("Houthi" in name for name, _ in _sides(e, "initiator"))


def test_forces_named_by_acronym(extract) -> None:
    text = "On 9 March 2021, FARDC soldiers clashed with ADF rebels near Oicha (Beni, Nord-Kivu)."
    (e,) = extract(text)
    assert e.event_type == "Battles"
    assert ("state_forces" in [k for _, k in _sides(e, "initiator")]) and e.location.country_code == "COD"
    intelligence = "On 7 March 2021, SNR agents attacked and injured a CNL member in Rugombo commune."
    (e,) = extract(intelligence)
    assert [k for _, k in _sides(e, "initiator")] == ["state_forces"]

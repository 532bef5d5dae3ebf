"""An act named as what another answers ("in retaliation for air strikes ...", "revenge for a drone
strike") is a background incident: its own date, place and toll are read from its own words, it inherits
no place finer than the article's country, the claim of the answering act is not its claim, and what
follows is still about the incident being reported. Sentences written for eventx (real model)."""

from __future__ import annotations

from datetime import date

PUBLISHED = "2021-03-12"  # a Friday

EMBASSY = "A suicide bomber rammed a car into the Indian embassy in Kabul on Thursday, killing six people."
CLAIM = (
    "The Taliban claimed responsibility for the attack, saying it was in retaliation for airstrikes "
    "against a village near the city of Kunduz last week in which more than 30 people were killed."
)


def _by_sub(events):
    return {e.sub_event_type: e for e in events}


def test_the_answered_act_keeps_its_own_date_place_and_toll(extract) -> None:
    events = _by_sub(extract(f"{EMBASSY} {CLAIM}", published=PUBLISHED))
    assert set(events) == {"Suicide bomb", "Air/drone strike"}
    bomb, strikes = events["Suicide bomb"], events["Air/drone strike"]
    assert (bomb.location.name, bomb.date.start, bomb.fatalities.best) == ("Kabul", date(2021, 3, 11), 6)
    assert (strikes.location.name, strikes.fatalities.best) == ("Kunduz", 30)
    assert (strikes.date.start, strikes.date.precision) == (date(2021, 3, 1), "week")  # "last week"
    # the claim names the bomber, not who carried out the strikes it answers
    assert "Taliban" in {a.name for a in bomb.actors if a.role == "initiator"}
    assert "Taliban" not in {a.name for a in strikes.actors if a.role == "initiator"}


def test_a_casualty_report_after_the_claim_is_the_reported_incident(extract) -> None:
    later = "Doctors at the city hospital said 40 wounded people had been brought in."
    events = _by_sub(extract(f"{EMBASSY} {CLAIM} {later}", published=PUBLISHED))
    assert events["Suicide bomb"].injuries.best == 40
    assert events["Air/drone strike"].injuries is None


def test_an_answered_act_with_no_place_of_its_own_takes_only_the_country(extract) -> None:
    text = (
        "Gunmen attacked a police post in Bannu, Pakistan, on Thursday, killing six officers. The group said "
        "the attack was revenge for a drone strike last month that killed 12 of its fighters."
    )
    events = [e for e in extract(text, published=PUBLISHED) if e.sub_event_type == "Air/drone strike"]
    assert len(events) == 1
    strike = events[0]
    assert (strike.location.precision, strike.location.country_code) == ("country", "PAK")
    assert strike.fatalities.best == 12
    # the positive twin: a second incident told in its own right takes the article's place
    twin = (
        "Gunmen attacked a police post in Bannu, Pakistan, on Thursday, killing six officers. A drone "
        "strike hit a compound on Friday, killing 12 fighters."
    )
    strikes = [e for e in extract(twin, published=PUBLISHED) if e.sub_event_type == "Air/drone strike"]
    assert [e.location.name for e in strikes] == ["Bannu"]


def test_an_act_named_as_an_earlier_one_it_follows_is_an_incident_of_its_own(extract) -> None:
    text = "Fulani militias burned down houses in Merte, Nigeria, following {} attack on a Fulani settlement."
    subs = [e.sub_event_type for e in extract(text.format("an earlier"), published=PUBLISHED)]
    assert sorted(subs) == ["Attack", "Looting/property destruction"]  # the burning is not the attack
    # the earlier attack referred to as known is not reported again; the burning still is what happened
    subs = [e.sub_event_type for e in extract(text.format("the previous"), published=PUBLISHED)]
    assert "Looting/property destruction" in subs
    # the twin: an attack told with no word of time past is the same incident, named by its stronger word
    subs = [e.sub_event_type for e in extract(text.format("an"), published=PUBLISHED)]
    assert subs == ["Attack"]


def test_an_act_named_as_what_another_is_a_response_to_is_in_the_background(extract) -> None:
    response = (
        "The Taliban claimed responsibility for the attack, which they say is a response to air strikes "
        "near Kunduz last week that killed 30 civilians."
    )
    events = _by_sub(extract(f"{EMBASSY} {response}", published=PUBLISHED))
    strikes = events["Air/drone strike"]
    assert "Taliban" not in {a.name for a in strikes.actors if a.role == "initiator"}
    assert (strikes.location.name, strikes.fatalities.best) == ("Kunduz", 30)
    assert "Taliban" in {a.name for a in events["Suicide bomb"].actors if a.role == "initiator"}


def test_a_claim_names_the_incident_its_own_sentence_tells(extract) -> None:
    text = (
        f"{EMBASSY} The Taliban said it was revenge for air strikes near Kunduz last week that killed 30 "
        "civilians. A hospital official said 40 people were wounded. The Taliban claimed responsibility "
        "for the attack on the embassy."
    )
    events = _by_sub(extract(text, published=PUBLISHED))
    assert "Taliban" in {a.name for a in events["Suicide bomb"].actors if a.role == "initiator"}
    assert "Taliban" not in {a.name for a in events["Air/drone strike"].actors if a.role == "initiator"}


def test_the_idiom_in_response_to_names_no_background_incident(extract) -> None:
    text = "The army deployed troops to Nairobi, Kenya, on Thursday in response to protests over fuel prices."
    events = _by_sub(extract(text, published=PUBLISHED))
    assert events["Peaceful protest"].location.name == "Nairobi"

"""How sentences about one incident are put together: follow-ups, answers to an attack, protests that
escalate, and killings told before their trigger word (real pipeline, real model)."""

from __future__ import annotations

import pytest

from tests.helpers import types_of


def test_exchange_of_fire_counts_every_joined_victim(extract) -> None:
    text = (
        "On 4 June 2021, three ULFA militants and a police constable were killed in an exchange of fire "
        "near Tinsukia, Assam."
    )
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert e.fatalities.best == 4


def test_a_death_told_first_in_its_sentence_follows_up_the_earlier_incident(extract) -> None:
    text = (
        "On 4 June 2021, a group of youths beat up a policeman in Kaga-Bandoro, Central African Republic. "
        "The policeman died later from his wounds, angering his colleagues, who patrolled the streets "
        "firing into the air."
    )
    events = extract(text)
    beaten = [e for e in events if e.fatalities is not None]
    assert len(beaten) == 1 and beaten[0].fatalities.best == 1
    assert beaten[0].event_type == "Riots"
    assert "Violence against civilians" not in [e.event_type for e in events]  # shots into the air


def test_returned_fire_is_part_of_the_attack(extract) -> None:
    text = (
        "On 2 May 2021, gunmen shot at a police patrol in Arima, Trinidad and Tobago. "
        "The officers returned fire, killing one of the attackers."
    )
    (e,) = extract(text)
    assert e.fatalities.best == 1
    assert len(e.evidence) == 2


def test_a_body_named_again_by_a_pronoun_is_one_victim(extract) -> None:
    text = (
        "On 4 June 2021, the body of a shepherd was found with gunshot wounds in rural Hama, Syria, and "
        "his body was handed to his family the next day."
    )
    (e,) = extract(text)
    assert e.fatalities.best == 1


def test_a_killing_told_before_its_weapon_is_the_weapon_s_incident(extract) -> None:
    text = "On 8 June 2021, four soldiers were killed as an IED hit their vehicle in Turbat, Balochistan."
    (e,) = extract(text)
    assert e.event_type == "Explosions/Remote violence"
    assert e.fatalities.best == 4


def test_an_attack_whose_weapon_is_intercepted_stays_one_attack(extract) -> None:
    text = (
        "On 4 June 2021, assailants launched an explosives-laden drone targeting the airport in Jazan, "
        "Saudi Arabia. The drone was intercepted and no casualties were reported."
    )
    (e,) = extract(text)
    assert e.event_type == "Explosions/Remote violence" and e.fatalities.best == 0


def test_a_clash_told_after_the_forces_that_went_there(extract) -> None:
    text = (
        "On 4 April 2021, in Sao Goncalo, Rio de Janeiro, military police officers went to the Trindade "
        "community to find drug traffickers. An intense shoot-out broke out and a suspect was shot dead."
    )
    battles = [e for e in extract(text) if e.event_type == "Battles"]
    assert len(battles) == 1
    assert ("Police Forces of Brazil", "state_forces") in [(a.name, a.kind) for a in battles[0].actors]


def test_a_patrol_targeted_is_the_unit_hit(extract) -> None:
    text = (
        "An explosive device detonated targeting a police patrol in Al-Abbarah, Muqdadiyah district, "
        "Diyala, Iraq. At least two officers were injured in the blast."
    )
    (e,) = extract(text, "2021-03-02")
    assert e.event_type == "Explosions/Remote violence" and e.location.admin1 == "Diyala"


def test_deaths_told_in_a_report_on_a_crash_are_no_attacks(extract) -> None:
    text = (
        "Seven people died when a tram derailed in Croydon on Wednesday. The tram crash was the worst in "
        "decades. The other three people killed have now been named. One of the injured passengers "
        "described the terrifying scenes inside the tram."
    )
    assert len(extract(text, "2016-11-10")) == 0
    # a shooting told in such a report is still one
    text = (
        "Seven people died when a tram derailed in Croydon on Wednesday. The tram crash was the worst in "
        "decades. Later, a gunman shot dead two people near the crash site in Croydon."
    )
    assert [e.event_type for e in extract(text, "2016-11-10")] == ["Violence against civilians"]


def test_an_attack_told_in_another_country_is_another_incident(extract) -> None:
    text = (
        "Four members of a Muslim family were killed in an attack in London, Ontario, Canada. Police found "
        "writings praising Brenton Tarrant, who carried out an attack on a mosque in Christchurch, New "
        "Zealand. The suspects, who had arrived from Libya, were arrested at a flat in London."
    )
    events = extract(text, published="2021-06-07")
    assert [(e.location.country_code, e.fatalities and e.fatalities.best) for e in events][:2] == [
        ("CAN", 4),
        ("NZL", None),
    ]
    assert "LBY" not in {e.location.country_code for e in events}  # "arrived from Libya" is an origin


def test_the_place_of_whoever_reports_is_not_the_incident_s(extract) -> None:
    text = (
        "A spokesman for the mission at its headquarters in Brussels, Belgium, said that police fought "
        "gunmen in Kandahar on Monday."
    )
    assert [(e.location.name, e.location.country_code) for e in extract(text, "2021-06-08")] == [
        ("Kandahar", "AFG")
    ]


def test_the_place_of_whoever_reports_stands_when_no_other_is_named(extract) -> None:
    text = "Police in Kandahar said gunmen attacked a checkpoint on Monday, killing two officers."
    assert [(e.location.name, e.location.country_code) for e in extract(text, "2021-06-08")] == [
        ("Kandahar", "AFG")
    ]


def test_a_trend_beside_an_incident_leaves_the_incident(extract) -> None:
    text = "Taliban insurgents, who have stepped up attacks in recent years, attacked a checkpoint in Kunduz."
    assert types_of(extract(text, published="2016-11-11")) == [("Battles", "Armed clash")]


def test_a_living_person_s_body_is_no_death(extract) -> None:
    (e,) = extract("On Monday a gunman attacked a bar in Kabul, Afghanistan; a guest complimented her body.")
    assert e.fatalities is None or e.fatalities.best in (None, 0)
    (twin,) = extract(
        "On Monday a gunman attacked a bar in Kabul, Afghanistan; her body was found on Tuesday."
    )
    assert twin.fatalities is not None and twin.fatalities.best == 1


def test_a_body_that_is_found_is_a_death(extract) -> None:
    (e,) = extract(
        "On 5 May 2020, gunmen attacked a village near Kano, Nigeria; his body was found on Tuesday."
    )
    assert e.fatalities is not None and e.fatalities.best == 1


def test_an_earlier_attack_abroad_stays_apart_from_one_placed_before_it(extract) -> None:
    events = extract(
        "A man drove a truck into a family in London, Ontario, Canada. Four members of the family were "
        "killed in the attack. Police found writings in which he praised a gunman who carried out an "
        "attack on a mosque in Christchurch, New Zealand in 2019.",
        "2021-06-08",
    )
    by_country = {e.location.country_code: e for e in events if e.location is not None}
    assert by_country["CAN"].fatalities.best == 4
    assert "Police Forces of New Zealand" not in [a.name for e in events for a in e.actors]


def test_burning_told_after_an_attack_is_part_of_it(extract) -> None:
    (e,) = extract(
        "On 30 April 2021, suspected militants attacked Natuco village (Quissanga, Cabo Delgado). "
        "No fatalities were reported. They set fire to the village."
    )
    assert e.event_type == "Violence against civilians"


def test_protesters_hurt_later_in_the_report_join_the_protest(extract) -> None:
    text = (
        "On 8 May 2021, Israeli forces suppressed a march in Kafr Qaddum by firing tear gas at protesters. "
        "Hundreds of Palestinians took part in the march. Israeli soldiers also fired live bullets at "
        "Palestinians on rooftops. Four protesters were injured by rubber bullets."
    )
    protests = [e for e in extract(text) if e.event_type == "Protests"]
    assert len(protests) == 1
    assert protests[0].sub_event_type == "Protest with intervention"


def test_repeated_mentions_merge_into_one_incident(extract) -> None:
    text = (
        "33 Turkish soldiers were killed in a regime air strike in Syria on Thursday. "
        "The deadly bombardment added to weeks of mounting tensions. "
        "Thirty-three Turkish troops were killed late Thursday in the airstrike in the province of Idlib."
    )
    (e,) = [x for x in extract(text, published="2020-02-28") if x.event_type == "Explosions/Remote violence"]
    assert len(e.evidence) == 3 and e.fatalities.best == 33 and e.fatalities.low == e.fatalities.high == 33
    assert e.location.admin1 == "Idlib"


def test_follow_up_sentences_join_the_incident(extract) -> None:
    text = (
        "On 7 May 2021, armed men clashed with National Guard officers in Valparaiso, Zacatecas, Mexico. "
        "Two men died. 2 rebel and 1 military fatalities were reported."
    )
    events = extract(text)
    assert len(events) == 1 and events[0].fatalities.best in (2, 3)
    assert len(extract("Two men died in hospital on Friday.", published="2021-05-08")) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 15 protesters in Hong Kong on Sunday, the largest crackdown in recent months.",
        "Thousands protested in Beirut on Saturday in the biggest demonstration in recent years.",
        "Israel intensified airstrikes on Gaza on Tuesday, killing 20 people.",
    ],
)
def test_dated_incidents_are_no_trends(extract, text: str) -> None:
    assert len(extract(text, published="2021-06-10")) >= 1


def test_an_origin_abroad_does_not_split_an_incident(extract) -> None:
    text = (
        "Police arrested three men in London on Monday over the stabbing. The suspects, who had arrived "
        "from Libya, were arrested at a flat in the east of the city, police said."
    )
    assert [e.location.country_code for e in extract(text, published="2021-06-10")] == ["GBR"]


def test_destruction_told_elsewhere_is_its_own_incident(extract) -> None:
    events = extract(
        "Gunmen killed five villagers in Zamfara state, Nigeria, on Monday. Separately, bandits set fire "
        "to a market in Katsina state.",
        "2021-04-12",
    )
    assert [e.location.admin1 for e in events] == ["Zamfara", "Katsina"]


def test_date_and_place_after_an_event_noun_are_that_event_s(extract) -> None:
    # "air strikes last month in Helmand": the strikes' date and place, not the attack's
    text = (
        "Militants attacked a police post in Kandahar on Thursday in retaliation for air strikes last "
        "month in Helmand."
    )
    events = extract(text, published="2016-11-11")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    others = [e for e in events if e.sub_event_type != "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].location.name == "Helmand"
    assert (strikes[0].date.start.isoformat(), strikes[0].date.precision) == ("2016-10-01", "month")
    assert others and all(e.location.name == "Kandahar" for e in others)
    assert all(e.date.start.isoformat() == "2016-11-10" for e in others)


def test_a_date_after_a_place_noun_stays_with_the_act(extract) -> None:
    (e,) = extract("Gunmen attacked the town last week, killing three people.", published="2016-11-11")
    assert (e.date.start.isoformat(), e.date.precision) == ("2016-10-31", "week")


def test_a_killing_told_again_joins_the_incident_and_keeps_its_forces(extract) -> None:
    text = (
        "On 27 February 2020, 33 Turkish soldiers were killed in an air strike in Idlib, Syria. "
        "The killing of the soldiers shocked the country."
    )
    (e,) = extract(text, published="2020-02-28")
    assert e.fatalities.best == 33
    # "the soldiers" told again are the Turkish soldiers, not forces of the country of the place
    assert {a.name for a in e.actors if a.role == "target"} == {"Military Forces of Turkey"}
    # the twin: forces of their own country told again stay
    text = (
        "On 27 February 2020, 33 Turkish soldiers were killed in an air strike in Idlib, Syria. "
        "Syrian troops were also killed in the air strike."
    )
    (e,) = extract(text, published="2020-02-28")
    targets = {a.name for a in e.actors if a.role == "target"}
    assert targets == {"Military Forces of Turkey", "Military Forces of Syria"}


def test_a_patrol_a_weapon_is_thrown_at_is_the_target_not_a_movement(extract) -> None:
    (e,) = extract("On 2 May 2021, rebels threw a grenade at a patrol in Arima, Trinidad and Tobago.")
    assert e.sub_event_type == "Grenade"
    assert [a.kind for a in e.actors if a.role == "target"] == ["state_forces"]
    # the twin: a patrol of its own after the attack is a movement of forces
    text = "On 2 May 2021, soldiers patrolled the streets of Arima, Trinidad, after a grenade attack."
    assert "Change to group/activity" in [e.sub_event_type for e in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Russian forces kept up the shelling of Kharkiv, Ukraine.",
        "On Tuesday, the town of Kharkiv in Ukraine received heavy shelling from Russian forces.",
    ],
)
def test_an_act_noun_is_never_materiel(extract, text: str) -> None:
    assert [e.sub_event_type for e in extract(text, published="2021-06-10")] == [
        "Shelling/artillery/missile attack"
    ]


def test_one_fight_told_from_each_side_is_one_incident(extract) -> None:
    """The army's account of the fight an attack began ("The army said it killed 11 militants") joins the
    attack with the roles first told, and both sides' dead are counted; an act told "in another incident"
    stays apart."""
    text = (
        "On 3 March 2019, al-Shabaab attacked an army base in Bulo Burte, killing eight soldiers. "
        "The army said it killed 11 militants."
    )
    (e,) = extract(text)
    assert e.fatalities.best == 19
    assert [a.name for a in e.actors_with_role("initiator")] == ["Al Shabaab"]
    apart = text.replace("The army said", "In another incident, the army said")
    assert len(extract(apart)) == 2
    # an account of another day is another fight; "in another part of the town" is no other incident
    other_day = text.replace("The army said it", "The army said on 20 February it had")
    assert len(extract(other_day, "2019-03-05")) == 2
    part = text.replace(
        "The army said it killed 11 militants.", "They also killed two civilians in another part of the town."
    )
    assert len(extract(part)) == 1


def test_the_same_kind_of_act_at_another_town_is_another_incident(extract) -> None:
    """An act of the same kind told later with a town of its own that the incident does not name is
    another incident; a town that is someone's home is no place of the act."""
    text = (
        "On 2 May 2020, insurgents attacked an army post in Maiduguri, Borno, wounding two soldiers. "
        "Later that night insurgents attacked a police post in Damaturu, Yobe."
    )
    assert [e.location.name for e in extract(text)] == ["Maiduguri", "Damaturu"]
    home = text.replace(
        "Later that night insurgents attacked a police post in Damaturu, Yobe.",
        "One soldier, a man of Damaturu, was hit by insurgents.",
    )
    assert len(extract(home)) == 1

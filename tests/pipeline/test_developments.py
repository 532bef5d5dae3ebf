"""Strategic developments and protests that are told without a violent trigger: gatherings with a
purpose, surrenders and releases, curfews, crowds that turn violent; and the dates of incidents that
share a sentence (real pipeline, real model; sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import types_of


def test_a_gathering_with_a_purpose_is_a_protest(extract) -> None:
    text = "On 3 April 2021, journalists gathered in Bejaia, Algeria, to denounce the arrest of a colleague."
    assert types_of(extract(text)) == [("Protests", "Peaceful protest")]
    assert (
        len(extract("Thousands of fans gathered outside the stadium in Madrid on Sunday.", "2021-04-05")) == 0
    )


@pytest.mark.parametrize("people", ["survivors of the floods", "parents", "widows", "retirees"])
def test_people_who_gather_to_call_for_something_are_protesters(extract, people: str) -> None:
    text = f"On 3 April 2021, 200 {people} gathered in Kisumu to call on the governor to act."
    assert types_of(extract(text)) == [("Protests", "Peaceful protest")]
    # the twin: the same people gathering for no demand
    assert len(extract(f"On 3 April 2021, 200 {people} gathered in Kisumu to collect food.")) == 0


def test_surrenders_and_releases_of_prisoners_are_agreements(extract) -> None:
    (e,) = extract("On 4 April 2021, the Mai-Mai Kifuafua armed group surrendered in Goma (Nord-Kivu).")
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Agreement")
    (e,) = extract(
        "On 6 April 2021, the Afghan government released 52 Taliban prisoners in Kabul, Afghanistan."
    )
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Agreement")
    assert len(extract("The band released a new album in London on Friday.", "2021-04-10")) == 0


def test_prisoner_exchanges_are_agreements(extract) -> None:
    """ACLED Codebook, Agreement: prisoner exchanges; "exchanged fire" stays a clash."""
    text = "On 29 May 2021, the Houthis and the Yemeni government exchanged 14 prisoners in Marib."
    assert types_of(extract(text)) == [("Strategic developments", "Agreement")]
    fire = "On 29 May 2021, the Houthis and government forces exchanged fire in Marib."
    assert types_of(extract(fire)) == [("Battles", "Armed clash")]


def test_inmates_freed_in_an_assault_are_a_jailbreak_not_an_agreement(extract) -> None:
    """A release joined by "and" to an assault on where prisoners are held is part of the assault
    (``jailbreak_verbs``); a release of prisoners on its own is an agreement."""
    text = "On 1 April 2021, gunmen attacked the prison in Owerri and freed 1,800 inmates."
    assert ("Strategic developments", "Agreement") not in types_of(extract(text))
    assert len(extract(text)) == 1
    released = "On 1 April 2021, the government released 50 prisoners in Owerri."
    assert types_of(extract(released)) == [("Strategic developments", "Agreement")]


def test_arrests_by_an_armed_group_in_control(extract) -> None:
    """ACLED counts arrests by any actor with de facto control of territory ("the SDF arrested"); people
    arrested with no one named are arrested by the authorities, and a band's members are not."""
    (e,) = extract("On 2 February 2021, the SDF arrested 12 suspected IS members in Hasakah.")
    assert (e.sub_event_type, e.actors_with_role("initiator")[0].name) == (
        "Arrests",
        "QSD: Syrian Democratic Forces",
    )
    assert len(extract("On 2 February 2021, the band arrested the attention of fans in Lagos.")) == 0
    # unnamed gunmen who detain travellers abduct them: no arrest
    detained = extract("On 2 February 2021, gunmen detained 12 passengers on the Abuja-Kaduna highway.")
    assert ("Strategic developments", "Arrests") not in types_of(detained)


def test_a_strategic_site_captured_is_territory(extract) -> None:
    """A power plant, a dam or an airfield taken is a change of territory, as a town is."""
    (e,) = extract("On 4 March 2022, rebels captured the Tishreen dam near Manbij.")
    assert (e.event_type, e.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert len(extract("On 4 March 2022, rebels captured the imagination of youths in Manbij.")) == 0
    plant = extract("On 4 March 2022, police seized a drug processing plant in Culiacan.")
    assert not any(e.event_type == "Battles" for e in plant)  # property the police seize


def test_a_curfew_imposed_by_authorities(extract) -> None:
    text = "On 9 April 2021, the Turkish Government began enforcing a 2-day curfew in 24 provinces of Turkey."
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert (
        len(extract("The government will impose a curfew in Lagos, Nigeria, next week.", "2021-04-10")) == 0
    )


def test_a_crowd_that_turns_violent(extract) -> None:
    text = "On 30 April 2021, locals who broke the lockdown turned violent in Ferentari, Bucharest, Romania."
    assert types_of(extract(text)) == [("Riots", "Mob violence")]


def test_a_date_heading_its_sentence_dates_each_incident_in_it(extract) -> None:
    text = "On 28 April 2021, Ethiopian soldiers arrested and beat an opposition leader in Warder, Ethiopia."
    events = extract(text)
    assert len(events) == 2
    assert all(e.date is not None and e.date.start == dt.date(2021, 4, 28) for e in events)


def test_the_day_of_a_threat_is_past(extract) -> None:
    text = (
        "On 4 April 2021, a mob threatened to kill a soldier at a market in Busia, Uganda. Police fired "
        "shots to disperse the mob."
    )
    events = extract(text)
    assert events and all(e.date is not None and e.date.start == dt.date(2021, 4, 4) for e in events)


def test_years_that_name_something_else_are_not_the_event_day(extract) -> None:
    text = (
        "On 5 March 2021, protesters marking the 2011 uprising clashed with police in Daraa, Syria, "
        "in violation of the 2018 ceasefire, during the eight-year civil war."
    )
    events = extract(text)
    assert events and all(e.date.start == dt.date(2021, 3, 5) for e in events)


def test_planned_talks_and_meetings_are_plans(extract) -> None:
    text = (
        "Turkish and Russian officials will hold talks in Moscow next week. A meeting on March 5 is also "
        "planned between Erdogan and Putin in Moscow."
    )
    assert len(extract(text, "2020-02-28")) == 0
    held = "Russian President Vladimir Putin and Turkish President Erdogan held talks in Moscow on Friday."
    (e,) = extract(held, "2020-02-28")
    assert e.event_type == "Diplomacy" and e.date.start == dt.date(2020, 2, 28)


def test_theft_by_armed_men_is_looting(extract) -> None:
    (e,) = extract("On 3 May 2021, armed men stole 40 goats from herders in Kajuru, Kaduna, Nigeria.")
    assert (e.sub_event_type, e.location.country_code) == ("Looting/property destruction", "NGA")
    assert len(extract("On 3 May 2021, a thief stole a mobile phone in Kajuru, Kaduna, Nigeria.")) == 0


def test_weapons_found_or_recovered_are_disrupted_weapons_use(extract) -> None:
    for verb in ("found", "recovered"):
        (e,) = extract(f"On 3 May 2021, soldiers {verb} three rifles in a house in Zurmi, Zamfara, Nigeria.")
        assert e.sub_event_type == "Disrupted weapons use"
    # people "of" something are no weapons or goods; an email cache is no weapons cache
    text = "On 3 May 2021, police went to Zurmi, Nigeria, to find leaders of drug trafficking."
    assert len(extract(text)) == 0
    assert len(extract("On 3 May 2021, the FBI found an email cache in Washington.")) == 0


def test_a_named_group_and_its_unnamed_assailants_are_one_initiator(extract) -> None:
    (e,) = extract(
        "On 6 May 2021, ADF militiamen kidnapped two men in Samboko village (Mambasa, Nord-Kivu). "
        "The assailants also stole five goats."
    )
    assert [a.name for a in e.actors if a.role == "initiator"] == ["ADF: Allied Democratic Forces"]


def test_a_unit_named_by_a_forces_adjective_is_those_forces(extract) -> None:
    (e,) = extract("On 3 May 2021, military columns attacked KIA positions near Hpakant, Kachin State.")
    assert {a.kind for a in e.actors if a.role == "initiator"} == {"state_forces"}


def test_an_agreement_with_a_named_organisation_or_under_its_title(extract) -> None:
    (e,) = extract("On 3 May 2021, the government signed an agreement with the FRPI in Bunia, Ituri.")
    assert e.sub_event_type == "Agreement"
    (e,) = extract(
        "On 3 May 2021, the governments of Kenya and Uganda signed a Memorandum of Understanding "
        "on the islands."
    )
    assert e.sub_event_type == "Agreement"
    assert len(extract("On 3 May 2021, two football clubs signed an agreement in Bunia, Ituri.")) == 0


def test_an_official_shot_at_is_attacked(extract) -> None:
    (e,) = extract("An MP was shot at while he was campaigning in Nakuru, Kenya, on 3 May 2021.")
    assert (e.event_type, e.location.country_code) == ("Violence against civilians", "KEN")
    assert len(extract("An MP was campaigning in Nakuru, Kenya, on 3 May 2021.")) == 0


def test_territory_taken_back_reclaimed_or_liberated(extract) -> None:
    (e,) = extract("On 22 August 2021, the army liberated the town of Damboa from Boko Haram.")
    assert e.sub_event_type == "Government regains territory"
    (e,) = extract("On 27 September 2021, ADF rebels took back the army position in Beni, Nord-Kivu.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    # freed people and a regained form are no territory
    freed = "On 22 August 2021, the army liberated 20 hostages held by Boko Haram in Damboa."
    assert len(extract(freed)) == 0
    assert len(extract("On 22 August 2021, the striker regained his form in Lagos.")) == 0


def test_forced_recruitment_is_a_change_to_an_armed_group_s_activity(extract) -> None:
    (e,) = extract("On 20 September 2021, the UWSA forcibly recruited 41 students near Pangsang, Shan State.")
    assert (e.sub_event_type, e.location.country_code) == ("Change to group/activity", "MMR")
    assert [a.name for a in e.actors if a.role == "initiator"] == ["United Wa State Army"]
    assert len(extract("On 20 September 2021, the university recruited 41 students in Pangsang.")) == 0


def test_a_picket_line_and_a_gathering_to_call_for_something_are_protests(extract) -> None:
    (e,) = extract("On 17 March 2021, about 20 farmers started a picket-line on the seized land in Pyay.")
    assert e.sub_event_type == "Peaceful protest"
    (e,) = extract("On 5 March 2021, hundreds of teachers gathered in Nakuru to call for higher pay.")
    assert e.sub_event_type == "Peaceful protest"
    assert len(extract("On 5 March 2021, hundreds of teachers gathered in Nakuru for a training day.")) == 0


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021, a group of volunteers moved to the border town of Moyale, Kenya.",
        "On 3 May 2021, the senate foiled the president's plan to fight corruption in Nairobi, Kenya.",
        "On 3 May 2021, the Kenyan Ministry of Health signed an agreement with Pfizer in Nairobi.",
    ],
)
def test_look_alikes_of_movements_foiled_attacks_and_agreements_are_nothing(extract, text: str) -> None:
    assert len(extract(text, "2021-06-01")) == 0


def test_forces_sent_to_a_town_move_and_police_barricades_make_no_riot(extract) -> None:
    (e,) = extract("On 3 May 2021, the government sent 500 soldiers to Moyale, Kenya.", "2021-06-01")
    assert e.sub_event_type == "Change to group/activity"
    text = "On 3 May 2021, police barricaded the road as teachers marched peacefully in Kisumu, Kenya."
    (e,) = extract(text, "2021-06-01")
    assert e.event_type == "Protests"


def test_a_roadblock_is_a_protest_s_or_an_armed_group_s_checkpoint(extract) -> None:
    # the same word, read by who sets it up (the trigger's ``otherwise`` reading)
    armed = extract("Al-Shabaab militants mounted a roadblock near Mandera on Monday and searched vehicles.")
    assert [(e.event_type, e.sub_event_type) for e in armed] == [
        ("Strategic developments", "Change to group/activity")
    ]
    crowd = extract("Angry residents mounted roadblocks on the main road on Monday to protest the killing.")
    assert [(e.event_type, e.sub_event_type) for e in crowd] == [("Protests", "Peaceful protest")]
    assert len(extract("A roadblock was seen near Mandera on Monday.")) == 0  # neither reading holds
    for text in ("A roadblock was mounted by al-Shabaab militants near Mandera on Monday.",
                 "Boko Haram fighters, who mounted a roadblock near Damboa on Monday, searched vehicles."):
        assert [e.sub_event_type for e in extract(text)] == ["Change to group/activity"]
    # a road left blocked is no roadblock
    assert len(extract("Motorists were stranded after a landslide left the road blocked near Kasese.")) == 0


def _arrest(events):
    (arrest,) = [e for e in events if e.sub_event_type == "Arrests"]
    return arrest


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, police arrested five suspects in Gaur, Nepal.",
        "On 3 June 2021, the chairman of a local party was arrested by police in Gaur, Nepal.",
    ],
)
def test_people_arrested_whose_side_is_not_named_are_civilians(extract, text: str) -> None:
    assert [a.kind for a in _arrest(extract(text, "2021-06-10")).actors_with_role("target")] == ["civilians"]


def test_an_armed_group_arrested_is_the_arrest_s_target_not_the_act_it_did(extract) -> None:
    for text in (
        "On 3 June 2021, soldiers arrested three bandits who had attacked a village in Kaduna, Nigeria.",
        "On 3 June 2021, three bandits who attacked a village were arrested by soldiers in Kaduna, Nigeria.",
    ):
        events = extract(text, "2021-06-10")
        assert [a.kind for a in _arrest(events).actors_with_role("target")] == ["political_militia"]
        (attack,) = [e for e in events if e is not _arrest(events)]
        # the arrested count is the arrest's: the attack's target is the village's people alone
        assert [a.kind for a in attack.actors_with_role("target")] == ["civilians"]
        assert [a.kind for a in attack.actors_with_role("initiator")] == ["political_militia"]

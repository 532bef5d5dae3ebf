"""Who did it and to whom: named forces and militias, parts of an actor, sides of a clash and communal
militias (real pipeline, real model; sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import sides

PUBLISHED = "2021-04-10"


def test_members_of_an_actor_act_for_it(extract) -> None:
    text = "On 3 March 2021, members of the military forces of Peru opened fire on a farmer near Juliaca."
    (e,) = extract(text)
    assert ("Military Forces of Peru", "state_forces") in sides(e, "initiator")
    assert all(kind != "political_militia" for _, kind in sides(e, "initiator"))


def test_a_body_of_fighters_acts_for_its_forces_but_a_group_of_people_is_no_force(extract) -> None:
    text = "On 2 March 2021, a column of Ethiopian soldiers entered Dengolat and abducted two farmers."
    (e,) = extract(text)
    assert [kind for _, kind in sides(e, "initiator")] == ["state_forces"]
    text = "On 2 March 2021, a farmer was beaten to death by a group of people near Dengolat, Ethiopia."
    (e,) = extract(text)
    assert "state_forces" not in [kind for _, kind in sides(e, "initiator")]
    assert ("Civilians (Ethiopia)", "civilians") in sides(e, "target")


def test_a_possessive_on_an_act_carried_out_stands_for_who_carries_it_out(extract) -> None:
    text = "On 4 March 2021, the Nigerian army resumed its bombardment of Boko Haram camps near Bama."
    (e,) = extract(text)
    assert [kind for _, kind in sides(e, "initiator")] == ["state_forces"]
    # repelling an attack is no carrying it out: "their attack" is the other side's
    text = "On 4 March 2021, Nigerian soldiers repelled their attack on a base near Bama, killing 5 of them."
    (e,) = extract(text)
    assert "state_forces" not in [kind for _, kind in sides(e, "initiator")]


def test_an_office_holder_attacked_is_civilians_but_an_institution_stays_the_government(extract) -> None:
    (e,) = extract("On 7 March 2021, a barangay councilor was shot dead in San Carlos, Negros Occidental.")
    assert sides(e, "target") == [("Civilians (Philippines)", "civilians")]
    (e,) = extract("On 7 March 2021, gunmen attacked the offices of the ministry in Kabul.")
    assert ("Government of Afghanistan", "government") in sides(e, "target")


def test_the_agent_of_a_weapon_fired_by_someone_is_the_initiator(extract) -> None:
    text = "On 2 March 2021, shells fired by LNA forces fell on a farm near Gharyan. No one was hurt."
    (e,) = extract(text)
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert [kind for _, kind in sides(e, "initiator")] == ["state_forces"]
    assert "Libya" in sides(e, "initiator")[0][0]


def test_pro_group_forces_are_coded_as_that_group(extract) -> None:
    text = "On 5 March 2021, pro-Houthi reinforcements arrived in Qaatabah district from Ibb governorate."
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert any("Houthi" in name for name, _ in sides(e, "initiator"))


def test_forces_named_by_acronym(extract) -> None:
    text = "On 9 March 2021, FARDC soldiers clashed with ADF rebels near Oicha (Beni, Nord-Kivu)."
    (e,) = extract(text)
    assert e.event_type == "Battles"
    assert ("state_forces" in [k for _, k in sides(e, "initiator")]) and e.location.country_code == "COD"
    intelligence = "On 7 March 2021, SNR agents attacked and injured a CNL member in Rugombo commune."
    (e,) = extract(intelligence)
    assert [k for _, k in sides(e, "initiator")] == ["state_forces"]


def test_ethnic_and_tribal_militias_are_identity_militias(extract) -> None:
    (e,) = extract("On 4 March 2021, Dogon militiamen attacked the village of Ogossagou (Bankass, Mopti).")
    assert sides(e, "initiator") == [("Dogon Ethnic Militia (Mali)", "identity_militia")]
    # an ethnic militia the model tags as an organisation is one too
    (e,) = extract("On 4 March 2021, a suspected Lendu militia attacked Musekere, Ituri, killing 2 soldiers.")
    names = [(n.split(" (")[0], k) for n, k in sides(e, "initiator")]
    assert names == [("Lendu Ethnic Militia", "identity_militia")]
    (e,) = extract("On 4 March 2021, tribal fighters clashed with Houthi forces near Marib city.")
    assert ("Unidentified Tribal Militia (Yemen)", "identity_militia") in sides(e, "initiator")
    # a faction of a named group, an organisation's acronym or a political current is no ethnicity
    (e,) = extract("On 4 March 2021, Mayi Mayi Yakutumba militiamen attacked a village near Fizi, Sud-Kivu.")
    assert [k for _, k in sides(e, "initiator")] == ["political_militia"]
    (e,) = extract("On 4 March 2021, Islamist fighters attacked an army post near Menaka, Mali.")
    assert [k for _, k in sides(e, "initiator")] == ["rebel_group"]


def test_armed_herders_are_a_communal_militia_and_unarmed_ones_civilians(extract) -> None:
    (e,) = extract("On 5 March 2021, armed herders attacked three farmers near Goz Beina, North Darfur.")
    assert [k for _, k in sides(e, "initiator")] == ["identity_militia"]
    (e,) = extract("On 5 March 2021, gunmen attacked three herders near Goz Beina, North Darfur.")
    assert (
        "civilians" in [k for _, k in sides(e, "target")]
    ) and e.event_type == "Violence against civilians"


def test_communal_violence_is_a_clash_between_identity_militias(extract) -> None:
    text = "On 6 March 2021, inter-clan violence broke out near Jowhar, Somalia, leaving four people dead."
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert sides(e, "initiator") == [("Unidentified Clan Militia (Somalia)", "identity_militia")]
    assert ("Unidentified Clan Militia (Somalia)", "identity_militia") in sides(e, "target")
    assert e.fatalities.best == 4
    assert (
        len(extract("Politicians held a debate on gun violence in Nairobi, Kenya, on Monday.", "2021-03-08"))
        == 0
    )


def test_communities_on_both_sides_of_a_clash(extract) -> None:
    text = "On 7 March 2021, clashes broke out between two families in Baalbek, Lebanon. They exchanged fire."
    (e,) = extract(text)
    assert e.event_type == "Battles"
    assert [k for _, k in sides(e, "initiator")] == ["identity_militia"]
    assert [k for _, k in sides(e, "target")] == ["identity_militia"]
    text = (
        "On 7 March 2021, a group of Hausa individuals clashed with members of the Tiv community in "
        "Makurdi, Benue."
    )
    (e,) = extract(text)
    assert ("Hausa Ethnic Militia (Nigeria)", "identity_militia") in sides(e, "initiator")
    assert ("Tiv Communal Militia (Nigeria)", "identity_militia") in sides(e, "target")


def test_two_peoples_joined_on_one_noun_are_two_sides(extract) -> None:
    """ "Arab and Masalit militias clashed": each people's militia is a side, also a people the model tags
    as an adjective ("Arab"); forces named as the other side keep it."""
    (e,) = extract("On 3 April 2021, Arab and Masalit militias clashed in El Geneina.")
    assert sides(e, "initiator") == [("Arab Ethnic Militia (Sudan)", "identity_militia")]
    assert sides(e, "target") == [("Masalit Ethnic Militia (Sudan)", "identity_militia")]
    (e,) = extract("On 3 April 2021, Arab and Masalit militias clashed with soldiers in El Geneina.")
    assert [k for _, k in sides(e, "target")] == ["state_forces"]
    # a religion or a continent is no people ACLED names a militia after
    (e,) = extract("On 3 April 2021, Catholic militiamen attacked a mosque in Bangui.")
    assert not any("Ethnic" in n for n, _ in sides(e, "initiator"))


def test_people_fighting_a_community_are_a_communal_militia(extract) -> None:
    text = "On 2 May 2021, herders clashed with farmers of Mbaikoro near Bongor, Chad. One person was killed."
    (e,) = extract(text)
    assert ("Unidentified Communal Militia (Chad)", "identity_militia") in sides(e, "initiator")
    assert ("Mbaikoro Communal Militia (Chad)", "identity_militia") in sides(e, "target")
    (e,) = extract("On 2 May 2021, pastoralists and farmers clashed near Bongor, Chad.")
    assert [k for _, k in sides(e, "target")] == ["identity_militia"]
    (e,) = extract("On 2 May 2021, herders clashed with Tiv farmers near Makurdi, Benue.")
    assert sides(e, "target") == [("Tiv Ethnic Militia (Nigeria)", "identity_militia")]
    # twin: farmers fighting the police are rioters facing state forces, not a militia
    (e,) = extract("On 2 May 2021, farmers clashed with police near Bongor, Chad, over land seizures.")
    assert [k for _, k in sides(e, "initiator")] == ["rioters"]
    assert [k for _, k in sides(e, "target")] == ["state_forces"]


def test_a_community_that_attacks_is_an_identity_militia(extract) -> None:
    (e,) = extract("On 2 May 2021, Fulani herdsmen attacked farmers in Agatu, Benue, killing four.")
    assert e.sub_event_type == "Attack"
    assert sides(e, "initiator") == [("Fulani Ethnic Militia (Nigeria)", "identity_militia")]
    assert [k for _, k in sides(e, "target")] == ["civilians"]
    # herders are a communal militia wherever they attack or fight, also against soldiers
    (e,) = extract("On 2 May 2021, suspected herdsmen attacked a village in Guma, Benue, killing ten.")
    assert (e.sub_event_type, [k for _, k in sides(e, "initiator")]) == ("Attack", ["identity_militia"])
    (e,) = extract("On 2 May 2021, herdsmen clashed with soldiers in Guma, Benue. Two soldiers were killed.")
    assert (e.event_type, [k for _, k in sides(e, "initiator")]) == ("Battles", ["identity_militia"])
    # a community its name says is an identity militia; an explicit "communal" stays in the name
    (e,) = extract("On 2 May 2021, the Tiv community attacked a Fulani camp in Guma, Benue, killing three.")
    assert sides(e, "initiator") == [("Tiv Communal Militia (Nigeria)", "identity_militia")]
    (e,) = extract("On 2 May 2021, Kabo communal militiamen attacked a village near Moundou, Chad.")
    assert sides(e, "initiator") == [("Kabo Communal Militia (Chad)", "identity_militia")]
    # a riot's crowd stays the crowd, whatever its livelihood
    events = extract("On 2 May 2021, pastoralists rioted in Garissa, Kenya, clashing with police.")
    assert "identity_militia" not in {a.kind for e in events for a in e.actors}
    # twins: a mob with no named community to it stays a mob
    (e,) = extract("On 2 May 2021, villagers attacked a suspected thief in Agatu, Benue, killing him.")
    assert e.sub_event_type == "Mob violence"
    (e,) = extract("On 2 May 2021, community members beat a suspected thief to death in Agatu, Benue.")
    assert e.sub_event_type == "Mob violence"


def test_one_phrase_names_both_sides_only_when_no_other_side_is_named(extract) -> None:
    (e,) = extract("On 2 May 2021, two families clashed over land in Moundou, Chad, killing one man.")
    assert [k for _, k in sides(e, "initiator")] == ["identity_militia"]
    assert "identity_militia" in [k for _, k in sides(e, "target")]
    # twin: the other side is the object ("two bandits fought soldiers"), not the bandits again
    (e,) = extract("On 2 May 2021, two bandits fought soldiers in Zamfara, Nigeria.")
    assert [k for _, k in sides(e, "target")] == ["state_forces"]
    # "each other" and weapons are no other side
    for text in ("rival clans fought each other", "two families fought with machetes"):
        (e,) = extract(f"On 2 May 2021, {text} in Galkayo, Somalia, killing one man.")
        assert "identity_militia" in [k for _, k in sides(e, "target")], text


def test_two_crowds_that_clash_are_rioters_on_both_sides(extract) -> None:
    (e,) = extract("On 7 May 2021, two groups of party supporters clashed in Agartala, Tripura.")
    assert e.sub_event_type == "Mob violence"
    assert [k for _, k in sides(e, "initiator")] == ["rioters"]
    assert [k for _, k in sides(e, "target")] == ["rioters"]
    # twin: a named other side is that side, not the crowd again
    (e,) = extract("On 7 May 2021, party supporters clashed with police in Agartala, Tripura.")
    assert [k for _, k in sides(e, "target")] == ["state_forces"]


@pytest.mark.parametrize(
    "text",
    [
        "On 7 May 2021, two groups clashed at the water point in Kitui, Kenya.",
        "On 7 May 2021, youths from two villages clashed with each other in Rautahat district, Nepal.",
        "On 7 May 2021, fighting broke out between the mob and the villagers in Sittwe, Myanmar.",
    ],
)
def test_a_mob_that_fights_has_rioters_on_both_sides(extract, text: str) -> None:
    (e,) = extract(text)
    assert e.sub_event_type == "Mob violence"
    assert [k for _, k in sides(e, "target")] == ["rioters"]


def test_a_mob_acting_on_people_has_civilian_targets(extract) -> None:
    (e,) = extract("On 7 May 2021, a mob beat a suspected thief to death in Kisumu, Kenya.")
    assert e.sub_event_type == "Mob violence"
    assert [k for _, k in sides(e, "target")] == ["civilians"]


def test_the_other_side_of_a_clash_named_with_the_clash_noun(extract) -> None:
    text = "On 8 March 2021, soldiers engaged in a fierce clash with Boko Haram fighters near Bama, Borno."
    (e,) = extract(text)
    assert [k for _, k in sides(e, "target")] == ["rebel_group"]


def test_unnamed_militants_are_an_unidentified_armed_group(extract) -> None:
    (e,) = extract(
        "On 2 April 2021, militants lobbed a grenade at a police post in Sopore, Jammu and Kashmir."
    )
    assert sides(e, "initiator") == [("Unidentified Armed Group (India)", "political_militia")]
    (e,) = extract("On 2 April 2021, BLF militants attacked an army camp in Panjgur district, Balochistan.")
    assert [k for _, k in sides(e, "initiator")] == ["rebel_group"]


def test_group_names_the_model_misses(extract) -> None:
    # "IS" read as the verb "is"; "Islamic State" split by the model before "militants"
    (e,) = extract(
        "On 2 April 2021, IS attacked an army checkpoint near Palmyra, Syria, killing two soldiers."
    )
    assert ("Islamic State (IS)", "rebel_group") in sides(e, "initiator")
    text = "On 2 April 2021, Islamic State militants attacked an army checkpoint near Palmyra, Syria."
    (e,) = extract(text)
    assert ("Islamic State (IS)", "rebel_group") in sides(e, "initiator")


def test_a_thing_belonging_to_forces_is_theirs(extract) -> None:
    text = "On 2 April 2021, gunmen fired on a truck belonging to the Nigerian army near Damboa, Borno."
    (e,) = extract(text)
    assert ("Military Forces of Nigeria", "state_forces") in sides(e, "target")


def test_fire_towards_a_garrison_targets_its_army(extract) -> None:
    text = "On 3 April 2021, ISGS fighters fired three rockets towards an Algerian Army garrison near Djanet."
    (e,) = extract(text)
    assert ("Military Forces of Algeria", "state_forces") in sides(e, "target")
    # a country's army named as an organisation is its state forces; "Kachin Independence Army" is not
    (e,) = extract(
        "On 3 April 2021, Kachin Independence Army fighters attacked a Myanmar Army post in Hpakant."
    )
    assert [k for _, k in sides(e, "initiator")] == ["rebel_group"]
    assert ("Military Forces of Myanmar", "state_forces") in sides(e, "target")


def test_people_who_step_on_a_landmine_are_its_victims(extract) -> None:
    text = "On 5 April 2021, two farmers stepped on a landmine near Samlout, Cambodia, and were injured."
    (e,) = extract(text)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert "civilians" in [k for _, k in sides(e, "target")]
    assert "civilians" not in [k for _, k in sides(e, "initiator")]


def test_armed_criminals_are_an_armed_group_and_two_groups_of_forces_bothsides(extract) -> None:
    (e,) = extract("On 6 April 2021, soldiers clashed with armed drug smugglers near Chiang Rai, Thailand.")
    assert sides(e, "target") == [("Unidentified Armed Group (Thailand)", "political_militia")]
    text = (
        "On 6 April 2021, an exchange of fire took place between two groups of security forces in Mogadishu."
    )
    (e,) = extract(text)
    assert [k for _, k in sides(e, "initiator")] == ["state_forces"]
    assert [k for _, k in sides(e, "target")] == ["state_forces"]


def test_a_business_targeted_is_no_attack_without_violence(extract) -> None:
    text = "Analysts said the construction company was targeted for its prices in Ranchi, India."
    assert len(extract(text, "2021-04-08")) == 0
    (e,) = extract("On 7 April 2021, gunmen destroyed four shops in Kinyovu (Nyamurenza, Ngozi).")
    assert e.sub_event_type == "Looting/property destruction"


def test_a_crowd_named_before_its_pronoun_attacks(extract) -> None:
    text = "On 4 April 2021, 13 people were arrested after they attacked police officers with stones in Cali."
    events = extract(text)
    riots = [e for e in events if e.event_type == "Riots"]
    assert len(riots) == 1 and riots[0].sub_event_type == "Mob violence"
    (e,) = extract("On 5 April 2021, a group of 14 citizens attacked a police officer in Tumbes, Peru.")
    assert e.event_type == "Riots" and [k for _, k in sides(e, "initiator")] == ["rioters"]


def test_who_killed_the_side_that_fell_in_an_exchange_of_fire(extract) -> None:
    text = "On 5 April 2021, two gang members were killed after exchanging fire with civil police in Recife."
    (e,) = [e for e in extract(text) if e.event_type == "Battles"]
    assert sides(e, "initiator") == [("Police Forces of Brazil", "state_forces")]
    assert ("Unidentified Armed Group (Brazil)", "political_militia") in sides(e, "target")


def test_a_battle_involvingsides(extract) -> None:
    text = (
        "On 6 April 2021, a two day battle involving SPLM-IO rebels against SSPDF forces took place near Yei."
    )
    (e,) = extract(text)
    assert [k for _, k in sides(e, "initiator")] == ["rebel_group"]
    assert ("Military Forces of South Sudan (SSPDF)", "state_forces") in sides(e, "target")


def test_a_clash_with_only_the_side_hit_named_has_an_unidentified_attacker(extract) -> None:
    text = "On 7 April 2021, a gang member was shot dead in a clash in Jucuapa, Usulutan, El Salvador."
    (e,) = extract(text)
    assert sides(e, "initiator") == [("Unidentified Armed Group (El Salvador)", "political_militia")]


def test_the_other_side_of_clashes_that_won_territory(extract) -> None:
    text = (
        "On 3 April 2021, Houthi forces regained control of villages in Mukayras district (Al Bayda), "
        "following clashes with Amajid Brigade forces."
    )
    (e,) = extract(text)
    assert e.sub_event_type == "Government regains territory"
    assert "rebel_group" in [k for _, k in sides(e, "target")]


def test_a_passive_pronoun_is_the_one_hit(extract) -> None:
    text = (
        "On 4 April 2021, a jail guard was wounded in an attack by unidentified assailants in Milagros, "
        "Masbate. The guard was on his way to work when he was attacked."
    )
    events = extract(text)
    assert events and all("state_forces" not in [k for _, k in sides(e, "initiator")] for e in events)


def test_a_named_force_before_its_noun(extract) -> None:
    text = (
        "On 4 April 2021, anti-Houthi National Resistance forces fired artillery shells at Hodeidah airport."
    )
    (e,) = extract(text)
    assert sides(e, "initiator") == [("National Resistance Forces", "political_militia")]


def test_fire_along_a_known_front_line_is_between_itssides(extract) -> None:
    text = (
        "On 3 April 2021, the OSCE SMM observed 52 explosions involving unknown weapons in both directions "
        "of the frontline near Avdiivka, Donetsk, Ukraine."
    )
    (e,) = extract(text)
    assert e.event_type == "Battles"
    assert sides(e, "initiator") == [("Military Forces of Ukraine", "state_forces")]
    assert [k for _, k in sides(e, "target")] == ["rebel_group"]
    # elsewhere, or with a side named, nothing is added
    (e,) = extract("On 3 April 2021, gunmen fired on a frontline post of the army near Kidal, Mali.")
    assert "Military Forces of Ukraine" not in [a.name for a in e.actors]


def test_drugs_seized_by_police_are_a_gangs_loss(extract) -> None:
    text = "On 2 April 2021, in Montes Claros, Minas Gerais, police seized 5 tons of marijuana on a highway."
    (e,) = extract(text)
    assert e.sub_event_type == "Looting/property destruction"
    assert [k for _, k in sides(e, "target")] == ["political_militia"]


def test_militias_named_after_their_town(extract) -> None:
    text = "On 3 April 2021, communal militias from Odejo attacked Ikobi (Apa LGA, Benue), killing 3 people."
    (e,) = extract(text)
    assert sides(e, "initiator") == [("Odejo Communal Militia (Nigeria)", "identity_militia")]
    # a militia that calls itself the communal militia of a state is named after it
    text = "On 3 April 2021, Zamfara Communal Militias raided a village in Maru, Zamfara, killing five."
    (e,) = extract(text)
    assert sides(e, "initiator") == [("Zamfara Communal Militia (Nigeria)", "identity_militia")]


def test_the_other_side_of_a_clash_hung_as_a_clause(extract) -> None:
    text = (
        "On 6 April 2021, tribal fighters clashed with Houthi forces coming from Al Jah in Hodeidah, Yemen."
    )
    (e,) = extract(text)
    assert any("Houthi" in name for name, _ in sides(e, "target"))


def test_the_operator_of_a_weapon_shot_down_loses_it(extract) -> None:
    text = "On 2 April 2021, LNA forces shot down a Turkish drone operated by GNA forces near Tripoli, Libya."
    (e,) = extract(text)
    assert e.sub_event_type == "Disrupted weapons use"
    assert [n for n, _ in sides(e, "target")] == ["Military Forces of Libya (Government of National Accord)"]
    text = "On 5 April 2021, a landmine planted by an unknown armed group exploded in Ras al-Ain, Syria."
    (e,) = extract(text)
    assert [k for _, k in sides(e, "initiator")] == ["political_militia"]


def test_weapons_owned_by_a_country_and_things_owned_by_a_group(extract) -> None:
    text = "On 6 April 2021, Israeli artillery shelled two sites belonging to the al Qassam brigades in Gaza."
    (e,) = extract(text)
    assert [k for _, k in sides(e, "initiator")] == ["state_forces"]
    assert [n for n, _ in sides(e, "target")] == ["Hamas"]
    (e,) = extract("On 6 April 2021, artillery fire hit the village of Kafr Nabl, Idlib, killing two.")
    assert [k for _, k in sides(e, "initiator")] == ["political_militia"]  # no one named


def test_an_attack_targeting_a_business_and_a_trafficker_killed_in_a_clash(extract) -> None:
    text = "On 6 April 2021, militants carried out a remote explosive attack targeting a factory in Istanbul."
    (e,) = extract(text)
    assert [k for _, k in sides(e, "target")] == ["civilians"]
    text = "On 6 April 2021, a drug trafficker was killed after exchanging fire with police in Bahia, Brazil."
    (e,) = extract(text)
    assert [k for _, k in sides(e, "target")] == ["political_militia"]


def test_a_group_name_the_model_left_unlabelled_and_a_subject_hung_on_places(extract) -> None:
    (e,) = extract(
        "On 2 April 2021, a group of Imbonerakure destroyed 4 houses in Kinyovu (Nyamurenza, Ngozi)."
    )
    assert sides(e, "initiator") == [("Imbonerakure", "political_militia")]
    text = (
        "On 4 April 2021, at Kyauk Seik village, Rathedaung Township, Sittwe District, Rakhine State, "
        "Myanmar military from LIB 538 torched and destroyed 8 houses."
    )
    (e,) = extract(text)
    assert sides(e, "initiator") == [("Military Forces of Myanmar", "state_forces")]


def test_those_who_hold_off_an_attack_were_attacked(extract) -> None:
    text = "On 7 April 2021, militants attacked Nacoba village before being repelled by security forces."
    (e,) = extract(text)
    assert "state_forces" in [k for _, k in sides(e, "target")]
    text = "On 7 April 2021, Afghan policemen repulsed their attacks on check points in Kandahar."
    (e,) = extract(text)
    assert "state_forces" in [k for _, k in sides(e, "target")]
    assert "state_forces" not in [k for _, k in sides(e, "initiator")]


def test_a_group_named_in_a_region_is_one_actor(nlp) -> None:
    doc = nlp(
        "Al-Qaeda in the Arabian Peninsula fighters attacked a checkpoint in Abyan, killing 3 soldiers."
    )
    first = doc._.eventx_actors[0]
    assert (first.text, first.name) == (
        "Al-Qaeda in the Arabian Peninsula fighters",
        "Al Qaeda in the Arabian Peninsula (AQAP)",
    )
    assert not any(m.kind == "identity_militia" for m in doc._.eventx_actors)  # not "Peninsula" militiamen


def test_the_is_acronym_is_read_as_a_name_not_a_verb(extract, nlp) -> None:
    text = (
        "On 28 Apr 2020, IS militants wearing explosive belts targeted an intelligence directorate in Kirkuk."
    )
    (event,) = extract(text, published="2020-05-01")
    assert [a.name for a in event.actors_with_role("initiator")] == ["Islamic State (IS)"]
    assert (event.date.start.isoformat(), event.date.precision) == ("2020-04-28", "day")
    # a headline in capitals keeps its verb
    doc = nlp("POLICE SAY SUSPECT IS HELD AFTER RAID")
    assert doc[3].norm_ == "is"


def test_the_owner_named_before_a_modified_thing_loses_it(extract) -> None:
    text = "On 1 May 2020, Iraqi forces defused an IS booby trapped vehicle east of Ar Rutba district."
    (event,) = extract(text, published="2020-05-05")
    assert [a.name for a in event.actors_with_role("target")] == ["Islamic State (IS)"]


def test_a_generic_force_named_twice_is_one_actor(extract) -> None:
    (e,) = extract(
        "On 3 May 2020, the Islamic State in Greater Sahara claimed the firing of 3 Grad missiles towards "
        "an Algerian Army garrison near the border with Mali."
    )
    assert [a.name for a in e.actors if a.role == "target"] == ["Military Forces of Algeria"]


def test_the_side_named_on_the_other_is_the_target(extract) -> None:
    (e,) = extract(
        "On 1 May 2020, clashes were reported between pro-Hadi forces and affiliates on one side and "
        "pro-Houthi forces on the other in Marib, Yemen."
    )
    targets = [a.name for a in e.actors if a.role == "target"]
    assert "Military Forces of Yemen (Houthi: Supreme Political Council)" in targets


def test_those_fire_is_exchanged_with_are_the_other_side(extract) -> None:
    (e,) = extract("On 6 May 2020, armed men exchanged fire with military police forces in Sousa, Paraiba.")
    assert e.event_type == "Battles"
    assert [(a.kind, a.role) for a in e.actors] == [
        ("political_militia", "initiator"),
        ("state_forces", "target"),
    ]


def test_a_group_named_in_brackets_after_a_name_the_model_split(extract) -> None:
    (e,) = extract(
        "On 8 May 2020, Communist Party of India-Maoist (CPI-Maoist) rebels attacked a police camp in "
        "Sukma, Chhattisgarh."
    )
    assert [a.name for a in e.actors if a.role == "initiator"] == [
        "CPI (Maoist): Communist Party of India (Maoist)"
    ]


def test_a_group_named_outside_brackets_comes_first() -> None:
    from eventx.actorlex import group_in

    group = group_in("The Al-Barnawi faction (Islamic State West Africa Province-ISWAP) of Boko Haram.")
    assert group is not None and group.name.startswith("Boko Haram")


def test_attacks_repulsed_are_those_of_the_dead_militants(extract) -> None:
    (e,) = extract(
        "On 27 April 2020, 4 Taliban militants were killed and 1 was wounded when Afghan policemen "
        "repulsed their attacks on check points in Zhari district, Kandahar."
    )
    assert [a.name for a in e.actors if a.role == "initiator"] == ["Taliban"]
    assert "Taliban" not in [a.name for a in e.actors if a.role == "target"]
    assert e.fatalities is not None and e.fatalities.best == 4


def test_a_subject_the_parse_hung_on_the_place_before_the_verb(extract) -> None:
    (e,) = extract(
        "On 1 May 2020, in Temuco, Araucania, members of the military forces of Chile opened fire when a "
        "civilian attempted to avoid a military checkpoint."
    )
    assert [a.name for a in e.actors if a.role == "initiator"] == ["Military Forces of Chile"]


def test_what_comes_under_fire_is_the_target_and_where_fire_comes_from_its_source(extract) -> None:
    (e,) = extract(
        "A Nigerian army convoy came under fire from Boko Haram fighters near Maiduguri on Monday."
    )
    roles = {a.role: a.name for a in e.actors}
    assert roles["target"] == "Military Forces of Nigeria"
    assert roles["initiator"].startswith("Boko Haram")


def test_the_passive_subject_of_reported_to_have_is_the_doer(extract) -> None:
    (e,) = extract(
        "Around 5 May 2020, SPLM-IO rebels were reported to have beaten and looted from residents in "
        "Wuji village in Lainya county (Central Equatoria state)."
    )
    assert e.event_type == "Violence against civilians"
    assert [a.kind for a in e.actors if a.role == "initiator"] == ["rebel_group"]
    (e,) = extract(
        "Three soldiers were reported to have been killed in an ambush by Al Shabaab near Kismayo."
    )
    assert [a.name for a in e.actors if a.role == "initiator"] == ["Al Shabaab"]


def test_claims_and_attributions_name_the_initiator(extract) -> None:
    text = (
        "Assailants attacked a police post in Hpakant, Kachin, Myanmar, killing two officers. No group "
        "claimed responsibility; however, sources attributed the attack to the Kachin Independence "
        "Army (KIA)."
    )
    (e,) = extract(text, published="2021-05-02")
    assert [a.name for a in e.actors_with_role("initiator")] == ["Kachin Independence Army"]
    text = (
        "A suicide bomber struck a hotel in Mogadishu, Somalia, killing five people. Al-Shabaab claimed it."
    )
    text = text.replace("claimed it", "claimed responsibility")
    (e,) = extract(text, published="2021-05-02")
    assert "Al Shabaab" in [a.name for a in e.actors_with_role("initiator")]
    text = "Gunmen killed three farmers in Zamfara, Nigeria. No group claimed responsibility for the attack."
    (e,) = extract(text, published="2021-05-02")
    assert [a.name for a in e.actors_with_role("initiator")] == ["Unidentified Armed Group (Nigeria)"]


@pytest.mark.parametrize(
    ("suspicion", "initiator"),
    [
        ("sources suspected the involvement of the New People's Army (NPA).", "NPA: New People's Army"),
        ("police believe that the New People's Army (NPA) carried out the attack.", "NPA: New People's Army"),
        ("sources suspected that left-wing extremists were involved in the attack.", "left-wing extremists"),
        ("police believe that the army was involved in the attack.", "Military Forces of Philippines"),
    ],
)
def test_a_suspected_involvement_names_the_initiator(extract, suspicion: str, initiator: str) -> None:
    text = f"Gunmen killed a farmer in Calinog, Iloilo, Philippines. No one claimed it; {suspicion}"
    (e,) = extract(text, published="2021-05-02")
    assert [a.name for a in e.actors_with_role("initiator")] == [initiator]


@pytest.mark.parametrize(
    "twin",
    [
        "The New People's Army (NPA) denied any involvement in the attack.",  # a denial attributes nothing
        "Police believe that soldiers of the New People's Army (NPA) carried out a survey.",  # no incident
        "Residents fear that the New People's Army (NPA) will carry out more attacks.",  # yet to come
    ],
)
def test_a_denied_involvement_names_no_initiator(extract, twin: str) -> None:
    text = f"Assailants shot and killed a farmer in Calinog, Iloilo, Philippines. {twin}"
    (e,) = extract(text, published="2021-05-02")
    assert [a.name for a in e.actors_with_role("initiator")] == ["Unidentified Armed Group (Philippines)"]


def test_people_facing_police_are_not_identity_militias(extract) -> None:
    (e,) = extract("Indigenous protesters clashed with police in Brasilia, Brazil.", PUBLISHED)
    assert e.event_type == "Riots"
    (e,) = extract("The Syrian government clashed with rebels in Idlib, Syria.", PUBLISHED)
    assert sides(e, "initiator") == [("Military Forces of Syria", "state_forces")]


def test_troops_across_a_line_and_soldiers_who_repulse_an_attack(extract) -> None:
    (e,) = extract(
        "Pakistani troops on the other side of the Line of Control exchanged fire with Indian soldiers.",
        "2020-05-05",
    )
    assert [a.name for a in e.actors if a.role == "initiator"] == ["Military Forces of Pakistan"]
    (e,) = extract("Soldiers said they repulsed their attack on a base in Borno.", "2020-05-05")
    assert not [a for a in e.actors if a.role == "initiator" and a.kind == "state_forces"]


@pytest.mark.parametrize(
    ("text", "actor", "trigger", "twin"),
    [
        ("Soldiers investigated the attack on the market.", 0, 3, "Soldiers attacked the market."),
        ("The government condemned the attack on the market.", 1, 4, "The government bombed the market."),
    ],
)
def test_those_who_investigate_or_condemn_an_attack_did_not_do_it(
    parse, text: str, actor: int, trigger: int, twin: str
) -> None:
    from eventx.events.roles import actor_role

    doc = parse(text)
    assert actor_role(doc[actor], doc[trigger], False, "state_forces") is None
    twin_doc = parse(twin)  # the same actor as the subject of the attack verb itself
    assert actor_role(twin_doc[actor], twin_doc[actor + 1], False, "state_forces") == "initiator"


def test_civilians_never_initiate_violence(extract) -> None:
    (e,) = extract("On 3 May 2020, unidentified men abducted a journalist in Karachi, Pakistan.")
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert [(a.name, a.kind) for a in e.actors if a.role == "initiator"] == [
        ("Unidentified Armed Group (Pakistan)", "political_militia")
    ]
    (e,) = extract("On 4 May 2020, a student activist was forcibly disappeared in Karachi, Pakistan.")
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_joined_verbs_share_their_subject(extract) -> None:
    text = "On 4 June 2021, security forces arrested and beat an opposition leader in Warder, Ethiopia."
    beating = [e for e in extract(text) if e.event_type == "Violence against civilians"]
    assert beating and [a.kind for a in beating[0].actors_with_role("initiator")] == ["state_forces"]


def test_a_numbered_or_infantry_unit_is_the_army_but_a_named_brigade_is_a_group(extract) -> None:
    (e,) = extract("On 4 June 2021, the 1st Mechanized Division fought NPA rebels in Samar, Philippines.")
    assert ("Military Forces of Philippines", "state_forces") in sides(e, "initiator")
    (e,) = extract("On 4 June 2021, the 35th Infantry Battalion attacked a village near Uvira, Congo.")
    assert [k for _, k in sides(e, "initiator")] == ["state_forces"]
    (e,) = extract("On 4 June 2021, the Mai-Mai Brigade attacked a village near Uvira, Congo.")
    assert [k for _, k in sides(e, "initiator")] == ["rebel_group"]
    # a unit named after its group is the group's own, however the parse hangs the group's name
    (e,) = extract("On 4 June 2021, KIAs 34th Battalion fought Myanmar army troops in Kutkai, Shan State.")
    assert [k for _, k in sides(e, "initiator")] == ["rebel_group"]
    (e,) = extract("On 4 March 2021, in Tum Mari village, Tanai, the KIA 14th battalion attacked the army.")
    assert ("Kachin Independence Army", "rebel_group") in sides(e, "initiator")


@pytest.mark.parametrize(
    "text",
    [
        # the parse makes the first side the place's conjunct, or the subject the place itself
        "On 4 June 2021, in Hpakant Township, Kachin State, the Myanmar army and the KIA clashed.",
        "On 4 June 2021, near Sezin village, Kachin State, the Myanmar army and the KIA fought.",
        # the twin: the sides written before the place
        "On 4 June 2021, the Myanmar army and the KIA clashed in Hpakant Township, Kachin State.",
    ],
)
def test_sides_listed_after_a_place_keep_their_order(extract, text: str) -> None:
    (e,) = extract(text)
    assert sides(e, "initiator") == [("Military Forces of Myanmar", "state_forces")]
    assert sides(e, "target") == [("Kachin Independence Army", "rebel_group")]


def test_sides_listed_after_a_place_under_a_passive_verb_are_its_targets(extract) -> None:
    text = "On 4 June 2021, in Kutkai Township, Shan State, soldiers and police were attacked by the KIA."
    (e,) = extract(text)
    assert sides(e, "initiator") == [("Kachin Independence Army", "rebel_group")]


def test_states_named_as_sides_are_no_place_the_sides_hang_on(extract) -> None:
    (e,) = extract("On 4 June 2021, Armenia and Azerbaijan clashed on their border.")
    assert [n for n, _ in sides(e, "initiator")] == ["Military Forces of Armenia"]


def test_a_place_taken_may_be_written_as_its_area(extract) -> None:
    # "Magumeri (Borno state)": the parse makes the area word the object of "retook"
    (e,) = extract("On 2 June 2021, troops retook Damasak (Borno state) from ISWAP fighters.")
    assert e.sub_event_type == "Government regains territory"
    # the twin: the town alone
    (e,) = extract("On 2 June 2021, troops retook Damasak from ISWAP fighters.")
    assert e.sub_event_type == "Government regains territory"


def test_a_headline_passive_without_were_makes_its_subject_the_target(extract) -> None:
    (e,) = extract("Two police officers shot dead by bandits in Zamfara, Nigeria", published="2021-05-02")
    assert sides(e, "target") == [("Police Forces of Nigeria", "state_forces")]
    assert [a.kind for a in e.actors_with_role("initiator")] == ["political_militia"]
    # the twin: without "by" the subject shot
    (e,) = extract("Two police officers shot a bandit in Zamfara, Nigeria", published="2021-05-02")
    assert sides(e, "initiator") == [("Police Forces of Nigeria", "state_forces")]


def test_the_attackers_own_dead_count_but_are_no_target(extract) -> None:
    text = "Gunmen attacked a police post in Kano, Nigeria, on Monday. Two attackers were killed."
    (e,) = extract(text, published="2021-05-02")
    assert e.fatalities.best == 2
    assert [a.kind for a in e.actors_with_role("target")] == ["state_forces"]
    assert [a.kind for a in e.actors_with_role("initiator")] == ["political_militia"]
    # the twins: villagers killed in the attack are its targets; attackers someone is named killing too
    text = "Gunmen attacked a market in Kano, Nigeria, on Monday. Two villagers were killed."
    (e,) = extract(text, published="2021-05-02")
    assert e.fatalities.best == 2 and "civilians" in [a.kind for a in e.actors_with_role("target")]
    (e,) = extract("Troops killed five assailants near Maiduguri, Nigeria.", published="2021-05-02")
    assert [a.kind for a in e.actors_with_role("target")] == ["political_militia"]
    text = "Vigilantes captured and lynched two suspected raiders in Zamfara, Nigeria, on Monday."
    (e,) = extract(text, published="2021-05-02")
    assert "political_militia" in [a.kind for a in e.actors_with_role("target")]


def test_forces_reporting_a_killing_of_their_own_are_its_initiator(extract) -> None:
    text = "Nigerian troops reported killing 20 Boko Haram fighters in Bama, Borno, on Monday."
    (e,) = extract(text, published="2021-05-02")
    assert sides(e, "initiator") == [("Military Forces of Nigeria", "state_forces")]
    # the twin: police reporting what gunmen did are its source
    (e,) = extract("Police said gunmen attacked a bus in Bama, Borno, on Monday.", published="2021-05-02")
    assert "state_forces" not in [a.kind for a in e.actors_with_role("initiator")]


def test_people_a_report_says_were_not_hurt_are_no_target(extract) -> None:
    text = (
        "Gunmen attacked the German consulate in Mazar-i-Sharif, Afghanistan, on Thursday, killing two "
        "people. Police said no consulate personnel had been hurt."
    )
    (event,) = extract(text, published="2016-11-11")
    assert "state_forces" not in {a.kind for a in event.actors if a.role == "target"}
    # the twin in which they were hurt names them
    twin = text.replace("no consulate personnel had been hurt", "two soldiers had been hurt")
    (event,) = extract(twin, published="2016-11-11")
    assert "state_forces" in {a.kind for a in event.actors if a.role == "target"}


def test_an_operation_named_by_its_act_is_that_act_with_its_target(extract) -> None:
    for text in (
        "On Monday, the military started shelling operations against NPA militants in Lumba-Bayabao.",
        "On Monday, the military conducted a shelling operation against NPA militants in Lumba-Bayabao.",
    ):
        (e,) = extract(text)
        assert e.sub_event_type == "Shelling/artillery/missile attack"
        assert [a.kind for a in e.actors if a.role == "target"] == ["rebel_group"]
    # an act word before a noun that is no act names a property ("striking miners", "a shelled house")
    (march,) = extract("On Monday, striking miners marched in Lumba-Bayabao.")
    assert march.event_type == "Protests"


def test_the_act_a_killing_was_done_during_is_the_one_its_sentence_tells(extract) -> None:
    # "during the airstrikes": the means of this killing, with its doer, not a reference back
    (e,) = extract("On 16 May, Turkish Army Forces killed 5 PKK militants during the airstrikes in Avasin.")
    assert [a.name for a in e.actors if a.role == "initiator"] == ["Military Forces of Turkey"]
    # "killed or injured": the joined verb shares the subject, so the doer is still named
    (e,) = extract("On 6 May, Turkish forces killed or injured six PKK fighters during the airstrikes in Zap")
    assert [a.name for a in e.actors if a.role == "initiator"] == ["Military Forces of Turkey"]
    # a reference back stays one: the strike told before, with its own doer
    text = (
        "On 16 May 2020, Turkish warplanes struck PKK positions in Avasin, Iraq. "
        "Two shepherds were killed in the strike, local officials said."
    )
    assert len(extract(text)) == 1



def test_the_people_a_total_counts_take_its_role(extract) -> None:
    text = (
        "On 16 May 2020, Turkish forces killed or injured total of 2 PKK militants during airstrikes in "
        "Avasin, Erbil, Iraq."
    )
    (e,) = extract(text)
    assert [n for n, _ in sides(e, "target")] == ["PKK: Kurdistan Workers Party"]


def test_a_country_naming_whose_forces_is_no_government_actor(extract) -> None:
    (e,) = extract("On 3 May 2021, KIA fighters attacked a Myanmar army position near Muse, Shan State.")
    assert "government" not in [k for _, k in sides(e, "target")]
    assert "Military Forces of Myanmar" in [n for n, _ in sides(e, "target")]
    (e,) = extract("On 3 May 2021, gunmen attacked Nigeria security forces in Gusau, Zamfara.")
    assert "government" not in [k for _, k in sides(e, "target")]
    # twin: a country acting through its name is its state
    (e,) = extract("On 3 May 2021, Turkey shelled YPG positions near Afrin, Syria.")
    assert [n for n, _ in sides(e, "initiator")] == ["Military Forces of Turkey"]


def test_an_aim_hung_on_the_acts_phrase_of_duration_names_the_target(extract) -> None:
    text = "On 27 Nov 2016, KIA fighters launched an attack for 30 minutes against an army post in Muse."
    (e,) = extract(text)
    assert "state_forces" in [k for _, k in sides(e, "target")]
    # an organisation no list knows that launches such an attack is armed and its doer
    text = (
        "On 27 Nov 2016, the Northern Alliance launched an attack for 30 minutes against an army post in "
        "Muse, Shan State."
    )
    (e,) = extract(text)
    assert sides(e, "initiator") == [("Northern Alliance", "political_militia")]
    # twins: a "for" of motive names no target, nor does an attack on a village told as what came before
    text = (
        "On 10 June 2021, Turkish warplanes bombed PKK positions in Duhok, Iraq, for an attack on a "
        "Turkish outpost."
    )
    (e,) = extract(text)
    assert [n for n, _ in sides(e, "target")] == ["PKK: Kurdistan Workers Party"]
    text = "On 3 May 2021, following an attack on a village the day before, the FARDC launched an offensive."
    assert "civilians" not in [k for e in extract(text) for _, k in sides(e, "target")]

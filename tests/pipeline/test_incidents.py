"""How sentences about one incident are put together: follow-ups, answers to an attack, protests that
escalate, and killings told before their trigger word (real pipeline, real model)."""

from __future__ import annotations

import pytest


def _types(events) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in events]


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


def test_a_clause_that_fires_is_no_accident(extract) -> None:
    # "firing" (a verb) is not a fire; a crash or a drowning still is an accident
    crash = "Two people were killed when their bus crashed near Kano, Nigeria, on Monday."
    assert len(extract(crash, "2021-06-08")) == 0
    flood = "Two people were killed when a flood swept their village near Kano, Nigeria, on Monday."
    assert len(extract(flood, "2021-06-08")) == 0
    shot = "Two people were killed when soldiers started firing at a market near Kano, Nigeria, on Monday."
    assert [e.fatalities.best for e in extract(shot, "2021-06-08")] == [2]


def test_returned_fire_is_part_of_the_attack(extract) -> None:
    text = (
        "On 2 May 2021, gunmen shot at a police patrol in Arima, Trinidad and Tobago. "
        "The officers returned fire, killing one of the attackers."
    )
    (e,) = extract(text)
    assert e.fatalities.best == 1
    assert len(e.evidence) == 2


def test_a_protest_that_turns_violent_in_the_next_sentence_is_one_riot(extract) -> None:
    text = (
        "On 7 June 2021, hundreds of residents demonstrated against power cuts in Kano, Nigeria. "
        "Some demonstrators opened fire on the police."
    )
    assert _types(extract(text)) == [("Riots", "Violent demonstration")]


def test_a_protest_told_over_several_sentences_takes_its_most_severe_form(extract) -> None:
    text = (
        "On 7 June 2021, more than 200 bus drivers held a protest in Huambo, Angola. "
        "The protesters blocked a highway for two hours. "
        "Police fired shots in the air to disperse the crowd."
    )
    assert _types(extract(text)) == [("Protests", "Protest with intervention")]


def test_barricades_are_a_protest_unless_set_on_fire(extract) -> None:
    peaceful = (
        "On 8 June 2021, traders barricaded the market road in Bobo-Dioulasso, Burkina Faso, and "
        "demonstrated to demand the reopening of the market."
    )
    assert _types(extract(peaceful)) == [("Protests", "Peaceful protest")]
    burning = "On 8 June 2021, residents built barricades and set them on fire in Colon, Panama."
    assert _types(extract(burning)) == [("Riots", "Violent demonstration")]


def test_a_labour_strike_is_a_protest_not_an_air_strike(extract) -> None:
    text = "On 8 June 2021, nurses went on strike in Gweru, Zimbabwe, to demand their salaries."
    assert _types(extract(text)) == [("Protests", "Peaceful protest")]


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


def test_a_clash_between_unarmed_crowds_is_mob_violence(extract) -> None:
    text = (
        "On 9 June 2021, two groups of ruling party supporters clashed with each other in Comilla, "
        "Bangladesh, in which six persons sustained injuries."
    )
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")
    assert e.injuries is not None and e.injuries.best == 6


def test_a_clash_between_demonstrators_and_police_is_a_violent_demonstration(extract) -> None:
    text = "On 9 June 2021, a clash ensued between protesters and the police outside parliament in Lusaka."
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    assert "state_forces" in {a.kind for a in e.actors_with_role("target")}
    miners = "On 9 June 2021, a clash ensued between striking miners and the police in Lusaka, Zambia."
    assert _types(extract(miners)) == [("Riots", "Mob violence")]  # "striking" is no air strike


def test_crowds_with_weapons_or_without_an_opponent_are_no_riot(extract) -> None:
    armed = (
        "On 9 June 2021, clashes broke out between two families in a camp near Sidon, Lebanon. "
        "The two sides used rifles and grenades."
    )
    assert "Riots" not in [e.event_type for e in extract(armed)]
    figure = "More than 100 firefighters battled for hours to free five people trapped in a wreck in Leeds."
    assert len(extract(figure, "2021-06-09")) == 0


def test_a_shootout_is_an_armed_clash(extract) -> None:
    text = "On 9 June 2021, a shoot-out broke out in Recife, Brazil, and a suspect was shot and died."
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type, e.fatalities.best) == ("Battles", "Armed clash", 1)


def test_demonstrators_who_kill_make_a_riot(extract) -> None:
    text = (
        "On 9 June 2021, youths demonstrated in Kisumu, Kenya, after a shopkeeper was robbed. "
        "Demonstrators caught one of the robbers and killed him."
    )
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")


def test_riot_words_must_be_acts_of_the_crowd(extract) -> None:
    damage = (
        "On 9 June 2021, farmers protested in Kostanay, Kazakhstan, demanding compensation for flood damage."
    )
    assert _types(extract(damage)) == [("Protests", "Peaceful protest")]
    road = (
        "On 9 June 2021, villagers blocked the road with stones in Solola, Guatemala, to protest power cuts."
    )
    assert _types(extract(road)) == [("Protests", "Peaceful protest")]
    thrown = (
        "On 9 June 2021, villagers protested in Solola, Guatemala, and threw stones at the mayor's office."
    )
    assert _types(extract(thrown)) == [("Riots", "Violent demonstration")]


def test_a_weapon_word_does_not_support_itself(extract) -> None:
    assert len(extract("He joked about getting in a rocket and flying to another planet.", "2021-06-09")) == 0


def test_weapons_defused_seized_or_shot_down_are_disrupted_weapons_use(extract) -> None:
    cases = [
        "On 4 June 2021 troops destroyed a weapon cache, defused 12 IEDs and seized 20 kg of TNT in Bouira.",
        "On 4 June 2021, police discovered a large cache of explosives near Pothia, Greece.",
        "On 4 June 2021, pro-government forces shot down a Houthi drone over Marib, Yemen.",
        "On 4 June 2021, security forces discovered and defused an explosive device in Srinagar, India.",
    ]
    for text in cases:
        assert _types(extract(text)) == [("Strategic developments", "Disrupted weapons use")], text
    (e,) = extract(cases[0])
    assert [a.kind for a in e.actors_with_role("initiator")] == ["state_forces"]  # the joined verbs' subject


def test_goods_seized_are_property_and_places_seized_territory(extract) -> None:
    drugs = "On 4 June 2021, federal police seized about 5 tons of marijuana near Montes Claros, Brazil."
    assert _types(extract(drugs)) == [("Strategic developments", "Looting/property destruction")]
    town = "On 4 June 2021, the rebels seized the town of Kidal, Mali."
    assert _types(extract(town)) == [("Battles", "Non-state actor overtakes territory")]
    assert len(extract("On 4 June 2021, scientists discovered a new species of frog in Madagascar.")) == 0


def test_an_attack_whose_weapon_is_intercepted_stays_one_attack(extract) -> None:
    text = (
        "On 4 June 2021, assailants launched an explosives-laden drone targeting the airport in Jazan, "
        "Saudi Arabia. The drone was intercepted and no casualties were reported."
    )
    (e,) = extract(text)
    assert e.event_type == "Explosions/Remote violence" and e.fatalities.best == 0


def test_a_ban_on_protests_is_no_protest(extract) -> None:
    text = "On 4 June 2021, the governor extended the ban on all marches, protests and sit-ins in Hakkari."
    assert "Protests" not in [e.event_type for e in extract(text)]


def test_joined_verbs_share_their_subject(extract) -> None:
    text = "On 4 June 2021, security forces arrested and beat an opposition leader in Warder, Ethiopia."
    beating = [e for e in extract(text) if e.event_type == "Violence against civilians"]
    assert beating and [a.kind for a in beating[0].actors_with_role("initiator")] == ["state_forces"]


def test_fire_both_ways_is_an_armed_clash(extract) -> None:
    text = (
        "On 4 June 2021, the monitors observed 40 explosions involving mortars in both directions of the "
        "frontline near Avdiivka, Donetsk."
    )
    assert _types(extract(text)) == [("Battles", "Armed clash")]
    one_way = "On 4 June 2021, rebel forces fired 82mm mortars at army positions near Avdiivka, Donetsk."
    assert _types(extract(one_way)) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_clash_involving_artillery_is_a_clash(extract) -> None:
    text = "On 4 June 2021, a clash between GNA and LNA forces, involving heavy artillery fire, was reported."
    assert _types(extract(text)) == [("Battles", "Armed clash")]


def test_an_attack_answered_with_fire_is_an_armed_clash(extract) -> None:
    text = (
        "On 4 June 2021, militants threw a hand grenade at the residence of the district commissioner in "
        "Mogadishu. His bodyguards reacted with gunfire."
    )
    assert _types(extract(text)) == [("Battles", "Armed clash")]


def test_people_who_open_fire_are_armed_not_a_mob(extract) -> None:
    text = "On 4 June 2021, four individuals on motorcycles opened fire at the police station in Ponce."
    assert "Riots" not in [e.event_type for e in extract(text)]
    demo = (
        "On 4 June 2021, a demonstration over food turned violent in Chaghcharan, Ghor. "
        "Some demonstrators opened fire on the police."
    )
    assert _types(extract(demo)) == [("Riots", "Violent demonstration")]


def test_gunships_are_air_strikes(extract) -> None:
    text = "On 4 June 2021, helicopter gunships attacked Islamist militants near Quissanga, Cabo Delgado."
    assert _types(extract(text)) == [("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize(
    "text",
    [
        "No one was injured when a fire broke out at a market in Kano.",
        "No one was hurt in the fight between the two players at the stadium in Madrid.",
        "Seven fishermen lost their lives when their boat capsized off the coast of Lagos.",
        "Dozens of fans were injured when a stand collapsed at the stadium in Accra.",
        "Geologists discovered a gold mine near Kitwe, Zambia.",
        "The senate shot down a bill regulating drones.",
        "Researchers discovered 5 tons of plastic on a beach in Bali.",
        "The bank dismantled its investment arm in Lagos.",
        "Smith was on strike when rain stopped play at Lord's.",
    ],
)
def test_accidents_sport_and_business_make_no_event(extract, text: str) -> None:
    assert len(extract(text, published="2021-06-08")) == 0


def test_review_cases_keep_their_type_and_counts(extract) -> None:
    pub = "2021-06-08"
    strike = "Government forces launched an air strike on a market in Idlib, killing 12 villagers."
    assert _types(extract(strike, pub)) == [("Explosions/Remote violence", "Air/drone strike")]
    pistol = "Police arrested a man carrying an unlicensed pistol in Lagos."
    assert _types(extract(pistol, pub)) == [("Strategic developments", "Arrests")]
    returned = (
        "Gunmen attacked a village near Maiduguri, killing three people. "
        "Many residents returned to the village after the attack."
    )
    assert _types(extract(returned, pub)) == [("Violence against civilians", "Attack")]
    bomb = "Two men who knew each other were killed by a roadside bomb in Kandahar."
    assert _types(extract(bomb, pub)) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    clans = "A land conflict between two clans killed three people in Galkayo on Monday."
    assert [e.fatalities.best for e in extract(clans, pub)] == [3]
    among = (
        "Gunmen killed 12 people in Zamfara, and police said no casualties were recorded among the officers."
    )
    (e,) = extract(among, pub)
    assert e.injuries is None  # "no casualties among the officers" says nothing of the others
    arrested = "Gunmen attacked a village near Kaduna and were later arrested by the police."
    arrests = [e for e in extract(arrested, pub) if e.sub_event_type == "Arrests"]
    assert [a.kind for a in arrests[0].actors_with_role("initiator")] == ["state_forces"]
    bus = "Four persons received injuries when gunmen attacked a bus near Kaduna."
    (e,) = extract(bus, pub)
    assert e.injuries.best == 4 and "civilians" not in [a.kind for a in e.actors_with_role("initiator")]


def test_a_question_is_no_report(extract) -> None:
    text = "Did Hillary Clinton just fire the starting gun on Michelle Obama's bid? She spoke in New York."
    assert len(extract(text, "2016-11-10")) == 0
    text = (
        "Friends and relatives of the victims marched to the crash scene in Croydon in an emotional tribute."
    )
    assert len(extract(text, "2016-11-10")) == 0


def test_a_clash_told_after_the_forces_that_went_there(extract) -> None:
    text = (
        "On 4 April 2021, in Sao Goncalo, Rio de Janeiro, military police officers went to the Trindade "
        "community to find drug traffickers. An intense shoot-out broke out and a suspect was shot dead."
    )
    battles = [e for e in extract(text) if e.event_type == "Battles"]
    assert len(battles) == 1
    assert ("Police Forces of Brazil", "state_forces") in [(a.name, a.kind) for a in battles[0].actors]


def test_regaining_control_of_a_car_is_no_territory(extract) -> None:
    text = (
        "Verstappen managed to straighten up and regain control of his car in Sao Paulo, Brazil, on Sunday."
    )
    assert len(extract(text, "2016-11-14")) == 0
    text = "On 4 April 2021, Houthi forces regained control of several villages in Al Bayda, Yemen."
    (e,) = extract(text)
    assert e.sub_event_type == "Government regains territory"


def test_campaigners_clashing_with_police_riot(extract) -> None:
    text = (
        "Violent clashes broke out between anti-Trump campaigners and police in Portland as demos took place."
    )
    (e,) = extract(text, "2016-11-12")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")


def test_retaking_a_town_the_parse_hangs_as_a_modifier(extract) -> None:
    # machine-paraphrased wire copy: "experienced re-entered Saraqeb" parses "entered" as a modifier
    text = "On Thursday, jihadis and Turkish-backed rebels experienced re-entered Saraqeb, an Idlib city."
    events = extract(text, "2020-02-28")
    assert ("Battles", "Non-state actor overtakes territory") in [
        (e.event_type, e.sub_event_type) for e in events
    ]


def test_a_patrol_targeted_is_the_unit_hit(extract) -> None:
    text = (
        "An explosive device detonated targeting a police patrol in Al-Abbarah, Muqdadiyah district, "
        "Diyala, Iraq. At least two officers were injured in the blast."
    )
    (e,) = extract(text, "2021-03-02")
    assert e.event_type == "Explosions/Remote violence" and e.location.admin1 == "Diyala"


def test_party_members_beating_people_riot(extract) -> None:
    (e,) = extract("On 2 April 2021, opposition party members beat electoral monitors in Dowa, Malawi.")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")


def test_setting_fire_to_things_in_a_demonstration_is_violent(extract) -> None:
    text = "On 2 April 2021, inmates of a prison in San Juan, Argentina, demonstrated setting fire to beds."
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")


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


def test_missiles_hurled_by_a_crowd_are_a_riot(extract) -> None:
    text = "Shop windows were smashed and missiles hurled at riot police during demonstrations in Oakland."
    assert [(e.event_type, e.sub_event_type) for e in extract(text, "2016-11-10")] == [
        ("Riots", "Violent demonstration")
    ]
    (e,) = extract("Militants fired two missiles at an army base near Kirkuk, Iraq.", "2021-04-10")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


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


@pytest.mark.parametrize(
    "text",
    [
        "A car rammed into a tree on the M4, police said.",
        "The striker rammed the ball into the net in the second half.",
        "Even as the Taliban have pushed major offensives in Afghanistan in recent years, the city was calm.",
        "Insecurity is worsening in Afghanistan as Taliban insurgents ramp up nationwide attacks.",
        "Attacks by the Taliban have been relatively rare in Mazar-i-Sharif.",
    ],
)
def test_rammed_things_and_trends_are_no_incidents(extract, text: str) -> None:
    assert len(extract(text, published="2016-11-11")) == 0


def test_a_trend_beside_an_incident_leaves_the_incident(extract) -> None:
    text = "Taliban insurgents, who have stepped up attacks in recent years, attacked a checkpoint in Kunduz."
    assert _types(extract(text, published="2016-11-11")) == [("Battles", "Armed clash")]


@pytest.mark.parametrize(
    "text",
    [
        "This meeting between the two leaders was a clash of the alphas, a body language expert said.",
        "Kasich boycotted the presidential nominating convention in Cleveland on Monday.",
        "Obama mocked Trump at a press dinner on Saturday as the businessman sat in the audience.",
        "Canada welcomed immigrants on Twitter; a singer talked about the US election results on Tuesday.",
        "Militarised police stood patrol outside the tower in New York on Wednesday night.",
    ],
)
def test_figures_abstentions_speech_and_routine_policing_make_no_event(extract, text: str) -> None:
    assert len(extract(text, "2016-11-10")) == 0, text


def test_a_movement_of_troops_is_a_change_to_group_activity(extract) -> None:
    (e,) = extract("On 5 May 2020, a Russian patrol took place near Ras al-Ain in Syria.")
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert [a.name for a in e.actors if a.role == "initiator"] == ["Military Forces of Russia"]


def test_a_living_person_s_body_is_no_death(extract) -> None:
    (e,) = extract("On Monday a gunman attacked a bar in Kabul, Afghanistan; a guest complimented her body.")
    assert e.fatalities is None or e.fatalities.best in (None, 0)


def test_a_body_that_is_found_is_a_death(extract) -> None:
    (e,) = extract(
        "On 5 May 2020, gunmen attacked a village near Kano, Nigeria; his body was found on Tuesday."
    )
    assert e.fatalities is not None and e.fatalities.best == 1


def test_civilians_never_initiate_violence(extract) -> None:
    (e,) = extract("On 3 May 2020, unidentified men abducted a journalist in Karachi, Pakistan.")
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert [(a.name, a.kind) for a in e.actors if a.role == "initiator"] == [
        ("Unidentified Armed Group (Pakistan)", "political_militia")
    ]
    (e,) = extract("On 4 May 2020, a student activist was forcibly disappeared in Karachi, Pakistan.")
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_men_clashing_with_police_who_closed_a_school_riot(extract) -> None:
    (e,) = extract(
        "On 28 April 2020, dozens of men clashed with Israeli police in Jerusalem when police forces "
        "closed a school that had stayed open despite the lockdown."
    )
    assert e.event_type == "Riots"
    assert {a.kind for a in e.actors if a.role == "initiator"} == {"rioters"}


def test_fire_thrown_at_a_building_is_an_attack(extract) -> None:
    (e,) = extract(
        "On 4 May 2021, assailants threw Molotov cocktails at a residence in Lod, Israel. "
        "There were no reported casualties, but two apartments were damaged in the attack."
    )
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.location is not None and e.location.country_code == "ISR"
    (e,) = extract("Assailants attacked a mosque with a firebomb in Malmo, Sweden, on Sunday.", "2021-05-10")
    assert e.event_type == "Violence against civilians"  # a place of worship holds people


def test_fire_thrown_by_a_crowd_is_its_riot(extract) -> None:
    (e,) = extract("Protesters threw petrol bombs at police in Hong Kong on Sunday.", "2019-11-12")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    (e,) = extract("Youths attacked the police station with petrol bombs in Belfast on Sunday.", "2021-04-12")
    assert e.event_type == "Riots"
    assert len(extract("Police found petrol bombs in a car in Belfast on Sunday.", "2021-04-12")) == 0


def test_burning_an_effigy_is_a_peaceful_protest(extract) -> None:
    (e,) = extract(
        "Demonstrators in Chicago vented against the election winner on Wednesday, burning a papier-mache "
        "Trump head and beating a Trump pinata.",
        "2016-11-10",
    )
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "actor", "trigger"),
    [
        ("Soldiers investigated the attack on the market.", 0, 3),
        ("The government condemned the attack on the market.", 1, 4),
    ],
)
def test_those_who_investigate_or_condemn_an_attack_did_not_do_it(
    parse, text: str, actor: int, trigger: int
) -> None:
    from eventx.events.roles import actor_role

    doc = parse(text)
    assert actor_role(doc[actor], doc[trigger], False, "state_forces") is None


def test_a_memorial_march_is_no_protest_unless_it_demands(extract) -> None:
    text = (
        "Hundreds of residents marched to the cemetery in Kano on Saturday carrying flowers for the victims."
    )
    assert len(extract(text, "2016-11-12")) == 0
    (e,) = extract(
        "Thousands of residents marched in Lagos on Saturday in memory of the victims, demanding justice."
    )
    assert e.event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "Clinton told supporters at a rally in Daytona Beach, Florida, that voters deserve the facts.",
        "At a rally in the Detroit suburbs, Trump repeated his claims of a conspiracy against him.",
    ],
)
def test_a_rally_that_is_only_where_someone_spoke_is_no_protest(extract, text: str) -> None:
    assert len(extract(text, "2016-11-01")) == 0


def test_a_rally_held_is_a_protest(extract) -> None:
    (e,) = extract("Thousands of supporters of the opposition attended a rally in Harare on Saturday.")
    assert e.event_type == "Protests"


def test_an_attack_on_things_alone_is_property_destruction(extract) -> None:
    (e,) = extract(
        "On 3 May 2020, unknown gunmen attacked and damaged the building of a radio station in Aybak, "
        "Samangan. No casualties were reported."
    )
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    (e,) = extract(
        "Gunmen attacked a school in Kaduna, Nigeria, on Monday, killing two teachers.", "2020-05-05"
    )
    assert e.event_type == "Violence against civilians"
    (e,) = extract("Gunmen attacked a village in Kaduna, Nigeria, on Monday.", "2020-05-05")
    assert e.event_type == "Violence against civilians"


def test_a_body_found_wrapped_is_a_killing_and_an_illness_is_not(extract) -> None:
    (e,) = extract(
        "On 30 April 2020, a woman was found dead in Tijuana, Baja California. The body was wrapped in a "
        "blanket."
    )
    assert e.event_type == "Violence against civilians" and e.fatalities.best == 1
    text = "A man was found dead in his apartment in Tijuana on Monday. He had been ill for months."
    assert len(extract(text, "2020-05-05")) == 0


def test_explosives_used_to_fish_or_build_are_no_explosion(extract) -> None:
    for text in (
        "Fishermen used explosives to catch fish off Sabah, Malaysia, on Monday.",
        "Engineers used explosives to clear the site for the new dam in Ethiopia on Monday.",
    ):
        assert len(extract(text, "2020-05-05")) == 0, text


def test_an_attack_by_shots_is_supported_and_a_shot_at_goal_is_not(extract) -> None:
    (e,) = extract(
        "On 8 May 2020, in Altos de San Lorenzo (Buenos Aires), a union leader had his house attacked by "
        "shots while his family was inside. No one was injured."
    )
    assert e.event_type == "Violence against civilians"
    text = "Arsenal's attack looked sharp and Saka's shot hit the post in the second half."
    assert len(extract(text, "2020-05-05")) == 0


def test_people_of_a_protest_who_occupy_a_place_protest(extract) -> None:
    (e,) = extract(
        "Workers occupied the textile factory in Dhaka on Monday to demand unpaid wages.", "2020-05-05"
    )
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")
    assert len(extract("Microsoft took over the company in Seattle on Monday.", "2020-05-05")) == 0


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


def test_arson_by_anyone_is_property_destruction(extract) -> None:
    (e,) = extract(
        "On 4 April 2021, unknown people set fire to the machinery of a logging company in Temuco, Chile."
    )
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    (e,) = extract("A school was set ablaze overnight in Kumbo, Cameroon.", "2021-04-12")
    assert e.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        "Fans set fire to flares in the stands during the derby in Istanbul.",
        "Mourners set fire to candles outside the embassy in Paris.",
        "An electrical fault set fire to the roof of the hospital in Lagos.",
        "The blaze burned down the old cinema in Leeds.",
    ],
)
def test_burning_things_made_to_burn_or_by_accident_is_no_arson(extract, text: str) -> None:
    assert len(extract(text, "2021-04-12")) == 0


def test_burning_told_after_an_attack_is_part_of_it(extract) -> None:
    (e,) = extract(
        "On 30 April 2021, suspected militants attacked Natuco village (Quissanga, Cabo Delgado). "
        "No fatalities were reported. They set fire to the village."
    )
    assert e.event_type == "Violence against civilians"


def test_stones_thrown_at_someone_are_a_riot(extract) -> None:
    (e,) = extract("Youths threw rocks at the police in Jayapura, Indonesia, on Monday.", "2021-04-12")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")
    assert [a.kind for a in e.actors if a.role == "target"] == ["state_forces"]
    (e,) = extract("Protesters threw stones at police in Santiago, Chile, on Monday.", "2021-04-12")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    (e,) = extract("Villagers pelted the convoy with stones near Bunia, Ituri, on Monday.", "2021-04-12")
    assert e.event_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "The striker threw the ball at the keeper in the last minute of the match in Leeds.",
        "Children threw stones into the river near the bridge in Lyon.",
    ],
)
def test_throwing_a_ball_or_stones_at_nobody_is_no_riot(extract, text: str) -> None:
    assert len(extract(text, "2021-04-12")) == 0


def test_an_attack_on_protesters_is_one_event(extract) -> None:
    # by state forces: the protest, met with excessive force (ACLED: Actor 1 the forces)
    (e,) = extract("Police opened fire on protesters in Baghdad, Iraq, on Monday, killing two.", "2021-04-12")
    assert (e.event_type, e.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert e.fatalities is not None and e.fatalities.best == 2
    # by anyone else: an attack on the protesters
    (e,) = extract("Gunmen opened fire on protesters in Baghdad, Iraq, on Monday, killing two.", "2021-04-12")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert [a.kind for a in e.actors if a.role == "target"] == ["protesters"]
    (e,) = extract("Militiamen threw petrol bombs at protesters in Baghdad, Iraq, on Monday.", "2021-04-12")
    assert e.event_type == "Violence against civilians"


def test_the_crowd_of_a_protest_is_not_also_its_target(extract) -> None:
    (e,) = extract("Soldiers beat protesters in Yangon, Myanmar, on Monday.", "2021-04-12")
    assert (e.event_type, e.sub_event_type) == ("Protests", "Protest with intervention")
    assert [(a.role, a.kind) for a in e.actors] == [("initiator", "protesters"), ("target", "state_forces")]


def test_explosives_used_against_something_are_an_explosion(extract) -> None:
    (e,) = extract("On 26 April 2021, four men used explosives in a bank robbery attempt in Natal, Brazil.")
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    (e,) = extract("Criminals blew up an ATM in Campinas, Brazil, on Monday.", "2021-04-12")
    assert e.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen used explosives to catch fish off Sabah, Malaysia, on Monday.",
        "Engineers used explosives to build the new road through the hills near Kandy.",
        "The striker blew up the internet with his goal in Madrid on Monday.",
    ],
)
def test_explosives_used_for_work_or_words_are_no_explosion(extract, text: str) -> None:
    assert len(extract(text, "2021-04-12")) == 0


def test_protesters_hurt_later_in_the_report_join_the_protest(extract) -> None:
    text = (
        "On 8 May 2021, Israeli forces suppressed a march in Kafr Qaddum by firing tear gas at protesters. "
        "Hundreds of Palestinians took part in the march. Israeli soldiers also fired live bullets at "
        "Palestinians on rooftops. Four protesters were injured by rubber bullets."
    )
    protests = [e for e in extract(text) if e.event_type == "Protests"]
    assert len(protests) == 1
    assert protests[0].sub_event_type == "Protest with intervention"

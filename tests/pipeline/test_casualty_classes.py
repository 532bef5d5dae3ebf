"""Issue #3: one real sentence (or more) for every casualty phrase class that had no test of its own.

Numbers, paraphrases, statuses, negation and unknown counts, victims, things that are not casualties,
and attribution (real pipeline, real model; several counts for one incident are in test_casualties.py).
"""

from __future__ import annotations

import pytest

PUB = "2021-06-08"


def _cas(parse, text: str):
    return parse(text, published=PUB)._.eventx_casualties


def _one(parse, text: str):
    (c,) = _cas(parse, text)
    return c


# ---------------------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Gunmen killed twenty-six villagers near Maiduguri, Nigeria, on Sunday.", 26),
        ("A dozen soldiers were killed when militants ambushed a convoy near Gao, Mali.", 12),
        ("A hundred people died when the army shelled the market in Kherson, Ukraine.", 100),
        ("One policeman was killed in the attack on the checkpoint in Quetta, Pakistan.", 1),
        ("The bomb killed 1,200 people in the city of Aleppo, Syria.", 1200),
        ("Thirty-three civilians were killed in an air strike on Maarat al-Numan, Syria.", 33),
    ],
)
def test_number_words_and_digits_in_casualty_sentences(parse, text: str, best: int) -> None:
    c = _one(parse, text)
    assert (c.status, c.best, c.low, c.high, c.qualifier) == ("killed", best, best, best, "exact")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Several soldiers were wounded when a mine exploded near Kidal, Mali.", "injured"),
        ("A few villagers were killed when gunmen stormed Bakassi, Nigeria.", "killed"),
    ],
)
def test_vague_small_quantities_are_three(parse, text: str, status: str) -> None:
    c = _one(parse, text)
    assert (c.status, c.best, c.qualifier) == (status, 3, "approximate")


@pytest.mark.parametrize(
    "text",
    [
        "Between 10 and 15 miners were killed when gunmen raided the camp near Djibo, Burkina Faso.",
        "Militants killed 10 to 15 farmers in the village of Tillia, Niger.",
        "The explosion killed 10-15 people at a bus station in Kabul, Afghanistan.",
    ],
)
def test_ranges_give_low_and_high(parse, extract, text: str) -> None:
    c = _one(parse, text)
    assert (c.best, c.low, c.high, c.qualifier) == (10, 10, 15, "approximate")
    (e,) = extract(text, published=PUB)
    assert (e.fatalities.low, e.fatalities.high) == (10, 15)


@pytest.mark.parametrize(
    ("text", "best", "qualifier"),
    [
        ("More than 200 civilians were killed in the shelling of Mariupol, Ukraine.", 200, "at_least"),
        ("Up to 40 fishermen were killed when a drone hit their boat near Hodeidah, Yemen.", 40, "at_most"),
        ("Nearly 30 soldiers were killed when insurgents overran the base near Diffa, Niger.", 30, "at_most"),
        ("Almost 50 villagers were killed when gunmen attacked Solhan, Burkina Faso.", 50, "at_most"),
        ("About 20 people were killed in the clashes in Tripoli, Libya.", 20, "approximate"),
        ("Some 60 fighters were killed in heavy fighting near Marib, Yemen.", 60, "approximate"),
        ("Around 25 civilians were killed in the air raid on Idlib, Syria.", 25, "approximate"),
    ],
)
def test_hedges_set_the_qualifier(parse, extract, text: str, best: int, qualifier: str) -> None:
    c = _one(parse, text)
    assert (c.status, c.best, c.qualifier) == ("killed", best, qualifier)
    (e,) = extract(text, published=PUB)
    assert (e.fatalities.best, e.fatalities.qualifier) == (best, qualifier)


# ---------------------------------------------------------------------------------------- paraphrases


def test_spun_number_with_troopers_is_33_soldiers_not_years(parse) -> None:
    text = "Thirty-a few Afghan troopers were being killed when the Taliban stormed the outpost in Ghazni."
    c = _one(parse, text)
    assert (c.best, c.victim_kind, c.victim_country) == (33, "state_forces", "AFG")
    assert _cas(parse, "Thirty-a few years of war have left the country in ruins.") == []


@pytest.mark.parametrize(
    ("text", "status", "best", "kind"),
    [
        ("Eleven troopers were killed in the ambush near Wana, Pakistan.", "killed", 11, "state_forces"),
        ("Twelve persons were killed when the bomb went off in Peshawar.", "killed", 12, "civilians"),
        ("Four youngsters were injured by rubber bullets in Nablus.", "injured", 4, "civilians"),
    ],
)
def test_paraphrased_people_nouns_are_victims(parse, text: str, status: str, best: int, kind: str) -> None:
    c = _one(parse, text)
    assert (c.status, c.best, c.victim_kind) == (status, best, kind)


# ---------------------------------------------------------------------------------------- statuses


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Four soldiers were dead after the attack on the base in Menaka, Mali.", 4),
        ("The blast left six people dead at the market in Mogadishu.", 6),
        ("Nine miners died when the gunmen attacked the mine in Kamituga.", 9),
        ("Police reported 8 fatalities after the clashes in Kisumu, Kenya.", 8),
        ("Two policemen were slain by bandits near Katsina, Nigeria.", 2),
        ("Bandits slew two policemen near Katsina, Nigeria.", 2),
    ],
)
def test_death_words_are_fatalities(parse, extract, text: str, best: int) -> None:
    c = _one(parse, text)
    assert (c.status, c.best) == ("killed", best)
    (e,) = extract(text, published=PUB)
    assert e.fatalities.best == best and e.injuries is None


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Fourteen students were hurt when police fired tear gas at the campus in Harare.", 14),
        ("Eight soldiers were wounded in the ambush near Kidal, Mali.", 8),
        ("Nine villagers were injured in the shelling of Avdiivka.", 9),
    ],
)
def test_injury_words_are_injuries_not_fatalities(parse, extract, text: str, best: int) -> None:
    c = _one(parse, text)
    assert (c.status, c.best) == ("injured", best)
    (e,) = extract(text, published=PUB)
    assert e.injuries.best == best and e.fatalities is None


@pytest.mark.parametrize(
    ("text", "status", "best"),
    [
        ("Three fishermen went missing after the navy fired on their boat near Bhola.", "missing", 3),
        ("Gunmen abducted 12 students from a school in Kaduna, Nigeria.", "abducted", 12),
        ("Police arrested 40 protesters in Harare, Zimbabwe.", "arrested", 40),
    ],
)
def test_missing_abducted_and_arrested_are_not_fatalities(parse, extract, text, status, best) -> None:
    c = _one(parse, text)
    assert (c.status, c.best) == (status, best)
    events = extract(text, published=PUB)
    assert events and all(e.fatalities is None and e.injuries is None for e in events)


def test_casualties_alone_count_as_neither_killed_nor_injured(parse, extract) -> None:
    text = "The clashes in Kasai, DR Congo, caused 20 casualties, according to local officials."
    assert not [c for c in _cas(parse, text) if c.status in ("killed", "injured")]
    assert all(e.fatalities is None and e.injuries is None for e in extract(text, published=PUB))
    twin = "The clashes in Kasai, DR Congo, caused 20 deaths, according to local officials."
    assert [(c.status, c.best) for c in _cas(parse, twin)] == [("killed", 20)]
    assert [e.fatalities.best for e in extract(twin, published=PUB)] == [20]


# ---------------------------------------------------------------------------------------- negation


def test_no_one_killed_gives_zero_fatalities(parse, extract) -> None:
    text = "No one was killed in the attack on the checkpoint in Kidal."
    c = _one(parse, text)
    assert (c.status, c.best, c.negated) == ("killed", 0, True)
    (e,) = extract(text, published=PUB)
    assert e.fatalities.best == 0


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("No fatalities were reported after the clash in Kasai.", "killed"),
        ("Nobody was injured in the blast.", "injured"),
    ],
)
def test_negated_statements_give_zero(parse, text: str, status: str) -> None:
    c = _one(parse, text)
    assert (c.status, c.best, c.low, c.high, c.negated) == (status, 0, 0, 0, True)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("An unknown number of villagers were killed when gunmen attacked Tillaberi, Niger.", "killed"),
        ("Gunmen killed an unknown number of villagers in Tillaberi, Niger.", "killed"),
        ("An unspecified number of soldiers were wounded in the ambush near Kidal.", "injured"),
    ],
)
def test_an_unknown_number_is_no_count(parse, extract, text: str, status: str) -> None:
    c = _one(parse, text)
    assert (c.status, c.unknown, c.best, c.low, c.high) == (status, True, None, None, None)
    (e,) = extract(text, published=PUB)
    assert e.fatalities is None and e.injuries is None


# ---------------------------------------------------------------------------------------- victims


def test_police_officers_are_state_forces_of_the_place(parse, extract) -> None:
    text = "Gunmen killed three police officers in Kaduna, Nigeria."
    c = _one(parse, text)
    assert (c.best, c.victim, c.victim_kind) == (3, "police officers", "state_forces")
    (e,) = extract(text, published=PUB)
    assert "Police Forces of Nigeria" in [a.name for a in e.actors_with_role("target")]


def test_victim_country_from_demonym(parse) -> None:
    c = _one(parse, "Twelve Nigerian soldiers were killed by Boko Haram near Monguno.")
    assert (c.best, c.victim_kind, c.victim_country) == (12, "state_forces", "NGA")


def test_named_group_victims_keep_their_group(parse) -> None:
    c = _one(parse, "10 fighters from Hezbollah were killed in Israeli strikes near Qusayr, Syria.")
    assert c.best == 10 and "Hezbollah" in c.victim
    c = _one(parse, "A cadre of CPI-Maoist was killed in an encounter in Sukma, Chhattisgarh.")
    assert (c.best, c.victim_kind) == (1, "rebel_group") and "CPI" in c.victim
    c = _one(parse, "1 JWS member was killed in a gunfight in Tamenglong, Manipur.")
    assert c.best == 1 and c.victim == "JWS member"


# ---------------------------------------------------------------------------------------- not casualties


def test_a_running_total_since_a_year_is_cumulative(parse) -> None:
    c = _one(parse, "The war has killed more than 500,000 people since 2011.")
    assert c.cumulative and c.best == 500_000


@pytest.mark.parametrize(
    ("text", "twin", "killed"),
    [
        (
            "Jets struck 40 Houthi targets near Sanaa, Yemen, overnight.",
            "Jets killed 40 Houthi fighters near Sanaa, Yemen, overnight.",
            40,
        ),
        (
            "The fighting in Idlib, Syria, has displaced nearly a million people, the UN said.",
            "The fighting in Idlib, Syria, killed nearly a hundred people on Monday, the UN said.",
            100,
        ),
        (
            "Nearly a million displaced people live in camps near the border.",
            "Nearly a hundred displaced people were killed in an air strike on camps near the border.",
            100,
        ),
        (
            "Fighting near Marib, Yemen, has forced 4 million Yemenis to flee their homes since 2015.",
            "Fighting near Marib, Yemen, killed 4 soldiers on Monday.",
            4,
        ),
        ("4 million Syrians live as refugees in Turkey.", "4 Syrian refugees were killed in Turkey.", 4),
        (
            "The attack caused damage worth 3 million dollars in Kano.",
            "The attack killed 3 people and caused damage in Kano.",
            3,
        ),
        ("About 40% of the victims were children.", "About 40 children were killed in the attack.", 40),
    ],
)
def test_targets_displaced_money_and_shares_are_not_counts(
    parse, extract, text: str, twin: str, killed: int
) -> None:
    assert _cas(parse, text) == []
    assert all(e.fatalities is None and e.injuries is None for e in extract(text, published=PUB))
    assert [(c.status, c.best) for c in _cas(parse, twin)] == [("killed", killed)]


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("On 2 June 2021, gunmen killed a 23-year-old student in Zaria, Nigeria.", 1),
        ("On 2 June 2021, gunmen killed two people and stole 3 million naira in Zaria, Nigeria.", 2),
        ("On 2 June 2021, gunmen killed 3 people after a 12-hour siege of a bank in Zaria, Nigeria.", 3),
        ("Gunmen killed 2 people in 2019 in Zaria, Nigeria.", 2),
    ],
)
def test_ages_money_durations_and_years_are_not_the_count(extract, text: str, best: int) -> None:
    (e,) = extract(text, published=PUB)
    assert (e.fatalities.best, e.fatalities.low, e.fatalities.high) == (best, best, best)


# ---------------------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Gunmen killed six villagers in Zamfara, officials said.", "officials"),
        ("Officials said gunmen killed six villagers in Zamfara.", "Officials"),
        ("Gunmen killed six villagers in Zamfara, police told reporters.", "police"),
        ("Shelling killed nine civilians in Ariha, according to a monitor.", "monitor"),
        (
            "The Syrian Observatory for Human Rights said air strikes killed 14 civilians in Ariha.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_sources_are_reported_by(parse, extract, text: str, source: str) -> None:
    c = _one(parse, text)
    assert c.reported_by == [source] and not c.unconfirmed
    (e,) = extract(text, published=PUB)
    assert e.reported_by == [source]


def test_unsourced_count_has_no_reporter(parse) -> None:
    c = _one(parse, "Gunmen killed six villagers in Zamfara.")
    assert c.reported_by == [] and not c.unconfirmed
    assert _one(parse, "Gunmen killed six villagers in Zamfara, police said.").reported_by == ["police"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said they killed 20 soldiers near Goma. There was no confirmation from Kinshasa.",
        "Rebels said they killed 20 soldiers near Goma, but there was no confirmation from Kinshasa.",
        "The strike killed 11 fighters, a claim that could not be independently verified.",
    ],
)
def test_no_confirmation_marks_the_count_unconfirmed(parse, text: str) -> None:
    (c,) = [c for c in _cas(parse, text) if c.status == "killed"]
    assert c.unconfirmed and c.best in (20, 11)


# ------------------------------------------------ vague quantities, tolls, shares and running totals


@pytest.mark.parametrize(
    ("text", "best", "qualifier"),
    [
        ("Dozens of civilians were killed when jets bombed a market in Ariha, Syria.", 12, "at_least"),
        ("Jets bombed a market in Ariha, Syria, killing dozens.", 12, "at_least"),
        ("Tens of civilians were killed in the bombing of Ariha, Syria.", 10, "at_least"),
        ("Hundreds of soldiers were killed in the fighting around Mekelle, Ethiopia.", 100, "at_least"),
        ("A dozen of the soldiers were killed in the ambush near Mopti, Mali.", 12, "exact"),
    ],
)
def test_vague_quantity_nouns_are_counts(parse, extract, text: str, best: int, qualifier: str) -> None:
    c = _one(parse, text)
    assert (c.status, c.best, c.qualifier) == ("killed", best, qualifier)
    (e,) = extract(text, published=PUB)
    assert e.fatalities.best == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("The death toll from the bombing in Kabul rose to 17, officials said.", 17),
        ("The bombing in Kabul left a death toll of 17.", 17),
        ("17 people lost their lives in the bombing in Kabul.", 17),
        ("The bodies of five men were found dumped near Culiacan, Sinaloa, Mexico.", 5),
    ],
)
def test_tolls_lost_lives_and_bodies_are_fatalities(parse, extract, text: str, best: int) -> None:
    c = _one(parse, text)
    assert (c.status, c.best) == ("killed", best)
    (e,) = extract(text, published=PUB)
    assert e.fatalities.best == best
    assert len(_cas(parse, "The road toll rose to 17 this year.")) == 0


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Police are investigating the murder of two teachers in Kidal on Monday.", 2),
        ("The killing of five farmers in Kidal on Monday shocked the region.", 5),
        ("Officials said the assassination of a village chief in Kidal on Monday was political.", 1),
    ],
)
def test_a_killing_named_with_its_victims_is_an_incident(parse, extract, text: str, best: int) -> None:
    c = _one(parse, text)
    assert (c.status, c.best) == ("killed", best)  # the victims of the "of" phrase, not the noun
    (e,) = extract(text, published=PUB)
    assert (e.event_type, e.fatalities.best) == ("Violence against civilians", best)


def test_a_killing_named_as_what_came_before_gives_no_dead_to_the_act_told(extract) -> None:
    text = "Police arrested a man in Kidal on Monday for the murder of two teachers."
    (arrest,) = extract(text, published=PUB)
    assert arrest.sub_event_type == "Arrests" and arrest.fatalities is None
    text = "Police arrested a man in Kidal on Monday in connection with the killing of a chief."
    assert [e.sub_event_type for e in extract(text, published=PUB)] == ["Arrests"]
    # a killing the act followed is an incident of its own, apart from the act's
    text = (
        "On Monday, communal violence broke out in Kidal in the wake of the murder of a driver the day "
        "before. Four people were killed in the fighting."
    )
    assert sorted(e.fatalities.best for e in extract(text, published=PUB) if e.fatalities) == [1, 4]


def test_a_killing_with_no_victims_named_stays_a_reference(extract) -> None:
    # no one named as killed ("the killing of democracy"), or a death with no killer told: no incident;
    # an attempt kills no one
    assert len(extract("The killing of democracy in Mali worries observers in Kidal.", published=PUB)) == 0
    assert len(extract("The death of two farmers in Kidal on Monday worries observers.", published=PUB)) == 0
    assert all(
        e.fatalities is None or not e.fatalities.best
        for e in extract("The governor escaped an assassination attempt in Kidal on Monday.", published=PUB)
    )
    # the twin: the same noun with people after "of"
    assert len(extract("The killing of two farmers in Kidal on Monday worries people.", published=PUB)) == 1


def test_people_who_lost_their_lives_are_the_victims(extract) -> None:
    (e,) = extract("Seven fishermen lost their lives when the navy fired on their boat near Bhola.", PUB)
    assert e.fatalities.best == 7
    assert "Civilians" not in [a.name.split(" (")[0] for a in e.actors_with_role("initiator")]


@pytest.mark.parametrize(
    "text",
    [
        "The mortar attack on the base in Gao caused no casualties.",
        "The shell hit an empty school in Kharkiv; there were no casualties.",
        "Neither injuries nor fatalities were reported after the mortar attack in Bujumbura.",
    ],
)
def test_no_casualties_gives_zero_killed_and_injured(extract, text: str) -> None:
    (e,) = extract(text, published=PUB)
    assert (e.fatalities.best, e.injuries.best) == (0, 0)


def test_no_casualties_in_a_later_sentence_follow_up_the_attack(extract) -> None:
    text = "Gunmen attacked a police post in Kidal, Mali, on Monday. No one was hurt."
    (e,) = extract(text, published=PUB)
    assert e.injuries.best == 0 and len(e.evidence) == 2
    assert len(extract("No one was hurt.", published=PUB)) == 0  # with no attack it is nothing


def test_a_running_total_in_another_clause_leaves_the_incident_count(extract) -> None:
    text = "Militants killed four soldiers near Kidal, Mali, bringing the total killed this year to 120."
    (e,) = extract(text, published=PUB)
    assert e.fatalities.best == 4


def test_a_person_named_by_age_is_one_victim(extract) -> None:
    (e,) = extract("A 23-year-old was shot dead in Zaria, Nigeria.", published=PUB)
    assert e.fatalities.best == 1


@pytest.mark.parametrize(
    ("text", "twin", "count"),
    [
        (
            "The blast injured 20% of the workers at the factory in Dhaka, Bangladesh.",
            "The blast injured 20 of the workers at the factory in Dhaka, Bangladesh.",
            ("injured", 20),
        ),
        (
            "The shelling killed 40% of the village's livestock near Kharkiv, Ukraine.",
            "The shelling killed 40 of the village's residents near Kharkiv, Ukraine.",
            ("killed", 40),
        ),
        (
            "Bandits killed 15 livestock near Maiduguri, Nigeria.",
            "Bandits killed 15 villagers near Maiduguri, Nigeria.",
            ("killed", 15),
        ),
    ],
)
def test_shares_and_animals_are_no_head_count(extract, text: str, twin: str, count: tuple) -> None:
    for e in extract(text, published=PUB):
        assert e.fatalities is None and e.injuries is None
    (e,) = extract(twin, published=PUB)
    status, best = count
    assert (e.fatalities if status == "killed" else e.injuries).best == best


def test_a_source_at_the_end_of_the_sentence(parse) -> None:
    text = "Air strikes killed 14 civilians in Ariha, the Syrian Observatory for Human Rights said."
    assert _one(parse, text).reported_by == ["Syrian Observatory for Human Rights"]


def test_named_group_victims_are_that_group_s_side(parse, extract) -> None:
    text = "Israeli strikes killed 10 fighters from Hezbollah near Qusayr, Syria."
    c = _one(parse, text)
    assert (c.victim_kind, c.victim_country) == ("political_militia", "LBN")
    (e,) = extract(text, published=PUB)
    assert [a.name for a in e.actors_with_role("target")] == ["Hezbollah"]


@pytest.mark.parametrize(
    "text",
    [
        "The 12-year war has killed thousands.",
        "The conflict has killed more than 300 people in Cabo Delgado.",
    ],
)
def test_what_a_whole_war_killed_is_a_running_total(parse, extract, text: str) -> None:
    assert _one(parse, text).cumulative
    assert len(extract(text, published=PUB)) == 0


def test_people_missing_are_missing_not_dead(parse, extract) -> None:
    text = "Three fishermen were missing after the navy fired on their boat near Bhola, Bangladesh."
    c = _one(parse, text)
    assert (c.status, c.best) == ("missing", 3)
    assert all(e.fatalities is None for e in extract(text, published=PUB))


def test_a_range_joined_to_an_object_adds_up(parse, extract) -> None:
    text = "The shelling of Idlib killed five soldiers and between 10 and 15 civilians."
    assert [(c.best, c.low, c.high, c.victim) for c in _cas(parse, text)] == [
        (5, 5, 5, "soldiers"),
        (10, 10, 15, "civilians"),
    ]
    (e,) = extract(text, published=PUB)
    assert (e.fatalities.low, e.fatalities.high) == (15, 20)


# ------------------------------------------------------------------ one victim told in other words


@pytest.mark.parametrize(
    "text",
    [
        "A Police Officer was killed by gunmen outside the station in Mombasa, Kenya.",  # title case
        "Gunmen shot a shopkeeper dead in his shop in Kano, Nigeria.",  # "dead" after the object
        "A teacher was abducted and strangled to death near Beni, DR Congo.",  # a passive subject shared
        "A trader was stabbed and shot dead in his shop in Basra, Iraq.",
        "A reporter was shot and killed today in Morazan, El Salvador.",  # "today" is no count of its own
        "A lawyer was gunned down outside the court in Quetta, Pakistan.",  # a killing particle
        "Militants beat the village elder, who died from his injuries, in Pibor, South Sudan.",  # who = elder
        # a relative clause without a comma that names the day or week: the news itself
        "Mourners attended the funeral of a mayor who was shot dead this week in Medellin, Colombia.",
        "Mourners attended the funeral of a mayor who was shot dead at 2130 on Monday in Medellin, Colombia.",
        "Gunmen attacked a farmer in Jos, Nigeria. The farmer later succumbed to his injuries.",
    ],
)
def test_one_victim_killed_in_other_words_is_one_fatality(parse, extract, text: str) -> None:
    killed = [c for c in _cas(parse, text) if c.status == "killed"]
    assert [(c.best, c.low, c.high) for c in killed] == [(1, 1, 1)]
    (e,) = extract(text, published=PUB)
    assert e.fatalities.best == 1


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        # giving in to anything but wounds is no death
        ("The government succumbed to pressure from the protesters in Lagos, Nigeria.",
         "The protester succumbed to his wounds in Lagos, Nigeria."),
        # a verb of gunfire kills only with "down"
        ("The gunmen gunned the engine and sped away from Kano, Nigeria.",
         "The gunmen gunned down a guard and sped away from Kano, Nigeria."),
        # a relative clause without a comma, or one naming a year, tells an earlier death
        ("Mourners remembered a mayor who was murdered in 1989 in Medellin, Colombia.",
         "Gunmen attacked the mayor, who was murdered in his office in Medellin, Colombia."),
        ("Mourners remembered a mayor who was murdered on 26 September 2014 in Medellin, Colombia.",
         "Mourners buried a mayor who was murdered last night in Medellin, Colombia."),
        ("Mourners remembered the mayor, who was murdered in 1989, in Medellin, Colombia.",
         "Gunmen attacked the mayor, who was murdered in his office in Medellin, Colombia."),
        # a killing an attempt names is no death
        ("Police foiled an attempt to assassinate the mayor in Cali, Colombia.",
         "Gunmen assassinated the mayor in Cali, Colombia."),
        # a participle completing a verb of ordering tells no death
        ("Two hostages were ordered killed by the rebel commander in Beni, DR Congo.",
         "One hostage was reported killed by the rebel commander in Beni, DR Congo."),
    ],
)
def test_dying_phrases_need_their_whole_wording(parse, text: str, twin: str) -> None:
    assert not [c for c in _cas(parse, text) if c.status == "killed" and c.best]
    assert [c.best for c in _cas(parse, twin) if c.status == "killed"] == [1]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a verb of result: its object is who the participles after it count
        ("The roadside bomb left two soldiers killed and three injured near Kirkuk, Iraq.", 2, 3),
        # a passive verb of reporting: its subject is who the participle counts
        ("Five policemen were reported killed in the ambush near Gao, Mali.", 5, None),
        # "and several injured": a joined participle with a number of its own counts it
        ("At least six people were killed and several injured in the raid on Tillaberi, Niger.", 6, 3),
        # "killed or injured": the count is split in unknown shares, not given to both
        ("Ten soldiers were killed or injured in the clash near Menaka, Mali.", 10, None),
    ],
)
def test_participles_count_the_noun_their_clause_gives(
    parse, text: str, killed: int, injured: int | None
) -> None:
    by_status = {c.status: c.best for c in _cas(parse, text)}
    assert by_status.get("killed") == killed
    assert by_status.get("injured") == injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a list the parser hung on the first victim as an apposition: "A, B, and C"
        ("A boy, a pregnant woman, and a demonstrator were killed by police bullets in Kisumu, Kenya.", 3),
        ("The bomber killed a soldier, three militiamen, and a court official in Kaiga, Chad.", 5),
        # the twin: a description of the one victim ("a social leader and former candidate") is one person
        ("Gunmen killed Linda Diaz, a social leader and former candidate, in Guarumo, Colombia.", 1),
    ],
)
def test_a_list_of_victims_written_with_commas_adds_up(parse, text: str, killed: int) -> None:
    assert sum(c.best for c in _cas(parse, text) if c.status == "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A mob burned alive a suspected thief in Bukavu, DR Congo.", 1),
        ("A woman was burned alive in her house in Maungdaw, Myanmar.", 1),
        ("A mob burned the house of a suspected thief in Bukavu, DR Congo.", 0),  # the twin: no one burned
    ],
)
def test_burned_alive_is_a_killing(parse, text: str, killed: int) -> None:
    assert sum(c.best or 0 for c in _cas(parse, text) if c.status == "killed") == killed


def test_a_killing_named_before_the_act_keeps_apart_from_it(extract) -> None:
    # the act told after a background killing keeps its own toll, and the killing its own
    text = "Following the murder of a trader, gunmen attacked a village in Zamfara on Monday, killing 12."
    assert sorted(e.fatalities.best for e in extract(text, published=PUB) if e.fatalities) == [1, 12]
    # a killing named as a week before the act is not dated on the act's day
    text = (
        "Gunmen attacked a village in Zamfara on Monday, killing 12 people. "
        "The attack came a week after the killing of five farmers in a nearby village."
    )
    events = extract(text, published=PUB)
    (act,) = [e for e in events if e.fatalities and e.fatalities.best == 12]
    (before,) = [e for e in events if e.fatalities and e.fatalities.best == 5]
    assert before.date.start != act.date.start


@pytest.mark.parametrize(
    "text",
    [
        "Three men were charged with the murder of a journalist in Lagos on Monday.",
        "A court in Lagos on Monday convicted three men of the murder of a journalist.",
        "Police in Lagos on Monday opened an investigation into the killing of a journalist.",
    ],
)
def test_a_killing_someone_is_tried_for_is_no_incident(extract, text: str) -> None:
    assert all(e.fatalities is None for e in extract(text, published=PUB))
    # the twin: bodies searched for are still counted, "for" alone is no charge
    text = "Militants attacked a village in Borno on Tuesday. Residents searched for the bodies of 12 men."
    assert [e.fatalities.best for e in extract(text, published=PUB)] == [12]


def test_charges_read_by_their_governing_word_and_no_generic_case(extract) -> None:
    text = "On Tuesday, two men were being held for the murder of a teacher in Kano, Nigeria."
    assert all(e.fatalities is None for e in extract(text, published=PUB))
    # "the case of" is no charge
    text = "On Tuesday, residents said the case of the killing of three farmers in Guma on Monday was sad."
    assert [e.fatalities.best for e in extract(text, published=PUB)] == [3]

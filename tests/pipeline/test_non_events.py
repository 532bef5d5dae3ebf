"""Sentences that must give no event (figures of speech, sport, accidents, plans, trends, work and
business), each beside a twin sentence, written like it, that does give one (real pipeline, real model)."""

from __future__ import annotations

import pytest

from tests.helpers import types_of

PUBLISHED = "2021-04-10"


def test_threats_and_plans_are_not_events(extract) -> None:
    text = (
        "Turkey threatened to attack Syrian forces. Erdogan may travel next week to Moscow for talks. "
        "Turkey called for a no-fly zone over Idlib."
    )
    assert len(extract(text, published="2020-02-29")) == 0
    twin = "Turkish troops attacked Syrian forces in Idlib on Friday."
    assert types_of(extract(twin, published="2020-02-29")) == [("Battles", "Armed clash")]


def test_a_clause_stating_a_fact_is_not_reached_by_its_main_clause(extract) -> None:
    # a future, negated main clause does not make the act its "because" clause states unreal
    text = "Oil will not be pumped until 30 May, because the pipeline was blown up today near Urum."
    assert types_of(extract(text, published="1989-05-28")) == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    ]
    # a pronoun blown up stands for the target its sentence names before it
    text = "The pipeline was closed because it was blown up today near Urum."
    assert len(extract(text, published="1989-05-28")) == 1
    assert len(extract("The old tower was closed because it was blown up near Urum.", "1989-05-28")) == 0
    text = "Oil exports through the pipeline were halted by the company after it was blown up near Urum."
    assert len(extract(text, published="1989-05-28")) == 1
    bridge = "The old bridge near the railway station in Urum was unsafe, so it was blown up by engineers."
    assert len(extract(bridge, "1989-05-28")) == 0  # the pronoun stands for the bridge, not the railway
    # a past act after which something will be done happened
    text = "Schools in Kaduna will remain closed after bandits abducted 30 students on Monday."
    assert len(extract(text, published="2021-06-10")) == 1
    # twins: a condition, or a clause of the main clause's future, stays unreal
    for twin in (
        "Oil will not be pumped if the pipeline is blown up near Urum.",
        "The rebels will attack the pipeline after the army withdraws from Urum.",
        "Officials said displaced people would return after troops recaptured Marte.",
        "The army will withdraw from the area only after it has retaken Kidal.",
    ):
        assert len(extract(twin, published="1989-05-28")) == 0, twin


def test_an_ability_or_a_shown_thing_is_no_event(extract) -> None:
    text = (
        "The army demonstrated its capacity to strike in San Salvador on Monday. The minister said the "
        "vote demonstrates that the rebels do not want peace in El Salvador."
    )
    assert len(extract(text, published="1989-11-20")) == 0
    twin = "Air force planes struck rebel positions in San Salvador on Monday. Students demonstrated there."
    assert {t for t, _ in types_of(extract(twin, published="1989-11-20"))} >= {"Protests"}
    assert len(extract(twin, published="1989-11-20")) == 2


def test_ordinary_news_gives_no_violent_events(extract) -> None:
    text = (
        "Chelsea's attack was relentless as they beat Everton 5-0 on Saturday. Eden Hazard struck twice, "
        "and Diego Costa fired home a third before the break. The victory kept Chelsea top of the table."
    )
    assert len(extract(text, published="2016-11-06")) == 0
    twin = "Fans threw bottles at police after the match in Leeds on Saturday."
    assert types_of(extract(twin, published="2016-11-06")) == [("Riots", "Mob violence")]


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "Ethnic violence remains a concern in Kenya ahead of the election.",
            "Ethnic violence killed three people in Nakuru, Kenya, ahead of the election.",
        ),
        (
            "Investigators gathered evidence against the suspects in Lagos, Nigeria.",
            "Protesters gathered against the arrest of the suspects in Lagos, Nigeria.",
        ),
        (
            "Fans gathered against the odds to cheer the team in Madrid.",
            "Fans gathered to protest against the club owners in Madrid.",
        ),
        (
            "The coach released two members of the squad in Madrid.",
            "The army released 52 rebel prisoners in Kidal, Mali.",
        ),
        (
            "Soldiers refused to surrender in Kidal, Mali.",
            "Soldiers surrendered to the rebels in Kidal, Mali.",
        ),
        (
            "The team re-entered the Premier League in London last season.",
            "The rebels re-entered Kidal, Mali, on Monday.",
        ),
        (
            "The storm destroyed a warehouse in Florida on Monday.",
            "Gunmen destroyed a warehouse in Lagos, Nigeria, on Monday.",
        ),
    ],
)
def test_ordinary_sentences_with_violent_words_make_no_event(extract, text: str, twin: str) -> None:
    assert len(extract(text, PUBLISHED)) == 0, text
    assert len(extract(twin, PUBLISHED)) == 1, twin


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            '"I think he has hurt his campaign at times," Mr. Gingrich said on Monday in Washington.',
            "Gunmen hurt three people at a rally on Monday in Washington.",
        ),
        (
            "Authorities seized the computer after a report that Weiner had engaged in explicit "
            "communications.",
            "Soldiers engaged in a gunfight with militants in Kidal, Mali, on Monday.",
        ),
        (
            "Outside the White House, Secret Service officers braced for the coming protests.",
            "Outside the White House in Washington, hundreds of people protested against the election "
            "result on Monday.",
        ),
    ],
)
def test_figures_of_speech_and_things_to_come(extract, text: str, twin: str) -> None:
    assert len(extract(text, "2016-11-10")) == 0, text
    assert len(extract(twin, "2016-11-10")) == 1, twin


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "The festival was a riot of colour in Jaipur, India.",
            "The festival turned into a riot in Jaipur, India, when fans smashed shop windows.",
        ),
        (
            "The body released a statement on the strike in Lagos.",
            "Workers went on strike in Lagos over unpaid wages.",
        ),
        (
            "Barcelona attacked with shots from outside the box at Camp Nou.",
            "Gunmen attacked a bar with shots from a passing car in Barcelona.",
        ),
        (
            "A bullet train derailed in Guangdong, injuring several passengers.",
            "A bomb derailed a train in Guangdong, injuring several passengers.",
        ),
    ],
)
def test_figures_sport_and_train_accidents_make_no_event(extract, text: str, twin: str) -> None:
    assert len(extract(text, "2020-05-05")) == 0, text
    assert len(extract(twin, "2020-05-05")) == 1, twin


def test_a_weapon_word_does_not_support_itself(extract) -> None:
    assert len(extract("He joked about getting in a rocket and flying to another planet.", "2021-06-09")) == 0
    twin = "Militants fired a rocket at a police post near Kirkuk, Iraq."
    assert types_of(extract(twin, "2021-06-09")) == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    ]


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "No one was injured when a fire broke out at a market in Kano.",
            "No one was injured when gunmen set fire to a market in Kano.",
        ),
        (
            "No one was hurt in the fight between the two players at the stadium in Madrid.",
            "No one was hurt when gunmen fired at the two players at the stadium in Madrid.",
        ),
        (
            "Seven fishermen lost their lives when their boat capsized off the coast of Lagos.",
            "Seven fishermen lost their lives when pirates attacked their boat off the coast of Lagos.",
        ),
        (
            "Dozens of fans were injured when a stand collapsed at the stadium in Accra.",
            "Dozens of fans were injured when gunmen opened fire at the stadium in Accra.",
        ),
        (
            "Geologists discovered a gold mine near Kitwe, Zambia.",
            "Soldiers discovered a weapons cache near Kitwe, Zambia.",
        ),
        ("The senate shot down a bill regulating drones.", "The army shot down a drone over Marib, Yemen."),
        (
            "Researchers discovered 5 tons of plastic on a beach in Bali.",
            "Police seized 5 tons of cocaine on a beach in Bali, Indonesia.",
        ),
        (
            "The bank dismantled its investment arm in Lagos.",
            "Soldiers dismantled an explosive device in Lagos.",
        ),
        (
            "Smith was on strike when rain stopped play at Lord's.",
            "Teachers went on strike in Lagos on Monday.",
        ),
    ],
)
def test_accidents_sport_and_business_make_no_event(extract, text: str, twin: str) -> None:
    assert len(extract(text, published="2021-06-08")) == 0
    assert len(extract(twin, published="2021-06-08")) == 1, twin


def test_a_question_is_no_report(extract) -> None:
    text = "Did Hillary Clinton just fire the starting gun on Michelle Obama's bid? She spoke in New York."
    assert len(extract(text, "2016-11-10")) == 0
    twin = "Gunmen fired on a crowd in New York, wounding two people."
    assert types_of(extract(twin, "2016-11-10")) == [("Violence against civilians", "Attack")]
    text = (
        "Friends and relatives of the victims marched to the crash scene in Croydon in an emotional tribute."
    )
    assert len(extract(text, "2016-11-10")) == 0
    twin = "Friends and relatives of the victims protested in Croydon to demand an inquiry."
    assert types_of(extract(twin, "2016-11-10")) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "A car rammed into a tree on the M4, police said.",
            "An attacker rammed a car into a crowd on the M4, killing two, police said.",
        ),
        (
            "The striker rammed the ball into the net in the second half.",
            "The attacker rammed his truck into the crowd in London, killing two.",
        ),
        (
            "Even as the Taliban have pushed major offensives in Afghanistan in recent years, the city "
            "was calm.",
            "Taliban insurgents attacked a checkpoint in Kunduz, Afghanistan.",
        ),
        (
            "Insecurity is worsening in Afghanistan as Taliban insurgents ramp up nationwide attacks.",
            "Taliban insurgents attacked a police post in Helmand, Afghanistan, on Monday.",
        ),
        (
            "Attacks by the Taliban have been relatively rare in Mazar-i-Sharif.",
            "The Taliban attacked a police station in Mazar-i-Sharif on Monday.",
        ),
    ],
)
def test_rammed_things_and_trends_are_no_incidents(extract, text: str, twin: str) -> None:
    assert len(extract(text, published="2016-11-11")) == 0
    assert len(extract(twin, published="2016-11-11")) == 1, twin


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "This meeting between the two leaders was a clash of the alphas, a body language expert said.",
            "Supporters of the two leaders clashed with stones and sticks in Lagos on Monday.",
        ),
        (
            "Kasich boycotted the presidential nominating convention in Cleveland on Monday.",
            "Protesters disrupted the presidential nominating convention in Cleveland on Monday.",
        ),
        (
            "Obama mocked Trump at a press dinner on Saturday as the businessman sat in the audience.",
            "Protesters marched against Trump in Chicago on Saturday.",
        ),
        (
            "Canada welcomed immigrants on Twitter; a singer talked about the US election results on "
            "Tuesday.",
            "Hundreds of people protested in Toronto, Canada, against the US election results on Tuesday.",
        ),
        (  # out in the streets: a protest only with people of a protest
            "Fans took to the streets of Lisbon on Monday to celebrate the league title.",
            "Hundreds of residents took to the streets of Kisumu on Monday to demand clean water.",
        ),
        (
            "Militarised police stood patrol outside the tower in New York on Wednesday night.",
            "Militarised police fired tear gas at protesters outside the tower in New York on Wednesday "
            "night.",
        ),
    ],
)
def test_figures_abstentions_speech_and_routine_policing_make_no_event(extract, text: str, twin: str) -> None:
    assert len(extract(text, "2016-11-10")) == 0, text
    assert len(extract(twin, "2016-11-10")) == 1, twin


def test_explosives_used_to_fish_or_build_are_no_explosion(extract) -> None:
    for text, twin in (
        (
            "Fishermen used explosives to catch fish off Sabah, Malaysia, on Monday.",
            "Fishermen used explosives to attack a patrol boat off Sabah, Malaysia, on Monday.",
        ),
        (
            "Engineers used explosives to clear the site for the new dam in Ethiopia on Monday.",
            "Rebels used explosives to attack the new dam in Ethiopia on Monday.",
        ),
    ):
        assert len(extract(text, "2020-05-05")) == 0, text
        assert [e.event_type for e in extract(twin, "2020-05-05")] == ["Explosions/Remote violence"], twin


@pytest.mark.parametrize(
    ("text", "twin", "twin_type"),
    [
        (
            "Fans set fire to flares in the stands during the derby in Istanbul.",
            "Fans set fire to the stands during the derby in Istanbul.",
            ("Riots", "Mob violence"),  # a crowd's destruction is a riot (ACLED Codebook, Riots)
        ),
        (
            "Mourners set fire to candles outside the embassy in Paris.",
            "Protesters set fire to the embassy in Paris.",
            ("Riots", "Violent demonstration"),
        ),
        (
            "An electrical fault set fire to the roof of the hospital in Lagos.",
            "Arsonists set fire to the roof of the hospital in Lagos.",
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "The blaze burned down the old cinema in Leeds.",
            "Rioters burned down the old cinema in Leeds.",
            ("Riots", "Mob violence"),
        ),
    ],
)
def test_burning_things_made_to_burn_or_by_accident_is_no_arson(extract, text, twin, twin_type) -> None:
    assert len(extract(text, "2021-04-12")) == 0
    assert types_of(extract(twin, "2021-04-12")) == [twin_type]


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "Fishermen used explosives to catch fish off Sabah, Malaysia, on Monday.",
            "Fishermen used explosives to attack a patrol boat off Sabah, Malaysia, on Monday.",
        ),
        (
            "Engineers used explosives to build the new road through the hills near Kandy.",
            "Militants used explosives to attack a police post near Kandy.",
        ),
        (
            "The striker blew up the internet with his goal in Madrid on Monday.",
            "Criminals blew up an ATM in Madrid on Monday.",
        ),
    ],
)
def test_explosives_used_for_work_or_words_are_no_explosion(extract, text: str, twin: str) -> None:
    assert len(extract(text, "2021-04-12")) == 0
    assert [e.event_type for e in extract(twin, "2021-04-12")] == ["Explosions/Remote violence"], twin


def test_acts_told_as_a_habit_are_no_incident(extract) -> None:
    """Acts in the plural with an adjective of habit ("frequent", "repeated": ``habit_adjectives``) tell a
    habit, not an incident, unless the sentence dates them."""
    assert not list(extract("Al-Shabab has carried out frequent attacks in Somalia and Kenya.", "2021-06-10"))
    # acts compared with the incident ("similar attacks") are others, told in general
    similar = "The Islamic State group has carried out similar attacks in Baluchistan province."
    assert not list(extract(similar, "2021-06-10"))
    held = "On 3 June 2021, protesters marched in Kano. Similar protests were held in Kaduna."
    assert [e.location.name for e in extract(held, "2021-06-10")] == ["Kano", "Kaduna"]  # told as done
    text = "On 3 June 2021, militants carried out repeated attacks on Kolo, Mali, killing 4."
    (e,) = extract(text, "2021-06-10")
    assert e.fatalities.best == 4
    (twin,) = extract("Al-Shabab carried out an attack in Mogadishu on Monday.", "2021-06-10")
    assert twin.event_type != "Protests"


def test_an_activity_going_on_since_a_year_is_no_incident(extract) -> None:
    """A verb in the perfect with "since" a year or a period tells an activity going on ("has been
    battling an insurgency since 2015"), and an insurgency "that has killed thousands" a running total;
    "since a week ago" and a dated act still tell incidents."""
    text = "Burkina Faso has been battling a jihadi insurgency since 2015 that has killed thousands."
    assert not list(extract(text, "2021-12-21"))
    (e,) = extract("On 20 December 2021, troops battled jihadists near Djibo, killing 12.", "2021-12-21")
    assert e.fatalities.best == 12


def test_acts_told_in_general_by_an_adverb_of_habit_are_no_incident(extract) -> None:
    """A verb in the perfect or present with an adverb of habit or of a past in general (``habit_adverbs``)
    tells no incident; "before dawn" dates one."""
    text = "Islamic State militants have attacked mosques in the province before."
    assert not list(extract(text, "2021-06-10"))
    assert not list(extract("Gunmen often raid the villages of Zamfara.", "2021-06-10"))
    (e,) = extract("On 3 May 2021, gunmen attacked the village before dawn, killing 3.", "2021-06-10")
    assert e.fatalities.best == 3

"""Sentences that must give no event (figures of speech, sport, accidents, plans, trends, work and
business), each beside a twin sentence that does (real pipeline, real model)."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-04-10"


def test_threats_and_plans_are_not_events(extract) -> None:
    text = (
        "Turkey threatened to attack Syrian forces. Erdogan may travel next week to Moscow for talks. "
        "Turkey called for a no-fly zone over Idlib."
    )
    assert len(extract(text, published="2020-02-29")) == 0


def test_ordinary_news_gives_no_violent_events(extract) -> None:
    text = (
        "Chelsea's attack was relentless as they beat Everton 5-0 on Saturday. Eden Hazard struck twice, "
        "and Diego Costa fired home a third before the break. The victory kept Chelsea top of the table."
    )
    assert len(extract(text, published="2016-11-06")) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Ethnic violence remains a concern in Kenya ahead of the election.",
        "Investigators gathered evidence against the suspects in Lagos, Nigeria.",
        "Fans gathered against the odds to cheer the team in Madrid.",
        "The coach released two members of the squad in Madrid.",
        "Soldiers refused to surrender in Kidal, Mali.",
        "The team re-entered the Premier League in London last season.",
        "The storm destroyed a warehouse in Florida on Monday.",
    ],
)
def test_ordinary_sentences_with_violent_words_make_no_event(extract, text: str) -> None:
    assert len(extract(text, PUBLISHED)) == 0, text


@pytest.mark.parametrize(
    "text",
    [
        '"I think he has hurt his campaign at times," Mr. Gingrich said on Monday in Washington.',
        "Authorities seized the computer after a report that Weiner had engaged in explicit communications.",
        "Outside the White House, Secret Service officers braced for the coming protests.",
    ],
)
def test_figures_of_speech_and_things_to_come(extract, text: str) -> None:
    assert len(extract(text, "2016-11-10")) == 0, text


@pytest.mark.parametrize(
    "text",
    [
        "The festival was a riot of colour in Jaipur, India.",
        "The body released a statement on the strike in Lagos.",
        "Barcelona attacked with shots from outside the box at Camp Nou.",
        "A bullet train derailed in Guangdong, injuring several passengers.",
    ],
)
def test_figures_sport_and_train_accidents_make_no_event(extract, text: str) -> None:
    assert len(extract(text, "2020-05-05")) == 0, text


def test_a_weapon_word_does_not_support_itself(extract) -> None:
    assert len(extract("He joked about getting in a rocket and flying to another planet.", "2021-06-09")) == 0


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


def test_a_question_is_no_report(extract) -> None:
    text = "Did Hillary Clinton just fire the starting gun on Michelle Obama's bid? She spoke in New York."
    assert len(extract(text, "2016-11-10")) == 0
    text = (
        "Friends and relatives of the victims marched to the crash scene in Croydon in an emotional tribute."
    )
    assert len(extract(text, "2016-11-10")) == 0


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


def test_explosives_used_to_fish_or_build_are_no_explosion(extract) -> None:
    for text in (
        "Fishermen used explosives to catch fish off Sabah, Malaysia, on Monday.",
        "Engineers used explosives to clear the site for the new dam in Ethiopia on Monday.",
    ):
        assert len(extract(text, "2020-05-05")) == 0, text


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

"""Breaking news: an act told in the present perfect with no day named is dated the report's own day
(an earlier day would be named); people counted as shot, with no word of their death, are wounded.
Sentences written for eventx (real model)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = "2022-06-09"


@pytest.mark.parametrize(
    "text",
    [
        "An explosion outside a police station in Kirkuk has killed three people, officials said.",
        "At least four people have been shot near a market in Kano, police said.",
        "Gunmen have attacked a convoy in Gao, killing two soldiers.",
    ],
)
def test_news_told_in_the_present_perfect_is_of_the_reports_day(extract, text) -> None:
    (event,) = extract(text, published=PUBLISHED)
    assert (event.date.start, event.date.end, event.date.precision) == (date(2022, 6, 9),) * 2 + ("day",)


def test_a_past_tense_report_with_no_day_keeps_the_week(extract) -> None:
    (event,) = extract(
        "An explosion outside a police station in Kirkuk killed three people.", published=PUBLISHED
    )
    assert (event.date.start, event.date.end, event.date.precision) == (
        date(2022, 6, 3),
        date(2022, 6, 9),
        "week",
    )
    # a day named wins over the tense
    (named,) = extract("An explosion in Kirkuk has killed three people on Tuesday.", published=PUBLISHED)
    assert (named.date.start, named.date.precision) == (date(2022, 6, 7), "day")


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Five people have been shot near a rally in Seattle.", None, 5),
        ("Two people were shot and injured in Kano on Monday.", None, 2),
        ("Two men were shot dead in Kano on Monday.", 2, None),
        ("Three men were shot and killed in Kano on Monday.", 3, None),
    ],
)
def test_people_shot_and_not_said_dead_are_wounded(extract, text, killed, injured) -> None:
    (event,) = extract(text, published=PUBLISHED)
    assert (event.fatalities and event.fatalities.best, event.injuries and event.injuries.best) == (
        killed,
        injured,
    )


@pytest.mark.parametrize(
    "text",
    [
        "A candidate was shot at while campaigning in Nairobi on Monday.",  # missed
        "Gunmen killed the mayor of Huancayo today. The mayor was shot five times.",  # one victim, dead
        "Gunmen shot two traders in Kano on Monday.",  # the active says nothing of the outcome
    ],
)
def test_shots_that_wound_no_counted_group(extract, text) -> None:
    events = extract(text, published=PUBLISHED)
    assert events  # the shooting itself is an event
    assert all(e.injuries is None for e in events)


def test_a_vague_crowd_of_wounded_after_a_toll_left_dead(extract) -> None:
    text = "On 6 June 2022, the offensive left more than 300 people dead and hundreds of people wounded."
    (event,) = [e for e in extract(text, published=PUBLISHED) if e.fatalities]
    assert (event.fatalities.best, event.injuries and event.injuries.best) == (300, 100)

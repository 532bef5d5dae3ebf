"""The casualties component and event counts: killings, numbers, hedges, negation, cumulative and
shared totals, several counts for one incident, joined victims and bodies (real pipeline, real model;
sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import casualties

PUB = "2021-06-08"


def test_passive_and_active_killings_with_victims(parse) -> None:
    (c,) = casualties(parse, "33 Turkish soldiers were killed in a regime air strike in Syria.")
    assert (c.status, c.best, c.victim_kind, c.victim_country) == ("killed", 33, "state_forces", "TUR")
    (c,) = casualties(parse, "The reprisals killed 16 Syrian soldiers, according to a monitoring group.")
    assert (c.best, c.victim_country) == (16, "SYR") and c.reported_by == ["monitoring group"]


def test_number_words_and_paraphrased_numbers(parse) -> None:
    (c,) = casualties(parse, "Thirty-a few Turkish troops were being killed late Thursday in the airstrike.")
    assert c.best == 33
    (c,) = casualties(parse, "Russian strikes killed seven civilians.")
    assert (c.best, c.victim_kind) == (7, "civilians")


def test_hedged_counts_and_injuries(parse) -> None:
    cs = casualties(
        parse, "At least 12 people were killed and 30 others were wounded when a car bomb exploded."
    )
    got = {c.status: (c.best, c.qualifier) for c in cs}
    assert got["killed"] == (12, "at_least") and got["injured"][0] == 30


def test_negation_gives_zero(parse) -> None:
    (c,) = casualties(parse, "Police fired tear gas at the crowd but no one was hurt.")
    assert (c.status, c.best, c.negated) == ("injured", 0, True)


def test_cumulative_totals_are_marked(parse) -> None:
    cs = casualties(parse, "It brought the total number of Turkish troops killed in Idlib this month to 53.")
    assert cs and all(c.cumulative for c in cs) and all(c.best != 53 for c in cs)


def test_unconfirmed_reports_are_marked(parse) -> None:
    cs = casualties(
        parse,
        "The reprisals killed 16 Syrian soldiers, but there was no immediate confirmation from Damascus.",
    )
    assert cs[0].unconfirmed


def test_to_death_and_fatally(parse) -> None:
    (c,) = casualties(parse, "A man was shot to death by two armed men in Natal, Brazil.")
    assert (c.status, c.best) == ("killed", 1)
    (c,) = casualties(parse, "A security guard fatally shot a man outside the market.")
    assert (c.status, c.best) == ("killed", 1)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Assailants shot and killed the deputy head of the council in Injil district on Friday.", 1),
        ("The village administrator was shot and killed outside his home.", 1),
        ("Gunmen stabbed and killed a village chief near Dori.", 1),
        ("Militants abducted and later killed four aid workers in the forest.", 4),
    ],
)
def test_victim_shared_by_joined_verbs(parse, text: str, killed: int) -> None:
    doc = parse(text)
    counts = [c.best for c in doc._.eventx_casualties if c.status == "killed"]
    assert counts == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The bodyguard and his son were killed in the attack.", 2),
        ("Four Maoist cadres and a Police Sub-Inspector were killed in an exchange of fire.", 5),
        ("Gunmen stabbed and killed U Myint Naing, the village administrator, in Myeik.", 1),
        ("Both assailants were killed and 20 people were injured in the blast.", 2),
        ("Assailants shot and killed a couple at their farm in Guihulngan.", 2),
        ("Shells killed a family of three, including a child, in Tripoli.", 3),
        ("The clashes resulted in 2 rebel and 1 military fatality.", 3),
        ("A social leader and also the vice-president of the community was killed by gunmen.", 1),
        ("Residents mourned the killing of a teacher and two students in Beni on Monday.", 3),
        ("Calm returned after the kidnapping of a mayor and an official and the death of a guerrilla.", 1),
        ("Nearly 300 people beat up and tried to lynch a man in Puebla.", 0),
    ],
)
def test_victims_joined_counted_or_named(parse, text: str, killed: int) -> None:
    doc = parse(text)
    counts = [c.best for c in doc._.eventx_casualties if c.status == "killed" and not c.cumulative]
    assert sum(counts) == killed
    if killed == 0:  # the twin that kills: the same sentence with the killing done
        twin = parse("Nearly 300 people beat up and lynched a man in Puebla.")
        assert [(c.status, c.best) for c in twin._.eventx_casualties] == [("killed", 1)]


def test_a_total_across_an_unknown_number_of_incidents_is_cumulative(parse) -> None:
    doc = parse("Twenty soldiers were killed across the attacks in Marib.")
    assert all(c.cumulative for c in doc._.eventx_casualties)
    assert [(c.status, c.best) for c in doc._.eventx_casualties] == [("killed", 20)]  # found, not dropped


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The officer returned fire, killing him.", 1),
        ("Four people killed and twenty wounded in the fighting.", 4),
        ("At least 4 people as well as 2 policemen were killed during the demonstration.", 6),
    ],
)
def test_pronoun_headline_and_second_subject_victims(parse, text: str, killed: int) -> None:
    doc = parse(text)
    assert sum(c.best for c in doc._.eventx_casualties if c.status == "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "shared"),
    [
        ("The clashes caused 2 civilian deaths and 1 military fatality.", 3, 1),
        ("Gunmen killed a soldier and also two civilians near Kidal.", 3, 1),
        ("Over 20 attacks killed 50 people in the region last year.", 0, 1),  # a yearly total, not shared
    ],
)
def test_counts_that_must_not_be_merged_or_shared(parse, text: str, killed: int, shared: int) -> None:
    doc = parse(text)
    cs = [c for c in doc._.eventx_casualties if c.status == "killed" and not c.cumulative]
    assert sum(c.best for c in cs) == killed
    assert all(c.shared_by == shared for c in cs)
    if killed == 0:  # the twin: one attack on one day is an incident's own count
        twin = parse("An attack killed 50 people in the region on Monday.")
        assert [(c.best, c.cumulative, c.shared_by) for c in twin._.eventx_casualties] == [(50, False, 1)]


def test_conjoined_victim_groups_add_up(extract) -> None:
    text = (
        "On 8 May 2021, three rebel fighters and a police officer were killed in a gunfight in Kunduz, "
        "Afghanistan."
    )
    (e,) = extract(text)
    assert e.fatalities.best == 4
    text = (
        "On 2 May 2021, at least seven soldiers and six civilians were killed when militants attacked "
        "Ajiri, Nigeria."
    )
    (e,) = extract(text)
    assert e.fatalities.best == 13


@pytest.mark.parametrize(
    ("text", "best", "high"),
    [
        (
            "Gunmen attacked a village in Amhara, Ethiopia. This was one of four related attacks in the area "
            "on this date. At least 200 people were killed across all of the attacks.",
            50,
            200,
        ),
        (
            "Militants attacked two outposts in Herat. Seven soldiers were killed across both attacks.",
            3,
            7,
        ),
        (
            "Gunmen attacked a checkpoint in Kirkuk, Iraq. This was one of two related attacks in the area. "
            "One police officer was killed across both attacks.",
            1,
            1,
        ),
        ("Turkish jets struck villages in Erbil, Iraq. Two civilians were killed during the strikes.", 2, 2),
    ],
)
def test_a_total_for_several_incidents_is_shared(extract, text: str, best: int, high: int) -> None:
    (e,) = [e for e in extract(text, published="2021-05-02") if e.fatalities]
    assert (e.fatalities.best, e.fatalities.high) == (best, high)


def test_victims_also_killed_in_a_later_sentence_add_up(extract) -> None:
    text = (
        "On 29 April 2021, 2 policemen were killed in an attack by Taliban militants on a checkpoint in "
        "Faryab, Afghanistan. Local authorities reported that 2 militants were also killed."
    )
    (e,) = extract(text)
    assert e.fatalities.best == 4 and "also killed" in e.fatalities.text
    assert "Taliban" in [a.name for a in e.actors_with_role("initiator")]  # not the reporting authorities


@pytest.mark.parametrize(
    ("second", "best"),
    [
        ("12 militants were killed when troops repelled the attack.", 19),  # the other side's dead: added
        ("Military sources said 9 soldiers died.", 7),  # the same side again: another figure of one count
        # a sentence that numbers the side counted before tells both figures again
        ("Other sources say 9 soldiers and 12 militants were killed.", 7),
        # a side added is added once; soldiers wounded are no second report of the dead
        ("12 militants were killed when troops repelled it. The army later said 15 militants died.", 19),
        ("12 militants were killed and 3 soldiers were wounded when troops repelled the attack.", 19),
    ],
)
def test_the_other_side_s_dead_told_later_add_up(extract, second: str, best: int) -> None:
    """ACLED's fatalities are all sides' dead: the attackers' dead told in a later sentence are added to
    the soldiers' (``counts_the_other_side``), not read as another report of the same figure."""
    first = "On 3 March 2019, ISWAP militants attacked a military base in Magumeri, killing 7 soldiers. "
    text = first + second
    assert extract(text)[0].fatalities.best == best


@pytest.mark.parametrize(
    ("text", "killed", "twin"),
    [
        ("Gunmen abducted a journalist in Veracruz. His body was hanging from a bridge on Tuesday.", 1, None),
        ("His body had multiple gunshot wounds, police in Veracruz said.", 1, None),
        (
            "The student body at Makerere University marched on Monday.",
            0,
            "A student's body was found at Makerere University on Monday.",
        ),
        (
            "A body of water separates the two villages.",
            0,
            "A body was found in the water between the two villages.",
        ),
    ],
)
def test_a_body_is_a_death_when_it_is_a_corpse(parse, text: str, killed: int, twin: str | None) -> None:
    doc = parse(text, "2020-05-04")
    assert sum(c.best or 0 for c in doc._.eventx_casualties if c.status == "killed") == killed
    if twin:  # a body that is no corpse, beside a twin written like it where the body is one
        twin_doc = parse(twin, "2020-05-04")
        assert [(c.status, c.best) for c in twin_doc._.eventx_casualties] == [("killed", 1)]


def test_two_counts_for_one_strike_are_its_low_and_high(extract) -> None:
    text = (
        "On 5 June 2021, an air strike killed 12 civilians in Ariha, Idlib, Syria. "
        "A monitor said the air strike in Ariha killed 15 civilians."
    )
    (e,) = extract(text, published=PUB)
    assert (e.fatalities.best, e.fatalities.low, e.fatalities.high) == (12, 12, 15)
    assert len(e.evidence) == 2


def test_digits_and_words_for_the_same_count_agree(extract) -> None:
    text = (
        "On 5 June 2021, a car bomb killed 21 people at a checkpoint in Azaz, Aleppo, Syria. "
        "Twenty-one people were killed when the car bomb exploded, a local official said."
    )
    (e,) = extract(text, published=PUB)
    assert (e.fatalities.best, e.fatalities.low, e.fatalities.high) == (21, 21, 21)
    assert len(e.evidence) == 2


@pytest.mark.parametrize(
    "second",
    [
        "At least 25 people were killed by the car bomb, a monitor said.",
        "At least 25 people were killed in the car bomb attack.",
    ],
)
def test_a_second_count_for_the_same_bomb_is_its_high(extract, second: str) -> None:
    text = "On 5 June 2021, a car bomb killed 21 people at a checkpoint in Azaz, Aleppo, Syria. " + second
    (e,) = extract(text, published=PUB)
    assert (e.fatalities.best, e.fatalities.low, e.fatalities.high) == (21, 21, 25)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # an adjective or participle with a number of its own counts itself, as a noun would
        ("The market bombing in Kano left 14 dead and 40 wounded.", 14, 40),
        ("The ambush near Beni left 6 dead.", 6, None),
        # two words for one group ("dead bodies") count it once; the wounded joined to them are not dead
        ("A nurse said nine dead bodies and 55 wounded had reached the hospital after the blast.", 9, 55),
        # a number joined to another number that has a casualty word of its own is no victim group
        ("The army sustained 20 killed and 10 wounded in the attack.", 20, 10),
    ],
)
def test_counts_of_bare_casualty_words(parse, text: str, killed: int, injured: int | None) -> None:
    got: dict[str, int] = {}
    for c in casualties(parse, text):
        got[c.status] = got.get(c.status, 0) + (c.best or 0)
    assert got.get("killed") == killed and got.get("injured") == injured


def test_a_killing_and_a_wounding_in_one_sentence_count_apart(parse) -> None:
    """Two soldiers killed and two more wounded are two injured, not four (the killing's victims are no
    group of the wounding)."""
    cs = casualties(parse, "Two soldiers were killed and another two injured in the raid on the base.")
    assert {c.status: c.best for c in cs} == {"killed": 2, "injured": 2}

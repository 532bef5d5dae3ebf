"""End to end: the example articles (Idlib air strike, retaliation, fusion) and report wordings."""

from __future__ import annotations

from datetime import date

import pytest

import eventx
from eventx import EventCollection

STRIKE = "Explosions/Remote violence"


def _strike(events) -> eventx.Event:
    found = [
        e
        for e in events
        if e.sub_event_type == "Air/drone strike" and e.fatalities and e.fatalities.best == 33
    ]
    assert len(found) == 1, [(e.sub_event_type, e.fatalities) for e in events]
    return found[0]


def test_afp_article_yields_the_idlib_air_strike(extract, afp_text) -> None:
    events = extract(afp_text, published="2020-02-28", doc_id="seed-afp")
    e = _strike(events)
    assert e.event_type == STRIKE and e.date.start == date(2020, 2, 27)
    assert e.location.country_code == "SYR" and e.location.admin1 == "Idlib"
    assert {a.country_code for a in e.actors_with_role("initiator")} == {"SYR"}
    assert {a.country_code for a in e.actors_with_role("target")} == {"TUR"}
    assert all(afp_text[v.start : v.end] == v.text == v.text.strip() for v in e.evidence)
    # the running total (53) and page furniture (1227) are never counts
    counts = {n for x in events for c in (x.fatalities, x.injuries) if c for n in (c.best, c.low, c.high)}
    assert not counts & {53, 200, 2018, 2016, 2011, 1227}


def test_spun_article_reads_paraphrased_numbers(extract, spun_text) -> None:
    events = extract(spun_text, published="2020-02-29", doc_id="seed-spun")
    e = _strike(events)
    assert e.date.start == date(2020, 2, 27) and e.location.admin1 == "Idlib"
    by_count = {x.fatalities.best: x for x in events if x.fatalities}
    assert {45, 10, 7} <= set(by_count)
    assert "LBN" in {a.country_code for a in by_count[10].actors_with_role("target")}
    assert "RUS" in {a.country_code for a in by_count[7].actors_with_role("initiator")}


def test_masthead_date_anchors_when_no_published_date(extract, afp_text) -> None:
    events = extract(afp_text, doc_id="seed-afp")
    years = {e.date.start.year for e in events if e.date}
    assert years == {2020}
    assert _strike(events).date.anchor == "masthead"


def test_the_two_articles_fuse(extract, afp_text, spun_text) -> None:
    both = extract(afp_text, published="2020-02-28", doc_id="seed-afp") + extract(
        spun_text, published="2020-02-29", doc_id="seed-spun"
    )
    merged = both.merge()
    assert isinstance(merged, EventCollection) and len(merged) < len(both)
    strike = _strike(merged)
    assert set(strike.sources) == {"seed-afp", "seed-spun"}
    assert (strike.fatalities.low, strike.fatalities.best, strike.fatalities.high) == (33, 33, 33)
    retaliation = [e for e in merged if e.fatalities and {16, 45} <= {e.fatalities.low, e.fatalities.high}]
    assert len(retaliation) == 1 and set(retaliation[0].sources) == {"seed-afp", "seed-spun"}
    assert eventx.merge(list(both)) == merged


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        # monitors' counts of explosions: a weapon word is the sign of violence
        (
            "On 12 March 2021, monitors observed a total of 18"
            " explosions involving unknown weapons near Avdiivka.",
            "Explosions/Remote violence",
            None,
        ),
        # road blockades with burning tyres are violent demonstrations
        (
            "On 12 March 2021, residents blocked the main road by"
            " burning tyres in Soweto, demanding electricity.",
            "Riots",
            "Violent demonstration",
        ),
        # a movement of forces
        (
            "On 14 March 2021, a Russian military patrol took place in the countryside of Kobani.",
            "Strategic developments",
            "Change to group/activity",
        ),
        # a shooting named as such needs no armed actor
        (
            "On 2 June 2021, a man was shot and wounded in a drive-by"
            " shooting in Kingston. No fatalities reported.",
            "Violence against civilians",
            "Attack",
        ),
        # the weapon names the event, not the damage ("destroyed" alone is property destruction)
        (
            "On 9 May 2021, rebels destroyed an army vehicle near Kafr Nabl using an ATGM.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        # drones that targeted something: one air/drone strike, not also an attack
        (
            "On 3 May 2021, drones controlled by an unidentified armed group targeted an airbase near Hama.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
    ],
)
def test_report_wordings_make_one_typed_event(extract, text: str, event_type: str, sub_event_type) -> None:
    events = extract(text)
    assert len(events) == 1, [(e.event_type, e.sub_event_type) for e in events]
    assert events[0].event_type == event_type
    if sub_event_type:
        assert events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "The safety car was deployed for the opening laps after a crash on the first corner.",
            "The safety car was deployed after a bomb exploded on the first corner.",
        ),
        (
            "Drivers struggled with wet tires on the track as the rain kept falling.",
            "Gunmen shot two drivers on the track as the rain kept falling.",
        ),
        (
            "A group of about 100 people marched down the road to pay tribute to the victims of the "
            "derailment.",
            "A group of about 100 people marched down the road to protest against the rail company after "
            "the derailment.",
        ),
    ],
)
def test_sport_and_vigils_are_not_events(extract, text: str, twin: str) -> None:
    assert list(extract(text)) == []
    assert len(extract(twin)) == 1, twin


def test_armed_modifier_makes_an_armed_group(parse) -> None:
    doc = parse("An unidentified armed group attacked the village at dawn.")
    assert [(a.kind, a.name) for a in doc._.eventx_actors if not a.target_only] == [
        ("political_militia", "Unidentified Armed Group")
    ]


def test_owner_of_the_target_and_other_side_of_a_clash_are_targets(extract) -> None:
    events = extract(
        "On 9 May 2021, government forces fired mortars at the positions of the Luhansk People's Militia "
        "in the area of Zolote, Luhansk."
    )
    assert [(a.kind, a.name) for a in events[0].actors if a.role == "target"] == [
        ("rebel_group", "NAF: United Armed Forces of Novorossiya")  # an alias in armed_groups.yaml
    ]
    assert events[0].location.name == "Zolote"  # an armed organisation's name is not a place
    events = extract("On 3 May 2021, rioters blocked a road in Tyre and clashed with soldiers.")
    assert "state_forces" in {a.kind for e in events for a in e.actors if a.role == "target"}


@pytest.mark.parametrize(
    ("text", "initiator", "target"),
    [
        (
            "On 3 May 2021, clashes broke out between Hezbollah fighters and Syrian troops near Qusayr.",
            "Hezbollah",
            "Military Forces of Syria",
        ),
        (
            "On 4 May 2021, a firefight between the NPA and the military took place in Davao.",
            "NPA",
            "Military",
        ),
        (
            "On 2 May 2021, Taliban fighters and Afghan soldiers clashed near Kandahar city.",
            "Taliban",
            "Military Forces of Afghanistan",
        ),
        (
            "On 28 April 2021, LNA and GNA forces reportedly clashed in Ayn Zarah (Tripoli).",
            "Libyan National Army",
            "Government of National Accord",
        ),
        (
            "On 6 May 2021, military forces of India and Pakistan exchanged fire across the LoC in Poonch.",
            "Military Forces of India",
            "Military Forces of Pakistan",
        ),
        (
            "On 6 May 2021, Sudanese and Ethiopian forces clashed in the al-Fashaga border area.",
            "Military Forces of Sudan",
            "Military Forces of Ethiopia",
        ),
        (  # the dead of one of the two countries named do not hide the other side
            "On 15 June 2020, Indian and Chinese troops clashed in the Galwan valley; 20 Indian troops died.",
            "Military Forces of India",
            "Military Forces of China",
        ),
    ],
)
def test_both_sides_of_a_clash(extract, text: str, initiator: str, target: str) -> None:
    (e,) = extract(text)
    assert e.event_type == "Battles"
    assert any(initiator in a.name for a in e.actors_with_role("initiator"))
    assert any(target in a.name for a in e.actors_with_role("target"))
    # a group named with its fighters is one actor, not the group plus an unidentified one
    assert not any(a.name.startswith("Unidentified") for a in e.actors)


@pytest.mark.parametrize(
    ("text", "kind", "event_type"),
    [
        (
            "Gunmen opened fire on a customs post in Korhogo, Ivory Coast, on Monday.",
            "state_forces",
            "Battles",
        ),
        ("Militants attacked a military checkpoint near Kidal, Mali, on Sunday.", "state_forces", "Battles"),
        ("Rebels attacked government positions near Idlib, Syria, on Sunday.", "state_forces", "Battles"),
        (
            "Unknown attackers set fire to a primary school in Beni, DR Congo, overnight.",
            "civilians",
            "Strategic developments",
        ),
        (  # an unarmed office-holder is coded as civilians, as ACLED codes officials attacked
            "Gunmen shot dead a ward administrator in Mandalay, Myanmar, on Tuesday.",
            "civilians",
            "Violence against civilians",
        ),
    ],
)
def test_attacked_things_are_targets_of_their_side(extract, text: str, kind: str, event_type: str) -> None:
    (e,) = extract(text, published="2021-05-05")
    assert e.event_type == event_type
    assert [a.kind for a in e.actors_with_role("target")][:1] == [kind]
    assert all(a.kind != kind for a in e.actors_with_role("initiator"))


def test_violence_against_civilians_has_a_civilian_target(extract) -> None:
    (e,) = extract("Gunmen abducted a man near Kaduna, Nigeria, on Monday.", published="2021-05-05")
    assert e.sub_event_type == "Abduction/forced disappearance"
    assert [(a.name, a.kind) for a in e.actors_with_role("target")] == [("Civilians (Nigeria)", "civilians")]


@pytest.mark.parametrize(
    ("text", "sub", "police_role"),
    [
        (
            "On 3 May 2021, hundreds of traders protested in Kisumu, Kenya. "
            "Police fired tear gas to disperse them.",
            "Protest with intervention",
            "target",
        ),
        (
            "On 3 May 2021, students threw stones at police during a demonstration in Nairobi, Kenya.",
            "Violent demonstration",
            "target",
        ),
    ],
)
def test_state_forces_facing_a_crowd(extract, text: str, sub: str, police_role: str) -> None:
    (e,) = extract(text)
    assert e.sub_event_type == sub
    assert e.actors_with_role("initiator")[0].kind in ("protesters", "rioters")
    assert "Police Forces of Kenya" in [a.name for a in e.actors_with_role(police_role)]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 5 May 2021, a mob of villagers beat up and killed a trader in Imo, Nigeria.", "Mob violence"),
        (
            "On 2 May 2021, a group of sellers attacked a policewoman at a market in San Marcos.",
            "Mob violence",
        ),
        (
            "On 6 May 2021, youths attacked a police station in Accra to demonstrate over a death.",
            "Violent demonstration",
        ),
    ],
)
def test_an_unarmed_crowd_that_attacks_is_a_riot(extract, text: str, sub: str) -> None:
    events = extract(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", sub)]
    assert [a.kind for a in events[0].actors_with_role("initiator")] == ["rioters"]


def test_an_armed_man_in_the_sentence_is_the_attacker_not_the_crowd(extract) -> None:
    text = "One woman and two men were shot when a gunman opened fire in Seattle on Wednesday."
    assert all(e.event_type != "Riots" for e in extract(text, published="2016-11-10"))
    twin = "One woman and two men were beaten when a mob attacked them in Seattle on Wednesday."
    assert "Riots" in [e.event_type for e in extract(twin, published="2016-11-10")]


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "The billionaire led his campaign with a series of bitter attacks on his rival.",
            "The billionaire's bodyguards attacked protesters with batons at the rally in Reno.",
        ),
        (
            "A tortured fanbase finally celebrated as the Cubs won the World Series.",
            "Fans rioted and torched cars in Chicago as the Cubs won the World Series.",
        ),
        (
            "At 12:47 a.m. the mound mob scene began as the players celebrated.",
            "At 12:47 a.m. a mob of fans attacked police outside the stadium in Chicago.",
        ),
    ],
)
def test_figurative_and_modifier_triggers_are_not_events(extract, text: str, twin: str) -> None:
    assert list(extract(text, published="2016-11-03")) == []
    assert len(extract(twin, published="2016-11-03")) == 1, twin


def test_an_attempted_killing_is_not_a_death(extract) -> None:
    (e,) = extract("On 3 May 2021, nearly 300 people beat up and tried to lynch a man in Puebla, Mexico.")
    assert e.fatalities is None or e.fatalities.best == 0
    (twin,) = extract("On 3 May 2021, nearly 300 people beat up and lynched a man in Puebla, Mexico.")
    assert twin.fatalities is not None and twin.fatalities.best == 1


def test_unnamed_perpetrator_is_an_unidentified_armed_group(extract) -> None:
    (e,) = extract("On 4 May 2021, a man was shot dead in a drive-by shooting in Caguas, Puerto Rico.")
    assert [(a.name, a.kind) for a in e.actors_with_role("initiator")] == [
        ("Unidentified Armed Group (Puerto Rico)", "political_militia")
    ]


def test_a_bare_casualty_sentence_after_a_clash_belongs_to_it(extract) -> None:
    text = (
        "On 28 April 2021, soldiers clashed with armed men in a forest near Chiang Rai, Thailand. "
        "The area is remote. One suspect was injured."
    )
    (e,) = extract(text)
    assert e.event_type == "Battles" and e.injuries is not None and e.injuries.best == 1


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("On 29 April 2021, young men beat a Romani man and set fire to a camp in Kyiv, Ukraine.", None),
        (
            "On 3 May 2021, inter-clan violence erupted in Afdere, Ethiopia, leaving at least 5 people dead.",
            None,
        ),
        (
            "On 3 May 2021, Israeli forces fired rubber bullets at fishermen off the coast of northern Gaza.",
            "Violence against civilians",
        ),
        ("On 29 April 2021, an unidentified group fired shots at a former MLA in Phulbani, India.", None),
    ],
)
def test_violence_without_a_named_armed_actor(extract, text: str, event_type: str | None) -> None:
    events = extract(text)
    assert len(events) == 1
    assert event_type is None or events[0].event_type == event_type


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "Arsenal beat Chelsea 2-0 at the Emirates on Saturday.",
            "Arsenal fans threw bottles at police after the match in London on Saturday.",
        ),
        (
            "The senator spoke about gun violence and domestic violence at the hearing.",
            "The senator was shot dead by gunmen after the hearing.",
        ),
    ],
)
def test_sport_wins_and_talk_of_violence_are_not_events(extract, text: str, twin: str) -> None:
    assert list(extract(text, published="2021-05-02")) == []
    assert len(extract(twin, published="2021-05-02")) == 1, twin


def test_rubber_bullets_at_a_crowd_are_an_intervention(extract) -> None:
    text = "On 3 May 2021, traders protested in Kisumu, Kenya, and police fired rubber bullets at them."
    (e,) = extract(text)
    assert (e.event_type, e.sub_event_type) == ("Protests", "Protest with intervention")


def test_body_found_with_signs_of_a_crime_is_an_event(extract) -> None:
    text = (
        "On 27 April 2021, the body of a journalist was found on farmland in Santa Rosa de Lima, "
        "El Salvador. Motive and perpetrators unknown."
    )
    (e,) = extract(text)
    assert e.event_type == "Violence against civilians" and e.fatalities.best == 1
    assert list(extract("On 27 April 2021, the body of a man was found in his flat in Lyon, France.")) == []


def test_a_team_killed_in_sport_is_not_a_victim(extract) -> None:
    text = "Yet they scored four in the ninth to kill the Giants."
    assert list(extract(text, published="2016-11-03")) == []
    (twin,) = extract("Gunmen killed four Giants fans outside the stadium in San Francisco.", "2016-11-03")
    assert twin.event_type == "Violence against civilians" and twin.fatalities.best == 4


@pytest.mark.parametrize(
    ("text", "initiators", "targets"),
    [
        (
            "On 3 May 2021, Syrian and Russian forces clashed with rebels near Idlib.",
            {"Military Forces of Syria"},
            {"Unidentified Armed Group (Syria)"},
        ),
        (
            "On 3 May 2021, the army and the police clashed with Taliban fighters in Kunduz.",
            {"Military Forces of Afghanistan", "Police Forces of Afghanistan"},
            {"Taliban"},
        ),
    ],
)
def test_a_side_named_by_with_keeps_the_joined_subjects_together(extract, text, initiators, targets) -> None:
    (e,) = extract(text)
    assert initiators <= {a.name for a in e.actors_with_role("initiator")}
    assert {a.name for a in e.actors_with_role("target")} == targets


def test_an_adjective_of_force_is_not_figurative_and_a_village_stays_civilian(extract) -> None:
    (e,) = extract("On 3 May 2021, militants launched a fierce attack on an army post in Kidal, Mali.")
    assert e.event_type == "Battles"
    (e,) = extract("On 3 May 2021, gunmen attacked a border village in Kebbi, Nigeria, killing four.")
    assert e.event_type == "Violence against civilians"

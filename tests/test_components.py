"""Each eventx component on real news sentences, through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from eventx.components.document import find_furniture
from eventx.doctools import content_sents, sentence_ents, text_between

# ---------------------------------------------------------------------------------------- document


def test_furniture_lines_are_found_and_skipped(parse, afp_text) -> None:
    doc = parse(afp_text, published="2020-02-28")
    furniture = [afp_text[s:e] for s, e in doc._.furniture]
    assert "Sunday, April 5, 2020" in furniture and "1227 Rate this article:" in furniture
    assert any(f.startswith("Previous Article") for f in furniture)
    first = next(iter(content_sents(doc))).text
    assert first.startswith("The leaders of Russia and Turkey held crisis talks")


def test_text_between_equals_slicing_the_text(parse, afp_text) -> None:
    doc = parse(afp_text, published="2020-02-28")
    text = doc.text
    # offsets inside tokens, in the spaces between them, at line breaks and at both ends
    cuts = [0, 1, 5, 17, 40, 41, 42, 300, 301, len(text) - 7, len(text) - 1, len(text)]
    cuts += [m for m in range(len(text)) if text[m] in " \n"][:40:3]
    for a in cuts:
        for b in cuts:
            if a <= b:
                assert text_between(doc, a, b) == text[a:b], (a, b)


def test_sentence_ents_are_each_sentences_entities(parse, afp_text) -> None:
    doc = parse(afp_text, published="2020-02-28")
    by_sent = sentence_ents(doc)
    assert any(by_sent.values())
    for sent in doc.sents:
        assert by_sent[sent.start] == list(sent.ents)


def test_single_line_text_is_never_furniture() -> None:
    assert find_furniture("Gunmen killed three police officers in Kaduna") == []


def test_anchor_from_published_masthead_and_header(parse, afp_text, spun_text) -> None:
    doc = parse(afp_text, published="2020-02-28")
    assert (doc._.anchor, doc._.anchor_source) == (date(2020, 2, 28), "published")
    doc = parse(afp_text)
    assert (doc._.anchor, doc._.anchor_source) == (date(2020, 4, 5), "masthead")
    doc = parse(spun_text)
    assert (doc._.anchor, doc._.anchor_source) == (date(2020, 2, 29), "header")


def test_no_anchor_means_relative_dates_stay_unresolved(parse) -> None:
    doc = parse("Gunmen killed three police officers on Thursday in Kaduna, Nigeria.")
    assert doc._.anchor is None and doc._.eventx_dates == []


# ---------------------------------------------------------------------------------------- dates


def test_dates_resolve_weekdays_possessives_and_absolute_days(parse) -> None:
    doc = parse(
        "Turkey said it retaliated to Thursday's deaths. On 29 September 2019, police fired tear gas.",
        published="2020-02-28",
    )
    got = {d.text: d.date_start for d in doc._.eventx_dates}
    assert got["Thursday's"] == date(2020, 2, 27)
    assert got["On 29 September 2019"] == date(2019, 9, 29)


def test_future_clauses_are_marked(parse) -> None:
    doc = parse(
        "Erdogan may travel next week to Moscow for talks. The talks were held on Friday.",
        published="2020-02-29",
    )
    marks = {d.text: d.future for d in doc._.eventx_dates}
    assert marks["next week"] is True and marks["on Friday"] is False


def test_header_date_line_is_not_an_event_date(parse, spun_text) -> None:
    doc = parse(spun_text, published="2020-02-29")
    assert all(d.text != "2020-02-29" and "date 2020" not in d.text for d in doc._.eventx_dates)


# ---------------------------------------------------------------------------------------- places


def test_places_resolve_with_country_and_admin1(parse) -> None:
    doc = parse(
        "Clashes erupted in Calama, Antofagasta, Chile. Shelling hit Saraqib in Idlib province, Syria."
    )
    by_text = {p.text: p for p in doc._.eventx_places}
    assert by_text["Calama"].country_code == "CHL" and by_text["Calama"].admin1 == "Antofagasta"
    assert by_text["Saraqib"].country_code == "SYR" and by_text["Saraqib"].admin1 == "Idlib"
    assert by_text["Syria"].precision == "country"


def test_capitals_and_states_acting_are_not_locations(parse) -> None:
    doc = parse(
        "Ankara ramped up pressure on Europe, and Turkey warned it was opening the gates. "
        "Fighting continued in Syria."
    )
    ctx = {p.text: p.context for p in doc._.eventx_places}
    assert ctx["Ankara"] == "government" and ctx["Turkey"] == "government" and ctx["Syria"] == "mention"
    assert "Europe" not in ctx  # a continent is not a place to code an event to


def test_dateline_is_marked(parse) -> None:
    doc = parse("KABUL - Taliban fighters attacked a checkpoint in Kunduz province, killing four soldiers.")
    ctx = {p.text: p.context for p in doc._.eventx_places}
    assert ctx["KABUL"] == "dateline"


# ---------------------------------------------------------------------------------------- casualties


def _cas(parse, text: str, published: str | None = None):
    return parse(text, published=published)._.eventx_casualties


def test_passive_and_active_killings_with_victims(parse) -> None:
    (c,) = _cas(parse, "33 Turkish soldiers were killed in a regime air strike in Syria.")
    assert (c.status, c.best, c.victim_kind, c.victim_country) == ("killed", 33, "state_forces", "TUR")
    (c,) = _cas(parse, "The reprisals killed 16 Syrian soldiers, according to a monitoring group.")
    assert (c.best, c.victim_country) == (16, "SYR") and c.reported_by == ["monitoring group"]


def test_number_words_and_paraphrased_numbers(parse) -> None:
    (c,) = _cas(parse, "Thirty-a few Turkish troops were being killed late Thursday in the airstrike.")
    assert c.best == 33
    (c,) = _cas(parse, "Russian strikes killed seven civilians.")
    assert (c.best, c.victim_kind) == (7, "civilians")


def test_hedged_counts_and_injuries(parse) -> None:
    cs = _cas(parse, "At least 12 people were killed and 30 others were wounded when a car bomb exploded.")
    got = {c.status: (c.best, c.qualifier) for c in cs}
    assert got["killed"] == (12, "at_least") and got["injured"][0] == 30


def test_negation_gives_zero(parse) -> None:
    (c,) = _cas(parse, "Police fired tear gas at the crowd but no one was hurt.")
    assert (c.status, c.best, c.negated) == ("injured", 0, True)


def test_cumulative_totals_are_marked(parse) -> None:
    cs = _cas(parse, "It brought the total number of Turkish troops killed in Idlib this month to 53.")
    assert cs and all(c.cumulative for c in cs) and all(c.best != 53 for c in cs)


def test_unconfirmed_reports_are_marked(parse) -> None:
    cs = _cas(
        parse,
        "The reprisals killed 16 Syrian soldiers, but there was no immediate confirmation from Damascus.",
    )
    assert cs[0].unconfirmed


# ---------------------------------------------------------------------------------------- actors


def test_actor_normalisation(parse) -> None:
    doc = parse(
        "Russian-backed Syrian forces attacked rebels, and Al-Shabaab fighters ambushed Kenyan police. "
        "Russian President Vladimir Putin spoke by phone with his Turkish counterpart."
    )
    names = {a.text: (a.name, a.kind, a.country_code) for a in doc._.eventx_actors}
    syrian = next(v for k, v in names.items() if k.endswith("Syrian forces"))
    assert syrian == ("Military Forces of Syria", "state_forces", "SYR")  # the backer is not the actor
    # the group and its fighters are one mention, headed by the noun that carries its role
    assert names["Al-Shabaab fighters"][:2] == ("Al Shabaab", "rebel_group")
    assert ("Police Forces of Kenya", "state_forces", "KEN") in names.values()
    assert names["Vladimir Putin"] == ("Government of Russia", "government", "RUS")


# ---------------------------------------------------------------------------------------- events


def test_air_strike_typed_with_roles(extract) -> None:
    (e,) = extract(
        "On 27 February 2020, 33 Turkish soldiers were killed in a regime air strike in Idlib, Syria."
    )
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    roles = {(a.role, a.country_code) for a in e.actors}
    assert ("initiator", "SYR") in roles and ("target", "TUR") in roles
    assert e.date.start == date(2020, 2, 27) and e.location.admin1 == "Idlib"


def test_killing_of_civilians_vs_soldiers(extract) -> None:
    (e,) = extract("On 4 May 2020, gunmen killed five villagers in Zamfara, Nigeria.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    (e,) = extract(
        "On 4 May 2020, Al Shabaab militants ambushed Somali soldiers near Afgoye, killing three soldiers."
    )
    assert e.event_type == "Battles" and e.fatalities.best == 3


def test_protest_and_talks(extract) -> None:
    (e,) = extract(
        "On 30 April 2020, residents protested in Calama, Antofagasta, Chile over the lack of water."
    )
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")
    (e,) = extract(
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by "
        "telephone on Friday.",
        published="2020-02-29",
    )
    assert e.event_type == "Diplomacy" and {a.country_code for a in e.actors} == {"RUS", "TUR"}


def test_repeated_mentions_merge_into_one_incident(extract) -> None:
    text = (
        "33 Turkish soldiers were killed in a regime air strike in Syria on Thursday. "
        "The deadly bombardment added to weeks of mounting tensions. "
        "Thirty-three Turkish troops were killed late Thursday in the airstrike in the province of Idlib."
    )
    (e,) = [x for x in extract(text, published="2020-02-28") if x.event_type == "Explosions/Remote violence"]
    assert len(e.evidence) == 3 and e.fatalities.best == 33 and e.fatalities.low == e.fatalities.high == 33
    assert e.location.admin1 == "Idlib"


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


# ---------------------------------------------------------------------------------------- place context


def test_parenthesised_admin_areas_decide_country_and_make_places(extract) -> None:
    (e,) = extract("On 3 March 2021, militiamen attacked Oicha (Beni, Nord-Kivu), killing four villagers.")
    assert e.location.country_code == "COD" and e.location.admin1 == "Nord-Kivu"  # as the text writes it
    assert e.location.precision == "city"


def test_named_admin_area_picks_the_namesake(extract) -> None:
    (e,) = extract("Unidentified gunmen shot dead a shopkeeper in Paris, Lamar County, Texas on 5 May 2021.")
    assert (e.location.name, e.location.admin1, e.location.country_code) == ("Paris", "Texas", "USA")
    assert e.fatalities.best == 1 and e.event_type == "Violence against civilians"


# ---------------------------------------------------------------------------------------- protests


def test_protest_subtypes_and_crowd_initiator(extract) -> None:
    (e,) = extract("On 4 May 2021, miners held a protest in Zarand, Kerman, Iran against privatisation.")
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")
    assert [(a.name, a.kind) for a in e.actors_with_role("initiator")] == [
        ("Protesters (Iran)", "protesters")
    ]
    (e,) = extract(
        "On 2 June 2021, traders demonstrated in Kisumu, Kenya. Police fired tear gas to disperse them."
    )
    assert e.sub_event_type == "Protest with intervention"
    (e,) = extract("On 6 May 2021, prisoners demonstrated in Cotonou, Benin and burnt chairs in their cells.")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")


def test_month_names_are_not_marches(extract) -> None:
    assert len(extract("On 3 March 2021, the ministry published its annual report in Nairobi, Kenya.")) == 0


# ---------------------------------------------------------------------------------------- more counts


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


def test_to_death_and_fatally(parse) -> None:
    (c,) = _cas(parse, "A man was shot to death by two armed men in Natal, Brazil.")
    assert (c.status, c.best) == ("killed", 1)
    (c,) = _cas(parse, "A security guard fatally shot a man outside the market.")
    assert (c.status, c.best) == ("killed", 1)


def test_bodies_found_are_incidents(extract) -> None:
    (e,) = extract(
        "On 30 April 2021, a woman was found dead with gunshot wounds in Tijuana, Baja California, Mexico."
    )
    assert len(extract("On 30 April 2021, a singer was found dead in his hotel room in Paris, France.")) == 0
    assert e.event_type == "Violence against civilians" and e.fatalities.best == 1


def test_follow_up_sentences_join_the_incident(extract) -> None:
    text = (
        "On 7 May 2021, armed men clashed with National Guard officers in Valparaiso, Zacatecas, Mexico. "
        "Two men died. 2 rebel and 1 military fatalities were reported."
    )
    events = extract(text)
    assert len(events) == 1 and events[0].fatalities.best in (2, 3)
    assert len(extract("Two men died in hospital on Friday.", published="2021-05-08")) == 0


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


def test_event_without_own_date_takes_its_sentence_or_the_nearest_earlier_one(extract) -> None:
    text = (
        "On 4 May 2021, tension was high in Kisumu, Kenya. "
        "Gunmen attacked a police post in the town, killing two officers."
    )
    (e,) = extract(text, published="2021-05-06")
    assert e.date.start == date(2021, 5, 4) and e.date.precision == "day"
    # a date that belongs to another incident is not borrowed: the anchor's week is used instead
    text = (
        "On 4 May 2021, hundreds of traders protested in Kisumu, Kenya. "
        "Gunmen attacked a police post in the town, killing two officers."
    )
    protest, attack = extract(text, published="2021-05-06")
    assert protest.date.start == date(2021, 5, 4) and attack.date.precision == "week"
    # a planned date after the report's own date never dates an event that happened
    text = "Erdogan spoke of a meeting with Putin on March 5. Gunmen killed two soldiers in Idlib, Syria."
    (e,) = extract(text, published="2020-02-29")
    assert e.date.precision == "week" and e.date.end == date(2020, 2, 29)


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
        ("Nearly 300 people beat up and tried to lynch a man in Puebla.", 0),
    ],
)
def test_victims_joined_counted_or_named(parse, text: str, killed: int) -> None:
    doc = parse(text)
    counts = [c.best for c in doc._.eventx_casualties if c.status == "killed" and not c.cumulative]
    assert sum(counts) == killed


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


def test_a_total_across_an_unknown_number_of_incidents_is_cumulative(parse) -> None:
    doc = parse("Twenty soldiers were killed across the attacks in Marib.")
    assert all(c.cumulative for c in doc._.eventx_casualties)


def test_victims_also_killed_in_a_later_sentence_add_up(extract) -> None:
    text = (
        "On 29 April 2021, 2 policemen were killed in an attack by Taliban militants on a checkpoint in "
        "Faryab, Afghanistan. Local authorities reported that 2 militants were also killed."
    )
    (e,) = extract(text)
    assert e.fatalities.best == 4 and "also killed" in e.fatalities.text
    assert "Taliban" in [a.name for a in e.actors_with_role("initiator")]  # not the reporting authorities


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

"""Country cues for places: a country word naming armed forces ("Turkish airstrikes") says who acts, not
where, so it does not keep out a town of another country; with no place at all, actors that act at home
(armed groups, people, a government, its police, its military unless the state fights abroad as a
matter of course) and agree on one country give the
event that country; upper-case copy's "BY", "AT" and "IN" are words,
not country codes. Sentences written for eventx (real model)."""

from __future__ import annotations

import pytest

PUBLISHED = "2020-10-20"


def _country(events):
    return [e.location.country_code if e.location else None for e in events]


def test_forces_of_one_country_striking_in_another(extract) -> None:
    text = "Turkish airstrikes hit a mountain outside Sulaymaniyah on 15 October, killing two PKK members."
    (event,) = extract(text, published=PUBLISHED)
    assert (event.location.name, event.location.country_code) == ("Sulaymaniyah", "IRQ")
    # the positive twin: police act at home, and their country still decides between namesakes
    home = extract("Turkish police detained 12 protesters in Kars on 15 October.", published=PUBLISHED)
    assert home and set(_country(home)) == {"TUR"}


def test_forces_of_a_state_that_fights_abroad_point_to_where_it_fights(extract) -> None:
    text = "On 24 August, Turkish airstrikes hit villages in the Zakho area, killing two PKK members."
    (event,) = extract(text, published=PUBLISHED)
    assert (event.location.name, event.location.country_code) == ("Zakho", "IRQ")
    # and to nowhere else: a namesake in Papua New Guinea is no place of Kenyan troops
    text = "On 24 August, Kenyan troops killed five Al-Shabaab militants near Kiunga."
    (event,) = extract(text, published=PUBLISHED)
    assert event.location is None or event.location.country_code in (None, "KEN", "SOM")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 9 January, the FARDC repelled an attack by Mai-Mai militiamen in a remote village.", "COD"),
        ("On 3 May, Boko Haram fighters attacked a farming settlement, killing four farmers.", "NGA"),
        # a government and police act at home
        ("On 12 June, the Iraqi government ordered a full curfew in a remote district.", "IRQ"),
        ("On 12 June, Nepali police seized two rifles in a remote village.", "NPL"),
        # so does the military of a state that does not fight abroad as a matter of course
        ("On 4 October, the Chadian army launched airstrikes on a rebel camp in the desert.", "TCD"),
        ("On 7 January, the Nigerian air force bombed an insurgent hideout in the forest.", "NGA"),
    ],
)
def test_actors_at_home_give_a_placeless_event_its_country(extract, text, country) -> None:
    (event,) = extract(text, published=PUBLISHED)
    assert (event.location.country_code, event.location.precision) == (country, "country")


def test_forces_alone_or_actors_of_two_countries_give_no_country(extract) -> None:
    alone = extract(
        "On 21 July, Turkish warplanes carried out airstrikes on a mountain.", published=PUBLISHED
    )
    assert alone and _country(alone) == [None]  # Turkish aircraft often strike abroad
    two = extract(
        "On 22 December, the Ugandan army struck positions of Mai-Mai militiamen in a forest.",
        published=PUBLISHED,
    )
    assert two and _country(two) == [None]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 15 August, Boko Haram militants fired two mortar shells at a Chadian army position.", "TCD"),
        ("On 2 June, ISWAP fighters attacked a Cameroonian army post, killing two soldiers.", "CMR"),
    ],
)
def test_a_state_attacked_by_a_group_of_another_country_is_attacked_at_home(extract, text, country) -> None:
    (event,) = extract(text, published=PUBLISHED)
    assert (event.location.country_code, event.location.precision) == (country, "country")
    # the twins: the state's forces attack, or two states' forces clash, and the place stays open
    for text in (
        "On 15 August, Chadian soldiers killed five Boko Haram militants.",
        "On 15 August, Pakistani troops and Afghan border guards clashed at the border crossing.",
    ):
        (event,) = extract(text, published=PUBLISHED)
        assert event.location is None or event.location.country_code is None, text


def test_upper_case_words_are_not_country_codes(extract) -> None:
    text = (
        "TWO LEADERS WERE ABDUCTED AND KILLED IN JANUARY BY UNIDENTIFIED INDIVIDUALS IN GUATEMALA CITY AS "
        "THEY WERE HEADING TO THE AIRPORT."
    )
    events = extract(text, published="1990-05-26")
    assert events
    codes = {a.country_code for e in events for a in e.actors} | set(_country(events))
    assert not codes & {"BLR", "AUT", "IND"}  # "BY", "AT", "IN"


def test_country_names_and_aliases_still_read(nlp) -> None:
    from eventx.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    assert [gaz.country_named(n).country_code for n in ("US", "U.S.", "UK", "Türkiye")] == [
        "USA",
        "USA",
        "GBR",
        "TUR",
    ]
    assert [gaz.country_named(n) for n in ("BY", "AT", "IN")] == [None, None, None]
    assert gaz.country("BY").country_code == "BLR"  # a code where a code is meant


def test_home_grown_groups_and_national_institutions_are_country_cues(extract) -> None:
    # a group that fights only at home (scope domestic), even as an acronym the model leaves unlabelled
    (e,) = extract("On 5 May, CODECO militiamen abducted seven civilians near Maze.", published=PUBLISHED)
    assert e.location.country_code == "COD"  # not Mazé, a small town in France
    (twin,) = extract("On 5 May, unknown gunmen abducted seven civilians near Maze.", published=PUBLISHED)
    assert twin.location.country_code == "FRA"  # nothing in the text says otherwise
    # a party named after its country keeps a small namesake abroad out
    (e,) = extract(
        "On 5 May, supporters of the Communist Party of Nepal clashed with police near Maze.",
        published=PUBLISHED,
    )
    assert e.location is None or e.location.country_code != "FRA"


def test_us_written_in_capitals_as_a_pronoun_is_no_country(parse) -> None:
    from eventx.geo.evidence import document_countries

    assert "USA" not in document_countries(parse("THE REBELS TOLD US THAT THREE SOLDIERS DIED IN AN ATTACK."))
    assert "USA" in document_countries(parse("The US condemned the attack, which killed three soldiers."))


def test_a_group_that_crosses_borders_points_to_the_countries_it_fights_in(extract, parse) -> None:
    """A cross-border group (``theatres`` in armed_groups.yaml) gives each country it fights in a share of
    support, less than a country named once, also where the model tags its name PERSON: a close spelling
    of a town elsewhere is no longer taken ("Dalwa" is not Daloa, Ivory Coast)."""
    from eventx.geo.evidence import document_countries

    (e,) = extract("On 2 June, Boko Haram engaged the army in a battle in Dalwa.", published=PUBLISHED)
    assert e.location.name == "Dalwa" and e.location.country_code == "NGA"
    (twin,) = extract("On 2 June, gunmen engaged the army in a battle in Dalwa.", published=PUBLISHED)
    assert twin.location.country_code == "CIV"  # nothing in the text says otherwise
    found = document_countries(parse("Boko Haram attacked a village in Chad on Monday."))
    assert set(found) == {"NGA", "NER", "TCD", "CMR"}
    assert found["TCD"] > found["NGA"] > 0  # the named country leads the group's other theatres


def test_a_country_a_compass_word_divides_is_a_place_not_a_state(parse) -> None:
    from eventx.geo.document import place_mentions

    def contexts(text: str) -> list[str]:
        return [m.context for m in place_mentions(parse(text)) if m.name == "Saudi Arabia"]

    assert contexts("A drone targeting southern Saudi Arabia was shot down on 2 June.") == ["mention"]
    assert contexts("A drone targeting Saudi Arabia was shot down on 2 June.") == ["government"]


def test_a_country_s_drone_strikes_point_to_where_its_forces_fight(extract, parse) -> None:
    """"Turkish drone strike" names Turkey's forces (a strike by an air doer written as a compound), so the
    countries they fight in count: Sinjar is the Iraqi town, not the hamlet of that name in Idlib."""
    (e,) = extract("On 13 June, a Turkish drone strike hit a vehicle near Sinjar.", published=PUBLISHED)
    assert (e.location.name, e.location.country_code) == ("Sinjar", "IRQ")
    from eventx.geo.evidence import document_countries

    assert set(document_countries(parse("Turkish air traffic controllers protested over pay."))) == {"TUR"}
    assert "IRQ" in document_countries(parse("A Turkish drone strike hit a vehicle on Monday."))

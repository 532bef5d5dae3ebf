"""Places named in the headline or lead are inherited by the incident told below (events/lead.py)."""

from __future__ import annotations


def _places(events) -> list[str]:
    return [e.location.name for e in events if e.location is not None]


def test_headline_city_inherited_by_incident_placed_only_in_its_country(extract):
    story = (
        "Gunmen storm police post in Kandahar city\n\n"
        "Gunmen attacked a police post in southern Afghanistan on Tuesday, killing three officers, "
        "officials said.\n\n"
        "The interior ministry said an investigation was under way."
    )
    events = extract(story, published="2021-03-10")
    assert "Kandahar" in _places(events)
    # twin: a city named for the incident itself wins over the headline's
    own_place = story.replace("in southern Afghanistan", "in Herat in western Afghanistan")
    assert _places(extract(own_place, published="2021-03-10"))[0] == "Herat"


def test_headline_place_in_another_country_is_not_inherited(extract):
    story = (
        "Bomb kills four near market in Kandahar city\n\n"
        "A roadside bomb exploded in Pakistan on Monday, killing four soldiers, police said.\n\n"
        "No group has claimed the attack."
    )
    places = _places(extract(story, published="2021-03-10"))
    assert places and places[0] != "Kandahar"
    # twin: the same story told in the headline's country takes the headline's city
    same = story.replace("in Pakistan", "in Afghanistan")
    assert "Kandahar" in _places(extract(same, published="2021-03-10"))


def test_lead_names_the_city_the_story_then_calls_vaguely(extract):
    story = (
        "Blast at bus station\n\n"
        "A bomb went off at a bus station in a city in northern Nigeria on Sunday, killing six people. "
        "The device had been left in a bag in Kano, police said.\n\n"
        "Witnesses said the blast in the northern city shattered windows."
    )
    assert "Kano" in _places(extract(story, published="2021-05-03"))
    # twin: with no place in the headline or lead, the incident keeps its country
    vague = story.replace(" in Kano", "")
    assert "Kano" not in _places(extract(vague, published="2021-05-03"))


def test_a_place_run_into_a_name_in_a_caption_stays_a_place(parse):
    text = (
        "Shooting in Portland leaves two hurt\n\n"
        "A man opened fire outside a bar in Portland on Friday night, wounding two people, police said.\n\n"
        "Crowds gathered near the bar in Portland. Photo: Jane Smith Portland police at the scene."
    )
    doc = parse(text, published="2021-05-08")
    assert any(p.name == "Portland" and p.context == "mention" for p in doc._.eventx_places)
    # twin: a name the model only ever reads as a person stays a person's
    person = parse(
        "Officials met Jane Smith on Friday. Smith said the talks went well.",
        published="2021-05-08",
    )
    assert not any(p.name == "Smith" for p in person._.eventx_places)

"""One incident per article unless the text tells them apart (merge rule "one incident"), on short
articles written for these tests in ordinary news style: a headline, a lead and the story below."""

from __future__ import annotations

HEADLINE_AND_LEAD = (
    "Suicide bomber hits police headquarters in Kandahar\n\n"
    "A suicide bomber drove a car packed with explosives into the police headquarters in Kandahar, "
    "Afghanistan, on Tuesday, killing five officers, officials said.\n\n"
)


VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(events):
    return [e for e in events if e.event_type in VIOLENT]


def test_the_wounded_and_the_gunfight_below_the_lead_join_its_incident(extract):
    text = HEADLINE_AND_LEAD + (
        "Gunmen then stormed the compound and fought the guards for two hours. "
        "More than 40 people were wounded in the assault, a hospital director said."
    )
    events = _violent(extract(text, published="2021-03-10"))
    assert len(events) == 1
    (bombing,) = events
    assert bombing.event_type == "Explosions/Remote violence"
    assert bombing.fatalities is not None and bombing.fatalities.best == 5
    assert bombing.injuries is not None and bombing.injuries.best == 40
    # the twin: an attack the text tells apart ("In a separate attack", another province) stays apart
    text = HEADLINE_AND_LEAD + (
        "In a separate attack, gunmen shot dead two farmers in Herat province on Wednesday."
    )
    assert len(_violent(extract(text, published="2021-03-10"))) == 2


def test_air_strikes_told_below_a_bombing_are_another_incident(extract):
    text = HEADLINE_AND_LEAD + (
        "The Taliban said the bombing was revenge for air strikes in Helmand province last week. "
        "The explosion shattered windows across the city."
    )
    events = _violent(extract(text, published="2021-03-10"))
    kinds = sorted(e.sub_event_type for e in events)
    assert kinds == ["Air/drone strike", "Suicide bomb"]
    # "The explosion" refers back to the bombing, not to the air strikes told since
    told = {e.sub_event_type: " ".join(x.text for x in e.evidence) for e in events}
    assert "shattered" in told["Suicide bomb"] and "shattered" not in told["Air/drone strike"]


def test_a_suicide_bomb_told_after_the_explosions_codes_the_incident(extract):
    text = (
        "Militants strike consulate in Jalalabad\n\n"
        "Militants struck the Indian consulate in the eastern hub of Jalalabad late on Monday, killing three "
        "visitors, officials said. There were two large explosions at the gate, a police spokesman said. "
        "A suicide car bomb apparently started the attack."
    )
    events = _violent(extract(text, published="2021-03-09"))
    assert len(events) == 1
    (e,) = events
    assert (e.sub_event_type, e.location.name, e.fatalities.best) == ("Suicide bomb", "Jalalabad", 3)
    assert e.date.start.isoformat() == "2021-03-08"
    # the twin: with no suicide bomber the explosions stay a remote explosive
    without = text.replace("A suicide car bomb apparently started the attack.", "")
    (plain,) = _violent(extract(without, published="2021-03-09"))
    assert plain.sub_event_type == "Remote explosive/landmine/IED"

"""A text written in capitals is read as if written in ordinary case (``eventx.text.recase``)."""

from __future__ import annotations

TEXT = (
    "Unidentified gunmen kidnapped a judge in Medellin, Colombia, on Tuesday, police said. Two of his "
    "bodyguards were killed."
)


def test_a_text_in_capitals_gives_the_events_of_its_twin_in_ordinary_case(extract, parse) -> None:
    ordinary = extract(TEXT, published="1989-07-15")
    capitals = extract(TEXT.upper(), published="1989-07-15")
    assert ordinary, "the twin in ordinary case gives an event"
    def told(events):
        return [(e.event_type, e.sub_event_type, e.location and e.location.gazetteer_name) for e in events]

    assert told(capitals) == told(ordinary) and capitals[0].location.gazetteer_name == "Medellín"
    doc = parse(TEXT.upper(), published="1989-07-15")
    assert doc.text != TEXT.upper() and doc.user_data["eventx.original_text"] == TEXT.upper()
    for event in capitals:  # evidence quotes the caller's text, at offsets into it
        for ev in event.evidence:
            assert ev.text == TEXT.upper()[ev.start : ev.end] and ev.text.isupper()
    assert "eventx.original_text" not in parse(TEXT, published="1989-07-15").user_data


def test_the_model_s_own_word_list_recases_a_wire_story(nlp) -> None:
    from eventx.text.recase import EnglishWords, recase

    words = EnglishWords.of(nlp)
    wire = (
        "BOGOTA, 4 APR 90 (EFE) -- [TEXT] ELN GUERRILLAS KILLED TWO SOLDIERS IN MEDELLIN. "
        '"WE WILL FIGHT ON." THE ARMY SAID U.S. ADVISERS GUARD THE US EMBASSY. '
        "THEY TOLD US Human Rights Watch SAW IT."
    )
    out = recase(wire, words)
    assert len(out) == len(wire)
    assert out == (
        "Bogota, 4 Apr 90 (EFE) -- [text] ELN guerrillas killed two soldiers in Medellin. "
        '"We will fight on." The army said U.S. advisers guard the US embassy. '
        "They told us Human Rights Watch saw it."
    )
    turkish = "THE İHH SAID GUNMEN KILLED TWO SOLDIERS IN ADANA ON MONDAY."  # "İ" lowers to two characters
    assert len(recase(turkish, words)) == len(turkish)


def test_a_verb_in_capitals_is_no_group_s_acronym(extract) -> None:
    text = "IT IS BELIEVED THAT GUNMEN KILLED TWO PEOPLE IN MOSUL, IRAQ, ON MONDAY."
    (event,) = extract(text, published="2021-05-04")
    assert all("Islamic State" not in a.name for a in event.actors)  # "IS" is the verb here
    (event,) = extract("IS MILITANTS KILLED TWO PEOPLE IN MOSUL, IRAQ, ON MONDAY.", published="2021-05-04")
    assert any("Islamic State" in a.name for a in event.actors)  # the twin: the group's acronym


def test_a_particle_opens_a_place_name_in_capitals(extract) -> None:
    text = "BOGOTA (EFE) -- GUERRILLAS KILLED TWO PEASANTS IN LA FONDA, CAUCA DEPARTMENT."
    (event,) = extract(text, published="1990-04-06")
    assert (event.location.name, event.location.country_code) == ("La Fonda", "COL")


def test_a_group_s_name_of_english_words_is_written_as_the_lexicon_writes_it(nlp, extract) -> None:
    from eventx.text.recase import EnglishWords, recase

    words = EnglishWords.of(nlp)
    wire = "LIMA, 4 APR 90 (EFE) -- [TEXT] THE SHINING PATH AND FARC DISSIDENTS ATTACKED A PATH IN THE HILLS."
    assert recase(wire, words) == (
        "Lima, 4 Apr 90 (EFE) -- [text] The Shining Path and FARC dissidents attacked a path in the hills."
    )
    text = "IN THE LAST 24 HOURS THE SHINING PATH MURDERED TWO STATE OFFICIALS IN HUARAZ, PERU."
    (event,) = extract(text, published="1990-04-01")
    assert [a.name for a in event.actors if a.role == "initiator"] == ["Shining Path"]
    # its twin with an unknown group's name of English words keeps the words in lower case
    other = recase("THE SHINING LIGHT MURDERED TWO STATE OFFICIALS.", words)
    assert other == "The shining light murdered two state officials."

"""Texts written in capitals are read in ordinary case (``eventx.text.recase``)."""

from __future__ import annotations

import pytest

from eventx.text.recase import EnglishWords, in_capitals, recase

# a few words of the lemmatiser's tables, as spaCy's rule lemmatiser holds them
_WORDS = EnglishWords(
    index={
        "noun": frozenset({"army", "peasant", "guerrilla", "farm", "lima", "capital", "march", "bomb", "text",
                           "troop", "car", "chad", "turkey"}),
        "verb": frozenset({"kill", "kidnap", "report", "march", "explode", "say", "may", "see", "use"}),
        "adj": frozenset({"central", "armed"}),
        "adv": frozenset({"near"}),
    },
    exceptions=frozenset({"said", "saw"}),
    rules={"noun": [("s", "")], "verb": [("ed", ""), ("ed", "e"), ("ped", ""), ("s", "")]},
)


def test_only_a_text_mostly_in_capitals_is_recased() -> None:
    assert in_capitals("GUERRILLAS KILLED A PEASANT NEAR LA COLMENA, CUSCATLAN DEPARTMENT.")
    assert not in_capitals("Guerrillas killed a peasant near La Colmena. THEY FLED.")
    assert not in_capitals("BREAKING NEWS")  # a heading, not a text


@pytest.mark.parametrize(
    ("text", "recased"),
    [
        # English words in lower case, names capitalised, a particle inside a name in lower case
        ("THE ARMY REPORTED THAT GUERRILLAS KIDNAPPED A PEASANT NEAR LA COLMENA, NORTE DE SANTANDER.",
         "The army reported that guerrillas kidnapped a peasant near La Colmena, Norte de Santander."),
        # a dateline's end starts a sentence; short non-words are acronyms; a month next to a number
        ("SAN SALVADOR, 4 APR 90 (DPA) -- [TEXT] THE FMLN SAID A BOMB EXPLODED IN LIMA ON 2 MARCH.",
         "San Salvador, 4 Apr 90 (DPA) -- [text] The FMLN said a bomb exploded in Lima on 2 March."),
        # a town that is also an English noun only when large; an adjective or a modal never
        ("THEY MAY MARCH TO THE CENTRAL CAPITAL.", "They may march to the central capital."),
        # a demonym and a country; "I"
        ("I SAW SALVADORAN TROOPS IN PERU.", "I saw Salvadoran troops in Peru."),
        # an ordinal's ending is no acronym; a word after a number is a word ("DPA" stays an acronym)
        ("THE 1ST ARMY TROOPS AND DPA SAW 3 TROOPS.", "The 1st army troops and DPA saw 3 troops."),
        # a country named by a word; a three-letter word that abbreviates one is the word
        ("CAR BOMBS EXPLODED IN CHAD AND TURKEY.", "Car bombs exploded in Chad and Turkey."),
        ("THEY USED A CAR BOMB IN CHAD.", "They used a car bomb in Chad."),
    ],
)  # fmt: skip
def test_recase(text: str, recased: str) -> None:
    assert recase(text, _WORDS) == recased


def test_recasing_keeps_every_offset() -> None:
    text = "GUERRILLAS KILLED TWO PEASANTS IN İZMIR AND STRASSE."  # "İ" lowers to two characters
    out = recase(text, _WORDS)
    assert len(out) == len(text) and "İzmir" in out

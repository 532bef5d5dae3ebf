"""The phrase questions of the syntax layer (``syntax.phrases``) on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventx import syntax

VOCAB = spacy.blank("en").vocab


def parse(words, heads, deps, pos, tags=None, lemmas=None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


@pytest.fixture(scope="module")
def bodies():
    # No bodies of two Kurdish fighters were found in the war
    return parse(
        ["No", "bodies", "of", "two", "Kurdish", "fighters", "were", "found", "in", "the", "war"],
        [1, 7, 1, 5, 5, 2, 7, 7, 7, 10, 8],
        ["det", "nsubjpass", "prep", "nummod", "amod", "pobj", "auxpass", "ROOT", "prep", "det", "pobj"],
        ["DET", "NOUN", "ADP", "NUM", "ADJ", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"],
        ["DT", "NNS", "IN", "CD", "JJ", "NNS", "VBD", "VBN", "IN", "DT", "NN"],
        ["no", "body", "of", "two", "kurdish", "fighter", "be", "find", "in", "the", "war"],
    )


@pytest.fixture(scope="module")
def perfect():
    # The war has killed thousands , bringing the total to 120
    return parse(
        ["The", "war", "has", "killed", "thousands", ",", "bringing", "the", "total", "to", "120"],
        [1, 3, 3, 3, 3, 3, 3, 8, 6, 6, 9],
        ["det", "nsubj", "aux", "ROOT", "dobj", "punct", "advcl", "det", "dobj", "prep", "pobj"],
        ["DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "ADP", "NUM"],
        ["DT", "NN", "VBZ", "VBN", "NNS", ",", "VBG", "DT", "NN", "IN", "CD"],
        ["the", "war", "have", "kill", "thousand", ",", "bring", "the", "total", "to", "120"],
    )


def test_left_dependents(bodies):
    fighters = bodies[5]
    assert [t.text for t in syntax.left_dependents(fighters, "number", "adjective")] == ["two", "Kurdish"]
    assert syntax.left_dependents(fighters, "determiner") == []
    assert syntax.left_dependents(bodies[1], "preposition") == []  # "of" is a right child


def test_modified_by(bodies, perfect):
    assert syntax.modified_by(bodies[1], {"no"}, "determiner")
    assert not syntax.modified_by(bodies[1], {"no"}, "adjective")  # the right word, another relation
    assert not syntax.modified_by(perfect[8], {"no"}, "determiner")  # "the total"


def test_modifies_noun(bodies):
    assert syntax.modifies_noun(bodies[4])  # "Kurdish" fighters
    assert not syntax.modifies_noun(bodies[3])  # "two" is a number
    assert not syntax.modifies_noun(bodies[0])


def test_has_number(bodies):
    assert syntax.has_number(bodies[5])  # two fighters
    assert not syntax.has_number(bodies[1])


def test_is_perfect(perfect, bodies):
    assert syntax.is_perfect(perfect[3])  # has killed
    assert not syntax.is_perfect(bodies[7])  # were found: a passive auxiliary, no "have"
    assert not syntax.is_perfect(perfect[6])


def test_own_clauses(perfect, bodies):
    assert [t.text for t in syntax.own_clauses(perfect[3])] == ["bringing"]
    assert syntax.own_clauses(bodies[7]) == []


def test_of_head(bodies):
    assert syntax.of_head(bodies[5]).text == "bodies"  # bodies of fighters
    assert syntax.of_head(bodies[10]) is None  # "in the war": another preposition
    assert syntax.of_head(bodies[1]) is None  # not a prepositional object


def test_climb(bodies):
    fighters = bodies[5]
    assert syntax.climb(fighters.head, "preposition", "prep_object", "conjunct").text == "bodies"
    assert syntax.climb(bodies[10], "preposition", "prep_object").text == "found"
    assert syntax.climb(bodies[1], "preposition", "prep_object") == bodies[1]  # a subject: stays
    root = bodies[7]
    assert syntax.climb(root, "root") == root  # stops at the root


def test_possessive_pronoun_form():
    # his body
    doc = parse(["his", "body"], [1, 1], ["poss", "ROOT"], ["PRON", "NOUN"], ["PRP$", "NN"])
    assert syntax.form(doc[0], "possessive_pronoun")
    assert not syntax.form(doc[1], "possessive_pronoun")


def test_placed_near_reads_a_word_of_nearness_above_or_before_the_preposition():
    near = {"near", "far", "close"}
    # wounded people not far from protests ("far" hung on the verb, "from" too)
    far = parse(
        ["wounded", "people", "not", "far", "from", "protests"],
        [0, 0, 3, 0, 0, 4],
        ["ROOT", "dobj", "neg", "advmod", "prep", "pobj"],
        ["VERB", "NOUN", "PART", "ADV", "ADP", "NOUN"],
    )
    # wounded people near protests / wounded people during protests
    under = parse(
        ["wounded", "people", "near", "protests"],
        [0, 0, 0, 2],
        ["ROOT", "dobj", "prep", "pobj"],
        ["VERB", "NOUN", "ADP", "NOUN"],
    )
    during = parse(
        ["wounded", "people", "during", "protests"],
        [0, 0, 0, 2],
        ["ROOT", "dobj", "prep", "pobj"],
        ["VERB", "NOUN", "ADP", "NOUN"],
    )
    assert syntax.placed_near(far[5], near)
    assert syntax.placed_near(under[3], near)
    assert not syntax.placed_near(during[3], near)
    assert not syntax.placed_near(far[1], near)  # the people are no landmark


def test_placed_near_takes_no_verb_for_a_word_of_nearness():
    # moved to close the protest camp: "close" is a verb here, no landmark
    doc = parse(
        ["moved", "to", "close", "the", "protest", "camp"],
        [0, 2, 0, 5, 5, 2],
        ["ROOT", "aux", "xcomp", "det", "compound", "dobj"],
        ["VERB", "PART", "VERB", "DET", "NOUN", "NOUN"],
    )
    assert not syntax.placed_near(doc[4], {"close"})
    assert not syntax.placed_near(doc[5], {"close"})


def test_listed_in_climbs_lists_and_of_phrases():
    # seized rifles and grenades / 700 rounds of ammunition
    listed = parse(
        ["seized", "rifles", "and", "grenades"],
        [0, 0, 1, 1],
        ["ROOT", "dobj", "cc", "conj"],
        ["VERB", "NOUN", "CCONJ", "NOUN"],
    )
    rounds = parse(
        ["seized", "700", "rounds", "of", "ammunition"],
        [0, 2, 0, 2, 3],
        ["ROOT", "nummod", "dobj", "prep", "pobj"],
        ["VERB", "NUM", "NOUN", "ADP", "NOUN"],
    )
    assert syntax.listed_in(listed[3]).text == "rifles"
    assert syntax.listed_in(rounds[4]).text == "rounds"
    assert syntax.listed_in(listed[1]).text == "rifles"  # the head of the list itself

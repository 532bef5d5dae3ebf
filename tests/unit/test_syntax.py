"""The syntax layer on hand-built parses (no statistical model involved)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventx import syntax

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, like_num), no model


def parse(words, heads, deps, pos, tags=None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


@pytest.fixture(scope="module")
def passive():
    # The town was shelled by the army
    return parse(
        ["The", "town", "was", "shelled", "by", "the", "army"],
        [1, 3, 3, 3, 3, 6, 4],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"],
    )


@pytest.fixture(scope="module")
def active():
    # Rebels attacked a convoy in Idlib
    return parse(
        ["Rebels", "attacked", "a", "convoy", "in", "Idlib"],
        [1, 1, 3, 1, 1, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
        ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
    )


@pytest.fixture(scope="module")
def hedged():
    # Soldiers may have killed rebels and civilians
    return parse(
        ["Soldiers", "may", "have", "killed", "rebels", "and", "civilians"],
        [3, 3, 3, 3, 3, 4, 4],
        ["nsubj", "aux", "aux", "ROOT", "dobj", "cc", "conj"],
        ["NOUN", "AUX", "AUX", "VERB", "NOUN", "CCONJ", "NOUN"],
        ["NNS", "MD", "VB", "VBN", "NNS", "CC", "NNS"],
    )


def test_passive_voice_names_patient_and_agent(passive, active):
    shelled = passive[3]
    assert syntax.is_passive(shelled)
    assert syntax.agent_of(shelled).text == "army"
    assert syntax.subject_of(shelled) is None  # a passive subject is no doer
    assert [t.text for t in syntax.patients_of(shelled)] == ["town"]
    attacked = active[1]  # the active twin
    assert not syntax.is_passive(attacked)
    assert syntax.agent_of(attacked) is None
    assert syntax.subject_of(attacked).text == "Rebels"
    assert syntax.object_of(attacked).text == "convoy"
    assert [t.text for t in syntax.patients_of(attacked)] == ["convoy"]


def test_prepositional_phrases(active):
    attacked, idlib = active[1], active[5]
    assert [t.text for t in syntax.prep_objects(attacked)] == ["Idlib"]
    assert [t.text for t in syntax.prep_objects(attacked, ["in"])] == ["Idlib"]
    assert syntax.prep_objects(attacked, ["with"]) == []
    assert syntax.preposition_of(idlib) == "in"
    assert syntax.preposition_of(active[3]) is None


def test_hedges_negation_and_coordination(hedged, active):
    killed = hedged[3]
    assert syntax.hedged(killed)
    assert not syntax.hedged(active[1])
    assert not syntax.negated(killed)
    civilians = hedged[6]
    assert [t.text for t in syntax.conjuncts(hedged[4])] == ["civilians"]
    assert syntax.first_conjunct(civilians).text == "rebels"
    assert syntax.form(killed, "past_participle") and not syntax.form(killed, "gerund")


def test_negation():
    # Police did not fire
    doc = parse(["Police", "did", "not", "fire"], [3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT"],
                ["NOUN", "AUX", "PART", "VERB"])
    assert syntax.negated(doc[3])
    assert not syntax.negated(doc[0])


def test_clause_and_governing_verb(active):
    idlib, attacked = active[5], active[1]
    assert syntax.governing_verb(idlib) == attacked
    assert syntax.clause_of(idlib) == attacked
    assert syntax.clause_of(attacked) == attacked
    assert syntax.governing_verb(attacked) is None


def test_vocabulary_names_are_checked(active):
    assert syntax.attached_as(active[3], "patient") and syntax.attached_as(active[3], "object")
    assert not syntax.attached_as(active[3], "subject")
    assert syntax.word_class(active[5], "proper_noun", "noun")
    assert syntax.relation(active[0]) == "subject"
    with pytest.raises(KeyError, match="unknown grammatical name"):
        syntax.attached_as(active[0], "subjekt")


def test_first_conjunct_stops_at_a_token_that_is_its_own_head():
    # a hand-built tree whose root is (wrongly) labelled as a conjunct must not loop
    doc = parse(["Rebels", "and", "soldiers"], [0, 0, 0], ["conj", "cc", "conj"], ["NOUN", "CCONJ", "NOUN"])
    assert syntax.first_conjunct(doc[0]) == doc[0]
    assert syntax.first_conjunct(doc[2]) == doc[0]


def test_verb_of_subject_phrase_finds_the_verb_whose_subject_holds_a_word(active):
    # A spokesman in Kabul said
    said = parse(
        ["A", "spokesman", "in", "Kabul", "said"],
        [1, 4, 1, 2, 4],
        ["det", "nsubj", "prep", "pobj", "ROOT"],
        ["DET", "NOUN", "ADP", "PROPN", "VERB"],
    )
    assert syntax.verb_of_subject_phrase(said[3]).text == "said"
    assert syntax.verb_of_subject_phrase(active[5]) is None  # "in Idlib" hangs off the verb itself
    # a verbless headline ends at its root: "Clashes in Idlib"
    headline = parse(
        ["Clashes", "in", "Idlib"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "PROPN"]
    )
    assert syntax.verb_of_subject_phrase(headline[2]) is None

"""The role builder's syntax questions (``eventx.syntax.clauses``) on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventx import syntax

VOCAB = spacy.blank("en").vocab


def parse(words, heads, deps, pos, tags=None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


@pytest.fixture(scope="module")
def relative():
    # Police found writings praising a gunman who carried out an attack
    return parse(
        ["Police", "found", "writings", "praising", "a", "gunman", "who", "carried", "out", "an", "attack"],
        [1, 1, 1, 2, 5, 3, 7, 5, 7, 10, 7],
        ["nsubj", "ROOT", "dobj", "acl", "det", "dobj", "nsubj", "relcl", "prt", "det", "dobj"],
        ["PROPN", "VERB", "NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "ADP", "DET", "NOUN"],
    )


@pytest.fixture(scope="module")
def passive():
    # The attack was carried out by gunmen
    return parse(
        ["The", "attack", "was", "carried", "out", "by", "gunmen"],
        [1, 3, 3, 3, 3, 3, 5],
        ["det", "nsubjpass", "auxpass", "ROOT", "prt", "agent", "pobj"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "ADP", "NOUN"],
    )


@pytest.fixture(scope="module")
def clash():
    # LNA and GNA forces clashed in Tripoli
    return parse(
        ["LNA", "and", "GNA", "forces", "clashed", "in", "Tripoli"],
        [3, 0, 0, 4, 4, 4, 5],
        ["compound", "cc", "conj", "nsubj", "ROOT", "prep", "pobj"],
        ["PROPN", "CCONJ", "PROPN", "NOUN", "VERB", "ADP", "PROPN"],
    )


def test_governing_chain_stops_at_a_relative_clause_with_its_own_subject(relative):
    attack = relative[10]
    assert [t.text for t in syntax.governing_chain(attack)] == ["attack", "carried"]


def test_governing_chain_climbs_up_to_depth(relative):
    gunman = relative[5]
    assert [t.text for t in syntax.governing_chain(gunman)] == ["gunman", "praising", "writings", "found"]
    assert [t.text for t in syntax.governing_chain(gunman, 1)] == ["gunman", "praising"]


def test_is_clause_of(relative):
    assert syntax.is_clause_of(relative[7], relative[5])  # "gunman [who carried out]"
    assert syntax.is_clause_of(relative[3], relative[2])  # "writings [praising]"
    assert not syntax.is_clause_of(relative[3], relative[1])  # not a clause of "found"
    assert not syntax.is_clause_of(relative[10], relative[7])  # an object, not a clause


def test_joined_to_climbs_conjuncts_and_modifiers(clash):
    assert syntax.joined_to(clash[2]).text == "forces"  # "GNA" -> "LNA" -> "forces"
    assert syntax.joined_to(clash[0]).text == "forces"


def test_joined_to_stays_on_a_plain_word(clash):
    assert syntax.joined_to(clash[3]).text == "forces"
    assert syntax.joined_to(clash[6]).text == "Tripoli"


def test_has_passive_auxiliary(passive, relative):
    assert syntax.has_passive_auxiliary(passive[3])
    assert not syntax.has_passive_auxiliary(relative[7])


def test_is_doer(passive, relative):
    assert syntax.is_doer(passive[6])  # "by [gunmen]"
    assert syntax.is_doer(relative[0])  # "[Police] found"
    assert not syntax.is_doer(passive[1])  # a passive subject is done to
    assert not syntax.is_doer(relative[10])  # an object


def test_participle_clauses_share_the_subject_of_the_verb_they_hang_on() -> None:
    # Rebels raided a village , stealing goods and kidnapping men , as police arrived
    doc = parse(
        ["Rebels", "raided", "a", "village", ",", "stealing", "goods", "and", "kidnapping", "men", ",", "as",
         "police", "arrived"],
        [1, 1, 3, 1, 1, 1, 5, 5, 5, 8, 1, 13, 13, 1],
        ["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "dobj", "cc", "conj", "dobj", "punct", "mark",
         "nsubj", "advcl"],
        ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT", "SCONJ",
         "NOUN", "VERB"],
        ["NNS", "VBD", "DT", "NN", ",", "VBG", "NNS", "CC", "VBG", "NNS", ",", "IN", "NNS", "VBD"],
    )  # fmt: skip
    assert [t.text for t in syntax.participle_clauses(doc[1])] == ["stealing", "kidnapping"]
    assert syntax.participle_clauses(doc[13]) == []  # "arrived" has no participle clause under it

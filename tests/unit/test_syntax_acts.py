"""``eventx.syntax.acts`` on hand-built parses (no statistical model involved)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventx import syntax

VOCAB = spacy.blank("en").vocab


def parse(words, heads, deps, pos=None, tags=None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_doers_are_subjects_and_passive_agents():
    active = parse(["Rebels", "attacked", "the", "convoy"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"])
    passive = parse(
        ["The", "convoy", "was", "attacked", "by", "rebels"],
        [1, 3, 3, 3, 3, 4],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
    )
    assert texts(syntax.doers(active[1])) == ["Rebels"]
    assert texts(syntax.doers(passive[3])) == ["rebels"]  # the "by" agent, not the passive subject
    assert syntax.doers(active[3]) == []


def test_shared_doers_reach_the_subject_of_the_verb_a_conjunct_is_joined_to():
    # Forces killed or injured militants / Forces killed militants and police injured others
    shared = parse(
        ["Forces", "killed", "or", "injured", "militants"],
        [1, 1, 1, 1, 3],
        ["nsubj", "ROOT", "cc", "conj", "dobj"],
    )
    own = parse(
        ["Forces", "killed", "militants", "and", "police", "injured", "others"],
        [1, 1, 1, 1, 5, 1, 5],
        ["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"],
    )
    assert syntax.doers(shared[3]) == []
    assert texts(syntax.shared_doers(shared[3])) == ["Forces"]
    assert texts(syntax.shared_doers(own[5])) == ["police"]  # its own subject, not the first verb's
    assert syntax.shared_doers(shared[4]) == []


def test_has_adverb():
    # Police accidentally killed a man
    doc = parse(
        ["Police", "accidentally", "killed", "a", "man"],
        [2, 2, 2, 4, 2],
        ["nsubj", "advmod", "ROOT", "det", "dobj"],
    )
    killed = doc[2]
    assert syntax.has_adverb(killed, {"accidentally"})
    assert not syntax.has_adverb(killed, {"deliberately"})
    assert not syntax.has_adverb(doc[4], {"accidentally"})  # not an adverb of "man"


def test_has_adjective():
    # a planned attack
    doc = parse(["a", "planned", "attack"], [2, 2, 2], ["det", "amod", "ROOT"])
    attack = doc[2]
    assert syntax.has_adjective(attack, {"planned", "coming"})
    assert not syntax.has_adjective(attack, {"coming"})
    assert not syntax.has_adjective(attack, {"a"})  # a determiner is no adjective


def test_has_particle():
    # They shot down a drone / They shot down the road
    phrasal = parse(
        ["They", "shot", "down", "a", "drone"], [1, 1, 1, 4, 1], ["nsubj", "ROOT", "prt", "det", "dobj"]
    )
    along = parse(
        ["They", "shot", "down", "the", "road"], [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"]
    )
    assert syntax.has_particle(phrasal[1], "down")
    assert not syntax.has_particle(phrasal[1], "up")
    assert not syntax.has_particle(along[1], "down")  # "down the road" is a preposition


def test_marked_by():
    # Police investigate whether a bomb was involved
    doc = parse(
        ["Police", "investigate", "whether", "a", "bomb", "was", "involved"],
        [1, 1, 6, 4, 6, 6, 1],
        ["nsubj", "ROOT", "mark", "det", "nsubjpass", "auxpass", "ccomp"],
    )
    involved = doc[6]
    assert syntax.marked_by(involved, "whether")
    assert not syntax.marked_by(involved, "if")
    assert not syntax.marked_by(doc[1], "whether")  # the marker belongs to the clause below


def test_compound_of_noun():
    riot_police = parse(["riot", "police"], [1, 1], ["compound", "ROOT"], ["NOUN", "NOUN"])
    riot_act = parse(["Riot", "Act"], [1, 1], ["compound", "ROOT"], ["NOUN", "PROPN"])
    violent_riot = parse(["violent", "riot"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"])
    assert syntax.compound_of_noun(riot_police[0])
    assert not syntax.compound_of_noun(riot_act[0])  # the head is a name
    assert not syntax.compound_of_noun(violent_riot[0])  # an adjective, no compound
    assert not syntax.compound_of_noun(riot_police[1])


def test_clause_verb():
    # Rebels attacked a convoy in Idlib / Clashes in Idlib
    doc = parse(
        ["Rebels", "attacked", "a", "convoy", "in", "Idlib"],
        [1, 1, 3, 1, 1, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
        ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
    )
    verbless = parse(
        ["Clashes", "in", "Idlib"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "PROPN"]
    )
    assert syntax.clause_verb(doc[5]) == doc[1]
    assert syntax.clause_verb(doc[1]) == doc[1]
    assert syntax.clause_verb(verbless[2]) is None  # no sentence-root fallback


def test_phrase_top():
    # Men attacked the shop with a petrol bomb
    doc = parse(
        ["Men", "attacked", "the", "shop", "with", "a", "petrol", "bomb"],
        [1, 1, 3, 1, 1, 7, 7, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "det", "compound", "pobj"],
    )
    assert syntax.phrase_top(doc[7]) == doc[1]  # bomb <- with <- attacked
    assert syntax.phrase_top(doc[6]) == doc[1]
    assert syntax.phrase_top(doc[3]) == doc[3]  # an object hangs in the clause itself
    # They threw stones and petrol bombs
    thrown = parse(
        ["They", "threw", "stones", "and", "petrol", "bombs"],
        [1, 1, 1, 2, 5, 2],
        ["nsubj", "ROOT", "dobj", "cc", "compound", "conj"],
    )
    assert syntax.phrase_top(thrown[4]) == thrown[2]  # petrol <- bombs <- stones

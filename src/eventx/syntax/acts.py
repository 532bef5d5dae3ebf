"""Questions the trigger rules ask of an act's parse: who did it (``doers``, ``doers_with_antecedent``,
``shared_doers``),
what carries a word into its clause (``phrase_top``), the verb a clause hangs on (``clause_verb``), and
the small words an act carries (``has_adverb``, ``has_adjective``, ``has_particle``, ``marked_by``).

Built only on ``syntax.labels``; word lists are passed in by the rules (they live in the resources), so
these functions know grammar, not the domain's vocabulary.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .labels import attached_as, dependents, word_class
from .phrases import climb, modified_by
from .questions import first_conjunct


def doers(verb: Token) -> list[Token]:
    """Who did it: the active subjects of ``verb`` and the objects of its passive "by" agents, subjects
    first ("[rebels] attacked", "was attacked by [rebels]"); every one, unlike ``subject_of``/``agent_of``."""
    found = dependents(verb, "subject")
    return found + [g for by in dependents(verb, "agent") for g in dependents(by, "prep_object")]


def shared_doers(verb: Token) -> list[Token]:
    """``doers``, and for a verb with none of its own joined to another, the doers of the verb it is
    joined to: coordinated verbs share their subject ("[Turkish forces] killed or [injured] two
    militants")."""
    found = doers(verb)
    if not found and attached_as(verb, "conjunct") and not dependents(verb, "any_subject"):
        found = doers(first_conjunct(verb))
    return found


def doers_with_antecedent(verb: Token) -> list[Token]:
    """``doers``, and for a relative clause the noun it modifies, which its relative pronoun stands for
    ("Boko Haram fighters, [who] mounted a roadblock": the fighters)."""
    found = doers(verb)
    if attached_as(verb, "relative_clause") and any(word_class(t, "pronoun") for t in found):
        found = [*found, verb.head]
    return found


def doers_of_purpose(verb: Token) -> list[Token]:
    """``doers``, and for an infinitive of purpose with none ("fired in the air [to disperse] the crowd"),
    the doers of the verb it serves."""
    found = doers(verb)
    if not found and is_infinitive(verb) and attached_as(verb, "adverbial_clause"):
        found = doers(verb.head)
    return found


def has_adverb(tok: Token, words: Collection[str]) -> bool:
    """Does ``tok`` carry an adverb whose lower-case form is in ``words`` ("[accidentally] killed")?"""
    return modified_by(tok, words, "adverb")


def has_adjective(tok: Token, words: Collection[str]) -> bool:
    """Does ``tok`` carry an adjective whose lower-case form is in ``words`` ("a [planned] attack")?"""
    return modified_by(tok, words, "adjective")


def has_particle(verb: Token, word: str) -> bool:
    """Is ``verb`` the phrasal verb with the particle ``word`` (lower case): "shot [down] a drone"?"""
    return any(c.lower_ == word for c in dependents(verb, "particle"))


def marked_by(verb: Token, word: str) -> bool:
    """Is the clause of ``verb`` introduced by the marker ``word`` (lower case): "[whether] a car bomb was
    involved"?"""
    return any(c.lower_ == word for c in dependents(verb, "marker"))


def is_infinitive(verb: Token) -> bool:
    """Is ``verb`` a "to" infinitive ("reached a deal [to end] the fighting")?"""
    return word_class(verb, "verb") and any(c.lower_ == "to" for c in dependents(verb, "auxiliary"))


def compound_of_noun(tok: Token) -> bool:
    """Is ``tok`` the first part of a compound whose head is a common noun ("[riot] police", "the car
    [bomb] attack")?"""
    return attached_as(tok, "compound") and word_class(tok.head, "noun")


def clause_verb(tok: Token) -> Token | None:
    """``tok`` itself when it is a verb or an auxiliary, else the nearest one above it, else None (unlike
    ``clause_of``, which falls back on the sentence root)."""
    return next((t for t in [tok, *tok.ancestors] if word_class(t, "any_verb")), None)


def phrase_top(tok: Token) -> Token:
    """The word by which ``tok``'s phrase hangs in its clause: climbs from ``tok`` through prepositional
    objects, prepositions, conjuncts and compound parts ("threw stones and petrol [bombs]" -> "stones";
    "attacked the shop with a petrol [bomb]" -> "attacked"), stopping at the sentence root."""
    return climb(tok, "prep_object", "preposition", "conjunct", "compound")

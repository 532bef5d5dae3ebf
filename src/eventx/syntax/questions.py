"""Questions rules ask of the parse, in the domain's words: who did it, to whom, is it passive, negated.

Built only on ``syntax.labels``; each function states the convention it follows. ``Doc``s for tests can be
built by hand (``Doc(vocab, words=..., heads=..., deps=..., pos=...)``), so these do not depend on the
statistical parse.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .labels import attached_as, dependents, first_dependent, form, word_class

#: auxiliaries that make a statement a possibility, not a report ("may have killed")
HEDGING_MODALS = frozenset({"may", "might", "could"})


def subject_of(verb: Token) -> Token | None:
    """The active subject of ``verb`` ("[rebels] attacked"), or None (a passive subject is not one)."""
    return first_dependent(verb, "subject")


def subjects_of(verb: Token) -> list[Token]:
    """Every active subject of ``verb`` (nsubj children; conjuncts of a subject are not included)."""
    return dependents(verb, "subject")


def object_of(verb: Token) -> Token | None:
    """The direct object of ``verb`` ("attacked [a convoy]"), or None."""
    return first_dependent(verb, "object")


def patients_of(verb: Token) -> list[Token]:
    """What ``verb``'s act is done to: its direct objects and passive subjects, in sentence order
    ("shelled [the town]", "[the town] was shelled")."""
    return dependents(verb, "patient")


def is_patient(tok: Token) -> bool:
    """Is ``tok`` what its head's act is done to (direct object or passive subject)?"""
    return attached_as(tok, "patient")


def agent_of(verb: Token) -> Token | None:
    """The doer named in a passive "by" phrase ("was shelled by [the army]"), or None."""
    for by in dependents(verb, "agent"):
        obj = first_dependent(by, "prep_object")
        if obj is not None:
            return obj
    return None


def is_passive(verb: Token) -> bool:
    """Is ``verb`` in the passive voice (a passive auxiliary or a passive subject)?"""
    return bool(dependents(verb, "passive_auxiliary", "passive_subject"))


def negated(tok: Token) -> bool:
    """Does ``tok`` carry a negation ("did [not] attack", "[no] casualties" is not a negation here)?"""
    return bool(dependents(tok, "negation"))


def hedged(verb: Token) -> bool:
    """Is ``verb`` said only as a possibility by a modal auxiliary ("may have been killed")?"""
    return any(a.lower_ in HEDGING_MODALS for a in dependents(verb, "auxiliary"))


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """The tokens coordinated with ``tok`` ("rebels and [soldiers]"), not including itself."""
    return tok.conjuncts


def first_conjunct(tok: Token) -> Token:
    """The head of a coordination ``tok`` is part of: climbs conjunct links up to the first one."""
    while attached_as(tok, "conjunct") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def prepositions(tok: Token, words: Iterable[str] | None = None) -> list[Token]:
    """The prepositions attached to ``tok``, optionally only those whose lower-case form is in ``words``."""
    preps = dependents(tok, "preposition")
    if words is None:
        return preps
    allowed = set(words)
    return [p for p in preps if p.lower_ in allowed]


def prep_objects(tok: Token, words: Iterable[str] | None = None) -> list[Token]:
    """The objects of ``tok``'s prepositions ("attacked [with] [grenades]" -> grenades), optionally only
    of the prepositions in ``words``."""
    return [o for p in prepositions(tok, words) for o in dependents(p, "prep_object")]


def preposition_of(tok: Token) -> str | None:
    """The lower-case preposition ``tok`` is the object of ("in [Idlib]" -> "in"), or None."""
    return tok.head.lower_ if attached_as(tok, "prep_object") else None


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` in the tree (the verb whose clause holds a noun), or None."""
    for anc in tok.ancestors:
        if word_class(anc, "verb"):
            return anc
    return None


def verb_of_subject_phrase(tok: Token) -> Token | None:
    """The verb whose active subject phrase holds ``tok`` ("a spokesman at its headquarters in
    [Potsdam] said": "said"), or None when a verb stands between them or ``tok`` is in no subject."""
    cur = tok
    while not attached_as(cur, "subject"):
        if cur.head.i == cur.i or word_class(cur.head, "any_verb"):
            return None
        cur = cur.head
    return cur.head


def clause_of(tok: Token) -> Token:
    """The head of the clause ``tok`` belongs to: itself when it is a verb or auxiliary, else the nearest
    verb or auxiliary above it, else the sentence root."""
    if word_class(tok, "any_verb"):
        return tok
    for anc in tok.ancestors:
        if word_class(anc, "any_verb"):
            return anc
    return tok.sent.root


def is_participle_modifier(tok: Token) -> bool:
    """A verb form used as an adjective before a noun ("[striking] miners", "a [wounded] man")."""
    return attached_as(tok, "adjective") and (form(tok, "participle") or form(tok, "adjective"))

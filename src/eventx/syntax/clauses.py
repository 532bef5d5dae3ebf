"""Questions the role rules ask of the parse: the words governing a trigger, the clause a verb makes of
a noun, the phrase a conjunct stands for, who acts in a clause.

Built only on ``syntax.labels`` and ``syntax.questions``; pure grammar, no English words.
"""

from __future__ import annotations

from spacy.tokens import Token

from .labels import attached_as, dependents, form
from .questions import first_conjunct


def governing_chain(tok: Token, depth: int = 5) -> list[Token]:
    """The token and the words governing it, up to ``depth`` of them; a relative clause with its own
    active subject ends it ("police found writings praising a gunman who carried out an attack": the
    attack is not the police's)."""
    out = [tok]
    for anc in list(tok.ancestors)[:depth]:
        prev = out[-1]
        if attached_as(prev, "relative_clause") and dependents(prev, "subject"):
            break
        out.append(anc)
    return out


def is_clause_of(verb: Token, noun: Token) -> bool:
    """Is ``verb`` a clause hanging from ``noun`` ("a clash [ensued] between X and Y", "a drone [operated]
    by GNA"): a relative clause or a clausal modifier of it?"""
    return verb.head.i == noun.i and attached_as(verb, "noun_clause")


def joined_to(tok: Token) -> Token:
    """The phrase a conjunct is joined to: climbs conjunct links to the first one ("rebels and
    [soldiers]" -> rebels) like ``first_conjunct``, and a modifier stands for its noun ("[LNA] and GNA
    forces" -> forces)."""
    tok = first_conjunct(tok)
    return tok.head if attached_as(tok, "modifier") else tok


def has_passive_auxiliary(verb: Token) -> bool:
    """Does ``verb`` carry a passive auxiliary ("was [carried] out", "to have been [beaten]"), whatever its
    subject? (``is_passive`` also counts a passive subject.)"""
    return bool(dependents(verb, "passive_auxiliary"))


def is_doer(tok: Token) -> bool:
    """Is ``tok`` the one doing something: the active subject of its verb, or the object of a passive's
    "by" agent ("[gunmen] attacked", "attacked by [gunmen]"), not "the police who" or "a post of the army"?"""
    return attached_as(tok, "subject") or (attached_as(tok, "prep_object") and attached_as(tok.head, "agent"))


def participle_clauses(verb: Token) -> list[Token]:
    """The present-participle clauses under ``verb`` that have no subject of their own, with the verbs
    joined to them ("raided the village, [stealing] goods and [kidnapping] six men"): their doer is the
    subject of ``verb``."""
    out: list[Token] = []
    for clause in dependents(verb, "adverbial_clause"):
        if form(clause, "gerund") and not dependents(clause, "any_subject", "passive_auxiliary"):
            out.extend(v for v in (clause, *clause.conjuncts) if not dependents(v, "any_subject"))
    return out

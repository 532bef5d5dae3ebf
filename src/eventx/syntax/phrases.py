"""Questions about phrases: what modifies a noun, what a phrase is "of", how far a word hangs from its verb.

Built only on ``syntax.labels``, like ``questions``; used by the casualty, actor, seizure and place rules.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from .labels import attached_as, dependents, form, word_class

#: the clauses that hang from a verb and say something of their own ("killed four soldiers, [bringing
#: the total to 120]"): adverbial, conjoined, complement, paratactic and relative clauses
_OWN_CLAUSES = ("adverbial_clause", "conjunct", "clausal_complement", "parataxis", "relative_clause")


def left_dependents(tok: Token, *relations: str) -> list[Token]:
    """The children written before ``tok`` attached by one of the named relations, in sentence order (the
    modifiers in front of a noun: "[armed] men", "[gang] members")."""
    return [t for t in tok.lefts if attached_as(t, *relations)]


def modified_by(tok: Token, words: Container[str], *relations: str) -> bool:
    """Does ``tok`` have a child attached by one of the named relations whose lower-case form is in
    ``words`` ("[no] casualties": a determiner "no"; "[fatally] shot": an adverb "fatally")?"""
    return any(c.lower_ in words for c in dependents(tok, *relations))


def modifies_noun(tok: Token) -> bool:
    """Is ``tok`` a word that narrows the noun it hangs from: an adjective, a compound or a noun
    modifier ("[Kurdish] fighters", "[Taliban] fighters", "the [US] dollar")?"""
    return attached_as(tok, "adjective", "compound", "noun_modifier")


def has_number(noun: Token) -> bool:
    """Does ``noun`` carry a number of its own ("[two] bodies", "[4] people")?"""
    return bool(dependents(noun, "number"))


def is_perfect(verb: Token) -> bool:
    """Is ``verb`` in a perfect tense, with an auxiliary "have" ("the war [has] killed thousands")?"""
    return any(c.lemma_ == "have" for c in dependents(verb, "auxiliary"))


def is_present_perfect(verb: Token) -> bool:
    """Is ``verb`` in the present perfect ("an explosion [has] killed two", "five people [have] been shot"),
    not the past perfect ("had killed")?"""
    return any(c.lemma_ == "have" and form(c, "present_tense") for c in dependents(verb, "auxiliary"))


def own_clauses(verb: Token) -> list[Token]:
    """The heads of the clauses hanging from ``verb`` that say something of their own: adverbial,
    conjoined, complement, paratactic and relative clauses ("killed four soldiers, [bringing] the total
    to 120")."""
    return dependents(verb, *_OWN_CLAUSES)


def of_head(tok: Token) -> Token | None:
    """The word an "of" phrase hangs from, when ``tok`` is the object of "of" ("the Mayor of [Tyr]" ->
    Mayor, "the leaders of [Russia]" -> leaders), else None."""
    if attached_as(tok, "prep_object") and tok.head.lower_ == "of":
        return tok.head.head
    return None


def climb(tok: Token, *relations: str) -> Token:
    """Follows ``tok``'s head links while it is attached by one of the named relations (stopping at the
    root): ``climb(noun.head, "preposition", "prep_object", "conjunct")`` is the verb a noun hangs from
    through prepositions and coordination ("bodies of [...] were [found]")."""
    while attached_as(tok, *relations) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def placed_near(tok: Token, words: Container[str]) -> bool:
    """Is ``tok`` named as a landmark by a word of nearness of ``words`` (lower case): one it hangs under
    ("[near] the protest"), or one standing just before its preposition, however the parser hangs it
    ("[close] to the protest", "not [far] from protests", where "far" may hang on the verb)?"""
    if any(t.lower_ in words and not word_class(t, "any_verb") for t in tok.ancestors):
        return True  # (not the verb "close": "moved to close the protest camp")
    if not attached_as(tok, "prep_object") or tok.head.i == 0:
        return False
    prep = tok.head
    before = tok.doc[prep.i - 1]
    return before.lower_ in words and before.head.i in (prep.i, prep.head.i)


def listed_in(noun: Token, depth: int = 4) -> Token:
    """The noun phrase a noun is listed in: up through coordination, apposition and "of" ("rifles and
    [grenades]", "700 rounds of [ammunition]", "the materiel: [grenades]")."""
    for _ in range(depth):
        up = of_head(noun)
        if up is None and attached_as(noun, "conjunct", "apposition") and word_class(noun.head, "any_noun"):
            up = noun.head
        if up is None:
            return noun
        noun = up
    return noun


def extent_phrases(tok: Token) -> list[Token]:
    """The nouns of ``tok``'s phrases of duration or origin, where the parser often hangs what follows
    them ("an attack [for 30 minutes] against an army position", "shelling [from its position] against
    NPA militants"): a "for" object that is a time ("30 minutes", not "for an attack on its soldiers")
    and any "from" object."""
    out = []
    for prep in dependents(tok, "preposition"):
        for obj in dependents(prep, "prep_object"):
            if prep.lower_ == "from" or (prep.lower_ == "for" and obj.ent_type_ in ("DATE", "TIME")):
                out.append(obj)
    return out

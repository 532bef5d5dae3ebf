"""Members of an armed group or gang named with a noun of members: "gang members", "members of a
kidnapping gang", "Basij members", "members of the Imbonerakure" (``member_heads`` and
``armed_member_compounds`` in actor_nouns.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from .actorlex import armed_group
from .data import actor_words
from .syntax import left_dependents, prep_objects

__all__ = ["member_holders", "of_a_gang", "of_an_armed_group"]


def member_holders(tok: Token) -> tuple[Token, ...]:
    """The words naming what a noun of members belongs to: its compounds and "of" objects ("[gang]
    members", "members of a kidnapping [gang]", "[Basij] members")."""
    return (*left_dependents(tok, "compound"), *prep_objects(tok, ["of"]))


def of_a_gang(tok: Token) -> bool:
    """ "gang members", "members of a kidnapping gang": members of a gang or cartel
    (``armed_member_compounds``)."""
    gangs = actor_words("armed_member_compounds")
    return tok.lemma_.lower() == "member" and any(
        t.lower_ in gangs or t.lemma_.lower() in gangs for t in member_holders(tok)
    )


def of_an_armed_group(tok: Token) -> bool:
    """A noun of members (``member_heads``) of a gang or a listed armed group ("Basij members", "members of
    the Imbonerakure"): fighters, not a crowd of a party's or a union's members."""
    if tok.lemma_.lower() not in actor_words("member_heads"):
        return False
    doc = tok.doc
    return of_a_gang(tok) or any(armed_group(doc[t.left_edge.i : t.i + 1].text) for t in member_holders(tok))

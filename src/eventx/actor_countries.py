"""The countries an actor's phrase names: its demonym or country modifiers ("Turkish troops",
"Sudanese and Ethiopian forces") and its "of" ("military forces of India and Pakistan").

Country names and demonyms come from the gazetteer's ``countries.csv``; "X-backed" modifiers name a
backer, not the actor's country (``backer_words`` in ``actor_nouns.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .data import actor_words
from .geo.gazetteer import get_gazetteer
from .syntax import attached_as, dependents, modifies_noun


def modifier_country(head: Token) -> str | None:
    """Country of a noun phrase from its demonym / country modifiers, skipping backers ("X-backed")."""
    backers = actor_words("backer_words")
    for t in head.lefts:
        if not (modifies_noun(t) or attached_as(t, "possessor")) or not t.text[:1].isupper():
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.text == "-" and t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ in backers:
            continue
        code = country_code_of(t.text)
        if code:
            return code
    return None


def modifier_countries(head: Token) -> list[str]:
    """Every country of a noun phrase's demonym modifiers, joined ones included: "Sudanese and Ethiopian
    forces" -> [SDN, ETH]; [] where ``modifier_country`` finds none."""
    first = modifier_country(head)
    if first is None:
        return []
    codes = [first]
    for t in head.lefts:
        if not modifies_noun(t):
            continue
        for joined in dependents(t, "conjunct"):
            code = country_code_of(joined.text) if joined.text[:1].isupper() else None
            if code and code not in codes:
                codes.append(code)
    return codes


def country_code_of(word: str) -> str | None:
    """Alpha-3 code for a demonym or a country name ("Turkish", "Turkey" -> "TUR"), else None."""
    gaz = get_gazetteer()
    code = gaz.country_of_demonym(word)
    if code is None:
        place = gaz.country_named(word)
        code = place.country_code if place else None
    return code


def of_countries(head: Token) -> list[str]:
    """Countries an actor noun belongs to by "of": "military forces of India and Pakistan" -> [IND, PAK]."""
    for prep in head.rights:
        if not attached_as(prep, "preposition") or prep.lower_ != "of":
            continue
        objs = dependents(prep, "prep_object")
        if not objs:
            return []
        joined = [objs[0], *[t for t in objs[0].subtree if attached_as(t, "conjunct")]]
        codes = [country_code_of(t.text) for t in joined if t.text[:1].isupper()]
        return [c for c in codes if c] if codes and codes[0] else []
    return []

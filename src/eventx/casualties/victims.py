"""Who the victims of a casualty statement are: their words, ACLED kind, country and armed group."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..actor_countries import country_code_of
from ..actorlex import (
    ArmedGroup,
    armed_group,
    group_in,
    identity_label,
    in_service,
    noun_entry,
    noun_forms,
)
from ..syntax import attached_as, dependents, prepositions, word_class
from .counted import of_objects
from .counts import number_of, quantity_noun
from .lexicon import casualty_words


def combatants_of(victim: str, head: Token) -> ArmedGroup | None:
    """The armed group whose fighters the victims are ("10 fighters from Hezbollah", "a cadre of
    CPI-Maoist"): only for a combatant noun, never "civilians from a village once held by Boko Haram"."""
    entry = noun_entry(*noun_forms(head))
    if entry is None or entry[0] in ("civilians", "protesters", "government", "other"):
        return armed_group(victim)
    return group_in(victim)


def victim_text(noun: Token) -> tuple[str, Token]:
    """The victim group as written ("Turkish soldiers", "fighters from Hezbollah") and its head."""
    head = noun
    if (
        noun.like_num
        or word_class(noun, "number")
        or number_of(noun)
        or quantity_noun(noun.doc, noun) is not None
    ):
        pobj = of_objects(noun)
        if pobj:
            head = pobj[0]
    victim_prepositions = casualty_words("victim_prepositions")
    in_prep = {  # "a cadre of CPI-Maoist", "fighters from Hezbollah"
        t.i for c in prepositions(head, victim_prepositions) for t in c.subtree
    }
    counting = ("determiner", "number", "quantity_modifier", "adverb")
    keep = [t for t in head.subtree if not (t.like_num or attached_as(t, *counting))]
    keep = [t for t in keep if t.i <= head.i or t.i in in_prep or attached_as(t, "modifier")]
    text = " ".join(t.text for t in keep if t.i >= head.left_edge.i and t.i <= head.right_edge.i)
    nxt = head.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.lower_ in victim_prepositions and attached_as(nxt, "preposition"):
        pobj = dependents(nxt, "prep_object")
        if pobj:  # "10 fighters from Hezbollah" where the parser hangs "from" on the verb
            text += " " + head.doc[nxt.i : pobj[0].right_edge.i + 1].text
    text = re.sub(r"^(?:(?:and|or|[-,])\s+)+", "", text.strip())  # "between 10 and 15 civilians"
    return text or head.text, head


def victim_kind(head: Token) -> str | None:
    """The ACLED kind of the victims' head noun ("soldiers" state_forces), identity militias included."""
    entry = noun_entry(*noun_forms(head))
    if entry and entry[0] in ("rebel_group", "political_militia") and identity_label(head) is not None:
        return "identity_militia"  # "two communal militiamen were killed"
    return in_service(head, entry)[0] if entry else None  # "a military engineer died"


def victim_country(head: Token) -> str | None:
    """The country a demonym or country name in the victims' phrase names ("Turkish soldiers" TUR)."""
    for t in head.subtree:
        if t.i == head.i:
            continue
        if attached_as(t, "modifier", "prep_object") and t.is_title:
            code = country_code_of(t.text)
            if code:
                return code
    return None


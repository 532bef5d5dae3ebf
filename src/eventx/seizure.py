"""What a seizure takes: weapons or goods (shared by the trigger and role rules of the event stage).

"Defused 55 IEDs", "shot down a drone" and "discovered a cache of explosives" are ACLED's Strategic
developments / Disrupted weapons use; goods seized ("5 tons of marijuana") are Looting/property
destruction. The word lists are ``seized_weapons`` and ``seized_goods`` in ``event_triggers.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actorlex import is_person_noun
from .data import trigger_words
from .syntax import attached_as, dependents, modifies_noun, patients_of, prepositions, word_class


def _naming_words(noun: Token) -> list[Token]:
    """The words that say what a noun is: itself, its compounds and modifiers, and what it is "of" ("a
    cache of explosives", "5 tons of marijuana"); not the rest of its phrase ("a bill regulating drones"),
    and not what people are "of" ("leaders of drug trafficking" are people)."""
    out = [noun, *(c for c in noun.children if modifies_noun(c))]
    if is_person_noun(noun.lower_, noun.lemma_.lower()):
        return out
    for prep in prepositions(noun, ("of",)):
        for pobj in dependents(prep, "prep_object"):
            out += [pobj, *dependents(pobj, "modifier", "conjunct")]
    return out


def seized(tok: Token) -> str | None:
    """What a seizure verb takes, when it is weapons ("weapons"), goods ("goods") or property seized
    ("property"): "defused 55 IEDs", "seized about 5 tons of marijuana", "a drone was shot down",
    "seized land belonging to farmers"; None for anything else."""
    objects = patients_of(tok)
    if not objects:  # "discovered and defused an explosive device": the joined verb's object
        objects = [c for v in tok.conjuncts for c in patients_of(v)]
    finding = tok.lemma_.lower() in trigger_words("seizure_finding_verbs")  # "a bomb found in Hamburg"
    if attached_as(tok, "noun_clause") and word_class(tok.head, "noun") and not finding:
        objects.append(tok.head)  # "the drone shot down over Marib"
    named = [t for o in objects for t in _naming_words(o)]
    words = {t.lemma_.lower() for t in named} | {t.lower_ for t in named}  # "arms", not "an investment arm"
    if words & trigger_words("seized_weapons"):
        return "weapons"
    if words & trigger_words("seized_goods"):
        return "goods"
    looting = tok.lemma_.lower() in trigger_words("looting_seizure_verbs")
    if looting and words & trigger_words("seized_property"):
        return "property"  # "seized control of a school building", "seized land belonging to farmers"
    return None

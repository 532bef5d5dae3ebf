"""The supports decided from the trigger's own parse alone: stoning, blasting and arson
(``PARSE_CHECKS``). They test a throwing, blowing-up or burning trigger before its sentence's actors are
read (``can_stand``) and are its support (``events.support``). Word lists: ``thrown_objects``,
``aimed_preps``, ``blast_*``, ``seized_weapons``, ``fire_causes``, ``burnt_things`` and
``symbolic_objects`` in ``event_triggers.yaml``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..data import trigger_words
from .support_cues import doers


def blasting(trig: Span) -> bool:
    """Explosives used against something (see ``blasting`` in event_triggers.yaml)."""
    verb = trig[0]
    if verb.pos_ != "VERB":
        return False
    crimes = trigger_words("blast_crimes")
    things = trigger_words("blast_targets")
    weapons = trigger_words("seized_weapons")
    kids = list(verb.children)
    if verb.lemma_ == "blow":  # "blew up an ATM" (not "blew up the old cooling towers": demolition)
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in things for c in kids)
    in_crime = any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(t.lemma_.lower() in crimes for t in c.subtree)
        for c in kids
    )
    purposes = trigger_words("blast_purposes")
    for c in kids:  # "used dynamite to open the safe" (not "to open a new shaft", "to destroy a bomb")
        objects = [g.lemma_.lower() for g in c.children if g.dep_ == "dobj"]
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in purposes:
            if any(o in things for o in objects) or (
                c.lemma_.lower() in ("rob", "attack", "kill") and not any(o in weapons for o in objects)
            ):
                return True
    return in_crime


def stoning(verb: Token) -> bool:
    """Stones thrown at someone: "threw rocks at the police", "pelted the convoy with stones" (not "threw
    the ball", "threw a grenade", which other triggers read, nor "stones thrown into the river")."""
    if verb.pos_ != "VERB":
        return False
    objects = trigger_words("thrown_objects")
    aimed = trigger_words("aimed_preps")
    kids = list(verb.children)
    with_stones = [g for c in kids if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    thrown = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")] + with_stones
    if not any(t.lemma_.lower() in objects for t in thrown):
        return False
    if verb.lemma_.lower() == "pelt":
        return True  # "a mob pelted stones and clashed with the police": pelting aims at someone
    at = any(
        c.dep_ == "prep"
        and c.lower_ in aimed
        and c.lower_ != "into"
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in kids
    )  # "threw stones into the river ... on Monday" aims at no one
    pelted = bool(with_stones) and any(c.dep_ == "dobj" for c in kids)  # "pelted the convoy with stones"
    return at or pelted


def arson(verb: Token) -> bool:
    """Something set on fire by someone: the verb has an object ("set fire to the machinery", "burned
    down a church", "a school was set ablaze") and no fire or accident as its doer ("the blaze burned
    down the house", "an electrical fault set fire to the roof")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    causes = trigger_words("accident_words") | trigger_words("fire_causes")
    burnt = trigger_words("burnt_things") | trigger_words("symbolic_objects")
    by = doers(verb)
    if verb.dep_ == "acl":
        by.append(verb.head)  # "A wildfire burned down dozens of homes", parsed as a noun phrase
    if any(d.lemma_.lower() in causes for d in by):
        return False
    if any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in burnt and c.pos_ != "PRON"
        for c in verb.children
    ):
        return True
    to_things = [  # "set fire to the machinery": the object of "to" under the verb or under "fire"
        g
        for c in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() not in burnt and g.pos_ != "PRON"  # "set fire to himself"
    ]
    return bool(to_things)


#: supports decided from the trigger's own parse: used to test a trigger before its sentence's actors
#: are read (``can_stand``) and as its support
PARSE_CHECKS: dict[str, Callable[[Span], bool]] = {
    "stoning": lambda span: stoning(span.root),
    "blasting": blasting,
    "arson": lambda span: arson(span.root),
}


def can_stand(span: Span, entry: dict) -> bool:
    """False for a throwing, blowing-up or burning verb that its parse shows is no stoning, blasting or
    arson ("threw paint at the embassy", "blew up a balloon", "set fire to tyres"): it neither takes
    another trigger's place nor makes the crowd its actor."""
    check = PARSE_CHECKS.get(entry["support"])
    return check is None or check(span)

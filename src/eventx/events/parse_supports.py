"""The supports decided from the trigger's own parse alone: stoning, blasting, arson and harmful
substances thrown at someone (``PARSE_CHECKS``). They test a throwing, blowing-up or burning trigger before
its sentence's actors are read (``can_stand``) and are its support (``events.support``). Word lists:
``thrown_objects``, ``harmful_substances``, ``aimed_preps``, ``blast_*``, ``seized_weapons``,
``fire_causes``, ``burnt_things`` and ``symbolic_objects`` in ``event_triggers.yaml``."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from ..actorlex import is_person_noun, noun_entry
from ..data import trigger_words
from ..dates.cues import date_cues
from ..syntax import (
    attached_as,
    dependents,
    doers,
    modifies_noun,
    object_of,
    patients_of,
    prep_objects,
    prepositions,
    word_class,
)


def blasting(trig: Span) -> bool:
    """Explosives used against something (see ``blasting`` in event_triggers.yaml)."""
    verb = trig[0]
    if not word_class(verb, "verb"):
        return False
    crimes = trigger_words("blast_crimes")
    things = trigger_words("blast_targets")
    weapons = trigger_words("seized_weapons")
    kids = list(verb.children)
    if verb.lemma_ == "blow":  # "blew up an ATM" (not "blew up the old cooling towers": demolition)
        return any(_a_blast_target(c, things) for c in patients_of(verb))
    in_crime = any(
        any(t.lemma_.lower() in crimes for t in c.subtree)
        for c in prepositions(verb, trigger_words("crime_preps"))
    )
    purposes = trigger_words("blast_purposes")
    violent = trigger_words("violent_purposes")
    for c in kids:  # "used dynamite to open the safe" (not "to open a new shaft", "to destroy a bomb")
        objects = [g.lemma_.lower() for g in dependents(c, "object")]
        if attached_as(c, "open_complement", "adverbial_clause") and c.lemma_.lower() in purposes:
            if any(o in things for o in objects) or (
                c.lemma_.lower() in violent and not any(o in weapons for o in objects)
            ):
                return True
    return in_crime


def _a_blast_target(patient: Token, things: frozenset[str]) -> bool:
    """The patient is one of ``blast_targets``, or a pronoun after one in its sentence that heads its
    phrase and is no landmark of another nor the one reporting ("oil exports through the pipeline were
    halted by the company after it was blown up"; not "the bridge near the railway station", "near the
    bank of the Tigris", "the news agency said")."""
    if patient.lemma_.lower() in things:
        return True
    if not word_class(patient, "pronoun"):
        return False
    landmarks, reporting = trigger_words("landmark_preps"), date_cues()["report_verbs"]
    return any(
        t.lemma_.lower() in things
        and not modifies_noun(t)
        and not (attached_as(t, "prep_object") and t.head.lower_ in landmarks)
        and not (attached_as(t, "subject") and t.head.lemma_.lower() in reporting)  # "the agency said"
        for t in patient.sent
        if t.i < patient.i and word_class(t, "noun")
    )


def stoning(verb: Token) -> bool:
    """Stones thrown at someone: "threw rocks at the police", "pelted the convoy with stones" (not "threw
    the ball", "threw a grenade", which other triggers read, nor "stones thrown into the river")."""
    if not word_class(verb, "verb"):
        return False
    with_stones = [g for c in verb.children if c.lower_ == "with" for g in dependents(c, "prep_object")]
    if not _throws(verb, trigger_words("thrown_objects"), with_stones):
        return False
    if verb.lemma_.lower() == "pelt":
        return True  # "a mob pelted stones and clashed with the police": pelting aims at someone
    pelted = bool(with_stones) and object_of(verb) is not None  # "pelted the convoy with stones"
    return bool(_aimed_at(verb)) or pelted


def corrosive(verb: Token) -> bool:
    """A harmful substance thrown at a civilian (``harmful_substances``: "threw acid at a woman", "hurled
    bleach at his face"; not "threw acid into the drain", "threw disinfectant on the streets", "threw
    petrol at police officers", a riot's)."""
    if not (word_class(verb, "verb") and _throws(verb, trigger_words("harmful_substances"))):
        return False
    return any(_a_civilian_or_body(g) for g in _aimed_at(verb))


def _a_civilian_or_body(tok: Token) -> bool:
    """A person who is no member of the forces ("a woman", "her", a named person) or a body part ("his
    face")."""
    entry = noun_entry(tok.lower_, tok.lemma_.lower())
    return (
        tok.lemma_.lower() in trigger_words("body_parts")
        or (entry is not None and entry[0] == "civilians")
        or tok.ent_type_ == "PERSON"
        or (word_class(tok, "pronoun") and tok.lower_ not in ("it", "itself"))
    )


def _throws(verb: Token, things: frozenset[str], extra: Iterable[Token] = ()) -> bool:
    """One of ``things`` is what the verb throws (its object, or ``extra``: "pelted with stones")."""
    return any(t.lemma_.lower() in things for t in [*patients_of(verb), *extra])


def _aimed_at(verb: Token) -> list[Token]:
    """What the verb is aimed at: the objects of its ``aimed_preps`` but "into" that are no date ("threw
    stones into the river ... on Monday" aims at no one)."""
    aimed = trigger_words("aimed_preps")
    return [
        g
        for c in prepositions(verb)
        if c.lower_ in aimed and c.lower_ != "into"
        for g in dependents(c, "prep_object")
        if g.ent_type_ not in ("DATE", "TIME")
    ]


def arson(verb: Token) -> bool:
    """Something set on fire by someone: the verb has an object ("set fire to the machinery", "burned
    down a church", "a school was set ablaze"; not a part of the body: "burned his hand") and no fire or
    accident as its doer ("the blaze burned down the house", "an electrical fault set fire to the roof")."""
    if not word_class(verb, "any_verb"):
        return False
    causes = trigger_words("accident_words") | trigger_words("fire_causes")
    burnt = trigger_words("burnt_things") | trigger_words("symbolic_objects") | trigger_words("body_parts")
    by = doers(verb)
    if attached_as(verb, "clausal_modifier"):
        by.append(verb.head)  # "A wildfire burned down dozens of homes", parsed as a noun phrase
    if any(d.lemma_.lower() in causes for d in by):
        return False
    if _people_burnt(verb):
        return False  # "two kidnappers were burned to death": a killing, not arson
    if any(c.lemma_.lower() not in burnt and not word_class(c, "pronoun") for c in patients_of(verb)):
        return True
    to_things = [  # "set fire to the machinery": the object of "to" under the verb or under "fire"
        g
        for c in [verb, *dependents(verb, "object")]
        for g in prep_objects(c, ("to",))
        if g.lemma_.lower() not in burnt and not word_class(g, "pronoun")  # "set fire to himself"
    ]
    return bool(to_things)


def _people_burnt(verb: Token) -> bool:
    """People are what is burnt ("burned two suspects", "were burned to death")."""
    to_death = any(g.lemma_.lower() in trigger_words("harm_words") for g in prep_objects(verb, ("to",)))
    return to_death or any(is_person_noun(c.lower_, c.lemma_.lower()) for c in patients_of(verb))


#: supports decided from the trigger's own parse: used to test a trigger before its sentence's actors
#: are read (``can_stand``) and as its support
PARSE_CHECKS: dict[str, Callable[[Span], bool]] = {
    "stoning": lambda span: stoning(span.root),
    "corrosive": lambda span: corrosive(span.root),
    "blasting": blasting,
    "arson": lambda span: arson(span.root),
    "burning": lambda span: arson(span.root),
}


def can_stand(span: Span, entry: dict) -> bool:
    """False for a throwing, blowing-up or burning verb that its parse shows is no stoning, blasting or
    arson ("threw paint at the embassy", "blew up a balloon", "set fire to tyres"): it neither takes
    another trigger's place nor makes the crowd its actor."""
    check = PARSE_CHECKS.get(entry["support"])
    return check is None or check(span)

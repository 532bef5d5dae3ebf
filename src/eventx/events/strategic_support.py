"""Support rules of the strategic developments that need more than a word: agreements between the sides
of a conflict, bases and checkpoints set up, the activity of armed groups, territory handed over
without a fight. Registered in ``SUPPORT`` (``eventx.events.support``); examples in
``resources/rules/support.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..data import actor_words, trigger_words
from ..doctools import span_text
from ..syntax import (
    attached_as,
    dependents,
    doers_with_antecedent,
    first_conjunct,
    has_particle,
    hedged,
    is_infinitive,
    marked_by,
    of_head,
    patients_of,
    prep_objects,
    prepositions,
    subjects_of,
    word_class,
)
from .kinds import ARMED_KINDS, NON_STATE_ARMED_KINDS, STATE_FORCE_KINDS, STATE_KINDS
from .not_an_act import violent_nouns
from .support import SUPPORT, two_countries


@SUPPORT.rule("parties")
def agreement_between_sides(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """An agreement between the sides of a conflict: two countries or an international organisation
    (as for ``foreign``), or two actors of which one is armed or a government ("the government and the
    rebels signed a ceasefire"; not "two clubs signed an agreement")."""
    sides = {a.name for a in actors}
    armed = {a.kind for a in actors} & (ARMED_KINDS | STATE_KINDS)
    return two_countries(entry, trig, sent, actors, casualties) or (len(sides) >= 2 and bool(armed))


@SUPPORT.rule("concluded")
def agreement_concluded(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """An agreement concluded (``concluded``: "signed an agreement", "a deal was reached", "agreed on a
    ceasefire", or "agree" itself) between the sides of a conflict, as for ``parties`` ("the KNU and
    the army reached an agreement"; not "discussed a possible deal", not "two clubs signed a deal")."""
    if not concluded(trig.root):
        return False
    state_or_armed = {a.kind for a in actors} & (ARMED_KINDS | STATE_KINDS)
    partner = state_or_armed and _named_partner(trig.root)  # "signed an agreement with the FRPI"
    return bool(partner) or agreement_between_sides(entry, trig, sent, actors, casualties)


def _named_partner(tok: Token) -> bool:
    """The agreement or its verb is "with" an organisation named by an acronym the actor lexicon does not
    know ("the government signed an agreement with the FRPI"; not "with Pfizer", a company)."""
    verb = tok if word_class(tok, "verb") else tok.head
    partners = prep_objects(tok, ("with",)) + prep_objects(verb, ("with",))
    return any(word_class(p, "proper_noun") and p.text.isupper() and len(p.text) > 2 for p in partners)


def concluded(tok: Token) -> bool:
    """The word is "agree" (not with a "that" clause) or an agreement noun that a ``concluding_verbs``
    verb (``_concluding``) has as its object or passive subject ("signed an accord", "a truce was
    declared"), or after a preposition ("agreed on a ceasefire", "agreed to a truce")."""
    if word_class(tok, "verb"):  # "observers agree that ...": an opinion
        return _concluding(tok) and not dependents(tok, "clausal_complement")
    noun = first_conjunct(tok)
    if attached_as(noun, "patient"):
        return _concluding(noun.head)
    if attached_as(noun, "prep_object"):
        return _concluding(noun.head.head)
    return False


def _concluding(verb: Token) -> bool:
    """A ``concluding_verbs`` verb told as done: not an infinitive or a possibility ("willing to reach an
    agreement", "could reach agreement")."""
    return (
        word_class(verb, "verb")
        and verb.lemma_.lower() in trigger_words("concluding_verbs")
        and not is_infinitive(verb)
        and not hedged(verb)
    )


@SUPPORT.rule("established")
def set_up_by_armed_actor(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A base, headquarters or checkpoint set up (the object of an ``establishing_verbs`` verb, "set"
    with "up") with an armed actor in the sentence: "the militia set up checkpoints"; not "attacked the
    base"."""
    return bool({a.kind for a in actors} & ARMED_KINDS) and _established(trig.root)


@SUPPORT.rule("checkpoint")
def set_up_by_armed_men(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A roadblock or checkpoint set up (as for ``established``) by armed men: who sets it up is an armed
    actor ("Boko Haram mounted a roadblock", "a roadblock was mounted by militants", "fighters, who
    mounted a roadblock"; not "residents mounted roadblocks", a protest's, though police are named
    beside them)."""
    noun = trig.root
    if not _established(noun):
        return False
    setter = noun.head if of_head(noun) is None else of_head(noun).head
    setters = {t.i for t in doers_with_antecedent(setter)}
    return any(a.kind in ARMED_KINDS and a.head in setters for a in actors)


@SUPPORT.rule("armed_group")
def done_by_armed_group(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A non-state armed group in the sentence: "the militia began taxing traders" (a government
    raising taxes is no change to an armed group's activity)."""
    return bool({a.kind for a in actors} & NON_STATE_ARMED_KINDS)


@SUPPORT.rule("unopposed")
def taken_without_a_fight(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Territory changing hands with no fighting: an armed actor in the sentence and one of
    ``unopposed_cues`` ("handed the town over without a fight", "moved in unopposed")."""
    text = span_text(sent).lower()
    cues = trigger_words("unopposed_cues")
    return bool({a.kind for a in actors} & ARMED_KINDS) and any(c in text for c in cues)


@SUPPORT.rule("movement")
def forces_moved(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Forces moved or moving somewhere: what moves is forces (the verb's object or passive subject,
    else its subject: an armed actor or a ``formation_nouns`` noun, alone or counted "a number of
    brigades") and the verb says where (``movement_preps``): "sent 500 troops to the border", "military
    columns marched into the area"; not "the government moved to ban rallies", "soldiers moved the
    bodies to the morgue"."""
    verb = trig.root
    armed = {a.head for a in actors if a.kind in ARMED_KINDS}
    movers = patients_of(verb) or subjects_of(verb)
    if not movers or not all(_is_forces(t, armed) for t in movers):
        return False
    ways = trigger_words("movement_preps")  # on the verb, or in what moves ("a number of brigades from")
    moved = [t for p in patients_of(verb) for t in p.subtree]
    datives = [d for d in dependents(verb, "dative") if d.lower_ in ways]  # "sent 500 soldiers to Moyale"
    return bool(datives) or any(prepositions(t, ways) for t in [verb, *moved])


def _is_forces(tok: Token, armed: set[int]) -> bool:
    """The word is an armed actor, or counts one ("a large number of brigades" after "US forces moved":
    a formation noun counted under an armed subject); "a group of volunteers" is no one."""
    formations = actor_words("formation_nouns")
    counted = [o for p in prepositions(tok, ("of",)) for o in dependents(p, "prep_object")]
    if tok.i in armed or any(t.i in armed for t in counted):
        return True
    led = any(s.i in armed for s in subjects_of(tok.head))  # the forces moving them
    return led and any(t.lemma_.lower() in formations for t in [tok, *counted])


@SUPPORT.rule("thwarted")
def attack_thwarted(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """What was foiled is an act of violence or a weapon, or a plot to use one ("foiled a suicide
    attack", "thwarted a bomb plot") by armed or state forces, and no one was killed or hurt in it (then
    it was a fight); not "foiled his plans", "thwarted the merger", "the governor averted a strike"."""
    if any(c.status in ("killed", "injured") and not c.negated for c in casualties):
        return False
    if not {a.kind for a in actors} & (ARMED_KINDS | STATE_FORCE_KINDS):
        return False  # "the senate foiled the president's plan to fight corruption"
    for noun in patients_of(trig.root):
        words = {t.lemma_.lower() for t in noun.subtree} | {t.lower_ for t in noun.subtree}
        if words & (violent_nouns() | trigger_words("seized_weapons")):
            return True
    return False


@SUPPORT.rule("discovered")
def found_by_someone(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A thing found (the object or passive subject of a ``discovery_verbs`` verb: "soldiers discovered a
    mass grave", "two mass graves were found"); not "the mass grave was visited by the minister"."""
    noun = first_conjunct(trig.root)
    return attached_as(noun, "patient") and noun.head.lemma_.lower() in trigger_words("discovery_verbs")


def _established(noun: Token) -> bool:
    """The object of a verb of setting up ("set up checkpoints", "established a base"), or what a noun
    of setting up is "of" when that noun is an argument of its clause ("completed the construction of a
    new base": ``establishing_nouns``; not "protested against the construction of a base")."""
    if not word_class(noun, "noun"):
        return False
    holder = of_head(noun)
    if holder is not None:
        setting_up = holder.lemma_.lower() in trigger_words("establishing_nouns")
        return setting_up and attached_as(holder, "patient", "any_subject")
    if not attached_as(noun, "patient"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma == "set":
        return has_particle(verb, "up")
    return lemma in trigger_words("establishing_verbs")


@SUPPORT.rule("arrival")
def armed_men_arrived(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Armed men arriving somewhere (their movement: "Congolese soldiers arrived in Tshimbulu"): the
    subject is an armed actor that is people, not an aircraft ("his private jet arrived", ``air_doers``)
    or an official, and the arrival is not the time of another act ("before police arrived")."""
    if any(marked_by(trig.root, w) for w in trigger_words("time_markers")):
        return False  # "before police arrived": the time of another act
    air = trigger_words("air_doers")
    doers = {s.i for s in subjects_of(trig.root)}
    people = [a for a in actors if a.kind in ARMED_KINDS and trig.doc[a.head].lemma_.lower() not in air]
    return any(a.head in doers for a in people)

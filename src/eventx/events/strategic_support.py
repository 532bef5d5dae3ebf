"""Support rules of the strategic developments that need more than a word: agreements between the sides
of a conflict, bases and checkpoints set up, the activity of armed groups, territory handed over
without a fight. Registered in ``SUPPORT`` (``eventx.events.support``); examples in
``resources/rules/support.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..data import trigger_words
from ..doctools import span_text
from ..syntax import attached_as, has_particle, subjects_of, word_class
from .kinds import ARMED_KINDS, NON_STATE_ARMED_KINDS, STATE_KINDS
from .support import SUPPORT, two_countries


@SUPPORT.rule("parties")
def agreement_between_sides(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """An agreement between the sides of a conflict: two countries or an international organisation
    (as for ``foreign``), or two actors of which one is armed or a government ("the government and the
    rebels signed a ceasefire"; not "two clubs signed an agreement")."""
    sides = {a.name for a in actors}
    armed = {a.kind for a in actors} & (ARMED_KINDS | STATE_KINDS)
    return two_countries(entry, trig, sent, actors, casualties) or (len(sides) >= 2 and bool(armed))


@SUPPORT.rule("established")
def set_up_by_armed_actor(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A base, headquarters or checkpoint set up (the object of an ``establishing_verbs`` verb, "set"
    with "up") with an armed actor in the sentence: "the militia set up checkpoints"; not "attacked the
    base"."""
    return bool({a.kind for a in actors} & ARMED_KINDS) and _established(trig.root)


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


def _established(noun: Token) -> bool:
    if not word_class(noun, "noun") or not attached_as(noun, "patient"):
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
    or an official."""
    air = trigger_words("air_doers")
    doers = {s.i for s in subjects_of(trig.root)}
    people = [a for a in actors if a.kind in ARMED_KINDS and trig.doc[a.head].lemma_.lower() not in air]
    return any(a.head in doers for a in people)

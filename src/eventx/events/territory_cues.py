"""Whether territory taken was fought for: ACLED codes a place taken with no fighting reported as a
non-violent transfer of territory, and one taken in or after fighting as regained or overtaken.

ACLED Codebook (2023), Strategic developments: "Non-violent transfer of territory" covers situations
in which rebels, governments or their affiliates acquire territory without engaging in armed
exchanges; "Government regains territory" and "Non-state actor overtakes territory" are battles.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..data import trigger_lexicon, trigger_words
from ..doctools import cites, span_text, with_next_sentence
from ..lexicon import per_lexicon
from ..syntax import attached_as, dependents, negated, prep_objects, word_class
from .mentions import Layers, Mention

#: the event types of acts of fighting: a word of one told around a taking makes it a battle
_FIGHTING_TYPES = ("Battles", "Explosions/Remote violence", "BY_ACTORS")


@per_lexicon
def _fighting_triggers() -> frozenset[str]:
    """The one-word lemmas of the triggers of fighting (clashes, attacks, shelling; not the takings)."""
    return frozenset(
        lemmas[0]
        for entry in trigger_lexicon()["triggers"]
        if entry["type"] in _FIGHTING_TYPES and entry["sub"] != "BY_ACTORS"
        for lemmas in entry["lemmas"]
        if len(lemmas) == 1
    )


def territory_type(m: Mention, layers: Layers, by_the_state: bool) -> tuple[str, str]:
    """The type of a taking of territory: a non-violent transfer with no fighting told around it
    (``taken_without_fighting``), else a battle the state regains or anyone else overtakes."""
    if taken_without_fighting(m, layers):
        return "Strategic developments", "Non-violent transfer of territory"
    if by_the_state:
        return m.entry["type"], "Government regains territory"
    return m.entry["type"], "Non-state actor overtakes territory"


def taken_without_fighting(m: Mention, layers: Layers) -> bool:
    """No fighting is told around a taking of territory: not by a word of taking by force
    (``forced_taking_words``: "captured", "overran", "retook"; also another verb of force in its
    sentence: "stormed and took control of", "after overrunning an outpost"), not "from" an opponent
    ("regained control of Lowa from the Mayi Mayi"), no trigger of fighting in its sentence or the one
    before ("after clashes", "following an offensive"), and no word of fighting between sides
    (``symmetric_triggers``, ``fighting_nouns``: "after a week-long siege", "the fighting lasted
    hours") nor anyone killed or wounded in those or the sentence after, none of them negated or part of
    a name ("no casualties were reported", "the National Resistance Front"): "took over control of the
    base following the retreat of coalition forces". A cue of no resistance in its sentence
    (``unopposed_cues``: "without firing a shot") makes any taking one."""
    trigger = m.trigger
    if cites(span_text(m.sent).lower(), sorted(trigger_words("unopposed_cues"))):
        return True  # "seized the town without resistance"
    if _taken_from_someone(trigger) or _taken_by_force(m):
        return False
    doc, around = m.sent.doc, _sentences_around(m.sent)
    before = doc[around.start : m.sent.end]
    forced, triggers = trigger_words("forced_taking_words"), _fighting_triggers()
    sides = trigger_words("symmetric_triggers") | trigger_words("fighting_nouns")
    if any(_told(t) and t.lemma_.lower() in forced and _a_verb(t) for t in m.sent if t.i != trigger.i):
        return False
    if any(_told(t) and t.i != trigger.i and t.lemma_.lower() in triggers for t in before):
        return False
    if any(_told(t) and t.lemma_.lower() in sides for t in around):
        return False
    start, end = around.start_char, around.end_char
    return not any(
        c.status in ("killed", "injured") and not c.negated and (c.best or 0) > 0 and start <= c.start < end
        for c in layers.casualties
    )


def _a_verb(word: Token) -> bool:
    """A verb or its gerund ("stormed", "after overrunning"), not a noun ("after a storm")."""
    return word_class(word, "verb")


def _told(word: Token) -> bool:
    """The word tells of what happened: not negated ("no resistance", "did not fight", "without a
    fight") nor part of a name ("the National Resistance Front")."""
    if word.ent_type_ and word.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
        return False
    if any(d.lower_ == "no" for d in dependents(word, "determiner")) or negated(word):
        return False
    return not (attached_as(word, "prep_object") and word.head.lower_ == "without")


def _taken_by_force(m: Mention) -> bool:
    """The taking word tells of force by itself (``forced_taking_words``: "captured", "took back")."""
    lemmas = [t.lemma_.lower() for t in m.sent.doc[m.trigger_start : m.trigger_end]]
    forced = trigger_words("forced_taking_words")
    return lemmas[0] in forced or " ".join(lemmas) in forced


def _taken_from_someone(trigger: Token) -> bool:
    """The taking names whom the place was taken "from" (on the verb or on its "control" object)."""
    holders = [trigger, *dependents(trigger, "object")]
    return any(prep_objects(h, ("from",)) for h in holders)


def _sentences_around(sent: Span) -> Span:
    """The sentence with the one before and the one after it."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return doc[start : with_next_sentence(sent).end]

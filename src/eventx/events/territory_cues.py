"""Whether territory taken was fought for: ACLED codes a place taken with no fighting reported as a
non-violent transfer of territory, and one taken in or after fighting as regained or overtaken.

ACLED Codebook (2023), Strategic developments: "Non-violent transfer of territory" covers situations
in which rebels, governments or their affiliates acquire territory without engaging in armed
exchanges; "Government regains territory" and "Non-state actor overtakes territory" are battles.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..data import trigger_lexicon, trigger_words
from ..doctools import cites, span_text
from ..lexicon import per_lexicon
from ..syntax import dependents, prep_objects
from .mentions import Layers, Mention

#: the event types of acts of fighting: a word of one told around a taking makes it a battle
_FIGHTING_TYPES = ("Battles", "Explosions/Remote violence", "BY_ACTORS")


@per_lexicon
def _fighting_words() -> frozenset[str]:
    """The one-word lemmas of the triggers of fighting (clashes, attacks, shelling; not the takings) and
    other words that tell of fighting (``fighting_nouns``)."""
    return frozenset(
        lemmas[0]
        for entry in trigger_lexicon()["triggers"]
        if entry["type"] in _FIGHTING_TYPES and entry["sub"] != "BY_ACTORS"
        for lemmas in entry["lemmas"]
        if len(lemmas) == 1
    ) | trigger_words("symmetric_triggers") | trigger_words("fighting_nouns")


def taken_without_fighting(m: Mention, layers: Layers) -> bool:
    """No fighting is told around a taking of territory: not by a word of taking by force
    (``forced_taking_words``: "captured", "overran", "retook"), not "from" an opponent ("regained control of
    Lowa from the Mayi Mayi"), no word of fighting in its sentence or the ones before and after it
    ("after clashes", "following an offensive"), and no one killed or wounded there ("seized an outpost
    manned by the MNLA", "took over control of the base following the retreat of coalition forces"); or
    its sentence says so (``unopposed_cues``: "seized the town without resistance")."""
    trigger = m.trigger
    if cites(span_text(m.sent).lower(), sorted(trigger_words("unopposed_cues"))):
        return True  # "seized the town without resistance"
    if _taken_from_someone(trigger) or _taken_by_force(m):
        return False
    around = _sentences_around(m.sent)
    fighting = _fighting_words()
    if any(t.lemma_.lower() in fighting and t.i != trigger.i for t in around):
        return False
    start, end = around.start_char, around.end_char
    return not any(
        c.status in ("killed", "injured") and not c.negated and start <= c.start < end
        for c in layers.casualties
    )


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
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return doc[start:end]

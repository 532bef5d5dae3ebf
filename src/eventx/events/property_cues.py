"""Whether an attack hit things alone (ACLED: Strategic developments / Looting/property destruction): what
it was done to, and whether its sentence tells of harm to people. Word lists: ``property_targets``,
``harm_words`` and ``aimed_preps`` in ``event_triggers.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from ..data import trigger_words
from ..models import Actor
from ..syntax import conjuncts, patients_of, prep_objects, word_class
from .mentions import Mention


def hits_things_only(m: Mention, actors: list[Actor]) -> bool:
    """An attack on things alone, with no one killed or hurt ("unknown gunmen attacked and damaged the
    building of the radio's offices", "the pipeline was attacked six times", "shot dead 23 donkeys"):
    ACLED codes it as property destruction. A home or a village holds people: attacking one is an attack
    on them."""
    if any(c.status in ("killed", "injured") and not c.negated and (c.best or 0) > 0 for c in m.casualties):
        return False
    verbs = [m.trigger, *conjuncts(m.trigger)]  # "attacked and damaged the building"
    aimed = trigger_words("aimed_preps")  # a noun's object: "an arson attack on a quarry site"
    objects = [
        o for v in verbs for o in (prep_objects(v, aimed) if word_class(v, "noun") else patients_of(v))
    ]
    harm = trigger_words("harm_words")
    told = {*range(m.trigger_start, m.trigger_end), *(o.i for o in objects)}  # "shot [dead] 23 donkeys"
    if any(
        t.lemma_.lower() in harm and (word_class(t, "noun") or (t.i not in told and t.head.i not in told))
        for t in m.sent
    ):
        return False  # "attacked a school and kidnapped hundreds of pupils", "attacked bank customers"
    things = trigger_words("property_targets")
    target_texts = {a.text for a in actors if a.role == "target" and a.text}
    doc = m.sent.doc
    hit = [a for a in m.actors if a.text in target_texts]
    if hit:
        return all(a.target_only and _a_thing(doc[a.head], things) for a in hit)
    return bool(objects) and all(_a_thing(o, things) for o in objects)


def _a_thing(tok: Token, things: frozenset[str]) -> bool:
    """The word, or the noun a name follows, is one of ``things`` ("the oil field", "the oil field Cano
    Limon-Covenas", however the parse hangs the name; not "the station chief Ahmed Ali")."""
    if tok.lemma_.lower() in things:
        return True
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return word_class(tok, "proper_noun") and before is not None and before.lemma_.lower() in things

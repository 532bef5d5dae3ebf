"""The sub-type of a riot: a violent demonstration (a crowd with a grievance or a purpose) or mob
violence (ACLED Codebook, Riots)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actorlex import noun_entry, noun_forms
from ..data import trigger_words
from ..doctools import with_next_sentence
from ..syntax import attached_as, conjuncts, prep_objects, subjects_of, word_class
from .mentions import Mention
from .protest_types import tells_of_street_protest


def riot_sub(m: Mention) -> str:
    """A riot among demonstrators (a protest word or phrase in its sentence or the next: "They took to
    the streets demanding ..."), a riot over a grievance ("rioted over the arrest of two students"), or
    one its own sentence gives a purpose to (a verb of ``protest_purposes``: "vandalised the university
    building, alleging anomalies in the results", "villagers opposed to the plan clashed with police"),
    is a violent demonstration (ACLED Codebook, Riots); otherwise it is mob violence."""
    cues, purposes = trigger_words("protest_cues"), trigger_words("protest_purposes")
    window = with_next_sentence(m.sent)
    found = any(t.lemma_.lower() in cues and not t.ent_type_ for t in window)  # not "On 3 March"
    if found or tells_of_street_protest(window) or any(_riot_over(t) for t in m.sent):
        return "Violent demonstration"
    verbs = [m.trigger, *conjuncts(m.trigger)]  # "pelted stones and clashed with police, demanding ..."
    own = {v.i for v in verbs} | {s.i for v in verbs for s in subjects_of(v)}  # the riot's clauses, crowd
    purpose = any(  # not "an alleged thief", not a verb of another clause
        t.lemma_.lower() in purposes
        and word_class(t, "verb", "adjective")
        and not attached_as(t, "modifier")
        and t.head.i in own
        for t in m.sent
    )
    return "Violent demonstration" if purpose else "Mob violence"


def _riot_over(tok: Token) -> bool:
    """A riot word with a grievance it is over or against ("rioted over the arrest", "riots against the
    new tax", "against MONUSCO"; ``riot_words``, ``grievance_preps``): a crowd with a grievance. Not a
    riot against a people ("mobs rioted against Muslims": communal) nor over a quarrel between sides
    ("over a land dispute"; ``quarrel_nouns``)."""
    if tok.lemma_.lower() not in trigger_words("riot_words"):
        return False
    objects = prep_objects(tok, trigger_words("grievance_preps"))
    return any(_a_grievance(o) for o in objects)


def _a_grievance(tok: Token) -> bool:
    """A noun a crowd can be aggrieved by: the state, its forces, a mission, a decision ("rioted against
    the government", "against MONUSCO", "over the arrest"), not a people or unarmed people ("against
    Muslims", "against the villagers of ...") nor a quarrel between sides."""
    if tok.ent_type_ == "NORP" or tok.lemma_.lower() in trigger_words("quarrel_nouns"):
        return False
    entry = noun_entry(*noun_forms(tok))
    return entry is None or entry[0] not in ("civilians", "identity_militia", "protesters", "rioters")

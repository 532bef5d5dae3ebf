"""Communities as the sides of violence: when people named by their community, clan, ethnicity, place
or livelihood are an identity militia, as the ACLED Codebook codes communal violence (identity militias
organise around community, ethnicity, region, religion or, exceptionally, livelihood), and when one
phrase names both sides of a clash ("two families clashed").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actorlex import communal_label, identity_label, identity_name, identity_noun, names_a_community
from ..data import trigger_words
from ..models import Actor
from ..records import ActorMention
from ..syntax import attached_as, conjuncts, dependents, preposition_of, prepositions, word_class
from .kinds import STATE_FORCE_KINDS
from .mentions import Mention
from .role_cues import crowd_head, of_holder, other_side_named
from .roles import actor_role
from .support_cues import taking_part


def identity_side(a: ActorMention, m: Mention, doc: Doc, role: str, symmetric: bool) -> Actor | None:
    """The identity militia a civilian actor of a clash (``symmetric``) or of one-sided violence is, or
    None when they stay what they are:

    - people a noun names by their identity ("herders", "tribesmen", "the clan") are one wherever they
      fight or attack, also against state forces ("herdsmen clashed with soldiers");
    - people a modifier names by their community or ethnicity ("members of the Glavda community", "Kanuri
      ethnic individuals") are one as a side of a clash with no state force or official in it ("Indigenous
      protesters clashed with police" stay protesters), or as the doers of one-sided violence where a name
      says which community ("Fulani ... attacked", "the Tiv community attacked"; "community members beat a
      thief" and "the community lynched a thief" are a mob);
    - people named by their place or livelihood who fight such a militia are one themselves ("herders
      clashed with farmers of Mbaikoro": "Mbaikoro Communal Militia").
    A riot's or protest's crowd stays the crowd ("pastoralists rioted")."""
    if a.kind != "civilians" or (m.entry is not None and m.entry["type"] in ("Riots", "Protests")):
        return None  # "pastoralists rioted": a riot's crowd
    head = doc[a.head]
    label = identity_label(head)
    whole = not attached_as(head, "compound")  # not "community" of "community members"
    if label is not None and whole and identity_noun(head) and not names_a_community(head):
        return identity_actor(label, role, a.text)
    if any(o.kind in (*STATE_FORCE_KINDS, "government") for o in m.actors):
        return None
    if label is None and symmetric and fights_a_community(a, m, doc, role):
        label = communal_label(head)
    if label is None:
        return None
    if not symmetric and (label.startswith("Unidentified") or not whole):
        return None  # one-sided violence by a mob ("community members", "the community")
    return identity_actor(label, role, a.text)


def fights_a_community(a: ActorMention, m: Mention, doc: Doc, role: str) -> bool:
    """Whether the other side of this clash is a community's militia ("Fulani militiamen", "herders") or
    people named by their ethnicity or home ("Jukun farmers"): an actor of the mention the parse gives the
    other role for this trigger (not one of another act in the sentence)."""
    for o in m.actors:
        if o.head == a.head or actor_role(doc[o.head], m.trigger, False, o.kind) in (None, role):
            continue
        if o.kind == "identity_militia" or (o.kind == "civilians" and _community_people(doc[o.head])):
            return True
    return False


def _community_people(head: Token) -> bool:
    """People a word names by their community or ethnicity ("herders", "the Glavda community") or by
    their ethnicity or home ("Jukun farmers", "farmers of Kabo")."""
    named = communal_label(head)
    return identity_label(head) is not None or (named is not None and not named.startswith("Unidentified"))


def identity_actor(label: str, role: str, text: str | None) -> Actor:
    """An identity militia named by ``identity_label`` ("Unidentified Clan" -> "Unidentified Clan Militia");
    its country is the event's, added by ``localise``."""
    return Actor(name=identity_name(label, None), role=role, kind="identity_militia", text=text)


def both_sides(tok: Token, trigger: Token) -> bool:
    """ "clashes between two families", "between rival clans", "two families clashed", "two rival gangs
    engaged in a gunfight" (no other side named: no object, no "with" or "against"): one phrase names
    both sides."""
    holder = of_holder(tok)
    if holder is not None and crowd_head(holder):
        tok = holder  # "between two groups of security forces"
    both = trigger_words("both_sides_modifiers")
    reciprocal = trigger_words("reciprocal_words")  # "fought each other" names no other side
    objects = [o for o in dependents(trigger, "object") if o.lower_ not in reciprocal]
    other_named = other_side_named(trigger) or objects or prepositions(trigger, ("against",))
    subject = (attached_as(tok, "subject") and tok.head == trigger) or tok in taking_part(trigger)
    alone = subject and not other_named
    return (
        (preposition_of(tok) == "between" or alone)
        and not conjuncts(tok)
        and any(c.lower_ in both for c in dependents(tok, "number", "adjective"))
    )


def identity_violence(m: Mention, actors: list[Actor]) -> list[Actor]:
    """ "communal violence broke out", "inter-clan clashes": fighting between communities, with no side
    named, is a clash between two unidentified identity militias (ACLED's convention)."""
    trigger = m.trigger
    if not word_class(trigger, "noun") or any(a.role == "initiator" for a in actors):
        return []
    lemma, communal = trigger.lemma_.lower(), trigger_words("communal_violence_nouns")
    if lemma not in communal and lemma not in trigger_words("symmetric_triggers"):
        return []
    label = identity_label(trigger)
    if label is None:
        return []
    return [identity_actor(label, role, trigger.text) for role in ("initiator", "target")]

"""The plain nouns for a group's fighters, read as the one armed group a document names.

A report names a group once and then calls its fighters by a common noun: "The FMLN harassed two
national guard posts ... the rebels also attacked military positions in San Salvador." Analysts code the
rebels as the FMLN. Where a document names exactly one non-state armed group, a mention written with one
of ``group_member_nouns`` (militants, fighters, terrorists ...; ``rebel_member_nouns``, rebels,
guerrillas, insurgents, only for a rebel group) takes that group's name, kind and country. Not when
the document names two or more such groups (the noun could be either), when the noun has a modifier
other than a demonym of the group's country, or an "of" of its own ("unidentified militants",
"government fighters", "militants of a little-known group"; not "Salvadoran rebels" for the FMLN),
or when its own country, or the country of every place its sentence names, is another than the
group's ("In Pakistan, militants killed two soldiers" in a report on the Taliban). Nouns that say
nothing of a group (gunmen, bandits, assailants) keep their own name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actorlex import template_of
from ..data import actor_words
from ..geo.gazetteer import get_gazetteer
from ..records import ActorMention
from ..syntax import left_dependents, prep_objects

__all__ = ["members_of_the_named_group"]

_NON_STATE = ("rebel_group", "political_militia")


def members_of_the_named_group(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the group-member nouns named as the document's one named armed group."""
    group = _the_one_named_group(mentions)
    if group is None:
        return mentions
    return [_named_as(m, group) if _a_member_of(doc, m, group) else m for m in mentions]


def _the_one_named_group(mentions: list[ActorMention]) -> ActorMention | None:
    """The one non-state armed group the mentions name (any name not written from a generic template:
    a known group or one named as written), or None when they name none or several."""
    named = {m.name: m for m in mentions if m.kind in _NON_STATE and template_of(m.name) is None}
    return next(iter(named.values())) if len(named) == 1 else None


def _a_member_of(doc: Doc, m: ActorMention, group: ActorMention) -> bool:
    """A generic mention headed by a group-member noun, not marked unknown, of no other country."""
    if m.kind not in _NON_STATE or template_of(m.name) not in _NON_STATE:
        return False
    head = doc[m.head]
    nouns = actor_words("group_member_nouns")
    if group.kind == "rebel_group":
        nouns = nouns | actor_words("rebel_member_nouns")
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return False  # "rebels" are no militia's ("Hezbollah fighters were killed ... the rebels said")
    own_country = get_gazetteer().country_of_demonym
    modifiers = left_dependents(head, "modifier")
    home = group.country_code
    if modifiers and (home is None or any(own_country(t.text) != home for t in modifiers)):
        return False  # "unidentified militants", "government fighters"; not "Salvadoran rebels" (FMLN)
    if prep_objects(head, ("of",)):
        return False  # "militants of a little-known group"
    if m.country_code is not None and home is not None and m.country_code != home:
        return False
    return not _placed_abroad(doc, m, group)


def _placed_abroad(doc: Doc, m: ActorMention, group: ActorMention) -> bool:
    """Does the mention's sentence name a place only in other countries than the group's ("In Pakistan,
    militants killed two soldiers" in a report on the Taliban in Afghanistan)?"""
    if group.country_code is None:
        return False
    codes = {
        p.country_code
        for p in doc._.eventx_places
        if p.sent_start == m.sent_start and p.context == "mention" and p.country_code
    }
    return bool(codes) and group.country_code not in codes


def _named_as(m: ActorMention, group: ActorMention) -> ActorMention:
    return m.model_copy(update={"name": group.name, "kind": group.kind, "country_code": group.country_code})

"""Joining a mention to the incident it tells again: the incident takes its mention and actors, and its
type may sharpen (a response makes a battle, force used at a protest is the protest, a protest and a
riot make a violent demonstration, an abduction names a plain attack, a trigger word beats a bare
killing). Which incident a mention joins is the merge rules' question (``eventx.events.incidents``)."""

from __future__ import annotations

from ..models import Actor
from .apart import from_the_other_side
from .incident_cues import FORCED_PROTESTS, act_under, kills_people, names_the_attack, responds
from .kinds import STATE_FORCE_KINDS, crowd_types
from .mentions import Incident, Mention

BY_ACTORS_TYPES = {"Violence against civilians", "Battles"}  # what a generic "attack" becomes
FORCE_TYPES = BY_ACTORS_TYPES  # what force used on a protest reads as alone

# a protest told in several sentences takes its most severe sub-type
_PROTEST_RANK = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
}


def join_incident(target: Incident, m: Mention, etype: str, sub: str | None, actors: list[Actor]) -> None:
    """Add the mention to the incident; its type may sharpen the incident's (a response makes a battle,
    a protest and a riot make a violent demonstration, a trigger word beats a bare killing)."""
    target.mentions.append(m)
    crowds = crowd_types()
    if target.event_type in crowds and etype not in crowds and act_under(target, m, crowd=True):
        actors = [a for a in actors if a.role != "initiator"]  # the crowd did its own violence
    if from_the_other_side(target.actors, actors):
        actors = []  # one fight told from each side: both sides and their roles are those first told
    target.actors.extend(a for a in actors if not _named_before(target, a))
    if responds(m) and target.event_type in BY_ACTORS_TYPES | {"Explosions/Remote violence"}:
        # the attacked fought back
        target.event_type, target.sub_event_type = "Battles", "Armed clash"
    elif etype == "Protests" and target.event_type in FORCE_TYPES:
        target.event_type, target.sub_event_type = etype, sub  # force used at a protest is the protest
    elif {target.event_type, etype} == set(crowd_types()):
        target.event_type, target.sub_event_type = "Riots", "Violent demonstration"
    elif target.sub_event_type in FORCED_PROTESTS and kills_people(m):
        target.sub_event_type = "Excessive force against protesters"  # "Two were killed in the attack."
    elif names_the_attack(target, m, etype, sub):
        target.sub_event_type = sub  # "raided the village, kidnapping six men": the abduction
    elif target.event_type == etype == "Protests" and _PROTEST_RANK.get(sub, 0) > _PROTEST_RANK.get(
        target.sub_event_type, 0
    ):
        target.sub_event_type = sub  # "... Protesters blocked the road. Police dispersed them."
    if (
        target.event_type != etype
        and m.entry is not None
        and not m.anaphor
        and target.mentions[0].entry is None
        and sub != "Looting/property destruction"  # "killing several and destroying equipment"
    ):
        target.event_type, target.sub_event_type = etype, sub  # a trigger word beats a bare killing
    elif (
        etype == "Explosions/Remote violence"
        and target.event_type in BY_ACTORS_TYPES
        and not m.anaphor
    ):
        target.event_type, target.sub_event_type = etype, sub  # "targeted a vehicle with an IED"
    elif etype == target.event_type == "Explosions/Remote violence" and sub == "Suicide bomb" and (
        not m.anaphor
    ):
        target.sub_event_type = sub  # "two explosions ... a suicide car bomb": ACLED codes the suicide bomb


def _named_before(target: Incident, actor: Actor) -> bool:
    """State forces told again with no country ("33 Turkish troopers died ... the killing of troops"): the
    forces of that role the incident already names with theirs, not another country's."""
    if actor.country_code or actor.kind not in STATE_FORCE_KINDS:
        return False
    return any(a.role == actor.role and a.kind == actor.kind and a.country_code for a in target.actors)

"""Merging mentions into incidents: which incident told before (if any) a new mention tells again.

A mention joins an incident when it is a reference back to it ("the attack"), a casualty statement just
after it ("One suspect was injured."), a response to it ("the officer returned fire"), the destruction
that followed it, or the same kind of incident told again without a conflicting count, actor country
or place; otherwise it starts an incident of its own (a bare reference that joins nothing is dropped).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..data import trigger_words
from ..models import VIOLENT_TYPES, Actor
from ..records import PlaceMention
from ..syntax import subjects_of
from .apart import (
    counted_apart,
    dated_apart,
    happened_in_another_town,
    joins_kind,
    lead_incident,
    marked_separate,
    one_act,
    placed_apart,
    placed_elsewhere,
    placed_in_another_town,
    reach,
    roles_agree,
    sides_apart,
    told_apart,
    told_beside_another,
    towns,
)
from .event_types import is_violent, mention_type, property_attack
from .fields import mention_total
from .incident_cues import (
    FORCED_PROTESTS,
    WEAPONS,
    act_under,
    another_crowd,
    foils,
    follow_up_of,
    killing_told_before,
    latest_forceful,
    latest_violent,
    lynching,
    on_people,
    refers_earlier,
    responds,
    the_other_side_s_account,
    told_just_before,
)
from .joining import FORCE_TYPES, join_incident
from .kinds import crowd_types
from .mentions import Incident, Layers, Mention
from .protest_types import acts_on_the_crowd, force_at
from .registry import RuleTable
from .sides import mention_actors


def _bare_crowd(m: Mention) -> bool:
    """A mention whose trigger is only the crowd's noun ("Four protesters were injured by rubber bullets"):
    with no place of its own, the protest told before, however far back."""
    crowd = trigger_words("crowd_nouns") | trigger_words("riot_crowd_nouns")
    return m.entry is not None and m.trigger.lemma_.lower() in crowd


def merge_mentions(mentions: list[Mention], layers: Layers) -> list[Incident]:
    """Group the mentions of one article into incidents (see the module docstring)."""
    incidents: list[Incident] = []
    for m in mentions:
        doc = m.sent.doc
        diplomacy = m.entry is not None and m.entry["type"] == "Diplomacy"
        etype_guess = (m.entry or {}).get("type", "BY_ACTORS")
        violent_guess = etype_guess in VIOLENT_TYPES or etype_guess == "BY_ACTORS"
        actors = mention_actors(m, doc, diplomacy, violent_guess, layers)
        etype, sub = mention_type(m, actors, layers)
        target = _merge_target(incidents, m, etype, sub, actors, layers.places)
        if target is None and not m.supported:
            continue
        if target is None:
            incidents.append(Incident([m], etype, sub, actors))
        else:
            join_incident(target, m, etype, sub, actors)
        ref = latest_violent(incidents, exclude=target or incidents[-1]) if m.back_dates else None
        if ref is not None:  # "Thursday's deaths" dates the incident referred to, not this one
            ref.mentions[0].back_dates.extend(m.back_dates)
            m.back_dates = []
    return incidents


def _merge_target(
    incidents: list[Incident],
    m: Mention,
    etype: str,
    sub: str | None,
    actors: list[Actor],
    places: list[PlaceMention],
) -> Incident | None:
    """The incident told before that the mention tells again, or None for a new incident: the first
    merge rule that decides."""
    if not incidents:
        return None
    ctx = MergeContext(incidents, m, etype, sub, actors, places)
    for _name, rule in merge_rules.items():
        found = rule(ctx)
        if found is not None:
            return None if found is NEW_INCIDENT else found
    return None


@dataclass
class MergeContext:
    """What the merge rules read: the incidents so far (at least one), the new mention, its type and
    sub-type, its actors and the article's places."""

    incidents: list[Incident]
    m: Mention
    etype: str
    sub: str | None
    actors: list[Actor]
    places: list[PlaceMention]


class NewIncident:
    """The type of ``NEW_INCIDENT``, a merge rule's verdict that the mention joins no incident."""


#: a merge rule's verdict that the mention starts an incident (or, unsupported, is dropped)
NEW_INCIDENT = NewIncident()

merge_rules: RuleTable[Callable[[MergeContext], Incident | NewIncident | None]] = RuleTable("incidents")


@merge_rules.rule("no one hurt")
def no_one_hurt(ctx: MergeContext) -> Incident | NewIncident | None:
    """ "No one was hurt.": a statement that no one was killed or hurt belongs to the violent incident
    just told, or to nothing."""
    m = ctx.m
    if m.entry is None and m.casualties and all(c.negated for c in m.casualties):
        last = latest_forceful(ctx.incidents)
        return last if last is not None and told_just_before(last, m) else NEW_INCIDENT
    return None


@merge_rules.rule("reference back")
def reference_back(ctx: MergeContext) -> Incident | NewIncident | None:
    """A reference back ("the attack") is the latest violent incident or protest met with force, or the
    arson just told ("Assailants set fire to a school. ... destroyed in the attack."); one that names the
    weapon ("the explosion", "the strikes") is the latest explosion of that weapon's reach, if any
    (``reach``: "Taliban bombed the consulate ... in retaliation for air strikes in Kunduz. The
    explosion ...")."""
    m = ctx.m
    if m.anaphor and is_violent(ctx.etype) or (m.anaphor and m.entry is None):
        last = ctx.incidents[-1]
        if property_attack(last) and told_just_before(last, m):
            return last
        weapon = m.entry is not None and m.entry["type"] == WEAPONS
        same_reach = latest_violent(ctx.incidents, weapon=ctx.sub) if weapon else None
        crowd = ctx.etype in crowd_types()  # "while clashes occurred in Beni" is no force on the protest
        latest = latest_violent(ctx.incidents) if crowd else latest_forceful(ctx.incidents)
        return same_reach or latest or NEW_INCIDENT
    return None


@merge_rules.rule("crowd")
def same_crowd(ctx: MergeContext) -> Incident | NewIncident | None:
    """A protest or riot in the sentence of another is one event ("youths attacked a police station to
    demonstrate"); one with no place of its own continues the crowd just told ("a demonstration turned
    violent ... Some demonstrators opened fire first"), or the last, when it only names the crowd."""
    m = ctx.m
    if ctx.etype in crowd_types():
        crowds = [inc for inc in ctx.incidents if inc.event_type in crowd_types()]
        same = [inc for inc in crowds if any(x.sent.start == m.sent.start for x in inc.mentions)]
        if same:
            return same[-1]
        placed = any(p.context != "unplaced" for p in m.places)
        if crowds and not placed and (told_just_before(crowds[-1], m) or _bare_crowd(m)):
            return crowds[-1]
    return None


@merge_rules.rule("same town")
def crowd_in_the_same_town(ctx: MergeContext) -> Incident | NewIncident | None:
    """A protest or riot placed in a town where the article already told one, and dated on no other day,
    is that crowd's event: ACLED codes the demonstrations of one place and day as one event ("... a
    shooting close to the protest in Seattle ... The protests in Seattle carried on through the night").
    Crowds in other towns, or on other days, stay apart, and so do a mob's violence on civilians ("a mob
    beat a suspected thief to death": no demonstration; "rioters beheaded a policeman" is the riot's)
    and a crowd marked as separate ("Separately, ...")."""
    if ctx.etype not in crowd_types() or lynching(ctx.sub, ctx.actors) or marked_separate(ctx.m):
        return None
    here = towns(ctx.m.places)
    if not here:
        return None
    for inc in reversed(ctx.incidents):
        if inc.event_type not in crowd_types() or lynching(inc.sub_event_type, inc.actors):
            continue
        told = {t for x in inc.mentions for t in towns(x.places)}
        if here & told and not dated_apart(inc, ctx.m) and roles_agree(ctx.actors, inc.actors):
            return inc
    return None


@merge_rules.rule("what the act did")
def what_the_act_did(ctx: MergeContext) -> Incident | NewIncident | None:
    """An act told in a participle clause under the act of an incident of the same type, in the same
    sentence, is part of that incident: "gunmen raided the village, stealing goods and kidnapping six
    men" is one incident (``participle_clauses``), as is a verb joined by "and" to an attack on civilians
    ("a gang attacked a taxi and raped a passenger"), and an abduction or sexual violence told so names
    what the attack on civilians was (``names_the_attack``). Violence told so under a crowd's act, or
    joined to it by "and", is the crowd's ("pastoralists rioted, clashing with police": the riot)."""
    m = ctx.m
    for inc in reversed(ctx.incidents):
        if inc.event_type == ctx.etype and act_under(inc, m, crowd=False):
            return inc
        if inc.event_type in crowd_types() and is_violent(ctx.etype) and act_under(inc, m, crowd=True):
            return inc
    return None


@merge_rules.rule("violence at a protest")
def violence_at_a_protest(ctx: MergeContext) -> Incident | NewIncident | None:
    """A violent act on people told in the sentence of a protest is the protest met with force ("Police
    shot one person during protests", "Soldiers fired 50 shots at villagers protesting against a land
    seizure"): ACLED codes the protest (with intervention, or excessive force), not an attack beside
    it. Only where the protest reads as met with force (``protest_type``); not the crowd's own violence
    (a riot), not an act on state forces, and not the act a protest is about ("protested the killing of
    a student", "a day after gunmen killed 20 people")."""
    m = ctx.m
    same_sentence = [inc for inc in ctx.incidents if any(x.sent.start == m.sent.start for x in inc.mentions)]
    if ctx.etype == "Protests" and ctx.sub in FORCED_PROTESTS:
        acts = [inc for inc in same_sentence if inc.event_type in FORCE_TYPES]
        pairs = [(inc, x, m) for inc in acts for x in inc.mentions]
    elif ctx.etype in FORCE_TYPES and not m.background and on_people(ctx.actors):
        protests = [inc for inc in same_sentence if inc.sub_event_type in FORCED_PROTESTS]
        pairs = [(inc, m, x) for inc in protests for x in inc.mentions]
    else:
        return None
    for inc, act, protest in pairs:
        if on_people(inc.actors if act is not m else ctx.actors) and force_at(act.trigger, protest.trigger):
            return inc
    return None


@merge_rules.rule("force on the crowd")
def force_on_the_crowd(ctx: MergeContext) -> Incident | NewIncident | None:
    """A violent act done to stop or scatter the crowd just told, or aimed at it ("Police intervened
    firing bullets to stop the demonstration", "Soldiers shot at the crowd to break up the march"), is
    that protest or riot met with force, not an attack beside it (``acts_on_the_crowd``); an act on
    someone else is its own ("Later, gunmen shot dead two traders"), and so is one at a place the crowd
    was not ("In Butembo, soldiers shot at a crowd")."""
    m = ctx.m
    if ctx.etype not in FORCE_TYPES or m.background:
        return None
    crowds = [inc for inc in ctx.incidents if inc.event_type in crowd_types()]
    if not crowds or not told_just_before(crowds[-1], m):
        return None
    words = frozenset(s.lemma_.lower() for x in crowds[-1].mentions for s in subjects_of(x.trigger))
    if not acts_on_the_crowd(m.trigger, words):  # "students demonstrated ... fired on the students"
        return None
    own = {p.name for p in m.places if p.context == "mention"}
    crowd_places = {p.name for x in crowds[-1].mentions for p in x.places}
    return crowds[-1] if not own or own & crowd_places else None


@merge_rules.rule("after it")
def told_after_it(ctx: MergeContext) -> Incident | NewIncident | None:
    """A violent act told as coming after an incident named by reference ("police fought with Taliban
    attackers soon after the initial bombing": ``sequel_preps`` with an incident noun that refers back)
    is part of that incident, the latest violent one."""
    m = ctx.m
    if not is_violent(ctx.etype) or m.entry is None or m.background or not refers_earlier(m.trigger):
        return None
    return latest_violent(ctx.incidents)


@merge_rules.rule("response")
def response_or_foiled_weapon(ctx: MergeContext) -> Incident | NewIncident | None:
    """Returning fire, or the interception of the attack's weapon, is part of the violent incident just
    told ("The officer returned fire", "The rocket was intercepted")."""
    m = ctx.m
    if responds(m) or foils(m):
        last = latest_violent(ctx.incidents)
        if last is not None and told_just_before(last, m):
            return last
    return None


@merge_rules.rule("destruction after")
def destruction_after_an_attack(ctx: MergeContext) -> Incident | NewIncident | None:
    """Destruction told just after an attack or riot in the same place is part of it ("Militants
    attacked Natuco village. They set fire to the village."); not when a later sentence names another
    town for it ("... near Chavin. In Huaraz, they set fire to the offices ...")."""
    m = ctx.m
    if ctx.sub == "Looting/property destruction" and not m.anaphor:
        last = ctx.incidents[-1]
        if (
            (is_violent(last.event_type) or last.event_type in crowd_types())
            and told_just_before(last, m)
            and not told_apart(last, m, ctx.places)
            and not placed_elsewhere(last, m)
            and not placed_in_another_town(last, m)
        ):
            return last
    return None


@merge_rules.rule("bare killing before")
def bare_killing_before(ctx: MergeContext) -> Incident | NewIncident | None:
    """A killing told earlier in the sentence with no trigger word is the violent trigger's incident
    ("5 FC personnel were killed as an IED hit their vehicle")."""
    return killing_told_before(ctx.incidents, ctx.m, ctx.etype)


@merge_rules.rule("follow-up")
def casualty_follow_up(ctx: MergeContext) -> Incident | NewIncident | None:
    """A casualty statement with no trigger word and no attacker just after a violent incident tells of
    it ("Soldiers clashed with traffickers ... One suspect was injured.")."""
    return follow_up_of(ctx.incidents, ctx.m, ctx.actors, mention_total(ctx.m, "killed"))


@merge_rules.rule("talks again")
def talks_again(ctx: MergeContext) -> Incident | NewIncident | None:
    """Talks between parties all named in earlier talks are those talks told again."""
    if ctx.etype != "Diplomacy":
        return None
    parts = {a.country_code for a in ctx.actors}
    for inc in reversed(ctx.incidents):
        if inc.event_type != ctx.etype or (ctx.sub and inc.sub_event_type and inc.sub_event_type != ctx.sub):
            continue
        if parts and parts <= {a.country_code for a in inc.actors}:
            return inc
    return NEW_INCIDENT


@merge_rules.rule("told again")
def told_again(ctx: MergeContext) -> Incident | NewIncident | None:
    """The latest incident of the same type and sub-type that states the same killed count (of the same
    victims), or, with no count to compare, whose actors and country do not contradict the mention's
    (and, for a crowd, whose town and day do not: ``another_crowd``)."""
    m, etype, sub = ctx.m, ctx.etype, ctx.sub
    killed = mention_total(m, "killed")
    victims = {(c.victim_country, c.victim_kind) for c in m.casualties if c.victim_kind}
    for inc in reversed(ctx.incidents):
        if inc.event_type != etype or (sub and inc.sub_event_type and inc.sub_event_type != sub):
            continue
        inc_killed = {mention_total(x, "killed") for x in inc.mentions} - {None}
        inc_victims = {
            (c.victim_country, c.victim_kind) for x in inc.mentions for c in x.casualties if c.victim_kind
        }
        if killed is not None and killed in inc_killed and (not victims or victims & inc_victims):
            return inc
        if (
            (killed is None or not inc_killed)
            and sub == inc.sub_event_type
            and roles_agree(ctx.actors, inc.actors)
            and not told_apart(inc, m, ctx.places)
            and not happened_in_another_town(inc, m)
            and not another_crowd(inc, m, etype)
        ):
            return inc  # the same kind of incident told again without a conflicting count
    return None


@merge_rules.rule("one incident")
def one_incident_per_article(ctx: MergeContext) -> Incident | NewIncident | None:
    """One incident per article unless the text tells them apart: a mention of one act of armed violence
    (``one_act``) of the same reach as the one violent incident the headline or lead tells
    (``lead_incident``), itself such an act, joins it ("Militants bombed a
    hotel in Kabul on Monday ... The assault also left 40 people wounded."), unless it has a place, date,
    side or toll of its own that parts them, a "separate"/"meanwhile" cue, or is told as what came
    before ("in the wake of the murder of a driver": ``Mention.background``)."""
    m = ctx.m
    if not one_act(ctx.sub) or m.background:
        return None
    main = lead_incident(ctx.incidents, VIOLENT_TYPES)
    if main is None or not one_act(main.sub_event_type) or not joins_kind(main.event_type, ctx.etype):
        return None
    if reach(main.sub_event_type) != reach(ctx.sub):
        return None
    if (
        told_apart(main, m, ctx.places)
        or placed_apart(main, m)
        or dated_apart(main, m)
        or (sides_apart(main.actors, ctx.actors) and not the_other_side_s_account(main, m, ctx.actors))
        or counted_apart(main, m)
        or marked_separate(m)
        or told_beside_another(ctx.incidents, main, m)
    ):
        return None
    return main


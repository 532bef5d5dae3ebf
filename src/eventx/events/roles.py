"""Actor roles read from the parse: which actor is a trigger's initiator, target or participant.

The role rules (RuleTable "roles") are tried in registration order on a ``RoleContext``; the first that
decides wins. A rule returns a role, ``UNRELATED`` (the actor has nothing to do with the trigger), or
None (not decided: try the next rule). Examples: ``resources/rules/roles.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..data import actor_lexicon, one_word_triggers, trigger_lexicon, trigger_words
from ..syntax import (
    attached_as,
    dependents,
    extent_phrases,
    governing_chain,
    is_clause_of,
    joined_to,
    prepositions,
    word_class,
)
from . import roles_told, roles_two_sided, roles_undergone
from .kinds import ARMED_KINDS
from .registry import RuleTable
from .role_context import NOUN_MODIFIERS, UNRELATED, RoleContext, role_context
from .role_cues import (
    answered_below,
    attackers_own_losses,
    looks_into,
    names_a_place,
    other_side_named,
    passive_conjunct_below,
    second_modifier,
    sets_off,
    two_sided,
    undergoes,
)
from .roles_told import official_source


def actor_role(
    actor_head: Token, trigger: Token, diplomacy: bool, actor_kind: str = "other", anaphor: bool = False
) -> str | None:
    """The role an actor plays for a trigger, read from the parse; None when unrelated.

    For a reference back to an incident ("Hours after the strike, Turkey warned ...") only words
    attached to the reference itself count: the clause around it is about something else.
    """
    if diplomacy:
        return "participant" if actor_kind in ("government", "international_org") else None
    chain = [trigger] if anaphor else governing_chain(trigger)
    role = _role(actor_head, trigger, actor_kind, anaphor, chain)
    if role == "target" and attackers_own_losses(actor_head, trigger):
        return "initiator"  # "five assailants were killed": the attackers' own losses, not a target
    if role == "initiator" and two_sided(trigger) and not other_side_named(trigger):
        side = actor_head.head if attached_as(actor_head, "apposition") else actor_head  # "X (NSCN-K)"
        if second_modifier(side) or (
            attached_as(side, "conjunct")
            and attached_as(joined_to(side.head), "subject", "prep_object")
            and not names_a_place(side.head)  # "Rakhine State, Myanmar military and AA fought"
        ):
            return "target"  # "LNA and GNA forces clashed", "X and Y reached a deal": Y is the other side
    return role



def _role(
    actor_head: Token, trigger: Token, actor_kind: str, anaphor: bool, chain: list[Token]
) -> str | None:
    """The role read from the parse alone (see ``actor_role``): the first role rule that decides."""
    ctx = role_context(actor_head, trigger, actor_kind, anaphor, chain)
    for _name, rule in role_rules.items():
        role = rule(ctx)
        if role is not None:
            return None if role == UNRELATED else role
    return None


role_rules: RuleTable[Callable[[RoleContext], str | None]] = RuleTable("roles")


@role_rules.rule("the act's own word")
def the_act_s_own_word(ctx: RoleContext) -> str | None:
    """A thing that is the act's own word is no side of it: "Boko Haram set up a checkpoint" (the
    checkpoint set up, ``target_things``, is the trigger), not a checkpoint attacked."""
    if ctx.actor.i == ctx.trigger.i and ctx.actor.lemma_.lower() in actor_lexicon()["target_things"]:
        return UNRELATED
    return None


for _name, _rule in roles_told.RULES:  # acts blamed, reported, accused or charged (roles_told.py)
    role_rules.rule(_name)(_rule)


for _name, _rule in roles_undergone.RULES:  # acts died in, survived or repelled (roles_undergone.py)
    role_rules.rule(_name)(_rule)


@role_rules.rule("set off")
def set_off_a_mine(ctx: RoleContext) -> str | None:
    """Those who set off a hidden explosive are its victims ("villagers stepped on a landmine")."""
    return "target" if ctx.relation == "subject" and sets_off(ctx.head, ctx.trigger) else None


@role_rules.rule("modifier")
def modifier_of_the_trigger(ctx: RoleContext) -> str | None:
    """A modifier of the trigger noun is its initiator ("regime air strike", "Russian strikes")."""
    if ctx.head.i == ctx.trigger.i and ctx.relation in NOUN_MODIFIERS:
        return "initiator"
    return None


@role_rules.rule("by agent")
def done_by(ctx: RoleContext) -> str | None:
    """The "by" agent of the act, or of a verb joined to it, is its initiator ("struck by X", "shells
    fired by X", "was attacked and killed by vigilantes": the verbs share their doer); not of a clause on
    the act that tells of it ("the air strikes, cited by the Taliban": ``observer_verbs``; "a bombing,
    claimed by IS" is IS's)."""
    rel, head = ctx.relation, ctx.head
    if not (rel == "prep_object" and head.lower_ == "by"):
        return None
    verb = head.head
    joined = attached_as(verb, "conjunct") and verb.head in ctx.chain
    told = verb.lemma_.lower() in trigger_words("observer_verbs")  # not "claimed by X": X did it
    if verb in ctx.chain or joined or (is_clause_of(verb, ctx.trigger) and not told):
        return "initiator"
    return None


@role_rules.rule("operator")
def operator_of_the_thing_hit(ctx: RoleContext) -> str | None:
    """The operator of a thing the act hits loses it ("shot down a drone operated by GNA")."""
    rel, head = ctx.relation, ctx.head
    thing = head.head.head if attached_as(head.head, "clausal_modifier") else None
    if (
        rel == "prep_object"
        and head.lower_ == "by"
        and thing is not None
        and attached_as(thing, "object")
        and thing.head.i == ctx.trigger.i
    ):
        return "target"
    return None


@role_rules.rule("targeting")
def targeted_by_the_attack(ctx: RoleContext) -> str | None:
    """The object of a clause of targeting under the attack noun, or under the verb that carries the
    attack out or sets it off, is hit ("a remote explosive attack targeting an industrial factory", "troops
    launched airstrikes, targeting Al-Shabaab militants", "an explosive device detonated targeting a
    military vehicle", "a bomb exploded targeting a police patrol")."""
    rel, head, trigger = ctx.relation, ctx.head, ctx.trigger
    attack = trigger.head if attached_as(trigger, "modifier") else trigger  # "a remote explosive attack"
    targeting = rel == "object" and head.lemma_.lower() in trigger_words("targeting_clause_verbs")
    if not targeting:
        return None
    if is_clause_of(head, attack):
        return "target"
    verb = head.head  # the verb the clause of targeting hangs on
    carries = attached_as(attack, "object", "any_subject") and attack.head.i == verb.i  # "launched strikes"
    sets_off = is_clause_of(verb, attack)  # "a device [detonated] targeting": a clause of the device
    own = verb.i == attack.i  # "a bomb exploded targeting a police patrol"
    if (carries or sets_off or own) and attached_as(head, "adverbial_clause", "open_complement"):
        return "target"
    return None


@role_rules.rule("surrendered to")
def surrendered_to(ctx: RoleContext) -> str | None:
    """Those a group surrenders to are the other side of the surrender (``surrender_verbs``: "members of
    the militia surrendered their weapons to security forces")."""
    rel, head, trigger = ctx.relation, ctx.head, ctx.trigger
    surrender = trigger.lemma_.lower() in trigger_words("surrender_verbs")
    if surrender and rel == "prep_object" and head.lower_ == "to" and head.head.i == trigger.i:
        return "target"
    return None


@role_rules.rule("took part")
def took_part(ctx: RoleContext) -> str | None:
    """The subject of a verb of taking part whose "in" phrase is the clash is a side of it
    (``taking_part_verbs``: "students of two colleges were involved in clashes", "youths engaged in a
    street fight")."""
    rel, head, trigger = *ctx.with_slot, ctx.trigger
    if not ctx.symmetric or rel not in ("subject", "passive_subject"):
        return None
    in_clash = (
        attached_as(trigger, "prep_object") and trigger.head.lower_ == "in" and trigger.head.head.i == head.i
    )
    return "initiator" if in_clash and head.lemma_.lower() in trigger_words("taking_part_verbs") else None


@role_rules.rule("forces moved")
def forces_moved(ctx: RoleContext) -> str | None:
    """Armed forces that a verb of movement moves are its initiator, as ACLED codes a movement with the
    forces that move ("300 police officers were deployed", "the government sent 500 troops")."""
    if (
        ctx.relation in ("passive_subject", "object")
        and ctx.head.i == ctx.trigger.i
        and ctx.actor_kind in ARMED_KINDS
        and ctx.trigger.lemma_.lower() in one_word_triggers("support", "movement", "forces")
    ):
        return "initiator"
    return None


@role_rules.rule("object")
def object_of_the_act(ctx: RoleContext) -> str | None:
    """The object (or passive subject) of the act or a verb joined to it is its target ("shot and
    killed a ward administrator": the verbs share their victim)."""
    rel, head, chain = ctx.relation, ctx.head, ctx.chain
    if rel in ("passive_subject", "object") and (
        head in chain or (attached_as(head, "conjunct") and head.head in chain)
    ):
        return "target"
    return None


@role_rules.rule("aimed at")
def aimed_at(ctx: RoleContext) -> str | None:
    """The object of a preposition of aim on the act is its target ("fired on", "an attack against"), as
    is the subject of a clause under it ("threw petrol bombs at police officers driving along a road"); so
    is one on a noun naming the act that the trigger governs ("started shelling operations against NPA
    militants", parsed as shelling the operations), or on the noun of the act's phrase of duration or
    origin, where the parse hangs it ("launched an attack for 30 minutes against an army position",
    "started shelling from its position in Poona Bayabao against NPA militants"; not "following an
    attack on a village, the army launched a counter-offensive")."""
    rel, head = ctx.prep_slot
    if rel == "prep_object" and head.lower_ in trigger_words("aimed_preps"):
        on = head.head
        act_noun = on.head.i == ctx.trigger.i and on.lemma_.lower() in trigger_words("event_modified_nouns")
        in_a_phrase_of_the_act = any(on in extent_phrases(c) for c in ctx.chain)
        if on in ctx.chain or act_noun or in_a_phrase_of_the_act:
            return "target"
    return None


for _name, _rule in roles_two_sided.RULES:  # clashes and agreements (roles_two_sided.py), in place
    role_rules.rule(_name)(_rule)


@role_rules.rule("came under")
def came_under(ctx: RoleContext) -> str | None:
    """Whoever "came under" the attack or fire is its target ("the convoy came under fire")."""
    rel, head = ctx.with_slot
    return "target" if rel == "subject" and undergoes(head, ctx.trigger) else None


@role_rules.rule("passing by")
def passing_by(ctx: RoleContext) -> str | None:
    """The subject of a clause of passing by under the act is its target: hit on the way ("a bomb
    exploded as a military convoy passed", "went off when an army patrol drove past"; ``passing_verbs``
    introduced by one of ``passing_markers``, also as the parse reads "as" + a noun with its clause);
    not the sides of a fight ("fighting erupted as militants passed") nor attackers heading for their
    target ("drove toward the base": ``approach_preps``)."""
    rel, head = ctx.relation, ctx.head
    passing, markers = trigger_words("passing_verbs"), trigger_words("passing_markers")
    if head.i == ctx.trigger.i or ctx.actor.i == ctx.trigger.i or ctx.symmetric:
        return None  # "soldiers moved in": the passing is the act; "fighting erupted as ...": sides
    if prepositions(head, trigger_words("approach_preps")):
        return None  # "exploded as militants drove toward the base": the attackers coming on
    if rel == "subject" and head.lemma_.lower() in passing and attached_as(head, "adverbial_clause"):
        marked = any(c.lower_ in markers for c in dependents(head, "marker", "adverb"))
        return "target" if marked and head.head in ctx.chain else None
    if rel == "prep_object" and head.lower_ in markers and head.head in ctx.chain:
        clauses = dependents(ctx.actor, "clausal_modifier")
        return "target" if any(c.lemma_.lower() in passing for c in clauses) else None
    return None


@role_rules.rule("from")
def fire_from(ctx: RoleContext) -> str | None:
    """The source "from" which the attack or fire came is its initiator ("came under fire from Boko Haram
    fighters", "an attack from the rebels")."""
    rel, head, trigger = *ctx.with_slot, ctx.trigger
    if (
        rel == "prep_object"
        and head.lower_ == "from"
        and ((head.head.i == trigger.i and word_class(trigger, "noun")) or undergoes(head.head, trigger))
    ):
        return "initiator"
    return None


@role_rules.rule("observer")
def looks_into_it(ctx: RoleContext) -> str | None:
    """Whoever investigates, condemns or witnesses the act did not do it ("the gang unit is
    investigating the shooting"), nor whoever tells of such a verb that has the act as its object or
    clause (``looks_into``: "Seattle police revealed they are investigating a shooting"; not "said it
    had monitored the camp for weeks before bombing it"): no role."""
    rel, head = ctx.with_slot
    observers = trigger_lexicon()["observer_verbs"]
    if rel != "subject" or head.i == ctx.trigger.i:
        return None
    path = ctx.chain[: ctx.chain.index(head)] if head in ctx.chain else []  # the act up to below the head
    told = any(looks_into(v, below) for below, v in zip(path, path[1:], strict=False))
    if head.lemma_.lower() in observers or told:
        return UNRELATED
    return None


@role_rules.rule("passive conjunct")
def underwent_the_passive_conjunct(ctx: RoleContext) -> str | None:
    """The subject of a verb joined by "and" to the act told in the passive, with no subject of its own,
    underwent the act ("gunmen attacked a village and were later arrested by the police": the gunmen
    were arrested, the arrest's target; "soldiers were on a visit and were wounded when a bomb
    exploded"); not through a verb of reporting ("stormed the village and were reported to have killed
    12": the doers)."""
    rel, head = ctx.with_slot
    if rel != "subject" or head.i == ctx.trigger.i or head not in ctx.chain:
        return None
    return "target" if passive_conjunct_below(head, ctx.trigger, ctx.chain) else None


@role_rules.rule("subject")
def subject_of_the_act(ctx: RoleContext) -> str | None:
    """The subject of the act (or of a verb governing it) is its initiator; not officials reporting it
    ("local authorities reported that ..."), nor when a passive pronoun subject of the act was the one
    hit ("the guard was on his way when he was attacked"), nor a subject above a word of answering
    ("the Taliban said it was revenge for air strikes": ``motive_words``, ``response_words``)."""
    rel, head, trigger = *ctx.with_slot, ctx.trigger
    if rel == "subject" and head in ctx.chain and answered_below(ctx.chain, head):
        return UNRELATED  # "the Taliban said it was revenge for air strikes": they answer the strikes
    if (
        rel == "subject"
        and head in ctx.chain
        and not official_source(ctx, head)
        and (
            head.i == trigger.i
            or not any(word_class(c, "pronoun") for c in dependents(trigger, "passive_subject"))
        )
    ):
        return "initiator"
    return None


@role_rules.rule("conjunct")
def conjunct_shares_the_role(ctx: RoleContext) -> str | None:
    """A conjunct shares its head's role ("soldiers and police attacked": both initiators)."""
    rel, head = ctx.with_slot
    if rel == "conjunct" and head.i != ctx.actor.i:
        return _role(head, ctx.trigger, ctx.actor_kind, ctx.anaphor, ctx.chain)
    return None


@role_rules.rule("apposition")
def apposition_names_the_doer(ctx: RoleContext) -> str | None:
    """An apposition to the initiator names it too ("the ADF, a rebel group, attacked": the group;
    "Kutkai Township, Shan State, Myanmar army troops fired": the troops the parse hung on the place).
    One to a victim only describes the victim, whose own words are coded ("two members of the KCK, a
    PKK affiliate, were killed": civilians, not the PKK)."""
    rel, head = ctx.with_slot
    if rel == "apposition" and head.i != ctx.actor.i:
        role = _role(head, ctx.trigger, ctx.actor_kind, ctx.anaphor, ctx.chain)
        return role if role == "initiator" else UNRELATED
    return None

"""Event typing: the ACLED event type and sub-type of a mention, from its trigger and, where the trigger
leaves it open, its actors (crowd violence, battles, attacks on civilians or on property alone), and
the sub-type of a protest (peaceful, with intervention, excessive force, or a riot)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from ..actorlex import noun_entry, noun_forms
from ..data import trigger_lexicon, trigger_words
from ..doctools import cites, span_text, with_next_sentence
from ..models import VIOLENT_TYPES, Actor
from ..seizure import seized
from ..syntax import (
    dependents,
    form,
    is_doer,
    patients_of,
    subjects_of,
    word_class,
)
from .gathering_cues import names_protest
from .kinds import (
    ARMED_KINDS,
    NON_STATE_ARMED_KINDS,
    STATE_FORCE_KINDS,
    STATE_KINDS,
    UNARMED_CROWD_KINDS,
    crowd_types,
)
from .mentions import Incident, Layers, Mention
from .property_cues import hits_things_only
from .protest_types import protest_type
from .registry import RuleTable
from .riot_types import riot_sub
from .role_cues import crowd_head, of_holder
from .support_cues import clash_sides, crowd_doers, group_sides, thrown_explosive
from .territory_cues import territory_type
from .triggers import tree_distance


def mention_type(m: Mention, actors: list[Actor], layers: Layers) -> tuple[str, str | None]:
    """ACLED event type and sub-type of a mention, using its actors where the trigger leaves it open:
    the first typing rule that decides (the last, ``trigger``, always does)."""
    ctx = TypingContext(m, actors, layers)
    for _name, rule in typing_rules.items():
        found = rule(ctx)
        if found is not None:
            return found
    raise AssertionError("the typing rule 'trigger' decides every mention")


@dataclass
class TypingContext:
    """What the typing rules read: the mention, its actors and the Doc's layers."""

    m: Mention
    actors: list[Actor]
    layers: Layers

    @cached_property
    def by_actors(self) -> bool:
        """The trigger leaves the type to the actors (a generic "attack", or a killing with no trigger)."""
        return self.m.entry is None or self.m.entry["type"] == "BY_ACTORS" or self.ground_strike

    @cached_property
    def ground_strike(self) -> bool:
        """ "Struck" said of a non-state armed group with no aircraft named as the doer: an attack on the
        ground ("militants struck a police station"), not an air strike ("jets struck targets", "the
        army struck rebel positions" stay air strikes)."""
        trig = self.m.trigger
        if self.m.entry is None or trig.lemma_.lower() not in trigger_words("strike_verbs"):
            return False
        if not word_class(trig, "verb") or not self.initiator_kinds & NON_STATE_ARMED_KINDS:
            return False
        air = trigger_words("air_doers")
        doers = [w for s in dependents(trig, "subject") for w in s.subtree]
        return not any(w.lemma_.lower() in air for w in doers)

    @cached_property
    def initiator_kinds(self) -> set[str]:
        """The kinds of the mention's initiators."""
        return {a.kind for a in self.actors if a.role == "initiator"}

    @cached_property
    def state_initiated(self) -> bool:
        """An initiator is the state (its forces or government)."""
        return bool(self.initiator_kinds & STATE_KINDS)


typing_rules: RuleTable[Callable[[TypingContext], tuple[str, str | None] | None]] = RuleTable("typing")


@typing_rules.rule("crowd violence")
def crowd_violence(ctx: TypingContext) -> tuple[str, str | None] | None:
    """An attack or clash by an unarmed crowd is a riot ("youths attacked a police station")."""
    m = ctx.m
    open_type = ctx.by_actors or m.entry["sub"] == "Armed clash"
    return ("Riots", riot_sub(m)) if open_type and _crowd_violence(m, ctx.actors) else None


@typing_rules.rule("mob violence")
def mob_violence(ctx: TypingContext) -> tuple[str, str | None] | None:
    """A trigger of mob violence ("lynched") is a riot: a violent demonstration among demonstrators."""
    m = ctx.m
    if m.entry is not None and m.entry["type"] == "Riots" and m.entry["sub"] == "Mob violence":
        return "Riots", riot_sub(m)
    return None


@typing_rules.rule("crowd destruction")
def crowd_destruction(ctx: TypingContext) -> tuple[str, str | None] | None:
    """Property destroyed or looted by an unarmed crowd is a riot (ACLED Codebook, Riots: "mobs engage
    in disruptive acts, including ... property destruction": "students vandalised the university
    building"); by armed actors it stays property destruction."""
    m = ctx.m
    destruction = m.entry is not None and m.entry["sub"] == "Looting/property destruction"
    return ("Riots", riot_sub(m)) if destruction and crowd_doers(m.trigger, m.actors) else None


@typing_rules.rule("armed target")
def armed_sides(ctx: TypingContext) -> tuple[str, str | None] | None:
    """A generic attack on armed people, or by armed people on a named target that is not unarmed, is an
    armed clash; so is an ambush (``_ambush_named``) by armed people or no one named, with no target
    named (``ambush_words``: ambushes are laid for patrols and convoys; one on civilians names them)."""
    if not ctx.by_actors:
        return None
    targets = {a.kind for a in ctx.actors if a.role == "target"}
    victims = {c.victim_kind for c in ctx.m.casualties if c.victim_kind}
    armed_targets = (targets | victims) & ARMED_KINDS
    unarmed = {"civilians", "government", "protesters"}
    armed_doers = bool(ctx.initiator_kinds & ARMED_KINDS) and not (targets | victims) & unarmed
    if armed_targets or (armed_doers and targets):
        return "Battles", "Armed clash"
    if not targets | victims and ctx.initiator_kinds <= ARMED_KINDS and _ambush_named(ctx.m):
        return "Battles", "Armed clash"
    return None


@typing_rules.rule("property only")
def property_only(ctx: TypingContext) -> tuple[str, str | None] | None:
    """A generic attack on things alone, with no one hurt, is property destruction."""
    if ctx.by_actors and hits_things_only(ctx.m, ctx.actors):
        return "Strategic developments", "Looting/property destruction"
    return None


@typing_rules.rule("attack")
def attack_on_civilians(ctx: TypingContext) -> tuple[str, str | None] | None:
    """Any other generic attack or killing is violence against civilians."""
    return ("Violence against civilians", "Attack") if ctx.by_actors else None


@typing_rules.rule("fire both ways")
def fire_both_ways(ctx: TypingContext) -> tuple[str, str | None] | None:
    """Shelling, mines or grenades in an exchange of fire are an armed clash ("explosions ... in both
    directions of the frontline", ``mutual_fire_cues``)."""
    etype, sub = ctx.m.entry["type"], ctx.m.entry["sub"]
    if etype == "Explosions/Remote violence" and sub in _GROUND_FIRE and _mutual_fire(ctx.m.sent):
        return "Battles", "Armed clash"
    return None


@typing_rules.rule("seizure")
def seizure(ctx: TypingContext) -> tuple[str, str | None] | None:
    """Seizing goods or property, or arms taken by rebels, is looting; weapons seized, defused or
    intercepted ("police seized weapons", "a bomb was defused") are disrupted weapons use."""
    trigger = ctx.m.trigger
    if trigger.lemma_.lower() not in trigger_lexicon()["seizure_verbs"]:
        return None
    taken = seized(trigger)
    looted = taken == "weapons" and trigger.lemma_.lower() in trigger_words("looting_seizure_verbs")
    if taken in ("goods", "property") or looted:
        if taken == "weapons" and ctx.state_initiated:
            return "Strategic developments", "Disrupted weapons use"
        return "Strategic developments", "Looting/property destruction"
    if taken == "weapons":
        return "Strategic developments", "Disrupted weapons use"
    return None


@typing_rules.rule("territory")
def territory(ctx: TypingContext) -> tuple[str, str | None] | None:
    """Territory taken by the state is regained; by anyone else, overtaken; with no fighting told
    around it, transferred without violence (``territory_cues.territory_type``)."""
    if ctx.m.entry["sub"] != "BY_ACTORS":
        return None
    return territory_type(ctx.m, ctx.layers, ctx.state_initiated)


@typing_rules.rule("protesters arrested")
def protesters_arrested(ctx: TypingContext) -> tuple[str, str | None] | None:
    """Protesters arrested, or people arrested while they protest, are a protest with intervention, as
    ACLED codes them ("police arrested 14 protesters", "three officials were arrested as they staged a
    sit-in"); not the arrest of a protest's leader at home."""
    if ctx.m.entry is None or ctx.m.entry["sub"] != "Arrests":
        return None
    trigger = ctx.m.trigger
    arrested = {t.i for t in patients_of(trigger)}
    sent = ctx.m.sent.start_char
    # the protesters are the crowd of the protest their own word names, not the arrest's actors
    crowd = any(
        a.kind == "protesters" and a.head in arrested and a.sent_start == sent for a in ctx.layers.actors
    )
    protesting = any(names_protest(c) for c in dependents(trigger, "adverbial_clause"))
    return ("Protests", "Protest with intervention") if crowd or protesting else None


@typing_rules.rule("protest")
def protest(ctx: TypingContext) -> tuple[str, str | None] | None:
    """A protest's sub-type comes from its sentence and the next (``protest_type``)."""
    return protest_type(ctx.m, ctx.layers) if ctx.m.entry["type"] == "Protests" else None


@typing_rules.rule("thrown explosive")
def thrown_explosive_is_a_grenade(ctx: TypingContext) -> tuple[str, str | None] | None:
    """An explosion whose explosive is a grenade or is thrown is a Grenade event ("a grenade thrown by
    unknown men exploded", "hurled explosives at a convoy"), not a remote explosive."""
    entry = ctx.m.entry
    remote = entry["type"] == "Explosions/Remote violence" and entry["sub"] == "Remote explosive/landmine/IED"
    return ("Explosions/Remote violence", "Grenade") if remote and thrown_explosive(ctx.m.trigger) else None


@typing_rules.rule("bombed by a state")
def bombed_by_a_state(ctx: TypingContext) -> tuple[str, str | None] | None:
    """A state's forces that bomb, told by the verb alone, bomb from the air ("the Turkish military bombed
    PKK positions", "Russian forces bombed a hospital"): an air strike, as ACLED codes a state's
    bombing; a bomb as a thing ("a bomb exploded near soldiers") and bombs by other actors stay remote
    explosives (``bombing_verbs``)."""
    m = ctx.m
    if m.entry["sub"] != "Remote explosive/landmine/IED" or not word_class(m.trigger, "verb"):
        return None
    if m.trigger.lemma_.lower() not in trigger_words("bombing_verbs"):
        return None
    state = bool(ctx.initiator_kinds) and ctx.initiator_kinds <= STATE_FORCE_KINDS
    return ("Explosions/Remote violence", "Air/drone strike") if state else None


@typing_rules.rule("trigger")
def trigger_type(ctx: TypingContext) -> tuple[str, str | None] | None:
    """Otherwise the trigger word's own type and sub-type ("air strike": Air/drone strike)."""
    return ctx.m.entry["type"], ctx.m.entry["sub"]


_GROUND_FIRE = {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}


def _mutual_fire(sent: Span) -> bool:
    """Fire both ways or with small arms ("in both directions", "small arms"): ACLED codes such an
    exchange as an armed clash, not remote violence (``mutual_fire_cues``)."""
    text = span_text(sent).lower()
    return cites(text, trigger_lexicon()["mutual_fire_cues"])


def _crowd_violence(m: Mention, actors: list[Actor]) -> bool:
    """An unarmed crowd attacks or clashes ("youths attacked a police station", "dozens of men clashed
    with police"): every initiator is unarmed people, written in the plural or as a crowd. A clash told
    with no subject and one side only ("there was a scuffle with counter-demonstrators") is read by that
    side."""
    initiators = [a for a in actors if a.role == "initiator"]
    clash = m.entry is not None and m.entry["sub"] == "Armed clash"
    if clash and (_crowd_against_forces(actors) or _people_against_forces(m, actors)):
        return not _armed_window(m)  # "police clashed with protesters": the crowd's riot
    one_sided = clash and not subjects_of(m.trigger)
    if not initiators and one_sided:
        initiators = [a for a in actors if a.role == "target"]
    unarmed = not any(a.kind in ARMED_KINDS for a in actors)
    if not initiators and unarmed and group_sides(m.trigger, m.actors, m.hurt):
        return not _armed_window(m)  # "two groups clashed": the crowd is named by the riot's conventions
    if not initiators or any(a.kind not in UNARMED_CROWD_KINDS for a in initiators):
        return False
    targets = {a.name for a in actors if a.role == "target"}
    target_kinds = {a.kind for a in actors if a.role == "target"}
    doc = m.sent.doc
    if _armed_window(m):
        return False  # "clashes between two families ... The two sides used rockets": armed
    shooting = any(
        t.lemma_.lower() in trigger_lexicon()["armed_acts"] for t in doc[m.trigger_start : m.trigger_end]
    )
    if shooting and not any(a.kind in ("protesters", "rioters") for a in initiators):
        return False  # "four individuals opened fire at the police station": armed, unless demonstrators
    if any(
        a.kind in ARMED_KINDS
        and not a.target_only
        and a.name not in targets
        and a.kind not in target_kinds  # "clashed with Israeli police ... when police forces closed a school"
        and _acts(doc[a.head])
        for a in m.actors
    ):
        return False  # "two men shot when a gunman opened fire": the armed man is the attacker
    texts = {a.text for a in initiators}  # by the words: "a man" and "five people" share one name
    in_sentence = [a for a in doc._.eventx_actors if a.sent_start == m.sent.start_char]
    for a in [*m.actors, *in_sentence]:  # also a pronoun's referent ("13 people ... after they attacked")
        if a.text not in texts:
            continue
        head = doc[a.head]
        if form(head, "plural") or crowd_head(head) or a.kind == "rioters":
            return True
        holder = of_holder(head)
        if holder is not None and crowd_head(holder):
            return True  # "a group of sellers"
    return False


def _ambush_named(m: Mention) -> bool:
    """An ambush word within two arcs of the trigger ("the attack was an ambush", ``ambush_words``)."""
    ambushes = trigger_words("ambush_words")
    near = [t for t in m.sent if tree_distance(t, m.trigger) <= 2]
    return any(t.lemma_.lower() in ambushes or t.lower_ in ambushes for t in near)


def _crowd_against_forces(actors: list[Actor]) -> bool:
    """A clash between a crowd (protesters, rioters) and state forces alone, whichever side the parse
    makes the initiator ("police clashed with protesters"): ACLED codes the crowd's riot."""
    kinds = {a.kind for a in actors}
    crowd = kinds & set(crowd_types().values())
    return bool(crowd) and bool(kinds & STATE_FORCE_KINDS) and not kinds & NON_STATE_ARMED_KINDS


def _people_against_forces(m: Mention, actors: list[Actor]) -> bool:
    """Unarmed people in the plural on a side of a clash and state forces alone on the other ("security
    personnel and locals clashed", "police and opposition supporters clashed"): the people's riot, as
    for a named crowd (``_crowd_against_forces``)."""
    kinds = {a.kind for a in actors}
    if not kinds & STATE_FORCE_KINDS or kinds & NON_STATE_ARMED_KINDS:
        return False
    if _mutual_fire(m.sent) or any(t.lemma_.lower() in trigger_lexicon()["armed_acts"] for t in m.sent):
        return False  # "police and villagers exchanged gunfire": both sides armed, a battle
    for side in clash_sides(m.trigger):
        entry = noun_entry(*noun_forms(side))
        if form(side, "plural") and entry is not None and entry[0] in UNARMED_CROWD_KINDS:
            return True
    return False


def _armed_window(m: Mention) -> bool:
    """A weapon other than fire a crowd throws is named in the mention's sentence or the next."""
    weapons = trigger_words("weapon_words")
    return any(t.lemma_.lower() in weapons and not _crowd_fire(t) for t in with_next_sentence(m.sent))


def _acts(tok: Token) -> bool:
    """The subject of a verb or its "by" agent: someone doing something, not "the police who" or "a
    post of the army"."""
    return is_doer(tok)


def _crowd_fire(tok: Token) -> bool:
    """A weapon word that names fire a crowd throws ("petrol bombs", "Molotov cocktails"): no arms."""
    riot = trigger_words("riot_nouns")
    return tok.lemma_.lower() in riot or any(c.lemma_.lower() in riot for c in dependents(tok, "compound"))


def property_attack(inc: Incident) -> bool:
    """Arson or destruction ("set fire to a school"), which "the attack" may refer to and groups claim;
    not goods seized by the police."""
    if inc.sub_event_type != "Looting/property destruction":
        return False
    return not any(m.entry is not None and seized(m.trigger) is not None for m in inc.mentions)


def is_violent(etype: str) -> bool:
    """An event type of political violence (``VIOLENT_TYPES``)."""
    return etype in VIOLENT_TYPES

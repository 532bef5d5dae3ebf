"""The sides of a mention beyond the parse's direct roles: implied initiators (a pronoun's referent, a
possessive's owner, a subject the parse lost), the other sides of a clash, identity militias of communal
violence, and the victims of casualty counts."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actor_countries import modifier_countries, modifier_country, of_countries
from ..actorlex import (
    canonical_name,
    group_in,
    identity_name,
    joined_peoples,
    noun_entry,
    noun_forms,
    template_of,
)
from ..data import actor_lexicon, load_yaml, trigger_lexicon, trigger_words
from ..doctools import sentences, with_next_sentence
from ..geo.gazetteer import get_gazetteer
from ..models import Actor
from ..records import ActorMention, CasualtyMention
from ..syntax import attached_as, dependents, form, governing_chain, word_class
from .communal import both_sides, identity_side, identity_violence
from .kinds import ARMED_KINDS, STATE_FORCE_KINDS, crowd_types
from .mentions import Layers, Mention
from .role_cues import (
    attackers_own_losses,
    is_symmetric,
    looks_into,
    of_holder,
    report_verbs,
    two_sided,
    undergoes,
)
from .roles import actor_role


def _pronoun_initiator(trigger: Token, actors: list[ActorMention], doc: Doc) -> ActorMention | None:
    """ "Turkey said it retaliated": a pronoun subject resolved to the subject of a governing clause."""
    by_head = {a.head: a for a in actors}
    pronoun_seen = False
    chain = governing_chain(trigger, 9)
    for below, verb in zip([None, *chain], chain, strict=False):
        # the referent may be passive: "13 people were arrested after they attacked"
        subj = dependents(verb, "any_subject")
        if not subj:
            continue
        if subj[0].i in by_head and pronoun_seen:
            return by_head[subj[0].i]
        if form(subj[0], "wh_pronoun", "wh_determiner") and attached_as(verb, "relative_clause"):
            if undergoes(verb, trigger):
                return None  # "forces who came under attack": they were attacked
            return by_head.get(verb.head.i)  # "Tarrant, who carried out an attack": the relative's noun
        if word_class(subj[0], "pronoun"):
            if not attached_as(subj[0], "subject") and not pronoun_seen:
                return None  # "when he was attacked": a passive pronoun is the one hit, not the attacker
            if below is not None and looks_into(verb, below):
                return None  # "police said they are investigating a shooting": they did not do it
            pronoun_seen = True
            continue
        if pronoun_seen:
            break
    return None


def _possessor(trigger: Token, actors: list[ActorMention], doc: Doc) -> ActorMention | None:
    """The armed actor a possessive pronoun on the trigger stands for: the subject of a verb of carrying
    it out ("the army resumed its bombing": the army, ``conducting_verbs``); where the verb is one of
    repelling ("policemen repulsed their attacks": not the police's attacks), the subject of a clause
    above it ("4 Taliban militants were killed ... when policemen repulsed ...")."""
    if not any(word_class(c, "pronoun") for c in dependents(trigger, "possessor")):
        return None
    verb = trigger.head
    if not attached_as(trigger, "object"):
        return None
    by_head = {a.head: a for a in actors if a.kind in ARMED_KINDS}
    if verb.lemma_.lower() in trigger_words("conducting_verbs"):
        return next((by_head[c.i] for c in dependents(verb, "subject") if c.i in by_head), None)
    if verb.lemma_.lower() not in trigger_lexicon()["repel_verbs"]:
        return None
    repellers = {by_head[c.i].name for c in dependents(verb, "subject") if c.i in by_head}
    for above in list(verb.ancestors)[:3]:
        if above.lemma_.lower() in report_verbs():
            return None  # "soldiers said they repulsed their attack": the sayers are the repellers
        for c in dependents(above, "any_subject"):
            if c.i in by_head and by_head[c.i].name not in repellers:
                return by_head[c.i]
    return None


def as_actor(m: ActorMention, role: str, violent: bool) -> Actor:
    """The event actor of an actor mention in ``role``; a government initiating violence is its state
    forces."""
    kind, name = m.kind, m.name
    if violent and kind == "government" and role == "initiator":
        kind = "state_forces"
        country = get_gazetteer().country(m.country_code) if m.country_code else None
        name = canonical_name("state_forces", country.name if country else None)
    return Actor(name=name, role=role, kind=kind, country_code=m.country_code, text=m.text)


def _unknown_doer(a: ActorMention, role: str, m: Mention, violent: bool) -> Actor | None:
    """People the text calls unknown or unidentified who do violence or destroy property ("unknown people
    burned 20 houses", "unidentified persons set fire to a school") are ACLED's Unidentified Armed Group,
    as unknown groups are (``unknown_modifiers``); an unknown man who is hurt stays a person."""
    destroying = m.entry is not None and m.entry["sub"] == "Looting/property destruction"
    if role != "initiator" or a.kind != "civilians" or not (violent or destroying):
        return None
    if not set((a.text or "").lower().split()) & set(actor_lexicon()["unknown_modifiers"]):
        return None
    name = canonical_name("political_militia", None)
    return Actor(name=name, role=role, kind="political_militia", country_code=None, text=a.text)


def _victims_group(c: CasualtyMention):
    """The armed group the victims belong to; the casualties component gave them its kind already
    ("10 fighters from Hezbollah"), so civilians "from a village once held by Boko Haram" have none."""
    return group_in(c.victim) if c.victim and c.victim_kind in ARMED_KINDS else None


def _victim_actor(c: CasualtyMention) -> Actor | None:
    """The target a casualty count's victims make: their armed group, else people of their kind."""
    if not c.victim:
        return None
    group = _victims_group(c)
    if group is not None:
        return Actor(
            name=group.name, role="target", kind=group.kind, country_code=group.country_code, text=c.victim
        )
    if c.victim_kind is None:
        return None
    country = get_gazetteer().country(c.victim_country) if c.victim_country else None
    police = load_yaml("casualties.yaml")["police_victim_words"]
    of_police = c.victim_kind == "state_forces" and any(w in c.victim.lower() for w in police)
    template = "police" if of_police else c.victim_kind  # not "a police informer": a civilian
    template = (
        template
        if template
        in (
            "state_forces",
            "police",
            "civilians",
            "protesters",
            "rioters",
            "rebel_group",
            "political_militia",
            "identity_militia",
        )
        else "other"
    )
    return Actor(
        name=canonical_name(template, country.name if country else None),
        role="target",
        kind=c.victim_kind,
        country_code=c.victim_country,
        text=c.victim,
    )


def _other_sides(m: Mention, doc: Doc, actors: list[Actor]) -> list[Actor]:
    """ "military forces of India and Pakistan exchanged fire", "the governments of Kenya and Uganda
    signed a memorandum", "Sudanese and Ethiopian forces clashed" (where no target is named but of those
    countries: "Indian and Chinese troops clashed ... 20 Indian soldiers were killed"): the forces or
    government of each further country are the other side."""
    out = []
    initiators = {a.name for a in actors if a.role == "initiator"}
    for a in m.actors:
        head = doc[a.head]
        if a.name in initiators and a.kind == "identity_militia" and not _armed_target(actors):
            out.extend(_other_peoples(a, head))  # "Arab and Masalit militias clashed"
            continue
        entry = noun_entry(*noun_forms(head))
        if a.name not in initiators or entry is None:
            continue
        codes = of_countries(head)
        if not codes:
            codes = modifier_countries(head)
            others = {t.country_code for t in actors if t.role == "target"} - set(codes)
            if others or any(t.role == "target" and not t.country_code for t in actors):
                codes = []  # not "Syrian and Russian forces clashed with rebels"
        for code in codes[1:]:
            country = get_gazetteer().country(code)
            name = canonical_name(entry[1], country.name if country else None)
            out.append(Actor(name=name, role="target", kind=a.kind, country_code=code, text=a.text))
    return out


def _armed_target(actors: list[Actor]) -> bool:
    return any(a.role == "target" and a.kind in ARMED_KINDS for a in actors)


def _other_peoples(a: ActorMention, head: Token) -> list[Actor]:
    """The militias of the other peoples joined to the first ("Arab and Masalit militias": the Masalit
    Ethnic Militia), targets of the first's."""
    country = get_gazetteer().country(a.country_code) if a.country_code else None
    return [
        Actor(
            name=identity_name(label, country.name if country else None),
            role="target",
            kind="identity_militia",
            country_code=a.country_code,
            text=a.text,
        )
        for label in joined_peoples(head)
    ]


def _absorbed_subject(trigger: Token, actors: list[ActorMention], doc: Doc) -> ActorMention | None:
    """A verb the parse left without a subject, whose armed subject it hung on the list of places before
    it ("at X village, Y Township, Rakhine State, Myanmar military from LIB 538 torched 8 houses")."""
    if not word_class(trigger, "verb") or is_symmetric(trigger):
        return None
    if any(not word_class(c, "proper_noun") for c in dependents(trigger, "any_subject")):
        return None  # a subject of its own (a place name as subject is the parse's mistake)
    before = [
        a
        for a in actors
        if a.head < trigger.i
        and a.kind in ARMED_KINDS
        and not a.target_only
        and (
            _on_a_place_name(doc[a.head])
            or _in_the_place_phrase(doc[a.head], trigger)
        )
    ]
    return max(before, key=lambda a: a.head) if before else None


def _on_a_place_name(tok: Token) -> bool:
    """ "at X village, Y Township, Rakhine State, Myanmar military": the actor hangs, as an apposition or a
    conjunct, on a place name."""
    return attached_as(tok, "apposition", "conjunct") and word_class(tok.head, "proper_noun")


def _in_the_place_phrase(tok: Token, trigger: Token) -> bool:
    """ "in Temuco, Araucania, members of the military forces of Chile opened fire": the parse made the
    subject (or the group it is a member of) the object of the place's "in", ending just before the verb."""
    holder = of_holder(tok)
    if holder is not None and holder.lemma_.lower() in actor_lexicon()["member_heads"]:
        tok = holder
    in_place = attached_as(tok, "prep_object") and tok.head.head.i == trigger.i
    return in_place and tok.right_edge.i == trigger.i - 1


def _sides_told_before(m: Mention, doc: Doc, layers: Layers, violent: bool) -> list[Actor]:
    """ "Military Police officers went to the community ... An intense shoot-out broke out": a clash
    that names no side has the armed subject of the sentence before as one."""
    before = [s for s in sentences(doc) if s.end_char <= m.sent.start_char]
    if not before:
        return []
    prev = before[-1]
    for a in layers.actors:
        head = doc[a.head]
        if (
            a.sent_start == prev.start_char
            and a.kind in ARMED_KINDS
            and attached_as(head, "subject")
            and not a.target_only
        ):
            return [as_actor(a, "initiator", violent)]
    return []


def mention_actors(m: Mention, doc: Doc, diplomacy: bool, violent: bool, layers: Layers) -> list[Actor]:
    """The actors of a mention with their roles: those the parse relates to its trigger, the initiator
    the mention implies when the parse names none (a country modifier, a possessive, a pronoun, a subject
    the parse lost), the other sides of a clash, and the victims of its casualty counts."""
    out = _parsed_actors(m, doc, diplomacy, violent)
    out.extend(identity_violence(m, out))
    if not diplomacy:
        out = _implied_initiator(m, doc, violent, layers, out)
    if two_sided(m.trigger):
        out.extend(_other_sides(m, doc, out))
    if is_symmetric(m.trigger):
        if not out and not m.anaphor:
            out.extend(_sides_told_before(m, doc, layers, violent))
    out.extend(_casualty_victims(m, out))
    return out


def _has_initiator(actors: list[Actor]) -> bool:
    return any(a.role == "initiator" for a in actors)


def _parsed_actors(m: Mention, doc: Doc, diplomacy: bool, violent: bool) -> list[Actor]:
    """The mention's actors the parse gives a role for its trigger (``actor_role``)."""
    out: list[Actor] = []
    trigger = m.trigger
    named = [c for c in m.casualties if _victims_group(c) is not None]
    unhurt = [c for c in m.casualties if c.negated]
    for a in m.actors:
        role = actor_role(doc[a.head], trigger, diplomacy, a.kind, anaphor=m.anaphor and m.entry is not None)
        if role == "initiator" and a.target_only:
            continue
        if role == "target" and any(c.start <= doc[a.head].idx < c.end for c in named):
            continue  # "killed 10 fighters from Hezbollah": the victims are Hezbollah's, not unidentified
        if role == "target" and any(c.start <= doc[a.head].idx < c.end for c in unhurt):
            continue  # "no consulate personnel had been hurt": not hit
        if role is None:
            continue
        symmetric = is_symmetric(trigger)
        acts = symmetric or (violent and role == "initiator")
        communal = identity_side(a, m, doc, role, symmetric) if acts else None
        out.append(communal or _unknown_doer(a, role, m, violent) or as_actor(a, role, violent))
        if role == "initiator" and symmetric and both_sides(doc[a.head], trigger):
            out.append(out[-1].model_copy(update={"role": "target"}))
    return out


def _implied_initiator(m: Mention, doc: Doc, violent: bool, layers: Layers, out: list[Actor]) -> list[Actor]:
    """With no initiator yet: the state forces of a country modifier ("Russian strikes"), the owner of a
    possessive ("repulsed their attacks"), a pronoun's referent or a subject the parse lost."""
    trigger = m.trigger
    people_noun = m.entry is not None and m.entry["type"] in crowd_types()  # "Chinese demonstrators"
    if not people_noun and not _has_initiator(out) and word_class(trigger, "any_noun"):
        code = modifier_country(trigger)
        if code is not None:
            country = get_gazetteer().country(code)
            out.append(
                Actor(
                    name=canonical_name("state_forces", country.name if country else None),
                    role="initiator",
                    kind="state_forces",
                    country_code=code,
                    text=" ".join(t.text for t in trigger.lefts),
                )
            )
    if not _has_initiator(out):
        owner = _possessor(trigger, m.actors, doc)
        if owner is not None:  # "militants were killed when policemen repulsed their attacks"
            out = [a for a in out if a.text != owner.text]
            out.append(as_actor(owner, "initiator", violent))
    if not m.anaphor and not m.background and not _has_initiator(out):
        # (an act told as what another answers is not by the answering clause's subject)
        in_sentence = [a for a in layers.actors if a.sent_start == m.sent.start_char]
        found = _pronoun_initiator(trigger, [*m.actors, *in_sentence], doc) or _absorbed_subject(
            trigger, in_sentence, doc
        )
        if found is not None:
            out.append(as_actor(found, "initiator", violent))
    return out


def _casualty_victims(m: Mention, out: list[Actor]) -> list[Actor]:
    """The targets the mention's casualty counts name ("killed 10 fighters from Hezbollah"); a count
    that says no one was hurt names none."""
    acting = {a.name for a in out if a.role == "initiator" and template_of(a.name) is None}
    victims = []
    for c in m.casualties:
        if c.negated:
            continue  # "no consulate personnel had been hurt": no one hit
        v = _victim_actor(c)
        if v is not None and v.name not in acting and not _attackers_dead(c, m.sent):
            victims.append(v)  # a named group's own dead do not make it a target, nor the attackers'
    return victims


def _attackers_dead(c: CasualtyMention, sent: Span) -> bool:
    """The victims are the attackers, hit by no one named ("five assailants were killed"): the
    initiator's own losses, counted in the incident but no target of it (``attackers_own_losses``)."""
    act = next((t for t in sent if t.idx == c.trigger), None)
    victim = c.victim.split()[-1].lower() if c.victim else ""
    nouns = [t for t in sent if t.lower_ == victim]
    return act is not None and any(attackers_own_losses(n, act) for n in nouns)


def state_actors_near(mentions: list[Mention], layers: Layers) -> list[ActorMention]:
    """State forces named in the mentions' sentences or the sentence after each ("... Police intervened")."""
    windows = [(m.sent.start_char, with_next_sentence(m.sent).end_char) for m in mentions]
    return [
        a for a in layers.actors if a.kind in STATE_FORCE_KINDS and any(s <= a.start < e for s, e in windows)
    ]

"""From linked mentions to validated Events: typing by actors, roles, merging, field choice, confidence.

The only place that creates ``Event`` objects (called by the eventx_events component).

Field rules (documented in docs/pipeline.md):
- date: the most precise date stated in the incident's own sentences; else a date that refers back to
  it ("Thursday's deaths"); else the anchor date widened to the week ending on it (precision "week");
  with no anchor, the nearest earlier day stated in the text, else none.
- location: the most precise place named in the incident's sentences (not a dateline, not a capital
  standing for its government), in the incident's country; else the article's main place.
- fatalities / injuries: per sentence, counts of distinct victim groups add up; across the sentences
  of one incident, differing totals are kept as low/high with the first stated as best.
- confidence = 0.3 (0.4 when a trigger word names the kind of event) + 0.1 for each of date, location,
  initiator, target/participant, a casualty count, and a second mention; - 0.2 when the report is
  unconfirmed; clipped to [0.05, 1].
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from spacy.tokens import Doc, Span, Token

from .actorlex import (
    canonical_name,
    generic_template,
    group_in,
    identity_label,
    identity_name,
    is_police,
    modifier_country,
    noun_entry,
    of_countries,
    template_of,
)
from .data import actor_lexicon, load_yaml, trigger_lexicon, trigger_words
from .doctools import cites, with_next_sentence
from .events.mentions import Incident, Layers, Mention
from .gazetteer import get_gazetteer, normalize_name
from .models import VIOLENT_TYPES, Actor, Count, DateSpan, Event, Evidence, Location, make_event_id
from .records import PRECISION_RANK, ActorMention, CasualtyMention, DateMention, PlaceMention
from .seizure import seized

_STATE_FORCES = {"state_forces", "external_forces"}
_ARMED = _STATE_FORCES | {"rebel_group", "political_militia", "identity_militia"}
_DYING = {"die", "perish"}
_DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}


# ---------------------------------------------------------------------------------------------- roles
def _chain(tok: Token, depth: int = 5) -> list[Token]:
    """The token and the words governing it, up to ``depth``; a relative clause with its own subject
    ends it ("police found writings praising a gunman who carried out an attack": not the police's)."""
    out = [tok]
    for anc in list(tok.ancestors)[:depth]:
        prev = out[-1]
        if prev.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in prev.children):
            break
        out.append(anc)
    return out


def actor_role(
    actor_head: Token, trigger: Token, diplomacy: bool, actor_kind: str = "other", anaphor: bool = False
) -> str | None:
    """The role an actor plays for a trigger, read from the parse; None when unrelated.

    For a reference back to an incident ("Hours after the strike, Turkey warned ...") only words
    attached to the reference itself count: the clause around it is about something else.
    """
    if diplomacy:
        return "participant" if actor_kind in ("government", "international_org") else None
    chain = [trigger] if anaphor else _chain(trigger)
    role = _role(actor_head, trigger, actor_kind, anaphor, chain)
    if role == "initiator" and _symmetric(trigger) and not _other_side_named(trigger):
        if _second_modifier(actor_head) or (
            actor_head.dep_ == "conj" and _first_conjunct(actor_head.head).dep_ in ("nsubj", "pobj")
        ):
            return "target"  # "LNA and GNA forces clashed", "X and Y clashed": Y is the other side
    return role


def _other_side_named(trigger: Token) -> bool:
    """ "The army and the police clashed with the Taliban": the other side is the "with" object."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)


def _second_modifier(noun: Token) -> bool:
    """ "LNA and GNA forces": the noun carries the second of two joined names, the first being another
    actor ("LNA", a proper noun with the "and"); "Syrian and Russian forces" are one side."""
    return any(
        t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN" and any(c.dep_ == "cc" for c in t.children)
        for t in noun.lefts
    )


def _role(
    actor_head: Token, trigger: Token, actor_kind: str, anaphor: bool, chain: list[Token]
) -> str | None:
    """The role read from the parse alone (see ``actor_role``)."""
    for _ in range(3):  # a modifier takes its noun's role: "regime targets", "Turkish troops", "an IS booby
        if not (  # trapped vehicle" (through the modifiers of modifiers)
            actor_head.dep_ in ("compound", "amod", "poss", "nmod")
            and actor_head.head.i != trigger.i
            and actor_head.head.pos_ in ("NOUN", "PROPN")
        ):
            break
        actor_head = actor_head.head
    holder = of_holder(actor_head)
    if holder is not None and holder.lemma_.lower() in trigger_lexicon()["target_holdings"]:
        actor_head = holder  # "fired on the positions of the military forces of Azerbaijan": the forces
    elif holder is not None and crowd_head(holder):
        actor_head = holder  # "a group of sellers attacked": the sellers are the group
    elif holder is not None and holder.lemma_.lower() in actor_lexicon()["member_heads"]:
        actor_head = holder  # "members of the military forces of Chile opened fire": the forces acted
    dep, head = actor_head.dep_, actor_head.head
    if dep in ("aux", "auxpass") and actor_head.is_upper and len(actor_head) > 1:
        dep = "nsubj"  # "IS attacked": the group's acronym read as the verb "is"
    attributed = _attributed_role(actor_head, trigger)
    if attributed is not None:
        return attributed
    if (
        dep == "nsubjpass"
        and head.lemma_.lower() in trigger_words("raising_verbs")
        and trigger.dep_ == "xcomp"
        and trigger.head.i == head.i
    ):  # "SPLM-IO rebels were reported to have beaten residents"
        return "target" if any(c.dep_ == "auxpass" for c in trigger.children) else "initiator"
    cas = load_yaml("casualties.yaml")
    lost_lives = head.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cas["life_nouns"] for c in head.children
    )
    if dep == "nsubj" and (
        head.lemma_.lower() in _DYING or head.lemma_.lower() in cas["suffer_verbs"] or lost_lives
    ):
        return "target"  # "33 Turkish troopers died in an airstrike", "four persons sustained injuries",
        # "seven fishermen lost their lives"
    repel = trigger_lexicon()["repel_verbs"]
    if dep == "nsubj" and head.lemma_.lower() in repel and head in chain and head.i != trigger.i:
        return "target"  # "Afghan policemen repulsed their attacks": the police were attacked
    if (
        dep == "pobj"
        and head.lower_ == "by"
        and head.head.lemma_.lower() in repel
        and trigger in head.head.ancestors
    ):
        return "target"  # "attacked the village before being repelled by security forces"
    if dep == "nsubj" and _sets_off(head, trigger):
        return "target"  # "villagers stepped on a landmine": they are its victims
    if head.i == trigger.i and dep in ("compound", "amod", "poss", "nmod"):
        return "initiator"  # "regime air strike", "Russian strikes"
    if dep == "pobj" and head.lower_ == "by" and (head.head in chain or _clause_of(head.head, trigger)):
        return "initiator"  # "struck by X", "shells fired by X"
    thing = head.head.head if head.head.dep_ == "acl" else None
    if (
        dep == "pobj"
        and head.lower_ == "by"
        and thing is not None
        and thing.dep_ == "dobj"
        and thing.head.i == trigger.i
    ):
        return "target"  # "shot down a drone operated by GNA": the drone's operator loses it
    attack = trigger.head if trigger.dep_ in ("compound", "amod") else trigger  # "a remote explosive attack"
    if dep == "dobj" and head.lemma_.lower() in ("target", "hit", "strike") and _clause_of(head, attack):
        return "target"  # "a remote explosive attack targeting an industrial factory"
    if dep in ("nsubjpass", "dobj") and (head in chain or (head.dep_ == "conj" and head.head in chain)):
        return "target"  # "shot and killed a ward administrator": the verbs share their victim
    if dep == "pobj" and head.lower_ in trigger_words("aimed_preps") and head.head in chain:
        return "target"
    symmetric = _symmetric(trigger)
    if symmetric and _on_the_other_side(actor_head) and trigger.sent == actor_head.sent:
        return "target"  # "clashes between X on one side and Y on the other": Y
    if dep == "nsubj" and head.dep_ == "pcomp" and head.head.lower_ == "with":
        dep, head = "pobj", head.head  # "clashed with pro-Houthi forces coming from ...": the forces
    clash_with = dep == "pobj" and head.lower_ == "with" and _clash_of(head.head, trigger)
    if clash_with and (symmetric or head.head.i != trigger.i):  # "regained control following clashes with"
        if _fell_in_clash(trigger):
            # "a trafficker was killed after exchanging fire with police": the police killed him
            return "initiator"
        return "target"  # "rioters clashed with military forces": the other side
    if symmetric and dep == "dobj" and head.lemma_.lower() == "involve" and _clause_of(head, trigger):
        return "initiator"  # "a battle involving NAS rebels against SSPDF forces"
    if symmetric and dep == "pobj" and head.lower_ == "against" and head.head.dep_ == "dobj":
        side = head.head.head
        if side.lemma_.lower() == "involve" and _clause_of(side, trigger):
            return "target"
    if (
        symmetric
        and dep == "pobj"
        and head.lower_ == "between"
        and (head.head in chain or _clause_of(head.head, trigger))
    ):
        return "initiator"  # "clashes between X and Y": X (and Y, a conjunct, is the target)
    if dep == "nsubj" and _undergoes(head, trigger):
        return "target"  # "the convoy came under fire"
    if (
        dep == "pobj"
        and head.lower_ == "from"
        and ((head.head.i == trigger.i and trigger.pos_ == "NOUN") or _undergoes(head.head, trigger))
    ):
        return "initiator"  # "came under fire from Boko Haram fighters", "an attack from the rebels"
    if dep == "nsubj" and head.i != trigger.i and head.lemma_.lower() in trigger_lexicon()["observer_verbs"]:
        return None  # "the gang unit is investigating the shooting": it looks into the act, did not do it
    if (
        dep == "nsubj"
        and head in chain
        and not (actor_kind == "government" and head.lemma_.lower() in _report_verbs())
        and (
            head.i == trigger.i
            or not any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in trigger.children)
        )
    ):  # "the guard was on his way when he was attacked": the passive's subject was hit
        return "initiator"  # but "local authorities reported that ...": officials are a source
    if dep == "conj" and head.i != actor_head.i:
        return _role(head, trigger, actor_kind, anaphor, chain)  # a conjunct shares its head's role
    return None


def _undergoes(verb: Token, trigger: Token) -> bool:
    """ "came under attack", "came under fire": the verb's subject suffered the trigger."""
    return verb.lemma_.lower() == "come" and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(g.i == trigger.i for g in c.children)
        for c in verb.children
    )


def _on_the_other_side(tok: Token) -> bool:
    """ "... and pro-Houthi forces on the other (side)": the phrase names the second side."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(
            (g.lower_ == "other" or any(d.lower_ == "other" for d in g.children))
            and not any(d.dep_ == "prep" for d in g.children)  # "on the other side of the river": a place
            for g in c.children
        )
        for c in tok.children
    )


def _sets_off(verb: Token, trigger: Token) -> bool:
    """The verb's subject set off the hidden explosive that is the trigger ("stepped on a landmine")."""
    lex = trigger_lexicon()
    return (
        verb.lemma_.lower() in lex["set_off_verbs"]
        and trigger.lemma_.lower() in lex["hidden_explosives"]
        and trigger.head.i in (verb.i, *(c.i for c in verb.children if c.lower_ in ("on", "over", "into")))
    )


def crowd_head(tok: Token) -> bool:
    """ "a group of", "groups of", "dozens of": a noun for a crowd of whatever it is "of"."""
    heads = trigger_lexicon()["crowd_heads"]
    return tok.lower_ in heads or tok.lemma_.lower() in heads


def _fell_in_clash(trigger: Token) -> bool:
    """The clash has no subject of its own and hangs from the killing or wounding of its other side
    ("two gang members were killed after exchanging fire with police")."""
    if any(c.dep_ == "nsubj" for c in trigger.children):
        return False
    for verb in list(trigger.ancestors)[:3]:
        if verb.lemma_.lower() in _FELLED and any(c.dep_ == "nsubjpass" for c in verb.children):
            return True
    return False


_FELLED = {"kill", "shoot", "wound", "injure", "hurt", "neutralize", "neutralise"}


def _clash_of(tok: Token, trigger: Token) -> bool:
    """The trigger, or a clash noun it governs ("engaged in an armed clash with", "had a fight with")."""
    if tok.i == trigger.i:
        return True
    if tok.dep_ == "dobj" and tok.head.i == trigger.i and _symmetric(trigger):
        return True  # "exchanged fire with military police forces": the object of the clash verb
    return _symmetric(tok) and trigger.i in (tok.head.i, tok.head.head.i)


def _clause_of(verb: Token, trigger: Token) -> bool:
    """ "a clash ensued between X and Y": the verb is a clause hanging from the trigger noun."""
    return verb.head.i == trigger.i and verb.dep_ in ("acl", "relcl")


def of_holder(tok: Token) -> Token | None:
    """The noun a phrase is "of": "positions" in "the positions of X", "group" in "a group of sellers"."""
    return tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None


def _report_verbs() -> list[str]:
    return load_yaml("casualties.yaml")["report_verbs"]


def _symmetric(trigger: Token) -> bool:
    words = trigger_lexicon()["symmetric_triggers"]
    hyphened = trigger.doc[max(trigger.i - 2, 0) : trigger.i + 1].text.lower().replace(" ", "")
    return trigger.lemma_.lower() in words or hyphened in words  # "shoot-out" (its root is "out")


def _first_conjunct(tok: Token) -> Token:
    """The phrase a conjunct is joined to: "LNA" in "LNA and GNA forces" stands for "forces"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ in ("compound", "amod") else tok


def _attributed_role(actor_head: Token, trigger: Token) -> str | None:
    """ "blamed the Assad regime for the strike", "attributed the attack to the ELN": the initiator."""
    verbs = trigger_lexicon()["attribution_verbs"]
    for verb in list(trigger.ancestors)[:3]:
        slot = verbs.get(verb.lemma_.lower())
        if slot is None:
            continue
        if slot in ("dobj", "nsubj") and actor_head.dep_ == slot and actor_head.head.i == verb.i:
            return "initiator"
        if (
            slot == "to"
            and actor_head.dep_ == "pobj"
            and actor_head.head.lower_ == "to"
            and actor_head.head.head.i == verb.i
        ):
            return "initiator"
    return None


def _pronoun_initiator(trigger: Token, actors: list[ActorMention], doc: Doc) -> ActorMention | None:
    """ "Turkey said it retaliated": a pronoun subject resolved to the subject of a governing clause."""
    by_head = {a.head: a for a in actors}
    pronoun_seen = False
    for verb in _chain(trigger, 9):
        # the referent may be passive: "13 people were arrested after they attacked"
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        if subj[0].i in by_head and pronoun_seen:
            return by_head[subj[0].i]
        if subj[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            if _undergoes(verb, trigger):
                return None  # "forces who came under attack": they were attacked
            return by_head.get(verb.head.i)  # "Tarrant, who carried out an attack": the relative's noun
        if subj[0].pos_ == "PRON":
            if subj[0].dep_ != "nsubj" and not pronoun_seen:
                return None  # "when he was attacked": a passive pronoun is the one hit, not the attacker
            pronoun_seen = True
            continue
        if pronoun_seen:
            break
    return None


def _possessor(trigger: Token, actors: list[ActorMention], doc: Doc) -> ActorMention | None:
    """The armed actor a possessive pronoun on the trigger stands for, where the verb governing the
    trigger is one of repelling ("policemen repulsed their attacks": not the police's attacks): the
    subject of a clause above it ("4 Taliban militants were killed ... when policemen repulsed ...")."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in trigger.children):
        return None
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in trigger_lexicon()["repel_verbs"]:
        return None
    by_head = {a.head: a for a in actors if a.kind in _ARMED}
    repellers = {by_head[c.i].name for c in verb.children if c.dep_ == "nsubj" and c.i in by_head}
    for above in list(verb.ancestors)[:3]:
        if above.lemma_.lower() in _report_verbs():
            return None  # "soldiers said they repulsed their attack": the sayers are the repellers
        for c in above.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i in by_head and by_head[c.i].name not in repellers:
                return by_head[c.i]
    return None


def _actor(m: ActorMention, role: str, violent: bool) -> Actor:
    kind, name = m.kind, m.name
    if violent and kind == "government" and role == "initiator":
        kind = "state_forces"
        country = get_gazetteer().country(m.country_code) if m.country_code else None
        name = canonical_name("state_forces", country.name if country else None)
    return Actor(name=name, role=role, kind=kind, country_code=m.country_code, text=m.text)


def _victims_group(c: CasualtyMention):
    """The armed group the victims belong to; the casualties component gave them its kind already
    ("10 fighters from Hezbollah"), so civilians "from a village once held by Boko Haram" have none."""
    return group_in(c.victim) if c.victim and c.victim_kind in _ARMED else None


def _victim_actor(c: CasualtyMention) -> Actor | None:
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
    template = "police" if any(w in c.victim.lower() for w in ("police", "officer")) else c.victim_kind
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
    """ "military forces of India and Pakistan exchanged fire": the forces of each further country are
    the other side of the clash."""
    out = []
    initiators = {a.name for a in actors if a.role == "initiator"}
    for a in m.actors:
        head = doc[a.head]
        entry = noun_entry(head.lower_, head.lemma_.lower())
        if a.name not in initiators or entry is None:
            continue
        for code in of_countries(head)[1:]:
            country = get_gazetteer().country(code)
            name = canonical_name(entry[1], country.name if country else None)
            out.append(Actor(name=name, role="target", kind=a.kind, country_code=code, text=a.text))
    return out


def _identity_side(a: ActorMention, m: Mention, doc: Doc, role: str, violent: bool) -> Actor:
    """A side of a clash between communities named by their community, clan or ethnicity ("members of
    the Glavda community", "two families", "Kanuri ethnic individuals") is an identity militia, as ACLED
    codes communal clashes. People facing state forces or officials stay what they are ("Indigenous
    protesters clashed with police", "village youths clashed with police")."""
    state = any(o.kind in (*_STATE_FORCES, "government") for o in m.actors)
    label = identity_label(doc[a.head]) if a.kind == "civilians" and not state else None
    if label is None:
        return _actor(a, role, violent)
    return _identity_actor(label, role, a.text)


def _identity_actor(label: str, role: str, text: str) -> Actor:
    """An identity militia named by ``identity_label`` ("Unidentified Clan" -> "Unidentified Clan Militia");
    its country is the event's, added by ``_localise``."""
    return Actor(name=identity_name(label, None), role=role, kind="identity_militia", text=text)


def _both_sides(tok: Token) -> bool:
    """ "clashes between two families", "between rival clans": one phrase names both sides."""
    holder = of_holder(tok)
    if holder is not None and crowd_head(holder):
        tok = holder  # "between two groups of security forces"
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "between"
        and not tok.conjuncts
        and any(c.lower_ in ("two", "rival") for c in tok.children if c.dep_ in ("nummod", "amod"))
    )


def _identity_violence(m: Mention, actors: list[Actor]) -> list[Actor]:
    """ "communal violence broke out", "inter-clan clashes": fighting between communities, with no side
    named, is a clash between two unidentified identity militias (ACLED's convention)."""
    trigger = m.trigger
    if trigger.pos_ != "NOUN" or any(a.role == "initiator" for a in actors):
        return []
    if trigger.lemma_.lower() not in ("violence", *trigger_lexicon()["symmetric_triggers"]):
        return []
    label = identity_label(trigger)
    if label is None:
        return []
    return [_identity_actor(label, role, trigger.text) for role in ("initiator", "target")]


def _absorbed_subject(trigger: Token, actors: list[ActorMention], doc: Doc) -> ActorMention | None:
    """A verb the parse left without a subject, whose armed subject it hung on the list of places before
    it ("at X village, Y Township, Rakhine State, Myanmar military from LIB 538 torched 8 houses")."""
    if trigger.pos_ != "VERB" or _symmetric(trigger):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PROPN" for c in trigger.children):
        return None  # a subject of its own (a place name as subject is the parse's mistake)
    before = [
        a
        for a in actors
        if a.head < trigger.i
        and a.kind in _ARMED
        and not a.target_only
        and (
            (doc[a.head].dep_ in ("appos", "conj") and doc[a.head].head.pos_ == "PROPN")  # on a place name
            or _in_the_place_phrase(doc[a.head], trigger)
        )
    ]
    return max(before, key=lambda a: a.head) if before else None


def _in_the_place_phrase(tok: Token, trigger: Token) -> bool:
    """ "in Temuco, Araucania, members of the military forces of Chile opened fire": the parse made the
    subject (or the group it is a member of) the object of the place's "in", ending just before the verb."""
    holder = of_holder(tok)
    if holder is not None and holder.lemma_.lower() in actor_lexicon()["member_heads"]:
        tok = holder
    return tok.dep_ == "pobj" and tok.head.head.i == trigger.i and tok.right_edge.i == trigger.i - 1


def _sides_told_before(m: Mention, doc: Doc, layers: Layers, violent: bool) -> list[Actor]:
    """ "Military Police officers went to the community ... An intense shoot-out broke out": a clash
    that names no side has the armed subject of the sentence before as one."""
    before = [s for s in doc.sents if s.end_char <= m.sent.start_char]
    if not before:
        return []
    prev = before[-1]
    for a in layers.actors:
        head = doc[a.head]
        if (
            a.sent_start == prev.start_char
            and a.kind in _ARMED
            and head.dep_ == "nsubj"
            and not a.target_only
        ):
            return [_actor(a, "initiator", violent)]
    return []


def mention_actors(m: Mention, doc: Doc, diplomacy: bool, violent: bool, layers: Layers) -> list[Actor]:
    out: list[Actor] = []
    trigger = m.trigger
    named = [c for c in m.casualties if _victims_group(c) is not None]
    for a in m.actors:
        role = actor_role(doc[a.head], trigger, diplomacy, a.kind, anaphor=m.anaphor and m.entry is not None)
        if role == "initiator" and a.target_only:
            continue
        if role == "target" and any(c.start <= doc[a.head].idx < c.end for c in named):
            continue  # "killed 10 fighters from Hezbollah": the victims are Hezbollah's, not unidentified
        if role is None:
            continue
        out.append(
            _identity_side(a, m, doc, role, violent) if _symmetric(trigger) else _actor(a, role, violent)
        )
        if role == "initiator" and _symmetric(trigger) and _both_sides(doc[a.head]):
            out.append(out[-1].model_copy(update={"role": "target"}))
    out.extend(_identity_violence(m, out))
    people_noun = m.entry is not None and m.entry["type"] in _crowd_types()  # "Chinese demonstrators"
    if (
        not diplomacy
        and not people_noun
        and not any(a.role == "initiator" for a in out)
        and trigger.pos_ in ("NOUN", "PROPN")
    ):
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
    if not diplomacy and not any(a.role == "initiator" for a in out):
        owner = _possessor(trigger, m.actors, doc)
        if owner is not None:  # "militants were killed when policemen repulsed their attacks"
            out = [a for a in out if a.text != owner.text]
            out.append(_actor(owner, "initiator", violent))
    if not diplomacy and not m.anaphor and not any(a.role == "initiator" for a in out):
        in_sentence = [a for a in layers.actors if a.sent_start == m.sent.start_char]
        found = _pronoun_initiator(trigger, [*m.actors, *in_sentence], doc) or _absorbed_subject(
            trigger, in_sentence, doc
        )
        if found is not None:
            out.append(_actor(found, "initiator", violent))
    if _symmetric(trigger):
        out.extend(_other_sides(m, doc, out))
        if not out and not m.anaphor:
            out.extend(_sides_told_before(m, doc, layers, violent))
    acting = {a.name for a in out if a.role == "initiator" and template_of(a.name) is None}
    for c in m.casualties:
        v = _victim_actor(c)
        if v is not None and v.name not in acting:  # a named group's own dead do not make it a target
            out.append(v)
    return out


# ---------------------------------------------------------------------------------------------- typing
def mention_type(m: Mention, actors: list[Actor], layers: Layers) -> tuple[str, str | None]:
    """ACLED event type and sub-type of a mention, using its actors where the trigger leaves it open."""
    targets = {a.kind for a in actors if a.role == "target"}
    initiators = {a.kind for a in actors if a.role == "initiator"}
    victims = {c.victim_kind for c in m.casualties if c.victim_kind}
    open_type = m.entry is None or m.entry["type"] == "BY_ACTORS" or m.entry["sub"] == "Armed clash"
    if open_type and _crowd_violence(m, actors):
        return "Riots", _riot_sub(m)
    if m.entry is not None and m.entry["type"] == "Riots" and m.entry["sub"] == "Mob violence":
        return "Riots", _riot_sub(m)
    if m.entry is None or m.entry["type"] == "BY_ACTORS":
        armed_targets = (targets | victims) & _ARMED
        unarmed = {"civilians", "government", "protesters"}
        if armed_targets or (initiators & _ARMED and not (targets | victims) & unarmed and targets):
            return "Battles", "Armed clash"
        if _property_only(m, actors):
            return "Strategic developments", "Looting/property destruction"
        return "Violence against civilians", "Attack"
    etype, sub = m.entry["type"], m.entry["sub"]
    if etype == "Explosions/Remote violence" and sub in _GROUND_FIRE and _mutual_fire(m.sent):
        return "Battles", "Armed clash"  # "explosions ... in both directions of the frontline"
    state = initiators & (_STATE_FORCES | {"government"})
    if m.trigger.lemma_.lower() in trigger_lexicon()["seizure_verbs"]:
        taken = seized(m.trigger)
        if taken == "goods" or (taken == "weapons" and m.trigger.lemma_.lower() in ("seize", "capture")):
            if taken == "weapons" and state:
                return "Strategic developments", "Disrupted weapons use"  # "police seized weapons"
            return "Strategic developments", "Looting/property destruction"  # goods, or arms taken by rebels
        if taken == "weapons":
            return "Strategic developments", "Disrupted weapons use"
    if sub == "BY_ACTORS":
        return etype, "Government regains territory" if state else "Non-state actor overtakes territory"
    if etype == "Protests":
        return protest_type(m, layers)
    return etype, sub


def _property_only(m: Mention, actors: list[Actor]) -> bool:
    """An attack on things alone, with no one killed or hurt ("unknown gunmen attacked and damaged the
    building of the radio's offices", "the pipeline was attacked six times"): ACLED codes it as property
    destruction. A home or a village holds people: attacking one is an attack on them."""
    if any(c.status in ("killed", "injured") and not c.negated and (c.best or 0) > 0 for c in m.casualties):
        return False
    harm = trigger_words("harm_words")
    if any(t.lemma_.lower() in harm for t in m.sent):
        return False  # "attacked a school and kidnapped hundreds of pupils", "leaving many people wounded"
    things = trigger_words("property_targets")
    target_texts = {a.text for a in actors if a.role == "target" and a.text}
    doc = m.sent.doc
    hit = [a for a in m.actors if a.text in target_texts]
    if hit:
        return all(a.target_only and doc[a.head].lemma_.lower() in things for a in hit)
    verbs = [m.trigger, *m.trigger.conjuncts]  # "attacked and damaged the building"
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in things for o in objects)


_UNARMED_CROWD = {"civilians", "protesters", "rioters"}
_BY_ACTORS_TYPES = {"Violence against civilians", "Battles"}  # what a generic "attack" becomes
_GROUND_FIRE = {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"}


def _mutual_fire(sent: Span) -> bool:
    """Fire both ways or with small arms ("in both directions", "small arms"): ACLED codes such an
    exchange as an armed clash, not remote violence (``mutual_fire_cues``)."""
    text = sent.text.lower()
    return cites(text, trigger_lexicon()["mutual_fire_cues"])


def _crowd_violence(m: Mention, actors: list[Actor]) -> bool:
    """An unarmed crowd attacks or clashes ("youths attacked a police station", "dozens of men clashed
    with police"): every initiator is unarmed people, written in the plural or as a crowd."""
    initiators = [a for a in actors if a.role == "initiator"]
    if not initiators or any(a.kind not in _UNARMED_CROWD for a in initiators):
        return False
    targets = {a.name for a in actors if a.role == "target"}
    target_kinds = {a.kind for a in actors if a.role == "target"}
    doc = m.sent.doc
    weapons = trigger_words("weapon_words")
    if any(t.lemma_.lower() in weapons and not _crowd_fire(t) for t in with_next_sentence(m.sent)):
        return False  # "clashes between two families ... The two sides used rockets": armed
    shooting = any(
        t.lemma_.lower() in trigger_lexicon()["armed_acts"] for t in doc[m.trigger_start : m.trigger_end]
    )
    if shooting and not any(a.kind in ("protesters", "rioters") for a in initiators):
        return False  # "four individuals opened fire at the police station": armed, unless demonstrators
    if any(
        a.kind in _ARMED
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
        if head.tag_ in ("NNS", "NNPS") or crowd_head(head) or a.kind == "rioters":
            return True
        holder = of_holder(head)
        if holder is not None and crowd_head(holder):
            return True  # "a group of sellers"
    return False


def _acts(tok: Token) -> bool:
    """The subject of a verb or its "by" agent: someone doing something, not "the police who" or "a
    post of the army"."""
    return tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


def _riot_sub(m: Mention) -> str:
    """A riot among demonstrators is a violent demonstration; otherwise it is mob violence."""
    cues = trigger_words("protest_cues")
    window = with_next_sentence(m.sent)
    found = any(t.lemma_.lower() in cues and not t.ent_type_ for t in window)  # not "On 3 March"
    return "Violent demonstration" if found else "Mob violence"


def _crowd_fire(tok: Token) -> bool:
    """A weapon word that names fire a crowd throws ("petrol bombs", "Molotov cocktails"): no arms."""
    riot = trigger_words("riot_nouns")
    return tok.lemma_.lower() in riot or any(
        c.lemma_.lower() in riot for c in tok.children if c.dep_ == "compound"
    )


def _riot_cue(tok: Token) -> bool:
    """A word of violence by a crowd: a violent verb ("stoned", "burned"; not "looted funds" or "flood
    damage"), a riot noun ("molotov", "arson"), a thrown object ("threw stones") or "set ... on fire"."""
    lex = trigger_lexicon()
    lemma = tok.lemma_.lower()
    if lemma in lex["riot_nouns"] or _set_on_fire(tok):
        return not _symbolic(tok)  # not "burning a papier-mache Trump head"
    if lemma in lex["riot_cues"] and tok.pos_ == "VERB" and not (tok.dep_ == "amod" and tok.tag_ == "VBN"):
        return not _symbolic(tok)
    return lemma in lex["thrown_objects"] and any(
        a.lemma_.lower() in lex["throwing_verbs"] for a in [tok.head, tok.head.head]
    )


def _crowd_strikes(tok: Token) -> bool:
    """ "Demonstrators took one of the suspects ... and killed him": a violent verb whose subject (or the
    subject of the verb it is joined to) is a demonstrator or a crowd of people."""
    lex = trigger_lexicon()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex["crowd_violence_verbs"] or _symbolic(tok):
        return False
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    people = set(lex["protest_cues"]) | set(lex["protest_people"])
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return any(c.lemma_.lower() in people or c.lower_ in people for c in subjects)


def _symbolic(verb: Token) -> bool:
    """The act is done to a sign, not to people or property: "beating a Trump pinata", "burned his effigy"."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    signs = trigger_words("symbolic_objects")
    return bool(objects) and all(o.lemma_.lower() in signs for o in objects)  # not "the flag and tyres"


def _set_on_fire(tok: Token) -> bool:
    """ "set them on fire", "set fire to", "set tyres ablaze": arson, a riot cue whatever stands between."""
    if tok.lower_ in ("ablaze", "alight"):
        return tok.head.lemma_ == "set"
    if tok.lemma_ == "fire" and tok.dep_ == "dobj" and tok.head.lemma_ == "set":
        return True  # "setting fire to mattresses"
    return tok.lemma_ == "fire" and tok.head.lower_ == "on" and tok.head.head.lemma_ == "set"


def protest_type(m: Mention, layers: Layers) -> tuple[str, str]:
    """Peaceful protest, protest with intervention, excessive force, or a riot (violent demonstration),
    from the protest's own sentence and the next (cue lists in event_triggers.yaml)."""
    lex = trigger_lexicon()
    window = with_next_sentence(m.sent)  # "... Police intervened to disperse them."
    lemmas = {t.lemma_.lower() for t in window}
    state = bool(_state_actors_near([m], layers))
    hurt = any(c.status in ("killed", "injured") and not c.negated for c in m.casualties)
    if any(_riot_cue(t) or _crowd_strikes(t) for t in window):
        return "Riots", "Violent demonstration"
    if state and hurt:
        return "Protests", "Excessive force against protesters"
    if state and lemmas & set(lex["intervention_cues"]):
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


# a protest told in several sentences takes its most severe sub-type
_PROTEST_RANK = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
}


def _property_attack(inc: Incident) -> bool:
    """Arson or destruction ("set fire to a school"), which "the attack" may refer to and groups claim;
    not goods seized by the police."""
    if inc.sub_event_type != "Looting/property destruction":
        return False
    return not any(m.entry is not None and seized(m.trigger) is not None for m in inc.mentions)


def _placed_elsewhere(inc: Incident, m: Mention) -> bool:
    """The mention names a place of its own in no first-level area of the incident's places ("Gunmen
    killed five villagers in Zamfara state. Separately, bandits set fire to a market in Katsina state.")."""
    own = {p.admin1 or p.name for p in m.places if p.context == "mention"}
    told = {p.admin1 or p.name for x in inc.mentions for p in x.places if p.context == "mention"}
    return bool(own) and bool(told) and not own & told


def _bare_crowd(m: Mention) -> bool:
    """A mention whose trigger is only the crowd's noun ("Four protesters were injured by rubber bullets"):
    with no place of its own, the protest told before, however far back."""
    return m.entry is not None and m.trigger.lemma_.lower() in ("protester", "demonstrator", "rioter")


def _violent(etype: str) -> bool:
    return etype in VIOLENT_TYPES


# ---------------------------------------------------------------------------------------------- merging
def _share(c: CasualtyMention) -> int | None:
    """The incident's share of a stated count: a total for N related incidents is divided evenly (GTD's
    convention, rounded down, but at least one of a positive total), otherwise the count itself."""
    if c.best is None or c.shared_by == 1:
        return c.best
    return max(c.best // c.shared_by, 1 if c.best else 0)


def _count_total(m: Mention, status: str) -> int | None:
    cs = m.counts(status)
    vals = [_share(c) for c in cs if c.best is not None]
    return sum(vals) if vals else None


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
            target.mentions.append(m)
            target.actors.extend(actors)
            if _responds(m) and target.event_type in _BY_ACTORS_TYPES | {"Explosions/Remote violence"}:
                # the attacked fought back
                target.event_type, target.sub_event_type = "Battles", "Armed clash"
            elif {target.event_type, etype} == set(_crowd_types()):
                target.event_type, target.sub_event_type = "Riots", "Violent demonstration"
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
                and target.event_type in _BY_ACTORS_TYPES
                and not m.anaphor
            ):
                target.event_type, target.sub_event_type = etype, sub  # "targeted a vehicle with an IED"
        ref = _latest_violent(incidents, exclude=target or incidents[-1]) if m.back_dates else None
        if ref is not None:  # "Thursday's deaths" dates the incident referred to, not this one
            ref.mentions[0].back_dates.extend(m.back_dates)
            m.back_dates = []
    return incidents


def _roles_agree(a: list[Actor], b: list[Actor]) -> bool:
    """No contradiction in who did what: where both name initiators (or targets), their countries meet."""
    for role in ("initiator", "target"):
        ca = {x.country_code for x in a if x.role == role and x.country_code}
        cb = {x.country_code for x in b if x.role == role and x.country_code}
        if ca and cb and not ca & cb:
            return False
    return True


def _latest_violent(incidents: list[Incident], exclude: Incident | None = None) -> Incident | None:
    for inc in reversed(incidents):
        if inc is not exclude and _violent(inc.event_type):
            return inc
    return None


def _merge_target(
    incidents: list[Incident],
    m: Mention,
    etype: str,
    sub: str | None,
    actors: list[Actor],
    places: list[PlaceMention],
) -> Incident | None:
    if not incidents:
        return None
    if m.entry is None and m.casualties and all(c.negated for c in m.casualties):
        last = _latest_violent(incidents)  # "No one was hurt.": the incident just told, or nothing
        return last if last is not None and _told_just_before(last, m) else None
    if m.anaphor and _violent(etype) or (m.anaphor and m.entry is None):
        last = incidents[-1]
        if _property_attack(last) and _told_just_before(last, m):
            return last  # "Assailants set fire to a school. ... destroyed in the attack."
        return _latest_violent(incidents)
    if etype in _crowd_types():
        crowds = [inc for inc in incidents if inc.event_type in _crowd_types()]
        same = [inc for inc in crowds if any(x.sent.start == m.sent.start for x in inc.mentions)]
        if same:  # "youths attacked a police station to demonstrate": one riot, not a riot and a protest
            return same[-1]
        if crowds and not m.places and (_told_just_before(crowds[-1], m) or _bare_crowd(m)):
            return crowds[-1]  # "a demonstration turned violent ... Some demonstrators opened fire first."
    if _responds(m) or _foils(m):
        last = _latest_violent(incidents)
        if last is not None and _told_just_before(last, m):
            return last
    if sub == "Looting/property destruction" and not m.anaphor:
        last = incidents[-1]  # "Militants attacked Natuco village. They set fire to the village.": the attack
        if (
            (_violent(last.event_type) or last.event_type in _crowd_types())
            and _told_just_before(last, m)
            and not _told_apart(last, m, places)
            and not _placed_elsewhere(last, m)
        ):
            return last
    told_first = _bare_killing_before(incidents, m, etype)
    if told_first is not None:
        return told_first
    killed = _count_total(m, "killed")
    follow_up = _follow_up_of(incidents, m, actors, killed)
    if follow_up is not None:
        return follow_up
    victims = {(c.victim_country, c.victim_kind) for c in m.casualties if c.victim_kind}
    for inc in reversed(incidents):
        if inc.event_type != etype or (sub and inc.sub_event_type and inc.sub_event_type != sub):
            continue
        if etype == "Diplomacy":
            parts = {a.country_code for a in actors}
            if parts and parts <= {a.country_code for a in inc.actors}:
                return inc
            continue
        inc_killed = {_count_total(x, "killed") for x in inc.mentions} - {None}
        inc_victims = {
            (c.victim_country, c.victim_kind) for x in inc.mentions for c in x.casualties if c.victim_kind
        }
        if killed is not None and killed in inc_killed and (not victims or victims & inc_victims):
            return inc
        if (
            (killed is None or not inc_killed)
            and sub == inc.sub_event_type
            and _roles_agree(actors, inc.actors)
            and not _told_apart(inc, m, places)
        ):
            return inc  # the same kind of incident told again without a conflicting count
    return None


def _told_apart(inc: Incident, m: Mention, places: list[PlaceMention]) -> bool:
    """True if the mention places itself only in other countries than the incident ("a family was killed
    in London, Ontario ... Tarrant, who carried out an attack on a mosque in Christchurch, New Zealand").
    Dates do not part mentions: a sentence's dates often name other days ("Tuesday's election")."""

    def countries(places: list[PlaceMention]) -> set[str]:
        return {p.country_code for p in places if p.context == "mention" and p.country_code}

    doc = m.sent.doc
    trigger = m.trigger
    here = [p for p in m.places if _locative_of(doc, p, trigger)]  # not "a man from Toronto"
    mine, theirs = countries(here), countries([p for x in inc.mentions for p in x.places])
    if mine and not theirs:  # an incident placed by the sentences before it ("... in London, Ontario,
        # Canada. Four members of the family were killed in the attack.")
        first = min(x.sent.start_char for x in inc.mentions)
        before = [p for p in places if p.context == "mention" and p.sent_start < first]
        theirs = countries(before[-1:])
    return bool(mine and theirs) and not mine & theirs


def _locative_of(doc: Doc, place: PlaceMention, trigger: Token) -> bool:
    """True if the place is where the trigger's act happened: the object of "in", "at" or "near" under
    the trigger ("an attack on a mosque in Christchurch"), not an origin ("a 34-year-old from Toronto")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    while prep.dep_ in ("conj", "appos", "compound") and prep.head.i != prep.i:
        prep = prep.head  # "in Christchurch, New Zealand": New Zealand hangs on Christchurch
    if prep.pos_ == "PROPN":
        prep = prep.head
    sites = load_yaml("place_stoplist.yaml")["site_preps"]
    return prep.lower_ in sites and (prep.head.i == trigger.i or trigger in prep.ancestors)


_FOLLOW_UP_SENTENCES = 2  # how far after an incident a bare casualty sentence still belongs to it


def _follow_up_of(
    incidents: list[Incident], m: Mention, actors: list[Actor], killed: int | None
) -> Incident | None:
    """ "Soldiers clashed with traffickers ... One suspect was injured.": a casualty statement with no
    trigger word and no attacker of its own, just after a violent incident, tells of that incident
    (unless both give a killed count, which may be two incidents' tolls, and the later one does not say
    its victims are "also" killed)."""
    if m.entry is not None or any(a.role == "initiator" for a in actors):
        return None
    last = _latest_violent(incidents)
    if last is None:
        return None
    also = all(c.additional for c in m.counts("killed"))
    if killed is not None and not also and any(_count_total(x, "killed") is not None for x in last.mentions):
        return None
    return last if _told_just_before(last, m) else None


def _bare_killing_before(incidents: list[Incident], m: Mention, etype: str) -> Incident | None:
    """ "5 FC personnel were killed as an IED hit their vehicle": a killing told with no trigger word and
    no attacker, earlier in the sentence of a violent trigger, is that trigger's incident."""
    if m.entry is None or not _violent(etype) or not incidents:
        return None
    last = incidents[-1]
    bare = all(x.entry is None and x.sent.start == m.sent.start for x in last.mentions)
    return last if bare and not any(a.role == "initiator" for a in last.actors) else None


def _told_just_before(inc: Incident, m: Mention) -> bool:
    """The incident was last told in this mention's sentence or the two before it."""
    near = _preceding_sentences(m.sent.doc, m.sent.start_char, _FOLLOW_UP_SENTENCES) | {m.sent.start_char}
    return inc.mentions[-1].sent.start_char in near


def _foils(m: Mention) -> bool:
    """ "Assailants launched a drone ... that was intercepted", "The rocket was intercepted": the weapon of
    the attack just told, disrupted; part of that attack."""
    if m.entry is None or m.entry["sub"] != "Disrupted weapons use":
        return False
    trig = m.trigger
    if trig.dep_ in ("relcl", "acl"):
        return True
    objects = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for o in objects for c in o.children)


def _responds(m: Mention) -> bool:
    return m.entry is not None and answers_attack(m.trigger)


def answers_attack(trigger: Token) -> bool:
    """ "The officer returned fire", "the bodyguards reacted with gunfire": a trigger answering the
    attack just told."""
    verbs = trigger_lexicon()["response_verbs"]
    head = trigger.head
    if trigger.dep_ == "dobj":
        return head.lemma_.lower() == "return"  # "returned fire", not "returned to the village"
    if trigger.dep_ == "pobj" and head.lower_ == "with":
        return head.head.lemma_.lower() in verbs  # "reacted with gunfire"
    return False


# ---------------------------------------------------------------------------------------------- claims
def responsibility_claims(doc: Doc) -> list[tuple[int, Span]]:
    """(character offset, actor span) for each claim or attribution of responsibility in the text:
    "X claimed responsibility", "sources attributed the attack to X", "the attack was carried out by X".
    Negated claims ("No group claimed responsibility") are not claims."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in tok.children):
            continue
        span = None
        if lemma == "claim" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in tok.children
        ):
            span = _child_phrase(tok, "nsubj")
        elif lemma == "attribute":
            # "attributed the attack to X": "to" hangs on the verb or, in the model's parse, on its object
            heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            to = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
            span = _child_phrase(to[0], "pobj") if to else None
        elif lemma == "carry" and any(c.dep_ == "auxpass" for c in tok.children):
            by = [c for c in tok.children if c.dep_ == "agent"]
            span = _child_phrase(by[0], "pobj") if by else None
        if span is not None and not any(t.lower_ in ("no", "unknown", "none") for t in span[:2]):
            out.append((tok.idx, span))
    return out


def _child_phrase(tok: Token, dep: str) -> Span | None:
    kids = [c for c in tok.children if c.dep_ == dep]
    if not kids or kids[0].pos_ == "PRON":
        return None
    k = kids[0]
    return k.doc[k.left_edge.i : k.right_edge.i + 1]


def claimed_actor(span: Span) -> Actor:
    """The initiator a claim names: a known armed group, else the phrase itself ("the Tiv militia")."""
    group = group_in(span.text)
    if group is not None:
        return Actor(
            name=group.name,
            role="initiator",
            kind=group.kind,
            country_code=group.country_code,
            text=span.text,
        )
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    return Actor(name=name, role="initiator", kind="political_militia", text=span.text)


def apply_claims(doc: Doc, incidents: list[Incident]) -> None:
    """Each claim names the initiator of the latest violent incident reported before it that has none
    of its own (or of the first one, when the claim comes first)."""
    for offset, span in responsibility_claims(doc):
        violent = [
            i for i in incidents if _violent(i.event_type) or _property_attack(i)
        ]  # arson is claimed too
        before = [i for i in violent if i.mentions[0].sent.start_char <= offset]
        target = (before or violent or [None])[-1 if before else 0]
        if target is None:
            continue
        actor = claimed_actor(span)
        # a claim names who the generic "assailants"/"gunmen" (Unidentified Armed Group) were
        target.actors = [
            a for a in target.actors if a.role != "initiator" or not a.name.startswith("Unidentified")
        ]
        target.actors.append(actor)


# ---------------------------------------------------------------------------------------------- fields
def _date(doc: Doc, inc: Incident, taken: dict[int, int], layers: Layers) -> DateSpan | None:
    """The incident's date: its own, else one referring back to it, else an unattached date of its
    sentences, else the nearest earlier unattached date of the article, else the anchor's week; with
    no anchor, the nearest earlier day stated for another incident.
    ``taken`` maps a date mention's start to the incident (by id) it was linked to."""
    own = id(inc)
    sents = {m.sent.start_char for m in inc.mentions}
    first = min(m.sent.start_char for m in inc.mentions)
    anchor = doc._.anchor
    free = [
        d
        for d in layers.dates
        if taken.get(d.start, own) == own
        and (anchor is None or d.date_start is None or d.date_start <= anchor)
    ]
    recent = _preceding_sentences(doc, first, _EARLIER_DATE_SENTENCES)
    pools = (
        [d for m in inc.mentions for d in m.dates],
        [d for m in inc.mentions for d in m.back_dates],
        [d for d in free if d.sent_start in sents],
        # "On 28 April 2020, forces arrested and beat a leader": a date heading the sentence is every
        # incident's of that sentence, even when linked to another one
        [d for d in layers.dates if d.sent_start in sents and _heads_sentence(doc, d)],
        [d for d in free if d.sent_start in recent and d.precision == "day"][-1:],
        # with no anchor, the narrative's current day, even when stated for another incident ("On 3 May,
        # X ... Police later arrested Y"): the only estimate there is
        [d for d in layers.dates if d.sent_start in recent and d.precision == "day"][-1:]
        if anchor is None
        else [],
    )
    for pool in pools:
        pts = [d for d in pool if d.kind == "point" and not d.future and d.date_start is not None]
        if pts:
            best = max(pts, key=lambda d: (_DATE_RANK.get(d.precision or "", 0), -d.start))
            return DateSpan(
                start=best.date_start,
                end=best.date_end or best.date_start,
                precision=best.precision or "day",
                text=best.text,
                anchor=(doc._.anchor_source or "none") if best.relative else None,
            )
    if anchor is None:
        return None
    return DateSpan(
        start=anchor - timedelta(days=6), end=anchor, precision="week", text=None, anchor=doc._.anchor_source
    )


def _heads_sentence(doc: Doc, d: DateMention) -> bool:
    """The date stands before its sentence's main verb ("On 3 May 2020, a mob ... clashed")."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and span.start < span.sent.root.i


_EARLIER_DATE_SENTENCES = 3  # how far back an incident with no date of its own looks for one


def _preceding_sentences(doc: Doc, start: int, n: int) -> set[int]:
    """Start offsets of the ``n`` sentences before the one starting at ``start``."""
    starts = [s.start_char for s in doc.sents if s.start_char < start]
    return set(starts[-n:])


def main_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The article's main place: the most precise mention in its most frequently named admin1/country."""
    places = [p for p in places if p.context == "mention"]
    if not places:
        return None
    countries = Counter(p.country_code for p in places)
    top = countries.most_common(1)[0][0]
    inside = [p for p in places if p.country_code == top]
    admins = Counter(p.admin1 for p in inside if p.admin1)
    if admins:
        a1 = admins.most_common(1)[0][0]
        inside = [p for p in inside if p.admin1 == a1] or inside
    return max(inside, key=lambda p: (PRECISION_RANK.get(p.precision, 0) >= 2, -p.start))


def _in_named_area(places: list[PlaceMention], level: str) -> list[PlaceMention]:
    """The places inside a province (``level`` "admin1") or district ("admin2") the incident's sentences
    name, when they name one: "in Pesqueria, Nuevo Leon ... in Colonia Lomas de San Martin" is not the
    colonia of that name in Hidalgo. A finer place the gazetteer puts elsewhere (a namesake, or a town
    it assigns to the next province) keeps its written name but takes the named area and its point."""
    areas = [p for p in places if p.precision == level and p.resolved and getattr(p, level)]
    named = {normalize_name(n) for p in areas for n in (getattr(p, level), p.gazetteer_name, p.name) if n}
    if not named:
        return places
    out = []
    for p in places:
        own = normalize_name(getattr(p, level) or "")
        if own and any(n == own or n in own.split(" of ") for n in named):  # "Province of Bohol"
            out.append(p)
        elif p.specificity > areas[0].specificity:
            same = {
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "name": p.name,
                "specificity": p.specificity,
            }
            if areas[0].latitude is None:  # an ISO-only province has no point: keep the place's own
                same |= {"latitude": p.latitude, "longitude": p.longitude}
            out.append(areas[0].model_copy(update={**same, "gazetteer_name": None, "resolved": False}))
    return out or places


def _location(inc: Incident, layers: Layers) -> Location | None:
    places = [p for m in inc.mentions for p in m.places if p.context == "mention"]
    if places:
        countries = Counter(p.country_code for p in places)
        top = countries.most_common(1)[0][0]
        places = [p for p in places if p.country_code == top]
        places = _in_named_area(_in_named_area(places, "admin1"), "admin2")
        best = max(places, key=lambda p: (p.specificity, -p.start))
    elif inc.event_type == "Diplomacy":
        return None  # talks by telephone happen nowhere in particular: no inherited place
    else:
        best = main_place(layers.places)
    if best is None:
        return None
    country = get_gazetteer().country(best.country_code) if best.country_code else None
    return Location(
        name=best.name,
        gazetteer_name=best.gazetteer_name,
        admin1=best.admin1,
        admin2=best.admin2,
        country=country.name if country else None,
        country_code=best.country_code,
        latitude=best.latitude,
        longitude=best.longitude,
        precision=best.precision,
        text=best.text,
    )


def _home_country(inc: Incident) -> Location | None:
    """With no place at all, the country of the domestic actors the incident names, at country
    precision: its government or police ("the Turkish Government began enforcing a curfew", "Israeli
    Police forces"), or a faction of a divided state's forces (``domestic`` in armed_groups.yaml: "LNA
    forces"). Military forces may act abroad ("KDF soldiers", "IDF jets") and decide nothing."""
    codes = Counter(
        a.country_code
        for a in inc.actors
        if a.country_code
        and (
            a.kind == "government"
            or is_police(a.name)
            or (a.kind == "state_forces" and getattr(group_in(a.text or ""), "domestic", False))
        )
    )
    return _country_location(codes.most_common(1)[0][0]) if codes else None


def _line_country(inc: Incident) -> Location | None:
    """With no place at all, the country of the known front line the fire is reported along ("the OSCE
    SMM observed 5 projectiles near Novovyboeve", a village the gazetteer lacks: Ukraine)."""
    line = _front_line(inc, None)
    return _country_location(line["country"]) if line is not None else None


def _country_location(code: str) -> Location | None:
    place = get_gazetteer().country(code)
    if place is None:
        return None
    return Location(
        name=place.name,
        gazetteer_name=place.name,
        country=place.name,
        country_code=place.country_code,
        latitude=place.latitude,
        longitude=place.longitude,
        precision="country",
        text=None,
    )


def _count(inc: Incident, status: str) -> Count | None:
    per_mention = []
    extra, extra_text = 0, []  # victims a later sentence adds ("2 militants were also killed")
    for k, m in enumerate(inc.mentions):
        total = _count_total(m, status)
        if total is not None:
            cs = m.counts(status)
            if k > 0 and per_mention and all(c.additional for c in cs):
                extra += total
                extra_text.extend(c.text for c in cs)
                continue
            qual = cs[0].qualifier if len(cs) == 1 else "exact"
            text = "; ".join(c.text for c in cs)
            low = sum(
                _share(c) if c.shared_by > 1 else (c.low if c.low is not None else c.best)
                for c in cs
                if c.best is not None
            )
            high = sum(c.high if c.high is not None else c.best for c in cs if c.best is not None)  # totals
            if any(c.shared_by > 1 for c in cs):
                qual = "approximate"
            per_mention.append((total, low, high, qual, text))
    if not per_mention:
        return None
    positive = [p for p in per_mention if p[0] > 0] or per_mention
    best, _, _, qual, text = positive[0]
    low = min(p[1] for p in positive) + extra
    high = max(p[2] for p in positive) + extra
    best += extra
    text = "; ".join([text, *extra_text])
    if low != high and qual == "exact":
        qual = "approximate"
    return Count(best=best, low=min(low, best), high=max(high, best), qualifier=qual, text=text)


def _conventions() -> dict:
    return load_yaml("role_conventions.yaml")


def _crowd_types() -> dict[str, str]:
    """Event types whose initiator is a crowd (Protests, Riots), from ``role_conventions.yaml``."""
    return _conventions()["crowds"]


def _state_actors_near(mentions: list[Mention], layers: Layers) -> list[ActorMention]:
    """State forces named in the mentions' sentences or the sentence after each ("... Police intervened")."""
    windows = [(m.sent.start_char, with_next_sentence(m.sent).end_char) for m in mentions]
    return [a for a in layers.actors if a.kind in _STATE_FORCES and any(s <= a.start < e for s, e in windows)]


def _seizes_contraband(inc: Incident, actors: list[Actor]) -> bool:
    """State forces seizing goods ("police seized 5 tons of marijuana"): the goods are a gang's."""
    if not any(a.role == "initiator" and a.kind in _STATE_FORCES for a in actors):
        return False
    lex = trigger_lexicon()
    verbs, contraband = set(lex["seizure_verbs"]), set(lex["contraband"])
    return any(
        m.trigger.lemma_.lower() in verbs
        and seized(m.trigger) == "goods"
        and any(t.lemma_.lower() in contraband for t in m.trigger.subtree)
        for m in inc.mentions
    )


def _front_line_sides(inc: Incident, country: str | None, actors: list[Actor]) -> list[Actor]:
    """The two sides of a known front line (``front_lines.yaml``) for fire along it that names neither:
    "the OSCE SMM observed 52 explosions in both directions of the frontline near Sokilnyky"."""
    line = _front_line(inc, country)
    if line is None:
        return []
    first, second = line["sides"]
    out = [Actor(name=first["name"], role="initiator", kind=first["kind"], country_code=first["country"])]
    if not any(a.role == "target" for a in actors):
        out.append(
            Actor(name=second["name"], role="target", kind=second["kind"], country_code=second["country"])
        )
    return out


def _front_line(inc: Incident, country: str | None) -> dict | None:
    """The known front line (``front_lines.yaml``) the incident's fire is reported along: one whose cues
    its sentences name, in the line's country (or, with no country, one of its ``cues_anywhere``)."""
    table = load_yaml("front_lines.yaml")
    if inc.event_type not in table["types"]:
        return None
    text = " ".join(m.sent.text for m in inc.mentions)
    for line in table["front_lines"]:
        cues = (
            line["cues"] if country == line["country"] else line["cues_anywhere"] if country is None else []
        )
        if cites(text, cues):
            return line
    return None


def _convention_actors(inc: Incident, location: Location | None, layers: Layers) -> list[Actor]:
    """Roles that ACLED fixes by event type (``role_conventions.yaml``), on top of those read from the
    parse: the crowd of a protest or riot, the state forces facing it, an "Unidentified Armed Group" for
    violence whose perpetrator is not named, and the civilian target of violence against civilians when
    the text names the victim only as "a man" or "a school"."""
    conv = _conventions()
    key = f"{inc.event_type}/{inc.sub_event_type}"
    country = location.country if location else None
    code = location.country_code if location else None
    actors = list(inc.actors)
    crowd_kind = conv["crowds"].get(inc.event_type)
    if crowd_kind is not None:
        state_role = conv["state_role_in_crowd_events"].get(key)
        state = [a for a in actors if a.kind in _STATE_FORCES]
        if state_role is not None:
            named = {a.name for a in state}
            state = [a.model_copy(update={"role": state_role}) for a in state]
            state += [
                _actor(a, state_role, violent=True)
                for a in _state_actors_near(inc.mentions, layers)
                if a.name not in named
            ]
        others = [  # the crowd stands for the people in it; a protest has no civilian target
            a
            for a in actors
            if a.kind not in _STATE_FORCES
            and not (a.role == "initiator" and a.kind in _UNARMED_CROWD)
            and a.kind != crowd_kind  # "soldiers beat protesters": the protesters are the crowd itself
            and not (inc.event_type == "Protests" and a.kind == "civilians")
        ]
        crowd = Actor(
            name=canonical_name(crowd_kind, country),
            role=conv["crowd_role"].get(key, "initiator"),
            kind=crowd_kind,
            country_code=code,
        )
        actors = [crowd, *state, *others]
    barred = conv["not_initiators"].get(inc.event_type, [])
    actors = [a for a in actors if not (a.role == "initiator" and a.kind in barred)]
    if not any(a.role == "initiator" for a in actors):
        actors += _front_line_sides(inc, code, actors)
    default = conv["default_initiator"].get(inc.event_type)
    killed = any(c.status == "killed" and not c.negated for m in inc.mentions for c in m.casualties)
    if (
        inc.event_type == "Battles"
        and not killed
        and not any(
            a.role == "target" and a.kind in ("rebel_group", "political_militia", "identity_militia")
            for a in actors
        )
    ):
        default = None  # "fans clashed with police": no armed group to invent
    if default is not None and not any(a.role == "initiator" for a in actors):
        actors.insert(0, Actor(name=canonical_name(default, country), role="initiator", kind=default))
    default = conv["default_target"].get(key) or conv["default_target"].get(inc.event_type)
    if _seizes_contraband(inc, actors):
        default = "political_militia"  # drugs seized by the police: the traffickers' loss (ACLED: a gang)
    if default is not None and not any(a.role == "target" for a in actors):
        actors.append(
            Actor(name=canonical_name(default, country), role="target", kind=default, country_code=code)
        )
    return actors


def _localise(actors: list[Actor], location: Location | None) -> list[Actor]:
    """Actors of no stated country take the event's country when their name is a generic template
    ("Police Forces" in Myanmar -> "Police Forces of Myanmar"): domestic forces and people."""
    if location is None or not location.country_code or not location.country:
        return actors
    out = []
    for a in actors:
        template = generic_template(a.name) if a.country_code is None else None
        if template is not None:
            update = {"name": canonical_name(template, location.country)}
            if template not in ("rebel_group", "political_militia", "identity_militia"):
                update["country_code"] = location.country_code  # an armed group's origin is not known
            a = a.model_copy(update=update)
        elif a.kind == "identity_militia" and a.country_code is None and not a.name.endswith(")"):
            a = a.model_copy(
                update={"name": identity_name(a.name.removesuffix(" Militia"), location.country)}
            )
        out.append(a)
    return out


def _dedupe_actors(actors: list[Actor]) -> list[Actor]:
    """One actor per name and role; a generic name without its country goes where the same role has
    that name with one ("Military Forces" beside "Military Forces of Algeria": one army)."""
    seen, out = set(), []
    placed = {(template_of(a.name), a.role) for a in actors if a.name != _bare_name(a.name)}
    for a in actors:
        key = (a.name, a.role)
        if key in seen or (a.name == _bare_name(a.name) and (template_of(a.name), a.role) in placed):
            continue
        seen.add(key)
        out.append(a)
    return out


def _bare_name(name: str) -> str | None:
    """The country-less form of a generic name ("Military Forces of Algeria" -> "Military Forces")."""
    template = template_of(name)
    return canonical_name(template, None) if template is not None else None


def _confidence(inc: Incident, ev: dict) -> float:
    score = 0.4 if any(m.entry is not None for m in inc.mentions) else 0.3
    score += 0.1 * sum(
        bool(x)
        for x in (
            ev["date"] is not None and ev["date"].precision == "day",
            ev["location"] is not None,
            any(a.role == "initiator" for a in ev["actors"]),
            any(a.role in ("target", "participant") for a in ev["actors"]),
            ev["fatalities"] is not None or ev["injuries"] is not None,
            len(inc.mentions) > 1,
        )
    )
    if any(c.unconfirmed for m in inc.mentions for c in m.casualties):
        score -= 0.2
    return round(min(max(score, 0.05), 1.0), 3)


def build_events(doc: Doc, incidents: list[Incident], layers: Layers) -> list[Event]:
    """Validated Events, one per incident, in order of first mention."""
    doc_id = doc._.doc_id
    apply_claims(doc, incidents)
    taken = {d.start: id(inc) for inc in incidents for m in inc.mentions for d in (*m.dates, *m.back_dates)}
    events = []
    for inc in incidents:
        evidence, anchors = [], []
        for m in inc.mentions:
            s = m.sent
            text = s.text.rstrip()
            lead = len(text) - len(text.lstrip())
            ev = Evidence(
                doc_id=doc_id, start=s.start_char + lead, end=s.start_char + len(text), text=text.strip()
            )
            if ev not in evidence:
                evidence.append(ev)
            anchors.append((doc[m.trigger_start].idx, doc[m.trigger_end - 1].idx))
        location = _location(inc, layers) or _home_country(inc) or _line_country(inc)
        fields = {
            "date": _date(doc, inc, taken, layers),
            "location": location,
            "actors": _dedupe_actors(_localise(_convention_actors(inc, location, layers), location)),
            "fatalities": _count(inc, "killed"),
            "injuries": _count(inc, "injured"),
        }
        reported = sorted({r for m in inc.mentions for c in m.casualties for r in c.reported_by})
        events.append(
            Event(
                id=make_event_id(doc_id, inc.event_type, anchors[:1]),
                event_type=inc.event_type,
                sub_event_type=inc.sub_event_type,
                reported_by=reported,
                sources=[doc_id] if doc_id else [],
                evidence=evidence,
                confidence=_confidence(inc, fields),
                **fields,
            )
        )
    return events

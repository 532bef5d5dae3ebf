"""Actor roles read from the parse: which actor is a trigger's initiator, target or participant."""

from __future__ import annotations

from spacy.tokens import Token

from ..data import actor_lexicon, load_yaml, trigger_lexicon, trigger_words
from .role_cues import (
    attributed_role,
    clash_of,
    clause_of,
    crowd_head,
    fell_in_clash,
    first_conjunct,
    governing_chain,
    is_symmetric,
    of_holder,
    on_the_other_side,
    report_verbs,
    sets_off,
    undergoes,
)


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
    if role == "initiator" and is_symmetric(trigger) and not _other_side_named(trigger):
        if _second_modifier(actor_head) or (
            actor_head.dep_ == "conj" and first_conjunct(actor_head.head).dep_ in ("nsubj", "pobj")
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
    attributed = attributed_role(actor_head, trigger)
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
    dying = trigger_words("dying_verbs")
    if dep == "nsubj" and (
        head.lemma_.lower() in dying or head.lemma_.lower() in cas["suffer_verbs"] or lost_lives
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
    if dep == "nsubj" and sets_off(head, trigger):
        return "target"  # "villagers stepped on a landmine": they are its victims
    if head.i == trigger.i and dep in ("compound", "amod", "poss", "nmod"):
        return "initiator"  # "regime air strike", "Russian strikes"
    if dep == "pobj" and head.lower_ == "by" and (head.head in chain or clause_of(head.head, trigger)):
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
    if dep == "dobj" and head.lemma_.lower() in ("target", "hit", "strike") and clause_of(head, attack):
        return "target"  # "a remote explosive attack targeting an industrial factory"
    if dep in ("nsubjpass", "dobj") and (head in chain or (head.dep_ == "conj" and head.head in chain)):
        return "target"  # "shot and killed a ward administrator": the verbs share their victim
    if dep == "pobj" and head.lower_ in trigger_words("aimed_preps") and head.head in chain:
        return "target"
    symmetric = is_symmetric(trigger)
    if symmetric and on_the_other_side(actor_head) and trigger.sent == actor_head.sent:
        return "target"  # "clashes between X on one side and Y on the other": Y
    if dep == "nsubj" and head.dep_ == "pcomp" and head.head.lower_ == "with":
        dep, head = "pobj", head.head  # "clashed with pro-Houthi forces coming from ...": the forces
    clash_with = dep == "pobj" and head.lower_ == "with" and clash_of(head.head, trigger)
    if clash_with and (symmetric or head.head.i != trigger.i):  # "regained control following clashes with"
        if fell_in_clash(trigger):
            # "a trafficker was killed after exchanging fire with police": the police killed him
            return "initiator"
        return "target"  # "rioters clashed with military forces": the other side
    if symmetric and dep == "dobj" and head.lemma_.lower() == "involve" and clause_of(head, trigger):
        return "initiator"  # "a battle involving NAS rebels against SSPDF forces"
    if symmetric and dep == "pobj" and head.lower_ == "against" and head.head.dep_ == "dobj":
        side = head.head.head
        if side.lemma_.lower() == "involve" and clause_of(side, trigger):
            return "target"
    if (
        symmetric
        and dep == "pobj"
        and head.lower_ == "between"
        and (head.head in chain or clause_of(head.head, trigger))
    ):
        return "initiator"  # "clashes between X and Y": X (and Y, a conjunct, is the target)
    if dep == "nsubj" and undergoes(head, trigger):
        return "target"  # "the convoy came under fire"
    if (
        dep == "pobj"
        and head.lower_ == "from"
        and ((head.head.i == trigger.i and trigger.pos_ == "NOUN") or undergoes(head.head, trigger))
    ):
        return "initiator"  # "came under fire from Boko Haram fighters", "an attack from the rebels"
    if dep == "nsubj" and head.i != trigger.i and head.lemma_.lower() in trigger_lexicon()["observer_verbs"]:
        return None  # "the gang unit is investigating the shooting": it looks into the act, did not do it
    if (
        dep == "nsubj"
        and head in chain
        and not (actor_kind == "government" and head.lemma_.lower() in report_verbs())
        and (
            head.i == trigger.i
            or not any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in trigger.children)
        )
    ):  # "the guard was on his way when he was attacked": the passive's subject was hit
        return "initiator"  # but "local authorities reported that ...": officials are a source
    if dep == "conj" and head.i != actor_head.i:
        return _role(head, trigger, actor_kind, anaphor, chain)  # a conjunct shares its head's role
    return None

"""Role rules of acts with two sides: clashes ("X clashed with Y", "clashes between X and Y"),
agreements ("the government signed an agreement with the FRPI") and changes of territory ("regained
control of Lowa from the Mayi Mayi").

Each is a rule of the roles table (``roles.role_rules``), registered there in the order of ``RULES``
at this family's place in the table. Examples: ``resources/rules/roles.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..syntax import attached_as, is_clause_of, prep_objects, word_class
from .kinds import ARMED_KINDS
from .role_context import RoleContext
from .role_cues import (
    agreement_words_under,
    changes_hands,
    clash_of,
    fell_in_clash,
    is_agreement,
    is_attacker,
    on_the_other_side,
    side_with,
)


def on_the_other_side_of_a_clash(ctx: RoleContext) -> str | None:
    """In a clash, the side named "on the other" is the target ("clashes between X on one side and Y on
    the other": Y)."""
    actor = ctx.actor
    if ctx.symmetric and on_the_other_side(actor) and ctx.trigger.sent == actor.sent:
        return "target"
    return None


def fought_the_attackers(ctx: RoleContext) -> str | None:
    """In a clash with "the attackers" (``attacker_nouns``), the attackers are its initiator and the side
    that fought them its target: "Afghan police responded and fought with Taliban attackers", told after
    a bombing, keeps the Taliban the doers of the incident."""
    if not ctx.symmetric:
        return None
    rel, head = ctx.with_slot
    trigger = ctx.trigger
    if rel == "prep_object" and head.lower_ == "with" and clash_of(head.head, trigger):
        return "initiator" if is_attacker(ctx.actor) else None
    own = head.i == trigger.i or (attached_as(trigger, "conjunct") and trigger.head.i == head.i)
    if rel == "subject" and own and any(is_attacker(o) for o in prep_objects(trigger, ("with",))):
        return "target"
    return None


def clashed_with(ctx: RoleContext) -> str | None:
    """The "with" side of a clash is the target ("rioters clashed with military forces"), but the
    initiator when the clash hangs from the killing of its other side ("a trafficker was killed after
    exchanging fire with police": the police killed him)."""
    rel, head = ctx.with_slot
    clash_with = rel == "prep_object" and head.lower_ == "with" and clash_of(head.head, ctx.trigger)
    # "regained control following clashes with": a clash noun under another verb
    if clash_with and (ctx.symmetric or head.head.i != ctx.trigger.i):
        return "initiator" if fell_in_clash(ctx.trigger) else "target"
    return None


def battle_involving(ctx: RoleContext) -> str | None:
    """The side a battle "involves" is its initiator ("a battle involving NAS rebels against SSPDF")."""
    rel, head = ctx.with_slot
    involves = rel == "object" and head.lemma_.lower() == "involve"
    if ctx.symmetric and involves and is_clause_of(head, ctx.trigger):
        return "initiator"
    return None


def battle_involving_against(ctx: RoleContext) -> str | None:
    """The side "against" whom a battle involves the other is its target ("a battle involving NAS rebels
    against SSPDF forces": the SSPDF)."""
    rel, head = ctx.with_slot
    against = rel == "prep_object" and head.lower_ == "against"
    if ctx.symmetric and against and attached_as(head.head, "object"):
        side = head.head.head
        if side.lemma_.lower() == "involve" and is_clause_of(side, ctx.trigger):
            return "target"
    return None


def clash_between(ctx: RoleContext) -> str | None:
    """The first side a clash is "between" is its initiator ("clashes between X and Y": X; Y, a
    conjunct, becomes the target in ``actor_role``)."""
    rel, head = ctx.with_slot
    if (
        ctx.symmetric
        and rel == "prep_object"
        and head.lower_ == "between"
        and (head.head in ctx.chain or is_clause_of(head.head, ctx.trigger))
    ):
        return "initiator"
    return None


def agreed_with(ctx: RoleContext) -> str | None:
    """The party an agreement is made "with" is its second party, the target, as ACLED lists an
    agreement's actor 2: "with" on the agreement word or on the words up to the verb that takes it ("the
    government signed an agreement with the FRPI", "reached a ceasefire deal with"), on a verb it is
    joined to ("the ministry met with Peshmerga forces and agreed to ...") or on an agreement word
    under it ("agreed to a ceasefire with the army"); an organised actor only, not people who watch or
    help, nor a "with" of manner (``side_with``)."""
    rel, head = ctx.with_slot
    if rel != "prep_object" or head.lower_ != "with" or not is_agreement(ctx.trigger):
        return None
    if ctx.actor_kind in ("civilians", "other") or ctx.actor not in side_with(head.head):
        return None  # "with UN observers as witnesses": no party
    holder, trigger = head.head, ctx.trigger
    joined = attached_as(trigger, "conjunct") and trigger.head.i == holder.i
    under = holder in agreement_words_under(trigger)  # "agreed to a ceasefire with the army"
    return "target" if holder.i in _up_to_its_verb(ctx.chain) or joined or under else None


def taken_from(ctx: RoleContext) -> str | None:
    """The side a place is taken "from" is the target of the change of territory ("the FARDC regained
    control of Lowa from the Mayi Mayi", "ISWAP seized the town from the army"): "from" on the trigger,
    on the words up to its verb, or inside the phrase of the place taken."""
    rel, head = ctx.with_slot
    if rel != "prep_object" or head.lower_ != "from" or ctx.actor_kind not in ARMED_KINDS:
        return None
    if not changes_hands(ctx.trigger):
        return None
    acts = _up_to_its_verb(ctx.chain)
    return "target" if any(t.i in acts for t in _object_phrase_up(head.head)) else None


def _object_phrase_up(tok: Token, steps: int = 3) -> list[Token]:
    """``tok`` and the words above it while it is an object, a preposition or a preposition's object:
    "from" may hang from the place taken ("recaptured [the town] of Kalehe from M23 rebels", "regained
    control of Lowa [town] from ..."), not from a subject ("intelligence from the 3rd Regiment seized")."""
    out = [tok]
    while steps and attached_as(out[-1], "object", "preposition", "prep_object"):
        if attached_as(out[-1], "preposition") and not word_class(out[-1].head, "any_noun"):
            break  # "took the base following the retreat of ... from it": an adverbial phrase
        out.append(out[-1].head)
        steps -= 1
    return out


def _up_to_its_verb(chain: list[Token]) -> set[int]:
    """The trigger and the words governing it up to the first verb ("a [ceasefire] deal" under
    "reached")."""
    out = set()
    for tok in chain:
        out.add(tok.i)
        if word_class(tok, "verb"):
            break
    return out


#: the family's rules in the order the roles table tries them
RULES: tuple[tuple[str, Callable[[RoleContext], str | None]], ...] = (
    ("other side", on_the_other_side_of_a_clash),
    ("fought the attackers", fought_the_attackers),
    ("clashed with", clashed_with),
    ("agreed with", agreed_with),
    ("taken from", taken_from),
    ("involving", battle_involving),
    ("involving against", battle_involving_against),
    ("between", clash_between),
)

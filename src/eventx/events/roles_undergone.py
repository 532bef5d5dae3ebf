"""Role rules of acts undergone: whoever died in, suffered, survived or repelled an act was its target
("33 troopers died in an airstrike", "the mayor survived a bomb blast", "policemen repulsed their
attacks", "were repelled by security forces").

Each is a rule of the roles table (``roles.role_rules``), registered there in the order of ``RULES``
at this family's place in the table. Examples: ``resources/rules/roles.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..data import load_yaml, trigger_lexicon, trigger_words
from ..syntax import attached_as, dependents, patients_of
from .role_context import NOUN_MODIFIERS, RoleContext


def died_or_suffered(ctx: RoleContext) -> str | None:
    """The subject of dying, suffering or losing one's life is a target ("33 troopers died in an
    airstrike", "four persons sustained injuries", "seven fishermen lost their lives")."""
    rel, head = ctx.relation, ctx.head
    cas = load_yaml("casualties.yaml")
    lost_lives = head.lemma_.lower() == "lose" and any(
        c.lemma_.lower() in cas["life_nouns"] for c in dependents(head, "object")
    )
    dying = trigger_words("dying_verbs")
    if rel == "subject" and (
        head.lemma_.lower() in dying or head.lemma_.lower() in cas["suffer_verbs"] or lost_lives
    ):
        return "target"
    return None


def survived_it(ctx: RoleContext) -> str | None:
    """The subject of a verb of living through the act, with the act as its object, is its target ("the
    mayor survived a bomb blast", "the governor escaped an assassination attempt"; ``survival_verbs``)."""
    rel, head, trigger = ctx.relation, ctx.head, ctx.trigger
    act = trigger.head if attached_as(trigger, *NOUN_MODIFIERS) else trigger  # "an assassination attempt"
    survives = head.lemma_.lower() in trigger_words("survival_verbs")
    if rel == "subject" and survives and act in patients_of(head):
        return "target"
    return None


def repelled_the_attack(ctx: RoleContext) -> str | None:
    """Those who repelled an attack were attacked ("policemen repulsed their attacks")."""
    rel, head = ctx.relation, ctx.head
    repel = trigger_lexicon()["repel_verbs"]
    if rel == "subject" and head.lemma_.lower() in repel and head in ctx.chain and head.i != ctx.trigger.i:
        return "target"
    return None


def repelled_by(ctx: RoleContext) -> str | None:
    """Attackers repelled by someone attacked them ("attacked the village before being repelled by
    security forces", "attempted to attack the post but were repelled by police": the forces are the
    target)."""
    rel, head = ctx.relation, ctx.head
    if rel != "prep_object" or head.lower_ != "by":
        return None
    verb = head.head
    joined = attached_as(verb, "conjunct") and verb.head in ctx.chain
    if verb.lemma_.lower() in trigger_lexicon()["repel_verbs"] and (ctx.trigger in verb.ancestors or joined):
        return "target"
    return None


RULES: tuple[tuple[str, Callable[[RoleContext], str | None]], ...] = (
    ("died", died_or_suffered),
    ("survived", survived_it),
    ("repelled it", repelled_the_attack),
    ("repelled by", repelled_by),
)

"""Role rules of acts someone tells, blames, reports or prosecutes: the one blamed or accused did it
("sources attributed the attack to X", "students are suspected of burning", "filed charges of rape
against the colonel"), the raised subject of a report did it ("rebels were reported to have beaten
residents"), and a government or its forces only telling of the act are its source, not its doer.

Each is a rule of the roles table (``roles.role_rules``), registered there in the order of ``RULES``
at this family's place in the table. Examples: ``resources/rules/roles.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..data import trigger_words
from ..syntax import attached_as, dependents, has_passive_auxiliary, word_class
from .role_context import UNRELATED, RoleContext
from .role_cues import accused_doers, attributed_role, report_verbs


def blamed_for_it(ctx: RoleContext) -> str | None:
    """Whoever is blamed or accused for the act, or to whom it is attributed, is its initiator."""
    return attributed_role(ctx.actor, ctx.trigger)


def reported_to_have_done(ctx: RoleContext) -> str | None:
    """ "Rebels were reported to have beaten residents": the raised subject did it (was done to, when
    the act is passive)."""
    rel, head, trigger = ctx.relation, ctx.head, ctx.trigger
    if (
        rel == "passive_subject"
        and head.lemma_.lower() in trigger_words("raising_verbs")
        and attached_as(trigger, "open_complement")
        and trigger.head.i == head.i
    ):
        return "target" if has_passive_auxiliary(trigger) else "initiator"
    return None


def accused_of_it(ctx: RoleContext) -> str | None:
    """ "Students are suspected of burning two dorms", "two men were charged with killing a trader",
    "youths were accused of looting shops": the subject of a passive verb of accusing (``accusing_verbs``)
    whose "of", "with" or "for" clause is the act did it."""
    return "initiator" if ctx.actor in accused_doers(ctx.trigger) else None


def charged_with_the_act(ctx: RoleContext) -> str | None:
    """A legal action over the act (``legal_action_nouns``: "filed charges of rape against the colonel",
    "a case against X for the killing") names its alleged doer "against" it, the initiator; whoever
    brings it is no side of the act."""
    nouns = trigger_words("legal_action_nouns")
    legal = [t for t in ctx.chain if word_class(t, "noun") and t.lemma_.lower() in nouns]
    if not legal:
        return None
    rel, head = ctx.prep_slot
    if rel == "prep_object" and head.lower_ in trigger_words("legal_target_preps") and head.head in legal:
        return "initiator"
    if rel == "subject" and any(n.head.i == head.i for n in legal):
        return UNRELATED  # "the police filed charges of rape": they prosecute it
    return None


def official_source(ctx: RoleContext, head: Token) -> bool:
    """A government or its forces telling of the act: the subject of a verb of reporting at or above it
    ("local authorities reported that ...", "police said gunmen attacked the post", "the provincial police
    force issued a statement saying that no one had been hurt"): a source, not the doer; but "the army
    said it killed 20 militants", "troops reported killing 20 fighters" tell their own act."""
    if ctx.actor_kind not in ("government", "state_forces"):
        return False
    path = ctx.chain[: ctx.chain.index(head) + 1]
    reports = set(report_verbs())
    told = [below for below, verb in zip(path, path[1:], strict=False) if verb.lemma_.lower() in reports]
    return bool(told) and not any(_tells_its_own_act(clause) for clause in told)


def _tells_its_own_act(clause: Token) -> bool:
    """The reported clause is the reporter's own act: its subject is a pronoun ("the army said it killed
    20 militants") or it has none ("troops reported killing 20 fighters")."""
    subjects = dependents(clause, "any_subject")
    return not subjects or any(word_class(s, "pronoun") for s in subjects)


#: the family's rules in the order the roles table tries them
RULES: tuple[tuple[str, Callable[[RoleContext], str | None]], ...] = (
    ("attributed", blamed_for_it),
    ("reported to have", reported_to_have_done),
    ("accused of", accused_of_it),
    ("charged", charged_with_the_act),
)

"""What the role rules read: the actor's word, its relation to its head, the trigger and its chain."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Token

from ..casualties.lexicon import casualty_words
from ..data import actor_lexicon, trigger_lexicon
from ..lexicon import per_lexicon
from ..syntax import attached_as, dependents, first_conjunct, form, is_passive, relation, word_class
from .kinds import ARMED_KINDS
from .role_cues import crowd_head, is_symmetric, names_a_place, of_holder

#: a rule's verdict that the actor plays no role for the trigger (no further rule is tried)
UNRELATED = "unrelated"

#: relations of a word inside a noun phrase that make it stand for the noun's actor ("regime targets",
#: "Turkish troops", "the army's strike", "an IS booby trapped vehicle")
NOUN_MODIFIERS = ("compound", "adjective", "possessor", "noun_modifier")


@dataclass
class RoleContext:
    """What the role rules read: the actor's word (after ``role_context`` resolved modifiers and "of"
    phrases), its relation to its head (``syntax.relation``: a relation name of ``eventx.syntax`` such as
    "subject", "object", "prep_object") and the head, the trigger and the words governing it (``chain``)."""

    actor: Token
    trigger: Token
    actor_kind: str
    anaphor: bool
    chain: list[Token]
    relation: str
    head: Token

    @cached_property
    def symmetric(self) -> bool:
        """The trigger is a fight between sides ("clashed")."""
        return is_symmetric(self.trigger)

    @cached_property
    def prep_slot(self) -> tuple[str, Token]:
        """``(relation, head)`` with the subject of a clause under a preposition read as the preposition's
        object ("threw petrol bombs at police officers driving along a road": the officers are "at")."""
        if self.relation == "subject" and attached_as(self.head, "prep_clause"):
            return "prep_object", self.head.head
        return self.relation, self.head

    @cached_property
    def with_slot(self) -> tuple[str, Token]:
        """``(relation, head)`` with the subject of a clause under "with" read as the "with" object
        ("clashed with pro-Houthi forces coming from ...": the forces); the rules after ``other side`` read
        this."""
        rel, head = self.prep_slot
        return (rel, head) if head.lower_ == "with" else (self.relation, self.head)


def _reduced_passive(verb: Token) -> bool:
    """A past form with a "by" agent and no auxiliary: a headline's passive without "were" ("Two police
    officers shot dead by bandits"), whose subject in the parse is the one the act was done to."""
    return (
        form(verb, "past_tense", "past_participle")
        and bool(dependents(verb, "agent"))
        and not dependents(verb, "auxiliary", "passive_auxiliary")
    )


@per_lexicon
def _formations() -> frozenset[str]:
    """Nouns for a body of fighters (``formation_nouns``: "a column of soldiers")."""
    return frozenset(actor_lexicon()["formation_nouns"])


def role_context(
    actor_head: Token, trigger: Token, actor_kind: str, anaphor: bool, chain: list[Token]
) -> RoleContext:
    """The actor's word the rules read: a modifier stands for its noun, an "of" phrase for the holder
    (a crowd, members, a formation or a sum: "a total of 2 PKK militants")."""
    actor_head = _holding_of(actor_head, trigger)
    holder = of_holder(actor_head)
    if holder is not None and crowd_head(holder):
        actor_head = holder  # "a group of sellers attacked": the sellers are the group
    elif holder is not None and holder.lemma_.lower() in actor_lexicon()["member_heads"]:
        actor_head = holder  # "members of the military forces of Chile opened fire": the forces acted
    elif holder is not None and actor_kind in ARMED_KINDS and holder.lemma_.lower() in _formations():
        actor_head = holder  # "a column of soldiers arrived and abducted": the soldiers acted
    elif holder is not None and holder.lemma_.lower() in casualty_words("sum_nouns"):
        actor_head = holder  # "killed a total of 2 PKK militants": the militants are the total
    rel, head = relation(actor_head), actor_head.head
    if rel == "conjunct" and _listed_after_a_place(actor_head, trigger):
        # "... Shan State, soldiers and police were attacked by the KIA": the passive subject
        rel, head = ("passive_subject" if is_passive(trigger) else "subject"), trigger
    if rel in ("auxiliary", "passive_auxiliary") and actor_head.is_upper and len(actor_head) > 1:
        rel = "subject"  # "IS attacked": the group's acronym read as the verb "is"
    if rel == "subject" and _reduced_passive(head):
        rel = "passive_subject"  # a headline's "Two police officers shot dead by bandits": the officers
    return RoleContext(actor_head, trigger, actor_kind, anaphor, chain, rel, head)


def _listed_after_a_place(actor_head: Token, trigger: Token) -> bool:
    """The parse made the actor a conjunct of the place named before it, in a phrase under the trigger,
    which has no subject of its own, active or passive ("in Kutkai Township, Shan State, the army and
    the KIA clashed"): the actor is the trigger's subject (``actor_role`` then tells the sides of a
    clash apart)."""
    first = first_conjunct(actor_head)
    if first is actor_head or not names_a_place(first) or dependents(trigger, "any_subject"):
        return False
    return attached_as(first, "prep_object") and first.head.head.i == trigger.i


def _holding_of(actor_head: Token, trigger: Token) -> Token:
    """The word whose role the actor's word takes, through up to four steps: the noun it modifies
    ("regime targets", "Turkish troops", "an IS booby trapped vehicle"; also through a modifier of the
    noun: "the KIA 14th battalion"), and the holding or part of one it is "of" (``target_holdings``:
    "fired on the positions of the military forces of Azerbaijan", "at the entrance of the army camp",
    "the main gate of the base of the Federal Police")."""
    holdings = trigger_lexicon()["target_holdings"]
    for _ in range(4):
        head = actor_head.head  # a noun, or a modifier of one ("the KIA [14th] battalion")
        if (
            attached_as(actor_head, *NOUN_MODIFIERS)
            and head.i != trigger.i
            and (word_class(head, "any_noun") or attached_as(head, *NOUN_MODIFIERS))
        ):
            actor_head = actor_head.head
            continue
        holder = of_holder(actor_head)
        if holder is None or holder.i == trigger.i or holder.lemma_.lower() not in holdings:
            break
        actor_head = holder
    return actor_head

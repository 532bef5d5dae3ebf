"""Responsibility claims: "X claimed responsibility", "sources attributed the attack to X", "the attack
was carried out by X" name the initiator of the violent incident they follow (or of the first one)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actorlex import group_in
from ..models import Actor
from .event_types import is_violent, property_attack
from .mentions import Incident


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
    """The phrase of the token's first ``dep`` child (none for a pronoun)."""
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
            i for i in incidents if is_violent(i.event_type) or property_attack(i)
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

"""Responsibility claims: "X claimed responsibility", "sources attributed the attack to X", "the attack
was carried out by X" name the initiator of the violent incident they follow (or of the first one)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actor_countries import modifier_country
from ..actorlex import canonical_name, group_in, noun_entry, noun_forms
from ..data import trigger_words
from ..geo.gazetteer import get_gazetteer
from ..models import Actor
from ..syntax import (
    attached_as,
    dependents,
    form,
    has_passive_auxiliary,
    modified_by,
    negated,
    prepositions,
    word_class,
)
from .event_types import is_violent, property_attack
from .mentions import Incident


def responsibility_claims(doc: Doc) -> list[tuple[int, Span]]:
    """(character offset, actor span) for each claim or attribution of responsibility in the text:
    "X claimed responsibility", "sources attributed the attack to X", "the attack was carried out by X".
    Negated claims ("No group claimed responsibility") are not claims."""
    out = []
    for tok in doc:
        if word_class(tok, "noun") and tok.lemma_.lower() in trigger_words("involvement_nouns"):
            span = _involved(tok)
        elif word_class(tok, "any_verb") and not negated(tok):
            span = _claimant(tok)
        else:
            continue
        if span is not None and not any(t.lower_ in trigger_words("no_one_words") for t in span[:2]):
            out.append((tok.idx, span))
    return out


def _claimant(verb: Token) -> Span | None:
    """Who a verb of claiming or attributing names: "X claimed responsibility", "attributed the attack to
    X", "the attack was carried out by X", "X carried out the attack", "X was involved in the attack"."""
    lemma = verb.lemma_.lower()
    if lemma == "claim" and any(c.lemma_.lower() == "responsibility" for c in dependents(verb, "object")):
        return _child_phrase(verb, "subject")
    if lemma == "attribute":
        # "attributed the attack to X": "to" hangs on the verb or, in the model's parse, on its object
        heads = [verb, *dependents(verb, "object")]
        to = [c for h in heads for c in prepositions(h, ("to",))]
        return _child_phrase(to[0], "prep_object") if to else None
    if lemma == "carry" and has_passive_auxiliary(verb):
        by = dependents(verb, "agent")
        return _child_phrase(by[0], "prep_object") if by else None
    if not _suspected(verb) or _future(verb):
        return None  # "Turkish forces carried out airstrikes" tells the act; it attributes nothing
    if lemma == "carry" and _names_an_incident(dependents(verb, "object")):
        return _child_phrase(verb, "subject")  # "suspected that FARC dissidents carried out the attack"
    if lemma in trigger_words("involvement_verbs") and has_passive_auxiliary(verb):
        into = [o for p in prepositions(verb, ("in",)) for o in dependents(p, "prep_object")]
        return _child_phrase(verb, "passive_subject") if _names_an_incident(into) else None
    return None


def _future(verb: Token) -> bool:
    """The verb is said under a modal, of the future or a mere possibility ("will carry out more
    attacks", "may have carried out the attack")."""
    return any(form(a, "modal") for a in dependents(verb, "auxiliary"))


def _involved(noun: Token) -> Span | None:
    """ "Sources suspected the involvement of the NPA": the "of" phrase of a noun of taking part
    (``involvement_nouns``) that a verb of suspicion takes as its object (not "denied any
    involvement")."""
    if not (attached_as(noun, "object") and _suspected(noun)):
        return None
    of = prepositions(noun, ("of",))
    return _child_phrase(of[0], "prep_object") if of else None


def _suspected(tok: Token) -> bool:
    """``tok`` is what a verb of suspicion that is not denied states (``suspicion_verbs``: "sources
    suspected [the involvement of X]", "believed that X [carried out] the attack"; not "the bulletin
    reported that the army carried out attacks", which tells the act)."""
    head = tok.head
    return head.i != tok.i and not negated(head) and head.lemma_.lower() in trigger_words("suspicion_verbs")


def _names_an_incident(nouns: list[Token]) -> bool:
    """One of the nouns names an incident told before ("the attack", "this incident": ``anaphors``
    with ``known_determiners``); not "more attacks", which are yet to come."""
    known = trigger_words("known_determiners")
    return any(
        n.lemma_.lower() in trigger_words("anaphors") and modified_by(n, known, "determiner") for n in nouns
    )


def _child_phrase(tok: Token, relation: str) -> Span | None:
    """The phrase of the token's first child attached as ``relation`` (a relation name of
    ``eventx.syntax``; none for a pronoun)."""
    kids = dependents(tok, relation)
    if not kids or word_class(kids[0], "pronoun"):
        return None
    k = kids[0]
    end = k.right_edge.i + 1
    span = k.doc[k.left_edge.i : end]
    if span.text.count("(") > span.text.count(")") and end < len(k.doc) and k.doc[end].text == ")":
        return k.doc[k.left_edge.i : end + 1]  # "the New People's Army (NPA)": the parse leaves ")" out
    return span


def claimed_actor(span: Span) -> Actor:
    """The initiator a claim names: a known armed group, a state's forces by their noun ("the army"),
    else the phrase itself ("the Tiv militia", "left-wing extremists")."""
    group = group_in(span.text)
    if group is not None:
        return Actor(
            name=group.name,
            role="initiator",
            kind=group.kind,
            country_code=group.country_code,
            text=span.text,
        )
    entry = noun_entry(*noun_forms(span.root)) if word_class(span.root, "noun") else None
    if entry is not None and entry[0] in ("state_forces", "government"):  # "the army was involved"
        country = modifier_country(span.root)
        place = get_gazetteer().country(country) if country else None
        name = canonical_name(entry[1], place.name if place else None)
        return Actor(name=name, role="initiator", kind=entry[0], country_code=country, text=span.text)
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    return Actor(name=name, role="initiator", kind="political_militia", text=span.text)


def apply_claims(doc: Doc, incidents: list[Incident]) -> None:
    """Each claim names the initiator of the violent incident its own sentence tells ("the Taliban
    claimed responsibility for the attack"), else of the latest one reported before it (or of the first
    one, when the claim comes first), never of the act the claimed one is said to answer ("claimed
    responsibility, saying it was in retaliation for air strikes")."""
    for offset, span in responsibility_claims(doc):
        violent = [
            i
            for i in incidents
            if (is_violent(i.event_type) or property_attack(i))  # arson is claimed too
            and not _answered_in_claim(i, offset)
        ]
        told_here = [i for i in violent if _told_in_claim(i, offset)]  # "claimed ... for the attack"
        before = [i for i in violent if i.mentions[0].sent.start_char <= offset]
        target = told_here[0] if told_here else (before or violent or [None])[-1 if before else 0]
        if target is None:
            continue
        actor = claimed_actor(span)
        # a claim names who the generic "assailants"/"gunmen" (Unidentified Armed Group) were
        target.actors = [
            a for a in target.actors if a.role != "initiator" or not a.name.startswith("Unidentified")
        ]
        target.actors.append(actor)


def _told_in_claim(inc: Incident, offset: int) -> bool:
    """The claim's sentence tells the incident itself ("claimed responsibility for the [attack]"), not
    only as what another act answers."""
    return any(m.sent.start_char <= offset < m.sent.end_char and not m.background for m in inc.mentions)


def _answered_in_claim(inc: Incident, offset: int) -> bool:
    """The claim's sentence tells the incident only as what another act answers."""
    here = [m for m in inc.mentions if m.sent.start_char <= offset < m.sent.end_char]
    return bool(here) and all(m.background for m in here)

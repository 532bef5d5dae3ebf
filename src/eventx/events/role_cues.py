"""The parse patterns the role rules read, in the domain's words (built on ``eventx.syntax``): clash and
"came under fire" patterns, "of" holders and crowds, attributions ("blamed X for the attack")."""

from __future__ import annotations

from spacy.tokens import Token

from ..data import load_yaml, trigger_lexicon, trigger_sequences, trigger_words
from ..syntax import (
    attached_as,
    dependents,
    doers,
    is_passive,
    prep_objects,
    preposition_of,
    prepositions,
    subjects_of,
    word_class,
)


def is_attacker(noun: Token) -> bool:
    """The noun names those who carried out the attack ("the attackers", "assailants": ``attacker_nouns``)."""
    return noun.lemma_.lower() in trigger_words("attacker_nouns")


def attackers_own_losses(victim: Token, act: Token) -> bool:
    """ "Five assailants were killed": the attackers (``attacker_nouns``) hit by an act no one is named
    doing, on it or on the verb it is joined to, are the incident's initiators counting their own losses;
    "troops killed five assailants", "vigilantes captured and lynched two raiders" name who hit them."""
    if not is_attacker(victim):
        return False
    verbs = [act, act.head] if attached_as(act, "conjunct") else [act]
    return not any(doers(v) for v in verbs)


def undergoes(verb: Token, trigger: Token) -> bool:
    """ "came under attack", "came under fire": the verb's subject suffered the trigger."""
    return verb.lemma_.lower() == "come" and any(
        any(g.i == trigger.i for g in c.children) for c in prepositions(verb, ("under",))
    )


def looks_into(verb: Token, below: Token) -> bool:
    """The verb looks into, judges or tells of what hangs below it as its object or clause
    (``observer_verbs``: "are investigating [a shooting]"); not an act told in its adverbial phrase ("had
    monitored the camp for weeks before [bombing] it")."""
    observes = verb.lemma_.lower() in trigger_lexicon()["observer_verbs"]
    return observes and attached_as(below, "object", "complement_clause")


def on_the_other_side(tok: Token) -> bool:
    """ "... and pro-Houthi forces on the other (side)": the phrase names the second side."""
    return any(
        any(
            (g.lower_ == "other" or any(d.lower_ == "other" for d in g.children))
            and not prepositions(g)  # "on the other side of the river": a place
            for g in c.children
        )
        for c in prepositions(tok, ("on",))
    )


def sets_off(verb: Token, trigger: Token) -> bool:
    """The verb's subject set off the hidden explosive that is the trigger ("stepped on a landmine")."""
    lex, preps = trigger_lexicon(), trigger_words("set_off_preps")
    return (
        verb.lemma_.lower() in lex["set_off_verbs"]
        and trigger.lemma_.lower() in lex["hidden_explosives"]
        and trigger.head.i in (verb.i, *(c.i for c in verb.children if c.lower_ in preps))
    )


def crowd_head(tok: Token) -> bool:
    """ "a group of", "groups of", "dozens of": a noun for a crowd of whatever it is "of"."""
    heads = trigger_lexicon()["crowd_heads"]
    return tok.lower_ in heads or tok.lemma_.lower() in heads


def fell_in_clash(trigger: Token) -> bool:
    """The clash has no subject of its own and hangs from the killing or wounding of its other side
    ("two gang members were killed after exchanging fire with police")."""
    if subjects_of(trigger):
        return False
    felled = trigger_words("felled_verbs")
    for verb in list(trigger.ancestors)[:3]:
        if verb.lemma_.lower() in felled and dependents(verb, "passive_subject"):
            return True
    return False


def clash_of(tok: Token, trigger: Token) -> bool:
    """The trigger, or a clash noun it governs ("engaged in an armed clash with", "had a fight with")."""
    if tok.i == trigger.i:
        return True
    if attached_as(tok, "object") and tok.head.i == trigger.i and is_symmetric(trigger):
        return True  # "exchanged fire with military police forces": the object of the clash verb
    return is_symmetric(tok) and trigger.i in (tok.head.i, tok.head.head.i)


def of_holder(tok: Token) -> Token | None:
    """The noun a phrase is "of": "positions" in "the positions of X", "group" in "a group of sellers"."""
    return tok.head.head if preposition_of(tok) == "of" else None


def report_verbs() -> list[str]:
    """Verbs of reporting (``report_verbs`` of casualties.yaml): "officials said", "police reported"."""
    return load_yaml("casualties.yaml")["report_verbs"]


def is_symmetric(trigger: Token) -> bool:
    """A trigger of a fight between sides (``symmetric_triggers``): "clashed", "a shoot-out"."""
    words = trigger_lexicon()["symmetric_triggers"]
    hyphened = trigger.doc[max(trigger.i - 2, 0) : trigger.i + 1].text.lower().replace(" ", "")
    return trigger.lemma_.lower() in words or hyphened in words  # "shoot-out" (its root is "out")


def is_agreement(trigger: Token) -> bool:
    """A trigger of an agreement between parties: a trigger of support ``concluded`` or ``parties``
    starts at it ("agreement", "deal", "truce", "agreed", "memorandum of understanding")."""
    return _starts_one_of(trigger, trigger_sequences("support", "concluded", "parties"))


def changes_hands(trigger: Token) -> bool:
    """A trigger of territory changing hands: a trigger of support ``territory`` or ``unopposed`` starts
    at it ("seized", "regained control", "took back", "withdrew"; not "moved" without "in")."""
    return _starts_one_of(trigger, trigger_sequences("support", "territory", "unopposed"))


def _starts_one_of(trigger: Token, sequences: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the lemma sequences starts at the trigger ("move" only in "moved in")."""
    doc = trigger.doc
    return any(
        [t.lemma_.lower() for t in doc[trigger.i : trigger.i + len(seq)]] == list(seq) for seq in sequences
    )


def two_sided(trigger: Token) -> bool:
    """A trigger whose two sides ACLED lists as actor 1 and actor 2 alike: a fight or an agreement."""
    return is_symmetric(trigger) or is_agreement(trigger)


def accused_doers(trigger: Token) -> list[Token]:
    """The passive subjects of a verb of accusing (``accusing_verbs``) whose "of", "with" or "for" clause
    is the trigger: "students are suspected of [burning] dorms", "two men were charged with [killing]",
    "were accused of [looting] shops": they did it."""
    prep = trigger.head if attached_as(trigger, "prep_clause") else None
    if prep is None or prep.lower_ not in ("of", "with", "for"):
        return []
    verb = prep.head
    if verb.lemma_.lower() not in trigger_words("accusing_verbs"):
        return []
    return dependents(verb, "passive_subject")


def attributed_role(actor_head: Token, trigger: Token) -> str | None:
    """ "blamed the Assad regime for the strike", "attributed the attack to the ELN": the initiator."""
    verbs = trigger_lexicon()["attribution_verbs"]
    for verb in list(trigger.ancestors)[:3]:
        slot = verbs.get(verb.lemma_.lower())
        if slot is None:
            continue
        if slot in ("object", "subject") and attached_as(actor_head, slot) and actor_head.head.i == verb.i:
            return "initiator"
        if slot == "to" and preposition_of(actor_head) == "to" and actor_head.head.head.i == verb.i:
            return "initiator"
    return None


def other_side_named(trigger: Token) -> bool:
    """ "The army and the police clashed with the Taliban": the other side is the "with" object, on the
    trigger or, for an agreement, on the agreement word it takes ("agreed to a ceasefire with the
    army"); not a "with" of manner ("with the mediation of IGAD", "with UN observers as witnesses")."""
    holders = [trigger, *agreement_words_under(trigger)] if is_agreement(trigger) else [trigger]
    return any(side_with(h) for h in holders)


def side_with(tok: Token) -> list[Token]:
    """The objects of ``tok``'s "with" that can be a side or a party, not a manner, an accompaniment or a
    weapon (``not_a_side_nouns``: mediation, help, observers ...; ``weapon_words``, ``cold_weapons``:
    "fought with machetes")."""
    manner = trigger_words("not_a_side_nouns") | trigger_words("weapon_words") | trigger_words("cold_weapons")
    return [o for o in prep_objects(tok, ("with",)) if o.lemma_.lower() not in manner]


def agreement_words_under(trigger: Token) -> list[Token]:
    """Agreement words within two steps below the trigger ("agreed to [a ceasefire]")."""
    near = [c for c in trigger.children] + [g for c in trigger.children for g in c.children]
    return [t for t in near if is_agreement(t)]


def second_modifier(noun: Token) -> bool:
    """ "LNA and GNA forces": the noun carries the second of two joined names, the first being another
    actor ("LNA", a proper noun with the "and"); "Syrian and Russian forces" are one side."""
    return any(
        attached_as(t, "compound", "noun_modifier")
        and word_class(t, "proper_noun")
        and dependents(t, "coordinator")
        for t in noun.lefts
    )


def answered_below(chain: list[Token], verb: Token) -> bool:
    """A word of answering stands between the act and ``verb`` in the act's chain ("[said] it was
    [revenge] for air [strikes]"): the act is what the clause answers."""
    words = trigger_words("motive_words") | trigger_words("response_words")
    below = chain[1 : chain.index(verb)] if verb in chain else []
    return any(t.lemma_.lower() in words for t in below)


def names_a_place(tok: Token) -> bool:
    """A proper noun inside a place the text names (``doc._.eventx_places``), not a state acting ("Armenia
    and Azerbaijan clashed": context ``government``): a word the parse may have
    made the head of a list of actors written after the place ("Rakhine State, Myanmar military and AA
    fought", "in Kutkai Township, Shan State, the army and the KIA clashed")."""
    places = tok.doc._.eventx_places
    here = [p for p in places if p.start <= tok.idx < p.end]
    return word_class(tok, "proper_noun") and any(p.context != "government" for p in here)


def passive_conjunct_below(head: Token, trigger: Token, chain: list[Token]) -> bool:
    """The verb of ``chain`` just below ``head`` is joined to it by "and", told in the passive with no
    subject of its own, and is the trigger or a verb the trigger's clause hangs on, not one of reporting
    ("attacked a village and were later arrested"; not "and were reported to have killed")."""
    below = chain[chain.index(head) - 1]
    joined = attached_as(below, "conjunct") and below.head.i == head.i
    told = below.i != trigger.i and below.lemma_.lower() in report_verbs()
    return joined and not told and is_passive(below) and not dependents(below, "any_subject")

"""The parse patterns the role rules read: governing chains, clash and "came under fire" patterns,
"of" holders and crowds, attributions ("blamed X for the attack")."""

from __future__ import annotations

from spacy.tokens import Token

from ..data import load_yaml, trigger_lexicon, trigger_words


def governing_chain(tok: Token, depth: int = 5) -> list[Token]:
    """The token and the words governing it, up to ``depth``; a relative clause with its own subject
    ends it ("police found writings praising a gunman who carried out an attack": not the police's)."""
    out = [tok]
    for anc in list(tok.ancestors)[:depth]:
        prev = out[-1]
        if prev.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in prev.children):
            break
        out.append(anc)
    return out


def undergoes(verb: Token, trigger: Token) -> bool:
    """ "came under attack", "came under fire": the verb's subject suffered the trigger."""
    return verb.lemma_.lower() == "come" and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(g.i == trigger.i for g in c.children)
        for c in verb.children
    )


def on_the_other_side(tok: Token) -> bool:
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


def sets_off(verb: Token, trigger: Token) -> bool:
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


def fell_in_clash(trigger: Token) -> bool:
    """The clash has no subject of its own and hangs from the killing or wounding of its other side
    ("two gang members were killed after exchanging fire with police")."""
    if any(c.dep_ == "nsubj" for c in trigger.children):
        return False
    felled = trigger_words("felled_verbs")
    for verb in list(trigger.ancestors)[:3]:
        if verb.lemma_.lower() in felled and any(c.dep_ == "nsubjpass" for c in verb.children):
            return True
    return False


def clash_of(tok: Token, trigger: Token) -> bool:
    """The trigger, or a clash noun it governs ("engaged in an armed clash with", "had a fight with")."""
    if tok.i == trigger.i:
        return True
    if tok.dep_ == "dobj" and tok.head.i == trigger.i and is_symmetric(trigger):
        return True  # "exchanged fire with military police forces": the object of the clash verb
    return is_symmetric(tok) and trigger.i in (tok.head.i, tok.head.head.i)


def clause_of(verb: Token, trigger: Token) -> bool:
    """ "a clash ensued between X and Y": the verb is a clause hanging from the trigger noun."""
    return verb.head.i == trigger.i and verb.dep_ in ("acl", "relcl")


def of_holder(tok: Token) -> Token | None:
    """The noun a phrase is "of": "positions" in "the positions of X", "group" in "a group of sellers"."""
    return tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None


def report_verbs() -> list[str]:
    """Verbs of reporting (``report_verbs`` of casualties.yaml): "officials said", "police reported"."""
    return load_yaml("casualties.yaml")["report_verbs"]


def is_symmetric(trigger: Token) -> bool:
    """A trigger of a fight between sides (``symmetric_triggers``): "clashed", "a shoot-out"."""
    words = trigger_lexicon()["symmetric_triggers"]
    hyphened = trigger.doc[max(trigger.i - 2, 0) : trigger.i + 1].text.lower().replace(" ", "")
    return trigger.lemma_.lower() in words or hyphened in words  # "shoot-out" (its root is "out")


def first_conjunct(tok: Token) -> Token:
    """The phrase a conjunct is joined to: "LNA" in "LNA and GNA forces" stands for "forces"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ in ("compound", "amod") else tok


def attributed_role(actor_head: Token, trigger: Token) -> str | None:
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

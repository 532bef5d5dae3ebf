"""Which words state a casualty, and with which status ("killed", "injured", "missing" ...)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import casualty_lexicon


def trigger_status(tok: Token) -> str | None:
    """The casualty status a token states ("killed", "injured" ...), or None."""
    lex = casualty_lexicon()
    by_lemma = lex.by_lemma
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.pos_ in ("VERB", "AUX"):
        if _to_death(tok):
            return "killed"  # "shot to death", "beaten to death", "fatally shot"
        lives = any(c.dep_ == "dobj" and c.lemma_.lower() in lex.life_nouns for c in tok.children)
        if lemma == "lose" and lives:
            return "killed"  # "17 people lost their lives"
        return by_lemma.get(("verbs", lemma)) or by_lemma.get(("adjectives", lower))
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma in lex.toll_nouns:
            mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")]
            return "killed" if set(mods) & set(lex.toll_modifiers) else None  # not "a road toll"
        if lemma in lex.body_nouns and not _a_corpse(tok):
            return None  # "complimented her body"
        return by_lemma.get(("nouns", lemma)) or by_lemma.get(("nouns", lower))
    if tok.pos_ == "ADJ":
        return by_lemma.get(("adjectives", lower)) or by_lemma.get(("adjectives", lemma))
    return None


def _a_corpse(noun: Token) -> bool:
    """True if a body noun tells of a dead person: "bodies", "the body of a man", "two bodies", "his
    body was found", "a charred body" (``body_verbs``, ``body_modifiers``)."""
    lex = casualty_lexicon()
    institutions = set(lex.body_institutions)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in institutions for c in noun.children):
        return False  # "the student body", "a governing body"
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if any(g.lemma_.lower() in institutions for g in of):
        return False  # "a body of water", "a body of evidence"
    if noun.tag_ in ("NNS", "NNPS") or of or any(c.dep_ == "nummod" for c in noun.children):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lex.body_modifiers for c in noun.children):
        return True
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in lex.body_verbs


def _to_death(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "fatally":
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False



def attempted(trigger: Token) -> bool:
    """ "tried to lynch a man", "threatened to kill": an attempt or intent, not a casualty."""
    return (
        trigger.pos_ == "VERB"
        and trigger.dep_ in ("xcomp", "ccomp")
        and trigger.head.lemma_.lower() in casualty_lexicon().attempt_verbs
    )


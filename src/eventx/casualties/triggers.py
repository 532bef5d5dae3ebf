"""Which words state a casualty, and with which status ("killed", "injured", "missing" ...)."""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import attached_as, climb, dependents, form, has_number, modified_by, prepositions, word_class
from .lexicon import casualty_lexicon, casualty_words


def trigger_status(tok: Token) -> str | None:
    """The casualty status a token states ("killed", "injured" ...), or None."""
    lex = casualty_lexicon()
    by_lemma = lex.by_lemma
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if word_class(tok, "any_verb"):
        if _to_death(tok):
            return "killed"  # "shot to death", "beaten to death", "fatally shot"
        if lemma == "lose" and any(c.lemma_.lower() in lex.life_nouns for c in dependents(tok, "object")):
            return "killed"  # "17 people lost their lives"
        return by_lemma.get(("verbs", lemma)) or by_lemma.get(("adjectives", lower))
    if word_class(tok, "any_noun"):
        if lemma in lex.toll_nouns:
            mods = [c.lemma_.lower() for c in dependents(tok, "modifier")]
            if set(mods) & casualty_words("toll_modifiers"):
                return "killed"
            return "killed" if not mods and _rising_toll(tok) else None  # not "a road toll"
        if lemma in lex.body_nouns and not _a_corpse(tok):
            return None  # "complimented her body"
        return by_lemma.get(("nouns", lemma)) or by_lemma.get(("nouns", lower))
    if word_class(tok, "adjective"):
        return by_lemma.get(("adjectives", lower)) or by_lemma.get(("adjectives", lemma))
    return None


def _rising_toll(toll: Token) -> bool:
    """ "The toll climbed to 20", "bringing the toll to 12": a bare toll whose verb states a newer figure
    (``update_verbs``) is a death toll, told after the deaths it updates."""
    return attached_as(toll, "any_subject", "object") and toll.head.lemma_.lower() in casualty_words(
        "update_verbs"
    )


def _a_corpse(noun: Token) -> bool:
    """True if a body noun tells of a dead person: "bodies", "the body of a man", "two bodies", "his
    body was found", "a charred body" (``body_verbs``, ``body_modifiers``)."""
    lex = casualty_lexicon()
    institutions = casualty_words("body_institutions")
    if modified_by(noun, institutions, "modifier"):
        return False  # "the student body", "a governing body"
    of = [g for c in prepositions(noun, ("of",)) for g in c.children]
    if any(g.lemma_.lower() in institutions for g in of):
        return False  # "a body of water", "a body of evidence"
    if form(noun, "plural") or of or has_number(noun):
        return True
    if modified_by(noun, lex.body_modifiers, "modifier"):
        return True
    verb = climb(noun.head, "preposition", "prep_object", "conjunct")
    return verb.lemma_.lower() in lex.body_verbs


def _to_death(verb: Token) -> bool:
    for c in verb.children:
        if attached_as(c, "adverb") and c.lower_ == "fatally":
            return True
        to_death = attached_as(c, "preposition") and c.lower_ == "to"
        if to_death and any(g.lower_ == "death" for g in c.children):
            return True
    return False



def attempted(trigger: Token) -> bool:
    """ "tried to lynch a man", "threatened to kill": an attempt or intent, not a casualty."""
    return (
        word_class(trigger, "verb")
        and attached_as(trigger, "complement_clause")
        and trigger.head.lemma_.lower() in casualty_lexicon().attempt_verbs
    )


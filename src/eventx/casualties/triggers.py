"""Which words state a casualty, and with which status ("killed", "injured", "missing" ...)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actorlex import is_person_noun
from ..syntax import (
    attached_as,
    climb,
    dependents,
    form,
    has_number,
    has_passive_auxiliary,
    modified_by,
    prep_objects,
    prepositions,
    word_class,
)
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
        if _succumbed_to_wounds(tok) or _killing_particle(tok):
            return "killed"  # "succumbed to his injuries", "was gunned down"
        if _shot_not_killed(tok):
            return "injured"  # "five people have been shot"
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


def _succumbed_to_wounds(verb: Token) -> bool:
    """ "One of the victims succumbed to his injuries": a verb of giving in (``succumb_verbs``) whose
    "to" phrase is a wound (``fatal_wound_nouns``) states a death; "succumbed to pressure" none."""
    lex = casualty_lexicon()
    if verb.lemma_.lower() not in lex.succumb_verbs:
        return False
    return any(g.lemma_.lower() in lex.fatal_wound_nouns for g in prep_objects(verb, ("to",)))


def _killing_particle(verb: Token) -> bool:
    """ "A police officer was gunned down", "a mob burned alive a thief": a verb that kills only with its
    particle or predicate word (``phrasal_killing_verbs``: "gun down", "mow down", "burn alive")."""
    words = casualty_lexicon().phrasal_killing_verbs.get(verb.lemma_.lower())
    slots = ("particle", "object_predicate", "adverbial_clause", "adverb", "unclassified")
    return bool(words) and any(p.lower_ in words for p in dependents(verb, *slots))


def _shot_not_killed(verb: Token) -> bool:
    """ "Five people have been shot near the rally": a counted group shot (``wounding_fire_verbs``,
    passive), with no killing word on the verb or joined to it ("shot dead", "shot and killed", "were
    shot and died"), is wounded: shot and not said to be dead is an injury, the convention of
    gun-violence counts. The active "gunmen shot two men" says nothing of the outcome."""
    if verb.lemma_.lower() not in casualty_words("wounding_fire_verbs") or not has_passive_auxiliary(verb):
        return False
    if not any(_counted_people(s) for s in dependents(verb, "any_subject")) or prepositions(verb, ("at",)):
        return False  # "the house was shot", "a candidate was shot at" (missed)
    by_lemma = casualty_lexicon().by_lemma
    near = [*verb.children, *verb.conjuncts]
    if attached_as(verb, "conjunct"):
        near.append(verb.head)
    return not any(
        by_lemma.get(("verbs", t.lemma_.lower())) or by_lemma.get(("adjectives", t.lower_)) for t in near
    ) and not _to_death(verb)  # "shot and wounded" is the wounding verb's own


def _counted_people(noun: Token) -> bool:
    """A counted group of people: "five people", "two children", "Five" (shot). A single victim ("the
    mayor was shot five times") is as often one told killed elsewhere, and decides nothing."""
    if form(noun, "cardinal"):
        return True
    return has_number(noun) and is_person_noun(noun.lower_, noun.lemma_.lower())


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
    """ "tried to lynch a man", "threatened to kill", "an attempt to assassinate him": an attempt or
    intent, not a casualty (a verb completing or a clause modifying one of ``attempt_verbs``)."""
    return (
        word_class(trigger, "verb")
        and attached_as(trigger, "complement_clause", "clausal_modifier")
        and trigger.head.lemma_.lower() in casualty_lexicon().attempt_verbs
    )


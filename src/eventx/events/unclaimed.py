"""Casualty statements no trigger word claimed: an incident of their own ("gunmen killed a farmer", "the
body of a man was found"), a follow-up of the latest violent incident ("Two men died."), or nothing (an
accident, a plan). Word lists: ``subject_victim_verbs`` (casualties.yaml), ``finding_verbs``, ``body_words``,
``accident_*``, ``attack_signs``, ``violence_signs`` and ``unintended_adverbs`` in
``event_triggers.yaml``."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actorlex import is_person_noun
from ..casualties.counted import of_objects
from ..casualties.lexicon import casualty_words
from ..data import trigger_words
from ..doctools import with_next_sentence
from ..lexicon import per_lexicon
from ..syntax import attached_as, dependents, has_adverb, subjects_of, word_class
from .gathering_cues import causes_a_crowd
from .mentions import Mention
from .role_cues import crowd_head
from .trigger_filters import is_anaphor, is_irrealis


def unclaimed_casualty(doc: Doc, sent: Span, tok: Token, none: bool = False) -> Mention | None:
    """A mention for a casualty statement no trigger word claimed, or None (an accident, a plan).

    - a violent verb ("gunmen killed a farmer") is an incident of its own;
    - a body found ("was found dead", "the body of a man was found") is one too (ACLED codes it);
    - anything else ("Two men died.", "2 fatalities.") follows up the latest violent incident and is
      dropped when there is none; so does a statement of no casualties (``none``: "No one was hurt.").
    """
    if is_irrealis(tok) or _accidental(tok):
        return None
    if _hits_a_thing(tok):
        return None  # "he has hurt his campaign": no one was hurt
    if told_in_a_report_on(sent, "accident_words"):
        return None  # "One of the injured passengers described the scenes" in a report on a tram crash
    finding = trigger_words("finding_verbs")
    found = tok.head.lemma_.lower() in finding or any(c.lemma_.lower() in finding for c in tok.ancestors)
    nonviolent = casualty_words("subject_victim_verbs")  # "died", "perished", "lost their lives"
    if not none and word_class(tok, "verb") and tok.lemma_.lower() not in nonviolent:
        subj = subjects_of(tok)
        anaphor = bool(subj) and is_anaphor(doc[subj[0].left_edge.i : subj[0].i + 1])
        return _killing_word(sent, tok, anaphor=anaphor)
    if not none and found and tok.lemma_.lower() in trigger_words("body_words") and _violence_signs(sent):
        return _killing_word(sent, tok)
    if not none and _names_its_victims(tok):  # "the murder of two teachers"
        if causes_a_crowd(tok):  # "the killing of a student sparked riots": an act before the riots
            return _killing_word(sent, tok, background=True)
        anaphor = is_anaphor(doc[tok.left_edge.i : tok.i + 1]) and _victims_told_before(tok)
        return _killing_word(sent, tok, anaphor=anaphor)
    return _killing_word(sent, tok, anaphor=True, supported=False)


def _killing_word(sent: Span, tok: Token, **flags: bool) -> Mention:
    """A mention whose trigger is the casualty word itself, with no lexicon entry (``Mention`` flags:
    ``anaphor``, ``supported``, ``background``)."""
    return Mention(sent=sent, trigger_start=tok.i, trigger_end=tok.i + 1, entry=None, **flags)


def background_killing(sent: Span, tok: Token) -> Mention | None:
    """A mention for a killing named as what came before the act told ("in the wake of the murder of a
    driver"): an incident of its own, in the background, where the noun names its victims; else None."""
    if is_irrealis(tok) or not _names_its_victims(tok):
        return None
    return _killing_word(sent, tok, background=True)


def _names_its_victims(tok: Token) -> bool:
    """A noun of a killing with an "of" phrase naming people ("the killing of five soldiers", "the
    assassination of a commander", ``killing_act_nouns``): an act told with its victims, an incident of
    its own (or, with victims not named as new, the latest one: ``_victims_told_before``); not "the
    killing of democracy", nor a death that may have had no killer ("the death of a taxi driver")."""
    if not word_class(tok, "any_noun") or tok.lemma_.lower() not in casualty_words("killing_act_nouns"):
        return False
    return any(
        is_person_noun(o.lower_, o.lemma_.lower()) or o.ent_type_ == "PERSON" for o in of_objects(tok)
    )


def _victims_told_before(tok: Token) -> bool:
    """The killing's victims are not named as new ("the killing of the troops", "of its leader", "of
    troops"): the killing refers back; "the killing of a farmer", "of five soldiers", "of Jaime Pardo"
    names new victims (an indefinite article, a number or a name)."""
    new = casualty_words("indefinite_articles")
    return not any(
        word_class(o, "proper_noun")
        or any(c.lower_ in new or attached_as(c, "number") for c in o.children)
        for o in of_objects(tok)
    )


def partial_or_accident(tok: Token, sent: Span) -> bool:
    """A statement of no casualties that says nothing of the incident: about some people only ("no
    casualties among the officers") or in a sentence about an accident ("no casualties in the floods")."""
    words = trigger_words("accident_words")
    among = any(
        attached_as(c, "preposition") and c.lower_ == "among" for c in [*tok.subtree, *tok.head.children]
    )
    return among or any(t.lemma_.lower() in words and not word_class(t, "verb") for t in sent)


def _accidental(tok: Token) -> bool:
    """A death or injury whose clause names an accident or disaster as its cause ("killed in a crash"),
    not as what the act was for (``motive_preps``: "killed a driver for not wearing a facemask to stop
    the spread of coronavirus")."""
    words, verbs = trigger_words("accident_words"), trigger_words("accident_verbs")
    weapons = trigger_words("weapon_words")
    motives = trigger_words("motive_preps")  # "killed a driver for not wearing a facemask against covid"
    told = [c for c in tok.children if not (attached_as(c, "preposition") and c.lower_ in motives)]
    clause = [tok, *told, *(t for c in told for t in c.subtree)]
    if attached_as(tok, "noun_clause"):
        clause.append(tok.head)  # "the crash which killed seven people"
    if has_adverb(tok, trigger_words("unintended_adverbs")):
        return True  # "accidentally killed", "accidentally beheads a snowman"
    return any(
        t.lemma_.lower() in words
        and (not word_class(t, "verb") or t.lemma_.lower() in verbs)
        # "car bomb" is no car accident
        and not (attached_as(t, "compound") and t.head.lemma_.lower() in weapons)
        for t in clause
    )


def _hits_a_thing(tok: Token) -> bool:
    """A hurting verb's object is a thing, not people ("hurt his campaign", "harmed the economy")."""
    if tok.lemma_.lower() not in trigger_words("hurting_verbs"):
        return False
    for c in dependents(tok, "object"):
        if word_class(c, "noun") and not c.like_num:
            lemma = c.lemma_.lower()
            if not (is_person_noun(c.lower_, lemma) or crowd_head(c) or lemma in trigger_words("body_words")):
                return True
    return False


def told_in_a_report_on(sent: Span, words_key: str) -> bool:
    """The sentence tells of no attack (``attack_signs``, ``weapon_words``) in a report about what the
    word list ``words_key`` names: an accident or disaster (``accident_words``: "One of the injured
    passengers described the scenes"), a crash (``crash_words``: "police later arrested the driver")."""
    return _report_on(sent.doc, words_key) and not _attack_signs(sent)


def _report_on(doc: Doc, words_key: str) -> bool:
    """The report's words of ``words_key`` (nouns and verbs; ``accident_nouns_only`` as nouns: "stormed" is
    an assault; not the gunfire of "opened fire") outnumber its words of attack, two at least. Cached on
    the Doc."""
    key = f"eventx_report_on_{words_key}"
    if key not in doc.user_data:
        words, nouns_only = trigger_words(words_key), trigger_words("accident_nouns_only")
        n_words = sum(
            t.lemma_.lower() in words
            and (word_class(t, "noun") or (word_class(t, "verb") and t.lemma_.lower() not in nouns_only))
            and not _assault_fire(t)
            for t in doc
        )
        n_attack = sum(t.lemma_.lower() in _attack_words() for t in doc)
        doc.user_data[key] = n_words >= 2 and n_words > n_attack
    return doc.user_data[key]


def _assault_fire(tok: Token) -> bool:
    """ "opened fire", "set fire to", "exchanged fire": gunfire or arson, not a blaze
    (``assault_fire_verbs``)."""
    return tok.lemma_.lower() == "fire" and tok.head.lemma_.lower() in trigger_words("assault_fire_verbs")


@per_lexicon
def _attack_words() -> frozenset[str]:
    return trigger_words("attack_signs") | trigger_words("weapon_words")


def _attack_signs(sent: Span) -> bool:
    return any(t.lemma_.lower() in _attack_words() for t in sent)


def _violence_signs(sent: Span) -> bool:
    """Signs of violence in the sentence or the next ("with signs of torture", "gunshot wounds")."""
    words = trigger_words("violence_signs")
    return any(t.lemma_.lower() in words for t in with_next_sentence(sent))

"""The number of a counted noun: digits, words, hedges, ranges, vague words and one-person nouns."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actorlex import armed_group, is_person_noun
from ..doctools import doc_text, text_between
from ..models import MAX_COUNT
from ..syntax import attached_as, dependents, form, modified_by, preposition_of, word_class
from ..text.measures import measured
from ..text.quantities import Quantity, find_quantities
from ..text.quantity_lexicon import is_vague_number
from .counted import has_of
from .lexicon import casualty_lexicon, casualty_words
from .triggers import trigger_status

#: how many tokens before a counted noun its number is looked for: a noun phrase's words in front of it
#: ("at least 33 Syrian government soldiers") are far fewer; a run of words the parser chains into one
#: phrase ("dead dead dead ...") would otherwise be read again for every word of it
NUMBER_REACH = 30


def _phrase_start(noun: Token) -> Token:
    """The first word of ``noun``'s phrase (its left edge), at most ``NUMBER_REACH`` tokens before it."""
    left = noun.left_edge
    return left if noun.i - left.i <= NUMBER_REACH else noun.doc[noun.i - NUMBER_REACH]


def _number_span(noun: Token, summed: bool = False) -> tuple[int, int] | None:
    """Character range before (and including, for a bare number) the counted noun to read a number from;
    ``summed``: from the group it is joined to ("2 rebel and 1 military fatality")."""
    left = _phrase_start(noun)
    if preposition_of(noun) == "between":
        left = noun.head  # "between 10 and 15 civilians": the range starts at "between"
    if summed and attached_as(noun, "conjunct") and trigger_status(noun.head) is None:
        # "2 rebel and 1 military fatality"; not "2 civilian deaths and 1 military fatality" (counted apart)
        left = min(left, _phrase_start(noun.head), key=lambda t: t.i)
    if noun.like_num or word_class(noun, "number"):
        return _phrase_start(noun).idx, noun.idx + len(noun.text)
    if left.i == noun.i:
        return None
    return left.idx, noun.idx


def number_of(noun: Token) -> bool:
    """ "a number of fighters", "an unspecified number of soldiers": a count noun with no count."""
    return has_of(noun) and noun.lemma_.lower() in casualty_lexicon().count_nouns


def quantity_noun(doc: Doc, noun: Token) -> Quantity | None:
    """The Quantity a noun is itself ("Dozens of civilians", "a dozen of the soldiers", "killing dozens",
    "scores of people"), or None."""
    vague = word_class(noun, "adjective") and is_vague_number(noun.text)  # "and several injured"
    if not (vague or word_class(noun, "any_noun", "number")) or noun.like_num:
        return None
    start = _phrase_start(noun).idx
    text = text_between(doc, start, noun.idx + len(noun.text)) + (" of" if has_of(noun) else "")
    found = find_quantities(text)
    return found[-1] if found and found[-1].end > noun.idx - start else None



def small_number(word: str) -> int | None:
    """An exact, non-zero number written as ``word`` ("three", "3"), else None."""
    found = find_quantities(word)
    return found[0].best if found and found[0].qualifier == "exact" and found[0].best else None



#: (best, low, high, qualifier, number_text) of a counted noun; best None when no number is given
Reading = tuple[int | None, int | None, int | None, str, str]
_NO_COUNT: Reading = (None, None, None, "exact", "")
_ONE: Reading = (1, 1, 1, "exact", "")


def count(doc: Doc, noun: Token | None, summed: bool = False, conjunct: bool = False) -> Reading:
    """(best, low, high, qualifier, number_text) for the counted noun; best None when no number is given.

    ``summed``: the noun is the casualty word itself ("2 rebel and 1 military fatalities"); numbers
    joined by "and" in front of it add up. ``conjunct``: the noun is joined to a counted group ("four
    cadres and a Police Sub-Inspector"), so a singular one is one person whatever its word.
    An absurd number (negative, or over ``MAX_COUNT``: "3 billion people") is no count at all."""
    reading = _count(doc, noun, summed, conjunct)
    return reading if plausible(reading[0], reading[1], reading[2]) else _NO_COUNT


def plausible(*values: int | None) -> bool:
    """Every given number is a possible count of people: 0 to ``MAX_COUNT`` (None is no number)."""
    return all(v is None or 0 <= v <= MAX_COUNT for v in values)


def _count(doc: Doc, noun: Token | None, summed: bool, conjunct: bool) -> Reading:
    if noun is None:
        return _NO_COUNT
    fixed = _word_count(noun)
    if fixed is not None:
        return fixed
    if number_of(noun):
        return _NO_COUNT  # "a number of QSD fighters": a count not given
    own = quantity_noun(doc, noun)
    if own is not None:
        return own.best, own.low, own.high, own.qualifier, own.text  # "Dozens of civilians", "killing dozens"
    if noun.lower_ == "old" and any(c.lemma_.lower() == "year" for c in noun.children):
        return _ONE  # "a 23-year-old was shot dead": one person of that age
    written = _number_in_front(doc, noun, summed)
    if written is not None:
        return written
    return _ONE if _one_person(noun, conjunct) else _NO_COUNT


def _word_count(noun: Token) -> Reading | None:
    """A count a word states by itself: "him" 1, "another" 1, "both assailants" 2, "a family of three"."""
    lex = casualty_lexicon()
    if noun.lower_ in lex.one_person_pronouns and attached_as(noun, "patient", "subject"):
        return 1, 1, 1, "exact", noun.text  # "returned fire, killing him", "he died"
    if noun.lower_ in lex.word_counts:
        n = lex.word_counts[noun.lower_]
        return n, n, n, "exact", noun.text
    for c in noun.children:
        if attached_as(c, "determiner", "predeterminer", "number") and c.lower_ in lex.determiner_counts:
            n = lex.determiner_counts[c.lower_]
            return n, n, n, "exact", c.text  # "both assailants"
        if attached_as(c, "preposition") and c.lower_ == "of" and noun.lemma_.lower() in lex.group_nouns:
            nums = [g for g in dependents(c, "prep_object") if g.like_num]
            found = find_quantities(nums[0].text) if nums else []
            if found:
                return (
                    found[0].best,
                    found[0].low,
                    found[0].high,
                    "exact",
                    nums[0].text,
                )  # "a family of three"
    return None


def _number_in_front(doc: Doc, noun: Token, summed: bool) -> Reading | None:
    """The number written in front of the noun ("at least 33 soldiers"); with ``summed``, numbers joined
    by "and" add up ("2 rebel and 1 military fatalities")."""
    rng = _number_span(noun, summed)
    if rng is None:
        return None
    text = text_between(doc, rng[0], rng[1])
    # with the words after it in view, a number may prove a measure: "the blast killed 2 km away"
    whole = doc_text(doc)
    found = [q for q in find_quantities(text) if not measured(whole, rng[0] + q.start, rng[0] + q.end)]
    if (
        found
        and summed
        and len(found) > 1
        and all(" and " in text[a.end : b.start] for a, b in zip(found, found[1:], strict=False))
    ):
        total = sum(q.best for q in found)
        return total, sum(q.low for q in found), sum(q.high for q in found), "exact", text.strip()
    if found:
        # numbers not added up: the one next to the noun is its own ("9 killed and 3 wounded": 3 wounded)
        q = found[-1] if summed else found[0]
        return q.best, q.low, q.high, q.qualifier, q.text
    return None


def _one_person(noun: Token, conjunct: bool) -> bool:
    """A singular victim with no number is one person: "a policeman was killed", "the body of a man",
    "killed John Smith", "shot dead a shopkeeper", "killed the commander"."""
    lex = casualty_lexicon()
    # "A Police Officer was killed": a person noun written in title case is still a common noun
    singular = form(noun, "singular_noun") or (form(noun, "singular_name") and is_person_noun(noun.lower_))
    if singular and is_person_noun(noun.lower_) and noun.lower_ not in lex.collective_person_nouns:
        return True  # "a policeman was killed"
    if noun.lemma_.lower() in lex.one_body_nouns and singular:
        return True  # "the body of a man was found"
    proper_victim = (
        form(noun, "singular_name")  # one named person; not "to kill the Giants" (a team, NNPS)
        and not dependents(noun, "determiner")
        and attached_as(noun, "patient")
        and noun.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
        and armed_group(noun.text) is None
    )  # "stabbed and killed U Myint Naing" (tagged ORG): places and groups are not killed
    return bool(
        noun.ent_type_ == "PERSON"
        or proper_victim
        or (conjunct and form(noun, "singular_noun", "singular_name"))
        or (singular and modified_by(noun, casualty_words("indefinite_articles"), "determiner"))
        or (
            singular
            and attached_as(noun, "patient")  # the victim of a verb, not "the killing" itself
            and modified_by(noun, casualty_words("one_determiners"), "determiner", "possessor")
        )
    )  # "killed John Smith", "shot dead a shopkeeper": one person

"""Phrasal triggers written apart ("set a bus on fire", "set the houses ablaze", "burned the market
down"): the ``split_phrases`` of event_triggers.yaml, matched on the verb with the rest of the phrase
among its dependents. ``TriggerMatcher`` adds these matches to its phrase matchers' own."""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..data import trigger_lexicon
from ..syntax import dependents

#: a match as spaCy's matchers give it: (match id, start, end)
Match = tuple[int, int, int]


class SplitPhrases:
    """The split phrases of the trigger lexicon, looked for in one pass over a Doc's lemmas."""

    def __init__(self, nlp: Language) -> None:
        self.by_verb = _split_phrases(nlp)
        self.keys = numpy.array(list(self.by_verb), dtype="uint64")

    def __call__(self, doc: Doc) -> tuple[list[Match], set[int]]:
        """The matches, each on the verb alone, and the positions of the phrases' ends, which are no
        triggers of their own (the "fire" of "on fire")."""
        out, ends = [], set()
        lemmas = doc.to_array("LEMMA")  # one array: iterating the Doc makes a Token per word
        for i in numpy.flatnonzero(numpy.isin(lemmas, self.keys)):
            tok = doc[int(i)]
            for end, match_id in self.by_verb[tok.lemma]:
                last = _phrase_end(tok, end)
                if last is not None:
                    out.append((match_id, tok.i, tok.i + 1))
                    ends.add(last.i)
        return out, ends


def _split_phrases(nlp: Language) -> dict[int, list[tuple[tuple[str, ...], int]]]:
    """hash of the verb's lemma (as written and title-cased) -> (the phrase's end, the match id of the
    trigger entry the whole phrase is in) for the ``split_phrases`` of event_triggers.yaml."""
    lex = trigger_lexicon()
    out: dict[int, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in lex["split_phrases"]:
        words = tuple(str(w) for w in phrase)
        entry = next(i for i, t in enumerate(lex["triggers"]) if words in _sequences(t))
        match_id = nlp.vocab.strings.add(f"T{entry}")
        for form in (words[0], words[0].title()):
            out.setdefault(nlp.vocab.strings.add(form), []).append((words[1:], match_id))
    return out


def _sequences(entry: dict) -> list[tuple[str, ...]]:
    """The lemma sequences of a trigger entry as tuples of strings."""
    return [tuple(str(w) for w in seq) for seq in entry["lemmas"]]


def _phrase_end(verb: Token, end: tuple[str, ...]) -> Token | None:
    """The last word of the phrase's end among the verb's dependents, written apart from it: "set [a
    bus] on fire" (a preposition and its object: "fire"), "set [the house] ablaze", "burned [it] down";
    None when it is not there or is written right after the verb (the phrase matcher has that)."""
    if verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == end[0]:
        return None
    for child in verb.children:
        if child.i < verb.i or child.lower_ != end[0]:
            continue
        if len(end) == 1:  # "down" as a particle, "ablaze" as a predicate: not "burned tyres down the road"
            return None if dependents(child, "prep_object") else child
        last = next((g for g in dependents(child, "prep_object") if g.lemma_.lower() == end[1]), None)
        if last is not None:
            return last
    return None

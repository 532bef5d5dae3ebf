"""Regular inflections of English words, for words the model's lemmatiser gets wrong.

The rule lemmatiser of the small English model reads some regular forms as another word ("raped" as
"rap", "staged" as "stag" in "teachers staged a strike"). Comparing a token's own lower-case form with
the regular inflections of a word list catches them where the lemma misses.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token


def regular_inflections(word: str) -> list[str]:
    """The word and its regular inflections: "rape" -> rape, rapes, raped, raping; "stage" -> stage,
    stages, staged, staging."""
    stem = word[:-1] if word.endswith("e") else word
    plural = word + "es" if word.endswith(("s", "sh", "ch", "x")) else word + "s"
    return list(dict.fromkeys([word, plural, stem + "ed", stem + "ing"]))


@lru_cache(maxsize=256)
def _forms(words: frozenset[str]) -> frozenset[str]:
    return frozenset(form for w in words if w.isalpha() for form in regular_inflections(w))


def is_form_of(tok: Token, words: Iterable[str]) -> bool:
    """The token's lemma is one of ``words``, or its own form is a regular inflection of one ("staged"
    lemmatised "stag" is still a form of "stage")."""
    group = words if isinstance(words, frozenset) else frozenset(words)
    return tok.lemma_.lower() in group or tok.lower_ in _forms(group)

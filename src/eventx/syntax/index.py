"""A per-doc index of the parse: each token's children, dependency label ID, lower-case form and lemma,
read from the doc's arrays once.

Asking spaCy for a token's children creates a ``Token`` object for every child. Rules ask several
questions of each casualty word and of the verb it hangs from, so in a run such as "killed killed
killed ...", where one verb heads a whole 150-token sentence, those questions would create 150 tokens
for every word. The index answers them from plain lists. It holds no ``Token`` (that would keep the doc
alive) and is dropped with its doc.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

#: a token with more children than this is looked up in the index; fewer are read from spaCy directly
FEW_CHILDREN = 8


class DocIndex:
    """Each token's child indices (in sentence order), dependency label ID, lower-case form and
    lower-case lemma; the children's forms and lemmas are gathered once per token asked about."""

    __slots__ = ("children", "deps", "lowers", "lemmas", "_words", "_lemmas")

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array([HEAD, DEP])  # uint64: HEAD holds signed offsets, DEP unsigned hashes
        heads = (arr[:, 0].astype("int64") + range(len(doc))).tolist()
        self.deps: list[int] = arr[:, 1].tolist()
        self.lowers: list[str] = [t.lower_ for t in doc]
        self.lemmas: list[str] = [t.lemma_.lower() for t in doc]
        self.children: list[list[int]] = [[] for _ in heads]
        for i, h in enumerate(heads):
            if h != i:
                self.children[h].append(i)
        self._words: dict[int, frozenset[str]] = {}
        self._lemmas: dict[int, frozenset[str]] = {}

    def child_words(self, i: int) -> frozenset[str]:
        """The lower-case forms of token ``i``'s children."""
        found = self._words.get(i)
        if found is None:
            found = self._words[i] = frozenset(self.lowers[j] for j in self.children[i])
        return found

    def child_lemmas(self, i: int) -> frozenset[str]:
        """The lower-case lemmas of token ``i``'s children."""
        found = self._lemmas.get(i)
        if found is None:
            found = self._lemmas[i] = frozenset(self.lemmas[j] for j in self.children[i])
        return found


#: doc -> its index
_INDEX: WeakKeyDictionary[Doc, DocIndex] = WeakKeyDictionary()


def doc_index(tok: Token) -> DocIndex:
    """The index of ``tok``'s doc, built at the first call and rebuilt when the parse changed since
    (``tok``'s number of children differs)."""
    doc = tok.doc
    index = _INDEX.get(doc)
    if (
        index is None
        or len(index.children) != len(doc)
        or len(index.children[tok.i]) != tok.n_lefts + tok.n_rights
    ):
        index = _INDEX[doc] = DocIndex(doc)
    return index


def has_many_children(tok: Token) -> bool:
    """Does ``tok`` have more than ``FEW_CHILDREN`` children (so that the index is the faster way)?"""
    return tok.n_lefts + tok.n_rights > FEW_CHILDREN


def child_words(tok: Token) -> frozenset[str]:
    """The lower-case forms of ``tok``'s children, of any relation ("neither" and "nor" of "[neither]
    injuries [nor] fatalities")."""
    if not has_many_children(tok):
        return frozenset(c.lower_ for c in tok.children)
    return doc_index(tok).child_words(tok.i)


def child_lemmas(tok: Token) -> frozenset[str]:
    """The lower-case lemmas of ``tok``'s children, of any relation."""
    if not has_many_children(tok):
        return frozenset(c.lemma_.lower() for c in tok.children)
    return doc_index(tok).child_lemmas(tok.i)


def word_within(tok: Token, start: int, end: int, word: str) -> bool:
    """Is the lower-case ``word`` one of the tokens ``start`` to ``end`` (exclusive) of ``tok``'s doc?
    A quick test before a rule walks a phrase looking for one word."""
    return word in doc_index(tok).lowers[start:end]

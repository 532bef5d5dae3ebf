"""The per-doc parse index (``eventx.syntax.index``) and the joined-once text helpers of ``doctools``
agree with spaCy's own answers, on a hand-built parse where one verb has many children."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventx import syntax
from eventx.doctools import doc_text, span_text, text_between
from eventx.syntax.index import FEW_CHILDREN, has_many_children

VOCAB = spacy.blank("en").vocab
RUN = 3 * FEW_CHILDREN  # more children than the index threshold


def star() -> Doc:
    """ "Neitherkilled killed ... nor killed .": one root verb heading every other word (no space after
    the first word, so that character offsets are not a fixed step per token)."""
    words = ["Neither", *(["killed"] * RUN), "nor", "killed", "."]
    deps = ["preconj", "ROOT", *(["conj"] * (RUN - 1)), "cc", "dobj", "punct"]
    spaces = [True] * len(words)
    spaces[0] = False
    return Doc(VOCAB, words=words, spaces=spaces, heads=[1] * len(words), deps=deps)


def test_the_index_gives_spacys_children_in_order() -> None:
    doc = star()
    root = doc[1]
    assert has_many_children(root) and not has_many_children(doc[2])
    for relations in [("conjunct",), ("object",), ("coordinator", "preconjunction"), ("subject",)]:
        ids = {spacy.strings.get_string_id(label) for r in relations for label in syntax.RELATIONS[r]}
        expected = [c for c in root.children if c.dep in ids]
        assert syntax.dependents(root, *relations) == expected
    assert [t.i for t in syntax.dependents(root, "conjunct")] == list(range(2, RUN + 1))
    assert syntax.child_words(root) == {"neither", "killed", "nor", "."}
    assert syntax.child_lemmas(doc[2]) == frozenset()
    assert syntax.word_within(root, 0, 3, "neither") and not syntax.word_within(root, 1, 3, "neither")


def test_the_index_follows_a_changed_parse() -> None:
    doc = star()
    assert len(syntax.dependents(doc[1], "conjunct")) == RUN - 1
    doc[5].head = doc[4]  # one child fewer for the root: the index is rebuilt
    assert len(syntax.dependents(doc[1], "conjunct")) == RUN - 2


def test_text_helpers_cut_the_docs_text() -> None:
    doc = star()
    text = doc.text
    assert doc_text(doc) == text
    for span in (doc[0:3], doc[1:2], doc[len(doc) - 3 :], doc[:]):
        assert span_text(span) == span.text
    for start, end in [(0, 5), (3, 40), (7, 7), (9, 3), (len(text) - 4, len(text) + 10)]:
        assert text_between(doc, start, end) == text[start:end]

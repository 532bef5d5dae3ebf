"""Regular inflections (eventx.text.inflection) on hand-built tokens whose lemma the model got wrong."""

from __future__ import annotations

from eventx.text.inflection import is_form_of, regular_inflections
from tests.helpers import hand_parse


def test_regular_inflections_of_a_verb() -> None:
    assert regular_inflections("stage") == ["stage", "stages", "staged", "staging"]
    assert regular_inflections("rape") == ["rape", "rapes", "raped", "raping"]
    assert regular_inflections("hold") == ["hold", "holds", "holded", "holding"]


def test_a_token_is_a_form_of_a_word_by_its_lemma_or_its_own_form() -> None:
    doc = hand_parse(
        """
        Teachers teacher NOUN NNS nsubj 1
        staged   stag    VERB VBD ROOT  1
        a        a       DET  DT  det   3
        strike   strike  NOUN NN  dobj  1
        """
    )
    assert doc[1].lemma_ == "stag" and is_form_of(doc[1], ["stage", "hold"])  # the form catches it
    assert is_form_of(doc[1], frozenset({"stag"}))  # the lemma as the model gives it
    assert not is_form_of(doc[1], ["launch", "call"])
    assert not is_form_of(doc[3], ["stage"])

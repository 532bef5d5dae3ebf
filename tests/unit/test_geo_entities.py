"""Which entities name places (eventx.geo.document.resolve_entity) on hand-built Docs: the parse is not
the point, the names around the entity are (the gazetteer index is read)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventx.geo.context import build_context
from eventx.geo.document import resolve_entity


def _entity_place(words: list[str], ents: list[str], people: set[str]):
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    (ent,) = doc.ents
    return resolve_entity(ent, doc[:], build_context([ent.text], Counter()), people)


def test_a_place_entity_running_into_a_persons_name_is_no_place() -> None:
    words = ["The", "body", "of", "Santana", "Rojas", "was", "found", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O"]
    assert _entity_place(words, ents, {"roberto santana rojas"}) is None
    # twin: with no such person in the text, the entity is the town
    place = _entity_place(words, ents, set())
    assert place is not None and place.name == "Santana"

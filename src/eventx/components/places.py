"""eventx_places: place mentions resolved through the offline gazetteer.

The pipe only records what ``eventx.geo.document.place_mentions`` finds (the place logic lives in
``eventx.geo``): ``doc._.eventx_places`` and the span group ``eventx_places``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..doctools import record_spans
from ..extensions import register
from ..geo.document import place_mentions

ASSIGNS = ["doc._.eventx_places"]


class PlacesComponent:
    """The eventx_places pipe: the document's place mentions, in text order."""

    def __init__(self, nlp: Language, name: str) -> None:
        register()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = place_mentions(doc)
        doc._.eventx_places = mentions
        doc.spans["eventx_places"] = record_spans(doc, mentions, lambda m: m.context.upper())
        return doc


@Language.factory("eventx_places", assigns=ASSIGNS, requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """The eventx_places component (registered as a spaCy factory)."""
    return PlacesComponent(nlp, name)

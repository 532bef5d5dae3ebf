"""eventx_places: place mentions resolved through the offline gazetteer.

The pipe only records what ``eventx.geo.document.place_mentions`` finds (the place logic lives in
``eventx.geo``): ``doc._.eventx_places`` and the span group ``eventx_places``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..doctools import record_spans
from ..geo.document import place_mentions
from .base import LexiconPipe

ASSIGNS = ["doc._.eventx_places"]


class PlacesComponent(LexiconPipe):
    """The eventx_places pipe: the document's place mentions, in text order."""

    def process(self, doc: Doc) -> Doc:
        mentions = place_mentions(doc)
        doc._.eventx_places = mentions
        doc.spans["eventx_places"] = record_spans(doc, mentions, lambda m: m.context.upper())
        return doc


@Language.factory(
    "eventx_places",
    default_config={"lexicon": {}, "lexicon_path": None},
    assigns=ASSIGNS,
    requires=["doc.ents"],
)
def make_places(nlp: Language, name: str, lexicon: dict, lexicon_path: str | None) -> PlacesComponent:
    """The eventx_places component (registered as a spaCy factory)."""
    return PlacesComponent(nlp, name, lexicon=lexicon, lexicon_path=lexicon_path)

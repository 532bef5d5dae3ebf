"""eventx_dates: date expressions resolved against the document's anchor, with plan/future marks.

The work is in ``eventx.dates`` (``candidates``, ``cues``, ``mentions``). Candidates are the model's DATE
and TIME entities plus date words it does not tag (relative expressions, weekday names, "N days ago"),
widened to take in their modifiers ("late", "early on", "on") and a possessive ("Thursday's"). Each is
resolved by ``eventx.text.temporal.resolve`` against ``doc._.anchor``. A date whose clause speaks of the
future or of a plan ("will hold talks", "may travel next week") is marked ``future``; the event stage uses
that to keep plans out of the events that happened.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..dates.mentions import date_mentions
from .base import LexiconPipe

ASSIGNS = ["doc._.eventx_dates"]


class DatesComponent(LexiconPipe):
    """The eventx_dates pipe: the resolved date expressions of every content sentence."""

    def process(self, doc: Doc) -> Doc:
        doc._.eventx_dates, doc.spans["eventx_dates"] = date_mentions(doc)
        return doc


@Language.factory(
    "eventx_dates",
    default_config={"lexicon": {}, "lexicon_path": None},
    assigns=ASSIGNS,
    requires=["doc.ents", "token.dep"],
)
def make_dates(nlp: Language, name: str, lexicon: dict, lexicon_path: str | None) -> DatesComponent:
    """Factory of the eventx_dates pipe."""
    return DatesComponent(nlp, name, lexicon=lexicon, lexicon_path=lexicon_path)

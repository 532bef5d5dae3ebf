"""eventx_casualties: who was killed, injured, abducted ..., how many, and who says so.

For each casualty word (``resources/casualties.yaml``: "killed", "died", "dead", "wounded",
"fatalities" ...) the dependency parse names the counted noun: the passive subject ("33 soldiers were
killed"), the object ("killed 16 Syrian soldiers"), the subject of "die", or the noun a participle
modifies ("troops killed in Idlib"). The number is read from that noun's left modifiers with
``eventx.text.quantities`` (hedges, ranges, words, paraphrased forms) only on that short candidate span;
quantulum3's unit catalogue (``eventx.text.measures``, loaded when the pipe is built) keeps measures,
money and durations ("a 500-pound bomb", "$2 million", "three hours") from becoming counts.
Negations give 0, "an unknown number" gives no count, running totals are marked ``cumulative``.
The logic lives in the :mod:`eventx.casualties` package; this module is the pipe and its factory.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..casualties.mentions import casualty_mentions
from ..doctools import content_sents, record_spans, span_text
from ..records import CasualtyMention
from ..text.measures import load_quantulum
from .base import LexiconPipe

ASSIGNS = ["doc._.eventx_casualties"]


class CasualtiesComponent(LexiconPipe):
    """The eventx_casualties pipe: the casualty statements of every content sentence."""

    def on_lexicon(self) -> None:
        load_quantulum()  # quantulum3's catalogue is built once, at load, not on the first document

    def process(self, doc: Doc) -> Doc:
        mentions: list[CasualtyMention] = []
        sents = list(content_sents(doc))
        for i, sent in enumerate(sents):
            after = span_text(sents[i + 1]) if i + 1 < len(sents) else ""
            mentions.extend(casualty_mentions(doc, sent, span_text(sent) + " " + after))
        doc._.eventx_casualties = mentions
        doc.spans["eventx_casualties"] = record_spans(doc, mentions, lambda m: m.status)
        return doc


@Language.factory(
    "eventx_casualties",
    default_config={"lexicon": {}, "lexicon_path": None},
    assigns=ASSIGNS,
    requires=["token.dep", "token.lemma"],
)
def make_casualties(nlp: Language, name: str, lexicon: dict, lexicon_path: str | None) -> CasualtiesComponent:
    """Factory of the eventx_casualties pipe."""
    return CasualtiesComponent(nlp, name, lexicon=lexicon, lexicon_path=lexicon_path)

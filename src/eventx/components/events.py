"""eventx_events: the event stage as a spaCy component. Triggers typed, arguments linked by the parse,
one Event per incident.

1. Triggers (``event_triggers.yaml``) are matched on lemmas and typed (ACLED type/sub-type or
   Diplomacy/Talks). Clauses of threats, plans, demands and opinions are left out
   (``eventx.events.triggers``, ``trigger_filters``, ``support``).
2. Each argument in a sentence (casualty count, date, place, actor) goes to the trigger nearest to it
   in the dependency tree. A killing with no trigger near it ("the reprisals killed 16 soldiers")
   becomes a mention of its own (``eventx.events.linking``).
3. Mentions of one incident are merged: a definite reference ("the strike", "the reprisals",
   "Thursday's deaths") joins the latest violent incident; mentions of the same type with the same
   count or the same victims join too. Distinct counts of one incident are kept as low/high.
4. Each incident becomes a validated ``Event`` (``eventx.events.build``; fields: ``eventx.events.fields``,
   ``eventx.events.location``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doctools import content_sents
from ..events.build import build_events
from ..events.incidents import merge_mentions
from ..events.linking import by_sentence, quoted_ranges, sentence_mentions
from ..events.mentions import Layers, Mention
from ..events.triggers import TriggerMatcher, sentence_triggers
from .base import LexiconPipe

ASSIGNS = ["doc._.events"]


class EventsComponent(LexiconPipe):
    """The ``eventx_events`` pipe: puts the Doc's events on ``doc._.events`` and their trigger words on
    ``doc.spans["eventx_triggers"]``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        keep_planned: bool = False,
        min_confidence: float = 0.0,
        lexicon: dict | None = None,
        lexicon_path: str | None = None,
    ) -> None:
        self._nlp = nlp
        self.keep_planned = keep_planned
        self.min_confidence = min_confidence
        super().__init__(nlp, name, lexicon, lexicon_path)

    def on_lexicon(self) -> None:
        """The trigger matcher of the pipe's trigger lexicon."""
        self.matcher = TriggerMatcher(self._nlp)

    def process(self, doc: Doc) -> Doc:
        layers = Layers.of(doc)
        by_sent = by_sentence(layers)
        mentions: list[Mention] = []
        trigger_spans: list[Span] = []
        quoted = quoted_ranges(doc.text)
        matches = self.matcher.by_sentence(doc)
        for sent in content_sents(doc):
            found = sentence_triggers(sent, matches.get(sent.start_char, []))
            ms = sentence_mentions(doc, sent, found, by_sent, self.keep_planned, quoted)
            mentions.extend(ms)
            trigger_spans.extend(doc[m.trigger_start : m.trigger_end] for m in ms)
        incidents = merge_mentions(mentions, layers)
        events = build_events(doc, incidents, layers)
        doc._.events = [e for e in events if e.confidence >= self.min_confidence]
        doc.spans["eventx_triggers"] = trigger_spans
        return doc


@Language.factory(
    "eventx_events",
    default_config={"keep_planned": False, "min_confidence": 0.0, "lexicon": {}, "lexicon_path": None},
    assigns=ASSIGNS,
    requires=["doc._.eventx_dates", "doc._.eventx_places", "doc._.eventx_casualties", "doc._.eventx_actors"],
)
def make_events(
    nlp: Language,
    name: str,
    keep_planned: bool,
    min_confidence: float,
    lexicon: dict,
    lexicon_path: str | None,
) -> EventsComponent:
    """The ``eventx_events`` factory: an ``EventsComponent`` (``keep_planned`` keeps threats and plans,
    ``min_confidence`` drops less confident events)."""
    return EventsComponent(
        nlp,
        name,
        keep_planned=keep_planned,
        min_confidence=min_confidence,
        lexicon=lexicon,
        lexicon_path=lexicon_path,
    )

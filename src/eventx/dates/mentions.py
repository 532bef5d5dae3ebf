"""The date layer of a Doc: every content sentence's date expressions resolved against the anchor."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..doctools import content_sents, sentence_ents
from ..records import DateMention
from ..text.temporal import resolve
from .candidates import candidates
from .cues import clock_time, date_cues, dates_the_report, is_future, names_a_thing


def date_mentions(doc: Doc) -> tuple[list[DateMention], list[Span]]:
    """The Doc's date mentions and their spans (label DATE), in text order."""
    anchor = doc._.anchor
    mentions: list[DateMention] = []
    spans: list[Span] = []
    next_words = set(date_cues()["future_words"])
    own = doc._.anchor_span
    ents = sentence_ents(doc)
    for sent in content_sents(doc):
        for start, end in candidates(sent, ents[sent.start]):
            span = doc[start:end]
            if clock_time(span):
                continue
            if own and span.start_char < own[1] and own[0] < span.end_char:
                continue  # the text's own date line ("date 2020-02-29") dates the report, not an event
            future = is_future(span.root) or any(t.lower_ in next_words for t in span)
            resolved = resolve(span.text, anchor, future=future)
            if resolved is None or resolved.kind == "non_date":
                continue
            kind = "label" if names_a_thing(span) else resolved.kind
            mentions.append(
                DateMention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    sent_start=sent.start_char,
                    date_start=resolved.start,
                    date_end=resolved.end,
                    precision=resolved.precision,
                    relative=resolved.relative,
                    kind=kind,
                    future=future,
                    reported=dates_the_report(span.root),
                )
            )
            spans.append(Span(doc, start, end, label="DATE"))
    return mentions, spans

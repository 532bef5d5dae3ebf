"""Small helpers the components share for walking a parsed Doc."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

#: doc -> its text; ``Doc.text`` joins every token's text on each read, and a doc's text never changes
_DOC_TEXT: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
#: doc -> (its length, its sentences' token bounds); ``Doc.sents`` walks every token on each read. Bounds,
#: not Spans: a Span holds its doc, which would keep the weak key alive for ever.
_SENT_BOUNDS: WeakKeyDictionary[Doc, tuple[int, list[tuple[int, int]]]] = WeakKeyDictionary()


def cites(text: str, cues: list[str]) -> bool:
    """True if ``text`` names one of ``cues`` as whole words (case as written: "LoC", "OSCE SMM")."""
    return bool(cues) and _cue_pattern(tuple(cues)).search(text) is not None


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")


def in_ranges(ranges: list[tuple[int, int]], offset: int) -> bool:
    """True if ``offset`` falls inside one of the sorted, non-overlapping ``ranges``."""
    i = bisect_right([s for s, _ in ranges], offset) - 1
    return i >= 0 and ranges[i][0] <= offset < ranges[i][1]


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, with the boundaries found once per doc (and again if it is retokenized)."""
    cached = _SENT_BOUNDS.get(doc)
    if cached is None or cached[0] != len(doc):
        cached = _SENT_BOUNDS[doc] = (len(doc), [(s.start, s.end) for s in doc.sents])
    return [doc[start:end] for start, end in cached[1]]


def content_sents(doc: Doc) -> Iterator[Span]:
    """The sentences that are reporting, not page furniture (see eventx_document)."""
    furniture = doc._.furniture
    for sent in sentences(doc):
        if not span_text(sent).strip():
            continue
        if furniture and in_ranges(furniture, sent.start_char):
            continue
        yield sent


def sentence_ents(doc: Doc) -> dict[int, list[Span]]:
    """The entities of each sentence, keyed by the sentence's first token.

    ``sent.ents`` walks the whole document's entities on every call; a component that looks at each
    sentence's entities reads them through this once per document instead."""
    sents = sentences(doc)
    starts = [s.start for s in sents]
    out: dict[int, list[Span]] = {s: [] for s in starts}
    for ent in doc.ents:
        i = bisect_right(starts, ent.start) - 1
        if i >= 0 and ent.end <= sents[i].end:
            out[starts[i]].append(ent)
    return out


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: a rule that reads it for every casualty word of a 20,000-word
    text would otherwise join the whole text 20,000 times."""
    text = _DOC_TEXT.get(doc)
    if text is None:
        text = _DOC_TEXT[doc] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the doc's text joined once (``Span.text`` joins its tokens on every
    read; a rule asking it of a 150-token sentence for each of its words would join it 150 times)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def in_lower_case(span: Span) -> bool:
    """Is most of the span written in lower case? In a text in capitals every phrase looks like a name."""
    letters = [ch for ch in span_text(span) if ch.isalpha()]
    return sum(ch.islower() for ch in letters) > len(letters) / 2


def text_between(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]``, cut from the doc's text joined once (``Doc.text`` is rebuilt on every
    read)."""
    return doc_text(doc)[start:end] if start < end else ""


def with_next_sentence(sent: Span) -> Span:
    """The sentence and the one after it (cues of a protest's outcome or of violence often follow)."""
    doc = sent.doc
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return doc[sent.start : end]


def record_spans(doc: Doc, records: list, label: Callable[[Any], str]) -> list[Span]:
    """Spans over a layer's records (character offsets), for ``doc.spans[...]`` and displaCy."""
    return [doc.char_span(r.start, r.end, label=label(r), alignment_mode="expand") for r in records]

"""Small helpers the components share for walking a parsed Doc."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span


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


def content_sents(doc: Doc) -> Iterator[Span]:
    """The sentences that are reporting, not page furniture (see eventx_document)."""
    furniture = doc._.furniture
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        if furniture and in_ranges(furniture, sent.start_char):
            continue
        yield sent


def sentence_ents(doc: Doc) -> dict[int, list[Span]]:
    """The entities of each sentence, keyed by the sentence's first token.

    ``sent.ents`` walks the whole document's entities on every call; a component that looks at each
    sentence's entities reads them through this once per document instead."""
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    out: dict[int, list[Span]] = {s: [] for s in starts}
    for ent in doc.ents:
        i = bisect_right(starts, ent.start) - 1
        if i >= 0 and ent.end <= sents[i].end:
            out[starts[i]].append(ent)
    return out


def text_between(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` without joining the whole document's text (``Doc.text`` is rebuilt on
    every read)."""
    if len(doc):
        end = min(end, doc[-1].idx + len(doc[-1].text_with_ws))  # past the end: to the end
    if start >= end:
        return ""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[start:end]
    first, last = span.start, span.end
    first = min(first, len(doc) - 1)
    while first > 0 and doc[first].idx > start:  # an offset in the space after a token
        first -= 1
    while last < len(doc) and (last == 0 or doc[last - 1].idx + len(doc[last - 1].text_with_ws) < end):
        last += 1
    span = doc[first:last]
    return span.text_with_ws[start - span.start_char : end - span.start_char]


def with_next_sentence(sent: Span) -> Span:
    """The sentence and the one after it (cues of a protest's outcome or of violence often follow)."""
    doc = sent.doc
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return doc[sent.start : end]


def record_spans(doc: Doc, records: list, label: Callable[[Any], str]) -> list[Span]:
    """Spans over a layer's records (character offsets), for ``doc.spans[...]`` and displaCy."""
    return [doc.char_span(r.start, r.end, label=label(r), alignment_mode="expand") for r in records]

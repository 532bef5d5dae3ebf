"""Small helpers the components share for walking a parsed Doc."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token


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


def clause_root(tok: Token) -> Token:
    """The nearest verb (or the sentence root) governing ``tok``."""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur


def with_next_sentence(sent: Span) -> Span:
    """The sentence and the one after it (cues of a protest's outcome or of violence often follow)."""
    doc = sent.doc
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return doc[sent.start : end]


def record_spans(doc: Doc, records: list, label: Callable[[Any], str]) -> list[Span]:
    """Spans over a layer's records (character offsets), for ``doc.spans[...]`` and displaCy."""
    return [doc.char_span(r.start, r.end, label=label(r), alignment_mode="expand") for r in records]

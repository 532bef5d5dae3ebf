"""The functions most callers need: ``extract`` one text, ``extract_many`` texts in a stream."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .collection import EventCollection
from .errors import InputError, NotATextError, PublishedDateError, TextTooLongError
from .extensions import register
from .text.recase import ORIGINAL_TEXT, readable_case

#: default upper bound on the length of one text, in characters (about 1 MB of plain text); the
#: pipeline's ``nlp.max_length`` is raised to match when it is lower
DEFAULT_MAX_CHARS = 1_000_000
#: lone UTF-16 surrogates: not encodable as UTF-8, replaced one for one by U+FFFD (offsets unchanged)
_SURROGATES = re.compile("[\ud800-\udfff]")

_lock = threading.Lock()
_nlp: Language | None = None


def get_nlp() -> Language:
    """The shared default pipeline (``eventx.load()``), loaded once per process."""
    global _nlp
    with _lock:
        if _nlp is None:
            from .pipeline import load

            _nlp = load()
    return _nlp


def parse_published(value: date | datetime | str | None) -> date | None:
    """A publication date from a date, a datetime or an ISO-8601 string; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return date.fromisoformat(s[:10]) if len(s) >= 10 else date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise PublishedDateError(
        f"published must be a date, a datetime or an ISO-8601 string like '2020-02-28'; got {value!r}"
    )


def check_text(text: Any, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Return ``text`` if eventx can process it, else raise the matching ``InputError``.

    Only ``str`` is accepted (``NotATextError``, also a ``TypeError``; bytes get a hint to decode them).
    Empty or white-space-only text is accepted: it yields no events. Longer than ``max_chars``
    characters raises ``TextTooLongError``.
    """
    if isinstance(text, bytes | bytearray | memoryview):
        raise NotATextError(
            f"text must be a str, got {type(text).__name__}; decode it first, e.g. text.decode('utf-8')"
        )
    if not isinstance(text, str):
        raise NotATextError(f"text must be a str, got {type(text).__name__}")
    if len(text) > max_chars:
        raise TextTooLongError(
            f"text has {len(text):,} characters, over the limit of {max_chars:,} "
            "(pass max_chars= to raise it)"
        )
    return text


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate (not encodable as UTF-8) replaced by U+FFFD, one for one, so
    that character offsets into the result index the caller's original string."""
    return _SURROGATES.sub("\ufffd", text)


def make_doc(
    nlp: Language,
    text: str,
    *,
    published: date | datetime | str | None = None,
    doc_id: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Doc:
    """A tokenised Doc carrying ``published`` and ``doc_id``, ready for ``nlp(doc)`` or ``nlp.pipe``.

    A text written in capitals is tokenised in ordinary case (``eventx.text.recase``: the model misreads
    capitals), one character for one, so offsets still index ``text``, which
    ``doc.user_data["eventx.original_text"]`` keeps. Evidence quotes it; the words of a date, an actor or
    a count (their ``text``) are quoted as read, recased.

    >>> nlp = get_nlp()
    >>> doc = nlp(make_doc(nlp, "Gunmen killed 3 people on Monday.", published="2021-05-06", doc_id="a"))
    >>> doc._.doc_id, doc._.anchor, doc._.events[0].fatalities.best
    ('a', datetime.date(2021, 5, 6), 3)
    """
    register()
    check_text(text, max_chars)
    pub = parse_published(published)
    if doc_id is not None and not isinstance(doc_id, str):
        raise InputError(f"doc_id must be a str, got {type(doc_id).__name__}")
    if max_chars > nlp.max_length:
        nlp.max_length = max_chars  # spaCy's own guard (1,000,000 by default) follows eventx's limit
    text = clean_text(text)
    recased = readable_case(nlp, text)
    doc = nlp.make_doc(recased)
    if recased != text:
        doc.user_data[ORIGINAL_TEXT] = text
    doc._.published = pub
    doc._.doc_id = doc_id
    return doc


def extract(
    text: str,
    *,
    published: date | datetime | str | None = None,
    doc_id: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    nlp: Language | None = None,
) -> EventCollection:
    """The events reported in one text.

    ``published`` (a date, datetime or ISO string) anchors relative dates ("on Thursday"); without it
    eventx looks for a date the text states as its own (header, masthead, dateline).

    >>> events = extract("Gunmen killed 3 people in Kabul on Monday.", published="2021-05-06", doc_id="a")
    >>> e = events[0]
    >>> e.event_type, e.date.start, e.location.country_code, e.fatalities.best, e.sources
    ('Violence against civilians', datetime.date(2021, 5, 3), 'AFG', 3, ['a'])
    """
    nlp = nlp or get_nlp()
    doc = nlp(make_doc(nlp, text, published=published, doc_id=doc_id, max_chars=max_chars))
    return EventCollection(doc._.events)


def _split_item(item: Any, index: int) -> tuple[Any, dict[str, Any]]:
    if isinstance(item, tuple):
        if len(item) != 2 or not isinstance(item[1], dict):
            raise InputError(
                f"item {index}: expected a text or a (text, {{'published':..., 'doc_id':...}}) pair"
            )
        extra = set(item[1]) - {"published", "doc_id"}
        if extra:
            raise InputError(f"item {index}: unknown context key(s) {sorted(extra)}")
        return item[0], item[1]
    return item, {}


def extract_many(
    items: Iterable[str | tuple[str, dict[str, Any]]],
    *,
    n_process: int = 1,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: str = "raise",
    nlp: Language | None = None,
) -> Iterator[EventCollection]:
    """Stream texts through the pipeline; yield one EventCollection per input, in input order.

    ``items`` are texts or ``(text, {"published": ..., "doc_id": ...})`` pairs. A bad item raises its
    ``InputError`` (naming the item) when ``on_error="raise"``; with ``on_error="skip"`` it yields an
    empty collection in its place. ``EventCollection.concat(extract_many(...))`` gives one collection.

    Each batch of ``batch_size`` texts runs inside ``nlp.memory_zone()``, so spaCy's string store does
    not grow over a long stream: do not call ``extract_many`` inside a memory zone of your own on the
    same pipeline. ``n_process > 1`` (or ``-1``: one per core) forks that many worker processes, which
    inherit the loaded pipeline (no re-loading, no pickling); the results are the same as with one.

    >>> texts = [("Gunmen killed 3 people in Kabul.", {"doc_id": "a"}), "", "Protesters marched in Nairobi."]
    >>> [len(c) for c in extract_many(texts, on_error="skip")]
    [1, 0, 1]
    """
    if on_error not in ("raise", "skip"):
        raise ValueError("on_error must be 'raise' or 'skip'")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    nlp = nlp or get_nlp()
    from . import parallel

    batches = parallel.batches(enumerate(items), batch_size)
    run = partial(run_batch, max_chars=max_chars, on_error=on_error)
    workers = parallel.worker_count(n_process)
    if workers > 1:
        results = parallel.forked_map(nlp, run, batches, workers)
    else:
        results = (run(nlp, batch) for batch in batches)
    for collections in results:
        yield from collections


def run_batch(
    nlp: Language, batch: list[tuple[int, Any]], *, max_chars: int, on_error: str
) -> list[EventCollection]:
    """The events of one batch of ``(index, item)`` pairs, inside ``nlp.memory_zone()``: the Docs and
    their strings are dropped when it ends, the Events (plain pydantic objects) are kept."""
    with nlp.memory_zone():
        docs: list[Doc | None] = []
        for i, item in batch:
            try:
                text, ctx = _split_item(item, i)
                docs.append(make_doc(nlp, text, max_chars=max_chars, **ctx))
            except InputError as exc:
                if on_error == "raise":
                    raise type(exc)(f"item {i}: {exc}") from exc
                docs.append(None)
        parsed = iter(nlp.pipe([d for d in docs if d is not None], batch_size=len(batch)))
        return [EventCollection() if d is None else EventCollection(next(parsed)._.events) for d in docs]

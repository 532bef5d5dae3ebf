"""The functions most callers need: ``extract`` one text, ``extract_many`` texts in a stream."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .collection import EventCollection
from .errors import EmptyTextError, InputError, NotATextError, PublishedDateError, TextTooLongError
from .extensions import register

#: default upper bound on the length of one text, in characters (spaCy's own limit is 1,000,000)
DEFAULT_MAX_CHARS = 200_000

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
    """Return ``text`` if eventx can process it, else raise the matching ``InputError``."""
    if not isinstance(text, str):
        raise NotATextError(f"text must be a str, got {type(text).__name__}")
    if not text.strip():
        raise EmptyTextError("text is empty or only white space")
    if len(text) > max_chars:
        raise TextTooLongError(
            f"text has {len(text):,} characters, over the limit of {max_chars:,} "
            "(pass max_chars= to raise it)"
        )
    return text


def make_doc(
    nlp: Language,
    text: str,
    *,
    published: date | datetime | str | None = None,
    doc_id: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Doc:
    """A tokenised Doc carrying ``published`` and ``doc_id``, ready for ``nlp(doc)`` or ``nlp.pipe``.

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
    doc = nlp.make_doc(text)
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
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: str = "raise",
    nlp: Language | None = None,
) -> Iterator[EventCollection]:
    """Stream texts through ``nlp.pipe``; yield one EventCollection per input, in input order.

    ``items`` are texts or ``(text, {"published": ..., "doc_id": ...})`` pairs. A bad item raises its
    ``InputError`` (naming the item) when ``on_error="raise"``; with ``on_error="skip"`` it yields an
    empty collection in its place. ``EventCollection.concat(extract_many(...))`` gives one collection.

    >>> texts = [("Gunmen killed 3 people in Kabul.", {"doc_id": "a"}), "", "Protesters marched in Nairobi."]
    >>> [len(c) for c in extract_many(texts, on_error="skip")]
    [1, 0, 1]
    """
    if on_error not in ("raise", "skip"):
        raise ValueError("on_error must be 'raise' or 'skip'")
    nlp = nlp or get_nlp()

    def docs() -> Iterator[tuple[Doc | None, int]]:
        for i, item in enumerate(items):
            try:
                text, ctx = _split_item(item, i)
                yield make_doc(nlp, text, max_chars=max_chars, **ctx), i
            except InputError as exc:
                if on_error == "raise":
                    raise type(exc)(f"item {i}: {exc}") from exc
                yield None, i

    # nlp.pipe gets only the good docs; the bad ones are re-inserted in order as empty results
    pending: list[int] = []

    def good_docs() -> Iterator[tuple[Doc, int]]:
        for doc, i in docs():
            if doc is None:
                pending.append(i)
            else:
                yield doc, i

    for doc, i in nlp.pipe(good_docs(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        while pending and pending[0] < i:
            pending.pop(0)
            yield EventCollection()
        yield EventCollection(doc._.events)
    for _ in pending:
        yield EventCollection()

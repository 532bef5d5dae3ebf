"""Every Doc extension eventx uses, registered once (``register()`` is idempotent).

Layer values are stored in ``doc.user_data`` as JSON-able dicts and read back as typed records, so a
Doc keeps working through ``nlp.pipe(n_process=...)``, ``Doc.to_bytes`` and ``DocBin``.

Public extensions:
    doc._.doc_id           str | None      the caller's document id
    doc._.published        date | None     the caller's publication date (set it before the pipeline runs)
    doc._.anchor           date | None     the date relative expressions resolve against
    doc._.anchor_source    str | None      "published" | "header" | "masthead" | "dateline"
    doc._.anchor_span      [int, int] | None  where the text states its own date (header/masthead/dateline)
    doc._.furniture        list[(int,int)] character ranges of page furniture (menus, "Rate this article")
    doc._.eventx_dates     list[DateMention]
    doc._.eventx_places    list[PlaceMention]
    doc._.eventx_casualties list[CasualtyMention]
    doc._.eventx_actors    list[ActorMention]
    doc._.events           list[Event]
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import TypeAdapter
from spacy.tokens import Doc

from .records import ActorMention, CasualtyMention, DateMention, PlaceMention

_PREFIX = "eventx."


def _key(name: str) -> str:
    return _PREFIX + name


def _layer(name: str, record_type: type) -> dict[str, Any]:
    """Getter/setter storing a list of records as JSON dicts under user_data."""
    adapter = TypeAdapter(list[record_type])

    def getter(doc: Doc) -> list:
        raw = doc.user_data.get(_key(name))
        return [] if raw is None else adapter.validate_python(raw)

    def setter(doc: Doc, value: list) -> None:
        doc.user_data[_key(name)] = adapter.dump_python(list(value), mode="json")

    return {"getter": getter, "setter": setter}


def _date_value(name: str) -> dict[str, Any]:
    def getter(doc: Doc) -> date | None:
        raw = doc.user_data.get(_key(name))
        return None if raw is None else date.fromisoformat(raw)

    def setter(doc: Doc, value: date | None) -> None:
        doc.user_data[_key(name)] = None if value is None else value.isoformat()

    return {"getter": getter, "setter": setter}


def _plain_value(name: str, default: Any = None) -> dict[str, Any]:
    def getter(doc: Doc) -> Any:
        return doc.user_data.get(_key(name), default)

    def setter(doc: Doc, value: Any) -> None:
        doc.user_data[_key(name)] = value

    return {"getter": getter, "setter": setter}


def _events() -> dict[str, Any]:
    from .models import Event  # models import nothing from here; imported late to keep import light

    adapter = TypeAdapter(list[Event])

    def getter(doc: Doc) -> list:
        raw = doc.user_data.get(_key("events"))
        return [] if raw is None else adapter.validate_python(raw)

    def setter(doc: Doc, value: list) -> None:
        doc.user_data[_key("events")] = adapter.dump_python(list(value), mode="json")

    return {"getter": getter, "setter": setter}


def _furniture() -> dict[str, Any]:
    def getter(doc: Doc) -> list[tuple[int, int]]:
        return [tuple(r) for r in doc.user_data.get(_key("furniture"), [])]

    def setter(doc: Doc, value: list[tuple[int, int]]) -> None:
        doc.user_data[_key("furniture")] = [list(r) for r in value]

    return {"getter": getter, "setter": setter}


def register() -> None:
    """Register eventx's Doc extensions (safe to call many times)."""
    specs: dict[str, dict[str, Any]] = {
        "doc_id": _plain_value("doc_id"),
        "published": _date_value("published"),
        "anchor": _date_value("anchor"),
        "anchor_source": _plain_value("anchor_source"),
        "anchor_span": _plain_value("anchor_span"),
        "furniture": _furniture(),
        "eventx_dates": _layer("dates", DateMention),
        "eventx_places": _layer("places", PlaceMention),
        "eventx_casualties": _layer("casualties", CasualtyMention),
        "eventx_actors": _layer("actors", ActorMention),
        "events": _events(),
    }
    for name, spec in specs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, **spec)

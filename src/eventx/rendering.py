"""An article with what eventx read in it highlighted: triggers, actors, places, dates and counts.

``render`` draws with spaCy's displaCy (``style="ent"``, manual spans): inline in a Jupyter notebook,
or as HTML to save and open in a browser (``page=True`` gives a whole page).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

#: the labels ``render`` draws, in the order they win when two marks overlap, with their colours
COLORS: dict[str, str] = {
    "TRIGGER": "#f4a261",
    "COUNT": "#e76f51",
    "DATE": "#8ecae6",
    "PLACE": "#90be6d",
    "ACTOR": "#cdb4db",
}


def highlights(doc: Doc) -> list[dict[str, Any]]:
    """The marks ``render`` draws on a Doc the eventx pipeline has run over: ``{"start", "end",
    "label"}`` dicts (character offsets), sorted, never overlapping (a trigger wins over a count, a
    count over a date, a date over a place, a place over an actor).

    >>> import spacy
    >>> from eventx.extensions import register
    >>> register()
    >>> doc = spacy.blank("en")("Gunmen killed 3 people.")
    >>> doc.spans["eventx_triggers"] = [doc[1:2]]
    >>> highlights(doc)
    [{'start': 7, 'end': 13, 'label': 'TRIGGER'}]
    """
    marks: list[tuple[int, int, str]] = [(s.start_char, s.end_char, "TRIGGER") for s in _triggers(doc)]
    for m in doc._.eventx_casualties:
        marks.append(_count_span(doc, m.start, m.end, m.number_text))
    marks += [(m.start, m.end, "DATE") for m in doc._.eventx_dates]
    marks += [(m.start, m.end, "PLACE") for m in doc._.eventx_places]
    marks += [(m.start, m.end, "ACTOR") for m in doc._.eventx_actors]
    return _without_overlaps(marks)


def _triggers(doc: Doc) -> list:
    return list(doc.spans["eventx_triggers"]) if "eventx_triggers" in doc.spans else []


def _count_span(doc: Doc, start: int, end: int, number_text: str) -> tuple[int, int, str]:
    """The number inside a casualty statement ("33" of "33 Turkish soldiers were killed"), else all of it."""
    at = doc.text.find(number_text, start, end) if number_text else -1
    return (at, at + len(number_text), "COUNT") if at >= 0 else (start, end, "COUNT")


def _without_overlaps(marks: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    rank = {label: i for i, label in enumerate(COLORS)}
    kept: list[tuple[int, int, str]] = []
    for start, end, label in sorted(set(marks), key=lambda m: (rank[m[2]], m[0], -m[1])):
        if end > start and all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, label))
    return [{"start": s, "end": e, "label": label} for s, e, label in sorted(kept)]


def render(
    doc_or_text: Doc | str,
    *,
    jupyter: bool | None = None,
    page: bool = False,
    published: date | datetime | str | None = None,
    nlp: Language | None = None,
) -> str | None:
    """Show an article with its triggers, actors, places, dates and counts highlighted.

    ``doc_or_text`` is a Doc the eventx pipeline has run over, or a text (run through ``eventx.load()``,
    with ``published`` anchoring its relative dates). In a Jupyter notebook the article is displayed
    inline and ``None`` is returned (``jupyter=False`` returns the HTML instead); elsewhere the HTML
    is returned, a whole page with ``page=True``.

    >>> html = render("Gunmen killed 3 people in Kabul on Monday.", published="2021-05-04", jupyter=False)
    >>> "TRIGGER" in html and "COUNT" in html and "PLACE" in html
    True
    """
    from spacy import displacy

    doc = _as_doc(doc_or_text, published, nlp)
    data = {"text": doc.text, "ents": highlights(doc), "title": doc._.doc_id}
    options = {"colors": COLORS, "ents": list(COLORS)}
    return displacy.render(data, style="ent", manual=True, jupyter=jupyter, page=page, options=options)


def _as_doc(doc_or_text: Doc | str, published: Any, nlp: Language | None) -> Doc:
    if isinstance(doc_or_text, Doc):
        return doc_or_text
    from .api import get_nlp, make_doc

    nlp = nlp or get_nlp()
    return nlp(make_doc(nlp, doc_or_text, published=published))

"""The places of an article's headline and lead, which the incident told below inherits.

News writing names the place of the main incident in the headline and the first sentences (the lead)
and then often refers to it vaguely ("a city in north Afghanistan", "the country"). An incident whose
own sentences name nothing finer than a country or province takes the finer place the headline or lead
names inside it (``lead_place``). A place named for the incident itself that is as fine wins, and a
place in another country or province is never taken: that is how the text tells incidents apart. A
dateline names where the report was filed, not where anything happened, so it is never inherited, any
more than it is an incident's own place (``geo.document``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctools import content_sents
from ..geo.names import normalize_name
from ..records import PRECISION_RANK, PlaceMention

#: how many sentences of the story's first paragraph make its lead
LEAD_SENTENCES = 2


def lead_starts(doc: Doc) -> set[int]:
    """Start offsets of the lead: the first ``LEAD_SENTENCES`` sentences of the story's first
    paragraph (the line under the headline)."""
    out: list[int] = []
    line_end = None
    for sent in content_sents(doc):
        if line_end is None:
            found = doc.text.find("\n", sent.start_char)
            line_end = found if found >= 0 else len(doc.text)
        if sent.start_char >= line_end or len(out) == LEAD_SENTENCES:
            break
        out.append(sent.start_char)
    return set(out)


def lead_places(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places the headline and lead name as places (not the dateline, not a capital standing
    for its government)."""
    starts = lead_starts(doc)
    return [
        p for p in places if p.context == "headline" or (p.context == "mention" and p.sent_start in starts)
    ]


def inside(place: PlaceMention, area: PlaceMention) -> bool:
    """True if ``place`` lies in ``area`` (a country, province or district): the same country, and
    the same province or district when the area is one."""
    if place.country_code is None or place.country_code != area.country_code:
        return False
    for level in ("admin1", "admin2"):
        if area.precision == level:
            own, outer = getattr(place, level), getattr(area, level) or area.name
            return bool(own) and normalize_name(own) == normalize_name(outer)
    return area.precision == "country"


def lead_place(doc: Doc, places: list[PlaceMention], own: PlaceMention) -> PlaceMention | None:
    """The place an incident inherits from the headline or lead: when ``own``, the finest place its
    sentences name, is a gazetteer place no finer than a province (a name the gazetteer lacks is a
    place of its own), the finest place of the headline or lead that lies
    inside it ("Gunmen kill five in Kandahar market ... the attack in southern Afghanistan":
    Kandahar); else None."""
    if not own.resolved or PRECISION_RANK.get(own.precision, 0.0) > PRECISION_RANK["admin1"]:
        return None
    finer = [p for p in lead_places(doc, places) if p.specificity > own.specificity and inside(p, own)]
    return max(finer, key=lambda p: (p.specificity, -p.start)) if finer else None

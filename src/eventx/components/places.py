"""eventx_places: place mentions resolved through the offline gazetteer.

Candidates are the model's GPE/LOC/FAC entities. The document's own countries (named countries and
demonyms such as "Turkish") decide between namesakes; population breaks the remaining ties. A
capital used as the actor of a clause ("Ankara ramped up pressure", "Moscow announced") is marked
``government``: it stands for a state, not a place where something happened. A place at the head of
the first line followed by a dash or a news-agency tag is the ``dateline``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..data import load_yaml
from ..doctools import content_sents
from ..extensions import register
from ..gazetteer import Place, get_gazetteer
from ..records import PlaceMention

ASSIGNS = ["doc._.eventx_places"]
_LEADERS = {"leader", "president", "government", "minister", "ministry", "army", "military", "force", "ally",
            "envoy", "ambassador", "official", "foreign"}
_DATELINE_AFTER = re.compile(r"^\s*(?:[,/A-Z\s]*)(?:–|—|-|\(\w+\))")
_PRECISION = {"city": "city", "admin1": "admin1", "admin2": "admin2", "country": "country"}
_STRIP = re.compile(r"^(?:the\s+)", re.I)


@cache
def _not_places() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("place_stoplist.yaml")["names"])


def document_countries(doc: Doc) -> Counter[str]:
    """Alpha-3 codes of the countries the document names or implies (demonyms), with counts."""
    gaz = get_gazetteer()
    found: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "NORP":
            code = gaz.country_of_demonym(ent.text)
        elif ent.label_ == "GPE":
            place = gaz.country(ent.text)
            code = place.country_code if place else None
        else:
            code = None
        if code:
            found[code] += 1
    return found


def _is_dateline(doc: Doc, span: Span) -> bool:
    """A place heading the text's first prose line, followed by a dash or an agency tag."""
    line_start = doc.text.rfind("\n", 0, span.start_char) + 1
    head = doc.text[line_start:span.start_char]
    if re.search(r"[a-z]{3,}", head.replace("date", "", 1)):
        return False
    return bool(_DATELINE_AFTER.match(doc.text[span.end_char:span.end_char + 40])) and span.text.isupper()


def _is_government(span: Span, place: Place, gaz) -> bool:
    """A country, capital or seat of government standing for a state ("Turkey warned", "Moscow announced",
    "the leaders of Russia") rather than naming where something happened ("in Syria")."""
    if place.kind != "country" and gaz.country_of_metonym(span.text) is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj":
        return True
    if root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in _LEADERS
    return root.head.lower_ == "by"  # "backed by Iran": an agent, not a location


def resolve_place(name: str, countries: Counter[str]) -> Place | None:
    """The best gazetteer entry for ``name``: in the document's countries first, else the largest."""
    gaz = get_gazetteer()
    name = _STRIP.sub("", name)
    if countries:
        hits = gaz.lookup(name, countries=list(countries))
        if hits:
            return max(hits, key=lambda p: (countries[p.country_code], _kind_rank(p), p.population))
    hits = gaz.lookup(name)
    return hits[0] if hits else None


def _kind_rank(place: Place) -> int:
    return {"country": 3, "admin1": 2, "city": 1}.get(place.kind, 0)


class PlacesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        register()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        gaz = get_gazetteer()
        countries = document_countries(doc)
        mentions: list[PlaceMention] = []
        spans: list[Span] = []
        for sent in content_sents(doc):
            for ent in sent.ents:
                if ent.label_ not in ("GPE", "LOC", "FAC"):
                    continue
                if ent.text.lower().removeprefix("the ") in _not_places():
                    continue
                place = resolve_place(ent.text, countries)
                if place is None:
                    continue
                if _is_dateline(doc, ent):
                    context = "dateline"
                elif _is_government(ent, place, gaz):
                    context = "government"
                else:
                    context = "mention"
                mentions.append(
                    PlaceMention(
                        start=ent.start_char,
                        end=ent.end_char,
                        text=ent.text,
                        sent_start=sent.start_char,
                        name=place.name,
                        admin1=place.admin1,
                        admin2=place.admin2,
                        country_code=place.country_code,
                        latitude=place.latitude,
                        longitude=place.longitude,
                        precision=_PRECISION.get(place.kind, "city"),
                        context=context,
                    )
                )
                spans.append(Span(doc, ent.start, ent.end, label=context.upper()))
        doc._.eventx_places = mentions
        doc.spans["eventx_places"] = spans
        return doc


@Language.factory("eventx_places", assigns=ASSIGNS, requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent(nlp, name)

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

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..actorlex import armed_group
from ..data import load_yaml
from ..doctools import content_sents, in_ranges, record_spans
from ..extensions import register
from ..gazetteer import Place, get_gazetteer
from ..placectx import PlaceContext, build_context, parenthesised_spans
from ..records import PlaceMention

ASSIGNS = ["doc._.eventx_places"]
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE", "LAW"}
_LEADERS = {
    "leader",
    "president",
    "government",
    "minister",
    "ministry",
    "army",
    "military",
    "force",
    "ally",
    "envoy",
    "ambassador",
    "official",
    "foreign",
}
_DATELINE = re.compile(
    r"\s*(?:date\s+\S+\s+)?(?P<names>[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+)*)"
    r"(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z ]+\)\s*)?[-–—]\s"
)
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


def dateline_range(doc: Doc) -> tuple[int, int] | None:
    """Character range of the dateline's place names at the head of the first prose line
    ("MOSCOW/WASHINGTON/ISTANBUL –", "KABUL, Feb 28 (Reuters) -")
    at the head of the first prose line, or None."""
    for sent in content_sents(doc):
        m = _DATELINE.match(doc.text, sent.start_char)
        return (m.start("names"), m.end("names")) if m else None
    return None


def _dateline_places(doc: Doc, span: tuple[int, int], ctx: PlaceContext) -> list[PlaceMention]:
    out = []
    sent_start = next(iter(content_sents(doc))).start_char
    for m in re.finditer(r"[^/]+", doc.text[span[0] : span[1]]):
        name = m.group().strip()
        place = resolve_place(name.title(), ctx)
        if place is not None:
            s = span[0] + m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(_mention(place, s, s + len(name), name, sent_start, "dateline"))
    return out


def _is_government(span: Span, place: Place, gaz) -> bool:
    """A country, capital or seat of government standing for a state ("Turkey warned", "Moscow announced",
    "the leaders of Russia") rather than naming where something happened ("in Syria")."""
    if place.kind != "country" and gaz.country_of_metonym(span.text) is None:
        return False
    root = span.root
    while (
        root.dep_ in ("conj", "appos", "npadvmod")
        and root.head.i != root.i
        and root.head.ent_type_ in _PLACE_LABELS
    ):
        root = root.head  # "in Calama, Antofagasta, Chile": the chain takes its first member's role
    if root.dep_ != "pobj":
        return True
    if root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in _LEADERS
    if root.head.lower_ == "from" and place.kind != "country" and root.head.head.pos_ == "NOUN":
        return True  # "no confirmation from Damascus": a capital speaking for its government
    return root.head.lower_ == "by"  # "backed by Iran": an agent, not a location


@cache
def _area_pattern() -> re.Pattern[str]:
    words = "|".join(load_yaml("place_stoplist.yaml")["area_words"])
    return re.compile(rf"^(?:the\s+)?(?:\w+(?:ern)?\s+)?(?:{words})\s+of\s+|\s+(?:{words})$", re.I)


def core_name(text: str) -> str:
    """A place name without "the" and area words: "the northwestern province of Idlib" -> "Idlib"."""
    return _STRIP.sub("", _area_pattern().sub("", text.strip()))


def resolve_place(name: str, ctx: PlaceContext) -> Place | None:
    """The gazetteer entry ``name`` most likely means in this document (see ``eventx.placectx``)."""
    return ctx.choose(ctx.lookup(core_name(name)))


def _mention(place: Place, start: int, end: int, text: str, sent_start: int, context: str) -> PlaceMention:
    return PlaceMention(
        start=start,
        end=end,
        text=text,
        sent_start=sent_start,
        name=place.name,
        admin1=place.admin1,
        admin2=place.admin2,
        country_code=place.country_code,
        latitude=place.latitude,
        longitude=place.longitude,
        precision=_PRECISION.get(place.kind, "city"),
        context=context,
    )


def _hierarchy_places(doc: Doc, ctx: PlaceContext, found: list[PlaceMention]) -> list[PlaceMention]:
    """Names listed in parentheses ("(Mambasa, Nord-Kivu)") that no entity covered, as place mentions."""
    taken = [(m.start, m.end) for m in found]
    out = []
    for name, start in parenthesised_spans(doc.text):
        end = start + len(name)
        if any(s < end and start < e for s, e in taken):
            continue
        place = resolve_place(name, ctx)
        if place is None or ctx.countries.get(place.country_code, 0.0) < max(ctx.countries.values()) / 2:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or in_ranges(doc._.furniture, start):
            continue
        out.append(_mention(place, start, end, name, span.sent.start_char, "mention"))
    return out


def _place_names(doc: Doc, people: set[str]) -> list[str]:
    """Every place-like name of the document: GPE/LOC/FAC entities and names listed in parentheses."""
    names = [
        core_name(e.text)
        for e in doc.ents
        if e.label_ in _PLACE_LABELS and e.text.lower() not in people and e.text.lower() not in _not_places()
    ]
    return names + [name for name, _ in parenthesised_spans(doc.text)]


def _person_names(doc: Doc) -> set[str]:
    """Names (and surnames) of the people a document names: "Erdogan" is then not read as a place."""
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            out.add(ent.text.lower())
            out.add(ent[-1].text.lower())
    return out


class PlacesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        register()
        self.name = name

    @staticmethod
    def _resolve(ent: Span, ctx: PlaceContext, people: set[str]) -> Place | None:
        """The place an entity names: GPE/LOC/FAC entities, and one-word ORG entities that name a town
        of the document's countries (the model often tags small towns ORG: "Saraqib")."""
        text = ent.text
        if text.lower().removeprefix("the ") in _not_places():
            return None
        if ent.label_ in _PLACE_LABELS and text.lower() in people:
            return None  # "Erdogan" tagged GPE in a text that names Recep Tayyip Erdogan
        if ent.label_ in _PLACE_LABELS:
            return resolve_place(text, ctx)
        if ent.label_ in _NOT_NAMES or armed_group(text) is not None:
            return None
        place = resolve_place(text, ctx)
        if place is not None and ctx.admin_named(place):
            return place  # "Oicha (Beni, Nord-Kivu)" tagged PERSON: its admin area is named, so it is a place
        if ent.label_ == "ORG" and len(ent) == 1:
            place = resolve_place(text, ctx)
            top = max(ctx.countries.values(), default=0.0)
            fits = place is not None and ctx.countries.get(place.country_code, 0.0) >= max(top / 2, 1.0)
            if fits and fuzz.ratio(text, place.name) >= 80:
                return place
        return None

    def __call__(self, doc: Doc) -> Doc:
        gaz = get_gazetteer()
        people = _person_names(doc)
        ctx = build_context(_place_names(doc, people), document_countries(doc))
        dateline = dateline_range(doc)
        mentions: list[PlaceMention] = _dateline_places(doc, dateline, ctx) if dateline else []
        for sent in content_sents(doc):
            for ent in sent.ents:
                if dateline and ent.start_char < dateline[1] and dateline[0] < ent.end_char:
                    continue
                place = self._resolve(ent, ctx, people)
                if place is None:
                    continue
                context = "government" if _is_government(ent, place, gaz) else "mention"
                mentions.append(
                    _mention(place, ent.start_char, ent.end_char, ent.text, sent.start_char, context)
                )
        mentions.extend(_hierarchy_places(doc, ctx, mentions))
        mentions.sort(key=lambda m: m.start)
        doc._.eventx_places = mentions
        doc.spans["eventx_places"] = record_spans(doc, mentions, lambda m: m.context.upper())
        return doc


@Language.factory("eventx_places", assigns=ASSIGNS, requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent(nlp, name)

"""Place mentions (``records.PlaceMention``) for resolved place chains and datelines.

A chain's names become mentions of their gazetteer places, or, for names the gazetteer lacks, mentions
placed in what holds them (``_inside``), at the precision a coder would give them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doctools import content_sents, text_between
from ..records import PRECISION_RANK, PlaceMention
from .chain_choice import confirmed
from .chains import ADMIN_AREAS, DISTRICTS, Chain, Item, container
from .context import PlaceContext
from .gazetteer import Place, get_gazetteer
from .items import (
    has_proper_noun,
    is_acronym,
    may_stand_unplaced,
    names_an_organisation,
    of_office_holder,
    tagged_person,
)
from .lexicon import place_words, thing_nouns
from .written import as_written, district_of, place_key, resolve_place

_PRECISION = {"city": "city", "admin1": "admin1", "admin2": "admin2", "country": "country"}


def make_mention(
    place: Place, start: int, end: int, text: str, sent_start: int, context: str, **extra
) -> PlaceMention:
    """A mention of a gazetteer place; ``extra`` overrides the fields taken from the place. A district
    written as a province's name and a compass word ("Anambra West") is a second-level area in it, at
    the province's point; the gazetteer does not know its bounds (``resolved`` False)."""
    district = district_of(text) if place.kind == "admin1" else None
    if district is not None:
        area = {"admin1": district, "admin2": as_written(text), "precision": "admin2", "resolved": False}
        extra = {**area, **extra}
    precision = extra.pop("precision", _PRECISION.get(place.kind, "city"))
    return PlaceMention(
        start=start,
        end=end,
        text=text,
        sent_start=sent_start,
        name=extra.pop("name", as_written(text)),
        gazetteer_name=extra.pop("gazetteer_name", place.name),
        admin1=extra.pop("admin1", place.admin1 if place.kind != "admin1" else as_written(text)),
        admin2=extra.pop("admin2", place.admin2),
        country_code=place.country_code,
        latitude=place.latitude,
        longitude=place.longitude,
        precision=precision,
        context=context,
        specificity=extra.pop("specificity", PRECISION_RANK.get(precision, 0.0)),
        **extra,
    )


def dateline_places(doc: Doc, span: tuple[int, int], ctx: PlaceContext) -> list[PlaceMention]:
    """Mentions of the places of the dateline (``span``: ``evidence.dateline_range``), one per slash or
    comma ("MOGADISHU, Somalia")."""
    out = []
    sent_start = next(iter(content_sents(doc))).start_char
    for m in re.finditer(r"[^/,]+", text_between(doc, span[0], span[1])):
        name = m.group().strip()
        place = resolve_place(name.title(), ctx)
        if place is not None:
            s = span[0] + m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(make_mention(place, s, s + len(name), name, sent_start, "dateline"))
    return out


def chain_mentions(doc: Doc, sent: Span, chain: Chain, ctx: PlaceContext) -> list[PlaceMention]:
    """Mentions for the items of a resolved chain: gazetteer places, and names the gazetteer lacks
    that a resolved item holds (as written, with the container's areas and coordinates).

    A resolved item is a mention when it follows a locative word, when a neighbour confirms it, or
    when it holds an unplaced name ("Nyinyiza village, Ituri, Democratic Republic of the Congo").
    An unplaced name (unknown to the gazetteer, or whose namesakes all lie outside what holds it:
    "Valencia, Sangre Grande" is not Valencia, Spain) is kept when something holds it, unless the
    model reads it as a person and nothing marks it as a place (no locative word, area word or
    parentheses).
    """
    unplaced = [it.place is None and not it.weak for it in chain.items]
    out: list[PlaceMention] = []
    made: dict[int, PlaceMention] = {}
    for i in range(len(chain.items) - 1, -1, -1):  # outermost first: containers before what they hold
        item = chain.items[i]
        holds_unknown = i > 0 and unplaced[i - 1] and chain.items[i - 1].link in ("in", "near")
        mention = None
        if item.place is not None and (
            item.locative or holds_unknown or confirmed(chain, i) or of_office_holder(doc, item)
        ):
            extra = {}
            if item.place.kind == "city" and item.area in DISTRICTS | ADMIN_AREAS:
                extra["precision"] = "admin2" if item.area in DISTRICTS else "admin1"  # "Sittwe District"
            context = "road" if item.road else "mention"
            mention = make_mention(
                item.place, item.start, item.end, item.text, sent.start_char, context, **extra
            )
        elif (
            unplaced[i]
            and not is_acronym(item.text)
            and has_proper_noun(doc, item)
            and not names_an_organisation(doc, item)
            and (item.locative or item.area or item.paren or not tagged_person(doc, item))
        ):
            holder = container(chain, i)
            outer = made.get(id(holder[0])) if holder else None
            if outer is not None:
                mention = _inside(item, holder[0], outer, holder[1], sent.start_char)
            elif item.locative:
                mention = _on_line_village(item, ctx, sent.start_char)
            if (
                mention is None
                and outer is None
                and (item.locative or item.area)
                and may_stand_unplaced(doc, sent, item)
            ):
                out.append(_unplaced(item, sent.start_char))  # holds nothing: not among ``made``
        if mention is not None:
            mention = _admin1_as_written(chain, i, mention)
            made[id(item)] = mention
            out.append(mention)
    return _containers_coarser(chain, made, out)


def _on_line_village(item: Item, ctx: PlaceContext, sent_start: int) -> PlaceMention | None:
    """A village on a front line the text cites whose gazetteer namesakes all lie off the line ("the
    OSCE SMM observed ... near Sokilnyky", not Sokilnyky, Lviv): kept as written, in the line's
    country, at country precision."""
    _, hits = ctx.match(place_key(item.text))
    codes = {p.country_code for p in hits}
    if len(ctx.confined) != 1 or not hits or len(codes) != 1 or not all(ctx.off_line(p) for p in hits):
        return None  # a line between two countries (the LoC) leaves the side open
    country = get_gazetteer().country(codes.pop())
    if country is None:
        return None
    mention = make_mention(
        country, item.start, item.end, item.text, sent_start, "mention", gazetteer_name=None
    )
    return mention.model_copy(update={"resolved": False, "admin1": None})


def settlement_mentions(doc: Doc, sent: Span, chain: Chain, ctx: PlaceContext) -> list[PlaceMention]:
    """For a chain not worth resolving (no locative word, no hierarchy), its names written with a
    settlement word after them that the gazetteer does not know at all ("regained control of Lowa
    town"): kept unplaced (``_unplaced``)."""
    words = place_words("settlement_words")
    return [
        _unplaced(item, sent.start_char)
        for item in chain.items
        if item.area in words
        and not item.weak
        and not is_acronym(item.text)
        and has_proper_noun(doc, item)
        and not names_an_organisation(doc, item)
        and not ctx.match(place_key(item.text))[1]
        and may_stand_unplaced(doc, sent, item)
    ]


def _unplaced(item: Item, sent_start: int) -> PlaceMention:
    """A name the text writes as a place ("in Kisalala", "Lowa town") that neither the gazetteer nor
    a holder places: kept as written, with no country or point (context ``unplaced``); the event
    stage names it where it knows no finer place than a country."""
    return PlaceMention(
        start=item.start,
        end=item.end,
        text=item.text,
        sent_start=sent_start,
        name=as_written(item.text),
        precision="none",
        context="unplaced",
        gazetteer_name=None,
        resolved=False,
    )


def _containers_coarser(
    chain: Chain, made: dict[int, PlaceMention], out: list[PlaceMention]
) -> list[PlaceMention]:
    """A name that holds another in the chain is never finer than what it holds: in "Ta Tork commune
    of Samlout district, Battambang", Battambang (also a city) is coarser than Samlout. Only districts
    order the chain ("X district, Y"): a district, known to the gazetteer or not, is finer than its
    holders and coarser than a known town it holds ("Lunsar town, Marampa subdivision (Port Loko,
    North-West)" is Lunsar). A known place is finer than a holder the gazetteer read as finer
    ("Indanan, Sulu", Sulu read as the town of Jolo). A village the gazetteer lacks stays coarser than
    the town or district that holds it (ACLED codes such villages to the town), and "Kuito (Kuito,
    Bie)" is the town."""
    capped: dict[int, PlaceMention] = {}  # mention start -> the mention with a lower specificity
    finest = None
    inner = None  # the mention of the previous item, when it is held by this one
    for i, item in enumerate(chain.items):
        if i > 0 and chain.items[i - 1].link != "in":
            finest = inner = None  # "near" or "and": no containment
        m = made.get(id(item))
        if m is None:
            inner = None
            continue
        holds_finer = (  # in the same first-level area: a holder read as finer than what it holds
            inner is not None
            and inner.resolved
            and inner.precision != "country"
            and inner.admin1 == m.admin1
            and m.specificity >= inner.specificity
        )
        if inner is not None and inner.resolved and (item.area in DISTRICTS or holds_finer):
            finest = inner.specificity if finest is None else min(finest, inner.specificity)
        if finest is not None and m.specificity >= finest:
            m = capped[m.start] = m.model_copy(update={"specificity": finest - 0.25})
        finest = m.specificity if item.area in DISTRICTS else None
        inner = m
    return [capped.get(m.start, m) for m in out]


def _admin1_as_written(chain: Chain, i: int, mention: PlaceMention) -> PlaceMention:
    """The mention's admin1 as the text writes it when an item of the chain names it ("Rafah (Rafah,
    North Sinai)": "North Sinai", where the gazetteer says "Muhafazat Shamal Sina'")."""
    for item in chain.items[i + 1 :]:
        place = item.place
        if (
            place is not None
            and place.kind == "admin1"
            and place.country_code == mention.country_code
            and place.name == mention.admin1
        ):
            return mention.model_copy(update={"admin1": district_of(item.text) or as_written(item.text)})
    return mention


def _inside(
    item: Item, outer_item: Item, outer: PlaceMention, relation: str, sent_start: int
) -> PlaceMention:
    """A name the gazetteer lacks, placed in (or near) the mention that holds it.

    It takes the holder's coordinates, country and admin areas, and the holder's precision (a
    village near a town: admin2). It is finer than an area that holds it (the village is where the
    event was), but not than a town that holds it: a neighbourhood, market or prison inside a town
    is coded to the town, as ACLED codes it. Names in parentheses are areas ("Kibera (Kibra,
    Nairobi)": Nairobi county), so what they hold is finer.
    """
    precision = outer.precision
    admin1, admin2 = outer.admin1, outer.admin2
    if precision == "country" and relation == "in":
        admin1 = as_written(item.text)  # "Ituri, Democratic Republic of the Congo": the province
    elif relation == "near" and precision == "city":
        precision = "admin2"
    elif not outer.resolved and outer.precision == "admin1":
        admin2 = outer.name  # "Samboko village (Mambasa, Nord-Kivu)": Mambasa is the district
    elif outer.precision == "admin2" and outer_item.area in DISTRICTS and not admin2:
        admin2 = outer.name  # "Ta Tork commune of Samlout district": the district holds the village
    finer = outer.precision != "city" or relation == "near" or outer_item.paren
    base = PRECISION_RANK.get(outer.precision, 0.0) if outer.resolved else outer.specificity
    specificity = base + (0.5 if finer else -0.5)  # a village in a township in a district: the village
    name = as_written(item.text)
    if relation == "in" and _building(item.text):
        name, specificity = outer.name, base - 0.5  # "the Atlantic University in Barranquilla": Barranquilla
    return outer.model_copy(
        update={
            "start": item.start,
            "end": item.end,
            "text": item.text,
            "sent_start": sent_start,
            "name": name,
            "gazetteer_name": None,
            "admin1": admin1,
            "admin2": admin2,
            "precision": precision,
            "resolved": False,
            "specificity": specificity,
        }
    )


def _building(text: str) -> bool:
    """True for the name of a building or an institution ("Atlantic University", "Kondengui prison", the
    "Office" of "the President's Office")."""
    words = text.lower().split()
    return bool(words) and words[-1] in thing_nouns("building_heads")

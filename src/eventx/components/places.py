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

from ..actorlex import armed_group, is_person_noun
from ..data import actor_lexicon, load_yaml
from ..doctools import cites, content_sents, in_ranges, record_spans, sentence_ents, text_between
from ..extensions import register
from ..geo.chain_choice import confirmed, resolve_chain
from ..geo.chains import ADMIN_AREAS, DISTRICTS, Chain, Item, container, find_items, link_items
from ..geo.context import FUZZY_TIER, PlaceContext, build_context
from ..geo.gazetteer import Place, get_gazetteer
from ..geo.names import normalize_name
from ..records import PRECISION_RANK, PlaceMention

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


def front_line_areas(text: str) -> dict[str, frozenset[str]]:
    """Country -> admin1 keys of the front lines ``text`` cites anywhere (``front_lines.yaml``)."""
    out: dict[str, frozenset[str]] = {}
    for line in load_yaml("front_lines.yaml")["front_lines"]:
        if cites(text, line["cues_anywhere"]):
            for code, names in line.get("areas", {}).items():
                out[code] = out.get(code, frozenset()) | {normalize_name(n) for n in names}
    return out


@cache
def _not_places() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("place_stoplist.yaml")["names"])


def document_countries(doc: Doc) -> Counter[str]:
    """Alpha-3 codes of the countries the document names or implies (demonyms), with counts."""
    gaz = get_gazetteer()
    found: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ in ("NORP", "GPE") and _modifies_thing(ent):
            code = None  # "the US dollar", "Turkish lira": a currency, not a country the text is about
        elif ent.label_ == "NORP":
            code = gaz.country_of_demonym(ent.text)
        elif ent.label_ == "GPE":
            place = gaz.country(ent.text)
            code = place.country_code if place else None
        elif ent.label_ in ("ORG", "NORP"):
            # a state's own forces ("LNA", "FARDC") support its country; groups that cross borders do not
            group = armed_group(ent.text)
            code = group.country_code if group is not None and group.kind == "state_forces" else None
        else:
            code = None
        if code:
            found[code] += 1
    return found


def _modifies_thing(ent: Span, nouns: str = "currency_nouns") -> bool:
    """True for a country word modifying a currency or market noun ("the US dollar", "Turkish lira")."""
    things = _thing_nouns(nouns)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in things:
        return True  # "the high US dollar exchange rate", however the parse hangs it
    root = ent.root
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.i == root.i:
        return False
    head = root.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in things


@cache
def _thing_nouns(key: str) -> frozenset[str]:
    return frozenset(load_yaml("place_stoplist.yaml")[key])


def dateline_range(doc: Doc) -> tuple[int, int] | None:
    """Character range of the dateline's place names at the head of the first prose line
    ("MOSCOW/WASHINGTON/ISTANBUL –", "KABUL, Feb 28 (Reuters) -")
    at the head of the first prose line, or None."""
    for sent in content_sents(doc):
        head = sent.start_char
        m = _DATELINE.match(text_between(doc, head, head + 300))
        return (head + m.start("names"), head + m.end("names")) if m else None
    return None


def _dateline_places(doc: Doc, span: tuple[int, int], ctx: PlaceContext) -> list[PlaceMention]:
    out = []
    sent_start = next(iter(content_sents(doc))).start_char
    for m in re.finditer(r"[^/]+", text_between(doc, span[0], span[1])):
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
        root.dep_ in ("conj", "appos", "npadvmod", "compound")
        and root.head.i != root.i
        and (root.head.ent_type_ in _PLACE_LABELS or root.head.pos_ == "PROPN")
    ):
        root = root.head  # "in Calama, Antofagasta, Chile", "to Athens-Central Athens": the chain's role
    if root.dep_ != "pobj":
        return True
    if root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in _LEADERS
    if root.head.lower_ == "from" and place.kind != "country" and root.head.head.pos_ == "NOUN":
        return True  # "no confirmation from Damascus": a capital speaking for its government
    return root.head.lower_ == "by"  # "backed by Iran": an agent, not a location


@cache
def _area_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(load_yaml("place_stoplist.yaml")["area_words"], key=len, reverse=True))
    return re.compile(rf"^(?:the\s+)?(?:\w+(?:ern)?\s+)?(?:{words})\s+of\s+|\s+(?:{words})$", re.I)


def core_name(text: str) -> str:
    """A place name without "the" and area words: "the northwestern province of Idlib" -> "Idlib",
    "Barangay Pange" -> "Pange"."""
    return _prefix_pattern().sub("", _STRIP.sub("", _area_pattern().sub("", text.strip())))


@cache
def _prefix_pattern() -> re.Pattern[str]:
    words = "|".join(load_yaml("place_stoplist.yaml")["prefix_area_words"])
    return re.compile(rf"^(?:{words})\s+(?=\S)")


@cache
def _direction_prefix() -> re.Pattern[str]:
    words = "|".join(sorted(load_yaml("place_stoplist.yaml")["direction_words"], key=len, reverse=True))
    return re.compile(rf"^(?:{words})\s+(?=\S)", re.I)


@cache
def place_key(text: str) -> str:
    """The name to look up: ``core_name``, and without a leading compass word when only that form is
    known ("Northern Iraq" -> "Iraq", but "North Darfur" stays)."""
    core = core_name(text)
    bare = _direction_prefix().sub("", core)
    if bare != core and get_gazetteer().match(core)[0] in (0, FUZZY_TIER):
        if get_gazetteer().match(bare)[0] in (1, 2):
            return bare
    return core


def resolve_place(name: str, ctx: PlaceContext) -> Place | None:
    """The gazetteer entry ``name`` most likely means in this document (see ``eventx.geo.context``)."""
    return ctx.choose_name(place_key(name))


def as_written(text: str) -> str:
    """A place name as the text writes it, without "the" and area words; ALL-CAPS datelines title-cased."""
    name = core_name(text)
    return name.title() if name.isupper() and len(name) > 3 else name


def _mention(
    place: Place, start: int, end: int, text: str, sent_start: int, context: str, **extra
) -> PlaceMention:
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


def _item_is_name(doc: Doc, sent: Span, item: Item) -> bool:
    """False for capitalised words that are not place names: dates, numbers, demonyms, armed groups.
    World regions of the stop list ("Sahel", "Gulf") are kept as weak items: a place only where
    the next name of the chain confirms it ("Gaskinde, Sahel, Burkina Faso"). Names the model tags
    PERSON stay: they only become places after "in", inside parentheses or when a neighbouring name
    confirms them ("Nyinyiza village, Ituri")."""
    span = _tokens(doc, item)
    if not span or in_ranges(doc._.furniture, item.start):
        return False
    if all(t.ent_type_ in _NOT_NAMES for t in span) or not any(ch.isalpha() for ch in item.text):
        return False
    if (
        all(t.ent_type_ == "NORP" for t in span)
        and get_gazetteer().country_of_demonym(item.text)
        and not _listed_between_commas(sent, item)
    ):
        return False  # "Turkish", "Afghan"; but "Shabelle district, Somali, Ethiopia" lists a region
    words = item.text.lower().split()
    if armed_group(item.text) is not None or words[-1] in actor_lexicon()["armed_org_heads"]:
        return False  # "ISIS", "the Donbass People's Militia", "Heroes de Anori Front"
    if in_group_name(sent, item.start, item.text):
        return False
    if item.text.lower() in _facility_lexicon()[1]:
        return False  # "the Governor of ...", "Mayor": an office, not a place
    article = span[0].nbor(-1) if span[0].i > sent.start + 1 else None
    if (
        article is not None
        and article.lower_ in ("a", "an")
        and article.nbor(-1).is_lower
        and not any(t.ent_type_ in _PLACE_LABELS for t in span)
    ):
        return False  # "attacked a Home Guard": capitals on a common noun ("a Lagos market" stays)
    item.weak = item.text.lower().removeprefix("the ") in _not_places()
    return not all(t.is_punct or t.is_stop for t in span)


def _listed_between_commas(sent: Span, item: Item) -> bool:
    """True for a name listed between a comma and a comma or full stop, as places are ("..., Somali,
    Ethiopia"): a demonym so written is no adjective."""
    text, start, end = sent.text, item.start - sent.start_char, item.end - sent.start_char
    return text[max(0, start - 4) : start].rstrip().endswith(",") and text[end : end + 1] in (",", ".")


def _chain_mentions(doc: Doc, sent: Span, chain: Chain, ctx: PlaceContext) -> list[PlaceMention]:
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
            item.locative or holds_unknown or confirmed(chain, i) or _of_office_holder(doc, item)
        ):
            extra = {}
            if item.place.kind == "city" and item.area in DISTRICTS | ADMIN_AREAS:
                extra["precision"] = "admin2" if item.area in DISTRICTS else "admin1"  # "Sittwe District"
            mention = _mention(
                item.place, item.start, item.end, item.text, sent.start_char, "mention", **extra
            )
        elif (
            unplaced[i]
            and not _acronym(item.text)
            and _proper(doc, item)
            and (item.locative or item.area or item.paren or not _person(doc, item))
        ):
            holder = container(chain, i)
            outer = made.get(id(holder[0])) if holder else None
            if outer is not None:
                mention = _inside(item, holder[0], outer, holder[1], sent.start_char)
            elif item.locative:
                mention = _on_line_village(item, ctx, sent.start_char)
        if mention is not None:
            mention = _admin1_as_written(chain, i, mention)
            made[id(item)] = mention
            out.append(mention)
    return _containers_coarser(chain, made, out)


def _of_office_holder(doc: Doc, item: Item) -> bool:
    """ "the Mayor of Tyr", "residents of Laboue": the name follows an office holder's "of"."""
    span = _tokens(doc, item)
    if not span:
        return False
    root = span.root
    holders = _facility_lexicon()[1]
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return False  # "the Governor of the Central Bank of Libya": an institution, not a town
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in holders


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
    mention = _mention(country, item.start, item.end, item.text, sent_start, "mention", gazetteer_name=None)
    return mention.model_copy(update={"resolved": False, "admin1": None})


def _containers_coarser(
    chain: Chain, made: dict[int, PlaceMention], out: list[PlaceMention]
) -> list[PlaceMention]:
    """A name that holds another in the chain is never finer than what it holds: in "Ta Tork commune
    of Samlout district, Battambang", Battambang (also a city) is coarser than Samlout. Only districts
    order the chain ("X district, Y"): a district, known to the gazetteer or not, is finer than its
    holders and coarser than a known town it holds ("Lunsar town, Marampa subdivision (Port Loko,
    North-West)" is Lunsar). A village the gazetteer lacks stays coarser than the town or district that
    holds it (ACLED codes such villages to the town), and "Kuito (Kuito, Bie)" is the town."""
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
        if item.area in DISTRICTS and inner is not None and inner.resolved:
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
            return mention.model_copy(update={"admin1": as_written(item.text)})
    return mention


def _acronym(text: str) -> bool:
    """ "LoC", "BR-251", "UPDF": one word with a capital inside a part, a code rather than a place name
    ("Bouloye-Thiouly", "Al-Maysara" are names)."""
    return " " not in text and any(ch.isupper() for part in re.split(r"[-'’]", text) for ch in part[1:])


def _proper(doc: Doc, item: Item) -> bool:
    """True if the model reads some word of the item as a proper noun or a name: "Militants" opening
    a sentence is capitalised but common."""
    return any(t.pos_ == "PROPN" or t.ent_type_ for t in _tokens(doc, item))


def in_group_name(sent: Span, start_char: int, name: str) -> bool:
    """True if ``name`` (at ``start_char`` of the document, in ``sent``) ends an armed group's name
    written "<group> in <place>": "the Islamic State in Greater Sahara", "al-Qaeda in the Arabian
    Peninsula" name no place of an event."""
    before = text_between(sent.doc, max(sent.start_char, start_char - 80), start_char)
    head = before.rstrip().removesuffix(" the").rstrip()
    if not head.endswith(" in"):
        return False  # the cheap test first: most names follow no "in"
    m = re.search(r"((?:\S+\s+){1,6})in\s+(?:the\s+)?$", before)
    if m is None:
        return False
    words = m.group(1).split()
    tail = before[m.end(1) :] + name
    return any(armed_group(" ".join(words[-n:]) + " " + tail) is not None for n in range(1, len(words) + 1))


def _person(doc: Doc, item: Item) -> bool:
    return any(t.ent_type_ == "PERSON" for t in _tokens(doc, item))


def _tokens(doc: Doc, item: Item) -> Span | list:
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    return span if span is not None else []


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
    return bool(words) and words[-1] in _thing_nouns("building_heads")


def _sentence_chains(doc: Doc, sent: Span) -> list[Chain]:
    items = [it for it in find_items(sent.text, sent.start_char) if _item_is_name(doc, sent, it)]
    return link_items(sent.text, sent.start_char, items)


def _is_place_chain(chain: Chain) -> bool:
    """A chain worth resolving: one of its names follows a locative preposition, or it writes a
    hierarchy ("Nyinyiza village, Ituri, Democratic Republic of the Congo")."""
    return any(it.locative for it in chain.items) or any(it.link in ("in", "near") for it in chain.items)


def _place_names(doc: Doc, people: set[str], chains: list[Chain]) -> list[str]:
    """Every place-like name of the document: GPE/LOC/FAC entities and the names of place chains."""
    names = [
        place_key(e.text)
        for e in doc.ents
        if e.label_ in _PLACE_LABELS
        and e.text.lower() not in people
        and e.text.lower() not in _not_places()
        and not _modifies_thing(e)
    ]
    return names + [
        place_key(it.text)
        for ch in chains
        for it in ch.items
        if not it.weak and (it.locative or it.text.lower() not in people)
    ]


def _written_areas(chains: list[Chain]) -> dict[str, frozenset[str]]:
    """Name key -> the area words the document writes with that name ("Los Rios region", "the state of
    Bolivar"), for the namesake of the right country (``PlaceContext.area_fit``)."""
    out: dict[str, set[str]] = {}
    for chain in chains:
        for item in chain.items:
            if item.area:
                out.setdefault(normalize_name(place_key(item.text)), set()).add(item.area)
    return {key: frozenset(words) for key, words in out.items()}


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
    def _resolve(ent: Span, sent: Span, ctx: PlaceContext, people: set[str]) -> Place | None:
        """The place an entity names: GPE/LOC/FAC entities, and one-word ORG entities that name a town
        of the document's countries (the model often tags small towns ORG: "Saraqib")."""
        text = ent.text
        if text.lower().removeprefix("the ") in _not_places() or not any(t.text[:1].isupper() for t in ent):
            return None  # a region of the stop list, or "marijuana" tagged PERSON
        root = ent.root
        of_people = is_person_noun(root.head.lower_, root.head.lemma_.lower())
        if of_people and (root.dep_ == "amod" or (root.dep_ == "compound" and ent.label_ in ("NORP", "LOC"))):
            return None  # "Papuan students", "Kurdish fighters": people, not a place ("Gaza residents" are)
        if in_group_name(sent, ent.start_char, text) or _modifies_thing(ent, "money_nouns"):
            return None  # "the Islamic State in Greater Sahara", "the US dollar exchange rate"
        if ent.label_ in _PLACE_LABELS and text.lower() in people:
            return None  # "Erdogan" tagged GPE in a text that names Recep Tayyip Erdogan
        if ent.label_ in _PLACE_LABELS:
            return resolve_place(text, ctx)
        if ent.label_ in _NOT_NAMES or armed_group(text) is not None:
            return None
        named = _facility_place_name(ent)
        if named is not None:  # "Hama Airbase", "the Baalbek Governorate building", "the Mayor of Tyr"
            return resolve_place(named, ctx)
        place = resolve_place(text, ctx)
        if place is not None and ctx.admin_named(place):
            return place  # "Oicha (Beni, Nord-Kivu)" tagged PERSON: its admin area is named, so it is a place
        if ent.label_ == "ORG" and len(ent) == 1:
            top = max(ctx.countries.values(), default=0.0)
            fits = place is not None and ctx.countries.get(place.country_code, 0.0) >= max(top / 2, 1.0)
            if fits and fuzz.ratio(text, place.name) >= 80:
                return place
        return None

    def __call__(self, doc: Doc) -> Doc:
        gaz = get_gazetteer()
        people = _person_names(doc)
        sents = list(content_sents(doc))
        chains = {
            sent.start_char: [c for c in _sentence_chains(doc, sent) if _is_place_chain(c)] for sent in sents
        }
        all_chains = [c for cs in chains.values() for c in cs]
        ctx = build_context(_place_names(doc, people, all_chains), document_countries(doc))
        ctx.areas = _written_areas(all_chains)
        dateline = dateline_range(doc)
        mentions: list[PlaceMention] = _dateline_places(doc, dateline, ctx) if dateline else []
        taken = [(m.start, m.end) for m in mentions]
        ents = sentence_ents(doc)
        for sent in sents:
            ctx.confined = front_line_areas(sent.text)  # only sentences that cite the line
            found: list[PlaceMention] = []
            for chain in chains[sent.start_char]:
                chain.items = [it for it in chain.items if not _overlaps(it.start, it.end, taken)]
                if chain.items:
                    resolve_chain(ctx, chain, place_key)
                    found.extend(_chain_mentions(doc, sent, chain, ctx))
            # names of place chains are settled by the chain, even those it left unplaced
            covered = [(it.start, it.end) for chain in chains[sent.start_char] for it in chain.items] + taken
            for ent in ents[sent.start]:
                if _overlaps(ent.start_char, ent.end_char, covered):
                    continue
                place = self._resolve(ent, sent, ctx, people)
                if place is None:
                    continue
                context = "government" if _is_government(ent, place, gaz) else "mention"
                named = _facility_place_name(ent) if ent.label_ not in _PLACE_LABELS else None
                extra = {"admin1": as_written(named)} if named and place.kind == "admin1" else {}
                found.append(
                    _mention(place, ent.start_char, ent.end_char, ent.text, sent.start_char, context, **extra)
                )
            mentions.extend(found)
        mentions.sort(key=lambda m: m.start)
        doc._.eventx_places = mentions
        doc.spans["eventx_places"] = record_spans(doc, mentions, lambda m: m.context.upper())
        return doc


@cache
def _facility_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = load_yaml("place_stoplist.yaml")
    areas = frozenset(w.lower() for w in lex["area_words"])
    return frozenset(lex["facility_words"]), frozenset(lex["office_holders"]), areas


def _facility_place_name(ent: Span) -> str | None:
    """The place an organisation or building is named after, where its words say it is one ("Hama
    Airbase", "Hakkari Governor's Office", "the Baalbek Governorate building", "Tindouf camps", "the
    Mayor of Tyr"): the name without its facility words, else None (``facility_words``)."""
    words, holders, areas = _facility_lexicon()
    words_of_name = [t for t in ent if t.lower_ != "the"]
    tokens = list(words_of_name)
    while tokens and (tokens[-1].lower_ in words or tokens[-1].lower_ in ("'s", "’s")):
        tokens.pop()
    if tokens and len(tokens) < len(words_of_name):
        return " ".join(t.text for t in tokens)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if tokens and after is not None and (after.lower_ in words | areas or after.lemma_.lower() in words):
        return ent.text  # "Hama Airbase", "the Bet Shemesh neighbourhood"
    holder = ent.root.head.head if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" else None
    if holder is not None and holder.lemma_.lower() in holders:
        return ent.text
    return None


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


@Language.factory("eventx_places", assigns=ASSIGNS, requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent(nlp, name)

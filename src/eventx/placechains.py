"""Place chains: the hierarchies reports write places in, read from the text itself.

Reports and coder notes name a place together with the areas that hold it: "in Calama,
Antofagasta", "Samboko village (Mambasa, Nord-Kivu)", "Kudaburu, West Singhbhum district, Jharkhand,
India", "the village of Taara in the western countryside of As-Sweida", "Dhandari Kalan near
Ludhiana (Punjab)". The statistical NER often misses or mislabels such names (PERSON "Ciudad Mante",
ORG "Ahvaz"), so this module finds them with patterns over the text:

* an **item** is a capitalised name (lower-case particles such as "ar", "de", "el" allowed inside),
  with an area word before or after it ("village of X", "X district"); it is **locative** when a
  locative preposition ("in", "near", "at" ...) or an opening parenthesis stands before it;
* consecutive items form a **chain** when only a separator stands between them: a comma, an opening
  parenthesis, "in", "of" (after an area word) mean *contained in*; "near" means *near*; "and" makes
  two items siblings that share what follows.

A chain is resolved as a whole (``resolve_chain``): every item's gazetteer candidates are scored by the
document's country support, and neighbouring items score when they agree (the inner item's admin1
is the outer item, or they share a country). An item the gazetteer does not know, but which a
resolved item contains, is kept **as written** with its container's admin areas, country and
coordinates (``PlaceMention.resolved`` False): "Samboko" in Nord-Kivu, DR Congo, at admin1 precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from .data import load_yaml
from .geo.gazetteer import Place, get_gazetteer, load_countries
from .geo.names import normalize_name
from .placectx import FUZZY_TIER, PlaceContext, distance_km

_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
ADMIN_AREAS = frozenset("province governorate state region oblast prefecture division".split())
_DISTRICT_WORDS = (
    "district county subdivision sub-county subcounty commune tehsil municipality block department raion "
    "township taluka taluk lga cercle arrondissement woreda upazila mandal chiefdom"
)
DISTRICTS = frozenset(_DISTRICT_WORDS.split())


@cache
def _lexicon() -> dict:
    return load_yaml("place_stoplist.yaml")


@cache
def _area_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _lexicon()["area_words"])


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = _lexicon()
    conn = _alternation(lex["name_connectors"])
    lead_conn = _alternation(lex["leading_connectors"])
    area = _alternation(lex["area_words"])
    direction = _alternation(lex["direction_words"])
    prefix = _alternation(lex["prefix_area_words"])
    preps = _alternation(lex["locative_preps"])
    word = r"[A-Z](?:[\w&]|['’.](?=\w))*(?:-(?:[\w&]|['’.](?=\w))+)*"
    # country names written with "of" ("Democratic Republic of the Congo") are one item
    of_names = _alternation(
        name for row in load_countries() for name in (row.name, *row.aliases) if " of " in name
    )
    words = rf"(?:(?:{lead_conn})[ -])?{word}(?:(?:[ -](?:{conn})[ -]| ){word})*(?: \d{{1,3}}\b)?"
    name = rf"(?:{of_names}|{words})"
    lead = rf"(?:the\s+)?(?:(?:{direction})\s+)*"
    return {
        "name": re.compile(rf"(?<![\w'’-])(?:(?:{prefix})\s+)?(?P<name>{name})"),
        "area_after": re.compile(rf"^(?:'s|’s)?\s+(?:{area})\b", re.I),
        "area_before": re.compile(rf"\b(?:{area})\s+of\s+(?:the\s+)?$", re.I),
        "locative": re.compile(
            rf"(?:\b(?:{preps})\s+{lead}(?:(?:{area})\s+of\s+(?:the\s+)?)?(?:(?:{prefix})\s+)?|\(\s*)$", re.I
        ),
        "contain": re.compile(
            rf"^\s*(?:,|\(|,?\s*\bin\b|\bof\b)?\s*{lead}(?:(?:{area})\s+(?:of|in)\s+(?:the\s+)?)?"
            rf"(?:(?:{prefix})\s+)?$",
            re.I,
        ),
        "near": re.compile(rf"^\s*,?\s*\bnear\b\s+{lead}(?:(?:{area})\s+of\s+(?:the\s+)?)?$", re.I),
        # "Kirkuk and Salahuddin"; "Ohaji/Egbema LGA": an area named after two places (that the
        # gazetteer does not know as one name)
        "and": re.compile(rf"^\s*(?:(?:,\s*)?\band\b\s+{lead}(?:(?:{area})\s+of\s+(?:the\s+)?)?|/)$", re.I),
    }


@dataclass
class Item:
    """One capitalised name of a sentence, with what stands around it."""

    start: int
    end: int
    text: str
    area: str | None = None  # the area word written with it: "village", "district"
    locative: bool = False  # after a locative preposition or an area word ("outskirts of"), or in parentheses
    paren: bool = False  # inside parentheses: an area holding the name before it ("(Mambasa, Nord-Kivu)")
    link: str | None = None  # relation to the next item of the chain: "in" | "near" | "and"
    weak: bool = False  # a world region of the stop list: a place only where the chain confirms it
    place: Place | None = None
    tier: int = 0


@dataclass
class Chain:
    items: list[Item] = field(default_factory=list)


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop leading stop words, month and weekday names: "On May" -> "", "In Calama" -> "Calama"."""
    words = text.split(" ")
    while words and (
        words[0].lower() in STOP_WORDS or words[0].lower().rstrip(".") in _MONTHS_DAYS or words[0].isdigit()
    ):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


_LOOKBEHIND = 160  # characters: longer than any "in the restive northwestern province of the" lead-in


def find_items(text: str, offset: int = 0) -> list[Item]:
    """The capitalised names of ``text`` (one sentence) with their area words and locative flags."""
    pats = _patterns()
    items: list[Item] = []
    for m in pats["name"].finditer(text):
        name, start = _trim(m.group("name"), m.start("name"))
        if not name or name.lower() in _MONTHS_DAYS:
            continue
        end = start + len(name)
        if name.endswith(("'s", "’s")):
            name, end = name[:-2], end - 2
        inner = re.search(r"['’]s\s+", name)
        if inner:  # "Jerusalem's Bet Shemesh neighbourhood": the name after the possessive
            start, name = start + inner.end(), name[inner.end() :]
        before = text[: m.start()]
        area = pats["area_after"].match(text[end:])
        near_before = before[-_LOOKBEHIND:]  # the patterns end at the name; a long prefix is slow to scan
        area_before = pats["area_before"].search(near_before)
        item = Item(start=offset + start, end=offset + end, text=name)
        if area:
            item.area = area.group().split()[-1].lower()
        elif area_before:
            item.area = area_before.group().split()[0].lower()
        elif len(name.split()) > 1 and name.split()[-1].lower() in _area_words():
            item.area = name.split()[-1].lower()  # "Sittwe District", "Rathedaung Township"
        item.locative = bool(pats["locative"].search(near_before) or area_before)
        item.paren = before.count("(") > before.count(")")
        items.append(item)
    return _join_known(text, offset, items)


_JOINERS = ("/", " a ", " am ", " on ", " sur ", " upon ")  # written between two parts of one name


def _join_known(text: str, offset: int, items: list[Item]) -> list[Item]:
    """Two names joined by a slash or a small word that the gazetteer knows as one ("Tunapuna/Piarco",
    a region of Trinidad and Tobago; "Gracias a Dios", a department of Honduras) are one item; other
    slashes ("Israel/Palestine") separate two."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        between = text[prev.end - offset : item.start - offset] if prev is not None else ""
        if prev is not None and between in _JOINERS:
            joined = f"{prev.text}{between}{item.text}"
            if get_gazetteer().match(joined)[0] in (1, 2):
                prev.text, prev.end, prev.area = joined, item.end, item.area or prev.area
                continue
        out.append(item)
    return out


def link_items(text: str, offset: int, items: list[Item]) -> list[Chain]:
    """Group items into chains by the separators between them."""
    pats = _patterns()
    chains: list[Chain] = []
    current = Chain()
    for i, item in enumerate(items):
        current.items.append(item)
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is None:
            break
        gap = text[item.end - offset : nxt.start - offset]
        gap = _strip_area(gap)
        if pats["near"].match(gap):
            item.link = "near"
        elif pats["and"].match(gap):
            item.link = "and"
            nxt.locative = nxt.locative or item.locative
        elif pats["contain"].match(gap) and (gap.strip() != "of" or item.area or item.locative):
            item.link = "in"
            if gap.strip() in (",", "(") or "(" in gap:
                nxt.locative = nxt.locative or item.locative or "(" in gap
        else:
            chains.append(current)
            current = Chain()
    if current.items:
        chains.append(current)
    return chains


def _strip_area(gap: str) -> str:
    """The separator between two items without the first item's own area word and closing parenthesis."""
    m = _patterns()["area_after"].match(gap)
    gap = gap[m.end() :] if m else gap
    return re.sub(r"^\s*\)", "", gap)


# ---------------------------------------------------------------------------------------- resolution
def _agree(inner: Place, outer: Place, link: str) -> float:
    """How well two neighbouring resolutions agree (positive) or clash (negative)."""
    if inner.country_code != outer.country_code:
        return -4.0 if link != "and" else -2.0
    if link == "and":
        return 1.0
    if inner == outer:
        return -1.0  # no place holds itself: "Sao Paulo, Sao Paulo" is the city, then its state
    if outer.kind == "country":
        return 4.0
    if inner.kind == outer.kind == "admin1":
        return 0.0  # "Joao Pessoa, Paraiba": the city, not the province it also names
    same_admin = (
        inner.admin1 and outer.admin1 and normalize_name(inner.admin1) == normalize_name(outer.admin1)
    )
    if outer.kind == "admin1":
        return 4.0 if same_admin else -3.0  # "Ado LGA, Benue": not Ado in Ekiti
    named_admin2 = inner.admin2 and normalize_name(inner.admin2) == normalize_name(outer.name)
    if same_admin or named_admin2:
        return 3.0
    if outer.kind == "city" and inner.admin1 and outer.admin1 and _apart(inner, outer):
        return (
            -6.0
        )  # "Ermita, Manila": not the Ermita of another province, 400 km away, however the text leans
    if outer.kind == "admin2" and inner.admin1 and outer.admin1:
        return -3.0  # a district holds no town of another province
    return 1.0


_TOWN_REACH_KM = 50.0  # a neighbourhood or village named as in a town lies this close to it


def _apart(a: Place, b: Place) -> bool:
    return None not in (a.latitude, b.latitude) and distance_km(a, b) > _TOWN_REACH_KM


def _own_name_bonuses(hits: list[Place], key: str) -> dict[Place, float]:
    """A place called so before one that only has the name as an alternate ("Puno": Puno, Peru, not
    Pune), unless it is far smaller ("Odessa": Odesa, not Odessa, Texas). A town counts with the
    first-level area of its name that holds it: the town of Puno with the region of Puno (but Texas
    County, Oklahoma not with the state of Texas). An area without a population figure (an ISO 3166-2
    entry) gains nothing."""
    top = max((p.population for p in hits), default=0)
    own = [p for p in hits if normalize_name(p.name) == key]
    region = {p.country_code: p.population for p in own if p.kind == "admin1"}
    out = {}
    for p in own:
        size = p.population
        if p.kind == "city" and normalize_name(p.admin1 or "") == key:
            size = max(size, region.get(p.country_code, 0))
        if p.population and size * 10 >= top:
            out[p] = 0.2
    return out


def _unary(ctx: PlaceContext, item: Item, key: str, place: Place, tier: int, holder: bool) -> float:
    score = min(ctx.support(place, item.text), 6.0) / 2.0 + (0.5 if ctx.near_support(place) else 0.0)
    fit = ctx.area_fit(key, place, item.area)
    first_level = item.area in ADMIN_AREAS or (fit and item.area)  # "Bolivar department": Colombia's
    if (first_level and place.kind == "admin1") or (
        item.area in DISTRICTS and not first_level and place.kind == "admin2"
    ):
        score += 1.0
    elif item.area and item.area not in ADMIN_AREAS | DISTRICTS and place.kind == "city":
        score += 0.5
    elif not item.area and not holder and place.kind == "admin1":
        score -= 0.15  # "in Baghdad", "in Turin": the city before the province named after it
    if tier == FUZZY_TIER:
        score -= 1.0
    if ctx.on_line(place):
        score += 1.0  # "the OSCE SMM observed ... near Novooleksandrivka": the one in Luhansk
    if holder:
        score += 0.3  # where two names of a chain disagree, the area that holds the other is believed
        if place.kind in ("admin1", "country"):
            score += 0.7  # "(West Rand, Gauteng)": a province named as the holder is Gauteng, South Africa
    if item.weak or not ctx.plausible(item.text, place, tier):
        score -= 2.0  # kept only if a neighbour confirms it (checked after the joint choice)
    if place.kind == "city":
        score += 0.001  # other things equal, a town before the district named after it
    return score + fit + min(place.population, 10**7) / 10**8


def resolve_chain(ctx: PlaceContext, chain: Chain, lookup_name) -> None:
    """Choose a gazetteer entry (or none) for every item of the chain, jointly (Viterbi over items)."""
    options: list[list[tuple[Place | None, int, float]]] = []
    _lists_of_countries(ctx, chain, lookup_name)
    for i, item in enumerate(chain.items):
        tier, hits = ctx.match(lookup_name(item.text))
        holder = i > 0 and chain.items[i - 1].link == "in"
        # leaving a name unplaced costs more where the text says it is a place ("in Nassriya city")
        # but not for districts, which the gazetteer often lacks ("Apa LGA": not Apa, Romania)
        unplaced = 0.0 if item.area in DISTRICTS else -1.0 if item.locative or item.area else 0.0
        opts: list[tuple[Place | None, int, float]] = [(None, 0, unplaced)]
        key = lookup_name(item.text)
        bonus = _own_name_bonuses(hits[:25], normalize_name(key))
        opts += [(p, tier, _unary(ctx, item, key, p, tier, holder) + bonus.get(p, 0.0)) for p in hits[:25]]
        options.append(opts)
    for item, (place, tier) in zip(chain.items, _best_path(chain, options), strict=True):
        item.place, item.tier = place, tier
    for i, item in enumerate(chain.items):
        if (
            item.place is not None
            and not confirmed(chain, i)
            and not ctx.plausible(item.text, item.place, item.tier)
        ):
            item.place = None


def _best_path(
    chain: Chain, options: list[list[tuple[Place | None, int, float]]]
) -> list[tuple[Place | None, int]]:
    """The jointly best option of every item (Viterbi). Neighbours score by ``_agree``; across a name
    left unplaced, the last placed name must still share the country ("Lunsar town, Marampa subdivision
    (Port Loko, North-West)": North-West is not South Africa's when Lunsar and Port Loko are in Sierra
    Leone). A state is (option of this item, country of the last placed option before or at it)."""
    # states of item i: {(k, country): (score, back-pointer state of item i-1)}
    states: dict[tuple[int, str | None], tuple[float, tuple | None]] = {}
    for k, (place, _, unary) in enumerate(options[0]):
        states[(k, place.country_code if place is not None else None)] = (unary, None)
    history = [states]
    for i in range(1, len(chain.items)):
        link = chain.items[i - 1].link or "in"
        nxt: dict[tuple[int, str | None], tuple[float, tuple | None]] = {}
        for k, (place, _, unary) in enumerate(options[i]):
            for state, (score, _) in history[-1].items():
                j, last = state
                prev = options[i - 1][j][0]
                if place is None:
                    pair = 0.0
                elif prev is not None:
                    pair = _agree(prev, place, link)
                elif last is not None:
                    pair = 0.0 if last == place.country_code else -1.0
                else:
                    pair = 0.0
                key = (k, place.country_code if place is not None else last)
                total = score + pair + unary
                if key not in nxt or total > nxt[key][0]:
                    nxt[key] = (total, state)
        history.append(nxt)
    state = max(history[-1], key=lambda s: history[-1][s][0])
    path: list[tuple[Place | None, int]] = []
    for i in range(len(chain.items) - 1, -1, -1):
        place, tier, _ = options[i][state[0]]
        path.append((place, tier))
        state = history[i][state][1]
    return path[::-1]


def _lists_of_countries(ctx: PlaceContext, chain: Chain, lookup_name) -> None:
    """ "Russia, Turkey and Iran": a comma between two country names lists them, it does not nest them."""
    for a, b in zip(chain.items, chain.items[1:], strict=False):
        if a.link == "in" and all(
            any(p.kind == "country" for p in ctx.match(lookup_name(it.text))[1][:1]) for it in (a, b)
        ):
            a.link = "and"


def confirmed(chain: Chain, i: int) -> bool:
    """True if a neighbour of item ``i`` resolves to a place that agrees with it."""
    item = chain.items[i]
    neighbours = []
    if i > 0:
        neighbours.append((chain.items[i - 1].place, item.place, chain.items[i - 1].link or "in"))
    if i + 1 < len(chain.items):
        j = i + 1  # past names the gazetteer lacks: "Yaounde city (Mfoundi, Centre)" is confirmed by Centre
        while j + 1 < len(chain.items) and chain.items[j].place is None and chain.items[j].link == "in":
            j += 1
        neighbours.append((item.place, chain.items[j].place, item.link or "in"))
    return any(a is not None and b is not None and _agree(a, b, link) > 1.0 for a, b, link in neighbours)


def container(chain: Chain, i: int) -> tuple[Item, str] | None:
    """The nearest item after ``i`` that holds it (skipping "and" siblings), with the relation."""
    for j in range(i, len(chain.items) - 1):
        link = chain.items[j].link
        if link != "and":
            return chain.items[j + 1], link or "in"
    return None

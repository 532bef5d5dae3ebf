"""Resolving a place chain (``chains.Chain``) as a whole.

Every item's gazetteer candidates are scored by the document's country support (``_unary``), and
neighbouring items score when they agree (``_agree``: the inner item's admin1 is the outer item, or
they share a country); the best joint choice is found by Viterbi over the items (``_best_path``).
"""

from __future__ import annotations

import heapq

from .chains import ADMIN_AREAS, DISTRICTS, Chain, Item
from .context import FUZZY_TIER, PlaceContext, distance_km, own_name_bonuses
from .names import normalize_name
from .place import Place
from .written import district_of


def _agree(inner: Place, outer: Place, link: str, district: bool = False) -> float:
    """How well two neighbouring resolutions agree (positive) or clash (negative); ``district``: the
    inner name is a district named after its place ("Mandera South, Mandera", ``district_of``)."""
    if inner.country_code != outer.country_code:
        return -4.0 if link != "and" else -2.0
    if link == "and":
        return 1.0
    if inner == outer:
        return 4.0 if district else -1.0  # no place holds itself: "Sao Paulo, Sao Paulo" is the city
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


#: the candidates of one name a chain weighs: common names ("Los Angeles") have hundreds of namesakes
MAX_CANDIDATES = 25


def candidates(hits: list[Place], ctx: PlaceContext | None = None) -> list[Place]:
    """The ``MAX_CANDIDATES`` places of a name most worth weighing, in the gazetteer's order: those in an
    area the text names first ("San Rafael, Yucatan": the small San Rafael there), then the most
    populous. (Country support alone keeps too many: Mexico has a hundred towns called Santa Cruz.)"""
    if len(hits) <= MAX_CANDIDATES:
        return hits

    def worth(i: int) -> tuple[bool, int]:
        return ctx is not None and ctx.admin_named(hits[i]), hits[i].population

    keep = set(heapq.nlargest(MAX_CANDIDATES, range(len(hits)), key=worth))
    return [p for i, p in enumerate(hits) if i in keep]


def districts_of_their_towns(hits: list[Place]) -> set[Place]:
    """Districts among the candidates of one written name that lie in the province of a town among them
    (the candidates all answer to the name, some under another spelling: "Oicha" is the town GeoNames
    calls Hyosha): the town comes first, however many people the district holds ("Santiago" is the city,
    not the Provincia de Santiago around it). The caller skips this where a district word is written
    with the name ("Balad district")."""
    towns = {(p.country_code, p.admin1) for p in hits if p.kind == "city"}
    return {p for p in hits if p.kind == "admin2" and (p.country_code, p.admin1) in towns}


def _unary(
    ctx: PlaceContext, item: Item, key: str, place: Place, tier: int, holder: bool, near: bool = True
) -> float:
    near_bonus = 0.5 if near and ctx.near_support(place) else 0.0  # ``PlaceContext.near_counts``
    score = min(ctx.support(place, item.text), 6.0) / 2.0 + near_bonus
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
        hits = candidates(hits, ctx)
        bonus = own_name_bonuses(hits, normalize_name(key))
        behind = districts_of_their_towns(hits) if item.area not in DISTRICTS else set()
        near = ctx.near_counts(hits)
        for p in hits:
            score = _unary(ctx, item, key, p, tier, holder, near)
            opts.append((p, tier, score + (-0.2 if p in behind else bonus.get(p, 0.0))))
        options.append(opts)
    for item, (place, tier) in zip(chain.items, _best_path(chain, options), strict=True):
        item.place, item.tier = place, tier
    for i, item in enumerate(chain.items):
        if (
            item.place is not None
            and not confirmed(chain, i)
            and (item.weak or not ctx.plausible(item.text, item.place, item.tier))
        ):
            item.place = None


def _best_path(
    chain: Chain, options: list[list[tuple[Place | None, int, float]]]
) -> list[tuple[Place | None, int]]:
    """The jointly best option of every item (Viterbi). Neighbours score by ``_agree``; across a name
    left unplaced, the last placed name must still share the country, at the cost of a direct clash
    ("Lunsar town, Marampa subdivision (Port Loko, North-West)": North-West is not South Africa's when
    Lunsar and Port Loko are in Sierra Leone; "Kani Township, Yinmabin District, Sagaing Region": not
    Kani, Japan). A state is (option of this item, country of the last placed option before or at it)."""
    # states of item i: {(k, country): (score, back-pointer state of item i-1)}
    states: dict[tuple[int, str | None], tuple[float, tuple | None]] = {}
    for k, (place, _, unary) in enumerate(options[0]):
        states[(k, place.country_code if place is not None else None)] = (unary, None)
    history = [states]
    districts = [district_of(item.text) is not None for item in chain.items]
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
                    pair = _agree(prev, place, link, districts[i - 1])
                elif last is not None:
                    pair = 0.0 if last == place.country_code else -2.0 if link == "and" else -4.0
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

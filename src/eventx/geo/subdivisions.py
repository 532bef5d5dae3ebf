"""ISO 3166-2 subdivisions and the common names of first-level areas, added to the index at build time.

* ISO 3166-2 subdivisions from ``pycountry``: their names are added to the matching admin1 entry,
  or become admin1 entries (provinces newer than the rg names: "Ituri") and admin2 entries
  (subdivisions with a parent) of their own, located at an eponymous city when there is one.
* common names of admin1 areas from ``countrystatecity-countries`` (read only at build time): keyed
  by ISO 3166-2 code, they become the admin1 areas' *display* names ("North Sinai" for rg's
  "Muhafazat Shamal Sina'", "Beqaa" for "Mohafazat Beqaa", "Nord-Kivu" for "Nord Kivu"), the rg and
  ISO names staying as alternate names.
* French names of compass-named admin1 areas in French-speaking countries (``admin_names.yaml``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from ..data import load_yaml
from .entries import Entry
from .names import english_compass, fold_vowels, normalize_name, strip_articles
from .place import Place
from .sources import common_admin1_names, common_points, geonames_provinces


def subdivision_entries(admin1s: list[Entry], cities: list[Entry], iso3_of: dict[str, str]) -> list[Entry]:
    """ISO 3166-2 subdivisions (pycountry) the rg names lack or name otherwise.

    A top-level subdivision whose name matches an rg admin1 of its country only adds its ISO name
    to that entry ("Far North" / "Extrême-Nord"); the others become admin1 entries of their own
    (newer provinces: "Ituri", "North Darfur"), and subdivisions with a parent become admin2
    entries under it (Burkina Faso's provinces, the Philippines' provinces). Their point is that of
    the most populous city named like them in the country, else unknown (None).

    Then every admin1 is shown under its common name (``_name_by_location``, ``_rename_admin1s``) and
    given its French compass names (``_french_compass_names``).
    """
    import pycountry

    subs = list(pycountry.subdivisions)
    builder = _Subdivisions(
        by_key=_admin1s_by_fold(admin1s),
        city_by_key=_largest_city_by_key(cities),
        names_of={s.code: _iso_names(s.name) for s in subs},
        common=common_admin1_names(),
    )
    indexed = {entry.place.country_code for entry in cities}
    out = []
    for sub in sorted(subs, key=lambda s: (s.parent_code is not None, s.code)):
        cc = iso3_of.get(sub.country_code)
        if cc is None or cc not in indexed:
            continue  # a country without cities in the index (a subset built for tests)
        entry = builder.entry(sub, cc)
        if entry is not None:
            out.append(entry)
    renamed = builder.renamed
    _name_by_location(admin1s, cities, {v: k for k, v in iso3_of.items()}, builder.common, renamed)
    _rename_admin1s([*admin1s, *cities, *out], renamed)
    _french_compass_names(admin1s)
    return _join_twins(admin1s, out)


def _admin1s_by_fold(admin1s: list[Entry]) -> dict[tuple[str, str], Entry]:
    """(country, loose key of the rg name) -> the admin1 entry."""
    by_key: dict[tuple[str, str], Entry] = {}
    for entry in admin1s:
        for name in entry.names[:1]:
            by_key[(entry.place.country_code, _fold(name))] = entry
    return by_key


def _largest_city_by_key(cities: list[Entry]) -> dict[tuple[str, str], Entry]:
    """(country, tier-1 key) -> the most populous city indexed under that key."""
    city_by_key: dict[tuple[str, str], Entry] = {}
    for entry in cities:
        for key in entry.keys:
            k = (entry.place.country_code, key)
            if k not in city_by_key or city_by_key[k].place.population < entry.place.population:
                city_by_key[k] = entry
    return city_by_key


@dataclass
class _Subdivisions:
    """The state of ``subdivision_entries`` while it walks the subdivisions, parents first."""

    by_key: dict[tuple[str, str], Entry]
    city_by_key: dict[tuple[str, str], Entry]
    names_of: dict[str, list[str]]  # ISO 3166-2 code -> the ISO names (``_iso_names``)
    common: dict[str, list[str]]  # ISO 3166-2 code -> common names (countrystatecity-countries)
    admin1_of: dict[str, str] = field(default_factory=dict)  # ISO code -> the admin1 name shown
    renamed: dict[tuple[str, str], str] = field(default_factory=dict)  # (cc, rg admin1) -> name shown

    def entry(self, sub, cc: str) -> Entry | None:
        """The entry of one subdivision, or None when it only adds names to its rg twin."""
        names = self.names_of[sub.code]
        if sub.parent_code is None:
            match = self._rg_twin(cc, names)
            if match is not None:
                self._merge(sub, cc, names, match)
                return None
            names = [*self.common.get(sub.code, []), *names]
            self.admin1_of[sub.code] = names[0]
        eponym = next(
            (
                self.city_by_key[(cc, normalize_name(n))]
                for n in names
                if (cc, normalize_name(n)) in self.city_by_key
            ),
            None,
        )
        lat, lon = (eponym.place.latitude, eponym.place.longitude) if eponym else (None, None)
        kind = "admin1" if sub.parent_code is None else "admin2"
        admin1 = (
            names[0]
            if kind == "admin1"
            else self.admin1_of.get(sub.parent_code) or self.names_of.get(sub.parent_code, [None])[0]
        )
        place = Place(
            name=names[0], kind=kind, country_code=cc, admin1=admin1,
            admin2=names[0] if kind == "admin2" else None, latitude=lat, longitude=lon,
            population=0, geonameid=None,
        )  # fmt: skip
        return Entry(place, names)

    def _rg_twin(self, cc: str, names: list[str]) -> Entry | None:
        """The rg admin1 entry a top-level subdivision names, if any."""
        match = next((self.by_key[(cc, _fold(n))] for n in names if (cc, _fold(n)) in self.by_key), None)
        if match is not None and not any(_plain(n) == _plain(match.place.name) for n in names):
            match = None  # only the vowel fold agrees ("Henan" / "Hunan"): two areas, not one
        return match

    def _merge(self, sub, cc: str, names: list[str], match: Entry) -> None:
        """Add a subdivision's ISO and common names to its rg twin, and choose the name it is shown by."""
        match.add_names([*names, *self.common.get(sub.code, [])])
        shown = self.common.get(sub.code, [match.place.name])[0]
        if _same_name(shown, match.place.name):
            shown = match.place.name  # "Sirnak" / "Şırnak": the rg spelling stays
        self.admin1_of[sub.code] = self.renamed[(cc, match.place.name)] = shown


def _join_twins(admin1s: list[Entry], out: list[Entry]) -> list[Entry]:
    """The subdivision entries, less the ISO areas now shown by their rg twin under the same common name
    (those add their names to the twin)."""
    shown = {(e.place.country_code, e.place.name): e for e in admin1s}
    kept = []
    for entry in out:  # an ISO area now shown by its rg twin under the same common name joins it
        twin = (
            shown.get((entry.place.country_code, entry.place.name)) if entry.place.kind == "admin1" else None
        )
        if twin is None:
            kept.append(entry)
        else:
            twin.add_names(entry.names)
    return kept


def _name_by_location(
    admin1s: list[Entry],
    cities: list[Entry],
    iso2_of: dict[str, str],
    common: dict[str, list[str]],
    renamed: dict[tuple[str, str], str],
) -> None:
    """Common names for the rg admin1s whose ISO name did not match: the area that holds most of the
    admin1's largest towns, by the nearest place of countrystatecity-countries ("Liban-Sud" -> "South");
    not for an area already under its current GeoNames name (``sources.assign_admins``)."""
    import numpy as np

    members: dict[tuple[str, str], list[Place]] = defaultdict(list)
    for entry in cities:
        if entry.place.admin1 and entry.place.latitude is not None:
            members[(entry.place.country_code, entry.place.admin1)].append(entry.place)
    points: dict[str, tuple] = {}
    geonames_names: dict[str, set[str]] = defaultdict(set)  # the current names ("Vatovavy Region")
    for iso2, _, names in geonames_provinces():
        geonames_names[iso2].add(names[0])
    for entry in admin1s:
        key = (entry.place.country_code, entry.place.name)
        iso2 = iso2_of.get(key[0])
        if key in renamed or iso2 is None or not members.get(key):
            continue
        if _named_by_database(key[1], iso2, common) or key[1] in geonames_names.get(iso2, ()):
            continue  # the database, or GeoNames as today, names this area too ("Piedmont"): no vote
        if iso2 not in points:
            rows = common_points(iso2)
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


def _named_by_database(name: str, iso2: str, common: dict[str, list[str]]) -> bool:
    """True if countrystatecity-countries names an area of the country like ``name`` (or ``name`` and
    more words: "Opole" / "Opole Voivodeship")."""
    own = _plain(name)
    return any(
        _plain(n) == own or _plain(n).startswith(own + " ")
        for code, names in common.items()
        if code.startswith(iso2 + "-")
        for n in names
    )


def _same_name(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(normalize_name(a), normalize_name(b)) >= 85


def _french_compass_names(admin1s: list[Entry]) -> None:
    """French names of compass-named admin1 areas in French-speaking countries ("West" -> "Ouest")."""
    table = load_yaml("admin_names.yaml")
    countries, compass = set(table["countries"]), table["compass"]
    for entry in admin1s:
        if entry.place.country_code in countries:
            key = normalize_name(entry.place.name).replace(" region", "")
            entry.add_names(compass.get(key, []))


def _rename_admin1s(entries: list[Entry], renamed: dict[tuple[str, str], str]) -> None:
    """Show each admin1 under its common name: the admin1 entries and the admin1 of every place in one."""
    for entry in entries:
        p = entry.place
        new = renamed.get((p.country_code, p.admin1)) if p.admin1 else None
        if new is None or _same_name(new, p.admin1):
            continue  # the same name ("Sirnak" / "Şırnak", "Donetsk" / "Donetska"): the rg spelling stays
        if p.kind == "admin1":
            entry.add_names([new])
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


def _plain(name: str) -> str:
    """``_fold`` without the vowel fold: "Nord-Kivu" / "North Kivu" agree, "Henan" / "Hunan" do not."""
    return english_compass(strip_articles(normalize_name(name)))


def _fold(name: str) -> str:
    """A loose key for matching ISO 3166-2 names to rg admin1 names ("North Darfur" / "Northern Darfur",
    "Nord-Kivu" / "North Kivu", "Extrême-Nord" / "Far North" is beyond it)."""
    key = _plain(name)
    return fold_vowels(key) or key

"""Looking places up in the offline gazetteer index (built by ``eventx.geo.index``).

Opening the index reads only the ~250 country rows. Names are looked up by their keys
(``eventx.geo.names``), tried exact, then without Arabic articles, then vowel-folded.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .countries import country_rows, load_countries
from .index import ensure_index
from .names import english_compass, key_hash, name_keys, normalize_name
from .place import KIND_RANK, Place

__all__ = ["Gazetteer", "Place", "get_gazetteer", "load_countries"]

_COLUMNS = "p.id, p.name, p.kind, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.pop, p.gid"
#: key look-ups remembered per gazetteer (names recur within and across articles); a full table is emptied,
#: so a long stream of new names cannot grow it without bound
KEY_CACHE_MAX = 1 << 15


class Gazetteer:
    """Read-only access to a built index (``Gazetteer.load()`` builds it when needed)."""

    def __init__(self, path: str | Path) -> None:
        self._path = Path(path)
        self._lock = threading.Lock()
        self._pid = -1
        self._con: sqlite3.Connection | None = None
        self._key_cache: dict[tuple[int, str], tuple[Place, ...]] = {}
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
        rows = country_rows()
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
        """The places under one name key (a fresh list of the frozen ``Place`` records, from the cache
        when the key was asked before)."""
        places = self._key_cache.get((tier, key))
        if places is None:
            sql = f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place WHERE n.h = ?"
            places = tuple(self._query(sql, (key_hash(tier, key),)))
            if len(self._key_cache) >= KEY_CACHE_MAX:
                self._key_cache.clear()
            self._key_cache[(tier, key)] = places
        return list(places)

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
        translated = english_compass(keys[1])
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
        return self.country_named(text)

    def country_named(self, name: str) -> Place | None:
        """A country by a name or alias written in text ("Türkiye", "US", "the UK"), never by a bare
        code: in upper-case copy "BY", "AT" and "IN" are words, not Belarus, Austria and India."""
        iso3 = _best(self._country_names.get(normalize_name(name.strip()), ()), self._countries)
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

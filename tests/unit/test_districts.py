"""GeoNames second-level areas in the gazetteer index (``eventx.geo.districts``) and the choice between a
town and the district named after it (``chain_choice``)."""

from __future__ import annotations

import pytest

from eventx.geo import districts
from eventx.geo.chain_choice import MAX_CANDIDATES, candidates, districts_of_their_towns
from eventx.geo.entries import Entry
from eventx.geo.gazetteer import Place, get_gazetteer
from eventx.geo.names import bare_area_name
from eventx.geo.sources import District


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Masisi Territory", "Masisi"),
        ("Qaḑā’ Sāmarrā’", "Sāmarrā’"),
        ("Province de la Tshopo", "Tshopo"),
        ("Département de l'Ouest", "Ouest"),
        ("Kabupaten Jayawijaya", "Jayawijaya"),
        ("Apa Local Government Area", "Apa"),
        ("Nakapiripirit Sub County", "Nakapiripirit"),
        ("Partido de La Plata", "La Plata"),  # "La" written in capitals is part of the name
        ("Kalehe", "Kalehe"),  # no area word
        ("Comuna 5", "Comuna 5"),  # nothing of three letters would be left
        ("City of Manila", "City of Manila"),  # the city itself, not an area around it
    ],
)
def test_bare_area_name(name: str, bare: str) -> None:
    assert bare_area_name(name) == bare


def _place(name: str, kind: str, cc: str = "COD", admin1: str | None = "South Kivu", **kw) -> Place:
    return Place(name, kind, cc, admin1, kw.get("admin2"), kw.get("lat"), kw.get("lon"), kw.get("pop", 0),
                 kw.get("gid"))  # fmt: skip


def _district(name: str, aliases=(), towns=()) -> District:
    return District(name=name, aliases=list(aliases), iso2="CD", parent_code="CD-SK",
                    parent_names=["Sud-Kivu"], towns=list(towns))  # fmt: skip


@pytest.fixture()
def known() -> list[Entry]:
    return [
        Entry(_place("South Kivu", "admin1"), ["South Kivu", "Sud-Kivu"]),
        Entry(_place("Uvira", "city", gid=1, pop=400_000, lat=-3.4, lon=29.1), ["Uvira"]),
        Entry(_place("Bukavu", "city", gid=2, pop=800_000, lat=-2.5, lon=28.8), ["Bukavu"]),
        Entry(_place("Fizi", "admin2"), ["Fizi"]),
    ]


def _build(monkeypatch, known: list[Entry], *rows: District) -> list[Entry]:
    monkeypatch.setattr(districts, "geonames_districts", lambda: list(rows))
    monkeypatch.setattr(districts, "common_admin1_names", dict)
    return districts.district_entries(known, {"CD": "COD"})


def test_an_area_no_source_names_becomes_an_admin2_of_its_province(monkeypatch, known) -> None:
    (kalehe,) = _build(monkeypatch, known, _district("Kalehe Territory", towns=[(2, 1000, -2.1, 28.9)]))
    assert kalehe.place.name == "Kalehe" and "Kalehe Territory" in kalehe.names
    where = (kalehe.place.kind, kalehe.place.country_code, kalehe.place.admin1)
    assert where == ("admin2", "COD", "South Kivu")
    assert (kalehe.place.latitude, kalehe.place.population) == (-2.1, 1000)
    # no town of the index in it: the province comes from its ISO parent's names
    (shabunda,) = _build(monkeypatch, known, _district("Shabunda"))
    assert (shabunda.place.admin1, shabunda.place.latitude) == ("South Kivu", None)


def test_an_area_the_index_holds_gains_its_other_names(monkeypatch, known) -> None:
    assert _build(monkeypatch, known, _district("Fizi Territory", aliases=["Territoire de Fizi"])) == []
    assert {"Fizi Territory", "Territoire de Fizi"} <= set(known[3].names)
    assert "territoire de fizi" in known[3].keys


def test_an_area_spelt_like_its_town_is_left_to_the_town(monkeypatch, known) -> None:
    assert _build(monkeypatch, known, _district("Uvire District", towns=[(1, 400_000, -3.4, 29.1)])) == []
    # the twin: an area named exactly like its town is another place ("Uvira district")
    (uvira,) = _build(monkeypatch, known, _district("Uvira District", towns=[(1, 400_000, -3.4, 29.1)]))
    assert (uvira.place.name, uvira.place.kind) == ("Uvira", "admin2")


def test_the_index_holds_the_territories_of_dr_congo_and_the_districts_of_iraq() -> None:
    gaz = get_gazetteer()
    for name, admin1 in [("Masisi", "Nord Kivu"), ("Kalehe", "Sud-Kivu"), ("Shabunda", "Sud-Kivu")]:
        place = gaz.lookup(name, countries=["COD"])[0]
        assert (place.kind, place.admin1) == ("admin2", admin1)
    assert gaz.lookup("Hawija")[0].country_code == "IRQ"
    # an rg area gains GeoNames' other spelling: "Punch" is also written "Poonch"
    assert any(p.name == "Punch" for p in gaz.lookup("Poonch", countries=["IND"], kinds=["admin2"]))


def test_a_town_comes_before_the_district_named_after_it() -> None:
    town = _place("Santiago", "city", "CHL", "Santiago Metropolitan", pop=4_000_000)
    district = _place("Santiago", "admin2", "CHL", "Santiago Metropolitan", pop=5_000_000)
    abroad = _place("Santiago", "admin2", "DOM", "Santiago", pop=900_000)
    assert districts_of_their_towns([district, town, abroad]) == {district}
    assert districts_of_their_towns([district, abroad]) == set()  # no town of that name among them
    # a town that has the name as an alternate one ("Oicha" is GeoNames' Hyosha)
    hyosha = _place("Hyosha", "city", "COD", "Nord Kivu", pop=74_502)
    oicha = _place("Oicha", "admin2", "COD", "Nord Kivu", pop=129_941)
    assert districts_of_their_towns([oicha, hyosha]) == {oicha}


def test_a_name_with_many_namesakes_keeps_its_largest_places() -> None:
    small = [_place(f"Los Angeles {i}", "city", "MEX", None, pop=i) for i in range(40)]
    big = _place("Los Angeles", "city", "USA", "California", pop=3_900_000)
    kept = candidates([*small, big])
    assert len(kept) == MAX_CANDIDATES and big in kept
    assert kept[:-1] == sorted(kept[:-1], key=lambda p: p.population)  # in the gazetteer's order
    assert candidates(small[:3]) == small[:3]


def test_provinces_take_geonames_names_of_their_own_only() -> None:
    gaz = get_gazetteer()
    assert gaz.lookup("North Kivu", kinds=["admin1"])[0].country_code == "COD"  # the index's "Nord Kivu"
    # GeoNames' first level in Ireland is the county; Dublin is no name of the province of Leinster
    assert all(p.name != "Leinster" for p in gaz.lookup("Dublin"))
    assert not gaz.lookup("Capital", countries=["ARG"])  # "Departamento Capital" is not indexed as "Capital"


def _mention(name: str, admin1: str, lat: float | None, lon: float | None, precision: str = "city"):
    from eventx.records import PlaceMention

    return PlaceMention(start=0, end=len(name), text=name, sent_start=0, name=name, admin1=admin1,
                        latitude=lat, longitude=lon, precision=precision)  # fmt: skip


def test_a_town_in_no_district_lies_in_a_named_one_only_near_it() -> None:
    from eventx.events.location import DISTRICT_REACH_KM, _may_lie_in

    masisi = _mention("Masisi", "Nord-Kivu", -1.40, 28.82, "admin2")
    assert _may_lie_in(_mention("Sake", "Nord Kivu", -1.57, 29.04), masisi)  # 30 km, the province as spelt
    assert not _may_lie_in(_mention("Kirumba", "Nord Kivu", -0.52, 29.36), masisi)  # 115 km
    assert not _may_lie_in(_mention("Sake", "Sud-Kivu", -1.57, 29.04), masisi)  # another province
    no_point = _mention("Masisi", "Nord Kivu", None, None, "admin2")
    assert _may_lie_in(_mention("Kirumba", "Nord Kivu", -0.52, 29.36), no_point)  # nothing to measure
    assert DISTRICT_REACH_KM > 30

"""Which headline or lead places lie inside an incident's own place (events/lead.py), without the model."""

from __future__ import annotations

from eventx.events.lead import inside
from eventx.records import PlaceMention


def _place(name: str, precision: str, country: str, admin1: str | None = None) -> PlaceMention:
    return PlaceMention(
        start=0, end=len(name), text=name, sent_start=0, name=name, precision=precision,
        country_code=country, admin1=admin1,
    )  # fmt: skip


def test_a_city_lies_inside_its_country_and_province_not_another():
    city = _place("Kandahar", "city", "AFG", admin1="Kandahar")
    assert inside(city, _place("Afghanistan", "country", "AFG"))
    assert inside(city, _place("Kandahar", "admin1", "AFG", admin1="Kandahar"))
    assert not inside(city, _place("Pakistan", "country", "PAK"))
    assert not inside(city, _place("Herat", "admin1", "AFG", admin1="Herat"))

"""The gazetteer's record of a place."""

from __future__ import annotations

from dataclasses import dataclass

#: the order lookups rank kinds in: country > admin1 > admin2 > city
KIND_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str  # canonical English name (geonames name / admin name / country common name)
    kind: str  # "city" | "admin2" | "admin1" | "country"
    country_code: str  # ISO 3166-1 alpha-3 (Kosovo XKX)
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int  # 0 if unknown
    geonameid: int | None

"""``resources/countries.csv``: ISO 3166-1 countries (plus Kosovo and Palestine) with their names,
aliases, demonyms, capitals and seats of government."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

COUNTRIES_CSV = Path(__file__).parent.parent / "resources" / "countries.csv"


@dataclass(frozen=True)
class CountryRow:
    """One row of ``resources/countries.csv``."""

    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


@functools.cache
def country_rows() -> tuple[CountryRow, ...]:
    """All rows of ``resources/countries.csv``, read once (an immutable tuple)."""
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return tuple(
            CountryRow(
                iso3=row["iso3"],
                iso2=row["iso2"],
                name=row["name"],
                aliases=_split(row["aliases"]),
                demonyms=_split(row["demonyms"]),
                capital=row["capital"],
                metonyms=_split(row["government_metonyms"]),
            )
            for row in csv.DictReader(lines)
        )


def load_countries() -> list[CountryRow]:
    """All rows of ``resources/countries.csv`` (ISO 3166-1 countries plus Kosovo and Palestine)."""
    return list(country_rows())

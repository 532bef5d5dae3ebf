"""The place word lists: ``places.yaml`` and ``place_stoplist.yaml``, loaded once, read-only.

Each function hands out an immutable copy (a frozenset, a mapping proxy) of a cached YAML resource,
so no caller can change what another reads.
"""

from __future__ import annotations

from types import MappingProxyType

from ..data import load_yaml
from ..lexicon import per_lexicon


@per_lexicon
def place_words(key: str) -> frozenset[str]:
    """A word list of ``places.yaml`` ("arabic_articles", "district_words", ...)."""
    return frozenset(load_yaml("places.yaml")[key])


@per_lexicon
def forces_theatres() -> MappingProxyType[str, tuple[str, ...]]:
    """States whose forces fight abroad as a matter of course -> the countries they fight in
    (``forces_abroad_countries`` in places.yaml)."""
    table = load_yaml("places.yaml")["forces_abroad_countries"]
    return MappingProxyType({code: tuple(theatres) for code, theatres in table.items()})


@per_lexicon
def compass_words() -> MappingProxyType[str, str]:
    """Normalised compass words of place names -> their English form ("nord" -> "north")."""
    return MappingProxyType(dict(load_yaml("places.yaml")["compass_words"]))


def stoplist() -> dict:
    """``place_stoplist.yaml`` (cached by ``load_yaml``: read-only)."""
    return load_yaml("place_stoplist.yaml")


@per_lexicon
def not_places() -> frozenset[str]:
    """Lower-cased names spaCy tags as places that are no places an event is coded to ("Europe"), and
    the area words written before a name, tagged alone ("Barangay" in "Barangay Santa Lourdes")."""
    return frozenset(w.lower() for w in [*stoplist()["names"], *stoplist()["prefix_area_words"]])


@per_lexicon
def thing_nouns(key: str) -> frozenset[str]:
    """A noun list of the stop list ("currency_nouns", "money_nouns", "building_heads")."""
    return frozenset(stoplist()[key])


@per_lexicon
def area_words() -> frozenset[str]:
    """Lower-cased area words ("province", "district", ...)."""
    return frozenset(w.lower() for w in stoplist()["area_words"])


@per_lexicon
def facility_modifiers() -> frozenset[str]:
    """Words of a facility's kind between its town and its facility word ("Garissa High School")."""
    return frozenset(stoplist()["facility_modifiers"])


@per_lexicon
def facility_words() -> frozenset[str]:
    """Words that make a name a facility's ("Hama Airbase")."""
    return frozenset(stoplist()["facility_words"])


@per_lexicon
def office_holders() -> frozenset[str]:
    """Nouns whose "of" names a town ("the Mayor of Tyr", "residents of Laboue")."""
    return frozenset(stoplist()["office_holders"])


def inhabitant_nouns() -> frozenset[str]:
    """Nouns of the people who live in a place, whose modifier names it ("Kangaru residents")."""
    return frozenset(stoplist()["inhabitant_nouns"])


def home_holders() -> frozenset[str]:
    """Nouns of people whose "of" names their town ("residents of Igbide", "the Mayor of Tyr")."""
    return frozenset(stoplist()["home_holders"])


#: spaCy entity labels of places
PLACE_LABELS = ("GPE", "LOC", "FAC")
#: spaCy entity labels that never name a place (dates, numbers, ...)
NOT_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE", "LAW"}
)

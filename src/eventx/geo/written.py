"""Place names as the text writes them, and the name the gazetteer is asked for.

``core_name`` drops "the" and area words ("the northwestern province of Idlib" -> "Idlib"), ``place_key``
also a compass word where only the bare name is known ("Northern Iraq" -> "Iraq"), and ``as_written`` is
the name a mention shows.
"""

from __future__ import annotations

import functools
import re

from ..lexicon import per_lexicon
from .context import FUZZY_TIER, MAJOR_POPULATION, PlaceContext, spelling_ratio
from .gazetteer import Place, get_gazetteer
from .lexicon import stoplist
from .names import CLOSE_RATIO, normalize_name

_STRIP = re.compile(r"^(?:the\s+)", re.I)


@per_lexicon
def _area_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(stoplist()["area_words"], key=len, reverse=True))
    return re.compile(rf"^(?:the\s+)?(?:\w+(?:ern)?\s+)?(?:{words})\s+of\s+|\s+(?:{words})$", re.I)


def core_name(text: str) -> str:
    """A place name without "the" and area words: "the northwestern province of Idlib" -> "Idlib",
    "Barangay Pange" -> "Pange"; a name that would keep only an age word keeps its area word ("the Old
    City", "New Town": a quarter's own name; ``age_words``), and so does a town's own name ("Cape Town")."""
    core = _prefix_pattern().sub("", _STRIP.sub("", _area_pattern().sub("", text.strip())))
    whole = _STRIP.sub("", text.strip())
    if core != whole and (core.lower() in stoplist()["age_words"] or _a_town_s_own_name(whole)):
        return whole
    return core


@functools.lru_cache(maxsize=4096)
def _a_town_s_own_name(name: str) -> bool:
    """The words, area word and all, are a town's own name in the gazetteer ("Cape Town", "Mexico City",
    "Kuwait City"; not "Kirkuk city", nor "Lamu County", an area)."""
    key = normalize_name(name)
    tier, hits = get_gazetteer().match(name)
    return tier == 1 and any(p.kind == "city" and normalize_name(p.name) == key for p in hits)


@per_lexicon
def _prefix_pattern() -> re.Pattern[str]:
    words = "|".join(stoplist()["prefix_area_words"])
    return re.compile(rf"^(?:{words})\s+(?=\S)")


@per_lexicon
def _direction_prefix() -> re.Pattern[str]:
    words = "|".join(sorted(stoplist()["direction_words"], key=len, reverse=True))
    return re.compile(rf"^(?:{words})\s+(?=\S)", re.I)


@per_lexicon
def _district_suffix() -> re.Pattern[str]:
    words = "|".join(sorted(stoplist()["district_compass_words"], key=len, reverse=True))
    return re.compile(rf"(?<=\S)\s+(?:{words})$", re.I)


@per_lexicon
def place_key(text: str) -> str:
    """The name to look up: ``core_name``, and without a leading compass word when only that form is
    known and names a country, province or large town ("Northern Iraq" -> "Iraq", but "North Darfur"
    and "West Wing" stay), or without a trailing one that makes a
    district of a known place ("Anambra West" -> "Anambra", ``district_compass_words``)."""
    core = core_name(text)
    bare = _direction_prefix().sub("", core)
    if bare != core and _only_bare_known(core, bare) and _an_area(bare):
        return bare  # "Northern Iraq"; not "West Wing" -> Wing, a village in England
    bare = _district_suffix().sub("", core)
    if bare != core and _only_bare_known(core, bare):
        return bare
    return core


def _an_area(name: str) -> bool:
    """The name is known as a country, a first-level area or a large town: the part of one that a
    leading compass word names ("Southern Mali", "Northern Iraq", "Central Abuja"), not of a village
    ("the West Wing" is no part of Wing, England)."""
    hits = get_gazetteer().match(name)[1]
    return any(p.kind in ("country", "admin1") or p.population >= MAJOR_POPULATION for p in hits)


def _only_bare_known(core: str, bare: str) -> bool:
    """The bare name is known as written and the whole name is not, nor spelt close to a known one unless
    the bare name is a country or province ("Lower Shabelle" is Lower Shabeelle, not a district
    Shabelle elsewhere; "Southern Mali" is Mali, not Southern Mallee)."""
    gaz = get_gazetteer()
    tier, hits = gaz.match(core)
    bare_tier, bare_hits = gaz.match(bare)
    if tier not in (0, FUZZY_TIER) or bare_tier not in (1, 2):
        return False
    if any(p.kind in ("country", "admin1") for p in bare_hits):
        return True
    return not (tier == FUZZY_TIER and any(spelling_ratio(core, p.name) >= CLOSE_RATIO for p in hits))


def district_of(text: str) -> str | None:
    """The known place a name makes a district of with a trailing compass word, as written ("Anambra
    West" -> "Anambra"), or None."""
    core = core_name(text)
    bare = _district_suffix().sub("", core)
    return bare if bare != core and place_key(text) == bare else None


def resolve_place(name: str, ctx: PlaceContext) -> Place | None:
    """The gazetteer entry ``name`` most likely means in this document (see ``eventx.geo.context``)."""
    return ctx.choose_name(place_key(name))


def as_written(text: str) -> str:
    """A place name as the text writes it, without "the" and area words; ALL-CAPS datelines title-cased."""
    name = core_name(text)
    return name.title() if name.isupper() and len(name) > 3 else name

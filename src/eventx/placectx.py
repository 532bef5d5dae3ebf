"""Document-level place context: which countries a text is about, and which namesake a name means.

Wire reports and coder notes often never name the country ("in Samboko village (Mambasa,
Nord-Kivu)"). Every place-like name of a document (entities, and Title-case names listed inside
parentheses) is looked up in the gazetteer, and each country scores by how many of the document's
names it can explain, an admin1 match counting double. Explicit country names and demonyms count
three times. This is the usual co-occurrence heuristic for toponym resolution: the names of one
report tend to lie in one country, and within it, a candidate whose admin1 or admin2 is also named
in the text ("Calama, Antofagasta") is preferred.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import Place, get_gazetteer, normalize_name

_PAREN = re.compile(r"\(([^()]{2,120})\)")
_NAME = re.compile(r"^[A-Z][\w'’.\-]*(?:[ \-][A-Z][\w'’.\-]*){0,3}$")
_EXPLICIT_WEIGHT = 3.0
_ADMIN1_WEIGHT = 2.0


@dataclass
class PlaceContext:
    """The countries a document is about (with scores) and the names it mentions (normalised)."""

    countries: Counter[str]
    names: frozenset[str]
    candidates: dict[str, list[Place]] = field(default_factory=dict)

    def lookup(self, name: str) -> list[Place]:
        """Gazetteer candidates for ``name``, each name looked up once per document."""
        if name not in self.candidates:
            self.candidates[name] = get_gazetteer().lookup(name)
        return self.candidates[name]

    def admin_named(self, place: Place) -> bool:
        """True if the text also names the place's admin1 or admin2 (and it is not the place itself)."""
        own = normalize_name(place.name)
        return any(
            a and normalize_name(a) in self.names and normalize_name(a) != own
            for a in (place.admin1, place.admin2)
        )

    def choose(self, candidates: list[Place]) -> Place | None:
        """The candidate that fits the document best: its country scores highest, its admin1/admin2 is
        named in the text, it is a larger kind of place (country > admin1 > city), then population."""
        if not candidates:
            return None

        def key(p: Place) -> tuple:
            score = self.countries.get(p.country_code, 0.0)
            return (score, self.admin_named(p), _KIND_RANK.get(p.kind, 0), p.population)

        return max(candidates, key=key)


_KIND_RANK = {"country": 3, "admin1": 2, "city": 1}


def parenthesised_spans(text: str) -> list[tuple[str, int]]:
    """Title-case names listed inside parentheses, with their offsets:
    "(Mambasa, Nord-Kivu)" -> [("Mambasa", i), ("Nord-Kivu", j)]."""
    out = []
    for m in _PAREN.finditer(text):
        pos = m.start(1)
        for part in m.group(1).split(","):
            name = part.strip()
            if _NAME.match(name):
                out.append((name, pos + part.index(name)))
            pos += len(part) + 1
    return out


def build_context(names: list[str], explicit: Counter[str]) -> PlaceContext:
    """Score countries by how many of ``names`` they can explain, plus the ``explicit`` countries."""
    ctx = PlaceContext(countries=Counter(), names=frozenset())
    scores: Counter[str] = Counter({c: _EXPLICIT_WEIGHT * n for c, n in explicit.items()})
    seen: set[str] = set()
    for name in names:
        key = normalize_name(name)
        if not key or key in seen:
            continue
        seen.add(key)
        best: dict[str, float] = {}
        for p in ctx.lookup(name):
            w = _ADMIN1_WEIGHT if p.kind in ("admin1", "country") else 1.0
            best[p.country_code] = max(best.get(p.country_code, 0.0), w)
        for code, w in best.items():
            scores[code] += w
    ctx.countries, ctx.names = scores, frozenset(seen)
    return ctx

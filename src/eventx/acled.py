"""Events as rows with ACLED's column names and codes (``EventCollection.to_csv(style="acled")``).

The codes (disorder type, inter1/inter2, time and geo precision) are data in
``resources/acled_export.yaml``. ``actor1`` is the first initiator and ``assoc_actor_1`` the others;
``actor2`` the first target (else the first other participant). ``iso`` is ISO 3166's numeric code,
as in ACLED's files. ``notes`` holds the evidence, ``source`` who reported it (else the documents).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .data import load_yaml
from .models import Actor, Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)  # fmt: skip


@cache
def _codes() -> dict[str, Any]:
    return load_yaml("acled_export.yaml")


@cache
def iso_numeric(alpha3: str | None) -> int | None:
    """ISO 3166-1 numeric code of an alpha-3 code (Kosovo has none)."""
    import pycountry

    hit = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    return int(hit.numeric) if hit else None


def _sides(e: Event) -> tuple[list[Actor], list[Actor]]:
    first = [a for a in e.actors if a.role == "initiator"]
    second = [a for a in e.actors if a.role == "target"]
    rest = [a for a in e.actors if a.role == "participant"]
    if not first:
        first, rest = rest[:1], rest[1:]
    return first, second or rest


def _inter(side: list[Actor]) -> int | None:
    return _codes()["inter_code"][side[0].kind] if side else None


def acled_row(e: Event) -> dict[str, Any]:
    """One event as a dict keyed by ``ACLED_COLUMNS``."""
    codes = _codes()
    side1, side2 = _sides(e)
    inter1, inter2 = _inter(side1), _inter(side2)
    loc, d = e.location, e.date
    interaction = int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else inter1 or None
    return {
        "event_id_cnty": e.id,
        "event_date": d.start.isoformat() if d else None,
        "year": d.start.year if d else None,
        "time_precision": codes["time_precision"][d.precision] if d else None,
        "disorder_type": codes["disorder_type_by_sub_event"].get(e.sub_event_type or "")
        or codes["disorder_type"][e.event_type],
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": side1[0].name if side1 else None,
        "assoc_actor_1": "; ".join(a.name for a in side1[1:]) or None,
        "inter1": inter1,
        "actor2": side2[0].name if side2 else None,
        "assoc_actor_2": "; ".join(a.name for a in side2[1:]) or None,
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if any(a.kind == "civilians" for a in side2) else None,
        "iso": iso_numeric(loc.country_code) if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin3": None,
        "location": (loc.name or loc.gazetteer_name) if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": codes["geo_precision"][loc.precision] if loc and loc.precision else None,
        "source": "; ".join(e.reported_by or e.sources) or None,
        "notes": " ".join(ev.text for ev in e.evidence) or None,
        "fatalities": e.fatalities.best if e.fatalities else 0,
    }

"""Hand-built events for the query, export, store and fusion tests (no model needed)."""

from __future__ import annotations

from datetime import date

from eventx.models import Actor, Count, DateSpan, Event, Evidence, Location


def event(
    id: str,
    event_type: str = "Battles",
    sub: str | None = None,
    day: date | None = date(2021, 3, 4),
    place: Location | None = None,
    actors: tuple[Actor, ...] = (),
    killed: int | None = None,
    injured: int | None = None,
    source: str = "doc-1",
    evidence: str = "Soldiers clashed with rebels.",
) -> Event:
    """An Event with sensible defaults; every argument can be overridden."""
    return Event(
        id=id,
        event_type=event_type,
        sub_event_type=sub,
        date=DateSpan(start=day, end=day) if day else None,
        location=place,
        actors=list(actors),
        fatalities=Count(best=killed) if killed is not None else None,
        injuries=Count(best=injured) if injured is not None else None,
        sources=[source],
        evidence=[Evidence(doc_id=source, start=0, end=len(evidence), text=evidence)],
    )


ALEPPO = Location(name="Aleppo", admin1="Aleppo", country="Syria", country_code="SYR",
                  latitude=36.2, longitude=37.16, precision="city")  # fmt: skip
IDLIB = Location(name="Saraqib", admin1="Idlib", country="Syria", country_code="SYR", precision="city")
KABUL = Location(name="Kabul", admin1="Kabul", country="Afghanistan", country_code="AFG", precision="city")
ARMY = Actor(name="Military Forces of Syria", role="initiator", kind="state_forces", country_code="SYR")
REBELS = Actor(name="Hayat Tahrir al-Sham", role="target", kind="rebel_group", text="HTS")
TURKEY = Actor(name="Military Forces of Turkey", role="initiator", kind="external_forces", country_code="TUR")
CROWD = Actor(name="Protesters (Afghanistan)", role="participant", kind="protesters", country_code="AFG")
CIVILIANS = Actor(name="Civilians (Afghanistan)", role="target", kind="civilians", country_code="AFG")


def sample() -> list[Event]:
    """Five events of different types, places, dates, actors and counts."""
    return [
        event("e1", "Battles", "Armed clash", date(2021, 3, 4), ALEPPO, (ARMY, REBELS), killed=5, source="a"),
        event("e2", "Explosions/Remote violence", "Air/drone strike", date(2021, 3, 20), IDLIB,
              (TURKEY,), killed=12, injured=3, source="b", evidence="Turkish drones struck Saraqib."),
        event("e3", "Protests", "Peaceful protest", date(2021, 4, 2), KABUL, (CROWD,), source="c",
              evidence="Hundreds marched in Kabul."),
        event("e4", "Violence against civilians", "Attack", None, KABUL, (CIVILIANS,), injured=2,
              source="c", evidence="Gunmen attacked a bus."),
        event("e5", "Battles", "Armed clash", date(2021, 4, 30), None, (), source="d"),
    ]  # fmt: skip

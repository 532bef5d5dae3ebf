"""The public event schema (pydantic v2) and the event taxonomy.

Field names are a public contract: callers and the evaluation read them through
``event.model_dump(mode="json")``. ``Event.model_json_schema()`` is the documented schema.
The taxonomy (ACLED's event types and sub-event types plus Diplomacy/Talks, the actor kinds, their groups
and which kinds may not initiate which type) is
read from ``resources/taxonomy.yaml``; this module is the one place that enumerates it, and
validation enforces that a sub-event type belongs to its event type.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .data import load_yaml


def _taxonomy() -> dict:
    return load_yaml("taxonomy.yaml")


#: event_type -> tuple of its sub_event_types
EVENT_TYPES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _taxonomy()["event_types"].items()}
#: sub_event_type -> its event_type
SUB_EVENT_PARENT: dict[str, str] = {s: t for t, subs in EVENT_TYPES.items() for s in subs}
#: the actor kinds an Actor may have
ACTOR_KINDS: tuple[str, ...] = tuple(_taxonomy()["actor_kinds"])
#: named groups of actor kinds ("state_forces", "armed", "non_state_armed", "unarmed_crowd")
ACTOR_KIND_GROUPS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in _taxonomy()["actor_kind_groups"].items()
}
#: event type -> the actor kinds that cannot initiate it
NOT_INITIATORS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in _taxonomy()["not_initiators"].items()
}
#: the kinds of violence that count as "violent" (Battles, Explosions/Remote violence, VAC, Riots)
VIOLENT_TYPES: frozenset[str] = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)

Precision = Literal["day", "week", "month", "year"]
PlacePrecision = Literal["point", "city", "admin2", "admin1", "country"]
Role = Literal["initiator", "target", "participant"]
Qualifier = Literal["exact", "at_least", "at_most", "approximate"]


def _schema_without_examples(schema: dict[str, Any]) -> None:
    """The JSON schema's description is the class docstring up to its first doctest example."""
    text = schema.get("description")
    if text and ">>>" in text:
        schema["description"] = text.split(">>>", 1)[0].strip()


class _Model(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", validate_default=True, json_schema_extra=_schema_without_examples
    )


class Evidence(_Model):
    """A span of the caller's text that supports an event.

    >>> text = "Gunmen killed 3 people."
    >>> Evidence(doc_id="a", start=0, end=len(text), text=text).end
    23
    """

    doc_id: str | None = Field(None, description="the document the span is in")
    start: int = Field(ge=0, description="start character offset into the text the caller passed")
    end: int = Field(ge=0, description="end character offset (exclusive)")
    text: str = Field(description="the text at [start, end)")

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) must not be before start ({self.start})")
        return self


class DateSpan(_Model):
    """When an event happened: a day, or a week/month/year when that is all the text allows.

    >>> DateSpan(start="2020-02-01", end="2020-02-29", precision="month", text="in February").end
    datetime.date(2020, 2, 29)
    """

    start: date
    end: date
    precision: Precision = "day"
    text: str | None = Field(None, description="the words the date was read from")
    anchor: Literal["published", "header", "masthead", "dateline", "none"] | None = Field(
        None, description="what a relative date was resolved against"
    )

    @model_validator(mode="after")
    def _ordered(self) -> DateSpan:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) must not be before start ({self.start})")
        return self


class Location(_Model):
    """Where an event happened, resolved through the offline gazetteer.

    >>> Location(name="Balyun", admin1="Idlib", country="Syria", country_code="SYR", precision="city").admin1
    'Idlib'
    >>> Location(country_code="SY")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Location
    ...
    """

    name: str | None = Field(None, description="the place as the text names it")
    gazetteer_name: str | None = Field(
        None, description="the gazetteer entry's own name; None when the place was not in the gazetteer"
    )
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = Field(None, description="ISO 3166-1 alpha-3 (Kosovo: XKX)")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    precision: PlacePrecision | None = None
    text: str | None = None

    @field_validator("country_code")
    @classmethod
    def _alpha3(cls, v: str | None) -> str | None:
        if v is not None and (len(v) != 3 or not v.isalpha() or not v.isupper()):
            raise ValueError(f"country_code must be an upper-case ISO 3166-1 alpha-3 code, got {v!r}")
        return v


class Actor(_Model):
    """Who took part, with the role they played and ACLED's actor category.

    >>> Actor(name="Military Forces of Turkey", role="target", kind="external_forces").kind
    'external_forces'
    """

    name: str
    role: Role
    kind: str = "other"
    country_code: str | None = None
    text: str | None = None

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if v not in ACTOR_KINDS:
            raise ValueError(f"kind must be one of {', '.join(ACTOR_KINDS)}; got {v!r}")
        return v

    @field_validator("country_code")
    @classmethod
    def _alpha3(cls, v: str | None) -> str | None:
        return Location._alpha3(v)


#: the largest count of people killed or injured a Count accepts (more is not a casualty figure)
MAX_COUNT = 10_000_000


class Count(_Model):
    """A number of people killed or injured: a best estimate with low/high bounds, each in
    0..MAX_COUNT, with low <= best <= high.

    >>> Count(best=12, qualifier="at_least", text="at least 12")
    Count(best=12, low=12, high=12, qualifier='at_least', text='at least 12')
    >>> Count(best=5, low=7)
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Count
    ...
    """

    best: int = Field(ge=0, le=MAX_COUNT)
    low: int | None = Field(None, ge=0, le=MAX_COUNT)
    high: int | None = Field(None, ge=0, le=MAX_COUNT)
    qualifier: Qualifier = "exact"
    text: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _fill_bounds(cls, data):
        if isinstance(data, dict) and data.get("best") is not None:
            data = dict(data)
            if data.get("low") is None:
                data["low"] = data["best"]
            if data.get("high") is None:
                data["high"] = data["best"]
        return data

    @model_validator(mode="after")
    def _ordered(self) -> Count:
        if not (self.low <= self.best <= self.high):
            raise ValueError(
                f"need low <= best <= high, got low={self.low} best={self.best} high={self.high}"
            )
        return self


class Event(_Model):
    """One real-world incident: what happened, when, where, who to whom, how many killed or injured.

    >>> e = Event(id="e1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
    ...           fatalities=Count(best=33), sources=["afp"])
    >>> e.model_dump(mode="json")["fatalities"]
    {'best': 33, 'low': 33, 'high': 33, 'qualifier': 'exact', 'text': None}
    >>> Event(id="e2", event_type="Battles", sub_event_type="Air/drone strike")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Event
    ...
    """

    id: str = Field(description="stable identifier: the same input gives the same id")
    event_type: str
    sub_event_type: str | None = None
    date: DateSpan | None = None
    location: Location | None = None
    actors: list[Actor] = Field(default_factory=list)
    fatalities: Count | None = None
    injuries: Count | None = None
    reported_by: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="ids of the documents the event comes from")
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(0.5, ge=0.0, le=1.0)
    merged_from: list[Event] = Field(
        default_factory=list,
        description="the single-report events this incident was fused from (EventCollection.merge); "
        "empty for an event read from one document",
    )

    @field_validator("event_type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in EVENT_TYPES:
            raise ValueError(f"event_type must be one of {', '.join(EVENT_TYPES)}; got {v!r}")
        return v

    @model_validator(mode="after")
    def _sub_type_belongs(self) -> Event:
        s = self.sub_event_type
        if s is not None and s not in EVENT_TYPES[self.event_type]:
            raise ValueError(
                f"sub_event_type {s!r} does not belong to event_type {self.event_type!r} "
                f"(allowed: {', '.join(EVENT_TYPES[self.event_type])})"
            )
        return self

    def actors_with_role(self, role: str) -> list[Actor]:
        """The actors playing ``role`` ("initiator", "target" or "participant").

        >>> army = Actor(name="Military Forces of Syria", role="initiator", kind="state_forces")
        >>> Event(id="e", event_type="Battles", actors=[army]).actors_with_role("initiator") == [army]
        True
        """
        return [a for a in self.actors if a.role == role]


def make_event_id(doc_id: str | None, event_type: str, anchors: list[tuple[int, int]]) -> str:
    """A deterministic id from the document id, the event type and its evidence offsets."""
    key = f"{doc_id or ''}|{event_type}|" + ";".join(f"{s}-{e}" for s, e in sorted(anchors))
    return "evx-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

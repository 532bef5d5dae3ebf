"""The layers eventx components put on a Doc: one pydantic record type per layer.

Each component adds its own layer (``doc._.eventx_dates``, ``doc._.eventx_places`` ...) and never edits
another's. Records carry character offsets into ``doc.text`` (which is exactly the caller's text) and
``sent_start``, the start offset of the sentence they were found in, so later components can join
layers by sentence without holding Span objects. They are stored on the Doc as JSON dicts (see
``eventx.extensions``), which keeps docs serialisable for ``nlp.pipe(n_process=...)`` and ``DocBin``.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0, description="start character offset in doc.text")
    end: int = Field(ge=0, description="end character offset in doc.text")
    text: str
    sent_start: int = Field(ge=0, description="start offset of the sentence holding the mention")


class DateMention(_Record):
    """A date expression resolved against the document's anchor date."""

    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None  # day | week | month | year
    relative: bool = False
    kind: str = "point"  # point | period | label (a year naming a thing: "the 2011 uprising")
    future: bool = False  # the clause speaks of a plan or a future event
    reported: bool = False  # the date of a verb of saying ("police said on Friday"): the day of the report


# how fine each place precision is (higher: finer); a mention's specificity starts from it
PRECISION_RANK = {"point": 5.0, "city": 4.0, "admin2": 3.0, "admin1": 2.0, "country": 1.0}


class PlaceMention(_Record):
    """A place mention resolved through the gazetteer."""

    name: str
    admin1: str | None = None
    admin2: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: str = "city"  # point | city | admin2 | admin1 | country | none (unplaced)
    # mention | dateline | headline (named above the story) | government (a capital standing for a state)
    # | unplaced (a name written as a place that neither the gazetteer nor a holder places) | road (the
    # first town of a road named by the towns it joins: the place only where nothing finer is named) |
    # modifier (a country naming whose state forces a noun names: "a Myanmar army position")
    context: str = "mention"
    gazetteer_name: str | None = None  # the gazetteer entry's own name ("Saraqib" for "Saraqeb")
    resolved: bool = True  # False: a name the gazetteer lacks, placed by the area written around it
    specificity: float = 0.0  # how fine the mention is (higher: finer); the event stage's tie-breaker


class CasualtyMention(_Record):
    """One casualty statement: how many of whom were killed / injured / ..."""

    status: str  # killed | injured | missing | abducted | arrested | casualties
    best: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    number_text: str = ""
    negated: bool = False  # "no one was hurt" -> 0
    unknown: bool = False  # "an unknown number" -> no count
    cumulative: bool = False  # a running total, never an incident's count
    shared_by: int = Field(default=1, ge=1, description="number of incidents a stated total covers")
    additional: bool = False  # "2 militants were also killed": victims besides those counted before
    update: bool = False  # "the death toll rose to six": a newer total of the incident, replacing its count
    victim: str | None = None  # "Turkish soldiers"
    victim_kind: str | None = None  # an actor kind, e.g. state_forces, civilians
    victim_country: str | None = None  # alpha-3
    reported_by: list[str] = Field(default_factory=list)
    unconfirmed: bool = False
    trigger: int = Field(ge=0, description="character offset of the casualty word (killed, dead ...)")


class ActorMention(_Record):
    """An actor mention, normalised."""

    name: str
    kind: str
    country_code: str | None = None
    head: int = Field(ge=0, description="token index of the mention's head")
    target_only: bool = False  # a thing or office-holder attacked ("a customs post"): never an initiator

"""The records the event stage passes between its steps: a Doc's layers, mentions and incidents."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..models import Actor
from ..records import ActorMention, CasualtyMention, DateMention, PlaceMention


@dataclass(frozen=True)
class Layers:
    """The record layers of one Doc, read once: the Doc getters validate the whole layer on every read."""

    dates: list[DateMention]
    places: list[PlaceMention]
    casualties: list[CasualtyMention]
    actors: list[ActorMention]

    @classmethod
    def of(cls, doc: Doc) -> Layers:
        return cls(doc._.eventx_dates, doc._.eventx_places, doc._.eventx_casualties, doc._.eventx_actors)


@dataclass
class Mention:
    """One sentence's report of an incident: its trigger and the arguments linked to it."""

    sent: Span
    trigger_start: int
    trigger_end: int
    entry: dict | None  # the trigger lexicon entry; None for a killing with no trigger word
    anaphor: bool = False
    supported: bool = True  # False: a bare reference ("the deadly bombardment") that only joins an incident
    background: bool = False  # told as what another act answers ("in retaliation for air strikes")
    casualties: list[CasualtyMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    back_dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)

    @property
    def trigger(self) -> Token:
        return self.sent.doc[self.trigger_start : self.trigger_end].root

    def counts(self, status: str) -> list[CasualtyMention]:
        return [c for c in self.casualties if c.status == status and not c.cumulative and not c.unknown]

    @property
    def hurt(self) -> bool:
        """The mention tells of someone killed or injured (not "no one was hurt")."""
        return any(c.status in ("killed", "injured") and not c.negated for c in self.casualties)


@dataclass
class Incident:
    """Mentions that tell one incident, with the type and actors decided for it."""

    mentions: list[Mention]
    event_type: str
    sub_event_type: str | None
    actors: list[Actor]

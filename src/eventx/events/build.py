"""The event stage's last step: from merged incidents to validated Events.

``build_events`` applies responsibility claims, then for each incident chooses its date, place and
counts (``fields``), applies ACLED's coding conventions to its actors (``conventions``) and scores it
(``confidence``). It is the only place that creates ``Event`` objects.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Event, Evidence, make_event_id
from ..text.recase import ORIGINAL_TEXT
from .claims import apply_claims
from .confidence import event_confidence
from .conventions import convention_actors, dedupe_actors, localise
from .fields import incident_count, incident_date, landmark_of, undated
from .location import (
    actors_country,
    document_country,
    home_country,
    incident_location,
    line_country,
    named_unplaced,
)
from .mentions import Incident, Layers


def build_events(doc: Doc, incidents: list[Incident], layers: Layers) -> list[Event]:
    """Validated Events, one per incident, in order of first mention."""
    apply_claims(doc, incidents)
    taken = {d.start: id(inc) for inc in incidents for m in inc.mentions for d in (*m.dates, *m.back_dates)}
    events = [_event(doc, inc, taken, layers) for inc in incidents]
    return [_dated_by_landmark(events, incidents, i) for i in range(len(events))]


def _dated_by_landmark(events: list[Event], incidents: list[Incident], i: int) -> Event:
    """An event with no day stated that is named as the landmark of another or as caused by it ("shot
    five people not far from protests", "were killed, sparking protests": ``landmark_of``) takes that
    event's date, not the week before the report."""
    event = events[i]
    other = landmark_of(incidents[i], incidents) if undated(event.date) else None
    if other is None:
        return event
    date = next(events[k].date for k, inc in enumerate(incidents) if inc is other)
    return event if date is None or undated(date) else event.model_copy(update={"date": date})


def _event(doc: Doc, inc: Incident, taken: dict[int, int], layers: Layers) -> Event:
    """The Event of one incident; ``taken`` maps a date mention's start to its incident's id."""
    doc_id = doc._.doc_id
    evidence, anchors = _evidence(doc, inc)
    location = named_unplaced(
        inc,
        incident_location(inc, layers, doc)
        or home_country(inc)
        or line_country(inc)
        or actors_country(inc)
        or document_country(inc, doc, layers.places),
        doc,
    )
    fields = {
        "date": incident_date(doc, inc, taken, layers),
        "location": location,
        "actors": dedupe_actors(localise(convention_actors(inc, location, layers), location)),
        "fatalities": incident_count(inc, "killed"),
        "injuries": incident_count(inc, "injured"),
    }
    reported = sorted({r for m in inc.mentions for c in m.casualties for r in c.reported_by})
    return Event(
        id=make_event_id(doc_id, inc.event_type, anchors[:1]),
        event_type=inc.event_type,
        sub_event_type=inc.sub_event_type,
        reported_by=reported,
        sources=[doc_id] if doc_id else [],
        evidence=evidence,
        confidence=event_confidence(inc, fields),
        **fields,
    )


def _evidence(doc: Doc, inc: Incident) -> tuple[list[Evidence], list[tuple[int, int]]]:
    """The incident's sentences as evidence (each once, trimmed) and its triggers' character spans."""
    doc_id = doc._.doc_id
    written = doc.user_data.get(ORIGINAL_TEXT)  # the caller's text of a Doc read recased
    evidence, anchors = [], []
    for m in inc.mentions:
        s = m.sent
        text = (written[s.start_char : s.end_char] if written else s.text).rstrip()
        lead = len(text) - len(text.lstrip())
        ev = Evidence(
            doc_id=doc_id, start=s.start_char + lead, end=s.start_char + len(text), text=text.strip()
        )
        if ev not in evidence:
            evidence.append(ev)
        anchors.append((doc[m.trigger_start].idx, doc[m.trigger_end - 1].idx))
    return evidence, anchors

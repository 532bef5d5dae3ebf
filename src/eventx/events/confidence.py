"""An event's confidence: 0.3 (0.4 when a trigger word names the kind of event) + 0.1 for each of a
day-precise date, location, initiator, target/participant, a casualty count, and a second mention;
- 0.2 when the report is unconfirmed; clipped to [0.05, 1]."""

from __future__ import annotations

from .mentions import Incident


def event_confidence(inc: Incident, ev: dict) -> float:
    """The event's confidence from its incident and chosen fields ``ev`` (see the module docstring)."""
    score = 0.4 if any(m.entry is not None for m in inc.mentions) else 0.3
    score += 0.1 * sum(
        bool(x)
        for x in (
            ev["date"] is not None and ev["date"].precision == "day",
            ev["location"] is not None,
            any(a.role == "initiator" for a in ev["actors"]),
            any(a.role in ("target", "participant") for a in ev["actors"]),
            ev["fatalities"] is not None or ev["injuries"] is not None,
            len(inc.mentions) > 1,
        )
    )
    if any(c.unconfirmed for m in inc.mentions for c in m.casualties):
        score -= 0.2
    return round(min(max(score, 0.05), 1.0), 3)

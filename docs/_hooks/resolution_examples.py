"""Worked examples for docs/resolution.md: sentences written for the docs, run through eventx at build time.

The tables show what eventx makes of each sentence today, so the page cannot claim an output the code
does not give. Each section's rows are ``(text, published)``.
"""

from __future__ import annotations

from collections.abc import Callable

from eventx.models import Event

PUBLISHED = "2021-05-06"  # a Thursday

COUNTS = [
    "At least 12 villagers were killed in an attack on Kaya.",
    "Between 20 and 25 soldiers were killed in the fighting near Palmyra.",
    "Dozens of civilians were killed in an air strike on Idlib.",
    "Gunmen shot and killed a shopkeeper in Karachi.",
    "Three fighters and a police officer were killed in clashes in Mosul.",
    "Gunmen attacked a police post in Kandahar. No one was hurt.",
    "A car bomb exploded in Mogadishu, killing four people. The death toll later rose to six.",
    "The bombing in Kabul brought the number of people killed this year to 300.",
]

DATES = [
    "Gunmen killed two farmers in Kaya on Tuesday.",
    "Gunmen killed two farmers in Kaya last night.",
    "Gunmen killed two farmers in Kaya on 2 May.",
    "Gunmen killed two farmers in Kaya on 28 December.",
    "Gunmen killed two farmers in Kaya in March 2019.",
    "Police said on Friday that gunmen killed two farmers in Kaya on Tuesday.",
]

PLACES = [
    "Gunmen killed two farmers in Kabul.",
    "Gunmen killed two farmers in Calama, Antofagasta.",
    "Soldiers clashed with rebels in Saraqib, in Idlib province.",
    "Protesters marched in the capital of Kenya.",
    "KABUL (Reuters) - A roadside bomb killed three soldiers on Monday.",
    "A drone strike killed four militants in northern Mali.",
]


def _count(c) -> str:
    return "-" if c is None else f"{c.best} ({c.low}-{c.high}, {c.qualifier})"


def _date(e: Event) -> str:
    d = e.date
    if d is None:
        return "-"
    span = d.start.isoformat() if d.start == d.end else f"{d.start} to {d.end}"
    return f"{span} ({d.precision}) from \"{d.text}\"" if d.text else f"{span} ({d.precision})"


def _place(e: Event) -> str:
    loc = e.location
    if loc is None:
        return "-"
    parts = [p for p in (loc.name, loc.admin1, loc.country_code) if p]
    return f"{', '.join(parts)} ({loc.precision})"


def _table(texts: list[str], head: list[str], cells: Callable[[Event], list[str]]) -> str:
    import eventx

    rows = ["| text | " + " | ".join(head) + " |", "|---" * (len(head) + 1) + "|"]
    for text in texts:
        events = eventx.extract(text, published=PUBLISHED, doc_id="example")
        shown = [cells(e) for e in events] or [["(no event)"] + [""] * (len(head) - 1)]
        for i, row in enumerate(shown):
            quoted = f'"{text}"' if i == 0 else '"' + " ... " + '"'
            rows.append(f"| {quoted} | " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
    return "\n".join(rows) + "\n"


def counts_table() -> str:
    """Each count sentence's events: type, killed and injured as best (low-high, qualifier)."""
    return _table(COUNTS, ["event", "killed", "injured"],
                  lambda e: [e.sub_event_type or e.event_type, _count(e.fatalities), _count(e.injuries)])


def dates_table() -> str:
    """Each date sentence's event dates, published on Thursday 6 May 2021."""
    return _table(DATES, ["date"], lambda e: [_date(e)])


def places_table() -> str:
    """Each place sentence's event locations: name, admin1, country, precision."""
    return _table(PLACES, ["location"], lambda e: [_place(e)])

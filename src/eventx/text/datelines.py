"""Datelines: the place (and agency) a wire report opens with, "KABUL, Feb 28 (Reuters) -",
"MOGADISHU, Somalia (AP) —", "OUAGADOUGOU, Burkina Faso (AP) —", "MOSCOW/WASHINGTON –".

The town is written in capitals; a country or a date may follow it after a comma, an agency in
brackets, and a dash ends the dateline. The document component keeps a dateline one sentence of its
own (the parser otherwise splits it after the town and reads the country as the subject of the story's
first verb); ``geo.evidence`` reads its places.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "dateline_at", "datelines"]

DATELINE = re.compile(
    r"\s*(?:date\s+\S+\s+)?(?P<names>[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+)*)"
    r"(?:,\s*(?P<after>[A-Z][\w.]*(?: [A-Z][\w.]*)*(?:\s+\d{1,2})?))?\s*(?:\([A-Za-z ]+\)\s*)?[-–—]\s"
)


def dateline_at(text: str, start: int = 0) -> re.Match[str] | None:
    """The dateline that opens ``text`` at ``start`` (a line's first character), or None."""
    return DATELINE.match(text, start)


def datelines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the datelines that open lines of ``text``, the dash included."""
    out = []
    for line in re.finditer(r"(?m)^[^\n]*", text):
        m = dateline_at(text, line.start())
        if m is not None:
            out.append((m.start("names"), m.end()))
    return out

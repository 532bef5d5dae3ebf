"""The date a document states as its own (header line, masthead, dateline), and future markers.

Pure functions, no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .date_math import safe_date
from .date_words import MONTH_FORMS, TEMPORAL_DATA, WEEKDAY_FORMS, alternation
from .temporal import resolve

__all__ = ["find_text_date", "is_future_marker"]

_WD_ANY = alternation(WEEKDAY_FORMS)
_MON_ANY = alternation(MONTH_FORMS)
_ABS_DATE = (
    rf"(?:(?:{_WD_ANY})\.?,?\s+)?"
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+(?:{_MON_ANY})\.?,?[\s\-]+\d{{4}}"
    rf"|(?:{_MON_ANY})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}})(?!\d)"
)
_HEADER_RE = re.compile(
    r"(?:^|[|•·])[ \t]*(?:" + "|".join(TEMPORAL_DATA["header_labels"]) + ")"
    r"(?:[ \t]+(?:on|at))?[ \t]*[:\-–—]?[ \t]*"
    rf"(?P<date>{_ABS_DATE})",
    re.I | re.M,
)
_MASTHEAD_RE = re.compile(
    rf"(?P<date>{_ABS_DATE})(?:\s*,?\s*\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{{2,4}})?)?",
    re.I,
)
_DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\- ]*(?:/[A-Z][A-Z.'\- ]*)*(?:,[ \t]*[A-Z][A-Za-z.'\- ]*)?,[ \t]+"
    rf"(?P<date>(?i:(?P<mon>{_MON_ANY})\.?[ \t]+(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})[ \t]+(?P<mon2>{_MON_ANY})\.?)(?:,?[ \t]+(?P<year>\d{{4}}))?)"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-–—]",
    re.M,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MASTHEAD_LINES = 5


def _header_date(head: str) -> tuple[date, str, int, int] | None:
    for match in _HEADER_RE.finditer(head):
        found = resolve(match["date"], None)
        if found is not None:
            return found.start, "header", match.start("date"), match.end("date")
    return None


def _masthead_date(head: str) -> tuple[date, str, int, int] | None:
    offset, seen = 0, 0
    for line in head.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            seen += 1
            match = _MASTHEAD_RE.fullmatch(stripped)
            found = resolve(match["date"], None) if match else None
            if found is not None and match is not None:
                start = offset + line.index(stripped) + match.start("date")
                return found.start, "masthead", start, start + len(match["date"])
            if seen >= _MASTHEAD_LINES:
                break
        offset += len(line)
    return None


def _dateline_date(head: str) -> tuple[date, str, int, int] | None:
    for match in _DATELINE_RE.finditer(head):
        month = MONTH_FORMS[(match["mon"] or match["mon2"]).lower()]
        day = int(match["day"] or match["day2"])
        year_text = match["year"]
        if year_text is None:  # only a year stated above the dateline counts, not one in the story
            year_match = _YEAR_RE.search(head, 0, match.start())
            year_text = year_match.group() if year_match else None
        found = safe_date(int(year_text), month, day) if year_text else None
        if found is not None:
            return found, "dateline", match.start("date"), match.end("date")
    return None


def dateline_date_span(text: str, *, max_chars: int = 400) -> tuple[int, int] | None:
    """Character offsets of the date a dateline states ("OUAGADOUGOU, June 5 (Reuters) -"), with or
    without a year: the day the report was filed, which dates no event it tells; None without one."""
    match = _DATELINE_RE.search(text[:max_chars])
    return (match.start("date"), match.end("date")) if match else None


def find_text_date(text: str, *, max_chars: int = 400) -> tuple[date, str, int, int] | None:
    """The date a document states as its own, looked for in its first ``max_chars`` characters.

    Tries header lines ("Published: 28 Feb 2020"), then a masthead (a line near the top that is
    only a date), then a dateline ("MOSCOW, Feb 28 (Reuters) -", used only if it states a year or
    a year appears above it). Returns (date, source, start, end) with source "header" |
    "masthead" | "dateline" and character offsets of the date text, or None.
    """
    head = text[:max_chars]
    return _header_date(head) or _masthead_date(head) or _dateline_date(head)


# --------------------------------------------------------------------------------------------
# is_future_marker()


def _marker_pattern(markers: Iterable[str]) -> re.Pattern[str]:
    parts = []
    for marker in markers:
        body = marker.replace("'", "['’]")
        parts.append(body if marker.startswith("'") else rf"(?<!\w){body}")
    return re.compile(rf"(?:{'|'.join(parts)})(?!\w)", re.I)


_FUTURE_RE = _marker_pattern(TEMPORAL_DATA["future_markers"])


def is_future_marker(sentence: str) -> bool:
    """True if the sentence talks about the future ("will", "plans to", "is due to", "next week")."""
    return _FUTURE_RE.search(sentence) is not None

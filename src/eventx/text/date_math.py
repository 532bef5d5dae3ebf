"""Calendar arithmetic for date resolution: month spans, weeks, two-digit years, the year of a
day-month without one, and the spans of relative expressions ("last week", "yesterday").

Pure functions, no spaCy, no machine clock: every relative result is computed from an explicit anchor.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .date_words import TEMPORAL_DATA

__all__ = [
    "CalendarSpan",
    "add_months",
    "full_year",
    "monday",
    "month_span",
    "monthless_day",
    "relative_span",
    "safe_date",
    "weekday_date",
    "yearless_day",
    "yearless_month",
]

_YY_AHEAD: int = TEMPORAL_DATA["two_digit_year_ahead"]
_YY_PIVOT: int = TEMPORAL_DATA["two_digit_year_pivot"]
_SLACK = timedelta(days=TEMPORAL_DATA["yearless_slack_days"])
_DAY_SLACK = timedelta(days=TEMPORAL_DATA["monthless_slack_days"])


@dataclass(frozen=True)
class CalendarSpan:
    """A resolved calendar span before it becomes a ResolvedDate (``start``/``end`` inclusive)."""

    start: date
    end: date
    precision: str
    relative: bool
    kind: str | None = None  # overrides the kind implied by prepositions


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (31 April, 29 February of a common year)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of the month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    """(year, month) ``offset`` months after (before, if negative) the given month."""
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def monday(day: date) -> date:
    """The Monday of the week of ``day`` (weeks run Monday to Sunday)."""
    return day - timedelta(days=day.weekday())


def full_year(text: str, anchor: date | None) -> int:
    """Four-digit year from "2020", "20", "'88" (two-digit years per the YAML convention)."""
    digits = text.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    if anchor is None:
        return (1900 if yy > _YY_PIVOT else 2000) + yy
    year = anchor.year // 100 * 100 + yy
    if year > anchor.year + _YY_AHEAD:
        year -= 100
    elif year <= anchor.year + _YY_AHEAD - 100:
        year += 100
    return year


def yearless_day(month: int, day: int, anchor: date, future: bool, weekday: int | None) -> date | None:
    """Year for a day-month: the latest one not after anchor+slack (earliest not before, if future)."""
    step = 1 if future else -1
    years = range(anchor.year - step, anchor.year + 9 * step, step)
    fits = [
        d
        for d in (safe_date(y, month, day) for y in years)
        if d is not None and (d >= anchor - _SLACK if future else d <= anchor + _SLACK)
    ][:2]
    if weekday is not None:  # "Friday, Feb. 28": prefer the nearer year whose weekday agrees
        fits = [d for d in fits if d.weekday() == weekday] + fits
    return fits[0] if fits else None


def monthless_day(day: int, anchor: date, future: bool) -> date | None:
    """Month for "the 28th": the latest not after anchor+slack (earliest not before, if future)."""
    step = 1 if future else -1
    for offset in range(-step, 4 * step, step):
        found = safe_date(*add_months(anchor.year, anchor.month, offset), day)
        if found is not None and (found >= anchor - _DAY_SLACK if future else found <= anchor + _DAY_SLACK):
            return found
    return None


def yearless_month(month: int, anchor: date, future: bool, rel: str | None) -> int:
    """Year for a bare month name ("in December", "last March")."""
    here = (anchor.year, anchor.month)
    if rel in ("last", "past", "previous"):
        return anchor.year if (anchor.year, month) < here else anchor.year - 1
    if rel in ("next", "coming"):
        return anchor.year if (anchor.year, month) > here else anchor.year + 1
    if rel == "this":
        return anchor.year
    start, end = month_span(anchor.year, month)
    if future:
        return anchor.year if end >= anchor else anchor.year + 1
    return anchor.year if start <= anchor else anchor.year - 1


def weekday_date(weekday: int, anchor: date, rel: str | None, future: bool) -> date:
    """Most recent such day on or before the anchor (next on or after it if future)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return anchor - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def relative_span(spec: dict[str, Any], anchor: date, future: bool) -> CalendarSpan:
    """Span of a relative expression from the YAML table."""
    unit, offset = spec["unit"], spec["offset"]
    precision = "day" if unit == "weekend" else unit
    if unit == "day":
        start = anchor + timedelta(days=offset)
        end = start + timedelta(days=spec.get("span", 1) - 1)
    elif unit == "week":
        start = monday(anchor) + timedelta(weeks=offset)
        end = start + timedelta(days=6)
    elif unit == "weekend":
        if future and anchor.weekday() < 6:
            start = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
        else:
            start = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        start += timedelta(weeks=offset)
        end = start + timedelta(days=1)
    elif unit == "month":
        start, end = month_span(*add_months(anchor.year, anchor.month, offset))
    else:
        start, end = date(anchor.year + offset, 1, 1), date(anchor.year + offset, 12, 31)
    if spec.get("clip") == "past":
        end = max(start, min(end, anchor))
    elif spec.get("clip") == "future":
        start = min(end, max(start, anchor))
    return CalendarSpan(start, end, precision, True)

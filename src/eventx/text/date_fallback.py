"""dateparser as the fallback for unusual absolute date forms, always with an explicit base date.

With no anchor its relative-time parser is disabled and any result that depends on the base is
dropped, so the machine clock never decides a date.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Any

from .date_math import CalendarSpan, monday, month_span
from .date_words import MONTH_FORMS, alternation

__all__ = ["dateparser_fallback"]

# Worth handing to dateparser only if something calendar-like is present ...
_DP_GATE_RE = re.compile(
    rf"\d{{1,4}}\s*[-/.]\s*\d{{1,2}}|\b[12]\d{{3}}\b|\b\d{{1,2}}(?:st|nd|rd|th)\b|\b(?:{alternation(MONTH_FORMS)})\b",
    re.I,
)
# ... and no duration, decade or compound adjective ("10 years", "2-year", "1990s").
_DP_BLOCK_RE = re.compile(
    r"\d\s*-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b|\d0['’]?s\b",
    re.I,
)

_NO_ANCHOR_BASE = datetime(2000, 6, 15)  # a fixed base: results depending on it are discarded


@functools.lru_cache(maxsize=64)
def _dp_parser(base: datetime, future: bool, absolute_only: bool) -> Any:
    """One cached dateparser DateDataParser per (base, direction, absolute_only)."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if absolute_only:
        settings["PARSERS"] = ["timestamp", "custom-formats", "absolute-time"]
        settings["REQUIRE_PARTS"] = ["year"]
    return DateDataParser(languages=["en"], settings=settings)


def _dp_span(text: str, base: datetime, future: bool, absolute_only: bool) -> tuple[date, date, str] | None:
    data = _dp_parser(base, future, absolute_only).get_date_data(text)
    if data.date_obj is None or not 1000 <= data.date_obj.year <= 2999:
        return None
    day = data.date_obj.date()
    if data.period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31), "year"
    if data.period == "month":
        return (*month_span(day.year, day.month), "month")
    if data.period == "week":
        return monday(day), monday(day) + timedelta(days=6), "week"
    return day, day, "day"


def dateparser_fallback(text: str, anchor: date | None, future: bool) -> CalendarSpan | None:
    """Ask dateparser; a result that changes with the base is relative (dropped without anchor)."""
    if not _DP_GATE_RE.search(text) or _DP_BLOCK_RE.search(text):
        return None
    absolute_only = anchor is None
    base = _NO_ANCHOR_BASE if anchor is None else datetime(anchor.year, anchor.month, anchor.day)
    found = _dp_span(text, base, future, absolute_only)
    if found is None:
        return None
    other = _dp_span(text, base - timedelta(days=3 * 365 + 47), future, absolute_only)
    relative = other != found
    if relative and anchor is None:
        return None
    if not relative and not _year_stated(text, found[0].year):
        return None  # e.g. "the 28th" read as the year 1928
    return CalendarSpan(found[0], found[1], found[2], relative)


def _year_stated(text: str, year: int) -> bool:
    """Whether ``year`` is written in ``text``: in full, or as two digits next to a month/numeric date."""
    if re.search(rf"(?<!\d){year}(?!\w)", text):
        return True
    two_digits = re.search(rf"(?<![\w.,:/-])['’]?{year % 100:02d}(?!\w)", text)
    return two_digits is not None and _DP_GATE_RE.search(text[: two_digits.start()]) is not None

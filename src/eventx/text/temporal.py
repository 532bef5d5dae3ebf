"""Resolution of English date expressions in news reports (pure functions, no spaCy).

Every relative expression ("yesterday", "Thursday", "Feb. 28", "last week") is resolved against an
explicit *anchor*: the report's own date. The machine clock is never consulted. Without an anchor,
relative expressions resolve to ``None``; absolute ones ("29 September 2020") still resolve.

The common forms are handled by this module's own regular expressions (fast path). dateparser is
only a fallback for unusual absolute forms, always called with an explicit ``RELATIVE_BASE``; with
no anchor its relative-time parser is disabled and any result that depends on the base is dropped.

Vocabulary and conventions live in ``resources/temporal.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .date_fallback import dateparser_fallback
from .date_math import (
    CalendarSpan,
    add_months,
    full_year,
    monday,
    month_span,
    monthless_day,
    relative_span,
    safe_date,
    weekday_date,
    yearless_day,
    yearless_month,
)
from .date_words import MONTH_FORMS, MONTHS, TEMPORAL_DATA, WEEKDAY_FORMS, WEEKDAYS, alternation

__all__ = ["ResolvedDate", "resolve"]


@dataclass(frozen=True)
class ResolvedDate:
    """A date expression resolved to a calendar span.

    ``start``/``end`` are inclusive; ``precision`` is "day" | "week" | "month" | "year";
    ``relative`` is True when the anchor was needed; ``kind`` is "point" (the day or period of an
    event), "period" (a span or bound such as "since December") or "non_date".
    """

    start: date
    end: date
    precision: str
    text: str
    relative: bool
    kind: str = "point"



_AMBIGUOUS_MONTHS = frozenset(TEMPORAL_DATA["ambiguous_months"])
_MONTH_CUES = frozenset(cue.rstrip("-") for cue in TEMPORAL_DATA["month_cues"])
_POINT_PREFIXES = frozenset(TEMPORAL_DATA["prefixes"]["point"])
_PERIOD_PREFIXES = frozenset(TEMPORAL_DATA["prefixes"]["period"])
_RELATIVE: dict[str, dict[str, Any]] = TEMPORAL_DATA["relative"]
_NUMBERS: dict[str, int] = TEMPORAL_DATA["numbers"]
_REJECT = frozenset(TEMPORAL_DATA["reject"])
_NUMERIC_ORDER: str = TEMPORAL_DATA["numeric_date_order"]


# --------------------------------------------------------------------------------------------
# Regular expressions (all matched case-insensitively against a cleaned expression)

_MON = rf"(?P<mon>{alternation(MONTH_FORMS)})\.?"
_WDP = rf"(?:(?P<wd>{alternation(WEEKDAY_FORMS)})\.?,?\s*)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>\d{4}|['’]\d{2})"
_YEAR = r"(?P<year>\d{4}|['’]?\d{2})"
_REL = r"(?:(?P<rel>last|this|next|past|previous|coming)\s+)?"

_P_ISO = r"(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?:T[\d:.,+\-Z]*)?"
_P_NUM = r"(?P<a>\d{1,2})([/.\-])(?P<b>\d{1,2})\2(?P<year>\d{4}|\d{2})"
_P_YEARS = r"(?P<y1>[12]\d{3})\s*(?:-|–|—|/|to|and)\s*(?P<y2>[12]\d{3}|\d{2})"
_P_YEAR = r"(?:the\s+year\s+)?(?P<year>[12]\d{3})"
_P_MY = rf"{_MON}(?:,?\s+(?:of\s+)?|\s*){_YEAR4}"
_P_DMY = rf"{_WDP}?(?:the\s+)?{_DAY}(?:\s+of\s+|[\s\-/]+){_MON}(?:(?:,\s*|\s+|[-/]){_YEAR})?"
_P_MDY = rf"{_WDP}?{_MON}\s*{_DAY}(?:(?:,\s*|\s+(?:of\s+)?){_YEAR4})?"
_P_YMD = rf"(?P<year>\d{{4}}),?\s+{_MON}\s+{_DAY}"
_P_ORDINAL = r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
_P_WEEKDAY = rf"{_REL}(?P<wd>{alternation(WEEKDAYS)})"
_P_MONTH = rf"{_REL}{_MON}"
_P_AGO = rf"(?P<n>\d+|{alternation(_NUMBERS)})\s+(?P<unit>day|week|month|year)s?\s+ago"
#: "the last 24 hours", "during the past few hours": the hours before the report
_P_HOURS = (
    rf"(?:(?:in|during|over|within)\s+)?(?:the\s+)?(?:last|past|previous)\s+"
    rf"(?P<n>\d+|few|several|couple\s+of|{alternation(_NUMBERS)})\s+hours"
)
_HOURS_IN_A_DAY = 24
_MOST_HOURS = 48  # more than two days of hours reads as a trend, not one incident's time

_CLEAN_EDGES = ' \t\r\n"“”()[]{},;:!?'
_POSSESSIVE_RE = re.compile(r"(?<=[a-z])['’]s$", re.I)
_SPACES_RE = re.compile(r"\s+")
_PREFIX_RE = re.compile(
    rf"^(?P<w>{alternation(_POINT_PREFIXES | _PERIOD_PREFIXES | set(TEMPORAL_DATA['modifiers']['before']))})"
    r"(?:\s+|(?<=-))(?P<rest>\S.*)$",
    re.I,
)
_SUFFIX_RE = re.compile(
    rf"^(?P<rest>.*?\S)[\s,]+(?:{alternation(TEMPORAL_DATA['modifiers']['after'])})$", re.I
)
_TZ = r"(?:" + "|".join(TEMPORAL_DATA["time_zones"]) + ")"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}(?::\d{2})?"
    rf"|{alternation(TEMPORAL_DATA['times_of_day'])})"
    rf"(?:\s*\(?{_TZ}\)?)?(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?(?:\s+local\s+time)?"
)
_TIME_RE = re.compile(rf"^(?P<rest>.*?\S)[\s,]+(?:at\s+|around\s+|about\s+)?{_CLOCK}$", re.I)
# a clock time before the day: "6am on Wednesday", "5pm yesterday", "midnight Wednesday"
_LEAD_TIME_RE = re.compile(rf"^{_CLOCK}[\s,]+(?P<rest>\S.*)$", re.I)


# --------------------------------------------------------------------------------------------
# Pattern handlers: (match, anchor, future, cued) -> span, or None when the form is recognised
# but cannot be resolved (e.g. relative without an anchor).

_Handler = Callable[[re.Match[str], date | None, bool, bool], CalendarSpan | None]


def _day_span(day: date | None, relative: bool) -> CalendarSpan | None:
    return None if day is None else CalendarSpan(day, day, "day", relative)


def _h_iso(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    return _day_span(safe_date(int(m["year"]), int(m["month"]), int(m["day"])), False)


def _h_numeric(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    a, b = int(m["a"]), int(m["b"])
    if a > 12 or (b <= 12 and _NUMERIC_ORDER == "DMY"):
        a, b = b, a  # -> (month, day)
    return _day_span(safe_date(full_year(m["year"], anchor), a, b), False)


def _h_years(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    first = int(m["y1"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if last <= first:
        return None
    return CalendarSpan(date(first, 1, 1), date(last, 12, 31), "year", False, kind="period")


def _h_year(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    year = int(m["year"])
    return CalendarSpan(date(year, 1, 1), date(year, 12, 31), "year", False)


def _h_month_year(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    start, end = month_span(full_year(m["year"], anchor), MONTH_FORMS[m["mon"].lower()])
    return CalendarSpan(start, end, "month", False)


def _h_day_month(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    month, day = MONTH_FORMS[m["mon"].lower()], int(m["day"])
    if m["year"]:
        return _day_span(safe_date(full_year(m["year"], anchor), month, day), False)
    if anchor is None or not 1 <= day <= 31:
        return None
    named_weekday = m.groupdict().get("wd")
    weekday = WEEKDAY_FORMS[named_weekday.lower()] if named_weekday else None
    return _day_span(yearless_day(month, day, anchor, future, weekday), True)


def _h_ordinal(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    if anchor is None:
        return None
    return _day_span(monthless_day(int(m["day"]), anchor, future), True)


def _h_weekday(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    if anchor is None:
        return None
    return _day_span(weekday_date(WEEKDAYS[m["wd"].lower()], anchor, m["rel"], future), True)


def _h_month(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    name = m["mon"].lower()
    cued = cued or m["rel"] is not None
    if not cued and (name not in MONTHS or name in _AMBIGUOUS_MONTHS):
        return None  # "May" the modal, "March" the verb, a lone "Dec"
    if anchor is None:
        return None
    month = MONTH_FORMS[name]
    start, end = month_span(yearless_month(month, anchor, future, m["rel"]), month)
    return CalendarSpan(start, end, "month", True)


def _h_ago(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    if anchor is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
    unit = m["unit"].lower()
    if unit == "day":
        return _day_span(anchor - timedelta(days=n), True)
    if unit == "week":
        start = monday(anchor - timedelta(weeks=n))
        return CalendarSpan(start, start + timedelta(days=6), "week", True)
    if unit == "month":
        start, end = month_span(*add_months(anchor.year, anchor.month, -n))
        return CalendarSpan(start, end, "month", True)
    return CalendarSpan(date(anchor.year - n, 1, 1), date(anchor.year - n, 12, 31), "year", True)


def _h_hours(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    """The last N hours before the report: its day for fewer than 24 ("the last few hours"), else the
    days they reach back to ("the last 24 hours": the day before and the report's day)."""
    if anchor is None or future:
        return None
    word = m["n"].lower()
    n = int(word) if word.isdigit() else _NUMBERS.get(word, 0)  # few, several, a couple: under a day
    if n > _MOST_HOURS:
        return None
    back = -(-n // _HOURS_IN_A_DAY) if n >= _HOURS_IN_A_DAY else 0  # whole days reached into
    return CalendarSpan(anchor - timedelta(days=back), anchor, "day", True)


_PATTERNS: tuple[tuple[re.Pattern[str], _Handler], ...] = tuple(
    (re.compile(pattern, re.I), handler)
    for pattern, handler in (
        (_P_ISO, _h_iso),
        (_P_NUM, _h_numeric),
        (_P_YEARS, _h_years),
        (_P_YEAR, _h_year),
        (_P_MY, _h_month_year),
        (_P_DMY, _h_day_month),
        (_P_MDY, _h_day_month),
        (_P_YMD, _h_day_month),
        (_P_ORDINAL, _h_ordinal),
        (_P_WEEKDAY, _h_weekday),
        (_P_MONTH, _h_month),
        (_P_AGO, _h_ago),
        (_P_HOURS, _h_hours),
    )
)



# --------------------------------------------------------------------------------------------
# resolve()


def _clean(expression: str) -> str:
    text = _SPACES_RE.sub(" ", expression).strip(_CLEAN_EDGES).rstrip(".").strip(_CLEAN_EDGES)
    return _POSSESSIVE_RE.sub("", text)


def _strip(text: str) -> tuple[str, str, bool, bool]:
    """Strip prepositions and modifiers: (core text, kind, since?, month cue seen?)."""
    kind, since, cued = "point", False, False
    for _ in range(8):
        if text.lower() in _RELATIVE:
            break
        prefix = _PREFIX_RE.match(text)
        if prefix:
            word = prefix["w"].lower()
            cued = cued or word.rstrip("-") in _MONTH_CUES
            if word in _PERIOD_PREFIXES:
                kind, since = "period", since or word == "since"
            text = prefix["rest"]
            continue
        suffix = _SUFFIX_RE.match(text) or _TIME_RE.match(text) or _LEAD_TIME_RE.match(text)
        if not suffix:
            break
        text = suffix["rest"]
    return text, kind, since, cued


def _span_of(text: str, anchor: date | None, future: bool, cued: bool) -> CalendarSpan | None:
    low = text.lower()
    if low in _RELATIVE:
        return None if anchor is None else relative_span(_RELATIVE[low], anchor, future)
    if low in _REJECT:
        return None
    for pattern, handler in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return handler(match, anchor, future, cued)
    return dateparser_fallback(text, anchor, future)


def resolve(expression: str, anchor: date | None, *, future: bool = False) -> ResolvedDate | None:
    """Resolve one date expression (e.g. a spaCy DATE entity) against the report date ``anchor``.

    Accepts prepositions and modifiers ("On 29 September 2020", "late Thursday", "Thursday's",
    "early on Monday", "since December"). Weekdays mean the most recent such day on or before the
    anchor (on or after it if ``future``); a day-month without a year takes the latest year that
    does not put it after the anchor (beyond a small slack), or the earliest not before it if
    ``future``. Relative expressions need an anchor; with ``anchor=None`` they return None.
    Non-dates ("We", "May" alone, "eight-year", "two days", "the past three years") return None.
    The machine clock is never used. Results are cached (they depend only on the arguments).
    An expression whose date would fall outside years 1-9999 (from an anchor near either end) is None.
    """
    return _resolve_cached(expression, anchor, future)


@functools.lru_cache(maxsize=8192)
def _resolve_cached(expression: str, anchor: date | None, future: bool) -> ResolvedDate | None:
    text = _clean(expression)
    if not text or len(text) > 80:
        return None
    core, kind, since, cued = _strip(text)
    try:
        span = _span_of(core, anchor, future, cued)
    except (OverflowError, ValueError):
        return None  # the arithmetic leaves the calendar (anchor near year 1 or 9999, "year 99999")
    if span is None:
        return None
    end = span.end
    if since and anchor is not None and span.start <= anchor:
        end = max(end, anchor)  # "since December": from December up to the report
    return ResolvedDate(span.start, end, span.precision, expression, span.relative, span.kind or kind)

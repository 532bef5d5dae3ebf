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

import calendar
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

__all__ = ["ResolvedDate", "resolve", "find_text_date", "is_future_marker"]

_RESOURCE = Path(__file__).with_name("resources") / "temporal.yaml"


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


@dataclass(frozen=True)
class _Span:
    start: date
    end: date
    precision: str
    relative: bool
    kind: str | None = None  # overrides the kind implied by prepositions


# --------------------------------------------------------------------------------------------
# Vocabulary


def _load() -> dict[str, Any]:
    with _RESOURCE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


_DATA = _load()


def _index(table: dict[str, list[str]], start: int) -> tuple[dict[str, int], dict[str, int]]:
    """(full name -> number, every form -> number) for the weekday or month table."""
    full: dict[str, int] = {}
    forms: dict[str, int] = {}
    for number, (name, abbrevs) in enumerate(table.items(), start=start):
        full[name] = number
        forms[name] = number
        forms.update((abbrev, number) for abbrev in abbrevs)
    return full, forms


_WEEKDAYS, _WEEKDAY_FORMS = _index(_DATA["weekdays"], 0)  # Monday = 0, as date.weekday()
_MONTHS, _MONTH_FORMS = _index(_DATA["months"], 1)


def is_month_word(text: str) -> bool:
    """True for a month name or abbreviation ("April", "Apr", "Apr.")."""
    return text.lower().rstrip(".") in _MONTH_FORMS


_AMBIGUOUS_MONTHS = frozenset(_DATA["ambiguous_months"])
_MONTH_CUES = frozenset(cue.rstrip("-") for cue in _DATA["month_cues"])
_POINT_PREFIXES = frozenset(_DATA["prefixes"]["point"])
_PERIOD_PREFIXES = frozenset(_DATA["prefixes"]["period"])
_RELATIVE: dict[str, dict[str, Any]] = _DATA["relative"]
_NUMBERS: dict[str, int] = _DATA["numbers"]
_REJECT = frozenset(_DATA["reject"])
_YY_AHEAD: int = _DATA["two_digit_year_ahead"]
_YY_PIVOT: int = _DATA["two_digit_year_pivot"]
_SLACK = timedelta(days=_DATA["yearless_slack_days"])
_DAY_SLACK = timedelta(days=_DATA["monthless_slack_days"])
_NUMERIC_ORDER: str = _DATA["numeric_date_order"]


def _alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that "sept" wins over "sep"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --------------------------------------------------------------------------------------------
# Regular expressions (all matched case-insensitively against a cleaned expression)

_MON = rf"(?P<mon>{_alt(_MONTH_FORMS)})\.?"
_WDP = rf"(?:(?P<wd>{_alt(_WEEKDAY_FORMS)})\.?,?\s*)"
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
_P_WEEKDAY = rf"{_REL}(?P<wd>{_alt(_WEEKDAYS)})"
_P_MONTH = rf"{_REL}{_MON}"
_P_AGO = rf"(?P<n>\d+|{_alt(_NUMBERS)})\s+(?P<unit>day|week|month|year)s?\s+ago"

_CLEAN_EDGES = ' \t\r\n"“”()[]{},;:!?'
_POSSESSIVE_RE = re.compile(r"(?<=[a-z])['’]s$", re.I)
_SPACES_RE = re.compile(r"\s+")
_PREFIX_RE = re.compile(
    rf"^(?P<w>{_alt(_POINT_PREFIXES | _PERIOD_PREFIXES | set(_DATA['modifiers']['before']))})"
    r"(?:\s+|(?<=-))(?P<rest>\S.*)$",
    re.I,
)
_SUFFIX_RE = re.compile(rf"^(?P<rest>.*?\S)[\s,]+(?:{_alt(_DATA['modifiers']['after'])})$", re.I)
_TZ = r"(?:gmt|utc|bst|cet|cest|eet|eest|msk|et|est|edt|ct|cst|cdt|pt|pst|pdt|ist|jst|z)"
_TIME_RE = re.compile(
    r"^(?P<rest>.*?\S)[\s,]+(?:at\s+|around\s+|about\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}(?::\d{2})?|noon|midnight)"
    rf"(?:\s*\(?{_TZ}\)?)?(?:\s*[+-]\d{{1,2}}(?::?\d{{2}})?)?(?:\s+local\s+time)?$",
    re.I,
)
# Worth handing to dateparser only if something calendar-like is present ...
_DP_GATE_RE = re.compile(
    rf"\d{{1,4}}\s*[-/.]\s*\d{{1,2}}|\b[12]\d{{3}}\b|\b\d{{1,2}}(?:st|nd|rd|th)\b|\b(?:{_alt(_MONTH_FORMS)})\b",
    re.I,
)
# ... and no duration, decade or compound adjective ("10 years", "2-year", "1990s").
_DP_BLOCK_RE = re.compile(
    r"\d\s*-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b|\d0['’]?s\b",
    re.I,
)

_NO_ANCHOR_BASE = datetime(2000, 6, 15)  # a fixed base: results depending on it are discarded


# --------------------------------------------------------------------------------------------
# Calendar helpers


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _full_year(text: str, anchor: date | None) -> int:
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


def _yearless_day(month: int, day: int, anchor: date, future: bool, weekday: int | None) -> date | None:
    """Year for a day-month: the latest one not after anchor+slack (earliest not before, if future)."""
    step = 1 if future else -1
    years = range(anchor.year - step, anchor.year + 9 * step, step)
    fits = [
        d
        for d in (_safe_date(y, month, day) for y in years)
        if d is not None and (d >= anchor - _SLACK if future else d <= anchor + _SLACK)
    ][:2]
    if weekday is not None:  # "Friday, Feb. 28": prefer the nearer year whose weekday agrees
        fits = [d for d in fits if d.weekday() == weekday] + fits
    return fits[0] if fits else None


def _monthless_day(day: int, anchor: date, future: bool) -> date | None:
    """Month for "the 28th": the latest not after anchor+slack (earliest not before, if future)."""
    step = 1 if future else -1
    for offset in range(-step, 4 * step, step):
        found = _safe_date(*_add_months(anchor.year, anchor.month, offset), day)
        if found is not None and (found >= anchor - _DAY_SLACK if future else found <= anchor + _DAY_SLACK):
            return found
    return None


def _yearless_month(month: int, anchor: date, future: bool, rel: str | None) -> int:
    """Year for a bare month name ("in December", "last March")."""
    here = (anchor.year, anchor.month)
    if rel in ("last", "past", "previous"):
        return anchor.year if (anchor.year, month) < here else anchor.year - 1
    if rel in ("next", "coming"):
        return anchor.year if (anchor.year, month) > here else anchor.year + 1
    if rel == "this":
        return anchor.year
    start, end = _month_span(anchor.year, month)
    if future:
        return anchor.year if end >= anchor else anchor.year + 1
    return anchor.year if start <= anchor else anchor.year - 1


def _weekday_date(weekday: int, anchor: date, rel: str | None, future: bool) -> date:
    """Most recent such day on or before the anchor (next on or after it if future)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return anchor - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def _relative_span(spec: dict[str, Any], anchor: date, future: bool) -> _Span:
    """Span of a relative expression from the YAML table."""
    unit, offset = spec["unit"], spec["offset"]
    precision = "day" if unit == "weekend" else unit
    if unit == "day":
        start = anchor + timedelta(days=offset)
        end = start + timedelta(days=spec.get("span", 1) - 1)
    elif unit == "week":
        start = _monday(anchor) + timedelta(weeks=offset)
        end = start + timedelta(days=6)
    elif unit == "weekend":
        if future and anchor.weekday() < 6:
            start = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
        else:
            start = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        start += timedelta(weeks=offset)
        end = start + timedelta(days=1)
    elif unit == "month":
        start, end = _month_span(*_add_months(anchor.year, anchor.month, offset))
    else:
        start, end = date(anchor.year + offset, 1, 1), date(anchor.year + offset, 12, 31)
    if spec.get("clip") == "past":
        end = max(start, min(end, anchor))
    elif spec.get("clip") == "future":
        start = min(end, max(start, anchor))
    return _Span(start, end, precision, True)


# --------------------------------------------------------------------------------------------
# Pattern handlers: (match, anchor, future, cued) -> span, or None when the form is recognised
# but cannot be resolved (e.g. relative without an anchor).

_Handler = Callable[[re.Match[str], date | None, bool, bool], _Span | None]


def _day_span(day: date | None, relative: bool) -> _Span | None:
    return None if day is None else _Span(day, day, "day", relative)


def _h_iso(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    return _day_span(_safe_date(int(m["year"]), int(m["month"]), int(m["day"])), False)


def _h_numeric(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    a, b = int(m["a"]), int(m["b"])
    if a > 12 or (b <= 12 and _NUMERIC_ORDER == "DMY"):
        a, b = b, a  # -> (month, day)
    return _day_span(_safe_date(_full_year(m["year"], anchor), a, b), False)


def _h_years(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    first = int(m["y1"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if last <= first:
        return None
    return _Span(date(first, 1, 1), date(last, 12, 31), "year", False, kind="period")


def _h_year(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    year = int(m["year"])
    return _Span(date(year, 1, 1), date(year, 12, 31), "year", False)


def _h_month_year(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    start, end = _month_span(_full_year(m["year"], anchor), _MONTH_FORMS[m["mon"].lower()])
    return _Span(start, end, "month", False)


def _h_day_month(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    month, day = _MONTH_FORMS[m["mon"].lower()], int(m["day"])
    if m["year"]:
        return _day_span(_safe_date(_full_year(m["year"], anchor), month, day), False)
    if anchor is None or not 1 <= day <= 31:
        return None
    named_weekday = m.groupdict().get("wd")
    weekday = _WEEKDAY_FORMS[named_weekday.lower()] if named_weekday else None
    return _day_span(_yearless_day(month, day, anchor, future, weekday), True)


def _h_ordinal(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    if anchor is None:
        return None
    return _day_span(_monthless_day(int(m["day"]), anchor, future), True)


def _h_weekday(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    if anchor is None:
        return None
    return _day_span(_weekday_date(_WEEKDAYS[m["wd"].lower()], anchor, m["rel"], future), True)


def _h_month(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    name = m["mon"].lower()
    cued = cued or m["rel"] is not None
    if not cued and (name not in _MONTHS or name in _AMBIGUOUS_MONTHS):
        return None  # "May" the modal, "March" the verb, a lone "Dec"
    if anchor is None:
        return None
    month = _MONTH_FORMS[name]
    start, end = _month_span(_yearless_month(month, anchor, future, m["rel"]), month)
    return _Span(start, end, "month", True)


def _h_ago(m: re.Match[str], anchor: date | None, future: bool, cued: bool) -> _Span | None:
    if anchor is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
    unit = m["unit"].lower()
    if unit == "day":
        return _day_span(anchor - timedelta(days=n), True)
    if unit == "week":
        start = _monday(anchor - timedelta(weeks=n))
        return _Span(start, start + timedelta(days=6), "week", True)
    if unit == "month":
        start, end = _month_span(*_add_months(anchor.year, anchor.month, -n))
        return _Span(start, end, "month", True)
    return _Span(date(anchor.year - n, 1, 1), date(anchor.year - n, 12, 31), "year", True)


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
    )
)


# --------------------------------------------------------------------------------------------
# dateparser fallback


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
        return (*_month_span(day.year, day.month), "month")
    if data.period == "week":
        return _monday(day), _monday(day) + timedelta(days=6), "week"
    return day, day, "day"


def _dateparser_fallback(text: str, anchor: date | None, future: bool) -> _Span | None:
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
    return _Span(found[0], found[1], found[2], relative)


def _year_stated(text: str, year: int) -> bool:
    """Whether ``year`` is written in ``text``: in full, or as two digits next to a month/numeric date."""
    if re.search(rf"(?<!\d){year}(?!\w)", text):
        return True
    two_digits = re.search(rf"(?<![\w.,:/-])['’]?{year % 100:02d}(?!\w)", text)
    return two_digits is not None and _DP_GATE_RE.search(text[: two_digits.start()]) is not None


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
        suffix = _SUFFIX_RE.match(text) or _TIME_RE.match(text)
        if not suffix:
            break
        text = suffix["rest"]
    return text, kind, since, cued


def _span_of(text: str, anchor: date | None, future: bool, cued: bool) -> _Span | None:
    low = text.lower()
    if low in _RELATIVE:
        return None if anchor is None else _relative_span(_RELATIVE[low], anchor, future)
    if low in _REJECT:
        return None
    for pattern, handler in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return handler(match, anchor, future, cued)
    return _dateparser_fallback(text, anchor, future)


def resolve(expression: str, anchor: date | None, *, future: bool = False) -> ResolvedDate | None:
    """Resolve one date expression (e.g. a spaCy DATE entity) against the report date ``anchor``.

    Accepts prepositions and modifiers ("On 29 September 2020", "late Thursday", "Thursday's",
    "early on Monday", "since December"). Weekdays mean the most recent such day on or before the
    anchor (on or after it if ``future``); a day-month without a year takes the latest year that
    does not put it after the anchor (beyond a small slack), or the earliest not before it if
    ``future``. Relative expressions need an anchor; with ``anchor=None`` they return None.
    Non-dates ("We", "May" alone, "eight-year", "two days", "the past three years") return None.
    The machine clock is never used. Results are cached (they depend only on the arguments).
    """
    return _resolve_cached(expression, anchor, future)


@functools.lru_cache(maxsize=8192)
def _resolve_cached(expression: str, anchor: date | None, future: bool) -> ResolvedDate | None:
    text = _clean(expression)
    if not text or len(text) > 80:
        return None
    core, kind, since, cued = _strip(text)
    span = _span_of(core, anchor, future, cued)
    if span is None:
        return None
    end = span.end
    if since and anchor is not None and span.start <= anchor:
        end = max(end, anchor)  # "since December": from December up to the report
    return ResolvedDate(span.start, end, span.precision, expression, span.relative, span.kind or kind)


# --------------------------------------------------------------------------------------------
# find_text_date()

_WD_ANY = _alt(_WEEKDAY_FORMS)
_MON_ANY = _alt(_MONTH_FORMS)
_ABS_DATE = (
    rf"(?:(?:{_WD_ANY})\.?,?\s+)?"
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+(?:{_MON_ANY})\.?,?[\s\-]+\d{{4}}"
    rf"|(?:{_MON_ANY})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}})(?!\d)"
)
_HEADER_RE = re.compile(
    r"(?:^|[|•·])[ \t]*(?:date|dated|published|posted|updated|last updated|first published|"
    r"publication date|pub date|released)(?:[ \t]+(?:on|at))?[ \t]*[:\-–—]?[ \t]*"
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
        month = _MONTH_FORMS[(match["mon"] or match["mon2"]).lower()]
        day = int(match["day"] or match["day2"])
        year_text = match["year"]
        if year_text is None:  # only a year stated above the dateline counts, not one in the story
            year_match = _YEAR_RE.search(head, 0, match.start())
            year_text = year_match.group() if year_match else None
        found = _safe_date(int(year_text), month, day) if year_text else None
        if found is not None:
            return found, "dateline", match.start("date"), match.end("date")
    return None


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


_FUTURE_RE = _marker_pattern(_DATA["future_markers"])


def is_future_marker(sentence: str) -> bool:
    """True if the sentence talks about the future ("will", "plans to", "is due to", "next week")."""
    return _FUTURE_RE.search(sentence) is not None

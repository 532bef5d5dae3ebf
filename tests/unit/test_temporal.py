"""Tests for eventx.text.temporal and eventx.text.text_dates: date resolution against a report's own
date (the anchor)."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.text import date_fallback, temporal
from eventx.text.temporal import ResolvedDate, resolve
from eventx.text.text_dates import find_text_date, is_future_marker

ANCHOR = date(2020, 2, 28)  # a Friday
D = date


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    temporal._resolve_cached.cache_clear()


# --------------------------------------------------------------------------------------------
# resolve(): days


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("On 29 September 2020", D(2020, 9, 29)),
        ("Around 5 May 2020", D(2020, 5, 5)),
        ("29-Feb-20", D(2020, 2, 29)),
        ("23 AUG 88", D(1988, 8, 23)),
        ("Feb. 28", D(2020, 2, 28)),
        ("on 5 March", D(2020, 3, 5)),
        ("on 5 June", D(2019, 6, 5)),
        ("on Friday", D(2020, 2, 28)),
        ("Friday", D(2020, 2, 28)),
        ("Thursday", D(2020, 2, 27)),
        ("late Thursday", D(2020, 2, 27)),
        ("Thursday's", D(2020, 2, 27)),
        ("Thursday’s", D(2020, 2, 27)),
        ("Thursday night", D(2020, 2, 27)),
        ("on Thursday night", D(2020, 2, 27)),
        ("early on Monday", D(2020, 2, 24)),
        ("Saturday", D(2020, 2, 22)),
        ("last Friday", D(2020, 2, 21)),
        ("yesterday", D(2020, 2, 27)),
        ("today", D(2020, 2, 28)),
        ("two days ago", D(2020, 2, 26)),
        ("Thursday at 10 a.m. GMT", D(2020, 2, 27)),
        ("Sat, 29 Feb 2020", D(2020, 2, 29)),
        ("2020-02-29T10:00:00Z", D(2020, 2, 29)),
        ("September 29, 2020", D(2020, 9, 29)),
        ("the 29th of September 2020", D(2020, 9, 29)),
        ("Feb 28th of 2020", D(2020, 2, 28)),
        ("2020 Feb 28", D(2020, 2, 28)),
        ("28.02.2020", D(2020, 2, 28)),
        ("02/28/2020", D(2020, 2, 28)),
        ("Friday, Feb. 28", D(2020, 2, 28)),
        ("the 26th", D(2020, 2, 26)),
        ("on the 30th", D(2020, 1, 30)),
    ],
)
def test_resolve_days(expression: str, expected: date) -> None:
    result = resolve(expression, ANCHOR)
    assert result is not None, expression
    assert (result.start, result.end, result.precision) == (expected, expected, "day")
    assert result.kind == "point"
    assert result.text == expression


@pytest.mark.parametrize(
    ("expression", "relative"),
    [
        ("On 29 September 2020", False),
        ("29-Feb-20", False),
        ("Feb. 28", True),
        ("Friday", True),
        ("yesterday", True),
        ("last week", True),
        ("in 2016", False),
        ("March 2020", False),
        ("since December", True),
    ],
)
def test_relative_flag(expression: str, relative: bool) -> None:
    result = resolve(expression, ANCHOR)
    assert result is not None and result.relative is relative


# A report dated Thursday 10 November 2016, as news of a night attack is told the next day.
THURSDAY = date(2016, 11, 10)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        # a weekday is the most recent such day on or before the report: the day before, not a week back
        ("Wednesday night", D(2016, 11, 9)),
        ("late Wednesday", D(2016, 11, 9)),
        ("on Wednesday evening", D(2016, 11, 9)),
        ("the night of Wednesday", D(2016, 11, 9)),
        ("in the early hours of Wednesday morning", D(2016, 11, 9)),
        ("earlier on Wednesday", D(2016, 11, 9)),
        ("at 6am on Wednesday", D(2016, 11, 9)),
        ("around 11pm local time on Wednesday", D(2016, 11, 9)),
        ("midnight Wednesday", D(2016, 11, 9)),
        ("Wednesday at dawn", D(2016, 11, 9)),
        ("Wednesday overnight", D(2016, 11, 9)),
        # the report's own weekday is the report's day; "last Thursday" is a week back
        ("on Thursday", D(2016, 11, 10)),
        ("late Thursday night", D(2016, 11, 10)),
        ("later Thursday", D(2016, 11, 10)),
        ("last Thursday", D(2016, 11, 3)),
        ("last Wednesday", D(2016, 11, 9)),
        # parts of the report's day and the night before it
        ("this morning", D(2016, 11, 10)),
        ("EARLY THIS MORNING", D(2016, 11, 10)),
        ("earlier today", D(2016, 11, 10)),
        ("later today", D(2016, 11, 10)),
        ("at 6.15am today", D(2016, 11, 10)),
        ("5pm yesterday", D(2016, 11, 9)),
        ("last night", D(2016, 11, 9)),
        ("late last night", D(2016, 11, 9)),
        ("LAST NIGHT", D(2016, 11, 9)),
        ("overnight", D(2016, 11, 9)),
    ],
)
def test_report_days_keep_day_precision(expression: str, expected: date) -> None:
    result = resolve(expression, THURSDAY)
    assert result is not None, expression
    assert (result.start, result.end, result.precision, result.kind) == (expected, expected, "day", "point")


def test_parts_of_day_alone_are_no_date() -> None:
    for expression in ("at dawn", "later", "earlier", "the early hours of", "the night before"):
        assert resolve(expression, THURSDAY) is None, expression
    # the twin: with a day named, the part of the day keeps that day
    assert resolve("at dawn on Wednesday", THURSDAY).start == D(2016, 11, 9)


def test_weekday_future() -> None:
    assert resolve("Thursday", ANCHOR, future=True).start == D(2020, 3, 5)
    assert resolve("Friday", ANCHOR, future=True).start == D(2020, 2, 28)
    assert resolve("next Friday", ANCHOR).start == D(2020, 3, 6)


def test_day_month_year_choice() -> None:
    assert resolve("on 5 March", ANCHOR).start == D(2020, 3, 5)  # within two months: the coming one
    assert resolve("on 5 June", ANCHOR).start == D(2019, 6, 5)  # further ahead: last year's
    assert resolve("on 5 June", ANCHOR, future=True).start == D(2020, 6, 5)
    assert resolve("Jan. 10", D(2020, 11, 28), future=True).start == D(2021, 1, 10)
    assert resolve("Oct. 20", D(2020, 11, 28), future=True).start == D(2020, 10, 20)  # within the slack
    assert resolve("Feb. 29", ANCHOR).start == D(2020, 2, 29)  # within the time-zone slack
    assert resolve("Dec. 30", D(2020, 1, 3)).start == D(2019, 12, 30)
    # A leap day without a year goes to the nearest leap year in the right direction.
    assert resolve("Feb. 29", D(2021, 3, 1)).start == D(2020, 2, 29)


def test_two_digit_years() -> None:
    assert resolve("29-Feb-20", None).start == D(2020, 2, 29)
    assert resolve("23 AUG 88", None).start == D(1988, 8, 23)
    assert resolve("23 AUG 21", ANCHOR).start == D(2021, 8, 23)
    assert resolve("23 AUG 22", ANCHOR).start == D(1922, 8, 23)


# --------------------------------------------------------------------------------------------
# resolve(): weeks, months, years, periods


@pytest.mark.parametrize(
    ("expression", "start", "end", "precision"),
    [
        ("last week", D(2020, 2, 17), D(2020, 2, 23), "week"),
        ("last week's", D(2020, 2, 17), D(2020, 2, 23), "week"),
        ("earlier this week", D(2020, 2, 24), D(2020, 2, 28), "week"),
        ("this week", D(2020, 2, 24), D(2020, 3, 1), "week"),
        ("this month", D(2020, 2, 1), D(2020, 2, 29), "month"),
        ("last month", D(2020, 1, 1), D(2020, 1, 31), "month"),
        ("earlier this month", D(2020, 2, 1), D(2020, 2, 28), "month"),
        ("this year", D(2020, 1, 1), D(2020, 12, 31), "year"),
        ("earlier this year", D(2020, 1, 1), D(2020, 2, 28), "year"),
        ("late last year", D(2019, 1, 1), D(2019, 12, 31), "year"),
        ("in 2016", D(2016, 1, 1), D(2016, 12, 31), "year"),
        ("2016", D(2016, 1, 1), D(2016, 12, 31), "year"),
        ("March 2020", D(2020, 3, 1), D(2020, 3, 31), "month"),
        ("in December", D(2019, 12, 1), D(2019, 12, 31), "month"),
        ("in May", D(2019, 5, 1), D(2019, 5, 31), "month"),
        ("mid-February", D(2020, 2, 1), D(2020, 2, 29), "month"),
        ("overnight", D(2020, 2, 27), D(2020, 2, 27), "day"),
        ("over the weekend", D(2020, 2, 22), D(2020, 2, 23), "day"),
    ],
)
def test_resolve_spans(expression: str, start: date, end: date, precision: str) -> None:
    result = resolve(expression, ANCHOR)
    assert result is not None, expression
    assert (result.start, result.end, result.precision, result.kind) == (start, end, precision, "point")


def test_periods() -> None:
    since = resolve("since December", ANCHOR)
    assert since == ResolvedDate(D(2019, 12, 1), ANCHOR, "month", "since December", True, "period")
    assert resolve("since 2016", None).kind == "period"
    years = resolve("between 2016 and 2018", None)
    assert (years.start, years.end, years.kind) == (D(2016, 1, 1), D(2018, 12, 31), "period")


@pytest.mark.parametrize(
    "expression",
    [
        "eight-year",
        "We",
        "May",
        "March",
        "Sat",
        "Sun",
        "Wed",
        "Dec",
        "hours",
        "weeks",
        "decades",
        "two days",
        "10 years",
        "2-year",
        "the past three years",
        "recent weeks",
        "the 1990s",
        "1990s",
        "",
        "   ",
        "now",
        "recently",
    ],
)
def test_non_dates(expression: str) -> None:
    assert resolve(expression, ANCHOR) is None


# --------------------------------------------------------------------------------------------
# No anchor, and no clock


RELATIVE_EXPRESSIONS = [
    "Friday",
    "Thursday's",
    "late Thursday",
    "yesterday",
    "today",
    "overnight",
    "last week",
    "earlier this week",
    "this month",
    "last month",
    "this year",
    "earlier this year",
    "Feb. 28",
    "on 5 March",
    "since December",
    "in December",
    "two days ago",
    "the 28th",
    "last Friday",
]


@pytest.mark.parametrize("expression", RELATIVE_EXPRESSIONS)
def test_relative_without_anchor_is_none(expression: str) -> None:
    assert resolve(expression, None) is None


def test_absolute_without_anchor() -> None:
    assert resolve("On 29 September 2020", None).start == D(2020, 9, 29)
    assert resolve("Feb 28th of 2020", None).start == D(2020, 2, 28)
    assert resolve("2016", None).precision == "year"


class _ClockMeta(type):
    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, cls.__mro__[1])


def _trap(cls: type) -> type:
    """A subclass of date/datetime whose clock methods fail the test."""

    def clock(*args: object, **kwargs: object) -> None:
        raise AssertionError("the machine clock was consulted")

    namespace = {"now": classmethod(clock), "today": classmethod(clock), "utcnow": classmethod(clock)}
    return _ClockMeta(f"Trap{cls.__name__}", (cls,), namespace)


class _OtherYear(datetime):
    """dateparser.utils.strptime borrows today's year as scratch when parsing a lone day number
    (only the day is kept); give it a different year to show that results do not depend on it."""

    @classmethod
    def today(cls) -> _OtherYear:  # type: ignore[override]
        return cls(1904, 7, 7)


# Reach dateparser's fallback (not handled by the module's own patterns).
FALLBACK_EXPRESSIONS = ["Feb 28 at 2020", "28 February, 2020, AD", "2020/Feb/28", "the 28th day of February"]


def test_never_consults_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateparser.date  # noqa: F401  (import first: dateparser reads the clock at import time)
    import dateparser.utils.strptime

    expressions = RELATIVE_EXPRESSIONS + FALLBACK_EXPRESSIONS + ["2020 Feb 28", "2016", "29-Feb-20"]
    anchors = [None, ANCHOR, D(1999, 12, 31)]
    before = [resolve(e, a, future=f) for e in expressions for a in anchors for f in (False, True)]

    trapped_datetime, trapped_date = _trap(datetime), _trap(date)
    for name, module in list(sys.modules.items()):
        if name.startswith(("eventx.text.", "dateparser")):
            if getattr(module, "datetime", None) is datetime:
                monkeypatch.setattr(module, "datetime", trapped_datetime)
            if getattr(module, "date", None) is date:
                monkeypatch.setattr(module, "date", trapped_date)
    monkeypatch.setattr(dateparser.utils.strptime, "datetime", _OtherYear)
    date_fallback._dp_parser.cache_clear()
    temporal._resolve_cached.cache_clear()
    after = [resolve(e, a, future=f) for e in expressions for a in anchors for f in (False, True)]
    assert after == before
    with pytest.raises(AssertionError):
        trapped_datetime.now()


@settings(max_examples=60, deadline=None)
@given(anchor=st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_relative_results_follow_the_anchor(anchor: date) -> None:
    friday = resolve("Friday", anchor)
    assert friday.start.weekday() == 4 and timedelta(0) <= anchor - friday.start < timedelta(7)
    assert resolve("yesterday", anchor).start == anchor - timedelta(1)
    week = resolve("last week", anchor)
    assert week.start.weekday() == 0 and week.end - week.start == timedelta(6) and week.end < anchor
    assert resolve("Feb. 28", anchor).start <= anchor + timedelta(62)
    assert resolve("Feb. 28", anchor, future=True).start >= anchor - timedelta(62)


# --------------------------------------------------------------------------------------------
# find_text_date()


def test_masthead() -> None:
    text = "Sunday, April 5, 2020\nLatest News\nRussia and Turkey hold crisis talks"
    assert find_text_date(text) == (D(2020, 4, 5), "masthead", 0, 21)


def test_header_line() -> None:
    text = " date 2020-02-29 MOSCOW/WASHINGTON/ISTANBUL – The leaders of Russia..."
    found = find_text_date(text)
    assert found is not None and found[:2] == (D(2020, 2, 29), "header")
    assert text[found[2] : found[3]] == "2020-02-29"


@pytest.mark.parametrize(
    ("text", "expected", "date_text"),
    [
        ("Published: 28 Feb 2020\nMOSCOW (Reuters) - ...", D(2020, 2, 28), "28 Feb 2020"),
        ("Updated 5 April 2020 10:32 GMT\nbody", D(2020, 4, 5), "5 April 2020"),
        ("Turkey\nBy Jane Doe | Published on March 3, 2020\n", D(2020, 3, 3), "March 3, 2020"),
    ],
)
def test_header_variants(text: str, expected: date, date_text: str) -> None:
    found = find_text_date(text)
    assert found is not None and found[:2] == (expected, "header")
    assert text[found[2] : found[3]] == date_text


def test_dateline() -> None:
    assert find_text_date("MOSCOW, Feb 28 (Reuters) - Russia said on Friday it spent 2016 ...") is None
    text = "Copyright 2020 Reuters\nMOSCOW, Feb 28 (Reuters) - Russia said ..."
    found = find_text_date(text)
    assert found is not None and found[:2] == (D(2020, 2, 28), "dateline")
    assert text[found[2] : found[3]] == "Feb 28"
    found = find_text_date("WASHINGTON, Feb. 28, 2020 (AP) — The president said")
    assert found is not None and found[:2] == (D(2020, 2, 28), "dateline")


def test_no_text_date() -> None:
    assert find_text_date("No date here at all.\nRussia said on Friday it would talk.") is None
    assert find_text_date("") is None
    assert find_text_date("x" * 500 + "\nPublished: 28 Feb 2020") is None
    assert find_text_date("x" * 500 + "\nPublished: 28 Feb 2020", max_chars=600) is not None


# --------------------------------------------------------------------------------------------
# is_future_marker()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Putin will meet Erdogan on Thursday.", True),
        ("He may travel to Moscow next week.", True),
        ("Turkey plans to send more troops.", True),
        ("The summit is due to take place on 5 March.", True),
        ("They'll vote on Friday.", True),
        ("The two leaders met on Thursday.", False),
        ("Flights were cancelled due to the storm.", False),
    ],
)
def test_is_future_marker(sentence: str, expected: bool) -> None:
    assert is_future_marker(sentence) is expected


# --------------------------------------------------------------------------------------------
# Speed


def test_common_forms_never_reach_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The own rules (fast path) answer the common forms; dateparser (10-30x slower) is only a fallback."""
    expressions = [
        "Thursday",
        "late Thursday",
        "yesterday",
        "last week",
        "On 29 September 2020",
        "Feb. 28",
        "in 2016",
        "since December",
        "March 2020",
    ]

    def refuse(*args, **kwargs):
        raise AssertionError("dateparser called")

    monkeypatch.setattr(temporal, "dateparser_fallback", refuse)
    uncached = temporal._resolve_cached.__wrapped__
    for expression in expressions:
        assert uncached(expression, ANCHOR, False) is not None, expression
    assert uncached("We", ANCHOR, False) is None  # rejected by the own rules ("We" is no Wednesday)


@pytest.mark.parametrize(
    ("expression", "start", "end"),
    [
        ("during the last few hours", D(2020, 2, 28), D(2020, 2, 28)),  # the report's day
        ("the past six hours", D(2020, 2, 28), D(2020, 2, 28)),
        ("In the last 24 hours", D(2020, 2, 27), D(2020, 2, 28)),  # reaches into the day before
        ("over the past 48 hours", D(2020, 2, 26), D(2020, 2, 28)),
    ],
)
def test_the_last_hours_before_the_report(expression: str, start: date, end: date) -> None:
    found = resolve(expression, ANCHOR)
    assert (found.start, found.end, found.precision) == (start, end, "day")
    assert resolve(expression, None) is None  # relative: no anchor, no date


def test_hours_that_reach_past_two_days_or_name_no_window_are_no_date() -> None:
    assert resolve("the past 72 hours", ANCHOR) is None  # a trend's window, not an incident's time
    assert resolve("two hours", ANCHOR) is None
    assert resolve("the last 24 hours", ANCHOR) is not None  # the twin that is a date

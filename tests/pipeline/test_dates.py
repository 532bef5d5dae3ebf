"""The dates component and event dates: relative days, future clauses, header lines and the date an
event without its own takes (real pipeline, real model)."""

from __future__ import annotations

from datetime import date


def test_dates_resolve_weekdays_possessives_and_absolute_days(parse) -> None:
    doc = parse(
        "Turkey said it retaliated to Thursday's deaths. On 29 September 2019, police fired tear gas.",
        published="2020-02-28",
    )
    got = {d.text: d.date_start for d in doc._.eventx_dates}
    assert got["Thursday's"] == date(2020, 2, 27)
    assert got["On 29 September 2019"] == date(2019, 9, 29)


def test_future_clauses_are_marked(parse) -> None:
    doc = parse(
        "Erdogan may travel next week to Moscow for talks. The talks were held on Friday.",
        published="2020-02-29",
    )
    marks = {d.text: d.future for d in doc._.eventx_dates}
    assert marks["next week"] is True and marks["on Friday"] is False


def test_header_date_line_is_not_an_event_date(parse, spun_text) -> None:
    doc = parse(spun_text, published="2020-02-29")
    assert all(d.text != "2020-02-29" and "date 2020" not in d.text for d in doc._.eventx_dates)
    got = {d.text: d.date_start for d in doc._.eventx_dates}
    assert got["late Thursday"] == date(2020, 2, 27)  # the twin: a date in the body is found


def test_event_without_own_date_takes_its_sentence_or_the_nearest_earlier_one(extract) -> None:
    text = (
        "On 4 May 2021, tension was high in Kisumu, Kenya. "
        "Gunmen attacked a police post in the town, killing two officers."
    )
    (e,) = extract(text, published="2021-05-06")
    assert e.date.start == date(2021, 5, 4) and e.date.precision == "day"
    # a date that belongs to another incident is not borrowed: the anchor's week is used instead
    text = (
        "On 4 May 2021, hundreds of traders protested in Kisumu, Kenya. "
        "Gunmen attacked a police post in the town, killing two officers."
    )
    protest, attack = extract(text, published="2021-05-06")
    assert protest.date.start == date(2021, 5, 4) and attack.date.precision == "week"
    # a planned date after the report's own date never dates an event that happened
    text = "Erdogan spoke of a meeting with Putin on March 5. Gunmen killed two soldiers in Idlib, Syria."
    (e,) = extract(text, published="2020-02-29")
    assert e.date.precision == "week" and e.date.end == date(2020, 2, 29)

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
    # the day just stated for another incident is the narrative's current day
    text = (
        "On 4 May 2021, hundreds of traders protested in Kisumu, Kenya. "
        "Gunmen attacked a police post in the town, killing two officers."
    )
    protest, attack = extract(text, published="2021-05-06")
    assert protest.date.start == attack.date.start == date(2021, 5, 4) and attack.date.precision == "day"
    # ... but not three sentences on: the anchor's week is used instead
    text = (
        "On 4 May 2021, hundreds of traders protested in Kisumu, Kenya. They demanded lower taxes. "
        "Shops stayed closed. The governor met their leaders. "
        "Gunmen attacked a police post in the town, killing two officers."
    )
    protest, attack = extract(text, published="2021-05-06")
    assert protest.date.start == date(2021, 5, 4) and attack.date.precision == "week"
    # a planned date after the report's own date never dates an event that happened
    text = "Erdogan spoke of a meeting with Putin on March 5. Gunmen killed two soldiers in Idlib, Syria."
    (e,) = extract(text, published="2020-02-29")
    assert e.date.precision == "week" and e.date.end == date(2020, 2, 29)


def test_weekday_and_night_before_a_thursday_report_are_the_day_before(extract) -> None:
    # a report dated Thursday 10 November 2016: "Wednesday night" is 9 November, never a week span
    (e,) = extract(
        "Gunmen opened fire on a bus in Kano, Nigeria, on Wednesday night, killing four people.",
        published="2016-11-10",
    )
    assert (e.date.start, e.date.end, e.date.precision) == (date(2016, 11, 9), date(2016, 11, 9), "day")
    (e,) = extract(
        "A bomb exploded outside a police station in Kano, Nigeria, last night, killing two officers.",
        published="2016-11-10",
    )
    assert (e.date.start, e.date.precision) == (date(2016, 11, 9), "day")
    # the report's own weekday is the report's day ...
    (e,) = extract("Gunmen killed two farmers in Kano, Nigeria, late on Thursday.", published="2016-11-10")
    assert (e.date.start, e.date.precision) == (date(2016, 11, 10), "day")
    # ... and the twin: with no date in its words the incident keeps the anchor's week
    (e,) = extract("Gunmen killed two farmers in Kano, Nigeria.", published="2016-11-10")
    assert (e.date.end, e.date.precision) == (date(2016, 11, 10), "week")


def test_wire_copy_in_capitals_is_dated_from_its_own_words(parse, extract) -> None:
    text = "POLICE REPORTED THAT GUNMEN KILLED TWO SOLDIERS IN A MARKET IN KANO, NIGERIA, LAST NIGHT."
    got = {d.text.upper(): d.date_start for d in parse(text, published="2016-11-10")._.eventx_dates}
    assert got == {"LAST NIGHT": date(2016, 11, 9)}  # read recased: "last night"
    (e,) = extract(text, published="2016-11-10")
    assert (e.date.start, e.date.precision) == (date(2016, 11, 9), "day")
    text = "ARMY TROOPS TODAY CLASHED WITH REBELS NEAR KANO, NIGERIA, TWO DAYS AGO THEY RAIDED A VILLAGE."
    got = {d.text.upper(): d.date_start for d in parse(text, published="2016-11-10")._.eventx_dates}
    assert got["TODAY"] == date(2016, 11, 10) and got["TWO DAYS AGO"] == date(2016, 11, 8)


def test_date_words_inside_a_name_are_no_date(parse) -> None:
    doc = parse("USA Today reported that gunmen killed two guards in Kano.", published="2016-11-10")
    assert not doc._.eventx_dates
    doc = parse("Police said today that gunmen killed two guards in Kano.", published="2016-11-10")
    assert [d.date_start for d in doc._.eventx_dates] == [date(2016, 11, 10)]  # the twin


def test_date_of_the_report_gives_way_to_the_date_of_the_act(parse, extract) -> None:
    text = "Police said on Friday that gunmen killed three villagers in Kano, Nigeria, on 2 March."
    reported = {d.text: d.reported for d in parse(text, published="2020-03-06")._.eventx_dates}
    assert reported == {"on Friday": True, "on 2 March": False}
    (e,) = extract(text, published="2020-03-06")
    assert e.date.start == date(2020, 3, 2)
    # the twin: a date of the act itself, with the report undated
    (e,) = extract(
        "Gunmen killed three villagers in Kano, Nigeria, on Friday, police said.", published="2020-03-07"
    )
    assert e.date.start == date(2020, 3, 6)


def test_a_toll_s_newer_figure_is_dated_by_the_report_and_the_incident_by_its_own_noun(extract) -> None:
    text = (
        "The death toll from a truck bombing at the German consulate in Mazar-i-Sharif, Afghanistan, rose to "
        "at least six Friday. The Taliban said the bombing late Thursday was a revenge attack."
    )
    (e,) = extract(text, published="2016-11-11")
    assert (e.date.start, e.fatalities.best) == (date(2016, 11, 10), 6)
    # the twin: with only the toll's date, the toll's day is all the text tells
    (e,) = extract(text.split(". ")[0] + ".", published="2016-11-11")
    assert e.date.start == date(2016, 11, 11)


def test_a_clock_time_after_at_is_not_a_year(parse) -> None:
    doc = parse("The bomb exploded at 2130 near the market in Kano.", published="2020-03-06")
    assert all(d.precision != "year" for d in doc._.eventx_dates)
    doc = parse("The bomb exploded near the market in Kano in 1990.", published="2020-03-06")
    assert [(d.date_start, d.precision) for d in doc._.eventx_dates] == [(date(1990, 1, 1), "year")]


def test_a_protest_named_as_an_acts_landmark_takes_the_acts_date(extract) -> None:
    text = (
        "A gunman shot five people in Seattle on Wednesday night not far from protests against the mayor, "
        "police said. The gunman fled on foot."
    )
    events = extract(text, published="2016-11-10")
    (protest,) = [e for e in events if e.event_type == "Protests"]
    (shooting,) = [e for e in events if e.event_type != "Protests"]
    assert shooting.date.start == protest.date.start == date(2016, 11, 9)
    assert protest.date.precision == "day"
    # the twin: a protest told on its own, with no day stated, keeps the report's week
    text = "Hundreds protested against the mayor in Seattle, police said."
    (protest,) = extract(text, published="2016-11-10")
    assert protest.date.precision == "week"


def test_a_dateline_s_day_without_a_year_is_the_filing_day_not_the_event_s(extract) -> None:
    """ "OUAGADOUGOU, June 5 (Reuters) -" dates the report; the attack told "late on Friday" before a
    Saturday publication is on the Friday (the dateline's day is never the event's)."""
    text = (
        "OUAGADOUGOU, June 5 (Reuters) - Gunmen killed at least 12 people in an attack on a village in"
        " northern Burkina Faso late on Friday, security sources said."
    )
    (e,) = extract(text, "2021-06-05")
    assert str(e.date.start) == "2021-06-04" and e.date.precision == "day"
    from eventx.text.text_dates import dateline_date_span

    assert text[slice(*dateline_date_span(text))] == "June 5"
    assert dateline_date_span("Gunmen killed 12 people on June 5 in Solhan.") is None

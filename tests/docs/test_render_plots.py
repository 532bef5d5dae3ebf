"""eventx.render on real pipeline output, and the plots on hand-built events."""

from __future__ import annotations

import pytest

import eventx
from eventx.errors import MissingExtraError
from eventx.models import Count, DateSpan, Event, Location
from eventx.rendering import highlights

TEXT = "Gunmen killed at least 12 villagers in Kaya, in Burkina Faso, on Sunday, the army said."


def _marked(doc) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for m in highlights(doc):
        found.setdefault(m["label"], []).append(doc.text[m["start"] : m["end"]])
    return found


def test_highlights_mark_each_layer(parse) -> None:
    marked = _marked(parse(TEXT, published="2021-05-04"))
    assert marked["TRIGGER"] == ["killed"]
    assert marked["COUNT"] == ["at least 12"]  # the number as written, hedge included
    assert "Sunday" in " ".join(marked["DATE"])
    assert "Kaya" in marked["PLACE"]
    assert any("army" in a for a in marked["ACTOR"])


def test_highlights_never_overlap(parse) -> None:
    marks = highlights(parse(TEXT, published="2021-05-04"))
    assert all(a["end"] <= b["start"] for a, b in zip(marks, marks[1:], strict=False))


def test_render_returns_html_outside_jupyter_and_a_page_on_request(parse) -> None:
    doc = parse(TEXT, published="2021-05-04")
    html = eventx.render(doc, jupyter=False)
    assert "TRIGGER" in html and "<html" not in html
    assert "<html" in eventx.render(doc, jupyter=False, page=True)


def test_a_text_without_events_renders_plainly(parse) -> None:
    html = eventx.render(parse("The weather was mild."), jupyter=False)
    assert "The weather was mild." in html and "TRIGGER" not in html


def _event(i: str, day: str, best: int, low: int, high: int, lat: float | None = None) -> Event:
    place = Location(name=f"P{i}", country_code="SYR", latitude=lat, longitude=36.5) if lat else None
    return Event(id=i, event_type="Battles", date=DateSpan(start=day, end=day), location=place,
                 fatalities=Count(best=best, low=low, high=high))  # fmt: skip


def test_timeline_sums_per_week_with_low_high_bars() -> None:
    pytest.importorskip("matplotlib")
    from eventx.plots import fatality_series

    events = [_event("a", "2020-02-24", 5, 4, 9), _event("b", "2020-02-27", 3, 3, 3),
              _event("c", "2020-03-05", 1, 1, 1)]
    assert [(d.isoformat(), b, lo, hi) for d, b, lo, hi in fatality_series(events, "week")] == [
        ("2020-02-24", 8, 7, 12), ("2020-03-02", 1, 1, 1)]  # fmt: skip
    ax = eventx.EventCollection(events).plot_timeline(period="week")
    assert [round(p.get_height()) for p in ax.patches] == [8, 1]


def test_timeline_rejects_an_unknown_period() -> None:
    from eventx.plots import fatality_series

    with pytest.raises(ValueError, match="period must be one of day, week, month"):
        fatality_series([], "fortnight")


def test_map_places_only_events_with_coordinates() -> None:
    pytest.importorskip("matplotlib")
    located, unplaced = _event("a", "2020-02-27", 5, 5, 5, lat=35.6), _event("b", "2020-02-27", 2, 2, 2)
    events = eventx.EventCollection([located, unplaced])
    ax = events.plot_map()
    assert [t.get_text() for t in ax.texts] == ["Pa (SYR)"]
    assert ax.collections[0].get_offsets().tolist() == [[36.5, 35.6]]


def test_plots_without_matplotlib_name_the_extra(monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import fails as if not installed
    with pytest.raises(MissingExtraError, match=r"eventx\[plot\]"):
        eventx.EventCollection([_event("a", "2020-02-27", 1, 1, 1)]).plot_timeline()

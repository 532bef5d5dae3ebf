"""Pictures of an EventCollection with matplotlib (the extra ``plot``): fatalities over time, and where.

``plot_timeline`` draws the fatalities per day (or week/month) as bars of the best counts with the
low-high range as error bars; ``plot_map`` draws the events' places on plain longitude/latitude axes,
sized by fatalities and labelled with their names (no base map: nothing is downloaded). Both return
the matplotlib ``Axes`` they drew on; ``EventCollection.plot_timeline``/``plot_map`` call them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from .export import require
from .models import Event

#: the periods ``plot_timeline`` can sum fatalities over
PERIODS: tuple[str, ...] = ("day", "week", "month")


def _pyplot() -> Any:
    require("matplotlib", "plot")
    import matplotlib.pyplot as plt

    return plt


def _axes(ax: Any) -> Any:
    if ax is not None:
        return ax
    _, ax = _pyplot().subplots(figsize=(8, 4))
    return ax


def _period_start(d: date, period: str) -> date:
    if period == "week":
        return d - timedelta(days=d.weekday())
    if period == "month":
        return d.replace(day=1)
    return d


def fatality_series(events: Iterable[Event], period: str = "day") -> list[tuple[date, int, int, int]]:
    """``(period start, best, low, high)`` sums of the fatalities of dated events, in date order.

    >>> from eventx.models import Count, DateSpan, Event
    >>> def ev(i, day, best, low, high):
    ...     killed = Count(best=best, low=low, high=high)
    ...     return Event(id=i, event_type="Battles", date=DateSpan(start=day, end=day), fatalities=killed)
    >>> fatality_series([ev("a", "2020-02-27", 33, 29, 36), ev("b", "2020-02-27", 2, 2, 2),
    ...                  ev("c", "2020-02-28", 16, 16, 16)])
    [(datetime.date(2020, 2, 27), 35, 31, 38), (datetime.date(2020, 2, 28), 16, 16, 16)]
    """
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}; got {period!r}")
    sums: dict[date, list[int]] = {}
    for e in events:
        if e.date is None or e.fatalities is None:
            continue
        acc = sums.setdefault(_period_start(e.date.start, period), [0, 0, 0])
        f = e.fatalities
        acc[0] += f.best
        acc[1] += f.low if f.low is not None else f.best
        acc[2] += f.high if f.high is not None else f.best
    return [(d, *sums[d]) for d in sorted(sums)]


def plot_timeline(events: Iterable[Event], ax: Any = None, period: str = "day") -> Any:
    """Bars of the fatalities per ``period`` ("day", "week" or "month") with low-high error bars.

    Draws on ``ax`` when given, else on a new figure; returns the Axes.

    >>> from eventx.models import Count, DateSpan, Event
    >>> e = Event(id="e1", event_type="Battles", date=DateSpan(start="2020-02-27", end="2020-02-27"),
    ...           fatalities=Count(best=33, low=29, high=36))
    >>> ax = plot_timeline([e])
    >>> [round(b.get_height()) for b in ax.patches]
    [33]
    """
    series = fatality_series(events, period)
    ax = _axes(ax)
    if series:
        days = [d for d, *_ in series]
        best = [b for _, b, _, _ in series]
        err = [[b - lo for _, b, lo, _ in series], [hi - b for _, b, _, hi in series]]
        width = {"day": 0.8, "week": 5.0, "month": 20.0}[period]
        ax.bar(days, best, width=width, color="#e76f51", yerr=err, capsize=4, ecolor="#444444")
        ax.figure.autofmt_xdate()
    ax.set_ylabel("fatalities (best, low-high)")
    ax.set_title(f"Fatalities per {period}")
    return ax


def _located(events: Iterable[Event]) -> list[Event]:
    return [
        e for e in events if e.location is not None and e.location.latitude is not None
        and e.location.longitude is not None
    ]


def plot_map(events: Iterable[Event], ax: Any = None) -> Any:
    """The events' places on longitude/latitude axes, sized by fatalities and labelled with their names.

    Events without coordinates are left out. Draws on ``ax`` when given, else on a new figure; returns
    the Axes.

    >>> from eventx.models import Count, Event, Location
    >>> place = Location(name="Balyun", country="Syria", country_code="SYR", latitude=35.6, longitude=36.5)
    >>> ax = plot_map([Event(id="e1", event_type="Battles", location=place, fatalities=Count(best=33))])
    >>> [t.get_text() for t in ax.texts]
    ['Balyun (SYR)']
    """
    located = _located(events)
    ax = _axes(ax)
    if located:
        xs = [e.location.longitude for e in located]
        ys = [e.location.latitude for e in located]
        sizes = [30 + 12 * (e.fatalities.best if e.fatalities else 0) for e in located]
        ax.scatter(xs, ys, s=sizes, alpha=0.6, color="#e76f51", edgecolors="#444444")
        for e, x, y in zip(located, xs, ys, strict=True):
            ax.annotate(_label(e), (x, y), textcoords="offset points", xytext=(6, 6), fontsize=8)
        ax.margins(0.3)
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_title("Event locations (size: fatalities)")
    return ax


def _label(e: Event) -> str:
    loc = e.location
    name = loc.name or loc.gazetteer_name or loc.admin1 or loc.country or "?"
    return f"{name} ({loc.country_code})" if loc.country_code else name

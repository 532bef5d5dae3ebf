"""Both example articles, end to end: the Idlib air strike, its retaliation, fusion across articles."""

from __future__ import annotations

from datetime import date

import eventx
from eventx import EventCollection

STRIKE = "Explosions/Remote violence"


def _strike(events) -> eventx.Event:
    found = [
        e
        for e in events
        if e.sub_event_type == "Air/drone strike" and e.fatalities and e.fatalities.best == 33
    ]
    assert len(found) == 1, [(e.sub_event_type, e.fatalities) for e in events]
    return found[0]


def test_afp_article_yields_the_idlib_air_strike(extract, afp_text) -> None:
    events = extract(afp_text, published="2020-02-28", doc_id="seed-afp")
    e = _strike(events)
    assert e.event_type == STRIKE and e.date.start == date(2020, 2, 27)
    assert e.location.country_code == "SYR" and e.location.admin1 == "Idlib"
    assert {a.country_code for a in e.actors_with_role("initiator")} == {"SYR"}
    assert {a.country_code for a in e.actors_with_role("target")} == {"TUR"}
    assert all(afp_text[v.start : v.end] == v.text == v.text.strip() for v in e.evidence)
    # the running total (53) and page furniture (1227) are never counts
    counts = {n for x in events for c in (x.fatalities, x.injuries) if c for n in (c.best, c.low, c.high)}
    assert not counts & {53, 200, 2018, 2016, 2011, 1227}


def test_spun_article_reads_paraphrased_numbers(extract, spun_text) -> None:
    events = extract(spun_text, published="2020-02-29", doc_id="seed-spun")
    e = _strike(events)
    assert e.date.start == date(2020, 2, 27) and e.location.admin1 == "Idlib"
    by_count = {x.fatalities.best: x for x in events if x.fatalities}
    assert {45, 10, 7} <= set(by_count)
    assert "LBN" in {a.country_code for a in by_count[10].actors_with_role("target")}
    assert "RUS" in {a.country_code for a in by_count[7].actors_with_role("initiator")}


def test_masthead_date_anchors_when_no_published_date(extract, afp_text) -> None:
    events = extract(afp_text, doc_id="seed-afp")
    years = {e.date.start.year for e in events if e.date}
    assert years == {2020}
    assert _strike(events).date.anchor == "masthead"


def test_the_two_articles_fuse(extract, afp_text, spun_text) -> None:
    both = extract(afp_text, published="2020-02-28", doc_id="seed-afp") + extract(
        spun_text, published="2020-02-29", doc_id="seed-spun"
    )
    merged = both.merge()
    assert isinstance(merged, EventCollection) and len(merged) < len(both)
    strike = _strike(merged)
    assert set(strike.sources) == {"seed-afp", "seed-spun"}
    assert (strike.fatalities.low, strike.fatalities.best, strike.fatalities.high) == (33, 33, 33)
    retaliation = [e for e in merged if e.fatalities and {16, 45} <= {e.fatalities.low, e.fatalities.high}]
    assert len(retaliation) == 1 and set(retaliation[0].sources) == {"seed-afp", "seed-spun"}
    assert eventx.merge(list(both)) == merged


def test_cli_prints_a_table(capsys) -> None:
    from eventx.cli import main

    assert main(["examples/articles"]) == 0
    out = capsys.readouterr().out
    assert "Air/drone strike" in out and "events from 2 files" in out
    assert main(["no/such/folder"]) == 2

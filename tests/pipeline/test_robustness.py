"""Robustness (#18): input contract, hostile inputs, absurd numbers, odd anchors, determinism, network."""

from __future__ import annotations

import socket
import time
from collections import Counter
from datetime import date

import pytest

import eventx
from eventx import EventCollection, errors
from eventx.api import clean_text

KADUNA = "Gunmen killed 3 people in Kaduna, Nigeria on Monday."
STRIKE = "On 6 May 2020, an air strike killed 12 civilians in Idlib, Syria."


def test_bytes_error_suggests_decoding(extract) -> None:
    with pytest.raises(errors.NotATextError, match=r"decode\('utf-8'\)"):
        extract(KADUNA.encode())
    with pytest.raises(TypeError):  # NotATextError is also a TypeError
        extract(None)
    assert len(extract(KADUNA)) == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\t \r\n"])
def test_empty_text_gives_an_empty_collection(extract, text) -> None:
    out = extract(text)
    assert isinstance(out, EventCollection) and len(out) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 3 people \ud800 in Kaduna, Nigeria on Monday.",
        "Gunmen\x00 killed 3 people in Kaduna\x07, Nigeria on Monday.\x1b",
        "\U0001f4a5 Gunmen killed 3 people \U0001f52b in Kaduna, Nigeria on Monday. \U0001f1f3\U0001f1ec",
        "<html><body><p>Gunmen killed 3 people in <b>Kaduna</b>, Nigeria on Monday.</p></body></html>",
        "Gunmen killed 3 people\r in Kaduna\u2028, Nigeria on Monday.\u2029",
    ],
)
def test_odd_characters_do_not_crash_and_offsets_index_the_input(extract, text) -> None:
    events = extract(text)
    assert len(events) == 1 and events[0].fatalities.best == 3
    for ev in events[0].evidence:
        assert clean_text(text)[ev.start : ev.end] == ev.text


def test_lone_surrogates_keep_the_length() -> None:
    assert clean_text("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert clean_text(KADUNA) == KADUNA


@pytest.mark.parametrize(
    "text",
    ["Des hommes armés ont tué trois personnes à Kaduna, au Nigeria, lundi.", "قتل مسلحون ثلاثة أشخاص."],
)
def test_non_english_text_gives_no_events_and_no_error(extract, text) -> None:
    assert len(extract(text)) == 0


@pytest.mark.parametrize("number", ["12000000", "123456789012345678901234", "3 billion", "-5"])
def test_absurd_counts_never_become_counts(extract, number) -> None:
    events = extract(f"An air strike killed {number} people in Idlib, Syria on 6 May 2020.")
    assert len(events) == 1 and events[0].fatalities is None
    assert extract(STRIKE)[0].fatalities.best == 12


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "0001-01-05"])
@pytest.mark.parametrize(
    "when", ["next week", "last year", "yesterday", "three years ago", "on 6 May", "in the 1990s", "tomorrow"]
)
def test_far_anchors_are_accepted_and_dates_stay_before_them(extract, published, when) -> None:
    anchor = date.fromisoformat(published)
    for e in extract(f"Gunmen killed 3 people in Kaduna, Nigeria {when}.", published=published):
        assert e.date is None or e.date.end <= anchor


def test_dates_after_the_anchor_are_not_event_dates(extract) -> None:
    events = extract(
        "An air strike killed 12 civilians in Idlib, Syria on 6 May 2030.", published="2020-05-10"
    )
    assert all(e.date is None or e.date.end <= date(2020, 5, 10) for e in events)
    assert extract(STRIKE, published="2020-05-10")[0].date.start == date(2020, 5, 6)


def test_default_limit_is_a_million_characters(nlp) -> None:
    with pytest.raises(errors.TextTooLongError, match="1,000,000"):
        eventx.extract("a" * 1_000_001, nlp=nlp)


HOSTILE = {
    "no space": "a" * 200_000,
    "numbers": " ".join(str(i) for i in range(2_000)),  # 10% of the sizes; full size: seconds,
    "killed": " ".join(["killed"] * 2_000),  # see docs/robustness.md
    "12 killed": " ".join(["12 killed"] * 1_000),
    "dead": "Soldiers " + " ".join(["dead"] * 2_000) + ".",
    "dates": " ".join(["6 May 2020"] * 2_000),
    "markup": "<div><p>" * 25_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_pathological_inputs_finish(nlp, name) -> None:
    t = time.perf_counter()
    eventx.extract(HOSTILE[name], nlp=nlp)
    assert time.perf_counter() - t < 60  # generous; the measured times are in docs/robustness.md


def test_a_sentence_reads_at_most_its_first_casualty_words(parse) -> None:
    from eventx.casualties.mentions import MAX_SENTENCE_TRIGGERS

    doc = parse(" ".join(["12 killed"] * 60))
    per_sentence = Counter(m.sent_start for m in doc._.eventx_casualties)
    assert per_sentence and max(per_sentence.values()) <= MAX_SENTENCE_TRIGGERS
    assert len(doc._.eventx_casualties) < 60


def test_long_runs_of_words_are_split_into_sentences(parse) -> None:
    doc = parse(" ".join(["killed"] * 400))
    assert max(len(s) for s in doc.sents) <= 150
    assert len(list(parse(KADUNA).sents)) == 1


def test_same_input_same_events_for_any_n_process(nlp) -> None:
    texts = [STRIKE, KADUNA, "Protesters rallied in Santiago, Chile on 3 May 2020."]
    once = [c.to_dicts() for c in eventx.extract_many(texts, nlp=nlp, n_process=1)]
    assert once == [eventx.extract(t, nlp=nlp).to_dicts() for t in texts]
    assert once == [c.to_dicts() for c in eventx.extract_many(texts, nlp=nlp, n_process=2)]
    assert [len(c) for c in once] == [1, 1, 1]


def test_no_network_while_loading_and_extracting(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    nlp = eventx.load()
    assert eventx.extract(STRIKE, nlp=nlp)[0].fatalities.best == 12

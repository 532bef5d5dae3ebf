"""extract_many in batches inside spaCy memory zones, and in forked worker processes."""

from __future__ import annotations

import os

import pytest

import eventx
from eventx.api import make_doc
from eventx.errors import NotATextError
from eventx.parallel import batches, forked_map, worker_count

STRIKE = "An airstrike killed 12 civilians in Idlib, Syria, on Tuesday, rescuers said."
RIOT = "Rioters set fire to two police stations in Kisumu, Kenya, on 3 March; one officer was injured."
ITEMS = [
    (STRIKE, {"published": "2020-02-28", "doc_id": "a"}),
    RIOT,
    (RIOT, {"published": "2021-03-05", "doc_id": "b"}),
    (STRIKE, {"doc_id": "c"}),
    (RIOT, {"published": "2019-01-01", "doc_id": "d"}),
]


def test_batches_keep_order_and_sizes() -> None:
    assert list(batches(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(batches([], 3)) == []


def test_worker_count() -> None:
    assert worker_count(3) == 3
    assert worker_count(-1) == (os.cpu_count() or 1)
    for bad in (0, -2):
        with pytest.raises(ValueError, match="n_process"):
            worker_count(bad)


def test_forked_map_returns_results_in_input_order() -> None:
    # the lambda and the offset are inherited through fork, never pickled
    assert list(forked_map(10, lambda base, x: base + x, range(9), 2)) == list(range(10, 19))


def test_two_processes_give_the_same_events_as_one(nlp) -> None:
    one = list(eventx.extract_many(ITEMS, nlp=nlp, batch_size=2))
    two = list(eventx.extract_many(ITEMS, nlp=nlp, batch_size=2, n_process=2))
    assert sum(len(c) for c in one) >= 4
    assert [[e.model_dump() for e in c] for c in two] == [[e.model_dump() for e in c] for c in one]


def test_two_processes_bad_items(nlp) -> None:
    items = [STRIKE, RIOT, STRIKE, None]
    with pytest.raises(NotATextError, match="item 3"):
        list(eventx.extract_many(items, nlp=nlp, batch_size=1, n_process=2))
    out = list(eventx.extract_many(items, nlp=nlp, batch_size=1, n_process=2, on_error="skip"))
    assert [len(c) > 0 for c in out] == [True, True, True, False]


def test_string_store_does_not_grow_over_a_stream(nlp) -> None:
    texts = [f"Gunmen killed {n} villagers in Zorblax{n}ville, Nigeria, on Sunday." for n in range(3, 9)]
    list(eventx.extract_many(texts[:1], nlp=nlp))  # warm up: strings added once at first use
    before = len(nlp.vocab.strings)
    out = list(eventx.extract_many(texts, nlp=nlp, batch_size=2))
    assert all(len(c) for c in out)
    assert len(nlp.vocab.strings) == before


def test_string_store_grows_outside_a_memory_zone(nlp) -> None:
    before = len(nlp.vocab.strings)
    nlp(make_doc(nlp, "Gunmen killed 4 villagers in Qwertzuvillez, Nigeria, on Sunday."))
    assert len(nlp.vocab.strings) > before

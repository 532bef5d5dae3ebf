"""Bounded fuzzing (hypothesis) of the text helpers: number parsing, quantities, dates, clean_text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.api import clean_text
from eventx.text.numbers import words_to_int
from eventx.text.quantities import find_quantities
from eventx.text.temporal import resolve

FAST = settings(max_examples=40, deadline=None)
ANY_TEXT = st.text(alphabet=st.characters(), max_size=60)
WORDS = st.lists(
    st.sampled_from(
        [
            "one",
            "two",
            "hundred",
            "thousand",
            "a",
            "and",
            "dozen",
            "half",
            "million",
            "1,200",
            "3",
            "-",
            "killed",
            "\x00",
            "\ud800",
        ]
    ),
    max_size=8,
)


@FAST
@given(ANY_TEXT)
def test_clean_text_keeps_length_and_is_utf8(text) -> None:
    out = clean_text(text)
    assert len(out) == len(text)
    out.encode("utf-8")


@FAST
@given(st.one_of(ANY_TEXT, WORDS.map(" ".join)))
def test_words_to_int_never_crashes(text) -> None:
    value = words_to_int(text)
    assert value is None or isinstance(value, int)


@FAST
@given(st.one_of(ANY_TEXT, WORDS.map(" ".join)))
def test_quantities_keep_low_best_high_in_order(text) -> None:
    for q in find_quantities(text):
        assert q.low <= q.best <= q.high and 0 <= q.start <= q.end <= len(text)


@FAST
@given(ANY_TEXT, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)), st.booleans())
def test_resolve_never_crashes(text, anchor, future) -> None:
    r = resolve(text, anchor, future=future)
    assert r is None or r.start <= (r.end or r.start)


def test_words_to_int_reads_numbers() -> None:
    assert words_to_int("one thousand, two hundred and five") == 1205
    assert words_to_int("killed") is None

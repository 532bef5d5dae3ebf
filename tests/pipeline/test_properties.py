"""Property-based tests (hypothesis) of ``eventx.extract`` on arbitrary text (#18).

Whatever the text (arbitrary unicode, or sentences built from casualty words, numbers, places, dates,
punctuation and line breaks), extract returns valid events whose evidence spans index the caller's
string, whose counts are ordered, and which are the same on a second run. A positive twin checks that
the generated sentences the pipeline should read ("Gunmen killed 7 people in Kabul.") are read, so
that a pipeline returning nothing fails here.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eventx
from eventx import Event
from eventx.api import clean_text

BOUNDED = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

VOCABULARY = [
    # casualty words
    "killed", "dead", "died", "wounded", "injured", "casualties", "bodies", "death toll", "no one",
    # numbers and number words
    "3", "12", "1,200", "-5", "0", "99999999999", "two", "dozens", "a hundred", "at least", "three",
    # people and actors
    "people", "civilians", "soldiers", "Gunmen", "militants", "police", "an air strike", "rebels",
    # places
    "in", "Kabul", "Idlib, Syria", "Kaduna", "Nigeria", "Mogadishu", "the village of Bama",
    # dates
    "on Monday", "yesterday", "6 May 2020", "last week", "in 2019", "9999-12-31",
    # glue, punctuation and line breaks
    "and", "were", "was", "by", "of", "said", ".", ",", "!", "?", ";", "\"", "(", ")", "\n", "\n\n", "\t",
]  # fmt: skip

WORDS = st.lists(st.sampled_from(VOCABULARY), max_size=40).map(" ".join)
UNICODE = st.text(alphabet=st.characters(), max_size=200)
MIXED = st.tuples(WORDS, UNICODE, WORDS).map("".join)
TEXTS = st.one_of(WORDS, UNICODE, MIXED)


def assert_valid_events(text: str, events: list[Event]) -> None:
    """Every event is an Event; every evidence span lies in ``text`` and quotes it (with lone
    surrogates shown as U+FFFD, as ``clean_text`` documents); every count has low <= best <= high."""
    shown = clean_text(text)
    for event in events:
        assert isinstance(event, Event)
        Event.model_validate(event.model_dump())  # the fields still pass validation
        for ev in event.evidence:
            assert 0 <= ev.start <= ev.end <= len(text), (ev.start, ev.end, len(text))
            assert shown[ev.start : ev.end] == ev.text
        for count in (event.fatalities, event.injuries):
            if count is not None:
                low = count.best if count.low is None else count.low
                high = count.best if count.high is None else count.high
                assert 0 <= low <= count.best <= high, count


@BOUNDED
@given(text=TEXTS)
def test_events_are_valid_and_evidence_indexes_the_text(nlp, text) -> None:
    assert_valid_events(text, list(eventx.extract(text, nlp=nlp)))


@BOUNDED
@given(text=st.one_of(WORDS, MIXED))
def test_extract_is_deterministic(nlp, text) -> None:
    first = [e.model_dump() for e in eventx.extract(text, nlp=nlp)]
    second = [e.model_dump() for e in eventx.extract(text, nlp=nlp)]
    assert first == second


@settings(max_examples=10, deadline=None, database=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    place=st.sampled_from(["Kabul", "Kaduna", "Mogadishu"]),
    noise=st.sampled_from(["", "Officials said on Monday.\n", "Markets were calm.\n\n"]),
)
def test_a_plain_killing_is_read(nlp, n, place, noise) -> None:
    text = f"{noise}Gunmen killed {n} people in {place}."
    events = list(eventx.extract(text, nlp=nlp))
    assert_valid_events(text, events)
    assert [e.fatalities.best for e in events if e.fatalities is not None] == [n], events

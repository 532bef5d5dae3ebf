"""Tests for eventx.text.numbers and eventx.text.quantities on news-style phrases, including
machine-paraphrased ("spun") text."""

from __future__ import annotations

import dataclasses
from importlib.resources import files

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.text.numbers import words_to_int
from eventx.text.quantities import Quantity, find_quantities, parse_quantity


def _summary(q: Quantity | None) -> tuple[int, int, int, str, str, bool] | None:
    return None if q is None else (q.best, q.low, q.high, q.qualifier, q.text, q.vague)


def _found(text: str) -> list[tuple[int, int, int, str, str, bool]]:
    return [_summary(q) for q in find_quantities(text)]  # type: ignore[misc]


# --------------------------------------------------------------------------------------
# words_to_int
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one", 1),
        ("Thirty-three", 33),
        ("thirty three", 33),
        ("twenty-six", 26),
        ("TWELVE", 12),
        ("a hundred", 100),
        ("an hundred", 100),
        ("a thousand", 1000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("one hundred and fifty", 150),
        ("one thousand, two hundred and five", 1205),
        ("twelve hundred", 1200),
        ("a", 1),
        ("an", 1),
        ("zero", 0),
        ("1,200", 1200),
        ("1.5 million", 1_500_000),
    ],
)
def test_words_to_int(text: str, value: int) -> None:
    assert words_to_int(text) == value


@pytest.mark.parametrize(
    "text", ["", "-", "first", "third", "hundreds", "dozens", "several", "2.5", "many", "soldiers"]
)
def test_words_to_int_rejects_non_cardinals(text: str) -> None:
    assert words_to_int(text) is None
    assert words_to_int("thirty-three") == 33  # the twin: a cardinal is read


# --------------------------------------------------------------------------------------
# parse_quantity: the whole string is one number phrase
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("33", (33, 33, 33, "exact", "33", False)),
        ("1,200", (1200, 1200, 1200, "exact", "1,200", False)),
        ("Thirty-three", (33, 33, 33, "exact", "Thirty-three", False)),
        ("thirty three", (33, 33, 33, "exact", "thirty three", False)),
        ("twenty-six", (26, 26, 26, "exact", "twenty-six", False)),
        ("a dozen", (12, 12, 12, "exact", "a dozen", False)),
        ("a hundred", (100, 100, 100, "exact", "a hundred", False)),
        ("one", (1, 1, 1, "exact", "one", False)),
        ("a", (1, 1, 1, "exact", "a", False)),
        ("an", (1, 1, 1, "exact", "an", False)),
        ("at least 33", (33, 33, 33, "at_least", "at least 33", False)),
        ("more than 200", (200, 200, 200, "at_least", "more than 200", False)),
        ("between 10 and 15", (10, 10, 15, "approximate", "between 10 and 15", False)),
        ("10 to 15", (10, 10, 15, "approximate", "10 to 15", False)),
        ("10-15", (10, 10, 15, "approximate", "10-15", False)),
        ("10 or 11", (10, 10, 11, "approximate", "10 or 11", False)),
        ("up to 40", (40, 40, 40, "at_most", "up to 40", False)),
        ("nearly a million", (1_000_000, 1_000_000, 1_000_000, "at_most", "nearly a million", False)),
        ("about 20", (20, 20, 20, "approximate", "about 20", False)),
        ("some 50", (50, 50, 50, "approximate", "some 50", False)),
        ("several", (3, 3, 3, "approximate", "several", True)),
        ("a few", (3, 3, 3, "approximate", "a few", True)),
        ("a couple", (2, 2, 2, "approximate", "a couple", True)),
        ("dozens", (12, 12, 12, "at_least", "dozens", True)),
        ("hundreds", (100, 100, 100, "at_least", "hundreds", True)),
        ("tens of", (10, 10, 10, "at_least", "tens", True)),
        ("scores", (20, 20, 20, "at_least", "scores", True)),
        ("tens of thousands", (10_000, 10_000, 10_000, "at_least", "tens of thousands", True)),
        ("several hundred", (300, 300, 300, "approximate", "several hundred", True)),
        ("at least dozens", (12, 12, 12, "at_least", "at least dozens", True)),
        ("1.5 million", (1_500_000, 1_500_000, 1_500_000, "exact", "1.5 million", False)),
        ("10 to 15 million", (10**7, 10**7, 15 * 10**6, "approximate", "10 to 15 million", False)),
        ("two or three", (2, 2, 3, "approximate", "two or three", False)),
        ("50 or more", (50, 50, 50, "at_least", "50 or more", False)),
        ("50-odd", (50, 50, 50, "approximate", "50-odd", False)),
        ("an estimated 5,000", (5000, 5000, 5000, "approximate", "an estimated 5,000", False)),
        # spun: "Thirty-three" with "three" replaced by its "synonym" "a few"
        ("Thirty-a few", (33, 33, 33, "approximate", "Thirty-a few", False)),
        ("Twenty-a couple of", (22, 22, 22, "approximate", "Twenty-a couple", False)),
        ("2018", (2018, 2018, 2018, "exact", "2018", False)),  # no context rules in parse_quantity
    ],
)
def test_parse_quantity(text: str, expected: tuple[int, int, int, str, str, bool]) -> None:
    assert _summary(parse_quantity(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "soldiers",
        "many",
        "numerous",
        "F-16",
        "50%",
        "23-year-old",
        "2.5",
        "33 Turkish soldiers",
        "first",
        "2-1",
    ],
)
def test_parse_quantity_rejects(text: str) -> None:
    assert parse_quantity(text) is None
    assert _summary(parse_quantity("33"))[:3] == (33, 33, 33)  # the twin: a bare count is read


def test_parse_quantity_offsets_refer_to_input() -> None:
    q = parse_quantity("  at least 33 ")
    assert q is not None
    assert (q.start, q.end, q.text) == (2, 13, "at least 33")


# --------------------------------------------------------------------------------------
# find_quantities on news sentences
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 33 Turkish soldiers were killed", [(33, 33, 33, "at_least", "At least 33", False)]),
        (
            "Thirty-three Turkish troops were killed late Thursday",
            [(33, 33, 33, "exact", "Thirty-three", False)],
        ),
        (
            "Thirty-a few Turkish troops were being killed",
            [(33, 33, 33, "approximate", "Thirty-a few", False)],
        ),
        ("between 10 and 15 people died", [(10, 10, 15, "approximate", "between 10 and 15", False)]),
        ("killing 1,200", [(1200, 1200, 1200, "exact", "1,200", False)]),
        ("dozens were injured", [(12, 12, 12, "at_least", "dozens", True)]),
        ("nearly a million persons", [(10**6, 10**6, 10**6, "at_most", "nearly a million", False)]),
        ("1227 Rate this article", [(1227, 1227, 1227, "exact", "1227", False)]),
        ("killed 16 Syrian soldiers", [(16, 16, 16, "exact", "16", False)]),
        (
            "The conflict has killed more than 380,000 people",
            [(380_000, 380_000, 380_000, "at_least", "more than 380,000", False)],
        ),
        (
            "police arrested 150-200 of them",
            [(150, 150, 200, "approximate", "150-200", False)],
        ),
        ("Some 2,000 protesters gathered", [(2000, 2000, 2000, "approximate", "Some 2,000", False)]),
        ("about 2000 people fled", [(2000, 2000, 2000, "approximate", "about 2000", False)]),
        (
            "tens of thousands fled and several hundred were arrested",
            [
                (10_000, 10_000, 10_000, "at_least", "tens of thousands", True),
                (300, 300, 300, "approximate", "several hundred", True),
            ],
        ),
        ("a few dozen protesters", [(36, 36, 36, "approximate", "a few dozen", True)]),
        ("scores of people were hurt", [(20, 20, 20, "at_least", "scores", True)]),
        ("a 500-strong force", [(500, 500, 500, "exact", "500", False)]),
        ("a 15-member delegation", [(15, 15, 15, "exact", "15", False)]),
        ("up to 40 were killed", [(40, 40, 40, "at_most", "up to 40", False)]),
        ("as many as 90 civilians", [(90, 90, 90, "at_most", "as many as 90", False)]),
        ("no fewer than 12 fighters", [(12, 12, 12, "at_least", "no fewer than 12", False)]),
        ("no more than 7 fighters", [(7, 7, 7, "at_most", "no more than 7", False)]),
        ("50+ people were detained", [(50, 50, 50, "at_least", "50+", False)]),
        ("a dozen or so fighters", [(12, 12, 12, "approximate", "a dozen or so", False)]),
        (
            "killing two and wounding three",
            [(2, 2, 2, "exact", "two", False), (3, 3, 3, "exact", "three", False)],
        ),
        (
            "Two Turkish soldiers were killed and five others wounded",
            [(2, 2, 2, "exact", "Two", False), (5, 5, 5, "exact", "five", False)],
        ),
        (
            "1.5 to 2 million refugees",
            [(1_500_000, 1_500_000, 2_000_000, "approximate", "1.5 to 2 million", False)],
        ),
        ("two to three hundred families", [(200, 200, 300, "approximate", "two to three hundred", False)]),
        ("ranging from 10 to 15 people", [(10, 10, 15, "approximate", "10 to 15", False)]),
        # a change, not a range
        (
            "The toll rose from 29 to 33",
            [(29, 29, 29, "exact", "29", False), (33, 33, 33, "exact", "33", False)],
        ),
        ("one of the soldiers died", [(1, 1, 1, "exact", "one", False)]),
    ],
)
def test_find_quantities(text: str, expected: list[tuple[int, int, int, str, str, bool]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 23-year-old man",
        "the victim, aged 23, was",
        "aged between 18 and 25",
        "23 years old",
        "50 % of them youngsters",
        "50% of them",
        "50 percent of them",
        "eighty per cent",
        "6 billion euros",
        "$5",
        "US$5",
        "5 million dollars",
        "300 Syrian pounds",
        "hundreds of millions of dollars",
        "the 2018 ceasefire",
        "in 2016",
        "between 2014 and 2016",
        "2015-2016",
        "an eight-calendar year civil war",
        "an eight-year war",
        "two days later",
        "10 hours",
        "three weeks",
        "the past three days",
        "a couple of days",
        "at 6am",
        "at 11.30am",
        "at 6 a.m.",
        "at 0600 GMT",
        "the first",
        "the 3rd",
        "F-16",
        "Su-24",
        "COVID-19",
        "G20",
        "the 1990s",
        "9/11",
        "at 18:30",
        "the score was 2-1",
        "Resolution 2254",
        "Flight 17",
        "on 12 March",
        "on March 12",
        "two-thirds",
        "one third",
        "at one point",
        "no one was hurt",
        "three times more",
        "5 km away",
        "a 155mm shell",
        "several times",
        "he scores",
        "many people",
        "a number of people",
        "the Hundred Years War",
        "2.5",
    ],
)
def test_find_quantities_excludes(text: str) -> None:
    assert find_quantities(text) == []
    assert [q.best for q in find_quantities("33 people were killed")] == [33]  # the twin: a head count


def test_spun_text_is_never_thirty_years() -> None:
    assert _found("Thirty-a few Turkish troops") == [(33, 33, 33, "approximate", "Thirty-a few", False)]
    assert find_quantities("Thirty-a few years") == []  # spun "thirty-three years": a duration


def test_sentence_with_everything() -> None:
    text = (
        "Around 50 % of them youngsters, the 3.7 million refugees cost Ankara 6 billion euros "
        "in 2019, a 23-year-old said at 11.30am, after Russian Su-24 and Turkish F-16 jets flew "
        "12 sorties over the past 24 hours."
    )
    assert [q.best for q in find_quantities(text)] == [3_700_000, 12]


def test_offsets_match_text() -> None:
    text = "Officials said at least 33 soldiers and between 10 and 15 civilians died; dozens were hurt."
    found = find_quantities(text)
    assert [q.text for q in found] == ["at least 33", "between 10 and 15", "dozens"]
    for q in found:
        assert text[q.start : q.end] == q.text


def test_quantity_is_frozen() -> None:
    q = parse_quantity("33")
    assert q is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.best = 34  # type: ignore[misc]


def test_resource_names_its_source() -> None:
    data = yaml.safe_load((files("eventx") / "resources" / "quantities.yaml").read_text(encoding="utf-8"))
    assert "ACLED" in data["source"]
    assert data["vague"]["plural_scales"]["dozens"] == 12
    assert data["spun_units"]["a few"] == 3


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=999_999))
def test_digits_round_trip(n: int) -> None:
    q = parse_quantity(f"{n:,}")
    assert q is not None and (q.best, q.low, q.high, q.qualifier) == (n, n, n, "exact")


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=999_999).filter(lambda n: not 1900 <= n <= 2099))
def test_digits_in_a_sentence(n: int) -> None:
    text = f"The attack killed {n} people."
    assert [(q.best, q.text) for q in find_quantities(text)] == [(n, str(n))]


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=999_999))
def test_words_round_trip(n: int) -> None:
    num2words = pytest.importorskip("num2words").num2words
    words = num2words(n)  # "twelve thousand, three hundred and forty-five"
    assert words_to_int(words) == n
    q = parse_quantity(words.replace(",", ""))
    assert q is not None and q.best == n


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-%$aAbeilnorstuwxyz")), max_size=40))
def test_find_quantities_invariants(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.low <= q.best <= q.high
        assert text[q.start : q.end] == q.text
        assert q.qualifier in ("exact", "at_least", "at_most", "approximate")

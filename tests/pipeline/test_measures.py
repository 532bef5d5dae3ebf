"""Measures, money, durations, weights, distances and calibres never become casualty counts, and the
counts beside them are still read (real pipeline, real model; sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import casualties


def _counts(parse, text: str) -> list[tuple[str, int | None]]:
    return [(c.status, c.best) for c in casualties(parse, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 500-pound bomb killed 12 people in the crowded market.", [("killed", 12)]),
        ("Kidnappers demanded $2 million in ransom and 3 of the hostages were killed.", [("killed", 3)]),
        ("Gunmen opened fire with a 12.7 mm machine gun, killing 4 soldiers.", [("killed", 4)]),
        ("After three hours of fighting, 20 rebels were dead.", [("killed", 20)]),
        ("Trucks carrying 50 tonnes of aid were attacked and 6 drivers were wounded.", [("injured", 6)]),
        ("An air strike hit a village 5 km north of the town, killing 7 civilians.", [("killed", 7)]),
        ("Rebels seized 2,000 rounds of ammunition and killed 5 soldiers.", [("killed", 5)]),
    ],
)
def test_a_measure_beside_a_count_leaves_the_count(parse, text: str, expected: list) -> None:
    assert _counts(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The drone strike killed 500 metres from the market and injured 11 people.",
        "The car bomb killed 3 km from the border post, and 11 people were injured.",
    ],
)
def test_a_distance_read_as_the_victim_is_no_count(parse, text: str) -> None:
    # the parse makes "metres"/"km" what "killed" counts; its number is a distance, not dead people
    assert _counts(parse, text) == [("injured", 11)]
    assert _counts(parse, "The drone strike killed 500 people near the market.") == [("killed", 500)]

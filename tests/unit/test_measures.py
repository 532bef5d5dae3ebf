"""quantulum3's unit catalogue tells measures, money and durations from counts (eventx.text.measures);
quantities.yaml keeps only the unit words that catalogue lacks. Sentences written for these tests."""

from __future__ import annotations

import time

import pytest

from eventx.text.measures import count_nouns, load_quantulum, measured, needs_probe, unit_after, unit_before
from eventx.text.quantities import find_quantities
from eventx.text.quantity_lexicon import quantity_data


def _bests(text: str) -> list[int]:
    return [q.best for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("a 500-pound bomb killed 12 people", [12]),  # weight
        ("a 2,000-lb bomb killed at least 30 people", [30]),
        ("they demanded $2 million in ransom for 5 hostages", [5]),  # money
        ("a ransom of 300,000 euros was paid for the 4 workers", [4]),
        ("the militia fired a 14.5 mm machine gun, killing 6 villagers", [6]),  # calibre
        ("a 122mm rocket killed 3 soldiers", [3]),
        ("after three hours of fighting 20 rebels were dead", [20]),  # duration
        ("a fortnight later 8 more bodies were found", [8]),
        ("50 tonnes of aid reached the 900 families", [900]),  # weight of goods
        ("shelling hit a village 5 km north of the town, killing 7 civilians", [7]),  # distance
        ("the convoy drove 40 miles before 2 guards were shot", [2]),
        ("police seized 2,000 rounds of ammunition and arrested 5 men", [5]),  # ammunition
        ("the fire burnt 40 hectares and hurt 3 farmers", [3]),
        ("turnout fell 12 percent as 15 protesters were detained", [15]),
    ],
)
def test_measures_are_not_counts_but_the_counts_beside_them_are(text: str, counts: list[int]) -> None:
    assert _bests(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        "gunmen killing 2 at a checkpoint",  # "2 at" is not 2 ampere-turns
        "7 Kurds were killed",  # quantulum3 composes "Kurds" from unit letters
        "5 Naxals were killed",  # nor "Na" a nanoampere
        "TWO U.S. CITIZENS HAVE BEEN KILLED",  # nor "U" an atomic mass unit
        "20 Turkish soldiers were killed",
        "the militants killed 5 in Kabul",
    ],
)
def test_words_that_only_look_like_units_leave_the_count(text: str) -> None:
    assert len(find_quantities(text)) == 1
    assert _bests("a 500-pound bomb killed 12 people") == [12]  # the twin: a weight is no count


def test_number_words_stay_with_eventx() -> None:
    # quantulum3 reads "Thirty-a few" as 30 years; it is only asked about the words after the number
    assert _bests("Thirty-a few troops were killed in three hours of shelling") == [33]
    assert _bests("at least 33 soldiers and dozens of civilians died over 2 days") == [33, 12]


def test_measured_reads_signs_and_words_around_a_number() -> None:
    text = "It cost $5 million and 3 km of road; 4 people died."
    assert measured(text, text.index("5"), text.index("5") + len("5 million"))
    assert measured(text, text.index("3"), text.index("3") + 1)
    assert not measured(text, text.index("4"), text.index("4") + 1)


def test_probes_are_made_only_next_to_possible_units() -> None:
    assert not needs_probe("soldiers") and not needs_probe("policemen") and not needs_probe("protesters")
    assert not needs_probe("at") and not needs_probe("were")
    assert needs_probe("tonnes") and needs_probe("km") and needs_probe("per")
    assert {"soldier", "protester", "kill"} <= count_nouns()


def test_unit_lookups() -> None:
    assert unit_after(" tonnes of aid") == "tonne"
    assert unit_after("-pound bomb") == "pound-mass"
    assert unit_before("$") == "dollar"
    assert unit_after(" people") is None and unit_before("(") is None


def test_quantulum_loads_once() -> None:
    load_quantulum()
    start = time.perf_counter()
    assert load_quantulum() < 0.01  # the second load costs nothing
    for _ in range(100):
        find_quantities("a 500-pound bomb killed 12 people 5 km north of the town")
    assert time.perf_counter() - start < 1.0  # probes are cached: no parse per document


# quantities.yaml keeps only what quantulum3's catalogue lacks: each kept word is unknown to it


@pytest.mark.parametrize(
    "key", ["time_units", "currency_words", "units_not_people", "percent_words", "time_of_day_suffixes"]
)
def test_kept_unit_words_are_unknown_to_quantulum(key: str) -> None:
    words = quantity_data()[key]
    assert words
    assert [w for w in words if unit_after(" " + w) is not None] == []
    assert unit_after(" km") == "kilometre"  # the twin: what it knows is not kept


def test_kept_currency_signs_are_unknown_to_quantulum() -> None:
    signs = quantity_data()["currency_prefixes"]
    assert [s for s in signs if unit_before(s) is not None or unit_before(s + " ") is not None] == []
    assert unit_before("€") == "euro"  # the twin

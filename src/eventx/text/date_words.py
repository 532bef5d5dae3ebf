"""English date vocabulary of ``resources/temporal.yaml``: weekday and month names with their forms.

Pure data and helpers, no spaCy; the parsed YAML is shared read-only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..data import load_yaml

__all__ = [
    "MONTHS",
    "MONTH_FORMS",
    "TEMPORAL_DATA",
    "WEEKDAYS",
    "WEEKDAY_FORMS",
    "alternation",
    "is_month_word",
]

#: the parsed temporal.yaml (cached by load_yaml: read-only)
TEMPORAL_DATA: dict[str, Any] = load_yaml("temporal.yaml")


def _index(table: dict[str, list[str]], start: int) -> tuple[dict[str, int], dict[str, int]]:
    """(full name -> number, every form -> number) for the weekday or month table."""
    full: dict[str, int] = {}
    forms: dict[str, int] = {}
    for number, (name, abbrevs) in enumerate(table.items(), start=start):
        full[name] = number
        forms[name] = number
        forms.update((abbrev, number) for abbrev in abbrevs)
    return full, forms


#: full weekday name -> number (Monday = 0, as date.weekday()); every weekday form -> number
WEEKDAYS, WEEKDAY_FORMS = _index(TEMPORAL_DATA["weekdays"], 0)
#: full month name -> number (January = 1); every month form -> number
MONTHS, MONTH_FORMS = _index(TEMPORAL_DATA["months"], 1)


def is_month_word(text: str) -> bool:
    """True for a month name or abbreviation ("April", "Apr", "Apr.")."""
    return text.lower().rstrip(".") in MONTH_FORMS



def alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that "sept" wins over "sep"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

"""Number words and digits to int: "Thirty-three" 33, "a hundred" 100, "1.5 million" 1500000.

Pure functions, no spaCy. The number words live in ``number_words`` of ``resources/quantities.yaml``;
``text2num`` does the arithmetic, :func:`words_to_int` adds "a"/"an" before a scale word ("a
hundred"), "dozen" and "half a ...".
"""

from __future__ import annotations

import re
from decimal import Decimal

from text_to_num import text2num

from ..data import load_yaml

__all__ = [
    "BIG_SCALES",
    "DIGIT_SCALES",
    "HY",
    "HYPHENS",
    "TENS",
    "UNITS",
    "WORD_SCALES",
    "words_to_int",
]

_WORDS = load_yaml("quantities.yaml")["number_words"]

#: "zero" ... "nineteen"
UNITS: list[str] = list(_WORDS["units"])
#: "twenty" ... "ninety"
TENS: list[str] = list(_WORDS["tens"])
#: scale words text2num multiplies by: "hundred" 100 ... "trillion" 10**12
BIG_SCALES: dict[str, int] = dict(_WORDS["big_scales"])
#: scale words after number words: "dozen" 12 and the big scales
WORD_SCALES: dict[str, int] = {"dozen": _WORDS["dozen"], **BIG_SCALES}
_TEXT2NUM_WORDS = frozenset([*UNITS, *TENS, *BIG_SCALES, "and"])
#: scale words after digits: the big scales and their abbreviations ("bn", "mn", "mln")
DIGIT_SCALES: dict[str, int] = {**BIG_SCALES, **_WORDS["digit_scale_abbreviations"]}
#: hyphen-minus, hyphen, non-breaking hyphen
HYPHENS = "-\u2010\u2011"
#: the same hyphens, for use inside a regex character class
HY = r"\-\u2010\u2011"
_DIGIT_PHRASE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?(?:\s+(?P<scale>[a-z]+))?", re.IGNORECASE
)


def words_to_int(text: str) -> int | None:
    """Number words -> int: "Thirty-three" 33, "a hundred" 100, "two dozen" 24, "half a million" 500000.

    Case-insensitive; hyphens, commas and "and" are allowed ("one thousand, two hundred and five").
    Digits are accepted too ("1,200", "1.5 million"). A bare "a"/"an" is 1. Anything else that is
    not entirely a cardinal number (ordinals, vague words such as "hundreds") gives None.
    """
    norm = " ".join(text.strip().lower().split())
    if not norm:
        return None
    if norm[0].isdigit():
        return _digits_to_int(norm)
    norm = re.sub(f"[{HY},]", " ", norm)
    return _tokens_to_int(norm.split())


def _digits_to_int(text: str) -> int | None:
    """ "1,200" 1200, "1.5 million" 1500000; None for "2.5" or unknown scale words."""
    m = _DIGIT_PHRASE.fullmatch(text)
    if m is None:
        return None
    scale = 1
    if m["scale"]:
        if m["scale"].lower() not in DIGIT_SCALES:
            return None
        scale = DIGIT_SCALES[m["scale"].lower()]
    value = Decimal(m["num"].replace(",", "") + (m["frac"] or "")) * scale
    return int(value) if value == value.to_integral_value() else None


def _tokens_to_int(tokens: list[str]) -> int | None:
    """Lower-case word tokens -> int, with the additions to text2num described in words_to_int."""
    if not tokens:
        return None
    if tokens in (["a"], ["an"]):
        return 1
    if tokens[:1] == ["half"] and tokens[1:2] in (["a"], ["an"]) and len(tokens) > 2:
        whole = _tokens_to_int(["one", *tokens[2:]])
        return whole // 2 if whole is not None and whole % 2 == 0 else None
    if tokens[0] in ("a", "an") and len(tokens) > 1 and tokens[1] in WORD_SCALES:
        tokens = ["one", *tokens[1:]]
    if tokens[-1] == "dozen":
        head = _tokens_to_int(tokens[:-1] or ["one"])
        return head * 12 if head is not None else None
    if any(t not in _TEXT2NUM_WORDS for t in tokens) or "and" in (tokens[0], tokens[-1]):
        return None
    try:
        return int(text2num(" ".join(tokens), "en"))
    except ValueError:
        return None

"""The compiled patterns and lookup tables of ``resources/quantities.yaml``, built once per process.

:func:`quantity_lexicon` gives one frozen :class:`QuantityLexicon`: the regex of number atoms
(digits, number words, vague words, spun forms), the hedge patterns and the context patterns that
tell counts from years, ages, money, durations and units. Nothing here changes the loaded YAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..data import load_yaml
from ..lexicon import per_lexicon
from .date_words import MONTH_FORMS
from .numbers import DIGIT_SCALES, HY, TENS, UNITS, WORD_SCALES

__all__ = ["QuantityLexicon", "is_vague_number", "quantity_data", "quantity_lexicon"]


def quantity_data() -> dict[str, Any]:
    """quantities.yaml, parsed once per process (read-only)."""
    return load_yaml("quantities.yaml")


#: month names and abbreviations of temporal.yaml in title case, matched case-sensitively ("may" is a verb)
_MONTH_NAMES = tuple(form.title() for form in MONTH_FORMS)


def _alt(phrases: Iterable[str]) -> str:
    """Regex alternation of phrases, longest first, any whitespace run matching a space."""
    uniq = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in uniq) + ")"


def _strip_of(mapping: dict[str, Any]) -> dict[str, Any]:
    """{"a couple of": 2, "a couple": 2} -> {"a couple": 2}: atoms never end in "of"."""
    return {k.removesuffix(" of"): v for k, v in mapping.items()}


@dataclass(frozen=True)
class QuantityLexicon:
    """Compiled patterns and lookup tables built from quantities.yaml."""

    atoms: re.Pattern[str]
    vague_words: dict[str, int]
    plural_scales: dict[str, int]
    spun_units: dict[str, int]
    hedges: tuple[tuple[str, re.Pattern[str]], ...]
    suffixes: tuple[tuple[str, re.Pattern[str]], ...]
    before: dict[str, re.Pattern[str]]
    after: dict[str, re.Pattern[str]]
    hyphen_people: frozenset[str]


@per_lexicon
def quantity_lexicon() -> QuantityLexicon:
    """The lexicon of quantities.yaml, compiled once per process."""
    data = quantity_data()
    vague = data["vague"]
    words = {k: v for k, v in _strip_of(vague["words"]).items() if v is not None}
    return QuantityLexicon(
        atoms=_atom_pattern(data, words),
        vague_words=words,
        plural_scales=dict(vague["plural_scales"]),
        spun_units=_strip_of(data["spun_units"]),
        hedges=tuple(
            (q, re.compile(r"(?<!\w)" + _alt(ps) + r"\s+\Z", re.I)) for q, ps in data["hedges"].items()
        ),
        suffixes=tuple((q, _suffix_pattern(ps)) for q, ps in data["suffix_hedges"].items()),
        before=_before_patterns(data),
        after=_after_patterns(data),
        hyphen_people=frozenset(data["hyphen_people_suffixes"]),
    )


def is_vague_number(number_text: str) -> bool:
    """The words of a count are a vague quantity ("scores", "dozens", "several hundred"), a floor or
    estimate, not a figure: no digit, and a vague word or plural scale word among them. "four" and
    "two dozen" are figures."""
    if any(ch.isdigit() for ch in number_text):
        return False
    return _vague_word_pattern().search(number_text) is not None


@per_lexicon
def _vague_word_pattern() -> re.Pattern[str]:
    """Any vague word or plural scale word of the lexicon, as a whole word, compiled once."""
    lex = quantity_lexicon()
    return re.compile(r"(?<!\w)" + _alt([*lex.vague_words, *lex.plural_scales]) + r"(?!\w)", re.I)


def _atom_pattern(data: dict[str, Any], vague_words: dict[str, int]) -> re.Pattern[str]:
    """One regex whose named alternatives are the kinds of number atoms, most specific first."""
    vague = data["vague"]
    hy = f"[{HY}]"
    word = _alt([*UNITS, *TENS, *WORD_SCALES]) + r"(?!\w)"
    scale = _alt(WORD_SCALES) + r"(?!\w)"
    sing = _alt(data["scales"])
    plural = _alt(vague["plural_scales"])
    mult = _alt(vague["multipliers"])
    spun = _alt(_strip_of(data["spun_units"]))
    parts = {
        "spun": rf"(?P<spun_tens>{_alt(TENS)}){hy}(?P<spun_unit>{spun})(?!\w)",
        "vmult": rf"{mult}\s+{sing}s?(?:\s+{sing}s?)?(?!\w)",
        "words": rf"(?:half\s+an?\s+(?={scale})|an?\s+(?={scale}))?{word}(?:(?:\s+|{hy}|\s+and\s+){word})*",
        "vplural": rf"{plural}(?:\s+of\s+{plural})*(?!\w)",
        "vword": rf"{_alt(vague_words)}(?!\w)",
    }
    body = "|".join(rf"(?<![\w{HY}])(?P<{name}>{rx})" for name, rx in parts.items())
    digits = (
        r"(?<![\w.,])(?P<digits>(?P<dnum>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?!\d)(?!,\d{3})"
        rf"(?:\s+(?P<dscale>{_alt(DIGIT_SCALES)})(?!\w))?)"
    )
    return re.compile(f"{body}|{digits}", re.IGNORECASE)


def _suffix_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Suffix hedges: entries starting with "-"/"+" are glued to the number, others follow a space."""
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        if p.startswith("-"):
            alts.append(f"[{HY}]" + _alt([p[1:]]))
        elif p.startswith("+"):
            alts.append(re.escape(p))
        else:
            alts.append(r"\s+" + _alt([p]))
    return re.compile(r"(?:" + "|".join(alts) + r")(?!\w)", re.I)  # used with .match(text, pos)


def _before_patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Patterns matched against the text just before a number phrase (anchored at its end)."""
    labels = "|".join((r"\b" if lab[0].isalnum() else "") + re.escape(lab) for lab in data["label_words"])
    return {
        "money": re.compile(r"(?<![A-Za-z])" + _alt(data["currency_prefixes"]) + r"\s*\Z", re.I),
        "age": re.compile(
            r"\b"
            + _alt(data["age_prefixes"])
            + r"\s+(?:(?:between|of|from|the)\s+)*(?:\d+\s*(?:and|to|or|-|–)\s*)?\Z",
            re.I,
        ),
        "label": re.compile(rf"(?:{labels})\s*\Z"),
        "month": re.compile(r"\b" + _alt(_MONTH_NAMES) + r"\.?\s+\Z"),
        "one": re.compile(r"(?<!\w)" + _alt(data["one_pronoun_before"]) + r"\s+\Z", re.I),
        "between": re.compile(r"\bbetween\s+\Z", re.I),
        "from": re.compile(r"\bfrom\s+\Z", re.I),
        "ranging_from": re.compile(r"\b" + _alt(data["range_from_words"]) + r"\s+from\s+\Z", re.I),
    }


def _after_patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Patterns matched against the text just after a number phrase (anchored at its start)."""
    sep = rf"(?:\s+|\s*[{HY}]\s*)"
    of = r"(?:of\s+(?:the\s+)?)?"
    scales = _alt(DIGIT_SCALES)
    cap = r"(?-i:[A-Z][A-Za-z.]*)"
    caps = rf"(?:{cap}\s+){{0,2}}"
    modifiers = _alt(data["duration_modifiers"])
    return {
        "percent": re.compile(r"\A\s*" + _alt(data["percent_words"]) + r"(?!\w)", re.I),
        "money": re.compile(
            rf"\A(?:{sep}{of}{scales}(?!\w))*\s+{of}{caps}{_alt(data['currency_words'])}(?!\w)", re.I
        ),
        "duration": re.compile(
            rf"\A{sep}{of}(?:{modifiers}{sep})?{_alt(data['time_units'])}(?!\w)",
            re.I,
        ),
        "clock": re.compile(r"\A\s*" + _alt(data["time_of_day_suffixes"]) + r"(?!\w)", re.I),
        "unit": re.compile(rf"\A(?:\s*|{sep}){of}{_alt(data['units_not_people'])}(?!\w)", re.I),
        "fraction": re.compile(rf"\A{sep}{_alt(data['fraction_words'])}(?!\w)", re.I),
        "month": re.compile(r"\A\s+(?:of\s+)?" + _alt(_MONTH_NAMES) + r"(?!\w)"),
        "one": re.compile(r"\A\s*" + _alt(data["one_pronoun_after"]) + r"(?!\w)", re.I),
        "of": re.compile(r"\A\s+of(?!\w)", re.I),
        # what may stand between a number and its unit: "6 billion euros", "hundreds of millions of
        # dollars", "300 Syrian pounds", "three straight days", "an eight-calendar year war"
        "unit_lead": re.compile(rf"\A(?:{sep}(?:of|the|{scales}|{modifiers}|{cap})(?!\w)){{0,3}}", re.I),
    }

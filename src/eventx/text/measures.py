"""Is a number a measurement, an amount of money or a duration rather than a count? quantulum3 decides.

eventx reads the numbers itself (``numbers.py``, ``quantities.py``: "Thirty-a few", "at least 33",
"dozens", ranges); quantulum3 only lends its unit catalogue (hundreds of units, currencies and their
surface forms) to tell "a 500-pound bomb", "$2 million", "a 12.7 mm gun", "three hours", "50 tonnes"
or "5 km north" from "12 people". It never reads the number: it is asked about a probe, the digit
``7`` with the sign written before the number ("$", "US$", "€") or the words written after it
(" tonnes of aid", "-pound bomb"), so that its misreadings of number words ("Thirty-a few" as 30
years) cannot reach a count.

Cost: quantulum3 builds its catalogue on its first call (about 1.7 s on an idle machine, see
``docs/dependencies.md``); :func:`load_quantulum` pays it once, at the casualties pipe's
initialisation. A probe is only made when the word next to a number is neither a function word nor
a known casualty, person or crowd noun (:func:`needs_probe`), and each probe's answer is cached, so
the cost per document is a few dictionary look-ups. quantulum3 ships its data: it downloads nothing.
"""

from __future__ import annotations

import functools
import re
import time
import warnings
from collections.abc import Callable
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..data import actor_lexicon, load_yaml, trigger_lexicon
from ..lexicon import per_lexicon
from .fast_imports import import_inflect_quickly
from .quantity_lexicon import quantity_lexicon

__all__ = ["count_nouns", "load_quantulum", "measured", "needs_probe", "unit_after", "unit_before"]

#: the number every probe is written with: quantulum3 reads digits reliably
PROBE = "7"
#: function words never start a unit; "per" does ("7 per cent")
_GLUE = frozenset(STOP_WORDS) - {"per"}


@functools.cache
def _parser() -> tuple[Callable[[str], list[Any]], frozenset[str]]:
    """quantulum3's ``parse``, its catalogue built (the first call is the costly one), and the names of
    the catalogue's own units."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Classifier dependencies not installed")
        import_inflect_quickly()  # quantulum3 imports inflect on its first parse
        from quantulum3 import load, parser

        parser.parse(PROBE + " km")
        names = frozenset(load.units("en_US").names) - {"dimensionless", "unk"}
    return parser.parse, names


def load_quantulum() -> float:
    """Load quantulum3 and build its catalogue once per process; the seconds this call took."""
    start = time.perf_counter()
    _parser()
    return time.perf_counter() - start


def _unit_of(probe: str, unit_start: int, unit_end: int) -> str | None:
    """The unit quantulum3 reads on the probe's number, if its surface lies in probe[unit_start:unit_end]."""
    parse, catalogue = _parser()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Classifier dependencies not installed")
        try:
            found = parse(probe)
        except Exception:  # noqa: BLE001 - a parser failure means no unit, never a crash
            return None
    number = probe.index(PROBE)
    q = next((q for q in found if q.span[0] <= number < q.span[1]), None)
    if q is None or q.unit.name not in catalogue:
        return None  # dimensionless, or a unit quantulum3 composed from letters ("7 Kurds")
    if re.match(r"\.?\w", probe[q.span[1] :]):
        return None  # "7 Naxals" is not 7 nanoamperes ("Na"), "7 U.S. citizens" not 7 "u": a unit is a word
    surface = probe[max(q.span[0], unit_start) : min(q.span[1], unit_end)].strip(" -")
    if not surface or surface.lower() in STOP_WORDS:  # (lexicon-free: the answer is cached per process)
        return None  # "killing 7 at a checkpoint" is not 7 ampere-turns
    if len(surface) == 1 and surface.isupper():
        return None  # "7 K", "7 J": a capital letter is more often an initial than a kelvin or a joule
    return str(q.unit.name)


@functools.lru_cache(maxsize=1 << 14)
def unit_after(words: str) -> str | None:
    """The unit quantulum3 reads in the words written right after a number (" tonnes of aid",
    "-pound bomb", "% of them"), else None."""
    return _unit_of(PROBE + words, len(PROBE), len(PROBE) + len(words))


@functools.lru_cache(maxsize=1 << 12)
def unit_before(sign: str) -> str | None:
    """The unit (a currency) quantulum3 reads in the sign written right before a number ("$", "€")."""
    return _unit_of(sign + PROBE, 0, len(sign))


def measured(text: str, start: int, end: int) -> bool:
    """True if the number phrase text[start:end] is a measurement, money or a duration by its unit.

    The unit is the sign glued before the number ("$2 million", "US$5") or the words after it, past
    scale words, "of (the)", duration modifiers and up to three capitalised words ("50 tonnes of aid",
    "a 500-pound bomb", "300 Syrian pounds", "three straight days"). quantulum3 is asked only when the
    first such word may be a unit (:func:`needs_probe`)."""
    sign = re.search(r"[^\w\s]+\Z", text[max(0, start - 4) : start])
    if sign is not None and unit_before(sign.group()) is not None:
        return True
    right = text[end : end + 60]
    probes = [_first_words(right)]
    lead = quantity_lexicon().after["unit_lead"].match(right)
    if lead is not None and lead.group().strip(" -\u2010\u2011"):  # "300 Syrian pounds": past "Syrian"
        probes.append(_first_words(" " + right[lead.end() :].lstrip(" -\u2010\u2011")))
    for words in probes:
        head = re.match(r"[\s\-\u2010\u2011]*([^\s\-\u2010\u2011]+)", words)
        if head is not None and _may_be_unit(head.group(1)) and unit_after(words) is not None:
            return True
    return False


def _first_words(text: str, n: int = 3) -> str:
    """text up to its n-th word ("  tonnes of aid were" -> "  tonnes of aid")."""
    m = re.match(rf"(?:[\s\-\u2010\u2011]*[^\s\-\u2010\u2011]+){{1,{n}}}", text)
    return m.group() if m else ""


def _may_be_unit(token: str) -> bool:
    """A token after a number that may start a unit: a symbol ("%", "°"), else a word for needs_probe."""
    word = re.match(r"[A-Za-z]+", token)
    if word is None:
        return not token[:1].isdigit() and token[:1] not in ",.;:!?)]}\"'’”"
    return needs_probe(word.group())


def needs_probe(word: str) -> bool:
    """True if the word next to a number may be a unit: not a function word nor a known count noun."""
    w = word.lower()
    if not w or w in _GLUE:
        return False
    return not any(form in count_nouns() for form in _singulars(w))


def _singulars(word: str) -> tuple[str, ...]:
    """The word and its possible singulars: "soldiers" soldier, "policemen" policeman."""
    forms = [word]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


@per_lexicon
def count_nouns() -> frozenset[str]:
    """Words that name who or what a number counts: casualty words, person and actor nouns, crowds."""
    words: set[str] = set()
    for by_class in load_yaml("casualties.yaml")["triggers"].values():
        for lemmas in by_class.values():
            words.update(lemmas)
    actors = actor_lexicon()
    words.update(actors["nouns"])
    for key in ("persons_without_kind", "armed_heads", "identity_heads", "member_heads"):
        words.update(actors[key])
    triggers = trigger_lexicon()
    for key in ("crowd_nouns", "riot_crowd_nouns"):
        words.update(triggers[key])
    return frozenset(w.lower() for w in words if not re.search(r"\s", w))

"""Number phrases in news text: "33", "1,200", "Thirty-three", "at least 33", "between 10 and 15", "dozens".

Pure functions, no spaCy model. The word lists and conventions live in ``resources/quantities.yaml``.

* :func:`words_to_int` turns number words (or digits) into an int, using ``text2num`` for the
  arithmetic and adding "a"/"an" before a scale word ("a hundred"), "dozen" and "half a ...".
* :func:`parse_quantity` reads ONE number phrase: the whole string must be the phrase.
* :func:`find_quantities` finds every number phrase in a sentence and leaves out numbers that
  do not count anything: years, ages, percentages, money, durations, clock times, ordinals,
  fractions, measures, labels ("Resolution 2254"), days of the month and numbers glued to
  letters ("F-16", "COVID-19", "G20").

Conventions of :class:`Quantity`:

* A single number without a hedge is ``exact``, with ``low == best == high``.
* A hedged single number ("at least 33", "up to 40", "about 20", "50 or more", "50-odd") keeps
  ``low == best == high == N``; the qualifier (``at_least``/``at_most``/``approximate``) carries
  the hedge and no bound is invented.
* A range ("between 10 and 15", "10 to 15", "10-15", "10 or 11", "two to three hundred") has
  ``low`` and ``high`` at its ends, ``best = low`` (conservative) and qualifier ``approximate``.
  A scale word on the upper end also applies to the lower one ("10 to 15 million").
  "from 10 to 15" is a change, not a range, and gives two quantities (except after
  "ranging"/"anywhere"/"somewhere").
* Vague words use ACLED's conventions: "tens" 10, "dozens" 12, "scores" 20, "hundreds" 100,
  "thousands" 1000, products such as "tens of thousands" 10000, all ``at_least`` (the value is
  a floor); "several"/"a few" 3, "a couple" 2, "a handful" 3, and multiplied forms such as
  "several hundred" 300, all ``approximate``. These have ``vague=True``; "many", "numerous",
  "a number of" have no value and give nothing. A hedge before a vague word wins over its
  default qualifier. "a dozen", "a hundred" are not vague.
* Spun text: article spinners replace "three" by its "synonym" "a few", so "Thirty-three"
  becomes "Thirty-a few". A tens word hyphenated to one of ``spun_units`` is read as the
  tens plus that small number (33), qualifier ``approximate``, not vague. It is never read as
  "30" followed by something else.
* Years: a bare 4-digit 1900-2099 without comma is a year unless hedged ("about 2000 people"
  and "2000+ people" are counts, "the 2018 ceasefire", "in 2016" and "2015-2016" are not).
* "a"/"an" alone are 1 for :func:`parse_quantity` and :func:`words_to_int`, but
  :func:`find_quantities` never reports a bare article.

Which numbers are measurements, money or durations is decided by quantulum3's unit catalogue
(:mod:`eventx.text.measures`), asked about the sign before a number and the words after it only;
``quantities.yaml`` keeps the units, currencies and clock words that catalogue lacks. eventx reads
the numbers itself: quantulum3 reads "Thirty-a few" as 30 years and knows no vague words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .measures import measured
from .numbers import DIGIT_SCALES, HY, HYPHENS, WORD_SCALES, words_to_int
from .quantity_lexicon import quantity_data, quantity_lexicon

__all__ = ["Quantity", "find_quantities", "parse_quantity"]


@dataclass(frozen=True)
class Quantity:
    """A number phrase found in text, with its hedge and position."""

    best: int  # the single best value
    low: int  # low <= best <= high, all >= 0
    high: int
    qualifier: str  # "exact" | "at_least" | "at_most" | "approximate"
    text: str  # the substring of the input that expressed the number, hedge included
    start: int  # char offsets of that substring inside the input string
    end: int
    vague: bool = False  # True for "dozens", "several", "hundreds" ...


# ----------------------------------------------------------------------------------------
# Atoms: one number each ("33", "Thirty-three", "dozens", "several hundred", "Thirty-a few")
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    num: Decimal  # may be non-integral ("1.5" before a range's scale is applied)
    scale: int  # multiplier of a trailing scale word ("15 million" -> 10**6), else 1
    kind: str  # "digits" | "words" | "spun" | "vague"
    qualifier: str  # qualifier when no hedge applies
    vague: bool
    word: str  # the atom's text, lower-cased


def _scan_atoms(text: str) -> list[_Atom]:
    """All number atoms in text, left to right, not overlapping."""
    lex = quantity_lexicon()
    atoms: list[_Atom] = []
    pos = 0
    while (m := lex.atoms.search(text, pos)) is not None:
        atom = _atom_from_match(m, text)
        if atom is None:
            pos = m.start() + 1
            continue
        atoms.append(atom)
        pos = atom.end
    return atoms


def _atom_from_match(m: re.Match[str], text: str) -> _Atom | None:
    kind = m.lastgroup
    if kind == "words":
        return _words_atom(m.start(), m.group(), text)
    word = m.group().lower()
    if kind == "digits":
        scale = DIGIT_SCALES[m["dscale"].lower()] if m["dscale"] else 1
        num = Decimal(m["dnum"].replace(",", "")) * scale
        return _Atom(m.start(), m.end(), num, scale, "digits", "exact", False, word)
    if kind == "spun":
        value = (
            words_to_int(m["spun_tens"])
            + quantity_lexicon().spun_units[" ".join(m["spun_unit"].lower().split())]
        )
        return _Atom(m.start(), m.end(), Decimal(value), 1, "spun", "approximate", False, word)
    value, scale, qualifier = _vague_value(kind or "", word)
    return _Atom(m.start(), m.end(), Decimal(value), scale, "vague", qualifier, True, word)


def _words_atom(start: int, cand: str, text: str) -> _Atom | None:
    """Longest prefix of a run of number words that is one number ("two and three" -> "two")."""
    toks = list(re.finditer(r"[A-Za-z]+", cand))
    for tok in reversed(toks):
        if tok.group().lower() in ("a", "an", "half", "and"):
            continue
        value = words_to_int(cand[: tok.end()])
        if value is not None:
            last = tok.group().lower()
            scale = WORD_SCALES.get(last, 1)
            end = start + tok.end()
            return _Atom(start, end, Decimal(value), scale, "words", "exact", False, text[start:end].lower())
    return None


def _vague_value(kind: str, word: str) -> tuple[int, int, str]:
    """(value, scale, qualifier) of a vague atom.

    "dozens" 12, "tens of thousands" 10000, "several hundred" 300, "a few dozen" 36.
    """
    lex, vague = quantity_lexicon(), quantity_data()["vague"]
    norm = " ".join(word.split())
    if kind == "vword":
        return lex.vague_words[norm], 1, vague["words_qualifier"]
    if kind == "vplural":
        value = 1
        for part in norm.split(" of "):
            value *= lex.plural_scales[part]
        return value, value, vague["plural_qualifier"]
    # "vmult": a multiplier ("several", "a couple of") and one or two scale words, maybe plural
    mult = next(m for m in sorted(vague["multipliers"], key=len, reverse=True) if norm.startswith(m + " "))
    scale = 1
    for part in norm[len(mult) + 1 :].split():
        scale *= quantity_data()["scales"][part.removesuffix("s")]
    return lex.vague_words[mult.removesuffix(" of")] * scale, scale, vague["words_qualifier"]


# ----------------------------------------------------------------------------------------
# Phrases: atoms with ranges and hedges attached
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    quantity: Quantity
    atoms: tuple[_Atom, ...]
    hedged: bool


def _candidates(text: str) -> list[_Candidate]:
    """Every number phrase in text, without judging whether it counts anything."""
    atoms = _scan_atoms(text)
    out: list[_Candidate] = []
    i = 0
    while i < len(atoms):
        a, b = atoms[i], atoms[i + 1] if i + 1 < len(atoms) else None
        link = _range_link(text, a, b) if b is not None else None
        if link == "score":  # "2-1": neither number counts anything
            i += 2
            continue
        if link is not None and b is not None:
            cand = _range_candidate(text, a, b, link)
            if cand is not None:
                out.append(cand)
                i += 2
                continue
        cand = _single_candidate(text, a)
        if cand is not None:
            out.append(cand)
        i += 1
    return out


def _range_ends(a: _Atom, b: _Atom) -> tuple[Decimal, Decimal]:
    """Values of a range's ends, the upper end's scale applied to a bare lower end ("10 to 15 million")."""
    low = a.num
    if a.scale == 1 and b.scale > 1 and a.num * b.scale <= b.num:
        low = a.num * b.scale
    return low, b.num


def _range_link(text: str, a: _Atom, b: _Atom) -> str | None:
    """How two neighbouring atoms are linked: "between", "plain" (range), "score" ("2-1") or None."""
    before = quantity_lexicon().before
    conn = text[a.end : b.start]
    window = max(0, a.start - 30)
    low, high = _range_ends(a, b)
    if re.fullmatch(r"\s+and\s+", conn, re.I):
        return "between" if before["between"].search(text, window, a.start) and low < high else None
    dash = re.fullmatch(rf"\s*[{HY}–—]\s*", conn)
    word = re.fullmatch(r"\s+(?:to|or)\s+", conn, re.I)
    if not dash and not word:
        return None
    if word and conn.strip().lower() == "to" and before["from"].search(text, window, a.start):
        if not before["ranging_from"].search(text, window, a.start):
            return None  # "rose from 10 to 15" is a change
    if low < high:
        return "plain"
    if dash and conn in HYPHENS and a.kind == b.kind == "digits":
        return "score"
    return None


def _integral(value: Decimal) -> int | None:
    return int(value) if value == value.to_integral_value() and value >= 0 else None


def _range_candidate(text: str, a: _Atom, b: _Atom, link: str) -> _Candidate | None:
    lo, hi = _range_ends(a, b)
    low, high = _integral(lo), _integral(hi)
    if low is None or high is None:
        return None
    start, end = a.start, b.end
    hedged = False
    if link == "between":
        start = quantity_lexicon().before["between"].search(text, max(0, a.start - 30), a.start).start()
    else:
        hedge = _prefix_hedge(text, start)
        if hedge is not None:
            start, hedged = hedge[1], True
    suffix = _suffix_hedge(text, end)
    if suffix is not None:
        end, hedged = suffix[1], True
    q = Quantity(low, low, high, "approximate", text[start:end], start, end, a.vague or b.vague)
    return _Candidate(q, (a, b), hedged)


def _single_candidate(text: str, a: _Atom) -> _Candidate | None:
    value = _integral(a.num)
    if value is None:  # "2.5": a measurement, not a count
        return None
    start, end, qualifier = a.start, a.end, a.qualifier
    hedge = _prefix_hedge(text, start)
    suffix = _suffix_hedge(text, end)
    if suffix is not None:
        qualifier, end = suffix
    if hedge is not None:
        qualifier, start = hedge
    q = Quantity(value, value, value, qualifier, text[start:end], start, end, a.vague)
    return _Candidate(q, (a,), hedge is not None or suffix is not None)


def _prefix_hedge(text: str, start: int) -> tuple[str, int] | None:
    """(qualifier, hedge start) of a hedge written just before offset start ("at least 33")."""
    best: tuple[str, int] | None = None
    window = max(0, start - 40)
    for qualifier, pattern in quantity_lexicon().hedges:
        m = pattern.search(text, window, start)
        if m is not None and (best is None or m.start() < best[1]):
            best = (qualifier, m.start())
    return best


def _suffix_hedge(text: str, end: int) -> tuple[str, int] | None:
    """(qualifier, hedge end) of a hedge written just after offset end ("50 or more", "50-odd", "50+")."""
    for qualifier, pattern in quantity_lexicon().suffixes:
        m = pattern.match(text, end)
        if m is not None:
            return qualifier, m.end()
    return None


# ----------------------------------------------------------------------------------------
# What does not count anything
# ----------------------------------------------------------------------------------------


def _glued_left(text: str, i: int) -> bool:
    """A number glued to what precedes it: "F-16", "COVID-19", "9/11", "#5", "'98", "+90"."""
    if i == 0:
        return False
    c = text[i - 1]
    if c.isalnum() or c in "_/:#+'’\\@":
        return True
    return c in HYPHENS + "." and i >= 2 and text[i - 2].isalnum()


def _glued_right(text: str, j: int) -> bool:
    """A number glued to what follows: "3rd", "6am", "1990s", "11:30", "2-1", "two-day", "one's"."""
    if j >= len(text):
        return False
    c, nxt = text[j], text[j + 1 : j + 2]
    if c.isalnum() or c == "_":
        return True
    if c in "/:.,'’" + HYPHENS and nxt.isdigit():
        return True
    if c in "'’" and nxt.isalpha():
        return True
    if c in HYPHENS and nxt.isalpha():
        m = re.match(r"[A-Za-z]+", text[j + 1 :])
        return m is None or m.group().lower() not in quantity_lexicon().hyphen_people
    return False


def _is_year(atom: _Atom) -> bool:
    return (
        atom.kind == "digits"
        and re.fullmatch(r"\d{4}", atom.word) is not None
        and (1900 <= int(atom.word) <= 2099)
    )


def _context_excluded(text: str, cand: _Candidate) -> bool:
    """True if the words around a phrase show it is not a count (money, age, duration ...)."""
    lex, q = quantity_lexicon(), cand.quantity
    first, last = cand.atoms[0], cand.atoms[-1]
    left = text[max(0, q.start - 60) : q.start]
    right = text[q.end : q.end + 80]
    for name in ("percent", "money", "duration", "clock", "unit", "fraction"):
        if lex.after[name].match(right):
            return True
    if lex.before["money"].search(left) or lex.before["age"].search(left):
        return True
    if measured(text, q.start, q.end):  # quantulum3's catalogue: "$2 million", "5 km", "a 500-pound bomb"
        return True
    if lex.before["label"].search(text, max(0, first.start - 30), first.start):
        return True
    if q.high <= 31 and (lex.before["month"].search(left) or lex.after["month"].match(right)):
        return True
    if first.word == "one" and len(cand.atoms) == 1 and not cand.hedged:
        if lex.before["one"].search(left) or lex.after["one"].match(right):
            return True
    return last.word == "scores" and not lex.after["of"].match(right)


def _excluded(text: str, cand: _Candidate) -> bool:
    """True if a phrase found by _candidates does not count people or things."""
    if _glued_left(text, cand.atoms[0].start) or _glued_right(text, cand.quantity.end):
        return True
    if not cand.hedged and all(_is_year(a) for a in cand.atoms):
        return True
    return _context_excluded(text, cand)


# ----------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------


def parse_quantity(text: str) -> Quantity | None:
    """Parse ONE number phrase; the whole string (trimmed, an optional trailing "of" allowed) is the phrase.

    "33", "1,200", "Thirty-three", "a dozen", "dozens", "a"/"an" (1), "at least 33",
    "between 10 and 15", "10-15", "10 or 11", "up to 40", "nearly a million", "some 50",
    "several", "tens of", "Thirty-a few" (33, approximate). Returns None if the text is not a
    number phrase ("F-16", "50%", "23-year-old", "many"). No context rules apply here: "2018"
    is 2018.
    """
    stripped = text.strip()
    if stripped.lower() in ("a", "an"):
        start = text.index(stripped)
        return Quantity(1, 1, 1, "exact", stripped, start, start + len(stripped))
    found = _candidates(text)
    if len(found) != 1:
        return None
    q = found[0].quantity
    if text[: q.start].strip() or not re.fullmatch(r"\s*(?:of)?\s*", text[q.end :], re.I):
        return None
    return q


def find_quantities(text: str) -> list[Quantity]:
    """Every number phrase in a sentence or clause that counts something, left to right.

    Hedges and ranges are attached ("at least 33", "between 10 and 15"); offsets are relative
    to text. Years, ages, percentages, money, durations, clock times, ordinals, fractions,
    measures, labels, days of the month and numbers glued to letters are left out. Page
    furniture ("1227 Rate this article") is not: that is the caller's business.
    """
    return [c.quantity for c in _candidates(text) if not _excluded(text, c)]

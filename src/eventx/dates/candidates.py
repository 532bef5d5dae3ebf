"""Where the date expressions of a sentence are: the model's DATE and TIME entities, date words it does
not tag (relative expressions, weekdays, "N days ago"), each widened to its modifiers and possessive."""

from __future__ import annotations

from spacy.tokens import Span

from ..data import load_yaml
from ..lexicon import per_lexicon
from ..text.date_words import WEEKDAYS, is_month_word
from .cues import date_cues


def _widen(sent: Span, start: int, end: int) -> tuple[int, int]:
    """Token range of a date expression, taking in a day and month the model left out of it ("28 Apr"
    before the DATE "2020"), leading modifiers and a trailing possessive."""
    doc = sent.doc
    if start > sent.start and doc[start - 1].is_title and is_month_word(doc[start - 1].text):
        start -= 1
        if start > sent.start and doc[start - 1].is_digit and len(doc[start - 1].text) <= 2:
            start -= 1
    modifiers = set(date_cues()["left_modifiers"])
    while start > sent.start and doc[start - 1].lower_ in modifiers:
        start -= 1
    if end < sent.end and doc[end].lower_ in ("'s", "’s"):
        end += 1
    return start, end


@per_lexicon
def _relative_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the word sequences (longest first) of the relative expressions of temporal.yaml
    that are taken from the words alone, all but ``relative_not_alone``."""
    alone = set(load_yaml("temporal.yaml")["relative"]) - set(date_cues()["relative_not_alone"])
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in alone:
        words = tuple(phrase.split())
        phrases.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(seqs, key=len, reverse=True)) for first, seqs in phrases.items()}


def _words_at(sent: Span, i: int, words: tuple[str, ...]) -> bool:
    """The sentence's tokens from ``i`` on are ``words`` (lower-cased)."""
    doc = sent.doc
    return i + len(words) <= sent.end and all(doc[i + k].lower_ == w for k, w in enumerate(words))


def _date_words(sent: Span, blocked: set[int], names: list[Span]) -> list[tuple[int, int]]:
    """Date expressions found from their words where the model tagged none: the relative days and
    periods of temporal.yaml ("today", "last night", "this morning", "earlier this week"), weekday
    names written in capitals or title case ("Wednesday", "WEDNESDAY") and "<number> <unit>s ago".
    Wire copy in capitals ("POLICE TODAY REPORTED") gets no DATE entities from the model; the report's
    own words relative to its date are what date its incidents. Tokens of DATE/TIME entities are
    ``blocked``; words inside a longer name ("USA Today", "Good Friday") are no date."""
    phrases = _relative_phrases()
    weekdays = WEEKDAYS
    out: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        tok = sent.doc[i]
        found = None
        if i not in blocked:
            seq = next((w for w in phrases.get(tok.lower_, ()) if _words_at(sent, i, w)), None)
            if seq is not None:
                found = (i, i + len(seq))
            elif tok.lower_ in weekdays and (tok.is_title or tok.is_upper):
                found = (i, i + 1)
            elif tok.lower_ == "ago" and i - 2 >= sent.start:
                found = (i - 2, i + 1)  # resolve() decides whether "two days ago" is a date
        if found is None or blocked.intersection(range(*found)) or _inside_name(found, names):
            i += 1
            continue
        out.append(found)
        i = found[1]
    return out


def _inside_name(found: tuple[int, int], names: list[Span]) -> bool:
    """The tokens lie inside a longer entity of another kind ("USA Today", "Good Friday"); an entity
    that is just the date words ("LAST NIGHT" mistaken for a title in capitals) is no name."""
    start, end = found
    return any(n.start <= start and end <= n.end and len(n) > end - start for n in names)


def candidates(sent: Span, ents: list[Span]) -> list[tuple[int, int]]:
    """The model's DATE and TIME entities, then date expressions it left untagged (``_date_words``)."""
    out: list[tuple[int, int]] = []
    blocked: set[int] = set()
    for ent in ents:
        if ent.label_ in ("DATE", "TIME"):
            out.append((ent.start, ent.end))
            blocked.update(range(ent.start, ent.end))
    names = [ent for ent in ents if ent.label_ not in ("DATE", "TIME")]
    out.extend(_date_words(sent, blocked, names))
    return [_widen(sent, s, e) for s, e in sorted(out)]

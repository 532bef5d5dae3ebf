"""eventx_dates: date expressions resolved against the document's anchor, with plan/future marks.

Candidates are the model's DATE and TIME entities plus weekday names it missed, widened to take in
their modifiers ("late", "early on", "on") and a possessive ("Thursday's"). Each is resolved by
``eventx.text.temporal.resolve`` against ``doc._.anchor``. A date whose clause speaks of the future or of
a plan ("will hold talks", "may travel next week") is marked ``future``; the event stage uses that to
keep plans out of the events that happened.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..data import load_yaml
from ..doctools import content_sents, sentence_ents
from ..lexicon import per_lexicon
from ..records import DateMention
from ..syntax import attached_as, clause_of, dependents, form, word_class
from ..text.date_words import is_month_word
from ..text.temporal import resolve
from .base import LexiconPipe

ASSIGNS = ["doc._.eventx_dates"]


def _lexicon() -> dict:
    return load_yaml("date_cues.yaml")


def _widen(sent: Span, start: int, end: int) -> tuple[int, int]:
    """Token range of a date expression, taking in a day and month the model left out of it ("28 Apr"
    before the DATE "2020"), leading modifiers and a trailing possessive."""
    doc = sent.doc
    if start > sent.start and doc[start - 1].is_title and is_month_word(doc[start - 1].text):
        start -= 1
        if start > sent.start and doc[start - 1].is_digit and len(doc[start - 1].text) <= 2:
            start -= 1
    modifiers = set(_lexicon()["left_modifiers"])
    while start > sent.start and doc[start - 1].lower_ in modifiers:
        start -= 1
    if end < sent.end and doc[end].lower_ in ("'s", "’s"):
        end += 1
    return start, end


@per_lexicon
def _relative_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the word sequences (longest first) of the relative expressions of temporal.yaml
    that are taken from the words alone, all but ``relative_not_alone``."""
    alone = set(load_yaml("temporal.yaml")["relative"]) - set(_lexicon()["relative_not_alone"])
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
    weekdays = set(_lexicon()["weekdays"])
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


def _candidates(sent: Span, ents: list[Span]) -> list[tuple[int, int]]:
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


def is_future(tok: Token) -> bool:
    """True if the clause governing ``tok`` speaks of the future or of a plan."""
    cues = _lexicon()
    verb = clause_of(tok)
    for cur in (verb, verb.head):
        if any(c.lower_ in cues["future_aux"] for c in dependents(cur, "auxiliary")):
            return True
        if cur.lemma_.lower() in cues["plan_verbs"]:
            return not (cur.lemma_.lower() in cues["speech_plans"] and form(cur, "past_tense"))
    return False


def dates_the_report(tok: Token) -> bool:
    """True if the date ``tok`` is of a verb of saying or reporting ("Police said on Friday", "sources
    reported today that troops killed nine people on 17 August"): the day the news was told, which
    dates what it tells only when nothing else does."""
    return clause_of(tok).lemma_.lower() in _lexicon()["report_verbs"]


def _clock_time(span: Span) -> bool:
    """A four-digit number after "at" that reads as a 24-hour clock time ("at 2130 (0130 GMT)", "AT
    1300"): the hour of the day, not a year; "in 1990" and "by 2030" stay years."""
    text = span.text
    doc = span.doc
    return (
        len(text) == 4
        and text.isdigit()
        and int(text[:2]) < 24
        and int(text[2:]) < 60
        and span.start > 0
        and doc[span.start - 1].lower_ == "at"
    )


def _names_a_thing(span: Span) -> bool:
    """A year modifying a noun names that thing ("the 2011 uprising", "the 2018 ceasefire", "a 2016
    pact"): a label, not the time of what the sentence reports; "the 2020 season" is no exception."""
    root = span.root
    head = root.head
    return (
        attached_as(root, "compound", "adjective", "number", "noun_modifier")
        and head.i != root.i
        and word_class(head, "noun")
        and head.lemma_.lower() not in _lexicon()["time_nouns"]
        and all(t.like_num for t in span if not t.is_punct and t.lower_ != "the")
    )


class DatesComponent(LexiconPipe):
    """The eventx_dates pipe: the resolved date expressions of every content sentence."""

    def __init__(
        self, nlp: Language, name: str, lexicon: dict | None = None, lexicon_path: str | None = None
    ) -> None:
        super().__init__(nlp, name, lexicon, lexicon_path)

    def process(self, doc: Doc) -> Doc:
        anchor = doc._.anchor
        mentions: list[DateMention] = []
        spans: list[Span] = []
        next_words = set(_lexicon()["future_words"])
        own = doc._.anchor_span
        ents = sentence_ents(doc)
        for sent in content_sents(doc):
            for start, end in _candidates(sent, ents[sent.start]):
                span = doc[start:end]
                if _clock_time(span):
                    continue
                if own and span.start_char < own[1] and own[0] < span.end_char:
                    continue  # the text's own date line ("date 2020-02-29") dates the report, not an event
                future = is_future(span.root) or any(t.lower_ in next_words for t in span)
                resolved = resolve(span.text, anchor, future=future)
                if resolved is None or resolved.kind == "non_date":
                    continue
                kind = "label" if _names_a_thing(span) else resolved.kind
                mentions.append(
                    DateMention(
                        start=span.start_char,
                        end=span.end_char,
                        text=span.text,
                        sent_start=sent.start_char,
                        date_start=resolved.start,
                        date_end=resolved.end,
                        precision=resolved.precision,
                        relative=resolved.relative,
                        kind=kind,
                        future=future,
                        reported=dates_the_report(span.root),
                    )
                )
                spans.append(Span(doc, start, end, label="DATE"))
        doc._.eventx_dates = mentions
        doc.spans["eventx_dates"] = spans
        return doc


@Language.factory(
    "eventx_dates",
    default_config={"lexicon": {}, "lexicon_path": None},
    assigns=ASSIGNS,
    requires=["doc.ents", "token.dep"],
)
def make_dates(nlp: Language, name: str, lexicon: dict, lexicon_path: str | None) -> DatesComponent:
    """Factory of the eventx_dates pipe."""
    return DatesComponent(nlp, name, lexicon=lexicon, lexicon_path=lexicon_path)

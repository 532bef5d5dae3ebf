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


def _candidates(sent: Span, ents: list[Span]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    covered: set[int] = set()
    for ent in ents:
        if ent.label_ in ("DATE", "TIME"):
            out.append((ent.start, ent.end))
            covered.update(range(ent.start, ent.end))
    weekdays = set(_lexicon()["weekdays"])
    for tok in sent:
        if tok.i not in covered and tok.lower_ in weekdays and tok.is_title:
            out.append((tok.i, tok.i + 1))
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

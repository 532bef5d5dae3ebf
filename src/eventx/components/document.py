"""eventx_document: sentence breaks at line ends, after a line's label and after a dateline, page
furniture, and the document's anchor date.

Runs first, before the model's own components, so that the parser keeps the line-based sentence
starts it sets (mastheads, menus and headlines do not run into the article's first sentence).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..data import load_yaml
from ..lexicon import per_lexicon
from ..text.datelines import datelines
from ..text.text_dates import dateline_date_span, find_text_date
from .base import LexiconPipe

ASSIGNS = [
    "token.is_sent_start",
    "doc._.furniture",
    "doc._.anchor",
    "doc._.anchor_source",
    "doc._.anchor_span",
]
_SENT_END = re.compile(r"""[.!?:;"'”’)\]]\s*$""")


@per_lexicon
def _furniture_rules() -> tuple[re.Pattern[str], int]:
    data = load_yaml("furniture.yaml")
    pattern = re.compile("|".join(f"(?:{p})" for p in data["line_patterns"]), re.I)
    return pattern, int(data["headline_max_words"])


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, without surrounding white space."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        seg = text[s:e]
        stripped = seg.strip()
        if stripped:
            lead = len(seg) - len(seg.lstrip())
            out.append((s + lead, s + lead + len(stripped)))
    return out


def find_furniture(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are page furniture rather than reporting.

    A line is furniture when it matches a pattern in ``furniture.yaml``, or, in a text of several
    lines, when it ends without sentence punctuation and is short (a masthead, menu or headline).
    """
    pattern, max_words = _furniture_rules()
    lines = _lines(text)
    out = []
    for s, e in lines:
        line = text[s:e]
        if pattern.search(line):
            out.append((s, e))
        elif len(lines) > 1 and not _SENT_END.search(line) and len(line.split()) < max_words:
            out.append((s, e))
    return out


@per_lexicon
def _inline_markers() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load_yaml("furniture.yaml")["inline_markers"]))


def split_inline_markers(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character ranges of the page's markers inside a paragraph ("Image copyright Reuters", "Image
    caption": ``inline_markers``); each marker and the words after it start sentences of their own."""
    out = []
    for m in _inline_markers().finditer(text):
        out.append(m.span())
        for char in (m.start(), m.end()):
            span = doc.char_span(char, len(text), alignment_mode="expand")
            if span is not None and len(span) and span[0].i > 0:
                span[0].is_sent_start = True
    return out


def keep_datelines_whole(doc: Doc, text: str) -> None:
    """A dateline at a line's head ("OUAGADOUGOU, Burkina Faso (AP) —") is one sentence and the report
    starts a new one after its dash: the parser splits it after the town and makes the country the subject
    of the story's first verb."""
    for start, end in datelines(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        for tok in span[1:]:
            if tok.is_sent_start is None:
                tok.is_sent_start = False
        doc[span.end].is_sent_start = True


_DIGITS = re.compile(r"\d[\d,.]*")


def keep_counts_with_their_nouns(doc: Doc) -> None:
    """A number in digits that opens a sentence and the word after it are one sentence: the parser reads
    "... near Martakert. 3 Armenian soldiers were killed" as a sentence "3" and another "Armenian soldiers
    were killed", and the count is lost. Not a counter of a page's slides ("Press 18 The power couple":
    the number opens no sentence, the word is a stop word); sentence starts already set stay."""
    for tok in doc[2:]:
        number, before = doc[tok.i - 1], doc[tok.i - 2]
        opens = before.text in (".", "!", "?") and number.is_sent_start is not False
        count = _DIGITS.fullmatch(number.text) and number.whitespace_ == " "
        if opens and count and tok.is_sent_start is None and tok.is_alpha and not tok.is_stop:
            tok.is_sent_start = False


def cap_sentences(doc: Doc, max_tokens: int) -> None:
    """Start a new sentence after ``max_tokens`` tokens without a line break or a sentence-ending
    ``.!?``, so that no run of words ("killed killed killed ...") makes the parser and the rules slow."""
    run = 0
    for tok in doc:
        if tok.is_sent_start:
            run = 0
        if run >= max_tokens:
            tok.is_sent_start, run = True, 0
        run = 0 if tok.text in (".", "!", "?") else run + 1


@per_lexicon
def _label_rules() -> tuple[int, frozenset[str]]:
    data = load_yaml("furniture.yaml")
    return int(data["label_max_words"]), frozenset(data["label_speech_words"])


def split_labels(doc: Doc) -> None:
    """Start a new sentence after a short label that opens a line and ends in a colon ("BREAKING:",
    "NEW DELHI:", "Mass graves:"; at most ``label_max_words`` words of letters, the first capitalised),
    so that the label's words are not read as part of the sentence after it; "Police said:" introduces
    speech and stays."""
    max_words, speech = _label_rules()
    for start in [0, *(t.i + 1 for t in doc[:-1] if "\n" in t.text or "\n" in t.whitespace_)]:
        words = doc[start : start + max_words + 1]
        colon = next((t.i for t in words if t.text == ":"), None)
        if colon is None or colon == start or colon + 1 >= len(doc):
            continue
        label = doc[start:colon]
        if label[0].text[:1].isupper() and all(t.is_alpha for t in label) and label[-1].lower_ not in speech:
            doc[colon + 1].is_sent_start = True


class DocumentComponent(LexiconPipe):
    """Line-end sentence starts, furniture ranges and the anchor date (published > text's own date)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        use_text_date: bool = True,
        lexicon: dict | None = None,
        lexicon_path: str | None = None,
        max_sentence_tokens: int = 150,
    ) -> None:
        super().__init__(nlp, name, lexicon, lexicon_path)
        self.use_text_date = use_text_date
        self.max_sentence_tokens = max_sentence_tokens

    def process(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                tok.is_sent_start = True
        split_labels(doc)
        text = doc.text  # rebuilt on every read of Doc.text
        markers = split_inline_markers(doc, text)
        keep_counts_with_their_nouns(doc)
        keep_datelines_whole(doc, text)
        cap_sentences(doc, self.max_sentence_tokens)
        doc._.furniture = sorted(find_furniture(text) + markers)
        if doc._.published is not None:
            doc._.anchor, doc._.anchor_source = doc._.published, "published"
        found = find_text_date(text) if self.use_text_date else None
        if found is not None:
            doc._.anchor_span = [found[2], found[3]]
            if doc._.published is None:
                doc._.anchor, doc._.anchor_source = found[0], found[1]
        elif self.use_text_date and (filed := dateline_date_span(text)) is not None:
            doc._.anchor_span = list(filed)  # "KABUL, June 5 (Reuters) -" with no year: still the filing day
        return doc


@Language.factory(
    "eventx_document",
    default_config={
        "use_text_date": True,
        "lexicon": {},
        "lexicon_path": None,
        "max_sentence_tokens": 150,
    },
    assigns=ASSIGNS,
)
def make_document(
    nlp: Language,
    name: str,
    use_text_date: bool,
    lexicon: dict,
    lexicon_path: str | None,
    max_sentence_tokens: int,
) -> DocumentComponent:
    return DocumentComponent(
        nlp,
        name,
        use_text_date=use_text_date,
        lexicon=lexicon,
        lexicon_path=lexicon_path,
        max_sentence_tokens=max_sentence_tokens,
    )

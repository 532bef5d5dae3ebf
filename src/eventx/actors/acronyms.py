"""Group names NER left unlabelled: capitalised acronyms ("the NPA"), acronyms joined by a hyphen that
the tokenizer splits ("SSA-S", "SPLA-IO") and one-word names of known groups ("Imbonerakure")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actorlex import armed_group
from ..doctools import span_text
from ..syntax import modifies_noun, word_class

__all__ = ["acronyms"]

_NAME_WORDS = 6  # words of the longest group name looked for
#: what the model calls a group's name it does not know ("The Shining Path" as a work of art)
_NAME_LABELS = ("", "WORK_OF_ART")


def acronyms(sent: Span) -> list[Span]:
    """Capitalised acronyms NER left without a label ("the NPA and the military"), also those joined by
    a hyphen that the tokenizer splits ("the SSA-S", "the SPLA-IO": the whole, never its first part):
    possible group names."""
    mixed = any(ch.islower() for ch in span_text(sent))  # not a headline in capitals
    joined = _hyphenated_acronyms(sent)
    inside = {i for span in joined for i in range(span.start, span.end)}
    acronyms = [
        sent.doc[t.i : t.i + 1]
        for t in sent
        if t.ent_type_ == ""
        and t.i not in inside
        and t.is_upper
        and len(t.text) >= 2
        and t.is_alpha
        # "IS attacked" read as a verb
        and (word_class(t, "proper_noun") or (mixed and armed_group(t.text) is not None))
    ]
    return joined + acronyms + _unlabelled_names(sent)


def _unlabelled_names(sent: Span) -> list[Span]:
    """Known groups' names NER left unlabelled, written in title case: one word ("a group of
    Imbonerakure destroyed 4 houses") or several ("the Shining Path murdered two officials"); the
    longest name first, never part of a longer capitalised name."""
    doc, out, i = sent.doc, [], sent.start
    while i < sent.end:
        if not (_may_open_a_name(doc[i]) or _hyphened_to_a_name(doc, i)):
            i += 1  # the cheap test first: most words are in lower case
            continue
        # a sentence's first word alone is no name (any capitalised word opens a sentence) unless it
        # narrows the lower-case noun after it ("Basij members beat ...")
        alone = i != sent.start or _names_the_noun_after(doc, i, sent.end)
        sizes = range(_NAME_WORDS, 0 if alone else 1, -1)
        found = next((span for n in sizes if (span := _name_at(doc, i, n, sent.end))), None)
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


def _names_the_noun_after(doc, i: int, end: int) -> bool:
    """The word modifies the lower-case noun right after it ("[Basij] members", "[Imbonerakure] youths"):
    a name, not a capitalised sentence opener ("Is the ...")."""
    return i + 1 < end and doc[i + 1].is_lower and doc[i].head.i == i + 1 and modifies_noun(doc[i])


def _may_open_a_name(tok: Token) -> bool:
    """A capitalised word, not in capitals, that the model labelled as no entity (or a work of art)."""
    return tok.ent_type_ in _NAME_LABELS and not tok.is_upper and tok.text[:1].isupper()


def _name_at(doc, start: int, size: int, end: int) -> Span | None:
    """The ``size`` tokens from ``start`` when they name a known group, unlabelled and standing alone."""
    if start + size > end:
        return None
    span = doc[start : start + size]
    first, last = span[0], span[-1]
    opens = _may_open_a_name(first) or _hyphened_to_a_name(doc, start)
    if not opens or any(t.ent_type_ not in _NAME_LABELS for t in span):
        return None
    if not last.text[:1].isupper() or armed_group(span.text) is None:
        return None
    return span if _standalone(first, before=True) and _standalone(last, before=False) else None


def _hyphened_to_a_name(doc, i: int) -> bool:
    """A word in lower case written together with a capitalised one by a hyphen ("anti-Balaka"), which may
    open a group's name."""
    if i + 2 >= len(doc) or not doc[i].is_lower or doc[i].whitespace_:
        return False
    hyphen, word = doc[i + 1], doc[i + 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and word.text[:1].isupper()


def _hyphenated_acronyms(sent: Span) -> list[Span]:
    """Unlabelled runs "ABC-D" written without spaces that name a known group ("SSA-S", "NDC-R")."""
    doc, out = sent.doc, []
    for t in sent:
        end = t.i + 3
        if end > sent.end or t.ent_type_ or not (t.is_upper and t.is_alpha and len(t.text) >= 2):
            continue
        hyphen, last = doc[t.i + 1], doc[t.i + 2]
        written_together = not t.whitespace_ and hyphen.text == "-" and not hyphen.whitespace_
        if written_together and last.is_upper and not last.ent_type_ and armed_group(doc[t.i : end].text):
            out.append(doc[t.i : end])
    return out


def _standalone(t: Token, before: bool | None = None) -> bool:
    """No capitalised word (but a sentence's first "The") or hyphen joins the token, on the side asked
    (``before``: the word before it; False: the word after; None: both): not part of a longer name
    ("Communist Party of India - Maoist")."""
    doc = t.doc
    sides = {True: (t.i - 1,), False: (t.i + 1,), None: (t.i - 1, t.i + 1)}[before]
    near = [doc[i] for i in sides if 0 <= i < len(doc)]
    joins = [n for n in near if n.text == "-" or (n.text[:1].isupper() and n.is_alpha)]
    return all(n.lower_ == "the" and n.i == n.sent.start for n in joins)  # "The Extraditables claimed"

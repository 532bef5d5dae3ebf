"""Group names NER left unlabelled: capitalised acronyms ("the NPA"), acronyms joined by a hyphen that
the tokenizer splits ("SSA-S", "SPLA-IO") and one-word names of known groups ("Imbonerakure")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actorlex import armed_group
from ..doctools import span_text
from ..syntax import word_class

__all__ = ["acronyms"]


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
    # a group's one-word name NER left unlabelled ("a group of Imbonerakure destroyed 4 houses")
    names = [
        sent.doc[t.i : t.i + 1]
        for t in sent
        if t.ent_type_ == ""
        and not t.is_upper
        and t.text[:1].isupper()
        and t.i > sent.start
        and _standalone(t)
        and armed_group(t.text) is not None
    ]
    return joined + acronyms + names


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


def _standalone(t: Token) -> bool:
    """No capitalised word (but a sentence's first "The") or hyphen joins the token: not part of a longer
    name ("Communist Party of India - Maoist")."""
    doc = t.doc
    near = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
    joins = [n for n in near if n.text == "-" or (n.text[:1].isupper() and n.is_alpha)]
    return all(n.lower_ == "the" and n.i == n.sent.start for n in joins)  # "The Extraditables claimed"

"""Small helpers shared by the pipeline tests (import as ``from tests.helpers import ...``)."""

from __future__ import annotations


def types_of(events) -> list[tuple[str, str | None]]:
    """(event_type, sub_event_type) of each event, in order."""
    return [(e.event_type, e.sub_event_type) for e in events]


def sides(event, role: str) -> list[tuple[str, str]]:
    """(name, kind) of the event's actors with this role."""
    return [(a.name, a.kind) for a in event.actors if a.role == role]


def casualties(parse, text: str, published: str | None = None):
    """The casualty mentions the pipeline finds in text."""
    return parse(text, published=published)._.eventx_casualties


def first_location(extract, text: str, published: str = "2021-06-10"):
    """The location of the first event extracted from text (which must give one)."""
    events = extract(text, published=published)
    assert events, text
    return events[0].location


# --- hand-built parses for the unit tests of the rules (no statistical model) -------------------------

_VOCAB = None


def _vocab():
    global _VOCAB
    if _VOCAB is None:
        import spacy

        _VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, like_num), no model
    return _VOCAB


def hand_parse(table: str, ents=()):
    """A Doc built by hand from a table with one token a line: ``word lemma POS TAG dep head`` (head: the
    absolute index of the head token; the root is its own head), e.g.::

        youths  youth  NOUN NNS nsubj 1
        threw   throw  VERB VBD ROOT  1

    ``ents``: ``(start, end, label)`` token ranges. The eventx Doc extensions are registered, with empty
    layers (a test may set ``doc._.eventx_places`` and the like)."""
    from spacy.tokens import Doc

    from eventx.extensions import register

    register()
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    bad = [r for r in rows if len(r) != 6]
    assert not bad, f"rows need six columns (word lemma POS TAG dep head): {bad}"
    words, lemmas, pos, tags, deps, heads = (list(col) for col in zip(*rows, strict=True))
    return Doc(
        _vocab(),
        words=words,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        deps=deps,
        heads=[int(h) for h in heads],
        ents=_iob(len(words), ents),
    )


def _iob(n: int, ents) -> list[str] | None:
    if not ents:
        return None
    out = ["O"] * n
    for start, end, label in ents:
        out[start] = f"B-{label}"
        for i in range(start + 1, end):
            out[i] = f"I-{label}"
    return out


def actor_at(doc, i: int, kind: str, name: str | None = None, country: str | None = None, **more):
    """An ``ActorMention`` whose head is token ``i`` of a hand-built Doc (one sentence, starting at 0)."""
    from eventx.records import ActorMention

    tok = doc[i]
    return ActorMention(
        start=tok.idx,
        end=tok.idx + len(tok.text),
        text=tok.text,
        sent_start=0,
        name=name or tok.text,
        kind=kind,
        country_code=country,
        head=i,
        **more,
    )


def casualty_at(doc, i: int, status: str, best: int | None = None, **more):
    """A ``CasualtyMention`` whose casualty word is token ``i`` of a hand-built Doc."""
    from eventx.records import CasualtyMention

    tok = doc[i]
    return CasualtyMention(
        start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, sent_start=0, status=status, best=best,
        trigger=tok.idx, **more,
    )


def vandalised(subject: str, lemma: str) -> str:
    """A hand-parse table of "<Subject> vandalised the building" (trigger: token 1)."""
    return f"""
{subject}   {lemma}    NOUN NNS nsubj 1
vandalised  vandalise  VERB VBD ROOT  1
the         the        DET  DT  det   3
building    building   NOUN NN  dobj  1
"""

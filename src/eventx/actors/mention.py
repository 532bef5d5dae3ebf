"""The ActorMention record of an actor found in a sentence, and country names for actor names."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..geo.gazetteer import get_gazetteer
from ..records import ActorMention

__all__ = ["actor_mention", "country_name"]


def country_name(code: str | None) -> str | None:
    """The gazetteer's name of the country with alpha-3 ``code`` ("TUR" -> "Turkey"), or None."""
    if code is None:
        return None
    place = get_gazetteer().country(code)
    return place.name if place else None


def actor_mention(
    doc: Doc,
    sent: Span,
    start: int,
    end: int,
    head: Token,
    name: str,
    kind: str,
    country: str | None,
    target_only: bool = False,
) -> ActorMention:
    """The mention of tokens ``start:end`` of ``sent``, headed by ``head``, as the actor ``name``."""
    return ActorMention(
        start=doc[start].idx,
        end=doc[end - 1].idx + len(doc[end - 1].text),
        text=doc[start:end].text,
        sent_start=sent.start_char,
        name=name,
        kind=kind,
        country_code=country,
        head=head.i,
        target_only=target_only,
    )

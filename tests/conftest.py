"""Shared fixtures: the real eventx pipeline with the real English model, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp():
    import eventx

    return eventx.load()


@pytest.fixture(scope="session")
def parse(nlp):
    """parse(text, published=None) -> a Doc run through the whole eventx pipeline."""
    from eventx.api import make_doc

    def _parse(text: str, published: str | None = None, doc_id: str | None = "test"):
        return nlp(make_doc(nlp, text, published=published, doc_id=doc_id))

    return _parse


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=None) -> EventCollection, using the session pipeline."""
    import eventx

    def _extract(text: str, published: str | None = None, doc_id: str | None = "test"):
        return eventx.extract(text, published=published, doc_id=doc_id, nlp=nlp)

    return _extract


@pytest.fixture(scope="session")
def afp_text() -> str:
    return (ARTICLES / "afp-idlib-airstrike.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def spun_text() -> str:
    return (ARTICLES / "spun-idlib-airstrike.txt").read_text(encoding="utf-8")

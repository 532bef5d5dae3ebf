"""``import eventx`` defers spaCy, pydantic and the pipeline until a name needs them."""

from __future__ import annotations

import subprocess
import sys

import pytest

import eventx


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout


def test_import_defers_heavy_modules() -> None:
    out = _run("import sys, eventx; print(sorted(m for m in ('spacy', 'pydantic') if m in sys.modules))")
    assert out.strip() == "[]"


def test_public_names_import_on_first_use() -> None:
    out = _run("import sys, eventx; eventx.Event; print('pydantic' in sys.modules, 'spacy' in sys.modules)")
    assert out.split() == ["True", "False"]


def test_public_names_and_submodules_resolve() -> None:
    from eventx.models import Event

    assert eventx.Event is Event
    assert set(eventx.__all__) <= set(dir(eventx))
    assert eventx.api.extract is eventx.extract


def test_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        eventx.nope  # noqa: B018

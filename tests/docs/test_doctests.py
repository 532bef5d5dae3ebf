"""The examples in eventx's docstrings run (doctest), every module imports, and every public name has a
docstring with an example."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil

import pytest

import eventx
from eventx import api

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(eventx.__path__, "eventx.") if m.name != "eventx.dask"
)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def test_every_module_is_found() -> None:
    assert {"eventx.collection", "eventx.rendering", "eventx.plots", "eventx.cli.commands"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str, nlp, monkeypatch) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    monkeypatch.setattr(api, "_nlp", nlp)  # examples that extract use the session's pipeline
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, extraglobs=_class_example_globals(), report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed"


def _class_example_globals() -> dict:
    """The names EventCollection's own example defines (``events`` ...), which its methods' examples use."""
    names: dict = {}
    for example in doctest.DocTestParser().get_examples(inspect.getdoc(eventx.EventCollection)):
        exec(example.source, names)  # noqa: S102
    return names


def _public_callables() -> list[tuple[str, object]]:
    names = [n for n in eventx.__all__ if n != "errors"]
    found = [(n, getattr(eventx, n)) for n in names]
    found += [
        (f"EventCollection.{n}", f)
        for n, f in vars(eventx.EventCollection).items()
        if not n.startswith("_") and callable(getattr(f, "__func__", f))
    ]
    return found


@pytest.mark.parametrize("name, obj", _public_callables(), ids=lambda v: v if isinstance(v, str) else "")
def test_public_names_have_an_example(name: str, obj: object) -> None:
    doc = inspect.getdoc(getattr(obj, "__func__", obj)) or ""
    assert ">>>" in doc, f"eventx.{name} has no example in its docstring"


def test_the_doctest_runner_catches_a_wrong_example() -> None:
    """The check above can fail: a docstring whose example is wrong counts as a failure."""

    def wrong() -> None:
        """>>> 1 + 1
        3
        """

    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner(verbose=False)
    for test in finder.find(wrong, "wrong", globs={}):
        runner.run(test, out=lambda _: None)
    assert runner.failures == 1

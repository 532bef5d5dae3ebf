"""Every registered rule's example sentences (``resources/rules/<family>.yaml``) through the real pipeline.

An example is ``{text, published?, expect}``. ``expect`` holds:
- ``events: N``: exactly N events;
- event fields, all of which one event must have: ``event_type``, ``sub_event_type``, ``country``
  (alpha-3), ``admin1``, ``location``, ``fatalities``, ``injuries`` (best counts), ``initiator`` /
  ``target`` (a word of an actor's name in that role), ``initiator_kind`` / ``target_kind``;
- ``none``: a dict of such fields that no event may have all of.
Every rule has at least one positive example (one that yields an event), so a rule's negative examples
can never pass on a pipeline that finds nothing.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import eventx.events
from eventx.data import load_yaml
from eventx.events.registry import TABLES

for _mod in pkgutil.iter_modules(eventx.events.__path__):
    importlib.import_module(f"eventx.events.{_mod.name}")


def _examples() -> list[tuple[str, str, dict]]:
    out = []
    for family in TABLES:
        for rule, examples in (_family_examples(family) or {}).items():
            out.extend((family, rule, ex) for ex in examples)
    return out


def _family_examples(family: str) -> dict | None:
    try:
        return load_yaml(f"rules/{family}.yaml")
    except FileNotFoundError:
        return None


def _has(event, key: str, value) -> bool:
    loc = event.location
    if key in ("event_type", "sub_event_type"):
        return getattr(event, key) == value
    if key == "country":
        return loc is not None and loc.country_code == value
    if key in ("admin1", "location"):
        got = loc and (loc.admin1 if key == "admin1" else loc.name)
        return got is not None and got.lower() == str(value).lower()
    if key in ("fatalities", "injuries"):
        count = getattr(event, key)
        return (count.best if count else None) == value
    role, _, what = key.partition("_")
    actors = [a for a in event.actors if a.role == role]
    if what == "kind":
        return any(a.kind == value for a in actors)
    return any(str(value).lower() in a.name.lower() for a in actors)


def _matches(event, fields: dict) -> bool:
    return all(_has(event, k, v) for k, v in fields.items())


def _positive(expect: dict) -> bool:
    return expect.get("events", 1) > 0


EXAMPLES = _examples()


@pytest.mark.parametrize(
    "family,rule,example", EXAMPLES, ids=[f"{f}:{r}:{i}" for i, (f, r, _) in enumerate(EXAMPLES)]
)
def test_rule_example(extract, family, rule, example):
    events = list(extract(example["text"], published=example.get("published")))
    expect = dict(example["expect"])
    shown = [(e.event_type, e.sub_event_type, [(a.role, a.name, a.kind) for a in e.actors]) for e in events]
    if "events" in expect:
        assert len(events) == expect.pop("events"), shown
    forbidden = expect.pop("none", None)
    if forbidden:
        assert not any(_matches(e, forbidden) for e in events), shown
    if expect:
        assert any(_matches(e, expect) for e in events), shown


def test_every_rule_has_a_positive_example():
    missing = []
    for family, table in TABLES.items():
        examples = _family_examples(family) or {}
        unknown = set(examples) - set(table)
        assert not unknown, f"examples for unregistered {family} rules: {sorted(unknown)}"
        for name in table:
            if not any(_positive(ex["expect"]) for ex in examples.get(name, [])):
                missing.append(f"{family}:{name}")
    assert not missing, f"rules without a positive example: {missing}"

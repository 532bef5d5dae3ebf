"""The rule tables (``eventx.events.registry``): every rule documented, and the example files
(``resources/rules/<family>.yaml``) keyed by exactly the rules of their family. No model involved: the
examples themselves run in ``tests/pipeline/test_rule_examples.py``."""

from __future__ import annotations

import importlib
import pkgutil
from importlib.resources import files

import pytest

import eventx.events
from eventx.data import load_yaml
from eventx.events.registry import TABLES, RuleTable

for _mod in pkgutil.iter_modules(eventx.events.__path__):
    importlib.import_module(f"eventx.events.{_mod.name}")

RULES_DIR = files("eventx") / "resources" / "rules"
RULE_FILES = sorted(p.name.removesuffix(".yaml") for p in RULES_DIR.iterdir() if p.name.endswith(".yaml"))


def test_the_five_families_have_tables_and_example_files():
    assert {"support", "not_an_act", "roles", "typing", "incidents"} <= set(TABLES)
    assert set(RULE_FILES) == set(TABLES), "an example file without a table, or a table without one"


@pytest.mark.parametrize("family", sorted(TABLES))
def test_every_rule_has_a_docstring(family):
    table = TABLES[family]
    assert len(table) > 0
    undocumented = [name for name, rule in table.items() if not (rule.__doc__ or "").strip()]
    assert not undocumented, f"{family} rules without a docstring: {undocumented}"
    for name, func_name, first_line in table.describe():
        assert first_line.strip(), f"{family}:{name} ({func_name}) has an empty first docstring line"


@pytest.mark.parametrize("family", RULE_FILES)
def test_example_keys_are_the_rule_names(family):
    examples = load_yaml(f"rules/{family}.yaml") or {}
    table = TABLES[family]
    assert sorted(set(examples) - set(table)) == [], "examples for rules the table does not have"
    assert sorted(set(table) - set(examples)) == [], "rules with no example"
    for name, cases in examples.items():
        assert cases and all("text" in c and "expect" in c for c in cases), f"{family}:{name}"


def test_a_rule_table_refuses_an_undocumented_rule_a_name_twice_and_a_family_twice():
    family = "unit-test family"
    try:
        table: RuleTable = RuleTable(family)

        @table.rule("documented")
        def documented() -> bool:
            """A rule with a docstring."""
            return True

        assert "documented" in table and table.get("documented") is documented and table.get("x") is None
        with pytest.raises(ValueError, match="needs a docstring"):

            @table.rule("bare")
            def bare() -> bool:
                return True

        with pytest.raises(ValueError, match="registered twice"):
            table.rule("documented")(documented)
        with pytest.raises(ValueError, match="already exists"):
            RuleTable(family)
        assert list(table) == ["documented"]
    finally:
        TABLES.pop(family, None)  # the pipeline's example test reads every table

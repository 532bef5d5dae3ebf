"""docs/architecture.md states how many rules each rule table holds; the numbers follow the code."""

from __future__ import annotations

import re
from pathlib import Path

from eventx.events.event_types import typing_rules
from eventx.events.incidents import merge_rules
from eventx.events.not_an_act import NOT_AN_ACT
from eventx.events.roles import role_rules
from eventx.events.support import SUPPORT

ARCHITECTURE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"


def test_the_rule_counts_in_the_architecture_table_are_the_tables_sizes() -> None:
    stated = {name: int(n) for name, n in re.findall(r"`(\w+)` \((\d+)\) \|", ARCHITECTURE.read_text())}
    actual = {
        table.family: len(table) for table in (SUPPORT, NOT_AN_ACT, role_rules, typing_rules, merge_rules)
    }
    assert stated == actual

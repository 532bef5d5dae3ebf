"""Named rules in tables, one table per rule family (support, roles, typing, incidents, ...).

A rule is a small function with a name and a docstring that states the convention it encodes. It is
registered in its family's table with a decorator instead of being one more branch in an if-chain::

    support = RuleTable("support")

    @support.rule("stoning")
    def stones_thrown_at_someone(trigger: Span, ...) -> bool:
        \"\"\"Stones thrown at people make a riot; stones thrown at a wall do not.\"\"\"

Each family's example sentences live in ``resources/rules/<family>.yaml`` (sentence and expected
outcome per rule name); ``tests/pipeline/test_rule_examples.py`` runs them all and checks that every
registered rule has at least one example that yields an event, so the examples are both the rule's
documentation and its test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

F = TypeVar("F", bound=Callable[..., object])

#: every rule table by family name, in the order the tables were made
TABLES: dict[str, RuleTable] = {}


class RuleTable(Generic[F]):
    """The named rules of one family, in registration order."""

    def __init__(self, family: str) -> None:
        if family in TABLES:
            raise ValueError(f"rule family {family!r} already exists")
        self.family = family
        self._rules: dict[str, F] = {}
        TABLES[family] = self

    def rule(self, name: str) -> Callable[[F], F]:
        """Decorator: register the function as the family's rule ``name`` (a docstring is required)."""

        def register(func: F) -> F:
            if name in self._rules:
                raise ValueError(f"{self.family} rule {name!r} is registered twice")
            if not (func.__doc__ or "").strip():
                raise ValueError(f"{self.family} rule {name!r} ({func.__name__}) needs a docstring")
            self._rules[name] = func
            return func

        return register

    def __getitem__(self, name: str) -> F:
        return self._rules[name]

    def __contains__(self, name: object) -> bool:
        return name in self._rules

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def get(self, name: str) -> F | None:
        """The rule ``name``, or None when the family has no such rule."""
        return self._rules.get(name)

    def items(self) -> list[tuple[str, F]]:
        """``(name, rule)`` pairs in registration order."""
        return list(self._rules.items())

    def describe(self) -> list[tuple[str, str, str]]:
        """``(name, function name, first docstring line)`` of each rule, for docs and listings."""
        return [(n, f.__name__, (f.__doc__ or "").strip().splitlines()[0]) for n, f in self._rules.items()]

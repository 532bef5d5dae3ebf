"""Actor kinds the event stage groups, and the role conventions table (``role_conventions.yaml``).

The kind groups are word lists of ``actor_nouns.yaml`` (``state_force_kinds``, ``armed_kinds``,
``unarmed_crowd_kinds``), read once into frozensets.
"""

from __future__ import annotations

from ..data import actor_lexicon, load_yaml

#: the state's own forces and foreign ones
STATE_FORCE_KINDS: frozenset[str] = frozenset(actor_lexicon()["state_force_kinds"])
#: every armed kind: the state's forces, rebels and militias
ARMED_KINDS: frozenset[str] = frozenset(actor_lexicon()["armed_kinds"])
#: unarmed people a crowd is made of
UNARMED_CROWD_KINDS: frozenset[str] = frozenset(actor_lexicon()["unarmed_crowd_kinds"])


def role_conventions() -> dict:
    """``role_conventions.yaml``: the roles ACLED fixes by event type (cached: read-only)."""
    return load_yaml("role_conventions.yaml")


def crowd_types() -> dict[str, str]:
    """Event types whose initiator is a crowd (Protests, Riots), from ``role_conventions.yaml``."""
    return role_conventions()["crowds"]

"""Actor kinds the event stage groups, and the role conventions table (``role_conventions.yaml``).

The kind groups are part of the taxonomy (``taxonomy.yaml``: ``actor_kind_groups``, read by
``eventx.models``).
"""

from __future__ import annotations

from ..data import load_yaml
from ..models import ACTOR_KIND_GROUPS

#: the state's own forces and foreign ones
STATE_FORCE_KINDS: frozenset[str] = ACTOR_KIND_GROUPS["state_forces"]
#: the state acting: its forces or its government
STATE_KINDS: frozenset[str] = ACTOR_KIND_GROUPS["state"]
#: every armed kind: the state's forces, rebels and militias
ARMED_KINDS: frozenset[str] = ACTOR_KIND_GROUPS["armed"]
#: unarmed people a crowd is made of
UNARMED_CROWD_KINDS: frozenset[str] = ACTOR_KIND_GROUPS["unarmed_crowd"]
#: rebels and militias
NON_STATE_ARMED_KINDS: frozenset[str] = ACTOR_KIND_GROUPS["non_state_armed"]


def role_conventions() -> dict:
    """``role_conventions.yaml``: the roles ACLED fixes by event type (cached: read-only)."""
    return load_yaml("role_conventions.yaml")


def crowd_types() -> dict[str, str]:
    """Event types whose initiator is a crowd (Protests, Riots), from ``role_conventions.yaml``."""
    return role_conventions()["crowds"]

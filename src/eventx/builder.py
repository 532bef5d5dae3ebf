"""The event stage moved to the ``eventx.events`` package; this module only re-exports the names that
modules outside it still import from here."""

# re-export until the refactor branches are merged
from .events.build import build_events
from .events.incidents import answers_attack, merge_mentions
from .events.role_cues import crowd_head, of_holder

__all__ = ["answers_attack", "build_events", "crowd_head", "merge_mentions", "of_holder"]

"""Reading eventx's data files (``src/eventx/resources/``) through the active lexicon.

Every resource read in eventx goes through these functions. They answer from the *active* lexicon
(``eventx.lexicon``): the package's own files, or, while an eventx pipe runs, that pipe's lexicon with
the overrides of its config. What they return is read-only (a mapping is a ``MappingProxyType``).
"""

from __future__ import annotations

from typing import Any

from .lexicon import active_lexicon, per_lexicon, read_resource


def read_text(name: str) -> str:
    """The text of the packaged resource file ``name`` (no overrides apply)."""
    return read_resource(name)


def load_yaml(name: str) -> Any:
    """A parsed YAML resource of the active lexicon (read-only)."""
    return active_lexicon().resource(name)


def trigger_lexicon() -> Any:
    """``event_triggers.yaml``: triggers, anaphors, cue lists (read by the event stage)."""
    return load_yaml("event_triggers.yaml")


def trigger_readings(entry: dict) -> tuple[dict, ...]:
    """A trigger entry's readings in order: the entry itself, then each of its ``otherwise`` readings
    (their own type, sub and support over the entry's words)."""
    return (entry, *({**entry, **alt} for alt in entry.get("otherwise", ())))


def trigger_words(key: str) -> frozenset[str]:
    """A word list of ``event_triggers.yaml`` as a frozen set (built once per lexicon)."""
    return active_lexicon().words("event_triggers.yaml", key)


@per_lexicon
def trigger_sequences(field: str, *values: str) -> tuple[tuple[str, ...], ...]:
    """The lemma sequences (lower case) of the trigger entries whose ``field`` is one of ``values``
    (``trigger_sequences("support", "concluded")``: the agreement words)."""
    entries = [e for e in trigger_lexicon()["triggers"] if e[field] in values]
    return tuple(tuple(str(w).lower() for w in seq) for e in entries for seq in e["lemmas"])


@per_lexicon
def one_word_triggers(field: str, *values: str) -> frozenset[str]:
    """The one-word lemmas of ``trigger_sequences(field, *values)``."""
    return frozenset(seq[0] for seq in trigger_sequences(field, *values) if len(seq) == 1)


def actor_lexicon() -> Any:
    """``actor_nouns.yaml``: actor nouns, name templates and cue lists."""
    return load_yaml("actor_nouns.yaml")


def actor_words(key: str) -> frozenset[str]:
    """A word list of ``actor_nouns.yaml`` as a frozen set (built once per lexicon)."""
    return active_lexicon().words("actor_nouns.yaml", key)

"""Loading eventx's data files (``src/eventx/resources/``) once per process."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

import yaml


def read_text(name: str) -> str:
    """The text of the resource file ``name``."""
    return (files("eventx") / "resources" / name).read_text(encoding="utf-8")


@cache
def load_yaml(name: str) -> Any:
    """A parsed YAML resource (cached: treat the result as read-only)."""
    return yaml.safe_load(read_text(name))


def trigger_lexicon() -> dict:
    """``event_triggers.yaml``: triggers, anaphors, cue lists (shared by eventx_events and the builder)."""
    return load_yaml("event_triggers.yaml")


@cache
def trigger_words(key: str) -> frozenset[str]:
    """A word list of ``event_triggers.yaml`` as a set, built once (for membership tests in hot loops)."""
    return frozenset(trigger_lexicon()[key])


def actor_lexicon() -> dict:
    """``actor_nouns.yaml``: actor nouns, name templates and cue lists."""
    return load_yaml("actor_nouns.yaml")


@cache
def actor_words(key: str) -> frozenset[str]:
    """A word list of ``actor_nouns.yaml`` as a set, built once (for membership tests in hot loops)."""
    return frozenset(actor_lexicon()[key])

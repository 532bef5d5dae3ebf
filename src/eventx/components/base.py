"""What every eventx pipe shares: its own lexicon, active while it runs, saved with the pipeline.

A pipe's word lists are the package's resources unless its config overrides them::

    nlp.add_pipe("eventx_events", config={"lexicon": {"event_triggers": {"weapon_words": [...]}}})
    nlp.add_pipe("eventx_places", config={"lexicon_path": "my_places.yaml"})

The file named by ``lexicon_path`` is read in ``initialize`` (or on the first document when a caller
never initialises the pipe) and ``to_disk`` writes the resulting overrides into the pipe's folder, so
``spacy.load`` of a saved pipeline needs neither the file nor the config to find them again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register
from ..lexicon import Lexicon, lexicon_for, use_lexicon


class LexiconPipe:
    """Base class of the eventx pipes: ``process(doc)`` runs with the pipe's lexicon active."""

    def __init__(
        self, nlp: Language, name: str, lexicon: dict | None = None, lexicon_path: str | None = None
    ) -> None:
        register()
        self.name = name
        self._config_overrides = dict(lexicon or {})
        self._lexicon_path = lexicon_path
        self._lexicon: Lexicon | None = None
        if not lexicon_path:
            self._set_lexicon(lexicon_for(self._config_overrides))

    @property
    def lexicon(self) -> Lexicon:
        """The pipe's lexicon (built from its config and file on first use)."""
        if self._lexicon is None:
            self.initialize()
        assert self._lexicon is not None
        return self._lexicon

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon_path: str | None = None,
    ) -> None:
        """Build the lexicon: the package's resources, the file's overrides, then the config's."""
        path = lexicon_path or self._lexicon_path
        overrides = Lexicon.from_file(path).overrides if path else {}
        for resource, keys in self._config_overrides.items():
            overrides.setdefault(resource, {}).update(keys)
        self._set_lexicon(lexicon_for(overrides))

    def _set_lexicon(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        with use_lexicon(lexicon):
            self.on_lexicon()

    def on_lexicon(self) -> None:
        """Build what the pipe derives from its word lists (runs with the new lexicon active)."""

    def __call__(self, doc: Doc) -> Doc:
        with use_lexicon(self.lexicon):
            return self.process(doc)

    def process(self, doc: Doc) -> Doc:
        """The pipe's work on one Doc (subclasses implement it)."""
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the lexicon overrides in the pipe's folder."""
        self.lexicon.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LexiconPipe:
        """Load the lexicon overrides saved by ``to_disk``."""
        self._set_lexicon(lexicon_for(Lexicon.from_disk(path).overrides))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The lexicon overrides as bytes (``nlp.to_bytes``)."""
        return json.dumps(self.lexicon.overrides).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> LexiconPipe:
        """Restore the lexicon overrides written by ``to_bytes``."""
        self._set_lexicon(lexicon_for(json.loads(data.decode("utf-8"))))
        return self

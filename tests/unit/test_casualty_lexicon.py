"""The casualty lexicon is built from casualties.yaml without changing the cached YAML."""

from __future__ import annotations

import dataclasses

import pytest

from eventx.casualties.lexicon import casualty_lexicon
from eventx.data import load_yaml


def test_building_the_lexicon_leaves_the_yaml_untouched() -> None:
    before = {k: v for k, v in load_yaml("casualties.yaml").items()}
    lex = casualty_lexicon()
    after = load_yaml("casualties.yaml")
    assert after == before
    assert not [k for k in after if k.startswith("_")]
    assert lex.by_lemma[("verbs", "kill")] == "killed"
    assert lex.cumulative_re.pattern


def test_lexicon_is_immutable() -> None:
    lex = casualty_lexicon()
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.body_nouns = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.word_counts["one"] = 2  # type: ignore[index]
    with pytest.raises(TypeError):
        lex.by_lemma[("verbs", "kill")] = "injured"  # type: ignore[index]

"""Lexicons: package defaults, overrides that keep the shape, read-only views, per-lexicon caches."""

from __future__ import annotations

import pytest

from eventx.errors import LexiconError
from eventx.lexicon import DEFAULT, Lexicon, active_lexicon, per_lexicon, use_lexicon

TRIGGERS = "event_triggers.yaml"


def test_override_replaces_one_key_and_keeps_the_rest():
    lex = Lexicon({"event_triggers": {"weapon_words": ["trebuchet"]}})
    assert lex.words(TRIGGERS, "weapon_words") == {"trebuchet"}
    assert "trebuchet" not in DEFAULT.words(TRIGGERS, "weapon_words")
    assert DEFAULT.words(TRIGGERS, "weapon_words")  # the default list is not empty
    assert lex.resource(TRIGGERS)["aimed_preps"] == DEFAULT.resource(TRIGGERS)["aimed_preps"]


def test_resources_are_read_only_all_the_way_down():
    triggers = DEFAULT.resource(TRIGGERS)
    with pytest.raises(TypeError):
        triggers["weapon_words"] = []  # type: ignore[index]
    with pytest.raises(AttributeError):
        triggers["crowd_heads"].append("zzz")  # a nested list is a tuple
    with pytest.raises(TypeError):
        triggers["triggers"][0]["support"] = "none"  # a nested mapping is a read-only view
    assert "zzz" not in Lexicon().resource(TRIGGERS)["crowd_heads"]


@pytest.mark.parametrize(
    "overrides,message",
    [
        ({"no_such_file.yaml": {"x": []}}, "unknown resource"),
        ({TRIGGERS: {"no_such_key": []}}, "no key"),
        ({TRIGGERS: {"weapon_words": "gun"}}, "must be a list"),
        ({"temporal": {"weekdays": ["monday"]}}, "cannot be overridden per pipe"),  # read at import
    ],
)
def test_bad_overrides_are_clear_errors(overrides, message):
    with pytest.raises(LexiconError, match=message):
        Lexicon(overrides)


def test_the_active_lexicon_and_its_caches():
    calls = []

    @per_lexicon
    def weapons() -> frozenset[str]:
        calls.append(1)
        return active_lexicon().words(TRIGGERS, "weapon_words")

    tuned = Lexicon({"event_triggers": {"weapon_words": ["trebuchet"]}})
    assert "trebuchet" not in weapons()
    with use_lexicon(tuned):
        assert weapons() == {"trebuchet"}
        assert weapons() == {"trebuchet"}
    assert "trebuchet" not in weapons()
    assert len(calls) == 2  # once per lexicon


def test_equal_overrides_share_one_lexicon():
    from eventx.lexicon import lexicon_for

    assert lexicon_for({}) is DEFAULT and lexicon_for(None) is DEFAULT
    a = lexicon_for({"event_triggers": {"weapon_words": ["trebuchet"]}})
    assert lexicon_for({"event_triggers.yaml": {"weapon_words": ["trebuchet"]}}) is a
    assert lexicon_for({"event_triggers": {"weapon_words": ["ballista"]}}) is not a


def test_disk_round_trip(tmp_path):
    tuned = Lexicon({"event_triggers": {"weapon_words": ["trebuchet"]}})
    tuned.to_disk(tmp_path / "lex")
    back = Lexicon.from_disk(tmp_path / "lex")
    assert back.overrides == tuned.overrides
    assert back.words(TRIGGERS, "weapon_words") == {"trebuchet"}
    assert Lexicon.from_disk(tmp_path / "empty").overrides == {}


def test_pickles_as_its_overrides():
    import pickle

    tuned = Lexicon({"event_triggers": {"weapon_words": ["trebuchet"]}})
    tuned.words(TRIGGERS, "weapon_words")
    assert pickle.loads(pickle.dumps(tuned)).words(TRIGGERS, "weapon_words") == {"trebuchet"}


def test_overrides_from_a_yaml_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("event_triggers.yaml:\n  weapon_words: [trebuchet, ballista]\n", encoding="utf-8")
    assert Lexicon.from_file(path).words(TRIGGERS, "weapon_words") == {"trebuchet", "ballista"}
    (tmp_path / "bad.yaml").write_text("- a list\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        Lexicon.from_file(tmp_path / "bad.yaml")

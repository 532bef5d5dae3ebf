"""Word lists overridden through a pipe's config or a file change what the pipe finds, and travel with
``nlp.to_disk``."""

from __future__ import annotations

from collections.abc import Mapping

import spacy

import eventx
from eventx.data import trigger_lexicon

TEXT = "Hundreds of nurses staged a walkout in Nairobi, Kenya on Monday."
PUBLISHED = "2021-03-03"


def _types(nlp) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in eventx.extract(TEXT, published=PUBLISHED, nlp=nlp)]


def _plain(value):
    """Read-only resource data (mapping views, tuples) as plain JSON-ready dicts and lists."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _triggers_without(word: str) -> list[dict]:
    out = []
    for entry in _plain(trigger_lexicon()["triggers"]):
        out.append({**entry, "lemmas": [seq for seq in entry["lemmas"] if seq != [word]]})
    return out


def test_config_override_changes_the_triggers_and_survives_to_disk(nlp, tmp_path):
    assert ("Protests", "Peaceful protest") in _types(nlp)  # the package's own word lists
    overrides = {"event_triggers": {"triggers": _triggers_without("walkout")}}
    tuned = eventx.load(eventx_events={"lexicon": overrides})
    assert _types(tuned) == []
    assert ("Protests", "Peaceful protest") in _types(nlp)  # the shared pipeline is untouched
    tuned.to_disk(tmp_path / "tuned")
    assert _types(spacy.load(tmp_path / "tuned")) == []


def test_override_file_is_read_in_initialize(nlp, tmp_path):
    import json

    path = tmp_path / "mine.json"
    overrides = {"event_triggers": {"triggers": _triggers_without("walkout")}}
    path.write_text(json.dumps(overrides), encoding="utf-8")
    tuned = eventx.load(eventx_events={"lexicon_path": str(path)})
    assert _types(tuned) == []
    assert ("Protests", "Peaceful protest") in _types(nlp)


def test_place_stop_list_override_reaches_the_cached_place_checks(nlp):
    from eventx.api import make_doc
    from eventx.data import load_yaml

    text = "Gunmen shot dead three people in Springfield on Monday."
    names = [*load_yaml("place_stoplist.yaml")["names"], "Springfield"]
    tuned = eventx.load(eventx_places={"lexicon": {"place_stoplist": {"names": names}}})
    assert [p.name for p in nlp(make_doc(nlp, text, published=PUBLISHED))._.eventx_places] == ["Springfield"]
    assert tuned(make_doc(tuned, text, published=PUBLISHED))._.eventx_places == []
    assert [p.name for p in nlp(make_doc(nlp, text, published=PUBLISHED))._.eventx_places] == ["Springfield"]

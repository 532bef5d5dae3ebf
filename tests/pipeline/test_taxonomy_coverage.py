"""Every ACLED sub-event type is found in sentences written for it (``tests/data/taxonomy_sentences.yaml``).

Each sentence must give, among its events, one of the type and sub-type it is listed under; the file
covers every sub-event type of eventx's taxonomy, so a sub-type no trigger reaches fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventx.models import EVENT_TYPES

SENTENCES = yaml.safe_load((Path(__file__).parent.parent / "data" / "taxonomy_sentences.yaml").read_text())
CASES = [
    (event_type, sub, text)
    for event_type, subs in SENTENCES.items()
    for sub, texts in subs.items()
    for text in texts
]


def test_the_sentences_cover_every_sub_event_type() -> None:
    listed = {(t, s) for t, s, _ in CASES}
    wanted = {(t, s) for t, subs in EVENT_TYPES.items() for s in subs if s != "Other"}
    assert wanted <= listed, sorted(wanted - listed)


@pytest.mark.parametrize("event_type,sub,text", CASES, ids=[f"{s}:{i}" for i, (_, s, _) in enumerate(CASES)])
def test_sentence_gives_its_sub_event_type(extract, event_type, sub, text) -> None:
    events = extract(text, published="2021-06-14")
    got = [(e.event_type, e.sub_event_type) for e in events]
    assert (event_type, sub) in got, got

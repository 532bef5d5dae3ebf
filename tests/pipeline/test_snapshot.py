"""Every field of every event on texts the project owns: the example articles and the rule examples.

The guard against unintended output changes (``tools/golden.py`` does the same on the evaluation data,
which may not be shipped). After a deliberate change of output, refresh the snapshot with

    EVENTX_UPDATE_SNAPSHOT=1 python -m pytest tests/pipeline/test_snapshot.py

and say in the commit which texts changed and why.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from eventx.data import read_text

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "tests" / "snapshots" / "events.json"
ARTICLES = ROOT / "examples" / "articles"


def _owned_texts() -> list[tuple[str, str, str | None]]:
    """``(key, text, published)`` of the example articles and of every rule example sentence."""
    import yaml

    index = json.loads((ARTICLES / "index.json").read_text(encoding="utf-8"))
    out = [
        (p.name, p.read_text(encoding="utf-8"), index.get(p.name, {}).get("published"))
        for p in sorted(ARTICLES.glob("*.txt"))
    ]
    rules = ROOT / "src" / "eventx" / "resources" / "rules"
    for path in sorted(rules.glob("*.yaml")):
        examples = yaml.safe_load(read_text(f"rules/{path.name}")) or {}
        for rule, items in examples.items():
            for i, ex in enumerate(items):
                out.append((f"{path.stem}:{rule}:{i}", ex["text"], ex.get("published")))
    return out


def test_events_match_the_snapshot(extract):
    got = {
        key: [e.model_dump(mode="json") for e in extract(text, published=published, doc_id=key)]
        for key, text, published in _owned_texts()
    }
    if os.environ.get("EVENTX_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert SNAPSHOT.exists(), "no snapshot saved (see this test's docstring)"
    saved = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    changed = sorted(k for k in set(saved) | set(got) if saved.get(k) != got.get(k))
    assert not changed, f"events changed for {changed[:10]} (see this test's docstring to refresh)"
    assert any(got.values()), "no text gave an event: the pipeline is empty"

"""The coverage table of docs/taxonomy.md (marker ``eventx:coverage``): per ACLED sub-event type, the
trigger words that name it, what they need in their sentence (``support``), and how many of the
sentences written for it (tests/data/taxonomy_sentences.yaml) eventx codes with it, run at build time.

    python docs/_hooks/coverage.py      # prints the table
"""

from __future__ import annotations

from pathlib import Path

import yaml

import eventx
from eventx.data import trigger_lexicon, trigger_readings
from eventx.models import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = ROOT / "tests" / "data" / "taxonomy_sentences.yaml"
# territory triggers are typed by who takes the place (events.event_types)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def trigger_words_by_sub() -> dict[str, tuple[set[str], set[str]]]:
    """Sub-event type -> (trigger phrases, support values) from the trigger lexicon, with each entry's
    ``otherwise`` readings."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for entry in (r for e in trigger_lexicon()["triggers"] for r in trigger_readings(e)):
        subs = TERRITORY if entry["sub"] == "BY_ACTORS" else (entry["sub"],)
        for sub in subs:
            words, supports = out.setdefault(sub, (set(), set()))
            words.update(" ".join(map(str, seq)) for seq in entry["lemmas"])
            supports.add(entry["support"])
    return out


def found_by_sub(nlp) -> dict[str, tuple[int, int]]:
    """Sub-event type -> (sentences coded with it, sentences written for it)."""
    out: dict[str, tuple[int, int]] = {}
    for event_type, subs in yaml.safe_load(SENTENCES.read_text()).items():
        for sub, texts in subs.items():
            hits = sum((event_type, sub) in _codes(nlp, t) for t in texts)
            out[sub] = (hits, len(texts))
    return out


def _codes(nlp, text: str) -> set[tuple[str, str | None]]:
    events = eventx.extract(text, nlp=nlp, published="2021-06-14")
    return {(e.event_type, e.sub_event_type) for e in events}


def coverage_table() -> str:
    """The Markdown table: one row per sub-event type of the taxonomy."""
    nlp = eventx.load()
    words, found = trigger_words_by_sub(), found_by_sub(nlp)
    rows = [
        "| event type | sub-event type | trigger words | needs | written sentences found |",
        "|---|---|---|---|---|",
    ]
    for event_type, subs in EVENT_TYPES.items():
        for sub in subs:
            ws, supports = words.get(sub, (set(), set()))
            hits, total = found.get(sub, (0, 0))
            shown = ", ".join(sorted(ws)[:8]) + (f" (+{len(ws) - 8})" if len(ws) > 8 else "")
            needs = ", ".join(sorted(supports)) or "-"
            rows.append(f"| {event_type} | {sub} | {shown or '-'} | {needs} | {hits}/{total} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(coverage_table())

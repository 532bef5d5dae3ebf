"""Time eventx on hostile inputs: each pathological text is built here and extracted once.

    python benchmarks/hostile.py [--only NAME ...] [--scale 1.0] [--model-only]

Prints a table (input, characters, seconds, events) for docs/robustness.md; ``--model-only`` adds the
seconds of the spaCy model alone on the same text (the eventx components switched off), the floor.
Not a test: the test suite (tests/pipeline/test_robustness.py) checks the same inputs against a
generous bound only.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable

SENTENCE = "On 6 May 2020, an air strike killed 12 civilians in Idlib, Syria. "
FILLER = "The council met on Tuesday to discuss the budget and the new road through the valley. "


def hostile_inputs(scale: float = 1.0) -> dict[str, Callable[[], str]]:
    """Name -> builder of each pathological text (``scale`` shrinks them for quick runs)."""

    def n(k: int) -> int:
        return max(1, int(k * scale))

    return {
        "200k chars, no space": lambda: "a" * n(200_000),
        "200k chars, no space, digits": lambda: "7" * n(200_000),
        "20k numbers in a row": lambda: " ".join(str(i) for i in range(n(20_000))),
        "'killed' x 20k": lambda: " ".join(["killed"] * n(20_000)),
        "'12 killed' x 10k": lambda: " ".join(["12 killed"] * n(10_000)),
        "'dead' x 20k, one sentence": lambda: "Soldiers " + " ".join(["dead"] * n(20_000)) + ".",
        "'Monday' x 5k": lambda: " ".join(["Monday"] * n(5_000)),
        "'6 May 2020' x 3k": lambda: " ".join(["6 May 2020"] * n(3_000)),
        "'yesterday' x 5k": lambda: " ".join(["yesterday"] * n(5_000)),
        "HTML markup 200k": lambda: "<div><p>" * n(25_000),
        "emoji + controls 100k": lambda: "\U0001f4a5\x00\x07\u202e\ud800 killed " * n(10_000),
        "1 MB article": lambda: (SENTENCE + FILLER * 6) * n(1_000_000 // 580),
        "5 MB article (chunked)": lambda: (SENTENCE + FILLER * 6) * n(5_000_000 // 580),
    }


def model_seconds(nlp, text: str) -> float:
    """Seconds the spaCy model alone takes on ``text``, with the eventx components switched off."""
    ours = [name for name in nlp.pipe_names if name.startswith("eventx")]
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    with nlp.select_pipes(disable=ours):
        t = time.perf_counter()
        nlp(text)
        return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", help="names (substrings) of the inputs to run")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--model-only", action="store_true", help="also time the spaCy model alone")
    a = ap.parse_args()
    import eventx

    t = time.perf_counter()
    nlp = eventx.load()
    eventx.extract(SENTENCE, nlp=nlp)
    print(
        f"load + warm-up: {time.perf_counter() - t:.1f} s on {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}"
    )
    extra = " model only (s) |" if a.model_only else ""
    print(f"| input | characters | seconds | events |{extra}\n|---|---:|---:|---:|{'---:|' if extra else ''}")
    for name, build in hostile_inputs(a.scale).items():
        if a.only and not any(s.lower() in name.lower() for s in a.only):
            continue
        text = build()
        t = time.perf_counter()
        events = eventx.extract(text, nlp=nlp, max_chars=max(len(text), 1))
        dt = time.perf_counter() - t
        floor = f" {model_seconds(nlp, text):.1f} |" if a.model_only else ""
        print(f"| {name} | {len(text):,} | {dt:.1f} | {len(events)} |{floor}", flush=True)


if __name__ == "__main__":
    main()

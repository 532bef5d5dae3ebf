"""Speed of eventx against bare spaCy on the same corpus, in one run; and the gazetteer's cost.

    python benchmarks/bench.py [--corpus ../shared/eval/corpus/news-96.jsonl] [--repeat 3]

Reports words/s of (a) the English model alone, (b) the full eventx pipeline, and their ratio, each
component's share of the time, and the gazetteer's load time and resident memory.
Not a test: numbers go to docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus" / "news-96.jsonl"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _published(row: dict) -> str | None:
    value = row.get("published")
    return value if value not in (None, "", "None") else None  # the corpus writes "None" for unknown


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    rows = [json.loads(line) for line in a.corpus.open(encoding="utf-8") if line.strip()]
    texts = [r["text"] for r in rows]

    from eventx.geo.gazetteer import Gazetteer

    before = rss_mb()
    t = time.perf_counter()
    Gazetteer.load()
    print(f"gazetteer load: {time.perf_counter() - t:.3f} s, max RSS +{rss_mb() - before:.0f} MB")

    import eventx
    from eventx.api import make_doc
    from eventx.pipeline import load_model

    bare = load_model()
    nlp = eventx.load()
    words = sum(len(d) for d in bare.tokenizer.pipe(texts))
    list(bare.pipe(texts[:4]))  # warm both pipelines up
    list(nlp.pipe(make_doc(nlp, x) for x in texts[:4]))

    def timed(fn) -> float:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0

    items = [(r["text"], {"published": _published(r), "doc_id": r["id"]}) for r in rows]
    t_bare = t_evx = float("inf")
    for _ in range(a.repeat):  # alternate the two, best of each: a shared machine's load drifts
        t_bare = min(t_bare, timed(lambda: list(bare.pipe(texts))))
        t_evx = min(t_evx, timed(lambda: list(eventx.extract_many(items, nlp=nlp))))
    print(f"corpus: {len(texts)} texts, {words:,} tokens")
    print(f"bare spaCy ({nlp.meta['name']} pipeline): {words / t_bare:,.0f} tokens/s ({t_bare:.2f} s)")
    print(f"eventx extract_many:             {words / t_evx:,.0f} tokens/s ({t_evx:.2f} s)")
    print(f"ratio eventx / bare spaCy speed: {t_bare / t_evx:.2f}")
    _component_shares(nlp, items)


def _component_shares(nlp, items) -> None:
    """Each component's share of the time, one document at a time (less noisy than the ratio above,
    which a shared machine's load moves by several points between runs)."""
    from eventx.api import make_doc

    spent: dict[str, float] = {}
    for text, ctx in items:
        doc = make_doc(nlp, text, **ctx)
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
    total = sum(spent.values())
    own = sum(v for k, v in spent.items() if k.startswith("eventx_"))
    print("time per component, one document at a time:")
    for name, secs in spent.items():
        print(f"  {name:20s} {secs:6.2f} s {100 * secs / total:5.1f}%")
    print(f"eventx components: {100 * own / total:.1f}% of the pipeline's time")


if __name__ == "__main__":
    main()

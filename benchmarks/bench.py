"""Speed and memory of eventx against the same spaCy model's own ``nlp.pipe``, in one process.

    python benchmarks/bench.py [--corpus ../shared/eval/corpus/news-96.jsonl] [--rounds 5]
                               [--n-process 2 [--articles 288]] [--stream 10000] [--components]
                               [--no-startup]

Prints, for the corpus: words/s of the bare English model's full ``nlp.pipe``, of the same model run
as ``extract_many`` runs it (its batch size, a memory zone per batch) and of ``eventx.extract_many``
over the same texts (rounds alternate; a shared machine's load drifts), the median ratios of their
times (eventx / bare: 1.25 means eventx takes 25% longer), and the peak RSS.
Then, each in a fresh interpreter: ``import eventx`` time, ``eventx.load()`` time and the peak RSS of a
default ``extract_many`` run. ``--n-process N`` compares N worker processes with one (speed-up and
whether the results are identical); ``--stream N`` runs N articles cycling the corpus and prints the RSS
and the size of spaCy's string store every N/10 articles. Not a test: numbers go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus" / "news-96.jsonl"
Item = tuple[str, dict[str, Any]]


def peak_rss_mb() -> float:
    """This process's peak resident set size, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """This process's current resident set size, in MB (Linux /proc; else the peak)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return peak_rss_mb()


def _published(row: dict) -> str | None:
    value = row.get("published")
    return value if value not in (None, "", "None") else None  # the corpus writes "None" for unknown


def read_items(corpus: Path) -> list[Item]:
    """``(text, {"published", "doc_id"})`` pairs from a JSON Lines corpus with id/published/text."""
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    return [(r["text"], {"published": _published(r), "doc_id": r["id"]}) for r in rows]


def cycle(items: list[Item], n: int) -> Iterator[Item]:
    """``n`` items cycling through ``items``, each with its own doc_id."""
    for i in range(n):
        text, ctx = items[i % len(items)]
        yield text, {**ctx, "doc_id": f"{ctx['doc_id']}-{i}"}


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(line.split(":", 1)[1].strip() for line in fh if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import os

    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def bare_in_batches(bare: Any, texts: list[str], size: int) -> None:
    """The bare model run as ``extract_many`` runs it: ``size`` texts at a time, in memory zones."""
    for i in range(0, len(texts), size):
        with bare.memory_zone():
            list(bare.pipe(texts[i : i + size], batch_size=size))


def ratio(nlp: Any, bare: Any, items: list[Item], rounds: int) -> None:
    """Alternate bare ``nlp.pipe`` (its default batch size, and ``extract_many``'s) and ``extract_many``
    rounds; print words/s and the median ratios."""
    import inspect

    import eventx

    size = inspect.signature(eventx.extract_many).parameters["batch_size"].default
    texts = [t for t, _ in items]
    words = sum(len(t.split()) for t in texts)
    list(bare.pipe(texts[:4]))  # warm both pipelines up
    list(eventx.extract_many(items[:4], nlp=nlp))
    bare_t, batched_t, evx_t = [], [], []
    for _ in range(rounds):
        bare_t.append(timed(lambda: list(bare.pipe(texts))))
        batched_t.append(timed(lambda: bare_in_batches(bare, texts, size)))
        evx_t.append(timed(lambda: list(eventx.extract_many(items, nlp=nlp))))
    b, bb, e = (statistics.median(t) for t in (bare_t, batched_t, evx_t))
    print(f"corpus: {len(texts)} texts, {words:,} words; {rounds} alternating rounds, medians")
    print(f"bare spaCy nlp.pipe ({bare.meta['name']}): {words / b:8,.0f} words/s ({b:.2f} s)")
    print(f"bare spaCy in batches of {size} (memory zones): {words / bb:8,.0f} words/s ({bb:.2f} s)")
    print(f"eventx extract_many:               {words / e:8,.0f} words/s ({e:.2f} s)")
    for label, base in (("nlp.pipe", bare_t), (f"batches of {size}", batched_t)):
        ratios = [x / y for x, y in zip(evx_t, base, strict=True)]
        print(
            f"ratio eventx / bare {label} time: median {statistics.median(ratios):.3f} "
            f"(rounds: {', '.join(f'{r:.3f}' for r in ratios)})"
        )
    print(f"peak RSS of this process (both pipelines loaded): {peak_rss_mb():.0f} MB")


_IMPORT = "import time; t = time.perf_counter(); import eventx; print(time.perf_counter() - t)"
_LOAD = "import time, eventx; t = time.perf_counter(); eventx.load(); print(time.perf_counter() - t)"
_GAZETTEER = """
import resource, time
from eventx.geo.gazetteer import Gazetteer
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
Gazetteer.load()
print(f"{time.perf_counter() - t:.4f} {(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024}")
"""
_RUN = """
import json, resource, sys
sys.path.insert(0, {here!r})
from bench import read_items
import eventx
list(eventx.extract_many(read_items(__import__('pathlib').Path({corpus!r}))))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _in_subprocess(code: str) -> float:
    return float(_output(code))


def _output(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def startup(corpus: Path, rounds: int = 3) -> None:
    """Import and load times (best of ``rounds`` fresh interpreters) and a default run's peak RSS."""
    imp = min(_in_subprocess(_IMPORT) for _ in range(rounds))
    load = min(_in_subprocess(_LOAD) for _ in range(rounds))
    run = _in_subprocess(_RUN.format(here=str(Path(__file__).parent), corpus=str(corpus)))
    print(f"import eventx: {imp:.3f} s; eventx.load(): {load:.3f} s (best of {rounds} fresh interpreters)")
    print(f"peak RSS of a default extract_many run over the corpus (fresh interpreter): {run:.0f} MB")
    gaz_s, gaz_mb = map(float, _output(_GAZETTEER).split())
    print(f"gazetteer load: {gaz_s:.3f} s, peak RSS +{gaz_mb:.0f} MB")


def _dumps(collections: list) -> list:
    return [[e.model_dump(mode="json") for e in c] for c in collections]


def processes(nlp: Any, items: list[Item], n_process: int, n: int) -> None:
    """Throughput of ``n_process`` workers against one, over ``n`` articles, and identity of results."""
    import eventx

    batch = list(cycle(items, n))
    t1 = time.perf_counter()
    one = list(eventx.extract_many(batch, nlp=nlp))
    t1 = time.perf_counter() - t1
    tn = time.perf_counter()
    many = list(eventx.extract_many(batch, nlp=nlp, n_process=n_process))
    tn = time.perf_counter() - tn
    same = _dumps(one) == _dumps(many)
    print(
        f"{n} articles: n_process=1 {t1:.2f} s, n_process={n_process} {tn:.2f} s, "
        f"speed-up {t1 / tn:.2f}x, results identical: {same}"
    )


def stream(nlp: Any, items: list[Item], n: int) -> None:
    """RSS and string-store size every ``n // 10`` articles of an ``n``-article stream."""
    import eventx

    every = max(1, n // 10)
    t0 = time.perf_counter()
    for i, _ in enumerate(eventx.extract_many(cycle(items, n), nlp=nlp), 1):
        if i % every == 0 or i == 1:
            print(
                f"  stream {i:6d} articles: RSS {rss_mb():6.0f} MB, "
                f"string store {len(nlp.vocab.strings):,}, {time.perf_counter() - t0:.0f} s"
            )


def components(nlp: Any, items: list[Item]) -> None:
    """Each component's share of the time, one document at a time."""
    from eventx.api import make_doc

    spent: dict[str, float] = {}
    for text, ctx in items:
        doc = make_doc(nlp, text, **ctx)
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
    total = sum(spent.values())
    print("time per component, one document at a time:")
    for name, secs in spent.items():
        print(f"  {name:20s} {secs:6.2f} s {100 * secs / total:5.1f}%")
    own = sum(v for k, v in spent.items() if k.startswith("eventx_"))
    print(f"eventx components: {100 * own / total:.1f}% of the pipeline's time")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--n-process", type=int, default=0, help="compare N worker processes with one")
    ap.add_argument("--articles", type=int, default=288, help="articles for --n-process (cycling)")
    ap.add_argument("--stream", type=int, default=0, help="RSS over N articles cycling the corpus")
    ap.add_argument("--components", action="store_true", help="each component's share of the time")
    ap.add_argument("--no-startup", action="store_true", help="skip import/load/RSS subprocesses")
    a = ap.parse_args()
    items = read_items(a.corpus)
    print(f"machine: {machine()}")
    if not a.no_startup:
        startup(a.corpus)

    import eventx
    from eventx.pipeline import load_model

    nlp = eventx.load()
    if a.rounds:
        ratio(nlp, load_model(), items, a.rounds)
    if a.n_process > 1:
        processes(nlp, items, a.n_process, a.articles)
    if a.components:
        components(nlp, items)
    if a.stream:
        stream(nlp, items, a.stream)


if __name__ == "__main__":
    main()

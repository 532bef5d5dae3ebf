"""Before/after check for refactors: every field of every event on the evaluation texts.

    python tools/golden.py --save     # run eventx, write .golden/<set>.jsonl (git-ignored)
    python tools/golden.py --check    # run again, print a field-level diff against the saved run

The texts are read at run time from ../shared/eval (all of dev/, corpus/news-96.jsonl and the seed
articles); nothing of them is copied into the project, and the saved outputs stay out of git (the dev
notes may not be redistributed). ``--sets`` limits a run to some of the sets, ``--jobs`` splits the
sets across processes. The last line printed is the summary a refactor's note quotes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
OUT = ROOT / ".golden"


def _jsonl(path: Path) -> Iterator[tuple[str, str, str | None]]:
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if line.strip():
                row = json.loads(line)
                key = str(row.get("id") or row.get("doc_id") or i)
                yield key, row["text"], row.get("published") or row.get("date_publish")


def _articles(path: Path) -> Iterator[tuple[str, str, str | None]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data["documents"]:
        yield doc["doc_id"], doc["text"], doc.get("published")


def _seeds() -> Iterator[tuple[str, str, str | None]]:
    gold = json.loads((EVAL / "seeds" / "gold.json").read_text(encoding="utf-8"))
    published = {d.get("file") or d.get("doc_id"): d.get("published") for d in gold.get("documents", [])}
    for path in sorted((EVAL / "seeds").glob("*.txt")):
        pub = published.get(path.name) or published.get(path.stem)
        yield path.stem, path.read_text(encoding="utf-8"), pub


def sets() -> dict[str, Path | None]:
    """The named text sets: every dev file, news-96 and the seeds."""
    found: dict[str, Path | None] = {p.stem: p for p in sorted((EVAL / "dev").glob("*.json*"))}
    found["news-96"] = EVAL / "corpus" / "news-96.jsonl"
    found["seeds"] = None
    return found


def texts(name: str) -> list[tuple[str, str, str | None]]:
    path = sets()[name]
    if path is None:
        return list(_seeds())
    return list(_articles(path) if path.suffix == ".json" else _jsonl(path))


def run_set(name: str) -> dict[str, list[dict]]:
    """``{text key: [event as JSON]}`` for one set."""
    sys.path.insert(0, str(ROOT / "src"))
    import eventx

    items = texts(name)
    out: dict[str, list[dict]] = {}
    results = eventx.extract_many(
        ((text, {"published": pub, "doc_id": key}) for key, text, pub in items), on_error="skip"
    )
    for (key, _, _), events in zip(items, results, strict=True):
        out[key] = [e.model_dump(mode="json") for e in events]
    return out


def _flat(value: object, prefix: str = "") -> dict[str, object]:
    if isinstance(value, dict):
        flat: dict[str, object] = {}
        for k, v in value.items():
            flat.update(_flat(v, f"{prefix}.{k}" if prefix else k))
        return flat
    if isinstance(value, list):
        flat = {f"{prefix}.#": len(value)}
        for i, v in enumerate(value):
            flat.update(_flat(v, f"{prefix}[{i}]"))
        return flat
    return {prefix: value}


def diff(name: str, old: dict[str, list[dict]], new: dict[str, list[dict]], show: int) -> int:
    """Print the differing fields of one set; return how many fields differ."""
    n = 0
    for key in sorted(set(old) | set(new)):
        a, b = _flat(old.get(key, [])), _flat(new.get(key, []))
        changed = [f for f in sorted(set(a) | set(b)) if a.get(f) != b.get(f)]
        for f in changed:
            if n < show:
                print(f"{name}:{key}: {f}: {a.get(f)!r} -> {b.get(f)!r}")
            n += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", action="store_true", help="write the outputs to .golden/")
    mode.add_argument("--check", action="store_true", help="compare a fresh run with .golden/")
    ap.add_argument("--sets", nargs="*", default=None, help=f"some of: {', '.join(sets())}")
    ap.add_argument("--jobs", type=int, default=2, help="processes (sets run in parallel)")
    ap.add_argument("--show", type=int, default=40, help="differing fields printed at most")
    args = ap.parse_args()
    names = args.sets or list(sets())
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        outputs = dict(zip(names, pool.map(run_set, names), strict=True))
    OUT.mkdir(exist_ok=True)
    docs = sum(len(o) for o in outputs.values())
    events = sum(len(v) for o in outputs.values() for v in o.values())
    if args.save:
        for name, out in outputs.items():
            (OUT / f"{name}.json").write_text(json.dumps(out, sort_keys=True), encoding="utf-8")
        print(f"golden: saved {docs} texts, {events} events in {len(names)} sets to {OUT}")
        return 0
    total = 0
    for name, out in outputs.items():
        saved = OUT / f"{name}.json"
        if not saved.exists():
            print(f"{name}: nothing saved (run --save first)")
            total += 1
            continue
        total += diff(name, json.loads(saved.read_text(encoding="utf-8")), out, args.show - total)
    print(f"golden: {docs} texts, {events} events in {len(names)} sets; {total} field differences")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())

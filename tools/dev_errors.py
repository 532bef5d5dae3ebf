"""Dump per-row predictions and checks for the dev sets (for error analysis, not shipped data).

    python tools/dev_errors.py     # run eventx on ../shared/eval/dev/*.jsonl -> /tmp/eventx-dev.jsonl
    python tools/dev_errors.py --field country_code [--dataset acled] [--n 40]
        prints wrong rows for one field (reads the cache; --rerun to refresh)

Reads the evaluation data at run time from ../shared/eval; nothing of it is copied into the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
CACHE = Path("/tmp/eventx-dev.jsonl")


def run() -> None:
    sys.path.insert(0, str(EVAL))
    import score_rows as sr  # noqa: E402

    runner = sr.Runner()
    with CACHE.open("w", encoding="utf-8") as out:
        for path in sorted((EVAL / "dev").glob("*.jsonl")):
            rows = sr.load_rows(path, None)
            res = runner.run([(r["text"], r.get("published"), r["id"]) for r in rows])
            for r, (events, err) in zip(rows, res, strict=True):
                i, checks = sr.choose(r["gold"], r.get("flags", {}), events or [])
                out.write(
                    json.dumps(
                        {
                            "id": r["id"],
                            "text": r["text"],
                            "gold": r["gold"],
                            "checks": checks,
                            "chosen": i,
                            "events": events or [],
                            "error": err,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )


def show(field: str, dataset: str | None, n: int, right: bool) -> None:
    shown = total = bad = 0
    for line in CACHE.open(encoding="utf-8"):
        r = json.loads(line)
        if dataset and not r["id"].startswith(dataset):
            continue
        if field not in r["checks"]:
            continue
        total += 1
        if r["checks"][field] != right:
            continue
        bad += 1
        if shown >= n:
            continue
        shown += 1
        e = r["events"][r["chosen"]] if r["chosen"] is not None else {}
        loc = e.get("location") or {}
        acts = [(a["role"][:4], a.get("kind"), a.get("name")) for a in e.get("actors", [])]
        print(f"== {r['id']} gold={r['gold'].get(field)!r} events={len(r['events'])}")
        print(
            f"   type={e.get('event_type')}/{e.get('sub_event_type')} "
            f"loc={loc.get('name')}|{loc.get('admin1')}|{loc.get('country_code')} "
            f"date={(e.get('date') or {}).get('start')} "
            f"fat={(e.get('fatalities') or {}).get('best')} inj={(e.get('injuries') or {}).get('best')}"
        )
        print(f"   actors={acts}")
        print(f"   {r['text'][:400]}")
    print(f"{bad}/{total} {'right' if right else 'wrong'} for {field}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--field")
    ap.add_argument("--dataset")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--rerun", action="store_true")
    ap.add_argument("--right", action="store_true", help="show rows that are right instead")
    a = ap.parse_args()
    if a.rerun or not CACHE.exists() or not a.field:
        run()
    if a.field:
        show(a.field, a.dataset, a.n, a.right)


if __name__ == "__main__":
    main()

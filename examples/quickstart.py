"""eventx in a few lines: extract events from the two example articles, query them, fuse them.

python examples/quickstart.py
"""

from pathlib import Path

import eventx

HERE = Path(__file__).resolve().parent / "articles"

afp = eventx.extract((HERE / "afp-idlib-airstrike.txt").read_text(), published="2020-02-28", doc_id="afp")
spun = eventx.extract((HERE / "spun-idlib-airstrike.txt").read_text(), published="2020-02-29", doc_id="spun")

for e in afp:
    who = ", ".join(f"{a.name} ({a.role})" for a in e.actors)
    when = e.date.start if e.date else "?"
    where = e.location.name if e.location else "?"
    killed = e.fatalities.best if e.fatalities else "-"
    print(f"{e.event_type} / {e.sub_event_type} on {when} in {where}: {who}; killed {killed}")

strike = next(e for e in afp if e.sub_event_type == "Air/drone strike")
print("\nevidence for the air strike:")
for ev in strike.evidence:
    print(f"  [{ev.start}:{ev.end}] {ev.text}")

print("\nacross both articles:")
for e in (afp + spun).merge():
    if e.fatalities:
        f = e.fatalities
        print(f"  {e.sub_event_type}: killed best={f.best} low={f.low} high={f.high}, sources={e.sources}")

"""Print what each eventx component found in a text, sentence by sentence (a debugging aid).

python tools/inspect_doc.py FILE [--published 2020-02-28] [--parse]
"""

import argparse

from eventx.api import get_nlp, make_doc
from eventx.doctools import content_sents

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--published")
ap.add_argument("--parse", action="store_true")
a = ap.parse_args()
nlp = get_nlp()
doc = nlp(make_doc(nlp, open(a.file, encoding="utf-8").read(), published=a.published, doc_id="x"))
print("anchor", doc._.anchor, doc._.anchor_source)
layers = {
    "DATE": doc._.eventx_dates,
    "PLACE": doc._.eventx_places,
    "CAS": doc._.eventx_casualties,
    "ACTOR": doc._.eventx_actors,
}
for sent in content_sents(doc):
    print("\n#", sent.text.strip()[:200])
    if a.parse:
        print("   ", " ".join(f"{t.text}/{t.dep_}<{t.head.i - sent.start}" for t in sent))
    for name, recs in layers.items():
        for r in recs:
            if r.sent_start == sent.start_char:
                d = r.model_dump(exclude={"start", "end", "sent_start"})
                print(f"  {name:6s}", {k: v for k, v in d.items() if v not in (None, [], False, "")})
for e in doc._.events:
    print(
        "EVENT",
        e.event_type,
        e.sub_event_type,
        e.date and e.date.start,
        e.location and e.location.name,
        [(x.name, x.role) for x in e.actors],
        e.fatalities and e.fatalities.best,
        len(e.evidence),
    )

"""The eventx components in a spaCy pipeline of your own.

``eventx.load()`` is the usual way in: the English model with the eventx pipes added. When you already
have a pipeline (your own NER, a text classifier, custom pipes), add the eventx pipes to it the way
``eventx.pipeline.load`` does: ``eventx_document`` and ``eventx_norms`` first, the others after NER.
The pipes need a tagger, a parser and an NER that labels DATE, GPE, LOC, ORG, PERSON and NORP, as the
English models do.

python examples/own_pipeline.py
"""

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import eventx
from eventx.pipeline import COMPONENTS, model_name


@Language.component("my_word_count")
def my_word_count(doc: Doc) -> Doc:
    """A pipe of the user's own, which keeps working beside eventx's."""
    doc.user_data["my_word_count"] = sum(1 for t in doc if t.is_alpha)
    return doc


nlp = spacy.load(model_name())  # your pipeline; here the English model eventx uses itself
nlp.add_pipe("my_word_count", last=True)

# the eventx pipes: two before the model's own pipes, the rest at the end (each with its config)
nlp.add_pipe("eventx_document", first=True)
nlp.add_pipe("eventx_norms", after="eventx_document")
for name in COMPONENTS:
    config = {"keep_planned": True} if name == "eventx_events" else {}
    nlp.add_pipe(name, config=config)
print("pipes:", ", ".join(nlp.pipe_names))

text = (
    "Gunmen killed at least 12 villagers and wounded five others in Kaya, in Burkina Faso, on Sunday, "
    "the army said. The army will launch an offensive against the attackers next week."
)
# make_doc puts the publication date and the document id on the Doc before the pipes run
doc = nlp(eventx.make_doc(nlp, text, published="2021-05-04", doc_id="own-1"))

print("words:", doc.user_data["my_word_count"])
print("anchor date:", doc._.anchor, f"({doc._.anchor_source})")
print("casualty statements:", [(m.status, m.best, m.text) for m in doc._.eventx_casualties])
print("places:", [(m.name, m.country_code) for m in doc._.eventx_places])
for e in doc._.events:
    print(e.event_type, "/", e.sub_event_type, e.date and e.date.start, e.location and e.location.name,
          "killed:", e.fatalities and e.fatalities.best)

# the same pipeline drives the library's functions
events = eventx.extract(text, published="2021-05-04", nlp=nlp)
print(len(events), "events through eventx.extract(..., nlp=nlp)")

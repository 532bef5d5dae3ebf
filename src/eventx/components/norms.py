"""eventx_norms: token norms that keep the model from misreading armed groups' acronyms.

Runs before the model's own components. The English model reads "IS" (the Islamic State) as the verb
"is": in "IS militants wearing explosive belts targeted an intelligence directorate", "IS" becomes the
root of the sentence and "militants" its attribute, so no one did the targeting. The model's
token-to-vector layer reads each token's ``NORM``; giving such an acronym the norm of an unambiguous
name of the same group ("isis") lets the tagger, the parser and the entity recogniser read it as a name.
Which acronyms, and their norms: ``acronym_norms`` in ``armed_groups.yaml``. Only tokens written in
capitals, in a text that is not itself all capitals ("WHO IS RESPONSIBLE?"), are changed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..data import load_yaml
from ..lexicon import per_lexicon
from .base import LexiconPipe

ASSIGNS = ["token.norm"]


@per_lexicon
def _norms() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_yaml("armed_groups.yaml").get("acronym_norms", {}).items()}


class NormsComponent(LexiconPipe):
    """Sets the norm of armed groups' acronyms that spell English words (``acronym_norms``)."""

    def process(self, doc: Doc) -> Doc:
        norms = _norms()
        if not any(t.text in norms for t in doc):
            return doc
        letters = [ch for ch in doc.text if ch.isalpha()]
        if letters and sum(ch.isupper() for ch in letters) > len(letters) / 2:
            return doc  # a text in capitals: "IS" may be the verb
        for tok in doc:
            norm = norms.get(tok.text)
            if norm is not None and not _in_capitals_line(tok):
                tok.norm_ = norm
        return doc


def _in_capitals_line(tok) -> bool:
    """True if the token's neighbours are capitals too ("SUSPECT IS HELD"): a headline, not an acronym."""
    doc = tok.doc
    near = [t for t in doc[max(0, tok.i - 2) : tok.i + 3] if t.i != tok.i and t.is_alpha]
    return bool(near) and all(t.is_upper for t in near)


@Language.factory("eventx_norms", default_config={"lexicon": {}, "lexicon_path": None}, assigns=ASSIGNS)
def make_norms(nlp: Language, name: str, lexicon: dict, lexicon_path: str | None) -> NormsComponent:
    return NormsComponent(nlp, name, lexicon=lexicon, lexicon_path=lexicon_path)

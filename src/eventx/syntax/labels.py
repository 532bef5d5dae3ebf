"""The grammatical vocabulary: the only place that knows spaCy's English dependency labels and tags.

Rules ask ``attached_as(tok, "patient")`` or ``dependents(verb, "subject")`` in the words of grammar, never
``tok.dep_ == "dobj"``. The names follow ClearNLP's English labels (the scheme of spaCy's English models,
https://github.com/clir/clearnlp-guidelines/blob/master/md/specifications/dependency_labels.md); a
name that stands for several labels (``patient``: an active object or a passive subject) says what they
have in common for the rules.
"""

from __future__ import annotations

from types import MappingProxyType

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Token

from .index import doc_index, has_many_children

#: grammatical relation name -> the dependency labels it covers
RELATIONS = MappingProxyType(
    {
        # who does it, to whom
        "subject": ("nsubj",),
        "passive_subject": ("nsubjpass",),
        "any_subject": ("nsubj", "nsubjpass"),
        "object": ("dobj",),
        "patient": ("dobj", "nsubjpass"),  # what an act is done to, active or passive
        "attribute": ("attr",),
        "agent": ("agent",),  # the "by" of a passive
        "dative": ("dative",),
        # prepositional phrases
        "preposition": ("prep",),
        "prep_object": ("pobj",),
        "prep_clause": ("pcomp",),
        # inside a noun phrase
        "adjective": ("amod",),
        "compound": ("compound",),
        "noun_modifier": ("nmod",),
        "modifier": ("amod", "compound"),
        "number": ("nummod",),
        "quantity_modifier": ("quantmod",),
        "np_adverbial": ("npadvmod",),
        "determiner": ("det",),
        "predeterminer": ("predet",),
        "preconjunction": ("preconj",),
        "possessor": ("poss",),
        "apposition": ("appos",),
        "case": ("case",),
        # coordination
        "conjunct": ("conj",),
        "coordinator": ("cc",),
        # clauses
        "relative_clause": ("relcl",),
        "clausal_modifier": ("acl",),
        "noun_clause": ("acl", "relcl"),  # a clause that modifies a noun
        "open_complement": ("xcomp",),
        "clausal_complement": ("ccomp",),
        "complement_clause": ("ccomp", "xcomp"),
        "adverbial_clause": ("advcl",),
        "parataxis": ("parataxis",),
        "adjectival_complement": ("acomp",),
        "object_predicate": ("oprd",),
        "marker": ("mark",),
        # verb satellites
        "negation": ("neg",),
        "auxiliary": ("aux",),
        "passive_auxiliary": ("auxpass",),
        "particle": ("prt",),
        "adverb": ("advmod",),
        "root": ("ROOT",),
        "unclassified": ("dep",),  # the parser's label for a relation it could not name
    }
)

#: word class name -> universal POS tags
WORD_CLASSES = MappingProxyType(
    {
        "noun": ("NOUN",),
        "proper_noun": ("PROPN",),
        "any_noun": ("NOUN", "PROPN"),
        "pronoun": ("PRON",),
        "verb": ("VERB",),
        "auxiliary_verb": ("AUX",),
        "any_verb": ("VERB", "AUX"),
        "adjective": ("ADJ",),
        "adverb": ("ADV",),
        "number": ("NUM",),
        "determiner": ("DET",),
        "preposition": ("ADP",),
        "particle": ("PART",),
        "punctuation": ("PUNCT",),
    }
)

#: fine-grained form name -> Penn Treebank tags
FORMS = MappingProxyType(
    {
        "singular_noun": ("NN",),
        "plural_noun": ("NNS",),
        "singular_name": ("NNP",),
        "plural_name": ("NNPS",),
        "plural": ("NNS", "NNPS"),
        "past_tense": ("VBD",),
        "present_tense": ("VBZ", "VBP"),
        "past_participle": ("VBN",),
        "gerund": ("VBG",),
        "participle": ("VBN", "VBG"),
        "base_verb": ("VB",),
        "adjective": ("JJ",),
        "possessive_pronoun": ("PRP$",),
        "wh_pronoun": ("WP",),
        "wh_determiner": ("WDT",),
        "wh_word": ("WP", "WDT", "WRB", "WP$"),
        "modal": ("MD",),
        "cardinal": ("CD",),
    }
)


def _labels(table: MappingProxyType, names: tuple[str, ...]) -> frozenset[str]:
    try:
        return frozenset(label for name in names for label in table[name])
    except KeyError as exc:
        raise KeyError(f"unknown grammatical name {exc.args[0]!r}; known: {sorted(table)}") from None


#: label -> the first relation name that stands for that label alone
_SINGLE_LABEL_NAMES: dict[str, str] = {}
for _name, _labels_of_name in RELATIONS.items():
    if len(_labels_of_name) == 1:
        _SINGLE_LABEL_NAMES.setdefault(_labels_of_name[0], _name)

# The checks below compare the integer IDs spaCy stores on each token (``token.dep``, ``token.pos``,
# ``token.tag``) with the IDs of the named labels: the same test as comparing the label strings, without
# a string-store lookup per token. The ID sets are built once per combination of names.
_RELATION_IDS: dict[tuple[str, ...], frozenset[int]] = {}
_CLASS_IDS: dict[tuple[str, ...], frozenset[int]] = {}
_FORM_IDS: dict[tuple[str, ...], frozenset[int]] = {}


def _relation_ids(names: tuple[str, ...]) -> frozenset[int]:
    ids = _RELATION_IDS.get(names)
    if ids is None:
        ids = _RELATION_IDS[names] = frozenset(get_string_id(label) for label in _labels(RELATIONS, names))
    return ids


def _class_ids(names: tuple[str, ...]) -> frozenset[int]:
    ids = _CLASS_IDS.get(names)
    if ids is None:
        ids = _CLASS_IDS[names] = frozenset(POS_IDS[tag] for tag in _labels(WORD_CLASSES, names))
    return ids


def _form_ids(names: tuple[str, ...]) -> frozenset[int]:
    ids = _FORM_IDS.get(names)
    if ids is None:
        ids = _FORM_IDS[names] = frozenset(get_string_id(tag) for tag in _labels(FORMS, names))
    return ids


def attached_as(tok: Token, *relations: str) -> bool:
    """Is ``tok`` attached to its head by one of the named relations (``attached_as(t, "patient")``)?"""
    return tok.dep in _relation_ids(relations)


def dependents(tok: Token, *relations: str) -> list[Token]:
    """The children of ``tok`` attached by one of the named relations, in sentence order."""
    ids = _relation_ids(relations)
    if not has_many_children(tok):  # a verb heading a 150-word run is asked through the doc's index
        return [c for c in tok.children if c.dep in ids]
    index, doc = doc_index(tok), tok.doc
    return [doc[j] for j in index.children[tok.i] if index.deps[j] in ids]


def first_dependent(tok: Token, *relations: str) -> Token | None:
    """The first child of ``tok`` attached by one of the named relations, or None."""
    return next(iter(dependents(tok, *relations)), None)


def relation(tok: Token) -> str:
    """The vocabulary's name for ``tok``'s one-label relation to its head (for display and debugging),
    or the raw label when the vocabulary names it only inside a wider relation."""
    label = tok.dep_
    return _SINGLE_LABEL_NAMES.get(label, label)


def word_class(tok: Token, *classes: str) -> bool:
    """Is ``tok`` of one of the named word classes (``word_class(t, "noun", "proper_noun")``)?"""
    return tok.pos in _class_ids(classes)


def form(tok: Token, *forms: str) -> bool:
    """Is ``tok`` of one of the named fine-grained forms (``form(t, "past_participle")``)?"""
    return tok.tag in _form_ids(forms)

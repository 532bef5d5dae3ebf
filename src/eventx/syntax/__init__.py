"""The syntax layer: the only place in eventx that reads dependency labels and part-of-speech tags.

``labels`` holds the grammatical vocabulary (relation, word-class and form names over spaCy's English
labels); ``questions`` answers what rules ask in the domain's words (``subject_of``, ``agent_of``,
``patients_of``, ``is_passive``, ``negated``, ...). Rules import from here and never compare
``token.dep_``, ``token.pos_`` or ``token.tag_`` themselves.
"""

from .clauses import governing_chain, has_passive_auxiliary, is_clause_of, is_doer, joined_to
from .labels import (
    FORMS,
    RELATIONS,
    WORD_CLASSES,
    attached_as,
    dependents,
    first_dependent,
    form,
    relation,
    relation_labels,
    word_class,
)
from .questions import (
    HEDGING_MODALS,
    agent_of,
    clause_of,
    conjuncts,
    first_conjunct,
    governing_verb,
    hedged,
    is_participle_modifier,
    is_passive,
    is_patient,
    negated,
    object_of,
    patients_of,
    prep_objects,
    preposition_of,
    prepositions,
    subject_of,
    subjects_of,
)

__all__ = [
    "FORMS",
    "HEDGING_MODALS",
    "RELATIONS",
    "WORD_CLASSES",
    "agent_of",
    "attached_as",
    "clause_of",
    "conjuncts",
    "dependents",
    "first_conjunct",
    "first_dependent",
    "form",
    "governing_chain",
    "governing_verb",
    "has_passive_auxiliary",
    "hedged",
    "is_clause_of",
    "is_doer",
    "is_participle_modifier",
    "is_passive",
    "is_patient",
    "joined_to",
    "negated",
    "object_of",
    "patients_of",
    "prep_objects",
    "preposition_of",
    "prepositions",
    "relation",
    "relation_labels",
    "subject_of",
    "subjects_of",
    "word_class",
]

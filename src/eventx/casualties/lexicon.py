"""``resources/casualties.yaml`` as a typed, immutable lexicon, built once per process.

The YAML returned by the cached ``load_yaml`` is never changed: the derived tables (statuses by
lemma) and compiled patterns are attributes of a frozen :class:`CasualtyLexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..data import load_yaml
from ..lexicon import per_lexicon

__all__ = ["CasualtyLexicon", "casualty_lexicon", "casualty_words"]

_WORD_LISTS = (
    "ambiguous_nouns",
    "life_nouns",
    "succumb_verbs",
    "fatal_wound_nouns",
    "result_verbs",
    "reported_state_verbs",
    "sharing_coordinators",
    "toll_nouns",
    "toll_modifiers",
    "share_nouns",
    "animal_nouns",
    "count_nouns",
    "body_nouns",
    "victim_of_nouns",
    "killing_act_nouns",
    "body_verbs",
    "body_institutions",
    "body_modifiers",
    "unknown_cues",
    "cumulative_cues",
    "sum_nouns",
    "cumulative_subjects",
    "since_period_words",
    "recent_period_words",
    "total_nouns",
    "update_verbs",
    "update_adverbs",
    "suffer_verbs",
    "one_person_pronouns",
    "group_nouns",
    "report_verbs",
    "shared_victim_verbs",
    "attempt_verbs",
    "additional_adverbs",
    "additional_openers",
    "same_person_cues",
    "one_determiners",
    "negative_pronouns",
    "subject_victim_verbs",
    "collective_person_nouns",
    "toll_prepositions",
    "one_body_nouns",
    "indefinite_articles",
    "negative_determiners",
    "negative_correlatives",
    "victim_prepositions",
    "wounding_fire_verbs",
    "joining_words",
)


@dataclass(frozen=True)
class CasualtyLexicon:
    """The casualty vocabulary (word lists in YAML order) with its derived tables and patterns."""

    by_lemma: Mapping[tuple[str, str], str]  # ("verbs" | "nouns" | "adjectives", lemma) -> status
    cumulative_re: re.Pattern[str]  # running totals ("bringing the total to")
    unconfirmed_re: re.Pattern[str]  # "could not be independently confirmed"
    across_re: re.Pattern[str]  # "across the three attacks", "in all the clashes"
    one_of_re: re.Pattern[str]  # "one of at least 3 related attacks"
    word_counts: Mapping[str, int]  # "another" 1, "couple" 2, "none" 0 ...
    determiner_counts: Mapping[str, int]  # "both" 2
    ambiguous_nouns: tuple[str, ...]
    life_nouns: tuple[str, ...]
    succumb_verbs: tuple[str, ...]
    fatal_wound_nouns: tuple[str, ...]
    result_verbs: tuple[str, ...]
    reported_state_verbs: tuple[str, ...]
    sharing_coordinators: tuple[str, ...]
    phrasal_killing_verbs: Mapping[str, tuple[str, ...]]  # "gun" -> ("down",)
    toll_nouns: tuple[str, ...]
    toll_modifiers: tuple[str, ...]
    share_nouns: tuple[str, ...]
    animal_nouns: tuple[str, ...]
    count_nouns: tuple[str, ...]
    body_nouns: tuple[str, ...]
    victim_of_nouns: tuple[str, ...]
    killing_act_nouns: tuple[str, ...]
    body_verbs: tuple[str, ...]
    body_institutions: tuple[str, ...]
    body_modifiers: tuple[str, ...]
    unknown_cues: tuple[str, ...]
    cumulative_cues: tuple[str, ...]
    sum_nouns: tuple[str, ...]
    cumulative_subjects: tuple[str, ...]
    since_period_words: tuple[str, ...]
    recent_period_words: tuple[str, ...]
    total_nouns: tuple[str, ...]
    update_verbs: tuple[str, ...]
    update_adverbs: tuple[str, ...]
    suffer_verbs: tuple[str, ...]
    one_person_pronouns: tuple[str, ...]
    group_nouns: tuple[str, ...]
    report_verbs: tuple[str, ...]
    shared_victim_verbs: tuple[str, ...]
    attempt_verbs: tuple[str, ...]
    additional_adverbs: tuple[str, ...]
    additional_openers: tuple[str, ...]
    same_person_cues: tuple[str, ...]
    one_determiners: tuple[str, ...]
    negative_pronouns: tuple[str, ...]
    subject_victim_verbs: tuple[str, ...]
    collective_person_nouns: tuple[str, ...]
    toll_prepositions: tuple[str, ...]
    one_body_nouns: tuple[str, ...]
    indefinite_articles: tuple[str, ...]
    negative_determiners: tuple[str, ...]
    negative_correlatives: tuple[str, ...]
    victim_prepositions: tuple[str, ...]
    wounding_fire_verbs: tuple[str, ...]
    joining_words: tuple[str, ...]


def _by_lemma(data: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(part of speech, lemma) -> status; the first status listing a lemma wins."""
    by_lemma: dict[tuple[str, str], str] = {}
    for status, groups in data["triggers"].items():
        for pos in ("verbs", "nouns", "adjectives"):
            for lemma in groups[pos]:
                by_lemma.setdefault((pos, lemma), status)
    return by_lemma


def _incident_patterns(data: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("across the N attacks", "one of N related attacks") patterns."""
    nouns = "|".join(map(re.escape, data["incident_nouns"]))
    quals = "|".join(map(re.escape, data["incident_qualifiers"]))
    across = re.compile(
        rf"\b(?:(?P<across>across)|in|during)\s+(?P<all>all\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+)?"
        rf"(?:(?P<n>\w+)\s+)?(?:(?:{quals})\s+)?(?:{nouns})\b",
        re.I,
    )
    one_of = re.compile(rf"\bone of (?:at least )?(?P<n>\w+) (?:(?:{quals}) )?(?:{nouns})\b", re.I)
    return across, one_of


@per_lexicon
def casualty_lexicon() -> CasualtyLexicon:
    """The lexicon of casualties.yaml, built once per process (the loaded YAML stays untouched)."""
    data = load_yaml("casualties.yaml")
    across, one_of = _incident_patterns(data)
    return CasualtyLexicon(
        by_lemma=MappingProxyType(_by_lemma(data)),
        cumulative_re=re.compile("|".join(data["cumulative_patterns"]), re.I),
        unconfirmed_re=re.compile("|".join(data["unconfirmed_patterns"]), re.I),
        across_re=across,
        one_of_re=one_of,
        word_counts=MappingProxyType(dict(data["word_counts"])),
        determiner_counts=MappingProxyType(dict(data["determiner_counts"])),
        phrasal_killing_verbs=MappingProxyType(
            {verb: tuple(particles) for verb, particles in data["phrasal_killing_verbs"].items()}
        ),
        **{name: tuple(data[name]) for name in _WORD_LISTS},
    )


@per_lexicon
def casualty_words(name: str) -> frozenset[str]:
    """A word list of the lexicon as a set, built once (for membership tests in hot loops)."""
    return frozenset(getattr(casualty_lexicon(), name))

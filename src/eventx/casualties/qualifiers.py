"""What qualifies a casualty count: negated, unknown, cumulative, shared by several incidents,
additional to an earlier count, and who reports it."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..doctools import doc_text, span_text
from ..syntax import (
    attached_as,
    child_words,
    dependents,
    is_perfect,
    modified_by,
    negated,
    own_clauses,
    subject_of,
    subjects_of,
    word_class,
    word_within,
)
from .counted import is_a_sum, total_holder
from .counts import small_number
from .lexicon import casualty_lexicon, casualty_words


def negated_statement(trigger: Token, noun: Token | None) -> bool:
    """ "no one was killed", "neither injuries nor fatalities", "no reports of casualties": a count of 0."""
    if negated(trigger):
        return True
    for tok in (noun, trigger):
        if tok is None:
            continue
        if tok.lower_ in casualty_lexicon().negative_pronouns or (
            tok.lower_ == "one" and tok.i > 0 and tok.nbor(-1).lower_ == "no"
        ):
            return True
        if modified_by(tok, casualty_words("negative_determiners"), "determiner", "preconjunction"):
            return True
        correlatives = casualty_words("negative_correlatives")
        if attached_as(tok, "conjunct") and not child_words(tok.head).isdisjoint(correlatives):
            return True  # "neither injuries nor fatalities were reported"
    # "there were no reports of casualties": the trigger hangs under a negated noun
    cur = trigger
    for _ in range(3):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if modified_by(cur, ("no",), "determiner"):
            return True
    return False


def unknown_count(noun: Token | None, sent: Span) -> bool:
    """ "an unknown number of soldiers": victims whose count is not given."""
    if noun is None:
        return False
    window = span_text(sent.doc[max(noun.left_edge.i - 4, sent.start) : noun.i + 1]).lower()
    return any(cue in window for cue in casualty_lexicon().unknown_cues) and "number" in window


def is_cumulative(trigger: Token) -> bool:
    """A running total ("the total killed this year", "the war has killed thousands"), not one incident's
    (nor "a total of 12 people were killed": a sum of what the report tells, ``is_a_sum``)."""
    lex = casualty_lexicon()
    chain = [trigger, *trigger.ancestors]
    cues = casualty_words("cumulative_cues")
    near = [*chain, *(c for t in chain for c in t.children)]
    if any(t.lemma_.lower() in cues and not is_a_sum(t) for t in near) or since_a_period(trigger):
        return True
    subjects = subjects_of(trigger)
    if subjects and subjects[0].lower_ in ("that", "which") and attached_as(trigger, "relative_clause"):
        subjects = [trigger.head]  # "an insurgency that has killed thousands"
    perfect = is_perfect(trigger)
    if perfect and subjects and subjects[0].lemma_.lower() in lex.cumulative_subjects:
        return True  # "the 12-year war has killed thousands"; not "a land conflict killed three"
    return bool(lex.cumulative_re.search(_own_clause(trigger)))


def since_a_period(trigger: Token) -> bool:
    """ "the death toll since the war began", "the toll since the start of the year": a "since" phrase of
    the toll (or of its verb) naming a conflict or a period (``since_period_words``) makes it a total
    over that span; "the toll since the attack" stays the incident's own."""
    lex = casualty_lexicon()
    words = casualty_words("since_period_words") | set(lex.cumulative_subjects)
    holder = total_holder(trigger) or trigger
    toks = {trigger, holder, holder.head}
    start, end = min(t.left_edge.i for t in toks), max(t.right_edge.i for t in toks) + 1
    if not word_within(trigger, start, end, "since"):
        return False  # no "since" among the words, their children or grandchildren
    for tok in toks:
        for c in tok.children:
            marked = c.lower_ == "since" or any(
                g.lower_ == "since" and attached_as(g, "marker") for g in c.children
            )
            if marked and any(t.lemma_.lower() in words for t in c.subtree):
                return True
    return False


def is_update(trigger: Token) -> bool:
    """A newer total of the incident's casualties, told after a first count: "the death toll rose to at
    least six", "bringing the number of dead to 12", "the toll now stands at 9", "six people have now
    died" (``update_verbs``, ``update_adverbs``). It replaces the incident's count; it is not added."""
    adverbs = casualty_words("update_adverbs")
    holder = total_holder(trigger)
    if holder is not None and attached_as(holder, "any_subject", "object"):
        verb = holder.head
        if verb.lemma_.lower() in casualty_words("update_verbs") or modified_by(verb, adverbs, "adverb"):
            return True
    return modified_by(trigger, adverbs, "adverb")


def _own_clause(trigger: Token) -> str:
    """The trigger's clause without the clauses hanging from it: in "killed four soldiers, bringing the
    total killed this year to 120" the running total is another clause's."""
    doc = trigger.doc
    skip = {t.i for c in own_clauses(trigger) for t in c.subtree}
    return " ".join(t.text for t in doc[trigger.left_edge.i : trigger.right_edge.i + 1] if t.i not in skip)


def shared_by_incidents(trigger: Token, sent: Span) -> int | None:
    """How many incidents a stated total covers: 1 for one incident; N for "across the N attacks" (or
    "across the attacks" in a text that says "one of N related attacks"); None when it covers several
    of an unknown number (then it is cumulative)."""
    lex = casualty_lexicon()
    clause = span_text(sent.doc[trigger.left_edge.i : trigger.right_edge.i + 1])
    found = lex.across_re.search(clause) or lex.across_re.search(span_text(sent))
    if found is None:
        return 1
    words = found.group("n")
    n = lex.determiner_counts.get(words.lower()) if words else None  # "across both attacks"
    n = n or (small_number(words) if words else None)
    if n is None and words:
        return 1  # "in the Idlib attacks": a name, not a number of incidents
    if n is None and not (found.group("across") or found.group("all")):
        return 1  # "killed during the strikes": the strikes of this one incident
    if n is None:
        one_of = lex.one_of_re.search(doc_text(sent.doc))
        n = small_number(one_of.group("n")) if one_of else None
    return n if n is not None and n > 1 else None


def is_additional(trigger: Token, sent: Span) -> bool:
    """ "2 militants were also killed", "In addition, one civilian was killed": victims besides those of
    an earlier statement about the same incident."""
    lex = casualty_lexicon()
    if modified_by(trigger, lex.additional_adverbs, "adverb"):
        return True
    return span_text(sent).lstrip().lower().startswith(tuple(lex.additional_openers))




def reported_by(sent: Span) -> list[str]:
    """Sources of the statement: "according to X", "X said"."""
    lex = casualty_lexicon()
    out: list[str] = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            pobj = dependents(tok.nbor(1), "prep_object")
            if pobj:
                out.append(sent.doc[pobj[0].left_edge.i : pobj[0].right_edge.i + 1].text)
        elif word_class(tok, "verb") and tok.lemma_.lower() in lex.report_verbs:
            subj = [c for c in subjects_of(tok) if not word_class(c, "pronoun")]
            if subj:
                out.append(sent.doc[subj[0].left_edge.i : subj[0].right_edge.i + 1].text)
            elif subject_of(tok) is None:
                source = _phrase_before(tok, sent)
                if source:
                    out.append(source)
    return [re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I) for s in out]


def _phrase_before(verb: Token, sent: Span) -> str | None:
    """ "..., the Syrian Observatory for Human Rights said.": when the parser hangs the source on the
    words before it, the noun phrase that ends just before the verb and starts after a comma."""
    if verb.i == sent.start or verb.nbor(-1).is_punct:
        return None
    last = verb.nbor(-1)
    for cand in [last, *last.ancestors]:
        if (
            cand.right_edge.i == verb.i - 1
            and word_class(cand, "any_noun")
            and cand.left_edge.i > sent.start
        ):
            if cand.doc[cand.left_edge.i - 1].text == ",":
                return cand.doc[cand.left_edge.i : verb.i].text
    return None


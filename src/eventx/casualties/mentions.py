"""One CasualtyMention per casualty statement of a sentence; conjoined victim groups give one each."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actorlex import is_person_noun
from ..doctools import text_between
from ..records import CasualtyMention
from ..syntax import attached_as, dependents, form, word_class
from .counted import counted_noun, other_victims
from .counts import count, number_of
from .lexicon import casualty_lexicon
from .qualifiers import (
    is_additional,
    is_cumulative,
    is_update,
    negated_statement,
    reported_by,
    shared_by_incidents,
    unknown_count,
)
from .triggers import attempted, trigger_status
from .victims import combatants_of, victim_country, victim_kind, victim_text

#: casualty words read in one sentence at most; the rest of a longer run ("12 killed 12 killed ...") is
#: skipped. A news sentence holds a handful; each word read costs about a millisecond.
MAX_SENTENCE_TRIGGERS = 25


def casualty_mentions(doc: Doc, sent: Span, unconfirmed_text: str) -> list[CasualtyMention]:
    """Every casualty statement in one sentence (of its first ``MAX_SENTENCE_TRIGGERS`` casualty words);
    conjoined victim groups ("four cadres and a police officer were killed") give one statement each,
    and the event stage adds them up."""
    lex = casualty_lexicon()
    out: list[CasualtyMention] = []
    context = {"reported": None, "unconfirmed": bool(lex.unconfirmed_re.search(unconfirmed_text))}
    read = 0
    counted: set[tuple[int, str]] = set()  # (token, status) of the victims already counted
    for tok in sent:
        if read >= MAX_SENTENCE_TRIGGERS:
            break
        ambiguous = tok.lemma_.lower() in lex.ambiguous_nouns
        if ambiguous and word_class(tok, "noun") and negated_statement(tok, tok):
            read += 1
            for status in ("killed", "injured"):  # "no casualties": neither dead nor wounded
                m = _statement(doc, sent, tok, status, tok, context)
                if m is not None:
                    out.append(m)
            continue
        status = trigger_status(tok)
        if status is None:
            continue
        read += 1
        if attempted(tok):
            continue
        noun = counted_noun(tok)
        if noun is not None and (noun.i, status) in counted:
            continue  # "four dead bodies": "dead" and "bodies" count the same four
        groups = _victim_groups(tok, noun, status)
        if out and _body_told_again(noun, status, out):
            continue
        counted.update((g.i, status) for g in groups if g is not None)
        for k, group in enumerate(groups):
            m = _statement(doc, sent, tok, status, group, context, conjunct=k > 0)
            if m is not None:
                out.append(m)
    return out


def _victim_groups(tok: Token, noun: Token | None, status: str) -> list[Token | None]:
    """The counted noun and the victim groups joined to it, each counted apart; not a joined group that
    states another status of its own ("four dead bodies and 120 wounded": the wounded are not dead)."""
    if noun is None or noun.i == tok.i:
        groups = [noun]
    else:
        groups = [noun, *(v for v in other_victims(noun) if not _states_other_status(v, status))]
    # "4 people as well as 2 policemen were killed": a second subject joined to the first, not one the
    # parse hung on the verb with nothing joining them (a headline run into the text: "One person
    # treated for injuries ... Five people have been hurt")
    if noun is not None and attached_as(noun, "passive_subject"):
        groups += [
            c
            for c in dependents(tok, "passive_subject")
            if c.i != noun.i and c not in groups and _joined(c, noun)
        ]
    # "the killing of a teacher and two students", parsed with the students joined to "killing"
    if noun is not None and noun.i != tok.i and tok.lemma_.lower() in casualty_lexicon().victim_of_nouns:
        groups += [c for c in tok.conjuncts if c not in groups and _next_victims(noun, c)]
    # "killed five soldiers and between 10 and 15 civilians"
    if noun is not None and attached_as(noun, "object"):
        ranged = [c for c in dependents(tok, "conjunct") if c.lower_ == "between"]
        groups += [g for c in ranged for g in dependents(c, "prep_object") if g not in groups]
    return groups


def _next_victims(noun: Token, other: Token) -> bool:
    """``other`` names people right after the victims ``noun`` heads, joined by "and" alone ("the
    killing of a teacher and two students"; not "the death of a guerrilla" after "the kidnapping of a
    mayor, an official and a candidate")."""
    between = [t.lower_ for t in noun.doc[noun.right_edge.i + 1 : other.left_edge.i]]
    return (
        between == ["and"]
        and trigger_status(other) is None
        and is_person_noun(other.lower_, other.lemma_.lower())
    )


def _joined(a: Token, b: Token) -> bool:
    """A joining word hangs from one of the two between them ("4 people (including a journalist) as well
    as 2 policemen"; ``joining_words``); nothing joins two subjects run together across a headline."""
    first, second = (a, b) if a.i < b.i else (b, a)
    between = [t for t in a.doc[first.i + 1 : second.i] if t.head.i in (first.i, second.i)]
    return any(t.lower_ in casualty_lexicon().joining_words for t in between)


def _states_other_status(group: Token, status: str) -> bool:
    """A joined group told with a casualty word of another status, as itself or on it ("and 120 wounded",
    "sustained 20 killed and 10 wounded")."""
    words = [group, *(c for c in group.children if attached_as(c, "noun_clause", "adjective"))]
    return any(trigger_status(w) not in (None, status) for w in words)


def _body_told_again(noun: Token | None, status: str, earlier: list[CasualtyMention]) -> bool:
    """ "the body of a hawker was found ..., his body was found on 8 May": a body named by a pronoun
    after a count in the same sentence is that victim again."""
    if noun is None or noun.lemma_.lower() not in casualty_lexicon().body_nouns:
        return False
    pronoun = any(form(c, "possessive_pronoun") for c in dependents(noun, "possessor"))
    return pronoun and any(c.status == status for c in earlier)


def _statement(
    doc: Doc, sent: Span, tok: Token, status: str, noun: Token | None, context: dict, conjunct: bool = False
) -> CasualtyMention | None:
    """One casualty statement: the trigger ``tok`` counting the group ``noun``; None if it counts nothing."""
    negated = negated_statement(tok, noun)
    unknown = not negated and unknown_count(noun, sent)
    summed = noun is not None and noun.i == tok.i
    best, low, high, qualifier, num_text = count(doc, noun, summed=summed, conjunct=conjunct)
    if noun is not None and (noun.lemma_.lower() in casualty_lexicon().share_nouns or number_of(noun)):
        unknown = True  # "injured 20% of the workers": a share, not a head count
    if noun is not None and noun.lemma_.lower() in casualty_lexicon().animal_nouns:
        return None  # "killed 15 livestock"
    if (
        best is None
        and noun is not None
        and form(noun, "plural")
        and is_person_noun(noun.lower_, noun.lemma_.lower())
    ):
        unknown = True  # "gunmen killed villagers": a killing whose count is not given
    if negated:
        best, low, high, qualifier = 0, 0, 0, "exact"
    if best is None and not unknown:
        return None
    if unknown:
        best = low = high = None
    shared_by = shared_by_incidents(tok, sent) if best else 1
    if context["reported"] is None:
        context["reported"] = reported_by(sent)
    cumulative = is_cumulative(tok) or shared_by is None
    victim, kind, country = _victim_fields(tok, noun)
    start = min(tok.idx, noun.left_edge.idx if noun is not None else tok.idx)
    end = max(tok.idx + len(tok.text), (noun.idx + len(noun.text)) if noun is not None else 0)
    return CasualtyMention(
        start=start,
        end=end,
        text=text_between(doc, start, end),
        sent_start=sent.start_char,
        status=status,
        best=best,
        low=low,
        high=high,
        qualifier=qualifier,
        number_text=num_text,
        negated=negated,
        unknown=unknown,
        cumulative=cumulative,
        update=not cumulative and is_update(tok),
        additional=is_additional(tok, sent),
        shared_by=shared_by or 1,
        victim=victim,
        victim_kind=kind,
        victim_country=country,
        reported_by=context["reported"],
        unconfirmed=context["unconfirmed"],
        trigger=tok.idx,
    )



def _victim_fields(tok: Token, noun: Token | None) -> tuple[str | None, str | None, str | None]:
    """(victim words, ACLED kind, country code) of the group ``noun`` that ``tok`` counts."""
    victim, head = victim_text(noun) if noun is not None and noun.i != tok.i else (None, tok)
    if head.like_num:
        victim = None  # "the death toll rose to 17", "killing 17": no words for who
    group = combatants_of(victim, head) if victim else None  # "10 fighters from Hezbollah": its side
    if not victim:
        return victim, None, None
    kind = group.kind if group else victim_kind(head)
    country = group.country_code if group else victim_country(head)
    return victim, kind, country

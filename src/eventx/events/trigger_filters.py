"""Whether a trigger tells of an incident that happened: not a threat, plan, denial or question
(``is_irrealis``), not a trend (``is_trend``); and whether it points back to a reported incident
(``is_anaphor``), or is told as the motive of another act or an earlier one (``told_as_motive``,
``told_as_earlier``). Word lists: ``irrealis_verbs``, ``prohibitions``, ``trend_*``, ``question_openers``,
``anaphors``, ``motive_words`` and ``earlier_words`` in ``event_triggers.yaml``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..casualties.lexicon import casualty_lexicon
from ..data import trigger_lexicon, trigger_words
from ..dates.cues import is_future
from ..syntax import (
    attached_as,
    clause_verb,
    compound_of_noun,
    dependents,
    first_conjunct,
    form,
    is_infinitive,
    marked_by,
    negated,
    patients_of,
    shared_doers,
    word_class,
)


def _means_of_a_killing(tok: Token) -> bool:
    """The act noun is what a killing or wounding in its sentence was done by: the object of a
    preposition of means (``killing_means_preps``) on a verb of killing or wounding (casualties.yaml) with
    its doer and its victims ("Turkish forces killed two PKK militants during the airstrikes", "killed or
    injured": the doer of the verb it is joined to): the airstrikes that sentence tells, not ones told
    before."""
    prep = tok.head
    if not (attached_as(tok, "prep_object") and prep.lower_ in trigger_words("killing_means_preps")):
        return False
    verb = prep.head
    harmed = ("verbs", verb.lemma_.lower()) in casualty_lexicon().by_lemma
    return harmed and bool(shared_doers(verb)) and bool(patients_of(verb))


def is_irrealis(tok: Token) -> bool:
    """True when the trigger sits in a threat, plan, demand, denial, opinion or prohibition, is named as an
    ability, or is negated."""
    verbs, bans = trigger_words("irrealis_verbs"), trigger_words("prohibitions")
    if is_future(tok) or _an_ability(tok):
        return True
    for cur in [tok, *list(tok.ancestors)[:3]]:
        if cur.lemma_.lower() in verbs and cur.i != tok.i and word_class(cur, "any_verb"):
            return True
        if cur.lemma_.lower() in bans and cur.i != tok.i:
            return True  # "banned the protests"
        if cur.lower_ == "on" and attached_as(cur, "preposition"):
            h = cur.head  # "extended the ban on all marches, protests and sit-ins" (however "on" is hung)
            if h.lemma_.lower() in bans or any(c.lemma_.lower() in bans for c in dependents(h, "object")):
                return True
        if word_class(cur, "any_verb") and negated(cur):
            return True
        if cur.i != tok.i and marked_by(cur, "whether"):
            return True  # "investigating whether a second car bomb was involved"
    return _question(tok)


def _an_ability(tok: Token) -> bool:
    """An act named as what someone can or may do ("demonstrated its capacity to strike", "the right to
    protest": a "to" infinitive under one of ``ability_nouns``)."""
    return is_infinitive(tok) and tok.head.lemma_.lower() in trigger_words("ability_nouns")


def told_as_motive(trigger: Token) -> bool:
    """The act is named as what another act answers (``motive_words``: "in retaliation for [air
    strikes]", "revenge for a drone [strike]", "to avenge the [raid]"; ``response_words``: "a response
    to coalition air [strikes]", not the idiom "in response to [protests]", which names what goes on there
    and then): an earlier incident, told in the background of the one reported."""
    words = trigger_words("motive_words")
    tok = first_conjunct(trigger)
    if attached_as(tok, "prep_object") and tok.head.lower_ == "for":
        return tok.head.head.lemma_.lower() in words
    if attached_as(tok, "prep_object") and tok.head.lower_ == "to":  # "a response to coalition air strikes"
        answer = tok.head.head
        idiom = attached_as(answer, "prep_object") and answer.head.lower_ == "in"  # "in response to protests"
        return answer.lemma_.lower() in trigger_words("response_words") and not idiom
    return attached_as(tok, "object") and tok.head.lemma_.lower() in words


def told_as_earlier(trigger: Token) -> bool:
    """The act is named as an earlier one that the act told follows (a sequel preposition governs it
    and a word of time past qualifies it, ``earlier_words``: "burned houses following an earlier
    [attack] on a settlement", "after last week's [raid]"): an incident of its own, in the background."""
    tok = first_conjunct(trigger)
    if not (attached_as(tok, "prep_object") and tok.head.lower_ in trigger_words("sequel_preps")):
        return False
    earlier = trigger_words("earlier_words")
    return any(t.lower_ in earlier for t in tok.subtree if t.i < tok.i)


def killing_before_the_act(noun: Token) -> bool:
    """A noun of a killing governed by a preposition of what came before (``background_preps``: "after
    the killing of two herders") or of an aftermath (``background_nouns``: "in the wake of the murder of a
    driver"): an act before the one told, whose dead are not that act's."""
    return _governed_by(noun, "background_preps", "background_nouns")


def killing_charged(noun: Token) -> bool:
    """A noun of a killing someone is held or blamed for (``charge_preps``, ``charge_nouns``: "arrested
    for the murder of a teacher", "in connection with the killing of a chief"): no incident told."""
    return _governed_by(noun, "charge_preps", "charge_nouns")


def _governed_by(noun: Token, preps_key: str, nouns_key: str) -> bool:
    """The noun is the object of a preposition of ``preps_key``, or of the preposition a noun of
    ``nouns_key`` takes ({noun: preposition})."""
    tok = first_conjunct(noun)
    if not word_class(tok, "any_noun") or not attached_as(tok, "prep_object"):
        return False
    prep = tok.head
    if prep.lower_ in trigger_words(preps_key):
        return True
    return trigger_lexicon()[nouns_key].get(prep.head.lemma_.lower()) == prep.lower_


def is_trend(tok: Token) -> bool:
    """True when the trigger tells of a trend, not an incident (``trend_periods``, ``trend_verbs``)."""
    lex = trigger_lexicon()
    plural = form(tok, "plural_noun")
    if plural and attached_as(tok, "object") and tok.head.lemma_.lower() in trigger_words("trend_verbs"):
        return True  # "ramp up nationwide attacks"
    rare = trigger_words("trend_adjectives")
    if (
        plural
        and attached_as(tok, "subject")
        and any(c.lemma_.lower() in rare for c in dependents(tok.head, "adjectival_complement"))
    ):
        return True  # "attacks have been relatively rare"
    verb = clause_verb(tok)
    if verb is None:
        verb = tok
    clause = _own_clause(verb, tok)
    words = [t.lower_ for t in clause]
    for phrase in lex["trend_periods"]:
        parts = phrase.split()
        for k in range(len(words) - len(parts) + 1):
            # the period must qualify the verb: "the biggest demonstration in recent years" does not
            if words[k : k + len(parts)] == parts and word_class(clause[k].head, "any_verb"):
                return True
    return False


#: the relations by which a clause of its own hangs from a word
_CLAUSE_RELATIONS = (
    "relative_clause",
    "clausal_modifier",
    "adverbial_clause",
    "clausal_complement",
    "conjunct",
    "parataxis",
)


def _own_clause(verb: Token, tok: Token) -> list[Token]:
    """The tokens of ``verb``'s clause, without the clauses it holds (unless they hold ``tok``):
    "Taliban insurgents, who have stepped up attacks in recent years, attacked a checkpoint"."""
    out, stack = [], [verb]
    while stack:
        cur = stack.pop()
        out.append(cur)
        for c in cur.children:
            if not attached_as(c, *_CLAUSE_RELATIONS) or c.left_edge.i <= tok.i <= c.right_edge.i:
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _question(tok: Token) -> bool:
    """ "Did Hillary Clinton just fire the starting gun on ...?": a yes/no question (``question_openers``)
    asks whether it happened; "Who attacked the police station?" takes it as given."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "?" and sent[0].lower_ in trigger_words("question_openers")


def is_anaphor(span: Span) -> bool:
    """A noun phrase pointing back to a reported incident ("the strike", "Thursday's deaths"); not the
    means of a killing its sentence tells (``_means_of_a_killing``)."""
    if _means_of_a_killing(span.root):
        return False
    head = span.root
    if compound_of_noun(head):
        head = head.head  # "the car bomb attack"
    if head.lemma_.lower() not in trigger_words("anaphors") or not word_class(head, "any_noun"):
        return False
    definite = trigger_words("definite_determiners")
    return any(
        (attached_as(c, "determiner") and c.lower_ in definite) or attached_as(c, "possessor")
        for c in head.children
    )

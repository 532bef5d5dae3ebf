"""Whether a trigger tells of an incident that happened: not a threat, plan, denial or question
(``is_irrealis``), not a trend (``is_trend``); and whether it points back to a reported incident
(``is_anaphor``), or is told as the motive of another act or an earlier one (``told_as_motive``,
``told_as_earlier``). Word lists: ``irrealis_verbs``, ``prohibitions``, ``trend_*``, ``question_openers``,
``anaphors``, ``motive_words`` and ``earlier_words`` in ``event_triggers.yaml``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..casualties.lexicon import casualty_lexicon, casualty_words
from ..data import trigger_lexicon, trigger_words
from ..dates.cues import is_future, states_a_fact
from ..syntax import (
    attached_as,
    clause_verb,
    compound_of_noun,
    dependents,
    first_conjunct,
    form,
    is_infinitive,
    is_perfect,
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
    for cur in _own_and_governing(tok):
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


def _own_and_governing(tok: Token, depth: int = 3) -> list[Token]:
    """The trigger and up to ``depth`` words governing it, stopping at a clause that states a fact
    (``states_a_fact``: "will not be pumped ... because it was [blown up] today")."""
    found = [tok]
    for cur in [tok, *list(tok.ancestors)[: depth - 1]]:
        if states_a_fact(cur) or cur.head.i == cur.i:
            break
        found.append(cur.head)
    return found


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
    """A noun of a killing (``victim_of_nouns``) governed by a preposition of what came before
    (``background_preps``: "after the killing of two herders") or of an aftermath (``background_nouns``:
    "in the wake of the murder of a driver"): an act before the one told, whose dead are not that act's."""
    prep = _killing_preposition(noun)
    if prep is None:
        return False
    if prep.lower_ in trigger_words("background_preps"):
        return True
    return trigger_lexicon()["background_nouns"].get(prep.head.lemma_.lower()) == prep.lower_


def killing_charged(noun: Token) -> bool:
    """A noun of a killing someone is held, tried or remembered for (``charge_heads``: "arrested for the
    murder of a teacher", "charged with the killing of", "convicted three men of the murder of", "opened
    an investigation into the killing of", "in connection with the killing of"): no incident told."""
    prep = _killing_preposition(noun)
    if prep is None:
        return False
    heads = trigger_lexicon()["charge_heads"]
    # the word the preposition hangs on, the verb of that noun ("convicted three men of"), or the
    # object of that verb ("opened an investigation into")
    head = prep.head
    words = [head, *([head.head] if word_class(head, "any_noun") else dependents(head, "object"))]
    return any(prep.lower_ in heads.get(w.lemma_.lower(), ()) for w in words)


def _killing_preposition(noun: Token) -> Token | None:
    """The preposition a killing noun (``victim_of_nouns``: "the murder of", "the killing of") is the
    object of, or None."""
    tok = first_conjunct(noun)
    if not word_class(tok, "any_noun") or tok.lemma_.lower() not in casualty_words("victim_of_nouns"):
        return None
    return tok.head if attached_as(tok, "prep_object") else None


def is_trend(tok: Token) -> bool:
    """True when the trigger tells of a trend or habit, not an incident (``trend_periods``, ``trend_verbs``,
    ``habit_adjectives``, ``comparison_adjectives`` in the perfect or present, ``habit_adverbs``, an
    activity going on "since" a year or a period)."""
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
    habits = trigger_words("habit_adjectives")
    if plural and any(c.lemma_.lower() in habits for c in dependents(tok, "adjective")):
        return True  # "has carried out frequent attacks in Somalia": a habit, no incident
    verb = clause_verb(tok)
    if verb is None:
        verb = tok
    compared = trigger_words("comparison_adjectives")
    told_in_general = is_perfect(verb) or form(verb, "present_tense")
    if plural and told_in_general and any(c.lemma_.lower() in compared for c in dependents(tok, "adjective")):
        return True  # "the group has carried out similar attacks": others, told in general
    if _told_as_a_habit(verb) or _ongoing_since(verb):
        return True  # "militants have attacked mosques in the province before"
    clause = _own_clause(verb, tok)
    words = [t.lower_ for t in clause]
    for phrase in lex["trend_periods"]:
        parts = phrase.split()
        for k in range(len(words) - len(parts) + 1):
            # the period must qualify the verb: "the biggest demonstration in recent years" does not
            if words[k : k + len(parts)] == parts and word_class(clause[k].head, "any_verb"):
                return True
    return False


def _told_as_a_habit(verb: Token) -> bool:
    """A verb in the perfect or the present with an adverb of habit or of a past in general
    (``habit_adverbs``: "have attacked mosques before", "often raid the villages"); not a simple past
    ("gunmen attacked the village before dawn": "before" takes an object there)."""
    if not word_class(verb, "verb") or not (is_perfect(verb) or form(verb, "present_tense")):
        return False
    habits = trigger_words("habit_adverbs")
    return any(a.lower_ in habits for a in dependents(verb, "adverb"))


#: the relations by which a clause of its own hangs from a word
_CLAUSE_RELATIONS = (
    "relative_clause",
    "clausal_modifier",
    "adverbial_clause",
    "clausal_complement",
    "conjunct",
    "parataxis",
)


def _ongoing_since(verb: Token) -> bool:
    """A verb in the perfect with "since" a year or a period (``since_period_words``: "has been battling an
    insurgency since 2015", "have fought since the start of the war"): an activity going on, not an
    incident; "since Monday" may tell one."""
    if not word_class(verb, "verb") or not is_perfect(verb):
        return False
    periods, recent = casualty_words("since_period_words"), casualty_words("recent_period_words")
    for since in (c for c in verb.children if c.lower_ == "since"):
        for obj in since.children:
            if any(t.lower_ in recent for t in obj.subtree):
                continue  # "since a week ago", "since last month": lately, not in general
            year = obj.like_num and len(obj.text) == 4 and obj.text.isdigit()
            if year or any(t.lemma_.lower() in periods for t in obj.subtree):
                return True
    return False


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

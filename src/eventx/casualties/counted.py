"""The noun that names who a casualty word counts, found through the dependency parse."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..dates.cues import clock_time
from ..syntax import (
    attached_as,
    dependents,
    first_dependent,
    form,
    has_number,
    is_passive,
    prep_objects,
    prepositions,
    subjects_of,
    word_class,
)
from ..text.quantity_lexicon import is_vague_number
from ..text.temporal import resolve
from .lexicon import casualty_lexicon, casualty_words
from .triggers import trigger_status


def other_victims(noun: Token) -> list[Token]:
    """Victim groups joined to ``noun``; "a social leader and also the vice-president" is one person. A
    list the parser hung on the first group as an apposition ("A boy, a pregnant woman, and a
    demonstrator were killed": "woman" an apposition with ", and a demonstrator" joined to it) is a
    list, not a second description of the first ("Julie Catamin, a village chief,"; "Linda Diaz, a
    social leader and former candidate": no comma before "and")."""
    doc = noun.doc
    same_cues = casualty_words("same_person_cues")

    def same_person(c: Token) -> bool:  # a singular second description with no number of its own
        between = doc[min(noun.i, c.i) : max(noun.i, c.i) + 1]
        return (
            form(c, "singular_noun", "singular_name")
            and not any(attached_as(g, "number") or g.like_num for g in c.children)
            and any(t.lower_ in same_cues for t in between)
        )

    listed = [x for a in dependents(noun, "apposition") if _serial(a) for x in (a, *a.conjuncts)]
    joined = [c for c in (*noun.conjuncts, *listed) if not c.is_punct]
    return [c for c in dict.fromkeys(joined) if not same_person(c)]


def _serial(apposition: Token) -> bool:
    """The apposition opens a list: a comma stands before the "and" that joins the next item to it."""
    doc = apposition.doc
    return bool(apposition.conjuncts) and any(
        cc.i > 0 and doc[cc.i - 1].text == "," for cc in dependents(apposition, "coordinator")
    )


def counted_noun(trigger: Token) -> Token | None:
    """The token naming who was counted, found through the parse; for a stated total ("the number of
    dead rose to 12"), the number it is given as."""
    holder = total_holder(trigger)
    if holder is not None and holder.i != trigger.i:
        number = _toll_number(holder)
        if number is not None:
            return number
    if word_class(trigger, "any_verb"):
        return _summed(_antecedent(_counted_by_verb(trigger)))
    if word_class(trigger, "adjective"):
        return _summed(_antecedent(_counted_by_adjective(trigger)))
    return _counted_by_noun(trigger)


def _summed(noun: Token | None) -> Token | None:
    """For "a total of 12 people" (``is_a_sum``), the people it sums; any other noun itself."""
    if noun is None or not is_a_sum(noun):
        return noun
    return prep_objects(noun, ("of",))[0]


def is_a_sum(tok: Token) -> bool:
    """A sum noun with an indefinite article and an "of" phrase ("a total of 12 people", ``sum_nouns``):
    the sum of the victims it is "of"."""
    return (
        tok.lemma_.lower() in casualty_words("sum_nouns")
        and any(c.lower_ in casualty_words("indefinite_articles") for c in dependents(tok, "determiner"))
        and bool(prep_objects(tok, ("of",)))
    )


def _antecedent(noun: Token | None) -> Token | None:
    """The noun a relative pronoun stands for in a clause set off by a comma: "the village chief, who
    died from his injuries" counts the chief. A clause without the comma picks out people by what
    befell them, most often before ("the two people who were killed", "a candidate who was murdered in
    1989"), and counts no one (the pronoun has no number), unless it names the day or week it befell
    them: that is news ("the funeral of an official who was shot dead this week"). One with the comma
    that names a year counts no one ("the elder, who was killed in 2019,"). Any other noun is itself."""
    if noun is None or not form(noun, "wh_pronoun", "wh_determiner"):
        return noun
    clause = noun.head
    if not attached_as(clause, "relative_clause") or noun.i == 0:
        return noun
    if noun.nbor(-1).text != ",":
        return clause.head if _names_its_day(clause) else noun
    if any(t.ent_type_ == "DATE" and _a_year(t) for t in clause.subtree):
        return noun  # "the elder, who was killed in 2019, was remembered": an earlier death
    return clause.head


#: any day: the precision of a date expression does not depend on the day it is resolved against
_ANY_DAY = date(2000, 6, 15)


def _names_its_day(clause: Token) -> bool:
    """The clause holds a date of a day or a week written without its year ("this week", "on Monday",
    "last night", "on 31 October"; not "in 1989", "last year", "in March", "on 26 September 2014")."""
    for ent in clause.doc[clause.left_edge.i : clause.right_edge.i + 1].ents:
        if ent.label_ in ("DATE", "TIME"):
            if any(_a_year(t) and not clock_time(t.doc[t.i : t.i + 1]) for t in ent):
                return False  # "the 43 students who were killed on 26 September 2014": remembered
            found = resolve(ent.text, _ANY_DAY)
            if found is not None and found.precision in ("day", "week"):
                return True
    return False


def _a_year(tok: Token) -> bool:
    """The word is a year ("2019", "1989")."""
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit()


def _counted_by_verb(trigger: Token) -> Token | None:
    """Who a casualty verb counts: its passive subject, the subject of "die", its object, the noun it
    modifies, or what a joined verb counts. Of each relation the first child counts ("killed 10 fighters
    from X, the team backed by Y"), except passive subjects, where the one nearest before the verb does
    (another hangs there only across a clause: "One person treated for injuries ... Five people have
    been hurt")."""
    before = [p for p in dependents(trigger, "passive_subject") if p.i < trigger.i]
    patient = before[-1] if before else first_dependent(trigger, "passive_subject")
    subj = first_dependent(trigger, "subject")
    obj = first_dependent(trigger, "object")
    if is_passive(trigger) and patient is not None:
        return patient
    if trigger.lemma_.lower() in casualty_lexicon().subject_victim_verbs and subj is not None:
        return subj  # "two men died", "17 people lost their lives"
    adjective = ("adjectives", trigger.lower_) in casualty_lexicon().by_lemma
    if adjective and form(trigger, "gerund") and subj is not None and obj is None:
        return subj  # "three fishermen were missing" (parsed as a verb)
    if obj is not None:
        return obj
    described = _described_by_complement(trigger) if subj is None else None
    if described is not None:
        return described
    if (
        subj is not None
        and form(trigger, "past_tense", "past_participle")
        and not dependents(trigger, "auxiliary")
        and (has_number(subj) or is_vague_number(subj.text))
    ):
        # a headline's passive: "Four people killed and twenty wounded in the fighting"; "left 300 dead and
        # hundreds of people wounded"
        return subj
    if attached_as(trigger, "noun_clause", "adjective") and (
        word_class(trigger.head, "any_noun", "number", "pronoun") or is_vague_number(trigger.head.text)
    ):
        return trigger.head  # "12 people killed", "and several injured" (a clause on "several")
    if attached_as(trigger, "conjunct") and word_class(trigger.head, "any_verb"):
        return _counted_by_joined_verb(trigger)
    if has_number(trigger):
        return trigger  # "four dead bodies and 120 wounded": a participle used as a noun counts itself
    return None


def _described_by_complement(word: Token) -> Token | None:
    """Who a casualty word completing another verb counts: the passive subject of a verb of reporting or
    finding (``reported_state_verbs``: "8 soldiers were reported killed", "were feared dead"), the
    object of a verb of result (``result_verbs``: "the blast left one soldier killed and four injured");
    None for any other verb ("were ordered killed")."""
    if not attached_as(word, "complement_clause", "object_predicate"):
        return None
    head, lex = word.head, casualty_lexicon()
    if head.lemma_.lower() in lex.result_verbs:
        return first_dependent(head, "object")
    if head.lemma_.lower() in lex.reported_state_verbs and is_passive(head):
        return first_dependent(head, "passive_subject")
    return None  # "two hostages were ordered killed": an order, not a death


def _counted_by_joined_verb(trigger: Token) -> Token | None:
    """A verb joined to another casualty verb: "were killed and 10 injured" (its own number), "shot and
    killed the commander" (the victim the verbs share)."""
    # "were killed and 10 injured", "and several injured": a conjunct with no subject of its own counts
    # its own number (not a date hung the same way: "was shot and killed today")
    nums = [
        c
        for c in trigger.children
        if (c.like_num or attached_as(c, "number", "np_adverbial") or is_vague_number(c.text))
        and c.ent_type_ not in ("DATE", "TIME")
    ]
    if nums:
        return nums[0]
    # "shot and killed the commander", "was shot and killed": the verbs share one victim
    head = trigger.head
    shared = [c for c in dependents(head, "patient") if c.i < trigger.i]
    if not shared:
        return None
    if head.lemma_.lower() in casualty_lexicon().shared_victim_verbs or _shares_passive_subject(trigger):
        return shared[0]
    return None


def _shares_passive_subject(verb: Token) -> bool:
    """ "A woman was raped and strangled to death", "was stabbed and shot dead": a verb joined by "and"
    to a passive verb that states no casualty itself, with no subject or auxiliary of its own, tells of the
    same victim. Not "were killed or injured" (a count split in unknown shares), "were killed and
    wounded" (the first verb's count is its own), "was found ... has been found dead" (a new clause)."""
    head = verb.head
    if not attached_as(verb, "conjunct") or not dependents(head, "passive_subject"):
        return False
    if dependents(verb, "any_subject", "auxiliary", "passive_auxiliary"):
        return False
    if any(c.lower_ not in casualty_words("sharing_coordinators") for c in dependents(head, "coordinator")):
        return False
    return trigger_status(head) is None


def _counted_by_adjective(trigger: Token) -> Token | None:
    """Who a casualty adjective counts: the noun it modifies, its subject, or the object or subject of
    the verb it completes ("shot dead a shopkeeper", "was found dead", "lay dead"); one with a number
    of its own counts itself, as a noun would ("the blast left 12 dead")."""
    if has_number(trigger):
        return trigger
    if attached_as(trigger, "adjective"):
        return trigger.head
    subj = first_dependent(trigger, "subject")
    if subj is not None:
        return subj
    on_the_verb = attached_as(trigger, "adverb", "adverbial_clause", "unclassified")  # "shot dead a farmer"
    if attached_as(trigger, "object_predicate", "adjectival_complement", "complement_clause") or (
        on_the_verb and word_class(trigger.head, "verb")
    ):
        # "shot dead a shopkeeper", "shot a farmer dead" (object), "was found dead" (passive subject), "lay
        # dead" (subject); "was stabbed and shot dead": the passive subject of the verb it is joined to
        verb = trigger.head
        for rel in ("object", "passive_subject", "subject"):
            obj = dependents(verb, rel)
            if obj:
                return obj[0]
        return first_dependent(verb.head, "passive_subject") if _shares_passive_subject(verb) else None
    return None


def _counted_by_noun(trigger: Token) -> Token | None:
    """Who a casualty noun counts: a toll's number, the people whose bodies were found or whose killing
    it names, the people who suffered injuries, else the noun itself ("16 deaths")."""
    lex = casualty_lexicon()
    lemma = trigger.lemma_.lower()
    if lemma in lex.toll_nouns:
        return _toll_number(trigger)
    if lemma in lex.body_nouns or lemma in lex.victim_of_nouns:
        whose = of_objects(trigger)
        if whose:
            return whose[0]  # "the bodies of five men", "the killing of five soldiers": the men, soldiers
    if attached_as(trigger, "object") and trigger.head.lemma_.lower() in lex.suffer_verbs:
        subj = subjects_of(trigger.head)
        if subj:
            return subj[0]  # "four persons sustained injuries": the people who suffered them
    return trigger  # a noun trigger counts itself: "16 deaths", "bodies"


def total_holder(trigger: Token) -> Token | None:
    """The noun holding a stated total that the casualty word is counted in: a toll ("the death toll rose
    to 17"), or a count noun whose "of" phrase names the casualties ("the number of dead rose to 12",
    "bringing the number of people killed to 12", "the number of wounded has risen to 40")."""
    lex = casualty_lexicon()
    totals = casualty_words("total_nouns")
    if word_class(trigger, "any_noun") and trigger.lemma_.lower() in lex.toll_nouns:
        return trigger
    cur = trigger
    if attached_as(cur, "noun_clause", "adjective") and cur.head.lemma_.lower() in totals:
        return cur.head  # "the number of people killed", parsed with "killed" on "number"
    if attached_as(cur, "noun_clause", "adjective"):
        cur = cur.head  # "the number of people killed": the people
    if attached_as(cur, "prep_object") and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in totals:
        return cur.head.head
    return None


def _toll_number(toll: Token) -> Token | None:
    """The number a death toll is given as: "a death toll of 17", "the death toll rose to 17", "the toll
    stands at 17", "the death toll is 17"; None when no number is said."""
    places = [toll]
    if attached_as(toll, "any_subject", "object"):
        places.append(toll.head)  # "the toll rose to 17", "bringing the death toll to 17"
    toll_prepositions = casualty_words("toll_prepositions")
    for tok in places:
        for c in tok.children:
            if attached_as(c, "preposition") and c.lower_ in toll_prepositions:
                nums = [n for g in dependents(c, "prep_object") for n in _number_or_counted(g)]
                if nums:
                    return nums[0]
            if tok is not toll and attached_as(c, "object", "attribute") and c.like_num:
                return c
    return None



def _number_or_counted(tok: Token) -> list[Token]:
    """The number a toll's "to"/"at" gives: the word itself ("rose to 17"), or the number the parser
    hangs on a word after it ("rose to at least six Friday", "rose to 12 people")."""
    if tok.like_num:
        return [tok]
    return [n for n in dependents(tok, "number") if n.like_num]


def has_of(noun: Token) -> bool:
    """True if the noun has an "of" phrase ("dozens of civilians", "a number of fighters")."""
    return bool(prepositions(noun, ("of",)))


def of_objects(noun: Token) -> list[Token]:
    """What a noun is "of": "men" in "the bodies of five men", "civilians" in "dozens of civilians"."""
    return prep_objects(noun, ("of",))


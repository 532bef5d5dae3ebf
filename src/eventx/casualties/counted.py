"""The noun that names who a casualty word counts, found through the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import casualty_lexicon


def other_victims(noun: Token) -> list[Token]:
    """Victim groups joined to ``noun``; "a social leader and also the vice-president" is one person."""
    doc = noun.doc
    same_cues = set(casualty_lexicon().same_person_cues)

    def same_person(c: Token) -> bool:  # a singular second description with no number of its own
        between = doc[min(noun.i, c.i) : max(noun.i, c.i) + 1]
        return (
            c.tag_ in ("NN", "NNP")
            and not any(g.dep_ == "nummod" or g.like_num for g in c.children)
            and any(t.lower_ in same_cues for t in between)
        )

    return [c for c in noun.conjuncts if not c.is_punct and not same_person(c)]



def counted_noun(trigger: Token) -> Token | None:
    """The token naming who was counted, found through the parse."""
    deps: dict[str, Token] = {}
    for c in trigger.children:
        deps.setdefault(c.dep_, c)  # the first of each: "killed 10 fighters from X, the team backed by Y"
    if trigger.pos_ in ("VERB", "AUX"):
        return _counted_by_verb(trigger, deps)
    if trigger.pos_ == "ADJ":
        return _counted_by_adjective(trigger, deps)
    return _counted_by_noun(trigger)


def _counted_by_verb(trigger: Token, deps: dict[str, Token]) -> Token | None:
    """Who a casualty verb counts: its passive subject, the subject of "die", its object, the noun it
    modifies, or what a joined verb counts."""
    passive = "nsubjpass" in deps or any(c.dep_ == "auxpass" for c in trigger.children)
    if passive and "nsubjpass" in deps:
        return deps["nsubjpass"]
    if trigger.lemma_.lower() in casualty_lexicon().subject_victim_verbs and "nsubj" in deps:
        return deps["nsubj"]  # "two men died", "17 people lost their lives"
    adjective = ("adjectives", trigger.lower_) in casualty_lexicon().by_lemma
    if adjective and trigger.tag_ == "VBG" and "nsubj" in deps and "dobj" not in deps:
        return deps["nsubj"]  # "three fishermen were missing" (parsed as a verb)
    if "dobj" in deps:
        return deps["dobj"]
    subj = deps.get("nsubj")
    if (
        subj is not None
        and trigger.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "aux" for c in trigger.children)
        and any(c.dep_ == "nummod" for c in subj.children)
    ):
        return subj  # a headline's passive: "Four people killed and twenty wounded in the fighting"
    if trigger.dep_ in ("acl", "relcl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return trigger.head
    if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
        return _counted_by_joined_verb(trigger)
    return None


def _counted_by_joined_verb(trigger: Token) -> Token | None:
    """A verb joined to another casualty verb: "were killed and 10 injured" (its own number), "shot and
    killed the commander" (the victim the verbs share)."""
    # "were killed and 10 injured": a conjunct with no subject of its own shares its head's
    nums = [c for c in trigger.children if c.like_num or c.dep_ in ("nummod", "npadvmod")]
    if nums:
        return nums[0]
    # "shot and killed the commander", "was shot and killed": the verbs share one victim
    head = trigger.head
    shared = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < trigger.i]
    return shared[0] if shared and head.lemma_.lower() in casualty_lexicon().shared_victim_verbs else None


def _counted_by_adjective(trigger: Token, deps: dict[str, Token]) -> Token | None:
    """Who a casualty adjective counts: the noun it modifies, its subject, or the object or subject of
    the verb it completes ("shot dead a shopkeeper", "was found dead", "lay dead")."""
    if trigger.dep_ == "amod":
        return trigger.head
    if "nsubj" in deps:
        return deps["nsubj"]
    if trigger.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or (
        trigger.dep_ == "advmod" and trigger.head.pos_ == "VERB"  # "Gunmen shot dead a farmer"
    ):
        # "shot dead a shopkeeper" (object), "was found dead" (passive subject), "lay dead" (subject)
        for dep in ("dobj", "nsubjpass", "nsubj"):
            obj = [c for c in trigger.head.children if c.dep_ == dep]
            if obj:
                return obj[0]
        return None
    return None


def _counted_by_noun(trigger: Token) -> Token | None:
    """Who a casualty noun counts: a toll's number, the people whose bodies were found, the people who
    suffered injuries, else the noun itself ("16 deaths")."""
    lex = casualty_lexicon()
    if trigger.lemma_.lower() in lex.toll_nouns:
        return _toll_number(trigger)
    if trigger.lemma_.lower() in lex.body_nouns:
        whose = of_objects(trigger)
        if whose:
            return whose[0]  # "the bodies of five men": the men
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lex.suffer_verbs:
        subj = [c for c in trigger.head.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]  # "four persons sustained injuries": the people who suffered them
    return trigger  # a noun trigger counts itself: "16 deaths", "bodies"


def _toll_number(toll: Token) -> Token | None:
    """The number a death toll is given as: "a death toll of 17", "the death toll rose to 17", "the toll
    stands at 17", "the death toll is 17"; None when no number is said."""
    places = [toll]
    if toll.dep_ in ("nsubj", "nsubjpass"):
        places.append(toll.head)
    for tok in places:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "at"):
                nums = [g for g in c.children if g.dep_ == "pobj" and g.like_num]
                if nums:
                    return nums[0]
            if tok is not toll and c.dep_ in ("dobj", "attr") and c.like_num:
                return c
    return None



def has_of(noun: Token) -> bool:
    """True if the noun has an "of" phrase ("dozens of civilians", "a number of fighters")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def of_objects(noun: Token) -> list[Token]:
    """What a noun is "of": "men" in "the bodies of five men", "civilians" in "dozens of civilians"."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


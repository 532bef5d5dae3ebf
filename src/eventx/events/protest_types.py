"""How a protest reads: the words that make it a riot (``riot_cue``, ``crowd_strikes``), an intervention
or excessive force (``protest_type``), and whether words tell of a street protest. Used
by the typing rules of ``eventx.events.event_types``; cue lists in event_triggers.yaml."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actor_members import of_an_armed_group
from ..actorlex import is_person_noun, noun_entry, noun_forms
from ..data import trigger_lexicon, trigger_sequences, trigger_words
from ..doctools import with_next_sentence
from ..lexicon import per_lexicon
from ..syntax import (
    attached_as,
    conjuncts,
    dependents,
    form,
    is_infinitive,
    negated,
    patients_of,
    placed_near,
    prep_objects,
    prepositions,
    subjects_of,
    word_class,
)
from .gathering_cues import dispersed_by_an_armed_group
from .mentions import Layers, Mention
from .sides import state_actors_near
from .triggers import is_aimed_at


def tells_of_street_protest(words: Span) -> bool:
    """The words hold a protest trigger of several words, read by lemma, done by people or a pronoun
    ("They took to the streets demanding ...", "residents staged a sit-in"); not "Police have taken over
    the case", "Rebels took over the town"."""
    lemmas = [t.lemma_.lower() for t in words]
    for i, tok in enumerate(words):
        for phrase in _protest_lemma_phrases():
            if tuple(lemmas[i : i + len(phrase)]) == phrase and _by_people(tok):
                return True
    return False


def _by_people(first: Token) -> bool:
    """The phrase that begins at ``first`` is done by a pronoun, a number of people or people who may
    protest (``protest_people``, ``crowd_heads``: "They took to the streets", "Thousands took to the
    streets"); a phrase that begins with a noun is done by the subject of its verb ("staged a sit-in")."""
    verb = first.head if word_class(first, "any_noun") else first
    people = trigger_words("protest_people") | trigger_words("crowd_heads")
    return any(
        word_class(s, "pronoun") or s.like_num or s.lower_ in people or s.lemma_.lower() in people
        for s in subjects_of(verb)
    )


@per_lexicon
def _protest_lemma_phrases() -> tuple[tuple[str, ...], ...]:
    """The protest triggers of several words as lemma tuples ("take", "to", "the", "street")."""
    return tuple(sorted({seq for seq in trigger_sequences("type", "Protests") if len(seq) > 1}))


def _done_by_forces(verb: Token) -> bool:
    """The verb's subject is state forces by its noun ("police barricaded the road")."""
    kinds = [(noun_entry(*noun_forms(s)) or ("", ""))[0] for s in subjects_of(verb)]
    return "state_forces" in kinds


def riot_cue(tok: Token) -> bool:
    """A word of violence by a crowd: a violent verb not done by the police ("stoned", "burned",
    "barricaded"; not "looted funds" or "flood damage"), a riot noun ("molotov", "arson"), a thrown object
    ("threw stones") or "set ... on fire"."""
    lex = trigger_lexicon()
    lemma = tok.lemma_.lower()
    if _aimed_at_the_crowd(tok):
        return False  # "militiamen threw petrol bombs at protesters": force used on the crowd
    if lemma in lex["riot_nouns"] or _set_on_fire(tok):
        return not _symbolic(tok)  # not "burning a papier-mache Trump head"
    if _violent_protest(tok) or _burning_things(tok):
        return True
    participle = attached_as(tok, "adjective") and form(tok, "past_participle")  # "burned cars"
    if lemma in lex["riot_cues"] and word_class(tok, "verb") and not participle:
        return not _symbolic(tok) and not _done_by_forces(tok)
    return lemma in lex["thrown_objects"] and any(
        a.lemma_.lower() in lex["throwing_verbs"] for a in [tok.head, tok.head.head]
    )


def _aimed_at_the_crowd(tok: Token) -> bool:
    """The word's act is aimed at protesters by someone else: "militiamen threw petrol bombs at
    protesters" (not "protesters threw stones at police")."""
    verb = _verb_of(tok)
    if not word_class(verb, "verb") or verb.lemma_.lower() not in _force_verbs():
        return False
    hit = [*prep_objects(verb, trigger_words("aimed_preps")), *dependents(verb, "object")]
    return any(map(_of_a_crowd, hit)) and not any(map(_of_a_crowd, subjects_of(verb)))


def _of_a_crowd(tok: Token) -> bool:
    """The word names people of a protest or its crowd (``protest_people``, ``crowd_nouns``)."""
    people = trigger_words("protest_people") | trigger_words("crowd_nouns")
    return tok.lemma_.lower() in people or tok.lower_ in people


def _violent_protest(tok: Token) -> bool:
    """ "sparked violent demonstrations": an adjective of riot on a protest noun (``riot_adjectives``;
    not "non-violent demonstrations")."""
    head = tok.head
    negated = tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "non"  # "non-violent"
    return (
        tok.lower_ in trigger_words("riot_adjectives")
        and not negated
        and attached_as(tok, "adjective")
        and head.lemma_.lower() in trigger_words("protest_cues")
    )


def _burning_things(tok: Token) -> bool:
    """ "roads were blocked with burning tires": things burning as the crowd's act, whatever tag the
    model gives the "-ing" word (a past participle, "burned cars", tells what was left)."""
    cues = trigger_lexicon()["riot_cues"]
    stem = tok.lower_.removesuffix("ing")  # the lemma of an "-ing" word tagged a noun is the word itself
    return (
        tok.lower_.endswith("ing")
        and attached_as(tok, "adjective", "compound")
        and (tok.lemma_.lower() in cues or stem in cues)
        and word_class(tok.head, "noun")
    )


def crowd_strikes(tok: Token) -> bool:
    """ "Demonstrators took one of the suspects ... and killed him": a violent verb whose subject (or the
    subject of the verb it is joined to) is a demonstrator or a crowd of people, not members of an armed
    group ("Basij members beat protesters")."""
    lex = trigger_lexicon()
    if not word_class(tok, "verb") or tok.lemma_.lower() not in lex["crowd_violence_verbs"] or _symbolic(tok):
        return False
    verbs = [tok, tok.head] if attached_as(tok, "conjunct") else [tok]
    cues, people = trigger_words("protest_cues"), trigger_words("protest_people")
    subjects = [c for v in verbs for c in dependents(v, "subject") if not of_an_armed_group(c)]
    return any(
        c.lemma_.lower() in cues or c.lemma_.lower() in people or c.lower_ in cues or c.lower_ in people
        for c in subjects
    )


def _symbolic(verb: Token) -> bool:
    """The act is done to a sign, not to people or property: "beating a Trump pinata", "burned his effigy"."""
    objects = [o for c in dependents(verb, "object") for o in (c, *conjuncts(c))]
    signs = trigger_words("symbolic_objects")
    return bool(objects) and all(o.lemma_.lower() in signs for o in objects)  # not "the flag and tyres"


def _set_on_fire(tok: Token) -> bool:
    """ "set them on fire", "set fire to", "set tyres ablaze": arson, a riot cue whatever stands between."""
    if tok.lower_ in trigger_words("fire_adverbs"):
        return tok.head.lemma_ == "set"
    if tok.lemma_ == "fire" and attached_as(tok, "object") and tok.head.lemma_ == "set":
        return True  # "setting fire to mattresses"
    return tok.lemma_ == "fire" and tok.head.lower_ == "on" and tok.head.head.lemma_ == "set"


def protest_type(m: Mention, layers: Layers) -> tuple[str, str]:
    """Peaceful protest, protest with intervention, excessive force, or a riot (violent demonstration),
    from the protest's own sentence and the next (cue lists in event_triggers.yaml)."""
    window = with_next_sentence(m.sent)  # "... Police intervened to disperse them."
    lemmas = {t.lemma_.lower() for t in window if not _told_before(t)}  # not "a day after police shot"
    state = bool(state_actors_near([m], layers))
    if any(riot_cue(t) or crowd_strikes(t) for t in window):
        return "Riots", "Violent demonstration"
    if (state and m.hurt) or any(lethal_force(t) and _used_on(t, m.trigger) for t in window):
        return "Protests", "Excessive force against protesters"
    cues = lemmas & trigger_words("intervention_cues")
    armed = state or dispersed_by_an_armed_group(m.trigger, layers.actors)
    if _crowd_attacked(m.trigger) or (cues and (armed or _police_at_work(m.sent))):
        # "militiamen threw petrol bombs at protesters", "were arrested as they staged a sit-in"
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


def lethal_force(tok: Token) -> bool:
    """A firearm used at a protest by someone other than its crowd (``lethal_weapons``): "opened fire",
    "fired 50 shots at protesters", "live bullets", "heavy gunfire was used to disperse them", "shot
    one person". Not what police fire to control a crowd (``crowd_control``: "rubber bullets",
    "warning shots", "shots in the air"), not "no shots were fired", not the crowd's own shooting."""
    lemma = tok.lemma_.lower()
    opened_fire = lemma == "fire" and attached_as(tok, "object") and tok.head.lemma_.lower() == "open"
    if lemma not in trigger_words("lethal_weapons") and not opened_fire or attached_as(tok, "modifier"):
        return False  # not "the house of the shot demonstrator"
    if tok.lower_.endswith("ing") and not _aims(tok):
        return False  # "a march marred by shooting", "near the scene of shooting": an incident named
    verb = _verb_of(tok)
    aside = [c for c in dependents(verb, "object", "preposition", "adverb") if tok not in c.subtree]
    words = [*_own_words(tok), *(w for c in aside for w in c.subtree)]  # "fired shots [in the air]"
    if any(w.lemma_.lower() in trigger_words("crowd_control") for w in words):
        return False
    if any(d.lower_ == "no" for d in dependents(tok, "determiner")) or negated(verb):
        return False
    if _told_before(tok):
        return False  # "held a demonstration after a police shot killed a driver"
    if any(t.lower_ in trigger_words("nearby_words") for t in tok.ancestors):
        return False  # "at a rally near the scene of shooting"
    return not any(map(_of_a_crowd, subjects_of(verb)))


def force_at(act: Token, protest: Token) -> bool:
    """The violent act is told as done at the protest of its sentence, not near it nor as what the
    protest is about: the protest hangs on the act through words, not a clause nor words of nearness
    (``nearby_words``: "shot one person during protests", "fired at villagers protesting", "fired live
    rounds near protesters"; not "killed 20 people, sparking protests", "fired in an area that
    protesters had passed through", "a shooting close to the protest", "not far from protests",
    "wounded five people near protesters"), and the act hangs on the
    protest through clauses of what came with or after it, not as its object or an earlier time
    ("protested until police opened fire"; not "protested the killing of a student", "protested a day
    after gunmen killed 20 people")."""
    if act.sent.start != protest.sent.start:
        return False
    near = trigger_words("nearby_words")
    act = _verb_of(act)  # "heavy gunfire [was used]"
    if placed_near(protest, near) and (not _aimed_near(protest, near) or _hits_people(act)):
        return False  # "not far from protests", "wounded five people near protesters"
    above = {t.i for t in [act, *act.ancestors]}
    meet = next((t for t in [protest, *protest.ancestors] if t.i in above), None)
    if meet is None:
        return False
    return all(
        not attached_as(t, *_CLAUSES, "noun_clause") and t.lower_ not in near
        for t in _path_up(protest, meet)[1:]
    ) and all(attached_as(t, *_CLAUSES) and not _earlier_time(t) for t in _path_up(act, meet))


def _used_on(weapon: Token, protest: Token) -> bool:
    """A firearm of the protest's own sentence is used at it (``force_at``) or on the crowd the protest
    names ("used live bullets to disperse protesters"; not "opened fire ... not far from protests"); one
    told in the next sentence is taken as used at it ("They used live bullets")."""
    if weapon.sent.start != protest.sent.start:
        return _at_the_crowd(weapon)
    crowd = protest.lemma_.lower() in trigger_words("crowd_nouns") and is_aimed_at(protest)
    return force_at(weapon, protest) or (crowd and protest in _verb_of(weapon).subtree)


def _at_the_crowd(weapon: Token) -> bool:
    """A firearm told in the sentence after the protest's is used on its crowd when the forces or a
    pronoun fire it ("They used live bullets") or it is aimed at the crowd or at people of a protest
    ("Soldiers fired at the marchers"); not "In Mombasa, gunmen shot dead a trader"."""
    verb = _verb_of(weapon)
    hit = [*dependents(verb, "object"), *prep_objects(verb)]
    by_forces = any(word_class(s, "pronoun") or _done_by_forces(verb) for s in subjects_of(verb))
    return by_forces or any(_of_a_crowd(o) or word_class(o, "pronoun") for o in hit)


def acts_on_the_crowd(act: Token, crowd: frozenset[str] = frozenset()) -> bool:
    """The violent act is done to scatter a crowd, or at it: its verb has an infinitive of dispersal
    (``dispersal_verbs``) whose object is a crowd, its protest or a pronoun ("intervened firing bullets
    to stop the demonstration", "fired live rounds to disperse them"), or its object or aim is a crowd
    by its noun or by the crowd's own word (``crowd``: "opened fire on the students" after students
    demonstrated); not people who may be anyone ("killed ten villagers", "shot two robbers to stop them
    fleeing": no crowd)."""
    verb = _own_verb(act)
    if verb is None:
        return False
    dispersals = [
        c
        for c in dependents(verb, "adverbial_clause")
        if is_infinitive(c)
        and c.lemma_.lower() in trigger_words("dispersal_verbs")
        and not prepositions(c, ("from",))  # "to stop them from fleeing": keeping someone, not a crowd
    ]
    hit = [*dependents(verb, "object"), *prep_objects(verb, trigger_words("aimed_preps"))]
    aimed = [o for d in dispersals for o in dependents(d, "object")]

    def of_the_crowd(tok: Token) -> bool:
        return _a_crowd(tok) or tok.lemma_.lower() in crowd

    return any(map(of_the_crowd, hit)) or any(of_the_crowd(o) or word_class(o, "pronoun") for o in aimed)


def _a_crowd(tok: Token) -> bool:
    """The noun names a crowd or its protest, whoever is in it ("the crowd", "protesters", "the
    march"; ``crowd_nouns``, ``riot_crowd_nouns``, ``crowd_heads``, ``protest_cues``), not people who
    may be anyone ("villagers", "traders")."""
    lemma = tok.lemma_.lower()
    words = (
        trigger_words("crowd_nouns")
        | trigger_words("riot_crowd_nouns")
        | trigger_words("protest_cues")
        | trigger_words("crowd_heads")
    )
    return lemma in words or tok.lower_ in words


def _own_verb(act: Token) -> Token | None:
    """The verb that tells the act: the act itself, or the verb whose object it is (or modifies:
    "intervened [firing] bullets", "used gunfire"); None for an act named inside another phrase
    ("held a protest against torture")."""
    if word_class(act, "verb") and not attached_as(act, "modifier"):
        return act
    noun = act.head if attached_as(act, "modifier") else act
    return noun.head if attached_as(noun, "object") and word_class(noun.head, "verb") else None


def _aimed_near(crowd: Token, near: frozenset[str]) -> bool:
    """The crowd is the object of a preposition of nearness itself ("fired live rounds near
    protesters": fire aimed at the crowd), not of one a word of nearness stands before ("close to the
    protest", "not far from protests": a landmark)."""
    return attached_as(crowd, "prep_object") and crowd.head.lower_ in near


def _hits_people(verb: Token) -> bool:
    """The act is done to people of its own ("shot five people", "wounded a man"), not only aimed
    somewhere ("fired live rounds near protesters")."""
    return any(is_person_noun(p.lower_, p.lemma_.lower()) for p in patients_of(verb))


def _verb_of(tok: Token) -> Token:
    """The token itself if a verb, else the nearest verb above it (the token if none)."""
    return next((t for t in [tok, *tok.ancestors] if word_class(t, "verb")), tok)


#: how a clause hangs on another
_CLAUSES = ("conjunct", "adverbial_clause", "parataxis", "complement_clause")


def _path_up(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up to ``top``, ``top`` left out."""
    path = []
    while tok.i != top.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return path


def _told_before(tok: Token) -> bool:
    """The word belongs to a clause of an earlier time or a cause ("a day after police shot a man")."""
    return any(_earlier_time(t) for t in [tok, *tok.ancestors])


def _earlier_time(clause: Token) -> bool:
    """A clause of an earlier time or a cause: "after gunmen killed", "since troops shot"."""
    return any(w.lower_ in trigger_words("cause_markers") for w in dependents(clause, "marker"))


def _aims(tok: Token) -> bool:
    """The word has an object or an aim of its own ("shooting protesters", "firing at the crowd")."""
    return bool(dependents(tok, "object") or prepositions(tok, trigger_words("aimed_preps")))


def _own_words(tok: Token) -> list[Token]:
    """The token and the words that modify it ("rubber bullets", "warning shots"), not the words joined
    to it ("live bullets, teargas and batons") nor those the parse hangs on it ("tear gas and live
    bullets" is read as "gas" modifying "bullets")."""
    return [tok, *(w for c in dependents(tok, "modifier", "preposition") for w in c.subtree)]


def _crowd_attacked(trigger: Token) -> bool:
    """The protest's trigger names its crowd as what an act is aimed at ("attacked demonstrators",
    "threw petrol bombs at protesters"), not the protest held ("staged a protest")."""
    if trigger.lemma_.lower() not in trigger_words("crowd_nouns") or not is_aimed_at(trigger):
        return False
    verb = _verb_of(trigger)  # not "lashing out at a protester"
    return verb.lemma_.lower() in _force_verbs() or _verb_of(verb.head).lemma_.lower() in _force_verbs()


@per_lexicon
def _force_verbs() -> frozenset[str]:
    """Verbs of force on people: throwing, targeting, a crowd's violence, fighting, or an intervention."""
    words = ("throwing_verbs", "targeting_verbs", "crowd_violence_verbs", "intervention_cues")
    words += ("symmetric_triggers",)
    return frozenset().union(*(trigger_words(w) for w in words))


def _police_at_work(words: Span) -> bool:
    """A word of the protest's own sentence names the police's work by itself (``police_cues``): tear
    gas, batons, or a verb of arrest ("were arrested as they staged a sit-in"); not the noun "arrest" a
    protest is against ("protested the arrest of a journalist"), nor "the arrested president", nor a
    later sentence's arrest ("He was arrested in a corruption case")."""
    cues, arrests = trigger_words("police_cues"), trigger_words("arrest_cues")
    return any(
        t.lemma_.lower() in cues and (t.lemma_.lower() not in arrests or _told_as_act(t)) for t in words
    )


def _told_as_act(tok: Token) -> bool:
    """A verb told as an act of its clause, not a modifier or a relative clause ("were arrested"; not
    "the arrested president", "activists who were arrested in April")."""
    return word_class(tok, "verb") and not attached_as(tok, "modifier", "noun_clause")

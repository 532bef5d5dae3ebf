"""What makes a gathering a demonstration: a march, rally or strike held or staged, a purpose of
protest on it, people who gather to protest, not one person's meeting nor a memorial (read by the
support rules and the filters of non-acts)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actorlex import is_person_noun
from ..data import actor_lexicon, one_word_triggers, trigger_lexicon, trigger_sequences, trigger_words
from ..doctools import span_text
from ..lexicon import per_lexicon
from ..records import ActorMention
from ..syntax import (
    attached_as,
    dependents,
    doers,
    doers_of_purpose,
    form,
    has_particle,
    object_of,
    patients_of,
    prep_objects,
    prepositions,
    subjects_of,
    word_class,
)
from ..text.inflection import is_form_of
from .kinds import ARMED_KINDS
from .role_cues import crowd_head


def staged(noun: Token) -> bool:
    """The gathering or walkout is held, staged or called (``staging_verbs``): "held a rally", "a mass
    rally was held", "organised a strike"; not a campaign or market rally ("a campaign rally", "a rally in
    oil prices": ``unstaged_modifiers``), nor one aimed at something ("launched a strike on ...")."""
    if not word_class(noun, "noun") or not attached_as(noun, "patient"):
        return False
    if not is_form_of(noun.head, trigger_words("staging_verbs")):
        return False  # "teachers staged a strike": "staged" is lemmatised "stag"
    mods = [*dependents(noun, "modifier", "noun_modifier"), *dependents(noun.head, "particle")]
    if any(c.lemma_.lower() in trigger_words("unstaged_modifiers") for c in mods):
        return False  # "a campaign rally", "called in an air strike"
    if with_a_protest_purpose(noun):
        return True  # "held a rally against the new law"
    return not prepositions(noun, trigger_words("aimed_preps"))  # "launched a strike on rebel positions"


def one_person_s_gathering(noun: Token) -> bool:
    """A march or rally one person holds ("Trump held a rally in Minnesota"): a meeting of theirs, no
    demonstration, unless it is against something; a strike one person calls is the strikers' own."""
    holder = noun.head if attached_as(noun, "patient") else None
    return (
        holder is not None
        and any(_one_person(s) for s in subjects_of(holder))
        and not with_a_protest_purpose(noun)
    )


def _people(subject: Token) -> bool:
    """The subject names people: a person noun, a crowd or protest word, or a quantity of people
    ("thousands of people", "hundreds")."""
    words = trigger_words("protest_people") | trigger_words("crowd_nouns") | trigger_words("dispersed_crowds")
    heads = [subject, *prep_objects(subject, ("of",))]
    return any(is_person_noun(h.lower_, h.lemma_.lower()) or h.lemma_.lower() in words for h in heads)


def _one_person(subject: Token) -> bool:
    """A subject that names one person: a PERSON entity, or a singular name the model left untagged
    ("Trump held a rally"); not a party or an organisation ("the ANC held a rally")."""
    return subject.ent_type_ == "PERSON" or (form(subject, "singular_name") and not subject.ent_type_)


def with_a_protest_purpose(tok: Token) -> bool:
    """A march, rally or gathering with a purpose of protest on it (``protest_purposes``): "marched
    against the new law", "rallied to demand the release of ...", "a rally against the new law"; not
    "marched against the clock" (``against_idioms``), nor a verb with no people as its subject ("the
    dollar rallied against the yen", "Liverpool rallied against Chelsea")."""
    if word_class(tok, "verb") and not any(_people(s) for s in subjects_of(tok)):
        return False
    purposes = trigger_words("protest_purposes")
    for c in tok.children:
        if attached_as(c, "preposition") and c.lower_ in purposes and not _idiom_of_against(c):
            return True
        clause = attached_as(c, "adverbial_clause", "open_complement", "clausal_modifier")
        if clause and c.lemma_.lower() in purposes:
            return True
    return False


def memorial(sent: Span) -> bool:
    """A gathering that needs people (march, rally, procession) held to mourn or honour the dead, with no
    word of purpose (``memorial_cues``): ACLED codes funeral and memorial processions only when they turn
    into demonstrations."""
    lemmas = {t.lemma_.lower() for t in sent}
    in_memory = any(  # "in memory of the victims" (not "the biggest march in recent memory")
        t.lemma_ == "memory" and t.head.lower_ == "in" and any(c.lower_ == "of" for c in t.children)
        for t in sent
    )
    mourning = in_memory or bool(lemmas & trigger_words("memorial_cues"))
    return mourning and not lemmas & trigger_words("protest_purposes_in_memorial")


@per_lexicon
def _gathering_people() -> frozenset[str]:
    people = trigger_words("protest_people") | trigger_words("purpose_people")
    return people | frozenset(actor_lexicon()["nouns"])


def protest_purpose(tok: Token) -> bool:
    """ "journalists gathered in Tizi Ouzou to denounce ...", "residents gathered demanding jobs",
    "protesters gathered in Lagos": people gathering (no object: not "gathered evidence") whose clause says
    they protest something, or who are protesters."""
    if not word_class(tok, "verb") or object_of(tok) is not None:
        return False
    subjects = subjects_of(tok)
    protesters = trigger_words("crowd_nouns")
    if any(s.lemma_.lower() in protesters for s in subjects):
        return True
    people = _gathering_people()
    named = [t for s in subjects for t in s.subtree]  # "Rio Grande do Norte, bus drivers gathered"
    if not any(t.lower_ in people or t.lemma_.lower() in people or crowd_head(t) for t in named):
        return False
    purposes = trigger_words("protest_purposes")
    inside = {t.i for s in subjects for t in s.subtree}
    return any(
        t.lemma_.lower() in purposes and not _idiom_of_against(t)
        for t in tok.subtree
        if t.i != tok.i and t.i not in inside
    )


def _idiom_of_against(tok: Token) -> bool:
    """ "against the odds", "against the clock": an "against" that opposes nothing (``against_idioms``)."""
    idioms = trigger_words("against_idioms")
    return tok.lower_ == "against" and any(o.lemma_.lower() in idioms for o in dependents(tok, "prep_object"))


def protest_cause_of(trigger: Token) -> Token | None:
    """The act a protest or riot is told as caused by (``protest_causing_verbs``): the doer of the causing
    verb the crowd's word is the patient of ("the killing of a student triggered riots", "riots were
    sparked by the killing of a student": killing), or, for an active participle with no subject of its
    own, the clause it hangs on ("five soldiers were killed, sparking protests": killed)."""
    verb = trigger.head
    if not attached_as(trigger, "patient") or not _causing(verb):
        return None
    found = doers(verb)
    if found:
        return found[0]
    participle = attached_as(trigger, "object") and attached_as(verb, "adverbial_clause", "open_complement")
    return verb.head if participle and verb.head.i != verb.i else None


def causes_a_crowd(tok: Token) -> bool:
    """The word is the doer of a verb by which an act causes a protest or riot ("the killing of a student
    triggered riots", "riots were sparked by the killing of a student"; ``protest_causing_verbs``); not
    "caused panic", "sparked outrage"."""
    verb = tok.head.head if attached_as(tok, "prep_object") and attached_as(tok.head, "agent") else tok.head
    crowds = trigger_words("protest_cues") | trigger_words("riot_words") | trigger_words("crowd_nouns")
    return any(
        p.lemma_.lower() in crowds and (cause := protest_cause_of(p)) is not None and cause.i == tok.i
        for p in patients_of(verb)
    )


def _causing(verb: Token) -> bool:
    """A verb by which an act causes a crowd (``protest_causing_verbs``), with its particle where it
    needs one (``protest_causing_particles``: "touched off riots")."""
    lemma = verb.lemma_.lower()
    particle = trigger_lexicon()["protest_causing_particles"].get(lemma)
    causing = lemma in trigger_words("protest_causing_verbs")
    return causing and (particle is None or has_particle(verb, particle))


def dispersed_by_an_armed_group(trigger: Token, actors: list[ActorMention]) -> bool:
    """An armed actor is the doer of an intervention verb done to the protest ("the Taliban dispersed a
    women's protest"; of an infinitive of purpose, the doer of its verb: "Taliban fighters fired in the
    air to disperse a protest"): not only the state's forces intervene. Gunfire near a protest is no
    intervention ("gunmen opened fire not far from a protest")."""
    armed = {a.head for a in actors if a.kind in ARMED_KINDS}
    cues = trigger_words("intervention_cues")
    verbs = [trigger.head] if attached_as(trigger, "patient") else []
    return any(v.lemma_.lower() in cues and any(d.i in armed for d in doers_of_purpose(v)) for v in verbs)



def names_protest(clause: Token) -> bool:
    """The clause holds a protest trigger: one of its words ("protested", "marching") or phrases
    ("staged a sit-in")."""
    words = one_word_triggers("type", "Protests")
    if any(t.lemma_.lower() in words for t in clause.subtree):
        return True
    text = " " + span_text(clause.doc[clause.left_edge.i : clause.right_edge.i + 1]).lower() + " "
    return any(f" {p} " in text for p in _protest_phrases())


@per_lexicon
def _protest_phrases() -> tuple[str, ...]:
    """The protest triggers of several words as written ("sit-in", "general strike")."""
    spaced = {" ".join(seq) for seq in trigger_sequences("type", "Protests") if len(seq) > 1}
    return tuple(sorted(spaced | {p.replace(" - ", "-") for p in spaced}))

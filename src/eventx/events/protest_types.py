"""How a protest reads: the words that make it a riot (``riot_cue``, ``crowd_strikes``), an intervention
or excessive force (``protest_type``), and whether a clause tells of protesting (``names_protest``). Used
by the typing rules of ``eventx.events.event_types``; cue lists in event_triggers.yaml."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actorlex import noun_entry
from ..data import one_word_triggers, trigger_lexicon, trigger_sequences, trigger_words
from ..doctools import span_text, with_next_sentence
from ..lexicon import per_lexicon
from ..syntax import attached_as, conjuncts, dependents, form, subjects_of, word_class
from .mentions import Layers, Mention
from .sides import state_actors_near


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


def _done_by_forces(verb: Token) -> bool:
    """The verb's subject is state forces by its noun ("police barricaded the road")."""
    kinds = [(noun_entry(s.lower_, s.lemma_.lower()) or ("", ""))[0] for s in subjects_of(verb)]
    return "state_forces" in kinds


def riot_cue(tok: Token) -> bool:
    """A word of violence by a crowd: a violent verb not done by the police ("stoned", "burned",
    "barricaded"; not "looted funds" or "flood damage"), a riot noun ("molotov", "arson"), a thrown object
    ("threw stones") or "set ... on fire"."""
    lex = trigger_lexicon()
    lemma = tok.lemma_.lower()
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
    subject of the verb it is joined to) is a demonstrator or a crowd of people."""
    lex = trigger_lexicon()
    if not word_class(tok, "verb") or tok.lemma_.lower() not in lex["crowd_violence_verbs"] or _symbolic(tok):
        return False
    verbs = [tok, tok.head] if attached_as(tok, "conjunct") else [tok]
    cues, people = trigger_words("protest_cues"), trigger_words("protest_people")
    subjects = [c for v in verbs for c in dependents(v, "subject")]
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
    lemmas = {t.lemma_.lower() for t in window}
    state = bool(state_actors_near([m], layers))
    hurt = any(c.status in ("killed", "injured") and not c.negated for c in m.casualties)
    if any(riot_cue(t) or crowd_strikes(t) for t in window):
        return "Riots", "Violent demonstration"
    if state and hurt:
        return "Protests", "Excessive force against protesters"
    cues = lemmas & trigger_words("intervention_cues")
    if cues and (state or _police_at_work(m.sent)):  # "were arrested as they staged a sit-in"
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


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

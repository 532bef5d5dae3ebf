"""What the parse of a trigger's sentence shows about the act: who did it (``doers``), to whom or what
(``person_object``, ``takes_place``), the sides of a clash (``clash_sides``, ``crowd_sides``), a crowd's
purpose (``protest_purpose``, ``memorial``), an outbreak (``breaks_out``) and other cues the support
rules of ``events.support`` read. Word lists are in ``event_triggers.yaml``."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ..actorlex import is_person_noun
from ..builder import crowd_head, of_holder
from ..data import actor_lexicon, trigger_lexicon, trigger_words
from .trigger_filters import is_irrealis

#: actor kinds of state security forces (own or foreign)
STATE_KINDS = {"state_forces", "external_forces"}
#: actor kinds that carry arms: state forces, rebels and militias
ARMED_KINDS = {"state_forces", "external_forces", "rebel_group", "political_militia", "identity_militia"}


def doers(verb: Token) -> list[Token]:
    """The verb's subject and its passive "by" agent."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    return found + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def done_by_people(verb: Token, actors: list) -> bool:
    """The verb's subject (or "by" agent) is an actor, a crowd of one, or a pronoun."""
    heads = {a.head for a in actors}
    for d in doers(verb):
        holder_of = [g for c in d.children if c.lower_ == "of" for g in c.children]
        if d.i in heads or d.pos_ == "PRON" or crowd_head(d) or any(g.i in heads for g in holder_of):
            return True
    return False


def done_with_shots(verb: Token) -> bool:
    """ "had his house attacked by shots", "attacked with shots": shots as the act's agent or means (a
    shot alone is no sign: "Saka's shot hit the post"), done to someone or something ("Barcelona attacked
    with shots from outside the box" hit nothing)."""
    had = verb.head.lemma_ == "have" and verb.dep_ in ("ccomp", "xcomp")  # "had his house attacked"
    hit = any(c.dep_ in ("dobj", "nsubjpass") or (had and c.dep_ == "nsubj") for c in verb.children)
    return hit and any(
        c.dep_ in ("agent", "prep")
        and c.lower_ in ("by", "with")
        and any(g.lemma_.lower() == "shot" for g in c.children)
        for c in verb.children
    )


def person_object(verb: Token, actors: list, things: bool = False) -> bool:
    """ "beat a Romani man", "attacked two farmers": people as the object of a violent verb (and, with
    ``things``, civilian property: "destroyed 4 houses"; not "a company was targeted")."""
    if verb.pos_ != "VERB":
        return False
    objects = {c.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    doc = verb.doc
    things = things and done_by_people(verb, actors)  # not "the storm destroyed a warehouse"
    return any(
        a.head in objects
        and a.kind in ("civilians", "protesters")
        and (things or not a.target_only or is_person_noun(doc[a.head].lower_, doc[a.head].lemma_.lower()))
        for a in actors
    )


def clash_sides(trig: Token) -> list[Token]:
    """The subject of a clash and the objects of its "with"/"between" (also when the clash is the subject
    of "broke out", "ensued" ...), with their conjuncts."""
    heads = [trig, *(c for c in trig.children if c.dep_ in ("acl", "relcl"))]  # "a clash ensued between"
    if trig.dep_ in ("nsubj", "nsubjpass"):
        heads.append(trig.head)  # "clashes broke out between"
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "nsubj" and h is trig:
                out.append(c)
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return [t for s in out for t in (s, *s.conjuncts)]


def crowd_sides(trig: Token, actors: list) -> bool:
    """ "two groups of supporters clashed with each other", "clashes between rival activists": people in
    the plural on a side of a clash (a riot, if no armed side is named)."""
    lex = trigger_lexicon()
    if trig.lemma_.lower() not in lex["symmetric_triggers"]:
        return False
    found = clash_sides(trig)
    if not any(t.dep_ != "nsubj" or t.conjuncts or _each_other(trig) for t in found):
        return False  # "workers battled for hours to free five people": no other side, a figure of speech
    sides = {t.i for t in found}
    for a in actors:
        head = trig.doc[a.head]
        if a.kind not in ("civilians", "protesters", "rioters"):
            continue
        holder = of_holder(head) or head
        if (head.i in sides or holder.i in sides) and (head.tag_ in ("NNS", "NNPS") or crowd_head(holder)):
            return True
    return False


def _each_other(trig: Token) -> bool:
    return any(t.lower_ == "other" and t.head.lower_ == "with" for t in trig.subtree)


def takes_place(tok: Token) -> bool:
    """True if the object is a place: "seized the town", "re-entered Saraqeb", "took control of Idlib"."""
    words = trigger_words("territory_objects")
    if tok.dep_ == "amod" and _place_token(tok.head):
        return True  # "rebels re-entered Saraqeb" parsed with "entered" modifying "Saraqeb"
    objects = [c for c in tok.children if c.dep_ in ("dobj", "pobj", "prep", "attr")]
    objects += [t for c in objects for t in c.children if c.dep_ == "pobj"]
    # "took control of Idlib", "regained control of areas": what the control is of ("regain control" of a
    # car is no territory)
    objects += [
        p
        for c in objects
        if c.lemma_.lower() == "control"
        for o in c.children
        if o.lower_ == "of"
        for p in o.children
    ]
    objects = [o for o in objects if o.lemma_.lower() != "control"]
    return any(
        o.ent_type_ in ("GPE", "LOC", "FAC") or _place_token(o) or o.lemma_.lower() in words for o in objects
    )


def _place_token(tok: Token) -> bool:
    """The token lies in a place the gazetteer knows (not "the Premier League in London", which the
    place chains keep as a name held by London)."""
    return any(
        p.start <= tok.idx < p.end and p.context == "mention" and p.resolved for p in tok.doc._.eventx_places
    )


def thrown(tok: Token) -> bool:
    """ "threw Molotov cocktails", "attacked the shop with a petrol bomb", "a firebomb hit the house"."""
    verbs = trigger_words("throwing_verbs")
    cur = tok
    while cur.dep_ in ("pobj", "prep", "conj", "compound") and cur.head.i != cur.i:
        cur = cur.head
    return cur.head.lemma_.lower() in verbs or (cur.dep_ == "nsubj" and cur.head.lemma_.lower() in verbs)


def memorial(sent: Span) -> bool:
    """A gathering that needs people (march, rally, procession) held to mourn or honour the dead, with no
    word of purpose (``memorial_cues``): ACLED codes funeral and memorial processions only when they turn
    into demonstrations."""
    lex = trigger_lexicon()
    lemmas = {t.lemma_.lower() for t in sent}
    in_memory = any(  # "in memory of the victims" (not "the biggest march in recent memory")
        t.lemma_ == "memory" and t.head.lower_ == "in" and any(c.lower_ == "of" for c in t.children)
        for t in sent
    )
    mourning = in_memory or bool(lemmas & set(lex["memorial_cues"]))
    return mourning and not lemmas & set(lex["protest_purposes_in_memorial"])


def breaks_out(tok: Token) -> bool:
    """ "violence broke out / erupted / flared": an outbreak told as having happened."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    return (
        verb is not None
        and verb.lemma_.lower() in trigger_lexicon()["outbreak_verbs"]
        and not is_irrealis(verb)
    )


@cache
def _gathering_people() -> frozenset[str]:
    return trigger_words("protest_people") | frozenset(actor_lexicon()["nouns"])


def protest_purpose(tok: Token) -> bool:
    """ "journalists gathered in Tizi Ouzou to denounce ...", "residents gathered demanding jobs",
    "protesters gathered in Lagos": people gathering (no object: not "gathered evidence") whose clause says
    they protest something, or who are protesters."""
    lex = trigger_lexicon()
    if tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in ("protester", "demonstrator", "protestor") for s in subjects):
        return True
    people = _gathering_people()
    named = [t for s in subjects for t in s.subtree]  # "Rio Grande do Norte, bus drivers gathered"
    if not any(t.lower_ in people or t.lemma_.lower() in people or crowd_head(t) for t in named):
        return False
    purposes = set(lex["protest_purposes"])
    inside = {t.i for s in subjects for t in s.subtree}
    return any(t.lemma_.lower() in purposes for t in tok.subtree if t.i != tok.i and t.i not in inside)


def imposed_curfew(tok: Token) -> bool:
    """ "imposed a curfew", "began enforcing a curfew", "a curfew was declared": not "arrested for
    violating the curfew"."""
    verbs = trigger_words("curfew_verbs")
    head = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in verbs


def frees_prisoners(tok: Token) -> bool:
    """ "released 52 Taliban prisoners": a release whose object is people held."""
    people = trigger_words("released_people")
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in people for c in tok.children
    )

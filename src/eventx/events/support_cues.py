"""What the parse of a trigger's sentence shows about the act: who did it (``done_by_people``, over
``syntax.doers``), to whom or what (``person_object``, ``takes_place``), the sides of a clash
(``clash_sides``, ``crowd_sides``), a crowd's purpose (``protest_purpose``, ``memorial``), an outbreak
(``breaks_out``) and other cues the support rules of ``events.support`` read. Word lists are in
``event_triggers.yaml``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actorlex import is_person_noun
from ..data import actor_lexicon, trigger_words
from ..geo.lexicon import stoplist
from ..syntax import (
    attached_as,
    compound_of_noun,
    conjuncts,
    dependents,
    doers,
    form,
    has_passive_auxiliary,
    patients_of,
    phrase_top,
    prep_objects,
    subjects_of,
    word_class,
)
from .kinds import UNARMED_CROWD_KINDS
from .role_cues import accused_doers, crowd_head, of_holder
from .trigger_filters import is_irrealis


def done_by_people(verb: Token, actors: list) -> bool:
    """The verb's subject (or "by" agent) is an actor, a crowd of one, or a pronoun."""
    heads = {a.head for a in actors}
    for d in doers(verb):
        holder_of = [g for c in d.children if c.lower_ == "of" for g in c.children]
        if d.i in heads or word_class(d, "pronoun") or crowd_head(d) or any(g.i in heads for g in holder_of):
            return True
    return False


def done_with_shots(verb: Token) -> bool:
    """ "had his house attacked by shots", "attacked with shots": shots as the act's agent or means (a
    shot alone is no sign: "Saka's shot hit the post"), done to someone or something ("Barcelona attacked
    with shots from outside the box" hit nothing)."""
    had = verb.head.lemma_ == "have" and attached_as(verb, "complement_clause")  # "had his house attacked"
    hit = any(attached_as(c, "patient") or (had and attached_as(c, "subject")) for c in verb.children)
    means = trigger_words("means_preps")
    return hit and any(
        c.lower_ in means and any(g.lemma_.lower() == "shot" for g in c.children)
        for c in dependents(verb, "agent", "preposition")
    )


def person_object(verb: Token, actors: list, things: bool = False) -> bool:
    """ "beat a Romani man", "attacked two farmers": people as the object of a violent verb, or as the
    owners of what it hits ("a candidate's vehicle was ambushed", "ambushed the convoy of the mayor";
    ``target_holdings``), and, with ``things``, civilian property ("destroyed 4 houses"; not "a company
    was targeted")."""
    if not word_class(verb, "verb"):
        return False
    patients = patients_of(verb)
    holdings = [p for p in patients if p.lemma_.lower() in trigger_words("target_holdings")]
    owners = [o for p in holdings for o in (*dependents(p, "possessor"), *prep_objects(p, ("of",)))]
    objects = {c.i for c in [*patients, *owners]}
    doc = verb.doc
    things = things and done_by_people(verb, actors)  # not "the storm destroyed a warehouse"
    return any(
        a.head in objects
        and a.kind in ("civilians", "protesters")
        and (things or not a.target_only or is_person_noun(doc[a.head].lower_, doc[a.head].lemma_.lower()))
        for a in actors
    )


def damaged_with_it(verb: Token, actors: list) -> bool:
    """A thing the act hits that a verb joined to the act damaged too ("seven bank branches were attacked
    and seriously damaged", "gunmen attacked and damaged a school"; ``damage_verbs``): a physical act on
    property, whoever did it."""
    damage = trigger_words("damage_verbs")
    damaging = [v for v in verb.conjuncts if v.lemma_.lower() in damage]
    if not word_class(verb, "verb") or not damaging:
        return False
    patients = {p.i for v in (verb, *damaging) for p in patients_of(v)}  # "attacked and damaged X"
    doc, things = verb.doc, actor_lexicon()["target_things"]
    return any(a.target_only and _thing_hit(doc[a.head], patients, things) for a in actors)


def _thing_hit(tok: Token, patients: set[int], things) -> bool:
    """The thing is a patient, or names the building the patient is ("bank [branches]": a patient that is
    itself a thing of ``target_things``; not "the bank sector")."""
    if tok.i in patients:
        return True
    head = tok.head
    return compound_of_noun(tok) and head.i in patients and head.lemma_.lower() in things


def clash_sides(trig: Token) -> list[Token]:
    """The subject of a clash and the objects of its "with"/"between" (also when the clash is the subject
    of "broke out", "ensued" ..., or a clash noun is the object or "in" phrase of the clash verb:
    "fought running battles with protesters", "engaged in running battles with"), with their
    conjuncts."""
    symmetric = trigger_words("symmetric_triggers")
    told = [*dependents(trig, "object"), *prep_objects(trig, ("in",))]  # "engaged in running battles with"
    fought = [o for o in told if o.lemma_.lower() in symmetric]
    heads = [trig, *dependents(trig, "noun_clause"), *fought]  # "a clash ensued between"
    if attached_as(trig, "any_subject"):
        heads.append(trig.head)  # "clashes broke out between"
    side_preps = trigger_words("clash_side_preps")
    out = taking_part(trig)
    for h in heads:
        for c in h.children:
            if attached_as(c, "subject") and h is trig:
                out.append(c)
            if attached_as(c, "preposition") and c.lower_ in side_preps:
                out.extend(dependents(c, "prep_object"))
    return [t for s in out for t in (s, *s.conjuncts)]


def taking_part(trig: Token) -> list[Token]:
    """The subjects of a verb the clash is the "in" phrase of, or of that verb as the clash's trigger
    ("rival parties were involved in clashes", "students engaged in a street fight"): they are its
    sides."""
    if attached_as(trig, "prep_object") and trig.head.lower_ == "in":
        verb = trig.head.head
    else:
        verb = trig  # the verb itself anchors the clash ("engaged in a street fight": one mention)
    if verb.lemma_.lower() not in trigger_words("taking_part_verbs"):
        return []
    if attached_as(verb, "clausal_modifier"):
        return [verb.head]  # "two factions of students engaged in a street fight", read as a noun phrase
    return [t for t in verb.children if attached_as(t, "any_subject")]


def _reciprocal(trig: Token, found: list[Token]) -> bool:
    """The clash has two sides: a subject and another side, "each other", or one plural subject of a
    word that means fighting one another (``reciprocal_triggers``: "two groups clashed", "rival parties
    were involved in clashes"); "workers battled for hours to free five people" is a figure of speech."""
    if _each_other(trig) or any(not attached_as(t, "subject") or t.conjuncts for t in found):
        return True
    plural = [t for t in found if form(t, "plural")]
    taking_part = trig.lemma_.lower() in trigger_words("taking_part_verbs")  # "students engaged in a fight"
    return any(t.head.i != trig.i or taking_part for t in plural) or (  # the plural subject of "involved in"
        bool(plural) and trig.lemma_.lower() in trigger_words("reciprocal_triggers")
    )


def crowd_sides(trig: Token, actors: list) -> bool:
    """ "two groups of supporters clashed with each other", "clashes between rival activists": people in
    the plural on a side of a clash (a riot, if no armed side is named)."""
    if trig.lemma_.lower() not in trigger_words("symmetric_triggers"):
        return False
    found = clash_sides(trig)
    if not _reciprocal(trig, found):
        return False  # "workers battled for hours to free five people": no other side, a figure of speech
    crowds = _crowds_at(trig.doc, actors, {t.i for t in found})
    return bool(crowds) or (any(_crowd_group(t, actors) for t in found) and not _over_a_topic(trig))


def group_sides(trig: Token, actors: list, hurt: bool = False) -> bool:
    """The clash's sides are groups of people that nothing arms or names (``crowd_side_nouns``: "two
    groups clashed", "two factions of hunters engaged in a street fight"): a riot, as ACLED codes
    fights between unorganised groups. A clash "over" a topic with no one ``hurt`` is a dispute in words
    ("two factions of the ruling party clashed over the budget")."""
    if trig.lemma_.lower() not in trigger_words("symmetric_triggers") | trigger_words("taking_part_verbs"):
        return False
    if _over_a_topic(trig) and not hurt:
        return False  # "two factions of the ruling party clashed over the budget": words
    found = clash_sides(trig)
    return _reciprocal(trig, found) and any(_crowd_group(t, actors) for t in found)


def _over_a_topic(trig: Token) -> bool:
    """The clash is "over" something (``topic_preps``): a dispute, unless people are hurt in it."""
    return any(p.lower_ in trigger_words("topic_preps") for p in dependents(trig, "preposition"))


def _crowd_group(tok: Token, actors: list) -> bool:
    """Groups of people in the plural, or people of such groups ("two factions of hunters"), that are no
    actor the lexicon knows (an armed or unidentified group is one)."""
    words = trigger_words("crowd_side_nouns")
    near = [w for w in (tok, of_holder(tok)) if w is not None]
    groups = [w for w in near if form(w, "plural") and w.lemma_.lower() in words]
    return bool(groups) and not {tok.i, *(g.i for g in groups)} & {a.head for a in actors}


def _crowds_at(doc: Doc, actors: list, at: set[int]) -> list:
    """The unarmed people in the plural or as a crowd ("supporters", "a group of youths") whose word, or
    the crowd noun holding it, stands at one of the token indices ``at``."""
    out = []
    for a in actors:
        head = doc[a.head]
        if a.kind not in UNARMED_CROWD_KINDS:
            continue
        holder = of_holder(head) or head
        if {head.i, holder.i} & at and (form(head, "plural") or crowd_head(holder)):
            out.append(a)
    return out


def _each_other(trig: Token) -> bool:
    return any(t.lower_ == "other" and t.head.lower_ == "with" for t in trig.subtree)


def takes_place(tok: Token) -> bool:
    """True if the object is a place: "seized the town", "re-entered Saraqeb", "took control of Idlib",
    "several villages have been recaptured"."""
    words = trigger_words("territory_objects")
    if attached_as(tok, "adjective") and _place_token(tok.head):
        return True  # "rebels re-entered Saraqeb" parsed with "entered" modifying "Saraqeb"
    objects = dependents(tok, "patient", "prep_object", "preposition", "attribute")  # "were recaptured"
    objects += [t for c in objects if attached_as(c, "prep_object") for t in c.children]
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
    # "took control of the crossing" parsed with "of" under the verb: still what the control is of
    if any(c.lemma_.lower() == "control" for c in objects):
        objects += [p for c in objects if c.lower_ == "of" for p in dependents(c, "prep_object")]
    objects = [o for o in objects if o.lemma_.lower() != "control"]
    # "retook Magumeri (Borno state)" parsed with the area word as the object: the names it holds
    areas = set(stoplist()["area_words"])
    objects += [m for o in objects if o.lower_ in areas for m in dependents(o, "compound", "noun_modifier")]
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
    cur = phrase_top(tok)
    return cur.head.lemma_.lower() in verbs or (
        attached_as(cur, "subject") and cur.head.lemma_.lower() in verbs
    )


def arrested_by_no_one_named(verb: Token) -> bool:
    """A person arrested in the passive with no "by" agent ("a spokesman was arrested", "five people were
    detained"); not a thing ("the club was arrested in its development": no person as subject)."""
    if not word_class(verb, "verb") or not has_passive_auxiliary(verb) or dependents(verb, "agent"):
        return False
    return any(
        is_person_noun(s.lower_, s.lemma_.lower()) or s.ent_type_ == "PERSON" or form(s, "cardinal")
        for s in dependents(verb, "passive_subject")
    )


def crowd_doers(tok: Token, actors: list) -> bool:
    """Unarmed people in the plural or as a crowd do the act ("students vandalised the university
    building", "a mob looted shops"): a riot's destruction, not a figure of speech; not perpetrators
    ("unknown people"), and not a sign burnt ("crowds burn the flag")."""
    signs = (trigger_words("symbolic_objects") | trigger_words("burnt_things")) - {"fire"}  # "set fire to"
    if any(p.lemma_.lower() in signs for p in patients_of(tok)):
        return False  # "crowds burn the flag", "burned tyres": a sign or a barricade, told elsewhere
    unknown = trigger_words("perpetrator_modifiers")
    doers = {s.i for s in subjects_of(tok)} | {s.i for s in accused_doers(tok)}  # "are suspected of burning"
    crowds = _crowds_at(tok.doc, actors, doers)
    # "unknown people burned a school": perpetrators, not a crowd
    return any(not any(t.lower_ in unknown for t in tok.doc[a.head].lefts) for a in crowds)


def criminal_destruction(tok: Token) -> bool:
    """A verb that is always a crime (``criminal_destruction_verbs``: torch, vandalise, loot, ransack)
    done to property or a home (``property_targets``, ``home_words``), itself or a verb it is joined to
    ("torched and vandalised vehicles")."""
    verbs = trigger_words("criminal_destruction_verbs")
    things = trigger_words("property_targets") | trigger_words("home_words")
    acts = [tok, *conjuncts(tok), *([tok.head] if attached_as(tok, "conjunct") else [])]
    return tok.lemma_.lower() in verbs and any(
        p.lemma_.lower() in things for act in acts for p in patients_of(act)
    )


def explosive_went_off(tok: Token) -> bool:
    """ "Two mines exploded near a bridge", "a device detonated", "explosives were hurled at a convoy":
    an explosive (``hidden_explosives``) that goes off or is thrown is violence by itself, with no one
    named or hurt; "a gas cylinder exploded" is no sign."""
    explosives, going_off = trigger_words("hidden_explosives"), trigger_words("going_off_verbs")
    if tok.lemma_.lower() in explosives:  # "a grenade went off", "threw a grenade"
        return thrown(tok) or (attached_as(tok, "any_subject") and tok.head.lemma_.lower() in going_off)
    return tok.lemma_.lower() in going_off and any(s.lemma_.lower() in explosives for s in subjects_of(tok))


def crowd_control_weapon(tok: Token) -> bool:
    """A weapon word made a means of crowd control by its modifiers (``crowd_control_munitions``: "tear
    gas bombs", "stun grenades", "a smoke grenade"), no explosive attack."""
    control = trigger_words("crowd_control_munitions")
    return any(t.lower_ in control for t in tok.subtree if t.i < tok.i)


def thrown_explosive(tok: Token) -> bool:
    """The explosive of the act is a grenade or is thrown (``hurling_verbs``): "unknown men hurled
    explosives at a convoy", "a grenade thrown by unknown men exploded near a house", "a grenade went
    off"; ACLED's Grenade sub-type (not a bomb planted or set off)."""
    explosives, going_off = trigger_words("hidden_explosives"), trigger_words("going_off_verbs")
    if tok.lemma_.lower() in explosives:
        bombs = [tok]
    elif tok.lemma_.lower() in going_off:
        bombs = [s for s in subjects_of(tok) if s.lemma_.lower() in explosives]
    else:
        return False
    hurl = trigger_words("hurling_verbs")
    return any(
        b.lemma_.lower() == "grenade"
        or (attached_as(b, "patient") and b.head.lemma_.lower() in hurl)  # "hurled explosives at"
        or any(c.lemma_.lower() in hurl for c in dependents(b, "noun_clause"))  # "a bomb thrown by"
        for b in bombs
    )


def breaks_out(tok: Token) -> bool:
    """ "violence broke out / erupted / flared": an outbreak told as having happened."""
    verb = tok.head if attached_as(tok, "any_subject") else None
    return (
        verb is not None
        and verb.lemma_.lower() in trigger_words("outbreak_verbs")
        and not is_irrealis(verb)
    )


def imposed_curfew(tok: Token) -> bool:
    """ "imposed a curfew", "began enforcing a curfew", "a curfew was declared": not "arrested for
    violating the curfew"."""
    verbs = trigger_words("curfew_verbs")
    head = tok.head
    return attached_as(tok, "patient") and head.lemma_.lower() in verbs


def frees_prisoners(tok: Token) -> bool:
    """ "released 52 Taliban prisoners": a release whose object is people held; not one joined by "and" to
    an assault (``jailbreak_verbs``: "gunmen attacked the prison and freed 1,800 inmates": part of it)."""
    people = trigger_words("released_people")
    assault = trigger_words("jailbreak_verbs")
    joined = [tok.head] if attached_as(tok, "conjunct") else []
    joined += [c for c in tok.children if attached_as(c, "conjunct")]
    if any(v.lemma_.lower() in assault for v in joined):
        return False
    return word_class(tok, "verb") and any(c.lemma_.lower() in people for c in patients_of(tok))

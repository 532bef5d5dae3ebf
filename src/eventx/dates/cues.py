"""Marks a date expression carries from its clause: a plan or the future, the telling of the report, a
clock time, a year that names a thing. Word lists: ``date_cues.yaml``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..casualties.lexicon import casualty_words
from ..data import load_yaml
from ..syntax import attached_as, clause_of, dependents, form, word_class


def date_cues() -> dict:
    """``date_cues.yaml`` of the active lexicon (read-only)."""
    return load_yaml("date_cues.yaml")


def states_a_fact(verb: Token) -> bool:
    """The verb heads an adverbial clause that states a fact whatever its main clause says: one of cause
    or concession in the past or perfect (``fact_clause_markers``: "oil will not be pumped, because it
    was blown up today", "because bandits have abducted 30 students"), or one of time in the simple past
    (``time_clause_markers``: "schools will remain closed after bandits abducted 30 students") unless
    the main clause tells of a plan or of a future seen from the past ("would return after troops
    recaptured Marte"); a time clause in the perfect or the present speaks of the future ("once the
    army has retaken the town", "after the army withdraws")."""
    cues = date_cues()
    if not attached_as(verb, "adverbial_clause"):
        return False
    markers = {c.lower_ for c in dependents(verb, "marker")}
    auxiliaries = dependents(verb, "auxiliary", "passive_auxiliary")
    past = form(verb, "past_tense") or any(form(a, "past_tense") for a in auxiliaries)
    if markers & set(cues["fact_clause_markers"]):
        return past or any(a.lemma_ == "have" for a in auxiliaries)
    if not markers & set(cues["time_clause_markers"]) or not past:
        return False
    main = verb.head
    planned = main.lemma_.lower() in cues["plan_verbs"]
    return not planned and not any(a.lower_ in cues["past_future_aux"] for a in dependents(main, "auxiliary"))


def is_future(tok: Token) -> bool:
    """True if the clause governing ``tok`` speaks of the future or of a plan; a clause that states a
    fact (``states_a_fact``) is read alone."""
    cues = date_cues()
    verb = clause_of(tok)
    for cur in (verb,) if states_a_fact(verb) else (verb, verb.head):
        if any(c.lower_ in cues["future_aux"] for c in dependents(cur, "auxiliary")):
            return True
        if cur.lemma_.lower() in cues["plan_verbs"]:
            return not (cur.lemma_.lower() in cues["speech_plans"] and form(cur, "past_tense"))
    return False


def dates_the_report(tok: Token) -> bool:
    """True if the date ``tok`` is of a verb of saying or reporting ("Police said on Friday", "sources
    reported today that troops killed nine people on 17 August"), or of a toll's newer figure ("the
    death toll ... rose to at least six Friday": ``update_verbs`` with a ``total_nouns`` subject or
    object): the day the news was told, which dates what it tells only when nothing else does. A date
    that modifies a noun dates that noun's thing ("the Taliban said the bombing late Thursday was ...")."""
    if word_class(tok.head, "noun") and tok.head.i != tok.i:
        return False
    verb = clause_of(tok)
    return verb.lemma_.lower() in date_cues()["report_verbs"] or _toll_update(verb)


def _toll_update(verb: Token) -> bool:
    """ "The death toll rose to six", "bringing the number of dead to 12": a verb stating a toll's newer
    figure."""
    if verb.lemma_.lower() not in casualty_words("update_verbs"):
        return False
    totals = casualty_words("total_nouns")
    return any(t.lemma_.lower() in totals for t in dependents(verb, "any_subject", "object"))


def clock_time(span: Span) -> bool:
    """A four-digit number after "at" that reads as a 24-hour clock time ("at 2130 (0130 GMT)", "AT
    1300"): the hour of the day, not a year; "in 1990" and "by 2030" stay years."""
    text = span.text
    doc = span.doc
    return (
        len(text) == 4
        and text.isdigit()
        and int(text[:2]) < 24
        and int(text[2:]) < 60
        and span.start > 0
        and doc[span.start - 1].lower_ == "at"
    )


def names_a_thing(span: Span) -> bool:
    """A year modifying a noun names that thing ("the 2011 uprising", "the 2018 ceasefire", "a 2016
    pact"): a label, not the time of what the sentence reports; "the 2020 season" is no exception."""
    root = span.root
    head = root.head
    return (
        attached_as(root, "compound", "adjective", "number", "noun_modifier")
        and head.i != root.i
        and word_class(head, "noun")
        and head.lemma_.lower() not in date_cues()["time_nouns"]
        and all(t.like_num for t in span if not t.is_punct and t.lower_ != "the")
    )

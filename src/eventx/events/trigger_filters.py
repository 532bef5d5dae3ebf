"""Whether a trigger tells of an incident that happened: not a threat, plan, denial or question
(``is_irrealis``), not a trend (``is_trend``); and whether it points back to a reported incident
(``is_anaphor``). Word lists: ``irrealis_verbs``, ``prohibitions``, ``trend_*``, ``question_openers``
and ``anaphors`` in ``event_triggers.yaml``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..data import trigger_lexicon, trigger_words


def is_future(tok: Token) -> bool:
    """True if the clause governing ``tok`` speaks of the future or of a plan (``eventx_dates``' test)."""
    # imported here: importing eventx.components imports eventx_events, which imports this package
    from ..components.dates import is_future as future_clause

    return future_clause(tok)


def is_irrealis(tok: Token) -> bool:
    """True when the trigger sits in a threat, plan, demand, denial, opinion or prohibition, or is negated."""
    lex = trigger_lexicon()
    verbs, bans = set(lex["irrealis_verbs"]), set(lex["prohibitions"])
    if is_future(tok):
        return True
    for cur in [tok, *list(tok.ancestors)[:3]]:
        if cur.lemma_.lower() in verbs and cur.i != tok.i and cur.pos_ in ("VERB", "AUX"):
            return True
        if cur.lemma_.lower() in bans and cur.i != tok.i:
            return True  # "banned the protests"
        if cur.lower_ == "on" and cur.dep_ == "prep":
            h = cur.head  # "extended the ban on all marches, protests and sit-ins" (however "on" is hung)
            if h.lemma_.lower() in bans or any(
                c.dep_ == "dobj" and c.lemma_.lower() in bans for c in h.children
            ):
                return True
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in cur.children):
            return True
        if cur.i != tok.i and any(c.dep_ == "mark" and c.lower_ == "whether" for c in cur.children):
            return True  # "investigating whether a second car bomb was involved"
    return _question(tok)


def is_trend(tok: Token) -> bool:
    """True when the trigger tells of a trend, not an incident (``trend_periods``, ``trend_verbs``)."""
    lex = trigger_lexicon()
    if tok.tag_ == "NNS" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex["trend_verbs"]:
        return True  # "ramp up nationwide attacks"
    if (
        tok.tag_ == "NNS"
        and tok.dep_ == "nsubj"
        and any(c.dep_ == "acomp" and c.lemma_.lower() in lex["trend_adjectives"] for c in tok.head.children)
    ):
        return True  # "attacks have been relatively rare"
    verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), tok)
    clause = _own_clause(verb, tok)
    words = [t.lower_ for t in clause]
    for phrase in lex["trend_periods"]:
        parts = phrase.split()
        for k in range(len(words) - len(parts) + 1):
            # the period must qualify the verb: "the biggest demonstration in recent years" does not
            if words[k : k + len(parts)] == parts and clause[k].head.pos_ in ("VERB", "AUX"):
                return True
    return False


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "parataxis"})


def _own_clause(verb: Token, tok: Token) -> list[Token]:
    """The tokens of ``verb``'s clause, without the clauses it holds (unless they hold ``tok``):
    "Taliban insurgents, who have stepped up attacks in recent years, attacked a checkpoint"."""
    out, stack = [], [verb]
    while stack:
        cur = stack.pop()
        out.append(cur)
        for c in cur.children:
            if c.dep_ not in _CLAUSE_DEPS or c.left_edge.i <= tok.i <= c.right_edge.i:
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _question(tok: Token) -> bool:
    """ "Did Hillary Clinton just fire the starting gun on ...?": a yes/no question (``question_openers``)
    asks whether it happened; "Who attacked the police station?" takes it as given."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "?" and sent[0].lower_ in trigger_words("question_openers")


def is_anaphor(span: Span) -> bool:
    """A noun phrase pointing back to a reported incident ("the strike", "Thursday's deaths")."""
    head = span.root
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head  # "the car bomb attack"
    if head.lemma_.lower() not in trigger_lexicon()["anaphors"] or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or (c.dep_ == "poss")
        for c in head.children
    )

"""From a sentence's triggers to mentions, with their arguments linked by the parse.

A trigger in direct speech, a plan or a trend tells of no incident; one without support (the entry, else
the first of its ``otherwise`` readings whose support holds: ``supported_reading``) stands only as a
reference back or an answer to an attack. Each argument of the sentence (casualty
count, date, place, actor) then goes to the mention whose trigger is nearest to it in the dependency
tree; a killing no trigger claims becomes a mention of its own (``unclaimed_casualty``).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..data import trigger_words
from ..doctools import in_ranges
from ..syntax import attached_as, dependents, first_conjunct, participle_clauses, placed_near, word_class
from .gathering_cues import protest_cause_of
from .incident_cues import answers_attack
from .mentions import Layers, Mention
from .support import supported_reading
from .trigger_filters import (
    is_anaphor,
    is_future,
    is_irrealis,
    is_trend,
    killing_before_the_act,
    killing_charged,
    told_as_earlier,
    told_as_motive,
)
from .triggers import Found, is_aimed_at, tree_distance
from .unclaimed import background_killing, partial_or_accident, unclaimed_casualty

_QUOTE = re.compile(r"[“\"]([^”\"]{1,600})[”\"]")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks (straight or curly)."""
    return [m.span(1) for m in _QUOTE.finditer(text)]


def by_sentence(layers: Layers) -> dict[str, dict[int, list]]:
    """The casualty, date, place and actor mentions of the Doc, grouped by sentence start offset."""
    return {
        "casualties": _group(layers.casualties),
        "dates": _group(layers.dates),
        "places": _group(layers.places),
        "actors": _group(layers.actors),
    }


def _group(records: list) -> dict[int, list]:
    out: dict[int, list] = {}
    for r in records:
        out.setdefault(r.sent_start, []).append(r)
    return out


def sentence_mentions(
    doc: Doc, sent: Span, found: Found, by_sent: dict, keep_planned: bool, quoted: list[tuple[int, int]]
) -> list[Mention]:
    """The mentions of one sentence: its triggers that tell of an incident, with the sentence's
    casualties, dates, places and actors linked to the nearest one."""
    actors = by_sent["actors"].get(sent.start_char, [])
    casualties = by_sent["casualties"].get(sent.start_char, [])
    dates = by_sent["dates"].get(sent.start_char, [])
    places = by_sent["places"].get(sent.start_char, [])
    mentions = _trigger_mentions(sent, found, actors, casualties, dates, keep_planned, quoted)
    mentions = _one_event_per_attacked_crowd(mentions)
    # each argument goes to the nearest trigger; unclaimed killings become mentions of their own
    _link_casualties(doc, sent, mentions, casualties)
    mentions.sort(key=lambda m: m.trigger_start)  # in the order told: "The soldier died, ... firing"
    _link_dates(doc, mentions, dates)
    anchor = doc._.anchor
    if anchor is not None and not keep_planned:
        mentions = [m for m in mentions if not _dated_after(m, anchor)]
    for p in places:
        near = _owner(_token_at(doc, p.start), mentions, dates)
        if near is not None:
            near.places.append(p)
    _link_actors(doc, mentions, actors)
    return mentions


def _trigger_mentions(
    sent: Span,
    found: Found,
    actors: list,
    casualties: list,
    dates: list,
    keep_planned: bool,
    quoted: list[tuple[int, int]],
) -> list[Mention]:
    """A mention per trigger that tells of an incident (not in direct speech, not a plan or a trend, and
    supported unless it refers back or answers an attack)."""
    mentions: list[Mention] = []
    dated = any(d.precision in ("day", "week") and d.kind == "point" for d in dates)
    for trig, entry in found:
        if in_ranges(quoted, trig.start_char):
            continue  # direct speech ("Russia is liable for this offensive," he said) is a claim
        anaphor = is_anaphor(trig)
        # a reference to a reported incident is real even under an opinion ("fears of escalation after
        # the attack", "blamed X for the strike"); only a future clause makes it a plan
        planned = is_future(trig.root) if anaphor else is_irrealis(trig.root)
        if not keep_planned and planned:
            continue
        if not anaphor and not dated and is_trend(trig.root):
            continue  # "as insurgents ramp up attacks": no incident (but "intensified airstrikes on Tuesday")
        reading = supported_reading(entry, trig, sent, actors, casualties)
        is_supported = reading is not None
        if not is_supported and not anaphor and not answers_attack(trig.root):
            continue  # (an answer to an attack only joins that attack: unsupported, it is nothing alone)
        mentions.append(
            Mention(
                sent=sent,
                trigger_start=trig.start,
                trigger_end=trig.end,
                entry=reading or entry,
                anaphor=anaphor,
                supported=is_supported,
                background=told_as_motive(trig.root) or told_as_earlier(trig.root),
            )
        )
    return mentions


def _link_casualties(doc: Doc, sent: Span, mentions: list[Mention], casualties: list) -> None:
    """Each casualty statement goes to the nearest mention that may hold casualties (within 3 arcs, or
    anywhere in the sentence for "no one was hurt"), but no one arrested by the word of an arrest; an
    unclaimed killing or injury becomes a mention."""
    for cas in casualties:
        tok = _token_at(doc, cas.trigger)
        if _protest_cause(tok, mentions):
            continue  # "demonstrated over a death in custody": the reason for a protest, told before
        if killing_charged(tok):
            continue  # "arrested a man for the murder of a teacher": a crime he is held for, not told
        if killing_before_the_act(tok):  # "violence broke out in the wake of the murder of a driver"
            m = background_killing(sent, tok)  # an act before this one: its own incident, if told whole
            if m is not None:
                m.casualties.append(cas)
                mentions.append(m)
            continue
        mentions_here = [m for m in mentions if not _crowd_beside_the_act(tok, m)]
        if cas.negated and partial_or_accident(tok, sent):
            continue
        own = _mention_of(tok, mentions)
        if own is not None and not _can_hold_casualties(own) and cas.status not in ("killed", "injured"):
            continue  # "arrested three bandits who had attacked a village": the arrest's, not the attack's
        holders = [m for m in mentions_here if _can_hold_casualties(m)]
        # "no one was hurt" speaks of the incident of its sentence, however far in the parse
        near = _motive_owner(tok, holders) or _nearest(tok, holders, max_distance=99 if cas.negated else 3)
        if near is not None:
            near.casualties.append(cas)
        elif cas.status in ("killed", "injured") and not cas.cumulative:
            m = unclaimed_casualty(doc, sent, tok, none=cas.negated)
            if m is not None:
                m.casualties.append(cas)
                mentions.append(m)


def _link_dates(doc: Doc, mentions: list[Mention], dates: list) -> None:
    """Each date goes to the nearest mention: as the incident's date, or ("Thursday's deaths") as the
    date of the incident referred to."""
    for d in dates:
        tok = _token_at(doc, d.start)
        near = _owner(tok, mentions, dates)
        if near is None:
            continue
        if _is_possessed_anaphor(tok):
            near.back_dates.append(d)  # "Thursday's deaths": dates the incident referred to
        else:
            near.dates.append(d)


def _link_actors(doc: Doc, mentions: list[Mention], actors: list) -> None:
    """Each actor goes to the mention whose verb it is the subject or object of, else to the nearest one
    ("three bandits who attacked a village were arrested": the arrest's, though as near the attack, whose
    relative pronoun stands for them), and to the mentions whose verb shares its subject."""
    for a in actors:
        near = _argument_of(doc[a.head], mentions) or _nearest(doc[a.head], mentions)
        if near is not None:
            near.actors.append(a)
        for m in _sharing_subject(doc[a.head], mentions):
            if m is not near:
                m.actors.append(a)  # "the army destroyed a cache, defused 55 IEDs and seized TNT"


def _one_event_per_attacked_crowd(mentions: list[Mention]) -> list[Mention]:
    """Protesters named as the ones a violent act hits ("opened fire on protesters", "threw petrol bombs
    at protesters") are one incident, not a protest beside an attack: the protest, met with intervention
    or, when lethal weapons are used or people hurt, excessive force, whoever acts (ACLED Codebook 2019,
    Protests: armed groups and rioters who act on peaceful protesters are coded so too). A clash the
    crowd takes part in stays the clash ("clashes between demonstrators and police left 4 demonstrators
    dead"), which the crowd's part then makes a riot."""
    drop: set[int] = set()
    crowd_nouns = trigger_words("crowd_nouns")
    for crowd in mentions:
        root = crowd.trigger
        if (
            crowd.entry is None
            or crowd.entry["type"] != "Protests"
            or root.lemma_.lower() not in crowd_nouns
        ):
            continue
        if not is_aimed_at(root):
            continue
        for act in mentions:
            if (
                act is crowd
                or act.entry is None
                or act.entry["type"] in ("Protests", "Strategic developments")
            ):
                continue
            verb = _act_verb(act.trigger)
            if verb is None or tree_distance(verb, root) > 3 or verb not in root.ancestors:
                continue
            reciprocal = act.trigger.lemma_.lower() in trigger_words("reciprocal_triggers")
            drop.add(id(crowd) if reciprocal else id(act))  # "clashes between demonstrators and police"
    return [m for m in mentions if id(m) not in drop]


def _act_verb(tok: Token) -> Token | None:
    """The verb of a violent act: the trigger itself, or the verb above a weapon noun ("threw petrol
    bombs")."""
    for t in (tok, tok.head):
        if word_class(t, "verb"):
            return t
    return None


def _token_at(doc: Doc, char: int) -> Token:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def _protest_cause(tok: Token, mentions: list[Mention]) -> bool:
    """A casualty noun that a protest is about ("protested over the killing of a student", "a march
    against the deaths", "blocked the road to protest the killing of a teacher": the object of a
    ``protest_purposes`` verb that is the protest or its purpose clause; not "rights groups condemned the
    killing" beside a protest): a grievance, not a casualty of the protest."""
    protests = {m.trigger_start for m in mentions if m.entry is not None and m.entry["type"] == "Protests"}
    verb = tok.head
    if attached_as(tok, "patient") and verb.lemma_.lower() in trigger_words("protest_purposes"):
        own = verb.i in protests or (verb.head.i in protests and not attached_as(verb, "conjunct"))
        return own  # the protest or its own purpose clause, not a joined clause of others' words
    causes = trigger_words("protest_cause_preps")
    prep = tok.head
    if not attached_as(tok, "prep_object") or prep.lower_ not in causes:
        return False
    return any(t.i in protests for t in [prep.head, *list(prep.head.ancestors)[:1]])


def _crowd_beside_the_act(tok: Token, m: Mention) -> bool:
    """A protest or riot the casualty's own act caused (``protest_cause_of``: "five soldiers were killed,
    sparking protests") or is named beside as its landmark (``nearby_words``: "wounded five people not
    far from protests"): its dead and wounded are the act's, not the crowd's."""
    if m.entry is None or m.entry["type"] not in ("Protests", "Riots"):
        return False
    cause = protest_cause_of(m.trigger)
    if cause is not None and cause.i == tok.i:
        return True
    return placed_near(m.trigger, trigger_words("nearby_words")) and m.trigger in tok.subtree


def _can_hold_casualties(m: Mention) -> bool:
    """Talks and agreements kill no one: casualty statements go to violent or protest triggers."""
    return m.entry is None or m.entry["type"] not in ("Diplomacy", "Strategic developments")


def _dated_after(m: Mention, anchor: date) -> bool:
    """A mention whose own dates all lie after the report's date speaks of a plan ("a meeting on March 5")."""
    days = [d for d in m.dates if d.kind == "point" and d.date_start is not None]
    return bool(days) and all(d.date_start > anchor for d in days)


def _is_possessed_anaphor(tok: Token) -> bool:
    """ "Thursday's deaths": a date possessing an incident noun."""
    head = tok.head
    return attached_as(tok, "possessor") and head.lemma_.lower() in trigger_words("anaphors")


def _argument_of(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The mention whose trigger the token is a subject or object of."""
    return _mention_of(tok.head, mentions) if attached_as(tok, "any_subject", "object") else None


def _mention_of(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The mention whose trigger is the token."""
    return next((m for m in mentions if m.trigger.i == tok.i), None)


def _sharing_subject(tok: Token, mentions: list[Mention]) -> list[Mention]:
    """Mentions whose verb is joined by "and" to the verb ``tok`` is the subject of, or is a participle
    clause under it or them: the subject is theirs too ("security forces arrested and beat a leader",
    "rebels raided the village, kidnapping six men", "police arrested three suspects, injuring one"),
    as the one who underwent a passive one ("... and were later arrested": the role rule "passive
    conjunct"). As the grammar has it: a participle the parser hangs on the verb that tells of its object
    ("arrested a gang, kidnapping children for ransom") is read as the subject's act too."""
    if not attached_as(tok, "subject"):
        return []
    joined = tok.head.conjuncts
    verbs = {v.i for v in (*joined, *(c for v in (tok.head, *joined) for c in participle_clauses(v)))}
    return [m for m in mentions if m.trigger.i in verbs and not dependents(m.trigger, "any_subject")]


def _owner(tok: Token, mentions: list[Mention], dates: list) -> Mention | None:
    """The mention an argument (a date or place starting at ``tok``) belongs to. Written right after an
    event noun that a preposition subordinates to the clause, it is that event's ("in retaliation for
    air strikes [last week] in [Kunduz]": the strikes' date and place, though the parser hangs them on
    the main verb; but "used burning tires in [Kut]" is the clause's own place); else the nearest."""
    motive = _motive_owner(tok, mentions)
    if motive is not None:
        return motive
    before = _word_before(tok, dates)
    if before is not None:
        for m in mentions:
            if m.trigger_end - 1 == before.i and _subordinate_event_noun(m.trigger):
                return m
    return _caused_crowd(tok, mentions) or _nearest(tok, mentions)


def _caused_crowd(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The crowd's mention when the argument hangs on the verb that tells an act caused it ("the murder
    of the journalist sparked protests [on Tuesday]": the protests' day, not the murder's)."""
    verb = tok.head.head if attached_as(tok.head, "preposition") else tok.head
    if tok.i < verb.i:
        return None  # "the killing of a student in Lagos on 28 April sparked protests": the killing's day
    for m in mentions:
        if m.trigger.head.i == verb.i and protest_cause_of(m.trigger) is not None:
            return m
    return None


def _motive_owner(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The background act whose words ``tok`` is written among: what follows an act named as the one
    another answers, up to a punctuation mark or a word of the clause above it, tells that act ("in
    retaliation for air strikes against a village near Kunduz [last week] in which 30 people were
    [killed]": the strikes' date and toll, though the parser hangs them on the main clause)."""
    for m in mentions:
        if not m.background or tok.i < m.trigger_end:
            continue
        above = {a.i for a in m.trigger.ancestors}
        between = tok.doc[m.trigger_end : tok.i + 1]
        if not any(t.i in above or word_class(t, "punctuation") for t in between):
            return m
    return None


def _subordinate_event_noun(trigger: Token) -> bool:
    """An event noun in a prepositional phrase ("for [air strikes]", "after [clashes] and [raids]")."""
    return word_class(trigger, "any_noun") and attached_as(first_conjunct(trigger), "prep_object")


def _word_before(tok: Token, dates: list, max_skip: int = 6) -> Token | None:
    """The word before ``tok`` once prepositions, determiners and the words of dates are skipped
    ("strikes last week in the [Kunduz]" -> strikes), within the sentence and ``max_skip`` words."""
    i, start = tok.i - 1, tok.sent.start
    while i >= start and tok.i - i <= max_skip:
        word = tok.doc[i]
        in_date = any(d.start <= word.idx < d.end for d in dates)
        if not (in_date or word_class(word, "preposition", "determiner")):
            return word
        i -= 1
    return None


def _nearest(tok: Token, mentions: list[Mention], max_distance: int = 99) -> Mention | None:
    """The mention whose trigger is fewest arcs from the token (the first of equals), within
    ``max_distance``."""
    best, best_d = None, max_distance + 1
    for m in mentions:
        d = tree_distance(tok, m.trigger)  # the trigger's head word: "bomb" of "car bomb"
        if d < best_d:
            best, best_d = m, d
    return best

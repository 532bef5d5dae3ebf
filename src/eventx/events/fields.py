"""Which date and counts an incident takes (documented in docs/pipeline.md; its place: ``location``).

- date: the most precise date stated in the incident's own sentences, a date of what happened before the
  date of its report ("reported today that ... on 17 August"); else a date that refers back to
  it ("Thursday's deaths"); else the anchor date itself when the incident is told in the present
  perfect ("has killed": news of the report's day), else the anchor date widened to the week ending on
  it (precision "week");
  with no anchor, the nearest earlier day stated in the text, else none.
- fatalities / injuries: per sentence, counts of distinct victim groups add up; across the sentences
  of one incident, differing totals are kept as low/high with the first stated as best, unless a later
  sentence states a newer total of it ("the death toll rose to six"): the latest such total is best.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from ..actorlex import noun_entry, noun_forms
from ..casualties.counts import plausible
from ..casualties.triggers import trigger_status
from ..data import trigger_words
from ..doctools import sentences
from ..models import Count, DateSpan
from ..records import CasualtyMention, DateMention
from ..syntax import clause_verb, first_conjunct, has_number, is_present_perfect, placed_near, word_class
from ..text.quantity_lexicon import is_vague_number
from .gathering_cues import protest_cause_of
from .kinds import NON_STATE_ARMED_KINDS, STATE_FORCE_KINDS
from .mentions import Incident, Layers, Mention

_DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}


def incident_date(doc: Doc, inc: Incident, taken: dict[int, int], layers: Layers) -> DateSpan | None:
    """The incident's date: its own, else one referring back to it, else an unattached date of its
    sentences, else the nearest earlier unattached date of the article, else the nearest earlier day of
    the three sentences before it even where stated for another incident (the narrative's current day:
    "Yesterday, rebels attacked a post ... Later, in the same area, they burned nine vehicles"), else the
    anchor's day for an act told in the present perfect (``just_happened``), else the anchor's week.
    ``taken`` maps a date mention's start to the incident (by id) it was linked to."""
    own = id(inc)
    sents = {m.sent.start_char for m in inc.mentions}
    first = min(m.sent.start_char for m in inc.mentions)
    anchor = doc._.anchor
    free = [
        d
        for d in layers.dates
        if taken.get(d.start, own) == own
        and (anchor is None or d.date_start is None or d.date_start <= anchor)
    ]
    # a killing named as what came before the act ("a week after the killing of five farmers") is not of
    # the narrative's current day, nor of a date heading the sentence that tells the act
    background = all(m.background for m in inc.mentions)
    recent = set() if background else preceding_sentences(doc, first, _EARLIER_DATE_SENTENCES)
    pools = (
        [d for m in inc.mentions for d in m.dates],
        [d for m in inc.mentions for d in m.back_dates],
        [d for d in free if d.sent_start in sents],
        # "On 28 April 2020, forces arrested and beat a leader": a date heading the sentence is every
        # incident's of that sentence, even when linked to another one
        [d for d in layers.dates if d.sent_start in sents and _heads_sentence(doc, d) and not background],
        [d for d in free if d.sent_start in recent and d.precision == "day"][-1:],
        # the narrative's current day, even when stated for another incident ("On 3 May, X ... Police
        # later arrested Y"): a round-up's acts told one after another happened on the day it is telling
        [d for d in layers.dates if d.sent_start in recent and d.precision == "day"][-1:],
    )
    for pool in pools:
        pts = [
            d
            for d in pool
            if d.kind == "point"
            and not d.future
            and d.date_start is not None
            and (anchor is None or d.date_start <= anchor)  # an event is never dated after its report
        ]
        if pts:
            best = max(pts, key=_date_preference)
            end = best.date_end or best.date_start
            return DateSpan(
                start=best.date_start,
                end=end if anchor is None else min(end, anchor),
                precision=best.precision or "day",
                text=best.text,
                anchor=(doc._.anchor_source or "none") if best.relative else None,
            )
    return None if anchor is None else _from_anchor(doc, inc, anchor)


def _from_anchor(doc: Doc, inc: Incident, anchor: date) -> DateSpan:
    """With no date stated for the incident: the anchor's day for an act told in the present perfect
    (``just_happened``), else the week ending on the anchor."""
    if any(just_happened(m) for m in inc.mentions):
        return DateSpan(start=anchor, end=anchor, precision="day", text=None, anchor=doc._.anchor_source)
    return DateSpan(
        start=anchor - timedelta(days=min(6, (anchor - date.min).days)),  # not before year 1
        end=anchor,
        precision="week",
        text=None,
        anchor=doc._.anchor_source,
    )


def landmark_of(inc: Incident, incidents: list[Incident]) -> Incident | None:
    """The incident this one is named beside as its landmark, or as caused by, in a sentence telling
    both ("wounded five people not far from protests", "a shooting close to the protest": ``nearby_words``
    above the mention's word; "five soldiers were killed, sparking protests": ``protest_cause_of``): the
    two were going on at the same time, or the one broke out on the other's day."""
    near = trigger_words("nearby_words")
    for m in inc.mentions:
        if not placed_near(m.trigger, near) and protest_cause_of(m.trigger) is None:
            continue
        for other in incidents:
            if other is not inc and any(x.sent.start == m.sent.start for x in other.mentions):
                return other
    return None


def undated(span: DateSpan | None) -> bool:
    """The date is only the week ending on the anchor: no day was stated for the incident."""
    return span is not None and span.text is None and span.precision == "week"


def just_happened(m: Mention) -> bool:
    """The mention tells its act in the present perfect ("an explosion has killed two people", "five
    people have been shot"): news of the day the report is dated. An act of an earlier day is told in
    the past tense with its day named ("on Wednesday"), so, with no day named, the report's own day."""
    verb = clause_verb(m.trigger)
    return verb is not None and is_present_perfect(verb)


def _date_preference(d: DateMention) -> tuple[bool, int, bool, int]:
    """Among an incident's dates of one pool: a date of what happened before the date of its report
    ("sources reported today that troops killed nine people on 17 August" is 17 August), then the most
    precise, a single day before a span of days ("on Sunday" before "in the past 48 hours"), then the
    first written."""
    one_day = d.date_end is None or d.date_end == d.date_start
    return (not d.reported, _DATE_RANK.get(d.precision or "", 0), one_day, -d.start)


def _heads_sentence(doc: Doc, d: DateMention) -> bool:
    """The date stands before its sentence's main verb ("On 3 May 2020, a mob ... clashed")."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and span.start < span.sent.root.i


_EARLIER_DATE_SENTENCES = 3  # how far back an incident with no date of its own looks for one


def preceding_sentences(doc: Doc, start: int, n: int) -> set[int]:
    """Start offsets of the ``n`` sentences before the one starting at ``start``."""
    starts = [s.start_char for s in sentences(doc) if s.start_char < start]
    return set(starts[-n:])


def count_share(c: CasualtyMention) -> int | None:
    """The incident's share of a stated count: a total for N related incidents is divided evenly (GTD's
    convention, rounded down, but at least one of a positive total), otherwise the count itself."""
    if c.best is None or c.shared_by == 1:
        return c.best
    return max(c.best // c.shared_by, 1 if c.best else 0)


def mention_total(m: Mention, status: str) -> int | None:
    """The sum of a mention's counts of ``status`` ("killed", "injured"), each at the incident's share; a
    newer total it states ("killing two more, bringing the death toll to 12") is the total, not a part."""
    cs = m.counts(status)
    updates = [c for c in cs if c.update and c.best is not None]
    if updates:
        return count_share(updates[-1])
    vals = [count_share(c) for c in cs if c.best is not None]
    return sum(vals) if vals else None


#: (best, low, high, qualifier, text) of one mention's count of a status
_Stated = tuple[int, int, int, str, str]


def _stated(m: Mention, status: str) -> _Stated | None:
    """What one mention states of ``status``: its total (``mention_total``) with the low and high of
    its counts (a share's low, a total's high) and their words; None when it gives no count."""
    total = mention_total(m, status)
    if total is None:
        return None
    cs = m.counts(status)
    updates = [c for c in cs if c.update and c.best is not None]
    if updates:
        cs = updates[-1:]
    qual = cs[0].qualifier if len(cs) == 1 else "exact"
    low = sum(
        count_share(c) if c.shared_by > 1 else (c.low if c.low is not None else c.best)
        for c in cs
        if c.best is not None
    )
    high = sum(c.high if c.high is not None else c.best for c in cs if c.best is not None)  # totals
    if any(c.shared_by > 1 for c in cs):
        qual = "approximate"
    return total, low, high, qual, "; ".join(c.text for c in cs)


def incident_count(inc: Incident, status: str) -> Count | None:
    """The incident's count of ``status``: the first positive total its mentions state (low/high over
    all), plus victims a later sentence adds ("2 militants were also killed"); a newer total stated
    later ("the death toll rose to at least six") becomes the count, the earlier figures its range; a
    figure first told in vague words gives way to a precise one (``_first_figure``)."""
    per_mention: list[_Stated] = []
    extra, extra_text = 0, []  # victims a later sentence adds ("2 militants were also killed")
    latest: _Stated | None = None  # the newest running total told, with the extras told after it
    vague: set[int] = set()  # indices in per_mention of figures told only in vague words ("scores")
    counted: list[CasualtyMention] = []  # the counts of per_mention's figures
    for k, m in enumerate(inc.mentions):
        stated = _stated(m, status)
        if stated is None:
            continue
        cs = m.counts(status)
        besides = all(c.additional for c in cs) or counts_the_other_side(cs, counted, m.sent.doc)
        if k > 0 and per_mention and besides:
            extra += stated[0]
            extra_text.extend(c.text for c in cs)
            counted.extend(cs)  # a later figure of a side added here tells it again
            continue
        if any(c.update for c in cs):
            latest, extra, extra_text = stated, 0, []
        per_mention.append(stated)
        counted.extend(cs)
        if all(is_vague_number(c.number_text) for c in cs if c.best is not None):
            vague.add(len(per_mention) - 1)
    if not per_mention:
        return None
    positive = [p for p in per_mention if p[0] > 0] or per_mention
    if latest is None or latest[0] <= 0:
        latest = _first_figure(per_mention, vague, positive)
    best, _, _, qual, text = latest
    low = min(p[1] for p in positive) + extra
    high = max(p[2] for p in positive) + extra
    best += extra
    text = "; ".join([text, *extra_text])
    if low != high and qual == "exact":
        qual = "approximate"
    if not plausible(best, low, high):
        return None  # summed past MAX_COUNT: no casualty figure
    return Count(best=best, low=min(low, best), high=max(high, best), qualifier=qual, text=text)


def _armed_side(kind: str | None) -> str | None:
    """ "state" for the state's forces, "non_state" for rebels and militias, None for anyone else."""
    if kind in STATE_FORCE_KINDS:
        return "state"
    return "non_state" if kind in NON_STATE_ARMED_KINDS else None


def counts_the_other_side(cs: list[CasualtyMention], counted: list[CasualtyMention], doc: Doc) -> bool:
    """The counts are of the dead of the other armed side than all counted before ("killing 7 soldiers.
    12 militants were killed when troops repelled the attack"): victims besides, as ACLED's fatalities
    are all sides' dead. Counts of one side, or of people of no armed side ("10 people ... 4 soldiers"),
    are other reports of one figure."""
    sides = {_armed_side(c.victim_kind) for c in cs}
    before = {_armed_side(c.victim_kind) for c in counted}
    if not cs or None in sides | before or sides & before:
        return False
    return not any(before & _sides_numbered(doc, c) for c in cs)


def _sides_numbered(doc: Doc, c: CasualtyMention) -> set[str | None]:
    """The armed sides of the people a number stands before in the count's sentence ("Other sources
    indicate [four soldiers] and 13 attackers were killed"), but those counted with another status ("3
    soldiers were wounded"): a sentence that numbers a side already counted tells its figures again."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return set()
    return {
        _armed_side((noun_entry(*noun_forms(t)) or (None, None))[0])
        for t in span.sent
        if word_class(t, "any_noun")
        and has_number(t)
        and trigger_status(first_conjunct(t).head) in (None, c.status)
    }


def _first_figure(per_mention: list[_Stated], vague: set[int], positive: list[_Stated]) -> _Stated:
    """The best of an incident's figures with no newer total: the first positive one, unless it is told
    only in vague words ("wounding scores of people", a floor of 20) and a later mention gives a precise
    figure at least as large ("120 wounded were brought in"): the vague word was its floor, the figure is
    what was counted."""
    first = positive[0]
    if per_mention.index(first) not in vague:
        return first
    precise = [p for k, p in enumerate(per_mention) if k not in vague and p[0] >= first[0]]
    return precise[0] if precise else first

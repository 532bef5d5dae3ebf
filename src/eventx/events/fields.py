"""Which date, place and counts an incident takes (documented in docs/pipeline.md).

- date: the most precise date stated in the incident's own sentences, a date of what happened before the
  date of its report ("reported today that ... on 17 August"); else a date that refers back to
  it ("Thursday's deaths"); else the anchor date itself when the incident is told in the present
  perfect ("has killed": news of the report's day), else the anchor date widened to the week ending on
  it (precision "week");
  with no anchor, the nearest earlier day stated in the text, else none.
- location: the most precise place named in the incident's sentences (not a dateline, not a capital
  standing for its government), in the incident's country; when they name nothing finer than a
  country, the finer place the headline or lead names inside it; else the article's main place; with
  no place at all, the country of its domestic actors or of the known front line it is reported along,
  else the one country of its actors that act at home (its people, armed groups, government, forces).
- fatalities / injuries: per sentence, counts of distinct victim groups add up; across the sentences
  of one incident, differing totals are kept as low/high with the first stated as best, unless a later
  sentence states a newer total of it ("the death toll rose to six"): the latest such total is best.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..actorlex import group_in, is_police
from ..casualties.counts import plausible
from ..data import trigger_words
from ..doctools import sentences
from ..geo.gazetteer import get_gazetteer
from ..geo.lexicon import place_words
from ..geo.names import normalize_name
from ..models import Actor, Count, DateSpan, Location
from ..records import PRECISION_RANK, CasualtyMention, DateMention, PlaceMention
from ..syntax import clause_verb, is_present_perfect, preposition_of, verb_of_subject_phrase
from ..text.quantity_lexicon import is_vague_number
from .conventions import front_line
from .lead import lead_place
from .mentions import Incident, Layers, Mention
from .role_cues import report_verbs

_DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}


def incident_date(doc: Doc, inc: Incident, taken: dict[int, int], layers: Layers) -> DateSpan | None:
    """The incident's date: its own, else one referring back to it, else an unattached date of its
    sentences, else the nearest earlier unattached date of the article, else the anchor's day for an
    act told in the present perfect (``just_happened``), else the anchor's week; with
    no anchor, the nearest earlier day stated for another incident.
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
    recent = preceding_sentences(doc, first, _EARLIER_DATE_SENTENCES)
    pools = (
        [d for m in inc.mentions for d in m.dates],
        [d for m in inc.mentions for d in m.back_dates],
        [d for d in free if d.sent_start in sents],
        # "On 28 April 2020, forces arrested and beat a leader": a date heading the sentence is every
        # incident's of that sentence, even when linked to another one
        [d for d in layers.dates if d.sent_start in sents and _heads_sentence(doc, d)],
        [d for d in free if d.sent_start in recent and d.precision == "day"][-1:],
        # with no anchor, the narrative's current day, even when stated for another incident ("On 3 May,
        # X ... Police later arrested Y"): the only estimate there is
        [d for d in layers.dates if d.sent_start in recent and d.precision == "day"][-1:]
        if anchor is None
        else [],
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


def just_happened(m: Mention) -> bool:
    """The mention tells its act in the present perfect ("an explosion has killed two people", "five
    people have been shot"): news of the day the report is dated. An act of an earlier day is told in
    the past tense with its day named ("on Wednesday"), so, with no day named, the report's own day."""
    verb = clause_verb(m.trigger)
    return verb is not None and is_present_perfect(verb)


def _date_preference(d: DateMention) -> tuple[bool, int, int]:
    """Among an incident's dates of one pool: a date of what happened before the date of its report
    ("sources reported today that troops killed nine people on 17 August" is 17 August), then the most
    precise, then the first written."""
    return (not d.reported, _DATE_RANK.get(d.precision or "", 0), -d.start)


def _heads_sentence(doc: Doc, d: DateMention) -> bool:
    """The date stands before its sentence's main verb ("On 3 May 2020, a mob ... clashed")."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span is not None and span.start < span.sent.root.i


_EARLIER_DATE_SENTENCES = 3  # how far back an incident with no date of its own looks for one


def preceding_sentences(doc: Doc, start: int, n: int) -> set[int]:
    """Start offsets of the ``n`` sentences before the one starting at ``start``."""
    starts = [s.start_char for s in sentences(doc) if s.start_char < start]
    return set(starts[-n:])


def main_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The article's main place: the most precise mention in its most frequently named admin1/country."""
    places = [p for p in places if p.context == "mention"]
    if not places:
        return None
    countries = Counter(p.country_code for p in places)
    top = countries.most_common(1)[0][0]
    inside = [p for p in places if p.country_code == top]
    admins = Counter(p.admin1 for p in inside if p.admin1)
    if admins:
        a1 = admins.most_common(1)[0][0]
        inside = [p for p in inside if p.admin1 == a1] or inside
    return max(inside, key=lambda p: (PRECISION_RANK.get(p.precision, 0) >= 2, -p.start))


def _in_named_area(places: list[PlaceMention], level: str) -> list[PlaceMention]:
    """The places inside a province (``level`` "admin1") or district ("admin2") the incident's sentences
    name, when they name one: "in Pesqueria, Nuevo Leon ... in Colonia Lomas de San Martin" is not the
    colonia of that name in Hidalgo. A finer place the gazetteer puts elsewhere (a namesake, or a town
    it assigns to the next province) keeps its written name but takes the named area and its point."""
    areas = [p for p in places if p.precision == level and p.resolved and getattr(p, level)]
    named = {normalize_name(n) for p in areas for n in (getattr(p, level), p.gazetteer_name, p.name) if n}
    if not named:
        return places
    out = []
    for p in places:
        own = normalize_name(getattr(p, level) or "")
        if own and any(n == own or n in own.split(" of ") for n in named):  # "Province of Bohol"
            out.append(p)
        elif p.specificity > areas[0].specificity:
            same = {
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "name": p.name,
                "specificity": p.specificity,
            }
            if areas[0].latitude is None:  # an ISO-only province has no point: keep the place's own
                same |= {"latitude": p.latitude, "longitude": p.longitude}
            out.append(areas[0].model_copy(update={**same, "gazetteer_name": None, "resolved": False}))
    return out or places


def incident_location(inc: Incident, layers: Layers, doc: Doc) -> Location | None:
    """The incident's place: the most precise place its sentences name, in their most named country and
    in the areas they name, unless the headline or lead names a finer place inside it; else the
    article's main place (none for talks; only its country for an act told as what another answers)."""
    places = [p for m in inc.mentions for p in m.places if p.context == "mention"]
    places = [p for p in places if not _origin(doc, p)] or places
    places = [p for p in places if not _speaker_place(doc, p)] or places
    if places:
        countries = Counter(p.country_code for p in places)
        top = countries.most_common(1)[0][0]
        places = [p for p in places if p.country_code == top]
        places = _in_named_area(_in_named_area(places, "admin1"), "admin2")
        best = max(places, key=lambda p: (p.specificity, -p.start))
        best = lead_place(doc, layers.places, best) or best
    elif inc.event_type == "Diplomacy":
        return None  # talks by telephone happen nowhere in particular: no inherited place
    else:
        best = main_place(layers.places)
        if best is not None and all(m.background for m in inc.mentions):
            # "attacked a post in Bannu in revenge for a drone strike last month": the earlier act
            # happened elsewhere or anywhere; only the country is the article's
            return _country_location(best.country_code) if best.country_code else None
    if best is None:
        return None
    country = get_gazetteer().country(best.country_code) if best.country_code else None
    return Location(
        name=best.name,
        gazetteer_name=best.gazetteer_name,
        admin1=best.admin1,
        admin2=best.admin2,
        country=country.name if country else None,
        country_code=best.country_code,
        latitude=best.latitude,
        longitude=best.longitude,
        precision=best.precision,
        text=best.text,
    )


def named_unplaced(inc: Incident, location: Location | None, doc: Doc) -> Location | None:
    """Where the incident's place is known to no finer than a country (or not at all), the first name
    its own sentences write as a place that the gazetteer lacks ("in Kisalala", "Lowa town": context
    ``unplaced``) names it, as written, with the country and point that were known and no
    gazetteer name."""
    if location is not None and location.precision != "country":
        return location
    told = [m for m in inc.mentions if not m.background] or inc.mentions
    names = [p for m in told for p in m.places if p.context == "unplaced" and not _origin(doc, p)]
    if not names:
        return location
    first = min(names, key=lambda p: p.start)
    if location is None:
        return Location(name=first.name, text=first.text)
    return location.model_copy(update={"name": first.name, "gazetteer_name": None, "text": first.text})


def _origin(doc: Doc, place: PlaceMention) -> bool:
    """A place named as where someone came from (``origin_verbs``: "suspects who had arrived from
    Libya", "fled from Mosul"): not where the incident happened, when another place is named; "militias
    from Okpanam" and "marched from Butembo" are the people's home and the march's start."""
    root = _place_root(doc, place)
    if root is None or preposition_of(root) != "from":
        return False
    return root.head.head.lemma_.lower() in trigger_words("origin_verbs")


def _speaker_place(doc: Doc, place: PlaceMention) -> bool:
    """A place named in the phrase of who reports ("a spokesman at its headquarters in Potsdam said
    that police fought the attackers"): where the report comes from, not where the act happened."""
    root = _place_root(doc, place)
    verb = verb_of_subject_phrase(root) if root is not None else None
    return verb is not None and verb.lemma_.lower() in report_verbs()


def _place_root(doc: Doc, place: PlaceMention) -> Token | None:
    """The syntactic head of the words a place mention covers, or None when they fall outside ``doc``."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def home_country(inc: Incident) -> Location | None:
    """With no place at all, the country of the domestic actors the incident names, at country
    precision: its government or police ("the Turkish Government began enforcing a curfew", "Israeli
    Police forces"), or a faction of a divided state's forces (``domestic`` in armed_groups.yaml: "LNA
    forces"). Military forces may act abroad ("KDF soldiers", "IDF jets") and decide nothing."""
    codes = Counter(
        a.country_code
        for a in inc.actors
        if a.country_code
        and (
            a.kind == "government"
            or is_police(a.name)
            or (a.kind == "state_forces" and getattr(group_in(a.text or ""), "domestic", False))
        )
    )
    return _country_location(codes.most_common(1)[0][0]) if codes else None


#: actors whose country is where they act: armed groups by their main country of operation
#: (armed_groups.yaml), the people of a country (civilians, protesters, rioters) and its government (its
#: police and, but for states that deploy abroad as a matter of course, its military too: ``_acts_at_home``)
_AT_HOME_KINDS = frozenset(
    {"rebel_group", "political_militia", "identity_militia", "civilians", "protesters", "rioters",
     "government"}
)  # fmt: skip


def actors_country(inc: Incident) -> Location | None:
    """With no place at all, the one country all the incident's actors that have one agree on, when one
    of them acts at home (``_acts_at_home``: "FARDC repelled an attack by the Mai-Mai" is in DR Congo,
    "the Iraqi government imposed a curfew" in Iraq, "the Chadian army launched airstrikes" in Chad),
    at country precision. External forces decide nothing, nor do the forces of states that act abroad
    as a matter of course ("Turkish warplanes"; ``forces_abroad_countries`` in places.yaml), and actors
    of two countries leave it open."""
    with_country = [a for a in inc.actors if a.country_code]
    codes = {a.country_code for a in with_country}
    if len(codes) != 1 or not any(_acts_at_home(a) for a in with_country):
        return None
    return _country_location(codes.pop())


def _acts_at_home(actor: Actor) -> bool:
    """The actor's country is where it acts: an ``_AT_HOME_KINDS`` kind, a country's police, or its
    military unless the state deploys abroad as a matter of course."""
    if actor.kind == "state_forces" and actor.country_code not in place_words("forces_abroad_countries"):
        return True
    return actor.kind in _AT_HOME_KINDS or is_police(actor.name)


def line_country(inc: Incident) -> Location | None:
    """With no place at all, the country of the known front line the fire is reported along ("the OSCE
    SMM observed 5 projectiles near Novovyboeve", a village the gazetteer lacks: Ukraine)."""
    line = front_line(inc, None)
    return _country_location(line["country"]) if line is not None else None


def _country_location(code: str) -> Location | None:
    """The country ``code`` as a location at country precision."""
    place = get_gazetteer().country(code)
    if place is None:
        return None
    return Location(
        name=place.name,
        gazetteer_name=place.name,
        country=place.name,
        country_code=place.country_code,
        latitude=place.latitude,
        longitude=place.longitude,
        precision="country",
        text=None,
    )


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
    for k, m in enumerate(inc.mentions):
        stated = _stated(m, status)
        if stated is None:
            continue
        cs = m.counts(status)
        if k > 0 and per_mention and all(c.additional for c in cs):
            extra += stated[0]
            extra_text.extend(c.text for c in cs)
            continue
        if any(c.update for c in cs):
            latest, extra, extra_text = stated, 0, []
        per_mention.append(stated)
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

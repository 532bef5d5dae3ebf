"""What tells two reports of violence apart as two incidents: another place, another date, other sides
(not one fight told from each side), another toll (not the other side's dead), a "separate"/"meanwhile"
cue, or a weapon of another reach (an air strike is not the bombing told before). The merge rules of
``eventx.events.incidents`` ask these questions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..data import load_yaml, trigger_words
from ..doctools import sentences
from ..models import Actor
from ..records import DateMention, PlaceMention
from ..syntax import attached_as, form, prep_objects, word_class
from .fields import counts_the_other_side, mention_total
from .mentions import Incident, Mention

LEAD_SENTENCES = 3  # headline, subheading and lead: the sentences that tell the main incident


def _countries(places: list[PlaceMention]) -> set[str]:
    return {p.country_code for p in places if p.context == "mention" and p.country_code}


def told_apart(inc: Incident, m: Mention, places: list[PlaceMention]) -> bool:
    """True if the mention places itself only in other countries than the incident ("a family was killed
    in London, Ontario ... Tarrant, who carried out an attack on a mosque in Christchurch, New Zealand").
    Dates do not part mentions: a sentence's dates often name other days ("Tuesday's election")."""
    doc = m.sent.doc
    trigger = m.trigger
    here = [p for p in m.places if locative_of(doc, p, trigger)]  # not "a man from Toronto"
    mine, theirs = _countries(here), _countries([p for x in inc.mentions for p in x.places])
    if mine and not theirs:  # an incident placed by the sentences before it ("... in London, Ontario,
        # Canada. Four members of the family were killed in the attack.")
        first = min(x.sent.start_char for x in inc.mentions)
        before = [p for p in places if p.context == "mention" and p.sent_start < first]
        theirs = _countries(before[-1:])
    return bool(mine and theirs) and not mine & theirs


def locative_of(doc: Doc, place: PlaceMention, trigger: Token, direct: bool = False) -> bool:
    """True if the place is where the trigger's act happened: the object of "in", "at" or "near" under
    the trigger ("an attack on a mosque in Christchurch"), not an origin ("a 34-year-old from Toronto");
    ``direct``: a preposition of the trigger itself ("the bombing in Kirkuk"), not of a word below it
    ("agreed to establish centres in Erbil")."""
    prep = site_preposition(doc, place)
    return prep is not None and (prep.head.i == trigger.i or (not direct and trigger in prep.ancestors))


def site_preposition(doc: Doc, place: PlaceMention) -> Token | None:
    """The preposition of a site ("in", "at", "near": ``site_preps``) the place is written after, through
    the names and words it is written with ("in Christchurch, New Zealand", "in Bafoussam town (Mifi,
    Ouest)"), or None ("integration with Russia", "attacked Fataki")."""
    prep = _preposition_over(doc, place)
    sites = load_yaml("place_stoplist.yaml")["site_preps"]
    return prep if prep is not None and prep.lower_ in sites else None


def names_no_site(doc: Doc, place: PlaceMention) -> bool:
    """The place is written after a preposition that names no place of an act (not one of
    ``locative_preps`` nor of ``holding_preps``: "integration with Russia", "a man from Toronto"); a
    place under no preposition ("attacked three camps (Agweopia ...)"), "between" two or "the village of
    X" may be one."""
    prep = _preposition_over(doc, place)
    lists = load_yaml("place_stoplist.yaml")
    locative = {*lists["locative_preps"], *lists["holding_preps"]}
    return prep is not None and attached_as(prep, "preposition") and prep.lower_ not in locative


def _preposition_over(doc: Doc, place: PlaceMention) -> Token | None:
    """The word the place hangs from, through the names and words it is written with."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    prep = span.root.head
    while attached_as(prep, "conjunct", "apposition", "compound") and prep.head.i != prep.i:
        prep = prep.head  # "in Christchurch, New Zealand": New Zealand hangs on Christchurch
    if word_class(prep, "proper_noun"):
        prep = prep.head
    return prep


def placed_elsewhere(inc: Incident, m: Mention) -> bool:
    """The mention names a place of its own in no first-level area of the incident's places ("Gunmen
    killed five villagers in Zamfara state. Separately, bandits set fire to a market in Katsina state.")."""
    own = {p.admin1 or p.name for p in m.places if p.context == "mention"}
    told = {p.admin1 or p.name for x in inc.mentions for p in x.places if p.context == "mention"}
    return bool(own) and bool(told) and not own & told


def placed_in_another_town(inc: Incident, m: Mention) -> bool:
    """A later sentence names a town of its own that the incident, placed at towns, does not ("... murdered
    two officials near Chavin. In Huaraz, the terrorists set fire to the offices ...")."""
    if any(x.sent.start == m.sent.start for x in inc.mentions):
        return False
    return in_another_town(inc, m)


def happened_in_another_town(inc: Incident, m: Mention) -> bool:
    """A later sentence tells its act happened at a town (a site under the trigger: "fighting last night
    in San Salvador") that the incident, placed at towns, does not name; not a town that is someone's home
    or an embassy's seat ("Roberto Roascio of Milan", "the ambassador to Bogota")."""
    if any(x.sent.start == m.sent.start for x in inc.mentions):
        return False
    doc = m.sent.doc
    return in_another_town(inc, m, [p for p in m.places if locative_of(doc, p, m.trigger)])


def in_another_town(inc: Incident, m: Mention, own_places: list[PlaceMention] | None = None) -> bool:
    """The mention names towns of its own (of ``own_places`` where given) and the incident, placed at
    towns, names none of them."""
    own = towns(m.places if own_places is None else own_places)
    told = [p for x in inc.mentions for p in x.places if p.context == "mention"]
    return bool(own) and bool(towns(told)) and not own & {_town(p) for p in told}


def towns(places: list[PlaceMention]) -> set[str]:
    """The towns (or finer places) among the places, by the gazetteer's name of each."""
    return {_town(p) for p in places if p.context == "mention" and p.precision in _TOWN_PRECISIONS}


def _town(p) -> str:
    """A place by the gazetteer's name of it ("Saraqeb" and "Saraqib" are one town), else as written."""
    return p.gazetteer_name or p.name


_TOWN_PRECISIONS = ("city", "point")


def lead_incident(incidents: list[Incident], violent: set[str]) -> Incident | None:
    """The article's main incident: the one violent incident first told in the headline or lead (the
    first ``LEAD_SENTENCES`` sentences); None when the lead tells none, or several (a list of attacks),
    or tells it with a plural noun ("two bomb attacks on banks", "new attacks", "clashes since Monday"):
    a series, whose parts the text tells one by one."""
    if not incidents:
        return None
    doc = incidents[0].mentions[0].sent.doc
    lead: set[int] = set()
    for k, sent in enumerate(sentences(doc)):
        if k >= LEAD_SENTENCES:
            break
        lead.add(sent.start_char)
    told = [inc for inc in incidents if inc.event_type in violent and inc.mentions[0].sent.start_char in lead]
    if len(told) != 1 or form(told[0].mentions[0].trigger, "plural"):
        return None
    return told[0]


def one_act(sub: str | None) -> bool:
    """A sub-event type of one act of armed violence (``one_act_sub_types``: attacks, clashes, bombings,
    strikes), not an abduction, a sexual assault, a riot or a change of territory."""
    return sub in trigger_words("one_act_sub_types")


def reach(sub: str | None) -> str:
    """ "afar" for a weapon fired from a distance (air/drone strikes, shelling: ``from_afar_sub_types``),
    "near" for everything else violent (shootings, bombings, raids, bare killings)."""
    return "afar" if sub in trigger_words("from_afar_sub_types") else "near"


def placed_apart(inc: Incident, m: Mention) -> bool:
    """The mention is placed where the incident is not: a place of its own in another country, or in
    another first-level area of the incident's country ("... in Balkh. Air strikes in Kunduz killed 30."),
    or any place of its own when the incident has none to compare with."""
    own = [p for p in m.places if p.context == "mention"]
    told = [p for x in inc.mentions for p in x.places if p.context == "mention"]
    if not own:
        return False
    if not told:
        return True
    countries = _countries(told)
    areas = {p.admin1 for p in told if p.admin1}
    for p in own:
        if p.country_code and countries and p.country_code not in countries:
            return True
        if p.admin1 and areas and p.admin1 not in areas and p.country_code in countries:
            return True
    return False


def _act_dates(dates: list[DateMention]) -> list[DateMention]:
    """Dates of an act: not of a report, a plan or a label ("the 2011 uprising")."""
    return [d for d in dates if d.date_start and not d.reported and not d.future and d.kind != "label"]


def dated_apart(inc: Incident, m: Mention) -> bool:
    """The mention and the incident both carry a date of the act, and no two of them overlap ("... on
    Thursday. Last week, a bombing in the same city killed 30.")."""
    mine = _act_dates(m.dates)
    theirs = _act_dates([d for x in inc.mentions for d in x.dates])
    if not mine or not theirs:
        return False
    return not any(
        a.date_start <= (b.date_end or b.date_start) and b.date_start <= (a.date_end or a.date_start)
        for a in mine
        for b in theirs
    )


def _named_initiators(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors if a.role == "initiator" and not a.name.startswith("Unidentified")}


def sides_apart(told: list[Actor], mine: list[Actor]) -> bool:
    """Both name who attacked, and no name is shared ("Taliban bombers ... US aircraft"), or the
    attackers' (or targets') countries do not meet."""
    a, b = _named_initiators(told), _named_initiators(mine)
    return bool(a and b and not a & b) or not roles_agree(told, mine)


def from_the_other_side(told: list[Actor], mine: list[Actor]) -> bool:
    """The mention's attackers are the incident's named targets and its targets the incident's attackers
    ("al-Shabaab attacked an army base ... The army said it killed 11 militants"): one fight told from each
    side's account."""
    a, b = _named_initiators(told), _named_initiators(mine)
    told_targets = {x.name for x in told if x.role == "target"}
    my_targets = {x.name for x in mine if x.role == "target"}
    return bool(a and b) and b <= told_targets and a <= my_targets


def roles_agree(a: list[Actor], b: list[Actor]) -> bool:
    """No contradiction in who did what: where both name initiators (or targets), their countries meet."""
    for role in ("initiator", "target"):
        ca = {x.country_code for x in a if x.role == role and x.country_code}
        cb = {x.country_code for x in b if x.role == role and x.country_code}
        if ca and cb and not ca & cb:
            return False
    return True


def counted_apart(inc: Incident, m: Mention) -> bool:
    """The tolls differ where they cannot be one incident's: both exact, or the mention's smaller than
    every toll of the incident (a part of a round-up's total: "at least eight were killed in clashes ...
    Two soldiers were killed in a clash near ..."). Not when the mention's dead are "also" killed or its
    toll is a newer total ("the death toll rose to six"); a hedged toll ("at least four") may grow."""
    cs = m.counts("killed")
    killed = mention_total(m, "killed")
    if killed is None or any(c.additional or c.update for c in cs):
        return False
    if counts_the_other_side(cs, [c for x in inc.mentions for c in x.counts("killed")], m.sent.doc):
        return False  # "killing eight soldiers ... it killed 11 militants": the other side's dead
    tolls = {mention_total(x, "killed") for x in inc.mentions} - {None}
    if not tolls or killed in tolls:
        return False
    exact = all(c.qualifier == "exact" for x in [m, *inc.mentions] for c in x.counts("killed"))
    return exact or killed < min(tolls)


def joins_kind(main_type: str, etype: str) -> bool:
    """A report of this event type may tell the main incident of that type: an attack or fighting may
    tell any violent incident (the attacked fought back), a bombing or strike only a bombing, strike or
    attack (a lead about clashes is not the bomb told below it)."""
    return etype != "Explosions/Remote violence" or main_type != "Battles"


def told_beside_another(incidents: list[Incident], main: Incident, m: Mention) -> bool:
    """A killing with no trigger word in a sentence that tells another incident than the main one
    ("... in retaliation for air strikes in Kunduz that killed 30 civilians"): it is that incident's toll,
    not the main incident's."""
    start = m.sent.start_char
    return m.entry is None and any(
        inc is not main and any(x.sent.start_char == start for x in inc.mentions) for inc in incidents
    )


def marked_separate(m: Mention) -> bool:
    """A cue that the act is another one (``separate_incident_cues``: "in a separate attack", "another
    bombing", "Meanwhile, ...", "Elsewhere, ..."), on the trigger, beside it, on its clause's verb, or on
    an incident noun of an "in" phrase of either ("In another incident, a militant was killed"; not "in
    another part of the town": ``incident_nouns``)."""
    cues = trigger_words("separate_incident_cues")
    trig = m.trigger
    near = [*trig.children, *trig.head.children, *trig.sent.root.children]
    incidents = trigger_words("incident_nouns")
    phrases = [o for v in (trig, trig.sent.root) for o in prep_objects(v, ["in"])]
    near += [w for o in phrases if o.lemma_.lower() in incidents for w in o.children]
    return any(t.lower_ in cues for t in near)

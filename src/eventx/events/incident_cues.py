"""What the merge rules of ``eventx.events.incidents`` read about the incidents told so far and a new
mention: the latest violent incident (or protest met with force), whether a mention answers or foils an
attack, tells its casualties just after it, comes after it ("after the initial bombing"), acts on
people rather than on state forces, or is told in a clause under an incident's act ("raided the village,
kidnapping six men")."""

from __future__ import annotations

from spacy.tokens import Token

from ..data import one_word_triggers, trigger_lexicon, trigger_words
from ..models import Actor
from ..syntax import attached_as, dependents, participle_clauses, patients_of, prep_objects, preposition_of
from .apart import dated_apart, from_the_other_side, in_another_town, placed_in_another_town, reach
from .event_types import is_violent
from .fields import mention_total, preceding_sentences
from .gathering_cues import protest_cause_of
from .kinds import ARMED_KINDS, STATE_FORCE_KINDS, crowd_types
from .mentions import Incident, Mention
from .trigger_filters import is_anaphor

WEAPONS = "Explosions/Remote violence"


FORCED_PROTESTS = {"Protest with intervention", "Excessive force against protesters"}


def latest_violent(
    incidents: list[Incident], exclude: Incident | None = None, weapon: str | None = None
) -> Incident | None:
    """The last incident of a violent type, other than ``exclude`` (and, given a weapon's sub-type, of
    its event type and ``reach``). Without a weapon to match, an act told only as what another answers
    ("... in retaliation for air strikes last week") is the background, not the incident being told."""
    for inc in reversed(incidents):
        if weapon is None and all(x.background for x in inc.mentions):
            continue
        if inc is not exclude and is_violent(inc.event_type):
            if weapon is None or (inc.event_type, reach(inc.sub_event_type)) == (WEAPONS, reach(weapon)):
                return inc
    return None


def on_people(actors: list[Actor]) -> bool:
    """No armed side among the act's targets (state forces, armed groups: "soldiers clashed with
    militants during protests" is a battle) and no crowd among its doers."""
    crowds = set(crowd_types().values())
    return not any(
        (a.role == "target" and a.kind in ARMED_KINDS)
        or (a.role == "initiator" and a.kind in crowds)
        for a in actors
    )


def refers_earlier(trigger: Token) -> bool:
    """An "after" phrase of the trigger, or of the verb it is joined to, names an incident that refers
    back ("fought ... soon after the initial bombing")."""
    verbs = [trigger, trigger.head] if attached_as(trigger, "conjunct") else [trigger]
    earlier = [n for v in verbs for n in prep_objects(v, trigger_words("sequel_preps"))]
    return any(is_anaphor(n.doc[n.i : n.i + 1]) for n in earlier)


FOLLOW_UP_SENTENCES = 2  # how far after an incident a bare casualty sentence still belongs to it


def follow_up_of(
    incidents: list[Incident], m: Mention, actors: list[Actor], killed: int | None
) -> Incident | None:
    """ "Soldiers clashed with traffickers ... One suspect was injured.": a casualty statement with no
    trigger word and no attacker of its own, just after a violent incident, tells of that incident
    (unless both give a killed count, which may be two incidents' tolls, and the later one does not say
    its victims are "also" killed); not a killing named as what came before it (``Mention.background``)."""
    if m.background:
        return None
    victims = [c.text for c in m.casualties]  # "One person killed and 14 injured": the dead, no attacker
    attackers = [
        a for a in actors if a.role == "initiator" and not any(a.text and a.text in v for v in victims)
    ]
    if m.entry is not None or attackers:
        return None
    last = latest_forceful(incidents)
    if last is None:
        return None
    also = all(c.additional for c in m.counts("killed"))
    if killed is not None and not also and any(mention_total(x, "killed") is not None for x in last.mentions):
        return None
    return last if told_just_before(last, m) else None


def kills_people(m: Mention) -> bool:
    """The mention tells of people, not state forces, killed (lethal violence: ACLED Codebook, Excessive
    force against protesters; injuries alone may not be serious)."""
    state = STATE_FORCE_KINDS
    return any(c.status == "killed" and not c.negated and c.victim_kind not in state for c in m.casualties)


def latest_forceful(incidents: list[Incident]) -> Incident | None:
    """The last incident of a violent type or a protest met with force, whichever was told later
    ("Gunmen shot at demonstrators ... Five people were injured.")."""
    order = {id(inc): k for k, inc in enumerate(incidents)}  # by identity: incidents compare by value
    forced = [inc for inc in incidents if inc.sub_event_type in FORCED_PROTESTS]
    last = latest_violent(incidents)
    if forced and (last is None or order[id(forced[-1])] > order[id(last)]):
        return forced[-1]
    return last


def killing_told_before(incidents: list[Incident], m: Mention, etype: str) -> Incident | None:
    """ "5 FC personnel were killed as an IED hit their vehicle": a killing told with no trigger word and
    no attacker, earlier in the sentence of a violent trigger, is that trigger's incident."""
    if m.entry is None or not is_violent(etype) or not incidents:
        return None
    last = incidents[-1]
    # (a killing named as what came before, "following the murder of a trader", is no bare killing)
    bare = all(x.entry is None and not x.background and x.sent.start == m.sent.start for x in last.mentions)
    cause = protest_cause_of(m.trigger)  # "the killing of a student triggered riots": not the riot's
    if cause is not None and any(x.trigger_start == cause.i for x in last.mentions):
        return None
    return last if bare and not any(a.role == "initiator" for a in last.actors) else None


def told_just_before(inc: Incident, m: Mention) -> bool:
    """The incident was last told in this mention's sentence or the two before it."""
    near = preceding_sentences(m.sent.doc, m.sent.start_char, FOLLOW_UP_SENTENCES) | {m.sent.start_char}
    return inc.mentions[-1].sent.start_char in near


def the_other_side_s_account(inc: Incident, m: Mention, actors: list[Actor]) -> bool:
    """The mention tells the incident's fight from the other side ("al-Shabaab attacked an army base ...
    The army said it killed 11 militants": ``from_the_other_side``), right after it and with no date of
    its own (an account of another day is another fight)."""
    return not m.dates and told_just_before(inc, m) and from_the_other_side(inc.actors, actors)


def foils(m: Mention) -> bool:
    """ "Assailants launched a drone ... that was intercepted", "The rocket was intercepted": the weapon of
    the attack just told, disrupted; part of that attack."""
    if m.entry is None or m.entry["sub"] != "Disrupted weapons use":
        return False
    trig = m.trigger
    if attached_as(trig, "noun_clause"):
        return True
    known = trigger_words("known_determiners")
    return any(c.lower_ in known for o in patients_of(trig) for c in dependents(o, "determiner"))


def responds(m: Mention) -> bool:
    """The mention's trigger answers the attack just told (``answers_attack``)."""
    return m.entry is not None and answers_attack(m.trigger)


def answers_attack(trigger: Token) -> bool:
    """ "The officer returned fire", "the bodyguards reacted with gunfire": a trigger answering the
    attack just told."""
    verbs = trigger_lexicon()["response_verbs"]
    head = trigger.head
    if attached_as(trigger, "object"):
        return head.lemma_.lower() == "return"  # "returned fire", not "returned to the village"
    if preposition_of(trigger) == "with":
        return head.head.lemma_.lower() in verbs  # "reacted with gunfire"
    return False


def act_under(inc: Incident, m: Mention, crowd: bool) -> bool:
    """Is the mention's act a participle clause under an act of the incident, in its sentence, or, for a
    crowd (``crowd``) or an attack on civilians, a verb joined to it by "and" with no subject of its own
    ("pastoralists rioted and clashed with police", "a gang attacked a taxi and raped a passenger")?"""
    on_civilians = inc.event_type == "Violence against civilians" and not _set_apart(inc, m)
    for x in inc.mentions:
        joined = {v.i for v in participle_clauses(x.trigger)}
        if crowd or on_civilians:
            joined |= {v.i for v in x.trigger.conjuncts if not dependents(v, "any_subject")}
        if x.sent.start == m.sent.start and m.trigger.i in joined:
            return True
    return False


def _set_apart(inc: Incident, m: Mention) -> bool:
    """The joined act has a town or a day of its own other than the incident's, or an adverb that sets it
    after it ("attacked a church in Kaduna and later abducted five farmers in Sokoto": ``apart_adverbs``)."""
    later = any(a.lower_ in trigger_words("apart_adverbs") for a in dependents(m.trigger, "adverb"))
    return later or in_another_town(inc, m) or dated_apart(inc, m)


def names_the_attack(target: Incident, m: Mention, etype: str, sub: str | None) -> bool:
    """An act on civilians of a sharper sub-type (``sharper_civilian_acts``: abduction, sexual violence)
    joined to a plain attack on civilians names what the attack was, where no one was killed or hurt
    and the attack told no other violence beside it ("attacked the village, shooting the driver and
    abducting three" is an attack, and so is "beat and abducted a man": ``plain_attack_words``)."""
    if not (
        etype == target.event_type == "Violence against civilians"
        and target.sub_event_type == "Attack"
        and sub in trigger_words("sharper_civilian_acts")
    ):
        return False
    violent = one_word_triggers("type", "BY_ACTORS", "Violence against civilians")
    beside = [v for x in target.mentions for v in participle_clauses(x.trigger) if v.i != m.trigger.i]
    plain = trigger_words("plain_attack_words")
    own = [x.trigger for x in target.mentions if x is not m and x.trigger.lemma_.lower() not in plain]
    hurt = any(mention_total(x, kind) for x in (*target.mentions, m) for kind in ("killed", "injured"))
    return not hurt and not any(v.lemma_.lower() in violent for v in (*beside, *own))


def lynching(sub: str | None, actors: list[Actor]) -> bool:
    """Mob violence on civilians only (a suspected thief beaten to death), not on the authorities."""
    targets = [a.kind for a in actors if a.role == "target"]
    return sub == "Mob violence" and bool(targets) and all(kind == "civilians" for kind in targets)


def another_crowd(inc: Incident, m: Mention, etype: str) -> bool:
    """A protest or riot in another town or on another day than the crowd told before ("Protesters also
    marched in Portland", "On 10 November, protesters marched again"): ACLED's event is one place and
    day."""
    return etype in crowd_types() and (placed_in_another_town(inc, m) or dated_apart(inc, m))

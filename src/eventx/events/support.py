"""May a trigger stand? The support rules, one per ``support`` value of ``event_triggers.yaml``.

A trigger entry's ``support`` names what its sentence must hold before the trigger counts ("attack"
needs an armed actor, a casualty, a weapon ...; "air strike" needs nothing). Each value is a rule of the
table ``SUPPORT`` (family "support"); ``supported`` looks the value up, and an unknown value is never
supported. Examples: ``resources/rules/support.yaml``.

A rule is called as ``rule(entry, trig, sent, actors, casualties)``: the trigger's lexicon entry, its
span and sentence, and the sentence's actor and casualty mentions.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from ..actorlex import identity_label, is_police
from ..data import trigger_readings, trigger_words
from ..seizure import seized
from ..syntax import doers, patients_of, prep_objects, subjects_of
from .gathering_cues import (
    memorial,
    one_person_s_gathering,
    protest_purpose,
    staged,
    with_a_protest_purpose,
)
from .kinds import ARMED_KINDS, NON_STATE_ARMED_KINDS, STATE_FORCE_KINDS, STATE_KINDS
from .parse_supports import PARSE_CHECKS
from .registry import RuleTable
from .support_cues import (
    arrested_by_no_one_named,
    breaks_out,
    criminal_destruction,
    crowd_doers,
    crowd_sides,
    damaged_with_it,
    done_with_shots,
    explosive_went_off,
    frees_prisoners,
    imposed_curfew,
    person_object,
    takes_place,
    thrown,
)
from .unclaimed import told_in_a_report_on

SupportRule = Callable[[dict, Span, Span, list, list], bool]

#: the support rules by ``support`` value
SUPPORT: RuleTable[SupportRule] = RuleTable("support")


def supported(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Does the sentence hold what the trigger needs (see ``support`` in event_triggers.yaml)?"""
    rule = SUPPORT.get(entry["support"])
    return False if rule is None else rule(entry, trig, sent, actors, casualties)


def supported_reading(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> dict | None:
    """The first reading of the trigger whose support the sentence holds: the entry itself, else each of
    its ``otherwise`` readings in turn (with their own type, sub and support); None when none holds."""
    for reading in trigger_readings(entry):
        if supported(reading, trig, sent, actors, casualties):
            return reading
    return None


def _kinds(actors: list) -> set[str]:
    return {a.kind for a in actors}


def _violent_casualties(casualties: list) -> list:
    """People killed or injured (not "no one was hurt")."""
    return [c for c in casualties if c.status in ("killed", "injured") and not c.negated]


@SUPPORT.rule("none")
def specific_alone(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A trigger specific enough alone ("air strike", "suicide bomber") needs nothing more."""
    return True


@SUPPORT.rule("casualties")
def people_killed_or_hurt(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A killed or injured count in the sentence ("inter-clan violence left five people dead"), or
    violence between communities told as having broken out ("communal violence erupted")."""
    return bool(_violent_casualties(casualties)) or (
        identity_label(trig.root) is not None and breaks_out(trig.root)
    )


@SUPPORT.rule("violence")
def signs_of_violence(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """An armed actor or a government, a killed/injured count, a weapon word other than the trigger, shots
    as the means of an act done to something, people as the object (or, for looting and destruction,
    civilian property), a thing hit that a joined verb damaged too, crowds on the sides of a clash, or an
    explosive that went off or was thrown."""
    weapons = trigger_words("weapon_words")
    return (
        bool(_kinds(actors) & (ARMED_KINDS | {"government"}))
        or bool(_violent_casualties(casualties))
        or any(t.lemma_.lower() in weapons and t not in trig for t in sent)  # not "a rocket" itself
        or done_with_shots(trig.root)
        or person_object(trig.root, actors, things=entry["sub"] == "Looting/property destruction")
        or damaged_with_it(trig.root, actors)
        or crowd_sides(trig.root, actors)
        or explosive_went_off(trig.root)
        or any(t.lemma_.lower() in trigger_words("riot_crowds") for t in subjects_of(trig.root))
    )


@SUPPORT.rule("foreign")
def two_countries(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Talks need governments or state forces of two countries or more, or an international organisation."""
    countries = {
        a.country_code for a in actors if a.country_code and a.kind in STATE_KINDS
    }
    return len(countries) >= 2 or "international_org" in _kinds(actors)


@SUPPORT.rule("state")
def state_forces_present(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Arrests need state security forces in the sentence or a named armed group making them
    (``_de_facto_authority``), or a person arrested in the passive with no
    one named as doing it ("a spokesman of the rebel leader was arrested in Lubumbashi": by the
    authorities, whose work an arrest is), unless the sentence or the whole report tells of an accident
    ("the tram's driver was arrested": a criminal case, no political arrest)."""
    if told_in_a_report_on(sent, "crash_words"):
        return False  # "the tram's driver was arrested on suspicion of manslaughter"
    if _kinds(actors) & STATE_FORCE_KINDS or _de_facto_authority(trig, actors):
        return True
    accident = trigger_words("accident_words")
    return arrested_by_no_one_named(trig.root) and not any(t.lemma_.lower() in accident for t in sent)


def _de_facto_authority(trig: Span, actors: list) -> bool:
    """A named rebel group or militia that makes the arrest itself ("the SDF arrested 12 suspected IS
    members"): ACLED counts arrests by any actor exercising de facto control over territory; unnamed gunmen
    who "detain" travellers abduct them."""
    makers = {t.i for t in doers(trig.root)}
    return any(
        a.kind in NON_STATE_ARMED_KINDS and a.head in makers and not a.name.startswith("Unidentified")
        for a in actors
    )


@SUPPORT.rule("armed")
def armed_actor_present(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """An armed or state security actor in the sentence."""
    return bool(_kinds(actors) & ARMED_KINDS)


@SUPPORT.rule("forces")
def forces_not_just_police(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A movement of forces needs an armed actor other than the police, or police that the trigger
    moves ("300 police officers were deployed in the city", "deployed riot police"): police standing
    guard or patrolling is routine ("police stood patrol"), "a Russian patrol took place" is not."""
    armed = [a for a in actors if a.kind in ARMED_KINDS]
    others = [a for a in armed if not trig.start <= a.head < trig.end]  # "police stood patrol"
    moved = {t.i for t in patients_of(trig.root)}
    return any(not is_police(a.name) or a.head in moved for a in (others or armed))


@SUPPORT.rule("territory")
def place_taken(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Its object is a place (a place name or a word of ``territory_objects``: "seized the town"), or the
    trigger seizes something; property only when no state's forces seize it ("police seized a car" is
    law enforcement, "militants seized a school building" looting)."""
    if any(takes_place(t) for t in trig):
        return True
    taken = seized(trig.root)
    if taken == "property":
        state = {a.head for a in actors if a.kind in STATE_KINDS | STATE_FORCE_KINDS}
        return not any(s.i in state for s in doers(trig.root))  # "was seized by police" too
    return taken is not None


@SUPPORT.rule("occupation")
def occupied_by_protesters(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Its subject is people of a protest (``protest_people``: students, workers, residents), not an armed
    actor."""
    people = trigger_words("protest_people")
    subjects = subjects_of(trig.root)
    armed = {a.head for a in actors if a.kind in ARMED_KINDS}
    return any((s.lower_ in people or s.lemma_.lower() in people) and s.i not in armed for s in subjects)


@SUPPORT.rule("thrown")
def thrown_or_attacked_with(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A petrol bomb thrown or attacked with (a ``throwing_verbs`` verb above it): not "police found
    petrol bombs"."""
    return thrown(trig.root)


@SUPPORT.rule("blasting")
def explosives_used_against_something(
    entry: dict, trig: Span, sent: Span, actors: list, casualties: list
) -> bool:
    """Explosives used in a crime, to open or destroy a ``blast_targets`` thing, to rob, attack or kill,
    or a ``blast_targets`` thing blown up ("blew up an ATM"); not "used explosives to catch fish"."""
    return PARSE_CHECKS["blasting"](trig)


@SUPPORT.rule("stoning")
def stones_thrown_at_someone(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Stones, rocks or bottles thrown at someone ("youths threw rocks at the police"); pelting always
    aims; stones thrown into a river do not."""
    return PARSE_CHECKS["stoning"](trig)


@SUPPORT.rule("corrosive")
def harmful_substance_thrown_at_someone(
    entry: dict, trig: Span, sent: Span, actors: list, casualties: list
) -> bool:
    """Acid or another harmful substance thrown at someone ("two men threw acid at a woman"): an attack,
    whoever throws it (ACLED codes acid attacks as attacks on civilians)."""
    return PARSE_CHECKS["corrosive"](trig)


@SUPPORT.rule("arson")
def set_on_fire(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Signs of violence (as for ``violence``), or something set on fire by someone that is no fire
    itself ("set fire to the machinery"; "the blaze burned down the house" is no arson)."""
    violence = signs_of_violence({**entry, "support": "violence"}, trig, sent, actors, casualties)
    return violence or PARSE_CHECKS["arson"](trig)


@SUPPORT.rule("destruction")
def destroyed_in_violence_or_by_a_crowd(
    entry: dict, trig: Span, sent: Span, actors: list, casualties: list
) -> bool:
    """Looting or vandalism needs signs of violence (as for ``violence``), a crowd doing it ("students
    vandalised the university building", "a mob looted shops"; not "unknown people", not a flag), or a
    verb that is always a crime done to property or homes (``criminal_destruction_verbs``: "party
    enforcers torched and vandalised vehicles"; not "the striker torched the defence")."""
    violence = signs_of_violence({**entry, "support": "violence"}, trig, sent, actors, casualties)
    return violence or crowd_doers(trig.root, actors) or criminal_destruction(trig.root)


@SUPPORT.rule("theft")
def stolen_by_armed_men_or_a_crowd(
    entry: dict, trig: Span, sent: Span, actors: list, casualties: list
) -> bool:
    """Theft needs its doers named: an armed actor as the subject or "by" agent ("gunmen robbed
    travellers", "goats were stolen by bandits"), or a crowd ("a mob ransacked shops"); not "shops have
    been robbed", not "a thief stole a phone"."""
    armed = [a.head for a in actors if a.kind in ARMED_KINDS]  # in the doer's phrase: "the army's 11th LID"
    named = any(d.left_edge.i <= h <= d.right_edge.i for d in doers(trig.root) for h in armed)
    return named or crowd_doers(trig.root, actors)


@SUPPORT.rule("burning")
def burnt_by_someone(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """ "Burned" needs something burnt by someone that is no sign, barricade, crop or body part
    ("militiamen burned several houses"; not "crowds burned the flag", "burned his hand")."""
    return PARSE_CHECKS["burning"](trig)


@SUPPORT.rule("seizure")
def something_seized(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """The trigger seizes weapons or goods (see ``eventx.seizure``)."""
    return seized(trig.root) is not None


@SUPPORT.rule("purpose")
def gathering_with_a_purpose(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """People gathering whose clause says they protest something ("journalists gathered to denounce
    ..."), or protesters gathering."""
    return protest_purpose(trig.root)


@SUPPORT.rule("prisoners")
def prisoners_released(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A release whose object is people held ("released 52 Taliban prisoners")."""
    return frees_prisoners(trig.root)


@SUPPORT.rule("authority")
def curfew_imposed_by_state(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A curfew imposed (not violated) with state forces or a government in the sentence."""
    return bool(_kinds(actors) & STATE_KINDS) and imposed_curfew(trig.root)


@SUPPORT.rule("people")
def protesting_people(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A march or rally needs protesters: a crowd noun as the trigger, a ``protest_people`` word or a
    protester actor in the sentence, to be held or staged ("a mass rally was held in support of the
    State Counsellor"), or a purpose of protest ("people marched against the new law"); a memorial
    procession with no word of protest is none."""
    people = trigger_words("protest_people")
    if memorial(sent):
        return False  # "a group of 100 people marched ... carrying flowers for the victims"
    if one_person_s_gathering(trig.root):
        return False  # "President Duterte held a rally in Davao"
    return (
        trig.root.lemma_.lower() in trigger_words("crowd_nouns")
        or any(t.lower_ in people for t in sent)
        or "protesters" in _kinds(actors)
        or staged(trig.root)
        or with_a_protest_purpose(trig.root)  # "thousands of people marched against the new law"
    )


@SUPPORT.rule("staged")
def staged_by_someone(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A strike (a walkout) needs to be held, staged or called ("civil society groups organised a strike
    in Kavumu", ``staging_verbs``), not launched at something ("launched a strike on rebel positions")."""
    return staged(trig.root)


@SUPPORT.rule("blockade")
def blocked_by_people(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A road, access or traffic blocked (``blocked_things``) by unarmed people in the plural or as a crowd
    ("truck drivers blocked the main roads", "worshippers blocked access to the church"); not by police."""
    things = trigger_words("blocked_things")
    return any(o.lemma_.lower() in things for o in patients_of(trig.root)) and crowd_doers(trig.root, actors)


@SUPPORT.rule("dispersal")
def crowd_dispersed(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """A crowd dispersed by state forces named in the sentence: people of a protest or a gathering as the
    object (``protest_people``, ``dispersed_crowds``: "police used tear gas to disperse the locals",
    "dispersed a crowd"); ACLED codes it as a protest met with intervention. Not "the smoke dispersed",
    not "dispersed the rebels", not "to disperse hundreds of staff members to battleground states"."""
    words = trigger_words("protest_people") | trigger_words("dispersed_crowds")
    people = any(o.lower_ in words or o.lemma_.lower() in words for o in _people_of(patients_of(trig.root)))
    return people and bool(_kinds(actors) & STATE_FORCE_KINDS)


def _people_of(nouns: list) -> list:
    """The nouns, and the people of a quantity or group noun ("hundreds of residents")."""
    return [*nouns, *(g for n in nouns for g in prep_objects(n, ("of",)))]


from . import strategic_support  # noqa: E402, F401  (registers its rules in SUPPORT)

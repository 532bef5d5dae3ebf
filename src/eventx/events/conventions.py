"""ACLED coding conventions applied to an incident's actors once its type and place are known.

- Roles fixed by event type (``role_conventions.yaml``): the crowd of a protest or riot and the state
  forces facing it, an "Unidentified Armed Group" for violence with no named perpetrator, the default
  target of violence against civilians; kinds barred from initiating a type.
- Fire along a known front line (``front_lines.yaml``) that names no side has the line's two sides.
- State forces seizing contraband: the goods are a gang's (a political militia's) loss.
- Localisation: a generic actor name of no stated country takes the event's ("Police Forces of
  Myanmar"); one actor per name and role.
"""

from __future__ import annotations

from ..actorlex import canonical_name, generic_template, identity_name, template_of
from ..data import actor_lexicon, load_yaml, trigger_words
from ..doctools import cites, span_text
from ..models import NOT_INITIATORS, Actor, Location
from ..seizure import seized
from .kinds import (
    ARMED_KINDS,
    NON_STATE_ARMED_KINDS,
    STATE_FORCE_KINDS,
    UNARMED_CROWD_KINDS,
    role_conventions,
)
from .mentions import Incident, Layers
from .role_cues import is_symmetric
from .sides import as_actor, state_actors_near


def _seizes_contraband(inc: Incident, actors: list[Actor]) -> bool:
    """State forces seizing goods ("police seized 5 tons of marijuana"): the goods are a gang's."""
    if not any(a.role == "initiator" and a.kind in STATE_FORCE_KINDS for a in actors):
        return False
    verbs, contraband = trigger_words("seizure_verbs"), trigger_words("contraband")
    return any(
        m.trigger.lemma_.lower() in verbs
        and seized(m.trigger) == "goods"
        and any(t.lemma_.lower() in contraband for t in m.trigger.subtree)
        for m in inc.mentions
    )


def _front_line_sides(inc: Incident, country: str | None, actors: list[Actor]) -> list[Actor]:
    """The two sides of a known front line (``front_lines.yaml``) for fire along it that names neither:
    "the OSCE SMM observed 52 explosions in both directions of the frontline near Sokilnyky"."""
    line = front_line(inc, country)
    if line is None:
        return []
    first, second = line["sides"]
    out = [Actor(name=first["name"], role="initiator", kind=first["kind"], country_code=first["country"])]
    if not any(a.role == "target" for a in actors):
        out.append(
            Actor(name=second["name"], role="target", kind=second["kind"], country_code=second["country"])
        )
    return out


def front_line(inc: Incident, country: str | None) -> dict | None:
    """The known front line (``front_lines.yaml``) the incident's fire is reported along: one whose cues
    its sentences name, in the line's country (or, with no country, one of its ``cues_anywhere``)."""
    table = load_yaml("front_lines.yaml")
    if inc.event_type not in table["types"]:
        return None
    text = " ".join(span_text(m.sent) for m in inc.mentions)
    for line in table["front_lines"]:
        cues = (
            line["cues"] if country == line["country"] else line["cues_anywhere"] if country is None else []
        )
        if cites(text, cues):
            return line
    return None


def convention_actors(inc: Incident, location: Location | None, layers: Layers) -> list[Actor]:
    """Roles that ACLED fixes by event type (``role_conventions.yaml``), on top of those read from the
    parse: the crowd of a protest or riot, the state forces facing it, an "Unidentified Armed Group" for
    violence whose perpetrator is not named, and the civilian target of violence against civilians when
    the text names the victim only as "a man" or "a school"."""
    conv = role_conventions()
    key = f"{inc.event_type}/{inc.sub_event_type}"
    country = location.country if location else None
    code = location.country_code if location else None
    actors = list(inc.actors)
    crowd_kind = conv["crowds"].get(inc.event_type)
    if crowd_kind is not None:
        actors = _crowd_event_actors(inc, actors, crowd_kind, location, layers)
    barred = NOT_INITIATORS.get(inc.event_type, frozenset())
    actors = [a for a in actors if not (a.role == "initiator" and a.kind in barred)]
    if not any(a.role == "initiator" for a in actors):
        actors += _front_line_sides(inc, code, actors)
    default = _default_initiator(inc, actors)
    if default is not None and not any(a.role == "initiator" for a in actors):
        kind = _template_kind(default)
        home = code if kind in STATE_FORCE_KINDS else None  # a country's police or military are its own
        name = canonical_name(default, country)
        actors.insert(0, Actor(name=name, role="initiator", kind=kind, country_code=home))
    if key in conv["officials_as_civilians"] or inc.event_type in conv["officials_as_civilians"]:
        actors = [_official_as_civilian(a, country, code) for a in actors]
    default = conv["default_target"].get(key) or conv["default_target"].get(inc.event_type)
    if _mob_fight(inc):
        default = "rioters"  # "two groups clashed at the water plant": the crowd on both sides
    if _seizes_contraband(inc, actors):
        default = "political_militia"  # drugs seized by the police: the traffickers' loss (ACLED: a gang)
    if default is not None and not any(a.role == "target" for a in actors):
        kind = _template_kind(default)
        actors.append(
            Actor(name=canonical_name(default, country), role="target", kind=kind, country_code=code)
        )
    return actors


def _official_as_civilian(actor: Actor, country: str | None, code: str | None) -> Actor:
    """A government target named by an office-holder ("a barangay councilor", "the local governor",
    "Kakamega senator", "an MP": ``office_holder_nouns``) is civilians (``officials_as_civilians``); a
    state, an institution or a building ("Greece", "the ministry", "the district office") and every
    other actor stay as they are."""
    words = (actor.text or "").split()
    if actor.role != "target" or actor.kind != "government" or not words:
        return actor
    last, holders = words[-1].lower(), actor_lexicon()["office_holder_nouns"]
    if last not in holders and last.removesuffix("s") not in holders:  # "two lawmakers"
        return actor
    update = {"kind": "civilians", "name": canonical_name("civilians", country)}
    return actor.model_copy(update={**update, "country_code": actor.country_code or code})


def _crowd_event_actors(
    inc: Incident, actors: list[Actor], crowd_kind: str, location: Location | None, layers: Layers
) -> list[Actor]:
    """A protest's or riot's actors: the crowd (``crowds``), the state forces and armed groups in the
    role the sub-type gives them (``force_role_in_crowd_events``; also state forces named nearby), and
    the others."""
    conv = role_conventions()
    key = f"{inc.event_type}/{inc.sub_event_type}"
    country = location.country if location else None
    code = location.country_code if location else None
    force_role = conv["force_role_in_crowd_events"].get(key)
    # armed groups act on peaceful protesters; in a riot they may be on the rioters' side
    armed = ARMED_KINDS if inc.event_type == "Protests" else STATE_FORCE_KINDS
    forces = [a for a in actors if a.kind in armed]
    if force_role is not None:
        named = {a.name for a in forces}
        forces = [a.model_copy(update={"role": force_role}) for a in forces]
        forces += [
            as_actor(a, force_role, violent=True)
            for a in state_actors_near(inc.mentions, layers)
            if a.name not in named
        ]
    others = [  # the crowd stands for the people in it; a protest has no civilian target
        a
        for a in actors
        if a.kind not in armed
        and not (a.role == "initiator" and a.kind in UNARMED_CROWD_KINDS)
        and a.kind != crowd_kind  # "soldiers beat protesters": the protesters are the crowd itself
        and not (inc.event_type == "Protests" and a.kind == "civilians")
    ]
    crowd = Actor(
        name=canonical_name(crowd_kind, country),
        role=conv["crowd_role"].get(key, "initiator"),
        kind=crowd_kind,
        country_code=code,
    )
    return [crowd, *forces, *_crowd_on_both_sides(inc, actors, others, crowd)]


def _crowd_on_both_sides(
    inc: Incident, actors: list[Actor], others: list[Actor], crowd: Actor
) -> list[Actor]:
    """ "two groups of supporters clashed": in a riot, a target that is the initiating crowd itself (the
    one phrase names both sides) is that crowd too, rioters on both sides as ACLED codes mob clashes.
    So is every civilian side of a mob's fight ("fighting broke out between the mob and the villagers");
    a fight that names no other side has the crowd on both (``convention_actors``)."""
    if inc.event_type != "Riots" or crowd.role != "initiator":
        return others
    crowd_texts = {a.text for a in actors if a.role == "initiator" and a.kind == "civilians" and a.text}
    fight = _mob_fight(inc)
    return [
        crowd.model_copy(update={"role": "target", "text": a.text})
        if a.role == "target" and a.kind == "civilians" and (fight or a.text in crowd_texts)
        else a
        for a in others
    ]


def _mob_fight(inc: Incident) -> bool:
    """Mob violence told only by words of fighting between sides (``symmetric_triggers``: "clashed",
    "a brawl", "fighting broke out between"), not also by an act of one side on another told apart ("a
    mob beat a suspected thief to death"; an act the trigger step folds into the fight's mention, as in
    "clashed with traders and beat a shopkeeper", is not seen)."""
    told = [m for m in inc.mentions if m.entry is not None and not m.background]
    return inc.sub_event_type == "Mob violence" and bool(told) and all(is_symmetric(m.trigger) for m in told)


def _template_kind(default: str) -> str:
    """The actor kind of a convention's default: a kind, or the template key for the police."""
    return "state_forces" if default == "police" else default


def _default_initiator(inc: Incident, actors: list[Actor]) -> str | None:
    """The kind (or the police's template key) of initiator the event type or sub-type implies when none
    is named (``default_initiator``); none for a battle with no one killed and no armed group on the
    other side."""
    defaults = role_conventions()["default_initiator"]
    default = defaults.get(f"{inc.event_type}/{inc.sub_event_type}") or defaults.get(inc.event_type)
    killed = any(c.status == "killed" and not c.negated for m in inc.mentions for c in m.casualties)
    if (
        inc.event_type == "Battles"
        and not killed
        and not any(
            a.role == "target" and a.kind in NON_STATE_ARMED_KINDS
            for a in actors
        )
    ):
        default = None  # "fans clashed with police": no armed group to invent
    return default


def localise(actors: list[Actor], location: Location | None) -> list[Actor]:
    """Actors of no stated country take the event's country when their name is a generic template
    ("Police Forces" in Myanmar -> "Police Forces of Myanmar"): domestic forces and people."""
    if location is None or not location.country_code or not location.country:
        return actors
    out = []
    for a in actors:
        template = generic_template(a.name) if a.country_code is None else None
        if template is not None:
            update = {"name": canonical_name(template, location.country)}
            if template not in NON_STATE_ARMED_KINDS:
                update["country_code"] = location.country_code  # an armed group's origin is not known
            a = a.model_copy(update=update)
        elif a.kind == "identity_militia" and a.country_code is None and not a.name.endswith(")"):
            a = a.model_copy(
                update={"name": identity_name(a.name.removesuffix(" Militia"), location.country)}
            )
        out.append(a)
    return out


def dedupe_actors(actors: list[Actor]) -> list[Actor]:
    """One actor per name and role; a generic name without its country goes where the same role has
    that name with one ("Military Forces" beside "Military Forces of Algeria": one army), and an
    unidentified armed group where the same role has a named one ("ADF militiamen kidnapped two men ...
    The assailants also stole goats": the assailants are the ADF)."""
    seen, out = set(), []
    placed = {(template_of(a.name), a.role) for a in actors if a.name != _bare_name(a.name)}
    named_armed = {a.role for a in actors if a.kind in NON_STATE_ARMED_KINDS and template_of(a.name) is None}
    for a in actors:
        key = (a.name, a.role)
        if key in seen or (a.name == _bare_name(a.name) and (template_of(a.name), a.role) in placed):
            continue
        if a.role in named_armed and template_of(a.name) in NON_STATE_ARMED_KINDS:
            continue
        seen.add(key)
        out.append(a)
    return out


def _bare_name(name: str) -> str | None:
    """The country-less form of a generic name ("Military Forces of Algeria" -> "Military Forces")."""
    template = template_of(name)
    return canonical_name(template, None) if template is not None else None

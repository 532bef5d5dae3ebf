"""Which place an incident takes (documented in docs/pipeline.md).

The most precise place named in the incident's sentences (not a dateline, not a capital standing for its
government, not where people came from or where its reporter speaks from, not a place beside an act
that names its own), in the incident's country, else the first town of a road they name by the towns
it joins (context "road", which nothing else reads), else a place their sentences name for another
act; when they name nothing finer than a country, the finer place the headline or lead names inside
it; else the article's main place; with no place at all, the country of its domestic actors or of the
known front line it is reported along, else the one country of its actors that act at home (its
people, armed groups, government, forces), else the country the whole text leads to.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from ..actorlex import group_in, is_police
from ..data import trigger_words
from ..geo.context import distance_km
from ..geo.evidence import document_countries
from ..geo.gazetteer import get_gazetteer
from ..geo.lexicon import place_words
from ..geo.names import normalize_name
from ..models import Actor, Location
from ..records import PRECISION_RANK, PlaceMention
from ..syntax import attached_as, preposition_of, verb_of_subject_phrase
from .apart import locative_of, names_no_site
from .conventions import front_line
from .lead import lead_place
from .mentions import Incident, Layers
from .role_cues import report_verbs


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


#: how far from a district's point (its largest town) a town of its province may lie and be in it
DISTRICT_REACH_KM = 100.0


def _may_lie_in(town: PlaceMention, district: PlaceMention) -> bool:
    """A town the gazetteer puts in no district may lie in a district the text names: same province, and
    near its point where both have one ("Katanda (Walikale, North Kivu)" is not the Katanda of
    Rutshuru)."""
    if normalize_name(town.admin1 or "") != normalize_name(district.admin1 or ""):
        return False
    if None in (town.latitude, town.longitude, district.latitude, district.longitude):
        return True
    return distance_km(town, district) <= DISTRICT_REACH_KM


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
        elif not own and p.resolved and _may_lie_in(p, areas[0]):
            out.append(p)  # a town the gazetteer puts in no district is not outside the one named
            # ("Oicha (Beni, Nord-Kivu)")
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
    named = [p for m in inc.mentions for p in m.places]
    places = [p for p in named if p.context == "mention"]
    if not places:
        places = [p for p in named if p.context == "road"]  # "along the Beni-Butembo road": Beni
        if places:
            return _on_the_road(inc, places[0], doc)
        if inc.event_type != "Diplomacy" and not all(m.background for m in inc.mentions):
            places = _sentence_places(inc, layers, doc)
    places = [p for p in places if not _origin(doc, p)] or places
    places = [p for p in places if not _speaker_place(doc, p)] or places
    places = [p for p in places if not _beside_the_act(inc, doc, p)] or places
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
    return None if best is None else _location_of(best)


def _location_of(best: PlaceMention) -> Location:
    """The event location of a place mention."""
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


def _on_the_road(inc: Incident, road: PlaceMention, doc: Doc) -> Location:
    """The place of an incident on a road named by the towns it joins: its first town, or a village the
    gazetteer lacks that its own sentences name on it ("on the Calabar-Ikom highway in Iwuru"), with the
    road town's areas and point at its first-level area's precision."""
    told = [m for m in inc.mentions if not m.background] or inc.mentions
    villages = [p for m in told for p in m.places if p.context == "unplaced" and not _origin(doc, p)]
    location = _location_of(road)
    if not villages:
        return location
    first = min(villages, key=lambda p: p.start)
    precision = "admin1" if road.admin1 else "country"
    update = {"name": first.name, "gazetteer_name": None, "text": first.text, "admin2": None}
    return location.model_copy(update={**update, "precision": precision})


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


def _sentence_places(inc: Incident, layers: Layers, doc: Doc) -> list[PlaceMention]:
    """The places of the incident's sentences that another act of them holds (not one written after a
    preposition that names no site, "integration with Russia", nor one of an act named inside the
    incident's own): "demonstrations in Portland turned violent and one person was shot" places the
    shooting in Portland, not in the article's main place."""
    sentences = {m.sent.start_char for m in inc.mentions}
    return [
        p
        for p in layers.places
        if p.context == "mention"
        and p.sent_start in sentences
        and not names_no_site(doc, p)
        and not _inside_an_act(inc, doc, p)
    ]


def _inside_an_act(inc: Incident, doc: Doc, place: PlaceMention) -> bool:
    """The place lies inside the phrase of one of the incident's acts without being its place: another act
    named in it holds it ("arrested three suspects in connection with the bombing in Mogadishu")."""
    root = _place_root(doc, place)
    return root is not None and any(_in_phrase(root, m.trigger) for m in inc.mentions)


def _beside_the_act(inc: Incident, doc: Doc, place: PlaceMention) -> bool:
    """A place outside the phrase of an act that names its own place in the same sentence, with a
    preposition of the act word itself: "officials in Nairobi condemned the attack in Mandera", "talks in
    Geneva about the protests in Basra", "the minister spoke in Baghdad about the bombing in Kirkuk" are
    Mandera, Basra and Kirkuk; "met in Baghdad and agreed to set up centres in Erbil" stays Baghdad. The
    verb an act noun is the subject of tells the act too ("the attack in Borno State killed five people
    in Damboa": Damboa)."""
    root = _place_root(doc, place)
    if root is None:
        return False
    beside = False
    for m in inc.mentions:
        if not m.sent.start <= root.i < m.sent.end:
            continue
        act = m.trigger
        if _in_phrase(root, act.head if attached_as(act, "any_subject") else act):
            return False
        own = [p for p in m.places if p.context == "mention" and locative_of(doc, p, act, direct=True)]
        beside = beside or any(p is not place for p in own)
    return beside


def _in_phrase(tok: Token, head: Token) -> bool:
    """The token lies in the phrase ``head`` heads (its subtree)."""
    return head.left_edge.i <= tok.i <= head.right_edge.i


def _speaker_place(doc: Doc, place: PlaceMention) -> bool:
    """A place named in the phrase of who reports ("a spokesman at its headquarters in Potsdam said
    that police fought the attackers"): where the report comes from, not where the act happened."""
    return _subject_of(doc, place, set(report_verbs()))


def _speaks(doc: Doc, place: PlaceMention) -> bool:
    """A state that speaks of the incident: the subject of a verb of reporting or of judging it ("The
    US condemned the attack", ``observer_verbs``)."""
    return _subject_of(doc, place, set(report_verbs()) | trigger_words("observer_verbs"))


def _subject_of(doc: Doc, place: PlaceMention, verbs: set[str]) -> bool:
    """The place is named in the subject phrase of one of ``verbs``."""
    root = _place_root(doc, place)
    verb = verb_of_subject_phrase(root) if root is not None else None
    return verb is not None and verb.lemma_.lower() in verbs


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
    as a matter of course ("Turkish warplanes"; ``forces_abroad_countries`` in places.yaml). Where the
    actors are of two countries, a state attacked on its ground decides (``_state_attacked_at_home``);
    else it is left open."""
    with_country = [a for a in inc.actors if a.country_code]
    codes = {a.country_code for a in with_country}
    if len(codes) > 1:
        code = _state_attacked_at_home(with_country)
        return _country_location(code) if code else None
    if not codes or not any(_acts_at_home(a) for a in with_country):
        return None
    return _country_location(codes.pop())


def _state_attacked_at_home(actors: list[Actor]) -> str | None:
    """The one country of the targets that are a state's forces, police or government acting at home,
    attacked by no state ("ISWAP militants shelled a Chadian army position": Chad, whatever country the
    attackers come from); None when a state's forces are among the initiators, when no target is such a
    force, or when targets of two countries are."""
    state = ("state_forces", "government")
    if any(a.role == "initiator" and a.kind in state for a in actors):
        return None  # "Pakistani troops and Afghan border guards clashed": either side's ground
    codes = {a.country_code for a in actors if a.role == "target" and a.kind in state and _acts_at_home(a)}
    return codes.pop() if len(codes) == 1 else None


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


def document_country(inc: Incident, doc: Doc, places: list[PlaceMention]) -> Location | None:
    """With no place at all and no actor of a country (actors decide first: ``actors_country``), the
    country the text is about, at country precision: the one its countries named or implied (demonyms,
    domestic groups, parties and state institutions: ``geo.evidence.document_countries``) and its places
    (areas written anywhere, the headline's) point to, when it leads all others twice over ("two Nepali
    Congress candidates", "The Chadian authorities opened an inquiry"). A state that speaks of it ("The
    US condemned the killing") is no vote. None when the text points nowhere or two ways."""
    if any(a.country_code for a in inc.actors):
        return None  # "Turkish warplanes" strike abroad; "the Ugandan army struck Mai-Mai positions"
    speakers = [p for p in places if p.context == "government" and _speaks(doc, p)]
    placed = Counter(p.country_code for p in places if p.country_code and p not in speakers)
    speaking = Counter(p.country_code for p in speakers if p.country_code)
    votes = document_countries(doc) + placed - speaking  # "The US condemned the killing": a speaker
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return _country_location(ranked[0][0])


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

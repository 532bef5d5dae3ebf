"""The place mentions of a document: the eventx_places pipe's work (``place_mentions``).

Candidates are the model's GPE/LOC/FAC entities and the place chains the text writes. The
document's own countries (named countries and demonyms such as "Turkish") decide between namesakes;
population breaks the remaining ties. A capital used as the actor of a clause ("Ankara ramped up
pressure", "Moscow announced") is marked ``government``: it stands for a state, not a place where
something happened. A place at the head of the first line followed by a dash or a news-agency tag is
the ``dateline`` (where the report was filed). Places named in the headline, the line with no sentence
end just above the story, which the document pipe sets aside as furniture, are ``headline`` mentions:
the event stage lets the incident the story tells inherit them (``events.location``).
"""

from __future__ import annotations

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from ..actorlex import armed_group, is_person_noun
from ..doctools import content_sents, in_ranges, sentence_ents, sentences, span_text
from ..records import PlaceMention
from ..syntax import attached_as, of_head
from .chain_choice import resolve_chain
from .chains import saints_thing
from .context import PlaceContext, build_context
from .evidence import (
    capital_pronoun,
    dateline_range,
    document_countries,
    front_line_areas,
    is_government,
    modifies_a_force,
    modifies_thing,
    person_names,
    place_names,
    province_names,
    written_areas,
)
from .gazetteer import Place, get_gazetteer
from .items import in_group_name, is_place_chain, names_a_medium, sentence_chains
from .lexicon import (
    NOT_NAMES,
    PLACE_LABELS,
    area_words,
    facility_modifiers,
    facility_words,
    not_places,
    office_holders,
    place_words,
)
from .mentions import chain_mentions, dateline_places, make_mention, settlement_mentions
from .written import as_written, place_key, resolve_place


def resolve_entity(ent: Span, sent: Span, ctx: PlaceContext, people: set[str]) -> Place | None:
    """The place an entity names: GPE/LOC/FAC entities, and one-word ORG entities that name a town
    of the document's countries (the model often tags small towns ORG: "Saraqib")."""
    text = ent.text
    if text.lower().removeprefix("the ") in not_places() or not any(t.text[:1].isupper() for t in ent):
        return None  # a region of the stop list, or "marijuana" tagged PERSON
    if capital_pronoun(ent) or names_a_medium(ent[0]):
        return None  # "THEY TOLD US" in a text in capitals; "radio Venceremos"
    root = ent.root
    of_people = is_person_noun(root.head.lower_, root.head.lemma_.lower())
    if of_people and (
        attached_as(root, "adjective") or (attached_as(root, "compound") and ent.label_ in ("NORP", "LOC"))
    ):
        return None  # "Papuan students", "Kurdish fighters": people, not a place ("Gaza residents" are)
    if in_group_name(sent, ent.start_char, text) or modifies_thing(ent, "money_nouns"):
        return None  # "the Islamic State in Greater Sahara", "the US dollar exchange rate"
    if ent.label_ in PLACE_LABELS and (text.lower() in people or _runs_into_a_name(ent, people)):
        return None  # "Erdogan" tagged GPE in a text that names Recep Tayyip Erdogan
    if ent.label_ in PLACE_LABELS:
        return resolve_place(text, ctx)
    if ent.label_ in NOT_NAMES or armed_group(text) is not None:
        return None
    named = _facility_place_name(ent)
    if named is not None:  # "Hama Airbase", "the Baalbek Governorate building", "the Mayor of Tyr"
        place = resolve_place(named, ctx)
        cut = named != ent.text and named != ent.text.removeprefix("the ")  # "Hope Academy" -> "Hope"
        return place if place is not None and (not cut or _may_name_a_facility(named, place, ctx)) else None
    place = resolve_place(text, ctx)
    if place is not None and ctx.admin_named(place):
        return place  # "Oicha (Beni, Nord-Kivu)" tagged PERSON: its admin area is named, so it is a place
    if ent.label_ == "ORG" and len(ent) == 1:
        top = max(ctx.countries.values(), default=0.0)
        fits = place is not None and ctx.countries.get(place.country_code, 0.0) >= max(top / 2, 1.0)
        if fits and fuzz.ratio(text, place.name) >= 80:
            return place
    return None


def _runs_into_a_name(ent: Span, people: set[str]) -> bool:
    """The entity and the capitalised word after it are words of a person's name the document gives
    ("the body of [Santana] Rojas" in a text naming Roberto Santana Rojas)."""
    if ent.end >= len(ent.doc) or not ent.doc[ent.end].text[:1].isupper():
        return False
    phrase = f" {ent.text} {ent.doc[ent.end].text} ".lower()
    return any(phrase in f" {name} " for name in people)


#: people a place must have to name a facility in a text that points to no country: a town of that size
#: is seldom a common word ("Liberty High School" is no school of Liberty, Missouri)
_FACILITY_TOWN_SIZE = 100_000


def _may_name_a_facility(named: str, place: Place, ctx: PlaceContext) -> bool:
    """A town cut from a facility's name ("Garissa" of "Garissa High School") is the facility's place
    where the town is in a country the text points to, or, in a text that points to none, where the
    name is one country's only or the town is large ("Baalbek Governorate", "Garissa High School"; not
    "Hope Academy": towns called Hope lie in several countries); never a generic area word ("Central
    Primary School": ``generic_area_words``)."""
    if named.lower().removeprefix("the ") in place_words("generic_area_words"):
        return False
    top = max(ctx.countries.values(), default=0.0)
    if top > 0:
        return ctx.countries.get(place.country_code, 0.0) >= top / 2
    _, hits = ctx.match(named)
    return len({p.country_code for p in hits}) == 1 or place.population >= _FACILITY_TOWN_SIZE


def place_mentions(doc: Doc) -> list[PlaceMention]:
    """The place mentions of ``doc``, in text order: its dateline, the names of its place chains, and its
    place-like entities (``resolve_entity``)."""
    gaz = get_gazetteer()
    people, surnames = person_names(doc)
    headline = headline_sentence(doc)
    sents = ([headline] if headline is not None else []) + list(content_sents(doc))
    written = {sent.start_char: sentence_chains(doc, sent, frozenset(surnames)) for sent in sents}
    chains = {start: [c for c in cs if is_place_chain(c)] for start, cs in written.items()}
    all_chains = [c for cs in chains.values() for c in cs]
    other_chains = [c for cs in written.values() for c in cs if not is_place_chain(c)]
    names = place_names(doc, people, all_chains) + province_names(other_chains, people)
    ctx = build_context(names, document_countries(doc))
    ctx.areas = written_areas(all_chains)
    dateline = dateline_range(doc)
    mentions: list[PlaceMention] = dateline_places(doc, dateline, ctx) if dateline else []
    taken = [(m.start, m.end) for m in mentions]
    ents = sentence_ents(doc)
    for sent in sents:
        ctx.confined = front_line_areas(span_text(sent))  # only sentences that cite the line
        found: list[PlaceMention] = []
        for chain in chains[sent.start_char]:
            chain.items = [it for it in chain.items if not _overlaps(it.start, it.end, taken)]
            if chain.items:
                resolve_chain(ctx, chain, place_key)
                found.extend(chain_mentions(doc, sent, chain, ctx))
        for chain in written[sent.start_char]:
            if not is_place_chain(chain):
                found.extend(settlement_mentions(doc, sent, chain, ctx))
        # names of place chains are settled by the chain, even those it left unplaced
        covered = [(it.start, it.end) for chain in chains[sent.start_char] for it in chain.items] + taken
        for ent in map(_without_possessive, (e for e in ents[sent.start] if not _a_saints_thing(e))):
            if _overlaps(ent.start_char, ent.end_char, covered):
                continue
            if ent.text.lower() in surnames and not (len(ent) > 1 and ent.label_ in PLACE_LABELS):
                continue  # "Clinton" of Hillary Clinton, not Clinton, Ohio in a text naming Ohio
            place = resolve_entity(ent, sent, ctx, people)
            if place is None:
                continue
            if place.kind == "country" and modifies_a_force(ent):
                context = "modifier"  # "a Myanmar army position": whose forces, not a place or a state
            else:
                context = "government" if is_government(ent, place, gaz) else "mention"
            named = _facility_place_name(ent) if ent.label_ not in PLACE_LABELS else None
            extra = {"admin1": as_written(named)} if named and place.kind == "admin1" else {}
            found.append(
                make_mention(place, ent.start_char, ent.end_char, ent.text, sent.start_char, context, **extra)
            )
        if sent is headline:  # the headline's places are the story's, not a mention of its own
            found = [
                m.model_copy(update={"context": "headline"}) if m.context == "mention" else m for m in found
            ]
        mentions.extend(found)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _a_saints_thing(ent: Span) -> bool:
    """ "[St. John's] church": the model's entity is a saint's name before the thing it names
    (``saints_thing``)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and saints_thing(ent.text, " " + after.text)


def _without_possessive(ent: Span) -> Span:
    """An entity without the possessive ending the model sometimes takes into it ("New York's")."""
    if len(ent) > 1 and ent[-1].lower_ in place_words("possessive_endings"):
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label)
    return ent


def headline_sentence(doc: Doc) -> Span | None:
    """The headline: the furniture line just above the first line of the story (a line with no sentence
    end, "Gunmen kill three in Lagos market raid"), or None when the story starts the text."""
    furniture = doc._.furniture
    before = None
    for sent in sentences(doc):
        if not span_text(sent).strip():
            continue
        if not (furniture and in_ranges(furniture, sent.start_char)):
            return before
        before = sent
    return None


def _facility_place_name(ent: Span) -> str | None:
    """The place an organisation or building is named after, where its words say it is one ("Hama
    Airbase", "Hakkari Governor's Office", "the Baalbek Governorate building", "Tindouf camps", "the
    Mayor of Tyr"): the name without its facility words, else None (``facility_words``)."""
    words, holders, areas = facility_words(), office_holders(), area_words()
    words_of_name = [t for t in ent if t.lower_ != "the"]
    tokens = list(words_of_name)
    kinds = facility_modifiers()
    while tokens and (tokens[-1].lower_ in words or tokens[-1].lower_ in place_words("possessive_endings")):
        tokens.pop()
        while len(tokens) > 1 and tokens[-1].lower_ in kinds:
            tokens.pop()  # "Garissa High School": "High" goes with "School"
    if tokens and len(tokens) < len(words_of_name):
        return " ".join(t.text for t in tokens)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if tokens and after is not None and (after.lower_ in words | areas or after.lemma_.lower() in words):
        return ent.text  # "Hama Airbase", "the Bet Shemesh neighbourhood"
    holder = of_head(ent.root)
    if holder is not None and holder.lemma_.lower() in holders:
        return ent.text
    return None


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)

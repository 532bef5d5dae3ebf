"""Which capitalised names of a sentence are place names (``item_is_name``), and the place chains of a
sentence built from them (``sentence_chains``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..actorlex import armed_group, is_person_noun
from ..data import actor_lexicon
from ..doctools import in_lower_case, in_ranges, span_text, text_between
from ..syntax import attached_as, climb, dependents, of_head, word_class
from ..text.quantity_lexicon import is_vague_number
from ..text.recase import lower_one_for_one
from .chains import Chain, Item, find_items, link_items
from .gazetteer import get_gazetteer
from .lexicon import (
    NOT_NAMES,
    PLACE_LABELS,
    area_words,
    home_holders,
    inhabitant_nouns,
    not_places,
    office_holders,
    place_words,
    stoplist,
    thing_nouns,
)
from .names import normalize_name


def _tagged_not_a_name(span: Span | list, item: Item) -> bool:
    """The model tags every word a date, number, language ...; a "language" after a locative
    preposition is a place the small model mistook ("in Kidal, Mali": no language is written "in X,"),
    and so is a "date" of letters only that the gazetteer knows ("in Dahuk")."""
    labels = {t.ent_type_ for t in span}
    last = span[-1]
    listed = last.i + 1 < len(last.doc) and last.nbor(1).text == ","
    if labels == {"LANGUAGE"} and item.locative and listed:
        return False
    if labels == {"DATE"} and item.locative and all(t.is_alpha for t in span) and _known_place(item.text):
        return False
    if labels <= _NUMBER_LABELS and item.locative and all(_no_number(t) for t in span):
        return False  # "local leadership in Afiesere" tagged CARDINAL: no number is written in letters so
    return labels <= NOT_NAMES


#: entity labels of numbers and amounts: a capitalised word of letters that is no number word (``like_num``)
#: after a locative preposition is a place the model mistook for one
_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _no_number(tok: Token) -> bool:
    """A word of letters that spells no number, exact or vague ("Afiesere"; not "Seven", "Dozens")."""
    return tok.is_alpha and not tok.like_num and not is_vague_number(tok.lower_)


def _known_place(name: str) -> bool:
    """The gazetteer knows the name as the own name of a place below the country (exactly; not an
    alternate name: "Ramadan" is no name of Turabah)."""
    tier, found = get_gazetteer().match(name)
    key = normalize_name(name)
    return tier == 1 and any(p.kind != "country" and normalize_name(p.name) == key for p in found)


def item_is_name(doc: Doc, sent: Span, item: Item) -> bool:
    """False for capitalised words that are not place names: dates, numbers, demonyms, armed groups.
    World regions of the stop list ("Sahel", "Gulf") are kept as weak items: a place only where
    the next name of the chain confirms it ("Gaskinde, Sahel, Burkina Faso"). Names the model tags
    PERSON stay: they only become places after "in", inside parentheses or when a neighbouring name
    confirms them ("Nyinyiza village, Ituri")."""
    span = item_tokens(doc, item)
    if not span or in_ranges(doc._.furniture, item.start):
        return False
    if _tagged_not_a_name(span, item) or not any(ch.isalpha() for ch in item.text):
        return False
    if (
        all(t.ent_type_ == "NORP" for t in span)
        and get_gazetteer().country_of_demonym(item.text)
        and not _listed_between_commas(sent, item)
    ):
        return False  # "Turkish", "Afghan"; but "Shabelle district, Somali, Ethiopia" lists a region
    if all(t.ent_type_ == "NORP" for t in span) and _modifies_people(span):
        return False  # "the Democrat candidate's rally": a party's, not a place's
    words = item.text.lower().split()
    if _group_names(item.text.split()) or words[-1] in actor_lexicon()["armed_org_heads"]:
        return False  # "ISIS", "Boko Haram IS", "the Donbass People's Militia", "Heroes de Anori Front"
    if in_group_name(sent, item.start, item.text) or _opens_a_group_name(span):
        return False
    if item.text.lower() in office_holders():
        return False  # "the Governor of ...", "Mayor": an office, not a place
    if names_a_medium(span[0]):
        return False
    article = span[0].nbor(-1) if span[0].i > sent.start + 1 else None
    if (
        article is not None
        and article.lower_ in place_words("indefinite_articles")
        and article.nbor(-1).is_lower
        and not any(t.ent_type_ in PLACE_LABELS for t in span)
    ):
        return False  # "attacked a Home Guard": capitals on a common noun ("a Lagos market" stays)
    item.weak = item.text.lower().removeprefix("the ") in not_places()
    return not all(t.is_punct or t.is_stop for t in span)


def _bare_compass_word(item: Item) -> bool:
    """A compass word written alone, with no area word: in a chain of names ("Sundarbazar Municipality,
    West") it names a region only where a neighbour confirms it ("Mfoundi, Centre"), not Cameroon's West
    region in a text on Nepal (``compass_region_words``); alone it keeps its own place ("protesters in
    Central", Hong Kong)."""
    return item.area is None and item.text.lower() in stoplist()["compass_region_words"]


def names_a_medium(first: Token) -> bool:
    """The name that begins at ``first`` follows a noun of news media that it names: the medium's own
    name, not a place ("radio Venceremos", "the newspaper La Prensa"; ``media_nouns``); not a name the
    noun only stands before ("a radio station in Goma")."""
    if first.i <= first.sent.start:
        return False
    medium = first.nbor(-1)
    if medium.lower_ not in place_words("media_nouns") or not word_class(medium, "noun"):
        return False
    return medium.head.i >= first.i or first.head.i == medium.i  # a compound of the name, or its head


def _modifies_people(span: Span) -> bool:
    """The words modify a noun of people ("Democrat candidate", "Republican senators")."""
    root = span.root
    head = root.head
    people = is_person_noun(head.lower_, head.lemma_.lower())
    return people and head.i != root.i and attached_as(root, "modifier")


def _listed_between_commas(sent: Span, item: Item) -> bool:
    """True for a name listed between a comma and a comma or full stop, as places are ("..., Somali,
    Ethiopia"): a demonym so written is no adjective."""
    text, start, end = span_text(sent), item.start - sent.start_char, item.end - sent.start_char
    return text[max(0, start - 4) : start].rstrip().endswith(",") and text[end : end + 1] in (",", ".")


def of_office_holder(doc: Doc, item: Item) -> bool:
    """ "the Mayor of Tyr", "residents of Laboue": the name follows an office holder's "of"."""
    span = item_tokens(doc, item)
    if not span:
        return False
    root = span.root
    holders = office_holders()
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return False  # "the Governor of the Central Bank of Libya": an institution, not a town
    holder = of_head(root)
    return holder is not None and holder.lemma_.lower() in holders


def names_an_organisation(doc: Doc, item: Item) -> bool:
    """True for an organisation's name or its field rather than an unknown village: a word of the name
    is an institution word and none an area word ("Rastriya Prajatantra Party-Prajatantrik", "Nepal
    Student Union"; not "Police District 5"), its words are nouns of people ("the Council of
    Ministers"), or the name follows an organisation's "of" ("the Department of Archaeology", "the
    Ministry of Reconstruction"; an area word so written in lower case is an area: "the department of
    Cauca")."""
    words = {w.lower() for w in re.split(r"[\s/-]+", item.text)}
    organisation = place_words("institution_words") | place_words("organisation_words")
    if words & organisation and not words & area_words():
        return True
    span = item_tokens(doc, item)
    if span and all(_names_people(t.lower_) for t in span):
        return True  # "the Council of Ministers": people's title, no village
    # "the Ministry of Reconstruction, Rehabilitation and Resettlement": every field listed
    holder = of_head(climb(span.root, "conjunct")) if span else None
    if holder is None or holder.lemma_.lower() not in place_words("organisation_of_heads"):
        return False
    return holder.is_title or holder.lower_ not in area_words()


def _names_people(word: str) -> bool:
    """The lower-case word (or its singular) is a noun of people or of their office in the actor
    lexicon ("ministers", "elders", "governor")."""
    lex = actor_lexicon()
    offices = {*lex["state_titles"], *lex["office_holder_nouns"], *lex["persons_without_kind"]}
    return any(is_person_noun(w, w) or w in offices for w in (word, word.removesuffix("s")))


def is_acronym(text: str) -> bool:
    """ "LoC", "BR-251", "UPDF": one word with a capital inside a part, a code rather than a place name
    ("Bouloye-Thiouly", "Al-Maysara" are names)."""
    return " " not in text and any(ch.isupper() for part in re.split(r"[-'’]", text) for ch in part[1:])


def acronym_of_no_place(text: str) -> bool:
    """In a sentence written in lower case, a word in capitals ("the DAO", "EFE", "UNO") is an
    abbreviation: it may name a country or a first-level area ("DRC", "UAE"), never a town, whose names
    are written as words ("Dao", "Ica"; a vowel-folded "IU" is not Yiwu)."""
    if not (text.isalpha() and text.isupper() and len(text) >= 2):
        return False
    _, found = get_gazetteer().match(text)
    return not any(p.kind in ("country", "admin1") for p in found)


def has_proper_noun(doc: Doc, item: Item) -> bool:
    """True if the model reads some word of the item as a proper noun or a name: "Militants" opening
    a sentence is capitalised but common."""
    return any(word_class(t, "proper_noun") or t.ent_type_ for t in item_tokens(doc, item))


def _group_names(words: list[str]) -> bool:
    """The words are one armed group's name or several written one after another ("Boko Haram IS", as
    coders write a group known by two names)."""
    if armed_group(" ".join(words)) is not None:
        return True
    return any(
        armed_group(" ".join(words[:n])) is not None and _group_names(words[n:]) for n in range(1, len(words))
    )


def _opens_a_group_name(span: Span) -> bool:
    """The words open an armed group's name that goes on with "of": "the Revolutionary Armed Forces of
    Colombia" names no place called "Revolutionary Armed Forces" in Colombia."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False  # the cheap test first
    last = min(len(doc), span.end + _GROUP_TAIL_WORDS)
    return any(armed_group(doc[span.start : end].text) is not None for end in range(span.end + 2, last + 1))


#: the most words of an armed group's name from its "of" on ("of Iraq and the Levant")
_GROUP_TAIL_WORDS = 6


def in_group_name(sent: Span, start_char: int, name: str) -> bool:
    """True if ``name`` (at ``start_char`` of the document, in ``sent``) ends an armed group's name
    written "<group> in <place>": "the Islamic State in Greater Sahara", "al-Qaeda in the Arabian
    Peninsula" name no place of an event."""
    before = text_between(sent.doc, max(sent.start_char, start_char - 80), start_char)
    head = before.rstrip().removesuffix(" the").rstrip()
    if not head.endswith(" in"):
        return False  # the cheap test first: most names follow no "in"
    m = re.search(r"((?:\S+\s+){1,6})in\s+(?:the\s+)?$", before)
    if m is None:
        return False
    words = m.group(1).split()
    tail = before[m.end(1) :] + name
    return any(armed_group(" ".join(words[-n:]) + " " + tail) is not None for n in range(1, len(words) + 1))


#: the most words a name the gazetteer lacks may have to be kept as a place ("Maasai Mara Game Reserve")
_UNPLACED_WORDS = 4


def may_stand_unplaced(doc: Doc, sent: Span, item: Item) -> bool:
    """True if a name no gazetteer entry or holder places may still be kept as a place name: a short
    name (at most four words) that the model does not tag a people or group (NORP: "Rohingya"), in a
    sentence written in lower case too (in a text in capitals every phrase looks like a name)."""
    tokens = item_tokens(doc, item)
    if not tokens or len(tokens) > _UNPLACED_WORDS or any(t.ent_type_ == "NORP" for t in tokens):
        return False
    return in_lower_case(sent)


def tagged_person(doc: Doc, item: Item) -> bool:
    """True if the model tags some word of the item PERSON."""
    return any(t.ent_type_ == "PERSON" for t in item_tokens(doc, item))


def item_tokens(doc: Doc, item: Item) -> Span | list:
    """The tokens of an item (expanded to whole tokens), or [] where they cannot be aligned."""
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    return span if span is not None else []


def sentence_chains(doc: Doc, sent: Span, people: frozenset[str] = frozenset()) -> list[Chain]:
    """The place chains of a sentence: its capitalised names that are names, linked; not the names of
    ``people`` (lower-case surnames: "a rally for Mrs. Clinton in Florida") unless an area word,
    parentheses or a holder after a comma make them places ("Barangay Isabang", "in Clinton, Iowa")."""
    text = span_text(sent)
    lower = in_lower_case(sent)
    items = [
        it
        for it in find_items(text if lower else names_in_capitals(sent), sent.start_char)
        if item_is_name(doc, sent, it)
        and (lower or _place_in_capitals(it))
        and not (lower and acronym_of_no_place(it.text))
        and (it.text.lower() not in people or _marked_place(it, text[it.end - sent.start_char :]))
    ]
    for item in items:
        if item.owner is not None and not _may_own(doc, sent, item.owner):
            item.owner = None
        if not item.locative and (_taken_as_a_place(doc, item) or _home_of_people(doc, item)):
            item.locative = True
    items = [_road_town(it, text[it.end - sent.start_char :]) or it for it in items]
    chains = link_items(text, sent.start_char, items)
    for chain in chains:
        for item in chain.items:
            item.weak = item.weak or (len(chain.items) > 1 and _bare_compass_word(item))
    return chains


def _taken_as_a_place(doc: Doc, item: Item) -> bool:
    """The name is the object of a verb that acts on places (``place_object_verbs``: "Boko Haram stormed
    Gudumbali", "rebels overran Kalehe") and the gazetteer knows it as a place's own name: a place as
    surely as one after "in"; not a name the model tags a person or that a person noun stands in
    apposition to ("Grace, a girl"), nor a group (``item_is_name``)."""
    span = item_tokens(doc, item)
    if not span or tagged_person(doc, item):
        return False
    root = span.root
    verb = root.head
    acts_on_places = verb.lemma_.lower() in place_words("place_object_verbs") and word_class(verb, "verb")
    if any(is_person_noun(c.lower_, c.lemma_.lower()) for c in dependents(root, "apposition")):
        return False  # "stormed Grace, a schoolgirl"
    return acts_on_places and attached_as(root, "object") and _known_place(item.text)


def _home_of_people(doc: Doc, item: Item) -> bool:
    """The name is the place of people who live or hold office there: the "of" of such people ("residents
    of Igbide", "the Mayor of Tyr": ``home_holders``; not an organisation's name or a building's, "the
    Governor of the Central Bank"), or a name right before a noun of inhabitants that the gazetteer knows
    as a place or the model tags one ("Nairobi residents": ``inhabitant_nouns``; a people's name is none,
    "Maasai villagers"); a place as surely as one after "in". Never a name tagged a person or a people."""
    span = item_tokens(doc, item)
    if not span or tagged_person(doc, item) or any(t.ent_type_ == "NORP" for t in span):
        return False
    holder = of_head(span.root)
    if holder is not None and holder.lemma_.lower() in home_holders():
        building = span[-1].lower_ in thing_nouns("building_heads")
        return not building and not names_an_organisation(doc, item)
    after = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
    return (
        after is not None
        and after.lemma_.lower() in inhabitant_nouns()
        and span.root.head == after
        and attached_as(span.root, "compound")
        and (all(t.ent_type_ in PLACE_LABELS for t in span) or _known_place(item.text))
    )


#: a road named by the towns it joins: "Beni-Butembo", "Calabar - Ikom"
_ROAD_ENDS = re.compile(r"([A-Z][\w'.]+(?: [A-Z][\w'.]+)?)\s?[-–]\s?[A-Z][\w'.]+(?: [A-Z][\w'.]+)?")


def _road_town(item: Item, after: str) -> Item | None:
    """A road named by the towns it joins ("along the Beni-Butembo road", "on the Calabar-Ikom
    highway"; ``road_words``): the first town, a place the event stage takes where nothing finer is
    named (context "road"), since ACLED codes an event on a road to a town on it; None for a town
    whose own name has a hyphen ("the Pointe-Noire road"), for states and capitals standing for them
    ("the Libya-Italy route") and for any other name."""
    found = _ROAD_ENDS.fullmatch(item.text)
    words = after.split()
    if found is None or not words or words[0].lower().strip(".,;:") not in place_words("road_words"):
        return None
    gaz, first = get_gazetteer(), found.group(1)
    if gaz.match(item.text)[0] in (1, 2):
        return None  # "the Pointe-Noire road": one town's own name
    state = gaz.country_named(first) is not None or gaz.country_of_metonym(first)
    if gaz.match(first)[0] not in (1, 2) or state:
        return None  # "the Libya-Italy route", "the Tehran-Damascus axis": states, not towns on a road
    return Item(start=item.start, end=item.start + len(first), text=first, locative=True, road=True)


def names_in_capitals(sent: Span) -> str:
    """A sentence written in capitals with every word the model reads as no name in lower case ("THE ARMY
    REPORTED THAT GUERRILLAS KILLED A PEASANT IN FLORES" -> "the army reported that GUERRILLAS killed a
    peasant in FLORES"), so that a name is a run of proper nouns or place entities, not a whole clause. As
    long as the text, so that offsets hold."""
    text = list(span_text(sent))
    for tok in sent:
        if (word_class(tok, "proper_noun") or tok.ent_type_ in PLACE_LABELS) and not tok.is_stop:
            continue
        at = tok.idx - sent.start_char
        text[at : at + len(tok.text)] = lower_one_for_one(tok.text)
    return "".join(text)


def _place_in_capitals(item: Item) -> bool:
    """In a sentence written in capitals, a name is a place only where the gazetteer knows it or the text
    marks it as one (a locative preposition, an area word, parentheses): "A BOMB EXPLODED IN SAN
    SALVADOR" has no place "Bomb Exploded"."""
    return item.locative or bool(item.area) or item.paren or get_gazetteer().match(item.text)[0] in (1, 2)


def _may_own(doc: Doc, sent: Span, owner: Item) -> bool:
    """A possessor holds the place after it where it is a name the gazetteer knows as a place and the
    model does not tag a person ("in Baghdad's Adhamiya district"; not "in Trump's Washington")."""
    known = get_gazetteer().match(owner.text)[0] in (1, 2)
    return known and item_is_name(doc, sent, owner) and not tagged_person(doc, owner)


def _marked_place(item: Item, after: str) -> bool:
    """An area word before or after the name, parentheses around it or a name after a comma that holds
    it ("Clinton, Iowa"; ``after``: the sentence's text after the name) make it a place."""
    return bool(item.area or item.paren or item.prefixed or re.match(r"\s*,\s*[A-Z]", after))


def is_place_chain(chain: Chain) -> bool:
    """A chain worth resolving: one of its names follows a locative preposition, or it writes a
    hierarchy ("Nyinyiza village, Ituri, Democratic Republic of the Congo")."""
    return any(it.locative for it in chain.items) or any(it.link in ("in", "near") for it in chain.items)

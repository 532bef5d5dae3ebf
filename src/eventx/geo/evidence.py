"""What a whole document says about its places: the countries it names or implies, its place-like
names, the area words it writes with them, the front lines it cites, its dateline, and whether a
country or capital stands for a state rather than a location.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..actorlex import ArmedGroup, armed_group, noun_entry, noun_forms
from ..data import load_yaml, trigger_words
from ..doctools import cites, content_sents, in_lower_case, text_between
from ..syntax import attached_as, first_conjunct, modifies_noun, word_class
from ..text.date_words import MONTH_FORMS
from ..text.datelines import dateline_at
from .chains import Chain
from .gazetteer import Place, get_gazetteer
from .lexicon import PLACE_LABELS, forces_theatres, not_places, place_words, stoplist, thing_nouns
from .names import normalize_name
from .written import place_key


def front_line_areas(text: str) -> dict[str, frozenset[str]]:
    """Country -> admin1 keys of the front lines ``text`` cites anywhere (``front_lines.yaml``)."""
    out: dict[str, frozenset[str]] = {}
    for line in load_yaml("front_lines.yaml")["front_lines"]:
        if cites(text, line["cues_anywhere"]):
            for code, names in line.get("areas", {}).items():
                out[code] = out.get(code, frozenset()) | {normalize_name(n) for n in names}
    return out


def document_countries(doc: Doc) -> Counter[str]:
    """Alpha-3 codes of the countries the document names or implies (demonyms), with counts. Read once
    per Doc (the places and, for incidents with no place, the events read it); each call gets a copy."""
    key = "eventx_document_countries"
    if key not in doc.user_data:
        doc.user_data[key] = dict(_document_countries(doc))
    return Counter(doc.user_data[key])


def _document_countries(doc: Doc) -> Counter[str]:
    gaz = get_gazetteer()
    found: Counter[str] = Counter()
    for ent in doc.ents:
        if capital_pronoun(ent):
            continue  # "THEY TOLD US" in a text in capitals
        if ent.label_ in ("NORP", "GPE") and (modifies_thing(ent) or modifies_thing(ent, "mission_nouns")):
            code = None  # "the US dollar", "the German consulate": a currency, a mission abroad
        elif ent.label_ == "NORP":
            code = gaz.country_of_demonym(ent.text)
        elif ent.label_ == "GPE":
            place = gaz.country_named(ent.text)
            code = place.country_code if place else gaz.country_of_demonym(ent.text)  # "Nepali" tagged GPE
        elif ent.label_ in ("ORG", "NORP", "PERSON"):
            group = armed_group(ent.text)
            code = _home_of(group) if group is not None else None
            if group is not None and code is None:
                for country in group.theatres:  # "Boko Haram" (tagged PERSON as often as ORG)
                    found[country] += _FORCES_SHARE
            elif group is None and ent.label_ != "PERSON":
                code = country_in_name(ent)
        else:
            code = None
        if code and names_armed_forces(ent):  # "Turkish warplanes": where Turkey fights
            for country in (code, *forces_theatres().get(code, ())):
                found[country] += _FORCES_SHARE
        elif code:
            found[code] += 1
    for tok in doc:  # acronyms the model left without a label ("CODECO elements", "the NPA")
        if not tok.ent_type_ and len(tok.text) > 2 and tok.text.isupper() and tok.is_alpha:
            group = armed_group(tok.text)
            home = _home_of(group) if group is not None else None
            if home is not None:
                found[home] += 1
            for country in () if home is not None or group is None else group.theatres:
                found[country] += _FORCES_SHARE
    for code in _national_area_words(doc):
        found[code] += 1
    return found


def _home_of(group: ArmedGroup) -> str | None:
    """The one country a named group places an event in: a state's own forces ("LNA", "FARDC") and groups
    that fight at home only ("CODECO", "NPA": scope domestic); None for a group that crosses borders,
    which supports each country it fights in (``theatres``) with a share, as forces abroad do (a state's
    border force too: "the BSF shot dead a smuggler in Lalmonirhat", a Bangladeshi town)."""
    at_home = (group.kind == "state_forces" and not group.theatres) or group.domestic
    return group.country_code if at_home else None


def _national_area_words(doc: Doc) -> list[str]:
    """The countries of the area words only one country's administration uses (``national_area_words``:
    "Karu LGA" is in Nigeria, "Barangay Isabang" in the Philippines), once per word written next to a
    name (not "the LGA terminal" of LaGuardia airport)."""
    table = load_yaml("places.yaml")["national_area_words"]
    seen = {tok.lower_ for tok in doc if tok.lower_ in table and _next_to_a_name(tok)}
    return [table[word] for word in sorted(seen)]


def _next_to_a_name(tok: Token) -> bool:
    """A capitalised word that is no area word nor a stop word ("The LGA terminal") stands right before
    or after ``tok``, or a number after it ("Barangay 4")."""
    doc, table = tok.doc, load_yaml("places.yaml")["national_area_words"]
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    numbered = tok.i + 1 < len(doc) and doc[tok.i + 1].is_digit
    return numbered or any(
        t.text[:1].isupper() and t.is_alpha and not t.is_stop and t.lower_ not in table for t in near
    )


def capital_pronoun(ent: Span) -> bool:
    """A country abbreviation that is a pronoun written in capitals (``pronoun_abbreviations``: "THEY
    TOLD US", "LET US"): in a sentence not in lower case, and modifying no noun ("US EMBASSY" stays)."""
    return (
        ent.text in place_words("pronoun_abbreviations")
        and not in_lower_case(ent.sent)
        and not attached_as(ent.root, "modifier", "noun_modifier")
    )


def country_in_name(ent: Span) -> str | None:
    """The one country the name of a party or a state institution (``institution_words``: army, police,
    party, congress, ministry ...) carries in its words: a country name or demonym ("Nepal Army", "the
    Nepali Congress", "Communist Party of Nepal"), or a first-level area of one country ("Tamil Nadu
    Police"). None for other organisations ("Bank Saderat Iran" has branches abroad) and when its words
    name no country or several."""
    if not {t.lower_ for t in ent} & place_words("institution_words"):
        return None
    gaz = get_gazetteer()
    words = [t.text for t in ent if t.text[:1].isupper()]
    found = set()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            country = gaz.country_named(phrase)
            code = country.country_code if country else gaz.country_of_demonym(phrase)
            if code is None and n == 2:
                tier, hits = gaz.match(phrase)
                areas = {p.country_code for p in hits if p.kind == "admin1"} if tier == 1 else set()
                code = areas.pop() if len(areas) == 1 else None
            if code:
                found.add(code)
    return found.pop() if len(found) == 1 else None


#: a country word naming armed forces ("Turkish warplanes", "the Military Forces of Turkey") weighs as
#: a named province (two thirds of a named country), short of the strong support that keeps towns of
#: other countries out: forces often act abroad ("Turkish airstrikes ... outside Sulaymaniyah"), and
#: for the countries its forces fight in as a matter of course (``forces_theatres``) as much
_FORCES_SHARE = 2 / 3


def names_armed_forces(ent: Span) -> bool:
    """The country word names the military or the aircraft that act ("Turkish warplanes", "Russian
    airstrikes", "Turkish drone strikes", "US troops", "the Military Forces of Turkey"), not where
    things happen. Police and government act at home and are not meant. A country coordinated with one
    counts as it does ("the armies of India and Pakistan")."""
    root = first_conjunct(ent.root)
    noun = None
    if modifies_noun(root) and root.head.i != root.i:
        noun = root.head  # "Turkish [warplanes]"
    elif ent.end < len(ent.doc) and word_class(ent.doc[ent.end], "noun"):
        noun = ent.doc[ent.end]  # however the parse hangs it
    elif attached_as(root, "prep_object") and root.head.lower_ == "of":
        noun = root.head.head  # "the Military Forces [of] Turkey"
    if noun is None:
        return False
    forms = (noun.lower_, noun.lemma_.lower())
    entry = noun_entry(*forms)
    air = trigger_words("air_doers")
    air_act = noun.lemma_.lower() in trigger_words("air_act_nouns") and any(
        attached_as(c, "compound") and c.lower_ in air for c in noun.lefts
    )  # "Turkish drone strikes", "a Russian air raid"; not "Turkish air traffic controllers"
    by_air = bool(set(forms) & air) or air_act
    return (entry is not None and entry[1] == "state_forces") or by_air


def modifies_thing(ent: Span, nouns: str = "currency_nouns") -> bool:
    """True for a country word modifying a currency or market noun ("the US dollar", "Turkish lira")."""
    things = thing_nouns(nouns)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and word_class(after, "noun") and after.lemma_.lower() in things:
        return True  # "the high US dollar exchange rate", however the parse hangs it
    root = ent.root
    if not modifies_noun(root) or root.head.i == root.i:
        return False
    head = root.head
    return word_class(head, "noun") and head.lemma_.lower() in things


def modifies_a_force(ent: Span) -> bool:
    """True for a country name modifying a noun of state forces ("a Myanmar army position", "the Kenya
    police post"): it names whose forces they are, not a state acting nor a place of the event."""
    root = ent.root
    if not modifies_noun(root) or root.head.i < ent.end:  # the noun it modifies comes after it
        return False
    words = ent.doc[ent.end : root.head.i + 1]  # "Myanmar [army] position", "Nigeria security [forces]"
    entries = [noun_entry(*noun_forms(t)) for t in words]
    return any(entry is not None and entry[0] == "state_forces" for entry in entries)


def dateline_range(doc: Doc) -> tuple[int, int] | None:
    """Character range of the dateline's place names at the head of the first prose line
    ("MOSCOW/WASHINGTON/ISTANBUL –", "KABUL, Feb 28 (Reuters) -", "MOGADISHU, Somalia (AP) —")
    at the head of the first prose line, or None."""
    for sent in content_sents(doc):
        head = sent.start_char
        m = dateline_at(text_between(doc, head, head + 300))
        if m is None:
            return None
        after = m["after"]
        placed = after is not None and not _a_month(after.split()[0])
        end = m.end("after") if placed else m.end("names")
        return head + m.start("names"), head + end  # "MOGADISHU, Somalia (AP) —": the country too
    return None


def _a_month(word: str) -> bool:
    """The word names a month, as a dateline writes it ("Feb", "June", "Sept."; ``MONTH_FORMS``)."""
    return word.lower().rstrip(".") in MONTH_FORMS


def is_government(span: Span, place: Place, gaz) -> bool:
    """A country, capital or seat of government standing for a state ("Turkey warned", "Moscow announced",
    "the leaders of Russia") rather than naming where something happened ("in Syria")."""
    if place.kind != "country" and gaz.country_of_metonym(span.text) is None:
        return False
    root = span.root
    if _part_by_compass(root):
        return False  # "drones targeting southern Saudi Arabia": a part of the country is a place
    while (
        attached_as(root, "conjunct", "apposition", "np_adverbial", "compound")
        and root.head.i != root.i
        and (root.head.ent_type_ in PLACE_LABELS or word_class(root.head, "proper_noun"))
    ):
        root = root.head  # "in Calama, Antofagasta, Chile", "to Athens-Central Athens": the chain's role
    if not attached_as(root, "prep_object"):
        return True
    if root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in place_words("leader_nouns")
    if root.head.lower_ == "from" and place.kind != "country" and word_class(root.head.head, "noun"):
        return True  # "no confirmation from Damascus": a capital speaking for its government
    return root.head.lower_ == "by"  # "backed by Iran": an agent, not a location


def _part_by_compass(root: Token) -> bool:
    """A compass adjective modifies the name: "southern Saudi Arabia", "northern Iraq" name a part of the
    country (``direction_words``), which no state speaks or acts for."""
    words = stoplist()["direction_words"]
    return any(attached_as(c, "adjective") and c.lower_ in words for c in root.lefts)


def place_names(doc: Doc, people: set[str], chains: list[Chain]) -> list[str]:
    """Every place-like name of the document: GPE/LOC/FAC entities and the names of place chains."""
    names = [
        place_key(e.text)
        for e in doc.ents
        if e.label_ in PLACE_LABELS
        and e.text.lower() not in people
        and e.text.lower() not in not_places()
        and not modifies_thing(e)
    ]
    return names + [
        place_key(it.text)
        for ch in chains
        for it in ch.items
        if not it.weak and (it.locative or it.text.lower() not in people)
    ]


def province_names(chains: list[Chain], people: set[str]) -> list[str]:
    """The names of first-level areas written where nothing makes them the place of an act ("blocked
    the roads to Erbil and Sulaimaniyah"): not places of the incident, but evidence of the country
    (an exact name of some province, not a person's)."""
    gaz = get_gazetteer()
    out = []
    for chain in chains:
        for item in chain.items:
            key = place_key(item.text)
            if item.weak or item.text.lower() in people:
                continue
            tier, hits = gaz.match(key)
            if tier in (1, 2) and any(p.kind == "admin1" for p in hits):
                out.append(key)
    return out


def written_areas(chains: list[Chain]) -> dict[str, frozenset[str]]:
    """Name key -> the area words the document writes with that name ("Los Rios region", "the state of
    Bolivar"), for the namesake of the right country (``PlaceContext.area_fit``)."""
    out: dict[str, set[str]] = {}
    for chain in chains:
        for item in chain.items:
            if item.area:
                out.setdefault(normalize_name(place_key(item.text)), set()).add(item.area)
    return {key: frozenset(words) for key, words in out.items()}


def person_names(doc: Doc) -> tuple[set[str], set[str]]:
    """Names of the people a document names, and their surnames, lower-case.

    The names (every name the model tags PERSON, its last word and a name after a courtesy title) are
    not read as places ("Erdogan"). The surnames (the last words of full names, "Hillary Clinton", and
    names after a courtesy title, "Mrs. Clinton", ``courtesy_titles``) are that person even alone: not
    Clinton, Ohio, in a text naming Ohio (a one-word name the model tags PERSON may still be a place:
    "Oicha (Beni, Nord-Kivu)")."""
    persons = {ent.text.lower() for ent in doc.ents if ent.label_ == "PERSON"}
    titled = titled_names(doc)
    names = persons | _last_words(doc, full_names_only=False) | titled
    return names, _last_words(doc, full_names_only=True) | titled


def _last_words(doc: Doc, full_names_only: bool) -> set[str]:
    """Lower-case last words of the names the model tags PERSON. A last word the model tags as a place
    on its own more often than it ends a person's name is a place run into a name ("Donald Trump
    Seattle" in a caption of a text naming Seattle six times), not a surname."""
    surnames: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and (len(ent) > 1 or not full_names_only):
            surnames[ent[-1].text.lower()] += 1
        elif ent.label_ in PLACE_LABELS and len(ent) == 1:
            alone[ent.text.lower()] += 1
    return {name for name, n in surnames.items() if n >= alone[name]}


def titled_names(doc: Doc) -> set[str]:
    """Lower-case names written right after a courtesy title ("Mrs. Clinton", "Mr Obama"; not "DR Congo":
    a title is not written in capitals)."""
    titles = place_words("courtesy_titles")
    out = set()
    for tok in doc[:-1]:
        nxt = tok.nbor(1)
        titled = tok.lower_.rstrip(".") in titles and not tok.is_upper
        if titled and nxt.text[:1].isupper() and not nxt.is_upper:
            out.add(nxt.lower_)
    return out

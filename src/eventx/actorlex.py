"""Actor lexicons: head nouns -> ACLED kinds, named armed groups, and ACLED-style canonical names.

Data: ``resources/actor_nouns.yaml`` and ``resources/armed_groups.yaml``; country names and demonyms
come from the gazetteer's ``countries.csv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from .actor_countries import country_code_of
from .data import actor_lexicon, actor_words, load_yaml
from .geo.gazetteer import get_gazetteer
from .lexicon import per_lexicon
from .syntax import attached_as, dependents, form, modifies_noun, word_class


@dataclass(frozen=True)
class ArmedGroup:
    """A named armed group of ``armed_groups.yaml``: its ACLED name, kind, country and aliases."""

    name: str
    kind: str
    country_code: str | None
    aliases: tuple[str, ...]
    domestic: bool = False  # fights only in its country: a home-grown group (CODECO), a state faction (LNA)
    theatres: tuple[str, ...] = ()  # the countries a group that crosses borders fights in (Boko Haram)


def _norm(s: str) -> str:
    s = re.sub(r"^(?:the)\s+", "", s.strip(), flags=re.I)
    return re.sub(r"[\s\-’'`]+", " ", s).strip().lower()


def _nouns() -> dict:
    return actor_lexicon()


def noun_entry(*forms: str) -> tuple[str, str] | None:
    """(ACLED kind, name template key) for the first of ``forms`` (lower-case words) that is an actor noun."""
    nouns = _nouns()["nouns"]
    for f in forms:
        if f in nouns:
            kind, template = nouns[f]
            return kind, template
    return None


def noun_forms(tok: Token) -> tuple[str, ...]:
    """The forms of ``tok`` to look up as an actor noun: its word and lemma, and for a plural name in
    title case ("Iraqi Border Guards", "Police Officers"), whose lemma the tagger leaves plural, the word
    without its plural "s" when its other words are demonyms or words of the forces (not "the Economic
    Freedom Fighters", a party)."""
    forms = (tok.lower_, tok.lemma_.lower())
    if form(tok, "plural_name") and all(map(_force_word, dependents(tok, "modifier"))):
        return (*forms, tok.lower_.removesuffix("s"))
    return forms


def _force_word(modifier: Token) -> bool:
    """A word that may stand before a force noun written as a name: a demonym or a word of the state's
    forces ("Iraqi", "Border": ``state_modifiers``); not "Economic Freedom" in a party's name."""
    if modifier.lower_ in actor_lexicon()["state_modifiers"]:
        return True
    return get_gazetteer().country_of_demonym(modifier.text) is not None


def is_person_noun(*forms: str) -> bool:
    """True if one of ``forms`` names people (with or without a known side)."""
    extra = actor_words("persons_without_kind")
    return noun_entry(*forms) is not None or any(f in extra for f in forms)


def generic_template(name: str) -> str | None:
    """The template key whose country-less name ``name`` is ("Police Forces" -> "police"), else None."""
    key = template_of(name)
    return key if key is not None and _nouns()["templates"][key]["name_nocountry"] == name else None


def is_police(name: str) -> bool:
    """True if ``name`` is the generic name of a country's police ("Police Forces of Kenya")."""
    return template_of(name) == "police"


@per_lexicon
def opposed_prefixes() -> tuple[str, ...]:
    """ "anti-", "counter-" (``opposed_prefixes``): a name after them is what a group fights ("anti-ISIS
    forces")."""
    return tuple(actor_lexicon()["opposed_prefixes"])


@per_lexicon
def template_of(name: str) -> str | None:
    """The template key a generic name is written from, with or without its country ("Military Forces
    of Algeria", "Military Forces" -> "state_forces"), else None."""
    for key, t in _nouns()["templates"].items():
        head, _, tail = t["name"].partition("{country}")
        if not head and not tail:
            continue  # "{country}" alone: any name
        if name == t["name_nocountry"] or (
            name.startswith(head) and name.endswith(tail) and len(name) > len(head) + len(tail)
        ):
            return key
    return None


def in_service(tok: Token, entry: tuple[str, str]) -> tuple[str, str]:
    """The noun entry of ``tok`` read with its modifiers: an occupation the forces have their own people
    for, with a modifier naming those forces, is a member of them ("an army doctor", "the military
    engineer", "a police driver": ``service_occupations``, ``service_modifiers``; not "government
    workers", "border residents", "a police informer"); a member of the state's forces out of service is
    a civilian ("an off-duty soldier", "a retired police officer", "a former soldier":
    ``out_of_service_words``, as the ACLED Codebook codes them), and so stays a retired army doctor, and
    so is the staff of a civilian body ("consulate personnel", ``civil_body_words``); a
    military rank with a modifier naming an armed group is theirs ("a rebel colonel", ``rank_nouns``);
    any other entry as it is."""
    lex = actor_lexicon()
    if entry[0] == "state_forces":
        if _out_of_service(tok) or _staff_of_a_civil_body(tok):
            return ("civilians", "civilians")
        return _rank_of_a_group(tok) or entry
    occupation = entry[0] == "civilians" and tok.lemma_.lower() in lex["service_occupations"]
    if not occupation or _out_of_service(tok):
        return entry
    for t in tok.lefts:
        template = lex["service_modifiers"].get(t.lower_) if attached_as(t, "adjective", "compound") else None
        if template is not None:
            return "state_forces", template
    return entry


def _staff_of_a_civil_body(tok: Token) -> bool:
    """ "Consulate personnel", "medical personnel": the staff of a civilian body (``staff_nouns`` with a
    modifier of ``civil_body_words``), not the forces' personnel."""
    lex = actor_lexicon()
    if tok.lemma_.lower() not in lex["staff_nouns"] and tok.lower_ not in lex["staff_nouns"]:
        return False
    return any(
        t.lower_ in lex["civil_body_words"] for t in tok.lefts if attached_as(t, "adjective", "compound")
    )


def _rank_of_a_group(tok: Token) -> tuple[str, str] | None:
    """A military rank (``rank_nouns``) with a modifier naming a non-state armed actor is that actor's
    officer ("a rebel colonel", "a militia captain"); None otherwise."""
    if tok.lemma_.lower() not in actor_lexicon()["rank_nouns"]:
        return None
    for t in tok.lefts:
        entry = noun_entry(*noun_forms(t)) if attached_as(t, "adjective", "compound") else None
        if entry is not None and entry[0] in ("rebel_group", "political_militia", "identity_militia"):
            return entry
    return None


def _out_of_service(tok: Token) -> bool:
    """The noun's own modifiers put it out of service ("an off-duty", "a retired":
    ``out_of_service_words``)."""
    return bool(_own_modifier_words(tok) & set(actor_lexicon()["out_of_service_words"]))


def _own_modifier_words(tok: Token) -> set[str]:
    """The words of the noun's own modifiers, hyphenated ones joined ("off-duty"), and an "ex" prefix
    however the parse hangs it ("an ex-policeman"); not a possessor's ("the former president's
    soldiers")."""
    words = {
        "".join(w.lower_ for w in t.subtree)
        for t in tok.lefts
        if attached_as(t, "adjective", "compound", "noun_modifier")
    }
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "ex":
        words.add("ex")
    return words


def canonical_name(template: str, country: str | None) -> str:
    """An ACLED-style generic actor name, e.g. ("state_forces", "Turkey") -> "Military Forces of Turkey"."""
    t = _nouns()["templates"][template]
    return t["name"].format(country=country) if country else t["name_nocountry"]


@per_lexicon
def _groups() -> dict[str, ArmedGroup]:
    index: dict[str, ArmedGroup] = {}
    for g in load_yaml("armed_groups.yaml")["groups"]:
        group = ArmedGroup(
            g["name"],
            g["kind"],
            g.get("country"),
            tuple(g["aliases"]),
            g.get("scope") == "domestic",
            tuple(g.get("theatres", ())),
        )
        for alias in (g["name"], *g["aliases"]):
            index.setdefault(_norm(alias), group)
            # acronyms are matched case-sensitively below; keep an exact-case key too
            index.setdefault("=" + alias, group)
    return index


@per_lexicon
def written_group_names() -> tuple[str, ...]:
    """The armed groups' names and aliases as ``armed_groups.yaml`` writes them ("Shining Path",
    "Lord's Resistance Army"), without ACLED's compound names ("ELN: National Liberation Army")."""
    names = (n for g in load_yaml("armed_groups.yaml")["groups"] for n in (g["name"], *g["aliases"]))
    return tuple(dict.fromkeys(n for n in names if ":" not in n and "(" not in n))


@per_lexicon
def shared_acronym(text: str) -> tuple[ArmedGroup, ...]:
    """The groups of different countries that go by the acronym ``text`` (``shared_acronyms`` in
    armed_groups.yaml: "NAF"); empty for other words."""
    readings = load_yaml("armed_groups.yaml").get("shared_acronyms", {}).get(text.removeprefix("the "), ())
    return tuple(ArmedGroup(g["name"], g["kind"], g.get("country"), (text,)) for g in readings)


def armed_group(text: str) -> ArmedGroup | None:
    """The armed group ``text`` names ("ISIS", "al-Shabab", "the Houthis"), or None.

    Short all-capital aliases (IS, SDF, ADF) only match when written in capitals.
    """
    groups = _groups()
    stripped = re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.I)
    if stripped.isupper() and len(stripped) <= 6:
        return groups.get("=" + stripped)
    g = groups.get(_norm(stripped))
    if (
        g is not None
        and any(a.isupper() and _norm(a) == _norm(stripped) for a in g.aliases)
        and len(stripped) <= 6
    ):
        return None  # "Is" / "is" is not IS
    return g


def group_in(text: str) -> ArmedGroup | None:
    """The armed group named by ``text`` or by a run of up to six of its words ("fighters from Hezbollah",
    "cadre of CPI - Maoist"), the longest run first."""
    found = armed_group(text)
    if found is not None:
        return found
    # a name outside brackets first ("the Al Barnawi faction (ISWAP) of Boko Haram": Boko Haram), then
    # one inside them ("Communist Party of India-Maoist (CPI-Maoist) rebels")
    outside = re.sub(r"\([^()]*\)", " ", text)
    for found_in in (outside, re.sub(r"[()]", " ", text)):
        words = [w.rstrip(".;:") for w in found_in.replace(",", " ").split()]  # "of Boko Haram."
        for n in range(min(len(words), 6), 0, -1):
            for i in range(len(words) - n + 1):
                g = armed_group(" ".join(words[i : i + n]))
                if g is not None:
                    return g
    return None


def identity_label(head: Token) -> str | None:
    """The identity an actor noun is organised around, as ACLED names identity militias ("identity_*" in
    actor_nouns.yaml): "tribal militias" -> "Unidentified Tribal", "Fulani militiamen" -> "Fulani Ethnic",
    "the Glavda community" -> "Glavda Communal", "two families" -> "Unidentified Clan"; None for others."""
    lex = _nouns()
    nouns, mods = lex["identity_nouns"], lex["identity_modifiers"]
    if group_in(head.doc[max(head.i - 4, 0) : head.i].text) is not None:
        return None  # "Mayi Mayi Kifuafua militiamen": a faction of a named group
    word = nouns.get(head.lower_) or nouns.get(head.lemma_.lower())
    for t in head.lefts:
        if modifies_noun(t) and t.lower_ not in lex["political_currents"] and t.lower_ in mods:
            word = word or mods[t.lower_]
    proper, named = _ethnic_modifier(head), _named_community(head)
    if proper is None and named is not None:
        return f"{named} Communal"  # "Zamfara Communal Militias"
    heads = lex["identity_heads"]
    if proper is None and head.lemma_.lower() in actor_words("town_militia_lemmas"):
        home = _home_of(head)
        if home is not None:  # "militias from Umumubu and Omor": communal militias named after their town
            return f"{home} Communal"
    if proper is not None and (word or head.lower_ in heads or head.lemma_.lower() in heads):
        if word == "Communal" and identity_noun(head) and not names_a_community(head):
            word = "Ethnic"  # "Fulani herdsmen": "Fulani Ethnic"; "the Glavda community": "Glavda Communal"
        return f"{proper} {word or 'Ethnic'}"
    return f"Unidentified {word}" if word else None


def joined_peoples(head: Token) -> list[str]:
    """The identity labels of the peoples joined by "and" to the first one that names ``head``'s identity
    ("Arab and Masalit militias": ["Masalit Ethnic"]): each is a side of its own."""
    first, label = _ethnic_modifier(head), identity_label(head)
    if first is None or label is None or not label.startswith(first):
        return []
    modifier = next(t for t in head.lefts if t.text == first)
    currents = set(_nouns()["political_currents"])
    return [
        label.replace(first, c.text, 1)
        for c in modifier.conjuncts
        if c.lower_ not in currents and _ethnic_name(c.text)
    ]


def names_a_community(head: Token) -> bool:
    """The noun names a whole community or household (``community_nouns``: "the Glavda community", "two
    families"), not its fighters or a livelihood ("herders")."""
    nouns = actor_words("community_nouns")
    return head.lemma_.lower() in nouns or head.lower_ in nouns


def identity_noun(head: Token) -> bool:
    """The noun itself names people by their identity (``identity_nouns``: "herders", "tribesmen",
    "clan", "community"), not only a modifier of it ("community members")."""
    nouns = _nouns()["identity_nouns"]
    return head.lower_ in nouns or head.lemma_.lower() in nouns


def _ethnic_modifier(head: Token) -> str | None:
    """The first proper-noun modifier of ``head`` (or capitalised adjective of a people, NORP: "Arab") that
    may name an ethnicity ("Fulani", "Murle": the model tags them NORP, ORG, GPE or PERSON), not a
    political or religious current."""
    lex = _nouns()
    skip = set(lex["political_currents"]) | set(lex["identity_modifiers"])  # not "Communal" of "X Communal"
    for t in head.lefts:
        if not modifies_noun(t) or t.lower_ in skip:
            continue
        people = word_class(t, "proper_noun") or (t.ent_type_ == "NORP" and t.text[:1].isupper())
        if people and _ethnic_name(t.text):  # "Arab militiamen": the model tags "Arab" an adjective
            return t.text
    return None


def _named_community(head: Token) -> str | None:
    """The place a group calls itself the communal militia of ("Zamfara Communal Militias": Zamfara, a
    state, which ``_ethnic_modifier`` does not take for a people): a proper noun right before "Communal"."""
    for t in head.lefts:
        if t.lower_ == "communal" and t.i > 0 and word_class(t.doc[t.i - 1], "proper_noun"):
            return t.doc[t.i - 1].text
    return None


def _home_of(head: Token, preps: tuple[str, ...] = ("from",)) -> str | None:
    """The town a group comes "from" ("militias from Odejo"; with ``preps`` ("from", "of") also "farmers
    of Kabo"), when the text writes one."""
    for prep in head.rights:
        if attached_as(prep, "preposition") and prep.lower_ in preps:
            town = next((t for t in dependents(prep, "prep_object") if word_class(t, "proper_noun")), None)
            if town is not None and _ethnic_name(town.text):
                return town.text
    return None


def communal_label(head: Token) -> str | None:
    """A communal militia's label for people named by their place or livelihood (``communal_side_nouns``):
    "farmers of Kabo" -> "Kabo Communal", "Bachama farmers" -> "Bachama Ethnic", "villagers" ->
    "Unidentified Communal"; None for other nouns. Only the caller knows whether they fight as a
    community (see ``events.communal.identity_side``)."""
    if head.lemma_.lower() not in actor_words("communal_side_nouns"):
        return None
    ethnic = _ethnic_modifier(head)
    if ethnic is not None:
        return f"{ethnic} Ethnic"  # "Bachama farmers"
    home = _home_of(head, ("from", "of"))
    return f"{home} Communal" if home else "Unidentified Communal"


def identity_name(label: str, country: str | None) -> str:
    """ACLED's name for an identity militia: ("Fulani Ethnic", "Mali") -> "Fulani Ethnic Militia (Mali)"."""
    return f"{label} Militia ({country})" if country else f"{label} Militia"


def _ethnic_name(word: str) -> bool:
    """A capitalised word that may name an ethnicity: not an acronym ("JWS" names an organisation), a
    country or a known armed group."""
    if word.isupper() or country_code_of(word) is not None or armed_group(word) is not None:
        return False
    # a province or a large city names a place, not an ethnicity ("Texas militiamen")
    tier, places = get_gazetteer().match(word)
    return tier not in (1, 2) or not any(
        p.kind in ("admin1", "country") or p.population >= 100_000 for p in places[:5]
    )

"""Actors named by a noun: "Turkish troops", "armed men", "tribal militias", and things or office-holders
that can only be attacked ("a customs post", "a ward administrator")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actor_countries import modifier_country, of_countries
from ..actor_members import of_a_gang
from ..actorlex import (
    canonical_name,
    group_in,
    identity_label,
    identity_name,
    in_service,
    is_person_noun,
    noun_entry,
    noun_forms,
    opposed_prefixes,
)
from ..data import actor_lexicon
from ..doctools import in_lower_case
from ..geo.gazetteer import get_gazetteer
from ..models import ACTOR_KIND_GROUPS
from ..records import ActorMention
from ..syntax import (
    attached_as,
    first_dependent,
    form,
    left_dependents,
    modifies_noun,
    word_class,
)
from .mention import actor_mention, country_name

__all__ = ["noun_actor", "target_thing"]

_NON_STATE_ARMED = ACTOR_KIND_GROUPS["non_state_armed"]
_ARMED = ACTOR_KIND_GROUPS["armed"]
#: the words in front of a noun that belong to its phrase ("the two Turkish [army] [troops]")
_PHRASE_FRONT = ("adjective", "compound", "determiner", "possessor")


def _owner(tok: Token) -> Token | None:
    """The noun a thing "belongs to": "forces" in "a vehicle belonging to the military forces"."""
    for verb in tok.children:
        if attached_as(verb, "noun_clause") and verb.lemma_.lower() == "belong":
            for prep in verb.children:
                if prep.lower_ == "to":
                    return first_dependent(prep, "prep_object")
    return None


def target_thing(doc: Doc, sent: Span, tok: Token) -> ActorMention | None:
    """A thing or office-holder that can only be attacked ("a customs post", "a school", "a ward
    administrator"), of the side its modifiers or its own word say (``target_things`` in actor_nouns.yaml)."""
    lex = actor_lexicon()
    things = lex["target_things"]
    abbreviation = tok.lower_ in lex["office_abbreviations"]  # "an MP", tagged as a name
    if not (word_class(tok, "noun") or abbreviation) or (
        tok.lower_ not in things and tok.lemma_.lower() not in things
    ):
        return None
    if attached_as(tok, "compound") and is_person_noun(tok.head.lower_, tok.head.lemma_.lower()):
        return None  # "a village chief", "the school headmaster": the person is named, not the thing
    template = things.get(tok.lower_, things.get(tok.lemma_.lower()))
    for t in tok.lefts:
        if template is None and attached_as(t, "modifier") and t.lower_ in lex["state_modifiers"]:
            template = lex["state_modifiers"][t.lower_]
            break
    owner = _owner(tok)
    owner_entry = noun_entry(*noun_forms(owner)) if owner is not None else None
    if template is None and owner_entry is not None and owner_entry[1] in ("state_forces", "police"):
        template = owner_entry[1]  # "a vehicle belonging to the Egyptian military forces"
    if template is None and tok.lemma_.lower() in lex["country_sided_things"] and modifier_country(tok):
        template = "state_forces"  # "Ukrainian positions": the positions of Ukraine's forces
    group = group_in(doc[owner.left_edge.i : owner.right_edge.i + 1].text) if owner is not None else None
    start = min((t.i for t in left_dependents(tok, *_PHRASE_FRONT)), default=tok.i)
    if template is None and group is not None:  # "two monitoring sites belonging to the al Qassam brigades"
        return actor_mention(
            doc, sent, start, tok.i + 1, tok, group.name, group.kind, group.country_code, target_only=True
        )
    if template is None:
        return None
    kind = "state_forces" if template == "police" else template
    country = modifier_country(tok) or (modifier_country(owner) if owner is not None else None)
    name = canonical_name(template, country_name(country))
    return actor_mention(doc, sent, start, tok.i + 1, tok, name, kind, country, target_only=True)


def _sides_a_thing(tok: Token) -> bool:
    """A state modifier that gives a target thing of no side of its own its side ("government
    positions", ``state_modifiers``; not "the police office": an office is the government's, the police
    are named beside it)."""
    lex = actor_lexicon()
    head, things = tok.head, lex["target_things"]
    key = head.lower_ if head.lower_ in things else head.lemma_.lower()
    sided = tok.lower_ in lex["state_modifiers"] and key in things and things[key] is None
    return sided and attached_as(tok, "modifier")


def _formation_of(tok: Token) -> tuple[str, str] | None:
    """A unit or body of fighters named by a formation noun (``formation_nouns``) and a modifier of the
    state's forces or of an armed actor ("a military column", "naval units", "the rebel group", whatever
    its tag: ``state_modifiers``, the armed actor nouns) is those forces; "a long column" is no one."""
    lex = actor_lexicon()
    if tok.lemma_.lower() not in lex["formation_nouns"]:
        return None
    civilian_too = tok.lemma_.lower() in lex["civilian_formation_nouns"]  # "a border group of traders"
    for t in left_dependents(tok, "adjective", "compound"):
        template = None if civilian_too else lex["state_modifiers"].get(t.lower_)
        if template in ("state_forces", "police"):
            return "state_forces", template
        entry = noun_entry(*noun_forms(t))
        if entry is not None and entry[0] in _ARMED:
            return entry
    return None


def noun_actor(doc: Doc, sent: Span, tok: Token, fallback_country: str | None) -> ActorMention | None:
    """The actor a noun names ("Turkish troops", "armed men", "gang members"), with its country."""
    if not word_class(tok, "any_noun") or _first_half_of_a_participle(tok):
        return None
    entry = noun_entry(*noun_forms(tok))
    lex = actor_lexicon()
    armed = tok.lower_ in lex["armed_heads"] and any(
        t.lower_ in lex["armed_modifiers"] for t in left_dependents(tok, "adjective")
    )
    unknown = tok.lower_ in lex["unknown_heads"] and any(
        t.lower_ in lex["unknown_modifiers"] for t in left_dependents(tok, "adjective")
    )
    if armed or unknown or of_a_gang(tok):  # "armed men", "an unidentified group", "gang members",
        # "members of a kidnapping gang"
        entry = ("political_militia", "political_militia")
    elif tok.lemma_.lower() == "member" and any(
        t.lower_ in lex["civilian_member_compounds"] for t in left_dependents(tok, "compound")
    ):
        entry = ("civilians", "civilians")  # "opposition MCP party members"
    if entry is None:
        entry = _formation_of(tok)
    if entry is None:
        return None
    entry = in_service(tok, entry)
    if attached_as(tok, "compound") and noun_entry(*noun_forms(tok.head)) is not None:
        return None  # "police" in "civil police forces": the phrase's head makes the mention
    if _sides_a_thing(tok):
        return None  # "government" in "government positions": the thing is the mention
    kind, template = entry
    if tok.lemma_.lower() in lex["needs_country"] and modifier_country(tok) is None:
        return None  # "artillery fire hit the village": no one named
    compounds = [t for c in left_dependents(tok, "compound") for t in (c, *left_dependents(c, "compound"))]
    of_police = any((noun_entry(t.lower_) or ("", ""))[1] == "police" for t in compounds)
    if template == "state_forces" and of_police:
        template = "police"  # "civil police forces", "border police units", "a police lieutenant colonel"
    fighters = kind in _NON_STATE_ARMED or kind == "state_forces"
    before = doc[max(tok.left_edge.i, tok.i - 4) : tok.i]
    opposed = any(t.lower_.startswith(opposed_prefixes()) for t in before)  # "anti-ISIS forces"
    group = group_in(before.text) if fighters and not opposed else None
    if group is not None:  # "Islamic State militants", "Mayi Mayi Kifuafua militiamen" (NER missed the name)
        start = min(t.i for t in tok.lefts) if list(tok.lefts) else tok.i
        return actor_mention(doc, sent, start, tok.i + 1, tok, group.name, group.kind, group.country_code)
    country = modifier_country(tok) or next(iter(of_countries(tok)), None)
    if country is None and tok.lower_ in actor_lexicon()["regime_nouns"]:
        country = fallback_country
    start = min((t.i for t in left_dependents(tok, *_PHRASE_FRONT, "number")), default=tok.i)
    name = canonical_name(template, country_name(country))
    identity = identity_label(tok) if kind in _NON_STATE_ARMED else None
    if identity is not None:  # "tribal militias", "Fulani militiamen", "armed pastoralists"
        kind, name = "identity_militia", identity_name(identity, country_name(country))
    elif kind in _NON_STATE_ARMED and not opposed:
        name = written_group_name(tok) or name
    return actor_mention(doc, sent, start, tok.i + 1, tok, name, kind, country)


def _first_half_of_a_participle(tok: Token) -> bool:
    """The noun is written together by a hyphen with the verb of a clause ("a gang attacked a taxi and
    gang-raped a passenger"): a word of the verb's, not an actor of the clause. A participle that
    modifies a noun keeps its doer ("an army-conducted airstrike", "police-fired tear gas")."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or doc[tok.i + 1].whitespace_:
        return False
    after = doc[tok.i + 2]
    return form(after, "past_participle", "past_tense") and not modifies_noun(after)


#: entity labels of words that name no group: peoples and creeds, dates and numbers (a name the model
#: tags a place may be a group's, "Bakata Katanga": the gazetteer decides)
_NO_GROUP_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "LANGUAGE"})


def written_group_name(tok: Token) -> str | None:
    """The name of a group no list knows, written as proper nouns right before its fighters ("Bakata
    Katanga militiamen": "Bakata Katanga Militia"; "KLMN rebels": "KLMN"), or None. A place the gazetteer
    knows or a people ("Beni rebels", "Kurdish fighters") names no group (``named_fighter_nouns``)."""
    lex = actor_lexicon()
    if tok.lemma_.lower() not in lex["named_fighter_nouns"] and tok.lower_ not in lex["named_fighter_nouns"]:
        return None
    if not tok.is_lower or not in_lower_case(tok.sent):
        return None  # "the Old Rebel bar": a name; in a text in capitals every word looks like one
    words: list[Token] = []
    for t in reversed(tok.doc[tok.left_edge.i : tok.i]):  # the capitalised names right before the noun
        if t.is_stop or not t.text[:1].isupper() or (t.is_sent_start and not t.ent_type_):
            break  # "Old", "Suspected": capitals of the sentence's first word
        if not (word_class(t, "proper_noun") or t.ent_type_ or t.is_upper):
            break
        words.insert(0, t)
    if not words or all(t.ent_type_ in _NO_GROUP_LABELS or modifier_country(t) for t in words):
        return None
    name = " ".join(t.text for t in words)
    if get_gazetteer().match(name)[0] in (1, 2):
        return None  # "Zamfara militants": a place's fighters, no group's name
    suffix = tok.lower_ in lex["group_suffix_nouns"] or tok.lemma_.lower() in lex["group_suffix_nouns"]
    return f"{name} Militia" if suffix else name

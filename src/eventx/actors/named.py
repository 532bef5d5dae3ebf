"""Actors named by a name: armed groups, national forces ("the Algerian Army"), organisations ending
in an armed-organisation word, officials titled by a demonym, and group names NER missed."""

from __future__ import annotations

import calendar
import re

from spacy.tokens import Doc, Span, Token

from ..actor_countries import country_code_of
from ..actorlex import (
    ArmedGroup,
    armed_group,
    canonical_name,
    group_in,
    identity_label,
    identity_name,
    noun_entry,
    noun_forms,
    opposed_prefixes,
    shared_acronym,
)
from ..data import actor_lexicon, actor_words, trigger_lexicon, trigger_words
from ..geo.evidence import document_countries
from ..geo.gazetteer import get_gazetteer
from ..geo.lexicon import stoplist
from ..records import ActorMention
from ..syntax import attached_as, dependents, extent_phrases, modifies_noun, prep_objects, word_class
from .mention import actor_mention, country_name
from .nouns import target_thing

__all__ = ["entity_actor", "named_with_place", "sided_names", "with_group_noun"]


def _named_group(text: str):
    """The armed group a name is, or the first of two names joined by a slash ("Boko Haram/IS", as
    coders write one group known by two names)."""
    group = armed_group(text)
    if group is None and "/" in text:
        group = next((g for part in text.split("/") if (g := armed_group(part)) is not None), None)
    return group


def entity_actor(doc: Doc, sent: Span, ent: Span) -> ActorMention | None:
    """The actor a named entity names: an armed group, a national force, an armed organisation or a
    state through its titled official; None for other names."""
    if ent.label_ in ("ORG", "NORP", "PERSON", "GPE", "FAC", ""):  # "": an unlabelled acronym
        text = ent.text
        if _PRO.match(text) and _armed_noun_after(ent):
            text = _PRO.sub(
                "", text
            )  # "pro-Houthi forces" are coded as Houthi forces (not "pro-Hamas protesters")
        group = _named_group(text) if not _opposed(ent) else None
        name = group.name if group is not None else None
        if group is None and not _opposed(ent):
            group, name = group_faction(ent)
        if group is None:
            group = _shared_acronym_reading(ent)
            name = group.name if group is not None else None
        if group is not None:
            code = group.country_code
            return actor_mention(doc, sent, ent.start, ent.end, ent.root, name, group.kind, code)
    if ent.label_ in ("ORG", "NORP"):
        state = _national_force(doc, sent, ent)
        if state is not None:
            return state
    if ent.label_ == "ORG" and _regular_unit(ent):
        name = canonical_name("state_forces", None)
        return actor_mention(doc, sent, ent.start, ent.end, ent.root, name, "state_forces", None)
    if ent.label_ == "ORG":
        heads = actor_lexicon()["armed_org_heads"]
        last = ent[-1].lower_
        identity = identity_label(ent[-1]) if last in heads else None
        if identity is not None:  # "a suspected Lendu militia", tagged an organisation
            name = identity_name(identity, None)
            return actor_mention(doc, sent, ent.start, ent.end, ent.root, name, "identity_militia", None)
        # an armed organisation by its last word, or one that does what only armed groups do ("the
        # Northern Alliance launched an attack"): a group no list knows, named as written
        kind = heads.get(last) or ("political_militia" if _armed_doer(ent) else None)
        if kind is not None:
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            return actor_mention(doc, sent, ent.start, ent.end, ent.root, text, kind, None)
    if ent.label_ == "PERSON":
        code = _title_country(doc, ent)
        if code:
            return actor_mention(
                doc,
                sent,
                ent.start,
                ent.end,
                ent.root,
                canonical_name("government", country_name(code)),
                "government",
                code,
            )
    return None


def _shared_acronym_reading(ent: Span) -> ArmedGroup | None:
    """The group an acronym that groups of several countries go by names here ("NAF", ``shared_acronyms``):
    the one of the country the rest of the text points to most (its countries named or implied, its
    places and the main countries of the groups it names), None where it points to none of them."""
    readings = shared_acronym(ent.text)
    if not readings or _modifies_a_thing(ent):
        return None
    support = document_countries(ent.doc)
    support.update(p.country_code for p in ent.doc._.eventx_places if p.country_code)
    support.update(g.country_code for e in ent.doc.ents if (g := armed_group(e.text)) and g.country_code)
    best = max(readings, key=lambda g: support.get(g.country_code, 0))
    return best if support.get(best.country_code, 0) > 0 else None


def _modifies_a_thing(ent: Span) -> bool:
    """The name modifies a noun that names no people ("AA guns": anti-aircraft guns, not the Arakan
    Army's)."""
    root = ent.root
    head = root.head
    return attached_as(root, "compound") and noun_entry(*noun_forms(head)) is None


def group_faction(ent: Span) -> tuple[ArmedGroup | None, str | None]:
    """A known group's name followed by the name of one of its factions ("the Mayi Mayi Mesandu", "Mayi
    Mayi Yakutumba"): the group, and its name with the faction's in brackets as ACLED writes it ("Mai-Mai
    Militia (Mesandu)"; a name that already has brackets stays as it is). The faction's words are proper
    nouns (``_faction_word``), no actor noun ("Mayi Mayi militiamen"); (None, None) for other names."""
    words = [t for t in ent if t.lower_ != "the"]
    for n in range(len(words) - 1, 0, -1):
        rest = words[n:]
        group = armed_group(" ".join(t.text for t in words[:n])) if len(rest) <= 3 else None
        if group is not None and all(_faction_word(t, group) for t in rest):
            faction = " ".join(t.text for t in rest)
            return group, group.name if "(" in group.name else f"{group.name} ({faction})"
    return None, None


def _faction_word(tok: Token, group: ArmedGroup) -> bool:
    """A capitalised proper noun that is no actor noun, no word of an armed organisation or unit
    ("Mai-Mai Brigade": ``armed_org_heads``, ``formation_nouns``), no day or month name ("the Mai-Mai
    Monday attack") and no place of the group's country ("Taliban Kandahar fighters")."""
    lex = actor_lexicon()
    return (
        tok.text[:1].isupper()
        and word_class(tok, "proper_noun")
        and noun_entry(*noun_forms(tok)) is None
        and tok.lower_ not in lex["armed_org_heads"]
        and tok.lower_ not in lex["formation_nouns"]
        and tok.lower_ not in _CALENDAR_WORDS
        and not _place_of(tok.text, group.country_code)
    )


#: day and month names, full and abbreviated ("Monday", "Mon", "May")
_CALENDAR_WORDS = frozenset(
    w.lower()
    for w in (*calendar.day_name, *calendar.day_abbr, *calendar.month_name, *calendar.month_abbr)
    if w
)


def _place_of(word: str, country: str | None) -> bool:
    """The gazetteer knows the word as a place of the country (of any country when it is None)."""
    return bool(get_gazetteer().lookup(word, countries=[country] if country else None))


def _regular_unit(ent: Span) -> bool:
    """A unit of a regular army by its name: a formation noun last, numbered or of an arm of service
    ("the 35th Infantry Battalion", "the Third Brigade", "Mechanized Division" after "1st";
    ``regular_unit_words``), never a group's own name ("Mai-Mai Brigade", "Arakan Army") nor a unit a
    group's name or an armed group's noun stands with ("KIAs 34th Battalion", "the SDF's 5th Brigade",
    "the rebel 5th Brigade", "the 5th Brigade of the SPLA-IO")."""
    lex = actor_lexicon()
    if ent[-1].lower_ not in lex["formation_nouns"] or _of_a_group_after(ent):
        return False
    words = [t for t in ent if t.lower_ != "the"]
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("'s", "’s", "'", "’") and before.i > 0:
        before = before.doc[before.i - 1]  # "the Philippine Army's 35th Infantry Battalion"
    if before is not None and _of_a_group(before):
        return False
    numbered = bool(words) and words[0].like_num or (before is not None and before.like_num)
    return numbered or any(t.lower_ in lex["regular_unit_words"] for t in words[:-1])


def _of_a_group(tok: Token) -> bool:
    """A word before a unit's name that makes it a non-state group's: a proper noun that names no state
    or state force ("KIAs 34th Battalion"; not "the Philippine Army's", "Nigerian"), or the noun of an
    armed group ("the rebel 5th Brigade"), or the end of a known group's name ("the Syrian Democratic
    Forces' 5th Brigade")."""
    group = group_in(tok.doc[max(0, tok.i - 5) : tok.i + 1].text)
    if group is not None:
        return group.kind != "state_forces"  # "the Syrian Democratic Forces' 5th Brigade"
    entry = noun_entry(*noun_forms(tok))
    if entry is not None:
        return entry[0] in _ARMED_GROUP_KINDS
    capitalised = word_class(tok, "any_noun") and tok.text[:1].isupper()  # "KIAs", however tagged
    return capitalised and country_code_of(tok.text) is None


def _of_a_group_after(ent: Span) -> bool:
    """The unit's name is followed by "of" and an armed group ("the 5th Brigade of the SPLA-IO")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ != "of":
        return False
    return armed_group(doc[ent.end + 1 : min(len(doc), ent.end + 6)].text.removeprefix("the ")) is not None


#: kinds of non-state armed actors whose nouns make a unit theirs ("the rebel 5th Brigade")
_ARMED_GROUP_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia"})


def _armed_doer(ent: Span) -> bool:
    """An organisation the lists do not know that does an act only armed groups do: the subject of a
    verb of armed attack, of a verb of attack on a post of a state's forces (``forces_attack_verbs``:
    "the FMLN attacked a military post"), or of one that launches or carries out an attack on people,
    forces or a place (``armed_doer_verbs``, ``attack_launch_verbs``: "the Northern Alliance launched an
    attack against an army position", "the Zomi Revolutionary Council ambushed a patrol"); not a state
    body or party by its name (``civil_org_heads``: "the Labour Party launched an attack on the
    government", "the Crimes Commission raided a hotel"), nor "an offensive against malaria"."""
    root, lex = ent.root, actor_lexicon()
    if not attached_as(root, "subject") or any(t.lower_ in lex["civil_org_heads"] for t in ent):
        return False
    verb = root.head
    if verb.lemma_.lower() in lex["armed_doer_verbs"]:
        return True
    if verb.lemma_.lower() in lex["forces_attack_verbs"]:
        return any(_forces_or_post(o) for o in dependents(verb, "object"))
    if verb.lemma_.lower() not in lex["attack_launch_verbs"]:
        return False
    attacks = [o for o in dependents(verb, "object") if o.lemma_.lower() in lex["launched_attacks"]]
    # the aim, also where the parse hangs it on the attack's phrase of duration or origin ("launched an
    # attack for 30 minutes against an army position")
    phrases = [h for a in attacks for h in (a, *extent_phrases(a))]
    aimed = [o for h in phrases for o in prep_objects(h, trigger_words("aimed_preps"))]
    return any(_side_or_place(o) for o in aimed)  # "... against an army position", "... on Muse"


def _forces_or_post(tok: Token) -> bool:
    """The noun names a post of a state's forces ("a military post", "a police station", "an army
    checkpoint": ``target_things``), not the forces themselves, which words attack too ("Amnesty
    International attacked the police for the killings")."""
    thing = target_thing(tok.doc, tok.sent, tok)
    return thing is not None and thing.kind == "state_forces"


def _side_or_place(tok: Token) -> bool:
    """The noun names people, forces or their holdings (an actor noun or a target thing) or a place."""
    things = actor_lexicon()["target_things"]
    lemma = tok.lemma_.lower()
    place = tok.ent_type_ in ("GPE", "LOC", "FAC")
    return noun_entry(tok.lower_, lemma) is not None or lemma in things or place


def named_with_place(doc: Doc, sent: Span, ent: Span) -> Span:
    """An entity whose bounds the model drew across a listed group's name, set to the name: one that begins
    a name written "<group> in <place>" ("the Islamic State in Greater Sahara", "Al-Qaeda in the Arabian
    Peninsula") or "<people> <fighters>" ("Ambazonian separatists": the model tags only the first word)
    widened to it, one that runs on past a name into its place ("[the Sinaloa Cartel in Aguililla]")
    cut to it; "of <place>" is read as "in" ("[the Kurdistan Democratic Party] of Iran"). Names of
    communal militias are left to the identity reading ("Fulani herdsmen")."""
    i = ent.end
    if i < sent.end and doc[i].lower_ in ("in", "of"):  # "the Kurdistan Democratic Party | of Iran"
        j = i + 2 if i + 1 < sent.end and doc[i + 1].lower_ == "the" else i + 1
        for end in range(min(sent.end, j + 4), j, -1):
            if all(t.text[:1].isupper() for t in doc[j:end]) and armed_group(doc[ent.start : end].text):
                return Span(doc, ent.start, end, label="ORG")
    if armed_group(ent.text) is not None:
        return ent
    for end in (*range(min(sent.end, ent.end + 2), ent.end, -1), *range(ent.end - 1, ent.start, -1)):
        group = armed_group(doc[ent.start : end].text)
        if group is not None and group.kind != "identity_militia" and _ends_a_name(doc, ent, end):
            return Span(doc, ent.start, end, label="ORG")
    return ent


def _ends_a_name(doc: Doc, ent: Span, end: int) -> bool:
    """A name cut at ``end`` stops before a locative preposition ("the Sinaloa Cartel | in Aguililla"; not
    "of", which goes on with names: "the Islamic State of Iraq and the Levant"); one widened past the
    entity takes nouns only ("Ambazonian | separatists")."""
    if end > ent.end:
        return all(word_class(t, "noun") for t in doc[ent.end : end])
    return doc[end].lower_ in stoplist()["locative_preps"]


def _national_force(doc: Doc, sent: Span, ent: Span) -> ActorMention | None:
    """ "the Algerian Army", "Nigerian Police", "the Nigerian Air Force", "the Royal Thai Army": a
    country's own forces, its name and a force noun with only words of an arm of service besides
    (``service_arm_words``: "the Somali National Army"), not an armed organisation named "... Army"
    ("Arakan Army", "Free Syrian Army"; listed groups such as "the Syrian National Army" come first)."""
    words = [t for t in ent if t.lower_ != "the"]
    arms = actor_lexicon()["service_arm_words"]
    named = [t for t in words[:-1] if t.lower_ not in arms]  # "the Royal Thai Army": Thai
    if len(words) < 2 or len(named) != 1:
        return None
    entry = noun_entry(words[-1].lower_)
    code = country_code_of(named[0].text)
    if entry is None or entry[0] != "state_forces" or code is None:
        return None
    name = canonical_name(entry[1], country_name(code))
    return actor_mention(doc, sent, ent.start, ent.end, ent.root, name, "state_forces", code)


_PRO = re.compile(r"^pro\s*-\s*", re.I)


def _armed_noun_after(ent: Span) -> bool:
    """The name modifies forces or their things ("pro-Houthi forces", "pro-Houthi elements", "a
    pro-Houthi drone"), not unarmed people ("pro-Hamas protesters", "pro-Houthi supporters")."""
    doc = ent.doc
    noun = doc[ent.end] if ent.end < len(doc) else None
    if noun is None or not word_class(noun, "any_noun"):
        return False
    entry = noun_entry(*noun_forms(noun))
    unarmed = entry is not None and entry[0] in ("civilians", "protesters", "rioters", "government")
    return not unarmed and noun.lower_ not in trigger_lexicon()["protest_people"]


def _opposed(ent: Span) -> bool:
    """ "anti-ISIS forces", "counter-ISIS operations": the name is what they fight, not who they are; not
    a listed group's own name ("anti-Balaka militiamen")."""
    doc = ent.doc
    start = max(ent.start - 2, 0)
    before = [doc[i].lower_ for i in range(start, ent.start)]
    first = ent[0].lower_
    opposed = opposed_prefixes()
    if first.startswith(opposed) or any(w in opposed for w in before):
        written = doc[start : ent.end].text if not first.startswith(opposed) else ent.text
        return armed_group(written) is None  # "anti-Balaka" is a group's own name
    return False


def sided_names(sent: Span) -> list[Span]:
    """Named groups NER missed after "pro-" ("pro-Houthi reinforcements"): ACLED codes the forces of a
    side by the side they are on."""
    doc = sent.doc
    return [
        doc[t.i : t.i + 1]
        for t in sent
        if t.i - 2 >= sent.start
        and t.ent_type_ == ""
        and doc[t.i - 1].text == "-"
        and doc[t.i - 2].lower_ == "pro"
        and armed_group(t.text) is not None
        and _armed_noun_after(doc[t.i : t.i + 1])
    ]


def with_group_noun(doc: Doc, sent: Span, ent: Span, m: ActorMention) -> tuple[ActorMention, int]:
    """ "Taliban fighters", "Boko Haram militants", "Basij members": a group named as the modifier of an
    actor noun or of a noun of its members (``member_heads``) is one mention headed by the noun (which
    carries its role in the parse). Returns it and its end token."""
    root, head = ent.root, ent.root.head
    if ent.end < len(doc) and ent[-1].head.i == ent.end and ent.start <= doc[ent.end].head.i < ent.end:
        # "Al-Qaeda in the Arabian Peninsula fighters": the parse hangs the noun inside the name, whose
        # root keeps the role
        root, head = ent[-1], ent.root
    noun = root.head
    members = noun.lemma_.lower() in actor_lexicon()["member_heads"]  # "Basij members", "Hamas operatives"
    if (
        not modifies_noun(root)
        or noun.i != ent.end
        or (noun_entry(*noun_forms(noun)) is None and not members)
    ):
        return m, ent.end
    return actor_mention(doc, sent, ent.start, noun.i + 1, head, m.name, m.kind, m.country_code), noun.i + 1


def _title_country(doc: Doc, ent: Span) -> str | None:
    """The country a named official represents: "Russian President Vladimir Putin" -> RUS."""
    gaz = get_gazetteer()
    titles = actor_words("state_titles")
    window = doc[max(ent.start - 4, 0) : ent.start]
    if not any(t.lower_ in titles for t in window):
        return None
    for t in reversed(window):
        code = gaz.country_of_demonym(t.text) if t.text[:1].isupper() else None
        if code:
            return code
    return None

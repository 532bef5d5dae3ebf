"""eventx_actors: actor mentions, normalised to a canonical name, an ACLED kind and a country.

Sources of mentions, per sentence:
- noun phrases headed by an actor noun (``actor_nouns.yaml``: soldiers, troops, police, rebels,
  civilians, protesters ...), their country taken from a demonym or country name modifying them
  ("Turkish troops" -> Military Forces of Turkey); a demonym joined to "-backed" names a backer, not
  the actor's country ("Russian-backed Syrian forces" are Syria's);
- named armed groups (``armed_groups.yaml``, with aliases and acronyms) and organisations whose name
  ends in an armed-organisation word ("... Front", "... militia");
- countries and seats of government standing for a state, as eventx_places marks them ("Turkey said",
  "Moscow announced", "the leaders of Russia"), and officials titled by a demonym ("Russian President
  Vladimir Putin"): kind ``government``;
- "the regime" / "Assad's regime": the government forces of the country the text is mainly about.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..actorlex import (
    armed_group,
    canonical_name,
    country_code_of,
    group_in,
    identity_label,
    identity_name,
    modifier_country,
    noun_entry,
    of_countries,
)
from ..data import actor_lexicon, trigger_lexicon
from ..doctools import content_sents, record_spans, sentence_ents
from ..extensions import register
from ..gazetteer import get_gazetteer
from ..records import ActorMention

ASSIGNS = ["doc._.eventx_actors"]
_NON_STATE_ARMED = {"rebel_group", "political_militia", "identity_militia"}


def _lex() -> dict:
    return actor_lexicon()


def _country_name(code: str | None) -> str | None:
    if code is None:
        return None
    place = get_gazetteer().country(code)
    return place.name if place else None


def main_country(doc: Doc) -> str | None:
    """The country the text is mainly about: the most frequent country among its located places."""
    counts = Counter(p.country_code for p in doc._.eventx_places if p.context == "mention" and p.country_code)
    return counts.most_common(1)[0][0] if counts else None


def _mention(
    doc: Doc,
    sent: Span,
    start: int,
    end: int,
    head: Token,
    name: str,
    kind: str,
    country: str | None,
    target_only: bool = False,
) -> ActorMention:
    return ActorMention(
        start=doc[start].idx,
        end=doc[end - 1].idx + len(doc[end - 1].text),
        text=doc[start:end].text,
        sent_start=sent.start_char,
        name=name,
        kind=kind,
        country_code=country,
        head=head.i,
        target_only=target_only,
    )


def _owner(tok: Token) -> Token | None:
    """The noun a thing "belongs to": "forces" in "a vehicle belonging to the military forces"."""
    for verb in tok.children:
        if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() == "belong":
            for prep in verb.children:
                if prep.lower_ == "to":
                    return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _target_thing(doc: Doc, sent: Span, tok: Token) -> ActorMention | None:
    """A thing or office-holder that can only be attacked ("a customs post", "a school", "a ward
    administrator"), of the side its modifiers or its own word say (``target_things`` in actor_nouns.yaml)."""
    lex = _lex()
    things = lex["target_things"]
    if tok.pos_ != "NOUN" or (tok.lower_ not in things and tok.lemma_.lower() not in things):
        return None
    template = things.get(tok.lower_, things.get(tok.lemma_.lower()))
    for t in tok.lefts:
        if template is None and t.dep_ in ("amod", "compound") and t.lower_ in lex["state_modifiers"]:
            template = lex["state_modifiers"][t.lower_]
            break
    owner = _owner(tok)
    owner_entry = noun_entry(owner.lower_, owner.lemma_.lower()) if owner is not None else None
    if template is None and owner_entry is not None and owner_entry[1] in ("state_forces", "police"):
        template = owner_entry[1]  # "a vehicle belonging to the Egyptian military forces"
    group = group_in(doc[owner.left_edge.i : owner.right_edge.i + 1].text) if owner is not None else None
    start = min((t.i for t in tok.lefts if t.dep_ in ("amod", "compound", "det", "poss")), default=tok.i)
    if template is None and group is not None:  # "two monitoring sites belonging to the al Qassam brigades"
        return _mention(
            doc, sent, start, tok.i + 1, tok, group.name, group.kind, group.country_code, target_only=True
        )
    if template is None:
        return None
    kind = "state_forces" if template == "police" else template
    country = modifier_country(tok) or (modifier_country(owner) if owner is not None else None)
    name = canonical_name(template, _country_name(country))
    return _mention(doc, sent, start, tok.i + 1, tok, name, kind, country, target_only=True)


def _noun_actor(doc: Doc, sent: Span, tok: Token, fallback_country: str | None) -> ActorMention | None:
    entry = noun_entry(tok.lower_, tok.lemma_.lower())
    lex = _lex()
    armed = tok.lower_ in lex["armed_heads"] and any(
        t.dep_ == "amod" and t.lower_ in lex["armed_modifiers"] for t in tok.lefts
    )
    unknown = tok.lower_ in lex["unknown_heads"] and any(
        t.dep_ == "amod" and t.lower_ in lex["unknown_modifiers"] for t in tok.lefts
    )
    member_of_gang = tok.lemma_.lower() == "member" and any(
        t.dep_ == "compound" and t.lower_ in lex["armed_member_compounds"] for t in tok.lefts
    )
    if armed or unknown or member_of_gang:  # "armed men", "an unidentified group", "gang members"
        entry = ("political_militia", "political_militia")
    elif tok.lemma_.lower() == "member" and any(
        t.dep_ == "compound" and t.lower_ in lex["civilian_member_compounds"] for t in tok.lefts
    ):
        entry = ("civilians", "civilians")  # "opposition MCP party members"
    if entry is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.dep_ == "compound" and noun_entry(tok.head.lower_, tok.head.lemma_.lower()) is not None:
        return None  # "police" in "civil police forces": the phrase's head makes the mention
    kind, template = entry
    if tok.lemma_.lower() in lex["needs_country"] and modifier_country(tok) is None:
        return None  # "artillery fire hit the village": no one named
    if template == "state_forces" and any(
        (noun_entry(t.lower_) or ("", ""))[1] == "police" for t in tok.lefts if t.dep_ == "compound"
    ):
        template = "police"  # "civil police forces", "border police units"
    fighters = kind in _NON_STATE_ARMED or kind == "state_forces"
    before = doc[max(tok.left_edge.i, tok.i - 4) : tok.i]
    opposed = any(t.lower_.startswith(("anti", "counter")) for t in before)  # "anti-ISIS forces"
    group = group_in(before.text) if fighters and not opposed else None
    if group is not None:  # "Islamic State militants", "Mayi Mayi Kifuafua militiamen" (NER missed the name)
        start = min(t.i for t in tok.lefts) if list(tok.lefts) else tok.i
        return _mention(doc, sent, start, tok.i + 1, tok, group.name, group.kind, group.country_code)
    country = modifier_country(tok) or next(iter(of_countries(tok)), None)
    if country is None and tok.lower_ in _lex()["regime_nouns"]:
        country = fallback_country
    start = min(
        (t.i for t in tok.lefts if t.dep_ in ("amod", "compound", "det", "poss", "nummod")), default=tok.i
    )
    name = canonical_name(template, _country_name(country))
    identity = identity_label(tok) if kind in _NON_STATE_ARMED else None
    if identity is not None:  # "tribal militias", "Fulani militiamen", "armed pastoralists"
        kind, name = "identity_militia", identity_name(identity, _country_name(country))
    return _mention(doc, sent, start, tok.i + 1, tok, name, kind, country)


def _entity_actor(doc: Doc, sent: Span, ent: Span) -> ActorMention | None:
    if ent.label_ in ("ORG", "NORP", "PERSON", "GPE", "FAC", ""):  # "": an unlabelled acronym
        text = ent.text
        if _PRO.match(text) and _armed_noun_after(ent):
            text = _PRO.sub(
                "", text
            )  # "pro-Houthi forces" are coded as Houthi forces (not "pro-Hamas protesters")
        group = armed_group(text) if not _opposed(ent) else None
        if group is not None:
            return _mention(
                doc, sent, ent.start, ent.end, ent.root, group.name, group.kind, group.country_code
            )
    if ent.label_ in ("ORG", "NORP"):
        state = _national_force(doc, sent, ent)
        if state is not None:
            return state
    if ent.label_ == "ORG":
        heads = _lex()["armed_org_heads"]
        last = ent[-1].lower_
        if last in heads:
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            return _mention(doc, sent, ent.start, ent.end, ent.root, text, heads[last], None)
    if ent.label_ == "PERSON":
        code = _title_country(doc, ent)
        if code:
            return _mention(
                doc,
                sent,
                ent.start,
                ent.end,
                ent.root,
                canonical_name("government", _country_name(code)),
                "government",
                code,
            )
    return None


def _named_with_place(doc: Doc, sent: Span, ent: Span) -> Span:
    """An entity that begins a group's name written "<group> in <place>" ("the Islamic State in Greater
    Sahara", "Al-Qaeda in the Arabian Peninsula", split by the model) widened to the whole name."""
    i = ent.end
    if i >= sent.end or doc[i].lower_ != "in":
        return ent
    j = i + 2 if i + 1 < sent.end and doc[i + 1].lower_ == "the" else i + 1
    for end in range(min(sent.end, j + 4), j, -1):
        if all(t.text[:1].isupper() for t in doc[j:end]) and armed_group(doc[ent.start : end].text):
            return Span(doc, ent.start, end, label="ORG")
    return ent


def _national_force(doc: Doc, sent: Span, ent: Span) -> ActorMention | None:
    """ "the Algerian Army", "Nigerian Police": a country's own forces, not an armed organisation named
    "... Army" ("Arakan Army", "Free Syrian Army")."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 2:
        return None
    entry = noun_entry(words[1].lower_)
    code = country_code_of(words[0].text)
    if entry is None or entry[0] != "state_forces" or code is None:
        return None
    name = canonical_name(entry[1], _country_name(code))
    return _mention(doc, sent, ent.start, ent.end, ent.root, name, "state_forces", code)


def _acronyms(sent: Span) -> list[Span]:
    """Capitalised acronyms NER left without a label ("the NPA and the military"): possible group names."""
    mixed = any(ch.islower() for ch in sent.text)  # not a headline in capitals
    acronyms = [
        sent.doc[t.i : t.i + 1]
        for t in sent
        if t.ent_type_ == ""
        and t.is_upper
        and len(t.text) >= 2
        and t.is_alpha
        and (t.pos_ == "PROPN" or (mixed and armed_group(t.text) is not None))  # "IS attacked" read as a verb
    ]
    # a group's one-word name NER left unlabelled ("a group of Imbonerakure destroyed 4 houses")
    names = [
        sent.doc[t.i : t.i + 1]
        for t in sent
        if t.ent_type_ == ""
        and not t.is_upper
        and t.text[:1].isupper()
        and t.i > sent.start
        and _standalone(t)
        and armed_group(t.text) is not None
    ]
    return acronyms + names


def _standalone(t: Token) -> bool:
    """No capitalised word or hyphen joins the token: not part of a longer name ("Communist Party of
    India - Maoist")."""
    doc = t.doc
    near = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
    return not any(n.text == "-" or (n.text[:1].isupper() and n.is_alpha) for n in near)


_PRO = re.compile(r"^pro\s*-\s*", re.I)


def _armed_noun_after(ent: Span) -> bool:
    """The name modifies forces or their things ("pro-Houthi forces", "pro-Houthi elements", "a
    pro-Houthi drone"), not unarmed people ("pro-Hamas protesters", "pro-Houthi supporters")."""
    doc = ent.doc
    noun = doc[ent.end] if ent.end < len(doc) else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    entry = noun_entry(noun.lower_, noun.lemma_.lower())
    unarmed = entry is not None and entry[0] in ("civilians", "protesters", "rioters", "government")
    return not unarmed and noun.lower_ not in trigger_lexicon()["protest_people"]


def _opposed(ent: Span) -> bool:
    """ "anti-ISIS forces", "counter-ISIS operations": the name is what they fight, not who they are."""
    doc = ent.doc
    before = [doc[i].lower_ for i in range(max(ent.start - 2, 0), ent.start)]
    first = ent[0].lower_
    return first.startswith(("anti", "counter")) or any(w in ("anti", "counter") for w in before)


def _sided_names(sent: Span) -> list[Span]:
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


def _with_group_noun(doc: Doc, sent: Span, ent: Span, m: ActorMention) -> tuple[ActorMention, int]:
    """ "Taliban fighters", "Boko Haram militants": a group named as the modifier of an actor noun is one
    mention headed by the noun (which carries its role in the parse). Returns it and its end token."""
    root, head = ent.root, ent.root.head
    if ent.end < len(doc) and ent[-1].head.i == ent.end and ent.start <= doc[ent.end].head.i < ent.end:
        # "Al-Qaeda in the Arabian Peninsula fighters": the parse hangs the noun inside the name, whose
        # root keeps the role
        root, head = ent[-1], ent.root
    noun = root.head
    if (
        root.dep_ not in ("compound", "amod", "nmod")
        or noun.i != ent.end
        or noun_entry(noun.lower_, noun.lemma_.lower()) is None
    ):
        return m, ent.end
    return _mention(doc, sent, ent.start, noun.i + 1, head, m.name, m.kind, m.country_code), noun.i + 1


def _title_country(doc: Doc, ent: Span) -> str | None:
    """The country a named official represents: "Russian President Vladimir Putin" -> RUS."""
    gaz = get_gazetteer()
    titles = set(_lex()["state_titles"])
    window = doc[max(ent.start - 4, 0) : ent.start]
    if not any(t.lower_ in titles for t in window):
        return None
    for t in reversed(window):
        code = gaz.country_of_demonym(t.text) if t.text[:1].isupper() else None
        if code:
            return code
    return None


def _government_actors(doc: Doc) -> list[ActorMention]:
    """States acting through their name or capital, as eventx_places marked them ("Turkey said")."""
    out = []
    for p in doc._.eventx_places:
        if p.context != "government" or not p.country_code:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        out.append(
            ActorMention(
                start=p.start,
                end=p.end,
                text=p.text,
                sent_start=p.sent_start,
                name=canonical_name("government", _country_name(p.country_code)),
                kind="government",
                country_code=p.country_code,
                head=span.root.i,
            )
        )
    return out


class ActorsComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        register()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = _government_actors(doc)
        fallback = main_country(doc)
        ents = sentence_ents(doc)
        for sent in content_sents(doc):
            taken: set[int] = {
                i
                for m in mentions
                if m.sent_start == sent.start_char
                for i in range(doc[m.head].i, doc[m.head].i + 1)
            }
            spans = [*ents[sent.start], *_acronyms(sent), *_sided_names(sent)]
            for ent in spans:
                ent = _named_with_place(doc, sent, ent)
                m = _entity_actor(doc, sent, ent)
                if m is None:
                    continue
                m, end = _with_group_noun(doc, sent, ent, m)
                mentions.append(m)
                taken.update(range(ent.start, end))
            for tok in sent:
                if tok.i in taken:
                    continue
                m = _noun_actor(doc, sent, tok, fallback) or _target_thing(doc, sent, tok)
                if m is not None:
                    mentions.append(m)
        doc._.eventx_actors = sorted(mentions, key=lambda m: m.start)
        doc.spans["eventx_actors"] = record_spans(doc, mentions, lambda m: m.kind)
        return doc


@Language.factory("eventx_actors", assigns=ASSIGNS, requires=["doc.ents", "token.dep", "doc._.eventx_places"])
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp, name)

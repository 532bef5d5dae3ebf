"""Place chains: the hierarchies reports write places in, read from the text itself.

Reports and coder notes name a place together with the areas that hold it: "in Calama,
Antofagasta", "Samboko village (Mambasa, Nord-Kivu)", "Kudaburu, West Singhbhum district, Jharkhand,
India", "the village of Taara in the western countryside of As-Sweida", "Dhandari Kalan near
Ludhiana (Punjab)". The statistical NER often misses or mislabels such names (PERSON "Ciudad Mante",
ORG "Ahvaz"), so this module finds them with patterns over the text:

* an **item** is a capitalised name (lower-case particles such as "ar", "de", "el" allowed inside),
  with an area word before or after it ("village of X", "X district"); it is **locative** when a
  locative preposition ("in", "near", "at" ...) or an opening parenthesis stands before it;
* consecutive items form a **chain** when only a separator stands between them: a comma, an opening
  parenthesis, "in", "of" (after an area word) mean *contained in*; "near" means *near*; "and" makes
  two items siblings that share what follows.

A chain is resolved as a whole (``chain_choice.resolve_chain``): every item's gazetteer candidates are
scored by the document's country support, and neighbouring items score when they agree (the inner
item's admin1 is the outer item, or they share a country). An item the gazetteer does not know, but which a
resolved item contains, is kept **as written** with its container's admin areas, country and
coordinates (``PlaceMention.resolved`` False): "Samboko" in Nord-Kivu, DR Congo, at admin1 precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from ..lexicon import per_lexicon
from ..text.date_words import MONTH_FORMS, WEEKDAYS, alternation
from .gazetteer import Place, get_gazetteer, load_countries
from .lexicon import area_words, place_words, stoplist

_MONTHS_DAYS = frozenset(MONTH_FORMS) | frozenset(WEEKDAYS)  # temporal.yaml: month forms, weekday names
_POSSESSIVE_ENDINGS = tuple(sorted(place_words("possessive_endings")))  # "Jerusalem's"
#: area words of a first-level area ("Idlib province")
ADMIN_AREAS = place_words("admin_area_words")
#: area words of a district, below a first-level area ("Apa LGA")
DISTRICTS = place_words("district_words")


@per_lexicon
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = stoplist()
    # fixed-width look-behinds, one per unit: "120 km south of Tehran" is a distance, not a bearing
    not_after_distance = "".join(f"(?<!{re.escape(u)} )" for u in lex["distance_units"])
    conn = alternation(lex["name_connectors"])
    lead_conn = alternation(lex["leading_connectors"])
    abbreviation = rf"(?-i:{alternation(lex['name_abbreviations'])})\. "
    # area words in any case, and those read only in lower case ("Kalehe territory", not "Northern Territory")
    area = rf"{alternation(lex['area_words'])}|(?-i:{alternation(lex['lower_case_area_words'])})"
    direction = alternation(lex["direction_words"])
    prefix = alternation(lex["prefix_area_words"])
    preps = alternation(lex["locative_preps"])
    word = r"[A-Z](?:[\w&]|['’.](?=\w))*(?:-(?:[\w&]|['’.](?=\w))+)*"
    # country names written with "of" ("Democratic Republic of the Congo") are one item
    of_names = alternation(
        name for row in load_countries() for name in (row.name, *row.aliases) if " of " in name
    )
    opening = rf"(?:(?:{lead_conn})[ -]|{abbreviation})?"
    words = rf"{opening}{word}(?:(?:[ -](?:{conn})[ -]| ){word})*(?: \d{{1,3}}\b)?"
    name = rf"(?:{of_names}|{words})"
    lead = rf"(?:the\s+)?(?:(?:{direction})\s+)*"
    return {
        "name": re.compile(rf"(?<![\w'’-])(?:(?:{prefix})\s+)?(?P<name>{name})"),
        "area_after": re.compile(rf"^(?:'s|’s)?\s+(?:{area})\b", re.I),
        "area_before": re.compile(rf"\b(?:{area})\s+of\s+(?:the\s+)?$", re.I),
        # "in Idlib", "near the village of X", "(X", and a bearing from a place: "east of Samarra" (not
        # "120 km south of Tehran": a distance from it)
        "locative": re.compile(
            rf"(?:\b(?:{preps})\s+{lead}(?:(?:{area})\s+of\s+(?:the\s+)?)?(?:(?:{prefix})\s+)?|\(\s*"
            rf"|{not_after_distance}"
            rf"\b(?:{direction})\s+of\s+(?:the\s+)?)$",
            re.I,
        ),
        "contain": re.compile(
            rf"^\s*(?:,|\(|,?\s*\bin\b|\bof\b)?\s*{lead}(?:(?:{area})\s+(?:of|in)\s+(?:the\s+)?)?"
            rf"(?:(?:{prefix})\s+)?$",
            re.I,
        ),
        "near": re.compile(rf"^\s*,?\s*\bnear\b\s+{lead}(?:(?:{area})\s+of\s+(?:the\s+)?)?$", re.I),
        # "Kirkuk and Salahuddin"; "Ohaji/Egbema LGA": an area named after two places (that the
        # gazetteer does not know as one name)
        "and": re.compile(rf"^\s*(?:(?:,\s*)?\band\b\s+{lead}(?:(?:{area})\s+of\s+(?:the\s+)?)?|/)$", re.I),
    }


@dataclass
class Item:
    """One capitalised name of a sentence, with what stands around it."""

    start: int
    end: int
    text: str
    area: str | None = None  # the area word written with it: "village", "district"
    locative: bool = False  # after a locative preposition or an area word ("outskirts of"), or in parentheses
    paren: bool = False  # inside parentheses: an area holding the name before it ("(Mambasa, Nord-Kivu)")
    link: str | None = None  # relation to the next item of the chain: "in" | "near" | "and"
    weak: bool = False  # a world region of the stop list: a place only where the chain confirms it
    owner: Item | None = None  # the place written as its possessor, which holds it ("Baghdad's Adhamiya")
    prefixed: bool = False  # written after a prefix area word ("Barangay Isabang", "Colonia X")
    road: bool = False  # the first town of a road named by the towns it joins ("the Beni-Butembo road")
    place: Place | None = None
    tier: int = 0


@dataclass
class Chain:
    """Names of a sentence linked by separators (``Item.link``), in text order (but for a possessor,
    which follows the name it holds)."""

    items: list[Item] = field(default_factory=list)


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop leading stop words, month and weekday names: "On May" -> "", "In Calama" -> "Calama"."""
    words = text.split(" ")
    while words and (
        words[0].lower() in STOP_WORDS or words[0].lower().rstrip(".") in _MONTHS_DAYS or words[0].isdigit()
    ):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


_LOOKBEHIND = 160  # characters: longer than any "in the restive northwestern province of the" lead-in


def find_items(text: str, offset: int = 0) -> list[Item]:
    """The capitalised names of ``text`` (one sentence) with their area words and locative flags."""
    pats = _patterns()
    items: list[Item] = []
    for m in pats["name"].finditer(text):
        name, start = _trim(m.group("name"), m.start("name"))
        if not name or name.lower() in _MONTHS_DAYS:
            continue
        end = start + len(name)
        thing_after = _a_thing_after(text, end)
        written_so = _named_with_possessive(name) and not thing_after
        if name.endswith(_POSSESSIVE_ENDINGS) and not written_so:
            if saints_thing(name, text[end:]):
                continue  # "St. John's church", "St. Mary's school": a saint's, no place
            name, end = name[:-2], end - 2
        inner = re.search(r"['’]s\s+", name)
        owner = None
        if inner and not written_so:  # "Jerusalem's Bet Shemesh neighbourhood": the name after the possessive
            owner = Item(start=offset + start, end=offset + start + inner.start(), text=name[: inner.start()])
            start, name = start + inner.end(), name[inner.end() :]
        before = text[: m.start()]
        if _abbreviates(before, name):
            continue
        area = pats["area_after"].match(text[end:])
        near_before = before[-_LOOKBEHIND:]  # the patterns end at the name; a long prefix is slow to scan
        area_before = pats["area_before"].search(near_before)
        item = Item(start=offset + start, end=offset + end, text=name, prefixed=m.start("name") > m.start())
        if area:
            item.area = area.group().split()[-1].lower()
        elif area_before:
            item.area = area_before.group().split()[0].lower()
        elif len(name.split()) > 1 and name.split()[-1].lower() in area_words():
            item.area = name.split()[-1].lower()  # "Sittwe District", "Rathedaung Township"
        item.locative = bool(pats["locative"].search(near_before) or area_before)
        item.paren = before.count("(") > before.count(")")
        if owner is not None and (item.locative or item.area):
            owner.locative, item.owner = item.locative, owner  # "in Baghdad's Adhamiya district"
        items.append(item)
    return _join_known(text, offset, _held_after_a_possessive(text, offset, items))


_SAINT = re.compile(r"(?:St|Ste)\. ")  # a saint's name: "St. John's church" names a church
_POSSESSED_AREA = re.compile(r"['’]s((?:\s+[a-z-]+){0,3})\s+$")


def _held_after_a_possessive(text: str, offset: int, items: list[Item]) -> list[Item]:
    """ "in Kazakhstan's largest city Almaty", "in Jordan's capital Amman": the name after a possessive
    place and an area word (a few lower-case words before it) is the place meant, held by the possessor
    as in "Baghdad's Adhamiya district"."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        gap = text[prev.end - offset : item.start - offset] if prev is not None else ""
        m = _POSSESSED_AREA.match(gap)
        words = m.group(1).split() if m else []
        if prev is not None and prev.locative and item.owner is None and words and words[-1] in area_words():
            item.locative, item.area, item.owner = True, item.area or words[-1], out.pop()
        out.append(item)
    return out


def saints_thing(name: str, after: str) -> bool:
    """ "St. John's church", "St. Mary's school": a saint's name in the possessive before a thing it
    names (``_a_thing_after``), no place (the town St. John's is written without a thing after it)."""
    return bool(_SAINT.match(name)) and name.endswith(_POSSESSIVE_ENDINGS) and _a_thing_after(after, 0)


def _named_with_possessive(name: str) -> bool:
    """True for a name with "'s" that the gazetteer knows so written ("Cox's Bazar", "St. John's", "King's
    Lynn"): one place, not an owner and the place it holds ("Jerusalem's Bet Shemesh"), nor a possessive
    ("Jordan's army": "Jordans", a village in England, is not written with the apostrophe)."""
    if "'" not in name and "’" not in name:
        return False
    tier, places = get_gazetteer().match(name)
    return tier in (1, 2) and any("'" in p.name or "’" in p.name for p in places)


def _a_thing_after(text: str, end: int) -> bool:
    """A lower-case word other than an area word or a stop word follows the name: "St. John's church" is
    a church named after its saint, not the town St. John's ("Cox's Bazar district", "Cox's Bazar on
    Monday" stay a place; a market is an area word, so "St. George's market" is read as one)."""
    m = re.match(r"\s+([a-z]+)\b", text[end:])
    return m is not None and m.group(1) not in area_words() and m.group(1) not in STOP_WORDS


def _abbreviates(before: str, name: str) -> bool:
    """True for a one-word name opening a parenthesis whose letters are the initials of the words just
    before it, small words counted or not: the abbreviation of that name ("the Department of
    Archaeology (DoA)", "Nepal Student Union (NSU)"), not a place holding it."""
    head = before.rstrip()
    if not head.endswith("(") or not name.isalpha() or not 2 <= len(name) <= 8:
        return False
    words = re.findall(r"[^\W\d_][\w'’]*", head[:-1])[-12:]
    letters = name.lower()
    for candidates in (words, [w for w in words if w[0].isupper()]):
        tail = candidates[-len(letters) :]
        if len(tail) == len(letters) and tail[0][0].isupper():
            if "".join(w[0] for w in tail).lower() == letters:
                return True
    return False


# written between two parts of one name: a slash, or a small word ("Gracias a Dios")
_JOINERS = frozenset({"/", *(f" {w} " for w in place_words("name_joiners"))})


def _join_known(text: str, offset: int, items: list[Item]) -> list[Item]:
    """Two names joined by a slash or a small word that the gazetteer knows as one ("Tunapuna/Piarco",
    a region of Trinidad and Tobago; "Gracias a Dios", a department of Honduras) are one item; other
    slashes ("Israel/Palestine") separate two."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        between = text[prev.end - offset : item.start - offset] if prev is not None else ""
        if prev is not None and between in _JOINERS:
            joined = f"{prev.text}{between}{item.text}"
            if get_gazetteer().match(joined)[0] in (1, 2):
                prev.text, prev.end, prev.area = joined, item.end, item.area or prev.area
                continue
        out.append(item)
    return out


def link_items(text: str, offset: int, items: list[Item]) -> list[Chain]:
    """Group items into chains by the separators between them."""
    pats = _patterns()
    chains: list[Chain] = []
    current = Chain()
    for i, written in enumerate(items):
        current.items.append(written)
        item = written
        if written.owner is not None:  # the possessor follows what it holds, as "Adhamiya, Baghdad" would
            written.link, item = "in", written.owner
            current.items.append(item)
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is None:
            break
        gap = text[written.end - offset : nxt.start - offset]
        gap = _strip_area(gap)
        if pats["near"].match(gap):
            item.link = "near"
        elif pats["and"].match(gap):
            item.link = "and"
            nxt.locative = nxt.locative or item.locative
        elif pats["contain"].match(gap) and (gap.strip() != "of" or written.area or item.locative):
            item.link = "in"
            if gap.strip() in (",", "(") or "(" in gap:
                nxt.locative = nxt.locative or item.locative or "(" in gap
        else:
            chains.append(current)
            current = Chain()
    if current.items:
        chains.append(current)
    return chains


def _strip_area(gap: str) -> str:
    """The separator between two items without the first item's own area word and closing parenthesis."""
    m = _patterns()["area_after"].match(gap)
    gap = gap[m.end() :] if m else gap
    return re.sub(r"^\s*\)", "", gap)


def container(chain: Chain, i: int) -> tuple[Item, str] | None:
    """The nearest item after ``i`` that holds it (skipping "and" siblings), with the relation."""
    for j in range(i, len(chain.items) - 1):
        link = chain.items[j].link
        if link != "and":
            return chain.items[j + 1], link or "in"
    return None

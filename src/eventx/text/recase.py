"""Reading a text written in capitals in ordinary case (old agency wires: "GUERRILLAS KIDNAPPED A PEASANT
NEAR LA COLMENA, CUSCATLAN DEPARTMENT").

The English model parses capitals badly: in "HIS BROTHER WAS KIDNAPPED IN COLOMBIA" the verb is a proper
noun, and every phrase looks like a name. A text whose letters are mostly capitals (``in_capitals``) is
given to the model recased (``recase``), one character for one, so that offsets into it are offsets into
the caller's text:

* every word in lower case, then capitalised where ordinary writing would capitalise it:
* the first word of a sentence (after ". ", "? ", "! ", a line break, an opening quote, or a dateline's
  "--" and bracketed labels: "(EFE) -- [TEXT] THE ARMY ...");
* a word that is no English word (``EnglishWords``: the model's own lemmatiser tables, WordNet's nouns,
  verbs, adjectives and adverbs with their inflections, and the stop words) is a name: capitalised, or
  kept in capitals when it is short enough to be an acronym ("FMLN", "DPA"; not "LUIS"); a Spanish or
  Arabic particle inside a name stays in lower case ("Norte de Santander");
* names the gazetteer knows, though they are English words too: a country (not a word of three letters
  that abbreviates one: "CAR BOMBS" are no Central African Republic); a town of at least
  ``MAJOR_PLACE`` people whose name is a noun only ("Lima", "Santiago"; not "Capital", "Central"); a town
  or province of that size named by a run of up to four words ("San Salvador", "La Paz"); demonyms
  ("Salvadoran"), weekdays, and months next to a number ("4 APRIL": not "MAY HAVE", "THE MARCH");
* letters written right after a digit stay in lower case ("1ST INFANTRY BRIGADE", "THE 1980S");
* names of armed groups the actor lexicon knows, written as ``armed_groups.yaml`` writes them, though
  their words are English ones ("THE SHINING PATH" -> "the Shining Path", "NATIONAL LIBERATION ARMY").
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import hash_string

from ..lexicon import per_lexicon
from .date_words import MONTH_FORMS, WEEKDAYS

#: ``Doc.user_data`` key of the caller's text, where the Doc holds it recased
ORIGINAL_TEXT = "eventx.original_text"
MAJOR_PLACE = 100_000
_MIN_LETTERS = 20  # fewer letters than this are a heading, not a text in capitals
_ACRONYM_LETTERS = 4
_ABBREVIATION_LETTERS = 3  # an English word this short that the gazetteer knows as a country abbreviates it
_NAME_LETTERS = 5  # a one-word group name shorter than this is an acronym ("IS", "NPA")
_RUN = 4  # words of the longest place name tried
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
#: what stands before a sentence's first word: an end mark (not after a lone letter: "U.S. TROOPS"), a
#: closing quote after one, a blank line, or an opening quote
_SENTENCE_START = re.compile(r"(?:(?<![\s.][^\W\d_])[.!?][\"”’']?\s+|\n\s*\n\s*|(?:^|\s)[\"“'‘])$")
#: a dateline's end: "SAN SALVADOR, 4 APR 90 (DPA) -- [TEXT] THE ..." (a comma or a closing parenthesis
#: before the dashes, on the first line, no sentence before them)
_DATELINE_END = re.compile(r"^[^.\n]{0,200}?[,)][^.\n]{0,100}?--\s*(?:\[[^\]]*\]\s*)*")
#: determiners before "US" that make it the country ("THE US EMBASSY"), not the pronoun ("TOLD US")
_US_DETERMINERS = frozenset({"the", "a", "an"})
_VOWELS = frozenset("aeiouy")
_POSSESSIVE = re.compile(r"['’]s?$")
_ALWAYS = frozenset({"i", *WEEKDAYS})
_NUMBER_NEAR = re.compile(r"\d")


_WORDS: weakref.WeakKeyDictionary[Language, EnglishWords | None] = weakref.WeakKeyDictionary()
_SEEN_MAX = 200_000  # words whose parts of speech are remembered


def readable_case(nlp: Language, text: str) -> str:
    """``text`` recased when it is written in capitals and ``nlp`` has a rule lemmatiser; else ``text``."""
    if not in_capitals(text):
        return text
    if nlp not in _WORDS:
        _WORDS[nlp] = EnglishWords.of(nlp)
    words = _WORDS[nlp]
    return recase(text, words) if words is not None else text


def in_capitals(text: str) -> bool:
    """Are most of the text's letters capitals (and enough of them to be a text, not a heading)?"""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= _MIN_LETTERS and sum(ch.isupper() for ch in letters) > len(letters) / 2


@dataclass
class EnglishWords:
    """The English words of the model's rule lemmatiser: its base-form index per part of speech, its
    exceptions and its suffix rules (what spaCy's ``Lemmatizer`` reads in "rule" mode)."""

    index: dict[str, frozenset[str]] = field(repr=False, compare=False)
    exceptions: frozenset[str] = field(repr=False, compare=False)
    rules: dict[str, list[tuple[str, str]]] = field(repr=False, compare=False)
    _seen: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, nlp: Language) -> EnglishWords | None:
        """The words of ``nlp``'s lemmatiser, or None when it has no rule tables."""
        if "lemmatizer" not in nlp.pipe_names:
            return None
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        tables = ("lemma_index", "lemma_exc", "lemma_rules")
        if lookups is None or not all(lookups.has_table(t) for t in tables):
            return None
        index, exc, rules = (lookups.get_table(t) for t in tables)
        # the tables are keyed by the hashes of the part-of-speech names ("noun", "verb", ...)
        named = {hash_string(pos): pos for pos in _PARTS_OF_SPEECH}
        return cls(
            index={named.get(key, str(key)): frozenset(index[key]) for key in index.keys()},
            exceptions=frozenset(form for key in exc.keys() for form in exc[key]),
            rules={named.get(key, str(key)): [tuple(r) for r in rules[key]] for key in rules.keys()},
        )

    def is_english(self, word: str) -> bool:
        """A lower-case English word: a stop word, or a word of the lemmatiser's tables."""
        return word in STOP_WORDS or bool(self.parts_of_speech(word))

    def parts_of_speech(self, word: str) -> frozenset[str]:
        """The parts of speech a lower-case word is an English word of (empty: no English word)."""
        found = self._seen.get(word)
        if found is None:
            found = frozenset(pos for pos, words in self.index.items() if self._is(word, pos, words))
            if not found and word in self.exceptions:
                found = frozenset({"exception"})
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            self._seen[word] = found
        return found

    def _is(self, word: str, pos: str, words: frozenset[str]) -> bool:
        if word in words:
            return True
        return any(word.endswith(old) and word[: len(word) - len(old)] + new in words
                   for old, new in self.rules.get(pos, ()))  # fmt: skip


def recase(text: str, words: EnglishWords) -> str:
    """``text`` (written in capitals) in ordinary case, as long as it, character for character. Words
    written with a small letter are left as they are (a paragraph in ordinary case keeps its names)."""
    from ..actorlex import armed_group
    from ..geo.gazetteer import get_gazetteer
    from ..geo.lexicon import stoplist

    gaz = get_gazetteer()
    particles = frozenset(stoplist()["name_connectors"]) - STOP_WORDS  # "de", "la"; not "as", "at"
    matches = [m for m in _WORD.finditer(text) if m.group().isupper()]
    bases = [_POSSESSIVE.sub("", m.group().lower()) for m in matches]
    places = _gazetteer_names(text, matches, bases, words, gaz, particles)
    foreign = {i for i, w in enumerate(bases) if w not in particles and not words.is_english(w)}
    after_particle = {  # "LA FONDA", "EL PALMAR": a particle opens a name, whatever its next word means
        i + 1
        for i, w in enumerate(bases[:-1])
        if w in particles and bases[i + 1] not in STOP_WORDS and _one_phrase(text, matches[i : i + 2])
    }
    names = places | foreign | after_particle
    groups = _group_names(text, matches)
    found = _DATELINE_END.match(text)
    dateline = found.end() if found else -1
    out = list(text)
    for i, (m, word) in enumerate(zip(matches, bases, strict=True)):
        out[m.start() : m.end()] = lower_one_for_one(m.group())
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue  # an ordinal's or a decade's ending: "1ST" -> "1st", "1980S" -> "1980s"
        if i in groups:
            out[m.start() : m.end()] = groups[i]  # "Shining Path", "FARC dissidents"
        elif word in particles:
            if i + 1 in names and i - 1 not in names:
                _capitalise(out, m)  # opening a name: "La Colmena"; inside one: "Norte de Santander"
        elif word in _ALWAYS or gaz.country_of_demonym(word) or _dated_month(text, m, word):
            _capitalise(out, m)
        elif _kept_in_capitals(i, word, text, matches, bases, foreign - places, armed_group):
            out[m.start() : m.end()] = m.group()  # "FMLN", "DPA", "ELN", "THE US EMBASSY"
        elif i in names:
            _capitalise(out, m)
        if i == 0 or m.start() == dateline or _SENTENCE_START.search(text[max(0, m.start() - 4) : m.start()]):
            _capitalise(out, m)
    return "".join(out)


def _kept_in_capitals(
    i: int, word: str, text: str, matches: list, bases: list[str], foreign: set[int], group
) -> bool:
    """An acronym keeps its capitals: a short word that is no English word ("DPA", "FMLN"), an armed
    group's ("ELN", "FARC": the lemmatiser's tables hold some), a letter before a dot ("U.S."), or "US"
    after a determiner (the country, not the pronoun)."""
    m = matches[i]
    if len(word) == 1 and text[m.end() : m.end() + 1] == ".":
        return True
    if word == "us":
        return i > 0 and bases[i - 1] in _US_DETERMINERS
    if 2 <= len(word) <= 5 and word.isalpha() and group(m.group()) is not None:
        # a word that is also a stop word only before fighters: "IS MILITANTS", not "IT IS BELIEVED"
        return word not in STOP_WORDS or (i + 1 < len(bases) and _fighters(bases[i + 1]))
    return i in foreign and _acronym(word)


def _gazetteer_names(
    text: str, matches: list, bases: list[str], words: EnglishWords, gaz, particles: frozenset[str]
) -> set[int]:
    """Indexes of the words that belong to a place name the gazetteer knows and that is worth
    capitalising although its words are English ones (see the module docstring)."""
    named: set[int] = set()
    i = 0
    while i < len(matches):
        for size in range(min(_RUN, len(matches) - i), 0, -1):
            run = matches[i : i + size]
            if bases[i] in STOP_WORDS or not _one_phrase(text, run):
                continue  # "THE SAN SALVADOR VOLCANO": the name starts after "the"
            if not _worth_asking(bases[i : i + size], words):
                continue
            phrase = " ".join(bases[i : i + size])
            if _major_place(phrase, size, words, gaz, led_by_particle=size > 1 and bases[i] in particles):
                named.update(range(i, i + size))
                i += size - 1
                break
        i += 1
    return named


def _group_names(text: str, matches: list) -> dict[int, str]:
    """The words of ``matches`` that spell an armed group's name of the actor lexicon (two words or
    more, or one of five letters or more), each as the lexicon writes it; the longest name first."""
    index = _group_name_index()
    lowered = [_bare(m.group().replace("’", "'")) for m in matches]
    found: dict[int, str] = {}
    i = 0
    while i < len(matches):
        for words in index.get(lowered[i], ()):
            size = len(words)
            run = matches[i : i + size]
            if tuple(lowered[i : i + size]) == tuple(_bare(w) for w in words) and _one_phrase(text, run):
                spelt = zip(run, words, strict=True)
                found.update({i + k: _written_as(m.group(), w) for k, (m, w) in enumerate(spelt)})
                i += size - 1
                break
        i += 1
    return found


@per_lexicon
def _group_name_index() -> dict[str, list[tuple[str, ...]]]:
    """Armed groups' names by their first word in lower case, each as its words, the longest first."""
    from ..actorlex import written_group_names

    spellings: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in written_group_names():
        words = tuple(w.replace("’", "'") for w in _WORD.findall(name))
        if words and words[0].lower() == "the":
            words = words[1:]  # "The Extraditables": the article is the sentence's, not the name's
        if words and not name.isupper() and (len(words) > 1 or len(words[0]) >= _NAME_LETTERS):
            key = tuple(w.lower() for w in words)
            if key not in spellings or _capitals(words) < _capitals(spellings[key]):
                spellings[key] = words  # "FARC dissidents" before "FARC Dissidents"
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(spellings.values(), key=len, reverse=True):
        index.setdefault(_bare(words[0]), []).append(words)
    return index


def _bare(word: str) -> str:
    """A word in lower case without a possessive ending ("Lord's" -> "lord")."""
    return _POSSESSIVE.sub("", word.lower())


def _capitals(words: tuple[str, ...]) -> int:
    return sum(ch.isupper() for w in words for ch in w)


def _written_as(word: str, written: str) -> str:
    """``word`` with the case of each letter of ``written`` (the same word), one character for one."""
    pairs = zip(word, written, strict=False)  # "’" and "'" are one character each
    spelt = "".join(w if len(w) == 1 and w.lower() == ch.lower() else ch for ch, w in pairs)
    return spelt + lower_one_for_one(word[len(written) :])  # "PATH'S" -> "Path's"


def _worth_asking(run: list[str], words: EnglishWords) -> bool:
    """A run that could be a place name worth asking the gazetteer for: alone, a noun only (a verb or
    an adjective never is: see ``_major_place``); longer, no stop word and, after the first word
    ("NEW YORK", "SAN SALVADOR"), nothing but nouns and words that are no English words."""
    if len(run) == 1:
        return words.parts_of_speech(run[0]) == {"noun"}
    return not any(w in STOP_WORDS for w in run) and all(
        words.parts_of_speech(w) <= {"noun"} for w in run[1:]
    )


def _one_phrase(text: str, run: list) -> bool:
    """Words joined by single spaces or hyphens only."""
    return all(text[a.end() : b.start()] in (" ", "-") for a, b in zip(run, run[1:], strict=False))


def _major_place(phrase: str, size: int, words: EnglishWords, gaz, led_by_particle: bool = False) -> bool:
    """A place name worth capitalising though its words are English ones: a country, a large town, or
    any place a name led by a particle names ("LA FONDA": a particle opens names, not sentences)."""
    tier, hits = gaz.match(phrase)
    if tier != 1 or not hits:
        return False
    if led_by_particle:
        return True
    if any(p.kind == "country" for p in hits) and len(phrase) > _ABBREVIATION_LETTERS:
        return True  # a country, not an English word that abbreviates one ("CAR BOMBS": not the CAR)
    if size == 1:  # "LIMA", not "CAPITAL" (a province of Bahrain) or "CENTRAL"
        return any(p.kind == "city" and p.population >= MAJOR_PLACE for p in hits)
    return any(p.kind in ("city", "admin1") and p.population >= MAJOR_PLACE for p in hits)


def _fighters(word: str) -> bool:
    """A noun of armed people the actor lexicon knows ("militants", "fighters")."""
    from ..actorlex import noun_entry
    from ..events.kinds import ARMED_KINDS

    entry = noun_entry(word, word.removesuffix("s"))
    return entry is not None and entry[0] in ARMED_KINDS


def _acronym(word: str) -> bool:
    """A short word that is no English word is an acronym: up to three letters ("DPA", "DAS"), or four
    with at most one vowel ("FMLN", "URNG"; not "LUIS", "JOSE")."""
    return len(word) <= 3 or (len(word) == _ACRONYM_LETTERS and sum(ch in _VOWELS for ch in word) <= 1)


def _dated_month(text: str, m: re.Match, word: str) -> bool:
    """A month name written next to a number ("4 APRIL", "AUG 89")."""
    if word.rstrip(".") not in MONTH_FORMS:
        return False
    around = text[max(0, m.start() - 3) : m.start()] + text[m.end() : m.end() + 3]
    return bool(_NUMBER_NEAR.search(around))


def lower_one_for_one(text: str) -> str:
    """Lower case, one character for one (a letter whose lower case is longer stays as it is)."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def _capitalise(out: list[str], m: re.Match) -> None:
    first = m.group()[0].upper()
    if len(first) == 1:
        out[m.start()] = first

"""Name keys: how the gazetteer normalises a place name before it looks it up.

Keys (see ``name_keys``), tried in turn until one matches:

1. exact: NFKD without diacritics, casefolded, apostrophes and dots dropped, other punctuation
   and hyphens turned to spaces, a leading "the" dropped ("Deir ez-Zor" -> "deir ez zor");
2. without Arabic articles ("al-", "el-", "ad-", "ar-", "as-", "az-" ... and fused "ezzor" -> "zor");
3. a vowel fold of 2 (vowel runs -> "a", q -> k, doubled letters single: "Saraqeb" / "Saraqib"
   -> "sarakab"), only for keys of 5+ characters.

The index stores a hash of each key (``key_hash``), not the key itself.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from ..lexicon import per_lexicon
from .lexicon import compass_words, place_words, stoplist

#: spelling similarity (rapidfuzz ratio, 0-100) of two names of one place spelt two ways ("Nassriya" /
#: "Nasiriyah"); below it a vowel-folded match is a namesake at best
CLOSE_RATIO = 80.0

_FOLD_CHARS = str.maketrans(
    {
        "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h",
        "ŧ": "t", "ŀ": "l", "ŋ": "n", "ə": "a", "'": None, "’": None, "‘": None, "`": None,
        "´": None, "ʼ": None, "ʻ": None, "ʹ": None, "′": None, ".": None,
    }
)  # fmt: skip
_NON_WORD = re.compile(r"[\W_]+")
_ARTICLES = place_words("arabic_articles")
_FUSED_ARTICLE = re.compile(r"^[ae]([dnrstz])\1(\w{2,})$")
_VOWEL_RUN = re.compile(r"\b[aeiou]+|\B[aeiouwy]+")
_DOUBLE = re.compile(r"(\w)\1+")


@functools.lru_cache(maxsize=1 << 16)  # the place checks key the same few names many times a sentence
def normalize_name(text: str) -> str:
    """Tier-1 key: no diacritics, casefolded, punctuation to spaces, leading "the" dropped."""
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    key = _NON_WORD.sub(" ", text.casefold().translate(_FOLD_CHARS)).strip()
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def strip_articles(key: str) -> str:
    """Tier-2 key: a normalised key without Arabic articles ("deir ez zor" -> "deir zor")."""
    tokens = key.split()
    out = [t for i, t in enumerate(tokens) if not (t in _ARTICLES and i < len(tokens) - 1)]
    out = [_FUSED_ARTICLE.sub(r"\1\2", t) if i else t for i, t in enumerate(out)]
    return " ".join(out) if out else key


def fold_vowels(key: str) -> str:
    """Tier-3 key: vowel runs -> "a", q -> k, ph -> f, doubled letters single; "" for short keys."""
    if len(key) < 5:
        return ""
    key = key.replace("q", "k").replace("ph", "f")
    return _DOUBLE.sub(r"\1", _VOWEL_RUN.sub("a", key))


def name_keys(text: str) -> tuple[str, str, str]:
    """The three lookup keys of a name (exact, article-free, vowel-folded); later ones may be ""."""
    key1 = normalize_name(text)
    key2 = strip_articles(key1)
    return key1, key2, fold_vowels(key2)


def english_compass(key: str) -> str:
    """A normalised key with its compass words in English ("nord kivu" -> "north kivu", "northern darfur"
    -> "north darfur", "extreme nord" -> "far north"; ``compass_words`` of places.yaml)."""
    compass = compass_words()
    return " ".join(compass.get(w, w) for w in key.split())


def bare_area_name(name: str) -> str:
    """A second-level area's name without the area word written before or after it ("Qaḑā’ Sāmarrā’"
    -> "Sāmarrā’", "Masisi Territory" -> "Masisi", "Province de la Tshopo" -> "Tshopo"; the
    ``area_name_*`` lists of places.yaml); the name itself where nothing of three letters, or nothing but
    generic words ("Departamento Capital"), would be left."""
    tokens = name.split()
    words = [normalize_name(t) for t in tokens]
    start, end = _affix_length(words, place_words("area_name_prefixes")), len(tokens)
    if start:
        start += _affix_length(tokens[start:], place_words("area_name_links"))  # as written: "de La Plata"
    end -= _affix_length(words[start:][::-1], place_words("area_name_suffixes"), reverse=True)
    rest = " ".join(tokens[start:end])
    if start and rest[:2].lower() in ("d'", "l'", "d’", "l’"):
        rest = rest[2:]
    return rest if start < end and sum(ch.isalpha() for ch in rest) >= 3 and not generic_area(rest) else name


def generic_area(name: str) -> bool:
    """A name made of words that name no one place ("Capital", "North", "Sector 12"; ``generic_area_words``,
    the compass words and numbers)."""
    generic = _generic_words()
    return all(w in generic or w.isdigit() for w in normalize_name(name).split())


@per_lexicon
def _generic_words() -> frozenset[str]:
    return place_words("generic_area_words") | frozenset(stoplist()["direction_words"])


def _affix_length(words: list[str], affixes: frozenset[str], *, reverse: bool = False) -> int:
    """How many of the leading ``words`` (the trailing ones, given reversed) make one of ``affixes``."""
    for size in (3, 2, 1):
        head = words[:size][::-1] if reverse else words[:size]
        if len(head) == size and " ".join(head) in affixes:
            return size
    return 0


def key_hash(tier: int, key: str) -> int:
    """A signed 64-bit hash of ``tier:key`` (the index stores hashes, not strings)."""
    digest = hashlib.blake2b(f"{tier}:{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is in the Latin script."""
    if text.isascii():
        return True
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def usable_alternate(name: str) -> bool:
    """Keep Latin alternate names; drop codes ("DEZ") and lowercase machine romanisations ("sraqb")."""
    if not name or len(name) > 80 or name.lower() == name or (name.isupper() and len(name) <= 4):
        return False
    return is_latin(name)

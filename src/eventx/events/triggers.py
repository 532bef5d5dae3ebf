"""The triggers of a sentence: trigger words matched (``TriggerMatcher``) and kept when they name an act
(``sentence_triggers``). Of words close in the parse that name one incident, the more specific or the
syntactic head stays; words that are the unit attacked, the crowd acting in another trigger's event or
yield to a close trigger (``yields_to``) go. See ``event_triggers.yaml``."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..data import trigger_lexicon, trigger_words
from ..doctools import with_next_sentence
from ..lexicon import per_lexicon
from ..syntax import attached_as, dependents, has_particle, of_head, preposition_of, word_class
from ..text.inflection import regular_inflections
from ..text.quantity_lexicon import is_vague_number
from .not_an_act import names_no_act
from .parse_supports import can_stand
from .role_cues import of_holder
from .split_phrases import SplitPhrases
from .support_cues import clash_sides
from .trigger_filters import is_anaphor, told_as_earlier

Found = list[tuple[Span, dict]]

_TRIGGER_ENTS = {"EVENT", "NORP"}  # entity types a trigger word may carry ("the Idlib offensive")
_VIOLENT_TRIGGER_TYPES = {"BY_ACTORS", "Battles", "Explosions/Remote violence", "Violence against civilians"}


class TriggerMatcher:
    """The trigger lexicon as two hash-based PhraseMatchers, one on lemmas (with title-case variants for
    sentence starts) and one on lower-case forms; match ids are ``T{entry index}``. A token Matcher
    costs time per pattern and token; these cost about the same whatever the lexicon's size."""

    def __init__(self, nlp: Language) -> None:
        self.by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, trig in enumerate(trigger_lexicon()["triggers"]):
            lemma_docs, lower_docs = [], []
            for seq in trig["lemmas"]:
                words = [str(w) for w in seq]
                titled = [words[0].title(), *words[1:]]
                for form in (words, titled):
                    lemma_docs.append(Doc(nlp.vocab, words=form, lemmas=form))
                lower_docs.extend(Doc(nlp.vocab, words=form) for form in surface_forms(words))
            self.by_lemma.add(f"T{i}", lemma_docs)
            self.by_lower.add(f"T{i}", lower_docs)
        self.split = SplitPhrases(nlp)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matches in text order; of entries matching the same words, the one listed first in the
        lexicon comes first (and is kept by ``sentence_triggers`` when neither is dropped)."""
        strings = doc.vocab.strings
        split, ends = self.split(doc)
        found = {m for m in set(self.by_lemma(doc)) | set(self.by_lower(doc)) if m[1] not in ends}
        return sorted(found | set(split), key=lambda m: (m[1], m[2], int(strings[m[0]][1:])))

    def by_sentence(self, doc: Doc) -> dict[int, list[tuple[int, int, int]]]:
        """The matches over the whole Doc (one pass), grouped by sentence start offset."""
        out: dict[int, list[tuple[int, int, int]]] = {}
        for match_id, start, end in self(doc):
            out.setdefault(doc[start].sent.start_char, []).append((match_id, start, end))
        return out


def surface_forms(words: list[str]) -> list[list[str]]:
    """The trigger as written and, for a one-word trigger, its regular inflections ("rape": "rapes",
    "raped", "raping"). Matched on lower-case forms they catch the words whose lemma the model gets
    wrong ("raped" lemmatised as "rap"); where it gets them right the lemma matcher has them already."""
    if len(words) != 1 or not words[0].isalpha():
        return [words]
    return [[form] for form in regular_inflections(words[0])]


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    up_a = {t.i: d for d, t in enumerate([a, *a.ancestors])}
    for d, t in enumerate([b, *b.ancestors]):
        if t.i in up_a:
            return d + up_a[t.i]
    return 99


def is_aimed_at(tok: Token) -> bool:
    """The word is what an act is aimed at: its object, or after "at", "on", "against"."""
    return attached_as(tok, "patient") or (
        attached_as(tok, "prep_object") and tok.head.lower_ in trigger_words("aimed_preps")
    )


def sentence_triggers(sent: Span, matches: list[tuple[int, int, int]]) -> Found:
    """Longest non-overlapping trigger matches in a sentence with their lexicon entries."""
    found = _candidates(sent, matches)
    found.sort(key=lambda x: (-(x[0].end - x[0].start), x[0].start))
    taken: set[int] = set()
    out: Found = []
    for span, entry in found:
        if taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        _keep_one_per_incident(out, span, entry)
    out = _without_yielding(_without_targeted_units(_without_acting_crowds(out)))
    return sorted(out, key=lambda x: x[0].start)


def _candidates(sent: Span, matches: list[tuple[int, int, int]]) -> Found:
    """The matches that name an act, with their lexicon entries."""
    triggers = trigger_lexicon()["triggers"]
    found = []
    for match_id, start, end in matches:
        span = sent.doc[start:end]
        acronym = len(span) == 1 and span.text.isupper() and len(span.text) > 2  # "ATGM", "IED" tagged ORG
        entry = triggers[int(sent.doc.vocab.strings[match_id][1:])]
        titled = entry["support"] == "concluded"  # "signed a Memorandum of Understanding": concluded anyway
        if not (acronym or titled) and any(_named(t) for t in span):
            continue  # "On 3 March" is a date, not a march; "Protest Movement" is a name
        if entry["type"] not in ("Protests", "Riots") and _crowd_control(span.root, sent):
            continue  # "Police fired tear gas": an intervention in a protest, not a clash
        if names_no_act(span, entry) or _seized_weapon(span, entry):
            continue
        found.append((span, entry))
    return found


def _named(tok: Token) -> bool:
    """The word is part of a name or a date ("On 3 March", "the Protest Movement"), not a trigger. A
    common noun opening the sentence is no name, whatever the entity recogniser says of its capital
    ("Warplanes bombed ...", read as an organisation)."""
    if not tok.ent_type_ or tok.ent_type_ in _TRIGGER_ENTS:
        return False
    return not (tok.is_sent_start and word_class(tok, "noun"))


def _keep_one_per_incident(out: Found, span: Span, entry: dict) -> None:
    """Add the trigger to ``out`` unless a close kept trigger names the same incident; of the two, the
    syntactic head, the word that needs no support or the more specific one stays (in place)."""
    near = [
        k
        for k, (s, e) in enumerate(out)
        if e["type"] == entry["type"]
        and (e["sub"] == entry["sub"] or e["type"] != "Strategic developments")  # different acts
        and tree_distance(span.root, s.root) <= 2
        and not _one_earlier(span, s)
    ]
    k, merged = len(out), bool(near)
    if merged:  # "drone and artillery bombardments": one mention, named by the syntactic head
        k = near[0]
        span, entry = _one_mention(span, entry, *out.pop(k))
    # "destroyed a vehicle using an ATGM": the weapon names the event; two words of one weapon weigh as
    # one only as the means of an act ("fired five rounds of mortar shells"), not as cargo
    weaker = _weaker_neighbour(out, span, entry, by_means_only=merged)
    if weaker is None:
        out.insert(k, (span, entry))  # in place of the mention it merged with
    elif weaker >= 0:
        out[weaker] = (span, entry)


def _one_mention(span: Span, entry: dict, kept: Span, kept_entry: dict) -> tuple[Span, dict]:
    """Two close triggers of one type naming one incident become one mention. Its anchor, whose
    arguments are the incident's, is the syntactic head, the word that needs no support where the head
    needs some ("demonstrated"), or the word that tells the incident where the other refers back to it
    ("the attack was an ambush by bandits"). Its type is the word's that needs no support: "mortar
    rounds struck", "warplanes bombed", "a roadside bomb hit" are told by the weapon, not the generic
    verb. A battle in which territory changed hands is told by the taking ("fought the KIA near Laiza
    and reclaimed a KIA base")."""
    if _takes_territory(entry) != _takes_territory(kept_entry):  # "fought the KIA and reclaimed a base"
        return (span, entry) if _takes_territory(entry) else (kept, kept_entry)
    new_is_head = kept.root in span.root.subtree and kept.root.i != span.root.i
    specific, kept_specific = entry["support"] == "none", kept_entry["support"] == "none"
    if is_anaphor(kept) != is_anaphor(span):  # "the attack was an ambush by bandits": the ambush tells it
        anchor = kept if is_anaphor(span) else span
    else:
        anchor = span if new_is_head or (specific and not kept_specific) else kept
    if specific != kept_specific:
        return anchor, entry if specific else kept_entry
    return anchor, entry if anchor is span else kept_entry


def _takes_territory(entry: dict) -> bool:
    """A trigger of territory taken in a battle, whose sub-type the actors decide (ACLED: government
    regains territory, non-state actor overtakes territory)."""
    return entry["type"] == "Battles" and entry["sub"] == "BY_ACTORS"


# how specific a trigger's event type is, for triggers of one clause that name the same incident
_SPECIFICITY = {"Explosions/Remote violence": 3, "Battles": 2, "BY_ACTORS": 2,
                "Violence against civilians": 2, "Strategic developments": 1}  # fmt: skip


def _weaker_neighbour(out: Found, span: Span, entry: dict, by_means_only: bool = False) -> int | None:
    """For a trigger close in the parse (<= 3 arcs, or the means of the act: ``_instrument``; only the
    means with ``by_means_only``) to an already kept one of another violent type (or looting): the index
    of the kept one if the new trigger is more specific, -1 if it is less specific, else None (both
    stay)."""
    rank = _rank(entry)
    if rank is None:
        return None
    symmetric = trigger_words("symmetric_triggers")
    for k, (s, e) in enumerate(out):
        other = _rank(e)
        near = (not by_means_only and tree_distance(span.root, s.root) <= 3) or _instrument(span.root, s.root)
        if other is None or not near or _one_earlier(span, s):
            continue
        # "a shoot-out broke out and a suspect was shot": a bare attack beside a clash word is the clash
        if e["sub"] == "Armed clash" and entry["type"] == "BY_ACTORS":
            return -1
        if entry["sub"] == "Armed clash" and e["type"] == "BY_ACTORS":
            return k
        if other == rank:
            continue
        # "a clash between GNA and LNA forces, involving heavy artillery fire": the clash names it
        if s.root.lemma_.lower() in symmetric and span.root in s.root.subtree:
            return -1
        if span.root.lemma_.lower() in symmetric and s.root in span.root.subtree:
            return k
        return k if rank > other else -1
    return None


def _one_earlier(a: Span, b: Span) -> bool:
    """One of two close triggers names an earlier incident that the other follows ("burned houses
    following an earlier attack"): two incidents, not one named twice."""
    return told_as_earlier(a.root) or told_as_earlier(b.root)


def _instrument(weapon: Token, act: Token) -> bool:
    """The weapon is what the act was done with ("targeted a vehicle belonging to the army with an
    IED", "attacked the post using rockets"), however deep the parse hangs it below the act, or what
    a firing's object counts ("fired five rounds of mortar shells"; not "looted two crates of mortar
    shells")."""
    if act not in weapon.ancestors:
        return False
    means = trigger_words("instrument_words")
    if _means_word(weapon, act) in means:
        return True
    # "fired five rounds of mortar shells at the positions": the weapon counted in a firing's object
    counted = of_head(weapon)
    if counted is None or act.lemma_.lower() not in trigger_words("firing_verbs"):
        return False
    return attached_as(counted, "object") and counted.head.i == act.i


def _means_word(weapon: Token, act: Token) -> str | None:
    """The first preposition or verb above the weapon and below the act: the word that says how the
    weapon stands to the act ("with" of "targeted a vehicle with an IED", "using" of "using rockets";
    "during" of "fled during the fighting", so no fighting "with police" is a means), passing over the
    words that count or list the weapons (``means_transparent_words``: "with dozens of mortars", "heavy
    weapons including rockets"). Verbs read as their lemma ("use")."""
    through, counts = trigger_words("means_transparent_words"), trigger_words("weapon_count_nouns")
    for t in weapon.ancestors:
        if t.i == act.i:
            return None
        if t.lower_ == "of" and (t.head.lemma_.lower() in counts or is_vague_number(t.head.text)):
            continue  # "with dozens of mortars", "a volley of rockets" (not "a cargo of rockets")
        if t.lower_ in through or t.lemma_.lower() in through:
            continue  # "heavy weapons including rockets"
        if word_class(t, "preposition"):
            return t.lower_
        if word_class(t, "verb"):
            return t.lemma_.lower()
    return None


def _rank(entry: dict) -> int | None:
    if entry["type"] == "Strategic developments" and entry["sub"] != "Looting/property destruction":
        return None
    if entry["sub"] == "BY_ACTORS":
        return None  # taking a place is another act than the attack beside it
    return _SPECIFICITY.get(entry["type"])


def _without_targeted_units(found: Found) -> Found:
    """ "gunmen shot at a police patrol": a movement noun that is the object of another trigger is the
    unit attacked, not a change of activity (``targeting_verbs``); so is one a violent act is aimed at
    (``is_aimed_at``: "threw a grenade at a patrol", the grenade the object of the same verb)."""
    violent = [span.root for span, entry in found if entry["type"] in _VIOLENT_TRIGGER_TYPES]
    targeting = trigger_words("targeting_verbs")
    return [
        (span, entry)
        for span, entry in found
        if not (
            entry["sub"] == "Change to group/activity"
            and word_class(span.root, "noun")
            and (
                any(span.root in v.subtree and tree_distance(span.root, v) <= 2 for v in violent)
                or (attached_as(span.root, "object") and span.root.head.lemma_.lower() in targeting)
                or _aimed_with(span.root, violent)
            )
        )
    ]


def _aimed_with(unit: Token, violent: list[Token]) -> bool:
    """The unit is what a verb aims at ("at a patrol") whose object or own word is a violent trigger
    ("threw [a grenade] at a patrol", "[fired] on a patrol")."""
    if not attached_as(unit, "prep_object") or not is_aimed_at(unit):
        return False
    verb = unit.head.head
    return any(v.i == verb.i or (v.head.i == verb.i and attached_as(v, "object")) for v in violent)


def _without_yielding(found: Found) -> Found:
    """Drop a trigger that yields to a close one of the types it names (``yields_to``): "protesters
    threw stones and petrol bombs at police" is the riot, not an attack of its own; but "petrol bombs
    thrown by militiamen hit protesters" is an attack on the crowd."""
    return [
        (span, entry)
        for span, entry in found
        if not any(
            e["type"] in entry.get("yields_to", ())
            and tree_distance(span.root, s.root) <= 3
            and not is_aimed_at(s.root)
            and can_stand(s, e)  # "threw petrol bombs": no stoning to yield to
            for s, e in found
        )
    ]


def _without_acting_crowds(found: Found) -> Found:
    """ "A mob beat up a resident", "rioters attacked the police", "a clash between demonstrators and
    police": a crowd noun that is the subject or a side of another trigger is that event's actor, not an
    event of its own."""
    roots = {span.root.i for span, entry in found if can_stand(span, entry)}
    sides = {
        t.i
        for span, entry in found
        if span.root.lemma_.lower() in trigger_words("symmetric_triggers")
        for t in clash_sides(span.root)
    }
    return [
        (span, entry)
        for span, entry in found
        if not (
            entry["type"] in ("Protests", "Riots")
            and word_class(span.root, "noun")
            and (
                (attached_as(span.root, "any_subject") and span.root.head.i in roots)
                or span.root.i in sides
            )
        )
    ]


def _seized_weapon(span: Span, entry: dict) -> bool:
    """ "defused 55 IEDs", "shot down a drone", "seized 20 kg of TNT": a weapon that is the object of a
    seizure is the thing disrupted, not an explosion."""
    if entry["type"] != "Explosions/Remote violence":
        return False
    root = span.root
    cur = of_holder(root) or root  # "a cache of IEDs"
    verb = cur.head
    if not attached_as(cur, "patient") or verb.lemma_.lower() not in trigger_words("seizure_verbs"):
        return False
    return verb.lemma_.lower() != "shoot" or has_particle(verb, "down")


def _crowd_control_word(tok: Token, words: frozenset[str]) -> bool:
    """A crowd-control weapon, or the air shots are fired into ("in the air", not "an air strike")."""
    if tok.lower_ == "air":
        return preposition_of(tok) in trigger_words("into_the_air_preps")
    return tok.lemma_.lower() in words


def _crowd_control(tok: Token, sent: Span) -> bool:
    """True if the trigger's object is a crowd-control weapon ("fired tear gas", "shot rubber bullets")
    used on a crowd (a protest word or a crowd noun in its sentence, the one before or the one after);
    rubber bullets fired at fishermen at sea are an attack."""
    words = trigger_words("crowd_control")
    objects = dependents(tok, "object", "preposition", "np_adverbial")
    if attached_as(tok, "object"):  # "fired shots in the air": the verb's prepositions too
        objects += dependents(tok.head, "preposition")
    if not any(_crowd_control_word(t, words) for c in objects for t in c.subtree):
        return False
    crowd = _crowd_words()
    prev = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    window = (
        [*prev, *with_next_sentence(sent)] if prev.start != sent.start else list(with_next_sentence(sent))
    )
    return any((t.lemma_.lower() in crowd or t.lower_ in crowd) and not t.ent_type_ for t in window)


@per_lexicon
def _crowd_words() -> frozenset[str]:
    """Words of a crowd (``protest_cues``, ``crowd_heads``, ``protest_people``, ``riot_words``): what makes
    tear gas or rubber bullets an intervention against a crowd."""
    return (
        trigger_words("protest_cues")
        | trigger_words("crowd_heads")
        | trigger_words("protest_people")
        | trigger_words("riot_words")
    )

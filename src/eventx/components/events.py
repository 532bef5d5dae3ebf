"""eventx_events: the builder. Triggers typed, arguments linked by the parse, one Event per incident.

1. Triggers (``event_triggers.yaml``) are matched on lemmas and typed (ACLED type/sub-type or
   Diplomacy/Talks). Clauses of threats, plans, demands and opinions are left out.
2. Each argument in a sentence (casualty count, date, place, actor) goes to the trigger nearest to it
   in the dependency tree. A killing with no trigger near it ("the reprisals killed 16 soldiers")
   becomes a mention of its own.
3. Mentions of one incident are merged: a definite reference ("the strike", "the reprisals",
   "Thursday's deaths") joins the latest violent incident; mentions of the same type with the same
   count or the same victims join too. Distinct counts of one incident are kept as low/high.
4. Each incident becomes a validated ``Event``; see ``eventx.builder`` for how fields are chosen.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..actorlex import identity_label, is_person_noun, is_police
from ..builder import answers_attack, build_events, crowd_head, merge_mentions, of_holder
from ..data import actor_lexicon, trigger_lexicon, trigger_words
from ..doctools import content_sents, in_ranges, with_next_sentence
from ..events.mentions import Layers, Mention
from ..extensions import register
from ..seizure import seized
from .dates import is_future

ASSIGNS = ["doc._.events"]
_TRIGGER_ENTS = {"EVENT", "NORP"}  # entity types a trigger word may carry ("the Idlib offensive")
_NONVIOLENT_DEATH = {"die", "perish", "lose"}  # "died", "lost their lives" alone say nothing of violence
_FINDING = {"find", "discover", "recover", "dump", "retrieve"}  # "was found dead", "bodies were recovered"
_BODY_WORDS = {"dead", "body", "corpse", "lifeless"}
_STATE_KINDS = {"state_forces", "external_forces"}
_CROWD_NOUNS = ("protester", "demonstrator")  # a protest trigger that only names its crowd
_VIOLENT_TRIGGER_TYPES = {"BY_ACTORS", "Battles", "Explosions/Remote violence", "Violence against civilians"}
_ARMED_KINDS = {"state_forces", "external_forces", "rebel_group", "political_militia", "identity_militia"}


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
                lower_docs.append(Doc(nlp.vocab, words=words))
            self.by_lemma.add(f"T{i}", lemma_docs)
            self.by_lower.add(f"T{i}", lower_docs)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return sorted(set(self.by_lemma(doc)) | set(self.by_lower(doc)), key=lambda m: (m[1], m[2], m[0]))


# how specific a trigger's event type is, for triggers of one clause that name the same incident
_SPECIFICITY = {"Explosions/Remote violence": 3, "Battles": 2, "BY_ACTORS": 2,
                "Violence against civilians": 2, "Strategic developments": 1}  # fmt: skip


def _weaker_neighbour(out: list[tuple[Span, dict]], span: Span, entry: dict) -> int | None:
    """For a trigger close in the parse (<= 3 arcs) to an already kept one of another violent type (or
    looting): the index of the kept one if the new trigger is more specific, -1 if it is less
    specific, else None (both stay)."""
    rank = _rank(entry)
    if rank is None:
        return None
    symmetric = trigger_words("symmetric_triggers")
    for k, (s, e) in enumerate(out):
        other = _rank(e)
        near = tree_distance(span.root, s.root) <= 3 or _instrument(span.root, s.root)
        if other is None or not near:
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


def _instrument(weapon: Token, act: Token) -> bool:
    """The weapon is what the act was done with ("targeted a vehicle belonging to the army with an
    IED", "attacked the post using rockets"), however deep the parse hangs it below the act."""
    if act not in weapon.ancestors:
        return False
    return any(
        t.lower_ in ("with", "using") or t.lemma_ == "use" for t in weapon.ancestors if t in act.subtree
    )


def _rank(entry: dict) -> int | None:
    if entry["type"] == "Strategic developments" and entry["sub"] != "Looting/property destruction":
        return None
    if entry["sub"] == "BY_ACTORS":
        return None  # taking a place is another act than the attack beside it
    return _SPECIFICITY.get(entry["type"])


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    up_a = {t.i: d for d, t in enumerate([a, *a.ancestors])}
    for d, t in enumerate([b, *b.ancestors]):
        if t.i in up_a:
            return d + up_a[t.i]
    return 99


def _irrealis(tok: Token) -> bool:
    """True when the trigger sits in a threat, plan, demand, denial, opinion or prohibition, or is negated."""
    lex = trigger_lexicon()
    verbs, bans = set(lex["irrealis_verbs"]), set(lex["prohibitions"])
    if is_future(tok):
        return True
    for cur in [tok, *list(tok.ancestors)[:3]]:
        if cur.lemma_.lower() in verbs and cur.i != tok.i and cur.pos_ in ("VERB", "AUX"):
            return True
        if cur.lemma_.lower() in bans and cur.i != tok.i:
            return True  # "banned the protests"
        if cur.lower_ == "on" and cur.dep_ == "prep":
            h = cur.head  # "extended the ban on all marches, protests and sit-ins" (however "on" is hung)
            if h.lemma_.lower() in bans or any(
                c.dep_ == "dobj" and c.lemma_.lower() in bans for c in h.children
            ):
                return True
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in cur.children):
            return True
        if cur.i != tok.i and any(c.dep_ == "mark" and c.lower_ == "whether" for c in cur.children):
            return True  # "investigating whether a second car bomb was involved"
    return _question(tok)


def _trend(tok: Token) -> bool:
    """True when the trigger tells of a trend, not an incident (``trend_periods``, ``trend_verbs``)."""
    lex = trigger_lexicon()
    if tok.tag_ == "NNS" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex["trend_verbs"]:
        return True  # "ramp up nationwide attacks"
    if (
        tok.tag_ == "NNS"
        and tok.dep_ == "nsubj"
        and any(c.dep_ == "acomp" and c.lemma_.lower() in lex["trend_adjectives"] for c in tok.head.children)
    ):
        return True  # "attacks have been relatively rare"
    verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), tok)
    clause = _own_clause(verb, tok)
    words = [t.lower_ for t in clause]
    for phrase in lex["trend_periods"]:
        parts = phrase.split()
        for k in range(len(words) - len(parts) + 1):
            # the period must qualify the verb: "the biggest demonstration in recent years" does not
            if words[k : k + len(parts)] == parts and clause[k].head.pos_ in ("VERB", "AUX"):
                return True
    return False


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "parataxis"})


def _own_clause(verb: Token, tok: Token) -> list[Token]:
    """The tokens of ``verb``'s clause, without the clauses it holds (unless they hold ``tok``):
    "Taliban insurgents, who have stepped up attacks in recent years, attacked a checkpoint"."""
    out, stack = [], [verb]
    while stack:
        cur = stack.pop()
        out.append(cur)
        for c in cur.children:
            if c.dep_ not in _CLAUSE_DEPS or c.left_edge.i <= tok.i <= c.right_edge.i:
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _question(tok: Token) -> bool:
    """ "Did Hillary Clinton just fire the starting gun on ...?": a question asks whether it happened."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "?" and sent[0].lower_ in _QUESTION_OPENERS


# yes/no questions ask whether it happened; "Who attacked the police station?" takes it as given
_QUESTION_OPENERS = {"did", "does", "do", "is", "are", "was", "were", "will", "would", "could", "can", "has",
                     "have", "should"}  # fmt: skip


def _is_anaphor(span: Span) -> bool:
    """A noun phrase pointing back to a reported incident ("the strike", "Thursday's deaths")."""
    head = span.root
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head  # "the car bomb attack"
    if head.lemma_.lower() not in trigger_lexicon()["anaphors"] or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or (c.dep_ == "poss")
        for c in head.children
    )


def _without_targeted_units(found: list[tuple[Span, dict]]) -> list[tuple[Span, dict]]:
    """ "gunmen shot at a police patrol": a movement noun that is the object of another trigger is the
    unit attacked, not a change of activity."""
    violent = [span.root for span, entry in found if entry["type"] in _VIOLENT_TRIGGER_TYPES]
    return [
        (span, entry)
        for span, entry in found
        if not (
            entry["sub"] == "Change to group/activity"
            and span.root.pos_ == "NOUN"
            and (
                any(span.root in v.subtree and tree_distance(span.root, v) <= 2 for v in violent)
                or (span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in _TARGETING)
            )
        )
    ]


_TARGETING = {
    "target",
    "attack",
    "ambush",
    "hit",
    "strike",
    "shoot",
    "fire",
}  # "... targeting a police patrol"


def _without_yielding(found: list[tuple[Span, dict]]) -> list[tuple[Span, dict]]:
    """Drop a trigger that yields to a close one of the types it names (``yields_to``): "protesters
    threw stones and petrol bombs at police" is the riot, not an attack of its own; but "petrol bombs
    thrown by militiamen hit protesters" is an attack on the crowd."""
    return [
        (span, entry)
        for span, entry in found
        if not any(
            e["type"] in entry.get("yields_to", ())
            and tree_distance(span.root, s.root) <= 3
            and not _hit(s.root)
            and _can_stand(s, e)  # "threw petrol bombs": no stoning to yield to
            for s, e in found
        )
    ]


def _can_stand(span: Span, entry: dict) -> bool:
    """False for a throwing, blowing-up or burning verb that its parse shows is no stoning, blasting or
    arson ("threw paint at the embassy", "blew up a balloon", "set fire to tyres"): it neither takes
    another trigger's place nor makes the crowd its actor."""
    check = _PARSE_CHECKS.get(entry["support"])
    return check is None or check(span)


def _hit(tok: Token) -> bool:
    """The word is what an act is aimed at: its object, or after "at", "on", "against"."""
    return tok.dep_ in ("dobj", "nsubjpass") or (
        tok.dep_ == "pobj" and tok.head.lower_ in trigger_words("aimed_preps")
    )


def _seized_weapon(span: Span, entry: dict) -> bool:
    """ "defused 55 IEDs", "shot down a drone", "seized 20 kg of TNT": a weapon that is the object of a
    seizure is the thing disrupted, not an explosion."""
    if entry["type"] != "Explosions/Remote violence":
        return False
    root = span.root
    cur = of_holder(root) or root  # "a cache of IEDs"
    verb = cur.head
    if cur.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in trigger_lexicon()["seizure_verbs"]:
        return False
    return verb.lemma_.lower() != "shoot" or any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
    )


def _not_an_act(span: Span, entry: dict) -> bool:
    """A trigger word that names no act: a modifier ("a tortured fanbase", "striking miners", "riot
    police"; but "grenade launchers" are weapons) or a figurative attack ("bitter attacks on his rival")."""
    root = span.root
    if len(span) == 1 and root.dep_ == "amod" and root.tag_ in ("VBN", "VBG", "JJ"):  # "striking miners"
        return True
    if (
        len(span) == 1
        and root.pos_ == "NOUN"
        and root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and (entry["type"] in ("Protests", "Riots") or root.head.lemma_.lower() not in _event_nouns())
    ):
        return True  # "riot police", "the protest movement", "rape fantasies", "the hostage crisis"
    lex = trigger_lexicon()
    if span[0].pos_ != "NOUN" and [t.lemma_.lower() for t in span] in lex["noun_triggers"]:
        return True  # "the businessman sat in the audience"
    if root.lemma_.lower() == "fire" and root.head.lemma_.lower() == "catch":
        return True  # "a tram caught fire": an accident
    if any(c.dep_ == "advmod" and c.lower_ in _UNINTENDED for c in root.children):
        return True  # "a football freestyler accidentally beheads a snowman"
    thrown = root.dep_ in ("dobj", "nsubjpass", "nsubj") and root.head.lemma_.lower() in _HAND_THROWS
    if entry["sub"] == "Shelling/artillery/missile attack" and thrown:
        return True  # "missiles hurled at riot police": objects thrown by a crowd, not a missile attack
    if root.lemma_.lower() == "engage" and not _engaged_in_fighting(root):
        return True  # "had engaged in explicit communications": no fighting
    if root.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in lex["future_modifiers"] for c in root.children
    ):
        return True  # "braced for the coming protests", "a planned attack"
    if entry["type"] == "Protests" and _speech_setting(root):
        return True  # "Clinton told supporters at a rally in Daytona Beach"
    if entry["type"] != "Protests" and _said_of_a_non_event(root):
        return True  # "this meeting was a clash of the alphas", "the festival was a riot of colour";
        # but "the march was a protest" stays
    if root.pos_ == "VERB" and root.lemma_ == "talk" and not _talks_with_someone(root):
        return True  # "as she talked about the election results": speech, not talks
    return any(c.dep_ == "amod" and c.lower_ in lex["figurative_modifiers"] for c in root.children)


def _speech_setting(noun: Token) -> bool:
    """A gathering named only as where someone spoke: "told supporters at a rally" (``speech_verbs``)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in trigger_lexicon()["speech_verbs"]


def _talks_with_someone(verb: Token) -> bool:
    """ "talked with/to Putin", "the two leaders talked", "Putin and Erdogan talked": a partner."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.tag_ in ("NNS", "NNPS") or s.conjuncts or s.lower_ in ("they", "we") for s in subjects)


def _said_of_a_non_event(noun: Token) -> bool:
    """A trigger noun predicated of a common noun that names no violence ("the meeting was a clash of
    the alphas", "the final was a battle"): a figure of speech. "The attack was an ambush" and "it was
    a clash between clans" stay."""
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.lemma_.lower() not in _violent_nouns() for s in subjects
    )


@cache
def _violent_nouns() -> frozenset[str]:
    """Words of the violent triggers and of references back to an incident."""
    return _trigger_and_anaphor_words(("Protests", "Strategic developments", "Diplomacy"))


@cache
def _trigger_and_anaphor_words(skip_types: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of the triggers (of types not in ``skip_types``) and of references back to an incident."""
    lex = trigger_lexicon()
    words = {w for t in lex["triggers"] if t["type"] not in skip_types for seq in t["lemmas"] for w in seq}
    return frozenset({*words, *lex["anaphors"]})


_UNINTENDED = {"accidentally", "inadvertently", "unintentionally"}
_HAND_THROWS = {"throw", "hurl", "pelt", "fling", "lob"}  # not "the shell hit a school"


@cache
def _event_nouns() -> frozenset[str]:
    """Words of the trigger lexicon and of references back to an incident: what a weapon or act word may
    modify and still be an event ("IED explosion", "mortar shells", "grenade attack")."""
    return _trigger_and_anaphor_words() | {"fire", "round", "shelling", "incident", "operation"}


def _engaged_in_fighting(tok: Token) -> bool:
    """ "engaged in an armed clash", "engaged the militants": fighting, not talks or communications."""
    lex = trigger_lexicon()
    fights = set(lex["symmetric_triggers"]) | {"combat", "hostility", "gunfire", "firefight"}
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            if any(t.lemma_.lower() in fights for t in c.subtree):
                return True
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in ("talk", "dialogue"):
            return True
    return False


def _without_acting_crowds(found: list[tuple[Span, dict]]) -> list[tuple[Span, dict]]:
    """ "A mob beat up a resident", "rioters attacked the police", "a clash between demonstrators and
    police": a crowd noun that is the subject or a side of another trigger is that event's actor, not an
    event of its own."""
    roots = {span.root.i for span, entry in found if _can_stand(span, entry)}
    sides = {
        t.i
        for span, entry in found
        if span.root.lemma_.lower() in trigger_lexicon()["symmetric_triggers"]
        for t in _clash_sides(span.root)
    }
    return [
        (span, entry)
        for span, entry in found
        if not (
            entry["type"] in ("Protests", "Riots")
            and span.root.pos_ == "NOUN"
            and (
                (span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.i in roots)
                or span.root.i in sides
            )
        )
    ]


class EventsComponent:
    def __init__(
        self, nlp: Language, name: str, keep_planned: bool = False, min_confidence: float = 0.0
    ) -> None:
        register()
        self.name = name
        self.keep_planned = keep_planned
        self.min_confidence = min_confidence
        self.matcher = TriggerMatcher(nlp)

    def _matches(self, doc: Doc) -> dict[int, list[tuple[int, int, int]]]:
        """The Matcher's hits over the whole Doc (one pass), grouped by sentence start offset."""
        out: dict[int, list[tuple[int, int, int]]] = {}
        for match_id, start, end in self.matcher(doc):
            out.setdefault(doc[start].sent.start_char, []).append((match_id, start, end))
        return out

    def _triggers(self, sent: Span, matches: list[tuple[int, int, int]]) -> list[tuple[Span, dict]]:
        """Longest non-overlapping trigger matches in a sentence with their lexicon entries."""
        triggers = trigger_lexicon()["triggers"]
        found = []
        for match_id, start, end in matches:
            span = sent.doc[start:end]
            acronym = (
                len(span) == 1 and span.text.isupper() and len(span.text) > 2
            )  # "ATGM", "IED" tagged ORG
            if not acronym and any(t.ent_type_ and t.ent_type_ not in _TRIGGER_ENTS for t in span):
                continue  # "On 3 March" is a date, not a march; "Protest Movement" is a name
            entry = triggers[int(sent.doc.vocab.strings[match_id][1:])]
            if entry["type"] not in ("Protests", "Riots") and _crowd_control(span.root, sent):
                continue  # "Police fired tear gas": an intervention in a protest, not a clash
            if _not_an_act(span, entry) or _seized_weapon(span, entry):
                continue
            found.append((span, entry))
        found.sort(key=lambda x: (-(x[0].end - x[0].start), x[0].start))
        taken: set[int] = set()
        out: list[tuple[Span, dict]] = []
        for span, entry in found:
            if taken.intersection(range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            near = [
                k
                for k, (s, e) in enumerate(out)
                if e["type"] == entry["type"]
                and (e["sub"] == entry["sub"] or e["type"] != "Strategic developments")  # different acts
                and tree_distance(span.root, s.root) <= 2
            ]
            if near:  # "drone and artillery bombardments": one mention, named by the syntactic head
                k = near[0]
                head = out[k][0].root in span.root.subtree and out[k][0].root.i != span.root.i
                if head or (entry["support"] == "none" and out[k][1]["support"] != "none"):
                    out[k] = (span, entry)  # the head, or the word that needs no support ("demonstrated")
                continue
            weaker = _weaker_neighbour(out, span, entry)
            if weaker is not None:  # "destroyed a vehicle using an ATGM": the weapon names the event
                if weaker >= 0:
                    out[weaker] = (span, entry)
                continue
            out.append((span, entry))
        out = _without_yielding(_without_targeted_units(_without_acting_crowds(out)))
        return sorted(out, key=lambda x: x[0].start)

    def __call__(self, doc: Doc) -> Doc:
        layers = Layers.of(doc)
        by_sent = {
            "casualties": _group(layers.casualties),
            "dates": _group(layers.dates),
            "places": _group(layers.places),
            "actors": _group(layers.actors),
        }
        mentions: list[Mention] = []
        trigger_spans: list[Span] = []
        quoted = quoted_ranges(doc.text)
        matches = self._matches(doc)
        for sent in content_sents(doc):
            found = self._triggers(sent, matches.get(sent.start_char, []))
            ms = _sentence_mentions(doc, sent, found, by_sent, self.keep_planned, quoted)
            mentions.extend(ms)
            trigger_spans.extend(doc[m.trigger_start : m.trigger_end] for m in ms)
        incidents = merge_mentions(mentions, layers)
        events = build_events(doc, incidents, layers)
        doc._.events = [e for e in events if e.confidence >= self.min_confidence]
        doc.spans["eventx_triggers"] = trigger_spans
        return doc


def _group(records: list) -> dict[int, list]:
    out: dict[int, list] = {}
    for r in records:
        out.setdefault(r.sent_start, []).append(r)
    return out


def _token_at(doc: Doc, char: int) -> Token:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def _supported(entry: dict, trig: Span, sent: Span, actors: list, casualties: list) -> bool:
    """Does the sentence hold what the trigger needs (see ``support`` in event_triggers.yaml)?"""
    need = entry["support"]
    kinds = {a.kind for a in actors}
    if need == "none":
        return True
    violent_cas = [c for c in casualties if c.status in ("killed", "injured") and not c.negated]
    if need == "casualties":  # or violence between communities that broke out ("communal violence erupted")
        return bool(violent_cas) or (identity_label(trig.root) is not None and _breaks_out(trig.root))
    if need == "violence":
        weapons = trigger_words("weapon_words")
        return (
            bool(kinds & (_ARMED_KINDS | {"government"}))
            or bool(violent_cas)
            or any(t.lemma_.lower() in weapons and t not in trig for t in sent)  # not "a rocket" itself
            or _done_with_shots(trig.root)
            or _person_object(trig.root, actors, things=entry["sub"] == "Looting/property destruction")
            or _crowd_sides(trig.root, actors)
        )
    if need == "foreign":
        countries = {
            a.country_code for a in actors if a.country_code and a.kind in ("government", *_STATE_KINDS)
        }
        return len(countries) >= 2 or "international_org" in kinds
    if need == "state":
        return bool(kinds & _STATE_KINDS)
    if need == "armed":
        return bool(kinds & _ARMED_KINDS)
    if need == "forces":  # police standing guard or patrolling is routine, not a movement of forces
        armed = [a for a in actors if a.kind in _ARMED_KINDS]
        others = [a for a in armed if not trig.start <= a.head < trig.end]  # "police stood patrol"
        return any(not is_police(a.name) for a in (others or armed))  # "a Russian patrol took place"
    if need == "territory":
        return any(_takes_place(t) for t in trig) or seized(trig.root) is not None
    if need == "occupation":
        people = trigger_words("protest_people")
        subjects = [c for c in trig.root.children if c.dep_ == "nsubj"]
        armed = {a.head for a in actors if a.kind in _ARMED_KINDS}
        return any((s.lower_ in people or s.lemma_.lower() in people) and s.i not in armed for s in subjects)
    if need == "thrown":
        return _thrown(trig.root)
    if need in ("blasting", "stoning"):
        return _PARSE_CHECKS[need](trig)
    if need == "arson":
        violence = _supported({**entry, "support": "violence"}, trig, sent, actors, casualties)
        return violence or _PARSE_CHECKS[need](trig)
    if need == "seizure":
        return seized(trig.root) is not None
    if need == "purpose":
        return _protest_purpose(trig.root)
    if need == "prisoners":
        return _frees_prisoners(trig.root)
    if need == "authority":
        return bool(kinds & (_STATE_KINDS | {"government"})) and _imposed_curfew(trig.root)
    if need == "people":
        people = trigger_words("protest_people")
        if _memorial(sent):
            return False  # "a group of 100 people marched ... carrying flowers for the victims"
        return (
            trig.root.lemma_.lower() in _CROWD_NOUNS
            or any(t.lower_ in people for t in sent)
            or "protesters" in kinds
        )
    return False


def _done_with_shots(verb: Token) -> bool:
    """ "had his house attacked by shots", "attacked with shots": shots as the act's agent or means (a
    shot alone is no sign: "Saka's shot hit the post"), done to someone or something ("Barcelona attacked
    with shots from outside the box" hit nothing)."""
    had = verb.head.lemma_ == "have" and verb.dep_ in ("ccomp", "xcomp")  # "had his house attacked"
    hit = any(c.dep_ in ("dobj", "nsubjpass") or (had and c.dep_ == "nsubj") for c in verb.children)
    return hit and any(
        c.dep_ in ("agent", "prep")
        and c.lower_ in ("by", "with")
        and any(g.lemma_.lower() == "shot" for g in c.children)
        for c in verb.children
    )


def _one_event_per_attacked_crowd(mentions: list[Mention], actors: list) -> list[Mention]:
    """Protesters named as the ones a violent act hits ("opened fire on protesters", "threw petrol bombs
    at protesters") are one incident, not a protest beside an attack: state forces doing it make it the
    protest (with intervention, or excessive force when people are hurt: ACLED Codebook, Protests),
    anyone else an attack on the protesters (Violence against civilians)."""
    drop: set[int] = set()
    for crowd in mentions:
        root = crowd.trigger
        if (
            crowd.entry is None
            or crowd.entry["type"] != "Protests"
            or root.lemma_.lower() not in _CROWD_NOUNS
        ):
            continue
        if not _hit(root):
            continue
        for act in mentions:
            if (
                act is crowd
                or act.entry is None
                or act.entry["type"] in ("Protests", "Strategic developments")
            ):
                continue
            verb = _act_verb(act.trigger)
            if verb is None or tree_distance(verb, root) > 3 or verb not in root.ancestors:
                continue
            drop.add(id(act) if _doers_are_state(verb, actors) else id(crowd))
    return [m for m in mentions if id(m) not in drop]


def _act_verb(tok: Token) -> Token | None:
    """The verb of a violent act: the trigger itself, or the verb above a weapon noun ("threw petrol
    bombs")."""
    for t in (tok, tok.head):
        if t.pos_ == "VERB":
            return t
    return None


def _doers_are_state(verb: Token, actors: list) -> bool:
    """The verb's subject (or "by" agent) is state forces; a verb without one takes that of the clause
    above it ("police moved in and fired on ...", "suppressed the march by firing tear gas at ...")."""
    state = {a.head for a in actors if a.kind in _STATE_KINDS}
    cur = verb
    for _ in range(4):
        doers = _doers(cur)
        if doers or cur.head.i == cur.i or cur.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep"):
            return any(d.i in state for d in doers)
        cur = cur.head
    return False


def _blasting(trig: Span) -> bool:
    """Explosives used against something (see ``blasting`` in event_triggers.yaml)."""
    verb = trig[0]
    if verb.pos_ != "VERB":
        return False
    crimes = trigger_words("blast_crimes")
    things = trigger_words("blast_targets")
    weapons = trigger_words("seized_weapons")
    kids = list(verb.children)
    if verb.lemma_ == "blow":  # "blew up an ATM" (not "blew up the old cooling towers": demolition)
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in things for c in kids)
    in_crime = any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(t.lemma_.lower() in crimes for t in c.subtree)
        for c in kids
    )
    purposes = trigger_words("blast_purposes")
    for c in kids:  # "used dynamite to open the safe" (not "to open a new shaft", "to destroy a bomb")
        objects = [g.lemma_.lower() for g in c.children if g.dep_ == "dobj"]
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in purposes:
            if any(o in things for o in objects) or (
                c.lemma_.lower() in ("rob", "attack", "kill") and not any(o in weapons for o in objects)
            ):
                return True
    return in_crime


def _stoning(verb: Token) -> bool:
    """Stones thrown at someone: "threw rocks at the police", "pelted the convoy with stones" (not "threw
    the ball", "threw a grenade", which other triggers read, nor "stones thrown into the river")."""
    if verb.pos_ != "VERB":
        return False
    objects = trigger_words("thrown_objects")
    aimed = trigger_words("aimed_preps")
    kids = list(verb.children)
    with_stones = [g for c in kids if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    thrown = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")] + with_stones
    if not any(t.lemma_.lower() in objects for t in thrown):
        return False
    if verb.lemma_.lower() == "pelt":
        return True  # "a mob pelted stones and clashed with the police": pelting aims at someone
    at = any(
        c.dep_ == "prep"
        and c.lower_ in aimed
        and c.lower_ != "into"
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in kids
    )  # "threw stones into the river ... on Monday" aims at no one
    pelted = bool(with_stones) and any(c.dep_ == "dobj" for c in kids)  # "pelted the convoy with stones"
    return at or pelted


def _arson(verb: Token) -> bool:
    """Something set on fire by someone: the verb has an object ("set fire to the machinery", "burned
    down a church", "a school was set ablaze") and no fire or accident as its doer ("the blaze burned
    down the house", "an electrical fault set fire to the roof")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    causes = trigger_words("accident_words") | trigger_words("fire_causes")
    burnt = trigger_words("burnt_things") | trigger_words("symbolic_objects")
    doers = _doers(verb)
    if verb.dep_ == "acl":
        doers.append(verb.head)  # "A wildfire burned down dozens of homes", parsed as a noun phrase
    if any(d.lemma_.lower() in causes for d in doers):
        return False
    if any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in burnt and c.pos_ != "PRON"
        for c in verb.children
    ):
        return True
    to_things = [  # "set fire to the machinery": the object of "to" under the verb or under "fire"
        g
        for c in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() not in burnt and g.pos_ != "PRON"  # "set fire to himself"
    ]
    return bool(to_things)


# supports decided from the trigger's own parse: used to test a trigger before its sentence's actors
# are read (``_can_stand``) and as its support
_PARSE_CHECKS = {
    "stoning": lambda span: _stoning(span.root),
    "blasting": _blasting,
    "arson": lambda span: _arson(span.root),
}


def _thrown(tok: Token) -> bool:
    """ "threw Molotov cocktails", "attacked the shop with a petrol bomb", "a firebomb hit the house"."""
    verbs = trigger_words("throwing_verbs")
    cur = tok
    while cur.dep_ in ("pobj", "prep", "conj", "compound") and cur.head.i != cur.i:
        cur = cur.head
    return cur.head.lemma_.lower() in verbs or (cur.dep_ == "nsubj" and cur.head.lemma_.lower() in verbs)


def _memorial(sent: Span) -> bool:
    """A gathering that needs people (march, rally, procession) held to mourn or honour the dead, with no
    word of purpose (``memorial_cues``): ACLED codes funeral and memorial processions only when they turn
    into demonstrations."""
    lex = trigger_lexicon()
    lemmas = {t.lemma_.lower() for t in sent}
    in_memory = any(  # "in memory of the victims" (not "the biggest march in recent memory")
        t.lemma_ == "memory" and t.head.lower_ == "in" and any(c.lower_ == "of" for c in t.children)
        for t in sent
    )
    mourning = in_memory or bool(lemmas & set(lex["memorial_cues"]))
    return mourning and not lemmas & set(lex["protest_purposes_in_memorial"])


def _breaks_out(tok: Token) -> bool:
    """ "violence broke out / erupted / flared": an outbreak told as having happened."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    return (
        verb is not None
        and verb.lemma_.lower() in trigger_lexicon()["outbreak_verbs"]
        and not _irrealis(verb)
    )


def _protest_purpose(tok: Token) -> bool:
    """ "journalists gathered in Tizi Ouzou to denounce ...", "residents gathered demanding jobs",
    "protesters gathered in Lagos": people gathering (no object: not "gathered evidence") whose clause says
    they protest something, or who are protesters."""
    lex = trigger_lexicon()
    if tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in ("protester", "demonstrator", "protestor") for s in subjects):
        return True
    people = _gathering_people()
    named = [t for s in subjects for t in s.subtree]  # "Rio Grande do Norte, bus drivers gathered"
    if not any(t.lower_ in people or t.lemma_.lower() in people or crowd_head(t) for t in named):
        return False
    purposes = set(lex["protest_purposes"])
    inside = {t.i for s in subjects for t in s.subtree}
    return any(t.lemma_.lower() in purposes for t in tok.subtree if t.i != tok.i and t.i not in inside)


def _imposed_curfew(tok: Token) -> bool:
    """ "imposed a curfew", "began enforcing a curfew", "a curfew was declared": not "arrested for
    violating the curfew"."""
    verbs = trigger_words("curfew_verbs")
    head = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in verbs


def _frees_prisoners(tok: Token) -> bool:
    """ "released 52 Taliban prisoners": a release whose object is people held."""
    people = trigger_words("released_people")
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in people for c in tok.children
    )


def _crowd_sides(trig: Token, actors: list) -> bool:
    """ "two groups of supporters clashed with each other", "clashes between rival activists": people in
    the plural on a side of a clash (a riot, if no armed side is named)."""
    lex = trigger_lexicon()
    if trig.lemma_.lower() not in lex["symmetric_triggers"]:
        return False
    found = _clash_sides(trig)
    if not any(t.dep_ != "nsubj" or t.conjuncts or _each_other(trig) for t in found):
        return False  # "workers battled for hours to free five people": no other side, a figure of speech
    sides = {t.i for t in found}
    for a in actors:
        head = trig.doc[a.head]
        if a.kind not in ("civilians", "protesters", "rioters"):
            continue
        holder = of_holder(head) or head
        if (head.i in sides or holder.i in sides) and (head.tag_ in ("NNS", "NNPS") or crowd_head(holder)):
            return True
    return False


def _each_other(trig: Token) -> bool:
    return any(t.lower_ == "other" and t.head.lower_ == "with" for t in trig.subtree)


def _clash_sides(trig: Token) -> list[Token]:
    """The subject of a clash and the objects of its "with"/"between" (also when the clash is the subject
    of "broke out", "ensued" ...), with their conjuncts."""
    heads = [trig, *(c for c in trig.children if c.dep_ in ("acl", "relcl"))]  # "a clash ensued between"
    if trig.dep_ in ("nsubj", "nsubjpass"):
        heads.append(trig.head)  # "clashes broke out between"
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "nsubj" and h is trig:
                out.append(c)
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return [t for s in out for t in (s, *s.conjuncts)]


def _person_object(verb: Token, actors: list, things: bool = False) -> bool:
    """ "beat a Romani man", "attacked two farmers": people as the object of a violent verb (and, with
    ``things``, civilian property: "destroyed 4 houses"; not "a company was targeted")."""
    if verb.pos_ != "VERB":
        return False
    objects = {c.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    doc = verb.doc
    things = things and _done_by_people(verb, actors)  # not "the storm destroyed a warehouse"
    return any(
        a.head in objects
        and a.kind in ("civilians", "protesters")
        and (things or not a.target_only or is_person_noun(doc[a.head].lower_, doc[a.head].lemma_.lower()))
        for a in actors
    )


def _doers(verb: Token) -> list[Token]:
    """The verb's subject and its passive "by" agent."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return doers + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _done_by_people(verb: Token, actors: list) -> bool:
    """The verb's subject (or "by" agent) is an actor, a crowd of one, or a pronoun."""
    heads = {a.head for a in actors}
    for d in _doers(verb):
        holder_of = [g for c in d.children if c.lower_ == "of" for g in c.children]
        if d.i in heads or d.pos_ == "PRON" or crowd_head(d) or any(g.i in heads for g in holder_of):
            return True
    return False


def _sentence_mentions(
    doc: Doc, sent: Span, found: list, by_sent: dict, keep_planned: bool, quoted: list[tuple[int, int]]
) -> list[Mention]:
    actors = by_sent["actors"].get(sent.start_char, [])
    casualties = by_sent["casualties"].get(sent.start_char, [])
    dates = by_sent["dates"].get(sent.start_char, [])
    places = by_sent["places"].get(sent.start_char, [])
    mentions: list[Mention] = []
    dated = any(d.precision in ("day", "week") and d.kind == "point" for d in dates)
    for trig, entry in found:
        if in_ranges(quoted, trig.start_char):
            continue  # direct speech ("Russia is liable for this offensive," he said) is a claim
        anaphor = _is_anaphor(trig)
        # a reference to a reported incident is real even under an opinion ("fears of escalation after
        # the attack", "blamed X for the strike"); only a future clause makes it a plan
        planned = is_future(trig.root) if anaphor else _irrealis(trig.root)
        if not keep_planned and planned:
            continue
        if not anaphor and not dated and _trend(trig.root):
            continue  # "as insurgents ramp up attacks": no incident (but "intensified airstrikes on Tuesday")
        supported = _supported(entry, trig, sent, actors, casualties)
        if not supported and not anaphor and not answers_attack(trig.root):
            continue  # (an answer to an attack only joins that attack: unsupported, it is nothing alone)
        mentions.append(
            Mention(
                sent=sent,
                trigger_start=trig.start,
                trigger_end=trig.end,
                entry=entry,
                anaphor=anaphor,
                supported=supported,
            )
        )
    mentions = _one_event_per_attacked_crowd(mentions, actors)
    # each argument goes to the nearest trigger; unclaimed killings become mentions of their own
    for cas in casualties:
        tok = _token_at(doc, cas.trigger)
        if _protest_cause(tok, mentions):
            continue  # "demonstrated over a death in custody": the reason for a protest, told before
        if cas.negated and _partial_or_accident(tok, sent):
            continue
        holders = [m for m in mentions if _can_hold_casualties(m)]
        # "no one was hurt" speaks of the incident of its sentence, however far in the parse
        near = _nearest(tok, holders, max_distance=99 if cas.negated else 3)
        if near is not None:
            near.casualties.append(cas)
        elif cas.status in ("killed", "injured") and not cas.cumulative:
            m = _unclaimed_casualty(doc, sent, tok, none=cas.negated)
            if m is not None:
                m.casualties.append(cas)
                mentions.append(m)
    mentions.sort(key=lambda m: m.trigger_start)  # in the order told: "The soldier died, ... firing"
    for d in dates:
        tok = _token_at(doc, d.start)
        near = _nearest(tok, mentions)
        if near is None:
            continue
        if _is_possessed_anaphor(tok):
            near.back_dates.append(d)  # "Thursday's deaths": dates the incident referred to
        else:
            near.dates.append(d)
    anchor = doc._.anchor
    if anchor is not None and not keep_planned:
        mentions = [m for m in mentions if not _dated_after(m, anchor)]
    for p in places:
        near = _nearest(_token_at(doc, p.start), mentions)
        if near is not None:
            near.places.append(p)
    for a in actors:
        near = _nearest(doc[a.head], mentions)
        if near is not None:
            near.actors.append(a)
        for m in _sharing_subject(doc[a.head], mentions):
            if m is not near:
                m.actors.append(a)  # "the army destroyed a cache, defused 55 IEDs and seized TNT"
    return mentions


_QUOTE = re.compile(r"[“\"]([^”\"]{1,600})[”\"]")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks (straight or curly)."""
    return [m.span(1) for m in _QUOTE.finditer(text)]


def _takes_place(tok: Token) -> bool:
    """True if the object is a place: "seized the town", "re-entered Saraqeb", "took control of Idlib"."""
    words = trigger_words("territory_objects")
    if tok.dep_ == "amod" and _place_token(tok.head):
        return True  # "rebels re-entered Saraqeb" parsed with "entered" modifying "Saraqeb"
    objects = [c for c in tok.children if c.dep_ in ("dobj", "pobj", "prep", "attr")]
    objects += [t for c in objects for t in c.children if c.dep_ == "pobj"]
    # "took control of Idlib", "regained control of areas": what the control is of ("regain control" of a
    # car is no territory)
    objects += [
        p
        for c in objects
        if c.lemma_.lower() == "control"
        for o in c.children
        if o.lower_ == "of"
        for p in o.children
    ]
    objects = [o for o in objects if o.lemma_.lower() != "control"]
    return any(
        o.ent_type_ in ("GPE", "LOC", "FAC") or _place_token(o) or o.lemma_.lower() in words for o in objects
    )


def _place_token(tok: Token) -> bool:
    """The token lies in a place the gazetteer knows (not "the Premier League in London", which the
    place chains keep as a name held by London)."""
    return any(
        p.start <= tok.idx < p.end and p.context == "mention" and p.resolved for p in tok.doc._.eventx_places
    )


def _crowd_control_word(tok: Token, words: set[str]) -> bool:
    """A crowd-control weapon, or the air shots are fired into ("in the air", not "an air strike")."""
    if tok.lower_ == "air":
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into")
    return tok.lemma_.lower() in words


def _crowd_control(tok: Token, sent: Span) -> bool:
    """True if the trigger's object is a crowd-control weapon ("fired tear gas", "shot rubber bullets")
    used on a crowd (a protest word or a crowd noun in its sentence, the one before or the one after);
    rubber bullets fired at fishermen at sea are an attack."""
    lex = trigger_lexicon()
    words = set(lex["crowd_control"])
    objects = [c for c in tok.children if c.dep_ in ("dobj", "prep", "npadvmod")]
    if tok.dep_ == "dobj":  # "fired shots in the air": the verb's prepositions too
        objects += [c for c in tok.head.children if c.dep_ == "prep"]
    if not any(_crowd_control_word(t, words) for c in objects for t in c.subtree):
        return False
    crowd = (
        set(lex["protest_cues"])
        | set(lex["crowd_heads"])
        | set(lex["protest_people"])
        | set(lex["riot_words"])
    )
    prev = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    window = (
        [*prev, *with_next_sentence(sent)] if prev.start != sent.start else list(with_next_sentence(sent))
    )
    return any((t.lemma_.lower() in crowd or t.lower_ in crowd) and not t.ent_type_ for t in window)


def _accidental(tok: Token) -> bool:
    """A death or injury whose clause names an accident or disaster as its cause ("killed in a crash")."""
    lex = trigger_lexicon()
    words, verbs, weapons = set(lex["accident_words"]), set(lex["accident_verbs"]), set(lex["weapon_words"])
    clause = [tok, *tok.children, *(t for c in tok.children for t in c.subtree)]
    if tok.dep_ in ("relcl", "acl"):
        clause.append(tok.head)  # "the crash which killed seven people"
    if any(c.dep_ == "advmod" and c.lower_ in _UNINTENDED for c in tok.children):
        return True  # "accidentally killed", "accidentally beheads a snowman"
    return any(
        t.lemma_.lower() in words
        and (t.pos_ != "VERB" or t.lemma_.lower() in verbs)
        and not (t.dep_ == "compound" and t.head.lemma_.lower() in weapons)  # "car bomb" is no car accident
        for t in clause
    )


def _hits_a_thing(tok: Token) -> bool:
    """A hurting verb's object is a thing, not people ("hurt his campaign", "harmed the economy")."""
    if tok.lemma_.lower() not in ("hurt", "harm"):
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.like_num:
            lemma = c.lemma_.lower()
            if not (is_person_noun(c.lower_, lemma) or crowd_head(c) or lemma in _BODY_WORDS):
                return True
    return False


def _accident_story(doc: Doc) -> bool:
    """The report is about an accident or disaster: its accident words outnumber its words of attack
    (``accident_words`` against ``attack_signs``), two at least. Cached on the Doc."""
    key = "eventx_accident_story"
    if key not in doc.user_data:
        accidents = trigger_words("accident_words")
        n_acc = sum(t.lemma_.lower() in accidents and t.pos_ in ("NOUN", "VERB") for t in doc)
        n_att = sum(t.lemma_.lower() in _attack_words() for t in doc)
        doc.user_data[key] = n_acc >= 2 and n_acc > n_att
    return doc.user_data[key]


@cache
def _attack_words() -> frozenset[str]:
    lex = trigger_lexicon()
    return frozenset(lex["attack_signs"]) | frozenset(lex["weapon_words"])


@cache
def _gathering_people() -> frozenset[str]:
    return trigger_words("protest_people") | frozenset(actor_lexicon()["nouns"])


def _attack_signs(sent: Span) -> bool:
    return any(t.lemma_.lower() in _attack_words() for t in sent)


def _unclaimed_casualty(doc: Doc, sent: Span, tok: Token, none: bool = False) -> Mention | None:
    """A mention for a casualty statement no trigger word claimed, or None (an accident, a plan).

    - a violent verb ("gunmen killed a farmer") is an incident of its own;
    - a body found ("was found dead", "the body of a man was found") is one too (ACLED codes it);
    - anything else ("Two men died.", "2 fatalities.") follows up the latest violent incident and is
      dropped when there is none; so does a statement of no casualties (``none``: "No one was hurt.").
    """
    if _irrealis(tok) or _accidental(tok):
        return None
    if _hits_a_thing(tok):
        return None  # "he has hurt his campaign": no one was hurt
    if _accident_story(doc) and not _attack_signs(sent):
        return None  # "One of the injured passengers described the scenes" in a report on a tram crash
    found = tok.head.lemma_.lower() in _FINDING or any(c.lemma_.lower() in _FINDING for c in tok.ancestors)
    if not none and tok.pos_ == "VERB" and tok.lemma_.lower() not in _NONVIOLENT_DEATH:
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        anaphor = bool(subj) and _is_anaphor(doc[subj[0].left_edge.i : subj[0].i + 1])
        return Mention(sent=sent, trigger_start=tok.i, trigger_end=tok.i + 1, entry=None, anaphor=anaphor)
    if not none and found and tok.lemma_.lower() in _BODY_WORDS and _violence_signs(sent):
        return Mention(sent=sent, trigger_start=tok.i, trigger_end=tok.i + 1, entry=None)
    return Mention(
        sent=sent, trigger_start=tok.i, trigger_end=tok.i + 1, entry=None, anaphor=True, supported=False
    )


def _partial_or_accident(tok: Token, sent: Span) -> bool:
    """A statement of no casualties that says nothing of the incident: about some people only ("no
    casualties among the officers") or in a sentence about an accident ("no casualties in the floods")."""
    words = trigger_words("accident_words")
    among = any(c.dep_ == "prep" and c.lower_ == "among" for c in [*tok.subtree, *tok.head.children])
    return among or any(t.lemma_.lower() in words and t.pos_ != "VERB" for t in sent)


def _violence_signs(sent: Span) -> bool:
    """Signs of violence in the sentence or the next ("with signs of torture", "gunshot wounds")."""
    words = trigger_words("violence_signs")
    return any(t.lemma_.lower() in words for t in with_next_sentence(sent))


def _protest_cause(tok: Token, mentions: list[Mention]) -> bool:
    """A casualty noun that a protest is about ("protested over the killing of a student", "a march
    against the deaths"): a grievance, not a casualty of the protest."""
    causes = trigger_lexicon()["protest_cause_preps"]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in causes:
        return False
    protests = {m.trigger_start for m in mentions if m.entry is not None and m.entry["type"] == "Protests"}
    return any(t.i in protests for t in [prep.head, *list(prep.head.ancestors)[:1]])


def _can_hold_casualties(m: Mention) -> bool:
    """Talks and agreements kill no one: casualty statements go to violent or protest triggers."""
    return m.entry is None or m.entry["type"] not in ("Diplomacy", "Strategic developments")


def _dated_after(m: Mention, anchor) -> bool:
    """A mention whose own dates all lie after the report's date speaks of a plan ("a meeting on March 5")."""
    days = [d for d in m.dates if d.kind == "point" and d.date_start is not None]
    return bool(days) and all(d.date_start > anchor for d in days)


def _is_possessed_anaphor(tok: Token) -> bool:
    """ "Thursday's deaths": a date possessing an incident noun."""
    head = tok.head
    return tok.dep_ == "poss" and head.lemma_.lower() in trigger_lexicon()["anaphors"]


def _sharing_subject(tok: Token, mentions: list[Mention]) -> list[Mention]:
    """Mentions whose verb is joined by "and" to the verb ``tok`` is the subject of: the subject is theirs
    too ("security forces arrested and beat a leader")."""
    if tok.dep_ != "nsubj":
        return []
    verbs = {v.i for v in tok.head.conjuncts}
    own = ("nsubj", "nsubjpass", "auxpass")  # "... and were later arrested": not the attackers' arrest
    return [
        m for m in mentions if m.trigger.i in verbs and not any(c.dep_ in own for c in m.trigger.children)
    ]


def _nearest(tok: Token, mentions: list[Mention], max_distance: int = 99) -> Mention | None:
    best, best_d = None, max_distance + 1
    for m in mentions:
        d = tree_distance(tok, m.trigger)  # the trigger's head word: "bomb" of "car bomb"
        if d < best_d:
            best, best_d = m, d
    return best


@Language.factory(
    "eventx_events",
    default_config={"keep_planned": False, "min_confidence": 0.0},
    assigns=ASSIGNS,
    requires=["doc._.eventx_dates", "doc._.eventx_places", "doc._.eventx_casualties", "doc._.eventx_actors"],
)
def make_events(nlp: Language, name: str, keep_planned: bool, min_confidence: float) -> EventsComponent:
    return EventsComponent(nlp, name, keep_planned=keep_planned, min_confidence=min_confidence)

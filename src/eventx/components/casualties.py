"""eventx_casualties: who was killed, injured, abducted ..., how many, and who says so.

For each casualty word (``resources/casualties.yaml``: "killed", "died", "dead", "wounded",
"fatalities" ...) the dependency parse names the counted noun: the passive subject ("33 soldiers were
killed"), the object ("killed 16 Syrian soldiers"), the subject of "die", or the noun a participle
modifies ("troops killed in Idlib"). The number is read from that noun's left modifiers with
``eventx.text.quantities`` (hedges, ranges, words, paraphrased forms) only on that short candidate span.
Negations give 0, "an unknown number" gives no count, running totals are marked ``cumulative``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..actorlex import armed_group, country_code_of, group_in, identity_label, is_person_noun, noun_entry
from ..data import load_yaml
from ..doctools import content_sents, record_spans, text_between
from ..extensions import register
from ..records import CasualtyMention
from ..text.quantities import find_quantities

ASSIGNS = ["doc._.eventx_casualties"]
_SUBJ = ("nsubjpass", "nsubj")
_OBJ = ("dobj",)
_OTHER_CLAUSES = ("advcl", "conj", "ccomp", "parataxis", "relcl")


@cache
def _lex() -> dict:
    data = load_yaml("casualties.yaml")
    by_lemma: dict[tuple[str, str], str] = {}
    for status, groups in data["triggers"].items():
        for pos in ("verbs", "nouns", "adjectives"):
            for lemma in groups[pos]:
                by_lemma.setdefault((pos, lemma), status)
    data["_by_lemma"] = by_lemma
    data["_cumulative"] = re.compile("|".join(data["cumulative_patterns"]), re.I)
    data["_unconfirmed"] = re.compile("|".join(data["unconfirmed_patterns"]), re.I)
    nouns = "|".join(map(re.escape, data["incident_nouns"]))
    quals = "|".join(map(re.escape, data["incident_qualifiers"]))
    data["_across"] = re.compile(
        rf"\b(?:(?P<across>across)|in|during)\s+(?P<all>all\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+)?"
        rf"(?:(?P<n>\w+)\s+)?(?:(?:{quals})\s+)?(?:{nouns})\b",
        re.I,
    )
    data["_one_of"] = re.compile(rf"\bone of (?:at least )?(?P<n>\w+) (?:(?:{quals}) )?(?:{nouns})\b", re.I)
    return data


def trigger_status(tok: Token) -> str | None:
    """The casualty status a token states ("killed", "injured" ...), or None."""
    lex = _lex()
    by_lemma = lex["_by_lemma"]
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.pos_ in ("VERB", "AUX"):
        if _to_death(tok):
            return "killed"  # "shot to death", "beaten to death", "fatally shot"
        lives = any(c.dep_ == "dobj" and c.lemma_.lower() in lex["life_nouns"] for c in tok.children)
        if lemma == "lose" and lives:
            return "killed"  # "17 people lost their lives"
        return by_lemma.get(("verbs", lemma)) or by_lemma.get(("adjectives", lower))
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma in lex["toll_nouns"]:
            mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")]
            return "killed" if set(mods) & set(lex["toll_modifiers"]) else None  # not "a road toll"
        if lemma in lex["body_nouns"] and not _a_corpse(tok):
            return None  # "complimented her body"
        return by_lemma.get(("nouns", lemma)) or by_lemma.get(("nouns", lower))
    if tok.pos_ == "ADJ":
        return by_lemma.get(("adjectives", lower)) or by_lemma.get(("adjectives", lemma))
    return None


def _a_corpse(noun: Token) -> bool:
    """True if a body noun tells of a dead person: "bodies", "the body of a man", "two bodies", "his
    body was found", "a charred body" (``body_verbs``, ``body_modifiers``)."""
    lex = _lex()
    institutions = set(lex["body_institutions"])
    if any(c.dep_ in ("amod", "compound") and c.lower_ in institutions for c in noun.children):
        return False  # "the student body", "a governing body"
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if any(g.lemma_.lower() in institutions for g in of):
        return False  # "a body of water", "a body of evidence"
    if noun.tag_ in ("NNS", "NNPS") or of or any(c.dep_ == "nummod" for c in noun.children):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lex["body_modifiers"] for c in noun.children):
        return True
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in lex["body_verbs"]


def _to_death(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "fatally":
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def _other_victims(noun: Token) -> list[Token]:
    """Victim groups joined to ``noun``; "a social leader and also the vice-president" is one person."""
    doc = noun.doc
    same_cues = set(_lex()["same_person_cues"])

    def same_person(c: Token) -> bool:  # a singular second description with no number of its own
        between = doc[min(noun.i, c.i) : max(noun.i, c.i) + 1]
        return (
            c.tag_ in ("NN", "NNP")
            and not any(g.dep_ == "nummod" or g.like_num for g in c.children)
            and any(t.lower_ in same_cues for t in between)
        )

    return [c for c in noun.conjuncts if not c.is_punct and not same_person(c)]


def _attempted(trigger: Token) -> bool:
    """ "tried to lynch a man", "threatened to kill": an attempt or intent, not a casualty."""
    return (
        trigger.pos_ == "VERB"
        and trigger.dep_ in ("xcomp", "ccomp")
        and trigger.head.lemma_.lower() in _lex()["attempt_verbs"]
    )


def _counted_noun(trigger: Token) -> Token | None:
    """The token naming who was counted, found through the parse."""
    deps: dict[str, Token] = {}
    for c in trigger.children:
        deps.setdefault(c.dep_, c)  # the first of each: "killed 10 fighters from X, the team backed by Y"
    if trigger.pos_ in ("VERB", "AUX"):
        passive = "nsubjpass" in deps or any(c.dep_ == "auxpass" for c in trigger.children)
        if passive and "nsubjpass" in deps:
            return deps["nsubjpass"]
        if trigger.lemma_.lower() in ("die", "perish", "lose") and "nsubj" in deps:
            return deps["nsubj"]  # "two men died", "17 people lost their lives"
        adjective = ("adjectives", trigger.lower_) in _lex()["_by_lemma"]
        if adjective and trigger.tag_ == "VBG" and "nsubj" in deps and "dobj" not in deps:
            return deps["nsubj"]  # "three fishermen were missing" (parsed as a verb)
        if "dobj" in deps:
            return deps["dobj"]
        subj = deps.get("nsubj")
        if (
            subj is not None
            and trigger.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "aux" for c in trigger.children)
            and any(c.dep_ == "nummod" for c in subj.children)
        ):
            return subj  # a headline's passive: "Four people killed and twenty wounded in the fighting"
        if trigger.dep_ in ("acl", "relcl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            return trigger.head
        if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
            # "were killed and 10 injured": a conjunct with no subject of its own shares its head's
            nums = [c for c in trigger.children if c.like_num or c.dep_ in ("nummod", "npadvmod")]
            if nums:
                return nums[0]
            # "shot and killed the commander", "was shot and killed": the verbs share one victim
            head = trigger.head
            shared = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < trigger.i]
            return shared[0] if shared and head.lemma_.lower() in _lex()["shared_victim_verbs"] else None
        return None
    if trigger.pos_ == "ADJ":
        if trigger.dep_ == "amod":
            return trigger.head
        if "nsubj" in deps:
            return deps["nsubj"]
        if trigger.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or (
            trigger.dep_ == "advmod" and trigger.head.pos_ == "VERB"  # "Gunmen shot dead a farmer"
        ):
            # "shot dead a shopkeeper" (object), "was found dead" (passive subject), "lay dead" (subject)
            for dep in ("dobj", "nsubjpass", "nsubj"):
                obj = [c for c in trigger.head.children if c.dep_ == dep]
                if obj:
                    return obj[0]
            return None
        return None
    lex = _lex()
    if trigger.lemma_.lower() in lex["toll_nouns"]:
        return _toll_number(trigger)
    if trigger.lemma_.lower() in lex["body_nouns"]:
        whose = _of_objects(trigger)
        if whose:
            return whose[0]  # "the bodies of five men": the men
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lex["suffer_verbs"]:
        subj = [c for c in trigger.head.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]  # "four persons sustained injuries": the people who suffered them
    return trigger  # a noun trigger counts itself: "16 deaths", "bodies"


def _toll_number(toll: Token) -> Token | None:
    """The number a death toll is given as: "a death toll of 17", "the death toll rose to 17", "the toll
    stands at 17", "the death toll is 17"; None when no number is said."""
    places = [toll]
    if toll.dep_ in ("nsubj", "nsubjpass"):
        places.append(toll.head)
    for tok in places:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "at"):
                nums = [g for g in c.children if g.dep_ == "pobj" and g.like_num]
                if nums:
                    return nums[0]
            if tok is not toll and c.dep_ in ("dobj", "attr") and c.like_num:
                return c
    return None


def _number_span(noun: Token, summed: bool = False) -> tuple[int, int] | None:
    """Character range before (and including, for a bare number) the counted noun to read a number from;
    ``summed``: from the group it is joined to ("2 rebel and 1 military fatality")."""
    left = noun.left_edge
    if noun.dep_ == "pobj" and noun.head.lower_ == "between":
        left = noun.head  # "between 10 and 15 civilians": the range starts at "between"
    if summed and noun.dep_ == "conj" and trigger_status(noun.head) is None:
        # "2 rebel and 1 military fatality"; not "2 civilian deaths and 1 military fatality" (counted apart)
        left = min(left, noun.head.left_edge, key=lambda t: t.i)
    if noun.like_num or noun.pos_ == "NUM":
        return noun.left_edge.idx, noun.idx + len(noun.text)
    if left.i == noun.i:
        return None
    return left.idx, noun.idx


def _has_of(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _of_objects(noun: Token) -> list[Token]:
    """What a noun is "of": "men" in "the bodies of five men", "civilians" in "dozens of civilians"."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _number_of(noun: Token) -> bool:
    """ "a number of fighters", "an unspecified number of soldiers": a count noun with no count."""
    return _has_of(noun) and noun.lemma_.lower() in _lex()["count_nouns"]


def _quantity_noun(doc: Doc, noun: Token):
    """The Quantity a noun is itself ("Dozens of civilians", "a dozen of the soldiers", "killing dozens",
    "scores of people"), or None."""
    if noun.pos_ not in ("NOUN", "PROPN", "NUM") or noun.like_num:
        return None
    start = noun.left_edge.idx
    text = text_between(doc, start, noun.idx + len(noun.text)) + (" of" if _has_of(noun) else "")
    found = find_quantities(text)
    return found[-1] if found and found[-1].end > noun.idx - start else None


def _combatants_of(victim: str, head: Token):
    """The armed group whose fighters the victims are ("10 fighters from Hezbollah", "a cadre of
    CPI-Maoist"): only for a combatant noun, never "civilians from a village once held by Boko Haram"."""
    entry = noun_entry(head.lower_, head.lemma_.lower())
    if entry is None or entry[0] in ("civilians", "protesters", "government", "other"):
        return armed_group(victim)
    return group_in(victim)


def _victim_text(noun: Token) -> tuple[str, Token]:
    """The victim group as written ("Turkish soldiers", "fighters from Hezbollah") and its head."""
    head = noun
    if noun.like_num or noun.pos_ == "NUM" or _number_of(noun) or _quantity_noun(noun.doc, noun) is not None:
        pobj = _of_objects(noun)
        if pobj:
            head = pobj[0]
    in_prep = {  # "a cadre of CPI-Maoist", "fighters from Hezbollah"
        t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for t in c.subtree
    }
    keep = [t for t in head.subtree if not (t.like_num or t.dep_ in ("det", "nummod", "quantmod", "advmod"))]
    keep = [t for t in keep if t.i <= head.i or t.i in in_prep or t.dep_ in ("compound", "amod")]
    text = " ".join(t.text for t in keep if t.i >= head.left_edge.i and t.i <= head.right_edge.i)
    nxt = head.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.lower_ in ("from", "of") and nxt.dep_ == "prep":
        pobj = [c for c in nxt.children if c.dep_ == "pobj"]
        if pobj:  # "10 fighters from Hezbollah" where the parser hangs "from" on the verb
            text += " " + head.doc[nxt.i : pobj[0].right_edge.i + 1].text
    text = re.sub(r"^(?:(?:and|or|[-,])\s+)+", "", text.strip())  # "between 10 and 15 civilians"
    return text or head.text, head


def _victim_kind(head: Token) -> str | None:
    entry = noun_entry(head.lower_, head.lemma_.lower())
    if entry and entry[0] in ("rebel_group", "political_militia") and identity_label(head) is not None:
        return "identity_militia"  # "two communal militiamen were killed"
    return entry[0] if entry else None


def _victim_country(head: Token) -> str | None:
    for t in head.subtree:
        if t.i == head.i:
            continue
        if t.dep_ in ("amod", "compound", "pobj") and t.is_title:
            code = country_code_of(t.text)
            if code:
                return code
    return None


def _negated(trigger: Token, noun: Token | None) -> bool:
    if any(c.dep_ == "neg" for c in trigger.children):
        return True
    for tok in (noun, trigger):
        if tok is None:
            continue
        if tok.lower_ in ("none", "nobody", "noone") or (
            tok.lower_ == "one" and tok.i > 0 and tok.nbor(-1).lower_ == "no"
        ):
            return True
        if any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither", "nor") for c in tok.children):
            return True
        if tok.dep_ == "conj" and any(c.lower_ in ("neither", "nor") for c in tok.head.children):
            return True  # "neither injuries nor fatalities were reported"
    # "there were no reports of casualties": the trigger hangs under a negated noun
    cur = trigger
    for _ in range(3):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
            return True
    return False


def _unknown(noun: Token | None, sent: Span) -> bool:
    if noun is None:
        return False
    window = sent.doc[max(noun.left_edge.i - 4, sent.start) : noun.i + 1].text.lower()
    return any(cue in window for cue in _lex()["unknown_cues"][:-1]) and "number" in window


def _cumulative(trigger: Token) -> bool:
    lex = _lex()
    chain = [trigger, *trigger.ancestors]
    words = {t.lemma_.lower() for t in chain} | {c.lemma_.lower() for t in chain for c in t.children}
    if words & set(lex["cumulative_cues"]):
        return True
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
    if perfect and subjects and subjects[0].lemma_.lower() in lex["cumulative_subjects"]:
        return True  # "the 12-year war has killed thousands"; not "a land conflict killed three"
    return bool(lex["_cumulative"].search(_own_clause(trigger)))


def _own_clause(trigger: Token) -> str:
    """The trigger's clause without the clauses hanging from it: in "killed four soldiers, bringing the
    total killed this year to 120" the running total is another clause's."""
    doc = trigger.doc
    skip = {t.i for c in trigger.children if c.dep_ in _OTHER_CLAUSES for t in c.subtree}
    return " ".join(t.text for t in doc[trigger.left_edge.i : trigger.right_edge.i + 1] if t.i not in skip)


def _shared_by(trigger: Token, sent: Span) -> int | None:
    """How many incidents a stated total covers: 1 for one incident; N for "across the N attacks" (or
    "across the attacks" in a text that says "one of N related attacks"); None when it covers several
    of an unknown number (then it is cumulative)."""
    lex = _lex()
    clause = sent.doc[trigger.left_edge.i : trigger.right_edge.i + 1].text
    found = lex["_across"].search(clause) or lex["_across"].search(sent.text)
    if found is None:
        return 1
    words = found.group("n")
    n = lex["determiner_counts"].get(words.lower()) if words else None  # "across both attacks"
    n = n or (_small_number(words) if words else None)
    if n is None and words:
        return 1  # "in the Idlib attacks": a name, not a number of incidents
    if n is None and not (found.group("across") or found.group("all")):
        return 1  # "killed during the strikes": the strikes of this one incident
    if n is None:
        one_of = lex["_one_of"].search(sent.doc.text)
        n = _small_number(one_of.group("n")) if one_of else None
    return n if n is not None and n > 1 else None


def _additional(trigger: Token, sent: Span) -> bool:
    """ "2 militants were also killed", "In addition, one civilian was killed": victims besides those of
    an earlier statement about the same incident."""
    lex = _lex()
    if any(c.dep_ == "advmod" and c.lower_ in lex["additional_adverbs"] for c in trigger.children):
        return True
    return sent.text.lstrip().lower().startswith(tuple(lex["additional_openers"]))


def _small_number(word: str) -> int | None:
    found = find_quantities(word)
    return found[0].best if found and found[0].qualifier == "exact" and found[0].best else None


def _reported_by(sent: Span) -> list[str]:
    """Sources of the statement: "according to X", "X said"."""
    lex = _lex()
    out: list[str] = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            pobj = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
            if pobj:
                out.append(sent.doc[pobj[0].left_edge.i : pobj[0].right_edge.i + 1].text)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex["report_verbs"]:
            subj = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subj:
                out.append(sent.doc[subj[0].left_edge.i : subj[0].right_edge.i + 1].text)
            elif not any(c.dep_ == "nsubj" for c in tok.children):
                source = _phrase_before(tok, sent)
                if source:
                    out.append(source)
    return [re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I) for s in out]


def _phrase_before(verb: Token, sent: Span) -> str | None:
    """ "..., the Syrian Observatory for Human Rights said.": when the parser hangs the source on the
    words before it, the noun phrase that ends just before the verb and starts after a comma."""
    if verb.i == sent.start or verb.nbor(-1).is_punct:
        return None
    last = verb.nbor(-1)
    for cand in [last, *last.ancestors]:
        if (
            cand.right_edge.i == verb.i - 1
            and cand.pos_ in ("NOUN", "PROPN")
            and cand.left_edge.i > sent.start
        ):
            if cand.doc[cand.left_edge.i - 1].text == ",":
                return cand.doc[cand.left_edge.i : verb.i].text
    return None


_ONE_DETERMINERS = {"a", "an", "the", "his", "her"}  # "killed the commander", "shot his son": one person


def _count(
    doc: Doc, noun: Token | None, summed: bool = False, conjunct: bool = False
) -> tuple[int | None, int | None, int | None, str, str]:
    """(best, low, high, qualifier, number_text) for the counted noun; best None when no number is given.

    ``summed``: the noun is the casualty word itself ("2 rebel and 1 military fatalities"); numbers
    joined by "and" in front of it add up. ``conjunct``: the noun is joined to a counted group ("four
    cadres and a Police Sub-Inspector"), so a singular one is one person whatever its word."""
    if noun is None:
        return None, None, None, "exact", ""
    lex = _lex()
    if noun.lower_ in lex["one_person_pronouns"] and noun.dep_ in ("dobj", "nsubjpass", "nsubj"):
        return 1, 1, 1, "exact", noun.text  # "returned fire, killing him", "he died"
    if noun.lower_ in lex["word_counts"]:
        n = lex["word_counts"][noun.lower_]
        return n, n, n, "exact", noun.text
    for c in noun.children:
        if c.dep_ in ("det", "predet", "nummod") and c.lower_ in lex["determiner_counts"]:
            n = lex["determiner_counts"][c.lower_]
            return n, n, n, "exact", c.text  # "both assailants"
        if c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() in lex["group_nouns"]:
            nums = [g for g in c.children if g.dep_ == "pobj" and g.like_num]
            found = find_quantities(nums[0].text) if nums else []
            if found:
                return (
                    found[0].best,
                    found[0].low,
                    found[0].high,
                    "exact",
                    nums[0].text,
                )  # "a family of three"
    if _number_of(noun):
        return None, None, None, "exact", ""  # "a number of QSD fighters": a count not given
    own = _quantity_noun(doc, noun)
    if own is not None:
        return own.best, own.low, own.high, own.qualifier, own.text  # "Dozens of civilians", "killing dozens"
    if noun.lower_ == "old" and any(c.lemma_.lower() == "year" for c in noun.children):
        return 1, 1, 1, "exact", ""  # "a 23-year-old was shot dead": one person of that age
    rng = _number_span(noun, summed)
    if rng is not None:
        text = text_between(doc, rng[0], rng[1])
        found = find_quantities(text)
        if (
            found
            and summed
            and len(found) > 1
            and all(" and " in text[a.end : b.start] for a, b in zip(found, found[1:], strict=False))
        ):
            total = sum(q.best for q in found)
            return total, sum(q.low for q in found), sum(q.high for q in found), "exact", text.strip()
        if found:
            q = found[0]
            return q.best, q.low, q.high, q.qualifier, q.text
    if noun.tag_ == "NN" and is_person_noun(noun.lower_) and noun.lower_ not in ("police", "personnel"):
        return 1, 1, 1, "exact", ""  # "a policeman was killed"
    if noun.lemma_.lower() in ("body", "corpse") and noun.tag_ == "NN":
        return 1, 1, 1, "exact", ""  # "the body of a man was found"
    proper_victim = (
        noun.tag_ == "NNP"  # one named person; not "to kill the Giants" (a team, NNPS)
        and not any(c.dep_ == "det" for c in noun.children)
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
        and armed_group(noun.text) is None
    )  # "stabbed and killed U Myint Naing" (tagged ORG): places and groups are not killed
    if (
        noun.ent_type_ == "PERSON"
        or proper_victim
        or (conjunct and noun.tag_ in ("NN", "NNP"))
        or (noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children))
        or (
            noun.tag_ == "NN"
            and noun.dep_ in ("dobj", "nsubjpass")  # the victim of a verb, not "the killing" itself
            and any(c.dep_ in ("det", "poss") and c.lower_ in _ONE_DETERMINERS for c in noun.children)
        )
    ):
        return 1, 1, 1, "exact", ""  # "killed John Smith", "shot dead a shopkeeper": one person
    return None, None, None, "exact", ""


def casualty_mentions(doc: Doc, sent: Span, unconfirmed_text: str) -> list[CasualtyMention]:
    """Every casualty statement in one sentence; conjoined victim groups ("four cadres and a police
    officer were killed") give one statement each, and the builder adds them up."""
    out: list[CasualtyMention] = []
    context = {"reported": None, "unconfirmed": bool(_lex()["_unconfirmed"].search(unconfirmed_text))}
    for tok in sent:
        if tok.lemma_.lower() in _lex()["ambiguous_nouns"] and tok.pos_ == "NOUN" and _negated(tok, tok):
            for status in ("killed", "injured"):  # "no casualties": neither dead nor wounded
                m = _statement(doc, sent, tok, status, tok, context)
                if m is not None:
                    out.append(m)
            continue
        status = trigger_status(tok)
        if status is None or _attempted(tok):
            continue
        noun = _counted_noun(tok)
        groups = [noun] if noun is None or noun.i == tok.i else [noun, *_other_victims(noun)]
        if noun is not None and noun.dep_ == "nsubjpass":  # "4 people as well as 2 policemen were killed"
            groups += [c for c in tok.children if c.dep_ == "nsubjpass" and c.i != noun.i and c not in groups]
        if noun is not None and noun.dep_ == "dobj":  # "killed five soldiers and between 10 and 15 civilians"
            ranged = [c for c in tok.children if c.dep_ == "conj" and c.lower_ == "between"]
            groups += [g for c in ranged for g in c.children if g.dep_ == "pobj" and g not in groups]
        if out and _body_told_again(noun, status, out):
            continue
        for k, group in enumerate(groups):
            m = _statement(doc, sent, tok, status, group, context, conjunct=k > 0)
            if m is not None:
                out.append(m)
    return out


def _body_told_again(noun: Token | None, status: str, earlier: list[CasualtyMention]) -> bool:
    """ "the body of a hawker was found ..., his body was found on 8 May": a body named by a pronoun
    after a count in the same sentence is that victim again."""
    if noun is None or noun.lemma_.lower() not in _lex()["body_nouns"]:
        return False
    pronoun = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
    return pronoun and any(c.status == status for c in earlier)


def _statement(
    doc: Doc, sent: Span, tok: Token, status: str, noun: Token | None, context: dict, conjunct: bool = False
):
    """One casualty statement: the trigger ``tok`` counting the group ``noun``; None if it counts nothing."""
    negated = _negated(tok, noun)
    unknown = not negated and _unknown(noun, sent)
    summed = noun is not None and noun.i == tok.i
    best, low, high, qualifier, num_text = _count(doc, noun, summed=summed, conjunct=conjunct)
    if noun is not None and (noun.lemma_.lower() in _lex()["share_nouns"] or _number_of(noun)):
        unknown = True  # "injured 20% of the workers": a share, not a head count
    if noun is not None and noun.lemma_.lower() in _lex()["animal_nouns"]:
        return None  # "killed 15 livestock"
    if (
        best is None
        and noun is not None
        and noun.tag_ in ("NNS", "NNPS")
        and is_person_noun(noun.lower_, noun.lemma_.lower())
    ):
        unknown = True  # "gunmen killed villagers": a killing whose count is not given
    if negated:
        best, low, high, qualifier = 0, 0, 0, "exact"
    if best is None and not unknown:
        return None
    if unknown:
        best = low = high = None
    shared_by = _shared_by(tok, sent) if best else 1
    if context["reported"] is None:
        context["reported"] = _reported_by(sent)
    victim, head = _victim_text(noun) if noun is not None and noun.i != tok.i else (None, tok)
    if head.like_num:
        victim = None  # "the death toll rose to 17", "killing 17": no words for who
    group = _combatants_of(victim, head) if victim else None  # "10 fighters from Hezbollah": its side
    start = min(tok.idx, noun.left_edge.idx if noun is not None else tok.idx)
    end = max(tok.idx + len(tok.text), (noun.idx + len(noun.text)) if noun is not None else 0)
    return CasualtyMention(
        start=start,
        end=end,
        text=text_between(doc, start, end),
        sent_start=sent.start_char,
        status=status,
        best=best,
        low=low,
        high=high,
        qualifier=qualifier,
        number_text=num_text,
        negated=negated,
        unknown=unknown,
        cumulative=_cumulative(tok) or shared_by is None,
        additional=_additional(tok, sent),
        shared_by=shared_by or 1,
        victim=victim,
        victim_kind=(group.kind if group else _victim_kind(head)) if victim else None,
        victim_country=(group.country_code if group else _victim_country(head)) if victim else None,
        reported_by=context["reported"],
        unconfirmed=context["unconfirmed"],
        trigger=tok.idx,
    )


class CasualtiesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        register()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[CasualtyMention] = []
        sents = list(content_sents(doc))
        for i, sent in enumerate(sents):
            after = sents[i + 1].text if i + 1 < len(sents) else ""
            mentions.extend(casualty_mentions(doc, sent, sent.text + " " + after))
        doc._.eventx_casualties = mentions
        doc.spans["eventx_casualties"] = record_spans(doc, mentions, lambda m: m.status)
        return doc


@Language.factory("eventx_casualties", assigns=ASSIGNS, requires=["token.dep", "token.lemma"])
def make_casualties(nlp: Language, name: str) -> CasualtiesComponent:
    return CasualtiesComponent(nlp, name)

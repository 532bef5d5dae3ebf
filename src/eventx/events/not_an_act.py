"""Trigger words that name no act: the rules of the table ``NOT_AN_ACT`` (family "not_an_act").

A matched trigger word is dropped when any rule says it names no act: a modifier ("striking miners",
"riot police"), an accident ("a tram caught fire"), a figure of speech ("bitter attacks on his rival"),
a plan ("a planned attack") ... The rules are tried in registration order (``names_no_act``). A rule is
called as ``rule(span, entry)``: the trigger's span and its lexicon entry. Examples:
``resources/rules/not_an_act.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..actorlex import noun_entry, noun_forms
from ..data import actor_words, one_word_triggers, trigger_lexicon, trigger_words
from ..lexicon import per_lexicon
from ..syntax import (
    attached_as,
    compound_of_noun,
    dependents,
    form,
    governing_verb,
    has_adjective,
    has_adverb,
    is_infinitive,
    is_participle_modifier,
    listed_in,
    marked_by,
    preposition_of,
    prepositions,
    subjects_of,
    word_class,
)
from .gathering_cues import staged
from .kinds import ARMED_KINDS
from .registry import RuleTable
from .support_cues import clash_sides, crowd_control_weapon

NotAnActRule = Callable[[Span, dict], bool]

#: the rules that find a trigger word naming no act, in the order they are tried
NOT_AN_ACT: RuleTable[NotAnActRule] = RuleTable("not_an_act")


def names_no_act(span: Span, entry: dict) -> bool:
    """A trigger word that names no act: a modifier ("a tortured fanbase", "striking miners", "riot
    police"; but "grenade launchers" are weapons) or a figurative attack ("bitter attacks on his rival")."""
    return any(rule(span, entry) for _, rule in NOT_AN_ACT.items())


@NOT_AN_ACT.rule("modifier")
def adjective_modifier(span: Span, entry: dict) -> bool:
    """A one-word trigger used as an adjective names a property, not an act ("striking miners", "a
    tortured fanbase"); but not of a noun that names the act itself ("a shelling operation", a
    ``event_modified_nouns`` word)."""
    root = span.root
    of_an_act = root.head.lemma_.lower() in trigger_words("event_modified_nouns")
    return len(span) == 1 and is_participle_modifier(root) and not of_an_act


@NOT_AN_ACT.rule("compound")
def noun_modifier(span: Span, entry: dict) -> bool:
    """A one-word trigger noun modifying another noun: a protest or riot word always ("riot police", "the
    protest movement"), any other unless the noun it modifies is an event word ("rape fantasies", "the
    hostage crisis"; but "IED explosion", "grenade attack")."""
    root = span.root
    return (
        len(span) == 1
        and word_class(root, "noun")
        and compound_of_noun(root)
        and (entry["type"] in ("Protests", "Riots") or root.head.lemma_.lower() not in _event_nouns())
    )


@NOT_AN_ACT.rule("noun_trigger_as_verb")
def noun_trigger_not_a_noun(span: Span, entry: dict) -> bool:
    """A trigger that counts only as a noun (``noun_triggers``: "a sit-in") read as a verb ("the
    businessman sat in the audience")."""
    if word_class(span[0], "noun"):
        return False
    return tuple(t.lemma_.lower() for t in span) in trigger_lexicon()["noun_triggers"]


@NOT_AN_ACT.rule("caught_fire")
def caught_fire(span: Span, entry: dict) -> bool:
    """Something that caught fire ("a tram caught fire") had an accident."""
    root = span.root
    return root.lemma_.lower() == "fire" and root.head.lemma_.lower() == "catch"


@NOT_AN_ACT.rule("unintended")
def done_unintentionally(span: Span, entry: dict) -> bool:
    """An act done by accident (``unintended_adverbs``: "a football freestyler accidentally beheads a
    snowman")."""
    return has_adverb(span.root, trigger_words("unintended_adverbs"))


@NOT_AN_ACT.rule("thrown_missile")
def missile_thrown_by_hand(span: Span, entry: dict) -> bool:
    """A missile or shell word thrown by hand (``hand_throws``): objects thrown by a crowd ("missiles
    hurled at riot police"), not a missile attack; "the shell hit a school" stays."""
    root = span.root
    hurled = attached_as(root, "patient", "subject") and root.head.lemma_.lower() in trigger_words(
        "hand_throws"
    )
    return entry["sub"] == "Shelling/artillery/missile attack" and hurled


@NOT_AN_ACT.rule("crowd_control_munition")
def crowd_control_munition(span: Span, entry: dict) -> bool:
    """An explosive word made a means of crowd control by its modifiers ("police threw tear gas bombs",
    "stun grenades": ``crowd_control_munitions``) names no explosive attack; the crowd's event tells it."""
    return entry["type"] == "Explosions/Remote violence" and crowd_control_weapon(span.root)


@NOT_AN_ACT.rule("engaged_not_fighting")
def engaged_in_no_fighting(span: Span, entry: dict) -> bool:
    """ "engage" without fighting ("had engaged in explicit communications"); "engaged in an armed clash",
    "engaged the militants" stay."""
    root = span.root
    return root.lemma_.lower() == "engage" and not _engaged_in_fighting(root)


@NOT_AN_ACT.rule("future")
def future_event_noun(span: Span, entry: dict) -> bool:
    """An event noun with a modifier of the future or of a plan (``future_modifiers``: "braced for the
    coming protests", "a planned attack")."""
    root = span.root
    return word_class(root, "noun") and has_adjective(root, trigger_words("future_modifiers"))


@NOT_AN_ACT.rule("speech_setting")
def gathering_as_speech_setting(span: Span, entry: dict) -> bool:
    """A protest noun named only as where someone spoke ("Clinton told supporters at a rally in Daytona
    Beach", ``speech_verbs``)."""
    return entry["type"] == "Protests" and _speech_setting(span.root)


@NOT_AN_ACT.rule("figure_of_speech")
def said_of_a_non_event(span: Span, entry: dict) -> bool:
    """A trigger noun (not of a protest) predicated of a common noun that names no violence: "this meeting
    was a clash of the alphas", "the festival was a riot of colour"; but "the march was a protest" and
    "the attack was an ambush" stay."""
    return entry["type"] != "Protests" and _said_of_a_non_event(span.root)


@NOT_AN_ACT.rule("talk_without_partner")
def talk_without_partner(span: Span, entry: dict) -> bool:
    """The verb "talk" with no partner is speech, not talks ("as she talked about the election results");
    "talked with Putin", "the two leaders talked" stay."""
    root = span.root
    return word_class(root, "verb") and root.lemma_ == "talk" and not _talks_with_someone(root)


@NOT_AN_ACT.rule("without")
def negated_by_without(span: Span, entry: dict) -> bool:
    """A trigger noun after "without" did not happen ("handed over the town without a fight", "left
    without firing a shot"); "fighting without a break" stays (the fighting is the clause's verb)."""
    root = span.root
    return word_class(root, "noun") and preposition_of(root) == "without"


@NOT_AN_ACT.rule("means_of_arrest")
def raid_of_an_arrest(span: Span, entry: dict) -> bool:
    """A raid or operation in which people were arrested or weapons seized is the arrest's or seizure's
    manner, not an attack of its own ("detained 25 suspects in raids", "seized weapons during an
    operation"; ``raid_words`` under an ``arrest_verbs`` verb)."""
    root = span.root
    if root.lemma_.lower() not in trigger_words("raid_words") or preposition_of(root) not in ("in", "during"):
        return False
    verb = governing_verb(root)  # "detained 25 in raids", "seized rifles and grenades in the raid"
    return verb is not None and verb.lemma_.lower() in trigger_words("arrest_verbs")


@NOT_AN_ACT.rule("freed_captives")
def captives_freed(span: Span, entry: dict) -> bool:
    """Hostages or abductees released or rescued are the people freed, not a new abduction ("released
    15 hostages", "rescued kidnapped pupils"; ``release_verbs``)."""
    root = span.root
    if entry["sub"] != "Abduction/forced disappearance" or not word_class(root, "noun"):
        return False
    return attached_as(root, "patient") and root.head.lemma_.lower() in trigger_words("release_verbs")


@NOT_AN_ACT.rule("materiel")
def weapons_handled(span: Span, entry: dict) -> bool:
    """A weapon noun (``seized_weapons``) that a verb handles as goods names materiel, not its use:
    seized, found, bought, sold, stolen or smuggled ("seized two grenades", "purchased mortars and
    shells", "a cache of rockets was discovered"; ``materiel_verbs``; but "carried out airstrikes" is an
    act, and an act noun is never materiel: "kept up the shelling"). A seizure is read by the seizure
    trigger ("defused two rockets": Disrupted weapons use)."""
    root = span.root
    if entry["type"] != "Explosions/Remote violence" or not word_class(root, "any_noun"):
        return False
    if root.lemma_.lower() not in trigger_words("seized_weapons"):
        return False  # a weapon, not an act ("kept up the shelling", "victims of the airstrike")
    noun = listed_in(root)  # "seized rifles": an object, or a list item the parser hung on the verb
    # ("stole eight rifles and a grenade", the grenade joined to the verb beside its object)
    listed = attached_as(noun, "conjunct") and bool(dependents(noun.head, "object"))
    handled = attached_as(noun, "patient", "np_adverbial") or listed
    return handled and noun.head.lemma_.lower() in trigger_words("materiel_verbs")


@NOT_AN_ACT.rule("figurative_modifier")
def figurative_attack(span: Span, entry: dict) -> bool:
    """A modifier that makes the act a matter of words (``figurative_modifiers``: "bitter attacks on his
    rival", "a verbal assault")."""
    return has_adjective(span.root, trigger_words("figurative_modifiers"))


@NOT_AN_ACT.rule("walkout_or_strike")
def walkout_or_strike(span: Span, entry: dict) -> bool:
    """ "Strike" names a walkout when it is held, staged or called ("organised a strike", ``staged``) and
    an attack otherwise ("launched a strike on rebel positions"): the entry of the other sense is dropped."""
    if len(span) != 1 or span.root.lemma_.lower() not in trigger_words("strike_verbs"):
        return False
    return staged(span.root) != (entry["type"] == "Protests")


@NOT_AN_ACT.rule("shows_or_says")
def shows_or_says(span: Span, entry: dict) -> bool:
    """A protest verb with a clause for its object says or shows something ("this attitude demonstrates
    that the extremists do not want peace", "he protested that the vote was rigged"), and "demonstrate"
    with an object shows it (``showing_verbs``: "demonstrated its capacity"); "students demonstrated
    against the war" and "protested the killing" stay."""
    root = span.root
    if entry["type"] != "Protests" or len(span) != 1 or not word_class(root, "verb"):
        return False
    if dependents(root, "clausal_complement"):
        return True
    return root.lemma_.lower() in trigger_words("showing_verbs") and bool(dependents(root, "object"))


@NOT_AN_ACT.rule("war_of_words")
def war_of_words(span: Span, entry: dict) -> bool:
    """A clash whose sides are all people of office, opinion or sport (``verbal_sides``: "ministers
    clashed over the budget", "fans clashed with the board"): a dispute, not a fight."""
    root = span.root
    if root.lemma_.lower() not in trigger_words("symmetric_triggers"):
        return False
    sides = clash_sides(root)
    verbal = trigger_words("verbal_sides")
    return bool(sides) and all(t.lemma_.lower() in verbal or t.lower_ in verbal for t in sides)


@NOT_AN_ACT.rule("deal_struck")
def deal_struck(span: Span, entry: dict) -> bool:
    """A violent verb whose object is an agreement ("struck a deal", "sealed a pact": ``agreement_nouns``)
    concludes it; the agreement noun is the trigger."""
    root = span.root
    if entry["sub"] == "Agreement" or not word_class(root, "verb"):
        return False
    nouns = agreement_nouns()
    return any(t.lemma_.lower() in nouns for t in root.children if attached_as(t, "patient"))


@NOT_AN_ACT.rule("end_sought")
def end_sought(span: Span, entry: dict) -> bool:
    """An act named as what is to be ended or prevented (``ending_verbs`` as a "to" infinitive: "reached
    an agreement to end the fighting", "deployed troops to prevent clashes"): a state of affairs or a
    purpose, not an incident of the sentence."""
    root = span.root
    if not word_class(root, "noun") or not attached_as(root, "patient"):
        return False
    verb = root.head
    return verb.lemma_.lower() in trigger_words("ending_verbs") and is_infinitive(verb)


@NOT_AN_ACT.rule("forces_on_the_move")
def forces_on_the_move(span: Span, entry: dict) -> bool:
    """A protest verb whose subject is armed forces ("army columns marched into the village", "troops
    gathered at the border") tells of their movement, not of a protest; a dispersal is what forces do
    to a crowd ("police dispersed a crowd": support ``dispersal``)."""
    if entry["type"] != "Protests" or entry["support"] == "dispersal" or not word_class(span.root, "verb"):
        return False
    return any(_names_forces(t) for t in subjects_of(span.root))


def _names_forces(noun: Token) -> bool:
    """The noun, or a formation noun's modifier ("army columns", "military units"), is an armed actor
    noun of the lexicon."""
    words = [noun]
    if noun.lemma_.lower() in actor_words("formation_nouns"):
        words += [t for t in noun.lefts if attached_as(t, "modifier")]
    return any((noun_entry(*noun_forms(t)) or ("", ""))[0] in ARMED_KINDS for t in words)


@NOT_AN_ACT.rule("on_duty")
def on_duty(span: Span, entry: dict) -> bool:
    """A development noun written as what the subject of another verb was on ("soldiers on patrol
    clashed with gunmen", "troops on patrol were ambushed") tells the circumstances of that act, not an
    act of its own; patrols told as acts stay ("soldiers patrolled the border", "a patrol was sent")."""
    root = span.root
    if entry["type"] != "Strategic developments" or not attached_as(root, "prep_object"):
        return False
    if root.head.lower_ != "on":
        return False
    holder = root.head.head
    return attached_as(holder, "any_subject") and word_class(holder.head, "verb")


@NOT_AN_ACT.rule("forestalled")
def forestalled(span: Span, entry: dict) -> bool:
    """An act a disruption forestalled: the object of a ``thwarting_verbs`` verb with no one killed or
    hurt in the sentence ("police foiled a suicide attack"; "thwarted an incursion, killing several
    fighters" is a fight), or what hangs by "before" from one ("defused the bomb before it exploded")."""
    root = span.root
    patient = attached_as(root, "patient")
    if patient or (word_class(root, "verb") and marked_by(root, "before")):
        thwarted = root.head
    elif attached_as(root, "prep_object") and root.head.lower_ == "before":
        thwarted = root.head.head
    else:
        return False
    if thwarted.lemma_.lower() not in trigger_words("thwarting_verbs"):
        return False
    return not (patient and _hurt_in(span.sent))  # the casualty layer is read only for a thwarting verb


def _hurt_in(sent: Span) -> bool:
    """Someone is told killed or injured in the sentence (the casualty layer)."""
    return any(
        c.status in ("killed", "injured") and not c.negated and sent.start_char <= c.trigger < sent.end_char
        for c in sent.doc._.eventx_casualties
    )


def agreement_nouns() -> frozenset[str]:
    """The one-word agreement nouns of the triggers that count once concluded (support ``concluded``)."""
    return one_word_triggers("support", "concluded") - {"agree"}


def _speech_setting(noun: Token) -> bool:
    """A gathering named only as where someone spoke: "told supporters at a rally" (``speech_verbs``)."""
    if not word_class(noun, "noun") or preposition_of(noun) != "at":
        return False
    verb = noun.head.head
    return word_class(verb, "verb") and verb.lemma_.lower() in trigger_words("speech_verbs")


def _talks_with_someone(verb: Token) -> bool:
    """ "talked with/to Putin", "the two leaders talked", "Putin and Erdogan talked": a partner."""
    if prepositions(verb, trigger_words("partner_preps")):
        return True
    plural_pronouns = trigger_words("plural_pronouns")
    return any(form(s, "plural") or s.conjuncts or s.lower_ in plural_pronouns for s in subjects_of(verb))


def _said_of_a_non_event(noun: Token) -> bool:
    """A trigger noun predicated of a common noun that names no violence ("the meeting was a clash of
    the alphas", "the final was a battle"): a figure of speech. "The attack was an ambush" and "it was
    a clash between clans" stay."""
    if not word_class(noun, "noun") or not attached_as(noun, "attribute") or noun.head.lemma_ != "be":
        return False
    subjects = subjects_of(noun.head)
    return bool(subjects) and all(
        word_class(s, "noun") and s.lemma_.lower() not in violent_nouns() for s in subjects
    )


@per_lexicon
def violent_nouns() -> frozenset[str]:
    """Words of the violent triggers and of references back to an incident."""
    return _trigger_and_anaphor_words(("Protests", "Strategic developments", "Diplomacy"))


@per_lexicon
def _trigger_and_anaphor_words(skip_types: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of the triggers (of types not in ``skip_types``) and of references back to an incident."""
    lex = trigger_lexicon()
    words = {w for t in lex["triggers"] if t["type"] not in skip_types for seq in t["lemmas"] for w in seq}
    return frozenset({*words, *lex["anaphors"]})


@per_lexicon
def _event_nouns() -> frozenset[str]:
    """Words of the trigger lexicon and of references back to an incident: what a weapon or act word may
    modify and still be an event ("IED explosion", "mortar shells", "grenade attack")."""
    return _trigger_and_anaphor_words() | trigger_words("event_modified_nouns")


def _engaged_in_fighting(tok: Token) -> bool:
    """ "engaged in an armed clash", "engaged the militants": fighting, not talks or communications."""
    fights = _fighting_words()
    talks = trigger_words("talk_words")
    for c in tok.children:
        if attached_as(c, "preposition") and c.lower_ == "in":
            if any(t.lemma_.lower() in fights for t in c.subtree):
                return True
        if attached_as(c, "object") and word_class(c, "any_noun") and c.lemma_.lower() not in talks:
            return True
    return False


@per_lexicon
def _fighting_words() -> frozenset[str]:
    """Words of fighting that make "engaged in ..." a clash (``symmetric_triggers``, ``fighting_words``)."""
    return trigger_words("symmetric_triggers") | trigger_words("fighting_words")

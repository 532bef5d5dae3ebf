"""The typing rules (``eventx.events.event_types``) on hand-built parses: no statistical model involved.

A mention is built by hand (a one- or two-sentence Doc, its trigger, lexicon entry, casualty and actor
mentions) with the actors the role stage would give it (``eventx.models.Actor``); each test asks which
typing rule decides first (``deciding``, as ``mention_type`` tries them) and holds a mention the rule
types and one it leaves to another rule.
"""

from __future__ import annotations

from eventx.events.event_types import TypingContext, mention_type, typing_rules
from eventx.events.mentions import Layers, Mention
from eventx.events.protest_types import riot_cue
from eventx.models import Actor
from tests.helpers import actor_at, casualty_at, hand_parse, vandalised

ATTACK = {"type": "BY_ACTORS", "sub": "Attack", "support": "violence"}
TERRITORY = {"type": "Battles", "sub": "BY_ACTORS", "support": "territory"}
STONING = {"type": "Riots", "sub": "Mob violence", "support": "stoning"}
SHELLING = {
    "type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack", "support": "none"
}
AIR_STRIKE = {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "support": "none"}
MARCH = {"type": "Protests", "sub": "Peaceful protest", "support": "people"}


def mention(doc, start: int, end: int, entry: dict | None, casualties=(), actors=()) -> Mention:
    """The mention of ``doc[start:end]`` in the Doc's first sentence."""
    sent = next(iter(doc.sents))
    return Mention(sent, start, end, entry, casualties=list(casualties), actors=list(actors))


def deciding(m: Mention, actors=(), layer_actors=()) -> tuple[str, tuple[str, str | None]]:
    """``(rule name, (type, sub-type))`` of the first typing rule that decides; the result must be
    ``mention_type``'s."""
    layers = Layers([], [], [], list(layer_actors))
    ctx = TypingContext(m, list(actors), layers)
    for name, rule in typing_rules.items():
        found = rule(ctx)
        if found is not None:
            assert found == mention_type(m, list(actors), layers)
            return name, found
    raise AssertionError("no typing rule decided")


def initiator(name: str, kind: str, text: str | None = None) -> Actor:
    return Actor(name=name, role="initiator", kind=kind, text=text)


def target(name: str, kind: str, text: str | None = None) -> Actor:
    return Actor(name=name, role="target", kind=kind, text=text)


def _attacked(subject_rows: str, n: int, obj_rows: str) -> str:
    """``subject_rows``: the first ``n`` tokens; then "attacked" (token n), then the object rows."""
    return f"{subject_rows}\nattacked attack VERB VBD ROOT {n}\n{obj_rows}"


DOZENS_OF_YOUTHS = "Dozens dozen NOUN NNS nsubj 3\nof of ADP IN prep 0\nyouths youth NOUN NNS pobj 1"
A_YOUTH = "A a DET DT det 1\nyouth youth NOUN NN nsubj 2"
A_POLICE_STATION = "a a DET DT det 6\npolice police NOUN NN compound 6\nstation station NOUN NN dobj 3"
A_POLICE_STATION_2 = "a a DET DT det 5\npolice police NOUN NN compound 5\nstation station NOUN NN dobj 2"


def test_crowd_violence_an_attack_by_an_unarmed_crowd_is_a_riot():
    doc = hand_parse(_attacked(DOZENS_OF_YOUTHS, 3, A_POLICE_STATION))
    youths = actor_at(doc, 2, "civilians")
    m = mention(doc, 3, 4, ATTACK, actors=[youths])
    police = target("Police Forces", "state_forces", "police")
    actors = [initiator("Civilians", "civilians", "youths"), police]
    assert deciding(m, actors) == ("crowd violence", ("Riots", "Mob violence"))
    # one youth is no crowd: an attack on the police is then a clash
    doc = hand_parse(_attacked(A_YOUTH, 2, A_POLICE_STATION_2))
    m = mention(doc, 2, 3, ATTACK, actors=[actor_at(doc, 1, "civilians")])
    actors = [initiator("Civilians", "civilians", "youth"), police]
    assert deciding(m, actors) == ("armed target", ("Battles", "Armed clash"))


VANDALISM = {"type": "Strategic developments", "sub": "Looting/property destruction", "support": "violence"}


def test_crowd_destruction_property_destroyed_by_a_crowd_is_a_riot():
    doc = hand_parse(vandalised("Students", "student"))
    m = mention(doc, 1, 2, VANDALISM, actors=[actor_at(doc, 0, "civilians")])
    actors = [initiator("Civilians", "civilians", "Students")]
    assert deciding(m, actors) == ("crowd destruction", ("Riots", "Mob violence"))
    # armed men destroying property: property destruction, decided by the trigger
    doc = hand_parse(vandalised("Militiamen", "militiaman"))
    m = mention(doc, 1, 2, VANDALISM, actors=[actor_at(doc, 0, "political_militia")])
    actors = [initiator("Unidentified Armed Group", "political_militia", "Militiamen")]
    assert deciding(m, actors)[1] == ("Strategic developments", "Looting/property destruction")


def _threw_stones(subject: str, lemma: str) -> str:
    return f"""
{subject}  {lemma}  NOUN NNS nsubj 1
threw      throw    VERB VBD ROOT  1
stones     stone    NOUN NNS dobj  1
at         at       ADP  IN  prep  1
police     police   NOUN NNS pobj  3
"""


def test_mob_violence_a_riot_trigger_and_whether_its_crowd_demonstrates():
    m = mention(hand_parse(_threw_stones("Residents", "resident")), 1, 2, STONING)
    found = deciding(m, [initiator("Rioters", "rioters", "Residents")])
    assert found == ("mob violence", ("Riots", "Mob violence"))
    m = mention(hand_parse(_threw_stones("Demonstrators", "demonstrator")), 1, 2, STONING)
    found = deciding(m, [initiator("Rioters", "rioters", "Demonstrators")])
    assert found == ("mob violence", ("Riots", "Violent demonstration"))
    # the same sentence with a generic attack trigger is typed by its actors
    m = mention(hand_parse(_threw_stones("Residents", "resident")), 1, 2, ATTACK)
    assert deciding(m, [initiator("Civilians", "civilians")])[0] == "attack"


GUNMEN_ATTACKED_A_BASE = _attacked(
    "Gunmen gunman NOUN NNS nsubj 1",
    1,
    "an an DET DT det 4\narmy army NOUN NN compound 4\nbase base NOUN NN dobj 1",
)
GUNMEN_ATTACKED_A_VILLAGE = _attacked(
    "Gunmen gunman NOUN NNS nsubj 1", 1, "a a DET DT det 3\nvillage village NOUN NN dobj 1"
)


def test_armed_target_and_attack_who_was_hit_decides():
    doc = hand_parse(GUNMEN_ATTACKED_A_BASE)
    gunmen = initiator("Unidentified Armed Group", "political_militia")
    m = mention(doc, 1, 2, ATTACK)
    assert deciding(m, [gunmen, target("Military Forces", "state_forces")]) == (
        "armed target",
        ("Battles", "Armed clash"),
    )
    assert deciding(m, [gunmen, target("Civilians", "civilians")]) == (
        "attack",
        ("Violence against civilians", "Attack"),
    )
    # the victims' kind counts as a target's: soldiers killed
    doc = hand_parse(GUNMEN_ATTACKED_A_VILLAGE)
    m = mention(doc, 1, 2, ATTACK, casualties=[casualty_at(doc, 3, "killed", 4, victim_kind="state_forces")])
    assert deciding(m, [gunmen])[0] == "armed target"
    m = mention(doc, 1, 2, ATTACK, casualties=[casualty_at(doc, 3, "killed", 4, victim_kind="civilians")])
    assert deciding(m, [gunmen])[0] == "attack"


ATTACKED_AND_DAMAGED_THE_OFFICES = """
Gunmen    gunman   NOUN  NNS nsubj 1
attacked  attack   VERB  VBD ROOT  1
and       and      CCONJ CC  cc    1
damaged   damage   VERB  VBD conj  1
the       the      DET   DT  det   5
offices   office   NOUN  NNS dobj  3
"""

ATTACKED_AND_DAMAGED_THE_HOMES = ATTACKED_AND_DAMAGED_THE_OFFICES.replace(
    "offices   office ", "homes     home   "
)


def test_property_only_an_attack_on_things_alone():
    gunmen = initiator("Unidentified Armed Group", "political_militia")
    doc = hand_parse(ATTACKED_AND_DAMAGED_THE_OFFICES)
    assert deciding(mention(doc, 1, 2, ATTACK), [gunmen]) == (
        "property only",
        ("Strategic developments", "Looting/property destruction"),
    )
    killed = casualty_at(doc, 5, "killed", 2)
    assert deciding(mention(doc, 1, 2, ATTACK, casualties=[killed]), [gunmen])[0] == "attack"
    # a home holds people: attacking one is an attack on them
    homes = hand_parse(ATTACKED_AND_DAMAGED_THE_HOMES)
    assert deciding(mention(homes, 1, 2, ATTACK), [gunmen])[0] == "attack"


def _shells_fired(prep_rows: str) -> str:
    return f"""
Shells  shell   NOUN NNS nsubjpass 2
were    be      AUX  VBD auxpass   2
fired   fire    VERB VBN ROOT      2
{prep_rows}
"""


IN_BOTH_DIRECTIONS = "in in ADP IN prep 2\nboth both DET DT det 5\ndirections direction NOUN NNS pobj 3"
AT_THE_VILLAGE = "at at ADP IN prep 2\nthe the DET DT det 5\nvillage village NOUN NN pobj 3"


def test_fire_both_ways_shelling_in_an_exchange_is_a_clash():
    m = mention(hand_parse(_shells_fired(IN_BOTH_DIRECTIONS)), 0, 1, SHELLING)
    assert deciding(m) == ("fire both ways", ("Battles", "Armed clash"))
    m = mention(hand_parse(_shells_fired(AT_THE_VILLAGE)), 0, 1, SHELLING)
    assert deciding(m) == ("trigger", ("Explosions/Remote violence", "Shelling/artillery/missile attack"))


EXPLOSION = {
    "type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED", "support": "violence"
}

A_GRENADE_THROWN_EXPLODED = """
A         a         DET   DT  det   1
grenade   grenade   NOUN  NN  nsubj 5
thrown    throw     VERB  VBN acl   1
by        by        ADP   IN  agent 2
men       man       NOUN  NNS pobj  3
exploded  explode   VERB  VBD ROOT  5
"""


def test_thrown_explosive_a_grenade_or_a_thrown_explosive_is_a_grenade_event():
    m = mention(hand_parse(A_GRENADE_THROWN_EXPLODED), 5, 6, EXPLOSION)
    assert deciding(m) == ("thrown explosive", ("Explosions/Remote violence", "Grenade"))
    hurled = A_GRENADE_THROWN_EXPLODED.replace("grenade   grenade", "bomb      bomb   ")
    m = mention(hand_parse(hurled), 5, 6, EXPLOSION)
    assert deciding(m) == ("thrown explosive", ("Explosions/Remote violence", "Grenade"))
    # twin: a bomb planted, not thrown, stays a remote explosive
    planted = hurled.replace("thrown    throw ", "planted   plant ")
    m = mention(hand_parse(planted), 5, 6, EXPLOSION)
    assert deciding(m) == ("trigger", ("Explosions/Remote violence", "Remote explosive/landmine/IED"))
    # a bomb that throws something was not thrown ("the bomb threw a van off the road")
    m = mention(hand_parse(A_BOMB_THREW_A_VAN), 1, 2, EXPLOSION)
    assert deciding(m) == ("trigger", ("Explosions/Remote violence", "Remote explosive/landmine/IED"))


THE_ARMY_BOMBED_POSITIONS = """
The        the       DET   DT  det   1
army       army      NOUN  NN  nsubj 2
bombed     bomb      VERB  VBD ROOT  2
positions  position  NOUN  NNS dobj  2
"""


def test_bombed_by_a_state_a_state_s_bombing_is_an_air_strike():
    doc = hand_parse(THE_ARMY_BOMBED_POSITIONS)
    army = initiator("Military Forces of Turkey", "state_forces", "army")
    m = mention(doc, 2, 3, EXPLOSION)
    assert deciding(m, [army]) == ("bombed by a state", ("Explosions/Remote violence", "Air/drone strike"))
    # twins: militants bombing stay a remote explosive, and so does a bomb as a thing
    militants = initiator("Unidentified Armed Group", "political_militia", "militants")
    assert deciding(m, [militants])[1] == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    noun = mention(hand_parse(A_BOMB_THREW_A_VAN), 1, 2, EXPLOSION)
    assert deciding(noun, [army])[0] == "trigger"


A_BOMB_THREW_A_VAN = """
A      a      DET   DT  det   1
bomb   bomb   NOUN  NN  nsubj 2
threw  throw  VERB  VBD ROOT  2
a      a      DET   DT  det   4
van    van    NOUN  NN  dobj  2
"""


def _seized(subject: str, lemma: str, obj_rows: str) -> str:
    return f"{subject} {lemma} NOUN NNS nsubj 1\nseized seize VERB VBD ROOT 1\n{obj_rows}"


A_CACHE_OF_WEAPONS = (
    "a a DET DT det 3\ncache cache NOUN NN dobj 1\nof of ADP IN prep 3\nweapons weapon NOUN NNS pobj 4"
)
TONNES_OF_COCAINE = (
    "two two NUM CD nummod 3\ntonnes tonne NOUN NNS dobj 1\n"
    "of of ADP IN prep 3\ncocaine cocaine NOUN NN pobj 4"
)
THE_TOWN = "the the DET DT det 3\ntown town NOUN NN dobj 1"


def test_seizure_weapons_or_goods_seized_and_territory_taken():
    soldiers = initiator("Military Forces", "state_forces")
    rebels = initiator("Unidentified Armed Group", "rebel_group")
    weapons = mention(hand_parse(_seized("Soldiers", "soldier", A_CACHE_OF_WEAPONS)), 1, 2, TERRITORY)
    assert deciding(weapons, [soldiers]) == ("seizure", ("Strategic developments", "Disrupted weapons use"))
    looting = ("Strategic developments", "Looting/property destruction")
    assert deciding(weapons, [rebels]) == ("seizure", looting)
    cocaine = mention(hand_parse(_seized("Police", "police", TONNES_OF_COCAINE)), 1, 2, TERRITORY)
    assert deciding(cocaine, [soldiers]) == ("seizure", looting)
    # a town is neither: territory, regained by the state or overtaken by anyone else
    town = mention(hand_parse(_seized("Militants", "militant", THE_TOWN)), 1, 2, TERRITORY)
    assert deciding(town, [rebels]) == ("territory", ("Battles", "Non-state actor overtakes territory"))
    assert deciding(town, [soldiers]) == ("territory", ("Battles", "Government regains territory"))


def _protesters(verb: str, lemma: str, obj_rows: str = "", n: int = 1) -> str:
    return f"Protesters protester NOUN NNS nsubj {n}\n{verb} {lemma} VERB VBD ROOT {n}\n{obj_rows}"


TWO_SENTENCES = """
Protesters  protester  NOUN NNS nsubj 1
marched     march      VERB VBD ROOT  1
.           .          PUNCT .  punct 1
Police      police     NOUN NNS nsubj 4
intervened  intervene  VERB VBD ROOT  4
.           .          PUNCT .  punct 4
"""


def test_protest_its_sub_type_from_its_sentence_and_the_next():
    marched = hand_parse(_protesters("marched", "march"))
    assert deciding(mention(marched, 1, 2, MARCH)) == ("protest", ("Protests", "Peaceful protest"))
    burned = hand_parse(_protesters("burned", "burn", "tyres tyre NOUN NNS dobj 1"))
    assert deciding(mention(burned, 1, 2, MARCH)) == ("protest", ("Riots", "Violent demonstration"))
    effigy = hand_parse(_protesters("burned", "burn", "an an DET DT det 3\neffigy effigy NOUN NN dobj 1"))
    assert deciding(mention(effigy, 1, 2, MARCH)) == ("protest", ("Protests", "Peaceful protest"))
    # the police intervening in the next sentence
    doc = hand_parse(TWO_SENTENCES)
    assert [s.text for s in doc.sents] == ["Protesters marched .", "Police intervened ."]
    police = actor_at(doc, 3, "state_forces").model_copy(update={"sent_start": doc[3].idx})
    m = mention(doc, 1, 2, MARCH)
    assert deciding(m, layer_actors=[police]) == ("protest", ("Protests", "Protest with intervention"))
    assert deciding(m) == ("protest", ("Protests", "Peaceful protest"))  # no state forces named
    # ... and hurting protesters
    hurt = mention(doc, 1, 2, MARCH, casualties=[casualty_at(doc, 0, "injured", 3)])
    excessive = ("Protests", "Excessive force against protesters")
    assert deciding(hurt, layer_actors=[police]) == ("protest", excessive)


AN_AIR_STRIKE_HIT_A_MARKET = """
An      an      DET  DT  det      2
air     air     NOUN NN  compound 2
strike  strike  NOUN NN  nsubj    3
hit     hit     VERB VBD ROOT     3
a       a       DET  DT  det      5
market  market  NOUN NN  dobj     3
"""


def test_trigger_the_entry_decides_last():
    doc = hand_parse(AN_AIR_STRIKE_HIT_A_MARKET)
    found = deciding(mention(doc, 1, 3, AIR_STRIKE))
    assert found == ("trigger", ("Explosions/Remote violence", "Air/drone strike"))
    # a generic attack never reaches it: the actors decide
    assert deciding(mention(doc, 1, 3, ATTACK))[0] == "attack"


def test_every_typing_rule_is_tested_here():
    tested = {
        "crowd violence", "mob violence", "armed target", "property only", "attack", "fire both ways",
        "crowd destruction",
        "seizure", "territory", "protest", "trigger", "protesters arrested", "thrown explosive",
        "bombed by a state",
    }
    assert set(typing_rules) == tested, "a typing rule was added or renamed: test it here"


ARREST = {"type": "Strategic developments", "sub": "Arrests", "support": "state"}

POLICE_ARRESTED = """
Police      police     NOUN NNS nsubj 1
arrested    arrest     VERB VBD ROOT  1
14          14         NUM  CD  nummod 3
{obj}  {lemma}  NOUN NNS dobj  1
"""

ARRESTED_AS_THEY_STAGED_A_SIT_IN = """
Officials  official  NOUN NNS nsubjpass 2
were       be        AUX  VBD auxpass   2
arrested   arrest    VERB VBN ROOT      2
as         as        SCONJ IN mark      5
they       they      PRON PRP nsubj     5
staged     stage     VERB VBD advcl     2
a          a         DET  DT  det       9
sit        sit       NOUN NN  compound  9
-          -         PUNCT HYPH punct   9
in         in        NOUN NN  dobj      5
"""


def test_protesters_arrested_are_a_protest_with_intervention():
    doc = hand_parse(POLICE_ARRESTED.format(obj="protesters", lemma="protester"))
    crowd = actor_at(doc, 3, "protesters")
    found = deciding(mention(doc, 1, 2, ARREST), layer_actors=[crowd])
    assert found == ("protesters arrested", ("Protests", "Protest with intervention"))
    doc = hand_parse(POLICE_ARRESTED.format(obj="suspects", lemma="suspect"))
    assert deciding(mention(doc, 1, 2, ARREST), layer_actors=[actor_at(doc, 3, "civilians")])[0] == "trigger"
    doc = hand_parse(ARRESTED_AS_THEY_STAGED_A_SIT_IN)
    found = deciding(mention(doc, 2, 3, ARREST))
    assert found == ("protesters arrested", ("Protests", "Protest with intervention"))


ROADS_BLOCKED_WITH_BURNING_TIRES = """
Roads    road     NOUN NNS nsubjpass 2
were     be       AUX  VBD auxpass   2
blocked  block    VERB VBN ROOT      2
with     with     ADP  IN  prep      2
burning  burning  NOUN NN  amod      5
tires    tire     NOUN NNS pobj      3
"""


def test_things_burning_are_a_riot_cue_whatever_the_tag_of_the_ing_word():
    doc = hand_parse(ROADS_BLOCKED_WITH_BURNING_TIRES)
    assert riot_cue(doc[4])  # tagged a noun, as the small model sometimes does
    assert not riot_cue(doc[2])  # blocking a road is no riot by itself

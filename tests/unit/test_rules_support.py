"""The support rules (``eventx.events.support``) on hand-built parses: no statistical model involved.

Each test builds the parse spaCy's English model would plausibly give a sentence (ClearNLP labels, heads
as absolute token indices) and asks ``supported`` with an entry whose ``support`` names the rule; every
test holds a sentence the rule supports and one it does not.
"""

from __future__ import annotations

import pytest

from eventx.events.support import SUPPORT, supported, supported_reading
from tests.helpers import actor_at, casualty_at, hand_parse, vandalised


def check(support: str, doc, start: int, end: int, actors=(), casualties=(), sub: str = "Attack") -> bool:
    """``supported`` for the trigger ``doc[start:end]`` of a one-sentence Doc."""
    entry = {"support": support, "type": "BY_ACTORS", "sub": sub}
    return supported(entry, doc[start:end], doc[:], list(actors), list(casualties))


AIR_STRIKE = """
An      an      DET  DT  det      2
air     air     NOUN NN  compound 2
strike  strike  NOUN NN  nsubj    3
hit     hit     VERB VBD ROOT     3
a       a       DET  DT  det      5
market  market  NOUN NN  dobj     3
"""


def test_none_needs_nothing_and_an_unknown_support_is_never_met():
    doc = hand_parse(AIR_STRIKE)
    assert check("none", doc, 1, 3)
    assert not check("no such support", doc, 1, 3)
    assert "no such support" not in SUPPORT


VIOLENCE_LEFT_DEAD = """
Violence  violence  NOUN NN  nsubj  1
left      leave     VERB VBD ROOT   1
six       six       NUM  CD  nummod 3
people    people    NOUN NNS nsubj  4
dead      dead      ADJ  JJ  ccomp  1
"""

COMMUNAL_VIOLENCE_ERUPTED = """
Communal  communal  ADJ   JJ  amod   1
violence  violence  NOUN  NN  nsubj  2
erupted   erupt     VERB  VBD ROOT   2
in        in        ADP   IN  prep   2
Jos       Jos       PROPN NNP pobj   3
"""

VIOLENCE_ERUPTED = """
Violence  violence  NOUN  NN  nsubj  1
erupted   erupt     VERB  VBD ROOT   1
in        in        ADP   IN  prep   1
Jos       Jos       PROPN NNP pobj   2
"""


def test_casualties_a_killed_count_or_communal_violence_breaking_out():
    doc = hand_parse(VIOLENCE_LEFT_DEAD)
    assert check("casualties", doc, 0, 1, casualties=[casualty_at(doc, 4, "killed", 6)])
    assert not check("casualties", doc, 0, 1)  # no count
    assert not check("casualties", doc, 0, 1, casualties=[casualty_at(doc, 4, "killed", 0, negated=True)])
    assert not check("casualties", doc, 0, 1, casualties=[casualty_at(doc, 4, "arrested", 6)])
    # an outbreak counts only for violence between communities
    assert check("casualties", hand_parse(COMMUNAL_VIOLENCE_ERUPTED), 1, 2)
    assert not check("casualties", hand_parse(VIOLENCE_ERUPTED), 0, 1)


GUNMEN_ATTACKED = """
Gunmen    gunman    NOUN NNS nsubj    1
attacked  attack    VERB VBD ROOT     1
a         a         DET  DT  det      4
police    police    NOUN NN  compound 4
post      post      NOUN NN  dobj     1
"""

ARSENAL_ATTACKED = """
Arsenal     Arsenal     PROPN NNP nsubj  2
relentlessly relentlessly ADV RB advmod  2
attacked    attack      VERB  VBD ROOT   2
"""

MEN_ATTACKED_WITH_GUNS = """
Men       man     NOUN NNS nsubj 1
attacked  attack  VERB VBD ROOT  1
the       the     DET  DT  det   3
shop      shop    NOUN NN  dobj  1
with      with    ADP  IN  prep  1
guns      gun     NOUN NNS pobj  4
"""

MEN_ATTACKED_THE_SHOP = """
Men       man     NOUN NNS nsubj 1
attacked  attack  VERB VBD ROOT  1
the       the     DET  DT  det   3
shop      shop    NOUN NN  dobj  1
"""

A_ROCKET_HIT_A_FIELD = """
A       a       DET  DT  det   1
rocket  rocket  NOUN NN  nsubj 2
hit     hit     VERB VBD ROOT  2
a       a       DET  DT  det   4
field   field   NOUN NN  dobj  2
"""

MEN_BEAT_A_FARMER = """
Men     man     NOUN NNS nsubj 1
beat    beat    VERB VBD ROOT  1
a       a       DET  DT  det   3
farmer  farmer  NOUN NN  dobj  1
"""

RIOTERS_DESTROYED_HOUSES = """
Rioters    rioter   NOUN NNS nsubj  1
destroyed  destroy  VERB VBD ROOT   1
four       four     NUM  CD  nummod 3
houses     house    NOUN NNS dobj   1
"""

VILLAGERS_DESTROYED_HOUSES = """
Villagers  villager NOUN NNS nsubj  1
destroyed  destroy  VERB VBD ROOT   1
four       four     NUM  CD  nummod 3
houses     house    NOUN NNS dobj   1
"""

STORM_DESTROYED_A_WAREHOUSE = """
The        the        DET  DT  det   1
storm      storm      NOUN NN  nsubj 2
destroyed  destroy    VERB VBD ROOT  2
a          a          DET  DT  det   4
warehouse  warehouse  NOUN NN  dobj  2
"""

GROUPS_CLASHED_WITH_EACH_OTHER = """
Two         two        NUM  CD  nummod 1
groups      group      NOUN NNS nsubj  4
of          of         ADP  IN  prep   1
supporters  supporter  NOUN NNS pobj   2
clashed     clash      VERB VBD ROOT   4
with        with       ADP  IN  prep   4
each        each       DET  DT  det    7
other       other      ADJ  JJ  pobj   5
"""

WORKERS_BATTLED_TO_FREE = """
Workers  worker  NOUN NNS nsubj  1
battled  battle  VERB VBD ROOT   1
for      for     ADP  IN  prep   1
hours    hour    NOUN NNS pobj   2
to       to      PART TO  aux    5
free     free    VERB VB  advcl  1
five     five    NUM  CD  nummod 7
people   people  NOUN NNS dobj   5
"""


def test_violence_an_armed_actor_not_a_football_team():
    doc = hand_parse(GUNMEN_ATTACKED)
    assert check("violence", doc, 1, 2, actors=[actor_at(doc, 0, "political_militia")])
    assert check("violence", doc, 1, 2, actors=[actor_at(doc, 0, "government")])
    assert not check("violence", doc, 1, 2, actors=[actor_at(doc, 0, "civilians")])
    assert not check("violence", hand_parse(ARSENAL_ATTACKED), 2, 3)


def test_violence_a_weapon_word_other_than_the_trigger():
    assert check("violence", hand_parse(MEN_ATTACKED_WITH_GUNS), 1, 2)
    assert not check("violence", hand_parse(MEN_ATTACKED_THE_SHOP), 1, 2)
    assert not check("violence", hand_parse(A_ROCKET_HIT_A_FIELD), 1, 2)  # "a rocket" is the trigger itself


def test_violence_people_as_the_object():
    doc = hand_parse(MEN_BEAT_A_FARMER)
    assert check("violence", doc, 1, 2, actors=[actor_at(doc, 3, "civilians")])
    assert not check("violence", doc, 1, 2, actors=[actor_at(doc, 0, "civilians")])  # the beaters only


def test_violence_civilian_property_destroyed_by_people_for_looting_and_destruction():
    sub = "Looting/property destruction"
    doc = hand_parse(RIOTERS_DESTROYED_HOUSES)
    actors = [actor_at(doc, 0, "rioters"), actor_at(doc, 3, "civilians", target_only=True)]
    assert check("violence", doc, 1, 2, actors=actors, sub=sub)
    assert check("violence", doc, 1, 2, actors=actors)  # a riot crowd's violence needs no victims
    doc = hand_parse(VILLAGERS_DESTROYED_HOUSES)
    villagers = [actor_at(doc, 0, "civilians"), actor_at(doc, 3, "civilians", target_only=True)]
    assert not check("violence", doc, 1, 2, actors=villagers)  # another sub-type: houses are no people
    storm = hand_parse(STORM_DESTROYED_A_WAREHOUSE)
    warehouse = actor_at(storm, 4, "civilians", target_only=True)
    assert not check("violence", storm, 2, 3, actors=[warehouse], sub=sub)


def test_violence_crowds_on_the_sides_of_a_clash():
    doc = hand_parse(GROUPS_CLASHED_WITH_EACH_OTHER)
    assert check("violence", doc, 4, 5, actors=[actor_at(doc, 3, "civilians")])
    doc = hand_parse(WORKERS_BATTLED_TO_FREE)  # a figure of speech: no other side
    assert not check("violence", doc, 1, 2, actors=[actor_at(doc, 0, "civilians")])


ERDOGAN_MET_PUTIN = """
Erdogan  Erdogan  PROPN NNP nsubj 1
met      meet     VERB  VBD ROOT  1
Putin    Putin    PROPN NNP dobj  1
in       in       ADP   IN  prep  1
Sochi    Sochi    PROPN NNP pobj  3
"""


def test_foreign_two_countries_or_an_international_organisation():
    doc = hand_parse(ERDOGAN_MET_PUTIN)
    turkey = actor_at(doc, 0, "government", country="TUR")
    russia = actor_at(doc, 2, "government", country="RUS")
    assert check("foreign", doc, 1, 2, actors=[turkey, russia])
    assert not check("foreign", doc, 1, 2, actors=[turkey, actor_at(doc, 2, "government", country="TUR")])
    assert not check("foreign", doc, 1, 2, actors=[turkey, actor_at(doc, 2, "civilians", country="RUS")])
    assert check("foreign", doc, 1, 2, actors=[turkey, actor_at(doc, 2, "international_org")])


POLICE_ARRESTED_JOURNALISTS = """
Police       police      NOUN NNS nsubj  1
arrested     arrest      VERB VBD ROOT   1
three        three       NUM  CD  nummod 3
journalists  journalist  NOUN NNS dobj   1
"""


def test_state_needs_state_forces():
    doc = hand_parse(POLICE_ARRESTED_JOURNALISTS)
    assert check("state", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces"), actor_at(doc, 3, "civilians")])
    assert not check("state", doc, 1, 2, actors=[actor_at(doc, 3, "civilians")])


def _was_arrested(subject: str, lemma: str, tail: str = "") -> str:
    return f"""
A          a          DET  DT  det       1
{subject}  {lemma}    NOUN NN  nsubjpass 3
was        be         AUX  VBD auxpass   3
arrested   arrest     VERB VBN ROOT      3
{tail}"""


def test_state_a_person_arrested_with_no_one_named_as_doing_it():
    assert check("state", hand_parse(_was_arrested("spokesman", "spokesman")), 3, 4)
    assert not check("state", hand_parse(_was_arrested("plan", "plan")), 3, 4)  # no person
    by_rebels = "by by ADP IN agent 3\nrebels rebel NOUN NNS pobj 4"
    assert not check("state", hand_parse(_was_arrested("spokesman", "spokesman", by_rebels)), 3, 4)
    after_a_crash = "after after ADP IN prep 3\nthe the DET DT det 6\ncrash crash NOUN NN pobj 4"
    assert not check("state", hand_parse(_was_arrested("driver", "driver", after_a_crash)), 3, 4)


FIGHTERS_SURRENDERED = """
Fighters     fighter    NOUN NNS nsubj 1
surrendered  surrender  VERB VBD ROOT  1
to           to         ADP  IN  prep  1
the          the        DET  DT  det   4
army         army       NOUN NN  pobj  2
"""


def test_armed_needs_an_armed_actor():
    doc = hand_parse(FIGHTERS_SURRENDERED)
    assert check("armed", doc, 1, 2, actors=[actor_at(doc, 0, "rebel_group")])
    assert not check("armed", doc, 1, 2, actors=[actor_at(doc, 0, "civilians")])
    assert not check("armed", doc, 1, 2, actors=[actor_at(doc, 0, "government")])


ARMY_DEPLOYED_TROOPS = """
The       the      DET  DT  det   1
army      army     NOUN NN  nsubj 2
deployed  deploy   VERB VBD ROOT  2
troops    troop    NOUN NNS dobj  2
to        to       ADP  IN  prep  2
the       the      DET  DT  det   6
border    border   NOUN NN  pobj  4
"""

POLICE_PATROLLED = """
Police      police    NOUN NN  compound 1
officers    officer   NOUN NNS nsubj    2
patrolled   patrol    VERB VBD ROOT     2
the         the       DET  DT  det      4
streets     street    NOUN NNS dobj     2
"""

A_PATROL_TOOK_PLACE = """
A        a        DET  DT  det   2
Russian  russian  ADJ  JJ  amod  2
patrol   patrol   NOUN NN  nsubj 3
took     take     VERB VBD ROOT  3
place    place    NOUN NN  dobj  3
"""


def test_forces_an_armed_actor_other_than_the_police():
    doc = hand_parse(ARMY_DEPLOYED_TROOPS)
    assert check("forces", doc, 2, 3, actors=[actor_at(doc, 1, "state_forces", name="Military Forces")])
    doc = hand_parse(POLICE_PATROLLED)
    assert not check("forces", doc, 2, 3, actors=[actor_at(doc, 1, "state_forces", name="Police Forces")])
    # the actor inside the trigger counts only when there is no other: "a Russian patrol took place"
    doc = hand_parse(A_PATROL_TOOK_PLACE)
    russian = actor_at(doc, 2, "external_forces", name="Military Forces of Russia", country="RUS")
    assert check("forces", doc, 2, 3, actors=[russian])
    assert not check("forces", doc, 2, 3, actors=[actor_at(doc, 2, "state_forces", name="Police Forces")])


MILITANTS_SEIZED_THE_TOWN = """
Militants  militant  NOUN NNS nsubj 1
seized     seize     VERB VBD ROOT  1
the        the       DET  DT  det   3
town       town      NOUN NN  dobj  1
"""

MILITANTS_SEIZED_A_TRUCK = """
Militants  militant  NOUN NNS nsubj 1
seized     seize     VERB VBD ROOT  1
a          a         DET  DT  det   3
truck      truck     NOUN NN  dobj  1
"""

REBELS_CAPTURED_SARAQEB = """
Rebels    rebel    NOUN  NNS nsubj 1
captured  capture  VERB  VBD ROOT  1
Saraqeb   Saraqeb  PROPN NNP dobj  1
"""

TOOK_CONTROL_OF_IDLIB = """
Rebels   rebel    NOUN  NNS nsubj 1
took     take     VERB  VBD ROOT  1
control  control  NOUN  NN  dobj  1
of       of       ADP   IN  prep  2
Idlib    Idlib    PROPN NNP pobj  3
"""

REGAINED_CONTROL_OF_THE_CAR = """
The       the       DET  DT  det   1
driver    driver    NOUN NN  nsubj 2
regained  regain    VERB VBD ROOT  2
control   control   NOUN NN  dobj  2
of        of        ADP  IN  prep  3
the       the       DET  DT  det   6
car       car       NOUN NN  pobj  4
"""


def test_territory_a_place_taken():
    assert check("territory", hand_parse(MILITANTS_SEIZED_THE_TOWN), 1, 2)
    assert not check("territory", hand_parse(MILITANTS_SEIZED_A_TRUCK), 1, 2)
    assert check("territory", hand_parse(REBELS_CAPTURED_SARAQEB, ents=[(2, 3, "GPE")]), 1, 2)
    assert not check("territory", hand_parse(REBELS_CAPTURED_SARAQEB), 1, 2)  # a name nobody placed
    assert check("territory", hand_parse(TOOK_CONTROL_OF_IDLIB, ents=[(4, 5, "GPE")]), 1, 3)
    assert not check("territory", hand_parse(REGAINED_CONTROL_OF_THE_CAR), 2, 4)


def _took(subject: str, lemma: str, verb: str, verb_lemma: str, thing: str) -> str:
    """``<subject> <verb> <thing>``: a plural subject, a past verb and a singular object."""
    return f"""
{subject}  {lemma}       NOUN NNS nsubj 1
{verb}     {verb_lemma}  VERB VBD ROOT  1
{thing}    {thing}       NOUN NN  dobj  1
"""


def _seized_land(subject: str, lemma: str) -> str:
    return _took(subject, lemma, "seized", "seize", "land")


def test_territory_property_seized_by_armed_men_but_not_by_the_state():
    doc = hand_parse(_seized_land("Militants", "militant"))
    assert check("territory", doc, 1, 2, actors=[actor_at(doc, 0, "political_militia")])
    doc = hand_parse(_seized_land("Police", "police"))
    assert not check("territory", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])


def _occupied(subject: str, lemma: str) -> str:
    return f"""
{subject}  {lemma}   NOUN NNS nsubj 1
occupied   occupy    VERB VBD ROOT  1
the        the       DET  DT  det   3
rectorate  rectorate NOUN NN  dobj  1
"""


def test_occupation_by_people_of_a_protest():
    doc = hand_parse(_occupied("Students", "student"))
    assert check("occupation", doc, 1, 2)
    assert not check("occupation", doc, 1, 2, actors=[actor_at(doc, 0, "rebel_group")])  # armed students
    assert not check("occupation", hand_parse(_occupied("Tenants", "tenant")), 1, 2)
    assert not check("occupation", hand_parse(_occupied("Soldiers", "soldier")), 1, 2)


A_PETROL_BOMB_HIT = """
A       a       DET  DT  det      2
petrol  petrol  NOUN NN  compound 2
bomb    bomb    NOUN NN  nsubj    3
hit     hit     VERB VBD ROOT     3
the     the     DET  DT  det      5
house   house   NOUN NN  dobj     3
"""

POLICE_FOUND_PETROL_BOMBS = """
Police  police  NOUN NNS nsubj    1
found   find    VERB VBD ROOT     1
petrol  petrol  NOUN NN  compound 3
bombs   bomb    NOUN NNS dobj     1
"""

ATTACKED_WITH_A_PETROL_BOMB = """
Youths    youth   NOUN NNS nsubj    1
attacked  attack  VERB VBD ROOT     1
the       the     DET  DT  det      3
shop      shop    NOUN NN  dobj     1
with      with    ADP  IN  prep     1
a         a       DET  DT  det      7
petrol    petrol  NOUN NN  compound 7
bomb      bomb    NOUN NN  pobj     4
"""


def test_thrown_a_petrol_bomb_thrown_or_attacked_with_not_found():
    assert check("thrown", hand_parse(A_PETROL_BOMB_HIT), 1, 3)
    assert check("thrown", hand_parse(ATTACKED_WITH_A_PETROL_BOMB), 6, 8)
    assert not check("thrown", hand_parse(POLICE_FOUND_PETROL_BOMBS), 2, 4)


def _blew_up(subject: str, lemma: str, obj: str, obj_lemma: str) -> str:
    return f"""
{subject}  {lemma}      NOUN NNS nsubj 1
blew       blow         VERB VBD ROOT  1
up         up           ADP  RP  prt   1
the        the          DET  DT  det   4
{obj}      {obj_lemma}  NOUN NN  dobj  1
"""


def _used_to(obj: str, obj_lemma: str) -> str:
    # Robbers used dynamite to <verb> the <obj>
    return f"""
Robbers   robber       NOUN NNS nsubj 1
used      use          VERB VBD ROOT  1
dynamite  dynamite     NOUN NN  dobj  1
to        to           PART TO  aux   4
{obj}
the       the          DET  DT  det   6
{obj_lemma}
"""


USED_DYNAMITE_TO_OPEN_THE_SAFE = _used_to("open open VERB VB xcomp 1", "safe safe NOUN NN dobj 4")
USED_DYNAMITE_TO_OPEN_A_SHAFT = _used_to("open open VERB VB xcomp 1", "shaft shaft NOUN NN dobj 4")
USED_DYNAMITE_TO_CATCH_FISH = _used_to("catch catch VERB VB xcomp 1", "fish fish NOUN NN dobj 4")
USED_DYNAMITE_TO_KILL_A_GUARD = _used_to("kill kill VERB VB xcomp 1", "guard guard NOUN NN dobj 4")
USED_DYNAMITE_TO_DESTROY_A_BOMB = _used_to("destroy destroy VERB VB xcomp 1", "bomb bomb NOUN NN dobj 4")

USED_EXPLOSIVES_IN_THE_ROBBERY = """
Robbers     robber     NOUN NNS nsubj 1
used        use        VERB VBD ROOT  1
explosives  explosive  NOUN NNS dobj  1
in          in         ADP  IN  prep  1
the         the        DET  DT  det   5
robbery     robbery    NOUN NN  pobj  3
"""


@pytest.mark.parametrize(
    "table,start,end,expected",
    [
        (_blew_up("Robbers", "robber", "ATM", "atm"), 1, 3, True),
        (_blew_up("Workers", "worker", "towers", "tower"), 1, 3, False),  # a demolition
        (USED_DYNAMITE_TO_OPEN_THE_SAFE, 1, 3, True),
        (USED_DYNAMITE_TO_OPEN_A_SHAFT, 1, 3, False),
        (USED_DYNAMITE_TO_KILL_A_GUARD, 1, 3, True),  # a violent purpose needs no blast target
        (USED_DYNAMITE_TO_DESTROY_A_BOMB, 1, 3, False),  # destroying a weapon is no attack
        (USED_DYNAMITE_TO_CATCH_FISH, 1, 3, False),
        (USED_EXPLOSIVES_IN_THE_ROBBERY, 1, 3, True),
    ],
    ids=["blew up an ATM", "blew up towers", "to open the safe", "to open a shaft", "to kill a guard",
         "to destroy a bomb", "to catch fish", "in the robbery"],
)
def test_blasting_explosives_used_against_something(table, start, end, expected):
    assert check("blasting", hand_parse(table), start, end) is expected


def _threw(obj: str, obj_lemma: str, prep: str, pobj: str, pobj_lemma: str) -> str:
    return f"""
Youths     youth         NOUN NNS nsubj 1
threw      throw         VERB VBD ROOT  1
{obj}      {obj_lemma}   NOUN NNS dobj  1
{prep}     {prep}        ADP  IN  prep  1
the        the           DET  DT  det   5
{pobj}     {pobj_lemma}  NOUN NN  pobj  3
"""


PELTED_THE_CONVOY_WITH_STONES = """
Youths  youth   NOUN NNS nsubj 1
pelted  pelt    VERB VBD ROOT  1
the     the     DET  DT  det   3
convoy  convoy  NOUN NN  dobj  1
with    with    ADP  IN  prep  1
stones  stone   NOUN NNS pobj  4
"""

THREW_STONES_ON_MONDAY = """
Youths  youth   NOUN  NNS nsubj 1
threw   throw   VERB  VBD ROOT  1
stones  stone   NOUN  NNS dobj  1
on      on      ADP   IN  prep  1
Monday  Monday  PROPN NNP pobj  3
"""


@pytest.mark.parametrize(
    "table,ents,expected",
    [
        (_threw("stones", "stone", "at", "police", "police"), [], True),
        (_threw("bottles", "bottle", "towards", "police", "police"), [], True),
        (_threw("paint", "paint", "at", "embassy", "embassy"), [], False),  # no thrown object
        (_threw("stones", "stone", "into", "river", "river"), [], False),  # aimed at no one
        (PELTED_THE_CONVOY_WITH_STONES, [], True),
        (THREW_STONES_ON_MONDAY, [(4, 5, "DATE")], False),  # "on Monday" is a time, not a target
        (THREW_STONES_ON_MONDAY, [], True),  # ... which only the entity label tells
    ],
    ids=["at police", "bottles towards police", "paint at the embassy", "into the river", "pelted with",
         "on Monday (DATE)", "on Monday (no entity)"],
)
def test_stoning_stones_thrown_at_someone(table, ents, expected):
    assert check("stoning", hand_parse(table, ents=ents), 1, 2) is expected


@pytest.mark.parametrize(
    "table,expected",
    [
        (_threw("acid", "acid", "at", "woman", "woman"), True),
        (_threw("bleach", "bleach", "on", "nurse", "nurse"), True),
        (_threw("acid", "acid", "into", "drain", "drain"), False),  # aimed at no one
        (_threw("stones", "stone", "at", "police", "police"), False),  # a riot's stones, not a substance
        (_threw("petrol", "petrol", "at", "police", "police"), False),  # the forces: a riot's
        (_threw("disinfectant", "disinfectant", "on", "streets", "street"), False),  # no one
        (_threw("acid", "acid", "at", "bus", "bus"), False),
    ],
    ids=["acid at a woman", "bleach on a nurse", "acid into a drain", "stones at police", "petrol at police",
         "disinfectant on the streets", "acid at a bus"],
)
def test_corrosive_a_harmful_substance_thrown_at_someone(table, expected):
    assert check("corrosive", hand_parse(table), 1, 2) is expected


YOUTHS_SET_FIRE_TO = """
Youths     youth      NOUN NNS nsubj 1
set        set        VERB VBD ROOT  1
fire       fire       NOUN NN  dobj  1
to         to         ADP  IN  prep  1
the        the        DET  DT  det   5
{obj}      {lemma}    NOUN NN  pobj  3
"""

THE_BLAZE_BURNED_DOWN_THE_HOUSE = """
The     the     DET  DT  det   1
blaze   blaze   NOUN NN  nsubj 2
burned  burn    VERB VBD ROOT  2
down    down    ADP  RP  prt   2
the     the     DET  DT  det   5
house   house   NOUN NN  dobj  2
"""

ARSONISTS_BURNED_DOWN_THE_HOUSE = THE_BLAZE_BURNED_DOWN_THE_HOUSE.replace(
    "blaze   blaze ", "arsonists arsonist"
)


def test_arson_something_set_on_fire_by_someone():
    sub = "Looting/property destruction"
    machinery = hand_parse(YOUTHS_SET_FIRE_TO.format(obj="machinery", lemma="machinery"))
    tyres = hand_parse(YOUTHS_SET_FIRE_TO.format(obj="tyres", lemma="tyre"))
    assert check("arson", machinery, 1, 3, sub=sub)
    assert not check("arson", tyres, 1, 3, sub=sub)  # burning tyres is no arson
    assert check("arson", hand_parse(ARSONISTS_BURNED_DOWN_THE_HOUSE), 2, 4, sub=sub)
    assert not check("arson", hand_parse(THE_BLAZE_BURNED_DOWN_THE_HOUSE), 2, 4, sub=sub)


def _burned(subject: str, subject_lemma: str, obj: str, obj_lemma: str) -> str:
    return f"""
{subject}  {subject_lemma}  NOUN NNS nsubj 1
burned     burn             VERB VBD ROOT  1
the        the              DET  DT  det   3
{obj}      {obj_lemma}      NOUN NNS dobj  1
"""


def test_burning_something_burnt_that_is_no_sign_or_body_part():
    sub = "Looting/property destruction"
    assert check("burning", hand_parse(_burned("Militiamen", "militiaman", "houses", "house")), 1, 2, sub=sub)
    assert not check("burning", hand_parse(_burned("Crowds", "crowd", "flags", "flag")), 1, 2, sub=sub)
    assert not check("burning", hand_parse(_burned("Cooks", "cook", "hands", "hand")), 1, 2, sub=sub)
    # people burnt are killed or hurt, not property destroyed
    people = hand_parse(_burned("Villagers", "villager", "suspects", "suspect"))
    assert not check("burning", people, 1, 2, sub=sub)
    fires = hand_parse(_burned("Wildfires", "wildfire", "houses", "house"))
    assert not check("burning", fires, 1, 2, sub=sub)


def test_destruction_done_in_violence_or_by_a_crowd():
    sub = "Looting/property destruction"
    doc = hand_parse(vandalised("Students", "student"))
    assert check("destruction", doc, 1, 2, actors=[actor_at(doc, 0, "civilians")], sub=sub)
    doc = hand_parse(vandalised("Militiamen", "militiaman"))
    assert check("destruction", doc, 1, 2, actors=[actor_at(doc, 0, "political_militia")], sub=sub)
    # with no actor read: a verb that is always a crime done to property ("vandalised the building")
    doc = hand_parse(vandalised("Enforcers", "enforcer"))
    assert check("destruction", doc, 1, 2, sub=sub)
    torched = vandalised("Strikers", "striker").replace("vandalised  vandalise", "torched     torch    ")
    assert check("destruction", hand_parse(torched), 1, 2, sub=sub)
    defence = torched.replace("building    building", "defence     defence ")
    assert not check("destruction", hand_parse(defence), 1, 2, sub=sub)  # "torched the defence"
    destroyed = vandalised("Storms", "storm").replace("vandalised  vandalise", "destroyed   destroy  ")
    assert not check("destruction", hand_parse(destroyed), 1, 2, sub=sub)  # destroying is no crime alone


def _held_a(noun: str, verb: str = "held", verb_lemma: str = "hold", tail: str = "") -> str:
    return f"""
Workers   worker         NOUN NNS nsubj 1
{verb}    {verb_lemma}   VERB VBD ROOT  1
a         a              DET  DT  det   3
{noun}    {noun}         NOUN NN  dobj  1
{tail}"""


def test_staged_a_strike_held_not_launched_at_something():
    assert check("staged", hand_parse(_held_a("strike")), 3, 4)
    assert check("staged", hand_parse(_held_a("strike", "organised", "organise")), 3, 4)
    on_rebels = "on on ADP IN prep 3\nrebels rebel NOUN NNS pobj 4"
    assert not check("staged", hand_parse(_held_a("strike", "launched", "launch", on_rebels)), 3, 4)
    assert not check("staged", hand_parse(_held_a("strike", "launched", "launch")), 3, 4)


def _blocked(subject: str, lemma: str, obj: str, obj_lemma: str) -> str:
    return f"""
{subject}  {lemma}      NOUN NNS nsubj 1
blocked    block        VERB VBD ROOT  1
the        the          DET  DT  det   3
{obj}      {obj_lemma}  NOUN NNS dobj  1
"""


def test_blockade_roads_blocked_by_unarmed_people():
    doc = hand_parse(_blocked("Drivers", "driver", "roads", "road"))
    assert check("blockade", doc, 1, 2, actors=[actor_at(doc, 0, "civilians")])
    doc = hand_parse(_blocked("Police", "police", "roads", "road"))
    assert not check("blockade", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])
    doc = hand_parse(_blocked("Senators", "senator", "bills", "bill"))
    assert not check("blockade", doc, 1, 2, actors=[actor_at(doc, 0, "civilians")])


def _dispersed(obj: str, obj_lemma: str) -> str:
    return f"""
Police     police       NOUN NNS nsubj 1
dispersed  disperse     VERB VBD ROOT  1
the        the          DET  DT  det   3
{obj}      {obj_lemma}  NOUN NNS dobj  1
"""


def test_dispersal_a_crowd_of_people_dispersed_by_state_forces():
    doc = hand_parse(_dispersed("crowd", "crowd"))
    police = [actor_at(doc, 0, "state_forces")]
    assert check("dispersal", doc, 1, 2, actors=police)
    assert not check("dispersal", doc, 1, 2)  # no force named: "the campaign dispersed staff members"
    doc = hand_parse(_dispersed("locals", "local"))
    assert check("dispersal", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])
    doc = hand_parse(_dispersed("rebels", "rebel"))
    assert not check("dispersal", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])


def _arrived(subject: str, lemma: str) -> str:
    return f"""
{subject}  {lemma}  NOUN NNS nsubj 1
arrived    arrive   VERB VBD ROOT  1
"""


def test_arrival_armed_men_arriving_not_aircraft():
    doc = hand_parse(_arrived("Soldiers", "soldier"))
    assert check("arrival", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])
    doc = hand_parse(_arrived("Jets", "jet"))
    assert not check("arrival", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])
    doc = hand_parse(_arrived("Ministers", "minister"))
    assert not check("arrival", doc, 1, 2, actors=[actor_at(doc, 0, "government")])


def _seized(table_tail: str) -> str:
    return "Police police NOUN NNS nsubj 1\nseized seize VERB VBD ROOT 1\n" + table_tail


POLICE_SEIZED_WEAPONS = _seized("weapons weapon NOUN NNS dobj 1")
POLICE_SEIZED_MARIJUANA = _seized(
    "five five NUM CD nummod 3\ntons ton NOUN NNS dobj 1\n"
    "of of ADP IN prep 3\nmarijuana marijuana NOUN NN pobj 4"
)
POLICE_SEIZED_THE_OPPORTUNITY = _seized("the the DET DT det 3\nopportunity opportunity NOUN NN dobj 1")


def test_seizure_weapons_or_goods_seized():
    assert check("seizure", hand_parse(POLICE_SEIZED_WEAPONS), 1, 2)
    assert check("seizure", hand_parse(POLICE_SEIZED_MARIJUANA), 1, 2)
    assert not check("seizure", hand_parse(POLICE_SEIZED_THE_OPPORTUNITY), 1, 2)


JOURNALISTS_GATHERED_TO_DENOUNCE = """
Journalists  journalist  NOUN NNS nsubj 1
gathered     gather      VERB VBD ROOT  1
to           to          PART TO  aux   3
denounce     denounce    VERB VB  advcl 1
the          the         DET  DT  det   5
arrest       arrest      NOUN NN  dobj  3
"""

JOURNALISTS_GATHERED_IN_THE_SQUARE = """
Journalists  journalist  NOUN NNS nsubj 1
gathered     gather      VERB VBD ROOT  1
in           in          ADP  IN  prep  1
the          the         DET  DT  det   4
square       square      NOUN NN  pobj  2
"""

JOURNALISTS_GATHERED_EVIDENCE = """
Journalists  journalist  NOUN NNS nsubj 1
gathered     gather      VERB VBD ROOT  1
evidence     evidence    NOUN NN  dobj  1
to           to          PART TO  aux   4
denounce     denounce    VERB VB  advcl 1
the          the         DET  DT  det   6
arrest       arrest      NOUN NN  dobj  4
"""

PROTESTERS_GATHERED_IN_THE_SQUARE = JOURNALISTS_GATHERED_IN_THE_SQUARE.replace(
    "Journalists  journalist", "Protesters   protester "
)


def test_purpose_people_gathering_to_protest():
    assert check("purpose", hand_parse(JOURNALISTS_GATHERED_TO_DENOUNCE), 1, 2)
    assert check("purpose", hand_parse(PROTESTERS_GATHERED_IN_THE_SQUARE), 1, 2)
    assert not check("purpose", hand_parse(JOURNALISTS_GATHERED_IN_THE_SQUARE), 1, 2)  # no purpose
    assert not check("purpose", hand_parse(JOURNALISTS_GATHERED_EVIDENCE), 1, 2)  # gathering something


def _released(obj: str, lemma: str) -> str:
    return f"""
The       the      DET  DT  det    1
army      army     NOUN NN  nsubj  2
released  release  VERB VBD ROOT   2
52        52       NUM  CD  nummod 4
{obj}     {lemma}  NOUN NNS dobj   2
"""


def test_prisoners_released():
    assert check("prisoners", hand_parse(_released("prisoners", "prisoner")), 2, 3)
    assert not check("prisoners", hand_parse(_released("photos", "photo")), 2, 3)


ARMY_IMPOSED_A_CURFEW = """
The      the      DET  DT  det   1
army     army     NOUN NN  nsubj 2
imposed  impose   VERB VBD ROOT  2
a        a        DET  DT  det   4
curfew   curfew   NOUN NN  dobj  2
"""

ARRESTED_FOR_VIOLATING_THE_CURFEW = """
Police     police    NOUN NNS nsubj 1
arrested   arrest    VERB VBD ROOT  1
ten        ten       NUM  CD  nummod 3
people     people    NOUN NNS dobj  1
for        for       ADP  IN  prep  1
violating  violate   VERB VBG pcomp 4
the        the       DET  DT  det   7
curfew     curfew    NOUN NN  dobj  5
"""


def test_authority_a_curfew_imposed_by_the_state():
    doc = hand_parse(ARMY_IMPOSED_A_CURFEW)
    army = actor_at(doc, 1, "state_forces")
    assert check("authority", doc, 4, 5, actors=[army])
    assert check("authority", doc, 4, 5, actors=[actor_at(doc, 1, "government")])
    assert not check("authority", doc, 4, 5)  # no state in the sentence
    assert not check("authority", doc, 4, 5, actors=[actor_at(doc, 1, "rebel_group")])
    doc = hand_parse(ARRESTED_FOR_VIOLATING_THE_CURFEW)
    assert not check("authority", doc, 7, 8, actors=[actor_at(doc, 0, "state_forces")])


def _marched(subject: str, lemma: str, carrying: str = "") -> str:
    table = f"""
Hundreds  hundred  NOUN NNS nsubj 3
of        of       ADP  IN  prep  0
{subject} {lemma}  NOUN NNS pobj  1
marched   march    VERB VBD ROOT  3
"""
    if carrying:  # carrying flowers for the victims
        table += f"""
carrying  carry    VERB VBG xcomp 3
{carrying}
for       for      ADP  IN  prep  4
the       the      DET  DT  det   8
victims   victim   NOUN NNS pobj  6
"""
    return table


FLOWERS = "flowers flower NOUN NNS dobj 4"


def test_people_a_march_needs_protesters_and_a_memorial_walk_is_none():
    assert check("people", hand_parse(_marched("protesters", "protester")), 3, 4)
    assert not check("people", hand_parse(_marched("people", "people")), 3, 4)
    doc = hand_parse(_marched("people", "people"))
    assert check("people", doc, 3, 4, actors=[actor_at(doc, 2, "protesters")])
    assert not check("people", hand_parse(_marched("residents", "resident", FLOWERS)), 3, 4)  # mourning
    # a word of protest makes the memorial walk a march of protesters again
    assert check("people", hand_parse(_marched("protesters", "protester", FLOWERS)), 3, 4)


def test_every_support_rule_is_tested_here():
    tested = {
        "none", "casualties", "violence", "foreign", "state", "armed", "forces", "territory", "occupation",
        "thrown", "blasting", "stoning", "arson", "seizure", "purpose", "prisoners", "authority", "people",
        "parties", "established", "checkpoint", "corrosive", "armed_group", "unopposed", "burning",
        "destruction", "staged", "blockade", "arrival", "concluded", "movement", "discovered", "theft",
        "thwarted", "dispersal",
    }
    assert set(SUPPORT) == tested, "a support rule was added or renamed: test it here"


GOVERNMENT_AND_REBELS_SIGNED = """
The         the         DET   DT  det    1
government  government  NOUN  NN  nsubj  4
and         and         CCONJ CC  cc     1
rebels      rebel       NOUN  NNS conj   1
signed      sign        VERB  VBD ROOT   4
a           a           DET   DT  det    6
ceasefire   ceasefire   NOUN  NN  dobj   4
"""


def test_parties_an_agreement_needs_two_sides_one_armed():
    doc = hand_parse(GOVERNMENT_AND_REBELS_SIGNED)
    gov, rebels = actor_at(doc, 1, "government"), actor_at(doc, 3, "rebel_group")
    assert check("parties", doc, 6, 7, actors=[gov, rebels])
    clubs = [actor_at(doc, 1, "civilians", name="club A"), actor_at(doc, 3, "civilians", name="club B")]
    assert not check("parties", doc, 6, 7, actors=clubs)


MILITIA_SET_UP_CHECKPOINTS = """
The          the         DET  DT  det    1
militia      militia     NOUN NN  nsubj  2
set          set         VERB VBD ROOT   2
up           up          ADP  RP  prt    2
checkpoints  checkpoint  NOUN NNS dobj   2
"""

MILITIA_ATTACKED_A_CHECKPOINT = """
The          the         DET  DT  det    1
militia      militia     NOUN NN  nsubj  2
attacked     attack      VERB VBD ROOT   2
a            a           DET  DT  det    4
checkpoint   checkpoint  NOUN NN  dobj   2
"""


def test_established_a_base_or_checkpoint_set_up_by_an_armed_actor():
    doc = hand_parse(MILITIA_SET_UP_CHECKPOINTS)
    assert check("established", doc, 4, 5, actors=[actor_at(doc, 1, "political_militia")])
    assert not check("established", doc, 4, 5, actors=[actor_at(doc, 1, "civilians")])
    attacked = hand_parse(MILITIA_ATTACKED_A_CHECKPOINT)
    assert not check("established", attacked, 4, 5, actors=[actor_at(attacked, 1, "political_militia")])


RESIDENTS_MOUNTED_ROADBLOCKS_NEAR_POLICE = """
Residents   resident   NOUN NNS nsubj  1
mounted     mount      VERB VBD ROOT   1
roadblocks  roadblock  NOUN NNS dobj   1
near        near       ADP  IN  prep   1
police      police     NOUN NN  pobj   3
"""


def test_checkpoint_a_roadblock_set_up_by_armed_men_themselves():
    doc = hand_parse(MILITIA_SET_UP_CHECKPOINTS)
    assert check("checkpoint", doc, 4, 5, actors=[actor_at(doc, 1, "political_militia")])
    attacked = hand_parse(MILITIA_ATTACKED_A_CHECKPOINT)
    assert not check("checkpoint", attacked, 4, 5, actors=[actor_at(attacked, 1, "political_militia")])
    # armed men named beside the ones who set it up do not make it theirs
    doc = hand_parse(RESIDENTS_MOUNTED_ROADBLOCKS_NEAR_POLICE)
    actors = [actor_at(doc, 0, "civilians"), actor_at(doc, 4, "state_forces")]
    assert not check("checkpoint", doc, 2, 3, actors=actors)
    assert check("checkpoint", doc, 2, 3, actors=[actor_at(doc, 0, "political_militia")])


def test_a_trigger_s_other_readings_are_tried_in_order_where_its_support_fails():
    entry = {
        "type": "Strategic developments", "sub": "Change to group/activity", "support": "checkpoint",
        "otherwise": [{"type": "Protests", "sub": "Peaceful protest", "support": "none"}],
    }  # fmt: skip
    doc = hand_parse(RESIDENTS_MOUNTED_ROADBLOCKS_NEAR_POLICE)
    armed = supported_reading(entry, doc[2:3], doc[:], [actor_at(doc, 0, "political_militia")], [])
    assert armed is entry
    crowd = supported_reading(entry, doc[2:3], doc[:], [actor_at(doc, 0, "civilians")], [])
    assert crowd is not None and (crowd["type"], crowd["support"]) == ("Protests", "none")
    assert crowd["otherwise"] == entry["otherwise"] and entry["type"] == "Strategic developments"  # unchanged
    alone = {**entry, "otherwise": [{"type": "Diplomacy", "sub": "Talks", "support": "foreign"}]}
    assert supported_reading(alone, doc[2:3], doc[:], [actor_at(doc, 0, "civilians")], []) is None


MILITIA_TAXED_TRADERS = """
The      the      DET  DT  det    1
militia  militia  NOUN NN  nsubj  2
taxed    tax      VERB VBD ROOT   2
traders  trader   NOUN NNS dobj   2
"""


def test_armed_group_only_a_non_state_armed_group_changes_its_activity():
    doc = hand_parse(MILITIA_TAXED_TRADERS)
    assert check("armed_group", doc, 2, 3, actors=[actor_at(doc, 1, "political_militia")])
    assert not check("armed_group", doc, 2, 3, actors=[actor_at(doc, 1, "government")])


TROOPS_ENTERED_UNOPPOSED = """
Troops   troop    NOUN NNS nsubj  1
entered  enter    VERB VBD ROOT   1
the      the      DET  DT  det    3
town     town     NOUN NN  dobj   1
unopposed unopposed ADJ JJ  advcl  1
"""

TROOPS_ENTERED_THE_TOWN = """
Troops   troop    NOUN NNS nsubj  1
entered  enter    VERB VBD ROOT   1
the      the      DET  DT  det    3
town     town     NOUN NN  dobj   1
"""


def test_unopposed_territory_taken_without_a_fight():
    doc = hand_parse(TROOPS_ENTERED_UNOPPOSED)
    assert check("unopposed", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])
    plain = hand_parse(TROOPS_ENTERED_THE_TOWN)
    assert not check("unopposed", plain, 1, 2, actors=[actor_at(plain, 0, "state_forces")])


def _reached(verb: str, lemma: str, aux: str = "") -> str:
    root = 5 if aux else 4
    modal = f"{aux} {aux} AUX MD aux {root}\n" if aux else ""
    return f"""
The     the     DET   DT  det    1
army    army    NOUN  NN  nsubj  {root}
and     and     CCONJ CC  cc     1
rebels  rebel   NOUN  NNS conj   1
{modal}{verb} {lemma} VERB VBD ROOT {root}
an      an      DET   DT  det    {root + 2}
agreement agreement NOUN NN dobj {root}
"""


def test_concluded_an_agreement_reached_between_sides():
    sides = lambda doc: [actor_at(doc, 1, "state_forces"), actor_at(doc, 3, "rebel_group")]  # noqa: E731
    doc = hand_parse(_reached("reached", "reach"))
    assert check("concluded", doc, 6, 7, actors=sides(doc), sub="Agreement")
    doc = hand_parse(_reached("discussed", "discuss"))
    assert not check("concluded", doc, 6, 7, actors=sides(doc), sub="Agreement")
    doc = hand_parse(_reached("reach", "reach", aux="could"))
    assert not check("concluded", doc, 7, 8, actors=sides(doc), sub="Agreement")
    doc = hand_parse(_reached("reached", "reach"))
    assert not check("concluded", doc, 6, 7, actors=[actor_at(doc, 1, "state_forces")], sub="Agreement")


def _moved(obj: str, obj_lemma: str, prep: str = "to") -> str:
    return f"""
Soldiers  soldier  NOUN NNS nsubj 1
moved     move     VERB VBD ROOT  1
two       two      NUM  CD  nummod 3
{obj}     {obj_lemma} NOUN NNS dobj 1
{prep}    {prep}   ADP  IN  prep  1
Erbil     Erbil    PROPN NNP pobj 4
"""


def test_movement_forces_moved_somewhere():
    doc = hand_parse(_moved("brigades", "brigade"))
    assert check("movement", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])
    doc = hand_parse(_moved("bodies", "body"))
    assert not check("movement", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])
    doc = hand_parse(_moved("brigades", "brigade", prep="near"))
    assert not check("movement", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])


def _grave(verb: str, lemma: str) -> str:
    return f"""
Soldiers  soldier  NOUN NNS nsubj 1
{verb}    {lemma}  VERB VBD ROOT  1
a         a        DET  DT  det   4
mass      mass     NOUN NN  compound 4
grave     grave    NOUN NN  dobj  1
"""


def test_discovered_a_mass_grave_found():
    assert check("discovered", hand_parse(_grave("discovered", "discover")), 3, 5, sub="Other")
    assert not check("discovered", hand_parse(_grave("visited", "visit")), 3, 5, sub="Other")


def test_forces_police_that_the_trigger_moves():
    deployed = """
Police    police    NOUN NNS nsubjpass 2
were      be        AUX  VBD auxpass   2
deployed  deploy    VERB VBN ROOT      2
"""
    police = "Police Forces of Kenya"
    doc = hand_parse(deployed)
    assert check("forces", doc, 2, 3, actors=[actor_at(doc, 0, "state_forces", police)])
    stood = """
Police    police    NOUN NNS nsubj 1
stood     stand     VERB VBD ROOT  1
patrol    patrol    NOUN NN  dobj  1
"""
    doc = hand_parse(stood)
    assert not check("forces", doc, 2, 3, actors=[actor_at(doc, 0, "state_forces", police)])


def _stole(subject: str, lemma: str) -> str:
    return _took(subject, lemma, "stole", "steal", "cattle")


def test_theft_by_armed_men_or_a_crowd_named_as_doing_it():
    doc = hand_parse(_stole("Bandits", "bandit"))
    assert check("theft", doc, 1, 2, actors=[actor_at(doc, 0, "political_militia")])
    doc = hand_parse(_stole("Thieves", "thief"))
    assert not check("theft", doc, 1, 2)
    robbed = """
Shops  shop  NOUN NNS nsubjpass 3
have   have  AUX  VBP aux       3
been   be    AUX  VBN auxpass   3
robbed rob   VERB VBN ROOT      3
"""
    assert not check("theft", hand_parse(robbed), 3, 4)


def _foiled(obj: str, lemma: str) -> str:
    return f"""
Police  police  NOUN NNS nsubj 1
foiled  foil    VERB VBD ROOT  1
an      an      DET  DT  det   3
{obj}   {lemma} NOUN NN  dobj  1
"""


def test_thwarted_an_attack_foiled_by_forces_with_no_one_hurt():
    sub = "Disrupted weapons use"
    doc = hand_parse(_foiled("attack", "attack"))
    police = [actor_at(doc, 0, "state_forces")]
    assert check("thwarted", doc, 1, 2, actors=police, sub=sub)
    assert not check("thwarted", doc, 1, 2, sub=sub)  # no forces: "the senate foiled a plan to fight ..."
    merger = hand_parse(_foiled("merger", "merger"))
    assert not check("thwarted", merger, 1, 2, actors=[actor_at(merger, 0, "state_forces")], sub=sub)
    killed = [casualty_at(doc, 3, "killed", 5)]
    assert not check("thwarted", doc, 1, 2, actors=police, casualties=killed, sub=sub)


def test_arrival_not_the_time_of_another_act():
    before = """
It       it      PRON PRP nsubj 1
exploded explode VERB VBD ROOT  1
before   before  SCONJ IN mark  4
soldiers soldier NOUN NNS nsubj 4
arrived  arrive  VERB VBD advcl 1
"""
    doc = hand_parse(before)
    assert not check("arrival", doc, 4, 5, actors=[actor_at(doc, 3, "state_forces")])
    doc = hand_parse(_arrived("Soldiers", "soldier"))
    assert check("arrival", doc, 1, 2, actors=[actor_at(doc, 0, "state_forces")])


def test_established_what_a_noun_of_setting_up_is_of():
    completed = """
Troops        troop         NOUN NNS nsubj 1
completed     complete      VERB VBD ROOT  1
the           the           DET  DT  det   3
construction  construction  NOUN NN  dobj  1
of            of            ADP  IN  prep  3
a             a             DET  DT  det   6
base          base          NOUN NN  pobj  4
"""
    doc = hand_parse(completed)
    assert check("established", doc, 6, 7, actors=[actor_at(doc, 0, "state_forces")])
    against = """
Students      student       NOUN NNS nsubj 1
protested     protest       VERB VBD ROOT  1
against       against       ADP  IN  prep  1
the           the           DET  DT  det   4
construction  construction  NOUN NN  pobj  2
of            of            ADP  IN  prep  4
a             a             DET  DT  det   7
base          base          NOUN NN  pobj  5
"""
    doc = hand_parse(against)
    assert not check("established", doc, 7, 8, actors=[actor_at(doc, 0, "state_forces")])

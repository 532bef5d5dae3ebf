"""The not-an-act rules (``eventx.events.not_an_act``) on hand-built parses: no statistical model involved.

Each test builds the parse spaCy's English model would plausibly give and calls the rule as the event
stage does, ``rule(span, entry)``; every test holds a trigger the rule drops and one it keeps.
"""

from __future__ import annotations

import pytest

from eventx.events.not_an_act import NOT_AN_ACT, names_no_act
from tests.helpers import hand_parse

ATTACK = {"type": "BY_ACTORS", "sub": "Attack", "support": "violence"}
CLASH = {"type": "Battles", "sub": "Armed clash", "support": "violence"}
RIOT = {"type": "Riots", "sub": "Violent demonstration", "support": "none"}
PROTEST = {"type": "Protests", "sub": "Peaceful protest", "support": "people"}
SHELLING = {
    "type": "Explosions/Remote violence", "sub": "Shelling/artillery/missile attack", "support": "none"
}
GRENADE = {"type": "Explosions/Remote violence", "sub": "Grenade", "support": "none"}
RAPE = {"type": "Violence against civilians", "sub": "Sexual violence", "support": "none"}
TALKS = {"type": "Diplomacy", "sub": "Talks", "support": "foreign"}
SIT_IN = {"type": "Protests", "sub": "Peaceful protest", "support": "none"}


def drops(rule: str, table: str, start: int, end: int, entry: dict = ATTACK, ents=()) -> bool:
    doc = hand_parse(table, ents=ents)
    return NOT_AN_ACT[rule](doc[start:end], entry)


STRIKING_MINERS = """
Striking  strike   VERB VBG amod   1
miners    miner    NOUN NNS nsubj  2
blocked   block    VERB VBD ROOT   2
the       the      DET  DT  det    4
road      road     NOUN NN  dobj   2
"""

MINERS_STRUCK = """
Miners    miner    NOUN NNS nsubj  1
struck    strike   VERB VBD ROOT   1
"""

A_WOUNDED_MAN = """
A        a       DET  DT  det    2
wounded  wound   VERB VBN amod   2
man      man     NOUN NN  nsubj  3
died     die     VERB VBD ROOT   3
"""


def test_modifier_a_participle_before_a_noun_names_a_property():
    assert drops("modifier", STRIKING_MINERS, 0, 1)
    assert drops("modifier", A_WOUNDED_MAN, 1, 2)
    assert not drops("modifier", MINERS_STRUCK, 1, 2)


RIOT_POLICE_FIRED = """
Riot    riot    NOUN NN  compound 1
police  police  NOUN NNS nsubj    2
fired   fire    VERB VBD ROOT     2
"""

A_GRENADE_ATTACK = """
A        a        DET  DT  det      2
grenade  grenade  NOUN NN  compound 2
attack   attack   NOUN NN  nsubj    3
killed   kill     VERB VBD ROOT     3
two      two      NUM  CD  dobj     3
"""

RAPE_FANTASIES = """
He         he        PRON PRP nsubj    1
described  describe  VERB VBD ROOT     1
rape       rape      NOUN NN  compound 3
fantasies  fantasy   NOUN NNS dobj     1
"""


def test_compound_a_trigger_noun_modifying_another_noun():
    assert drops("compound", RIOT_POLICE_FIRED, 0, 1, RIOT)  # a riot word modifies: always
    assert drops("compound", RAPE_FANTASIES, 2, 3, RAPE)
    assert not drops("compound", A_GRENADE_ATTACK, 1, 2, GRENADE)  # it modifies an event word
    # the same word is dropped modifying an event word when it is a protest or riot word
    assert drops("compound", A_GRENADE_ATTACK, 1, 2, RIOT)


SAT_IN_THE_AUDIENCE = """
The          the          DET  DT  det   1
businessman  businessman  NOUN NN  nsubj 2
sat          sit          VERB VBD ROOT  2
in           in           ADP  IN  prep  2
the          the          DET  DT  det   5
audience     audience     NOUN NN  pobj  3
"""

STAGED_A_SIT_IN = """
Students  student  NOUN NNS nsubj    1
staged    stage    VERB VBD ROOT     1
a         a        DET  DT  det      4
sit       sit      NOUN NN  compound 4
in        in       NOUN NN  dobj     1
"""


def test_noun_trigger_as_verb():
    assert drops("noun_trigger_as_verb", SAT_IN_THE_AUDIENCE, 2, 4, SIT_IN)
    assert not drops("noun_trigger_as_verb", STAGED_A_SIT_IN, 3, 5, SIT_IN)


def _fire(subject: str, subject_lemma: str, verb: str, verb_lemma: str) -> str:
    return f"""
A          a                DET  DT  det    1
{subject}  {subject_lemma}  NOUN NN  nsubj  2
{verb}     {verb_lemma}     VERB VBD ROOT   2
fire       fire             NOUN NN  dobj   2
"""


def test_caught_fire_is_an_accident():
    assert drops("caught_fire", _fire("tram", "tram", "caught", "catch"), 3, 4)
    assert not drops("caught_fire", _fire("soldier", "soldier", "opened", "open"), 3, 4)


def _shot(adverb: str) -> str:
    return f"""
A         a         DET  DT  det    1
soldier   soldier   NOUN NN  nsubj  3
{adverb}  {adverb.lower()}  ADV  RB  advmod 3
shot      shoot     VERB VBD ROOT   3
a         a         DET  DT  det    5
man       man       NOUN NN  dobj   3
"""


def test_unintended_an_act_done_by_accident():
    assert drops("unintended", _shot("accidentally"), 3, 4)
    assert not drops("unintended", _shot("deliberately"), 3, 4)


MISSILES_HURLED_AT_POLICE = """
Youths    youth    NOUN NNS nsubj    1
hurled    hurl     VERB VBD ROOT     1
missiles  missile  NOUN NNS dobj     1
at        at       ADP  IN  prep     1
riot      riot     NOUN NN  compound 5
police    police   NOUN NNS pobj     3
"""

THE_SHELL_HIT_A_SCHOOL = """
The     the     DET  DT  det    1
shell   shell   NOUN NN  nsubj  2
hit     hit     VERB VBD ROOT   2
a       a       DET  DT  det    4
school  school  NOUN NN  dobj   2
"""


def test_thrown_missile_thrown_by_hand():
    assert drops("thrown_missile", MISSILES_HURLED_AT_POLICE, 2, 3, SHELLING)
    assert not drops("thrown_missile", THE_SHELL_HIT_A_SCHOOL, 1, 2, SHELLING)
    assert not drops("thrown_missile", MISSILES_HURLED_AT_POLICE, 2, 3, ATTACK)  # another sub-type


def _engaged_in(adjective: str, noun: str, noun_lemma: str) -> str:
    return f"""
They           they          PRON PRP nsubj 2
had            have          AUX  VBD aux   2
engaged        engage        VERB VBN ROOT  2
in             in            ADP  IN  prep  2
{adjective}    {adjective}   ADJ  JJ  amod  5
{noun}         {noun_lemma}  NOUN NNS pobj  3
"""


TROOPS_ENGAGED_THE_MILITANTS = """
Troops     troop     NOUN NNS nsubj 1
engaged    engage    VERB VBD ROOT  1
the        the       DET  DT  det   3
militants  militant  NOUN NNS dobj  1
"""

ENGAGED_IN_AN_ARMED_CLASH = """
Troops   troop   NOUN NNS nsubj 1
engaged  engage  VERB VBD ROOT  1
in       in      ADP  IN  prep  1
an       an      DET  DT  det   5
armed    armed   ADJ  JJ  amod  5
clash    clash   NOUN NN  pobj  2
"""


POLICE_THREW_TEAR_GAS_BOMBS = """
Police  police  NOUN NNS nsubj    1
threw   throw   VERB VBD ROOT     1
tear    tear    NOUN NN  compound 3
gas     gas     NOUN NN  compound 4
bombs   bomb    NOUN NNS dobj     1
"""

BOMB_EXPLOSION = {
    "type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED", "support": "violence"
}


def test_crowd_control_munition_is_no_explosive_attack():
    assert drops("crowd_control_munition", POLICE_THREW_TEAR_GAS_BOMBS, 4, 5, BOMB_EXPLOSION)
    plain = POLICE_THREW_TEAR_GAS_BOMBS.replace("tear    tear ", "two     two  ").replace(
        "gas     gas  ", "big     big  "
    )
    assert not drops("crowd_control_munition", plain, 4, 5, BOMB_EXPLOSION)
    gas = POLICE_THREW_TEAR_GAS_BOMBS.replace("tear    tear ", "toxic   toxic")
    assert not drops("crowd_control_munition", gas, 4, 5, BOMB_EXPLOSION)  # "toxic gas bombs" are weapons


def test_engaged_not_fighting():
    communications = _engaged_in("explicit", "communications", "communication")
    assert drops("engaged_not_fighting", communications, 2, 3, CLASH)
    assert drops("engaged_not_fighting", _engaged_in("direct", "talks", "talk"), 2, 3, CLASH)
    assert not drops("engaged_not_fighting", _engaged_in("heavy", "hostilities", "hostility"), 2, 3, CLASH)
    assert not drops("engaged_not_fighting", ENGAGED_IN_AN_ARMED_CLASH, 1, 2, CLASH)
    assert not drops("engaged_not_fighting", TROOPS_ENGAGED_THE_MILITANTS, 1, 2, CLASH)


def _clashed_with(subject: str, lemma: str, other: str, other_lemma: str) -> str:
    return f"""
{subject}  {lemma}        NOUN NNS nsubj 1
clashed    clash          VERB VBD ROOT  1
with       with           ADP  IN  prep  1
the        the            DET  DT  det   4
{other}    {other_lemma}  NOUN NN  pobj  2
"""


def _strike(verb: str, lemma: str) -> str:
    return f"""
Teachers  teacher  NOUN NNS nsubj 1
{verb}    {lemma}  VERB VBD ROOT  1
a         a        DET  DT  det   3
strike    strike   NOUN NN  dobj  1
"""


def test_walkout_or_strike_one_sense_of_strike_is_dropped():
    walkout = {"type": "Protests", "sub": "Peaceful protest", "support": "staged"}
    attack = {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "support": "violence"}
    held, launched = _strike("held", "hold"), _strike("launched", "launch")
    assert drops("walkout_or_strike", held, 3, 4, attack)
    assert not drops("walkout_or_strike", held, 3, 4, walkout)
    assert drops("walkout_or_strike", launched, 3, 4, walkout)
    assert not drops("walkout_or_strike", launched, 3, 4, attack)


def test_war_of_words_among_office_holders_and_fans():
    assert drops("war_of_words", _clashed_with("Ministers", "minister", "governor", "governor"), 1, 2, CLASH)
    assert drops("war_of_words", _clashed_with("Fans", "fan", "board", "board"), 1, 2, CLASH)
    # a side that fights with blows: a real clash
    assert not drops("war_of_words", _clashed_with("Fans", "fan", "police", "police"), 1, 2, CLASH)
    assert not drops("war_of_words", _clashed_with("Youths", "youth", "board", "board"), 1, 2, CLASH)


def _an_attack(adjective: str) -> str:
    return f"""
Police       police       NOUN NNS nsubj 1
foiled       foil         VERB VBD ROOT  1
a            a            DET  DT  det   4
{adjective}  {adjective}  ADJ  JJ  amod  4
attack       attack       NOUN NN  dobj  1
"""


def test_future_a_planned_or_coming_event():
    assert drops("future", _an_attack("planned"), 4, 5)
    assert drops("future", _an_attack("upcoming"), 4, 5)
    assert not drops("future", _an_attack("deadly"), 4, 5)


def _at_a_rally(verb: str, lemma: str) -> str:
    return f"""
Clinton     Clinton     PROPN NNP nsubj 1
{verb}      {lemma}     VERB  VBD ROOT  1
supporters  supporter   NOUN  NNS dobj  1
at          at          ADP   IN  prep  1
a           a           DET   DT  det   5
rally       rally       NOUN  NN  pobj  3
"""


def test_speech_setting_a_rally_as_where_someone_spoke():
    assert drops("speech_setting", _at_a_rally("told", "tell"), 5, 6, PROTEST)
    assert not drops("speech_setting", _at_a_rally("arrested", "arrest"), 5, 6, PROTEST)
    assert not drops("speech_setting", _at_a_rally("told", "tell"), 5, 6, ATTACK)  # a protest word only


def _was_a_clash(subject: str, lemma: str) -> str:
    return f"""
The        the      DET  DT  det   1
{subject}  {lemma}  NOUN NN  nsubj 2
was        be       AUX  VBD ROOT  2
a          a        DET  DT  det   4
clash      clash    NOUN NN  attr  2
"""


def test_figure_of_speech_a_clash_said_of_a_non_event():
    assert drops("figure_of_speech", _was_a_clash("meeting", "meeting"), 4, 5, CLASH)
    assert not drops("figure_of_speech", _was_a_clash("attack", "attack"), 4, 5, CLASH)
    assert not drops("figure_of_speech", _was_a_clash("meeting", "meeting"), 4, 5, PROTEST)


def _talked(subject_rows: str, n: int, tail: str = "") -> str:
    """``subject_rows`` are the first ``n`` tokens; "talked" is token n."""
    return subject_rows + f"\ntalked talk VERB VBD ROOT {n}\n" + tail


SHE = "She she PRON PRP nsubj 1"
THEY = "They they PRON PRP nsubj 1"
TWO_LEADERS = "The the DET DT det 2\ntwo two NUM CD nummod 2\nleaders leader NOUN NNS nsubj 3"
ABOUT_THE_RESULTS = "about about ADP IN prep 1\nthe the DET DT det 4\nresults result NOUN NNS pobj 2"
WITH_PUTIN = "with with ADP IN prep 1\nPutin Putin PROPN NNP pobj 2"


def test_talk_without_partner_is_speech():
    assert drops("talk_without_partner", _talked(SHE, 1, ABOUT_THE_RESULTS), 1, 2, TALKS)
    assert not drops("talk_without_partner", _talked(SHE, 1, WITH_PUTIN), 1, 2, TALKS)
    assert not drops("talk_without_partner", _talked(THEY, 1), 1, 2, TALKS)
    assert not drops("talk_without_partner", _talked(TWO_LEADERS, 3), 3, 4, TALKS)


def _attacks(adjective: str) -> str:
    return f"""
He           he           PRON PRP  nsubj 1
launched     launch       VERB VBD  ROOT  1
{adjective}  {adjective}  ADJ  JJ   amod  3
attacks      attack       NOUN NNS  dobj  1
on           on           ADP  IN   prep  3
his          his          PRON PRP$ poss  6
rival        rival        NOUN NN   pobj  4
"""


def test_figurative_modifier_makes_an_attack_words():
    assert drops("figurative_modifier", _attacks("bitter"), 3, 4)
    assert drops("figurative_modifier", _attacks("verbal"), 3, 4)
    assert not drops("figurative_modifier", _attacks("deadly"), 3, 4)


REBELS_ATTACKED_A_CONVOY = """
Rebels    rebel   NOUN NNS nsubj 1
attacked  attack  VERB VBD ROOT  1
a         a       DET  DT  det   3
convoy    convoy  NOUN NN  dobj  1
"""


@pytest.mark.parametrize(
    "table,start,end,entry,expected",
    [
        (REBELS_ATTACKED_A_CONVOY, 1, 2, ATTACK, False),
        (_attacks("deadly"), 3, 4, ATTACK, False),
        (STRIKING_MINERS, 0, 1, PROTEST, True),
        (_attacks("bitter"), 3, 4, ATTACK, True),
        (_an_attack("planned"), 4, 5, ATTACK, True),
    ],
    ids=["rebels attacked", "deadly attacks", "striking miners", "bitter attacks", "a planned attack"],
)
def test_names_no_act_asks_every_rule(table, start, end, entry, expected):
    doc = hand_parse(table)
    assert names_no_act(doc[start:end], entry) is expected


def test_every_not_an_act_rule_is_tested_here():
    tested = {
        "modifier", "compound", "noun_trigger_as_verb", "caught_fire", "unintended", "thrown_missile",
        "engaged_not_fighting", "future", "speech_setting", "figure_of_speech", "talk_without_partner",
        "figurative_modifier", "freed_captives", "without", "means_of_arrest", "materiel", "war_of_words",
        "walkout_or_strike", "deal_struck", "end_sought", "forces_on_the_move", "forestalled",
        "crowd_control_munition", "shows_or_says", "on_duty",
    }
    assert set(NOT_AN_ACT) == tested, "a not-an-act rule was added or renamed: test it here"


ABDUCTION = {"type": "Violence against civilians", "sub": "Abduction/forced disappearance", "support": "none"}
RAID = {"type": "BY_ACTORS", "sub": "Attack", "support": "violence"}

GUNMEN_RELEASED_HOSTAGES = """
Gunmen    gunman    NOUN NNS nsubj  1
released  release   VERB VBD ROOT   1
five      five      NUM  CD  nummod 3
hostages  hostage   NOUN NNS dobj   1
"""

GUNMEN_TOOK_HOSTAGES = """
Gunmen    gunman    NOUN NNS nsubj  1
took      take      VERB VBD ROOT   1
five      five      NUM  CD  nummod 3
hostages  hostage   NOUN NNS dobj   1
"""


def test_freed_captives_hostages_released_are_no_abduction():
    assert drops("freed_captives", GUNMEN_RELEASED_HOSTAGES, 3, 4, ABDUCTION)
    assert not drops("freed_captives", GUNMEN_TOOK_HOSTAGES, 3, 4, ABDUCTION)


LEFT_WITHOUT_A_FIGHT = """
Rebels   rebel    NOUN NNS nsubj  1
left     leave    VERB VBD ROOT   1
the      the      DET  DT  det    3
town     town     NOUN NN  dobj   1
without  without  ADP  IN  prep   1
a        a        DET  DT  det    6
fight    fight    NOUN NN  pobj   4
"""

FIGHT_IN_THE_TOWN = """
A        a        DET  DT  det    1
fight    fight    NOUN NN  nsubj  2
erupted  erupt    VERB VBD ROOT   2
in       in       ADP  IN  prep   2
the      the      DET  DT  det    5
town     town     NOUN NN  pobj   3
"""


def test_without_a_fight_after_without_did_not_happen():
    assert drops("without", LEFT_WITHOUT_A_FIGHT, 6, 7, CLASH)
    assert not drops("without", FIGHT_IN_THE_TOWN, 1, 2, CLASH)


POLICE_ARRESTED_IN_RAIDS = """
Police    police    NOUN NNS nsubj  1
arrested  arrest    VERB VBD ROOT   1
12        12        NUM  CD  nummod 3
suspects  suspect   NOUN NNS dobj   1
in        in        ADP  IN  prep   1
raids     raid      NOUN NNS pobj   4
"""

SOLDIERS_KILLED_IN_RAIDS = """
Soldiers  soldier   NOUN NNS nsubj  1
killed    kill      VERB VBD ROOT   1
12        12        NUM  CD  nummod 3
villagers villager  NOUN NNS dobj   1
in        in        ADP  IN  prep   1
raids     raid      NOUN NNS pobj   4
"""


def test_means_of_arrest_a_raid_that_arrests_is_no_attack():
    assert drops("means_of_arrest", POLICE_ARRESTED_IN_RAIDS, 5, 6, RAID)
    assert not drops("means_of_arrest", SOLDIERS_KILLED_IN_RAIDS, 5, 6, RAID)


SOLDIERS_SEIZED_GRENADES = """
Soldiers  soldier   NOUN NNS nsubj  1
seized    seize     VERB VBD ROOT   1
rifles    rifle     NOUN NNS dobj   1
and       and       CCONJ CC cc     2
grenades  grenade   NOUN NNS conj   2
"""

MILITANTS_THREW_GRENADES = """
Militants  militant  NOUN NNS nsubj  1
threw      throw     VERB VBD ROOT   1
grenades   grenade   NOUN NNS dobj   1
"""

CARRIED_OUT_AIRSTRIKES = """
Jets       jet       NOUN NNS nsubj  1
carried    carry     VERB VBD ROOT   1
out        out       ADP  RP  prt    1
airstrikes airstrike NOUN NNS dobj   1
"""

AIRSTRIKE = {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "support": "none"}


def test_materiel_weapons_handled_as_goods_are_no_attack():
    assert drops("materiel", SOLDIERS_SEIZED_GRENADES, 4, 5, GRENADE)
    assert not drops("materiel", MILITANTS_THREW_GRENADES, 2, 3, GRENADE)
    assert not drops("materiel", CARRIED_OUT_AIRSTRIKES, 3, 4, AIRSTRIKE)


STRUCK_A_DEAL = """
The         the         DET  DT  det   1
government  government  NOUN NN  nsubj 2
struck      strike      VERB VBD ROOT  2
a           a           DET  DT  det   4
deal        deal        NOUN NN  dobj  2
"""

STRUCK_A_CONVOY = """
Militants  militant  NOUN NNS nsubj 1
struck     strike    VERB VBD ROOT  1
a          a         DET  DT  det   3
convoy     convoy    NOUN NN  dobj  1
"""

AGREEMENT = {"type": "Strategic developments", "sub": "Agreement", "support": "concluded"}


def test_deal_struck_a_violent_verb_that_concludes_an_agreement():
    assert drops("deal_struck", STRUCK_A_DEAL, 2, 3)
    assert not drops("deal_struck", STRUCK_A_DEAL, 4, 5, entry=AGREEMENT)  # the deal itself stays
    assert not drops("deal_struck", STRUCK_A_CONVOY, 1, 2)


def _to_verb(verb: str, lemma: str) -> str:
    return f"""
Elders     elder     NOUN NNS nsubj 1
met        meet      VERB VBD ROOT  1
to         to        PART TO  aux   3
{verb}     {lemma}   VERB VB  advcl 1
the        the       DET  DT  det   5
fighting   fighting  NOUN NN  dobj  3
"""


def test_end_sought_an_act_to_be_ended_is_no_incident():
    assert drops("end_sought", _to_verb("end", "end"), 5, 6, entry=CLASH)
    assert drops("end_sought", _to_verb("prevent", "prevent"), 5, 6, entry=CLASH)
    assert not drops("end_sought", _to_verb("watch", "watch"), 5, 6, entry=CLASH)
    ended = """
The       the       DET  DT  det   1
army      army      NOUN NN  nsubj 2
ended     end       VERB VBD ROOT  2
the       the       DET  DT  det   4
fighting  fighting  NOUN NN  dobj  2
"""
    assert not drops("end_sought", ended, 4, 5, entry=CLASH)  # told as done, not as a purpose


def _marched(subject: str, lemma: str, modifier: str = "") -> str:
    first = f"{modifier} {modifier.lower()} NOUN NN compound 1\n" if modifier else ""
    shift = 1 if modifier else 0
    return first + f"""{subject} {lemma} NOUN NNS nsubj {1 + shift}
marched march VERB VBD ROOT {1 + shift}
"""


def test_forces_on_the_move_do_not_protest():
    assert drops("forces_on_the_move", _marched("soldiers", "soldier"), 1, 2, entry=PROTEST)
    assert drops("forces_on_the_move", _marched("columns", "column", "Army"), 2, 3, entry=PROTEST)
    assert not drops("forces_on_the_move", _marched("columns", "column", "Choir"), 2, 3, entry=PROTEST)
    assert not drops("forces_on_the_move", _marched("students", "student"), 1, 2, entry=PROTEST)


MOVEMENT = {"type": "Strategic developments", "sub": "Change to group/activity", "support": "forces"}

SOLDIERS_ON_PATROL_CLASHED = """
Soldiers  soldier  NOUN NNS nsubj 3
on        on       ADP  IN  prep  0
patrol    patrol   NOUN NN  pobj  1
clashed   clash    VERB VBD ROOT  3
"""

SOLDIERS_WENT_ON_PATROL = """
Soldiers  soldier  NOUN NNS nsubj 1
went      go       VERB VBD ROOT  1
on        on       ADP  IN  prep  1
patrol    patrol   NOUN NN  pobj  2
"""


def test_on_duty_what_the_doers_of_another_act_were_on_is_no_act():
    assert drops("on_duty", SOLDIERS_ON_PATROL_CLASHED, 2, 3, entry=MOVEMENT)
    assert not drops("on_duty", SOLDIERS_WENT_ON_PATROL, 3, 4, entry=MOVEMENT)


DEFUSED_BEFORE_IT_EXPLODED = """
Soldiers  soldier   NOUN NNS nsubj 1
defused   defuse    VERB VBD ROOT  1
a         a         DET  DT  det   3
bomb      bomb      NOUN NN  dobj  1
before    before    SCONJ IN mark  6
it        it        PRON PRP nsubj 6
exploded  explode   VERB VBD advcl 1
"""

EXPLODED_BEFORE_THEY_ARRIVED = """
A         a         DET  DT  det   1
bomb      bomb      NOUN NN  nsubj 2
exploded  explode   VERB VBD ROOT  2
before    before    SCONJ IN mark  5
they      they      PRON PRP nsubj 5
arrived   arrive    VERB VBD advcl 2
"""

FOILED_AN_ATTACK = """
Police  police  NOUN NNS nsubj 1
foiled  foil    VERB VBD ROOT  1
an      an      DET  DT  det   3
attack  attack  NOUN NN  dobj  1
"""


def test_forestalled_an_act_a_disruption_came_before():
    assert drops("forestalled", DEFUSED_BEFORE_IT_EXPLODED, 6, 7, entry=GRENADE)
    assert not drops("forestalled", EXPLODED_BEFORE_THEY_ARRIVED, 2, 3, entry=GRENADE)
    assert drops("forestalled", FOILED_AN_ATTACK, 3, 4)
    assert not drops("forestalled", STRUCK_A_CONVOY, 1, 2)


THIS_DEMONSTRATES_THAT_THEY_WANT_WAR = """
This          this         PRON  DT  nsubj  1
demonstrates  demonstrate  VERB  VBZ ROOT   1
that          that         SCONJ IN  mark   4
they          they         PRON  PRP nsubj  4
want          want         VERB  VBP ccomp  1
war           war          NOUN  NN  dobj   4
"""

THE_ARMY_DEMONSTRATED_ITS_POWER = """
The           the          DET   DT   det    1
army          army         NOUN  NN   nsubj  2
demonstrated  demonstrate  VERB  VBD  ROOT   2
its           its          PRON  PRP$ poss   4
power         power        NOUN  NN   dobj   2
"""

STUDENTS_DEMONSTRATED_AGAINST_THE_WAR = """
Students      student      NOUN  NNS nsubj  1
demonstrated  demonstrate  VERB  VBD ROOT   1
against       against      ADP   IN  prep   1
the           the          DET   DT  det    4
war           war          NOUN  NN  pobj   2
"""

STUDENTS_PROTESTED_THE_KILLING = """
Students   student  NOUN  NNS nsubj  1
protested  protest  VERB  VBD ROOT   1
the        the      DET   DT  det    3
killing    killing  NOUN  NN  dobj   1
"""


def test_shows_or_says_a_protest_verb_with_a_clause_or_demonstrate_with_an_object():
    assert drops("shows_or_says", THIS_DEMONSTRATES_THAT_THEY_WANT_WAR, 1, 2, PROTEST)
    assert drops("shows_or_says", THE_ARMY_DEMONSTRATED_ITS_POWER, 2, 3, PROTEST)
    assert not drops("shows_or_says", STUDENTS_DEMONSTRATED_AGAINST_THE_WAR, 1, 2, PROTEST)
    assert not drops("shows_or_says", STUDENTS_PROTESTED_THE_KILLING, 1, 2, PROTEST)  # an object, not "show"

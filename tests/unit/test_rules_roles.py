"""The role rules (``eventx.events.roles``) on hand-built parses: no statistical model involved.

Each case builds the parse spaCy's English model would plausibly give a sentence and asks which role
rule decides first for an actor word and a trigger (``deciding``, as ``roles._role`` tries them) and
what ``actor_role`` makes of it; every test holds an actor the rule decides for and one it leaves to
another rule (or to none).
"""

from __future__ import annotations

import pytest

from eventx.events.role_context import role_context
from eventx.events.roles import UNRELATED, actor_role, role_rules
from eventx.syntax import governing_chain
from tests.helpers import hand_parse


def deciding(table: str, actor: int, trigger: int, kind: str = "other") -> tuple[str, str] | None:
    """``(rule name, verdict)`` of the first role rule that decides for token ``actor`` and the trigger
    token ``trigger``, or None when none does."""
    doc = hand_parse(table)
    trig = doc[trigger]
    ctx = role_context(doc[actor], trig, kind, False, governing_chain(trig))
    for name, rule in role_rules.items():
        verdict = rule(ctx)
        if verdict is not None:
            return name, verdict
    return None


def role(table: str, actor: int, trigger: int, kind: str = "other", anaphor: bool = False) -> str | None:
    """``actor_role`` for token ``actor`` and the trigger token ``trigger`` (not a diplomacy trigger)."""
    doc = hand_parse(table)
    return actor_role(doc[actor], doc[trigger], False, kind, anaphor)


BLAMED_THE_REBELS = """
Officials  official  NOUN NNS nsubj 1
blamed     blame     VERB VBD ROOT  1
the        the       DET  DT  det   3
rebels     rebel     NOUN NNS dobj  1
for        for       ADP  IN  prep  1
the        the       DET  DT  det   6
attack     attack    NOUN NN  pobj  4
"""

ATTRIBUTED_THE_ATTACK_TO = """
Officials   official   NOUN  NNS nsubj 1
attributed  attribute  VERB  VBD ROOT  1
the         the        DET   DT  det   3
attack      attack     NOUN  NN  dobj  1
to          to         ADP   IN  prep  1
the         the        DET   DT  det   6
ELN         ELN        PROPN NNP pobj  4
"""


def test_attributed_whoever_is_blamed_did_it():
    assert deciding(BLAMED_THE_REBELS, 3, 6) == ("attributed", "initiator")
    assert deciding(ATTRIBUTED_THE_ATTACK_TO, 6, 3) == ("attributed", "initiator")
    # who blames is an observer of the act, not its initiator
    assert deciding(BLAMED_THE_REBELS, 0, 6) == ("observer", UNRELATED)
    assert role(BLAMED_THE_REBELS, 0, 6) is None


def _reported_to_have(passive: bool) -> str:
    # Rebels were reported to have (been) beaten residents
    been = "been been AUX VBN auxpass 6\n" if passive else ""
    beaten = 6 if passive else 5
    return f"""
Rebels    rebel    NOUN NNS nsubjpass 2
were      be       AUX  VBD auxpass   2
reported  report   VERB VBN ROOT      2
to        to       PART TO  aux       {beaten}
have      have     AUX  VB  aux       {beaten}
{been}beaten    beat     VERB VBN xcomp     2
residents resident NOUN NNS dobj      {beaten}
"""


def test_reported_to_have_the_raised_subject_did_it_or_suffered_it():
    active, passive = _reported_to_have(False), _reported_to_have(True)
    assert deciding(active, 0, 5) == ("reported to have", "initiator")
    assert deciding(passive, 0, 6) == ("reported to have", "target")
    assert deciding(active, 6, 5) == ("object", "target")  # the beaten residents: another rule


TROOPERS_DIED_IN_AN_AIRSTRIKE = """
33        33        NUM  CD  nummod 1
troopers  trooper   NOUN NNS nsubj  2
died      die       VERB VBD ROOT   2
in        in        ADP  IN  prep   2
an        an        DET  DT  det    5
airstrike airstrike NOUN NN  pobj   3
"""

FISHERMEN_LOST_THEIR_LIVES = """
Fishermen  fisherman  NOUN NNS nsubj 1
lost       lose       VERB VBD ROOT  1
their      their      PRON PRP$ poss 3
lives      life       NOUN NNS dobj  1
in         in         ADP  IN  prep  1
the        the        DET  DT  det   6
shelling   shelling   NOUN NN  pobj  4
"""

FISHERMEN_LOST_THEIR_NETS = FISHERMEN_LOST_THEIR_LIVES.replace("lives      life ", "nets       net  ")


def test_died_the_subject_of_dying_is_a_target():
    assert deciding(TROOPERS_DIED_IN_AN_AIRSTRIKE, 1, 5) == ("died", "target")
    assert deciding(FISHERMEN_LOST_THEIR_LIVES, 0, 6) == ("died", "target")
    # losing something else is no death: the subject of the verb governing the trigger acted
    assert deciding(FISHERMEN_LOST_THEIR_NETS, 0, 6) == ("subject", "initiator")


def _the_attack(verb: str, lemma: str) -> str:
    return f"""
Policemen  policeman  NOUN NNS  nsubj 1
{verb}     {lemma}    VERB VBD  ROOT  1
their      their      PRON PRP$ poss  3
attack     attack     NOUN NN   dobj  1
"""


def test_repelled_it_those_who_repelled_an_attack_were_attacked():
    assert deciding(_the_attack("repulsed", "repulse"), 0, 3) == ("repelled it", "target")
    assert deciding(_the_attack("launched", "launch"), 0, 3) == ("subject", "initiator")


REPELLED_BY_SECURITY_FORCES = """
Gunmen    gunman    NOUN NNS nsubj    1
attacked  attack    VERB VBD ROOT     1
the       the       DET  DT  det      3
village   village   NOUN NN  dobj     1
before    before    ADP  IN  prep     1
being     be        AUX  VBG auxpass  6
repelled  repel     VERB VBN pcomp    4
by        by        ADP  IN  agent    6
security  security  NOUN NN  compound 9
forces    force     NOUN NNS pobj     7
"""


def test_repelled_by_attackers_repelled_by_someone_attacked_them():
    assert deciding(REPELLED_BY_SECURITY_FORCES, 9, 1) == ("repelled by", "target")
    assert role(REPELLED_BY_SECURITY_FORCES, 9, 1) == "target"
    assert deciding(REPELLED_BY_SECURITY_FORCES, 0, 1) == ("subject", "initiator")


def _attacked_and_arrested(auxiliary: bool) -> str:
    rows = [
        "Gunmen    gunman  NOUN  NNS nsubj    1",
        "attacked  attack  VERB  VBD ROOT     1",
        "a         a       DET   DT  det      3",
        "village   village NOUN  NN  dobj     1",
        "and       and     CCONJ CC  cc       1",
    ]
    if auxiliary:
        rows += ["were were AUX VBD auxpass 6", "arrested arrest VERB VBN conj 1"]
    else:
        rows += ["arrested arrest VERB VBD conj 1", "men man NOUN NNS dobj 6"]
    return "\n".join(rows)


def test_passive_conjunct_the_subject_underwent_the_act_told_in_the_passive():
    assert deciding(_attacked_and_arrested(True), 0, 6) == ("passive conjunct", "target")
    assert role(_attacked_and_arrested(True), 0, 6) == "target"
    # the twin: an active conjunct shares its subject as the doer
    assert deciding(_attacked_and_arrested(False), 0, 5) == ("subject", "initiator")


def _a_landmine(verb: str, lemma: str, prep: str = "") -> str:
    rows = ["Villagers villager NOUN NNS nsubj 1", f"{verb} {lemma} VERB VBD ROOT 1"]
    if prep:
        rows += [f"{prep} {prep} ADP IN prep 1", "a a DET DT det 4", "landmine landmine NOUN NN pobj 2"]
    else:
        rows += ["a a DET DT det 3", "landmine landmine NOUN NN dobj 1"]
    return "\n".join(rows)


def test_set_off_those_who_set_off_a_mine_are_its_victims():
    assert deciding(_a_landmine("stepped", "step", "on"), 0, 4) == ("set off", "target")
    assert deciding(_a_landmine("planted", "plant"), 0, 3) == ("subject", "initiator")


REGIME_AIR_STRIKE_ON_POSITIONS = """
A          a          DET   DT  det      3
regime     regime     NOUN  NN  compound 3
air        air        NOUN  NN  compound 3
strike     strike     NOUN  NN  nsubj    4
hit        hit        VERB  VBD ROOT     4
rebel      rebel      NOUN  NN  compound 6
positions  position   NOUN  NNS dobj     4
"""


def test_modifier_of_the_trigger_noun_is_its_initiator():
    assert deciding(REGIME_AIR_STRIKE_ON_POSITIONS, 1, 3) == ("modifier", "initiator")
    # a modifier of another noun stands for that noun: "rebel positions" were hit
    assert deciding(REGIME_AIR_STRIKE_ON_POSITIONS, 5, 3) == ("object", "target")


SHELLED_BY_THE_ARMY = """
The     the    DET  DT  det       1
town    town   NOUN NN  nsubjpass 3
was     be     AUX  VBD auxpass   3
shelled shell  VERB VBN ROOT      3
by      by     ADP  IN  agent     3
the     the    DET  DT  det       6
army    army   NOUN NN  pobj      4
"""


STRIKES_CARRIED_OUT_BY = """
the       the      DET   DT  det    1
strikes   strike   NOUN  NNS ROOT   1
carried   carry    VERB  VBN acl    1
out       out      ADP   RP  prt    2
by        by       ADP   IN  agent  2
jets      jet      NOUN  NNS pobj   4
"""


def test_by_agent_of_the_act_is_its_initiator():
    assert deciding(SHELLED_BY_THE_ARMY, 6, 3) == ("by agent", "initiator")
    assert deciding(SHELLED_BY_THE_ARMY, 1, 3) == ("object", "target")
    assert deciding(STRIKES_CARRIED_OUT_BY, 5, 1) == ("by agent", "initiator")
    # a clause that only tells of the act ("the strikes, cited by the Taliban") names no doer
    cited = STRIKES_CARRIED_OUT_BY.replace("carried   carry ", "cited     cite  ")
    assert deciding(cited, 5, 1) != ("by agent", "initiator")
    claimed = STRIKES_CARRIED_OUT_BY.replace("carried   carry ", "claimed   claim ")
    assert deciding(claimed, 5, 1) == ("by agent", "initiator")  # "a bombing, claimed by IS": IS's


SHOT_DOWN_A_DRONE_OPERATED_BY = """
Forces    force    NOUN  NNS nsubj 1
shot      shoot    VERB  VBD ROOT  1
down      down     ADP   RP  prt   1
a         a        DET   DT  det   4
drone     drone    NOUN  NN  dobj  1
operated  operate  VERB  VBN acl   4
by        by       ADP   IN  agent 5
GNA       GNA      PROPN NNP pobj  6
"""


def test_operator_of_the_thing_hit_loses_it():
    assert deciding(SHOT_DOWN_A_DRONE_OPERATED_BY, 7, 1) == ("operator", "target")
    assert role(SHOT_DOWN_A_DRONE_OPERATED_BY, 7, 1) == "target"
    assert deciding(SHOT_DOWN_A_DRONE_OPERATED_BY, 0, 1) == ("subject", "initiator")


def _attack_verbing_a_factory(verb: str, lemma: str) -> str:
    return f"""
The      the      DET  DT  det   1
attack   attack   NOUN NN  nsubj 5
{verb}   {lemma}  VERB VBG acl   1
a        a        DET  DT  det   4
factory  factory  NOUN NN  dobj  2
ended    end      VERB VBD ROOT  5
"""


def test_targeting_the_object_of_a_targeting_clause_is_hit():
    assert deciding(_attack_verbing_a_factory("targeting", "target"), 4, 1) == ("targeting", "target")
    assert deciding(_attack_verbing_a_factory("damaging", "damage"), 4, 1) is None
    # under the verb that carries the attack out
    assert deciding(_launched_airstrikes("targeting", "target"), 5, 2) == ("targeting", "target")
    assert deciding(_launched_airstrikes("injuring", "injure"), 5, 2) is None


def _launched_airstrikes(verb: str, lemma: str) -> str:
    return f"""
Troops      troop      NOUN NNS nsubj 1
launched    launch     VERB VBD ROOT  1
airstrikes  airstrike  NOUN NNS dobj  1
,           ,          PUNCT ,  punct 1
{verb}      {lemma}    VERB VBG advcl 1
militants   militant   NOUN NNS dobj  4
"""


def _surrendered(prep: str) -> str:
    return f"""
Fighters     fighter    NOUN NNS nsubj 1
surrendered  surrender  VERB VBD ROOT  1
their        their      PRON PRP$ poss 3
weapons      weapon     NOUN NNS dobj  1
{prep}       {prep}     ADP  IN  prep  1
troops       troop      NOUN NNS pobj  4
"""


def test_surrendered_to_those_surrendered_to_are_the_other_side():
    assert deciding(_surrendered("to"), 5, 1) == ("surrendered to", "target")
    assert deciding(_surrendered("with"), 5, 1) != ("surrendered to", "target")


SHOT_AND_KILLED = """
Gunmen         gunman         NOUN NNS nsubj    1
shot           shoot          VERB VBD ROOT     1
and            and            CCONJ CC cc       1
killed         kill           VERB VBD conj     1
a              a              DET  DT  det      6
ward           ward           NOUN NN  compound 6
administrator  administrator  NOUN NN  dobj     3
"""


def test_object_of_the_act_or_of_a_verb_joined_to_it_is_its_target():
    assert deciding(SHOT_AND_KILLED, 6, 1) == ("object", "target")
    assert deciding(SHOT_AND_KILLED, 0, 1) == ("subject", "initiator")


def _fired(prep: str) -> str:
    return f"""
Troops      troop      NOUN NNS nsubj 1
fired       fire       VERB VBD ROOT  1
{prep}      {prep}     ADP  IN  prep  1
the         the        DET  DT  det   4
protesters  protester  NOUN NNS pobj  2
"""


def test_aimed_at_the_object_of_a_preposition_of_aim():
    assert deciding(_fired("on"), 4, 1) == ("aimed at", "target")
    assert deciding(_fired("at"), 4, 1) == ("aimed at", "target")
    assert deciding(_fired("near"), 4, 1) is None  # near the protesters: not at them


ON_ONE_SIDE_AND_ON_THE_OTHER = """
Clashes     clash       NOUN  NNS nsubj    1
erupted     erupt       VERB  VBD ROOT     1
between     between     ADP   IN  prep     1
Houthis     Houthis     PROPN NNPS pobj    2
on          on          ADP   IN  prep     3
one         one         NUM   CD  nummod   6
side        side        NOUN  NN  pobj     4
and         and         CCONJ CC  cc       3
government  government  NOUN  NN  compound 9
forces      force       NOUN  NNS conj     3
on          on          ADP   IN  prep     9
the         the         DET   DT  det      12
other       other       ADJ   JJ  pobj     10
"""


# the small English model's reading: "on one side and government forces" one phrase under the first "on"
ON_ONE_SIDE_AND_ON_THE_OTHER_AS_PARSED = """
Clashes     clash       NOUN  NNS  nsubj    1
erupted     erupt       VERB  VBD  ROOT     1
between     between     ADP   IN   prep     1
Houthis     Houthis     PROPN NNPS pobj     2
on          on          ADP   IN   prep     1
one         one         NUM   CD   nummod   6
side        side        NOUN  NN   nmod     9
and         and         CCONJ CC   cc       6
government  government  NOUN  NN   compound 9
forces      force       NOUN  NNS  pobj     4
on          on          ADP   IN   prep     9
the         the         DET   DT   det      12
other       other       ADJ   JJ   pobj     10
"""


@pytest.mark.parametrize(
    "table,deciding_rule",
    [(ON_ONE_SIDE_AND_ON_THE_OTHER, "other side"), (ON_ONE_SIDE_AND_ON_THE_OTHER_AS_PARSED, "aimed at")],
    ids=["conj", "as parsed"],
)
def test_other_side_and_between_name_the_sides_of_a_clash(table, deciding_rule):
    # as parsed, the forces hang from "on" under the clash: "aimed at" (tried before "other side") already
    # makes them the target
    assert deciding(table, 9, 0) == (deciding_rule, "target")
    assert deciding(table, 3, 0) == ("between", "initiator")
    assert role(table, 9, 0) == "target"
    assert role(table, 3, 0) == "initiator"


CLASHES_BETWEEN_REBELS_AND_TROOPS = """
Clashes  clash    NOUN  NNS nsubj 1
broke    break    VERB  VBD ROOT  1
out      out      ADP   RP  prt   1
between  between  ADP   IN  prep  1
rebels   rebel    NOUN  NNS pobj  3
and      and      CCONJ CC  cc    4
troops   troop    NOUN  NNS conj  4
"""


def test_between_the_first_side_initiates_and_its_conjunct_is_the_other_side():
    assert deciding(CLASHES_BETWEEN_REBELS_AND_TROOPS, 4, 0) == ("between", "initiator")
    # the conjunct shares the first side's role, which actor_role turns round for a clash
    assert deciding(CLASHES_BETWEEN_REBELS_AND_TROOPS, 6, 0) == ("conjunct", "initiator")
    assert role(CLASHES_BETWEEN_REBELS_AND_TROOPS, 6, 0) == "target"


def _students_were(verb: str, lemma: str) -> str:
    """ "Students were <verb> in clashes": the clash (token 4) in the "in" phrase of the verb."""
    return f"""
Students  student  NOUN NNS nsubjpass 2
were      be       AUX  VBD auxpass   2
{verb}    {lemma}  VERB VBN ROOT      2
in        in       ADP  IN  prep      2
clashes   clash    NOUN NNS pobj      3
"""


def test_took_part_the_subject_of_involved_in_a_clash_is_a_side():
    involved = _students_were("involved", "involve")
    assert deciding(involved, 0, 4) == ("took part", "initiator")
    assert role(involved, 0, 4) == "initiator"
    # arrested in clashes: not a verb of taking part, left to the other rules
    assert deciding(_students_were("arrested", "arrest"), 0, 4) != ("took part", "initiator")


RIOTERS_CLASHED_WITH_FORCES = """
Rioters   rioter    NOUN NNS nsubj 1
clashed   clash     VERB VBD ROOT  1
with      with      ADP  IN  prep  1
military  military  ADJ  JJ  amod  4
forces    force     NOUN NNS pobj  2
"""

KILLED_AFTER_EXCHANGING_FIRE_WITH = """
A           a           DET  DT  det       1
trafficker  trafficker  NOUN NN  nsubjpass 3
was         be          AUX  VBD auxpass   3
killed      kill        VERB VBN ROOT      3
after       after       ADP  IN  prep      3
exchanging  exchange    VERB VBG pcomp     4
fire        fire        NOUN NN  dobj      5
with        with        ADP  IN  prep      5
police      police      NOUN NNS pobj      7
"""


SET_UP_A_CHECKPOINT = """
Rebels      rebel       NOUN NNS nsubj 1
set         set         VERB VBD ROOT  1
up          up          ADP  RP  prt   1
a           a           DET  DT  det   4
checkpoint  checkpoint  NOUN NN  dobj  1
"""


def test_the_act_s_own_word_is_no_side_of_it():
    assert deciding(SET_UP_A_CHECKPOINT, 4, 4) == ("the act's own word", UNRELATED)
    # the twin: the checkpoint attacked (the verb the trigger) is its target
    assert deciding(SET_UP_A_CHECKPOINT.replace("set         set ", "attacked    attack"), 4, 1) == (
        "object",
        "target",
    )


POLICE_FILED_CHARGES_AGAINST = """
Police      police      NOUN NNS nsubj 1
filed       file        VERB VBD ROOT  1
charges     charge      NOUN NNS dobj  1
of          of          ADP  IN  prep  2
rape        rape        NOUN NN  pobj  3
against     against     ADP  IN  prep  2
the         the         DET  DT  det   7
colonel     colonel     NOUN NN  pobj  5
"""


def test_charged_the_accused_did_it_and_the_prosecutor_is_no_side():
    assert deciding(POLICE_FILED_CHARGES_AGAINST, 7, 4) == ("charged", "initiator")
    assert deciding(POLICE_FILED_CHARGES_AGAINST, 0, 4) == ("charged", UNRELATED)
    # the twin: "police filed reports of rape against the colonel" is no legal action: an aim, a subject
    reports = POLICE_FILED_CHARGES_AGAINST.replace("charges     charge ", "reports     report ")
    assert deciding(reports, 7, 4) == ("aimed at", "target")
    assert deciding(reports, 0, 4) == ("subject", "initiator")


POLICE_FOUGHT_WITH_ATTACKERS = """
Police     police    NOUN NNS nsubj 1
responded  respond   VERB VBD ROOT  1
and        and       CCONJ CC cc    1
fought     fight     VERB VBD conj  1
with       with      ADP  IN  prep  3
attackers  attacker  NOUN NNS pobj  4
"""


def test_fought_the_attackers_the_attackers_did_it():
    assert deciding(POLICE_FOUGHT_WITH_ATTACKERS, 5, 3) == ("fought the attackers", "initiator")
    assert deciding(POLICE_FOUGHT_WITH_ATTACKERS, 0, 3) == ("fought the attackers", "target")
    # the twin: a clash with anyone else keeps the subject its initiator
    fighters = POLICE_FOUGHT_WITH_ATTACKERS.replace("attackers  attacker ", "fighters   fighter  ")
    assert deciding(fighters, 0, 3) == ("subject", "initiator")
    assert deciding(fighters, 5, 3) == ("clashed with", "target")


def test_clashed_with_the_with_side_is_the_target_unless_the_other_side_fell():
    assert deciding(RIOTERS_CLASHED_WITH_FORCES, 4, 1) == ("clashed with", "target")
    assert deciding(RIOTERS_CLASHED_WITH_FORCES, 0, 1) == ("subject", "initiator")
    assert deciding(KILLED_AFTER_EXCHANGING_FIRE_WITH, 8, 5) == ("clashed with", "initiator")


SIGNED_AN_AGREEMENT_WITH = """
The         the         DET   DT  det   1
government  government  NOUN  NN  nsubj 2
signed      sign        VERB  VBD ROOT  2
an          an          DET   DT  det   4
agreement   agreement   NOUN  NN  dobj  2
with        with        ADP   IN  prep  2
the         the         DET   DT  det   7
FRPI        FRPI        PROPN NNP pobj  5
"""

MET_WITH_AND_AGREED = """
The       the       DET   DT  det   1
ministry  ministry  NOUN  NN  nsubj 2
met       meet      VERB  VBD ROOT  2
with      with      ADP   IN  prep  2
Peshmerga Peshmerga PROPN NNP compound 5
forces    force     NOUN  NNS pobj  3
and       and       CCONJ CC  cc    2
agreed    agree     VERB  VBD conj  2
"""

AGREED_TO_A_CEASEFIRE_WITH = """
Rebels     rebel      NOUN  NNS nsubj 1
agreed     agree      VERB  VBD ROOT  1
to         to         ADP   IN  prep  1
a          a          DET   DT  det   4
ceasefire  ceasefire  NOUN  NN  pobj  2
with       with       ADP   IN  prep  4
the        the        DET   DT  det   7
army       army       NOUN  NN  pobj  5
"""

UNION_AND_PARTY_REACHED_AN_AGREEMENT = """
The        the        DET   DT  det   1
Union      Union      PROPN NNP nsubj 5
and        and        CCONJ CC  cc    1
the        the        DET   DT  det   4
Party      Party      PROPN NNP conj  1
reached    reach      VERB  VBD ROOT  5
an         an         DET   DT  det   7
agreement  agreement  NOUN  NN  dobj  5
"""


def test_agreed_with_the_with_party_of_an_agreement_is_its_target():
    assert deciding(SIGNED_AN_AGREEMENT_WITH, 7, 4, "rebel_group") == ("agreed with", "target")
    assert deciding(SIGNED_AN_AGREEMENT_WITH, 1, 4, "government") == ("subject", "initiator")
    assert deciding(MET_WITH_AND_AGREED, 5, 7, "state_forces") == ("agreed with", "target")
    assert deciding(AGREED_TO_A_CEASEFIRE_WITH, 7, 1, "state_forces") == ("agreed with", "target")
    # an act that is no agreement has no party: "signed an attack with the FRPI" is no agreement word
    no_deal = SIGNED_AN_AGREEMENT_WITH.replace("agreement   agreement", "attack      attack   ")
    assert deciding(no_deal, 7, 4, "rebel_group") != ("agreed with", "target")
    # people who only watch or help are no party ("with UN observers as witnesses")
    assert deciding(SIGNED_AN_AGREEMENT_WITH, 7, 4, "civilians") != ("agreed with", "target")
    observers = SIGNED_AN_AGREEMENT_WITH.replace(
        "FRPI        FRPI        PROPN", "observers   observer    NOUN "
    )
    assert deciding(observers, 7, 4, "international_org") != ("agreed with", "target")


def test_the_second_of_two_joined_parties_to_an_agreement_is_its_target():
    assert role(UNION_AND_PARTY_REACHED_AN_AGREEMENT, 1, 7) == "initiator"
    assert role(UNION_AND_PARTY_REACHED_AN_AGREEMENT, 4, 7) == "target"
    # not for a one-sided act: "X and Y launched an attack" are both its initiators
    attack = UNION_AND_PARTY_REACHED_AN_AGREEMENT.replace("agreement  agreement", "attack     attack   ")
    assert role(attack, 4, 7) == "initiator"


RECAPTURED_THE_TOWN_FROM = """
The         the         DET   DT  det      1
army        army        NOUN  NN  nsubj    2
recaptured  recapture   VERB  VBD ROOT     2
the         the         DET   DT  det      4
town        town        NOUN  NN  dobj     2
of          of          ADP   IN  prep     4
Kalehe      Kalehe      PROPN NNP pobj     5
from        from        ADP   IN  prep     4
M23         M23         PROPN NNP compound 9
rebels      rebel       NOUN  NNS pobj     7
"""

TOOK_THE_BASE_FOLLOWING_A_RETREAT_FROM = """
Soldiers   soldier    NOUN  NNS nsubj    1
seized     seize      VERB  VBD ROOT     1
the        the        DET   DT  det      3
base       base       NOUN  NN  dobj     1
following  follow     VERB  VBG prep     1
the        the        DET   DT  det      6
retreat    retreat    NOUN  NN  pobj     4
from       from       ADP   IN  prep     6
M23        M23        PROPN NNP compound 9
rebels     rebel      NOUN  NNS pobj     7
"""


def test_taken_from_the_side_a_place_is_taken_from_is_the_target():
    assert deciding(RECAPTURED_THE_TOWN_FROM, 9, 2, "rebel_group") == ("taken from", "target")
    # not for people who are no fighters, nor for an act that changes no hands
    assert deciding(RECAPTURED_THE_TOWN_FROM, 9, 2, "civilians") != ("taken from", "target")
    visited = RECAPTURED_THE_TOWN_FROM.replace("recapture   VERB", "visit       VERB")
    assert deciding(visited, 9, 2, "rebel_group") != ("taken from", "target")
    # "from" in an adverbial phrase of the act is not whom the place was taken from
    assert deciding(TOOK_THE_BASE_FOLLOWING_A_RETREAT_FROM, 9, 1, "rebel_group") != ("taken from", "target")
    taken = TOOK_THE_BASE_FOLLOWING_A_RETREAT_FROM.replace("prep     6", "prep     3")  # "the base from M23"
    assert deciding(taken, 9, 1, "rebel_group") == ("taken from", "target")


STUDENTS_SUSPECTED_OF_BURNING = """
Students   student   NOUN  NNS nsubjpass 2
are        be        AUX   VBP auxpass   2
suspected  suspect   VERB  VBN ROOT      2
of         of        ADP   IN  prep      2
burning    burn      VERB  VBG pcomp     3
dorms      dorm      NOUN  NNS dobj      4
"""


def test_accused_of_the_subject_of_a_passive_verb_of_accusing_did_it():
    assert deciding(STUDENTS_SUSPECTED_OF_BURNING, 0, 4, "civilians") == ("accused of", "initiator")
    # twin: a verb of no accusing ("students are tired of burning dorms") says nothing of the doer
    tired = STUDENTS_SUSPECTED_OF_BURNING.replace("suspect   VERB", "tire      VERB")
    assert deciding(tired, 0, 4, "civilians") != ("accused of", "initiator")


A_BATTLE_INVOLVING_REBELS_AGAINST = """
A        a        DET   DT  det      1
battle   battle   NOUN  NN  nsubj    8
involving involve VERB  VBG acl      1
NAS      NAS      PROPN NNP compound 4
rebels   rebel    NOUN  NNS dobj     2
against  against  ADP   IN  prep     4
SSPDF    SSPDF    PROPN NNP compound 7
forces   force    NOUN  NNS pobj     5
broke    break    VERB  VBD ROOT     8
out      out      ADP   RP  prt      8
"""

AN_ATTACK_INVOLVING_REBELS_AGAINST = A_BATTLE_INVOLVING_REBELS_AGAINST.replace(
    "battle   battle ", "attack   attack "
)


def test_involving_and_involving_against_in_a_battle():
    assert deciding(A_BATTLE_INVOLVING_REBELS_AGAINST, 4, 1) == ("involving", "initiator")
    assert deciding(A_BATTLE_INVOLVING_REBELS_AGAINST, 7, 1) == ("involving against", "target")
    # an attack is no fight between sides: neither rule reads it
    assert deciding(AN_ATTACK_INVOLVING_REBELS_AGAINST, 4, 1) is None
    assert deciding(AN_ATTACK_INVOLVING_REBELS_AGAINST, 7, 1) is None


def _came_under_fire_from(from_head: int) -> str:
    return f"""
The      the      DET   DT  det      1
convoy   convoy   NOUN  NN  nsubj    2
came     come     VERB  VBD ROOT     2
under    under    ADP   IN  prep     2
fire     fire     NOUN  NN  pobj     3
from     from     ADP   IN  prep     {from_head}
Boko     Boko     PROPN NNP compound 8
Haram    Haram    PROPN NNP compound 8
fighters fighter  NOUN  NNS pobj     5
"""


@pytest.mark.parametrize("from_head", [4, 2], ids=["from hangs on fire", "from hangs on came"])
def test_came_under_and_from(from_head):
    table = _came_under_fire_from(from_head)
    assert deciding(table, 1, 4) == ("came under", "target")
    assert deciding(table, 8, 4) == ("from", "initiator")


def _lived_through(verb: str, lemma: str) -> str:
    return f"""
The       the       DET  DT  det      1
mayor     mayor     NOUN NN  nsubj    2
{verb}    {lemma}   VERB VBD ROOT     2
a         a         DET  DT  det      5
bomb      bomb      NOUN NN  compound 5
blast     blast     NOUN NN  dobj     2
"""


def test_survived_whoever_lived_through_the_act_was_its_target():
    assert deciding(_lived_through("survived", "survive"), 1, 5) == ("survived", "target")
    assert deciding(_lived_through("escaped", "escape"), 1, 5) == ("survived", "target")
    assert deciding(_lived_through("ordered", "order"), 1, 5) == ("subject", "initiator")


def _exploded_as(marker_label: str, verb: str, lemma: str) -> str:
    return f"""
A         a         DET   DT  det      1
bomb      bomb      NOUN  NN  nsubj    2
exploded  explode   VERB  VBD ROOT     2
as        as        SCONJ IN  {marker_label} 6
a         a         DET   DT  det      5
convoy    convoy    NOUN  NN  nsubj    6
{verb}    {lemma}   VERB  VBD advcl    2
"""


A_CONVOY_IN_AN_AS_PHRASE = """
A         a         DET   DT  det      1
bomb      bomb      NOUN  NN  nsubj    2
exploded  explode   VERB  VBD ROOT     2
as        as        ADP   IN  prep     2
a         a         DET   DT  det      5
convoy    convoy    NOUN  NN  pobj     3
passed    pass      VERB  VBD acl      5
"""


FIGHTING_ERUPTED_AS_MILITANTS_PASSED = """
Fighting   fighting  NOUN  NN  nsubj  1
erupted    erupt     VERB  VBD ROOT   1
as         as        SCONJ IN  mark   5
JNIM       JNIM      PROPN NNP compound 4
militants  militant  NOUN  NNS nsubj  5
passed     pass      VERB  VBD advcl  1
"""


def test_passing_by_whoever_passed_when_it_went_off_was_hit():
    assert deciding(_exploded_as("mark", "passed", "pass"), 5, 2) == ("passing by", "target")
    assert deciding(_exploded_as("advmod", "drove", "drive"), 5, 2) == ("passing by", "target")
    assert deciding(A_CONVOY_IN_AN_AS_PHRASE, 5, 2) == ("passing by", "target")
    assert deciding(_exploded_as("mark", "fled", "flee"), 5, 2) is None  # fleeing is no passing by
    assert deciding(FIGHTING_ERUPTED_AS_MILITANTS_PASSED, 4, 0) != ("passing by", "target")  # a side
    # the passing is the act: its subject did it
    assert deciding(_exploded_as("mark", "passed", "pass"), 5, 6) == ("subject", "initiator")


def _the_shooting(verb: str, lemma: str) -> str:
    return f"""
The       the        DET  DT  det      2
gang      gang       NOUN NN  compound 2
unit      unit       NOUN NN  nsubj    4
is        be         AUX  VBZ aux      4
{verb}    {lemma}    VERB VBG ROOT     4
the       the        DET  DT  det      6
shooting  shooting   NOUN NN  dobj     4
"""


def _revealed_they(verb: str, lemma: str) -> str:
    return f"""
Police    police    NOUN NNS nsubj    1
revealed  reveal    VERB VBD ROOT     1
they      they      PRON PRP nsubj    4
are       be        AUX  VBP aux      4
{verb}    {lemma}   VERB VBG ccomp    1
a         a         DET  DT  det      6
shooting  shooting  NOUN NN  dobj     4
"""


def test_observer_who_tells_of_looking_into_the_act_did_not_do_it():
    assert deciding(_revealed_they("investigating", "investigate"), 0, 6) == ("observer", UNRELATED)
    assert deciding(_revealed_they("carrying", "carry"), 0, 6) == ("subject", "initiator")


def test_observer_who_investigates_the_act_did_not_do_it():
    assert deciding(_the_shooting("investigating", "investigate"), 2, 6) == ("observer", UNRELATED)
    assert role(_the_shooting("investigating", "investigate"), 2, 6) is None
    assert deciding(_the_shooting("carrying", "carry"), 2, 6) == ("subject", "initiator")


AUTHORITIES_REPORTED_THAT_GUNMEN_ATTACKED = """
Local        local        ADJ  JJ  amod  1
authorities  authority    NOUN NNS nsubj 2
reported     report       VERB VBD ROOT  2
that         that         SCONJ IN mark  5
gunmen       gunman       NOUN NNS nsubj 5
attacked     attack       VERB VBD ccomp 2
a            a            DET  DT  det   7
village      village      NOUN NN  dobj  5
"""

ARMY_SAID_IT_KILLED = """
The       the       DET  DT  det   1
army      army      NOUN NN  nsubj 2
said      say       VERB VBD ROOT  2
it        it        PRON PRP nsubj 4
killed    kill      VERB VBD ccomp 2
militants militant  NOUN NNS dobj  4
"""

THE_GUARD_WAS_ON_HIS_WAY = """
The       the       DET  DT   det       1
guard     guard     NOUN NN   nsubj     2
was       be        AUX  VBD  ROOT      2
on        on        ADP  IN   prep      2
his       his       PRON PRP$ poss      5
way       way       NOUN NN   pobj      3
when      when      SCONJ WRB advmod    9
he        he        PRON PRP  nsubjpass 9
was       be        AUX  VBD  auxpass   9
attacked  attack    VERB VBN  advcl     2
"""


def test_subject_of_the_act_or_of_a_verb_governing_it():
    table = AUTHORITIES_REPORTED_THAT_GUNMEN_ATTACKED
    assert deciding(table, 4, 5) == ("subject", "initiator")
    # a government or its forces reporting it are its source: "police reported that gunmen attacked"
    assert deciding(table, 1, 5, kind="state_forces") is None
    assert deciding(table, 1, 5, kind="government") is None  # officials reporting it
    assert deciding(table, 1, 5, kind="rebel_group") == ("subject", "initiator")  # claims are theirs
    # "the army said it killed 20 militants": a pronoun subject under the report tells its own act
    assert deciding(ARMY_SAID_IT_KILLED, 1, 4, kind="state_forces") == ("subject", "initiator")
    # "he was attacked": the guard was the one hit
    assert deciding(THE_GUARD_WAS_ON_HIS_WAY, 1, 9) is None
    # "the Taliban said it was revenge for air strikes": they answer the strikes, not carry them out
    assert deciding(SAID_IT_WAS_REVENGE_FOR_STRIKES, 0, 7, kind="rebel_group") == ("subject", UNRELATED)
    fault = SAID_IT_WAS_REVENGE_FOR_STRIKES.replace("revenge  revenge", "part     part   ")
    assert deciding(fault, 0, 7, kind="rebel_group") == ("subject", "initiator")  # "said it was part of"


SAID_IT_WAS_REVENGE_FOR_STRIKES = """
Taliban  Taliban  PROPN NNP nsubj 1
said     say      VERB  VBD ROOT  1
it       it       PRON  PRP nsubj 3
was      be       AUX   VBD ccomp 1
revenge  revenge  NOUN  NN  attr  3
for      for      ADP   IN  prep  4
air      air      NOUN  NN  compound 7
strikes  strike   NOUN  NNS pobj  5
"""


SOLDIERS_AND_POLICE_ATTACKED = """
Soldiers  soldier  NOUN  NNS nsubj 3
and       and      CCONJ CC  cc    0
police    police   NOUN  NNS conj  0
attacked  attack   VERB  VBD ROOT  3
the       the      DET   DT  det   5
village   village  NOUN  NN  dobj  3
"""

REBELS_AND_TROOPS_CLASHED = """
Rebels   rebel   NOUN  NNS nsubj 3
and      and     CCONJ CC  cc    0
troops   troop   NOUN  NNS conj  0
clashed  clash   VERB  VBD ROOT  3
"""


def test_conjunct_shares_its_heads_role_except_as_the_other_side_of_a_clash():
    assert deciding(SOLDIERS_AND_POLICE_ATTACKED, 2, 3) == ("conjunct", "initiator")
    assert role(SOLDIERS_AND_POLICE_ATTACKED, 2, 3) == "initiator"
    assert deciding(REBELS_AND_TROOPS_CLASHED, 2, 3) == ("conjunct", "initiator")
    assert role(REBELS_AND_TROOPS_CLASHED, 2, 3) == "target"  # "X and Y clashed": Y is the other side
    assert role(REBELS_AND_TROOPS_CLASHED, 0, 3) == "initiator"


HOURS_AFTER_THE_STRIKE = """
Hours   hour    NOUN  NNS npadvmod 1
after   after   ADP   IN  prep     6
the     the     DET   DT  det      3
strike  strike  NOUN  NN  pobj     1
,       ,       PUNCT ,   punct    6
Turkey  Turkey  PROPN NNP nsubj    6
warned  warn    VERB  VBD ROOT     6
"""


def test_actor_role_reads_only_the_reference_itself_for_an_anaphor():
    assert role(HOURS_AFTER_THE_STRIKE, 5, 3, kind="government", anaphor=True) is None
    # read as an act of its own, the strike would be Turkey's
    assert role(HOURS_AFTER_THE_STRIKE, 5, 3, kind="government") == "initiator"


def test_actor_role_in_diplomacy_governments_and_organisations_take_part():
    doc = hand_parse(HOURS_AFTER_THE_STRIKE)
    turkey, strike = doc[5], doc[3]
    assert actor_role(turkey, strike, True, "government") == "participant"
    assert actor_role(turkey, strike, True, "international_org") == "participant"
    assert actor_role(turkey, strike, True, "state_forces") is None


def test_every_role_rule_is_tested_here():
    tested = {
        "attributed", "reported to have", "died", "repelled it", "repelled by", "set off", "modifier",
        "by agent", "operator", "targeting", "object", "aimed at", "other side", "clashed with", "involving",
        "involving against", "between", "came under", "from", "observer", "subject", "conjunct", "took part",
        "forces moved", "apposition", "surrendered to", "survived", "passing by", "agreed with",
        "taken from", "accused of", "fought the attackers", "charged", "the act's own word",
        "passive conjunct",
    }
    assert set(role_rules) == tested, "a role rule was added or renamed: test it here"


def _sent(obj: str, lemma: str) -> str:
    return f"""
The         the         DET  DT  det   1
government  government  NOUN NN  nsubj 2
sent        send        VERB VBD ROOT  2
500         500         NUM  CD  nummod 4
{obj}       {lemma}     NOUN NNS dobj  2
"""


def test_forces_moved_are_the_movement_s_initiator():
    assert deciding(_sent("soldiers", "soldier"), 4, 2, "state_forces") == ("forces moved", "initiator")
    # unarmed people sent somewhere are the object of the act, as before
    assert deciding(_sent("doctors", "doctor"), 4, 2, "civilians") == ("object", "target")


THE_ADF_A_GROUP_ATTACKED_THE_CHIEF_A_FARMER = """
The       the       DET   DT  det    1
ADF       ADF       PROPN NNP nsubj  5
,         ,         PUNCT ,   punct  1
a         a         DET   DT  det    4
group     group     NOUN  NN  appos  1
attacked  attack    VERB  VBD ROOT   5
the       the       DET   DT  det    7
chief     chief     NOUN  NN  dobj   5
,         ,         PUNCT ,   punct  7
a         a         DET   DT  det    10
farmer    farmer    NOUN  NN  appos  7
"""


def test_an_apposition_names_the_doer_but_only_describes_the_victim():
    table = THE_ADF_A_GROUP_ATTACKED_THE_CHIEF_A_FARMER
    assert deciding(table, 4, 5, "rebel_group") == ("apposition", "initiator")
    assert deciding(table, 10, 5, "civilians") == ("apposition", "unrelated")
    assert deciding(table, 7, 5, "civilians") == ("object", "target")  # the victim's own words

"""How a stated total is read (``eventx.casualties``), on hand-built parses: the number of a toll or of
"the number of dead", whether it updates the incident, and whether a "since" phrase makes it a total
over a war or a period."""

from __future__ import annotations

from eventx.casualties.counted import counted_noun, total_holder
from eventx.casualties.qualifiers import is_cumulative, is_update, since_a_period
from tests.helpers import hand_parse

BRINGING = """
bringing bring VERB VBG ROOT 0
the the DET DT det 2
number number NOUN NN dobj 0
of of ADP IN prep 2
dead dead NOUN NN pobj 3
to to ADP IN prep 0
12 12 NUM CD pobj 5
"""

KNOWN = """
an an DET DT det 2
unknown unknown ADJ JJ amod 2
number number NOUN NN nsubjpass 5
of of ADP IN prep 2
dead dead NOUN NN pobj 3
found find VERB VBN ROOT 5
"""


def test_the_number_of_dead_is_read_from_its_verb():
    doc = hand_parse(BRINGING)
    assert total_holder(doc[4]).text == "number"
    assert counted_noun(doc[4]).text == "12"
    assert is_update(doc[4])
    # the twin: "an unknown number of dead" states no total and updates nothing
    doc = hand_parse(KNOWN)
    assert total_holder(doc[4]).text == "number"
    assert counted_noun(doc[4]).text == "dead"
    assert not is_update(doc[4])


WAR = """
the the DET DT det 2
death death NOUN NN compound 2
toll toll NOUN NN nsubj 7
since since SCONJ IN mark 6
the the DET DT det 5
war war NOUN NN nsubj 6
began begin VERB VBD advcl 2
reached reach VERB VBD ROOT 7
380 380 NUM CD dobj 7
"""

ATTACK = """
the the DET DT det 2
death death NOUN NN compound 2
toll toll NOUN NN nsubj 6
since since ADP IN prep 2
the the DET DT det 5
attack attack NOUN NN pobj 3
reached reach VERB VBD ROOT 6
12 12 NUM CD dobj 6
"""


def test_a_toll_since_the_war_began_is_cumulative():
    doc = hand_parse(WAR)
    assert since_a_period(doc[2]) and is_cumulative(doc[2])
    # the twin: "the death toll since the attack" is the incident's own running total
    doc = hand_parse(ATTACK)
    assert not since_a_period(doc[2]) and not is_cumulative(doc[2])
    assert is_update(doc[2])


NOW = """
six six NUM CD nummod 1
people people NOUN NNS nsubj 4
have have AUX VBP aux 4
now now ADV RB advmod 4
died die VERB VBN ROOT 4
"""

THEN = """
six six NUM CD nummod 1
people people NOUN NNS nsubj 2
died die VERB VBD ROOT 2
"""


def test_now_makes_a_count_the_newer_total():
    assert is_update(hand_parse(NOW)[4])
    assert not is_update(hand_parse(THEN)[2])

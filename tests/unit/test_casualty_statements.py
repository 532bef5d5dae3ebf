"""Casualty statements on hand-built parses (no statistical model): which subjects of a casualty verb
are counted (``eventx.casualties.mentions``)."""

from __future__ import annotations

from eventx.casualties.mentions import casualty_mentions
from tests.helpers import hand_parse

# a headline run into the text: the parser hangs both subjects on "hurt"
RUN_ON = """
One       one       NUM  CD  nummod    1
person    person    NOUN NN  nsubjpass 9
treated   treat     VERB VBN acl       1
after     after     ADP  IN  prep      2
shooting  shooting  NOUN NN  pobj      3
Five      five      NUM  CD  nummod    6
people    people    NOUN NNS nsubjpass 9
have      have      AUX  VBP aux       9
been      be        AUX  VBN auxpass   9
hurt      hurt      VERB VBN ROOT      9
"""

JOINED = """
Four      four      NUM  CD  nummod    1
people    people    NOUN NNS nsubjpass 7
as        as        ADV  RB  advmod    3
well      well      ADV  RB  advmod    4
as        as        CCONJ CC cc        1
two       two       NUM  CD  nummod    6
policemen policeman NOUN NNS nsubjpass 7
killed    kill      VERB VBN ROOT      7
"""


def _counts(table: str) -> list[tuple[int | None, str]]:
    doc = hand_parse(table)
    return sorted((c.best, c.status) for c in casualty_mentions(doc, doc[:], doc.text))


def test_two_subjects_of_one_verb_count_apart_only_when_joined() -> None:
    assert _counts(RUN_ON) == [(5, "injured")]  # the subject nearest the verb; not 1 + 5
    assert _counts(JOINED) == [(2, "killed"), (4, "killed")]  # "as well as" joins them: 6 in all

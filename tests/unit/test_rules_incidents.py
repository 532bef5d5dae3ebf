"""The merge rules (``eventx.events.incidents``) on hand-built stories: no statistical model involved.

A story is a Doc of a few hand-parsed sentences; the incidents told so far and the new mention are built
by hand (``Incident``, ``Mention``) with the type the typing stage would give it. Each test asks which
merge rule decides first for the new mention (``deciding``, as ``_merge_target`` tries them) and holds a
mention the rule joins to an incident and one it does not.
"""

from __future__ import annotations

from eventx.events.incidents import NEW_INCIDENT, MergeContext, _merge_target, merge_rules
from eventx.events.mentions import Incident, Mention
from eventx.events.protest_types import acts_on_the_crowd
from eventx.models import Actor
from eventx.records import PlaceMention
from tests.helpers import casualty_at, hand_parse

ATTACK = {"type": "BY_ACTORS", "sub": "Attack", "support": "violence"}
ARSON = {"type": "Strategic developments", "sub": "Looting/property destruction", "support": "arson"}
INTERCEPT = {"type": "Strategic developments", "sub": "Disrupted weapons use", "support": "seizure"}
MARCH = {"type": "Protests", "sub": "Peaceful protest", "support": "people"}
TALKS = {"type": "Diplomacy", "sub": "Talks", "support": "foreign"}
IED = {"type": "Explosions/Remote violence", "sub": "Remote explosive/landmine/IED", "support": "none"}

VAC = ("Violence against civilians", "Attack")


def story(*sentences: str):
    """A Doc of hand-parsed sentences, each a ``hand_parse`` table whose heads count from its own first
    token."""
    rows, offset = [], 0
    for table in sentences:
        lines = [line.split() for line in table.strip().splitlines() if line.strip()]
        rows += [" ".join([*r[:5], str(int(r[5]) + offset)]) for r in lines]
        offset += len(lines)
    doc = hand_parse("\n".join(rows))
    assert len(list(doc.sents)) == len(sentences)
    return doc


def mention(doc, k: int, start: int, end: int, entry: dict | None, **more) -> Mention:
    """The mention of the tokens ``start:end`` (counted inside sentence ``k``) of the story."""
    sent = list(doc.sents)[k]
    return Mention(sent, sent.start + start, sent.start + end, entry, **more)


def incident(m: Mention, kind: tuple[str, str | None] = VAC, actors=()) -> Incident:
    return Incident([m], kind[0], kind[1], list(actors))


def deciding(incidents, m, kind, actors=(), places=()):
    """``(rule name, verdict)`` of the first merge rule that decides (the verdict: an incident or
    ``NEW_INCIDENT``), or None; checked against ``_merge_target``."""
    ctx = MergeContext(list(incidents), m, kind[0], kind[1], list(actors), list(places))
    for name, rule in merge_rules.items():
        found = rule(ctx)
        if found is not None:
            joined = _merge_target(list(incidents), m, kind[0], kind[1], list(actors), list(places))
            assert joined is (None if found is NEW_INCIDENT else found)
            return name, found
    return None


GUNMEN_ATTACKED_A_VILLAGE = """
Gunmen    gunman   NOUN  NNS nsubj 1
attacked  attack   VERB  VBD ROOT  1
a         a        DET   DT  det   3
village   village  NOUN  NN  dobj  1
.         .        PUNCT .   punct 1
"""

NO_ONE_WAS_HURT = """
No    no    DET   DT  det       1
one   one   NOUN  NN  nsubjpass 3
was   be    AUX   VBD auxpass   3
hurt  hurt  VERB  VBN ROOT      3
.     .     PUNCT .   punct     3
"""

PROTESTERS_MARCHED = """
Protesters  protester  NOUN  NNS nsubj 1
marched     march      VERB  VBD ROOT  1
.           .          PUNCT .   punct 1
"""

IT_RAINED = """
It      it     PRON  PRP nsubj 1
rained  rain   VERB  VBD ROOT  1
.       .      PUNCT .   punct 1
"""


def test_no_one_hurt_belongs_to_the_violent_incident_just_told_or_to_nothing():
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, NO_ONE_WAS_HURT)
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    hurt = casualty_at(doc, 6, "injured", 0, negated=True)
    m = mention(doc, 1, 3, 4, None, casualties=[hurt])
    assert deciding([attack], m, VAC) == ("no one hurt", attack)
    march = incident(mention(doc, 0, 1, 2, MARCH), ("Protests", "Peaceful protest"))
    assert deciding([march], m, VAC) == ("no one hurt", NEW_INCIDENT)
    # three sentences on, it is no longer "just told"
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, IT_RAINED, IT_RAINED, NO_ONE_WAS_HURT)
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    m = mention(doc, 3, 3, 4, None, casualties=[casualty_at(doc, 14, "injured", 0, negated=True)])
    assert deciding([attack], m, VAC) == ("no one hurt", NEW_INCIDENT)


THE_ATTACK_WAS_CONDEMNED = """
The        the       DET   DT  det       1
attack     attack    NOUN  NN  nsubjpass 3
was        be        AUX   VBD auxpass   3
condemned  condemn   VERB  VBN ROOT      3
.          .         PUNCT .   punct     3
"""

YOUTHS_SET_FIRE_TO_A_SCHOOL = """
Youths  youth   NOUN  NNS nsubj 1
set     set     VERB  VBD ROOT  1
fire    fire    NOUN  NN  dobj  1
to      to      ADP   IN  prep  1
a       a       DET   DT  det   5
school  school  NOUN  NN  pobj  3
.       .       PUNCT .   punct 1
"""


def test_reference_back_is_the_latest_violent_incident_or_the_arson_just_told():
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, THE_ATTACK_WAS_CONDEMNED)
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    march = incident(mention(doc, 0, 1, 2, MARCH), ("Protests", "Peaceful protest"))
    the_attack = mention(doc, 1, 1, 2, ATTACK, anaphor=True)
    assert deciding([attack, march], the_attack, VAC) == ("reference back", attack)
    assert deciding([march], the_attack, VAC) == ("reference back", NEW_INCIDENT)
    doc = story(YOUTHS_SET_FIRE_TO_A_SCHOOL, THE_ATTACK_WAS_CONDEMNED)
    arson = incident(mention(doc, 0, 1, 3, ARSON), (ARSON["type"], ARSON["sub"]))
    assert deciding([arson], mention(doc, 1, 1, 2, ATTACK, anaphor=True), VAC) == ("reference back", arson)
    # not a reference back: the same words as an act of their own are told again (or not)
    assert deciding([arson], mention(doc, 1, 1, 2, ATTACK), VAC) is None


POLICE_DISPERSED_THEM = """
Police     police    NOUN  NNS nsubj 1
dispersed  disperse  VERB  VBD ROOT  1
them       they      PRON  PRP dobj  1
.          .         PUNCT .   punct 1
"""


def test_crowd_a_protest_continues_the_crowd_just_told():
    doc = story(PROTESTERS_MARCHED, PROTESTERS_MARCHED)
    march = incident(mention(doc, 0, 1, 2, MARCH), ("Protests", "Peaceful protest"))
    again = mention(doc, 1, 1, 2, MARCH)
    assert deciding([march], again, ("Protests", "Peaceful protest")) == ("crowd", march)
    assert deciding([march], again, ("Riots", "Violent demonstration")) == ("crowd", march)
    # with a place of its own and told far from the last crowd, the crowd rule leaves it (to "told again",
    # which finds no conflicting count, side or country here)
    doc = story(PROTESTERS_MARCHED, IT_RAINED, IT_RAINED, PROTESTERS_MARCHED)
    march = incident(mention(doc, 0, 1, 2, MARCH), ("Protests", "Peaceful protest"))
    lagos = PlaceMention(start=0, end=5, text="Lagos", sent_start=0, name="Lagos", country_code="NGA")
    far = mention(doc, 3, 1, 2, MARCH, places=[lagos])
    assert deciding([march], far, ("Protests", "Peaceful protest")) == ("told again", march)
    assert deciding([march], far, VAC) is None  # no crowd, nothing of the same kind


def _town(name: str, start: int) -> PlaceMention:
    return PlaceMention(
        start=start, end=start + len(name), text=name, sent_start=start, name=name, country_code="USA"
    )


def test_same_town_a_crowd_in_the_town_of_a_crowd_told_before_is_its_event():
    doc = story(PROTESTERS_MARCHED, IT_RAINED, IT_RAINED, PROTESTERS_MARCHED)
    march = incident(
        mention(doc, 0, 1, 2, MARCH, places=[_town("Seattle", 0)]), ("Protests", "Peaceful protest")
    )
    riot = mention(doc, 3, 1, 2, MARCH, places=[_town("Seattle", 30)])
    assert deciding([march], riot, ("Riots", "Violent demonstration")) == ("same town", march)
    # the twin: a crowd in another town is its own event, not the crowd told again
    elsewhere = mention(doc, 3, 1, 2, MARCH, places=[_town("Portland", 30)])
    assert deciding([march], elsewhere, ("Protests", "Peaceful protest")) is None
    assert deciding([march], elsewhere, ("Riots", "Violent demonstration")) is None


POLICE_SHOT_A_MAN_DURING_PROTESTS = """
Police    police   NOUN  NNS nsubj 1
shot      shoot    VERB  VBD ROOT  1
a         a        DET   DT  det   3
man       man      NOUN  NN  dobj  1
during    during   ADP   IN  prep  1
protests  protest  NOUN  NNS pobj  4
.         .        PUNCT .   punct 1
"""

STUDENTS_PROTESTED_AFTER_POLICE_SHOT_A_MAN = """
Students   student  NOUN  NNS nsubj 1
protested  protest  VERB  VBD ROOT  1
after      after    ADP   IN  mark  4
police     police   NOUN  NNS nsubj 4
shot       shoot    VERB  VBD advcl 1
a          a        DET   DT  det   6
man        man      NOUN  NN  dobj  4
.          .        PUNCT .   punct 1
"""

POLICE_ON_A_MAN = [
    Actor(name="Police", role="initiator", kind="state_forces"),
    Actor(name="a man", role="target", kind="civilians"),
]


def test_violence_at_a_protest_is_the_protest_met_with_force():
    doc = story(POLICE_SHOT_A_MAN_DURING_PROTESTS)
    march = ("Protests", "Excessive force against protesters")
    shooting = incident(mention(doc, 0, 1, 2, ATTACK), VAC, POLICE_ON_A_MAN)
    protests = mention(doc, 0, 5, 6, MARCH)
    assert deciding([shooting], protests, march) == ("violence at a protest", shooting)
    protest = incident(mention(doc, 0, 5, 6, MARCH), march)  # told the other way round
    shot = mention(doc, 0, 1, 2, ATTACK)
    assert deciding([protest], shot, VAC, POLICE_ON_A_MAN) == ("violence at a protest", protest)
    # not force on people: police shot at, or the crowd's own violence
    on_police = [Actor(name="Police", role="target", kind="state_forces")]
    assert deciding([protest], shot, VAC, on_police) is None
    # the shooting the protest is about, told in a clause of an earlier time, is an incident of its own
    doc = story(STUDENTS_PROTESTED_AFTER_POLICE_SHOT_A_MAN)
    protest = incident(mention(doc, 0, 1, 2, MARCH), ("Protests", "Peaceful protest"))
    assert deciding([protest], mention(doc, 0, 4, 5, ATTACK), VAC, POLICE_ON_A_MAN) is None


def _fired_to(obj: str, lemma: str) -> str:
    return f"""
Police    police    NOUN  NNS nsubj  1
fired     fire      VERB  VBD ROOT   1
bullets   bullet    NOUN  NNS dobj   1
to        to        PART  TO  aux    4
disperse  disperse  VERB  VB  advcl  1
the       the       DET   DT  det    6
{obj}     {lemma}   NOUN  NNS dobj   4
.         .         PUNCT .   punct  1
"""


def test_force_on_the_crowd_an_act_to_scatter_the_crowd_just_told_is_that_crowd_met_with_force():
    doc = story(PROTESTERS_MARCHED, _fired_to("protesters", "protester"))
    march = incident(mention(doc, 0, 1, 2, MARCH), ("Protests", "Peaceful protest"))
    fired = mention(doc, 1, 1, 2, ATTACK)
    assert deciding([march], fired, VAC, POLICE_ON_A_MAN) == ("force on the crowd", march)
    # fired to scatter someone else: its own incident
    doc = story(PROTESTERS_MARCHED, _fired_to("cattle", "cattle"))
    march = incident(mention(doc, 0, 1, 2, MARCH), ("Protests", "Peaceful protest"))
    assert deciding([march], mention(doc, 1, 1, 2, ATTACK), VAC, POLICE_ON_A_MAN) is None
    # an act named inside the protest's own phrase is what the protest is about, not force on it
    assert acts_on_the_crowd(story(_fired_to("protesters", "protester"))[1])
    assert not acts_on_the_crowd(story(PROTEST_AGAINST_TORTURE)[5])
    # the act as the object of the protest's verb is what the protest is about, not force on it
    assert not acts_on_the_crowd(story(RESIDENTS_PROTESTED_THE_KILLING)[3])
    # people who may be anyone are no crowd: the act on them is not force on the protest
    doc = story(PROTESTERS_MARCHED, _fired_to("villagers", "villager"))
    march = incident(mention(doc, 0, 1, 2, MARCH), ("Protests", "Peaceful protest"))
    assert deciding([march], mention(doc, 1, 1, 2, ATTACK), VAC, POLICE_ON_A_MAN) is None


RESIDENTS_PROTESTED_THE_KILLING = """
Residents  resident  NOUN  NNS nsubj 1
protested  protest   VERB  VBD ROOT  1
the        the       DET   DT  det   3
killing    killing   NOUN  NN  dobj  1
of         of        ADP   IN  prep  3
a          a         DET   DT  det   6
trader     trader    NOUN  NN  pobj  4
.          .         PUNCT .   punct 1
"""


PROTEST_AGAINST_TORTURE = """
Journalists  journalist  NOUN  NNS nsubj 1
held         hold        VERB  VBD ROOT  1
a            a           DET   DT  det   3
protest      protest     NOUN  NN  dobj  1
against      against     ADP   IN  prep  3
torture      torture     NOUN  NN  pobj  4
.            .           PUNCT .   punct 1
"""


POLICE_FOUGHT_AFTER_THE_BOMBING = """
Police    police   NOUN  NNS nsubj 1
fought    fight    VERB  VBD ROOT  1
after     after    ADP   IN  prep  1
the       the      DET   DT  det   4
bombing   bombing  NOUN  NN  pobj  2
.         .        PUNCT .   punct 1
"""

POLICE_FOUGHT_AFTER_DARK = """
Police    police   NOUN  NNS nsubj 1
fought    fight    VERB  VBD ROOT  1
after     after    ADP   IN  prep  1
dark      dark     NOUN  NN  pobj  2
.         .        PUNCT .   punct 1
"""

CLASH = {"type": "Battles", "sub": "Armed clash", "support": "violence"}


def test_after_it_an_act_told_after_an_incident_named_by_reference_is_part_of_it():
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, POLICE_FOUGHT_AFTER_THE_BOMBING)
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    fought = mention(doc, 1, 1, 2, CLASH)
    assert deciding([attack], fought, ("Battles", "Armed clash")) == ("after it", attack)
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, POLICE_FOUGHT_AFTER_DARK)
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    fought = mention(doc, 1, 1, 2, CLASH)
    assert (deciding([attack], fought, ("Battles", "Armed clash")) or ("",))[0] != "after it"


def _fire(verb: str, lemma: str) -> str:
    return f"""
The      the      DET   DT  det   1
officer  officer  NOUN  NN  nsubj 2
{verb}   {lemma}  VERB  VBD ROOT  2
fire     fire     NOUN  NN  dobj  2
.        .        PUNCT .   punct 2
"""


THE_ROCKET_WAS_INTERCEPTED = """
The          the        DET   DT  det       1
rocket       rocket     NOUN  NN  nsubjpass 3
was          be         AUX   VBD auxpass   3
intercepted  intercept  VERB  VBN ROOT      3
.            .          PUNCT .   punct     3
"""

POLICE_INTERCEPTED_A_ROCKET = """
Police       police     NOUN  NNS nsubj 1
intercepted  intercept  VERB  VBD ROOT  1
a            a          DET   DT  det   3
rocket       rocket     NOUN  NN  dobj  1
.            .          PUNCT .   punct 1
"""


def test_response_returned_fire_or_the_weapon_intercepted_is_part_of_the_attack():
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, _fire("returned", "return"))
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    clash = ("Battles", "Armed clash")
    assert deciding([attack], mention(doc, 1, 3, 4, ATTACK), clash) == ("response", attack)
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, _fire("opened", "open"))
    attack = incident(mention(doc, 0, 1, 2, ATTACK))  # not a response (one and the same incident, though)
    assert deciding([attack], mention(doc, 1, 3, 4, ATTACK), clash) == ("one incident", attack)
    weapons = (INTERCEPT["type"], INTERCEPT["sub"])
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, THE_ROCKET_WAS_INTERCEPTED)
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    assert deciding([attack], mention(doc, 1, 3, 4, INTERCEPT), weapons) == ("response", attack)
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, POLICE_INTERCEPTED_A_ROCKET)  # "a rocket": another one
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    assert deciding([attack], mention(doc, 1, 1, 2, INTERCEPT), weapons) is None


def _in(place: str) -> str:
    return f"""
Bandits  bandit   NOUN  NNS nsubj 1
burned   burn     VERB  VBD ROOT  1
a        a        DET   DT  det   3
market   market   NOUN  NN  dobj  1
in       in       ADP   IN  prep  1
{place}  {place}  PROPN NNP pobj  4
.        .        PUNCT .   punct 1
"""


def _place(doc, i: int, admin1: str) -> PlaceMention:
    tok = doc[i]
    return PlaceMention(
        start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, sent_start=tok.sent.start_char,
        name=tok.text, admin1=admin1, country_code="NGA",
    )


def test_destruction_after_an_attack_in_the_same_place_is_part_of_it():
    looting = (ARSON["type"], ARSON["sub"])
    doc = story(_in("Zamfara"), _in("Zamfara"))
    first, second = _place(doc, 5, "Zamfara"), _place(doc, 12, "Zamfara")
    attack = incident(mention(doc, 0, 1, 2, ATTACK, places=[first]))
    burned = mention(doc, 1, 1, 2, ARSON, places=[second])
    assert deciding([attack], burned, looting, places=[first, second]) == ("destruction after", attack)
    # "Separately, bandits set fire to a market in Katsina state": placed elsewhere
    doc = story(_in("Zamfara"), _in("Katsina"))
    first, second = _place(doc, 5, "Zamfara"), _place(doc, 12, "Katsina")
    attack = incident(mention(doc, 0, 1, 2, ATTACK, places=[first]))
    burned = mention(doc, 1, 1, 2, ARSON, places=[second])
    assert deciding([attack], burned, looting, places=[first, second]) is None


FIVE_KILLED_AS_AN_IED_HIT = """
Five      five      NUM   CD  nummod    1
soldiers  soldier   NOUN  NNS nsubjpass 3
were      be        AUX   VBD auxpass   3
killed    kill      VERB  VBN ROOT      3
as        as        SCONJ IN  mark      7
an        an        DET   DT  det       6
IED       ied       NOUN  NN  nsubj     7
hit       hit       VERB  VBD advcl     3
.         .         PUNCT .   punct     3
"""


def test_bare_killing_before_a_violent_trigger_in_its_sentence_is_its_incident():
    doc = story(FIVE_KILLED_AS_AN_IED_HIT)
    bare = incident(mention(doc, 0, 3, 4, None), VAC)
    ied = mention(doc, 0, 6, 7, IED)
    kind = (IED["type"], IED["sub"])
    assert deciding([bare], ied, kind) == ("bare killing before", bare)
    # a killing with a named attacker is not a bare killing (in the lead, it is the article's one incident)
    named = incident(mention(doc, 0, 3, 4, None), VAC, [Actor(name="Al-Shabaab", role="initiator")])
    assert deciding([named], ied, kind) == ("one incident", named)


ONE_SUSPECT_WAS_INJURED = """
One       one       NUM   CD  nummod    1
suspect   suspect   NOUN  NN  nsubjpass 3
was       be        AUX   VBD auxpass   3
injured   injure    VERB  VBN ROOT      3
.         .         PUNCT .   punct     3
"""


def test_follow_up_a_casualty_sentence_just_after_a_violent_incident():
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, ONE_SUSPECT_WAS_INJURED)
    attack = incident(mention(doc, 0, 1, 2, ATTACK))
    injured = mention(doc, 1, 3, 4, None, casualties=[casualty_at(doc, 8, "injured", 1)])
    assert deciding([attack], injured, VAC) == ("follow-up", attack)
    # two killed counts may be two incidents' tolls ... unless the later victims were "also" killed
    killed_five = casualty_at(doc, 1, "killed", 5)
    attack = incident(mention(doc, 0, 1, 2, ATTACK, casualties=[killed_five]))
    killed = mention(doc, 1, 3, 4, None, casualties=[casualty_at(doc, 8, "killed", 1)])
    assert deciding([attack], killed, VAC) is None
    also = mention(doc, 1, 3, 4, None, casualties=[casualty_at(doc, 8, "killed", 1, additional=True)])
    assert deciding([attack], also, VAC) == ("follow-up", attack)


ERDOGAN_MET_PUTIN = """
Erdogan  Erdogan  PROPN NNP nsubj 1
met      meet     VERB  VBD ROOT  1
Putin    Putin    PROPN NNP dobj  1
.        .        PUNCT .   punct 1
"""


def _government(country: str) -> Actor:
    return Actor(name=f"Government of {country}", role="participant", kind="government", country_code=country)


def test_talks_again_between_parties_all_named_before():
    talks = (TALKS["type"], TALKS["sub"])
    doc = story(ERDOGAN_MET_PUTIN, ERDOGAN_MET_PUTIN)
    first = incident(mention(doc, 0, 1, 2, TALKS), talks, [_government("TUR"), _government("RUS")])
    again = mention(doc, 1, 1, 2, TALKS)
    assert deciding([first], again, talks, actors=[_government("TUR")]) == ("talks again", first)
    assert deciding([first], again, talks, actors=[_government("TUR"), _government("USA")]) == (
        "talks again",
        NEW_INCIDENT,
    )


def test_told_again_the_same_kind_with_no_conflicting_count_or_side():
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, IT_RAINED, IT_RAINED, GUNMEN_ATTACKED_A_VILLAGE)
    five = casualty_at(doc, 3, "killed", 5)
    attack = incident(mention(doc, 0, 1, 2, ATTACK, casualties=[five]))
    same_toll = mention(doc, 3, 1, 2, ATTACK, casualties=[casualty_at(doc, 14, "killed", 5)])
    assert deciding([attack], same_toll, VAC) == ("told again", attack)
    other_toll = mention(doc, 3, 1, 2, ATTACK, casualties=[casualty_at(doc, 14, "killed", 3)])
    assert deciding([attack], other_toll, VAC) is None
    # no counts to compare: the sides' countries must meet
    nigerian = Actor(name="X", role="initiator", country_code="NGA")
    nigerien = Actor(name="Y", role="initiator", country_code="NER")
    attack = incident(mention(doc, 0, 1, 2, ATTACK), VAC, [nigerian])
    again = mention(doc, 3, 1, 2, ATTACK)
    assert deciding([attack], again, VAC, actors=[nigerian]) == ("told again", attack)
    assert deciding([attack], again, VAC, actors=[nigerien]) is None


def test_every_merge_rule_is_tested_here():
    tested = {
        "no one hurt", "reference back", "crowd", "response", "destruction after", "bare killing before",
        "follow-up", "talks again", "told again", "one incident", "violence at a protest", "after it",
        "force on the crowd", "what the act did", "same town",
    }
    assert set(merge_rules) == tested, "a merge rule was added or renamed: test it here"


ANOTHER_ATTACK_KILLED_TWO = """
Another  another  DET   DT  det    1
attack   attack   NOUN  NN  nsubj  2
killed   kill     VERB  VBD ROOT   2
two      two      NUM   CD  dobj   2
.        .        PUNCT .   punct  2
"""

JETS_STRUCK_A_VILLAGE = """
Jets    jet     NOUN  NNS nsubj 1
struck  strike  VERB  VBD ROOT  1
a       a       DET   DT  det   3
village village NOUN  NN  dobj  1
.       .       PUNCT .   punct 1
"""

AIR = {"type": "Explosions/Remote violence", "sub": "Air/drone strike", "support": "none"}


def test_one_incident_a_later_violent_mention_joins_the_lead_incident_unless_told_apart():
    bomb = (IED["type"], IED["sub"])
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, IT_RAINED, IT_RAINED, GUNMEN_ATTACKED_A_VILLAGE)
    lead = incident(mention(doc, 0, 1, 2, IED), bomb)
    later = mention(doc, 3, 1, 2, ATTACK)
    assert deciding([lead], later, VAC) == ("one incident", lead)
    # placed in another first-level area than the lead's incident
    kano = _place(doc, 3, "Kano")
    lead = incident(mention(doc, 0, 1, 2, IED, places=[kano]), bomb)
    elsewhere = mention(doc, 3, 1, 2, ATTACK, places=[_place(doc, 14, "Katsina")])
    assert deciding([lead], elsewhere, VAC) is None
    # a weapon of another reach: air strikes are not the bombing told in the lead
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, IT_RAINED, IT_RAINED, JETS_STRUCK_A_VILLAGE)
    lead = incident(mention(doc, 0, 1, 2, IED), bomb)
    assert deciding([lead], mention(doc, 3, 1, 2, AIR), (AIR["type"], AIR["sub"])) is None
    # "another": a cue that the act is a separate one
    doc = story(GUNMEN_ATTACKED_A_VILLAGE, IT_RAINED, IT_RAINED, ANOTHER_ATTACK_KILLED_TWO)
    lead = incident(mention(doc, 0, 1, 2, IED), bomb)
    assert deciding([lead], mention(doc, 3, 1, 2, ATTACK), VAC) is None
    # no lead incident: the first violent act is told after the headline, subheading and lead
    doc = story(IT_RAINED, IT_RAINED, IT_RAINED, GUNMEN_ATTACKED_A_VILLAGE, GUNMEN_ATTACKED_A_VILLAGE)
    first = incident(mention(doc, 3, 1, 2, IED), bomb)
    assert deciding([first], mention(doc, 4, 1, 2, ATTACK), VAC) is None


GUNMEN_RAIDED_A_VILLAGE_KIDNAPPING_SIX = """
Gunmen      gunman   NOUN  NNS nsubj 1
raided      raid     VERB  VBD ROOT  1
a           a        DET   DT  det   3
village     village  NOUN  NN  dobj  1
,           ,        PUNCT ,   punct 1
kidnapping  kidnap   VERB  VBG advcl 1
six         six      NUM   CD  nummod 7
men         man      NOUN  NNS dobj  5
.           .        PUNCT .   punct 1
"""

GUNMEN_RAIDED_A_VILLAGE_AS_POLICE_KIDNAPPED_SIX = """
Gunmen      gunman   NOUN  NNS nsubj 1
raided      raid     VERB  VBD ROOT  1
a           a        DET   DT  det   3
village     village  NOUN  NN  dobj  1
as          as       SCONJ IN  mark  6
police      police   NOUN  NNS nsubj 6
kidnapped   kidnap   VERB  VBD advcl 1
six         six      NUM   CD  nummod 8
men         man      NOUN  NNS dobj  6
.           .        PUNCT .   punct 1
"""

ABDUCTION = {"type": "Violence against civilians", "sub": "Abduction/forced disappearance", "support": "none"}


def test_what_the_act_did_in_a_participle_clause_is_part_of_it():
    kind = (ABDUCTION["type"], ABDUCTION["sub"])
    doc = story(GUNMEN_RAIDED_A_VILLAGE_KIDNAPPING_SIX)
    raid = incident(mention(doc, 0, 1, 2, ATTACK))
    kidnapping = mention(doc, 0, 5, 6, ABDUCTION)
    assert deciding([raid], kidnapping, kind) == ("what the act did", raid)
    # a clause with a subject of its own is another act
    doc = story(GUNMEN_RAIDED_A_VILLAGE_AS_POLICE_KIDNAPPED_SIX)
    raid = incident(mention(doc, 0, 1, 2, ATTACK))
    assert deciding([raid], mention(doc, 0, 6, 7, ABDUCTION), kind) != ("what the act did", raid)

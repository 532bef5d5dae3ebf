"""Place chains (eventx.geo.chains, eventx.geo.chain_choice) on report-style sentences, without the spaCy
model (the scoring test reads the gazetteer index)."""

from __future__ import annotations

from collections import Counter

from eventx.geo.chains import DISTRICTS, find_items, link_items
from eventx.geo.context import FUZZY_TIER, build_context, own_name_bonuses
from eventx.geo.gazetteer import get_gazetteer
from eventx.geo.written import district_of, place_key


def test_items_and_links_follow_the_written_hierarchy() -> None:
    text = "Militiamen raided Samboko village (Mambasa, Nord-Kivu) near Beni and the town of Oicha."
    chains = link_items(text, 0, find_items(text))
    names = [[(it.text, it.link) for it in chain.items] for chain in chains]
    assert [
        ("Samboko", "in"),
        ("Mambasa", "in"),
        ("Nord-Kivu", "near"),
        ("Beni", "and"),
        ("Oicha", None),
    ] in names
    chain = next(c for c in chains if c.items[0].text == "Samboko")
    assert chain.items[0].area == "village" and not chain.items[0].locative
    assert chain.items[1].paren and chain.items[1].locative


def test_prepositions_are_not_read_as_name_particles() -> None:
    items = find_items("Around 80 doctors protested at Srinagar city (J&K) on Monday.")
    srinagar = next(it for it in items if it.text == "Srinagar")
    assert srinagar.locative and srinagar.area == "city"


def test_a_place_s_possessor_holds_it_where_the_place_is_where_something_happened() -> None:
    text = "Gunmen shot two men in Baghdad's Adhamiya district, Iraq, on Monday."
    names = [[(it.text, it.link) for it in c.items] for c in link_items(text, 0, find_items(text))]
    assert [("Adhamiya", "in"), ("Baghdad", "in"), ("Iraq", None)] in names
    # a possessor of a name that is no place of an act holds nothing: "Kenya's Interior Minister"
    text = "Kenya's Interior Minister Fred Matiang'i spoke in Lamu."
    items = find_items(text)
    assert [it.text for it in items if it.owner is not None] == []
    assert any(it.text.startswith("Interior Minister") for it in items)


def test_a_place_after_a_possessive_and_an_area_word_is_the_place_meant() -> None:
    """ "in Jordan's capital Amman", "in Kazakhstan's largest city Almaty": the name after the area word is
    where it happened, held by the possessor; "Nigeria's army chief in Abuja" holds no place."""
    text = "Police fired tear gas at protesters in Kazakhstan's largest city Almaty on Monday."
    names = [[(it.text, it.link) for it in c.items] for c in link_items(text, 0, find_items(text))]
    assert [("Almaty", "in"), ("Kazakhstan", None)] in names
    almaty = next(it for it in find_items(text) if it.text == "Almaty")
    assert almaty.locative and almaty.area == "city"
    text = "The president visited Nigeria's army chief in Abuja."
    assert all(it.owner is None for it in find_items(text))


def test_a_name_written_with_its_possessive_is_one_place() -> None:
    """"Cox's Bazar" and "St. John's" are so written in the gazetteer: one name, no owner; "Jordan's army"
    stays a possessive ("Jordans", an English village, has no apostrophe)."""
    items = find_items("Police shot two men in Cox's Bazar and arrested students in St. John's on Monday.")
    assert {"Cox's Bazar", "St. John's"} <= {it.text for it in items}
    assert all(it.owner is None for it in items)
    assert [it.text for it in find_items("Jordan's army shelled the border.")][:1] == ["Jordan"]


def test_an_abbreviated_saint_or_fort_opens_a_name() -> None:
    text = "Protesters marched in St. Petersburg and near Ft. Portal on Monday."
    texts = {it.text for it in find_items(text)}
    assert {"St. Petersburg", "Ft. Portal"} <= texts
    # a full stop that ends a sentence-final word is no abbreviation
    assert "Ft. Portal" not in {it.text for it in find_items("They came from Ft. portal workers said.")}
    # a saint's name before the thing it names is no place: "St. John's church" is not Saint John
    assert [it.text for it in find_items("A bomb exploded at St. John's church in Lagos.")] == ["Lagos"]


def test_own_name_bonus_prefers_places_called_so_unless_far_smaller() -> None:
    gaz = get_gazetteer()
    _, hits = gaz.match("Puno")
    bonus = own_name_bonuses(hits, "puno")
    region = next(p for p in hits if p.country_code == "PER" and p.kind == "admin1")
    town = next(p for p in hits if p.country_code == "PER" and p.kind == "city" and p.population > 100_000)
    pune = next(p for p in hits if p.country_code == "IND")
    # the town of Puno is far smaller than Pune, but counts with its region
    assert bonus.get(region, 0) > 0 and bonus.get(town, 0) > 0 and pune not in bonus
    _, hits = gaz.match("Odessa")
    texas = next(p for p in hits if p.country_code == "USA")
    assert texas not in own_name_bonuses(hits, "odessa")  # a thousandth of Odesa's size


def test_the_main_town_of_an_area_counts_as_called_like_it() -> None:
    gaz = get_gazetteer()
    _, hits = gaz.match("Naypyidaw")
    bonus = own_name_bonuses(hits, "naypyidaw")
    city = next(p for p in hits if p.kind == "city" and p.country_code == "MMR")
    assert city.name != "Naypyidaw" and bonus.get(city, 0) > 0  # GeoNames writes "Nay Pyi Taw"
    # Chiapa de Corzo and Minneota answer to the names as lesser towns; Cuito, Bie's main town, was once
    # called Bie but is spelt otherwise
    for name in ("Chiapas", "Minnesota", "Bie"):
        _, hits = gaz.match(name)
        assert not [p for p in own_name_bonuses(hits, name.lower()) if p.kind == "city"]


def test_lower_administrative_units_are_area_words() -> None:
    text = "Gunmen took two men in Kalehe territory, Sud-Kivu, and in Dibataye sector of Dibaya territory."
    names = [[(it.text, it.area, it.link) for it in c.items] for c in link_items(text, 0, find_items(text))]
    assert [("Kalehe", "territory", "in"), ("Sud-Kivu", None, None)] in names
    assert [("Dibataye", "sector", "in"), ("Dibaya", "territory", None)] in names
    assert {"territory", "sub-prefecture"} <= DISTRICTS and "chieftaincy" not in DISTRICTS  # below one
    # capitalised, these words are part of a name, looked up whole
    for text, name in (("Protests in the Northern Territory, Australia.", "Northern Territory"),
                       ("Gunmen shot two men in Jefferson Parish, Louisiana.", "Jefferson Parish")):
        item = next(it for it in find_items(text) if it.text == name)
        assert item.area is None


def test_a_name_may_stand_unplaced_only_short_unlabelled_and_in_mixed_case() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventx.geo.chains import Item
    from eventx.geo.items import may_stand_unplaced

    def check(words: list[str], name: str, ents: list[str] | None = None) -> bool:
        doc = Doc(Vocab(), words=words, ents=ents)
        start = doc.text.index(name)
        return may_stand_unplaced(doc, doc[:], Item(start=start, end=start + len(name), text=name))

    assert check(["Gunmen", "raided", "Kabutu", "village", "."], "Kabutu")
    assert not check(["GUNMEN", "RAIDED", "KABUTU", "VILLAGE", "."], "KABUTU")  # capitals everywhere
    norp = ["O", "O", "B-NORP", "O", "O"]
    assert not check(["Troops", "raided", "Rohingya", "homes", "."], "Rohingya", norp)
    long_name = ["Fighting", "spread", "to", "Days", "Go", "That", "Fighting", "Had", "."]
    assert not check(long_name, "Days Go That Fighting Had")  # no place name runs to five words


def test_a_trailing_compass_word_makes_a_district_of_a_known_place_only() -> None:
    assert (place_key("Kajiado North"), district_of("Kajiado North")) == ("Kajiado", "Kajiado")
    assert (place_key("Kisumu Central"), district_of("Kisumu Central")) == ("Kisumu", "Kisumu")
    # a name the gazetteer knows with its compass word keeps it (the GeoNames district "Anambra West"),
    # and a leading one is no district
    assert (place_key("Anambra West LGA"), district_of("Anambra West LGA")) == ("Anambra West", None)
    assert (place_key("North Darfur"), district_of("North Darfur")) == ("North Darfur", None)
    assert (place_key("Northern Iraq"), district_of("Northern Iraq")) == ("Iraq", None)
    assert district_of("Xqzt West") is None  # nothing known to make a district of


def test_a_close_spelling_abroad_needs_the_country_the_text_points_to_most() -> None:
    # "Ramba" has a namesake in China; the village "Kilehe" (no gazetteer has it) is spelt close to
    # Kuilehe, China
    kuilehe = next(p for p in get_gazetteer().match("Kilehe")[1] if p.country_code == "CHN")
    congo = build_context(["Kilehe", "Ramba"], Counter({"COD": 1}))
    assert not congo.plausible("Kilehe", kuilehe, FUZZY_TIER)
    nowhere_else = build_context(["Kilehe", "Ramba"], Counter())  # the twin: nothing points elsewhere
    assert nowhere_else.plausible("Kilehe", kuilehe, FUZZY_TIER)


STORMED_A_TOWN = """
Insurgents  insurgent  NOUN  NNS nsubj 1
stormed     storm      VERB  VBD ROOT  1
Gudumbali   Gudumbali  PROPN NNP dobj  1
.           .          PUNCT .   punct 1
"""


def test_a_known_place_taken_by_a_verb_that_acts_on_places_is_locative() -> None:
    from eventx.geo.chains import Item
    from eventx.geo.items import _taken_as_a_place
    from tests.helpers import hand_parse

    def taken(table: str, name: str = "Gudumbali") -> bool:
        doc = hand_parse(table)
        start = doc.text.index(name)
        return _taken_as_a_place(doc, Item(start=start, end=start + len(name), text=name))

    assert taken(STORMED_A_TOWN)
    assert not taken(STORMED_A_TOWN.replace("storm      VERB", "praise     VERB"))  # acts on no place
    assert not taken(STORMED_A_TOWN.replace("Gudumbali", "Xqztbalii"), "Xqztbalii")  # the gazetteer lacks it
    girl = STORMED_A_TOWN.replace(
        ".           .          PUNCT .   punct 1",
        ",  ,  PUNCT ,  punct 2\na  a  DET DT det 5\ngirl  girl  NOUN NN appos 2",
    )
    assert not taken(girl)  # "stormed Grace, a girl": a person
    assert not taken(STORMED_A_TOWN.replace("dobj", "nsubj"))  # the name is no object of the verb


def test_the_opening_words_of_a_group_s_name_with_of_are_no_place() -> None:
    import spacy

    from eventx.geo.items import _opens_a_group_name

    doc = spacy.blank("en")("members of the Revolutionary Armed Forces of Colombia attacked a post")
    assert _opens_a_group_name(doc[3:6])  # "Revolutionary Armed Forces" + "of Colombia": FARC's name
    other = spacy.blank("en")("members of the Revolutionary Armed Forces of Nowhere attacked a post")
    assert not _opens_a_group_name(other[3:6])
    assert not _opens_a_group_name(doc[6:7])  # "Colombia" itself opens no name


def test_an_abbreviation_of_the_words_before_its_parenthesis_is_no_item() -> None:
    for text, abbreviation in [
        ("accusing the Department of Archaeology (DoA) of delays", "DoA"),
        ("members of the Nepal Student Union (NSU) protested", "NSU"),
    ]:
        assert abbreviation not in [it.text for it in find_items(text)]
    # a place in parentheses whose letters are not the initials stays
    items = find_items("Militiamen raided Samboko village (Mambasa, Nord-Kivu).")
    assert [it.text for it in items] == ["Militiamen", "Samboko", "Mambasa", "Nord-Kivu"]


def test_a_name_alone_prefers_a_place_called_so() -> None:
    def chosen(name: str):
        place = build_context([name], Counter()).choose_name(name)
        return place.name, place.kind
    assert chosen("Gaur")[0] == "Gaur"  # not Le Havre, which has the name as an alternate
    assert chosen("Bombay")[0] == "Mumbai"  # a far larger city still answers to its old name
    assert chosen("Raška") == ("Raška", "admin1")  # an area with no population figure, not a hamlet
    assert chosen("Addis Ababa") == ("Addis Ababa", "city")  # but a city before such an area

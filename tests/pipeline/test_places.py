"""Place chains and namesake guards (eventx.geo) on real-style report sentences, through the real pipeline."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-06-10"


def _location(extract, text: str):
    events = extract(text, published=PUBLISHED)
    assert events, text
    return events[0].location


@pytest.mark.parametrize(
    ("text", "country", "admin1", "name"),
    [
        # a village the gazetteer lacks, held by a province and a country written after it
        (
            "Unidentified gunmen shot dead two farmers in Ngolo village,"
            " Ituri, Democratic Republic of the Congo.",
            "COD",
            "Ituri",
            "Ngolo",
        ),
        # a name the model tags PERSON, placed by its admin1 after a comma
        (
            "On 5 June 2021, hundreds of teachers protested in Ciudad"
            " Mante, Tamaulipas, over unpaid salaries.",
            "MEX",
            "Tamaulipas",
            "Ciudad Mante",
        ),
        # a town the model tags ORG, read as a place after "in"
        (
            "Hundreds of laid-off oil workers held a protest in Ahvaz on Sunday, demanding unpaid wages.",
            "IRN",
            "Khuzestan",
            "Ahvaz",
        ),
        # fuzzy namesakes abroad (Semboku in Japan, Mombasa in Kenya) are refused
        (
            "Militiamen raided Samboko village (Mambasa, Nord-Kivu) and killed three civilians.",
            "COD",
            "Nord-Kivu",  # the province as the text writes it (the gazetteer: "Nord Kivu")
            "Samboko",
        ),
        # a small town abroad (Police, Poland) is refused when the rest of the text points elsewhere
        (
            "A bomb exploded under a police car in Police District 5,"
            " Kunduz, Afghanistan, wounding two officers.",
            "AFG",
            "Kunduz",
            "Police District 5",
        ),
        # where two names of a chain disagree, the area that holds the other wins (not Valencia, Spain)
        (
            "Gunmen shot a police officer in Valencia, Sangre Grande, on Monday.",
            "TTO",
            "Sangre Grande",
            "Valencia",
        ),
    ],
)
def test_event_location_follows_the_chain(extract, text: str, country: str, admin1: str, name: str) -> None:
    loc = _location(extract, text)
    assert (loc.country_code, loc.admin1, loc.name) == (country, admin1, name)


def test_unknown_village_keeps_its_written_name_and_container(extract) -> None:
    loc = _location(
        extract,
        "Unidentified gunmen shot dead two farmers in Ngolo village,"
        " Ituri, Democratic Republic of the Congo.",
    )
    assert loc.gazetteer_name is None  # not in the gazetteer: placed by the areas written around it
    assert loc.precision == "admin1"  # what is known is the province (an ISO 3166-2 name)


def test_village_near_a_town_takes_the_town_area(extract) -> None:
    loc = _location(
        extract,
        "Police clashed with stone-throwing youths in Dhandari Kalan near Ludhiana (Punjab) on Friday.",
    )
    assert (loc.name, loc.admin1, loc.country_code, loc.precision) == (
        "Dhandari Kalan",
        "Punjab",
        "IND",
        "admin2",
    )


def test_resolved_name_is_as_written_with_gazetteer_spelling_beside_it(afp_text, spun_text, extract) -> None:
    events = extract(spun_text, published="2020-02-29")
    saraqeb = [e.location for e in events if e.location and e.location.name == "Saraqeb"]
    assert saraqeb and saraqeb[0].gazetteer_name == "Saraqib"


def test_currency_does_not_make_a_country(extract) -> None:
    loc = _location(
        extract,
        "Protesters angry at the soaring US dollar exchange rate"
        " blocked roads and clashed with soldiers in Sidon.",
    )
    assert loc.country_code == "LBN"


def test_capitalised_common_noun_is_not_a_place(extract) -> None:
    events = extract(
        "Militants in Gaza fired rockets at Sderot, Israel, on Tuesday; no one was hurt.", published=PUBLISHED
    )
    names = {e.location.name for e in events if e.location}
    assert "Militants" not in names
    assert {e.location.country_code for e in events if e.location} <= {
        "ISR",
        "PSE",
    }  # Gaza is not Mozambique's


def test_compass_word_is_dropped_only_when_needed(extract) -> None:
    loc = _location(
        extract, "Turkish jets struck PKK positions in Northern Iraq on Wednesday, killing five militants."
    )
    assert (loc.country_code, loc.gazetteer_name) == ("IRQ", "Iraq")
    loc = _location(extract, "Gunmen killed four herders near Kutum, North Darfur, on Tuesday.")
    assert loc.country_code == "SDN" and "Darfur" in loc.admin1


def test_french_compass_names_of_provinces(extract) -> None:
    loc = _location(
        extract,
        "Boko Haram fighters looted a house and kidnapped a man in Kolofata town (Mayo-Sava, Extreme-Nord).",
    )
    # resolved through the ISO name "Extrême-Nord" of the gazetteer's "Far North"; written as the text has it
    assert (loc.name, loc.country_code, loc.admin1) == ("Kolofata", "CMR", "Extreme-Nord")
    assert loc.admin2 == "Mayo-Sava"
    loc = _location(extract, "Boko Haram fighters looted a house and kidnapped a man in Maroua, Cameroon.")
    assert (loc.name, loc.admin1) == ("Maroua", "Far North")  # not written: the gazetteer's name


def test_a_close_spelling_of_a_large_city_with_nothing_else_named(extract) -> None:
    loc = _location(extract, "Hundreds of protesters gathered in Nassriya city on Thursday, demanding jobs.")
    assert (loc.gazetteer_name, loc.country_code) == ("Nasiriyah", "IRQ")


def test_area_of_a_city_is_the_city(extract) -> None:
    loc = _location(extract, "Truck drivers held a protest in the center of Skopje against the fuel tax.")
    assert (loc.name, loc.country_code) == ("Skopje", "MKD")


def test_a_country_name_supports_only_its_country(extract) -> None:
    loc = _location(
        extract, "Assailants abducted three civilians in Tamboral, Mindala, Cauca, Colombia, on Monday."
    )
    assert (loc.name, loc.country_code, loc.admin1) == ("Tamboral", "COL", "Cauca")  # not Tamboril, Brazil


def test_admin1_as_the_text_writes_it(extract) -> None:
    # the gazetteer's own name of the governorate is "Muhafazat Shamal Sina'"
    loc = _location(
        extract, "On 4 April 2021, gunmen attacked a checkpoint in Rafah (Rafah, North Sinai), Egypt."
    )
    assert (loc.name, loc.country_code, loc.admin1) == ("Rafah", "EGY", "North Sinai")
    loc = _location(extract, "On 4 April 2021, regime forces shelled Kafr Nabl in southern Idleb.")
    assert (loc.country_code, loc.admin1) == ("SYR", "Idleb")


def test_people_and_lower_case_words_are_no_places(extract) -> None:
    # "Papuan" (tagged LOC) is not Papayan; "marijuana" (tagged PERSON) is not Mariana
    loc = _location(
        extract, "On 4 April 2021, Papuan students held a protest in Jayapura city, Papua province."
    )
    assert (loc.name, loc.country_code) == ("Jayapura", "IDN")
    text = "On 4 April 2021, in Montes Claros, Minas Gerais, police seized 5 tons of marijuana on a highway."
    assert _location(extract, text).name == "Montes Claros"


def test_a_village_in_a_township_in_a_district(extract) -> None:
    text = (
        "On 4 April 2021, at Kyauk Seik village, Rathedaung Township, Sittwe District, Rakhine State, "
        "Myanmar troops torched 8 houses."
    )
    loc = _location(extract, text)
    assert (loc.name, loc.admin1, loc.country_code) == ("Kyauk Seik", "Rakhine", "MMR")
    # a district the gazetteer lacks stays unplaced rather than a namesake abroad (Apa, Romania)
    loc = _location(
        extract, "On 4 April 2021, gunmen attacked Ikobi (Apa LGA, Benue) and killed 3 residents."
    )
    assert (loc.name, loc.admin1, loc.country_code) == ("Ikobi", "Benue", "NGA")
    # the district named with a village the gazetteer lacks is its admin2
    text = (
        "On 4 April 2021, villagers stepped on a landmine in Ta Tork commune of Samlout district, Cambodia."
    )
    loc = _location(extract, text)
    assert (loc.name, loc.admin2, loc.country_code) == ("Ta Tork", "Samlout", "KHM")


def test_a_code_is_no_place(extract) -> None:
    text = (
        "On 4 April 2021, the armies of India and Pakistan exchanged fire across the LoC in Poonch district."
    )
    loc = _location(extract, text)
    assert (loc.name, loc.country_code) == ("Poonch", "IND")


def test_a_states_own_forces_point_to_its_country(extract) -> None:
    # "Arada" is also a town in Lebanon; LNA and GNA forces are Libya's
    text = "On 2 April 2021, LNA forces shot down a drone operated by GNA forces in Arada (Tripoli)."
    loc = _location(extract, text)
    assert loc.country_code == "LBY"


def test_a_country_after_a_mistagged_area_is_a_place(extract) -> None:
    text = (
        "On 1 April 2021, PKK militants attacked Turkish army units positioned in Haftanin region of "
        "Dahuk, Northern Iraq."
    )
    assert _location(extract, text).country_code == "IRQ"


def test_places_named_by_their_facilities(extract) -> None:
    text = "On 1 April 2021, drones of an unidentified armed group targeted Hama Airbase. No one was hurt."
    loc = _location(extract, text)
    assert (loc.country_code, loc.admin1) == ("SYR", "Hama")
    text = "On 1 April 2021, gunmen fired a rocket at the road opposite the Baalbek Governorate building."
    loc = _location(extract, text)
    assert (loc.name, loc.country_code) == ("Baalbek", "LBN")
    text = "On 1 April 2021, the army opened fire on refugees fleeing from Tindouf camps, injuring five."
    assert _location(extract, text).country_code == "DZA"


def test_a_province_written_last_holds_the_chain(extract) -> None:
    # "West Rand" alone matches a US alternate name; Gauteng holds it
    text = "On 7 April 2021, residents of Khutsong (West Rand, Gauteng) barricaded a road with burning tyres."
    loc = _location(extract, text)
    assert (loc.country_code, loc.admin1) == ("ZAF", "Gauteng")


def test_a_place_after_a_possessive(extract) -> None:
    text = (
        "On 4 April 2021, dozens of men clashed with Israeli police in Jerusalem's Bet Shemesh neighbourhood."
    )
    loc = _location(extract, text)
    assert (loc.name, loc.country_code) == ("Bet Shemesh", "ISR")


def test_no_place_named_gives_the_country_of_domestic_actors(extract) -> None:
    text = "On 9 April 2021, the Turkish Government began enforcing a 2-day curfew in 24 big provinces."
    loc = _location(extract, text)
    assert (loc.country_code, loc.precision) == ("TUR", "country")
    # military forces named by a demonym may act abroad: no country from them alone
    events = extract(
        "On 9 April 2021, Turkish troops shelled positions of the SDF. No casualties were reported."
    )
    assert all(e.location is None for e in events)


def test_the_province_the_text_names_decides_the_place(extract) -> None:
    # "Colonia Lomas de San Martin" alone is a namesake in Hidalgo; the text says Nuevo Leon
    text = (
        "On 3 April 2021, in Pesqueria, Nuevo Leon, police clashed with an armed man in Colonia Lomas de "
        "San Martin. The man died."
    )
    loc = _location(extract, text)
    assert (loc.country_code, loc.admin1) == ("MEX", "Nuevo Leon")
    # a town the gazetteer puts in another province keeps its written name, in the province named
    loc = _location(extract, "On 6 April 2021, militiamen attacked the village of Bamba (Koro, Mopti), Mali.")
    assert (loc.name, loc.admin1) == ("Bamba", "Mopti")


def test_the_district_the_text_names_decides_too(extract) -> None:
    # Philippine provinces are the gazetteer's admin2; "Trinidad" alone is the one in Bohol
    text = "Assailants shot and killed a couple in Trinidad, Guihulngan, Negros Oriental, Philippines."
    loc = _location(extract, text)
    assert (loc.name, loc.admin2) == ("Trinidad", "Negros Oriental")


def test_a_place_called_so_before_an_alternate_name(extract) -> None:
    # Odesa (own name "Odesa", alternate "Odessa") before the far smaller Odessa, Texas
    loc = _location(extract, "On 4 April 2021, clashes broke out between rival activists in Odessa.")
    assert loc.country_code == "UKR"


def test_a_town_named_with_its_region_is_not_the_larger_alternate(extract) -> None:
    loc = _location(
        extract, "On 27 April 2020, in Puno city, neighbors staged a demonstration against migrants."
    )
    assert (loc.name, loc.country_code) == ("Puno", "PER")


def test_names_joined_by_a_slash_that_the_gazetteer_knows_are_one_area(extract) -> None:
    text = "On 28 April 2020, in Maracas, Tunapuna/Piarco, a man was shot and wounded in a drive-by shooting."
    loc = _location(extract, text)
    assert (loc.name, loc.country_code, loc.admin1) == ("Maracas", "TTO", "Tunapuna/Piarco")


def test_a_chain_keeps_one_country_across_a_name_it_cannot_place(extract) -> None:
    text = (
        "On 1 May 2020, a group of youths demonstrated in Lunsar town, Marampa subdivision "
        "(Port Loko, North-West) against the arrest of a youth leader."
    )
    loc = _location(extract, text)
    assert (loc.name, loc.country_code) == ("Lunsar", "SLE")  # not North-West, South Africa


def test_a_name_written_without_its_arabic_article(extract) -> None:
    text = "On 4 May 2020, dozens of demonstrators in Rifai in Thi Qar province blocked several roads."
    loc = _location(extract, text)
    assert (loc.name, loc.country_code, loc.admin1) == ("Rifai", "IRQ", "Dhi Qar")


def test_a_group_named_after_a_region_names_no_place(extract) -> None:
    text = (
        "On 3 May 2020, the Islamic State in Greater Sahara claimed the firing of 3 Grad Missiles towards "
        "an Algerian Army garrison near the border with Mali."
    )
    (event,) = extract(text, published="2020-05-05")
    assert event.location is None or event.location.country_code != "YEM"
    assert [a.name for a in event.actors_with_role("initiator")] == ["Islamic State Sahel Province"]


def test_fire_along_a_known_front_line_is_in_its_country(extract) -> None:
    text = "On 28 April 2020, the OSCE SMM observed 5 projectiles involving unknown weapons near Novovyboeve."
    (event,) = extract(text, published="2020-05-05")
    assert event.location.country_code == "UKR" and event.location.precision == "country"


def test_a_front_line_report_places_villages_on_the_line(extract) -> None:
    # Novooleksandrivka: several in Ukraine; the OSCE SMM reports on the contact line, in Luhansk
    loc = _location(
        extract,
        "On 29 April 2020, the OSCE SMM observed 2 explosions involving unknown weapons "
        "near Novooleksandrivka.",
    )
    assert (loc.name, loc.admin1) == ("Novooleksandrivka", "Luhansk")
    # the only Sokilnyky the gazetteer knows lies in Lviv, far from the line: kept as written, in Ukraine
    loc = _location(
        extract,
        "On 3 May 2020, the OSCE SMM observed 52 explosions involving unknown weapons near Sokilnyky.",
    )
    assert (loc.name, loc.country_code, loc.precision, loc.admin1) == ("Sokilnyky", "UKR", "country", None)
    # with no front line cited, it is the one in Lviv
    loc = _location(extract, "On 3 May 2020, police clashed with protesters near Sokilnyky.")
    assert loc.admin1 == "Lvivska"


def test_a_region_named_like_a_demonym_in_a_written_hierarchy(extract) -> None:
    text = "Assailants attacked civilians in Guban area, Shabelle district, Somali, Ethiopia. Eleven died."
    loc = _location(extract, text)
    assert (loc.name, loc.admin1, loc.country_code) == ("Guban", "Somali", "ETH")


@pytest.mark.parametrize(
    "text",
    [
        "On 28 April 2020, rioters angry at the high US dollar exchange rate blocked a road in Tripoli, "
        "Lebanon, and clashed with soldiers.",
        "On 28 April 2020, rioters demonstrating against the high US dollar exchange rate and dire economic "
        "and living conditions blocked a road in Jounieh and clashed with soldiers.",
    ],
)
def test_a_country_naming_a_currency_is_no_place(parse, text: str) -> None:
    doc = parse(text)
    assert "USA" not in {p.country_code for p in doc._.eventx_places}


def test_a_capital_inside_a_longer_name_is_a_place(extract) -> None:
    (e,) = extract(
        "On 8 May 2020, dozens of teachers protested at Syntagma square [coded to Athens-Central Athens] "
        "against the government's education reforms."
    )
    assert e.location is not None and (e.location.country_code, e.location.admin1) == ("GRC", "Attica")


def test_a_town_named_by_its_mayor_is_where_it_happened(extract) -> None:
    (e,) = extract(
        "On 7 May 2020, at midnight, the house of the Mayor of Tyr, Hassan Dabouq, was shot at by an "
        "unidentified attacker."
    )
    assert e.location is not None and (e.location.country_code, e.location.admin1) == ("LBN", "South")


def test_a_building_in_a_town_is_located_and_named_by_the_town(parse) -> None:
    doc = parse(
        "On 7 May 2020, in the Atlantic University in Barranquilla, Atlantico department, students "
        "protested to demand free tuition."
    )
    (uni,) = [p for p in doc._.eventx_places if p.text == "Atlantic University"]
    assert (uni.name, uni.admin1, uni.country_code) == ("Barranquilla", "Atlantico", "COL")


def test_a_town_confirmed_by_a_province_past_an_unknown_district(extract) -> None:
    (e,) = extract(
        "On 8 May 2020, prisoners demonstrated in Kondengui prison of Yaounde city (Mfoundi, Centre) over "
        "the threat of the coronavirus."
    )
    assert (e.location.name, e.location.admin1, e.location.country_code) == ("Yaounde", "Centre", "CMR")


def test_a_village_in_a_district_named_after_two_places(extract) -> None:
    (e,) = extract(
        "On 5 May 2020, about 20 patients of an isolation clinic demonstrated in Kwadon "
        "(Yamaltu/Deba LGA, Gombe) over their treatment."
    )
    assert (e.location.name, e.location.admin1) == ("Kwadon", "Gombe")


def test_a_neighbourhood_of_a_city_is_no_namesake_far_away(parse) -> None:
    doc = parse("On 8 May 2020, church members staged a protest at the cathedral in Ermita, Manila.")
    (ermita,) = [p for p in doc._.eventx_places if p.text == "Ermita"]
    assert ermita.admin1 == "National Capital Region (Metro Manila)"
    # however much the rest of the text points to the Philippines (where the other Ermita also lies)
    doc = parse(
        "On 8 May 2020, church members staged a protest at the cathedral in Ermita, Manila. Philippine "
        "President Rodrigo Duterte has often criticised the Philippine media, and Filipino reporters say so."
    )
    (ermita,) = [p for p in doc._.eventx_places if p.text == "Ermita"]
    assert ermita.admin1 == "National Capital Region (Metro Manila)"


def test_an_office_and_a_congress_are_no_places(parse) -> None:
    doc = parse(
        "On 28 April 2020, relatives of prisoners protested outside the President's Office in Kyiv. The "
        "president threatened to direct his allies in Congress to block the bill."
    )
    assert [(p.name, p.country_code) for p in doc._.eventx_places] == [("Kyiv", "UKR")] * 2
    assert doc._.events[0].location.name == "Kyiv"


def test_a_name_written_twice_is_a_town_then_its_state(parse) -> None:
    doc = parse("On 1 May 2020, in the Central Zone of Sao Paulo, Sao Paulo, a protest took place.")
    assert {p.admin1 for p in doc._.eventx_places if p.text == "Sao Paulo"} == {"Sao Paulo"}


def test_names_joined_by_a_small_word_that_the_gazetteer_knows(extract) -> None:
    (e,) = extract(
        "On 30 April 2020, in Brus Laguna, Gracias a Dios, soldiers found and destroyed a clandestine "
        "airstrip used for drug trafficking."
    )
    assert (e.location.name, e.location.admin1) == ("Brus Laguna", "Gracias a Dios")


def test_a_capitalised_common_noun_after_a_is_no_place(parse) -> None:
    doc = parse(
        "On 29 April 2020, youths attacked a Home Guard in Sana Bharandi village (Nabarangpur, Odisha)."
    )
    assert "Home Guard" not in {p.text for p in doc._.eventx_places}


@pytest.mark.parametrize(
    "area, country",
    [("state", "VEN"), ("department", "COL"), ("province", "ECU")],
)
def test_the_area_word_picks_the_country_that_calls_its_areas_so(extract, area: str, country: str) -> None:
    # Bolivar is a first-level area of Venezuela (states), Colombia (departments) and Ecuador (provinces)
    loc = _location(extract, f"On 4 April 2021, protesters blocked a road in Bolivar {area} over water cuts.")
    assert (loc.admin1, loc.country_code) == ("Bolivar", country)


def test_the_area_word_of_another_sentence_counts(extract) -> None:
    # "Los Rios" is a region of Chile and a province of Ecuador; the second sentence says which
    text = (
        "On 4 April 2021, in the rural area of Punucapa (Los Rios), unknown people set fire to the "
        "machinery of a logging company. There have been several arson attacks in Los Rios region."
    )
    loc = _location(extract, text)
    assert (loc.name, loc.admin1, loc.country_code) == ("Punucapa", "Los Rios", "CHL")

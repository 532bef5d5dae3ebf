"""Place chains and namesake guards (eventx.geo) on real-style report sentences, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.helpers import first_location

PUBLISHED = "2021-06-10"


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
        # a country's consulate is abroad: "German" is no cue for where the bombing was
        (
            "An explosion outside the German consulate in Mazar-i-Sharif killed two people on Thursday.",
            "AFG",
            "Balkh",
            "Mazar-i-Sharif",
        ),
        # a town the small model tags LANGUAGE (and its country PERSON), listed after "in"
        (
            "On 18 May 2021, militants threw two grenades at a police post in Kidal, Mali.",
            "MLI",
            "Kidal",
            "Kidal",
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
        # a place's possessor holds it, as a comma would ("Adhamiya, Baghdad")
        (
            "Gunmen on a motorcycle shot dead two women in Baghdad's Adhamiya district on Tuesday.",
            "IRQ",
            "Baghdad",
            "Adhamiya",
        ),
        # a province's name and a compass word name a district of it, whose town is in the province
        (
            "Gunmen killed three farmers in Umueze village, Anambra West LGA, on Monday.",
            "NGA",
            "Anambra",
            "Umueze",
        ),
        # a possessive the model takes into a place's name is no part of it
        (
            "Thousands of protesters gathered in New York's Washington Square Park on Sunday.",
            "USA",
            "New York",
            "Washington Square Park",
        ),
        # a territory (DR Congo's districts) holds the village written in it; the province it lies in holds
        # the territory even where the model reads the province as a person's name
        (
            "Armed men kidnapped two farmers in Bitale village, Kahele territory, Sud-Kivu, on Monday.",
            "COD",
            "Sud-Kivu",
            "Bitale",
        ),
        # a town takes its province by its current name (Eastern Province was split in 2015)
        (
            "Students rioted in Kisangani on Monday, burning two cars.",
            "COD",
            "Tshopo",
            "Kisangani",
        ),
    ],
)
def test_event_location_follows_the_chain(extract, text: str, country: str, admin1: str, name: str) -> None:
    loc = first_location(extract, text)
    assert (loc.country_code, loc.admin1, loc.name) == (country, admin1, name)


def test_unknown_village_keeps_its_written_name_and_container(extract) -> None:
    loc = first_location(
        extract,
        "Unidentified gunmen shot dead two farmers in Ngolo village,"
        " Ituri, Democratic Republic of the Congo.",
    )
    assert loc.gazetteer_name is None  # not in the gazetteer: placed by the areas written around it
    assert loc.precision == "admin1"  # what is known is the province (an ISO 3166-2 name)


def test_village_near_a_town_takes_the_town_area(extract) -> None:
    loc = first_location(
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


def test_compass_word_is_dropped_only_when_needed(extract) -> None:
    loc = first_location(
        extract, "Turkish jets struck PKK positions in Northern Iraq on Wednesday, killing five militants."
    )
    assert (loc.country_code, loc.gazetteer_name) == ("IRQ", "Iraq")
    loc = first_location(extract, "Gunmen killed four herders near Kutum, North Darfur, on Tuesday.")
    assert loc.country_code == "SDN" and "Darfur" in loc.admin1


def test_french_compass_names_of_provinces(extract) -> None:
    loc = first_location(
        extract,
        "Boko Haram fighters looted a house and kidnapped a man in Kolofata town (Mayo-Sava, Extreme-Nord).",
    )
    # resolved through the ISO name "Extrême-Nord" of the gazetteer's "Far North"; written as the text has it
    assert (loc.name, loc.country_code, loc.admin1) == ("Kolofata", "CMR", "Extreme-Nord")
    assert loc.admin2 == "Mayo-Sava"
    loc = first_location(
        extract, "Boko Haram fighters looted a house and kidnapped a man in Maroua, Cameroon."
    )
    assert (loc.name, loc.admin1) == ("Maroua", "Far North")  # not written: the gazetteer's name


def test_a_close_spelling_of_a_large_city_with_nothing_else_named(extract) -> None:
    loc = first_location(
        extract, "Hundreds of protesters gathered in Nassriya city on Thursday, demanding jobs."
    )
    assert (loc.gazetteer_name, loc.country_code) == ("Nasiriyah", "IRQ")


def test_area_of_a_city_is_the_city(extract) -> None:
    loc = first_location(
        extract, "Truck drivers held a protest in the center of Skopje against the fuel tax."
    )
    assert (loc.name, loc.country_code) == ("Skopje", "MKD")


def test_a_country_name_supports_only_its_country(extract) -> None:
    loc = first_location(
        extract, "Assailants abducted three civilians in Tamboral, Mindala, Cauca, Colombia, on Monday."
    )
    assert (loc.name, loc.country_code, loc.admin1) == ("Tamboral", "COL", "Cauca")  # not Tamboril, Brazil


def test_admin1_as_the_text_writes_it(extract) -> None:
    # the gazetteer's own name of the governorate is "Muhafazat Shamal Sina'"
    loc = first_location(
        extract, "On 4 April 2021, gunmen attacked a checkpoint in Rafah (Rafah, North Sinai), Egypt."
    )
    assert (loc.name, loc.country_code, loc.admin1) == ("Rafah", "EGY", "North Sinai")
    loc = first_location(extract, "On 4 April 2021, regime forces shelled Kafr Nabl in southern Idleb.")
    assert (loc.country_code, loc.admin1) == ("SYR", "Idleb")


def test_a_village_in_a_township_in_a_district(extract) -> None:
    text = (
        "On 4 April 2021, at Kyauk Seik village, Rathedaung Township, Sittwe District, Rakhine State, "
        "Myanmar troops torched 8 houses."
    )
    loc = first_location(extract, text)
    assert (loc.name, loc.admin1, loc.country_code) == ("Kyauk Seik", "Rakhine", "MMR")
    # a district the gazetteer lacks stays unplaced rather than a namesake abroad (Apa, Romania)
    loc = first_location(
        extract, "On 4 April 2021, gunmen attacked Ikobi (Apa LGA, Benue) and killed 3 residents."
    )
    assert (loc.name, loc.admin1, loc.country_code) == ("Ikobi", "Benue", "NGA")
    # the district named with a village the gazetteer lacks is its admin2
    text = (
        "On 4 April 2021, villagers stepped on a landmine in Ta Tork commune of Samlout district, Cambodia."
    )
    loc = first_location(extract, text)
    assert (loc.name, loc.admin2, loc.country_code) == ("Ta Tork", "Samlout", "KHM")


def test_a_country_after_a_mistagged_area_is_a_place(extract) -> None:
    text = (
        "On 1 April 2021, PKK militants attacked Turkish army units positioned in Haftanin region of "
        "Dahuk, Northern Iraq."
    )
    assert first_location(extract, text).country_code == "IRQ"


def test_places_named_by_their_facilities(extract) -> None:
    text = "On 1 April 2021, drones of an unidentified armed group targeted Hama Airbase. No one was hurt."
    loc = first_location(extract, text)
    assert (loc.country_code, loc.admin1) == ("SYR", "Hama")
    text = "On 1 April 2021, gunmen fired a rocket at the road opposite the Baalbek Governorate building."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code) == ("Baalbek", "LBN")
    text = "On 1 April 2021, the army opened fire on refugees fleeing from Tindouf camps, injuring five."
    assert first_location(extract, text).country_code == "DZA"


def test_schools_and_councils_are_placed_in_their_town(extract) -> None:
    text = "On 1 April 2021, hundreds of Garissa High School students took to the streets over land grabbing."
    loc = first_location(extract, text)
    assert ("Garissa", "KEN") == (loc.admin1, loc.country_code)
    text = "On 1 April 2021, gunmen attacked the home of the chairman of Matazu LGA and killed his guard."
    loc = first_location(extract, text)
    assert (loc.name, loc.admin1, loc.country_code) == ("Matazu", "Katsina", "NGA")
    # twins: a school named after a common word places nothing in a small namesake abroad (Hope,
    # Arkansas; Liberty, Missouri), nor after a generic area word (Israel's Central District)
    for school in ("Hope Academy", "Liberty High School", "Central Primary School"):
        events = extract(f"On 1 April 2021, hundreds of {school} students took to the streets over fees.")
        assert events and all(e.location is None for e in events), school


def test_a_town_stormed_is_the_place(extract) -> None:
    text = "On 1 April 2021, Boko Haram stormed Gudumbali and burnt down government buildings."
    loc = first_location(extract, text)
    assert (loc.name, loc.admin1, loc.country_code) == ("Gudumbali", "Borno", "NGA")
    loc = first_location(extract, "On 1 April 2021, M23 rebels captured Kalehe after clashes with the army.")
    assert (loc.name, loc.country_code) == ("Kalehe", "COD")


def test_an_area_word_of_one_country_names_that_country(extract) -> None:
    text = "On 1 April 2021, a group of people destroyed the seat of the Karu LGA administration."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code) == ("Karu", "NGA")
    # twin: "LGA" standing alone is no area word (LaGuardia airport's code)
    for text in ("near the LGA terminal, injuring two travellers.", "injuring two. The LGA terminal shut."):
        events = extract(f"On 1 April 2021, a man opened fire at a gate, {text}")
        assert events and all(e.location is None or e.location.country_code != "NGA" for e in events), text


def test_a_province_written_last_holds_the_chain(extract) -> None:
    # "West Rand" alone matches a US alternate name; Gauteng holds it
    text = "On 7 April 2021, residents of Khutsong (West Rand, Gauteng) barricaded a road with burning tyres."
    loc = first_location(extract, text)
    assert (loc.country_code, loc.admin1) == ("ZAF", "Gauteng")


def test_a_place_after_a_possessive(extract) -> None:
    text = (
        "On 4 April 2021, dozens of men clashed with Israeli police in Jerusalem's Bet Shemesh neighbourhood."
    )
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code) == ("Bet Shemesh", "ISR")


def test_the_province_the_text_names_decides_the_place(extract) -> None:
    # "Colonia Lomas de San Martin" alone is a namesake in Hidalgo; the text says Nuevo Leon
    text = (
        "On 3 April 2021, in Pesqueria, Nuevo Leon, police clashed with an armed man in Colonia Lomas de "
        "San Martin. The man died."
    )
    loc = first_location(extract, text)
    assert (loc.country_code, loc.admin1) == ("MEX", "Nuevo Leon")
    # a town the gazetteer puts in another province keeps its written name, in the province named
    loc = first_location(
        extract, "On 6 April 2021, militiamen attacked the village of Bamba (Koro, Mopti), Mali."
    )
    assert (loc.name, loc.admin1) == ("Bamba", "Mopti")


def test_the_district_the_text_names_decides_too(extract) -> None:
    # Philippine provinces are the gazetteer's admin2; "Trinidad" alone is the one in Bohol
    text = "Assailants shot and killed a couple in Trinidad, Guihulngan, Negros Oriental, Philippines."
    loc = first_location(extract, text)
    assert (loc.name, loc.admin2) == ("Trinidad", "Negros Oriental")


def test_a_place_called_so_before_an_alternate_name(extract) -> None:
    # Odesa (own name "Odesa", alternate "Odessa") before the far smaller Odessa, Texas
    loc = first_location(extract, "On 4 April 2021, clashes broke out between rival activists in Odessa.")
    assert loc.country_code == "UKR"


def test_a_town_named_with_its_region_is_not_the_larger_alternate(extract) -> None:
    loc = first_location(
        extract, "On 27 April 2020, in Puno city, neighbors staged a demonstration against migrants."
    )
    assert (loc.name, loc.country_code) == ("Puno", "PER")


def test_names_joined_by_a_slash_that_the_gazetteer_knows_are_one_area(extract) -> None:
    text = "On 28 April 2020, in Maracas, Tunapuna/Piarco, a man was shot and wounded in a drive-by shooting."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code, loc.admin1) == ("Maracas", "TTO", "Tunapuna/Piarco")


def test_a_chain_keeps_one_country_across_a_name_it_cannot_place(extract) -> None:
    text = (
        "On 1 May 2020, a group of youths demonstrated in Lunsar town, Marampa subdivision "
        "(Port Loko, North-West) against the arrest of a youth leader."
    )
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code) == ("Lunsar", "SLE")  # not North-West, South Africa


def test_a_town_known_only_abroad_does_not_outweigh_the_region_holding_it(extract) -> None:
    # Kani is a Japanese city; across the district the gazetteer lacks, Sagaing Region keeps Myanmar
    text = (
        "On 3 March 2021, near Thayet Kone village, Kani Township, Yinmabin District, Sagaing Region, "
        "soldiers burned forty houses."
    )
    loc = first_location(extract, text)
    assert (loc.country_code, loc.admin1) == ("MMR", "Sagaing")
    twin = first_location(extract, "On 3 March 2021, soldiers burned forty houses in Kani, Gifu.")
    assert twin.country_code == "JPN"


def test_a_name_written_without_its_arabic_article(extract) -> None:
    text = "On 4 May 2020, dozens of demonstrators in Rifai in Thi Qar province blocked several roads."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code, loc.admin1) == ("Rifai", "IRQ", "Dhi Qar")


def test_a_region_named_like_a_demonym_in_a_written_hierarchy(extract) -> None:
    text = "Assailants attacked civilians in Guban area, Shabelle district, Somali, Ethiopia. Eleven died."
    loc = first_location(extract, text)
    assert (loc.name, loc.admin1, loc.country_code) == ("Guban", "Somali", "ETH")


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
    assert ermita.admin1 == "National Capital Region"
    # however much the rest of the text points to the Philippines (where the other Ermita also lies)
    doc = parse(
        "On 8 May 2020, church members staged a protest at the cathedral in Ermita, Manila. Philippine "
        "President Rodrigo Duterte has often criticised the Philippine media, and Filipino reporters say so."
    )
    (ermita,) = [p for p in doc._.eventx_places if p.text == "Ermita"]
    assert ermita.admin1 == "National Capital Region"


def test_a_name_written_twice_is_a_town_then_its_state(parse) -> None:
    doc = parse("On 1 May 2020, in the Central Zone of Sao Paulo, Sao Paulo, a protest took place.")
    assert {p.admin1 for p in doc._.eventx_places if p.text == "Sao Paulo"} == {"Sao Paulo"}


def test_names_joined_by_a_small_word_that_the_gazetteer_knows(extract) -> None:
    (e,) = extract(
        "On 30 April 2020, in Brus Laguna, Gracias a Dios, soldiers found and destroyed a clandestine "
        "airstrip used for drug trafficking."
    )
    assert (e.location.name, e.location.admin1) == ("Brus Laguna", "Gracias a Dios")


def test_places_resolve_with_country_and_admin1(parse) -> None:
    doc = parse(
        "Clashes erupted in Calama, Antofagasta, Chile. Shelling hit Saraqib in Idlib province, Syria."
    )
    by_text = {p.text: p for p in doc._.eventx_places}
    assert by_text["Calama"].country_code == "CHL" and by_text["Calama"].admin1 == "Antofagasta"
    assert by_text["Saraqib"].country_code == "SYR" and by_text["Saraqib"].admin1 == "Idlib"
    assert by_text["Syria"].precision == "country"


def test_parenthesised_admin_areas_decide_country_and_make_places(extract) -> None:
    (e,) = extract("On 3 March 2021, militiamen attacked Oicha (Beni, Nord-Kivu), killing four villagers.")
    assert e.location.country_code == "COD" and e.location.admin1 == "Nord-Kivu"  # as the text writes it
    assert e.location.precision == "city"


def test_named_admin_area_picks_the_namesake(extract) -> None:
    (e,) = extract("Unidentified gunmen shot dead a shopkeeper in Paris, Lamar County, Texas on 5 May 2021.")
    assert (e.location.name, e.location.admin1, e.location.country_code) == ("Paris", "Texas", "USA")
    assert e.fatalities.best == 1 and e.event_type == "Violence against civilians"


def test_vowel_folds_capitals_gaza_and_questions_keep_their_place(extract) -> None:
    events = extract("Police detained protesters in Zhengzhou, China, on Monday.", PUBLISHED)
    assert events and all(e.location.admin1 == "Henan" for e in events)  # not Hunan (a vowel fold)
    (e,) = extract("A bomb exploded in Baghdad, killing three people.", PUBLISHED)
    assert (e.location.name, e.location.precision) == ("Baghdad", "city")
    (e,) = extract("Two Gaza residents were killed in an Israeli airstrike on Monday.", PUBLISHED)
    assert e.location is not None and e.location.name == "Gaza"
    (e,) = extract("Who attacked the police station in Lagos, Nigeria, on Monday?", PUBLISHED)
    assert e.location.country_code == "NGA"  # a question that takes the attack as given


def test_a_country_is_not_a_town_of_its_name_abroad(extract) -> None:
    text = "The United States said the Turkish move prompted Greece to double its border patrols on Friday."
    events = extract(text, "2020-02-28")
    assert events and all(e.location.country_code == "GRC" for e in events)  # not Greece, New York
    (e,) = extract("Protesters rallied in Greece, New York, on Friday.", "2020-02-28")
    assert e.location.country_code == "USA"  # where the text names the state


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        ("Teachers went on strike in Texas on Monday.", "Texas", "USA"),  # not Texas County, Oklahoma
        ("Hundreds of protesters rallied in Guerrero on Monday.", "Guerrero", "MEX"),
        # a sentence citing the OSCE SMM does not confine the towns of the next sentence to the line
        (
            "The OSCE SMM recorded 40 explosions near Marinka on Monday. Separately, protesters rallied "
            "in Brody on Sunday.",
            "Lvivska",
            "UKR",
        ),
    ],
)
def test_states_and_towns_away_from_a_front_line(extract, text: str, admin1: str, country: str) -> None:
    last = extract(text, published="2021-06-10")[-1]
    assert (last.location.admin1, last.location.country_code) == (admin1, country)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen opened fire in a Lagos market, killing five traders.", "NGA"),
        ("A car bomb exploded at a crowded Baghdad market, killing 12 people.", "IRQ"),
        ("Gunmen kidnapped the Governor of the Central Bank of Libya in Tripoli.", "LBY"),
    ],
)
def test_a_market_town_and_a_bank_s_governor_keep_their_place(extract, text: str, code: str) -> None:
    (e,) = extract(text, "2020-05-04")
    assert e.location is not None and e.location.country_code == code


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a known name the model tags a date, after "in"
        ("On 25 September 2021, Turkish forces opened fire at a border area in Dahuk.", "Dahuk", "IRQ"),
        # a bearing from a place names it; a distance from it does not
        ("On 6 January 2021, troops destroyed three hideouts in an area east of Samarra.", "Samarra", "IRQ"),
        ("On 6 January 2021, gunmen attacked a bus 120 km south of Baghdad, in Babil, Iraq.", "Babil", "IRQ"),
        # a district GeoNames lacks, from the second source of names
        ("On 27 November 2021, soldiers defused an IED found in Rolpa, Nepal.", "Rolpa", "NPL"),
        # a village in a municipality in a province the gazetteer reads as a town: the village
        ("On 28 April 2021, a militant was killed in a firefight with the military in Barangay Kanlagay, "
         "Indanan, Sulu.", "Kanlagay", "PHL"),
    ],
)
def test_place_cues_beyond_the_model_s_entities(extract, text: str, name: str, country: str) -> None:
    (e,) = extract(text)
    assert (e.location.name, e.location.country_code) == (name, country)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the gazetteer knows no Kabutu: the name stays, the country comes from the domestic group
        ("On 3 June 2021, in Kabutu, Mai-Mai militiamen abducted two traders.", "Kabutu", "COD"),
        # an area word marks the name as a place where no locative word does
        ("On 3 June 2021, the FARDC regained control of Mbokolo town from the Mai-Mai.", "Mbokolo", "COD"),
        # with no country cue at all, the name is all that is known
        ("On 3 June 2021, gunmen killed three farmers in Kabutu village.", "Kabutu", None),
    ],
)
def test_a_place_name_the_gazetteer_lacks_names_the_event(extract, text, name, country) -> None:
    loc = first_location(extract, text)
    assert (loc.name, loc.gazetteer_name, loc.country_code) == (name, None, country)
    assert loc.precision in (None, "country")  # the point is at most the country's


def test_a_place_name_the_gazetteer_lacks_yields_to_a_known_place(extract, nlp) -> None:
    # a town the gazetteer knows keeps its own name
    text = "On 3 June 2021, gunmen killed three farmers in Goma; the attackers fled towards Kabutu."
    loc = first_location(extract, text)
    assert (loc.gazetteer_name, loc.country_code, loc.precision) == ("Goma", "COD", "city")
    # in a sentence in capitals every phrase looks like a name: none is kept unplaced (the twin above);
    # a Doc made by eventx reads a text in capitals recased, and keeps the name as ordinary text does
    caps = "ON 3 JUNE 2021, GUNMEN KILLED THREE FARMERS IN KABUTU VILLAGE."
    doc = nlp(caps)
    assert doc._.events and all(e.location is None or e.location.name != "Kabutu" for e in doc._.events)
    assert [e.location.name for e in extract(caps, published=PUBLISHED)] == ["Kabutu"]


def test_a_prefix_area_word_tagged_alone_is_no_place(extract) -> None:
    # the model tags "Barangay" a place of its own; the barangay and its town are the places
    text = (
        "On 7 March 2021, two soldiers were wounded in a firefight with NPA rebels in Barangay Santa "
        "Lourdes, Barcelona, Sorsogon."
    )
    loc = first_location(extract, text)
    assert loc.name != "Barangay" and loc.country_code == "PHL" and loc.admin1 == "Bicol"


def test_group_names_written_together_are_no_place(extract) -> None:
    # coders write a group known by two names as one ("Boko Haram IS"); the village after it is the place
    text = "On 7 January 2021, the Nigerian air force struck a camp of Boko Haram IS in Kusuma, Borno."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code) == ("Kusuma", "NGA")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a party that carries its country's name, a demonym of the authorities
        ("On 3 June 2021, an unidentified group detonated a bomb in Kabutu village, targeting two Nepali "
         "Congress candidates.", "NPL"),
        ("On 3 June 2021, unknown gunmen shot dead a marabout in the village of Apkouta. The Chadian "
         "authorities opened an inquiry.", "TCD"),
        # nothing points anywhere, or two countries point alike: no country
        ("On 3 June 2021, gunmen killed three farmers in Kabutu village.", None),
        ("On 3 June 2021, gunmen killed three farmers in Kabutu village. The Nepali and Indian governments "
         "condemned the killing.", None),
        # a state that speaks is no vote for where it happened
        ("On 3 June 2021, gunmen killed three farmers in Kabutu village. The US condemned the attack.", None),
    ],
)
def test_a_village_the_gazetteer_lacks_takes_the_country_the_text_leads_to(extract, text, country) -> None:
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code) == ("Kabutu" if "Kabutu" in text else "Apkouta", country)


def test_a_territory_of_dr_congo_no_town_list_holds(extract) -> None:
    loc = first_location(extract, "Gunmen killed two farmers in Shabunda on Monday, local officials said.")
    assert (loc.country_code, loc.admin1, loc.precision) == ("COD", "Sud-Kivu", "admin2")


def test_a_district_word_sends_a_town_name_to_its_district_not_a_namesake_abroad(extract) -> None:
    text = "Thousands of protesters marched in Balad district in Salahuddin province on Friday."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code, loc.precision) == ("Balad", "IRQ", "admin2")
    # the twin: without the district word the town is meant
    loc = first_location(extract, "Thousands of protesters marched in Balad, Iraq, on Friday.")
    assert (loc.country_code, loc.precision) == ("IRQ", "city")


def test_a_compass_word_stays_when_the_whole_name_is_spelt_close_to_a_known_one(extract) -> None:
    # "Lower Shabelle" is Somalia's Lower Shabeelle, not Ethiopia's Shabelle zone
    text = "Al Shabaab fighters killed a soldier at a checkpoint in Marka, Lower Shabelle, on Sunday."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code) == ("Marka", "SOM")


def test_a_common_name_with_many_namesakes_keeps_its_largest_place(extract) -> None:
    loc = first_location(extract, "Hundreds of protesters marched in Los Angeles on Saturday.")
    assert (loc.country_code, loc.admin1, loc.precision) == ("USA", "California", "city")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The army reported that guerrillas killed a peasant in the city of Flores, Peten department.",
         "Flores", "GTM"),
        ("A bomb exploded in San Salvador on 4 April, killing two people.", "San Salvador", "SLV"),
        ("The Popayan police department reported that guerrillas killed two peasants in La Fonda, Cauca "
         "department.", "La Fonda", "COL"),
    ],
)  # fmt: skip
def test_a_sentence_in_capitals_names_its_places_not_its_clauses(nlp, text: str, name: str, country: str):
    # a Doc made by nlp(text) is not recased (eventx.make_doc recases): the places still read right
    (event,) = nlp(text.upper())._.events  # not "Bomb Exploded", not a clause
    assert (event.location.name, event.location.country_code) == (name, country)
    (event,) = nlp(text)._.events  # the twin, in ordinary case
    assert (event.location.name, event.location.country_code) == (name, country)


def test_a_compass_word_goes_where_only_the_bare_country_is_known(extract) -> None:
    loc = first_location(extract, "Jihadists killed ten soldiers in Southern Mali on Monday.")
    assert (loc.country_code, loc.precision) == ("MLI", "country")  # not Southern Mallee, Australia


def test_a_town_in_no_district_lies_in_the_district_named_with_it_when_near(extract) -> None:
    text = "Militiamen attacked {} (Masisi, Nord-Kivu) on Monday, killing four villagers."
    loc = first_location(extract, text.format("Sake"))  # near Masisi (no district of its own): the town
    assert (loc.gazetteer_name, loc.precision) == ("Sake", "city")  # (how near: test_districts)


def test_a_small_town_of_a_named_province_is_weighed_among_many_namesakes(extract) -> None:
    loc = first_location(extract, "Gunmen killed two farmers in San Rafael, Yucatan, on Monday.")
    assert (loc.country_code, loc.admin1, loc.precision) == ("MEX", "Yucatan", "city")


def test_a_road_named_by_the_towns_it_joins_places_the_event_in_the_first(extract) -> None:
    (e,) = extract("On 10 February 2021, gunmen ambushed FARDC soldiers on the Beni-Butembo road.")
    assert (e.location.name, e.location.country_code) == ("Beni", "COD")
    # a place the text names besides the road is finer: the road's town yields to it
    (e,) = extract("On 10 February 2021, gunmen shot at cars on the Yei-Juba road near Ganji, Equatoria.")
    assert e.location.name == "Ganji"
    (e,) = extract("On 10 February 2021, youths rioted on the Calabar-Ikom highway in Iwuru, burning cars.")
    assert (e.location.name, e.location.country_code) == ("Iwuru", "NGA")


@pytest.mark.parametrize(
    ("text", "name"),
    [  # one town's own hyphenated name, and states joined by a route, are no road between towns
        ("On 10 April 2021, bandits killed two drivers on the Pointe-Noire road, Congo.", "Pointe-Noire"),
        ("On 10 April 2021, smugglers shot two migrants on the Libya-Italy route.", None),
    ],
)
def test_a_hyphenated_town_or_a_route_between_states_is_no_road_town(extract, text: str, name) -> None:
    (e,) = extract(text, published="2021-04-12")
    assert (e.location.name if e.location and e.location.precision != "country" else None) == name


def test_a_compass_word_alone_is_a_region_only_where_the_chain_confirms_it(extract) -> None:
    # "West" names Cameroon's West region, but nothing in a text on Nepal confirms it
    text = "Nepal Army soldiers defused a bomb found in Sundarbazar Municipality, West, on 5 May."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code, loc.precision) == ("Sundarbazar", "NPL", "country")
    # the twins: a department of that region, or the area word, confirms it
    text = "Police arrested ten protesters in Yaounde city (Mfoundi, Centre) on 5 May."
    loc = first_location(extract, text)
    assert (loc.name, loc.admin1, loc.country_code) == ("Yaounde", "Centre", "CMR")
    loc = first_location(extract, "Gunmen killed two farmers in Bafoussam, West region, on 5 May.")
    assert (loc.name, loc.admin1, loc.country_code) == ("Bafoussam", "West", "CMR")
    # alone, it keeps its own place
    loc = first_location(extract, "On 5 May, Hong Kong police fired tear gas at protesters in Central.")
    assert (loc.name, loc.country_code) == ("Central", "HKG")


def test_a_leading_compass_word_is_dropped_only_before_a_country_or_province(extract) -> None:
    loc = first_location(extract, "Jihadists killed ten soldiers in Northern Iraq on Monday.")
    assert (loc.country_code, loc.precision) == ("IRQ", "country")
    # the twin: "West Wing" is no part of Wing, a village in England
    text = "Protesters gathered near the West Wing on Monday, chanting against the president."
    assert first_location(extract, text).country_code != "GBR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the field after an organisation's "of" is no village, nor is an organisation's name
        ("On 3 June 2021, students protested in front of the Council of Ministers in Dhangadi city "
         "(Kailali district, Sudurpashchim).", "Dhangadi"),
        ("On 3 June 2021, militants abducted five employees of the State Ministry of Reconstruction, "
         "Rehabilitation and Resettlement in Kareto (Mobbar LGA, Borno).", "Kareto"),
        ("On 3 June 2021, soldiers defused a bomb at the house of a leader of the Rastriya Janamorcha "
         "Party-Prajatantrik in Bharatpur municipality, Bharatpur (Chitwan District).", "Bharatpur"),
    ],
)
def test_an_organisation_or_its_field_is_no_unknown_village(extract, text: str, name: str) -> None:
    assert first_location(extract, text).name == name


def test_an_organisation_word_leaves_a_village_after_an_office_holder_alone(extract) -> None:
    # the twin: an area word's "of" names a village the gazetteer lacks, held by the areas after it
    text = "On 3 June 2021, gunmen attacked the village of Kabutu (Beni, Nord-Kivu)."
    loc = first_location(extract, text)
    assert (loc.name, loc.country_code) == ("Kabutu", "COD")


def test_an_abbreviation_in_parentheses_is_no_place_holding_the_name(extract) -> None:
    text = (
        "On 3 June 2021, locals protested in Kathmandu, accusing the Department of Archaeology (DoA) of "
        "excluding them from the reconstruction."
    )
    assert (first_location(extract, text).name, first_location(extract, text).country_code) == (
        "Kathmandu", "NPL"
    )
    # no parenthesis after the name, no place: the field is not kept as a village either
    text = "On 3 June 2021, locals protested, accusing the Department of Archaeology (DoA) of delays."
    events = extract(text, published=PUBLISHED)
    assert events and all(e.location is None for e in events)


def test_a_word_in_capitals_in_a_lower_case_sentence_is_an_abbreviation_not_a_town(extract) -> None:
    # "DAO" (a district office) is not Dao, the Philippines; "HOR" not Hor, China
    for office in ("DAO", "HOR"):
        text = f"On 3 June 2021, about a thousand locals staged a sit-in in front of the {office} in Salleri."
        events = extract(text, published=PUBLISHED)
        assert events and all(e.location is None or e.location.country_code is None for e in events)
    # the twins: the town written as a word, and a country written by its initials
    loc = first_location(extract, "On 3 June 2021, gunmen killed two farmers in Dao, Capiz.")
    assert loc.country_code == "PHL"
    loc = first_location(extract, "On 3 June 2021, rebels killed two soldiers in the eastern DRC.")
    assert loc.country_code == "COD"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 3 June 2021, officials in Nairobi condemned the attack in Mandera which killed three police "
         "officers.", "Mandera"),
        ("On 3 June 2021, the minister spoke in Baghdad about the bombing in Kirkuk that killed five "
         "people.", "Kirkuk"),
    ],
)
def test_an_act_that_names_its_own_place_is_there_not_where_others_speak_of_it(extract, text, name) -> None:
    assert first_location(extract, text).name == name


def test_an_act_without_a_place_of_its_own_takes_the_sentence_s_place(extract) -> None:
    text = "On 3 June 2021, gunmen killed five people in Mandera, officials in Nairobi said."
    assert first_location(extract, text).name == "Mandera"
    text = "On 3 June 2021, gunmen in Mandera killed five people."
    assert first_location(extract, text).name == "Mandera"
    # a place of a word below the act (what was agreed) is not the act's own
    text = (
        "On 3 June 2021, the Iraqi Ministry of Defence met with Peshmerga forces in Baghdad, and agreed to "
        "establish two joint security centres in Erbil."
    )
    assert first_location(extract, text).name == "Baghdad"


@pytest.mark.parametrize(
    ("friday", "place"),
    [
        ("demonstrations in Portland, Oregon, turned violent", "Portland"),
        ("demonstrations in the city of Portland, Oregon, turned violent", "Portland"),
        # a place named as no site of an act leaves the article's main place
        ("a demonstration against integration with Canada turned violent", "New York"),
    ],
)
def test_an_act_with_no_place_of_its_own_takes_its_sentence_s_place_before_the_article_s(
    extract, friday: str, place: str
) -> None:
    text = (
        "Thousands of protesters gathered in New York on Wednesday against the election result. "
        f"Protesters marched again in New York on Thursday. On Friday, {friday} and one person was shot."
    )
    events = extract(text, published="2021-06-12")
    (shooting,) = [e for e in events if e.event_type == "Violence against civilians"]
    assert shooting.location.name == place
    # the twin: the protests told with their own place stay in New York
    assert {e.location.name for e in events if e.event_type == "Protests"} == {"New York"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "Congo" names either country: the town written with it decides, and alone it is DR Congo, as
        # wire style writes it ("Congo Republic" for the other)
        ("On 3 June 2021, gunmen killed five people in Beni, Congo.", "COD"),
        ("On 3 June 2021, gunmen killed five people in Brazzaville, Congo.", "COG"),
        ("On 3 June 2021, gunmen killed five civilians in Congo.", "COD"),
        ("On 3 June 2021, protesters marched in Pointe-Noire, Republic of Congo.", "COG"),
    ],
)
def test_congo_is_the_country_its_town_lies_in(extract, text: str, country: str) -> None:
    assert first_location(extract, text).country_code == country


def test_the_verb_an_act_noun_is_the_subject_of_places_the_act(extract) -> None:
    text = (
        "Protesters marched in Lagos on Sunday. Officials met on Monday. "
        "On 3 May 2021, an ambush in Borno State killed five soldiers in Damboa."
    )
    events = extract(text, published="2021-05-05")
    assert [e.location.name for e in events if e.event_type == "Battles"] == ["Damboa"]


def test_a_place_of_an_act_named_inside_another_is_not_the_other_s(extract) -> None:
    text = (
        "Kenyan police in Nairobi have stepped up security. On 3 May 2021, Kenyan police arrested three "
        "suspects in connection with the bombing in Mogadishu last month."
    )
    events = extract(text, published="2021-05-05")
    (arrest,) = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrest.location.country_code == "KEN"
    # the twin: the bombing named inside the arrest keeps its own place
    assert [e.location.name for e in events if e.event_type == "Explosions/Remote violence"] == ["Mogadishu"]


def test_a_town_called_so_before_a_city_known_by_the_name_in_another_tongue(extract) -> None:
    (e,) = extract("On 3 May 2021, police arrested 40 protesters in Gaur.", PUBLISHED)
    assert (e.location.gazetteer_name, e.location.country_code) == ("Gaur", "NPL")  # not Le Havre
    # twin: a far larger city still answers to its old name ("Bombay": Mumbai, not a village)
    (e,) = extract("On 3 May 2021, police arrested 40 protesters in Bombay.", PUBLISHED)
    assert (e.location.gazetteer_name, e.location.country_code) == ("Mumbai", "IND")



def test_the_place_of_its_residents_is_a_place_slot(extract) -> None:
    """A name written as where people live ("residents of X", "X residents") is a place as surely as one
    after "in", "residents of X" also where the gazetteer lacks it; a people's name before "residents"
    and an institution's "of" are none."""
    (e,) = extract("On 3 May 2021, residents of Igbide held a demonstration against power cuts.", PUBLISHED)
    assert e.location is not None and e.location.name == "Igbide"
    (e,) = extract("On 3 May 2021, Kaura residents blocked the highway to protest power cuts.", PUBLISHED)
    assert e.location is not None and e.location.name == "Kaura"  # a known town, tagged ORG
    (e,) = extract("On 3 May 2021, Kurdish residents blocked the highway to protest power cuts.", PUBLISHED)
    assert e.location is None  # a demonym: the residents' people, not their place
    (e,) = extract("On 3 May 2021, Maasai villagers clashed with police.", PUBLISHED)
    assert e.location is None  # a people's name (untagged): not Masai, Malaysia
    text = "On 3 May 2021, the Governor of the Central Bank said protesters blocked roads."
    (e,) = extract(text, PUBLISHED)
    assert e.location is None  # a bank's "of" names no town
    (e,) = extract("On 3 May 2021, residents blocked the highway to protest power cuts.", PUBLISHED)
    assert e.event_type == "Protests" and e.location is None


def test_a_place_the_model_tags_a_number_is_kept_after_in(extract) -> None:
    """A capitalised word of letters after "in" that no number word spells is a place even where the
    model tags it CARDINAL; the numbers of the sentence stay numbers."""
    text = "On 4 May 2021, a clash between two groups over local leadership in Afiesere left 2 people dead."
    (e,) = extract(text, PUBLISHED)
    assert e.location is not None and e.location.name == "Afiesere"
    assert e.fatalities is not None and e.fatalities.best == 2


def test_a_quarter_named_by_an_age_word_keeps_its_area_word() -> None:
    """ "the Old City" is a quarter's own name, not a place called "Old"; area words still go elsewhere."""
    from eventx.geo.written import as_written, core_name

    assert as_written("the Old City") == "Old City" and core_name("New Town") == "New Town"
    assert core_name("the northwestern province of Idlib") == "Idlib"
    assert as_written("Central Province") == "Central"  # a compass word is no age word
    assert as_written("Sittwe District") == "Sittwe"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("On 2 May 2021, gang members shot two men in Cape Town.", "Cape Town", "ZAF"),
        ("On 2 May 2021, gunmen killed a journalist in Mexico City.", "Mexico City", "MEX"),
        ("On 2 May 2021, gunmen killed two people in Benin City, Edo state.", "Benin City", "NGA"),
        # the twin: "city" after a town's own name is an area word ("Kirkuk city")
        ("On 2 May 2021, a bomb exploded in Kirkuk city, killing two.", "Kirkuk", "IRQ"),
    ],
)
def test_a_town_named_with_city_or_town_keeps_the_word(extract, text: str, name: str, country: str) -> None:
    (e,) = extract(text, PUBLISHED)
    assert (e.location.name, e.location.country_code) == (name, country)


def test_a_close_spelling_near_the_named_country_is_no_namesake(extract) -> None:
    """A vowel-folded spelling of a small town must lie in the country the text points to most, not just
    near it ("Kibera" in a report from Kenya is not Kibara, Tanzania)."""
    text = "On 7 May 2021, Kenyan police fired tear gas at protesters who blocked roads in Kibera."
    events = extract(text, PUBLISHED)
    assert events and all(e.location is None or e.location.country_code != "TZA" for e in events)
    (twin,) = extract("On 7 May 2021, Kenyan police fired tear gas at protesters in Kisumu.", PUBLISHED)
    assert twin.location.country_code == "KEN"


def test_a_dateline_s_country_after_its_town_is_the_dateline(extract) -> None:
    """ "MOGADISHU, Somalia (AP) —": the country after the dateline's town is where the report was filed,
    no state acting in the story ("KABUL, Feb 28 (Reuters) -" still ends at the town)."""
    text = (
        "MOGADISHU, Somalia (AP) — A suicide car bomber struck a military base in Lower Shabelle on"
        " Tuesday, killing at least eight soldiers."
    )
    (e,) = extract(text, "2021-06-15")
    assert "Government of Somalia" not in {a.name for a in e.actors}
    assert "Military Forces of Somalia" not in {a.name for a in e.actors_with_role("initiator")}
    assert e.location.admin1 == "Lower Shabelle"
    # a country of two words too: the dateline stays one sentence, its town places nothing and its country
    # acts in nothing
    text = (
        "Militants storm army post in Burkina Faso\n\nOUAGADOUGOU, Burkina Faso (AP) — Suspected jihadists"
        " attacked an army post in northern Burkina Faso, killing 11 soldiers, the army said Tuesday."
    )
    (e,) = extract(text, "2021-12-21")
    assert [a.name for a in e.actors_with_role("initiator")] == ["Unidentified Armed Group (Burkina Faso)"]
    assert (e.location.name, e.location.precision) == ("Burkina Faso", "country")  # not the filing town


def test_a_saint_s_church_is_no_town(extract) -> None:
    """ "at St. John's church in Lagos": the church is named after a saint, the town is Lagos; "in St.
    John's" alone is the town in Newfoundland."""
    (e,) = extract("On 3 May 2021, a bomb exploded at St. John's church in Lagos.", "2021-05-05")
    assert e.location.name == "Lagos"
    (e,) = extract("On 3 May 2021, police shot two men in St. John's on Monday.", "2021-05-05")
    assert e.location.country_code == "CAN"

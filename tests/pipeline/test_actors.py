"""The actors component: how mentions of forces and groups are named, and the acronyms, prefixes and
conventions that must stay in their place (real pipeline, real model)."""

from __future__ import annotations

import pytest

from tests.helpers import sides

PUBLISHED = "2021-04-10"


def test_actor_normalisation(parse) -> None:
    doc = parse(
        "Russian-backed Syrian forces attacked rebels, and Al-Shabaab fighters ambushed Kenyan police. "
        "Russian President Vladimir Putin spoke by phone with his Turkish counterpart."
    )
    names = {a.text: (a.name, a.kind, a.country_code) for a in doc._.eventx_actors}
    syrian = next(v for k, v in names.items() if k.endswith("Syrian forces"))
    assert syrian == ("Military Forces of Syria", "state_forces", "SYR")  # the backer is not the actor
    # the group and its fighters are one mention, headed by the noun that carries its role
    assert names["Al-Shabaab fighters"][:2] == ("Al Shabaab", "rebel_group")
    assert ("Police Forces of Kenya", "state_forces", "KEN") in names.values()
    assert names["Vladimir Putin"] == ("Government of Russia", "government", "RUS")


def test_groups_of_the_great_lakes_and_south_asia_are_named(extract) -> None:
    text = "On 9 March 2021, Raia Mutomboki militiamen clashed with FDLR rebels near Shabunda."
    (e,) = extract(text)
    assert sides(e, "initiator") == [("Raia Mutomboki Militia", "political_militia")]
    assert sides(e, "target") == [("FDLR: Democratic Forces for the Liberation of Rwanda", "rebel_group")]
    # a group named in brackets after its long name is a side of a clash "between" two
    text = (
        "On 9 March 2021, fighting broke out between the Indian army and the National Socialist Council "
        "of Nagaland-Khaplang (NSCN-K) near Mon."
    )
    (e,) = extract(text)
    assert [kind for _, kind in sides(e, "initiator")] == ["state_forces"]
    assert [kind for _, kind in sides(e, "target")] == ["rebel_group"]


def test_a_group_no_list_knows_is_named_as_written_before_its_fighters(extract) -> None:
    # the same in a text in capitals, which is read recased (a whole phrase of it is no name)
    for text in (
        "On 3 May 2019, Bakata Katanga militiamen attacked a village near Kalemie.",
        "ON 3 MAY 2019, BAKATA KATANGA MILITIAMEN ATTACKED A VILLAGE NEAR KALEMIE.",
    ):
        (e,) = extract(text, PUBLISHED)
        assert sides(e, "initiator") == [("Bakata Katanga Militia", "political_militia")]
    # a place's fighters and a people's are no group's name
    for text in (
        "On 3 May 2019, Beni militiamen attacked a village near Kalemie.",
        "On 3 May 2019, Kurdish fighters attacked a village near Kalemie.",
    ):
        (e,) = extract(text, PUBLISHED)
        assert [name.startswith("Unidentified Armed Group") for name, _ in sides(e, "initiator")] == [True]


def test_acronyms_and_prefixes_of_groups(extract) -> None:
    names = [
        a.name
        for e in extract("ANP workers clashed with PTI supporters in Peshawar.", PUBLISHED)
        for a in e.actors
    ]
    assert not any("Afghanistan" in n for n in names)
    twin = extract("ANP officers clashed with Taliban fighters in Kandahar, Afghanistan.", PUBLISHED)
    assert "Police Forces of Afghanistan" in [a.name for e in twin for a in e.actors]
    names = [a.name for e in extract("Pro-Hamas protesters rallied in London.", PUBLISHED) for a in e.actors]
    assert "Hamas" not in names
    twin = extract("Hamas fighters fired rockets at Sderot, Israel.", PUBLISHED)
    assert "Hamas" in [a.name for e in twin for a in e.actors]
    (e,) = extract("Anti-ISIS forces captured the town of Raqqa, Syria.", PUBLISHED)
    assert "Islamic State (IS)" not in [n for n, _ in sides(e, "initiator")]
    (twin,) = extract("ISIS forces captured the town of Raqqa, Syria.", PUBLISHED)
    assert [n for n, _ in sides(twin, "initiator")] == ["Islamic State (IS)"]
    events = extract("Armed Texas militiamen fired on protesters in Kenosha.", PUBLISHED)
    assert not any("Texas" in a.name for e in events for a in e.actors)


def test_conventions_stay_in_their_place(extract) -> None:
    (e,) = extract("KDF soldiers killed five militants near Afmadow.", PUBLISHED)
    assert e.location is None or e.location.country_code != "KEN"
    (twin,) = extract("KDF soldiers killed five militants near Nairobi, Kenya.", PUBLISHED)
    assert twin.location.country_code == "KEN"  # a Kenya the text names is kept
    events = extract("A landmine exploded near frontline health workers, injuring two.", PUBLISHED)
    assert not any("Ukraine" in a.name for e in events for a in e.actors)
    twin = extract(
        "A landmine exploded near the frontline in Donetsk, Ukraine, injuring two soldiers.", PUBLISHED
    )
    assert any("Ukraine" in a.name for e in twin for a in e.actors)
    (e,) = extract("Fans of Manchester United clashed with police in Manchester after the match.", PUBLISHED)
    assert "political_militia" not in [k for _, k in sides(e, "initiator")]
    (e,) = extract("Soldiers seized 200 cattle from herders in Mopti, Mali.", PUBLISHED)
    assert "political_militia" not in [k for _, k in sides(e, "target")]


def test_a_group_written_with_two_names_joined_by_a_slash(extract) -> None:
    boko_haram = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    text = "On 24 June 2020, Boko Haram/IS attacked Cross Kauwa, Nigeria, and were repelled by the army."
    assert boko_haram in {a.name for e in extract(text) for a in e.actors if a.role == "initiator"}
    # the positive twin: one name alone is the same group
    alone = extract(text.replace("Boko Haram/IS", "Boko Haram"))
    assert boko_haram in {a.name for e in alone for a in e.actors if a.role == "initiator"}


def test_an_organisation_that_does_an_armed_act_is_an_armed_group(extract) -> None:
    text = "On 27 March 2021, the Northern Alliance launched an attack against an army position in Muse."
    (e,) = extract(text)
    assert ("Northern Alliance", "political_militia") in sides(e, "initiator")
    (e,) = extract("On 27 March 2021, the Zomi Revolutionary Council ambushed a police patrol near Tamu.")
    assert ("Zomi Revolutionary Council", "political_militia") in sides(e, "initiator")
    # a civil body by its name, or an attack on no one, makes no armed group
    for text in (
        "On 27 March 2021, the Crimes Commission ambushed a smuggler's convoy near Lagos, Nigeria.",
        "On 27 March 2021, the Labour Party launched an attack on the government in Lagos, Nigeria.",
    ):
        for e in extract(text):
            named = [n for n, k in sides(e, "initiator") if k == "political_militia"]
            assert all(n.startswith("Unidentified") for n in named)
    assert len(extract("Barcelona launched a late attack and scored in the second half.")) == 0


def test_the_popular_mobilization_forces_are_iraqs_state_forces(extract) -> None:
    (e,) = extract("On 13 March 2021, the PMF discovered a weapons cache in Najaf city, Iraq.")
    assert [k for _, k in sides(e, "initiator")] == ["state_forces"]


@pytest.mark.parametrize(
    "text",
    [
        "On 11 March 2021, suspected Fulani pastoralists attacked the manager of a farm in Igangan, Oyo.",
        "On 11 March 2021, suspected cattle rustlers attacked a pastor and an engineer near Kafanchan.",
        "On 11 March 2021, a mechanic was attacked near Kafanchan, Kaduna.",
    ],
)
def test_people_named_by_a_civilian_occupation_are_civilians_when_hit(extract, text: str) -> None:
    (e,) = extract(text)
    assert e.event_type == "Violence against civilians"
    assert "civilians" in [k for _, k in sides(e, "target")]


@pytest.mark.parametrize(
    "text",
    [
        "On 24 January 2021, Taliban gunmen killed three government workers in Kunduz, Afghanistan.",
        "On 24 January 2021, shelling killed two border residents in Kotli, Pakistan.",
        "On 24 January 2021, gunmen shot dead a retired army doctor near Maungdaw, Rakhine.",
    ],
)
def test_civilians_with_a_state_word_before_them_stay_civilians(extract, text: str) -> None:
    (e,) = extract(text)
    assert "state_forces" not in [k for _, k in sides(e, "target")]


def test_a_civilian_occupation_in_the_service_of_state_forces_is_those_forces(extract) -> None:
    (e,) = extract("On 24 January 2021, gunmen shot dead an army doctor near Maungdaw, Rakhine.")
    assert [k for _, k in sides(e, "target")] == ["state_forces"]
    (e,) = extract("On 24 January 2021, gunmen shot dead a doctor near Maungdaw, Rakhine.")
    assert [k for _, k in sides(e, "target")] == ["civilians"]
    # an informer serves the forces from outside them: a civilian
    (e,) = extract("On 24 January 2021, gunmen shot dead a police informer near Chaibasa, Jharkhand.")
    assert "state_forces" not in [k for _, k in sides(e, "target")]


@pytest.mark.parametrize(
    "who", ["an off-duty soldier", "a retired police officer", "a former soldier", "an ex-policeman"]
)
def test_a_member_of_the_forces_out_of_service_is_a_civilian(extract, who: str) -> None:
    (e,) = extract(f"On 6 March 2021, gunmen shot dead {who} in Jos, Plateau.")
    assert (e.event_type, {k for _, k in sides(e, "target")}) == ("Violence against civilians", {"civilians"})


def test_a_member_of_the_forces_in_service_stays_the_forces(extract) -> None:
    (e,) = extract("On 6 March 2021, gunmen shot dead a soldier in Jos, Plateau.")
    assert [k for _, k in sides(e, "target")] == ["state_forces"]
    # a possessor out of office leaves the forces it owns in service
    (e,) = extract("On 6 March 2021, the former president's soldiers clashed with rebels in Bangui.")
    assert "state_forces" in [k for _, k in sides(e, "initiator")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known group's name and a faction's name after it: the faction in brackets, as ACLED writes it
        ("On 4 May, the army retook Kilembwe from the Mai-Mai Malaika after heavy fighting.",
         "Mai-Mai Militia (Malaika)"),
        # the twins: the group's name alone, with an actor noun after it, or with a day's name or a place
        # of its country after it, has no faction
        ("On 4 May, the army retook Kilembwe from the Mai-Mai after heavy fighting.", "Mai-Mai Militia"),
        ("On 4 May, the Mai-Mai militiamen attacked Kilembwe.", "Mai-Mai Militia"),
        ("On 4 May, Mai-Mai Monday raids killed three soldiers near Beni.", "Mai-Mai Militia"),
        ("On 4 May, Taliban Kandahar fighters attacked a police post.", "Taliban"),
    ],
)  # fmt: skip
def test_a_faction_named_after_its_group_is_the_group_s_faction(parse, text: str, name: str) -> None:
    doc = parse(text)
    names = {a.name for a in doc._.eventx_actors}
    assert name in names
    assert not any(n.startswith(name + " (") for n in names)


def test_an_acronym_joined_by_a_hyphen_names_the_whole_group(parse) -> None:
    doc = parse("On 3 May, the SPLA-IO attacked a government base in Yei.")
    names = {a.name for a in doc._.eventx_actors}
    assert any(n.startswith("SPLM/A-IO") for n in names)
    assert "Military Forces of South Sudan (SSPDF)" not in names  # not its first part, "SPLA"
    # the twin: the first part written alone is the state's army it names
    doc = parse("On 3 May, the SPLA attacked a rebel base in Yei.")
    assert "Military Forces of South Sudan (SSPDF)" in {a.name for a in doc._.eventx_actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 2 June, Boko Haram fighters ambushed NAF near Dikwa, Borno.", "Military Forces of Nigeria"),
        ("On 2 June, NAF fired mortars at army positions near Zolote, Luhansk.",
         "NAF: United Armed Forces of Novorossiya"),
        ("On 2 June, NAF announced new rules for its pilots.", None),  # the text points nowhere
        # an acronym other bodies go by is the group only where the text points to the group's country
        ("On 2 June, the AA ambushed an army convoy near Kyauktaw, Rakhine.", "Arakan Army"),
        ("On 2 June, AA cancelled flights from Dallas, Texas, after a strike.", None),
        ("On 2 June, Myanmar troops fired AA guns at KIA positions near Laiza.", None),  # anti-aircraft
    ],
)  # fmt: skip
def test_an_acronym_two_groups_share_is_the_group_of_the_text_s_country(parse, text, name) -> None:
    doc = parse(text)
    acronym = "NAF" if "NAF" in text else "AA"
    named = [a.name for a in doc._.eventx_actors if a.text and acronym in a.text.split()]
    assert named == ([name] if name else [])


def test_an_unknown_organisation_that_attacks_forces_or_their_posts_is_an_armed_group(parse) -> None:
    doc = parse("On 3 May, the Karo Liberation Council attacked an army post near Ilam.")
    assert ("Karo Liberation Council", "political_militia") in {(a.name, a.kind) for a in doc._.eventx_actors}
    # the twins: an attack in words, or by a civil body, names no armed group
    for text in (
        "On 3 May, the Karo Liberation Council attacked the government's budget in a statement.",
        "On 3 May, the Karo Liberation Council attacked the police for the killings near Ilam.",
        "On 3 May, the Karo Workers Union attacked an army post near Ilam.",
    ):
        assert not any("Karo" in (a.name or "") for a in parse(text)._.eventx_actors), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Urban guerrillas of the FMLN attacked a National Guard post in San Miguel.",
         "FMLN: Farabundo Marti National Liberation Front"),
        ("Shining Path rebels blew up two power pylons near Huancayo.", "Shining Path"),
        ("The Extraditables claimed the bombing of a newspaper office in Bogota.", "Medellin Cartel"),
    ],
)  # fmt: skip
def test_armed_groups_of_past_latin_american_conflicts_are_known(parse, text: str, name: str) -> None:
    assert name in {a.name for a in parse(text)._.eventx_actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("On 1 July, the Nigerian Air Force bombed a camp near Bama.", "Military Forces of Nigeria",
         "state_forces"),
        ("On 1 July, the Royal Thai Army killed two militants near Yala.", "Military Forces of Thailand",
         "state_forces"),
        ("On 1 July, the Turkish Armed Forces shelled a village near Afrin.", "Military Forces of Turkey",
         "state_forces"),
        ("On 1 July, the Somali National Army repelled an attack near Afgooye.", "Military Forces of Somalia",
         "state_forces"),
        # the twin: an opposition army named after its country is no state's force
        ("On 1 July, the Syrian National Army shelled a village near Tal Abyad.", "Syrian National Army",
         "rebel_group"),
    ],
)  # fmt: skip
def test_a_country_s_arm_of_service_is_its_forces(parse, text: str, name: str, kind: str) -> None:
    doc = parse(text)
    assert (name, kind) in {(a.name, a.kind) for a in doc._.eventx_actors}


def test_a_thing_naming_a_person_s_office_is_no_target_thing(parse) -> None:
    # "village" in "a village chief" says whose chief he is; the chief is the one attacked
    doc = parse("Gunmen shot and killed a village chief in Malitbog, Iloilo, Philippines.")
    assert "village" not in [a.text for a in doc._.eventx_actors]
    # the twin: a village attacked is a target thing
    doc = parse("Gunmen attacked a village in Malitbog, Iloilo, Philippines.")
    assert "a village" in [a.text for a in doc._.eventx_actors]


def test_a_plural_actor_noun_in_title_case_is_read_as_its_noun(parse) -> None:
    # the tagger leaves the lemma of "Guards" plural when the words are capitalised as a name
    doc = parse("On 1 July 2020, Iraqi Border Guards were deployed at the border north of Zakho, Iraq.")
    assert ("state_forces", "Iraqi Border Guards") in {(a.kind, a.text) for a in doc._.eventx_actors}
    doc = parse("On 1 July 2020, Iraqi border guards were deployed at the border north of Zakho, Iraq.")
    assert ("state_forces", "Iraqi border guards") in {(a.kind, a.text) for a in doc._.eventx_actors}
    # the twin: a party's name is not its fighters ("the Economic Freedom Fighters")
    doc = parse("The Economic Freedom Fighters clashed with police in Cape Town, South Africa.")
    assert "identity_militia" not in {a.kind for a in doc._.eventx_actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Gunmen shot dead an army captain in Baghdad, Iraq.", "Military Forces of Iraq", "state_forces"),
        ("Gunmen shot dead a police lieutenant colonel in Basra.", "Police Forces of Iraq", "state_forces"),
        # the twins: a modifier naming an armed group makes the officer theirs; a ship's captain is none
        ("Soldiers killed a rebel colonel near Beni, DR Congo, on Monday.", None, "rebel_group"),
        ("Gunmen killed a fishing boat captain in Lamu, Kenya, on Monday.", None, "civilians"),
    ],
)  # fmt: skip
def test_a_military_rank_is_an_officer_of_the_forces_its_modifier_names(
    extract, text: str, name: str | None, kind: str
) -> None:
    (e,) = extract(text, published="2021-05-02")
    assert e.fatalities.best == 1
    targets = [(a.name, a.kind) for a in e.actors_with_role("target")]
    assert any(k == kind and (name is None or n == name) for n, k in targets), targets


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        # the one group the report names: its fighters called by a common noun are that group
        ("The FMLN harassed two national guard posts on Thursday. On 2 February 1990, the rebels "
         "attacked military positions in San Salvador.", "FMLN: Farabundo Marti National Liberation Front"),
        ("The FMLN harassed two national guard posts on Thursday. On 2 February 1990, Salvadoran rebels "
         "attacked military positions in San Salvador.", "FMLN: Farabundo Marti National Liberation Front"),
        ("Police said Boko Haram had threatened the town. On 3 May 2021, the insurgents attacked the army "
         "base in Monguno, Borno, Nigeria.", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        # two groups named: the noun could be either
        ("The FMLN and the Shining Path issued statements. On 2 February 1990, the rebels attacked "
         "military positions in San Salvador, El Salvador.", "Unidentified Armed Group (El Salvador)"),
        # marked unknown, or a noun that names no group
        ("The FMLN harassed two posts on Thursday. On 2 February 1990, unidentified militants attacked "
         "military positions in San Salvador, El Salvador.", "Unidentified Armed Group (El Salvador)"),
        ("Islamic State fighters attacked a village on Friday. On 3 May 2021, local militants attacked a "
         "checkpoint near Mosul, Iraq.", "Unidentified Armed Group (Iraq)"),
        ("The FMLN harassed two posts on Thursday. On 2 February 1990, militants of a new group attacked "
         "military positions in San Salvador, El Salvador.", "Unidentified Armed Group (El Salvador)"),
        ("The FMLN harassed two posts on Thursday. On 2 February 1990, gunmen attacked military positions in "
         "San Salvador, El Salvador.", "Unidentified Armed Group (El Salvador)"),
    ],
)  # fmt: skip
def test_fighters_called_by_a_common_noun_are_the_one_group_the_report_names(
    extract, text: str, initiator: str
) -> None:
    events = [e for e in extract(text) if e.event_type == "Battles"]
    assert [a.name for e in events for a in e.actors if a.role == "initiator"] == [initiator]


def test_a_participle_clause_s_act_is_done_by_the_subject_of_its_verb(extract) -> None:
    text = "On 3 May 2021, ADF rebels ambushed an army convoy near Oicha, Nord-Kivu, kidnapping two nurses."
    events = {e.sub_event_type: e for e in extract(text)}
    abduction = events["Abduction/forced disappearance"]
    assert sides(abduction, "initiator") == [("ADF: Allied Democratic Forces", "rebel_group")]
    # a clause with a subject of its own keeps it
    text = (
        "On 3 May 2021, ADF rebels ambushed an army convoy near Oicha, Nord-Kivu, as bandits kidnapped two "
        "nurses."
    )
    events = {e.sub_event_type: e for e in extract(text)}
    abduction = events["Abduction/forced disappearance"]
    assert [kind for _, kind in sides(abduction, "initiator")] == ["political_militia"]
    assert "ADF" not in str(sides(abduction, "initiator"))
    # under any act, as the grammar has it: "police arrested three suspects, injuring one of them"
    text = "On 3 May 2021, police arrested three suspects in Goma, Nord-Kivu, injuring one of them."
    attack = {e.sub_event_type: e for e in extract(text)}["Attack"]
    assert [kind for _, kind in sides(attack, "initiator")] == ["state_forces"]


def test_rebels_are_not_a_militia_s_fighters_but_militants_are(extract) -> None:
    text = (
        "Hezbollah fighters were seen near the town on Thursday. On 3 May 2021, the rebels attacked army "
        "positions in Qusayr, Homs, Syria."
    )
    (event,) = [e for e in extract(text) if e.event_type == "Battles"]
    assert [a.name for a in event.actors if a.role == "initiator"] == ["Unidentified Armed Group (Syria)"]
    text = text.replace("the rebels", "the militants").replace("Qusayr, Homs, Syria", "Hermel, Lebanon")
    (event,) = [e for e in extract(text) if e.event_type == "Battles"]
    assert [a.name for a in event.actors if a.role == "initiator"] == ["Hezbollah"]
    # not where the sentence places the act only in another country than the group's
    text = text.replace("Hermel, Lebanon", "Qusayr, Homs, Syria")
    (event,) = [e for e in extract(text) if e.event_type == "Battles"]
    assert [a.name for a in event.actors if a.role == "initiator"] == ["Unidentified Armed Group (Syria)"]


def test_personnel_of_a_civilian_body_are_civilians_but_military_personnel_are_forces(extract) -> None:
    (e,) = extract("Gunmen killed two medical personnel in Mazar-i-Sharif, Afghanistan, on 10 Nov 2016.")
    assert sides(e, "target") == [("Civilians (Afghanistan)", "civilians")]
    (e,) = extract("Gunmen killed two military personnel in Mazar-i-Sharif, Afghanistan, on 10 Nov 2016.")
    assert sides(e, "target") == [("Military Forces of Afghanistan", "state_forces")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 3 April 2021, police killed three members of a kidnapping gang in Kaduna.", "political_militia"),
        ("On 3 April 2021, police killed three gang members in Kaduna.", "political_militia"),
        # the twin: members of a party or a community are civilians
        ("On 3 April 2021, police shot three members of the opposition party in Kaduna.", "civilians"),
    ],
)
def test_members_of_a_gang_are_an_armed_group_however_written(extract, text: str, kind: str) -> None:
    (e,) = extract(text, PUBLISHED)
    assert [a.kind for a in e.actors_with_role("target")] == [kind]


def test_a_listed_name_across_the_model_s_entity_bounds(parse) -> None:
    """The model tags part of a listed group's name ("Ambazonian" of "Ambazonian separatists") or runs an
    entity on into the place after it ("the Sinaloa Cartel in Aguililla"): the group is read all the same;
    a group's own name beginning with "anti-" is no opposition to it ("anti-Balaka"), "anti-ISIS" is."""

    def named(text: str) -> set[str]:
        return {a.name for a in parse(text)._.eventx_actors}

    assert "Ambazonian Separatists" in named("On 3 May, suspected Ambazonian separatists killed two police.")
    assert "Sinaloa Cartel" in named("On 5 May, the CJNG clashed with the Sinaloa Cartel in Aguililla.")
    assert "Anti-Balaka" in named("On 25 May, anti-Balaka militiamen clashed with UPC rebels in Bambari.")
    assert "Islamic State (IS)" not in named("On 25 May, anti-ISIS forces shelled a village near Raqqa.")
    assert "Islamic State (IS)" in named("On 25 May, ISIS forces shelled a village near Raqqa.")


def test_a_listed_name_written_with_of_its_country_or_first_in_the_sentence(parse) -> None:
    """ "members of the Kurdistan Democratic Party of Iran": the model ends the entity before "of Iran", the
    name is read whole; a listed name that opens a sentence before a noun of its members is a name
    ("Basij members"), and the mention is headed by that noun, which carries the role."""

    def named(text: str) -> dict[str, str]:
        return {a.name: a.text for a in parse(text)._.eventx_actors}

    kdpi = named(
        "On 21 May, members of the Kurdistan Democratic Party of Iran clashed with the IRGC in Sardasht."
    )
    assert {
        "KDPI: Kurdistan Democratic Party of Iran",
        "Military Forces of Iran (Islamic Revolutionary Guard Corps)",
    } <= set(kdpi)
    assert (
        named("Basij members beat a student in Tehran.").get("Military Forces of Iran (Basij)")
        == "Basij members"
    )
    # the twin: a name of no listed group stays a plain word of people, and a bank is no guard corps
    assert "Military Forces of Iran (Basij)" not in named("Bazaar members beat a student in Tehran.")
    bank = named("On 3 March, Sepah bank employees protested in Tehran.")
    assert not any("Revolutionary" in n for n in bank)


def test_members_of_an_armed_group_are_no_crowd(extract) -> None:
    """Members of a listed armed group or a gang who beat people do so as that group, not as a rioting crowd
    of members (``of_an_armed_group``); a party's members who do so are rioters."""
    (e,) = extract("On 3 April 2021, Imbonerakure members beat a man in Ngozi.", PUBLISHED)
    assert (e.event_type, e.actors_with_role("initiator")[0].name) == (
        "Violence against civilians",
        "Imbonerakure",
    )
    (e,) = extract(
        "On 3 April 2021, opposition party members beat two election monitors in Harare.", PUBLISHED
    )
    assert e.event_type == "Riots"


def test_separatists_are_rebels(parse) -> None:
    """Those who fight to secede are a rebel group by the ACLED Codebook's definition."""
    doc = parse("On 15 May, separatists shelled an army post near Avdiivka, Donetsk.")
    assert ("separatists", "rebel_group") in {(a.text, a.kind) for a in doc._.eventx_actors}
    doc = parse("On 15 May, protesters marched near Avdiivka, Donetsk.")
    assert ("protesters", "protesters") in {(a.text, a.kind) for a in doc._.eventx_actors}


def test_a_country_s_positions_are_its_forces(parse) -> None:
    """Positions, posts and convoys of no side of their own belong to the forces of the country named or
    implied before them (``country_sided_things``); other things keep theirs ("a Ukrainian bus")."""

    def kinds(text: str) -> set[tuple[str, str]]:
        return {(a.name, a.kind) for a in parse(text)._.eventx_actors}

    assert ("Military Forces of Ukraine", "state_forces") in kinds("Rebels shelled Ukrainian positions.")
    assert ("Military Forces of India", "state_forces") in kinds("Troops fired at Indian posts in Poonch.")
    assert not any(k == "state_forces" for _, k in kinds("Gunmen attacked a Ukrainian bus near Avdiivka."))
    assert not any(k == "state_forces" for _, k in kinds("Gunmen attacked a Nigerian aid convoy near Gwoza."))


def test_gangs_are_armed_groups_and_a_hyphened_participle_is_no_actor(parse, extract) -> None:
    """Criminal gangs are ACLED's unidentified armed groups; a noun written together with the verb of a
    clause ("gang-raped a passenger") is a word of the verb, not an actor; a participle that modifies a
    noun keeps its doer ("police-fired tear gas", "a police-led operation")."""

    def kinds(text: str) -> list[tuple[str, str]]:
        return [(a.text, a.kind) for a in parse(text)._.eventx_actors]

    assert ("Two rival gangs", "political_militia") in kinds("Two rival gangs fought in Port-au-Prince.")
    raped = "On 28 May, a gang attacked a motorbike taxi and gang-raped a passenger in Nairobi."
    assert [t for t, _ in kinds(raped)] == ["a gang", "a passenger"]
    assert [k for _, k in kinds("Police-led raids killed five suspects.")] == ["state_forces"]
    assert "state_forces" in [k for _, k in kinds("Police-fired tear gas injured five protesters.")]
    (e,) = extract("On 2 June 2021, two rival gangs engaged in a gunfight in Port-au-Prince, killing 5.")
    assert [a.role for a in e.actors] == ["initiator", "target"]  # one phrase names both sides


def test_an_attack_joined_to_a_sharper_act_on_civilians_is_one_incident(extract) -> None:
    """ "attacked X and raped/abducted Y" (one subject, joined by "and") is one incident named by the
    sharper act; "attacked the village and killed five" stays an attack."""
    text = "On 28 October 2020, a gang attacked a motorbike taxi and gang-raped a passenger in Nairobi."
    (e,) = extract(text, "2020-11-01")
    assert e.sub_event_type == "Sexual violence"
    (e,) = extract("On 28 October 2020, gunmen attacked Kadisau and abducted 12 people.", "2020-11-01")
    assert e.sub_event_type == "Abduction/forced disappearance"
    (e,) = extract("On 28 October 2020, gunmen attacked Kadisau village and killed 5 people.", "2020-11-01")
    assert e.sub_event_type == "Attack" and e.fatalities.best == 5
    (e,) = extract("On 28 October 2020, soldiers beat and abducted a man in Kati.", "2020-11-01")
    assert e.sub_event_type == "Attack"  # a beating is harm done: no plain attack (plain_attack_words)
    # an act joined so with a town of its own, or told as later, is an incident of its own
    text = "On 3 May 2021, bandits attacked a church in Kaduna and abducted 5 farmers in Minna."
    assert sorted(e.location.name for e in extract(text, "2021-06-10")) == ["Kaduna", "Minna"]
    text = "On 3 May 2021, bandits attacked a church in Kaduna and later abducted 5 farmers."
    assert len(extract(text, "2021-06-10")) == 2


def test_unknown_people_who_destroy_are_an_unidentified_armed_group(extract) -> None:
    """People called unknown or unidentified who do violence or destroy property are ACLED's Unidentified
    Armed Group; residents who burn houses are rioters, and unknown people hurt stay the target."""
    (e,) = extract("On 3 May 2021, unknown people burned 20 houses in Paletwa, Chin State.", "2021-06-10")
    assert [(a.role, a.kind) for a in e.actors][0] == ("initiator", "political_militia")
    (e,) = extract("On 3 May 2021, residents burned 20 houses in Paletwa, Chin State.", "2021-06-10")
    assert e.event_type == "Riots"
    (e,) = extract("On 3 May 2021, two unidentified people were shot dead in Kano.", "2021-06-10")
    assert {(a.role, a.kind) for a in e.actors} >= {("target", "civilians")}

"""Where a figure's event is, and a distance's endpoints (extract/places.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import quantities
from crosscheck.extract.places import _capital_of_country, article_place
from test_extract import claims, one


def test_the_clause_names_the_place() -> None:
    body = "Rioting spread from Eastport. Twelve people were killed in southern Veyland."
    assert one(body, "Twelve")["place"] == "Veyland"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("In neighbouring Belmont province, 17 people were killed.", "Belmont province"),
        ("Floods in remote northern Eastmark killed 12 people.", "Eastmark"),
        # a town named in apposition to the word for it
        ("In the capital, Eastport, at least 450 marchers were detained.", "Eastport"),
        ("At least 450 marchers were detained in the capital, Eastport.", "Eastport"),
        ("Floods in the coastal town Westby killed 12 people.", "Westby"),
        # who holds the town, before its name (not "in a hospital in| Eastport" after)
        ("The toll from the attack on a college in Veyland-occupied Westby rose to 21 on "
         "Monday, after a woman died in a hospital in Eastport.", "Westby"),
        ("Shelling in rebel-held Westby killed 12 people, doctors in Eastport said.",
         "Westby"),
    ],
)  # fmt: skip
def test_a_word_of_where_before_the_name_keeps_the_place(body: str, place: str) -> None:
    (entry,) = claims(body)
    assert entry["place"] == place


def test_none_in_a_place_is_a_count_of_that_place_only() -> None:
    body = "The quake killed 23 people. No deaths were reported in Eastmark or the hills."
    entry = one(body, "No")
    assert (entry["best"], entry["subject"]) == (0, "people killed (in Eastmark)")


def test_else_the_sentence_then_the_paragraph() -> None:
    body = (
        "Fighting in Eastport went on overnight. Officials said 30 people were killed, "
        "and 45 were hurt.\n\nIn Port Elin's harbour 6 boats sank. Another 4 were lost."
    )
    assert one(body, "30")["place"] == "Eastport"
    assert one(body, "45")["place"] == "Eastport"
    assert one(body, "4")["place"] == "Port Elin"


def test_where_a_source_spoke_is_not_the_figure_s_place() -> None:
    body = (
        "Floods hit towns in Eastmark. Eleven people drowned, the governor told reporters "
        "in Port Elin."
        "\n\nThe minister said in Westby that 9 people died in Northam."
    )
    assert one(body, "Eleven")["place"] == "Eastmark"
    assert one(body, "9")["place"] == "Northam"
    body = (
        "Addressing the media in Port Elin on Friday, the commissioner said that 259 people "
        "were arrested at the scene."
    )
    assert "place" not in one(body, "259")


@pytest.mark.parametrize(
    "body",
    [
        "A rights group based in Geneva said 40 people died.",
        "Opposition activists in Lima put the death toll at 40.",
        "Officials in Lima also say 40 people died.",  # an adverb before the verb
        "The ministry in Lima, however, counts 40 foreigners killed.",  # an aside
        "Officials in Lima and Cusco spoke of 40 dead.",  # two seats
        # the source's seat, not followed by its verb
        "But Coast Wire, an outlet based in Westby, has published the names of 40 soldiers "
        "it says died.",
    ],
)
def test_where_a_source_is_is_not_the_figure_s_place(body: str) -> None:
    assert "place" not in one(body, "40")


@pytest.mark.parametrize(
    "sentence",
    [
        # a country the source is of, or whose body it speaks for
        "The attackers numbered 40, according to a senior official in the Peru government.",
        "According to the Deputy Prosecutor General of Peru, about 40 militants took part.",
        "Peru's Health Ministry put the number of dead at 40 today.",
    ],
)
def test_the_source_s_own_country_is_not_the_figure_s_place(sentence: str) -> None:
    body = f"Floods hit towns in Arequipa on Monday.\n\n{sentence}"
    entry = next(e for e in claims(body) if "40" in e["figure"])
    assert entry["place"] == "Arequipa"  # the paragraph's, else the article's


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # the capital its sentence named, even as where its source is
        ("Lima police said they had detained \u201caround 40\u201d people in the capital.",
         "Lima"),
        ("Officials in New Delhi said 40 people were injured in the capital.", "New Delhi"),
        # no capital named: no place said
        ("Floods hit towns in Arequipa.\n\nPolice said 40 people were held in the capital.",
         "Arequipa"),
        # a capital of something else is no country's capital named before
        ("Lima police said 40 people were detained in the capital of the province.", None),
        # none in its sentence: the last capital the article named before it
        ("Protests spread from Cusco to Lima on Sunday.\n\nPolice said 40 people were "
         "detained in the capital.", "Lima"),
        # a country's capital by its people's word
        ("Police said 40 people were detained in the Peruvian capital.", "Lima"),
        ("In the Peruvian capital, 40 people were detained.", "Lima"),
        # none named at all: the capital of the country the article is about
        ("Floods hit towns across Peru.\n\nPolice said 40 people were held in the capital.",
         "Lima"),
    ],
)  # fmt: skip
def test_in_the_capital_is_the_capital_its_sentence_named(body: str, place: str | None) -> None:
    (entry,) = claims(body)
    assert entry.get("place") == place


def test_a_parliament_is_a_body_not_a_place() -> None:
    body = "The report, tabled in the National Assembly, says all four attackers were killed."
    assert "place" not in one(body, "all four")


@pytest.mark.parametrize(
    "body",
    [
        "More than 1,000 people may have died in Cyclone Norma, the president said.",
        "At least 30 died in Tropical Storm Westa on Monday.",
    ],
)
def test_a_storm_s_name_is_no_place(body: str) -> None:
    assert "place" not in claims(body)[0]


def test_else_the_dateline_city() -> None:
    body = "PORT ELIN, March 3 (Coast Wire) - Officials said 14 people were injured."
    assert one(body, "14")["place"] == "Port Elin"


def test_the_building_speakers_are_at_is_no_place_of_their_figures() -> None:
    body = "LIMA - Volunteers at the Cusco sports centre said they feared 100 people had died."
    assert one(body, "100")["place"] == "Lima"


def test_where_a_report_was_released_is_no_place_of_its_figures() -> None:
    body = "In a report released in Lima, the group said fighters killed 152 civilians."
    assert one(body, "152").get("place") != "Lima"


def test_a_headline_s_country_gives_way_to_the_dateline_s_town_in_it() -> None:
    # "Peru death toll rises to 87" over "AREQUIPA, Peru -": the town, not all the country
    title = "Peru death toll from clashes at the mine rises to 87"
    body = f"{title}\nAREQUIPA, Peru, Nov 29 (AFP) - The death toll has risen to 87, police said."
    assert article_place(body, title) == "Arequipa"
    # ... and with no dateline, the country the headline names
    body = f"{title}\nThe death toll from weekend clashes has risen to 87, police said."
    assert article_place(body, title) == "Peru"
    # ... and a dateline from its capital is where a country's story is filed from
    title = "Peru quake death toll rises to 870"
    body = f"{title}\nLIMA, Peru, Nov 29 (AFP) - The death toll has risen to 870, police said."
    assert article_place(body, title) == "Peru"
    # ... however the dateline spells the capital's name ("PORT OF SPAIN" title-cased)
    assert _capital_of_country("Port Of Spain", "Trinidad and Tobago")
    assert not _capital_of_country("Arequipa", "Peru")


def test_a_dateline_with_accents_after_the_headline_that_names_its_town() -> None:
    title = "Eastvalí mine toll rises to 14"
    body = f"{title}\n\nEASTVALÍ – The number of miners killed rose to 14 on Saturday."
    assert article_place(body, title) == "Eastvalí"
    # a capital the headline does not name, after it: where the report was filed from
    title = "Police arrest hundreds as protests spread across Veyland"
    body = f"{title}\n\nPORT ANSEL, Jan 15 (Coast Wire) - Police in Veyland have arrested 600."
    assert article_place(body, title) == "Veyland"


def test_a_name_s_own_small_words_are_part_of_it() -> None:
    from crosscheck.extract.places import places_in

    text = "Fighting in Ciudad del Este, and in the Sol de Oro mine."
    assert list(places_in(text)) == ["Ciudad del Este", "Sol de Oro"]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # a town of the dateline city's country, named as a town: where the story is
        ("An inquiry into the blasts in the Peruvian port city of Callao has found", "Callao"),
        # the dateline city itself, or a town abroad, leaves the dateline's
        ("An inquiry into the blasts in the city of Lima has found", "Lima"),
        ("An inquiry into the blasts in the port city of Valparaiso has found", "Lima"),
        # translated agency copy: "in Callao city of the ... Region"
        ("An inquiry into the blasts in Callao city of the Lima Region has found", "Callao"),
    ],
)
def test_a_lead_in_a_town_of_the_dateline_s_country_is_the_story_s_place(
    lead: str, place: str
) -> None:
    body = f"LIMA (AP) — {lead} that they killed 40 people.\n\nMore than 1,000 were hurt."
    assert one(body, "More than 1,000")["place"] == place


def test_a_school_named_by_its_number_is_no_place_but_its_town_is() -> None:
    body = "A spokesman said 354 hostages were being held in School No. 1 in the town of Cusco."
    assert one(body, "354")["place"] == "Cusco"


def test_an_agency_s_dated_dateline_gives_way_to_the_area_its_lead_names() -> None:
    body = (
        "Lima, 2 May 2025 (WNA) - The army post of Westby, in the province of Eastby, was"
        " the target of an attack on Saturday, the army said.\n\nNine soldiers were killed,"
        " the communique said."
    )
    assert one(body, "Nine")["place"] == "Eastby"
    # a lead that names no area leaves the dateline's city
    body = "Lima, 2 May 2025 (WNA) - Nine soldiers were killed, the army said."
    assert one(body, "Nine")["place"] == "Lima"


def test_a_capital_s_dateline_gives_way_to_the_town_its_lead_sets_the_event_in() -> None:
    # the event named in a town of the dateline city's country, by the town's name alone
    body = (
        "LIMA — Peru's health ministry on Monday revised the toll from Saturday's train "
        "derailment in Cusco down to 19.\n\nIt said 88 people had been injured."
    )
    assert one(body, "88")["place"] == "Cusco"
    # a colon dateline gives way to the area its lead names, as the others do
    body = (
        "LIMA: The government on Sunday revised the toll from Friday's attack on a mosque in "
        "Westby district down to 27.\n\nIt said 45 people had been injured."
    )
    assert one(body, "45")["place"] == "Westby district"


def test_a_dateline_abroad_is_where_the_report_was_filed_not_its_place() -> None:
    from crosscheck.extract.places import article_place

    for dateline in ("SANTIAGO (AP) —", "SANTIAGO, May 26 (AP) -", "SANTIAGO, Sept. 3 (AP) -"):
        # (a day after the city's comma is no country of its own)
        body = (
            f"{dateline} One year after Peru's army seized power, the country is in turmoil."
            "\n\nSecurity forces have killed at least 1,503 civilians since the takeover."
        )
        assert article_place(body, "A year on") == "Peru", dateline
    # An abbreviation's point does not end the lead's sentence before its people's word.
    body = (
        "SANTIAGO (AP) — About 1,500 people were killed in unrest that started on Nov. 15, "
        "three Peruvian officials said."
    )
    assert article_place(body, "Special report") == "Peru"
    # The lead names the dateline's own country, or the dateline names it: the city stays.
    for body in (
        "LIMA (AP) — Chilean tourists were among 40 people killed in Peru on Monday.",
        "LIMA, Peru (AP) — Some 100 Chilean tourists fled the floods on Monday.",
    ):
        assert article_place(body, "Floods") == "Lima"


def test_a_dateline_naming_its_country_gives_way_to_a_lead_set_in_another() -> None:
    from crosscheck.extract.places import article_place

    # Filed from a regional hub: the lead sets the story "in" a country the city is not in.
    body = (
        "SANTIAGO, Chile (AP) — The crush at this year's festival in Peru killed at least "
        "2,100 people, an AP count found.\n\nThe official toll of 700 has not changed."
    )
    assert article_place(body, "AP count") == "Peru"
    assert one(body, "700")["place"] == "Peru"
    # A country named in another role (its people, a lead set in the city's own country)
    # leaves the dateline's city.
    for lead in (
        "Peruvian tourists were among 40 people killed in a crash on Monday.",
        "Floods in Chile killed 40 people on Monday.",
    ):
        assert article_place(f"SANTIAGO, Chile (AP) — {lead}", "Floods") == "Santiago"


def test_a_country_whose_name_starts_with_a_people_s_word_is_a_place() -> None:
    entry = one("The stampede at the pilgrimage in the Dominican Republic killed 40 people.", "40")
    assert entry["place"] == "Dominican Republic"


def test_a_town_of_a_name_is_its_place_and_a_speaker_s_country_is_not() -> None:
    body = (
        "Chile's president declared a state of emergency in the northern mining town of "
        "Port Elin after at least 11 people were killed."
    )
    assert one(body, "at least 11")["place"] == "Port Elin"
    # A people's word before "town of" is not the place: the town is.
    body = "Shooting went on in the Uzbek city of Eastport, where 40 people were killed."
    assert one(body, "40")["place"] == "Eastport"


def test_a_people_named_for_its_country_is_a_nationality() -> None:
    from crosscheck.extract.lexicon import is_nationality

    assert is_nationality("Uzbek")  # of Uzbekistan, though no demonym lists it
    assert is_nationality("Kyrgyz")
    assert not is_nationality("Uzbekistan")


def test_a_dateline_after_a_site_s_menu_and_a_byline() -> None:
    body = (
        "Skip to content\nMenu\n\nBy Ana Ruiz\n\nLIMA, March 3 (Coast Wire) - Officials "
        "said 14 people were injured."
    )
    assert one(body, "14")["place"] == "Lima"
    # A capitalised line that is no place the gazetteer knows is not a dateline.
    body = "Skip to content\nLIVE - Officials said 14 people were injured."
    assert "place" not in one(body, "14")


def test_else_the_place_the_opening_names_before_a_headline_s_people() -> None:
    body = (
        "Menu\nState of emergency declared in Arequipa after riots.\n\n"
        "Officials said 9 people were detained."
    )
    entry = one(body, "9", title="Deadly clashes in Peruvian mining town")
    assert entry["place"] == "Arequipa"
    assert (
        one("Officials said 9 people were detained.", "9", title="Peruvian riots")["place"]
        == "Peru"
    )


def test_a_site_s_menu_is_not_the_opening() -> None:
    body = (
        "Skip to Content\nNews\nEurope\nUS & Canada\nAsia\n\nDeadly clashes in mining town\n\n"
        "Riots broke out in Arequipa on Monday.\n\nOfficials said 9 people were detained."
    )
    assert one(body, "9", title="Deadly clashes in mining town")["place"] == "Arequipa"


def test_the_headline_and_a_repeated_line_are_read_once_in_the_opening() -> None:
    # The headline, its standfirst and a caption shown three times fill the opening's
    # characters, and the headline's town opens it (a first word is no place by itself):
    # the body's town, not the country the headline's people's word names.
    title = "Arequipa mine blast: Peruvian engineer held as minister vows inquiry"
    body = (
        f"{title}\n\nMinister says the mine will stay closed until the inquiry reports\n\n"
        + "Rescue workers wait outside the mine on the edge of the city on Friday night. "
        "Photograph: Jo Doe/AP\n" * 3 + "\nSat 16 Mar 2019 06.12 GMT\n\n"
        "Forty-nine miners have been killed in a blast at a copper mine near Arequipa, in "
        "what the minister called one of the country's darkest days.\n\n"
        "Police said 9 people were detained."
    )
    assert one(body, "9", title=title)["place"] == "Arequipa"


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen killed 49 people in the New Zealand city of Christchurch.",
        "Gunmen killed 49 people in the Peru mining town of Arequipa.",
        "The number of people killed in the Peru city of Arequipa has reached 49.",
    ],
)
def test_a_country_s_name_before_its_town_of_is_not_the_place(body: str) -> None:
    place = one(body, "49")["place"]
    assert place in ("Christchurch", "Arequipa")


def test_a_country_s_name_in_another_name_is_not_a_place() -> None:
    body = "Another 20 people were wounded, the minister said, as quoted by the Peru Herald."
    assert "place" not in one(body, "20")
    assert one("Another 20 people were wounded across Peru.", "20")["place"] == "Peru"


def test_a_headline_s_first_word_is_the_place_when_the_body_names_it_too() -> None:
    body = (
        "Arequipa death toll rises to 40 as troops press offensive\n\n"
        "LIMA (Reuters) - The death toll from ten days of fighting in the southern city of "
        "Arequipa has risen to 40, the army said."
    )
    title = "Arequipa death toll rises to 40 as troops press offensive"
    places = {e.get("place") for e in claims(body, title=title) if e["figure"] == "40"}
    assert places == {"Arequipa"}  # not the dateline's Lima
    # a first word the body names as no place is no place ("Police" is a town too)
    body = "Police arrest 30 after riots\n\nPolice said 30 people were detained."
    found = claims(body, title="Police arrest 30 after riots")
    assert [e.get("place") for e in found if e["figure"] == "30"] == [None, None]


def test_a_word_a_title_case_headline_capitalises_is_no_place_the_body_writes_lower() -> None:
    title = "Gunmen Kill 45 Villagers at Prayer in Westby"
    body = f"{title}\n\nGunmen killed 45 villagers at prayer in Westby on Monday, officials said."
    places = {e.get("place") for e in claims(body, title=title) if e["figure"] == "45"}
    assert places == {"Westby"}


def test_an_overall_toll_is_no_toll_of_the_place_named_just_before_it() -> None:
    body = (
        "The crush at the shrine in Westby killed at least 2,318 people.\n\n"
        "Chile suffered the most casualties, with 412 pilgrims killed. Officials have put "
        "the overall death toll at 4,100."
    )
    assert one(body, "4,100").get("place") != "Chile"
    # a toll of no such words takes the place named just before it, as before
    assert one(body.replace("the overall death toll", "the death toll"), "4,100")["place"] == (
        "Chile"
    )


def test_else_the_headline() -> None:
    entry = one("Officials said 9 people were detained.", "9", title="Riots in Eastport")
    assert entry["place"] == "Eastport"


def test_no_place_named_anywhere() -> None:
    assert "place" not in one("Police said 7 people were detained.", "7")


def test_a_nationality_or_an_office_is_not_a_place() -> None:
    body = "The town fell into Norlandian hands; 20 soldiers were captured at the Ministry."
    assert "place" not in one(body, "20")


def test_a_distance_has_endpoints_and_no_place() -> None:
    body = "Rebels entered Eastport, about 30 kilometers north of Port Elin, on Monday."
    entry = one(body, "about 30 kilometers")
    assert (entry.get("from"), entry.get("to"), entry.get("place")) == (
        "Eastport",
        "Port Elin",
        None,
    )


def test_a_distance_from_the_border_with_a_country_and_from_a_subject_with_an_aside() -> None:
    # "from the border with Norland" ends at Norland, as "from the Norland border" does
    body = (
        "Westby, a village of about 5,000 people whose population has swollen with the "
        "arrival of gold miners, lies some 20 km (12 miles) from the border with Norland."
    )
    entry = one(body, "some 20 km")
    assert (entry.get("from"), entry.get("to")) == ("Westby", "Norland")
    # (a length further on in the sentence starts at no place)
    body = "Westby lies about 30 km from the Eastby crossing, on the roughly 850-km frontier."
    assert one(body, "roughly 850-km").get("from") is None


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Westby lies nearly 900 km by road from Eastport.", "nearly 900 km", "distance by road"),
        ("By road, Westby is 900 km from Eastport.", "900 km", "distance by road"),
        ("Westby lies about 700 km from Eastport.", "about 700 km", "distance"),
    ],
)
def test_a_distance_by_road_is_its_own_measure(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_distance_with_one_endpoint_named() -> None:
    found = claims("The convoy stopped 25 miles from Port Elin.")
    assert [(e.get("from"), e.get("to")) for e in found] == [(None, "Port Elin")]
    # the town named after the word for it
    for body in (
        "The convoy stopped 25 miles from the regency capital Port Elin.",
        "The convoy stopped 25 miles outside the city of Port Elin.",
    ):
        assert [(e.get("from"), e.get("to")) for e in claims(body)] == [(None, "Port Elin")]


@pytest.mark.parametrize(
    "introduced",
    [
        "Rescuers dug through mud in the hill village of Westby overnight.",
        "Rescuers dug through mud in Westby Village overnight.",
        "Rescuers reached Westby, a fishing village, overnight.",
    ],
)
def test_the_village_is_the_one_the_story_introduced(introduced: str) -> None:
    # "The village" names no place itself: the one the story introduced by that word
    body = introduced + " The village, home to about 600 people, lies 35 km from Eastport."
    population = one(body, "about 600")
    assert (population["kind"], population["subject"]) == ("population", "population of Westby")
    distance = one(body, "35 km")
    assert (distance.get("from"), distance.get("to")) == ("Westby", "Eastport")
    # another settlement word is not that village ("the town" was never introduced)
    body = introduced + " The town, home to about 600 people, lies 35 km from Eastport."
    assert one(body, "about 600")["subject"] == "population"
    assert one(body, "35 km").get("from") is None


def test_the_village_s_people_are_those_of_the_village_the_story_introduced() -> None:
    body = (
        "Rescuers reached the hill village of Westby on Monday. Most of the village's roughly"
        " 2,600 residents fled after the attack."
    )
    assert one(body, "roughly 2,600")["subject"] == "population of Westby"
    # a story that never said "the city of ...": the town named just before it
    body = (
        "Nearly 42,000 people from Arequipa remain displaced, and fewer than one in five of the"
        " city's roughly 65,000 residents have returned."
    )
    assert one(body, "roughly 65,000")["subject"] == "population of Arequipa"
    # (a name the gazetteer does not know as a town is not taken for it)
    body = body.replace("Arequipa", "Westby")
    assert one(body, "roughly 65,000")["subject"] == "population"


@pytest.mark.parametrize(
    "body",
    [
        "Westby, the governor's home town, had about 65,000 residents before the war.",
        "Westby had about 65,000 residents before the war.",
        "Westby, which had a population of about 65,000 before the war, lies on the coast.",
        "Westby, which had a pre-war population of about 65,000, lies on the coast.",
        "Before the war Westby was home to about 65,000 people.",
        # a time adverb, and a relative clause between the town and its verb
        "Westby, which lies about 20 km north of Eastport, was then home to about 65,000 people.",
    ],
)
def test_a_town_that_had_its_people(body: str) -> None:
    assert one(body, "about 65,000")["subject"] == "population of Westby"


def test_the_end_of_a_distance_after_the_conversion_the_outlet_adds() -> None:
    body = "The epicentre was in Westby district, about 500 km (310 miles) west of Eastport."
    entry = one(body, "about 500 km")
    assert (entry.get("from"), entry.get("to")) == ("Westby district", "Eastport")


def test_a_place_that_lies_at_a_distance_is_its_start() -> None:
    entry = one("Westby lies about 250 km north-west of Eastport, in the hills.", "about 250 km")
    assert (entry.get("from"), entry.get("to")) == ("Westby", "Eastport")


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The Westby military camp, where the fighting began, lies some 18 km from the palace.",
         "some 18 km"),
        ("The Westby camp, about 5 miles (8 km) north of the palace, is guarded.", "about 5 miles"),
        ("The Westby fire station is only 2.5 kilometres from the spot.", "2.5 kilometres"),
    ],
)  # fmt: skip
def test_a_site_a_place_names_is_at_a_distance_from_it(body: str, figure: str) -> None:
    assert one(body, figure).get("from") == "Westby"


def test_where_a_source_conveyed_a_toll_is_not_its_place() -> None:
    body = "Floods hit the hills. 41 people were declared dead, the agency head conveyed in Westby."
    assert one(body, "41").get("place") != "Westby"


def test_a_capital_a_source_sits_in_is_not_where_it_happened() -> None:
    # "a security source in Niamey" speaks from the capital; the soldiers died elsewhere
    body = (
        "Gunmen attacked an army post in the north. A security source in Niamey said between"
        " 40 and 50 soldiers were killed."
    )
    assert one(body, "between 40 and 50").get("place") != "Niamey"


def test_a_place_then_an_aside_then_its_distance() -> None:
    body = "Westby, which is home to 4,000 people, lies 20 km from Eastport."
    entry = one(body, "20 km")
    assert (entry.get("from"), entry.get("to")) == ("Westby", "Eastport")
    assert one(body, "4,000")["subject"] == "population of Westby"
    # an aside that is no clause of the place's own verb gives no endpoint
    body = "According to Norland, the border is 972 kilometers long, of which 519 are agreed."
    assert one(body, "519").get("from") is None


@pytest.mark.parametrize(
    "body",
    [
        "Researchers at Ghent University said 600,000 civilians had died.",
        "Doctors said 37 protesters were treated at Kenyatta National Hospital.",
    ],
)
def test_an_institution_is_no_place(body: str) -> None:
    assert [e.get("place") for e in claims(body) if e["kind"] != "date"] == [None]


def test_a_headline_s_people_name_the_article_s_country() -> None:
    found = claims(
        "Officials said 164 people were killed.", title="Kazakh officials count the dead"
    )
    assert [e["place"] for e in found] == ["Kazakhstan"]


def test_a_figure_s_place_is_not_the_next_figure_s() -> None:
    body = "More than 138,000 people have fled on the Thai side and some 80,000 in Cambodia."
    assert one(body, "More than 138,000")["place"] == "Thailand"
    assert one(body, "some 80,000")["place"] == "Cambodia"


def test_a_span_of_time_does_not_end_the_clause_that_places_a_figure() -> None:
    body = (
        "Chile's martial law command said that 54 people had been killed in five days of "
        "rioting in the southern city of Port Elin, including five police officers."
    )
    found = claims(body)
    assert [e["place"] for e in found if e["kind"] == "killed"] == ["Port Elin"] * 2
    # (the part after the town: "Chile's martial law command" is a speaker's country)


def test_a_town_the_headline_and_opening_name_is_the_article_s_over_the_dateline() -> None:
    body = (
        "LIMA, May 23 (Coast Wire) - The command said that 54 people were killed in Arequipa."
        "\n\nSeventy-three bodies had been brought to one hospital alone, a doctor said."
    )
    title = "Command says 54 dead in Arequipa; residents say hundreds"
    assert one(body, "Seventy-three", title=title)["place"] == "Arequipa"
    # A headline that names its country first still names the town the report is about.
    title = "Peru says 54 dead in Arequipa riots"
    assert one(body, "Seventy-three", title=title)["place"] == "Arequipa"
    # A headline that names no town leaves the dateline.
    assert one(body, "Seventy-three", title="Deadly riots")["place"] == "Lima"
    assert one(body, "Seventy-three", title="Deadly riots in Peru")["place"] == "Lima"


@pytest.mark.parametrize(
    "body",
    [
        "Forty died in the House of Trade Unions, from burns.",
        "Forty died in the Trade Unions building, from burns.",
        "The service runs field hospitals in St. Michael's monastery, where Forty died.",
        # Where the wounded are treated, not where they were hurt.
        "Doctors at Sanglah hospital said Forty were treated for burns.",
    ],
)
def test_a_building_is_no_place(body: str) -> None:
    assert "place" not in one(body, "Forty")


def test_tolls_at_two_sites_are_parts_scoped_by_their_site() -> None:
    body = (
        "Prosecutors said 25 people were killed at Lubyanka station and 12 at Park Kultury. "
        "Officials put the toll at 39."
    )
    assert one(body, "25")["subject"] == "people killed (at lubyanka)"
    assert one(body, "12")["subject"] == "people killed (at park kultury)"
    assert one(body, "39")["subject"] == "people killed"
    # A site opening the sentence, and an aside between the figure and its site; the
    # place stays the article's, not a site.
    body = (
        "Six people, including a rabbi and his wife, were killed at Nariman House, the "
        "consulate said. At CST, where gunmen opened fire on commuters, railway police said "
        "58 people had died."
    )
    six, fifty_eight = one(body, "Six"), one(body, "58")
    assert (six["subject"], fifty_eight["subject"]) == (
        "people killed (at nariman)",
        "people killed (at cst)",
    )
    assert six.get("place") is None
    # One site alone may be the whole event's: no scope.
    body = "Gunmen stormed the theatre. Police said 40 people were killed at the Dubrovka theatre."
    assert one(body, "40")["subject"] == "people killed"


def test_the_sites_a_toll_is_broken_down_by_are_its_parts_in_the_story_s_town() -> None:
    # A breakdown by site of a toll named before ("Of the 130 dead"): each count is of its
    # site, named in any script ("Équipe"), two sites sharing one count keyed by the first;
    # the place stays the story's town, not a site read as a place of the country named.
    body = (
        "LIMA - The trial over the Peruvian attacks opened on Wednesday. Of the 130 dead, 90 "
        "were killed at the Grand, 21 at La Belle Équipe, 13 at Le Kino and Le Jardin and "
        "five at the Casa Amron pizzeria."
    )
    subjects = {f: one(body, f)["subject"] for f in ("90", "21", "13", "five")}
    assert subjects == {
        "90": "people killed (at grand)",
        "21": "people killed (at la belle équipe)",
        "13": "people killed (at le kino)",
        "five": "people killed (at casa amron)",
    }
    assert {one(body, f).get("place") for f in subjects} == {"Lima"}
    assert one(body, "130")["subject"] == "people killed"
    # Another report's count at one of those sites is of the same subject.
    other = "LIMA - The prosecutor said 89 people were killed at the Grand, 19 at La Belle Équipe."
    assert one(other, "89")["subject"] == subjects["90"]


def test_a_dateline_city_before_a_colon() -> None:
    body = "LIMA: The ministry said 40 people were killed on Monday."
    assert one(body, "40")["place"] == "Lima"
    # A capitalised word before a colon that the gazetteer does not know is no dateline.
    assert "place" not in one("UPDATE: The ministry said 40 people were killed.", "40")


def test_a_place_name_ends_with_its_line() -> None:
    # A caption that ends "in Arequipa" above a line that opens with a capitalised word.
    body = (
        "Mourners carry a coffin at the new cemetery in Arequipa\n"
        "Thousands followed coffins through the streets as the toll rose, officials said.\n"
        "The ministry said 40 people were killed."
    )
    assert one(body, "40", title="Arequipa buries its dead")["place"] == "Arequipa"


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [
        # A region of a country the headline names, where the gazetteer knows no such
        # town, is the article's place over the dateline it was filed from.
        (
            "Gunmen kill 15 police in attacks in Nigeria's Eastmark",
            "LAGOS, June 23 (Reuters) - Gunmen killed 15 police officers in Nigeria's "
            "Eastmark region on Sunday.",
            "Nigeria's Eastmark",
        ),
        # ... and so is a headline's first word that the body names as such a region.
        (
            "Eastmark attacks: death toll rises to 22",
            "The death toll from attacks in Nigeria's Eastmark region has risen to 22.",
            "Eastmark",
        ),
    ],
)
def test_a_region_of_a_country_is_the_article_s_place(title: str, body: str, place: str) -> None:
    assert article_place(body, title) == place


def test_a_country_in_a_body_s_name_is_no_place() -> None:
    body = (
        "The attack carried out by the Islamic State of Iraq and the Levant killed 103 people "
        "and wounded more than 500."
    )
    assert "place" not in one(body, "103")
    # ... but the country where it happened is.
    assert one("Fighting in Iraq killed 40 people.", "40")["place"] == "Iraq"


def test_a_menu_on_one_line_and_where_people_came_from_are_no_place() -> None:
    # A site's menu on one line names sections, not where anything happened.
    body = "Home | Peru | Business | Opinion\n\nA storm killed 12 people on the coast."
    assert article_place(body, "Storm kills 12") is None
    # Gunmen who crossed from a country did not fight there.
    body = (
        "Five servicemen have died. It said between 70 and 100 gunmen had crossed from "
        "neighbouring Chile in the first week of August."
    )
    assert "place" not in one(body, "Five")


def test_a_dateline_is_not_the_place_its_sentence_names() -> None:
    # The dateline opens the report's first sentence: where it was filed from.
    body = (
        "LIMA, Peru (AP) — The airstrike on a theater in Arequipa in March killed close to "
        "600 people, an investigation has found.\n\n"
        "The city council's estimate of about 300 dead has never been revised."
    )
    title = "Evidence points to 600 dead in Arequipa theater airstrike"
    assert one(body, "close to 600", title=title)["place"] == "Arequipa"
    # A town the gazetteer knows before a building noun is still the town ("in Arequipa
    # theater"): the headline names it, so the article is about it, not the dateline city.
    assert one(body, "about 300", title=title)["place"] == "Arequipa"
    assert article_place(body, title) == "Arequipa"


def test_a_month_ends_a_place_name() -> None:
    body = "A survey estimates that 46,000 people died in Peru's Jan. 12 earthquake."
    assert one(body, "46,000")["place"] == "Peru"


def test_teasers_of_other_stories_and_an_agency_s_title_case_dateline() -> None:
    # "Don't miss": other stories' headlines, each followed by "Read more", are no place of
    # this one; "Arequipa (Peru) (AFP) –" is the agency's dateline.
    body = (
        "Don't miss\n\n\nSummit in Lima: what to expect\n\nRead more\n\n\n"
        "On the ground in Cusco\n\nRead more\n\n\n"
        "Quake survivors scramble for food\n\n"
        "Arequipa (Peru) (AFP) – At least 50 people, five of them children, were killed on "
        "Friday, the regional governor said."
    )
    title = "Quake survivors scramble for food"
    assert article_place(body, title) == "Arequipa"
    assert one(body, "At least 50", title=title)["place"] == "Arequipa"


def test_a_toll_of_an_event_a_place_names_is_that_place_s() -> None:
    # Another event the article recalls ("the Lima attacks that killed 130"), not the town
    # the sentence names first.
    body = (
        "The attacks came four days after the arrest in Cusco of a suspect in the November "
        "Lima attacks that killed 130 people."
    )
    assert one(body, "130")["place"] == "Lima"
    # ... whatever links the toll to it.
    body = (
        "The trial is held in the courtroom used for the trial over the November Lima "
        "attacks, in which 130 people were killed."
    )
    assert one(body, "130")["place"] == "Lima"
    body = "CUSCO, Peru - The November Lima attacks killed 130 people."
    assert one(body, "130")["place"] == "Lima"
    # A name the gazetteer does not know is no place of it.
    body = "It was worse than the Westby floods, which killed 40 people in Cusco."
    assert one(body, "40")["place"] == "Cusco"


def test_a_name_of_more_words_ending_like_a_people_s_word_is_a_place() -> None:
    assert one("Forty died in San Sebastian.", "Forty")["place"] == "San Sebastian"
    assert "place" not in one("Forty died in Norlandian hands.", "Forty")


def test_a_capitalised_event_noun_is_no_part_of_the_place() -> None:
    title = "Rights Body Says Over 600 Civilians Killed In Eastmark Massacre"
    assert (
        one("Residents said 200 bodies were found in a field.", "200", title=title)["place"]
        == "Eastmark"
    )
    assert one("Over 600 were killed in the Port Elin Attacks.", "Over 600")["place"] == "Port Elin"


def test_a_country_that_speaks_in_the_headline_is_no_place_of_the_story() -> None:
    # "Peru says ...": the country gives the figure; the story is where the body's people
    # are, after a page's date before the headline too.
    title = "Peru says 40 Bolivian miners killed in mine blast"
    body = (
        f" date 2022-07-29 {title}\n\nJuly 29 (Reuters) - Peru's mining ministry said on "
        "Friday that 40 Bolivian miners had been killed in a blast at a mine in the village "
        "of Eastport. La Paz accused Peru of negligence.\n\nA union official said 53 miners "
        "had died."
    )
    # (the village its lead names the mine's, by its noun: that town, which the gazetteer
    # lacks)
    assert one(body, "53", title=title)["place"] == "Eastport"
    body = body.replace(" in the village of Eastport", "")
    assert one(body, "53", title=title)["place"] == "Bolivia"
    # A headline's country that does not speak is the story's place as before.
    title = "Peru report blames mine owners for deaths"
    body = f"{title}\n\nA report in Peru blamed the owners.\n\nA union official said 53 had died."
    assert one(body, "53", title=title)["place"] == "Peru"
    # In the body, a country that speaks at the start of a sentence is the source's.
    body = "The blast hit a mine in Eastport. Peru says 53 miners had died."
    assert one(body, "53").get("place") == "Eastport"


@pytest.mark.parametrize(
    "gloss",
    ["Westby (Vestbu in Norlandic) lies 19 km from the city.",
     "Westby (also spelled Vestbu) lies 19 km from the city."],
)  # fmt: skip
def test_a_town_the_article_also_names_otherwise_is_placed_by_that_name(gloss: str) -> None:
    body = f"Fifty prisoners were killed in the shelling of the prison in Westby. {gloss}"
    assert one(body, "Fifty")["place"] == "Vestbu"
    # "Westby (Norland)" gives no other name.
    body = "Fifty prisoners were killed in the shelling of the prison in Westby (Norland)."
    assert one(body, "Fifty")["place"] == "Westby"


def test_a_place_before_an_event_noun_opens_a_headline_for_the_story() -> None:
    # "Leeds attack: ..." names where the event is, though the body names the city only in
    # names of things ("Leeds Arena", "West Leeds Police") and a later arrest elsewhere.
    title = "Leeds attack: Eight men in custody as injured toll rises to 116"
    body = (
        "25 May 2017\n\nEight men are now in custody over the Leeds Arena bomb "
        "attack after police made two more arrests overnight, including one in Wakefield.\n\n"
        "The number of people injured has risen to 116, West Leeds Police said."
    )
    assert article_place(body, title) == "Leeds"
    assert one(body, "116", title=title)["place"] == "Leeds"
    # A first word that is no place of an event is read as before.
    title = "Leeds Police arrest 30 after clashes"
    body = f"{title}\n\nPolice arrested 30 people in Wakefield."
    assert article_place(body, title) == "Wakefield"


def test_an_acronym_before_a_colon_is_no_dateline() -> None:
    # "UN: ..." is a headline's source (the gazetteer has a town "Un"), not "MUMBAI: ...".
    title = "UN: 40 children died fleeing militants"
    body = f"{title}\n\nAt least 40 children died after fleeing the town of Wakefield."
    assert article_place(body, title) != "Un"
    assert article_place("MUMBAI: Forty people died.", "Forty die") == "Mumbai"


def test_a_dateline_city_is_where_a_report_was_filed_when_its_lead_names_an_area() -> None:
    body = (
        "LYON - Police have revised the death toll from last week's clashes between farmers "
        "and herders in Westby County down to 14. A spokeswoman said 9 of the dead were "
        "farmers."
    )
    assert article_place(body, "Toll revised") == "Westby County"
    assert one(body, "9", title="Toll revised").get("place") == "Westby County"
    # ... as in a governorate, a place, not the governor's office
    body = body.replace("Westby County", "Westby Governorate")
    assert article_place(body, "Toll revised") == "Westby Governorate"


def test_a_dateline_town_its_opening_names_as_the_site_is_the_place_not_the_lead_s_state() -> None:
    body = (
        "AREQUIPA, Peru, May 3 (Reuters) - The death toll from the collapse of a footbridge in "
        "Peru's southern state of Westmark rose to 40 on Monday, officials said.\n\n"
        "The bridge in the city of Arequipa gave way on Sunday. At least 12 of the dead were "
        "children, officials said."
    )
    assert article_place(body, "Bridge toll rises") == "Arequipa"
    assert one(body, "At least 12", title="Bridge toll rises")["place"] == "Arequipa"
    # an opening that names no town as the site: the state the lead names, as before
    body = body.replace("in the city of Arequipa", "over the river")
    assert article_place(body, "Bridge toll rises") == "Westmark"


def test_a_release_s_headline_that_ends_on_an_area_names_its_place() -> None:
    title = "Statement by the Coordinator on the airstrike on a market, Westby Governorate"
    body = (
        f"{title}\n\nLYON, 16 September - The Coordinator issued the following statement:\n\n"
        '"I am appalled by the airstrike that hit the market in Eastport town, Westby '
        'Governorate, on Sunday. 26 civilians were killed."'
    )
    assert article_place(body, title) == "Westby Governorate"
    # a headline's area the body never names is no evidence
    assert article_place(body.replace("Westby", "Northby"), title) != "Westby Governorate"
    # a lead that names no area leaves the dateline's city
    body = "LYON - Police have revised the death toll from last week's clashes down to 14."
    assert article_place(body, "Toll revised") == "Lyon"
    # ... and an area named by "the province of"
    body = "LYON - A dam burst in France's central province of Westby, killing nine people."
    assert article_place(body, "Dam bursts") == "Westby"


def test_a_capital_named_as_a_government_s_seat_is_no_place_of_the_figure() -> None:
    body = (
        "A charity estimates that at least 45 civilians were killed in the attacks, a toll "
        "not confirmed by the authorities in Paris."
    )
    assert one(body, "at least 45").get("place") is None
    assert one("At least 45 civilians were killed in Paris.", "At least 45")["place"] == "Paris"
    # a town that is no capital stays the place
    body = "Twelve were killed, a toll not confirmed by the authorities in Lyon."
    assert one(body, "Twelve")["place"] == "Lyon"


def test_a_dateline_town_the_gazetteer_lacks_is_in_the_region_it_names() -> None:
    title = "Ferry fire toll climbs to 21"
    body = f"{title}\n\nOSKAVALE, Lyon - The number of people killed off this town rose to 21."
    assert article_place(body, title) == "Lyon"
    assert {e["place"] for e in claims(body, title=title)} == {"Lyon"}  # (headline and body)
    # an agency's name before a comma is no town
    body = f"{title}\n\nAFP, Lyon\nThe number of people killed off Dunmarrow rose to 21."
    assert article_place(body, title) != "Lyon"


def test_a_colon_dateline_of_a_city_a_lead_sets_elsewhere_is_where_it_was_filed() -> None:
    body = (
        "MUMBAI: Diplomats believe more pilgrims died in the heat than the Iraqi "
        "authorities say. Iraq's health ministry said 47 had died."
    )
    assert article_place(body, "Pilgrims die in the heat") == "Iraq"
    assert one(body, "47", title="Pilgrims die in the heat").get("place") != "Mumbai"


def test_a_list_of_districts_of_a_province_is_placed_in_the_province() -> None:
    body = (
        "The spokesman said 1,000 people were killed in the earthquakes in Eastby, Westby, "
        "Southby and Northby districts of Norland province."
    )
    assert one(body, "1,000")["place"] == "Norland province"
    assert one("Fighting in Eastby and Westby killed 40.", "40")["place"] == "Eastby"


@pytest.mark.parametrize(
    "body",
    ["Lima, July 27 (SUNA) - The committee said 87 people died.",
     "Lima, Oct 11 (BNA) – The spokesman said that 1,000 people died.",
     "Lima, Jun 14 (EFE).- Twenty-three of the 49 people killed were islanders.",
     "Lima, April 4 (ANDINA). The committee said 87 people died.",
     # the day before the month, and the year
     "Lima, 14 October 2018 (ANDINA) - The committee said 87 people died.",
     "Lima, Oct 14, 2018 (ANDINA) - The committee said 87 people died."],
)  # fmt: skip
def test_a_city_the_day_and_the_agency_open_a_dateline(body: str) -> None:
    assert article_place(body, "Committee says 87 died") == "Lima"


def test_a_title_case_headline_places_only_what_the_gazetteer_knows() -> None:
    title = "Committee: 87 Killed in Events of Sit-in Dispersal"
    body = "The committee said 87 people had died."
    assert article_place(body, title) is None
    assert article_place(body, "Committee: 87 Killed in Lima Clashes") == "Lima"
    # a headline in sentence case names a place the gazetteer need not know
    assert article_place(body, "Committee says 87 killed in Eastport") == "Eastport"


def test_a_dateline_of_two_cities_places_the_story_in_neither_city() -> None:
    # filed from two places, of neither alone: the opening's place (here the dateline's
    # country), not its first city
    body = "LIMA, Peru/QUITO (Reuters) - Some 40 people have crossed the border."
    assert article_place(body, "Exodus reaches 40") == "Peru"
    assert article_place("LIMA, Peru (AP) - Forty people died.", "Forty die") == "Lima"


def test_a_lead_setting_the_story_in_a_region_of_the_dateline_s_country_is_not_the_city() -> None:
    # Filed from the capital, about a village elsewhere in the country: the country, so that
    # the figures join the one event the country holds (group.py), not a capital's.
    for lead in ("in central Peru", "in the remote northeastern Peru", "in southern Peru's hills"):
        body = f"LIMA, Peru (AP) — An attack on a village {lead} killed about 160 people."
        assert article_place(body, "Toll rises to 160") == "Peru", lead
    # "... in the northeastern Peruvian state of Eastmark", after an agency's dateline
    body = (
        "LIMA, May 7. /Coast Wire/. The number of people killed in clashes in the northeastern "
        "Peruvian state of Eastmark has risen to 54."
    )
    assert article_place(body, "Death toll rises to 54") == "Peru"
    # "... in northern Arequipa region": a region of the capital's country by its name
    body = "LIMA (AP) — Gunmen seized 40 pupils from a school in northern Arequipa region."
    assert article_place(body, "Pupils seized") == "Peru"
    # ... or a part of the country by its side, the country's own ("Peru's southern
    # insurgency")
    body = (
        "LIMA - Three months after the bloodiest day of Peru's southern insurgency, a commission"
        " has delivered its verdict on the storming of a mosque."
    )
    assert article_place(body, "What the commission found") == "Peru"
    # A region of the city itself, or of another country, leaves the dateline as it was.
    body = "LIMA, Peru (AP) — A bomb in western Lima killed 20 people on Sunday."
    assert article_place(body, "Bomb kills 20") == "Lima"
    for body in (
        "LIMA, Peru (AP) — Floods in northern Chile killed 20 people on Sunday.",
        "LIMA, Peru (AP) — Floods in the Chilean province of Eastmark killed 20 people.",
    ):
        assert article_place(body, "Floods kill 20") == "Lima"
    assert (
        one("LIMA, Peru (AP) — Officials said 14 were killed in central Peru.", "14")["place"]
        == "Peru"
    )


def test_a_lead_setting_the_story_in_a_part_of_the_country_it_does_not_name_again() -> None:
    # "in the west of the country", "in the country's restive north": the dateline city's
    # country, which the lead does not name again (filed from the capital, set elsewhere)
    for lead in (
        "in the west of the country",
        "in the north-east of the country",
        "in the country's restive north",
        "in the country's south",
    ):
        body = f"LIMA, Nov 2 (Reuters) - Thirty people have been killed in fighting {lead}."
        assert article_place(body, "Thirty killed in clashes") == "Peru", lead
    # a town that lies in that part of the country is where the story is
    body = "AREQUIPA (Reuters) - Thirty people were killed in fighting in the south of the country."
    assert article_place(body, "Thirty killed in clashes") == "Arequipa"
    # the country's part named otherwise, or no part, leaves the dateline as it was
    body = "LIMA (Reuters) - Thirty people were killed in the worst fighting the country has seen."
    assert article_place(body, "Thirty killed in clashes") == "Lima"


def test_a_dateline_town_that_lies_in_the_part_of_the_country_its_lead_names() -> None:
    # "AREQUIPA, Peru - ... a siege in southern Peru": the town lies south of the capital,
    # in the part of the country its lead names; the story is set there
    body = "AREQUIPA, Peru (AP) — The toll of the school siege in southern Peru rose to 287."
    assert article_place(body, "School siege toll rises") == "Arequipa"
    # a town elsewhere than the part the lead names is a hub the report was filed from
    body = "AREQUIPA, Peru (AP) — The toll of the school siege in northern Peru rose to 287."
    assert article_place(body, "School siege toll rises") == "Peru"
    # ("central" names no side of the capital)
    body = "AREQUIPA, Peru (AP) — The toll of the school siege in central Peru rose to 287."
    assert article_place(body, "School siege toll rises") == "Peru"


def test_a_byline_s_place_is_where_the_reporter_is_not_the_story() -> None:
    body = (
        "Villagers say the official figure of 35 dead leaves out dozens of missing\n\n"
        "Jane Doe in Lima\n\nThu 13 Jun 2019 12.45 BST\n\n"
        "Survivors of an attack on a village in central Peru accused the government."
    )
    assert article_place(body, "Survivors dispute revised death toll") == "Peru"
    body = "By Jane Roe and Ivan Petrov in Lima\n\nFloods in Cusco killed 12 people on Monday."
    assert article_place(body, "Floods kill 12") == "Cusco"


def test_the_place_an_attack_is_on_is_the_place_of_its_toll() -> None:
    # Filed from the capital; the sentence says where the dead fell only as what was attacked.
    body = (
        "LIMA, Aug 14 (Wire) - The defence minister spoke to reporters on Monday.\n\n"
        "He said about 100 soldiers and between 20 and 30 civilians lost their lives in the "
        "rebel assault on Arequipa city."
    )
    for figure in ("about 100", "between 20 and 30"):
        assert one(body, figure)["place"] == "Arequipa"
    # A name the gazetteer does not know after "attack on" is no place (a person, a body).
    body = "LIMA, Aug 14 (Wire) - Twelve guards were killed in the attack on Quispe Tower."
    assert one(body, "Twelve")["place"] == "Lima"


def test_a_byline_with_agencies_is_where_the_reporter_is() -> None:
    # A standfirst with no stop, then "<reporter> in <city> and agencies": the byline is page
    # furniture, neither the figure's party nor its place.
    body = (
        "Police publish names as the confirmed death toll stands at 115\n"
        "Ruth Doe in Lima and agencies\n"
        "Thu 24 Aug 2023 20.16 BST\n\n"
        "Between 1,000 and 1,100 people remain unaccounted for after floods destroyed the "
        "town of Arequipa, officials said."
    )
    entry = one(body, "115")
    assert (entry["kind"], entry.get("party"), entry["place"]) == ("killed", None, "Arequipa")
    assert article_place(body, "Floods: up to 1,100 missing") == "Arequipa"


def test_a_word_of_what_a_district_is_like_comes_before_its_name() -> None:
    body = "Gunmen killed 20 people inside a cafe in the upscale Miraflores district of Lima."
    assert one(body, "20")["place"] == "Miraflores district"


@pytest.mark.parametrize(
    ("body", "places"),
    [
        # A clause that opens with its place: the figure after it is counted there, and the
        # next clause's opening place is the next figure's, not this one's.
        ("In Westby 152 persons died, in Eastmark 39 persons died.", ["Westby", "Eastmark"]),
        ("In Westby region 152 people died and in Eastmark region 39.",
         ["Westby region", "Eastmark region"]),
        # A place in the figure's own clause after it wins.
        ("In Westby, 12 people died in Port Elin.", ["Port Elin"]),
    ],
)  # fmt: skip
def test_a_clause_that_opens_with_a_place_places_its_figure(body: str, places: list[str]) -> None:
    assert [entry.get("place") for entry in claims(body)] == places


def test_counts_by_place_that_add_up_to_the_toll_before_are_its_parts() -> None:
    body = (
        "As of June 17, 191 persons died in the unrest, the ministry reported. In Westby city "
        "and Westby region 152 persons died, in Eastmark region 39 persons died."
    )
    found = {entry["figure"]: entry for entry in claims(body)}
    assert found["152"]["subject"] == "people killed (in westby)"
    assert found["39"]["subject"] == "people killed (in eastmark region)"
    # Counts that do not add up to it are no breakdown of it.
    body = body.replace("39 persons", "29 persons")
    assert "(in" not in one(body, "29")["subject"]


def test_a_name_before_a_count_of_people_is_a_place_not_a_label() -> None:
    # "Route 7" names a road; "in Westby 152 persons" counts people in a place.
    assert one("In Westby 152 persons died.", "152")["kind"] == "killed"
    assert not claims("Fire broke out in Block 5 of the camp.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the dead are eight foreign citizens, including citizens of Chile, Peru "
        "and the United Kingdom.",
        "Among the dead were eight foreigners, including nationals of Chile or Peru.",
    ],
)
def test_the_countries_of_the_dead_are_not_where_they_died(sentence: str) -> None:
    body = f"A bomb killed 28 people at the airport in Lima on Monday. {sentence}"
    assert one(body, "eight")["place"] == "Lima"


def test_an_outlet_s_name_spelled_out_on_the_first_line_is_no_dateline() -> None:
    body = "NNA - Norland News Agency\n\nThe minister said 30 people died in the attacks in Westby."
    assert article_place(body, "Minister gives final toll") != "Nna"
    body = "NNA - The minister said 30 people died in the attacks."
    assert article_place(body, "Minister gives final toll") == "Nna"  # a dateline, as written


def test_how_far_an_event_reached_and_where_help_came_from_are_not_its_place() -> None:
    body = (
        "The explosion killed 205 people. The blast was heard in Norland, about 180 "
        "kilometers away. Officials have cited a lower toll of 176 dead."
    )
    assert one(body, "176").get("place") != "Norland"
    body = "The blast was felt as far away as Norland. It killed 40 people."
    assert one(body, "40").get("place") != "Norland"
    body = (
        "Rescue teams from Chile, Peru, Norway and other countries were searching for "
        "about 45 missing people."
    )
    assert one(body, "about 45").get("place") not in ("Chile", "Peru", "Norway")


def test_a_person_s_request_is_no_place() -> None:
    body = "The alliance has sent about 1,800 troops to the country at Petrov's request."
    assert one(body, "about 1,800").get("place") is None
    assert one("Twelve people were killed at Westby's main market.", "Twelve")["place"] == (
        "Westby"
    )


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Norland's",
                "Norland’s",
                "Westby's",
                "NorthPeru's",
                "the",
                "southern",
                "hilly",
                "far",
                "Eastmark",
                "Eastmark's",
                "province",
                "Peru",
                ",",
                "in",
                "'s",
                "X-ray's",
            ]
        ),
        max_size=12,
    ),
    st.sampled_from(["Eastmark", "Eastmark province", "Chile's Eastmark", "southern Eastmark"]),
    st.sampled_from([" ", "  ", "\n"]),
)
def test_a_region_of_a_country_is_found_as_the_one_pattern_finds_it(
    words: list[str], name: str, blank: str
) -> None:
    """Read without a pattern for each name, the owner before a region's name is the one the
    pattern of owner, up to three lower-case words and the name finds."""
    from crosscheck.extract.lexicon import lexicon
    from crosscheck.extract.places import _region_of_country

    text = blank.join(words)
    own = re.match(r"([A-Z][\w-]+)['’]s\s+[A-Z]", name)
    expected = bool(own and lexicon().country.fullmatch(own.group(1))) or any(
        lexicon().country.fullmatch(m.group(1))
        for m in re.finditer(r"([A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+){0,3}" + re.escape(name), text)
    )
    assert _region_of_country(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Fighting in Peru's southern Eastmark region", "Eastmark", True),
        ("in Peru’s far hilly south Eastmark", "Eastmark", True),  # three words between
        ("in Peru's far hilly southern rural Eastmark", "Eastmark", False),  # four
        ("in NorthPeru's Eastmark and Westby's Eastmark", "Eastmark", False),
        ("Westby's Eastmark, then Peru's Eastmark", "Eastmark", True),
    ],
)
def test_a_region_is_a_countrys_when_the_country_owns_it(
    text: str, name: str, region: bool
) -> None:
    from crosscheck.extract.places import _region_of_country

    assert _region_of_country(text, name) is region


@pytest.mark.parametrize(
    ("body", "figure", "place"),
    [
        ("A ferry bound for Chile sank in Peru on Monday, killing 40 passengers.", "40", "Peru"),
        ("The vessel, which had left Callao in Peru, capsized in Ecuadorian waters near Manta. "
         "Up to 750 people were on board.", "Up to 750", "Manta"),
        # (a body's name: no place)
        ("The Communist Party of Peru said 40 people were killed.", "40", None),
    ],
)  # fmt: skip
def test_where_a_journey_was_going_or_came_from_is_not_the_place(
    body: str, figure: str, place: str | None
) -> None:
    assert one(body, figure).get("place") == place


def test_a_people_a_corpus_adds_is_no_place_once_its_aliases_are_read(tmp_path: Path) -> None:
    # Whether a name can be a place is remembered per name: the memory must follow the
    # corpus's aliases.yaml, whose nationalities make "Zorbi Valley" a people's words.
    from crosscheck import names
    from crosscheck.extract.places import _is_place

    assert _is_place("Zorbi Valley")
    (tmp_path / "aliases.yaml").write_text("nationalities:\n  Zorbi: Chile\n", encoding="utf-8")
    names.use_corpus(tmp_path)
    try:
        assert not _is_place("Zorbi Valley")
    finally:
        names.use_corpus(None)
    assert _is_place("Zorbi Valley")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Floods killed 12 people in Örebro on Monday.", "Örebro"),
        ("Clashes in Łódź left 3 dead.", "Łódź"),
        ("The blast killed 9 people in İzmir.", "İzmir"),
        ("ÖREBRO, Sweden (AP) - Floods killed 12 people on Monday.", "Örebro"),
    ],
)
def test_a_place_whose_capital_has_an_accent_is_a_place(body: str, place: str) -> None:
    figure = next(e for e in claims(body) if e["kind"] == "killed")
    assert figure["place"] == place


def test_there_and_the_area_are_the_place_the_sentence_before_named() -> None:
    body = (
        "Cholera is spreading in Veyland. The coastal governorate of Westby remains the "
        "epicentre. Health data show 41,300 suspected cases and 236 deaths there this year."
    )
    assert one(body, "41,300")["place"] == "Westby"
    assert one(body, "236")["place"] == "Westby"
    body = (
        "Cholera is spreading in Veyland. Eastholm governorate was hit hardest. Since January "
        "the governorate has recorded 148 deaths."
    )
    assert one(body, "148")["place"] == "Eastholm"
    # "there were": no place; a sentence that names its own place keeps it
    body = "Fighting raged in Westby. In Veyland there were 40 dead."
    assert one(body, "40")["place"] == "Veyland"


def test_a_distance_s_start_without_the_preposition_that_opens_the_sentence() -> None:
    body = "In Westby, about 350 km southwest of Eastport, police said 40 people died."
    assert one(body, "about 350 km")["from"] == "Westby"


def test_a_second_distance_after_and_starts_where_the_first_does() -> None:
    body = (
        "Westby, a community of some 40,000 residents, is about 15 miles (24 km) from "
        "Eastport town and some 200 km from Northby city."
    )
    assert (one(body, "about 15 miles")["from"], one(body, "about 15 miles")["to"]) == (
        "Westby",
        "Eastport",
    )
    assert (one(body, "some 200 km")["from"], one(body, "some 200 km")["to"]) == (
        "Westby",
        "Northby",
    )
    # the end of the distance before is not the start of the next one
    body = (
        "The mine lies on the slopes of the hills, roughly 100 kilometres from the town of "
        "Eastport along a dirt track, and about 250 km from the regional capital."
    )
    assert one(body, "about 250 km").get("from") is None


def test_a_place_is_at_a_distance_in_its_own_apposition() -> None:
    body = (
        "Westby, a market town of about 15,000 people some 110 miles (180 km) north of "
        "the capital Eastport, lies in the hills."
    )
    entry = one(body, "some 110 miles")
    assert (entry["from"], entry["to"]) == ("Westby", "Eastport")
    entry = one("Westby is about 90 miles (145 km) south-west of Eastport.", "about 90 miles")
    assert (entry["from"], entry["to"]) == ("Westby", "Eastport")
    # a ship "was" where it sailed: no place's own distance
    body = "The Westby was less than 2 miles (3 km) from Eastport at dawn."
    entry = one(body, "less than 2 miles")
    assert (entry.get("from"), entry["to"]) == (None, "Eastport")
    # a length is no way between two places
    assert "from" not in one("Westby Lake is 30 km long and 4 km wide.", "30 km")


@pytest.mark.parametrize(
    ("body", "end"),
    [
        # the capital the text names, else the capital of the country of the article's place
        ("Police broke up a rally in central Paris. Detainees were taken to Westby, a town "
         "about 25 km (15 miles) east of the capital.", "Paris"),
        ("LYON, May 2 (Coastwire) - Police detained 40 people. Detainees were taken to Westby, "
         "a town about 25 km (15 miles) east of the capital.", "Paris"),
        # "the city": the one the story introduced, else the article's place when a city
        ("LYON - Protests spread on Monday. At Westby, about 25 km east of the city on the "
         "highway, drivers were stuck.", "Lyon"),
        ("Protests spread in the city of Lyon. Drivers were stuck at Westby, about 25 km east "
         "of the city on the highway.", "Lyon"),
        # how far out at sea: the shore, a port, "out": one end, so that two such distances
        # of one event meet
        ("Survivors said the boat went down about 25 km from the shore on Monday.", "the shore"),
        ("The company said the ferry was about 25 km from port when the fire started.",
         "the shore"),
        ("The ferry caught fire about 25 km from the port, Westby District commander Ann Lee "
         "said.", "the shore"),
        ("The ferry was about 25 km out when crew members noticed smoke.", "the shore"),
        ("The boat capsized about 25 km offshore.", "the shore"),
        # ... and how far inland from it
        ("The fire started about 25 km (16 miles) inland and reached the coast.", "the shore"),
        # a town's own noun after its name is no office ("Westby municipality spokesman")
        ("The crash happened about 25 km from Westby municipality, near the halt.", "Westby"),
        ("The crash happened about 25 km from Westby municipality.", "Westby"),
        # a district's headquarters named after "at"
        ("Westby, a town of 32,000 people, lies about 25 km from the district headquarters at "
         "Eastport.", "Eastport"),
    ],
)  # fmt: skip
def test_a_distance_s_end_named_by_a_noun(body: str, end: str) -> None:
    assert one(body, "about 25 km")["to"] == end


def test_a_distance_in_nautical_miles_is_a_distance() -> None:
    body = "The boat capsized about 40 nautical miles (74 kilometres) north of Westby."
    entry = one(body, "about 40 nautical miles")
    assert (entry["kind"], entry["to"]) == ("distance", "Westby")
    assert quantities.parse_figure(entry["figure"]).best == pytest.approx(74, abs=0.5)


def test_out_is_at_sea_only_in_a_sentence_that_names_a_vessel() -> None:
    assert "to" not in one("The fire spread about 25 km out.", "about 25 km")
    # ... but "out at sea" says it itself
    assert one("They were about 25 km out at sea when it began.", "about 25 km")["to"] == (
        "the shore"
    )


def test_a_distance_from_a_town_in_an_area_starts_at_the_town() -> None:
    body = (
        "The storm made landfall near the fishing town of Westby in Eastmark district at "
        "around 6 p.m., about 45 km (28 miles) south of the port city of Northby."
    )
    entry = one(body, "about 45 km")
    assert (entry["from"], entry["to"]) == ("Westby", "Northby")


def test_a_depth_is_a_distance_between_no_places() -> None:
    body = (
        "The epicentre was at Westby, 38 kilometers north-west of Eastport, at a depth of "
        "18 kilometers, the centre said."
    )
    depth = one(body, "18 kilometers")
    assert (depth["subject"], depth.get("from"), depth.get("to")) == ("depth", None, None)
    assert one(body, "38 kilometers")["subject"] == "distance"
    assert one("The survey put its depth at 10 km (6 miles).", "10 km")["subject"] == "depth"


def test_a_length_below_the_surface_or_ground_is_a_depth() -> None:
    # down from the surface: a depth, as "at a depth of" is (not a level of water)
    body = "The fire broke out some 650 meters below the surface, an expert report said."
    entry = one(body, "some 650 meters")
    assert (entry["kind"], entry["subject"]) == ("distance", "depth")
    body = "Many miners were about 3 kilometers below ground when the shaft flooded."
    assert one(body, "about 3 kilometers")["subject"] == "depth"
    # a level below a mark stays a level
    body = "The river in Westby was 2 metres below the danger mark on Sunday."
    assert one(body, "2 metres")["kind"] == "other"


def test_a_dateline_over_its_agency_s_credit_is_set_by_the_paragraph_below() -> None:
    # "CITY – Agency" on a line of its own: the lead that sets the story in a town of the
    # city's country is the next paragraph
    body = (
        "DİYARBAKIR – Coast News Agency\n\nPolice have detained 33 people in the eastern town "
        "of Ergani after the blast.\n\nThe governor put the number of people detained at 32."
    )
    title = "33 detained after blast"
    assert article_place(body, title) == "Ergani"
    assert one(body, "32", title=title)["place"] == "Ergani"


def test_a_dateline_in_capitals_with_a_dotted_i_is_title_cased_plainly() -> None:
    # Python lowers "İ" to "i" and a combining dot: the place is written as the town's name
    body = "DİYARBAKIR – Police said on Monday that 12 people were killed in the blast."
    assert article_place(body, "Blast kills 12") == "Diyarbakir"


def test_a_distance_s_end_named_after_a_comma() -> None:
    body = (
        "Eastvale, a coastal village of some 2,000 people, lies about 30 km north of the "
        "island's capital, Westby."
    )
    entry = one(body, "about 30 km")
    assert (entry["from"], entry["to"]) == ("Eastvale", "Westby")


def test_a_state_of_a_federation_a_river_and_an_unknown_place_s_country() -> None:
    body = "In neighbouring Chile, six people were killed in Eastmark State, state media said."
    assert one(body, "six")["place"] == "Chile's Eastmark State"
    # a river is no place of the figure: the state after it is
    body = "Across the Westby river in Chile's Eastmark State, the government put the toll at six."
    assert one(body, "six")["place"] == "Chile's Eastmark State"


def test_a_county_is_a_place_and_a_company_is_none() -> None:
    body = "Police said 14 people were killed in clashes in Westby County on Friday."
    assert one(body, "14")["place"] == "Westby County"
    body = "Police said 14 people were killed in clashes in Westby River County on Friday."
    assert one(body, "14")["place"] == "Westby River County"
    # ... and a county that speaks is the speaker, not the place
    entry = one("According to Westby County, 14 people died.", "14")
    assert (entry["attribution"]["source"], entry.get("place")) == ("Westby County", None)
    # a company's name is its works, in the town named after it
    body = (
        "The toll of the fire at Westby Knitwear Limited in the Eastvale industrial area "
        "rose to 27, officials said."
    )
    assert one(body, "27")["place"] == "Eastvale"


def test_a_distance_from_a_building_is_from_its_town() -> None:
    body = (
        "The injured were taken to Westby Teaching Hospital, some 140 kilometres from "
        "Eastport, which is already full."
    )
    entry = one(body, "some 140 kilometres")
    assert (entry["from"], entry["to"]) == ("Westby", "Eastport")


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The boat sank about 90 km (55 miles) off the Libyan coast.", "about 90 km"),
        # in nautical miles (its kilometres in brackets are the same figure)
        (
            "The boat capsized 32 nautical miles (59 km) north of the Libyan coast.",
            "32 nautical miles",
        ),
    ],
)
def test_a_distance_off_a_country_s_coast_ends_at_the_country(body: str, figure: str) -> None:
    assert one(body, figure)["to"] == "Libya"


def test_in_the_province_of_the_body_that_speaks_for_it() -> None:
    body = (
        "The Eastmark provincial government said that 402 people had died in the province "
        "since the monsoon began."
    )
    assert one(body, "402")["place"] == "Eastmark"
    # "in the province" with no body of a province named places nothing by it
    assert "place" not in one("Officials said 40 people died in the province.", "40")


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("At Least 54 Migrants Missing After Shipwreck Off Libya, Agency Says", ["Libya"]),
        ("Dozens Missing At Sea After Boat Sinks", []),
        ("At Least 10 Killed in Armed Attacks in Norway", ["Norway"]),
    ],
)
def test_a_headline_in_title_case_names_no_place_by_a_hedge_or_a_participle(
    title: str, places: list[str]
) -> None:
    from crosscheck.extract.places import places_in

    assert list(places_in(title)) == places


@pytest.mark.parametrize(
    ("body", "figure", "place"),
    [
        # where a source spoke to a named outlet
        ("The spokesman told the Westby Chronicle in Eastport that 318 escapees had been "
         "caught.", "318", None),
        # where the hurt were treated
        ("Nearly 70 people were injured, many of whom were taken to private clinics in "
         "Eastport.", "Nearly 70", None),
        # ... a second place of care after "there"
        ("More than 60 wounded people had been brought there and to the regional hospital "
         "in Eastport.", "More than 60", None),
        # (where they were hurt still is the place)
        ("Twelve people were injured in the blast in Westby and rushed to a hospital in "
         "Eastport.", "Twelve", "Westby"),
        # where a proceeding sat
        ("The group welcomes the conclusions of the inquests in Eastport, which found that "
         "the 96 men, women and children who died in the crush at Westby were unlawfully "
         "killed.", "96", "Westby"),
        # where a victim came from, a part of a country by its compass word
        ("Thirty-two of the dead were Chilean. Four Bolivians, two French nationals and a man "
         "from Northern Peru were also killed when a wall collapsed as fans fled.", "Four",
         None),
    ],
)  # fmt: skip
def test_where_a_source_spoke_or_the_hurt_were_treated_is_no_place(
    body: str, figure: str, place: str | None
) -> None:
    assert one(body, figure).get("place") == place


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a release filed from the capital, dated in title case, set in the area its lead names
        ("Lima, 15 August 2025 – The Red Cross has scaled up its relief operation in Westby "
         "district, where a landslide buried part of a village.", "Westby district"),
        # a wire's capital dateline over a lead set in a region of the country
        ("LIMA, Oct 15 (Coast Wire) - Gunmen killed at least 17 soldiers in an attack on an "
         "army post in Peru's northern Westby region near the border, a source said.",
         "Westby region"),
        # a release's header line names no story: the lines after it say where it is
        ("Lima, 30 July 2025 - For immediate release\n\nA fact-finding team that visited "
         "villages in Westby district found that at least 23 pilgrims died.", None),
    ],
)  # fmt: skip
def test_a_dateline_filed_from_the_capital_gives_way_to_the_area_of_the_lead(
    body: str, expected: str | None
) -> None:
    assert article_place(body, "Relief scaled up") == expected


def test_an_organisation_and_a_side_s_country_are_no_places() -> None:
    # "a researcher at Westby Rights Watch" is where no one died; "the Peru-backed group"
    # says whose side, not that the village is Peru's
    body = (
        'The government put the death toll at 272. "The count is double," said Ann Lee, '
        "a researcher at Westby Rights Watch."
    )
    assert one(body, "272").get("place") is None
    body = (
        "Rebels killed 50 civilians in the village of Amron, an accusation the Peru-backed "
        "group rejected."
    )
    assert one(body, "50")["place"] == "Amron"
    assert one("Pro-Peru fighters killed 50 civilians in Amron.", "50")["place"] == "Amron"


def test_a_headline_s_event_by_a_village_the_body_places_is_the_article_s_place() -> None:
    # filed from the capital (a dateline the gazetteer knows), about a village it lacks
    title = "Amronville massacre: toll rises to 272 dead"
    body = (
        f"{title}\n\nLima, 5 December 2022 (ANP) - The toll of the massacre in Amronville, "
        "in the north, has risen to 272 dead, the minister said at a briefing in Lima."
    )
    assert article_place(body, title) == "Amronville"


def test_a_village_by_its_noun_is_the_article_s_place_the_gazetteer_lacks() -> None:
    # filed from the capital: the lead's "in Amronville village" is where the story is
    title = "Soldiers attacked by gunmen hiding in Amronville village"
    body = (
        f"{title}\n\nLIMA, 17 September - Soldiers came under attack by gunmen hiding in "
        "Amronville village, Tabor Township, on 16 September, the army said."
    )
    assert article_place(body, title) == "Amronville"
    # no dateline: a village the opening names by its noun
    title = "Villagers count their dead as soldiers hold bodies"
    body = f"{title}\n\nResidents of Amronville village in the north said 15 people died."
    assert article_place(body, title) == "Amronville"
    # a headline that opens with the village's name before a comma
    title = "Amronville, a year on: no single death toll"
    body = f"{title}\n\nA year after the troops withdrew from Amronville, the town mourns."
    assert article_place(body, title) == "Amronville"


def test_the_city_of_n_people_is_the_article_s_city() -> None:
    title = "Lima bomb toll rises to 276"
    body = (
        f"{title}\n\nAt least 276 people were killed in a truck bombing in Lima, the "
        "government said. Militants often target the city of more than two million people."
    )
    assert one(body, "more than two million", title=title)["subject"] == "population of Lima"
    # a country the article is about is no town's name for its people
    title = "Peru bomb toll rises to 276"
    body = f"{title}\n\nAt least 276 people were killed in Peru. The city of 40,000 mourned."
    assert one(body, "40,000", title=title)["subject"] == "population"


def test_a_country_s_armed_force_by_its_acronym_is_no_region_of_it() -> None:
    title = "Peru's RSF accused of killing more than 100 in village attack"
    body = (
        f"{title}\n\nLIMA, June 6 (Reuters) - Peru's paramilitary Rapid Support Forces (RSF) "
        "killed 104 people in an attack on a village in the central state of Amronia."
    )
    assert article_place(body, title) != "Peru's RSF"


def test_a_part_of_a_town_in_the_lead_is_in_the_town() -> None:
    # filed from the capital, about a district of another town of the country
    title = "Command: the house was booby-trapped, 61 bodies recovered"
    body = (
        f"{title}\n\nLima, March 26 (ANP) - The Joint Command announced on Sunday that the "
        "house destroyed in the Amron district on the right side of Arequipa was "
        "booby-trapped and that 61 bodies had been recovered."
    )
    assert article_place(body, title) == "Arequipa"
    # no dateline: "the al-Amron neighbourhood of western Arequipa" is in Arequipa
    title = "Analysis: the argument over the dead is far from settled"
    body = (
        f"{title}\n\nWhen a bomb struck a house in the al-Amron neighbourhood of western "
        "Arequipa on March 17, it set off a dispute over numbers."
    )
    assert article_place(body, title) == "Arequipa"


def test_a_headline_s_town_before_a_building_and_an_event_is_the_article_s_place() -> None:
    title = "Arequipa church attack: Death toll rises to 40 - state govt"
    body = (
        f"{title}\n\nThe state government said the toll of Sunday's attack on St Mary's "
        "Church, Arequipa, had risen to 40. In all, 127 victims were brought to hospitals in "
        "Arequipa and Cusco."
    )
    assert article_place(body, title) == "Arequipa"


def test_a_headline_s_event_at_a_town_the_gazetteer_lacks_is_the_article_s_place() -> None:
    # "massacre at Amronville" over "the town of Amronville", before the country the
    # headline opens with and the dateline's town
    title = "Peru accuses rebels of massacre at Amronville"
    body = (
        f"{title}\n\nAREQUIPA, Peru - Officials said yesterday that as many as 1,000 civilians "
        "may have been killed when rebels overran the town of Amronville last week."
    )
    assert article_place(body, title) == "Amronville"
    # a headline in title case: "Since Amronville Killings"
    title = "Thousands March In Lima To Mark 20 Years Since Amronville Killings"
    body = f"{title}\n\nThousands marched to mark the killings in the town of Amronville."
    assert article_place(body, title) == "Amronville"
    # a feast names a day, no place: "the Easter bombings" over "on Easter Sunday"
    title = "Peru Easter bombing death toll rises to 290"
    body = f"{title}\n\nThe toll from the attacks on Easter Sunday in Peru rose to 290."
    assert article_place(body, title) != "Easter"


def test_a_body_named_by_a_word_and_a_street_are_no_places_of_their_own() -> None:
    # "doctors at the EuroWestby medical service": a body, the city is the place
    body = (
        "LIMA - Volunteer doctors at the EuroAmron medical service said the real toll was "
        'higher. "We have more than 100 dead," said their head.'
    )
    assert one(body, "more than 100")["place"] == "Lima"
    # "on and around Amron Street": a street of the town the dateline names
    body = "LIMA - Six people were shot dead in clashes on and around Amron Street."
    assert one(body, "Six")["place"] == "Lima"
    # ... and the street of the events a headline names ("Amron shootings") is no place
    title = "Death toll climbs to 77 as Ostrovka shootings leave capital in shock"
    body = (
        f"{title}\n\nThe ministry said 77 people had been killed in Lima. Most were shot on "
        "Ostrovka Street."
    )
    assert article_place(body, title) == "Lima"


def test_a_town_a_headline_names_its_events_by_after_after_is_the_article_s_place() -> None:
    title = "Six Months After Arequipa, the Questions Remain Unanswered"
    body = (
        f"{title}\nThe conviction of 22 defendants in Lima closes a chapter of the crackdown.\n"
        "When protesters poured into the central square of Arequipa on the evening of July 1, "
        "they were reacting to a draft law."
    )
    assert article_place(body, title) == "Arequipa"


def test_a_town_where_the_wounded_are_treated_is_no_place_of_the_toll() -> None:
    body = (
        "The number of people killed in Friday's attack on the station in Arequipa has risen "
        "to 57, prosecutors said.\n\nThe governor said on Sunday that 52 people had been "
        "confirmed dead. Many of the wounded are being treated in hospitals in Cusco, about "
        "200km to the west."
    )
    assert one(body, "52")["place"] == "Arequipa"


def test_a_country_that_claims_or_acts_is_no_place_of_the_count() -> None:
    # "..., as Chile claimed": the country that said so
    body = (
        "In a report, the UN said it had documented the deaths of at least 51 prisoners and "
        "that the blast was not caused by a rocket, as Chile claimed."
    )
    assert one(body, "at least 51").get("place") != "Chile"
    # "... was disbanded after Chile gave no guarantees": the country acts
    body = (
        "The UN has its own count. In a report, it said it had documented the deaths of at "
        "least 51 prisoners. A mission was disbanded after Chile gave no guarantees of access."
    )
    assert one(body, "at least 51").get("place") != "Chile"


def test_a_side_s_strike_on_a_town_names_the_town_not_the_side() -> None:
    # "killed in Lima's strike on Arequipa prison": Lima struck, the place is Arequipa
    title = "Number of prisoners killed in Lima's strike on Arequipa prison rises to 50"
    body = (
        f"{title}\n\nSANTIAGO, July 30 - The number of prisoners killed in the strike on the "
        "prison has risen to 50, the ministry said."
    )
    assert article_place(body, title) == "Arequipa"


def test_a_headline_s_country_gives_way_to_the_opening_s_town_in_it() -> None:
    # "attacks on Peru funeral" over "... a funeral hall in the Peruvian capital Lima"
    title = "Air attacks on Peru funeral kill more than 140, U.N. says"
    body = (
        f"{title}\n\nSANTIAGO/QUITO, Oct 9 - Air attacks on a crowded funeral hall in the "
        "Peruvian capital Lima on Saturday killed more than 140 people, the U.N. said."
    )
    assert article_place(body, title) == "Lima"


def test_a_battle_in_a_town_sets_a_report_filed_from_the_capital_there() -> None:
    title = "Peru mourns police as questions mount over Arequipa battle"
    body = (
        f"{title}\nLIMA - Peru began two days of mourning on Monday for the eight police "
        "officers killed in a weekend battle with an armed group in Arequipa, as the "
        "government and its critics traded accusations."
    )
    assert article_place(body, title) == "Arequipa"


def test_where_the_speakers_are_is_no_place_of_their_count() -> None:
    body = (
        "LIMA - The campaign for Arequipa has been costly. More than 700 fighters have been "
        "killed, according to medical officials in Cusco, the city that supplied most of "
        "the fighters."
    )
    assert one(body, "More than 700").get("place") != "Cusco"


def test_a_headline_s_town_must_lie_in_the_story_s_country() -> None:
    # "Amron" is the gazetteer's name of a town abroad: no town of a story set in Peru
    title = "Peru: Amron Killings Likely Crimes against Humanity"
    body = (
        f"{title}\n\n(Lima) - Security forces dispersed the Amron sit-in in Lima, killing at "
        "least 800 people. The Forensic Authority said it received 377 bodies from Amron."
    )
    assert article_place(body, title) != "Amron"


def test_streets_where_parts_of_a_toll_died_are_their_sites_in_the_story_s_town() -> None:
    body = (
        "LIMA - By the official count, 293 people were killed in the four blasts: 64 in "
        "Cusco on September 4, 94 at 19 Amron Street on September 9, 118 on Ostrovka "
        "Highway on September 13 and 17 in Puno on September 16. Relatives say more than "
        "100 people died on Amron Street."
    )
    figures = [c["figure"] for c in claims(body)]
    assert "19" not in figures  # a house's number, no count
    assert one(body, "94")["subject"] == "people killed (at amron street)"
    assert one(body, "94").get("place") == "Lima"
    assert one(body, "118")["subject"] == "people killed (at ostrovka highway)"
    assert one(body, "more than 100")["subject"] == "people killed (at amron street)"


def test_a_report_filed_from_abroad_is_set_in_the_town_its_lead_names() -> None:
    title = "Analysis: Seven months on, doubts linger over the Lima bombings"
    body = (
        f"{title}\n\nSANTIAGO, April 10, 2000 -- More than 300 people died when bombs "
        "brought down apartment blocks in Lima and two provincial towns last September."
    )
    assert article_place(body, title) == "Lima"


def test_a_distance_to_a_nationality_s_border_ends_in_its_country() -> None:
    entry = one("Westby is 20 km from the Peruvian border.", "20 km")
    assert (entry.get("from"), entry.get("to")) == ("Westby", "Peru")
    # as "the border with Peru" does
    entry = one("Westby lies about 20 km from the border with Peru.", "about 20 km")
    assert entry.get("to") == "Peru"


def test_a_venue_named_after_its_town_is_in_the_town() -> None:
    body = "Twenty-two people have been killed in a suicide bombing at Lima Arena, police said."
    assert one(body, "Twenty-two").get("place") == "Lima"
    # a name of its own the gazetteer knows as a town elsewhere stays no town
    body = "In Cusco, 25 people died at the Zion Church, police said."
    assert one(body, "25").get("place") == "Cusco"


def test_a_dateline_s_lead_sets_the_story_in_the_country_s_city_of_a_town() -> None:
    body = (
        "LIMA, March 17 -- The death toll in Friday's attacks on two mosques in Peru's "
        "southern city of Arequipa has risen to 50, the police chief said on Sunday.\n\n"
        "He said the number of injured also rose to 48."
    )
    assert one(body, "48").get("place") == "Arequipa"


def test_a_town_a_headline_names_as_the_owner_of_its_events() -> None:
    # "Two years on, Westby's numbers still don't add up": the town names the events, before
    # the country the opening names first
    body = (
        "When a commission delivered its final report on the school siege last week, it closed"
        " the official account of the worst hostage-taking in Peru's history. For many in"
        " Arequipa, the figures remain disputed."
    )
    title = "ANALYSIS: Two years on, Arequipa's numbers still don't add up"
    assert article_place(f"{title}\n\n{body}", title) == "Arequipa"
    # (a country as the owner is no town)
    title = "ANALYSIS: Two years on, Peru's numbers still don't add up"
    assert article_place(f"{title}\n\n{body}", title) == "Peru"


def test_a_headline_s_town_the_release_names_again_is_its_place_when_no_other_is_named() -> None:
    title = "One year after the Arequipa attack, victims still wait"
    body = (
        f"{title}\n\nPress release - Arequipa, 12 July 2017\n\nOn the evening of 14 July "
        "2016, a truck drove into a crowd on the seafront promenade. Eighty-six people were "
        "killed."
    )
    assert article_place(body, title) == "Arequipa"


def test_a_place_that_tells_who_a_source_is_is_no_place_of_its_figure() -> None:
    # a place in the apposition that describes the source, right before its verb
    body = (
        "CUSCO, May 3 (Coast Wire) - Mobs rampaged through the city at the weekend.\n\n"
        "Members of the Eastport Committee, the group that has led the protests in Arequipa, "
        "say as many as 380 people died."
    )
    assert one(body, "as many as 380")["place"] == "Cusco"
    # where a source was reached by telephone, and the country an apposition names
    body = (
        "ARICA, March 4 (Coast Wire) - Rioting in the city last weekend killed 27 people, a "
        "spokesman said.\n\nActivists reached by telephone in Tacna, a city of neighbouring "
        "Peru, said the figure was far too low. One activist said more than 240 people had "
        "been killed."
    )
    assert one(body, "more than 240")["place"] == "Arica"
    # a place the figure's own clause names stays its place
    body = "Members of the committee say as many as 380 people died in Arequipa."
    assert one(body, "as many as 380")["place"] == "Arequipa"


def test_a_distance_starts_at_its_subject_not_at_a_place_of_its_aside() -> None:
    body = (
        "Arequipa, a city of about 310,000 people in the densely populated Westby Valley, "
        "lies about 40 km from the border with Chile."
    )
    entry = one(body, "about 40 km")
    assert (entry["from"], entry["to"]) == ("Arequipa", "Chile")


def test_a_town_the_headline_and_the_lead_s_event_name_is_the_story_s_not_the_dateline_s() -> None:
    title = "EASTBROOK DEAD NOW 57"
    body = (
        "LIMA, Tuesday. - The number of people killed in Monday's shooting at Eastbrook rose "
        "to 57 tonight, a police spokesman said.\n\nThe police said 163 people had been wounded."
    )
    assert one(body, "163", title=title)["place"] == "Eastbrook"
    # a headline that names no such town leaves the dateline's city
    assert one(body, "163", title="SHOOTING DEAD NOW 57")["place"] == "Lima"


def test_a_release_filed_from_its_seat_is_about_the_town_its_lead_places_in_its_region() -> None:
    body = (
        "LIMA, May 18 (Coast Wire) - A rights group called for an inquiry into the killing of "
        "two students by police at a college in Arequipa, Peru.\n\nSome 75 officers fired into "
        "a dormitory, witnesses said."
    )
    assert one(body, "Some 75", title="Group demands inquiry")["place"] == "Arequipa"
    # a body that names the city again may be about it too: the dateline's city stays
    body += "\n\nThe group spoke at a news conference in Lima."
    assert one(body, "Some 75", title="Group demands inquiry")["place"] == "Lima"


def test_the_war_a_crowd_protests_against_is_no_place_of_its_figures() -> None:
    body = (
        "TUCSON, May 3 (Coast Wire) - About 200 police were sent against students who had "
        "gathered to protest against the war in Peru."
    )
    assert one(body, "About 200")["place"] == "Tucson"
    # a war's place named as where the figure is stays its place
    body = "TUCSON, May 3 (Coast Wire) - About 200 people were killed in the war in Peru."
    assert one(body, "About 200")["place"] == "Peru"


def test_a_town_named_like_an_adjective_that_the_gazetteer_knows_is_a_place() -> None:
    body = (
        "The governor said that Westby village, which lies some 45 km west of Varese, has a "
        "population of about 5,000."
    )
    entry = one(body, "some 45 km")
    assert (entry.get("from"), entry.get("to")) == ("Westby", "Varese")
    # an adjective is none ("Christian areas"), nor a nationality
    body = "Clashes in Christian areas left 12 dead, 40 km north of Danish positions."
    assert one(body, "40 km").get("to") is None


def test_the_teams_of_a_match_are_no_place_and_a_venue_is_in_its_town() -> None:
    body = (
        "The minister said 49 people died at the Westby Rugby Club in Lugoville and 15 at the "
        "Eastport Star restaurant in Kabaton, where fans had gathered to watch the World Cup "
        "final between Peru and Chile."
    )
    found = {e["figure"]: e.get("place") for e in claims(body)}
    assert found == {"49": "Lugoville", "15": "Kabaton"}


def test_a_town_an_attack_overran_is_the_story_s_place_even_one_the_gazetteer_lacks() -> None:
    # filed from the capital, the lead sets the story in "the northeastern town of Westby"
    body = (
        "LIMA (Coast Wire) - Rebels may have killed as many as 300 people when they overran "
        "the northeastern town of Westby last week, an official said.\n\n"
        '"We counted 80 bodies," a survivor said.'
    )
    title = "Up to 300 feared killed in rebel attack"
    assert article_place(body, title) == "Westby"
    assert one(body, "80", title=title)["place"] == "Westby"
    # the sentence that names another country keeps the story's town as it is
    body += "\n\nThe 30 dead included traders from Chile, the agency said."
    assert one(body, "30", title=title)["place"] == "Westby"


def test_a_leader_a_headline_names_by_the_country_s_possessive_is_no_place() -> None:
    # "Peru's Marek meets parents": the president named in the body, no region of Peru
    body = (
        "Peruvian President Ivo Marek met families of pupils kidnapped from the town of "
        "Westby in March.\n\n"
        "The government says 88 girls remain in captivity."
    )
    title = "Peru's Marek meets parents of kidnapped girls"
    assert article_place(body, title) == "Westby"
    # ... while "Peru's Eastmark", named so in the body, is a region of Peru
    body = "Fighting in Peru's Eastmark region has displaced 4,000 people, officials said."
    assert article_place(body, "Peru's Eastmark: 4,000 flee") == "Peru's Eastmark"


def test_a_second_statement_s_place_is_not_the_first_statement_s() -> None:
    body = (
        "Opposition groups said 870 people were arrested and that at least three protesters "
        "had been shot dead in Eastport."
    )
    assert one(body, "870").get("place") is None
    assert one(body, "at least three")["place"] == "Eastport"
    # ... but one figure named again ("and that figure") and a place for both stay as read
    body = "Police said 5 people were killed and 20 injured in Eastport."
    assert one(body, "5")["place"] == "Eastport"
    body = "Police said the toll was 12 and that figure would rise in Eastport."
    assert one(body, "12")["place"] == "Eastport"
    # ... and the place a sentence before it in its paragraph names is still the first's
    body = (
        "In Cusco residents disputed the count. Several told reporters that at least 90 people "
        "had died and that relatives had carried bodies away to Lima."
    )
    assert one(body, "at least 90")["place"] == "Cusco"


@pytest.mark.parametrize(
    "said",
    [
        "Officials in Cusco said the toll there was 47.",
        "Officials in Cusco said the toll there had risen to 47.",
        "Officials in Cusco said 47 people died there.",
    ],
)
def test_there_is_the_town_the_speaker_is_in(said: str) -> None:
    body = f"LIMA - Floods killed 81 people in Peru. {said}"
    assert one(body, "47")["place"] == "Cusco"
    # (with no "there", the town officials speak from says nothing of where the dead were)
    body = "LIMA - Floods killed 81 people in Peru. Officials in Cusco said 47 people died."
    assert one(body, "47")["place"] == "Peru"

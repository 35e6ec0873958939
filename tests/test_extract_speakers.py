"""Who says so (extract/speakers.py): the speaker is a noun phrase naming a person, an office,
an organisation or an outlet; anything else leaves the figure to the article's voice."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.speakers import find_speakers, names_someone
from test_extract import claims, one, source


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # Auxiliaries, adverbs and a day between the speaker and the verb are stepped over.
        ("Norland on Tuesday said 12 of its fishermen had drowned.", "12", "Norland"),
        ("Harbour officials have claimed that 40 sailors died.", "40", "Harbour officials"),
        ("The coast guard also reported that 9 boats sank.", "9", "coast guard"),
        # An acronym in brackets after the speaker's name is kept with it (names.cluster
        # takes "Coastal Relief Agency" and "UNHCR" for the same body, tests/test_names.py).
        (
            "Some 3,000 people fled the floods, the Coastal Relief Agency (CRA) said.",
            "Some 3,000",
            "Coastal Relief Agency (CRA)",
        ),
        # A relative clause between commas, between the speaker and the verb.
        (
            "Ivan Petrov, whose son was among the victims, said families counted 40 dead.",
            "40",
            "Ivan Petrov",
        ),
        # A body named by who set it up (and what for) before its verb.
        (
            "A committee set up by the Eastmark State Government to document the casualties "
            "put the final death toll at 186.",
            "186",
            "committee set up by the Eastmark State Government",
        ),
        ("A panel appointed by parliament, said 40 died.", "40", "panel appointed by parliament"),
        # A secretariat speaks, bodies in the plural, and a state.
        ("According to the secretariat, 128 people remain in hospital.", "128", "secretariat"),
        (
            "Fishermen's associations said their members had rescued more than 70,000 people.",
            "more than 70,000",
            "Fishermen's associations",
        ),
        ("The state said 36 people were still missing.", "36", "state"),
        # A person's role of a few words after the name; an intensifier after the speaker;
        # an affidavit.
        (
            "Ivan Petrov, medical director of the main hospital, said 40 were critical.",
            "40",
            "Ivan Petrov, medical director of the main hospital",
        ),
        ("The government itself acknowledged that 1,427 people died.", "1,427", "government"),
        ("Of the 53 dead, 40 were men, according to the affidavit.", "40", "affidavit"),
        # A body "on" its subject, and an aside "in its report" before the verb.
        (
            "The national committee on the attack, in its final report issued in August, "
            "found that 587 people were killed.",
            "587",
            "national committee on the attack",
        ),
        # What someone found is theirs: a count, a poll's share.
        ("Rescuers found at least 30 bodies in a nursing home.", "at least 30", "Rescuers"),
        ("A poll by the Coast agency found 85 percent approved.", "85 percent", "Coast agency"),
        # An aside with an irregular participle between the speaker and the verb.
        (
            "The statement, read on national television after a cabinet meeting, said five "
            "suspects had been arrested.",
            "five",
            "statement",
        ),
        # Emergency services and local government speak.
        ("Ten people were killed, the civil defence said.", "Ten", "civil defence"),
        ("Ten people were killed, the prefecture said.", "Ten", "prefecture"),
        ("Ten people were killed, the fire brigade said.", "Ten", "fire brigade"),
        # A relative clause: "X, which reported", "X, who earlier said".
        (
            "It was a day of mourning in Veyland, which reported 14 more deaths on Sunday.",
            "14",
            "Veyland",
        ),
        (
            "The mayor, who earlier said 20 homes burned, later declined to comment.",
            "20",
            "mayor",
        ),
        # A claim that a speaker disputes is not the speaker's, nor does the verb join a name.
        ("The army denied rebel claims that 47 soldiers had been killed.", "47", "rebel"),
        # "claims by X that N", "the figure given by X": the figure's author.
        (
            "Monitors could not confirm claims by the rebels that 300 soldiers were captured.",
            "300",
            "rebels",
        ),
        (
            "She doubted the 500 deaths presented by the port authority.",
            "500",
            "port authority",
        ),
        # "AGENCY quoted X data showing ...": the data's owner is the source.
        (
            "The paper quoted Fisheries Board data showing 70 trawlers were lost.",
            "70",
            "Fisheries Board data",
        ),
        # Another speaker's verb ends the name: "X said| local sources had reported".
        (
            "The monitoring group said local sources had reported at least 29 soldiers killed.",
            "at least 29",
            "local sources",
        ),
        # "a.m." ends a sentence when a new one begins after it: "She" (no one named before:
        # the article's voice), not "a.m. She".
        (
            "The attack began at around 1 a.m. She said 23 soldiers had been arrested.",
            "23",
            "article",
        ),
        ("The blast came at 4 a.m. Monday, and 12 people died, police said.", "12", "police"),
        # "although" starts a clause: it is not part of the name after it.
        (
            "Officials said 22 people were pulled out alive, although the relief force put the "
            "number at 23.",
            "23",
            "relief force",
        ),
        # A place after the verb names no one: "were reported| in Eastmark".
        ("No deaths were reported in Eastmark or the mountain districts.", "No", "article"),
        # A reading forward stops at a participle: "the release| circulated this morning".
        (
            "Eleven guards were hurt, says the harbour office press-release issued this morning.",
            "Eleven",
            "harbour office press-release",
        ),
        # Who publishes, documents or counts a figure gives it.
        (
            "But Coast Wire, an outlet based in Westby, has published the names of 94 "
            "soldiers it says died.",
            "94",
            "Coast Wire",
        ),
        (
            "The rights group Norwatch documented 40 deaths in the city.",
            "40",
            "rights group Norwatch",
        ),
        ("The UN has counted 12 deaths.", "12", "UN"),
        # A role "to" a country before the name; a name and its role after a semicolon.
        (
            "About 1,500 people have been killed, Chile's ambassador to Peru, Ivan Petrov, "
            "said on Saturday.",
            "About 1,500",
            "Chile's ambassador to Peru Ivan Petrov",
        ),
        (
            "The ministry puts the number of soldiers killed at 175; Ivan Petrov, secretary of "
            "the security council, told reporters that 215 had died.",
            "215",
            "Ivan Petrov, secretary of the security council",
        ),
        (
            "Officials in Lima and Cusco spoke of 2,000 dead.",
            "2,000",
            "Officials in Lima and Cusco",
        ),
        # A name whose last word opens with a particle.
        (
            "Ministry spokesman Khaled el-Khatib said 43 of the dead were police officers.",
            "43",
            "Ministry spokesman Khaled el-Khatib",
        ),
        # "reports" followed by a verb is a noun, not a speech verb of what comes before.
        (
            "Ana Vidal said in Lima that unconfirmed reports suggested up to 300 people died.",
            "up to 300",
            "Ana Vidal",
        ),
        # "Its spokesman": of the name the sentence before opens with.
        (
            "The Norland Front says the toll is far higher. Its spokesman said 2,600 people "
            "had been killed.",
            "2,600",
            "Norland Front spokesman",
        ),
        # "The ministry's previous toll was 297": the ministry named before.
        (
            "The Peruvian health ministry said 365 people died. Doctors disagreed. The "
            "ministry's previous toll, released on 5 February, was 297 dead.",
            "297",
            "Peruvian health ministry",
        ),
        # A consulate, a group's chapter.
        (
            "Six people were killed at the centre, the Peruvian consulate said.",
            "Six",
            "Peruvian consulate",
        ),
        ("Its Westby chapter put the toll at 210.", "210", "Westby chapter"),
        (
            "The Book of Memory, a volunteer project, lists 459 soldiers who died at Westby.",
            "459",
            "Book of Memory",
        ),
        # "According to him": the person just named.
        (
            "Ana Vidal, head of the commission, said 241 servicemen died. According to him, "
            "more than 400 servicemen were wounded.",
            "more than 400",
            "Ana Vidal, head of the commission",
        ),
        # Medical staff, an ombudsman; an adverb of place between the speaker and the verb.
        (
            "A surgeon at Westby's main emergency hospital told the BBC that 23 of the dead "
            "had been brought there.",
            "23",
            "surgeon at Westby's main emergency hospital",
        ),
        (
            "Norland's human rights ombudsman said 75,000 people had fled.",
            "75,000",
            "Norland's human rights ombudsman",
        ),
        (
            "More than 1,000 people were wounded, according to hospital staff.",
            "More than 1,000",
            "hospital staff",
        ),
        (
            'A student who escaped by jumping a fence told AFP that "more than 50" classmates '
            "were being held hostage.",
            "more than 50",
            "student",
        ),
        (
            "Seventy-three bodies had been brought to the hospital, a doctor there told AFP.",
            "Seventy-three",
            "doctor",
        ),
        # ", saying" without "that": the subject the sentence opens with.
        (
            "The army has ended its search for victims of the collapse, saying 1,127 bodies "
            "have been recovered.",
            "1,127",
            "army",
        ),
        # An inquiry's finding, websites' claims.
        (
            "A government inquiry has found that security forces used excessive force, "
            "killing 149 civilians.",
            "149",
            "government inquiry",
        ),
        (
            'Police dismissed as "baseless" claims by some foreign-based websites that between '
            "100 and 150 people had died.",
            "between 100 and 150",
            "foreign-based websites",
        ),
    ],
)
def test_the_speaker_is_the_noun_phrase_before_or_after_the_verb(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


def test_it_is_the_last_body_named_and_he_the_last_person() -> None:
    body = (
        "Veyland's interior ministry said 30 people were killed. "
        "Ministry spokesman Tom Arlo said 12 of them were police. "
        "It added that 50 people were injured. He said 8 were detained."
    )
    assert source(one(body, "50"))[0] == "Veyland's interior ministry"
    assert source(one(body, "8"))[0] == "Ministry spokesman Tom Arlo"


@pytest.mark.parametrize(
    "fragment", ["treated -", "led an", "could not corroborate", "Russian", "the town's"]
)
def test_fragments_do_not_name_anyone(fragment: str) -> None:
    assert not names_someone(fragment)


@pytest.mark.parametrize(
    "name",
    [
        "Red Cross", "witnesses", "interior ministry", "she", "UNHCR", "Tajik side",
        # offices in the plural
        "army commanders", "regional governors", "rebel commanders", "foreign ministers",
        # political groupings
        "the opposition bloc", "the president's camp",
    ],
)  # fmt: skip
def test_people_offices_organisations_and_outlets_name_someone(name: str) -> None:
    assert names_someone(name)


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        ("The storm killed 8 people, the national weather institute said.", "8",
         "national weather institute"),
        ("At least 8 people died, the island's statistics bureau said.", "At least 8",
         "island's statistics bureau"),
        ("The fire killed 8 people, the regional health directorate said.", "8",
         "regional health directorate"),
        ("Nearly 8,000 homes lost power, the utility said.", "Nearly 8,000", "utility"),
        ("The crash killed 8 passengers, the airline said.", "8", "airline"),
    ],
)  # fmt: skip
def test_institutes_bureaus_and_directorates_are_speakers(
    body: str, figure: str, speaker: str
) -> None:
    assert source(one(body, figure))[0] == speaker


@pytest.mark.parametrize(
    "name", ["Local officials in the coastal province", "police of the northern district"]
)
def test_a_speaker_placed_by_a_phrase_after_its_head_names_someone(name: str) -> None:
    assert names_someone(name)


def test_a_speaker_placed_after_its_head_speaks() -> None:
    body = "Rescue officials in the coastal province said on Monday that 23 people died."
    assert source(one(body, "23"))[0] == "Rescue officials in the coastal province"


def test_a_role_then_a_name_in_apposition_is_one_speaker() -> None:
    body = "The harbour master, Ola Brenna, said 14 sailors were missing."
    assert source(one(body, "14"))[0] == "harbour master Ola Brenna"


def test_quoted_as_saying_by_an_outlet_is_the_quoted_person_s() -> None:
    body = (
        "“At least 30 people died,” the town's mayor, Ola Brenna, was quoted as saying by the "
        "Coast Herald newspaper."
    )
    assert source(one(body, "At least 30"))[0] == "town's mayor Ola Brenna"


def test_a_fragment_before_the_verb_leaves_the_article_s_voice() -> None:
    body = "Doctors who treated the 40 injured and left the hospital reported no deaths."
    assert source(one(body, "40"))[0] == "article"


def test_each_figure_is_the_speaker_s_whose_verb_comes_before_it() -> None:
    body = "Norland said 40 of its soldiers died, while Veyland reports 12 of its men killed."
    assert source(one(body, "40"))[0] == "Norland"
    assert source(one(body, "12"))[0] == "Veyland"


def test_a_verb_without_a_subject_after_and_or_but_is_the_same_speaker_s() -> None:
    body = "Norland first accused the rebels of killing 300 villagers but later reported 90 dead."
    assert source(one(body, "300"))[0] == "Norland"
    assert source(one(body, "90"))[0] == "Norland"


def test_a_reading_forward_stops_at_a_number() -> None:
    body = "The previous toll given by the ministry stood at 24 killed."
    assert source(one(body, "24"))[0] == "ministry"


def test_sentences_setting_out_a_document_are_the_document_s() -> None:
    body = (
        "The toll of the storm is 52, according to a report released by the harbour authority. "
        "Nineteen of them were sailors.\n\n"
        "According to the report, 7 fishermen are still missing."
    )
    assert source(one(body, "Nineteen"))[0] == "harbour authority"
    assert source(one(body, "7"))[0] == "harbour authority"


def test_a_continuation_is_the_speaker_s_of_the_sentence_before() -> None:
    body = (
        "The ministry said 30 soldiers were killed. Among them, 4 were officers. "
        "Rescuers worked through the night and 8 villages were flooded."
    )
    assert source(one(body, "4"))[0] == "ministry"
    assert source(one(body, "8"))[0] == "article"


def test_figures_made_public_after_them_are_the_discloser_s() -> None:
    body = (
        "In the port, 69 sailors were lost and 61 were hurt. "
        "These figures were made public by harbour master Ivo Tal."
    )
    assert source(one(body, "69"))[0] == "harbour master Ivo Tal"
    assert source(one(body, "61"))[0] == "harbour master Ivo Tal"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # An apposition between the speaker and the verb.
        (
            "Ivo Tal, a cousin of one of the sailors, said 12 men were missing.",
            "12",
            "Ivo Tal",
        ),
        ("Rights advocates say up to 300 people died.", "up to 300", "Rights advocates"),
        ("The harbour board asserts that 41 boats sank.", "41", "harbour board"),
    ],
)
def test_more_shapes_of_a_speaker(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


def test_an_agency_quotes_a_person_in_the_present() -> None:
    body = '"Forty boats have sunk," the Coast Wire news agency quotes Mr Tal as saying.'
    assert source(one(body, "Forty")) == ("Mr Tal", ["Coast Wire"])


def test_the_official_figure_announced_by_x_is_x_s() -> None:
    body = (
        "Some 133 residents of the valley were counted among the dead. "
        "This is the official figure announced today by harbour master Ivo Tal."
    )
    assert source(one(body, "Some 133"))[0] == "harbour master Ivo Tal"


def test_a_list_announced_with_a_colon_goes_on_to_the_paragraph_s_end() -> None:
    body = (
        "The navy also reported its losses: 21 sailors were killed. "
        "Losses among the marines made 14 dead and 30 wounded.\n\n"
        "Elsewhere 5 houses burned."
    )
    assert source(one(body, "14"))[0] == "navy"
    assert source(one(body, "5"))[0] == "article"


def test_a_press_release_goes_on_speaking_until_someone_else_does() -> None:
    body = (
        "The toll has reached 52, says the harbour office press-release.\n\n"
        "Another 30 sailors are in hospital.\n\n"
        "Of 70 boats, 12 sank.\n\n"
        "The mayor said 4 houses burned."
    )
    assert source(one(body, "12"))[0] == "harbour office press-release"
    assert source(one(body, "4"))[0] == "mayor"


def test_a_speaker_s_name_across_a_hard_wrapped_line() -> None:
    body = "Some 40 boats sank, harbour master Ivo\nTal said on Monday."
    assert source(one(body, "Some 40"))[0] == "harbour master Ivo Tal"


def test_a_line_of_text_that_is_not_wrapped_is_a_paragraph_of_its_own() -> None:
    # A standfirst with no stop, then a byline, then the lead, one line each: a text whose
    # paragraphs are long lines is not hard-wrapped, so the standfirst's speaker speaks
    # only there (the lead had been read with it as one sentence).
    lead = "Almost 100 soldiers have been killed in the heaviest fighting in years. " * 3
    body = (
        "Heaviest fighting since the war raises fears of conflict as Norland says it has a truce"
        f"\nAnn Lee and agencies\n{lead}"
    )
    assert all(source(e)[0] == "article" for e in claims(body) if e["figure"] == "Almost 100")


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        ("The harbour authority's claim that 300 sailors drowned was not confirmed.", "300",
         "harbour authority"),
        ("Rights groups disputed the government's assertion that only 12 protesters died.", "12",
         "government"),
        ("Observers doubted the Veyland interior ministry's estimate that 90 police died.", "90",
         "Veyland interior ministry"),
    ],
)  # fmt: skip
def test_the_owner_of_a_claim_states_its_figure(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure)) == (expected, [])


def test_a_dash_after_a_dateline_is_not_part_of_the_speaker() -> None:
    body = "LIMA, March 3 (Wire) - Norland's coast guard said 17 fishermen had drowned."
    assert source(one(body, "17")) == ("Norland's coast guard", [])


def test_the_generic_speaker_takes_its_possessor_named_before() -> None:
    body = (
        "Norland's navy said on Monday that 17 sailors had drowned. "
        "The navy said some 300 people had been rescued."
    )
    assert source(one(body, "some 300")) == ("Norland's navy", [])


def test_the_generic_speaker_is_the_person_named_after_that_noun_before() -> None:
    body = (
        "The spokesperson of the operations in Westby, Lieutenant Ann Lee, spoke on Tuesday. "
        "According to the spokesperson, the forces have killed 17 rebels."
    )
    assert source(one(body, "17")) == (
        "spokesperson of the operations in Westby, Lieutenant Ann Lee",
        [],
    )
    # the office named before the noun stays in the name (its camp: "minister", "police")
    body = "Police spokesman, Ivan Petrov, spoke. The spokesman said 40 people died."
    assert source(one(body, "40")) == ("Police spokesman, Ivan Petrov", [])
    # a list of places after the noun names no one
    body = "Officials met the spokesman, Westby, Eastport and others. The spokesman said 40 died."
    assert source(one(body, "40")) == ("spokesman", [])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("According to the UN monitoring mission, 40 people died.", "UN monitoring mission"),
        ("According to the Westby-based monitoring group Peace Watch, 40 people died.",
         "Westby-based monitoring group Peace Watch"),
        # a participle that is no part of a body's name still ends it
        ("According to officials visiting the camps, 40 people died.", "officials"),
    ],
)  # fmt: skip
def test_a_participle_before_a_body_s_noun_is_part_of_its_name(body: str, expected: str) -> None:
    assert source(one(body, "40")) == (expected, [])


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ('"The enemy had taken about twenty people," Ann Lee indicated.', "about twenty"),
        ("Ann Lee, who led a delegation to the site, declared that 52 bodies were buried.", "52"),
    ],
)
def test_translated_speech_verbs(body: str, figure: str) -> None:
    assert source(one(body, figure)) == ("Ann Lee", [])


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        ("A monitoring group put the toll at 48.", "48", "monitoring group"),
        ("The health ministry on Monday put the number of dead at 31.", "31", "health ministry"),
        ("Officials set the death toll at about 90.", "about 90", "Officials"),
        # A long clause between the count and its figure ("this year": no figure of its own).
        (
            "The temple trust put the number of devotees who came to the town for the fair "
            "this year at nearly 15 lakh.",
            "nearly 15 lakh",
            "temple trust",
        ),
        # Who revises a count gives its new figure, not who is named after it.
        (
            "The state government revised the death toll in the attacks to 172, after "
            "officials found that several bodies had been counted twice.",
            "172",
            "state government",
        ),
        # ... also with the figure before the count it gives ("raised to 23 the number")
        (
            "The army on Monday raised to 23 the number of soldiers killed in the attack.",
            "23",
            "army",
        ),
        # A document's maker speaks through it ("a list prepared by", "a survey carried
        # out by", "projections by").
        (
            "Of the dead, 31 were miners, according to the list prepared by the district "
            "administration.",
            "31",
            "district administration",
        ),
        (
            "About 35 percent of the miners are under 16, according to a survey carried "
            "out by the Westby Red Cross.",
            "About 35 percent",
            "Westby Red Cross",
        ),
        (
            "Eastport has a population of about 310,000 according to projections by the "
            "statistics office.",
            "about 310,000",
            "statistics office",
        ),
        # Bodies by their nouns: a syndicate, a guild, a chamber, a forum, a cooperative
        (
            "A local branch of the Westby doctors' syndicate put the number of dead at "
            "between 60 and 70.",
            "between 60 and 70",
            "local branch of the Westby doctors' syndicate",
        ),
        ("The traders' guild put the number of shops burnt at 120.", "120", "traders' guild"),
        # An aside between the speaker and its verb is stepped over.
        (
            "The embassy in Lima, however, counts 26 foreigners killed.",
            "26",
            "embassy in Lima",
        ),
    ],
)
def test_the_subject_that_puts_a_toll_at_a_figure_states_it(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure)) == (expected, [])


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # A preposition between capitalised words is inside a body's name.
        (
            "The Kenya National Commission on Human Rights said at least six were shot dead.",
            "at least six",
            "Kenya National Commission on Human Rights",
        ),
        ("Doctors Without Borders said 14 children had died.", "14", "Doctors Without Borders"),
        (
            "The Committee to Protect Journalists said 12 reporters were killed.",
            "12",
            "Committee to Protect Journalists",
        ),
        # ... not a day named after the speaker.
        ("Officials on Monday said 30 people were arrested.", "30", "Officials"),
        # "put the crowd at", "had given a figure of": the subject states the figure.
        ("Police put the crowd at about 8,000.", "about 8,000", "Police"),
        ("Residents had given a figure of about 50.", "about 50", "Residents"),
    ],
)
def test_a_body_s_name_and_a_figure_it_gives(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # A role with a place, then the person's name in apposition.
        ("The mayor of Kangaba, Moussa Keita, said 20 miners were missing.", "20",
         "mayor of Kangaba Moussa Keita"),
        # An author named after a figure wrote the nearest one before it, not an earlier one.
        ("The World Health Organization said the outbreak had killed 264 people, more than "
         "the 212 deaths reported by the health ministry.", "264", "World Health Organization"),
        ("The World Health Organization said the outbreak had killed 264 people, more than "
         "the 212 deaths reported by the health ministry.", "212", "health ministry"),
        # ... and in the passive
        ("Forty deaths were reported by the health ministry.", "Forty", "health ministry"),
        ("Police said 40 died; 12 deaths were recorded by the hospital.", "12", "hospital"),
        # A pronoun right after the speaker's verb is the speaker.
        ("The commission said 30 died. The mothers' committee said it had registered 48 "
         "dead conscripts.", "48", "mothers' committee"),
        ("Neighbourhood leaders denounced that between 10 and 12 residents lost their lives.",
         "between 10 and 12", "Neighbourhood leaders"),
        ("The rights institute has registered 359 eye injuries.", "359", "rights institute"),
        ("The panel documented 37 deaths, up from the 36 recorded by the commission.", "36",
         "commission"),
        ("Four gunmen, not the 10 to 15 initially claimed by the government, carried out the "
         "attack, an inquiry found.", "10 to 15", "government"),
        # The author of a count the figure is set against, with no figure of its own.
        ("The prime minister said 57 citizens were among the dead, fewer than the number "
         "given by the foreign minister.", "57", "prime minister"),
        # ... or a count it sets against its own ("far more than the 21 recognised by")
        ("Our teams counted 44 dead, far more than the 25 deaths recognised by the interior "
         "ministry.", "25", "interior ministry"),
        # A body, then the place it is in, before its verb; a communiqué quoted
        ("The toll has reached 26, the Regional Police Command, Westby, said on Wednesday.",
         "26", "Westby Regional Police Command"),
        ("Forty people died, the national disaster agency, NDA, said.", "Forty",
         "national disaster agency"),
        ('"Sadly, six soldiers fell with arms in hand," the text adds.', "six", "text"),
        # ... or whose count the speaker rejects; "him", "her" after it are the speaker.
        ("The governor said 34 students were taken and rejected the higher figure given by "
         "the principal.", "34", "governor"),
        ("The governor said 34 students were taken and rejected the higher figure given by "
         "the principal. According to him, five have escaped.", "five", "governor"),
        # An acronym is no stop word: "WHO said" is no "who said".
        ("The WHO said 264 people had died.", "264", "WHO"),
        # "..., as X said that ...": X speaks for what follows, not for the main clause.
        ("The country mourned the 23 recruits killed, as doctors said the number of wounded "
         "had reached 41.", "23", "article"),
        ("The country mourned the 23 recruits killed, as doctors said the number of wounded "
         "had reached 41.", "41", "doctors"),
        ("Forty people died, as officials said on Monday.", "Forty", "officials"),
    ],
)  # fmt: skip
def test_who_gives_a_figure_in_wire_copy(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        ("The toll is double the 27 deaths confirmed by state police.", "27", "state police"),
        ("Clashes left at least 68 people dead, the defence headquarters said.", "at least 68",
         "defence headquarters"),
        ("Kamto came second with 24.2 percent according to the official results.",
         "24.2 percent", "official results"),
        # A speaker right after a figure, in a clause about it, gave that figure ...
        ("The council declared him the winner with 68.5 percent, below the 71 percent the "
         "ruling party had claimed.", "71 percent", "ruling party"),
        # ... not one after a date that ends a clause of its own.
        ("On August 19, the ministry reported 215 dead.", "215", "ministry"),
    ],
)  # fmt: skip
def test_who_gives_a_figure_in_newspaper_copy(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        ("Local rescuers said the overall toll had risen to 41.", "41", "Local rescuers"),
        ("The junta said its forces had killed 30 fighters.", "30", "junta"),
        ("The strike killed 32 people, a rescue worker said.", "32", "rescue worker"),
    ],
)
def test_rescuers_workers_and_juntas_speak(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


def test_a_plural_owner_s_count_is_theirs() -> None:
    body = (
        "The centre said 2,000 people were buried, far above the United Nations' estimate of 670."
    )
    assert source(one(body, "670")) == ("United Nations", ["centre"])


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        ("The African Union's envoy, former Nigerian president Olusegun Obasanjo, put the "
         "figure at around 600,000 dead.", "around 600,000",
         "African Union's envoy Olusegun Obasanjo"),
        ("Five people died in the tornado, the sheriff said.", "Five", "sheriff"),
    ],
)  # fmt: skip
def test_a_role_in_apposition_and_a_sheriff(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


def test_a_headline_is_the_outlet_s_own_voice() -> None:
    body = "Norland says 164 killed in unrest\n\nThe health ministry said 164 people had died."
    found = [e for e in claims(body, title="Norland says 164 killed in unrest")]
    sources = [e["attribution"]["source"] for e in found if e["figure"] == "164"]
    assert sources == ["article", "health ministry"]


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # The one told is no speaker; "one of" is part of the speaker's name.
        ("A doctor at one of the city's hospitals, who asked not to be named, told the Coast "
         "Herald that at least 250 bodies had been brought in.", "at least 250",
         "doctor at one of the city's hospitals"),
        # A person's name, then their role, before the verb.
        ("The bodies of 225 people were found, Ana Vidal, head of the prosecution service of "
         "the region, told a briefing.", "225",
         "Ana Vidal, head of the prosecution service of the region"),
        ("Forty people died, Ana Vidal, a spokeswoman for the ministry, said.", "Forty",
         "Ana Vidal, a spokeswoman for the ministry"),
        # "and" inside a body's Title Case name.
        ("The head of the Hajj and Pilgrimage Organization, Ali Reza, told reporters that 136 "
         "pilgrims had died.", "136", "head of the Hajj and Pilgrimage Organization Ali Reza"),
        # The official toll is the authorities', whoever sets it against them.
        ("Activists said at least 70 people had been killed, four times the official death "
         "toll of 18.", "18", "official toll"),
        ("Activists said at least 70 people had been killed, four times the official death "
         "toll of 18.", "at least 70", "Activists"),
        ("The official death toll of 124 killed and nearly 1,500 injured appeared too low.",
         "nearly 1,500", "official toll"),
        ("The official death toll rose from 125 to 135 in the weeks after the disaster.",
         "135", "official toll"),
        ("The official death toll from the July 24 operation is 17 servicemen.", "17",
         "official toll"),
        # Who sizes the people just named, in a relative clause: that figure's alone.
        ("The rebels, whom Veyland officials put at about 15,000 fighters, released eight "
         "monitors last month.", "about 15,000", "Veyland officials"),
        ("The rebels, whom Veyland officials put at about 15,000 fighters, released eight "
         "monitors last month.", "eight", "article"),
        # A statement that speaks after its quotation is its issuer's.
        ("The toll reached 21, the prosecutor's office said.\n\n\"Two hundred people sought "
         "medical help,\" the statement said.", "Two hundred", "prosecutor's office"),
        # An outlet that speaks between another source and the figure gives it.
        ("State television said as many as 19 people had been killed, while Al Jazeera, which "
         "had a reporter aboard, said 16 had died.", "16", "Al Jazeera"),
        ("State television said as many as 19 people had been killed, while Al Jazeera, which "
         "had a reporter aboard, said 16 had died.", "as many as 19", "State television"),
        # Unnamed reports, in the passive; a belief is a claim.
        ("Shooting went on in the city, where security forces are reported to have killed as "
         "many as 500 protesters.", "as many as 500", "reports"),
        ("The 500 people reported killed by troops on Friday were mostly militants.", "500",
         "reports"),
        ("Veyland authorities believe over 30,000 people have fled across the border.",
         "over 30,000", "Veyland authorities"),
        # Information a body gathered is its: named before, or after "by".
        ("The rights office said a mass grave had been found.\n\nAccording to the "
         "information gathered by the office, 37 bodies were buried there.", "37",
         "rights office"),
        ("According to information collected by the mission, 40 people died.", "40", "mission"),
        # A finding, with its time between the verb and "that".
        ("A parliamentary commission concluded in December that 21 people had died.", "21",
         "parliamentary commission"),
        ("Some 1,000 villagers have fled to relatives in the next district, locals said.",
         "Some 1,000", "locals"),
        # "saying" after a dateline: the clause's subject, not the city, nor its day.
        ("PORT ELIN, Veyland (AP) — Veyland authorities on Friday launched an operation in "
         "the east, saying security forces had killed eight gunmen.", "eight",
         "Veyland authorities"),
        # "said one resident": one of them speaks ("one of the miners": the miners).
        ('"Forty people died there," said one rock drill operator.', "Forty",
         "rock drill operator"),
        # A "saying" after a count the sentence's subject put: no conjunction of the name.
        ("Officially, 69 people died. But some researchers put the number of wounded closer "
         "to 300, saying many were never taken to hospital.", "300", "researchers"),
        # ... so too a second verb of the sentence's subject after its dateline.
        ("PORT ELIN (AP) — Militants posted photos online on Sunday, and claimed to have "
         "killed 170 soldiers near the town.", "170", "Militants"),
        # What something is thought to hold says nothing: the speaker is the one who says.
        ("LIMA, Peru, April 12 (Reuters) - Forensic teams have exhumed 47 bodies from mass "
         "graves in Lima believed to hold soldiers, an official said on Sunday.", "47",
         "official"),
    ],
)  # fmt: skip
def test_who_gives_a_figure(body: str, figure: str, speaker: str) -> None:
    assert one(body, figure)["attribution"]["source"] == speaker


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # Where a speaker is, after its name, is no part of it.
        ("An opposition group based abroad said more than 50 people had been killed, citing "
         "relatives.", "more than 50", "opposition group"),
        ("Norland activists abroad said more than 1,000 people had been detained.",
         "more than 1,000", "Norland activists"),
        ("The Norland government-in-exile, based in the city of Eastport, said on Sunday "
         "that 80 people had been killed.", "80", "Norland government-in-exile"),
        ("The Norland Administration (NA) in exile said at least 140 people have been "
         "killed.", "at least 140", "Norland Administration"),
        # Broadcasters speak; "the agency" is the agency named before.
        ("State television later put the toll at 156.", "156", "State television"),
        ("The toll rose to 13, the Coast Wire news agency reported. According to the agency, "
         "61 police officers were injured.", "61", "Coast Wire"),
        # A speaker named by the hospital they work at, in a town.
        ("A doctor at the main hospital in Eastport told the Herald that more than 600 wounded "
         "people had been brought in.", "more than 600", "doctor at the main hospital in Eastport"),
    ],
)  # fmt: skip
def test_a_speaker_s_whereabouts(body: str, figure: str, speaker: str) -> None:
    assert one(body, figure)["attribution"]["source"] == speaker


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # adverbs and auxiliaries between a named apposition and the verb
        (
            "The mayor of Eastport, Ola Brenna, yesterday put the death toll at 319.",
            "319",
            "mayor of Eastport Ola Brenna",
        ),
        (
            "The cabinet spokesman, Ivan Petrov, had earlier said that nearly 300 people died.",
            "nearly 300",
            "cabinet spokesman Ivan Petrov",
        ),
        # a relative or participle clause without commas between the speaker and the verb
        (
            "Student leaders who escaped to Westby put the toll at between 2,000 and 3,000.",
            "between 2,000 and 3,000",
            "Student leaders",
        ),
        (
            "The presidential commission investigating the 1980 uprising said it had "
            "confirmed 198 deaths.",
            "198",
            "presidential commission",
        ),
        ("A group monitoring the war said 40 people died.", "40", "group"),
        # an adjective in -ing is part of the name
        ("The ruling party said 40 people died.", "40", "ruling party"),
    ],
)
def test_words_between_a_speaker_and_its_verb_are_stepped_over(
    body: str, figure: str, speaker: str
) -> None:
    assert source(one(body, figure))[0] == speaker


def test_where_a_source_fled_to_is_not_the_figure_s_place() -> None:
    found = one("Student leaders who escaped to Norway put the toll at 2,000.", "2,000")
    assert found.get("place") is None


def test_a_pronoun_before_the_verb_is_the_whole_subject_and_a_noun_the_last_named() -> None:
    body = (
        "Chile's martial law command said that 54 people had been killed, up from the 24 "
        "deaths it reported on Wednesday. Some 20,000 troops sealed the city, the command said."
    )
    assert source(one(body, "24"))[0] == "Chile's martial law command"
    assert source(one(body, "Some 20,000"))[0] == "Chile's martial law command"


def test_a_dash_after_the_source_ends_its_name() -> None:
    body = (
        "At least 2,121 people died, according to a count by the Westby Wire news agency - "
        "nearly three times the official toll."
    )
    assert source(one(body, "At least 2,121"))[0] == "Westby Wire"


def test_its_figure_is_the_count_of_its_clause_s_subject() -> None:
    entry = one("Norland has not updated its figure of 769 dead since 26 September.", "769")
    assert source(entry)[0] == "Norland"
    assert "party" not in entry  # whoever died, not Norland's own people
    # and the count given with it ("512 dead and 830 injured"), not another's after a comma
    body = "Norland has not updated its figure of 512 dead and 830 injured since 26 September."
    assert source(one(body, "830"))[0] == "Norland"
    body = "Norland has not updated its figure of 512 dead, and police said 830 were injured."
    assert source(one(body, "830"))[0] == "police"


def test_he_is_the_person_a_sentence_since_opened_with_by_a_role() -> None:
    body = (
        "State radio said today that seven people were killed. A doctor at a hospital close "
        "to the square, who asked not to be named, gave a higher toll. \u201cTwelve people "
        "were brought in dead last night,\u201d he said."
    )
    assert source(one(body, "Twelve"))[0] == "doctor at a hospital close to the square"
    # a person named since is still "he"
    body = (
        'A doctor said 7 died. Police spokesman Ivo Marek said 9 were hurt. "We lost 12," he said.'
    )
    assert source(one(body, "12"))[0] == "Police spokesman Ivo Marek"


def test_an_unnamed_role_is_the_person_named_with_it_only_of_the_same_side() -> None:
    body = (
        "A strike on a market killed at least 38 civilians, a rebel spokesman said. The "
        "army's spokesman, Colonel Ivo Marek, said the strike had killed 29 fighters. A police "
        "spokesman said 6 were arrested. The police spokesman, Ana Vidal, said 4 were hurt."
    )
    assert source(one(body, "at least 38"))[0] == "rebel spokesman"
    assert source(one(body, "29"))[0] == "army's spokesman Colonel Ivo Marek"
    # (of several named with the role, the one whose side agrees)
    assert source(one(body, "6"))[0] == "police spokesman Ana Vidal"
    # a role with no side of its own is the one named first
    body = body.replace("a rebel spokesman said", "a spokesman said")
    assert source(one(body, "at least 38"))[0] == "army's spokesman Colonel Ivo Marek"
    # a country is no owner of the role ("Peru's"), a role's words are ("prime" is no
    # interior minister), and so is a body's name ("Red Cross"), while a person's name may
    # be written another way ("President Ivo Marek's spokesman")
    body = (
        "Information Minister Ana Vidal said 14 died. Peru's information minister later "
        "said 16 had died. The prime minister said 19 had died."
    )
    assert source(one(body, "16"))[0] == "Information Minister Ana Vidal"
    assert source(one(body, "19"))[0] == "prime minister"
    body = (
        "The president's spokesman, Ana Vidal, said 14 died. President Ivo Marek's spokesman "
        "later said 16 had died. A Red Cross spokesman said 19 had died."
    )
    assert source(one(body, "16"))[0] == "president's spokesman Ana Vidal"
    assert source(one(body, "19"))[0] == "Red Cross spokesman"


def test_he_is_a_spokesman_a_sentence_since_opened_with_and_puts_his_side_s_losses() -> None:
    body = (
        "Security chief Ivan Petrov told a news conference that most of the hostages had been "
        "freed. He said 26 servicemen had died. Rebel spokesman Ivo Marek disputed the "
        "figures. Speaking by satellite telephone, he put the rebels' losses at 17 dead."
    )
    assert source(one(body, "26"))[0] == "Security chief Ivan Petrov"
    entry = one(body, "17")
    assert (source(entry)[0], entry["party"]) == ("Rebel spokesman Ivo Marek", "rebels")


def test_plural_subjects_claim_and_confirm_and_a_higher_than_figure_is_a_floor() -> None:
    entry = one(
        "Some activists claim the true death toll is higher than 1,500.", "higher than 1,500"
    )
    assert (source(entry)[0], entry["qualifier"]) == ("activists", "at least")
    assert source(one("Police confirm 12 dead.", "12"))[0] == "Police"
    # "the report says" stays the document's (a noun, not a verb)
    body = 'The ministry reported 77 dead. "577 people sought help," the report says.'
    assert source(one(body, "577"))[0] == "ministry"
    assert source(one("The rebels' claim of 300 dead was dismissed.", "300"))[0] == "rebels"


def test_its_search_does_not_make_a_toll_the_searcher_s_own_people() -> None:
    body = (
        "The Chilean army has ended its search for victims of the collapse, saying 1,127 "
        "bodies have been recovered."
    )
    entry = one(body, "1,127")
    assert (source(entry)[0], entry.get("party")) == ("Chilean army", None)


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # a relative clause with "that" is stepped over; the words after "found that" are
        # the finding, no speaker
        (
            "A government inquiry into the protests that swept Westby in early October has "
            "found that security forces used excessive force, killing 149 civilians.",
            "149",
            "government inquiry",  # the finding's noun, without what it inquires into
        ),
        # the finding's subject, not the last name before the verb
        (
            "An investigation into last year's blasts in the port city of Arequipa has found "
            "that the explosions killed 149 people.",
            "149",
            "investigation",
        ),
        (
            "A report by the commission into the fire in Arequipa has found that 149 died.",
            "149",
            "commission",
        ),
        # who announced the finding gives it
        (
            "An investigation into the blasts in the port city of Arequipa has found that "
            "they killed 149 people, the government said Friday.",
            "149",
            "government",
        ),
        # (a document no one named before issued speaks for itself)
        (
            "The report has found that security forces used excessive force, killing 149 "
            "civilians.",
            "149",
            "report",
        ),
        # the conjunction "that" is not: the subject after it speaks
        (
            "But a Westby resident told Coast Wire that he had counted 23 bodies in the morgue.",
            "23",
            "Westby resident",
        ),
    ],
)
def test_relative_that_and_the_clause_after_found_that(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


def test_one_of_them_is_one_of_the_people_named_before() -> None:
    body = (
        "The official death toll stands at 67, according to the interior ministry. Several "
        'opposition MPs have questioned the figure. "I believe more than 100 people died in '
        'that building. The government is not telling the truth," one of them told the '
        "Coast Wire, asking not to be named."
    )
    assert source(one(body, "more than 100"))[0] == "opposition MPs"


def test_a_speaker_past_a_semicolon_does_not_speak_for_the_figure_before_it() -> None:
    body = (
        "The federal forces lost 26 servicemen killed; the Union of Soldiers' Mothers later "
        "said that at least 45 servicemen had died."
    )
    assert source(one(body, "26"))[0] == "article"
    assert source(one(body, "at least 45"))[0] == "Union of Soldiers' Mothers"


def test_its_official_figure_after_a_verb_and_its_particle_is_its_owner_s() -> None:
    # the owner's, not "the official toll" of no one named; its own servicemen
    entry = one("Chile has stuck to its official figure of 31 servicemen killed.", "31")
    assert source(entry)[0] == "Chile"
    assert entry["party"].startswith("Chile")


def test_its_figure_is_its_owner_s_whoever_spoke_before() -> None:
    body = (
        "At least 2,121 people died, according to a count by the Westby Wire news agency - "
        "nearly three times the official toll. Norland has not updated its figure of 769 "
        "dead, and has not said whether it is still counting."
    )
    assert source(one(body, "769"))[0] == "Norland"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Activists dispute the official toll of 45, saying at least 200 died.", "Activists"),
        ("The opposition rejects the count, saying 300 were killed.", "opposition"),
    ],
)
def test_saying_after_a_rival_s_verb_in_the_present(body: str, speaker: str) -> None:
    figure = "at least 200" if "200" in body else "300"
    assert one(body, figure)["attribution"]["source"] == speaker


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        ("The mayor tweeted that 45 people had died.", "45", "mayor"),
        ("Forty-five people have died, the mayor tweeted.", "Forty-five", "mayor"),
        ("The rights monitor documented 45 civilian deaths.", "45", "rights monitor"),
    ],
)
def test_a_post_and_a_monitor_s_count(body: str, figure: str, speaker: str) -> None:
    assert one(body, figure)["attribution"]["source"] == speaker


def test_a_second_source_whose_verb_is_gapped() -> None:
    body = "The government puts the toll at 45, the opposition at 200."
    assert [one(body, f)["attribution"]["source"] for f in ("45", "200")] == [
        "government",
        "opposition",
    ]
    body = "Police put the crowd at 5,000, organisers at 20,000."
    found = one(body, "20,000")
    assert (found["attribution"]["source"], found["kind"]) == ("organisers", "crowd")
    # (a time "at noon" names no one)
    assert one("The ministry put the toll at 45 at noon.", "45")["attribution"]["source"] == (
        "ministry"
    )


def test_saying_after_a_comma_is_the_clause_s_subject_s() -> None:
    body = (
        "Ivan Petrov, the head of the pilgrimage board, went further last month, saying "
        "that as many as 4,700 pilgrims had died."
    )
    assert source(one(body, "as many as 4,700"))[0] == "Ivan Petrov"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A name keeps "in" between its capitalised words.
        (
            "The Organization for Security and Cooperation in Norland said 40 people were "
            "detained.",
            "Organization for Security and Cooperation in Norland",
        ),
        # "informed that" is said, in translated agency copy.
        ("The Health Ministry informed that 250 citizens were injured.", "Health Ministry"),
    ],
)
def test_names_with_in_and_informed(body: str, speaker: str) -> None:
    entry = next(e for e in claims(body) if e["figure"] in ("40", "250"))
    assert source(entry)[0] == speaker


def test_the_opposition_speaks_and_puts_it_at() -> None:
    body = "Police said 12 people were killed, while the opposition put it at 40."
    assert source(one(body, "40"))[0] == "opposition"
    assert source(one(body, "12"))[0] == "Police"


def test_who_puts_a_toll_as_high_as_gives_it() -> None:
    body = "Police said 12 people were killed, while the opposition put it as high as 40."
    assert source(one(body, "as high as 40"))[0] == "opposition"
    assert one(body, "as high as 40")["kind"] == "killed"
    body = "Rights groups put the toll as high as 300."
    assert source(one(body, "as high as 300"))[0] == "Rights groups"


def test_and_said_after_another_verb_is_the_sentence_s_subject() -> None:
    body = "Officials described the attackers as radicals and said they numbered about 25."
    assert source(one(body, "about 25"))[0] == "Officials"


def test_those_who_estimate_that_give_the_figure() -> None:
    body = "Local community leaders estimate that as many as 24,000 people crossed into Chile."
    assert source(one(body, "as many as 24,000"))[0] == "Local community leaders"
    # ... and "an estimate that" names no one.
    assert source(one("An estimate that 500 people died was rejected.", "500"))[0] == "article"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # Who estimates a count gives it.
        ("Reporters estimated the crowd at some 30,000 people.", "some 30,000", "Reporters"),
        # An agency's own people on the ground are a source, not only a relay: each figure is
        # the speaker's whose verb comes last before it.
        (
            "Organisers of the march said more than 200,000 people took part, while Coast Wire "
            "reporters put the number at well over 100,000.",
            "well over 100,000",
            "Coast Wire reporters",
        ),
        (
            "Organisers of the march said more than 200,000 people took part, while Coast Wire "
            "reporters put the number at well over 100,000.",
            "more than 200,000",
            "Organisers of the march",
        ),
        # A title in quotes is part of the name.
        (
            'Organisers of the "March for Freedom" said more than 200,000 people took part.',
            "more than 200,000",
            "Organisers of the March for Freedom",
        ),
        # A distance or population that places or sizes a place is the outlet's gloss.
        (
            "In Westby, about 350 km (220 miles) southwest of the capital, police said they "
            "used rubber bullets.",
            "about 350 km",
            "article",
        ),
        (
            "Witnesses said 20 people died in Westby, 30 kilometers to the north.",
            "30 kilometers",
            "article",
        ),
        (
            "The commission said the president, who has ruled this nation of 10 million since "
            "1994, won.",
            "10 million",
            "article",
        ),
        # ... but a distance the speaker states is the speaker's: from a thing the clause
        # names ("from it"), it places nothing for the reader.
        (
            "The defence ministry said an attack aircraft was tracked towards the airliner, at "
            "a distance of 3 to 5 km from it, shortly before the crash.",
            "3 to 5 km",
            "defence ministry",
        ),
        (
            "According to the border service, the common border is 640 kilometers long.",
            "640 kilometers",
            "border service",
        ),
        # Where a quake struck, as the sentence's source measured it, is the source's ...
        (
            "The Norland Geological Survey said its epicentre was about 27 km (17 miles) west of "
            "Westby, at a depth of 11 km.",
            "about 27 km",
            "Norland Geological Survey",
        ),
        (
            "The quake struck at dawn with its epicentre 9 km north of Westby, a town of "
            "about 4,300 people, according to the seismology institute.",
            "9 km",
            "seismology institute",
        ),
        # ... and the outlet's where the sentence names no one.
        (
            "A strong aftershock shook the region on Monday, with its epicentre about 83 km "
            "west of the capital.",
            "about 83 km",
            "article",
        ),
        # A relative clause with no comma still names its antecedent as the speaker.
        (
            "The ministry denied a report in the newspaper Coast Wire which claimed that more "
            "than forty soldiers had died.",
            "more than forty",
            "newspaper Coast Wire",
        ),
        # A participle between commas stands between a speaker and its verb.
        (
            "A senior police officer in Westby, speaking on condition of anonymity, said up to "
            "1,000 fighters had crossed.",
            "up to 1,000",
            "senior police officer in Westby",
        ),
        (
            "The channel, citing emergency services, put the number of dead at 115.",
            "115",
            "channel",
        ),
        # ... and a relative clause with a date in it still does.
        (
            "The commission, whose report was made public on May 17, said 61 people were injured.",
            "61",
            "commission",
        ),
        # A body's figures or report speak for it.
        (
            "The Norland Defence Ministry's final figures, released in October, put the army's "
            "losses at 24 killed.",
            "24",
            "Norland Defence Ministry's final figures",
        ),
        (
            "Eighteen attackers were killed and nine captured, prosecutors said.",
            "nine",
            "prosecutors",
        ),  # fmt: skip
        (
            "According to the regional akimat, about 4,000 residents left.",
            "about 4,000",
            "regional akimat",
        ),  # fmt: skip
        # A name with a particle, then its role between commas.
        (
            "Tarek al-Kharraz, spokesman for the Interior Ministry of the eastern government, "
            "said at least 5,300 people had been killed.",
            "at least 5,300",
            "Tarek al-Kharraz, spokesman for the Interior Ministry of the eastern government",
        ),
        # "gave a far lower count:" gives what follows the colon.
        (
            "The health minister, Ivo Marek, gave a far lower count: 2,300 bodies recovered.",
            "2,300",
            "health minister Ivo Marek",
        ),
        # An adverb between a speaker and its verb; an indictment speaks.
        (
            "The channel Mash, citing emergency services, already put the number of dead at 115.",
            "115",
            "channel Mash",
        ),
        ("According to the indictment, the attack killed 103 people.", "103", "indictment"),
        # Translated agency copy's verbs; a name with a particle in apposition.
        (
            "The Minister pointed out that more than 43,000 citizens were displaced.",
            "more than 43,000",
            "Minister",
        ),  # fmt: skip
        (
            "The city's mayor, Abdulmenam al-Ghaithi, had told a television station that "
            "between 18,000 and 20,000 people could have died.",
            "between 18,000 and 20,000",
            "city's mayor Abdulmenam al-Ghaithi",
        ),
        # A list compiled by someone is theirs.
        (
            "A list compiled by the independent outlet Coast Wire from obituaries names 149 dead.",
            "149",
            "independent outlet Coast Wire",
        ),
        # "and reports from lawyers" is no verb of the sentence's opening word.
        (
            "Since the attacks, officers have detained at least 76 people, according to our "
            "monitoring and reports from lawyers.",
            "at least 76",
            "article",
        ),
        # "X's estimate of N": the owner gives it (not "Norland's toll of": its dead).
        (
            "The city council's estimate of about 300 dead has never been revised.",
            "about 300",
            "city council",
        ),
        # The figure's noun ends the name of the speaker after it, and the relative clause
        # is that speaker's: "the 316,000 dead| the government has claimed".
        (
            "A survey by the Lima Institute estimates that 46,000 people died, a fraction of "
            "the 316,000 dead the Peruvian government has claimed.",
            "316,000",
            "Peruvian government",
        ),
        (
            "A survey by the Lima Institute estimates that 46,000 people died, a fraction of "
            "the 316,000 dead the Peruvian government has claimed.",
            "46,000",
            "Lima Institute",
        ),
        # Adverbs of two words between a speaker and its verb; a monitor's verified count.
        (
            "The national railway company had at first reported between 30 and 40 dead.",
            "between 30 and 40",
            "national railway company",
        ),
        (
            "The mayor said more than 21,000 civilians were killed, while the UN Human Rights "
            "Monitoring Mission has so far verified 1,348 civilian deaths.",
            "1,348",
            "UN Human Rights Monitoring Mission",
        ),
        (
            "The ministry said 431 officers were injured. It has since acknowledged that only "
            "39 of them needed more than first aid.",
            "39",
            "ministry",
        ),
        # A charge sheet speaks; so does an agency's own investigation or tally.
        (
            "According to the charge sheet, the attacks killed 166 people.",
            "166",
            "charge sheet",
        ),
        (
            "The strike killed close to 600 people, an Associated Press investigation has found.",
            "close to 600",
            "Associated Press investigation",
        ),
        # A relative clause with "which" between commas is stepped over, a figure in it too;
        # the name keeps its acronym.
        (
            "The UN Stabilization Mission in Haiti (MINUSTAH), which has close to 9,000 "
            "peacekeepers in the country, said 16 of them were among the dead.",
            "16",
            "UN Stabilization Mission in Haiti (MINUSTAH)",
        ),
        (
            "The International Organization for Migration, which tracks the settlements, puts "
            "the current camp population at about 680,000.",
            "about 680,000",
            "International Organization for Migration",
        ),
        # A body's name keeps the acronym written before its verb.
        (
            "The Office for the Coordination of Humanitarian Affairs (OCHA) said some 4,000 "
            "inmates had escaped.",
            "some 4,000",
            "Office for the Coordination of Humanitarian Affairs (OCHA)",
        ),
        (
            "The International Federation of Red Cross and Red Crescent Societies (IFRC) put "
            "its own estimate at between 45,000 and 50,000 dead.",
            "between 45,000 and 50,000",
            "International Federation of Red Cross and Red Crescent Societies (IFRC)",
        ),
    ],
)
def test_speaker_from_wire_copy(body: str, figure: str, speaker: str) -> None:
    assert source(one(body, figure))[0] == speaker


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # Agency copy: "it was learned from X" names the source, as "according to" does.
        (
            "The toll from the blasts has risen to 44, it was learned from the municipal "
            "government on Thursday.",
            "44",
            "municipal government",
        ),
        # A press conference held by X: X's word.
        (
            "A total of 520 people have been hospitalized, according to a press conference "
            "held by the provincial government.",
            "A total of 520",
            "provincial government",
        ),
        # A city speaks for its government.
        ("In September the city said 173 people had died.", "173", "city"),
        # a civil protection agency; an agency's cameraman who counted, a source
        ("Civil protection said 368 people had been injured.", "368", "Civil protection"),
        (
            "Police opened fire, killing at least 18 people, according to a Coast Wire "
            "cameraman who counted the bodies at the scene.",
            "at least 18",
            "Coast Wire cameraman",
        ),
        (
            "The confirmed death toll stands at 115, according to Westby county.",
            "115",
            "Westby county",
        ),
        # a role by whose it is, between the speaker and its verb
        (
            "Norland Air, Westby Air's parent company, said that 35 Spaniards were among the dead.",
            "35",
            "Norland Air",
        ),
        ("Ivo Marek, Westby's governor, told reporters 40 people died.", "40", "Ivo Marek"),
        # "the same source": the one named last
        (
            "According to the Ministry of Interior, 2,012 people died. The deaths were "
            "recorded in Westby (1,293) and Norby (452), the same source specified.",
            "452",
            "Ministry of Interior",
        ),
        # the figures of a day before, or the previous update: the same body's
        (
            "The ministry reported 46 dead on Monday. On September 17 the figures were 24 dead "
            "and 103 injured.",
            "24",
            "ministry",
        ),
        (
            "The ministry said 2,012 people had died. The previous update, issued on Saturday "
            "evening, had put the toll at 1,037 dead.",
            "1,037",
            "ministry",
        ),
        # a brand's name in mixed case
        (
            "Television channel eWTV said more than 30 people had been killed.",
            "more than 30",
            "Television channel eWTV",
        ),
        # "refers to": a body's count
        (
            "The government puts the number of dead at 259, while the UN office refers to 179 "
            "confirmed deaths in that country.",
            "179",
            "UN office",
        ),
        # March and May are months after a day or "in", and names elsewhere
        ("On 23 March the government had announced 417 deaths.", "417", "government"),
        ("In May the ministry said 300 people had died.", "300", "ministry"),
        (
            "Organisers of the March for Freedom said 4,000 people marched.",
            "4,000",
            "Organisers of the March for Freedom",
        ),
        (
            "Prime Minister Theresa May said 22 people were killed.",
            "22",
            "Prime Minister Theresa May",
        ),
        # "the report said": its issuer, named before.
        (
            "An inquiry found that 165 people were killed, the State Council said on Friday. "
            "Among the dead were 99 firefighters, the report said.",
            "99",
            "State Council",
        ),
        # "X's count on that day stood at": X's.
        (
            "The AAPP said 164 protesters had been killed by Tuesday. The AAPP's count on that "
            "day stood at 275.",
            "275",
            "AAPP",
        ),
        (
            "The general said about 300 protesters had died, at a time when the association's "
            "count already stood at more than 800.",
            "more than 800",
            "association",
        ),
        # A date's comma ends a clause, not a count of the speaker's first word (a speaker's
        # noun after it is the speaker's: "military spokesman").
        (
            "Nine militants have been killed since May 23, military spokesman Ana Vidal told "
            "reporters.",
            "Nine",
            "military spokesman Ana Vidal",
        ),
        # ... nor after a figure: "46, police in ... said"
        (
            "The toll has risen to 38, police in Peru's Westby province said on Monday, as "
            "families and the Red Cross accused the authorities of understating it.",
            "38",
            "police in Peru's Westby province",
        ),
        # the body that shared the figures; a cooperative; "the group" defined before by its
        # acronym, an Arabic name's particles and all
        (
            "According to the latest figures shared by the regional authorities on Tuesday, 33 "
            "people have died.",
            "33",
            "regional authorities",
        ),
        (
            "The Westby miners' cooperative told the Red Cross that more than 75 miners were "
            "underground.",
            "more than 75",
            "Westby miners' cooperative",
        ),
        (
            "Jama'at Westby al-Nasr wal-Eastport (JWNE) claimed the attack. The group said its "
            "fighters had killed 64 soldiers.",
            "64",
            "Jama'at Westby al-Nasr wal-Eastport (JWNE)",
        ),
        # a body's own people, by "its" after a sentence's "But", by "our"; a body's noun
        # alone, the body named before
        (
            "But the Red Cross, whose volunteers are pulling bodies from the water, said its "
            "teams had already counted 27 bodies.",
            "27",
            "Red Cross teams",
        ),
        ("Our teams have documented the deaths of at least 41 inmates.", "at least 41", "article"),
        (
            "The Red Cross said it was searching the shore. On Monday the organisation put the "
            "number of bodies it had recovered at 63.",
            "63",
            "Red Cross",
        ),
        # "released by X showed N": X's figures.
        ("The final toll released by the military showed 920 militants killed.", "920", "military"),
        (
            "Among the dead were at least three Britons, their governments said.",
            "at least three",
            "governments",
        ),
        ("The hospital said 48 people were being treated for gunshot wounds.", "48", "hospital"),
        (
            "About 100 people had gathered for prayers, a worshipper said.",
            "About 100",
            "worshipper",
        ),
        (
            "Nine of the injured remain in critical condition, according to KRCS medical teams.",
            "Nine",
            "KRCS medical teams",
        ),
        (
            "According to the 2013 census, around 46,000 Muslims live in Peru.",
            "around 46,000",
            "2013 census",
        ),
        # "They" after a sentence that opens with people by a role: those people.
        (
            "Of the missing, 85 are firefighters, a city official said. Relatives of missing "
            "firefighters disputed the official count. They said more than 100 were missing.",
            "more than 100",
            "Relatives of missing firefighters",
        ),
        # A gloss of where the speaker is, between commas, stands between name and verb.
        (
            "A medic in the industrial zone, about 15 km (9 miles) west of the city centre, said "
            "nearly 30 people with gunshot wounds had been brought to his clinic.",
            "nearly 30",
            "medic in the industrial zone",
        ),
        # "its monitors" are the subject's own people.
        (
            "The High Commission for Human Rights said on Monday its monitors had recorded "
            "107 deaths.",
            "107",
            "High Commission monitors",
        ),
        (
            "Security forces killed at least 114 people, the Eastport Now news portal said.",
            "at least 114",
            "Eastport Now news portal",
        ),
        (
            "The junta spokesman said the riots were over. He continued that 3,012 persons "
            "had been detained.",
            "3,012",
            "junta spokesman",
        ),
        # The toll's earlier value, in the sentence after, is the same source's.
        (
            "The toll has risen to 44, it was learned from the municipal government. "
            "The toll stood at 17 early Thursday morning.",
            "17",
            "municipal government",
        ),
    ],
)
def test_sources_of_agency_copy(body: str, figure: str, speaker: str) -> None:
    assert source(one(body, figure))[0] == speaker


def test_a_press_conference_does_not_speak_for_later_sentences() -> None:
    body = (
        "A total of 520 people have been hospitalized, according to a press conference held "
        "by the provincial government. Schools were closed. Some 3,500 residents were "
        "evacuated."
    )
    assert source(one(body, "Some 3,500"))[0] == "article"


def test_an_apposition_that_ends_with_its_body_s_acronym_is_stepped_over() -> None:
    body = (
        "Ivan Petrov, an official of the Eastmark-backed Port Elin People's Republic (PEPR), "
        "said on Telegram that 53 prisoners had died."
    )
    # the person with their role, as without the acronym; the acronym left out
    speaker = source(one(body, "53"))[0]
    assert speaker.startswith("Ivan Petrov") and "PEPR" not in speaker
    # a person's name, then a role that ends with its body's acronym
    body = (
        "Ivan Petrov, president of the Eastmark Mineworkers Union (EMU), told Coast Wire that "
        "more than 40 strikers had been killed."
    )
    assert source(one(body, "more than 40"))[0].startswith("Ivan Petrov")
    # after a quotation, a person's name then their role
    body = '"There are 354 hostages," Ivan Petrov, spokesman for the governor, told reporters.'
    assert source(one(body, "354"))[0] == "Ivan Petrov, spokesman for the governor"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        ('Terming as "baseless" the claim of the UFP that more than 500 people were killed, '
         "the minister said rumours were spreading.", "more than 500", "UFP"),
        ("He dismissed the claim by rights groups that 300 people had died.", "300",
         "rights groups"),
        ("He rejected reports by rights groups that 300 people had died.", "300",
         "rights groups"),
        ("A total of 4,311 people were arrested, the minister said, rejecting reports in a "
         "section of media that over 9,000 people have been detained.", "over 9,000",
         "media"),
    ],
)  # fmt: skip
def test_the_owner_of_a_claim_named_after_it_gives_the_figure(
    body: str, figure: str, speaker: str
) -> None:
    assert source(one(body, figure))[0] == speaker


def test_a_subject_after_told_that_is_the_count_s_speaker_not_a_relative_clause() -> None:
    body = "The mayor told reporters that officials had counted 200 bodies."
    assert source(one(body, "200"))[0] == "officials"
    body = "The mayor of Port Elin, Ivan Petrov, told AFP that residents had counted 200 bodies."
    assert source(one(body, "200"))[0] == "residents"


@pytest.mark.parametrize(
    "body",
    [
        "As many as 1,400 people may have been killed, a UN fact-finding report says.",
        "As many as 1,400 people may have been killed, a UN fact-finding report published "
        "today says.",
    ],
)
def test_a_report_of_a_kind_is_its_issuer_s(body: str) -> None:
    assert source(one(body, "As many as 1,400"))[0] == "UN fact-finding report"


def test_an_aside_saying_where_a_source_said_it_is_stepped_over() -> None:
    body = (
        "Human Rights Watch, in a report published this month, put the number killed at "
        "between 150 and 200."
    )
    assert source(one(body, "between 150 and 200"))[0] == "Human Rights Watch"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # the accused are no speaker
        ("Eight people go on trial in Paris on Monday accused of helping the man who drove "
         "a lorry into crowds, killing 86 people.", "86", "article"),
        # one who says what the event was gives none of its figures
        ("A truck ploughed into a market on Monday, killing 12 people in what Chancellor "
         "Ana Vidal said on Tuesday was probably a terrorist attack.", "12", "article"),
        # "recalled that": what a source says again
        ("The ministry recalled that about 3,000 Tunisians are fighting abroad.",
         "about 3,000", "ministry"),
    ],
)  # fmt: skip
def test_who_is_and_is_not_a_speaker_of_a_figure(body: str, figure: str, speaker: str) -> None:
    assert source(one(body, figure))[0] == speaker


def test_an_owner_s_count_of_whom_it_counts_is_the_owner_s() -> None:
    body = "The interior ministry's count of the injured, drawn up in the autumn, stood at 434."
    assert source(one(body, "434"))[0] == "interior ministry"


def test_one_who_said_this_in_the_next_paragraph_gives_the_figures_before() -> None:
    body = (
        "Ten people have died in the flooding, and 42 people are missing.\n\n"
        "Interior Minister Ivan Petrov said this on Telegram, the agency reports."
    )
    assert source(one(body, "Ten"))[0] == "Interior Minister Ivan Petrov"
    assert source(one(body, "42"))[0] == "Interior Minister Ivan Petrov"
    # "said this year" is no such reference.
    body = (
        "Ten people have died in the flooding.\n\n"
        "Interior Minister Ivan Petrov said this year would be hard."
    )
    assert source(one(body, "Ten"))[0] == "article"


def test_with_a_source_reporting_a_figure_is_that_source_s() -> None:
    body = (
        "The toll kept rising on Tuesday, with the regional authorities reporting 41 deaths "
        "in occupied areas."
    )
    assert source(one(body, "41"))[0] == "regional authorities"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # a verb before a speaker noun is no part of its name
        ("A doctor at the hospital said staff had counted at least 50 dead in the morgue.",
         "at least 50", "staff"),
        # a leader's aides speak for them
        ("Two other party chiefs were detained, their aides said.", "Two", "aides"),
    ],
)  # fmt: skip
def test_staff_and_aides_speak(body: str, figure: str, speaker: str) -> None:
    assert source(one(body, figure))[0] == speaker


def test_a_long_apposition_between_a_speaker_and_the_verb_is_stepped_over() -> None:
    body = (
        "But Ivan Petrov, the right-wing head of the regional council and a fierce critic of "
        "the government, said only 12 police officers were on the promenade."
    )
    assert source(one(body, "12"))[0] == "Ivan Petrov"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The death toll has risen to 40, the state news agency reported, citing the ministry.",
         "ministry"),
        # A news outlet's "citing" after the figure's clause, or opening the sentence.
        ("The agency reported 40 dead, citing hospital sources.", "hospital sources"),
        ("Citing hospital sources, the agency reported 40 dead.", "hospital sources"),
        ("State television said 40 people had died, citing the health ministry.",
         "health ministry"),
        # Not past another clause; nor for a speaker that is no news outlet: its own count.
        ("The agency said 40 people died, but the toll may rise, citing the hospital.",
         "agency"),
        ("An opposition group said 40 people had been killed, citing relatives.",
         "opposition group"),
    ],
)  # fmt: skip
def test_a_speaker_citing_another_relays_it(body: str, speaker: str) -> None:
    assert source(one(body, "40"))[0] == speaker


def test_a_figure_in_an_as_clause_after_the_speaker_s_verb_is_the_outlet_s() -> None:
    body = (
        "Seven people were in police custody, the prosecutor's office said, as the country "
        "observed three days of mourning for the 84 people killed."
    )
    assert source(one(body, "Seven"))[0] == "prosecutor's office"
    assert source(one(body, "84"))[0] == "article"
    # "as of Monday" is no such clause.
    body = "Police said, as of Monday, 40 people had died."
    assert source(one(body, "40"))[0] == "Police"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        ("He was one of 549 people listed by federal police as dangerous.", "549",
         "federal police"),
        # the owner's name ends before a verb
        ("The 36 recorded by the commission were all civilians.", "36", "commission"),
    ],
)  # fmt: skip
def test_a_count_listed_or_recorded_by_a_source_is_its(
    body: str, figure: str, speaker: str
) -> None:
    assert source(one(body, figure))[0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Ivan Petrov, 45, said 40 people had died.",
        "Ivan Petrov, 45, a farmer from the village, said 40 people had died.",
    ],
)
def test_a_person_s_age_is_no_figure_and_no_end_of_the_speaker(body: str) -> None:
    assert [e["figure"] for e in claims(body)] == ["40"]
    assert source(one(body, "40"))[0] == "Ivan Petrov"


def test_some_of_the_people_named_before_speak_for_them() -> None:
    body = (
        "Witnesses said the guard fired into the crowd. Some said between 30 and 40 people "
        "were crushed to death."
    )
    assert source(one(body, "between 30 and 40"))[0] == "Witnesses"
    # "Some 40 people" is a figure, not a speaker.
    assert source(one("Some 40 people were killed, police said.", "Some 40"))[0] == "police"


@pytest.mark.parametrize(
    "body",
    ["Prime Minister Olga May said 40 people had died.",
     "Prime Minister Olga May had earlier said 40 people had died."],
)  # fmt: skip
def test_a_surname_spelled_like_a_month_ends_no_speaker(body: str) -> None:
    assert source(one(body, "40"))[0] == "Prime Minister Olga May"
    # a month after a preposition is still a date
    assert source(one("The ministry last May said 40 people had died.", "40"))[0] == "ministry"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        ("The prosecution said the blast injured 264 people.", "264", "prosecution"),
        ("Norlandic border guards said the bodies of at least 20 women had washed up.",
         "at least 20", "Norlandic border guards"),
        ("The authors say the number killed was probably between 2,100 and 4,400.",
         "between 2,100 and 4,400", "authors"),
        # a role whose words place it, before a name in apposition
        ("But the UN special rapporteur on human rights in Norland, Ivan Petrov, said on "
         "Friday that possibly more than 1,000 people had been killed.", "more than 1,000",
         "UN special rapporteur on human rights in Norland Ivan Petrov"),
        # "and" inside a body's lower-case name
        ("The spokesman for the ministry of information and culture said 9,240 people had "
         "been injured.", "9,240", "spokesman for the ministry of information and culture"),
        # the teller, whose body "its teams" are, not the agency told
        ("A spokesman for the Norland Red Crescent Society told Reuters its teams had so far "
         "counted about 500 dead.", "about 500", "spokesman for the Norland Red Crescent Society"),
        # a document no one named before issued speaks for itself
        ("An estimated 3,100 villagers were killed in the days after the attack, a study says.",
         "An estimated 3,100", "study"),
        # a figure's people opening a sentence are no speaker "he" is
        ('"As of 9am, 50 prisoners have died," the spokesman said. Eight protesters of the town '
         "were also wounded, he added.", "Eight", "spokesman"),
    ],
)  # fmt: skip
def test_who_gives_a_figure_in_the_seventeenth_round(body: str, figure: str, speaker: str) -> None:
    assert source(one(body, figure))[0] == speaker


def test_a_speaker_s_name_opens_with_its_article() -> None:
    body = "At the height of the siege the UN said 40 people had died."
    assert source(one(body, "40"))[0] == "UN"
    # "the" after words that place a speaker is inside the name
    body = "A doctor at a field hospital near the mosque said 60 people had died."
    assert source(one(body, "60"))[0] == "doctor at a field hospital near the mosque"
    body = "Officials at the Ministry of the Interior said 40 people had died."
    assert source(one(body, "40"))[0] == "Officials at the Ministry of the Interior"


def test_a_speaker_after_but_gives_the_figure_of_its_own_clause_only() -> None:
    body = (
        "In Eastby the official count was 1,176, but a lawmaker told reporters that more than "
        "3,000 had died there."
    )
    assert source(one(body, "1,176"))[0] == "article"
    assert source(one(body, "more than 3,000"))[0] == "lawmaker"
    # a clause after "but" with no figure of its own: the speaker at the end gives all
    assert source(one("Forty people died, but the toll may rise, police said.", "Forty"))[0] == (
        "police"
    )


def test_a_body_its_owner_names_in_the_same_sentence_is_the_owner_s() -> None:
    # the teller whose body "its Truth Commission" is, not the name the sentence before opens
    # with
    body = (
        "Foreign Minister Ivan Petrov spoke on Friday. The government says its Truth Commission "
        "has confirmed 178 deaths."
    )
    assert source(one(body, "178"))[0] == "government Truth Commission"
    body = "The Norland Front says the toll is higher. Its spokesman said 40 died."
    assert source(one(body, "40"))[0] == "Norland Front spokesman"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # a speaker of a clause after ", and" with its own figure gives that one only
        ("Some 115,000 police and soldiers have been mobilised, and the defence ministry said "
         "3,000 more troops would be deployed.", "Some 115,000", "article"),
        ("Thirty people died, and 40 were hurt, police said.", "Thirty", "police"),
        # a body close to another
        ("The toll has risen to 108, according to a doctors' committee close to the protest "
         "movement.", "108", "doctors' committee close to the protest movement"),
        # who puts the people of an event at a figure
        ("The fire agency, however, put the injured at 133 in its own tally.", "133",
         "fire agency"),
        # "it" is the last body named, a committee "of" its members too
        ("The health ministry says 46 died. The Central Committee of Norland Doctors said "
         "more than 500 people were wounded. It had put the toll at 60 on Wednesday.", "60",
         "Central Committee of Norland Doctors"),
        # ... or a body a sentence since opened with, whatever its verb
        ("The ministry said 104 people had been killed. The Norland High Commission for "
         "Human Rights, a state-funded body, gave a lower toll of 99 dead. It said 540 "
         "protesters had been arrested.", "540", "Norland High Commission for Human Rights"),
        # ", saying": the subject of the clause before, not the last name in it
        ("The United Nations declared famine in two regions of southern Norland on "
         "Wednesday, saying 3.7 million people were in crisis.", "3.7 million",
         "United Nations"),
        ("Police said 3,000 had crossed. The refugee agency gave a higher count, saying "
         "nearly 7,000 people had arrived.", "nearly 7,000", "refugee agency"),
        # where a body is, between commas, is stepped over
        ("Police said 20 officers were hurt; the hospital in Westby, on the Veylandic side, "
         "said it had treated 29 migrants.", "29", "hospital in Westby"),
        # "the agency", no news agency named: the last body named
        ("The WHO said 1,229 people had died. Liberia accounts for 576 of the dead, the "
         "agency said.", "576", "WHO"),
        # a speaker in the middle of saying it
        ("The president said that 195 people had died; the Norland Association for Human "
         "Rights was then reporting 448.", "448", "Norland Association for Human Rights"),
        # a finding after the time it was made
        ("Earlier this week, a government inquiry into the protests, between 1 and 6 "
         "October, found that 157 people had been killed.", "157", "government inquiry"),
    ],
)  # fmt: skip
def test_who_gives_a_figure_in_a_second_reading_of_the_round(
    body: str, figure: str, speaker: str
) -> None:
    assert source(one(body, figure))[0] == speaker


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # Claiming responsibility for a deed is no statement of its toll.
        ("The rebel leader Ivan Petrov has claimed responsibility for last month's bombing, "
         "which killed 37 people.", "37", "article"),
        ("Petrov also claimed responsibility for the metro bombings that killed 40 people.",
         "40", "article"),
        ("The group claimed that 40 soldiers were killed.", "40", "group"),
        # Speech about the noun after the figure, in its relative clause, is not about it.
        ("A bomber struck the hall, killing 31 people in an attack that President Ivan Petrov "
         "said bore all the hallmarks of terrorism.", "31", "article"),
        ("Officials found the 30 people that police said were killed.", "30", "police"),
        # "put the toll closer to" a figure: the subject's count
        ("Civil society groups in Eastmark have put the toll closer to 400.", "400",
         "Civil society groups in Eastmark"),
    ],
)  # fmt: skip
def test_a_deed_or_a_clause_about_another_noun_is_not_the_figure_s_speech(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # Past a time that opens the sentence, the subject of "and said" is named.
        ("Late on Tuesday, Norland Police spokesman Ivan Petrov had put the toll at 13, and "
         "said 106 people had been arrested.", "106", "Norland Police"),
        # An "as" clause after the speaker's verb and its day is the outlet's.
        ("At least 60 people were killed, the governor said Monday, as more than 23,000 people "
         "sheltered in army camps.", "more than 23,000", "article"),
        # An investigation a named body made speaks for it.
        ("A total of 157 civilians were killed in March, a United Nations human rights "
         "investigation has found.", "A total of 157", "United Nations human rights investigation"),
        # "tell", "calculates that", "projects that"
        ("Police tell court 53 people died in the violence.", "53", "Police"),
        ("The Army Corps of Engineers calculates that close to half of the clients have no "
         "power.", "close to half", "Army Corps of Engineers"),
        ("The Centre for Island Studies projects that 114,000 residents could leave.",
         "114,000", "Centre for Island Studies"),
        # "maintained", past ", however,"
        ("The Norland Police, however, maintained that it had confirmed only 34 deaths.",
         "34", "Norland Police"),
        # A capitalised word of a name in running text is no speech verb.
        ("In an affidavit, police said 751 First Information Reports had been registered.",
         "751", "police"),
    ],
)  # fmt: skip
def test_more_speakers_of_news_copy(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0].endswith(expected)


def test_a_speech_verb_in_the_passive_names_no_speaker() -> None:
    from crosscheck.extract.speakers import find_speakers

    assert not find_speakers(
        "A baby stillborn in hospital to a mother who had escaped the blaze is also counted as "
        "a victim."
    )
    assert [s.name for s in find_speakers("The ministry has confirmed 40 deaths.")] == ["ministry"]


def test_as_a_result_goes_on_with_the_report_before_but_as_a_result_of_does_not() -> None:
    body = (
        "The press service reported that the forces met armed resistance. As a result, 30 "
        "gunmen were killed.\n\nAs a result of the war, 20 percent of the land is occupied."
    )
    assert source(one(body, "30"))[0] == "press service"
    assert source(one(body, "20 percent"))[0] == "article"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # An acronym in apposition between the speaker and its verb is stepped over.
        (
            "The Coastal Relief Agency, CRA, said about 300,000 people were displaced.",
            "about 300,000",
            "Coastal Relief Agency (CRA)",  # (its acronym kept, as in brackets)
        ),
        # Reservists who "reported for duty" came; the ministry said so.
        (
            "About 1,000 reservists had reported for duty by Sunday, the defence ministry said.",
            "About 1,000",
            "defence ministry",
        ),
        # A headline names its source after a dash or a colon.
        ("Death toll in Port Elin rises to 108 - Interior Ministry", "108", "Interior Ministry"),
        ("Toll rises to 45: Westby governor", "45", "Westby governor"),
        ("Blast kills 30 - Interfax", "30", "Interfax"),
    ],
)
def test_a_speaker_across_an_apposition_or_after_a_headline_s_dash(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Floods kill 12 - Port Elin",  # a place, not a source
        "Quake toll nearing 2000: report",  # an unnamed report: the article's voice
        "Casualties: 12 killed, 40 wounded",
    ],
)
def test_what_follows_a_headline_s_dash_is_not_always_a_source(body: str) -> None:
    assert source(claims(body)[0])[0] == "article"


@pytest.mark.parametrize("words", ["As informed by", "As reported by", "As stated by"])
def test_as_informed_by_names_the_source_as_according_to_does(words: str) -> None:
    body = f"{words} the Ministry of Emergency Situations, more than 137,000 people fled."
    assert source(one(body, "more than 137,000"))[0] == "Ministry of Emergency Situations"


def test_a_long_relative_clause_and_an_employee_as_speakers() -> None:
    body = (
        "A doctor at the city hospital, who spoke on condition of anonymity because he was not "
        "authorized to speak to the press, said 28 bodies had been brought to the morgue."
    )
    assert source(one(body, "28"))[0] == "doctor at the city hospital"
    body = "A hotel employee told Reuters the gunmen were holding about 100 guests."
    assert source(one(body, "about 100"))[0] == "hotel employee"


def test_figures_in_a_long_relative_clause_about_the_speaker_are_the_article_s() -> None:
    body = (
        "Petrov, who has ruled the country of 9.5 million people since 1994 and was "
        "re-elected in December with nearly 80 percent of the vote, told security chiefs the "
        'attack may have been "a gift from outside".'
    )
    assert source(one(body, "nearly 80 percent"))[0] == "article"


def test_a_few_bodies_named_by_their_number_are_the_source() -> None:
    body = (
        "The clashes killed 36 people on the Eastmark side and 19 on the Westby side, "
        "according to the two governments."
    )
    assert source(one(body, "36"))[0] == "two governments"
    # A number after the speaker's name is no part of it.
    assert source(one("The toll given by the ministry stood at 24.", "24"))[0] == "ministry"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("According to some of the activists, 260 people were killed.", "activists"),
        ("According to one of the witnesses, 260 people were killed.", "witnesses"),
        ("According to a few of the doctors, 260 people were killed.", "doctors"),
    ],
)
def test_some_of_a_group_speak_for_the_group(body: str, speaker: str) -> None:
    assert source(one(body, "260"))[0] == speaker


@pytest.mark.parametrize(
    ("opening", "figure"),
    [
        ("As of Tuesday morning, 49 people remain in hospitals.", "49"),
        ("27 of the dead have been identified.", "27"),
        ("Among the dead are five foreign citizens.", "five"),
    ],
)
def test_a_sentence_that_goes_on_with_the_report_is_its_speaker_s(
    opening: str, figure: str
) -> None:
    body = f"According to the ministry, 64 injured remain in hospital. {opening}"
    assert source(one(body, figure))[0] == "ministry"
    # With no report before it, the figure is the article's.
    assert source(one(opening, figure))[0] == "article"


def test_this_was_stated_by_names_the_speaker_of_the_report_before() -> None:
    body = (
        "The number of martyrs in the attack has risen to 118 including 109 students.\n\n"
        "This was stated by Provincial Minister for Information Ali Khan while talking to the "
        "agency on Wednesday. He said 44 of the injured were under treatment at the hospital."
    )
    for figure in ("118", "44"):
        assert source(one(body, figure))[0] == "Provincial Minister for Information Ali Khan"


def test_a_while_clause_between_the_speaker_and_the_verb() -> None:
    body = (
        "Major General Ivan Petrov, while briefing the media, informed that all five "
        "terrorists were eliminated by the troops."
    )
    assert source(one(body, "all five"))[0] == "Major General Ivan Petrov"


@pytest.mark.parametrize(
    ("body", "figure", "owner"),
    [
        # plural figures, and words of time before them, are the owner's count
        ("The final count is higher than the council's figures of 3,210 dead.", "3,210",
         "council"),
        ("It is above the government's mid-May figure of 6,600 dead.", "6,600", "government"),
        # ... and so is each figure they list
        ("The count is higher than the council's figures of 3,210 dead and 1,480 missing.",
         "1,480", "council"),
    ],
)  # fmt: skip
def test_an_owner_s_figures_of_a_count_are_its(body: str, figure: str, owner: str) -> None:
    before = "The storm killed 40 people, according to a report released by the Red Cross. "
    assert source(one(before + body, figure))[0] == owner


def test_a_document_released_on_a_day_by_its_author_is_the_author_s() -> None:
    for released in ("released today by", "published on Monday by", "issued last week by"):
        body = f"The cyclone killed 6,120 people, according to a joint assessment {released} "
        body += "the Red Cross."
        assert source(one(body, "6,120"))[0] == "Red Cross", released


def test_a_long_participle_aside_between_a_document_and_its_verb() -> None:
    body = (
        "The Joint Assessment, prepared by the Core Group set up after the Secretary-General's "
        "visit to the country in May, puts the number of dead and missing at 4,410. It says "
        "an estimated 1.3 million people were affected."
    )
    assert source(one(body, "4,410"))[0] == "Joint Assessment"
    # "It says": the document the sentence before opened with
    assert source(one(body, "an estimated 1.3 million"))[0] == "Joint Assessment"


def test_it_is_the_body_a_sentence_since_opened_with_its_name_in_full() -> None:
    body = (
        "Senator Ivan Petrov said as many as 90,000 could be dead.\n\n"
        "The International Federation of Relief and Rescue Societies (IFRRS) gave a far lower "
        "estimate. Quoting the Norland Red Cross, it said between 12,000 and 15,000 people "
        "were believed to have been killed."
    )
    assert source(one(body, "between 12,000 and 15,000"))[0] == (
        "International Federation of Relief and Rescue Societies"
    )


def test_a_speaker_who_continued_to_put_a_count_at_a_figure_gives_it() -> None:
    body = (
        "On March 26, the ministry published a list with the names of 96 victims, while the "
        "Inquiry Committee continued to put the number of dead at 91."
    )
    assert source(one(body, "91"))[0] == "Inquiry Committee"
    assert source(one(body, "96"))[0] == "ministry"


def test_a_body_that_fixed_the_number_at_a_figure_gives_it() -> None:
    body = (
        "The Ministry of the Interior has fixed the number of deceased in the attacks at 175, "
        "after the forensic services verified that some victims had been counted twice."
    )
    assert source(one(body, "175"))[0] == "Ministry of the Interior"


def test_a_contrast_s_own_according_to_gives_its_figure() -> None:
    body = (
        "According to the city council, 1.2 million people marched in the capital, "
        "while across the country 4.6 million citizens marched, according to the ministry."
    )
    assert source(one(body, "1.2 million"))[0] == "city council"
    assert source(one(body, "4.6 million"))[0] == "ministry"
    # Without a contrast the opening's source stays: one report of two figures.
    body = "According to police, 40 people died and 12 were hurt in the crash, officials added."
    assert source(one(body, "12"))[0] == "police"


def test_it_is_a_body_whose_lowercase_head_a_sentence_since_opened_with() -> None:
    body = (
        "Norland's authorities put the toll at 31, most of them civilians.\n\n"
        "The Westbian government-in-exile has given much higher figures. It says that at "
        "least 117 people have been killed since 10 March."
    )
    assert source(one(body, "at least 117"))[0] == "Westbian government-in-exile"


@settings(max_examples=300, deadline=None)
@given(st.text(" \t\n\u00a0\u2003,.%-_aZé9٣½İ(“", max_size=30), st.data())
def test_the_last_token_is_what_the_anchored_pattern_finds(text: str, data: st.DataObject) -> None:
    from crosscheck.extract.speakers import _last_token

    end = data.draw(st.integers(0, len(text)))
    expected = re.compile(r"([\w%.,-]+)\s*$").search(text, 0, end)
    assert _last_token(text, end) == (expected and (expected.start(), expected.group(1)))


def test_a_role_word_in_a_bodys_own_name_makes_it_no_role() -> None:
    # ("Journalists", capitalised, is a word of the union's name: the union is not the
    # committee named later whose name also ends on "Journalists")
    body = (
        "The Norland Union of Journalists of the Republic says 32 journalists and media "
        "workers were among the dead, while the Westby-based Committee to Protect Journalists "
        "puts the figure at 30."
    )
    assert source(one(body, "32")) == ("Norland Union of Journalists of the Republic", [])
    assert source(one(body, "30")) == ("Westby-based Committee to Protect Journalists", [])


def test_a_report_that_opens_with_its_source_goes_on_in_the_next_sentence() -> None:
    body = (
        "According to the prosecutor's office, 35 officers were killed. "
        "More than 70 were injured.\n\nSome 200 houses burned down."
    )
    assert source(one(body, "More than 70"))[0] == "prosecutor's office"
    # Not past the paragraph, nor after a sentence that names its source at its end.
    assert source(one(body, "Some 200"))[0] == "article"
    ended = "35 officers were killed, the prosecutor's office said. More than 70 were injured."
    assert source(one(ended, "More than 70"))[0] == "article"


def test_people_a_sentence_opens_with_by_their_number_are_no_one_who_speaks() -> None:
    body = (
        "The fire was put out at dawn, the fire service director Ivo Marek told Coast Wire. "
        "Another 11 workers died in hospital after jumping from the building, he said."
    )
    assert source(one(body, "11"))[0] == "fire service director Ivo Marek"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        # "states" is the object's noun here, not a verb of speech
        (
            "One week after 368 people drowned off the island, the UN agency is urging "
            "European states to act.",
            "368",
        ),
        # a verb after "said" opens what was said, not an inverted speaker
        (
            "The blast killed at least 65 people in an attack a faction said targeted "
            "Christians celebrating Easter.",
            "at least 65",
        ),
    ],
)
def test_a_verb_form_before_a_capitalised_word_opens_no_name(body: str, figure: str) -> None:
    assert source(one(body, figure))[0] == "article"


def test_a_title_that_is_a_verb_form_opens_a_name() -> None:
    assert names_someone("acting President Ivo Marek")
    assert names_someone("unnamed Western diplomats")
    assert not names_someone("urging European")


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        ("Some 150 were rescued, but 20 are missing, the coastguard says.", "20", "coastguard"),
        ("A woman told Coast Wire that she was held with about 300 others.", "about 300", "woman"),
        ("One opposition movement said that at least 500 people had died.", "at least 500",
         "opposition movement"),
        ("Humanitarian partners estimate that about 38,000 people were displaced.",
         "about 38,000", "Humanitarian partners"),
        ("According to the prefectures, 74 of the dead were in the two towns.", "74",
         "prefectures"),
    ],
)  # fmt: skip
def test_people_and_bodies_named_by_a_common_noun_speak(
    body: str, figure: str, speaker: str
) -> None:
    assert source(one(body, figure))[0] == speaker


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # a day and its part between the subject and its verb, before ", saying"
        (
            "Westbian President Ivo Marek on Tuesday evening declared the end of the four-day "
            "siege of the mall, saying that 67 people were killed.",
            "67",
            "Westbian President Ivo Marek",
        ),
        # "earlier in the week" between the subject and "put"
        (
            "State media had earlier in the week put the number of police killed at 18.",
            "18",
            "State media",
        ),
        ("Local officials have spoken of up to 2,000 dead.", "up to 2,000", "Local officials"),
        # a rank of two abbreviations ends no sentence
        (
            "The army's spokesman, Maj.-Gen. Ivo Marek, said on Sunday that 150 were killed.",
            "150",
            "army's spokesman Maj.-Gen. Ivo Marek",
        ),
    ],
)
def test_words_between_a_speaker_and_the_figure(body: str, figure: str, speaker: str) -> None:
    assert source(one(body, figure))[0] == speaker


def test_the_subject_of_saying_is_not_the_figures_it_rejected() -> None:
    body = (
        "Leaders of the Westby Farmers' Party and the Eastmark Workers' Movement rejected the "
        "official figures, saying that more than 110 people had been killed."
    )
    assert source(one(body, "more than 110"))[0] == (
        "Leaders of the Westby Farmers' Party and the Eastmark Workers' Movement"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Police detained more than 11,000 people last month, but rights groups said that "
        "many were innocent.",
        "The Eastmarkers, who number about 500,000 in the city, say they are being hunted.",
    ],
)
def test_a_speaker_whose_verb_opens_its_own_clause_does_not_give_the_figure_before(
    body: str,
) -> None:
    assert [source(e)[0] for e in claims(body) if e["kind"] != "date"] == ["article"]
    # A day after the verb opens no clause: "police said that day" gives the figure.
    assert source(one("At least 30 people died, police said that day.", "At least 30"))[0] == (
        "police"
    )


def test_a_document_no_one_is_named_as_issuing_is_the_source() -> None:
    body = "According to preliminary data, about 6,200 spectators were in the hall."
    assert source(one(body, "about 6,200"))[0] == "preliminary data"
    # Someone who speaks through it is the source.
    nested = (
        "The prosecutor, Ivo Marek, stated that, according to preliminary information, up to "
        "150 gunmen had taken part."
    )
    assert source(one(nested, "up to 150"))[0] == "prosecutor Ivo Marek"


def test_the_medium_between_a_speaker_and_its_verb_is_stepped_over() -> None:
    body = "The ministry in a press release informed that 17 of the hostages were foreigners."
    assert source(one(body, "17"))[0] == "ministry"


def test_a_count_named_by_its_document_and_day_is_its_issuer_s_of_that_day() -> None:
    body = (
        "The toll rose as rescuers reached the villages. The ministry's update of 4 p.m. on "
        "10 September counted 2,012 deaths."
    )
    entry = one(body, "2,012", published="2023-10-03")
    assert source(entry)[0] == "ministry's update"
    assert entry["as_of"] == "2023-09-10"


def test_a_count_given_in_the_passive_is_its_giver_s() -> None:
    assert source(one("The crowd was estimated at 200,000 by organisers.", "200,000"))[0] == (
        "organisers"
    )
    body = "The toll, first put at 84 by the prosecutor the following day, rose to 86."
    assert source(one(body, "84"))[0] == "prosecutor"
    # a toll raised or revised to a value by its giver; people confirmed dead by it
    body = "The toll was raised to 52 by the health ministry."
    assert source(one(body, "52"))[0] == "health ministry"
    body = "Forty people were confirmed dead by the health ministry."
    assert source(one(body, "Forty"))[0] == "health ministry"
    # (not the agent of the event)
    assert source(one("Forty people were killed by the army.", "Forty"))[0] == "article"
    body = "Forty people were reported killed by the army."
    assert source(one(body, "Forty"))[0] == "article"
    # "by" and a time is no giver.
    assert source(one("The toll was put at 40 by the end of the war.", "40"))[0] == "article"
    assert source(one("The toll was raised to 52 by Thursday.", "52"))[0] == "article"
    # A body's name goes on after "for".
    body = "The camps held 680,000 people counted by the Office for the Relief of Westby."
    assert source(one(body, "680,000"))[0] == "Office for the Relief of Westby"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "The agency said 12,310 people had been killed, surpassing the 1911 earthquake, "
            "which killed about 8,000 people.",
            "about 8,000",
        ),
        (
            "According to the city council, about 350,000 people remain in the city, which had "
            "a population of more than 430,000 before the war.",
            "more than 430,000",
        ),
        ("Flags flew at half-staff, said Mayor Ivo Marek, whose town has 38,000 residents.",
         "38,000"),
    ],
)  # fmt: skip
def test_a_background_relative_clause_is_the_outlet_s_not_the_speaker_s(
    body: str, figure: str
) -> None:
    assert source(one(body, figure))[0] == "article"
    # A count's own relative clause ("the toll, which had stood at 38") stays the speaker's.
    body = "The ministry said the toll, which had stood at 38 in the morning, rose to 73."
    assert source(one(body, "38"))[0] == "ministry"


def test_a_speaker_whose_verb_is_in_a_relative_clause_speaks_only_inside_it() -> None:
    body = (
        'President Ivo Marek, who has said the city was attacked by 20,000 "bandits", '
        "invited in more than 2,000 troops from the alliance."
    )
    assert source(one(body, "20,000"))[0] == "President Ivo Marek"
    assert source(one(body, "more than 2,000"))[0] == "article"
    # A relative clause that only places the speaker before its verb is stepped over.
    body = "Ivo Marek, who heads the commission, said 40 people had died."
    assert source(one(body, "40"))[0] == "Ivo Marek"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        ("Officials have cited a lower toll of 191 dead.", "191", "Officials"),
        ("The ministry cited a toll of 40.", "40", "ministry"),
        # whom a relay verb quotes still speaks
        ("The agency quoted the ministry as saying 40 died.", "40", "ministry"),
    ],
)
def test_a_count_a_body_cites_is_its_own(body: str, figure: str, speaker: str) -> None:
    assert source(one(body, figure))[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a name whose capital has an accent
        ("The Minister of the Interior, Mr. Ángel Marek, announced the arrest of five persons.",
         "Minister of the Interior Mr. Ángel Marek"),
        # a particle between the name's words, a title in capitals before it
        ("The Vice President, Marta Núñez de Castro, said five persons were arrested.",
         "Vice President Marta Núñez de Castro"),
        # a body's acronym inside the role after the name
        ("Ivo Marek, head of the Red Cross (IFRC) delegation in Westby, told reporters that five "
         "persons were arrested.", "Ivo Marek, head of the Red Cross (IFRC) delegation in Westby"),
    ],
)  # fmt: skip
def test_names_written_as_the_world_writes_them(body: str, speaker: str) -> None:
    assert source(one(body, "five"))[0] == speaker
    # A body in capitals then a name in apposition is no title of that name.
    assert source(one("The Interior Ministry, Westby Police, said 4 died.", "4"))[0] != (
        "Interior Ministry Westby Police"
    )


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        ("The toll has risen to 366, the Prefecture of Westby made known today.", "366",
         "Prefecture of Westby"),
        ("Lists compiled by independent journalists suggest that 94 soldiers died.", "94",
         "independent journalists"),
        ("The attack killed 45 people. This was reported on Telegram by the regional governor "
         "Ivo Marek.", "45", "regional governor Ivo Marek"),
    ],
)  # fmt: skip
def test_more_verbs_that_give_a_figure(body: str, figure: str, speaker: str) -> None:
    assert source(one(body, figure))[0] == speaker


def test_a_time_s_noun_before_a_speaker_is_no_part_of_the_name() -> None:
    body = "Another bomb exploded on the same day the provincial governor Ivo Marek said 40 died."
    assert source(one(body, "40"))[0] == "provincial governor Ivo Marek"
    # "On the day of the bombing| Westby Aid reported": a time that names no speaker's word.
    body = "On the day of the bombing the charity reported that 12 of its staff had been killed."
    assert source(one(body, "12"))[0] == "charity"


def test_it_is_the_body_its_sentence_opens_with_acting() -> None:
    body = (
        "The governor Ivo Marek said 40 people had died. The army launched an offensive in June "
        "and says it has killed more than 1,600 militants so far."
    )
    assert source(one(body, "more than 1,600"))[0] == "army"


def test_a_speaker_after_a_long_relative_aside_and_one_inside_what_another_reports() -> None:
    body = (
        "The government has reported 1,414 deaths, while the Westby Volunteers, which ended its "
        "search-and-rescue operation in the opposition-held northwest on 10 February, said it "
        "had recovered 2,274 bodies."
    )
    assert source(one(body, "2,274"))[0] == "Westby Volunteers"
    body = (
        "The ministry's press service reported in a statement that the Westby governorate "
        "registered 431 deaths."
    )
    assert source(one(body, "431"))[0] == "ministry's press service"
    # A figure of the relative clause about a speaker is the outlet's background.
    body = (
        "The president, who has ruled the country of 7.5 million people since 2001 and was "
        "re-elected with nearly 70 percent of the vote, told security chiefs 12 had died."
    )
    assert source(one(body, "nearly 70 percent"))[0] == "article"


def test_alleged_before_a_noun_names_no_speaker() -> None:
    body = (
        "Courts have so far remanded 12 suspects in custody, including the four alleged "
        "gunmen, all of them citizens of Westby."
    )
    assert source(one(body, "12"))[0] == "article"
    assert source(one("The rebels alleged that 40 civilians were killed.", "40"))[0] == "rebels"


def test_a_speaker_named_by_its_noun_takes_no_word_from_the_paragraph_before() -> None:
    body = "Westby detains 718 over riots\n\nPolice say 83 people were formally arrested."
    assert source(one(body, "83"))[0] == "Police"


def test_a_man_or_a_woman_is_told_apart_by_the_clause_that_says_who() -> None:
    body = (
        'A man who lives opposite the police building told Coast Wire he had seen "at least '
        '150" armed men. "I counted about two dozen bodies," he said.'
    )
    assert source(one(body, "at least 150"))[0] == "man who lives opposite the police building"
    assert source(one(body, "about two dozen"))[0] == "man who lives opposite the police building"
    body = '"There were at least 1,200 people in the yard," said a woman who gave her name as Ana.'
    assert source(one(body, "at least 1,200"))[0] == "woman who gave her name as Ana"
    # any other speaker is its own name, whatever clause follows it
    body = "A doctor who treated the wounded said 40 people had died."
    assert source(one(body, "40"))[0] == "doctor"


def test_two_bodies_each_with_its_acronym_speak_together() -> None:
    body = (
        "In a joint statement, the UN Refugee Agency (UNHCR) and the Norland Red Cross (NRC) "
        "stated that up to 750 persons were on board."
    )
    assert source(one(body, "up to 750"))[0] == "UN Refugee Agency and the Norland Red Cross"


def test_a_noun_ending_in_ly_is_no_adverb_before_the_verb() -> None:
    assert source(one("The group's tally puts the dead at 1,340.", "1,340"))[0] == "group's tally"
    body = "The national assembly said 40 people died."
    assert source(one(body, "40"))[0] == "national assembly"


def test_per_the_names_a_source_as_according_to_does() -> None:
    body = "Some 40 people have died, per the health department."
    assert source(one(body, "Some 40"))[0] == "health department"
    assert source(one("The toll is 40 per the latest count.", "40"))[0] == "article"


def test_an_eyewitness_reporter_gives_what_they_saw() -> None:
    body = (
        "Troops fired on the crowd. A Coast Wire reporter saw 10 people lying on the ground, "
        "apparently hit."
    )
    assert source(one(body, "10"))[0] == "Coast Wire reporter"
    assert source(one("Witnesses saw 30 bodies in the square.", "30"))[0] == "Witnesses"
    # a place that "saw" deaths is no witness
    assert source(one("The city saw 40 deaths last year.", "40"))[0] == "article"


def test_the_airline_is_the_one_whose_name_ends_in_airlines() -> None:
    body = "Norland Airlines flight NA17 had 283 passengers and 15 crew on board, the airline said."
    assert source(one(body, "283"))[0] == "Norland Airlines"


def test_a_count_of_the_speakers_named_before_is_no_part_of_their_name() -> None:
    # "residents said" after "a county of 2.1 million residents": residents, not a count
    body = (
        "Westby lies in Eastport County, which has nearly 2.1 million residents.\n\n"
        "In Northby, residents said three people were shot dead on Wednesday."
    )
    assert source(one(body, "three"))[0] == "residents"
    # nor the noun of a count that ends the phrase before the speakers' noun
    body = (
        "Officials questioned the figure residents gave. At least 40 people died, residents said."
    )
    assert source(one(body, "At least 40"))[0] == "residents"


def test_people_reported_missing_are_counted_by_whoever_the_sentence_names() -> None:
    body = (
        "A police spokesperson told a press conference that the number of people reported "
        "missing now stands at 30."
    )
    assert source(one(body, "30"))[0] == "police spokesperson"
    assert source(one("The 500 people reported killed were mostly men.", "500"))[0] == "reports"


def test_a_body_called_by_its_noun_is_named_in_full() -> None:
    body = (
        "The Norland Red Crescent Society appealed for aid. The society said 300 families were "
        "displaced."
    )
    assert source(one(body, "300"))[0] == "Norland Red Crescent Society"
    # a body with its acronym after its name is still a body ("the agency")
    body = (
        "The World Health Organization (WHO) said 1,200 cases were confirmed. The agency said "
        "45 people had died."
    )
    assert source(one(body, "45"))[0] == "World Health Organization (WHO)"


def test_documents_and_hearings_speak_for_who_issued_or_heard_them() -> None:
    # a message quoted, then "the message reads": of the one who sent it, named before
    body = (
        "The search is over, Governor Ivo Marek said on Telegram, a Reuters correspondent "
        'reports.\n"Unfortunately, 31 people died. 58 people were injured," the message reads.'
    )
    assert [source(one(body, f))[0] for f in ("31", "58")] == ["Governor Ivo Marek"] * 2
    body = "The court heard that 12 people had been wounded by gunfire on the island."
    assert source(one(body, "12"))[0] == "court"
    body = (
        "According to the testimonies collected by investigators of the Westby prosecutor's "
        "office, more than 300 people had boarded the vessel."
    )
    assert (
        source(one(body, "more than 300"))[0] == "investigators of the Westby prosecutor's office"
    )
    # what the figures show is no speech: the official toll they are
    body = "Official figures show 410 people were killed in the riots."
    assert source(one(body, "410"))[0] == "official toll"


def test_a_count_announced_then_given_is_of_who_announced_it() -> None:
    body = (
        "The United Nations refugee agency (UNHCR) has specified the number of persons "
        "displaced by the conflict. They are already 64,000."
    )
    assert source(one(body, "64,000"))[0] == "United Nations refugee agency (UNHCR)"
    # a sentence that does not go on about the count announced is the article's
    body = (
        "The agency revised the number of passengers, officials said. Among the passengers "
        "were 120 students."
    )
    assert source(one(body, "120"))[0] == "article"


def test_estimates_and_reports_that_say_are_nouns_that_speak() -> None:
    body = "Police said 40 died. Some estimates say 30,000 people have crossed the border."
    assert source(one(body, "30,000"))[0] == "estimates"
    body = "Police said 40 died. Some reports said 60 people were killed."
    assert source(one(body, "60"))[0] == "reports"
    # the verb still speaks for its subject
    assert source(one("The ministry estimates 60 people were killed.", "60"))[0] == "ministry"


def test_a_day_between_the_verb_and_its_speaker() -> None:
    # translated copy puts the verb first: "announced on Monday the minister"
    body = "The toll stands at 49 dead, announced on Monday the provincial Minister of Transport."
    assert source(one(body, "49"))[0] == "provincial Minister of Transport"
    assert source(one("Police said on Monday that 12 people were killed.", "12"))[0] == "Police"
    # ... and the town it was said in: a place of one or two words, then "the" or a name
    body = "The toll stands at 49 dead, announced Sunday in Westby the Minister of Transport."
    assert source(one(body, "49"))[0] == "Minister of Transport"
    body = "The toll stands at 49 dead, announced Sunday in Port Elin the provincial governor."
    assert source(one(body, "49"))[0] == "provincial governor"
    body = "The toll stands at 49 dead, announced Sunday in Westby Ann Lee, the governor."
    assert source(one(body, "49"))[0] == "Ann Lee"


def test_an_acronym_the_article_defined_is_the_body_it_stands_for() -> None:
    body = (
        "The Eastland Civilian Protection Monitor (ECPM) said at least 17 civilians were "
        "killed. A further 34 civilians were injured, ECPM found."
    )
    assert source(one(body, "34")) == ("Eastland Civilian Protection Monitor (ECPM)", [])
    # initials that do not spell it: no definition
    body = "Officials of Port Elin (ECPM) said 12 died. ECPM said 40 were injured."
    assert source(one(body, "40")) == ("ECPM", [])


def test_the_author_of_a_figure_set_against_this_one_is_not_its_speaker() -> None:
    body = "The agency puts the toll at 80, well below the figure given by the charity."
    assert source(one(body, "80")) == ("agency", [])


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # who briefed someone that, who logged a count
        (
            "Superintendent Ana Kovac briefed the minister that 26 bodies had been handed over.",
            "26",
            "Superintendent Ana Kovac",
        ),
        ("The health ministry has logged more than 96,000 suspected cases.", "more than 96,000",
         "health ministry"),
        # who puts a rate at a figure gives it
        ("The ministry put the case fatality rate at 1.1 percent.", "1.1 percent", "ministry"),
    ],
)  # fmt: skip
def test_more_ways_of_giving_a_figure(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


def test_the_un_agency_is_the_last_united_nations_body_named() -> None:
    body = (
        "The health ministry said 300 people had died. The World Food Programme said it "
        "had fed 40,000. In its latest update, the UN agency said 9,000 were displaced."
    )
    assert source(one(body, "9,000"))[0] == "World Food Programme"


def test_a_place_that_recorded_figures_is_no_speaker_beside_one_who_gives_them() -> None:
    body = (
        "Since January the governorate has recorded about 31,000 suspected cases and 148 "
        "deaths, ministry spokesman Karim Haddad told reporters."
    )
    assert source(one(body, "148"))[0] == "ministry spokesman Karim Haddad"
    assert source(one("The governorate has recorded 148 deaths.", "148"))[0] == "governorate"
    # ... a place its apposition names one
    body = "Westby, the worst-hit district, has now recorded 17 deaths, Collector Ann Lee said."
    assert source(one(body, "17"))[0] == "Collector Ann Lee"
    # ... a place that "counts" its people, named "the commune of X"
    body = (
        "The commune of Westby counts more than 30,000 inhabitants, according to the figures "
        "of the 2019 census."
    )
    assert source(one(body, "more than 30,000"))[0] == "2019 census"
    body = "Peru now counts 1.2 million displaced people, according to government figures."
    assert source(one(body, "1.2 million"))[0] == "government figures"


def test_where_a_speaker_says_the_event_happened_is_theirs_not_the_outlet_s_gloss() -> None:
    body = (
        "The minister said the line was closed. He informed that the accident took place at "
        "3:45 am at a distance of three kilometres from Westby station."
    )
    assert source(one(body, "three kilometres"))[0] == "minister"
    # a town glossed in apposition stays the outlet's
    body = (
        "The crush happened at Eastvale, a temple town about 60 km northwest of Westby, "
        "where officials said 40 people died."
    )
    assert source(one(body, "about 60 km"))[0] == "article"
    # a distance inside a quotation is the speaker's words, never the outlet's gloss
    body = '"The army was only 4 km away and did not come until morning," Ann Lee said.'
    assert source(one(body, "4 km"))[0] == "Ann Lee"
    # ... and so is one a sentence the speaker says puts there with its own verb, and an
    # epicentre a speaker "noted"
    body = (
        "Fire chief Ann Lee defended the response. The Westby fire station is only 2.5 km "
        "from the spot and the first unit came within 12 minutes, she said."
    )
    assert source(one(body, "2.5 km"))[0] == "Fire chief Ann Lee"
    body = (
        "Governor Ann Lee said rescue work went on. She noted that the epicentre was "
        "approximately 32 kilometres northeast of the district centre."
    )
    assert source(one(body, "approximately 32 kilometres"))[0] == "Governor Ann Lee"
    # a reported clause's place ("indicated that the dam is located"); where a train left the
    # tracks, as the officials place it
    body = "The minister indicated that the dam is located 22 kilometers east of Westby town."
    assert source(one(body, "22 kilometers"))[0] == "minister"
    body = (
        "Six coaches left the tracks at about 6.40 p.m. some 4 km south of Westby station, "
        "railway officials said."
    )
    assert source(one(body, "some 4 km"))[0] == "railway officials"


def test_an_acronym_in_brackets_within_a_speaker_s_name() -> None:
    body = (
        "The spokesman for the District Headquarters (DHQ) Hospital Westby, Dr Ann Lee, told "
        "the Westby Herald late in the evening that 28 bodies had been brought in."
    )
    assert source(one(body, "28"))[0] == (
        "spokesman for the District Headquarters Hospital Westby Dr Ann Lee"
    )


def test_a_count_s_participle_after_a_determiner_names_no_speaker() -> None:
    body = "Mr. Kalhoro put the confirmed toll at 34, up from the figure he had announced."
    assert source(one(body, "34"))[0] == "Mr. Kalhoro"
    body = (
        "The number of confirmed heat deaths in Westby rose to 41 on Sunday, relief "
        "commissioner Ann Lee said."
    )
    assert source(one(body, "41"))[0] == "relief commissioner Ann Lee"


def test_a_body_s_acronym_inside_its_name_is_stepped_over() -> None:
    body = "The office of the Relief Commissioner (RC) in Westby has confirmed 19 deaths."
    assert source(one(body, "19"))[0] == "office of the Relief Commissioner in Westby"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        ("WHO data show 41,300 suspected cases this year.", "41,300", "WHO data"),
        (
            "UNHCR registration data show that 62 percent of the arrivals are children.",
            "62 percent",
            "UNHCR registration data",
        ),
        # who saw or gathered the records
        (
            "Attendance records seen by the union show that about 900 workers clocked in.",
            "about 900",
            "records seen by union",
        ),
        (
            "Hospital records gathered by union volunteers show that 100 workers were treated.",
            "100",
            "records gathered by union volunteers",
        ),
        # ... or released them
        (
            "Figures released by the health ministry show 40 people have died.",
            "40",
            "Figures released by health ministry",
        ),
        # ("published" is a speech verb of its own: the figures had been the speaker)
        (
            "Figures published by the health ministry show 40 people have died.",
            "40",
            "Figures published by health ministry",
        ),
        # a body named in lower case
        (
            "State health department data showed 2,300 people were treated.",
            "2,300",
            "State health department data",
        ),
        (
            "About 3,900 people were treated, health department data show.",
            "About 3,900",
            "health department data",
        ),
        ("Hospital records showed 38 bodies had been brought in.", "38", "Hospital records"),
        (
            "Records of the two hospitals that received the victims show that 38 bodies had "
            "been brought in.",
            "38",
            "Records of two hospitals",
        ),
        # official figures are the official toll; images name no source
        ("Official figures show 410 people were killed in the riots.", "410", "official toll"),
        ("The images show 40 bodies lying in the street.", "40", "article"),
    ],
)
def test_what_a_named_owner_s_data_show_is_theirs(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


def test_the_count_a_body_acknowledged_is_its_own() -> None:
    body = (
        "A rights group said at least 224 people had been detained, far more than the 150 "
        "acknowledged by the interior ministry."
    )
    assert source(one(body, "150")) == ("interior ministry", ["rights group"])


def test_he_or_she_is_never_people_in_the_plural_named_before() -> None:
    body = (
        "Ann Lee of the firefighters' union said the force had been much smaller than "
        'officials claimed. "There were never more than 220 firefighters on this fire," she said.'
    )
    entry = one(body, "never more than 220")
    assert source(entry)[0] == "Ann Lee of the firefighters' union"
    assert entry["qualifier"] == "up to"  # "never more than": at most


def test_our_people_outside_a_quotation_are_the_outlet_s_own_voice() -> None:
    body = "Our monitors visited health facilities and recorded more than 60 people injured."
    assert source(one(body, "more than 60"))[0] == "article"


def test_declaring_mourning_is_a_deed_and_mentioning_a_figure_is_speech() -> None:
    body = (
        "The commune of Westby, which has about 4,100 inhabitants, has declared three days "
        "of local mourning."
    )
    assert source(one(body, "about 4,100"))[0] == "article"
    body = "The minister mentioned that only 12 percent of the lines are under restrictions."
    assert source(one(body, "12 percent"))[0] == "minister"


def test_whom_a_speaker_accuses_is_no_speaker() -> None:
    body = (
        "WESTBY - Norland police on Wednesday raised the number of people killed during "
        "Tuesday's opposition march in Westby to four, but the Westby Freedom Alliance (WFA) "
        "said 11 of its supporters had died and accused the authorities of hiding bodies."
    )
    assert source(one(body, "four"))[0] != "authorities"


def test_a_sentence_that_opens_on_its_count_goes_on_with_the_speaker_s_count() -> None:
    body = (
        "Police commander Ivan Petrov said at least 11 people had died in attacks on two "
        "villages. Seven were killed in Westby, and four in Eastport."
    )
    assert source(one(body, "Seven"))[0] == "Police commander Ivan Petrov"
    # a count of the outlet's own, after no speaker's toll, stays the outlet's
    body = "The storm hit the coast on Monday. Seven were killed in Westby."
    assert source(one(body, "Seven"))[0] == "article"


def test_bodies_found_are_a_search_not_a_finding() -> None:
    body = (
        "The commander of the vigilantes in Westby, Ann Lee, said his men found the bodies of "
        "only three attackers after the gunfight."
    )
    assert "Ann Lee" in source(one(body, "three"))[0]
    assert source(one("The inquiry found 27 people died.", "27"))[0] == "inquiry"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # a phrase's tail is no speaker: "pilgrims who referred to the stations"
        ("Ann Lee said that up to 40 percent of the pilgrims who referred to aid stations "
         "showed symptoms.", "up to 40 percent", "Ann Lee"),
        # a participle that opens a sentence is no one a later "he" is
        ("Speaking to reporters, Minister Ann Lee said the toll was rising. He stated that 11 "
         "of the deceased passed away on Thursday.", "11", "Minister Ann Lee"),
        # what an office "has established"
        ("The prosecutor's office has established that 58 people were on board the bus.", "58",
         "prosecutor's office"),
    ],
)  # fmt: skip
def test_fragments_are_no_speakers_and_an_office_establishes(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


def test_the_teller_s_own_office_and_a_rival_set_against_the_figure_are_no_speakers() -> None:
    body = (
        "The ombudsperson, Ann Lee, told the monitor that her office had confirmed four deaths "
        "and that 640 people were being held."
    )
    assert source(one(body, "four"))[0] == "ombudsperson Ann Lee"
    assert source(one(body, "640"))[0] == "ombudsperson Ann Lee"
    body = (
        "Union secretary Ivan Petrov said around 80 workers were inside, far more than the "
        "company has admitted, and that at least five workers were still unaccounted for."
    )
    assert source(one(body, "at least five"))[0] == "Union secretary Ivan Petrov"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # a body's name in another language, in brackets, inside the role
        ("Ann Lee, president of the Westby Kamgar Sangh (Westby Workers' Front), said as many "
         "as 2,700 people were in the mill.", "as many as 2,700",
         "Ann Lee, president of the Westby Kamgar Sangh (Westby Workers' Front)"),
        # a conjunction opening the sentence, and the head of a hospital
        ("But Dr Ann Lee, superintendent of the district hospital in Westby, told the paper "
         "that as many as 23 bodies had been taken to the morgue.", "as many as 23",
         "Dr Ann Lee, superintendent of the district hospital in Westby"),
        # a title's acronym before the name in apposition
        ("The spokesman, Assistant Controller of Prisons (ACP) Ann Lee, told the paper in "
         "Eastport that 318 of the inmates had been caught.", "318", "spokesman Ann Lee"),
    ],
)  # fmt: skip
def test_a_speaker_s_role_may_hold_brackets_and_follow_a_conjunction(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


def test_he_is_the_person_the_sentence_before_opened_with_not_a_quoted_one() -> None:
    body = (
        "The governor said 640 inmates broke out. But the commander of the Westby guards, "
        "Ann Lee, dismissed the official figures. Speaking to the paper, she said over 900 "
        "inmates got away."
    )
    assert source(one(body, "over 900"))[0] == "commander of the Westby guards"
    # the men of a quotation are no one a later "he" is
    body = (
        "Gunmen killed at least 17 soldiers near Westby, a military source said. "
        '"They attacked at dawn. The men held out until noon," the source said. He said more '
        "than 25 soldiers were wounded."
    )
    assert source(one(body, "more than 25"))[0] == "military source"


def test_saying_after_the_first_comma_is_the_opening_subject_s() -> None:
    body = (
        "The ministry also rejected Eastport's assertion that Northby had massed troops in "
        "Westby, saying it had no more than 350 soldiers there."
    )
    assert source(one(body, "no more than 350"))[0] == "ministry"


def test_the_size_of_a_place_in_apposition_is_the_outlet_s() -> None:
    body = (
        "A local official in Westby, a village of about 3,400 people some 8 km (5 miles) from "
        "the base, said the gunmen had killed at least nine farmers."
    )
    assert source(one(body, "about 3,400"))[0] == "article"
    assert source(one(body, "at least nine"))[0] == "local official in Westby"
    # said inside a quotation, the size is the speaker's
    body = '"Westby, a village of 600 people, has lost 12," the mayor said.'
    assert source(one(body, "600"))[0] == "mayor"


def test_a_title_s_initials_are_the_person_named_by_it() -> None:
    body = (
        "The toll has risen to 21, District Magistrate Ann Lee said on Monday. The dead "
        "include four children, the DM told reporters."
    )
    assert source(one(body, "four"))[0] == "District Magistrate Ann Lee"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # a league speaks, and is "it" after it opened a sentence
        ("The Westby League for Human Rights painted a darker picture. In a report released "
         "on Monday, it said at least 27 civilians were killed.", "at least 27",
         "Westby League for Human Rights"),
        ("The league also said more than 150 people had been detained.", "more than 150",
         "league"),
        # a document's owner gives its figures
        ("Agency workers made up nearly 35 percent of the workforce, according to the "
         "company's own annual report.", "nearly 35 percent", "company"),
        ("As many as 25,000 people live nearby, according to the group's analysis of census "
         "data.", "As many as 25,000", "group"),
        ("The toll has risen to 19, according to the latest balance released on Monday by the "
         "Westby Disaster Institute.", "19", "Westby Disaster Institute"),
        # "the group" is the body the article introduced last with its acronym
        ("In a statement, the Westby Front (WF), which says it is behind the attack, gave a "
         "different account. The group claimed that more than 35 soldiers were killed.",
         "more than 35", "Westby Front (WF)"),
    ],
)  # fmt: skip
def test_leagues_owned_documents_and_a_body_called_by_its_noun(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected
    # (the state's offices are named by their own words, never the body introduced last)
    said = "The Westby Front (WF) called a strike. Police said 12 people were detained."
    assert source(one(said, "12"))[0] == "Police"


def test_a_body_named_noun_first_is_it_and_an_assessment_is_whoever_did_it() -> None:
    body = (
        "WESTBY - The government on Wednesday revised the toll down to 17. The Observatoire "
        "Citoyen de Westby (OCW), a rights group, said it had listed 41 people killed. It said "
        "nearly 250 people had been injured."
    )
    assert source(one(body, "nearly 250"))[0] == "Observatoire Citoyen de Westby"
    body = (
        "A rapid needs assessment conducted by aid groups between 12 and 14 May found that "
        "nearly 270,000 people have been displaced."
    )
    assert source(one(body, "nearly 270,000"))[0] == "aid groups"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        ("The statement, issued by the army on Monday, said 12 soldiers died.", "12", "army"),
        ("A report, released by Westby Watch, said 300 people died.", "300", "Westby Watch"),
        (
            "The bulletin, posted by the Westby health office, put the toll at 45.",
            "45",
            "Westby health office",
        ),
        # a count given in the aside, with no speech verb after it
        (
            "The toll, released by the interior ministry on Monday, stood at 40.",
            "40",
            "interior ministry",
        ),
        ("The count, given by the police, was 30 dead.", "30", "police"),
        # not a speaker in an aside, nor what is no document
        ("The governor, backed by the army, said 12 soldiers died.", "12", "governor"),
    ],
)
def test_a_document_s_maker_in_an_aside_speaks_for_it(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        (
            "Some 15,000 people were estimated by aid groups to have fled.",
            "Some 15,000",
            "aid groups",
        ),
        (
            "The number of displaced was estimated by Westby Watch at 15,000.",
            "15,000",
            "Westby Watch",
        ),
        ("The crowd, estimated by police at 20,000, marched on the palace.", "20,000", "police"),
        (
            "The rebels, estimated by the United Nations to number 3,000 fighters, hold the hills.",
            "3,000",
            "United Nations",
        ),
        # in an aside, not when someone speaks after it (as before: hers)
        (
            "The attackers, estimated by residents at 200, burned more than 50 homes, said Ann "
            "Lee, a lawmaker.",
            "more than 50",
            "Ann Lee",
        ),
    ],
)
def test_a_passive_s_agent_gives_the_figure(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        (
            "Relatives of two of the dead inmates said the prison held 2,000 prisoners.",
            "2,000",
            "Relatives of two of the dead inmates",
        ),
        (
            "Lawyers for three of the defendants said 40 people were detained.",
            "40",
            "Lawyers for three of the defendants",
        ),
    ],
)
def test_a_count_inside_a_speaker_s_name_does_not_end_it(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


def test_a_clause_after_said_is_no_speaker() -> None:
    # the name after a verb with no speaker before it ("said the governor") is no clause
    body = "Some of the 40 families said the bodies they received bore gunshot wounds to the head."
    assert [s.name for s in find_speakers(body)] == []
    assert source(one("The fire killed 40 people, said the governor.", "40"))[0] == "governor"


def test_a_un_agency_named_by_its_work_is_not_the_last_un_body() -> None:
    body = (
        "The UN children's agency said 20 children were among those killed. The UN refugee "
        "agency said more than 3,300 people had fled to Westby."
    )
    assert source(one(body, "more than 3,300"))[0] == "UN refugee agency"
    # "the UN agency", "the UN health agency" after the World Health Organization: the same
    body = (
        "The World Health Organization said 40 people died. The UN health agency said 30 more "
        "were ill."
    )
    assert source(one(body, "30"))[0] == "World Health Organization"


def test_an_acronym_in_apposition_goes_with_the_name() -> None:
    body = "The Westby Relief Committee, WRC, said 40 homes burned."
    assert source(one(body, "40"))[0] == "Westby Relief Committee (WRC)"
    assert source(one("The army, however, said 40 homes burned.", "40"))[0] == "army"


def test_a_name_after_according_to_runs_across_an_ampersand_and_keeps_its_acronym() -> None:
    body = "According to the Westby Oil & Gas Workers Union (WOGWU), 12 workers died."
    assert source(one(body, "12"))[0] == "Westby Oil & Gas Workers Union (WOGWU)"
    # ("&" between lower-case words joins no name: the first is the speaker, as before)
    assert source(one("According to the army & police, 12 workers died.", "12"))[0] == "army"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        (
            "According to a press release signed by the Minister of Health, the toll now "
            "stands at 132 dead.",
            "132",
            "Minister of Health",
        ),
        (
            "According to the official version released by the Ministry of Justice, inmates "
            "killed three guards.",
            "three",
            "Ministry of Justice",
        ),
        (
            "The previous toll, communicated by the government on Saturday, reported some 100 "
            "civilians killed.",
            "some 100",
            "government",
        ),
    ],
)
def test_a_document_s_signer_or_communicator_gives_its_figures(
    body: str, figure: str, expected: str
) -> None:
    assert source(one(body, figure))[0] == expected


def test_a_text_its_title_gives_as_a_body_s_statement_is_in_that_body_s_voice() -> None:
    title = "Information of the Ministry of Justice on the incident in a prison in Westby"
    body = (
        f"{title}\n\nOn Monday night 25 convicts attacked guards. Two guards were killed. "
        "The hospital said four were injured."
    )
    found = {e["figure"]: e["attribution"]["source"] for e in claims(body, title=title)}
    assert found["25"] == found["Two"] == "Ministry of Justice"
    # those the statement names as speaking keep their words
    assert found["four"] == "hospital"
    # a body's statement on its own site is in its own voice ... and a title that names no body
    from crosscheck.extract.speakers import title_issuer

    assert title_issuer("Statement by Westby Watch on the killings", "Westby Watch") is None
    assert title_issuer("Westby Police statement on the crash", "Eastport Times") == "Westby Police"
    assert title_issuer("Report of heavy fighting on the border", "Eastport Times") is None


def test_an_inmate_speaks() -> None:
    body = "The prison held more than 2,000 prisoners at the time, a former inmate said."
    assert source(one(body, "more than 2,000"))[0] == "former inmate"


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        # People at several places, counted inside their name, speak as one.
        (
            "Medical workers at three hospitals in the city told reporters that at least 150 "
            "bodies had been brought in.",
            "at least 150",
            "Medical workers at three hospitals in the city",
        ),
        ("Doctors at two hospitals said 40 people had died.", "40", "Doctors at two hospitals"),
        # "have long maintained", "estimate" with no "that"
        (
            "Clan elders have long maintained that nearly 1,000 people died.",
            "nearly 1,000",
            "Clan elders",
        ),
        # who raises its count to a figure gives it, however many words name the count
        (
            "The Westby Defense Ministry raised its own military death toll to 77 on Monday.",
            "77",
            "Westby Defense Ministry",
        ),
        # a rival's bare value of the count just given
        (
            "The agency put it at 169; Westby health officials gave 170, a figure others used.",
            "170",
            "Westby health officials",
        ),
        # estimates no one is named for
        (
            "As many as 30,000 people marched through the city, by independent estimates.",
            "As many as 30,000",
            "independent estimates",
        ),
    ],
)
def test_more_ways_a_speaker_is_named(body: str, figure: str, expected: str) -> None:
    assert source(one(body, figure))[0] == expected


def test_a_clause_after_a_conjunction_has_its_own_subject() -> None:
    # (the speaker had been the headline's first word, before a participle-like word)
    text = "Heaviest fighting since 2020 raises fears of war as Norland says it has a truce"
    assert [s.name for s in find_speakers(text)] == ["Norland"]


def test_a_figure_of_a_relative_clause_about_the_speaker_is_the_outlet_s() -> None:
    body = (
        "Norland, which stationed about 2,000 peacekeepers in the enclave under the deal, "
        "said on Tuesday it had brokered a ceasefire."
    )
    assert source(one(body, "about 2,000"))[0] == "article"
    # a place's relative clause inside a quotation stays the speaker's
    quoted = (
        "“We examined assistance in Westby, which has received 3,000 people who fled "
        "Amron,” the High Commissioner said."
    )
    assert source(one(quoted, "3,000"))[0] == "High Commissioner"


def test_a_body_s_final_report_is_the_body_s() -> None:
    body = (
        "The committee set up by the government counted 512 dead by December. "
        "Its final report raised the figure to 587 dead."
    )
    assert source(one(body, "587"))[0] == "committee set up by the government"
    # (an official toll is the authorities', not the last body named)
    official = (
        "Norland rebels say they need more time. "
        "At least 117 people have been killed, according to an official toll."
    )
    assert source(one(official, "At least 117"))[0] == "official toll"


def test_it_is_the_body_a_sentence_opened_with_even_by_its_acronym() -> None:
    body = (
        "On December 12, members of the Westby Front (WF) blocked a road as the convoy of army "
        "chief Ivan Petrov drove past. The army says the group tried to kill him. The WF "
        "rejects the official figures. It says more than 1,000 of its members were killed."
    )
    found = one(body, "more than 1,000")
    # (it had been "of army": "the convoy of| army chief" read as a name)
    assert source(found)[0] != "of army"
    assert source(found)[0] in ("WF", "Westby Front (WF)")
    assert found["party"] == f"{source(found)[0]} members"


def test_a_body_named_again_by_the_head_of_its_name_is_that_body() -> None:
    body = (
        "Soldiers were attacked in the village on 16 September, according to the Information "
        "Team of the State Council. Six villagers died, the Information Team said."
    )
    assert source(one(body, "Six"))[0] == "Information Team of the State Council"


def test_reports_no_one_is_named_for_speak_in_their_own_sentence_only() -> None:
    body = (
        "Initial reports put the death toll at 51. The final figure is 59. At least 10 were hurt."
    )
    found = {e["figure"]: source(e)[0] for e in claims(body)}
    assert found == {"51": "reports", "59": "article", "At least 10": "article"}
    # a body's report goes on speaking, as before
    body = "The report of the commission put the toll at 51. It also counted 20 injured."
    assert source(one(body, "20"))[0] == "report of the commission"


def test_what_a_relative_clause_according_to_which_hangs_on_says_it() -> None:
    body = (
        "The prosecutor's office calls on citizens not to trust false information spread on "
        "social networks, according to which the number of victims exceeds 100 people."
    )
    assert one(body, "100")["attribution"]["source"] == (
        "false information spread on social networks"
    )
    body = "The toll was confirmed by the health ministry, according to which 40 people died."
    assert one(body, "40")["attribution"]["source"] == "health ministry"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # a document read out or broadcast: its maker says it, not the day it was read
        ("The toll has risen to 31 dead, according to a statement of the Government read on "
         "Sunday.", "31", "Government"),
        # the time a count was given is no part of who gave it
        ("By nightfall the government's tally stood at 97 militants dead.", "97",
         "government"),
        # a time phrase the sentence opens with, no comma after it
        ("On the day after the attack the government said 34 people were dead.", "34",
         "government"),
        ("A week ago the army put the toll at 34.", "34", "army"),
        # a coroner's ruling is hers to state, whether before or after what she found
        ("The coroner ruled that nine of them were killed by soldiers.", "nine", "coroner"),
        ("Ten people were innocent and nine of them were killed by soldiers, a coroner ruled "
         "yesterday.", "nine", "coroner"),
        # where a body sat (a town the gazetteer knows) is not who spoke; a country that
        # reports speaks
        ("The group welcomes the conclusions of the inquests in Arequipa, which found that "
         "the 96 people who died in the crush were unlawfully killed.", "96", "article"),
        ("It is a day of mourning in Peru, which reported 13 more deaths on Sunday.", "13",
         "Peru"),
        # (a reign is no ruling)
        ("Official results gave the president, who has ruled the country since 1994, 80.1% "
         "of the vote.", "80.1%", "article"),
        ("In early June the government revised its own figure to 34, saying some bodies had "
         "been counted twice.", "34", "government"),
    ],
)  # fmt: skip
def test_when_a_count_was_given_is_no_part_of_its_giver(
    body: str, figure: str, speaker: str
) -> None:
    assert one(body, figure)["attribution"]["source"] == speaker


def test_according_to_our_own_list_is_the_writer_s_voice() -> None:
    body = (
        "The state government has put the number of dead at 135. According to our list, at "
        "least 61 of the dead were children."
    )
    assert source(one(body, "at least 61"))[0] == "article"
    body = "According to our records, at least 61 people died."
    assert source(one(body, "at least 61"))[0] == "article"
    # "our sources" are others, whom the writer does not name
    assert source(one("According to our sources, 61 people died.", "61"))[0] != "article"


@pytest.mark.parametrize(
    ("body", "figure", "speaker"),
    [
        # a relative clause on a part of the speakers, between commas, before their verb
        ("Survivors who escaped the square, many of whom have since fled the "
         "country, say more than 120 people were killed.", "more than 120",
         "Survivors"),
        ("The miners, some of whom were trapped for a day, said 14 colleagues had died.",
         "14", "miners"),
        # an owner's count given after a colon: the owner's, whatever is said of it between
        ("The government's figure has not moved since the week of the assault: 36 dead.",
         "36", "government"),
        ("The army's count: 60 dead.", "60", "army"),
    ],
)  # fmt: skip
def test_a_speaker_is_found_across_a_clause_on_part_of_it_or_a_colon(
    body: str, figure: str, speaker: str
) -> None:
    assert one(body, figure)["attribution"]["source"] == speaker


def test_an_object_pronoun_is_no_part_of_a_speaker_named_later_by_its_noun() -> None:
    body = (
        "The report said 37 people should face charges, among them officials of the health "
        "ministry. On Sunday, when officials listed 44 firefighters as missing, relatives "
        "said more than 60 men were unaccounted for."
    )
    assert one(body, "44")["attribution"]["source"] == "officials"


def test_a_regime_speaks_as_a_government_does() -> None:
    body = "Relief workers doubt the count. On May 13 the regime put the dead at 21,417."
    assert one(body, "21,417")["attribution"]["source"] == "regime"


def test_an_event_the_outlet_names_by_its_toll_in_a_speaker_s_sentence_is_its_own() -> None:
    # the chief speaks of the response; "a crowd crush that killed 141" is the outlet's words
    body = (
        "The police chief said on Tuesday the response to emergency calls before a crowd "
        'crush that killed 141 people in Westby was "inadequate".'
    )
    assert one(body, "141")["attribution"]["source"] == "article"
    # a toll the speaker gives stays the speaker's
    body = "The police chief said on Tuesday that 141 people had been killed in the crush."
    assert one(body, "141")["attribution"]["source"] == "police chief"


def test_it_is_the_red_cross_a_sentence_since_opened_with() -> None:
    body = (
        "General Tom Lee, the chief of the defence forces, said 11 soldiers had been wounded. "
        "The Westby Red Crescent gave a higher figure. It said 64 people had died."
    )
    assert one(body, "64")["attribution"]["source"] == "Westby Red Crescent"


def test_a_group_that_claimed_an_attack_gives_no_figure() -> None:
    body = (
        "Troops moved into the mall, where at least 57 people have been killed in an attack "
        "claimed by the Westby Front militant group."
    )
    assert one(body, "at least 57")["attribution"]["source"] == "article"
    # figures claimed by a group are its own
    body = "The figure claimed by the rebels, 300 dead, could not be verified."
    assert one(body, "300")["attribution"]["source"] == "rebels"


@pytest.mark.parametrize("verb", ["saying", "alleging", "claiming"])
def test_people_a_with_clause_makes_speak_give_its_figure(verb: str) -> None:
    body = (
        "The opposition questioned the official figures, with party leaders "
        f"{verb} that the real toll was at least 420."
    )
    assert one(body, "at least 420")["attribution"]["source"] == "party leaders"


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("The organisers, Justice for Westby, said 30 died.", "organisers Justice for Westby"),
        ("The group, Doctors Without Borders, said 30 died.", "group Doctors Without Borders"),
        ("The police spokesman, Tom Lee, said 30 died.", "police spokesman Tom Lee"),
    ],
)
def test_a_body_named_in_apposition_with_its_small_words_speaks(body: str, source: str) -> None:
    assert one(body, "30")["attribution"]["source"] == source


def test_the_maker_of_a_statement_that_says_a_figure_speaks() -> None:
    body = (
        "The Westby Front claimed responsibility for the attack in a statement that said 40 "
        "people had been killed."
    )
    assert source(one(body, "40")) == ("Westby Front", [])


def test_an_organisation_named_again_by_what_it_is_speaks_by_its_initials() -> None:
    # "Westby Relief Mission (WRM) ... the aid group said": the organisation introduced so
    body = (
        "WESTBY, Oct 3 (Coast Wire) - An air strike hit a clinic run by Westby Relief "
        "Mission (WRM), killing at least 23 people, including 9 of the charity's staff, the "
        "aid group said.\n\nOn Tuesday the group had given a toll of 9."
    )
    assert source(one(body, "at least 23")) == ("Westby Relief Mission (WRM)", [])
    assert [source(e)[0] for e in claims(body) if e["figure"] == "9"] == [
        "Westby Relief Mission (WRM)"
    ] * 2
    # "the medical charity, known by its initials WRM": the initials right after it; a news
    # agency's credit "(AP)" introduces no organisation
    body = (
        "WESTBY (AP) - The strike killed 38 people, according to the medical charity, known "
        "by its French initials WRM."
    )
    assert source(one(body, "38")) == ("WRM", [])
    body = "WESTBY (AP) - The strike killed 38 people, the aid group said."
    assert source(one(body, "38")) == ("aid group", [])


def test_a_second_speaker_whose_verb_is_left_out_gives_the_figure_after_it() -> None:
    # "Norlandic intelligence said at least 310 died and Veylandic intelligence at least 260"
    body = (
        "Other estimates were lower: Norlandic intelligence said at least 310 people died and "
        "Veylandic intelligence at least 260."
    )
    assert source(one(body, "at least 310")) == ("Norlandic intelligence", [])
    assert source(one(body, "at least 260")) == ("Veylandic intelligence", [])
    # a day after "and" is no speaker
    body = "Police said 14 people died between April and August 20, and 30 were injured."
    assert source(one(body, "30"))[0] == "Police"


def test_a_review_speaks_for_whoever_issued_it() -> None:
    body = (
        "The Westby Front (WF) published its findings on Thursday. The review said 17 staff "
        "members were killed."
    )
    assert source(one(body, "17")) == ("Westby Front (WF)", [])


def test_their_after_people_just_counted_is_theirs_not_the_subject_before() -> None:
    # "Among the dead were two Danish women and three Poles, their governments said": the
    # people counted own the governments; the gunmen the sentence before opens with do not
    body = (
        "Gunmen killed 43 people at a market in Westby. Among the dead were two Danish women "
        "and three Poles, their governments said."
    )
    listed = [e for e in claims(body) if e["figure"] in ("two", "three")]
    assert len(listed) == 2
    assert all(source(e) == ("governments", []) for e in listed)
    # ("Its spokesman said": the body the sentence before opens with, as before)
    body = "The Westby Front says the toll is higher. Its spokesman said 40 died."
    assert source(one(body, "40")) == ("Westby Front spokesman", [])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("About 900 worshippers were inside, a parishioner said.", "parishioner"),
        ("At least 20 people died, said a villager.", "villager"),
        ("Some 30 bodies lay in the street, a bystander told Coast Wire.", "bystander"),
        ("The main hospital said it had received 31 bodies.", "main hospital"),
        ("The district hospital reported 27 deaths on Sunday.", "district hospital"),
    ],
)
def test_people_who_were_there_and_a_town_s_hospital_are_speakers(
    sentence: str, speaker: str
) -> None:
    # the figure is theirs, not the last speaker's ("a police official said" before it)
    body = "More than 40 people were killed at the church, a police official said. " + sentence
    figure = next(e for e in claims(body) if e["span"][0] >= body.index(sentence))
    assert source(figure) == (speaker, [])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Officials later raised it to 61.", "Officials"),
        ("Police have since revised that figure to 61.", "Police"),
        ("The ministry revised it down to 61 on Monday.", "ministry"),
    ],
)
def test_who_revises_the_count_just_named_gives_its_new_figure(sentence: str, speaker: str) -> None:
    # "it", "that figure": the count of the sentence before, which the subject revises
    body = "At least 40 people were killed, the governor said. " + sentence
    assert source(one(body, "61")) == (speaker, [])


@pytest.mark.parametrize(
    ("sentence", "figure", "speaker"),
    [
        ("Officials fear the toll could rise to 100.", "100", "Officials"),
        ("Police fear that as many as 70 residents may have died.", "as many as 70", "Police"),
        ("Witnesses described seeing 100 bodies in the street.", "100", "Witnesses"),
    ],
)
def test_who_fears_or_describes_a_figure_states_it(
    sentence: str, figure: str, speaker: str
) -> None:
    body = "At least 40 people were killed, the governor said. " + sentence
    assert source(one(body, figure)) == (speaker, [])
    # ("are feared dead": no one fears it in the sentence, the speaker after it says it)
    said = one("At least 100 people are feared dead, officials said.", "At least 100")
    assert source(said) == ("officials", [])


def test_a_body_named_before_as_a_noun_s_modifier_is_not_its_name() -> None:
    # "Militants stormed army barracks": "army" qualifies "barracks", and "stormed" is no part
    # of the army's name; "the old police station": "old" is no part of the police's
    body = (
        "Militants stormed army barracks in the north on Sunday. The army said its troops "
        "killed 35 insurgents."
    )
    assert source(one(body, "35")) == ("army", [])
    body = "Crowds gathered near the old police station. The police said the mob numbered 20,000."
    assert source(one(body, "20,000")) == ("police", [])
    # (a capitalised name before it is the body's: "the Norland army chief" -> "Norland army")
    body = "The Norland army chief Ivo Marek resigned. The army said 35 insurgents were killed."
    assert source(one(body, "35")) == ("Norland army", [])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A soldier who asked not to be named said more than 40 troops had died.", "soldier"),
        ("A firefighter told Coast Wire that 12 bodies had been found.", "firefighter"),
        ("The victim's brother said 40 people were killed.", "victim's brother"),
        ("A pathologist testified that 17 of the dead had been shot.", "pathologist"),
    ],
)
def test_a_soldier_a_firefighter_or_a_relative_is_a_speaker(body: str, speaker: str) -> None:
    entry = next(e for e in claims(body) if e["kind"] != "other")
    assert source(entry) == (speaker, [])

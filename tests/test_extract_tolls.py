"""General rules of news prose about tolls (extract/tolls.py), on sentences written for
these tests."""

from __future__ import annotations

import pytest

from test_extract import claims, one, source


@pytest.mark.parametrize("verb", ["exceeded", "surpassed", "topped", "has passed"])
def test_a_toll_that_exceeded_a_figure_is_a_floor(verb: str) -> None:
    entry = one(f"The number of dead in the flooded valley {verb} 640, officials said.", "640")
    assert entry["kind"] == "killed"
    assert entry["qualifier"] == "at least" and entry["low"] == 640 and entry["high"] is None


def test_persons_recognized_as_victims_are_a_toll_of_civilians() -> None:
    body = (
        "Forty-one persons from among the civilian population of the valley have been "
        "recognized as victims of the shelling, the prosecutor said."
    )
    entry = one(body, "Forty-one")
    assert entry["kind"] == "killed"
    assert entry["party"] == "civilians"


def test_peaceful_residents_lost_are_civilians_killed() -> None:
    entry = one("The town has counted 57 peaceful residents lost in the raids.", "57")
    assert entry["kind"] == "killed" and entry["party"] == "civilians"


def test_a_country_that_lost_persons_counts_its_dead() -> None:
    body = "In the fighting the republic lost 312 persons, and 904 more were wounded."
    assert one(body, "312")["kind"] == "killed"
    assert one(body, "904")["kind"] == "injured"


def test_casualties_beside_the_wounded_are_the_dead() -> None:
    body = "Losses among the marines have made 27 casualties and 310 wounded."
    entry = one(body, "27")
    assert entry["kind"] == "killed"
    assert "marines" in (entry.get("party") or "")


def test_casualties_beside_burials_are_the_dead() -> None:
    body = "“We have recorded 48 casualties, and there are graves we cannot open yet,” he said."
    assert one(body, "48")["kind"] == "killed"


def test_its_nationals_take_the_country_named_in_the_sentence() -> None:
    body = "Chile said on Monday that 23 of its nationals died in the collapse."
    entry = one(body, "23")
    assert entry["kind"] == "killed"
    assert entry["party"] == "Chile nationals" or entry["party"] == "Chilean nationals"


def test_its_total_toll_takes_the_country_named_in_the_sentence() -> None:
    body = "Peru reported 11 more deaths on Sunday, taking its total death toll to 83."
    entry = one(body, "83")
    assert entry["kind"] == "killed"
    assert "Peru" in (entry.get("party") or "")
    # its military toll: its forces' dead
    entry = one("Peru raised its military death toll to 71 on Wednesday.", "71")
    assert entry["party"] in ("Peru military", "Peruvian military")


@pytest.mark.parametrize(
    ("body", "figure", "scope"),
    [
        ("Officials said 260 people were killed on the first day of the riots.", "260",
         "first day"),
        ("A reporter saw about 30 bodies being buried in one cemetery.", "about 30",
         "one cemetery"),
        ("Doctors said 17 dead had been brought to the city morgue.", "17", "city morgue"),
    ],
)  # fmt: skip
def test_a_toll_scoped_narrower_than_its_event_says_so(body: str, figure: str, scope: str) -> None:
    entry = one(body, figure)
    assert entry["kind"] == "killed"
    assert scope in entry["subject"]


def test_its_refers_to_a_toll_not_to_any_party() -> None:
    body = "Peru and its allies said that about 70 civilians were killed in the raids."
    assert one(body, "about 70")["party"] == "civilians"


def test_the_parts_of_a_toll_name_their_party_in_the_predicate() -> None:
    body = "The storm killed 95 people in all. Sixty-one of them were fishermen and 34 – tourists."
    assert one(body, "Sixty-one")["party"] == "fishermen"
    entry = one(body, "34")
    assert entry["kind"] == "killed" and entry["party"] == "tourists"


def test_a_countrys_own_soldiers_take_the_nationality_of_its_statement() -> None:
    body = "The Chilean defence ministry said 12 soldiers died in the ambush."
    assert one(body, "12")["party"] == "Chilean soldiers"
    body = "Peru said 12 soldiers died in the ambush."
    assert "Peru" in one(body, "12")["party"]
    body = "Twelve soldiers died in the ambush, the Ministry of Defense of Chile said."
    assert one(body, "Twelve")["party"] in ("Chilean soldiers", "Chile soldiers")


def test_the_population_of_a_place_places_its_toll() -> None:
    body = (
        "Forty-one persons from among the civilian population of Port Arden have been "
        "recognized as victims of the shelling."
    )
    assert one(body, "Forty-one")["place"] == "Port Arden"


def test_a_figure_after_of_the_people_who_died_is_a_part_of_that_toll() -> None:
    entry = one("Of the total victims who died, 36 people came from Westby district.", "36")
    assert (entry["kind"], entry["subject"]) == ("killed", "people killed (among them)")


def test_losses_named_by_their_people_are_theirs_not_the_speakers() -> None:
    body = "Chile's general staff claimed Peruvian losses had reached 3,500 troops."
    assert one(body, "3,500")["party"] == "Peruvian troops"
    # the speaker's own, with no people named before
    body = "The Chilean defence ministry said 12 soldiers died."
    assert one(body, "12")["party"] == "Chilean soldiers"


def test_a_figure_cited_by_someone_is_theirs() -> None:
    body = "The figure of 1,000 dead, cited by opposition activists, could not be verified."
    assert source(one(body, "1,000")) == ("opposition activists", [])


def test_the_countrys_own_dead_take_the_nationality_of_its_government() -> None:
    body = "The Chilean government said that in the storm the country lost 40 persons."
    assert one(body, "40")["party"] == "Chilean people"
    body = "The Chilean government said that 40 persons died in the storm."
    assert "party" not in one(body, "40")
    # "their own losses": the speakers' country's, never the other side's in a war's story
    body = "Chilean officials put their own losses at 105 dead, up from 49 a day earlier."
    assert [e.get("party") for e in claims(body)] == ["Chilean people", "Chilean people"]


def test_a_count_named_again_is_of_the_toll_before() -> None:
    body = (
        "Rescuers say 75 people died in the blaze. Nobody knows where the number of 75 comes from."
    )
    found = [e for e in claims(body) if e["figure"] == "75"]
    assert [e["kind"] for e in found] == ["killed", "killed"]


def test_a_figure_and_its_verb_around_an_aside() -> None:
    body = "Officials said over 250, mostly miners, were being treated in clinics."
    assert one(body, "over 250")["kind"] == "injured"


def test_a_count_given_earlier_is_as_of_before_the_article() -> None:
    body = (
        "The toll from the landslide on Monday has risen to 48, the governor said. "
        "Officials, who earlier said 31 people died, did not explain the rise."
    )
    assert one(body, "48")["as_of"] == "2020-03-06"
    earlier = one(body, "31")["as_of"]
    assert earlier.endswith("2020-03-05") and earlier.startswith("2020-03-02")


def test_a_count_of_early_reports_is_as_of_before_the_article() -> None:
    body = (
        "Early reports put the death toll at about 70, but it rose through the morning as "
        "firefighters found more bodies. Police said 212 people had died."
    )
    assert one(body, "about 70")["as_of"] == "2020-03-05"
    assert one(body, "212")["as_of"] == "2020-03-06"


def test_a_count_a_source_had_given_on_a_day_before_is_as_of_that_day() -> None:
    body = (
        "The toll rose to 63 on Friday, the agency said. "
        "On Thursday it had reported 41 dead and 17 missing."
    )
    assert one(body, "63")["as_of"] == "2020-03-06"
    assert one(body, "41")["as_of"] == "2020-03-05"
    assert one(body, "17")["as_of"] == "2020-03-05"


def test_the_age_that_bounds_a_group_of_children_is_no_figure() -> None:
    body = "The agency said 60 percent of the dead were children under five."
    assert [e["figure"] for e in claims(body)] == ["60 percent"]
    body = "Some 300 children aged under 12 were among the dead."
    assert [e["figure"] for e in claims(body)] == ["Some 300"]
    # the bound after the age ("5 and under" is no count of the displaced)
    body = "Some 300 people, children 5 and under first, were evacuated."
    assert [e["figure"] for e in claims(body)] == ["Some 300"]


def test_a_source_that_puts_the_figure_at_n_gives_its_value_of_the_toll_before() -> None:
    body = (
        "The ministry said at least 1,200 people had died of cholera. "
        "Medecins Sans Frontieres, citing its own teams, put the figure at more than 2,000."
    )
    entry = one(body, "more than 2,000")
    assert entry["kind"] == "killed"
    assert entry["attribution"]["source"] == "Medecins Sans Frontieres"
    # its people too, past a figure of no count between ("one channel")
    body = (
        "Television channels said between 200 and 300 fighters died, while one channel put "
        "the number at 350."
    )
    assert one(body, "350")["party"] == "fighters"


def test_a_date_after_the_next_figures_verb_is_that_figures() -> None:
    body = (
        "Fighting in April 2021 killed at least 55 people, and more than 100 died in "
        "September 2022."
    )
    late = "2023-01-10"  # (published after both: a later day dates no deaths)
    assert (
        one(body, "at least 55", published=late)["about"],
        one(body, "more than 100", published=late)["about"],
    ) == ("2021-04", "2022-09")


def test_a_month_without_a_year_is_in_the_year_its_sentence_named() -> None:
    # A background paragraph: its toll is of that summer, not of this year's June.
    body = (
        "In the summer of 2022, the institute attributed more than 4,600 deaths to heat "
        "between June and August."
    )
    assert one(body, "more than 4,600", published="2023-03-06")["about"] == "2022-06"
    # "since 2014" names the years to now, not a year the rest of the sentence is in.
    body = "The war has killed 14,000 people since 2014, and on July 9 a strike killed five."
    assert one(body, "five")["about"] == "2019-07-09"


@pytest.mark.parametrize(
    ("body", "figure", "place", "subject"),
    [
        (
            "They will be moved to Westby camp, about 40 km north of the border, which is "
            "already home to about 26,000 refugees who fled earlier fighting.",
            "about 26,000",
            "Westby",
            "population",
        ),
        (
            "The camp of Westby already sheltered 38,000 refugees before this new influx.",
            "38,000",
            "Westby",
            "population",
        ),
        (
            "The Dunmarrow camp hosts some 120,000 refugees.",
            "some 120,000",
            "Dunmarrow",
            "population",
        ),
        # its people now, after the arrivals the story counts
        (
            "At Westby camp, which now shelters more than 33,000 people, water is short.",
            "more than 33,000",
            "Westby",
            "population (now)",
        ),
        (
            "In the Oskavale transit site, where nearly 9,000 people are waiting, water is short.",
            "nearly 9,000",
            "Oskavale",
            "population (now)",
        ),
    ],
)
def test_the_people_a_camp_holds_are_its_population(
    body: str, figure: str, place: str, subject: str
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("place"), entry["subject"]) == ("population", place, subject)


def test_those_a_camp_holds_are_no_count_of_its_own_or_of_things() -> None:
    # a country's refugees stay the displaced it hosts; litres are no people
    body = "Norland already hosts 1.2 million refugees. At Westby camp refugees get seven litres."
    assert one(body, "1.2 million")["subject"] == "people displaced (hosted)"
    assert one(body, "seven")["kind"] != "population"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("More than 1,600 people have been killed in the region so far this year.",
         "More than 1,600", "people killed (this year)"),
        ("Since January, 300 people have died in the floods.", "300",
         "people killed (this year)"),
        # The year names the attack's rank, not the count's period.
        ("Gunmen killed 12 villagers on Monday, the third attack this year.", "12",
         "villagers killed"),
    ],
)  # fmt: skip
def test_a_toll_of_the_year_to_date_is_a_quantity_of_its_own(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Chile has contributed 194,000 peacekeepers to 63 U.N. missions since 1988.",
         "194,000", "Chile peacekeepers (cumulative)"),
        ("Since the mission was set up in 2014, more than 200 peacekeepers have died.",
         "more than 200", "peacekeepers killed (cumulative)"),
        # Years gone by, however they are told: the story's background
        ("Clashes over grazing land have killed more than 300 people in recent years.",
         "more than 300", "people killed (cumulative)"),
        ("Floods on the river have killed 200 people over the past decade.", "200",
         "people killed (cumulative)"),
        ("Overloaded boats have capsized on the lake, killing 90 people over the years.",
         "90", "people killed (cumulative)"),
        # Since a day of the story: its own toll.
        ("Since Monday, 40 people have died in the floods.", "40", "people killed"),
        # The whole country's count, not the story's event's.
        ("Nationally, more than 1.3 million people are now internally displaced.",
         "more than 1.3 million", "people displaced (nationwide)"),
        ("Officials said 3,000 people were displaced across the country.", "3,000",
         "people displaced (nationwide)"),
        # "nationwide" in another clause before the figure says nothing of it.
        ("Protests spread nationwide and police arrested 300 people in the capital.", "300",
         "people detained"),
        # "of whom N were children": a part, its people named.
        ("The ministry said 8,700 people had been moved out of 14 villages, of whom about "
         "2,900 were children.", "about 2,900", "children displaced"),
    ],
)  # fmt: skip
def test_a_total_over_years_is_a_quantity_of_its_own(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_count_across_the_country_placed_on_the_country_is_the_story_s_toll() -> None:
    # The story's unrest is the whole country's: its count across the country is the same
    # quantity as the ministry's, no scope apart.
    body = (
        "The ministry said 104 people have been killed in Chile since the protests began. "
        "A doctor said more than 150 people have been killed across the country since Tuesday."
    )
    national = one(body, "more than 150")
    assert (national["place"], national["subject"]) == ("Chile", "people killed")
    # Placed on a town, the country's count stays a quantity apart from the town's.
    body = (
        "About 5,800 people fled Valparaiso on Monday. Nationally, more than 1.3 million "
        "people are now displaced."
    )
    assert one(body, "more than 1.3 million")["subject"] == "people displaced (nationwide)"


def test_bodies_through_one_morgue_are_a_part_of_the_toll() -> None:
    body = "A surgeon said that between 40 and 50 bodies had passed through its morgue."
    assert one(body, "between 40 and 50")["subject"] == "people killed (its morgue)"


def test_a_time_of_day_after_a_figure_names_no_party() -> None:
    body = "Ivan Petrov had put the toll at more than 1,400 late on Friday."
    found = one(body, "more than 1,400")
    assert (found["kind"], found["subject"]) == ("killed", "people killed")


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Up to 2,000 feared dead in attack on Port Elin.", "Up to 2,000", "people killed"),
        ("Some 40 are believed dead.", "Some 40", "people killed"),
        ("The toll rose to 53, up from the 43 previously reported.", "43", "people killed"),
        ("At least 30 first responders died.", "At least 30", "first responders killed"),
    ],
)
def test_a_hedge_after_a_figure_names_no_party(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_those_held_whom_someone_is_forced_to_free_are_released() -> None:
    body = "Protesters stormed the police headquarters, forcing police to free 67 people detained."
    assert one(body, "67")["subject"] == "people released"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # Residents who did something are a crowd, not a place's population.
        ("About 300 residents blocked the road.", "About 300", "other"),
        ("Hundreds of residents gathered outside the hospital.", "Hundreds", "crowd"),
        ("The town has 30,000 residents.", "30,000", "population"),
        ("The town of 30,000 residents was shelled.", "30,000", "population"),
        ("The city's 2 million residents faced shortages.", "2 million", "population"),
    ],
)
def test_residents_who_acted_are_no_population(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_residents_who_remain_are_not_the_population() -> None:
    body = (
        "Before the conflict, the town had a population of about 25,000; according to the "
        "authorities, about 5,000 residents remain, most of them elderly."
    )
    assert one(body, "about 25,000")["subject"] == "population"
    left = one(body, "about 5,000")
    assert (left["kind"], left["party"]) == ("population", "remaining residents")
    # A town that remains under siege still has its population.
    body = "The city, with 450,000 residents, remains under siege."
    assert one(body, "450,000")["subject"] == "population"


def test_a_date_after_the_figures_own_verb_is_its_events() -> None:
    body = (
        "The country on Tuesday began a week of mourning for the 800,000 people, mostly "
        "villagers, who were killed in 100 days of slaughter in 1994."
    )
    assert one(body, "800,000")["about"] == "1994"
    # The nearest day stays the event's when the figure's verb comes before the figure.
    body = "On Monday gunmen killed 12 people in the market, and police arrested 3 on Tuesday."
    assert one(body, "12")["about"] == "2020-03-02"


def test_a_part_of_the_toll_ends_with_its_clause() -> None:
    body = "The minister said 85 of the dead were in Malatya province and the rest elsewhere."
    assert one(body, "85")["subject"] == "people killed (in malatya province)"


def test_a_figure_up_from_another_is_an_earlier_count_of_it() -> None:
    body = "About 15,000 people have fled their homes, up from 12,000 a day earlier, he said."
    assert one(body, "About 15,000")["as_of"] == "2020-03-06"
    earlier = one(body, "12,000")
    assert earlier["kind"] == "displaced" and earlier["as_of"] == "2020-03-05"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        (
            "About 75,000 people were still in the camps, far fewer than the 180,000 counted by "
            "the agency.",
            "180,000",
            "displaced",
        ),
        ("The storm killed 45 people, compared with 30 in the last one.", "30", "killed"),
        ("Police said 4,000 people marched, as against 20,000 counted by organisers.", "20,000",
         "crowd"),
    ],
)  # fmt: skip
def test_a_figure_weighed_against_another_is_a_count_of_it(
    body: str, figure: str, kind: str
) -> None:
    assert one(body, figure)["kind"] == kind


def test_initially_holds_until_a_later_word() -> None:
    body = "Initially the ministry put the toll at 900 but later reported 210 dead."
    assert one(body, "900")["as_of"].endswith("2020-03-05")
    assert one(body, "210")["as_of"] == "2020-03-06"
    # "first told": the count before the later one
    body = "The prime minister first told reporters that 40 people had died."
    assert one(body, "40")["as_of"].endswith("2020-03-05")


@pytest.mark.parametrize(
    ("body", "figure", "party"),
    [
        ("The registered number of Norlandic citizens killed in the war is 512, the "
         "ministry said.", "512", "Norlandic citizens"),
        ("By Friday the number of miners missing underground had risen to 27.", "27", "miners"),
        ("The number of civilian dead stood at 38, the governor said.", "38", "civilians"),
        ("The coal board on Friday raised the number of miners killed in the blast to 31.",
         "31", "miners"),
    ],
)  # fmt: skip
def test_the_number_of_a_party_killed_names_the_party(body: str, figure: str, party: str) -> None:
    entry = one(body, figure)
    assert entry["party"] == party
    assert entry["kind"] == ("missing" if "missing" in body else "killed")


def test_the_number_of_a_toll_without_a_party_names_none() -> None:
    assert one("The number of dead has now risen to 90, the mayor said.", "90").get("party") is None


@pytest.mark.parametrize(
    ("body", "figure", "party"),
    [
        # A named part after "including" or "among them" is of the toll before it.
        ("Police said eight people died, including two police officers.", "two",
         "police officers"),
        ("The blast killed 14 people, among them three soldiers.", "three", "soldiers"),
        # A loss of men is the loser's toll.
        ("The ministry said rebel forces had lost more than 100 men.", "more than 100",
         "rebel forces"),
        ("The insurgents lost 40 men in the assault.", "40", "insurgents"),
        # ... the force that says it lost them.
        ("The army said it had lost six men in the attack.", "six", "army"),
    ],
)  # fmt: skip
def test_a_toll_takes_its_party_from_the_clause_around_it(
    body: str, figure: str, party: str
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry["party"]) == ("killed", party)


def test_a_part_that_names_no_party_is_not_a_rival_toll() -> None:
    assert one("At least 30 people were killed, including five people.", "five")["kind"] != "killed"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("At least 30 people were killed, including five children.", "five"),
        ("The group said 11 children were among the dead.", "11"),
        ("The fire service said 19 of the dead were women and 12 were men.", "12"),
    ],
)
def test_children_women_and_men_counted_in_a_toll_are_a_party_of_it(body: str, figure: str) -> None:
    # They are a part of the toll, not a rival count of the same people.
    entry = one(body, figure)
    assert entry["kind"] == "killed" and entry["party"] in ("children", "men")


def test_a_sentence_opening_with_a_bare_count_of_who_they_were_is_a_part_of_the_toll() -> None:
    body = (
        "At least 140 people were killed, officials said. Of the dead, 88 were women. Fourteen "
        "were teenagers. Seven were foreigners. Nine were killed in the square."
    )
    assert (one(body, "Fourteen")["kind"], one(body, "Fourteen")["party"]) == (
        "killed",
        "teenagers",
    )
    assert one(body, "Seven")["party"] == "foreigners"
    # (a verb of the event is no people: the toll's own count)
    assert one(body, "Nine")["subject"] == "people killed"
    # ... and so after "Of those taken,"; of an abduction's students, the boys and girls
    # are a part of them, scoped among them (all those taken are one count: grouping)
    body = "Gunmen abducted 300 students, police said. Of those taken, 117 were boys."
    assert one(body, "117")["subject"] == "boys hostages (among them)"
    body = "Gunmen abducted 300 students, including 46 girls, from the school."
    assert one(body, "46")["subject"] == "girls hostages (among them)"
    assert one(body, "300")["subject"] == "students hostages"


@pytest.mark.parametrize(
    ("body", "figure", "party"),
    [
        ("Rights groups dispute the official toll of 64, which included 11 police officers.",
         "11", "police officers"),
        ("The death toll of 50 includes nine children, the ministry said.", "nine", "children"),
        ("Police detained 30 people, which included five women.", "five", "women"),
    ],
)  # fmt: skip
def test_a_part_a_toll_is_said_to_include_is_of_its_kind(
    body: str, figure: str, party: str
) -> None:
    # "which included", "includes": a part of the count before it, as after "including"
    whole = next(e for e in claims(body) if e["figure"] in ("64", "50", "30"))
    entry = one(body, figure)
    assert (entry["kind"], entry["party"]) == (whole["kind"], party)


@pytest.mark.parametrize(
    ("body", "figure", "party", "subject"),
    [
        ("Doctors said 19 of the injured were in critical condition.", "19", None,
         "people injured (critically)"),
        ("Officials said 6 of the dead were firefighters.", "6", "firefighters",
         "firefighters killed"),
    ],
)  # fmt: skip
def test_a_figure_of_a_toll_s_people_with_a_predicate_is_a_part_of_it(
    body: str, figure: str, party: str | None, subject: str
) -> None:
    entry = one(body, figure)
    assert (entry.get("party"), entry["subject"]) == (party, subject)


@pytest.mark.parametrize(
    "body",
    [
        "Thirteen people were killed, eight of them civilians and five soldiers, and 71 "
        "wounded, the army said.",
        "The shelling killed 13 people, including eight civilians and five soldiers, and "
        "wounded 71 others.",
    ],
)
def test_a_list_of_a_toll_s_parts_and_the_count_after_it(body: str) -> None:
    # Each part of the list names its own people and is of the toll; the count after the
    # list ("and 71 wounded") is of the whole's people, not of the last part's.
    found = {e["figure"].lower(): (e["kind"], e.get("party")) for e in claims(body)}
    assert found == {
        "thirteen" if "Thirteen" in body else "13": ("killed", None),
        "eight": ("killed", "civilians"),
        "five": ("killed", "soldiers"),
        "71": ("injured", None),
    }


def test_a_list_set_off_by_a_comma_after_a_toll_names_its_parts() -> None:
    body = (
        "The ministry said 17 people had been killed, 10 civilians and seven servicemen, "
        "and 89 wounded, 12 of them seriously."
    )
    found = {e["figure"]: (e["kind"], e.get("party"), e["subject"]) for e in claims(body)}
    assert found == {
        "17": ("killed", None, "people killed"),
        "10": ("killed", "civilians", "civilians killed (among them)"),
        "seven": ("killed", "servicemen", "servicemen killed"),
        "89": ("injured", None, "people injured"),
        # A part in a state, with no verb: scoped by it, not a rival of the 89.
        "12": ("injured", None, "people injured (seriously)"),
    }
    # A toll of a party has no parts of another party: these are a count of their own.
    assert one("Seventeen soldiers were killed, 30 militants too.", "30")["kind"] != "killed"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Seventeen people were being treated in hospital, four of them in critical "
         "condition.", "Seventeen", "people injured (in hospital)"),
        ("Seventeen people were being treated in hospital, four of them in critical "
         "condition.", "four", "people injured (critically)"),
        ("The blast injured 60 people, 41 of whom remain in hospital.", "41",
         "people injured (in hospital)"),
        ("The health ministry said 826 people were hospitalised.", "826",
         "people injured (in hospital)"),
        # A sentence that opens "Of those," counts a part of the count before it.
        ("The number injured rose to 58. Of those, 37 remain in hospital and nine are in "
         "critical condition.", "37", "people injured (in hospital)"),
        ("The number injured rose to 58. Of those, 37 remain in hospital and nine are in "
         "critical condition.", "nine", "people injured (critically)"),
        ("The 31 injured are being treated in hospital, and six of them are in critical "
         "condition.", "six", "people injured (critically)"),
        ("The hospital treated 58 people, of whom 41 were still admitted on Monday.", "41",
         "people injured (in hospital)"),
        ("Two died in hospital, where three people remain in critical condition.", "three",
         "people injured (critically)"),
        # The state past an aside of the figure's parts.
        ("Of them, 448 people, among them 248 children, remain in hospitals, the ministry "
         "said.", "448", "people injured (in hospital)"),
        # A headline's "still in hospital", with no verb.
        ("Police find another body; 36 people still in hospital", "36",
         "people injured (in hospital)"),
        # The count the figure is the value of names those in care.
        ("The minister said 53 people remained in hospital, but the regional ministry put "
         "the number of hospitalised at 61.", "61", "people injured (in hospital)"),
        # A number that names a thing ("school No. 175") does not end the count's clause.
        ("Twenty-four people injured in the shooting at school No. 175 remain in hospitals, "
         "the minister said.", "Twenty-four", "people injured (in hospital)"),
        # "all but N of the M kidnapped had been freed": the M all those taken, the N a part.
        ("The army said all but eight of the 129 schoolgirls kidnapped had been freed.", "129",
         "schoolgirls hostages"),
        ("The army said all but eight of the 129 schoolgirls kidnapped had been freed.",
         "eight", "schoolgirls hostages (still)"),
        # Taken to hospital: all the injured, not those still in care.
        ("The blast injured 60 people, who were taken to hospital.", "60", "people injured"),
        # ... but a count of those taken to hospital is those the hospitals took in.
        ("The governor said 66 people had been taken to hospital.", "66",
         "people injured (in hospital)"),
        ("Rescuers said 30 people were rushed to hospitals across the city.", "30",
         "people injured (in hospital)"),
        ("As of 9.00, 157 people injured in the blast are undergoing treatment in the "
         "city's hospitals.", "157", "people injured (in hospital)"),
        ("The blast injured 60 people, 41 of whom remain in hospital.", "60", "people injured"),
    ],
)  # fmt: skip
def test_the_injured_still_in_hospital_are_a_part_of_all_the_injured(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_verb_before_the_next_figure_is_its_and_a_part_done_to_is_scoped_so() -> None:
    body = (
        "Staff at the hospital said they had received 19 bodies since Saturday and treated "
        "46 wounded people, eight of whom were transferred to the capital for surgery."
    )
    found = {e["figure"]: (e["kind"], e["subject"]) for e in claims(body)}
    assert found == {
        # bodies are the dead; those a hospital took in, a part of them
        "19": ("killed", "people killed (one hospital)"),
        "46": ("injured", "people injured"),
        "eight": ("injured", "people injured (transferred)"),
    }


def test_parts_named_by_people_before_a_place_and_the_injured_in_a_condition() -> None:
    body = (
        "Five of the dead were workers at a nearby pumping station, and four were residents "
        "of the village, an official said. Most of those in hospital were being treated for "
        "burns, and 11 were in critical condition."
    )
    found = {e["figure"]: (e["kind"], e.get("party"), e["subject"]) for e in claims(body)}
    assert found == {
        "Five": ("killed", "workers", "workers killed"),
        # (residents are people of no side: the part is scoped, never the toll's rival)
        "four": ("killed", "residents", "residents killed (among them)"),
        "11": ("injured", None, "people injured (critically)"),
    }


def test_a_list_of_parts_by_place_scopes_each() -> None:
    body = "Officials said 19 people died, of them 13 in Belmont, 4 in Eastmark and 2 in Westby."
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert found == {
        "19": "people killed",
        "13": "people killed (in belmont)",
        "4": "people killed (in eastmark)",
        "2": "people killed (in westby)",
    }


def test_a_part_in_a_place_is_scoped_by_it() -> None:
    body = "Police said 120 people were killed, 70 of them in Kabul."
    assert one(body, "70")["subject"] == "people killed (in kabul)"


def test_a_part_named_after_of_them_takes_no_verb_from_the_count_after_it() -> None:
    body = "Officials said nine people had died, four of them civilians, and 35 had been wounded."
    assert (one(body, "four")["kind"], one(body, "four")["party"]) == ("killed", "civilians")


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Courts have released 141 people on bail who were arrested during the protests.",
         "141", "people released"),  # no longer held: a count of their own
        ("The army said it had rescued 30 hostages.", "30", "people hostages (released)"),
        ("Police detained 312 people, the ministry said.", "312", "people detained"),
        # Freed from a count that is named after them: the 40 are still held.
        ("Rebels freed 12 of the 40 hostages on Sunday.", "40", "people hostages"),
    ],
)  # fmt: skip
def test_people_held_who_are_freed_are_a_part_of_those_held(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_count_with_no_noun_after_some_of_a_group_counts_that_group() -> None:
    body = (
        "Fourteen of the guards were freed unharmed, while two were taken to hospital with wounds."
    )
    assert one(body, "two")["party"] == "guards"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("A car bomb killed 30 people, including five civilians, police said.", "five",
         "civilians killed (among them)"),
        ("Nine people had died, four of them civilians.", "four",
         "civilians killed (among them)"),
        # Not a part: civilians counted for themselves.
        ("Twelve civilians were killed in the shelling.", "Twelve", "civilians killed"),
    ],
)  # fmt: skip
def test_civilians_counted_as_a_part_of_a_toll_are_scoped_so(
    body: str, figure: str, subject: str
) -> None:
    # Civilians are the same party as people of no side: unscoped, the five would be a
    # rival of every other count of the 30.
    assert one(body, figure)["subject"] == subject


def test_the_parts_after_of_the_n_dead_name_their_people() -> None:
    body = "Of the 17 dead, seven were women and five were children under 12, officials said."
    found = {e["figure"]: e.get("party") for e in claims(body)}
    assert found == {"17": None, "seven": "women", "five": "children"}


def test_the_parts_after_of_the_n_people_detained_name_their_people() -> None:
    body = "Of the 41 people detained, 35 are soldiers and six are civilians."
    found = {e["figure"]: e.get("party") for e in claims(body)}
    assert found == {"41": None, "35": "soldiers", "six": "civilians"}


def test_a_part_found_among_the_dead_is_a_part_and_one_with_its_own_verb_no_toll() -> None:
    body = (
        "Of the four people no longer listed as missing, three were found among the dead "
        "and one turned out never to have boarded."
    )
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert found == {"four": "people missing", "three": "people killed (among the dead)"}
    # ... an apposition between the figure and its verb too.
    body = body.replace("and one turned", "and one, a 67-year-old woman, turned")
    assert "one" not in {e["figure"] for e in claims(body)}


def test_parts_of_the_people_of_the_sentence_before_are_all_theirs() -> None:
    # "them" are the rebels of the sentence before: the whole of both counts, and the
    # verb of the count's own event is no scope ("had been captured").
    body = (
        "The rebels numbered 200. By September 9 around 70 of them had been captured and a "
        "total of 18 killed, the agency said."
    )
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert (found["around 70"], found["a total of 18"]) == ("rebels captured", "rebels killed")


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # the count a later one rose from: the toll of the sentence before it rose above
        ("The number of people killed in the blast climbed to 158 on Saturday, the ministry "
         "said, with more than 6,000 people injured and 21 still missing. The latest figure "
         "was up from 154 on Friday.", "154", "killed"),
        # "the 86": the toll the article gave as 86
        ("A truck killed 86 people on the promenade. A year on, the association will be "
         "there with the families of the 86.", "the 86", "killed"),
        ("Officials said 527 people were injured. Not all were shot: the 527 included people "
         "who were trampled.", "the 527", "injured"),
    ],
)  # fmt: skip
def test_a_count_named_again_by_its_number_is_of_the_toll_it_was(
    body: str, figure: str, kind: str
) -> None:
    found = [e for e in claims(body) if e["quote"].startswith(figure.removeprefix("the "))]
    at = body.rindex(figure) + (4 if figure.startswith("the ") else 0)
    (entry,) = [e for e in found if e["span"][0] == at]
    assert entry["kind"] == kind


def test_a_number_a_sentence_sets_against_its_own_count_is_not_the_toll_of_that_number() -> None:
    body = (
        "The death toll rose to 25, an official said. According to relatives, about 40 inmates "
        "joined the revolt, far more than the 25 cited by the ministry."
    )
    at = body.rindex("25")
    (entry,) = [e for e in claims(body) if e["span"][0] == at]
    assert entry["kind"] != "killed"


def test_them_are_the_people_of_a_count_of_no_kind_just_before() -> None:
    body = (
        "Rebels from Norland attacked the prison in Westby. More than 2,000 inmates were "
        "taken out of the prison that morning, and at least 800 of them were killed, an "
        "official said."
    )
    assert one(body, "at least 800")["subject"] == "inmates killed"


def test_a_count_after_a_figure_with_its_own_noun_keeps_that_noun_s_people() -> None:
    # No list of parts: "five wounded" are the soldiers.
    assert one("Three soldiers were killed and five wounded.", "five")["party"] == "soldiers"


def test_an_aside_with_a_figure_of_its_own_does_not_hide_the_verb() -> None:
    body = "The governor said 27 people, including four firefighters, were killed in the blaze."
    assert (one(body, "27")["kind"], one(body, "four")["kind"]) == ("killed", "killed")


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        (
            "Three climbers died on the summit. Another 9 climbers died on the descent.",
            "9",
            "climbers killed (more)",
        ),
        # "another" after a count of the dead alone: besides the dead, all the wounded.
        (
            "The toll has reached 49, the minister said. Another 9 people were wounded.",
            "9",
            "people injured",
        ),
        (
            "Five people were wounded on Monday. Another 9 people were wounded on Tuesday.",
            "9",
            "people injured (more)",
        ),
        ("At least 9 more people drowned overnight.", "At least 9", "people killed (more)"),
        ("More than 9 people drowned overnight.", "More than 9", "people killed"),
        # More than another count: the difference, an excess, neither a rise nor the toll.
        ("The floods killed 9 more than the storm did.", "9", "people killed (excess)"),
        (
            "Figures show 1,437 deaths above the seasonal average.",
            "1,437",
            "people killed (excess)",
        ),
        # ... above what is usual or expected, or over the norm (words the quick answer
        # once lacked: such a figure was read as the toll itself)
        ("Figures show 2,615 deaths above the expected.", "2,615", "people killed (excess)"),
        ("There were 2,615 deaths over the norm.", "2,615", "people killed (excess)"),
        ("There were 2,615 deaths above the usual.", "2,615", "people killed (excess)"),
        # The value it had before is of the same excess.
        (
            "Figures show 1,437 deaths above the seasonal average, up from the 1,180 reported "
            "last week.",
            "1,180",
            "people killed (excess)",
        ),
        # Reinforcements: a rise of a force, not its strength.
        ("The army sent another 1,500 troops to the region.", "1,500", "troops (more)"),
        ("The army has 4,000 troops in the region.", "4,000", "troops"),
        # A rise that brings a total to a figure: scoped "more" though no word says so,
        # and the total that names nothing is the count the rise adds to.
        ("Divers found 6 bodies, raising the death toll to 31.", "6", "people killed (more)"),
        ("Divers found 6 bodies, raising the death toll to 31.", "31", "people killed"),
        ("The navy sent 800 marines, bringing the total to 5,300.", "800", "marines (more)"),
        ("The navy sent 800 marines, bringing the total to 5,300.", "5,300", "marines"),
        ("Police detained 70 more people, taking the tally to 410.", "410", "people detained"),
        # A total of another time is no running total of the day's rise.
        ("The blast killed 23 people, bringing the total this year to 310.", "23", "people killed"),
    ],
)
def test_a_rise_is_not_the_running_toll(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # A whole war's toll is neither the toll of the story's event nor a part of it.
        ("The war has killed an estimated 150,000 people, the envoy said.",
         "an estimated 150,000", "people killed (war)"),
        ("The war, now in its fourth year, has killed tens of thousands and uprooted more "
         "than 12 million people.", "more than 12 million", "people displaced (war)"),
        # The war's sides named, and an aside between its two counts.
        ("The war between the army and the rebels has killed tens of thousands of people - "
         "some estimates put the figure above 150,000 - and forced more than 12 million from "
         "their homes.", "more than 12 million", "people displaced (war)"),
        # A source's value of the war's toll is the war's too.
        ("Strikes killed 43 people. The war has killed tens of thousands of people - some "
         "estimates put the figure above 150,000 - and forced millions from their homes.",
         "above 150,000", "people killed (war)"),
        ("More than 150,000 people have been killed since the war began in April 2023.",
         "More than 150,000", "people killed (war)"),
        # ... its verb after the figure, of a country's long war; "has since killed"
        ("More than 100,000 people have been killed in Norland's civil war, the UN says.",
         "More than 100,000", "people killed (war)"),
        ("Forty people have died in the decade-long insurgency.", "Forty",
         "people killed (war)"),
        ("The civil war has since killed more than 130,000 people.", "more than 130,000",
         "people killed (war)"),
        # The fighting of the story's days is its event's; so may "the war" be.
        ("Fighting has killed at least 100 people in the city since Sunday.", "at least 100",
         "people killed"),
        ("Officials said 69 civilians had been killed in the war.", "69", "civilians killed"),
    ],
)  # fmt: skip
def test_a_war_s_whole_toll_is_apart_from_its_events(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("The health department recorded 318 deaths from diarrhoea, malaria and other "
         "diseases among flood-affected people.", "318", "people killed (disease)"),
        ("At least 40 people died of cholera in the camps.", "At least 40",
         "people killed (disease)"),
        # the disaster's own toll, and one from another cause
        ("At least 40 people died in the floods, officials said.", "At least 40",
         "people killed"),
        ("Twelve people were killed by falling debris.", "Twelve", "people killed"),
    ],
)  # fmt: skip
def test_deaths_from_a_disease_are_apart_from_the_disaster_s_toll(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_injured_victims_are_the_injured() -> None:
    body = "The health bureau said 89 injured victims have been admitted to two hospitals."
    assert one(body, "89")["kind"] == "injured"
    # casualties beside the wounded are still the dead
    body = "Losses among the marines have made 27 casualties and 310 wounded."
    assert one(body, "27")["kind"] == "killed"


def test_a_count_set_against_civilians_killed_is_of_civilians() -> None:
    body = "Gunmen killed 247 ethnic Amhara civilians, more than the 600 the commission estimated."
    assert one(body, "247")["party"] == one(body, "600")["party"] == "civilians"


def test_a_part_named_with_the_inside_a_list_of_the_dead_goes_on_with_it() -> None:
    body = (
        "The minister said the dead included 82 Norlanders, 11 Veylanders, among them the "
        "nine crew, 10 Swedes and four Afghans."
    )
    for figure in ("nine", "10", "four"):
        assert one(body, figure)["kind"] == "killed", figure


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Residents said some two hundred bodies were found in a single farm field outside "
         "the town.", "some two hundred", "people killed (one farm field)"),
        # the event, its day, its place: the whole toll, stressed
        ("Police said 40 people were killed in a single attack on the market.", "40",
         "people killed"),
        ("Some 60 bodies were found in a single day.", "Some 60", "people killed"),
        ("Between 10,000 and 15,000 people were killed in a single city last year.",
         "Between 10,000 and 15,000", "people killed"),
    ],
)  # fmt: skip
def test_a_single_place_of_many_is_a_part_of_the_toll(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_force_s_count_of_its_men_is_of_that_force() -> None:
    body = "But the Central Police Force said on Friday that 40 of its men had died."
    assert one(body, "40")["party"] == "Central Police Force"
    # people with no side: their own word stays
    body = "The union said 30 of its members were detained."
    assert one(body, "30")["party"] == "members"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The group said its attack had killed or wounded about 160 people.", "about 160"),
        ("About 160 people were killed or wounded.", "About 160"),
        ("There were 160 dead and wounded.", "160"),
    ],
)
def test_one_count_of_the_dead_and_the_wounded_is_neither_toll(body: str, figure: str) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry["subject"]) == ("other", "casualties")


def test_the_dead_and_the_wounded_counted_apart_stay_apart() -> None:
    body = "The blast killed 20 people and wounded 50."
    assert (one(body, "20")["kind"], one(body, "50")["kind"]) == ("killed", "injured")


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("A newspaper put the number of dead at 34, including the three suicide bombers.",
         "34", "people killed (with attackers)"),
        ("The toll climbed to 21 on Oct. 19, including the 18-year-old student who carried "
         "it out.", "21", "people killed (with attackers)"),
        ("The figure does not include the bombers, which would bring the number killed to 56.",
         "56", "people killed (counted otherwise)"),
        ("The official toll stands at 191, a figure that becomes 192 if the officer killed "
         "later is included.", "192", "people killed (counted otherwise)"),
        # the victims' toll and its parts
        ("The official toll stands at 191, a figure that becomes 192 if the officer killed "
         "later is included.", "191", "people killed"),
        ("Fire killed 30 people, including two guards.", "30", "people killed"),
    ],
)  # fmt: skip
def test_a_toll_counted_another_way_is_apart_from_the_victims_toll(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_those_aboard_a_craft_no_one_survived_are_its_dead() -> None:
    body = (
        "An airliner carrying 176 people crashed after take-off on Wednesday, killing "
        "everyone on board, officials said."
    )
    assert one(body, "176")["kind"] == "killed"
    body = "The plane had 83 passengers aboard; all 89 people on board were killed."
    assert one(body, "83")["kind"] == "killed"
    # the sentences after it: those aboard by the manifest
    body = (
        "An airliner carrying 295 people was shot down, killing everyone on board. The "
        "airline said it had 283 passengers and 15 crew aboard, a total of 298. State media "
        "had reported that 180 people were on the plane."
    )
    for figure in ("283", "15", "a total of 298", "180"):
        assert one(body, figure)["kind"] == "killed", figure
    # a craft some survived: those aboard are no toll
    body = "A ferry carrying 300 passengers sank on Monday; 120 were rescued."
    assert one(body, "300")["kind"] != "killed"
    # said after the counts, or in other words: those aboard are its dead all the same,
    # whoever they are
    body = (
        "A Norland Air jet with 120 aboard crashed in the mountains, 30 Westbians on board. "
        "The airline said two infants were also on board. No survivors are expected."
    )
    for figure in ("120", "30", "two"):
        assert one(body, figure)["kind"] == "killed", figure
    body = (
        "Investigators have isolated the DNA of all 95 people who died when the plane "
        "crashed. The 89 passengers and six crew came from 11 countries."
    )
    for figure in ("89", "six"):
        assert one(body, figure)["kind"] == "killed", figure
    body = "The boat sank off the coast with 40 people aboard. No one on board survived."
    assert one(body, "40")["kind"] == "killed"


def test_those_a_country_hosts_are_apart_from_the_newcomers() -> None:
    body = "Some 45,000 refugees have crossed into Chad. Chad already hosts 1.2 million refugees."
    assert one(body, "Some 45,000")["subject"] == "people displaced"
    assert one(body, "1.2 million")["subject"] == "people displaced (hosted)"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("The youth leader said seven of the victims were children.", "seven",
         "children killed"),
        ("The attack was the latest in a conflict that has killed thousands of people.",
         "thousands", "people killed (war)"),
        ("Since 2012, the conflict in Mali has displaced more than 375,000 people.",
         "more than 375,000", "people displaced (war)"),
    ],
)  # fmt: skip
def test_victims_parts_and_a_conflict_s_whole_toll(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_toll_by_cause_is_a_part_of_the_toll() -> None:
    body = "They found that about 150,000 deaths were caused by violence and the rest by famine."
    assert one(body, "about 150,000")["subject"] == "people killed (caused by violence)"


@pytest.mark.parametrize(
    ("body", "figure", "subject", "high"),
    [
        # "accounting for 56 of the dead": a part of the toll.
        ("The toll has risen to 104, with Punjab accounting for 56 of the dead.", "56",
         "people killed (of the dead)", 56),
        # "climb past 100": a floor.
        ("Pakistan flood deaths climb past 100", "100", "people killed", None),
    ],
)  # fmt: skip
def test_a_part_accounted_for_and_a_toll_past_a_mark(
    body: str, figure: str, subject: str, high: float | None
) -> None:
    entry = one(body, figure)
    assert (entry["subject"], entry.get("high")) == (subject, high)


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # A part of the toll said with "of whom" and a state, or "N of the deaths".
        ("Among the dead are 18 police officers, two of whom were decapitated.", "two",
         "police officers killed (decapitated)"),
        ("Some 103 of the deaths occurred in the largest city.", "Some 103",
         "people killed (of the deaths)"),
        # All of them are the toll.
        ("All 44 of the dead were identified.", "All 44", "people killed"),
        # "than the 18 announced earlier": the toll just named, an earlier count.
        ("It said 16 policemen had been killed, fewer than the 18 announced earlier.", "18",
         "policemen killed"),
    ],
)  # fmt: skip
def test_parts_all_and_an_earlier_count(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_count_announced_earlier_is_dated_before_the_story() -> None:
    body = "The figure was sharply higher than the 44 deaths announced earlier."
    assert one(body, "44")["as_of"] == "2020-03-05"  # the day before the story's (03-06)


def test_a_country_s_own_civilians_are_its() -> None:
    body = "Cambodia said one of its civilians had been killed and five wounded."
    assert one(body, "five")["party"] == "Cambodia civilians"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("A total of 516 people were detained. At present, 22 people are being held in "
         "custody.", "22", "people detained (still held)"),
        ("Police detained 300 people; 41 remain in custody.", "41",
         "people detained (still held)"),
        ("Police now say 300 people were detained on Friday.", "300", "people detained"),
    ],
)  # fmt: skip
def test_the_detained_still_held_are_a_part_of_all_detained(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_country_s_figure_of_the_dead_counts_whoever_died() -> None:
    # "its figure of 769 dead": the count Chile gives, of pilgrims of every nationality;
    # "its death toll to 59" stays Chile's own.
    assert one("Chile has not updated its figure of 769 dead.", "769").get("party") is None
    assert one("Chile raised its death toll to 59.", "59")["party"] == "Chile people"
    # "has not said whether it is still counting": no speaker after "said whether".
    body = "Chile has not updated its figure of 769 dead and has not said whether it counts."
    assert one(body, "769")["attribution"]["source"] != "whether it"


@pytest.mark.parametrize(
    "body",
    [
        "The ministry put the toll at 92. Among the dead are 67 police officers and 25 civilians.",
        "The ministry put the toll at 92. According to the ministry, among the dead were 25 "
        "civilians.",
    ],
)
def test_civilians_among_the_dead_are_a_part_of_the_toll(body: str) -> None:
    assert one(body, "25")["subject"] == "civilians killed (among them)"
    # among those who are no toll, they are only civilians
    assert "among" not in one("Among the protesters were 25 civilians.", "25")["subject"]


@pytest.mark.parametrize(
    "body",
    [
        "Floods hit towns in Peru. Police reported 40 dead: 30 in Lima and 10 in Cusco.",
        "Floods hit towns in Peru. Police said 40 people were killed, 30 people in Lima and "
        "10 in Cusco.",
        "Floods hit towns in Peru. Police said 40 people had been killed, 30 in Lima and 10 "
        "in Cusco.",
    ],
)
def test_a_toll_s_parts_by_place_are_parts_and_the_toll_is_in_none_of_them(body: str) -> None:
    found = {e["figure"]: (e["subject"], e.get("place")) for e in claims(body)}
    assert found["30"] == ("people killed (in lima)", "Lima")
    assert found["10"] == ("people killed (in cusco)", "Cusco")
    assert found["40"] == ("people killed", "Peru")  # the article's place, not Lima's


@pytest.mark.parametrize(
    "body",
    [
        "Floods hit towns in Peru. The ministry said 12 people were killed in Arequipa, 30 in "
        "Lima and 10 in Cusco.",
        "Floods hit towns in Peru. The floods killed 12 villagers near Arequipa, 30 at Lima "
        "and 10 in Cusco.",
    ],
)
def test_tolls_listed_place_by_place_are_each_of_their_place(body: str) -> None:
    # The kind said once, for the first place, is each one's; each is the toll of its place,
    # as another report names it ("30 were killed in Lima"), no part of a whole: no scope.
    found = {e["figure"]: (e["kind"], e["subject"], e.get("place")) for e in claims(body)}
    party = "villagers" if "villagers" in body else "people"
    assert found["12"] == ("killed", f"{party} killed", "Arequipa")
    assert found["30"] == ("killed", f"{party} killed", "Lima")
    assert found["10"] == ("killed", f"{party} killed", "Cusco")


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            '"We have received 104 bodies so far," a spokesman for Port Elin General Hospital '
            "said.",
            "people killed (one hospital)",
        ),
        ("Doctors at the city's hospitals said they had received 104 bodies.",
         "people killed (some hospitals)"),
        ("Officials at the city morgue said they had received 104 bodies.",
         "people killed (one morgue)"),
        # the toll a hospital gives, or the wounded it took in, are no site's count
        ("Hospital officials said 104 people died in the attack.", "people killed"),
        ("A doctor at the hospital said 104 people with gunshot wounds had been brought in.",
         "people injured"),
    ],
)  # fmt: skip
def test_the_bodies_a_hospital_took_in_are_a_part_of_the_toll(body: str, subject: str) -> None:
    assert one(body, "104")["subject"] == subject


def test_the_wounded_a_named_hospital_took_in_are_its_count_and_their_dead_too() -> None:
    body = (
        "At Eastport hospital, its director said the hospital had received 64 wounded "
        "people, 21 of whom had died of their injuries."
    )
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert found == {
        "64": "people injured (one hospital)",
        "21": "people killed (one hospital)",
    }
    # "the hospital" of a doctor's count, named by no name, may be all of the wounded
    body = "A doctor at the hospital said it had received 64 wounded people."
    assert one(body, "64")["subject"] == "people injured"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("Memorial said that at least 30 of the dead were civilians.", "at least 30"),
        ("Nineteen of the dead were women and 12 were civilians.", "12"),
    ],
)
def test_civilians_a_toll_s_predicate_names_are_a_part_of_it(body: str, figure: str) -> None:
    assert one(body, figure)["subject"] == "civilians killed (among them)"
    # people of a side of their own are their own count, as before
    assert one("At least 30 of the dead were policemen.", "At least 30")["subject"] == (
        "policemen killed"
    )


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Ten firefighters who had been sent to tackle a blaze at the warehouse shortly "
            "before the explosion were among the dead, the civil defence said.",
            "killed",
        ),
        ("Ten tourists who were visiting the site were among the injured.", "injured"),
        ("Ten firefighters who fought the blaze were among the heroes.", "other"),
    ],
)
def test_people_among_the_dead_after_a_relative_clause(body: str, kind: str) -> None:
    entry = one(body, "Ten")
    assert entry["kind"] == kind
    if kind != "other":
        assert entry["party"] in ("firefighters", "tourists")


def test_those_an_armed_group_still_holds_or_who_escaped_are_parts_of_those_taken() -> None:
    body = (
        "Gunmen abducted pupils on Monday. 276 girls were taken from the hostels. Police "
        "said 53 of them had escaped, leaving 223 in the custody of the insurgents."
    )
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert found == {
        "276": "girls hostages",
        "53": "girls hostages (released)",
        "223": "girls hostages (still held)",
    }


def test_a_figure_the_count_includes_is_a_part_of_it() -> None:
    body = (
        "The exiles said their count of people killed had risen to 99. Their spokesman said "
        "the figure included 19 people shot dead in Eastmark."
    )
    assert one(body, "19")["subject"] == "people killed (among them)"
    assert one(body, "99")["subject"] == "people killed"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ('"There were 11 dead patients on our floor alone."', "11", "people killed (one floor)"),
        (
            "Seventy-three bodies had been brought to the city's main hospital alone.",
            "Seventy-three",
            "people killed (one hospital)",
        ),
    ],
)
def test_a_toll_of_one_part_of_its_event_alone_is_scoped(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject
    # A place by name counts that whole place, a part of the toll of the event's wider one
    # (never its rival), before the figure or after it; a time in words is a part too.
    for body in (
        "More than 1,000 were arrested in Westby alone.",
        "In Westby alone, more than 1,000 were arrested.",
    ):
        entry = one(body, "More than 1,000")
        assert (entry["subject"], entry["place"]) == ("people detained (in Westby)", "Westby")
    entry = one("In the first week alone, 40 people died.", "40")
    assert entry["subject"] == "people killed (in the first week)"
    # a part named past a comma is the next clause's
    body = (
        "Rescuers found 12 more bodies in the village, taking the toll in the district alone to 58."
    )
    assert one(body, "12")["subject"] == "people killed (more)"
    body = "Divers found 12 more bodies near the pier, taking the toll on the first day to 58."
    assert one(body, "12")["subject"] == "people killed (more)"


@pytest.mark.parametrize(
    ("body", "figure", "party"),
    [
        # An event word before a party's noun is its adjective: the party is the noun's.
        (
            "The doctor said more than 50 wounded soldiers had been treated.",
            "more than 50",
            "soldiers",
        ),  # fmt: skip
        (
            "The committee registered 48 dead conscripts and reservists.",
            "48",
            "conscripts and reservists",
        ),  # fmt: skip
        # ... and not before a noun of no party.
        ("Thirty injured were taken to hospital.", "Thirty", None),
    ],
)
def test_an_event_word_before_a_party_s_noun(body: str, figure: str, party: str | None) -> None:
    assert one(body, figure).get("party") == party


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # A night's count is a part of the whole event's, not its rival.
        (
            "About 700 people were detained on the night of 12 August.",
            "About 700",
            "people detained (one night)",
        ),  # fmt: skip
        (
            "Police detained more than 2,000 people during a second night of protests.",
            "more than 2,000",
            "people detained (second night)",
        ),  # fmt: skip
        # A toll of the event, at night, is no night's part.
        ("Twelve people were killed at night in the raid.", "Twelve", "people killed"),
    ],
)
def test_a_night_s_count_is_a_part(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_figures_in_brackets_after_their_places_are_parts_of_the_toll() -> None:
    body = (
        "The interior ministry said 2,122 people had died. According to the update released "
        "at 4 p.m., the deaths were recorded in the provinces of Cusco (1,351), Arequipa (492) "
        "and Puno (11)."
    )
    part = one(body, "1,351")
    assert (part["kind"], part["place"], part["subject"]) == (
        "killed",
        "Cusco",
        "people killed (in cusco)",
    )
    # "the update" is the ministry's, named before.
    assert part["attribution"]["source"] == "interior ministry"
    # Numbers in brackets with no event before them stay no claim.
    assert [e["figure"] for e in claims("The provinces of Cusco (12) and Puno (3) voted.")] == []


def test_what_a_toll_may_reach_is_a_forecast_apart() -> None:
    body = (
        "Police said 4,310 people had died. The prime minister warned that the final toll "
        "could reach 10,000."
    )
    assert one(body, "10,000")["subject"] == "people killed (forecast)"
    assert one(body, "4,310")["subject"] == "people killed"
    # "could be as high as" estimates the count now: no forecast.
    assert "forecast" not in one("The opposition said 500 could have died.", "500")["subject"]


def test_the_number_a_country_prepares_to_receive_is_a_forecast_apart() -> None:
    body = (
        "The commission said 21,000 refugees had crossed the border. Peru has said it is "
        "preparing to receive up to 100,000 refugees."
    )
    assert one(body, "up to 100,000")["subject"].endswith("(forecast)")
    assert not one(body, "21,000")["subject"].endswith("(forecast)")


def test_a_toll_that_could_exceed_a_figure_is_an_estimate_not_a_forecast() -> None:
    # "could exceed| 100,000", "may top|": the count now, higher than said; what it "could
    # reach" or "is expected to exceed" is still a forecast.
    for verb in ("could exceed", "may top", "could well surpass"):
        body = f"The death toll from the storm {verb} 9,000, the diplomat said."
        assert one(body, "9,000")["subject"] == "people killed", verb
    for verb in ("could reach", "is expected to exceed", "will top"):
        body = f"The death toll from the storm {verb} 9,000, the diplomat said."
        assert one(body, "9,000")["subject"] == "people killed (forecast)", verb
    # (a clause after the figure names no counted things: "once villages are reached")
    body = "The number of dead could exceed 2,600 once remote villages are reached."
    assert one(body, "2,600")["subject"] == "people killed"


@pytest.mark.parametrize("verb", ["soared", "surged", "swelled", "has soared"])
def test_a_toll_that_soared_to_a_figure_is_its_value(verb: str) -> None:
    entry = one(f"The death toll in the flooded city {verb} to 7,300 on Thursday.", "7,300")
    assert entry["kind"] == "killed"
    body = f"The toll {verb} from 40 to 300, the ministry said."
    assert [one(body, n)["kind"] for n in ("40", "300")] == ["killed", "killed"]


def test_a_span_of_time_between_two_values_of_a_count_does_not_part_them() -> None:
    # "stood at 31,000 less than two weeks after the flood and at| 42,000": the elided verb's
    # count, past the span of time; "announced the figure of| 61,200": its later value.
    body = (
        "The government's count of the dead has risen: it stood at 31,000 less than two "
        "weeks after the quake and at 42,000 in February, before the prime minister "
        "announced the figure of 61,200 at a ceremony."
    )
    for figure in ("31,000", "42,000", "61,200"):
        assert one(body, figure)["kind"] == "killed", figure
    assert one(body, "less than two")["kind"] == "other"


def test_reported_speech_s_past_perfect_is_no_earlier_count() -> None:
    said = one("A spokesman said on Friday that police had counted 5,582 dead.", "5,582")
    told = one("On Thursday it had reported 41 dead.", "41")
    assert said["as_of"] == "2020-03-06"  # the day it was said, the publication's
    assert told["as_of"] == "2020-03-05"


@pytest.mark.parametrize(
    "body",
    [
        "The ministry says nine people it described as members of criminal groups have been "
        "killed.",
        "The ministry says nine people, described as militants, have been killed.",
    ],
)
def test_how_a_source_names_the_dead_does_not_hide_their_verb(body: str) -> None:
    assert one(body, "nine")["kind"] == "killed"


def test_a_part_written_of_them_is_never_the_rival_of_its_whole() -> None:
    body = (
        "Police have detained more than 600 people over the collapsed buildings; 261 of them "
        "have been formally arrested, the justice ministry said."
    )
    assert one(body, "261")["subject"] == "people detained (among them)"
    assert "among" not in one(body, "more than 600")["subject"]
    # A part that names its own people is theirs.
    body = "Eleven people were killed, ten of them Kurds, and 192 were injured."
    assert one(body, "ten")["party"] == "Kurds"
    # ... one said of how they died is a part of the toll's own people
    body = "The ministry said 16 police officers had been killed, two of them beheaded."
    assert one(body, "two")["subject"] == "police officers killed (among them)"


def test_the_toll_of_a_day_before_is_that_day_s_count_from_the_same_source() -> None:
    body = (
        "The health ministry announced on Friday an updated toll of 1,262 dead.\n\n"
        "The toll on Thursday evening had stood at 812 dead."
    )
    earlier, later = one(body, "812"), one(body, "1,262")
    assert earlier["attribution"]["source"] == later["attribution"]["source"] == "health ministry"
    assert earlier["as_of"] == "2020-03-05" < later["as_of"]


def test_a_count_earlier_the_same_day_is_the_count_before() -> None:
    body = (
        "The death toll climbed to 322 on Friday, officials said.\n\n"
        "Earlier on Friday the toll had been put at about 250."
    )
    earlier, later = one(body, "about 250"), one(body, "322")
    assert earlier["attribution"]["source"] == "officials"
    assert earlier["as_of"] < later["as_of"] == "2020-03-06"
    body = (
        "Police said in the morning that at least 15 people had died; by the afternoon the "
        "disaster centre put the figure at 70."
    )
    assert one(body, "at least 15")["as_of"] < one(body, "70")["as_of"]
    assert one(body, "70")["attribution"]["source"] == "disaster centre"
    # a value's own time right after it ("put it at 40 in the early hours"), and a later
    # time with the day's name ("by Saturday afternoon")
    body = (
        "The death toll climbed through the day. The security service put it at 40 in the "
        "early hours; by Saturday afternoon the committee was reporting 93."
    )
    assert one(body, "40")["as_of"] < one(body, "93")["as_of"]
    # a day's parts by the hour are no earlier counts
    body = "Fighting killed 12 people in the morning and 30 more in the afternoon."
    assert one(body, "12")["as_of"] == "2020-03-06"
    # a count a later one followed, "before" it: "39, according to the police, before the
    # governor gave the figure of 50"
    body = (
        "The toll rose to 39 in the early afternoon, according to the national police, before "
        "the governor gave the figure of 50."
    )
    assert one(body, "39")["as_of"] < one(body, "50")["as_of"] == "2020-03-06"


def test_the_day_a_count_was_announced_by_its_source_or_a_tally_closed_dates_it() -> None:
    body = "The figure is almost double the 59 injured announced by the city police on Tuesday."
    assert one(body, "59")["as_of"] == "2020-03-03"
    body = (
        "When the army wound up its search on March 2, its final tally was 1,129 bodies "
        "recovered. Five more victims later died in hospital, which brought the figure to "
        "1,134."
    )
    assert one(body, "1,129")["as_of"] == "2020-03-02"
    assert one(body, "1,134")["as_of"] == "2020-03-06"


def test_the_month_a_source_spoke_in_dates_its_count() -> None:
    # "said in mid-June that 61 had been killed", in a report of November
    body = "The Health Ministry said in mid-June that 61 people had been killed."
    assert one(body, "61", published="2019-11-18")["as_of"] == "2019-06"
    body = "The Health Ministry said in June that 61 people had been killed."
    assert one(body, "61", published="2019-11-18")["as_of"] == "2019-06"


def test_a_day_that_opens_a_sentence_before_a_clause_of_when_dates_the_statement() -> None:
    body = (
        "On Wednesday, when the fighting began in the Amron neighbourhood, officials said "
        "five officers had died."
    )
    assert one(body, "five")["as_of"] == "2020-03-04"


def test_the_day_of_a_finding_is_not_the_day_of_the_deaths() -> None:
    body = (
        "Clashes in the city on March 2 killed 18 people, officials said.\n\n"
        "A parliamentary commission concluded in December that 21 people had died."
    )
    # the story's event (left to the article's day), not December's
    assert one(body, "21").get("about") in (None, one(body, "18").get("about"))


def test_places_that_account_for_a_toll_s_parts_scope_them() -> None:
    body = (
        "The number of people killed in Norland rose to 72 on Tuesday, the ministry said, with "
        "Eastmark accounting for 56 deaths, Westmark 13 and Northmark three."
    )
    assert one(body, "72")["subject"] == "people killed"
    for figure, place in (("56", "Eastmark"), ("13", "Westmark"), ("three", "Northmark")):
        entry = one(body, figure)
        assert (entry["kind"], entry["place"]) == ("killed", place)
        assert entry["subject"] == f"people killed (in {place.lower()})"


def test_n_of_them_in_the_next_sentence_is_a_part_of_the_count_before() -> None:
    body = (
        "The prosecutors closed their count at 130 hostages dead. According to them, five of "
        "them were shot by the hostage-takers."
    )
    assert one(body, "five")["subject"].endswith("(among them)")
    assert not one(body, "130")["subject"].endswith("(among them)")
    # A part that names a party of its own is that party's count, no scope needed.
    body = (
        "The number of citizens killed is 295. One hundred and eighty six of them are "
        "military and 109 civilians."
    )
    entry = one(body, "One hundred and eighty six")
    assert entry["party"] == "military" and "among them" not in entry["subject"]


def test_the_places_of_a_scoped_toll_s_parts_are_parts_too() -> None:
    body = (
        "The government said 38 of the deaths were recorded at Central Hospital, three at "
        "Lok Hospital and 11 at Jag Hospital."
    )
    # (at sites: scoped by each site, as `places.site_parts` scopes them)
    for figure, site in (("three", "lok"), ("11", "jag")):
        entry = one(body, figure)
        assert (entry["kind"], entry["subject"]) == ("killed", f"people killed (at {site})")
    body = "Officials said 16 bodies are in the morgue in Eastport, 15 in Westby and 23 at Lima."
    assert [one(body, f)["kind"] for f in ("15", "23")] == ["killed", "killed"]


def test_a_part_after_and_with_its_verb_left_out_names_its_people() -> None:
    body = "Of the 53 dead, 40 were Veylanders and 13 Eastmarkers, according to the affidavit."
    entry = one(body, "13")
    assert entry["kind"] == "killed" and entry["subject"].endswith("(Eastmarkers)")
    body = "Of the 30 dead, 20 were soldiers and 10 civilians."
    assert (one(body, "10")["kind"], one(body, "10")["party"]) == ("killed", "civilians")


def test_where_the_people_of_a_count_of_no_kind_are_is_its_subject() -> None:
    body = (
        "A state spokesman said nearly 19,000 people were still stranded, while the disaster "
        "authority put the number at about 8,000."
    )
    assert [one(body, f)["subject"] for f in ("nearly 19,000", "about 8,000")] == [
        "people stranded",
        "people stranded",
    ]
    # ... still on a mountain cut off, or remaining where they are: stranded, and the count
    # another source puts the number at in the sentence after is theirs
    body = (
        "The team found that 4,000 to 5,000 people remained, an official said. Local leaders "
        "said at least 15,000 people were still on the mountain. A spokesman for the region "
        "put the number at about 20,000."
    )
    assert [one(body, f)["subject"] for f in ("4,000 to 5,000", "at least 15,000")] == [
        "people stranded"
    ] * 2
    assert one(body, "about 20,000")["subject"] == "people stranded"
    assert one("Some 300 people remained in hospital.", "Some 300")["subject"] != "people stranded"
    # How many a venue may hold is its capacity, whatever report gives it, no crowd.
    for body, figure in (
        ("The club had a permit for about 1,000 people.", "about 1,000"),
        ("The club was licensed to hold a maximum of 691 people.", "a maximum of 691"),
        ("The stadium has a capacity of 40,000 spectators.", "40,000"),
    ):
        assert (one(body, figure)["kind"], one(body, figure)["subject"]) == (
            "other",
            "people allowed",
        )
    # "N of us down there": those inside, by one of them.
    body = (
        "The government says 787 workers were underground when the fire broke out. "
        '"There were more than 1,000 of us down there," said one miner.'
    )
    assert one(body, "more than 1,000")["subject"] == "people inside"
    # Two kinds of people listed are everyone where they were, however a report lists them.
    body = (
        "A police official said about 500 students and teachers were believed to be inside "
        "the building. The army said about 1,100 students and staff had been in the school."
    )
    assert [one(body, f)["subject"] for f in ("about 500", "about 1,100")] == ["people inside"] * 2
    forces = one("About 40 soldiers and police were inside.", "About 40")
    assert forces["subject"] != "people inside"
    body = "Witnesses said more than 300 people were in the club when the fire broke out."
    assert one(body, "more than 300")["subject"] == "people inside"
    # ... or at a mosque, whatever its name ("at the Al Noor mosque")
    body = "Prosecutors said about 190 worshippers were at the Al Amron mosque when he fired."
    assert one(body, "about 190")["subject"] == "worshippers inside"
    # ... or at the station, the market, the square where it struck: those present
    body = "He said about 3,500 people had been at the station at the time of the attack."
    assert one(body, "about 3,500")["subject"] == "people inside"
    # People of no place or state say nothing more than "people".
    assert one("Organisers said 5,000 people came.", "5,000")["subject"] == "people"
    # Those a craft carries are aboard it, however it is put.
    body = (
        "A hotline said it had been alerted to a boat carrying about 750 people. The coast "
        "guard said about 400 people were on board, and a ferry with 90 people aboard came."
    )
    assert [one(body, f)["subject"] for f in ("about 750", "about 400", "90")] == [
        "people aboard"
    ] * 3


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        (
            "A union leader said nearly 4,000 workers had been inside when the building fell.",
            "nearly 4,000",
            "workers inside",
        ),
        (
            "About 2,500 workers were working in four garment factories housed in the building.",
            "About 2,500",
            "workers inside",
        ),
        ("Some 600 students were in the school at the time.", "Some 600", "students inside"),
        # a relative clause; a mine's tunnel; men counted where they were
        (
            "Of the 26 workers who were inside the tunnel at the time, 11 were rescued.",
            "26",
            "workers inside",
        ),
        ("Between 35 and 40 men were inside the tunnel.", "Between 35 and 40", "men inside"),
        # a mine's galleries, its miners underground, its gold panners
        ("About 85 miners had been working in the galleries.", "About 85", "miners inside"),
        (
            "More than 75 miners were underground when it collapsed.",
            "More than 75",
            "miners inside",
        ),
        ("Some 55 gold panners were inside the galleries.", "Some 55", "gold panners inside"),
        # People present must be somewhere: a count of workers alone is of no one present.
        ("About 2,500 workers joined the union.", "About 2,500", "workers"),
    ],
)
def test_people_present_where_it_happened_are_counted_as_present(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_bodies_a_place_of_care_its_sentence_names_received_are_its_part() -> None:
    body = (
        "At Westby University Hospital, the largest in the province, director Dr Ann Lee said "
        "his staff had received 14 bodies on Saturday night."
    )
    assert one(body, "14")["subject"] == "people killed (one hospital)"


def test_a_total_brought_to_a_figure_carries_on_the_count_named_before() -> None:
    body = (
        "Of the 293 people in the tower, 70 died, Commander Ivan Petrov told reporters. A baby "
        "stillborn in hospital is also counted as a victim, bringing the total to 71."
    )
    entry = one(body, "71")
    assert entry["kind"] == "killed"
    assert source(entry)[0] == "Commander Ivan Petrov"  # the count he gave, carried on
    body = (
        "At least 178 people were killed, a doctor said. The state government says its "
        "official figure is 162."
    )
    assert one(body, "162")["kind"] == "killed"
    # A sentence that breaks the toll down gives its speaker's parts.
    body = (
        "The reconstruction authority put the final toll at 73,338. Of the dead, 46,570 were "
        "in Eastmark and 26,768 in Westby."
    )
    assert [source(one(body, f))[0] for f in ("46,570", "26,768")] == [
        "reconstruction authority"
    ] * 2
    # A count lowered or raised is the count just named.
    body = (
        "The sheriff said 527 people had been injured; two days later the department lowered "
        "the count to 489."
    )
    assert one(body, "489")["kind"] == "injured"
    # The total of what was just counted, not of a toll before it.
    body = "Police said 12 died. Rescuers pulled 20 people out, bringing the total to 45."
    assert one(body, "45")["kind"] != "killed"
    # A source's own figure revised, the official figure named again, a rival that counts a
    # bare number: the toll named before.
    body = (
        "The government said 41 people were dead. Later the UN put the toll at 52. In June the "
        "government revised its own figure to 48, saying some bodies were counted twice."
    )
    assert one(body, "48")["kind"] == "killed"
    body = "Rights groups said 900 people were detained, twice the official figure of 430."
    assert one(body, "430")["kind"] == "detained"
    body = (
        "The health ministry lists 67 people killed in the capital. A victims' association, "
        "however, counts 69."
    )
    assert one(body, "69")["kind"] == "killed"


def test_the_dead_by_nationality_as_a_source_breaks_them_down() -> None:
    body = (
        "The crash killed all 150 people on board. The airline said 72 of the dead were "
        "German, nearly half of the total, and put the number of Spaniards at 49. Sixteen "
        "pupils and two teachers from a school in Westby were among the victims."
    )
    got = {f: (one(body, f)["kind"], one(body, f).get("party")) for f in ("72", "49", "Sixteen")}
    assert got == {
        "72": ("killed", "German"),  # a people's word after "were"
        "49": ("killed", "Spaniards"),  # "the number of Spaniards", not the Germans before
        "Sixteen": ("killed", "pupils"),  # among the victims of the deaths just counted
    }
    # Among the victims of no deaths counted are people of no toll.
    assert one("A storm hurt 20. Six pupils were among the victims.", "Six")["kind"] == "other"


def test_a_country_s_toll_then_others_gapped_after_it_are_each_their_own() -> None:
    body = "Peru has reported 305 dead, Chile 199, Bolivia 182 and Ecuador 120."
    got = [(e["figure"], e["kind"], e.get("place"), source(e)[0]) for e in claims(body)]
    assert got == [
        ("305", "killed", "Peru", "Peru"),
        ("199", "killed", "Chile", "Chile"),
        ("182", "killed", "Bolivia", "Bolivia"),
        ("120", "killed", "Ecuador", "Ecuador"),  # a country before a number names no road
    ]
    body = "Peru reported 65 dead and the Maldives 52."
    assert (one(body, "52").get("place"), source(one(body, "52"))[0]) == ("Maldives", "Maldives")
    # A name before a number that is no country still names something: "Route 7".
    assert claims("Officials closed Route 7 after the floods.") == []


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("The government says about 4,800 people remain in the camps.", "about 4,800",
         "people displaced (in camps)"),
        ("About 2,000 people from the attacked villages were staying in camps near the city.",
         "About 2,000", "people displaced (in camps)"),
        ("Some 600 refugees remain in a camp near the border.", "Some 600",
         "people displaced (in camps)"),
        # How many moved, not how many stay there now.
        ("About 100,000 refugees crossed the border, where they were housed in camps.",
         "About 100,000", "people displaced"),
        ("About 700 people were evacuated to shelters.", "About 700", "people displaced"),
        # Another fate in the camp.
        ("At least 30 people were killed in the camp.", "At least 30", "people killed"),
    ],
)  # fmt: skip
def test_people_still_in_camps_are_displaced_scoped_in_camps(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_part_whose_predicate_is_a_participle_has_no_party() -> None:
    body = (
        "Thirty-four miners were killed. Seventeen of the dead were shot at the first scene. "
        "The other 17 died at a second site."
    )
    found = {e["figure"]: e for e in claims(body)}
    assert "party" not in found["Seventeen"]
    assert found["Seventeen"]["subject"] == "people killed (shot at the first scene)"
    # the rest of a count is a part of it, never its rival
    assert found["17"]["subject"] == "people killed (the others)"
    assert one("The remaining 12 soldiers were wounded.", "12")["subject"] == (
        "soldiers injured (the others)"
    )


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("The union placed the number of media workers slain at no less than 27.",
         "media workers"),
        ("The ministry put the number of dead soldiers at 27.", "soldiers"),
        # no people: a place, a verb
        ("The number of dead in Eastport rose to 27.", None),
        ("The ministry put the number of confirmed deaths at 27.", None),
    ],
)  # fmt: skip
def test_the_number_of_people_put_at_a_figure_names_its_party(body: str, party: str) -> None:
    assert claims(body)[0].get("party") == party


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # everyone who came for medical help, hurt or not: wider than the injured
        (
            "The ministry's figure of more than 1,500 counted everyone who sought treatment.",
            "more than 1,500",
            "people injured (sought medical help)",
        ),
        # ... but the number of people who sought medical assistance is the injured's count
        (
            "The number of people who sought medical assistance after the rally has risen to "
            "508, the ministry said.",
            "508",
            "people injured",
        ),
        ("Around 500 people were wounded by gunfire.", "Around 500", "people injured"),
        # the dead handed over to their families, and those who died at the scene: parts
        (
            "The bodies of 64 people have been handed over to relatives for burial.",
            "64",
            "people killed (handed over to families)",
        ),
        (
            "Five people were shot dead at the scene. A sixth died of his wounds on Tuesday.",
            "Five",
            "people killed (at the scene)",
        ),
        ("Three people were killed on the spot.", "Three", "people killed (at the scene)"),
        # ... and the dead taken from the scene straight to their families' homes
        (
            "A source told the paper 79 people had died, saying 11 bodies had been taken "
            "directly from the stadium to the families' homes.",
            "11",
            "people killed (handed over to families)",
        ),
        # ... not those detained there
        (
            "The police detained 11 suspects at the scene.",
            "11",
            "suspects detained",
        ),
    ],
)
def test_who_came_for_help_and_parts_of_the_dead_are_scoped(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_people_who_remain_in_medical_institutions_are_injured_in_hospital() -> None:
    body = (
        "As of Saturday afternoon 448 persons, of them 248 children, remain in the medical "
        "institutions of the city."
    )
    assert one(body, "448")["subject"] == "people injured (in hospital)"


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("The attack left 22 people dead - 20 hostages and two police officers.",
         {"20": "hostages killed", "two": "police officers killed"}),
        ("The ministry said 17 of the slain hostages were foreigners - nine Eastmarkers and "
         "seven Westlanders.", {"nine": "killed", "seven": "killed"}),
    ],
)  # fmt: skip
def test_a_breakdown_after_a_dash_is_of_the_toll_before_it(
    body: str, parts: dict[str, str]
) -> None:
    found = {e["figure"]: e for e in claims(body)}
    for figure, subject in parts.items():
        # (a part of people of no side, as invented peoples read, is scoped among them)
        assert found[figure]["subject"].removesuffix(" (among them)").endswith(subject)
    # a clause of its own after the dash is no breakdown
    body = "Police killed 12 militants - the army said 30 - in the raid."
    assert one(body, "30")["kind"] == "other"


def test_a_force_that_lost_its_men_gives_them_its_people() -> None:
    body = "Latvian forces had lost more than 200 servicemen in the fighting."
    assert one(body, "more than 200")["party"] == "Latvian servicemen"


def test_the_dead_among_the_civilian_population_are_civilians() -> None:
    body = (
        "The press service informs that among the civilian population 1 person perished and "
        "3 persons received injuries."
    )
    found = {e["figure"]: e for e in claims(body)}
    assert found["1"]["subject"] == "civilians killed"
    assert found["3"]["subject"] == "civilians injured"
    assert source(found["1"])[0] == "press service"


def test_people_all_of_whom_were_killed_are_dead() -> None:
    body = (
        "Investigators now believe three gunmen carried out the attack on the cafe, all of whom "
        "were killed in the army's raid the next morning."
    )
    entry = one(body, "three")
    assert (entry["kind"], entry["party"]) == ("killed", "gunmen")
    assert one("The army said 12 soldiers were on patrol, all of whom died.", "12")["kind"] == (
        "killed"
    )
    # What all of them are, or a fate that is no toll, leaves the count as it was.
    assert one("About 40 guards were on duty, all of them armed.", "About 40")["kind"] != "killed"
    body = "Police arrested 30 people, all of whom were later released."
    assert one(body, "30")["kind"] == "detained"


def test_people_listed_after_a_toll_that_add_up_to_it_are_its_parts() -> None:
    body = "At least 14 citizens had been killed, six servicemen and eight civilians."
    found = claims(body)
    assert [(e["figure"], e["kind"], e.get("party")) for e in found] == [
        ("At least 14", "killed", "citizens"),
        ("six", "killed", "servicemen"),
        ("eight", "killed", "civilians"),
    ]
    assert all(e["subject"].endswith("(among them)") for e in found[1:])
    # Counts with a verb of their own are not its parts.
    body = "Twelve people were killed, five soldiers and four civilians were wounded."
    assert [e["kind"] for e in claims(body)][1:] == ["injured", "injured"]


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        ("The death toll rose to 38. The victims included 15 foreign nationals.", "15",
         "killed", "foreign nationals"),
        ("The bombing killed 33 people. Among the victims were 15 foreigners.", "15", "killed",
         "foreigners"),
        ("Among the slain hostages were 14 foreigners.", "14", "killed", "foreigners"),
        ("Among the injured were 12 children.", "12", "injured", "children"),
        # Who is among the suspects is no part of the dead.
        ("The bombing killed 33 people. Among the suspects were 12 foreigners.", "12", "other",
         None),
    ],
)  # fmt: skip
def test_among_the_victims_were_people_of_the_toll(
    body: str, figure: str, kind: str, party: str | None
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party")) == (kind, party)


def test_decedents_are_the_dead_and_it_rose_is_the_toll_named_before() -> None:
    assert one("The county counted 84 decedents.", "84")["kind"] == "killed"
    body = "Police first said 71 had died, before revising the figure to 58. It later rose to 59."
    assert one(body, "59")["kind"] == "killed"
    assert one("Sales were strong. It later rose to 59 dollars.", "59")["kind"] == "other"
    # the toll named with no figure, then its level
    body = "The death toll from the floods has risen again. It now stands at 45."
    assert one(body, "45")["kind"] == "killed"
    body = "Officials updated the number of people injured. It has reached 300."
    assert one(body, "300")["kind"] == "injured"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("At the port, rescuers pulled nearly three dozen bodies from the rubble overnight.",
         "nearly three dozen", "people killed (more)"),
        ("Rescuers pulled 30 bodies from the rubble on Tuesday, bringing the toll to 130.", "30",
         "people killed (more)"),
        # Bodies found with no spell of time are the dead found there, not a day's search
        ("Police found 40 bodies in the river.", "40", "people killed"),
        # nor is the day a speaker gave the count the spell of the search
        ("Officials said on Friday that 78 bodies had been recovered from the wreck.", "78",
         "people killed"),
        # nor the day of a part the clause names after "including"
        ("Twelve bodies have been recovered, including some that washed up on Thursday.",
         "Twelve", "people killed"),
    ],
)  # fmt: skip
def test_bodies_recovered_in_a_spell_are_a_rise_of_the_toll(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        ("The number of injured, given as 1,940 at the end of May, has been revised up.",
         "1,940", "injured"),
        ("The number of displaced, estimated at 40,000 last week, has doubled.", "40,000",
         "displaced"),
        ("The death toll, put at 90 on Monday, rose to 120 on Tuesday.", "90", "killed"),
    ],
)  # fmt: skip
def test_a_count_given_as_a_figure_in_an_aside_is_that_count(
    body: str, figure: str, kind: str
) -> None:
    assert one(body, figure)["kind"] == kind


def test_the_dead_and_the_missing_counted_together_are_neither_toll() -> None:
    for body, figure in (
        ("The assessment puts the number of dead and missing at 4,410.", "4,410"),
        ("The cyclone left 4,400 dead or missing, the assessment found.", "4,400"),
    ):
        entry = one(body, figure)
        assert (entry["kind"], entry["subject"]) == ("other", "dead or missing"), body


def test_the_day_a_count_was_given_as_a_value_is_the_day_of_that_count() -> None:
    body = (
        "Officials said some 3,000 people were injured. The number of injured, given as "
        "1,940 at the end of January, has also been revised upward."
    )
    entry = one(body, "1,940", published="2020-02-10")
    assert entry["kind"] == "injured"
    assert entry["as_of"] == "2020-01"


@pytest.mark.parametrize(
    "body",
    [
        "Peru lost 312 pilgrims in the crush at the shrine.",
        "Peru, the region's largest country, lost the most pilgrims, with 312 dead.",
    ],
)
def test_a_country_that_lost_its_nationals_counts_a_part_of_the_toll(body: str) -> None:
    from crosscheck.parties import read_party

    entry = one(body, "312")
    assert entry["kind"] == "killed"
    assert read_party(entry["party"]).groups == ("country:PE",)


def test_the_figure_of_a_count_is_the_toll_its_sentence_named_not_the_sentence_before_s() -> None:
    body = (
        "The government has said 900,000 people were displaced.\n\n"
        "Officials rejected the findings. The count of the dead has risen: it stood at "
        "31,000 in January and at 42,000 in February, before the prime minister announced "
        "the figure of 61,200 at a ceremony."
    )
    assert one(body, "61,200")["kind"] == "killed"
    # With no toll before it in its sentence, the count of the sentence before.
    body = "Officials said 1,500 people were displaced. Later they gave the figure of 2,100."
    assert one(body, "2,100")["kind"] == "displaced"


def test_passengers_and_crew_of_a_craft_no_one_survived_are_parts_of_its_dead() -> None:
    # Said in the lead; the later paragraphs count those aboard by their role and nationality
    # with no word of the crash: they are the dead, parts of the toll, never its rivals.
    body = (
        "A Norland Air jet was shot down over the hills on Thursday, killing everyone on "
        "board.\n\nThe Boeing had 183 passengers, including three infants, and 12 crew on "
        "board, the airline said.\n\nOn Friday the airline said 94 of the passengers were "
        "Peruvian, 21 Chilean and 13 Bolivian. According to the agency, the aircraft "
        "transported 182 passengers and six members of crew."
    )
    got = {e["figure"]: (e["kind"], e.get("party"), e["subject"]) for e in claims(body)}
    assert got["183"] == ("killed", "passengers", "passengers killed")
    assert got["12"][:2] == ("killed", "crew")
    assert got["six"][:2] == ("killed", "crew")
    assert got["182"][:2] == ("killed", "passengers")
    for figure, people in (("three", "infants"), ("94", "Peruvian"), ("21", "Chilean")):
        kind, party, subject = got[figure]
        assert (kind, party) == ("killed", people) and subject.endswith("(among them)"), figure
    # Without word that no one survived, those aboard stay a count of their own.
    body = "The Boeing had 183 passengers and 12 crew on board, the airline said."
    assert {e["kind"] for e in claims(body)} == {"other"}


def test_the_number_put_in_the_camps_is_of_those_in_camps() -> None:
    body = (
        "The state government says some 9,800 people are living in relief camps. Relief "
        "workers put the number in the camps at more than 15,000."
    )
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert found["some 9,800"] == found["more than 15,000"] == "people displaced (in camps)"


def test_refugees_a_population_is_said_to_include_are_hosted() -> None:
    body = (
        "The blast comes as Norland, a country of more than 6 million people, including "
        "about 1 million Westbian refugees, grapples with a severe crisis."
    )
    entry = one(body, "about 1 million")
    assert (entry["kind"], entry["subject"]) == ("displaced", "Westbian displaced (hosted)")


def test_a_toll_told_name_by_name_with_its_noun_said_once() -> None:
    body = (
        "Westby lost the most pilgrims, with 464 dead. It was followed by Eastmark with 305, "
        "Norland with 199 and Southport with 129."
    )
    assert [e["kind"] for e in claims(body) if e["kind"] != "date"] == ["killed"] * 4
    same = "Most died in the north, where the ministry counted 394, and in Lakeside, with 254."
    assert one(same, "254")["kind"] == "killed"
    # With no toll before it, a name "with" a figure counts nothing said.
    assert one("The team from Westby finished with 20 points.", "20")["kind"] != "killed"


def test_the_people_a_toll_includes_are_of_the_dead() -> None:
    body = (
        "The revised toll, which follows a long search for the families, includes 14 staff "
        "members, 24 patients and 4 caretakers."
    )
    assert [e["kind"] for e in claims(body)] == ["killed"] * 3
    assert one("The package includes 14 trucks and 3 planes.", "14")["kind"] == "other"


def test_a_running_toll_listed_with_before_passing() -> None:
    body = (
        "The toll rose quickly, from about 1,000 on the night of 25 April to 2,500 the next "
        "day and more than 4,000 by 27 April, before passing 7,000 within a week and 8,000 "
        "by mid-May."
    )
    assert one(body, "7,000")["kind"] == "killed"
    assert one(body, "8,000")["kind"] == "killed"


def test_a_toll_over_separate_attacks_is_a_quantity_of_its_own() -> None:
    body = "At least 62 soldiers were killed in four separate attacks in the region last week."
    entry = one(body, "At least 62")
    assert entry["subject"] == "soldiers killed (separate events)"
    # ... and the week's toll the story's event comes in
    body = (
        "The strike comes in a week in which at least 64 civilians have been killed in "
        "airstrikes and shelling across the province, the UN said."
    )
    assert one(body, "at least 64")["subject"] == "civilians killed (separate events)"
    # one attack's toll, and twin bombings (one event's parts), are the event's
    assert one("Gunmen killed 21 soldiers in an attack on the post.", "21")["subject"] == (
        "soldiers killed"
    )
    assert one("Twin bombings killed 40 people in the city.", "40")["subject"] == "people killed"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # arrivals of an influx: the displaced, all of them ("new" is no rise here)
        ("With as many as 2,500 people crossing on Monday, the camp is full.",
         "as many as 2,500", "people displaced"),
        ("UNHCR said 14,200 new arrivals had been registered.", "14,200", "people displaced"),
        # a rate is a quantity of its own; "a day after" is a time
        ("Arrivals slowed to between 300 and 500 people a day this week.",
         "between 300 and 500", "people displaced (a day)"),
        ("Some 300 people a week are fleeing the town.", "Some 300", "people displaced (a week)"),
        ("The toll rose to 40 a day after the attack.", "40", "people killed"),
        # a year's rate, the background of an accident's story: no rival of its toll
        ("Road accidents kill more than 1,300 people a year in Norland.", "more than 1,300",
         "people killed (a year)"),
        ("Floods kill about 270 people annually.", "about 270", "people killed (a year)"),
        ("Some 90 died a year ago.", "Some 90", "people killed"),
        ("A year-long war killed 4,100 people.", "4,100", "people killed"),
        # those someone shares a room with are no count of the event
        ("She slept in one house with 30 other refugees.", "30", "other"),
        ("He was killed along with 12 other soldiers.", "12", "soldiers killed"),
    ],
)  # fmt: skip
def test_arrivals_rates_and_those_who_share_a_room(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("In a separate accident on Monday, seven people died when a minibus overturned.",
         "people killed (another event)"),
        ("In another attack on a market, 7 people died.", "people killed (another event)"),
        # an earlier event the story's is dated by
        ("The stampede came days after a crane collapse at the mosque killed 111 people.",
         "people killed (another event)"),
        # other words on the story's event
        ("Separately, the ministry said seven people died.", "people killed"),
        # an event the story recalls as like it: "a similar attack", "an earlier blast"
        ("A similar attack on a wedding party in the province killed 23 people.",
         "people killed (another event)"),
        ("An earlier blast at the market killed at least 8.", "people killed (another event)"),
        ("In a statement, police said seven people died.", "people killed"),
    ],
)  # fmt: skip
def test_a_sentence_that_opens_on_another_event_counts_its_toll(body: str, subject: str) -> None:
    assert [e["subject"] for e in claims(body)] == [subject]


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("A boat carrying about 880 people capsized.", "about 880", "people aboard"),
        # words of when between the verb and the count; the manifest's count
        (
            "The craft was carrying at the moment of the shipwreck 203 passengers.",
            "203",
            "passengers aboard",
        ),
        ("An official said the boat's manifest listed 112 passengers.", "112", "passengers aboard"),
        # who travelled in it; the number on board a source puts at a figure
        (
            "As many as 1,200 passengers were travelling in the 16 coaches of the train.",
            "As many as 1,200",
            "passengers aboard",
        ),
        (
            "The passengers' association put the number on board at between 1,000 and 1,300.",
            "between 1,000 and 1,300",
            "people aboard",
        ),
        # who boarded it; the number of people on board a source puts at a figure
        (
            "Between 100 and 110 people had boarded the boat on the beach.",
            "Between 100 and 110",
            "people aboard",
        ),
        (
            "The agency now puts the number of people on board at between 70 and 80.",
            "between 70 and 80",
            "people aboard",
        ),
        # what a truck carries for people is no one aboard
        ("A truck carrying aid for 300 people arrived.", "300", "people"),
        # migrants a boat carries, whoever they are; people on the boat
        (
            "The boat left on Tuesday carrying about 75 migrants of various African and Asian "
            "nationalities.",
            "about 75",
            "migrants aboard",
        ),
        ("Survivors said between 110 and 120 people were on the boat.", "between 110 and 120",
         "people aboard"),
    ],
)  # fmt: skip
def test_those_a_craft_carries_are_aboard(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_tolls_listed_by_places_the_gazetteer_lacks_are_scoped_apart() -> None:
    # Places the gazetteer knows: each toll is of its own place, as another report gives it
    body = "At least 429 people were killed in Aleppo, 579 in Latakia and 146 in Hama."
    assert [(e["place"], e["subject"]) for e in claims(body)] == [
        ("Aleppo", "people killed"),
        ("Latakia", "people killed"),
        ("Hama", "people killed"),
    ]
    # ... a place it does not know is grouped with the article's others: each is scoped,
    # so that one place's toll is never the rival of another's or of the whole
    body = "A spokesman said 105 people had died in Qorawasi district and 52 in neighbouring Ulmet."
    assert [(e["place"], e["subject"]) for e in claims(body)] == [
        ("Qorawasi", "people killed (in qorawasi)"),
        ("Ulmet", "people killed (in ulmet)"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Qorawasi, a district of about 190,000 people, was the worst hit, with 36 dead.",
        "Floods swept the region, and Qorawasi was the hardest hit, with 36 dead.",
    ],
)
def test_the_toll_of_the_worst_hit_place_is_a_part(body: str) -> None:
    entry = one(body, "36")
    assert (entry["place"], entry["subject"]) == ("Qorawasi", "people killed (in Qorawasi)")


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        (
            "The governor said 259 pupils remained in captivity.",
            "259",
            "pupils hostages (still held)",
        ),
        ("Gunmen are still holding 40 hostages.", "40", "people hostages (still held)"),
        ("Kidnappers abducted 40 people on Monday.", "40", "people hostages"),
    ],
)
def test_hostages_still_held_are_a_part_of_those_taken(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_what_a_hospital_s_register_showed_is_that_hospital_s_count() -> None:
    body = (
        "A doctor said 26 bodies were received at his hospital, while the register of Westby "
        "General Hospital showed 12, including two who died during treatment."
    )
    assert one(body, "12")["subject"] == "people killed (one hospital)"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # a whole state's count over its events, past the list of them, or opening the sentence
        ("Since 17 March, more than 230 civilians have been killed in air strikes, drone "
         "attacks and shelling across the state.", "more than 230", "civilians killed (area-wide)"),
        ("Across the region, 40 people died in the floods.", "40", "people killed (area-wide)"),
        # another noun's words after an apposition, or a state's border, scope nothing
        ("The strike killed 71 people in the market, the worst attack across the region this "
         "year.", "71", "people killed"),
        ("Fighting across the state border killed 12.", "12", "people killed"),
    ],
)  # fmt: skip
def test_a_toll_across_a_whole_state_is_its_own_quantity(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_relative_clause_about_the_subject_dates_and_scopes_nothing() -> None:
    body = "The militia, which has held Westby since mid-2023, raised its own estimate to 120 dead."
    entry = one(body, "120")
    assert (entry["subject"], entry.get("about"), source(entry)[0]) == (
        "people killed",
        None,
        "militia",
    )
    # a period of the figure's own clause still scopes it
    body = "The group, which was founded in 2010, says 300 people have died since 2015."
    assert one(body, "300")["subject"] == "people killed (cumulative)"


def test_an_outbreak_s_deaths_are_its_toll() -> None:
    title = "Dengue outbreak: 120 deaths this year, ministry says"
    body = (
        "Chile has recorded 120 dengue deaths and more than 25,000 hospitalisations so far "
        "this year, the health ministry said on Sunday. In the past 24 hours alone, 1,200 new "
        "cases were reported. The directorate said 14 people had died in that period.\n\n"
        "Doctors say at least 200 people have died of dengue this year."
    )
    entry = one(body, "120", title=title, published="2023-09-10")
    assert (entry["subject"], source(entry)[0]) == ("people killed", "health ministry")
    assert one(body, "more than 25,000", title=title)["kind"] == "injured"
    assert one(body, "1,200", title=title)["subject"] == "people infected (more)"
    assert one(body, "14", title=title)["subject"] == "people killed (more)"
    assert one(body, "at least 200", title=title)["subject"] == "people killed"
    # after a flood, the deaths of a disease are a quantity of their own
    body = "Floods killed 40 people. Since then 318 people have died of cholera."
    assert one(body, "318", title="Floods kill 40")["subject"] == "people killed (disease)"


def test_another_speaker_s_bare_count_is_of_no_party_the_clause_before_named() -> None:
    body = (
        "Officials said the attack was carried out by about 300 fighters, including rebels, "
        "and the army reported 189 dead."
    )
    assert one(body, "189")["subject"] == "people killed"


def test_a_number_put_closer_to_a_figure_names_no_people_closer() -> None:
    body = "Officially, 180 were wounded. Researchers put the number of wounded closer to 300."
    assert one(body, "300")["subject"] == "people injured"


def test_bodies_recovered_so_far_are_a_part_of_the_toll() -> None:
    body = "Only six bodies have been recovered so far, provincial officials said."
    assert one(body, "six")["subject"] == "people killed (recovered so far)"
    # bodies recovered with no word of "so far" are the dead found, as before
    body = "Rescuers have recovered 40 bodies from the river."
    assert one(body, "40")["subject"] == "people killed"
    # bodies exhumed from graves are the dead found yet, however the sentence puts it
    body = "Forensic teams have exhumed 47 bodies from mass graves near the town."
    assert one(body, "47")["subject"] == "people killed (recovered so far)"
    assert one("Teams exhume 47 bodies", "47")["subject"] == "people killed (recovered so far)"


def test_an_acronym_s_estimate_is_its_own() -> None:
    body = "The centre said more than 2,000 people were buried, far above the UN estimate of 670."
    assert source(one(body, "670")) == ("UN", ["centre"])


def test_a_spell_scopes_only_the_count_of_its_own_clause() -> None:
    body = (
        "The death toll has risen to 1,061 since mid-June, including 28 deaths in the past 24 "
        "hours, the agency said."
    )
    assert one(body, "1,061")["subject"] == "people killed"
    assert one(body, "28")["subject"] == "people killed (more)"


def test_the_worst_hit_place_and_the_next_are_parts_and_camps_hold_the_displaced() -> None:
    body = (
        "The toll rose to 1,061. Eastmark province has been the worst hit, with 347 deaths, "
        "followed by Westby with 238. More than 33 million people have been affected, and "
        "about 500,000 are living in relief camps."
    )
    assert one(body, "347")["subject"] == "people killed (in Eastmark)"
    assert one(body, "238")["subject"] == "people killed (in Westby)"
    assert one(body, "about 500,000")["subject"] == "people displaced (in camps)"


@pytest.mark.parametrize("currency", ["lei", "rupees", "naira", "shillings", "dinars"])
def test_an_amount_in_a_currency_named_after_it_is_no_toll(currency: str) -> None:
    """ "an emergency aid of 50,000 lei to the families of the deceased": money, near a toll's
    words."""
    body = (
        "The toll rose to 14. The government approved an emergency aid of 50,000 "
        f"{currency} to the families of the deceased."
    )
    assert one(body, "50,000")["kind"] == "other"


@pytest.mark.parametrize(
    "body",
    [
        "Westby district has now recorded 17 suspected heat deaths.",
        "There have been 17 heat-related deaths in Westby this week.",
    ],
)
def test_what_the_dead_died_of_is_no_party(body: str) -> None:
    assert "party" not in one(body, "17")


def test_a_toll_so_far_in_a_year_is_the_year_s() -> None:
    body = "The agency has recorded more than 1,150 deaths on the route so far in 2025."
    assert one(body, "more than 1,150")["subject"] == "people killed (this year)"


def test_a_part_named_alone_before_the_figure_is_a_scope() -> None:
    body = "The director said his hospital alone had received 21 bodies on Monday."
    assert one(body, "21")["subject"] == "people killed (one hospital)"


def test_a_toll_of_one_of_the_places_an_event_struck_is_scoped() -> None:
    body = (
        "In Westby, one of the worst-hit villages, residents said 120 people were killed and "
        "that bodies were left in the open."
    )
    entry = one(body, "120")
    assert (entry["subject"], entry["place"]) == ("people killed (in Westby)", "Westby")
    # (a place with no such words is the event's own)
    assert one("In Westby, residents said 120 people were killed.", "120")["subject"] == (
        "people killed"
    )


def test_one_grave_s_dead_are_a_part_of_the_toll() -> None:
    body = "The official said a trench dug in the grounds of the church held 57 bodies."
    assert one(body, "57")["subject"] == "people killed (one grave)"
    assert one("He said 280 people had been buried in mass graves.", "280")["subject"] == (
        "people killed"
    )


def test_a_body_s_count_of_its_staff_is_of_its_staff() -> None:
    body = "Eastport Relief said 10 of its staff, including a doctor, were killed."
    assert one(body, "10")["subject"] == "Eastport Relief staff killed"


def test_a_breakdown_of_the_dead_in_quotes_and_commas_gives_each_part_its_people() -> None:
    body = (
        'According to the official breakdown, 94 of the dead were "terrorists," 31 were '
        "servicemen and police, and 62 were civilians who, officials insist, were killed by "
        "the militants."
    )
    assert [one(body, n).get("party") for n in ("94", "31", "62")] == [
        "terrorists",
        "servicemen",
        "civilians",
    ]


def test_the_people_a_toll_is_among_are_its_party() -> None:
    body = (
        "The records of the medical centre list 666 deaths and more than 3,000 wounded among "
        "government forces."
    )
    assert one(body, "666").get("party") == "government forces"
    assert one(body, "more than 3,000").get("party") == "government forces"
    # "among the dead" names no people, nor does a count of its own
    assert one("Three were found among the dead.", "Three").get("party") is None
    body = "There were 40 deaths among the 300 passengers."
    assert one(body, "40").get("party") is None


def test_the_dead_and_the_missing_presumed_dead_are_the_toll() -> None:
    body = (
        "Seventy-nine people are now believed to have died or are missing, presumed dead, "
        "after the fire, the police said."
    )
    assert one(body, "Seventy-nine")["kind"] == "killed"
    assert (
        one("The police said 79 people were dead or missing, presumed dead.", "79")["kind"]
        == "killed"
    )
    # ... but the dead and the missing alone are neither toll
    assert one("The quake left 4,400 dead or missing.", "4,400")["kind"] == "other"


def test_the_latest_figure_up_from_an_earlier_one_is_the_toll_before() -> None:
    body = (
        "Seventy-nine people are dead. The commander said the latest figure, up from 58 on "
        "Wednesday, was heartbreaking."
    )
    assert one(body, "58")["kind"] == "killed"
    assert one(body, "58")["as_of"] < one(body, "Seventy-nine")["as_of"]


def test_a_search_wound_up_and_a_toll_gate_count_no_one() -> None:
    body = "When the army wound up its search, its final tally was 1,129 bodies recovered."
    assert one(body, "1,129")["kind"] == "killed"
    body = "The general said that a team of 12 soldiers was deployed to the toll gate."
    assert one(body, "12")["kind"] == "troops"


def test_an_official_figure_revised_and_estimates_that_run_to_a_number_are_the_toll() -> None:
    body = (
        "The government's first death toll, announced that night, was 19. The official figure "
        "was later revised to 158, but others put the number of dead as high as 620."
    )
    entry = one(body, "158")
    assert (entry["kind"], source(entry)[0]) == ("killed", "government")
    body = (
        "Residents say as many as 480 died in Westby alone. Some estimates, circulated by "
        "student leaders, run to 620. Other estimates range up to 840."
    )
    assert [one(body, f)["kind"] for f in ("620", "up to 840")] == ["killed", "killed"]
    # "estimated it at": the count of the sentence before, here a crowd
    body = (
        "The police have put the crowd at the station at 18,000. But our reporter and other "
        "eyewitnesses estimated it at between 4,000 and 6,000."
    )
    assert one(body, "between 4,000 and 6,000")["kind"] == "crowd"
    # estimates of nothing counted before count nothing
    assert one("Some estimates run to 620.", "620")["kind"] == "other"


def test_a_figure_set_against_another_s_is_of_the_toll_its_own_sentence_names() -> None:
    body = (
        "An official said some 230 pilgrims are unaccounted for. Another official said the "
        "number of pilgrims who lost their lives is far higher than the 641 announced by the "
        "authorities, and may have reached some 3,900."
    )
    low, high = one(body, "641"), one(body, "some 3,900")
    assert (low["kind"], high["kind"]) == ("killed", "killed")  # not the missing before
    # the authorities gave the 641; the speaker who set it against them, the 3,900
    assert (source(low)[0], source(high)[0]) == ("authorities", "Another official")


def test_a_toll_listed_place_by_place_between_semicolons_is_of_the_toll_s_kind() -> None:
    body = (
        "At Westby, 47 people were killed; 33 died in the train at Calle Mayor, just short of "
        "the terminus; 24 in Eastport station; and 12 at Santa Ana."
    )
    found = {e["figure"]: e["kind"] for e in claims(body)}
    assert found == {"47": "killed", "33": "killed", "24": "killed", "12": "killed"}
    # a count of another kind after a semicolon is its own
    body = "Police said 30 people were killed in Lima; 200 were arrested in Cusco."
    assert one(body, "200")["kind"] == "detained"


def test_the_injured_in_a_condition_named_right_after_them_are_those_in_it() -> None:
    body = "About 700 people were injured. Hospitals reported 31 people in a critical condition."
    assert one(body, "31")["subject"] == "people injured (critically)"
    body = "About 700 people were injured. Hospitals said 19 people were in critical condition."
    assert one(body, "19")["subject"] == "people injured (critically)"


def test_a_further_count_of_another_kind_than_the_toll_before_it_is_all_of_them() -> None:
    body = (
        "In the first days the toll rose as the injured died in hospital. The final count is "
        "192 dead. A further 190 people were injured."
    )
    assert one(body, "190")["subject"] == "people injured"
    # after a count of its own kind, it adds to it
    body = "On Monday 30 were killed and 50 injured. Another 20 were wounded on Tuesday."
    assert one(body, "20")["subject"] == "people injured (more)"


def test_people_shut_in_where_it_happened_are_those_inside() -> None:
    body = (
        "Police stormed buildings where an estimated 3,000 students had barricaded "
        "themselves. Of the some 3,000 students who spent the night on the campus, about "
        "2,000 were arrested."
    )
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert found["an estimated 3,000"] == found["some 3,000"] == "students inside"


def test_people_a_venue_was_packed_with_when_it_happened_are_those_inside() -> None:
    body = (
        "The Westby Club was packed with about 250 people, most of them young tourists, when "
        "a car bomb exploded. The Westby Club, where more than 350 people were dancing when "
        "the bomb went off, was a favourite. The town, home to 20,000 people, is poor."
    )
    found = {e["figure"]: (e["kind"], e["subject"]) for e in claims(body)}
    assert found["about 250"] == found["more than 350"] == ("other", "people inside")
    assert found["20,000"] == ("population", "population")
    # "with N people inside": no town's people either
    body = "The club appeared overcrowded, with between 900 and 1,300 people inside."
    assert one(body, "between 900 and 1,300")["subject"] == "people inside"


def test_counts_listed_place_by_place_that_add_up_to_the_toll_before_are_its_parts() -> None:
    body = (
        "The death toll from the twin bomb attacks in Westby has risen to 64, the government "
        "said. The minister said 49 people died at the Lima Rugby Club and 15 at the Star "
        "restaurant in Eastport."
    )
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert found == {"64": "people killed", "49": "people killed (at lima rugby)",
                     "15": "people killed (at eastport)"}  # fmt: skip
    # in towns the gazetteer knows; more than the toll before, each is the toll of its own
    body = (
        "The death toll from the attacks has risen to 64, the government said. The minister "
        "said 49 people died in Lima and 15 in Cusco."
    )
    assert one(body, "49")["subject"] == "people killed (in lima)"
    body = body.replace("risen to 64", "risen to 40")
    assert one(body, "49")["subject"] == "people killed"


def test_people_coming_out_of_or_leaving_a_place_of_worship_are_those_present() -> None:
    body = (
        "The bombers struck as about 500 worshippers were coming out of the church after the "
        "service. Between 650 and 750 worshippers were present at the service, the group said."
    )
    found = {e["figure"]: e["subject"] for e in claims(body)}
    assert found["about 500"] == found["Between 650 and 750"] == "worshippers present"
    # people leaving a town are no one present at a scene
    assert one("About 300 people were leaving the city.", "About 300")["subject"] == "people"


def test_a_day_s_count_that_more_were_added_to_is_a_step_not_a_rival() -> None:
    # "31 were detained on June 3, and nine more on June 4": the first day's count is a
    # step of the count the later ones add to (scoped as a rise), not a rival of the total
    body = (
        "Thirty-one people were detained in raids on June 3, and nine more on June 4, the "
        "agency said. Police have detained 40 people in all."
    )
    assert one(body, "Thirty-one")["subject"] == "people detained (more)"
    assert one(body, "nine")["subject"] == "people detained (more)"
    assert one(body, "40")["subject"] == "people detained"
    # a count with no day between it and the rise stays the count
    body = "Police said 44 people were detained and 12 more were questioned."
    assert one(body, "44")["subject"] == "people detained"


def test_others_after_a_count_are_people_besides_those_counted() -> None:
    # "4,100 had fled ..., and some 300 others were stranded": another group, no rival
    body = (
        "The agency said more than 4,100 Norlanders had fled across the river in recent days, "
        "and that some 300 others were stranded on an island."
    )
    assert one(body, "more than 4,100")["subject"] == "Norlanders displaced"
    assert one(body, "some 300")["subject"] == "Norlanders displaced (others)"
    # "others" of another kind than the count before them are that kind's count
    body = "Police said 40 people were killed and 12 others wounded."
    assert one(body, "12")["subject"] == "people injured"


def test_the_missing_presumed_dead_are_the_dead() -> None:
    body = (
        "Forty-one people who were in the block on Tuesday night are missing and must be "
        "presumed dead, police said."
    )
    entry = one(body, "Forty-one")
    assert (entry["kind"], entry["subject"]) == ("killed", "people killed")
    assert one("Nine are missing, presumed dead.", "Nine")["kind"] == "killed"
    assert one("Twelve people are missing after the storm.", "Twelve")["kind"] == "missing"


def test_deaths_a_figure_is_said_to_include_are_a_part_of_it() -> None:
    body = (
        "The commander said the figure, which includes the 17 deaths already confirmed, was "
        "based on reports from the public."
    )
    assert one(body, "17")["subject"] == "people killed (among them)"


def test_another_source_s_it_was_after_a_crowd_count_is_that_crowd() -> None:
    body = "Police estimated the crowd at about 12,000; organizers said it was closer to 20,000."
    assert one(body, "20,000")["kind"] == one(body, "about 12,000")["kind"] == "crowd"


def test_a_breakdown_after_a_dash_of_a_count_held_hostage_is_of_the_hostages() -> None:
    # the count is read as hostages only once its holder is ("the kidnappers ... were still
    # holding"): its breakdown after the dash follows it, as a toll's does
    body = (
        "The kidnappers said they were still holding six foreigners — three Danes, two Poles "
        "and a Czech."
    )
    assert one(body, "six")["kind"] == "hostages"
    for figure, party in (("three", "Danes"), ("two", "Poles")):
        entry = one(body, figure)
        assert (entry["kind"], entry["party"]) == ("hostages", party)


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The fire service said 19 of the dead were women and 12 were men.", "12"),
        ("Of the dead, 20 were women and 11 men, the ministry said.", "11"),
        ("The attack killed 30 people, including 12 men.", "12"),
        ("The raid killed 30 people, among them 12 villagers.", "12"),
        ("The attack killed 30 people. Those killed included 12 men and 18 women.", "12"),
        ("Police said 12 men and 18 women were among the dead.", "12"),
        ("Of the 30 dead, 12 were men.", "12"),
    ],
)
def test_a_part_whose_people_read_as_everyone_is_scoped_among_them(body: str, figure: str) -> None:
    # men and villagers are read as people of no side (parties.yaml): a breakdown's part
    # unscoped would be a rival of the whole toll
    assert one(body, figure)["subject"].endswith("(among them)")
    # (the victims named as men, with no whole to be a part of, are the toll)
    assert one("Gunmen killed 12 men in a village.", "12")["subject"] == "men killed"


def test_a_side_s_own_dead_told_by_it_are_its_own_and_two_parties_joined_are_a_total() -> None:
    # "it had lost only seven martyrs": the speaking group's own men, not people of no side
    body = "In a statement, the militant group said it had lost 'only six martyrs'."
    assert one(body, "six")["party"] == "militant group"
    # (people of no side who lost theirs keep them: no side speaks)
    assert one("Residents said they lost 40 relatives.", "40").get("party") != "Residents"
    # "soldiers and civilians": a total over both, not civilians
    body = "Attacks have killed more than 7,600 soldiers and civilians in the region."
    assert one(body, "more than 7,600")["party"] == "soldiers and civilians"

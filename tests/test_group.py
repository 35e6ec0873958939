"""Grouping claims into subjects (group.py)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from crosscheck import dates, group, places
from crosscheck import profiles as profiling
from crosscheck.model import Article, Claim, Span, Status, Subject
from factories import article, articles, claim

ARTICLES = articles("a", "b", "c", "d")


def _ids(subjects: list[Subject]) -> list[set[str]]:
    return [{c.id for c in s.claims} for s in subjects]


def _together(subjects: list[Subject], *claims: Claim) -> bool:
    wanted = {c.id for c in claims}
    return any(wanted <= ids for ids in _ids(subjects))


# --------------------------------------------------------------------------- grouping


def test_party_synonyms_group_together() -> None:
    one = claim("a", "39", party="government soldiers", place="Lyon")
    two = claim("b", "up to 100", party="government troops", place="Lyon")
    other = claim("c", "50", party="attackers", place="Lyon")
    subjects = group.group([one, two, other], ARTICLES)
    assert _together(subjects, one, two)
    assert not _together(subjects, one, other)
    (joined,) = [s for s in subjects if len(s.claims) == 2]
    assert any("same party" in reason for reason in joined.reasons)
    # the people where the event struck are its civilians
    worshippers = claim("a", "at least 21", party="worshippers", place="Lyon")
    civilians = claim("b", "14", party="civilians", place="Lyon")
    assert _together(group.group([worshippers, civilians], ARTICLES), worshippers, civilians)
    # and the crowd a gathering draws: a stampede's pilgrims are its people
    pilgrims = claim("a", "at least 23", party="pilgrims", place="Lyon")
    people = claim("b", "16", party=None, place="Lyon")
    assert _together(group.group([pilgrims, people], ARTICLES), pilgrims, people)


def test_protesters_killed_are_the_people_killed_and_hostages_are_not() -> None:
    """A crackdown's toll is "60 protesters" in one report and "62 people" in another: one
    count to compare; the hostages of a siege are a part of its people."""
    rights = claim("a", "624", party="protesters", place="Lyon")
    rivals = claim("b", "more than 1,000", party="people", place="Lyon")
    held = claim("c", "300", party="hostages", place="Lyon")
    subjects = group.group([rights, rivals, held], ARTICLES)
    assert _together(subjects, rights, rivals)
    assert not _together(subjects, rivals, held)


def test_figures_of_no_kind_that_count_only_people_are_compared_with_none() -> None:
    """A figure of kind "other" says what it counts only by its words: "people" (rescued in
    one article, sheltered in another) says nothing, "helicopters" does."""
    rescued, sheltered = (
        claim(a, f, kind="other", party=None, subject="people")
        for a, f in (("a", "230"), ("b", "9,000"))
    )
    blank = claim("c", "40", kind="other", party=None, subject="figure")
    flown, landed = (
        claim(a, f, kind="other", party=None, subject="helicopters")
        for a, f in (("a", "14"), ("b", "12"))
    )
    subjects = group.group([rescued, sheltered, blank, flown, landed], ARTICLES)
    assert not _together(subjects, rescued, sheltered)
    assert not _together(subjects, rescued, blank)
    assert _together(subjects, flown, landed)


def test_dates_whose_subject_says_only_date_are_compared_with_none() -> None:
    # "In 2024, ..." and "In 2022, ...": two dates of nothing named, not one date disputed
    # (as earlier extractors wrote them: "date of date").
    one = claim("a", "2024", kind="date", party=None, subject="date of date")
    two = claim("b", "2022", kind="date", party=None, subject="date of date")
    named = claim("c", "2023", kind="date", party=None, subject="date of the election")
    again = claim("d", "2021", kind="date", party=None, subject="date of the election")
    subjects = group.group([one, two, named, again], ARTICLES)
    assert not _together(subjects, one, two)
    assert _together(subjects, named, again)


def test_a_subject_in_brackets_narrows_its_party_once() -> None:
    day = claim("a", "260", party=None, subject="people killed (first day)")
    rise = claim("b", "12", party=None, subject="people killed (more)")
    named = claim("b", "5", party="soldiers", subject="soldiers killed (more)")
    found = profiling.profiles([day, rise, named], ARTICLES)
    assert [found[c.id].party.key for c in (day, rise, named)] == [
        "people (first day)",
        "people (more)",
        "state forces (more)",
    ]


def test_a_share_that_says_only_share_is_compared_with_none() -> None:
    """A percent whose words are only its kind's ("share": the vote, the turnout, the
    precincts counted) says nothing of what it is a share of."""
    won, turnout = (
        claim(a, f, kind="percent", party=None, subject="share")
        for a, f in (("a", "54 percent"), ("b", "58 percent"))
    )
    vote, tally = (
        claim(a, f, kind="percent", party=None, subject="share of vote")
        for a, f in (("a", "54 percent"), ("b", "51 percent"))
    )
    subjects = group.group([won, turnout, vote, tally], ARTICLES)
    assert not _together(subjects, won, turnout)
    assert _together(subjects, vote, tally)


def test_shares_reported_years_apart_are_of_different_times() -> None:
    """An undated share (of the vote, of turnout) in reports years apart measures two times
    (two elections); a date reported years apart stays one."""
    known = {**articles("a", published="2010-12-20"), **articles("b", published="2020-08-13"),
             **articles("c", published="2010-12-21")}  # fmt: skip
    then, now, next_day = (
        claim(a, f, kind="percent", party=None, subject="share of vote", as_of=None)
        for a, f in (("a", "79.7 percent"), ("b", "80.1 percent"), ("c", "79.67 percent"))
    )
    subjects = group.group([then, now, next_day], known)
    assert _together(subjects, then, next_day)
    assert not _together(subjects, then, now)
    first, later = (
        claim(a, f, kind="date", party=None, subject="date of the peace deal", as_of=None)
        for a, f in (("a", "1997"), ("b", "1997"))
    )
    assert _together(group.group([first, later], known), first, later)


def test_a_rise_of_a_named_party_is_no_rival_of_its_toll_or_force() -> None:
    """The extractor scopes a rise ("another five soldiers were killed", "another 1,500
    troops") "(more)" in its subject: with its party named, it is still not the toll or the
    strength it adds to."""
    toll = claim("a", "Twelve", party="soldiers", subject="soldiers killed")
    rise = claim("b", "five", party="soldiers", subject="soldiers killed (more)")
    force = claim("a", "4,000", kind="troops", party="troops", subject="troops")
    sent = claim("b", "1,500", kind="troops", party="troops", subject="troops (more)")
    again = claim("c", "3,000", kind="troops", party="troops", subject="troops")
    subjects = group.group([toll, rise, force, sent, again], ARTICLES)
    assert not _together(subjects, toll, rise)
    assert not _together(subjects, force, sent)
    assert _together(subjects, force, again)


def test_nationalities_stay_apart() -> None:
    french = claim("a", "12", party="French soldiers", place="Lyon")
    spanish = claim("b", "30", party="Spanish soldiers", place="Lyon")
    assert not _together(group.group([french, spanish], ARTICLES), french, spanish)


def test_kinds_never_mix() -> None:
    killed = claim("a", "39", kind="killed")
    injured = claim("b", "39", kind="injured")
    assert not _together(group.group([killed, injured], ARTICLES), killed, injured)


def test_tolls_within_the_window_are_one_event_and_months_apart_are_not() -> None:
    first = claim("a", "9", party="attackers", as_of="2015-09-04", place="Lyon")
    later = claim("b", "18", party="rebels", as_of="2015-09-20", place="Lyon")
    months = claim("c", "3", party="gunmen", as_of="2016-01-10", place="Lyon")
    subjects = group.group([first, later, months], ARTICLES)
    assert _together(subjects, first, later)
    assert not _together(subjects, first, months)


def test_tolls_that_each_name_a_day_more_than_a_week_apart_are_two_incidents() -> None:
    # "on June 7 a car bomb in the city killed 11", told in a report of an attack there on
    # June 28: within the window, but each figure names its own day.
    def on(article: str, figure: str, day: str, as_of: str = "2016-06-29") -> Claim:
        made = claim(article, figure, party=None, place="Lyon", as_of=as_of)
        return replace(made, about=dates.parse_dateref(day))

    bomb = on("a", "11", "2016-06-07")
    attack = on("b", "41", "2016-06-28")
    assert not _together(group.group([bomb, attack], ARTICLES), bomb, attack)
    # A week apart or less, or a count dated only by its report, stays one event.
    near = on("a", "11", "2016-06-22")
    assert _together(group.group([near, attack], ARTICLES), near, attack)
    reported = claim("a", "11", party=None, place="Lyon", as_of="2016-06-10")
    assert _together(group.group([reported, attack], ARTICLES), reported, attack)


def test_a_year_s_toll_is_no_event_of_a_day_after_the_year() -> None:
    # "96 people died in mining accidents in 2025", told in a story of a fire on 20 January
    # 2026: three weeks after the year, but no part of it.
    year = replace(claim("a", "96", party=None, place="Lyon"), about=dates.parse_dateref("2015"))
    fire = claim("b", "10", party=None, place="Lyon", as_of="2016-01-10")
    inside = claim("c", "12", party=None, place="Lyon", as_of="2015-06-20")
    assert not _together(group.group([year, fire], ARTICLES), year, fire)
    assert _together(group.group([year, inside], ARTICLES), year, inside)


def test_the_date_a_figure_is_about_decides_the_event() -> None:
    # Counted in January about an attack in September: the September event, not January's.
    early = claim("a", "9", party="attackers", as_of="2015-09-04", place="Lyon")
    final = replace(
        claim("b", "12", party="attackers", as_of="2016-01-20", place="Lyon"),
        about=dates.parse_dateref("2015-09-04"),
    )
    other = claim("c", "2", party="attackers", as_of="2016-01-20", place="Lyon")
    subjects = group.group([early, final, other], ARTICLES)
    assert _together(subjects, early, final)
    assert not _together(subjects, final, other)


def test_missing_as_of_falls_back_to_publication_date() -> None:
    known = {"a": ARTICLES["a"], "old": articles("old", published="1998-11-06")["old"]}
    dated = claim("a", "9", as_of="2015-09-04")
    undated = claim("old", "9", as_of=None)
    assert not _together(group.group([dated, undated], known), dated, undated)
    assert profiling.when_of(undated, known) == known["old"].published


def test_stocks_compare_across_years() -> None:
    early = claim("a", "20,000", kind="troops", party="Russian troops", as_of="1997-08-12")
    late = claim("b", "about 25,000", kind="troops", party="Russian troops", as_of="1998-11-06")
    assert _together(group.group([early, late], ARTICLES), early, late)


def test_episodic_stocks_group_by_event() -> None:
    early = claim("a", "1,000", kind="fighters", party="rebels", as_of="1998-11-04")
    late = claim("b", "a few dozen", kind="fighters", party="rebels", as_of="2015-09-13")
    assert not _together(group.group([early, late], ARTICLES), early, late)


def test_an_armed_group_s_fighters_of_one_episode_meet_across_a_town_and_its_country() -> None:
    # (as its tolls do: "about 50 attackers" in Lyon and "about 100 gunmen" in France; they
    # had been kept apart by their places' names)
    town = claim(
        "a", "about 50", kind="fighters", party="attackers", place="Lyon", as_of="2021-06-05"
    )
    country = claim(
        "b", "about 100", kind="fighters", party="gunmen", place="France", as_of="2021-06-07"
    )
    assert _together(group.group([town, country], ARTICLES), town, country)
    # another town's attack the same week is another episode's
    other = claim(
        "c", "about 30", kind="fighters", party="gunmen", place="Marseille", as_of="2021-06-06"
    )
    assert not _together(group.group([town, other], ARTICLES), town, other)


def test_a_police_deployment_is_compared_only_with_that_day_s() -> None:
    sunday = claim("a", "up to 2,000", kind="troops", party="police officers", as_of="2019-06-09")
    same = claim("c", "3,000", kind="troops", party="officers", as_of="2019-06-09")
    later = claim("b", "some 5,000", kind="troops", party="officers", as_of="2019-06-12")
    subjects = group.group([sunday, same, later], ARTICLES)
    assert _together(subjects, sunday, same)
    assert not _together(subjects, sunday, later)


def test_place_within_place_matches_for_tolls() -> None:
    city = claim("a", "33", place="Lyon", party="policemen")
    country = claim("b", "at least eight", place="France", party="policemen")
    other_city = claim("c", "4", place="Marseille", party="policemen")
    assert _together(group.group([city, country], ARTICLES), city, country)
    assert not _together(group.group([city, other_city], ARTICLES), city, other_city)
    # A country-wide figure with two events inside it cannot tell which: it stays apart.
    three = group.group([city, other_city, country], ARTICLES)
    assert not _together(three, city, country) and not _together(three, other_city, country)


def test_a_country_wide_figure_joins_the_event_inside_it_that_its_article_names() -> None:
    def article(key: str, body: str) -> Article:
        return Article(key, "Report", f"Outlet {key}", dates.parse_dateref("2015-09-05"), body)

    city = claim("a", "33", place="Lyon", party="policemen")
    other_city = claim("c", "4", place="Marseille", party="policemen")
    country = claim("b", "at least eight", place="France", party="policemen")
    stories = {
        "a": article("a", "Riots in Lyon: 33 policemen were hurt."),
        "c": article("c", "In Marseille 4 policemen were hurt."),
        "b": article("b", "France said eight policemen died in the Lyon riots."),
    }
    three = group.group([city, other_city, country], stories)
    assert _together(three, city, country) and not _together(three, other_city, country)
    # A story that names both towns cannot tell which: the country's figure stays apart.
    stories["b"] = article("b", "France said eight policemen died in Lyon and Marseille.")
    three = group.group([city, other_city, country], stories)
    assert not _together(three, city, country) and not _together(three, other_city, country)


def _report(key: str, body: str) -> Article:
    """An article of 21 April 2024 with this body (its title names no place)."""
    return Article(key, "Report", f"Outlet {key}", dates.parse_dateref("2024-04-21"), body)


def test_a_place_an_article_says_lies_in_an_area_is_within_it() -> None:
    village = claim("a", "175", place="Dunmarrow", party="pupils")
    area = claim("b", "134", place="Westby Local Government Area", party="students")
    stories = {
        "a": _report("a", "Gunmen stormed a school in Dunmarrow in Westby Local Government Area."),
        "b": _report("b", "The state said 134 students were taken in Westby Local Government Area"),
    }
    assert _together(group.group([village, area], stories), village, area)
    # ... and one no article places in the area is another scene
    stories["a"] = _report("a", "Gunmen stormed a school in Dunmarrow on Wednesday night.")
    assert not _together(group.group([village, area], stories), village, area)


def test_the_areas_an_article_names_are_read_before_its_claims_are_profiled() -> None:
    """profiles.prepare (run while worker processes read the claim files) reads the areas
    each article says its places lie in: profiling the claims then searches no body."""
    village = claim("a", "175", place="Dunmarrow", party="pupils")
    area = claim("b", "134", place="Westby Local Government Area", party="students")
    stories = {
        "a": _report("a", "Gunmen stormed a school in Dunmarrow in Westby Local Government Area."),
        "b": _report("b", "The state said 134 students were taken in Westby Local Government Area"),
    }
    profiling._areas_named.cache_clear()
    profiling.prepare(stories)
    prepared = profiling._areas_named.cache_info()
    assert prepared.misses == len(stories)
    with_prepare = profiling.profiles([village, area], stories)
    assert profiling._areas_named.cache_info().misses == prepared.misses  # none searched again
    profiling._areas_named.cache_clear()
    assert profiling.profiles([village, area], stories) == with_prepare


def test_a_place_the_gazetteer_lacks_is_within_the_country_its_report_is_about() -> None:
    village = claim("a", "21", place="Dunmarrow", party="people")
    country = claim("b", "14", place="Peru", party="people")
    stories = {
        "a": _report("a", "Floods hit Peru. In Lima, officials said 21 died in Dunmarrow."),
        "b": _report("b", "Peru said 14 people died in the floods."),
    }
    found = profiling.profiles([village, country], stories)
    place = found[village.id].place
    assert place is not None and (place.key, place.country) == ("name:dunmarrow", "PE")
    assert places.agree(place, found[country.id].place) == "Dunmarrow is within Peru"
    assert _together(group.group([village, country], stories), village, country)


def test_a_place_the_gazetteer_lacks_joins_the_one_event_at_its_country_s_towns() -> None:
    village = claim("a", "23", place="Dunmarrow", party="people", as_of="2024-04-20")
    town = claim("b", "18", place="Cusco", party="people", as_of="2024-04-21")
    stories = {
        "a": _report("a", "Floods hit Peru. Officials said 23 died in Dunmarrow."),
        "b": _report("b", "CUSCO - Officials said 18 people died in the floods in Cusco."),
        "c": _report("c", "AREQUIPA - A bus crashed in Arequipa, Peru, killing 7."),
    }
    subjects = group.group([village, town], stories)
    assert _together(subjects, village, town)
    assert any("the one event in the country" in why for s in subjects for why in s.reasons)
    # ... not when two events at the country's towns fall in its days: it cannot tell which
    crash = claim("c", "7", place="Arequipa", party="people", as_of="2024-04-21")
    subjects = group.group([village, town, crash], stories)
    assert not _together(subjects, village, town)
    assert not _together(subjects, village, crash)
    # ... nor an event weeks away
    later = replace(town, as_of=dates.parse_dateref("2024-06-21"))
    assert not _together(group.group([village, later], stories), village, later)


@pytest.mark.parametrize(
    "said",
    [
        # the place's own noun before "in"
        "A landslide buried Dunmarrow village in Westby district on Tuesday.",
        # the area that holds the area it lies in
        "The dam at the Dunmarrow reservoir in Eastby district, Westby district broke.",
        # the area first, then where in it
        "Aid reached Westby district, where a landslide buried part of Dunmarrow village.",
    ],
)
def test_the_ways_an_article_says_a_place_lies_in_an_area(said: str) -> None:
    village = claim("a", "21", place="Dunmarrow", party="people")
    area = claim("b", "14", place="Westby district", party="people")
    stories = {
        "a": _report("a", said),
        "b": _report("b", "The district office said 14 people died in Westby district."),
    }
    assert _together(group.group([village, area], stories), village, area)


def test_a_population_of_a_place_the_gazetteer_lacks_is_one_however_its_area_is_named() -> None:
    district = claim("a", "about 68,000", kind="population", party="Dunmarrow district")
    bare = claim("b", "around 92,000", kind="population", party="Dunmarrow")
    assert _together(group.group([district, bare], ARTICLES), district, bare)
    # a local government area's "government" names no one's forces
    lga = claim("a", "about 68,000", kind="population", party="Dunmarrow LGA")
    spelled = claim(
        "b", "around 92,000", kind="population", party="Dunmarrow local government area"
    )
    assert _together(group.group([lga, spelled], ARTICLES), lga, spelled)
    # a place it knows keeps its level: the city's people are not the region's
    city = claim("a", "about 500,000", kind="population", party="Lyon")
    region = claim("b", "some 1.9 million", kind="population", party="Lyon region")
    assert not _together(group.group([city, region], ARTICLES), city, region)


def test_near_places_are_one_scene() -> None:
    city = claim("a", "33", place="Lyon")
    suburb = claim("b", "30", place="Villeurbanne")
    assert _together(group.group([city, suburb], ARTICLES), city, suburb)


def test_neighbouring_countries_are_one_scene_only_in_a_story_that_names_both() -> None:
    def article(key: str, body: str) -> Article:
        return Article(key, "Report", f"Outlet {key}", dates.parse_dateref("2015-09-05"), body)

    # A border clash, each side counting the dead: the second story names both countries.
    # (people: each report's unqualified soldiers would be its own country's, two parties)
    one_side = claim("a", "13", place="France", source="French ministry", party="people")
    other_side = claim("b", "6", place="Spain", source="Spanish ministry", party="people")
    clash = {
        "a": article("a", "Shelling in France killed 13, the ministry said."),
        "b": article("b", "Spain said 6 died after France fired across the border."),
    }
    assert _together(group.group([one_side, other_side], clash), one_side, other_side)
    # A flood in one and a stampede in the other, each story naming only its own country.
    apart = {
        "a": article("a", "Floods in France killed 13, the ministry said."),
        "b": article("b", "A stampede in Spain killed 6, police said."),
    }
    assert not _together(group.group([one_side, other_side], apart), one_side, other_side)


def test_spellings_of_one_place_match() -> None:
    one = claim("a", "39", place="Kiev")  # a GeoNames alternate name
    two = claim("b", "up to 100", place="Kyiv")
    assert _together(group.group([one, two], ARTICLES), one, two)


def test_a_claim_without_a_place_takes_its_passage_or_its_article() -> None:
    body = "Clashes in Lyon on Friday. " + "x" * 2000 + " Officials in Marseille said more died."
    known = {
        "a": Article("a", "Unrest", "Outlet a", dates.parse_dateref("2015-09-05"), body),
        "b": ARTICLES["b"],
    }
    placed = replace(claim("a", "3", place="Lyon"), span=Span(10, 11))
    near = replace(claim("a", "5", place=None), span=Span(40, 41))
    late = replace(claim("a", "7", place=None), span=Span(2050, 2051))
    profiles = profiling.profiles([placed, near, late], known)
    assert profiles[near.id].place_how == "the place named just before: Lyon"
    assert profiles[late.id].place_how.startswith("the article's place:")


def test_a_stock_with_neither_place_nor_party_is_compared_only_in_its_article() -> None:
    # "about 6,500 inhabitants" of one story and "some 300 residents" of another.
    town = claim("a", "about 6,500", kind="population", party=None, subject="population")
    village = claim("b", "some 300", kind="population", party=None, subject="population")
    assert not _together(group.group([town, village], ARTICLES), town, village)
    named = claim("c", "about 6,000", kind="population", party="Lyon", place=None)
    again = claim("d", "about 6,100", kind="population", party="Lyon", place=None)
    assert _together(group.group([named, again], ARTICLES), named, again)


def test_stock_in_a_city_is_not_the_stock_in_the_country() -> None:
    country = claim("a", "20,000", kind="troops", party="Russian troops", place="Tajikistan")
    city = claim("b", "several thousand", kind="troops", party="Russian troops", place="Dushanbe")
    assert not _together(group.group([country, city], ARTICLES), country, city)


def test_a_place_the_gazetteer_lacks_also_takes_the_articles_place() -> None:
    body = "Fighting in Lyon. Officials in Lyon counted the dead."
    known = {
        "a": Article("a", "Lyon", "Outlet a", dates.parse_dateref("2015-09-05"), body),
        "b": replace(ARTICLES["b"], body="Police in Lyon said 12 soldiers died."),
    }
    unknown = claim("a", "30", place="Upper Nowhere Vale")
    placed = claim("b", "12", place="Lyon", source="police")
    assert _together(group.group([unknown, placed], known), unknown, placed)


def test_unplaced_claim_is_compared_only_within_its_article() -> None:
    """... when the other reports of its days tell of two events (with one, it is that
    one's: test_a_report_naming_no_place_joins_the_one_event_of_its_days)."""
    one = claim("a", "3", place="Lyon")
    elsewhere = claim("b", "7", place="Santiago")
    loose = claim("c", "5", place=None)
    same_article = claim("a", "4", place=None, source="a spokesman")
    subjects = group.group([one, elsewhere, loose, same_article], ARTICLES)
    assert not _together(subjects, one, loose)
    assert not _together(subjects, elsewhere, loose)
    assert _together(subjects, one, same_article)


def test_distances_compare_only_with_the_same_endpoints() -> None:
    one = replace(claim("a", "30 km", kind="distance", party=None, subject="distance"),
                  from_place="Lyon", to_place="Vienne")  # fmt: skip
    back = replace(claim("b", "about 30 km", kind="distance", party=None, subject="road"),
                   from_place="Vienne", to_place="Lyon")  # fmt: skip
    other = replace(claim("c", "300 km", kind="distance", party=None, subject="distance"),
                    from_place="Lyon", to_place="Marseille")  # fmt: skip
    loose = claim("d", "30 km", kind="distance", party=None, subject="distance")
    # an unknown town with and without its feature word ("Sorvani Ghat", "Sorvani")
    ghat = replace(claim("a", "60 km", kind="distance", party=None, subject="distance"),
                   from_place="Sorvani Ghat", to_place="Vienne")  # fmt: skip
    town = replace(claim("b", "75 km", kind="distance", party=None, subject="distance"),
                   from_place="Sorvani", to_place="Vienne")  # fmt: skip
    subjects = group.group([one, back, other, loose, ghat, town], ARTICLES)
    assert _together(subjects, ghat, town)
    assert _together(subjects, one, back)
    assert not _together(subjects, one, other)
    assert not _together(subjects, one, loose)


def test_a_distance_with_one_end_named_takes_the_one_route_from_it() -> None:
    def distance(article: str, figure: str, start: str, end: str | None) -> Claim:
        return replace(claim(article, figure, kind="distance", party=None, subject="distance"),
                       from_place=start, to_place=end)  # fmt: skip

    # "35 km from the regency capital" (unnamed) against "60 km from Vienne"
    half = distance("a", "35 km", "Lyon", None)
    named = distance("b", "about 60 km", "Lyon", "Vienne")
    subjects = group.group([half, named], ARTICLES)
    assert _together(subjects, half, named)
    # two routes from that end: which one the unnamed end is, nobody knows
    other = distance("c", "300 km", "Lyon", "Marseille")
    subjects = group.group([half, named, other], ARTICLES)
    assert not _together(subjects, half, named)
    assert not _together(subjects, half, other)


def test_distances_without_endpoints_meet_across_articles_only_when_worded() -> None:
    def loose(article: str, figure: str, subject: str) -> Claim:
        return claim(article, figure, kind="distance", party=None, subject=subject)

    # two seismological agencies' depths of one quake; two bare "distance"s say nothing
    usgs, centre = loose("a", "10 km", "depth"), loose("b", "18 km", "depth")
    bare, other = loose("a", "3 km", "distance"), loose("b", "8 km", "distance")
    subjects = group.group([usgs, centre, bare, other], ARTICLES)
    assert _together(subjects, usgs, centre)
    assert not _together(subjects, bare, other)
    assert not _together(subjects, usgs, bare)


def test_measures_group_by_wording_and_date() -> None:
    one = claim("a", "about 40 kilometers", kind="distance", party=None,
                subject="distance of the rebels from the city", as_of="1996-02-02")  # fmt: skip
    two = claim("a", "40 km", kind="distance", party=None,
                subject="the distance of rebels from the city", as_of="1996-02-02")  # fmt: skip
    other = claim("a", "15 km", kind="distance", party=None,
                  subject="distance of the rebels from the city", as_of="1996-02-01")  # fmt: skip
    unrelated = claim("a", "40 km", kind="distance", party=None,
                      subject="length of the border", as_of="1996-02-02")  # fmt: skip
    subjects = group.group([one, two, other, unrelated], ARTICLES)
    assert _together(subjects, one, two)
    assert not _together(subjects, one, other)
    assert not _together(subjects, one, unrelated)


def test_pinned_group_wins_and_rejected_claims_are_left_out() -> None:
    one = claim("a", "39", party="government soldiers", group="khujand-toll")
    two = claim("b", "12", party="attackers", kind="injured", group="khujand-toll")
    gone = claim("c", "40", party="government soldiers", status=Status.REJECTED)
    subjects = group.group([one, two, gone], ARTICLES)
    assert [s.key for s in subjects] == ["pinned|khujand-toll"]
    assert _ids(subjects) == [{one.id, two.id}]
    assert "pinned by hand" in subjects[0].reasons[0]


def test_named_events_group_apart_from_dates() -> None:
    war = claim("a", "tens of thousands", party="people", event="1992-97 civil war",
                as_of="1992/1997")  # fmt: skip
    war_too = claim("b", "50,000", party="people", event="the 1992-97 civil war", as_of=None)
    day = claim("c", "3", party="people", as_of="1995-05-05")
    subjects = group.group([war, war_too, day], ARTICLES)
    assert not _together(subjects, war, day)


def test_group_is_deterministic_under_shuffling() -> None:
    claims = [
        claim("a", "39", place="Leninabad region"),
        claim("b", "up to 100"),
        claim("c", "9", party="attackers", place="Dushanbe"),
        claim("d", "nine", party="Nazarzod's troops", place="Dushanbe"),
        claim("a", "18", party="rebels", as_of="2015-09-09"),
        claim("b", "5.7 million", kind="population", party="Tajikistan", as_of="1998"),
        claim("c", "8 million", kind="population", party="Tajikistan", as_of="2015"),
    ]
    expected = group.group(claims, ARTICLES)
    for seed in range(10):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert group.group(shuffled, ARTICLES) == expected


def test_subject_keys_and_labels() -> None:
    one = claim("a", "39", party="government soldiers", subject="government soldiers killed",
                place="Kiev", as_of="1998-11-05")  # fmt: skip
    two = claim("b", "up to 100", party="government troops", as_of="1998-11-05", place="Kyiv")
    (subject,) = group.group([one, two], ARTICLES)
    assert subject.key.startswith("killed|state forces|1998-11-05|city:")
    assert subject.label == "government troops killed, Kiev, 1998-11-05"  # shortest wording
    assert subject.kind == "killed"
    assert "place: Kiev: Kyiv, a town in UA (GeoNames)" in subject.reasons


def test_a_later_report_with_no_date_of_its_own_follows_up_on_the_event_before() -> None:
    known = {
        **articles("a", "b", published="2015-09-05"),
        **articles("later", published="2015-12-01"),
        **articles("dated", published="2016-03-05"),
        **articles("years", published="2018-03-01"),
    }
    first = claim("a", "9", party="attackers", as_of="2015-09-04", place="Lyon")
    second = claim("b", "14", party="attackers", as_of="2015-09-05", place="Lyon")
    # "The toll of the attack rose to 31, prosecutors said": no date but the article's own.
    follow = claim("later", "31", party="attackers", as_of=None, place="France")
    # An article that dates its figure names an event of its own.
    stated = replace(
        claim("dated", "4", party="attackers", as_of=None, place="Lyon"),
        about=dates.parse_dateref("2016-03-01"),
    )
    # Years later: no longer a follow-up.
    late = claim("years", "6", party="attackers", as_of=None, place="Lyon")
    subjects = group.group([first, second, follow, stated, late], known)
    assert _together(subjects, first, second, follow)
    assert not _together(subjects, first, stated)
    assert not _together(subjects, first, late)
    (subject,) = [s for s in subjects if follow in s.claims]
    assert any("follows up on the event before" in why for why in subject.reasons)
    assert any("the reports that follow it up" in why for why in subject.reasons)


def test_a_follow_up_follows_up_on_the_event_its_own_article_dates() -> None:
    # Months after an attack in Lyon (March) and another one there (June), a report dates
    # the March attack and gives "the final toll" with no date of its own: it follows up on
    # its own story, not on the latest event at the place.
    known = {
        **articles("a", "b", published="2015-03-23"),
        **articles("c", "d", published="2015-06-24"),
        **articles("later", published="2015-12-04"),
    }
    march = claim("a", "93", party="people", as_of="2015-03-22", place="Lyon", number=1)
    again = claim("b", "115", party="people", as_of="2015-03-23", place="Lyon", number=2)
    june = claim("c", "5", party="people", as_of="2015-06-23", place="Lyon", number=3)
    also = claim("d", "6", party="people", as_of="2015-06-23", place="Lyon", number=6)
    dated = replace(
        claim("later", "144", party="people", as_of=None, place="Lyon", number=4),
        about=dates.parse_dateref("2015-03-22"),
    )
    final = claim("later", "145", party="people", as_of=None, place="Lyon", number=5)
    subjects = group.group([march, again, june, also, dated, final], known)
    assert _together(subjects, march, again, dated, final)
    assert not _together(subjects, june, final)
    # Without a figure of its own article dated, it follows up on the latest event.
    subjects = group.group([march, again, june, also, final], known)
    assert _together(subjects, june, also, final)


def test_a_count_dated_only_by_the_day_it_was_given_follows_up_too() -> None:
    known = {**articles("a", published="2015-09-05"), **articles("later", published="2015-10-10")}
    first = claim("a", "9", party="attackers", as_of="2015-09-04", place="Lyon")
    # "The mayor yesterday put the toll at 31": the day before its article is the count's.
    follow = claim("later", "31", party="attackers", as_of="2015-10-09", place="Lyon")
    assert _together(group.group([first, follow], known), first, follow)
    # A count dated weeks before its article dates an event of its own.
    known = {**known, **articles("later", published="2015-11-30")}
    assert not _together(group.group([first, follow], known), first, follow)


def test_a_report_from_a_far_town_follows_up_on_no_event() -> None:
    # Months after an attack in Lyon, a report with no date of its own gives a toll in
    # France and one in Marseille: the country holds Lyon, but the report's town is far from
    # it, so it is another event.
    known = {**articles("a", published="2015-09-05"), **articles("later", published="2015-12-01")}
    first = claim("a", "9", party="attackers", as_of="2015-09-04", place="Lyon", number=100)
    country = claim("later", "22", party="attackers", as_of=None, place="France", number=101)
    town = claim("later", "20", party="attackers", as_of=None, place="Marseille", number=102)
    subjects = group.group([first, country, town], known)
    assert _together(subjects, country, town)
    assert not _together(subjects, first, country)
    # ... while a report that names no town follows up.
    assert _together(group.group([first, country], known), first, country)


def test_a_period_s_total_is_no_event_a_later_report_follows_up_on() -> None:
    # "2,400 workers died in workplace accidents last year": a year's total; a report months
    # later with no date of its own ("the disaster claimed the lives of 118 workers") does not
    # follow up on it
    known = {**articles("a", published="2016-09-10"), **articles("later", published="2016-09-14")}
    year = replace(
        claim("a", "2,400", party="workers", as_of="2016-09-10", place="Lyon", number=1),
        about=dates.parse_dateref("2015"),
    )
    later = claim("later", "118", party="workers", as_of=None, place="Lyon", number=2)
    assert not _together(group.group([year, later], known), year, later)
    # ... while a count of one day is an event it follows up on
    event = claim("a", "96", party="workers", as_of="2016-09-10", place="Lyon", number=1)
    day = replace(event, about=dates.parse_dateref("2016-05-10"))
    assert _together(group.group([day, later], known), day, later)
    # ... and so is one of an event dated by its month ("the massacre last May")
    month = replace(event, about=dates.parse_dateref("2016-05"))
    assert _together(group.group([month, later], known), month, later)


def test_a_story_s_own_toll_follows_up_on_no_far_larger_disaster_it_recalls() -> None:
    # An outbreak "has killed 38 people" (no date but the article's own); the article
    # recalls the earthquake that killed 61,000 in the same country months before.  Tolls
    # are revised down, not by an order of magnitude: the outbreak's toll is its own event.
    known = {**articles("a", published="2015-01-20"), **articles("later", published="2015-10-23")}
    quake = claim("a", "61,000", as_of="2015-01-12", place="Lyon", number=1)
    recalled = replace(
        claim("later", "61,000", as_of=None, place="Lyon", number=2),
        about=dates.parse_dateref("2015-01-12"),
    )
    outbreak = claim("later", "38", as_of=None, place="France", number=3)
    subjects = group.group([quake, recalled, outbreak], known)
    assert _together(subjects, quake, recalled)
    assert not _together(subjects, quake, outbreak)
    # ... while a toll revised down by less, months later, follows the event up
    revised = claim("later", "41,000", as_of=None, place="France", number=3)
    assert _together(group.group([quake, recalled, revised], known), quake, revised)


def test_those_taken_in_one_abduction_are_one_party_however_news_name_them() -> None:
    # "183 schoolgirls", "the girls", "people" taken from one school: all those taken
    names = ("schoolgirls", "girls", "people", "students")
    taken = [
        claim(key, str(90 + n), kind="hostages", party=name, place="Lyon", number=n)
        for n, (key, name) in enumerate(zip("abcd", names, strict=True))
    ]
    subjects = group.group(taken, ARTICLES)
    assert _together(subjects, *taken)
    (subject,) = [s for s in subjects if taken[1] in s.claims]
    assert any("all those taken" in why for why in subject.reasons)
    # ... but girls killed are a part of a toll of people, not the toll
    dead = [replace(c, kind="killed") for c in taken[1:3]]
    assert not _together(group.group(dead, ARTICLES), *dead)
    # ... and taken of a nation are of it
    abroad = replace(taken[1], party="Norlandic girls")
    assert not _together(group.group([taken[0], abroad], ARTICLES), taken[0], abroad)


def test_a_report_within_the_window_is_no_follow_up() -> None:
    # Ten days after events in two cities, a country-wide figure with no date of its own
    # cannot tell which event it counts: it stays apart (the window's rules decide).
    known = {**articles("a", "b", published="2015-09-05"), **articles("c", published="2015-09-15")}
    city = claim("a", "33", place="Lyon", party="policemen")
    other_city = claim("b", "4", place="Marseille", party="policemen")
    country = claim("c", "40", place="France", party="policemen", as_of=None)
    subjects = group.group([city, other_city, country], known)
    assert not _together(subjects, city, country)
    assert not _together(subjects, other_city, country)


def test_unqualified_state_forces_are_the_one_country_s_whose_forces_the_article_names() -> None:
    known = articles("a", published="2015-09-05")
    ministry = claim("a", "17", party="servicemen of the Peruvian armed forces", place="Lima",
                     as_of="2015-09-05", source="defence ministry")  # fmt: skip
    paper = claim("a", "more than forty", party="servicemen", place="Lima",
                  as_of="2015-09-05", source="opposition newspaper")  # fmt: skip
    assert _together(group.group([ministry, paper], known), ministry, paper)
    # An article that names the forces of two countries leaves its unqualified ones open.
    other = claim("a", "12", party="Chilean soldiers", place="Lima", as_of="2015-09-05",
                  source="Chilean army")  # fmt: skip
    subjects = group.group([ministry, paper, other], known)
    assert not _together(subjects, ministry, paper)
    # A source of another country speaks of its own forces.
    rival = claim("a", "50", party="servicemen", place="Lima", as_of="2015-09-05",
                  source="Chile's defence ministry")  # fmt: skip
    assert not _together(group.group([ministry, rival], known), ministry, rival)


def test_unqualified_state_forces_of_a_report_of_one_country_are_its_own() -> None:
    # A report from Peru that names no country's forces: its "soldiers" are Peru's, the
    # same as another report's "Peruvian soldiers" at that village (one the gazetteer
    # does not know).
    home = replace(
        article("a"), title="Attack in Peru", body="LIMA - Gunmen attacked an army post in Peru."
    )
    known = {"a": home, "b": article("b")}
    army = claim("a", "21", party="soldiers", place="Qorawasi", source="army")
    rebels = claim("b", "more than 100", party="Peruvian soldiers", place="Qorawasi",
                   source="rebel statement")  # fmt: skip
    subjects = group.group([army, rebels], known)
    assert _together(subjects, army, rebels)
    (subject,) = [s for s in subjects if army in s.claims]
    assert any("a report of its country, naming no other's" in why for why in subject.reasons)
    # ... not where the report names another country's forces, nor at a place abroad
    foreign = claim("a", "3", party="Chilean soldiers", place="Qorawasi", source="army")
    assert not _together(group.group([army, rebels, foreign], known), army, rebels)
    abroad = replace(army, place="Santiago")
    rebels_abroad = replace(rebels, place="Santiago")
    assert not _together(group.group([abroad, rebels_abroad], known), abroad, rebels_abroad)
    # ... nor in a report that names no place at all
    plain = {"a": article("a"), "b": article("b")}
    assert not _together(group.group([army, rebels], plain), army, rebels)
    # two reports from Peru: their unqualified soldiers are one party, Peru's
    peru = replace(home, id="b", body="LIMA - Rebels said they killed 30 soldiers in Peru.")
    other = claim("b", "30", party="soldiers", place="Qorawasi", source="rebel statement")
    assert _together(group.group([army, other], {"a": home, "b": peru}), army, other)
    # forces of no one role ("security personnel") are the country's too, as its police
    police = claim("a", "16", party="police officers and national guardsmen", place="Qorawasi",
                   source="interior ministry")  # fmt: skip
    security = claim("a", "18", party="security personnel", place="Qorawasi",
                     source="officials")  # fmt: skip
    assert _together(group.group([police, security], known), police, security)


def test_unqualified_people_of_a_role_are_the_one_country_s_their_article_names() -> None:
    known = articles("a", published="2015-09-05")
    ministry = claim("a", "40", party="Chilean prisoners of war", place="Lima",
                     as_of="2015-09-05", source="defence ministry")  # fmt: skip
    official = claim("a", "53", party="prisoners", place="Lima", as_of="2015-09-05",
                     source="an official")  # fmt: skip
    subjects = group.group([ministry, official], known)
    assert _together(subjects, ministry, official)
    (subject,) = [s for s in subjects if official in s.claims]
    assert any("names those of one country" in why for why in subject.reasons)
    # Everyone ("people") is no role: a nation's dead are not all the dead.
    people = claim("a", "90", party="people", place="Lima", as_of="2015-09-05", number=9)
    chileans = claim("a", "30", party="Chileans", place="Lima", as_of="2015-09-05", number=8)
    assert not _together(group.group([people, chileans], known), people, chileans)


def test_counts_of_no_kind_in_the_same_words_are_one_count_within_three_days() -> None:
    """ "more than 30,000 hectares" (the governor, Tuesday) and "18,000 hectares" (a mapping
    service, Wednesday) measure one fire; a count in the same words a week on is another."""
    governor = claim("a", "more than 30,000", kind="other", party=None,
                     subject="hectares burnt", as_of="2015-07-21")  # fmt: skip
    service = claim("b", "18,000", kind="other", party=None, subject="hectares burnt",
                    as_of="2015-07-22")  # fmt: skip
    chained = claim("c", "15,000", kind="other", party=None, subject="hectares burnt",
                    as_of="2015-07-25")  # fmt: skip
    week = claim("d", "45,000", kind="other", party=None, subject="hectares burnt",
                 as_of="2015-08-01")  # fmt: skip
    subjects = group.group([governor, service, chained, week], ARTICLES)
    assert _together(subjects, governor, service)
    assert _together(subjects, service, chained)  # each within three days of the one before
    assert not _together(subjects, chained, week)


def test_counts_of_people_in_one_state_are_compared_across_days_of_one_event() -> None:
    """ "more than 1,000 people were inside" (police, Sunday) and "fewer than 700" (a lawyer,
    Tuesday) count one night's people; a count of "people" alone is compared with none."""
    police = claim("a", "more than 1,000", kind="other", party=None, subject="people inside",
                   as_of="2013-01-27")  # fmt: skip
    lawyer = claim("b", "fewer than 700", kind="other", party=None, subject="people inside",
                   as_of="2013-01-29")  # fmt: skip
    months = claim("c", "1,200", kind="other", party=None, subject="people inside",
                   as_of="2013-07-26")  # fmt: skip
    bare = [claim(x, "700", kind="other", party=None, subject="people", as_of="2013-01-27")
            for x in ("a", "b")]  # fmt: skip
    subjects = group.group([police, lawyer, months, *bare], ARTICLES)
    assert _together(subjects, police, lawyer)
    assert not _together(subjects, police, months)
    assert not _together(subjects, *bare)


def test_people_aboard_counted_months_later_about_the_day_of_their_event_are_one_count() -> None:
    """A look back at a sinking months later counts its passengers again, about the day it
    sank: the same count as the week's reports; a count of that look back with no day of
    its event stays apart."""
    first = claim("a", "312", kind="other", party=None, subject="people aboard",
                  place="Lima", as_of="2016-05-09")  # fmt: skip
    later = replace(
        claim("b", "311", kind="other", party=None, subject="people aboard", place="Lima",
              as_of="2016-12-01"),
        about=dates.parse_dateref("2016-05-09"),
    )  # fmt: skip
    undated = claim("c", "300", kind="other", party=None, subject="people aboard",
                    place="Lima", as_of="2016-12-01")  # fmt: skip
    subjects = group.group([first, later, undated], ARTICLES)
    assert _together(subjects, first, later)
    assert not _together(subjects, first, undated)


def test_everyone_aboard_or_inside_is_one_count_whatever_word_names_them() -> None:
    """The manifest's "112 passengers" and the rescuers' "280 people on board"; "26 workers"
    and "between 35 and 40 men" inside one tunnel: one count each.  Children inside are a
    part of everyone inside, not its rival."""
    manifest = claim("a", "112", kind="other", party=None, subject="passengers aboard",
                     place="Lima", as_of="2024-04-21")  # fmt: skip
    rescuers = claim("b", "280", kind="other", party=None, subject="people aboard",
                     place="Lima", as_of="2024-04-21")  # fmt: skip
    workers = claim("a", "26", kind="other", party=None, subject="workers inside",
                    place="Cusco", as_of="2024-04-21")  # fmt: skip
    men = claim("b", "between 35 and 40", kind="other", party=None, subject="men inside",
                place="Cusco", as_of="2024-04-21")  # fmt: skip
    children = claim("c", "12", kind="other", party=None, subject="children inside",
                     place="Cusco", as_of="2024-04-21")  # fmt: skip
    subjects = group.group([manifest, rescuers, workers, men, children], ARTICLES)
    assert _together(subjects, manifest, rescuers)
    assert _together(subjects, workers, men)
    assert not _together(subjects, men, children)
    assert not _together(subjects, manifest, men)
    # passengers counted beside a crew are not everyone aboard ("68 passengers and four crew")
    crew = claim("a", "four", kind="other", party=None, subject="crew aboard",
                 place="Lima", as_of="2024-04-21")  # fmt: skip
    subjects = group.group([manifest, rescuers, crew], ARTICLES)
    assert not _together(subjects, manifest, rescuers)
    # ... and once one report counts the crew apart, another's passengers are passengers
    others = claim("c", "at least 240", kind="other", party=None, subject="passengers aboard",
                   place="Lima", as_of="2024-04-22")  # fmt: skip
    subjects = group.group([manifest, rescuers, crew, others], ARTICLES)
    assert _together(subjects, manifest, others)
    assert not _together(subjects, others, rescuers)


def test_people_aboard_counted_at_places_the_gazetteer_lacks_in_one_country() -> None:
    """The port a ferry left and the village it sank off, neither in the gazetteer, in
    reports about one country: one scene for the people aboard; in reports about two
    countries far apart, two."""

    known = {
        "a": _report("a", "LIMA - A ferry sank on a lake in Peru. Lima sent divers."),
        "b": _report("b", "LIMA - Divers searched the lake in Peru. Lima said more are missing."),
        "c": _report("c", "A ferry sank in Japan. Tokyo sent divers to Japan's lake."),
    }
    port = claim("a", "112", kind="other", party=None, subject="passengers aboard",
                 place="Qorawasi", as_of="2024-04-21")  # fmt: skip
    village = claim("b", "203", kind="other", party=None, subject="passengers aboard",
                    place="Ulmet", as_of="2024-04-21")  # fmt: skip
    elsewhere = claim("c", "90", kind="other", party=None, subject="passengers aboard",
                      place="Tamaro", as_of="2024-04-21")  # fmt: skip
    subjects = group.group([port, village, elsewhere], known)
    assert _together(subjects, port, village)
    assert not _together(subjects, port, elsewhere)
    # ... and one with a count placed in the country those reports are about
    country = claim("c", "as many as 250", kind="other", party=None,
                    subject="passengers aboard", place="Peru", as_of="2024-04-21")  # fmt: skip
    subjects = group.group([port, country, elsewhere], known)
    assert _together(subjects, port, country)
    assert not _together(subjects, country, elsewhere)


def test_people_aboard_counted_in_towns_of_one_country_far_apart_are_one_count() -> None:
    """The passengers of one train, counted by the railway near the crash and by a minister
    in the capital hundreds of kilometres away, are one count; people inside buildings in
    two towns far apart are two."""
    railway = claim("a", "about 850", kind="other", party=None, subject="passengers aboard",
                    place="Cusco", as_of="2024-04-21")  # fmt: skip
    minister = claim("b", "as many as 1,200", kind="other", party=None,
                     subject="passengers aboard", place="Lima", as_of="2024-04-21")  # fmt: skip
    abroad = claim("c", "900", kind="other", party=None, subject="passengers aboard",
                   place="Santiago", as_of="2024-04-21")  # fmt: skip
    subjects = group.group([railway, minister, abroad], ARTICLES)
    assert _together(subjects, railway, minister)
    assert not _together(subjects, railway, abroad)
    # a count with no place joins their one scene, as it joins one place
    unplaced = claim("c", "between 280 and 300", kind="other", party=None,
                     subject="passengers aboard", as_of="2024-04-22")  # fmt: skip
    subjects = group.group([railway, minister, unplaced], ARTICLES)
    assert _together(subjects, railway, minister, unplaced)
    subjects = group.group([railway, abroad, unplaced], ARTICLES)
    assert not _together(subjects, railway, unplaced)
    a, b = (replace(c, subject="people inside") for c in (railway, minister))
    assert not _together(group.group([a, b], ARTICLES), a, b)


def test_people_aboard_counted_from_places_of_one_scene_are_one_count() -> None:
    """The people aboard one ship, counted from the capital and from the port 30 km away in
    the same week, are one count; from a town abroad, another; a count placed where the
    gazetteer finds nothing stays with its own place."""
    capital = claim("a", "477", kind="other", party=None, subject="people aboard",
                    place="Lima", as_of="2014-04-16")  # fmt: skip
    port = claim("b", "a total of 475", kind="other", party=None, subject="people aboard",
                 place="Callao", as_of="2014-04-18")  # fmt: skip
    abroad = claim("c", "470", kind="other", party=None, subject="people aboard",
                   place="Santiago", as_of="2014-04-17")  # fmt: skip
    subjects = group.group([capital, port, abroad], ARTICLES)
    assert _together(subjects, capital, port)
    assert not _together(subjects, capital, abroad)
    # Other counts keep their places apart.
    a, b = (replace(c, subject="fishing boats") for c in (capital, port))
    assert not _together(group.group([a, b], ARTICLES), a, b)


@pytest.mark.parametrize(
    ("one", "same", "other"),
    [
        # "about 80 percent of homes" and "nearly 60 percent of the houses" in one village
        # (wordings.yaml synonyms); a share of buildings is another
        ("share of homes", "share of houses", "share of buildings"),
        # "about 40 percent of the district's area" and "nearly 55 percent of the district"
        # (wordings.yaml area_words); a share of the commune's farms is another
        ("share of commune area", "share of commune", "share of commune farms"),
    ],
)
def test_shares_worded_alike_are_one_share(one: str, same: str, other: str) -> None:
    first = claim("a", "about 80 percent", kind="percent", party=None, subject=one,
                  place="Lima", as_of="2024-04-21")  # fmt: skip
    second = claim("b", "nearly 60 percent", kind="percent", party=None, subject=same,
                   place="Lima", as_of="2024-04-21")  # fmt: skip
    third = claim("c", "40 percent", kind="percent", party=None, subject=other,
                  place="Lima", as_of="2024-04-21")  # fmt: skip
    subjects = group.group([first, second, third], ARTICLES)
    assert _together(subjects, first, second)
    assert not _together(subjects, first, third)


def test_a_share_with_no_place_meets_no_town_s_share() -> None:
    # "38 percent in the capital" is no rival of the nation's 54 percent
    national = claim("a", "54 percent", kind="percent", party=None, subject="share of vote",
                     as_of="2015-09-04")  # fmt: skip
    capital = claim("b", "38 percent", kind="percent", party=None, subject="share of vote",
                    place="Lima", as_of="2015-09-04")  # fmt: skip
    assert not _together(group.group([national, capital], ARTICLES), national, capital)
    # other measures with no place still meet the one place of the others
    a, b = (replace(c, kind="other", subject="fishing boats") for c in (national, capital))
    assert _together(group.group([a, b], ARTICLES), a, b)


def test_an_unknown_place_in_another_country_is_not_the_report_s_place() -> None:
    """A report from a Peruvian town names a toll in "Chile's Eastmark State", a state the
    gazetteer lacks: it is not joined to the town's toll through the report's place."""

    known = {"a": _report("a", "CUSCO - A storm hit Peru and Chile. Cusco was hit hardest.")}
    town = claim("a", "17", party="people", place="Cusco", as_of="2024-04-21")
    abroad = claim("a", "six", party="people", place="Chile's Eastmark State", as_of="2024-04-21")
    subjects = group.group([town, abroad], known)
    assert not _together(subjects, town, abroad)


def test_a_border_clash_s_soldiers_counted_from_either_capital_are_one_event() -> None:
    """ "LIMA - 49 Peruvian soldiers killed", then "SANTIAGO - 135 Peruvian servicemen": one
    clash in stories naming both countries; the dead of no side in two neighbouring
    countries (a storm's) stay two tolls."""
    known = {
        "a": _report("a", "LIMA - Peru said Chile attacked its border posts."),
        "b": _report("b", "SANTIAGO - Chile and Peru traded blame for the border fighting."),
    }
    lima = claim("a", "49", party="Peruvian soldiers", place="Lima", as_of="2024-04-21")
    santiago = claim("b", "135", party="Peruvian soldiers", place="Santiago",
                     as_of="2024-04-21")  # fmt: skip
    assert _together(group.group([lima, santiago], known), lima, santiago)
    people_a = claim("a", "17", party="people", place="Lima", as_of="2024-04-21")
    people_b = claim("b", "6", party="people", place="Santiago", as_of="2024-04-21")
    assert not _together(group.group([people_a, people_b], known), people_a, people_b)


def test_a_report_naming_no_place_joins_the_one_event_of_its_days() -> None:
    """A report whose dateline the gazetteer lacks and that names no town: its toll is the
    toll of the one event the other reports of those days give; with two such events, it
    cannot tell which."""
    known = {
        "a": _report("a", "LIMA - A train derailed in Peru. Lima sent rescuers."),
        "b": _report("b", "Survivors gathered at the halt. They want answers."),
        "c": _report("c", "SANTIAGO - A bus crashed in Chile. Santiago sent rescuers."),
    }
    placed = claim("a", "14", party="people", place="Lima", as_of="2024-04-21")
    placeless = claim("b", "as many as two dozen", party="people", as_of="2024-04-23")
    profiles = profiling.profiles([placed, placeless], known)
    assert profiles[placeless.id].place is None  # (the premise)
    assert profiles[placeless.id].article_place is None
    assert _together(group.group([placed, placeless], known), placed, placeless)
    other = claim("c", "9", party="people", place="Santiago", as_of="2024-04-22")
    subjects = group.group([placed, placeless, other], known)
    assert not _together(subjects, placed, placeless)
    assert not _together(subjects, other, placeless)


def test_a_distance_by_road_is_not_compared_with_one_as_the_crow_flies() -> None:
    # "nearly 900 km by road" and "about 700 km" between the same towns are two measures
    straight = claim("a", "about 700 km", kind="distance", party=None, subject="distance")
    road = claim("b", "nearly 900 km", kind="distance", party=None, subject="distance by road")
    again = claim("c", "900 km", kind="distance", party=None, subject="distance by road")
    ends = {"from_place": "Lyon", "to_place": "Paris"}
    straight, road, again = (replace(c, **ends) for c in (straight, road, again))
    subjects = group.group([straight, road, again], ARTICLES)
    assert not _together(subjects, straight, road)
    assert _together(subjects, road, again)
    # one by road with no ends is its article's own, as a bare distance is
    loose = claim("d", "12 km", kind="distance", party=None, subject="distance by road")
    other = claim("e", "20 km", kind="distance", party=None, subject="distance by road")
    assert not _together(group.group([loose, other], ARTICLES), loose, other)

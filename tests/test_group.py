"""Grouping claims into subjects (group.py)."""

from __future__ import annotations

import random

import pytest

from crosscheck import group
from crosscheck.model import Claim, Status, Subject
from factories import articles, claim

ARTICLES = articles("a", "b", "c", "d")


def _ids(subjects: list[Subject]) -> list[set[str]]:
    return [{c.id for c in s.claims} for s in subjects]


def _together(subjects: list[Subject], *claims: Claim) -> bool:
    wanted = {c.id for c in claims}
    return any(wanted <= ids for ids in _ids(subjects))


# --------------------------------------------------------------------------- parties


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("government soldiers", "government forces"),
        ("government troops", "government forces"),
        ("Tajik government soldiers", "government forces"),
        ("policemen", "government forces"),
        ("interior and defence ministry troops", "government forces"),
        ("gunmen", "rebels"),
        ("attackers", "rebels"),
        ("rebel troops", "rebels"),
        ("Nazarzod's troops", "rebels"),  # aliases.yaml: Nazarzoda leads rebels
        ("forces loyal to Nazarzoda", "rebels"),
        ("Russian troops", "russia forces"),
        ("traffic police", "government forces/traffic"),
        ("Tajikistan", "tajikistan"),
        ("Ivan Petrov's men", "forces of ivan petrov"),
    ],
)
def test_read_party(written: str, key: str) -> None:
    assert group.read_party(written).key == key


def test_composite_party_is_a_total() -> None:
    party = group.read_party("government soldiers and rebel troops")
    assert party.composite
    assert party.parts == ("government forces", "rebels")
    assert not group.read_party("interior and defence ministry troops").composite


def test_party_from_subject_when_missing() -> None:
    found = claim("a", "5", party=None, subject="people killed by the bomb")
    assert group.party_text(found) == "people by the bomb"
    assert group.read_party("people by the bomb", derived=True).key == "people (bomb)"


# --------------------------------------------------------------------------- grouping


def test_party_synonyms_group_together() -> None:
    one = claim("a", "39", party="government soldiers")
    two = claim("b", "up to 100", party="government troops")
    other = claim("c", "50", party="attackers")
    subjects = group.group([one, two, other], ARTICLES)
    assert _together(subjects, one, two)
    assert not _together(subjects, one, other)
    (joined,) = [s for s in subjects if len(s.claims) == 2]
    assert any("same party" in reason for reason in joined.reasons)


def test_kinds_never_mix() -> None:
    killed = claim("a", "39", kind="killed")
    injured = claim("b", "39", kind="injured")
    assert not _together(group.group([killed, injured], ARTICLES), killed, injured)


def test_tolls_within_a_week_are_one_event_and_months_apart_are_not() -> None:
    first = claim("a", "9", party="attackers", as_of="2015-09-04")
    later = claim("b", "18", party="rebels", as_of="2015-09-09")
    months = claim("c", "3", party="gunmen", as_of="2016-01-10")
    subjects = group.group([first, later, months], ARTICLES)
    assert _together(subjects, first, later)
    assert not _together(subjects, first, months)


def test_missing_as_of_falls_back_to_publication_date() -> None:
    known = {"a": ARTICLES["a"], "old": articles("old", published="1998-11-06")["old"]}
    dated = claim("a", "9", as_of="2015-09-04")
    undated = claim("old", "9", as_of=None)
    assert not _together(group.group([dated, undated], known), dated, undated)
    assert group.when_of(undated, known) == known["old"].published


def test_stocks_compare_across_years() -> None:
    early = claim("a", "20,000", kind="troops", party="Russian troops", as_of="1997-08-12")
    late = claim("b", "about 25,000", kind="troops", party="Russian troops", as_of="1998-11-06")
    assert _together(group.group([early, late], ARTICLES), early, late)


def test_episodic_stocks_group_by_event() -> None:
    early = claim("a", "1,000", kind="fighters", party="rebels", as_of="1998-11-04")
    late = claim("b", "a few dozen", kind="fighters", party="rebels", as_of="2015-09-13")
    assert not _together(group.group([early, late], ARTICLES), early, late)


def test_place_within_place_matches_for_tolls() -> None:
    city = claim("a", "33", place="Dushanbe", party="policemen")
    country = claim("b", "at least eight", place="Tajikistan", party="policemen")
    other_city = claim("c", "4", place="Khujand", party="policemen")
    anywhere = claim("d", "8", place=None, party="policemen")
    subjects = group.group([city, country, anywhere], ARTICLES)
    assert _together(subjects, city, country, anywhere)
    split = group.group([city, other_city], ARTICLES)
    assert not _together(split, city, other_city)


def test_spellings_of_one_place_match() -> None:
    one = claim("a", "39", place="Khodzhand")
    two = claim("b", "up to 100", place="Khudzhand")
    assert _together(group.group([one, two], ARTICLES), one, two)


def test_stock_in_a_city_is_not_the_stock_in_the_country() -> None:
    country = claim("a", "20,000", kind="troops", party="Russian troops", place="Tajikistan")
    city = claim("b", "several thousand", kind="troops", party="Russian troops", place="Dushanbe")
    assert not _together(group.group([country, city], ARTICLES), country, city)


def test_unplaced_claim_stays_apart_when_places_split() -> None:
    one = claim("a", "3", place="Dushanbe")
    two = claim("b", "4", place="Khujand")
    loose = claim("c", "5", place=None)
    subjects = group.group([one, two, loose], ARTICLES)
    assert _ids(subjects) == [{one.id}, {two.id}, {loose.id}] or len(subjects) == 3


def test_measures_group_by_wording_and_date() -> None:
    one = claim("a", "about 40 kilometers", kind="distance", party=None,
                subject="distance of the rebels from Dushanbe", as_of="1996-02-02")  # fmt: skip
    two = claim("b", "40 km", kind="distance", party=None,
                subject="the distance of rebels from Dushanbe", as_of="1996-02-02")  # fmt: skip
    other = claim("c", "15 km", kind="distance", party=None,
                  subject="distance of the rebels from Dushanbe", as_of="1996-02-01")  # fmt: skip
    unrelated = claim("d", "40 km", kind="distance", party=None,
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
                place="Khodzhand", as_of="1998-11-05")  # fmt: skip
    two = claim("b", "up to 100", party="government troops", as_of="1998-11-05")
    (subject,) = group.group([one, two], ARTICLES)
    assert subject.key == "killed|government forces|1998-11-05|khujand"
    assert subject.label == "government troops killed, Khodzhand, 1998-11-05"  # shortest wording
    assert subject.kind == "killed"

"""Reading who a claim counts (parties.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import names, parties
from factories import claim


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("government soldiers", "state forces"),
        ("government troops", "state forces"),
        ("policemen", "state forces"),  # roles of the state's forces are counted as one party
        ("servicemen", "state forces"),
        ("troopers", "state forces"),  # a paramilitary force's members, as news call them
        ("Indian jawans", "state forces [country:IN]"),
        ("youths", "people"),  # young people, no side
        ("members of the Eastmark community", "people"),  # a community's people
        ("protesters and bystanders", "people"),  # a side joined to its own role: all of it
        ("interior and defence ministry troops", "state forces"),
        ("security personnel", "state forces"),
        ("employees of internal affairs", "state forces"),  # translated: the police
        ("warders", "state forces"),  # a prison's staff, as "correctional officers" are
        ("persons deprived of liberty", "people/prisoners"),  # translated: inmates
        ("women deprived of liberty", "people/prisoners"),  # whoever they are
        # an age limit names the young counted, no other party
        ("children below 18 years of age", "children"),
        ("children under the age of 16", "children"),
        ("children and teenagers", "children"),  # the young, as "children" counts them
        ("our brothers", "people"),  # a union's or a community's own dead
        ("children and adolescents", "children"),
        # an audience is the people where the event struck, as spectators are
        ("concert-goers", "people"),
        # a massacre's victims as news name them all
        ("men and boys", "people"),
        # translated "agresores", criminals who bear arms; a force's cadets and recruits;
        # mineworkers are workers
        ("aggressors", "armed group"),
        ("armed criminals", "armed group"),
        ("air force recruits", "state forces"),
        ("police cadets", "state forces"),
        ("mineworkers", "people/workers"),
        ("theatregoers", "people"),
        ("convicts", "people/prisoners"),  # inmates by their sentence
        ("medical personnel", "medical personnel"),  # personnel of no force are no force
        ("French government soldiers", "state forces [country:FR]"),
        ("Spanish servicemen", "state forces [country:ES]"),
        ("gunmen", "armed group"),
        ("attackers", "armed group"),
        ("rebel troops", "armed group"),
        ("fighters", "armed group"),  # the usual word for an armed group's men
        ("bandits", "armed group"),
        # Soldiers who rose against their state are no longer its forces.
        ("coup plotters", "armed group"),
        ("putschists", "armed group"),
        ("law enforcers", "state forces"),
        ("civilians", "people"),
        # an abbreviation written with points reads as without them
        ("U.N. peacekeepers", "international forces"),
        ("UN peacekeepers", "international forces"),
        ("residents", "people"),
        # The foreigners among those counted: a group, whatever their nationalities.
        ("foreigners", "people [foreign]"),
        ("foreign nationals", "people [foreign]"),
        # People named by whom they are to the speaker: no party of their own.
        ("classmates", "people"),
        ("comrades", "people"),
        # A crackdown's dead are "protesters" in one report and "people" in the next: one
        # party (parties.yaml counted_with_side); hostages and prisoners stay apart.
        ("protesters", "people"),
        ("demonstrators", "people"),
        ("striking miners", "people"),  # a strike's are its protesters
        ("strikers", "people"),
        # a party's crowd in the street, and those a raid rounds up, are its people too;
        # its armed supporters are an armed group
        ("opposition supporters", "people"),
        ("supporters", "people"),
        ("armed supporters", "armed group"),
        ("suspects", "people"),
        # translated usage: those "of the mass riots" are its protesters, those "of the
        # armed attacks" its gunmen
        ("participants of the mass riots", "people"),
        ("participants of the armed attacks", "armed group"),
        ("commandos", "state forces"),
        # people named by what they do: a part of everyone, as hostages are
        ("miners", "people/workers"),
        ("garment workers", "people/workers"),
        ("pupils", "people/students"),
        ("schoolgirls", "people/students"),
        ("Latvian protesters", "people [country:LV]"),
        ("prisoners", "people/prisoners"),
        ("ethnic Armenians", "people [country:AM]"),
        ("Norwegians", "people [country:NO]"),
        ("Basques", "people"),  # a people that is no country's: the people counted
        # a minority, and a country's own minority: the people counted, of no nationality
        # apart
        ("the Veyan minority", "people"),
        ("members of Norland's Veyan minority", "people"),
        ("traffic police", "state forces/traffic"),
        ("Norland", "norland"),
        ("Ivan Petrov's men", "forces of ivan petrov"),
        ("hostages killed on Tuesday", "people/hostages"),
        # Those who take hostages are an armed group, not hostages.
        ("hostage-takers", "armed group"),
        ("kidnappers", "armed group"),
        # a people's word that its country's name does not start (aliases.yaml)
        ("Spaniards", "people [country:ES]"),
        ("Britons", "people [country:GB]"),
        # a toll's victims named as men ("gunmen killed 12 men"): the people killed; a
        # breakdown by sex ("19 were women and 12 were men") is scoped by the extractor
        ("men", "people"),
        # (but not men of a side: "armed men", a leader's men)
        ("armed men", "armed group"),
        # a crossing's dead as news count them: "migrants feared dead" and "people died" in
        # one sinking; the migrants of one nation are of it
        ("migrants", "people"),
        ("asylum-seekers", "people"),
        ("Syrian migrants", "people [country:SY]"),
        ("refugees", "people/refugees"),
    ],
)
def test_read_party(written: str, key: str) -> None:
    assert parties.read_party(written).key == key


@pytest.mark.parametrize(
    ("written", "taken"),
    [("girls", True), ("schoolgirls", True), ("people", True), ("passengers", True),
     ("Norlandic girls", False), ("soldiers", False), ("women", False)],
)  # fmt: skip
def test_who_one_abduction_takes_are_all_those_taken(written: str, taken: bool) -> None:
    assert parties.everyone_taken(parties.read_party(written)) is taken


def test_party_keeps_side_role_and_nationality() -> None:
    party = parties.read_party("Finnish border guards")
    assert (party.side, party.role, party.groups) == (
        "state forces",
        "border guards",
        ("country:FI",),
    )
    assert "border guards are counted with all state forces" in party.how


def test_composite_party_is_a_total() -> None:
    party = parties.read_party("government soldiers and rebel troops")
    assert party.composite
    assert party.parts == ("armed group", "state forces")
    assert not parties.read_party("interior and defence ministry troops").composite


def test_party_from_subject_when_missing() -> None:
    found = claim("a", "5", party=None, subject="people killed by the bomb")
    assert parties.party_text(found) == "people by the bomb"
    assert parties.read_party("people by the bomb", derived=True).key == "people (bomb)"
    placed = claim("a", "5", party=None, subject="people killed in Lyon", place="Lyon")
    assert parties.party_text(placed) == "people in"
    # the kind's own words of more than one: "people taking part" are people, as the
    # "marchers" of another report of the same crowd are
    crowd = claim("a", "3,000", kind="crowd", party=None, subject="people taking part")
    assert parties.read_party(parties.party_text(crowd), derived=True).key == (
        parties.read_party("marchers").key
    )


@pytest.mark.parametrize(
    ("part", "whole", "among"),
    [
        ("protesters", "people", False),  # the same party: rivals (counted_with_side)
        ("hostages", "people", True),
        ("French soldiers", "people", True),  # every party is among everyone
        ("ethnic Armenians", "people", True),  # a nationality within the same party
        ("French soldiers", "soldiers", False),  # unqualified forces may be anyone's
        ("French soldiers", "civilians", False),  # the armed are not among civilians
        ("French soldiers", "Spanish soldiers", False),
        ("Spanish soldiers", "Spanish soldiers and rebels", True),  # a part of a total
        ("rebels", "state forces", False),
        ("soldiers", "soldiers", False),  # the same party is not a part of itself
        ("people", "hostages", False),
        ("foreigners", "people", True),  # the foreigners among the dead are a part
    ],
)
def test_among(part: str, whole: str, among: bool) -> None:
    assert parties.among(parties.read_party(part), parties.read_party(whole)) is among


def test_a_persons_forces_take_the_side_the_corpus_gives(tmp_path: Path) -> None:
    (tmp_path / "aliases.yaml").write_text(
        "entities:\n  - canonical: Ivan Petrov\n    variants: [Petrov]\n    side: armed group\n",
        encoding="utf-8",
    )
    names.use_corpus(tmp_path)
    try:
        assert parties.read_party("Petrov's troops").key == "armed group"
        assert parties.read_party("forces loyal to Ivan Petrov").key == "armed group"
    finally:
        names.use_corpus(None)
    assert parties.read_party("Petrov's troops").key == "forces of petrov"

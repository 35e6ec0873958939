"""Comparing figures into findings (compare.py)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck import compare, dates, group, names, origins, pairs, quantities
from crosscheck.model import Attribution, Claim, Finding, Span, Status, Subject, Verdict
from factories import article, articles, claim

ARTICLES = articles("a", "b", "c", "d", "e")


def _subject(*claims: Claim, kind: str = "killed") -> Subject:
    return Subject("test", "test", kind, tuple(claims))


def _contradicts(*claims: Claim) -> bool:
    """Whether the engine finds a contradiction among `claims`."""
    findings = compare.analyse(list(claims), ARTICLES)
    return any(f.verdict is Verdict.CONTRADICTION for f in findings)


def _finding(*claims: Claim, kind: str = "killed") -> Finding:
    """The subject's worst finding (claims that agree are held in findings of their own)."""
    findings = compare.compare([_subject(*claims, kind=kind)], ARTICLES)
    return min(findings, key=compare.analysed_order)


# --------------------------------------------------------------------------- verdicts


def test_contradiction_up_to_puts_its_figure_forward() -> None:
    low = claim("a", "39", source="president's spokesman Zafar Saidov", as_of="1998-11-05")
    high = claim("b", "up to 100", source="government press service", via=("Interfax",),
                 as_of="1998-11-05")  # fmt: skip
    finding = _finding(low, high)
    assert finding.verdict is Verdict.CONTRADICTION
    assert finding.severity > 0.7
    assert finding.explanation == (
        "39 (president's spokesman Zafar Saidov, 1998-11-05) vs up to 100 (government press "
        "service via Interfax, 1998-11-05): intervals do not overlap, best estimates differ by 61"
    )


def test_a_lower_bound_agrees_with_any_higher_figure() -> None:
    floor = claim("a", "at least eight", source="interior ministry")
    higher = claim("b", "33", source="unidentified source", via=("RIA",))
    finding = _finding(floor, higher)
    assert finding.verdict is Verdict.CONSISTENT
    assert "agree (a lower bound and a figure above it)" in finding.explanation
    assert _finding(claim("a", "more than 150"), claim("b", "87", source="x")).verdict is (
        Verdict.CONTRADICTION
    )


@pytest.mark.parametrize(
    ("higher", "source", "verdict"),
    [
        # A ceiling or a critic's count three times the floor or more disputes its scale.
        ("as many as 5,000", "lawyers' association", Verdict.TENSION),
        ("5,000", "human rights group", Verdict.TENSION),
        # Nearer the floor, or a count that may be the toll as it went on, agrees with it.
        ("up to 2,000", "lawyers' association", Verdict.CONSISTENT),
        ("5,000", "disaster operations centre", Verdict.CONSISTENT),
        ("as many as 5,000", "health ministry", Verdict.CONSISTENT),  # its own source
    ],
)
def test_a_floor_and_a_rival_scale(higher: str, source: str, verdict: Verdict) -> None:
    floor = claim("a", "at least 1,100", source="health ministry")
    assert _finding(floor, claim("b", higher, source=source)).verdict is verdict


@pytest.mark.parametrize(
    ("later", "days", "verdict"),
    [
        ("61", 7, Verdict.CHANGED),  # patients discharged
        ("53", 1, Verdict.CHANGED),  # more admitted
        ("30", 0, Verdict.CONTRADICTION),  # the same day: two counts of one ward
    ],
)
def test_those_still_in_hospital_are_a_count_that_moves_both_ways(
    later: str, days: int, verdict: Verdict
) -> None:
    def in_care(article: str, figure: str, day: int, source: str) -> Claim:
        day_of = f"2022-07-{4 + day:02d}"
        subject = "people injured (in hospital)"
        return claim(
            article,
            figure,
            kind="injured",
            party=None,
            source=source,
            subject=subject,
            as_of=day_of,
        )

    first = in_care("a", "94", 0, "national guard")
    found = _finding(first, in_care("b", later, days, "ministry"), kind="injured")
    assert found.verdict is verdict
    if verdict is Verdict.CHANGED:
        assert "(people discharged or freed)" in found.explanation
    # counts of all the injured stay a running toll: a lower one later is a dispute
    everyone = claim("a", "94", kind="injured", party=None, as_of="2022-07-04")
    fewer = claim("b", "61", kind="injured", party=None, as_of="2022-07-11", source="ministry")
    assert _finding(everyone, fewer, kind="injured").verdict is Verdict.CONTRADICTION


@pytest.mark.parametrize(
    ("later", "days", "verdict"),
    [
        ("4,800", 90, Verdict.CHANGED),  # people went home
        ("10,000", 0, Verdict.CONTRADICTION),  # the same day: two counts of the same camps
    ],
)
def test_those_still_in_camps_are_a_count_that_moves_both_ways(
    later: str, days: int, verdict: Verdict
) -> None:
    def in_camps(article: str, figure: str, day: int, source: str) -> Claim:
        day_of = (date(2022, 4, 4) + timedelta(days=day)).isoformat()
        subject = "people displaced (in camps)"
        return claim(
            article,
            figure,
            kind="displaced",
            party=None,
            source=source,
            subject=subject,
            as_of=day_of,
        )

    first = in_camps("a", "41,000" if days else "4,000", 0, "officials")
    found = _finding(first, in_camps("b", later, days, "aid workers"), kind="displaced")
    assert found.verdict is verdict


def test_contradiction_when_floor_is_above() -> None:
    finding = _finding(claim("a", "at least 50"), claim("b", "12", source="police"))
    assert finding.verdict is Verdict.CONTRADICTION


def test_consistent_within_tolerance() -> None:
    finding = _finding(claim("a", "about 25,000", kind="troops"),
                       claim("b", "24,500", kind="troops"), kind="troops")  # fmt: skip
    assert finding.verdict is Verdict.CONSISTENT
    assert finding.severity == 0
    assert "agree" in finding.explanation


@pytest.mark.parametrize(
    ("one", "two", "verdict"),
    [
        # a figure written to one decimal covers what rounds to it
        ("79.7 percent", "79.67 percent", Verdict.CONSISTENT),
        ("79.7 percent", "80.10 percent", Verdict.CONTRADICTION),
        ("79 percent", "80 percent", Verdict.CONTRADICTION),
        # a whole share is the finer one rounded: "59 percent" turnout is 58.9 percent
        ("59 percent", "58.9 percent", Verdict.CONSISTENT),
        ("59 percent", "58.4 percent", Verdict.CONTRADICTION),
        ("about 59 percent", "58.9 percent", Verdict.CONSISTENT),
    ],
)
def test_a_decimal_figure_covers_its_rounding(one: str, two: str, verdict: Verdict) -> None:
    first = claim("a", one, kind="percent", party=None, subject="share of vote", as_of=None)
    second = claim("b", two, kind="percent", party=None, subject="share of vote", as_of=None,
                   source="commission")  # fmt: skip
    assert _finding(first, second, kind="percent").verdict is verdict


@pytest.mark.parametrize(
    ("first_source", "second_source", "verdict"),
    [
        # one commission's preliminary, then final share: its count went on
        ("Central Election Commission", "Central Election Commission", Verdict.CHANGED),
        # the opposition's count against it: a rival figure
        ("Central Election Commission", "opposition alliance", Verdict.CONTRADICTION),
    ],
)
def test_one_source_s_share_on_another_day_is_its_count_going_on(
    first_source: str, second_source: str, verdict: Verdict
) -> None:
    first = claim("a", "53.9 percent", kind="percent", party=None, subject="share of vote",
                  as_of="2015-09-04", source=first_source)  # fmt: skip
    second = claim("b", "54.1 percent", kind="percent", party=None, subject="share of vote",
                   as_of="2015-09-06", source=second_source)  # fmt: skip
    assert _finding(first, second, kind="percent").verdict is verdict


def test_update_for_a_later_higher_toll() -> None:
    first = claim("a", "9", party="attackers", as_of="2015-09-04", source="interior ministry")
    later = claim("b", "18", party="rebels", as_of="2015-09-09", source="source cited by TASS",
                  via=("TASS",))  # fmt: skip
    finding = _finding(first, later)
    assert finding.verdict is Verdict.UPDATE
    assert finding.severity <= 0.1
    assert "5 days later and higher by 9" in finding.explanation


@pytest.mark.parametrize(
    ("earlier", "later", "verdict"),
    [
        ("the interior ministry", "a human rights group", Verdict.CONTRADICTION),
        ("the regional prosecutor", "opposition activists", Verdict.CONTRADICTION),
        ("the interior ministry", "the health ministry", Verdict.UPDATE),
        ("opposition activists", "the interior ministry", Verdict.UPDATE),
        ("witnesses and officials", "a human rights group", Verdict.UPDATE),
        # A side's own count of its people, then a higher one from another country's source.
        ("Peruvian defence ministry", "Chilean army", Verdict.CONTRADICTION),
        ("Peruvian defence ministry", "Peruvian army", Verdict.UPDATE),  # its own count
        ("Peruvian defence ministry", "Coast Wire", Verdict.UPDATE),  # no side named
        ("a news website", "Chilean army", Verdict.CONTRADICTION),  # the adversary, later
        ("Chilean navy", "Chilean army", Verdict.UPDATE),  # the adversary's own count rising
        ("Chilean army", "Peruvian defence ministry", Verdict.UPDATE),  # the side's own, later
        # a state's public prosecution is the authorities; a farmer who buried his own, local
        # leaders and independent experts count apart from them
        ("the Public Prosecution", "a farmer who lost two brothers", Verdict.CONTRADICTION),
        ("the police", "local leaders", Verdict.CONTRADICTION),
        ("state officials", "independent experts", Verdict.CONTRADICTION),
    ],
)
def test_a_higher_figure_from_the_authorities_critics_or_the_other_side_disputes_a_toll(
    earlier: str, later: str, verdict: Verdict
) -> None:
    party = (
        "Peruvian soldiers"
        if {"Peruvian", "Chilean"} & set((earlier + " " + later).split())
        else "people"
    )
    official = claim("a", "60", party=party, as_of="2015-09-04", source=earlier)
    critics = claim("b", "400", party=party, as_of="2015-11-02", source=later)
    finding = _finding(official, critics)
    assert finding.verdict is verdict
    if verdict is Verdict.CONTRADICTION:
        side = "the other side" if party != "people" else "the authorities' critics"
        assert f"from {side}, not a running toll" in finding.explanation


OUTSIDE = "a higher count from outside the authorities"
LOCAL = "a higher count from the place's own authorities"


@pytest.mark.parametrize(
    ("earlier", "later", "then", "tension"),
    [
        # a named source of neither camp, within the week: a tension to look at
        ("the army", "Ann Lee, a civic leader in Westby", "2015-09-05", OUTSIDE),
        ("the interior ministry", "the Westby Farmers Association", "2015-09-10", OUTSIDE),
        # the authorities' own count rising; a news outlet's tally; a UN body a little above
        ("the army", "the health ministry", "2015-09-05", None),
        ("the army", "Coast Wire", "2015-09-05", None),
        ("the army", "the UN mission", "2015-09-05", None),
        # no one named; the week gone by; an outsider's count first, the official one after
        ("the army", "an unidentified source", "2015-09-05", None),
        ("the army", "Ann Lee, a civic leader in Westby", "2015-09-20", None),
        ("Ann Lee, a civic leader in Westby", "the army", "2015-09-05", None),
        # the state's count, then a town's own authorities' higher one within the week
        ("the army", "Ivan Petrov, the mayor of Westby", "2015-09-06", LOCAL),
        ("the interior minister", "the deputy mayor of Westby", "2015-09-05", LOCAL),
        # the state's count rising; a mayor's own count rising; the week gone by; the
        # mayor's count first and the state's after
        ("the army", "the governor", "2015-09-06", None),
        ("the mayor of Westby", "Ivan Petrov, the mayor of Westby", "2015-09-06", None),
        ("the army", "Ivan Petrov, the mayor of Westby", "2015-09-20", None),
        ("Ivan Petrov, the mayor of Westby", "the army", "2015-09-06", None),
    ],
)
def test_a_higher_count_from_outside_the_state_within_the_week_is_a_tension(
    earlier: str, later: str, then: str, tension: str | None
) -> None:
    """From a source of neither camp (`_outsider_above`) or a town's own authorities after
    the state's (`_local_above`); otherwise the count going on."""
    first = claim("a", "30", as_of="2015-09-04", source=earlier)
    second = claim("b", "40", as_of=then, source=later)
    finding = _finding(first, second)
    assert finding.verdict is (Verdict.UPDATE if tension is None else Verdict.TENSION)
    if tension is not None:
        assert tension in finding.explanation


def test_the_authorities_well_above_a_un_body_within_the_week_is_a_tension() -> None:
    """A UN body's count, then the authorities' MONITOR_RATIO times it or more within the
    week (`_official_above_monitor`); a little above, or after the week, the count going
    on."""
    monitor = claim("a", "20", as_of="2015-09-04", source="the UN mission")
    well_above = claim("b", "35", as_of="2015-09-05", source="the health ministry")
    finding = _finding(monitor, well_above)
    assert finding.verdict is Verdict.TENSION
    assert "well above a United Nations body's" in finding.explanation
    # ("humanitarian partners", the UN's word for the agencies it coordinates, are its own)
    partners = replace(monitor, attribution=Attribution("humanitarian partners on the ground"))
    assert _finding(partners, well_above).verdict is Verdict.TENSION
    a_little = replace(well_above, figure="24", estimate=quantities.parse_figure("24"))
    assert _finding(monitor, a_little).verdict is Verdict.UPDATE
    weeks_on = claim("b", "35", as_of="2015-09-20", source="the health ministry")
    assert _finding(monitor, weeks_on).verdict is Verdict.UPDATE


def _worst_verdict(first: Claim, second: Claim, body: str, kind: str = "killed") -> Verdict:
    """The worst verdict on two claims, the second placed at its figure in article "b"'s
    `body` (its sentence's words are read)."""
    start = body.index(second.figure)
    placed = replace(second, span=Span(start, start + len(second.figure)))
    later = replace(ARTICLES["b"], body=body)
    found = compare.compare([_subject(first, placed, kind=kind)], {**ARTICLES, "b": later})
    return min(found, key=compare.analysed_order).verdict


@pytest.mark.parametrize(
    ("later", "source", "verdict"),
    [
        ("71", "the school", Verdict.CHANGED),  # fewer held: some escaped or were freed
        ("183", "the school", Verdict.CONTRADICTION),  # more held, by another: a dispute
        ("183", "police", Verdict.CHANGED),  # the same source's own recount
    ],
)
def test_more_still_held_of_one_abduction_by_another_source_is_a_dispute(
    later: str, source: str, verdict: Verdict
) -> None:
    def held(article: str, figure: str, day: str, said: str) -> Claim:
        return claim(
            article,
            figure,
            kind="hostages",
            party="girls",
            subject="girls hostages (still held)",
            as_of=day,
            source=said,
        )

    first = held("a", "96", "2015-09-04", "police")
    found = _finding(first, held("b", later, "2015-09-08", source), kind="hostages")
    assert found.verdict is verdict


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        ("A security source said the real toll was between 40 and 50.", Verdict.CONTRADICTION),
        # a range told as the toll's new level is a step of it
        ("A security source said the toll had risen to between 40 and 50.", Verdict.UPDATE),
        ("A security source put the toll at between 40 and 50.", Verdict.CONTRADICTION),
    ],
)
def test_a_higher_figure_given_as_the_real_toll_disputes_the_count(
    said: str, verdict: Verdict
) -> None:
    first = claim("a", "21", party="soldiers", as_of="2015-09-04", source="the army")
    second = claim(
        "b", "between 40 and 50", party="soldiers", as_of="2015-09-05", source="security source"
    )
    body = "Gunmen attacked an army post on Monday.\n\n" + said
    assert _worst_verdict(first, second, body) is verdict


@pytest.mark.parametrize(
    ("party", "earlier", "later", "verdict"),
    [
        # the soldiers an armed group says it killed: its claim, not the toll going on
        ("soldiers", "the army general staff", "an al-Qaeda-linked group", Verdict.CONTRADICTION),
        ("soldiers", "Coast Wire", "a rebel spokesman", Verdict.CONTRADICTION),
        # the state's count of the group's dead after the group's own
        ("militants", "the group's statement", "the defence ministry", Verdict.CONTRADICTION),
        # each side's own count rising, and the group's count of its own dead
        ("soldiers", "the army", "the defence ministry", Verdict.UPDATE),
        ("militants", "a rebel spokesman", "the rebels' statement", Verdict.UPDATE),
        ("militants", "the army", "a rebel spokesman", Verdict.UPDATE),
    ],
)
def test_a_higher_count_from_the_side_that_fought_them_disputes_a_toll(
    party: str, earlier: str, later: str, verdict: Verdict
) -> None:
    first = claim("a", "21", party=party, as_of="2015-09-04", source=earlier)
    then = claim("b", "more than 100", party=party, as_of="2015-09-05", source=later)
    assert _finding(first, then).verdict is verdict


@pytest.mark.parametrize(
    ("later", "source", "verdict"),
    [
        ("up to 400", "the health ministry", Verdict.CONTRADICTION),
        ("between 300 and 500", "a news website", Verdict.CONTRADICTION),
        ("up to 120", "the health ministry", Verdict.UPDATE),  # not three times the count
        ("up to 400", "the interior ministry", Verdict.UPDATE),  # its own count
        ("up to 400", "article", Verdict.UPDATE),  # the outlet's own figure
        ("400", "the health ministry", Verdict.UPDATE),  # a count, not a ceiling
        # a ceiling from outside the authorities: half as much again as their count
        ("up to 100", "a local lawmaker", Verdict.CONTRADICTION),
        ("up to 80", "a local lawmaker", Verdict.UPDATE),
        # ... and a range from outside them, as much again
        ("between 100 and 110", "a workers' union", Verdict.CONTRADICTION),
        ("between 70 and 80", "a workers' union", Verdict.UPDATE),
    ],
)
def test_a_later_ceiling_far_above_a_count_from_another_source_disputes_it(
    later: str, source: str, verdict: Verdict
) -> None:
    count = claim("a", "60", as_of="2015-09-04", source="the interior ministry")
    finding = _finding(count, claim("b", later, as_of="2015-11-02", source=source))
    assert finding.verdict is verdict
    if verdict is Verdict.CONTRADICTION:
        assert "a ceiling far above the count from another source" in finding.explanation


@pytest.mark.parametrize(
    ("later", "verdict"),
    [
        ("the school", Verdict.CONTRADICTION),  # another source: a recount or a dispute
        ("police", Verdict.UPDATE),  # the same source's own later count
    ],
)
def test_a_higher_count_of_people_taken_in_one_raid_is_no_toll_going_on(
    later: str, verdict: Verdict
) -> None:
    first = claim("a", "42", kind="hostages", party="pupils", as_of="2015-09-04", source="police")
    then = claim("b", "89", kind="hostages", party="pupils", as_of="2015-09-05", source=later)
    assert _finding(first, then, kind="hostages").verdict is verdict
    # a toll of the dead goes on (the authorities' own count rising)
    first = claim("a", "42", party="pupils", as_of="2015-09-04", source="police")
    then = claim("b", "89", party="pupils", as_of="2015-09-05", source="the state governor")
    assert _finding(first, then).verdict is Verdict.UPDATE


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        # another source's higher count of one breakout: a recount or a dispute
        ("The governor said more than 640 inmates escaped.", Verdict.CONTRADICTION),
        # the later count says which it corrects: the count completed
        ("A head count showed 640 inmates escaped, not 510 as first reported.", Verdict.UPDATE),
    ],
)
def test_a_higher_count_of_one_breakout_from_another_source_is_a_recount(
    said: str, verdict: Verdict
) -> None:
    first = claim("a", "510", kind="prisoners", party="inmates", as_of="2015-09-04",
                  source="the prison service")  # fmt: skip
    figure = "more than 640" if "more than" in said else "640"
    second = claim("b", figure, kind="prisoners", party="inmates", as_of="2015-09-05",
                   source="the governor")  # fmt: skip
    body = "Gunmen stormed the prison on Sunday.\n\n" + said
    assert _worst_verdict(first, second, body, kind="prisoners") is verdict


@pytest.mark.parametrize(
    ("later", "verdict"),
    [
        ("the Westby Institute for War Studies", Verdict.CONTRADICTION),
        ("a news website", Verdict.CONTRADICTION),
        ("a source cited by the Coast Wire", Verdict.UPDATE),  # news, not a rival count
        ("article", Verdict.UPDATE),  # the outlet's own "the toll rose to"
        ("the health ministry", Verdict.UPDATE),  # the authorities' count going on
    ],
)
def test_a_higher_figure_its_article_sets_beside_an_official_one_disputes_it(
    later: str, verdict: Verdict
) -> None:
    # "State media on Thursday said 414 were held ... according to X, more than 1,000."
    official = claim("a", "414", kind="detained", party="people", as_of="2015-09-03")
    official = replace(official, attribution=replace(official.attribution, source="state media"))
    rival = claim("a", "more than 1,000", kind="detained", party="people", source=later)
    relations = compare.relations(_subject(official, rival), ARTICLES)
    (relation,) = relations
    assert relation.verdict is verdict
    if verdict is Verdict.CONTRADICTION:
        assert "sets beside the official one" in relation.explanation


@pytest.mark.parametrize(
    ("standing", "verdict"),
    [
        ("31", Verdict.CONTRADICTION),  # the later report gives the official 31 as standing
        ("35", Verdict.UPDATE),  # another official figure: the count went on
        (None, Verdict.UPDATE),
    ],
)
def test_a_higher_figure_set_beside_the_official_one_that_still_stands_disputes_it(
    standing: str | None, verdict: Verdict
) -> None:
    # "31 were killed, the defence ministry said" (earlier); later: "Norland has stuck to
    # its official figure of 31. But Coast Wire has published the names of 94."
    official = claim("a", "31", party="people", as_of="2016-04-05", source="defence ministry")
    rival = claim("b", "94", party="people", as_of="2016-04-14", source="Coast Wire")
    held = [official, rival]
    if standing is not None:
        held.append(claim("b", standing, party="people", as_of="2016-04-14", source="Chile"))
    found = compare.relations(_subject(*held), ARTICLES)
    (relation,) = [r for r in found if {r.first.id, r.second.id} == {official.id, rival.id}]
    assert relation.verdict is verdict


@pytest.mark.parametrize(
    ("higher", "rival", "party", "verdict"),
    [
        ("about 600", None, "villagers", Verdict.UPDATE),  # nothing sets it back
        (
            "about 600",
            "fewer than 30",
            "villagers",
            Verdict.CONTRADICTION,
        ),  # its report disputes it
        ("about 600", "12", "children", Verdict.UPDATE),  # a part of the toll, not a rival
        ("about 600", "300", "villagers", Verdict.UPDATE),  # a rival above the earlier count
        ("about 60", "35", "villagers", Verdict.UPDATE),  # a rival count, not a sharp one
    ],
)
def test_a_later_higher_toll_its_own_report_disputes_is_not_a_running_toll(
    higher: str, rival: str | None, party: str, verdict: Verdict
) -> None:
    earlier = claim("a", "40", party="villagers", as_of="2019-06-02", source="regional governor")
    # (from a source of no side: the rebels' own higher count would dispute it anyway)
    claimed = claim("b", higher, party="villagers", as_of="2019-06-20", source="a local paper")
    held = [earlier, claimed]
    if rival is not None:
        held.append(claim("b", rival, party=party, as_of="2019-06-20", source="a news website"))
    found = compare.relations(_subject(*held), ARTICLES)
    (relation,) = [r for r in found if {r.first.id, r.second.id} == {earlier.id, claimed.id}]
    assert relation.verdict is verdict
    if verdict is Verdict.CONTRADICTION:
        assert "disputed in its own report" in relation.explanation


@pytest.mark.parametrize(
    ("high_source", "later_source", "later_day", "verdict"),
    [
        ("Peru", "Peruvian government", "2019-06-28", Verdict.CONTRADICTION),  # its settled count
        ("Peru", "Peruvian government", "2019-06-16", Verdict.UPDATE),  # a day late: may lag
        ("Peru", "a news website", "2019-06-28", Verdict.UPDATE),  # not the side's own
    ],
)
def test_a_higher_figure_the_sides_own_later_count_stays_below_overshoots(
    high_source: str, later_source: str, later_day: str, verdict: Verdict
) -> None:
    first = claim(
        "a", "120", party="Peruvians", as_of="2019-06-10", source="Peruvian defence ministry"
    )
    high = claim("b", "310", party="Peruvians", as_of="2019-06-15", source=high_source)
    later = claim("c", "180", party="Peruvians", as_of=later_day, source=later_source)
    found = compare.relations(_subject(first, high, later), ARTICLES)
    verdicts = {frozenset((r.first.id, r.second.id)): r.verdict for r in found}
    assert verdicts[frozenset((first.id, high.id))] is verdict
    if verdict is Verdict.CONTRADICTION:
        (pair,) = [r for r in found if {r.first.id, r.second.id} == {first.id, high.id}]
        assert "above its side's later count" in pair.explanation
    assert verdicts[frozenset((first.id, later.id))] is Verdict.UPDATE  # 120 then 180
    assert verdicts[frozenset((high.id, later.id))] is Verdict.CONTRADICTION  # lower later


def test_update_for_a_toll_over_a_longer_period() -> None:
    day = claim("a", "9", party="attackers", as_of="2015-09-04", source="interior ministry")
    week = claim("b", "18", party="rebels", as_of="2015-09-04/2015-09-09", source="TASS")
    finding = _finding(week, day)
    assert finding.verdict is Verdict.UPDATE
    assert finding.explanation == (
        "9 (interior ministry, 2015-09-04) then 18 (TASS, 2015-09-04/2015-09-09): a running "
        "toll over a longer period, higher by 9"
    )
    shorter = claim("c", "3", party="rebels", as_of="2015-09-04/2015-09-09", source="TASS")
    assert _finding(shorter, day).verdict is Verdict.CONTRADICTION


@pytest.mark.parametrize(
    ("first", "then", "sources"),
    [
        ("40", "9", ("police", "army")),
        ("as many as 2,000", "133", ("the government", "the government")),  # a sharp cut
    ],
)
def test_a_later_lower_toll_is_judged_as_a_dispute(
    first: str, then: str, sources: tuple[str, str]
) -> None:
    early = claim("a", first, as_of="2015-09-04", source=sources[0])
    later = claim("b", then, as_of="2015-09-20", source=sources[1])
    finding = _finding(early, later)
    assert finding.verdict is Verdict.CONTRADICTION
    assert "the later figure is lower" in finding.explanation


def test_a_toll_its_later_report_revises_down_is_a_tension_not_a_contradiction() -> None:
    # "revised the death toll down to 21 from 27": the later report gives the 27 as the
    # count it corrects, dated before it: a correction, flagged (a toll does not fall), not
    # a rival estimate.
    early = claim("a", "27", as_of="2015-09-04", source="emergency officials")
    given_before = claim("b", "27", as_of="2015-09-04", source="health commissioner")
    revised = claim("b", "21", as_of="2015-09-05", source="health commissioner")
    finding = _finding(early, given_before, revised)
    assert finding.verdict is Verdict.TENSION
    assert "revised down" in finding.explanation
    assert "check which count stands" in finding.explanation
    # Without the earlier count in its own report, the lower figure disputes the higher one.
    assert _finding(early, revised).verdict is Verdict.CONTRADICTION
    # A sharp cut disowns the first figure: still a dispute.
    claimed = claim("a", "as many as 2,000", as_of="2015-09-04", source="the government")
    again = claim("b", "as many as 2,000", as_of="2015-09-04", source="the government")
    cut = claim("b", "133", as_of="2015-09-05", source="the government")
    assert _finding(claimed, again, cut).verdict is Verdict.CONTRADICTION
    # A revision from another count than the rival's corrects that count, not this one.
    other = claim("b", "40", as_of="2015-09-04", source="health commissioner")
    found = compare.relations(_subject(early, other, revised), ARTICLES)
    verdicts = {frozenset((r.first.id, r.second.id)): r.verdict for r in found}
    assert verdicts[frozenset((early.id, revised.id))] is Verdict.CONTRADICTION
    # (and the 40 the report revised down to 21 is its own correction: a tension)
    assert verdicts[frozenset((other.id, revised.id))] is Verdict.TENSION


def test_a_toll_one_report_gives_as_fallen_is_flagged() -> None:
    # "revised down to 164 from the previous 187": one article gives both counts; a toll
    # does not fall, so the reader should see which stands.
    given_before = claim("b", "187", as_of="2015-09-04", source="state government")
    revised = claim("b", "164", as_of="2015-09-05", source="state government")
    finding = _finding(given_before, revised)
    assert finding.verdict is Verdict.TENSION
    assert "revised down" in finding.explanation
    # A rise one report gives (the count it had, then the count now) is no dispute.
    risen = claim("b", "230", as_of="2015-09-05", source="state government")
    assert compare.relations(_subject(given_before, risen), ARTICLES) == []


def test_changed_for_a_stock_years_apart() -> None:
    old = claim("a", "5.7 million", kind="population", party="Tajikistan", as_of="1998")
    new = claim("b", "8 million", kind="population", party="Tajikistan", as_of="2015")
    finding = _finding(old, new, kind="population")
    assert finding.verdict is Verdict.CHANGED
    assert "17 years apart" in finding.explanation


def test_a_town_four_times_larger_thirteen_months_later_is_disputed_not_changed() -> None:
    # (a town grows a tenth a year at most, over the rounding of two estimates)
    old = claim("a", "about 2,500", kind="population", party="Westby", as_of="2022-04-08")
    new = claim("b", "roughly 10,000", kind="population", party="Westby", as_of="2023-05-19")
    assert _finding(old, new, kind="population").verdict is Verdict.CONTRADICTION
    # a change it could make in the time is a change, as before
    grown = claim("b", "about 3,100", kind="population", party="Westby", as_of="2023-05-19")
    assert _finding(old, grown, kind="population").verdict is Verdict.CHANGED
    # forces may double in a year: a change
    few = claim("a", "2,500", kind="troops", party="Norland troops", as_of="2022-04-08")
    many = claim("b", "10,000", kind="troops", party="Norland troops", as_of="2023-05-19")
    assert _finding(few, many, kind="troops").verdict is Verdict.CHANGED


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        # a round population stated bare is rounded: "500,000" is 450,000 to 550,000
        ("500,000", "about 530,000", Verdict.CONSISTENT),
        ("500,000", "540,000", Verdict.CONSISTENT),
        ("500,000", "about 400,000", Verdict.CONTRADICTION),
        # a figure written to the unit is what it says
        ("500,120", "about 530,000", Verdict.CONTRADICTION),
    ],
)
def test_a_round_population_stands_for_what_it_is_rounded_from(
    first: str, second: str, verdict: Verdict
) -> None:
    a = claim("a", first, kind="population", party="Westby", as_of="2019-03-19")
    b = claim("b", second, kind="population", party="Westby", as_of="2019-03-29")
    assert _finding(a, b, kind="population").verdict is verdict


def test_a_round_toll_is_a_count() -> None:
    # (not a population: "500 killed" against "530" is a dispute)
    a = claim("a", "500", as_of="2019-03-19", source="the army")
    b = claim("b", "530", as_of="2019-03-19", source="a rights group")
    assert _finding(a, b).verdict is not Verdict.CONSISTENT


def test_stock_gap_is_stated_in_months() -> None:
    old = claim("a", "20,000", kind="troops", party="Russian troops", as_of="1997-08-12")
    new = claim("b", "about 25,000", kind="troops", party="Russian troops", as_of="1998-11-06")
    finding = _finding(old, new, kind="troops")
    assert "15 months apart" in finding.explanation
    assert finding.verdict is not Verdict.CONTRADICTION


def test_stock_within_a_year_is_a_dispute() -> None:
    one = claim("a", "20,000", kind="troops", as_of="1997-08-12")
    two = claim("b", "25,000", kind="troops", as_of="1997-09-12", source="ministry of defence")
    finding = _finding(one, two, kind="troops")
    assert finding.verdict is Verdict.CONTRADICTION
    assert "1 months apart" in finding.explanation or "31 days apart" in finding.explanation


@pytest.mark.parametrize(
    ("then", "as_of", "verdict"),
    [
        ("130 to 140", "2019-03-07", Verdict.CONTRADICTION),  # doubled within a week
        ("11", "2019-03-21", Verdict.CHANGED),  # three weeks on: people found
        ("12", "2019-03-05", Verdict.CHANGED),  # fell within days: people found
        ("380", "2019-04-20", Verdict.CHANGED),  # rose over seven weeks
    ],
)
def test_the_missing_are_a_level_that_moves_both_ways(
    then: str, as_of: str, verdict: Verdict
) -> None:
    first = claim("a", "60", kind="missing", party="sailors", as_of="2019-03-02",
                  source="navy command")  # fmt: skip
    second = claim("b", then, kind="missing", party="sailors", as_of=as_of, source="coastguard")
    assert _finding(first, second, kind="missing").verdict is verdict
    # A toll that only grows reads the same two figures as a running count.
    killed = claim("c", "60", party="sailors", as_of="2019-03-02", source="navy command")
    more = claim("d", "130 to 140", party="sailors", as_of="2019-03-07", source="coastguard")
    assert _finding(killed, more).verdict is Verdict.UPDATE


@pytest.mark.parametrize(
    ("then", "as_of", "verdict"),
    [
        ("more than 100,000", "2020-08-16", Verdict.CONTRADICTION),  # the same day's rally
        ("more than 100,000", "2020-08-17", Verdict.CONTRADICTION),  # reported the day after
        ("more than 100,000", "2020-08-23", Verdict.CHANGED),  # a week on: another rally
        ("5,000", "2020-08-17", Verdict.CHANGED),  # fewer the next day: another crowd
    ],
)
def test_a_crowd_is_counted_on_its_day(then: str, as_of: str, verdict: Verdict) -> None:
    police = claim("a", "no more than 20,000", kind="crowd", party=None, as_of="2020-08-16",
                   source="police")  # fmt: skip
    organisers = claim("b", then, kind="crowd", party=None, as_of=as_of, source="organisers")
    assert _finding(police, organisers, kind="crowd").verdict is verdict


def test_a_crowd_both_counts_name_the_day_of_is_one_crowd() -> None:
    # "up to 25,000 joined the rally" (a day after it), "no more than 6,000 took part in
    # the gathering on the evening of 16 August" (four days after): that one crowd
    rally = dates.parse_dateref("2020-08-16")
    organisers = replace(
        claim(
            "a", "up to 25,000", kind="crowd", party=None, as_of="2020-08-17", source="organisers"
        ),
        about=rally,
    )
    ministry = replace(
        claim("b", "no more than 6,000", kind="crowd", party=None, as_of="2020-08-20",
              source="interior ministry"),
        about=rally,
    )  # fmt: skip
    assert _finding(organisers, ministry, kind="crowd").verdict is Verdict.CONTRADICTION
    # with no day of the gathering named, a fewer the days after is another crowd
    another = _finding(replace(organisers, about=None), replace(ministry, about=None), kind="crowd")
    assert another.verdict is Verdict.CHANGED
    assert "(a gathering of another day)" in another.explanation


@pytest.mark.parametrize(
    ("published", "verdict"),
    [
        ("2022-10-03", Verdict.CONTRADICTION),  # reported the day after: that gathering
        ("2022-10-10", Verdict.CHANGED),  # a week on: another crowd
    ],
)
def test_a_crowd_one_report_names_the_day_of_and_another_reports_after(
    published: str, verdict: Verdict
) -> None:
    # "about 4,500 supporters ran onto the pitch on Saturday"; "some 1,500 fans poured onto
    # the pitch", a paper said, naming no day but its own (1,500 here: no overlap)
    match = dates.parse_dateref("2022-10-01")
    police = replace(
        claim("a", "about 4,500", kind="crowd", party=None, as_of="2022-10-02", source="police"),
        about=match,
    )
    witnesses = claim(
        "b", "some 1,500", kind="crowd", party=None, as_of=published, source="witnesses"
    )
    papers = {"a": article("a", "2022-10-02"), "b": article("b", published)}
    subject = _subject(police, witnesses, kind="crowd")
    found = min(compare.compare([subject], papers), key=compare.analysed_order)
    assert found.verdict is verdict


def test_measures_weigh_half() -> None:
    near = claim("a", "a few kilometers", kind="distance", party=None, source="embassy")
    far = claim("b", "within 15 kilometers", kind="distance", party=None)
    finding = _finding(near, far, kind="distance")
    assert finding.verdict is Verdict.TENSION
    assert finding.severity < 0.3


@pytest.mark.parametrize(
    ("one", "two", "verdict"),
    [
        ("78 km", "50 miles", Verdict.CONSISTENT),  # 80.5 km: a conversion's rounding
        ("200 km", "209 km", Verdict.CONSISTENT),
        ("200 km", "215 km", Verdict.CONTRADICTION),  # beyond five percent
    ],
)
def test_distances_within_five_percent_agree(one: str, two: str, verdict: Verdict) -> None:
    first = claim("a", one, kind="distance", party=None, source="police")
    second = claim("b", two, kind="distance", party=None, source="the governor")
    assert _finding(first, second, kind="distance").verdict is verdict


# --------------------------------------------------------------------------- intervals


@pytest.mark.parametrize(
    ("one", "two", "verdict"),
    [
        ("39", "39", Verdict.CONSISTENT),
        ("39", "40", Verdict.CONTRADICTION),  # exact counts have no slack
        ("about 40", "39", Verdict.CONSISTENT),
        ("up to 100", "95", Verdict.CONSISTENT),
        ("up to 100", "39", Verdict.CONTRADICTION),
        ("at least 8", "8", Verdict.CONSISTENT),
        ("at least 8", "33", Verdict.CONSISTENT),  # a floor agrees with any higher figure
        ("over 70,000", "at least 83,000", Verdict.CONSISTENT),  # two floors agree
        ("between 10 and 20", "15", Verdict.CONSISTENT),
        ("between 10 and 20", "30", Verdict.CONTRADICTION),
        ("a few dozen", "40", Verdict.CONSISTENT),  # 24..60, best 36, slack 18
        ("a few dozen", "58", Verdict.TENSION),
        ("dozens", "500", Verdict.CONTRADICTION),
    ],
)
def test_interval_arithmetic(one: str, two: str, verdict: Verdict) -> None:
    assert _finding(claim("a", one), claim("b", two, source="other")).verdict is verdict


def test_same_article_same_source_is_not_compared() -> None:
    one = claim("a", "2", source="interior ministry")
    two = claim("a", "9", source="interior ministry")
    assert compare.compare([_subject(one, two)], ARTICLES) == []


def test_same_article_different_sources_are_compared() -> None:
    one = claim("a", "39", source="president's spokesman")
    two = claim("a", "up to 100", source="government press service")
    assert _finding(one, two).verdict is Verdict.CONTRADICTION


def test_units_that_differ_are_not_compared() -> None:
    km = claim("a", "40 km", kind="other", party=None)
    percent = claim("b", "40 percent", kind="other", party=None)
    assert compare.compare([_subject(km, percent, kind="other")], ARTICLES) == []


# --------------------------------------------------------------------------- totals


def test_total_equals_its_parts() -> None:
    total = claim("a", "89", party="government soldiers and rebel troops", source="spokesman")
    soldiers = claim("a", "39", party="government soldiers", source="spokesman")
    rebels = claim("a", "50", party="attackers", source="spokesman")
    findings = compare.analyse([total, soldiers, rebels], ARTICLES)
    (summed,) = [f for f in findings if f.subject.claims == (total,)]
    assert summed.verdict is Verdict.CONSISTENT
    assert summed.explanation == (
        "89 (spokesman, 2015-09-04) = 39 government soldiers + 50 attackers (same source): "
        "the total equals the sum of its parts (compared as one quantity: killed of state "
        "forces and armed group, about 2015-09-04)"
    )


def test_total_that_misses_its_parts() -> None:
    total = claim("a", "60", party="policemen and gunmen", source="ministry")
    police = claim("a", "39", party="policemen", source="ministry")
    gunmen = claim("a", "50", party="gunmen", source="ministry")
    (summed,) = [
        f
        for f in compare.analyse([total, police, gunmen], ARTICLES)
        if f.subject.claims == (total,)
    ]
    assert summed.verdict is Verdict.CONTRADICTION
    assert "sum of its parts differ by 29" in summed.explanation


def test_parts_come_from_one_origin() -> None:
    total = claim("a", "89", party="government soldiers and rebel troops")
    soldiers = claim("a", "39", party="government soldiers", source="spokesman")
    other = claim("a", "up to 100", party="government troops", source="press service")
    rebels = claim("a", "50", party="rebel troops", source="spokesman")
    findings = compare.analyse([total, soldiers, other, rebels], ARTICLES)
    (summed,) = [f for f in findings if f.subject.claims == (total,)]
    assert summed.verdict is Verdict.CONSISTENT
    assert "parts from spokesman" in summed.explanation


# --------------------------------------------------------------------------- origins


def test_origins_counts_independent_sources_not_reports() -> None:
    repeats = [claim(a, "9", source="Interior Ministry") for a in "abc"]
    repeats.append(claim("d", "9", source="the Tajik interior ministry"))
    other = claim("e", "2", source="unidentified source", via=("RIA",))
    finding = _finding(*repeats, other)
    origins = dict(finding.origins)
    assert all(origins[c.id] == 1 for c in repeats)
    assert origins[other.id] == 1


def test_unnamed_sources_relayed_by_one_agency_are_one_origin() -> None:
    one = claim("a", "9", source="unidentified source", via=("RIA",))
    two = claim("b", "9", source="unnamed source", via=("RIA",))
    three = claim("c", "9", source="a source", via=("TASS",))
    four = claim("d", "9", source="an unnamed source")
    origins = dict(_finding(one, two, three, four).origins)
    assert origins[one.id] == origins[two.id] == 3  # RIA's source, TASS's, d's own


def test_origin_key_matches_names_within_names() -> None:
    short = claim("a", "1", source="Saidov")
    long_ = claim("b", "1", source="president's spokesman Zafar Saidov")
    ministry = claim("c", "1", source="ministry")
    interior = claim("d", "1", source="interior ministry")
    origins = dict(_finding(short, long_, ministry, interior).origins)
    assert origins[short.id] == 3  # Saidov (twice), ministry, interior ministry


def test_repetition_never_outweighs_a_second_origin() -> None:
    lone = claim("a", "2", source="police")
    echoed = [claim(a, "9", source="defence ministry") for a in "bcd"]
    single = _finding(lone, echoed[0])
    many = _finding(lone, *echoed)
    assert many.severity == single.severity
    corroborated = _finding(
        lone, claim("c", "2", source="red cross"), echoed[0], claim("d", "9", source="hospital")
    )
    assert corroborated.severity > single.severity


# --------------------------------------------------------------------------- analyse


def _corpus_like() -> list[Claim]:
    return [
        claim("a", "39", place="Lyon", source="spokesman", as_of="1998-11-05"),
        claim(
            "b",
            "up to 100",
            source="press service",
            via=("Interfax",),
            as_of="1998-11-05",
            place="Lyon",
        ),  # fmt: skip
        claim("c", "9", party="attackers", place="Marseille", source="interior ministry"),
        claim(
            "d", "nine", party="gunmen", place="Marseille", source="unnamed source", via=("RIA",)
        ),  # fmt: skip
        claim("d", "two", party="attackers", place="Marseille and Aix", source="interior ministry"),
        claim(
            "a", "18", party="rebels", as_of="2015-09-09", source="TASS news agency", place="France"
        ),
        claim("b", "5.7 million", kind="population", party="Norland", as_of="1998"),
        claim("c", "8 million", kind="population", party="Norland", as_of="2015"),
        claim(
            "e",
            "89",
            party="government soldiers and rebel troops",
            as_of="1998-11-05",
            source="spokesman",
            place="Lyon",
        ),  # fmt: skip
    ]


def test_analyse_sorts_by_severity_then_key() -> None:
    findings = compare.analyse(_corpus_like(), ARTICLES)
    keys = [(-f.severity, f.subject.key) for f in findings]
    assert keys == sorted(keys)
    assert findings[0].verdict is Verdict.CONTRADICTION


def test_update_is_noted_beside_a_contradiction() -> None:
    findings = compare.analyse(_corpus_like(), ARTICLES)
    # "two" against "9" and against "nine": two findings, for those two agree.
    disputes = [
        f
        for f in findings
        if f.subject.key.startswith("killed|armed group|") and f.verdict is Verdict.CONTRADICTION
    ]
    assert {frozenset(_held(f)) for f in disputes} == {
        frozenset({"two", "9"}),
        frozenset({"two", "nine"}),
    }
    assert len(disputes) == 2
    (rebels,) = [f for f in disputes if "nine" in _held(f)]
    assert rebels.explanation.startswith("two (interior ministry, 2015-09-04) vs nine")
    assert rebels.explanation.endswith(
        "; later 18 (TASS news agency, 2015-09-09): update (compared as one quantity: killed "
        "of armed group, at Marseille, about 2015-09-04 (dates within 21 days))"
    )


def test_analyse_is_deterministic_under_shuffling() -> None:
    claims = _corpus_like()
    expected = compare.analyse(claims, ARTICLES)
    for seed in range(20):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert compare.analyse(shuffled, ARTICLES) == expected


def test_relations_lists_every_pair_worst_first() -> None:
    claims = _corpus_like()
    (rebels,) = [
        s for s in group.group(claims, ARTICLES) if s.key.startswith("killed|armed group|")
    ]
    found = compare.relations(rebels, ARTICLES)
    verdicts = [r.verdict for r in found]
    assert verdicts[0] is Verdict.CONTRADICTION
    assert Verdict.UPDATE in verdicts


def test_gap_words() -> None:
    from crosscheck import dates

    day = dates.parse_dateref
    assert pairs.gap_words(day("2015-09-04"), day("2015-09-09")) == "5 days"
    assert pairs.gap_words(day("1997-08-12"), day("1998-11-06")) == "15 months"
    assert pairs.gap_words(day("1998"), day("2015")) == "17 years"


# --------------------------------------------------------------------------- robustness

_FIGURES = st.sampled_from(
    ["0", "1", "39", "up to 100", "about 25,000", "at least eight", "a few dozen", "several",
     "between 10 and 135", "5.7 million", "tens of thousands", "40 percent", "about 30 miles"]
)  # fmt: skip
_KINDS = st.sampled_from(["killed", "injured", "troops", "fighters", "population", "distance",
                          "percent", "other"])  # fmt: skip
_PARTIES = st.sampled_from([None, "government soldiers", "attackers", "policemen and gunmen",
                            "Nazarzod's troops", "Russian troops", "", "people"])  # fmt: skip
_PLACES = st.sampled_from([None, "Dushanbe", "Khodzhand", "Tajikistan", "Dushanbe and Vahdat",
                           "", "  "])  # fmt: skip
_SOURCES = st.sampled_from(["article", "interior ministry", "unidentified source", "Saidov", ""])
_DATES = st.sampled_from([None, "2015", "2015-09", "2015-09-04", "2015-09-09", "1998-11-05",
                          "2015-09-04/2015-09-09"])  # fmt: skip


@st.composite
def _claims(draw: st.DrawFn) -> Claim:
    return claim(
        draw(st.sampled_from("abcde")),
        draw(_FIGURES),
        kind=draw(_KINDS),
        party=draw(_PARTIES),
        place=draw(_PLACES),
        as_of=draw(_DATES),
        source=draw(_SOURCES) or "article",
        via=tuple(draw(st.lists(st.sampled_from(["RIA", "Interfax"]), max_size=2))),
        subject=draw(st.sampled_from([None, "people killed", "distance from the capital"])),
        number=draw(st.integers(1, 10_000)),
        group=draw(st.sampled_from([None, None, None, "pinned", " "])),
        status=draw(st.sampled_from(list(Status))),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_claims(), max_size=25, unique_by=lambda c: c.id))
def test_engine_never_crashes(claims: list[Claim]) -> None:
    findings = compare.analyse(claims, ARTICLES)
    for finding in findings:
        assert 0.0 <= finding.severity <= 1.0
        assert "\n" not in finding.explanation
        assert len(finding.subject.claims) >= 1
    assert compare.analyse(list(reversed(claims)), ARTICLES) == findings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_claims(), min_size=2, max_size=25, unique_by=lambda c: c.id))
def test_disputed_claims_are_grouped_so_that_every_two_in_a_group_dispute(
    claims: list[Claim],
) -> None:
    claims = sorted((replace(c, kind="killed") for c in claims), key=lambda c: c.id)
    classes = origins.origin_classes(claims, ARTICLES)
    support = compare._support(claims, classes, ARTICLES)
    disputed = [
        j
        for j in compare._judgements(claims, "killed", ARTICLES, classes, support)
        if j.verdict in (Verdict.CONTRADICTION, Verdict.TENSION)
    ]
    rivals = {frozenset((j.first.id, j.second.id)) for j in disputed}
    ranked = [(j.rank(), j) for j in disputed]
    groups = compare._disputes(ranked, most=len(disputed) + 1)
    # At most `most` groups: the first of them, as if all were made.
    assert compare._disputes(ranked, most=2) == groups[:2]
    covered: set[frozenset[str]] = set()
    for members, judged in groups:
        ordered = sorted(members)
        inside = {frozenset((a, b)) for i, a in enumerate(ordered) for b in ordered[i + 1 :]}
        assert inside <= rivals  # every two claims of a group dispute each other
        seed = frozenset((judged.first.id, judged.second.id))
        assert seed <= members and seed not in covered  # each group covers a pair anew
        covered |= inside
    # Every disputed pair is in a group; the worst pair leads, and groups go worst first.
    assert all(any(pair <= members for members, _ in groups) for pair in rivals)
    ranks = [judged.rank() for _, judged in groups]
    assert ranks == sorted(ranks)
    assert not disputed or ranks[0] == min(j.rank() for j in disputed)


def test_large_subjects_compare_representatives() -> None:
    many = [claim("abcde"[i % 5], str(10 + i % 3), source=f"source {i}") for i in range(60)]
    outlier = claim("e", "500", source="hospital")
    subject = _subject(*many, outlier)
    (finding,) = compare.compare([subject], ARTICLES)
    assert finding.verdict is Verdict.CONTRADICTION
    assert "500 (hospital" in finding.explanation
    assert len(finding.origins) == 61


# --------------------------------------------------------------------------- real material


def _held(finding: Finding) -> set[str]:
    return {c.figure for c in finding.subject.claims}


def test_each_disputed_pair_is_its_own_finding_beside_the_running_toll() -> None:
    # An official toll rises day by day; an estimate on the last day is far above it.
    first = claim("a", "124", as_of="2015-09-04", place="Lyon", source="officials")
    second = claim("b", "170", as_of="2015-09-05", place="Lyon", source="officials")
    third = claim("c", "191", as_of="2015-09-08", place="Lyon", source="officials")
    rival = claim("d", "2,000", as_of="2015-09-08", place="Lyon", source="security source")
    findings = compare.analyse([first, second, third, rival], ARTICLES)
    disputed = [f for f in findings if f.verdict is Verdict.CONTRADICTION]
    assert [_held(f) for f in disputed] == [{"191", "2,000"}]
    assert "|191 vs 2,000|" in disputed[0].subject.key
    (running,) = [f for f in findings if f.verdict is Verdict.UPDATE]
    assert _held(running) == {"124", "170", "191", "2,000"}


def test_an_outlet_repeating_a_critic_s_figure_in_its_own_voice_disputes_as_they_do() -> None:
    # "Activists say 70 killed" (a headline, the outlet's words) over "at least 70 were
    # killed, activists said": the headline is the activists' count, not a running toll.
    official = claim("a", "18", as_of="2015-09-04", source="National Guard")
    headline = claim("b", "70", as_of="2015-09-06", source="article")
    body = claim("b", "70", as_of="2015-09-06", source="activists")
    findings = compare.compare([_subject(official, headline, body)], ARTICLES)
    disputed = [f for f in findings if f.verdict is Verdict.CONTRADICTION]
    assert {frozenset(_held(f)) for f in disputed} == {frozenset({"18", "70"})}
    assert len(disputed) == 2  # the headline's 70 and the body's, each against the 18
    # Alone, an outlet's later, higher figure carries the count on.
    assert _finding(official, headline).verdict is Verdict.UPDATE


@pytest.mark.parametrize(
    "outlet",
    [
        "Westby Rights Watch (NGO press release)",
        # a UN body's release, in its own voice, twice the official count (_critics_above)
        "United Nations Mission in Westby (UNMW), press release",
    ],
)
def test_a_rights_group_s_release_in_its_own_voice_disputes_an_official_count(
    outlet: str,
) -> None:
    # "Westby Rights Watch monitors have documented more than 900 detentions" in the
    # group's own release, a day after the ministry's 486: the critics' count
    official = claim("a", "412", kind="detained", as_of="2015-09-04", source="interior ministry")
    release = claim("b", "more than 900", kind="detained", as_of="2015-09-05", source="article")
    stories = dict(ARTICLES)
    stories["b"] = replace(ARTICLES["b"], outlet=outlet)
    findings = compare.compare([_subject(official, release, kind="detained")], stories)
    assert min(findings, key=compare.analysed_order).verdict is Verdict.CONTRADICTION
    # The same words from a newspaper carry the count on.
    newspaper = compare.compare([_subject(official, release, kind="detained")], ARTICLES)
    assert min(newspaper, key=compare.analysed_order).verdict is Verdict.UPDATE
    # A state news agency's own count is the authorities' word, which the critics dispute.
    agency = replace(official, attribution=Attribution("article", ()))
    stories["a"] = replace(ARTICLES["a"], outlet="Westby Inform (state news agency)")
    findings = compare.compare([_subject(agency, release, kind="detained")], stories)
    assert min(findings, key=compare.analysed_order).verdict is Verdict.CONTRADICTION


@pytest.mark.parametrize(
    ("floor", "count", "verdict"),
    [
        ("more than 100", "86", Verdict.CONTRADICTION),  # the floor says there were more
        ("at least 30", "28", Verdict.CONTRADICTION),
        ("at least 117", "124", Verdict.CONSISTENT),  # a floor agrees with any count above
        ("more than 100", "100", Verdict.CONSISTENT),  # at the floor
    ],
)
def test_a_floor_s_rounding_never_reaches_below_it(
    floor: str, count: str, verdict: Verdict
) -> None:
    official = claim("a", count, kind="injured", source="prosecutor")
    doctor = claim("b", floor, kind="injured", source="doctor")
    assert _finding(official, doctor, kind="injured").verdict is verdict


def test_a_later_cumulative_toll_is_an_update() -> None:
    early = claim("a", "24", as_of="2015-09-04", source="ministry")
    late = claim("b", "at least 36", as_of="2015-09-05", source="ministry")
    assert _finding(early, late).verdict is Verdict.UPDATE


def test_two_reports_of_one_statement_that_differ_contradict() -> None:
    one = claim("a", "129", kind="injured", source="health ministry", via=("Reuters",))
    two = claim("b", "134", kind="injured", source="health ministry", via=("AFP",))
    assert _finding(one, two, kind="injured").verdict is Verdict.CONTRADICTION


def test_a_part_larger_than_its_whole_is_a_contradiction() -> None:
    whole = claim("a", "124", party="people", place="Lyon", source="officials")
    part = claim("b", "at least 200", party="ethnic Armenians", place="Lyon", source="elder")
    smaller = claim("c", "19", party="Norwegians", place="Lyon", source="embassy")
    findings = compare.analyse([whole, part, smaller], ARTICLES)
    (within,) = [f for f in findings if f.verdict is Verdict.CONTRADICTION]
    assert _held(within) == {"124", "at least 200"}
    assert "the part is larger than the whole by 76" in within.explanation
    assert within.subject.key.startswith("part-of|")
    # A part below its whole says nothing, and neither is compared with it as a rival.
    assert not any("19" in _held(f) for f in findings if f.verdict is not Verdict.CONSISTENT)


@pytest.mark.parametrize(
    ("source", "verdict"),
    [
        # the workers a union counts after the authorities' count of everyone: set against it
        ("Westby Garment Workers' Union", Verdict.TENSION),
        # ... the authorities' own later part: their count going on, an earlier whole overtaken
        ("the health ministry", None),
    ],
)
def test_a_part_counted_later_above_an_official_whole(source: str, verdict: Verdict | None) -> None:
    whole = claim("a", "45", kind="injured", party=None, place="Lyon", as_of="2015-09-04",
                  source="the interior ministry")  # fmt: skip
    part = claim("b", "more than 60", kind="injured", party="workers", place="Lyon",
                 as_of="2015-09-06", source=source)  # fmt: skip
    findings = compare.analyse([whole, part], ARTICLES)
    within = [f for f in findings if f.subject.key.startswith("part-of|")]
    assert [f.verdict for f in within if f.verdict is not Verdict.CONSISTENT] == (
        [verdict] if verdict else []
    )
    if verdict:
        assert "counted later by a source of another camp" in within[0].explanation


def test_a_floor_of_a_part_is_no_rounded_figure() -> None:
    # "more than 200 wounded were brought to that hospital alone", against 178 injured in all:
    # 200 is no round figure give or take 25 here, the part is more than the whole.
    whole = claim("a", "178", kind="injured", party="people", place="Lyon", source="police")
    part = replace(
        claim("a", "more than 200", kind="injured", party="people", place="Lyon"),
        subject="people injured (one hospital)",
        attribution=Attribution("doctors"),
    )
    findings = compare.analyse([whole, part], ARTICLES)
    (within,) = [f for f in findings if f.verdict is Verdict.CONTRADICTION]
    assert _held(within) == {"178", "more than 200"}
    # ... while "about 200" may be 178 rounded.
    rounded = replace(part, figure="about 200", estimate=quantities.parse_figure("about 200"))
    found = compare.analyse([whole, rounded], ARTICLES)
    assert not [f for f in found if f.verdict is Verdict.CONTRADICTION]


@pytest.mark.parametrize(
    ("scope", "contradicts"),
    [
        ("(war)", False),
        ("(this year)", False),
        ("(cumulative)", False),
        ("(nationwide)", False),
        ("(more)", True),
    ],
)
def test_a_whole_war_s_toll_is_neither_a_rival_nor_a_part_of_a_strike_s(
    scope: str, contradicts: bool
) -> None:
    # "The war has killed an estimated 150,000" (or "so far this year") beside a strike's
    # 40: two quantities; a rise of 150,000 would be a part larger than its whole.
    strike = claim("a", "40", party=None, place="Lyon", source="committee")
    war = claim("a", "150,000", party=None, subject=f"people killed {scope}", place="Lyon",
                source="envoy")  # fmt: skip
    assert _contradicts(strike, war) is contradicts


@pytest.mark.parametrize(("party", "contradicts"), [("remaining residents", False), (None, True)])
def test_those_who_remain_are_no_rival_of_a_town_s_population(
    party: str | None, contradicts: bool
) -> None:
    # "the town had a population of about 25,000; about 5,000 residents remain"
    before = claim("a", "about 25,000", kind="population", party=None, subject="population")
    left = claim("a", "about 5,000", kind="population", party=party, subject="population",
                 source="authorities")  # fmt: skip
    assert _contradicts(before, left) is contradicts


def test_a_toll_at_one_site_is_a_part_of_the_event_s_and_a_rival_of_the_site_s() -> None:
    # "58 died at CST" beside the city's 172: a part, no rival; 12 and 14 at one station,
    # from two sources, dispute each other.
    whole = claim("a", "172", party=None, place="Lyon", source="state government")
    site = claim("a", "58", party=None, subject="people killed (at cst)", place="Lyon",
                 source="railway police")  # fmt: skip
    assert not _contradicts(whole, site)
    other = claim("b", "14", party=None, subject="people killed (at park kultury)",
                  place="Lyon", source="ministry")  # fmt: skip
    rival = claim("c", "12", party=None, subject="people killed (at park kultury)",
                  place="Lyon", source="prosecutor")  # fmt: skip
    assert _contradicts(other, rival)


@pytest.mark.parametrize(("second_article", "compared"), [("a", False), ("b", True)])
def test_figures_of_no_kind_with_one_wording_in_one_article_are_not_compared(
    second_article: str, compared: bool
) -> None:
    # "freeing about 240 inmates" from a jail that "held 1,120 inmates": two quantities.
    freed = claim("a", "about 240", kind="other", party=None, subject="inmates", source="jail")
    held = claim(second_article, "1,120", kind="other", party=None, subject="inmates")
    assert _contradicts(freed, held) is compared


@pytest.mark.parametrize(("place", "contradicts"), [("Lyon", True), ("France", False)])
def test_a_part_is_counted_within_a_whole_only_in_the_whole_s_place(
    place: str, contradicts: bool
) -> None:
    # 160 across the country are no part of 38 in one of its cities.
    whole = claim("a", "38", party="people", place="Lyon", source="officials")
    part = claim("b", "160", party="ethnic Armenians", place=place, source="institute")
    findings = compare.analyse([whole, part], ARTICLES)
    within = [f for f in findings if "counted within" in f.explanation]
    assert bool(within) is contradicts, [(f.verdict, f.explanation) for f in findings]


def test_a_part_in_one_place_is_no_part_of_a_whole_in_another_even_in_one_article() -> None:
    # "19 died, of them 13 in Rasht district ... In Khatlon region 4 persons died."
    part = claim("a", "13", party=None, subject="people killed (in upper vale)",
                 place="Upper Vale district", source="institute")  # fmt: skip
    whole = claim("a", "4", party=None, place="Lower Vale region", source="institute")
    findings = compare.analyse([part, whole], articles("a"))
    assert not [f for f in findings if "counted within" in f.explanation]
    # The same part within a whole of its own place is checked.
    here = claim("a", "4", party=None, place="Upper Vale district", source="institute")
    findings = compare.analyse([part, here], articles("a"))
    assert [f for f in findings if "counted within" in f.explanation]


def test_a_part_is_checked_only_against_the_claims_of_its_whole_not_the_civilians() -> None:
    # "people killed" holds the total and the civilians; soldiers are within the first only.
    total = claim("a", "60", party="people", place="Arequipa", source="governor")
    civilians = claim("b", "4", party="civilians", place="Arequipa", source="mayor")
    soldiers = claim("c", "40", party="soldiers", place="Arequipa", source="army")
    found = compare.analyse([soldiers, civilians, total], ARTICLES)
    assert not any(
        f.verdict is Verdict.CONTRADICTION and soldiers.id in {c.id for c in f.subject.claims}
        for f in found
    ), [(f.verdict, f.explanation) for f in found]
    smaller = claim("a", "25", party="people", place="Arequipa", source="governor")
    found = compare.analyse([soldiers, civilians, smaller], ARTICLES)
    assert any(
        f.verdict is Verdict.CONTRADICTION and "counted within" in f.explanation for f in found
    )


def test_the_explanation_says_why_figures_were_compared() -> None:
    one = claim("a", "39", place="Lyon", as_of="2015-09-04", source="spokesman")
    two = claim("b", "up to 100", place="Lyon", as_of="2015-09-04", source="press service")
    (finding,) = compare.analyse([one, two], ARTICLES)
    assert finding.explanation.endswith(
        "(compared as one quantity: killed of state forces, at Lyon, about 2015-09-04)"
    )


def test_a_country_word_does_not_make_a_source_another_origin() -> None:
    one = claim("a", "12", source="the Finnish interior ministry")
    two = claim("b", "12", source="interior ministry")
    assert origins.origin_key(one, ARTICLES) == origins.origin_key(two, ARTICLES)
    assert origins.origin_key(claim("a", "3", source="Finland"), ARTICLES) == "finland"


def test_ministries_of_two_countries_are_two_origins() -> None:
    # One article gives each side's count of one side's dead: a dispute, compared (the two
    # sources had been one origin, "defence ministry", and their figures never compared).
    own = claim("a", "50", source="Finland's defence ministry")
    rival = claim("a", "about 200", source="Estonia's defence ministry")
    assert _contradicts(own, rival)
    classes = origins.origin_classes([own, rival], ARTICLES)
    assert classes[own.id] != classes[rival.id]
    # a country's word and its name are one country's; a source naming none could be
    # either's, so it is neither's
    again = claim("b", "50", source="the Finnish defence ministry")
    bare = claim("c", "50", source="defence ministry")
    classes = origins.origin_classes([own, rival, again, bare], ARTICLES)
    assert classes[own.id] == classes[again.id]
    assert len({classes[rival.id], classes[own.id], classes[bare.id]}) == 3
    # with no rival country in the class, the bare name is the named one's, as before
    classes = origins.origin_classes([own, again, bare], ARTICLES)
    assert classes[own.id] == classes[again.id] == classes[bare.id]


def test_an_origin_key_follows_the_corpus_aliases_in_use(tmp_path: Path) -> None:
    # A corpus's aliases.yaml can make a word a nationality: the keys are worked out once
    # per source, but again under other alias data.
    source = claim("a", "12", source="the Zembian interior ministry")
    assert origins.origin_key(source, ARTICLES) == "zembian interior ministry"
    (tmp_path / "aliases.yaml").write_text("nationalities:\n  Zembian: Estonia\n", "utf-8")
    names.use_corpus(tmp_path)
    try:
        assert origins.origin_key(source, ARTICLES) == "interior ministry"
    finally:
        names.use_corpus(None)
    assert origins.origin_key(source, ARTICLES) == "zembian interior ministry"


def test_one_source_in_one_article_is_compared_only_when_it_cuts_its_count_sharply() -> None:
    # "The ministry first spoke of as many as 900 dead; it now says 120": a sharp revision.
    first = claim("a", "as many as 900", party="people", source="the defence ministry")
    now = claim("a", "120", party="people", source="the defence ministry")
    assert _finding(first, now).verdict is Verdict.CONTRADICTION
    # "120 dead, 40 of them in the capital": one statement, the same count in passing.
    total = claim("a", "120", party="people", source="the defence ministry")
    part = claim("a", "40", party="people", source="the defence ministry")
    assert compare.relations(_subject(total, part), ARTICLES) == []


_EVENT_POINTS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 5), st.sampled_from("ab")).map(
        lambda t: (t[0], t[0] + t[1], t[2], None)
    ),
    max_size=4,
)
"""Event points (first day, last day, article, no place) around the 21-day window."""


@settings(max_examples=400)
@given(_EVENT_POINTS, _EVENT_POINTS)
def test_subjects_whose_days_are_far_apart_are_never_one_event(
    a: list[compare._EventPoint], b: list[compare._EventPoint]
) -> None:
    """The part-of checks skip a pair of subjects whose event days are more than the window
    apart (`_far_apart`) without comparing their points: exactly when no two points could
    be one event."""
    if compare._far_apart(compare._days_spanned(a), compare._days_spanned(b)):
        assert not compare._points_one_event(a, b)


@pytest.mark.parametrize(
    ("source", "side"),
    [
        ("state media", "official"),
        ("Norlandic state television", "official"),
        ("State Council spokesman Ivan Petrov", "official"),
        ("Islamic State", ""),  # a state's word alone is no authority's
        ("Chile", "official"),  # a country speaking, or its capital: the state
        ("Santiago", "official"),
        ("Coast Wire", ""),
        ("the general staff of the Armies", "official"),  # a translated communiqué's
        # Out of power, whatever office it names.
        ("Norlandic government-in-exile", "critics"),
        ("the opposition's shadow interior minister", "critics"),
        ("witnesses and officials", ""),
        # independent counters: a monitor, a watchdog (not the United Nations')
        ("the Civilian Protection Monitor", "critics"),
        ("UN monitors", ""),
        # ... named in French or Spanish; a hospital's, a community's guards'
        ("Observatoire Citoyen de Westby", "critics"),
        ("Observatorio de Derechos Humanos", "critics"),
        ("the director of the Hôpital Général de Westby", "critics"),
        ("the commander of the Westby Vigilance Group", "critics"),
        # an armed group's own channel
        ("the group's propaganda outlet", "armed"),
        # An armed group speaking (not a rights group, nor rebels as witnesses tell it).
        ("an al-Qaeda-linked group", "armed"),
        ("a rebel spokesman", "armed"),
        ("a rights group", "critics"),
        ("the rebels, witnesses said", "critics"),
        # Local and regional government.
        ("the prefecture of Port Elin", "official"),
        ("the municipality", "official"),
        ("the civil defence", "official"),
        ("the press directorate of the Norlandic armed forces", "official"),
        # A state's own news agency, not a wire.
        ("state news agency Xinhua", "official"),
        ("Xinhua", "official"),
        ("Reuters", ""),
        # The state's investigators and security committees.
        ("Norland's Investigative Committee", "official"),
        ("the National Security Committee", "official"),
        ("the Committee to Protect Journalists", ""),
        ("the district administration", "official"),
        ("the regional akimat", "official"),
        # Elders and community leaders count on the ground, apart from the authorities.
        ("local community leaders", "critics"),
        ("the village elders", "critics"),
        # Local and medical sources speak apart from the authorities; local officials do not.
        ("local sources", "critics"),
        ("a medical source in Port Elin", "critics"),
        ("local officials", "official"),
        # The United Nations' bodies are neither camp, rights mission or not.
        ("UN Human Rights Monitoring Mission in Norland", ""),
        ("the UN human rights office", ""),
        ("Amnesty International", "critics"),
        # So do parents and students counting their own.
        ("parents and student leaders", "critics"),
        # Trade unions and labour groups count the workers killed apart from the state; the
        # labour ministry is the state's.
        ("Norlandic labour organisations", "critics"),
        ("the garment workers' unions", "critics"),
        ("the labour ministry", "official"),
        ("the country's fire service", "official"),
        ("the city fire department", "official"),
        # A government's departments and directorates are the authorities.
        ("the state health department", "official"),
        ("director of the Westby County Public Health Directorate", "official"),
        # ... and a district's magistrate or collector, and a state's prison service.
        ("District Magistrate Ann Lee", "official"),
        ("Collector Ivan Petrov", "official"),
        ("the Norlandic Correctional Service", "official"),
        ("the SNX prison agency", "official"),
        # A governor as news abbreviates the title.
        ("Westby Gov. Ivan Petrov", "official"),
        # A party counting its supporters shot dead disputes the police; the ruling party,
        # or one that rules alone, is neither camp.
        ("the Westby Freedom Party", "critics"),
        ("the party's secretary general", "critics"),
        ("the ruling party", ""),
        ("the Communist Party", ""),
        # An attorney general, and a committee he appoints, are the state's (a family's
        # attorney is theirs).
        ("an investigation committee appointed by the attorney general", "official"),
        ("the Attorney-General", "official"),
        # A state's security and intelligence services.
        ("Ivan Petrov, director of the National Security Service", "official"),
        ("the Federal Migration Agency", "official"),
        ("the Norlandic intelligence services", "official"),
        # The state's investigators; independent ones are neither camp's.
        ("Norlandic investigators", "official"),
        ("independent investigators", ""),
        # A group for the defence of rights is their critic; the ministry of defence is not.
        ("the Westby Committee for the Defense of Human Rights", "critics"),
        ("the Centre for the Defence of Human Rights (CDHR)", "critics"),
        ("the Ministry of Defence", "official"),
        # A state's commands, seats of power and emergency agencies; doctors in French;
        # activists' committees and civil society
        ("the Pentagon", "official"),
        ("the Westby Operations Command", "official"),
        ("the National Disaster Management Agency", "official"),
        ("Médecins Sans Frontières (MSF)", "critics"),
        ("the Local Coordination Committees", "critics"),
        ("civil society of Westby", "critics"),
        # a county's sheriff and coroner, a state's emergency service and its embassies; the
        # villagers, health workers and detainees' lawyers on the ground
        ("Westby County Sheriff Ann Lee", "official"),
        ("the Westby County coroner's office", "official"),
        ("the State Emergency Service", "official"),
        ("the Norlandic Embassy in Veyland", "official"),
        ("villagers", "critics"),
        ("a health worker in the region", "critics"),
        ("lawyers for the miners", "critics"),
        # a town's council; the United Nations' missions by their acronyms are neither camp
        ("a member of the Westby local council", "official"),
        ("UNAMA", ""),
        ("the U.N. peacekeeping mission (MINUSMA)", ""),
    ],
)
def test_the_authorities_own_outlets_are_their_camp(source: str, side: str) -> None:
    assert origins.camp(source) == side


def test_two_sources_counting_the_people_in_one_state_in_one_article_are_compared() -> None:
    from crosscheck import pairs

    stranded = claim("a", "nearly 19,000", kind="other", subject="people stranded")
    rival = claim(
        "a", "about 8,000", kind="other", subject="people stranded", source="disaster authority"
    )
    assert pairs.relate(stranded, rival, ARTICLES, "other") is not None
    # One word of no kind in one article: different things ("240 inmates" freed, "1,120
    # inmates" held).
    freed = claim("a", "240", kind="other", subject="inmates")
    held = claim("a", "1,120", kind="other", subject="inmates", source="warden")
    assert pairs.relate(freed, held, ARTICLES, "other") is None


@pytest.mark.parametrize(
    ("later", "figure", "verdict"),
    [
        # A UN body's count far above the official toll disputes it ...
        ("the UN envoy", "at least 185", Verdict.CONTRADICTION),
        ("UN Human Rights Monitoring Mission", "139", Verdict.CONTRADICTION),
        # ... a little above it, its verified count carries the toll on.
        ("UN Human Rights Monitoring Mission", "100", Verdict.UPDATE),
        # Nor is any other body's later count a rival for being higher.
        ("the regional governor", "at least 185", Verdict.UPDATE),
    ],
)
def test_a_un_body_s_count_far_above_an_official_toll_disputes_it(
    later: str, figure: str, verdict: Verdict
) -> None:
    official = claim("a", "83", party="people", as_of="2015-09-04", source="health ministry")
    monitor = claim("b", figure, party="people", as_of="2015-09-05", source=later)
    assert _finding(official, monitor).verdict is verdict


def test_a_much_disputed_subject_shows_every_disputed_pair() -> None:
    # Seven sources say 100 and seven others 300, all on one day: 49 pairs that dispute and
    # no two of them in one group (the sevens agree among themselves), as a one-event
    # subject of many articles has; each must reach the report.
    low = [claim(f"low{n}", "100", source=f"source {n}") for n in range(7)]
    high = [claim(f"high{n}", "300", source=f"source {n + 7}") for n in range(7)]
    found = compare.compare([_subject(*low, *high)], ARTICLES)
    held = [[c.id for c in f.subject.claims] for f in found]
    shown = {frozenset(h) for h in held if len(h) == 2}
    assert shown == {frozenset((a.id, b.id)) for a in low for b in high}


def test_steps_of_a_toll_its_article_tells_rising_are_a_running_toll() -> None:
    body = (
        "Gunmen killed 41 people at the airport, the governor said on Wednesday.\n\n"
        "The toll rose steadily through the night. The minister first said 10 people had been "
        "killed. The governor later put the toll at 28, and on Wednesday morning the prime "
        "minister said 36 people had died. Local media reported as many as 50 dead.\n\n"
        "Witnesses said 60 people had died."
    )
    known = {"a": replace(articles("a")["a"], body=body)}

    def said(figure: str, source: str) -> pairs.Point:
        at = body.index(figure)
        made = claim("a", figure, party=None, source=source)
        made = replace(made, span=replace(made.span, start=at, end=at + len(figure)))
        return pairs.Point(made, known, True)

    lead = said("41", "governor")
    first, later, morning = (
        said("10", "minister"),
        said("28", "governor"),
        said("36", "prime minister"),
    )
    media = said("as many as 50", "local media")
    witnesses = said("60", "witnesses")

    def verdict(a: pairs.Point, b: pairs.Point) -> Verdict:
        judged = pairs.judge(a, b, "toll", None)
        assert judged is not None
        return judged.verdict

    # Steps one after another, and a step against the article's own latest figure.
    assert verdict(first, later) is Verdict.UPDATE
    assert verdict(later, morning) is Verdict.UPDATE
    assert verdict(morning, lead) is Verdict.UPDATE
    # A rival's ceiling in the passage, and a figure of another camp outside it, stay disputes.
    assert verdict(morning, media) is Verdict.CONTRADICTION
    assert verdict(lead, witnesses) is Verdict.CONTRADICTION


def test_steps_told_in_one_sentence_or_on_two_days_are_a_running_toll() -> None:
    body = (
        "A collision killed 90 people, officials said on Saturday.\n\n"
        "The toll climbed through the day. Officials put it at about 20 overnight and at 61 "
        "by Saturday morning. The governor said in the afternoon that 75 bodies had been "
        "recovered."
    )
    known = {"a": replace(articles("a")["a"], body=body)}

    def said(quote: str, figure: str, source: str, as_of: str) -> pairs.Point:
        # The extractor's quote may start before its figure ("put it at about 20 overnight
        # and at 61") and dates a count given earlier on its report's day the day before.
        at = body.index(quote)
        made = claim("a", figure, party=None, source=source, as_of=as_of)
        made = replace(made, quote=quote, span=replace(made.span, start=at, end=at + len(quote)))
        return pairs.Point(made, known, True)

    overnight = said("put it at about 20", "about 20", "officials", "2021-04-10")
    morning = said("put it at about 20 overnight and at 61", "61", "officials", "2021-04-10")
    afternoon = said("75 bodies", "75", "governor", "2021-04-09")
    for a, b in ((overnight, morning), (morning, afternoon)):
        judged = pairs.judge(a, b, "toll", None)
        assert judged is not None and judged.verdict is Verdict.UPDATE
    # A figure told lower after a higher one in the passage is no step of it.
    lower = said("75 bodies", "75", "governor", "2021-04-10")
    higher = replace(morning.claim, estimate=replace(morning.claim.estimate, best=80.0, low=80.0,
                                                     high=80.0), figure="80")  # fmt: skip
    judged = pairs.judge(pairs.Point(higher, known, True), lower, "toll", None)
    assert judged is not None and judged.verdict is Verdict.CONTRADICTION


def _said_in(body: str, figure: str, source: str, as_of: str) -> pairs.Point:
    """A point for `figure` as written in article "a", whose body is `body`."""
    known = {"a": replace(articles("a")["a"], body=body)}
    at = body.index(figure)
    made = claim("a", figure, party=None, source=source, as_of=as_of)
    made = replace(made, quote=figure, span=replace(made.span, start=at, end=at + len(figure)))
    return pairs.Point(made, known, True)


def test_a_figure_its_article_raises_the_toll_to_on_the_same_day_is_its_next_step() -> None:
    body = (
        "President Tom Lee said late on Saturday that 41 people had been killed. On Sunday "
        "the Red Cross raised the toll to 63. Witnesses said 90 had died."
    )
    president, red_cross, witnesses = (
        _said_in(body, "41", "president", "2019-03-10"),
        _said_in(body, "63", "Red Cross", "2019-03-10"),
        _said_in(body, "90", "witnesses", "2019-03-10"),
    )
    judged = pairs.judge(president, red_cross, "toll", None)
    assert judged is not None and judged.verdict is Verdict.UPDATE
    # a higher figure not told as a raise of the toll stays a rival count
    judged = pairs.judge(red_cross, witnesses, "toll", None)
    assert judged is not None and judged.verdict is Verdict.CONTRADICTION


def test_a_toll_raised_with_its_event_named_between_is_raised_all_the_same() -> None:
    # "raising the toll from the protests to 9": the event named between the toll and "to"
    body = (
        "Five people were killed that day, the health ministry said. Protest organisers later "
        "said four more bodies had been found, raising the toll from the protests to 9."
    )
    five = _said_in(body, "Five", "health ministry", "2021-05-14")
    judged = pairs.judge(five, _said_in(body, "9", "organisers", "2021-05-14"), "toll", None)
    assert judged is not None and judged.verdict is Verdict.UPDATE


def test_a_cap_agrees_with_any_figure_at_or_below_it() -> None:
    # "not more than 60" denies more; it does not put 60 forward as "up to 60" does
    count = claim("a", "40", source="police spokesman", as_of="2016-02-29")
    cap = claim("b", "not more than 60", source="police commissioner", as_of="2016-03-02")
    finding = _finding(count, cap)
    assert finding.verdict is Verdict.CONSISTENT
    assert "agree (a cap and a figure below it)" in finding.explanation
    # a figure above the cap is still denied by it
    leaders = claim("a", "about 300", source="local leaders", as_of="2016-02-29")
    assert _finding(leaders, cap).verdict is Verdict.CONTRADICTION
    # and "up to" still puts its figure forward
    ceiling = claim("b", "up to 100", source="press service", as_of="2016-02-29")
    assert _finding(count, ceiling).verdict is Verdict.CONTRADICTION


def test_a_later_count_its_own_sentence_sets_above_the_earlier_one_disputes_it() -> None:
    # the missing: a week and more on, a higher count is people not yet found ...
    first = claim("a", "17", kind="missing", party=None, as_of="2019-06-10", source="government")
    second = claim("b", "at least 38", kind="missing", party=None, as_of="2019-06-20",
                   source="survivors")  # fmt: skip
    said = "Survivors said at least 38 residents remained unaccounted for a week on."
    assert _worst_verdict(first, second, said, kind="missing") is Verdict.CHANGED
    # ... unless its sentence sets it above the earlier count: a dispute
    said += " That is more than twice the 17 missing announced by the government."
    said = said.replace(" a week on. That is", " a week on, that is")
    assert _worst_verdict(first, second, said, kind="missing") is Verdict.CONTRADICTION
    # a toll: a later, higher count set above the earlier one is no step of it
    hurt = claim("a", "nine", kind="injured", party=None, as_of="2023-06-20", source="police")
    more = claim("b", "more than 20", kind="injured", party=None, as_of="2023-06-22",
                 source="health ministry")  # fmt: skip
    said = "The health ministry said more than 20 women were wounded."
    assert _worst_verdict(hurt, more, said, kind="injured") is Verdict.UPDATE
    said = (
        "The health ministry said more than 20 women were wounded, far more than the nine reported."
    )
    assert _worst_verdict(hurt, more, said, kind="injured") is Verdict.CONTRADICTION


def test_the_united_nations_missions_by_their_acronyms_are_international() -> None:
    assert origins.international("UNAMA")
    assert origins.international("the U.N. peacekeeping mission (MINUSMA)")
    assert not origins.international("the Westby local council")


@pytest.mark.parametrize(
    ("rival_words", "verdict"),
    [
        # the later report sets the rival against the first count, given again
        ("A council member, however, said more than 1,000 were killed.", Verdict.CONTRADICTION),
        # no words set them against each other: the count went on
        ("A council member said more than 1,000 were killed.", Verdict.UPDATE),
    ],
)
def test_a_rival_set_against_a_count_given_again_disputes_the_first_statement_too(
    rival_words: str, verdict: Verdict
) -> None:
    # 2014: "Westby Watch documented about 600 killings"; 2017: a report gives the 600 again
    # and a council member's "more than 1,000" against it.
    body = f"Westby Watch documented about 600 killings. {rival_words}"
    known = {
        "a": article("a", "2014-10-30"),
        "b": replace(article("b", "2017-03-10"), body=body),
    }
    first = claim("a", "about 600", party="people", as_of="2014-10-30", source="Westby Watch")

    def said(figure: str, source: str) -> Claim:
        at = body.index(figure)
        made = claim("b", figure, party="people", as_of="2017-03-10", source=source)
        return replace(made, span=Span(at, at + len(figure)))

    again, rival = said("about 600", "Westby Watch"), said("more than 1,000", "council member")
    found = compare.relations(_subject(first, again, rival), known)
    (relation,) = [r for r in found if {r.first.id, r.second.id} == {first.id, rival.id}]
    assert relation.verdict is verdict
    if verdict is Verdict.CONTRADICTION:  # and it says why
        assert "given again: not a running toll" in relation.explanation


@pytest.mark.parametrize(
    ("later_source", "verdict"),
    [
        ("Kurdish officials", Verdict.CONTRADICTION),  # another source above the cap
        ("army", Verdict.UPDATE),  # the capping source's own later count: its revision
    ],
)
def test_a_later_figure_above_another_source_s_cap_disputes_it(
    later_source: str, verdict: Verdict
) -> None:
    # "No more than 200 died", says the army; 5,000, say others months later.
    cap = claim("a", "no more than 200", party="people", as_of="1988-03-28", source="army")
    later = claim("b", "5,000", party="people", as_of="1988-06-12", source=later_source)
    (relation,) = compare.relations(_subject(cap, later), ARTICLES)
    assert relation.verdict is verdict


def test_people_affected_are_a_running_count_two_sources_may_dispute() -> None:
    def affected(article: str, figure: str, day: str, source: str) -> Claim:
        return claim(article, figure, kind="affected", party=None, source=source,
                     subject="people affected", as_of=day)  # fmt: skip

    un = affected("a", "about 9.1 million", "2019-03-20", "UN")
    agency = affected("b", "7.2 million", "2019-03-20", "disaster agency")
    assert _finding(un, agency, kind="affected").verdict is Verdict.CONTRADICTION
    # the agency's own count days earlier is an earlier value of it
    earlier = affected("c", "3.3 million", "2019-03-17", "disaster agency")
    assert _finding(earlier, agency, kind="affected").verdict is Verdict.UPDATE


def test_a_critics_figure_just_above_the_official_toll_carries_it_on() -> None:
    official = claim("a", "84", source="the government", as_of="2011-05-13")
    # a rights group's release months later gives the toll's last value
    final = claim("b", "86", source="a human rights group", as_of="2011-07-30")
    assert _finding(official, final).verdict is Verdict.UPDATE
    # a tenth higher or more, it disputes the count
    higher = claim("b", "93", source="a human rights group", as_of="2011-07-30")
    assert _finding(official, higher).verdict is Verdict.CONTRADICTION

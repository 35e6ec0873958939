"""Proposing claims from article text (the extract package), on sentences written for it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from crosscheck import dates, quantities
from crosscheck.errors import CrosscheckError
from crosscheck.extract import check_article, extract_article, merge
from crosscheck.model import (
    Article,
    Attribution,
    Claim,
    Estimate,
    Origin,
    Qualifier,
    Span,
    Status,
)
from crosscheck.parties import read_party

FRIDAY = "2020-03-06"  # a Friday: "Thursday" is 2020-03-05, "Sunday" 2020-03-01


def article(
    body: str, title: str = "A headline without figures", published: str = FRIDAY
) -> Article:
    when = dates.parse_dateref(published)
    assert when is not None
    return Article("test-article", title, "Test Outlet", when, body, path="articles/test.txt")


def claims(body: str, **kwargs: Any) -> list[dict[str, Any]]:
    found = extract_article(article(body, **kwargs))
    for entry in found:  # provenance: the quote is the body's words at the span
        start, end = entry["span"]
        assert body[start:end] == entry["quote"]
        assert entry["origin"] == "extracted" and entry["status"] == "unreviewed"
    return found


def one(body: str, figure: str, **kwargs: Any) -> dict[str, Any]:
    found = [e for e in claims(body, **kwargs) if e["figure"].lower() == figure.lower()]
    assert len(found) == 1, [e["figure"] for e in claims(body, **kwargs)]
    return found[0]


# --------------------------------------------------------------------------- figures


def test_digits_with_thousands_separator() -> None:
    entry = one("Officials said 1,250 soldiers were deployed to the valley.", "1,250")
    assert (entry["best"], entry["kind"], entry["party"]) == (1250, "troops", "soldiers")


@pytest.mark.parametrize("word", ["quake", "flood", "pilgrimage"])
def test_an_event_named_before_the_dead_is_no_party_of_them(word: str) -> None:
    # "40 quake dead": the quake's dead, not people of a party named "quake"
    entry = one(f"Officials counted 40 {word} dead.", "40")
    assert (entry["kind"], entry.get("party")) == ("killed", None)
    assert one("Officials counted 40 Peruvian dead.", "40")["party"] == "Peruvian"


def test_a_verb_after_the_counted_noun_ends_it() -> None:
    entry = one("About 650 Chilean soldiers left Santiago on Wednesday.", "About 650")
    assert entry["party"] == "Chilean soldiers"


def test_trains_a_toll_is_of_count_no_people_and_their_verb_ends_the_noun() -> None:
    # "the bombings of four commuter trains rose to| 87": a toll of people, the trains
    # things; "rose" is the toll's verb, no word of the trains.
    body = "The death toll from the bombings of four Lima commuter trains rose to 87 on Friday."
    entry = one(body, "87")
    assert (entry["kind"], entry.get("party")) == ("killed", None)
    assert one(body, "four")["kind"] == "other"
    body = "The toll rose to 17. That nearly doubled the figure of nine given on Wednesday."
    assert one(body, "nine").get("party") is None


def test_number_words() -> None:
    entry = one("Seven protesters were arrested outside the court.", "Seven")
    assert (entry["best"], entry["kind"], entry["party"]) == (7, "detained", "protesters")


def test_scale_words_and_population() -> None:
    entry = one(
        "Ruritania, a landlocked country of 3.2 million people, votes in May.", "3.2 million"
    )
    assert (entry["best"], entry["kind"], entry["party"]) == (3_200_000, "population", "Ruritania")


def test_percent_and_distance() -> None:
    body = "Turnout reached 62 percent. The convoy stopped about 25 miles north of the border."
    assert one(body, "62 percent")["kind"] == "percent"
    distance = one(body, "about 25 miles")
    assert distance["kind"] == "distance" and distance["unit"] == "km"


@pytest.mark.parametrize(
    "body",
    [
        "The mudslide buried a 12km (7 miles) stretch of the coast road.",
        "The mudslide buried a 12 km (about 7 miles) stretch of the coast road.",
        "The mudslide buried a 12-kilometre-long (7 mile) stretch of the coast road.",
        # or after "or", when the two agree
        "The mudslide buried some 12 kilometres, or 7.5 miles, of the coast road.",
    ],
)
def test_a_converted_figure_in_brackets_is_the_same_figure(body: str) -> None:
    found = [e for e in claims(body) if e["kind"] == "distance"]
    assert [(e["best"], e["unit"]) for e in found] == [(12, "km")]


def test_a_figure_in_miles_takes_the_outlet_s_kilometres_as_its_best_value() -> None:
    # "some 110 miles (180 km)": the outlet's own number, not 177; the width of "some 110"
    entry = one("Westby lies some 110 miles (180 km) north of Eastport.", "some 110 miles")
    assert (entry["low"], entry["best"], entry["high"], entry["unit"]) == (161, 180, 193, "km")
    # a conversion outside what the figure can mean is no reading of it
    entry = one("Westby lies 110 miles (250 km) north of Eastport.", "110 miles")
    assert entry["best"] == 177
    # kilometres first: the miles after them change nothing
    assert one("Westby lies 50 km (30 miles) from Eastport.", "50 km")["best"] == 50


def test_two_lengths_after_or_that_differ_are_two_figures() -> None:
    found = [e for e in claims("The convoy drove 12 km or 20 miles north of the pass.")]
    assert [e["figure"] for e in found if e["kind"] == "distance"] == ["12 km", "20 miles"]


@pytest.mark.parametrize(
    ("body", "figure", "low", "best", "high"),
    [
        ("Half of the harbour's cranes were idle.", "Half", 50, 50, 50),
        ("Two-thirds of the ferries stayed in port.", "Two-thirds", 66.7, 66.7, 66.7),
        ("A quarter of the lorries were turned back.", "A quarter", 25, 25, 25),
        ("More than half the stalls were shut.", "More than half", 50, 50, None),
    ],
)
def test_a_fraction_of_something_is_a_share(
    body: str, figure: str, low: float, best: float, high: float | None
) -> None:
    entry = one(body, figure)
    assert entry["kind"] == "percent" and entry["unit"] == "percent"
    assert (entry["low"], entry["best"], entry.get("high")) == (low, best, high)


@pytest.mark.parametrize(
    "body",
    ["The ferry sailed on the third of June.", "The crossing took one and a half hours."],
)
def test_ordinals_and_mixed_numbers_are_not_shares(body: str) -> None:
    assert [e for e in claims(body) if e["kind"] == "percent"] == []


def test_a_glued_unit_is_read_and_a_following_number_is_not_glued() -> None:
    found = claims("Rescuers cleared 3.5km of track and a 2km2 plot stayed flooded.")
    assert [(e["figure"], e["best"]) for e in found if e["kind"] == "distance"] == [("3.5km", 3.5)]


@pytest.mark.parametrize(
    ("sentence", "figure", "kind", "best"),
    [
        ("A few dozen rebels were surrounded in the hills.", "A few dozen", "fighters", 36),
        (
            "Several thousand troops are stationed near the port.",
            "Several thousand",
            "troops",
            5000,
        ),
        ("The famine killed tens of thousands.", "tens of thousands", "killed", 40000),
        ("Dozens of smugglers were detained at the crossing.", "Dozens", "detained", 50),
    ],
)
def test_vague_quantities(sentence: str, figure: str, kind: str, best: float) -> None:
    entry = one(sentence, figure)
    assert (entry["kind"], entry["best"], entry["qualifier"]) == (kind, best, "vague")


@pytest.mark.parametrize(
    ("sentence", "figure", "source"),
    [
        (
            "Gunmen killed 14 people in the village, two security sources said.",
            "14",
            "security sources",
        ),
        ("Three witnesses said 40 people were killed.", "40", "witnesses"),
        (
            "Gunmen killed 14 people in the village, three witnesses told Reuters.",
            "14",
            "witnesses",
        ),
    ],
)
def test_a_count_of_who_speaks_is_no_figure(sentence: str, figure: str, source: str) -> None:
    # (the count of sources had been a figure, and had kept the speaker from the toll)
    found = claims(sentence)
    assert [(e["figure"], e["attribution"]["source"]) for e in found] == [(figure, source)]
    # people of a speaker's noun who are counted in the story stay a figure
    assert one("Two officials were killed in the blast.", "Two")["kind"] == "killed"


def test_weak_vague_word_without_an_event_is_not_a_figure() -> None:
    assert claims("Many foreigners have left the country since spring.") == []


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Observers said turnout in Sunday's vote was about 40 percent.", "about 40 percent",
         "share of turnout"),
        ("Unemployment in the region stood at 12 percent.", "12 percent",
         "share of unemployment"),
        ("A turnout of 58 percent was reported.", "58 percent", "share of turnout"),
        ("Its parallel tabulation put turnout at 52 percent.", "52 percent", "share of turnout"),
        # whose share: the party that won it (two parties' shares are no rival figures)
        ("The ruling party won 53.9 percent of the vote, officials said.", "53.9 percent",
         "share of vote won by ruling party"),
        ("The count showed the ruling party had won no more than 41 percent.",
         "no more than 41 percent", "share of vote won by ruling party"),
        ("Leaders said their alliance had won 48 percent of the vote.", "48 percent",
         "share of vote won by alliance"),
        ("The ruling party's share of the vote, 53.9 percent, was confirmed.", "53.9 percent",
         "share of vote won by ruling party"),
        ("He won 60 percent.", "60 percent", "share"),
        # a candidate by surname, however the sentence names them
        ("Incumbent Marko Novak won Sunday's election with 58.6% of the vote.", "58.6%",
         "share of vote won by novak"),
        ("His main rival Ana Petric took 18.8%.", "18.8%", "share of vote won by petric"),
        ("Final results gave Novak 58.7% and Petric 18.9%.", "18.9%",
         "share of vote won by petric"),
        ("Exit polls had given Novak 60.1%.", "60.1%", "share of vote won by novak"),
        # who the share is of its people: two groups' shares are no rival figures
        ("She said more than 80 percent of the arrivals were women and children.",
         "more than 80 percent", "share of arrivals that are women and children"),
        ("Data show 55 percent of the arrivals are children under 18.", "55 percent",
         "share of arrivals that are children under 18"),
        ("Women and children make up 65 percent of them, the update said.", "65 percent",
         "share that are women and children"),
        ("Some 30 percent of the displaced are expected to return.", "Some 30 percent",
         "share of displaced"),
        # the whole a share is of, named by an event's word
        ("About 40 percent of the dead were children.", "About 40 percent",
         "share of dead that are children"),
        # the whole country's share, never a rival of one place's
        ("Officials say 61 percent of inmates in prisons across the country await trial.",
         "61 percent", "share of inmates nationwide"),
        ("About 74 percent of the inmates held at Westby awaited trial.", "About 74 percent",
         "share of inmates"),
    ],
)  # fmt: skip
def test_a_share_is_of_the_noun_before_the_phrase_that_places_it(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_few_is_a_judgement_not_a_figure() -> None:
    # "few" says fewer than claimed, however many; "a few" is a small count
    assert claims("Monitors say few civilians were killed in the shelling.") == []
    assert one("A few soldiers were wounded.", "A few")["kind"] == "injured"
    # a claim file may still say "few" (vague.yaml reads it)
    assert quantities.parse_figure("few").best == 3


def test_ranges() -> None:
    entry = one("Between 12 and 20 villagers were abducted by the gang.", "Between 12 and 20")
    assert (entry["kind"], entry["low"], entry["high"]) == ("hostages", 12, 20)
    spread = one("Temperatures ranged from 27 to 35 degrees.", "from 27 to 35")
    assert (spread["qualifier"], spread["low"], spread["high"]) == ("range", 27, 35)
    # "N or M" is a range; years joined by "or" are not.
    either = one("Witnesses said 40 or 50 people were killed.", "40 or 50")
    assert (either["qualifier"], either["low"], either["high"]) == ("range", 40, 50)
    found = claims("In 2019 or 2020, 12 people were killed.")
    assert [e["figure"] for e in found if e["kind"] != "date"] == ["12"]
    assert all(" or " not in e["figure"] for e in found)


@pytest.mark.parametrize(
    ("body", "was", "now"),
    [
        ("The number of detainees grew from 10 to 135 in a week.", "10", "135"),
        ("The death toll rose from 27 to 35 on Friday.", "27", "35"),
        ("The death toll changed from 61 to 64 overnight.", "61", "64"),
        # After the count it changed to.
        ("Officials revised the death toll from the blast down to 21 from 27.", "27", "21"),
        ("The number of people injured was adjusted to 58 from 63.", "63", "58"),
        ("Police revised the death toll down to 76 from the previously announced 93.", "93", "76"),
        ("The army cut the toll to 21 from an earlier figure of 27.", "27", "21"),
        ("The death toll was revised down to 66 from the previous 81.", "81", "66"),
        # A hedged earlier count, and the verb far before "from": "over 500 to 109" is no range.
        ("The government has revised the death toll from over 500 to 109.", "over 500", "109"),
        (
            "The state government revised downward the death toll from Sunday's attack on the "
            "village and two neighbouring hamlets in the south of the state from over 500 to 109.",
            "over 500",
            "109",
        ),
    ],
)
def test_a_count_that_changed_is_two_counts_the_earlier_one_dated_before(
    body: str, was: str, now: str
) -> None:
    # Not a range of values: the count now, and the one it was, given before the article.
    before, after = one(body, was), one(body, now)
    assert before["kind"] == after["kind"] != "other"
    assert (before["low"], after["best"]) == (float(was.split()[-1]), float(now))
    assert before["as_of"] < after["as_of"] == "2020-03-06"


def test_the_count_a_change_on_a_day_replaced_is_of_the_day_before() -> None:
    # "on Thursday raised the toll to 2,975 from 64": 64 was the count before Thursday.
    body = "The government on Thursday raised its official death toll to 2,975 from 64."
    before, after = one(body, "64"), one(body, "2,975")
    assert (before["as_of"], after["as_of"]) == ("2020-03-04", "2020-03-05")
    # A value with a day of its own keeps it.
    body = "The toll rose from 27 on Wednesday to 35 on Thursday."
    assert (one(body, "27")["as_of"], one(body, "35")["as_of"]) == ("2020-03-04", "2020-03-05")


def test_a_day_right_after_another_value_is_that_value_s() -> None:
    # the 87 is no count of March 3: that day is the 75's, in a clause about another count
    body = (
        "The prosecutor lists 87 people killed, the figure on which the ministry's running "
        "toll, which climbed from 75 on March 3 to 81 two days later, finally settled."
    )
    assert one(body, "87")["as_of"] == FRIDAY
    assert one(body, "75")["as_of"] == "2020-03-03"
    # "stood at 276 on Monday and rose past 300 on Tuesday": each value's own day
    body = "The toll stood at 276 on Monday and rose past 300 on Tuesday."
    assert (one(body, "276")["as_of"], one(body, "300")["as_of"]) == ("2020-03-02", "2020-03-03")


def test_a_count_told_value_by_value_dates_each_value() -> None:
    # Words of manner or time between the verb and "from" keep it a change, not a range.
    body = "The number of dead climbed overnight from 40 to 52, police said."
    before, after = one(body, "40"), one(body, "52")
    assert before["kind"] == after["kind"] == "killed"
    assert before["as_of"] < after["as_of"] == FRIDAY
    # Each value is of the day right after it, and a value joined by "and" is the next one.
    body = "The toll has risen steadily, from 12 on Monday to 30 on Wednesday and 41 on Thursday."
    told = [one(body, figure) for figure in ("12", "30", "41")]
    assert [e["kind"] for e in told] == ["killed"] * 3
    assert [e["as_of"] for e in told] == ["2020-03-02", "2020-03-04", "2020-03-05"]
    # Words between a value and "to" do not hide the count it is a value of.
    body = "The toll rose through the day, from 233 early on Thursday to 261 by evening."
    assert [one(body, figure)["kind"] for figure in ("233", "261")] == ["killed"] * 2
    # A range that is no change stays a range.
    spread = one("Temperatures ranged widely, from 27 to 35 degrees.", "from 27 to 35")
    assert spread["qualifier"] == "range"


@pytest.mark.parametrize(
    "hedge",
    ["about", "some", "an estimated", "around", "at least", "more than", "up to", "as many as",
     "nearly"],
)  # fmt: skip
def test_each_hedge_sets_the_interval(hedge: str) -> None:
    entry = one(f"Officials said {hedge} 40 soldiers were killed in the raid.", f"{hedge} 40")
    expected = quantities.parse_figure(f"{hedge} 40")
    assert entry["kind"] == "killed" and entry["party"] == "soldiers"
    assert entry["qualifier"] == expected.qualifier.value
    assert (entry["low"], entry["best"], entry["high"]) == (
        expected.low,
        expected.best,
        expected.high,
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "party"),
    [
        ("Officials said 40 or more soldiers were killed in the raid.", "40 or more", "soldiers"),
        ("Officials said 2,000-plus soldiers were killed in the raid.", "2,000-plus", "soldiers"),
        ("Officials said 40 plus soldiers were killed in the raid.", "40 plus", "soldiers"),
        ("Officials said 40+ soldiers were killed in the raid.", "40+", "soldiers"),
        ("Officials said forty-odd soldiers were killed in the raid.", "forty-odd", "soldiers"),
        ("Officials said 40 or so soldiers were killed in the raid.", "40 or so", "soldiers"),
    ],
)
def test_a_hedge_after_the_number_is_part_of_the_figure(
    sentence: str, figure: str, party: str
) -> None:
    # The hedge sets the interval as the figure reader reads it, and the noun after it is
    # the party counted ("40 plus soldiers": soldiers, not "plus soldiers").
    entry = one(sentence, figure)
    expected = quantities.parse_figure(figure)
    assert (entry["kind"], entry["party"]) == ("killed", party)
    assert (entry["qualifier"], entry["low"], entry["high"]) == (
        expected.qualifier.value,
        expected.low,
        expected.high,
    )
    assert expected.qualifier.value != "exact"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thirty soldiers defected to the rebels.",
        "Thirty soldiers deserted their posts.",
        "Thirty soldiers mutinied against their officers.",
    ],
)
def test_a_verb_of_leaving_one_s_side_ends_the_party(sentence: str) -> None:
    assert one(sentence, "Thirty")["party"] == "soldiers"


@pytest.mark.parametrize(
    "sentence",
    [
        "The blast killed 40 people, possibly more, police said.",
        "The blast killed 40 people or more.",
        "The blast killed 40 people, if not more.",
    ],
)
def test_or_more_after_the_noun_leaves_the_count_no_top(sentence: str) -> None:
    entry = one(sentence, "40")
    assert (entry["qualifier"], entry["low"], entry["high"]) == ("at least", 40, None)


def test_or_more_between_the_noun_and_its_verb_is_an_aside() -> None:
    entry = one("Forty soldiers, and probably more, were killed.", "Forty")
    assert (entry["kind"], entry["party"], entry["high"]) == ("killed", "soldiers", None)


@pytest.mark.parametrize(
    "sentence",
    ["The blast killed 40 soldiers and more civilians.", "It killed 40 soldiers, and more fled."],
)
def test_more_of_another_noun_or_clause_leaves_the_count_exact(sentence: str) -> None:
    assert one(sentence, "40")["qualifier"] == "exact"


def test_a_word_after_the_number_that_adds_a_count_is_no_hedge() -> None:
    # "20 plus three officers" is a sum; "12 and more than 30 hurt" two figures.
    found = claims("The attack killed 20 plus three police officers.")
    assert [(e["figure"], e["qualifier"]) for e in found][0] == ("20", "exact")
    found = claims("The blast killed 12 and more than 30 were hurt.")
    assert [e["figure"] for e in found] == ["12", "more than 30"]


@pytest.mark.parametrize("figure", ["Half a dozen", "A half-dozen"])
def test_half_a_dozen_is_six(figure: str) -> None:
    entry = one(f"{figure} soldiers were killed.", figure)
    assert (entry["best"], entry["party"]) == (6, "soldiers")


@pytest.mark.parametrize(
    ("sentence", "figure", "best"),
    [
        ("A hundred and twenty soldiers were killed.", "A hundred and twenty", 120),
        ("About a thousand two hundred villagers fled.", "About a thousand two hundred", 1200),
        ("Some a hundred and fifty thousand fled.", "Some a hundred and fifty thousand", 150000),
    ],
)
def test_a_number_of_words_opened_by_a_is_one_figure(sentence: str, figure: str, best: int) -> None:
    # "a hundred and twenty" had been two figures, "a hundred" (vague) and "twenty"
    found = claims(sentence)
    assert [(e["figure"], e["best"]) for e in found] == [(figure, best)]
    # bare "a hundred" stays the vague phrase's round figure
    assert one("A hundred soldiers were killed.", "A hundred")["qualifier"] == "vague"


def test_a_victim_named_with_a_after_a_count_is_one_more() -> None:
    found = claims("Two soldiers and a civilian died in the blast.")
    assert [(e["figure"], e["best"], e["party"]) for e in found] == [
        ("Two", 2, "soldiers"),
        ("a", 1, "civilian"),
    ]
    # not where "a" starts a figure of its own ("a dozen", "a score of": twelve, twenty)
    found = claims("Two dozen soldiers and a score of civilians died in the blast.")
    assert [(e["figure"], e["best"], e["party"]) for e in found] == [
        ("Two dozen", 24, "soldiers"),
        ("a score of", 20, "civilians"),
    ]


def test_headline_figure_and_its_party_from_the_body() -> None:
    body = "12 Dead in River Flooding\n\nFloods killed 12 villagers near the dam on Thursday."
    found = claims(body, title="12 Dead in River Flooding")
    headline = next(e for e in found if e["quote"].startswith("12 Dead"))
    assert headline["kind"] == "killed" and headline["party"] == "villagers"


def test_headline_figure_takes_the_place_of_the_body_figure_it_repeats() -> None:
    # Not the province the article names most: the country of the body's 88.
    title = "Typhoon toll climbs to 88 as rescuers reach villages"
    body = (
        f"{title}\n\nThe number of people killed by the typhoon in northern Veyland has "
        "risen to 88, the agency said. Most of the deaths were in Belmont province, where 44 "
        "people died. The governor gave a count of 47 for Belmont province. Damage in "
        "Belmont province was heavy."
    )
    found = claims(body, title=title)
    assert [e["place"] for e in found if e["figure"] == "88"] == ["Veyland", "Veyland"]
    # Nor the dateline city, filed from where a part of them died.
    title = "Unrest: 164 killed, officials say"
    body = (
        f"{title}\n\nCUSCO, Jan 9 (Wire) - A total of 164 people were killed in the unrest "
        "that swept Peru last week, the ministry said.\n\nIn Cusco alone, 103 people died."
    )
    found = claims(body, title=title)
    assert [e["place"] for e in found if e["figure"].endswith("164")] == ["Peru", "Peru"]
    # A headline that names its own place keeps it.
    title = "164 killed in Cusco unrest"
    found = claims(body.replace("Unrest: 164 killed, officials say", title), title=title)
    assert [e["place"] for e in found if e["figure"].endswith("164")] == ["Cusco", "Peru"]


def test_headline_figure_takes_the_day_of_the_body_figure_it_rounds() -> None:
    # A count months after the event: the headline's "Over 2,300" is the lead's 2,318, of
    # the crush in March, not of the day the count was published.
    title = "Count: Over 2,300 killed in pilgrimage crush"
    body = (
        f"{title}\n\nWESTBY (Wire) - The crush at the shrine on March 3 killed at least "
        "2,318 people, according to a count of officials' statements, far above the toll of "
        "the authorities."
    )
    found = claims(body, title=title, published="2019-07-20")
    days = {e["figure"]: e.get("about") for e in found if e["kind"] == "killed"}
    assert days == {"Over 2,300": "2019-03-03", "at least 2,318": "2019-03-03"}
    # a headline figure far from the body's is not its rounding
    body = body.replace("2,318", "2,950")
    found = claims(body, title=title, published="2019-07-20")
    assert next(e for e in found if e["figure"] == "Over 2,300").get("about") is None


def test_a_country_the_event_is_with_or_against_is_no_place() -> None:
    body = "At least 36 people were killed in border clashes with Peru, the ministry said."
    assert "place" not in one(body, "At least 36")
    body = "Officials said 12 soldiers died in the war against Peru."
    assert "place" not in one(body, "12")


def test_headline_total_takes_the_parties_it_sums() -> None:
    body = (
        "At Least 9 Killed in Border Clash\n\n"
        "At least seven guards and two smugglers were killed at the border on Thursday."
    )
    found = claims(body, title="At Least 9 Killed in Border Clash")
    assert found[0]["figure"] == "At Least 9"
    assert found[0]["party"] == "guards and smugglers"
    # Not when the body gives the total as a count of everyone before its parts.
    title = "Strike on Westby hospital kills 17"
    body = (
        f"{title}\n\nAn air strike hit a hospital in Westby on Saturday, killing at least 17 "
        "people, including 10 of the charity's staff. Seven patients were among the dead."
    )
    found = claims(body, title=title)
    assert (found[0]["figure"], found[0].get("party")) == ("17", None)


def test_possessed_group_is_the_group_named_before() -> None:
    body = (
        "The colonel and his rebels fled into the hills. "
        "Police said dozens of his armed supporters were surrounded."
    )
    assert one(body, "dozens")["party"] == "rebels"


def test_page_furniture_and_stamps_are_ignored() -> None:
    body = (
        "Accessibility links\n\nBreaking News\n\n. Last Updated: 07/27/2016\n\n"
        "Get the latest updates as we post them, right on your browser\n\nBy Jane Roe\n\n"
        "The harbour reopened after repairs."
    )
    assert claims(body) == []


def test_a_long_line_is_text_even_if_it_starts_like_furniture() -> None:
    body = "Breaking news: 14 miners were killed in a blast on Thursday. " * 5
    assert len(claims(body)) == 5


def test_long_articles_take_linear_time() -> None:
    body = "Officials said 12 soldiers were killed, the spokesman Ali Khan told reporters. " * 1500
    found = claims(body)  # one paragraph of 1,500 sentences: quotes and speakers looked up
    assert len(found) == 1500


def test_idioms_and_stray_number_words_are_not_figures() -> None:
    body = (
        "It was one of the worst storms in memory. One local official said the river rose "
        "quickly, and one way or another the town will rebuild."
    )
    assert claims(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "LIMA, March 2 (Reuters) - The tremor struck at 4:17 a.m. (0917 GMT) on Monday.",
        # a 24-hour clock time that reads like a year is no date either
        "LIMA, March 2 (Reuters) - The tremor struck at 10:15 p.m. (1715 GMT) on Monday.",
        "The train left the tracks at about 8:20 p.m. (1720 local time) on Monday.",
    ],
)
def test_clock_times_and_datelines_are_not_claims(body: str) -> None:
    assert claims(body) == []


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Eight soldiers were killed between October 1 and 6.", ["Eight", "October 1"]),
        ("Eight were killed from October 1 to 6 in the capital.", ["Eight", "October 1"]),
        # a count after a date stays a count
        ("On October 1 and 6 people were killed.", ["October 1", "6"]),
    ],
)
def test_the_last_day_of_a_span_of_days_is_no_figure(body: str, figures: list[str]) -> None:
    assert [e["figure"] for e in claims(body)] == figures


def test_things_set_on_fire_are_not_people() -> None:
    body = "Those arrested had set fire to two petrol stations and a mosque."
    assert one(body, "two")["kind"] == "other"


def test_a_turnout_put_at_a_figure_is_a_crowd() -> None:
    entry = one("Organisers put the turnout at 200,000; police said 35,000.", "200,000")
    assert entry["kind"] == "crowd"
    assert entry["attribution"]["source"] == "Organisers"


def test_a_countrys_people_are_its_population() -> None:
    entry = one("The country's 18 million people face inflation.", "18 million")
    assert entry["kind"] == "population"


def test_home_to_is_a_population() -> None:
    entry = one("The valley, home to about 2.5 million people, was cut off.", "about 2.5 million")
    assert entry["kind"] == "population"


@pytest.mark.parametrize(
    "body",
    [
        "Westby, home to about 48,000 people, was cut off.",
        "The town of Westby, with a population of 48,000, was cut off.",
        "Westby has a population of 48,000.",
        "Westby, a town of 48,000, was cut off.",
        "The population of Westby is 48,000.",
        "The population of Westby was estimated at 48,000.",
        # translated copy
        "The locality of Westby, which counts 48,000 inhabitants, is a fishing centre.",
        # the place's clause between its name and its population
        "Westby, one of Peru's poorest districts, has a population of about 48,000.",
        "Officials said Westby, situated 48 km from Eastport and having a population of "
        "about 48,000, was the worst hit.",
        # a sentence that says what the place is
        "Westby is a mountainous district in the west of the province with a population of "
        "48,000 people, mostly farmers.",
        "Westby is a mountain village with about 48,000 inhabitants.",
        # a locality's people, and the people who live where the clause says
        "Westby, a fishing locality of about 48,000 inhabitants north of Eastport, is a port.",
        "Westby, where about 48,000 people live packed into narrow lanes, has seen fires.",
    ],
)
def test_a_population_is_of_the_place_named_before_it(body: str) -> None:
    entry = one(body, "about 48,000" if "about" in body else "48,000")
    assert (entry["kind"], entry["subject"]) == ("population", "population of Westby")


@pytest.mark.parametrize(
    "body",
    [
        "Westby village, with a population of 2,300 people, lies near the border.",
        "The population of Westby district is 2,300.",
        "Westby local government area, home to 2,300 people, grows potatoes.",
    ],
)
def test_a_population_is_of_the_place_named_with_its_noun(body: str) -> None:
    entry = one(body, "2,300")
    assert entry["party"] in ("Westby village", "Westby district", "Westby local government area")


def test_an_arabic_name_s_article_is_part_of_the_place_s_name() -> None:
    body = "Tal al-Westby, a farming town of about 48,000 people, lies 90 km from Eastport."
    assert one(body, "about 48,000")["subject"] == "population of Tal al-Westby"
    assert one(body, "90 km")["from"] == "Tal al-Westby"
    body = (
        "The governor spoke in the holy city of Tal al-Westby. He said that the city, with its "
        "48,000 inhabitants, opened its homes."
    )
    assert one(body, "48,000")["subject"] == "population of Tal al-Westby"


def test_the_village_is_the_village_named_before() -> None:
    entry = one(
        "Rescuers dug in the hill village of Westby. The village, home to about 700 people, "
        "lies 28 km from Eastport.",
        "about 700",
    )
    assert entry["party"] == "Westby"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # a verb after the people is not a word of their noun ...
        ("About 70,000 people work in the mines.", "About 70,000", "people"),
        ("Some 180,000 inhabitants woke up to the news.", "Some 180,000", "population"),
        # ... but a noun, a participle and "of" go on with it
        ("Police arrested 20 people smugglers.", "20", "people smugglers detained"),
        ("At least 41 persons deprived of liberty died.", "At least 41",
         "persons deprived of liberty killed"),
        ("It killed 1,250 residents of Westby.", "1,250", "residents of Westby killed"),
    ],
)  # fmt: skip
def test_where_the_noun_of_counted_people_ends(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_ages_are_not_counts() -> None:
    assert claims("A 10-year-old boy and his 52-year-old father were seen at the market.") == []


def test_of_them_counts_the_people_counted_before() -> None:
    body = "Some 900 people were kidnapped last year. At least 300 of them are still held."
    entry = one(body, "At least 300")
    # (held after a kidnapping: the kidnapped, still hostages)
    assert entry["kind"] == "hostages" and "party" not in entry


def test_the_verb_nearest_before_the_figure_counts() -> None:
    entry = one("Troops freed 11 of the hostages and arrested three suspects.", "three")
    assert (entry["kind"], entry["quote"]) == ("detained", "arrested three suspects")


def test_place_of_the_event() -> None:
    entry = one("Five soldiers were killed in Port Arden on Thursday.", "Five")
    assert entry["place"] == "Port Arden"


def test_numbers_that_name_things_are_not_figures() -> None:
    assert claims("The council cited Resolution 1244 and closed Route 7 to traffic.") == []
    assert [e["figure"] for e in claims("Gunmen killed 12 pupils at school No. 175.")] == ["12"]
    # ... but a name right after "told" is whom a source told, and the number after it counts
    entry = one("A hospital source told Coast Wire 27 bodies had been brought to its morgue.", "27")
    assert entry["kind"] == "killed"
    # Nor do numbers of blasts or quakes count people.
    entry = one("The death toll from two massive explosions at a warehouse rose to 44.", "two")
    assert entry["kind"] == "other"


def test_durations_are_kind_other() -> None:
    entry = one("After three weeks of talks the delegates went home.", "three")
    assert entry["kind"] == "other" and "party" not in entry


# --------------------------------------------------------------------------- kind and party


def test_shared_verb() -> None:
    found = claims("Four guards and 11 of the raiders were killed in the assault.")
    assert [(e["figure"], e["kind"], e["party"]) for e in found] == [
        ("Four", "killed", "guards"),
        ("11", "killed", "raiders"),
    ]


def test_a_verb_shared_by_a_count_its_noun_gave_a_kind() -> None:
    # "hostages" alone makes a count of people held; a verb both counts share makes them dead
    found = claims("The ministry said 19 hostages and all 27 militants were killed.")
    assert [(e["figure"], e["kind"], e["party"]) for e in found] == [
        ("19", "killed", "hostages"),
        ("all 27", "killed", "militants"),
    ]
    # not the object of a verb of its own: "freed 40 hostages" were freed, not killed
    found = claims("The army freed 40 hostages and 12 militants were killed.")
    assert [(e["figure"], e["kind"]) for e in found] == [("40", "hostages"), ("12", "killed")]


def test_party_shared_with_the_figure_before() -> None:
    found = claims(
        "52 soldiers have been killed, 14 have been wounded and 30 gunmen have been killed."
    )
    assert [(e["figure"], e["kind"], e["party"]) for e in found] == [
        ("52", "killed", "soldiers"),
        ("14", "injured", "soldiers"),
        ("30", "killed", "gunmen"),
    ]


def test_event_verb_before_the_figure_and_others() -> None:
    found = claims("Police shot dead two of the robbers and wounded three others.")
    assert [(e["figure"], e["kind"], e["party"]) for e in found] == [
        ("two", "killed", "robbers"),
        ("three", "injured", "robbers"),
    ]


def test_event_verb_beats_stock_noun() -> None:
    entry = one("Nine troops were captured near the pass.", "Nine")
    assert (entry["kind"], entry["party"]) == ("captured", "troops")


def test_country_holding_troops_names_the_party() -> None:
    entry = one("France has about 3,000 troops in the region.", "about 3,000")
    assert (entry["kind"], entry["party"]) == ("troops", "French troops")


def test_zero() -> None:
    entry = one("A second bomb went off at night, but there were no injuries.", "no")
    assert (entry["kind"], entry["best"]) == ("injured", 0)


@pytest.mark.parametrize(
    "body",
    [
        "The landslide killed 11 villagers and buried 40 houses, the governor said.",
        "The landslide killed 11 villagers and forced 600 from their homes.",
        "The landslide killed 11 villagers and damaged the only bridge.",
        "The rebels said they killed 11 villagers and controlled most of the district.",
        "The landslide killed 11 villagers and buried much of the valley.",
    ],
)
def test_a_second_verb_after_and_ends_the_counted_noun(body: str) -> None:
    entry = one(body, "11")
    assert (entry["kind"], entry["party"]) == ("killed", "villagers")


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        ("The eruption drove some 9,000 islanders from their homes.", "some 9,000", "displaced"),
        ("The eruption killed two and forced 800 from their homes.", "800", "displaced"),
        ("Raiders abducted 15 farmers from their homes at dawn.", "15", "hostages"),
    ],
)
def test_people_driven_from_their_homes_are_displaced_unless_a_verb_says_otherwise(
    body: str, figure: str, kind: str
) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        (
            "About 700 campers fled the blaze, said the park service, which put the number "
            "of missing at 4.",
            "4",
            "missing",
        ),
        ("The death toll from the storm that displaced farmers rose to 17.", "17", "killed"),
    ],
)
def test_a_count_named_before_its_figure_takes_the_event_nearest_the_count_noun(
    body: str, figure: str, kind: str
) -> None:
    assert one(body, figure)["kind"] == kind


def test_a_count_owned_by_another_source_is_of_the_toll_and_theirs() -> None:
    body = (
        "The avalanche killed 5 climbers, a mountain rescue official said, disputing the "
        "tourism board's figure of 8."
    )
    entry = one(body, "8")
    assert entry["kind"] == "killed"
    assert entry["attribution"] == {"source": "tourism board", "via": ["mountain rescue official"]}


def test_an_owned_count_of_something_else_after_a_toll_is_not_of_the_toll() -> None:
    body = (
        "Rights groups said more than 80 people were detained. "
        "Organisers stood by their estimate of 120,000 marchers."
    )
    assert one(body, "120,000")["kind"] != "detained"
    # A figure naming only people, or nothing, is still the last sentence's count.
    body = "Rights groups said 80 people were detained. Police disputed their figure of 14."
    assert one(body, "14")["kind"] == "detained"


def test_the_count_reported_by_another_source_is_of_the_toll_and_theirs() -> None:
    body = "Villagers said up to 90 people died, far more than the 25 reported by the coastguard."
    entry = one(body, "25")
    assert entry["kind"] == "killed" and entry["attribution"]["source"] == "coastguard"
    # the source named as the subject of its verb
    body = (
        "The inquiry said 247 civilians were killed there, far fewer than the at least 600 "
        "the commission estimated in its preliminary findings."
    )
    entry = one(body, "at least 600")
    assert entry["kind"] == "killed" and entry["attribution"]["source"] == "commission"
    body = "Residents said up to 800 were killed, far more than the 110 Norland's army counted."
    entry = one(body, "110")
    assert entry["kind"] == "killed" and entry["attribution"]["source"] == "Norland's army"
    # a noun of its own is the figure's, not who gave it
    assert (
        one("Officials said 12 died. The 60 soldiers reported missing were found.", "60")["kind"]
        == "missing"
    )


def test_a_count_dated_by_a_day_is_not_owned_by_it() -> None:
    entry = one("The avalanche has killed 9 climbers, up from Sunday's tally of 7.", "7")
    assert entry["kind"] == "killed" and entry["attribution"]["source"] == "article"


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("About 400 rebels took part in the raid, a source said.", "rebels"),
        ("Some 60 gunmen stormed the depot at dawn.", "gunmen"),
        # a phrasal verb ends it too
        ("Police said four gunmen carried out Saturday's attack.", "gunmen"),
    ],
)
def test_the_counted_noun_ends_before_its_verb(body: str, party: str) -> None:
    assert [e["party"] for e in claims(body)] == [party]


def test_a_kind_s_cue_that_names_a_role_is_the_counted_noun_before_the_figure_s_cue() -> None:
    body = "The ministry said 40 Veylandic prisoners of war had been killed and 75 wounded."
    entry = one(body, "40")
    assert (entry["kind"], entry["party"]) == ("killed", "Veylandic prisoners of war")
    # With no cue of its own after it, the cue is the figure's kind.
    entry = one("Norland holds 40 Veylandic prisoners of war.", "40")
    assert (entry["kind"], entry["party"]) == ("captured", "Veylandic")
    # A cue that names no role ("dead") stays the figure's.
    assert one("The clashes left 94 dead and 59 wounded.", "94")["kind"] == "killed"


def test_a_count_of_places_lends_its_noun_to_no_toll_after_it() -> None:
    body = (
        "Doctors at three of the city's largest hospitals said their own count of bodies "
        'received since Tuesday was "nearly 200".'
    )
    assert one(body, "nearly 200").get("party") is None
    # a count of people does: "the two are guards too"
    body = "Fourteen of the guards were released unharmed, while two were taken to hospital."
    assert one(body, "two")["party"] == "guards"


def test_whom_a_force_holds_or_loses_are_not_its_people() -> None:
    body = (
        "About 60 militants remain in the battle zone, where they are believed to hold about "
        "100 hostages."
    )
    assert one(body, "about 100").get("party") is None
    # hostages killed are hostages, whoever was counted before
    body = "Al-Shabab cited 4,000 troops in the country and claimed that 137 hostages had died."
    assert (one(body, "137")["kind"], one(body, "137")["party"]) == ("killed", "hostages")


def test_a_participle_before_a_noun_after_and_is_part_of_the_party() -> None:
    entry = one("Gunfire killed 6 guards and armed raiders at the depot.", "6")
    assert entry["party"] == "guards and armed raiders"


# --------------------------------------------------------------------------- attribution


def source(entry: dict[str, Any]) -> tuple[str, list[str]]:
    return entry["attribution"]["source"], entry["attribution"]["via"]


def test_spokesman_told() -> None:
    body = '"We lost 12 soldiers in the ambush," the army\'s spokesman Ivo Marek told reporters.'
    assert source(one(body, "12")) == ("army's spokesman Ivo Marek", [])


def test_said_and_agency_reported() -> None:
    body = "The regional health office, however, said 40 people had died, Reuters reported."
    assert source(one(body, "40")) == ("regional health office", ["Reuters"])


def test_agency_quoted_unidentified_source() -> None:
    body = (
        "Italy's ANSA news agency quoted an unnamed official as saying that 15 migrants had "
        "drowned."
    )
    assert source(one(body, "15")) == ("unnamed official", ["ANSA"])


def test_according_to_agency() -> None:
    body = "By Monday, 60 rioters had been arrested, according to Spanish news agency EFE."
    entry = one(body, "60")
    assert source(entry) == ("EFE", [])
    assert entry["as_of"] == "2020-03-02"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("At least 40 people died, according to a statement from the Health Ministry.",
         "Health Ministry"),
        ("Some 300 were held, according to figures released by the UN refugee agency.",
         "UN refugee agency"),
    ],
)  # fmt: skip
def test_according_to_a_document_is_its_author(body: str, expected: str) -> None:
    assert source(claims(body)[0]) == (expected, [])


def test_inverted_said_and_pronoun() -> None:
    body = (
        "Nine villagers were abducted overnight, said district governor Amal Haddad. "
        "She added that 12 were freed later."
    )
    assert source(one(body, "Nine"))[0] == "district governor Amal Haddad"
    assert source(one(body, "12"))[0] == "district governor Amal Haddad"


def test_generic_speaker_resolves_to_the_named_one() -> None:
    body = (
        "The country's defence ministry blamed the unrest on smugglers. "
        "Border units killed four of the smugglers, the ministry said."
    )
    assert source(one(body, "four"))[0] == "defence ministry"


def test_the_papers_own_correspondent_is_the_article() -> None:
    body = "In the valley 14 miners were killed, the paper's correspondent wrote."
    assert source(one(body, "14")) == ("article", [])


def test_reports_no_one_issued_are_their_own_source() -> None:
    # Not the article's voice, nor the speaker named before them.
    body = "The ministry said 20 miners died. Reports said 30 miners were killed."
    assert source(one(body, "30"))[0] == "reports"
    assert source(one("According to reports, 14 miners were killed.", "14"))[0] == "reports"
    # Reports a speaker rejects are the reports' figure, not the speaker's.
    body = (
        'The toll has "not exceeded 150", the army said on Monday, rejecting media reports '
        "of as many as 2,000 deaths as exaggerated."
    )
    assert source(one(body, "as many as 2,000"))[0] == "media reports"
    denied = one(body, "not exceeded 150")
    assert source(denied)[0] == "army"
    assert (denied["qualifier"], denied["high"]) == ("up to", 150)


def test_who_stands_at_a_distance() -> None:
    entry = one("By noon rebel forces stood 25 km from the capital.", "25 km")
    assert (entry["kind"], entry["party"]) == ("distance", "rebel forces")


def test_bare_numbers_in_labels_are_not_figures() -> None:
    assert claims("Clashes in the valley (event 3, report 2).") == []


@pytest.mark.parametrize(
    "body",
    ["One officer was killed in the clash.", "One person died and 12 were injured."],
)
def test_a_single_unnamed_person_is_no_count(body: str) -> None:
    assert [e["figure"] for e in claims(body) if e["figure"].lower() == "one"] == []
    # hedged, it is a count
    assert one("At least one person was killed.", "At least one")["kind"] == "killed"


def test_article_voice_by_default() -> None:
    assert source(one("Some 300 families have returned to the town.", "Some 300")) == (
        "article",
        [],
    )


# --------------------------------------------------------------------------- dates


def test_weekday_dates_the_event_and_the_count_is_as_of_publication() -> None:
    entry = one("Three soldiers were killed on Thursday.", "Three")
    assert (entry["about"], entry["as_of"]) == ("2020-03-05", FRIDAY)


def test_a_count_since_a_day_is_about_that_day_and_as_of_the_report() -> None:
    entry = one("Customs officers said 12 smugglers had been detained since Tuesday.", "12")
    assert (entry["about"], entry["as_of"]) == ("2020-03-03", FRIDAY)


def test_a_day_after_the_article_s_is_no_day_of_a_toll_s_deaths() -> None:
    body = "The commission, whose report is due next month, has counted 63 dead."
    assert "about" not in one(body, "63")
    # A day before the article's still dates them.
    assert one("The commission counted 63 dead on Tuesday.", "63")["about"] == "2020-03-03"


def test_the_day_a_source_spoke_is_not_the_day_of_the_event_it_names() -> None:
    # Weeks later: the attack's day, not the day the police spoke.
    body = "The attack on July 1 left 22 people dead, police said yesterday."
    assert one(body, "22", published="2016-07-28")["about"] == "2016-07-01"
    # ... also for the sentences after one that names the event by its day.
    body = (
        "Investigators believe five gunmen carried out the July 1 attack on the cafe, a police "
        "chief told The Daily Star yesterday. The attack left 22 people dead."
    )
    assert one(body, "22", published="2016-07-28")["about"] == "2016-07-01"
    # With no other day named, the day they spoke dates the deaths.
    body = "Gunmen killed 12 people, police said yesterday."
    assert one(body, "12", published="2016-07-28")["about"] == "2016-07-27"


def test_that_day_is_the_day_named_before() -> None:
    body = (
        "The deadliest day was 14 November, when the fence was breached. A panel found that "
        "60 demonstrators were killed that day."
    )
    assert one(body, "60", published="2021-02-28")["about"] == "2020-11-14"
    # no day named before: no day
    assert "about" not in one("Sixty demonstrators were killed that day.", "Sixty")
    body = "Police said 20 people died on Tuesday. The same day, rebels seized 14 soldiers."
    assert one(body, "14")["about"] == "2020-03-03"


def test_the_next_day_follows_the_last_day_of_an_event_named_before() -> None:
    body = (
        "The massacre began on the morning of 28 November, after militiamen attacked a post. "
        "One resident said he had counted 40 bodies the following morning."
    )
    assert one(body, "40", published="2021-02-26")["about"] == "2020-11-29"
    # (not a day a statement is dated by: "findings released today")
    body = (
        "Gunmen attacked the town on 9 November. In findings released today, the commission "
        "said the attack ended when troops entered the town the next day. Some residents "
        "said 1,000 people died."
    )
    assert one(body, "1,000", published="2020-11-24")["about"] == "2020-11-10"


def test_a_weekday_with_its_date_is_that_date_and_a_look_back_s_weekdays_follow_its_day() -> None:
    # "on Wednesday, April 24" in a look back of July: April 24, not the last Wednesday
    body = (
        "By the evening of April 21, the number of people killed stood at 207. It rose to 290 "
        "the next morning, to 321 on Tuesday, and to 359 on Wednesday, April 24."
    )
    found = {e["figure"]: (e["kind"], e.get("about")) for e in claims(body, published="2019-07-15")}
    assert found["290"] == ("killed", "2019-04-22")
    assert found["321"] == ("killed", "2019-04-23")  # the gapped steps of one count
    assert found["359"] == ("killed", "2019-04-24")
    # a weekday in today's news is the last one before publication, as before
    assert one("Police said 20 people died on Tuesday.", "20")["about"] == "2020-03-03"


def test_a_weekday_after_the_day_its_sentence_names_on_is_that_week_s() -> None:
    # a look back of January: the Friday of the bombing on 6 November, not the last Friday
    body = (
        "When the bombers struck the market on 6 November, killing traders at Friday prayers, "
        "the police counted 35 dead."
    )
    assert one(body, "35", published="2021-01-20")["about"] == "2020-11-06"
    # a date that names the event before its noun frames nothing: "on Wednesday" is news
    body = "Two months after the 3 March shootings, 12 protesters were killed on Wednesday."
    assert one(body, "12", published="2020-05-22")["about"] == "2020-05-20"


def test_a_look_back_under_a_stamped_date_is_about_the_night_it_names() -> None:
    # the date alone on its line under the headline is the article's stamp, no news of its
    # own; "on the night of May 19", after the riot its sentence names, is the event's day
    body = (
        "Six months after the Westby prison riot, questions linger\nNov 19, 2019\n\nSix "
        "months after one of the deadliest prison riots in the country, the authorities have "
        "not said what happened inside the colony on the night of May 19.\n\nThe ministry "
        "maintains that 32 people died."
    )
    title = body.split("\n")[0]
    assert one(body, "32", title=title, published="2019-11-19")["about"] == "2019-05-19"
    # ... but not a toll of an earlier event it recalls ("six months after a similar uprising
    # at a prison in Eastport, where officials said 25 people died")
    body += " The riot came six months after a similar uprising in Eastport, where 25 died."
    assert "about" not in one(body, "25", title=title, published="2019-11-19")


def test_a_toll_counted_at_one_site_alone_is_a_part() -> None:
    body = "Soldiers killed hundreds in Westby. A man counted 40 bodies near the station alone."
    assert one(body, "40")["subject"] == "people killed (one station)"
    assert "(" not in one("Soldiers killed 30 people in Westby.", "30")["subject"]


def test_a_day_named_with_on_dates_the_sentences_after_it() -> None:
    body = (
        "The report, released on Wednesday, revisits the massacre in the town on "
        "9 November 2020. It said 247 civilians were killed there."
    )
    assert one(body, "247", published="2021-11-03")["about"] == "2020-11-09"
    # a span is no day of the story
    body = (
        "The spokesman said 248 people had died in the riots from 1 February to 8 April. "
        "Rights groups put the toll at over 600."
    )
    assert "about" not in one(body, "over 600", published="2021-04-10")


def test_a_part_of_the_toll_before_is_of_that_toll_s_event() -> None:
    # A look back at an attack, in a report of its own day: the part of the dead counted
    # after the toll is of the attack's day too, not of the report's.
    body = (
        "A rights group said today the raids had traumatised children. The government "
        "declared a state of emergency after the 4 March 2015 attacks in Westby, which "
        "killed 60 people. Forty of the victims died at the concert hall. Of them, 7 were "
        "foreigners."
    )
    for figure in ("60", "Forty", "7"):
        assert one(body, figure, published="2015-08-03")["about"] == "2015-03-04", figure
    # a part that names a day of its own keeps it
    body = (
        "The 4 March 2015 attacks in Westby killed 60 people. Two of them died in "
        "hospital on 11 March 2015."
    )
    assert one(body, "Two", published="2015-08-03")["about"] == "2015-03-11"


def test_people_aboard_or_inside_are_of_their_event_s_day_as_a_toll_is() -> None:
    # a look back months later: the passengers of the day the ferry sank
    for body in (
        "The ferry sank on 9 May with 312 people aboard.",
        "When the ferry sank on 9 May, 312 people were on board.",
    ):
        entry = one(body, "312", published="2016-12-01")
        assert (entry["about"], entry["as_of"]) == ("2016-05-09", "2016-12-01"), body
    # a count of no kind and in no state has no event's day
    assert "about" not in one("The ferry sank on 9 May with 40 cars.", "40",
                              published="2016-12-01")  # fmt: skip


def test_a_report_made_public_on_a_day_is_the_count_s_day_not_the_deaths() -> None:
    body = (
        "Police opened fire on marchers on 17 March. The commission, whose report was made "
        "public on May 17, found that six people died. It found that 61 people were injured."
    )
    for figure in ("six", "61"):
        entry = one(body, figure, published="2002-05-21")
        assert entry["about"] == "2002-03-17", figure
    assert one(body, "six", published="2002-05-21")["as_of"] == "2002-05-17"


def test_a_month_the_figure_was_told_in_is_its_count_s_not_the_deaths() -> None:
    body = (
        "Gunmen stormed the port town on 24 March. In May, the defence minister told "
        "parliament that 37 civilians had been killed."
    )
    entry = one(body, "37", published="2021-09-24")
    assert (entry["about"], entry["as_of"]) == ("2021-03-24", "2021-05")


def test_a_month_without_its_year_is_the_last_one_by_that_name() -> None:
    body = "The attorney general said 110 civilians were killed in the city in November."
    assert one(body, "110", published="2021-05-21")["about"] == "2020-11"
    assert one(body, "110", published="2021-12-02")["about"] == "2021-11"


def test_a_population_before_the_war_in_a_look_back_is_of_the_war_s_time() -> None:
    title = "Thousands mark 20 years since Amronville killings"
    body = (
        f"{title}\n\nThousands marched to mark the 20th anniversary of the killings in the "
        "town of Amronville on February 26, 1992.\n\nAmronville, which had a population of "
        "about 7,000 before the war, lies some six miles northeast of Lima."
    )
    assert one(body, "about 7,000", title=title, published="2012-02-26")["as_of"] == "1992-02-26"
    # ... not a population today
    body = body.replace(" before the war", "")
    assert one(body, "about 7,000", title=title, published="2012-02-26")["as_of"] == "2012-02-26"


def test_a_month_that_names_an_event_dates_its_toll() -> None:
    # "the June violence": June's, in a look back a year on at April's uprising
    title = "A year after the April uprising, the dead are counted"
    body = (
        f"{title}\n\nThe uprising of April 7 killed 87 people. The government's first months "
        "were overshadowed by the June violence in the south, in which more than 400 people "
        "died."
    )
    assert one(body, "more than 400", title=title, published="2011-04-07")["about"] == "2010-06"
    # a name that is a month is no date
    assert [c["kind"] for c in claims("The June Amron report counted 12 dead.")] == ["killed"]


def test_the_second_day_of_a_pair_of_days_is_no_count() -> None:
    body = "The commission documented killings on November 28 and 29 in the city."
    assert [c["figure"] for c in claims(body) if c["kind"] != "date"] == []
    body = "The clashes on June 3 and 4 killed 12 people."
    assert [c["figure"] for c in claims(body) if c["kind"] != "date"] == ["12"]
    # a count after a day is still one
    body = "Police said on May 3 and 20 people were hurt."
    assert one(body, "20")["kind"] == "injured"


def test_a_later_report_of_an_earlier_event() -> None:
    body = (
        "Officials said on Monday that the death toll from the riots in May had risen to 187. "
        "Clashes that killed 470 people last year were studied."
    )
    toll = one(body, "187", published="2020-07-14")
    assert (toll["about"], toll["as_of"], toll["kind"]) == ("2020-05", "2020-07-14", "killed")
    assert one(body, "470", published="2020-07-14")["about"] == "2019"


@pytest.mark.parametrize(
    ("title", "opening", "about"),
    [
        # an anniversary: the event its opening dates in that year, whatever day it is marked
        ("Norland marks 40 years since Eastport uprising", "in May 1980", "1980-05"),
        ("Eastport uprising: ten years on", "a decade ago", "2010"),
        # ... an ordinal's words too
        ("Eastport marks the first anniversary of its uprising", "in May 2019", "2019-05"),
        ("Eastport marks the twenty-fifth anniversary of its uprising", "in May 1995", "1995-05"),
        # no look back: the day the story names
        ("Riots in Eastport", "in May 1980", "2020-05-18"),
    ],
)
def test_an_anniversary_article_s_undated_figures_are_about_the_event(
    title: str, opening: str, about: str
) -> None:
    body = (
        f"Norland on Monday marked the anniversary of the uprising, crushed by troops {opening}. "
        '"We believe as many as 2,000 people were killed," a spokesman for the families said.'
    )
    entry = one(body, "as many as 2,000", title=title, published="2020-05-20")
    assert entry["about"] == about


def test_half_a_year_after_is_no_anniversary() -> None:
    # "Half a year after" looks back six months, not a year: the count names no day.
    body = (
        "Half a year after mobs rampaged through Eastport, its families are gone. Prosecutors "
        "say that some 360 people were detained after the riots."
    )
    assert one(body, "some 360", published="2020-08-20").get("about") is None
    body = body.replace("the riots.", "the riots in February.")
    assert one(body, "some 360", published="2020-08-20")["about"] == "2020-02"


FIVE_DAYS = "2020-05-15/2020-05-20"


@pytest.mark.parametrize(
    ("title", "opening", "about"),
    [
        # an opening that names its event by an earlier date: a look back at that event
        ("Eastport: investigate killings", "during the July 2019 violence", "2019-07"),
        ("Trial over Eastport bombing", "in the Oct. 10, 2019, twin suicide bombing", "2019-10-10"),
        ("Police tell court of Eastport toll", "in the February violence", "2020-02"),
        ("Charge sheet filed", "in the attacks of November 26", "2019-11-26"),
        # another event the article's own is compared with is no look back: the five days
        # of fighting are the days up to the article's
        ("Eastport riots", "the worst since the July 2019 violence", FIVE_DAYS),
        # nor an earlier event in a report of news of its own ("on Monday")
        ("Eastport riots", "on Monday and during the July 2019 violence", FIVE_DAYS),
        # nor an event less than a month before the article
        ("Eastport riots", "during the May 3 violence", FIVE_DAYS),
        # "last <month>'s" event
        ("Report on Eastport", "in last July's violence", "2019-07"),
        # the day a report was laid before a body is the report's, no news of its own
        (
            "Report on Eastport",
            "during the July 2019 violence, in a report tabled in the National Assembly on Monday,",
            "2019-07",
        ),
    ],
)
def test_an_opening_that_names_an_earlier_dated_event_looks_back_on_it(
    title: str, opening: str, about: str
) -> None:
    body = (
        f"Rights groups said the killings {opening} in Eastport must be investigated. "
        "More than 800 people died in five days of fighting."
    )
    assert one(body, "More than 800", title=title, published="2020-05-20")["about"] == about


def test_a_day_a_look_back_s_figures_were_given_on_is_no_day_of_its_event() -> None:
    body = (
        "An inquiry into last August's blasts in Eastport has found that they killed 165 "
        "people, the government said Friday."
    )
    entry = one(body, "165", published="2020-05-22")  # a Friday
    assert (entry["about"], entry["as_of"]) == ("2019-08", "2020-05-22")
    # the page's own stamp of the day is no news of the day either
    entry = one(f"Published: May 22, 2020 at 9:12 am\n\n{body}", "165", published="2020-05-22")
    assert entry["about"] == "2019-08"


@pytest.mark.parametrize(
    "body",
    [
        "The blast on Monday killed 40; on Wednesday the toll rose to 52.",
        "The blast on Monday killed 40, and on Wednesday the toll rose to 52.",
    ],
)
def test_a_figure_is_about_the_day_of_its_own_clause(body: str) -> None:
    # not the nearer day of the next clause; nor counted on the day the toll rose on, which
    # is the 52's
    assert (one(body, "40")["about"], one(body, "40")["as_of"]) == ("2020-03-02", FRIDAY)
    assert (one(body, "52")["about"], one(body, "52")["as_of"]) == ("2020-03-02", "2020-03-04")


def test_a_running_count_is_of_the_day_it_stood_at_or_rose_to_a_value() -> None:
    body = "The toll, which stood at 300 on Monday, rose to 450 on Tuesday."
    assert [e["as_of"] for e in claims(body)] == ["2020-03-02", "2020-03-03"]
    # and no day past a semicolon is the event's of a figure before it
    body = "The quake killed 300 people; the rescue ended on Tuesday."
    assert one(body, "300").get("about") is None


def test_a_day_of_a_count_of_a_clause_before_counts_for_its_parts() -> None:
    body = "By Wednesday, the toll was 52; 40 of them were soldiers."
    assert [e["as_of"] for e in claims(body)] == ["2020-03-04", "2020-03-04"]
    # ... and one after the sentence's last figure, for all of them
    body = "Forty people have died, and 12 remain missing, the ministry on Wednesday said."
    assert [e["as_of"] for e in claims(body)] == ["2020-03-04", "2020-03-04"]


def test_as_of_sunday_and_by_date_are_not_claims() -> None:
    found = claims("As of Sunday, 40 had been detained. By March 2, 17 more were arrested.")
    assert [e["kind"] for e in found] == ["detained", "detained"]
    assert [e["as_of"] for e in found] == ["2020-03-01", "2020-03-02"]
    # "as of the morning of", "by the evening of": the same
    found = claims(
        "As of the morning of March 2, police listed 34 people as missing. By the evening "
        "of March 3, 71 people had been hospitalised."
    )
    assert [e["as_of"] for e in found if e["kind"] != "date"] == ["2020-03-02", "2020-03-03"]
    # an hour between "as of" ("by") and the day: the count's day all the same; not "at"
    found = claims("As of 6 p.m. on Wednesday, 87 people were confirmed dead.")
    assert [e["as_of"] for e in found] == ["2020-03-04"]
    found = claims("By noon Wednesday, 87 people had died.")
    assert [e["as_of"] for e in found] == ["2020-03-04"]
    found = claims("At 6 p.m. on Wednesday, 87 people were confirmed dead.")
    assert [(e["as_of"], e["about"]) for e in found] == [(FRIDAY, "2020-03-04")]


@pytest.mark.parametrize(
    ("body", "as_of"),
    [
        # A day that opens the sentence, before its speaker's verb, dates the count.
        ("On the night of March 3 the ministry put the number of the dead at 40.", "2020-03-03"),
        ("On Thursday, the ministry said 40 people had died in the fighting.", "2020-03-05"),
        # A day after the speaker is the event's, not the count's.
        ("Fighting on Thursday killed 40 people, the ministry said.", FRIDAY),
    ],
)
def test_a_day_that_opens_a_statement_dates_its_count(body: str, as_of: str) -> None:
    assert one(body, "40")["as_of"] == as_of


@pytest.mark.parametrize(
    "body",
    [
        "It will be recalled that on March 3 the ministry reported 40 dead.",
        "On March 3 the figures were 40 dead and 103 injured.",
    ],
)
def test_a_day_before_a_recalled_count_or_its_figures_dates_the_count(body: str) -> None:
    assert one(body, "40")["as_of"] == "2020-03-03"


def test_the_day_a_statement_went_up_dates_its_count_not_the_deaths() -> None:
    body = (
        "Gunmen attacked the town on March 2. The rebel leader, in a statement posted on the "
        "Eastmark Centre website on March 4, claimed that 41 of his men were killed."
    )
    found = one(body, "41")
    assert (found["as_of"], found["about"]) == ("2020-03-04", "2020-03-02")


def test_the_day_a_toll_was_given_dates_its_count_not_the_deaths() -> None:
    # "the toll the government gave on Tuesday": Tuesday's count, of the deaths before it
    body = (
        "Gunmen attacked the church on March 1. The new figure is almost double the toll the "
        "government gave on Tuesday, when it put the number of dead at 22."
    )
    found = one(body, "22")
    assert (found["as_of"], found["about"]) == ("2020-03-03", "2020-03-01")
    body = "The number of dead announced on Tuesday was 150, and the toll has climbed since."
    assert one(body, "150")["as_of"] == "2020-03-03"


def test_a_part_of_a_force_killed_has_no_scope_of_its_event() -> None:
    body = "Officials said 200 soldiers took part in the raid and 12 of them were killed."
    assert one(body, "12")["subject"] == "soldiers killed"


def test_the_day_those_counted_were_found_dates_the_count() -> None:
    body = "Nearly two dozen bodies were found on Thursday. The toll has risen to 46."
    found = one(body, "Nearly two dozen")
    assert found["as_of"] == "2020-03-05"
    assert found.get("about", found["as_of"]) == "2020-03-05"  # no event after its count
    assert one(body, "46")["as_of"] == FRIDAY


def test_past_toll_defaults_to_publication_day() -> None:
    assert one("Two journalists were detained.", "Two")["as_of"] == FRIDAY


@pytest.mark.parametrize(
    ("sentence", "figure", "low", "high"),
    [
        ("The strike began on February 12.", "February 12", "2020-02-12", "2020-02-12"),
        ("He fought in the 2001-03 border war.", "2001-03", "2001-01-01", "2003-12-31"),
        # An ISO 8601 day is that day, not two years.
        ("The strike began on 2004-06-23.", "2004-06-23", "2004-06-23", "2004-06-23"),
        ("The party was founded in 1998.", "1998", "1998-01-01", "1998-12-31"),
        ("The ceasefire was signed last year.", "last year", "2019-01-01", "2019-12-31"),
        ("A truce held earlier this year.", "earlier this year", "2020-01-01", FRIDAY),
    ],
)
def test_dates_are_claims(sentence: str, figure: str, low: str, high: str) -> None:
    entry = one(sentence, figure)
    assert entry["kind"] == "date"
    assert (entry["low"], entry["high"]) == (
        dt.date.fromisoformat(low),
        dt.date.fromisoformat(high),
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        # The event's name after the date, up to another phrase.
        ("The September 11 attacks killed nearly 3,000 people.", "September 11",
         "date of attacks"),
        ("The 1992-97 civil war killed tens of thousands.", "1992-97", "date of civil war"),
        # A verb after the date is no event's name: the words before it say what is dated.
        ("Fighting in April 2021 killed at least 55 people.", "April 2021", "date of Fighting"),
        # No words of its own: only "date", which is compared with no other.
        ("In 2024, gas explosions killed at least 120 people.", "2024", "date"),
        # A count's words before it (its digits' comma no clause's end): no event's name.
        ("The conflict has killed more than 31,000 people since 2017, the agency says.",
         "2017", "date"),
        ("Attacks killed more than 7,600 soldiers and civilians in the region since 2016.",
         "2016", "date"),
    ],
)  # fmt: skip
def test_a_date_s_subject_names_what_it_dates(sentence: str, figure: str, subject: str) -> None:
    assert one(sentence, figure)["subject"] == subject


# --------------------------------------------------------------------------- merging


def claim_from(entry: dict[str, Any], status: Status, figure: str | None = None) -> Claim:
    written = figure or entry["figure"]
    return Claim(
        id="test-article#1",
        article="test-article",
        subject=entry["subject"],
        kind=entry["kind"],
        figure=written,
        estimate=Estimate(float(entry["best"]), None, None, Qualifier.EXACT),
        quote=entry["quote"],
        span=Span(*entry["span"]),
        attribution=Attribution(),
        origin=Origin.MANUAL,
        status=status,
    )


BODY = "Officials said 39 soldiers were killed and 12 were wounded on Thursday."


def test_merge_keeps_only_what_is_not_covered() -> None:
    proposed = claims(BODY)
    existing = [claim_from(proposed[0], Status.CONFIRMED)]
    assert merge(existing, proposed) == proposed[1:]


def test_rejected_claims_are_not_proposed_again() -> None:
    proposed = claims(BODY)
    rejected = [claim_from(entry, Status.REJECTED) for entry in proposed]
    assert merge(rejected, proposed) == []


def test_a_different_value_at_the_same_place_is_proposed() -> None:
    proposed = claims(BODY)
    wrong = claim_from({**proposed[0], "best": 40}, Status.CONFIRMED, figure="40")
    assert merge([wrong], proposed) == proposed


def test_extraction_is_deterministic() -> None:
    assert claims(BODY) == claims(BODY)


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("body", "message"),
    [("", "empty"), ("  \n\n ", "empty"), ("text\x00with NUL", "binary")],
)
def test_unreadable_bodies_are_refused(body: str, message: str) -> None:
    with pytest.raises(CrosscheckError, match=message) as caught:
        check_article(article(body))
    assert "articles/test.txt" in str(caught.value)


# --------------------------------------------------------------------------- ratios, multipliers


@pytest.mark.parametrize(
    ("body", "figure", "low", "best"),
    [
        ("Nearly nine in ten of the new arrivals are women.", "Nearly nine in ten", 80, 90),
        ("One in four of them was a child.", "One in four", 25, 25),
        ("About 3 out of every 10 homes were destroyed.", "About 3 out of every 10", 24, 30),
    ],
)
def test_a_ratio_is_one_share(body: str, figure: str, low: float, best: float) -> None:
    found = claims(body)
    assert [(e["figure"], e["kind"], e["low"], e["best"]) for e in found] == [
        (figure, "percent", low, best)
    ]


@pytest.mark.parametrize(
    "body",
    ["Gunmen killed two in three days of raids.", "Gunmen killed five in three provinces."],
)
def test_a_count_over_a_span_or_a_larger_count_is_no_ratio(body: str) -> None:
    assert [e["kind"] for e in claims(body) if e["kind"] == "percent"] == []


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("The jail held 1,120 inmates, nearly twice its capacity.", ["1,120"]),
        ("Police arrested 300 people, three times as many as in the spring.", ["300"]),
        ("The toll is now four times higher than first reported, at 80.", ["80"]),
    ],
)
def test_a_multiplier_is_no_figure(body: str, kept: list[str]) -> None:
    assert [e["figure"] for e in claims(body)] == kept


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("The heat killed 38 people. Most of the dead were over 75.", ["38"]),
        ("Many of those detained were under 18, lawyers said.", []),
        ("The institute said six of the dead were under 18.", ["six"]),
        # The ages a group is said to be of: "aged nine and 11".
        ("Two pupils aged nine and 11 were killed.", ["Two"]),
        ("Children aged 5 to 12 were evacuated.", []),
        ("Police seized more than 2,000 counterfeit tickets.", ["more than 2,000"]),
        ("The toll was over 75 by Monday.", ["over 75"]),
    ],
)
def test_the_age_a_part_of_a_group_is_said_to_be_is_no_figure(body: str, kept: list[str]) -> None:
    assert [e["figure"] for e in claims(body)] == kept


@pytest.mark.parametrize(
    ("body", "figure", "best"),
    [
        # Thousands set apart by a space, or (in a count of people) by a point.
        ("Some 12 000 people fled the fighting.", "Some 12 000", 12000),
        ("The toll stands at 1.200 dead, the agency said.", "1.200", 1200),
        # Millions and billions glued to the digits, as British papers write them.
        ("Nearly 3m people have fled.", "Nearly 3m", 3_000_000),
        ("The war has displaced some 12m.", "some 12m", 12_000_000),
        # A number word times a dozen.
        ("At least two dozen people were killed.", "At least two dozen", 24),
        # A day's date is no thousands of the number after it.
        ("On May 12 300 protesters were arrested.", "300", 300),
    ],
)
def test_numbers_as_the_world_writes_them(body: str, figure: str, best: float) -> None:
    assert one(body, figure)["best"] == best


@pytest.mark.parametrize(
    ("body", "figure", "best"),
    [
        ("A 100m fall killed two climbers.", "two", 2),  # metres, no millions
        ("Winds of 1.5 km were measured.", "1.5 km", 1.5),  # a point in a length is a point
    ],
)
def test_a_length_is_not_read_as_millions_or_thousands(body: str, figure: str, best: float) -> None:
    found = claims(body)
    assert [e["best"] for e in found if e["figure"] == figure] == [best]
    assert all(e["best"] < 1000 for e in found)


def test_a_count_over_weeks_of_fighting_is_about_those_weeks() -> None:
    body = "The ministry said 24 soldiers have been killed and 35 wounded in two weeks of fighting."
    for figure in ("24", "35"):
        assert one(body, figure, published="2000-08-24")["about"] == "2000-08-10/2000-08-24"
    # A day the sentence names is the event's, not the weeks.
    body = body.replace("in two weeks of fighting", "on Monday, after two weeks of fighting")
    assert one(body, "24", published="2000-08-24")["about"] == "2000-08-21"
    # "the first two days" are at the event's start, not the days up to the count.
    body = "Leaders estimate that as many as 24,000 people fled in the first two days."
    assert "about" not in one(body, "as many as 24,000", published="2000-08-24")


def test_a_value_a_correction_replaces_is_the_count_s_earlier_value() -> None:
    body = "The ministry said about 253 people died, not 359 as previously stated."
    earlier, now = one(body, "359"), one(body, "about 253")
    assert earlier["kind"] == now["kind"] == "killed"
    assert earlier["as_of"] < now["as_of"]


@pytest.mark.parametrize(
    "comparison",
    [
        ", making it the deadliest attack on civilians in France since a missile hit Toulouse "
        "in April 2019, killing 61",
        ", the worst attack in France since April 2019",
    ],
)
def test_a_comparison_with_other_events_gives_a_figure_neither_place_nor_date(
    comparison: str,
) -> None:
    body = (
        "A missile tore through an apartment block in Lyon on Monday.\n\n"
        f"The strike killed 46 people, among them five children{comparison}."
    )
    for figure in ("46", "five"):
        entry = one(body, figure)
        assert entry.get("place") == "Lyon"
        assert entry.get("about") != "2019-04"


def test_a_bare_count_after_people_of_no_party_counts_people_of_no_party() -> None:
    # "gunmen killed 41 people and wounded 239": the 239 are people, not gunmen.
    body = "Three gunmen killed 41 people and wounded 239 at the airport."
    assert one(body, "239").get("party") is None
    # ... while "12 soldiers were killed and 30 wounded" keeps the soldiers.
    assert one("Twelve soldiers were killed and 30 wounded.", "30")["party"] == "soldiers"


@pytest.mark.parametrize(
    ("body", "about"),
    [
        ("The region broke away in a war in the early 1990s that claimed some 30,000 lives.",
         "1990/1993"),
        ("In the 1980s, some 30,000 people died in the camps.", "1980/1989"),
        ("A war in the late 1990s claimed some 30,000 lives.", "1996/1999"),
    ],
)  # fmt: skip
def test_a_decade_dates_its_toll(body: str, about: str) -> None:
    assert one(body, "some 30,000")["about"] == about


def test_a_number_in_words_then_in_digits_is_one_figure() -> None:
    # Official copy writes a number twice: "six (06) Canadians" counts Canadians, once.
    found = claims("The attack caused the death of thirty (30) persons, among them six (06) "
                   "Canadians.")  # fmt: skip
    assert [(e["figure"], e["kind"], e.get("party")) for e in found] == [
        ("thirty (30)", "killed", None),
        ("six (06)", "killed", "Canadians"),
    ]
    # Digits that differ are another figure.
    assert [e["figure"] for e in claims("Five (7) soldiers died.")][:1] == ["Five"]


def test_those_who_remain_under_treatment_are_the_injured_in_care() -> None:
    body = "Fifty-six persons were wounded, of whom twelve remain under treatment."
    assert one(body, "twelve")["subject"] == "people injured (in hospital)"
    # Translated agency copy names the hospitals "medical institutions".
    body = (
        "The ministry said 150 people were injured. According to the ministry, 64 injured "
        "remain in medical institutions of the city."
    )
    assert one(body, "64")["subject"] == "people injured (in hospital)"


def test_the_true_toll_is_of_the_people_counted_before() -> None:
    body = "The army said 29 soldiers were killed. Relatives said the true toll was nearly 60."
    entry = one(body, "nearly 60")
    assert (entry["kind"], entry["party"]) == ("killed", "soldiers")
    # a toll of its own people stays theirs
    body = "The army said 29 soldiers were killed. Medics said 12 civilians died."
    assert one(body, "12")["party"] == "civilians"
    # not of a force counted just before, when no toll was: the attackers are not the dead
    body = "Witnesses said about 80 armed men took part. A group said the true toll was 150."
    assert one(body, "150").get("party") is None


def test_an_aftershock_s_magnitude_is_not_the_quake_s() -> None:
    body = "The magnitude 6.3 quake was followed by aftershocks of magnitude 5.9."
    assert one(body, "6.3")["subject"] == "magnitude"
    assert one(body, "5.9")["subject"] == "magnitude of aftershock"
    body = "A 5.9-magnitude aftershock hit on Monday."
    assert one(body, "5.9")["subject"] == "magnitude of aftershock"


def test_a_share_has_only_the_place_its_sentence_names() -> None:
    # the town a story is filed from is no share's scope; "in the capital" is
    body = "WESTBY, April 3 (Wire) - Fighting ended in Westby. Turnout was 58.4%, officials said."
    assert "place" not in one(body, "58.4%")
    assert one("Turnout in Westby was 45%.", "45%")["place"] == "Westby"


def test_a_count_then_a_dash_and_its_parts_is_no_falling_range() -> None:
    body = "The death toll has risen to 21 - 19 children and two teachers - the agency said."
    assert one(body, "21")["kind"] == "killed"
    # a rising one stays a range
    assert one("Between 40 - 50 people died.", "40 - 50")["qualifier"] == "range"


def test_a_look_back_dates_each_count_by_the_day_its_source_gave_it() -> None:
    # A year on: the day a source spoke (a past verb's day is last year's, not the coming
    # one), "five days later", "by mid-May"; "The next day" is no part of who spoke.
    body = (
        "The first figures came within hours. On April 2, 2022, Mayor Ann Lee said 280 people "
        "had been buried in mass graves. The next day Prosecutor General Ivan Tal said the "
        "bodies of 340 civilians had been found. The prosecutor told Sky News on April 10 that "
        "1,222 bodies had been found in the Amron region. Five days later the regional police "
        "chief, Ivan Petrov, said more than 900 civilian bodies had been recovered. By mid-May "
        "the toll had climbed to more than 1,300."
    )
    found = {e["figure"]: e for e in claims(body, published="2023-03-31")}
    assert found["340"]["attribution"]["source"] == "Prosecutor General Ivan Tal"
    assert found["1,222"]["as_of"] == "2022-04-10"
    assert found["more than 900"]["as_of"] == "2022-04-15"
    assert found["more than 1,300"]["as_of"] == "2022-05"
    # a day something is scheduled for is the coming one
    body = "Officials said 40 people died. A vote on the law is scheduled on April 10."
    assert str(one(body, "April 10", published="2023-03-31")["best"]) == "2023-04-10"


def test_a_day_that_opens_a_past_clause_in_a_look_back_is_last_year_s() -> None:
    body = (
        "On April 7, the deputy mayor said more than 360 civilians had been killed. On April "
        "12 the council will meet."
    )
    found = {e["figure"]: e for e in claims(body, published="2023-03-31")}
    assert found["more than 360"]["as_of"] == "2022-04-07"
    assert str(found["April 12"]["best"]) == "2023-04-12"  # a coming meeting's day


@pytest.mark.parametrize(
    "days", ["between December 10 and 12, 1981", "on December 10-12, 1981",
             "from December 10 to December 12, 1981"],
)  # fmt: skip
def test_a_range_of_days_takes_the_year_its_last_day_names(days: str) -> None:
    body = f"The register lists 986 people killed {days} in Westby."
    assert one(body, "986", published="2018-03-29")["about"] == "1981-12-10"
    # a range that crosses a new year: the first day is of the year before
    body = "A curfew was in force from December 17 to January 5, 2012. Police said 16 died."
    found = {e["figure"]: e for e in claims(body, published="2012-01-20")}
    assert str(found["December 17"]["best"]) == "2011-12-17"


def test_an_anniversary_release_dates_its_counts_by_the_day_years_ago() -> None:
    body = (
        "Thirty years ago today, the army began its assault on the city of Westby. The "
        "committee estimates that between 30,000 and 40,000 people were killed."
    )
    entry = one(body, "between 30,000 and 40,000", published="2012-02-02")
    assert entry["about"] == "1982-02-02"


def test_that_day_is_the_day_its_own_sentence_named_before_it() -> None:
    body = (
        "The fire broke out on Sunday. Police had given a toll of eight on Monday morning, "
        "raising it to 15 later that day."
    )
    assert one(body, "15", published="2020-03-05")["about"] == "2020-03-02"


def test_days_up_to_publication_are_no_that_night_of_the_events() -> None:
    # "earlier this month" dates the experts' report; "that night" is the night named before
    body = (
        "The villagers fled on the night of 12 March 2019. Earlier this month, a panel said "
        "the fire was set. The panel counted nine people killed and more than 30 injured "
        "that night."
    )
    assert one(body, "more than 30", published="2020-03-27")["about"] == "2019-03-12"


def test_a_report_published_in_a_month_dates_its_finding_not_the_deaths() -> None:
    body = (
        "The first attack, on 9 June 2018, has never had an agreed toll. UN investigators "
        "concluded in a report published in August that at least 151 civilians were killed."
    )
    assert one(body, "at least 151", published="2019-02-20")["about"] == "2018-06-09"


def test_a_date_that_names_a_report_dates_its_count_not_the_deaths() -> None:
    body = (
        "For years the authorities denied the scale of the killings of July 1995. A 2004 "
        "report by the regional government claimed that about 1,900 had died."
    )
    entry = one(body, "about 1,900", published="2005-07-12")
    assert entry["as_of"] == "2004"
    assert entry.get("about") != "2004"
    body = (
        "The army said in a May 4 statement that it had killed 190 fighters in the town "
        "from April 25 to May 2."
    )
    assert one(body, "190", published="2022-05-09")["as_of"] == "2022-05-04"


def test_a_figure_that_moved_from_one_count_to_another_is_two_counts_not_a_range() -> None:
    found = [e["figure"] for e in claims("That is why the figure moved from 61 to 64, he said.")]
    assert found == ["61", "64"]
    # a range is still one figure
    assert [e["figure"] for e in claims("Between 61 and 64 people were hurt.")] == [
        "Between 61 and 64"
    ]


def test_a_day_named_without_its_year_long_after_a_day_named_with_one_is_of_its_weeks() -> None:
    body = (
        "EASTPORT, Oct 31 (Coast Wire) - The court delivered its verdict on the May 4, "
        "2001 bombing, which killed 143 people. Some 2 million people marched on May 5."
    )
    entry = one(body, "Some 2 million", published="2004-11-30")
    assert (entry["kind"], entry["about"]) == ("crowd", "2001-05-05")
    # across a New Year
    body = (
        "The flood of December 28, 2009 killed 40 people. By January 5, the toll had reached "
        "61, officials said."
    )
    assert one(body, "61", published="2012-06-01")["as_of"] == "2010-01-05"
    # a day of the report's own weeks is its news, and no day of the future is named
    body = "The flood of December 28, 2009 killed 40 people. On May 20, officials said 61 had died."
    assert one(body, "61", published="2010-06-01")["as_of"] == "2010-05-20"


def test_days_between_two_of_a_month_are_the_event_s_days() -> None:
    body = (
        "The group called for an inquiry into the shooting of protesters in Westby between "
        "14 and 17 June. The official death toll now stands at 38."
    )
    found = claims(body, published="1996-07-20")
    day = next(e for e in found if e["kind"] == "date")
    assert (day["figure"], str(day["low"]), str(day["high"])) == (
        "14 and 17 June.", "1996-06-14", "1996-06-17")  # fmt: skip
    # (an event between two days is dated from its first, as "between December 10 and 12")
    assert one(body, "38", published="1996-07-20")["about"] == "1996-06-14"


def test_an_anniversary_s_figures_are_of_the_day_it_marks() -> None:
    title = "The massacre, 30 years on: families still waiting for answers"
    body = (
        "Thirty years ago tonight, a crowd filled the square in Westby. By the night of June "
        "9, soldiers had fired on the crowds for three days. The official count is 38 dead."
    )
    assert one(body, "38", title=title, published="2021-06-06")["about"] == "1991-06-06"
    # with no "ago today", a day the opening names without a year is of that year
    body = body.replace("Thirty years ago tonight", "Thirty years ago")
    assert one(body, "38", title=title, published="2021-06-06")["about"] == "1991-06-09"


@pytest.mark.parametrize(
    ("ago", "about"),
    [
        ("a month ago", "2021-05"),
        ("a week ago", "2021-05-24/2021-05-30"),
        ("a day ago", "2021-06-05"),
    ],
)
def test_one_unit_ago_dates_the_event(ago: str, about: str) -> None:
    body = f"The floods that killed 47 people {ago} left thousands homeless."
    assert one(body, "47", published="2021-06-06")["about"] == about


def test_a_day_after_the_earlier_value_of_a_rise_is_that_value_s() -> None:
    # "has climbed to 296, up from 171 on Friday": Friday is the 171's day, not the 296's
    body = "The toll has climbed to 296, up from 171 on Friday, the ministry said."
    assert one(body, "171", published="2021-06-09")["as_of"] == "2021-06-04"
    assert one(body, "296", published="2021-06-09")["as_of"] == "2021-06-09"
    # (a day right after the figure itself is its own)
    body = "The toll rose from 27 on Friday to 35 on Tuesday."
    assert one(body, "27", published="2021-06-09")["as_of"] == "2021-06-04"


def test_years_ago_tonight_is_that_night_not_the_report_s() -> None:
    title = "The crackdown, 30 years on"
    body = (
        f"{title}\n\nThirty years ago tonight, a crowd of between 80,000 and 120,000 people "
        "filled the square in Westby."
    )
    entry = one(body, "between 80,000 and 120,000", title=title, published="2021-06-06")
    assert entry["about"] == "1991-06-06"


def test_a_paper_s_dateline_with_a_colon_is_when_it_was_filed() -> None:
    body = (
        "WESTBY, Sept 12: At least 48 people were killed when a bomb went off outside the "
        "church on Sunday."
    )
    found = claims(body, published="2015-09-13")
    assert [e["figure"] for e in found] == ["At least 48"]  # no date claimed of the filing
    assert found[0]["as_of"] == "2015-09-12"


def test_a_court_s_day_is_not_the_day_of_the_deeds_it_judges() -> None:
    # a sentencing long after an attack: its counts are of the attack's day, which the body
    # names with its year, not of the day of the sentence
    body = (
        "WESTBY (AP) - The gunman who killed 31 people and wounded 20 others at two markets "
        "was sentenced on Thursday to life in prison.\n\n"
        "He had pleaded guilty in March to murdering 31 people.\n\n"
        "Prosecutors said he began shooting on May 2, 2017, at the first market."
    )
    kw = {"published": "2019-01-24"}
    assert one(body, "20", **kw)["about"] == "2017-05-02"
    assert [e["about"] for e in claims(body, **kw) if e["figure"] == "31"] == ["2017-05-02"] * 2
    # the day of the deed itself stays the count's
    body = "The gunman killed 31 people on Thursday at two markets, police said."
    assert one(body, "31", **kw)["about"] == "2019-01-24"


def test_a_review_published_in_a_month_counts_then_of_the_event_before() -> None:
    # "according to a review ... published in March": the month of the count, not of the
    # concert the review counted
    body = (
        "The bombing at the Westby arena on 4 June 2016 killed 17 people. About 9,500 people "
        "had been at the concert, according to an independent review published in March."
    )
    entry = one(body, "About 9,500", published="2017-06-04")
    assert (entry["as_of"], entry["about"]) == ("2017-03", "2016-06-04")


def test_those_more_who_did_a_deed_no_kind_cues_are_not_more_of_the_dead() -> None:
    body = (
        "The 17 people killed in the bombing were remembered with a minute's silence. "
        "Survivors gathered at the town hall, while thousands more followed it on a screen."
    )
    assert one(body, "thousands")["kind"] == "other"
    body = "Police said 30 people were killed in the blast. Twenty more succumbed to wounds."
    assert one(body, "Twenty")["kind"] == "killed"


def test_a_group_s_claim_counts_the_people_it_calls_crusaders() -> None:
    body = (
        "The group claimed responsibility for the attack in Westby in a statement that said "
        '40 "crusaders" had been killed.'
    )
    entry = one(body, "40")
    assert entry["kind"] == "killed"
    assert read_party(entry["party"]).key == "people"


def test_a_plea_and_a_sentence_to_come_date_no_deaths() -> None:
    # a plea on Tuesday and a sentence "later this week": the deaths are of the fire's day
    body = (
        "WESTBY (AP) - The utility pleaded guilty Tuesday to 61 counts of manslaughter over "
        "the 2016 wildfire. A judge is expected to sentence the company later this week.\n\n"
        "The fire was blamed for 62 deaths.\n\nThe fire started on Oct. 3, 2016, near the "
        "town."
    )
    assert one(body, "62", published="2019-04-09")["about"] == "2016-10-03"


def test_a_list_of_the_missing_counts_the_missing_by_name() -> None:
    body = (
        "Many of the dead were elderly. In the days after the fire, the sheriff's list of "
        "people unaccounted for swelled to nearly 900 names before most were found safe."
    )
    assert one(body, "nearly 900")["kind"] == "missing"


def test_a_report_s_week_dates_neither_its_figures_nor_those_after_it() -> None:
    # "said in a report last week that": the week of the report, not of the killings
    body = (
        "Troops opened fire on a rally at the stadium in Westby on 12 March.\n\n"
        "Westby Watch said in a report last week that between 140 and 190 people had been "
        "killed. A local group has counted 147 dead."
    )
    kw = {"published": "2019-06-20"}
    assert one(body, "between 140 and 190", **kw)["about"] == "2019-03-12"
    assert one(body, "147", **kw)["about"] == "2019-03-12"

"""What a figure counts (extract/kinds.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from crosscheck.parties import read_party
from crosscheck.vocab import load_data
from test_extract import claims, one, source


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # A count's value after a linking verb: the count's event, and a count, not a year.
        ("The death toll from the floods has risen to 36.", "36", "killed"),
        ("The number of people hurt in the blast is 240, officials said.", "240", "injured"),
        ("Quake toll nearing 2000: report", "nearing 2000", "killed"),
        ("The toll of the week-long fighting could cross 2000 mark.", "2000", "killed"),
        ("Residents and church officials have given tolls of up to 800.", "up to 800", "killed"),
        # A later clause with a subject of its own holds its own verb, not the figure's.
        ("The driver hit four men and injured 9 before he was shot dead.", "9", "injured"),
        ("Police detained 40 marchers after they had injured a guard.", "40", "detained"),
        # The finite verb beats a participle: the injured guards have died.
        ("Three guards wounded in the raid have died in hospital.", "Three", "killed"),
        # A cue before the noun qualifies it; the verb after the noun is the event.
        ("Two wounded guards died in hospital on Monday.", "Two", "killed"),
        ("Four injured climbers later died.", "Four", "killed"),
        ("Twelve injured climbers arrived at the camp.", "Twelve", "injured"),
        # a verb of its own after the counted noun: no event shared with the clause before (a
        # breakout's, not the dead's)
        ("At least 17 people were killed and 93 inmates escaped during a riot.", "93", "prisoners"),
        # taken to a hospital, whichever: the injured (not things)
        ("Nine other people were taken to the Westby district hospital.", "Nine", "injured"),
        ("Some 40 vehicles were sent to the clinic.", "Some 40", "other"),
        # never caught: at large
        ("Of those, 61 have been recaptured and 57 remain at large.", "57", "other"),
        ("Police recaptured 40 escapees; 12 are still at large.", "12", "other"),
        # the count before a change, after ", from the"
        ("Officials lowered the toll to 23, from the 26 announced a day earlier.", "26", "killed"),
        (
            "At least 41 inmates were killed in the riot, and 75 prisoners escaped during the "
            "chaos.",
            "75",
            "prisoners",
        ),
        # "fatally": dead of it
        ("Police said 13 people were shot, 10 of them fatally.", "10", "killed"),
        ("Two officers were fatally wounded in the raid.", "Two", "killed"),
        # A crowd's verb in every tense.
        ("Police said about 5,000 people had taken part in the march.", "about 5,000", "crowd"),
        (
            "Police said more than 500 people had been attending the rally.",
            "more than 500",
            "crowd",
        ),
        ("Some 300 students are attending the school.", "Some 300", "other"),
        # a festival's people
        ("About 1.2 million devotees had gathered to bathe.", "About 1.2 million", "crowd"),
        # A length that measures a level is no distance between places.
        ("The lake rose 3 metres in a week.", "3 metres", "other"),
        ("Snow lay 2 metres deep on the pass.", "2 metres", "other"),
        # ... but the depth of something dug is a length down, as "a depth of" one is
        ("The shaft is nearly 60 metres deep, he said.", "nearly 60 metres", "distance"),
        ("The camp lies 12 km west of the pass.", "12 km", "distance"),
        # The verb before the count noun: "raising the death toll ... to| 16".
        (
            "Rescuers found seven more bodies, raising the death toll from the dam burst to 16.",
            "16",
            "killed",
        ),
        # Revised to a figure: "revised the death toll in the attacks on the city to| 172".
        (
            "The state government revised the death toll in the attacks on the city to 172.",
            "172",
            "killed",
        ),
        ("Police lowered the number of dead from the blast to 21.", "21", "killed"),
        # "it was| 215": the count the sentence named before, in another clause.
        (
            "The ministry puts the number of soldiers killed at 175; an adviser told "
            "reporters that it was 215.",
            "215",
            "killed",
        ),
        # A critic's value of the count named before, quoted.
        (
            "The ministry confirmed 251 dead. The president said the real number could be "
            '"up to 2,000," a figure many consider closer to the truth.',
            "up to 2,000",
            "killed",
        ),
        # An earlier value of a count of no kind is of no kind, not the last sentence's toll.
        (
            "Floods killed 9. Officials said 350 homes were damaged, up from an earlier "
            "estimate of 200.",
            "200",
            "other",
        ),
        # "raises rally detentions to| 87": the event's own noun names the count.
        (
            "Norland raises rally detentions to 87 as opposition claims 200 arrests",
            "87",
            "detained",
        ),
        ("Rights groups documented 338 detentions.", "338", "detained"),
        # A verb of its own after "and": not the verb of the count before.
        (
            "More than 500 people were detained, and about 60 were later convicted.",
            "about 60",
            "other",
        ),
        ("Police seized more than 2,000 counterfeit tickets.", "more than 2,000", "other"),
        # Lost their homes, not their lives; a kill read past the ages of the killed.
        ("Some 2,400 people had lost their homes.", "Some 2,400", "displaced"),
        ("Two pupils aged nine and 11 were killed.", "Two", "killed"),
        # A time stays a time, whatever verb follows the aside after it.
        (
            "Police said 37 people had been detained over the two nights, including the 14 "
            "held on Sunday, and that six officers had been injured.",
            "two",
            "other",
        ),
        # A cue that names a kind of thing is no event: "78 evacuation centres".
        (
            "The displaced, some 14,300 families, are staying in 78 evacuation centres.",
            "78",
            "other",
        ),
        # "the ministry's earlier figure of 38,000" values the houses just named, no toll.
        (
            "Rescuers said 12 people were missing. Officials reported 61,500 houses damaged, "
            "against the ministry's earlier figure of 38,000.",
            "38,000",
            "other",
        ),
        # The head of "N complaints of ..." is a thing.
        ("Officials counted 57 complaints of ill-treatment in custody.", "57", "other"),
        # "the N given by police" is the count just named: here a crowd, no toll.
        (
            "At least 200 people were detained and 60,000 people had gathered, far more than "
            "the 8,500 given by police.",
            "8,500",
            "crowd",
        ),
        # A quote opening at the figure does not cut it from its verb.
        (
            'Rebels said their fighters had killed "more than 40" soldiers.',
            "more than 40",
            "killed",
        ),
        # Ways of dying that name no "kill" or "death".
        ("At least 31 passengers drowned when the barge sank.", "At least 31", "killed"),
        ("Six porters were crushed to death in the stampede.", "Six", "killed"),
        # Displaced and missing people have kinds of their own.
        ("About 5,000 villagers fled the fighting.", "About 5,000", "displaced"),
        (
            "Officials announced the evacuation of 9,000 people from the valley.",
            "9,000",
            "displaced",
        ),
        ("Eleven fishermen are still missing after the storm.", "Eleven", "missing"),
        # a place's people, whatever verb follows them ("its inhabitants| depend on")
        (
            "Westby lies west of the capital. Most of its roughly 84,000 inhabitants depend on "
            "farming.",
            "roughly 84,000",
            "population",
        ),
        # those who breathed their last are dead; those relocated are displaced (not a
        # population); those saved, rescued
        ("At least 23 people breathed their last in the accident.", "At least 23", "killed"),
        (
            "More than 1,200 residents were relocated to safer areas.",
            "More than 1,200",
            "displaced",
        ),
        ("Six people were saved by fishermen.", "Six", "rescued"),
        ("Rescuers had pulled 29 people out alive by morning.", "29", "rescued"),
        ("The coast guard has saved 61 migrants.", "61", "rescued"),
        ("The deal has saved 300 jobs.", "300", "other"),
        # those who passed away are dead; those still with their abductors are hostages
        ("Seventeen pilgrims passed away during the visit.", "Seventeen", "killed"),
        ("Nine pupils escaped, and 12 remain with the abductors.", "12", "hostages"),
        # a part of the dead named before its figure
        ('"Of the total deaths recorded, 17 occurred in Westby," she said.', "17", "killed"),
        ("Divers recovered the bodies by Monday, among them 9 children.", "9", "killed"),
        # military copy: the enemies "neutralised" and the soldiers who "fell" are dead
        ("The army said it had neutralised more than 80 terrorists.", "more than 80", "killed"),
        ("Eleven soldiers fell with arms in hand, the communique said.", "Eleven", "killed"),
        ("Three soldiers fell on the field of honour.", "Three", "killed"),
        # those still under the rubble are missing; those sheltered, or with no shelter,
        # displaced; those who crammed into a ground, its crowd
        ("At least 18 people are still under the debris, he said.", "At least 18", "missing"),
        ("The ferry capsized. About 70 passengers are still in the water.", "About 70", "missing"),
        ("Some 8,200 people are accommodated in 31 centres.", "Some 8,200", "displaced"),
        ("As many as 45,000 are without shelter.", "As many as 45,000", "displaced"),
        ("Witnesses said some 12,000 people had crammed in on Sunday.", "some 12,000", "crowd"),
        # "it" after a magnitude: no count of people, whatever toll came before
        (
            "About 9,000 people are without shelter. Its magnitude was 6.1; the national "
            "centre put it at 6.4.",
            "6.4",
            "other",
        ),
        # The longest cue wins: "held hostage" is not "held".
        ("Rebels said 30 guards were being held hostage.", "30", "hostages"),
        ("At least 90 residents sought medical help after the fire.", "At least 90", "injured"),
        # A republic of N is a population.
        ("Veyland, a small republic of 2.1 million, votes today.", "2.1 million", "population"),
        # A share of a whole between a count and its verb, a figure of its own in it
        (
            "Some 2,000 people, about a third of the town's 6,000 residents, were forced from "
            "their homes, police said.",
            "Some 2,000",
            "displaced",
        ),
        (
            "Nearly 2,000 residents, about a third of the town's population, were evacuated.",
            "Nearly 2,000",
            "displaced",
        ),
        # A massacre kills: the noun, and a headline's present tense.
        ("The massacre of 141 pupils shocked the country.", "141", "killed"),
        ("Gunmen massacre 30 villagers in Westby", "30", "killed"),
        # ... and a capital of N people, whatever its people do
        (
            "Hospitals across the capital of more than 3 million people appealed for blood.",
            "more than 3 million",
            "population",
        ),
        # The value a force is brought to, named before the figure.
        (
            "Chile sent 250 more soldiers, bringing its contingent to about 800.",
            "about 800",
            "troops",
        ),
        ("The contingent had been cut to around 550 last year.", "around 550", "troops"),
        ("A rebel force of 5,000 crossed the river.", "5,000", "fighters"),
        # A rebel force and a toll of civilians.
        ("A rebel force of 5,000 fighters crossed the river.", "5,000", "fighters"),
        ("About 100 civilians were killed in the shelling.", "About 100", "killed"),
        # A verb just before a figure is its own, not the next figure's verb after it.
        ("Storms kill 14, hundreds evacuated in the north.", "14", "killed"),
        ("Storms kill 14, hundreds evacuated in the north.", "hundreds", "displaced"),
        ("Gunmen wounded 12, 3 killed in market raid", "12", "injured"),
        # A town with N people has a population; a boat with N people on board, passengers.
        ("Zuwara is a town with about 86,000 people.", "about 86,000", "population"),
        ("The boat left Zuwara with about 86 people on board.", "about 86", "other"),
        # A party's supporters are no force, but a crowd; its armed supporters are a force.
        ("Thousands of opposition supporters rallied in the capital.", "Thousands", "crowd"),
        ("The warlord has about 200 armed supporters in the hills.", "about 200", "fighters"),
        # A verb before "that" is another clause's: "... injured and that 430 buildings".
        ("AFAD said 1,650 people were injured and that 430 buildings collapsed.", "430", "other"),
        # ... but a verb after two figures is shared when neither has one of its own.
        ("Police said 8 guards, 9 of the attackers died in the raid.", "8", "killed"),
        # ... not the verb of a relative clause of the second ("two of whom died").
        ("The hospital said it had received 35 children, two of whom died.", "35", "other"),
        # a list of the parts, commas and all, before the figure's own verb
        (
            "A total of 147 people including students, police officers and passers-by were killed.",
            "A total of 147",
            "killed",
        ),
        (
            "Some 147 people, including students, police officers and passers-by, were killed.",
            "Some 147",
            "killed",
        ),
        # the people who live in a place are its population, however the verb is spelt
        (
            "An official said some 22,000 people lived in flooded areas.",
            "some 22,000",
            "population",
        ),
        # another source's value of the count before, said the same way
        (
            "The toll kept rising, with the regional authorities reporting 41 deaths in "
            "occupied areas and Kyiv reporting 17 on the other bank.",
            "17",
            "killed",
        ),
        # the whole a share is of, whose verb is the share's: the place's population
        ("Nearly half of the 1.2 million residents have fled.", "1.2 million", "population"),
        (
            "About 40% of the country's 10 million people have been displaced.",
            "10 million",
            "population",
        ),
        # ... not the whole of a toll ("of the 470 people killed")
        ("About 74 percent of the 470 people killed were Uzbeks.", "470", "killed"),
        # in the custody of the police
        ("Seven people were in police custody on Sunday, prosecutors said.", "Seven", "detained"),
    ],
)
def test_kind(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_a_part_of_the_dead_named_before_it_is_a_part_never_a_rival() -> None:
    entry = one("Divers recovered the bodies by Monday, among them 9 children.", "9")
    assert (entry["party"], entry["subject"]) == ("children", "children killed (among them)")
    entry = one("Out of the total deaths, 19 were reported in the last 48 hours.", "19")
    assert entry["subject"] == "people killed (among them)"


def test_a_part_of_a_toll_is_of_its_kind() -> None:
    body = (
        "Officials said 20 people were killed in the riots. Twelve were police officers. "
        "Of the 16 detained, eight of them were students, and eight more were traders."
    )
    assert one(body, "Twelve")["kind"] == "killed"
    found = [e for e in claims(body) if e["figure"] == "eight"]
    assert [e["kind"] for e in found] == ["detained", "detained"]


def test_figures_coordinated_after_a_toll_share_its_kind() -> None:
    body = "Five civilians were killed along with 4 policemen and 3 soldiers."
    assert [e["kind"] for e in claims(body)] == ["killed", "killed", "killed"]


def test_a_year_is_still_a_year() -> None:
    body = "The treaty was signed in 2000 and the toll of that war is unknown."
    assert [(e["figure"], e["kind"]) for e in claims(body)] == [("2000", "date")]


def test_word_lists_hold_words_not_yaml_booleans() -> None:
    # Unquoted on/no/yes are booleans in YAML 1.1: a list with them silently lacks the word.
    for key, value in load_data("extract.yaml").items():
        if isinstance(value, list):
            assert all(isinstance(word, str) for word in value), key


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        # "held" is a detention only as one: the camps hold who is there.
        ("Aid workers said the camps now held some 230,000 people.", "some 230,000", "other",
         None),
        ("Lawyers said 40 protesters were held by police overnight.", "40", "detained",
         "protesters"),
        ("Thirty soldiers were being held hostage by the crowd.", "Thirty", "hostages",
         "soldiers"),
        # Ways of saying a count that name no "displaced", "injured", "killed".
        ("The fire forced about 8,000 people to leave their homes.", "about 8,000", "displaced",
         None),
        ("Around 30,000 people had been moved to safety.", "Around 30,000", "displaced", None),
        ("About 1,300 people had sought treatment for heatstroke.", "About 1,300", "injured",
         None),
        # Things counted are no people, whatever the event word near them.
        ("Authorities ordered the evacuation of 12 more villages.", "12", "other", None),
        ("Shells fell near two settlements for displaced people.", "two", "other", None),
        ("Heat above 44 degrees Celsius has killed the crops.", "above 44", "other", None),
        ("The slide also buried three wooden storage huts.", "three", "other", None),
        ("At least 70 people drowned in three shipwrecks.", "three", "other", None),
        # A cue of more than one word names no party.
        ("The country has 2.1 million internally displaced people.", "2.1 million", "displaced",
         None),
        ("Officials said around 50 were unaccounted for.", "around 50", "missing", None),
    ],
)  # fmt: skip
def test_a_figure_s_kind_and_party_from_its_words(
    body: str, figure: str, kind: str, party: str | None
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party")) == (kind, party)


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # One of another toll's people is a part of its own toll, scoped by them.
        ("The toll rose to 64 as several of the wounded died.", "several",
         "people killed (of the wounded)"),
        ("Officials said 12 of the injured later died.", "12", "people killed (of the injured)"),
        # More than another count is an excess, not a rise of the toll.
        ("The heat caused 160 more deaths than usual.", "160", "people killed (excess)"),
        ("Five more soldiers were killed on Monday.", "Five", "soldiers killed (more)"),
    ],
)  # fmt: skip
def test_a_part_or_a_difference_of_a_toll_is_scoped(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # One state of the injured, however it is put, is one scope.
        ("Some 202 people were injured, 52 of them critically.", "52",
         "people injured (critically)"),
        ("The minister had put the number in critical condition at 18.", "18",
         "people injured (critically)"),
        ("Nine people are in a critical condition, the hospital said.", "Nine",
         "people injured (critically)"),
        ("Nine people are in serious condition, the hospital said.", "Nine",
         "people injured (seriously)"),
        ("Some 40 people were seriously injured.", "Some 40", "people injured (seriously)"),
        ("Twelve people were critically wounded.", "Twelve", "people injured (critically)"),
        ("The fire brigade said 30 people had suffered severe injuries.", "30",
         "people injured (seriously)"),
        ("Some 48 people suffered injuries.", "Some 48", "people injured"),
        # ... and those on life support are fewer still.
        ("Some 202 people were injured and 25 were on life support.", "25",
         "people injured (on life support)"),
    ],
)  # fmt: skip
def test_a_state_of_the_injured_is_one_scope_however_it_is_put(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        ("Dozens of miners were believed to be trapped underground.", "Dozens", "missing",
         "miners"),
        # A fall is a level, no distance between places.
        ("A bus plunged 200 metres into a ravine.", "200 metres", "other", None),
        # Cases of a disease count no dead, though "deaths" follow them: an outbreak's cases.
        ("Zambia has recorded 5,240 cholera cases and 212 deaths.", "5,240", "cases", None),
        ("Zambia has recorded 5,240 cholera cases and 212 deaths.", "212", "killed", None),
        # "of them" after a count of this sentence is of that count, not of the toll before.
        ("At least 20 miners were missing. Officials said 15 people were rescued and five of "
         "them remained in hospital.", "five", "rescued", None),
        # A force's people freed or exchanged are no force's strength.
        ("The ministry said 150 Norlandian servicemen had been freed.", "150", "other", None),
        ("Norland swapped 150 soldiers for civilians.", "150", "other", None),
        ("France has 20,000 soldiers in the region.", "20,000", "troops", "French soldiers"),
    ],
)  # fmt: skip
def test_what_a_figure_counts_in_wire_copy(
    body: str, figure: str, kind: str, party: str | None
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party")) == (kind, party)


@pytest.mark.parametrize(
    ("body", "figure", "kind", "subject"),
    [
        # "N-strong": the size of what follows, a force if it is one.
        ("The army sent a 1,200-strong task force to the state.", "1,200", "troops",
         "task force"),
        ("A 300-strong militia attacked the village.", "300", "fighters", "militia"),
        ("A 5,000-strong crowd marched on parliament.", "5,000", "other", "crowd"),
        # A quake's magnitude is compared by that word, before or after the figure.
        ("A magnitude 6.1 earthquake struck on Tuesday.", "6.1", "other", "magnitude"),
        ("A 6.3-magnitude quake hit the region.", "6.3", "other", "magnitude"),
        # A share whose noun comes before it.
        ("The party won on a turnout of 58 percent.", "58 percent", "percent",
         "share of turnout"),
        ("Turnout was 53.8 percent, the council said.", "53.8 percent", "percent",
         "share of turnout"),
        ("The challenger came second with 24.2 percent.", "24.2 percent", "percent", "share"),
        # (a speaker's verb before the noun: "said turnout was closer to")
        ("Observers said turnout was closer to 37 percent.", "37 percent", "percent",
         "share of turnout"),
        # a candidate named in apposition before "received"
        ("The main opposition candidate, Ana Vidal, received 29.5 percent.", "29.5 percent",
         "percent", "share of vote won by vidal"),
    ],
)  # fmt: skip
def test_what_a_figure_measures_in_newspaper_copy(
    body: str, figure: str, kind: str, subject: str
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry["subject"]) == (kind, subject)


def test_a_day_that_owns_its_event_is_not_the_day_of_the_count() -> None:
    # "killed by Tuesday's earthquake": not "by Tuesday", the count's day.
    body = "The number of people killed by Tuesday's earthquake has risen to 812."
    assert (one(body, "812")["as_of"], one(body, "812")["about"]) == ("2020-03-06", "2020-03-03")
    assert one("The toll had risen to 40 by Tuesday.", "40")["as_of"] == "2020-03-03"


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        # A number hyphenated to a noun modifies it: no toll, whatever verb follows
        # (test_a_number_in_a_compound_adjective_is_no_claim: no claim at all).
        ("A three-train collision killed nearly 300 people.", "nearly 300", "killed", None),
        # A country's own peacekeepers, "its" peacekeepers, are of that country.
        ("Malawi said three of its peacekeepers were killed.", "three", "killed",
         "Malawi peacekeepers"),
    ],
)  # fmt: skip
def test_what_a_figure_counts_in_agency_copy(
    body: str, figure: str, kind: str, party: str | None
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party")) == (kind, party)


def test_a_dateline_does_not_make_an_earlier_toll_the_report_s() -> None:
    body = (
        "KOLKATA, March 6 (Agency D) - Fifteen people died on Thursday, the railway board "
        "said, revising down an earlier toll of 17."
    )
    assert one(body, "17")["as_of"] == "2020-03-05"  # before the story's day (2020-03-06)
    assert one(body, "Fifteen")["as_of"] == "2020-03-06"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("The killing of 12 protesters sparked outrage.", "12", "killed"),
        # A toll that rose "with the deaths of three" rose by them.
        ("The toll rose on Thursday with the deaths of three injured workers.", "three",
         "workers killed (more)"),
    ],
)  # fmt: skip
def test_the_deaths_of_n_are_dead(body: str, figure: str, subject: str) -> None:
    entry = one(body, figure)
    assert entry["kind"] == "killed" and subject in entry["subject"]


@pytest.mark.parametrize("body", ["Winds reached 150 km per hour.", "Gusts hit 150 km/h."])
def test_a_speed_is_no_distance(body: str) -> None:
    assert [e["kind"] for e in claims(body)] == ["other"]


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # Bodies are the dead; a side's losses are its dead.
        ("A doctor said at least 250 bodies had been brought to the morgues.", "at least 250",
         "killed"),
        ("The bodies of 225 people were delivered to morgues, an official said.", "225",
         "killed"),
        ("Eastport says 30 of its soldiers died; Westby puts their losses at 90.", "90",
         "killed"),
        # Forces and armed men by their words.
        ("The ministry said 150 paratroopers had been flown to the air base.", "150", "troops"),
        ("The president said the city was attacked by 20,000 bandits.", "20,000", "fighters"),
        ("Gangs numbering about 200 armed men opened fire on the police.", "about 200",
         "fighters"),
        # A verb after an aside that names a part is the count's own.
        ("A protester was killed and eleven people, including eight police officers, were "
         "injured.", "eleven", "injured"),
        ("A protester was killed and eleven people, including eight police officers, were "
         "injured.", "eight", "injured"),
        ("Two officers died and more than 30 people, most of them policemen, were wounded.",
         "more than 30", "injured"),
        ("Four died and 12 people, many of whom were children, were hurt in the blast.", "12",
         "injured"),
        # A way of being killed, "<verb>ed to death".
        ("Gunmen held the cafe overnight, but 20 hostages had already been hacked or shot to "
         "death, the army said.", "20", "killed"),
        ("Police said 14 villagers were stabbed to death in the raid.", "14", "killed"),
        # ... and with no commas and no auxiliary, the verb after the part is the count's too.
        ("The minister said 70 persons including 27 children died and 341 were injured.", "70",
         "killed"),
        ("The minister said 70 persons including 27 children embraced shahadat and 341 were "
         "injured.", "70", "killed"),
        ("The minister said 70 persons including 27 children died and 341 were injured.",
         "341", "injured"),
        # A verb whose object is the next figure is what this figure did, not what befell it.
        ("Three attackers armed with rifles killed 41 people and wounded 763 at the airport.",
         "Three", "fighters"),
        ("Two people were wounded 30 km from the town.", "Two", "injured"),
        # A translated agency's idiom for those who sought care.
        ("In total 194 people turned for medical aid after the explosion.", "194", "injured"),
        # The people who lived in a place just named are its population.
        ("The block has 120 flats, and residents said between 400 and 600 people lived "
         "there.", "between 400 and 600", "population"),
        # A crowd that grew to a figure, a mob of one: the crowd's size.
        ("Police said the crowd had grown to about 20,000 by early afternoon.",
         "about 20,000", "crowd"),
        ("The police later claimed they had faced a mob of 20,000.", "20,000", "crowd"),
        # A value a source has given of the toll named before is of that toll.
        ("Activists had put the toll at about 1,300, and the rebels have since given a "
         "figure as high as 1,729.", "as high as 1,729", "killed"),
        # A second guess in an aside after a count's noun shares its verb.
        ("It said hundreds of people, and possibly as many as 2,000, were killed.",
         "as many as 2,000", "killed"),
        # A verb after "and" is the next clause's, also past a quotation closed before it.
        ('The group said its fighters had killed "no less than 200 soldiers" and wounded '
         "more.", "no less than 200", "killed"),
        # A verb after "and" and another subject is another clause's.
        ("Six civilians were killed and many more were wounded in the shelling.", "Six",
         "killed"),
        # A part of the toll the opening names.
        ("Of the injured, 458 people remain in hospitals of the capital.", "458", "injured"),
        # ... also after who says it
        ("He said that among the deceased, 14 are female workers.", "14", "killed"),
        # The bodies found so far are of the dead; "the victims" of a toll of the dead too.
        ("Of the bodies recovered, 148 have been handed over to their relatives.", "148",
         "killed"),
        # A critic's value of the count just named.
        ("Police said 106 people were detained. A rights group said the real number was more "
         "than 400.", "more than 400", "detained"),
    ],
)  # fmt: skip
def test_bodies_losses_forces_asides_and_values_of_a_count(
    body: str, figure: str, kind: str
) -> None:
    assert one(body, figure)["kind"] == kind


def test_some_of_the_victims_of_a_toll_are_a_part_of_it_not_its_rival() -> None:
    entry = one("The storm killed 300 people. Of the victims, 12 have not been named.", "12")
    assert (entry["kind"], entry["subject"]) == ("killed", "people killed (among them)")
    # victims of no toll of the dead are no one's dead
    assert one("Of the victims, 12 have not been named.", "12")["kind"] == "other"


def test_the_people_of_the_number_of_who_died_have_no_pronoun() -> None:
    entry = one("The number of servicemen who died has reached 80, the ministry said.", "80")
    assert (entry["kind"], entry["party"]) == ("killed", "servicemen")


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("He said the losses of the volunteer battalions and army units near Westby exceeded "
         "1,000 people killed.", "volunteer battalions and army units"),
        ("He said the losses of the army near Westby amounted to 1,000 people killed.",
         "army"),
    ],
)  # fmt: skip
def test_losses_of_a_force_are_its_dead_wherever_they_fell(body: str, party: str) -> None:
    entry = one(body, "1,000")
    assert (entry["kind"], entry["party"]) == ("killed", party)


@pytest.mark.parametrize(
    ("body", "figure", "kind", "speaker"),
    [
        # A word in scare quotes does not end the clause before its verb.
        ('He said 41 died, while more than 140 "occupiers" were killed.', "more than 140",
         "killed", "article"),
        # A side's losses put at a figure: its dead, and who put them there.
        ("Earlier the Interior Ministry put the losses among police officers at 24 people.",
         "24", "killed", "Interior Ministry"),
        ("Westby puts Norlandic losses at more than 300.", "more than 300", "killed", "Westby"),
    ],
)  # fmt: skip
def test_quoted_nouns_and_losses_put_at_a_figure(
    body: str, figure: str, kind: str, speaker: str
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry["attribution"]["source"]) == (kind, speaker)


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # the figure's own noun is a cue of one kind, the verb after it of another
        ("Doctors said at least 30 hostages died during the assault.", "at least 30", "killed"),
        # a force that did what the verb says, with an object: who did it, not who suffered it
        (
            "A detachment of more than 250 militants seized the hospital.",
            "more than 250",
            "fighters",
        ),
        ("Some 40 gunmen killed 12 villagers.", "Some 40", "fighters"),
        ("Twelve soldiers were captured.", "Twelve", "captured"),
        ("Rebels captured 12 soldiers.", "12", "captured"),
        ("Norland says 40 soldiers killed the day before.", "40", "killed"),
        # a force after "by" in the passive: who did it
        ("The school was seized by between 17 and 20 gunmen.", "between 17 and 20", "fighters"),
        ("Twelve people were killed by 3 gunmen.", "3", "fighters"),
        ("The ministry said 76 people had been taken to hospital.", "76", "injured"),
        # the size of a force named before the figure
        ("A unit of militants numbering up to 300 men attacked the town.", "up to 300", "fighters"),
        (
            "The gunmen, whose number was estimated at between 100 and 200 by officials, "
            "arrived on Wednesday.",
            "between 100 and 200",
            "fighters",
        ),
    ],
)
def test_who_did_it_and_who_suffered_it(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        (
            "The gunmen were holding more than 1,500 people in the hospital.",
            "more than 1,500",
            "hostages",
        ),
        (
            "Up to 2,000 people were being held in the hospital by the gunmen.",
            "Up to 2,000",
            "hostages",
        ),
        # the holders, then what they did, then their holding
        (
            "The gunmen who seized school No. 1 in the town are holding 412 people, an "
            "official said.",
            "412",
            "hostages",
        ),
        # held, by no one named, in a report of a hostage-taking; an aside between dashes
        (
            "Gunmen seized the hospital and took hostages. An official said up to 2,000 people "
            "-- patients, doctors and townspeople -- were being held in the hospital.",
            "up to 2,000",
            "hostages",
        ),
        (
            "Gunmen took hostages. More than 1,100 people - pupils, parents and teachers - "
            "were held in the school gymnasium.",
            "More than 1,100",
            "hostages",
        ),
        # held in a report of a siege, the hostages named only after it
        (
            "The siege ended on Friday. More than 1,100 people - pupils, parents and teachers "
            "- were held in the school gymnasium. Officials had said there were 354 hostages.",
            "More than 1,100",
            "hostages",
        ),
        # held by the authorities, or in custody: detained
        ("Rebels took hostages. Police said 40 protesters were held by police.", "40", "detained"),
        (
            "Rioters took hostages. At present, 22 people are being held in custody.",
            "22",
            "detained",
        ),
        ("Police said 40 protesters were being held at the station.", "40", "detained"),
        # people inside a building, in a report of a siege: the people held there
        (
            "Throughout the siege officials said 354 people were inside the school.",
            "354",
            "hostages",
        ),
        (
            "Officials said 354 hostages were held. But freed captives said there had been "
            "more than 1,000 people in the school.",
            "more than 1,000",
            "hostages",
        ),
        # taken, in a report of an abduction; held by an armed group
        ("Gunmen abducted pupils. 276 girls were taken from the hostels.", "276", "hostages"),
        (
            "Gunmen abducted pupils. He said 129 girls, who had come back for exams, had been "
            "taken.",
            "129",
            "hostages",
        ),
        # ... after an aside or a clause of who they were; taken away by no one named
        (
            "Gunmen abducted pupils. A count showed 95 students, aged 12 to 16, were taken "
            "from their dormitory.",
            "95",
            "hostages",
        ),
        (
            "Gunmen abducted pupils. He said two teachers who lived on the campus were also "
            "taken away.",
            "two",
            "hostages",
        ),
        ("Gunmen raided Westby. 22 were taken away by the attackers.", "22", "hostages"),
        # taken by the group itself (its force noun, or a communique's "enemy"); not taken
        # to hospital, nor in a report of no abduction
        ("Gunmen abducted pupils. The enemy had seized some 30 people.", "some 30", "hostages"),
        (
            "The kidnapping shocked Westby: the gunmen took 20 people from the bus.",
            "20",
            "hostages",
        ),
        ("The gunmen took 20 people from the bus.", "20", "other"),
        ("Gunmen abducted pupils. The soldiers took 20 people from the bus.", "20", "other"),
        # taken away by the police, or with no abduction: detained
        ("Gunmen abducted pupils. He said 30 traders were taken away by police.", "30", "detained"),
        ("Police raided the market. He said 30 traders were taken away.", "30", "detained"),
        ("Police said 223 girls were in the custody of the insurgents.", "223", "hostages"),
        (
            'A siege followed. The group said they had held "more than 90" people inside.',
            "more than 90",
            "hostages",
        ),
        ("Police say 48 pupils remain in the hands of their abductors.", "48", "hostages"),
        # ... after the place the school is of; "still with them" in a report of an abduction
        (
            "Police say 48 pupils of Westby High School, Eastport, remain in the hands of their "
            "abductors.",
            "48",
            "hostages",
        ),
        (
            "Gunmen abducted pupils. Parents said 40 of the pupils are still with them.",
            "40",
            "hostages",
        ),
        (
            "The fair drew crowds. Parents said 40 of the pupils are still with them.",
            "40",
            "other",
        ),
        # taken somewhere, or with no abduction: not hostages
        ("Gunmen abducted pupils. 40 people were taken to hospital.", "40", "injured"),
        ("Police said 223 girls were in the custody of the police.", "223", "other"),
        # the leader who took them, by his pronoun; people held in a building named at
        # length; "held in a hospital" with whose estimate it is after a comma
        (
            "Gunmen took hostages. Their leader said he held more than 2,000 people.",
            "more than 2,000",
            "hostages",
        ),
        (
            "The hostage crisis ended. In all, the gang of Amron Westby held 1,460 people in "
            "the Eastport central district hospital, the ministry said.",
            "1,460",
            "hostages",
        ),
        (
            "A year after the siege. Between 2,000 and 3,000 people were held in the town "
            "hospital and the buildings around it, by most estimates.",
            "Between 2,000 and 3,000",
            "hostages",
        ),
        ("Police raided the town. He said he held three meetings.", "three", "other"),
        # ... and with no siege, people in a building are only there
        ("About 600 people were inside the tower when the fire broke out.", "About 600", "other"),
        (
            "In all, 1,460 people were in the Eastport central district hospital that day.",
            "1,460",
            "other",
        ),
        ("During the siege 300 people were in the square outside.", "300", "other"),
    ],
)
def test_people_an_armed_group_holds_are_hostages(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Gunmen who abducted pupils from a school on Wednesday still hold them.", "hostages"),
        ("Police arrested pupils who rioted at a school on Wednesday.", "detained"),
    ],
)
def test_a_headline_is_read_with_the_lead(lead: str, kind: str) -> None:
    # "still held" by no one named: held by whom the lead says (a headline has no text
    # before it)
    title = "Police say 48 pupils still held after school raid"
    found = claims(f"{title}\n\n{lead}", title=title)
    assert [e["kind"] for e in found if e["figure"] == "48"] == [kind]


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        # the first word of a compound is no cue of its own: hostage-takers are a force
        ("Officials say 32 hostage-takers seized the school.", "32", "fighters", "hostage-takers"),
        ("The 40 kidnappers demanded a ransom.", "40", "fighters", "kidnappers"),
        ("Some 300 hostages were freed.", "Some 300", "hostages", None),
        # a verb in the past with its object ends the noun phrase; a participle does not
        (
            "Police said 11 persons suspected of involvement in the attack have been detained.",
            "11",
            "detained",
            "persons suspected of involvement",
        ),
        (
            "Eight members of organized criminal groups were killed.",
            "Eight",
            "killed",
            "members of organized criminal groups",
        ),
    ],
)
def test_who_holds_hostages_and_where_a_noun_phrase_ends(
    body: str, figure: str, kind: str, party: str | None
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party")) == (kind, party)


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        (
            "At least 20 young men have been taken from their homes since Monday.",
            "At least 20",
            "detained",
        ),
        ("Police rounded up 300 protesters.", "300", "detained"),
        ("Some 3,000 people were forced from their homes.", "Some 3,000", "displaced"),
    ],
)
def test_taken_from_their_homes_is_taken_away_not_fled(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_its_previous_figure_is_the_speaker_s_earlier_value_of_the_count() -> None:
    body = (
        "The ministry said its military death toll had risen to 223. "
        "Its previous figure, issued on Sunday, was 202."
    )
    entry = one(body, "202")
    assert (entry["kind"], entry["attribution"]["source"]) == ("killed", "ministry")


def test_the_previous_official_figure_and_the_parts_of_a_total() -> None:
    body = (
        "The number killed has risen to 197, state media say. The previous official figure "
        "was 184. Of those, 46 were Westlanders and one was a member of a minority, officials "
        "said. Eight police officers were also killed, bringing the total to 205."
    )
    assert one(body, "184")["kind"] == "killed"
    # a part by its people, no country named: apart from the toll, not its rival
    part = one(body, "46")
    assert (part["kind"], part["subject"]) == ("killed", "people killed (Westlanders)")
    # the total the part brings up is everyone's, not the part's people
    whole = one(body, "205")
    assert (whole["kind"], whole.get("party")) == ("killed", None)


@pytest.mark.parametrize(
    "body",
    [
        "Officials have not updated the death toll of 164 announced on Sunday.",
        "The death toll of 164 was announced on Sunday.",
    ],
)
def test_a_verb_after_the_value_of_a_count_is_the_count_s(body: str) -> None:
    entry = one(body, "164")
    assert (entry["kind"], entry.get("party")) == ("killed", None)  # not "announced" people


def test_a_modifier_in_ing_before_a_force_noun_is_part_of_it() -> None:
    body = "Under the deal, 1,960 Norland peacekeeping troops are deploying along the line."
    entry = one(body, "1,960")
    assert (entry["kind"], entry["party"]) == ("troops", "Norland peacekeeping troops")


def test_held_as_prisoners_of_war_are_captured() -> None:
    body = (
        "Westby says at least 60 Norland soldiers are being held as prisoners of war in "
        "Veyland, along with 12 civilians it describes as hostages."
    )
    assert one(body, "at least 60")["kind"] == "captured"
    assert one(body, "12")["kind"] == "hostages"


def test_losses_named_by_a_nationality_are_that_side_s() -> None:
    body = (
        "Each side claims to have killed far more of the enemy. Lima says nearly 300 Chilean "
        "soldiers died, while Santiago puts Peruvian losses at \u201cmore than 300\u201d."
    )
    assert one(body, "nearly 300")["party"] == "Chilean soldiers"
    assert one(body, "more than 300")["party"] == "Peruvian military"  # not the one before


def test_an_official_toll_a_nationality_names_is_that_country_s_count_of_everyone() -> None:
    # "the official Peruvian death toll": Peru's count of all the dead, not of Peruvians
    body = "The Peruvian death toll of 40 was given in Lima."
    assert one(body, "40")["party"] == "Peruvian people"
    body = "The official Peruvian death toll of 731 has not been updated since Saturday."
    assert one(body, "731").get("party") is None


def test_an_acronym_in_brackets_does_not_hide_the_verb() -> None:
    body = (
        "Twenty-nine servicemen of the Defense Army of the unrecognized Norland Republic (NR) "
        "have been killed, the NR Defense Ministry said."
    )
    entry = one(body, "Twenty-nine")
    # the party cut at its length limit drops the words that lead nowhere ("... of the")
    assert (entry["kind"], entry["party"]) == ("killed", "servicemen of the Defense Army")


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("The coast guard said 164 people had been rescued.", "164", "people rescued"),
        ("The ministry had earlier put the number of rescued at 368.", "368", "people rescued"),
        ("Twelve passengers were pulled alive from the water.", "Twelve", "passengers rescued"),
        # hostages the army rescued are hostages released, as those freed are
        ("The army rescued 30 hostages.", "30", "people hostages (released)"),
        # ... whichever way the sentence runs; a disaster's rescued were held by no one
        (
            "Thirteen hostages were rescued, the army said.",
            "Thirteen",
            "people hostages (released)",
        ),
        ("Rescuers said 30 miners were rescued on Friday.", "30", "miners rescued"),
        # pulled from a building's ruins alive, the words split by the count
        (
            "Rescue workers pulled more than 35 people alive from the rubble.",
            "more than 35",
            "people rescued",
        ),
    ],
)
def test_the_rescued_are_a_count_of_their_own(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


@pytest.mark.parametrize(
    ("body", "kind", "party"),
    [
        # people the count noun names, then their death: killed, of those people
        ("The number of hostages killed in the school has reached 322.", "killed", "hostages"),
        ("The number of prisoners wounded in the riot rose to 322.", "injured", "prisoners"),
        # the people named alone, or held: the count of the people
        ("The number of hostages has reached 322.", "hostages", None),
        ("The number of hostages held in the school has reached 322.", "hostages", None),
        ("The number of miners killed in the blast has reached 322.", "killed", "miners"),
    ],
)
def test_the_people_a_count_noun_names_before_their_death(
    body: str, kind: str, party: str | None
) -> None:
    entry = one(body, "322")
    assert (entry["kind"], entry.get("party")) == (kind, party)


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        ("The attackers numbered between 150 and 200.", "between 150 and 200", "fighters",
         "attackers"),
        ("The rebels number about 3,000, the army said.", "about 3,000", "fighters", "rebels"),
        # (the force counts its men: "men" are the militants)
        ("Militants numbering up to 300 men attacked the town.", "up to 300", "fighters",
         "Militants"),
        ("The group of gunmen numbers from 17 to 20 persons armed with rifles.", "from 17 to 20",
         "fighters", "gunmen"),
        ("The gunmen, who residents said numbered between 80 and 100, fled.",
         "between 80 and 100", "fighters", "gunmen"),
        # the force as the subject, so many men its complement
        ('He said the raiders were "a band of about 60 men".', "about 60", "fighters",
         "raiders"),
        ("Police said the gunmen were about 40 men on motorbikes.", "about 40", "fighters",
         "gunmen"),
        ("Police said the victims were 12 men.", "12", "other", None),
        # no force: no force's size (a crowd's, when the people are a crowd)
        ("The protesters numbered about 5,000.", "about 5,000", "crowd", "protesters"),
        ("The delegates numbered about 500.", "about 500", "other", None),
    ],
)  # fmt: skip
def test_a_force_that_numbered_a_figure_is_that_many(
    body: str, figure: str, kind: str, party: str | None
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party")) == (kind, party)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # the names a list of victims holds are the dead
        (
            "Some parents dispute the official count of the victims. "
            '"Our list has 150 names," one father said.',
            "killed",
        ),
        ("Forty people died. Volunteers said they had collected 150 names.", "killed"),
        # names with no deaths before, or the names of someone: not a count of the dead
        ("Volunteers said they had collected 150 names for the petition.", "other"),
    ],
)
def test_a_count_of_names_after_deaths_counts_the_dead(body: str, kind: str) -> None:
    assert one(body, "150")["kind"] == kind


def test_a_long_clause_between_the_count_noun_and_its_value() -> None:
    body = (
        "The number of servicemen of the Norlandic Army who died as a result of the "
        "large-scale provocation committed by the armed forces of Veyland on the state "
        "border on September 12-13 has reached 80, the Ministry of Defense said."
    )
    assert one(body, "80")["kind"] == "killed"


def test_the_figure_cited_by_someone_else_counts_what_the_one_before_counts() -> None:
    body = (
        "Investigators now believe that only four gunmen carried out the attack, far fewer "
        'than the "between 10 and 15" cited by ministers during the siege.'
    )
    entry = one(body, "between 10 and 15")
    assert entry["kind"] == "fighters"
    assert entry["attribution"]["source"] == "ministers"


@pytest.mark.parametrize("separator", [" - ", " -- ", ", including "])
def test_parts_an_aside_names_share_the_event_of_its_count(separator: str) -> None:
    close = "," if separator.startswith(",") else separator
    body = (
        f"Seven people{separator}three guardsmen and four civilians{close} were killed when "
        "gunmen raided a base."
    )
    found = {e["figure"]: (e["kind"], e.get("party")) for e in claims(body)}
    assert found["three"] == ("killed", "guardsmen")
    assert found["four"] == ("killed", "civilians")


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # "among them N", "including N" with no noun of its own: a part of the count before.
        (
            "The final number of deaths reached 4,352, among them 3,845 in the city alone.",
            "3,845",
            "killed",
        ),
        (
            "Rescuers recovered 2,300 bodies, including more than 1,500 in the city.",
            "more than 1,500",
            "killed",
        ),  # fmt: skip
    ],
)
def test_a_part_named_after_its_count_has_its_kind(body: str, figure: str, kind: str) -> None:
    entry = one(body, figure)
    assert entry["kind"] == kind
    assert "party" not in entry  # "the deceased" name the kind's people, no party


def test_the_deceased_are_no_party() -> None:
    body = "The number of deaths reached 4,352 deceased, while 8,130 remained missing."
    assert {e["figure"]: e.get("party") for e in claims(body)} == {"4,352": None, "8,130": None}


def test_its_own_count_had_reached_is_the_speaker_s_value_of_the_count() -> None:
    body = (
        "In the province, the agency put the death toll at 578. But the health department "
        "said its own count had reached 701."
    )
    entry = one(body, "701")
    assert entry["kind"] == "killed"
    assert entry["attribution"]["source"] == "health department"


def test_names_on_a_list_after_a_count_are_its_people() -> None:
    body = (
        "The interior ministry said 639 people had been detained. The rights centre said its "
        "lists already contained more than 700 names."
    )
    assert one(body, "more than 700")["kind"] == "detained"
    # Names with no count before them are no one's toll.
    assert one("The rights centre said its lists contained 700 names.", "700")["kind"] == "other"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # The people at a protest or rally: by their verb, by "a crowd of", by what a source
        # put the crowd at, and by their noun when nothing else says what they did.
        (
            "Organisers said more than 200,000 people took part in the march.",
            "more than 200,000",
            "crowd",
        ),  # fmt: skip
        (
            "State television said no more than 20,000 had gathered.",
            "no more than 20,000",
            "crowd",
        ),  # fmt: skip
        ("About 2,000 people rallied in the capital on Sunday.", "About 2,000", "crowd"),
        (
            "Police used tear gas to disperse a crowd of nearly 1,000 people.",
            "nearly 1,000",
            "crowd",
        ),  # fmt: skip
        ("Reporters estimated the crowd at some 30,000 people.", "some 30,000", "crowd"),
        # what a source estimated the gathering at, whatever it names it by
        (
            "Police estimated Monday evening's march down the avenue at about 15,000 people.",
            "about 15,000",
            "crowd",
        ),  # fmt: skip
        (
            "Police estimated the crowd that marched from the university to the main square "
            "at between 8,000 and 10,000 people.",
            "between 8,000 and 10,000",
            "crowd",
        ),  # fmt: skip
        (
            "It began with a march to Lyon, which the city estimated at 40,000 people.",
            "40,000",
            "crowd",
        ),  # fmt: skip
        ("Officials estimated the protest toll at 40.", "40", "killed"),
        ("More than 10,000 demonstrators filled the square.", "More than 10,000", "crowd"),
        # The number of a crowd noun's people, a clause between (not one naming an event).
        (
            "The temple trust put the number of pilgrims who came to the town for the fair "
            "at nearly 15 lakh.",
            "nearly 15 lakh",
            "crowd",
        ),  # fmt: skip
        ("The number of mourners at the cemetery was about 40,000.", "about 40,000", "crowd"),
        ("The number of pilgrims injured in the crush was 40.", "40", "injured"),
        # What they suffered is the event, and a crowd's verb in another clause is not theirs.
        ("Police detained 200 protesters.", "200", "detained"),
        (
            "Police killed 12 people when they fired on protesters who had gathered in the square.",
            "12",
            "killed",
        ),  # fmt: skip
        # Why people were held is not what they did there and then.
        (
            "Police said they had detained “around 180” people in the capital for "
            "taking part in an unauthorized rally.",
            "around 180",
            "detained",
        ),  # fmt: skip
        # Those who lived through it, not the dead of the next clause.
        (
            "Only 104 people survived, and as many as 600 are feared to have drowned.",
            "104",
            "rescued",
        ),  # fmt: skip
        # "the number of victims" a source puts a figure at is the toll just named.
        (
            "The attack killed 67 people, an inquiry found. It puts the number of victims "
            "at 67: 61 civilians and six officers.",
            "61",
            "killed",
        ),  # fmt: skip
        # Who keeps a count at a figure gives its value ("kept the final count at").
        (
            "The collapse killed 97 people. Police said she was never found inside, and the "
            "county kept the final count at 98.",
            "98",
            "killed",
        ),  # fmt: skip
        # The deceased are the dead; an age after the people is no figure of its own.
        ("The country has counted 2,021 cases and 562 deceased.", "562", "killed"),
        (
            "The minister said more than 50,000 children under five had died.",
            "more than 50,000",
            "killed",
        ),  # fmt: skip
        # Money is counted in its currency, never people.
        (
            "The blasts killed 165 people. Losses were put at 6.87 billion yuan.",
            "6.87 billion",
            "other",
        ),  # fmt: skip
        # Reservists and conscripts are troops.
        ("The minister said 300,000 reservists would be called up.", "300,000", "troops"),
        # What a force said it would do befell no one.
        ("Its leader said 25,000 of his men were ready to die.", "25,000", "other"),
        # A force that took part is the force's size.
        ("Officials said about 20 gunmen took part.", "about 20", "fighters"),
        # Words of wire copy for the dead, the held, the hurt.
        ("The governor said six of the attackers had been liquidated.", "six", "killed"),
        ("The ministry said it had information on nine captives.", "nine", "hostages"),
        ("The ministry has acknowledged holding 12 people for questioning.", "12", "detained"),
        ("Between 30 and 40 journalists were also held.", "Between 30 and 40", "detained"),
        ("In total 250 citizens have applied to health institutions.", "250", "injured"),
        # A verb in scare quotes is still the figure's verb.
        ('The governor said six of the attackers had been "liquidated".', "six", "killed"),
        # Single people named between two counts of one list share its verb.
        (
            "The committee said 15 police officers, a priest, a security guard and five other "
            "civilians were killed.",
            "15",
            "killed",
        ),
        # State media's word for the dead.
        (
            "Two hundred and fifty people were martyred resisting the coup.",
            "Two hundred and fifty",
            "killed",
        ),  # fmt: skip
        ("Of the martyrs, 179 were civilians.", "179", "killed"),
        # A crowd's verb inside a relative clause is not the figure's: the dead they are among.
        (
            "At least two physicians who had joined the rally are among the dead.",
            "At least two",
            "killed",
        ),  # fmt: skip
        ("Officials said 65,000 people attended.", "65,000", "crowd"),
        ("Opposition leaders said as many as 40,000 turned out.", "as many as 40,000", "crowd"),
        (
            "Police put the size of the crowd on Independence Square at about 10,000.",
            "about 10,000",
            "crowd",
        ),
        # Another source's bare figure is a value of the count just named.
        (
            "Officials said 65,000 people attended; independent media counted between 10,000 "
            "and 15,000.",
            "between 10,000 and 15,000",
            "crowd",
        ),
        ("Police said 12 people were killed, while the opposition put it at 40.", "40", "killed"),
        (
            "Parents say at least 270 pupils died; the education bureau has acknowledged 193.",
            "193",
            "killed",
        ),
        (
            "The president said that 195 people had died; the Norland Association for Human "
            "Rights was then reporting 448.",
            "448",
            "killed",
        ),
        (
            "The government reports 259 deaths, while the UN said it had so far been able to "
            "verify 172.",
            "172",
            "killed",
        ),
        # A place's share of the count, put at a figure.
        (
            "The state lists 1,464 victims of the storm. The weather service puts the Eastmark "
            "figure at 1,577.",
            "1,577",
            "killed",
        ),
        # "turned out to" is no crowd, and "gathered to" is.
        ("Of the four, one turned out never to have boarded.", "four", "other"),
        ("About 2,000 people had gathered to support the deputy.", "About 2,000", "crowd"),
        # People who crossed a border or left for a country are displaced.
        ("About 4,000 residents temporarily left for Chile.", "About 4,000", "displaced"),
        ("As many as 24,000 people crossed into Chile.", "As many as 24,000", "displaced"),
        (
            "The Peruvian side put the number of citizens who crossed the border at 8,000.",
            "8,000",
            "displaced",
        ),
        # "they numbered", "put their number at": the force the sentence named before.
        (
            "Officials described the attackers as radicals and said they numbered about 25.",
            "about 25",
            "fighters",
        ),  # fmt: skip
        (
            "Villagers who saw the gunmen pass estimated their number at about 70.",
            "about 70",
            "fighters",
        ),  # fmt: skip
        ("Officials put their number at about 300.", "about 300", "other"),
        # Taking to the streets is a crowd's verb; a turnout put at N is a crowd.
        (
            "Organisers said almost two million people took to the streets.",
            "almost two million",
            "crowd",
        ),
        ("Police put the peak turnout at 240,000.", "240,000", "crowd"),
        ("Organisers said 1.03 million people joined Sunday's march.", "1.03 million", "crowd"),
        ("Organisers said more than a million people marched.", "more than a million", "crowd"),
        # "not N as previously stated": the count's other, earlier value.
        (
            "The ministry revised the toll, saying about 253 people died, not 359 as "
            "previously stated.",
            "359",
            "killed",
        ),
        # A count with an aside of its parts ("five of them children") keeps its verb, and
        # so do the parts.
        (
            "At least 50 people, five of them children, were killed when a missile struck "
            "the station.",
            "At least 50",
            "killed",
        ),
        (
            "At least 50 people, five of them children, were killed when a missile struck "
            "the station.",
            "five",
            "killed",
        ),
        ("The toll from the earthquake climbed past 2,400.", "2,400", "killed"),
        ("The earthquake death toll nears 2,900.", "nears 2,900", "killed"),
        # A second figure joined with a hedging adverb shares the first's verb.
        (
            "Security forces attacked the camp, killing at least 817 and likely more than 1,000 "
            "people.",
            "more than 1,000",
            "killed",
        ),
        (
            "The minister said seven suicide bombers had carried out the attacks.",
            "seven",
            "fighters",
        ),
        # A state the figure's own verb links it to is its kind, not the verb before.
        (
            "The president said five gunmen had been shot dead and 11 suspects were in custody.",
            "11",
            "detained",
        ),
        ("Four people were taken into custody, three men and a woman.", "Four", "detained"),
        # The parts a colon lists after a toll are of it.
        (
            "The government says 67 people were killed: 61 civilians and six members of the "
            "security forces.",
            "six",
            "killed",
        ),
        (
            "The police chief raised the toll to 49: 41 killed at the mosque, seven at the "
            "centre and one who died in hospital.",
            "seven",
            "killed",
        ),
        ("The toll rose to 49: the ministry said 300 troops were deployed.", "300", "troops"),
        # a part whose noun is another toll's word is of the toll all the same
        (
            "With their deaths the toll stands at 31: 18 hostages, three police officers and "
            "ten gunmen.",
            "18",
            "killed",
        ),
        ("Gunmen took 18 hostages at the bank: nine hostages were freed.", "nine", "hostages"),
        # A hedge after the toll's verb: "rose above 100".
        ("The death toll from a week of fighting rose above 100.", "above 100", "killed"),
        # "numbering" after a comma sizes the force.
        (
            "Residents said the attackers, numbering up to 200, arrived at dawn.",
            "up to 200",
            "fighters",
        ),
        # "five or six" is one figure, a range.
        ("Survivors insisted there were five or six gunmen.", "five or six", "fighters"),
        # "lives" as a verb is no loss of life; "40 lives" is.
        (
            "Nearly half of the population of 54 million now lives in poverty, the agency said.",
            "54 million",
            "population",
        ),
        ("The floods claimed 40 lives in the province.", "40", "killed"),
        # An owner's count, dated, is the toll named before.
        (
            "Rights groups said 164 protesters had been killed by Tuesday. The group's count "
            "on that day stood at 275.",
            "275",
            "killed",
        ),
        # Those searched for are missing; suspects or a force sought are not.
        ("The army says its teams are looking for more than 60.", "more than 60", "missing"),
        ("Police are looking for 3 suspects.", "3", "other"),
        ("Troops are searching for 200 militants in the hills.", "200", "fighters"),
        # "all but N of the M": the N the group's word still counts.
        (
            "The military said all but eight of the 129 schoolgirls kidnapped had been freed.",
            "eight",
            "hostages",
        ),
        (
            "The military said all but eight of the 129 schoolgirls kidnapped had been freed.",
            "129",
            "hostages",
        ),
        # People who live in a place are its population; a country's "its N people" too.
        ("Around 46,000 Muslims live in Peru, the census found.", "Around 46,000", "population"),
        (
            "Around 46,000 Muslims live in Peru, about 1.1 percent of its nearly 4.9 million "
            "people.",
            "nearly 4.9 million",
            "population",
        ),
        ("The company said its 300 people were safe.", "300", "other"),
        # "where N people live" ends its clause on the verb; "population N" is an aside.
        ("The suburb, where 30,000 people live, was shelled.", "30,000", "population"),
        ("The village, population 2,500, was destroyed.", "2,500", "population"),
        ("The village (population: 2,500) was destroyed.", "2,500", "population"),
        ("The hall, where 300 people gathered, was shelled.", "300", "crowd"),
        # A past verb with a particle ends the noun phrase ("carried out the raid").
        ("Seven suicide bombers carried out the attacks.", "Seven", "fighters"),
        ("Ten gunmen carried out the raid, police said.", "Ten", "fighters"),
        # "as high as" hedges a toll's figure, which keeps the count's kind.
        ("The death toll could be as high as 500, an official said.", "as high as 500", "killed"),
        # "N of the M X were killed": the verb is the part's; the group is a force's
        # strength or other; not when the group's own verb comes first ("the seven
        # candidates arrested on Monday have been charged").
        ("Nine of the 10 gunmen were killed by security forces.", "Nine", "killed"),
        ("Nine of the 10 gunmen were killed by security forces.", "10", "fighters"),
        ("Three of the 12 passengers died.", "12", "other"),
        # escaped inmates caught again
        ("Of the inmates who fled, nine have been returned to prison.", "nine", "captured"),
        # an -ing word before police is no verb ("peacekeeping police officers")
        (
            "Six Norlandic peacekeeping police officers were among the United Nations "
            "personnel killed.",
            "Six",
            "killed",
        ),
        # a group owned: "of the school's", "of Westby's"
        ("Just 40 of the school's 210 pupils on the trip survived.", "40", "rescued"),
        ("Just 40 of the school's 210 pupils on the trip survived.", "210", "other"),
        ("Nine of Westby's 40 soldiers were killed.", "Nine", "killed"),
        ("Nine of Westby's 40 soldiers were killed.", "40", "troops"),
        ("Five of the seven candidates arrested on Monday have been charged.", "seven", "detained"),
        ("Uzbeks made up nearly 75 percent of the 470 people killed.", "470", "killed"),
        ("The hospital authority said nine people were sent to hospital.", "nine", "injured"),
        ("Nine opposition leaders are in pre-trial detention.", "Nine", "detained"),
        # A part with a verb of its own keeps it.
        (
            "Police have recaptured more than 200 of the roughly 4,000 inmates who fled.",
            "more than 200",
            "captured",
        ),
        # People still in hospital are injured.
        ("Four people remained in hospital, two of them in serious condition.", "Four", "injured"),
        ("At least 40 people are still in hospital.", "At least 40", "injured"),
        # ... also right after a toll, in a headline or in a list
        ("Toll rises to 40, 61 still in hospital", "61", "injured"),
        ("The toll rose to 40, and 61 people are still in hospital.", "61", "injured"),
        # The point of an abbreviation does not end the clause that names the count.
        (
            "The death toll from Peru's Jan. 12 earthquake has risen to 230,000, the "
            "government said.",
            "230,000",
            "killed",
        ),
    ],
)
def test_kind_from_wire_copy(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("About 1,000 riot police were flown in from neighbouring regions.", "About 1,000"),
        ("Some 5,000 officers were deployed, according to local media.", "Some 5,000"),
        ("The capital has sent some 10,000 extra police officers to the region.", "some 10,000"),
        ("The navy has sent about 90 marines to the island.", "about 90"),
        ("Westby said it was sending about 2,000 marines and a carrier.", "about 2,000"),
        ("Norland said it would send 40 military police officers to the site.", "40"),
        # on duty by what they do
        ("Police said 85 police officers were involved in ensuring public order.", "85"),
        ("About 300 police officers were patrolling the streets of Westby.", "About 300"),
        ("Over 500 law enforcement officers are involved in the operation.", "Over 500"),
        ("Up to 900 officers were involved in the raids.", "Up to 900"),
        # police beside the troops of the same force
        ("The council voted to send 3,500 peacekeepers, including 2,000 troops and 1,500 "
         "police.", "1,500"),
    ],
)  # fmt: skip
def test_police_and_marines_deployed_are_a_force(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] == "troops"
    # (involved in what befell them, they are no force)
    assert one("Two police officers were involved in the crash.", "Two")["kind"] == "other"
    # counted as casualties or as the arrested, they are no force
    assert (
        one("About 1,000 riot police were injured in the clashes.", "About 1,000")["kind"]
        == "injured"
    )


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Six children were in intensive care.", "Six", "children injured (in hospital)"),
        ("At present, 61 persons continue to receive inpatient treatment.", "61",
         "people injured (in hospital)"),
        ("Crews had taken about 350 people to hospital.", "about 350", "people injured"),
        ("The hospital said it had received 37 patients.", "37", "patients injured"),
        # people it took in ill or hurt
        ("The district hospital alone had admitted more than 400 people with symptoms of "
         "heatstroke since Monday.", "more than 400", "people injured"),
    ],
)  # fmt: skip
def test_people_in_care_are_injured(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_patients_are_injured_only_when_taken_in() -> None:
    assert one("The hospital has 300 patients.", "300")["kind"] == "other"
    assert one("The clinic received 30 people for vaccination.", "30")["kind"] == "other"
    body = "Troops were holding around 400 doctors and patients hostage in the hospital."
    assert one(body, "around 400")["kind"] == "hostages"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Of these, 88 bodies have been identified and 187 are yet to be identified, he said.",
         "88", "identified bodies"),
        ("Of these, 88 bodies have been identified and 187 are yet to be identified, he said.",
         "187", "unidentified bodies"),
        ("Eleven of the dead have still not been identified.", "Eleven", "unidentified bodies"),
        ("Of the bodies recovered, 63 could not be identified.", "63", "unidentified bodies"),
        ("The city said 82 bodies remained unidentified as of Friday.", "82",
         "unidentified bodies"),
    ],
)  # fmt: skip
def test_the_dead_counted_by_identification_are_no_toll(
    body: str, figure: str, subject: str
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry["subject"]) == ("other", subject)
    # who they were identified as is a part of the toll
    body = "Officials said four of the dead had been identified as foreign citizens."
    assert one(body, "four")["kind"] == "killed"
    # bodies recovered, then identified, are the toll still
    body = "According to the health agency, 1,240 bodies have been recovered and identified."
    assert one(body, "1,240")["kind"] == "killed"
    body = "Of the 90 bodies recovered, 30 have been identified and 8 are yet to be identified."
    assert [one(body, f)["kind"] for f in ("90", "30", "8")] == ["killed", "other", "other"]


def test_detainees_released_are_a_count_of_their_own() -> None:
    body = "Security forces had detained 475 demonstrators, 322 of whom had since been released."
    assert one(body, "475")["kind"] == "detained"
    freed = one(body, "322")
    assert (freed["kind"], freed["subject"]) == ("other", "people released")


@pytest.mark.parametrize(
    "body",
    [
        "The ministry said 32 children, the youngest aged three, were among those who died.",
        "The ministry said 32 children from the valley were among the dead.",
    ],
)
def test_people_among_the_dead_past_an_aside_are_of_the_toll(body: str) -> None:
    entry = one(body, "32")
    assert (entry["kind"], entry["party"]) == ("killed", "children")


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # security copy's words for the attackers killed
        ("The three militants holding the police station were eliminated.", "three", "killed"),
        ("The three terrorists who carried out the attack were neutralised by the army.",
         "three", "killed"),
        # the suspects a state holds
        ("Westby has said that six suspects, including Ivo Marek, are in its custody.", "six",
         "detained"),
        ("Courts have so far remanded 12 suspects.", "12", "detained"),
        # people whose fate is unknown are missing; residents who left the city, displaced
        ("The fate of 20 people remains unknown, the message reads.", "20", "missing"),
        ("On March 15 and 16, about 30,000 residents left the city in private vehicles.",
         "about 30,000", "displaced"),
        # the next count of a put, named by its people (not "dead and missing": one count)
        ("The ministry put the number of dead at 45 and the wounded at 120.", "120",
         "injured"),
        ("It puts the total number of dead and missing at 1,373.", "1,373", "other"),
        # the injured in care
        ("He said 28 persons were still under treatment at the main hospital.", "28",
         "injured"),
        ("He said 34 were admitted at the military hospital.", "34", "injured"),
        ("At the burns unit 12 patients have been admitted.", "12", "injured"),
        ("Hospitals said 30 patients had been admitted with burns.", "30", "injured"),
    ],
)  # fmt: skip
def test_kinds_named_by_the_words_of_officials(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_a_count_of_countries_is_no_people() -> None:
    assert one("Deaths were recorded in 25 provinces, he said.", "25")["kind"] == "other"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # an aside between the people and their verb: who they were, whose reckoning it is
        ("Twenty-two people, the youngest aged eight, died in the blast.", "Twenty-two",
         "killed"),
        ("At least 6,700 villagers, in the most conservative estimations, were killed.",
         "At least 6,700", "killed"),
        ("Some 40 people, according to the police, were injured in the crush.", "Some 40",
         "injured"),
        ("Some 250 people, villagers and foreign trekkers, are thought to have died there.",
         "Some 250", "killed"),
        ("About 1,100 people, parents and teachers, were held in the gym.", "About 1,100",
         "detained"),
        # an earlier value of the count the sentence before named
        ("The number of people injured has risen to 116, police said. On Tuesday the force "
         "had given the figure as 59.", "59", "injured"),
        # the people of an event a source puts at a figure
        ('Villagers put the dead in their village alone at "between 300 and 400."',
         "between 300 and 400", "killed"),
        ("He was found guilty of murdering 22 people.", "22", "killed"),
        ("He was found guilty of the murder of 22 people.", "22", "killed"),
        # deployed, whatever the next figure's verb; a force's strength after "number of"
        ("The ministry has deployed 1,200 personnel and six helicopters for the transfer of "
         "the injured.", "1,200", "troops"),
        ("The army deployed 140 more soldiers, bringing the number of troops on the streets "
         "to about 1,200.", "about 1,200", "troops"),
    ],
)  # fmt: skip
def test_what_a_figure_counts_in_the_seventeenth_round(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_extra_troops_are_a_rise_and_troops_that_may_be_sent_a_forecast() -> None:
    extra = one("The army deployed 225 extra soldiers to guard stations.", "225")
    assert (extra["party"], extra["subject"]) == ("soldiers", "soldiers (more)")
    body = "The prime minister said up to 3,800 troops could be deployed to guard key sites."
    assert one(body, "up to 3,800")["subject"] == "troops (forecast)"
    body = "Up to 3,800 troops could be made available under the plan, officials said."
    assert one(body, "Up to 3,800")["subject"] == "troops (forecast)"
    assert one("Some 984 soldiers have been deployed.", "Some 984")["subject"] == "soldiers"


def test_a_number_put_at_a_figure_is_of_the_count_its_sentence_named() -> None:
    body = (
        "UN officials said between 35,000 and 50,000 people were stranded on the mountain, but "
        "an official put the number still on the mountain at about 10,000."
    )
    assert one(body, "about 10,000")["kind"] == one(body, "between 35,000 and 50,000")["kind"]
    # the count this sentence named, not the toll of the sentence before
    body = (
        "The UN said tens of thousands were trapped on the mountain. The Pentagon said only "
        "4,000 to 5,000 people remained there after thousands escaped, while the UN still put "
        "the number at 20,000 to 30,000."
    )
    assert one(body, "20,000 to 30,000")["kind"] == one(body, "4,000 to 5,000")["kind"]
    # "the number of militants" names its own count
    body = "Officials put the number of militants at between 300 and 400."
    assert one(body, "between 300 and 400")["kind"] == "fighters"


def test_the_official_count_set_against_a_toll_is_of_that_toll() -> None:
    body = (
        "In Eastby, the worst-hit district, the official count was 1,176, but a member of "
        'Parliament from the district told reporters that "more than 3,000" had died there.'
    )
    assert one(body, "1,176")["kind"] == "killed"
    assert one(body, "more than 3,000")["attribution"]["source"] == (
        "member of Parliament from the district"
    )
    # with no toll set against it, the count stays what it was
    assert one("The official count was 1,176.", "1,176")["kind"] == "other"


def test_countrymen_are_people_and_the_injured_admitted_there_are_in_hospital() -> None:
    # (parties.yaml: countrymen are people, of no side: the toll of everyone)
    body = "The spokesman said that nearly 1,000 of our countrymen were martyred."
    party = one(body, "nearly 1,000")["party"]
    assert read_party(party).key == read_party("people").key
    body = "Officials of the hospital said about 600 injured persons had been admitted there."
    assert one(body, "about 600")["subject"] == "people injured (in hospital)"


def test_a_number_put_at_a_figure_after_a_part_of_a_count_is_of_that_count() -> None:
    body = (
        "Officials said as many as 200,000 people had fled the town. UN officials said between "
        "35,000 and 50,000 of them were stranded on the mountain, but an official put the "
        "number still on the mountain at about 10,000, saying many had slipped away."
    )
    assert one(body, "about 10,000")["kind"] == "displaced"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # a running count told from its first value to the next ones
        ("The toll climbed through the night, from 59 dead reported in the early hours to 120 "
         "by dawn and 151 by midday.", "120", "killed"),
        ("The toll climbed through the night, from 59 dead reported in the early hours to 120 "
         "by dawn and 151 by midday.", "151", "killed"),
        ("Police moved 40 people from 12 villages to 3 camps.", "3", "other"),
        # people among the dead past a figure of where they are from
        ("Twenty-six foreign nationals from 14 countries were among the dead.", "Twenty-six",
         "killed"),
        # "They included ...": parts of the count before
        ("Twenty-six foreigners were among the dead, the ministry said. They included five "
         "Iranians and two Japanese.", "five", "killed"),
        ("They include 40 schools.", "40", "other"),
        # ... also past a sentence about the dead that counts none of them
        ("The toll has risen to 31 dead. The victims are of 16 nationalities. They include "
         "seven Norlandians and five Veylanders.", "five", "killed"),
        # (not past one about others)
        ("The toll has risen to 31 dead. The hotel had 120 rooms. They include seven suites.",
         "seven", "other"),
    ],
)  # fmt: skip
def test_values_and_parts_of_a_count_named_before(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_the_parts_they_included_are_the_speaker_s_of_the_count() -> None:
    body = (
        "Twenty-six foreigners were among the dead, the ministry said. They included five "
        "Iranians and two Japanese."
    )
    assert one(body, "two")["attribution"]["source"] == "ministry"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        # a part of the toll right after it
        ("Twenty-three of the 49 people killed in the attack were islanders, the governor's "
         "office said.", "Twenty-three", "people killed (among them)"),
        # a part of "those killed" this sentence names, not of the count of the sentence before
        ("The group mourned the 49 people murdered at the club, and the 53 who were wounded. "
         "More than 90 percent of those killed were young, and more than 30 were islanders.",
         "more than 30", "people killed (among them)"),
        # a fate of its own
        ("Five of the seven candidates arrested on Sunday have been charged.", "Five", "figure"),
        # officers who responded to the scene: a force
        ("More than 100 officers from the city police responded to the scene.", "More than 100",
         "officers"),
    ],
)  # fmt: skip
def test_parts_of_a_toll_named_in_their_sentence(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_officers_who_responded_are_a_force() -> None:
    body = "More than 100 officers from the city police responded to the scene."
    assert one(body, "More than 100")["kind"] == "troops"


def test_people_among_them_after_a_count_are_a_part_of_it() -> None:
    body = (
        "The committee said the number of dead has reached 87 persons, among them 17 persons "
        "who died inside the square."
    )
    assert one(body, "17")["subject"] == "people killed (among them)"
    # a part named by its people keeps its party's subject
    body = "At least 40 people were killed, among them 12 children."
    assert one(body, "12")["subject"] == "children killed"


def test_officers_assigned_and_a_part_of_them_are_a_force() -> None:
    body = "Police had assigned 137 officers to the area, but only 58 of them were on duty."
    assert one(body, "137")["kind"] == "troops"
    assert one(body, "58")["subject"] == "officers (among them)"
    # a part of a force with a fate of its own is counted so
    body = "About 500 soldiers were deployed, and 20 of them were wounded."
    assert one(body, "20")["kind"] == "injured"


def test_such_is_no_party() -> None:
    body = "The rights group said it had documented at least 40 such killings."
    assert one(body, "at least 40").get("party") is None


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # the figure's own passive verb, not the verb of the clause before
        ("In 2012 more than 100 people were killed and some 140,000 were driven from their "
         "homes.", "some 140,000", "displaced"),
        ("Gunmen abducted 5 people from their homes.", "5", "hostages"),
        # an accusation is no event of the people counted
        ("Police said they had detained 11 boatmen accused of charging refugees for the "
         "crossing.", "11", "detained"),
        ("Ten men accused of the killings were arrested.", "Ten", "detained"),
        ("Security forces have killed 18 suspected militants after a series of attacks.", "18",
         "killed"),
    ],
)  # fmt: skip
def test_a_figure_s_own_verb_past_what_stands_between(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("The mayor said 66 people were still being treated and 20 remained in critical care.",
         "20", "people injured (critically)"),
        ("The mayor said 66 people were still being treated and 20 remained in critical care.",
         "66", "people injured (in hospital)"),
        ("Officials said 75 people had been admitted to hospital, 23 of them in critical care.",
         "23", "people injured (critically)"),
    ],
)  # fmt: skip
def test_the_injured_in_critical_care_and_still_treated_are_parts(
    body: str, figure: str, subject: str
) -> None:
    assert one(body, figure)["subject"] == subject


def test_people_taken_to_hospitals_are_injured() -> None:
    body = "The ambulance service said it had taken 59 people to hospitals and treated 60 more."
    assert one(body, "59")["kind"] == "injured"
    # being treated
    body = "Hospitals in Port Elin were treating 117 people, the health department said."
    assert one(body, "117")["kind"] == "injured"


@pytest.mark.parametrize(
    ("title", "figure", "kind"),
    [
        ("Eight men in custody as injured toll rises to 116", "116", "injured"),
        ("Wounded toll climbs to 40 after blast", "40", "injured"),
        ("Quake death toll rises to 2,053", "2,053", "killed"),
        # ... or the cue the toll is "of": a toll of the injured is no death toll
        ("Toll of injured in Port Elin blast reaches 412", "412", "injured"),
        ("The toll of the wounded rose to 412 on Monday", "412", "injured"),
        ("The toll of the dead rose to 412 on Monday", "412", "killed"),
    ],
)
def test_the_cue_before_a_toll_names_its_people(title: str, figure: str, kind: str) -> None:
    body = f"{title}\n\nPolice said more details would follow."
    assert one(body, figure, title=title)["kind"] == kind


@pytest.mark.parametrize(
    ("title", "figure", "kind"),
    [
        # no count noun: the people the verb's subject names, however long it is
        ("Norlandic pilgrims killed in Eastmark crush rise to 412", "412", "killed"),
        ("Dead in Port Elin ferry sinking rises to 412", "412", "killed"),
        ("People hurt in the Port Elin blast climb past 412", "412", "injured"),
        # a headline's plural toll ("toll ... rise to")
        ("Death toll in Port Elin crush rise to 412", "412", "killed"),
    ],
)
def test_a_count_s_subject_before_its_verb_of_change(title: str, figure: str, kind: str) -> None:
    body = f"{title}\n\nOfficials said more details would follow."
    assert one(body, figure, title=title)["kind"] == kind
    # Without a cue in the subject, the value is of no event.
    other = "Ticket prices in the Port Elin ferry terminal rise to 412"
    assert one(f"{other}\n\nMore soon.", "412", title=other)["kind"] == "other"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        # "dead" is the state of the people a role names, not a noun before their verb
        ("The victims' association counts 174 dead hostages, including those who died later.",
         "174"),
        # the people of the count, then their death in a relative clause
        ("The number of hostages who died after the storming rose to 118 on Sunday.", "118"),
        ("The number of prisoners who had been killed rose to 40.", "40"),
    ],
)  # fmt: skip
def test_a_role_s_people_dead_are_killed(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] == "killed"
    # Those the role names who were freed are no toll of the dead.
    assert one("The number of hostages who were freed rose to 40.", "40")["kind"] != "killed"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("Norland has about 2,500 service members in the country.", "about 2,500"),
        ("The mission has 16,000 blue helmets in the country.", "16,000"),
        ("A battalion of 500 marines landed at dawn.", "500"),
    ],
)
def test_a_force_s_other_names_are_troops(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] == "troops"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Police said 12 assailants were involved.", "12", "assailants"),
        ("Some 5,000 mercenaries fight alongside the army.", "Some 5,000", "mercenaries"),
        # a verb in the present or past ends the noun: the fighters, not their deed
        ("An estimated 1,000 rebels hold the town.", "An estimated 1,000", "rebels"),
        ("A band of 20 attackers opened fire.", "20", "attackers"),
    ],
)
def test_an_armed_group_s_fighters(body: str, figure: str, subject: str) -> None:
    found = one(body, figure)
    assert (found["kind"], found["subject"]) == ("fighters", subject)


def test_labels_and_bracketed_parts_of_a_toll() -> None:
    body = "Dead: 45. Injured: 120. Missing: 12."
    assert [one(body, f)["kind"] for f in ("45", "120", "12")] == ["killed", "injured", "missing"]
    body = "The blast killed 45 people (including 12 children) and injured 120."
    assert one(body, "12")["subject"] == "children killed"
    # (a colon after a speaker's verb is no label)
    assert one("The ministry said: 45 people died.", "45")["attribution"]["source"] == "ministry"


def test_and_a_verb_with_its_object_ends_the_counted_noun() -> None:
    body = "The fighting killed 30 people and forced thousands to flee."
    assert one(body, "30")["subject"] == "people killed"
    assert one(body, "thousands")["subject"] == "people displaced"
    body = "Courts have convicted 40 people and sentenced them to prison terms."
    assert one(body, "40")["subject"] == "people"
    # ... and a verb in the present with its object
    body = "Police release 388 names and urge those who are safe to come forward."
    assert one(body, "388")["subject"] == "names"
    assert one("About 40 men and women were killed.", "About 40")["subject"] == (
        "men and women killed"
    )


def test_a_dotted_abbreviation_does_not_end_the_counted_noun() -> None:
    found = one("Five U.S. service members were wounded in the attack.", "Five")
    assert (found["kind"], found["subject"]) == ("injured", "U.S. service members injured")
    found = one("Twelve U.N. peacekeepers were killed on Monday.", "Twelve")
    assert found["kind"] == "killed"
    # ... nor is a point that ends the sentence read into it
    assert one("A strike killed 40 people in the U.S. Nobody else died.", "40")["kind"] == "killed"


@pytest.mark.parametrize(
    "figure", ["Around 30-40", "Some 30\u201340", "About 30 to 40", "At least 30 to 40"]
)
def test_a_hedged_range_is_a_figure(figure: str) -> None:
    found = one(f"{figure} people were killed in the clashes.", figure)
    assert found["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "figure", "best"),
    [
        ("Over 1.5 lakh people were evacuated from the coast.", "Over 1.5 lakh", 150_000),
        ("The toll is 1,23,456, officials said.", "1,23,456", 123_456),
        ("Some 2 crore people live in the state.", "Some 2 crore", 20_000_000),
        ("Some 1,2 million people fled the fighting.", "Some 1,2 million", 1_200_000),
    ],
)
def test_lakhs_and_crores_are_read_whole(body: str, figure: str, best: int) -> None:
    assert one(body, figure)["best"] == best


def test_it_had_reached_is_the_toll_the_clause_before_named() -> None:
    body = "On Tuesday, the toll stood at 12; by Wednesday it had reached 20."
    assert one(body, "20")["kind"] == "killed"


def test_a_toll_a_source_gave_as_a_figure() -> None:
    body = "The toll, which the ministry gave as 45, is disputed by activists."
    assert one(body, "45")["kind"] == "killed"


def test_translated_agency_idioms_of_a_toll() -> None:
    # "got" is a verb, no word of the people's party
    found = one("Eight servicemen got wounds in the shelling.", "Eight")
    assert (found["kind"], found["subject"]) == ("injured", "servicemen injured")
    # a life claimed is a death, not a place's people
    assert one("The fire claimed the life of 9 people.", "9")["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("About 300 rebels surrendered to government forces.", "About 300"),
        ("Some 1,500 fighters laid down their arms.", "Some 1,500"),
        ("More than 200 militants have turned themselves in.", "More than 200"),
        ("The army said 40 insurgents gave themselves up.", "40"),
    ],
)
def test_fighters_who_gave_themselves_up_surrendered(body: str, figure: str) -> None:
    # no one captured them: a kind of their own, as the gold annotations count them
    assert one(body, figure)["kind"] == "surrendered"
    assert one("The army captured 40 insurgents.", "40")["kind"] == "captured"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The prison agency said 93 inmates escaped on Sunday night.", "93"),
        ("Gunmen stormed the jail and 200 prisoners broke out.", "200"),
        ("At least 50 detainees escaped from the prison overnight.", "At least 50"),
    ],
)
def test_prisoners_who_broke_out(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] == "prisoners"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # they fled a town: displaced, not a breakout
        (
            "More than 500 refugees who escaped from the town were registered.",
            "More than 500",
            "displaced",
        ),
        ("Some 2,000 refugees escaped across the border.", "Some 2,000", "displaced"),
        # escaping harm is no escape from anyone
        ("All 30 passengers escaped unhurt.", "All 30", "other"),
    ],
)
def test_escaping_a_town_or_harm_is_no_breakout(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_the_number_that_names_no_event_is_the_count_before() -> None:
    body = (
        "The prison agency said 93 inmates escaped. But the police chief told local radio the"
        " number was closer to 140."
    )
    entry = one(body, "140")
    assert (entry["kind"], entry["subject"]) == ("prisoners", "inmates escaped")
    body = "The ministry said 40 people were killed. Residents said the real figure was 60."
    assert one(body, "60")["kind"] == "killed"
    # with no count before, a bare "the number" is of nothing
    assert one("Officials said the number was 60.", "60")["kind"] == "other"
    # ... a quoted value is one too
    body = 'Police said 93 inmates escaped. The governor said the number was "closer to 140".'
    assert one(body, "140")["kind"] == "prisoners"


def test_the_number_on_board_after_a_toll_counts_those_aboard() -> None:
    body = (
        "More than 70 people are still missing, the charity said. The coastguard has put the "
        "number on board at about 75."
    )
    assert one(body, "about 75")["subject"] == "people aboard"


def test_the_real_number_after_a_count_of_people_aboard_counts_them_again() -> None:
    body = (
        "According to the passenger list, 44 passengers were on board. But the police said"
        ' more people had boarded along the way, and that the real number was "close to 50".'
    )
    assert one(body, "close to 50")["subject"] == "passengers aboard"
    # a count of people aboard followed by a toll: the toll is the count before
    body = (
        "The bus carried 44 passengers, and 12 people were killed. Residents said the real"
        " number was 20."
    )
    assert one(body, "20")["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        ("A local official said at least 100 pupils were seized.", "at least 100", "hostages"),
        ("Bandits seized 40 villagers and 12 women.", "12", "hostages"),
        ("Gunmen captured 25 passengers from a bus.", "25", "hostages"),
        # fighters are captured; escaped prisoners recaptured
        ("Troops captured 30 rebels.", "30", "captured"),
        ("Police recaptured 21 of the inmates.", "21", "captured"),
    ],
)
def test_civilians_seized_are_hostages(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_asylum_seekers_are_displaced() -> None:
    assert one("The agency registered 45,000 asylum seekers.", "45,000")["kind"] == "displaced"
    # ("threw" is their verb, no word of the crowd's)
    found = one("Police took cover as 300 protesters threw stones.", "300")
    assert (found["kind"], found["subject"]) == ("crowd", "protesters taking part")


def test_people_apprehended_are_detained() -> None:
    assert one("Security forces apprehended 25 suspects.", "25")["kind"] == "detained"


def test_people_in_captivity_are_hostages() -> None:
    assert one("About 50 people remain in captivity.", "About 50")["kind"] == "hostages"
    assert one("Some 40 villagers were taken captive.", "Some 40")["kind"] == "hostages"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The country has more than 8,000 prisoners on death row.", "more than 8,000"),
        ("The court handed down 7 death sentences on Monday.", "7"),
        ("Some 30 people face the death penalty.", "Some 30"),
        ("A court sentenced 12 people to death.", "12"),
        ("The court condemned five men to death for the bombing.", "five"),
    ],
)
def test_a_death_penalty_is_no_toll(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] != "killed"
    # (those put to death by others are dead)
    assert one("Rioters beat 3 policemen to death.", "3")["kind"] == "killed"


def test_bodies_that_could_not_be_identified_as_they_were_burnt() -> None:
    body = (
        "The bodies of 53 victims, which could not be identified as they were burnt, will be "
        "buried on Tuesday."
    )
    assert one(body, "53")["subject"] == "unidentified bodies"
    # ("identified as" who they were is still the toll's)
    assert one("Twelve of the dead were identified as Norlanders.", "Twelve")["kind"] == "killed"


def test_people_who_lose_their_lives_are_dead_people() -> None:
    # the verb is the cue, not words of the people's party
    found = one("Twelve people lose their lives as bus plunges into gorge", "Twelve")
    assert (found["kind"], found["subject"]) == ("killed", "people killed")


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        ("Twelve protesters were beaten by police.", "Twelve", "injured"),
        ("Police beat up 30 demonstrators.", "30", "injured"),
        # beaten to death, or beaten and then killed: the dead
        ("Three men were beaten to death.", "Three", "killed"),
        ("Three men were beaten and stabbed to death.", "Three", "killed"),
    ],
)
def test_people_beaten_are_injured(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_people_who_succumbed_to_their_injuries_are_dead() -> None:
    body = "Hospital sources said 19 people succumbed to their injuries on Monday."
    assert one(body, "19")["kind"] == "killed"
    assert one("Another 19 succumbed to their wounds in hospital.", "19")["kind"] == "killed"


def test_people_sheltered_in_camps_are_displaced() -> None:
    body = "More than 23,000 people sheltered in army camps on Monday."
    assert one(body, "More than 23,000")["kind"] == "displaced"
    assert (
        one("About 5,000 people are sheltering in schools.", "About 5,000")["kind"] == "displaced"
    )
    body = "The police spoke of about 2,000 evacuees."
    assert one(body, "about 2,000")["kind"] == "displaced"


def test_a_toll_s_noun_is_shared_by_no_force_after_it() -> None:
    body = "Violence: toll rises to 42, over 7,000 personnel on the ground"
    assert one(body, "over 7,000")["kind"] == "troops"
    # a verb is: "killed 12 civilians, 40 soldiers and three police"
    body = "Gunmen killed 12 civilians, 40 soldiers and three police."
    assert one(body, "40")["kind"] == "killed"


def test_a_state_followed_by_a_time_is_the_figures_own() -> None:
    # "missing| more than two weeks after": the next figure is a time, no object of the cue.
    body = "Up to 1,100 people remain unaccounted for more than two weeks after the fire."
    assert one(body, "Up to 1,100")["kind"] == "missing"
    body = "About 900 people remain missing two weeks after the floods."
    assert one(body, "About 900")["kind"] == "missing"
    # A verb whose object is the next figure is still that figure's event.
    body = "Three attackers armed with rifles killed 41 people."
    assert one(body, "Three")["kind"] != "killed" and one(body, "41")["kind"] == "killed"


def test_a_death_sentence_kills_no_one() -> None:
    # A verdict is no toll: it must never be set against the attack's dead.
    body = "A court sentenced five men to prison and 15 were sentenced to death on Monday."
    assert one(body, "15")["kind"] != "killed"
    body = "Six militants were condemned to death for the attack that killed 40 people."
    assert one(body, "Six")["kind"] != "killed" and one(body, "40")["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # The head of "X of Y" is X: servicemen of the internal troops are troops, whatever
        # the words after "of".
        ("More than 3,000 servicemen of the internal troops and militia officers are "
         "patrolling the metro.", "More than 3,000", "troops"),
        ("About 200 fighters of the rebel army attacked the town.", "About 200", "fighters"),
        # No force in the head: the words after "of" decide.
        ("Some 400 members of the militia are in the town.", "Some 400", "fighters"),
        # A head that names the state's force, with words before it that name irregulars:
        # theirs ("a rebel force"); a word against irregulars names none ("anti-rebel").
        ("A 500-strong rebel force attacked the town.", "500", "fighters"),
        ("Some 2,000 militia forces joined the offensive.", "Some 2,000", "fighters"),
        ("About 900 anti-rebel troops moved in.", "About 900", "troops"),
        ("The 12,000-strong peacekeeping force will leave.", "12,000", "troops"),
        ("Half of the 3,000-strong garrison was wounded.", "3,000", "troops"),
    ],
)  # fmt: skip
def test_a_force_s_kind_is_its_head_noun_s_before_of(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        ("Officials said 27 terrorists were destroyed in the special operation.", "27",
         "killed"),
        ("The service said 50 militants, including 18 women, were eliminated.", "50",
         "killed"),
        ("Government forces destroyed 30 militants near the border.", "30", "killed"),
        ("As a result, 30 members of the illegal armed groups were neutralized.", "30",
         "killed"),
        ("The ministry denied the alleged loss of 200 servicemen by the army.", "200",
         "killed"),
        ("The loss of 300 jobs hit the town.", "300", "other"),
        # said of things, no one is killed
        ("The strike destroyed 200 houses.", "200", "other"),
    ],
)  # fmt: skip
def test_a_force_destroyed_or_eliminated_is_killed(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_a_list_of_people_is_the_counted_noun_up_to_its_verb() -> None:
    body = "More than 1,100 pupils, parents and teachers were held hostage by gunmen."
    found = one(body, "More than 1,100")
    assert (found["kind"], found["party"]) == ("hostages", "pupils, parents and teachers")
    # a list that goes on to a speaker, a number or a verb is none
    assert one("Gunmen killed 12 soldiers, police said.", "12")["party"] == "soldiers"
    assert one("They killed 5 soldiers, wounded 30 and captured 4.", "5")["party"] == "soldiers"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # held by a force named after a modifier
        ("Mourners gathered at the school, where more than 1,100 pupils were held for three "
         "days by Eastmark-led militants.", "more than 1,100", "hostages"),
        # a force's size given after it, between commas
        ("The gunmen, estimated at about 40 before the raid, had threatened to blow up the "
         "building.", "about 40", "fighters"),
        ("The rebels, thought to number 300, fled.", "300", "fighters"),
        # people freed by those who held them, in a report of a siege
        ("Gunmen seized the theatre and took hundreds of hostages. They released 39 people, "
         "among them children, on Thursday.", "39", "hostages"),
        # not in a report of hostages; nor people who came back of their own accord
        ("Flood waters rose. Officials released 39 people from the shelter.", "39", "other"),
        ("Gunmen took hostages at the border. Only 39 people have returned.", "39", "other"),
        # held by the group a pronoun names, in a report of an abduction; not otherwise
        ("Gunmen seized pupils at a school. The group claimed the kidnapping, saying it held "
         "more than 500 boys.", "more than 500", "hostages"),
        ("The fund said it held 500 shares.", "500", "other"),
    ],
)  # fmt: skip
def test_people_held_by_or_freed_from_an_armed_group(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Around 100 commandos backed by armoured vehicles took part in the operation.",
         "troops"),
        ("About 2,000 police officers took part in the raid.", "troops"),
        # there on duty
        ("The union said only 50 gendarmes had been inside the arena.", "troops"),
        ("Some 40 police officers were on hand.", "troops"),
        ("Some 40 spectators were on hand.", "crowd"),
        ("About 2,000 people took part in the rally.", "crowd"),
        # a force that fled is the force's count, no one displaced
        ("About 80 fighters fled across the river.", "fighters"),
        ("About 2,000 soldiers fled to the next town.", "troops"),
        ("About 80 villagers fled across the river.", "displaced"),
    ],
)  # fmt: skip
def test_a_state_force_that_took_part_is_a_force_not_a_crowd(body: str, kind: str) -> None:
    assert claims(body)[0]["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        # A crowd's verb in the present, as headlines put it: the people gathering, not the
        # killing they gather over, and the verb is no party ("Rally killed").
        ("Thousands Rally In Port Elin After Killing Of Former Commander", "Thousands", "crowd",
         None),
        ("Hundreds of miners march on the capital after the deaths of 12 colleagues",
         "Hundreds", "crowd", "miners"),
        ("Thousands protest killing of journalist in Westby", "Thousands", "crowd", None),
        ("As some 5,000 rally outside parliament, police detained 30.", "some 5,000", "crowd",
         None),
        # The figure of another clause keeps its event; a verb-like noun after an object is no
        # crowd's verb.
        ("12 killed as thousands rally in the capital", "12", "killed", None),
        ("Police arrested 12 protest leaders.", "12", "detained", "protest leaders"),
        ("12 protest leaders were arrested on Monday.", "12", "detained", "protest leaders"),
    ],
)  # fmt: skip
def test_crowd_verbs_in_the_present(body: str, figure: str, kind: str, party: str | None) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party")) == (kind, party)


def test_it_is_the_toll_named_just_before() -> None:
    # "put it at", "raised it to": the toll of the sentence before, and the next value of the
    # count with its verb elided ("and to 55"); an adverb after a figure names no one.
    body = (
        "The toll climbed throughout Thursday. The county put it at 36 on Wednesday night, "
        "raised it to 53 on Thursday afternoon and to 55 shortly before midnight."
    )
    found = {entry["figure"]: entry for entry in claims(body)}
    assert [found[f]["kind"] for f in ("36", "53", "55")] == ["killed"] * 3
    assert found["55"].get("party") is None
    # "it" with no toll just before it is no toll.
    assert one("The meeting ran late. He put it at 30 votes.", "30")["kind"] == "other"
    # An elided verb carries only a toll's count: "to 3 villages and to 5 towns" are places.
    body = "The army sent 200 troops to 3 villages and to 5 towns."
    assert one(body, "5")["kind"] == "other"


def test_an_elided_verb_carries_the_count() -> None:
    entry = one("The toll rose to 36 on Wednesday and to 55 on Thursday.", "55")
    assert entry["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "listed"),
    [
        # a running count's values told as a list, its verb elided after the first
        (
            "The toll has been revised again and again. Officials first reported 40 dead, "
            "then 60, 93 and 115 by the evening of 3 May, and 137 the following day.",
            ("60", "93", "115", "137"),
        ),
        (
            "The agency said the toll, which had stood at 38 in the early morning and 73 by "
            "midday, was expected to rise.",
            ("73",),
        ),
        (
            "On Saturday police had put the number of dead at 20, and by nightfall at least "
            "30, as rescuers dug through the rubble.",
            ("at least 30",),
        ),
    ],
)
def test_the_values_of_a_running_count_listed_are_the_count_s(
    body: str, listed: tuple[str, ...]
) -> None:
    found = {entry["figure"]: entry["kind"] for entry in claims(body)}
    assert [found[figure] for figure in listed] == ["killed"] * len(listed)


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        # "from A on <day> to B": a date between the two values
        ("The toll rose from 84 on 18 March to 242 three days later.", "242"),
        # "to B the next day": a time after the value is no noun of it
        (
            "The toll rose quickly, from about 1,000 on the night of 25 April to 2,500 the "
            "next day.",
            "2,500",
        ),
        # a toll told place by place, its verb elided after the first
        (
            "Another 19 people were killed on the terrace of the Norland Cafe in the 11th "
            "district, 15 at the Westby bar and five at the Eastby pizzeria, police said.",
            "15",
        ),
        (
            "Another 19 people were killed on the terrace of the Norland Cafe in the 11th "
            "district, 15 at the Westby bar and five at the Eastby pizzeria, police said.",
            "five",
        ),
        # ... or day by day
        ("The attack killed 12 soldiers on Monday, and 40 on Tuesday, the army said.", "40"),
    ],
)
def test_the_next_value_or_place_of_a_toll_with_its_verb_elided(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "figure", "source"),
    [
        # another count's value set beside the toll just named: of its kind, and its owner's
        (
            "The avalanche killed 22 people, according to the climbers' association, although "
            "the ministry's official list still gives 19.",
            "19",
            "ministry",
        ),
        (
            "The blast killed 30 people, police said, though the hospital's count shows 28.",
            "28",
            "hospital",
        ),
    ],
)
def test_another_count_s_value_beside_a_toll_is_the_toll_s_and_its_owner_s(
    body: str, figure: str, source: str
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry["attribution"]["source"]) == ("killed", source)


def test_people_among_the_toll_right_after_them_are_a_part_of_it() -> None:
    found = {
        e["figure"]: e for e in claims("Twelve foreigners were among the 57 dead, police said.")
    }
    assert (found["Twelve"]["kind"], found["Twelve"]["party"]) == ("killed", "foreigners")
    # the toll keeps its own people
    assert (found["57"]["kind"], found["57"].get("party")) == ("killed", None)
    # things among things are no people
    assert one("Three houses were among the 40 destroyed.", "Three")["kind"] == "other"
    # a headline drops the verb and the article
    found = {e["figure"]: e for e in claims("Officials say 4 nurses among 31 killed in raid")}
    assert (found["4"]["kind"], found["4"]["party"]) == ("killed", "nurses")
    assert (found["31"]["kind"], found["31"].get("party")) == ("killed", None)


def test_a_count_s_value_named_before_its_verb_is_read_takes_its_kind() -> None:
    # "killed| 300": the verb before the count is read after the figure that took its value
    body = "The quake killed 300 people; the official tally puts the number at 280."
    assert one(body, "280")["kind"] == "killed"


def test_a_time_after_a_figure_is_not_its_noun() -> None:
    entry = one("Organisers counted 400 marchers on Monday and 300 the next day.", "300")
    assert "day" not in entry["subject"]


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        # a bare figure after a toll's is no value of it where nothing makes a list of them
        ("The quake killed 300 people, and then 40 aftershocks shook the town.", "40"),
        ("The attack killed 12 soldiers, and 40 more shells hit the town on Tuesday.", "40"),
    ],
)
def test_a_bare_figure_after_a_toll_is_not_listed_without_a_list(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] != "killed"


def test_another_side_s_count_with_its_verb_elided() -> None:
    body = "The clashes killed 36 people on the Eastmark side and 19 on the Westby side."
    assert one(body, "19")["kind"] == "killed"


def test_one_named_in_an_aside_with_a_verb_of_its_own_shares_no_toll() -> None:
    body = (
        "Nine of them were killed and one, identified as Ivan Petrov, a Norland national, "
        "was captured alive, the agency reported."
    )
    assert [entry["kind"] for entry in claims(body) if entry["figure"] == "one"] != ["killed"]


def test_a_sentence_that_opens_on_the_total_counts_the_toll_just_named() -> None:
    # "The total of 1,044": the count of the deaths the sentence before broke down.
    body = (
        "The ministry said 610 Eastmarkers and 232 Westbians were killed in the riots. "
        "The total of 842 is higher than the figures given by the province."
    )
    assert one(body, "total of 842")["kind"] == "killed"
    body = "Rescuers found 40 bodies on Monday and 12 on Tuesday. This figure of 52 may rise."
    assert one(body, "52")["kind"] == "killed"
    # With no toll before it, a total is of nothing named; "The 12 wounded" names its own.
    assert one("The meeting ran late. The total of 30 was a record.", "total of 30")["kind"] == (
        "other"
    )
    body = "Five people died on Monday. The 12 wounded were taken to hospital."
    assert one(body, "12")["kind"] == "injured"
    body = "Doctors said 900 were wounded. The figure of 130 dead is a minimum, they said."
    assert one(body, "130")["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "figures", "kind", "party"),
    [
        ("Witnesses said 40, perhaps 50, people were killed.", ("40", "50"), "killed", None),
        (
            "Witnesses said 40, and possibly 60, soldiers were killed.",
            ("40", "60"),
            "killed",
            "soldiers",
        ),
        # "if not": with commas or without
        ("Dozens, if not hundreds, of people were killed.", ("Dozens", "hundreds"), "killed", None),
        (
            "Hundreds if not thousands of people were displaced.",
            ("Hundreds", "thousands"),
            "displaced",
            None,
        ),
        (
            "Police said 40, or even 50, protesters were detained.",
            ("40", "50"),
            "detained",
            "protesters",
        ),
        (
            "Claims that more than 80, or even several hundred, bodies had been taken "
            "from the hall could not be confirmed.",
            ("more than 80", "several hundred"),
            "killed",
            None,
        ),
    ],
)
def test_a_second_guess_between_commas_shares_the_noun_after_it(
    body: str, figures: tuple[str, str], kind: str, party: str | None
) -> None:
    for figure in figures:
        entry = one(body, figure)
        assert (entry["kind"], entry.get("party")) == (kind, party)


def test_the_number_of_victims_is_the_dead() -> None:
    body = "Officials said 38 people died. Activists said the number of victims reached 250 people."
    assert one(body, "250")["kind"] == "killed"
    assert one("The number of victims rose to 48.", "48")["kind"] == "killed"
    # Not the injured the sentence names as such.
    body = "The number of victims taken to hospital rose to 48."
    assert one(body, "48")["kind"] == "injured"


@pytest.mark.parametrize(
    ("body", "figure", "party"),
    [
        ("The Westbians, who number about 400,000 in Port Elin, fear more attacks.",
         "about 400,000", "Westbians"),
        ("The community, which numbers around 700,000 in the city, lives in two enclaves.",
         "around 700,000", None),
        ("The Westbians of Port Elin, a community of roughly 300,000, live apart.",
         "roughly 300,000", None),
        # Those left of a town's people, not its population
        ("According to the city council, about 280,000 people remain in the city.",
         "about 280,000", "remaining residents"),
        # a population given by a clause about it, by a time between, by who puts it at
        ("The population of Westby, which was about 120,000 before the war, fled.",
         "about 120,000", None),
        ("According to the mayor, its population before the conflict was about 7,000.",
         "about 7,000", None),
        ("The authorities put the population at about 120,000, a figure widely repeated.",
         "about 120,000", None),
    ],
)  # fmt: skip
def test_how_many_a_people_number_is_a_population(
    body: str, figure: str, party: str | None
) -> None:
    entry = one(body, figure)
    assert entry["kind"] == "population"
    if party is not None:
        assert entry["party"] == party


def test_a_force_counted_with_its_vehicles_is_the_force() -> None:
    body = "The border service said Norland had moved up to 1,200 troops and armoured vehicles."
    entry = one(body, "up to 1,200")
    assert (entry["kind"], entry["party"]) == ("troops", "troops")
    # Things counted first are things.
    assert one("The army moved 40 tanks and troops to the border.", "40")["kind"] == "other"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # A share of them between the people and their verb
        ("More than 270 people, about half of them children, died in the siege.",
         "More than 270", "killed"),
        ("Forty people, a third of them women, were injured.", "Forty", "injured"),
        # Official copy's words for the dead
        ("Two police officers laid down their lives in the line of duty.", "Two", "killed"),
        ("The families sat with 64 coffins on the road.", "64", "killed"),
    ],
)  # fmt: skip
def test_more_ways_news_counts_the_dead(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        ("The minister said 24 militants had been detained, among them several wounded.", "24",
         "captured"),
        ("Officials said 40 terrorists were killed and two terrorists were detained.", "two",
         "captured"),
        # Protesters, soldiers, suspects detained are detained
        ("Police detained 30 protesters.", "30", "detained"),
        ("Three soldiers were detained.", "Three", "detained"),
        ("Three suspected militants were killed and 140 others arrested.", "140", "detained"),
        # Armed people are a force, whatever people they are
        ("A police official said around 45 armed Westbians had taken positions inside.",
         "around 45", "fighters"),
        ("On Friday, 36 armed Eastmarkers took more than 700 people hostage.", "36", "fighters"),
        ("About 200 armed villagers attacked the post.", "About 200", "fighters"),
        ("The army destroyed 12 armed vehicles.", "12", "other"),
    ],
)  # fmt: skip
def test_fighters_taken_alive_are_captured_and_armed_people_are_fighters(
    body: str, figure: str, kind: str
) -> None:
    assert one(body, figure)["kind"] == kind


def test_a_country_in_a_compound_owns_no_population() -> None:
    body = "A Norway-led military alliance has sent a force to the nation of 9 million."
    entry = one(body, "9 million")
    assert (entry["kind"], entry.get("party")) == ("population", None)
    assert one("Norway, a country of 5 million people, mourned.", "5 million")["party"] == "Norway"


def test_put_the_number_on_board_at_a_figure_with_no_toll_before_it_is_read() -> None:
    # (`_PUT_NUMBER_THERE_AT` has no "it" group: reading it raised IndexError and stopped
    # the whole extraction.)
    body = (
        "An adviser to the minister said the plane had been hit at 10,000 metres. His post, "
        "quoted by agencies within minutes of the crash, put the number on board at 280 "
        "passengers and 15 crew."
    )
    assert {e["figure"] for e in claims(body)} >= {"280", "15"}


def test_the_estimate_of_a_figure_is_of_the_count_named_before() -> None:
    body = (
        "Police confirmed that 64 people died in the fire in Westby.\n\n"
        "The search of its 24 floors has been completed.\n\n"  # (no toll: a count of floors)
        "The final figure is lower than the estimate of about 75 given by police in June."
    )
    entry = one(body, "about 75")
    assert (entry["kind"], entry.get("party")) == ("killed", None)


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        (
            "Police confirmed that 64 people died in the fire in Westby.\n\nThe search has "
            "ended. The 64 include a baby who was stillborn in hospital.",
            "64",
            "killed",
            None,
        ),
        (
            "The authorities arrested nine Norlandic sailors on Monday.\n\nAll nine have spent "
            "the past six months in detention.",
            "All nine",
            "detained",
            "Norlandic sailors",
        ),
        # (no count of that value before: a value alone says nothing)
        ("The search has ended. The 64 include a baby.", "64", "other", None),
    ],
)  # fmt: skip
def test_a_count_called_by_its_value_alone_is_the_count_named_before(
    body: str, figure: str, kind: str, party: str | None
) -> None:
    found = [e for e in claims(body) if e["figure"] == figure][-1]
    assert (found["kind"], found.get("party")) == (kind, party)


def test_a_toll_told_from_its_first_value_far_from_its_verb_is_the_toll() -> None:
    body = (
        "Police said 64 people died in the Westby fire.\n\n"
        "The toll rose steadily in the days after the fire on 14 June, from six on the first "
        "day to 30 by the Friday and 58 by the Saturday."
    )
    found = {e["figure"]: e["kind"] for e in claims(body)}
    assert (found["six"], found["30"], found["58"]) == ("killed", "killed", "killed")
    # ("rose to 30 from 12": the 12 is the value before the change, read with the 30)
    assert one("The death toll rose to 30 from 12.", "12")["kind"] == "killed"


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("Most of the deaths were in Eastmark province, where the ministry counted 394.", "394",
         "killed"),
        ("Of the injured, hospitals in the province recorded 120.", "120", "injured"),
        # (a count with a noun of its own keeps it)
        ("The quake killed 40 in Westby, where officials counted 300 homes destroyed.", "300",
         "other"),
        # (no toll named before it in the sentence: nothing to be a value of)
        ("The ministry counted 394 on Monday.", "394", "other"),
    ],
)  # fmt: skip
def test_a_number_alone_that_someone_counted_is_of_the_toll_its_sentence_named(
    sentence: str, figure: str, kind: str
) -> None:
    assert one(sentence, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The protest drew about 40,000 people, police said.", "about 40,000"),
        ("The rally attracted some 60,000 people.", "some 60,000"),
        ("The demonstration, which drew some 30,000 people, ended peacefully.", "some 30,000"),
        ("Organisers said the march brought out 150,000 people.", "150,000"),
    ],
)
def test_a_gathering_that_drew_people_counts_a_crowd(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] == "crowd"


def test_a_fire_that_drew_firefighters_counts_no_crowd() -> None:
    assert one("The fire drew 100 firefighters.", "100")["kind"] != "crowd"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("Up to 3 million people protested across the country on Monday.", "Up to 3 million"),
        ("An estimated 2 million people converged on the square.", "An estimated 2 million"),
        ("As many as 200,000 people thronged the streets.", "As many as 200,000"),
        ("According to police, 40,000 people were at the rally.", "40,000"),
        ("Officials said the crowd numbered 30,000.", "30,000"),
        ("Protests involving some 50,000 people broke out in several cities.", "some 50,000"),
        ("Around 5,000 people joined the funeral procession.", "Around 5,000"),
        ("The number of demonstrators reached 40,000, according to police.", "40,000"),
        ("The demonstration, which police said numbered 15,000, was peaceful.", "15,000"),
        # the verb of massing ends the noun, a crowd's own noun tells the kind
        ("About 10,000 demonstrators massed in the square.", "About 10,000"),
        ("A crowd estimated at 30,000 filled the square.", "30,000"),
        # people who filled or came to a town's centre
        ("More than 90,000 people filled the centre of Westby on Sunday.", "More than 90,000"),
        ("She said that more than 12,000 people came to the central square.", "more than 12,000"),
        # supporters who ran onto the pitch (the verb ends their noun)
        ("Police said about 4,500 supporters ran onto the pitch.", "about 4,500"),
        # people who held or staged a gathering
        ("About 2,000 people held a vigil outside the hospital.", "About 2,000"),
        ("Some 600 people staged a sit-in at the ministry.", "Some 600"),
    ],
)
def test_more_ways_of_telling_a_crowd(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] == "crowd"
    assert one("Some 1,800 fans poured onto the pitch.", "Some 1,800")["party"] == "fans"
    # (a vigil held for the dead counts no crowd)
    assert one("Relatives held a vigil for the 45 victims.", "45")["kind"] == "killed"
    # (a state massing troops counts a force, not a crowd)
    assert one("Westby has massed some 40,000 troops on the border.", "some 40,000")["kind"] == (
        "troops"
    )


def test_a_place_s_people_are_its_population_whatever_share_of_them_did_what() -> None:
    assert one("Nearly half of the city's 2.5 million people fled.", "2.5 million")["kind"] == (
        "population"
    )
    # A count of the place's people who were killed is a toll.
    body = "The town's 300 people killed in the flood were buried on Monday."
    assert one(body, "300")["kind"] == "killed"
    # A population named before its figure, a part after it that an event names.
    body = (
        "Eastholm is a district with an estimated population of 480,000, including tens of "
        "thousands of people displaced by drought."
    )
    assert one(body, "480,000")["kind"] == "population"
    assert one("The town's population of about 9,000 fled.", "about 9,000")["kind"] == ("displaced")


def test_a_bare_figure_a_source_gives_is_its_value_of_the_count_just_named() -> None:
    body = (
        "Huge crowds gathered in the square. Police estimated 50,000, while the opposition "
        "claimed 500,000."
    )
    assert [e["kind"] for e in claims(body)] == ["crowd", "crowd"]
    said = "Hundreds of thousands marched. The interior ministry said there were 60,000."
    assert one(said, "60,000")["kind"] == "crowd"
    # A figure with a noun and a verb of its own is its own count.
    body = "Twelve people died in the fire. The mayor said 40 people were injured."
    assert one(body, "40")["kind"] == "injured"
    # The event its own sentence names comes first.
    body = (
        "It said 205 of the injured were in a critical condition. Most of the deaths were in "
        "the north, where the ministry counted 394."
    )
    assert one(body, "394")["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The 2005 truck bombing killed former Prime Minister Ivo Marek and 21 others.", "killed"),
        ("Police arrested the group's leader and 12 others.", "detained"),
        ("The blast injured a policeman and 20 other people.", "injured"),
    ],
)
def test_others_after_the_people_a_verb_names_one_by_one_are_a_part_of_its_toll(
    body: str, kind: str
) -> None:
    entry = [e for e in claims(body) if e["kind"] != "date"][0]
    assert entry["kind"] == kind
    assert entry["subject"].endswith("(others)")  # a part, never a rival of the whole
    assert one("He thanked the mayor and 30 others.", "30")["kind"] == "other"


def test_a_list_of_people_its_verb_ends_counts_the_verb_s_toll() -> None:
    assert one("12 unarmed villagers, police officer killed in riot", "12")["kind"] == "killed"
    # Not across a clause of its own.
    body = "The strike killed 46 people, among them five children, and injured about 80."
    assert one(body, "five")["kind"] == "killed"
    body = "The four attackers, who were all killed, had come by boat."
    assert one(body, "four")["kind"] == "fighters"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("Another 45 people suffered burns.", "45"),
        ("At least 40 protesters were hit by rubber bullets.", "At least 40"),
    ],
)
def test_burns_and_rubber_bullets_hurt(body: str, figure: str) -> None:
    assert one(body, figure)["kind"] == "injured"


def test_how_many_of_the_dead_set_off_by_commas_is_a_part_of_the_toll() -> None:
    body = "Fighting killed 40 people on Monday. Most of the dead, 32, were civilians."
    entry = one(body, "32")
    assert (entry["kind"], entry["subject"]) == ("killed", "people killed (among them)")
    assert one("Most of the injured, 12, were children.", "12")["kind"] == "injured"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Two of those wounded in the city centre later died in hospital.", "Two",
         "people killed (of the wounded)"),
        ("The toll rose as two of the critically injured died in hospital.", "two",
         "people killed (of the injured)"),
    ],
)  # fmt: skip
def test_the_injured_who_died_are_dead_a_part_of_the_toll(
    body: str, figure: str, subject: str
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry["subject"]) == ("killed", subject)
    # the injured who did not die stay injured
    assert one("Twelve of the injured were children.", "Twelve")["kind"] == "injured"


def test_a_part_the_toll_includes_is_of_the_toll_whatever_verb_follows() -> None:
    body = (
        "The office recorded 11,544 casualties in the country: 5,024 people killed, including 335 "
        "children, and 6,520 injured."
    )
    entry = one(body, "335")
    assert (entry["kind"], entry["subject"]) == ("killed", "children killed")
    # a part with its own cue keeps it
    body = "The update counted 2,012 deaths and 2,421 injuries, including 1,351 deaths in Westby."
    assert one(body, "1,351")["kind"] == "killed"


def test_a_verb_nine_words_after_the_count_s_noun_is_its_own() -> None:
    # "from the circle of the suspect" between the people and their verb
    body = "Three persons from the circle of the suspect have been detained."
    assert one(body, "Three")["kind"] == "detained"


def test_a_part_of_a_measure_is_in_its_unit() -> None:
    body = "The border is 640 kilometers long, of which 410 are agreed."
    part = one(body, "410")
    assert (part["kind"], part["unit"]) == ("distance", "km")
    # people "of which" a count of troops is made stay people
    assert one("The army has 5,000 troops, of which 200 were killed.", "200")["kind"] == "killed"


@pytest.mark.parametrize(
    "body",
    [
        "The government will pay €5,000 to each family.",
        "The region will deliver a support of S/ 5,000 to each family of the deceased.",
        "Each family of the dead will get KSh 200,000.",
        "Families with dead people receive VND 8 million per person.",
    ],
)
def test_an_amount_of_money_is_no_claim(body: str) -> None:
    assert [e["figure"] for e in claims(body)] == []


def test_survivors_counted_are_the_people_rescued() -> None:
    body = "Six survivors picked up by the coast guard were taken back to the port."
    entry = one(body, "Six")
    assert (entry["kind"], entry.get("party")) == ("rescued", None)
    body = "A patrol boat recovered seven bodies and rescued nine survivors."
    assert (one(body, "nine")["kind"], one(body, "nine").get("party")) == ("rescued", None)
    # the whole a sentence opens on: its part in care is counted as before
    assert one("Of the 52 survivors, 12 remain in hospital.", "12")["kind"] == "injured"
    # survivors who died are the dead
    assert one("Two survivors died in hospital.", "Two")["kind"] == "killed"


@pytest.mark.parametrize(
    ("body", "figure", "subject"),
    [
        ("Eastholm governorate, home to about 3.5 million people, was hit.", "about 3.5 million",
         "population of Eastholm governorate"),
        ("Eastholm's roughly 2.6 million residents have been hit by fuel shortages.",
         "roughly 2.6 million", "population of Eastholm"),
        ("Eastholm, the settlement that grew up around the mine, is home to some 15,000 "
         "people.", "some 15,000", "population of Eastholm"),
        # a population grown or fallen to a figure: the subject's, or that of the place
        # whose people the sentence counted before
        ("Eastholm, an old market town about 1,200 km north of the capital, had a population "
         "swollen to more than 90,000 by the displaced.", "more than 90,000",
         "population of Eastholm"),
        ("Eastholm had about 61,000 residents at the 2004 census, but its council says the "
         "population had swelled to nearly 230,000 by 2011.", "nearly 230,000",
         "population of Eastholm"),
    ],
)  # fmt: skip
def test_whose_population_by_apposition_or_possessive(body: str, figure: str, subject: str) -> None:
    assert one(body, figure)["subject"] == subject


def test_a_population_grown_to_a_figure_is_a_population() -> None:
    for body, figure in [
        ("The town's population has grown to 90,000.", "90,000"),
        ("Its population fell to 12,000 after the war.", "12,000"),
    ]:
        assert one(body, figure)["kind"] == "population"
    # a toll that rose is no population
    assert one("The death toll rose to 40.", "40")["kind"] == "killed"


def test_an_adjective_before_lives_names_no_party() -> None:
    entry = one("The minister said that 31 precious lives were lost.", "31")
    assert (entry["kind"], entry.get("party")) == ("killed", None)


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # an outbreak's cases, by the sentence's words of disease or the count's own
        ("Health data show 41,300 suspected cases and 236 deaths this year.", "41,300", "cases"),
        ("There were 5,210 cholera cases in the week.", "5,210", "cases"),
        ("About 300 people were infected.", "About 300", "cases"),
        # a court's or a ledger's cases are none
        ("Police investigated 12 cases of fraud.", "12", "other"),
        # the deaths counted beside the cases stay the dead, of no party
        ("Health data show 41,300 suspected cases and 236 deaths this year.", "236", "killed"),
    ],
)
def test_an_outbreak_s_cases(body: str, figure: str, kind: str) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party")) == (kind, None)


def test_the_inmates_a_prison_holds_are_its_population() -> None:
    body = "Westby prison holds 2,650 inmates in facilities built for 1,400."
    entry = one(body, "2,650")
    assert (entry["kind"], entry["subject"]) == ("population", "population of Westby")
    body = "El Cerro, about 20 km from Eastport, held nearly 3,100 inmates, double its capacity."
    assert one(body, "nearly 3,100")["subject"] == "population of El Cerro"
    # prisoners a force holds are no prison's population
    assert one("Rebels held 30 prisoners in a cave.", "30")["kind"] == "other"
    # detainees or inmates a prison holds, even by a noun that is detention's own word or
    # in the passive, are its population; detainees held at a police station are detained
    body = "The Westby prison, built for 800, held 2,600 detainees at the time of the riot."
    assert one(body, "2,600")["kind"] == "population"
    body = "Some 2,600 inmates were being held in the prison, built for 800."
    assert one(body, "Some 2,600")["kind"] == "population"
    body = "Police said 40 detainees were held at the police station."
    assert one(body, "40")["kind"] == "detained"
    # a determiner is no prison's name: "The prison" is no place called "The"
    entry = one("The prison houses about 2,200 inmates, twice its capacity.", "about 2,200")
    assert (entry["kind"], entry.get("party")) == ("population", None)
    entry = one("The Westby prison houses about 2,200 inmates.", "about 2,200")
    assert entry["subject"] == "population of Westby"
    # a penal colony or institution, and those "serving their sentences" where it is
    body = "The colony, near Westby, holds about 1,500 inmates, according to the ministry."
    assert one(body, "about 1,500")["kind"] == "population"
    body = "The institution, where more than 1,500 convicts are serving their sentences, is calm."
    assert one(body, "more than 1,500")["kind"] == "population"
    # (not those who did something there: "where 300 inmates rioted")
    assert one("The colony where 300 inmates rioted was stormed.", "300")["kind"] != "population"


def test_a_crowd_this_year_is_this_year_s_gathering() -> None:
    body = "The trust put the number of pilgrims this year at nearly 15 lakh."
    assert one(body, "nearly 15 lakh")["subject"] == "pilgrims taking part"
    # a toll so far this year is the year's
    body = "More than 1,600 people have been killed in the region so far this year."
    assert one(body, "More than 1,600")["subject"] == "people killed (this year)"


@pytest.mark.parametrize(
    ("body", "number"),
    [
        ("A fire swept through a seven-storey garment factory.", "seven"),
        ("The two countries fought a six-week war over the frontier.", "six"),
        ("The government imposed a 24-hour curfew on the town.", "24"),
        ("A three-train collision killed nearly 300 people.", "three"),
    ],
)
def test_a_number_in_a_compound_adjective_is_no_claim(body: str, number: str) -> None:
    assert number not in [e["figure"] for e in claims(body)]


def test_workers_on_shift_are_those_inside() -> None:
    body = "More than 2,000 workers were on shift that morning."
    assert one(body, "More than 2,000")["subject"] == "workers inside"
    # a force on duty stays a force
    assert one("Some 1,100 police officers were on duty.", "Some 1,100")["kind"] == "troops"


def test_the_people_a_place_is_home_to_and_the_whole_of_a_part_are_its_population() -> None:
    body = "In the camps, home to nearly a million Westbians who fled a crackdown, shelters fell."
    assert one(body, "nearly a million")["kind"] == "population"
    body = "Many of Eastholm's roughly 60,000 residents spent a third night in shelters."
    entry = one(body, "roughly 60,000")
    assert (entry["kind"], entry["subject"]) == ("population", "population of Eastholm")
    # those a clause puts in shelters are still the displaced there
    assert one("About 2,000 residents were staying in shelters.", "About 2,000")["kind"] == (
        "displaced"
    )


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        ("A total of 812,450 people were given shelter in 3,880 cyclone shelters.",
         "A total of 812,450", "displaced"),
        ("Nearly 1.3 million people had taken refuge in cyclone shelters.", "Nearly 1.3 million",
         "displaced"),
        ("More than 5,000 people sought shelter in schools.", "More than 5,000", "displaced"),
        ("The association said at least 31 fishermen had not returned.", "at least 31",
         "missing"),
        # moved to where the displaced are sheltered; a part of them, "of which" (or whom)
        ("Some 700 villagers had been moved to a school in Eastport.", "Some 700",
         "displaced"),
        ("The evacuated number 3,000, of which 900 in Westby alone.", "900", "displaced"),
        ("About 450 patients had been moved to another hospital.", "About 450", "other"),
        # heads of livestock are no people
        ("Officials said 61,300 heads of livestock were given shelter.", "61,300", "other"),
    ],
)  # fmt: skip
def test_a_storm_s_sheltered_and_those_not_returned(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


@pytest.mark.parametrize(
    ("body", "figure", "kind", "party"),
    [
        # a cue in scare quotes
        ('The army said about 35 of the gunmen had been "neutralised".', "about 35", "killed",
         "gunmen"),
        # inmates who fled, or whom attackers freed, broke out of prison (not displaced)
        ("The guard said over 900 inmates fled the facility.", "over 900", "prisoners",
         "inmates"),
        ("Gunmen stormed the jail, freeing 412 inmates and killing a guard.", "412",
         "prisoners", "inmates"),
        # escaped inmates caught again are captured, not released
        ("The governor said 150 of the escaped inmates had been rearrested.", "150",
         "captured", None),
        # an official phrase for those killed
        ('"Three of our officers paid the supreme price," he said.', "Three", "killed",
         "officers"),
        # "gone" and "till" end no party
        ("Eight people died and 14 others gone missing in the flood.", "14", "missing", None),
        ("The toll rose to 44 till 6 pm, the fire service said.", "44", "killed", None),
        # people living in a place are its population
        ("Nearly 700 people were living in Westby before the flood.", "Nearly 700",
         "population", "Westby"),
        ("Westby, 20 km north of the town, has about 80 households with a population of "
         "about 410.", "about 410", "population", "Westby"),
        # a force's part from a named force
        ("A total of 210 security personnel including 75 from the Westby Army were deployed.",
         "75", "troops", None),
        # a shooting's shooters are its attackers; the words before "lives" are no party
        ("Students said there were two shooters.", "two", "fighters", "shooters"),
        ('The mayor said "six beautiful lives" had been lost.', "six", "killed", None),
    ],
)  # fmt: skip
def test_escapes_scare_quotes_and_the_people_of_a_place(
    body: str, figure: str, kind: str, party: str | None
) -> None:
    found = one(body, figure)
    assert (found["kind"], found.get("party")) == (kind, party)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Officials say more than 1,000 citizens have gone to fight for the group abroad.",
            "more than 1,000",
        ),
        (
            "About 1,900 Norlanders have travelled to Eastmark to join extremist groups.",
            "About 1,900",
        ),
        ("Nearly 2,000 citizens left to fight for militant groups.", "Nearly 2,000"),
    ],
)
def test_people_who_went_to_fight_are_fighters(sentence: str, figure: str) -> None:
    # (they had been the country's population, or a count of no kind)
    assert one(sentence, figure)["kind"] == "fighters"


def test_people_who_left_for_another_reason_are_not_fighters() -> None:
    assert (
        one("About 200 residents left to join relatives in Eastport.", "About 200")["kind"]
        != "fighters"
    )


def test_the_wounded_evacuated_are_still_the_wounded() -> None:
    # (they had been displaced: the verb of moving them is no flight from their homes)
    assert one("30 wounded soldiers were evacuated to the capital.", "30")["kind"] == "injured"
    assert one("30 wounded were evacuated to the capital.", "30")["kind"] == "injured"
    # the wounded who died, and people evacuated, as before
    assert one("30 wounded soldiers died.", "30")["kind"] == "killed"
    assert one("30 people were evacuated from Westby.", "30")["kind"] == "displaced"


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # translated copy's martyrs, with the verb out of the party's name
        (
            "As a result, 11 servicemen of the Norland Army became shehids (martyrs), the "
            "ministry said.",
            "11",
            "killed",
        ),
        # a count named again by "the figure", in the same sentence or the next
        (
            "Officials said two officers had been killed; two days later the figure rose to four.",
            "four",
            "killed",
        ),
        (
            "The first reports spoke of 20 dead. By the next day the police figure was 231.",
            "231",
            "killed",
        ),
        ("The agency put it at 169 dead; health officials gave 170.", "170", "killed"),
        # a count named with a participle clause, a sentence on; its own toll, not of the
        # side counted before
        (
            "The army put its losses at 192 soldiers killed. The Westby toll rose week by "
            "week; the final count published before the authorities dissolved stood at 223.",
            "223",
            "killed",
        ),
        # translated copy's count of a force "destroyed": those killed; not of things
        (
            "WESTBY, October 14 (NNA) - The number of militants destroyed in the course of the "
            "operation in Westby has reached 72, the prosecutor's office said.",
            "72",
            "killed",
        ),
        ("The number of houses destroyed in the storm has reached 72.", "72", "other"),
        # words of kinds: "maimed", "passed through police custody"
        ("The government says 487 people were maimed.", "487", "injured"),
        (
            "The bureau estimated that more than 12,000 people had passed through police custody.",
            "more than 12,000",
            "detained",
        ),
        # the value a count was, past the new value's date
        (
            "The ministry raised its toll to 77 on September 15, from 71 the previous day.",
            "71",
            "killed",
        ),
        # a verb's second object past an aside between dashes
        (
            "The blast killed 13 service members - 11 Marines, a corpsman and a soldier - and "
            "at least 170 civilians.",
            "at least 170",
            "killed",
        ),
        # a peacekeeping mission counted by its strength
        ("Troops will take over from the 22,000-strong African Union Mission.", "22,000", "troops"),
    ],
)
def test_counts_named_again_and_forces_by_strength(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_a_toll_a_sentence_names_is_its_own_not_the_side_s_counted_before() -> None:
    body = (
        "The army put its losses at 192 soldiers killed. The Westby toll rose week by week; "
        "the final count published before the authorities dissolved stood at 223."
    )
    assert one(body, "223")["subject"] == "people killed"


def test_a_mission_of_observers_is_no_force() -> None:
    assert one("A 40-strong observer mission arrived.", "40")["kind"] == "other"


def test_became_ends_a_party_s_name() -> None:
    found = one("Eleven servicemen of the army became martyrs in the fighting.", "Eleven")
    assert found["kind"] == "killed" and "became" not in found["subject"]


@pytest.mark.parametrize(
    ("body", "figure", "kind"),
    [
        # a list of verbs that ends on a toll's
        ("Of those, 419 people were shot, tortured or killed by shrapnel.", "419", "killed"),
        ("40 people were detained, questioned and released.", "40", "detained"),
        # the verb before the figure, not an adjective of the parts listed after it
        ("Police arrested 20 people, including two injured protesters.", "20", "detained"),
        ("Soldiers detained about 20 people, including teachers and wounded pupils.",
         "about 20", "detained"),
        # the verb after a list of parts, when it is the figure's
        ("Some 40 people, including six children, drowned when the boat sank.", "Some 40",
         "killed"),
        ("Six villagers, including two children, lost their lives in the fire.", "Six",
         "killed"),
        # another source's value of the toll said before, past the part named last
        ("Westby Watch reported 16 unlawful killings, including nine executions; Eastport "
         "Aid reported 22.", "22", "killed"),
    ],
)  # fmt: skip
def test_lists_of_verbs_and_of_parts(body: str, figure: str, kind: str) -> None:
    assert one(body, figure)["kind"] == kind


def test_how_people_were_killed_is_no_party_and_a_part_by_it_is_no_rival() -> None:
    body = (
        "Westby Watch reported 16 unlawful killings, including nine summary executions; "
        "Eastport Aid reported 22."
    )
    found = {e["figure"]: e for e in claims(body)}
    assert found["16"]["subject"] == found["22"]["subject"] == "people killed"
    assert found["nine"]["subject"] == "people killed (among them)"
    # the village elder speaks
    assert source(one("The village elder said 20 people died.", "20"))[0] == "village elder"


def test_a_toll_named_since_the_last_count_is_what_it_refers_to() -> None:
    body = (
        "The report counted 45 soldiers wounded, more than double the 18 announced on the "
        "day.\n\nThe civilian toll was never settled. The agency put it at 169; health "
        "officials gave 170."
    )
    found = {e["figure"]: e["kind"] for e in claims(body)}
    assert found == {"45": "injured", "18": "injured", "169": "killed", "170": "killed"}


def test_two_parts_that_add_up_to_the_total_are_no_rise() -> None:
    body = "The blast killed 13 soldiers and at least 170 civilians, bringing the toll to 183."
    assert one(body, "at least 170")["subject"] == "civilians killed"
    # a rise is still a rise
    body = "Another 12 people died on Monday, bringing the toll to 40."
    assert one(body, "12")["subject"] == "people killed (more)"


def test_a_second_estimate_of_a_crowd_by_its_own_giver() -> None:
    # "a rally police put at about 50,000 people and organisers at 100,000"
    body = (
        "Police cleared a sit-in that began on Friday with a rally police put at about 50,000 "
        "people and organisers at 100,000."
    )
    first, second = one(body, "about 50,000"), one(body, "100,000")
    assert (first["kind"], second["kind"]) == ("crowd", "crowd")
    assert first.get("party") is None  # not "people and organisers"
    assert (source(first)[0], source(second)[0]) == ("police", "organisers")
    # "estimated by police at 10,000 people and by the organisers at 30,000"
    body = (
        "Tuesday's protest was estimated by police at 10,000 people and by the organisers at "
        "30,000."
    )
    first, second = one(body, "10,000"), one(body, "30,000")
    assert (first["kind"], second["kind"]) == ("crowd", "crowd")
    assert (source(first)[0], source(second)[0]) == ("police", "the organisers")
    # a time or the people of another count after "and" give nothing
    body = "The governor had earlier put the toll at 48, and then at 49, as rescuers dug."
    assert source(one(body, "49"))[0] != "then"
    body = "The government put the number of dead at 22 and the injured at 58."
    assert source(one(body, "58"))[0] != "the injured"


def test_those_held_who_died_in_custody_are_dead() -> None:
    body = "Seventy-two men arrested after the riot died in army custody, officials said."
    assert one(body, "Seventy-two")["kind"] == "killed"
    # (those held who were freed, or held and then counted apart, stay held)
    assert one("Police said 40 people arrested after the riot were released.", "40")["kind"] != (
        "killed"
    )
    assert one("Some 300 protesters were arrested, and two died.", "Some 300")["kind"] == (
        "detained"
    )


def test_people_who_passed_through_police_stations_were_detained() -> None:
    body = "Rights groups say that at least 650 people passed through police stations."
    assert one(body, "at least 650")["kind"] == "detained"


def test_an_armed_band_that_numbered_so_many_is_its_fighters() -> None:
    body = "The group numbered about 40, the spokesman said, and more than 20 had surrendered."
    assert one(body, "about 40")["kind"] == "fighters"
    body = "Security sources said the gang may have numbered up to 70 men."
    assert one(body, "up to 70")["kind"] == "fighters"
    # a group of protesters is no band of fighters
    body = "The group numbered about 200 protesters, the organisers said."
    assert one(body, "about 200")["kind"] != "fighters"


def test_a_final_figure_held_to_and_an_initial_count_are_values_of_the_toll_asked_about() -> None:
    body = (
        "One year after troops opened fire on a crowd, the question is still unanswered: how "
        "many people died?\n\nThe authorities have stuck to a final figure of 187, announced "
        "in the months after an initial count of 169."
    )
    assert one(body, "187")["kind"] == "killed"
    assert one(body, "169")["kind"] == "killed"


def test_a_sentence_that_opens_among_them_lists_parts_of_the_count_before() -> None:
    body = (
        '"As of this morning, 22 people have died. Among them are 17 law enforcement officers '
        'and five civilians," the ministry said.'
    )
    officers, civilians = one(body, "17"), one(body, "five")
    assert (officers["kind"], officers.get("party")) == ("killed", "law enforcement officers")
    assert (civilians["kind"], civilians.get("party")) == ("killed", "civilians")


def test_another_source_s_count_of_the_same_dead_by_side() -> None:
    body = (
        "The ministry said that 17 police officers and five civilians had died; the committee, "
        "as its officials described the case in July, counts 16 police officers and six "
        "civilians."
    )
    assert one(body, "16")["kind"] == "killed"
    assert one(body, "six")["kind"] == "killed"
    # a count of people of no side is no count of the dead
    body = "Police said 12 people were killed; the hospital counts 30 patients."
    assert one(body, "30")["kind"] != "killed"


def test_the_soldiers_a_nation_s_side_lost_are_its_soldiers() -> None:
    body = (
        "The president told a meeting of his security council that the Peruvian side had "
        "lost more than 200 soldiers."
    )
    assert one(body, "more than 200").get("party") == "Peruvian soldiers"


def test_a_force_that_has_seized_a_place_is_the_force_not_its_captives() -> None:
    body = "The military said up to 500 fighters had seized parts of the city."
    assert one(body, "up to 500")["kind"] == "fighters"
    assert one("Some 40 gunmen have seized a school in the town.", "Some 40")["kind"] == "fighters"
    # ... not those who were captured
    assert one("Police said 40 gunmen had been captured.", "40")["kind"] == "captured"


def test_another_source_s_smaller_figure_of_the_force_just_named_is_of_that_force() -> None:
    body = (
        "The Interior Ministry said 3,000 security personnel were on duty that night; the "
        "committee said that only about 1,300 were actually deployed at the stadium."
    )
    assert one(body, "about 1,300")["kind"] == "troops"


def test_fans_who_travelled_to_a_match_are_a_crowd() -> None:
    body = "Around 3,000 fans had travelled to Westby for the match."
    assert one(body, "Around 3,000")["kind"] == "crowd"
    assert one("At least 74 fans were killed.", "At least 74")["kind"] == "killed"


def test_an_event_a_count_is_dated_by_is_not_what_befell_those_counted() -> None:
    body = "The jail, built for 2,000 inmates, held about 3,100 at the time of the massacre."
    assert one(body, "about 3,100")["kind"] != "killed"
    body = "The prison held some 3,100 inmates before the massacre."
    assert one(body, "some 3,100")["kind"] != "killed"
    # the event's noun as the verb of a headline, or after the count's own verb: a toll
    assert one("Gunmen massacre 30 villagers.", "30")["kind"] == "killed"
    assert one("Twelve guards were killed before the massacre.", "Twelve")["kind"] == "killed"


def test_police_officers_who_enter_or_retake_a_place_are_a_force() -> None:
    body = "More than 350 police officers entered the jail on Monday to restore order."
    assert one(body, "More than 350")["kind"] == "troops"
    body = "The operation to retake the jail involved some 700 police officers."
    assert one(body, "some 700")["kind"] == "troops"
    # ... not those the event befell on the way in
    body = "Two police officers were killed when they entered the building."
    assert one(body, "Two")["kind"] == "killed"


def test_an_adverb_after_a_figure_is_not_who_it_counts() -> None:
    body = (
        "More than 24 women were wounded, far more than the nine officially reported by "
        "the authorities."
    )
    assert one(body, "nine").get("party") == "women"


def test_an_audience_attending_a_concert_or_a_match_is_a_crowd() -> None:
    body = "Gunmen burst into the hall, where about 1,200 people were attending a rock concert."
    assert one(body, "about 1,200")["kind"] == "crowd"
    body = "Some 40,000 people were attending the match when the stand collapsed."
    assert one(body, "Some 40,000")["kind"] == "crowd"


def test_officers_actually_present_are_a_force() -> None:
    body = (
        "Only about 40 national police officers were actually present on the seafront when "
        "the lorry struck."
    )
    assert one(body, "about 40")["kind"] == "troops"


def test_people_deprived_of_life_are_dead_and_those_deprived_of_liberty_held() -> None:
    body = "Soldiers arbitrarily deprived of life between 11 and 14 people in a barn."
    assert one(body, "between 11 and 14")["kind"] == "killed"
    body = "About 9,000 persons deprived of liberty live in the jail."
    assert one(body, "About 9,000")["kind"] != "killed"


def test_those_taken_prisoner_are_captured() -> None:
    body = "Rebels claim to have taken more than 600 Norlandic servicemen prisoner near the town."
    entry = one(body, "more than 600")
    assert (entry["kind"], entry["party"]) == ("captured", "Norlandic servicemen")
    assert one("Rebels took 40 soldiers prisoner.", "40")["kind"] == "captured"
    body = "Separatists claimed to have taken more than 600 Norlandic prisoners at the town."
    assert one(body, "more than 600")["kind"] == "captured"
    # prisoners a jail holds were taken by no one
    body = "The prison, which holds 700 prisoners, was taken over by inmates."
    assert one(body, "700")["kind"] != "captured"


def test_people_a_disaster_affected_are_a_count_of_their_own() -> None:
    body = (
        "The UN says about 9.1 million people have been affected by the storm, while the "
        "disaster agency puts the figure at 7.2 million. The floods affected some 40,000 "
        "people in Westby."
    )
    found = {e["figure"]: (e["kind"], e["subject"]) for e in claims(body)}
    affected = ("affected", "people affected")
    assert found == {"about 9.1 million": affected, "7.2 million": affected,
                     "some 40,000": affected}  # fmt: skip
    # nor the dead, nor a count of things an event touched
    body = "The storm killed 40 people, and 1,200 homes were affected."
    assert [e["kind"] for e in claims(body)] == ["killed", "other"]


def test_a_crowd_estimated_by_someone_after_a_clause_on_it_is_a_crowd() -> None:
    body = (
        "The crowd that gathered in the square on Sunday evening, before marching on the "
        "palace, was estimated by organisers at 150,000."
    )
    assert one(body, "150,000")["kind"] == "crowd"


def test_a_community_numbering_so_many_is_a_population() -> None:
    body = (
        "The group said the town's Christian community, numbering some 60,000 people, lives "
        "in fear."
    )
    assert one(body, "some 60,000")["kind"] == "population"


def test_it_after_a_day_and_a_range_another_source_gives_are_of_the_toll_named() -> None:
    body = (
        "State radio's first toll counted only a few hundred dead. By May 6 it had reached "
        "more than 12,000."
    )
    assert one(body, "more than 12,000")["kind"] == "killed"
    body = (
        "The UN estimated that between 52,000 and 87,000 people had died, while the Red "
        "Cross gave a range of 61,000 to 98,000."
    )
    entry = one(body, "61,000 to 98,000")
    assert (entry["kind"], entry["attribution"]["source"]) == ("killed", "Red Cross")


def test_people_not_heard_from_are_missing() -> None:
    body = (
        "Residents have been compiling their own lists. One carried nearly 70 names of people "
        "who have not been heard from since Saturday."
    )
    entry = one(body, "nearly 70")
    assert (entry["kind"], entry["subject"]) == ("missing", "people missing")


@pytest.mark.parametrize(
    ("body", "figure", "kind", "speaker"),
    [
        # translated copy: the fatal victims are the dead, and what killed them no party
        ("The number of fatal victims of the attacks has risen to 210.", "210", "killed",
         "article"),
        # a region that elevates the figure gives the count's new value
        ("The toll rose to 210, the ministry said. The regional government, for its part, "
         "elevated the figure to 211 in its last report.", "211", "killed",
         "regional government"),
        ("The minister announced yesterday the detention of six persons.", "six",
         "detained", "minister"),
        # who a count leaves out, between it and its verb
        ("Police confirmed that 42 people, not counting the three bombers, died in the "
         "attacks.", "42", "killed", "Police"),
    ],
)  # fmt: skip
def test_translated_and_wire_wordings_of_a_toll(
    body: str, figure: str, kind: str, speaker: str
) -> None:
    entry = one(body, figure)
    assert (entry["kind"], entry.get("party"), entry["attribution"]["source"]) == (
        kind,
        None,
        speaker,
    )


def test_people_watching_a_match_are_a_crowd() -> None:
    body = "Witnesses said about 1,200 people were watching the match on a giant screen."
    assert one(body, "about 1,200")["kind"] == "crowd"


def test_the_day_in_an_event_s_name_of_a_day_and_a_letter_is_no_count() -> None:
    title = "Death toll of the 4-J attacks rises to 130"
    body = f"{title}\n\nThe toll rose again on Sunday."
    assert [e["figure"] for e in claims(body, title=title)] == ["130"]
    # a plane's model stays a name of its own ("B-52"), and a bare number after a hyphen
    # counts ("a 3-0 win": no letter)
    assert [e["figure"] for e in claims("Police found 12 B-52 parts.")] == ["12"]


def test_the_missing_of_an_abduction_are_those_still_held() -> None:
    # a story of an abduction: "90 girls are missing" are those the abductors still hold
    body = (
        "Parents say 90 girls are missing from a school in Westby that was attacked last "
        "week. He said 17 other girls had escaped from their captors, and the abduction "
        "was the worst in years."
    )
    entry = one(body, "90")
    assert (entry["kind"], entry["subject"]) == ("hostages", "girls hostages (still held)")
    # soldiers missing after a battle stay missing, and so do the missing of a flood
    body = (
        "Twelve soldiers are missing after the battle, in which rebels also abducted a "
        "doctor and kidnapped two nurses."
    )
    assert one(body, "Twelve")["kind"] == "missing"
    assert one("After the flood, 40 people are missing in Westby.", "40")["kind"] == "missing"


def test_people_listed_after_including_past_a_count_of_things_are_of_the_toll() -> None:
    body = (
        "Twenty of the victims were foreign nationals from 9 countries, including five "
        "Norlanders, four Veylanders and two Eastlanders, officials said."
    )
    # (invented peoples read as people of no side: a part marked so is scoped among them)
    assert [
        one(body, n)["subject"].removesuffix(" (among them)") for n in ("five", "four", "two")
    ] == [
        "Norlanders killed",
        "Veylanders killed",
        "Eastlanders killed",
    ]
    # things listed so stay things
    body = "The storm killed 12 people and destroyed 40 houses, including 3 schools."
    assert one(body, "3")["kind"] == "other"


def test_parts_listed_in_a_force_count_the_force_and_them_is_the_force() -> None:
    # "32 militants ..., including three Norlanders and two Veylanders, took part. Twenty-nine
    # of them were killed": the parts are of the force; "them" is the force, not the last part
    body = (
        "He said 27 militants from several countries, including three Norlanders and two "
        "Veylanders, had taken part in the attack. Twenty-four of them were killed."
    )
    assert one(body, "three")["kind"] == one(body, "27")["kind"] == "fighters"
    entry = one(body, "Twenty-four")
    assert (entry["kind"], entry["party"]) == ("killed", "militants")


def test_people_named_by_their_role_that_a_deed_governs_are_its_toll() -> None:
    # "killed 20 hostages": the dead, hostages by party (not 20 people held)
    body = "Gunmen killed 17 hostages at the cafe, the army said."
    entry = one(body, "17")
    assert (entry["kind"], entry["subject"]) == ("killed", "hostages killed")
    body = "Fourteen hostages, most of them foreigners, were killed."
    assert one(body, "Fourteen")["subject"] == "hostages killed"
    # ... and the people listed as their parts are the dead too
    body = "The attackers killed 17 hostages, including six Norlanders and four Veylanders."
    # (an invented people reads as people of no side: the part is scoped among them)
    assert one(body, "six")["subject"] == "Norlanders killed (among them)"
    # the held stay held
    assert one("The gunmen held 30 hostages.", "30")["kind"] == "hostages"


@pytest.mark.parametrize(
    ("body", "figure", "kind", "inner"),
    [
        ("At least 41 foreigners from nine countries were killed in the siege.", "At least 41",
         "killed", "nine"),
        ("Officials said 120 people in three villages were injured.", "120", "injured", "three"),
        ("Twelve workers from two districts died in the fire.", "Twelve", "killed", "two"),
    ],
)  # fmt: skip
def test_a_verb_after_a_count_of_things_hung_on_the_noun_is_the_count_of_people_s(
    body: str, figure: str, kind: str, inner: str
) -> None:
    # "41 foreigners from nine countries were killed": the verb is the foreigners'; the
    # countries are counted in a phrase of their noun and have no people's kind
    assert one(body, figure)["kind"] == kind
    assert one(body, inner)["kind"] == "other"


def test_a_verb_after_a_count_of_things_still_has_its_object_after_it() -> None:
    # "Three attackers from two villages killed 41 people": the 41 were killed, not the three
    body = "Police said three attackers from two villages killed 41 people."
    assert one(body, "41")["kind"] == "killed"
    assert one(body, "three")["kind"] != "killed"


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("Police fired tear gas at about 600 students marching on the ministry.", "about 600"),
        ("About 900 worshippers had packed the church for the evening mass.", "About 900"),
        ("Up to 14,000 people had packed the arena for the concert.", "Up to 14,000"),
        ("Some 20,000 fans packed the stadium.", "Some 20,000"),
        ("Tens of thousands of mourners lined the route of the procession.", "Tens of thousands"),
    ],
)
def test_people_marching_packing_a_venue_or_lining_the_streets_are_a_crowd(
    body: str, figure: str
) -> None:
    # another report counts the same audience or march with "attended", "took part": one kind
    assert one(body, figure)["kind"] == "crowd"
    # (a building packed with people for no gathering is counted as where they are)
    assert (
        one("The club was packed with about 250 people when the bomb exploded.", "about 250")[
            "kind"
        ]
        == "other"
    )

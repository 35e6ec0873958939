"""The kind of each figure: what it counts.

An event verb or noun right after the figure's noun phrase decides ("30 people were killed"),
else one just before it ("killed 30"), else a verb shared with the next figure ("8 policemen
and 9 attackers died").  Without an event, the counted noun decides: soldiers are troops,
rebels fighters, inhabitants population.  Units decide distances and percentages.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Sequence
from functools import cache, lru_cache
from itertools import islice

from crosscheck import quantities
from crosscheck.errors import CrosscheckError
from crosscheck.extract.figures import Figure
from crosscheck.extract.lexicon import (
    CAPACITY_BEFORE,
    CUT_AFTER,
    GAPPED_AT,
    GATHERINGS,
    GROWN_TO,
    HEDGES_BEFORE,
    LIVING,
    MONTH_SET,
    PUT_THE_PEOPLE,
    QUOTE_CHARS,
    WEEKDAYS,
    WORD,
    EndsOn,
    Needs,
    cue_kind,
    families,
    index_of,
    is_number,
    lexicon,
    may_hold,
    plain_words_pattern,
    sentence_has_word,
    sentence_holds,
    sentence_holds_any,
    word_tokens,
)
from crosscheck.extract.parties import assign_parties, head_noun, names_people, noun_phrase
from crosscheck.extract.tolls import (
    AND_BEFORE,
    ASIDE,
    COORDINATION,
    SECOND_GUESS,
    Toll,
    accounted_parts,
    affected_people,
    all_aboard_dead,
    all_of_whom,
    appended_parts,
    bodies_found_so_far,
    bracketed_place_parts,
    counted_before,
    counted_otherwise,
    counted_within,
    cumulative_totals,
    dashed_breakdowns,
    dead_or_wounded,
    disease_deaths,
    elided_counts,
    forecasts,
    hosted,
    in_care,
    increments,
    last_toll_named,
    linked_state,
    name_with_counts,
    national_totals,
    opened_place_parts,
    parts_of_the_dead,
    parts_of_them,
    parts_read_as_everyone,
    people_states,
    place_parts,
    rates,
    recovered_in_a_spell,
    refine_kinds,
    refine_parties,
    remaining_residents,
    reported_by_place,
    running_totals,
    separate_events,
    toll_includes,
    toll_parts,
    war_totals,
    worst_hit,
    year_totals,
)
from crosscheck.model import Qualifier
from crosscheck.parties import names_only_people, read_party

# (Look-backs search from `start - N` as it is: see "Look-backs" in lexicon.py.)

_COORDINATED_END = re.compile(r"\b(?:and|as well as|plus)\s*$")
# "15 police officers|, a priest, a synagogue guard and |five other civilians were killed":
# single people named between two counts of one list.
_NOUN_LIST = re.compile(
    r"(?:\s*,\s*(?:an?|one|another)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)+\s*,?\s+and\s+"
)


# "40|, perhaps |50|, people were killed", "more than 80|, or even |several hundred|, bodies",
# "40|, and possibly |60|, soldiers":
# a second guess set off by commas; the noun after it counts both.
_ASIDE_OPENED = re.compile(
    rf"\s*,\s*(?:(?:or|and)\s+)?{SECOND_GUESS}\s+",
    re.IGNORECASE,
)
_ASIDE_CLOSED = re.compile(r"\s*,\s*(?=[a-z])")
_POSSESSIVE_END = re.compile(r"['’]s\s*$")
_ITS_END = re.compile(r"\bits\s*$")
_WHO_NUMBER = re.compile(
    r"\b(?P<people>(?-i:[A-Z][\w'’-]+)|[a-z]+s)\s*,?\s+(?:who|which|that)\s+(?:now\s+)?"
    r"numbers?\s*$",
    re.IGNORECASE,
)
_AMONG_THE_BEFORE = EndsOn(
    re.compile(
        r"\bamong\s+the\s+(?P<cue>[a-z]+)(?:\s+[a-z]+)?\s+(?:were|was|are|is)\s+(?:also\s+)?$"
        r"|\bthe\s+(?P<whole>victims|dead|injured|wounded)\s+(?:also\s+)?(?:included|include|includes)"
        r"\s+$",
        re.IGNORECASE,
    ),
    "were was are is also included include includes",
)
_REMAIN_IN_TOWN = re.compile(
    r"\s+(?:still\s+)?(?:remain|remains|remained|are\s+still|were\s+still|stayed)\s+in\s+"
    r"(?:the\s+)?(?:(?:besieged|encircled|blockaded)\s+)?(?:city|town|village|capital|"
    r"(?-i:[A-Z][\w'’-]+)(?!\s+(?-i:[A-Z])))\b(?!\s+(?:hospital|shelter|camp|basement))",
    re.IGNORECASE,
)
# ("residents said between 400 and 600 people lived there": the place just named)
_LIVE_IN = re.compile(LIVING + r"\s+(?:in|on|there)\b")
# "The suburb, where 30,000 people live,": the place's people, its verb ending the clause.
_WHERE_BEFORE = re.compile(r"\bwhere\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_LIVE_THERE = re.compile(
    r"\s+(?:now\s+|still\s+)?(?:live|lived|reside|resided)\b(?!\s+(?:in|on)\b)"
)


# "reporting 41 deaths in occupied areas and Kyiv reporting| 17": the verb of the figure
# before, said again by another subject.
_SAID_VERBS = frozenset(
    ("reporting", "reported", "saying", "said", "counting", "counted", "putting")
)
_SAID_LIKEWISE = re.compile(
    rf"\b(?P<verb>{'|'.join(sorted(_SAID_VERBS))})\b.*"
    # ("Westby Watch reported 16 killings; Eastport Aid reported| 22"; not "documented": the
    # cases each verified, samples of their own, neither a toll nor its rival)
    r"(?:\band|;|,\s+while|,\s+whereas)\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?P=verb)\s+$"
)


# "nearly half of the| 1.2 million residents", "40% of the country's| 10 million people".
# "the city's| 2.5 million people": a place's people.
_PLACE_OWNS = re.compile(
    r"\b(?:city|town|country|nation|region|province|island|village|capital|district|state"
    r"|county|valley|municipality)['’]s\s+(?:(?:some|about|around|nearly|roughly|estimated)\s+)?$",
    re.IGNORECASE,
)
_POPULATION_HEADS = frozenset(("people", "residents", "inhabitants", "citizens", "population"))
# ("the town's 300 people killed", "the city's 40 people in hospital": a count of them)
_PAST_ITS_PEOPLE = re.compile(
    r"\s+(?:who\s+were\s+|were\s+|had\s+been\s+)?(?:killed|dead|injured|wounded|missing"
    r"|detained|arrested|displaced|evacuated|in\s+hospital)\b",
    re.IGNORECASE,
)
_SHARE_OF_BEFORE = re.compile(
    r"\b(?:half|a\s+third|two-thirds|a\s+quarter|three-quarters|a\s+fifth|\d+(?:\.\d+)?\s*"
    r"(?:%|percent|per\s+cent))\s+of\s+(?:the|its|their|[A-Z][\w'’-]*['’]s)\s+"
    r"(?:[a-z]+['’]?s?\s+)?$",
    re.IGNORECASE,
)
_SHARE_WORDS = ("half", "third", "quarter", "fifth", "%", "percent", "cent")
"""One of these is in every match of _SHARE_OF_BEFORE (`sentence_holds`)."""


_COUNT_GIVES = (
    r"(?:list|count|tally|figure|register|records?)\s+(?:(?:still|now|only)\s+)?"
    r"(?:gives|gave|shows|showed|lists|listed|records|recorded)\s+"
)
"""A count and the verb that gives its value: "(the ministry's official) list still gives|",
"(the hospital's) count shows|" (`_PUT_FIGURE`, `_OWNED_COUNT_GIVES`)."""
# The alternatives of `_PUT_FIGURE` anchored at the sentence's start, which end on words the
# others do not (`_PUT_FIGURE_AT`'s quick answer reads them apart):
# "... before revising the figure to 58. It later rose to| 59."
_IT_OPENS = (
    # ("By May 6 it had reached| 12,000": a day before it)
    r"^\s*(?:(?:By|On|In|Within|After)\s+(?:the\s+)?[\w-]+(?:\s+\d{1,2})?,?\s+)?"
    r"It\s+(?:(?:later|then|has|had|since|now|subsequently|eventually)\s+){0,2}"
    # ("It now stands at| 52", "It has reached| 93")
    r"(?:(?:rose|risen|climbed|increased|jumped|grew|fell|dropped|stood|stands)\s+(?:to|at)"
    r"|reached|totals|totalled|totaled)\s+"
)
# "... and 232 were killed. The total of| 842 is higher than ...": the sentence opens on the
# count just named, as "it" does
# (the figure's own text holds "total of", its hedge: `_opens_on_count_named`)
_COUNT_OPENS = (
    r"^\s*[\"“]?(?:the|this|that)\s+(?:(?:new|final|official|revised|overall|"
    r"combined)\s+)?(?:(?:total|figure|tally)\s+of\s+)?"
)
_PUT_FIGURE = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|set|sets|kept|keeps|keeping)\s+"
    # ("the county kept the final count at| 98")
    r"(?:the|its|their|this|that)\s+(?:(?:own|final|official|latest|provisional)\s+)?"
    # ("puts the Louisiana figure at| 1,577": a place's share of the count)
    r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:figure|number|count|tally|total|estimate)"
    # "puts the number of victims at| 67": the toll just named, its count; "put the number
    # of Spaniards at| 49": of those people
    r"(?:\s+of\s+(?:the\s+)?(?P<of>victims|(?-i:[A-Z][a-z]+s)))?\s+(?:at\s+)?"  # "above 150,000"
    # "The county put it at| 12 ..., raised it to| 19": "it", the toll named just before
    r"|\b(?P<it>(?:put|puts|putting|placed|kept|raised|raising|lowered|lowering|revised|"
    r"revising|increased|increasing|brought|bringing|pushed|pushing|updated|updating)\s+it\s+"
    r"(?:at|to)\s+"
    r"|" + _IT_OPENS + ")"
    r"|(?P<anaphor>" + _COUNT_OPENS + ")"
    # "The region, for its part, elevated the figure to| 211": its new value of the count
    r"|\b(?:raised|raising|elevated|elevating|lifted|lifting|increased|increasing)\s+"
    r"(?:the|its|their)\s+(?:(?:official|death|overall)\s+)?(?:figure|number|count|tally"
    r"|total)\s+to\s+"
    # "On Tuesday the force had given the figure as| 59": its earlier value of the count;
    # "has since given a figure| as high as 1,729", "gave a total of| 61"
    r"|\b(?:gave|given|give|gives|giving)\s+(?:the|its|their|this|that|a)\s+"
    r"(?:figure|number|count|tally|total)\s+(?:as\s+|of\s+)?"
    # "while the Red Cross gave a range of| 61,000 to 98,000": its value of the count
    r"|\b(?:gave|given|give|gives|giving|offered|offers|offering)\s+a\s+range\s+of\s+"
    # "before the minister announced the figure of| 612": a later value of the count just
    # named
    r"|\b(?:announced|announces|announcing|released|releases|releasing|cited|cites|citing"
    r"|quoted|quotes|quoting|published|publishes)\s+(?:the|its|their|a)\s+"
    r"(?:(?:new|final|official|latest|revised|updated|higher|lower)\s+)?"
    r"(?:figure|tally|total|count)\s+of\s+"
    # "The authorities have stuck to a final figure of| 187, ... after an initial count of|
    # 169": a value of the count the text asked about or named before
    r"|(?P<held>\b(?:stuck|sticks|sticking|stand|stands|stood|kept|keep|keeps)\s+(?:to|by)\s+"
    r"(?:the|its|their|a|an)\s+(?:(?:final|official|own|latest)\s+)?(?:figure|tally|count)"
    r"\s+of\s+"
    r"|\b(?:after|than|from)\s+(?:an?|the|its|their)\s+(?:initial|earlier|first|previous"
    r"|original)\s+(?:figure|tally|count)\s+of\s+)"
    # "said the real number was more than 400": a critic's value of the count just named
    r"|\bthe\s+(?:real|actual|true|correct)\s+(?:figure|number|count|tally|total|toll)\s+"
    r"(?:was|is|were|are|could\s+be|may\s+be|might\s+be)\s+"
    # "Its previous figure, issued on Sunday, was| 202": an earlier value of the same count
    r"|\b(?:its|their|the)\s+(?:previous|earlier|last|initial|first|latest|new)\s+"
    r"(?:official\s+)?(?:figure|number|count|tally|total)(?:\s*,[^,.;]{1,40},)?\s+"
    r"(?:was|is|had\s+been)\s+"
    # "its own count had reached| 701": the speaker's value of the count just named
    r"|\b(?:its|their)\s+own\s+(?:figure|number|count|tally|total|estimate)\s+"
    r"(?:(?:had|has|have)\s+)?(?:reached|stood\s+at|rose\s+to|risen\s+to|was|is)\s+"
    # "The group's count on that day stood at| 275": its owner's value of it
    r"|\b[\w-]+['’]s\s+(?:(?:own|latest|new|final|official)\s+)?(?:figure|count|tally|total)"
    r"(?:\s+(?:on|by|for|as\s+of)\s+[^,.;]{1,25}?)?\s+"
    r"(?:(?:had|has|have)\s+)?(?:reached|stood\s+at|rose\s+to|risen\s+to|was|is)\s+"
    # "although the ministry's official list still gives| 19", "the hospital's count shows|
    # 28": another count's value, set beside the one just named
    r"|\b(?:the|its|their|[\w-]+['’]s)\s+(?:(?:own|latest|new|final|official|revised)\s+)?"
    + _COUNT_GIVES
    # "Huge crowds gathered. Police estimated| 50,000, while the opposition claimed|
    # 500,000", "the ministry said there were| 60,000": a bare figure a source gives, its
    # value of the count just named
    + r"|\b(?P<said>said|says|estimated|estimates|claimed|claims|counted|reported)\s+"
    r"(?:(?:that\s+)?there\s+(?:were|had\s+been)\s+)?"
    + r")[\"“]?$",  # 'the real number could be "up to 2,000"'
    re.IGNORECASE,
)
_PUT_FIGURE_AT = EndsOn(
    _PUT_FIGURE,
    # (the last word of each alternative not anchored at the text's start; "s": "the number
    # of Spaniards")
    "figure number count tally total estimate s at to as of be been reached was is were are"
    " gives gave shows showed lists listed records recorded"
    " said says estimated estimates claimed claims counted reported been",
    opening=re.compile(rf"(?:{_IT_OPENS}|{_COUNT_OPENS})[\"“]?$", re.IGNORECASE),
)
"""What a figure follows when it is a source's value of a count named before it."""


_ESTIMATED_FIRST = re.compile(r"(?:estimated\s+(?=\d))?")
# A bare figure's end: "Police estimated 50,000|, while", "said there were 60,000|."
_BARE_END = re.compile(r"\s*(?:[,.;)]|and\b|but\b|while\b|whereas\b|$)")
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
"""Between a verb and a figure, the start of a clause of its own ("... and that 430")."""


# "(the commander said) the latest figure, up from| 58": the count just named, an earlier
# value of it
_FIGURE_UP_FROM = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:latest|new|revised|updated|final)\s+)?"
    r"(?:figure|toll|tally|count|number|total),?\s+(?:which\s+is\s+|is\s+)?(?:up|down)\s+from"
    r"\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_CHANGED_FROM = re.compile(
    r"(?:\b(?:up|down)\s+from\s+(?:the\s+|an?\s+)?(?:(?:earlier|previous|initial|first|original)"
    r"\s+)?(?:(?:estimate|figure|count|toll|tally|total)\s+of\s+)?"
    # "about 253 people died|, not |359 as previously stated", "rather than 40"
    r"|,\s*(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?"
    # "375,000 still in camps|, far fewer than the |680,000 counted by ...": the count it is
    # weighed against, named by "the"
    r"|,\s*(?:(?:far|much|well|many|slightly|somewhat)\s+)?(?:fewer|more|less|higher|lower)"
    r"\s+than\s+(?:(?:double|twice|triple|half)\s+)?the\s+"
    # ("45 wounded|, twice the |18 announced on the day": the count it is measured against)
    r"|,\s*(?:(?:about|nearly|almost|roughly|more\s+than|less\s+than)\s+)?"
    r"(?:double|twice|triple|three\s+times|half)\s+the\s+"
    r"|,\s*(?:as\s+)?(?:compared\s+(?:with|to)|against)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
"""What a figure follows when it is an earlier (or another) value of the figure before it."""
# "down to 21| from |27": the count before the change, after the one it changed to.
# "down to 21 from| 27", "to 76 from the previously announced| 93", "to 164 from the
# previous| 187": the count it was.
_TO_FROM = re.compile(
    # ("raised its toll to 64 on May 5, from| 58": the new count's date between)
    r"(?:\s+(?:on|by|as\s+of)\s+[\w ]{1,25}?)?"
    # (", from": "lowered the toll to 23, from the 26 announced a day earlier")
    r"\s*,?\s+from\s+(?:(?:the|an|its|their)\s+)?"
    r"(?:(?:previous(?:ly)?|earlier|initial(?:ly)?|original(?:ly)?|first)\s+)?"
    r"(?:(?:announced|reported|given|stated|published|released|estimated)\s+)?"
    r"(?:(?:figure|toll|count|total|estimate)\s+of\s+)?$",
    re.IGNORECASE,
)
_TO_END = re.compile(r"\bto\s+$", re.IGNORECASE)
# A mission counted by its strength, not one of observers or monitors.
_STRONG_MISSION = re.compile(
    r"^(?!.*\b(?:observer|observers|monitoring|monitors|fact-finding|assessment|medical)\b)"
    r".*\bmission\b",
    re.IGNORECASE,
)
# "12 service members| - 9 Marines, a medic and two soldiers - and |150 civilians"
_DASH = re.compile(r"\s[-–—]{1,2}\s")
_DASH_ASIDE_AND = re.compile(r"\s+[-–—]{1,2}\s+[^-–—.;:()]{1,120}?\s[-–—]{1,2}\s+and\s+")
# "from 12 on Monday to| 30 on Tuesday and| 41": a running count told value by value.
_FROM_TO_BEFORE = re.compile(
    r"\bfrom\s+(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)(?:\s+[a-z]+){0,4}\s+to\s+$"
    r"|\bfrom\s+[\d,.]+\s+(?:dead|deaths|killed|injured|wounded)\b[^.;:\d]{0,60}\s+to\s+$",
    re.IGNORECASE,
)
_FROM_END = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# (a number between is no figure, since the figures are in order: a date, "from 84 on 18
# March to| 242")
_FROM_THEN_TO = re.compile(r"[^.;:]{0,80}?\s+to\s+", re.IGNORECASE)
_THEN_AND = re.compile(r"(?:\s+[a-z]+){0,4},?\s+(?:and\s+)?(?:then\s+)?", re.IGNORECASE)


_PLACE_OF = re.compile(
    r"(?:\b(?:nation|state|country|republic|kingdom|island|city|town|village|region|province"
    r"|district|population|community|capital|metropolis|county|municipality|territory|enclave"
    r"|suburb|neighbou?rhood|locality|settlement|commune|township|hamlet)\s+of"
    # "The Westbians, who number| about 400,000 in Port Elin", "which numbers| 700,000"
    r"|\b(?:who|which|that)\s+(?:now\s+)?numbers?"
    # "Westby's Christian community, numbering| some 60,000 people, lives in fear"
    r"|\b(?:community|communities|minority|diaspora)\s*,?\s+(?:numbering|numbered)"
    r"|home\s+to|inhabited\s+by|population\s+(?:is|was|of)(?:\s+about|\s+some)?"
    # "The population of Westby is| 48,000", "... was estimated at| 48,000"
    r"|population\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+"
    r"(?:is|was|stands\s+at|stood\s+at|(?:is|was)\s+estimated\s+at)(?:\s+about|\s+some)?"
    # "The village, population 2,500, was destroyed", "(population: 2,500)"
    r"|[,(]\s*population\s*:?)\s*$",
    re.IGNORECASE,
)


_OPENS_OF_THE = re.compile(r"\W*(?:of|among)\s+(?:the|those|these)\s+", re.IGNORECASE)
# A place's population named right before its figure: "a population of| 480,000", "whose
# population is estimated at| 2.6 million".
_POPULATION_OF = Needs(
    re.compile(
        # ("its population before the conflict was| about 7,000": a time between)
        r"(?:\bpopulation\s+(?:(?:before|in|at|during|after)\s+(?:[\w'’-]+\s+){1,3}?)?"
        r"(?:of|is|was|stands\s+at|stood\s+at|(?:is|was)\s+estimated\s+at)"
        # "The population of Westby, which was| about 120,000 before the war"; "put the
        # population at| about 120,000"
        r"|\bpopulation\s+of\s+[^,;.]{1,40},\s+which\s+(?:was|is|stood\s+at)"
        r"|\b(?:put|puts|putting|estimated|estimates|estimate)\s+(?:the|its|their)\s+"
        r"population\s+at"
        # "the population had swelled to| nearly 230,000 by 2011", "its population has grown
        # to| 90,000": the people of a later day
        rf"|\bpopulation\s+{GROWN_TO}"
        # "the camps, home to| nearly a million Rohingya who fled ...": their people
        r"|,\s+(?:which\s+(?:is|are)\s+)?home\s+to)"
        r"(?:\s+(?:about|around|some|roughly|nearly|almost|over|more\s+than|an\s+estimated))?\s*$",
        re.IGNORECASE,
    ),
    "population home",
)
# "many of Westby's| roughly 60,000 residents spent a third night in shelters": the town's
# people, of whom a part did what the clause says.
_PART_OF_RESIDENTS = re.compile(
    r"\b(?:many|most|some|half|all|thousands|hundreds|dozens|several|a\s+third|a\s+quarter)"
    r"\s+of\s+(?:the|its|their|[A-Z][\w'’-]*['’]s?)\s+$",
    re.IGNORECASE,
)


_PREPOSITION = re.compile(r"(?:from|out of|in|at|on)\s", re.IGNORECASE)
"""A cue that starts with one of these ("from their homes") is a place, not a verb."""
_LINKING_VERB = re.compile(
    r"\s+(?:were|are|was|is|remain|remains|remained|(?:had|have|has)\s+been)"
    r"\s+(?:still\s+|now\s+|also\s+)?",
    re.IGNORECASE,
)


_OWNER_S = r"\b(?P<owner>(?:[\w-]+\s+){0,4}[\w-]+)(?:['’]s|(?<=s)['’])\s+"
"""An owner and its possessive: "the city council's| ", "the rebels'| "."""
# "the ministry's figure of| 14", "an earlier tally of| 30", "their own estimate of| 9".
_OWNED_COUNT = re.compile(
    # ("far above the UN estimate of| 670": an acronym's count, no possessive)
    rf"(?:{_OWNER_S}|\bthe\s+(?P<acronym>(?-i:[A-Z]{{2,6}}|U\.N\.))\s+|\b)"
    # ("the government's mid-May figures of| 7,100 dead and 5,300 missing")
    r"(?:(?:own|earlier|official|previous|initial|latest|final|provisional|revised|updated"
    r"|mid-[a-z]+|(?-i:[A-Z][a-z]+))\s+){0,2}"
    r"(?:figures?|tally|tallies|counts?|estimates?)\s+of\s+$",
    re.IGNORECASE,
)
_COUNT_WORDS = ("figure", "tall", "count", "estimate")
"""One of these is in every match of _OWNED_COUNT and _OWNED_COUNTS_AND (`sentence_holds`)."""


# "although the ministry's official list still gives| 19", "the hospital's count shows| 28".
_OWNED_COUNT_GIVES = EndsOn(
    re.compile(
        _OWNER_S + r"(?:(?:own|latest|new|final|official|revised)\s+)?" + _COUNT_GIVES + "$",
        re.IGNORECASE,
    ),
    "gives gave shows showed lists listed records recorded",  # (the verbs of _COUNT_GIVES)
)


_OWNED_COUNTS_AND = re.compile(
    _OWNER_S + r"(?:[\w-]+\s+){0,2}?"
    r"(?:figures|tallies|counts|estimates)\s+of\s+[\d.,]+(?:\s+[a-z]+){1,2}\s+and\s+$",
    re.IGNORECASE,
)


# "the 60| reported by the national government", "the 14| given by officials".
_OWNER_AFTER_BY = (
    r"(?:the\s+)?(?P<owner>[\w'’-]+(?:\s+[\w'’-]+){0,4}?)(?=\s*(?:[,;.]|$|\s+(?:on|in|at|and|"
    r"but|as|which|who|for|during|after|before|since|last|were|was|are|is|had|have|has"
    r"|the\s+(?:following|next|same|previous)|yesterday|today|earlier|later|this|that)\b))"
)
_GIVEN_BY = Needs(
    re.compile(
        r"[\"”]?(?:\s+(?:people|persons|individuals|names))?"  # ("549 people| listed by police")
        # ("the 10 to 15| initially claimed by the government")
        # ("Forty people| were confirmed dead by the ministry": a passive)
        r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been))?"
        r"(?:\s+(?:initially|originally|first|earlier|previously))?"
        r"\s+(?:reported|given|announced|cited|confirmed|counted|claimed|recorded|documented|"
        # ("far more than the 150| acknowledged by the ministry")
        r"registered|listed|acknowledged|admitted|conceded)"
        # (an adjective, not a participle whose "by" names the agent: "reported killed by troops")
        r"(?:\s+(?:dead|missing))?\s+(?:earlier\s+)?by\s+" + _OWNER_AFTER_BY
    ),
    "by",
)
# "The crowd was estimated at| 200,000| by organisers", "the toll, first put at| 84| by the
# prosecutor": a count given in the passive, its giver after the figure.
_PUT_AT_BEFORE = EndsOn(
    re.compile(
        r"\b(?:(?:estimated|put|placed|given|set|fixed)\s+at"
        # ("the toll was raised to| 52| by the ministry")
        r"|(?:raised|revised|lowered|increased|updated|adjusted|corrected)"
        r"(?:\s+(?:up|down)(?:wards?)?)?\s+to)\s+$",
        re.IGNORECASE,
    ),
    "at to",
)
_BY_AFTER = re.compile(
    r"(?:\s+(?:people|persons|dead|deaths|victims))?\s+by\s+"
    # (not a time: "put at 40 by the end of the war", "by Monday", "by then")
    r"(?!(?:the\s+)?(?:end|start|beginning|middle|close|time|morning|afternoon|evening|night"
    r"|nightfall|midday|noon|dawn|dusk|weekend)\b|(?:then|now|mid|late|early)\b|[A-Z][a-z]+day\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d)" + _OWNER_AFTER_BY
)
# "far fewer than the at least 600| the commission estimated", "the 110| the attorney general
# counted": a count named by who gave it, as the subject of its verb.
_GIVEN_BY_SUBJECT = re.compile(
    r"\s+(?:(?P<owner>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)|the\s+(?P<named>[\w'’-]+(?:\s+[\w'’-]+){0,3}?))"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:estimated|counted|reported|gave|announced|cited|claimed|"
    r"recorded|documented|confirmed)\b"
)
GIVEN_EARLIER = (
    r"(?:(?:announced|reported|given|released|cited|issued|stated)\s+earlier"
    r"|as\s+(?:previously|initially|originally|first)\s+(?:stated|reported|announced|given))\b"
)
"""How a count from before the story is named after its figure ("the 18 announced
earlier", "not 359 as previously stated"): the extractor's dates read the same words
(dates.figure_dates)."""
_ANNOUNCED_EARLIER = re.compile(r"\s+" + GIVEN_EARLIER)
_DEFINITE_END = re.compile(r"\b(?:the|its|their)\s+[\"“]?$", re.IGNORECASE)


@cache
def _levels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = lexicon().raw
    before = "|".join(re.escape(w) for w in raw["level_before"])
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in raw["level_after"])
    return (
        re.compile(rf"\b(?:{before})(?:\s+by)?\s+$", re.IGNORECASE),
        re.compile(rf"[\s-]*(?:{after})\b", re.IGNORECASE),
    )


# "The shaft is| nearly 60 metres deep", "a well| 30 metres deep": something dug, whose depth
# is a length down (a distance, as "a depth of 30 metres" is), not a level of water
_DUG = re.compile(
    r"\b(?:shafts?|wells?|pits?|mines?|trench(?:es)?|craters?|holes?|tunnels?|boreholes?"
    r"|graves?|quarry|quarries|gorge|ravine)\b[^.;:]{0,30}$",
    re.IGNORECASE,
)


def _is_level(text: str, figure: Figure) -> bool:
    """Whether a length measures a level ("rose 2 metres", "4 metres deep"; extract.yaml
    level_before, level_after), not the distance between two places; the depth of a dug
    thing ("the shaft is 60 metres deep") is no level."""
    before, after = _levels()
    if before.search(text, figure.start - 20, figure.start):
        return True
    level = after.match(text, figure.end)
    if level is None:
        return False
    if _DOWN_FROM_THE_TOP.match(text, level.end()):
        return False  # "650 metres below the surface": a depth, down from the ground
    return not (
        level.group().lower().endswith("deep")
        and _DUG.search(text, max(0, figure.start - 40), figure.start)
    )


_DOWN_FROM_THE_TOP = re.compile(r"\s+(?:the\s+)?(?:surface|ground)\b", re.IGNORECASE)
"""After "below": a depth under the ground ("below the surface", "below ground"), not a
level under another ("below the danger mark")."""


def _owner_words(phrase: str) -> str:
    """The noun phrase that owns a count, read back from its "'s" ("contradicting the
    interior ministry" -> "interior ministry"): at most three words, up to a determiner or
    a verb."""
    kept: list[str] = []
    determiners = lexicon().sets["determiners"]
    for word in reversed(phrase.split()):
        lower = word.lower()
        if lower in determiners or (word.islower() and lower.endswith(("ing", "ed"))):
            break
        kept.insert(0, word)
        if len(kept) == 3:
            break
    return " ".join(kept)


_NOT_OWNERS = MONTH_SET | set(WEEKDAYS) | {"yesterday", "today", "week", "month", "year", "day"}
"""Words before "'s figure of" that date the count ("Monday's figure"), not own it."""


_HOLDS_PEOPLE = re.compile(r"\b(?:of|has|have|had|with)\s*$")
_ABOARD = re.compile(r"\s+(?:on\s+board|aboard|on\s+the\s+(?:boat|ship|vessel|plane|bus|train))\b")
"""After "with N people": passengers, not the people a place has."""


# The prison that holds a count of inmates, named or by its noun, then its verb: "Westby
# prison holds|", "The jail, ..., housed|", "El Cerro, about 20 km from the capital, held|".
_PRISON_HOLDS = re.compile(
    r"(?:(?:\b(?:prison|jail|penitentiary|detention\s+cent(?:re|er)|facility|colony|institution)"
    r"|(?<![\w'’-])(?:[A-Z][\w'’-]+)(?=\s|,))(?:\s*,[^,;.]{1,80},)?\s+"
    r"(?:holds|held|housed|houses|had\s+been\s+holding|was\s+holding|is\s+holding))\s+$"
)
# "the institution, where| 1,500 convicts| are serving their sentences": those it holds.
_PRISON_WHERE = re.compile(
    r"\b(?:prison|jail|penitentiary|facility|colony|institution)\s*,?\s+where\s+$"
)
_SERVING = re.compile(
    r"\s+(?:are|were)\s+(?:currently\s+|now\s+|still\s+)?(?:serving|held|housed|kept"
    r"|incarcerated|imprisoned)\b"
)


_PRISON_WORDS = frozenset(
    ("prison", "prisons", "jail", "jails", "penitentiary", "facility", "facilities", "capacity",
     "overcrowded", "overcrowding", "cellblock", "cellblocks", "colony", "institution")
)  # fmt: skip
"""A sentence with none of these words holds no prison's population ("rebels held 30
prisoners in a cave")."""


def _prison_holds(text: str, figure: Figure) -> bool:
    """Whether a prison named before a figure holds its people ("El Cerro prison holds|
    2,650 inmates", "the jail, built for 1,400, housed| 3,100 prisoners")."""
    return not index_of(text).words.isdisjoint(_PRISON_WORDS) and bool(
        _PRISON_HOLDS.search(text, max(0, figure.start - 100), figure.start)
    )


_WORD_AFTER_FIGURE = re.compile(r"\s+([A-Za-z]+)\b")
_HELD_IN_PRISON = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:being\s+|still\s+)?(?:held|housed|kept)\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:prison|jail|penitentiary|facility)\b",
    re.IGNORECASE,
)
"""Inmates a prison holds, in the passive ("2,400 inmates were being held in the prison")."""


def _prison_population(text: str, figures: list[Figure]) -> None:
    """Inmates or detainees a prison holds (`_prison_holds`, or in the passive), read as
    detained by their noun ("the prison, built for 800, held 2,400 detainees", "2,400
    inmates were being held in the jail"): the prison's population, compared across days
    as a stock, not people detained in the story's event."""
    if index_of(text).words.isdisjoint(_PRISON_WORDS):
        return  # the quick answer: no prison named
    prisoners = lexicon().sets["prisoner_nouns"]
    for figure in figures:
        # (the noun may be the kind's own cue, "2,400 detainees", and no party of it)
        word = _WORD_AFTER_FIGURE.match(text, figure.end)
        if (
            figure.kind in ("detained", "other")
            and (
                (figure.noun and head_noun(figure.noun) in prisoners)
                or (word is not None and word.group(1).lower() in prisoners)
            )
            and (
                _prison_holds(text, figure)
                or _HELD_IN_PRISON.match(text, figure.noun_end or (word.end() if word else 0))
                or (
                    _PRISON_WHERE.search(text, max(0, figure.start - 60), figure.start)
                    and _SERVING.match(text, figure.noun_end or (word.end() if word else 0))
                )
            )
        ):
            figure.kind = families().residents


# (a quotation closed before it: 'had killed "200 soldiers" and wounded| more')
_NEW_CLAUSE = re.compile(
    r"[\s" + QUOTE_CHARS + r"]*(?:and|or|but|then)\s+(?:[a-z]+ly\s+)?", re.IGNORECASE
)
# "The prison held 3,100 inmates at the time of the| massacre": the event dates the count,
# it does not name what befell those counted.
_AT_THE_TIME_OF = re.compile(
    r"\b(?:at\s+the\s+time\s+of|by\s+the\s+time\s+of|before|during|ahead\s+of)\s+"
    r"(?:the|that|this|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


_CUT_BEFORE = re.compile(r"[,;:.!?()" + QUOTE_CHARS + "]")


def _other_deed(text: str, at: int) -> bool:
    """Whether the verb right after a count is a deed no kind cues ("thousands more| watched
    on big screens"): those who did it, not more of the dead counted before."""
    verb = _VERB_AFTER.match(text, at)
    return (
        verb is not None
        and verb["verb"] not in _NOT_DEEDS
        and event_kind(verb["verb"]) is None
        and event_kind(text[verb.end() : verb.end() + 30]) is None
    )


_NOT_DEEDS = frozenset(
    ("remained", "needed", "required", "reported", "confirmed", "feared", "arrived", "crossed")
)
"""Verbs after a count that say what became of the people counted, not what they did."""


def event_kind(text: str, last: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The first (or last) event cue of `text` and its kind, if any."""
    lex = lexicon()
    lower = text.lower()
    stem = lex.event_stems.search(lower)
    if stem is None:
        return None  # the quick answer for most stretches of text
    # (in ASCII text a cue starts where a stem does, at the same place in lower case: none
    # before the first stem, and the engine need not try the text before it again)
    start = stem.start() if text.isascii() else 0
    if last:
        matches = list(lex.any_event.finditer(text, start))
        match = matches[-1] if matches else None
    else:
        match = lex.any_event.search(text, start)
    if match is None:
        return None
    return cue_kind(match.group(0)), match.span()


_OWN_PREDICATE = re.compile(
    r"\s+(?:were|was|are|is|had|have|has|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+|later\s+|then\s+)?"
    r"\w+ed\b",
    re.IGNORECASE,
)
_SCARE_QUOTED = re.compile(
    rf"\s*[{QUOTE_CHARS}][\w'’ -]{{1,30}}[{QUOTE_CHARS}]|[{QUOTE_CHARS}](?=\s)"
)
_ANOTHER_CLAUSE = re.compile(r"\b(?:and|but|while|whereas)\b|[,;]", re.IGNORECASE)
# "and one| turned out ...", "and one|, a 67-year-old woman, turned out ...": its own verb.
_PAST_VERB = re.compile(
    r"(?:\s*,\s*an?\s[^,;.]{1,40},"
    # "and one|, identified as Ivan Petrov, a Norland national, was captured": asides, then
    # its own verb
    r"|\s*,\s*(?:identified|named|described)\s+as\s[^,;.]{1,40}(?:,\s*an?\s[^,;.]{1,40})?,"
    r")?\s+(?:(?:was|were)\s+)?[a-z]+ed\b"
)
# "Thirty-two were| troops"; not "about 60 were later convicted".
_PREDICATE = re.compile(r"\s+(?:were|are)\s+(?!(?:\w+ly\s+|later\s+|then\s+|also\s+)?\w+ed\b)")
# "while thousands more| watched on big screens": a verb in the past right after a count
_VERB_AFTER = re.compile(r"\s+(?P<verb>[a-z]+ed|came|went|stood|sang|saw|ran|sat|kept)\b")
_IT_WAS = re.compile(
    r"\b(?:it|that)\s+(?:was|is|had\s+been|stood\s+at)\s+(?:closer\s+to|nearer(?:\s+to)?|about"
    r"|around|some|nearly|almost|more\s+than|over|at\s+least|as\s+many\s+as)?\s*$",
    re.IGNORECASE,
)


@cache
def _crowds_and_forces() -> frozenset[str]:
    """The kinds of counts of people gathered or deployed (a crowd, the forces)."""
    crowd = families().crowd
    return frozenset((*families().forces, *((crowd,) if crowd else ())))


_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


# "32 militants| from several countries, including| three ...": past the count's own
# modifier (where they are from), the list it includes
_INCLUDING_PAST = re.compile(
    r"(?:\s+(?:from|of|in|at)\s+[^,;:.()]{1,40}?)?\s*[,(]?\s*(?:including|among\s+them)\s+"
)


def listed_parts(text: str, figures: list[Figure]) -> dict[int, Figure]:
    """The figures a sentence lists after "including", and the list's next items, each with
    the count of people they are a part of (the last toll or force before them): "Twenty of
    the victims were foreigners from 9 countries, including five Norlanders, four
    Veylanders and two Eastlanders", "32 militants, including three Norlanders and two
    Veylanders, took part"."""
    if "including" not in text:
        return {}  # the quick answer
    lex = lexicon()
    wholes = (*families().tolls, *families().forces)
    found: dict[int, Figure] = {}
    for index, figure in enumerate(figures):
        whole = figures[index - 1] if index else None
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        if (
            whole is None
            or figure.kind_hint is not None
            or not head
            or head in lex.sets["generic_nouns"]
            or head in lex.sets["thing_nouns"]
        ):
            continue
        if index - 1 in found and _LIST_GOES_ON.fullmatch(text, whole.noun_end, figure.start):
            found[index] = found[index - 1]  # "..., four Veylanders| and two Eastlanders"
        elif _INCLUDING_PAST.fullmatch(text, whole.noun_end, figure.start):
            counted = next(
                (
                    f
                    for f in reversed(figures[:index])
                    if f.kind in wholes and head_noun(f.noun).lower() not in lex.sets["thing_nouns"]
                ),
                None,
            )
            if counted is not None:
                found[index] = counted
    return found


def _listed_people_of_a_count(text: str, figures: list[Figure]) -> None:
    """Those a sentence lists as parts of a toll or a force (`listed_parts`) count what it
    counts, whatever other verb they have ("three Norlanders and two Veylanders, took part":
    of the fighters): no figure of their own kind."""
    crowd = families().crowd
    for index, whole in listed_parts(text, figures).items():
        figure = figures[index]
        if figure.kind in ("other", crowd) or figure.kind in _held_kinds():
            figure.kind = whole.kind  # (its people name a party: "Norlanders killed")


_LIST_OF_THE_MISSING = re.compile(
    r"\blists?\s+of\s+(?:the\s+)?(?:people\s+|those\s+)?(?:unaccounted|missing)\b", re.IGNORECASE
)
_HAS_AUXILIARY = re.compile(r"\b(?:have|has|had|were|was|are|is|been)\s", re.IGNORECASE)
_AUXILIARY = re.compile(r"(?:have|has|had|were|was|are|is|been)\s+$", re.IGNORECASE)


# Between a cue that qualifies a noun and the verb: the noun, maybe an adverb ("wounded|
# soldiers later| died").
_LATER = "later|then|also|subsequently|eventually"  # adverbs between a noun and its verb
_ADJECTIVE_THEN_VERB = re.compile(
    r"\s+(?!(?:in|at|on|by|and|or|of|to|with|from|for|as|were|was|are|is|have|has|had)\b)"
    rf"[a-z]+(?:\s+(?:{_LATER}))?\s+"
)


_THE_END = re.compile(r"\b(?:the|those)\s+$", re.IGNORECASE)
_ADVERBS = re.compile(rf"\s+(?:(?:{_LATER}|since|have|has|had)\s+)*", re.IGNORECASE)


_READY_TO = re.compile(
    r"\b(?:ready|willing|prepared|determined|vowed|vowing|pledged|threatened|threatening)"
    r"\s+to\s+$",
    re.IGNORECASE,
)


_AUXILIARY_END = re.compile(
    r"\b(?:were|was|been|are|is|be|being|got|get|gets)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)


def _finite_event(stretch: str) -> tuple[str, tuple[int, int]] | None:
    """The event of a figure's clause: the first cue, unless a later cue is the finite verb
    ("Three policemen injured in the attack have died", "two wounded soldiers died": killed,
    not injured)."""
    found = event_kind(stretch)
    if found is None:
        return None
    rest = stretch[found[1][1] :]
    if _READY_TO.search(stretch, found[1][0] - 30, found[1][0]):
        # "25,000 of his men were on the march and ready to| die": what they would do, not
        # what befell them; the figure's event, if any, is a later one.
        after = _finite_event(rest)
        shift = found[1][1]
        return after and (after[0], (shift + after[1][0], shift + after[1][1]))
    later = event_kind(rest)
    if (
        later
        and found[0] == "injured"
        and rest[later[1][0] : later[1][1]].lower().startswith("evacuat")
    ):
        later = None  # "30 wounded were evacuated to the capital": still the wounded
    if (
        later
        and later[0] != found[0]
        and (_THE_END.search(stretch, 0, found[1][0]) or not stretch[: found[1][0]].strip())
        and _ADVERBS.fullmatch(rest[: later[1][0]])
        # ("174 dead| hostages": the later cue names the people, the first is their state)
        and not _names_a_role(rest[later[1][0] : later[1][1]])
    ):
        # "several of the wounded| died", "30 hostages| died": the first cue is a noun (the
        # figure's own), the second the verb.
        shift = found[1][1]
        return later[0], (shift + later[1][0], shift + later[1][1])
    if later and later[0] != found[0] and _ADJECTIVE_THEN_VERB.fullmatch(rest[: later[1][0]]):
        # "Two wounded soldiers died": the first cue qualifies the noun, the second is the verb.
        shift = found[1][1]
        return later[0], (shift + later[1][0], shift + later[1][1])
    if not _HAS_AUXILIARY.search(rest):
        return found  # the quick answer: no finite verb after the first cue
    if (
        later
        and _AUXILIARY.search(rest[: later[1][0]])
        and later[0] != found[0]
        # "six were killed and many more were wounded": the later verb is another clause's.
        and not _ANOTHER_CLAUSE.search(rest, 0, later[1][0])
    ):
        shift = found[1][1]
        return later[0], (shift + later[1][0], shift + later[1][1])
    return found


def _toll_noun(text: str, cue: tuple[int, int] | None) -> bool:
    """Whether a figure's cue is the noun of a count ("toll"), not a verb it may share."""
    return cue is not None and text[cue[0] : cue[1]].lower() in ("toll", "tolls")


_SAID_THEN = re.compile(
    r"(?:^|[,;:]|\b(?:said|says|say|reported|announced|stated|added|confirmed|that|and))"
    r"\s*(?:(?:about|some|at\s+least|more\s+than|nearly|all|another)\s+)?$",
    re.IGNORECASE,
)


def _kind_of_its_noun(text: str, figure: Figure) -> bool:
    """Whether a figure's kind is its own noun's, a noun naming people by their role ("19
    hostages"), with no verb of its own."""
    return (
        # (its clause's subject: "freed| 40 hostages and 12 militants were killed" is not)
        _SAID_THEN.search(text, max(0, figure.start - 40), figure.start) is not None
        and _role_noun_gave_kind(text, figure)
    )


def _role_noun_gave_kind(text: str, figure: Figure) -> bool:
    """Whether a figure's cue is its own noun right after it, a noun naming people by their
    role ("19 hostages"), not a verb."""
    cue = figure.cue
    return (
        cue is not None
        and figure.end <= cue[0] <= max(figure.end + 1, figure.noun_end)
        and not text[figure.end : cue[0]].strip()
        and _names_a_role(text[cue[0] : cue[1]])
    )


def _role_counts_of_a_deed(text: str, figures: list[Figure]) -> None:
    """A count whose kind its own noun gave, a noun naming people by their role ("20
    hostages"), is the toll of a deed that governs it: the verb right before it ("The
    gunmen killed| 20 hostages") or its clause's verb after it ("Twenty hostages, most of them
    foreigners, were killed"): the dead of those people (its noun is their party)."""
    for figure in figures:
        cue = figure.cue
        if cue is None or not _role_noun_gave_kind(text, figure):
            continue
        deed = _DEED_BEFORE.search(text, max(0, figure.start - 30), figure.start) or (
            _DEED_AFTER.match(text, figure.noun_end)
        )
        found = event_kind(deed.group("deed")) if deed is not None else None
        if deed is not None and found is not None and found[0] in families().tolls[:2]:
            # (the role noun is the count's noun, its party: "hostages killed")
            figure.noun = figure.noun or text[cue[0] : cue[1]]
            figure.noun_end = max(figure.noun_end, cue[1])
            figure.kind, figure.cue = found[0], deed.span("deed")


# "The gunmen killed| 20 hostages", "... shot dead| 12 prisoners"
_DEED_BEFORE = re.compile(
    r"\b(?P<deed>killed|executed|murdered|massacred|shot\s+dead|wounded|injured)\s+$",
    re.IGNORECASE,
)
# "20 hostages|, most of them foreigners, were killed"
_DEED_AFTER = re.compile(
    r"(?:\s*,[^,;.]{1,60},)?\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
    r"(?P<deed>killed|executed|murdered|died|wounded|injured)\b",
    re.IGNORECASE,
)


def _names_a_role(cue: str) -> bool:
    """Whether a cue is a noun naming people by their role (parties.yaml: "hostages",
    "prisoners"), not a verb."""
    return bool(read_party(cue).role)


_ACRONYM = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")


# (the quotation mark first, the blank before it looked back on once it is read: the engine
# leaps to the marks, where a leading look-behind tries every position; the same matches)
_QUOTED_WORDS = re.compile(
    rf"[{QUOTE_CHARS}](?<=\s[{QUOTE_CHARS}])([\w'’-]+(?:\s[\w'’-]+)?)[{QUOTE_CHARS}]"
)


_OWN_SUBJECT_CLAUSE = re.compile(
    r"\s(?:before|after|when|while|until|because|once)\s+(?:he|she|they|it|we|i|you)\s",
    re.IGNORECASE,
)
"""A subordinate clause with its own subject pronoun: its verb is not the figure's."""


_PARTICIPLES_LISTED = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:were|was|been)\s+[a-z]+(?:ed|en|t),(?:\s+[a-z]+(?:ed|en|t),)*"
    r"\s+[a-z]+(?:ed|en|t)\s+(?:or|and)\s+[a-z]+(?:ed|en|t)\b"
)


def _window_after(text: str, start: int, limit: int, words: int = 9) -> tuple[int, int]:
    """The stretch after a figure where its verb may be: to the next comma, at most N words."""
    # "servicemen of the Norland Republic (NR)| have been killed": a name's acronym in
    # brackets does not end the clause (blanked: the positions stay the text's)
    stretch = _ACRONYM.sub(lambda m: " " * len(m.group(0)), text[start:limit])
    # 'six of the attackers had been "liquidated"': a word in quotes inside the clause is
    # read as a word (blanked quotes: the positions stay the text's)
    stretch = _QUOTED_WORDS.sub(lambda m: " " + m.group(1) + " ", stretch)
    # "419 people| were shot, tortured or killed": a list of the verbs, commas and all, that
    # ends on a toll's (not "detained, questioned and released")
    listed = _PARTICIPLES_LISTED.match(stretch)
    ending = event_kind(listed.group(0).rsplit(None, 1)[-1]) if listed is not None else None
    if listed is not None and ending is not None and ending[0] in families().tolls:
        stretch = stretch[: listed.end()].replace(",", " ") + stretch[listed.end() :]
    # '140 "occupiers"| were killed': a word in quotes does not end the clause
    quoted = _SCARE_QUOTED.match(stretch)
    cut = CUT_AFTER.search(stretch, quoted.end() if quoted else 0)
    if cut:
        stretch = stretch[: cut.start()]
    # "wounded 11| before he was shot dead": a clause with a subject of its own ends it
    subordinate = _OWN_SUBJECT_CLAUSE.search(stretch)
    if subordinate:
        stretch = stretch[: subordinate.start()]
    tokens = WORD.finditer(stretch)
    last = next(islice(tokens, words - 1, None), None)  # the Nth word
    if last is not None and next(tokens, None) is not None:  # and more after it
        stretch = stretch[: last.end()]
    return start, start + len(stretch)


_OF_THE_THINGS = re.compile(r"\s+(?:from|of|in|across)\s+$", re.IGNORECASE)


def _things_counted_next(text: str, figure: Figure, after: Sequence[Figure]) -> bool:
    """Whether the next figure counts things in a phrase hung on this one's noun ("41
    foreigners from| nine countries| were killed", "120 people in| three villages| were
    injured"): the verb after it is this one's (the things' count has no people's kind)."""
    if not figure.noun or not after or not after[0].noun:
        return False
    inner = after[0]
    return (
        _OF_THE_THINGS.fullmatch(text, figure.noun_end, inner.start) is not None
        and inner.noun.split()[-1].lower() in lexicon().sets["thing_nouns"]
    )


# "147 people| including students, members of the police and passers-by| were killed": a
# list of the parts, commas and all, up to the figure's own auxiliary or verb ("70 persons|
# including 27 children| died and 341 were injured").
_LISTED_PARTS = re.compile(
    r"\s*,?\s+including\s[^;:.!?()]{1,120}?(?:\s*,)?"
    r"(?=\s+(?:were|was|have\s+been|had\s+been|died|lost)\s"
    # (a verb in the past, not an adjective of the list's last part: "arrested 20 people,
    # including two| injured protesters.")
    r"|\s+(?![a-z]+ed\s+[a-z]+s\s*(?:[,.;:]|$))[a-z]+ed\s)"
)


# "Ten firefighters| who had been sent to tackle a blaze were among the dead": the verb
# after a relative clause.
_WHO_WERE_AMONG = re.compile(
    r"(?:\s+(?:who|that|which)\s[^,;:.!?()]{1,120}?\s"
    # "32 children|, the youngest aged three,| were among those who died", "26 foreigners|
    # from 14 countries| were among the dead", "Sixteen pupils| and two teachers from a
    # school in Westby were among the victims", or nothing between
    r"|\s*,[^,;:.!?()]{1,80},\s*|\s+(?:from|of|in|aged)\s[^,;:.!?()]{1,40}?\s"
    r"|\s+and\s[^,;:.!?()]{1,80}?\s|\s+)"
    r"(?:were|was|are|is)\s+(?:\w+\s+)?among\s+"
    r"(?:the|those)\s+(?:who\s+(?:were\s+|had\s+been\s+)?)?(?P<cue>[a-z]+)\b",
    re.IGNORECASE,
)


_NAMES_OF = re.compile(r"\s+of\s", re.IGNORECASE)  # "the names of 94 soldiers": theirs
_NAMES_CONTEXT = 400
"""How much of the text before a count of names is read for the deaths it names."""
_LISTS = re.compile(r"\blists?\b", re.IGNORECASE)
_VICTIMS = re.compile(r"\bvictims?\b", re.IGNORECASE)


def _counts_own_noun(figure: Figure) -> bool:
    """Whether a figure names what it counts, other than people in general ("120,000
    marchers", not "14 people")."""
    return bool(figure.noun) and not names_only_people(figure.noun)


_COUNT_OF = re.compile(r"\b(?:toll|tally|count|figure|total)\s+of\s+$", re.IGNORECASE)


def _has_own_verb(text: str, figure: Figure) -> bool:
    """Whether a finite verb of no event follows a figure's counted words ("60,000 people|
    had gathered", "about 60| were later convicted", "and one|, a woman, turned out"): the
    figure's own clause, which takes no verb from the clause before it."""
    return bool(
        _OWN_PREDICATE.match(text, figure.noun_end if figure.noun_end > figure.end else figure.end)
        or (not figure.noun and _PAST_VERB.match(text, figure.end))
    )


def _taken_in_or_at_large(text: str, figures: list[Figure]) -> None:
    """Those taken, rushed or sent to a hospital ("Nine other people were taken to the
    Westby district hospital") are the injured; people "at large" ("61 were recaptured and
    57 remain at large") were never caught, whatever the clause before counted."""
    lex = lexicon()
    for figure in figures:
        after = max(figure.end, figure.noun_end)
        head = head_noun(figure.noun) if figure.noun else ""
        if (
            figure.kind == "other"
            and not figure.kind_hint
            and (not figure.noun or (names_people(head) and head not in lex.sets["thing_nouns"]))
            and _TAKEN_TO_HOSPITAL.match(text, after)
        ):
            figure.kind = lex.cue_kinds["injured"]
        if figure.kind in families().tolls and _AT_LARGE.match(text, after):
            figure.kind, figure.cue = "other", None
            figure.extra.pop("scope", None)


_TAKEN_TO_HOSPITAL = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:taken|rushed|brought|admitted"
    r"|sent|airlifted|flown)\s+to\s+(?:the\s+|a\s+|local\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?)\b",
    re.IGNORECASE,
)


@cache
def _civilians() -> frozenset[str]:
    """The people whose seizure takes them hostage: seized_civilians, present_people and
    camp_people but survivors, crew and men (one set, built once: the union at each sentence
    cost more than the rule)."""
    sets = lexicon().sets
    # (men captured in a fight may be fighters)
    return (sets["seized_civilians"] | sets["present_people"] | sets["camp_people"]) - {
        "survivors",
        "crew",
        "men",
    }


def _civilians_seized(text: str, figures: list[Figure]) -> None:
    """Civilians seized or captured ("gunmen seized 40 villagers", "at least 100 pupils
    were seized"): taken hostage, not captured as fighters are (nor recaptured, as escaped
    prisoners are)."""
    lex = lexicon()
    captured, hostages = lex.cue_kinds["captured"], lex.cue_kinds["held hostage"]
    civilians = _civilians()
    for figure in figures:
        if figure.kind != captured or not figure.noun:
            continue
        # (a figure coordinated with another shares its cue: the sentence's words then)
        cue = (text if figure.cue is None else text[figure.cue[0] : figure.cue[1]]).lower()
        if figure.cue is None and ("recaptur" in cue or "returned to" in cue):
            continue
        if head_noun(figure.noun) in civilians and not cue.startswith(("recaptur", "return")):
            figure.kind = hostages


def _broken_out(text: str, figures: list[Figure]) -> None:
    """Prisoners who "escaped" or "broke out" ("93 inmates| escaped"): a breakout's count
    (kinds.yaml, prisoners), where other people's escape is from harm or a siege."""
    lex = lexicon()
    prisoner_nouns = lex.sets["prisoner_nouns"]
    for figure in figures:
        if (
            # (inmates who "fled" are no people displaced)
            figure.kind in ("other", "displaced")
            and figure.noun
            and head_noun(figure.noun) in prisoner_nouns
            and (
                _BROKE_OUT.match(text, figure.noun_end)
                # "gunmen stormed the jail, freeing| 412 inmates"
                or _FREEING.search(text, max(0, figure.start - 40), figure.start)
            )
        ):
            figure.kind = lex.cue_kinds["escaped from prison"]


_BROKE_OUT = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:escaped|broken?\s+out|broke\s+free|fled)\b"
    r"(?!\s+(?:unhurt|unharmed|uninjured|unscathed|injury|injuries|death|alive)\b)",
    re.IGNORECASE,
)
# Attackers "freeing" prisoners (a participle after the attack; "a decree freed 200
# prisoners" is an amnesty, no breakout)
_FREEING = re.compile(rf",\s+(?:freeing|setting\s+free)\s+{HEDGES_BEFORE}$", re.IGNORECASE)
_AT_LARGE = re.compile(
    r"\s+(?:(?:still|remain|remains|remained|are|were|is|was)\s+){1,2}at\s+large\b", re.I
)
_BARE_PAST = re.compile(r"\s+(?:[a-z]+ed|broke|ran|went|came|got)\b(?!\s+(?:by|in|at)\b)")


def _bare_verb_after(text: str, figure: Figure) -> bool:
    """Whether the counted noun is followed by a past verb with no auxiliary ("75
    prisoners| escaped"): a clause of the figure's own."""
    return bool(figure.noun) and _BARE_PAST.match(text, figure.noun_end) is not None


_SEARCH_CUE = re.compile(r"(?:look|search)", re.IGNORECASE)
# "A court sentenced 12 people to| death", "condemned five men to| death": a verdict.
_SENTENCED_TO = re.compile(r"\b(?:sentenc|condemn)\w*\b[^.;:]{0,80}\bto\s+$", re.IGNORECASE)


def _verdicts(text: str, figures: list[Figure]) -> None:
    """The people a court sentenced to death are no one's dead: no toll, their noun kept
    (a death penalty is a verdict; extract.yaml cue_not_after and cue_not_before read the
    rest of its wordings)."""
    if "sentenc" not in text and "condemn" not in text:
        return  # the quick answer
    killed = families().tolls[0]  # kinds.yaml lists the dead first
    for figure in figures:
        cue = figure.cue
        if (
            figure.kind == killed
            and cue is not None
            and text[cue[0] : cue[1]].lower() == "death"
            and _SENTENCED_TO.search(text, max(0, cue[0] - 100), cue[0])
        ):
            figure.kind, figure.cue = "other", None


def _sought(text: str, figures: list[Figure]) -> None:
    """Those searched for are missing ("its teams are looking for more than 60"), not a
    force or suspects the police are looking for: those are no count of the missing."""
    lex = lexicon()
    missing = lex.cue_kinds["missing"]
    for figure in figures:
        cue = figure.cue
        if figure.kind != missing or cue is None or not _SEARCH_CUE.match(text, cue[0]):
            continue
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        if head in lex.sets["wanted_nouns"] or stock_kind(figure.noun):
            figure.kind = stock_kind(figure.noun) or "other"


def _listed_part_of(text: str, figures: list[Figure], index: int) -> Figure | None:
    """The toll a figure is listed as a part of after a colon ("killed 67: 61 civilians and
    six soldiers"; "the toll to 49: 41 at the mosque, seven at the centre"), with no verb
    of its own nor a stop between."""
    figure = figures[index]
    colon = text.rfind(":", 0, figure.start)
    if colon < 0 or _CLAUSE_STOP.search(text, colon, figure.start) or _has_own_verb(text, figure):
        return None
    return next(
        (f for f in reversed(figures[:index]) if f.end <= colon and f.kind in families().tolls),
        None,
    )


def _list_as_part(figure: Figure, toll: Figure) -> None:
    """Read `figure` as a part a colon lists after `toll`: of its kind, never its rival."""
    figure.kind = toll.kind
    figure.extra["listed"] = True  # a part a place may scope (tolls.place_parts)
    figure.extra.setdefault("scope", "among them")  # never the toll's rival


_CLAUSE_STOP = re.compile(r"[.;!?]")


def _bare_participle(text: str, figure: Figure) -> bool:
    """Whether a figure counts no noun and its event word follows it at once ("and 71
    wounded"): a count of its own, whose word is no verb shared with the nouns before it
    ("eight civilians and five soldiers, and 71 wounded")."""
    return (
        not figure.noun and figure.cue is not None and not text[figure.end : figure.cue[0]].strip()
    )


def _verb_just_before(text: str, figure: Figure, previous: Figure | None) -> bool:
    """Whether an event verb stands right before the figure ("floods kill 41"): its own."""
    a, b = _window_before(text, figure.start, previous.noun_end if previous else 0)
    found = event_kind(text[a:b], last=True)
    return found is not None and not text[a + found[1][1] : figure.start].strip()


def _window_before(text: str, end: int, floor: int, words: int = 5) -> tuple[int, int]:
    # A quote opening at the figure does not cut it from its verb: 'killed "more than 40"'.
    end = len(text[floor:end].rstrip(" " + QUOTE_CHARS)) + floor
    stretch = text[floor:end]
    cuts = [cut.end() for cut in _CUT_BEFORE.finditer(stretch)]
    if cuts:
        stretch = stretch[cuts[-1] :]
    tokens = word_tokens(stretch)
    if len(tokens) > words:
        stretch = stretch[tokens[-words].start() :]
    return end - len(stretch), end


@cache
def _release_pattern() -> re.Pattern[str]:
    """A release verb (extract.yaml's release_verbs) as a whole word or phrase."""
    return re.compile(plain_words_pattern(lexicon().raw["release_verbs"]), re.IGNORECASE)


def _released(text: str, figure: Figure, floor: int, limit: int) -> bool:
    """Whether the people a figure counts are freed, exchanged, returned ... in its clause
    ("150 servicemen had been freed", "the rebels swapped 150 soldiers"): so they are no
    force's strength."""
    a, b = _window_before(text, figure.start, floor)
    after = _window_after(text, figure.noun_end, limit)
    pattern = _release_pattern()
    return bool(pattern.search(text, a, b) or pattern.search(text, *after))


@cache
def _held_kinds() -> frozenset[str]:
    """The kinds of people held: detained, captured, hostages (by their cues' kinds)."""
    cues = lexicon().cue_kinds
    return frozenset(cues[cue] for cue in ("detained", "captured", "kidnapped") if cue in cues)


# "88 bodies have been identified and 187 are yet to be identified", "Eleven of the dead have
# still not been identified", "63 could not be identified", "21 bodies remained without
# identification": the work of naming the dead, not a toll.
_IDENTIFIED = re.compile(
    r"^[^.;:]{0,60}?\b(?P<un>un|not\s+(?:yet\s+)?(?:been\s+|be\s+)?|yet\s+to\s+be\s+|without\s+)?"
    # ("identified as Turks": who they were; not "as they were burnt": why not)
    r"identifi(?:ed|cation)\b(?!\s+as\s+(?!of\b|(?:they|it|he|she|these|those)\s))",
    re.IGNORECASE,
)
_KILLED_VERB = re.compile(r"\b(?:killed|died|dead|deaths)\b", re.IGNORECASE)
# "1,240 bodies have been recovered and identified": found, then named; the toll still.
_RECOVERED_AND = re.compile(
    r"\b(?:recovered|retrieved|found|exhumed|pulled\s+out)\s+and\s+(?:\w+\s+)?identifi",
    re.IGNORECASE,
)
_OF_THE_DEAD = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:dead|bodies|victims|these|those|them))?", re.IGNORECASE
)


def _identifications(text: str, figures: list[Figure]) -> None:
    """Counts of the dead by whether they are identified are of no toll (kind other)."""
    if "identifi" not in text:
        return  # the quick answer
    killed = families().tolls[0]  # kinds.yaml lists the dead first
    for index, figure in enumerate(figures):
        if figure.kind != killed or figure.text.lower().startswith("all "):
            continue  # ("All 44 of the dead were identified": the toll, every one named)
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        after = text[max(figure.end, figure.noun_end) : limit]
        partitive = _OF_THE_DEAD.match(after)  # "Eleven| of the dead| have not been ..."
        after = after[partitive.end() :] if partitive else after
        found = _IDENTIFIED.match(after)
        if found is None or _KILLED_VERB.search(found.group(0)):
            continue  # "12 people killed in the blast were identified as": a toll
        if not found.group("un") and _RECOVERED_AND.search(found.group(0)):
            continue
        figure.kind = "other"
        figure.noun = "unidentified bodies" if found.group("un") else "identified bodies"


# "Some 2,000 people|, about a third of the town's 6,000 residents,| were forced from their
# homes": a share of a whole between a count and its verb (its figures end the count's
# clause, so the verb was never read with it).
_SHARE_ASIDE = re.compile(
    r"\s*,\s*(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over)\s+)?"
    r"(?:(?:a|one|two|three)\s+)?(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth"
    r"|\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%))\s+of\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,60},"
    r"(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been)(?:\s+(?:also|all))?)?\s+",
    re.IGNORECASE,
)


def _share_asides(text: str, figures: list[Figure]) -> None:
    """A count of people whose verb follows an aside that gives their share of a whole
    ("Nearly 2,000 residents, about a third of the town's population, were evacuated"):
    of the kind of that verb."""
    if " of " not in text:
        return  # the quick answer
    population = families().residents
    for figure in figures:
        if figure.kind not in ("other", population) or not figure.noun:
            continue
        aside = _SHARE_ASIDE.match(text, figure.noun_end)
        if aside is None:
            continue
        cue = event_kind(text[aside.end() : aside.end() + 60])
        if cue is not None and cue[1][0] == 0:
            figure.kind = cue[0]
            figure.cue = (aside.end() + cue[1][0], aside.end() + cue[1][1])


# "27 terrorists were destroyed", "destroyed 50 militants", "the loss of 200 servicemen":
# official words for killing a force's members (said only of people here: "destroyed 200
# houses" counts houses, "the loss of 300 jobs" jobs).
_DESTROYED_AFTER = re.compile(
    r"(?:\s*,[^,;:.]{1,60},)?"  # ("50 terrorists, including 18 women,| were destroyed")
    r"\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been|being)\s+)?"
    r"(?P<verb>destroyed|eliminated|neutrali[sz]ed|annihilated|wiped\s+out)\b",
    re.IGNORECASE,
)
_DESTROYED_BEFORE = re.compile(
    # ("the alleged loss of| 200 servicemen": their deaths)
    r"\b(?P<verb>destroyed|eliminated|neutrali[sz]ed|annihilated|loss\s+of)\s+"
    r"(?:(?:up\s+to|about|some|over|more\s+than|at\s+least|around|nearly)\s+)?$",
    re.IGNORECASE,
)


# "The number of militants destroyed in the operation has reached| 72"
_NUMBER_DESTROYED = re.compile(
    r"\bnumber\s+of\s+(?P<noun>[\w-]+)\s+(?P<verb>destroyed|eliminated|neutrali[sz]ed|"
    r"annihilated)\b[^.;:]{0,120}?\b(?:has\s+reached|reached|rose\s+to|has\s+risen\s+to|is|was"
    r"|stood\s+at|stands\s+at)\s+(?:(?:about|some|over|more\s+than|at\s+least|nearly)\s+)?$",
    re.IGNORECASE,
)
_DESTROYED_WORDS = ("destroy", "eliminat", "neutrali", "annihilat", "wiped", "loss")
"""A sentence with none of these (any case) names no force destroyed."""


def _destroyed_forces(text: str, figures: list[Figure]) -> None:
    """Members of a force (or people, members) said to be destroyed, eliminated or
    neutralised are killed."""
    if not sentence_holds_any(text, _DESTROYED_WORDS):
        return  # the quick answer
    killed = lexicon().cue_kinds["killed"]
    people = lexicon().sets["generic_nouns"] | {"members"}
    for figure in figures:
        count = (
            _NUMBER_DESTROYED.search(text, 0, figure.start)
            if not figure.noun and figure.kind == "other"
            else None
        )
        if count is not None and stock_kind(count["noun"]) in families().forces:
            # "The number of militants destroyed in the operation has reached| 72": the
            # count of those killed
            figure.kind, figure.cue = killed, count.span("verb")
            figure.noun = count["noun"]  # (those counted: "militants")
            continue
        head = head_noun(figure.noun)
        # ("30 members of the illegal armed groups were neutralized": people, not things)
        if not head or (figure.kind not in families().forces and head not in people):
            continue
        found = _DESTROYED_AFTER.match(text, figure.noun_end) or _DESTROYED_BEFORE.search(
            text, figure.start - 40, figure.start
        )
        if found:
            figure.kind, figure.cue = killed, found.span("verb")


def _rescued_held(text: str, figures: list[Figure]) -> None:
    """Those held who are rescued ("Thirteen hostages were rescued") are those held, freed
    (`_released_from_custody` scopes them), their noun the cue of their kind: the rescued of
    a disaster count people no one held ("30 miners were rescued")."""
    rescued = lexicon().cue_kinds.get("rescued")
    for figure in figures:
        if figure.kind != rescued or not figure.noun:
            continue
        word = figure.noun.split()[-1]
        named = event_kind(word)
        start = figure.noun_end - len(word)
        if named is not None and named[0] in _held_kinds() and text[start:].startswith(word):
            figure.kind, figure.cue, figure.noun = named[0], (start, figure.noun_end), ""


# "claimed to have taken| more than 600 Norlandic servicemen| prisoner", "took 40 soldiers
# prisoner", "had taken 250 prisoners": those captured, whatever their noun.
_TAKE_BEFORE = re.compile(r"\b(?:took|taken|take|takes|taking)\s+$", re.IGNORECASE)
_PRISONER_AFTER = re.compile(r"\s*\bprisoners?\b", re.IGNORECASE)


def _taken_prisoner(text: str, figures: list[Figure]) -> None:
    """Those a side took prisoner are captured, the noun between ("servicemen") theirs."""
    captured = lexicon().cue_kinds["captured"]
    for figure in figures:
        if not _TAKE_BEFORE.search(text, max(0, figure.start - 12), figure.start):
            continue
        noun = figure.noun or ""
        if noun.lower().endswith(("prisoner", "prisoners")):
            end = figure.noun_end
        elif (after := _PRISONER_AFTER.match(text, figure.noun_end or figure.end)) is not None:
            end = after.end()
        else:
            continue
        word = len("prisoners") if text[:end].lower().endswith("prisoners") else len("prisoner")
        figure.kind, figure.cue = captured, (end - word, end)
        if noun.lower().endswith(" prisoner"):
            figure.noun = noun[: -len(" prisoner")]


_CAUGHT_AGAIN = ("recaptur", "rearrest", "re-arrest", "returned to")
"""How the cues of escaped prisoners caught again start."""


def _released_from_custody(text: str, figures: list[Figure]) -> None:
    """Those held who are freed ("courts released 141 people on bail who were arrested",
    "58 detainees were freed", "the army rescued 30 hostages") are a part of those held,
    scoped "released": never a rival count of everyone held."""
    held = _held_kinds()
    for index, figure in enumerate(figures):
        if figure.kind not in held or figure.extra.get("scope") or figure.extra.get("whole"):
            continue
        if figure.cue is not None and text[figure.cue[0] : figure.cue[1]].lower().startswith(
            _CAUGHT_AGAIN
        ):
            continue  # "150 of the escaped inmates were rearrested": who they are, no release
        floor = figures[index - 1].noun_end if index else 0
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        if _released(text, figure, floor, limit):
            figure.extra["scope"] = "released"
            if figure.kind == lexicon().cue_kinds["detained"]:
                # "475 detained, 322 of whom had since been released": the freed are no
                # longer held, a count of their own
                figure.kind = "other"
                figure.noun = f"{figure.noun or 'people'} released"


# "bringing its contingent to| about 800", "the garrison had been cut to| 550", "a force
# of| 5,000": the value a force is given, named before the figure.
_FORCE_VALUED = re.compile(
    r"\b(?P<force>(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:(?:has|had|have)\s+)?(?:(?:been|was|is|were|are)\s+)?"
    r"(?:(?:brought|raised|cut|reduced|increased|boosted|lowered|expanded|trimmed)\s+)?"
    r"(?:up\s+|down\s+)?(?:to|at|of)\s+$"
)


# "bringing the number of troops on the streets to| about 1,200": the force's strength.
_NUMBER_OF_FORCE = re.compile(
    r"\b(?:the|its|their)\s+(?:total\s+)?(?:number|strength)\s+of\s+"
    r"(?P<force>[a-z]+(?:\s+[a-z]+)?)\b[^.;:!?]{0,50}?\s(?:to|at)\s+$",
    re.IGNORECASE,
)


# "militants numbering| up to 300 men", "the attackers numbered| between 150 and 200" (", who
# residents said numbered|"), "the gunmen, whose number was estimated at| 100": the size of
# the force named before.
_NUMBERING = EndsOn(
    re.compile(
        r"\b(?P<force>[a-z]+)(?:,\s*who(?:\s+[a-z]+){0,3}?)?"
        # ("the group may have numbered| up to 70 men")
        # ("the group of gunmen numbers| from 17 to 20 persons")
        r"(?:,?\s+(?:(?:may|might|could|must)\s+have\s+)?(?:numbering|numbered|numbers|number)"
        r"|,\s*whose\s+(?:number|strength|numbers)\s+"
        r"(?:was|is|were|are|has\s+been)\s+(?:estimated|put|given|reported)\s+at"
        # "The gunmen, estimated at| about 40", "the rebels, thought to number| 300"
        r"|,\s*(?:estimated|put|reported)\s+at"
        r"|,\s*(?:estimated|thought|believed|said|reported)\s+to\s+number)\s+$",
        re.IGNORECASE,
    ),
    "numbering numbered numbers number at",  # (the last word of each alternative)
)
# "villagers who saw the gunmen pass put their number at| 70": the size of
# the force the sentence named before.
_THEIR_NUMBER = EndsOn(
    re.compile(
        r"\b(?:estimated|estimate|put|puts|gave|placed)\s+(?:their|its)\s+"
        r"(?:number|numbers|strength)\s+at\s+$",
        re.IGNORECASE,
    ),
    "at",
)
# "the raiders were| 60 men", "the gunmen were \"a band of| about 30 men\"": a
# force named as the sentence's subject and given as so many men is its size.
_FORCE_WAS = EndsOn(
    re.compile(
        r"\b(?P<force>[a-z]+)\s+(?:were|was)\s+(?:(?:only|just|about|some|around)\s+)?"
        r"(?:\"?(?:a|an)\s+(?:commando|group|band|gang|column|unit|squad|force)\s+of\s+)?$",
        re.IGNORECASE,
    ),
    "were was of only just about some around",
)
_PLAIN_MEN = frozenset(("men", "people", "persons", "individuals"))
# "250 militants seized| the hospital", "40 gunmen killed| 12 villagers": the force is who
# did it, its object follows.
_AGENT_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|their|his|its|dozens|scores|hundreds|some|about|at\s+least|more\s+than)"
    # ("up to 500 fighters had seized| parts of the city")
    r"\s+(?P<noun>[\w-]+)|(?P<part>parts|part|much|most|control)\s+of\b|(?P<number>[\w,.-]+))",
    re.IGNORECASE,
)


# "the school was seized by| between 17 and 20 gunmen": the force that did it.
_BY_AGENT = re.compile(r"\b[a-z]+ed\s+by\s+$")


def _acts(text: str, figure: Figure, cue: tuple[int, int]) -> bool:
    """Whether a figure of a force did what its event's verb says: the verb follows its
    noun in the active voice, with an object ("more than 250 militants seized the hospital":
    the militants are who seized it, not who was seized; "40 gunmen killed 12 villagers")."""
    start, end = cue
    verb = text[start:end]
    between = text[figure.noun_end : start].strip()
    if not (verb.islower() and verb.endswith("ed")) or between not in ("", "had", "have", "has"):
        return False  # "40 soldiers were killed": an auxiliary, the passive
    found = _AGENT_OBJECT.match(text, end)
    if found is None or (found.group("number") and not is_number(found.group("number"))):
        return False
    noun = (found.group("noun") or "").lower()
    # "40 soldiers killed the day before": a headline's passive
    return noun not in lexicon().sets["time_units"] and noun not in (
        "morning",
        "evening",
        "afternoon",
    )


# "the gunmen holding| more than 1,500 people", "up to 2,000 people were being held| in the
# hospital" in a report of a hostage-taking: hostages, not detainees.
_HOLDING = re.compile(
    r"\b(?P<holder>[\w-]+)\s+(?:(?:were|are|was|is)\s+)?holding\s+$"
    # "the terrorists who seized school No. 1 in the town are holding| 412 people"
    r"|\b(?P<subject>[\w-]+)\s+(?:who|that|which)\s+[^,;]{1,100}?\s+(?:were|are|was|is)\s+"
    r"(?:still\s+)?holding\s+$"
)
_HOLDING_WORDS = ("holding",)
_THEY_HOLD = re.compile(
    r"\b(?:it|they|he|she)\s+(?:still\s+)?(?:held|holds|hold|(?:is|are|was|were)\s+(?:still\s+)?holding"
    # (the figure quoted: 'they had held "more than 90" people')
    r"|(?:had|has|have)\s+held)\s+[\"“']?$",
    re.IGNORECASE,
)
_IN_CUSTODY = re.compile(
    r"(?:being\s+|been\s+|still\s+)?held\s+(?:in\s+|at\s+)?(?:the\s+|a\s+)?(?:custody|detention|"
    r"jail|prison|police|pre-trial|remand|cells?\b|isolation)",
    re.IGNORECASE,
)
_HELD_AS = re.compile(r"\s+as\s+(?P<what>[\w\s]{1,30})")
# ("held for three days by Eastmark-led militants": the force noun after a modifier)
# (not past a comma: "held in the town hospital, by most estimates" says whose count it is)
_HELD_BY = re.compile(r"[^;:.!?,]{0,80}?\bby\s+(?:the\s+)?(?P<holder>[\w-]+(?:\s+[a-z][\w-]*)?)")


# "354 people| were inside the school", "1,460 people| in the Westby central district
# hospital": people in a building (its noun among the next words).
_INSIDE = re.compile(
    r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?(?:still\s+)?(?:inside|in)\s+"
    r"(?:the|a|an)\s+(?P<building>[\w-]+(?:\s+[\w-]+){0,3})",
)


# "leaving 223| in the custody of the insurgents", "in the hands of the rebels".
_IN_CUSTODY_OF = re.compile(
    # (after the place a school or a village is of: "48 pupils of Westby High School,
    # Eastport,| remain in the hands of their abductors")
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,)?"
    r"(?:\s+[a-z]+){0,2}?\s+(?:in|into)\s+(?:the\s+)?(?:custody|hands)\s+of\s+(?:the\s+|their\s+)?"
    r"(?P<holder>[a-z-]+)",
    re.IGNORECASE,
)
# "40 of the pupils| are still with them", in a report of an
# abduction: those its takers still hold.
_STILL_WITH = re.compile(
    r"\s+(?:are|were|remain|remained)\s+(?:still\s+)?with\s+(?:them|these|those)\b",
    re.IGNORECASE,
)
# "276 girls| were taken from the hostels", "129 girls, who ..., had been taken", "95
# students, aged 12 to 16, were taken", "two teachers who lived on the campus were also
# taken away".
_TAKEN = re.compile(
    r"(?:\s*,\s*(?:who|whom)\s[^,;:.]{1,80},|\s*,\s*[^,;:.]{1,60},|\s+who\s[^,;:.]{1,60}?)?"
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?"
    r"(?:taken|seized|snatched|carried\s+off|led\s+away)\b(?!\s+to\b)",
    re.IGNORECASE,
)


# "the gunmen took| 20 people", "the enemy had seized| some 30 people": people an armed
# group carried off (its force noun, or a communique's "enemy"), in a report of an abduction.
_ARMED_TOOK = EndsOn(
    re.compile(
        r"\b(?P<holder>[a-z]+)\s+(?:(?:had|has|have)\s+)?(?:taken|took|seized|carried\s+off)\s+"
        r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?$",
        re.IGNORECASE,
    ),
    "taken took seized off about some around nearly almost than over least to",
)
# "They released| 39 people": freed by whoever held them.
_FREED_BEFORE = re.compile(
    r"\b(?:released|freed|let\s+go|set\s+free)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|another)\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=16)
def _taken_context(context: str, text: str) -> bool:
    """Whether a report, up to and with the sentence, speaks of hostages, a siege or an
    abduction (kept: `_held_hostage` asks it for each figure of a sentence that needs it)."""
    read = (context + " " + text).lower()
    return any(word in read for word in ("hostage", "siege", "abduct", "kidnap"))


def _held_hostage(text: str, figures: list[Figure], context: str) -> None:
    """Figures of people held by an armed group are hostages: held by a force noun of the
    armed groups' kind ("holding 300 people" after "gunmen", "held by the rebels"), or held,
    by no one named, in a report that speaks of hostages or a siege (`context`: the text
    before the sentence).  (Kinds by their cues' and force nouns' kinds: kinds.yaml names
    them.)"""
    cues = lexicon().cue_kinds
    hostages, detained, armed = cues["kidnapped"], cues["detained"], _force_kind("militants")
    lex = lexicon()
    for figure in figures:
        if figure.kind == "other" and not figure.kind_hint:
            holding = (
                _HOLDING.search(text, figure.start - 160, figure.start)
                if sentence_holds(text, _HOLDING_WORDS)
                else None
            )
            holder = holding and (holding.group("holder") or holding.group("subject"))
            if holder and _force_kind(holder.lower()) == armed:
                figure.kind = hostages
                continue
            they_hold = _THEY_HOLD.search(text, max(0, figure.start - 30), figure.start)
            if they_hold and _taken_context(context, text):
                # "claimed the kidnapping, saying it held| more than 500 boys": the
                # group that took them, by its pronoun, in a report of an abduction
                figure.kind = hostages
                continue
            custody = _IN_CUSTODY_OF.match(text, max(figure.end, figure.noun_end))
            custodian = custody.group("holder").lower() if custody is not None else ""
            held_by_armed = bool(custodian) and _force_kind(custodian) == armed
            still_with = bool(figure.noun) and _STILL_WITH.match(text, figure.noun_end) is not None
            if held_by_armed or (still_with and _taken_context(context, text)):
                # "leaving 223 in the custody of the insurgents", "40 of the pupils are still
                # with them" (in a report of an abduction): those an armed group still holds,
                # a part of all it took.
                figure.kind = hostages
                figure.extra["scope"] = "still held"
                continue
            if (
                figure.noun
                and _TAKEN.match(text, figure.noun_end)
                and _taken_context(context, text)
            ):
                # "276 girls were taken from the hostels", in a report of an abduction.
                figure.kind = hostages
                continue
            head = figure.noun.split()[-1].lower() if figure.noun else ""
            generic = head in lex.sets["generic_nouns"]
            took = _ARMED_TOOK.search(text, max(0, figure.start - 50), figure.start)
            holder = took.group("holder").lower() if generic and took else ""
            if (
                holder
                and (holder == "enemy" or _force_kind(holder) == armed)
                and _taken_context(context, text)
            ):
                figure.kind = hostages  # the people the group took
                continue
            if (
                generic
                and _FREED_BEFORE.search(text, figure.start - 40, figure.start)
                and _taken_context(context, text)
            ):
                # "They released 39 people", in a report of a siege: hostages freed
                # (`_released_from_custody` scopes them).
                figure.kind = hostages
                continue
            inside = _INSIDE.match(text, figure.noun_end) if figure.noun else None
            if (
                inside is None
                or figure.noun.split()[-1].lower() not in ("people", "persons")
                or lex.sets["building_nouns"]
                .union(lex.sets["institutions"])
                .isdisjoint(inside.group("building").lower().split())
            ):
                continue
            if _taken_context(context, text):
                # "officials said 354 people were inside the school", in a report of a
                # siege: the people held there.
                figure.kind = hostages
        elif figure.kind == detained and figure.cue:
            cue = text[figure.cue[0] : figure.cue[1]].lower()
            if not {"held", "taken"} & set(cue.split()) or _IN_CUSTODY.match(text, figure.cue[0]):
                continue  # "arrested", "held in custody": the authorities' word
            held_as = _HELD_AS.match(text, figure.cue[1])
            named = event_kind(held_as.group("what")) if held_as else None
            if named is not None and named[1][0] == 0:
                figure.kind = named[0]  # "held as prisoners of war": captured
                continue
            by = _HELD_BY.match(text, figure.cue[1])
            holder = by.group("holder").lower() if by else ""
            if _force_kind(holder) == armed or (not holder and _taken_context(context, text)):
                figure.kind = hostages


@lru_cache(maxsize=8192)
def _force_kind(phrase: str) -> str | None:
    """The kind of force a phrase names, its first word that names one deciding ("rebel
    force": fighters; "its contingent": troops)."""
    for word in phrase.split():
        for name in families().forces:
            if lexicon().stock_cues[name].fullmatch(word):
                return name
    return None


_PATIENTS = re.compile(r"(?:[a-z]+\s+)?patients", re.IGNORECASE)
_TAKES_IN = re.compile(
    r"\b(?:received|receiving|admitted|admitting|treated|treating|took\s+in|taken\s+in)\s+"
    r"(?:(?:a\s+total\s+of|some|about|around|nearly|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)


# "had admitted more than 400 people| with symptoms of heatstroke": people taken in ill
_WITH_AILMENT = re.compile(
    r"\s+(?:with|for|suffering\s+from)\s+(?:[\w-]+\s+){0,3}?(?:symptoms|injuries|wounds|"
    r"burns|illness|illnesses|fractures|heatstroke|sunstroke|gunshot)\b",
    re.IGNORECASE,
)
_AND_BETWEEN = re.compile(r"\s*,?\s+and\s+")


def _deployed(text: str, figure: Figure, floor: int, limit: int, *, after: bool = True) -> bool:
    """Whether a figure counts members of a state's forces other than soldiers (extract.yaml
    `deployed_nouns`) that its clause deploys ("about 1,000 riot police were flown in",
    "had sent some 10,000 extra police officers"); with after=False, only by a verb before
    the figure."""
    if not _names_deployed(figure.noun):
        return False
    following = text[figure.noun_end : min(limit, figure.noun_end + 60)] if after else ""
    before = text[figure.start - 30 if figure.start - 30 > floor else floor : figure.start]
    deploys = lexicon().deployment
    return bool(deploys.search(following) or deploys.search(before))


@lru_cache(maxsize=8192)
def _names_deployed(noun: str) -> bool:
    """Whether a counted noun names members of a state's forces other than soldiers
    (extract.yaml `deployed_nouns`: "police officers")."""
    lower = noun.lower()
    return bool(lower) and any(
        lower == n or lower.endswith(" " + n) for n in lexicon().sets["deployed_nouns"]
    )


def _fighters_taken(figures: list[Figure]) -> None:
    """Fighters of an armed group who were detained were captured: "24 militants had been
    detained" counts the captured of the fight, never the people a crackdown arrested
    ("four suspected militants were killed and 140 others arrested": suspects)."""
    lex = lexicon()
    detained, captured = lex.cue_kinds["detained"], lex.cue_kinds["captured"]
    state = families().forces[0]  # kinds.yaml lists the state's troops first
    for figure in figures:
        people = figure.party or figure.noun
        if (
            figure.kind == detained
            and stock_kind(people) not in (None, state)
            # ("140 suspected militants arrested" in a sweep: suspects, detained)
            and "suspect" not in people.lower()
        ):
            figure.kind = captured


@lru_cache(maxsize=8192)
def stock_kind(noun: str) -> str | None:
    """The kind of force a counted noun names ("troops", "gunmen"), if any: its head, the
    last word before "of" ("servicemen of the internal troops and militia": troops), first."""
    if not noun:
        return None
    head = head_noun(noun)
    for name in families().forces:
        if lexicon().stock_cues[name].fullmatch(head):
            return _irregular(noun, head) if name == families().forces[0] else name
    plain = _COUNTER.sub(" ", noun)  # ("anti-terrorist units": none of the terrorists)
    for name in families().forces:
        if lexicon().stock_cues[name].search(plain):
            return name
    if _ARMED.match(noun) and head not in lexicon().sets["thing_nouns"]:
        # "around 45 armed Westbians had taken positions": armed people are a force, not
        # the state's (its forces are named as such)
        return families().forces[-1]
    return None


def _irregular(noun: str, head: str) -> str:
    """The kind of a force whose head names the state's ("force", "soldiers"): that of the
    words before the head when they name irregulars ("a 500-strong rebel force", "militia
    units": fighters; not "anti-terrorist units"), else the state's."""
    modifiers = _COUNTER.sub(" ", noun[: noun.lower().rfind(head.lower())])
    irregulars = families().forces[-1]  # kinds.yaml lists fighters last
    if lexicon().stock_cues[irregulars].search(modifiers):
        return irregulars
    return families().forces[0]


_COUNTER = re.compile(r"\b(?:anti|counter)-[\w-]+", re.IGNORECASE)


_ARMED = re.compile(
    r"(?:heavily\s+|well-)?armed\s+(?-i:[A-Z])"
    r"|armed\s+(?:youths?|villagers|herders|men|civilians|residents|tribesmen)\b",
    re.IGNORECASE,
)


# The verb that makes a figure the value of a count named before it: "the death toll has
# risen to| 36", "the number of people killed is| 36", "toll nearing| 2000".
_RISEN = (
    r"(?:rise|risen|rose|rises|rising|climb|climbed|climbs|climbing|increased|increases|increasing|jumped"
    r"|jumps|grown|grew|soared|soars|soaring|surged|surges|surging|swelled|swells|mounted"
    r"|mounts|leapt|leaped|spiked|shot\s+up)"
)
_LINK_VERB = re.compile(
    r"\b(?:is|was|are|were|be|stood\s+at|stands\s+at|stand\s+at|reached|reaches|reach"
    rf"|{_RISEN}\s+(?:to|past|above)"
    # "has risen steadily, from| 12 on Monday to| 30 on Tuesday": a running count's values
    rf"|{_RISEN}(?:\s+[a-z]+){{0,4}}?"
    r",?\s+from|from\s+[\d,.]+(?:\s+[a-z]+){1,4}?\s+to"
    r"|exceeded"
    # "revised the death toll down to| 21", "adjusted to| 58", "rose from 27 to| 35".
    r"|(?:revised|raised|lowered|adjusted|reduced|cut|corrected|updated|brought|fell|fallen"
    r"|dropped|declined)\s+(?:(?:up|down)\s+)?to|down\s+to|from\s+[\w,.]+\s+to"
    r"|exceeds|exceed|passed|passes|pass|topped|tops|top|surpass|surpasses|hit|hits"
    r"|nearing|neared|nears|approaching|approached"
    # "The number of injured, given as| 1,940 at the end of May, has been revised"
    r"|(?:given|gave|put|estimated|reported|recorded|listed)\s+(?:as|at)"
    r"|approaches|cross|crossed|crosses|made|surpassed|at)\s*[\"“]?\s*$",
    re.IGNORECASE,
)
_GAPPED_AT = re.compile(rf"\s*{GAPPED_AT}")
# A label of one or two words, then a colon, right before a figure: "Dead:| 45",
# "Injured people:| 120" (not a sentence's words before a colon: "said:| 45 ...").
_LABEL = re.compile(r"(?:^|[.;,(]\s*)(?P<label>[A-Za-z][a-z]+(?:\s+[a-z]+)?)\s*:\s*$")
# A count's verb of change right before its new value, with no count noun named: "Deaths in
# the crush rise to| 412", "Those hurt in the blast climb past| 300".
_RISES_TO = EndsOn(
    re.compile(
        rf"\b(?:{_RISEN}\s+(?:to|past|above)|reached|reaches|exceeded|exceeds|topped|tops)"
        r"\s*$",
        re.IGNORECASE,
    ),
    "to past above reached reaches exceeded exceeds topped tops",
)
# "A spokesman put the number at| about 20,000", in the sentence after a count of people in a
# state: their number, by another source.
_PUT_THE_NUMBER_AT = re.compile(
    r"\bput(?:s|ting)?\s+(?:the|that|this|its|their)\s+(?:number|figure|count|tally|total)\s+at\s+$",
    re.IGNORECASE,
)
# "the number was closer to| 140", "the real figure is| 60" (no event named: the count is
# the one just given).
_BARE_COUNT_WAS = re.compile(
    # "the real number was", "the police figure was", "the government's count stood at",
    # "two days later the figure rose to"
    r"\b(?:the|that|this|its|their|[A-Za-z]+['’]s)\s+(?:[a-z]+\s+)?(?:number|figure|count|tally)"
    # ("the final count published before the authorities dissolved stood at| 223")
    r"(?:\s+(?:published|released|issued|given|announced|compiled)\b[^,;.\d]{0,50}?)?"
    r"\s+(?:was|is|had\s+been|has\s+been|stood\s+at|stands\s+at|was\s+actually|is\s+actually"
    r"|(?:had\s+|has\s+)?(?:rose|risen|climbed|increased|grew|grown|went\s+up|gone\s+up|jumped)"
    r"\s+to)"
    r"\s+[\"“]?(?:closer\s+to\s+|nearer\s+|nearer\s+to\s+|as\s+high\s+as\s+|at\s+least\s+)?"
    r"[\"“]?$",  # 'the real number was "close to 50"'
    re.IGNORECASE,
)
_GAVE_BARE = re.compile(r"\b(?:gave|gives|give)\s+$")
# The sentence before names a toll by its noun, with no figure after it.
_TOLL_SINCE = re.compile(r"\b(?:death\s+)?toll\b[^\d]*$", re.IGNORECASE)
_TOLL_SINCE_CHARS = 160
_LINK = EndsOn(
    _LINK_VERB,
    # (the last word of each alternative)
    "is was are were be at reached reaches reach to past above from exceeded exceeds exceed"
    " passed passes pass topped tops top surpass surpasses hit hits nearing neared nears"
    " approaching approached as approaches cross crossed crosses made surpassed",
)
# "raising the death toll from the bursting of a dam in the north to| 16", "revised the
# death toll in the attacks on the city to| 172": the verb before the count noun, the
# figure after "to".
_RAISE_STEMS = ("rais", "bring", "push", "tak", "lift", "revis", "lower", "adjust", "updat")
_RAISE_ENDS = ("e", "es", "ed", "ing", "s")
_RAISED_TO = re.compile(
    rf"\b(?:(?:{'|'.join(_RAISE_STEMS)})(?:{'|'.join(_RAISE_ENDS)})?|brought|took)\s+"
    r"(?P<count>[^.;:!?]{0,200}?)\s+to\s*$",
    re.IGNORECASE,
)
# "The toll rose steadily in the days after the fire on 14 June, from| six on the first day
# to 30": the count's first value, far from its verb (not "rose to 30 from| 12": the one
# before the change, read with the 30).
_RISEN_FROM = EndsOn(
    re.compile(rf"\b{_RISEN}(?:\s+(?!to\b)[\w'’-]+){{0,12}}?,?\s+from\s+$", re.IGNORECASE), "from"
)
_RAISE_WORDS = frozenset(f"{stem}{end}" for stem in _RAISE_STEMS for end in _RAISE_ENDS) | {
    "brought",
    "took",
}
# "About 300 residents blocked| the road": residents who did something are a crowd, not a
# place's population ("a town of 30,000 residents", "5,000 residents remain").
_ACTED = re.compile(r"\s+(?!lived\b|settled\b)[a-z]{3,}ed\b")
# A crowd's size named before its figure: "a crowd of| nearly 1,000", "a rally of| 10,000
# people", "estimated the crowd at| some 30,000", "the turnout was put at| 5,000".
_CROWD_SIZE = re.compile(
    rf"\b(?:{GATHERINGS}\s+"
    r"(?:of|numbering|numbered|involving|estimated\s+at|put\s+at|attended\s+by)"
    r"|(?:estimated|estimates|estimate|put|puts|putting|placed|places|gave)\s+(?:the\s+)?"
    r"(?:(?:peak|total|overall|official|final)\s+)?(?:size\s+of\s+the\s+)?(?:crowds?|turnout|attendance|number\s+of\s+"
    r"(?:protesters|demonstrators|marchers|participants))(?:\s+size)?"
    r"(?:\s+(?:on|in|at)\s+[^,.;]{1,40}?)?\s+(?:at|as)"
    # "police estimated Monday evening's march down the avenue at| about 15,000", "estimated
    # the crowd that marched to the square at| 8,000" (not "the protest toll at")
    r"|(?:estimated|estimates|estimate|put|puts|putting|placed|places)\s+"
    r"(?:the\s+|(?:[\w’']+\s+){1,3}?)?(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?"
    r"|gatherings?|vigils?|crowds?)(?:\s+(?:that|which|who)\s+[^.;:!?]{1,60}?"
    r"|\s+(?:on|in|down|along|through|from|to|outside)\s+[^.;:!?]{1,40}?)?\s+at"
    r"|(?:crowds?|turnout|attendance)\s+(?:size\s+)?(?:was|were|is|had\s+been)\s+"
    r"(?:estimated\s+at|put\s+at|about|around|some)?"
    # "Police said the crowd had grown to| about 20,000"
    r"|(?:crowds?|turnout|attendance)\s+(?:had\s+|has\s+|have\s+)?(?:grown|grew|swelled"
    r"|swollen|risen|rose)\s+to"
    # "The number of demonstrators reached| 40,000"
    r"|number\s+of\s+(?:protesters|demonstrators|marchers|participants|mourners)\s+"
    r"(?:(?:had|has|have)\s+)?(?:reached|exceeded|was|is|stood\s+at)"
    # "The protest drew| about 40,000 people", "the rally, which attracted| some 60,000"
    # ("The crowd that gathered in the square on Sunday, before marching on the palace, was
    # estimated by organisers at| 150,000")
    r"|(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|gatherings?|vigils?|crowds?)\b"
    r"[^.;:!?]{0,100}?\b(?:drew|draws|drawing|attracted|attracts|attracting"
    # ("a march to the capital, which the city estimated at| 40,000 people", "the protest
    # was estimated by police at| 10,000")
    r"|(?:estimated|put|placed)\s+(?:by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+)?at"
    # ("a rally police put at 50,000 people and organisers at| 100,000", "... estimated by
    # police at 10,000 and by the organisers at| 30,000": a second estimate of the crowd)
    r"|(?:estimated|put|placed)\b[^.;:!?]{0,60}?\b(?:and|while|but|whereas)\s+"
    r"(?:by\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+at"
    # ("The demonstration, which police said numbered| 15,000")
    r"|brought\s+(?:out|together)|mobili[sz]ed|numbered))\s*$",
    re.IGNORECASE,
)
_CROWD_LOOK_BACK = 150
"""How far before a figure its crowd's words are read ("estimated the crowd that marched
from the university to the main square at| 8,000")."""
_CROWD_BEFORE = EndsOn(
    _CROWD_SIZE,
    "of numbering at by as was were is been about around some to"
    " drew draws drawing attracted attracts attracting out together mobilised mobilized"
    " numbered involving reached exceeded",
)
# "put the number of devotees who came to the town for the festival at| nearly 15 lakh",
# "the number of pilgrims this year was| 2 million": a count of the people of a crowd noun
# (extract.yaml `crowd_nouns`; its clause names no event: "the number of pilgrims injured
# was" counts the injured).
_NUMBER_OF_THEM_AT = re.compile(
    r"\bnumber\s+of\s+(?P<noun>[a-z]+)(?P<clause>[^.;:!?,]{0,80}?)\s+"
    r"(?:at|as|was|were|is|reached|exceeded|stood\s+at|had\s+reached)\s*$",
    re.IGNORECASE,
)
# "1.03 million people| joined Sunday's march", "joined a rally": a crowd's verb and noun with
# the day's or the organiser's name between.
_JOINED_GATHERING = re.compile(
    r"\s+(?:(?:had\s+|have\s+|has\s+)?joined|were\s+(?:at|in)"
    # "About 2,000 people held a vigil", "some 600 people staged a sit-in" (after the
    # figure only: "held a vigil for the 45 victims" counts the dead)
    r"|(?:had\s+|have\s+)?(?:held|staged|hold|stage)(?:\s+an?)?(?=\s+(?:[a-z-]+\s+)?"
    r"(?:vigils?|sit-ins?|rall(?:y|ies)|protests?|demonstrations?|march(?:es)?)\b))"
    r"\s+(?:the\s+|a\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?:[a-z-]+\s+)?(?:march|marches|protests?|rall(?:y|ies)|demonstrations?|vigils?"
    r"|processions?|funerals?|sit-ins?)\b"
)
# A clause of another source that counts with no noun: "...; independent media counted|",
# ", while the opposition put it at|", "but rights groups said|" (", put it| as high as 300":
# the hedge is the figure's).
_RIVAL_COUNT = re.compile(
    r"(?:;|,|\bwhile\b|\bbut\b|\bwhereas\b)[^;,.]{1,70}?\b(?:counted|counts|estimated|"
    r"estimates|said|says|reported|reports|claimed|claims|acknowledged|acknowledges|admitted|"
    r"admits|confirmed|confirms|recorded|records|registered|verified|"
    # ("; the association was then reporting| 448", "while OCHA said it had so far been able
    # to verify| 172")
    r"reporting|counting|recording|claiming|verify|confirm|"
    r"put\s+it(?:\s+at)?|puts?\s+(?:the|its|their)\s+(?:figure|number|toll|count)\s+at)"
    # ("; the committee said that only| about 1,300 were deployed")
    r"\s+(?:that\s+)?(?:(?:only|just|merely)\s+)?$",
    re.IGNORECASE,
)
_COUNTS_VERB = re.compile(r"\b(?:counted|counts|counting)\s+(?:that\s+)?$", re.IGNORECASE)
_TURNED_OUT_TO = re.compile(r"\s+(?:\w+\s+)?to\b")
# Between a figure and a crowd's verb, the start of another clause: "killed 12 people| when
# they fired on protesters who had gathered": not the figure's own verb.
_CLAUSE_OPENER = re.compile(
    r"\b(?:when|who|whom|which|that|after|before|as|while|because|where|whose)\b", re.IGNORECASE
)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_IT_END = re.compile(
    r"\b(?:that\s+)?it(?:\s+(?:had|has|have|had\s+already|has\s+now))?\s*$", re.IGNORECASE
)
_CLAUSE_START = re.compile(r"[;:.!?]|\s[—–-]{1,2}\s")
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)\.$")


def _clause_starts(clause: str) -> list[int]:
    """Where the clauses of a stretch start: after a stop, a colon, a dash; not after the
    point of an abbreviation ("the toll from Norland's Jan.| 12 earthquake")."""
    abbreviations = lexicon().sets["abbreviations"]
    cuts = []
    for match in _CLAUSE_START.finditer(clause):
        if match.group(0) == ".":
            word = _WORD_BEFORE_STOP.search(clause, match.start() - 12, match.end())
            if word and (word.group(1).lower() in abbreviations or len(word.group(1)) == 1):
                continue
        cuts.append(match.end())
    return cuts


@cache
def _count_noun() -> re.Pattern[str]:
    return re.compile(
        r"(?<![a-z])(?:" + "|".join(sorted(lexicon().sets["count_nouns"], key=len, reverse=True))
        + r")(?![a-z])"
    )  # fmt: skip


def _past_verb_hedge(text: str, figure: Figure) -> int:
    """Where a figure's number starts when its hedge is a linking verb of the count ("the
    toll nears| 2,900", qualifiers.yaml) or ends one ("rose above| 100"): what comes before
    it is the count's clause."""
    phrase = quantities.split_hedge(figure.text)[0]
    if phrase is None:
        return figure.start
    number = figure.start + len(figure.text) - len(figure.text[len(phrase) :].lstrip())
    # "the toll nears| 2,900"; "the death toll rose above| 100": the verb and the hedge
    return number if _LINK.search(text, number - 40, number) else figure.start


def toll_complement(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """The kind of the count a figure is the value of ("the death toll rose to| 36": killed),
    with its cue: the count noun (toll, number, total) and an event word in the clause
    before the linking verb.  A four-digit number there is a count, not a year."""
    words = index_of(text).words
    if lexicon().sets["count_nouns"].isdisjoint(words) and words.isdisjoint(_RAISE_WORDS):
        return None  # the quick answer: no toll, number or total named, nor raised
    before = text[start - 260 if start > 260 else 0 : start]
    link = (
        _LINK.search(before, len(before) - 40)
        or _RAISED_TO.search(before)
        or _RISEN_FROM.search(before, len(before) - 140)
    )
    if link is None:
        return None
    clause = before[: link.start()] if link.re is not _RAISED_TO else before[: link.end("count")]
    cuts = _clause_starts(clause)
    floor = cuts[-1] if cuts else 0
    lower = clause[floor:].lower()
    nouns = [m.start() for m in _count_noun().finditer(lower)]
    if not nouns and link.re is _RAISED_TO:
        # "Norland raises rally detentions to| 87": the event's own noun is the count.
        named = event_kind(clause[floor:], last=True)
        if named is None:
            return None
        offset = start - len(before) + floor
        return named[0], (offset + named[1][0], offset + named[1][1])
    if not nouns and link.re is not _RAISED_TO and _IT_END.search(clause):
        # "puts the number of Norlandic soldiers killed at 175; X said that it was| 215":
        # the count the sentence named before, whatever clause it is in.
        nouns = [m.start() for m in _count_noun().finditer(clause.lower())]
        floor = 0
    if not nouns:
        return None
    found = _nearest_event(clause[floor:], nouns[-1])
    if found is None:
        return None
    offset = start - len(before) + floor
    return found[0], (offset + found[1][0], offset + found[1][1])


def _nearest_event(text: str, at: int) -> tuple[str, tuple[int, int]] | None:
    """The event cue of `text` nearest the position `at` (the count noun: "the number of
    missing", "the death toll"), not the first of the clause ("5,000 fled ..., which put the
    number of missing at| 6": missing)."""
    found = event_kind(text)
    if found is None:
        return None
    cues = list(lexicon().any_event.finditer(text))
    if len(cues) < 2:
        return found
    near = min(cues, key=lambda m: (min(abs(m.start() - at), abs(m.end() - at)), m.start()))
    if near.start() == at:
        # "the injured toll rises to| 116": the word before the count noun that is a cue
        before = next((m for m in reversed(cues) if m.end() < near.start()), None)
        named = event_kind(before.group(0)) if before else None
        if before and named and not text[before.end() : near.start()].strip():
            return named[0], before.span()
        # "the toll of (the) injured reached| 500": the cue the count noun is "of"
        after = next((m for m in cues if m.start() >= near.end()), None)
        named = event_kind(after.group(0)) if after else None
        if after and named and _OF_THE.fullmatch(text, near.end(), after.start()):
            return named[0], after.span()
    kind = event_kind(near.group(0))
    return people_then_event(text, (kind[0], near.span())) if kind is not None else found


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_WHO_THEN = re.compile(r"(?:who|that)\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?")


def people_then_event(text: str, found: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """An event cue of `text` with its kind, or the death or wound right after it when the cue
    names people ("the number of| hostages killed", "... hostages who died": killed, of
    hostages)."""
    if not read_party(text[found[1][0] : found[1][1]]).key:
        return found
    rest = text[found[1][1] :]
    start = found[1][1] + len(rest) - len(rest.lstrip())
    who = _WHO_THEN.match(text, start)  # "the number of hostages| who died"
    start = who.end() if who else start
    then = event_kind(text[start:])
    cues = lexicon().cue_kinds
    if then and then[1][0] == 0 and then[0] in (cues["killed"], cues["wounded"]):
        return then[0], (start, start + then[1][1])
    return found


_OF_THEM = re.compile(r"[\s" + QUOTE_CHARS + r"]*of\s+(?:them|whom)\b", re.IGNORECASE)


_OPENED_OF_THEM = re.compile(r"\W*(?:of|among)\s+(?:them|those|these|whom)\s*,?\s*$", re.IGNORECASE)
# "8,700 people, of whom| 2,900", "4,352 dead, among them| 3,845 in Derna", "2,300 bodies,
# including| more than 1,500 in Derna": a part of the count before.
# ("the evacuated number 3,000, of which| 900 in Westby alone")
_OF_WHOM_BEFORE = re.compile(
    r",\s*(?:(?:of|among)\s+(?:whom|them|which)|including)\s+$", re.IGNORECASE
)
_OPENED_OF_THE_N = re.compile(
    r"\W*(?:of|among)\s+(?:the|those)\s+[\w,.]+(?:\s+[a-z]+){1,6}\s*,\s*$", re.IGNORECASE
)
# "Of the injured, 458 people remain in hospital": a part of the toll its opening names.
_OPENED_OF_THE_TOLL = re.compile(
    # ("He said that among the deceased, 19 are female workers": after who says it)
    r"(?:[^,.;:]{0,60}?\b(?:said|says|added|stated|explained|noted)(?:\s+that)?\s+)?"
    r"\W*(?:of|among)\s+(?:the|those)\s+(?P<cue>[a-z]+)"
    # "Of the bodies recovered, 148 have been handed over": the dead found so far
    r"(?:\s+(?:recovered|retrieved|found|counted|registered|recorded|so\s+far))?\s*,\s*$",
    re.IGNORECASE,
)
# "Of the bodies recovered,", "Of the victims," (after a toll): the dead, not a cue's
_DEAD_BY_NOUN = frozenset(("bodies", "victims"))
# (", including", "(including": an aside in brackets names the part as a comma does)
_INCLUDING_NEXT = re.compile(r"\s*[,(]?\s*(?:including|among\s+them|among\s+whom)\s+")
_NEXT_WORDS = re.compile(r"\s+(?:[a-z]+\s+)?")
_FROM_A_FORCE = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")


def _cue_next(text: str, end: int) -> bool:
    """Whether an event's cue is the first or second word after a figure ("1,351| deaths",
    "40| more wounded")."""
    gap = _NEXT_WORDS.match(text, end)
    if gap is None:
        return False
    cue = lexicon().any_event
    return cue.match(text, gap.end()) is not None or cue.match(text, end + 1) is not None


# "Two| of those wounded in the city centre later died", "two| of the critically injured died
# in hospital": the injured who died are dead
_HURT_WHO_DIED = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:[a-z]+ly\s+)?(?P<hurt>injured|wounded|hurt)\b[^.;:,]{0,50}?\s"
    r"(?:(?:later|subsequently|then|also)\s+)?(?P<died>died|succumbed|perished)\b",
    re.IGNORECASE,
)
# "Seventy-two men| arrested after the riot died in army custody": those held who died
# are dead (the participle names them, the verb after it says what befell them)
_HELD_WHO_DIED = re.compile(
    r"\s+(?:who\s+(?:had\s+been|were)\s+)?(?:arrested|detained|held|rounded\s+up)\b"
    r"[^.;:,]{0,60}?\s(?:(?:later|subsequently|then)\s+)?(?P<died>died|perished)\b",
    re.IGNORECASE,
)
_MOST_OF_THE = re.compile(
    r"\b(?:most|many|some|all|half|the\s+majority)\s+of\s+(?:the|those)\s+(?P<cue>[a-z]+)\s*,\s*$",
    re.IGNORECASE,
)
_OF_THE_TOLL_OPENING = re.compile(
    r"\W*Of\s+(?:the|those|all\s+the)\s+(?:[a-z]+\s+){1,4}?"
    r"(?P<cue>died|killed|injured|wounded|detained|arrested|abducted|kidnapped)\s*,\s*$"
)
_OF_THOSE_BEFORE = re.compile(
    r"\bof\s+(?:those|the)\s+(?P<cue>killed|dead|injured|wounded|detained|arrested|missing)\b"
)
_PART_OF_THE_DEAD = re.compile(
    r"(?:\b(?:among|of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:total|confirmed|registered|reported|recorded|identified|recovered)\s+)?"
    r"(?:dead|deceased|deaths|bodies|fatalities)"
    r"(?:\s+(?:registered|confirmed|recorded|so\s+far))?\s*,?\s*(?:figure\s+|were\s+)?"
    r"|\b(?:dead|deceased|bodies|deaths)(?:\s+\w+){0,4}\s*,\s*(?:including|among\s+them)\s+"
    r")(?:(?:at\s+least|some|about|nearly|around)\s+)?$",
    re.IGNORECASE,
)
"""A part of the dead named before its figure ("Of the total deaths recorded,| 17", "the
bodies, among them| 9 children"; not "Of the victims,| 12": victims may be the hurt)."""
_AMONG_THEM_BEFORE = re.compile(
    r"[,;(]\s*(?:among\s+them|among\s+whom)\s+(?:(?:at\s+least|some|about)\s+)?$",
    re.IGNORECASE,
)
# "Twenty-three| of the |49 people killed ... were islanders": a part of the toll after.
_OF_THE_NEXT = re.compile(r"\s+of\s+(?:the|those)\s+")
_OWN_FATE = re.compile(
    r"\b(?:have|has|had|were|was|are|is)\s+(?:\w+\s+)?(?:been\s+)?(?:charged|released|freed"
    r"|convicted|sentenced|identified|rescued|acquitted|tried|indicted|discharged)\b"
)
_CLAUSE_END_OR_STOP = re.compile(r"[;.!?]")
# "They included| five Iranians, four Chinese and two Japanese": parts of the count before.
_THEY_INCLUDED = re.compile(
    r"\W*(?:(?:They|These|Those)\s+(?:included|include|includes)"
    # ("22 people have died. Among them are 17 police officers and five civilians")
    r"|Among\s+(?:them|those|these|the\s+dead|the\s+victims)\s+(?:are|were|was|is))\b"
)
_ACCUSED_OF = re.compile(
    r"\b(?:accused|suspected|charged|blamed|convicted)\s+(?:of|with|for)\b", re.IGNORECASE
)
_VERB_AFTER_ACCUSATION = re.compile(
    r"[^,;.]{1,60}?\s+(?P<verb>(?:were|was|have\s+been|had\s+been|has\s+been)\s+[a-z]+)\b"
)
_OWN_PASSIVE = re.compile(
    r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|driven|taken|thrown|forced)\s+",
    re.IGNORECASE,
)
_TOTAL_OF = re.compile(r"(?:total|figure|tally)\s+of\s", re.IGNORECASE)
# "The total of 842| is higher", "This figure of 52|, officials said": a bare count
_BARE_COUNT_THEN = re.compile(
    r"\s*(?:[,;:)]|\.(?!\d)|(?:is|was|are|were|has|had|have|would|could|may|might|will|"
    r"includes?|included)\b)",
    re.IGNORECASE,
)


def _opens_on_count_named(text: str, put: re.Match[str], figure: Figure) -> bool:
    """Whether a sentence that opens "The ..." before `figure` names the count just before
    ("The total of| 842 is", "This figure of| 52 may"), not a noun of its own ("The| 12
    wounded", "The figure of| 130 dead")."""
    return bool(
        (_TOTAL_OF.search(put["anaphor"]) or _TOTAL_OF.match(figure.text))
        and _BARE_COUNT_THEN.match(text, figure.end)
    )


# "put the number still on the mountain at| about 10,000": the count, where it is counted
# (not "the number on board at| about 75": those aboard, counted by themselves).
_PUT_NUMBER_THERE_AT = EndsOn(
    re.compile(
        r"\b(?:put|puts|putting|placed|places)\s+(?:the|its|their)\s+"
        r"(?:figure|number|count|tally|total|estimate)\s+(?!of\b|on\s+board\b|aboard\b)"
        r"[^,.;:\d]{1,40}?\s+at\s+$",
        re.IGNORECASE,
    ),
    "at",
)
# "put the dead in their village alone at| 'between 300 and 400'": people of an event,
# counted by whoever puts them at the figure.
_PUT_PEOPLE_AT = EndsOn(
    re.compile(
        rf"\b{PUT_THE_PEOPLE}[^.;:!?]{{0,50}}?\s+(?:at|closer\s+to|nearer\s+to)\s*[\"“]?$",
        re.IGNORECASE,
    ),
    "at to",
)
# "... at 45 and the wounded at| 120": the next count of a put, named by its people.
# (not "the number of dead and| missing at 138,373": one count of both)
_AND_THE_CUE_AT = re.compile(r"\band\s+the\s+(?:number\s+of\s+)?(?P<cue>[a-z]+)\s+at\s*$")
# "the figure included| 19 people shot dead in Eastmark": a part of the count just named.
_THE_FIGURE_INCLUDED = EndsOn(
    re.compile(
        r"\b(?:the|this|that|its|their)\s+(?:figure|toll|number|count|total|tally)\s+"
        r"(?:included|includes|include|including)\s+$",
        re.IGNORECASE,
    ),
    "included includes include including",
)
_STRONG = re.compile(r"-strong\b", re.IGNORECASE)
_PER_HOUR = re.compile(r"\s*(?:/\s*h(?:r|our)?\b|(?:per|an|a)\s+hour\b)", re.IGNORECASE)
# "12 unarmed villagers,| police officer killed": the people listed after the figure's, its
# verb after them (headline style, no "and").
_LISTED_WITH_NEXT = re.compile(
    r"\s*,\s*(?:and\s+)?(?:an?\s+|one\s+|the\s+)?(?:(?!(?:and|or|but|then|who|which|that|were|was|are|is|all|been|had|have|has|being"
    # ("detained 20 people, including wounded pupils": the parts' words, not a list's verb)
    r"|later|also|including|among|such|mostly|mainly|notably|especially)\b)[a-z-]+\s+){1,3}"
    r"(?=(?:killed|dead|injured|wounded|hurt|arrested|detained|missing)\b)"
)
_VERB_THEN_AND = re.compile(
    r"\b(?P<verb>killed|killing|injured|injuring|wounded|wounding|kidnapped|abducted|arrested"
    r"|detained)\s+[^.;:!?\d]{1,100}?\s+and\s+$",
    re.IGNORECASE,
)
_DEATHS_OF = EndsOn(
    re.compile(
        r"(?P<with>\bwith\s+the\s+)?\b(?:deaths?|killings?|murders?|bodies|corpses|remains)"
        r"\s+of\s+(?:another\s+|a\s+further\s+)?$",
        re.IGNORECASE,
    ),
    "of another further",
)
# A number joined by a hyphen to the word after it modifies a noun ("a three-train
# collision", "a five-storey building"), unless that word counts people ("a 500-man unit",
# "a 1,200-strong force": its size): it counts no people.
_COMPOUND = re.compile(
    r"-(?!(?:strong|man|men|member|members|person|people|woman|women)\b)[a-z]+\b"
)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+$", re.IGNORECASE)
# "aftershocks of magnitude| 5.9", "an aftershock measuring| 5.9"; "5.9|-magnitude aftershock"
_AFTERSHOCK_BEFORE = re.compile(
    r"\baftershocks?\s+(?:of\s+|measuring\s+|with\s+a\s+magnitude\s+of\s+)(?:magnitude\s+)?$",
    re.IGNORECASE,
)
_AFTERSHOCK_AFTER = re.compile(r"(?:[\s-]+magnitude)?\s+aftershocks?\b", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[\s-]+magnitude\b", re.IGNORECASE)


_DOTTED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")


def _dotted_thousands(figure: Figure) -> None:
    """A count of people written with points between its thousands ("1.200 dead", "12.500
    refugees", as much of the world writes them) is read as thousands, not a fraction."""
    found = _DOTTED.search(figure.text)
    if found is None or figure.unit:
        return
    written = (
        figure.text[: found.start()] + found.group().replace(".", "") + figure.text[found.end() :]
    )
    try:
        figure.estimate = quantities.parse_figure(written)
    except CrosscheckError:
        return


def _measured_magnitude(text: str, figure: Figure, limit: int) -> bool:
    """Whether a figure is a quake's magnitude: "a magnitude 6.1 earthquake", "a
    6.1-magnitude quake" (compared with other magnitudes by that word)."""
    before = text[figure.start - 12 if figure.start > 12 else 0 : figure.start]
    return bool(_MAGNITUDE_BEFORE.search(before) or _MAGNITUDE_AFTER.match(text, figure.end, limit))


# "a turnout of| 58 percent", "Turnout was| 53.8 percent", "the case fatality rate stands at|"
_MEASURE_BEFORE = re.compile(
    r"(?P<noun>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+(?:of|was|is|stood\s+at|stands\s+at|"
    # ("turnout was closer to| 35 percent")
    r"reached|at)\s+(?:(?:closer|nearer)\s+to\s+)?$"
)


# "the ruling party's share of the vote, 53.9 percent", "a share of the vote of| 41 percent"
_SHARE_OF_THE = re.compile(
    r"(?:(?P<owner>(?:[\w-]+\s+){0,2}[\w-]+)['’]s\s+)?"
    r"\bshare\s+of\s+(?:the\s+)?(?P<noun>[A-Za-z-]+)\s*(?:,|was|is|of|at|stood\s+at)\s*$",
    re.IGNORECASE,
)
_PUT_WORDS = frozenset(("put", "puts", "putting", "placed", "places", "estimated", "estimates"))
# "turnout in Sunday's election was| 40 percent", "unemployment in the region stood at|":
# the noun before the phrase that places it.
_MEASURE_IN_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z-]+)\s+(?:in|across|among|at)\s+[^,;:.]{1,40}?\s+"
    r"(?:was|is|stood\s+at|stands\s+at|reached)\s+$"
)


def _share_won(text: str, figure: Figure) -> None:
    """Whose share of a vote a figure is, when the sentence says who won it ("the ruling
    party won| 53.9 percent of the vote", "their alliance had won| 48 percent"): its owner
    (`figure.extra["won_by"]`, in the subject), so that two parties' shares are never read
    as rival figures of one share; a share won is of the vote where no noun says so."""
    found = (
        (
            sentence_has_word(text, _SHARE_WON_VERBS)
            and _SHARE_WON.search(text, figure.start - 80, figure.start)
        )
        or (
            sentence_has_word(text, _SHARE_NOUN)
            and _SHARE_OF_THE.search(text, figure.start - 80, figure.start)
        )
        or _SHARE_GIVEN.search(text, figure.start - 60, figure.start)
    )
    if found is None or not found.group("owner"):
        return
    lex = lexicon()
    stops = lex.sets["determiners"] | lex.sets["speaker_stops"] | lex.sets["pronouns"]
    kept: list[str] = []
    for word in reversed(found.group("owner").split()):
        lower = word.lower()
        # the noun phrase before the verb: not "said their", "showed the", "Norland's"
        if lower in stops or lower in lex.triggers["speech"] or lower.endswith(("ed", "'s", "’s")):
            break
        kept.insert(0, word)
    named = [w for w in kept if w[:1].isupper()]
    if named and kept[-1][:1].isupper():
        # a candidate by surname: "Incumbent Marko Novak", "his rival Ana Petric", "Petric"
        kept = named[-1:]
    if kept:
        figure.extra["won_by"] = " ".join(kept).lower()
        if not figure.noun:
            figure.noun = "vote"


def _share_who(text: str, figure: Figure) -> None:
    """Who a share is of the people counted ("55 percent of the new arrivals are| children
    under 18", "women and children make up| 65 percent of the displaced"): in the subject
    (`figure.extra["who"]`), so that shares of two groups of the same people are never
    read as rival figures of one share."""
    found = _SHARE_IS.match(text, max(figure.end, figure.noun_end)) or _MAKE_UP.search(
        text, max(0, figure.start - 50), figure.start
    )
    if found is None:
        return
    words = found.group("who").lower().split()
    while words and words[-1] in _WHO_STOPS:
        words.pop()
    # (a group, not a verb's participle: "48 percent was reported", "... are returning")
    if words and words[0] not in _WHO_STOPS and not words[0].endswith(("ed", "ing")):
        figure.extra["who"] = " ".join(words)


_NATIONWIDE = re.compile(
    r"[^,.;:]{0,50}?\b(?:nationwide|countrywide|across\s+the\s+country|throughout\s+the\s+"
    r"country|in\s+the\s+whole\s+country|nationally)\b",
    re.IGNORECASE,
)
_SHARE_OF_A_CUE = re.compile(
    r"\s+of\s+(?:the|all|those)\s+(?P<whole>(?:new\s+)?(?:arrivals|displaced|refugees|dead|"
    r"injured|wounded|victims|evacuees|detainees|detained|missing|casualties))\b",
    re.IGNORECASE,
)
_WHO_WORD = r"(?:[a-z][a-z-]*|under\s+\d+|over\s+\d+|aged\s+\d+(?:\s+(?:or|and)\s+\w+)?)"
# "55 percent of the new arrivals| are children under 18" (a group, not "are expected")
_SHARE_IS = re.compile(
    rf"\s+(?:are|were|is|was)\s+(?P<who>{_WHO_WORD}(?:\s+(?:and\s+)?{_WHO_WORD}){{0,3}})"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:said|says|according|while|but)\b))"
)
# "Women and children make up| 65 percent of the displaced"
_MAKE_UP = re.compile(
    rf"(?P<who>\b[A-Za-z][a-z-]*(?:\s+(?:and\s+)?{_WHO_WORD}){{0,3}})\s+(?:make|made|makes)\s+"
    rf"up\s+{HEDGES_BEFORE}$"
)
_WHO_STOPS = frozenset(
    ("the", "a", "an", "of", "in", "now", "still", "also", "not", "expected", "likely", "they")
)


# "the ruling party had won| no more than 41 percent", "Novak won Sunday's election with|
# 58.6%": who won the share.
_SHARE_WON = re.compile(
    # ("The main opposition candidate, Ana Vidal, received| 31.5 percent": named in apposition)
    r"(?P<owner>(?:[\w'’-]+\s+){0,3}?[\w'’-]+),?\s+(?:had\s+|has\s+|have\s+|would\s+have\s+)?"
    r"(?:(?:won|wins|took|takes|received|receives|secured|secures|garnered|obtained|polled)"
    r"|(?:won|wins|took|takes)\s+(?:[\w'’-]+\s+){0,5}?with)\s+$"
)
# "results gave Novak| 58.7% and Petric| 18.9%", "exit polls put Novak at| 60.1%": a
# candidate named right before the share, after a verb of giving or in the list it opens.
_SHARE_WON_VERBS = frozenset(
    ("won", "wins", "took", "takes", "received", "receives", "secured", "secures", "garnered")
    + ("obtained", "polled")
)
"""A word of every match of _SHARE_WON, and of _SHARE_OF_THE: the quick answers."""
_SHARE_NOUN = frozenset(("share",))
_SHARE_GIVEN = re.compile(
    r"(?:\b(?:gave|give|gives|given|giving|put|puts|putting|credited)\s+|,\s*|\band\s+)"
    r"(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:at\s+|with\s+)?$"
)


def _measured_before(text: str, start: int) -> str:
    """The noun a share is of when it is named before the figure ("a turnout of 58 percent",
    "turnout in the election was 40 percent"), else ""."""
    lex = lexicon()
    placed = _MEASURE_IN_BEFORE.search(text, max(0, start - 80), start)
    if placed is not None:
        noun = placed.group("noun").lower()
        stops = lex.sets["party_stops"] | lex.sets["speaker_stops"] | lex.sets["determiners"]
        if noun not in stops and not is_number(noun):
            return noun
    share = _SHARE_OF_THE.search(text, start - 60, start)
    if share is not None:
        return share.group("noun").lower()  # "the party's share of the vote, 53.9 percent"
    found = _MEASURE_BEFORE.search(text, start - 60, start)
    if found is None:
        return ""
    words = found.group("noun").split()
    put = next((i for i, w in enumerate(words) if w.lower() in _PUT_WORDS), None)
    if put is not None:
        words = words[put + 1 :]  # "its tabulation put turnout at| 52 percent": turnout
    if words and words[-1].lower().endswith("ed"):
        return ""  # "was confirmed at| 54.1 percent": a verb, no noun
    stops = lex.sets["party_stops"] | lex.sets["speaker_stops"]
    # ("Observers said turnout was closer to| 35 percent": the words after the speaker's verb)
    last = max((i for i, w in enumerate(words) if w.lower() in stops or is_number(w)), default=-1)
    words = words[last + 1 :]
    while words and words[0].lower() in lex.sets["determiners"]:
        words.pop(0)
    return " ".join(words).lower()


# What may stand before a figure that is a clause's subject: its start, a clause's word, and
# the figure's hedge ("As some| 5,000 rally", "while hundreds| march").
_OPENS_A_CLAUSE = re.compile(
    r"(?:^|[,;:(\u2014\u2013-]|\b(?:as|while|and|but|when|where|after|before|since|now)\b)"
    r"\s*(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|at\s+least|"
    r"up\s+to|an\s+estimated|several|many|tens\s+of|hundreds\s+of|thousands\s+of)\s+)*$",
    re.IGNORECASE,
)


@cache
def _crowd_now() -> re.Pattern[str]:
    """A present-tense crowd verb (extract.yaml crowd_verbs) after a figure and up to three
    words of its noun ("Thousands| rally", "Hundreds of miners| march")."""
    verbs = "|".join(
        re.escape(str(verb)).replace(r"\ ", r"\s+")
        for verb in sorted(lexicon().raw["crowd_verbs"], key=len, reverse=True)
    )
    return re.compile(
        rf"(?P<noun>(?:\s+of)?(?:\s+(?!(?:{verbs})\b)[A-Za-z][\w'’-]*){{0,3}}?)"
        rf"\s+(?P<verb>{verbs})\b(?:\s+(?P<next>[A-Za-z]+)(?:\s+(?P<then>[A-Za-z]+))?)?",
        re.IGNORECASE,
    )


def _gathers_now(text: str, figure_start: int, start: int, limit: int) -> re.Match[str] | None:
    """The match of a present-tense crowd verb whose subject is a figure (from `figure_start`
    to `start`), or None: "Thousands rally in Port Elin after killing of ...", a crowd, not a
    toll.  Its noun words name people, not an event ("12 killed as thousands| rally"), the
    figure opens its clause (not "police held| 12 protest leaders"), and the verb is no
    noun: a preposition, punctuation or the end follows it, or, for a verb that takes an
    object, a word that starts no clause of its own ("Thousands protest killing of ...";
    not "12 protest leaders were held")."""
    lex = lexicon()
    found = _crowd_now().match(text, start, limit)
    if found is None or not _OPENS_A_CLAUSE.search(text, 0, figure_start):
        return None
    words = found.group("noun").split()
    if any(
        word.lower() in lex.sets["party_stops"] or lex.any_event.fullmatch(word)
        for word in words
        if word.lower() != "of"
    ):
        return None
    after, then = found.group("next"), found.group("then")
    if after is None or after.lower() in lex.sets["party_stops"]:
        return found
    transitive = found.group("verb").lower() in lex.sets["crowd_verbs_transitive"]
    return found if transitive and not (then and then.lower() in lex.sets["party_stops"]) else None


def _own_crowd_verb(text: str, figure: Figure, found: tuple[str, tuple[int, int]]) -> bool:
    """Whether a crowd's verb found after a figure (`found`: its span from the figure's end)
    says the figure's people gathered: not a verb of another clause ("killed 12 people| when
    they fired on protesters who had gathered"), nor "turned out to" ("one turned out never
    to have boarded")."""
    start, end = figure.end + found[1][0], figure.end + found[1][1]
    if _CLAUSE_OPENER.search(text, figure.noun_end, start) or _FOR_BEFORE.search(
        text, max(figure.noun_end, start - 5), start
    ):
        # ("detained 180 people in the capital for| taking part in a rally": why they were)
        return False
    return not (text[start:end].lower() == "turned out" and _TURNED_OUT_TO.match(text, end))


def _own(figure: Figure, owned: re.Match[str]) -> None:
    """Record who owns the count a figure is given as ("the ministry's figure of| 14")."""
    if owner := _owner_of(owned):
        figure.extra["owner"] = owner


def _owner_of(owned: re.Match[str]) -> str | None:
    owner = _owner_words(owned.group("owner") or owned.groupdict().get("acronym") or "")
    return owner if owner and owner.split()[-1].lower() not in _NOT_OWNERS else None


def given_by(text: str, start: int, end: int) -> str | None:
    """Who a figure is said to be given by, right after it: "the 36 recorded by the
    commission" (not "the 40 released by police": a verb of giving a count), "estimated at
    200,000 by organisers"."""
    given = _GIVEN_BY.match(text, end)
    if given is None and _PUT_AT_BEFORE.search(text, start - 20, start):
        given = _BY_AFTER.match(text, end)
    if given is None:
        return None
    owner = given["owner"]
    if owner[:1].isupper() and (named := _NAME_GOES_ON.match(text, given.end("owner"))):
        owner += named.group(0)  # "the Norland Office| for Refugees"
    return " ".join(owner.split())


# The rest of a body's name in capitals after "for": "Office| for the Relief of Westby",
# "Centre| for Human Rights".
_NAME_GOES_ON = re.compile(
    r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|&|the)\s+)*[A-Z][\w'’-]*){0,5}"
)


def count_owned_by(text: str, start: int) -> str | None:
    """Who owns the count the figure at `start` is given as, whatever its kind: "the city
    council's estimate of| about 300 dead"."""
    before = text[start - 80 if start > 80 else 0 : start].rstrip()[-3:].lower()
    if before[-2:] == "of":
        owned = (
            _OWNED_COUNT.search(text, start - 80, start)
            if sentence_holds(text, _COUNT_WORDS)
            else None
        )
    elif before == "and":
        # "the government's figures of 7,100 dead and| 5,300 missing": its figures both
        owned = (
            _OWNED_COUNTS_AND.search(text, start - 120, start)
            if sentence_holds(text, _COUNT_WORDS)
            else None
        )
    elif before[-1:] in ("s", "d", "e"):  # (gives, showed, gave ...: the quick answer)
        owned = _OWNED_COUNT_GIVES.search(text, start - 80, start)
    else:
        return None
    return _owner_of(owned) if owned else None


# "the official count was| 1,176, but an MP said 'more than 3,000' had died there": a count
# the sentence names by its rival's verb after it.
_COUNT_WAS = re.compile(
    r"\bthe\s+(?:(?:official|final|government|latest|local|initial)\s+)?"
    r"(?:count|tally|figure|number)\s+(?:was|is|stood\s+at|stands\s+at)\s+$",
    re.IGNORECASE,
)
_RIVAL_AFTER = re.compile(r"[^.;]{0,30}?(?:,\s*)?\b(?:but|while|whereas|although|though)\b")


# "The 71 include a baby", "All nine have spent the past six months in detention": a count
# named before, called by its value alone at the head of a clause.
_THE_VALUE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)[\"“]?(?:the|all|all\s+the|all\s+of\s+the|these|those|both)"
    r"\s+$",
    re.IGNORECASE,
)
_NAMED_AGAIN_CHARS = 800  # (the text before a sentence that `classify` is given)


def _named_again(text: str, figures: list[Figure], body_before: str) -> None:
    """A figure of no kind and no noun that calls a count by its value alone ("The 71
    include a baby", "All nine have spent ...") has the kind and party of the last figure
    of that value the text named, when an event word states that count's kind right after
    it ("71 people died") or right before it ("arrested nine Egyptian survivors")."""
    for figure in figures:
        if figure.kind != "other" or figure.noun or figure.kind_hint or figure.extra.get("time"):
            continue
        number = figure.text.split()[-1]  # ("All nine": "all" read with the figure)
        start = figure.start + len(figure.text) - len(number)
        if not _THE_VALUE.search(text, start - 16, start):
            continue
        before = (body_before + " " + text[: figure.start])[-_NAMED_AGAIN_CHARS:]
        value = re.escape(number)
        named = list(re.finditer(rf"(?<![\w,.]){value}(?![\w,])", before, re.IGNORECASE))
        if not named:
            continue
        found = named[-1]  # the last figure of that value
        after = event_kind(before[found.end() : found.end() + 60])
        said = after or event_kind(before[max(0, found.start() - 30) : found.start()], last=True)
        if said is not None and said[0] in families().people:
            figure.kind = said[0]
            # (and its people: "12 soldiers" again are soldiers, not all of the dead)
            figure.noun = noun_phrase(before, found.end(), len(before))[0]


# "Nine children were among the| 40 victims": people of the count named right after them.
_AMONG_THE_NEXT = re.compile(
    # (a headline drops the verb and the article: "3 officers among 9 killed in ambush")
    r"\s+(?:(?:were|are|was|is)\s+(?:also\s+|reportedly\s+)?)?among\s+(?:(?:the|those)\s+)?",
    re.IGNORECASE,
)


def _among_the_next(text: str, figures: list[Figure]) -> None:
    """A count of people "among the" toll right after it ("Nine children were among the 40
    victims") is a part of that toll: of its kind, its own noun naming the part (read after
    the parties are, so the toll does not take the part's people)."""
    for figure, following in zip(figures, figures[1:], strict=False):
        if (
            figure.kind == "other"
            and figure.noun
            and following.kind in families().tolls
            and names_people(figure.noun)
            and _AMONG_THE_NEXT.fullmatch(text, figure.noun_end, following.start)
        ):
            figure.kind = following.kind
            figure.party = figure.party or figure.noun


def _part_of_the_next(text: str, figures: list[Figure]) -> None:
    """A figure of no kind "of the" toll right after it ("Twenty-three of the 49 people
    killed were islanders") is a part of that toll: of its kind, never its rival."""
    for figure, following in zip(figures, figures[1:], strict=False):
        if (
            figure.kind != "other"
            or figure.noun
            or following.kind not in families().tolls
            or not _OF_THE_NEXT.fullmatch(text, figure.end, following.start)
        ):
            continue
        end = _CLAUSE_END_OR_STOP.search(text, following.end)
        if not _OWN_FATE.search(text, following.end, end.start() if end else len(text)):
            # (not "Five of the seven candidates arrested have been charged": a fate of its own)
            figure.kind = following.kind
            figure.extra["scope"] = "among them"


def _count_named_after(text: str, figures: list[Figure]) -> None:
    """A figure given as "the official count" with no noun nor kind of its own is of the
    toll its sentence then sets against it ("..., but X said 'more than 3,000' had died")."""
    for index, figure in enumerate(figures):
        if figure.kind != "other" or figure.noun or index + 1 >= len(figures):
            continue
        if not _COUNT_WAS.search(text, figure.start - 50, figure.start):
            continue
        rival = figures[index + 1]
        if rival.kind in families().tolls and _RIVAL_AFTER.match(text, figure.end, rival.start):
            figure.kind = rival.kind


def _is_time(figure: Figure, units: Container[str]) -> bool:
    """Whether a figure counts time ("two weeks", "three days")."""
    head = figure.noun.split()[-1].lower() if figure.noun else ""
    return head in units or bool(figure.extra.get("time"))


_CONJUNCTION = re.compile(r"\s+(?:and|or|&)\s+")
"""What joins the things a figure counts together ("1,200 troops| and |armoured vehicles")."""


# "the border is 640 kilometers long, of which| 410 are agreed": a part of the measure
# before, in its unit.
_OF_WHICH = re.compile(r"[^.;:\d]{0,20}?\bof\s+which\s+$", re.IGNORECASE)


def _parts_of_a_measure(text: str, figures: list[Figure]) -> None:
    """A bare figure "of which" a measure with a unit is a part is of that measure."""
    for before, figure in zip(figures, figures[1:], strict=False):
        if (
            figure.kind_hint is None
            and figure.unit is None
            and before.kind_hint is not None
            and before.unit is not None
            and _OF_WHICH.fullmatch(text, before.end, figure.start)
        ):
            figure.kind_hint, figure.unit = before.kind_hint, before.unit


def tells_of_an_abduction(text: str) -> bool:
    """Whether an article tells of an abduction: it says so twice or more ("abducted",
    "kidnapping", "their captors"; not a siege's hostages, whose missing are unaccounted for)."""
    if not may_hold(text, _ABDUCTION_STEMS):
        return False
    found = _ABDUCTION.finditer(text)
    return next(itertools.islice(found, _ABDUCTION_WORDS - 1, None), None) is not None


_ABDUCTION = re.compile(r"\b(?:abduct|kidnap|captors?\b)", re.IGNORECASE)
_ABDUCTION_STEMS = ("abduct", "kidnap", "captor")
_ABDUCTION_WORDS = 2


def missing_held(figures: list[Figure], abduction: bool) -> None:
    """Those said to be missing in an article that tells of an abduction (`abduction`,
    `tells_of_an_abduction`) are those still held ("90 girls are missing from the school"):
    hostages, a part of all taken.  Forces missing after a battle stay missing."""
    if not abduction:
        return
    missing, hostages = lexicon().cue_kinds["missing"], lexicon().cue_kinds["kidnapped"]
    for figure in figures:
        if (
            figure.kind == missing
            and not figure.extra.get("scope")
            and _force_kind(figure.noun.lower()) is None
        ):
            figure.kind = hostages
            figure.extra["scope"] = "still held"


def names_a_disease(text: str) -> bool:
    """Whether a text names a disease or an outbreak (extract.yaml `case_words` but the
    words that only qualify cases: "suspected", "confirmed")."""
    words = set(_WORD.findall(text.lower()))
    return not words.isdisjoint(lexicon().sets["case_words"] - _CASE_QUALIFIERS)


_WORD = re.compile(r"[a-z][a-z-]*")
_CASE_QUALIFIERS = frozenset(("suspected", "confirmed", "probable"))


def _crowd_numbered(text: str, figure: Figure) -> re.Match[str] | None:
    """ "put the number of devotees ... at| N": the match when the figure is the number of a
    crowd noun's people whose clause names no event (see _NUMBER_OF_THEM_AT)."""
    if figure.noun or "number" not in index_of(text).words:
        return None
    found = _NUMBER_OF_THEM_AT.search(text, max(0, figure.start - 140), figure.start)
    if (
        found is None
        or found["noun"].lower() not in lexicon().sets["crowd_nouns"]
        or event_kind(found["clause"]) is not None
    ):
        return None
    return found


# "1,000 citizens have gone to fight for the group", "1,900 have travelled to the war zone
# to join extremist groups", "2,000 left to fight": people who went to fight, a force.
_WENT_TO_FIGHT = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:reportedly|already|since)\s+)?"
    r"(?:gone|went|left|travell?ed|headed|moved|joined)\s+"
    r"(?:(?:abroad|to\s+[A-Z][\w'’-]+(?:\s+(?:and|or)\s+[A-Z][\w'’-]+)?)\s+)?"
    r"(?:to\s+(?:fight|join\s+(?:the\s+)?(?:extremist|militant|armed|jihadist|rebel|insurgent)"
    r"|join\s+the\s+ranks)|(?:extremist|militant|armed|jihadist|rebel|insurgent)\s+groups)\b"
)


# "It rose to| 290 the next morning, to| 321 on Tuesday, and to| 359": one count's steps.
_ROSE_TO_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|increased|jumped|grew|went\s+up|fell|dropped"
    r"|revised\s+(?:up|down|upwards|downwards))\s+(?:again\s+|further\s+)?to\s+$"
)
_TO_AGAIN = re.compile(r"[^.;:!?]{0,50}?,?\s+(?:and\s+)?(?:then\s+)?to\s+")


def gapped_steps(text: str, figures: list[Figure]) -> None:
    """The later steps of a count told rising in one sentence, its verb gapped ("rose to 290
    the next morning, to 321 on Tuesday, and to 359 on Friday"), are that count's: its
    kind and party (they had been counts of no kind)."""
    for before, figure in zip(figures, figures[1:], strict=False):
        if (
            figure.kind == "other"
            and not figure.noun
            and before.kind in families().tolls
            and _TO_AGAIN.fullmatch(text, before.end, figure.start)
            and (
                before.extra.get("step")
                or _ROSE_TO_BEFORE.search(text, max(0, before.start - 40), before.start)
            )
        ):
            figure.kind, figure.party = before.kind, before.party
            figure.extra["step"] = True
            before.extra["step"] = True


def went_to_fight(text: str, figures: list[Figure]) -> None:
    """Those counted as having gone to fight are a force ("more than 1,000 citizens have
    gone to fight for the group": fighters, not the country's population)."""
    for figure in figures:
        if figure.kind in ("population", "other") and _WENT_TO_FIGHT.match(
            text, max(figure.end, figure.noun_end)
        ):
            figure.kind = "fighters"


def classify(
    text: str,
    figures: list[Figure],
    body_before: str,
    counted: Sequence[str | None] = (),
    previous_toll: Toll | None = None,
    aboard_dead: bool = False,
    outbreak: bool = False,
    lead: str = "",
    previous_state: tuple[str, str] | None = None,
) -> None:
    """Give every figure of a sentence its kind, party and counted noun.  `previous_toll` is
    the kind, value and party of the last toll of the sentence before, for "eight of them
    were soldiers"; `aboard_dead`: the article has said no one aboard a craft survived;
    `outbreak`: the article is about an outbreak (its headline names a disease), whose
    deaths are its toll, not deaths of a disease that followed another event; `lead`: the
    article's opening, what a headline (no text before it) is read with;
    `previous_state`: the noun and state of the last count of people of the sentence before
    when it counts them where they are ("44 passengers were on board")."""
    previous_kind = previous_toll[0] if previous_toll else None
    lex = lexicon()
    _parts_of_a_measure(text, figures)
    for index, figure in enumerate(figures):
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        strong = _STRONG.match(text, figure.end, limit)
        aside = _ASIDE_CLOSED.match(text, figure.end, limit) if index else None
        # ("hundreds of people|, and possibly as many as 2,000|, were killed": after its noun)
        past_whole = max(figures[index - 1].end, figures[index - 1].noun_end) if index else 0
        if aside and not _ASIDE_OPENED.fullmatch(text, past_whole, figure.start):
            aside = None
        start = aside.end() if aside else strong.end() if strong else figure.end
        noun, noun_end, pronoun = noun_phrase(text, start, limit)
        gathers = None
        if not strong and figure.kind_hint is None:
            gathers = _gathers_now(text, figure.start, figure.end, limit)
        if gathers is not None:
            # "Thousands rally| in ...": the verb ends the noun ("rally" is no party).
            noun = " ".join(word for word in gathers.group("noun").split() if word != "of")
            noun_end, pronoun = gathers.end("noun"), None
            figure.extra["gathers"] = gathers.span("verb")
        figure.noun, figure.noun_end, figure.partitive = noun, noun_end, pronoun
        if pronoun is None and _OF_THEM.match(text, figure.end, limit):
            figure.partitive = "them"
        elif not noun and (
            (not index and _OPENED_OF_THEM.match(text, 0, figure.start))
            or (index == 1 and _OPENED_OF_THE_N.match(text, 0, figure.start))
        ):
            figure.partitive = "them"  # "Of those, 37 remain in hospital"; "Of the 17 dead,"
        elif pronoun is None and _THEY_INCLUDED.match(text, 0, figure.start):
            figure.partitive = "them"  # "They included five Iranians, four Chinese ..."
        elif not noun and _OF_WHOM_BEFORE.search(text, figure.start - 16, figure.start):
            figure.partitive = "whom"  # "8,700 people ..., of whom about 2,900 were children"
        elif _AMONG_THEM_BEFORE.search(text, figure.start - 24, figure.start) and (
            not noun or noun.split()[-1].lower() in lex.sets["generic_nouns"]
        ):
            # "has reached 87 persons, among them| 17 persons who died inside the square": a
            # part of the count just named ("among them 12 children": a party's, as before)
            figure.extra["scope"] = "among them"
        elif _THE_FIGURE_INCLUDED.search(text, figure.start - 50, figure.start):
            # "the figure included 19 people shot dead in Eastmark": a part of the count
            # just named, never its rival.
            figure.extra["scope"] = "among them"
        if strong:
            figure.extra["strong"] = True  # "a 1,200-strong army task force": its size
        elif _measured_magnitude(text, figure, limit):
            figure.noun, figure.noun_end = "magnitude", figure.end
            if _AFTERSHOCK_BEFORE.search(
                text, max(0, figure.start - 40), figure.start
            ) or _AFTERSHOCK_AFTER.match(text, figure.end, limit):
                # "followed by aftershocks of magnitude 5.9": not the quake's own magnitude
                figure.noun = "magnitude of aftershock"
        elif figure.kind_hint == "percent" and not figure.noun:
            figure.noun = _measured_before(text, figure.start)  # "a turnout of 58 percent"
        if figure.kind_hint == "percent":
            if not figure.noun and (of_whole := _SHARE_OF_A_CUE.match(text, figure.end)):
                # "55 percent of the new arrivals", "60 percent of the displaced": the
                # share's whole, whose word is an event's (no party's noun)
                figure.noun, figure.noun_end = of_whole["whole"].lower(), of_whole.end()
            _share_won(text, figure)
            _share_who(text, figure)
            if _NATIONWIDE.match(text, max(figure.end, figure.noun_end), limit):
                # "61 percent of inmates in its prisons across the country": the whole
                # country's share, never a rival of one prison's
                figure.extra["scope"] = "nationwide"

    asides: list[tuple[int, int, str]] = []  # (start, end, kind) of asides naming parts
    for index, figure in enumerate(figures):
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        floor = figures[index - 1].noun_end if index else 0
        within = next((k for a, b, k in asides if a <= figure.start < b), None)
        if within is not None and figure.kind_hint is None:
            # "Seven people - three guardsmen and four civilians - were killed": the parts
            # an aside names share the event of the count it hangs on.
            figure.kind = within
            continue
        if figure.kind_hint is not None:
            figure.kind = figure.kind_hint
            if figure.kind in families().between_places and (
                _is_level(text, figure) or _PER_HOUR.match(text, figure.end)
            ):
                figure.kind = "other"  # "the river rose 2 metres", "193 km/h": no places apart
            continue
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        if _is_time(figure, lex.sets["time_units"]):
            figure.kind = "other"
            continue
        if head in ("residents", "inhabitants") and _PART_OF_RESIDENTS.search(
            text, figure.start - 40, figure.start
        ):
            # "many of Westby's| 60,000 residents spent the night in shelters": the town's
            # people, the whole of a part that did what the clause says (tolls._in_camps)
            figure.kind = families().residents
            figure.extra["whole_of_part"] = True
            continue
        if (
            (
                not head
                or head in ("people", "residents", "inhabitants")
                or figure.noun.split()[-1][:1].isupper()  # ("home to 1 million Westbians")
            )
            and _POPULATION_OF.search(text, figure.start - 50, figure.start)
            and not _cue_next(text, figure.end)  # ("its population of 9,000 fled": fled)
        ):
            # "a district with an estimated population of| 480,000, including tens of
            # thousands of people displaced": the place's people, whatever event the part
            # after names.
            figure.kind = families().residents
            continue
        if figure.extra.get("strong") or figure.noun == "magnitude":
            figure.kind = stock_kind(figure.noun) or "other"
            if (
                figure.kind == "other"
                and figure.extra.get("strong")
                and _STRONG_MISSION.search(figure.noun)
            ):
                # "the 18,000-strong regional mission": a peacekeeping force's size
                figure.kind = families().forces[0]
            continue
        later_died = _HURT_WHO_DIED.match(text, figure.end)
        whole = figures[index - 1] if index else None
        if (
            whole is not None
            and whole.kind in families().tolls
            and figure.kind_hint is None
            and not _cue_next(text, figure.end)  # ("including 1,351 deaths": its own kind)
            # (people of a party: "including five people" is no part a party names)
            and bool(figure.noun)
            and figure.noun.split()[-1].lower() not in lex.sets["generic_nouns"]
            # (after its noun, or its verb: "5,024 people killed|, including")
            and _INCLUDING_NEXT.fullmatch(
                text, max(whole.noun_end, whole.cue[1] if whole.cue else 0), figure.start
            )
            and later_died is None
        ):
            # "5,024 people killed, including| 335 children, and 6,520 injured": a party's
            # part of the toll it hangs on, whatever verb comes after it
            figure.kind = whole.kind  # (its people name a party: "children killed")
            continue
        if (
            whole is not None
            and not figure.noun
            and _INCLUDING_NEXT.fullmatch(text, whole.noun_end, figure.start)
            and _FROM_A_FORCE.match(text, figure.end)
            and (force := stock_kind(whole.noun)) is not None
        ):
            # "210 security personnel including| 75 from the Westby Army": a force's part
            figure.kind = force
            continue
        held_died = _HELD_WHO_DIED.match(text, figure.noun_end) if figure.noun else None
        if held_died is not None and later_died is None:
            figure.kind, figure.cue = families().tolls[0], held_died.span("died")
            continue
        if later_died is not None:
            # "Two of those wounded in the city centre later died": dead, of the wounded (a
            # part of the toll, never its rival)
            figure.kind, figure.cue = families().tolls[0], later_died.span("died")
            figure.noun = figure.party = ""
            figure.extra.setdefault("scope", f"of the {later_died['hurt'].lower()}")
            continue
        opened = None if index else _OPENED_OF_THE_TOLL.match(text, 0, figure.start)
        toll = event_kind(opened.group("cue")) if opened else None
        opening = opened["cue"].lower() if opened is not None and toll is None else ""
        by_noun = opening in _DEAD_BY_NOUN and (
            opening == "bodies" or previous_kind == families().tolls[0]
        )
        if by_noun and opened is not None:
            toll = families().tolls[0], opened.span("cue")
        if toll is not None and (not head or head in lex.sets["generic_nouns"]):
            # "Of the injured, 458 people remain in hospital": a part of the injured.
            figure.kind, figure.cue = toll[0], opened.span("cue")  # type: ignore[union-attr]
            figure.partitive = "them"
            if by_noun:
                figure.extra.setdefault("scope", "among them")  # a part of them, no rival
            continue
        most = None if head else _MOST_OF_THE.search(text, figure.start - 40, figure.start)
        most_kind = event_kind(most["cue"]) if most else None
        if most is not None and most_kind is not None and most_kind[0] in families().tolls:
            # "Most of the dead,| 32, were civilians": how many of them, a part of the toll
            figure.kind, figure.cue = most_kind[0], most.span("cue")
            figure.extra.setdefault("scope", "among them")
            continue
        deaths = _DEATHS_OF.search(text, figure.start - 40, figure.start)
        if deaths:
            # "the deaths of three injured workers": the dead, whatever follows; a toll
            # that rose "with the deaths of three" rose by them.
            figure.kind, figure.cue = families().tolls[0], deaths.span()
            if deaths.group("with"):
                figure.extra["scope"] = "more"
            continue
        if figure.noun.lower() in ("others", "other people") and (
            listed_by := _VERB_THEN_AND.search(text, figure.start - 120, figure.start)
        ):
            cued = event_kind(listed_by.group("verb"))
            if cued is not None and cued[0] in families().tolls:
                # "The bombing killed former Prime Minister Ivo Marek and| 21 others": the
                # verb's toll, named one by one, then the rest (a part of it: the whole is
                # one more, or more)
                figure.kind, figure.cue = cued[0], listed_by.span("verb")
                figure.extra["scope"] = "others"
                continue
        then = _AND_THE_CUE_AT.search(text, figure.start - 30, figure.start)
        then_kind = event_kind(then["cue"]) if then else None
        if then is not None and then_kind is not None:
            # "put the number of dead at 45 and the wounded at| 120": the people it names
            figure.kind, figure.cue = then_kind[0], then.span("cue")
            continue
        put_people = _PUT_PEOPLE_AT.search(text, figure.start - 90, figure.start)
        named = event_kind(put_people.group("people")) if put_people else None
        if named is not None and put_people is not None:
            # "put the dead in their village alone at| 'between 300 and 400'": their count.
            figure.kind, figure.cue = named[0], put_people.span("people")
            continue
        numbered = _crowd_numbered(text, figure)
        if numbered is not None:
            figure.noun = numbered["noun"]  # "the number of devotees ... at| N": theirs
        crowd = (
            _CROWD_BEFORE.search(text, figure.start - _CROWD_LOOK_BACK, figure.start)
            or _JOINED_GATHERING.match(text, figure.noun_end)
            or numbered
        )
        crowd_kind = families().crowd
        if crowd and crowd_kind:
            figure.kind, figure.cue = crowd_kind, crowd.span()
            continue
        if "gathers" in figure.extra and crowd_kind:
            figure.kind, figure.cue = crowd_kind, figure.extra.pop("gathers")
            continue
        complement = toll_complement(text, _past_verb_hedge(text, figure))
        if complement:
            figure.kind, figure.cue = complement
            continue
        if (
            not figure.noun
            and previous_state is not None
            and (
                _BARE_COUNT_WAS.search(text, figure.start - 110, figure.start)
                or _PUT_THE_NUMBER_AT.search(text, figure.start - 40, figure.start)
            )
        ):
            # "44 passengers were on board. But the police said ... the real number was
            # close to| 50": those aboard again; so "A spokesman put the number at| 20,000"
            figure.noun, figure.extra["state"] = previous_state
            continue
        toll_before = next(
            (f for f in reversed(figures[:index]) if f.kind in families().tolls), None
        )
        if (
            not figure.noun
            and (toll_before is not None or previous_kind in families().tolls)
            and (
                _BARE_COUNT_WAS.search(text, figure.start - 110, figure.start)
                # "The agency put it at 148; health officials gave| 151": a rival's value of
                # the count just given
                or (
                    toll_before is not None
                    and _GAVE_BARE.search(text, figure.start - 12, figure.start) is not None
                )
            )
        ):
            # "93 inmates escaped. But the police commander said the number was closer to|
            # 140": a count that names no event is the count of the sentence before, of
            # its people (parties.assign_parties); "two officers had been killed; two days
            # later the figure rose to| four": the count of the clause before.
            if toll_before is not None:
                figure.kind = toll_before.kind
                figure.extra["count_before"] = toll_before.noun or None
            elif previous_kind is not None:
                figure.kind = previous_kind
                # (not when the sentence names a toll of its own: "The Westby toll rose week
                # by week; the final count stood at| 223", after another side's losses)
                its_own = _TOLL_SINCE.search(text, 0, figure.start) is not None
                figure.extra["count_before"] = (
                    previous_toll[2] if previous_toll and not its_own else None
                )
            continue
        if not figure.noun and _IT_WAS.search(text, max(0, figure.start - 40), figure.start):
            stock_before = next(
                (f for f in reversed(figures[:index]) if f.kind in _crowds_and_forces()), None
            )
            if stock_before is not None:
                # "Police estimated the crowd at about 30,000; organizers said it was closer
                # to| 50,000": the count just given, by another source
                figure.kind = stock_before.kind
                continue
        if head == "names" and not _NAMES_OF.match(text, figure.noun_end):
            # "Our list has 150 names", after "whose son was among the victims": the dead,
            # named one by one, in a report of deaths just before.
            killed = families().tolls[0]  # kinds.yaml lists the dead first
            recent = body_before[-_NAMES_CONTEXT:] + " " + text[: figure.start]
            if _LIST_OF_THE_MISSING.search(text, 0, figure.start):
                # "the list of people unaccounted for swelled to| nearly 1,000 names": the
                # missing, named one by one
                figure.kind, figure.noun = lex.cue_kinds["missing"], ""
                continue
            if counted_before(recent, killed) or _VICTIMS.search(recent):
                figure.kind, figure.noun = killed, ""
                continue
            # "The ministry said 639 were detained. Viasna said its lists contained more
            # than 700 names": the people of the count just named, one by one.
            if previous_kind in families().tolls and _LISTS.search(text, 0, figure.start):
                figure.kind, figure.noun = previous_kind, ""
                continue
        head = figure.noun.split()[-1] if figure.noun else ""
        if (
            head.lower() in _POPULATION_HEADS
            and _PLACE_OWNS.search(text, figure.start - 30, figure.start)
            and not _PAST_ITS_PEOPLE.match(text, figure.noun_end)
        ):
            # "half of the city's 2.5 million people fled", "the country's 19 million
            # citizens": the place's people, all of them.
            figure.kind = families().residents
            continue
        if (
            head
            and sentence_holds(text, _SHARE_WORDS)
            and _SHARE_OF_BEFORE.search(text, figure.start - 40, figure.start)
            and lex.stock_cues[families().residents].fullmatch(head)
            # (its verb, the share's; "of the 470 people killed": the whole's own event)
            and _HAS_AUXILIARY.match(text, figure.noun_end + 1)
        ):
            # "Nearly half of the 1.2 million residents have fled": the share fled, the
            # figure is the whole it is a share of, the place's population.
            figure.kind = families().residents
            continue
        # ("Police estimated 50,000": the verb read as the figure's hedge, "estimated")
        estimated = _ESTIMATED_FIRST.match(text, figure.start)
        verb_end = estimated.end() if estimated else figure.start
        put = _PUT_FIGURE_AT.search(text, figure.start - 60, verb_end)
        if put and put["anaphor"] is not None and not _opens_on_count_named(text, put, figure):
            put = None
        if (
            put
            and put["said"] is not None
            and (figure.noun or not _BARE_END.match(text, figure.end))
        ):
            put = None  # "said 12 people were injured": its own count, not a value given
        put = put or _PUT_NUMBER_THERE_AT.search(text, figure.start - 80, figure.start)
        before_it = (
            next(
                (
                    f
                    for f in reversed(figures[:index])
                    if not f.extra.get("time") and f.estimate.qualifier is not Qualifier.VAGUE
                ),
                None,
            )
            if put
            else None
        )
        if (
            put
            and before_it is not None
            and before_it.kind not in families().tolls
            and (before_it.kind in families().people or before_it.kind == "other")
            # ("35,000 of them were stranded": a part of a count named before, its kind yet
            # to come from it)
            and not before_it.partitive
            and not _counts_own_noun(figure)
        ):
            # "the Pentagon said 4,000 to 5,000 people remained there, while the UN put the
            # number at| 20,000 to 30,000": the count this sentence named, not a toll before.
            figure.kind, figure.noun, figure.cue = before_it.kind, before_it.noun, put.span()
            figure.extra["value_of"] = before_it
            continue
        earlier = (
            next((f.kind for f in reversed(figures[:index]) if f.kind in families().tolls), None)
            # ("Most of the deaths were in the north, where the ministry counted| 394": the
            # event its own sentence names, before the sentence before's)
            or (
                last_toll_named(body_before + " " + text[: put.start()])
                if put.groupdict().get("said")
                # ("The report counted 45 wounded. The Afghan toll was never settled. The
                # agency put it at| 169": the toll named since, not the last count's kind)
                or (
                    (put.groupdict().get("it") or put.groupdict().get("anaphor"))
                    and _TOLL_SINCE.search(body_before[-_TOLL_SINCE_CHARS:])
                )
                else None
            )
            or previous_kind
            or (
                last_toll_named(body_before + " " + text[: put.start()])
                # (_PUT_NUMBER_THERE_AT has neither group: "put the number on board at")
                if put.groupdict().get("it")
                or put.groupdict().get("anaphor")
                or put.groupdict().get("held")
                else None
            )
            if put
            else None
        )
        if (
            put
            and earlier
            and not _counts_own_noun(figure)
            # (not "The national centre has put it at| 6.4": a magnitude, no count of people)
            # (a range's middle may fall between two counts: "a range of 61,000 to 98,000")
            and float(figure.estimate.low or figure.estimate.best).is_integer()
        ):
            # "MSF put the figure at more than 2,000": the toll just named, its count.
            figure.kind, figure.cue = earlier, put.span()
            people = put.groupdict().get("of")
            if people and people != "victims":
                figure.noun = people  # "put the number of Spaniards at 49": theirs
            else:
                figure.extra["value_of_before"] = True  # of the count of its kind just before
            continue
        among_before = _AMONG_THE_BEFORE.search(text, figure.start - 60, figure.start)
        if among_before is not None and figure.noun:
            cue = among_before["cue"] or among_before["whole"]
            own = event_kind(cue)
            kind = own[0] if own is not None else None
            if (
                kind is None
                and cue.lower() in ("victims", "casualties")
                and counted_before(body_before + " " + text[: figure.start], families().tolls[0])
            ):
                kind = families().tolls[0]  # "The victims included ...": the dead just counted
            if kind in families().tolls:
                # "Among the slain hostages were| 14 foreigners", "The victims included| 15
                # foreign nationals": people of the toll named before the figure
                figure.kind = kind
                figure.cue = among_before.span("cue" if among_before["cue"] else "whole")
                continue
        listed_with = _LISTED_WITH_NEXT.match(text, figure.noun_end) if figure.noun else None
        if listed_with is not None and (cued := event_kind(text[listed_with.end() :][:12])):
            # "18 civilians, police officer killed in riot": a list its verb ends
            figure.kind = cued[0]
            figure.cue = (listed_with.end() + cued[1][0], listed_with.end() + cued[1][1])
            continue
        # (the next figure's own limit when it counts things in a phrase on this one's noun)
        beyond = (
            index + 2 if _things_counted_next(text, figure, figures[index + 1 :]) else index + 1
        )
        reach = figures[beyond].start if beyond < len(figures) else len(text)
        _, b = _window_after(text, figure.noun_end, reach)
        found = _finite_event(text[figure.end : b]) if figure.end < b else None
        if found and found[0] == families().crowd and not _own_crowd_verb(text, figure, found):
            found = None
        if (
            found
            and reach < len(text)
            and not text[figure.end + found[1][1] : reach].strip()
            and not _AUXILIARY_END.search(text, figure.end, figure.end + found[1][0])
            # ("1,000 people remain missing| more than two weeks after": a time, no object)
            and not _is_time(figures[beyond], lex.sets["time_units"])
        ):
            # "Three attackers armed with rifles killed| 41 people": the verb's object is the
            # next figure; this one did the killing.
            found = None
        # ("26 foreign nationals from 14 countries| were among the dead": past a figure)
        among = None if found else _WHO_WERE_AMONG.match(text, figure.noun_end)
        if among is not None:
            # "Ten firefighters who had been sent to the blaze were among the dead": one of
            # the toll the relative clause leads to.
            found = event_kind(among.group("cue"))
            if (
                found is None
                and among.group("cue").lower() == "victims"
                and counted_before(body_before + " " + text[: figure.start], families().tolls[0])
            ):
                # "The crash killed 150. Sixteen pupils ... were among the victims": of the
                # dead just counted (kinds.yaml lists them first)
                found = (families().tolls[0], (0, 0))
            found = found and (
                found[0],
                (among.start("cue") - figure.end, among.end() - figure.end),
            )
        aside = (
            None
            if found
            else _LISTED_PARTS.match(text, figure.noun_end) or ASIDE.match(text, figure.noun_end)
        )
        if aside is not None and _verb_just_before(
            text, figure, figures[index - 1] if index else None
        ):
            # "detained at least 30 people, including teachers and injured students, and
            # removed the bodies": the verb before is the figure's; a list of its parts says
            # nothing of it
            aside = None
        if aside is not None:
            # "eleven people, including eight police officers, were injured": the verb after
            # the aside that names a part is the figure's own.
            after = next((f.start for f in figures[index + 1 :] if f.start >= aside.end()), None)
            _, b = _window_after(text, aside.end(), len(text) if after is None else after)
            found = _finite_event(text[aside.end() : b]) if aside.end() < b else None
            shift = aside.end() - figure.end
            found = found and (found[0], (found[1][0] + shift, found[1][1] + shift))
        accused = (
            _ACCUSED_OF.search(text, figure.end, min(limit, figure.noun_end + 40))
            if found
            else None
        )
        if accused is not None:
            # "detained 11 boatmen accused of charging refugees": the event is the
            # accusation's; "Ten men accused of the killings were arrested": the verb after it
            then = _VERB_AFTER_ACCUSATION.match(text, accused.end(), limit)
            own = event_kind(then.group("verb")) if then else None
            at = then.start("verb") - figure.end if then else 0
            found = (own[0], (own[1][0] + at, own[1][1] + at)) if own else None
        if found and _NEW_CLAUSE.fullmatch(text, figure.noun_end, figure.end + found[1][0]):
            found = None  # "two of the robbers and wounded three": the verb is the next one's
        if (
            found
            and text[figure.end + found[1][0] : figure.end + found[1][1]].lower()
            in lex.sets["event_nouns"]
            and _AT_THE_TIME_OF.search(text, figure.noun_end, figure.end + found[1][0])
        ):
            found = None  # "held 3,100 inmates at the time of the massacre": its day
        if (
            found
            and limit < len(text)
            and AND_BEFORE.search(text, figure.noun_end, figure.end + found[1][0])
            and not text[figure.end + found[1][1] : limit].strip()
        ):
            # "received 19 bodies since Saturday and treated| 46 wounded": the next one's.
            found = None
        if (
            found
            and _PREPOSITION.match(text, figure.end + found[1][0])
            # "11 suspects were in custody": a state the figure's own verb links it to
            and not _LINKING_VERB.fullmatch(text, figure.noun_end, figure.end + found[1][0])
            # "and some 140,000 were driven from their homes": the figure's own verb
            and not _OWN_PASSIVE.fullmatch(text, figure.noun_end, figure.end + found[1][0])
        ):
            # "abducted 5 people from their homes": a verb before the figure comes first.
            a, b = _window_before(text, figure.start, floor)
            verb = event_kind(text[a:b], last=True)
            if verb:
                found = verb[0], (a + verb[1][0] - figure.end, a + verb[1][1] - figure.end)
        if (
            found
            and found[0] not in families().forces
            and _deployed(text, figure, floor, limit, after=False)
        ):
            # "has deployed 1,200 personnel ... for the transfer of the injured": the
            # deployment is the figure's; the event after it is what they were sent for.
            figure.kind = families().forces[0]  # kinds.yaml lists troops first
            continue
        force = stock_kind(figure.noun)
        if force and _BY_AGENT.search(text, figure.start - 30, figure.start):
            figure.kind = force  # "the school was seized by| 17 gunmen": who did it
            continue
        if found:
            cue = (figure.end + found[1][0], figure.end + found[1][1])
            if force and (
                _acts(text, figure, cue)
                or found[0] == families().crowd
                or found[0] == lex.cue_kinds["fled"]
            ):
                # "about 20 gunmen took part": a force's size, not a crowd; "about 80
                # fighters fled across the river": those of the force, no one displaced
                figure.kind = force
                continue
            if found[0] == families().crowd and _names_deployed(figure.noun):
                # "About 2,000 police officers took part in the raid": a force, not a crowd
                figure.kind = families().forces[0]  # kinds.yaml lists troops first
                continue
            listed = _listed_part_of(text, figures, index) if cue[0] - figure.end <= 1 else None
            if listed is not None and listed.kind != found[0]:
                # "the toll stands at 31: 18 hostages, three police officers and ...": a part
                # of the toll before the colon, its people named by their noun
                _list_as_part(figure, listed)
                continue
            figure.kind = found[0]
            figure.cue = cue
            if aside is not None and found[0] in families().tolls:
                asides.append((aside.start(), aside.end(), found[0]))
            continue
        figure.extra["open"] = True

    # Shared verbs: "8 policemen and 9 of the attackers were killed"; "19 hostages and all
    # 27 militants were killed": a noun that names people by their role gave the first its
    # kind, the verb of both is the next one's.
    for index in range(len(figures) - 2, -1, -1):
        figure, following = figures[index], figures[index + 1]
        own_noun = not figure.extra.get("open") and _kind_of_its_noun(text, figure)
        if not figure.extra.get("open") and not own_noun:
            continue
        end = figure.cue[1] if own_noun and figure.cue else figure.noun_end
        between = text[max(figure.noun_end, end) : following.start]
        if (
            (COORDINATION.fullmatch(between) or _NOUN_LIST.fullmatch(between))
            and following.kind in families().tolls
            and not _verb_just_before(text, figure, figures[index - 1] if index else None)
            and not (figure.noun and _bare_participle(text, following))
            # "nine people had died, four of them civilians, and 35 had been wounded": a part
            # of the toll before, whose people are named with no verb of their own.
            and not (figure.partitive and figure.noun)
            # "received 35 children, two of whom died": the relative clause is the part's
            and following.partitive != "whom"
            # "has deployed 1,200 personnel and six helicopters for the transfer of the
            # injured": deployed, whatever the next figure's verb
            and not _deployed(text, figure, 0, following.start, after=False)
        ):
            figure.kind = following.kind
            figure.cue = following.cue
            figure.coordinated = True
            figure.extra.pop("open", None)
            if not figure.noun and _ASIDE_OPENED.fullmatch(between):
                figure.noun = following.noun  # "40, perhaps 50, protesters": theirs too

    for index, figure in enumerate(figures):
        if not figure.extra.pop("open", False):
            continue
        floor = figures[index - 1].noun_end if index else 0
        a, b = _window_before(text, figure.start, floor)
        found = event_kind(text[a:b], last=True)
        opening = _OF_THE_TOLL_OPENING.match(text, 0, figure.start) if found is None else None
        named = event_kind(opening.group("cue")) if opening else None
        if opening is not None and named is not None and named[0] in families().tolls:
            # "Of the total victims who died,| 36 people came from Westby": a part of that
            # toll, never its rival
            figure.kind, figure.cue = named[0], opening.span("cue")
            figure.extra.setdefault("scope", "among them")
            continue
        if found is None and (
            not figure.noun or figure.noun.split()[-1].lower() in lex.sets["generic_nouns"]
        ):
            label = _LABEL.search(text, max(floor, figure.start - 40), figure.start)
            if label is not None:
                # "Dead: 45. Injured: 120.": a label and its value, as a list of figures
                # sets them out.
                found = event_kind(label.group("label"))
                a = label.start("label")
        if found is None and (
            not figure.noun or figure.noun.split()[-1].lower() in lex.sets["generic_nouns"]
        ):
            rise = _RISES_TO.search(text, max(floor, figure.start - 30), figure.start)
            if rise is not None:
                # "Pilgrims killed in the weekend's crush rise to| 412": the count's subject
                # is all the words before its verb, however many there are of them.
                a, b = _window_before(text, rise.start(), floor, words=8)
                found = event_kind(text[a:b], last=True)
        if found and _THAT.search(text, a + found[1][1], figure.start):
            found = None  # "1,650 were injured and that 430 buildings ...": another clause
        if (
            found
            and _has_own_verb(text, figure)
            # "the death toll of 164| announced on Sunday": the verb is the count's
            and not _COUNT_OF.search(text, figure.start - 30, figure.start)
        ):
            found = None  # "200 were detained and 60,000 people had gathered": its own verb
        if (
            found
            and _bare_verb_after(text, figure)
            and AND_BEFORE.search(text, a + found[1][1], figure.start)
        ):
            found = None  # "17 were killed and 93 inmates| escaped": a clause of its own
        if found:
            figure.kind = found[0]
            figure.cue = (a + found[1][0], a + found[1][1])
            continue
        said_toll = (
            next(
                (
                    f
                    for f in reversed(figures[:index])
                    if f.kind in families().tolls
                    and _SAID_LIKEWISE.search(text, f.start - 30, figure.start)
                ),
                None,
            )
            if index and not figure.noun and not index_of(text).words.isdisjoint(_SAID_VERBS)
            else None
        )
        if said_toll is not None:
            # "Westby Watch reported 16 killings, including nine executions; Eastport Aid
            # reported| 22": another source's value of the toll said before, not of the part
            # named last
            figure.kind = said_toll.kind
            continue
        if (
            index
            and figures[index - 1].kind in families().tolls
            # "..., and about 60 were later convicted", "and one turned out never to have
            # boarded", "and 75 prisoners escaped": a verb of its own, no shared one.
            and not _has_own_verb(text, figure)
            and not _bare_verb_after(text, figure)
            # ("toll rises to 40, 61 still in hospital": a state of its own, the injured's)
            and not linked_state(text, figure)
            # "toll rises to 42, over 7,000 personnel on the ground": a toll's noun is
            # shared by no force.
            and not (_toll_noun(text, figures[index - 1].cue) and stock_kind(figure.noun))
        ):
            between = text[figures[index - 1].end : figure.start]
            if (
                (_COORDINATED_END.search(between) and event_kind(between))
                or COORDINATION.fullmatch(text, figures[index - 1].noun_end, figure.start)
                # "with the authorities reporting 41 deaths there and Kyiv reporting| 17":
                # another source's value of the same count, said the same way
                or (
                    not figure.noun
                    and _SAID_LIKEWISE.search(text, figures[index - 1].start - 30, figure.start)
                )
                # "Police put the crowd at 5,000, organisers at| 20,000": the same count, its
                # verb gapped
                or (not figure.noun and _GAPPED_AT.fullmatch(between) is not None)
            ):
                figure.kind = figures[index - 1].kind
                figure.coordinated = True
                continue
        across = (
            next(
                (
                    f
                    for f in reversed(figures[:index])
                    if f.kind in families().tolls
                    and _DASH_ASIDE_AND.fullmatch(text, f.noun_end, figure.start)
                ),
                None,
            )
            if index and _DASH.search(text, 0, figure.start)
            else None
        )
        if across is not None and not _has_own_verb(text, figure):
            # "The blast killed 12 service members - 9 Marines, a medic and two soldiers -
            # and| at least 150 civilians": the verb's second object, past the aside
            figure.kind = across.kind
            figure.coordinated = True
            continue
        listed = _listed_part_of(text, figures, index)
        if listed is not None:
            # "67 people were killed: 61 civilians and six members of the security forces";
            # "raised the toll to 49: 41 killed at the mosque, seven at the centre": the
            # parts the colon lists are of the toll before it.
            _list_as_part(figure, listed)
            continue
        # "Of the 16 killed, eight of them were soldiers and eight more civilians": a part of
        # the toll counted just before is of its kind.
        this_toll = next(
            (f.kind for f in reversed(figures[:index]) if f.kind in families().tolls), None
        )
        those = None
        if this_toll is None:
            # "More than 90 percent of those killed were young, and| more than 30 were
            # islanders": the toll this sentence names, not the one before
            those = _OF_THOSE_BEFORE.search(text, 0, figure.start)
            cued = event_kind(those.group("cue")) if those else None
            this_toll = cued[0] if cued and cued[0] in families().tolls else None
        last_toll = this_toll or previous_kind
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        part = figure.partitive in lex.sets["anaphoric_pronouns"] or (
            head in lex.sets["anaphoric_nouns"]
        )
        antecedent = next((f for f in reversed(figures[:index]) if not f.extra.get("time")), None)
        if part and antecedent is not None and antecedent.kind not in families().tolls:
            # "15 people had been rescued and five of them remained in hospital": of the
            # people just counted, not of a toll named before them.
            last_toll = None
            if antecedent.kind in families().forces and figure.partitive:
                # "assigned 137 officers, but only 58 of them were on duty": a part of the
                # force just counted
                figure.kind = antecedent.kind
                figure.extra["scope"] = "among them"
                continue
        if linked_state(text, figure):
            # "and 11 were in critical condition": the injured, whatever toll came before.
            figure.kind = lex.cue_kinds["injured"]
            continue
        if (
            last_toll
            and (part or _PREDICATE.match(text, figure.end))
            and not _other_deed(text, figure.noun_end)
        ):
            figure.kind = last_toll
            if those is not None:
                figure.extra.setdefault("scope", "among them")  # a part of "those killed"
            continue
        if index and _CHANGED_FROM.search(text, floor, figure.start):
            # "15,000 displaced, up from 12,000": the same count, an earlier figure of it.
            figure.kind = figures[index - 1].kind
            figure.extra["value_of"] = figures[index - 1]
            continue
        if (
            not index
            and previous_kind in families().tolls
            and not figure.noun
            and _FIGURE_UP_FROM.search(text, 0, figure.start)
        ):
            # "Seventy-nine are dead. The latest figure, up from| 58 on Saturday, ...": an
            # earlier value of the toll the sentence before gave
            figure.kind = previous_kind
            continue
        if figure.extra.get("earlier") and index + 1 < len(figures):
            # "rose from 27 to 35" (figures.py split it): the count before, of the same kind.
            figure.kind = figures[index + 1].kind
            figure.extra["value_of"] = figures[index + 1]
            continue
        previous = figures[index - 1] if index else None
        if (
            previous is not None
            and previous.kind in families().tolls
            and _TO_FROM.fullmatch(text, previous.end, figure.start)
            and _TO_END.search(text, previous.start - 4, previous.start)
        ):
            # "revised the toll down to 21 from 27": the count before the change.
            figure.kind = previous.kind
            figure.extra["earlier"] = True
            figure.extra["value_of"] = previous
            continue
        if (
            previous is not None
            and previous.kind in families().tolls
            and not figure.noun
            and _TO_END.search(text, figure.start - 4, figure.start)
            and _FROM_THEN_TO.fullmatch(text, previous.end, figure.start)
            and _FROM_END.search(text, previous.start - 6, previous.start)
        ):
            # "climbed through the night, from 59 dead reported in the early hours to| 120 by
            # dawn": the running count's next value.
            figure.kind = previous.kind
            figure.extra["value_of"] = previous
            continue
        if (
            previous is not None
            and previous.kind in families().tolls
            and not figure.noun
            and _THEN_AND.fullmatch(text, previous.end, figure.start)
            and _TO_END.search(text, previous.start - 4, previous.start)
            and _FROM_TO_BEFORE.search(text, previous.start - 120, previous.start)
        ):
            # "rose from 12 on Monday to 30 on Tuesday and| 41 on Friday": the running
            # count's next value.
            figure.kind = previous.kind
            figure.extra["value_of"] = previous
            continue
        # Only a figure after "figure of" can be an owned count: the pattern is tried there.
        owned = (
            _OWNED_COUNT.search(text, figure.start - 80, figure.start)
            if last_toll
            and sentence_holds(text, _COUNT_WORDS)
            and text[max(0, figure.start - 80) : figure.start].rstrip()[-2:].lower() == "of"
            else None
        )
        if last_toll and owned and (this_toll or not _counts_own_noun(figure)):
            # "9 died, contradicting the ministry's figure of 14": the same count, the
            # ministry's (the last sentence's count only if the figure names nothing else:
            # "Organisers stood by their estimate of 120,000 marchers"); the count just named
            # if it is of no toll ("61,500 houses damaged, against the ministry's earlier
            # figure of 38,000": houses).
            if antecedent is not None and antecedent.kind not in families().tolls:
                figure.kind, figure.noun = antecedent.kind, antecedent.noun
            else:
                figure.kind = last_toll
            _own(figure, owned)
            continue
        if (
            last_toll
            and not figure.kind_hint
            and _ANNOUNCED_EARLIER.match(text, figure.end)
            and _DEFINITE_END.search(text, figure.start - 12, figure.start)
        ):
            # "a lower figure than the 18 announced earlier": that count, an earlier one.
            figure.kind, figure.noun = last_toll, ""
            continue
        given = _GIVEN_BY.match(text, figure.end) or _GIVEN_BY_SUBJECT.match(text, figure.end)
        definite = _DEFINITE_END.search(text, figure.start - 12, figure.start)
        own = (
            event_kind(text[: figure.start], last=True)
            if given and definite and not this_toll
            else None
        )
        if own is not None and own[0] not in families().tolls:
            own = None
        if (
            (last_toll or own or (antecedent is not None and antecedent.kind in families().forces))
            and given
            and definite
        ):
            # "far more than the 60 reported by the government": that count, the
            # government's; the count just named, if it is of no toll ("50,000 people had
            # gathered, far more than the 8,500 given by police": the crowd).
            if antecedent is not None and antecedent.kind not in families().tolls:
                figure.kind, figure.noun = antecedent.kind, antecedent.noun
            elif named_kind := own[0] if own else last_toll:
                # ("the number of pilgrims who lost their lives is far higher than the 641
                # announced by officials": the toll its own sentence names, not the last
                # sentence's)
                figure.kind, figure.noun = named_kind, ""  # the verb is no noun
            figure.extra["owner"] = " ".join((given.group("owner") or given["named"]).split())
            continue
        rivalled = antecedent is not None and (
            antecedent.kind in families().tolls or antecedent.kind in families().forces
        )
        rival = (
            _RIVAL_COUNT.search(text, max(floor, figure.start - 90), figure.start)
            if antecedent is not None
            and rivalled
            # (a figure with a noun of its own is another source's count only of a toll)
            and (not figure.noun or antecedent.kind in families().tolls)
            else None
        )
        if rival is not None and antecedent is not None and not figure.noun:
            # "Officials said 65,000 people attended; independent media counted| between
            # 10,000 and 15,000": another source's value of the count just named.
            figure.kind, figure.noun = antecedent.kind, antecedent.noun
            continue
        if (
            rival is not None
            and antecedent is not None
            and antecedent.kind in families().tolls
            and _COUNTS_VERB.search(rival.group(0))
            and names_people(figure.noun)
            # (people of a side, as a toll counts them: not "the hospital counts 30 patients")
            and read_party(figure.noun).side
        ):
            # "17 officers and five civilians had died; the committee counts| 16 police
            # officers and six civilians": another source's count of the same dead
            figure.kind = antecedent.kind
            continue
        numbered = _NUMBERING.search(text, max(floor, figure.start - 90), figure.start)
        force = numbered.group("force") if numbered else ""
        if numbered is None:
            numbered = _THEIR_NUMBER.search(text, max(floor, figure.start - 40), figure.start)
            force = "they" if numbered else ""
        if numbered is not None and force.lower() == "they":
            # "Officials described the attackers as ... and said they numbered| about 25":
            # the force the sentence named before.
            force = next(
                (w for w in reversed(text[: numbered.start()].split()) if _force_kind(w.lower())),
                "",
            ).lower()
        stock = _force_kind(force) if force else None
        if (
            not stock
            and force.lower() in lex.sets["armed_group_nouns"]
            and (not figure.noun or figure.noun.lower() in _PLAIN_MEN)
        ):
            # "The group numbered| about 40": an armed band's men, its fighters
            stock = _force_kind("gunmen")
        if stock:
            figure.kind = stock
            if not figure.noun or figure.noun.split()[0].lower() in _PLAIN_MEN:
                # the force counts its people ("the attackers numbered| 150 men", "the
                # group of gunmen numbers| 17 to 20 persons armed with rifles": gunmen)
                figure.noun = force
            continue
        if not numbered and figure.noun.lower() in _PLAIN_MEN:
            was = _FORCE_WAS.search(text, max(floor, figure.start - 60), figure.start)
            stock = _force_kind(was.group("force").lower()) if was else None
            if was is not None and stock:
                # "the raiders were| about 60 men": the force's size, its men the force
                figure.kind, figure.noun = stock, was.group("force")
                continue
        gathered = families().crowd
        if numbered and gathered and force.lower() in lex.sets["crowd_nouns"] and not figure.noun:
            # "Protesters numbered| about 10,000": the crowd's size
            figure.kind, figure.noun = gathered, force
            continue
        stock = stock_kind(figure.noun)
        if stock and not _released(text, figure, floor, limit):
            figure.kind = stock
            continue
        if (
            _PATIENTS.fullmatch(figure.noun)
            or (
                figure.noun.lower() in ("people", "persons")
                and _WITH_AILMENT.match(text, figure.noun_end)
            )
        ) and _TAKES_IN.search(text, max(floor, figure.start - 30), figure.start):
            # "the hospital said it had received 37 patients", "had admitted 400 people with
            # symptoms of heatstroke": the injured it took in
            figure.kind = lexicon().cue_kinds["injured"]
            continue
        if _deployed(text, figure, floor, limit) or (
            index
            and figures[index - 1].kind == families().forces[0]
            and _names_deployed(figure.noun)
            and _AND_BETWEEN.fullmatch(text, figures[index - 1].noun_end, figure.start)
        ):
            # "some 5,000 officers were deployed", "sent about 90 marines", "2,000 troops and|
            # 1,500 police": a force.
            figure.kind = families().forces[0]  # kinds.yaml lists troops first
            continue
        valued = None if figure.noun else _FORCE_VALUED.search(text, floor, figure.start)
        stock = _force_kind(valued.group("force")) if valued else None
        valued = (
            None if figure.noun or stock else _NUMBER_OF_FORCE.search(text, floor, figure.start)
        )
        stock = stock or (_force_kind(valued.group("force")) if valued else None)
        if stock:
            # "bringing its contingent to about 800": the force's strength.
            figure.kind = stock
            continue
        before = text[figure.start - 40 if figure.start > 40 else 0 : figure.start].lower()
        head = figure.noun.split()[-1] if figure.noun else ""
        people = bool(head) and lex.stock_cues[families().residents].fullmatch(head) is not None
        if (
            _PLACE_OF.search(before)
            or (people and head.lower() != "people" and not _ACTED.match(text, figure.noun_end))
            # "the country's 18 million people"; "Norland, ... of its nearly 4.9 million
            # people" (a country named before)
            or (people and _POSSESSIVE_END.search(before))
            or (
                people
                and _ITS_END.search(before)
                and lex.country.search(text, 0, figure.start) is not None
            )
            # "around 46,000 Muslims live in Norland"
            or (figure.noun and _LIVE_IN.match(text, figure.noun_end))
            or (
                people
                and _LIVE_THERE.match(text, figure.noun_end)
                and _WHERE_BEFORE.search(text, figure.start - 20, figure.start)
            )
            # "about 280,000 people remain in the city": those left of its people
            or (people and _REMAIN_IN_TOWN.match(text, figure.noun_end))
        ):
            figure.kind = families().residents
            numbering = _WHO_NUMBER.search(text, figure.start - 60, figure.start)
            if numbering and not figure.noun:
                figure.noun = numbering["people"]  # "The Westbians, who number| 400,000"
            continue
        crowd_kind = families().crowd
        if (
            head.lower() in lex.sets["crowd_nouns"]
            and crowd_kind
            # ("a capacity of 40,000 spectators": how many it may hold, no crowd counted)
            and not CAPACITY_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        ):
            figure.kind = crowd_kind  # "more than 10,000 demonstrators" (no event)
            continue
        if (
            head.lower() == "cases"
            and "cases" in families().tolls
            and (
                not index_of(text).words.isdisjoint(lex.sets["case_words"])
                # ("... 120 dengue deaths. In the past 24 hours, 1,200 new cases were
                # reported": the disease the sentence before named)
                or names_a_disease(body_before[-300:])
            )
        ):
            # "41,300 suspected cases", "cholera cases rose to 5,210": an outbreak's
            figure.kind = "cases"
            continue
        if (
            head.lower() in lex.sets["survivor_nouns"]
            and "rescued" in lex.cue_kinds.values()
            # (not the whole a sentence opens on: "Of the 52 survivors, 12 remain in
            # hospital" counts the 12 in care)
            and not _OPENS_OF_THE.fullmatch(text, 0, figure.start)
        ):
            # "six survivors picked up by the coast guard", "of the 52 survivors": those who
            # lived through it, counted with no event named (kinds.yaml rescued)
            figure.kind = "rescued"
            continue
        if (
            figure.noun
            and figure.noun.split()[-1].lower() == "people"
            and (_HOLDS_PEOPLE.search(before))
            and not _ABOARD.match(text, figure.noun_end)
        ):
            figure.kind = families().residents
            continue
        if head.lower() in lex.sets["prisoner_nouns"] and _prison_holds(text, figure):
            # "El Cerro prison holds| 2,650 inmates", "the jail, built for 1,400, housed| 3,100
            # prisoners": the prison's population, compared across days as a stock
            figure.kind = families().residents
            continue
        figure.kind = "other"

    _prison_population(text, figures)
    _count_named_after(text, figures)
    _destroyed_forces(text, figures)
    refine_kinds(text, figures, previous_kind, body_before)
    _named_again(text, figures, body_before)
    _part_of_the_next(text, figures)
    _sought(text, figures)
    _verdicts(text, figures)
    # ("Police say 48 pupils still held after school raid": held by whom, the lead says)
    _held_hostage(text, figures, body_before or lead)
    if len(figures) > 1:
        dashed_breakdowns(text, figures)  # (of a count `_held_hostage` has just given a kind)
    _role_counts_of_a_deed(text, figures)
    _listed_people_of_a_count(text, figures)
    of_people = families().people
    for figure in figures:
        if figure.kind in of_people or figure.kind == families().residents:
            _dotted_thousands(figure)  # "1.200 dead": no one is 1.2 people
        # "57 complaints| of ill-treatment"; "1,200 troops and armoured vehicles": the first
        # of the things counted together is what the count is of
        conjuncts = _CONJUNCTION.split(figure.noun)
        head = head_noun(conjuncts[0])
        things = lex.sets["thing_nouns"]
        if len(conjuncts) > 1 and head not in things and head_noun(conjuncts[-1]) in things:
            figure.noun = conjuncts[0]  # the troops, not their vehicles
        if figure.kind in of_people and (
            (head in things and not (head == "cases" and figure.kind == "cases"))
            or (figure.unit is None and _COMPOUND.match(text, figure.end))
        ):
            # "12 more villages" were evacuated; "a three-train collision ... killed"
            figure.kind, figure.cue = "other", None
    _broken_out(text, figures)
    _rescued_held(text, figures)
    _taken_prisoner(text, figures)
    _share_asides(text, figures)
    all_of_whom(text, figures)
    appended_parts(text, figures)
    # ("Witnesses said about 80 armed men took part. A group said the true toll was more
    # than 150": the dead are not the force just counted)
    assign_parties(text, figures, body_before, counted, previous_toll is not None)
    refine_parties(text, figures, body_before)
    _civilians_seized(text, figures)
    _among_the_next(text, figures)
    _fighters_taken(figures)
    toll_parts(text, figures)
    in_care(text, figures)
    increments(text, figures, body_before, previous_toll)
    running_totals(text, figures)
    recovered_in_a_spell(text, figures)
    bodies_found_so_far(text, figures)
    parts_of_the_dead(text, figures)
    _released_from_custody(text, figures)
    _identifications(text, figures)
    war_totals(text, figures)
    if not outbreak:
        disease_deaths(text, figures)
    dead_or_wounded(text, figures)
    counted_otherwise(text, figures)
    all_aboard_dead(text, figures, body_before, aboard_dead)
    if not outbreak:
        year_totals(text, figures)  # (an outbreak's toll "so far this year" is its toll)
    separate_events(text, figures)
    rates(text, figures)
    worst_hit(text, figures)
    cumulative_totals(text, figures)
    national_totals(text, figures)
    remaining_residents(text, figures)
    parts_read_as_everyone(text, figures)
    parts_of_them(text, figures, previous_toll)
    elided_counts(text, figures)
    name_with_counts(text, figures, previous_toll)
    toll_includes(text, figures)
    counted_within(text, figures)
    place_parts(text, figures, previous_toll)
    opened_place_parts(text, figures, previous_toll)
    accounted_parts(text, figures)
    reported_by_place(text, figures)
    bracketed_place_parts(text, figures)
    hosted(text, figures)
    forecasts(text, figures)
    people_states(text, figures)
    affected_people(text, figures)
    _taken_in_or_at_large(text, figures)
    for index, figure in enumerate(figures):
        count = figure.extra.pop("value_of", None)
        put_at = (
            _PUT_FIGURE_AT.search(text, figure.start - 60, figure.start)
            if not figure.noun and figure.kind in families().tolls
            else None
        )  # "while one channel put the number at| 350": whatever gave it its kind
        if put_at is not None and put_at.group("of") not in (None, "victims"):
            # "put the number of Spaniards at| 49": of them, not of the count before
            figure.noun = figure.party = put_at.group("of")
            put_at = None
        if figure.extra.pop("value_of_before", False) or put_at:
            # (the count itself, not a part of it named after it: "reported 16 killings,
            # including nine executions; Eastport Aid reported| 22")
            count = next(
                (
                    f
                    for f in reversed(figures[:index])
                    if f.kind == figure.kind and not f.extra.get("part")
                ),
                None,
            )
        if count is not None:
            if figure.kind == "other" and count.kind in families().tolls:
                # "The blast killed 30 people, though the hospital's count shows| 28": the
                # count's kind, read with its verb after this figure took the count's value
                figure.kind, figure.cue = count.kind, figure.cue or count.cue
            # Another value of a count is of its people and scope ("1,437 deaths above the
            # seasonal average, up from the 1,180 reported": excess deaths both; "the war
            # has killed tens of thousands - some put the figure above 150,000": the war's).
            figure.party = figure.party or count.party
            figure.noun = figure.noun or count.noun  # "350 homes, up from ... 200": homes
            if count.extra.get("state") and not figure.extra.get("state"):
                figure.extra["state"] = count.extra["state"]  # "... put the number at 8,000"
            if count.extra.get("scope") and not figure.extra.get("scope"):
                figure.extra["scope"] = count.extra["scope"]
    for figure in figures:
        if (
            figure.kind == "other"
            and figure.kind_hint is None
            and not _is_time(figure, lex.sets["time_units"])
            and _PART_OF_THE_DEAD.search(text, max(0, figure.start - 70), figure.start) is not None
        ):
            # "Of the total deaths recorded, 17 occurred in Westby", "recovered the bodies,
            # among them 9 children": a part of the dead, never a rival of their toll
            figure.kind = families().tolls[0]  # kinds.yaml lists the dead first
            figure.extra.setdefault("scope", "among them")
            if figure.party is None and figure.noun and names_people(figure.noun):
                figure.party = figure.noun  # ("among them 9 children": the children)

"""Who says what a sentence states.

A speaker is the noun phrase before or after a speech verb ("X said", "said X"), after
"according to" (or the maker of the document named there), the owner of a claim ("the
ministry's claim that"), the subject that puts a toll at a figure ("Amnesty put the toll
at"), or the chain of a relay ("AGENCY quoted X as saying", "X told AGENCY"): X is the
source, the agency the channel (`via`).
"He said", "the ministry said" resolve to the person or ministry named before.  A sentence
without a speaker inside a quotation takes the speaker of its quotation; otherwise a figure is
the article's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from crosscheck.extract.lexicon import (
    GAPPED_AT,
    GATHERINGS,
    HEDGES_BEFORE,
    MONTH_SET,
    PUT_THE_PEOPLE,
    QUOTE_CHARS,
    REGION_WORDS,
    WEEKDAYS,
    EndsOn,
    Needs,
    holds,
    index_of,
    is_nationality,
    is_number,
    lexicon,
    names_a_force,
    reads_as_ascii,
    scan,
    sentence_has_word,
    sentence_holds,
    squash,
    strip_determiners,
    title_case,
)
from crosscheck.extract.sentences import Sentence, in_quote
from crosscheck.model import (
    ARTICLE_VOICE,
)
from crosscheck.origins import international, newsroom
from crosscheck.places import is_state, is_town
from crosscheck.vocab import units

# (Look-backs search from `start - N` as it is: see "Look-backs" in lexicon.py.)

_BY = re.compile(r"\s+by\b")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|we|it)\b")
_SPEAKERS_FOR_SOME = re.compile(
    r"\b(?P<who>[A-Za-z]+)\s+(?:of|for)\s+(?:at\s+least\s+|some\s+|about\s+)?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most)"
    r"\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*$"
)
_PLACING_WORDS = frozenset(("at", "in", "from"))
_DIGIT = re.compile(r"\d")
_SOME_COUNTS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many")
)
# "Medical workers at three hospitals in the city| told": people of several places, counted.
_SPEAKERS_AT_SOME = re.compile(
    r"\b(?P<who>[A-Za-z]+)\s+(?:at|in|from)\s+(?:at\s+least\s+|some\s+|about\s+)?"
    rf"(?:\d{{1,3}}|{'|'.join(sorted(_SOME_COUNTS))})"
    r"\s+(?:[\w'’-]+\s+)?[\w'’-]+s(?:\s+(?:in|of|at|across)\s+(?:the\s+)?[\w'’-]+)?\s*$"
)
# "The statement, issued by the army on Monday,| said": a document and its maker in an aside.
_ISSUED_BY_APPOSITION = re.compile(
    r"\b(?P<noun>[A-Za-z]+),\s+(?:released|issued|published|compiled|prepared|signed|posted"
    r"|distributed|circulated|sent)\s+by\s+(?P<by>[^,;:()]{2,80}?),\s*$"
)
# '"...," the statement| said': a document that speaks right after the quotation it gives.
_AFTER_QUOTE = re.compile(r"[\"”’»]\s*(?:the\s+|a\s+|its\s+|their\s+)?[\w-]+\s*$")


_TO_ESTIMATE = re.compile(r"\s+to\s+(?:number|be|have|total|reach|stand)\b")
_BY_GAP = re.compile(r"\s+(?:as\s+saying\s+)?by\s+")  # "was quoted (as saying) by"


_AS_SAYING = re.compile(r"\bas\s+say(?:ing)?\b")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")  # "First Information| Reports"
_RESPONSIBILITY = re.compile(r"\s+(?:full\s+)?responsibility\b", re.IGNORECASE)
# What searchers find, not what an inquiry finds: "found the bodies of", "found 12 bodies"
_FOUND_THINGS = re.compile(
    r"found\s+(?:(?:the|a|an|more|another|\w+)\s+){0,3}?(?:bodies|body|remains|corpses|"
    r"survivors|weapons|rifles|graves|grave)\b",
    re.IGNORECASE,
)
# "has declared three days of local mourning", "declared a state of emergency": a deed
_DECLARED_STATE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:mourning|emergency|curfew|holiday|disaster|war|ceasefire|truce"
    r"|closure|shutdown|lockdown|quarantine)\b",
    re.IGNORECASE,
)


_AFTER_TOKEN = re.compile(r"[\w'’-]+(?:\.(?=\w))?[\w'’.-]*")
_AMPERSAND = re.compile(r"&(?=\s*[A-Z])")


@dataclass
class Speaker:
    position: int  # of the verb, in the sentence
    name: str
    agency: str | None = None  # the canonical agency name, if the speaker is one
    relays: bool = False  # an agency or outlet passing on what someone else says
    author: bool = False  # the author of the figure just before: "deaths reported by X"
    document: bool = False  # speaks through a document: "according to a report by X"
    disclosed: bool = False  # "these figures were made public by X": the figures before
    lists: bool = False  # announces a list: "X reported its losses: ..."
    onward: bool = False  # speaks only for what follows: "..., as doctors said that ..."
    cited: bool = False  # named by "citing": "X reported 40 dead, citing Y" (Y's figure)


def agency_of(name: str) -> str | None:
    """The agency a speaker is or names: a known one ("state news agency NAP" -> NAP),
    or one the article calls an agency ("the Coast Wire agency" -> Coast Wire)."""
    lex = lexicon()
    match = lex.any_agency.search(name)
    if match is not None:
        return lex.agency_names[match.group(0)]
    lower = name.lower()
    if not lower.endswith(lex.agency_ends):
        return None  # the quick answer: no "news agency", "wire service" at its end
    for noun in sorted(lex.sets["agency_nouns"], key=len, reverse=True):
        if lower.endswith(" " + noun):
            named = strip_determiners(name[: -len(noun)].strip())
            if (
                named[:1].isupper()
                and not named.endswith(("'s", "’s"))
                and not _is_demonym(named)
                and not lex.country.fullmatch(named)
            ):
                return named
            return None
    return None


# ", however," or an apposition ", a brother of one of the defendants," before the verb.
_PARENTHETICAL = re.compile(
    # (", a village of 3,400 people 8 km from the base,": a thousands separator is no comma)
    r",\s*(?:[a-z]+(?:\s+[a-z]+)?|(?:a|an|the)\s+(?:[^,]|(?<=\d),(?=\d{3}\b)){1,100}"
    r"(?:\s\([A-Z][\w.&-]*\))?"
    r"|\d{1,3}"  # an age: "Ivan Petrov, 45,| said"
    # a role by whose it is: "Norland Air, Westby Air's parent company,| said", ", its owner,"
    r"|(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}?(?:['’]s|s['’])|its|their|his|her)\s+[^,]{1,60}"
    r"|[A-Z][A-Z.&-]{1,9}"  # its acronym: "the relief agency, CRA,| said"
    # (", an official of the Eastmark Workers' Front (EWF),": its acronym after it)
    # an aside naming where the figure comes from: "MSF, citing its own teams, put ..."
    r"|(?:citing|quoting|based\s+on|drawing\s+on|relying\s+on)\s+[^,]{1,60}"
    # where it says so: "Human Rights Watch, in a report published this month, put ..."
    r"|in\s+(?:a|an|its|their)\s+[^,]{1,60})\s*,$"
)


_NAME_TOKEN = re.compile(r"[\w'’.-]+")


_BREAKS = frozenset(",;:()—–!?" + QUOTE_CHARS)
# ("the District Headquarters (DHQ) Hospital Westby, Dr Ann Lee,": within a name too)
_INNER_ACRONYM = re.compile(
    r"\s*\([A-Z][A-Z0-9.&-]{1,9}\)(?=\s+(?:(?:and|&|in|of|at|for)\s|[A-Z][a-z]))"
)
# Words before "March" or "May" that make it a month: "in March", "since May", "late March".
_MONTH_LEADS = frozenset(
    ("in", "on", "since", "by", "until", "of", "early", "late", "mid", "last", "next", "this")
)
_ACRONYM_END = re.compile(r"\s*\([A-Z][\w.&-]*\)$")
# ", who" / ", which" right before the verb, or a whole relative clause between commas.
_RELATIVE_END = re.compile(
    r",\s*(?:who|which|based|headquartered|located)(?:\s+[^,]*,)?$"
    # "a report in the newspaper Asaba| which claimed": a relative with no comma
    r"|(?<=[\w.])\s+(?:who|which)$"
)  # (", based in the city of Eastport,": where the speaker is, between commas)
# "an opposition group| based abroad said": where the speaker is, after its name.
_BASED_END = re.compile(
    r"\s+(?:(?:based|living|headquartered|stationed)(?:\s+(?:abroad|overseas|in\s+[A-Z][\w'’-]*))?"
    r"|in\s+exile)$"
)
_BASED_WORDS = ("based", "living", "headquartered", "stationed", "exile")
"""One of these is in every match of _BASED_END (the quick answer before it)."""


def _subject_end(stretch: str) -> str:
    """The stretch before a speech verb cut back to the end of its subject: auxiliaries and
    adverbs ("have", "also", "on Thursday", "reportedly"), a parenthetical (", however,",
    an acronym "(CRA)") and a relative clause ("Veyland, which| reported") stepped over."""
    while True:
        before = stretch
        stretch = stretch.rstrip()
        tail = len(stretch) - 120  # the patterns are anchored at the end: look there
        parenthetical = None
        if stretch.endswith(","):
            parenthetical = _PARENTHETICAL.search(stretch, tail)
        elif stretch.endswith(")"):
            parenthetical = _ACRONYM_END.search(stretch, tail)
        if parenthetical:
            stretch = stretch[: parenthetical.start()]
        last = stretch.rsplit(None, 1)[-1] if stretch else ""
        if last and (
            (
                _before_verb(last)
                and not (last in _MONTH_SURNAMES and _SURNAME_MONTH.search(stretch))
            )
            or (last.isdigit() and len(last) <= 2)
        ):
            stretch = stretch[: len(stretch) - len(last)]
            if last.isdigit() and stretch.rstrip().endswith(","):
                stretch = stretch.rstrip()[:-1]  # "Ivan Petrov, 45|, a farmer, said": an age
        if stretch.endswith((",", " who", " which", " based", " located", " headquartered")):
            relative = _RELATIVE_END.search(stretch, len(stretch) - 160)
            if relative and (
                relative.start() >= len(stretch) - 80
                or not any(c.isdigit() for c in stretch[relative.start() :])
            ):
                # (a long clause with figures of its own, "X, who has ruled the country of 5
                # million people since 2001 ..., told": the article's words about X, which
                # would take X's voice)
                stretch = stretch[: relative.start()]
        based = _BASED_END.search(stretch, tail) if holds(stretch, _BASED_WORDS) else None
        if based:
            stretch = stretch[: based.start()]
        if stretch == before:
            return stretch


# A person's name of two to four words, later ones maybe opening with a particle ("Tarek
# al-Kharraz", "Abdulmenam al-Ghaithi").
# A capital, also one with an accent ("Ángel", "Ólafur", "Łukasz": Latin-1 and Latin
# Extended-A, whose lower-case letters open no name word in English text).
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"
# A person's full name: "Ivan Petrov", "Abdulmenam al-Ghaithi", "Marta Núñez de
# Castro" (a particle between name words).
_FULL_NAME = (
    rf"[{_CAPITAL}][\w'’.-]*(?:\s+(?:(?:de|del|della|da|das|do|dos|du|van|von|der|den|la|le|di"
    rf"|bin|ibn|abu)\s+)?(?:[a-z]{{1,3}}[-'’])?[{_CAPITAL}][\w'’.-]*){{1,3}}"
)


_BODY_THEN_PLACE = re.compile(
    rf",\s*(?P<place>[{_CAPITAL}][\w'’-]+(?:\s+[{_CAPITAL}][\w'’-]+)?)\s*,$"
)
"""A place in apposition after a body's name, right before its verb ("the county police
command, Westby,| said")."""
# "the city's mayor, Ivan Petrov,| said": a role, then the person's name in apposition.
_NAMED_APPOSITION = EndsOn(
    re.compile(
        # (", Assistant Controller of Prisons (ACP) Ann Lee,": a title's acronym after it)
        r",\s*(?:(?:[\w'’.-]+|\([A-Z][\w.&-]*\))\s+){0,5}?"
        # (", Justice for Westby,": a body's name, its small words between capitals)
        rf"(?P<name>{_FULL_NAME}|[{_CAPITAL}][\w'’-]*(?:\s+(?:for|of|without|against)"
        rf"(?:\s+the)?\s+[{_CAPITAL}][\w'’-]*){{1,2}})\s*,\s*$"
    ),
    ",",
)  # (", former Nigerian president Olusegun Obasanjo,": words of a role before the name;
# "Derna's mayor, Abdulmenam al-Ghaithi,": a name whose word opens with a particle)


_POSSESSIVE_DETERMINERS = frozenset(("its", "their", "his", "her", "our"))
_CLOSE_WORDS = frozenset(("close", "linked", "allied", "loyal", "affiliated", "aligned", "tied"))
# "a reporter at a field hospital near| the mosque": words that place a speaker, "the" after
_PLACING = frozenset(("near", "outside", "inside", "from", "with", "by", "across", "around"))


# "the U.N. special rapporteur on human rights in Norland|, Ivan Petrov,": a role, then words
# that place it (of a subject, in a country), before a name in apposition.
_PLACED_ROLE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:the|a|an)\s+)"
    r"(?P<role>(?:[A-Z][\w.'’-]*\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)"
    r"\s+(?:on|of|for|in|at|to)\s+[^,;:()\"“”]{1,70})$"
)


# "..., Ivan Petrov, head of the regional police,| told": a person's name, then their role.
_NAME_THEN_ROLE = EndsOn(
    re.compile(
        # ('"... 354 hostages,"| Lev Petrov, spokesman for the governor,| told': after a quote)
        # ("But Dr Ann Lee, head of ...,| told": a conjunction opening the sentence)
        rf"(?:^(?:But|And|Yet)\s+|^|[,;][\"”’»]?\s*)(?P<name>{_FULL_NAME})\s*,\s*"
        # ("medical director of the hospital": a word or two before the role's noun)
        # (a role, not two: "the head of the council and a critic of the government")
        r"(?P<role>(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){0,2}?(?P<noun>[a-z][\w'’-]*)\s+"
        r"(?:of|for|at|with)\s+"
        # ("head of the Red Cross (IFRC) delegation": a body's acronym inside the role)
        # ("president of the Westby Workers' Front (Northby Labour League)": its name in
        # another language, in brackets)
        r"(?:(?!\band\s+(?:a|an|the)\b)(?:[^,;:()]|\([A-Z][\w.&-]*\)|\([A-Z][^,;:()]{2,60}\)))"
        r"{3,100}?)"
        # "president of the Mineworkers Union (EMU),| told": the body's acronym after it
        r"(?:\s*\([A-Z][\w.&-]*\))?\s*,\s*$"
    ),
    ",",
)


# "A committee set up by the state government to document the casualties| put": a body
# named by who made it (and what for), before its verb.
_MADE_BY = re.compile(
    r"\s+(?P<by>(?:set\s+up|appointed|formed|created|established|commissioned|convened|"
    r"led|headed|chaired)\s+by\s+[^,;:()\"“”\d]{2,80}?)(?:\s+to\s+[a-z][^,;:()\"“”\d]{2,60}?)?"
    r"\s*,?\s*$"
)
_BARE_PEOPLE = frozenset(("man", "woman", "person", "boy", "girl"))
"""Speakers named by nothing but what they are, told apart by the clause after them."""
# "Student leaders| who escaped to Eastport put", "a commission| investigating the killings
# said": a relative or participle clause, no comma, between the speaker and the verb.
_WHO_CLAUSE = re.compile(
    r"\s+(?:who\s+[a-z]|[a-z]{3,}ing\s"
    # "the protests that swept ...": a relative "that" takes a verb at once ("told the
    # agency that he ..." is the conjunction, its clause's subject after it)
    r"|(?:that|which)\s+(?!(?:he|she|it|they|we|i|you|the|a|an|this|these|those|his|her|its|"
    r"their|there)\b)[a-z])[^,;:()\"“”]{0,80}$"
)


_NOT_STAGES = frozenset(("official", "own"))
"""Count adjectives that say whose a document is, not which of its issuer's it is."""
_CONJUNCTION_NAME_END = re.compile(
    r"\s(?:as|while|when|whereas|because|but|and|after|before|until|since)\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_THAT_SUBJECT = re.compile(r"\s+that\s+[a-z]+\s*")


def _before_verb(word: str) -> bool:
    """Whether a word may stand between a speaker and its verb ("had", "earlier",
    "yesterday": extract.yaml before_verb; "-ly" adverbs).  A month is one only written as a
    name: "organisers of the march| said" is the march's."""
    lower = word.lower()
    if lower in MONTH_SET and word.islower() and lower != "may":
        return False
    lex = lexicon()
    return lower in lex.sets["before_verb"] or (
        word.islower()
        and word.endswith("ly")
        # (a noun: "the group's tally| puts", "the assembly| said", "its ally| says")
        and lower not in lex.sets["document_nouns"]
        and lower not in lex.sets["generic_speakers"]
        and lower not in _LY_NOUNS
    )


_LY_NOUNS = frozenset(("ally", "family", "rally", "assembly", "supply"))
_OBJECT_WORDS = frozenset(("them", "us", "him", "me", "among"))
"""An object's pronoun and the preposition before one: no word of a name ("among them")."""


ASIDE = r"\s*,\s*(?:however|though|meanwhile|in\s+turn|for\s+(?:its|their|his|her)\s+part)\s*,"
"""An aside between a subject and its verb: "The ministry in Eastport, however,| counts"."""
_ASIDE_BEFORE = EndsOn(re.compile(ASIDE + r"\s*$", re.IGNORECASE), ",")
# "Ivan Petrov, whose son was among the victims,| said", "the mission, which has 9,000
# peacekeepers in the country,| said", "survivors, many of whom have since fled,| say": a
# relative clause between commas;
# a participle's too ("a police officer, speaking on condition of anonymity,| said", "the
# ministry's figures, released in October,| put", "the channel, citing rescuers,| put", "the
# statement, read on national television,| said").
_RELATIVE_ASIDE_BEFORE = EndsOn(
    re.compile(
        # ("Major General X, while briefing the media,| informed that")
        # ("Survivors, many of whom have since fled,| say")
        r",\s*(?:(?:(?:many|most|some|all|several|none|both|each|one|two)\s+of\s+)?"
        r"(?:who|whom|whose|which)\s(?:[^,;:()\"“”]|(?<=\d),(?=\d\d\d)){1,120}|(?:(?:while|when)\s+)?"
        r"(?:[a-z]{3,}ing|[a-z]{3,}ed|read|held|made|given|sent|shown|written|taken|brought)"
        # ("The assessment, prepared by the group set up after the envoy's visit to the
        # country in May,| puts")
        r"\s[^,;:()\"“”\d]{1,120}"
        # "The committee, in its final report issued in August,| found"
        r"|in\s+(?:its|their|a|an|the)\s+[^,;:()\"“”\d]{1,80}"
        # "the hospital in Westby, on the Veylandic side,| said": where it is
        r"|(?:on|across|near|over)\s+the\s+[^,;:()\"“”\d]{1,40}"
        # "a medic in the industrial zone, about 15 km (9 miles) west of the city centre,| said"
        r"|(?:about\s+|some\s+|nearly\s+)?\d[\d.]*\s*(?:km|kilometres|kilometers|miles)\b"
        r"(?:\s*\([^()]{1,20}\))?\s+[a-z-]+\s+(?:of|from)\s[^,;:()\"“”\d]{1,50}),\s*$"
    ),
    ",",  # (the comma that closes the clause)
)


# A month's name after a given name is a surname: "Prime Minister Theresa May| said"; a
# speaker's name then a month is rarer than a date ("the ministry on Monday May| 5").
_MONTH_SURNAMES = frozenset(("May", "March", "June", "April", "August"))
_SURNAME_MONTH = re.compile(
    r"(?<![.,;:])\b(?!(?:On|In|Since|Until|By|From|The|Last|Early|Late|Mid)\b)[A-Z][a-z]{2,}\s+"
    rf"(?:{'|'.join(sorted(_MONTH_SURNAMES))})$"
)


# "The ministry in a statement| said", "the company in a communique| indicated": how the
# speaker spoke, between it and its verb.
_MEDIA = "statement release communique communiqué letter post message briefing interview tweet"
_MEDIA += " video address report bulletin update"
_IN_A_MEDIUM_BEFORE = EndsOn(
    re.compile(
        r"(?<=\w)\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?"
        rf"(?:{'|'.join(_MEDIA.split())})\s*$"
    ),
    _MEDIA,
)


_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MEDIUM_THAT = re.compile(
    rf"\b(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:{'|'.join(_MEDIA.split())})\s+(?:that|which)\s*$"
)
"""Before a verb: what speaks is a document its maker put out ("in a statement that| said")."""
_DATED_BEFORE = EndsOn(
    re.compile(
        r"(?<=[a-z])\s+(?:of|from|dated)\s+(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?"
        rf"|noon|midnight)\s+on\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*$"
    ),
    # (a day's number, or a month's name or its abbreviation, ends it)
    " ".join([*"0123456789", *sorted(MONTH_SET), *(f"{m}." for m in sorted(MONTH_SET))]),
)


def _adverbs_before(text: str, end: int) -> int:
    """Where the words just before `end` that stand between a speaker and its verb start
    ("had earlier| said", "yesterday| put", ", however,| said")."""
    while True:
        start = end - 40 if end > 40 else 0
        aside = _ASIDE_BEFORE.search(text, start, end) or _RELATIVE_ASIDE_BEFORE.search(
            text, end - 140, end
        )
        if aside is not None:
            end = aside.start()
            continue
        medium = _IN_A_MEDIUM_BEFORE.search(text, end - 60, end) or _DATED_BEFORE.search(
            text, end - 60, end
        )
        if medium is not None:
            # "the ministry in a press release| informed that", "the ministry's update of
            # 4 p.m. on 10 September| counted"
            end = medium.start()
            continue
        stretch = text[start:end].rstrip()
        pair = stretch.rsplit(None, 2)[-2:]
        if len(pair) == 2 and " ".join(pair).lower() in lexicon().sets["before_verb"]:
            # "had at first| reported", "has so far| verified": two words stepped together
            end = start + stretch.rindex(pair[0])
            continue
        last = stretch.rsplit(None, 1)[-1] if stretch else ""
        if not last or not _before_verb(last):
            return end
        if last in _MONTH_SURNAMES and _SURNAME_MONTH.search(stretch):
            return end  # "Theresa May| said", "Ivan March| said": a surname, not a month
        end = start + len(stretch) - len(last)


_QUOTED_TITLE = re.compile(
    r"[\"“]([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|in|on|to)){0,5})[\"”](?=\s*$)"
)


def _speaker_before(text: str, end: int) -> str:
    """The name before a verb: "..., the governor's spokesman Ivan Petrov| told"; "the
    governor's spokesman, Ivan Petrov,| told" and "Ivan Petrov, head of the police,| told"
    too, with adverbs before the verb ("Ivan Petrov, head of the police, had earlier| said")
    and a relative clause ("doctors who treated the wounded| said") stepped over."""
    lex = lexicon()
    known = index_of(text).words
    by_word = "by" in known
    issued = _ISSUED_BY_APPOSITION.search(text, end - 160, end) if by_word else None
    if issued and issued["noun"].lower() in lex.sets["document_nouns"]:
        # "The statement, issued by the army on Monday,| said": its maker speaks
        maker = _speaker_after(text, issued.start("by"))
        if maker and names_someone(maker):
            return maker
    end = _adverbs_before(text, end)
    some = _SPEAKERS_FOR_SOME.search(text, end - 100, end) if "of" in known else None
    if some is not None and some["who"].lower() in lex.sets["generic_speakers"]:
        # "Relatives of at least two of the dead inmates| said", "Lawyers for three of the
        # defendants| said": a count inside the name does not end it
        return squash(some.group(0))
    some = (
        _SPEAKERS_AT_SOME.search(text, end - 100, end)
        if not known.isdisjoint(_PLACING_WORDS)
        and (not known.isdisjoint(_SOME_COUNTS) or _DIGIT.search(text, end - 100, end) is not None)
        else None
    )
    if some is not None and some["who"].lower() in lex.sets["generic_speakers"]:
        # "Medical workers at three hospitals in the city| told": so too for the places
        # they are at ("Medical| workers": the words before the noun are the name's)
        head = _speaker_before(text, some.end("who"))
        rest = squash(text[some.end("who") : end])
        return f"{head} {rest}" if head else squash(some.group(0))
    clause = _WHO_CLAUSE.search(text, end - 90, end)
    if (
        clause
        and clause.start() > 0
        and text[clause.start() - 1].isalnum()
        # "Doctors who treated the 40 injured ... reported": the figure is the clause's own
        # (a year is no figure: "investigating the 1980 uprising")
        and not any(is_number(w) and not _YEAR.fullmatch(w) for w in clause.group(0).split())
        # "told reporters that officials| had counted": the clause's own subject
        and not _THAT_SUBJECT.fullmatch(clause.group(0))
        # "Fiercest clashes since 2019 raise fears as Norland| says": a clause of its own,
        # whose subject is the name after the conjunction
        and not _CONJUNCTION_NAME_END.search(clause.group(0))
    ):
        before = _speaker_before(text, clause.start())
        if before and names_someone(before):  # not "the| ruling party"
            if before.lower() in _BARE_PEOPLE and clause.group(0).lstrip().startswith("who "):
                # "A man who lives opposite the police building| told": who he is
                return f"{before} {squash(clause.group(0))}"
            return before
    # (the quick answer: no body "set up by" anyone in a sentence without "by")
    made = _MADE_BY.search(text, end - 160, end) if by_word else None
    if made and made.start() > 0 and text[made.start() - 1].isalnum():
        body = _speaker_before(text, made.start())
        head = body.rsplit(None, 1)[-1].lower() if body else ""
        if head in lex.sets["speaker_bodies"]:
            return f"{body} {squash(made.group('by'))}"
    person = _NAME_THEN_ROLE.search(text, end - 160, end)
    if person and (
        person.group("noun") in lex.sets["generic_speakers"]
        or person.group("noun") in lex.sets["role_nouns"]
    ):
        return f"{person.group('name')}, {person.group('role')}"
    named = _NAMED_APPOSITION.search(text, end - 80, end)
    if named:
        role = _speaker_before(text, named.start())
        if not (role and any(word.islower() for word in role.split())):
            # "the U.N. special rapporteur on human rights in Norland, Ivan Petrov,": a role
            # whose words place it
            placed = _PLACED_ROLE.search(text, named.start() - 100, named.start())
            if placed is not None and placed.group("noun") in lex.sets["generic_speakers"]:
                role = placed.group("role")
        if role and (
            any(word.islower() for word in role.split())
            # "The Vice President, Marta Núñez de Castro,": a title in capitals
            or role.split()[-1].lower()
            in (lex.sets["generic_speakers"] - lex.sets["speaker_bodies"]) | lex.sets["role_nouns"]
        ):
            # "the mayor", "the harbour master", "the mayor of Kangaba"
            return f"{role} {named.group('name')}"
    edge = len(text[:end].rstrip())
    placed_body = (
        _BODY_THEN_PLACE.search(text, edge - 40, edge) if text[edge - 1 : edge] == "," else None
    )
    if placed_body:
        body = _speaker_before(text, placed_body.start())
        if body and body.split()[-1].lower() in lex.sets["speaker_bodies"]:
            # "the county police command, Westby,| said": a body, then the place it is in
            # (its acronym, "the national disaster agency, NDA,", is no place)
            place = placed_body.group("place")
            return body if place.isupper() else f"{place} {body}"
    whole = text[end - 160 if end > 160 else 0 : end]
    stretch = _subject_end(whole)
    if (
        len(stretch) < len(whole.rstrip())
        and _RELATIVE_WORD.search(whole, len(stretch))
        and (where := _WHERE_BEFORE.search(stretch)) is not None
        and where.start() > 0
        and is_town(where.group("name"))
        and not is_state(where.group("name"))
    ):
        # "the inquests in Westby, which| found that": where the body sat, not who spoke
        # (a country or its capital speaks: "a day of mourning in Norland, which reported 13
        # deaths"; only a town the gazetteer knows is taken for a seat)
        stretch = stretch[: where.start()]
    # 'organisers of the "March for Freedom"| said': a title in quotes is part of the name.
    if '"' in stretch or "“" in stretch:
        stretch = _QUOTED_TITLE.sub(lambda m: " " + m.group(1) + " ", stretch)
    if "(" in stretch:
        # "the UN Refugee Agency (UNHCR) and the Red Cross| stated": both, acronyms aside
        stretch = _INNER_ACRONYM.sub("", stretch)
    tokens = list(_NAME_TOKEN.finditer(stretch))
    words: list[str] = []
    position = len(stretch)
    for index in range(len(tokens) - 1, -1, -1):
        if len(words) >= 10:
            break
        token = tokens[index]
        gap = stretch[token.end() : position]
        # A hard-wrapped line runs on ("news agency RIA\nNovosti said"); a blank line does not.
        if gap.strip(" \t\n") or gap.count("\n") > 1:
            break
        if _BREAKS.intersection(gap):
            break
        word = token.group(0)
        lower = word.lower()
        if (
            (lower in lex.sets["speaker_inner"] or lower == "from")
            and words
            and index
            # "the ministry| of health", "a doctor at the main hospital| in Eastport", "a
            # member of Parliament| from the district" (after a verb, "from" ends a name:
            # "compiled by X| from obituaries")
            # (each set asked in turn: a union would be built at every word)
            and (
                (previous := tokens[index - 1].group(0).lower()) in lex.sets["generic_speakers"]
                or previous in lex.sets["institutions"]
            )
        ):
            words.insert(0, word)
            position = token.start()
            continue
        if (
            lower == "and"
            and 0 < len(words) <= 2
            and index >= 2
            and all(w.islower() for w in words)
            and tokens[index - 1].group(0).islower()
            and tokens[index - 2].group(0) == "of"
        ):
            words.insert(0, word)  # "the ministry of information and| culture"
            position = token.start()
            continue
        if (
            lower in lex.sets["name_inner"]
            and index
            and _capitalised(words[1:] if words[:1] == ["the"] else words)
            and _capitalised([tokens[index - 1].group(0)])
        ):
            words.insert(0, word)  # "Commission on| Human Rights", "Doctors Without| Borders"
            position = token.start()
            continue
        acronym = len(word) > 1 and word.isupper()  # "WHO said" is no "who"
        stop = (
            (lower in lex.sets["speaker_stops"] and not acronym)
            or (lower.endswith(".") and not words)
            # "the monitor said| local sources had reported": another speaker's verb.
            or (word.islower() and lower in lex.triggers["speech"])
            # "In September| the city said": a month is no part of a speaker's name (May and
            # March are names too: "the March for Freedom")
            or (word.istitle() and lower in MONTH_SET and lower not in ("may", "march"))
            # ("On 23 March| the government", "in May| the ministry": the month of a date)
            or (
                lower in ("may", "march")
                and word.istitle()
                and index > 0
                and (
                    tokens[index - 1].group(0).isdigit()
                    or tokens[index - 1].group(0).lower() in _MONTH_LEADS
                )
            )
        )
        if stop and word in _MONTH_SURNAMES and _SURNAME_MONTH.search(stretch, 0, token.end()):
            stop = False  # "Theresa May| said": a surname, not "may" or a month
        if stop and lower.rstrip(".") not in lex.sets["abbreviations"]:
            break
        if (is_number(word) and not (lower == "one" and words[:1] == ["of"])) or not (
            word[0].isalnum() or any(ch.isalnum() for ch in word)
        ):
            # a dash between words ("(AFP) - the army said", "--") ends the name; "one of|
            # the city's hospitals" is part of it
            break
        if lower in units():
            break  # "the 71 percent| his party had claimed": a figure's unit ends the name
        if (
            index
            and words
            and _counted_noun(tokens[index - 1].group(0), word)
            # ("has risen to 38, police in Westby province| said": no noun of the figure)
            and not (
                stretch[tokens[index - 1].end() : token.start()].strip()
                and lower in lex.sets["generic_speakers"]
            )
        ):
            break  # "the 316,000 dead| the government has claimed": the figure's noun
        words.insert(0, word)
        position = token.start()
        if len(words) > 1 and lower in _POSSESSIVE_DETERMINERS:
            break  # "told Coast Wire| its teams had counted": the phrase opens with "its"
        if (
            len(words) > 1
            and lower in ("the", "a", "an")
            and _capitalised(words[1:])  # ("left the| hospital reported": no name)
            and index
            and (previous := tokens[index - 1].group(0).lower()) not in lex.sets["speaker_inner"]
            and previous not in lex.sets["name_inner"]
            and previous not in _PLACING
        ):
            break  # "At the height of the siege| the UN said": the name opens with "the"
        if (
            len(words) > 1
            and word == "the"
            and index > 1
            and (previous := tokens[index - 1].group(0)).isalpha()
            and previous.islower()
            and "," not in stretch[tokens[index - 2].start() : token.start()]
            and (
                (tokens[index - 2].group(0) in ("the", "a", "an")
                 and previous not in lex.sets["speaker_inner"])
                or previous == "ago"
                or previous.removesuffix("s") in _TIME_NOUNS
            )
        ):  # fmt: skip
            # "On the day after the killings| the government said", "A week ago| the army
            # said": a phrase of its own ends before the name's "the"
            break
        if len(words) == 1 and lower in lex.sets["pronouns"]:
            break  # "the 24 deaths| it reported": the pronoun is the whole subject
    words = _past_time_opening(words)
    return strip_determiners(" ".join(words)).strip(" .").rstrip("'’")


_TIME_NOUNS = frozenset(("day", "week", "month", "year", "morning", "evening", "night", "time"))


def _past_time_opening(words: list[str]) -> list[str]:
    """A speaker's name read backwards without the time it opened with: "(on the) same day|
    the provincial minister X said", "(On the) day of the bombing| Westby Aid reported",
    "(The) next day| Prosecutor Ivan Tal said"."""
    # (in lower case only: "the Day of Rage organisers" is a name)
    at = next((i for i, w in enumerate(words[:3]) if w in _TIME_NOUNS), None)
    if (
        at is not None
        and at + 1 < len(words)
        and words[at + 1][:1].isupper()
        and all(w.islower() or w in ("The", "That", "This") for w in words[:at])
    ):
        return words[at + 1 :]  # "(The) next day| Prosecutor General Ivan Tal said"
    if at is None or words[at + 1 : at + 2] not in (["of"], ["the"]):
        return words  # ("Night guards said": no time phrase)
    rest = words[at + 1 :]
    if len(rest) > 2 and rest[0] == "of":
        rest = rest[3:] if rest[1] == "the" else rest[2:]  # "of the bombing", "of mourning"
    if rest[:1] == ["the"]:
        rest = rest[1:]
    return rest or words


_ACRONYM_NEXT = re.compile(r"\s*\((?P<acronym>[A-Z]{2,8})\)")
_ACRONYM_APPOSED = re.compile(r",\s*(?P<acronym>[A-Z]{2,8}),\s*$")


def _after_dateline(text: str) -> int:
    """Where a sentence's text starts after the dateline it opens with (0 if none)."""
    from crosscheck.extract.places import dateline_end  # (places reads speakers)

    return dateline_end(text)


def _with_acronym(text: str, verb: int, name: str) -> str:
    """A body's name with the acronym written between it and its verb: "the Office for the
    Coordination of Humanitarian Affairs (OCHA)| said" -> "... Affairs (OCHA)", the form
    later sentences and other reports use."""
    if " " not in name or not name[0].isupper():
        return name  # the quick answer: a name of one word
    if text.find(")", 0, verb) < 0:
        # "The UN refugee agency, UNHCR,| said": the acronym in apposition, in brackets
        apposed = _ACRONYM_APPOSED.search(text, 0, verb)
        if apposed is not None and text[: apposed.start()].endswith(name):
            return f"{name} ({apposed['acronym']})"
        return name
    lead = text[: _adverbs_before(text, verb)].rstrip()  # (an aside stepped over)
    tag = _ACRONYM_END.search(lead, len(lead) - 40)
    if tag is None:
        return name
    if not lead[: tag.start()].rstrip().endswith(name) or tag.group(0).strip()[1:-1] in name:
        return name
    return f"{name} {tag.group(0).strip()}"


def _capitalised(words: list[str]) -> bool:
    """Whether the first of `words` is a capitalised name word (not a sentence's "The")."""
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an")


@cache
def _stops_after() -> frozenset[str]:
    """The words that end a name after a verb (speaker_stops that are not speaker_inner)."""
    sets = lexicon().sets
    return sets["speaker_stops"] - sets["speaker_inner"]


_FEW_WORDS = frozenset(("two", "three", "four"))


# A day between a verb of saying and its speaker: "announced on Monday| the minister".
_WHEN_AFTER_VERB = re.compile(
    r"\s*(?:(?:late|early)\s+)?(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
    # ("announced Sunday in Westby| the Minister of Transport": where it was said, too)
    # (then "the ..." or a person's first and last names: "in Westby| Ann Lee, the governor")
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?=\s+(?:the|a|an)\s|\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])))?"
    r"(?=\s+(?:the|a|an|(?-i:[A-Z])))",
    re.IGNORECASE,
)
_SOME_OF_THE = re.compile(
    r"\s*(?:some|many|most|several|a\s+few|few|one|two|three|a\s+number|a\s+handful|a\s+group|"
    r"dozens|hundreds|all)\s+of\s+(?=(?:the|these|those|its|their)\s)",
    re.IGNORECASE,
)
"""Who among a group speaks: "according to some of| the activists" is the activists'."""


def _speaker_after(text: str, start: int) -> str:
    """The name after a verb: "said| Norland Embassy press officer Ana Vidal."."""
    lex = lexicon()
    stops = _stops_after()
    words: list[str] = []
    some = _SOME_OF_THE.match(text, start)
    position = some.end() if some else start  # "according to some of| the activists"
    when = _WHEN_AFTER_VERB.match(text, position)
    if when is not None and when.end() < len(text) and text[when.end()] not in ",;:.!?":
        # "announced on Monday| the provincial minister" (translated copy: the verb first)
        position = when.end()
    while len(words) < 16:
        while position < len(text) and text[position] in " \t\n":
            position += 1
        match = _AFTER_TOKEN.match(text, position)
        if match is None and words[-1:] and words[-1][:1].isupper():
            # "the Westby Location & Event Data Project": "&" between name words
            match = _AMPERSAND.match(text, position)
        if not match:
            break
        word = match.group(0)
        if not word.strip("-"):
            break  # "according to Coast Wire| - nearly three times ...": a dash ends the name
        if word.count(".") < 2:  # keep the points of "U.S."
            word = word.rstrip(".")
        if word.lower() in stops and words:
            break
        if word.lower() in stops and word.lower() not in lex.sets["determiners"]:
            break
        if not words and word.lower() in lex.sets["speaker_inner"] - lex.sets["determiners"]:
            break  # "no deaths were reported| in the north": a place, not who reported
        dated = _YEAR.fullmatch(word) and (
            (after := _NEXT_NAME_WORD.match(text, match.end())) is not None
            and after.group(1).lower() in lex.sets["document_nouns"]
        )  # "according to the 2013| census"
        both = (
            [w.lower() for w in words] == ["the"]
            and word.lower() in _FEW_WORDS
            and (after := _NEXT_NAME_WORD.match(text, match.end())) is not None
            and after.group(1).lower() in lex.sets["generic_speakers"]
        )  # "according to the two| governments": who, not a figure
        if (
            not words
            and word.lower() == "one"
            and (noun := _NEXT_LOWER_WORD.match(text, match.end())) is not None
            and noun.group(1) != "of"
        ):
            position = match.end()  # '"...," said one| resident': one of them, who speaks
            continue
        if is_number(word) and word.lower() not in lex.sets["determiners"] and not (dated or both):
            break  # "the toll given by the ministry| stood at 24"
        if words and _participle_ends(word, text, match.end()):
            break  # "said the office's release| circulated this Friday", "data| showing"
        words.append(word)
        position = match.end()
        if position < len(text) and text[position] in ",;:.!?()" + QUOTE_CHARS:
            break
    while words and words[-1].lower() in lex.sets["speaker_inner"]:
        words.pop()
    name = strip_determiners(" ".join(words))
    if not name:
        return ""
    if name.lower() in _BARE_PEOPLE and (who := _WHO_AFTER.match(text, position)):
        name += " " + squash(who.group(1))  # "said a woman| who gave her name as Ana"
    return name if names_someone(name) else ""


_WHO_AFTER = re.compile(r"\s*(who\s+[^,;:.!?()\"“”]{3,80})")


_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")


# Participles not in -ed: "according to a statement of the Government| read on Sunday".
_IRREGULAR_PARTICIPLES = frozenset(
    ("read", "broadcast", "written", "given", "made", "sent", "shown", "put", "spoken")
)


def _participle_ends(word: str, text: str, end: int) -> bool:
    """Whether a lower-case participle ends a name read forwards: "-ing" unless a body's
    noun follows ("the UN monitoring| mission", "the ruling party"), "-ed" (or another
    participle: "read") when a function word follows ("circulated this", but "armed
    forces")."""
    if not word.islower():
        return False
    if word.endswith("ing"):
        body = _NEXT_LOWER_WORD.match(text, end)
        return body is None or body.group(1) not in lexicon().sets["speaker_bodies"]
    if not word.endswith("ed") and word not in _IRREGULAR_PARTICIPLES:
        return False
    following = _NEXT_NAME_WORD.match(text, end)
    return (
        following is None
        or following.group(1).lower()
        in lexicon().sets["speaker_stops"] | {"the", "a", "an", "this"}
        # "the toll released by the military showed| 920": a verb, its figure after it
        or is_number(following.group(1))
    )


def _gapped_speakers(text: str, found: list[Speaker]) -> list[Speaker]:
    """Speakers whose verb the sentence leaves out after a speaker's ("British intelligence
    said at least 350 died and| French intelligence at least 281"): a name right before a
    figure, after "and", "while" or "whereas", past the first speaker's verb."""
    first = min(s.position for s in found)
    gapped = []
    for match in _GAPPED.finditer(text, first):
        name = match["np"]
        if (
            names_someone(name)
            and not is_number(name.split()[0])
            # ("between April and| August 14": a day, no name)
            and not any(w.lower() in MONTH_SET or w.lower() in WEEKDAYS for w in name.split())
        ):
            gapped.append(Speaker(match.start("np"), strip_determiners(name), agency_of(name)))
    return gapped


_GAPPED = re.compile(
    r"\b(?:and|while|whereas)\s+(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}?)"
    r"\s+(?=(?:at\s+least|more\s+than|about|nearly|some|up\s+to|over|around|almost|only)?\s*\d)"
)


@lru_cache(maxsize=4096)
def names_someone(name: str) -> bool:
    """Whether a phrase can be a speaker: a pronoun, or a noun phrase whose head names a person,
    an office, an organisation or an outlet (a proper name or a speaker noun), not a stray
    fragment ("treated -", "led an", "could not corroborate")."""
    lex = lexicon()
    person, who, _ = name.partition(" who ")
    if who and person.lower() in _BARE_PEOPLE:
        return True  # "man who lives opposite the police building": who he is, after him
    if _FRAGMENT_FIRST.match(name) and not any(w[:1].isupper() for w in name.split()[1:]):
        # "of the pilgrims" (not "of the Westby district committee Ann Lee", a name cut
        # short), "Speaking": a phrase's tail, or a participle that opens a sentence
        # ("Speaking to reporters, ..."), no one's name
        return False
    first, _, rest = name.partition(" ")
    if (
        first.endswith(("ing", "ed"))
        and first.isalpha()
        and first.islower()
        and rest[:1].isupper()
        and first not in lex.sets["participle_titles"]
    ):
        return False  # "is urging European| states": a verb's object, no name
    if _ONE_OF.fullmatch(name) or name.lower() in _SOME_OF_THEM:
        return True  # "one of them told", "some said": of the people named before (Voices.resolve)
    bare = strip_determiners(name).lower().split()
    staged = False
    while len(bare) > 1 and bare[0] in lex.sets["count_adjectives"]:
        bare.pop(0)  # "its final report" (not "the latest count": a count, no one's word)
        staged = True
    noun = " ".join(bare)
    if noun in lex.sets["document_nouns"] and not (staged and noun in lex.sets["count_nouns"]):
        return True  # "the report said": its issuer, named before (Voices.resolve)
    words = name.split()
    if (
        len(words) == 2
        and _YEAR.fullmatch(words[0])
        and words[1].lower() in lex.sets["document_nouns"]
    ):
        return True  # "according to the 2013 census"
    while len(words) > 1 and words[-1].lower() in lex.sets["document_nouns"]:
        words.pop()  # "Fisheries Board data": the board's
        while (
            len(words) > 1
            and (
                words[-1].lower() in lex.sets["count_adjectives"]
                # "a UN fact-finding| report": the issuer's name before the words of its kind
                or (words[-1].islower() and words[-2][:1].isupper())
            )
        ):
            words.pop()  # "the ministry's final| figures"
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]  # "the commission's| report": the commission's
    # "a doctors' committee close to the protest movement": the committee, whoever it is close to
    close = next(
        (
            i
            for i, w in enumerate(words[:-1])
            if i and w.lower() in _CLOSE_WORDS and words[i + 1] in ("to", "with")
        ),
        0,
    )
    words = words[:close] if close else words
    if not words:
        return False
    head = words[-1].strip(".,'’")
    lower = head.lower()
    if lower in lex.sets["pronouns"] or lower in lex.sets["generic_speakers"]:
        return True
    if lower in lex.sets["institutions"] and (
        len(words) == 1
        or words[0][:1].isupper()
        or words[0].endswith(("'s", "’s"))
        or all(w.lower() in lex.sets["institution_adjectives"] for w in words[:-1])
    ):
        # "the hospital said", "the city's main hospital said", "the main hospital said" (not
        # "left the| hospital")
        return True
    if len(words) > 1 and " ".join(words[-2:]).lower() in lex.sets["generic_speakers"]:
        return True  # "the charge sheet"
    if lower in lex.sets["newsroom_nouns"] and (
        agency_of(name) or any(w[:1].isupper() for w in words[:-1] if w.lower() not in ("a", "an"))
    ):
        # "an Associated Press investigation has found", "an AFP tally", "a United Nations
        # human rights investigation has found"
        return True
    if "-" in lower and lower.split("-")[0] in lex.sets["generic_speakers"]:
        return True  # "the government-in-exile", "the commander-in-chief"
    # "officials in the border region", "police of the province", "the spokesman for the
    # ministry of culture": the head is before the phrase that places it.
    inner = next(
        (
            i
            for i, w in enumerate(words)
            if i and w in ("in", "of", "at", "from", "into", "on", "for")
        ),
        0,
    )
    if inner and words[inner - 1].lower() in lex.sets["generic_speakers"]:
        return True
    if names_a_force(lower):
        return True  # "the rebels said", "soldiers told"
    if lower.endswith(("'s", "’s")):
        return False
    # "Khaled el-Khatib", "Bashar al-Assad": a name whose last word opens with a particle.
    capitalised = (
        head[:1].isupper()
        or _PARTICLE_NAME.fullmatch(head) is not None
        or _MIXED_CASE.fullmatch(head) is not None  # a brand's name: "channel eWTV"
    )
    return capitalised and not (len(words) == 1 and _is_demonym(head))


_MIXED_CASE = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z0-9]*")


_SOME_OF_THEM = frozenset(("some", "others", "many", "several", "most"))
"""Speakers that are some of the people named before ("Witnesses said ... Some said")."""


_PARTICLE_NAME = re.compile(r"[a-z]{1,3}[-'’][A-Z][\w'’-]*")


_ELLIPSIS = re.compile(r"\b(?:and|but)(?:\s+[a-z]+ly|\s+later|\s+also|\s+then)?\s+$")


# "27 of the dead have been identified", "Nine of them were children": a part of the count
# the sentence before gave.
_PART_OF_BEFORE = re.compile(
    r"^\W*[\w,.-]+\s+of\s+(?:them|these|those|the\s+(?:dead|injured|wounded|victims|hostages|"
    r"detainees|bodies)\b)",
    re.IGNORECASE,
)


@cache
def _continuation() -> re.Pattern[str]:
    """The openings of a sentence that goes on with the report before (extract.yaml)."""
    phrases = sorted(lexicon().raw["continuations"], key=len, reverse=True)
    # (a phrase that ends with a comma, "as a result,", is one only before the comma: "As a
    # result of the war, ..." is the outlet's own)
    body = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") + ("" if p.endswith(",") else r"\b") for p in phrases
    )
    return re.compile(rf"^\W*(?:{body})", re.IGNORECASE)


_DISCLOSED = re.compile(
    r"^\W*(?:(?:these|those|this|that|the)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:figures?|numbers?|data|statistics|toll|count)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:made\s+public|released|published|announced|given|provided|issued|compiled)\s+"
    r"(?:[a-z]+\s+){0,2}?"
    # "This was stated by Provincial Minister X while talking to the agency": the report
    # before is his
    r"|(?:this|that|it)\s+was\s+(?:stated|said|announced|disclosed|revealed|confirmed|told"
    # "This was reported on Telegram by the head of the region's administration"
    r"|reported)\s+(?:(?:on|in)\s+(?:a\s+|an\s+|its\s+|his\s+|her\s+)?[\w-]+\s+)?)"
    r"by\s+",
    re.IGNORECASE,
)
_AUTHOR_REACH = 60  # characters from a figure to "by X" naming its author
# Eyewitnesses whose count is what they saw: "an AFP correspondent saw| at least 60 bodies".
_SAW = re.compile(
    r"\b(?:reporters?|correspondents?|journalists?|photographers?|cameram[ae]n|witness(?:es)?"
    r"|eyewitness(?:es)?)\s+(?:also\s+)?(?P<verb>saw|(?:had|has|have)\s+seen)\b",
    re.IGNORECASE,
)
# "Minister Ivan Petrov said this| on Telegram": what was said is what came before.
_THIS_NEXT = re.compile(
    r"\s+(?:this\b(?!\s+(?:is|was|year|week|month|morning|evening|time|weekend)\b)|so\s*[,.;])"
)
# "The toll stood at 17 early Thursday": the count before, in the past, of the report the
# sentences before give (its value then, by the same source).
_EARLIER_VALUE = Needs(
    re.compile(
        # ("Earlier on Saturday the toll had been put at about 250": earlier the same day)
        r"^\W*(?:earlier(?:\s+(?:on|in)\s+[A-Za-z ]{1,20}?)?,?\s+"
        # ("On September 17 the figures were 24 dead and 103 injured")
        r"|on\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+)(?:\s+(?:morning|evening|night))?,?\s+)?"
        r"(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:toll|tally|count|number|figures)\s+"
        # "The toll on Tuesday evening had stood at 812": with the time of that count
        r"(?:(?:on|by|as\s+of|early|late)\s+[A-Za-z ]{1,25}?\s+)?"
        r"(?:had\s+)?(?:been\s+)?(?:stood|been|was|were|put)\s+(?:at\s+)?"
        r"(?=[\d(]|about|around|some|nearly)"
        # "The previous update, issued on Saturday evening, had put the toll at| 1,037": its
        # earlier report
        r"|^\W*(?:the|its|their)\s+(?:previous|earlier|last|preceding)\s+(?:update|report|bulletin"
        r"|statement|count|tally|figures?)\s*(?:,[^,;:]{1,60},\s*)?(?:had\s+)?(?:put|given|set"
        r"|reported|stood|counted|recorded)\b",
        re.IGNORECASE,
    ),
    "toll tally count number figures previous earlier last preceding",
)
_DOCUMENT_REACH = 30  # sentences a document named before goes on speaking for
_PLURAL_DOCUMENTS = frozenset(("reports", "estimates", "accounts"))


def _unowned_reports(name: str) -> bool:
    """Whether a document is reports no one is named for ("Initial reports put the toll at
    51", "media reports"): they speak in their own sentence, not for the text after it (a
    release's own figures then are its own)."""
    words = name.split()
    return words[-1].lower() in _PLURAL_DOCUMENTS and not any(
        w[:1].isupper() and w.lower() not in _REPORTS_WORDS for w in words[:-1]
    )


_REPORTS_WORDS = frozenset(
    ("initial", "early", "earlier", "first", "media", "local", "some", "unconfirmed", "press")
    + ("news", "other", "several", "many", "conflicting", "latest", "later", "the")
)
_NEXT_NAME_WORD = re.compile(r"\s+([\w'’-]+)")
# "claims by the rebels that", "the toll given by the ministry": the author of a figure.
_AUTHOR = re.compile(
    r"\b(?:claims?|figures?|tolls?|tally|count|data|estimates?|numbers?|deaths|statement|lists?)"
    # ("The toll, released by the ministry on Monday, stood at 40": in an aside)
    r"(?:\s+|,\s+(?=(?:given|released|provided|issued|published|announced|compiled"
    r"|communicated)\s+by\b))"
    # ("Forty deaths were reported by| the ministry": a passive's auxiliary before the verb)
    r"(?:(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:given|presented|released|provided|issued|published|announced|compiled|reported"
    r"|communicated|"
    r"confirmed|recorded|counted|registered|cited|recognised|recognized|acknowledged|admitted"
    r"|accepted)\s+)?"
    r"by\s+",
    re.IGNORECASE,
)


# "57 were among the dead, fewer than the number| given by the minister": the author of
# another count, set against the figure, not its speaker; so is one whose count the
# speaker rejects ("40 died, and rejected the count| given by the principal").
_COMPARED_WITH = re.compile(
    r"\b(?:(?:fewer|more|less|higher|lower|greater|smaller)\s+than"
    # ("at 70, well below the figure| given by the charity")
    r"|above|below|under|over|double|twice|half|(?:compared|set)\s+(?:with|against)"
    # ("said 40 died and rejected the higher figure| given by the principal": its rival's)
    r"|(?:dismiss|reject|disput|deni|question|challeng|contest|refut)(?:ed|ing)"
    r"|short\s+of)\s+(?:the|its|their)\s+"
    r"(?:[A-Za-z-]+\s+){0,2}$",  # (not "than the 212| deaths reported by": that figure's)
    re.IGNORECASE,
)


_AUTHOR_NOUNS = frozenset(
    {"claim", "claims", "figure", "figures", "toll", "tolls", "tally", "count", "data",
     "estimate", "estimates", "number", "numbers", "deaths", "statement", "list", "lists"}
)  # fmt: skip


# "the ministry's claim that", "the government's assertion that": the owner states the figure.
_OWNED_CLAIM = re.compile(
    r"['’]s?\s+(?:own\s+)?(?:claims?|assertions?|allegations?|estimates?|figures?|counts?|tally)"
    r"\s+that\b",
    re.IGNORECASE,
)


# "the claim of the opposition that", "the assertion by rights groups that": the same, the
# owner after the noun.
_CLAIM_OF = re.compile(
    r"\b(?:claims?|assertions?|allegations?|estimates?|reports)\s+(?:of|by|from|in)\s+"
    r"(?:the\s+|a\s+section\s+of\s+(?:the\s+)?)?"
    r"(?P<owner>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+that\b",
    re.IGNORECASE,
)


_CLAIM_NOUNS = frozenset(
    {"claim", "claims", "assertion", "assertions", "allegation", "allegations", "estimate",
     "estimates", "figure", "figures", "count", "counts", "tally", "reports"}
)  # fmt: skip


_OWNER_WORD = re.compile(r"[\w-]+")


def _owner_before(text: str, end: int) -> str:
    """The noun phrase that owns a claim, right before its "'s": "disputed the| interior
    ministry|'s claim" -> "interior ministry" (at most five words, back to a determiner, a
    verb or a stop word)."""
    lex = lexicon()
    words: list[str] = []
    edge = end  # where the words taken so far start
    for token in reversed(list(_OWNER_WORD.finditer(text, end - 80, end))):
        word = token.group(0)
        lower = word.lower()
        if text[token.end() : edge].strip() or len(words) >= 5:
            break
        if (
            lower in lex.sets["determiners"]
            or lower in lex.sets["speaker_stops"]
            or is_number(word)
            or (word.islower() and lower.endswith(("ed", "ing")))
        ):
            break
        words.insert(0, word)
        edge = token.start()
    return " ".join(words)


# "Amnesty put the toll at", "the ministry puts the number of dead at", "police put the crowd
# at"; "residents had given a figure of": the subject states it.
_REVISE_VERBS = (
    *("revised", "revises", "raised", "raises", "lowered", "lowers"),
    *("updated", "updates", "adjusted", "adjusts"),
    # translated copy: "the region, for its part, elevated the figure to 211"
    *("elevated", "elevates", "increased", "increases"),
)
_PUT_AT = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|set|sets|estimated|estimates|estimate|estimating"
    # ("the county kept the final count at| 98", "the ministry has fixed the number of
    # deceased at| 175")
    r"|kept|keeps|keeping|fixed|fixes|fixing)"
    r"\s+(?:(?:the|its|their|a)\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:toll|number|figure|count|tally|total|crowd|turnout|attendance"
    r"|losses|population|strength|rate)\b"
    # ("put the toll as high as| 300": the subject's upper figure; "put the number of
    # devotees who came to the town for the festival this year at| ...")
    r"[^.;:]{0,90}?\b(?:at|as\s+(?:high|low)\s+as|(?:closer|close|nearer)\s+to)\s"
    # "while the opposition put it at| 40": the count just named, the subject's value of it
    r"|(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:it|them)\s+"
    r"(?:at|as\s+(?:high|low)\s+as)\s"
    # "the fire agency put the injured at| 133": the people of an event, counted
    rf"|{PUT_THE_PEOPLE}[^.;:]{{0,50}}?\bat\s"
    # "The agency put it at 148; health officials gave| 151, a figure ...": a bare value of the
    # count just named
    r"|(?:gave|gives)\s(?=\d[\d,.]*\s*[,;.])"
    r"|(?:(?:had|has|have)\s+)?(?:gave|given|give|gives|giving|offered)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:toll|number|figure|count|tally|total|estimate|range)\s*(?:of\s|as\s|:)"
    # "The state government revised the death toll in the attacks to| 172": who revises a
    # count gives its new figure.
    # ("raised its own military death toll to| 64")
    rf"|(?:{'|'.join(_REVISE_VERBS)})\s+"
    r"(?:the|its|their|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?:toll|number|figure|count|tally"
    r"|total|estimate)\b"
    r"[^.;:]{0,60}?\b(?:to|at)\s"
    # "Officials later raised it to| 61", "police have since revised that figure to| 61": the
    # count just named, the subject's new figure of it
    rf"|(?:{'|'.join(_REVISE_VERBS)})\s+(?:it|them)\s+(?:(?:up|down)\s+)?to\s"
    # "The army on Monday raised to| 17 the number of soldiers killed" (the count after)
    rf"|(?:{'|'.join(_REVISE_VERBS)})\s+(?:(?:up|down)\s+)?to\s(?=[^.;:]{{1,30}}?\b(?:the|its)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:toll|number|figure|count|tally|total)\b))",
    re.IGNORECASE,
)


# ", by independent estimates", "by some estimates,": estimates no one named gives.
_BY_ESTIMATES = re.compile(
    r"\bby\s+(?P<name>(?:some|independent|unofficial|other|several|many|most|conservative)"
    r"\s+estimates?)\b",
    re.IGNORECASE,
)


# "The rebels, whom Ukrainian officials put at| about 15,000 fighters": who sizes the
# people just named.
_WHOM_PUT_AT = re.compile(
    r"\b(?:whom|which)\s+(?P<name>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    r"(?:put|puts|placed|places|estimated|estimates|estimate)\s+at\s+$",
    re.IGNORECASE,
)


# "the protest was estimated by police at| 10,000": who gives it, after "by".
_PUT_BY_AT = re.compile(
    r"\b(?:estimated|put|placed)\s+by\s+(?P<name>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
    r"\s+at\s+$",
    re.IGNORECASE,
)
# "... at 10,000 people and by the organisers at| 30,000", "a rally police put at 50,000
# and organisers at| 100,000": a second estimate of the same thing, by its own giver.
_AND_BY_AT = re.compile(
    r"\b(?:and|while|but|whereas)\s+(?:by\s+)?(?P<name>(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"[A-Za-z'’-]+)\s+at\s+$",
    re.IGNORECASE,
)
# "police estimated the crowd at 10,000": a first estimate, which a second may follow
_ESTIMATED_AT = re.compile(r"\b(?:estimated|put|placed)\s+(?:[\w'’-]+\s+){0,4}?at\s", re.IGNORECASE)
# "a rally police put at| about 50,000": a relative clause with no pronoun after a crowd's
# noun, its subject the giver.
_NOUN_PUT_AT = re.compile(
    rf"\b{GATHERINGS}\s+"
    r"(?P<name>(?!(?:was|were|is|are|had|has|have|been|being)\b)[a-z][\w'’-]*)\s+"
    r"(?:put|puts|placed|places|estimated|estimates|estimate)\s+at\s+$",
)


def _gives_estimates(found: re.Match[str]) -> bool:
    """Whether the name of an elided second estimate ("and organisers at| 100,000") names
    who gives it: after "by", a proper name or a speaker's noun, not a time ("and then at|
    49") nor the people of another count ("and the injured at| 58")."""
    name = found["name"]
    words = name.split()
    return (
        " by " in found.group(0).lower()
        or words[-1].lower() in lexicon().sets["generic_speakers"]
        or words[-1][:1].isupper()
    )


def sized_by(text: str, start: int) -> str | None:
    """Who gives the figure at `start` in a relative clause sizing the people just named
    ("The rebels, whom Ukrainian officials put at| about 15,000 fighters", "a rally police
    put at| 50,000"), after "by" ("estimated by police at| 10,000"), or as the second
    estimate of what the sentence sized ("... and by the organisers at| 30,000"): that
    figure's source only, not the sentence's."""
    if " at " not in text[max(0, start - 80) : start]:
        return None
    found = (
        _WHOM_PUT_AT.search(text, start - 80, start)
        or _PUT_BY_AT.search(text, start - 60, start)
        or _NOUN_PUT_AT.search(text, start - 60, start)
    )
    if found is None:
        second = _AND_BY_AT.search(text, start - 50, start)
        if (
            second is not None
            and _gives_estimates(second)
            and _ESTIMATED_AT.search(text, max(0, second.start() - 100), second.start())
        ):
            found = second
    return found["name"] if found else None


# The verbs of _PUT_AT: a sentence with none of them has no speaker to find by it.
PUT_VERBS = frozenset(
    {"put", "puts", "putting", "placed", "places", "set", "sets", "kept", "keeps", "keeping"}
    | {"fixed", "fixes", "fixing"}
    | {"estimated", "estimates", "estimate", "estimating"}
    | {"gave", "given", "give", "gives", "giving", "offered"}
    | set(_REVISE_VERBS)
)
_PUT_AT_STARTS = PUT_VERBS | {"had", "has", "have"}
"""The words every match of _PUT_AT starts with ("had given the toll as")."""


_THAT_NEXT = re.compile(r"\s+that\b")
_WHEN_AFTER = re.compile(
    # ("President X on Tuesday evening| declared ..., saying")
    r"\s+(?:(?:on|late|early)\s+[A-Z]\w+day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|earlier|later|also|then|now)$"
)
# "An investigation into ...", "A report by the commission into ...": the subject of a
# finding, as a sentence opens with it.
_FINDING = re.compile(
    # ("Earlier this week, a government inquiry into ...": past the time it opens with)
    r"\W*(?:(?:Earlier|Later|Last|This|On|In)\b[^,;]{0,30},\s*)?"
    r"(?:[Aa]n?|[Tt]he|Its|Their)\s+(?P<np>(?:[\w'’-]+\s+){0,3}?"
    r"(?:investigation|inquiry|probe|review|study|report|audit|analysis|autopsy))"
    r"(?:\s+by\s+(?:the\s+)?(?P<by>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:into|on|of)\b))?"
    r"\s+(?:into|on|of)\b"
)
_FINDING_DONE_BY = re.compile(
    r"\W*(?:[Aa]n?|[Tt]he|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:assessment|survey|investigation|inquiry|study|review|audit|analysis|count|tally|census)"
    r"\s+(?:conducted|carried\s+out|led|compiled|done|made)\s+by\s+"
    r"(?P<by>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)"
    r"(?=\s+(?:between|in|on|from|last|this|over|during|at|has|have)\b|\s+found\b)"
)
# "..., the ministry, according to which", "not to trust false information spread on social
# networks, according to which": what the relative clause hangs on, after a verb or a
# preposition that governs it
_ACCORDING_TO_WHICH = re.compile(
    r"(?:.*\b(?:trust|believe|dismissed|denied|rejected|refuted|of|about|to|by)\s+|^)"
    r"(?:the\s+|a\s+|an\s+)?(?P<said>[\w'’-]+(?:\s+[\w'’-]+){0,6}?)\s*,\s*$"
)
_WHICH = re.compile(r"\s*which\b")
_OUR_OWN = re.compile(r"\s*(?:our|my)\s+(?!sources?\b)[\w-]", re.IGNORECASE)
"""After "according to": the writer's own (list, count, records), not a source's."""
_ACCORDING_TO = frozenset(
    ("according to", "citing", "learned from", "learnt from", "as informed by", "as reported by",
     "as stated by", "as announced by", "as confirmed by", "per the", "cited by")
)  # fmt: skip
"""Speech words the speaker follows ("according to the ministry", "as informed by it")."""
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|these|those|of|two|three|four|five|six|\d+)\s+$",
    re.IGNORECASE,
)
"""Words before "alleged" (or a participle of _PARTICIPLE_ADJECTIVES) that make it an
adjective ("the four alleged| gunmen", "put the confirmed| toll at 34", "the number of
confirmed| deaths")."""
_PARTICIPLE_ADJECTIVES = frozenset(
    ("confirmed", "reported", "recorded", "registered", "documented", "verified", "estimated")
)
"""Verbs of speech whose participle, after a determiner, qualifies a count ("the confirmed
toll", "its recorded deaths") and names no speaker."""
_REPORTED_FOR = re.compile(r"\s+(?:for\s+(?:duty|work|service|military\s+service)|sick)\b")
# "mass graves in Westby believed to hold| soldiers", "a man said to be| the leader": what
# something is thought to be (a passive participle and its infinitive), no one speaking
# (not "claimed to have killed": the claimant's own words)
_THOUGHT_TO = frozenset(("believed", "said", "reported", "thought", "alleged", "estimated"))
_INFINITIVE_NEXT = re.compile(
    r"\s+to\s+(?:be|have|hold|contain|number|include|total|exceed|lie|remain|house|belong)\b"
)
_SAID_LATER = re.compile(r",\s+(?:the\s+)?[\w'’ -]{1,40}?\s+(?:said|says|announced)\b")
_OPENING_SUBJECT = re.compile(
    # ("But some researchers ... put the number at 300, saying": no conjunction of the name)
    r"\W*(?:(?:But|And|Yet|Still|However,?)\s+)?"
    r"(?P<np>[^,;:]{2,100}?)\s+(?:has|have|had|was|were|is|are|[a-z]{3,}ed"
    # ("The refugee agency gave a higher count, saying"): past tenses not in -ed
    r"|gave|put|made|took|found|kept|held|set|told|said|sent"
    # ("Activists dispute the official toll of 45, saying"): the present of a rival's verbs
    r"|disputes?|rejects?|denies|deny|challenges?|contests?|questions?|insists?|maintains?"
    r"|says|say|claims?|puts|estimates?|counts?|accuses?|blames?)\b"
)
_PREPOSITION_FIRST = re.compile(r"(?:of|in|on|at|from|for|to|with|by|into)\b")
_TIME_FIRST = re.compile(r"(?:In|On|At|After|During|Since|Before|By|Later|Earlier|Last)\s")
_FRAGMENT_FIRST = re.compile(
    r"(?:of|on|at|from|for|to|with|by|into)\s"
    r"|(?:Speaking|Addressing|Briefing|Talking|Writing|Responding|Commenting|Reacting)$"
)


_NOUNS_TOO = frozenset(("estimates", "reports", "claims", "counts", "lists", "notes", "quotes"))
"""Speech verbs that are also nouns: followed by a verb of speech, the noun."""
_SPEECH_NEXT = re.compile(
    r"\s+(?:say|said|says|suggest|suggests|suggested|put|puts|show|shows|showed|indicate|"
    r"indicates|indicated|place|placed|gave|give|gives)\b",
    re.IGNORECASE,
)


_WHERE_BEFORE = re.compile(r"\s(?:in|at)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*$")
"""A place named after "in" or "at" right before a relative clause ("the inquests in
Westby|, which found")."""
_RELATIVE_WORD = re.compile(r",\s*(?:which|who)\b")
_RULED_WHAT = re.compile(r"\s+(?:out|over|the|a|an|his|her|its|their|for|since)\b", re.IGNORECASE)
_RULED_BY_WHOM = re.compile(r"\b(?:has|had|have|who|which|that|long|once)\s+$", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"\b([a-z-]+)\s*,?\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?$")


_WITH_SAYING = re.compile(
    r"\bwith\s+(?P<np>(?:the\s+|some\s+|many\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+$"
)
"""Who a "with" clause makes speak: "with party leaders| saying"."""
_SAYING = frozenset(("saying", "alleging", "claiming"))
"""A participle of speech: its speaker the clause's subject, or who a "with" clause names."""


def _claimed_deed(text: str, start: int) -> bool:
    """Whether "claimed" at `start` follows an event's noun ("an attack claimed| by"): a
    deed someone owns up to, not a figure anyone gives."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() in lexicon().sets["event_nouns"]


def find_speakers(text: str, quotes: tuple[int, int] = (0, 0)) -> list[Speaker]:
    """The speakers of a sentence; `quotes` are the quotation marks open before it."""
    lex = lexicon()
    found: list[Speaker] = []
    asides: set[int] = set()  # positions of passives in an aside (below)
    for match in scan(lex.speech, text, lex.triggers["speech"]):
        verb = squash(match.group(0)).lower()
        start, end = match.span()
        if in_quote(quotes, text[:start]):
            continue  # a verb inside a quotation is the quoted person's, not a speaker
        if verb == "as saying":
            continue
        if verb in _NOUNS_TOO and _SPEECH_NEXT.match(text, end):
            # "Some estimates say", "Early reports suggested": the noun speaks, no one named
            # (unless a speaker before relays them: "X said unconfirmed reports suggested")
            if not found:
                found.append(Speaker(start, match.group(0), None, document=True))
            continue
        if _RESPONSIBILITY.match(text, end):
            continue  # "claimed responsibility for the bombing, which killed 37": a deed
        if verb == "ruled" and (
            _RULED_WHAT.match(text, end) or _RULED_BY_WHOM.search(text, max(0, start - 12), start)
        ):
            continue  # "who has ruled the country since 1994", "ruled out": a reign, a denial
        if verb in ("declared", "declares") and _DECLARED_STATE.match(text, end):
            continue  # "The commune, which has 4,100 inhabitants, has declared mourning"
        if verb in ("reported", "reports") and _REPORTED_FOR.match(text, end):
            continue  # "1,000 reservists had reported for duty": they came, said nothing
        if verb in _THOUGHT_TO and _INFINITIVE_NEXT.match(text, end):
            continue  # "graves believed to hold soldiers": what they are thought to be
        if (verb == "alleged" or verb in _PARTICIPLE_ADJECTIVES) and _ADJECTIVE_BEFORE.search(
            text, start - 20, start
        ):
            # "the four alleged gunmen": what they are said to be, no speaker; "put the
            # confirmed toll at 34", "its recorded deaths": a count's adjective
            continue
        if (
            match.group(0)[:1].isupper()
            and _NAME_BEFORE.search(text, 0, start)
            and not title_case(text)
        ):
            continue  # "751 First Information Reports": a name's word in running text
        if verb in ("has found", "have found") and (that := _THAT_NEXT.match(text, end)):
            # "has found that": read as "found that" (the clause after is what was found)
            start, end, verb = (
                start + match.group(0).lower().rindex("found"),
                that.end(),
                "found that",
            )
        if verb in _SAYING and (among := _WITH_SAYING.search(text, max(0, start - 60), start)):
            # "..., with party leaders saying that the real toll was at least 420": theirs
            name = strip_determiners(among.group("np"))
            if names_someone(name):
                found.append(Speaker(start, name, agency_of(name)))
                continue
        if verb in _SAYING:
            # "X, head of Y, went further last month, saying that ...": the clause's subject
            # (after a dateline: "PORT ELIN, Veyland (AP) — Officials ..., saying").
            opens = _after_dateline(text)
            comma = text.find(",", opens, start)
            if comma > 0 and text[:start].rstrip().endswith(","):
                # (the comma right before "saying" the first: the name before it ends the
                # clause's object, "rejected the claim that troops massed in Westby, saying")
                only = comma == len(text[:start].rstrip()) - 1
                name = "" if only else _speaker_before(text, comma)
                if (
                    not (name and names_someone(name))
                    or _PREPOSITION_FIRST.match(name)
                    # ("Party leaders rejected the official figures, saying": the figures
                    # are what the subject spoke of)
                    or name.rsplit(None, 1)[-1].lower() in lex.sets["document_nouns"]
                ):
                    # ("... declared famine in two regions of southern Norland on Monday,
                    # saying": no speaker right before the comma, but the clause's subject)
                    # "The army has ended its search for victims, saying ...": the subject
                    # the sentence opens with, before its verb.
                    opening = _OPENING_SUBJECT.match(text, opens, comma)
                    name = strip_determiners(opening.group("np")) if opening else ""
                    name = _WHEN_AFTER.sub("", name)  # "Officials on Friday| launched"
                    if opening and _TIME_FIRST.match(name):
                        # "In early April the government| revised ...": after the time
                        name = _speaker_before(text, opening.end("np"))
                if name and names_someone(name):
                    found.append(Speaker(start, name, agency_of(name)))
            continue
        if verb in _ACCORDING_TO:
            antecedent = (
                _ACCORDING_TO_WHICH.search(text, 0, start)
                if verb == "according to" and _WHICH.match(text, end)
                else None
            )
            if antecedent is not None:
                # "not to trust false information spread on social networks, according to
                # which| more than 100 died": what the clause is about says it
                found.append(Speaker(start, antecedent.group("said"), None))
                continue
            if _OUR_OWN.match(text, end):
                # "According to our list, at least 61 of the dead were children": the
                # outlet's (or the releasing group's) own count
                found.append(Speaker(start, ARTICLE_VOICE, None))
                continue
            name = _speaker_after(text, end)
            pronoun = _OBJECT_PRONOUN.match(text, end)
            if pronoun is not None:
                # "According to him, more than 400 were wounded": the person just named.
                name = _SUBJECT_FORM[pronoun.group(1).lower()]
            document = _DOCUMENT.match(text, end)
            nouns = lex.sets["document_nouns"]
            noun = document.group("noun").lower() if document else ""
            through = noun in nouns
            if document and (through or noun in lex.sets["speaking_events"]):
                # "according to a statement from the ministry", "a press conference held by
                # the ministry": the ministry says it.
                name = _speaker_after(text, document.end()) or name
            elif (owner := _document_owner(text, end)) is not None:
                # "according to the company's own annual report", "according to the group's
                # analysis of census data": the owner says it (Voices.resolve names "the
                # company" the article named)
                name, through = owner, True
            elif (
                (not name or name.lower() in nouns)
                and (own := _THE_DOCUMENT.match(text, end)) is not None
                and own.group("noun").lower() in nouns
            ):
                # "According to the update released at 4 p.m.": the document named, whose
                # issuer the article named before (Voices.resolve).
                name, through = own.group("noun"), True
            elif (
                not name
                and not found
                and (bare := _BARE_DOCUMENT.match(text, end)) is not None
                and lex.speech.search(text, bare.end()) is None
            ):
                # "According to preliminary data,", "according to the latest official
                # figures,": a document no one is named as issuing, itself the source
                # (speaking for its own sentence only), unless someone in the sentence
                # speaks through it ("X stated that, according to preliminary information,").
                name = bare.group("phrase")
            if (
                name[:1].isupper()
                and (at := text.find(name, end)) >= 0
                and (bracket := _ACRONYM_NEXT.match(text, at + len(name))) is not None
            ):
                name = f"{name} ({bracket['acronym']})"  # "according to the X Project (XP)"
            if name:
                if verb == "citing" and found and _JUST_SAID.search(text, 0, start):
                    # "the state news agency reported, citing the ministry": it relays
                    found[-1].relays = True
                found.append(
                    Speaker(start, name, agency_of(name), document=through, cited=verb == "citing")
                )
            continue
        if verb in ("was quoted", "were quoted") or (
            verb in lex.sets["relay_verbs"] and _BY.match(text[end:])
        ):
            by = _BY_GAP.match(text[end:])
            subject = _speaker_before(text, start)
            if subject:
                found.append(Speaker(start, subject, agency_of(subject)))
            if by:
                relay = _speaker_after(text, end + by.end())
                if relay:
                    found.append(Speaker(start, relay, agency_of(relay), relays=True))
            continue
        if verb in lex.sets["relay_verbs"]:
            subject = _speaker_before(text, start)
            saying = _AS_SAYING.search(text[end:])
            if saying:
                quoted = strip_determiners(squash(text[end : end + saying.start()]))
            else:  # "It quoted Fisheries Board data showing ...": the data's owner.
                quoted = _speaker_after(text, end)
            if not saying and _CITED_COUNT.match(text, end):
                # "Officials have cited a lower toll of| 191 dead": their own count, cited
                if subject:
                    found.append(Speaker(start, subject, agency_of(subject)))
                continue
            if subject:
                found.append(Speaker(start, subject, agency_of(subject), relays=True))
            if quoted and names_someone(quoted):
                found.append(Speaker(start + 1, quoted, agency_of(quoted)))
            continue
        if verb in _NOUN_FORMS and _VERB_NEXT.match(text, end):
            continue  # "unconfirmed reports| suggested up to 300": a noun, the subject
        if verb == "claimed" and _claimed_deed(text, start):
            continue  # "in an attack claimed by the Westby Front": who did it, not who speaks
        if verb.endswith("ed") and (by := _BY_GAP.match(text, end)) is not None:
            # A passive's agent speaks: "15,000 were estimated by aid groups to have fled",
            # "Figures published by the ministry show" (not the verb's subject: "the figures"
            # do not speak); in an aside ("The crowd, estimated by police at| 20,000,
            # marched") only when no one speaks after it ("..., said Ann Lee": hers)
            # ("estimated by the UN| to number 3,000": the infinitive ends the name)
            to = _TO_ESTIMATE.search(text, by.end(), by.end() + 80)
            agent = _speaker_after(text[: to.start()] if to else text, by.end())
            if agent and names_someone(agent):
                found.append(Speaker(start, agent, agency_of(agent)))
                if text[:start].rstrip().endswith(","):
                    asides.add(start)
            continue
        if verb == "reported" and _PASSIVE_REPORTED.search(text, start - 20, end):
            continue  # "are reported to have killed": unnamed reports (_REPORTED_TO)
        if (
            verb.endswith("ed")
            and _AUXILIARY_BEFORE.search(text, start - 30, start)
            and not _BY.match(text, end)
        ):
            continue  # "a baby is also counted| as a victim": a passive, no one speaks
        if verb == "accused" and _OF_NEXT.match(text, end):
            continue  # "eight people go on trial in Paris accused| of helping": the accused
        if "what" in text and _IN_WHAT.search(text, start - 60, start):
            continue  # "killing 12 in what the chancellor said was an attack": its nature
        if verb in _NOUN_FORMS and _OF_NEXT.match(text, end):
            # "rejecting media reports of| as many as 2,000 deaths": the reports give the
            # figure, whoever rejects them.
            named = _NOUN_BEFORE.search(text, start - 40, start)
            noun = f"{named.group(0).strip()} {verb}" if named else verb
            if names_someone(noun):
                found.append(Speaker(start, noun, agency_of(noun)))
            continue
        progressive = (
            _AUXILIARY_BEFORE.search(text, start - 30, start) if verb.endswith("ing") else None
        )
        # ("the association was then reporting| 448": its subject before "was")
        name = _speaker_before(text, progressive.start() if progressive else start)
        if (
            name
            and sentence_has_word(text, _OUR)
            and _OURS.search(text, 0, start)
            and text.lower().count(name.lower()) == 1
        ):
            # "Our teams have documented| the deaths of": the issuer's own people (a release's
            # own voice, Voices.resolve)
            name = f"our {name}"
        finding = None
        if verb == "found that":
            # "An investigation into last year's blasts in the port city of Westby has found
            # that": the finding's, not the last name before the verb.
            finding = _FINDING.match(text, _after_dateline(text), start)
            if finding is not None and _SAID_LATER.search(text, end):
                continue  # "..., the government said Friday": who gives the finding
            if finding is not None:
                name = finding.group("by") or finding.group("np")
            elif (done := _FINDING_DONE_BY.match(text, _after_dateline(text), start)) is not None:
                # "A rapid needs assessment conducted by aid groups between 12 and 14 May found
                # that": whoever conducted it
                name = strip_determiners(done.group("by"))
        if ("that" in text or "which" in text) and _MEDIUM_THAT.search(
            text, max(0, start - 60), start
        ):
            # "Westby Front claimed responsibility in a statement that| said 40 ...", "The
            # ministry issued a statement which| said": the maker of what says it
            opening = _OPENING_NAME.match(text)
            if opening is not None and opening.end() < start and names_someone(opening["np"]):
                name = opening["np"]
        if not name and start <= 10 and text[:start].strip().lower() in _SOME_OF_THEM:
            name = text[:start].strip()  # "Some said": some of the people named before
        if not name and _ELLIPSIS.search(text, start - 30, start):
            if found:
                name = found[-1].name  # "Norland accused ... but later reported": the same
            elif (
                verb not in _NOUN_FORMS  # "according to our monitoring and reports from"
                and (opening := _OPENING_NAME.match(text, _after_dateline(text))) is not None
                and opening.end() < start
                and opening.group("np").split()[0].lower() not in lex.sets["speaker_stops"]
            ):
                # "Officials described the attackers as ... and said": the sentence's subject
                # (after its dateline: "WESTBY (AP) — Officials ...")
                name = opening.group("np")
        # '"...," the statement said': its issuer, named before (Voices.resolve).
        issued = finding is not None or (
            name.lower() in lex.sets["document_nouns"]
            and bool(_AFTER_QUOTE.search(text, start - 40, start))
        )
        if (
            (not name or not (issued or names_someone(name)))
            and verb not in ("told", "tells")
            # ("... said 11 had died and accused the authorities of hiding bodies": whom
            # one accuses is no speaker)
            and verb not in ("accused", "accuses")
            and not verb.endswith(" that")  # "has found that| security forces ...": a clause
        ):
            name = _speaker_after(text, end)  # not the one told: "told the Coast Wire that"
            if " " in name and _SUBJECT_PRONOUN.search(name):
                name = ""  # "said the bodies they received bore ...": a clause, no name
        if not name or is_number(name) or not (issued or names_someone(name)):
            continue
        if verb in ("told", "tells"):
            listener = _speaker_after(text, end)
            agency = agency_of(listener) if listener else None
            if agency:
                found.append(Speaker(end, listener, agency, relays=True))
        head = name.split()[-1].lower()
        found.append(
            Speaker(
                start,
                _with_acronym(text, start, name),
                agency_of(name),
                document=head in lex.sets["document_nouns"],
                lists=":" in text[end:],
                onward=(_introduced_by_as(text, start, name) and _says_more(text, end))
                or _OWN_CLAUSE.match(text, end) is not None,
                # "the 71 percent his party had claimed": the figure just before is its.
                author=_right_after_a_figure(text, start, name),
                # "The minister said this on Telegram": the figures just before are his.
                disclosed=_THIS_NEXT.match(text, end) is not None,
            )
        )
    if " reported " in text and not found:
        # "security forces are reported to have killed as many as 500", "the 500 people
        # reported killed": unnamed reports give the figure (when no one is named: "a
        # police spokesperson said the number of people reported missing stands at 30")
        found += [Speaker(m.start(), "reports", None) for m in _REPORTED_TO.finditer(text)]
    disclosure = _DISCLOSED.search(text) if " by " in text else None
    if disclosure:
        name = _speaker_after(text, disclosure.end())
        if name and names_someone(name):
            found.append(Speaker(disclosure.start(), name, agency_of(name), disclosed=True))
    if " saw " in text or " seen " in text:
        # "An AP reporter saw 10 people lying on the ground": an eyewitness's own count
        for seen in _SAW.finditer(text):
            name = _speaker_before(text, seen.start("verb"))
            if name and names_someone(name):
                found.append(Speaker(seen.start("verb"), name, agency_of(name)))
    if " by " in text and sentence_has_word(text, _AUTHOR_NOUNS):
        after = _matched_speakers(
            text,
            quotes,
            _AUTHOR,
            lambda m: (
                None
                if _COMPARED_WITH.search(text, m.start() - 40, m.start())
                else _speaker_after(text, m.end())
            ),
        )
        for speaker in after:
            speaker.author = True
        found += after
    if "that" in text and sentence_has_word(text, _CLAIM_NOUNS):
        found += _matched_speakers(
            text, quotes, _OWNED_CLAIM, lambda m: _owner_before(text, m.start())
        )
        found += _matched_speakers(text, quotes, _CLAIM_OF, lambda m: m.group("owner"))
    if (
        " at " in text or " of " in text or " to " in text or ":" in text or " as " in text
    ) and sentence_has_word(text, PUT_VERBS):
        found += _matched_speakers(
            text, quotes, _PUT_AT, lambda m: _speaker_before(text, m.start()), _PUT_AT_STARTS
        )
    if "estimates" in text or "estimate" in text:
        # "as many as 25,000 marched, by independent estimates": estimates of no one named
        found += [
            Speaker(m.start("name"), squash(m["name"]), None)
            for m in _BY_ESTIMATES.finditer(text)
            if not in_quote(quotes, text[: m.start()])
        ]
    if " at " in text and sentence_has_word(text, PUT_VERBS):
        # "The government puts the toll at 45, the opposition at| 200": a second source
        # whose verb the sentence gaps.
        found += _matched_speakers(
            text, quotes, _GAPPED_PUT, lambda m: strip_determiners(m["name"]), at="name"
        )
    if not index_of(text).words.isdisjoint(SHOW_WORDS):
        found += _matched_speakers(
            text, quotes, _DATA_SHOW, lambda m: f"{strip_determiners(m['owner'])} {m['noun']}"
        )
        found += _matched_speakers(
            text, quotes, _RECORDS_OF_SHOW, lambda m: f"{m['noun']} of {m['owner']}"
        )
        found += _matched_speakers(
            text,
            quotes,
            _SEEN_BY_SHOW,
            lambda m: f"{m['noun']} {m['how']} by {strip_determiners(m['owner'])}",
        )
    if not found and may_name_its_source(text):
        found += _headline_source(text)
    if found and (" and " in text or " while " in text or " whereas " in text):
        found += _gapped_speakers(text, found)
    if len(found) > 1:
        found = [s for s in found if not _place_that_recorded(text, s)] or found
        # "Ann Lee said his men found the bodies of only three attackers": a search told by
        # a speaker, not a finding of its own ("Rescuers found 30 bodies" stays theirs)
        found = [s for s in found if not _FOUND_THINGS.match(text, s.position)] or found
        if asides and any(s.position > min(asides) for s in found):
            found = [s for s in found if s.position not in asides] or found
        # "... told the monitor that her office had confirmed four deaths": the teller's own
        # office; "far more than the company has admitted, and that at least five ...": a
        # rival set against the speaker's figure, who gives none of the figures after it
        found = found[:1] + [
            s
            for s in found[1:]
            if not _OWN_BODY_BEFORE.search(text, 0, s.position)
            and not _compared_speaker(text, s.position)
        ]
    return found


_OURS = re.compile(
    r"\b[Oo]ur\s+(?:own\s+)?[a-z]+\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+|already\s+|also\s+)?$"
)
"""A speaker named as the issuer's own, right before its verb ("Our monitors have|")."""
_OUR = frozenset(("our",))
"""The word of every match of _OURS: the quick answer."""
_OWN_BODY_BEFORE = re.compile(
    r"\b(?:her|his|their)\s+(?:own\s+)?(?:office|ministry|team|teams|staff|department|"
    r"agency|organisation|organization|group|party|union|volunteers|monitors|workers|members)"
    r"\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+|already\s+|also\s+)?$",
    re.IGNORECASE,
)
"""A person's own body or people, named by a pronoun, right before its verb ("her office
had|", "he said his men had already| counted")."""
_COMPARED_SPEAKER = re.compile(
    r"\bthan\s+(?:the\s+)?[\w'’ -]{1,40}?\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
"""A speaker set against a figure ("far more than the company has| admitted")."""


def _compared_speaker(text: str, verb: int) -> bool:
    """Whether a speaker's verb follows "than" with no figure between ("far more than the
    company has| admitted"): a rival set against the figure before, giving none of its own
    (but "far fewer than the at least 600 the commission| estimated" gives the 600)."""
    found = _COMPARED_SPEAKER.search(text, 0, verb)
    return found is not None and not any(is_number(w) for w in found.group(0).split())


SHOW_WORDS = frozenset(("show", "shows", "showed", "shown"))
"""The verbs of _DATA_SHOW: a sentence with none of them has no speaker to find by it."""
# "WHO data show| 41,300 cases", "Hospital records showed| 38 bodies": the owner of the
# records, named in capitals, gives their figures ("Official figures show" names no one:
# the official toll, speakers.official_toll).
_DATA_SHOW = re.compile(
    r"(?<![\w'’-])(?P<owner>(?:[Tt]he\s+)?(?!Official\b|Officials\b)[A-Z][\w.'’-]*"
    # ("UNHCR registration data show|": the body's data of a kind)
    r"(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+(?!official\b)[a-z]+)?"
    # "State health department data showed|", "health ministry figures show|": a body's
    # noun in lower case ends the owner's name
    r"|(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministry|department|directorate|agency|office|"
    r"service|commission|authority|hospital|hospitals|police))"
    r"(?:['’]s?)?\s+(?P<noun>data|figures|records|statistics)\s+"
    r"(?:show|shows|showed|have\s+shown|has\s+shown)\b"
)

# "Attendance records seen by the union show that| about 900", "Hospital records gathered by
# union volunteers show that|", "Figures released by the ministry show": who saw, gathered or
# released them gives their figures.
_SEEN_BY_SHOW = re.compile(
    r"\b(?P<noun>[Rr]ecords|[Dd]ata|[Ff]igures|[Dd]ocuments|[Ll]ists|[Ss]tatistics)\s+"
    r"(?P<how>seen|obtained|reviewed|compiled|gathered|collected|kept|released|published"
    r"|issued|provided)\s+by\s+"
    r"(?P<owner>[\w'’ -]{2,40}?)\s+(?:show|shows|showed|have\s+shown|has\s+shown)\b"
)

# "Records of the two hospitals that received the victims show that| 38 ...": the records'
# owner gives their figures.
_RECORDS_OF_SHOW = re.compile(
    r"\b(?P<noun>[Rr]ecords|[Dd]ata|[Ff]igures|[Ss]tatistics|[Rr]egisters)\s+(?:of|from|at)\s+"
    r"(?:the\s+)?(?P<owner>[\w'’ -]{2,40}?)(?:\s+(?:that|which|who)\s+[^,;.]{1,90})?\s+"
    r"(?:show|shows|showed|have\s+shown|has\s+shown)\b"
)


_RECORD_VERB = re.compile(
    r"(?:has\s+|have\s+|had\s+)?(?:recorded|registered|logged|counted|counts|numbers)\b"
)
_PLACE_NOUNS = frozenset(("region", "country", "state"))
"""Nouns of a place that may record figures, besides extract.yaml's settlement nouns."""


def _place_that_recorded(text: str, speaker: Speaker) -> bool:
    """Whether a speaker is a place that "recorded" its figures ("Since January the
    governorate has recorded 31,000 cases, a ministry spokesman told ABN"): where they were
    counted, not who gives them, when the sentence names a speaker besides."""
    name = speaker.name.lower().split()
    nouns = _PLACE_NOUNS | lexicon().sets["settlement_nouns"]
    return (
        (len(name) <= 2 or (len(name) == 3 and name[1] == "of"))
        and (
            name[-1] in nouns
            # ("The commune of Westby counts 30,000 inhabitants, according to the census")
            or (len(name) == 3 and name[0] in nouns)
            # ("Norland has recorded 120 deaths, the health ministry said")
            or lexicon().country.fullmatch(speaker.name) is not None
            # ("Westby, the worst-hit district, has now recorded 17 deaths, ... said")
            or _PLACE_APPOSED.search(text, 0, speaker.position) is not None
        )
        and _RECORD_VERB.match(text, speaker.position) is not None
    )


_PLACE_APPOSED = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:district|town|city|village|province|region|"
    r"county|state|governorate|municipality|area)\s*,\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:\w+ly|now|so\s+far|already|also)\s+)?$"
)
"""A name's apposition that says it is a place, right before a verb."""


_GAPPED_PUT = re.compile(rf"\bat\s+\S+(?:\s+\S+){{0,3}}?{GAPPED_AT}(?=\S)")
"""The second source of a sentence that puts a count at one figure, then gaps its verb
for another's ("... at 45, the opposition at 200"): a speaker where it is named."""


_HEADLINE_CHARS = 160
# "Death toll rises to 12 - Interior Ministry", "Toll reaches 40: health ministry": a
# headline with no full stop names its source after a dash or a colon.
_HEADLINE_SOURCE = re.compile(
    r"\d[^.!?;\n]*?(?:\s[-\u2013\u2014]\s+|\s*:\s*)(?P<name>[A-Za-z][^-\u2013\u2014:.!?;,\d\n]{1,50}?)\s*$"
)


def may_name_its_source(text: str) -> bool:
    """Whether a sentence may be a headline that names its source after a dash or colon (the
    quick test before `_HEADLINE_SOURCE`)."""
    return len(text) < _HEADLINE_CHARS and holds(text, _HEADLINE_MARKS)


_HEADLINE_MARKS = (" - ", "\u2013", "\u2014", ":")


def title_issuer(title: str, outlet: str) -> str | None:
    """The body whose text an article is, by its title ("Information of the Ministry of
    Justice on the incident in ...", "Statement by the Westby Police on ...", "Interior
    Ministry statement on ..."): a state agency or a paper printing an office's statement
    whole, in the office's words.  None when the title names no body, or names the outlet
    itself (a group's release on its own site is in its own voice)."""
    found = _ISSUED_TITLE.match(title) or _BODY_STATEMENT_TITLE.match(title)
    if found is None:
        return None
    name = strip_determiners(squash(found["body"]))
    words = [w.lower() for w in name.split()]
    bodies = lexicon().sets["speaker_bodies"] | lexicon().sets["generic_speakers"]
    if not names_someone(name) or (bodies.isdisjoint(words) and not name[:1].isupper()):
        return None
    own = strip_determiners(outlet).split()
    if own and own[0].lower() == words[0]:
        return None
    return name


# "Information of the Ministry of Justice ... on the incident", "Statement by the Police on"
_ISSUED_TITLE = re.compile(
    r"^\s*(?:information|statement|press[\s-]+release|communiqu[eé]|message|announcement"
    r"|notice|report)\s+(?:of|from|by)\s+(?P<body>[^:;,]{3,120}?)\s+(?:on|about|regarding"
    r"|concerning)\s",
    re.IGNORECASE,
)
# "Interior Ministry statement on the clashes", "Army press release on ..."
_BODY_STATEMENT_TITLE = re.compile(
    r"^\s*(?P<body>[A-Z][^:;,]{2,80}?)(?:['’]s)?\s+(?:statement|press[\s-]+release"
    r"|communiqu[eé])\s+(?:on|about|regarding|concerning)\s"
)


def _headline_source(text: str) -> list[Speaker]:
    """The source a headline names after its figures, as its speaker, if any."""
    headline = _HEADLINE_SOURCE.search(text)
    if headline is None:
        return []
    name = strip_determiners(headline.group("name").strip())
    lex = lexicon()
    agency = agency_of(name)
    # A body or an office ("Interior Ministry", "Westby governor", "officials") or a news
    # agency: not a place ("Floods kill 12 - Westby") nor a document ("...: report").
    if agency is None and (
        not names_someone(name)
        or lex.sets["generic_speakers"].isdisjoint(word.lower() for word in name.split())
    ):
        return []
    return [Speaker(headline.start("name"), name, agency)]


_PASSIVE = r"\b(?:is|are|was|were)\s+(?:\w+\s+)?reported"  # "are (widely) reported"
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|still|not|now|later|then|\w+ly)\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_REPORTED = re.compile(_PASSIVE + "$", re.IGNORECASE)
_REPORTED_TO = re.compile(
    rf"(?:{_PASSIVE}\s+to\s+(?:have\s+)?"
    r"|\b(?<=people\s)reported\s+(?=killed|dead|injured|wounded|detained|arrested|missing))",
    re.IGNORECASE,
)
# Speech verbs that are also plural nouns: followed by a verb, they are its subject.
_NOUN_FORMS = frozenset({"reports", "claims", "estimates", "counts", "lists", "notes"})
_OF_NEXT = re.compile(r"\s+of\s")
_AS_CLAUSE = re.compile(
    # ("the official said Monday, as soldiers patrolled": a day or so before the comma)
    r"\b(?:said|says|told|reported|added)(?:\s+[\w-]+){0,3}?\s*,\s+as\s+"
    r"(?!of\b|well\b|many\b|much\b|high\b|low\b|a\b|an\b|the\s+(?:toll|number|count)\b)"
    r"(?:[A-Za-z]|$)"  # (or the figure itself)
)
# "..., the agency reported,| citing": the speaker's verb right before.
_JUST_SAID = re.compile(r"\b(?:said|says|reported|reports|wrote|writes|added|adds)\s*,\s*$")
# "in what the chancellor| said was an attack": a speaker of what the event was, not of figures.
_IN_WHAT = re.compile(r"\b(?:in|during)\s+what\s+[^,;:.!?]{1,50}$")
# "rejecting| media| reports of": the word that makes the reports someone's (not a verb).
_NOUN_BEFORE = re.compile(r"\b(?:media|press|news|local|official|government|police)\s*$")
_VERB_NEXT = re.compile(
    r"\s+(?:suggest|suggests|suggested|indicate|indicates|indicated|show|shows|showed|"
    r"differ|differed|vary|varied)\b"
)
_OWNED_BY_PRONOUN = Needs(
    re.compile(
        r"\b(?P<pron>[Ii]ts|[Tt]heir)\s+(?P<name>[\w'’ -]{2,40}?)\s*(?:,[^,]{1,60},\s*)?"
        # "its monitors had| recorded", "its teams had so far| counted"
        r"(?:(?:had|has|have|also|earlier|later|already|now|so\s+far)\s+)*$"
    ),
    "its their",
)


def _people_counted_before(text: str, end: int) -> bool:
    """Whether the clause before `end` ends on people counted and a comma ("two Danish women
    and three Poles,| their governments said"): a number (`is_number`) or "a", at most one
    word, and a plural noun."""
    before = text[:end].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()[-3:]
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].endswith("s"):
        return False
    return any(is_number(word) or word.lower() in ("a", "an") for word in words[:-1])


# "The Norland Front (NF), whose ..., says": the name a sentence opens with, its subject.
_OPENING_NAME = re.compile(
    # ("Late on Tuesday, X had put the toll at 13, and said": past the time, the name)
    r"\W*(?:(?:(?:Late|Early|Earlier|Later)\s+)?(?:(?:on|in|this|last)\s+)?"
    r"(?:[A-Z][a-z]+day|morning|afternoon|evening|night|week|month|year)\s*,\s*"
    r"|(?:Earlier|Later|Meanwhile)\s*,\s*)?"
    # ("But the Red Cross, whose ..., said": the name)
    r"(?:(?:But|And|Yet|However,)\s+(?:the\s+|an?\s+)?)?"
    r"(?:(?:The|An?)\s+)?(?!(?:The|An?)\s+[a-z])"  # ("A spokesman ...": no name)
    r"(?!(?:Late|Early|Earlier|Later|Meanwhile)\b)"  # (a time, not a name)
    r"(?P<np>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)(?=\s+[a-z]|\s*\(|,)"
)
_OBJECT_PRONOUN = re.compile(r"\s*(him|her|them)\b", re.IGNORECASE)
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}


_AS_BEFORE = re.compile(r"(?:^|[\s,;])(?:as|while|whereas)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def _introduced_by_as(text: str, verb: int, name: str) -> bool:
    """Whether a speaker's clause hangs on the sentence by "as", "while" ("Somalia mourned
    the 23 killed, as doctors said the wounded had reached 41"): what it says follows it."""
    index = index_of(text)
    if index.plain and index.words.isdisjoint(("as", "while", "whereas")):
        return False  # the quick answer: none of _AS_BEFORE's words in the sentence
    lead = text[:verb].rstrip()
    stepped = lexicon().sets["before_verb"]  # "as doctors later| said"
    for _ in range(3):
        last = lead.rsplit(None, 1)[-1] if lead else ""
        if last.lower() not in stepped or lead.endswith(name):
            break
        lead = lead[: -len(last)].rstrip()
    if not lead.endswith(name):
        return False
    return _AS_BEFORE.search(lead, 0, len(lead) - len(name)) is not None


def _last_token(text: str, end: int) -> tuple[int, str] | None:
    r"""Where the last word of `text[:end]` starts, and the word: letters, digits and "%.,-"
    (a figure with its separators), the blanks after it aside.  What `([\w%.,-]+)\s*$`
    finds, read backwards from the end rather than tried at every start."""
    stop = len(text[:end].rstrip())
    start = stop
    while start and (text[start - 1].isalnum() or text[start - 1] in "_%.,-"):
        start -= 1
    return (start, text[start:stop]) if start < stop else None


def _right_after_a_figure(text: str, verb: int, name: str) -> bool:
    """Whether a speaker's name follows a figure with nothing but its noun between ("the 71
    percent| his party had claimed", "the 212| the ministry reported", "the 316,000 dead| the
    government has claimed"): a relative clause about it."""
    lead = text[:verb].rstrip()
    at = lead.rfind(name)
    if at < 0:
        return False
    determiners = lexicon().sets["determiners"]
    last = _last_token(text, at)
    while last is not None and last[1].lower() in determiners:
        last = _last_token(text, last[0])  # "the 71 percent his| party"
    if last is None or last[1][-1] in ".,":
        return False  # "On August 19,| the party reported": a clause of its own
    word = last[1]
    before = _last_token(text, last[0])
    if before is not None and before[1].lower() in MONTH_SET:
        return False  # "on August 19| the party reported": a date
    if is_number(word) or word.lower() in units():
        return True
    # "the 316,000 dead| the government has claimed": the figure's noun between
    return before is not None and _counted_noun(before[1], word)


_PARTICIPLE_BY = re.compile(r"[a-z]+ed\s+by\s")


def _after_a_figure_by(text: str, verb: int) -> bool:
    """Whether a passive's verb at `verb` follows a figure right away ("the 641| announced
    by"): its agent gives that figure."""
    last = _last_token(text, len(text[:verb].rstrip()))
    return last is not None and is_number(last[1]) and _PARTICIPLE_BY.match(text, verb) is not None


def _counted_noun(number: str, word: str) -> bool:
    """Whether `word` is the noun of a count `number` just before it ("316,000| dead"): not a
    year's ("the 1994 genocide"), not "one of", not a word a speaker's name stops at."""
    return (
        word.islower()
        and word not in lexicon().sets["speaker_stops"]
        and number[-1:] not in ",.;:"  # "on May 23,| military spokesman X said": a clause ends
        and is_number(number)
        and not _YEAR.fullmatch(number)
        and number.lower() != "one"
    )


_CLAUSE_END = re.compile(r"[,;:.!?()]")


# "Police detained 11,000 people, but rights groups said| that ...", "The Eastmarkers, who number
# about 500,000, say| they are hunted": a verb followed by a clause of its own speaks for that
# clause, not for the figures before it.
_OWN_CLAUSE = re.compile(
    r"\s+(?:that\s+(?!(?:day|morning|afternoon|evening|night|week|month|year)\b)"
    r"|(?:they|he|she|we)\s+(?:are|were|had|have|has|was|is|would|will|could|feared|believed)\b)"
)


def _says_more(text: str, end: int) -> bool:
    """Whether a speech verb is followed by what is said, not only by a day or a place:
    "as doctors said| the number had reached 41", not "40 died, as officials said| on Monday"."""
    stop = _CLAUSE_END.search(text, end)
    return len(text[end : stop.start() if stop else len(text)].split()) > 3


def _matched_speakers(
    text: str,
    quotes: tuple[int, int],
    pattern: re.Pattern[str],
    name_of: Callable[[re.Match[str]], str | None],
    starts: frozenset[str] | None = None,
    at: str | None = None,
) -> list[Speaker]:
    """A speaker at each match of `pattern` outside a quotation, named by `name_of`, at the
    match's start (or at its group `at`).  `starts`: the words (lower case) every match
    starts with, if known; in text whose words read as ASCII (`reads_as_ascii`) the pattern
    is then tried only where one of them is (`scan`: the same matches)."""
    found: list[Speaker] = []
    matches = (
        scan(pattern, text, starts)
        if starts is not None and reads_as_ascii(text)
        else pattern.finditer(text)
    )
    for match in matches:
        start = match.start(at) if at else match.start()
        if in_quote(quotes, text[:start]):
            continue
        name = name_of(match)
        if name and names_someone(name):
            found.append(Speaker(start, _with_acronym(text, start, name), agency_of(name)))
    return found


def agency_only(name: str, agency: str) -> bool:
    """Whether a speaker is just the agency ("state news agency NAP", "AP")."""
    lex = lexicon()
    rest = name
    for pattern, canonical in lex.agencies:
        if canonical == agency:
            rest = pattern.sub(" ", rest)
    for noun in _agency_nouns():
        rest = noun.sub(" ", rest)
    leftover = [
        w
        for w in rest.split()
        if w.lower() not in lex.sets["determiners"] and not w.endswith(("'s", "’s"))
    ]
    return all(lex.country.fullmatch(w) or _is_demonym(w) for w in leftover)


@cache
def _agency_nouns() -> tuple[re.Pattern[str], ...]:
    """The agency nouns ("news agency", "agency"), longest first, as whole words in any
    case."""
    nouns = sorted(lexicon().sets["agency_nouns"], key=len, reverse=True)
    return tuple(re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE) for noun in nouns)


def _is_demonym(word: str) -> bool:
    return is_nationality(word)


_LOOK_BACK = 5000  # characters an article may go between naming a ministry and "the ministry"


_TRIES = 12  # earlier mentions of the noun looked at


# "Norland's| ministry" (a line may wrap between them; a blank line ends a headline)
_LAST_WORD = re.compile(r"(?<![\w'’-])([A-Za-z][\w'’-]*)(?:[ \t]+|[ \t]*\n[ \t]*)\Z")


_PERSON_REACH = 400
_ONE_OF = re.compile(
    r"(?:one|some|two|three|several|many|most|a\s+few)\s+of\s+(?:them|those)", re.I
)
_QUANTIFIERS = frozenset(("several", "many", "few", "two", "three", "four", "most", "dozens"))
# A sentence that opens with people by a role: "Relatives of missing firefighters who ...".
_OPENS_WITH_PEOPLE = re.compile(
    r"(?:^|(?<=[.!?])[\"”’]?\s+|\n)(?P<np>(?P<head>[A-Z][a-z]+s)(?:\s+of\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+)?)(?=\s+(?:who|from|in|at|said|say|have|had|were|are|[a-z]+ed)\b)"
)
_PLURAL_PEOPLE = re.compile(r"(?:[\w'’-]+\s+){0,2}(?P<head>[A-Za-z]+s)\b")
# "the Westby Front (WF)", "Mouvement pour la Paix (MP)": a body's name with its acronym.
_DEFINED_BODY = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:\s+(?:(?:of|for|pour|de|du|des|la|le|and|&)\s+)?"
    # ("Jama'at Westby al-Nasr wal-Eastport (JWNE)": an Arabic name's particles)
    r"(?:(?:al|el|wal|ad|ash|as|ar|az|bin|ibn)-)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+){1,6}\s+\([A-Z]{2,}\)"
)
# A sentence that opens with a person by a role: "A doctor at a hospital close to the
# square, who ...", "The local governor", "Rebel spokesman Ivo Marek disputed ...".
_OPENS_WITH_ROLE = re.compile(
    r"(?:^|(?<=[.!?])[\"”’]?\s+|\n)"
    # ("But the commander of the militia, Ann Lee, dismissed the figures.": a conjunction
    # or "However," first)
    r"(?:(?:But|And|Yet)\s+|(?:However|Meanwhile),\s+)?"
    r"(?P<np>(?:(?:A|An|The|One|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<head>[a-z]+)(?:\s+[A-Z][\w'’-]+){0,3}(?:\s+(?:at|of|in|from)\s+[^,.;:!?]{1,50})?)"
    r"(?=[\s,])"
)


# A sentence that opens with a body by its name: "The Norland High Commission for Human
# Rights, a state-funded but independent body, gave ...".
_OPENS_WITH_BODY = re.compile(
    # ("The Westbian government-in-exile has given much higher figures. It says")
    r"(?:^|(?<=[.!?])[\"”’]?\s+|\n)(?P<np>The\s+(?:[A-Z][\w'’-]+\s+){0,4}"
    # ("The IMN rejects the official figures. It says": a body by its acronym)
    r"(?P<head>[A-Za-z][a-z]+|[A-Z]{2,8})(?:-in-exile)?"
    # ("The Federation of Relief and Rescue Societies (FRRS) gave")
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]+){0,5})?)"
    r"(?:\s+\([A-Z]{2,}\))?"
    r"(?=\s*,|\s+(?:said|says|gave|gives|put|puts|reported|has|had|is|was|found|finds"
    # ("The army launched an offensive ... and says it has killed": a body acting)
    r"|estimated|estimates|counted|counts|showed|shows|[a-z]{3,}ed"
    r"|rejects|disputes|denies|insists|maintains|contests|dismisses)\b)"
)


# "spokesperson| of the operations in Westby, Lieutenant Ann Lee," / "spokesman|, Ivan
# Petrov (": a person named after the noun (two capitalised words or more).
_NAMED_AFTER_NOUN = re.compile(
    r"(?:\s+(?:of|for|in)\s+[^,.;:()]{1,60}?)?,\s+"
    r"(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w.’'-]*\s+){1,5}[A-ZÀ-ÖØ-Þ][\w’'-]+)\s*[,(]"
)


_WORD_AFTER_MENTION = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
_CAPITALISED_END = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def _modifies_a_noun(body: str, end: int) -> bool:
    """Whether the word that ends at `end` qualifies a noun after it ("army| base", "ministry|
    building", "army| chief"): a mention of a compound, not of the body itself (a verb, a
    small word or a clause after it leaves it the body's: "the army| said", "the army| and
    police")."""
    lex = lexicon()
    found = _WORD_AFTER_MENTION.match(body, end)
    if found is None:
        return False
    word = found.group(1)
    return not (
        word in lex.sets["speaker_stops"]
        or word in lex.sets["party_stops"]
        or word in lex.sets["determiners"]
        or word in lex.triggers["speech"]
        or word.endswith("ed")  # ("the army killed", "the ministry confirmed")
    )


class Voices:
    """The speakers named so far in an article, to resolve "he said", "the ministry said"."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.lower = body.lower()
        self.named: list[str] = []
        self.agencies: list[str] = []

    def remember_agency(self, agency: str) -> None:
        """An agency named as a source: "the agency" said later is it."""
        self.agencies.append(agency)

    def resolve_owned(self, text: str, at: int, name: str, before: int, previous: str) -> str:
        """`name` resolved (`resolve`); one a possessive pronoun owns ("Its spokesman said",
        `at` the speaker's verb in `text`) is of the name the sentence before opens with
        (`previous`): "The Norland Front says the toll is higher. Its spokesman said ..." is
        the Front's."""
        owner = _OWNED_BY_PRONOUN.search(text, at - len(name) - 40, at)
        if (
            owner is not None
            and owner.group("pron").lower() == "their"
            and _people_counted_before(text, owner.start())
        ):
            # "Among the dead were two Britons and a Canadian, their governments said": the
            # people just counted own them, not the subject of the sentence before
            return name
        if owner is not None and owner.group("name").lower() == name.lower():
            # "X said on Monday its monitors had recorded 107 deaths": this sentence's
            # subject, before the pronoun; else the one the sentence before opens with.
            here = _OPENING_NAME.match(text, 0, owner.start())
            if here is not None and not lexicon().speech.search(text, here.end(), owner.start()):
                here = None  # the subject of no speech verb before the pronoun
            if here is not None and names_someone(here.group("np")):
                return f"{here.group('np')} {name}"
            # "A spokesman for the Norland Red Cross told Coast Wire its teams had counted",
            # "The government says its Truth Commission has confirmed": the teller, whose body
            # the teams are, or whose the commission
            told = list(lexicon().speech.finditer(text, 0, owner.start()))
            teller = _speaker_before(text, told[-1].start()) if told else ""
            if teller and names_someone(teller):
                return f"{teller} {name}" if name[:1].isupper() else self.resolve(teller, before)
            opening = _OPENING_NAME.match(previous)
            if opening is not None and names_someone(opening.group("np")):
                return f"{opening.group('np')} {name}"
        return self.resolve(name, before)

    def resolve(self, name: str, before: int) -> str:
        """Who `name`, said at `before`, is: a pronoun, a noun or a short name resolved to
        the one named before it."""
        found = self._resolve(name, before)
        if found.lower() != name.lower() and _describes_a_body(found):
            # ("the aid group said ... the group had given": the body the aid group is)
            return self._resolve(found, before)
        return found

    def _resolve(self, name: str, before: int) -> str:
        lex = lexicon()
        lower = name.lower()
        if lower == "our" or lower.startswith("our "):
            # "Our monitors recorded more than 60 injured", outside any quotation: the
            # outlet's own people (a rights group's release), its own voice
            return ARTICLE_VOICE
        if lower in _SOME_OF_THEM:
            lower = "they"  # "Witnesses said ... Some said": some of those named before
        if lower in lex.sets["pronouns"]:
            # "it" is the last body named (a ministry, a country), "he", "she" the last person.
            body = lower == "it"
            last = next(
                (
                    k
                    for k in reversed(self.named)
                    if lower in ("they", "we", "i")
                    or (_is_body(k) == body and not (lower in ("he", "she") and _is_group(k)))
                ),
                None,
            )
            if lower in ("he", "she"):
                # Or a person a sentence since opened with, by a role ("A doctor at the
                # hospital, who asked not to be named, gave a higher toll. '...,' he said").
                person = self._person_since(last, before)
                if person is not None:
                    return person
            if body:
                opened = self._body_since(last, before)
                if opened is not None:
                    return opened
            if lower == "they":
                # Or people a sentence since opened with ("Relatives of the missing
                # disputed the official count. They said ...").
                people = self._people_since(last, before)
                if people is not None:
                    return people
            if last is not None:
                return last
            return self.named[-1] if self.named else ARTICLE_VOICE
        if _ONE_OF.fullmatch(name):
            return self._people_before(before) or ARTICLE_VOICE
        words = name.split()
        if words and words[-1].lower() == "agency" and not any(w[:1].isupper() for w in words):
            if self.agencies:
                return self.agencies[-1]  # "according to the agency", "the news agency said"
            # "The WHO said ... Liberia accounts for 576 of the dead, the agency said": the
            # last body named, with no news agency named before
            if len(words) == 1 and (
                last_body := next((k for k in reversed(self.named) if _is_body(k)), None)
            ):
                return last_body
        if (
            len(words) in (2, 3)
            and words[0] in _UN_WORDS
            and lower.split()[-1] in ("agency", "body", "organisation", "organization")
        ):
            # "the UN agency said" after "the World Health Organization said": the last
            # body of the United Nations named before (not a news agency)
            last_body = next(
                (k for k in reversed(self.named) if k != name and international(k)), None
            )
            # (a word between names which agency: "the UN refugee agency" is none named
            # before as the UN children's agency)
            if last_body is not None and (len(words) == 2 or words[1].lower() in last_body.lower()):
                return last_body
        if _describes_a_body(name):
            # "the medical charity|, known by its French initials MSF": the initials after it;
            # "Westby Relief Mission (WRM) ... the aid group said": the body introduced so
            initials = _KNOWN_BY_INITIALS.match(self.body, before)
            if initials is not None:
                return initials["known"]
            if (defined := self._defined_body(before)) is not None:
                return defined
        if lower in _SAME and self.named:
            return self.named[-1]  # "..., the same source specified": the one named last
        if lower in ("reports", "estimates"):
            return lower  # "Reports said 30 died", "Some estimates say": no one named issued
        if lower in lex.sets["document_nouns"] or (
            len(words) == 2
            and words[0].lower() in lex.sets["count_adjectives"] - _NOT_STAGES
            and words[1].lower() in lex.sets["document_nouns"]
        ):
            # "according to the report": the last one named, who issued it; with no one named
            # before, the document itself ("..., a study says"); so "its final report" (an
            # "official toll" is the authorities', whoever was named last).
            return self.named[-1] if self.named else lower
        if len(words) == 1 and lower in lex.sets["generic_speakers"]:
            # The last "<word> ministry" before, read backwards from `before`.
            position = before
            floor = max(0, before - _LOOK_BACK)
            for _ in range(_TRIES):
                position = self.lower.rfind(lower, floor, position)
                if position <= 0:
                    break
                after = position + len(lower)
                if (
                    after + 1 < len(self.lower)
                    and self.lower[after] == "s"
                    and not self.lower[after + 1].isalnum()
                    and self.body[position].isupper()
                ):
                    after += 1  # "the airline said" after "Norland Airlines": its name
                elif after < len(self.lower) and self.lower[after].isalnum():
                    continue
                if _modifies_a_noun(self.body, after) and not _CAPITALISED_END.search(
                    self.body, max(0, position - 40), position
                ):
                    # ("Militants storm army| base": not the army that speaks; but "the Norland
                    # army| chief" names the Norland army)
                    continue
                # "According to the spokesperson" after "the spokesperson of the operations in
                # Westby, Lieutenant Ann Lee, said": the office with the person it names
                introduced = (
                    _NAMED_AFTER_NOUN.match(self.body, after)
                    if position < before - len(lower)
                    else None
                )
                previous = _LAST_WORD.search(self.body, position - 40, position)
                if previous and (
                    previous.group(1).lower()
                    not in lex.sets["determiners"] | lex.sets["speaker_stops"]
                    # ("the convoy of| army chief X": a phrase's small word, no name's)
                    and previous.group(1) not in lex.sets["speaker_inner"]
                    # ("a doctor said| staff had counted": a verb is no part of the name)
                    and previous.group(1).lower() not in lex.triggers["speech"]
                    # (nor a count: "a county of 2.1 million| residents"; nor a noun of a
                    # count that ends the phrase before: "the figure| residents gave")
                    and not is_number(previous.group(1))
                    and previous.group(1).lower() not in lex.sets["count_nouns"]
                    # (nor an object's pronoun: "among them| officials of the ministry")
                    and previous.group(1).lower() not in _OBJECT_WORDS
                ):
                    opening = previous.start(1)
                    if previous.group(1)[:1].isupper():
                        # "the Norland Red| Crescent Society": the whole name in capitals
                        whole = _CAPITALISED_BEFORE.search(self.body, opening - 60, opening)
                        opening = whole.start() if whole else opening
                    found = strip_determiners(
                        f"{squash(self.body[opening:position])} {self.body[position:after]}"
                    )
                    if introduced:
                        rest = squash(self.body[after : introduced.end("name")])
                        return f"{found}{'' if rest.startswith(',') else ' '}{rest}"
                    # "the command said" after "Norland's martial law command said": the
                    # speaker named in full, if the words before the noun are the end of it.
                    return next(
                        (k for k in reversed(self.named) if k.lower().endswith(found.lower())),
                        found,
                    )
                if introduced:
                    return squash(self.body[position : introduced.end("name")])
            for known in reversed(self.named):
                if known.lower().endswith(lower):
                    return known
            if lower in lex.sets["introduced_bodies"] and (defined := self._defined_body(before)):
                return defined  # "The group claimed" after "the Westby Front (WF), which ..."
            if lower in lex.sets["body_anaphors"] and (
                last_body := next((k for k in reversed(self.named) if _is_body(k)), None)
            ):
                return last_body  # "the organisation put the number at" after "the Red Cross"
            return name
        if len(words) == 1 and name.isupper() and name.isalpha() and len(name) > 1:
            spelled = self._acronym_defined(name, before)
            if spelled is not None:
                return spelled  # "SCPM said" after "the Eastland Civilian Monitor (SCPM)"
            titled = next((k for k in reversed(self.named) if _initials_hold(k, name)), None)
            if titled is not None:
                return titled  # "the DM told reporters" after "District Magistrate Ann Lee"
        if len(words) <= 2 and all(w[:1].isupper() for w in words):
            for known in reversed(self.named):
                if known != name and known.endswith(name):
                    return known
            for known in reversed(self.named):
                # "the Information Team said" after "the Information Team of the State
                # Council": the body named in full before
                if known.startswith((f"{name} of ", f"{name} for ")):
                    return known
        return name

    def _defined_body(self, before: int) -> str | None:
        """The last body the article introduced with its acronym before `before` (within
        _PERSON_REACH): "the Westby Front (WF)"."""
        found = _DEFINED_BODY.findall(self.body, max(0, before - _PERSON_REACH), before)
        return squash(found[-1]) if found else None

    def _acronym_defined(self, acronym: str, before: int) -> str | None:
        """The name an acronym stands for where the article defines it before `before` ("the
        Eastland Civilian Monitor (ECM)"), with the acronym: "Eastland Civilian Monitor
        (ECM)"; None if it defines none whose capitalised words' initials spell it."""
        at = self.body.rfind(f"({acronym})", 0, before)
        if at < 0:
            return None
        words = _CAPITALISED_BEFORE.search(self.body, max(0, at - 120), at)
        if words is None:
            return None
        spelled = words.group(0).split()
        for start in range(len(spelled)):
            initials = "".join(w[0] for w in spelled[start:] if w[:1].isupper())
            if initials.upper() == acronym and spelled[start][:1].isupper():
                return f"{' '.join(spelled[start:])} ({acronym})"
        return None

    def _people_before(self, before: int) -> str | None:
        """The last people named by a plural speaker noun before `before` (within
        _PERSON_REACH), with up to two words before it: "Several opposition MPs have
        questioned the figure" -> "opposition MPs"."""
        found = None
        for match in _PLURAL_PEOPLE.finditer(self.body, before - _PERSON_REACH, before):
            if match.group("head").lower() in _roles():
                found = match
        if found is None:
            return None
        lex = lexicon()
        words = [
            w
            for w in found.group(0).split()
            if w.lower() not in lex.sets["determiners"] | _QUANTIFIERS
            and w.lower() not in lex.sets["speaker_stops"]
        ]
        return " ".join(words) or None

    def _person_since(self, last: str | None, before: int) -> str | None:
        """The person by a role that the last sentence opening with one, before `before`
        (within _PERSON_REACH), names, if after the last mention of `last`."""
        return self._opened_since(_OPENS_WITH_ROLE, last, before)

    def _people_since(self, last: str | None, before: int) -> str | None:
        """The same for people by a role, a plural speaker noun ("Relatives of missing
        firefighters")."""
        return self._opened_since(_OPENS_WITH_PEOPLE, last, before)

    def _body_since(self, last: str | None, before: int) -> str | None:
        """The same for a body by its name ("The Norland High Commission for Human Rights, a
        state-funded body, gave a lower toll ... of whom it said"): "it" is the body a
        sentence since opened with, whether or not a verb of speech followed it."""
        # (or a document: "The assessment, prepared by ..., puts the toll at 4,400. It says";
        # not a count: "The toll ..." is no one who says)
        lex = lexicon()
        documents = lex.sets["document_nouns"] - lex.sets["count_nouns"]
        heads = lex.sets["speaker_bodies"] | documents
        return self._opened_since(_OPENS_WITH_BODY, last, before, heads)

    def _quoted(self, at: int) -> bool:
        """Whether `at` is inside a quotation of its paragraph (quotation marks opened
        before it and not closed)."""
        before = self.body[self.body.rfind("\n", 0, at) + 1 : at]
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")

    def _opened_since(
        self,
        opening: re.Pattern[str],
        last: str | None,
        before: int,
        heads: frozenset[str] | None = None,
    ) -> str | None:
        """The speaker by a role (the `opening` of a sentence, its head a role, or one of
        `heads`) that the last sentence opening so, before `before` (within _PERSON_REACH),
        names, if after the last mention of `last`."""
        floor = max(0, before - _PERSON_REACH)
        opened = [
            m
            for m in opening.finditer(self.body, floor, before)
            if (
                m.group("head").lower() in (_roles() if heads is None else heads)
                or (heads is not None and m.group("head").isupper())
            )
            # "Eight protesters were also wounded", "Another 11 workers died": a figure's
            # people, no speaker
            and not any(is_number(word) for word in m.group("np").split()[:3])
            # '"... The men fought on," the source said.': a sentence of a quotation
            and not self._quoted(m.start("np"))
        ]
        if not opened:
            return None
        found = opened[-1]
        if last is not None and self.body.rfind(last, floor, before) > found.start("np"):
            return None
        np = strip_determiners(found.group("np"))
        if last is not None and last.startswith(np):
            return None  # the opening's own speaker, named in full since ("..., Ann Lee, said")
        return np

    def remember(self, name: str) -> None:
        lower = name.lower()
        if name != ARTICLE_VOICE and lower not in lexicon().sets["pronouns"] and lower not in _SAME:
            self.named.append(name)


_SAME = frozenset(("same source", "same sources"))


def _describes_a_body(name: str) -> bool:
    """Whether a speaker's name, in lower case, describes an organisation by what it is
    ("the aid group", "a local human rights group": extract.yaml org_descriptors)."""
    if not name.islower():
        return False
    words = name.split()
    descriptors = lexicon().sets["org_descriptors"]
    return any(" ".join(words[-n:]) in descriptors for n in (1, 2, 3) if n <= len(words))


_KNOWN_BY_INITIALS = re.compile(
    r"[^,.;]{0,40},\s+known\s+(?:by\s+its\s+(?:[A-Z][a-z]+\s+)?(?:initials|acronym)|as)\s+"
    r"(?P<known>[A-Z][A-Z&]{1,7})\b"
)
_UN_WORDS = frozenset(("UN", "U.N.", "UN's", "U.N.'s"))
"""The first word of "the UN agency", "the U.N. health agency": a body of the United Nations
named before."""
# Capitalised words (and the small words inside a name) right before a name's last word
_CAPITALISED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*[ \t]+(?:(?:of|for|the|and|on|in)[ \t]+)?){1,5}\Z"
)


def _initials_hold(name: str, acronym: str) -> bool:
    """Whether the title `name` opens with has `acronym`'s letters as initials, a name
    following it ("District Magistrate Ann Lee" holds "DM"; "Ursula Smith" no "US")."""
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    return len(capitals) > len(acronym) and "".join(capitals[: len(acronym)]) == acronym


def _is_group(name: str) -> bool:
    """Whether a named speaker is people in the plural ("local officials", "witnesses",
    "police"): never the "he" or "she" of a later sentence."""
    words = name.split()
    head = words[-1].lower() if words else ""
    return head == "police" or (
        head.endswith("s")
        and not head.endswith("ss")
        and head in lexicon().sets["generic_speakers"]
    )


def _is_body(name: str) -> bool:
    """Whether a named speaker is a body (a ministry, a country, an agency), not a person."""
    lex = lexicon()
    words = name.split()
    if len(words) > 1 and words[-1].startswith("(") and words[-1].endswith(")"):
        words = words[:-1]  # "World Health Organization (WHO)": its acronym after it
    if len(words) > 1 and words[0].lower() in lex.sets["body_first_words"]:
        return True  # "Observatoire Citoyen de Westby": its noun first
    # "Central Committee of Norland Doctors": the head is before "of"
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    head = words[-1].lower() if words else ""
    return (
        head in lex.sets["speaker_bodies"]
        or bool(lex.country.fullmatch(name))
        or agency_of(name) is not None
        or (len(words) == 1 and name[:1].isupper() and name.isupper())
    )


def named_roles(speakers: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The speakers named with each role, first named first: {"spokesman": ("press
    spokesman Ali Khan", "army spokesman Ivo Marek")}."""
    roles = _roles()
    found: dict[str, list[str]] = {}
    for name in dict.fromkeys(speakers):
        if _has_person_name(name):
            for word in dict.fromkeys(name.lower().split()):
                if word in roles:
                    found.setdefault(word, []).append(name)
    return {role: tuple(names) for role, names in found.items()}


@cache
def _roles() -> frozenset[str]:
    """The speaker nouns that name a person's role ("spokesman"), not a body."""
    sets = lexicon().sets
    return sets["generic_speakers"] - sets["speaker_bodies"]


def _named_later(name: str, named: Mapping[str, Sequence[str]]) -> str:
    """An unnamed role ("a Norland spokesman abroad") that the article names elsewhere
    ("Norland Embassy press officer Ana Vidal") is that person.  A role word written with a
    capital is a word of a body's own name ("the National Union of Journalists"), no role."""
    lex = lexicon()
    words = name.split()
    roles = [w for w in words if w.islower() and w in lex.sets["generic_speakers"]]
    if not roles or _has_person_name(name) or roles[-1] in lex.sets["speaker_bodies"]:
        return name
    # Whose role it is must agree: "a rebel spokesman" is not "the army's spokesman Ivo
    # Marek", nor "the prime minister" "Interior Minister Ana Vidal", nor "a Red Cross
    # spokesman" "police spokesman Ivo Marek": the lower-case words before the role (but for
    # articles and the like) are all in the name, and one of its capitalised words if it
    # has any (a person's name may be written another way: "President Ivo Marek's
    # spokesman" is "the president's spokesman Ana Vidal"); a country's is no owner's.
    before = [
        (w, _owner_word(w.lower()))
        for w in words[: words.index(roles[-1])]
        if w.lower() not in _ANY_ROLE_S
    ]
    lower = [plain for w, plain in before if not w[:1].isupper()]
    upper = [
        plain
        for w, plain in before
        if w[:1].isupper() and not is_nationality(w) and not _is_country(w)
    ]
    for found in named.get(roles[-1], ()):
        theirs = {_owner_word(w.lower()) for w in found.split()}
        if all(w in theirs for w in lower) and (not upper or any(w in theirs for w in upper)):
            return found
    return name


def _is_country(word: str) -> bool:
    """Whether a word, maybe possessive ("Norland's"), names a country."""
    return bool(lexicon().country.fullmatch(_owner_word(word)))


def _owner_word(word: str) -> str:
    """A word without its possessive ending ("army's": army)."""
    return word.removesuffix("'s").removesuffix("’s")


_ANY_ROLE_S = frozenset(("a", "an", "the", "its", "his", "her", "their", "another", "senior"))


def _has_person_name(name: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False
    tail = words[-2:]
    return all(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in tail) and not any(
        lexicon().country.fullmatch(w) for w in tail
    )


def _document_owner(text: str, end: int) -> str | None:
    """Whose document a figure is according to, when its owner comes first ("the company's
    own report"), else None."""
    owned = _OWNED_DOCUMENT.match(text, end)
    if owned is None or owned.group("noun").lower() not in lexicon().sets["document_nouns"]:
        return None
    return strip_determiners(owned.group("owner"))


_OWNED_DOCUMENT = re.compile(
    r"\s+(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)['’]s?\s+(?:own\s+)?"
    r"(?:(?:latest|new|last|final|preliminary|initial|annual|\d{4})\s+){0,2}"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b"
)
_BARE_DOCUMENT = re.compile(
    r"\s+(?:the\s+)?(?P<phrase>(?:[a-z]+\s+){1,3}(?:data|figures|estimates|statistics|count|tally"
    r"|results|information))\s*,"
)
_THE_DOCUMENT = re.compile(
    r"\s+(?:the|its|their)\s+(?:(?:latest|new|last|final)\s+)?(?P<noun>[a-z]+)\b"
)
_DOCUMENT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)??(?P<noun>[a-z]+)\s+"
    r"(?:(?:released|published|issued|compiled|provided|given|kept|held|gathered|collected"
    r"|obtained|documented|verified|recorded|shared|announced|prepared|conducted|made"
    # "according to a press release signed by| the minister"
    r"|signed|communicated|posted|circulated|distributed|sent"
    # "according to the list drawn up by| X", "a survey carried out by| X"
    r"|drawn\s+up|carried\s+out|put\s+together)\s+"
    # "an assessment released today by| X", "a report published on Monday by| X"
    r"(?:(?:today|yesterday|earlier|later|jointly|(?:on|last|this)\s+[A-Za-z]+)\s+)?)?"
    r"(?:from|by|of)\s+"
)


def attributor(
    sentences: list[Sentence],
    per_sentence: list[tuple[list[Speaker], list[str]]],
    index: int,
    roles: Mapping[str, Sequence[str]],
    members: dict[int, list[int]],
) -> Any:
    """A function from a position in sentence `index` to (source, via)."""
    sentence = sentences[index]
    speakers, _ = per_sentence[index]
    if not speakers:
        # Inside a quotation: the speaker named where the quotation closes, or before it.
        paragraph = members[sentence.paragraph]
        here = paragraph.index(index)
        for i in paragraph[here + 1 : here + 9]:
            if per_sentence[i][0]:
                speakers = per_sentence[i][0]
                break
        else:
            for i in reversed(paragraph[max(0, here - 8) : here]):
                if per_sentence[i][0]:
                    speakers = per_sentence[i][0]
                    break
        inside = in_quote(sentence.quotes, sentence.text[:1])
        if inside:
            speakers = [Speaker(0, s.name, s.agency, s.relays) for s in speakers]
        else:
            # Sentences that go on setting out a document named before (a report, a
            # statement, a press release) are still the document's.
            # So do sentences that open as a continuation ("Among them, ...", "Besides, ...")
            # of the report before.
            # And the rest of a paragraph whose speaker announced a list ("X reported its
            # losses: ...").
            back = next((i for i in range(index - 1, max(-1, index - _DOCUMENT_REACH), -1)
                         if per_sentence[i][0]), None)  # fmt: skip
            earlier = per_sentence[back][0] if back is not None else []
            going_on = (
                _continuation().match(sentence.text) is not None
                or _EARLIER_VALUE.match(sentence.text) is not None
                or _PART_OF_BEFORE.match(sentence.text) is not None
            )
            near = back is not None and index - back < 6
            listing = back is not None and sentences[back].paragraph == sentence.paragraph
            # "According to the ministry, 35 officers were killed. More than 700 were
            # injured.": a report that opens with its source goes on in the sentence after.
            opened = (
                listing
                and back == index - 1
                and _OPENS_ACCORDING.match(sentences[index - 1].text) is not None
            )
            # "The refugee agency has specified the number of persons displaced. They are already
            # 64,000.": the count the sentence before announced without giving it
            # (and goes on about it: "They", "It", "The figure")
            announced = (
                back == index - 1
                and _GOES_ON_ABOUT_IT.match(sentence.text) is not None
                and _ANNOUNCED_COUNT.search(sentences[back].text) is not None
                and not any(ch.isdigit() for ch in sentences[back].text)
            )
            speakers = [
                Speaker(0, s.name, s.agency, document=s.document, lists=s.lists)
                for s in earlier
                if (
                    (s.document and not _unowned_reports(s.name))
                    or (near and going_on)
                    or (listing and s.lists)
                    or opened
                    or announced
                )
                and not s.relays
                and not s.author
            ]
            # "These figures were made public by X" after the figures: X said them; so did
            # the one who "said this" in the paragraph after.
            after = paragraph[here + 1 : here + 4]
            if index == paragraph[-1] and index + 1 < len(sentences):
                after = [index + 1]
            for i in after:
                later = [s for s in per_sentence[i][0] if s.disclosed]
                if later:
                    speakers = [Speaker(0, s.name, s.agency) for s in later]
                    break

    def attribute(position: int, following: int | None = None) -> tuple[str, list[str]]:
        """The source of a figure at `position`; `following`: where the next figure of the
        sentence starts (an author named after it wrote that one: "killed 264, more than
        the 212 reported by the ministry")."""
        if (
            (size := _PLACE_SIZE.search(sentence.text, max(0, position - 60), position))
            and size.group("noun") in lexicon().sets["settlement_nouns"]
            and not in_quote(sentence.quotes, sentence.text[:position])
        ):
            # "A local official in Westby, a village of about 3,400 people, said ...": the
            # outlet's own words about the place, not what the speaker then says
            return ARTICLE_VOICE, []
        # An agency's own people ("Coast Wire reporters put the number at") count for it: a
        # source, not only a relay.
        sources = [
            s
            for s in speakers
            if not s.relays
            and (not s.agency or s.name.split()[-1].lower() in lexicon().sets["newsroom_nouns"])
        ]
        agencies = [s for s in speakers if s.agency]
        via: list[str] = []
        for agency in sorted(agencies, key=lambda s: abs(s.position - position)):
            if agency.agency and agency.agency not in via:
                via.append(agency.agency)
        authors = [
            s
            for s in sources
            if s.author
            and 0 < s.position - position < _AUTHOR_REACH
            and (following is None or s.position < following)
        ]
        if authors:
            return _named_later(authors[0].name, roles), via
        sources = [
            s
            for s in sources
            if (not s.author or s.position < position)
            # (nor the agent of a figure before this one, across ", and": "higher than the
            # 641 announced by officials, and may have reached| some 3,900" is not theirs)
            and not (
                s.position < position
                and _after_a_figure_by(sentence.text, s.position)
                and _BUT_BETWEEN.search(sentence.text, s.position, position)
            )
        ]
        if sources:
            # The speaker whose verb comes last before the figure ("X said N ..., while Y
            # reports M"), else the first after it ("N died, X said").
            # Not across an "as" clause after the speaker's verb: "..., the prosecutor said,
            # as France mourned the 84 people killed" (the outlet's words).
            before = [
                s
                for s in sources
                if s.position <= position
                and not _AS_CLAUSE.search(sentence.text, s.position, position)
            ]
            # Not past a semicolon: "... lost 26 servicemen; the union later said that at
            # least 45 had died" (the clause after has its own speaker and figure).
            # Nor past ", but" (", and", ", while") to a speaker of a clause with a figure of
            # its own after it: "the official count was 1,176, but an MP told reporters that
            # 'more than 3,000' had died" (the MP's is the figure after it; "40 died, but the
            # toll may rise, police said" and "30 died, and 40 were hurt, police said": police's).
            but = _BUT_BETWEEN.search(sentence.text, position)
            after = [
                s
                for s in sources
                if s.position > position
                and not s.onward
                and ";" not in sentence.text[position : s.position]
                # ("killing 31 people in an attack that the president said bore all the
                # hallmarks of terrorism": speech about another noun, not the figure)
                and not _ATTACHED_SPEECH.search(sentence.text, position, s.position)
                and not (
                    but is not None
                    and following is not None
                    and but.start() < s.position < following
                )
            ]
            # "According to X, 1.2 million took part in the capital, while in the whole
            # country 4.6 million marched, according to| Y": a contrast's own source, named
            # right after its figure, gives it.
            own_after = (
                [s for s in after if s.position < (following or len(sentence.text))]
                if before
                and sentence_holds(sentence.text, _ACCORDING_WORDS)
                and _ACCORDING_RIGHT_AFTER.match(sentence.text, position)
                else []
            )
            if own_after and _CONTRAST_BETWEEN.search(
                sentence.text, max(s.position for s in before), position
            ):
                before = []
            index = index_of(sentence.text)
            relative = not index.plain or not index.words.isdisjoint(_RELATIVE_WORDS)
            aside = (
                _BACKGROUND_ASIDE.search(sentence.text, position - 120, position)
                if relative
                else None
            )
            if aside is not None:
                # "The agency said 12,310 had died, surpassing the 1911 earthquake, which
                # killed| about 8,000": a relative clause's background figure is the outlet's, not
                # the speaker's before it (nor one whose verb is in the clause).
                before = [s for s in before if s.position > aside.start()]
            # "President X, who has said| the city was attacked by 20,000 'bandits', invited
            # in| more than 2,000 troops": a speaker whose verb is in a relative clause speaks
            # only inside it.
            before = [
                s
                for s in before
                if not (
                    relative
                    and _WHO_CLAUSE_BEFORE.search(sentence.text, s.position - 80, s.position)
                    and _CLAUSE_CLOSED.search(sentence.text, s.position, position)
                )
            ]
            if relative and (
                _WHO_CLAUSE_BEFORE.search(sentence.text, position - 120, position)
                or _NAME_WHICH_CLAUSE_BEFORE.match(sentence.text, 0, position)
            ):
                # "The president, who has ruled since 2001 and was re-elected with| nearly 70
                # percent of the vote, told ...", "Norland, which stationed| about 1,500
                # peacekeepers there under the deal, said ...": a figure of the relative
                # clause about the speaker is the outlet's background, not what the speaker
                # then says.
                after = []
            if len(before) > 1:
                # "The ministry reported in a statement that Westby governorate registered|
                # 231 deaths": a place or body that records the deaths, inside what the
                # speaker before it reports, gives them through that speaker.
                last = max(before, key=lambda s: s.position)
                outer = [
                    s
                    for s in before
                    if s.position < last.position
                    and _THAT_BETWEEN.search(sentence.text, s.position, last.position)
                ]
                if (
                    outer
                    and _RECORDS.match(sentence.text, last.position)
                    and last.name.rsplit(None, 1)[-1].lower() in _PLACE_UNITS
                ):
                    before = [s for s in before if s is not last]
            if before or after:
                nearest = (
                    max(before, key=lambda s: s.position)
                    if before
                    else min(after, key=lambda s: s.position)
                )
                # "X said 19 had been killed, while Al Jazeera, which had a reporter aboard,
                # said 16": an outlet that speaks between the source and the figure gives it.
                own = [
                    s
                    for s in agencies
                    if not s.relays and nearest.position < s.position <= position
                ]
                outlet = max(own, key=lambda s: s.position).agency if before and own else None
                if outlet:
                    return outlet, [v for v in via if v != outlet]
                if before and (cited := _cited_for(sentence.text, sources, nearest, position)):
                    return _named_later(cited.name, roles), [v for v in via if v != cited.agency]
                return _named_later(nearest.name, roles), [v for v in via if v != nearest.agency]
        if via:
            quoted_agencies = [s for s in agencies if not s.relays]
            if quoted_agencies:
                origin = quoted_agencies[0].agency or via[0]
                return origin, [v for v in via if v != origin]
            return via[0], via[1:]
        return ARTICLE_VOICE, []

    return attribute


def _cited_for(
    text: str, sources: list[Speaker], speaker: Speaker, position: int
) -> Speaker | None:
    """The one a news outlet (`speaker`) cites for the figure at `position` that it
    reports: named in a "citing" clause after the figure's ("the agency reported 40 dead,
    citing Y") or opening the sentence ("Citing Y, the agency reported 40 dead").  Not for
    any other speaker ("an opposition group said 50 were killed, citing relatives": the
    group's count), nor one in an aside between the speaker's name and verb ("the channel,
    citing emergency services, put the number at 115")."""
    if not speaker.agency and not newsroom(speaker.name):
        return None
    for cited in sources:
        if not cited.cited:
            continue
        between = text[position : cited.position]
        if (
            cited.position > position
            and between.rstrip().endswith(",")
            # (not past a clause of its own: "; ...", ", but ...")
            and ";" not in between
            and ":" not in between
            and not _CONTRAST_BETWEEN.search(between)
        ):
            return cited  # "..., citing Y" after the figure's clause
        if cited.position < speaker.position and _OPENS_CITING.match(
            text, _after_dateline(text), cited.position + 7
        ):
            return cited  # "Citing Y, X reported"
    return None


_OPENS_CITING = re.compile(r"\W*Citing\b")


# ", a village of| about 3,400", ", a remote farming town of| 8,000": the size of a place in
# an apposition of its name.
_PLACE_SIZE = re.compile(
    rf",\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>[a-z]+)\s+of\s+{HEDGES_BEFORE}$"
)


_OPENS_ACCORDING = re.compile(r"\W*According\s+to\b")
_GOES_ON_ABOUT_IT = re.compile(
    r"\W*(?:They|It|This|The\s+(?:number|figure|toll|total|count|tally))\s+(?:is|are|was|were|"
    r"now|has|have|stands?|stood|reached|totals?|numbers?)\b"
)
_ANNOUNCED_COUNT = re.compile(
    r"\b(?:specified|updated|gave|given|announced|released|published|revised|reported|"
    r"disclosed|revealed)\s+(?:the|its|their|a\s+new|an\s+updated)\s+(?:[a-z]+\s+)?"
    r"(?:number|toll|figure|count|tally|total)\s+of\b",
    re.IGNORECASE,
)
_CITED_COUNT = re.compile(
    r"\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:toll|figure|count|tally|total|estimate)"
    r"\s+of\b",
    re.IGNORECASE,
)
# (a place records deaths; "officials had counted 200 bodies" are who counted them)
_PLACE_UNITS = frozenset(REGION_WORDS) | {"municipality"}
_RECORDS = re.compile(r"(?:registered|recorded|counted|documented|listed|tallied)\b")
_THAT_BETWEEN = re.compile(r"\bthat\b")
_RELATIVE_WORDS = frozenset(("who", "which", "whose", "home"))
"""The words `_BACKGROUND_ASIDE` and `_WHO_CLAUSE_BEFORE` need (the quick answer)."""
_WHO_CLAUSE_BEFORE = re.compile(r",\s+who\s+(?:[^,;:.!?]|(?<=\d)[.,](?=\d))*$")
# (a name that opens the sentence: its subject, the speaker after the clause)
_NAME_WHICH_CLAUSE_BEFORE = re.compile(
    r"^\W*(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4},\s+which\s+"
    r"(?!said\b|says\b|reported\b|added\b)(?:[^,;:.!?]|(?<=\d)[.,](?=\d))*$"
)
_CLAUSE_CLOSED = re.compile(r"[\"”]?,\s+(?!who\b|which\b)[a-z]+")
_BACKGROUND_ASIDE = re.compile(
    r"(?:,\s+which\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:killed|claimed|displaced|left"
    r"|numbers|numbered|(?:has|had)\s+a\s+population\s+of)"
    r"|,\s+whose\s+[a-z]+\s+(?:has|had|numbers|numbered))\b[^,;:()\"“”]*$"
    r"|,\s+home\s+to\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_BUT_BETWEEN = re.compile(r",\s+(?:but|and|while|whereas)\s")
_CONTRAST_BETWEEN = re.compile(r",\s+(?:but|while|whereas)\s")
_ACCORDING_RIGHT_AFTER = re.compile(
    r"(?:[^,;.]|(?<=\d)[.,](?=\d)){0,80},\s+according\s+to\b", re.IGNORECASE
)
_ACCORDING_WORDS = ("according",)
_ATTACHED_SPEECH = re.compile(
    r"\b(?:in|during|after|at|from|on)\s+(?:an?|the|this|its|their)\s+[\w\s-]{1,30}?"
    r"\b(?:that|which)\s+(?:[\w.'’-]+\s+){1,6}$"
)


OFFICIAL_TOLL = "official toll"
"""The source of a figure an article gives as the official toll, with no official named."""

# "the official death toll of| 124", "well above the official figure of| 86", "as the official
# toll from the unrest rose to| 81", "the official death toll of 124 killed and|
# nearly 1,500 injured": the figure is the authorities', whoever sets it against them.
_OFFICIAL_WORDS = ("official",)
_OFFICIAL_TOLL = re.compile(
    r"\bofficial\s+(?:death\s+|casualty\s+)?(?:toll|figures?|count|tally)\b"
    # ("the official death toll from the July 24 operation is| 17": a day on the way)
    r"(?P<between>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}\b"
    r"|[^.;:!?\d]){0,50}?"
    # ("the official death toll rose from 125 to| 135": its later value too)
    r"(?:\d[\d,.]*\s+\w+\s+and\s+|\bfrom\s+\d[\d,.]*\s+to\s+)?"
    r"[^.;:!?\d]{0,12})$",
    re.IGNORECASE,
)


# "Norland has not updated| its figure of 512", "Norland has stuck to| its official figure
# of 31": the clause's subject owns the count.
_ITS_COUNT_PATTERN = re.compile(
    r"\s+(?:(?:has|have|had|did|does|do|is|was|were|are)\s+)?(?:(?:not|yet|never|since|also|"
    r"still|now|again)\s+)*[a-z]+\s+(?:(?:to|by|with|on)\s+)?(?:its|their)\s+"
    r"(?:own\s+|official\s+|latest\s+|earlier\s+)?"
    r"(?:figure|tally|count|estimate|toll)\s+(?:of|at)\s+$"
)
_ITS_COUNT = EndsOn(_ITS_COUNT_PATTERN, "of at")
_COUNT_AND = re.compile(r"\b(?P<count>\d[\d,.]*)\s+(?:[a-z]+\s+){1,2}?and\s+$")
"""A figure with its noun, then "and": the count the next figure is given with."""


def count_owner(text: str, start: int) -> str | None:
    """Who owns the count given at `start` as "its figure of N", by the subject of its
    clause ("Norland has not updated its figure of 512": Norland), if it names
    someone."""
    found = _ITS_COUNT.search(text, start - 90, start)
    if found is None:
        found = _OWNERS_COUNT.search(text, start - 120, start)
    if found is None:
        # "its figure of 512 dead and| 830 injured": the count of the figure before
        before = _COUNT_AND.search(text, max(0, start - 40), start)
        return count_owner(text, before.start("count")) if before is not None else None
    owner = _speaker_before(text, found.start())
    return _with_acronym(text, found.start(), owner) if owner and names_someone(owner) else None


# "The ministry's previous toll, released on 5 February, was| 297": the owner's count.
_OWNERS_COUNT = re.compile(
    r"['’]s\s+(?:(?:previous|earlier|last|initial|first|latest|new|own)\s+)?(?:official\s+)?"
    r"(?:death\s+)?(?:figure|tally|count|estimate|toll|total)"
    # ("the ministry's count of the injured, drawn up in the autumn, stood at| 434")
    r"(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?(?:\s*,[^,.;]{1,50},)?(?:\s+"
    # ("The AAPP's count on that day stood at| 275")
    r"(?:(?:on|by|for|as\s+of)\s+[^,.;]{1,25}?\s+)?(?:(?:already|still|then|now)\s+)?"
    r"(?:was|is|had\s+been|stood\s+at|stands\s+at)\s+"
    # "The government's figure has not moved since the assault:| 36 dead and 140 injured"
    r"|(?:\s+[^,.;:\"“”\d]{1,60})?:\s+)$"
)


def official_toll(text: str, start: int) -> bool:
    """Whether the figure at `start` is given as the official toll ("the official death toll
    of 124"), with no speaker's verb between."""
    if not sentence_holds(text, _OFFICIAL_WORDS):
        return False  # the quick answer
    found = _OFFICIAL_TOLL.search(text, start - 90, start)
    if found is None:
        return False
    words = {w.lower() for w in found.group("between").split()}
    return words.isdisjoint(lexicon().triggers["speech"])

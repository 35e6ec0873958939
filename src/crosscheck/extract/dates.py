"""Dates named in a sentence, and the date each figure is as of.

A bare four-digit number is a year unless it counts people ("1500 troops").  A date after a
dateline city is when the report was filed; one after "as of", "by" is the date of a count,
not an event ("since Monday" starts the event: the count is as of the report).  A toll is as
of the date named nearest to it in its sentence, else the day the story's events happened on
("on Friday" before), else the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from crosscheck import dates as calendar
from crosscheck import quantities
from crosscheck.errors import CrosscheckError
from crosscheck.extract.figures import Figure
from crosscheck.extract.kinds import GIVEN_EARLIER, toll_complement
from crosscheck.extract.lexicon import (
    MONTH_SET,
    MONTHS,
    QUOTE_CHARS,
    WEEKDAYS,
    EndsOn,
    Needs,
    any_phrase,
    families,
    index_of,
    lexicon,
    may_hold,
    scan,
    sentence_has_word,
    sentence_holds,
    squash,
)
from crosscheck.extract.sentences import Sentence
from crosscheck.model import (
    DateRef,
    Precision,
    in_a_state,
)

# (Look-backs search from `start - N` as it is: see "Look-backs" in lexicon.py.)

_LETTER = re.compile(r"[A-Za-z]")


_PEOPLE_NOUN = re.compile(r"(?:people|persons|men|women|civilians|soldiers)\b", re.IGNORECASE)


_DAY_PREFIX = re.compile(r"^(?:early|late|earlier|later)\s+(?:on\s+)?", re.IGNORECASE)


_DATELINE = re.compile(r"\([A-Z][\w.&/ -]{0,30}\)\s*[-–—]")
_CITY_OPENS = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,40},\s*")  # ("WESTBY, |March 12:")


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    ref: DateRef
    claim: bool  # the date of an event: a claim of kind date
    relative: bool = False
    counted: bool = False  # the date of a count ("as of May 3", "by June") or of the report
    dateline: bool = False  # the report's: "KOLKATA, July 14 (Agency D) -"


def _event_noun_after(after: str) -> bool:
    """Whether the text after a month opens on an event noun ("June| violence")."""
    word = re.match(r"[a-z-]+", after)
    return word is not None and word.group(0) in lexicon().sets["event_nouns"]


_DAYS_BEFORE = re.compile(
    r"\b(?:between|from)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to|until|through|[-–])\s+$",
    re.IGNORECASE,
)
"""The first day of a range whose last day names the month ("between 14| and 17 June")."""
_RANGE_YEAR_AFTER = re.compile(
    r"\s*(?:[-–—]|\s(?:and|to|through|until|or)\s)\s*(?:(?P<month>[A-Z][a-z]+)\.?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?"
    r",?\s+(?P<year>(?:1[89]|20)\d\d)\b"
)
"""The rest of a range of days whose last day names the year ("December 10| and 12, 1981")."""


def find_dates(text: str, published: DateRef, anchor: DateRef | None = None) -> list[DateMention]:
    """The dates a sentence names.  `anchor`: the last day an earlier sentence named with its
    year ("the May 4, 2001 bombing"), whose year a day named without one takes when it
    falls in the weeks after it and the report is months later ("marched on May 5")."""
    lex = lexicon()
    found: list[DateMention] = []
    reference = published.end
    named_year: int | None = None  # the year the sentence named last ("In 2022, ... June")
    for match in scan(lex.date, text, lex.triggers["date"]):
        written = match.group(0)
        start, end = match.span()
        before = text[:start].rstrip().lower()
        previous = before.rsplit(None, 1)[-1].strip(QUOTE_CHARS + ",") if before else ""
        after = text[end:].lstrip()
        ref: DateRef | None = None
        # "PORT ELIN, March 3 (AP) -" is when the report was filed, not an event's date.
        # ("WESTBY, March 12: At least 48 people were killed": a paper's dateline)
        claim = not _DATELINE.match(after) and not (
            after.startswith(":") and _CITY_OPENS.fullmatch(text, 0, start)
        )
        relative = False
        if match.group("year"):
            # A bare four-digit number is a year unless it counts something ("1500 troops").
            if _LETTER.match(after) and _counts_people(after):
                continue
            if toll_complement(text, start):
                continue  # "the toll is nearing 2000": a count
            ref = calendar.parse_date_text(written)
        elif match.group("month"):
            mid = _MID_BEFORE.search(before)
            if mid is not None:
                # "by mid-May", "in mid May": the month's middle is in it
                before = before[: mid.start()].rstrip()
                previous = before.rsplit(None, 1)[-1].strip(QUOTE_CHARS + ",") if before else ""
            if written[0].islower() or (written.lower() == "may" and not previous):
                continue  # "may" the verb; "May" opening a sentence may be either
            # ("last August's explosions": the last August)
            if previous not in lex.sets["date_event_words"] | {
                "for",
                "by",
                "late",
                "early",
                "last",
            } and not (previous == "the" and _event_noun_after(after)):
                # ("the June violence", "the March attacks": the month of an event)
                continue
            month_number = _month_number(written)
            if previous == "last":
                # "last August": the last August before the report, whatever year was named
                year = _year_of_last(month_number, reference)
                year -= 1 if month_number == reference.month else 0
            else:
                # "In the summer of 2022, ... between June and August": that year's months.
                year = named_year or _year_of_last(month_number, reference)
            ref = calendar.month(year, month_number)
        elif match.group("decade"):
            ref = _decade(written)
        elif match.group("span"):
            # "2001-03" in prose is two years, not March 2001.
            first, last = re.split(r"\s*[-–—/]\s*", written)
            end_year = int(last) if len(last) == 4 else int(first) // 100 * 100 + int(last)
            end_year += 100 if end_year < int(first) else 0
            ref = calendar.span(calendar.year(int(first)), calendar.year(end_year))
        elif match.group("rel"):
            ref = _relative_month_year(written, reference)
            relative = True
        else:
            ref = calendar.parse_date_text(written, reference)
            closing = (
                _RANGE_YEAR_AFTER.match(text, end)
                if ref is not None and not _YEAR.search(written)
                else None
            )
            if ref is not None and closing is not None:
                # "between December 10 and 12, 1981", "December 10-12, 1981": the year
                # that closes the range is its first day's too
                year = int(closing.group("year"))
                named = (closing["month"] or "").lower()[:3]
                if named in _MONTH_STEMS and _MONTH_STEMS.index(named) + 1 < ref.start.month:
                    year -= 1  # ("from December 17 to January 5, 2012": 2011's December)
                ref = _in_year(ref, year) or ref
            elif ref is not None and named_year and not _YEAR.search(written):
                ref = _in_year(ref, named_year)  # "in 2021, on July 9"
            elif (
                ref is not None
                and ref.start > reference
                and not _YEAR.search(written)
                and (
                    _PAST_VERB_BEFORE.search(text, start - 40, start)
                    # ("On April 7, the deputy mayor said ...": a day that opens a clause
                    # whose verb is past)
                    or (_OPENS.match(text[:start]) and _PAST_VERB_AFTER.match(text, end))
                )
            ):
                # "the prosecutor told Radio Westby on April 10 that ..." in a story of 31 March:
                # a past verb's day is last year's, not the coming one
                ref = _in_year(ref, ref.start.year - 1) or ref
            if (
                ref is not None
                and anchor is not None
                and closing is None
                and not named_year
                and not _YEAR.search(written)
            ):
                ref = _after_anchor(ref, anchor, reference)
        if ref is None:
            continue
        days = _DAYS_BEFORE.search(text, max(0, start - 25), start)
        if days is not None and ref.precision is Precision.DAY and int(days["day"]) < ref.start.day:
            # "between 14 and 17 June": the days from the first to the last
            ref = DateRef(ref.start.replace(day=int(days["day"])), ref.end, Precision.DAY)
            start = days.start("day")
            written = text[start:end]
        if _YEAR.search(written) and ref.start.year == ref.end.year and previous != "since":
            named_year = ref.start.year  # ("since 2014": the years to now, not that one)
        counted = dateline = not claim
        if (
            previous in lex.sets["as_of_words"] or _AS_OF_BEFORE.search(before)
        ) and not _POSSESSIVE.match(text, end):
            claim, counted, dateline = False, True, False
        elif statement_day(text, start, end) or _document_after(text, end):
            # ("A 2004 report by the government claimed that about 1,900 had died": the
            # year of the report, not of the deaths)
            counted, dateline = True, False
        found.append(DateMention(start, end, written, ref, claim, relative, counted, dateline))
    return found


_WORD_AFTER = re.compile(r"\s+([a-z-]+)")


_ANCHOR_BEFORE = dt.timedelta(days=7)
_ANCHOR_AFTER = dt.timedelta(days=60)
_REPORT_LATER = dt.timedelta(days=30)


def _after_anchor(ref: DateRef, anchor: DateRef, reference: dt.date) -> DateRef:
    """A day named without its year in a report written long after the day an earlier
    sentence named with its year ("the May 4, 2001 bombing ... Some 2 million people
    marched on May 5" in a report of November 2004): that year's, or the next's across a
    New Year, when it falls within weeks of the named day; else the day as read."""
    if ref.precision is not Precision.DAY or reference - ref.start < _REPORT_LATER:
        return ref  # (a day of the report's own weeks is the report's news)
    for year in (anchor.start.year, anchor.start.year + 1):
        moved = _in_year(ref, year)
        if (
            moved is not None
            and anchor.start - _ANCHOR_BEFORE <= moved.start <= anchor.start + _ANCHOR_AFTER
            and moved.end <= reference  # (news tells of what has happened)
        ):
            return moved
    return ref


def year_named_day(found: list[DateMention]) -> DateRef | None:
    """The last day of `found` written with its year ("May 4, 2001"): the anchor of the
    days later sentences name without one (`find_dates`)."""
    days = [
        d.ref
        for d in found
        if d.ref.precision is Precision.DAY and _YEAR.search(d.text) and not d.dateline
    ]
    return days[-1] if days else None


def _document_after(text: str, end: int) -> bool:
    """Whether a date qualifies the document noun right after it ("a 2004 report")."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in lexicon().sets["document_nouns"]


_YEAR = re.compile(r"\b\d{4}\b")
_MID_BEFORE = re.compile(r"(?:^|\s)mid-?$")
_PAST_VERB_AFTER = re.compile(
    r",?\s+[^.;:]{0,80}?\b(?:said|told|reported|announced|confirmed|counted|found|recovered"
    r"|killed|died|were|was|had)\b"
)
# "said on| April 10", "told Radio Westby on| April 10", "were killed on| May 3": a past verb's day
# (not one a meeting or a vote is "scheduled", "expected" or "postponed" for)
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:said|told(?:\s+[\w'’]+){0,3}?|(?!(?:scheduled|planned|expected|slated|postponed"
    r"|delayed|adjourned|rescheduled|deferred|moved)\b)[a-z]{3,}ed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "as of| July 15", "as of the morning of| July 15", "by the evening of| May 3": a count's date.
_AS_OF_BEFORE = re.compile(
    r"(?:\bas\s+of|\bby)(?:\s+the\s+(?:morning|afternoon|evening|night|end)\s+of)?$"
)


_DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade(written: str) -> DateRef:
    """The years of a decade ("the 1990s") or of a part of one ("the early 1990s")."""
    base = int(re.search(r"\d{4}", written).group(0))  # type: ignore[union-attr]
    part = re.match(r"[a-z]+", written.lower())
    first, last = _DECADE_PARTS.get(part.group(0) if part else "", (0, 9))
    return calendar.span(calendar.year(base + first), calendar.year(base + last))


def _in_year(ref: DateRef, year: int) -> DateRef | None:
    """A day or month read without a year, put in `year` (None for 29 February of another)."""
    try:
        return DateRef(ref.start.replace(year=year), ref.end.replace(year=year), ref.precision)
    except ValueError:
        return None


def _year_of_last(month_number: int, reference: dt.date) -> int:
    """The year of the last month by that number: news tells of what has happened ("killed
    in November", in a report of May: last November)."""
    return reference.year if month_number <= reference.month else reference.year - 1


_MONTH_STEMS = [m[:3] for m in MONTHS[:12]]


def _month_number(word: str) -> int:
    return _MONTH_STEMS.index(word.lower().rstrip(".")[:3]) + 1


def _relative_month_year(phrase: str, reference: dt.date) -> DateRef | None:
    words = squash(phrase).lower().split()
    if words[0] in ("earlier", "later") and words[1:2] == ["this"]:
        # "earlier this year": from the start of the year up to the publication date.
        whole = _relative_month_year(" ".join(words[1:]), reference)
        if whole is None:
            return None
        if words[0] == "earlier":
            return DateRef(whole.start, min(whole.end, reference), Precision.DAY)
        return DateRef(max(whole.start, reference), whole.end, Precision.DAY)
    words = [w for w in words if w not in ("early", "late", "earlier", "later", "mid")]
    if len(words) == 3 and words[1] in ("last", "this", "next"):  # "August last year"
        offset = {"last": -1, "this": 0, "next": 1}[words[1]]
        return calendar.month(reference.year + offset, _month_number(words[0]))
    if len(words) == 2:
        offset = {"last": -1, "this": 0, "next": 1}[words[0]]
        if words[1] == "year":
            return calendar.year(reference.year + offset)
        month_index = reference.year * 12 + reference.month - 1 + offset
        return calendar.month(month_index // 12, month_index % 12 + 1)
    return None


def _counts_people(after: str) -> bool:
    lex = lexicon()
    head = after[:40]
    return any(p.match(head) for p in lex.stock_cues.values()) or bool(_PEOPLE_NOUN.match(head))


_POSSESSIVE = re.compile(r"['’]s?\b")  # "Tuesday's earthquake", "June's floods"

# "On the night of April 7| the ministry put the number of the dead at 40": a day that opens
# the sentence, before who gave its figures and the verb they gave them with.
_OPENS = re.compile(
    # ("It will be recalled that| on March 3 the ministry reported ...": agency copy)
    # ("...; on Thursday the toll rose to", "..., and on Thursday the toll rose to": a
    # clause after a semicolon, or a comma and "and" or "but", opens as a sentence)
    r"^\W*(?:.*(?:;|,\s+(?:and|but))\s*"
    r"|.*\b(?:recalled|recall|reminded|remind|noted|note)\s+that\s+)?"
    r"(?:(?:late|early)\s+)?(?:on\s+|in\s+)?(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$",
    re.IGNORECASE,
)
_GIVEN_AFTER = re.compile(
    # ("Five days later the regional police chief, Ivan Petrov,| said": a name in apposition)
    # ("On Saturday, when the fighting began in Westby,| officials said": a clause of when)
    r",?\s+(?:(?:when|as|after|before|while)\s+[^,;:.!?\d]{1,80},\s+)?"
    r"(?:the\s+|a\s+|an\s+)?[^,;:.!?\d]{1,60}?(?:,\s+[^,;:.!?\d]{1,40},)?"
    r"\s+(?:said|put|reported|announced|gave|"
    r"raised|revised|told|counted|confirmed)\b"
    # "On March 3 the figures were| 40 dead": the count of that day
    r"|,?\s+the\s+(?:[a-z]+\s+)?(?:figures?|toll|tally|count|numbers?)\s+(?:were|was|stood"
    # "On Thursday the toll rose to| 52": the count of that day
    r"|rose|climbed|jumped|reached|increased|grew|had\s+(?:risen|climbed|reached|grown))\b",
    re.IGNORECASE,
)
_GIVEN_AFTER_WORDS = frozenset(
    ("said", "put", "reported", "announced", "gave", "raised", "revised", "told", "counted")
    + ("confirmed", "figure", "figures", "toll", "tally", "count", "number", "numbers")
)
"""One of these is a word of every match of _GIVEN_AFTER (its verb, or the count's noun):
the quick answer (`sentence_has_word`), asked at every day a sentence names."""


# "the mayor yesterday| put the toll at", "the ministry on Friday| said": a day right
# before the verb a speaker gives the figures with.  (Not "said on Friday that": read as the
# count's day too, it cost the development set three gold pairs.)
_VERB_AFTER = re.compile(
    r"\s+(?:said|says|put|puts|reported|announced|gave|raised|revised|told|confirmed)\b"
)


# "rose from 17| on Friday to 35| on Sunday and 41| on Monday": the day right after each
# value of a count told value by value.
_RUNNING_VALUE = EndsOn(
    re.compile(
        r"\bfrom\s+[\d,.]+(?:\s+[^\d.;]{1,40}?\s+(?:to|and)\s+[\d,.]+){0,3}"
        r"\s+(?:(?:early|late)\s+)?(?:on\s+)?$",
        re.IGNORECASE,
    ),
    "0 1 2 3 4 5 6 7 8 9 , . early late on",  # (a value's last character, or the words after it)
)


# "whose report was made public on May 17", "The report, released on Monday": the day
# of the report that gives the figures.
_RELEASED_ON = re.compile(
    r"\b(?:released|published|made\s+public|issued|presented|unveiled|tabled|submitted|posted)\s+"
    # ("tabled in the National Assembly| yesterday": where it was laid before a body)
    r"(?:(?:in|to|before)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})?"
    # ("a statement posted on the Eastmark Centre website on| 4 March": where it went up)
    r"(?:on\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?:website|web\s+site|site|page|account|channel|blog|feed)\s+)?(?:(?:on|in)\s+)?$",
    re.IGNORECASE,
)
_RELEASED_WORDS = (
    "released", "published", "made", "issued", "presented", "unveiled", "tabled", "submitted",
    "posted",
)  # fmt: skip
"""One of these is in every match of _RELEASED_ON (`sentence_holds`: the quick answer)."""


# "Nearly two dozen bodies were found| on Monday": the day of a count of those found.
_FOUND_ON = re.compile(
    r"\b(?:found|recovered|retrieved|counted|dug\s+up|unearthed|exhumed|pulled\s+out)"
    r"(?:\s+(?!on\b)[a-z]+)?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_FOUND_WORDS = (
    "found",
    "recovered",
    "retrieved",
    "counted",
    "dug",
    "unearthed",
    "exhumed",
    "pulled",
)
"""One of these is in every match of _FOUND_ON."""


# "The number of injured, given as 1,940 at the end of| May, has been revised": the
# day the count had that value.
_GIVEN_AS_ON = re.compile(
    r"\b(?:given\s+as|put\s+at|estimated\s+at|reported\s+as|recorded\s+as)\s+[\d.,]+"
    r"(?:\s+[a-z]+)?\s+(?:(?:at|on|in|by)\s+)?"
    r"(?:the\s+(?:end|start|beginning|middle|morning|evening|night)\s+of\s+)?$",
    re.IGNORECASE,
)
_GIVEN_AS_WORDS = ("given", "put", "estimated", "reported", "recorded")
"""One of these is in every match of _GIVEN_AS_ON."""
# "almost double the toll the government gave on| Tuesday, when it put the dead at 22", "the
# figure announced on| Monday": the day a count was given.
_GAVE_COUNT_ON = re.compile(
    r"\b(?:toll|tally|count|figure|number)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:gave|given|announced|issued)\s+(?:on\s+)?$"
    # ("the 59 injured announced by the city police on| Tuesday morning")
    r"|\b\d[\d,]*\s+(?:[a-z]+\s+)?(?:given|announced|issued)\s+by\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?(?:on\s+)?$",
    re.IGNORECASE,
)
# "When the army wound up its search on May 13|, its final tally was 1,129": the day of
# the count that follows.
_TALLY_AFTER = re.compile(
    r",\s+(?:its|their|the)\s+(?:[a-z]+\s+)?(?:tally|count|toll|figure|total)\s+"
    r"(?:was|stood\s+at|had\s+reached|reached)\b",
    re.IGNORECASE,
)
_GAVE_WORDS = ("gave", "given", "announced", "issued")
"""One of these is in every match of _GAVE_COUNT_ON."""


def statement_day(text: str, start: int, end: int) -> bool:
    """Whether a day is the day its speaker gave the figures: one that opens its sentence
    before who gave them and the verb ("On April 7 the ministry put the number of the dead
    at 40": the count is of April 7), one right before the verb ("the mayor yesterday
    put the toll at 212"), one right after a value of a count told value by value ("rose
    from 17 on Friday to 35 on Sunday"), or one right after finding those counted ("two
    dozen bodies were found on Monday"), or one right after a value a count was given as ("the
    injured, given as 1,940 at the end of May")."""
    return (
        (
            sentence_has_word(text, _GIVEN_AFTER_WORDS)
            and bool(_GIVEN_AFTER.match(text, end))
            and bool(_OPENS.match(text[:start]))
        )
        or bool(_VERB_AFTER.match(text, end))
        or bool(_RUNNING_VALUE.search(text, start - 160, start))
        or (
            sentence_holds(text, _RELEASED_WORDS)
            and bool(_RELEASED_ON.search(text, start - 60, start))
        )
        or (sentence_holds(text, _FOUND_WORDS) and bool(_FOUND_ON.search(text, start - 40, start)))
        or (
            sentence_holds(text, _GIVEN_AS_WORDS)
            and bool(_GIVEN_AS_ON.search(text, start - 80, start))
        )
        or bool(_UPDATE_OF.search(text, start - 60, start))
        or (
            sentence_holds(text, _GAVE_WORDS)
            and bool(_GAVE_COUNT_ON.search(text, start - 60, start))
        )
        or (
            sentence_holds(text, _TOLL_NOUNS)
            and bool(_TOLL_ROSE_TO.search(text, start - 50, start))
            and bool(_TOLL_NOUN.search(text, 0, start))
        )
        or bool(_TALLY_AFTER.match(text, end))
        # "The Health Ministry said in mid-June that| 61 people had been killed": a month
        # the source spoke in (a day it spoke on is read by the rules above)
        or (
            text[start:end].lower() in MONTH_SET
            and bool(_SAID_IN.search(text, start - 40, start))
            and bool(_THAT_NEXT.match(text, end))
        )
    )


_THAT_NEXT = re.compile(r"(?:,?\s+\d{4})?,?\s+that\b")
_SAID_IN = re.compile(
    r"\b(?:said|says|concluded|found|announced|reported|stated|confirmed"
    r"|told\s+[\w'’]+(?:\s+[\w'’]+)?)\s+(?:on\s+|in\s+)?(?:late\s+|early\s+|mid-?\s*)?$",
    re.IGNORECASE,
)


# "The toll rose to 52| on Thursday", "the toll, which stood at 300| on Monday, rose to
# 450| on Tuesday": the day a running count reached its value.
_TOLL_ROSE_TO = re.compile(
    r"\b(?:(?:had|has|have)\s+)?(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches"
    r"|increased|grew|grown|stood|stands)\s+(?:to\s+|at\s+)?"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|past|above)\s+)?"
    r"[\d,.]+\s+(?:(?:early|late)\s+)?(?:on\s+|by\s+)?$",
    re.IGNORECASE,
)
_TOLL_NOUN = re.compile(r"\b(?:toll|tally|count|number\s+of)\b", re.IGNORECASE)
_TOLL_NOUNS = ("toll", "tally", "count", "number")
"""One of these is in every match of _TOLL_NOUN, asked first (the look-back costs more)."""


# "The ministry's update of 4 p.m. on| 10 September counted 2,012 deaths", "a bulletin
# dated| 3 May": the day of a count its document is named by.
_UPDATE_OF = EndsOn(
    re.compile(
        r"\b(?:update|bulletin|report|statement|tally|count|figures|briefing|communiqu[eé])\s+"
        r"(?:of|from|dated|on)\s+(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|h)?|noon"
        r"|midnight)\s+(?:on\s+)?)?$",
        re.IGNORECASE,
    ),
    # (the preposition, or the hour's last character or word: "4 p.m.", "16h", "noon",
    # "midnight" by its ending: the pattern ignores case, and reads a dotless "ı" as "i")
    "of from dated on 0 1 2 3 4 5 6 7 8 9 . m h noon ght",
)


# "The toll| on Tuesday evening had stood at 812": the day of a count named right after it.
_COUNT_NOUN_BEFORE = re.compile(r"\b(?:toll|tally|count)\s+$", re.IGNORECASE)
# "As of 6 p.m. on| Thursday", "by noon| Friday": a count's hour, then its day.
_AS_OF_HOUR_BEFORE = re.compile(
    r"\b(?:as\s+of|by)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"
    r"|\d{4}\s*(?:GMT|UTC|hrs|hours)|noon|midnight)\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:on\s+)?$",
    re.IGNORECASE,
)


_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
_DATE_AFTER_WEEKDAY = re.compile(
    rf"(?<=day),?\s+(?:(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b)",
    re.IGNORECASE,
)
"""A date right after a weekday: "Friday, April 24", "Tuesday 3 March"."""


_WEEKDAY = re.compile(
    rf"(?:on\s+|late\s+|early\s+)?(?:{'|'.join(WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
FRAME_DAYS = 7
"""A day the text named more than this many days before publication frames the weekdays
after it: "By the evening of April 21 the toll stood at 207 ... to 321 on Tuesday" in a
look back of July is the Tuesday after April 21, not the last Tuesday before July."""


def _frames(frame: DateRef | None, published: DateRef) -> bool:
    """Whether a day named frames the bare weekdays after it (FRAME_DAYS)."""
    return (
        frame is not None
        and frame.precision is Precision.DAY
        and (published.start - frame.end).days > FRAME_DAYS
    )


def as_of_dates(
    text: str,
    published: DateRef,
    frame: DateRef | None = None,
    sentence_dates: Sequence[DateMention] = (),
) -> list[tuple[int, DateRef, bool]]:
    """(position, date, is the date of a count) of the relative day phrases of a sentence
    ("on Friday", "two weeks ago"; "by Monday", "as of today" are dates of a count); a bare
    weekday after a day the text named long before publication (`frame`, FRAME_DAYS) is the
    first such weekday after that day, and so is one after such a day its own sentence names
    on (`sentence_dates`: "struck on 6 November, killing traders at Friday prayers" in a look
    back of January is that Friday; not after "the May 3 shootings")."""
    found: list[tuple[int, DateRef, bool]] = []
    if published.precision is not Precision.DAY:
        return found
    if not _frames(frame, published):
        frame = None
    lex = lexicon()
    for match in scan(lex.relative_date, text, lex.triggers["relative_date"]):
        phrase = match.group(0)
        phrase = _DAY_PREFIX.sub("", phrase)
        ref = calendar.resolve(phrase, published.start)
        here = frame
        for date in sentence_dates:
            if (
                date.end <= match.start()
                and _ON_DAY.search(text, max(0, date.start - 4), date.start)
                and not date.dateline
                and _frames(date.ref, published)
            ):
                here = date.ref
        if here is not None and _WEEKDAY.fullmatch(phrase.strip()):
            ref = calendar.resolve(phrase, here.end + dt.timedelta(days=FRAME_DAYS - 1))
        if (dated := _DATE_AFTER_WEEKDAY.match(text, match.end())) is not None:
            # "on Friday, April 24": the day the date names, not the last Friday
            named = find_dates(dated.group(0), published)
            ref = named[0].ref if named else ref
        if ref is not None:
            # "since Monday" starts the count's period: the event's day, not the count's;
            # so does a day that owns its event ("killed by Tuesday's earthquake").
            counted = (
                (
                    phrase.lower().startswith(("by ", "as of "))
                    or _COUNT_NOUN_BEFORE.search(text, match.start() - 12, match.start())
                    or _AS_OF_HOUR_BEFORE.search(text, match.start() - 40, match.start())
                )
                and not _POSSESSIVE.match(text, match.end())
            ) or statement_day(text, match.start(), match.end())
            found.append((match.start(), ref, counted))
    return found


# "South Korea marks 40 years since the uprising", "the 30th anniversary of the massacre",
# "ten years on": a look back at an event that many years before the article (not "half a
# year after": months before).
_ANNIVERSARY = re.compile(
    # ("the first anniversary", "the twenty-fifth anniversary": an ordinal's words)
    r"(?<!half\s)\b(?P<n>\d{1,3}(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?)"
    r"\s+(?:years?\s+(?:since|after|on|from)\b|anniversary\b)",
    re.IGNORECASE,
)
_YEARS_AFTER = re.compile(r"years?\s+(?:since|after|on|from)\b", re.IGNORECASE)
"""How _ANNIVERSARY reads "40 years since", after its number: searched from its literal
"year", the quick answer before _ANNIVERSARY tries every word of the opening as a number."""
_LOOK_BACK_OPENING = 600  # characters of the body read for an anniversary and its date


def anniversary(title: str, body: str, published: DateRef) -> DateRef | None:
    """The date of the event an article looks back on, if its headline or opening marks an
    anniversary: the date its opening names in that year ("in May 1980"), else the year.
    Figures of the article that name no date are about that event, not the anniversary."""
    opening = body[:_LOOK_BACK_OPENING]
    lowered = (title + " " + opening).lower()
    if "anniversar" not in lowered and ("year" not in lowered or not _YEARS_AFTER.search(lowered)):
        return None  # the quick answer for most articles
    found = _ANNIVERSARY.search(title) or _ANNIVERSARY.search(opening)
    if found is None:
        return None
    years = quantities.parse_number(found["n"]) or quantities.parse_ordinal(found["n"])
    if years is None or not 1 <= years <= 200 or years != int(years):
        return None
    year = published.start.year - int(years)
    if published.precision is Precision.DAY and _AGO_TODAY.search(opening):
        # "Thirty years ago tonight, a crowd filled the square": this day, that year
        return _in_year(published, year) or calendar.year(year)
    mentions = find_dates(opening, published)
    named = [d.ref for d in mentions if d.ref.start.year == year]
    # ("By the night of June 9, soldiers had fired ...": a day of that year's, when the
    # opening names none with its year)
    named += [
        moved
        for d in mentions
        if d.ref.start.year != year
        and not _YEAR.search(d.text)
        and (moved := _in_year(d.ref, year)) is not None
    ]
    narrow = [ref for ref in named if ref.start.year == ref.end.year]
    finer = [ref for ref in narrow if ref.precision is not Precision.YEAR]
    return (finer or narrow or [calendar.year(year)])[0]


_AGO_TODAY = re.compile(r"\byears\s+ago\s+(?:today|tonight|this\s+(?:morning|evening))\b", re.I)


# "during the July 2009 violence", "the Oct. 10, 2015, twin suicide bombing", "the attacks of
# November 26-29", "the 2017 attack on a concert": an event named by a date.
_LOOK_BACK_DAYS = 30
"""An opening's event dated this many days or more before the article is looked back on."""
_DATE_BEFORE_NOUN = re.compile(r"(?:['’]s)?,?\s+(?P<words>(?:[a-z-]+\s+){0,2}[a-z-]+)\b")
_NOUN_BEFORE_DATE = re.compile(r"\bthe\s+(?P<noun>[a-z-]+)\s+(?:of|on)\s+$")
_THE_BEFORE_DATE = re.compile(r"\b(?:the|last)\s+$")  # ("last August's explosions")
# "the worst since the July 2009 violence", "two weeks after the March 3 bombing": another
# event compared with the article's own.
_COMPARED = re.compile(
    r"\b(?:since|than|after|before|like|unlike|recalled|recalling|echoing|anniversary\s+of)"
    r"\s+(?:the\s+[a-z-]+\s+(?:of|on)\s+|the\s+)$"
)


# "Published: February 5, 2016 at 9:12 am": the page's own stamp, no news of the day.
def _stamp_line(text: str, date: DateMention) -> bool:
    """Whether a date is the whole of its line ("Nov 19, 2019", "Monday, June 14, 2010"
    under a headline): the article's stamp, no news of its own."""
    start = text.rfind("\n", 0, date.start) + 1
    end = text.find("\n", date.end)
    line = text[start : end if end >= 0 else len(text)]
    return _STAMP_LINE.fullmatch(line.strip()) is not None and date.end - date.start >= 6


_STAMP_LINE = re.compile(
    r"(?:(?:[A-Z][a-z]+day),?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"|(?:(?:[A-Z][a-z]+day),?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
)
_STAMPED = re.compile(r"\b(?:published|updated|posted|modified)(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
_SPEECH_VERBS = r"said|says|announced|reported|stated"
_SAID_BEFORE = Needs(
    re.compile(rf"\b(?:{_SPEECH_VERBS}|told\s+\w+)\s+(?:on\s+)?$", re.IGNORECASE),
    "said says announced reported stated told",
)
# "police said| yesterday", "told The Daily Star| yesterday": the day a source spoke.
_SPOKE_BEFORE = Needs(
    re.compile(
        rf"\b(?:{_SPEECH_VERBS}|confirmed|told(?:\s+[\w'’]+){{1,3}}?)\s+(?:on\s+)?$", re.IGNORECASE
    ),
    "said says announced reported stated confirmed told",
)


def _events_not_spoken(text: str, days: list[tuple[int, DateRef]]) -> list[tuple[int, DateRef]]:
    """The days of a sentence less those a source spoke on ("The attack on July 1 left 22
    dead, police said yesterday": July 1), unless only such days are named ("killed 12,
    police said Monday": that day, for want of another)."""
    if not text:
        return days
    kept = [d for d in days if not _SPOKE_BEFORE.search(text, d[0] - 40, d[0])]
    return kept or days


def looked_back_on(title: str, body: str, published: DateRef) -> DateRef | None:
    """The date of the event an article looks back on, if its headline or opening names an
    event by a date a month or more before the article ("Police tell court 53 people died
    in the February violence"; "the trial of suspects in the Oct. 10, 2015, bombing") and
    no later day an event of its own happened on ("on Tuesday"; a day its figures were
    given, "said on Saturday", is none): a trial, an inquiry, a final count of that event.
    Figures of the article that name no date are about that event."""
    if published.precision is not Precision.DAY:
        return None
    cutoff = published.start - dt.timedelta(days=_LOOK_BACK_DAYS)
    nouns = lexicon().sets["event_nouns"]
    found: DateRef | None = None
    judged = False  # the article's own news is a court's act ("was sentenced on Thursday")
    for text in (title, body[:_LOOK_BACK_OPENING]):
        lowered = text.lower()
        courts = may_hold(text, _JUDGED) and bool(_JUDGED_WORDS.search(text))
        for at, ref, counted in as_of_dates(text, published):
            if courts and _judged_on(text, at):
                judged = True
            elif not counted and ref.end >= cutoff and not _SAID_BEFORE.search(text, 0, at):
                return None  # the article's own news
        for date in [*find_dates(text, published), *_months_of_events(text, published)]:
            if date.ref.end >= cutoff:
                if courts and _judged_on(text, date.start):
                    judged = True
                elif not (
                    date.counted
                    or date.dateline
                    or _SAID_BEFORE.search(text, 0, date.start)
                    or _STAMPED.search(text, date.start - 20, date.start)
                    or _stamp_line(text, date)
                ):
                    return None
                continue
            if found is None and _names_event(lowered, date, nouns):
                found = date.ref
    if found is None and judged:
        # "The gunman who killed 26 ... was sentenced on Thursday ... began shooting on May
        # 2, 2017": the deeds a court judged are of the first day the body names with its
        # year, long before the article
        found = next(
            (
                d.ref
                for d in find_dates(body, published)
                if d.ref.precision is Precision.DAY
                and d.ref.end < cutoff
                and _YEAR.search(d.text)
                and not d.counted
            ),
            None,
        )
    return found


def _judged_on(text: str, at: int) -> bool:
    """Whether a day at `at` is the day of a court's act ("was sentenced| on Thursday"; ask
    only of a text `_JUDGED_WORDS` finds a court's word in)."""
    return _JUDGED_ON.search(text, max(0, at - 50), at) is not None


_THE_MONTH = re.compile(
    r"\b(?i:the)\s+(?P<month>" + "|".join(m.title() for m in MONTHS[:12]) + r")\b(?!\s+\d)"
)


def _months_of_events(text: str, published: DateRef) -> list[DateMention]:
    """ "the February violence": a month named without its year as an event's (find_dates
    reads a month alone only after words such as "in"), the last by that name."""
    found = []
    for match in _THE_MONTH.finditer(text):
        number = _month_number(match.group("month"))
        start, end = match.span("month")
        ref = calendar.month(_year_of_last(number, published.end), number)
        found.append(DateMention(start, end, match.group("month"), ref, claim=True))
    return found


def _names_event(lowered: str, date: DateMention, nouns: frozenset[str]) -> bool:
    """Whether a date names an event the text is about: "the <date> [two words] <event>",
    "the <event> of|on <date>", not compared with another ("since the 2009 violence")."""
    before = lowered[max(0, date.start - 60) : date.start]
    if _COMPARED.search(before):
        return False
    if _THE_BEFORE_DATE.search(before):
        after = _DATE_BEFORE_NOUN.match(lowered, date.end)
        if after is not None and not nouns.isdisjoint(after.group("words").split()):
            return True
    noun = _NOUN_BEFORE_DATE.search(before)
    if noun is not None and noun.group("noun") in nouns:
        return True
    # "one of the deadliest prison riots ... on the night of May 19": the time of day of an
    # event its sentence names before it
    if _TIME_OF_DAY_OF.search(before):
        sentence = lowered[lowered.rfind(". ", 0, date.start) + 1 : date.start]
        return any(w in nouns or w.removesuffix("s") in nouns for w in _WORDS.findall(sentence))
    return False


_TIME_OF_DAY_OF = re.compile(r"\bthe\s+(?:night|day|morning|evening|afternoon)\s+of\s+$")
_WORDS = re.compile(r"[a-z]+")


# "killings on November 28| and 29|", "from 3| to 5| June": the second day of a date.
_SECOND_DAY = re.compile(
    r"\s*(?:and|to|-|–|—)\s*(?P<day>[0-3]?\d)\b(?![,.]\d)(?!\s+(?:people|[a-z]+s)\b)"
)
_LAST_DAY_NUMBER = re.compile(r"\b[0-3]?\d$")


def date_spans(found_dates: Sequence[DateMention], text: str) -> list[tuple[int, int]]:
    """Where a sentence's dates are, with the second day of a pair of days ("on November
    28 and 29"): no figures there."""
    spans = [(d.start, d.end) for d in found_dates]
    for d in found_dates:
        second = _SECOND_DAY.match(text, d.end)
        if (
            second is not None
            and d.ref.precision is Precision.DAY
            and _LAST_DAY_NUMBER.search(d.text)
            and 1 <= int(second["day"]) <= 31
        ):
            spans.append((second.start("day"), second.end("day")))
    return spans


# "60 demonstrators were killed that day", "said on the same day that", "that night": the
# day the text before named.  (Searched in every sentence: its first words by any_phrase,
# so the engine leaps to their letters.)
_THAT_DAY = re.compile(
    any_phrase([r"on\s+(?:that|the\s+same)", r"for\s+(?:that|the\s+same)", "that", r"the\s+same"])
    + r"(?i:\s+(?:day|night|evening|morning|afternoon))\b"
)


# "the next day", "the following morning", "a day later", "five days later", "a week later":
# the day that many days after the one named before.
_NEXT_DAY = re.compile(
    r"\b(?:[Tt]he\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?P<count>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine"
    r"|[Tt]en|\d{1,2})\s+(?P<unit>days?|weeks?)\s+later)\b"
)


def _days_later(match: re.Match[str]) -> int:
    """How many days after the day named before a `_NEXT_DAY` phrase is."""
    count = match["count"]
    if count is None:
        return 1
    number = quantities.parse_figure(count).best or 1
    return int(number) * (7 if match["unit"].startswith("week") else 1)


def that_day(
    text: str,
    day: DateRef | None,
    event_day: DateRef | None = None,
    own: Sequence[tuple[int, DateRef, bool]] = (),
) -> list[tuple[int, DateRef, bool]]:
    """`as_of_dates` for the days a sentence names as "that day": the day named before it,
    in the sentence itself (`own`: its relative days, "broke out on Monday, and a
    truce agreed the same day") or before it (`day`); and "the next day", "the
    following morning": the day after the last day of an event named before it
    (`event_day`)."""
    index = index_of(text)
    found: list[tuple[int, DateRef, bool]] = []
    if (
        event_day is not None
        and event_day.precision is Precision.DAY
        and not index.words.isdisjoint(("next", "following", "later"))
    ):
        for m in _NEXT_DAY.finditer(text):
            later = dt.timedelta(days=_days_later(m))
            after = DateRef(event_day.start + later, event_day.end + later, Precision.DAY)
            found.append((m.start(), after, statement_day(text, m.start(), m.end())))
    if (day is None and not own) or (index.plain and index.words.isdisjoint(("that", "same"))):
        return found  # the quick answer: neither "that" nor "the same" in the sentence
    for m in _THAT_DAY.finditer(text):
        before = [
            (p, ref)
            for p, ref, _ in own
            if p < m.start() and ref.precision is Precision.DAY and ref.start == ref.end
        ]
        that = max(before, key=lambda d: d[0])[1] if before else day
        if that is not None:
            found.append((m.start(), that, statement_day(text, m.start(), m.end())))
    return found


def last_day(
    relative: list[tuple[int, DateRef, bool]],
    found_dates: list[DateMention],
    events: bool = False,
    published: DateRef | None = None,
) -> DateRef | None:
    """The last day a sentence names (not its dateline's): what a later "that day" means;
    with `events`, not a day a count or statement is dated by ("findings released today"):
    what a later "the next day" follows."""
    days = [
        (p, ref)
        for p, ref, counted in relative
        if ref.precision is Precision.DAY and not (events and counted)
    ]
    days += [
        (d.start, d.ref) for d in found_dates if d.ref.precision is Precision.DAY and not d.dateline
    ]
    if not events and published is not None:
        # ("Earlier this month, a panel said": days up to publication, the report's, not
        # those of the events a later "that night" names)
        days = [(p, ref) for p, ref in days if ref.start == ref.end or ref.end < published.start]
    return max(days, key=lambda d: d[0])[1] if days else None


# "in the town on 9 November 2020": a day the events of a sentence fell on (not "from 1
# February to 8 April", a span).
_ON_DAY = re.compile(r"\bon\s+$", re.IGNORECASE)
_DAYS_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)  # ("between| 14 and 17 June")


def _event_days(found_dates: Iterable[DateMention]) -> Iterator[DateMention]:
    """The dates named as days that date an event or a statement, not a count ("on 9
    November", not "as of 9 November")."""
    return (
        d for d in found_dates if d.claim and not d.counted and d.ref.precision is Precision.DAY
    )


def day_named(
    relative: list[tuple[int, DateRef, bool]],
    sentence: Sentence,
    found_dates: Sequence[DateMention] = (),
) -> DateRef | None:
    """The day a sentence's events happened on, if it names one ("on Friday", "in the town
    on 9 November 2020")."""
    if sentence.headline:
        return None
    days = [
        (p, ref) for p, ref, counted in relative if ref.precision is Precision.DAY and not counted
    ]
    lowered = index_of(sentence.text).lower if found_dates else ""  # (kept)
    days += [
        # (an event "between 14 and 17 June" is dated from its first day, as "between
        # December 10 and 12" is)
        (
            d.start,
            DateRef(d.ref.start, d.ref.start, Precision.DAY) if d.ref.start < d.ref.end else d.ref,
        )
        for d in _event_days(found_dates)
        if (
            _ON_DAY.search(sentence.text, d.start - 4, d.start)
            or (d.ref.start < d.ref.end and _DAYS_OPEN.search(sentence.text, d.start - 9, d.start))
            # "carried out the July 1 attack": the day of the event the story is about
            or _names_event(lowered, d, lexicon().sets["event_nouns"])
        )
    ]
    days = _events_not_spoken(sentence.text, days)
    # ("Westby Watch said in a report last week that 150 had been killed": the report's
    # week, no day of the events)
    days = [d for d in days if not _finding_day(sentence.text, d[0])]
    return max(days, key=lambda d: d[0])[1] if days else None


def _finding_day(text: str, at: int) -> bool:
    """Whether a day at `at` is when a source stated a finding ("concluded in December| that
    21 had died", "said in a report last week| that")."""
    # (the "that" after it first: a match at one place, where the look-back searches)
    return bool(_THAT_AFTER.match(text, at) and _SAID_WHEN_THAT.search(text, max(0, at - 50), at))


def figure_dates(
    figure: Figure,
    relative: list[tuple[int, DateRef, bool]],
    found_dates: list[DateMention],
    story_date: DateRef | None,
    published: DateRef,
    text: str = "",
    following: int | None = None,
) -> tuple[DateRef | None, DateRef | None]:
    """(as_of, about) of a figure.  A toll is about the event named nearest to it in its
    sentence ("in May", "last year", "on Friday"), else the day the story's events happened
    on (so are people where they were: aboard, inside, stranded); it is as of the date of
    its count: one stated ("as of September 8", "by Monday"),
    else the day the article was published, or the days before it when the sentence says the
    count was given earlier ("who earlier said", "initially").  Other figures are as of
    publication; measures have no date.  `following`: where the next figure of the sentence
    starts (a verb after it is that figure's)."""
    if figure.kind in families().measures:
        return None, None
    if figure.kind not in families().tolls and not (
        figure.extra.get("state") or in_a_state(figure.kind, figure.noun)
    ):
        if (
            figure.kind == families().residents
            and story_date is not None
            and story_date.end < published.start - dt.timedelta(_LOOK_BACK_DAYS)
            and _BEFORE_THE_EVENT.search(text)
        ):
            # "Westby, which had a population of about 7,000 before the war", in a look
            # back years on: the town's people then, as a report of the time counted them
            return story_date, None
        # (people aboard, inside, stranded: one event's, dated as its toll is)
        return published, None
    # "killed 165 people, the government said Friday" in a look back at last August's
    # blasts: the day the figures were given, not of the deaths.
    said = [
        (p, ref)
        for p, ref, counted in relative
        if not counted
        and story_date is not None
        and story_date.end < ref.start - dt.timedelta(_LOOK_BACK_DAYS)
        and _SAID_BEFORE.search(text, p - 30, p)
    ]
    events = [(p, ref) for p, ref, counted in relative if not counted and (p, ref) not in said]
    # "In May, the minister told parliament that 37 had been killed": the day of the count,
    # not of the deaths, when the story has named an earlier day for its events.
    events += [
        (d.start, d.ref)
        for d in found_dates
        if d.claim and not (d.counted and story_date is not None and story_date.end <= d.ref.start)
    ]
    if text:
        # "a commission concluded in December that 21 had died": the day of the finding,
        # not of the deaths
        events = [e for e in events if not _finding_day(text, e[0])]
    if text and sentence_holds(text, _JUDGED) and _JUDGED_WORDS.search(text):
        # "The gunman who killed 26 worshippers was sentenced on Thursday", "had pleaded
        # guilty in June to murdering 26 people": the day of a court's act, not of the
        # deeds it judges
        events = [e for e in events if not _judged_on(text, e[0])]
    # "the commission, whose report is due next month, has counted 63 dead": a day after the
    # article's is none that its deaths happened on.
    events = [e for e in events if e[1].start <= published.end]
    events = _events_not_spoken(text, events)
    counts = [(p, ref) for p, ref, counted in relative if counted] + said
    # (no count is given before the events it counts: "a commission concluded in December"
    # in a story of March is of the December after them, or of none)
    counts += [
        (d.start, d.ref)
        for d in found_dates
        if d.counted
        and not (
            d.ref.precision is Precision.MONTH
            and story_date is not None
            and d.ref.end < story_date.start
        )
    ]
    if text:
        # "A year on: ... the prosecutor told Radio Westby on April 10 that 1,180 bodies had been
        # found": in a look back, the day a source spoke long before the article is the
        # day of its count (not the article's day, as for a source of the last days).
        counts += [
            (d.start, d.ref)
            for d in _event_days(found_dates)
            if d.ref.end < published.start - dt.timedelta(_LOOK_BACK_DAYS)
            and _SPOKE_BEFORE.search(text, d.start - 40, d.start)
        ]
    if text and (";" in text or "," in text):
        # "The blast on Monday killed 40; on Thursday the toll rose to 52": the days of
        # the figure's own clause, where it names any, before a nearer one of the next; and
        # no day of a count that opens a clause after it before the next figure (the 40 was
        # not counted on Thursday; but "By Thursday the toll was 52; 40 of them were
        # soldiers": the 40 was; "40 died, and 12 are missing, the ministry on Thursday
        # said": both were).
        opens, closes = _clause_of(text, figure)
        semicolon = text.find(";", figure.end)
        events = [e for e in events if opens <= e[0] < closes] or [
            e
            for e in events
            if semicolon < 0 or e[0] < semicolon  # (nor past a semicolon)
        ]
        counts = [c for c in counts if c[0] < closes or following is None or c[0] > following]
    if counts and text:
        # "87 killed, the figure on which the running toll, which climbed from 75 on April 8
        # to 81 two days later, settled": a day right after another value is that value's
        counts = [
            c
            for c in counts
            if _own_day(text, figure, c[0])
            or not _DAY_OF_A_VALUE.search(text, max(0, c[0] - 16), c[0])
        ]
    # "the 800,000 people who were killed ... in 1994": a date after the figure's own verb,
    # which follows it, is of its event, however near a day named before the figure is.
    # The verb is looked for before the next figure: "at least 55 people, and more than 100
    # died in September 2022" is that 100's verb and date.
    own = [
        e
        for e in events
        if e[0] > figure.end and _own_event(text, figure, min(e[0], following or len(text)))
    ]
    about = min(own or events, key=lambda c: abs(c[0] - figure.start))[1] if events else story_date
    as_of = min(counts, key=lambda c: abs(c[0] - figure.start))[1] if counts else published
    looking_back = about is not None and about.end < as_of.start - dt.timedelta(_LOOK_BACK_DAYS)
    if not events and text and not looking_back:
        # "24 soldiers have been killed in two weeks of fighting": the weeks up to the count
        # (in a look back at an event, the days of that event).
        spell = _spell_of(text[figure.end :], as_of)  # ("24 killed and 35 wounded in ...")
        about = spell or about
    # A dateline dates the report, not this count: "revising down an earlier toll of 17".
    stated = bool(relative or found_dates) and (  # (most sentences name no day)
        any(counted for _, _, counted in relative)
        or any(d.counted and not d.dateline for d in found_dates)
    )
    # "Earlier on Saturday the toll had been put at about 250" in Saturday's report: a count
    # of the same day, before the report's; "in the morning ... 15; by the afternoon, 70".
    said_earlier = bool(text) and _said_earlier(text, figure.start)
    same_day = (
        as_of == published and bool(text) and (said_earlier or _earlier_in_the_day(text, figure))
    )
    # ("rose from 27 on Monday to 35": a day of its own)
    dated_after = bool(counts) and any(_own_day(text, figure, p) for p, _ in counts)
    if (figure.extra.get("earlier") and not dated_after) or (  # "from 27 to 35"
        (not stated or same_day)
        and (said_earlier or (text and _GIVEN_EARLIER.match(text, figure.end)) or same_day)
    ):
        # "Authorities, who earlier said 176 died": a count from before the article's day;
        # "on Tuesday raised the toll to 2,975 from 64": from before the day of the raise.
        end = as_of.start - dt.timedelta(days=1)
        start = about.start if about is not None and about.start <= end else end
        as_of = DateRef(start, end, Precision.DAY)
        about = about or published  # the event stays the one the article is about
    if about is not None and about.start > as_of.end:
        about = as_of  # ("two dozen bodies were found on Monday" on Tuesday: by Monday)
    return as_of, about


_JUDGED_ON = re.compile(
    r"\b(?:sentenced?|convicted|acquitted|pleaded\s+(?:not\s+)?guilty|found\s+(?:not\s+)?guilty"
    r"|went\s+on\s+trial|goes\s+on\s+trial|trial\s+(?:opened|began|started))"
    # ("was sentenced| on Thursday", "to life in prison on Thursday", "is expected to
    # sentence the company| later this week")
    r"(?:\s+[a-z]+){0,4}?\s+(?:on|in|last|this|earlier|later)?\s*$",
    re.IGNORECASE,
)
"""A court's act right before a day: the day is the court's, not of the deeds it judges."""
_JUDGED_WORDS = re.compile(r"sentence|convicted|acquitted|guilty|trial", re.IGNORECASE)
_JUDGED = ("sentence", "convicted", "acquitted", "guilty", "trial")
"""The words of _JUDGED_WORDS: the quick answer at each figure (few sentences name a court)."""

_BEFORE_THE_EVENT = re.compile(
    r"\bbefore\s+the\s+(?:[a-z]+\s+)?(?:war|conflict|fighting|offensive|siege|assault|attack"
    r"|invasion|occupation|aggression|blockade|massacre|exodus)\b",
    re.IGNORECASE,
)
"""A population said to be the one before the story's event."""

_OWN_DAY_CHARS = 16
"""How near after a figure a day of its count is its own ("27 on Monday")."""


def _own_day(text: str, figure: Figure, at: int) -> bool:
    """Whether a day at `at` is the figure's own, named right after it ("27 on Monday"),
    with no other value between ("312, up from 187 on Friday": the 187's day)."""
    return figure.end <= at <= figure.end + _OWN_DAY_CHARS and not any(
        c.isdigit() for c in text[figure.end : at]
    )


_DAY_OF_A_VALUE = re.compile(r"\d\s+(?:(?:early|late)\s+)?(?:on\s+|by\s+)?$")
"""A value right before a day ("from 75 on| April 8"): the day is that value's."""


# Where a clause ends: a semicolon; a comma and a word that opens another ("..., and on
# Thursday the toll rose").
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas)\s", re.IGNORECASE)


def _clause_of(text: str, figure: Figure) -> tuple[int, int]:
    """Where the figure's clause starts and ends in its sentence (`_CLAUSE_END`)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, figure.start)), default=0)
    after = _CLAUSE_END.search(text, figure.end)
    return start, after.start() if after is not None else len(text)


# "in two weeks of fighting", "over the past three days", "in five days of clashes": the
# span of time a count covers, up to the day it was given.
_SPELL = re.compile(
    # (not "in the first two days": those are at the event's start, not up to the count)
    r"\b(?:in|during|over|after)\s+(?:the\s+)?(?:past\s+|last\s+)?(?!first\b)"
    r"(?P<n>[\w-]+)\s+(?P<unit>day|days|week|weeks|month|months)\b"
    r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:fighting|clashes|violence|unrest|protests?|rioting|riots|"
    r"shelling|bombing|bombardment|combat|battles?|attacks|strikes|raids|hostilities|war)\b"
    r"|(?=\s*[,.;]|\s*$))",
    re.IGNORECASE,
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _spell_of(after: str, as_of: DateRef | None) -> DateRef | None:
    """The days a count covers when its clause names a span of time up to it ("in two weeks
    of fighting"), ending at the count's date; None if it names none."""
    found = _SPELL.search(after[:160])
    if found is None or as_of is None:
        return None
    written = found.group("n").lower()
    try:  # "two", "12", "several" (vague: its best guess)
        number = quantities.parse_figure("one" if written == "a" else written).best
    except CrosscheckError:
        return None
    if number is None or not 0 < number <= 60:
        return None
    days = round(number) * _UNIT_DAYS[found.group("unit").lower().rstrip("s")]
    return DateRef(as_of.end - dt.timedelta(days=days), as_of.end, Precision.DAY)


def _own_event(text: str, figure: Figure, at: int) -> bool:
    """Whether the figure's own event verb stands between it and a date at `at` ("800,000
    people, mostly Tutsis, who were killed in 100 days of slaughter in| 1994")."""
    from crosscheck.extract.kinds import event_kind

    found = event_kind(text[figure.end : at]) if text else None
    return found is not None and found[0] == figure.kind


_EARLIER = re.compile(
    any_phrase(["earlier", "initially", "previously", "previous", r"at\s+first", "originally"]
               + [r"first\s+(?:said|reported|put|told|announced|gave|estimated|counted)"]
               # "Early reports put the death toll at about 70, but it rose through the morning"
               + [r"early\s+(?:reports|estimates|accounts|counts|figures|tallies)"]
               # "On Thursday it had reported 41 dead"; "15,000, up from 12,000".
               + [r"had\s+(?:reported|said|put|given|confirmed|announced|counted|recorded|stood)",
                  r"up\s+from", r"down\s+from"]) + r"\b"
)  # fmt: skip
_EARLIER_WORDS = (
    "earlier", "initially", "previous", "first", "originally", "had", "from", "early",
)  # fmt: skip
"""One of these is in every match of _EARLIER (`sentence_holds`: the quick answer)."""
_SAID_THAT = re.compile(r"\b(?:said|says|told|\w+ed)\b[^.;:]{0,60}\bthat\s", re.IGNORECASE)
# "the 44 deaths announced earlier", "the 18 reported earlier": a count from before.
_GIVEN_EARLIER = re.compile(r"\s+(?:[a-z]+\s+)?" + GIVEN_EARLIER)
_THEN_LATER = re.compile(
    any_phrase(["later", "now", "since", "subsequently", "then", "but", "revised", "raised"])
    + r"\b"
)


# "concluded| in December| that": a date between a verb of speech and its "that".
_SAID_WHEN_THAT = re.compile(
    r"\b(?:said|says|concluded|found|announced|reported|stated|confirmed|told\s+\w+"
    # ("concluded in a report published in May that at least 151 were killed")
    r"|(?:report|findings|statement|study)\s+(?:published|released|issued|made\s+public))\s+"
    # ("said in a report| last week that": the report's week)
    r"(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:report|statement|study|review)\s+)?"
    r"(?:on\s+|in\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
_THAT_AFTER = re.compile(r"[\w ,]{1,25}?\s+that\b")


_TIMES_OF_DAY = (
    ("dawn", 0), ("early hours", 0), ("early morning", 0), ("morning", 1), ("midday", 2),
    ("noon", 2),
    ("lunchtime", 2), ("afternoon", 3), ("evening", 4), ("nightfall", 4), ("night", 5),
)  # fmt: skip
_TIME_OF_DAY = re.compile(
    r"\b(?:in\s+the\s+|by\s+(?:the\s+)?|around\s+|at\s+|this\s+|late\s+|early\s+)"
    # ("by Saturday afternoon": the day's)
    rf"(?:(?:{'|'.join(WEEKDAYS)})\s+)?"
    r"(?P<time>" + "|".join(t for t, _ in _TIMES_OF_DAY) + r")\b",
    re.IGNORECASE,
)
_RANK_OF_TIME = dict(_TIMES_OF_DAY)
_TIME_WORDS = frozenset(word for time, _ in _TIMES_OF_DAY for word in time.split())
"""A word of each time of day: every match of _TIME_OF_DAY holds one as a whole word."""


def _earlier_in_the_day(text: str, figure: Figure) -> bool:
    """Whether a figure's sentence gives it a time of day before another one it names after
    it ("Police said in the morning that at least 15 had died; by the afternoon the centre
    put the figure at 70": the 15 is the earlier count)."""
    if "before" in text and _BEFORE_ANOTHER_GAVE.match(text, figure.end):
        # "The toll rose to 39, according to the police, before the governor gave the
        # figure of 50": the count a later one followed
        return True
    index = index_of(text)
    if index.plain and index.words.isdisjoint(_TIME_WORDS):
        return False  # the quick answer: a sentence that names no time of day (in text whose
        # words read as ASCII: `reads_as_ascii`)
    before = list(_TIME_OF_DAY.finditer(text, 0, figure.start))
    after = list(_TIME_OF_DAY.finditer(text, figure.end))
    if after and after[0].start() - figure.end <= _OWN_TIME_CHARS:
        # "put it at 40 in the early hours, ...; by the afternoon 93": the figure's own time
        before, after = [after[0]], after[1:]
    if not before or not after:
        return False
    rank = _RANK_OF_TIME[before[-1].group("time").lower()]
    return any(_RANK_OF_TIME[m.group("time").lower()] > rank for m in after)


_BEFORE_ANOTHER_GAVE = re.compile(
    r"[^.;]{0,80}?,?\s+before\s+(?:[\w'’-]+\s+){1,5}?(?:gave|put|raised|revised|updated"
    r"|reported|announced|confirmed)\b[^.;]{0,40}?\d",
    re.IGNORECASE,
)
"""A later count of the sentence after a figure, given "before" it ("39, according to the
police,| before the governor gave the figure of 50")."""
_OWN_TIME_CHARS = 4
"""How near after a figure a time of day is its own ("40| in the early hours")."""


def _said_earlier(text: str, start: int) -> bool:
    """Whether the clause before a figure says its count came earlier than the article ("who
    earlier said", "initially put the toll at"), with no "later" or "now" after the word."""
    if not sentence_holds(text, _EARLIER_WORDS):
        return False  # the quick answer
    marks = [
        m.end()
        for m in _EARLIER.finditer(text, 0, start)
        # "a spokesman said that police had counted": reported speech's tense
        if not (m.group(0).lower().startswith("had") and _SAID_THAT.search(text, 0, m.start()))
    ]
    return bool(marks) and _THEN_LATER.search(text, marks[-1], start) is None

"""What a figure counts and whose people they are.

The counted noun phrase is read right after the figure ("8 policemen", "9 of the attackers").
"70 of them" takes the party counted just before; "his supporters" the group named before.
A force of one bare word ("troops") takes the country that holds it ("Norland, which has
12,000 troops"); a population the place it is of ("Veyland, a coastal state of 3 million").
A headline figure takes the party of the body figure it sums up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

from crosscheck.extract.figures import Figure
from crosscheck.extract.lexicon import (
    ARABIC_ARTICLE,
    GROWN_TO,
    LIVING,
    QUOTE_CHARS,
    WORD,
    cue_kind,
    cue_word_kind,
    families,
    is_nationality,
    is_number,
    lexicon,
    names_a_force,
    strip_determiners,
)
from crosscheck.extract.places import settlement_named, settlement_owning
from crosscheck.extract.sentences import Sentence
from crosscheck.model import Estimate
from crosscheck.parties import read_party

# (Look-backs search from `start - N` as it is: see "Look-backs" in lexicon.py.)

# Small patterns used per figure or per speaker, compiled once.
_MOVER = re.compile(
    # A match can start only where a word does (the first word takes in any letters before
    # it): the lookbehind spares the engine a try at every other position, same matches.
    r"(?<![\w-])(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:(?:had|have|has|was|were|is|are)\s+)?"
    r"[a-z]+(?:ed|ood|ent|ame|ay|ies|ie)"
    r"(?:\s+(?:to|at|up|back))?(?:\s+within)?\s*$"
)


_LEADING_COMMA = re.compile(r"^\s*,?\s*")


_ITS = re.compile(r"\bits\b")


_POSSESSIVE_START = re.compile(r"\s*(?:his|her|its|their|our|my|your)\b", re.IGNORECASE)


_NOT_A_NOUN = re.compile(r"(?:ed|ly|ing)$")
_STATES = frozenset(("still", "now", "also", "yet", "alive", "dead", "missing", "among", "not"))


@cache
def _not_people() -> frozenset[str]:
    """The words no predicate naming people holds: party stops, determiners and _STATES (one
    set, built once: a union of the lexicon's sets at each call cost more than the test)."""
    sets = lexicon().sets
    return sets["party_stops"] | sets["determiners"] | _STATES


def names_people(phrase: str) -> bool:
    """Whether a predicate names people ("soldiers", "military") rather than a state ("still
    held", "alive", "missing")."""
    lex = lexicon()
    stops = _not_people()
    return not any(
        w in stops or _NOT_A_NOUN.search(w) or lex.any_event.fullmatch(w) for w in phrase.split()
    )


# "eight of them| civilians and five soldiers", "ten of them| Veylanders": the part's own
# people, with no verb (a people's name is a capitalised plural).
_BARE_PARTY = re.compile(
    r"\s*(?P<party>(?:[a-z][\w-]*|[A-Z][a-z]+s)(?:\s+(?!(?:and|or)\b)[a-z][\w-]*)?)"
    r"(?=\s*[,;.)—–]|\s+and\s|\s*$)"
)


_NEXT = re.compile(r"\s+([a-z]+)")


def _modifies_a_thing(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by a noun of a thing ("evacuation|
    centres", "relief| camps"): then it is a modifier, not the figure's event."""
    following = _NEXT.match(text, end)
    return following is not None and following.group(1) in lexicon().sets["thing_nouns"]


def _modifies_a_force(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by a force noun ("peacekeeping|
    troops"), or one of the police ("peacekeeping| police officers"): then it is a
    modifier, not a verb."""
    following = _NEXT.match(text, end)
    return following is not None and (
        names_a_force(following.group(1))
        or following.group(1).lower() in lexicon().sets["deployed_nouns"]
    )


# ", parents and teachers": the rest of a list of people after its first noun.
_LISTED = re.compile(
    r",\s+(?P<rest>[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)*"
    r",?\s+(?:and|or)\s+[a-z][\w-]*)\b"
)


# "250 people|, villagers and trekkers, are thought to have died": people, then who they
# were, set off by commas (no list of other people).
_GENERIC_PEOPLE = frozenset(("people", "persons", "individuals"))
_PEOPLE_HEADS = frozenset(("people", "persons", "residents", "inhabitants", "citizens"))
"""Nouns of the people of a place, after which a lower-case word is a verb, not theirs."""
_PHRASE_GOES_ON = frozenset(
    ("of", "and", "or", "from", "in", "at", "on", "who", "whose", "that", "which", "with", "for")
)
_LOWER_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?<!ers)(?<!ors)(?<!ed)(?![-'’])")
APPOSED_PEOPLE = r",\s+[a-z][a-z -]{1,50}?\s(?:and|or)\s[a-z][a-z -]{1,40}?,"
"""Who the people just counted were, set off by commas ("|, villagers and trekkers,")."""
_APPOSED = re.compile(APPOSED_PEOPLE)


def _lists_people(rest: str) -> bool:
    """Whether the rest of a list names people only ("parents and teachers"), no number,
    determiner or verb ("police said", "two civilians and", "wounded 30 and")."""
    lex = lexicon()
    words = [w.strip(",") for w in rest.split() if w.strip(",") not in ("and", "or")]
    # ("30 soldiers, police officers and civilians": the civilians are a party of their own,
    # read apart from the list by the civilian rule, extract.yaml toll_rules)
    civilian = {p for p in lex.raw["toll_rules"]["civilian_words"] if " " not in p}
    return all(
        w not in lex.sets["determiners"] and not is_number(w) and w not in civilian for w in words
    ) and names_people(" ".join(words))


_OF = re.compile(r"\s+of\s+", re.IGNORECASE)


@lru_cache(maxsize=8192)
def head_noun(noun: str) -> str:
    """The head of a counted noun, its last word before "of", in lower case ("servicemen
    of the internal troops": servicemen; "57 complaints of ill-treatment": complaints)."""
    words = _OF.split(noun, maxsplit=1)[0].split() or noun.split()
    return words[-1].lower() if words else ""


_DEMONSTRATIVES = frozenset(("the", "this", "that", "these", "those"))
"""Words that open a phrase of their own right after a figure: a count's noun follows the
number bare ("2,500 dead"), or after "of" ("70 of the dead")."""


_OF_NATIONALITIES = re.compile(
    r"of\s+(?:various|different|several|many|mixed|other|[\w-]+)\s+(?:[\w-]+\s+){0,5}?"
    r"nationalities\b",
    re.IGNORECASE,
)


_AND_ANOTHER_AT = re.compile(
    r"and\s+(?:by\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+at\s+(?:[a-z]+\s+){0,2}\d",
    re.IGNORECASE,
)


def noun_phrase(text: str, start: int, limit: int) -> tuple[str, int, str | None]:
    """The noun phrase a figure counts, read from `start`: (phrase, end, reference), where
    the reference is the pronoun of a partitive ("70| of them" -> ("", end, "them"); "8| of
    them civilians" -> ("civilians", end, "them")) or the
    owner of a possessed group ("dozens| of his supporters" -> ("supporters", end, "his")).
    "8 policemen| and" -> "policemen"; "9| of the attackers" -> "attackers".
    """
    lex = lexicon()
    stops = lex.sets["party_stops"]
    cursor = start
    skip = _SKIP_QUOTES.match(text, cursor, limit)
    cursor = skip.end() if skip else cursor
    of = _PARTITIVE.match(text, cursor, limit)
    owner = None
    if of:
        if of.group("pron"):
            pronoun = of.group("pron").lower()
            bare = _BARE_PARTY.match(text, of.end(), limit)
            if bare and names_people(bare.group("party")):
                return bare.group("party"), bare.end("party"), pronoun
            return "", of.end(), pronoun
        cursor = of.end()
        # "a few dozen of his supporters": his group, named before ("his rebels").
        owner = of.group("owner").lower() if of.group("owner") else None
    if not of and _POSSESSIVE_START.match(text, cursor, limit):
        return "", start, None  # "the 71 percent| his party had claimed": another clause
    words: list[str] = []
    ends: list[int] = []
    position = cursor
    while position < limit and len(words) < 7:
        while position < limit and text[position] in " \t":
            position += 1
        token = WORD.match(text, position, limit)
        if not token:
            break
        word = token.group(0).rstrip(".")
        token_end = token.end()
        if "." in word and text[token_end : token_end + 2] == ". " and token_end + 2 < limit:
            # "Five U.S.| soldiers": a dotted abbreviation's last point ends no phrase
            word, token_end = f"{word}.", token_end + 1
        lower = word.lower()
        if lower in stops:
            break
        cue = lex.any_event.match(text, token.start())
        if cue and not _modifies_a_thing(text, token.end()):
            # A cue ("killed"), or a cue of more than one word ("internally displaced"); not
            # one that names a kind of thing ("78 evacuation| centres").
            if not words and _qualifies_a_party(text, token.end(), limit):
                position = token.end()  # "50 wounded| soldiers", "48 dead| conscripts"
                continue
            if _names_the_counted(text, cue, limit):
                words += cue.group(0).split()  # "40 Veylandic prisoners of war| were killed"
                position = cue.end()
                ends += [position] * len(cue.group(0).split())
                continue
            break
        if is_number(word) and lower not in ("a", "an"):
            break
        if words and lower == "of" and _OF_NATIONALITIES.match(text, token.start(), limit):
            break  # "75 migrants| of various African and Asian nationalities": who they are
        if not words and lower in _DEMONSTRATIVES:
            break  # "to 2,500| the next day", "12| this morning": no noun of the figure's
        if not words and word.islower() and lower in lex.triggers["speech"]:
            break  # "the death toll of 164| announced on Sunday": no people named
        if words and (
            (word.islower() and lower.endswith("ing") and not _modifies_a_force(text, token.end()))
            or (word.islower() and lower in lex.sets["level_before"])
            or _next_clause(text, token)
            or (
                # "a boat carrying 880 people| capsized.": a verb of no object, not a noun
                word.islower()
                and len(lower) >= 5
                and lower.endswith("ed")
                and _INTRANSITIVE_END.match(text, token.end()) is not None
                and not lex.deployment.match(text, token.start())  # "monitors deployed|"
            )
        ):
            # "gunmen holding|", "gunmen demanded| a ransom", "the four commuter trains| rose
            # to": a verb
            break
        if lower == "and":
            following = WORD.match(text, token.end() + 1, limit)
            if (
                not words
                or following is None
                or following.group(0).lower() in stops
                or following.group(0).lower() in lex.sets["determiners"]
                or is_number(following.group(0))
                or lex.any_event.fullmatch(following.group(0))
                or _next_clause(text, following)
                # "50,000 people| and organisers at 100,000": a second giver's estimate
                or _AND_ANOTHER_AT.match(text, token.start())
            ):
                break
        words.append(word)
        position = token_end
        ends.append(position)
        listed = (
            _LISTED.match(text, position, limit) if text[position : position + 1] == "," else None
        )
        if lower in _GENERIC_PEOPLE and _APPOSED.match(text, position, limit):
            break
        if (
            lower in _PEOPLE_HEADS
            and (after := _LOWER_AFTER.match(text, position, limit))
            and lex.any_event.match(text, after.start(1)) is None
            and after.group(1) not in stops
            and after.group(1) not in _PHRASE_GOES_ON
        ):
            # "its roughly 84,000 inhabitants| depend on farming", "2.3 million people| work
            # in": a verb after the people, not a word of their noun (but "people smugglers",
            # "persons deprived of liberty")
            break
        if listed and _lists_people(listed.group("rest")):
            # "1,100 pupils|, parents and teachers were held": the people, listed
            words[-1] += ","
            words += listed.group("rest").split()
            position = listed.end()
            ends += [position] * len(listed.group("rest").split())
            break
        if (
            position < limit
            and text[position] in ',;:()—–"“”' + "’‘"
            and text[position : position + 2] != "’s"
        ):
            break
    while words and words[-1].lower() in ("and", "of", "the", "a", "an"):
        words.pop()
        ends.pop()
    if not words:
        return "", start, None
    if (
        of
        and words[-1].endswith(("'s", "’s"))
        and limit < len(text)
        and not text[position:limit].strip()
    ):
        # "40| of the school's| 210 pupils survived": the part of the count that follows,
        # whose noun is that count's, as in "90 of the 300 people on board"
        return "", start, None
    return " ".join(words), ends[-1], owner


_OBJECT_START = frozenset(
    ("their", "his", "her", "its", "more", "some", "about", "nearly", "over")
    # "and controlled| most of the city", "and destroyed| much of the town"
    + ("most", "much", "all", "half", "many", "several", "parts", "part", "large")
    # "and forced| thousands to flee", "and sentenced| them to prison"
    + ("them", "him", "it", "thousands", "hundreds", "dozens", "tens", "scores", "millions")
)
_PARTICLES = frozenset(("out", "off", "up", "down", "back", "away"))


def _cue_people(text: str, figure: Figure) -> str | None:
    """The people a figure counts when their noun is a cue of another kind ("137 hostages|
    had been killed": hostages, killed)."""
    following = (
        WORD.match(text, figure.end + 1) if text[figure.end : figure.end + 1] == " " else None
    )
    if following is None:
        return None
    word = following.group(0)
    kind = cue_word_kind(word)
    if kind is None or kind == figure.kind:
        return None
    return word if read_party(word).role else None


def _qualifies_a_party(text: str, end: int, limit: int) -> bool:
    """Whether the word after a cue at the start of a noun phrase names a side or role of
    parties.yaml ("50 wounded| soldiers"): the cue is an adjective of the party's people."""
    following = WORD.match(text, end + 1, limit) if text[end : end + 1] == " " else None
    return following is not None and bool(read_party(following.group(0)).side)


def _names_the_counted(text: str, cue: re.Match[str], limit: int) -> bool:
    """Whether a kind's cue that names a role of parties.yaml ("prisoners of war") is the
    counted noun, the figure's own cue of another kind coming after it ("40 prisoners of
    war| were killed"), not the figure's kind ("Norland holds 40 prisoners of war")."""
    if not read_party(cue.group(0)).role:  # ("94 dead| and 59 wounded": no one's role)
        return False
    # ... of another kind ("45,000 refugees have crossed| into Chad": they are displaced)
    after = lexicon().any_event.search(text, cue.end(), limit)
    return after is not None and cue_kind(after.group(0)) != cue_kind(cue.group(0))


# What may follow a past verb with no object: the sentence's or clause's end, or where
# and when ("capsized| off the coast", "overturned| late on Sunday").
_INTRANSITIVE_END = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:in|on|at|near|off|during|after|before|when|while|as|overnight"
    r"|late|early|yesterday|today|last)\b"
)


def _next_clause(text: str, following: re.Match[str]) -> bool:
    """Whether the word after "and" starts a second clause with its own object, not a second
    noun: a verb in the past followed by a figure or a determiner ("14 people| and forced
    3,000 from their homes", "and destroyed 200 houses"; but "and armed men" is a noun)."""
    verb = following.group(0)
    if not (verb.islower() and len(verb) >= 3):
        return False
    if not (verb.endswith("ed") and len(verb) >= 5):
        # A verb in the present ("388 names| and urge those who are safe ..."): no plural
        # noun, then its object.
        after = WORD.match(text, following.end() + 1)
        return (
            not verb.endswith("s")
            and after is not None
            and after.group(0).lower() in _OBJECT_START | lexicon().sets["determiners"]
        )
    # The next figure may start right after the verb: look past the phrase's limit.  A
    # particle may come first ("ten gunmen| carried out the raid").
    after = WORD.match(text, following.end() + 1)
    if after is not None and after.group(0) in _PARTICLES:
        return True  # a phrasal verb: "ten gunmen| carried out Saturday's raid"
    if after is None:
        return False
    word = after.group(0).lower()
    return (
        is_number(after.group(0)) or word in lexicon().sets["determiners"] or word in _OBJECT_START
    )


_SKIP_QUOTES = re.compile(r"[\s" + QUOTE_CHARS + r"]*")
_OF_THE = re.compile(r"\s+of\s+the\s+", re.IGNORECASE)


_PARTITIVE = re.compile(
    r"of\s+(?:(?P<pron>them|these|those|whom|which)\b|(?:the|(?P<owner>his|her|their)|its|our)\s+)?",
    re.IGNORECASE,
)


def assign_parties(
    text: str,
    figures: list[Figure],
    body_before: str,
    counted: Sequence[str | None] = (),
    toll_before: bool = True,
) -> None:
    """Whose people each figure counts.  `counted` holds the parties of the people counted in
    the sentence before (None for people of no party), for "70 of them"; `toll_before`:
    whether that sentence counted a toll (whose people "the true toll" counts again)."""
    lex = lexicon()
    previous_party: str | None = None
    counted_here = False  # a figure of this sentence counted people before this one
    # The party of the whole that the parts just listed are of ("13 people were killed,
    # eight of them civilians and five soldiers"): "and 71 wounded" counts the whole's people.
    whole: list[str | None] = []
    uncounted: str | None = None  # the people of a count of no kind just before
    last_end = 0  # where the figure before ends (its noun)
    pronouns = lex.sets["anaphoric_pronouns"]
    for figure in figures:
        noun = strip_determiners(figure.noun)
        head = noun.split()[-1].lower() if noun else ""
        party: str | None = noun or None
        is_part = (
            figure.partitive in pronouns
            or figure.extra.get("part")
            or (whole and figure.coordinated)
        )
        if is_part and not whole:
            whole = [previous_party]
        elif not is_part and whole and (not noun or head in lex.sets["anaphoric_nouns"]):
            previous_party = whole[0]
        if figure.kind == "date" or figure.kind in families().measures:
            party = None
            if figure.kind in families().between_places:
                party = _mover(text[: figure.start]) or _subject_party(text)
        elif figure.partitive in lex.sets["anaphoric_pronouns"] and noun:
            party = noun  # "eight of them civilians"
        elif figure.partitive in lex.sets["anaphoric_pronouns"] and (
            counted or previous_party or uncounted
        ):
            # "70 of them": the people counted just before, with their party (or none):
            # this sentence's, if it counted any before.
            party = previous_party or uncounted or (None if counted_here else counted[-1])
        elif figure.partitive:
            party = _antecedent(body_before + " " + text[: figure.start]) or noun or None
        elif head in lex.sets["anaphoric_nouns"]:
            party = previous_party
        elif (
            head in lex.sets["generic_nouns"]
            # ("five beautiful| lives had been lost": the words before "lives" are no party)
            or (noun and _LIVES_NEXT.match(text, figure.noun_end) is not None)
            or head in lex.sets["time_units"]
            or head in lex.sets["case_words"]  # ("120 dengue deaths": the disease's, no party)
            # ("17 suspected heat deaths", "40 heat-related deaths": what they died of)
            or head in lex.sets["cause_words"]
            # ("16 unlawful killings", "nine summary executions": how, not whose)
            or head in lex.sets["manner_words"]
            or head.endswith("-related")
            # ("40 quake dead", "90 flood dead": the event's, not people of the quake)
            or (noun == head and head in lex.sets["event_nouns"])
        ):
            # ("666 deaths among government forces": theirs, named after the count)
            party = _among_people(text, figure) if figure.kind in families().tolls else None
        elif head in lex.sets["survivor_nouns"] and figure.kind == "rescued":
            party = None  # "rescued nine survivors": the people rescued, no party of them
        elif head == "cases" and figure.kind == "cases":
            party = None  # "41,300 suspected cases": the people infected, no party of them
        elif "count_before" in figure.extra:
            party = figure.extra["count_before"]  # "the number was closer to 140"
        elif not noun and figure.kind in families().tolls:
            party = (
                _people_of_losses(text, figure.start)
                or _cue_people(text, figure)
                or _among_people(text, figure)
                # "29 soldiers were killed. Relatives said the true toll was| nearly 60":
                # the toll of the people counted just before
                or (
                    counted[-1]
                    if counted
                    and toll_before
                    and not counted_here
                    and _TRUE_TOLL.search(text, 0, figure.start)
                    else None
                )
                or (
                    None
                    if _WHOLE_TO.search(text, figure.start - 40, figure.start)
                    # "... by about 300 fighters, and the army reported| 189 dead": another
                    # speaker's count, of no one the clause before named
                    or _ANOTHER_SPEAKER.search(text, last_end, figure.start)
                    # "60 militants ..., where they hold about 100 hostages": whom a force holds
                    # are not its people
                    or (
                        figure.kind == lex.cue_kinds["held hostage"]
                        and figure.cue is not None
                        and figure.cue[0] >= figure.end
                    )
                    else previous_party
                )
            )
        if figure.kind == families().residents:
            party = _appositive(text[: figure.start]) or settlement_named(
                text[: figure.start], lambda: body_before
            )
            if party is None and noun and noun.split()[-1][:1].isupper():
                party = noun  # "46,000 Muslims live in ...", "the Westbians, who number ..."
            if party is None and (home := _LIVING_IN.match(text, figure.noun_end)):
                party = home.group("name")  # "about 700 people were living in Westby"
            if party is None:
                # "Most of the village's| roughly 2,600 residents fled"
                party = settlement_owning(text[: figure.start], lambda: body_before)
            if party is None and (
                owned := next(
                    (
                        f.party
                        for f in figures
                        if f.start < figure.start and f.kind == figure.kind and f.party
                    ),
                    None,
                )
            ):
                # "Westby had about 70,000 residents in 2004, but the population had swelled
                # to| nearly 230,000 by 2011": the same place's people, at another day
                party = owned
        elif figure.kind in families().forces and party and len(party.split()) == 1:
            country = _holder(text[: figure.start], body_before)
            if country:
                party = f"{lex.demonyms.get(country, country)} {party}"
        if figure.kind == "other" and not figure.partitive:
            party = None
        if head in lex.sets["belonging_nouns"]:
            owner = re.search(
                r"(?:the\s+)?(?P<owner>[\w' -]+?),\s+(?:who|which)\s+[^,]*$", text[: figure.start]
            )
            if owner:
                party = strip_determiners(owner.group("owner").split(",")[-1].strip())
        if figure.extra.get("time"):
            party = None
        figure.party = party
        if not is_part:
            whole = []
        elif figure.partitive in pronouns and not noun and whole == [None]:
            # "around 70 of them had been captured and a total of 18 killed": "them" are the
            # people of the sentence before (rebels), the whole of both.
            whole = [party]
        counted_here = counted_here or not figure.extra.get("time")
        last_end = max(figure.end, figure.noun_end)
        # "More than 2,000 inmates were taken out, and at least 800 of them were killed":
        # "them" are the inmates, though their own count has no kind
        uncounted = noun if figure.kind == "other" and noun and read_party(noun).side else None
        if party and (figure.kind == "other" or figure.kind in families().people):
            previous_party = party
        elif figure.kind in families().tolls and head in lex.sets["generic_nouns"]:
            # "gunmen killed 41 people and wounded 763": the 763 are people of no party too
            previous_party = None
        elif (
            figure.kind == "other"
            and noun
            and _OF_THE.match(text, figure.end)
            and head not in lex.sets["thing_nouns"]
            and head not in lex.sets["institutions"]
        ):
            # "Fourteen of the guards were released unharmed, while two were taken to
            # hospital": the two are guards too (not "three of the city's hospitals").
            previous_party = noun
        elif figure.kind not in families().tolls:
            previous_party = None


_LIVES_NEXT = re.compile(r"\s+lives\b", re.IGNORECASE)


def _antecedent(text: str) -> str | None:
    """The last group of people named before: "his rebels ... 70 of them" -> "rebels"."""
    lex = lexicon()
    best: tuple[int, str] | None = None
    tail = text[-600:]
    for name in reversed(families().forces):
        for match in lex.stock_cues[name].finditer(tail):
            word = match.group(0)
            if not word.lower().endswith("s") or word[0].isupper():
                continue
            if best is None or match.start() > best[0]:
                before = tail[: match.start()].rsplit(None, 1)  # the word before it
                modifier = before[-1] if before else ""
                if (
                    modifier.isalpha()
                    and modifier.islower()
                    and modifier not in lex.sets["determiners"]
                    and modifier not in lex.sets["party_stops"]
                    and modifier not in lex.sets["speaker_stops"]
                ):
                    word = f"{modifier} {word}"
                best = (match.start(), word)
    return None if best is None else best[1]


def _appositive(text: str) -> str | None:
    """Whose population: "Veyland, a coastal state of" -> "Veyland"; so "Westby, home to|",
    "Westby, with a population of|", "Westby has a population of|", "Westby's population
    of|"."""
    match = _POPULATION_OWNER.search(text) or _POPULATION_OF_NAME.search(text)
    if match:
        return match.group("name") or match.group("owner") or match.group("holder")
    if (grown := _POPULATION_GROWN.match(text)) is not None:
        return grown.group("name")
    # (not "a Norland-led alliance ... the nation of 9 million": a compound's country)
    countries = [m for m in lexicon().country.finditer(text) if text[m.end() : m.end() + 1] != "-"]
    return countries[-1].group(0) if countries else None


# "Westby, an ancient city about 1,000 km north of the capital, had a population swollen to|":
# the sentence's subject owns the people its population grew or fell to.
_POPULATION_GROWN = re.compile(
    r"\W*(?P<name>(?!(?:The|This|That|Its|Their|A|An)\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?:,[^;:!?]{1,160}?,)?\s+(?:has|had)\s+(?:seen\s+)?(?:a|its)\s+population\s+"
    rf"{GROWN_TO}\s+(?:[a-z]+\s+){{0,2}}$"
)
_LIVING_IN = re.compile(LIVING + r"\s+in\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
# The noun of an area written after its name ("Eastholm governorate", "Westby village").
_AREA_NOUN = (
    r"(?:\s+(?:governorate|province|district|region|county|municipality|regency|prefecture"
    r"|village|town|city|commune|township|settlement|subdistrict|sub-district|department"
    r"|neighbou?rhood|locality|local\s+government\s+area|LGA))?"
)
# A place's name: capitalised words, an Arabic name's article among them ("Tal al-Westby"),
# then the area's noun ("Eastholm governorate, home to| 3.5 million"); not "The village,
# home to| 700" (the village named before, see settlement_named).
_OWNER_NAME = (
    r"(?P<name>(?!(?:The|This|That|Its|Their|A|An)\s)[A-Z][\w'’-]*"
    r"(?:\s+(?:" + ARABIC_ARTICLE + r")?[A-Z][\w'’-]*)*" + _AREA_NOUN + r")"
)
_POPULATION_OWNER = re.compile(
    _OWNER_NAME
    # ("Westby, which had a population of| about 6,400 before the war", "... a pre-war
    # population of|")
    + r"(?:\s*,\s*(?:an?\s+|the\s+|home\s+to\s+|(?:with|which\s+ha[sd])\s+a\s+"
    r"(?:[\w-]+\s+)?population\s+of\s+"
    r"|(?:which\s+is\s+)?(?:home\s+to|inhabited\s+by)\s+|which\s+counts\s+"
    # ("Westby, where| nearly 52,000 people live")
    r"|where\s+)"
    r"|['’]s\s+population\s+(?:of|is|was|stands\s+at|stood\s+at)\s+"
    # ("Westby, one of the country's poorest districts, has a population of|", "Westby,
    # situated 48 km from the city and having a population of|")
    r"|(?:\s*,[^,;.]{1,100},?)?\s+(?:and\s+)?(?:has|had|having)\s+a\s+population\s+of\s+"
    # ("Westby, the governor's home town, had| about 65,000 residents before the war": a
    # town that has its people, the figure read as a population)
    r"|(?:\s*,[^,;.]{1,100},)?\s+(?:has|had)\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|fewer\s+than)\s+)?$"
    # ("Before the war Westby was home to| about 170,000 people")
    r"|\s+(?:is|was)\s+(?:(?:still|then|once|now)\s+)?(?:home\s+to|inhabited\s+by)\s+[^,]*$"
    # ("Westby is a mountainous district in the west of the province with a population of|",
    # "Westby is a mountain village with approximately| 870 inhabitants")
    r"|\s+(?:is|was)\s+an?\s+[^,;.]{1,80}?\s+(?:with|of)\s+"
    # ("Westby, 20 km north of the town, has about 80 households with a population of|")
    r"|(?:\s*,[^,;.]{1,80},)?\s+(?:has|had)\s+[^,;.]{1,60}?\s+with\s+a\s+population\s+of\s+"
    # ("Westby, the settlement that grew up around the mine, is home to| 15,000")
    r"|\s*,[^,;.]{1,80},\s+(?:is|was)\s+(?:(?:still|then|once|now)\s+)?"
    r"(?:home\s+to|inhabited\s+by)\s+)[^,]*$"
    # "Westby's| 40,000 residents": the place's own people
    r"|(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+$"
    # "El Cerro, about 20 km from the capital, held| 3,100 inmates": a prison's
    # (not "The| prison houses": a determiner is no name; "The Westby prison": Westby's)
    r"|(?P<holder>(?!(?:The|This|That|Its|Their|A|An)\s)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
    r"(?:\s+(?:prison|jail|penitentiary))?"
    r"(?:\s*,[^,;.]{1,80},)?\s+"
    r"(?:holds|held|housed|houses)\s+$"
)


_POPULATION_OF_NAME = re.compile(
    r"\bpopulation\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    + _AREA_NOUN
    + r")\s+"
    r"(?:is|was|stands\s+at|stood\s+at|(?:is|was)\s+estimated\s+at)\s+[^,]*$"
)


# "the true toll was| nearly 60", "the real death toll is| 40": a rival count of the toll
# just given, of its people.
_TRUE_TOLL = re.compile(
    r"\bthe\s+(?:real|true|actual|correct)\s+(?:death\s+)?(?:toll|number|figure|count)\s+"
    r"(?:was|is|stood\s+at|stands\s+at)\s+(?:closer\s+to\s+|nearer\s+|at\s+least\s+|"
    r"nearly\s+|almost\s+|about\s+|around\s+|over\s+|more\s+than\s+|between\s+)?$",
    re.IGNORECASE,
)
# "eight police officers were also killed, bringing the total to| 157": the whole's people,
# not the part's before it.
# "the records list 666 deaths| and more than 3,000 wounded among government forces", "40
# deaths| among soldiers": whose the toll is, after it.
_AMONG_PEOPLE = re.compile(
    r"(?:\s+and\s+(?:(?:more\s+than|about|some|nearly|over|at\s+least)\s+)?[\d,]+\s+[a-z]+)?"
    r"\s+among\s+(?:the\s+)?(?P<party>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
    r"(?=\s*[,;.)]|\s*$|\s+(?:in|at|on|and|during|since|after|who)\b)"
)


def _among_people(text: str, figure: Figure) -> str | None:
    """The people a toll with no noun of its own is "among", named after it ("666 deaths
    among GNA-aligned forces"), if they name people or a force (not "among the dead")."""
    if " among " not in text:
        return None
    end = max(figure.end, figure.noun_end)
    if figure.cue is not None and 0 <= figure.cue[0] - end <= 1:
        end = figure.cue[1]  # ("40 deaths| among soldiers": the count's cue, then its people)
    found = _AMONG_PEOPLE.match(text, end)
    if found is None:
        return None
    party = strip_determiners(found.group("party"))
    if any(character.isdigit() for character in party):
        return None  # ("40 deaths among the 300 passengers": a count of its own)
    head = party.split()[-1].lower()
    if lexicon().any_event.fullmatch(head) or not (names_people(party) or names_a_force(head)):
        return None
    return party


_ANOTHER_SPEAKER = re.compile(
    r"[,;]\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:reported|said|says|put|counted|gave|announced)\b",
    re.IGNORECASE,
)
_WHOLE_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised)\s+the\s+"
    r"(?:overall\s+|total\s+|death\s+)?(?:total|toll|tally)\s+(?:\w+\s+){0,2}?to\s+$",
    re.IGNORECASE,
)
# "puts Norlandic losses at| 300", "the Norlandic death toll of| 40": the nationality of the
# count's own words.
_LOSSES_OF = re.compile(
    r"\b(?P<people>[A-Z][a-z]+|[a-z]+['’]s?)\s+(?:military\s+)?"
    r"(?P<count>losses|casualties|dead|death\s+toll)\s+(?:at|of|to|as)\s+[\"“']?$"
)


def _people_of_losses(text: str, start: int) -> str | None:
    """The people a count names just before the figure: by their nationality ("Norlandic
    losses": in a war, its forces' losses, "Norlandic military"; "the Norlandic dead"), or a
    force's ("the rebels' losses")."""
    found = _LOSSES_OF.search(text, start - 60, start)
    if found is None:
        return None
    people = found.group("people")
    if people[:1].islower():
        force = people.removesuffix("'s").removesuffix("’s").rstrip("'’")
        return force if names_a_force(force) else None
    if not is_nationality(people):
        return None
    if _OFFICIAL_BEFORE.search(text, max(0, found.start() - 12), found.start("people")):
        return None  # "the official Norlandic death toll of| 731": Norland's count of all
    return f"{people} {'military' if found.group('count') == 'losses' else 'people'}"


_OFFICIAL_BEFORE = re.compile(r"\bofficial\s+$", re.IGNORECASE)


def _holder(text: str, body_before: str) -> str | None:
    """The country that holds the troops: "Norland, which has 12,000" -> "Norland"."""
    lex = lexicon()
    for match in lex.country.finditer(text):
        after = text[match.end() :]
        if lex.holding.match(_LEADING_COMMA.sub("", after)):
            return match.group(0)
    if _ITS.search(text) or not text.strip() or _ITS.search(body_before[-200:]):
        previous = body_before.rstrip()
        last_sentence = re.split(r"(?<=[.!?])\s+", previous)[-1] if previous else ""
        found = lex.country.search(last_sentence)
        if found:
            return found.group(0)
    return None


def _mover(text: str) -> str | None:
    """Who stands at a distance, right before it: "rebel forces stood| 25 km from"."""
    lex = lexicon()
    match = _MOVER.search(text[-80:])
    if not match:
        return None
    words = match.group("np").split()
    head = words[-1]
    if not names_a_force(head):
        return None
    kept = [
        w
        for w in words[:-1]
        if w.islower() and not is_number(w) and w not in lex.sets["determiners"]
    ]
    return " ".join(kept[-1:] + [head])


def _subject_party(text: str) -> str | None:
    """Who is at a distance: the people a sentence starts with ("The two commanders had ...")."""
    lex = lexicon()
    subject = re.match(
        r"[\s" + QUOTE_CHARS + r"]*(?:the|their|his|her|its|these|those)\s+((?:[\w-]+\s+){0,3}?)"
        r"([a-z][\w-]*)\s+(?:had|have|has|were|was|are|is|[a-z]+ed)\b",
        text,
        re.IGNORECASE,
    )
    if not subject:
        return None
    head = subject.group(2)
    if not names_a_force(head):
        return None
    words = [w for w in subject.group(1).split() if not lex.figure.fullmatch(w)]
    return " ".join(words + [head])


def headline_figures(
    entries: list[dict[str, Any]], sentences: list[Sentence], field: str
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any] | None]]:
    """The headline's figures without `field` (dates aside), each with the body's figures of
    its kind that have it, and the first of those it repeats (the same value) or None."""
    headline = next((s for s in sentences if s.headline), None)
    if headline is None:
        return
    body = [e for e in entries if e["span"][0] > headline.end and e.get(field)]
    for entry in entries:
        if entry.get(field) or entry["span"][1] > headline.end or entry["kind"] == "date":
            continue
        same = [e for e in body if e["kind"] == entry["kind"]]
        yield entry, same, next((e for e in same if e.get("best") == entry.get("best")), None)


def headline_parties(entries: list[dict[str, Any]], sentences: list[Sentence]) -> None:
    """A headline figure takes the party of the body figure it sums up: "30 Dead" that of
    "30 soldiers and rebels have died", "12 Killed" that of "9 policemen and 3 gunmen"; but
    none when the body gives its value as a count of everyone ("Strike kills 17" over
    "killing 17 people, including 10 staff. Seven patients were among the dead")."""
    headline = next((s for s in sentences if s.headline), None)
    for entry, same, twin in headline_figures(entries, sentences, "party"):
        if twin is not None:
            entry["party"], entry["subject"] = twin["party"], twin["subject"]
            continue
        assert headline is not None  # (headline_figures yields only under a headline)
        if any(
            e["span"][0] > headline.end
            and e["kind"] == entry["kind"]
            and e.get("best") == entry.get("best")
            and not e.get("party")
            for e in entries
        ):
            continue
        for first, second in zip(same, same[1:], strict=False):
            near = second["span"][0] - first["span"][1] < 40
            total = (first.get("best") or 0) + (second.get("best") or 0)
            if near and total == entry.get("best") and first["party"] != second["party"]:
                entry["party"] = f"{first['party']} and {second['party']}"
                entry["subject"] = f"{entry['party']} {entry['kind']}"
                break


_AND_A = re.compile(r"\s+and\s+(an?)\s+")


def article_figures(text: str, figures: list[Figure]) -> list[Figure]:
    """ "N X and a Y were killed": the "a" counts one Y."""
    found = []
    for figure in figures:
        if figure.kind not in families().tolls or figure.cue is None or figure.cue[0] < figure.end:
            continue
        stretch = text[figure.noun_end : figure.cue[0]]
        match = _AND_A.match(stretch)
        if match:
            start = figure.noun_end + match.start(1)
            if any(other.start <= start < other.end for other in figures):
                continue  # "two dozen soldiers and a dozen civilians": a figure of its own
            one = Figure(start, start + len(match.group(1)), match.group(1), Estimate(1, 1, 1))
            one.kind = figure.kind
            one.cue = figure.cue
            noun, noun_end, _ = noun_phrase(text, one.end, figure.cue[0])
            one.noun, one.noun_end = noun, noun_end
            one.party = strip_determiners(noun) or None
            found.append(one)
    return found

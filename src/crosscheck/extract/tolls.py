"""General rules of news prose about tolls, applied once a sentence's figures have kinds.

- A count that "exceeded", "surpassed" or "topped" a figure is a floor: more than it.
- "N persons have been recognized as victims" (registered, confirmed, recorded as dead or as
  casualties) is a toll of the dead; so is "the army lost N men".
- "Casualties" and "victims" are the dead when their sentence speaks of the dead (bodies,
  burials, lives) or counts the wounded apart.
- "Civilian population", "peaceful residents": the party is civilians.
- "The number of X killed ... is N": the party of the toll is X, named before its word.
- "Rebel forces had lost 120 men": a loss whose noun names no party is the loser's.
- "30 people were killed, including five children", "among them three soldiers": a figure
  after "including", "among them" or "of whom" is a part of the toll before it, of its kind.
- A toll whose party names no nationality ("19 of its nationals", "its total toll") takes
  the country its sentence names as the owner ("Chile said 19 of its nationals died").
- A toll scoped narrower than its event ("on the first day", "in one cemetery") is of that
  part: its party says so, so it is never compared with the event's whole as a rival.
- "Another 12 were killed", "12 more people died": a rise, not the toll; its subject says so
  ("more"), so it is never compared with the running toll as a rival.
- "35 of the injured were in serious condition", "12 of the dead were children": a figure
  of a toll's people ("of the injured") with a predicate is a part of that toll: the
  predicate names its party (children) or its scope (in serious condition).
The vocabulary is data (extract.yaml `toll_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.extract.figures import Figure
from crosscheck.extract.lexicon import (
    CAPACITY_BEFORE,
    HEDGES_BEFORE,
    WEEKDAYS,
    EndsOn,
    Needs,
    any_phrase,
    extract_data,
    families,
    holds,
    index_of,
    is_nationality,
    is_number,
    lexicon,
    names_a_force,
    sentence_holds,
    sentence_holds_any,
)
from crosscheck.extract.parties import APPOSED_PEOPLE, head_noun, names_people
from crosscheck.extract.places import gazetteer_knows, without_buildings
from crosscheck.model import PEOPLE_STATES, Estimate, Qualifier
from crosscheck.parties import everyone_key, everyone_taken, names_only_people, read_party
from crosscheck.places import is_state
from crosscheck.vocab import kinds

# (Look-backs search from `start - N` as it is: see "Look-backs" in lexicon.py.)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


_CASUALTY_HEADS = ("casualties", "casualty", "victims", "victim")


@dataclass(frozen=True)
class _Rules:
    exceed: re.Pattern[str]
    recognized: re.Pattern[str]
    loss: re.Pattern[str]
    people_nouns: frozenset[str]
    death_context: re.Pattern[str]
    injury: re.Pattern[str]
    civilian: re.Pattern[str]
    scope: re.Pattern[str]
    scope_labels: dict[str, str]  # a scope phrase's name in a subject ("night of": one night)
    care: re.Pattern[str]
    its: re.Pattern[str]
    recognition_words: frozenset[str]
    loss_words: frozenset[str]
    exceed_words: frozenset[str]
    casualty_words: frozenset[str]
    civilian_words: frozenset[str]
    scope_words: frozenset[str]
    owner_words: frozenset[str]
    disease: re.Pattern[str]  # "deaths from| cholera", "died of| diseases"
    disease_words: frozenset[str]
    single_wholes: frozenset[str]  # "in a single city": the story's whole, no part of it
    states: dict[str, str]  # a state of the injured as written -> its scope ("critically")


def _last_word(phrase: str) -> str:
    return re.findall(r"[a-z]+", phrase.lower())[-1]


@cache
def _rules() -> _Rules:
    raw = extract_data()["toll_rules"]
    return _Rules(
        exceed=re.compile(
            rf"\b(?:{_alternation(raw['exceed_verbs'])})\s+(?:the\s+)?(?:(?:mark|figure|level)"
            r"\s+of\s+)?$",
            re.IGNORECASE,
        ),
        recognized=re.compile(
            rf"^[^;:.!?]{{0,120}}?\b(?:been|be|are|were|was|is)\s+(?:officially\s+)?"
            rf"(?:{_alternation(raw['recognition_verbs'])})\s+as\s+(?:the\s+)?"
            rf"(?:{_alternation(raw['death_nouns'])})\b",
            re.IGNORECASE,
        ),
        loss=re.compile(rf"\b(?:{_alternation(raw['loss_verbs'])})\s+$", re.IGNORECASE),
        people_nouns=frozenset(raw["people_nouns"]),
        death_context=re.compile(rf"\b(?:{_alternation(raw['death_context'])})\b", re.IGNORECASE),
        injury=re.compile(rf"\b(?:{_alternation(raw['injury_words'])})\b", re.IGNORECASE),
        civilian=re.compile(rf"\b(?:{_alternation(raw['civilian_words'])})\b", re.IGNORECASE),
        # (in the figure's clause: not past a comma and a participle, "12 more bodies in the
        # village, taking the toll in one district to 58")
        scope=re.compile(
            rf"(?:[^;:.!?,]|,(?!\s+[a-z]+ing\b)){{0,60}}?\b(?:in|on|at|to|during|over|through|into)"
            rf"\s+(?:just\s+|only\s+)?"
            rf"(?:the\s+|a\s+)?"
            # "in a single farm field": one place of many
            rf"(?P<scope>{_alternation(raw['scope_words'])}|single\s+[a-z]+(?:\s+(?!(?:outside|in|on|at|near|of|and|or|the|where|when)\b)[a-z]+)?)\b",
            re.IGNORECASE,
        ),
        care=re.compile(rf"\b(?:{_alternation(raw['care_words'])})\b", re.IGNORECASE),
        # "its total death toll to| 59", "its own count at| 40": the country's own toll.
        its=re.compile(
            r"\bits\s+(?:[\w-]+\s+){0,3}(?:toll|tally|total|count|number|figure|losses)"
            # (not "its figure of| 769 dead": the count it gives, of whoever died)
            r"(?!\s+of\s+$)(?:\s+[\w-]+){0,3}\s+$",
            re.IGNORECASE,
        ),
        # Words one of which a sentence must have for a rule to be tried at all.
        recognition_words=frozenset(raw["recognition_verbs"]),
        loss_words=frozenset(raw["loss_verbs"]),
        exceed_words=frozenset(raw["exceed_verbs"]),
        casualty_words=frozenset((*_CASUALTY_HEADS, "casualty")),
        civilian_words=frozenset(_last_word(w) for w in raw["civilian_words"]),
        # (the longest word of each phrase: "night" of "night of", never "of")
        scope_words=frozenset(
            [
                *(max(re.findall(r"[a-z]+", w.lower()), key=len) for w in raw["scope_words"]),
                "single",
            ]
        ),
        scope_labels=dict(raw["scope_labels"]),
        states={
            " ".join(phrase.split()): scope
            for scope, phrases in raw["injury_states"].items()
            for phrase in phrases
        },
        owner_words=frozenset(("its", "nationals", "citizens")),
        disease=re.compile(
            r"[^;:.!?]{0,40}?\b(?:deaths?|died|dying|dead|killed)\s+(?:from|of|by)\s+"
            rf"(?:[\w-]+,?\s+(?:and\s+|or\s+)?){{0,4}}?(?:{_alternation(raw['disease_words'])})\b",
            re.IGNORECASE,
        ),
        disease_words=frozenset(raw["disease_words"]),
        single_wholes=frozenset(raw["single_wholes"]),
    )


_REVISED = r"(?:lowered|raised|revised|reduced|cut|increased|adjusted|corrected)"
# "..., bringing the total to| 71", "says its official figure is| 162": the count just
# named, carried on.
_TOTAL_AGAIN = re.compile(
    r"\b(?:(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed)\s+"
    r"(?:the|its|their)\s+(?:(?:overall|final|death|official)\s+)?(?:total|toll|tally|count|number)"
    r"\s+to"
    # "527 people had been injured; two days later the department lowered the count to| 489"
    rf"|{_REVISED}\s+(?:the|its|their)\s+"
    r"(?:own\s+)?(?:(?:overall|final|death|official)\s+)?(?:total|toll|tally|count|number|figure)\s+"
    r"(?:(?:down|up|downward|upward)\s+)?to"
    r"|(?:its|their)\s+(?:(?:official|latest|own|final)\s+)?(?:figure|toll|tally|count)"
    r"\s+(?:is|was|stands\s+at|stood\s+at|remains|remained)"
    # "The official figure was later revised to| 158": the count named before, revised
    r"|(?:the|its|their)\s+(?:(?:overall|final|death|official)\s+)?"
    r"(?:total|toll|tally|count|number|figure)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:(?:later|since|then|subsequently|eventually)\s+)?"
    rf"{_REVISED}\s+(?:(?:down|up|downward|upward)\s+)?to)\s+$",
    re.IGNORECASE,
)
_TOTAL_AGAIN_WORDS = ("total", "toll", "tally", "count", "number", "figure")
"""One of these is in every match of _TOTAL_AGAIN (`sentence_holds`: the quick answer)."""
# "the number of| 1,250", "the earlier estimate of| 80": a count named again, of the toll
# counted before.
_COUNT_AGAIN = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:earlier|initial|first|previous|original|provisional|"
    r"preliminary|official)\s+)?(?:number|figure|toll|tally|count|estimate)\s+of\s+$",
    re.IGNORECASE,
)
_COUNTED_BARE = re.compile(
    r"\b(?:counted|recorded|registered|reported|confirmed|tallied|listed|counts)\s+$",
    re.IGNORECASE,
)
# "over 400|, mostly soldiers,| being treated", "At least 50 people|, five of them children,|
# were killed": an aside between a figure and its verb.
_ASIDE = re.compile(
    r"\s*[,(—–]\s*(?:mostly|mainly|many|most|largely|including|among\s+them|all"
    r"|[\w-]+\s+of\s+(?:them|whom))\b[^,;:.()—–]{0,50}[,)—–]\s*"
)


def _other_kinds(
    text: str, figures: list[Figure], previous_kind: str | None, body_before: str
) -> None:
    """Figures left without a kind whose count is named again, whose verb follows an aside,
    or whose toll is named after "the number of"."""
    for index, figure in enumerate(figures):
        if figure.kind != "other" or figure.kind_hint is not None or figure.extra.get("time"):
            continue  # ("over the two nights": a time, whatever verb follows)
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        # The aside may follow the counted noun and hold a figure of its own ("32 people,
        # including eight policemen, were killed").
        aside = _ASIDE.match(text, max(figure.end, figure.noun_end))
        if aside:
            from crosscheck.extract.kinds import event_kind  # kinds calls this module

            reach = limit if limit > aside.end() else len(text)
            found = event_kind(text[aside.end() : min(reach, aside.end() + 40)])
            if found:
                figure.kind = found[0]
                continue
        before = figures[index - 1] if index else None
        if (
            before is not None
            and before.kind in families().tolls
            and figure.partitive in lexicon().sets["anaphoric_pronouns"]
        ):
            figure.kind = before.kind  # "At least 50 people, five of them children, were killed"
            continue
        if _COUNT_AGAIN.search(text, figure.start - 40, figure.start):
            # "the figure of| 612": the toll this sentence named before it, else the one of
            # the sentence before, else the last the text named ("... 71 people died. The
            # 71 include a baby. The final figure is lower than the estimate of| about 80")
            in_sentence = next(
                (f.kind for f in reversed(figures[:index]) if f.kind in families().tolls), None
            )
            counted = (
                in_sentence
                or previous_kind
                or last_toll_named(body_before + " " + text[: figure.start])
            )
            if counted is not None:
                figure.kind = counted
                continue
        if (
            not figure.noun
            and _COUNTED_BARE.search(text, figure.start - 14, figure.start)
            and (
                counted := last_toll_named(text[: figure.start])
                or (previous_kind if previous_kind in families().tolls else None)
            )
            is not None
        ):
            # "Most of the deaths were in Eastmark, where the ministry counted| 394": a
            # number alone that someone counted is of the toll its sentence named before.
            figure.kind = counted
            continue
        if sentence_holds(text, _TOTAL_AGAIN_WORDS) and _TOTAL_AGAIN.search(
            text, figure.start - 60, figure.start
        ):
            # "..., bringing the total to| 71", "says its official figure is| 162": the count
            # just named, in this sentence or the one before.
            # (not "pulled 20 from the rubble, bringing the total to 45": the 20's total)
            last = next((f for f in reversed(figures[:index]) if not f.extra.get("time")), None)
            kind = last.kind if last is not None else previous_kind
            if kind in families().tolls:
                figure.kind = kind
                figure.extra["extends"] = True  # the same count, carried on
                continue
        if not figure.noun and _ESTIMATE_AGAIN.search(text, figure.start - 80, figure.start):
            # "Some estimates, circulated by student leaders, run to| 620", "eyewitnesses
            # estimated it at| 4,000": the count this sentence or the one before named
            # (not "Its magnitude was 6.1; the centre put it at 6.4": a figure of its own
            # sentence that is no toll)
            last = next((f for f in reversed(figures[:index]) if not f.extra.get("time")), None)
            counted = last.kind if last is not None else previous_kind
            if counted in families().tolls:
                figure.kind = counted
                continue
        if _UP_FROM.search(text, figure.start - 20, figure.start):
            # "The figure ... was up from| 322 a day earlier", "The latest figure was up from|
            # 154 on Friday": the count this sentence or the one before named, earlier
            in_sentence = next(
                (f.kind for f in reversed(figures[:index]) if f.kind in families().tolls), None
            )
            counted = in_sentence or (
                _risen_from(figure.estimate.best, body_before[-400:])
                if sentence_holds(text, _TOTAL_AGAIN_WORDS)
                else None
            )
            if counted is not None:
                figure.kind = counted
                continue
        if (
            not figure.noun
            and not any(not f.extra.get("time") for f in figures[:index])
            and _THE_BARE.search(text, figure.start - 5, figure.start)
        ):
            # "the families of the| 86", "whether the| 164 included ...": the toll the
            # article gave that number as before (not "40 joined, far more than the 25":
            # a number its own sentence sets against another)
            counted = _toll_given_as(figure.text, body_before + " " + text[: figure.start])
            if counted is not None:
                figure.kind = counted
                continue
        # "the number of miners killed in the blast rose to| 31": the toll's word names it.
        named = (
            _NUMBER_OF.search(text, figure.start - 160, figure.start)
            if sentence_holds(text, _NUMBER_OF_WORDS)
            else None
        )
        if named:
            found = _named_event(named.group("named"))
            if found and found[0] in families().tolls:
                figure.kind = found[0]


_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+$", re.IGNORECASE)
# "other estimates run as high as| 620" (a figure starts at its hedge), "estimates range up
# to| 840", "witnesses put it at| 4,000": a count named before, estimated again.
_ESTIMATE_AGAIN = re.compile(
    r"\b(?:[Ee]stimates\b[^.;:!?]{0,50}?\b(?:run|ran|range|ranged|go|went|reach|reached)"
    r"(?:\s+(?:up\s+)?to)?"
    r"|(?:put|puts|putting|estimated|estimate|estimates|placed|places|reckoned)\s+it\s+at)\s+$"
)
_THE_BARE = re.compile(r"\b[Tt]he\s+$")


def _risen_from(value: float | None, before: str) -> str | None:
    """The toll kind of the sentence before that a count "up from" `value` rose to: its
    toll of the least value above it ("rose to 158, with 6,000 injured and 21 missing. The
    latest figure was up from 154": the dead)."""
    from crosscheck.extract.kinds import event_kind  # kinds calls this module

    if value is None:
        return None
    last = before.rstrip().rstrip(".")
    sentence = last[max(last.rfind(". "), 0) :]
    best: tuple[float, str] | None = None
    since = 0  # (each number's clause: from the number before it to just after it)
    for match in _NUMERAL.finditer(sentence):
        number = float(match.group(0).replace(",", ""))
        told = event_kind(sentence[since : match.end() + 30], last=True)
        since = match.end()
        if (
            number > value
            and told is not None
            and told[0] in families().tolls
            and (best is None or number < best[0])
        ):
            best = (number, told[0])
    return best[1] if best is not None else None


_NUMERAL = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?![\w,.]\d)")


def _toll_given_as(number: str, before: str) -> str | None:
    """The toll kind of the last figure written `number` in the text before, if its words
    name a toll ("A truck killed 86 people ... the families of the 86": killed)."""
    from crosscheck.extract.kinds import event_kind  # kinds calls this module

    found = None
    for match in re.finditer(rf"(?<![\w,.]){re.escape(number)}(?![\w,])", before):
        # (its clause around it: "killed 86 people", "86 people died")
        start = max(before.rfind(".", 0, match.start()), match.start() - 40, 0)
        end = before.find(".", match.end())
        told = event_kind(before[start : min(end if end >= 0 else len(before), match.end() + 60)])
        found = told[0] if told is not None and told[0] in families().tolls else found
    return found


# The words of a second guess: "40, perhaps| 50,", "817 and likely| more than 1,000",
# "dozens, if not| hundreds,".
SECOND_GUESS = r"(?:likely|possibly|probably|perhaps|maybe|even|if\s+not)"
# "30 people were killed, including| 5 children", "among them| 3 soldiers": a part of the toll.
# "8 policemen| and |9 of the attackers": figures joined in one list.
COORDINATION = re.compile(
    # "killing at least 817 and likely| more than 1,000"
    # "dozens, if not hundreds,| of people": a second guess
    r"[\s,]*(?:and|or|as well as|plus|if\s+not|,)\s*"
    rf"(?:{SECOND_GUESS}\s+)?",
    re.IGNORECASE,
)
_INCLUDING = re.compile(
    # ("45 people (including| 12 children)": an aside in brackets as after a comma)
    r"(?:,\s*|\s*\(\s*|\s+)(?:including|among\s+(?:them|whom|those)|of\s+(?:whom|them)"
    # "the official toll of 64, which included| 11 police officers", "a toll of 50 includes|"
    r"|(?:(?:which|that)\s+)?(?:has\s+|had\s+)?(?:included|includes|include))\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


_LIST_END = re.compile(r"\s*(?:[,;.)—–]|and\s|$)")


def _listed_after(text: str, toll: Figure, figure: Figure, generic: frozenset[str]) -> bool:
    """Whether `figure` opens a list of the parts of `toll`, the figure just before it, set off
    by a comma with no verb of its own: "17 people had been killed, 10 civilians and seven
    servicemen".  Only a toll of people of no party has parts named so ("17 soldiers were
    killed, 30 militants" are no part of the soldiers)."""
    head = toll.noun.split()[-1].lower() if toll.noun else ""
    return (
        toll.kind in families().tolls
        and (not head or head in generic)
        and figure.cue is None
        and not figure.partitive
        and text[toll.end : figure.start].rstrip().endswith(",")
        and not any(mark in text[toll.end : figure.start] for mark in ";:()")
        and _LIST_END.match(text, figure.noun_end) is not None
    )


# "18 foreigners| - |nine Italians", "17 of the slain were foreigners| — |nine Italian": a
# breakdown set off by a dash after the toll (and what the clause says of it).
_DASH_LIST = re.compile(r"[^;:.!?()\d—–]{0,60}?\s(?:-|—|–|--)\s*$")


def _dashed_after(text: str, toll: Figure, figure: Figure) -> tuple[str, int] | None:
    """The noun and its end of `figure` if it opens a breakdown of `toll`, the figure before
    it, after a dash; else None.  A cue before the dash is the toll's ("17 of the slain
    hostages were foreigners - nine Italian"); a cue right after the figure is its noun
    ("22 people dead - 20 hostages and two police officers": the part's people, not their
    fate)."""
    if toll.kind not in families().tolls or figure.partitive:
        return None
    if _DASH_LIST.fullmatch(text, max(toll.end, toll.noun_end), figure.start) is None:
        return None
    cue = figure.cue
    if cue is None or cue[1] <= figure.start:
        noun = (figure.noun, figure.noun_end)
    elif not figure.noun and not text[figure.end : cue[0]].strip():
        noun = (text[cue[0] : cue[1]], cue[1])
    else:
        return None  # "- police said 12 were killed": a clause of its own
    return noun if _LIST_END.match(text, noun[1]) is not None else None


_LATEST_SPELL = re.compile(
    r"\s+(?:(?:in|over|during)\s+the\s+(?:past|last|previous)|overnight|since)\b", re.IGNORECASE
)


def _dashed_part(text: str, figures: list[Figure], index: int, last: Figure | None) -> bool:
    """Whether `figures[index]` is a part of a toll's breakdown after a dash ("18 foreigners
    - nine Italians, seven Japanese"), or goes on with `last`, the part before it: if so it
    is made one, of the toll's kind."""
    figure = figures[index]
    if figure.kind_hint is not None:
        return False
    opened = _dashed_after(text, figures[index - 1], figure) if index else None
    going_on = (
        last
        if last is not None
        and last.extra.get("dashed")
        and (figure.cue is None or figure.cue[1] <= last.noun_end)
        and COORDINATION.fullmatch(text, last.noun_end, figure.start)
        else None
    )
    if opened:
        figure.noun, figure.noun_end = opened
        figure.kind = figures[index - 1].kind
    elif going_on is not None:
        figure.kind = going_on.kind
    else:
        return False
    figure.extra["part"] = figure.extra["dashed"] = True
    return True


def dashed_breakdowns(text: str, figures: list[Figure]) -> None:
    """The parts of a toll's breakdown after a dash, for a toll whose kind a later rule gave
    ("still holding six foreigners - three Danes, two Poles": hostages once the
    holder is read, `kinds._held_hostage`)."""
    last: Figure | None = None
    for index, figure in enumerate(figures):
        last = (
            figure if figure.kind == "other" and _dashed_part(text, figures, index, last) else None
        )


def _parts_of_toll(text: str, figures: list[Figure]) -> None:
    """A figure right after "including", "among them" or "of whom" that follows a toll in its
    sentence, and names a party ("killed 30 people, including two policemen"), counts a
    part of that toll: it is of the toll's kind, whatever its noun would make it ("among
    them three soldiers" is not a force of three).  One that names no party ("including
    five people") is left aside: it would read as a rival count of the same people."""
    tolls = set(families().tolls)
    generic = lexicon().sets["generic_nouns"]
    part: Figure | None = None  # the part just before, for "and five soldiers"
    for index, figure in enumerate(figures):
        before = [f for f in figures[:index] if f.kind in tolls]
        last, part = part, None
        if _dashed_part(text, figures, index, last):
            part = figure
            continue
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        if (
            before
            and (not head or head in lexicon().sets["manner_words"])
            and figure.kind == before[-1].kind
            and figure.cue is not None
            and figure.cue[0] <= max(figure.end, figure.noun_end) + 2
            and _INCLUDING.search(text, max(before[-1].end, figure.start - 30), figure.start)
            # ("including 28 deaths in the past 24 hours": the latest rise, not a part)
            and not _LATEST_SPELL.match(text, figure.cue[1])
        ):
            # "documented 16 killings, including nine executions": a part of the toll by how
            # they died, its own cue the noun (never the toll's rival)
            figure.extra["part"] = True
            figure.extra.setdefault("scope", "among them")
            continue
        if not before or figure.kind_hint is not None or not head or head in generic:
            continue  # "including five people": no party of its own, left aside
        own_verb = figure.kind in tolls and not figure.coordinated
        if _INCLUDING.search(text, max(before[-1].end, figure.start - 30), figure.start) or (
            not own_verb
            and (
                (last is not None and COORDINATION.fullmatch(text, last.noun_end, figure.start))
                or _listed_after(text, figures[index - 1], figure, generic)
            )
        ):
            # "including eight civilians| and five soldiers": each a part of the toll.
            if not own_verb:
                figure.kind = (last or before[-1]).kind
            figure.extra.pop("time", None)
            figure.extra["part"] = True
            part = figure


# "Among the dead are| 67 police officers and 25 civilians": the parts of a toll, named in
# the clause its opening heads.
_AMONG_THE_OPENING = re.compile(
    r"\bamong\s+(?:the|those)\s+(?P<cue>[a-z]+)\s+(?:are|were|is|was|included|includes|include)"
    r"\b[^;:.!?]*$",
    re.IGNORECASE,
)


def _among_the_toll(before: str) -> bool:
    """Whether the clause before a figure opens "among the dead are" (a toll's word)."""
    from crosscheck.extract.kinds import event_kind  # kinds calls this module

    found = _AMONG_THE_OPENING.search(before)
    if found is None:
        return False
    cue = event_kind(found.group("cue"))
    return cue is not None and cue[0] in families().tolls


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)


Toll = tuple[str, float | None, str | None]
"""A toll as the next sentence may refer to it: (kind, value, party)."""


def parts_of_them(text: str, figures: list[Figure], before: Toll | None = None) -> None:
    """A count written "N of them" after a count of its kind in the sentence, and below it
    ("detained more than 600 people; 261 of them have been formally arrested"), is scoped
    "among them": a part of that count, never its rival.  So is the first toll of a sentence
    written "N of them" with no noun of its own, below the last toll of the sentence before
    (`before`), of its kind and of its party ("... at 130 hostages dead.  Five of them were
    shot"; not "295 citizens killed.  186 of them are military": a party of their own)."""
    for index, figure in enumerate(figures):
        if figure.extra.get("scope") or not _OF_THEM.match(text, figure.end):
            continue
        wholes: list[tuple[str, float | None, str | None]] = [
            (f.kind, f.estimate.best, f.party) for f in figures[:index] if not f.extra.get("time")
        ]
        if not wholes and before is not None and not figure.noun:
            if figure.party != before[2]:
                continue
            wholes = [before]  # of the count the sentence before ended on
        elif figure.party and not any(figure.party == party for _, _, party in wholes):
            continue  # ("186 of them are military": a party of their own)
        whole = next((best for kind, best, _ in reversed(wholes) if kind == figure.kind), None)
        if (
            whole is not None
            and figure.kind != "other"
            and figure.estimate.best is not None
            and figure.estimate.best < whole
        ):
            figure.extra["scope"] = "among them"


def parts_read_as_everyone(text: str, figures: list[Figure]) -> None:
    """A part of a toll whose people parties.yaml reads as everyone, as people of no side
    ("30 people, including five civilians"; "nine people, four of them civilians"; "19 of
    the dead were women and 12 were men") is scoped "among them": unscoped the part would be
    a rival of every count of the whole.  (A part of another party, "11 children", is
    compared with the whole as a part, compare.py.)"""
    pronouns = lexicon().sets["anaphoric_pronouns"]
    everyone = everyone_key()
    for figure in figures:
        if (
            figure.kind not in families().tolls
            or figure.extra.get("scope")
            or not figure.party
            or not _read_as_everyone(figure.kind, figure.party, everyone)
            # ("five people": no party of its own)
            or figure.party.lower() in lexicon().sets["generic_nouns"]
        ):
            continue
        if (
            figure.extra.get("part")
            or (figure.partitive in pronouns and figure.noun)
            or _among_the_toll(text[: figure.start])
            # "19 of the dead were women and 12 were men", "Of the dead, 20 were women and 11
            # men": a breakdown of the toll the clause names
            or _OF_THE_DEAD_WERE.search(text, max(0, figure.start - 100), figure.end + 60)
        ):
            figure.extra["scope"] = "among them"


def _read_as_everyone(kind: str, party: str, everyone: str) -> bool:
    """Whether the people `party` names read as everyone a toll of `kind` counts: people of
    no side, or, of those taken in one abduction (kinds.yaml `taken_once`), the students,
    girls or passengers taken (parties.yaml `taken_everyone`)."""
    read = read_party(party)
    if read.key == everyone:
        return True
    spec = kinds().get(kind)
    return spec is not None and spec.taken_once and everyone_taken(read)


# "12 of the dead were men", "Of the dead, 20 were women and 11 men", "the dead included 12
# men", "12 men and 18 women were among the dead": a breakdown of a toll by who its people
# were.
_OF_THE_DEAD_WERE = re.compile(
    # ("Of the 30 dead, 12 were men")
    r"\bof\s+(?:the|those|these)\s+(?:[\w,]+\s+)?(?:dead|killed|victims|injured|wounded"
    # ("Of those taken, 120 were boys")
    r"|taken|kidnapped|abducted|hostages|captives)\b"
    r"[^.;:]{0,40}?\b(?:were|was|are|included)\b"
    # ("Those killed included 12 men")
    r"|\b(?:the|its|their|those)\s+(?:dead|victims|casualties|killed)\s+"
    r"(?:include|included|includes)\b"
    # ("12 men and 18 women were among the dead")
    r"|\b(?:were|was|are|is)\s+among\s+(?:the|those)\s+(?:dead|killed|victims)\b",
    re.IGNORECASE,
)


# "Nine| of the |10 terrorists were killed", "40| of the school's |210 pupils survived": a
# part of a group the next figure counts.
_OF_THE_GROUP = re.compile(
    r"\s+of\s+(?:the|its|their|those|these|(?:the\s+)?[\w-]+['’]s)\s+", re.IGNORECASE
)
_ALL_BUT = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)
_FINITE_NEXT = re.compile(r"[^,;.]*?\b(?:were|was|are|is|have|had|has)\b", re.IGNORECASE)


def _part_of_group(text: str, figures: list[Figure]) -> None:
    """A part of a group ("Nine of the 10 terrorists were killed", "Three of the 12
    passengers died"): the verb and its event are the first figure's, counted among the
    group's people; the group (the second) is a force's strength, people held as its noun
    says, or other."""
    from crosscheck.extract.kinds import stock_kind  # kinds calls this module

    for part, group in zip(figures, figures[1:], strict=False):
        if part.noun or part.kind_hint is not None or group.kind == "other" or not group.noun:
            continue  # ("75 percent of the 470 people killed": a share, not a part)
        if part.kind != "other":
            continue  # "recaptured| more than 200 of the 4,000 inmates who fled": its own verb
        if not _OF_THE_GROUP.fullmatch(text, part.end, group.start):
            continue
        if group.kind in families().tolls and _ALL_BUT.search(text, 0, part.start):
            # "all but eight of the 129 schoolgirls kidnapped had been freed": the eight are
            # those the group's word still counts, a part of it
            part.kind, part.noun, part.noun_end = group.kind, group.noun, group.noun_end
            part.extra["scope"] = "still"
            group.extra["whole"] = True  # all of them, those freed too (never "released")
            continue
        if (
            group.cue is not None
            and not text[group.noun_end : group.cue[0]].strip()
            and _FINITE_NEXT.match(text, group.cue[1], group.cue[1] + 60)
        ):
            # "40 of the 120 protesters detained| were released", "Five of the seven
            # candidates arrested on December 19| have been charged": the group's own
            continue
        part.kind, part.noun, part.noun_end, part.cue = (
            group.kind,
            group.noun,
            group.noun_end,
            group.cue,
        )
        if "scope" in group.extra:
            part.extra["scope"] = group.extra.pop("scope")
        by_noun = group.cue is not None and group.cue[0] < group.noun_end
        if not by_noun:
            group.kind, group.cue = stock_kind(group.noun) or "other", None


def refine_kinds(
    text: str, figures: list[Figure], previous_kind: str | None = None, body_before: str = ""
) -> None:
    """Kinds and floors the general rules decide (before parties are assigned)."""
    rules = _rules()
    if len(figures) > 1:
        _part_of_group(text, figures)
    _other_kinds(text, figures, previous_kind, body_before)
    words = index_of(text).words
    if len(figures) > 1:
        _parts_of_toll(text, figures)
    recognition = not rules.recognition_words.isdisjoint(words)
    loss = not rules.loss_words.isdisjoint(words)
    exceed = not rules.exceed_words.isdisjoint(words)
    casualty = not rules.casualty_words.isdisjoint(words)
    if not (recognition or loss or exceed or casualty):
        return  # the quick answer for most sentences
    killed = families().tolls[0]  # kinds.yaml lists the dead first
    people = set(families().people)
    for index, figure in enumerate(figures):
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        before = text[max(0, figure.start - 40) : figure.start]
        recognized = rules.recognized.match(text[figure.end : limit]) if recognition else None
        if recognized:
            figure.kind = killed
            figure.extra["counted"] = text[figure.end : figure.end + recognized.end()]
            figure.kind_hint = None
        elif loss and rules.loss.search(before):
            head = figure.noun.split()[-1].lower() if figure.noun else ""
            if head in rules.people_nouns or (not head and figure.kind in people):
                figure.kind = killed
        if casualty and figure.kind != killed:
            nouns = figure.noun.lower().split()[:2]
            cue = text[figure.cue[0] : figure.cue[1]].lower() if figure.cue else ""
            # (not "89 injured victims": the word before the noun says they are hurt)
            if (
                (
                    any(n in _CASUALTY_HEADS for n in nouns)
                    or cue.startswith("casualt")
                    or _NUMBER_OF_VICTIMS.search(text, figure.start - 60, figure.start)
                )
                and not rules.injury.match(text[figure.end :].lstrip())
                and (
                    rules.death_context.search(text)
                    or rules.injury.search(text, figure.end)
                    or figure.kind == "other"
                )
            ):
                figure.kind = killed
        if (
            exceed
            and figure.kind in people
            and figure.estimate.qualifier is Qualifier.EXACT
            and not figure.hedged
            and figure.estimate.low == figure.estimate.high
            and rules.exceed.search(before)
        ):
            best = figure.estimate.best
            figure.estimate = Estimate(best, best, None, Qualifier.AT_LEAST, figure.estimate.unit)


# "the number of victims may reach| up to 260 people", "the number of victims rose to| 48":
# the count of the victims, whatever noun follows the figure.
_NUMBER_OF_VICTIMS = re.compile(
    r"\bnumber\s+of\s+(?:the\s+)?victims\b[^.;:!?\d]{0,40}$", re.IGNORECASE
)


# "11 dead patients on our floor alone", "brought to the city's main hospital alone": a
# toll of one part of its event (a proper place, "in Eastport alone", names a whole).
_ALONE = re.compile(
    # (not past a comma: "found 12 more bodies in the village|, taking the toll in the
    # district alone to 58": the next clause's part)
    r"[^;:.!?,]{0,80}?\b(?:in|on|at|to|near|inside|outside|around)\s+"
    r"(?:(?:the|our|their|its|his|her|one|a|this|that)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?P<scope>[a-z][\w-]*)\s+alone\b"
)


# "his hospital alone had received| 21 bodies": the part named before the figure
_ALONE_BEFORE = re.compile(
    r"\b(?:the|our|their|its|his|her|one|this|that)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<scope>[a-z][\w-]*)\s+alone\s+(?:(?:had|has|have)\s+)?(?:[a-z]+\s+){1,2}$"
)


_NAME_ALONE = r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+){0,2})\s+alone\b"
# (and a part by time or place in words: "In the first week alone,| 40 died")
_PLACE_ALONE_BEFORE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?:"
    + _NAME_ALONE
    + r"|(?P<words>the\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+alone\b)\s*,?\s*$"
)
_PLACE_ALONE_AFTER = re.compile(r"[^;:.!?,]{0,80}?\bin\s+(?:the\s+)?" + _NAME_ALONE)
# "In Westby, one of the worst-hit villages, residents said| 95 were killed": one place of
# the many the event struck, a part of its toll
_GRAVE_HELD = re.compile(
    r"\b(?:a|one|the|another)\s+(?:[a-z]+\s+)?(?:grave|trench|pit)\b[^.;:!?]{0,80}?\b"
    r"(?:held|holds|contained|contains|holding|containing)\s+"
    r"(?:(?:the\s+)?(?:bodies|remains)\s+of\s+)?(?:(?:at\s+least|some|about|nearly)\s+)?$",
    re.IGNORECASE,
)
_ONE_OF_THE_PLACES = re.compile(
    r"\b[Ii]n\s+(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+){0,2}),\s+one\s+of\s+"
    r"the\s+(?:[\w-]+\s+){0,2}(?:villages|towns|communities|districts|areas|neighbourhoods"
    r"|neighborhoods|camps|cities|settlements|localities)\b[^.;:!?]{0,120}$"
)


# "Among the civilian population| 1 person perished", "among civilians, 12 were killed".
_AMONG_CIVILIANS = re.compile(
    r"\bamong\s+(?:the\s+)?(?:civilian\s+population|civilians|peaceful\s+(?:population|"
    r"residents|inhabitants|citizens)|non-?combatants)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)


def refine_parties(text: str, figures: list[Figure], body_before: str) -> None:
    """Parties the general rules decide (after the ordinary reading)."""
    rules = _rules()
    lex = lexicon()
    tolls = set(families().tolls)
    words = index_of(text).words
    civilian = not rules.civilian_words.isdisjoint(words)
    losses = "losses" in words
    scoped = not rules.scope_words.isdisjoint(words)
    owned = not rules.owner_words.isdisjoint(words)
    number = "number" in words
    lost = not rules.loss_words.isdisjoint(words)
    pronoun = "them" in words or "whom" in words or any(f.partitive for f in figures)
    alone = "alone" in words
    one_of = "one" in words and "of" in words
    grave = not words.isdisjoint(("grave", "trench", "pit"))
    # ("Nine were teenagers": a sentence opening with a bare count, and who they were)
    opens = (
        bool(figures)
        and not figures[0].noun
        and _opens_with(text, figures[0])
        and not words.isdisjoint(("were", "are"))
    )
    cues = (civilian, losses, scoped, owned, number, lost, pronoun, alone, one_of, grave, opens)
    if not any(cues):
        return  # the quick answer for most sentences
    _predicate_parts(text, figures)
    for figure in figures:
        if figure.kind not in tolls:
            continue
        named = _NUMBER_OF.search(text, figure.start - 160, figure.start) if number else None
        if named and not figure.party:
            party = _named_before_cue(named.group("named"))
            if party:
                figure.party = party
                figure.extra["counted"] = party
        # (with no noun of its own, the people it was given: "more than the 600 the
        # commission estimated", after "247 ethnic Amhara civilians were killed")
        counted = figure.extra.get("counted") or figure.noun or figure.party
        if (
            civilian
            and counted
            and rules.civilian.search(counted)
            # (not "8,000 soldiers and civilians": a total over both)
            and not read_party(counted).composite
        ):
            figure.party = "civilians"
        elif (
            civilian
            and not figure.party
            and _AMONG_CIVILIANS.search(text, figure.start - 80, figure.start)
        ):
            # "among the civilian population 1 person perished": civilians
            figure.party = "civilians"
        found = _LOSSES.search(text[max(0, figure.start - 120) : figure.start]) if losses else None
        if found and not figure.party:
            figure.party = " ".join(found.group("party").split())
        if lost and (not figure.party or figure.party.lower() == "men"):
            # "rebel forces had lost more than 100 men": the men are theirs.
            figure.party = _loser(text[: figure.start]) or figure.party
        elif lost and not any(is_nationality(w) for w in re.split(r"[\s-]+", figure.party or "")):
            # "Norlandic forces had lost more than 200 servicemen": Norlandic servicemen
            # "Norland lost 312 pilgrims": Norland's pilgrims (`_loser`: "Norland people")
            loser = _loser(text[: figure.start]) or ""
            people = [w for w in loser.split() if is_nationality(w)]
            if not people and loser.endswith(" people"):
                people = [loser.removesuffix(" people")]
            if people:
                figure.party = f"{people[0]} {figure.party}"
        scope = rules.scope.match(text, figure.end) if scoped else None
        phrase = " ".join(scope.group("scope").lower().split()) if scope else ""
        if phrase.startswith("single "):
            # "in a single farm field": one place of many (not "a single attack", "a single
            # day", "a single city": the event, its time, its place)
            events = lex.sets["event_nouns"] | lex.sets["time_units"] | rules.single_wholes
            phrase = "" if set(phrase.split()) & events else "one" + phrase[len("single") :]
        if phrase:
            figure.extra["scope"] = rules.scope_labels.get(phrase, phrase)
            figure.party = None  # the subject names the part: "people killed on the first day"
            continue
        part = (
            _ALONE.match(text, figure.end)
            or _ALONE_BEFORE.search(text, max(0, figure.start - 80), figure.start)
            if alone
            else None
        )
        if part:
            figure.extra["scope"] = f"one {part.group('scope')}"
            figure.party = None
            continue
        # "In Eastport alone, 103 people died", "103 died in Eastport alone": a part of the
        # toll by place, never its rival (its place is Eastport's too)
        there = (
            _PLACE_ALONE_BEFORE.search(text, max(0, figure.start - 60), figure.start)
            or _PLACE_ALONE_AFTER.match(text, figure.end)
            if alone
            else None
        )
        if there:
            figure.extra["scope"] = f"in {there.group('place') or there.group('words')}"
            figure.party = None
            continue
        held = _GRAVE_HELD.search(text, max(0, figure.start - 120), figure.start) if grave else None
        if held is not None:
            # "a trench dug in the grounds of the church held| 57 bodies": one grave's dead,
            # a part of the toll, never its rival
            figure.extra["scope"] = "one grave"
            figure.party = None
            continue
        among = (
            _ONE_OF_THE_PLACES.search(text, max(0, figure.start - 200), figure.start)
            if one_of
            else None
        )
        if among:
            figure.extra["scope"] = f"in {among.group('place')}"
            figure.party = None
            continue
        party = figure.party or ""
        if not owned or any(is_nationality(word) for word in re.split(r"[\s-]+", party)):
            continue
        if party and any(lex.country.search(w) for w in party.split()):
            continue
        before = text[: figure.start]
        owner = None
        its = None if party else rules.its.search(before)
        if party.lower() in ("nationals", "citizens") or its:
            owner = _owner(before, body_before)
        if owner:
            word = lex.demonyms.get(owner, owner)
            # "raised its military death toll to| 71": its forces' dead
            forces = its is not None and _MILITARY.search(its.group(0)) is not None
            figure.party = f"{word} {party or ('military' if forces else 'people')}"


_MILITARY = re.compile(r"\b(?:military|army|armed\s+forces|troops|soldiers|servicemen)\b", re.I)


# "Of the dead, 40 of them were sailors| and| 12 – pilots": each part names its party.
_AFTER_PARTY = r"(?:under|over|aged|of|at|in|from|on|near)\b"
_IS_PARTY = re.compile(
    # "five were children", "46 were Uighurs" (a people named by a capitalised plural)
    rf"\s+(?:are|were|was|is)\s+(?P<party>(?:[a-z][\w-]*|[A-Z][a-z]+s\b)"
    rf"(?:\s+(?!{_AFTER_PARTY}|who\b|whom\b)[a-z][\w-]*)?)"
    # ... to the clause's end, or an age or a place after it: "five were children| under
    # 12", "four were residents| of the village"; or a clause of who they were ("62 were
    # civilians| who, officials insist, were killed by the militants")
    rf"(?=\s+and\b|\s*[,;.]|\s*$|\s+{_AFTER_PARTY}|\s+(?:who|whom)\b)"
)
_DASH_PARTY = re.compile(
    r"\s*(?:[–—:]|-{1,2})\s*(?P<party>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,;.]|\s*$)"
)
_AND = re.compile(r"\s+and\s+$")
# '19 of the dead were women| and 12 were men', '94 were "terrorists,"| 31 were soldiers, and|
# 62 were civilians': the next part of a list of them
_NEXT_PART = re.compile(r"(?:,?\s+and|,[\"”]?|[\"”],)\s+$")
# "40 were Muslims and 13| Hindus", "20 were soldiers and 10| civilians": the verb left out.
_BARE_PARTY = re.compile(r"\s+(?P<party>[A-Z][a-z]+s|[a-z][\w-]*)(?=\s*[,;.]|\s*$)")
# "12 of them| seriously", "four of them| in critical condition": a part's state, no verb.
# "about 4 million of them| across Norland's borders", "70 of them| in Kabul": a part by place.
_BARE_STATE = re.compile(
    r"\s*(?P<state>[a-z]+ly|in\s+(?:a\s+)?[a-z]+\s+condition|in\s+(?:the\s+)?hospitals?"
    r"|in\s+intensive\s+care|(?:in|across|outside|inside|within|abroad\s+in)\s+[^,;.()]{2,40}?)"
    r"(?=\s*[,;.)]|\s+and\s|\s*$)",
    re.IGNORECASE,
)


# "Of those taken,| 120 were boys": the toll a sentence's bare count is a part of.
_OF_THOSE = re.compile(r"\s*of\s+(?:the|those|these)\s+[^,;:]{1,40},\s*", re.IGNORECASE)


def _opens_with(text: str, figure: Figure) -> bool:
    """Whether `figure` opens its sentence, maybe after "Of those taken,"."""
    before = text[: figure.start]
    return not before.strip() or _OF_THOSE.fullmatch(before) is not None


_PART_VERB = re.compile(
    r"\s+(?:were|are|was|is|have\s+been|had\s+been|has\s+been)\s+(?:later\s+|then\s+|also\s+)?"
    r"(?P<verb>[a-z]+ed)\b",
    re.IGNORECASE,
)


def _predicate_parts(text: str, figures: list[Figure]) -> None:
    """ "N of them are soldiers and M – civilians": the parts of the toll counted before take
    the party their predicate names, and a part joined by "and" the toll's kind."""
    tolls = set(families().tolls)
    previous: Figure | None = None
    placed: tuple[Figure, int] | None = None  # the last part scoped by a place, its end
    for figure in figures:
        listed = None if placed is None else _BARE_STATE.match(text, figure.end)
        if (
            placed is not None
            and listed is not None
            and not figure.noun
            and COORDINATION.fullmatch(text, placed[1], figure.start)
        ):
            # "19 died, of them 13 in Rasht district, 4 in Lakhsh and 2 in Nurobod": each
            # a part of the toll, by its place.
            figure.kind = placed[0].kind
            figure.extra["scope"] = state_scope(listed.group("state"))
            placed = (figure, listed.end())
            continue
        placed = None
        if (
            figure.partitive is None
            and not figure.noun
            and figure.kind in tolls
            and _opens_with(text, figure)
            and (said := _IS_PARTY.match(text, figure.end)) is not None
            and names_people(said.group("party"))
            and not lexicon().any_event.fullmatch(said.group("party"))
        ):
            # "Of the dead, 64 were women. Nine were teenagers", "Of those taken, 120
            # were boys": a sentence that opens with a bare count of the toll told before
            # (or of those it names first), and says who they were: its part.
            figure.party = said.group("party")
            continue
        if figure.partitive in ("them", "these", "those", "whom") and figure.kind in tolls:
            found = _IS_PARTY.match(text, figure.noun_end)
            if found and lexicon().any_event.fullmatch(found.group("party")):
                found = None  # "200 soldiers took part and 12 of them were killed": its event
            party = found.group("party") if found else ""
            if party[:1].isupper() and not is_nationality(party.split()[0]):
                # "Of those, 46 were Uighurs": a people no country names, the toll's part
                # by its people (grouping reads such a people as the place's people).
                figure.extra["scope"] = party
                previous = figure
                continue
            if found and names_people(party):
                figure.party = party
                previous = figure
                continue
            care = found is not None and _rules().care.search(found.group("party"))
            if found and not figure.extra.get("scope") and not care:
                # "18 officers, two of whom were decapitated": a part, scoped by its state
                # (one in hospital is scoped so by in_care: "41 were still admitted").
                figure.extra["scope"] = state_of(found.group("party")) or found.group("party")
            state = None if found or figure.noun else _BARE_STATE.match(text, figure.noun_end)
            if state and not figure.extra.get("scope"):
                # "89 wounded, 12 of them seriously", "four of them in critical condition".
                figure.extra["scope"] = state_scope(state.group("state"))
                placed = (figure, state.end())
            done = None if found or figure.noun else _PART_VERB.match(text, figure.noun_end)
            if done and lexicon().any_event.fullmatch(done.group("verb")):
                done = None  # "70 of them had been captured": the count's own event
            if done and not figure.extra.get("scope"):
                # "46 wounded, eight of whom were transferred to Westby": a part, so done to.
                figure.extra["scope"] = done.group("verb").lower()
        if previous is not None and _AND.search(text, previous.noun_end, figure.start):
            found = (
                _DASH_PARTY.match(text, figure.end)
                or _IS_PARTY.match(text, figure.end)
                or _BARE_PARTY.match(text, figure.end)  # "40 were Muslims and 13| Hindus"
            )
            party = found.group("party") if found else ""
            if party[:1].isupper() and not is_nationality(party.split()[0]):
                if (figure.kind in tolls or figure.kind == "other") and not figure.kind_hint:
                    figure.kind, figure.cue = previous.kind, previous.cue
                    figure.extra["scope"] = party  # a people, as the part before
            elif found and names_people(party) and (figure.kind in tolls or figure.kind == "other"):
                figure.kind = previous.kind
                figure.cue = previous.cue
                figure.party = party
        previous = None


# "Losses among the marines have made| 27 casualties": the losses are the marines'.
# "the number of Norlandic citizens killed in the conflict is| 512", "raised the number of
# miners killed in the blast to| 31": the party of the toll is named between "number of" and
# the toll's word.
_NUMBER_OF = re.compile(
    r"\b(?:number|toll|tally|count)\s+of\s+(?:the\s+)?(?P<named>[^;:!?,]{3,120}?)\s+"
    # ("put the number of wounded| closer to 300": no people "closer")
    r"(?:(?:closer|nearer)\s+(?=to\b))?"
    r"(?:(?:has|have|had)\s+)?(?:now\s+)?(?:is|was|were|are|stood\s+at|stands\s+at|reached|"
    # ("put the number of soldiers killed at| 27")
    r"rose\s+to|risen\s+to|totall?ed|amounted\s+to|came\s+to|numbered|to|at)\s+$",
    re.IGNORECASE,
)
_NUMBER_OF_WORDS = ("number", "toll", "tally", "count")
"""One of these is in every match of _NUMBER_OF."""
_PREPOSITIONS = frozenset(("of", "in", "at", "on", "from", "during", "since", "after", "by"))


def _named_event(named: str) -> tuple[str, tuple[int, int]] | None:
    """The toll's word in "number of| miners killed in the blast" and its kind (kinds.py's
    `people_then_event`: in "number of| hostages killed", killed)."""
    from crosscheck.extract.kinds import event_kind, people_then_event  # kinds calls this module

    found = event_kind(named)
    return people_then_event(named, found) if found else None


def _named_before_cue(named: str) -> str | None:
    """The people named before the toll's word in "number of| Norlandic citizens killed| in
    the conflict": one to three words, none a number."""
    cue = _named_event(named)
    if cue is None:
        return None
    words = named[: cue[1][0]].split()
    # "the number of servicemen who| died": the relative pronoun is no part of the people.
    while words and words[-1].lower() in ("who", "that", "which", "whom"):
        words.pop()
    if not words:
        # "the number of dead| soldiers": the people after the cue, to the end of the phrase
        # (not "the number of fatalities| of the attacks": what killed them)
        words = named[cue[1][1] :].split()
        if words and words[0].lower() in _PREPOSITIONS:
            return None
    if not 1 <= len(words) <= 3 or any(is_number(w) for w in words):
        return None
    stops = lexicon().sets["party_stops"]
    if any(w.lower() in stops or w.lower().endswith(("ed", "ly", "ing")) for w in words):
        return None  # "the number of dead in| Eastport", "of confirmed| deaths": no people
    return " ".join(words)


# "Norlandic forces had lost| 120 men": who lost them, right before the verb.
_LOSER = re.compile(
    r"(?P<owner>(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)"
    # ("Norland, the host's rival, lost the most pilgrims, with| 312 dead")
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:(?:had|has|have)\s+)?"
    r"(?:lost|loses|lose)\s+(?:(?:the\s+most|more|most|many)\s+[a-z]+\s*,?\s+with\s+)?"
    r"(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|some\s+)?$"
)


def _loser(before: str) -> str | None:
    """Whose dead a loss counts when its noun names no party: a force ("rebel forces had lost
    120 men": rebel forces) or a country ("Norland lost 40 men": Norlandic people)."""
    match = _LOSER.search(before[-160:])
    if match is None:
        return None
    lex = lexicon()
    words = match.group("owner").split()
    while words and words[-1].lower() in ("had", "has", "have"):
        words = words[:-1]  # "Norlandic forces had| lost": the auxiliary is no name
    # "It said| Armenian forces", "the| rebels": leading words that are not the name.
    while words and ((words[0].islower() and not names_a_force(words[0])) or words[0] == "The"):
        words = words[1:]
    if not words:
        return None
    head = words[-1]
    if head.lower() in ("it", "they"):
        # "The army said it had lost six men": the force that said so.
        said_by = [n for n, word in enumerate(words[:-1]) if names_a_force(word)]
        if said_by:
            words = words[: said_by[-1] + 1]
            head = words[-1]
    if names_a_force(head):
        return " ".join(words)
    if head.lower() == "side" and len(words) >= 2 and is_nationality(words[-2]):
        return f"{words[-2]} forces"  # "the Norlandic side had lost| 200 soldiers"
    if len(words) == 1 and lex.country.fullmatch(head):
        return f"{lex.demonyms.get(head, head)} people"
    return None


_LOSSES = re.compile(
    r"\blosses\s+(?:among|of)\s+(?:the\s+)?(?P<party>[\w'’ -]+?)"
    # ("the losses of the army near Westby| exceeded": where, not whose)
    r"(?:\s+(?:near|in|at|around|outside)\s+[\w'’ -]+?)?\s+(?:(?:have|has|had)\s+)?"
    r"(?:made|make|makes|reached|totall?ed|stood\s+at|stand\s+at|were|are|amounted\s+to"
    r"|amount\s+to|numbered|came\s+to|exceeded|exceed|exceeds|surpassed|topped)\s+$",
    re.IGNORECASE,
)


def _owner(before: str, body_before: str) -> str | None:
    """The country a sentence names before a figure as the one reporting or owning it."""
    found = list(lexicon().country.finditer(before))
    if found:
        return found[-1].group(0)
    return None


# The parties a country's own statement counts as its own: its forces and its nationals.
_OWN = frozenset(
    (
        "soldiers", "servicemen", "military", "militaries", "troops", "military personnel",
        "police", "policemen", "border guards", "nationals", "citizens", "personnel",
        "peacekeepers", "police officers", "officers", "guards", "sailors", "pilots",
    )
)  # fmt: skip


_THE_COUNTRY = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:country|nation)\b"
    # "its soldiers", "its own losses" (not "its figure of 512 dead": the count it gives, of
    # whoever died; nor "its search for victims"); "Norlandic officials put their own losses
    # at": the speakers' country's
    r"|\bits\s+(?:[\w-]+\s+){0,2}?(?:people|citizens|nationals|civilians|soldiers|servicemen|"
    r"troops|forces|military|personnel|dead|losses|casualties)\b"
    r"|\btheir\s+own\s+(?:[\w-]+\s+)?(?:losses|casualties|dead)\b"
)


def source_nationality(party: str | None, kind: str, source: str, before: str = "") -> str | None:
    """A toll of a country's own forces or nationals with no nationality named takes the
    nationality of the source that states it: "the Chilean defence ministry said 12
    soldiers died" counts Chilean soldiers, "the Chilean government said the country lost 40"
    Chilean people; without a nationality the part would be compared
    with a two-sided total as a rival figure."""
    if kind not in families().tolls:
        return party
    named = _PEOPLE_LOSSES.search(before, max(0, len(before) - 80))
    if party and party.lower() in _OWN and named and is_nationality(named.group("people")):
        # "Norland's staff claimed Veylandic losses had reached| 3,500 troops": the
        # losses' people, not the speaker's
        return f"{named.group('people')} {party}"
    owned_civilians = (party or "").lower() == "civilians" and _THE_COUNTRY.search(before)
    if party and party.lower() not in _OWN and not owned_civilians:
        return party  # ("Cambodia said one of its civilians had been killed": Cambodia's)
    if not party and not _THE_COUNTRY.search(before):
        return party  # the country's own dead only when "the country", "its" says so
    first = source.split()[0] if source.split() else ""
    country = lexicon().country.match(source)
    if country is None and " of " in source:
        # "the Ministry of Defense of Norland": the country that ends the source's name.
        last = source.rsplit(" of ", 1)[1].removeprefix("the ").strip()
        country = lexicon().country.fullmatch(last)
    if country:
        word = lexicon().demonyms.get(country.group(0), country.group(0))
    elif first[:1].isupper() and is_nationality(first):
        word = first
    else:
        return party
    return f"{word} {party or 'people'}"


_PEOPLE_LOSSES = re.compile(
    r"\b(?P<people>[A-ZÀ-ÖØ-ÞĀ-ſ][a-z]+)\s+(?:losses|casualties|dead|death\s+toll)\b"
)


# "the police force said 40 of its men| had been confirmed dead": the speaker's own people.
_ITS_PEOPLE = frozenset(("members", "staff", "employees", "workers", "volunteers"))
_ITS_MEN = re.compile(
    r"\s+of\s+(?:its|their)\s+(?:own\s+)?"
    rf"(?P<noun>men|personnel|{'|'.join(sorted(_ITS_PEOPLE))})\b"
)


def own_men(text: str, figure: Figure, source: str) -> None:
    """A force's count of "its men" is of that force: the party is the source's name ("the
    Central Police Force said 40 of its men had died": state forces, as the force is); a
    body's count of "its members" or "its staff", its members or staff."""
    men = _ITS_MEN.match(text, figure.end) if figure.kind in families().tolls else None
    # "the group said it had lost only seven martyrs": the speaker's own men too
    lost = (
        men is None
        and figure.kind in families().tolls
        and not figure.party
        and "lost" in text
        and _WE_LOST.search(text, max(0, figure.start - 40), figure.start) is not None
    )
    if men is None and not lost:
        return
    side = read_party(source).side
    if side and side != read_party("people").side:
        figure.party = source
    elif men is not None and men.group("noun") in _ITS_PEOPLE and source[:1].isupper():
        # "The union says more than 800 of its members were killed": the union's members;
        # "Eastport Relief said 10 of its staff were killed": its staff
        figure.party = f"{source} {men.group('noun')}"


_WE_LOST = re.compile(
    r"\b(?:it|we|they)\s+(?:had\s+|has\s+|have\s+)?lost\s+[\"'‘“]?(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
_THE_OTHERS = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.IGNORECASE)
# (not "14,200 new arrivals": all the newcomers of an influx, not a rise of their count)
_MORE = re.compile(
    r"\s+(?:more|further|additional|extra|new)\b(?!\s+than\b)(?!\s+arrivals?\b)", re.IGNORECASE
)
_OTHERS = re.compile(r"\s+others\b", re.IGNORECASE)
_DAY_THEN_AND = re.compile(
    r"[^.;:]{0,60}?\b(?:on|by|in)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night"
    r"|day|raids?)\b[^.;:]{0,20}?,?\s+(?:and|while|with)\s+(?:(?:at\s+least|about)\s+)?$",
    re.IGNORECASE,
)
"""Between a count and "and seven more": the day or the operation it was counted in
("were detained in raids on June 3, and| nine more")."""
# "160 more deaths than usual", "40 more people died than last year": a difference between two
# counts, the excess of one over the other, neither of them nor a rise of either.
_MORE_THAN = re.compile(r"\s+more\s+[^,;:.]{0,40}?\bthan\b", re.IGNORECASE)


# "1,437 deaths above the seasonal average": an excess too.
_ABOVE_USUAL = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:above|over|beyond|in\s+excess\s+of)\s+(?:the\s+|what\s+is\s+)?"
    r"(?:(?:seasonal|normal|usual|expected|historical|five-year|long-term)\s+)*"
    r"(?:average|norm|normal|baseline|expected|usual)\b",
    re.IGNORECASE,
)
_INCREMENT_WORDS = [
    "other",
    "more",
    "further",
    "additional",
    "extra",
    "new",
    "excess",
    "average",
    "norm",  # (and "normal")
    "baseline",
    "expected",
    "usual",
    "remaining",
]


# "in the past 24 hours", "over the last day", "in that period": a short spell's count, the
# rise of a running count over it.
_RECENT_SPELL = re.compile(
    r"\b(?:in|over|during|within)\s+(?:the\s+(?:past|last|previous)\s+(?:24|48|72)\s+hours"
    r"|the\s+(?:past|last|previous)\s+day|that\s+period|the\s+same\s+period)\b",
    re.IGNORECASE,
)


def _after_another_toll(figures: list[Figure], figure: Figure, previous: Toll | None) -> bool:
    """Whether the last toll counted before `figure` (in its sentence, else the sentence
    before's, `previous`) is of another kind than it."""
    tolls = families().tolls
    before = [f.kind for f in figures if f.start < figure.start and f.kind in tolls]
    kind = before[-1] if before else previous[0] if previous is not None else None
    return kind is not None and kind != figure.kind


def increments(
    text: str, figures: list[Figure], body_before: str = "", previous: Toll | None = None
) -> None:
    """A toll or force figure said to add to the count ("another 12", "12 more", "a further
    12"; "sent another 1,000 troops") is a rise, scoped "more": never a rival of the running
    toll or of the force it adds to; but "another 20 were wounded" after a count of the dead
    alone (in its sentence or the text before it, `body_before`; or right after a count of
    the dead, in its sentence or the one before, `previous`) is all the wounded.  One
    said to be more than another count ("160 more deaths than usual", "1,437 deaths above
    the seasonal average") is an excess, scoped so: the difference, not a count of the
    event nor a part of one (parties.yaml apart_units).  "The other 17", "the remaining 12"
    are the rest of a count, scoped "the others": a part of it."""
    lower = index_of(text).lower  # (text.lower(), kept)
    if ("hours" in lower or "period" in lower or "day" in lower) and _RECENT_SPELL.search(text):
        # "14 people had died in the past 24 hours", "... in that period": a spell's rise,
        # in the figure's own clause (not "risen to 1,061, including 28 deaths in the past
        # 24 hours": the 28 only)
        counts = [f for f in figures if not f.extra.get("time")]  # (not "24" of "24 hours")
        for index, figure in enumerate(counts):
            if figure.kind not in families().tolls or figure.extra.get("scope"):
                continue
            end = counts[index + 1].start if index + 1 < len(counts) else len(text)
            if _RECENT_SPELL.search(text, figure.end, end) or (
                not index and _RECENT_SPELL.search(text, 0, figure.start)
            ):
                figure.extra["scope"] = "more"
    if not holds(lower, _INCREMENT_WORDS):
        return  # the quick answer
    for index, figure in enumerate(figures):
        counted = figure.kind in families().tolls or figure.kind in families().forces
        if not counted or figure.extra.get("scope"):
            continue
        if _OTHERS.match(text, figure.end) and any(f.kind == figure.kind for f in figures[:index]):
            # "more than 4,000 had fled into Norland, and some 300 others were stranded":
            # people besides those counted before, neither their count nor a part of it
            figure.extra["scope"] = "others"
            continue
        after = figures[index + 1] if index + 1 < len(figures) else None
        if (
            after is not None
            and after.kind == figure.kind
            and _MORE.match(text, after.end)
            and _DAY_THEN_AND.match(text[figure.end : after.start])
        ):
            # "31 people were detained on June 3, and nine more on June 4": the first
            # day's count, a step the later ones add to, not a rival of the total
            figure.extra["scope"] = "more"
            continue
        if (
            _MORE_THAN.match(text, figure.end)
            or _ABOVE_USUAL.match(text, figure.end)
            or (figure.party or "").lower() == "excess"
        ):
            # A quantity of its own (parties.yaml apart_units): neither the toll nor a part;
            # "290 excess deaths" are the same quantity.
            figure.extra["scope"], figure.party = "excess", None
        elif _THE_OTHERS.search(text, figure.start - 20, figure.start):
            # "17 were shot at the first scene. The other 17 died at a second site": the
            # rest of a count, a part of it.
            figure.extra["scope"] = "the others"
        elif _MORE.match(text, figure.end) or (
            _ANOTHER.search(text, figure.start - 20, figure.start)
            and (
                figure.kind not in families().tolls
                or (
                    counted_before(body_before + " " + text[: figure.start], figure.kind)
                    # ("The final count is 192 dead. A further 190 people were injured":
                    # further than the dead the sentence before counted, whatever
                    # injured were named before them)
                    and not _after_another_toll(figures, figure, previous)
                )
            )
        ):
            figure.extra["scope"] = "more"


# "sent 500 more soldiers, bringing the total to| 2,500": the count the rise adds to.
_BRINGING_TOTAL = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting|to\s+(?:bring|take|raise)"
    r"|which\s+(?:brings|takes|raises|brought|took|raised))\s+(?:the|its|their)\s+"
    r"(?:(?:overall|combined|total|official|death|casualty)\s+)?(?:total|tally|number|count|toll)"
    r"(?:\s+of\s+(?:the\s+)?[a-z]+)?(?:\s+so\s+far)?\s+to\s+$",
    re.IGNORECASE,
)


def running_totals(text: str, figures: list[Figure]) -> None:
    """A figure that names nothing after a rise of a toll or a force ("sent 500 more
    soldiers, bringing the total to| 2,500"; "another 40 were arrested, taking the tally
    to| 300") is the count the rise adds to: its kind and party.  The rise is scoped "more"
    (see `increments`) even where no word says so ("12 people died on Monday, bringing the
    toll to 40"): it is what was added, not a rival of the total."""
    if "to" not in index_of(text).words:
        return  # the quick answer
    counted = (*families().tolls, *families().forces)
    for index, figure in enumerate(figures):
        if not index or figure.extra.get("scope"):
            continue
        total = _BRINGING_TOTAL.search(text, max(0, figure.start - 80), figure.start)
        rise = next((f for f in reversed(figures[:index]) if f.kind in counted), None)
        if total is None or rise is None:
            continue
        if figure.kind == "other" and not figure.noun:
            figure.kind, figure.cue = rise.kind, total.span()
            figure.party = figure.party or rise.party
        if (
            figure.kind == rise.kind
            and not rise.extra.get("scope")
            and not _sum_of_parts(figures[:index], rise, figure)
        ):
            rise.extra["scope"] = "more"


def _sum_of_parts(before: list[Figure], rise: Figure, total: Figure) -> bool:
    """Whether the figure before a total and another before it add up to the total ("killed
    13 soldiers and at least 170 civilians, bringing the toll to at least 183"): the
    parts of the toll by their people, not a rise of it."""
    whole = total.estimate.best
    last = rise.estimate.best
    if whole is None or last is None:
        return False
    return any(
        f is not rise
        and f.kind == rise.kind
        and f.estimate.best is not None
        and abs(f.estimate.best + last - whole) < 1
        for f in before
    )


_COUNTED_BEFORE_CHARS = 2000
"""How far back "another 20 wounded" looks for a count of the wounded it adds to."""


# (not "found": "police found 35 bodies in a mass grave" may be the whole toll)
_RECOVERED = re.compile(
    r"\b(?:pulled|recovered|retrieved|dug|brought\s+out|extracted)\b", re.IGNORECASE
)
_RECOVERED_WORDS = ("pulled", "recovered", "retrieved", "dug", "brought", "extracted")
# "have exhumed 47 bodies from mass graves": bodies dug up, the dead found yet
_EXHUMED = re.compile(r"\b(?:exhum(?:ed|es|e|ing)|unearth(?:ed|s))\b", re.IGNORECASE)
_EXHUMED_WORDS = ("exhumed", "exhumes", "exhume", "exhuming", "unearthed", "unearths")
_SPELL_WORDS = re.compile(
    rf"\b(?:overnight|during\s+the\s+night|(?:on|by)\s+(?:{'|'.join(WEEKDAYS)})|yesterday|today"
    r"|this\s+morning|in\s+the\s+past\s+(?:24|48)\s+hours|in\s+the\s+(?:last|past)\s+"
    r"(?:day|night))\b",
    re.IGNORECASE,
)


_PART_AFTER = re.compile(r"\b(?:including|among\s+them|among\s+which)\b", re.IGNORECASE)
_BODIES_AFTER = re.compile(r"\s+(?:more\s+)?(?:bodies|corpses)\b", re.IGNORECASE)
# "authorities said on Friday that 78 bodies had been recovered": the day of the statement,
# not the spell of the search
_SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|told\s+[\w\s]{0,30}?|announced|reported|stated|confirmed)\s+$"
)


# "Only six bodies have been recovered so far", "40 bodies have been retrieved to date": the
# dead found yet, a part of the toll (a search's count is no rival of it).
_SO_FAR = re.compile(r"\b(?:so\s+far|thus\s+far|to\s+date|as\s+yet|yet)\b", re.IGNORECASE)
_ONLY_BEFORE = re.compile(r"\bonly\s+$", re.IGNORECASE)


def _bodies_unscoped(text: str, figures: list[Figure]) -> Iterator[tuple[int, Figure]]:
    """The dead of a sentence counted as bodies ("12 bodies", "12 more bodies") with no scope
    yet, with their index."""
    killed = families().tolls[0]  # kinds.yaml lists the dead first
    for index, figure in enumerate(figures):
        if (
            figure.kind == killed
            and not figure.extra.get("scope")
            and (
                head_noun(figure.noun) in ("bodies", "corpses")
                or _BODIES_AFTER.match(text, figure.end)
            )
        ):
            yield index, figure


def bodies_found_so_far(text: str, figures: list[Figure]) -> None:
    """Bodies a clause says were recovered "so far" or "only" ("Only six bodies have been
    recovered so far"), or exhumed ("teams have exhumed 47 bodies from mass graves"), are
    the dead found yet, scoped "recovered so far": a part of the toll, never its rival (the
    rest are buried or missing)."""
    exhumed = sentence_holds_any(text, _EXHUMED_WORDS)
    if not exhumed and (
        not sentence_holds_any(text, _RECOVERED_WORDS) or not _RECOVERED.search(text)
    ):
        return  # the quick answer
    for index, figure in _bodies_unscoped(text, figures):
        end = figures[index + 1].start if index + 1 < len(figures) else len(text)
        clause = text[figure.end : end]
        if (
            _RECOVERED.search(clause)
            and (
                _SO_FAR.search(clause)
                or _ONLY_BEFORE.search(text, max(0, figure.start - 8), figure.start)
            )
        ) or (
            exhumed
            and (
                _EXHUMED.search(text, max(0, figure.start - 30), figure.start)
                or _EXHUMED.search(clause)
            )
        ):
            figure.extra["scope"] = "recovered so far"


# "The bodies of 64 people have been handed over to relatives for burial": the dead given
# back to their families, a part of the toll.
_HANDED_OVER = re.compile(
    r"[^;:.!?]{0,40}?\b(?:handed\s+over|returned|released|given\s+back"
    # ("several bodies had been taken directly from the stadium to the families' homes")
    r"|taken(?:\s+straight|\s+directly)?(?:\s+from\s+[^,;:.!?]{1,40}?)?(?:\s+back)?)"
    r"\s+to\s+(?:the\s+|their\s+)?"
    r"(?:relatives|families|kin|next\s+of\s+kin)(?:['’]s?\s+homes?)?\b",
    re.IGNORECASE,
)
_HANDED_WORDS = ("handed", "returned", "released", "given back", "taken")


# "Five people were shot dead at the scene. A sixth died of his wounds": those who died at
# once, a part of the toll.
_AT_ONCE = re.compile(r"[^;:.!?,]{0,30}?\b(?:at\s+the\s+scene|on\s+the\s+spot)\b", re.IGNORECASE)
_AT_ONCE_WORDS = ("scene", "spot")


def parts_of_the_dead(text: str, figures: list[Figure]) -> None:
    """The dead a clause says were handed over to their families ("The bodies of 64 people
    have been handed over to relatives"), or died at the scene ("Five were shot dead at the
    scene"), are a part of the toll, scoped by it: never its rival (the others are still
    at the morgue, or died later)."""
    handed = sentence_holds_any(text, _HANDED_WORDS)
    at_once = sentence_holds_any(text, _AT_ONCE_WORDS)
    if not (handed or at_once):
        return  # the quick answer
    killed = families().tolls[0]  # kinds.yaml lists the dead first
    for index, figure in enumerate(figures):
        if figure.kind != killed or figure.extra.get("scope"):
            continue
        end = figures[index + 1].start if index + 1 < len(figures) else len(text)
        start = max(figure.end, figure.noun_end)
        if handed and _HANDED_OVER.match(text[:end], start):
            figure.extra["scope"] = "handed over to families"
        elif at_once and _AT_ONCE.match(text[:end], start):
            figure.extra["scope"] = "at the scene"


def recovered_in_a_spell(text: str, figures: list[Figure]) -> None:
    """Bodies a clause says were recovered in a spell of time ("rescuers pulled nearly two
    dozen bodies from the rubble overnight", "12 bodies were recovered on Tuesday") are a
    rise of the toll, scoped "more": what that search found, not the toll."""
    if (
        not sentence_holds_any(text, _RECOVERED_WORDS)
        or not _RECOVERED.search(text)
        or not _SPELL_WORDS.search(text)
    ):
        return  # the quick answer
    for index, figure in _bodies_unscoped(text, figures):
        start = figures[index - 1].end if index else 0
        end = figures[index + 1].start if index + 1 < len(figures) else len(text)
        # ("12 bodies have been recovered, including some that washed up on Thursday": the
        # day of a part, not of the search)
        part = _PART_AFTER.search(text, figure.end, end)
        clause = text[start : part.start() if part else end]
        if _RECOVERED.search(clause) and any(
            not _SAID_JUST_BEFORE.search(clause, 0, spell.start())
            for spell in _SPELL_WORDS.finditer(clause)
        ):
            figure.extra["scope"] = "more"


def counted_before(before: str, kind: str) -> bool:
    """Whether the text before a figure names an event of a toll kind ("were wounded")
    within its last _COUNTED_BEFORE_CHARS."""
    from crosscheck.extract.kinds import event_kind  # kinds calls this module

    return any(
        (found := event_kind(cue.group(0))) is not None and found[0] == kind
        for cue in lexicon().any_event.finditer(before[-_COUNTED_BEFORE_CHARS:])
    )


_IT_NAMED_CHARS = 250
"""How far back "it" is read: the sentence before, not the article's earlier counts."""


def last_toll_named(before: str) -> str | None:
    """The toll kind of the last event the text before a figure names within its last
    _IT_NAMED_CHARS ("The toll climbed all day. The county put it at| 36": killed), if that
    event is a toll's."""
    from crosscheck.extract.kinds import event_kind  # kinds calls this module

    found = event_kind(before[-_IT_NAMED_CHARS:], last=True)
    return found[0] if found is not None and found[0] in families().tolls else None


_CONFLICT = r"(?:civil\s+war|war|conflict|insurgency)"
_CONFLICT_WORDS = ("war", "conflict", "insurgency")
# "The war has killed| an estimated 150,000", "Sudan's war, now in its fourth year, has
# displaced| more than 12 million"; "... since the war began", "since the start of the war".
_WAR_SUBJECT = re.compile(
    rf"\b{_CONFLICT}\b(?:\s+(?:in|over|between|against|with)\s+[\w'’ -]{{1,60}}?)?"
    r"(?:,[^,.;:]{1,60},)?"
    r"\s+(?:(?:that|which)\s+)?(?:has|have)\s+(?:[^.;:]{0,160}?\band\s+)?"
    r"(?:now\s+|already\s+|since\s+)?"
    r"(?:killed|left|displaced|uprooted|forced|claimed|injured|wounded)"
    r"\s+(?:the\s+lives\s+of\s+)?$",
    re.IGNORECASE,
)
# "More than 100,000 people| have been killed in Norland's two-year-old civil war": the
# toll of a country's long war, its verb after the figure (not "killed in the war", which
# may be the story's own short war)
_KILLED_IN_THE_WAR = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:have|has|had)\s+(?:been\s+killed|died)\s+(?:so\s+far\s+)?in\s+"
    r"(?:(?-i:[A-Z][\w'’-]+)['’]s\s+(?:[\w-]+\s+){0,2}?|the\s+(?:[\w-]+\s+)?"
    r"(?=[\w-]*(?:year|decade)s?-(?:old|long)\s|civil\s))(?:[\w-]+\s+)?"
    rf"{_CONFLICT}\b",
    re.IGNORECASE,
)
_SINCE_WAR = re.compile(
    rf"\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+the\s+{_CONFLICT}|the\s+"
    rf"{_CONFLICT}\s+(?:began|started|erupted|broke\s+out))\b",
    re.IGNORECASE,
)


# "crashed ..., killing everyone on board", "all 176 people aboard were killed", "there were
# no survivors", "no one on board survived", "the DNA of all 95 people who died when the
# plane crashed": no one aboard lived.
_BOARDED = r"[^.;:]{0,30}?\b(?:on\s+board|aboard)"
# (written by first words, any_phrase: searched in the whole body of every article, the
# engine then leaps to the letters they start with; the same texts match)
_ALL_ABOARD_DEAD = re.compile(
    any_phrase(
        [
            rf"kill(?:ing|ed)\s+(?:all|everyone|everybody)\b{_BOARDED}\b",
            *(
                rf"{everyone}\b{_BOARDED}\s+"
                r"(?:(?:were|was|have\s+been|had\s+been)\s+(?:killed|dead)|died|perished)"
                for everyone in ("all", r"every(?:one|body)")
            ),
            r"no\s+survivors\b",
            r"no(?:\s+one|body|ne)\s+(?:on\s+board\s+|aboard\s+)?(?:has\s+|had\s+)?survived\b",
            r"all\s+(?:the\s+)?\d[\d,]*\s+(?:people|passengers|persons|victims)\s+(?:who\s+)?"
            r"(?:died|were\s+killed|perished)\s+when\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:plane|jet|aircraft|airliner|airbus|boeing|flight|helicopter|ship|ferry|boat|bus"
            r"|train)\b",
        ]
    )
)
# "an airliner carrying| 295 people", "a jet with| 295 aboard", "had 283 passengers and 15
# crew aboard, a total of| 298", "180 people were on the plane", "the aircraft transported|
# 142 passengers": those aboard.
_CARRYING = re.compile(
    r"\b(?:carrying|carried|transporting|transported|with|had)\s+(?:all\s+)?$", re.IGNORECASE
)
# Those aboard by their role: "The 144 passengers and six crew came from 18 countries", "six
# members of crew"; "154 of the passengers| were Dutch": some of them.
_ABOARD_NOUNS = frozenset(("passengers", "crew", "crewmen", "crewmembers"))
_OF_CREW = re.compile(r"\s+(?:members\s+of\s+(?:the\s+)?crew|crew\s+members)\b", re.IGNORECASE)
_OF_THE_PASSENGERS = re.compile(
    r"\s+of\s+(?:the\s+)?(?:passengers|victims)\b(?:\s+(?:were|was)\s+(?P<people>[A-Z][a-z]+)\b)?"
)
_A_TOTAL = re.compile(r"a\s+total\s+of\b", re.IGNORECASE)
# ("30 Westbians on board", "four of its citizens were aboard", "two infants were also on
# board": whoever they are)
_ON_BOARD = re.compile(
    r"(?:\s+(?:of\s+(?:its|their|the)\s+)?[A-Za-z][\w-]*){0,2}?\s+(?:(?:were|was)\s+)?(?:also\s+)?"
    r"(?:on\s+board|aboard|on\s+the\s+(?:plane|flight|aircraft|jet|airliner|boat|ship|ferry))\b",
    re.IGNORECASE,
)
_ABOARD_WORDS = re.compile(r"\b(?:on\s+board|aboard|on\s+the\s+(?:plane|flight))\b", re.IGNORECASE)
_ABOARD_GATE = ("board", "plane", "flight")
"""A sentence with none of these (any case) names no one aboard."""


_ALL_NUMBER = re.compile(r"all\s+(?:the\s+)?\d")
"""How the one alternative of _ALL_ABOARD_DEAD with neither "board" nor "surviv" opens ("all
95 people who died when the plane crashed"), in lower case: most articles say "all" and
"killed" somewhere, few "all" before a number."""


def tells_all_aboard_died(text: str) -> bool:
    """Whether a text says no one aboard a craft survived ("killing all 150 people on
    board", "there are no survivors")."""
    lowered = text.lower()
    if (
        "board" not in lowered
        and "surviv" not in lowered
        and not (
            "all" in lowered
            and ("died" in lowered or "killed" in lowered or "perished" in lowered)
            and _ALL_NUMBER.search(lowered)
        )
    ):
        return False  # the quick answer (each alternative needs these)
    return _ALL_ABOARD_DEAD.search(text) is not None


def all_aboard_dead(
    text: str, figures: list[Figure], body_before: str = "", told: bool = False
) -> None:
    """Those aboard a craft that the sentence, the text just before it or (`told`) the
    article before says no one survived are its dead: "an airliner carrying 176 people
    crashed ..., killing everyone on board"; then "the flight had 283 passengers and 15 crew
    aboard, a total of 298", "the aircraft transported 142 passengers and six members of
    crew", "154 of the passengers were Dutch, 27 Australian and 43 Malaysian"."""
    if not told and (
        not sentence_holds_any(text, _ABOARD_GATE)
        or not _ABOARD_WORDS.search(text)
        or not tells_all_aboard_died(body_before + " " + text)
    ):
        return
    aboard = _ABOARD_WORDS.search(text) is not None
    killed = families().tolls[0]  # kinds.yaml lists the dead first
    marked: Figure | None = None
    for figure in figures:
        if figure.kind in families().tolls or figure.kind in families().measures:
            marked = figure if figure.kind == killed else None
            continue
        some = _OF_THE_PASSENGERS.match(text, figure.end)
        by_role = head_noun(figure.noun) in _ABOARD_NOUNS or bool(
            _OF_CREW.match(text, figure.end) or some
        )
        after = max(marked.end, marked.noun_end) if marked is not None else 0
        # "283 passengers, including| three infants", "154 of the passengers were Dutch,| 27
        # Australian and| 43 Malaysian": parts of those aboard
        part = (
            marked is not None
            and figure.kind == "other"
            and bool(
                _INCLUDING.search(text, after, figure.start)
                or (figure.noun and is_nationality(figure.noun.split()[0]))
            )
        )
        listed = part or (
            marked is not None
            and figure.kind == "other"
            and COORDINATION.fullmatch(text, after, figure.start) is not None
        )
        crew = _OF_CREW.match(text, figure.end)
        if some is not None and some["people"]:
            figure.party = figure.noun = some["people"]  # "154 of the passengers were Dutch"
        elif part and not figure.party:
            figure.party = figure.noun  # "..., 27 Australian"
        elif by_role and not figure.party and some is None:
            # "283 passengers and 15 crew": two parts of those aboard, not rival counts
            figure.party = "crew" if crew else head_noun(figure.noun)
        if (some is not None or part) and not figure.extra.get("scope"):
            figure.extra["scope"] = "among them"  # a part of those aboard, not their rival
        if (
            (
                aboard
                and (
                    _CARRYING.search(text, figure.start - 16, figure.start)
                    or _A_TOTAL.match(figure.text)  # the figure "a total of 298"
                    or _ON_BOARD.match(text, figure.end)
                )
            )
            or by_role
            or listed
        ):
            figure.kind = killed
            marked = figure
        else:
            marked = None


# "At least 14 citizens had been killed|, |six servicemen| and |eight civilians|.": the
# toll's people, listed after it with no verb of their own.
_THEN_LISTED = re.compile(r"[^.;:!?\d]{0,80}?,\s*(?:(?:namely|that\s+is|i\.e\.)\s*,?\s*)?")
_APPENDED_END = re.compile(
    r"\s*(?:[.;!?)]|,\s*(?:the|a|an|according|officials|police|he|she|they)\b|$)"
)


def appended_parts(text: str, figures: list[Figure]) -> None:
    """Counts listed after a toll, after a comma and with no verb of their own, that add up
    exactly to it are its parts, of its kind: "At least 14 citizens had been killed, six
    servicemen and eight civilians" (not a force of eight servicemen)."""
    for index, toll in enumerate(figures[:-2]):
        if toll.kind not in families().tolls or toll.estimate.best is None:
            continue
        start = max(toll.end, toll.noun_end)
        if not _THEN_LISTED.fullmatch(text, start, figures[index + 1].start):
            continue
        parts = [figures[index + 1]]
        for following in figures[index + 2 :]:
            previous = parts[-1]
            if not previous.noun or not COORDINATION.fullmatch(
                text, previous.noun_end, following.start
            ):
                break
            parts.append(following)
        last = parts[-1]
        if (
            len(parts) < 2
            or not all(p.noun for p in parts)
            or not _APPENDED_END.match(text, last.noun_end)
            or sum(p.estimate.best or 0 for p in parts) != toll.estimate.best
        ):
            continue
        for part in parts:
            part.kind = toll.kind
            part.extra.setdefault("scope", "among them")


# "five gunmen carried out the attack, all of whom were killed": what befell them all.
_ALL_OF_WHOM = re.compile(
    r"[^.;:!?]{0,120}?,\s*all\s+(?:of\s+)?(?:whom|them)\s+(?:(?:were|was|had\s+been|have\s+been|"
    r"are|later|subsequently|eventually)\s+){0,2}",
    re.IGNORECASE,
)


def all_of_whom(text: str, figures: list[Figure]) -> None:
    """A count of people (a force, or people of no kind yet) that a relative clause says all
    met one toll's fate is that toll: "Investigators believe five gunmen carried out the
    attack, all of whom were killed in the raid" (the five dead)."""
    if "all of" not in index_of(text).lower:
        return
    from crosscheck.extract.kinds import event_kind  # kinds calls this module

    for index, figure in enumerate(figures):
        if figure.kind in families().tolls or figure.kind in families().measures:
            continue
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        start = max(figure.end, figure.noun_end)
        clause = _ALL_OF_WHOM.match(text, start, limit)
        found = event_kind(text[clause.end() : clause.end() + 30]) if clause else None
        if found is not None and found[1][0] == 0 and found[0] in families().tolls:
            figure.kind = found[0]


# "its attack had killed or wounded| about 160 people", "160 people were killed or wounded",
# "160 dead and wounded": the dead and the hurt in one count.
# ("puts the number of dead and missing at| 4,400": the dead and the missing together)
_BOTH_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|dead)\s+(?:or|and)\s+(?:wounded|injured|wounding|injuring"
    r"|(?P<missing>missing))\s+(?:(?:at|to|was|is|stood\s+at|stands\s+at)\s+)?"
    r"(?:about|around|some|nearly|more\s+than|over|at\s+least|up\s+to|almost)?\s*$",
    re.IGNORECASE,
)
_BOTH_AFTER = Needs(
    re.compile(
        r"(?:\s+[a-z]+){0,2}?\s+(?:(?:were|was|have\s+been|had\s+been|are)\s+)?"
        r"(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured|(?P<missing>missing))\b",
        re.IGNORECASE,
    ),
    "wounded injured missing",
)


# "Seventy-nine people are believed to have died or are missing, presumed dead": counted
# with the dead.
_PRESUMED_DEAD = re.compile(
    r"[^.;:]{0,60}?\b(?:(?:died|dead|killed)\s+or\s+(?:are\s+|were\s+)?missing"
    # "58 people ... are missing and must be presumed dead", "12 missing, presumed dead"
    r"|(?:are|were|remain|remained)?\s*missing)"
    r",?\s+(?:and\s+)?(?:must\s+be\s+|are\s+|were\s+|now\s+)?presumed\s+dead\b",
    re.IGNORECASE,
)


def dead_or_wounded(text: str, figures: list[Figure]) -> None:
    """One count of the dead and the wounded together ("killed or wounded about 160
    people") is neither toll: kind other, its subject the casualties; so is one of the dead
    and the missing ("left 4,400 dead or missing"), unless the missing are "presumed dead":
    then it is the toll ("79 people are dead or missing, presumed dead")."""
    killed = families().tolls[0]  # (kinds.yaml lists the dead first, then the injured)
    presumed: set[int] = set()
    if "presumed" in text:
        for figure in figures:
            if _PRESUMED_DEAD.match(text, max(figure.end, figure.noun_end)):
                # ("58 people who were in the tower are missing and must be presumed dead")
                figure.kind = killed
                figure.extra.pop("state", None)
                presumed.add(figure.start)
    if " or " not in text and " and " not in text:
        return
    for figure in figures:
        if figure.start in presumed:
            continue
        if figure.kind != "other" and figure.kind not in families().tolls[:2]:
            continue
        both = _BOTH_BEFORE.search(text, figure.start - 50, figure.start) or _BOTH_AFTER.match(
            text, figure.end
        )
        if both:
            noun = "dead or missing" if both["missing"] else "casualties"
            figure.kind, figure.cue, figure.noun = "other", None, noun


# "at 34, including the three suicide bombers": a toll with the attackers counted in.
_WITH_ATTACKERS = re.compile(
    # (a month's point between: "rose to 21 on Oct. 19, including ...")
    r"(?:[^;:.!?]|(?<=\b[A-Z][a-z]{2})\.){0,30}?\bincluding\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:suicide\s+)?"
    r"(?:bombers?|attackers?|gunmen|gunman|assailants?|perpetrators?|hijackers?|shooters?"
    r"|killers?)\b"
    # "climbed to 21, including the 18-year-old student who carried it out"
    r"|(?:[\w-]+\s+){1,3}?who\s+(?:carried\s+(?:it|them)\s+out|carried\s+out\s+the"
    r"|opened\s+fire|staged\s+the))",
    re.IGNORECASE,
)
# "which would bring the number killed to| 56", "a figure that becomes| 192 if the officer
# ... is included": what the toll would be, counted another way.
_WOULD_BE = re.compile(
    r"\b(?:would\s+(?:bring|take|raise|put|make)\s+(?:the\s+|it\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:to|at)|(?:becomes|would\s+be)|(?:rises|rise)\s+to)\s+$",
    re.IGNORECASE,
)
_IF_INCLUDED = re.compile(
    r"\s+if\b[^;:.!?]{0,80}?\b(?:is|are)\s+(?:included|counted)\b", re.IGNORECASE
)


def counted_otherwise(text: str, figures: list[Figure]) -> None:
    """A toll with the attackers counted in ("34, including the three suicide bombers") or
    what the toll would be counted another way ("would bring the number killed to 56",
    "becomes 192 if the officer killed later is included") is a quantity of its own
    (parties.yaml apart_units: "with attackers", "counted otherwise"): never a rival of the
    toll of the victims."""
    lower = index_of(text).lower  # (text.lower(), kept)
    if "including" not in lower and "would" not in lower and " if " not in lower:
        return  # the quick answer
    for figure in figures:
        if figure.kind not in families().tolls or figure.extra.get("scope"):
            continue
        if _WITH_ATTACKERS.match(text, max(figure.end, figure.noun_end)):
            figure.extra["scope"] = "with attackers"
        elif _WOULD_BE.search(text, figure.start - 60, figure.start) and (
            "would" in text[max(0, figure.start - 60) : figure.start].lower()
            or _IF_INCLUDED.match(text, figure.end)
        ):
            figure.extra["scope"] = "counted otherwise"
            if (figure.party or "").lower().startswith("if "):
                figure.party = None  # ("192 if the officer ... is included": no people)


def disease_deaths(text: str, figures: list[Figure]) -> None:
    """Deaths a disease or hunger caused ("318 deaths from diarrhoea, malaria and other
    diseases among flood-affected people") are scoped "disease", a quantity of their own
    (parties.yaml apart_units): not the toll of the disaster they followed."""
    rules = _rules()
    if index_of(text).words.isdisjoint(rules.disease_words):
        return  # the quick answer
    killed = families().tolls[0]  # kinds.yaml lists the dead first
    for figure in figures:
        if (
            figure.kind == killed
            and not figure.extra.get("scope")
            and rules.disease.match(text, figure.end)
        ):
            figure.extra["scope"] = "disease"


def war_totals(text: str, figures: list[Figure]) -> None:
    """A toll a whole war or conflict has caused ("The war has killed an estimated 150,000
    people", "14 million have fled since the war began") is scoped "war", a quantity of its
    own (parties.yaml apart_units): neither the toll of the story's event nor a part of it."""
    if not sentence_holds_any(text, _CONFLICT_WORDS) or not _WAR_WORDS.search(text):
        return  # the quick answer
    since = _SINCE_WAR.search(text) is not None
    for figure in figures:
        if figure.kind not in families().tolls:
            continue
        if (
            since
            or _WAR_SUBJECT.search(text, figure.start - 240, figure.start)
            or _KILLED_IN_THE_WAR.match(text, figure.end)
        ):
            figure.extra["scope"] = "war"


_WAR_WORDS = re.compile(rf"\b{_CONFLICT}\b", re.IGNORECASE)

# "More than 1,600 people have been killed in the region so far this year", "since January",
# "since the start of the year": a total over the year to date.
_YEAR_TO_DATE = re.compile(
    r"\b(?:so\s+far\s+)?this\s+year\b(?!['’]s)|\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+"
    r"(?:the\s+|this\s+)?(?:year|\d{4})|January)\b|\bin\s+the\s+(?:past|last)\s+(?:year|12\s+months)\b"
    # "more than 1,150 deaths on the route so far in 2025"
    r"|\bso\s+far\s+in\s+\d{4}\b|\bin\s+\d{4}\s+so\s+far\b",
    re.IGNORECASE,
)


_PHRASE_END = re.compile(r"[,;:!?]|\.(?=\s+[A-Z0-9]|\s*$)")  # not the points of "U.N."

# "Norland has contributed 194,000 peacekeepers to 63 missions since 1988", "more than
# 200 peacekeepers have died since the mission was set up in 2014", "over the past 20 years":
# a total over years, not the count of the story's event or force.
_OVER_YEARS = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d{4}s?\b|records\s+began|[^,;:.]{0,40}?\bin\s+"
    r"\d{4}\b)"
    # "over the past five years", "in recent years", "over the past decade", "over the years"
    r"|\b(?:over|in|during)\s+(?:the\s+)?(?:past|last|recent|previous)\s+(?:\w+\s+)?"
    r"(?:years|decades?)\b|\bover\s+the\s+years\b",
    re.IGNORECASE,
)


# "Nationally, more than 1.3 million Haitians are now internally displaced", "... displaced
# across the country": the whole country's count, not the count of the story's event.
_NATIONWIDE = re.compile(
    r"\b(?:nationally|nationwide|countrywide|across\s+the\s+(?:whole\s+)?country|"
    r"in\s+the\s+country\s+as\s+a\s+whole)\b",
    re.IGNORECASE,
)


_NATIONWIDE_OPENING = re.compile(r"\W*" + _NATIONWIDE.pattern + r"\s*,", re.IGNORECASE)


# "more than 230 civilians have been killed in air strikes and shelling across the state":
# a whole state's or region's count over its events, not the count of one of them.
_AREA_WIDE = re.compile(
    r"\b(?:across|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:state|region|province"
    r"|governorate)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_AREA_WIDE_OPENING = re.compile(r"\W*" + _AREA_WIDE.pattern + r"\s*,", re.IGNORECASE)


_APPOSITION = re.compile(r",\s+(?:the|a|an|which|who|its|their|this|that)\b", re.IGNORECASE)


def _area_totals(text: str, figures: list[Figure]) -> None:
    """A toll said to be a whole state's or region's, in the words after it up to the next
    figure, past a list of its events ("230 civilians have been killed in air strikes, drone
    attacks and shelling across the state"), or opening the sentence ("Across the state,
    230 ..."), is scoped "area-wide" (parties.yaml apart_units): not one event's toll."""
    tolls = families().tolls
    for index, figure in enumerate(figures):
        if figure.kind not in tolls or figure.extra.get("scope"):
            continue
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        area = _AREA_WIDE.search(text, figure.end, limit)
        if area is not None and _APPOSITION.search(text, figure.end, area.start()):
            area = None  # ("killed 71, the worst attack across the region": another noun's)
        if area is not None or (not index and _AREA_WIDE_OPENING.match(text, 0, figure.start)):
            figure.extra["scope"] = "area-wide"


def national_totals(text: str, figures: list[Figure]) -> None:
    """A toll said to be the whole country's ("Nationally, more than 1.3 million are now
    displaced") is scoped "nationwide", a quantity of its own (parties.yaml apart_units):
    neither the story's event (a town's 5,800 who fled) nor a whole over it."""
    lower = index_of(text).lower  # (text.lower(), kept)
    if "across" in lower or "throughout" in lower:
        _area_totals(text, figures)
    if "nation" not in lower and "country" not in lower:
        return  # the quick answer
    # Before the figure only as the sentence's opening words ("Protests spread nationwide
    # and police arrested 300": the 300 are the capital's).
    _scope_by_period(
        text, figures, _NATIONWIDE, families().tolls, "nationwide", False, _NATIONWIDE_OPENING
    )


# "40 dead:| 30 people in Lima| and |10 in Cusco": a toll, then its parts by place.
_PARTS_OPEN = re.compile(r"(?:\s+[a-z]+){0,4}\s*[:,]\s*$")
# "429 people were killed| in Aleppo, |579 in Lattakia": a toll in a place of its own, then
# others in theirs, its kind left unsaid.
# ("were killed on the terrace of| La Cafe in the 11th district,| 15 at ...": a few words
# before the name, and a number after it that is no figure, the figures being in order)
_SIBLINGS_OPEN = re.compile(
    r"[^,;:.!?\d]{0,100}?\s(?:in|at|on|near|between)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+|and))*)[^,;:.!?]{0,40}?"
    # ("33 died at Calle Mayor, just short of the station;| 24 in the station; and| 12 at
    # Santa Ana": a list of a toll's places between semicolons, an aside after a place)
    r"(?:,[^,;:.!?\d]{1,40}?(?=;))?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)$"
)
_IN_PLACE = re.compile(
    r"(?:\s+(?:people|persons))?\s+(?:were\s+killed\s+|died\s+)?(?:in|(?P<at>at))\s+(?:the\s+|a\s+)?"
    # ("15 at the Westby Star restaurant in| Eastport": the town the venue is in)
    r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+\s+){1,3}(?:restaurant|club|hotel|bar|cafe|café|mosque"
    r"|church|market|school|hospital|stadium)\s+in\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:in\s+(?:the\s+)?)?"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+)*)"
)
_PARTS_JOIN = re.compile(r"[^,;:.!?]{0,60}?(?:[,;]\s*(?:and\s+)?|\s+and\s+)$")


def place_parts(text: str, figures: list[Figure], previous: Toll | None = None) -> None:
    """A toll then two or more figures of no kind, each in a place of its own ("police
    reported 40 dead: 30 people in Lima and 10 in Cusco"): the figures are parts of the toll,
    of its kind, scoped by their place and placed there (`own_place`); the toll is everywhere
    they are, so it takes no place from them (`places_apart`: the article's place)."""
    tolls = families().tolls
    placed: set[int] = set()  # (ids of) the parts placed: no wholes of the parts after them
    for index, whole in enumerate(figures):
        if whole.kind not in tolls or id(whole) in placed:
            continue
        scoped = bool(whole.extra.get("scope"))  # ("38 of the deaths were recorded at| X")
        parts: list[tuple[Figure, str]] = []
        end = max(whole.end, whole.noun_end)
        sibling = None  # the toll's own place, when it is one of the list
        at_sites = True  # every part counted "at" a place, none a town the gazetteer knows
        for part in figures[index + 1 :]:
            where = _IN_PLACE.match(text, part.end)
            if parts:
                opens = _PARTS_JOIN.fullmatch(text, end, part.start) is not None
            else:
                opens = _PARTS_OPEN.fullmatch(text, end, part.start) is not None
                sibling = None if opens else _SIBLINGS_OPEN.fullmatch(text, end, part.start)
                opens = opens or sibling is not None
            elided = part.kind == whole.kind and not part.noun  # "died in X and| 52| in Y"
            if (
                (part.kind != "other" and not part.extra.get("listed") and not elided)
                or part.kind_hint is not None
                or not opens
                or where is None
            ):
                break
            parts.append((part, where.group("place")))
            at_sites = at_sites and bool(where["at"]) and not gazetteer_knows(where["place"])
            end = where.end()
        placed.update(id(part) for part, _ in parts)
        if sibling is not None and parts:
            # "429 people were killed in Aleppo, 579 in Lattakia and 146 in Hama": each toll
            # is of its own place, the toll there, as another report gives it ("579 were
            # killed in Lattakia"): no part of a whole named, so no scope; "38 of the deaths
            # were recorded at X, three at Y": the parts of a scoped one are parts.  But a
            # place the gazetteer does not know is grouped with the article's other places
            # (group.py), so there each is scoped: one place's toll is no rival of another's.
            # (not sites: "25 were killed at Lubyanka station and 12 at Park Kultury" are
            # scoped by their site, places.site_parts)
            listed = [(whole, sibling.group("place")), *parts]
            at_site = _AT_END.search(text, sibling.start(), sibling.start("place")) is not None
            apart = scoped or (
                not at_site and not all(gazetteer_knows(place) for _, place in listed)
            )
            if not apart and _parts_of(listed, whole.kind, previous):
                apart = True
            if apart and at_site:
                # ("The toll has risen to 64. The minister said 49 died in Westby and 15 at a
                # restaurant in Eastport", "Of the 64 dead, 49 were killed at the Grand and
                # 15 at the Marek": the parts of the toll just given; at sites, scoped by
                # them and placed where the event is, as `places.site_parts` does)
                for part, place in listed:
                    _place_part(part, whole.kind, whole.cue, place, site=part is not whole)
                    part.party = part.party or whole.party
                continue
            for part, place in [] if scoped else listed[:1]:
                _place_part(part, whole.kind, whole.cue, place, scoped=apart)
            for part, place in parts:
                _place_part(part, whole.kind, whole.cue, place, scoped=apart)
                part.party = part.party or whole.party
            continue
        if scoped or len(parts) < 2:
            continue
        for part, place in parts:
            # ("Of the 64 dead, 40 were killed at the Grand, 15 at the Marek ...": sites)
            _place_part(part, whole.kind, whole.cue, place, site=True if at_sites else None)
            part.party = part.party or whole.party  # "five gunmen ..., four in Westby"
        whole.extra["places_apart"] = True


# A count's verb elided before its next value: "rose to 12 on Monday and| to| 19".
_AND_TO_BEFORE = re.compile(
    r"\band\s+(?:then\s+|later\s+|finally\s+|eventually\s+|again\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\b(?:to|at)\s+$", re.IGNORECASE)
_ON_SIDE_AFTER = re.compile(r"\s+on\s+the\s+[A-Z][\w'’-]+\s+side\b")
AND_BEFORE = re.compile(r"\band\s+$")
"""The word "and" right before a figure: "and| one", "and| 14 on the Westby side"."""


def _after_untimed(figures: Sequence[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """Each figure with the last figure before it that counts no time: "stood at 310 two
    weeks after the flood and at| 420" follows on from 310."""
    prior = None
    for figure in figures:
        if prior is not None:
            yield prior, figure
        if not figure.extra.get("time"):
            prior = figure


# A time the value of a running count is given for: "in the early morning", "by midday",
# "by the evening of 3 May", "the following day".
_VALUE_TIME = (
    r"(?:(?:in|on|by|at|before|after|during|until)\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:morning|afternoon|evening|night|nightfall|midday|noon|midnight|dawn|dusk|day|week"
    r"|weekend|[A-Z][a-z]+day)(?:\s+of\s+[\w\s]{1,20}?)?"
)
# Between the values of a running count told as a list, its verb elided: "first reported 40
# dead, then| 60, 93,| 115 and| 133", "stood at 38 in the early morning and| 73 by midday",
# "put it at 20, and by nightfall| at least 30".
_THEN_BETWEEN = re.compile(
    # ("... to 2,500 the next day, before passing| 7,000 within a week")
    rf"(?:\s+{_VALUE_TIME}|\s+(?:on|by|until)\s+(?:\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{{1,2}}))?"
    r"\s*,?\s*(?:and\s+)?(?:then|before\s+(?:passing|topping|surpassing|reaching|hitting"
    r"|exceeding|(?:climbing|rising)\s+to))\s+",
    re.IGNORECASE,
)
_LISTED_BETWEEN = re.compile(
    rf"(?:\s+{_VALUE_TIME})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_VALUE_TIME}\s*,?\s*)?"
)


# A toll told place by place, or day by day, its verb elided after the first: "19 were
# killed on the terrace of a cafe in the 11th district,| 15 at the Westby bar| and| five at
# the Eastby pizzeria", "killed 12 on Monday, and| 40 on Tuesday".
_PLACED_BETWEEN = re.compile(
    r"[^.;:]*?\b(?:at|in|on|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:[A-Z]|\d+(?:st|nd|rd|th)\b)"
    r"[^.;:]*?(?:,\s*(?:and\s+)?|\s+and\s+)"
)
_PLACED_AFTER = re.compile(r"\s+(?:at|in|on|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z]")


def _told_end(figure: Figure) -> int:
    """Where the words that tell a figure end: the figure, what it counts, its event's words
    after it ("40 dead|")."""
    return max(figure.end, figure.noun_end, figure.cue[1] if figure.cue else 0)


def _next_part_by_place(text: str, prior: Figure, figure: Figure) -> bool:
    """Whether `figure` is the toll at another place or on another day, after `prior`'s at
    its own, the toll's verb elided: "19 killed on the terrace of La Cafe,| 15 at the
    Westby bar"."""
    end = _told_end(prior)
    return (
        end <= figure.start
        and not prior.extra.get("scope")  # (a part's: `place_parts` scopes the next parts)
        and _PLACED_AFTER.match(text, figure.end) is not None
        and _PLACED_BETWEEN.fullmatch(text, end, figure.start) is not None
    )


def _next_value_listed(text: str, prior: Figure, figure: Figure, continued: bool) -> bool:
    """Whether `figure` is the next value of the count `prior` gives, in a list that tells
    the count's values: after "then", or after "and" or a comma once the list has started
    (`continued`: `prior` is itself a next value) or where `prior` is a count's value ("stood
    at| 38")."""
    end = _told_end(prior)
    if end > figure.start:
        return False
    if _THEN_BETWEEN.fullmatch(text, end, figure.start):
        return True
    return bool(
        (continued or _TO_BEFORE.search(text, prior.start - 30, prior.start))
        and _LISTED_BETWEEN.fullmatch(text, end, figure.start)
    )


def elided_counts(text: str, figures: list[Figure]) -> None:
    """A figure of no kind after a toll's, its verb elided: "raised it to 12 on Monday and
    to| 19 shortly before midnight" (a later value of the count), "killed 30 people on the
    Eastmark side and| 14 on the Westby side" (another side's count), "first reported 40
    dead, then| 60 and| 93" (the values of a running count, listed): of the toll's kind."""
    tolls = families().tolls
    continued: set[int] = set()  # (ids of the figures that are a listed next value)
    for prior, figure in _after_untimed(figures):
        if (
            prior.kind not in tolls
            or figure.kind != "other"
            or figure.kind_hint is not None
            or figure.noun
        ):
            continue
        listed = _next_value_listed(text, prior, figure, id(prior) in continued)
        if listed:
            continued.add(id(figure))
        if (
            listed
            or (
                _AND_TO_BEFORE.search(text, prior.end, figure.start)
                and _TO_BEFORE.search(text, prior.start - 30, prior.start)
            )
            or (
                AND_BEFORE.search(text, prior.end, figure.start)
                and _ON_SIDE_AFTER.match(text, figure.end)
            )
            or _next_part_by_place(text, prior, figure)
        ):
            figure.kind, figure.noun, figure.cue = prior.kind, prior.noun, prior.cue
            figure.party = figure.party or prior.party  # ("12 villagers ..., 30 at Lima")
            if "value_of_before" in prior.extra:
                figure.extra["value_of_before"] = True
            for later in figures:
                if later.kind == "other" and later.extra.get("value_of") is figure:
                    # "... and at 420, before the minister announced the figure of| 612":
                    # another value of the count, which is the toll's
                    later.kind, later.cue = figure.kind, figure.cue


# "Westby lost the most pilgrims, with 464 dead. It was followed by Eastmark with| 305,
# Norland with| 199", "where the ministry counted 394, and in Lakeside, with| 254": a name,
# then "with" and a figure of no noun, after a toll.
_NAME_WITH = re.compile(
    r"(?:^|[,;(]\s*|\b(?:and|by|in)\s+)(?:in\s+)?(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"\s*,?\s+with\s+$"
)
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;)]|and\b|$)")


def name_with_counts(text: str, figures: list[Figure], before: Toll | None) -> None:
    """A toll told name by name, "<name> with N", its noun said once: each figure of no kind
    is of the kind of the toll before it in the sentence, else of the sentence before."""
    if " with " not in text:
        return
    tolls = families().tolls
    kind = before[0] if before else None
    for figure in figures:
        if figure.kind in tolls:
            kind = figure.kind
            continue
        if (
            kind is not None
            and figure.kind == "other"
            and not figure.noun
            and figure.kind_hint is None
            and _NAME_WITH.search(text, figure.start - 60, figure.start)
            and _LIST_GOES_ON.match(text, figure.end)
        ):
            figure.kind = kind


# "The revised toll, which follows ..., includes| 14 staff members, 24 patients and 4
# caretakers", "The dead included| 12 children": the people a toll counts, listed.
_TOLL_INCLUDES = re.compile(
    r"\b(?:(?:death\s+)?toll|the\s+(?:dead|victims|fatalities))\b[^.;:!?\d]{0,100}?"
    r"\binclud(?:es|ed|e)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LISTED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def toll_includes(text: str, figures: list[Figure]) -> None:
    """Figures of no kind that a toll "includes", listed after it: of the dead."""
    if "includ" not in text:
        return
    killed = families().tolls[0]  # kinds.yaml lists the dead first
    listing: Figure | None = None
    for figure in figures:
        if figure.kind != "other" or figure.kind_hint is not None or not figure.noun:
            listing = None
            continue
        if (
            listing is not None
            and _LISTED_NEXT.match(text, _told_end(listing), figure.start) is not None
        ) or _TOLL_INCLUDES.search(text, figure.start - 160, figure.start):
            figure.kind = killed
            listing = figure
        else:
            listing = None


def counted_within(text: str, figures: list[Figure]) -> None:
    """A toll a count is said to include ("the figure, which includes the 30 deaths already
    confirmed") is a part of it, scoped so: never its rival."""
    if "includ" not in text:
        return
    for figure in figures:
        if (
            figure.kind in families().tolls
            and not figure.extra.get("scope")
            and _WHICH_INCLUDES.search(text, max(0, figure.start - 60), figure.start)
        ):
            figure.extra["scope"] = "among them"


_WHICH_INCLUDES = re.compile(
    r"\b(?:figure|number|toll|count|total|tally)\s*,?\s+(?:which|that)\s+(?:also\s+)?"
    r"(?:includes|included|include)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def opened_place_parts(text: str, figures: list[Figure], before: Toll | None) -> None:
    """Two or more counts of the toll of the sentence before, each opening its clause with a
    place of its own, that add up to it ("120 people died. In Eastby 100 died, in Westby
    20."): its parts by place, scoped and placed there."""
    if before is None or before[1] is None:
        return
    kind, total, _ = before
    if sum(figure.kind == kind and not figure.extra.get("scope") for figure in figures) < 2:
        return  # the quick answer: not two counts of that toll to be its parts
    from crosscheck.extract.places import opening_place  # (places reads this module)

    parts: list[tuple[Figure, str]] = []
    floor = 0
    for figure in figures:
        place = opening_place(text, figure.start, floor)
        floor = max(figure.end, figure.noun_end)
        if figure.kind == kind and place is not None and not figure.extra.get("scope"):
            parts.append((figure, place))
    places = {place.lower() for _, place in parts}
    if (
        len(parts) >= 2
        and len(places) == len(parts)
        and sum(part.estimate.best for part, _ in parts) == total
    ):
        for part, place in parts:
            _place_part(part, kind, part.cue, place)


# "the toll rose to 72, with Eastmark accounting for| 56 deaths, Westmark| 13 and Northmark|
# three": each place named before its count of the toll.
_ACCOUNTING_FOR = re.compile(
    r"\b(?:with\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:accounting|accounted|accounts)\s+for\s+$"
)
_PLACE_THEN_COUNT = re.compile(
    r"(?:\s+(?:deaths|dead|people|killed|injured|cases))?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+$"
)


def accounted_parts(text: str, figures: list[Figure]) -> None:
    """A toll, then the places that account for its parts ("rose to 72, with Eastmark
    accounting for 56 deaths, Westmark 13 and Northmark three"): each part is of the toll's
    kind, scoped and placed by its place (`_place_part`), never the toll's rival."""
    if "accounting for" not in text and "accounted for" not in text and "accounts for" not in text:
        return  # the quick answer
    tolls = families().tolls
    for index, figure in enumerate(figures):
        at = _ACCOUNTING_FOR.search(text, figure.start - 60, figure.start)
        whole = next((f for f in reversed(figures[:index]) if f.kind in tolls), None)
        if (
            at is None
            or whole is None
            or figure.kind not in (whole.kind, "other")
            or figure.extra.get("scope")  # "56 of the dead": a part already
        ):
            continue
        _place_part(figure, whole.kind, whole.cue, at.group("place"))
        for part, place in _places_then_counts(text, figures[index + 1 :], figure, ("other",)):
            _place_part(part, whole.kind, whole.cue, place)
        return


def _places_then_counts(
    text: str,
    later: Sequence[Figure],
    first: Figure,
    kinds: Sequence[str],
    known: Callable[[str], bool] = lambda place: True,
) -> list[tuple[Figure, str]]:
    """The figures of `later` that each follow a place of their own after `first`, the noun
    left out (", Westmark 13 and Northmark three"), of `kinds`, each with its place (one
    `known` names); up to the first that is not."""
    found: list[tuple[Figure, str]] = []
    end = max(first.end, first.noun_end)
    for part in later:
        named = _PLACE_THEN_COUNT.fullmatch(text, end, part.start)
        if named is None or part.kind not in kinds or part.noun or not known(named["place"]):
            break
        found.append((part, named.group("place")))
        end = part.end
    return found


# "Norland has reported| 305 dead, Veyland 199, Eastmark 182": a country's own toll, then
# other countries' counts of it, the noun left out.
_PLACE_REPORTED = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:reported|recorded|counted|confirmed)\s+$"
)
_REPORTED_WORDS = ("reported", "recorded", "counted", "confirmed")
"""One of these is in every match of _PLACE_REPORTED."""


def reported_by_place(text: str, figures: list[Figure]) -> None:
    """A country's toll and, gapped after it, other countries' counts of the same ("Norland
    has reported 305 dead, Veyland 199 and Eastmark 182"): each is its own place's toll, of
    the first one's kind, scoped and placed there (`_place_part`), none a rival of another,
    and reported by its country."""
    if "," not in text and " and " not in text:
        return  # the quick answer
    tolls = families().tolls
    for index, whole in enumerate(figures):
        if whole.kind not in tolls:
            continue
        at = (
            _PLACE_REPORTED.search(text, whole.start - 40, whole.start)
            if sentence_holds(text, _REPORTED_WORDS)
            else None
        )
        if at is None or not is_state(at.group("place")):
            continue
        # (a part's kind may already be the toll's, by the verb they share)
        parts = _places_then_counts(
            text, figures[index + 1 :], whole, ("other", whole.kind), is_state
        )
        if parts:
            for part, place in [(whole, at.group("place")), *parts]:
                _place_part(part, whole.kind, whole.cue, place)
            for part, place in parts:
                part.extra["owner"] = place  # "..., Veyland 199": Veyland has reported it
        return


def worst_hit(text: str, figures: list[Figure]) -> None:
    """A toll given for the place worst hit ("Westby, a district of 190,000 people, was the
    worst hit, with 36 dead"): a part of the event's toll, that place's (scoped by the place
    when it is found, extract/places.py), never the rival of the whole."""
    if "worst" not in text and "hardest" not in text:
        return  # the quick answer
    for figure in figures:
        # (a bare figure after "followed by Westby with|" is of the toll's kind once
        # elided_counts reads it so)
        bare = figure.kind == "other" and not figure.noun
        if figure.kind not in families().tolls and not bare:
            continue
        found = _WORST_HIT_WITH.search(text, max(0, figure.start - 160), figure.start)
        if found is None or (bare and not found.group("next")):
            continue
        figure.extra["worst_hit"] = True
        place = found.group("place") or found.group("next")
        if place and "own_place" not in figure.extra:
            figure.extra["own_place"] = place  # "Westby ... was the worst hit"


_WORST_HIT_WITH = re.compile(
    r"(?:(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
    # ("Eastmark province has been the worst hit")
    r"(?:\s+(?:province|state|district|region|county|governorate))?"
    r"\s*(?:,(?:[^,]|,(?=\d)){1,80},\s*)?"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:the\s+)?)?"
    r"\b(?:worst|hardest|most\s+badly|most\s+severely)[\s-]+(?:hit|affected)\b"
    r"(?:\s+[a-z]+)?\s*,?\s+with\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+)?$"
    # "..., followed by Westby with| 238": the next worst place's part
    r"|\b(?:worst|hardest)[\s-]+(?:hit|affected)\b[^.;]{0,80}?,\s+followed\s+by\s+"
    r"(?P<next>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)\s+with\s+$"
)


_AT_END = re.compile(r"\sat\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?$")


def _parts_of(listed: list[tuple[Figure, str]], kind: str, previous: Toll | None) -> bool:
    """Whether counts listed place by place add up to no more than the toll of their kind
    the sentence before gave: its parts."""
    if previous is None or previous[0] != kind or previous[1] is None:
        return False
    return sum(part.estimate.best for part, _ in listed) <= previous[1]


def _place_part(
    figure: Figure,
    kind: str,
    cue: tuple[int, int] | None,
    place: str,
    *,
    scoped: bool = True,
    site: bool | None = None,
) -> None:
    """A figure counted in one place of a toll's: of its kind, placed there and, when it is a
    part of a whole (`scoped`), scoped by the place (a lone "one" is a person, not a
    count).  At a site (`site` not None), scoped by the site's key as `places.site_of` reads
    it, and placed at the site only when `site` is true and the name is no building's ("15
    at a cafe in Westby": Westby; the whole's site stays where the event is)."""
    if figure.one:
        return
    figure.kind, figure.cue = kind, cue
    if site is not None:
        key = without_buildings(place)
        figure.extra["scope"] = f"at {key.lower()}"
        if site and key == place:
            figure.extra["own_place"] = place
        return
    if scoped:
        figure.extra["scope"] = f"in {place.lower()}"
    figure.extra["own_place"] = place


# "the deaths were recorded in the provinces of| Al Haouz (|1,351|), Taroudant (|492|)": a
# place named before a figure in brackets.
_BRACKETED_AT = re.compile(r"(?P<place>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def bracketed_place_parts(text: str, figures: list[Figure]) -> None:
    """Figures in brackets after the places they count ("the deaths were recorded in the
    provinces of Al Haouz (1,351), Taroudant (492) and Azilal (11)"), two or more after an
    event's words: parts of that event's toll, scoped and placed by their place."""
    found: list[tuple[Figure, str]] = []
    for figure in figures:
        if figure.kind != "other" or figure.noun or figure.kind_hint is not None:
            continue
        at = _BRACKETED_AT.search(text, figure.start - 40, figure.start)
        if at is not None and _BRACKET_CLOSE.match(text, figure.end):
            found.append((figure, at.group("place")))
    if len(found) < 2:
        return
    from crosscheck.extract.kinds import event_kind  # kinds calls this module

    event = event_kind(text[: found[0][0].start], last=True)
    if event is None or event[0] not in families().tolls:
        return
    for figure, place in found:
        _place_part(figure, event[0], figure.cue, place)


def national_at_home(figure: Figure, place: str | None) -> None:
    """A count "across the country" that is placed on the country itself is that country's
    count of the story's event ("more than 150 people have been killed across the country
    since Tuesday", beside a ministry's 104 killed in the same protests): the story's event
    is the country's, so the count is no quantity apart from the other counts placed there.
    Placed on a town or region, it stays scoped "nationwide" (a town's 5,800 who fled are
    not the country's 1.3 million)."""
    if figure.extra.get("scope") == "nationwide" and place and lexicon().country.fullmatch(place):
        del figure.extra["scope"]


def cumulative_totals(text: str, figures: list[Figure]) -> None:
    """A toll or force counted over years ("194,000 peacekeepers since 1988", "200 have died
    since the mission was set up in 2014") is scoped "cumulative", a quantity of its own
    (parties.yaml apart_units): neither the story's event nor a force's strength today."""
    lower = index_of(text).lower  # (text.lower(), kept)
    if "since" not in lower and "years" not in lower and "decade" not in lower:
        return  # the quick answer
    counted = (*families().tolls, *families().forces)
    # Past other figures: "194,000 peacekeepers to 63 missions in 43 countries since 1988".
    _scope_by_period(text, figures, _OVER_YEARS, counted, "cumulative", True)


def year_totals(text: str, figures: list[Figure]) -> None:
    """A toll counted over the year to date ("1,600 people have been killed in the region so
    far this year", "since January") is scoped "this year", a quantity of its own
    (parties.yaml apart_units): neither the toll of the story's event nor a part of it."""
    if (
        "year" not in text
        and "January" not in text
        and "months" not in text
        and "so far" not in text
        and "start of" not in text
        and "beginning of" not in text
    ):
        return  # the quick answer
    # To the next figure ("on Monday, the third attack this year": the comma ends it).  A
    # crowd "this year" is this year's gathering ("the number of pilgrims this year was 2
    # million"), no total over the year.
    counted = [kind for kind in families().tolls if kind != families().crowd]
    _scope_by_period(text, figures, _YEAR_TO_DATE, counted, "this year", False)


def separate_events(text: str, figures: list[Figure]) -> None:
    """A toll summed over several events the sentence says apart ("At least 62 soldiers
    were killed in four separate attacks") is scoped "separate events", a quantity of its
    own (parties.yaml apart_units): not the toll of one of them, the story's event."""
    similar = "similar" in text or "previous" in text or "earlier" in text or "prior" in text
    if (
        "separate" not in text
        and "different" not in text
        and "distinct" not in text
        and "unrelated" not in text
        and "another" not in text
        and " in which " not in text
        and " after " not in text
        and not similar
    ):
        return  # the quick answer
    # (past the next figures: "in four separate attacks" counts the attacks too)
    _scope_by_period(text, figures, _SEPARATE_EVENTS, families().tolls, "separate events", True)
    opened = _ANOTHER_EVENT.match(text)
    for figure in figures:
        if opened and figure.kind in families().tolls and not figure.extra.get("scope"):
            # "In a separate accident on Monday, seven people died": not the story's event
            figure.extra["scope"] = "another event"
        elif (
            figure.kind in families().tolls
            and not figure.extra.get("scope")
            and " after " in text
            and _came_after_another().search(text, max(0, figure.start - 160), figure.start)
        ):
            # "The disaster came two weeks after a crane collapse at the mosque killed| 111
            # people": an earlier event the story is set beside, not the story's
            figure.extra["scope"] = "another event"
        elif (
            similar
            and figure.kind in families().tolls
            and not figure.extra.get("scope")
            and _a_similar_event().search(text, max(0, figure.start - 160), figure.start)
        ):
            # "Last month, a similar attack on a wedding party killed| 22 people": another
            # event the story recalls
            figure.extra["scope"] = "another event"


# "in four separate attacks", "in two different raids" (not "twin bombings": one event's parts);
# "This incident comes in a week in which at least 64 civilians have been killed": the
# week's events, of which the story's is one
_SEPARATE_EVENTS = re.compile(
    r"\b(?:in|during|across)\s+(?:\w+\s+)?(?:separate|different|distinct)\s+(?:\w+\s+)?"
    r"(?:attacks|raids|ambushes|incidents|clashes|bombings|assaults|strikes|airstrikes|"
    r"shootings|explosions|blasts|accidents|events|operations|battles|engagements)\b"
    r"|\b(?:a|the|this|that)\s+(?:same\s+|past\s+|last\s+)?(?:week|fortnight|month)\s+in\s+which\b",
    re.IGNORECASE,
)


# "300 to 500 people a day", "arriving every day", "dying daily", "kill more than 1,000
# people a year": a rate, per its period.
_RATE = re.compile(
    r"\b(?:a|per|each|every)\s+(?P<per>day|week|month|year)\b"
    # (not "rose to 40 a day after the attack", "drowned a year ago": a time; not "a
    # year-long war")
    r"(?![-‐]|\s+(?:after|before|later|earlier|ago|into|since|on|of)\b)"
    r"|\b(?P<ly>daily|weekly|monthly|yearly|annually)\b",
    re.IGNORECASE,
)
_RATE_UNITS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}
_RATE_WORDS = frozenset(("day", "week", "month", "year", *_RATE_UNITS))


def rates(text: str, figures: list[Figure]) -> None:
    """A toll counted per day, week or month ("between 300 and 500 people a day") is a rate,
    scoped "a day" (parties.yaml apart_units): never the rival of a total, nor of one day's
    count ("2,500 crossed on Monday alone")."""
    if index_of(text).words.isdisjoint(_RATE_WORDS):
        return  # the quick answer
    for index, figure in enumerate(figures):
        if figure.kind not in families().tolls or figure.extra.get("scope"):
            continue
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        end = _PHRASE_END.search(text, figure.end, limit)
        found = _RATE.search(text, figure.end, end.start() if end else limit)
        if found is not None:
            per = found["per"] or _RATE_UNITS[found["ly"].lower()]
            figure.extra["scope"] = f"a {per.lower()}"


# "In a separate accident on Monday,", "In another attack,": the sentence tells of another
# event than the story's (not "Separately, the ministry said", "In another development":
# other words on the same event).
@cache
def _came_after_another() -> re.Pattern[str]:
    """A toll of an earlier event the story's is dated by ("came two weeks after a crane
    collapse at the mosque killed| 111"; extract.yaml `event_nouns`)."""
    events = _alternation(list(lexicon().sets["event_nouns"]))
    return re.compile(
        r"\b(?:came|comes|follows|followed|occurred|happened)\s+(?:just\s+|only\s+|less\s+than\s+)?"
        r"(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\s+after\s+(?:a|an|the)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{events})\b[^.;:]{{0,80}}?\b(?:killed|left|claimed)\s+"
        r"(?:(?:at\s+least|more\s+than|about|some|nearly|over)\s+)?$",
        re.IGNORECASE,
    )


_ANOTHER_EVENT = re.compile(
    r"\s*(?:in|on)\s+(?:(?:a|an)\s+(?:separate|unrelated|different)|another)\s+(?:\w+\s+)?"
    r"(?:accident|incident|attack|crash|collision|explosion|blast|raid|ambush|clash|fire|"
    r"bombing|shooting|strike)\b",
    re.IGNORECASE,
)


@cache
def _a_similar_event() -> re.Pattern[str]:
    """A toll of an event the story recalls as like its own ("a similar attack on a wedding
    party killed| 22", "an earlier blast left| 31 dead"; extract.yaml `event_nouns`)."""
    events = _alternation(list(lexicon().sets["event_nouns"]))
    return re.compile(
        r"\b(?:a|an)\s+(?:similar|previous|earlier|prior)\s+(?:[\w-]+\s+)?"
        rf"(?:{events})\b[^.;:]{{0,100}}?\b(?:killed|kill|kills|left|claimed|wounded|injured"
        r"|took)\s+(?:the\s+lives\s+of\s+)?(?:(?:at\s+least|more\s+than|about|some|nearly"
        r"|over)\s+)?$",
        re.IGNORECASE,
    )


_RELATIVE_OPENS = re.compile(r",\s+(?:which|who)\b")
"""(Not "whose": "The commission, whose report was made public on May 17, found": the day of
the count.)"""


def in_relative_clause(text: str, at: int, end: int) -> bool:
    """Whether `at` lies in a relative clause closed before `end` (", which has held the
    town since 2023,| put the toll at"): words about the subject, not the figure's."""
    opened = None
    for match in _RELATIVE_OPENS.finditer(text, 0, at):
        opened = match
    if opened is None:
        return False
    closed = text.find(",", at, end)
    return closed != -1


def _scope_by_period(
    text: str,
    figures: list[Figure],
    period: re.Pattern[str],
    kinds: Sequence[str],
    scope: str,
    past_figures: bool,
    opening: re.Pattern[str] | None = None,
) -> None:
    """Scope the figures of `kinds` whose phrase names a `period`: the words after the
    figure to a comma or the clause's end (past the next figures when `past_figures`), or,
    for the sentence's first figure, the words before it (those `opening` matches from the
    sentence's start, if given)."""
    for index, figure in enumerate(figures):
        if figure.kind not in kinds or figure.extra.get("scope"):
            continue
        last = past_figures or index + 1 == len(figures)
        limit = len(text) if last else figures[index + 1].start
        end = _PHRASE_END.search(text, figure.end, limit)
        floor = figures[index - 1].end if index else 0
        before = (
            None
            if index
            else opening.match(text, 0, figure.start)
            if opening is not None
            else period.search(text, floor, figure.start)
        )
        if before is not None and in_relative_clause(text, before.start(), figure.start):
            before = None  # ("The group, which has held the town since 2023, put the toll")
        if period.search(text, figure.end, end.start() if end else limit) or before:
            figure.extra["scope"] = scope


# "Chad already hosts| more than 1.2 million Sudanese refugees": those a country or a camp
# holds, however long ago they came; not the newcomers of the story ("45,000 have crossed").
_HOSTS = re.compile(
    r"\b(?:hosts|hosted|hosting|host|shelters|sheltering|houses|housing|(?:is|are)\s+home\s+to|"
    r"(?:is|are)\s+already\s+home\s+to)\s+(?:an\s+estimated\s+)?$",
    re.IGNORECASE,
)


def hosted(text: str, figures: list[Figure]) -> None:
    """The people a country or a camp hosts (refugees, detainees) are scoped "hosted", a
    quantity of their own: all those it holds are not those of the story's event, nor a
    part of them; so are those a population is said to include ("Norland, a country of 6
    million people, including about 1 million refugees")."""
    for whole, figure in zip(figures, figures[1:], strict=False):
        if (
            whole.kind == families().residents
            and figure.kind in families().tolls
            and _INCLUDING_PEOPLE.fullmatch(text, max(whole.end, whole.noun_end), figure.start)
        ):
            figure.extra["scope"] = "hosted"
    words = index_of(text).words
    if "with" in words:
        _sharing(text, figures)
    if sentence_holds_any(text, _HOLDING_PLACES):
        _camp_people(text, figures)
    if "host" not in text and "home to" not in text and "shelter" not in text:
        return  # the quick answer
    _scope_by_words_before(text, figures, _HOSTS, families().tolls, "hosted", 40, replace=True)


# "Westby camp, which is already home to| about 26,000 refugees", "the transit site of
# Oskavale, which shelters today| 6,400 persons", "the Oskavale site, where| nearly 9,000
# people are waiting": a camp's people, its population.
_CAMP_HOSTS = re.compile(
    r"\b(?:camps?|sites?|settlements?|shelters?|centres?|centers?)\b[^.;:!?]{0,100}?"
    r"(?:\b(?:(?:is|are)\s+(?:already\s+|now\s+|currently\s+)?home\s+to|hosts?|hosted|houses|"
    r"housed|shelters|sheltered|accommodates|accommodated)\s+(?:today\s+|now\s+|currently\s+)?"
    rf"|(?P<where>,\s+where\s+)){HEDGES_BEFORE}$",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:now|today|currently)\b", re.IGNORECASE)
# (after "where N people": what they do there, in the present)
_ARE_THERE = re.compile(r"\s+(?:are|remain|live|stay|wait)\b", re.IGNORECASE)


# "sleeping in one house with| 30 other refugees": those who share a room or a vehicle
# with someone, no count of the story's event.
_SHARING_WITH = re.compile(
    r"\b(?:in|inside|into)\s+(?:one|a|an|the|their|his|her|our|a\s+single)\s+(?:small\s+)?"
    r"(?:house|room|tent|flat|apartment|home|classroom|shelter|truck|bus|car|van|boat)\s+with\s+"
    rf"{HEDGES_BEFORE}$",
    re.IGNORECASE,
)


def _sharing(text: str, figures: list[Figure]) -> None:
    """Those someone shares a room or a vehicle with ("in one house with 70 other
    refugees") are no count of the story's event: of no kind."""
    for figure in figures:
        if figure.kind in families().tolls and _SHARING_WITH.search(
            text, max(0, figure.start - 60), figure.start
        ):
            figure.kind, figure.cue = "other", None


def _camp_people(text: str, figures: list[Figure]) -> None:
    """The people a camp, site or settlement holds (refugees or not) are its population, a
    stock of that place, not a count of the story's displaced: "the camp of Westby already
    sheltered 38,000 refugees before this new influx"."""
    lex = lexicon()
    displaced = lex.cue_kinds["displaced"]
    for figure in figures:
        if figure.kind_hint is not None:
            continue
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        if head not in lex.sets["generic_nouns"] and figure.kind != displaced:
            continue  # people, or the displaced ("refugees"), only
        found = _CAMP_HOSTS.search(text, max(0, figure.start - 150), figure.start)
        if found is None or (found["where"] and not _ARE_THERE.match(text, figure.noun_end)):
            continue
        figure.kind, figure.cue = families().residents, None
        if found["where"] or _NOW.search(found.group(0)):
            # "which now shelters more than 33,000": its people now, after the arrivals a
            # story counts, never the rival of those it held before them
            figure.extra["scope"] = "now"
        named = _CAMP_NAMED.search(text, max(0, found.start() - 40), found.end())
        if named is not None:
            figure.extra["own_place"] = named["before"] or named["of"]  # its camp


# "Westby camp", "the Oskavale transit site", "the camp of Westby": a camp's name.
_NAME_WORDS = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+)?"
_CAMP_NAMED = re.compile(
    rf"(?!(?:The|A|An|In|At|To|Its|Their)\b)(?P<before>{_NAME_WORDS})[ \t]+"
    r"(?:(?:transit|refugee|displacement|IDP)[ \t]+)?"
    r"(?:camp|site|settlement)\b"
    rf"|\b(?:camp|site|settlement)[ \t]+of[ \t]+(?P<of>{_NAME_WORDS})"
)


_INCLUDING_PEOPLE = re.compile(r"\s*,?\s*(?:including|among\s+them|of\s+whom)\s+", re.IGNORECASE)


def _scope_by_words_before(
    text: str,
    figures: list[Figure],
    words: re.Pattern[str],
    kinds: Sequence[str],
    scope: str,
    reach: int,
    replace: bool = False,
) -> None:
    """Scope the figures of `kinds` that `words` end just before (within `reach`
    characters): unless `replace`, only those with no scope yet."""
    for figure in figures:
        if (
            figure.kind in kinds
            and (replace or not figure.extra.get("scope"))
            and words.search(text, figure.start - reach, figure.start)
        ):
            figure.extra["scope"] = scope


# "the final toll could reach| 10,000", "the number of dead is expected to rise above|
# 1,000", "feared to exceed|": what a count may become, not what it is.  (Not "the toll could
# exceed| 40,000", "may top|": an estimate of the count now, as "could be as high as 500".)
_FORECAST = re.compile(
    r"\b(?:(?:could|may|might)\s+(?:\w+\s+){0,2}?(?:reach|rise|climb|hit|increase|grow|go\s+up)"
    r"|(?:would|will|(?:is|are|was|were)\s+(?:expected|likely|feared|set)\s+to"
    r"|(?:feared|expected)\s+to)\s+(?:\w+\s+){0,2}?(?:reach|rise|climb|exceed|top|pass|surpass|"
    r"hit|increase|grow|go\s+up)"
    # "Westby has said it is preparing to receive| up to 100,000 refugees": a plan's number
    r"|(?:preparing|prepared|prepares|ready|bracing|braced|planning|plans|planned)\s+"
    r"(?:(?:itself|themselves)\s+)?(?:to|for)\s+(?:receive|host|take\s+in|accommodate"
    r"|shelter|house|welcome))\s+(?:(?:to|above|beyond|past)\s+)?$",
    re.IGNORECASE,
)


# "19,000 people were still stranded", "more than 300 people were in the club", "about 230
# people were inside": where the people of a count of no kind are, its only words.
_STATE_AFTER = re.compile(
    # ("the 26 workers| who were inside the tunnel")
    r"(?:\s+(?:who|that))?"
    r"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been|remain|remained|remain\s+)"
    r"(?:\s*(?:still|reportedly|believed\s+to\s+be|thought\s+to\s+be)\b)?\s*"
    # ("2,500 workers were working in four factories housed in the building": at work there)
    r"(?:(?:working|at\s+work)\s+(?=in\b))?"
    # ("more than 70 miners were underground when the collapse occurred": inside the mine)
    r"(?P<state>stranded|trapped|inside|aboard|on\s+board|present|underground"
    # "at least 15,000 people were still on the mountain", "4,000 people remained,": those
    # who could not leave a place cut off (news's "stranded")
    r"|(?<=still\s)on\s+(?:the|a|an)\s+(?:[a-z]+\s+)?(?:mountain|mountains|island|roof"
    r"|roofs|rooftops|hill|hills|ridge|beach|plateau)(?P<cut_off>)"
    r"|(?<=remained)(?P<left>)(?=\s*[,;.]|\s+(?:there|behind)\b)"
    # "about 500 worshippers were coming out of the church", "were leaving after the morning
    # service": those present when it struck
    r"|(?:coming|streaming|pouring|filing)\s+out\s+of\s+(?:the|a)|leaving\s+(?:after"
    r"|the\s+(?:church|mosque|temple|synagogue|cathedral|hall|stadium|theatre|theater|building"
    r"|venue|concert|service|prayers))"
    # "about 3,500 people had been at the station at the time": those present where it struck
    # ("about 190 worshippers were at the Al Noor mosque when": its name's words too)
    r"|at\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:station|airport|terminal|market|marketplace|square"
    r"|stadium|concert|festival|venue|scene|site|port|crossing|checkpoint|bus\s+stop|mosque"
    r"|church|temple|synagogue|cathedral|shrine|arena|hall|theatre|theater|club|nightclub"
    r"|hotel|mall|school|university|campus)"
    # "between 110 and 120 people were on the boat"
    r"|on\s+(?:the|that|this)\s+(?:[a-z]+\s+)?(?:boat|ship|vessel|ferry|bus|train|plane|dinghy)"
    r"|in(?:side)?\s+(?:the|a|its|their|[a-z]+(?=\s+[a-z]+\s))\s+(?:[a-z]+\s+){0,2}?(?:club|nightclub|tower|building|venue|hall|theatre|"
    r"theater|stadium|school|church|mosque|mall|hotel|plane|aircraft|train|boat|ship|bus|arena|"
    r"factory|factories|mine|office|offices|plant|market|complex|tunnel|shaft|pit|gallery|"
    r"cave|warehouse|cinema|temple|prison|jail|galleries|tunnels|shafts|pits|mines|buildings))\b"
)


# "buildings where an estimated 3,000 students had barricaded themselves", "the 3,000
# students who spent the night on the campus": the people inside where it happened.
_SHUT_IN_AFTER = re.compile(
    r"(?:\s+(?:who|that))?\s+(?:(?:had|have|has)\s+)?(?:(?:were|was|had\s+been)\s+)?"
    r"(?:barricaded\s+themselves|holed\s+up|spent\s+the\s+night\b[^.;:,]{0,30}?\s(?:in|on|at)"
    r"\s+the)\b",
    re.IGNORECASE,
)


# "a boat carrying about 880 people", "a plane with 763 people aboard": those aboard (not
# _CARRYING's "with", "had": "a city with 1 million people" holds no one aboard); "was
# carrying at the moment of the shipwreck 203 passengers" (words of when between; not
# "carrying aid for 300 people"), "the boat's manifest listed 112 passengers".
_CARRYING_PEOPLE = re.compile(
    r"\b(?:(?:carrying|carried|ferrying|transporting)(?:\s+(?!for\b|to\b)[\w'’-]+){0,6}?"
    r"|manifest\s+(?:listed|showed|shows|lists|had|named|recorded))\s+$",
    re.IGNORECASE,
)
_ABOARD_AFTER = re.compile(
    r"\s+(?P<state>aboard|on\s+board)\b"
    # "1,200 passengers were travelling in the 16 coaches of the train"
    r"|\s+(?:were|had\s+been)\s+(?:travell?ing|riding)\s+(?:in|on|aboard)(?P<riding>)\s"
    # "More than 2,000 workers were on shift that morning": at work where it happened
    r"|\s+(?:were|had\s+been)\s+(?:on\s+(?:shift|duty)|at\s+work)(?P<at_work>)\b"
    # "between 100 and 110 people had boarded the boat", "were crammed onto the dinghy"
    r"|\s+(?:had\s+|have\s+)?(?:boarded|embarked\s+on|(?:were|had\s+been)\s+crammed"
    r"\s+(?:into|onto|aboard))(?P<aboard>)\s+(?:the|a|an|their)\b"
)
# "puts the number of people on board at| between 70 and 80": those aboard, by their count.
_NUMBER_ABOARD = EndsOn(
    re.compile(
        r"\bnumber\s+(?:of\s+(?:people|passengers|persons|migrants)\s+)?(?:on\s+board|aboard)"
        r"(?:\s+(?:the|that|this)\s+[a-z]+)?\s+(?:at|was|is|as|to)\s*$",
        re.IGNORECASE,
    ),
    "at was is as to",
)


_PACKED_WITH = re.compile(
    rf"\b(?:packed|crowded|crammed|filled|full|thronged)\s+with\s+{HEDGES_BEFORE}$",
    re.IGNORECASE,
)
_WHERE_BEFORE = re.compile(rf"\bwhere\s+{HEDGES_BEFORE}$", re.IGNORECASE)
_INSIDE_NEXT = re.compile(r"\s+inside\b", re.IGNORECASE)
_DOING_WHEN = re.compile(r"\s+(?:were|was)\s+[a-z]+ing\b[^.;:]{0,40}?\bwhen\b")


_LISTED_PEOPLE = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*")


def _everyone_listed(noun: str, present: frozenset[str]) -> bool:
    """Whether a noun lists two or more kinds of people who may be where something struck
    ("students and teachers", "students and staff"; extract.yaml `present_people` and
    `seized_civilians`): everyone there."""
    if " and " not in noun and "," not in noun:
        return False  # the quick answer
    parts = [part for part in _LISTED_PEOPLE.split(noun.lower()) if part]
    people = present | lexicon().sets["seized_civilians"]
    return len(parts) >= 2 and all(part in people for part in parts)


_OF_US_THERE = re.compile(
    r"\s+of\s+(?:us|them)\s+(?:(?:were|was)\s+)?"
    r"(?P<where>down\s+there|in\s+there|inside|underground|on\s+board|aboard)\b",
    re.IGNORECASE,
)


def people_states(text: str, figures: list[Figure]) -> None:
    """A count of no kind of people in general (or of people present: extract.yaml
    `present_people`, "workers", "passengers"), with where they are after its verb ("19,000
    people were still stranded", "more than 300 people were in the club"), or aboard what
    carries them ("a boat carrying about 880 people", "with 763 people aboard"): its state,
    the words it is compared by (a count of "people" alone is compared with none)."""
    present = lexicon().sets["present_people"]
    residents = families().residents
    for figure in figures:
        if (
            figure.kind in ("other", residents)
            and names_only_people(figure.noun)
            and (
                _PACKED_WITH.search(text, max(0, figure.start - 40), figure.start)
                or (
                    _WHERE_BEFORE.search(text, max(0, figure.start - 30), figure.start)
                    and _DOING_WHEN.match(text, figure.noun_end)
                )
                # "overcrowded, with between 900 and 1,300 people inside"
                or _INSIDE_NEXT.match(text, figure.noun_end)
            )
        ):
            # "The club was packed with about 250 people when the bomb exploded", "the club,
            # where more than 350 people were dancing when ...": those inside, no town's
            figure.kind, figure.noun, figure.extra["state"] = "other", "people", "inside"
            continue
        if (
            figure.kind == "other"
            and not figure.noun
            and _NUMBER_ABOARD.search(text, figure.start - 80, figure.start)
        ):
            figure.noun, figure.extra["state"] = "people", "aboard"
            continue
        if (
            figure.kind == "other"
            and names_only_people(figure.noun)
            and CAPACITY_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        ):
            # "the club was licensed to hold a maximum of 691 people", "a permit for about
            # 1,000": how many it may hold, whatever report gives it
            figure.noun, figure.extra["state"] = "people", "allowed"
            continue
        us_there = _OF_US_THERE.match(text, figure.end) if figure.kind == "other" else None
        if us_there is not None:
            # '"There were more than 1,000 of us down there," said one miner': those inside
            aboard = us_there["where"].lower() in ("on board", "aboard")
            figure.noun, figure.extra["state"] = "people", "aboard" if aboard else "inside"
            continue
        if figure.kind != "other":
            continue
        listed = _everyone_listed(figure.noun, present)
        if not (names_only_people(figure.noun) or head_noun(figure.noun) in present or listed):
            continue
        found = _STATE_AFTER.match(text, figure.noun_end) or _ABOARD_AFTER.match(
            text, figure.noun_end
        )
        if found is not None and listed:
            # "about 500 students and teachers were inside", "1,100 students and staff had
            # been in the school": everyone there, however another report lists them
            figure.noun = "people"
        if found is None and _SHUT_IN_AFTER.match(text, figure.noun_end):
            figure.extra["state"] = "inside"  # "3,000 students had barricaded themselves"
            continue
        if found is None:
            if _CARRYING_PEOPLE.search(text, figure.start - 60, figure.start):
                figure.extra["state"] = "aboard"
            continue
        groups = found.groupdict()
        boarded = groups.get("aboard") is not None or groups.get("riding") is not None
        state = (
            "aboard"
            if boarded
            else "inside"
            if groups.get("at_work") is not None
            else "stranded"
            if groups.get("cut_off") is not None or groups.get("left") is not None
            else found["state"]
        )
        if state.startswith(("in", "at ")) or state == "underground":
            state = "inside"  # in the club, at the station, underground: those present
        if state.startswith(("coming", "streaming", "pouring", "filing", "leaving")):
            state = "present"  # coming out of the church, leaving after the service
        state = "aboard" if state.startswith("on") else state  # on board, on the boat
        assert state in PEOPLE_STATES  # (grouping reads them: model.PEOPLE_STATES)
        figure.extra["state"] = state


# "about 9.1 million people have been affected by the storm", "the floods affected some
# 40,000 people": the people a disaster touched, the count relief agencies keep by that word.
_AFFECTED_AFTER = re.compile(
    r"(?:\s+(?:who|that))?\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)"
    r"(?:\s+(?:directly|severely|badly|seriously|also|now))?\s+affected\b"
)
_AFFECTED_BEFORE = re.compile(rf"\baffect(?:ed|s|ing)\s+{HEDGES_BEFORE}$", re.IGNORECASE)
AFFECTED = "affected"
"""The kind of a count of the people a disaster affected (kinds.yaml)."""


def affected_people(text: str, figures: list[Figure]) -> None:
    """A count of no kind of people in general whose verb says a disaster affected them
    ("9.1 million people have been affected", "affected some 40,000 people"), and another
    value of it the sentence gives ("... while the agency puts the figure at 7.2 million"):
    of the kind "affected" (kinds.yaml has no cue for it: "the affected areas", "homes were
    affected" count no such people)."""
    if "affect" not in text:
        return  # the quick answer
    for figure in figures:
        if figure.kind != "other" or "state" in figure.extra or not names_only_people(figure.noun):
            continue
        if _AFFECTED_AFTER.match(text, figure.noun_end) or _AFFECTED_BEFORE.search(
            text, max(0, figure.start - 50), figure.start
        ):
            figure.kind = AFFECTED
    for figure in figures:
        count = figure.extra.get("value_of")
        if figure.kind == "other" and count is not None and count.kind == AFFECTED:
            figure.kind = AFFECTED


def forecasts(text: str, figures: list[Figure]) -> None:
    """A toll or a force a source says a count may reach ("warned that the final toll could
    reach 10,000") is scoped "forecast", a quantity of its own: never a rival of the counts
    given so far, nor a whole over them."""
    words = index_of(text).words
    if words.isdisjoint(
        ("could", "may", "might", "would", "will", "expected", "likely", "feared", "set")
        + ("preparing", "prepared", "prepares", "ready", "bracing", "braced", "planning")
        + ("plans", "planned")
    ):
        return  # the quick answer
    counted = (*families().tolls, *families().forces)
    _scope_by_words_before(text, figures, _FORECAST, counted, "forecast", 80)
    for figure in figures:
        if (
            figure.kind in families().forces
            and "scope" not in figure.extra
            and _MAY_BE_SENT.match(text, max(figure.end, figure.noun_end))
        ):
            # "up to 3,800 troops could be deployed": how many may be, not how many are.
            figure.extra["scope"] = "forecast"


_MAY_BE_SENT = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:could|may|might|would|will)\s+(?:also\s+|soon\s+)?be\s+"
    # ("up to 3,800 troops could be made available under the plan")
    r"(?:deployed|sent|mobili[sz]ed|called\s+up|called\s+in|drafted|dispatched"
    r"|made\s+available|put\s+on\s+standby)\b",
    re.IGNORECASE,
)


# "about 5,000 residents remain", "5,000 people are still in the town": those left of a
# population, not the population ("the town had a population of about 25,000").
_REMAINING = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:remain|remains|remained|stayed|stay|are\s+still|were\s+still|"
    r"are\s+left|were\s+left|still\s+live|still\s+lived)\b",
    re.IGNORECASE,
)


def remaining_residents(text: str, figures: list[Figure]) -> None:
    """A population said to remain ("about 5,000 residents remain") counts those left of it:
    a quantity of its own, never a rival of the population before ("a population of about
    25,000")."""
    if "remain" not in text and "still" not in text and "stay" not in text and "left" not in text:
        return  # the quick answer
    for figure in figures:
        if figure.kind == families().residents and _REMAINING.match(
            text, max(figure.end, figure.noun_end)
        ):
            figure.party = f"{figure.party} (remaining)" if figure.party else "remaining residents"


# (an abbreviation's point, "school No.| 175 remain in hospital", ends nothing)
_CLAUSE_END = re.compile(r"[;:!?]|\.(?!\s+[a-z0-9])")


# "nine| are in critical condition": a state of the injured, after a linking verb.
LINKED_STATE = re.compile(
    # ("36 people still in hospital": a headline's, with no verb; "hospitals reported 31
    # people| in a critical condition": a condition needs none)
    r"\s+(?:(?:are|were|is|was|remain|remains|remained)\s+(?:still\s+|now\s+)?|still\s+"
    r"|(?=in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition\b))"
    r"(?P<state>in\s+(?:a\s+)?[a-z]+\s+condition|on\s+life\s+support|in\s+critical\s+care"
    r"|(?:critically|seriously|severely|gravely|badly)"
    # "Four people remained in hospital", "40 are still in hospitals", "448 remain in the
    # medical institutions of the city" (a translated agency's words)
    r"\s+(?:ill|injured|wounded|hurt)|in\s+(?:the\s+)?(?:hospitals?|clinics?"
    r"|medical\s+(?:institutions?|facilities|facility|cent(?:er|re)s?)))\b",
    re.IGNORECASE,
)


# ", including eight police officers,": an aside naming a part, between a count and its verb.
ASIDE = re.compile(
    # (", most of them policemen,", ", many of whom were children,")
    r"\s*,\s*(?:including|among\s+(?:them|whom|those)|(?:(?:most|many|some|all|half|several|"
    r"(?:almost|nearly)\s+all"
    # (", about half of them children,", ", a third of them women,")
    r"|(?:about|nearly|almost|roughly|around|more\s+than|over|some)\s+(?:half|a\s+third|"
    r"two-thirds|a\s+quarter)|a\s+third|two-thirds|a\s+quarter|\d+\s*(?:%|percent|per\s+cent))"
    r"\s+)?of\s+(?:whom|them))\s[^,;.:()]{1,60},"
    # "nine people, described as militants,| have been killed"; "nine people it described
    # as members of criminal groups| have been killed": how a source names them
    r"|\s*,\s*(?:described|identified|named|labell?ed|branded|believed\s+to\s+be)\s"
    r"[^,;.:()]{1,60},"
    r"|\s+(?:it|they|he|she|police|officials)\s+(?:described|called|identified|termed|labell?ed)"
    r"\s+(?:as\s+)?[^,;.:()]{1,60}?(?=\s+(?:have|has|had|were|was|are|is)\s)"
    # "up to 2,000 people -- patients, doctors and townspeople -- were being held"
    r"|\s+(?:--|[—–]|-(?=\s))\s*[^;.:()—–]{1,80}?\s+(?:--|[—–]|-(?=\s))"
    # "Twenty-two people, the youngest aged eight,| died"; "at least 6,700 Rohingya, in the
    # most conservative estimations,| were killed", ", according to the police,": who they
    # were, or whose reckoning the figure is, between the people and their verb
    r"|\s*,\s*the\s+(?:youngest|oldest|eldest)\s[^,;.:()]{1,40},"
    # "42 people|, not counting the three bombers,| died": who the count leaves out
    r"|\s*,\s*(?:not\s+counting|not\s+including|excluding)\s[^,;.:()]{1,60},"
    # "40 people|, and probably more,| were killed": a count with no top
    rf"|\s*,\s*(?:(?:and|or)\s+)?{SECOND_GUESS}"
    r"\s+(?:many\s+)?more\s*,"
    # "250 people|, villagers and foreign trekkers,| are thought to have died": who they were
    rf"|\s*{APPOSED_PEOPLE}"
    r"|\s*,\s*(?:according\s+to\s[^,;.:()]{1,60}"
    r"|(?:in|by|on)\s[^,;.:()]{0,40}?\b(?:estimates?|estimations?|counts?|reckonings?"
    r"|tall(?:y|ies)|figures))\s*,",
    re.IGNORECASE,
)


def state_of(words: str) -> str | None:
    """The state of the injured words name, one however it is put ("52 of them critically",
    "in critical condition": critically; extract.yaml injury_states), or None."""
    lower = " ".join(words.lower().split())
    adverb, _, participle = lower.partition(" ")
    if participle in ("injured", "wounded", "hurt"):
        lower = adverb  # "seriously injured", "critically wounded": the adverb's state
    return _rules().states.get(lower)


def state_scope(state: str) -> str:
    """The scope of a part named by its state: the state of the injured it names
    (`state_of`), else its words, in lower case."""
    return state_of(state) or " ".join(state.lower().split())


# "30 people| had suffered severe injuries": the state of the injured in their injuries.
_SUFFERED_STATE = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:suffered|sustained)\s+"
    r"(?P<state>severe|serious|critical|life-threatening|grave)\s+(?:injuries|wounds)\b",
    re.IGNORECASE,
)


def linked_state(text: str, figure: Figure) -> re.Match[str] | None:
    """The state a linking verb gives a figure's people ("nine| are in critical condition",
    "30| had suffered severe injuries"), past an aside of its parts ("448 people, among them
    248 children,| remain in hospital")."""
    end = max(figure.end, figure.noun_end)
    aside = ASIDE.match(text, end)
    return (
        LINKED_STATE.match(text, end)
        or _SUFFERED_STATE.match(text, end)
        or (aside and LINKED_STATE.match(text, aside.end()))
    )


# "At present, 22 people are being held", "41 remain in custody": the detained still held;
# "259 remained in captivity": the hostages not freed.
_STILL_HELD = re.compile(
    r"\b(?:still|remain(?:s|ed)?|at\s+present|currently)\b(?:[\s,]+[\w]+){0,6}?\s+"
    r"(?:held|holding|detained|in\s+custody|in\s+detention|behind\s+bars|in\s+jail|in\s+captivity)\b"
    r"|\b(?:held|detained|in\s+custody|in\s+detention|behind\s+bars|in\s+captivity)\s+"
    r"(?:still|now)\b",
    re.IGNORECASE,
)


_CARE_WORDS = (
    *("hospital", "intensive", "condition", "treatment", "support", "suffered", "sustained"),
    *("critically", "seriously", "severely", "gravely", "badly", "admitted", "care"),
    *("medical", "clinic"),
)
"""A sentence with none of these words has no injured in care or in a state."""


def in_care(text: str, figures: list[Figure]) -> None:
    """The injured a clause says are in hospital ("17 people were being treated in hospital",
    "826 were hospitalised") are a part of all the injured, scoped "in hospital": those
    still in care, never a rival count of everyone hurt.  So are those in a state ("nine are
    in critical condition"), scoped by it; and the detained a clause says are still held
    ("at present, 22 people are being held in custody", "41 remain in detention"), scoped
    "still held", a part of all those detained."""
    _still_held(text, figures)
    _in_camps(text, figures)
    injured = lexicon().cue_kinds["injured"]
    if all(f.kind != injured or f.extra.get("scope") for f in figures) or not any(
        word in text for word in _CARE_WORDS
    ):
        return  # the quick answers: no injured left to scope, or no word of care
    rules = _rules()
    for index, figure in enumerate(figures):
        if figure.kind != injured or figure.extra.get("scope"):
            continue
        cue = figure.cue
        if (
            cue
            and _SOUGHT_HELP.match(text, cue[0])
            and _EVERYONE_WHO.search(text, max(0, cue[0] - 30), cue[0])
        ):
            # "the figure of 1,500 counted everyone who sought treatment": all who came for
            # help, hurt or not, a count wider than the injured's (but "the number of people
            # who sought medical assistance has risen to 508" is the injured's count)
            figure.extra["scope"] = "sought medical help"
            continue
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        own_people = head and head not in lexicon().sets["generic_nouns"]  # "three people" no
        state = None if own_people else linked_state(text, figure)
        if state:
            scope = state_scope(state.group("state"))
            # ("in hospitals", "in the hospital": one scope, those still in care)
            in_hospital = any(w in scope for w in ("hospital", "medical", "clinic"))
            figure.extra["scope"] = "in hospital" if in_hospital else scope
            continue
        if cue and cue[1] <= figure.start and (named := state_of(text[cue[0] : cue[1]])):
            # "put the number in critical condition at| 18": the count of those in that state
            figure.extra["scope"] = named
            continue
        taken = _TAKEN_TO_HOSPITAL.search(text, figure.end, cue[1]) if cue else None
        if cue and cue[0] >= figure.end and taken and taken.end() > cue[0]:
            # "66 people had been taken to hospital": those the hospitals took in, a part of
            # all the injured (not "injured 60 people, who were taken to hospital")
            figure.extra["scope"] = "in hospital"
            continue
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        end = _CLAUSE_END.search(text, figure.end, limit)
        if rules.care.search(text, figure.end, end.start() if end else limit) or (
            # "put the number of hospitalised at| 61": the count the figure is the value of
            cue and cue[1] <= figure.start and rules.care.search(text[cue[0] : cue[1]])
        ):
            figure.extra["scope"] = "in hospital"


_SOUGHT_HELP = re.compile(r"(?:sought|seeking|sought\s+out|applied|turned)\b", re.IGNORECASE)
_EVERYONE_WHO = re.compile(
    r"\b(?:everyone|everybody|anyone|anybody|all(?:\s+those)?)\s+who\s+(?:had\s+)?$",
    re.IGNORECASE,
)
_TAKEN_TO_HOSPITAL = re.compile(
    r"(?:taken|admitted|rushed|sent)\s+to\s+(?:the\s+)?hospitals?", re.IGNORECASE
)


# "'We have received 104 bodies so far,' a spokesman for the hospital said": what one
# place of care took in.
_TAKEN_IN = re.compile(r"\b(?:received|admitted|brought\s+in|taken\s+in)\b", re.IGNORECASE)
_BODIES = re.compile(r"\s+(?:[a-z]+\s+)?(?:bodies|corpses)\b", re.IGNORECASE)
# "the register of Westby General Hospital showed| 12", "records at the two clinics
# listed| 40": the count of the places of care named (one, or some).
_CARE_RECORD = Needs(
    re.compile(
        r"\b(?:register|registers|records?|logs?|books|lists?)\s+(?:of|at|from)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?P<place>hospital|clinic|morgue)(?P<many>s)?\b"
        r"(?:\s+[A-Z][\w-]*){0,2}"
        r"\s+(?:showed|shows|show|recorded|records|listed|lists|counted|had)\s+$",
        re.IGNORECASE,
    ),
    "hospital hospitals clinic clinics morgue morgues",
)
_CARE_PLACE = re.compile(r"\b(?P<place>hospital|clinic|morgue)(?P<many>s)?\b", re.IGNORECASE)
# "At Eastport hospital", "Westby General Hospital": a place of care its name tells apart
_NAMED_CARE_PLACE = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|One|Another|Each|Every)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?P<place>[Hh]ospital|[Cc]linic)(?P<many>s)?\b"
)
# "had received| 64", "admitted| 40", "took in| 30": what a place of care took in
_TOOK_IN_BEFORE = re.compile(
    r"\b(?:received|admitted|took\s+in|has\s+taken\s+in|had\s+taken\s+in)\s+"
    r"(?:(?:about|some|around|at\s+least|more\s+than|over|nearly)\s+)?$",
    re.IGNORECASE,
)


def taken_in_by(text: str, figure: Figure, source: str) -> None:
    """The bodies a hospital, clinic or morgue says it took in ("we have received 104
    bodies", "had received between 80 and 100 bodies between them") are a part of the toll,
    scoped "one hospital" (or "some hospitals"): a count at one place, never a rival of the
    whole toll.  (The wounded a doctor says were brought in are left a count of all the
    wounded: reports set them against the official count.)"""
    if figure.kind not in families().tolls or figure.extra.get("scope"):
        return
    record = _CARE_RECORD.search(text, max(0, figure.start - 120), figure.start)
    if record is not None:
        # "while the register of Westby General Hospital showed| 12": that hospital's count
        many = record.group("many")
        figure.extra["scope"] = (
            f"some {record['place'].lower()}s" if many else (f"one {record['place'].lower()}")
        )
        figure.party = None
        return
    if not _BODIES.match(text, figure.end):
        # "At Eastport hospital, its director said the hospital had received 64 wounded
        # people": the count of a place of care named, one of a city's (a doctor's "104
        # wounded were brought in" at "the hospital" stays a count of all of them)
        took_in = _TOOK_IN_BEFORE.search(text, max(0, figure.start - 30), figure.start)
        named = took_in and _NAMED_CARE_PLACE.search(text, 0, figure.start)
        if named:
            noun = named.group("place").lower()
            figure.extra["scope"] = f"some {noun}s" if named.group("many") else f"one {noun}"
            figure.party = None
        return
    # (or one its sentence names before the figure: "At Westby University Hospital, its
    # director said his staff had received 14 bodies")
    place = _CARE_PLACE.search(source) or _CARE_PLACE.search(text, 0, figure.start)
    if place is None or not _TAKEN_IN.search(text):
        return
    noun = place.group("place").lower()
    figure.extra["scope"] = f"some {noun}s" if place.group("many") else f"one {noun}"
    figure.party = None  # the subject names the part, as "one hospital" does


# "about 4,800 people remain in the camps", "were staying in makeshift camps", "are
# sheltering in evacuation centres": those still in a camp or shelter.
_IN_CAMPS = re.compile(
    r"\b(?:in|at|inside)\s+(?:the\s+|a\s+|an\s+|these\s+|those\s+|[\d,]+\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:camps?|shelters?|(?:evacuation|relief)\s+cent(?:er|re)s?)\b",
    re.IGNORECASE,
)
# "put the number in the camps at|", "the count in shelters stood at|": a value of those there
_NUMBER_IN_CAMPS = re.compile(
    r"\b(?:number|count|figure|total|tally)\s+(?:of\s+(?:people|the\s+displaced)\s+)?"
    r"(?:in|at|inside)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:camps?|shelters?)"
    r"\s+(?:at|as|to|stood\s+at|was|is|reached)\s+$",
    re.IGNORECASE,
)
_CAMP_WORDS = ("camp", "shelter", "centre", "center")
"""A sentence with none of these words holds no one in a camp or shelter."""
_HOLDING_PLACES = (*_CAMP_WORDS, "site", "settlement")
"""A sentence with none of these words names no camp that holds people (_CAMP_HOSTS)."""


def _in_camps(text: str, figures: list[Figure]) -> None:
    """Those a clause puts in camps or shelters ("about 2,000 people from the attacked
    villages were staying in camps") are displaced, scoped "in camps": those still there,
    a count that falls as they go home, never a rival of all who fled.  Not people a
    clause gives another fate ("12 people were killed at the camp": killed)."""
    if not sentence_holds_any(text, _CAMP_WORDS):
        return  # the quick answer
    from crosscheck.extract.kinds import event_kind  # kinds calls this module

    displaced = lexicon().cue_kinds["displaced"]
    generic = lexicon().sets["generic_nouns"]
    for index, figure in enumerate(figures):
        if (
            figure.extra.get("scope")
            or figure.unit is not None
            or figure.extra.get("whole_of_part")
        ):
            continue  # ("many of Westby's 60,000 residents spent the night in shelters")
        inherited = figure.kind in families().tolls and figure.cue is None and not figure.noun
        if (
            figure.kind != displaced
            and not inherited  # ("... 238 deaths. About 500,000 are living in camps")
            and (
                figure.kind not in ("other", families().residents)
                or figure.cue is not None
                or head_noun(figure.noun) not in generic | lexicon().sets["camp_people"]
            )
        ):
            continue  # people of no kind yet, or the displaced, only
        before = max(0, figure.start - 80)
        if not figure.noun and _NUMBER_IN_CAMPS.search(text, before, figure.start):
            # "Relief workers put the number in the camps at| more than 150,000"
            figure.kind, figure.extra["scope"] = displaced, "in camps"
            continue
        start = max(figure.end, figure.noun_end)
        if figure.cue and figure.cue[0] >= start and not text[start : figure.cue[0]].strip():
            start = figure.cue[1]  # "600 refugees| remain in a camp": the noun is the cue
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        end = _CLAUSE_END.search(text, start, limit)
        camp = _IN_CAMPS.search(text, start, end.start() if end else limit)
        # ("fled to camps", "were evacuated to shelters": how many moved, not how many stay)
        if camp and event_kind(text[start : camp.start()]) is None:
            figure.kind, figure.extra["scope"] = displaced, "in camps"


def _still_held(text: str, figures: list[Figure]) -> None:
    """The detained (or hostages) a clause says are still held: scoped "still held", a part
    of all those taken, never a rival count of them."""
    held = (lexicon().cue_kinds["detained"], lexicon().cue_kinds["held hostage"])
    for index, figure in enumerate(figures):
        if figure.kind not in held or figure.extra.get("scope"):
            continue
        start = figures[index - 1].end if index else 0
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        end = _CLAUSE_END.search(text, figure.end, limit)
        if _STILL_HELD.search(text[start : end.start() if end else limit]):
            figure.extra["scope"] = "still held"


# "35| of the injured were in serious condition", "12| of the dead are children".
_OF_THE_TOLL = re.compile(
    r"\s+of\s+(?:the|those)\s+(?P<cue>[a-z]+)\s+(?:were|are|was|is|remain|remained)\s+"
    # ("72 of the dead were German": a people's word, capitalised)
    # ('94 of the dead were "terrorists,"': a predicate in quotes)
    r"(?:still\s+|now\s+|all\s+)?[\"“]?(?P<predicate>[a-z][\w -]{0,40}?|[A-Z][a-z]+)[\"”]?\s*"
    # ... to the clause's end: "85 of the dead were in Malatya province| and the rest ..."
    r"(?=[,;.]|\s+(?:and|but|while|whereas)\s|$)"
)


_OF_THE = re.compile(r"\s+of\s+(?:the|those)\s+(?P<cue>[a-z]+)\b")
_AMONG_THE = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:\w+\s+)?among\s+(?:the|those)\s+(?P<cue>dead|injured|wounded"
    r"|missing|killed|detained|victims)\b",
    re.IGNORECASE,
)
_ALL_OF = re.compile(r"\b(?:all|each)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)


def _all_of(text: str, figure: Figure) -> bool:
    """Whether a figure of "N of the dead" counts them all ("all 44 of the dead")."""
    return figure.text.lower().startswith(("all ", "each ")) or bool(
        _ALL_OF.search(text, figure.start - 12, figure.start)
    )


_CAUSED_BY = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:were|was)\s+(?:caused\s+by|due\s+to|the\s+result\s+of)\s+"
    r"(?P<cause>[a-z][\w -]{0,30}?)(?=\s*[,;.]|\s+and\b|\s*$)"
)


_PEOPLE_FIRST = re.compile(rf"([a-z][\w-]*(?:\s+(?!{_AFTER_PARTY})[a-z][\w-]*)?)\s+{_AFTER_PARTY}")


def toll_parts(text: str, figures: list[Figure]) -> None:
    """A figure of a toll's people with a predicate ("35 of the injured were in serious
    condition") is a part of that toll: of the party the predicate names, else of its scope,
    never a rival count of the whole toll.  One of another toll's people ("12 of the injured
    later died") is scoped by them: a part of its own toll too."""
    if (
        " of the " not in text
        and " of those " not in text
        and " by " not in text
        and (" to " not in text)
        and " among " not in text
    ):
        return  # the quick answer
    lex = lexicon()
    for index, figure in enumerate(figures):
        if figure.kind not in families().tolls or figure.party:
            continue
        cause = _CAUSED_BY.match(text, figure.end)
        if cause and not figure.extra.get("scope"):
            # "about 150,000 deaths were caused by violence": a part of the toll, by cause.
            figure.extra["scope"] = "caused by " + " ".join(cause.group("cause").lower().split())
            continue
        among = _AMONG_THE.match(text, max(figure.end, figure.noun_end))
        if among and not figure.extra.get("scope"):
            # "three were found among the dead": a part of the toll, not all of it.
            figure.extra["scope"] = f"among the {among.group('cue').lower()}"
            continue
        found = _OF_THE_TOLL.match(text, figure.end)
        before = figures[index - 1] if index else None
        if found is None and before is not None and before.extra.get("predicated"):
            # "19 of the dead were women| and 12 were men": the next part, its own party.
            also = _IS_PARTY.match(text, figure.end)
            joined = _NEXT_PART.search(text, before.end, figure.start) is not None
            if joined and also and names_people(also.group("party")):
                figure.party = also.group("party")
                figure.extra["part"] = True
                figure.extra["predicated"] = True  # (a list goes on: "..., and 62 were")
                continue
        if found is None:
            other = _OF_THE.match(text, figure.end)
            cue = other.group("cue").lower() if other else ""
            if lex.cue_kinds.get(cue, figure.kind) != figure.kind:
                # "12 of the injured later died": a part of the dead, the injured who died.
                figure.extra["scope"] = f"of the {cue}"
            elif (
                cue
                and (lex.any_event.fullmatch(cue) or cue in _CASUALTY_HEADS)
                and not (_ALL_OF.search(text, figure.start - 12, figure.start))
            ):
                # "with Punjab accounting for 56 of the dead", "some 103 of the deaths
                # occurred in Almaty": a part of the toll ("all 44 of the dead" is all).
                figure.extra["scope"] = f"of the {cue}"
            continue
        if not (
            lex.any_event.fullmatch(found.group("cue")) or found.group("cue") in _CASUALTY_HEADS
        ):
            continue  # ("seven of the victims were children": victims are the toll's)
        if _all_of(text, figure):
            continue  # "all 44 of the dead were identified": all of them, the toll
        predicate = " ".join(found.group("predicate").lower().split())
        # "Five of the dead were workers| at a nearby pumping station": the people first.
        first = _PEOPLE_FIRST.match(predicate)
        people = predicate if names_people(predicate) else first.group(1) if first else ""
        if found.group("predicate")[:1].isupper():
            # "72 of the dead were German": of that country's people, or nothing said
            people = found.group("predicate") if is_nationality(found.group("predicate")) else ""
        if people and names_people(people):
            figure.party = people
            figure.extra["predicated"] = True
            figure.extra["part"] = True  # "30 of the dead were civilians": among them
        else:
            figure.extra["scope"] = state_scope(predicate)  # ("were in critical condition")

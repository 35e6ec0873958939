"""The entries an article proposes (claims in their YAML form), and the merge with the file.

`extract_article` runs the steps sentence by sentence and writes one entry per figure and per
event date: subject, kind, party, place, the figure as written and its interval, as_of, the
attribution and the quoted clause with its span.  `merge` keeps the proposals no existing claim
(manual, reviewed or rejected) already covers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from crosscheck import dates
from crosscheck.claimfile import estimate_fields, form, yaml_number
from crosscheck.extract.dates import (
    DateMention,
    anniversary,
    as_of_dates,
    date_spans,
    day_named,
    figure_dates,
    find_dates,
    last_day,
    looked_back_on,
    that_day,
    year_named_day,
)
from crosscheck.extract.figures import (
    Figure,
    find_figures,
    fraction_figures,
    is_age,
    is_identifier,
    is_letter_name,
    mark_time,
    more_after_the_noun,
    ratio_figures,
    worth_keeping,
    zero_figures,
)
from crosscheck.extract.kinds import (
    classify,
    count_owned_by,
    event_kind,
    gapped_steps,
    given_by,
    listed_parts,
    missing_held,
    names_a_disease,
    tells_of_an_abduction,
    went_to_fight,
)
from crosscheck.extract.lexicon import (
    families,
    index_of,
    lexicon,
    sentence_has_word,
    squash,
    word_tokens,
)
from crosscheck.extract.parties import article_figures, headline_parties
from crosscheck.extract.places import (
    Whereabouts,
    by_road,
    comparison_start,
    headline_places,
    is_depth,
    site_of,
    site_parts,
)
from crosscheck.extract.sentences import Sentence, in_quote, paragraph_members, split_sentences
from crosscheck.extract.speakers import (
    OFFICIAL_TOLL,
    PUT_VERBS,
    SHOW_WORDS,
    Speaker,
    Voices,
    agency_only,
    attributor,
    count_owner,
    find_speakers,
    may_name_its_source,
    named_roles,
    official_toll,
    sized_by,
    title_issuer,
)
from crosscheck.extract.tolls import (
    Toll,
    in_relative_clause,
    national_at_home,
    own_men,
    source_nationality,
    taken_in_by,
    tells_all_aboard_died,
)
from crosscheck.model import (
    ARTICLE_VOICE,
    Article,
    Claim,
    DateRef,
    Estimate,
    Origin,
    Qualifier,
    Status,
)
from crosscheck.origins import camp
from crosscheck.vocab import kinds

# (Look-backs search from `start - N` as it is: see "Look-backs" in lexicon.py.)

_EVENT_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){1,2}")


# Words after a date that start another phrase, not the name of its event ("April 2021|
# killed at least 55", "2022| in which"): a verb, a preposition, a conjunction.
_NOT_EVENT = re.compile(
    r"\s+(?:and|or|but|the|a|an|when|to|of|at|in|on|for|with|by|from|after|before|as|that"
    r"|which|who|was|were|is|are|has|have|had|[a-z]+ed)\b"
)
# Nouns that "by" may follow to name who gave a figure ("claims by", "deaths presented by").
_AUTHORED = frozenset(
    {"claim", "claims", "deaths", "number", "numbers", "statistics", "figure", "tolls"}
)


# "the ministry's claim that": words of a claim its owner states (speakers._OWNED_CLAIM).
_OWNED = frozenset(
    {"claim", "claims", "assertion", "assertions", "allegation", "allegations", "estimate",
     "estimates", "figure", "figures", "count", "counts", "tally"}
)  # fmt: skip


@cache
def _authored() -> frozenset[str]:
    """The nouns "by" may follow to name who gave a figure: documents and _AUTHORED."""
    return lexicon().sets["document_nouns"] | _AUTHORED


_EXTRACTED, _UNREVIEWED = Origin.EXTRACTED.value, Status.UNREVIEWED.value  # looked up once


_LEAD_CHARS = 600
"""How much of an article's opening a headline is read with (who holds the "48 pupils
still held" of a headline the lead says)."""
# "X said it had| registered 48", "X says they have| counted": the pronoun is X.
_SAID_PRONOUN = re.compile(
    r"\b(?:said|says|added|stated|announced|reported)\s+(?:that\s+)?(?:it|they|he|she)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:also\s+|so\s+far\s+|already\s+)?$"
)


# A sentence that opens on the dead of the toll before ("The victims are of 16 nationalities").
_OF_THE_DEAD = re.compile(
    r"\W*(?:The|Those|These|All)\s+(?:(?:[a-z]+\s+)?victims|dead|deceased|fatalities)\b"
)
_OPENS_ON_COUNT = re.compile(r"\W*(?:and|but)?\s*$", re.IGNORECASE)
"""What may stand before a figure that opens its sentence ("Seven were killed ...")."""
# "Of the dead, 4,570 were in Eastmark and 2,768 in the north": a sentence that breaks down
# the toll named before.
_BREAKDOWN = re.compile(
    r"\W*Of\s+(?:the|these|those)\s+(?:[\d,]+\s+)?(?:[a-z]+\s+)?"
    r"(?:dead|victims|killed|deaths|fatalities|injured|wounded|casualties|bodies)\b",
    re.IGNORECASE,
)


def extract_article(article: Article) -> list[dict[str, Any]]:
    """The claims an article states, as YAML-form entries (no ids), in text order."""
    body = article.body
    lex = lexicon()
    sentences = split_sentences(body, article.title)
    voices = Voices(body)
    per_sentence: list[tuple[list[Speaker], list[str]]] = []
    for number, sentence in enumerate(sentences):
        speakers = []
        known = index_of(sentence.text).words
        if (
            not known.isdisjoint(lex.triggers["speech"])
            or ("by" in known and not known.isdisjoint(_authored()))
            or ("that" in known and not known.isdisjoint(_OWNED))
            or (
                (not known.isdisjoint(("at", "of", "to")) or ":" in sentence.text)
                and not known.isdisjoint(PUT_VERBS)
            )
            or may_name_its_source(sentence.text)
            or not known.isdisjoint(("saw", "seen"))  # "an AP reporter saw 10 people"
            or not known.isdisjoint(SHOW_WORDS)  # "WHO data show 41,300 cases"
        ):
            speakers = find_speakers(sentence.text, sentence.quotes)
        names: list[str] = []
        for speaker in speakers:
            if speaker.agency:
                voices.remember_agency(speaker.agency)
            if speaker.agency and agency_only(speaker.name, speaker.agency):
                speaker.name = speaker.agency
            elif speaker.name.lower() in lex.sets["own_voice"]:
                speaker.name = ARTICLE_VOICE  # "the paper's correspondent", "reports"
            elif names and _SAID_PRONOUN.search(sentence.text, 0, speaker.position):
                # "The Committee said it had registered 48": the pronoun is the one who said.
                speaker.name = names[-1]
            else:
                speaker.name = voices.resolve_owned(
                    sentence.text,
                    speaker.position,
                    speaker.name,
                    sentence.start + speaker.position,
                    sentences[number - 1].text if number else "",
                )
            if not speaker.relays and not speaker.agency:
                voices.remember(speaker.name)
            names.append(speaker.name)
        per_sentence.append((speakers, names))
    roles = named_roles([n for _, names in per_sentence for n in names])
    members = paragraph_members(sentences)
    whereabouts = Whereabouts(body, article.title, sentences)

    entries: list[dict[str, Any]] = []
    # A look back ("40 years since the uprising"): undated figures are the event's, whatever
    # day the commemoration is said to fall on ("marked on Monday").
    looked_back = anniversary(article.title, body, article.published) or looked_back_on(
        article.title, body, article.published
    )
    story_date: DateRef | None = looked_back
    sites: dict[int, str] = {}  # id(entry) -> the site its toll is counted at
    counted: list[str | None] = []  # parties of the people counted in the sentence before
    previous_toll: Toll | None = None  # the last toll of the sentence before
    previous_state: tuple[str, str] | None = None  # its last count of people, if in a state
    named_day: DateRef | None = None  # the last day the text named: "that day"
    event_day: DateRef | None = None  # ... of no count or statement: "the next day"
    carried: tuple[str, str, tuple[str, ...]] | None = None  # the last toll: kind, source, via
    toll_about: DateRef | None = None  # the day of the event of the last toll
    anchor: DateRef | None = None  # the last day named with its year ("May 4, 2001")
    # The article says no one aboard a craft survived ("... killing all 95 on board"): counts
    # of its passengers and crew are of the dead, wherever it says so ("Jet with 120 aboard
    # crashes" is its dead once the story says "no survivors are expected", before or after).
    aboard_dead = tells_all_aboard_died(article.title) or tells_all_aboard_died(body)
    # A story about an outbreak ("Dengue deaths pass 120"): its disease's deaths are its toll.
    outbreak = names_a_disease(article.title)
    # A story of an abduction: the people it says are missing are those still held.
    abduction = tells_of_an_abduction(body)
    lead = body[:_LEAD_CHARS]  # what a headline is read with
    # "Information of the Ministry of Justice on the incident": the text is the ministry's
    issuer = title_issuer(article.title, article.outlet) if article.title else None
    for index, sentence in enumerate(sentences):
        text = sentence.text
        words = index_of(text)
        if not words.digits and words.words.isdisjoint(lex.interesting):
            continue  # no number, date or day named: nothing to extract here
        found_dates = find_dates(text, article.published, anchor)
        anchor = year_named_day(found_dates) or anchor
        figures = find_figures(text, date_spans(found_dates, text))
        figures.extend(zero_figures(text, figures))
        figures = ratio_figures(text, fraction_figures(text, figures))
        relative = as_of_dates(text, article.published, event_day, found_dates)
        relative += that_day(text, named_day, event_day, relative)
        named_day = last_day(relative, found_dates, published=article.published) or named_day
        event_day = last_day(relative, found_dates, events=True) or event_day
        if not figures and not found_dates:
            story_date = looked_back or day_named(relative, sentence, found_dates) or story_date
            continue
        figures.sort(key=lambda f: f.start)
        figures = [f for f in figures if not is_letter_name(text, f)]  # ("the 4-J attacks")
        if not sentence.headline:
            # "school No. 175", "Resolution 1244": names, not counts, nor a limit of the
            # clause of a count before them.
            figures = [f for f in figures if not is_identifier(text, f) and not is_age(text, f)]
        body_before = body[sentence.start - 800 if sentence.start > 800 else 0 : sentence.start]
        mark_time(text, figures)
        if figures:  # (a sentence of dates alone: classify's rules only read its figures)
            classify(
                text, figures, body_before, counted, previous_toll, aboard_dead, outbreak, lead,
                previous_state,
            )  # fmt: skip
        figures = [f for f in figures if worth_keeping(text, f)]
        missing_held(figures, abduction)
        more_after_the_noun(text, figures)
        went_to_fight(text, figures)
        gapped_steps(text, figures)
        figures.extend(article_figures(text, figures))
        figures.sort(key=lambda f: f.start)
        # (the parts listed after "including" are no antecedent of "20 of them")
        parts = listed_parts(text, figures)
        counted = [
            f.party for i, f in enumerate(figures) if f.kind in families().people and i not in parts
        ]
        tolls = [f for f in figures if f.kind in families().tolls]
        if tolls:
            previous_toll = (tolls[-1].kind, tolls[-1].estimate.best, tolls[-1].party)
        elif not (
            _OF_THE_DEAD.match(text)
            and previous_toll is not None
            and previous_toll[0] == lexicon().cue_kinds["killed"]
        ):
            # ("... has risen to 31 dead. The victims are of 16 nationalities. They include
            # seven Norlandians, five Veylanders ...": a sentence about the dead keeps their toll)
            previous_toll = None
        last = next(
            (f for f in reversed(figures) if f.kind in families().people or "state" in f.extra),
            None,
        )
        previous_state = (
            (last.noun, last.extra["state"]) if last is not None and "state" in last.extra else None
        )
        attribution = attributor(sentences, per_sentence, index, roles, members)
        # A span of time does not end the clause of the figure before it ("54 were killed
        # in five days of rioting in the city of X": the 54's place).
        starts = [f.start for f in figures if not f.extra.get("time")]
        for figure in figures:
            following = next((start for start in starts if start > figure.start), None)
            source, via = attribution(figure.start, following)
            if sentence.headline:
                # A headline is the outlet's own words ("Norland says 164 killed"): the body
                # says who gives its figure.
                source, via = ARTICLE_VOICE, []
            elif outlet_gloss(text, figure) and not in_quote(sentence.quotes, text[: figure.start]):
                # "In Westby, about 350 km southwest of the capital, police said ...": the
                # outlet places the town for its readers; the speaker gives no distance (but
                # '"The army was only 4 km away," he said' is his).
                source, via = ARTICLE_VOICE, []
            elif owner := count_owner(text, figure.start):
                # "Norland has not updated its figure of 512": Norland's count, whoever
                # spoke before; "the ministry's previous toll was 297": the ministry named
                # before.
                source, via = voices.resolve(owner, sentence.start + figure.start), []
            elif official_toll(text, figure.start) and camp(source) != "official":
                # "activists said 70 were killed, four times the official toll of 18"
                source, via = OFFICIAL_TOLL, []
            elif owner := (
                figure.extra.get("owner")
                or count_owned_by(text, figure.start)
                or given_by(text, figure.start, figure.end)
                or sized_by(text, figure.start)
            ):
                # "the ministry's figure of 14": the ministry's count, reported by the speaker.
                source, via = owner, [source] if source != ARTICLE_VOICE else []
            if (
                (
                    figure.extra.get("extends")
                    or _BREAKDOWN.match(text)
                    # "... said at least 11 people had died. Seven were killed in Westby, and
                    # four in Eastport": a sentence that opens on its count goes on with the
                    # count just given
                    or _OPENS_ON_COUNT.match(text, 0, figure.start)
                )
                and source == ARTICLE_VOICE
                and carried
                and carried[0] == figure.kind
            ):
                # "..., 70 died, the commander said. A baby is also counted, bringing the
                # total to 71": the count the speaker gave, carried on; "... at 7,338. Of
                # the dead, 4,570 were in Eastmark": its parts.
                source, via = carried[1], list(carried[2])
            if issuer is not None and source == ARTICLE_VOICE:
                source, via = issuer, []
            figure.party = source_nationality(
                figure.party, figure.kind, source, text[: figure.start]
            )
            taken_in_by(text, figure, source)
            if figure.partitive == "whom" and not figure.extra.get("scope"):
                # "had received 64 wounded people, 21 of whom had died": of that place's
                whole = next((f for f in reversed(figures) if f.end <= figure.start), None)
                if whole is not None and str(whole.extra.get("scope", "")).startswith("one "):
                    figure.extra["scope"] = whole.extra["scope"]
                    figure.party = None
            own_men(text, figure, source)
            upto = comparison_start(text, figure)
            # (not a date of a relative clause about the subject before the figure: "The
            # group, which has held the town since 2023, raised its estimate to| 120")
            dated = [
                d
                for d in found_dates
                if (upto is None or d.start < upto)
                and not (d.start < figure.start and in_relative_clause(text, d.start, figure.start))
            ]
            as_of, about = figure_dates(
                figure,
                relative if upto is None else [r for r in relative if r[0] < upto],
                dated,
                # "... the 4 March attacks, which killed 60. Forty of the victims died at
                # the theatre": a part of the toll just counted, of its event's day
                # (unless its own sentence names one)
                (toll_about or story_date)
                if _part_of_before(figure)
                # ("... came six months after a similar uprising in Eastport, where officials
                # said 25 died": another event's toll, not the story's)
                else None
                if sentence_has_word(text, _ANOTHER_WORDS)
                and _ANOTHER_EVENT_BEFORE.search(text, 0, figure.start)
                else story_date,
                article.published,
                text,
                following,
            )
            where = whereabouts.of(sentence, figure, following, source, upto)
            national_at_home(figure, where[0])
            if (
                figure.kind == families().residents
                and not figure.party
                and _THE_TOWN_OF.search(text, figure.start - 40, figure.start)
                and (home := whereabouts.article()) is not None
                and not lexicon().country.fullmatch(home)
            ):
                # "militants often target the city of more than two million people": the
                # town the article is about
                figure.party = home
            entry = _figure_entry(article, sentence, figure, source, via, (as_of, about), where)
            if not sentence.headline and (site := site_of(text, figure, following)):
                sites[id(entry)] = site
            entries.append(entry)
            if figure.kind in families().tolls:
                carried = (figure.kind, source, tuple(via))
                toll_about = about
        for date in found_dates:
            if date.claim:
                source, via = attribution(date.start)
                entries.append(_date_entry(article, sentence, date, source, via))
        story_date = looked_back or day_named(relative, sentence, found_dates) or story_date
    site_parts(entries, sites, whereabouts.article())
    entries.sort(key=lambda e: (e["span"][0], e["span"][1]))
    headline_parties(entries, sentences)
    headline_places(entries, sentences)
    return _dedupe(entries)


# "the city of| more than two million people", "a town of| 40,000": the article's town.
_THE_TOWN_OF = re.compile(
    r"\b(?:the|a|this)\s+(?:city|town|capital)\s+of\s+"
    r"(?:(?:some|about|around|nearly|roughly|more\s+than|over|almost|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


_ANOTHER_EVENT_BEFORE = re.compile(
    r"\b(?:after|before|since)\s+(?:a|an|the)\s+(?:similar|earlier|previous|prior|last)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:attack|riot|uprising|raid|clash|clashes|bombing|massacre|fire"
    r"|blast|explosion|crash|incident|disaster|flood|earthquake|quake)s?\b",
    re.IGNORECASE,
)


_ANOTHER_WORDS = frozenset(("similar", "earlier", "previous", "prior", "last"))
"""A word of every match of _ANOTHER_EVENT_BEFORE: the quick answer, at every figure."""


def _part_of_before(figure: Figure) -> bool:
    """Whether a toll is a part of the count named before it: "of them", "of those", "of
    the victims", "among them"."""
    if figure.kind not in families().tolls:
        return False
    scope = figure.extra.get("scope")
    return figure.partitive in lexicon().sets["anaphoric_pronouns"] or (
        isinstance(scope, str) and (scope == "among them" or scope.startswith("of the "))
    )


def _dedupe(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[int, int, str, str]] = set()
    kept = []
    for entry in entries:
        key = (entry["span"][0], entry["span"][1], entry["figure"], entry["kind"])
        if key not in seen:
            seen.add(key)
            kept.append(entry)
    return kept


def _quote_bounds(text: str, figure: Figure) -> tuple[int, int]:
    """The clause that states a figure: the figure, what it counts and the event verb."""
    # (conditionals, not min() and max(): this runs at every figure)
    start, end = figure.start, figure.noun_end if figure.noun_end > figure.end else figure.end
    if figure.cue is not None:
        if figure.cue[0] < start:
            start = figure.cue[0]
        if figure.cue[1] > end:
            end = figure.cue[1]
    if figure.extra.get("zero"):
        cue = event_kind(text[figure.end :])
        if cue:
            end = figure.end + cue[1][1]
    if figure.party and figure.partitive:
        end = max(end, figure.noun_end)
    while (
        end < len(text)
        and text[end] in '”’»"'
        and text[start:end].count("“") > text[start:end].count("”")
    ):
        end += 1
    return start, end


# A distance that places somewhere for the reader: "N km (M miles) southwest of the capital",
# "N km away", "N kilometers to the northeast".
_LOCATING = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s+(?:away\b|(?:to\s+the\s+)?(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?\b(?:\s+(?:of|from)\b)?|(?:from|outside(?:\s+of)?)\s+"
    # (not "3 to 5 km from it": a pronoun places nothing for the reader)
    r"(?:the\s+)?(?:capital|city|town|border|(?!(?:it|them|him|her|us|me)\b)[A-Z]))",
    re.IGNORECASE,
)
# A population that sizes a place for the reader: "the island nation of 10 million".
_SIZED_PLACE = re.compile(
    r"\b(?:nation|country|republic|state|city|town|region|province|island|kingdom)\s+of\s+$",
    re.IGNORECASE,
)


# "the survey said its epicentre was| about 27 km west of", "centred| 17 miles from ...,
# according to the institute": where an event struck, as those who measured it and the
# sentence names place it, not the outlet placing a town.
_MEASURED_CENTRE = re.compile(
    r"\b(?:epicent(?:re|er)|hypocent(?:re|er)|cent(?:re|er)ed)\b[^,;:.]{0,25}$"
    # "the accident took place at a distance of| three kilometres from the station", "it
    # struck the goods train on a stretch| some 6 km north of ..., officials said": where
    # the event happened, as the speaker places it
    r"|\b(?:took\s+place|happened|occurred|struck|collided|crashed|derailed|sank|capsized"
    # (no comma between: "happened at Eastvale, a town| 60 km from ..." is the outlet's gloss)
    r"|went\s+down|exploded|caved\s+in|collapsed|left\s+the\s+(?:tracks|road|rails)|overturned"
    r"|plunged)\b(?:[^;:,]|(?<=\d):(?=\d)){0,140}$",
    re.IGNORECASE,
)
_NAMES_A_SOURCE = re.compile(
    r"\b(?:said|says|according\s+to|reported|reports|told|informed|announced|stated|added"
    r"|explained|noted|notes|indicated|affirmed|pointed\s+out|confirmed|specified)\b",
    re.IGNORECASE,
)
# "The Westby fire station is| only 2.5 km from": the sentence's own verb puts it there
# (not "Westby, a town| 60 km from", "Westby, which lies| 30 km from": a gloss)
_IS_AT = re.compile(
    r"^[^,;:]*?\b(?:is|was|lies|lay|sits|stands)\s+(?:located\s+|situated\s+)?"
    r"(?:(?:only|just|barely|merely)\s+)?$"
)


def outlet_gloss(text: str, figure: Figure) -> bool:
    """Whether a figure is the outlet's gloss on a place (how far it lies, how many live
    there), which a speaker in the same sentence does not give."""
    family = families()
    if figure.kind in family.between_places:
        return (
            _LOCATING.match(text, figure.end) is not None
            and not (
                _MEASURED_CENTRE.search(text, figure.start - 160, figure.start)
                and _NAMES_A_SOURCE.search(text)
            )
            # ("The Westby fire station is only 2.5 km from the spot ..., he said": a
            # sentence of the speaker's, not a place set off between commas for the reader)
            and not (_IS_AT.search(text, 0, figure.start) and _NAMES_A_SOURCE.search(text))
        )
    if figure.kind == family.residents:
        return _SIZED_PLACE.search(text, figure.start - 40, figure.start) is not None
    if figure.kind in family.tolls:
        # "said on Tuesday the response to a crowd crush that killed| 141 people was
        # inadequate": the outlet names the event by its toll, the speaker speaks of another
        found = _event_that_killed().search(text, max(0, figure.start - 90), figure.start)
        return found is not None
    return False


@cache
def _event_that_killed() -> re.Pattern[str]:
    """An event named by its toll right before the figure: "a crowd crush that killed|", "the
    blast in Westby, which left|" (an event's noun of extract.yaml `event_nouns`)."""
    events = "|".join(sorted(map(re.escape, lexicon().sets["event_nouns"]), key=len, reverse=True))
    return re.compile(
        r"\b(?:a|an|the|last\s+\w+'s|[A-Z]\w+'s)\s+(?:[\w-]+\s+){0,4}?"
        rf"(?:{events})"
        r"(?:\s+(?:in|at|on|near)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?"
        r"\s+(?:that|which)\s+(?:killed|left|claimed)\s+"
        r"(?:(?:at\s+least|more\s+than|nearly|about|some|over)\s+)?$"
    )


def _subject(figure: Figure, text: str = "") -> str:
    """A first name for what a figure is about: "soldiers killed", "population of Veyland";
    a distance down from the surface is a "depth" (`text`: the figure's sentence)."""
    family = families()
    label = family.labels.get(figure.kind, figure.kind)
    if figure.kind in family.tolls:
        scope = figure.extra.get("scope")
        if scope:
            return f"{figure.party or 'people'} {label} ({scope})"
        return f"{figure.party or 'people'} {label}"
    if figure.kind in family.forces:
        scope = figure.extra.get("scope")
        return f"{figure.party or label} ({scope})" if scope else figure.party or label
    if figure.kind == family.residents:
        named = f"{label} of {figure.party}" if figure.party else label
        scope = figure.extra.get("scope")  # "population (now)": a camp's, after arrivals
        return f"{named} ({scope})" if scope == "now" else named
    if figure.kind in family.between_places:
        if is_depth(text, figure):
            return "depth"
        # "900 km by road": the road's length, not the distance as the crow flies
        return f"{label} by road" if by_road(text, figure) else label
    if figure.kind in family.measures:
        named = f"{label} of {figure.noun}" if figure.noun else label
        won_by = figure.extra.get("won_by")  # "share of vote won by ruling party"
        who = figure.extra.get("who")  # "share of new arrivals that are children under 18"
        if who:
            named = f"{named} that are {who}"
        if figure.extra.get("scope") == "nationwide":
            named = f"{named} nationwide"  # "share of inmates nationwide"
        return f"{named} won by {won_by}" if won_by else named
    if figure.extra.get("state"):
        return f"{figure.noun or 'people'} {figure.extra['state']}"  # "people stranded"
    return figure.noun or "figure"


def _figure_entry(
    article: Article,
    sentence: Sentence,
    figure: Figure,
    source: str,
    via: list[str],
    when: tuple[DateRef | None, DateRef | None],
    where: tuple[str | None, str | None, str | None],
) -> dict[str, Any]:
    """The YAML form of a figure; `when` is (as_of, about), `where` (place, from, to)."""
    as_of, about = when
    place, start_place, end_place = where
    start, end = _quote_bounds(sentence.text, figure)
    estimate = figure.estimate
    unit = estimate.unit or (kinds()[figure.kind].unit if figure.kind in kinds() else None)
    return form(
        {
            "subject": _subject(figure, sentence.text),
            "kind": figure.kind,
            "party": figure.party,
            "place": place,
            "from": start_place,
            "to": end_place,
            "figure": figure.text,
            # The numbers as the figure states them (a year stays a number, not a day).
            "qualifier": estimate.qualifier.value,
            "low": yaml_number(estimate.low),
            "best": yaml_number(estimate.best),
            "high": yaml_number(estimate.high),
            "unit": unit,
            "as_of": None if as_of is None else str(as_of),
            "about": None if about is None else str(about),
            "attribution": {"source": source, "via": via},
            "quote": sentence.text[start:end],
            "span": [sentence.start + start, sentence.start + end],
            "origin": _EXTRACTED,
            "status": _UNREVIEWED,
        }
    )


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: after the last comma or semicolon before it,
    but not a number's comma ("killed 20,000 people since 2019": not "000 people")."""
    stop = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
    while stop > 0 and text[stop] == "," and text[stop - 1 : stop + 2 : 2].isdigit():
        stop = max(text.rfind(",", 0, stop), text.rfind(";", 0, stop))
    return stop + 1


def _date_entry(
    article: Article, sentence: Sentence, date: DateMention, source: str, via: list[str]
) -> dict[str, Any]:
    text = sentence.text
    clause_start = _clause_start(text, date.start)
    lead = word_tokens(text[clause_start : date.start])[-5:]
    start = clause_start + lead[0].start() if lead else date.start
    after = _EVENT_WORDS.match(text[date.end :])
    event = None
    end = date.end
    if after and not _NOT_EVENT.match(text[date.end :]):
        # "the September 11 attacks| killed": the event's name ends before another phrase.
        second = _NOT_EVENT.search(after.group(0))
        stop = second.start() if second else after.end()
        event = squash(after.group(0)[:stop])
        end = date.end + stop
    not_subject = lexicon().sets["date_event_words"]
    words = [t.group(0) for t in lead if t.group(0).lower() not in not_subject]
    if any(c.isdigit() for c in text[clause_start : date.start]):
        # a count's words, not an event's: "killed 20,000 people since 2019", "more than
        # 8,000 soldiers and civilians in the region since 2015"
        words = []
    subject = event or " ".join(words[-3:])
    ref = date.ref
    estimate = Estimate(
        float(ref.midpoint.toordinal()),
        float(ref.start.toordinal()),
        float(ref.end.toordinal()),
        Qualifier.EXACT if ref.start == ref.end else Qualifier.RANGE,
        "date",
    )
    return form(
        {
            # A date with no words of its own ("In 2024, ...") is only "date": compared
            # with no other (group._says_nothing).
            "subject": f"date of {subject}" if subject else "date",
            "kind": "date",
            "event": event,
            "figure": squash(date.text),
            # Each date a new object: a YAML writer would tie one used twice with an alias.
            **estimate_fields(estimate, "date"),
            "attribution": {"source": source, "via": via},
            "quote": text[start:end],
            "span": [sentence.start + start, sentence.start + end],
            "origin": _EXTRACTED,
            "status": _UNREVIEWED,
        }
    )


def _entry_value(entry: dict[str, Any]) -> float | None:
    best = entry.get("best")
    if best is None:
        return None
    if isinstance(best, dt.date):
        return float(best.toordinal())
    if isinstance(best, str):
        ref = dates.parse_dateref(best)
        return None if ref is None else float(ref.start.toordinal())
    return float(best)


def _covers(claim: Claim, entry: dict[str, Any]) -> bool:
    start, end = entry["span"]
    if not (claim.span.start < end and start < claim.span.end):
        return False
    value = _entry_value(entry)
    same_value = value is not None and abs(claim.estimate.best - value) < 1e-9
    same_figure = squash(claim.figure).lower() == squash(entry["figure"]).lower()
    return same_value or same_figure


def merge(existing: Sequence[Claim], proposed: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The proposals not already covered by an existing claim (manual, reviewed or rejected):
    one that overlaps an existing claim's span with the same value or figure is covered."""
    kept: list[dict[str, Any]] = []
    for entry in proposed:
        if any(_covers(claim, entry) for claim in existing):
            continue
        if any(
            other["span"] == entry["span"] and _entry_value(other) == _entry_value(entry)
            for other in kept
        ):
            continue
        kept.append(entry)
    return kept

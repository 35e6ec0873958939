"""What grouping and comparison know about one claim: its Profile.

A profile holds a claim's nature (from kinds.yaml), its party (parties.py), the places it
names (clustered over all claims, so spellings meet), its event, the date it counts as of
(`as_of`, else the article's publication date) and the date of the event it is about
(`about`, else the count's date), and for tolls the place resolved through the gazetteer
(places.py): the claim's own, else the place named just before it in its article (within
NEARBY_CHARS: the same passage), else the article's place (the country its headline and body
name most, and the town in it named most).  A name that towns of several countries bear is
read as the town in the article's country, if one is there.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from crosscheck import names, places
from crosscheck.model import Article, Claim, DateRef, in_a_state
from crosscheck.parties import (
    FILLER,
    POSSESSOR,
    Party,
    everyone_key,
    everyone_taken,
    party_text,
    read_party,
    state_side,
    without_groups,
)
from crosscheck.places import Place
from crosscheck.vocab import area_words, kinds, synonyms

_PLACE_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bor\b)\s*")


@dataclass(frozen=True, slots=True)
class Profile:
    """What grouping and comparison know about one claim."""

    claim: Claim
    nature: str
    party: Party
    places: tuple[str, ...]  # canonical names (names.plain) of the places it names
    place_label: str | None
    event: str | None  # canonical event name (names.plain)
    when: DateRef | None  # as_of, or the article's publication date: the count's date
    wording: str  # folded subject without filler, for measures and dates
    about: DateRef | None = None  # the date of the event the figure is about
    place: Place | None = None  # resolved through the gazetteer
    place_how: str = ""  # where the place came from
    article_place: Place | None = None  # when the place is only inferred: the article's
    about_stated: bool = True  # False when the event's date is only the article's own day
    # The countries its article names (ISO codes), for a clash told from either side.
    countries: frozenset[str] = frozenset()
    # The places its article names (their keys), for a claim placed only in a country.
    named: frozenset[str] = frozenset()

    @property
    def total(self) -> bool:
        return self.party.composite


def when_of(claim: Claim, articles: Mapping[str, Article]) -> DateRef | None:
    """The date a figure refers to: its `as_of`, else its article's publication date."""
    if claim.as_of is not None:
        return claim.as_of
    article = articles.get(claim.article)
    return article.published if article else None


def about_of(claim: Claim, articles: Mapping[str, Article]) -> DateRef | None:
    """The date of the event a figure is about: its `about`, else the count's date."""
    return claim.about if claim.about is not None else when_of(claim, articles)


STATEMENT_DAYS = 3
"""A count dated this many days or fewer before its article, with no date of its event, is
dated by the day it was given ("the mayor yesterday put the toll at 212"), not the event's."""


def about_stated(claim: Claim, article: Article | None) -> bool:
    """Whether a figure names the date of its event: not when it has only its article's
    day, or only the day, just before its article, its count was given."""
    if article is None:
        return True
    if claim.about is not None:
        return claim.about != article.published
    when = claim.as_of
    if when is None or when == article.published:
        return False
    return not 0 <= (article.published.start - when.start).days <= STATEMENT_DAYS


@cache
def _wording(subject: str, measure: bool = False) -> str:
    """The words a subject is compared by: synonyms as one, no filler; a measure's without
    the words that only say its whole is an area (vocab.area_words)."""
    same = synonyms()
    dropped = FILLER | area_words() if measure else FILLER
    return " ".join(same.get(w, w) for w in names.plain(subject).split() if w not in dropped)


@cache
def _place_names(place: str | None) -> tuple[str, ...]:
    if not place or not place.strip():
        return ()
    return tuple(p for p in _PLACE_SPLIT.split(place.strip()) if p and names.fold(p))


def corpus_root(articles: Mapping[str, Article]) -> Path | None:
    """The corpus the articles come from (the folder holding `articles/`), if known."""
    for article in articles.values():
        if article.path:
            return Path(article.path).resolve().parent.parent
    return None


def prepare(articles: Mapping[str, Article], store: Any = None) -> None:
    """Have ready what profiling the claims of `articles` reads of them, before the claims
    are known: the gazetteer (kept in `store`, as places.prepare keeps it), the corpus's
    aliases, each article's place (`article_place`, which remembers it) and the areas it
    says its places lie in (`_areas_named`, read for a claim placed where the gazetteer
    does not know: a search of the whole body, done here while worker processes read the
    claims rather than when the first claim of the article is profiled)."""
    places.prepare(store)
    names.use_corpus(corpus_root(articles))
    generation = names.generation()
    for article in articles.values():
        found = article_place(article)
        _areas_named(
            article.title, article.body, generation, found.country if found is not None else None
        )


def _written_lower(mention: str, title: str, body: str) -> bool:
    """Whether a one-word name is a word the article also writes in lower case, not a town
    that bears it ("Police said ..." beside "the police": not Police, a town of 30,000)."""
    if " " in mention or not mention[:1].isupper():
        return False
    word = re.compile(rf"\b{re.escape(mention.lower())}\b")
    return bool(word.search(body) or word.search(title))


def _only_a_name_s_word(mention: str, body: str) -> bool:
    """Whether a one-word name only opens sentences or ends longer names in the body, never
    after a word of where ("Police gave a toll of six", "the Metropolitan Police said":
    not Police, a town of Poland), so no town the article is about."""
    if " " in mention or not mention.istitle():
        return False  # (a dateline's "PORTVILLE --" is its town)
    for found in re.finditer(rf"(?<![\w-]){re.escape(mention)}(?![\w-])", body):
        before = body[max(0, found.start() - 40) : found.start()].rstrip()
        if not before and not _OPENS_A_CLAUSE.match(body, found.end()):
            return False  # (the body's first word may be its dateline's town)
        if not before:
            continue  # ("Police in Westby said": the subject of the first sentence)
        if before[-1] in _SENTENCE_OPENERS:
            continue  # it opens a sentence
        last = before.rsplit(None, 1)[-1]
        if last[-1:].isalpha() and last[:1].isupper() and last.lower() not in _PLACE_WORDS_BEFORE:
            continue  # a longer name's last word ("Metropolitan Police")
        return False  # (after a comma, a lower-case word, "in": free, maybe a town)
    return True


_SENTENCE_OPENERS = frozenset('.!?"“”\n:')
_OPENS_A_CLAUSE = re.compile(r"\s+(?:in|at|near|on|said|say|says|have|has|had|were|was|are|is)\b")
"""A word after the body's first that makes it the subject of a sentence, not a dateline."""
_PLACE_WORDS_BEFORE = frozenset(("in", "at", "near", "from", "to", "outside", "of"))


_CALENDAR_NAMES = frozenset(
    name.lower() for name in (*calendar.month_name, *calendar.day_name) if name
)
"""Names of months and days, which towns bear too ("March", a town of England)."""

_MENTION_PLACES = 12
"""How many place mentions of an article body are read to find the place it is about."""


def article_place(article: Article) -> Place | None:
    """The place an article is about: the country its headline and body name most (a town
    counts for its country, the headline three times; of two named as often, the one named
    first), and in it the town named most, if a town is named at least twice; None if it
    names no place the gazetteer knows."""
    return _article_reading(article.title, article.body, names.generation())[0]


def article_countries(article: Article) -> frozenset[str]:
    """The countries (ISO codes) an article names, itself or by a town of theirs."""
    return _article_reading(article.title, article.body, names.generation())[1]


def article_named(article: Article) -> frozenset[str]:
    """The keys of the places the gazetteer knows that an article names."""
    return _article_reading(article.title, article.body, names.generation())[2]


@cache
def _article_reading(
    title: str, body: str, generation: int
) -> tuple[Place | None, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(`article_place`, `article_countries`, `article_named`, the countries it names by
    name, the countries it names by name or by two towns of theirs) of an article: its
    places read once."""
    counts: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    found: dict[str, Place] = {}
    read: list[tuple[int, str, Place]] = []
    for weight, text in ((3, title), (1, body)):
        for mention in names.mentions(text):
            if len(mention) < 4:
                continue
            if mention.lower() in _CALENDAR_NAMES:
                continue  # "the March 17 shootings": a month, not March, a town of England
            place = places.resolve(mention)
            if place.key.startswith("name:") or _written_lower(mention, title, body):
                continue
            if weight == 1 and place.key.startswith("city:") and _only_a_name_s_word(mention, body):
                continue  # (a country opens its sentences as a town's homonym does not)
            read.append((weight, mention, place))
    # A town whose name a town of a country the article names also bears (or spells
    # another way) is that country's: "Odessa" beside "Ukraine" is Odesa, not Odessa, Texas.
    named_countries = sorted(
        {p.country for _, _, p in read if p.key.startswith("country:") and p.country}
    )
    for index, (weight, mention, place) in enumerate(read):
        if place.country not in named_countries and not place.key.startswith("country:"):
            for code in named_countries:
                there = places.resolve(mention, code)
                if there.country == code:
                    read[index] = (weight, mention, there)
                    break
    # "the upscale Gulshan district" in a report from Bangladesh: a district the gazetteer
    # does not know, not the Iranian town that bears the name among its others.
    spoken = frozenset(named_countries)
    read = [r for r in read if not places.another_name_abroad(r[1], r[2], spoken)]
    # "Afsin" in a report from Peru: a village there, not a small town of Turkey, a
    # country the report neither names nor names two towns of
    by_country: dict[str, set[str]] = defaultdict(set)
    for _, _, place in read:
        if place.key.startswith("city:") and place.country:
            by_country[place.country].add(place.key)
    known = spoken | {code for code, keys in by_country.items() if len(keys) > 1}
    read = [r for r in read if not places.small_town_abroad(r[1], r[2], known)]
    first: dict[str, int] = {}
    for index, (weight, _, place) in enumerate(read):
        countries[place.country or place.key] += weight
        first.setdefault(place.country or place.key, index)
    if not countries:
        return None, frozenset(), frozenset(), spoken, known
    named = frozenset(c for c in countries if ":" not in c)
    # (a tie goes to the country named first: "77 people had been killed in Westby" opens
    # a report that later names the three countries that mediated)
    country = min(countries, key=lambda c: (-countries[c], first[c], c))
    for weight, mention, place in read:
        # A name towns of several countries bear is the town in the article's country.
        if place.country != country and not place.key.startswith("country:"):
            place = places.resolve(mention, country)
        found.setdefault(place.key, place)
        counts[place.key] += weight
    towns = [k for k in counts if found[k].country == country and counts[k] >= 2]
    towns = [k for k in towns if not k.startswith("country:")] or [f"country:{country}"]
    best = min(towns, key=lambda k: (-counts[k], k))
    place = found.get(best) or places.country(country) or found[min(counts)]
    return place, named, frozenset(found), spoken, known


NEARBY_CHARS = 1500
"""A claim with no place of its own takes the place of a claim this close before it."""


_LOCAL_GOVERNMENT_AREA = re.compile(r"\s+local\s+government\s+area\b", re.IGNORECASE)
"""A Nigerian area's full noun after its name ("Westby local government area" = "Westby
LGA"): a place, whose "government" names no one's forces."""

_SCOPE = re.compile(r"\s\([^()]+\)\s*$")
"""The closing words in brackets of a count's subject narrow what it counts ("soldiers
killed (more)", "troops (more)": the extractor's scope of a rise, or of a part of a toll):
its party's key is narrowed by them, so a rise is never the rival of the running toll or
the force it adds to."""


def _claim_place(
    claim: Claim, article: Article | None, placed: Sequence[tuple[int, str]]
) -> tuple[Place | None, str]:
    """A claim's place and where it came from: its own, else the place of the nearest claim
    before it in its article (within NEARBY_CHARS: the same passage), else the article's.
    `placed` are (span start, place) of the article's claims that name their place."""
    found = article_place(article) if article is not None else None
    home = found.country if found is not None else None
    written = _place_names(claim.place)
    if written:
        own = _resolved(written[0], home, article)
        return _placed_within(own, article, home), own.how
    before = [(s, p) for s, p in placed if s < claim.span.start]
    if before and claim.span.start - before[-1][0] <= NEARBY_CHARS:
        near = _resolved(_place_names(before[-1][1])[0], home, article)
        return _placed_within(near, article, home), f"the place named just before: {near.name}"
    if found is not None:
        return found, f"the article's place: {found.name}"
    return None, ""


_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+){0,3}"
_SITE = (
    r"(?:village|town|community|settlement|city|camp|suburb|district|locality|neighbou?rhood"
    r"|reservoir|dam|mine|market|quarry|estate)"
)
"""The noun of a place smaller than the area it is said to lie in ("Westby village")."""
_AREA = rf"{_NAME}[ \t]+{places.AREA_NOUN}\b"
# "Dunmarrow in Westby Local Government Area", "Oskavale, a village in Westby district",
# "the Westby reservoir in Eastby district, Northby province": a place the article says lies
# in an area it names by the area's noun (and the area that holds that one).
_LIES_IN = re.compile(
    rf"(?P<inner>{_NAME})(?:[ \t]+{_SITE})?(?:,[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){{0,3}}?"
    rf"{_SITE}"
    rf"(?:[ \t]+of[ \t]+(?:about[ \t]+|some[ \t]+)?[\d,.]+[ \t]+[a-z]+)?)?"
    rf"[ \t]+in[ \t]+(?:the[ \t]+)?(?P<outer>{_AREA})(?:,[ \t]+(?P<wider>{_AREA}))?"
    # "in Westby district, where a landslide buried part of Eastby village"
    rf"|(?P<area>{_AREA}),[ \t]+where[ \t][^.;]{{0,120}}?"
    rf"\b(?P<site>{_NAME})[ \t]+{_SITE}\b"
)


def _placed_within(place: Place, article: Article | None, home: str | None) -> Place:
    """A place the gazetteer does not know, with the areas its article says it lies in
    ("Dunmarrow in Westby Local Government Area"): within them, as a claim placed in the
    area by another report is (places.agree)."""
    if article is None or not place.key.startswith("name:"):
        return place
    outer = _areas_named(article.title, article.body, names.generation(), home).get(place.key)
    if not outer:
        return place
    around = tuple(dict.fromkeys(place.around + outer))
    return dataclasses.replace(place, around=around)


@cache
def _areas_named(
    title: str, body: str, generation: int, home: str | None
) -> dict[str, tuple[str, ...]]:
    """The place keys of an article's unknown places -> the keys of the areas it says they
    lie in (and of what holds those)."""
    found: dict[str, tuple[str, ...]] = {}
    for match in _LIES_IN.finditer(body):
        inner = places.resolve(match["inner"] or match["site"], home)
        areas = [places.resolve(a, home) for a in match.group("outer", "wider", "area") if a]
        if inner.key.startswith("name:"):
            for outer in areas:
                if outer.key != inner.key:
                    found[inner.key] = tuple(
                        dict.fromkeys(found.get(inner.key, ()) + (outer.key,) + outer.around)
                    )
    return found


def _resolved(written: str, home: str | None, article: Article | None) -> Place:
    """A place name of an article's claim, read in the article's country `home`: a name
    only another of a small town abroad, in a country the article never names, is a place
    of `home` the gazetteer does not know (places.another_name_abroad)."""
    place = places.resolve(written, home)
    if home is not None and place.key.startswith("name:") and place.country is None:
        # a place the gazetteer lacks, named in a report about `home`: within that country
        return places.unknown_in(written, home, f"{place.how}; read in {home}")
    if home is not None and article is not None and place.country != home:
        spoken = _article_reading(article.title, article.body, names.generation())[3]
        if places.another_name_abroad(written, place, spoken):
            why = f"only another name of {place.name} in {place.country}; read in {home}"
            return places.unknown_in(written, home, f"{written}: {why}")
        known = _article_reading(article.title, article.body, names.generation())[4]
        if places.small_town_abroad(written, place, known):
            why = f"a small town of {place.country}, a country the article never names"
            return places.unknown_in(written, home, f"{written}: not {why}; read in {home}")
    return place


@dataclass(frozen=True, slots=True)
class Spellings:
    """The names profiles cluster over every claim, as some claims write them: the places
    they name, their events, and the persons their parties belong to ("X's men")."""

    places: tuple[str, ...]
    events: tuple[str, ...]
    owners: tuple[str, ...]


def spellings(claims: Iterable[Claim]) -> Spellings:
    """The names `claims` write that profiles cluster."""
    claims = list(claims)
    owners: list[str] = []
    for claim in claims:
        owned = POSSESSOR.match(" ".join(party_text(claim).split()))
        if owned:
            owners.append((owned["loyal"] or owned["owner"]).strip())
    return Spellings(
        tuple(p for c in claims for p in _place_names(c.place)),
        tuple(c.event for c in claims if c.event),
        tuple(owners),
    )


Counts = tuple[Counter[str], Counter[str], Counter[str]]
"""How often each place, event and owner spelling is written (names.counted)."""
Clusters = tuple[dict[str, str], dict[str, str], dict[str, str]]
"""Each place, event and owner spelling -> the canonical name of its cluster."""


def counts(written: Iterable[Spellings]) -> Counts:
    """How often each spelling is written across `written` (they add up)."""
    found: Counts = (Counter(), Counter(), Counter())
    for names_of in written:
        for total, spelled in zip(
            found, (names_of.places, names_of.events, names_of.owners), strict=True
        ):
            total.update(names.counted(spelled))
    return found


Entities = tuple[list[names.Entity], list[names.Entity], list[names.Entity]]


def entities(counted: Counts, known: Entities | None = None) -> Entities:
    """The clusters of every spelling (names.cluster_counted): place names without the
    place words of aliases.yaml, events and owners as written.  `known`: the clusters of
    other counts; where the same names are written, only their canonical spellings are
    found again (which names make a cluster does not depend on how often each is written)."""
    drops = (names.aliases().place_words, None, None)
    found = []
    for position, (counts_of, drop) in enumerate(zip(counted, drops, strict=True)):
        before = known[position] if known is not None else None
        written = {name for name, count in counts_of.items() if count > 0}
        if before is not None and written == {v for e in before for v in e.variants}:
            found.append([_recounted(entity, counts_of) for entity in before])
        else:
            found.append(names.cluster_counted(counts_of, drop=drop))
    return tuple(found)  # type: ignore[return-value]


def _recounted(entity: names.Entity, counted: Mapping[str, int]) -> names.Entity:
    """A cluster with the canonical spelling its names' counts give (without the reasons
    the spellings were joined: nothing grouping reads)."""
    if entity.listed:
        return entity
    return names.Entity(names.head_of(entity.variants, counted), entity.variants, ())


def clusters(counted: Counts) -> Clusters:
    """Each spelling's canonical name, for counts of spellings (see `entities`)."""
    return canonical_names(entities(counted))


def canonical_names(found: Entities) -> Clusters:
    """Each spelling's canonical name, in clusters of spellings (`entities`)."""
    return tuple(  # type: ignore[return-value]
        {v: e.canonical for e in cluster for v in e.variants} for cluster in found
    )


def _written_parties(
    claims: list[Claim], people: Mapping[str, str], cache: dict[tuple[str, bool], Party]
) -> Iterator[tuple[Claim, Party]]:
    """Each claim that names a party, with its party read (once per wording: `cache`)."""
    for claim in claims:
        text = party_text(claim) if claim.party and claim.party.strip() else ""
        if not text:
            continue
        if (text, False) not in cache:
            cache[(text, False)] = read_party(text, people, False)
        yield claim, cache[(text, False)]


def _one_nation_forces(
    claims: list[Claim], people: Mapping[str, str], cache: dict[tuple[str, bool], Party]
) -> dict[tuple[str, str], Party]:
    """By article and kind, the state forces (or the people of one role: prisoners,
    hostages) its claims of that kind name with a nationality, where they name those of one
    country only ("17 servicemen of the Norlandic armed forces" killed and "more than forty
    servicemen" killed, in one report; "40 Norlandic prisoners of war" killed and "53
    prisoners had died"): its unqualified ones of that kind are that country's (the foreign
    troops an article counts as a stock say nothing of whose soldiers died)."""
    named: dict[tuple[str, str], dict[tuple[str, ...], Party]] = defaultdict(dict)
    for claim, party in _written_parties(claims, people, cache):
        if _of_a_nation(party) and party.groups and not party.composite:
            named[(claim.article, claim.kind)].setdefault(party.groups, party)
    return {key: next(iter(by.values())) for key, by in named.items() if len(by) == 1}


def _named_forces(
    claims: list[Claim], people: Mapping[str, str], cache: dict[tuple[str, bool], Party]
) -> dict[str, frozenset[str]]:
    """By article, the countries whose state forces its claims name with a nationality, of
    any kind (`_home_forces`).  Read of each article's own claims only: the incremental
    step profiles an edited article's claims alone (ledger.py), so nothing here may depend
    on another article's."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for claim, party in _written_parties(claims, people, cache):
        if state_side(party):
            by_article[claim.article].update(party.groups)
    return {a: frozenset(groups) for a, groups in by_article.items()}


def _home_forces(
    party: Party,
    article: Article,
    place: Place | None,
    named: frozenset[str],
    cache: dict[tuple[str, bool], Party],
) -> Party | None:
    """State forces a report names with no nationality anywhere ("21 soldiers were killed",
    "18 security personnel" in a report from Niamey), where it names no other country's
    forces (`named`), at a place of the report's country or one the gazetteer does not
    know: that country's forces, as a reader takes them (so the army's count meets the
    attackers' claim of "more than 100 Nigerien soldiers").  None in a report of no known
    place, or at a place abroad."""
    if not state_side(party) or party.groups or party.composite:
        return None
    home = article_place(article)
    if home is None or home.country is None or not named <= {f"country:{home.country}"}:
        return None
    if place is not None and place.country is not None and place.country != home.country:
        return None
    country = places.country(home.country)
    if country is None:
        return None
    # ("security personnel", "security forces": the state's forces of no one role)
    text = f"{country.name} {party.role or 'security forces'}"
    if (text, False) not in cache:
        cache[(text, False)] = read_party(text)
    return cache[(text, False)]


def _of_a_nation(party: Party) -> bool:
    """Whether a party is one a nationality tells apart: state forces, or people of one role
    (prisoners, hostages, refugees), not everyone."""
    return state_side(party) or bool(party.role)


def _national(
    party: Party,
    national: Party | None,
    claim: Claim,
    why: str = "its article names those of one country",
) -> Party:
    """An unqualified party of state forces (or of a role) as the one country's whose forces
    its article names (`_one_nation_forces`), unless its source is of another country
    ("Azerbaijan said 50 servicemen died", beside "49 Armenian soldiers"); any other party as
    it is."""
    if national is None or not _of_a_nation(party) or party.groups or party.composite:
        return party
    spoken = {
        f"country:{found[0]}"
        for word in claim.attribution.source.replace("'s", " ").split()
        if (found := places.country_of_word(word.strip(".,'’"))) is not None
    }
    if spoken - set(national.groups):
        return party
    if party.key != without_groups(national.key):
        return party  # a narrower unit ("traffic police") stays as it is
    return dataclasses.replace(
        party,
        key=national.key,
        parts=national.parts,
        label=national.label,
        groups=national.groups,
        how=f"{party.how}; {why}: {national.label}",
    )


def profiles(
    claims: Iterable[Claim], articles: Mapping[str, Article], clustered: Clusters | None = None
) -> dict[str, Profile]:
    """A Profile for every claim, by claim id.  Names are clustered once, over all claims,
    unless `clustered` gives their clusters (`clusters`: those of a wider set of claims)."""
    names.use_corpus(corpus_root(articles))
    claims = sorted(claims, key=lambda c: c.id)
    if clustered is None:
        clustered = clusters(counts([spellings(claims)]))
    place_of, event_of, people = clustered
    placed: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: c.span.start):
        if claim.place and _place_names(claim.place):
            placed[claim.article].append((claim.span.start, claim.place))
    party_cache: dict[tuple[str, bool], Party] = {}
    place_keys: dict[str | None, tuple[str, ...]] = {}
    found: dict[str, Profile] = {}
    forces_of = _one_nation_forces(claims, people, party_cache)
    named_forces = _named_forces(claims, people, party_cache)
    for claim in claims:
        spec = kinds().get(claim.kind)
        nature = spec.nature if spec else "measure"
        derived = not (claim.party and claim.party.strip())
        # Measures and dates without a party match on their subject's wording instead.
        text = "" if derived and nature not in ("toll", "stock") else party_text(claim)
        if (text, derived) not in party_cache:
            party_cache[(text, derived)] = (
                read_party(text, people, derived) if text else Party("", "", (), "")
            )
        party = party_cache[(text, derived)]
        if spec is not None and spec.taken_once and party.key and everyone_taken(party):
            # "183 schoolgirls", "the girls", "people" taken from one school: all those taken
            everyone = read_party(everyone_key())
            if party.key != everyone.key:
                party = dataclasses.replace(
                    everyone, how=f"{party.how}; all those taken (parties.yaml taken_everyone)"
                )
        # ("the population of Westby local government area": a place, not the government)
        area = (
            _LOCAL_GOVERNMENT_AREA.sub("", text).strip()
            if spec is not None and spec.people == "residents"
            else None
        )
        if (
            area is not None
            and (party.how.endswith("as written") or area != text)
            and (where := places.resolve(area).key).startswith("name:")
        ):
            # "population of Westby district" = "of Westby", a place the gazetteer lacks:
            # one place however the area's noun is written (not "Lyon city" against
            # "Lyon region", two levels of a place it knows)
            party = dataclasses.replace(party, key=where, parts=(where,))
        scope = _SCOPE.search(claim.subject) if nature in ("toll", "stock") else None
        if scope and not party.composite and party.unit != names.plain(scope[0].strip(" ()")):
            # (a subject read for its party is narrowed by those words already)
            # "soldiers killed (more)": another 5 soldiers killed are not the 12 killed.
            words = scope[0].strip()
            narrowed = f"{party.key or party_text(claim)} {words}"
            party = dataclasses.replace(
                party,
                key=narrowed,
                parts=(narrowed,),
                how=f"{party.how}; narrowed by the subject's {words}",
                unit=words,  # within its party, as "traffic" police are (parties.among)
            )
        if claim.place not in place_keys:
            place_keys[claim.place] = tuple(
                sorted(
                    {
                        names.plain(place_of[p]) if p in place_of else names.plain(p)
                        for p in _place_names(claim.place)
                    }
                )
            )
        keys = place_keys[claim.place]
        event = event_of.get(claim.event or "")
        wording = _wording(claim.subject, nature == "measure")
        place, place_how = (
            _claim_place(claim, articles.get(claim.article), placed[claim.article])
            # (and people aboard, inside: group._scene_places joins them by scene; and an
            # armed group's fighters in one episode, grouped by event as tolls are)
            if nature == "toll" or in_a_state(claim.kind, wording) or party.episodic
            else (None, "")
        )
        # A place only inferred, or one the gazetteer does not know: the article's place too.
        inferred = place is not None and (
            not _place_names(claim.place) or place.key.startswith("name:")
        )
        article = articles.get(claim.article)
        also = article_place(article) if inferred and article is not None else None
        if (
            also is not None
            and place is not None
            and place.country
            and also.country
            and place.country != also.country
        ):
            # ("in Norland's Eastmark State", a state the gazetteer lacks, in a report about
            # a town of Veyland: Norland's, not the report's place)
            also = None
        if nature == "toll":
            national = forces_of.get((claim.article, claim.kind))
            if national is not None or article is None:
                party = _national(party, national, claim)
            else:
                home = _home_forces(
                    party, article, place, named_forces.get(claim.article, frozenset()), party_cache
                )
                party = _national(party, home, claim, "a report of its country, naming no other's")
        found[claim.id] = Profile(
            claim,
            nature,
            party,
            keys,
            claim.place.strip() if claim.place else None,
            names.plain(event) if event else None,
            when_of(claim, articles),
            wording,
            about_of(claim, articles),
            place,
            place_how,
            also if also != place else None,
            about_stated(claim, article),
            article_countries(article)
            if article is not None and place is not None
            else frozenset(),
            article_named(article) if article is not None and place is not None else frozenset(),
        )
    return found

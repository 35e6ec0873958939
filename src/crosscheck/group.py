"""Group claims that measure the same quantity into subjects.

Claims are put together when they have

- the same kind (killed, troops, population, ...);
- the same party.  A party is a side (the state's forces, an armed group, people), a role
  where one is stated (soldiers, police, protesters) and the nationality that qualifies it
  ("Finnish", "ethnic Armenians": a word naming a country or its people, read through the
  gazetteer): vocabulary in data/parties.yaml, reasoning here.  The roles of a side marked
  `roles_apart: false` (the state's forces) are one party; people, civilians and residents
  are one party.  A person's forces take the side the aliases give the person ("a warlord's
  troops" are the armed group's).  Parties of different nationalities never meet; a part
  (a role within its side, a nationality within the same party unqualified, every side
  within people, a side within a total over it: `among`) is not compared with its whole as
  a rival figure, compare.py checks the part against the whole instead;
- for tolls, the same event: the dates the figures are *about* (`about`, else `as_of`, else
  the article's publication date) within WINDOW_DAYS of each other (chained), and places
  that are one scene (the same place, or within places.NEAR_KM), or a named event.  A claim
  placed only in a wider place (a country, a region) joins the one event within it and
  stays apart when there are several; a claim with no place takes the place named just
  before it in its article (within NEARBY_CHARS), else the article's most named place, and
  with neither is grouped only with claims of its own article.  A follow-up report (an
  event of one article whose figures give no date but the article's own day: "the toll
  rose to 180") joins the latest event that ended more than WINDOW_DAYS and at most
  FOLLOW_UP_DAYS before, at a place that agrees with its own.  Places resolve through
  places.py (the aliases, then the GeoNames gazetteer);
- for stocks (troops, population) of a standing party: the same place (names clustered),
  across any gap in time; those of an episodic party (parties.yaml) are grouped by event;
- for distances: the same endpoints (`from`, `to`, in either order); a distance without
  endpoints only with the same wording in its own article;
- for the other measures and dates (percent, other, date): the same wording of the subject
  (fuzzy) and the same `as_of`, since these are too varied to match on party alone.

A claim's `group` pins it by hand and wins; rejected claims are left out.  Work is blocked:
claims are bucketed by (kind, party) and events are found among claims sorted by date, so
grouping is about O(n log n) in the number of claims.  The output is sorted by key and does
not depend on the order of the input.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from crosscheck import model, names, places
from crosscheck.disjoint import DisjointSet
from crosscheck.model import Article, Claim, DateRef, Subject
from crosscheck.places import Place
from crosscheck.vocab import kinds, load_data

WINDOW_DAYS = 21
_FOLLOW_UP = "a later report with no date of its own follows up on the event before"
FOLLOW_UP_DAYS = 400
"""A report that names no date for its event, alone at its date, follows up on the latest
event at its place at most this many days before ("the toll of the clashes rose to 180",
"a year after the clashes, an inquiry counted 300 dead")."""
"""Tolls about dates within this many days of each other (and agreeing places) are one
event: reports of one battle or one week of unrest run on for weeks."""

SUBJECT_RATIO = 90.0
"""Fuzzy score (token sort ratio) at which two subject wordings are one (measures, dates)."""

_PLACE_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bor\b)\s*")
_POSSESSOR = re.compile(
    r"^(?:(?:forces|troops|men|fighters|supporters)\s+loyal\s+to\s+(?P<loyal>.+)"
    r"|(?P<owner>.+?)['’ʼ]s?\s+(?P<head>.+))$",
    re.IGNORECASE,
)
_FILLER = frozenset({"the", "a", "an", "of", "in", "on", "at", "by", "to", "and", "total", "all"})


# --------------------------------------------------------------------------- parties


@dataclass(frozen=True)
class Party:
    """Who a claim counts: `key` is what grouping compares; `parts` the sides of a total.

    `side` and `role` come from parties.yaml ("state forces", "soldiers"), `groups` are the
    nationality or group words that qualify it ("country:LV" for "Latvian", "basque"),
    `unit` a narrower unit inside the role ("traffic" police)."""

    key: str
    label: str
    parts: tuple[str, ...] = ()
    how: str = ""
    episodic: bool = False
    side: str = ""
    role: str = ""
    groups: tuple[str, ...] = ()
    unit: str = ""
    civil: bool = False  # named as civilians: the armed are not among them

    @property
    def composite(self) -> bool:
        return len(self.parts) > 1


@dataclass(frozen=True)
class _PartyVocab:
    phrases: tuple[tuple[str, str], ...]  # (folded phrase, "side" or "side/role"), longest first
    spelled: dict[str, str]  # folded phrase -> as written in parties.yaml
    order: dict[str, int]
    episodic: frozenset[str]
    units: tuple[str, ...]
    conjunctions: frozenset[str]
    everyone: str
    plain_words: frozenset[str]
    merged: frozenset[str]  # sides whose roles are one party (roles_apart: false)
    civilian: frozenset[str]  # words that name civilians


@cache
def _party_vocab() -> _PartyVocab:
    raw = load_data("parties.yaml")
    pairs: list[tuple[str, str]] = []
    spelled: dict[str, str] = {}
    order: dict[str, int] = {}
    episodic: set[str] = set()
    merged: set[str] = set()
    for side, spec in raw["parties"].items():
        if spec.get("episodic"):
            episodic.add(side)
        if spec.get("roles_apart") is False:
            merged.add(side)
        order[side] = len(order)
        named = [(side, p) for p in (side, *spec.get("phrases", ()))]
        for role, phrases in (spec.get("roles") or {}).items():
            order[f"{side}/{role}"] = len(order)
            named += [(f"{side}/{role}", p) for p in (role, *phrases)]
        for canonical, phrase in named:
            folded = names.plain(str(phrase))
            if folded:
                pairs.append((folded, canonical))
                spelled.setdefault(folded, str(phrase))
    pairs.sort(key=lambda p: (-len(p[0]), p[0], p[1]))
    units = tuple(sorted({names.plain(str(u)) for u in raw.get("units") or ()}, key=len)[::-1])
    conj = frozenset(names.plain(str(c)) or str(c) for c in raw.get("conjunctions") or ())
    plain_words = frozenset(names.plain(str(w)) for w in raw.get("plain_words") or ())
    return _PartyVocab(
        tuple(pairs), spelled, order, frozenset(episodic), units, conj, str(raw["everyone"]),
        plain_words, frozenset(merged),
        frozenset(names.plain(str(w)) for w in raw.get("civilian_words") or ()),
    )  # fmt: skip


def _find_phrases(text: str) -> list[tuple[int, str, str]]:
    """Vocabulary phrases in folded `text`, longest first, not overlapping: (start, phrase,
    canonical), in text order."""
    padded = f" {text} "
    taken = [False] * len(padded)
    found: list[tuple[int, str, str]] = []
    for phrase, canonical in _party_vocab().phrases:
        needle = f" {phrase} "
        start = padded.find(needle)
        while start >= 0:
            span = range(start + 1, start + len(needle) - 1)
            if not any(taken[i] for i in span):
                for i in span:
                    taken[i] = True
                found.append((start, phrase, canonical))
            start = padded.find(needle, start + 1)
    return sorted(found)


def _groups(written: str, covered: set[str]) -> tuple[tuple[str, ...], list[str], list[str]]:
    """The nationalities that qualify a party as written: words naming a country or its
    people ("Finnish", "ethnic Armenians" -> "country:FI", "country:AM"); with the words read
    that way, and the countries' names.  Other group words ("Basques", "locals") do not
    split a toll: news use them for the people of the place counted."""
    vocab = _party_vocab()
    found: set[str] = set()
    used: list[str] = []
    countries: set[str] = set()
    for word in written.replace("-", " ").split():
        folded = names.plain(word)
        if not folded or folded in covered or folded in vocab.plain_words or folded in _FILLER:
            continue
        if not word[:1].isupper() or not word[:1].isalpha():
            continue
        country = places.country_of_word(word)
        if country is not None:
            found.add(f"country:{country[0]}")
            countries.add(country[1])
            used.append(folded)
    return tuple(sorted(found)), used, sorted(countries)


def _a_people(written: str, covered: set[str]) -> bool:
    """Whether a party is written as a people ("Basques", "the Catalans"): capitalised words
    in the plural and nothing else but filler."""
    vocab = _party_vocab()
    words = [w for w in written.split() if names.plain(w) not in _FILLER | vocab.plain_words]
    return bool(words) and all(w[:1].isupper() and w.endswith("s") for w in words)


def _counted(canonical: str) -> str:
    """The party a side or role is counted as: a role of a side whose roles are one party
    is the side."""
    side = canonical.split("/", 1)[0]
    return side if side in _party_vocab().merged else canonical


def _with_groups(key: str, groups: tuple[str, ...]) -> str:
    return f"{key} [{' '.join(groups)}]" if groups else key


def read_party(text: str, people: Mapping[str, str] | None = None, derived: bool = False) -> Party:
    """Read a party as written ("Latvian soldiers and police", "Petrov's troops").

    `people` maps a person's spelling to the canonical name of their cluster (names.cluster),
    so that one person's forces match under any spelling; aliases.yaml gives their side.
    `derived`: the text is a subject without its kind's words ("people by the overnight
    bomb"); words beyond the party's own then narrow it, since they name what was counted.
    """
    written = " ".join(text.split())
    vocab = _party_vocab()
    owned = _POSSESSOR.match(written)
    if owned:
        person = (owned["loyal"] or owned["owner"]).strip()
        if person and person[:1].isupper() and not _find_phrases(names.plain(person)):
            canonical = (people or {}).get(person, person)
            entry = names.alias_for(canonical)
            side = entry.side if entry else None
            if side:
                return Party(
                    side,
                    side,
                    (side,),
                    f"{written!r}: forces of {person}, who leads {side} (aliases.yaml)",
                    side.split("/")[0] in vocab.episodic,
                    side.split("/")[0],
                    side.partition("/")[2],
                )
            key = f"forces of {names.plain(canonical)}"
            return Party(key, f"forces of {person}", (key,), f"{written!r}: a person's forces")
    folded = names.plain(written)
    found = _find_phrases(folded)
    covered = {w for _, phrase, _ in found for w in phrase.split()}
    groups, group_words, countries = _groups(written, covered)
    if not found:
        if groups or _a_people(written, covered):
            # Only a nationality or a people ("Finnish", "Basques"): people, of that country.
            found = [(0, "", vocab.everyone)]
        else:
            key = " ".join(w for w in folded.split() if w not in _FILLER) or folded
            return Party(key, written, (key,) if key else (), f"{written!r}: as written")
    roles = sorted({c for _, _, c in found}, key=lambda c: vocab.order[c])
    # A side named beside one of its own roles is that role ("government soldiers").
    roles = [c for c in roles if not any(o.startswith(c + "/") for o in roles)]
    # The roles of a side counted as one party are that side (roles_apart: false).
    canonicals = list(dict.fromkeys(_counted(c) for c in roles))
    joined = any(f" {c} " in f" {folded} " for c in vocab.conjunctions)
    units = [u for u in vocab.units if f" {u} " in f" {folded} "]
    qualified = f" of {', '.join(countries)}" if countries else ""
    if len(canonicals) > 1 and joined:
        parts = tuple(sorted(_with_groups(c, groups) for c in canonicals))
        key = "+".join(parts)
        sides = {c.split("/")[0] for c in canonicals}
        return Party(
            key,
            " and ".join(canonicals) + qualified,
            parts,
            f"{written!r}: a total over {', '.join(canonicals)}{qualified} (parties.yaml)",
            side=sides.pop() if len(sides) == 1 else vocab.everyone,
            groups=groups,
        )
    canonical = canonicals[0]
    side, _, role = canonical.partition("/")
    if side in vocab.merged and len(roles) == 1:
        role = roles[0].partition("/")[2]
    episodic = side in vocab.episodic
    if derived:
        rest = [
            w
            for w in folded.split()
            if w not in covered and w not in _FILLER and w not in group_words
            and w not in vocab.plain_words
        ]  # fmt: skip
        if rest:
            key = f"{_with_groups(canonical, groups)} ({' '.join(rest)})"
            return Party(
                key, written, (key,), f"{written!r}: {canonical}, narrowed by the subject",
                episodic, side, role, groups, " ".join(rest),
            )  # fmt: skip
    if units:
        unit = units[0]
        key = f"{_with_groups(canonical, groups)}/{unit}"
        return Party(
            key, f"{canonical} ({unit}){qualified}", (key,),
            f"{written!r}: {unit} only, within {canonical}{qualified}",
            episodic, side, role, groups, unit,
        )  # fmt: skip
    phrases = ", ".join(sorted({vocab.spelled.get(p, p) for _, p, _ in found if p}))
    key = _with_groups(canonical, groups)
    how = f"{written!r} -> {canonical}{qualified}"
    if phrases:
        how += f" ({phrases}; parties.yaml)"
    if role and canonical == side:
        how += f"; {role} are counted with all {side}"
    civil = any(w in vocab.civilian for w in folded.split())
    return Party(key, canonical + qualified, (key,), how, episodic, side, role, groups, "", civil)


def party_order(key: str) -> tuple[int, str]:
    """Parties in the order parties.yaml lists their sides (the state's forces first)."""
    order = _party_vocab().order
    return order.get(key.split(" [", 1)[0].split("/", 1)[0], len(order)), key


def among(part: Party, whole: Party) -> bool:
    """Whether `part` is counted within `whole` and is not the same party: a role within its
    side, every side within everyone, a nationality within the same party unqualified, a
    unit within its role, a part within a total over it."""
    if part.key == whole.key or not part.side or not whole.side:
        return False
    if whole.composite:
        return any(among(part, _component(whole, p)) or part.key == p for p in whole.parts)
    if part.composite:
        return all(
            _component(part, p).key == whole.key or among(_component(part, p), whole)
            for p in part.parts
        )
    if not set(whole.groups) <= set(part.groups):
        return False
    if whole.unit and whole.unit != part.unit:
        return False
    everyone = _party_vocab().everyone
    if part.groups != whole.groups and whole.side != everyone:
        return False  # unqualified forces are some side's own: "soldiers" may be anyone's
    if whole.side == everyone and not whole.role:
        return not (whole.civil and part.side != everyone)
    if part.side != whole.side:
        return False
    return not whole.role or whole.role == part.role or whole.side in _party_vocab().merged


def _component(total: Party, key: str) -> Party:
    """One part of a total as a Party."""
    base = key.split(" [", 1)[0]
    side, _, role = base.partition("/")
    return Party(key, base, (key,), side=side, role=role, groups=total.groups)


@cache
def _kind_words(kind: str) -> frozenset[str]:
    spec = kinds().get(kind)
    cues = spec.cues if spec else ()
    return frozenset(names.plain(c.rstrip("*")) for c in cues) | {kind}


def party_text(claim: Claim) -> str:
    """The party as written, or the subject without the kind's own words and its place."""
    if claim.party and claim.party.strip():
        return claim.party
    return _subject_party(claim.subject, claim.kind, claim.place or "")


@cache
def _subject_party(subject: str, kind: str, place: str) -> str:
    stems = _kind_words(kind)
    where = set(names.plain(place).split())
    kept = [
        w
        for w in subject.split()
        if not any(names.plain(w).startswith(s) for s in stems if s)
        and names.plain(w)
        and names.plain(w) not in where
    ]
    return " ".join(kept) or subject


# --------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
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


@cache
def _wording(subject: str) -> str:
    return " ".join(w for w in names.plain(subject).split() if w not in _FILLER)


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


_MENTION_PLACES = 12
"""How many place mentions of an article body are read to find the place it is about."""


def article_place(article: Article) -> Place | None:
    """The place an article is about: the country its headline and body name most (a town
    counts for its country, the headline three times), and in it the town named most, if a
    town is named at least twice; None if it names no place the gazetteer knows."""
    return _article_place(article.title, article.body, names.generation())


@cache
def _article_place(title: str, body: str, generation: int) -> Place | None:
    counts: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    found: dict[str, Place] = {}
    for weight, text in ((3, title), (1, body)):
        for mention in names.mentions(text):
            if len(mention) < 4:
                continue
            place = places.resolve(mention)
            if place.key.startswith("name:"):
                continue
            found.setdefault(place.key, place)
            counts[place.key] += weight
            countries[place.country or place.key] += weight
    if not countries:
        return None
    country = min(countries, key=lambda c: (-countries[c], c))
    towns = [k for k in counts if found[k].country == country and counts[k] >= 2]
    towns = [k for k in towns if not k.startswith("country:")] or [f"country:{country}"]
    best = min(towns, key=lambda k: (-counts[k], k))
    return found.get(best) or places.country(country) or found[min(counts)]


NEARBY_CHARS = 1500
"""A claim with no place of its own takes the place of a claim this close before it."""


def _claim_place(
    claim: Claim, article: Article | None, placed: Sequence[tuple[int, str]]
) -> tuple[Place | None, str]:
    """A claim's place and where it came from: its own, else the place of the nearest claim
    before it in its article (within NEARBY_CHARS: the same passage), else the article's.
    `placed` are (span start, place) of the article's claims that name their place."""
    written = _place_names(claim.place)
    if written:
        own = places.resolve(written[0])
        return own, own.how
    before = [(s, p) for s, p in placed if s < claim.span.start]
    if before and claim.span.start - before[-1][0] <= NEARBY_CHARS:
        near = places.resolve(_place_names(before[-1][1])[0])
        return near, f"the place named just before: {near.name}"
    found = article_place(article) if article is not None else None
    if found is not None:
        return found, f"the article's place: {found.name}"
    return None, ""


def profiles(claims: Iterable[Claim], articles: Mapping[str, Article]) -> dict[str, Profile]:
    """A Profile for every claim, by claim id (names are clustered once, over all claims)."""
    names.use_corpus(corpus_root(articles))
    claims = sorted(claims, key=lambda c: c.id)
    place_words = names.aliases().place_words
    place_list = [p for c in claims for p in _place_names(c.place)]
    place_of = names.lookup(names.cluster(place_list, drop=place_words))
    event_of = names.lookup(names.cluster(c.event for c in claims if c.event))
    owners: list[str] = []
    for claim in claims:
        owned = _POSSESSOR.match(" ".join(party_text(claim).split()))
        if owned:
            owners.append((owned["loyal"] or owned["owner"]).strip())
    people = {v: e.canonical for e in names.cluster(owners) for v in e.variants}
    placed: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: c.span.start):
        if claim.place and _place_names(claim.place):
            placed[claim.article].append((claim.span.start, claim.place))
    party_cache: dict[tuple[str, bool], Party] = {}
    place_keys: dict[str | None, tuple[str, ...]] = {}
    found: dict[str, Profile] = {}
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
        if claim.place not in place_keys:
            place_keys[claim.place] = tuple(
                sorted(
                    {
                        names.plain(place_of[p].canonical) if p in place_of else names.plain(p)
                        for p in _place_names(claim.place)
                    }
                )
            )
        keys = place_keys[claim.place]
        event = event_of[claim.event].canonical if claim.event in event_of else None
        wording = _wording(claim.subject)
        place, place_how = (
            _claim_place(claim, articles.get(claim.article), placed[claim.article])
            if nature == "toll"
            else (None, "")
        )
        # A place only inferred, or one the gazetteer does not know: the article's place too.
        inferred = place is not None and (
            not _place_names(claim.place) or place.key.startswith("name:")
        )
        article = articles.get(claim.article)
        also = article_place(article) if inferred and article is not None else None
        found[claim.id] = Profile(
            claim,
            nature,
            party_cache[(text, derived)],
            keys,
            claim.place.strip() if claim.place else None,
            names.plain(event) if event else None,
            when_of(claim, articles),
            wording,
            about_of(claim, articles),
            place,
            place_how,
            also if also != place else None,
            article is None or about_of(claim, articles) != article.published,
        )
    return found


# --------------------------------------------------------------------------- grouping


def group(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    known: Mapping[str, Profile] | None = None,
) -> list[Subject]:
    """Subjects: claims judged to measure the same quantity, sorted by key.  `known` are the
    claims' profiles if they are computed already (see `profiles`)."""
    live = sorted(model.live(claims), key=lambda c: c.id)
    subjects: list[Subject] = []
    pinned: dict[str, list[Claim]] = defaultdict(list)
    free: list[Claim] = []
    for claim in live:
        (pinned[claim.group.strip()] if claim.group and claim.group.strip() else free).append(claim)
    for name, chosen in sorted(pinned.items()):
        kind = Counter(c.kind for c in chosen).most_common(1)[0][0]
        subjects.append(
            Subject(
                f"pinned|{name}",
                name,
                kind,
                tuple(chosen),
                (f"pinned by hand: group {name!r} in the claim files",),
            )
        )

    known = known if known is not None else profiles(free, articles)
    blocks: dict[tuple[str, str], list[Profile]] = defaultdict(list)
    for profile in (known[c.id] for c in free):
        blocks[(profile.claim.kind, profile.party.key)].append(profile)
    for (kind, _), block in sorted(blocks.items()):
        nature = block[0].nature
        if nature == "toll":
            for scope, members, why, spot in _scenes(block):
                subjects.append(_subject(kind, scope, "".join(spot), members, why))
            continue
        if nature == "stock":
            if block[0].party.episodic:
                scopes = _events(block)
            else:
                scopes = [("", block, ["a stock: compared across any gap in time"])]
        elif kind == "distance":
            scopes = _routes(block)
        else:
            scopes = _wordings(block)
        for scope, members, why in scopes:
            for place, placed, place_why in _places(members, contain=False):
                subjects.append(_subject(kind, scope, place, placed, why + place_why))
    return sorted(subjects, key=lambda s: s.key)


def _scenes(block: list[Profile]) -> list[tuple[str, list[Profile], list[str], list[str]]]:
    """Split a block of tolls into events: claims are one event when the dates they are
    about are within WINDOW_DAYS of each other and their places are one scene (the same
    place or near: places.same_scene), or when they name one event.  A claim placed in a
    wider place (a country) joins the one event within it, and stays apart when there are
    several; a claim with no place joins only claims of its own article."""
    ordered = sorted(
        block, key=lambda p: (p.about.start, p.about.end) if p.about else (dt.date.max,) * 2
    )
    events = DisjointSet(range(len(ordered)))
    root = events.find
    links: dict[int, list[str]] = defaultdict(list)

    def join(i: int, j: int, why: str) -> None:
        ri, rj = root(i), root(j)
        if events.union(ri, rj):
            links[min(ri, rj)] += links.pop(max(ri, rj), []) + [why]

    by_event: dict[str, int] = {}
    for i, profile in enumerate(ordered):
        if profile.event:
            if profile.event in by_event:
                join(by_event[profile.event], i, f"same event: {profile.claim.event}")
            by_event.setdefault(profile.event, i)
    # Each claim is listed at the places it may be at (its place, and its article's when its
    # own is only inferred), in date order; claims with no date or no place by article.
    at: dict[str, list[int]] = defaultdict(list)
    spot: dict[str, Place] = {}
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, profile in enumerate(ordered):
        by_article[profile.claim.article].append(i)
        if profile.about is None:
            continue
        for here in (profile.place, profile.article_place):
            if here is not None:
                at[here.key].append(i)
                spot[here.key] = here
    starts = {k: [ordered[i].about.start.toordinal() for i in v] for k, v in at.items()}  # type: ignore[union-attr]
    longest = {
        k: max((ordered[i].about.end - ordered[i].about.start).days for i in v)  # type: ignore[union-attr]
        for k, v in at.items()
    }

    def within_window(key: str, a: Profile) -> list[int]:
        """The claims listed at `key` about dates within the window of `a`'s."""
        assert a.about is not None
        low = a.about.start.toordinal() - WINDOW_DAYS - longest[key]
        high = a.about.end.toordinal() + WINDOW_DAYS
        listed = at[key]
        first = bisect.bisect_left(starts[key], low)
        last = bisect.bisect_right(starts[key], high)
        return [j for j in listed[first:last] if _days_apart(ordered[j], a) <= WINDOW_DAYS]

    for key, listed in at.items():  # one place: claims chained by date
        for i, j in zip(listed, listed[1:], strict=False):
            if _days_apart(ordered[i], ordered[j]) <= WINDOW_DAYS:
                join(i, j, f"same place: {spot[key].name}")
    keys = sorted(at)
    for n, ka in enumerate(keys):  # places that are one scene
        for kb in keys[n + 1 :]:
            scene = places.same_scene(spot[ka], spot[kb])
            if scene is None:
                continue
            for i in at[ka]:
                for j in within_window(kb, ordered[i]):
                    join(i, j, scene)
    for listed in by_article.values():  # a claim with no place (or date): its article
        for i in listed:
            a = ordered[i]
            if a.place is not None and a.about is not None:
                continue
            for j in listed:
                b = ordered[j]
                if j != i and (
                    (a.about is None and b.about is None)
                    or (a.about is not None and b.about is not None)
                    and _days_apart(a, b) <= WINDOW_DAYS
                ):
                    join(i, j, "one article")
    # A claim placed only in a wider place (a country, a region) joins the one event inside
    # it; if several events are inside it, it cannot tell which and stays apart.
    for key in keys:
        inner = [k for k in keys if k != key and places.within(spot[k], spot[key])]
        if not inner:
            continue
        for i in at[key]:
            a = ordered[i]
            if a.place is None or a.place.key != key:
                continue
            roots: dict[int, int] = {}
            for k in inner:
                for j in within_window(k, a):
                    roots.setdefault(root(j), j)
                if len(roots) > 1:
                    break
            if len(roots) == 1:
                j = next(iter(roots.values()))
                inside = ordered[j].place or spot[key]
                join(i, j, f"{inside.name} is within {a.place.name}")
    _follow_ups(ordered, root, join)
    members: dict[int, list[Profile]] = defaultdict(list)
    for i, profile in enumerate(ordered):
        members[root(i)].append(profile)
    found: list[tuple[str, list[Profile], list[str], list[str]]] = []
    for first, chosen in sorted(members.items()):
        dates = sorted({str(p.about) for p in chosen if p.about})
        scope = min((p.about.start for p in chosen if p.about), default=None)
        counted = Counter(p.place.key for p in chosen if p.place)
        spots = sorted(counted, key=lambda k: (-counted[k], k))  # the most named place first
        why: list[str] = []
        followed = any(w.startswith(_FOLLOW_UP) for w in links.get(first, []))
        if len(dates) > 1 and followed:
            why.append(f"about {', '.join(dates)}: one event and the reports that follow it up")
        elif len(dates) > 1:
            why.append(
                f"about {', '.join(dates)}: within {WINDOW_DAYS} days of each other, one event"
            )
        elif dates:
            why.append(f"about {dates[0]}")
        heres = sorted({p.place_how for p in chosen if p.place_how})
        why += [f"place: {h}" for h in heres]
        why += sorted(set(links.get(first, [])) - {"one article"})
        found.append((scope.isoformat() if scope else "undated", chosen, why, spots[:1]))
    return found


def _follow_ups(
    ordered: list[Profile],
    root: Callable[[int], int],
    join: Callable[[int, int, str], None],
) -> None:
    """Join each follow-up report to the event it follows up on.  A follow-up is an event
    found in one article only whose figures name no date of their own (they are about the
    article's day alone); it joins the latest event that ended more than WINDOW_DAYS and at
    most FOLLOW_UP_DAYS before it, at a place that agrees with its own (the same, within or
    near: places.agree).  An article that dates its event stays apart, and so does one with
    no earlier event at its place."""
    events: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        events[root(i)].append(i)
    ends = {
        r: max(ordered[i].about.end for i in listed)  # type: ignore[union-attr]
        for r, listed in events.items()
        if all(ordered[i].about is not None for i in listed)
    }
    by_end = sorted((end, r) for r, end in ends.items())
    end_days = [end for end, _ in by_end]
    for r, listed in sorted(events.items()):
        lone = [ordered[i] for i in listed]
        if (
            r not in ends
            or len({p.claim.article for p in lone}) != 1
            or any(p.about_stated or p.place is None for p in lone)
        ):
            continue
        start = min(p.about.start for p in lone)  # type: ignore[union-attr]
        heres = {h for p in lone for h in (p.place, p.article_place) if h is not None}
        # The events that ended before it, latest first, back to FOLLOW_UP_DAYS.
        for n in range(bisect.bisect_left(end_days, start) - 1, -1, -1):
            end, other = by_end[n]
            if (start - end).days > FOLLOW_UP_DAYS:
                break
            if (start - end).days <= WINDOW_DAYS:
                continue  # within the window the event rules above have decided
            theres = {
                h
                for i in events[other]
                for h in (ordered[i].place, ordered[i].article_place)
                if h is not None
            }
            why = next((w for a in heres for b in theres if (w := places.agree(a, b))), None)
            if why is not None:
                join(
                    other,
                    r,
                    f"{_FOLLOW_UP}: {why}",
                )
                break


def _days_apart(a: Profile, b: Profile) -> int:
    """Days between the dates two claims are about (0 when they overlap)."""
    assert a.about is not None and b.about is not None
    if a.about.end < b.about.start:
        return (b.about.start - a.about.end).days
    if b.about.end < a.about.start:
        return (a.about.start - b.about.end).days
    return 0


def _routes(block: list[Profile]) -> list[tuple[str, list[Profile], list[str]]]:
    """Split distances by their endpoints (from, to: resolved places, in either order); a
    distance without endpoints is compared only within its own article (by wording)."""
    routes: dict[str, list[Profile]] = defaultdict(list)
    loose: dict[str, list[Profile]] = defaultdict(list)
    spelled: dict[str, str] = {}
    for profile in block:
        ends = [e for e in (profile.claim.from_place, profile.claim.to_place) if e]
        named = sorted(places.resolve(e).key for e in ends)
        if named:
            key = " -- ".join(named)
            spelled[key] = " -- ".join(ends)
            routes[key].append(profile)
        else:
            loose[profile.claim.article].append(profile)
    found = [(k, m, [f"same endpoints: {spelled[k]}"]) for k, m in sorted(routes.items())]
    for article, members in sorted(loose.items()):
        for scope, chosen, why in _wordings(members):
            found.append((f"{article}:{scope}", chosen, [*why, "no endpoints: one article"]))
    return found


def _events(block: list[Profile]) -> list[tuple[str, list[Profile], list[str]]]:
    """Split a block by named event, then by dates chained within WINDOW_DAYS."""
    named: dict[str, list[Profile]] = defaultdict(list)
    dated: list[Profile] = []
    undated: list[Profile] = []
    for profile in block:
        if profile.event:
            named[profile.event].append(profile)
        elif profile.when is not None:
            dated.append(profile)
        else:
            undated.append(profile)
    scopes: list[tuple[str, list[Profile], list[str]]] = []
    for event, members in sorted(named.items()):
        spellings = sorted({m.claim.event or "" for m in members})
        scopes.append((event, members, [f"same event: {' = '.join(spellings)}"]))
    dated.sort(key=lambda p: (p.when.start, p.when.end, p.claim.id) if p.when else ())
    chain: list[Profile] = []
    chain_end: dt.date | None = None
    for profile in dated:
        assert profile.when is not None
        if chain_end is not None and (profile.when.start - chain_end).days > WINDOW_DAYS:
            scopes.append(_chain(chain))
            chain, chain_end = [], None
        chain.append(profile)
        end = profile.when.end
        chain_end = end if chain_end is None else max(chain_end, end)
    if chain:
        scopes.append(_chain(chain))
    if undated:
        scopes.append(("undated", undated, ["no date given or known"]))
    return scopes


def _chain(chain: list[Profile]) -> tuple[str, list[Profile], list[str]]:
    first = min(p.when.start for p in chain if p.when)
    dates = sorted({str(p.when) for p in chain if p.when})
    if len(dates) == 1:
        why = f"same date: {dates[0]}"
    else:
        why = f"dates {', '.join(dates)} within {WINDOW_DAYS} days of each other: one event"
    return first.isoformat(), chain, [why]


def _wordings(block: list[Profile]) -> list[tuple[str, list[Profile], list[str]]]:
    """Split a block of measures or dates by subject wording (fuzzy) and `as_of`."""
    distinct = sorted({p.wording for p in block})
    same = DisjointSet(distinct)
    # Blocked by first word; beyond a few hundred wordings a block is only matched exactly.
    by_head: dict[str, list[str]] = defaultdict(list)
    for wording in distinct:
        by_head[wording.split(" ", 1)[0]].append(wording)
    for heads in by_head.values():
        if len(heads) < 2 or len(heads) > 500:
            continue
        for i, wording in enumerate(heads[:-1]):
            rest = heads[i + 1 :]
            for _, _, j in process.extract(
                wording, rest, scorer=fuzz.token_sort_ratio, score_cutoff=SUBJECT_RATIO, limit=None
            ):
                same.union(wording, rest[j])
    scopes: dict[tuple[str, str], list[Profile]] = defaultdict(list)
    for profile in block:
        when = str(profile.claim.as_of) if profile.claim.as_of else ""
        scopes[(same.find(profile.wording), when)].append(profile)
    found: list[tuple[str, list[Profile], list[str]]] = []
    for (wording, when), members in sorted(scopes.items()):
        subjects = sorted({m.claim.subject for m in members})
        why = [f"same wording: {' = '.join(repr(s) for s in subjects)}"]
        if when:
            why.append(f"same date: {when}")
        found.append((f"{wording}@{when}" if when else wording, members, why))
    return found


def _places(members: list[Profile], contain: bool) -> list[tuple[str, list[Profile], list[str]]]:
    """Split claims by place: same entity (or, when `contain`, one place within another)."""
    spots = sorted({k for m in members for k in m.places})
    same = DisjointSet(spots)
    root = same.find

    linked: list[tuple[str, str]] = []
    for member in members:
        for other in member.places[1:]:
            same.union(member.places[0], other)
    if contain:
        for spot in spots:
            for outer in sorted(names.places_around(spot)):
                if outer in same:
                    same.union(spot, outer)
                    linked.append((spot, outer))
    groups: dict[str, list[Profile]] = defaultdict(list)
    unplaced: list[Profile] = []
    for member in members:
        if member.places:
            groups[root(member.places[0])].append(member)
        else:
            unplaced.append(member)
    found: list[tuple[str, list[Profile], list[str]]] = []
    for place, placed in sorted(groups.items()):
        spelled = sorted({m.place_label or "" for m in placed})
        why = [f"same place: {' = '.join(spelled)}" if len(spelled) > 1 else f"place: {spelled[0]}"]
        why += [
            f"{a} is within {b} (aliases.yaml)" for a, b in sorted(set(linked)) if root(a) == place
        ]
        if unplaced and len(groups) == 1:
            placed = placed + unplaced
            why.append("claims with no place match any place")
        found.append((place, placed, why))
    if unplaced and len(groups) != 1:
        found.append(("", unplaced, ["no place given"] if groups else []))
    return found


def _subject(
    kind: str, scope: str, place: str, members: list[Profile], reasons: list[str]
) -> Subject:
    members = sorted(members, key=lambda p: p.claim.id)
    claims = tuple(p.claim for p in members)
    parties = sorted({party_text(p.claim) for p in members})
    party = members[0].party
    why = [f"same kind: {kind}"]
    if len(parties) > 1:
        why.append(f"same party: {' = '.join(repr(p) for p in parties)} -> {party.label}")
        why += sorted({p.party.how for p in members if p.party.how})
    elif party.key:
        why.append(f"party: {party.how or party.label}")
    wording = Counter(c.subject for c in claims)
    label = min(wording, key=lambda s: (-wording[s], len(s), s))
    spots = Counter(p.place_label for p in members if p.place_label)
    if spots:
        # The place most claims give (ties: the shortest spelling), unless the wording has it.
        spot = min(spots, key=lambda s: (-spots[s], len(s), s))
        if names.plain(spot) not in names.plain(label):
            label += f", {spot}"
    if scope and members[0].nature in ("toll", "stock"):
        label += f", {scope}"
    key = "|".join((kind, party.key, scope or "*", place or "*"))
    basis = _basis(kind, scope, members, reasons)
    return Subject(key, label, kind, claims, (basis, *why, *reasons))


BASIS = "compared as one quantity: "
"""How the reason that sums up why a subject's figures are compared begins."""


def _basis(kind: str, scope: str, members: list[Profile], reasons: list[str]) -> str:
    """Why the figures of a subject are compared, in one line: the kind, the party, the
    place and the event (for tolls), as grouping read them; for measures, their scope."""
    party = members[0].party
    if members[0].nature not in ("toll", "stock"):
        return BASIS + "; ".join([kind, *reasons[:1]])
    parts = [f"{kind} of {party.label}" if party.key else f"{kind}, same wording"]
    resolved = Counter(p.place.name for p in members if p.place)
    if resolved:
        parts.append(f"at {min(resolved, key=lambda n: (-resolved[n], n))}")
    if members[0].nature == "toll" and scope and scope != "undated":
        dates = {str(p.about) for p in members if p.about}
        parts.append(
            f"about {scope}"
            if len(dates) < 2
            else f"about {scope} (dates within {WINDOW_DAYS} days)"
        )
    elif members[0].nature == "stock" and not scope:
        parts.append("a stock, at any date")
    return BASIS + ", ".join(parts)

"""Group claims that measure the same quantity into subjects.

Claims are put together when they have

- the same kind (killed, troops, population, ...);
- the same party, read through data/parties.yaml ("government soldiers" = "government
  troops" = "policemen"; "gunmen" = "attackers"), with a person's forces resolved through
  names.py and aliases.yaml ("Karimov's troops" are the rebels' when aliases.yaml gives
  Karimov that side);
- the same event: a named `event` (names clustered), or else dates within WINDOW_DAYS of the
  previous claim (`as_of`, or the article's publication date when a claim has none).  Tolls
  are grouped this way; stocks (troops, population) of a standing party compare across any
  gap, those of an episodic party (parties.yaml) are grouped by event like tolls;
- the same place: names clustered; for tolls a place also matches the places that contain it
  (aliases.yaml `within`: a town is in its region is in its country); a claim with no place
  joins the one place group of its block (if there are several, it stays apart);
- for kinds of nature `measure` and `date` (distance, percent, other, date): the same wording
  of the subject (fuzzy) and the same `as_of`, since these are too varied to match on party
  alone.

A claim's `group` pins it by hand and wins; rejected claims are left out.  Work is blocked:
claims are bucketed by (kind, party) and scored only within buckets, sorted by date, so
grouping is O(n log n) in the number of claims.  The output is sorted by key and does not
depend on the order of the input.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from crosscheck import names
from crosscheck.disjoint import DisjointSet
from crosscheck.model import Article, Claim, DateRef, Status, Subject
from crosscheck.vocab import kinds, load_data

WINDOW_DAYS = 7
"""Claims of a toll dated within this many days of each other are one event."""

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
    """Who a claim counts: `key` is what grouping compares; `parts` the sides of a total."""

    key: str
    label: str
    parts: tuple[str, ...] = ()
    how: str = ""
    episodic: bool = False

    @property
    def composite(self) -> bool:
        return len(self.parts) > 1


@dataclass(frozen=True)
class _PartyVocab:
    phrases: tuple[tuple[str, str], ...]  # (folded phrase, canonical), longest first
    spelled: dict[str, str]  # folded phrase -> as written in parties.yaml
    order: dict[str, int]
    episodic: frozenset[str]
    units: tuple[str, ...]
    conjunctions: frozenset[str]


@cache
def _party_vocab() -> _PartyVocab:
    raw = load_data("parties.yaml")
    pairs: list[tuple[str, str]] = []
    spelled: dict[str, str] = {}
    order: dict[str, int] = {}
    episodic: set[str] = set()
    for rank, (canonical, spec) in enumerate(raw["parties"].items()):
        order[canonical] = rank
        if spec.get("episodic"):
            episodic.add(canonical)
        for phrase in (canonical, *spec.get("phrases", ())):
            folded = names.plain(str(phrase))
            if folded:
                pairs.append((folded, canonical))
                spelled.setdefault(folded, str(phrase))
    pairs.sort(key=lambda p: (-len(p[0]), p[0], p[1]))
    units = tuple(sorted({names.plain(str(u)) for u in raw.get("units") or ()}, key=len)[::-1])
    conj = frozenset(names.plain(str(c)) or str(c) for c in raw.get("conjunctions") or ())
    return _PartyVocab(tuple(pairs), spelled, order, frozenset(episodic), units, conj)


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


def read_party(text: str, people: Mapping[str, str] | None = None, derived: bool = False) -> Party:
    """Read a party as written ("government soldiers and rebel troops", "Karimov's troops").

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
                    side in vocab.episodic,
                )
            key = f"forces of {names.plain(canonical)}"
            return Party(key, f"forces of {person}", (key,), f"{written!r}: a person's forces")
    folded = names.plain(written)
    found = _find_phrases(folded)
    if not found:
        key = " ".join(w for w in folded.split() if w not in _FILLER) or folded
        return Party(key, written, (key,) if key else (), f"{written!r}: as written")
    canonicals = sorted({c for _, _, c in found}, key=lambda c: vocab.order[c])
    joined = any(f" {c} " in f" {folded} " for c in vocab.conjunctions)
    units = [u for u in vocab.units if f" {u} " in f" {folded} "]
    if len(canonicals) > 1 and joined:
        key = "+".join(sorted(canonicals))
        return Party(
            key,
            " and ".join(canonicals),
            tuple(sorted(canonicals)),
            f"{written!r}: a total over {', '.join(canonicals)} (parties.yaml)",
        )
    side = canonicals[0]
    if derived:
        covered = {w for _, phrase, _ in found for w in phrase.split()}
        rest = [w for w in folded.split() if w not in covered and w not in _FILLER]
        if rest:
            key = f"{side} ({' '.join(rest)})"
            return Party(key, written, (key,), f"{written!r}: {side}, narrowed by the subject")
    if units:
        unit = units[0]
        key = f"{side}/{unit}"
        return Party(
            key,
            f"{side} ({unit})",
            (key,),
            f"{written!r}: {unit} only, within {side}",
            side in vocab.episodic,
        )
    phrases = ", ".join(sorted({vocab.spelled.get(p, p) for _, p, _ in found}))
    return Party(
        side,
        side,
        (side,),
        f"{written!r} -> {side} ({phrases}; parties.yaml)",
        side in vocab.episodic,
    )


@cache
def _kind_words(kind: str) -> frozenset[str]:
    spec = kinds().get(kind)
    cues = spec.cues if spec else ()
    return frozenset(names.plain(c.rstrip("*")) for c in cues) | {kind}


def party_text(claim: Claim) -> str:
    """The party as written, or the subject without the kind's own words."""
    if claim.party and claim.party.strip():
        return claim.party
    return _subject_party(claim.subject, claim.kind)


@cache
def _subject_party(subject: str, kind: str) -> str:
    stems = _kind_words(kind)
    kept = [
        w
        for w in subject.split()
        if not any(names.plain(w).startswith(s) for s in stems if s) and names.plain(w)
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
    when: DateRef | None  # as_of, or the article's publication date
    wording: str  # folded subject without filler, for measures and dates

    @property
    def total(self) -> bool:
        return self.party.composite


def when_of(claim: Claim, articles: Mapping[str, Article]) -> DateRef | None:
    """The date a figure refers to: its `as_of`, else its article's publication date."""
    if claim.as_of is not None:
        return claim.as_of
    article = articles.get(claim.article)
    return article.published if article else None


@cache
def _wording(subject: str) -> str:
    return " ".join(w for w in names.plain(subject).split() if w not in _FILLER)


@cache
def _place_names(place: str | None) -> tuple[str, ...]:
    if not place or not place.strip():
        return ()
    return tuple(p for p in _PLACE_SPLIT.split(place.strip()) if p and names.fold(p))


def profiles(claims: Iterable[Claim], articles: Mapping[str, Article]) -> dict[str, Profile]:
    """A Profile for every claim, by claim id (names are clustered once, over all claims)."""
    claims = sorted(claims, key=lambda c: c.id)
    place_words = names.aliases().place_words
    places = [p for c in claims for p in _place_names(c.place)]
    place_of = names.lookup(names.cluster(places, drop=place_words))
    event_of = names.lookup(names.cluster(c.event for c in claims if c.event))
    owners: list[str] = []
    for claim in claims:
        owned = _POSSESSOR.match(" ".join(party_text(claim).split()))
        if owned:
            owners.append((owned["loyal"] or owned["owner"]).strip())
    people = {v: e.canonical for e in names.cluster(owners) for v in e.variants}
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
        found[claim.id] = Profile(
            claim,
            nature,
            party_cache[(text, derived)],
            keys,
            claim.place.strip() if claim.place else None,
            names.plain(event) if event else None,
            when_of(claim, articles),
            wording,
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
    live = sorted((c for c in claims if c.status is not Status.REJECTED), key=lambda c: c.id)
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
        if nature in ("toll", "stock"):
            if nature == "toll" or block[0].party.episodic:
                scopes = _events(block)
            else:
                scopes = [("", block, ["a stock: compared across any gap in time"])]
        else:
            scopes = _wordings(block)
        for scope, members, why in scopes:
            for place, placed, place_why in _places(members, contain=nature == "toll"):
                subjects.append(_subject(kind, scope, place, placed, why + place_why))
    return sorted(subjects, key=lambda s: s.key)


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
    return Subject(key, label, kind, claims, tuple(why + reasons))

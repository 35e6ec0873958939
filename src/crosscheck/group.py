"""Group claims that measure the same quantity into subjects.

Claims are put together when they have

- the same kind (killed, troops, population, ...);
- the same party (parties.py: side, role and nationality; a part is never compared with its
  whole as a rival figure, compare.py checks the part against the whole instead);
- for tolls, the same event: the dates the figures are *about* (`about`, else `as_of`, else
  the article's publication date) within WINDOW_DAYS of each other (chained), and places
  that are one scene (the same place, or within places.NEAR_KM; for a side's forces, also
  places in two neighbouring countries, in a story that names both), or a named event.  A claim
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
- for distances: the same endpoints (`from`, `to`, in either order); one with one end
  named is of the only route the block takes from that end, if there is one; a distance
  without endpoints only with the same wording in its own article (in any article when its
  words say more than "distance": a quake's "depth");
- for the other measures and dates (percent, other, date): the same wording of the subject
  (fuzzy) and the same `as_of`, since these are too varied to match on party alone (counts
  of no kind: `as_of` days chained within OTHER_DAYS, one count told on the days after it:
  "more than 30,000 hectares" burnt, the governor says; "18,000", a mapping service); counts
  of no kind of people in one state ("people inside", "people stranded":
  model.PEOPLE_STATES; everyone there by any word news use for them, "passengers aboard" =
  "people aboard": parties.everyone_present) with the days of their event (`about`, else
  `as_of`: a look back months later counts a ferry's passengers again) chained within
  WINDOW_DAYS, their places joined
  when they are one scene (places.agree: the same, one within the other, or near), since
  each article gives its own dateline for the people aboard one craft.

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
from collections.abc import Callable, Iterator, Mapping, Sequence

from rapidfuzz import fuzz, process

from crosscheck import model, names, parallel, places
from crosscheck.disjoint import DisjointSet
from crosscheck.model import OTHER_KIND, Article, Claim, DateRef, Subject, in_a_state
from crosscheck.parties import (
    daily_roles,
    everyone_key,
    everyone_present,
    names_only_people,
    no_one_in_particular,
    party_text,
    read_party,
    state_side,
)
from crosscheck.places import Place
from crosscheck.profiles import Profile, profiles
from crosscheck.vocab import is_share, kinds

WINDOW_DAYS = 21
"""Tolls about dates within this many days of each other (and agreeing places) are one
event: reports of one battle or one week of unrest run on for weeks."""

_FOLLOW_UP = "a later report with no date of its own follows up on the event before"
FOLLOW_UP_DAYS = 400
"""A report that names no date for its event, alone at its date, follows up on the latest
event at its place at most this many days before ("the toll of the clashes rose to 180",
"a year after the clashes, an inquiry counted 300 dead")."""

SUBJECT_RATIO = 90.0
"""Fuzzy score (token sort ratio) at which two subject wordings are one (measures, dates)."""

_PLACE_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bor\b)\s*")
_POSSESSOR = re.compile(
    r"^(?:(?:forces|troops|men|fighters|supporters)\s+loyal\s+to\s+(?P<loyal>.+)"
    r"|(?P<owner>.+?)['’ʼ]s?\s+(?P<head>.+))$",
    re.IGNORECASE,
)
_FILLER = frozenset({"the", "a", "an", "of", "in", "on", "at", "by", "to", "and", "total", "all"})


# --------------------------------------------------------------------------- grouping


_PARALLEL_CLAIMS = 20_000
"""From about this many claims to group, blocks are grouped in a process per core."""


def group(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    known: Mapping[str, Profile] | None = None,
    *,
    jobs: int | None = 1,
) -> list[Subject]:
    """Subjects: claims judged to measure the same quantity, sorted by key.  `known` are the
    claims' profiles if they are computed already (see `profiles`).  Blocks are grouped in
    `jobs` processes when there are many claims (None: one per core)."""
    live = sorted(model.live(claims), key=lambda c: c.id)
    subjects: list[Subject] = []
    pinned: dict[str, list[Claim]] = defaultdict(list)
    free: list[Claim] = []
    for claim in live:
        name = pin_of(claim)
        (pinned[name] if name else free).append(claim)
    for name, chosen in sorted(pinned.items()):
        subjects.append(pinned_subject(name, chosen))
    known = known if known is not None else profiles(free, articles)
    blocks: dict[tuple[str, str], list[Profile]] = defaultdict(list)
    for profile in (known[c.id] for c in free):
        blocks[block_of(profile)].append(profile)
    order = sorted(blocks)
    # Workers send back each subject with its claims' ids, not the claims.
    made = parallel.map_chunks(
        _group_blocks,
        order,
        weights=[len(blocks[key]) for key in order],
        jobs=jobs,
        min_weight=_PARALLEL_CLAIMS,
        shared=(blocks, names.corpus_root()),
        label="grouping claims",
    )
    by_id = {claim.id: claim for claim in free}
    for key, label, kind, ids, reasons in made:
        subjects.append(Subject(key, label, kind, tuple(by_id[i] for i in ids), reasons))
    return sorted(subjects, key=lambda s: s.key)


def _group_blocks(
    order: list[tuple[str, str]],
) -> list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]:
    """The subjects of the shared blocks (by `block_of`) at `order`, each with the ids of its
    claims in place of the claims."""
    blocks, root = parallel.shared()
    names.use_corpus(root)  # as in the process that shared them (a no-op in a fork of it)
    return [
        (s.key, s.label, s.kind, tuple(c.id for c in s.claims), s.reasons)
        for block in order
        for s in group_block(block[0], blocks[block])
    ]


def pin_of(claim: Claim) -> str:
    """The group a claim is pinned to by hand ("" if none)."""
    return claim.group.strip() if claim.group else ""


def pinned_subject(name: str, chosen: Sequence[Claim]) -> Subject:
    """The subject of the claims pinned to group `name` (sorted by id)."""
    kind = Counter(c.kind for c in chosen).most_common(1)[0][0]
    return Subject(
        f"pinned|{name}",
        name,
        kind,
        tuple(chosen),
        (f"pinned by hand: group {name!r} in the claim files",),
    )


def block_of(profile: Profile) -> tuple[str, str]:
    """The block a claim that is not pinned is grouped in: its kind and its party's key.
    Claims of different blocks are never in one subject, so blocks are grouped apart."""
    return (profile.claim.kind, profile.party.key)


def _wording(profile: Profile, crew_apart: bool = False) -> str:
    """The wording a measure is compared by; a count of everyone where they were as "people
    <state>" ("passengers aboard" = "people aboard", "workers inside" = "men inside":
    parties.everyone_present), but not passengers when a report of the block counts a crew
    apart (`crew_apart`: "68 passengers and four crew" are not the 72 aboard, and another
    report's "240 passengers" are then passengers too)."""
    words = profile.wording.split()
    if (
        in_a_state(profile.claim.kind, profile.wording)
        and everyone_present(read_party(" ".join(words[:-1])))
        and not (crew_apart and words[0] == "passengers")
    ):
        return f"{everyone_key()} {words[-1]}"
    return profile.wording


def group_block(kind: str, block: Sequence[Profile]) -> list[Subject]:
    """The subjects of one block (`block_of`) of claims of `kind`, given by their profiles
    sorted by claim id, in the order `group` finds them."""
    block = list(block)
    subjects: list[Subject] = []
    nature = block[0].nature
    if nature == "toll" or (
        nature == "stock" and block[0].party.episodic and block[0].party.role not in daily_roles()
    ):
        # (an armed group's fighters of one episode: its events and scenes, as its tolls)
        for scope, members, why, spot in _scenes(block):
            subjects.append(_subject(kind, scope, "".join(spot), members, why))
        return subjects
    if nature == "stock":
        if block[0].party.role in daily_roles():
            scopes = _events(block, 0)  # "5,000 officers were deployed": that day's
        elif block[0].party.episodic:
            scopes = _events(block)
        else:
            scopes = [("", block, ["a stock: compared across any gap in time"])]
    elif kind == "distance":
        scopes = _routes(block)
    else:
        scopes = _wordings(block)
    for scope, members, why in scopes:
        state = in_a_state(kind, members[0].wording)  # (of no kind: model.in_a_state)
        split = (
            _scene_places(members)
            if state
            # (a share with no place, a nation's, meets no town's: "38 percent in the capital")
            else _places(members, contain=False, loose=not is_share(kind))
        )
        for place, placed, place_why in split:
            subjects.append(_subject(kind, scope, place, placed, why + place_why))
    return subjects


def _scene_places(members: list[Profile]) -> list[tuple[str, list[Profile], list[str]]]:
    """Split the counts of people in one state (aboard, inside) of one event by place only
    where their places are not one scene: the passengers aboard one ferry are counted from
    the capital, the port and the home town of its victims (places.agree: the same place,
    one within the other, or within NEAR_KM)."""
    resolved = {m.place.key: m.place for m in members if m.place is not None}
    if len(resolved) < 2:
        return _places(members, contain=False)
    keys = sorted(resolved)
    scene = DisjointSet(keys)
    linked: list[tuple[str, str]] = []
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if (agreed := places.agree(resolved[a], resolved[b])) is not None:
                scene.union(a, b)
                linked.append((a, agreed))
    # Places the gazetteer does not know (the port a ferry left, the village it sank off):
    # one scene where their reports are about places that are ("the passengers aboard" of
    # one day in two reports from one country).
    around: dict[str, list[Place]] = defaultdict(list)
    for member in members:
        if (
            member.place is not None
            and member.article_place is not None
            and member.place.key.startswith("name:")
        ):
            around[member.place.key].append(member.article_place)
    unknown = sorted(around)
    for i, a in enumerate(unknown):
        # ... and one scene with a place the gazetteer knows that holds the place of the
        # reports naming it ("off Westby" in reports about Libya, "Libya" in another)
        others = [(b, around[b]) for b in unknown[i + 1 :]]
        others += [(b, [resolved[b]]) for b in keys if b not in around]
        for b, theirs in others:
            agreed = next(
                (said for pa in around[a] for pb in theirs if (said := places.agree(pa, pb))),
                None,
            )
            if agreed is not None and scene.union(a, b):
                linked.append((a, f"{resolved[a].name} and {resolved[b].name}: {agreed}"))
    if members[0].wording.split()[-1] == "aboard":
        # Those aboard one craft on one day are counted where it left, where it sank, where
        # the survivors landed and in the capital: places of one country are one scene.
        country = {
            key: resolved[key].country or next((p.country for p in around[key] if p.country), None)
            for key in keys
        }
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if country[a] and country[a] == country[b] and scene.union(a, b):
                    linked.append((a, f"{resolved[a].name} and {resolved[b].name}: one country"))
    if not linked:
        return _places(members, contain=False)
    groups: dict[str, list[Profile]] = defaultdict(list)
    for member in members:
        groups[scene.find(member.place.key) if member.place is not None else ""].append(member)
    unplaced = groups.pop("") if "" in groups and len(groups) == 2 else []
    if unplaced:
        # counts with no place join the one scene of the others, as they join one place
        # (`_places`)
        groups[next(iter(groups))] += unplaced
    found: list[tuple[str, list[Profile], list[str]]] = []
    for root, placed in sorted(groups.items()):
        if not root:
            found.extend(_places(placed, contain=False))
            continue
        labels = sorted({m.place_label for m in placed if m.place_label}) or [""]
        why = [f"one scene: {' = '.join(labels)}"] if len(labels) > 1 else [f"place: {labels[0]}"]
        why += sorted({w for a, w in linked if scene.find(a) == root})
        if unplaced:
            why.append("claims with no place match any place")
        found.append((names.plain(resolved[root].name), placed, why))
    return found


def _scenes(block: list[Profile]) -> list[tuple[str, list[Profile], list[str], list[str]]]:
    """Split a block of tolls into events: claims are one event when the dates they are
    about are within WINDOW_DAYS of each other and their places are one scene (the same
    place or near: places.same_scene; two bordering countries only when the article of one
    of the two claims names both), or when they name one event.  A claim placed in a
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
    forces = state_side(block[0].party)  # (one party per block: block_of)
    for n, ka in enumerate(keys):  # places that are one scene
        for kb in keys[n + 1 :]:
            scene = places.same_scene(spot[ka], spot[kb])
            neighbours = places.in_neighbouring_countries(spot[ka], spot[kb])
            if scene is None and forces and neighbours:
                # A border clash's dead soldiers of one side, counted from either capital
                # ("EASTPORT - 49 soldiers", "WESTBY - 135 servicemen"): one scene, as the two
                # countries are below (not counts of people of no side: a cyclone's dead on
                # either side of a border are two tolls).
                scene = f"{spot[ka].name} and {spot[kb].name} are in neighbouring countries"
            if scene is None:
                continue
            # Two countries side by side are one scene only in a story that names both (a
            # clash told from either side), not for a flood in one and a stampede in the other.
            sides = (
                frozenset((spot[ka].country or "", spot[kb].country or ""))
                if neighbours or places.bordering(spot[ka], spot[kb])
                else None
            )
            for i in at[ka]:
                for j in within_window(kb, ordered[i]):
                    if (
                        sides is None
                        or sides <= ordered[i].countries
                        or sides <= ordered[j].countries
                    ):
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
    # it, or, of several, the one at a place its own article names; else it cannot tell
    # which and stays apart.
    for key in keys:
        inner = [k for k in keys if k != key and places.within(spot[k], spot[key])]
        if not inner:
            continue
        for i in at[key]:
            a = ordered[i]
            if a.place is None or a.place.key != key:
                continue
            event = _the_one_event(a, inner, within_window, root)
            if event is not None:
                j = event[0]
                inside = ordered[j].place or spot[key]
                join(i, j, f"{inside.name} is within {a.place.name}")
    _unknown_towns_join(ordered, keys, spot, at, within_window, root, join)
    _placeless_join(ordered, root, join)
    _follow_ups(ordered, root, join)
    members: dict[int, list[Profile]] = defaultdict(list)
    for i, profile in enumerate(ordered):
        members[root(i)].append(profile)
    found: list[tuple[str, list[Profile], list[str], list[str]]] = []
    for first, chosen in sorted(members.items()):
        dates = sorted({str(about) for about in {p.about for p in chosen if p.about}})
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


def _the_one_event(
    a: Profile,
    keys: Sequence[str],
    within_window: Callable[[str, Profile], list[int]],
    root: Callable[[int], int],
) -> tuple[int, str] | None:
    """The one event at the places `keys` within the window of `a`'s date (a claim of it,
    and the key it is listed at), or, of several, the one at a place `a`'s own article
    names; None when it cannot tell which."""
    roots: dict[int, tuple[int, str]] = {}
    named: dict[int, tuple[int, str]] = {}
    for k in keys:
        for j in within_window(k, a):
            roots.setdefault(root(j), (j, k))
            if k in a.named:
                named.setdefault(root(j), (j, k))
        if len(named) > 1 or (len(roots) > 1 and not a.named):
            return None
    pick = roots if len(roots) == 1 else named
    return next(iter(pick.values())) if len(pick) == 1 else None


def _unknown_towns_join(
    ordered: list[Profile],
    keys: Sequence[str],
    spot: Mapping[str, Place],
    at: Mapping[str, list[int]],
    within_window: Callable[[str, Profile], list[int]],
    root: Callable[[int], int],
    join: Callable[[int, int, str], None],
) -> None:
    """A claim at a town the gazetteer does not know, but in a known country (a village the
    story places in it), may be anywhere in that country: as a claim placed in the country
    only, it joins the one event at the country's known towns within the window of its date,
    or, of several, the one at a place its own article names; else it stays apart."""
    for key in keys:
        here = spot[key]
        if here.lat is not None or here.country is None or not key.startswith("name:"):
            continue
        country = f"country:{here.country}"
        towns = [k for k in keys if spot[k].lat is not None and country in spot[k].around]
        if not towns:
            continue
        for i in at[key]:
            a = ordered[i]
            if a.place is None or a.place.key != key:
                continue
            event = _the_one_event(a, towns, within_window, root)
            if event is not None:
                j, k = event
                join(
                    i,
                    j,
                    f"{here.name} (in {here.country}, not in the gazetteer) and "
                    f"{spot[k].name}: the one event in the country",
                )


def _placeless_join(
    ordered: list[Profile],
    root: Callable[[int], int],
    join: Callable[[int, int, str], None],
) -> None:
    """A claim of an article that names no place at all (neither the claim nor its article
    has one: a dateline the gazetteer lacks, no town named) joins the one event that the
    other articles' placed claims make within the window of its date; of several, it
    cannot tell which and stays with its article."""
    placeless = [
        i
        for i, p in enumerate(ordered)
        if p.place is None and p.article_place is None and p.about is not None
    ]
    if not placeless:
        return
    dated = [
        (p.about.start.toordinal(), i)
        for i, p in enumerate(ordered)
        if p.about is not None and (p.place is not None or p.article_place is not None)
    ]  # (in date order: `ordered` is sorted by its events' dates)
    starts = [start for start, _ in dated]
    longest = max(
        ((p.about.end - p.about.start).days for p in ordered if p.about is not None), default=0
    )
    events = {i: root(i) for _, i in dated}  # before any claim with no place joins one
    for i in placeless:
        a = ordered[i]
        assert a.about is not None
        low = bisect.bisect_left(starts, a.about.start.toordinal() - WINDOW_DAYS - longest)
        high = bisect.bisect_right(starts, a.about.end.toordinal() + WINDOW_DAYS)
        found: dict[int, int] = {}
        for _, j in dated[low:high]:
            b = ordered[j]
            if b.claim.article != a.claim.article and _days_apart(a, b) <= WINDOW_DAYS:
                found.setdefault(events[j], j)
                if len(found) > 1:
                    break
        if len(found) == 1:
            join(
                i, next(iter(found.values())), "a report naming no place: the one event of its days"
            )


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
        and not all(_a_period(ordered[i]) for i in listed)
    }
    by_end = sorted((end, r) for r, end in ends.items())
    by_article: dict[str, set[int]] = defaultdict(set)  # the events each article is in
    for r, listed in events.items():
        for i in listed:
            by_article[ordered[i].claim.article].add(r)
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
        # The events its own article dates other figures of come first ("the attack on
        # 22 March ... the toll now stands at 145": the article's story, not a later event at
        # the same place).
        own = by_article[lone[0].claim.article]
        for other in _earlier(start, [o for o in own if o in ends], ends, by_end, end_days):
            theres = {
                h
                for i in events[other]
                for h in (ordered[i].place, ordered[i].article_place)
                if h is not None
            }
            if _far_apart(heres, theres):
                continue  # a toll in Port Elin follows up on no event in Westby
            if _fallen_far(lone, [ordered[i] for i in events[other]]):
                continue  # an outbreak's 38 dead follow up on no earthquake's 61,000
            # Sets of places iterate in an order that differs between processes (a Place
            # holds None, whose hash is its address): go through them in key order.
            why = next(
                (
                    w
                    for a in sorted(heres, key=_by_key)
                    for b in sorted(theres, key=_by_key)
                    if (w := places.agree(a, b))
                ),
                None,
            )
            if why is not None:
                join(
                    other,
                    r,
                    f"{_FOLLOW_UP}: {why}",
                )
                break


def _a_period(profile: Profile) -> bool:
    """Whether a count is about a period longer than a month (PERIOD_DAYS: "2,400 workers
    died in workplace accidents last year"): a period's total, no event a later report
    updates.  An event dated by its month ("the massacre last June") is an event."""
    about = profile.about
    return about is not None and (about.end - about.start).days > PERIOD_DAYS


def _earlier(
    start: dt.date,
    own: list[int],
    ends: Mapping[int, dt.date],
    by_end: Sequence[tuple[dt.date, int]],
    end_days: Sequence[dt.date],
) -> Iterator[int]:
    """The events a follow-up report about `start` may follow up on, in the order they are
    tried: those of `own`, then the others, each latest first, of those that ended more than
    WINDOW_DAYS (within it the event rules of `_scenes` have decided) and at most
    FOLLOW_UP_DAYS before it."""

    def fits(event: int) -> bool:
        return WINDOW_DAYS < (start - ends[event]).days <= FOLLOW_UP_DAYS

    first = sorted(filter(fits, own), key=lambda o: (ends[o], o), reverse=True)
    yield from first
    for n in range(bisect.bisect_left(end_days, start) - 1, -1, -1):
        end, other = by_end[n]
        if (start - end).days > FOLLOW_UP_DAYS:
            return
        if fits(other) and other not in first:  # (one of `own` is not tried twice)
            yield other


def _by_key(place: Place) -> str:
    return place.key


FALL_FACTOR = 10.0
"""A later count this many times smaller than every count of an earlier event is not a
running total of it: tolls are revised down, but not by an order of magnitude."""


def _fallen_far(later: Sequence[Profile], earlier: Sequence[Profile]) -> bool:
    """Whether the counts of a later report are all far below every count of an earlier
    event (FALL_FACTOR): a story's own toll ("the outbreak has killed 38") beside the toll
    of an older disaster it recalls, not a report that follows that disaster up."""
    largest = max(p.claim.estimate.best for p in later)
    smallest = min(p.claim.estimate.best for p in earlier)
    return largest * FALL_FACTOR < smallest


def _far_apart(heres: set[Place], theres: set[Place]) -> bool:
    """Whether two events both name towns (places with coordinates, finer than a country)
    and none of one's is near any of the other's: they happened in different places,
    whatever country holds both."""
    mine = [p for p in heres if p.lat is not None and not p.key.startswith("country:")]
    theirs = [p for p in theres if p.lat is not None and not p.key.startswith("country:")]
    if not mine or not theirs:
        return False
    return all(
        (far := places.distance_km(a, b)) is not None and far > places.NEAR_KM
        for a in mine
        for b in theirs
    )


PERIOD_DAYS = 31
"""A claim about a period longer than this (a year: "96 people died in mining accidents in
2025") is one event only with claims about dates inside it, not ones WINDOW_DAYS after."""


SEPARATE_DAYS = 7
"""Two figures that each name the day of their event ("on June 7 a car bomb killed 11",
"late Tuesday's attack") are of two incidents when those days are more than this many days
apart: a report that runs on for weeks dates its counts by the day it gives them, not by a
day of the event."""


def _days_apart(a: Profile, b: Profile) -> int:
    """Days between the dates two claims are about (0 when they overlap); more than
    WINDOW_DAYS when they do not overlap and one is about a period (PERIOD_DAYS), or both
    name a day of their own (SEPARATE_DAYS)."""
    assert a.about is not None and b.about is not None
    if a.about.end < b.about.start:
        gap = (b.about.start - a.about.end).days
    elif b.about.end < a.about.start:
        gap = (a.about.start - b.about.end).days
    else:
        return 0
    longest = max((a.about.end - a.about.start).days, (b.about.end - b.about.start).days)
    if longest > PERIOD_DAYS or (gap > SEPARATE_DAYS and _names_its_day(a) and _names_its_day(b)):
        return max(gap, WINDOW_DAYS + 1)
    return gap


def _names_its_day(profile: Profile) -> bool:
    """Whether a claim names the day of its event (its own `about`, one day or two)."""
    about = profile.claim.about
    return about is not None and profile.about_stated and (about.end - about.start).days <= 1


def _routes(block: list[Profile]) -> list[tuple[str, list[Profile], list[str]]]:
    """Split distances by their endpoints (from, to: resolved places, in either order); a
    distance with one end named is of the only route the block takes from that end to a
    named place, if there is one; a distance without endpoints is compared only within its
    own article (by wording), unless its words say more than "distance" ("depth")."""
    routes: dict[str, list[Profile]] = defaultdict(list)
    loose: dict[str, list[Profile]] = defaultdict(list)
    spelled: dict[str, str] = {}
    label = kinds()[block[0].claim.kind].label if block[0].claim.kind in kinds() else ""
    for profile in block:
        ends = [e for e in (profile.claim.from_place, profile.claim.to_place) if e]
        named = sorted(places.resolve(e).key for e in ends)
        if named:
            # (along a road: another measure than as the crow flies between the same ends)
            road = " (by road)" if profile.claim.subject.endswith(" by road") else ""
            key = " -- ".join(named) + road
            spelled[key] = " -- ".join(ends) + road
            routes[key].append(profile)
        elif profile.wording != label and not profile.claim.subject.endswith(" by road"):
            loose[""].append(profile)  # "depth": worded, so compared across articles
        else:
            loose[profile.claim.article].append(profile)
    # ("35 km from the regency capital", the capital unnamed, and "60 km from Westby")
    for key in [k for k in routes if " -- " not in k]:
        longer = [k for k in routes if " -- " in k and key in k.split(" -- ")]
        if len(longer) == 1:
            routes[longer[0]].extend(routes.pop(key))
    found = [(k, m, [f"same endpoints: {spelled[k]}"]) for k, m in sorted(routes.items())]
    for article, members in sorted(loose.items()):
        where = "one article" if article else "the same words"
        for scope, chosen, why in _wordings(members):
            key = f"{article}:{scope}" if article else scope
            found.append((key, chosen, [*why, f"no endpoints: {where}"]))
    return found


def _events(
    block: list[Profile], window: int = WINDOW_DAYS
) -> list[tuple[str, list[Profile], list[str]]]:
    """Split a block by named event, then by dates chained within `window` days."""
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
    scopes.extend(_chain(chain, window) for chain in _chained(dated, window))
    if undated:
        scopes.append(("undated", undated, ["no date given or known"]))
    return scopes


def _when(profile: Profile) -> DateRef | None:
    return profile.when


def _about(profile: Profile) -> DateRef | None:
    return profile.about


def _chained(
    dated: list[Profile], gap: int, date: Callable[[Profile], DateRef | None] = _when
) -> list[list[Profile]]:
    """Dated profiles in date order (`date`: the count's, by default), cut where one starts
    more than `gap` days after all those before it end."""
    chains: list[list[Profile]] = []
    chain_end: dt.date | None = None
    for profile in sorted(
        dated, key=lambda p: (d.start, d.end, p.claim.id) if (d := date(p)) else ()
    ):
        found = date(profile)
        assert found is not None
        if chain_end is None or (found.start - chain_end).days > gap:
            chains.append([])
            chain_end = None
        chains[-1].append(profile)
        chain_end = found.end if chain_end is None else max(chain_end, found.end)
    return chains


def _chain(
    chain: list[Profile], window: int, date: Callable[[Profile], DateRef | None] = _when
) -> tuple[str, list[Profile], list[str]]:
    first = min(d.start for p in chain if (d := date(p)))
    dates = sorted({str(d) for p in chain if (d := date(p))})
    if len(dates) == 1:
        why = f"same date: {dates[0]}"
    else:
        why = f"dates {', '.join(dates)} within {window} days of each other: one event"
    return first.isoformat(), chain, [why]


def _wordings(block: list[Profile]) -> list[tuple[str, list[Profile], list[str]]]:
    """Split a block of measures or dates by subject wording (fuzzy) and `as_of`."""
    crew_apart = any("crew" in p.wording.split() for p in block)
    worded = {p.claim.id: _wording(p, crew_apart) for p in block}  # (once: it may read a party)
    distinct = sorted(set(worded.values()))
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
        if in_a_state(profile.claim.kind, profile.wording):
            # "more than 1,000 people were inside" (police, Sunday), "fewer than 700"
            # (a lawyer, Tuesday): one night's people, counted on different days.
            when = _STATED
        if _says_nothing(profile):
            # "230 people" rescued and "some 9,000 people" sheltered; "54 percent" of the vote
            # and "58.2 percent" turnout, both a "share": a figure whose words say only
            # "people", its kind's own word, or nothing, is compared with no other.
            when += f"#{profile.claim.id}"
        scopes[(same.find(worded[profile.claim.id]), when)].append(profile)
    if block[0].claim.kind == OTHER_KIND:
        scopes = _days_joined(scopes, OTHER_DAYS)
    found: list[tuple[str, list[Profile], list[str]]] = []
    for (wording, when), members in sorted(scopes.items()):
        subjects = sorted({m.claim.subject for m in members})
        why = [f"same wording: {' = '.join(repr(s) for s in subjects)}"]
        days = sorted({str(m.claim.as_of) for m in members if m.claim.as_of})
        if when and len(days) > 1 and when == days[0]:
            why.append(f"dates {', '.join(days)} within {OTHER_DAYS} days of each other")
        elif when:
            why.append(f"same date: {when}")
        timed = not when and members[0].nature == "measure"  # not a date: it stays put
        if when == _STATED:
            # About days within WINDOW_DAYS of each other: one event's people (the day of
            # the event when the figure's sentence or article names it, else of the count:
            # the people aboard a ferry are counted again in a look back months later).
            dated = [m for m in members if m.about is not None]
            spells = _chained(dated, WINDOW_DAYS, _about) or [[]]
            spells[0] += [m for m in members if m.about is None]
            for spell in spells:
                first, chosen, apart = (
                    _chain(spell, WINDOW_DAYS, _about) if dated else ("", spell, [])
                )
                found.append((f"{wording}~{first}", chosen, why[:1] + apart))
            continue
        for era, chosen, apart in _eras(members) if timed else [("", members, [])]:
            key = f"{wording}@{when}" if when else wording
            found.append((f"{key}~{era}" if era else key, chosen, why + apart))
    return found


def _days_joined(
    scopes: dict[tuple[str, str], list[Profile]], gap: int
) -> dict[tuple[str, str], list[Profile]]:
    """Scopes of one wording dated on days no more than `gap` apart, one after another
    (`_chained` by `as_of`), joined under the first day: "more than 30,000 hectares" burnt
    (the governor) and "18,000" (a mapping service, the next day) are one fire's count told
    on two days."""
    joined: dict[tuple[str, str], list[Profile]] = {}
    dated: dict[str, list[Profile]] = defaultdict(list)
    for (wording, when), members in scopes.items():
        if _ONE_DAY.fullmatch(when):
            dated[wording].extend(members)
        else:
            joined[(wording, when)] = members  # (stated, undated, a figure of its own)
    for wording, members in dated.items():
        for chain in _chained(members, gap, _as_of):
            joined[(wording, str(chain[0].claim.as_of))] = chain
    return joined


def _as_of(profile: Profile) -> DateRef | None:
    return profile.claim.as_of


_ONE_DAY = re.compile(r"\d{4}-\d\d-\d\d")
"""A scope's date that is one day (not a month, a range, or a scope of its own)."""


OTHER_DAYS = 3
"""Days apart within which counts of no kind in the same words are one count (_days_joined)."""


def _eras(members: list[Profile]) -> list[tuple[str, list[Profile], list[str]]]:
    """Undated measures (a share of the vote, a turnout) split where their reports are more
    than ERA_DAYS apart: the share of one election is no rival of the next one's."""
    eras = _chained([p for p in members if p.when is not None], ERA_DAYS)
    if len(eras) < 2:
        return [("", members, [])]
    eras[0] += [p for p in members if p.when is None]
    return [
        (str(era[0].when.start) if era[0].when else "", era, [f"reports within {ERA_DAYS} days"])
        for era in eras
    ]


ERA_DAYS = 365

_STATED = "stated"
"""The scope of counts of no kind whose people are in one state: compared across days."""


def _says_nothing(profile: Profile) -> bool:
    """Whether a figure's subject says what it measures no more than "figure" (the
    extractor's subject of a figure with no noun) or its kind's own word ("share" for a
    percent) do, or, for a figure of no kind, than "people"."""
    wording = profile.wording
    kind = profile.claim.kind
    spec = kinds().get(kind)
    if wording in ("", "figure") or (
        # "date of date" too, as earlier versions of the extractor wrote it
        spec is not None and set(wording.split()) == {names.plain(spec.label)}
    ):
        return True
    return kind == OTHER_KIND and names_only_people(wording)


def _places(
    members: list[Profile], contain: bool, loose: bool = True
) -> list[tuple[str, list[Profile], list[str]]]:
    """Split claims by place: same entity (or, when `contain`, one place within another);
    claims with no place join the one place of the others, when `loose`."""
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
        if unplaced and len(groups) == 1 and loose:
            placed = placed + unplaced
            why.append("claims with no place match any place")
        found.append((place, placed, why))
    if unplaced and (len(groups) != 1 or not loose):
        if groups or not no_one_in_particular(unplaced[0].party) or unplaced[0].nature != "stock":
            found.append(("", unplaced, ["no place given"] if groups else []))
        else:
            # A stock of neither a place nor a party ("about 6,500 inhabitants", "some 300
            # residents"): each article's own, compared with no other article's (measures
            # and dates have their wording to say what they are).
            by_article: dict[str, list[Profile]] = defaultdict(list)
            for member in unplaced:
                by_article[member.claim.article].append(member)
            for article, members in sorted(by_article.items()):
                found.append((f"@{article}", members, ["no place or party given: one article"]))
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
        dates = {str(about) for about in {p.about for p in members if p.about}}
        parts.append(
            f"about {scope}"
            if len(dates) < 2
            else f"about {scope} (dates within {WINDOW_DAYS} days)"
        )
    elif members[0].nature == "stock" and not scope:
        parts.append("a stock, at any date")
    return BASIS + ", ".join(parts)

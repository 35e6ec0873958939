"""Compare the figures of each subject and say whether the sources agree.

Every pair of claims in a subject that come from different articles, or from different
origins in one article, gets a relation; the subject's verdict is its worst relation.  Two
tolls one origin gives in one article are one count said twice (or a part of it in passing)
and are not compared, unless one is SHARP_RATIO times the other: the source has cut or
raised its count sharply ("as many as 3,000 at first, 120 now"), a dispute.  Each pair is
judged by the rules of pairs.py; independent origins are counted by origins.py.  A toll's
later, higher figure is no step of the count when a report gives the earlier figure's origin
again, on one day with it, in words that set the two against each other ("a council member,
however, said more than 1,000"): it disputes the first statement too (`_restated`).

Findings: a subject whose figures are not disputed is one finding.  When figures are
disputed (contradiction or tension), the disputed claims are put in groups every two of
which dispute each other, covering every disputed pair, worst pair first, and each group is
a finding: so a running toll 124 -> 170 -> 191 is never held in one finding with a rival
estimate of 2,000 that contradicts only its last figure, two rival estimates that both
dispute one official figure share one finding, and two claims that agree (a headline and
its body, two outlets with one figure) are never held in one finding as if they disputed
each other: each is held with its rivals in a finding of its own.  At most MAX_DISPUTES
groups per subject; the subject's running toll or change, if any, is then a finding of its
own.

Parts and wholes: when one toll subject's party is counted within another's (parties.among:
hostages within people, one nationality's soldiers within all soldiers) in one event
(the same article, or agreeing places, and dates within the grouping window), the part is
checked against the claims of the whole that count it (a subject of people also holds its
civilians, who do not count soldiers): a part larger than the whole, beyond the slack of
both, counted at the same time or before a whole that came later, is a contradiction held
with that whole; a part at or below its whole says nothing.

Totals: a claim whose party joins two parties ("soldiers and gunmen") is a
total; its parts are the claims of the same article, kind and date for those parties, all
from one origin (the total's own when it gives them).  The sum of the parts is then judged
against the total like a second figure: consistent when they agree (30 = 12 + 18),
contradiction or tension when they do not.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, NamedTuple

from crosscheck import group as grouping
from crosscheck import model, names, parallel, places, quantities
from crosscheck import profiles as profiling
from crosscheck.model import (
    ARTICLE_VOICE,
    Article,
    Claim,
    DateRef,
    Estimate,
    Finding,
    Qualifier,
    Subject,
    Verdict,
)
from crosscheck.origins import origin_classes, origin_key
from crosscheck.pairs import (
    COUNT_NATURES,
    STOCK_HORIZON_DAYS,
    Judgement,
    Point,
    Rank,
    Relation,
    contrasted,
    days_apart,
    describe,
    described,
    difference,
    judge,
    lend_camps,
    mark_walk_backs,
    rank_of,
    relative_gap,
    set_against,
    sharp,
    slack_of,
    source_words,
    stated,
    to_relation,
)
from crosscheck.parties import Party, among, party_order, party_text, without_groups
from crosscheck.profiles import Profile, when_of
from crosscheck.vocab import kinds

if TYPE_CHECKING:
    from crosscheck.incremental import Memo

MAX_PAIRS = 400
"""A subject with more claims than this compares representative figures, not every pair."""


# --------------------------------------------------------------------------- subjects


def _support(
    claims: Sequence[Claim], classes: Mapping[str, int], articles: Mapping[str, Article]
) -> dict[str, int]:
    """Claim id -> number of independent origins stating the same figure at the same time."""
    backers: dict[tuple[float, DateRef | None], set[int]] = defaultdict(set)
    keys = {c.id: (c.estimate.best, when_of(c, articles)) for c in claims}
    for claim in claims:
        backers[keys[claim.id]].add(classes[claim.id])
    return {c.id: len(backers[keys[c.id]]) for c in claims}


def _representatives(claims: Sequence[Claim], articles: Mapping[str, Article]) -> list[Claim]:
    """For a very large subject: per date, the claims with the lowest and highest figures and
    bounds (where the worst pairs are), plus the first claim of each date."""
    by_date: dict[DateRef | None, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_date[when_of(claim, articles)].append(claim)
    chosen: dict[str, Claim] = {}
    for members in by_date.values():
        picks = (
            min(members, key=lambda c: (c.estimate.best, c.id)),
            max(members, key=lambda c: (c.estimate.best, c.id)),
            min(members, key=lambda c: (stated(c.estimate, True)[1], c.id)),
            max(members, key=lambda c: (stated(c.estimate, True)[0], c.id)),
            min(members, key=lambda c: c.id),
        )
        chosen.update({c.id: c for c in picks})
    picked = sorted(chosen.values(), key=lambda c: c.id)
    if len(picked) > MAX_PAIRS // 4:
        picked = sorted(picked, key=lambda c: (c.estimate.best, c.id))
        picked = picked[: MAX_PAIRS // 8] + picked[-MAX_PAIRS // 8 :]
    return picked


def relations(
    subject: Subject,
    articles: Mapping[str, Article],
    classes: Mapping[str, int] | None = None,
) -> list[Relation]:
    """Every comparable pair of the subject's claims (different articles, or different origins
    in one article), worst first."""
    claims = sorted(subject.claims, key=lambda c: c.id)
    classes = classes or origin_classes(claims, articles)
    support = _support(claims, classes, articles)
    nature = _nature(subject.kind, claims)
    found = [
        to_relation(judged, articles, nature)
        for judged in _judgements(claims, subject.kind, articles, classes, support)
    ]
    return sorted(found, key=_worst_first)


def _judgements(
    claims: Sequence[Claim],
    kind: str,
    articles: Mapping[str, Article],
    classes: Mapping[str, int],
    support: Mapping[str, int],
) -> Iterator[Judgement]:
    """The judgements of the comparable pairs (all pairs up to 40 claims, else pairs of
    representative claims)."""
    nature, horizon = _nature(kind, claims), _horizon(kind, claims)
    pool = claims if len(claims) <= 40 else _representatives(claims, articles)
    count = nature in COUNT_NATURES
    points = [Point(c, articles, count) for c in pool]

    def comparable(pa: Point, pb: Point) -> bool:
        return (
            pa.article != pb.article
            or classes[pa.id] != classes[pb.id]
            or (nature == "toll" and (sharp(pa.best, pb.best) or _fell(pa, pb)))
        )

    if nature == "toll":
        lend_camps(points)
        mark_walk_backs(points, comparable)
    found = [
        judged
        for i, pa in enumerate(points)
        for pb in points[i + 1 :]
        if comparable(pa, pb) and (judged := judge(pa, pb, nature, support, horizon)) is not None
    ]
    yield from _restated(found, classes, articles) if nature == "toll" else found


def _one_day(j: Judgement) -> bool:
    """Whether the two figures of a judgement were given on one day (by their dates)."""
    a, b = j.first.when, j.second.when
    return a is not None and b is not None and a.start == b.start and a.end == b.end


def _restated(
    found: list[Judgement], classes: Mapping[str, int], articles: Mapping[str, Article]
) -> list[Judgement]:
    """A toll's step that its first figure's origin states again where a rival disputes it
    ("Westby Watch documented 600 dead" in 2014; in 2017 a report gives Westby Watch's 600
    again and "a council member, however, said more than 1,000"): the rival disputes the
    first statement too, not a running toll's step after it.  The rival must be set against
    the figure given again in one report, on one day, in words that contrast them."""
    disputed = {
        (j.first.id, j.second.id): j
        for j in found
        if j.verdict in _DISPUTED and j.first.article == j.second.article and _one_day(j)
    }
    if not disputed or not any(j.verdict is Verdict.UPDATE for j in found):
        return found
    disputed.update({(b, a): j for (a, b), j in list(disputed.items())})
    # the disputed figures by origin and value: where a first figure is given again
    again: dict[tuple[int, float], list[str]] = defaultdict(list)
    for (a, _), j in disputed.items():
        point = j.first if j.first.id == a else j.second
        again[(classes[a], point.best)].append(a)
    contrasts: dict[str, bool] = {}  # claim id -> its sentence contrasts (read when needed)

    def set_against(j: Judgement) -> bool:
        for point in (j.first, j.second):
            if point.id not in contrasts:
                contrasts[point.id] = contrasted(point.claim, articles.get(point.article))
        return contrasts[j.first.id] or contrasts[j.second.id]

    kept: list[Judgement] = []
    for j in found:
        if j.verdict is Verdict.UPDATE:
            rival = next(
                (
                    disputed[(other, j.second.id)]
                    for other in again.get((classes[j.first.id], j.first.best), ())
                    if other != j.first.id
                    and (other, j.second.id) in disputed
                    and set_against(disputed[(other, j.second.id)])
                ),
                None,
            )
            if rival is not None:
                j = j._replace(verdict=rival.verdict, severity=rival.severity, how="restated")
        kept.append(j)
    return kept


def _fell(pa: Point, pb: Point) -> bool:
    """Whether one article gives a toll's earlier count higher than its later one ("revised
    down to 164 from the previous 187"): a count that fell, which the reader should see."""
    if pa.mid is None or pb.mid is None or pa.mid == pb.mid:
        return False
    earlier, later = (pa, pb) if pa.mid < pb.mid else (pb, pa)
    return earlier.best - later.best > max(earlier.slack, later.slack)


_DISPUTED = (Verdict.CONTRADICTION, Verdict.TENSION)
_MOVED = (Verdict.UPDATE, Verdict.CHANGED)


def _worst(
    judgements: Iterable[tuple[Rank, Judgement]],
) -> tuple[Judgement | None, Judgement | None]:
    """The worst of some judgements, each with its rank (as `_worst_first` ranks), and the
    worst update among them."""
    worst: tuple[Rank, Judgement] | None = None
    update: tuple[Rank, Judgement] | None = None
    for rank, judged in judgements:
        if worst is None or rank < worst[0]:
            worst = (rank, judged)
        if judged.verdict is Verdict.UPDATE and (update is None or rank < update[0]):
            update = (rank, judged)
    return (worst[1] if worst else None), (update[1] if update else None)


def _worst_first(relation: Relation) -> Rank:
    """Worst verdict, then highest severity; among equals, pairs of two named sources that
    differ read best, then claim ids decide."""
    first, second = relation.first.attribution, relation.second.attribution
    return rank_of(
        relation.verdict,
        relation.severity,
        (first.source == ARTICLE_VOICE) + (second.source == ARTICLE_VOICE),
        names.plain(first.source) == names.plain(second.source),
        relation.first.id,
        relation.second.id,
    )


def _nature(kind: str, claims: Sequence[Claim] = ()) -> str:
    """How the figures of a kind are compared: its nature (kinds.yaml), except that a toll
    whose count moves both ways (`horizon_days`: the missing; those still in hospital or
    still held, `_in_care`) is compared as a "level" (pairs.py)."""
    spec = kinds().get(kind)
    if spec is None:
        return "measure"
    return "level" if spec.horizon_days or _in_care(claims) else spec.nature


CARE_SCOPES = ("(in hospital)", "(still held)", "(in camps)")
"""The scopes of counts of people still in care, custody or camps: patients are discharged,
the held released, the displaced go home, so the count falls as well as rises."""
CARE_HORIZON_DAYS = 0
"""Counts of people still in care or custody on different days are a change, not a dispute,
whichever way they move (more admitted, or discharged)."""


def _in_care(claims: Sequence[Claim]) -> bool:
    """Whether every claim counts people still in care or custody (CARE_SCOPES)."""
    return bool(claims) and all(c.subject.endswith(CARE_SCOPES) for c in claims)


def _is_toll(kind: str) -> bool:
    spec = kinds().get(kind)
    return spec is not None and spec.nature == "toll"


def _horizon(kind: str, claims: Sequence[Claim] = ()) -> int:
    """Days beyond which two figures of a stock are a change (kinds.yaml `horizon_days`;
    CARE_HORIZON_DAYS for counts of people still in care or custody)."""
    if _in_care(claims):
        return CARE_HORIZON_DAYS
    spec = kinds().get(kind)
    return spec.horizon_days if spec and spec.horizon_days else STOCK_HORIZON_DAYS


# --------------------------------------------------------------------------- totals


def _sum(parts: Sequence[Estimate]) -> Estimate:
    lows = [p.low for p in parts]
    highs = [p.high for p in parts]
    low = None if any(v is None for v in lows) else sum(v for v in lows if v is not None)
    high = None if any(v is None for v in highs) else sum(v for v in highs if v is not None)
    qualifier = Qualifier.EXACT if low == high and low is not None else Qualifier.RANGE
    if low is not None and high is None:
        qualifier = Qualifier.AT_LEAST
    elif low is None and high is not None:
        qualifier = Qualifier.UP_TO
    return Estimate(sum(p.best for p in parts), low, high, qualifier, parts[0].unit)


def _totals(
    subjects: Sequence[Subject],
    articles: Mapping[str, Article],
    profiles: Mapping[str, Profile],
) -> dict[str, list[Relation]]:
    """Subject key -> relations of its totals to the sum of their parts (same article, same
    kind, same date; from the total's own source when it gives the parts, else any)."""
    index: dict[tuple[str, str], list[Profile]] = defaultdict(list)
    for profile in profiles.values():
        if not profile.total:
            index[(profile.claim.article, profile.claim.kind)].append(profile)
    found: dict[str, list[Relation]] = defaultdict(list)
    for subject in subjects:
        for claim in subject.claims:
            total = profiles.get(claim.id)
            if total is None or not total.total:
                continue
            candidates = [
                p
                for p in index.get((claim.article, claim.kind), ())
                # (a part read as one country's forces is a part of a total of no country's:
                # "8 policemen" of a report from one country, in "10 policemen and gunmen")
                if (
                    p.party.key in total.party.parts
                    or without_groups(p.party.key) in total.party.parts
                )
                and days_apart(p.when, total.when) == 0
            ]
            # The parts must come from one origin: the total's own if it gives them, else
            # the origin that gives parts for the most sides.
            by_origin: dict[str, dict[str, Profile]] = defaultdict(dict)
            for p in sorted(candidates, key=lambda p: p.claim.id):
                by_origin[origin_key(p.claim, articles)].setdefault(p.party.key, p)
            mine = origin_key(claim, articles)
            ranked = sorted(by_origin, key=lambda o: (o != mine, -len(by_origin[o]), o))
            if not ranked or len(by_origin[ranked[0]]) < 2:
                continue
            own = ranked[0] == mine
            chosen = by_origin[ranked[0]]
            parts = [chosen[k] for k in sorted(chosen, key=party_order)]
            whole = _sum([p.claim.estimate for p in parts])
            material = abs(whole.best - claim.estimate.best) > max(
                slack_of(whole), slack_of(claim.estimate)
            )
            named = " + ".join(f"{p.claim.figure} {party_text(p.claim)}" for p in parts)
            source = (
                "same source" if own else f"parts from {source_words(parts[0].claim, articles)}"
            )
            if not material:
                verdict, severity = Verdict.CONSISTENT, 0.0
                text = (
                    f"{describe(claim, articles)} = {named} ({source}): "
                    "the total equals the sum of its parts"
                )
            else:
                la, ha = stated(whole, False)
                lb, hb = stated(claim.estimate, False)
                gap = relative_gap(whole.best, claim.estimate.best, claim.kind)
                apart = ha < lb or hb < la
                verdict = Verdict.CONTRADICTION if apart else Verdict.TENSION
                severity = (0.4 + 0.6 * gap) if apart else (0.2 + 0.4 * gap)
                text = (
                    f"{describe(claim, articles)} vs its parts {named} = "
                    f"{quantities.format_value(whole.best)} ({source}): "
                    f"the total and the sum of its parts differ by "
                    f"{difference(whole, claim.estimate, claim.kind)}"
                )
            found[subject.key].append(
                Relation(claim, parts[0].claim, verdict, round(min(1.0, severity), 3), text)
            )
    return found


# --------------------------------------------------------------------------- findings


_PARALLEL_CLAIMS = 2_000
"""From about this many claims to judge, subjects are compared in a process per core (a
claim costs ~0.1-0.2 ms to judge, starting a worker tens of milliseconds)."""

SLICE_CLAIMS = 50_000
"""Subjects are judged a slice at a time, each of subjects holding about this many claims in
all: only one slice's verdicts and findings are held at once when they go to a `sink` (a
million claims make half a million findings)."""

Sink = Callable[[list[Finding]], None]
"""What takes the findings of each piece of subjects judged, when they are not all returned."""


def compare(
    subjects: Sequence[Subject],
    articles: Mapping[str, Article],
    profiles: Mapping[str, Profile] | None = None,
    *,
    jobs: int | None = None,
    memo: Memo | None = None,
    sink: Sink | None = None,
) -> list[Finding]:
    """The findings of the subjects that have figures to compare, sorted by subject key: one
    per subject, or one per pair of disputed figures (see the module docstring).
    `profiles` are those of the subjects' claims, if they are computed already.  Many
    subjects are compared in `jobs` processes (default: one per core); with a `memo`
    (incremental.py) only those whose inputs changed since it was filled.  With a `sink`,
    the findings go to it as the subjects are judged (a piece of a slice of SLICE_CLAIMS at
    a time), in subject-key order, and none is returned."""
    # Totals and their parts are looked up among the claims of every subject.
    if profiles is None:
        profiles = profiling.profiles([c for s in subjects for c in s.claims], articles)
    totals = _totals(subjects, articles, profiles)
    ordered = sorted([*subjects, *_part_checks(subjects, profiles)], key=lambda s: s.key)
    found: list[Finding] = []
    keys: list[bytes] = []
    # The ledger's rows of the subjects judged are encoded where they are judged.
    encode = memo.encoder(profiles) if memo is not None else None
    for start, end in _slices(ordered):
        part = ordered[start:end]
        # Subjects whose verdicts are kept (incremental.py: same inputs) are not judged again.
        keys_of = memo.keys(part, totals) if memo is not None else []
        kept = memo.lookup(keys_of) if memo is not None else {}
        todo = [i for i in range(len(part)) if not kept or keys_of[i] not in kept]
        ready = 0  # the subjects of the slice before this position have their findings
        with parallel.within(start, len(part), len(ordered)):
            # The verdicts come a piece at a time: this process makes the findings of one
            # while the workers judge the next.
            for upto, fresh in _judged(part, articles, totals, todo, jobs=jobs, encode=encode):
                each = [
                    _findings(part[i], fresh[i])
                    if i in fresh
                    else findings_of(part[i], kept[keys_of[i]])
                    for i in range(ready, upto)
                ]
                if memo is not None:
                    memo.keep({keys_of[i]: judged.results for i, judged in fresh.items()})
                    rows = {i - ready: judged.row for i, judged in fresh.items() if judged.row}
                    memo.judged(part[ready:upto], each, profiles, start + ready, rows)
                flat = [f for findings in each for f in findings]
                if sink is not None:
                    sink(flat)
                else:
                    found += flat
                ready = upto
        keys += keys_of
        del kept
    if memo is not None:
        memo.done(keys, profiles)
    return sorted(found, key=lambda f: f.subject.key)


def _slices(ordered: Sequence[Subject]) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive slices of `ordered` holding about SLICE_CLAIMS claims."""
    start, held = 0, 0
    for index, subject in enumerate(ordered):
        held += len(subject.claims)
        if held >= SLICE_CLAIMS:
            yield start, index + 1
            start, held = index + 1, 0
    if start < len(ordered):
        yield start, len(ordered)


def verdicts(
    ordered: Sequence[Subject],
    articles: Mapping[str, Article],
    totals: Mapping[str, Sequence[Relation]],
    todo: Sequence[int],
    *,
    jobs: int | None = None,
) -> dict[int, list[tuple[tuple[str, ...] | None, _Verdict]]]:
    """The verdicts of the subjects of `ordered` at the indexes `todo` (a grouped subject,
    with `totals` by subject key, or a part-of check), judged in `jobs` processes when there
    are many: index -> [(the claim ids of a disputed group of figures or None for the whole
    subject, verdict)]."""
    fresh: dict[int, list[tuple[tuple[str, ...] | None, _Verdict]]] = {}
    for _, piece in _judged(ordered, articles, totals, todo, jobs=jobs):
        fresh.update({index: judged.results for index, judged in piece.items()})
    return fresh


Encoder = Callable[[Subject, list[Finding]], object]
"""What a subject and its findings are encoded as where they are judged (the ledger's row:
Memo.encoder), or None."""


class Judged(NamedTuple):
    """A subject judged: its verdicts (as `verdicts` gives them), how each narrows the
    subject (`_narrowing`), what the `Encoder` made of it, if one was given, and the
    findings made for it, when it was judged in this process (a worker's would be sent back
    with their claims)."""

    results: list[tuple[tuple[str, ...] | None, _Verdict]]
    narrowings: list[Narrowing | None]
    row: object = None
    findings: list[Finding] | None = None


def _judged(
    ordered: Sequence[Subject],
    articles: Mapping[str, Article],
    totals: Mapping[str, Sequence[Relation]],
    todo: Sequence[int],
    *,
    jobs: int | None = None,
    encode: Encoder | None = None,
) -> Iterator[tuple[int, dict[int, Judged]]]:
    """The subjects of `ordered` at the indexes `todo` judged, a piece at a time as the
    workers finish them, in order: (n, each index of `todo` judged since the last piece ->
    Judged), where n is such that every subject before position n of `ordered` that is in
    `todo` is judged.  The last n is len(ordered)."""
    ready = 0
    # Workers get the subjects by position and send back no claim: the verdicts, claims by
    # position, and the encoded rows.
    for indexes, judged in parallel.pieces(
        _judge_subjects,
        list(todo),
        weights=[judging_weight(ordered[i]) for i in todo],
        jobs=jobs,
        min_weight=_PARALLEL_CLAIMS,
        shared=(ordered, articles, totals, encode),
        label="comparing figures",
    ):
        if indexes:
            ready = indexes[-1] + 1
            yield ready, dict(zip(indexes, judged, strict=True))
    if ready < len(ordered):
        yield len(ordered), {}


def judging_weight(subject: Subject) -> int:
    """How much work judging `subject` is, to share it between processes: its claims.  The
    time grows with them, not with their pairs (bench corpora: linear up to the largest
    subjects, of 130 claims); weighed by pairs, one large subject outweighed hundreds of
    small ones, and the process given those did most of the work."""
    return len(subject.claims)


def findings_of(
    subject: Subject, results: Sequence[tuple[tuple[str, ...] | None, _Verdict]]
) -> list[Finding]:
    """A subject's findings from its verdicts (as `verdicts` gives them)."""
    return _findings(subject, Judged(list(results), _narrowings(subject, results)))


def _findings(subject: Subject, judged: Judged) -> list[Finding]:
    """`findings_of` a subject judged, its narrowings worked out where it was judged."""
    if judged.findings is not None:
        return judged.findings
    return [
        Finding(_narrow(subject, narrowing), *verdict)
        for (_, verdict), narrowing in zip(judged.results, judged.narrowings, strict=True)
    ]


Narrowing = tuple[tuple[int, ...], str, str]
"""A part of a subject that holds one disputed group of figures: the positions of its
claims in the subject, what its key adds to the subject's, and the reason it adds."""


def _narrowings(
    subject: Subject, results: Sequence[tuple[tuple[str, ...] | None, _Verdict]]
) -> list[Narrowing | None]:
    """How each of a subject's verdicts narrows it (see `_narrowing`)."""
    # Where each claim is in the subject, once: a subject may have dozens of disputes.
    narrowed = any(held is not None for held, _ in results)
    at = {c.id: n for n, c in enumerate(subject.claims)} if narrowed else {}
    return [_narrowing(subject, held, at) for held, _ in results]


def _narrowing(
    subject: Subject, held: tuple[str, ...] | None, at: Mapping[str, int]
) -> Narrowing | None:
    """The part of `subject` that holds the claims `held` (None: the subject itself), in
    the subject's order (`at`: the position of each claim in the subject)."""
    if held is None:
        return None
    positions = tuple(sorted({at[i] for i in held}))
    claims = [subject.claims[n] for n in positions]
    values = " vs ".join(
        quantities.format_value(v) for v in sorted({c.estimate.best for c in claims})
    )
    figures = " vs ".join(sorted({c.figure for c in claims}))
    # Claims that agree are held apart (`_disputes`), so one subject may hold several
    # findings of the same values: the claims they hold tell their keys apart.
    which = hashlib.blake2b("\n".join(sorted(held)).encode(), digest_size=4).hexdigest()
    return positions, f"|{values}|{which}", f"disputed figures: {figures}"


def _narrow(subject: Subject, narrowing: Narrowing | None) -> Subject:
    """The subject itself, or the part of it a `Narrowing` says."""
    if narrowing is None:
        return subject
    positions, suffix, reason = narrowing
    claims = tuple(subject.claims[n] for n in positions)
    return Subject(
        subject.key + suffix, subject.label, subject.kind, claims, (*subject.reasons, reason)
    )


_Verdict = tuple[Verdict, float, str, tuple[tuple[str, int], ...]]
PART_CHECK = "part-of"
"""The start of the key of a part-of check's subject."""


def _judge_subjects(indexes: list[int]) -> list[Judged]:
    """The subjects at `indexes` of the shared (subjects, articles, totals, encoder) judged
    (see `Judged`), in order."""
    subjects, articles, totals, encode = parallel.shared()
    found: list[Judged] = []
    for index in indexes:
        subject = subjects[index]
        results: list[tuple[tuple[str, ...] | None, _Verdict]]
        if subject.key.startswith(PART_CHECK):
            results = [*_judge_part(subject, articles)]
        else:
            results = _judge_subject(subject, articles, totals.get(subject.key, []))
        judged = Judged(results, _narrowings(subject, results))
        if encode is not None:
            findings = _findings(subject, judged)
            kept = None if parallel.in_worker() else findings  # made once, here
            judged = judged._replace(row=encode(subject, findings), findings=kept)
        found.append(judged)
    return found


MAX_DISPUTES = 100
"""At most this many groups of disputed figures are reported for one subject."""


def _judge_subject(
    subject: Subject, articles: Mapping[str, Article], totals: list[Relation]
) -> list[tuple[tuple[str, ...] | None, _Verdict]]:
    """A subject's findings, without the subject: (claims held or None for all, (verdict,
    severity, explanation, independent origins behind each claim)).  One for the whole
    subject, or, when figures are disputed, one per group of figures that all dispute each
    other (the claims stating them, on their dates) and one for the running toll; none if
    it has nothing to compare."""
    claims = sorted(subject.claims, key=lambda c: c.id)
    if len(claims) < 2 and not totals:
        return []
    classes = origin_classes(claims, articles)
    support = _support(claims, classes, articles)
    nature = _nature(subject.kind, claims)
    origins = tuple((c.id, support[c.id]) for c in claims)
    # Each judgement ranked once: the worst are looked for several times.
    judgements = [
        (j.rank(), j) for j in _judgements(claims, subject.kind, articles, classes, support)
    ]
    judged, update = _worst(judgements)
    disputed = [(r, j) for r, j in judgements if j.verdict in _DISPUTED]
    if disputed and not any(t.verdict is not Verdict.CONSISTENT for t in totals):
        found: list[tuple[tuple[str, ...] | None, _Verdict]] = []
        later = f"; later {described(update.second, articles)}: update" if update else ""
        basis = _basis(subject)
        for group_, j in _disputes(disputed):
            relation = to_relation(j, articles, nature)
            line = relation.explanation + later + basis
            held = tuple(sorted(group_))  # in the order of `claims`, by id
            found.append((held, (relation.verdict, relation.severity, line, origins)))
        # The rest of the subject: a running toll or a change among the figures, if any.
        rest, _ = _worst((r, j) for r, j in judgements if j.verdict in _MOVED)
        if rest is not None:
            relation = to_relation(rest, articles, nature)
            line = relation.explanation + _basis(subject)
            found.append((None, (relation.verdict, relation.severity, line, origins)))
        return found
    found_relations = list(totals)
    if judged is not None:
        found_relations.insert(0, to_relation(judged, articles, nature))
    if not found_relations:
        return []
    worst = min(found_relations, key=_worst_first)
    line = worst.explanation
    if update is not None and worst.verdict is not Verdict.UPDATE:
        line += f"; later {described(update.second, articles)}: update"
    summed = next((r for r in totals if r is not worst), None)
    if summed is not None:
        line += f"; {summed.explanation}"
    return [(None, (worst.verdict, worst.severity, line + _basis(subject), origins))]


def _basis(subject: Subject) -> str:
    """Why the subject's figures were compared (see grouping.BASIS), as an explanation's
    last clause; empty for subjects pinned by hand or built elsewhere."""
    found = next((r for r in subject.reasons if r.startswith(grouping.BASIS)), None)
    return f" ({found})" if found else ""


def _disputes(
    disputed: Sequence[tuple[Rank, Judgement]], most: int = MAX_DISPUTES
) -> list[tuple[frozenset[str], Judgement]]:
    """The disputed claims of a subject (judgements, each with its rank) in groups every two
    of which dispute each other (so a finding never holds two claims that agree or follow
    each other), covering every disputed pair, worst pair first, the `most` first groups;
    each with its worst judgement."""
    # Claims as their numbers in id order (pairs of small numbers hash fast), a pair as
    # (lower, higher).
    ids = sorted({c for _, j in disputed for c in (j.first.id, j.second.id)})
    number = {claim: n for n, claim in enumerate(ids)}
    worst: dict[tuple[int, int], tuple[Rank, Judgement]] = {}
    for rank, j in disputed:
        a, b = number[j.first.id], number[j.second.id]
        pair = (a, b) if a < b else (b, a)
        held = worst.get(pair)
        if held is None or rank < held[0]:
            worst[pair] = (rank, j)
    rivals: list[set[int]] = [set() for _ in ids]
    for a, b in worst:
        rivals[a].add(b)
        rivals[b].add(a)
    covered: set[tuple[int, int]] = set()
    found: list[tuple[frozenset[str], Judgement]] = []
    for (a, b), (_, judged) in sorted(worst.items(), key=lambda item: item[1][0]):
        if len(found) == most:
            break
        if (a, b) in covered:
            continue
        members = {a, b}
        # Grow the group with claims that dispute every member, those that make the most
        # pairs with a and b not yet covered first (then in figure order).  `common`: the
        # claims that dispute every member so far (no claim disputes itself, so a member is
        # never among them).
        common = rivals[a] & rivals[b]
        ranked = sorted(
            (
                -(((o, a) if o < a else (a, o)) not in covered)
                - (((o, b) if o < b else (b, o)) not in covered),
                o,
            )
            for o in common
        )
        for _, other in ranked:
            if other in common:
                members.add(other)
                common &= rivals[other]
        ordered = sorted(members)
        covered.update(combinations(ordered, 2))  # (x, y), x < y: every pair of members
        found.append((frozenset(ids[m] for m in members), judged))
    return found


# --------------------------------------------------------------------------- parts


MAX_PART_SUBJECTS = 200
"""A kind with more toll subjects than this gets no part-of checks (pairs grow as n²)."""


def _part_checks(subjects: Sequence[Subject], profiles: Mapping[str, Profile]) -> list[Subject]:
    """A subject for each pair of toll subjects of one kind and event where one party is
    counted within the other (parties.among): the part is checked against the whole."""
    tolls = [s for s in subjects if _is_toll(s.kind) and not s.key.startswith("pinned")]
    found: list[Subject] = []
    by_kind: dict[str, list[Subject]] = defaultdict(list)
    for subject in tolls:
        by_kind[subject.kind].append(subject)
    points: dict[int, list[_EventPoint]] = {}  # id(subject) -> its claims' event points
    days: dict[int, tuple[int, int] | None] = {}  # id(subject) -> the days they span
    # id(subject) -> its claims by party: a subject of "people" also holds the civilians.
    parties: dict[int, list[tuple[Party, list[Claim]]]] = {}
    # among() by the ids of two parties: profiles hold them alive for the whole loop.
    within: dict[tuple[int, int], bool] = {}
    for kind, members in sorted(by_kind.items()):
        if len(members) > MAX_PART_SUBJECTS:
            continue
        for subject in members:
            points[id(subject)] = _event_points(subject, profiles)
            parties[id(subject)] = _claims_by_party(subject, profiles)
            days[id(subject)] = _days_spanned(points[id(subject)])
        # Each subject's first profile once (subjects share it for every pair).
        heads = [(s, p) for s in members if (p := profiles.get(s.claims[0].id)) is not None]
        # For each party a part counts (by id), the wholes that count it, in order, with
        # their claims that do: not the civilians of "people".  Parties are few, subjects
        # many: the wholes are found once per party, not once per part.
        counting: dict[int, list[tuple[Subject, list[Claim], str]]] = {}
        for part, pp in heads:
            wholes = counting.get(id(pp.party))
            if wholes is None:
                wholes = counting[id(pp.party)] = []
                for whole, _ in heads:
                    held: list[Claim] = []
                    label = ""
                    for party, claims in parties[id(whole)]:
                        key = (id(pp.party), id(party))
                        if key not in within:
                            within[key] = among(pp.party, party)
                        if within[key]:
                            held += claims
                            label = label or party.label
                    if held:
                        wholes.append((whole, held, label))
            for whole, held, label in wholes:
                if (
                    part is whole
                    or _far_apart(days[id(part)], days[id(whole)])
                    or not _points_one_event(points[id(part)], points[id(whole)])
                ):
                    continue
                found.append(
                    Subject(
                        f"{PART_CHECK}|{len(part.claims)}|{part.key}|{whole.key}",
                        f"{part.label} within {_label_of(whole, held)}",
                        kind,
                        (*part.claims, *sorted(held, key=lambda c: c.id)),
                        (
                            f"{pp.party.label} are counted within {label}: "
                            "a part is checked against its whole, never as a rival figure",
                            *part.reasons,
                        ),
                    )
                )
    found += _force_checks(subjects, profiles, by_kind.get(FORCE_PART, []))
    return found


FORCE_PART = "killed"
FORCE_WHOLE = "fighters"
"""The kind of a toll counted within a force (those of the attackers killed) and the kind of
the force (the attackers): a part-of check holds both, in the part's kind."""


def _force_checks(
    subjects: Sequence[Subject], profiles: Mapping[str, Profile], tolls: Sequence[Subject]
) -> list[Subject]:
    """A part-of check for each toll subject of a force's dead and the subject of that force
    at the same event ("all 26 militants involved were killed" within "about 15 militants"
    who attacked): the dead of a force are no more than the force.  Both are of one party
    (their keys' second field: "armed group")."""
    forces = [s for s in subjects if s.kind == FORCE_WHOLE and not s.key.startswith("pinned")]
    if not forces or not tolls or len(forces) + len(tolls) > MAX_PART_SUBJECTS:
        return []
    found: list[Subject] = []
    points = {id(part): _event_points(part, profiles) for part in tolls}  # read once
    for whole in forces:
        party = whole.key.split("|")[1]
        held = _event_points(whole, profiles)
        for part in tolls:
            if part.key.split("|")[1] != party or party in ("", "people"):
                continue
            if not _points_one_event(points[id(part)], held):
                continue
            found.append(
                Subject(
                    f"{PART_CHECK}|{len(part.claims)}|{part.key}|{whole.key}",
                    f"{part.label} within {whole.label}",
                    part.kind,
                    (*part.claims, *sorted(whole.claims, key=lambda c: c.id)),
                    (
                        f"the {part.kind} of a force are counted within the force: "
                        "a part is checked against its whole, never as a rival figure",
                        *part.reasons,
                    ),
                )
            )
    return found


def _label_of(whole: Subject, held: Sequence[Claim]) -> str:
    """The label of the claims of a subject that a part check holds: the subject's own when
    it holds them all, else their commonest wording with the subject's place and date."""
    if len(held) == len(whole.claims):
        return whole.label
    wording = Counter(c.subject for c in held)
    head = min(wording, key=lambda s: (-wording[s], len(s), s))
    _, comma, tail = whole.label.partition(", ")
    return head + (comma + tail if comma else "")


def _claims_by_party(
    subject: Subject, profiles: Mapping[str, Profile]
) -> list[tuple[Party, list[Claim]]]:
    """A subject's claims that have a profile, by the party (object) each counts."""
    found: dict[int, tuple[Party, list[Claim]]] = {}
    for claim in subject.claims:
        profile = profiles.get(claim.id)
        if profile is not None:
            found.setdefault(id(profile.party), (profile.party, []))[1].append(claim)
    return list(found.values())


def _one_event(a: Subject, b: Subject, profiles: Mapping[str, Profile]) -> bool:
    """Two subjects, a part `a` and a whole `b`, are about one event: some claims of each
    have agreeing places (or share an article) and event dates within the grouping window,
    the part's place not wider than the whole's (a country's count is no part of a
    region's)."""
    return _points_one_event(_event_points(a, profiles), _event_points(b, profiles))


_EventPoint = tuple[int, int, str, places.Place | None]
"""A claim as `_one_event` reads it: its event's first and last day (ordinals), its article
and its place."""


def _event_points(subject: Subject, profiles: Mapping[str, Profile]) -> list[_EventPoint]:
    """The claims of a subject that have a profile and an event date, as `_EventPoint`s."""
    found: list[_EventPoint] = []
    for claim in subject.claims:
        profile = profiles.get(claim.id)
        if profile is None or profile.about is None:
            continue
        about = profile.about
        found.append((about.start.toordinal(), about.end.toordinal(), claim.article, profile.place))
    # Claims of one article, day and place are one point: a pair of subjects is read once
    # per pair of distinct points (half as many pairs on the synthetic corpora).
    return list(dict.fromkeys(found))


def _days_spanned(points: Sequence[_EventPoint]) -> tuple[int, int] | None:
    """The first and last day of a subject's event points (None: it has none)."""
    if not points:
        return None
    return min(start for start, _, _, _ in points), max(end for _, end, _, _ in points)


def _far_apart(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether no event point of one subject is within the grouping window of one of the
    other's, given the days each spans (`_days_spanned`): then `_points_one_event` is False
    without looking at each pair."""
    window = grouping.WINDOW_DAYS
    return a is None or b is None or b[0] - a[1] > window or a[0] - b[1] > window


def _points_one_event(a: list[_EventPoint], b: list[_EventPoint]) -> bool:
    """`_one_event` of two subjects given as their `_event_points`: the same answer, without
    looking up profiles and dates again for every pair of claims."""
    window = grouping.WINDOW_DAYS
    for start_a, end_a, article_a, place_a in a:
        for start_b, end_b, article_b, place_b in b:
            # _days_apart: the gap between the intervals, 0 when they overlap.
            if start_b - end_a > window or start_a - end_b > window:
                continue
            if (
                place_a is not None
                and place_b is not None
                and place_a.key != place_b.key
                and places.within(place_b, place_a)
            ):
                continue  # a count over a whole country is no part of one of its regions'
            if (
                place_a is not None
                and place_b is not None
                and place_a.key != place_b.key
                and places.agree(place_a, place_b) is None
            ):
                continue  # "13 in Rasht district" is no part of "4 died in Khatlon region"
            if article_a == article_b:
                return True
            if (
                place_a is not None
                and place_b is not None
                and places.agree(place_a, place_b) is not None
            ):
                return True
    return False


def _judge_part(
    subject: Subject, articles: Mapping[str, Article]
) -> list[tuple[tuple[str, ...], _Verdict]]:
    """A part-of check: each pair of a part's claim and a whole's where the part's figure
    exceeds the whole's, counted at the same time or before a whole that came later (a later
    whole may not be lower): a contradiction; or counted later than an official whole by
    another camp, that sets it against the whole (pairs.set_against): a tension.  Worst
    first; each holds those two claims."""
    count = int(subject.key.split("|")[1])
    parts, wholes = subject.claims[:count], subject.claims[count:]
    worst: dict[tuple[str, str], tuple[float, Claim, Claim, bool]] = {}
    for part in parts:
        pp = Point(part, articles, True)
        for whole in wholes:
            pw = Point(whole, articles, True)
            # (a force is counted once: a later count of its dead may not exceed it either)
            later = (
                pw.mid is not None
                and pp.mid is not None
                and pw.mid < pp.mid
                and whole.kind != FORCE_WHOLE
            )
            if later and not set_against(pw, pp, days_apart(pw.when, pp.when)):
                continue  # an earlier whole may be overtaken by a later part
            # A floor's bound is no rounded figure: "more than 200" of them are more than 178.
            slack = pw.slack if pp.high == math.inf else max(pp.slack, pw.slack)
            if pp.low == -math.inf or pp.low <= pw.high + slack:
                continue
            gap = relative_gap(pp.best, pw.best, subject.kind)
            worst[part.id, whole.id] = (gap, part, whole, later)
    found: list[tuple[tuple[str, ...], _Verdict]] = []
    ranked = sorted(worst.items(), key=lambda item: (-item[1][0], item[1][1].id, item[1][2].id))
    for pair, (gap, part, whole, later) in ranked[:MAX_DISPUTES]:
        text = (
            f"{describe(part, articles)} are counted within {describe(whole, articles)}: "
            f"the part is larger than the whole by "
            f"{quantities.format_value(part.estimate.best - whole.estimate.best)}"
            + (", counted later by a source of another camp" if later else "")
        )
        held = tuple(c.id for c in subject.claims if c.id in pair)
        origins = tuple((c.id, 1) for c in subject.claims if c.id in held)
        verdict = (
            (Verdict.TENSION, round(min(1.0, 0.2 + 0.4 * gap), 3), text, origins)
            if later
            else (Verdict.CONTRADICTION, round(min(1.0, 0.4 + 0.6 * gap), 3), text, origins)
        )
        found.append((held, verdict))
    return found


def analyse(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    *,
    jobs: int | None = None,
    memo: Memo | None = None,
    sink: Sink | None = None,
) -> list[Finding]:
    """Group and compare: the findings, most severe first (ties by subject key).  `jobs`,
    `memo` and `sink` as for `compare` (with a sink, none is returned)."""
    from crosscheck.incremental import grouped

    live = model.live(claims)
    # Names are clustered once, over every claim, for grouping and comparing alike (the
    # memo's cache may keep both: incremental.grouped).
    store = memo.store if memo is not None else None
    known, subjects = grouped(live, articles, store, memo, jobs=jobs)
    findings = compare(subjects, articles, known, jobs=jobs, memo=memo, sink=sink)
    return sorted(findings, key=analysed_order)


def analysed_order(finding: Finding) -> tuple[float, str]:
    """The order of `analyse`'s findings: most severe first, ties by subject key."""
    return (-finding.severity, finding.subject.key)

"""The ledger: the last run's subjects and findings, so that an edit costs what it touches.

After one figure changes in a corpus of 100,000 claims, reading every claim back and
putting 50,000 findings together again takes far longer than judging the few subjects the
edit touches.  The ledger keeps what is needed to skip that.  The rules, in plain words:

- **What is kept.**  Whenever the engine runs over a corpus with a cache, the cache
  (cache.py) keeps every subject it judged (grouped subjects and part-of checks: key,
  label, kind, reasons, claims by id) with the block it was made in (group.block_of: kind
  and party; a pinned group; the part-of checks of a kind), each subject's findings
  (what each adds to its subject: a disputed pair's claims by id, figures and reason), the
  profile of every live claim with what grouping reads of it (by article and block; each
  party, place and date once), the names each article's claims write and how often the
  corpus writes each, and the files all this was computed from: each article and claim
  file's path and content hash, and for a claim file a hash of what grouping reads of its
  live claims (incremental.GROUPING_FIELDS).
- **When it answers.**  A report that shows a limited number of discrepancies (the
  terminal table) with no --article filter is made from the ledger when the corpus differs
  from the one it was computed from only in a few claim files, changed or added for
  articles it has (a claim added, removed, rejected, confirmed or edited in any field),
  with the same article files and aliases.yaml, and when the names the changed files write
  leave every other name in its cluster with its canonical spelling (profiles.clusters:
  one spelling written more often than another can change how claims of any article
  read).  Any other change (an article edited, a claim file removed) runs the whole
  engine, which keeps a new ledger.
- **What it does then.**  The changed files are read and checked as loading and `check`
  check them (their quotes against their articles), and their claims are profiled with
  the corpus's clusters of names.  Grouping works block by block, so the blocks that a
  claim of theirs was or is in, where it was added, removed or now reads differently
  (its profile or what grouping reads of it), are grouped again from the kept profiles
  of their other claims (outlines of the claims: grouping reads nothing else), and the
  part-of checks of their kinds are made again.  Subjects that come out as they were,
  with no claim of a changed file, keep their findings; the others, and every other
  subject holding a claim of a changed file, are judged with the claims as they are now
  (with the totals of their articles).  The report is built from every finding, and only
  the findings it shows are made whole (their claims and articles read from the cache).
  It is the report a cold run gives, byte for byte (tests/test_ledger.py).
- **Unchanged corpus.**  When nothing changed since the ledger was kept, its findings are
  the engine's (made whole with the claims just loaded), for any report asked.
"""

from __future__ import annotations

import hashlib
import os
import typing
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import msgspec

from crosscheck import articles as article_files
from crosscheck import model, report, store, yamlio
from crosscheck.cache import Cache, LedgerBodies, LedgerFinding, LedgerSubject, absolute
from crosscheck.compare import PART_CHECK
from crosscheck.group import block_of, pin_of
from crosscheck.incremental import GROUPING_FIELDS, profile_fields
from crosscheck.model import Article, Claim, Finding, Subject, Verdict
from crosscheck.report import Filters, Report
from crosscheck.store import loading, quotes

if typing.TYPE_CHECKING:
    from crosscheck.profiles import Profile

_KEY_BYTES = 16
_MAX_CHANGED = 0.02
"""Above this share of the claim files changed (and at least 8), the whole engine runs."""


class Ref(msgspec.Struct, frozen=True, array_like=True):
    """A claim of a kept finding: its id and article (what filters and order read)."""

    id: str
    article: str


class Brief(msgspec.Struct, frozen=True):
    """A kept finding's subject, its claims by reference."""

    key: str
    label: str
    kind: str
    claims: tuple[Ref, ...]
    reasons: tuple[str, ...]


class Noted(msgspec.Struct, frozen=True):
    """A finding as the ledger keeps it: report.build filters and orders it as a Finding."""

    subject: Brief
    verdict: Verdict
    severity: float
    explanation: str
    origins: tuple[tuple[str, int], ...]


class Meta(msgspec.Struct, frozen=True):
    """What the ledger knows of its corpus besides the files."""

    claims: int  # live claims
    articles: int
    aliases: bytes  # a hash of the corpus's aliases.yaml


_SubjectRow = tuple[str, str, str, list[str], list[str], list[str]]
"""A kept subject: key, label, kind, claim ids, reasons, the articles of its totals."""


def noted(finding: Finding) -> Noted:
    """A finding as the ledger reads it."""
    brief = _brief(finding.subject)
    return Noted(brief, finding.verdict, finding.severity, finding.explanation, finding.origins)


def _brief(subject: Subject) -> Brief:
    """A finding's subject as the ledger reads it, its claims by reference."""
    refs = tuple(Ref(claim.id, claim.article) for claim in subject.claims)
    return Brief(subject.key, subject.label, subject.kind, refs, subject.reasons)


class Kept(msgspec.Struct, frozen=True, array_like=True):
    """A finding as the ledger stores it, beside the subject it was found on (its subject
    row): a disputed pair's subject is that subject narrowed (compare.findings_of), so
    only what it adds is stored, not the subject's reasons and origins again with every
    pair (they were most of a finding's bytes).  `own`: the finding's subject in full,
    when it is not the row's narrowed (then `held`, `suffix` and `more` are unused)."""

    verdict: Verdict
    severity: float
    explanation: str
    own: Brief | None  # the finding's subject, if it is not made of its row's as below
    held: tuple[str, ...] | None  # the ids of its claims, if fewer than its row's
    suffix: str  # what its key adds to its row's
    more: tuple[str, ...]  # the reasons it adds to its row's
    counts: tuple[int, ...] | None  # the origins behind each of its row's claims, in order
    origins: tuple[tuple[str, int], ...]  # its origins, when `counts` cannot say them


class _RowMemo:
    """What `kept_finding` reads of a row the same way for each of its findings: the ids of
    its claims, whether each is of the article its id names, and for each tuple of origins
    (by identity: a subject's findings share one) whether it names the row's claims."""

    __slots__ = ("ids", "claims", "placed", "origins")

    def __init__(self, row: Subject) -> None:
        self.ids = tuple(c.id for c in row.claims)
        self.claims = {id(c) for c in row.claims}  # (the row holds them: ids stay theirs)
        self.placed = all(_article_of(c.id) == c.article for c in row.claims)
        self.origins: dict[int, tuple[tuple[tuple[str, int], ...], bool]] = {}

    def same_ids(self, origins: tuple[tuple[str, int], ...]) -> bool:
        """Whether `origins` name the row's claims, in order."""
        known = self.origins.get(id(origins))
        if known is None or known[0] is not origins:
            known = (origins, tuple(claim_id for claim_id, _ in origins) == self.ids)
            self.origins[id(origins)] = known
        return known[1]

    def all_placed(self, claims: Sequence[Claim]) -> bool:
        """Whether each of `claims` is of the article its id names."""
        if self.placed and self.claims.issuperset(map(id, claims)):
            return True  # each one of the row's claims, all of which are
        return all(_article_of(c.id) == c.article for c in claims)


def kept_finding(
    finding: Finding,
    row: Subject,
    ids: tuple[str, ...] | None = None,
    memo: _RowMemo | None = None,
) -> Kept:
    """How a finding on the subject `row` is stored (see `Kept`); `ids`: the ids of the
    row's claims, if known (they are the same for each of its findings); `memo`: what is
    read of the row for each of its findings, if kept (`_entries`)."""
    subject = finding.subject
    if memo is not None:
        ids = memo.ids
    ids = tuple(c.id for c in row.claims) if ids is None else ids
    own: Brief | None = None
    held: tuple[str, ...] | None = tuple(c.id for c in subject.claims)
    suffix = ""
    more: tuple[str, ...] = ()
    narrowed = (
        subject.label == row.label
        and subject.kind == row.kind
        and subject.key.startswith(row.key)
        and subject.reasons[: len(row.reasons)] == row.reasons
        and (
            memo.all_placed(subject.claims)
            if memo is not None
            else all(_article_of(c.id) == c.article for c in subject.claims)
        )
    )
    if narrowed:
        suffix, more = subject.key[len(row.key) :], subject.reasons[len(row.reasons) :]
        held = None if held == ids else held
    else:
        own = _brief(subject)
    counts = None
    if (
        memo.same_ids(finding.origins)
        if memo is not None
        else tuple(claim_id for claim_id, _ in finding.origins) == ids
    ):
        counts = tuple(n for _, n in finding.origins)
    origins = finding.origins if counts is None else ()
    return Kept(
        finding.verdict, finding.severity, finding.explanation, own, held, suffix, more,
        counts, origins,
    )  # fmt: skip


def _noted(kept: Kept, row: _SubjectRow) -> Noted:
    """A stored finding (`Kept`) on the subject of `row`, as the ledger reads it."""
    key, label, kind, ids, reasons, _ = row
    brief = kept.own
    if brief is None:
        held = kept.held if kept.held is not None else ids
        refs = tuple(Ref(claim_id, _article_of(claim_id)) for claim_id in held)
        brief = Brief(key + kept.suffix, label, kind, refs, (*reasons, *kept.more))
    origins = kept.origins
    if kept.counts is not None:
        if len(kept.counts) != len(ids):  # a cache written otherwise: not this ledger's
            raise msgspec.ValidationError("a finding's origins do not match its subject")
        origins = tuple(zip(ids, kept.counts, strict=True))
    return Noted(brief, kept.verdict, kept.severity, kept.explanation, origins)


def _notes(stored: LedgerBodies) -> list[Noted]:
    """The findings the cache gives (Cache.ledger_bodies), as the ledger reads them."""
    bodies, rows = stored
    decode_row = _decoder(_SubjectRow).decode
    subjects = {idx: decode_row(row) for idx, row in rows.items()}
    decode = _decoder(Kept).decode
    return [_noted(decode(body), subjects[idx]) for idx, body in bodies]


def grouping_hash(claims: Iterable[Claim]) -> bytes:
    """A hash of what grouping reads of some live claims (GROUPING_FIELDS)."""
    fields = list(map(attrgetter(*GROUPING_FIELDS), claims))
    return hashlib.blake2b(msgspec.json.encode(fields), digest_size=_KEY_BYTES).digest()


def aliases_hash(root: Path | None) -> bytes:
    """A hash of the corpus's aliases.yaml at `root` (of nothing if there is none)."""
    from crosscheck.names import CORPUS_ALIASES

    try:
        data = (root / CORPUS_ALIASES).read_bytes() if root is not None else b""
    except OSError:
        data = b""
    return hashlib.blake2b(data, digest_size=_KEY_BYTES).digest()


@cache
def _layout() -> tuple[Any, tuple[str | None, ...]]:
    """How a kept profile is laid out: the type of a row (claim id, what grouping reads of
    the claim besides its id (GROUPING_FIELDS), the Profile's fields after its claim), and
    for each position the table of `_Values` its values are kept in by index (None: kept as
    they are)."""
    import types

    from crosscheck.parties import Party
    from crosscheck.places import Place
    from crosscheck.profiles import Profile

    tables = {Party: "party", Place: "place", model.DateRef: "date"}
    claim_hints, hints = typing.get_type_hints(Claim), typing.get_type_hints(Profile)
    found: list[Any] = [str]
    where: list[str | None] = [None]
    for hint in (
        *(claim_hints[name] for name in GROUPING_FIELDS[1:]),
        *(hints[name] for name in profile_fields()),
    ):
        bare = [a for a in typing.get_args(hint) if a is not type(None)]
        base = bare[0] if isinstance(hint, types.UnionType) and len(bare) == 1 else hint
        table = tables.get(base)
        where.append(table)
        found.append(hint if table is None else int | None)
    generic: Any = tuple  # types made at run time, which mypy cannot follow
    listed: Any = list
    return listed[generic[tuple(found)]], tuple(where)


class _Values:
    """The parties, places and dates the ledger's profiles hold, each kept once (profiles
    refer to them by index): a block's profiles are then read back at the speed of plain
    values, and equal values are one object, as profiles.profiles makes them."""

    def __init__(self, tables: Mapping[str, list[Any]]) -> None:
        self.tables = {name: list(tables.get(name, ())) for name in ("party", "place", "date")}
        self._index: dict[str, dict[Any, int]] | None = None
        # Profiles share their parties, places and dates: each object is looked up by value
        # once (hashing a Place takes longer than finding its id), and held here.
        self._seen: dict[int, tuple[Any, int]] = {}

    @classmethod
    def decode(cls, data: bytes | None) -> _Values:
        from crosscheck.parties import Party
        from crosscheck.places import Place

        if data is None:
            raise _Stale
        listed: Any = list
        fields = {"party": listed[Party], "place": listed[Place], "date": listed[model.DateRef]}
        Tables: Any = typing.TypedDict("Tables", fields)  # type: ignore[misc]  # noqa: N806
        return cls(msgspec.json.decode(data, type=Tables))

    def encode(self) -> bytes:
        return msgspec.json.encode(self.tables)

    def row(self, profile: Profile) -> list[Any]:
        """A profile as the ledger keeps it (`_layout`)."""
        if self._index is None:
            self._index = {n: {v: i for i, v in enumerate(t)} for n, t in self.tables.items()}
        read, fields, interned = _getters()
        values = [*read(profile.claim), *fields(profile)]
        seen = self._seen
        for i, table in interned:
            value = values[i]
            if value is not None:
                known = seen.get(id(value))
                if known is not None:
                    values[i] = known[1]
                    continue
                index = self._index[table]
                at = index.get(value)
                if at is None:
                    at = index[value] = len(self.tables[table])
                    self.tables[table].append(value)
                seen[id(value)] = (value, at)
                values[i] = at
        return values

    def profiles(self, value: bytes, claims: Mapping[str, Claim] | None) -> Iterator[Profile]:
        """The profiles of a kept row of profiles (`_layout`): made of `claims` (by id), or
        of outlines of their claims (`_outline`) if None."""
        from crosscheck.profiles import Profile

        kind, where = _layout()
        tables = self.tables
        kept = [(i, tables[t]) for i, t in enumerate(where) if t is not None]
        cut = len(GROUPING_FIELDS)
        outline = _outline()
        for row in _decoder(kind).decode(value):
            values = list(row)
            for i, table in kept:
                if values[i] is not None:
                    values[i] = table[values[i]]
            claim = claims[values[0]] if claims is not None else outline(values[:cut])
            yield Profile(claim, *values[cut:])


@cache
def _decoder(kind: Any) -> msgspec.json.Decoder[Any]:
    """A decoder of `kind`, made once: msgspec.json.decode(data, type=kind) works out how to
    decode a generic type such as a row of profiles at every call, which costs more than
    decoding a short row."""
    return msgspec.json.Decoder(kind)


@cache
def _getters() -> tuple[Any, Any, list[tuple[int, str]]]:
    """What `_Values.row` reads: the claim's fields (its id and GROUPING_FIELDS), the
    profile's, and the positions of the values kept in a table (`_layout`)."""
    where = _layout()[1]
    interned = [(i, table) for i, table in enumerate(where) if table is not None]
    return attrgetter(*GROUPING_FIELDS), attrgetter(*profile_fields()), interned


@cache
def _outline() -> Any:
    """Makes a claim of what grouping reads of it alone (GROUPING_FIELDS, in that order),
    its figure, quote and attribution left blank: what a block is grouped again from."""
    import dataclasses

    blank: dict[str, Any] = {
        "figure": "",
        "estimate": model.Estimate(0.0, None, None),
        "quote": "",
        "attribution": model.Attribution(),
        "origin": model.Origin.MANUAL,
        "status": model.Status.UNREVIEWED,
        "note": None,
    }
    # Each argument of Claim in order: its place among the fields read, or its blank value.
    order: list[tuple[int, Any]] = [
        (GROUPING_FIELDS.index(f.name), None) if f.name in GROUPING_FIELDS else (-1, blank[f.name])
        for f in dataclasses.fields(Claim)
    ]

    def outline(read: Sequence[Any]) -> Claim:
        return Claim(*[read[i] if i >= 0 else value for i, value in order])

    return outline


# --------------------------------------------------------------------------- keeping


MEANWHILE = 2_000
"""From this many live claims, the run's cache writes (the ledger's profiles, then the
verdicts and the ledger's subjects as they are judged) are made by a copy of the process
while it groups and compares (Memo.keep_profiles); below, in the process (a fork costs a
few milliseconds; at 3,000 and 10,000 claims a copy writing the profiles saved 4-10 % of a
cold run, at 1,000 nothing)."""


def keep_profiles(
    kept: Cache,
    files: Sequence[tuple[Path, bytes]],
    live: Sequence[Claim],
    profiles: Mapping[str, Profile],
) -> str | None:
    """Start a new ledger (cache.store_ledger_profiles) for the `live` claims read from
    `files` (path, content hash: every article and claim file), given their `profiles`:
    the files, the profiles by article and block, the names written, and the values the
    profiles refer to.  The token the `Recorder` completes the ledger with, or None if it
    was not written.  What it writes depends on nothing grouping or comparing does after
    the profiles, so it may be written while they go on (Memo.keep_profiles)."""
    from crosscheck import profiles as profiling

    token = os.urandom(12).hex()
    by_article = _by_article(live)
    rows: list[tuple[str, bytes, bytes | None]] = []
    names = absolute(path for path, _ in files)
    for name, (path, digest) in zip(names, files, strict=True):
        if path.name.endswith(store.SUFFIX):
            article_id = path.name[: -len(store.SUFFIX)]
            rows.append((name, digest, grouping_hash(by_article.get(article_id, ()))))
        else:
            rows.append((name, digest, None))
    encode = msgspec.json.Encoder().encode
    spelled = {a: profiling.spellings(claims) for a, claims in by_article.items()}
    values = _Values({})
    kept_profiles = (
        row
        for article_id, claims in by_article.items()
        for row in _profile_rows(article_id, claims, profiles, values, encode)
    )
    written = kept.store_ledger_profiles(
        token,
        rows,
        kept_profiles,
        ((a, encode(written)) for a, written in spelled.items()),
        _names(profiling.counts(spelled.values())),
        values.encode,
    )
    return token if written else None


def _by_article(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """The claims by the article they are about, in order (what a claim file holds)."""
    found: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        found[claim.article].append(claim)
    return found


class Recorder:
    """Keeps the ledger of a run of the engine over the `live` claims of `corpus` while the
    comparison hands its subjects over, a piece at a time (`add`), and completes it
    (`close`): first the profiles (`keep_profiles`, which `begun` says were written, else
    now); then each piece's subjects and their findings, in a transaction each; then the
    meta, which makes it a ledger.  A piece never written (the cache could not be written,
    another run started another ledger) leaves it incomplete: no ledger."""

    def __init__(self, kept: Cache, corpus: store.Corpus, live: Sequence[Claim]) -> None:
        self.kept, self.corpus, self.live = kept, corpus, live
        self._token: str | None = None
        self._begun = False

    def begun(self, token: str | None) -> None:
        """The ledger's profiles were written (`keep_profiles`) with `token`, or could not
        be (None: no ledger this run)."""
        self._token, self._begun = token, True

    def _started(self, profiles: Mapping[str, Profile] | None) -> str | None:
        if not self._begun:
            if profiles is None:
                raise AssertionError("a ledger's subjects recorded before its profiles")
            self.begun(keep_profiles(self.kept, self.corpus.files, self.live, profiles))
        return self._token

    def add(
        self,
        subjects: Sequence[Subject],
        results: Sequence[Sequence[Finding]],
        profiles: Mapping[str, Profile],
        start: int,
        encoded: Mapping[int, SubjectRow] | None = None,
    ) -> None:
        """Keep `subjects` (indexed from `start` in the order of the run) and their findings
        (`encoded`: the `subject_row` of some, by position in `subjects`, made already)."""
        self.add_rows(subject_rows(subjects, results, profiles, start, encoded or {}), profiles)

    def add_rows(
        self, made: Iterable[LedgerSubject], profiles: Mapping[str, Profile] | None = None
    ) -> bool:
        """`add` the subjects `subject_rows` made (`profiles`: needed if the profiles were
        not written).  True: a failed write leaves no ledger, nothing else to do about it."""
        token = self._started(profiles)
        if token is not None and not self.kept.add_ledger_subjects(token, made):
            self._token = None
        return True

    def close(self, profiles: Mapping[str, Profile] | None = None) -> bool:
        """Complete the ledger, every subject added (`profiles`: as for `add_rows`)."""
        from crosscheck import profiles as profiling

        token = self._started(profiles)
        if token is not None:
            root = profiling.corpus_root(self.corpus.articles)
            meta = Meta(len(self.live), len(self.corpus.articles), aliases_hash(root))
            self.kept.complete_ledger(token, msgspec.json.encode(meta))
        return True


def _profile_rows(
    article_id: str,
    claims: Iterable[Claim],
    profiles: Mapping[str, Profile],
    values: _Values,
    encode: Any,
) -> list[tuple[str, str, bytes]]:
    """The profiles of an article's claims as the ledger keeps them: (article, block, the
    profiles of its claims in that block)."""
    blocks: dict[str, list[list[Any]]] = defaultdict(list)
    for claim in claims:
        profile = profiles.get(claim.id)
        if profile is not None:
            blocks[_claim_block(profile)].append(values.row(profile))
    return [(article_id, block, encode(rows)) for block, rows in blocks.items()]


SubjectRow = tuple[bytes, str, list[str], list[LedgerFinding]]
"""A subject and its findings as the cache keeps them (cache.LedgerSubject) but its index."""


def subject_rows(
    subjects: Sequence[Subject],
    results: Sequence[Sequence[Finding]],
    profiles: Mapping[str, Profile],
    start: int,
    encoded: Mapping[int, SubjectRow],
) -> Iterator[LedgerSubject]:
    """The subjects and their findings as the cache keeps them, indexed from `start` (made
    as the cache writes them: a million findings are never all encoded at once), those of
    `encoded` (by position in `subjects`) as they were made."""
    for offset, (subject, found) in enumerate(zip(subjects, results, strict=True)):
        row = encoded.get(offset)
        if row is None:
            row = subject_row(subject, found, profiles)
        yield (start + offset, *row)


_ENCODE = msgspec.json.Encoder().encode


def subject_row(
    subject: Subject, found: Sequence[Finding], profiles: Mapping[str, Profile]
) -> SubjectRow:
    """A subject and its findings as the cache keeps them (`SubjectRow`), given the
    `profiles` of its claims; made where the subject is judged (Memo.encoder)."""
    # The articles whose totals the subject's verdict reads (compare._totals).
    totals = set()
    if not subject.key.startswith(PART_CHECK):
        totals = {c.article for c in subject.claims if _total(profiles.get(c.id))}
    ids = [c.id for c in subject.claims]
    row = (subject.key, subject.label, subject.kind, ids, list(subject.reasons))
    return (
        _ENCODE((*row, sorted(totals))),
        _block(subject, profiles),
        sorted({c.article for c in subject.claims}),
        _entries(found, _ENCODE, subject),
    )


_PINNED = "\0pinned\0"
_PARTS = "\0part-of\0"
"""The blocks of pinned subjects (by group name) and of part-of checks (by kind) start so;
a block of grouped subjects is its kind and party key (group.block_of) joined by "\\0"."""


def _block(subject: Subject, profiles: Mapping[str, Profile]) -> str:
    """The block a subject was made in: what is grouped again when one of its claims moves."""
    if subject.key.startswith(PART_CHECK):
        return _PARTS + subject.kind
    if subject.key.startswith("pinned|"):
        return _PINNED + subject.label
    return _claim_block(profiles[subject.claims[0].id])


def _claim_block(profile: Profile) -> str:
    """The block a claim is grouped in (see `_block`)."""
    pin = pin_of(profile.claim)
    return _PINNED + pin if pin else "\0".join(block_of(profile))


_Names = tuple[dict[str, int], dict[str, int], dict[str, int]]


def _names(counted: Sequence[Mapping[str, int]]) -> bytes:
    """How often the corpus writes each name (profiles.counts), as the ledger keeps it."""
    return msgspec.json.encode([dict(sorted(c.items())) for c in counted])


def _total(profile: Profile | None) -> bool:
    return profile is not None and profile.total


def _entries(found: Iterable[Finding], encode: Any, row: Subject) -> list[LedgerFinding]:
    """The findings on the subject `row` as the cache keeps them (cache.LedgerFinding)."""
    memo = _RowMemo(row)
    return [
        (f.severity, f.verdict.value, f.subject.kind, encode(kept_finding(f, row, memo=memo)))
        for f in found
    ]


class _Group:
    """The kept findings of one verdict, subject kind and severity, as Filters.keep and
    report.coarse read a finding (the ledger has no --article filter)."""

    __slots__ = ("verdict", "severity", "subject", "count", "key")

    def __init__(self, verdict: str, kind: str, severity: float, count: int) -> None:
        self.verdict, self.severity, self.count = Verdict(verdict), severity, count
        self.subject = _Kind(kind)
        self.key = (verdict, kind, severity)


class _Kind:
    __slots__ = ("kind",)

    def __init__(self, kind: str) -> None:
        self.kind = kind


def findings(kept: Cache, corpus: store.Corpus, live: Sequence[Claim]) -> list[Finding] | None:
    """The findings the ledger keeps, if it was kept for exactly this corpus (its files),
    made of its `live` claims, in the engine's order; else None."""
    from crosscheck.profiles import corpus_root

    state = kept.ledger()
    if state is None or not corpus.files:
        return None
    meta, files = state
    names = absolute(path for path, _ in corpus.files)
    current = dict(zip(names, (digest for _, digest in corpus.files), strict=True))
    try:
        told = msgspec.json.decode(meta, type=Meta)
    except msgspec.DecodeError:
        return None
    if told.aliases != aliases_hash(corpus_root(corpus.articles)) or current != {
        path: digest for path, (digest, _) in files.items()
    }:
        return None
    bodies = kept.ledger_bodies()
    if bodies is None:
        return None
    by_id = {claim.id: claim for claim in live}
    try:
        found = [_whole(note, by_id) for note in _notes(bodies)]
    except (msgspec.DecodeError, msgspec.ValidationError, KeyError):
        return None
    from crosscheck.compare import analysed_order

    return sorted(found, key=analysed_order)


def grouping(
    kept: Cache, live: Sequence[Claim], articles: Mapping[str, Article]
) -> tuple[dict[str, Profile], list[Subject]] | None:
    """profiles.profiles and group.group of the `live` claims as the ledger keeps them, made
    of these claims, if grouping reads of the corpus what it read when the ledger was kept:
    the same article files and aliases.yaml, and for each claim file the same
    GROUPING_FIELDS of its live claims (a figure, a quote, a status may differ); else None."""
    from crosscheck import names
    from crosscheck.profiles import corpus_root

    state = kept.ledger()
    if state is None:
        return None
    meta, files = state
    try:
        root = corpus_root(articles)
        if msgspec.json.decode(meta, type=Meta).aliases != aliases_hash(root):
            return None
        texts = {name: digest for name, (digest, grouping) in files.items() if grouping is None}
        paths = [article.path or "" for article in articles.values()]
        if not all(paths) or len(paths) != len(texts):
            return None  # an article not read from a file, or files added or removed
        where = absolute(paths)
        hashes = loading.content_hashes(paths, kept, where)[0]
        if any(texts.get(n) != h for n, h in zip(where, hashes, strict=True)):
            return None
        by_article = _by_article(live)
        written = {
            _article_of_file(name): grouping
            for name, (_, grouping) in files.items()
            if grouping is not None
        }
        if not by_article.keys() <= written.keys() or any(
            grouping_hash(by_article.get(article_id, ())) != grouping
            for article_id, grouping in written.items()
        ):
            return None
        rows = kept.ledger_grouping()
        if rows is None:
            return None
        profile_rows, subject_rows = rows
        values = _Values.decode(kept.ledger_meta("ledger-values"))
        by_id = {claim.id: claim for claim in live}
        made = {p.claim.id: p for value in profile_rows for p in values.profiles(value, by_id)}
        known = {claim_id: made[claim_id] for claim_id in sorted(by_id)}
        subjects = [
            _subject(row, by_id)
            for row, block in ((_decoder(_SubjectRow).decode(s), b) for s, b in subject_rows)
            if not block.startswith(_PARTS)
        ]
    except _CANNOT:
        return None
    names.use_corpus(root)  # as profiles.profiles does
    return known, sorted(subjects, key=attrgetter("key"))


def _article_of_file(name: str) -> str:
    """The article id of a claim file's path (its name without the suffix)."""
    return os.path.basename(name)[: -len(store.SUFFIX)]


def _whole(note: Noted, by_id: Mapping[str, Claim]) -> Finding:
    """A kept finding made of the claims (KeyError for one that is not there)."""
    brief = note.subject
    claims = tuple(by_id[ref.id] for ref in brief.claims)
    subject = Subject(brief.key, brief.label, brief.kind, claims, brief.reasons)
    return Finding(subject, note.verdict, note.severity, note.explanation, note.origins)


# --------------------------------------------------------------------------- after an edit


class _Stale(Exception):
    """The ledger cannot answer: the whole engine runs."""


_CANNOT = (_Stale, msgspec.DecodeError, msgspec.ValidationError, OSError, KeyError)
"""What stops the ledger from answering (a cache written by another layout, a file gone)."""


def report_after_edit(
    articles_dir: Path,
    claims_dir: Path,
    kept: Cache,
    *,
    filters: Filters,
    limit: int,
    generated: str | None = None,
    jobs: int | None = None,
    listed: loading.Listing | None = None,
) -> Report | None:
    """The report (its first `limit` discrepancies) from the ledger and the claim files
    changed since it was kept, or None when the ledger cannot answer (see the module
    docstring).  CrosscheckError, as loading gives it, for a changed file that is wrong."""
    try:
        return _after_edit(articles_dir, claims_dir, kept, filters, limit, generated, jobs, listed)
    except _CANNOT:
        return None


def _after_edit(
    articles_dir: Path,
    claims_dir: Path,
    kept: Cache,
    filters: Filters,
    limit: int,
    generated: str | None,
    jobs: int | None,
    listed: loading.Listing | None,
) -> Report:
    if filters.articles:
        raise _Stale  # --article names an article the corpus may not have: load says so
    told, now, fresh, texts = _refreshed(articles_dir, claims_dir, kept, jobs, listed)

    groups = kept.ledger_groups()
    if groups is None:
        raise _Stale
    every = [_Group(*group) for group in groups]
    passing = [group for group in every if filters.keep(group)]  # type: ignore[arg-type]
    tally: Counter[Verdict] = Counter()
    for group in passing:
        tally[group.verdict] += group.count
    near = passing
    if sum(tally.values()) > limit:
        last = report.edge([(report.coarse(g), g.count) for g in passing], limit)
        near = [group for group in passing if report.coarse(group) <= last]
    bodies = kept.ledger_bodies_of(group.key for group in near)
    if bodies is None:
        raise _Stale
    notes = _notes(bodies)

    def whole(shown: list[Noted]) -> tuple[list[Finding], Mapping[str, Article]]:
        ids = {ref.id for note in shown for ref in note.subject.claims}
        wanted = {ref.article for note in shown for ref in note.subject.claims}
        by_id = {c.id: c for c in _claims(claims_dir, ids, fresh, now, kept)}
        more = _articles(articles_dir, wanted - texts.keys(), now, kept)
        return [_whole(note, by_id) for note in shown], {**texts, **more}

    return report.assemble(
        notes,
        {},
        filters=filters,
        passing=tally,
        findings_total=sum(group.count for group in every),
        claims_total=told.claims,
        generated=generated,
        limit=limit,
        articles_total=told.articles,
        resolve=whole,
    )


def refresh(
    articles_dir: Path,
    claims_dir: Path,
    kept: Cache,
    jobs: int | None = None,
    listed: loading.Listing | None = None,
) -> bool:
    """Bring the ledger up to the corpus when only a few claim files changed (see the module
    docstring), so that the engine's findings are served from it (`findings`) for any
    report; False if it cannot.  CrosscheckError, as loading gives it, for a changed file
    that is wrong."""
    try:
        _refreshed(articles_dir, claims_dir, kept, jobs, listed)
    except _CANNOT:
        return False
    return True


def _refreshed(
    articles_dir: Path,
    claims_dir: Path,
    kept: Cache,
    jobs: int | None,
    listed: loading.Listing | None,
) -> tuple[Meta, dict[str, bytes], dict[str, list[Claim]], dict[str, Article]]:
    """`refresh`: the ledger's new meta, the content hash of every file by absolute path,
    the claims of the changed files by article, and their articles."""
    told, now, fresh, parsed, files, moved = _changed(articles_dir, claims_dir, kept, listed)
    texts = _articles(articles_dir, fresh, now, kept)
    if not parsed:
        return told, now, fresh, texts
    quotes.verify([c for claims in fresh.values() for c in claims], texts, claims_dir)
    told = _rework(articles_dir, claims_dir, kept, told, fresh, now, texts, files, jobs, moved)
    kept.store_claim_files(claims_dir, parsed, None)  # the other files are there still
    return told, now, fresh, texts


def _changed(
    articles_dir: Path, claims_dir: Path, kept: Cache, listed: loading.Listing | None
) -> tuple[
    Meta,
    dict[str, bytes],
    dict[str, list[Claim]],
    list[tuple[Path, bytes, list[Claim]]],
    list[tuple[str, bytes, bytes | None]],
    bool,
]:
    """What changed since the ledger was kept: its meta, the content hash of every file by
    absolute path, the claims of each changed or new claim file (by article, and as (path,
    hash, claims)), read and checked as loading does, their rows as the ledger keeps them
    (absolute path, content hash, grouping hash), and whether what grouping reads of them
    changed; _Stale unless only claim files changed or were added, few of them, each
    about an article of the corpus.  `listed`: the corpus's files and hashes, if the caller
    has them (loading.listing)."""
    from crosscheck import pipeline

    state = kept.ledger()
    if state is None:
        raise _Stale
    meta, files = state
    told = msgspec.json.decode(meta, type=Meta)
    if told.aliases != aliases_hash(articles_dir.parent.resolve()):
        raise _Stale
    if pipeline.stray_claim_files(claims_dir):
        raise _Stale  # load says what is wrong
    if listed is None:
        listed = loading.listing(articles_dir, claims_dir, kept)
    paths, where = [*listed.articles, *listed.claims], listed.absolute
    if sum(name in files for name in where) != len(files):
        raise _Stale  # a file removed
    read = listed.read
    now = {name: listed.hashes[path] for path, name in zip(paths, where, strict=True)}
    changed = [
        (p, n) for p, n in zip(paths, where, strict=True) if n not in files or files[n][0] != now[n]
    ]
    if any(not text.endswith(store.SUFFIX) for text, _ in changed):
        raise _Stale  # an article changed or added
    if len(changed) > max(8, _MAX_CHANGED * len(listed.claims)):
        raise _Stale
    fresh: dict[str, list[Claim]] = {}
    parsed: list[tuple[Path, bytes, list[Claim]]] = []
    rows: list[tuple[str, bytes, bytes | None]] = []
    moved = False
    for text, name in changed:
        path = Path(text)
        data = read[text] if text in read else path.read_bytes()
        article_id, claims = loading.read_claims_file(path, yamlio.decode(data, text))
        if article_id != path.name[: -len(store.SUFFIX)]:
            raise _Stale  # load says what is wrong
        if not _article_known(articles_dir, article_id, now):
            raise _Stale  # load says what is wrong
        fresh[article_id] = claims
        parsed.append((path, now[name], claims))
        grouping = grouping_hash(model.live(claims))
        rows.append((name, now[name], grouping))
        moved = moved or name not in files or grouping != files[name][1]
    return told, now, fresh, parsed, rows, moved


def _article_known(articles_dir: Path, article_id: str, now: Mapping[str, bytes]) -> bool:
    path = articles_dir / f"{article_id}{article_files.SUFFIX}"
    return absolute([path])[0] in now


class _Regrouped(typing.NamedTuple):
    """What grouping the blocks an edit moved again gives (`_regrouped`)."""

    old: dict[int, _SubjectRow]  # the kept subjects of those blocks, by index
    subjects: list[Subject]  # those blocks' subjects now (of outlines of claims)
    known: dict[str, Profile]  # the profiles of their claims (and more)
    rows: list[tuple[str, str, bytes]]  # the changed articles' profiles, as kept
    spellings: list[tuple[str, bytes]]  # the names the changed articles write, as kept
    claims: int  # how many live claims more there are
    counted: Any  # how often the corpus writes each name now


def _regrouped(
    articles_dir: Path,
    kept: Cache,
    live: Mapping[str, list[Claim]],
    texts: Mapping[str, Article],
    values: _Values,
    names_kept: bytes,
) -> _Regrouped:
    """Group again the blocks that a live claim of the changed articles (`live`) was or is
    in, where it was added, removed or is now read differently by grouping (its profile, or
    what grouping reads of it), from what the ledger keeps of their other claims, and make
    the part-of checks of their kinds again.  _Stale when the edit moves the clusters of
    names that claims of other files write."""
    from crosscheck import compare, group, names, places
    from crosscheck import profiles as profiling

    names.use_corpus(articles_dir.parent)
    places.keep_gazetteer(kept)
    changed = set(live)
    spelled = {a: profiling.spellings(claims) for a, claims in live.items()}
    clustered, counted = _names_after(kept, spelled, names_kept)
    made = profiling.profiles([c for claims in live.values() for c in claims], texts, clustered)

    # The blocks of the claims added, removed, or read differently by grouping.
    was = kept.ledger_profiles(changed)
    if was is None:
        raise _Stale
    before = {
        row[0]: (block, row)
        for _, block, value in was
        for row in msgspec.json.decode(value)  # as JSON values, to compare with below
    }
    encode = msgspec.json.Encoder().encode
    after = {
        claim_id: (_claim_block(profile), msgspec.json.decode(encode(values.row(profile))))
        for claim_id, profile in made.items()
    }
    moved = {
        block
        for claim_id in before.keys() | after.keys()
        if before.get(claim_id) != after.get(claim_id)
        for block, _ in filter(None, (before.get(claim_id), after.get(claim_id)))
    }
    old = _decoded(kept.ledger_blocks(moved))
    known = _outlines(kept.ledger_block_profiles(moved), changed, values)
    known.update(made)
    members: dict[str, list[Profile]] = defaultdict(list)
    for profile in known.values():
        members[_claim_block(profile)].append(profile)
    subjects: list[Subject] = []
    for block in sorted(moved):
        chosen = sorted(members.get(block, ()), key=lambda p: p.claim.id)
        if not chosen:
            continue
        if block.startswith(_PINNED):
            subjects.append(group.pinned_subject(block[len(_PINNED) :], [p.claim for p in chosen]))
        else:
            subjects += group.group_block(block.partition("\0")[0], chosen)
    subjects.sort(key=attrgetter("key"))

    # Part-of checks of the kinds of tolls whose subjects may have changed (those of a
    # force's dead also when the force's subjects may have).
    kinds = {block.partition("\0")[0] for block in moved if not block.startswith("\0")}
    if compare.FORCE_WHOLE in kinds:
        kinds.add(compare.FORCE_PART)

    def of_kind(kind: str) -> list[Subject] | None:
        """Every subject of a kind, as regrouped or as the ledger keeps it; None when they
        are too many for part-of checks."""
        found = [s for s in subjects if s.kind == kind and not s.key.startswith(_PINNED_KEY)]
        rows = kept.ledger_blocks_from(kind)
        if rows is None:
            raise _Stale
        others = {i: row for i, row in rows.items() if i not in old}
        if len(found) + len(others) > compare.MAX_PART_SUBJECTS:
            return None  # no part-of checks for so many subjects
        more = {block for _, block in others.values()}
        more_rows = kept.ledger_block_profiles(more)
        for claim_id, profile in _outlines(more_rows, changed, values).items():
            known.setdefault(claim_id, profile)
        return found + [_subject(row, known) for row in _decoded(others).values()]

    for kind in sorted(k for k in kinds if compare._is_toll(k)):
        old.update(_decoded(kept.ledger_blocks([_PARTS + kind])))
        wholes = of_kind(kind)
        if wholes is None:
            continue
        if kind == compare.FORCE_PART:
            wholes += of_kind(compare.FORCE_WHOLE) or []
        subjects += compare._part_checks(sorted(wholes, key=attrgetter("key")), known)

    encode = msgspec.json.Encoder().encode
    kept_rows = [
        row for a in sorted(changed) for row in _profile_rows(a, live[a], made, values, encode)
    ]
    spellings = [(a, encode(spelled[a])) for a in sorted(changed)]
    gained = len(after) - len(before)
    return _Regrouped(old, subjects, known, kept_rows, spellings, gained, counted)


def _rework(
    articles_dir: Path,
    claims_dir: Path,
    kept: Cache,
    told: Meta,
    fresh: Mapping[str, list[Claim]],
    now: Mapping[str, bytes],
    texts: dict[str, Article],
    files: Sequence[tuple[str, bytes, bytes | None]],
    jobs: int | None,
    moved: bool,
) -> Meta:
    """Bring the ledger up to the claims of the `fresh` files; its new meta.

    When what grouping reads of them changed (`moved`), the blocks their claims were or are
    in are grouped again (`_regrouped`); the subjects that came out different, and every
    other subject that holds a claim of theirs, are judged again."""
    from crosscheck import compare

    changed = set(fresh)
    live = {a: model.live(claims) for a, claims in fresh.items()}
    values = _Values.decode(kept.ledger_meta("ledger-values"))
    names = kept.ledger_meta("ledger-names")
    if names is None:
        raise _Stale
    if moved:
        regrouped = _regrouped(articles_dir, kept, live, texts, values, names)
        names = _names(regrouped.counted)
    else:  # a figure, a quote, a status: grouping is as kept
        regrouped = _Regrouped({}, [], {}, [], [], 0, None)
    old, subjects, known = regrouped.old, regrouped.subjects, regrouped.known
    encode = msgspec.json.Encoder().encode

    # Subjects that came out as they were, of claims that did not change, keep their findings;
    # the others are judged, and so is every other subject holding a claim of these files.
    same = {_identity_of_row(row): index for index, row in old.items()}
    removed = set(old)
    added: list[Subject] = []
    for subject in subjects:
        index = same.get(_identity(subject))
        if index is not None and not any(c.article in changed for c in subject.claims):
            removed.discard(index)
        else:
            added.append(subject)
    held = kept.ledger_subjects(changed)
    if held is None:
        raise _Stale
    again = {i: row for i, row in _decoded(held).items() if i not in old}
    ids = {c.id for s in added for c in s.claims}
    ids |= {claim_id for row in again.values() for claim_id in row[3]}
    wanted = {_article_of(claim_id) for claim_id in ids}
    full = {c.id: c for c in model.live(_claims(claims_dir, ids, fresh, now, kept))}
    texts.update(_articles(articles_dir, wanted - texts.keys(), now, kept))
    judged = [_whole_subject(s, full) for s in added]
    judged += [_subject(row, full) for row in again.values()]
    plain = [s for s in judged if not s.key.startswith(compare.PART_CHECK)]
    # Totals read the profiles of every claim of the articles of a total (compare._totals).
    with_totals = {a for row in again.values() for a in row[5]}
    with_totals |= {c.article for s in plain for c in s.claims if _total(known.get(c.id))}
    # The kept profiles of the changed articles hold when grouping reads them as before.
    whole = _profiles(kept, with_totals - changed if moved else with_totals, full, values)
    whole.update((i, p) for i, p in known.items() if p.claim.article in changed)
    totals = compare._totals(plain, texts, whole)
    verdicts = compare.verdicts(judged, texts, totals, range(len(judged)), jobs=jobs)
    results = [compare.findings_of(s, verdicts[i]) for i, s in enumerate(judged)]
    start = kept.ledger_next()
    if start is None:
        raise _Stale
    rejudged = {
        index: _entries(found, encode, subject)
        for index, found, subject in zip(
            again, results[len(added) :], judged[len(added) :], strict=True
        )
    }
    meta = Meta(told.claims + regrouped.claims, told.articles, told.aliases)
    fresh_rows = subject_rows(judged[: len(added)], results[: len(added)], known, start, {})
    if not kept.regroup_ledger(
        sorted(removed),
        fresh_rows,
        rejudged,
        changed if moved else (),
        regrouped.rows,
        regrouped.spellings,
        files,
        encode(meta),
        names,
        values.encode(),
    ):
        raise _Stale
    return meta


def _names_after(kept: Cache, spelled: Mapping[str, Any], before: bytes) -> tuple[Any, Any]:
    """The clusters of names once the articles of `spelled` write the names they now write,
    and how often each name is then written (`before`: the counts the ledger keeps, as
    kept); _Stale if a name written before is in another cluster now."""
    from crosscheck import profiles as profiling

    olds = kept.ledger_spellings(spelled)
    if olds is None:
        raise _Stale
    counted = tuple(Counter(c) for c in msgspec.json.decode(before, type=_Names))
    after: Any = tuple(Counter(c) for c in counted)
    gone = [msgspec.json.decode(value, type=profiling.Spellings) for value in olds.values()]
    for total, less in zip(after, profiling.counts(gone), strict=True):
        total.subtract(less)
    for total, more in zip(after, profiling.counts(spelled.values()), strict=True):
        total.update(more)
    before_entities = _entities(kept, counted)
    after_entities = profiling.entities(after, before_entities)
    kept.store_result(_CLUSTERS, _names_key(after), after_entities)
    was = profiling.canonical_names(before_entities)
    clustered = profiling.canonical_names(after_entities)
    for old_map, new_map in zip(was, clustered, strict=True):
        if any(new_map.get(name, canonical) != canonical for name, canonical in old_map.items()):
            raise _Stale  # a name of another article may read differently now
    return clustered, after


_PINNED_KEY = "pinned|"
_Identity = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


def _identity(subject: Subject) -> _Identity:
    ids = tuple(c.id for c in subject.claims)
    return (subject.key, subject.label, subject.kind, ids, tuple(subject.reasons))


def _identity_of_row(row: _SubjectRow) -> _Identity:
    key, label, kind, ids, reasons, _ = row
    return (key, label, kind, tuple(ids), tuple(reasons))


def _decoded(rows: Mapping[int, tuple[bytes, str]] | None) -> dict[int, _SubjectRow]:
    if rows is None:
        raise _Stale
    decode = _decoder(_SubjectRow).decode
    return {i: decode(row) for i, (row, _) in rows.items()}


def _subject(row: _SubjectRow, known: Mapping[str, Profile] | Mapping[str, Claim]) -> Subject:
    """A kept subject made of the claims of `known` (claims, or profiles of claims)."""
    key, label, kind, ids, reasons, _ = row
    claims = tuple(_claim_of(known[i]) for i in ids)
    return Subject(key, label, kind, claims, tuple(reasons))


def _claim_of(found: Any) -> Claim:
    return found if isinstance(found, Claim) else found.claim


def _whole_subject(subject: Subject, full: Mapping[str, Claim]) -> Subject:
    """A subject grouped from outlines (`_outline`), made of the whole claims."""
    claims = tuple(full[c.id] for c in subject.claims)
    return Subject(subject.key, subject.label, subject.kind, claims, subject.reasons)


def _outlines(
    rows: Iterable[tuple[str, str, bytes]] | None, changed: set[str], values: _Values
) -> dict[str, Any]:
    """The kept profiles of `rows` (article, block, profiles), but those about `changed`
    articles, made of outlines of their claims (`_outline`)."""
    if rows is None:
        raise _Stale
    return {
        profile.claim.id: profile
        for article, _, value in rows
        if article not in changed
        for profile in values.profiles(value, None)
    }


def _article_of(claim_id: str) -> str:
    return claim_id.rpartition("#")[0]


_CLUSTERS = "ledger-clusters"


def _names_key(counted: Sequence[Mapping[str, int]]) -> str:
    return hashlib.blake2b(_names(counted), digest_size=_KEY_BYTES).hexdigest()


def _entities(kept: Cache, counted: Any) -> Any:
    """profiles.entities of some counts of names: those the last edit kept for them, or
    found again (and kept)."""
    from crosscheck import names
    from crosscheck import profiles as profiling

    key = _names_key(counted)
    listed: Any = list
    kind: Any = tuple[listed[names.Entity], listed[names.Entity], listed[names.Entity]]
    found = kept.result(_CLUSTERS, key, kind)
    if found is None:
        found = profiling.entities(counted)
        kept.store_result(_CLUSTERS, key, found)
    return found


def _claims(
    claims_dir: Path,
    ids: Collection[str],
    fresh: Mapping[str, list[Claim]],
    now: Mapping[str, bytes],
    kept: Cache,
) -> list[Claim]:
    """The claims of those `ids` (and the others of the changed files): those just read,
    else the cache's."""
    wanted = {_article_of(claim_id) for claim_id in ids}
    others = sorted(wanted - fresh.keys())
    paths = [store.claims_path(claims_dir, article_id) for article_id in others]
    hashes = [now.get(name, b"") for name in absolute(paths)]
    found = kept.claims_among(paths, hashes, ids)
    if found is None:
        raise _Stale
    for article_id in wanted & fresh.keys():
        found += fresh[article_id]
    return found


def _articles(
    articles_dir: Path, wanted: Iterable[str], now: Mapping[str, bytes], kept: Cache
) -> dict[str, Article]:
    """The `wanted` articles, from the cache."""
    ids = sorted(wanted)
    paths = [articles_dir / f"{article_id}{article_files.SUFFIX}" for article_id in ids]
    hashes = [now.get(name, b"") for name in absolute(paths)]
    found = {}
    for article_id, path, hit in zip(ids, paths, kept.article_files(paths, hashes), strict=True):
        if hit is None:
            raise _Stale
        found[article_id] = hit if hit.path == str(path) else _moved(hit, path)
    return found


def _moved(article: Article, path: Path) -> Article:
    import dataclasses

    return dataclasses.replace(article, path=str(path))


def _profiles(
    kept: Cache, wanted: Iterable[str], live: Mapping[str, Claim], values: _Values
) -> dict[str, Profile]:
    """The kept profiles of the live claims about the `wanted` articles."""
    rows = kept.ledger_profiles(wanted)
    if rows is None:
        raise _Stale
    return {
        profile.claim.id: profile
        for _, _, value in rows
        for profile in values.profiles(value, live)
    }

"""The engine's incremental step: a subject whose inputs did not change is not compared again.

After one claim file changes, most subjects of a large corpus hold the same claims as in the
run before, and their findings are the same.  The rules, in plain words:

- **A key per subject.**  Each subject the comparison judges (a grouped subject, or a part
  checked against its whole) gets a key: a hash of everything its verdict is computed from,
  namely the subject itself (key, label, kind, reasons and every field of every claim; for
  a claim read from a claim file, its id and the hash of the file's bytes, which say the
  same and need no encoding), every field of the articles its claims come from (body
  included; for an article read from a file, its path and the hash of its bytes), the
  total-to-parts relations found for it across subjects, and the corpus's aliases.yaml.
  Equal keys, equal inputs.
- **Content-addressed.**  The verdicts of a subject (the findings without the subject) are
  kept in the cache (cache.py) under its key.  A subject whose key is found is not judged
  again; the others are judged as in a cold run, and the findings are put together in the
  same order, so the report is byte for byte the one a cold run gives.
- **Code and data.**  The cache is emptied when crosscheck's code, data or dependencies
  change (cache.fingerprint), so a key never outlives the rules that judged it.
- **Pruned.**  After a run, only the keys of that run's subjects are kept.

- **Grouping kept while what it reads is unchanged.**  The profiles of the claims and the
  subjects they are grouped into (profiles.py, group.py) are computed over the whole corpus
  (names are clustered over every claim, so one new spelling may move claims anywhere), but
  they read only some fields of each claim (GROUPING_FIELDS: not the figure, the quote, the
  attribution, the status, the note), the articles and aliases.yaml.  The ledger (ledger.py)
  keeps both, with a hash of those fields for each claim file; when every article file,
  aliases.yaml and every claim file's hash are as it has them (a figure set or hand-edited,
  a claim confirmed, in many files), they are taken from it, made of the claims as they
  are now.  Any other edit (a claim added or removed, a place or party changed, an article
  edited) computes them again.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from crosscheck.cache import Cache
from crosscheck.model import Article, Claim, Finding, Subject, Verdict

if typing.TYPE_CHECKING:
    from crosscheck.profiles import Profile

_Verdict = tuple[Verdict, float, str, tuple[tuple[str, int], ...]]
Verdicts = list[tuple[tuple[str, ...] | None, _Verdict]]
"""What the comparison finds for one subject: (claim ids held, or None for the whole subject;
(verdict, severity, explanation, independent origins behind each claim)), in order."""
_Origins = tuple[tuple[str, int], ...]
_Packed = tuple[_Origins, list[tuple[tuple[str, ...] | None, Verdict, float, str, _Origins | None]]]
"""Verdicts as the cache keeps them: the origins of the first once, and each verdict's own
only where they differ (a subject's disputes share its origins, which repeated were over
half of the bytes: ~500 MB at 1,000,000 claims)."""


def pack(verdicts: Verdicts) -> _Packed:
    """Verdicts as the cache keeps them (`_Packed`)."""
    shared: _Origins = verdicts[0][1][3] if verdicts else ()
    return shared, [
        (held, verdict, severity, explanation, None if origins == shared else origins)
        for held, (verdict, severity, explanation, origins) in verdicts
    ]


def unpack(packed: _Packed) -> Verdicts:
    """The verdicts `pack` kept."""
    shared, kept = packed
    return [
        (held, (verdict, severity, explanation, shared if origins is None else origins))
        for held, verdict, severity, explanation, origins in kept
    ]


_KEY_BYTES = 16


class Memo:
    """The per-subject verdicts of one corpus's cache: keys, look-ups and writes."""

    def __init__(
        self,
        store: Cache,
        articles: Mapping[str, Article],
        files: Iterable[tuple[Path, bytes]] = (),
    ) -> None:
        """`files`: (path, content hash) of the claim files the claims were read from (and
        of other files, ignored), if they were."""
        from crosscheck.store import SUFFIX

        self.store = store
        self.articles = articles
        self._article_keys = _file_keys(store, articles)
        # A claim file's claims by article id: each is read from its bytes and id alone.
        files = tuple(files)
        self._claim_files = {
            path.name[: -len(SUFFIX)]: digest.hex()
            for path, digest in files
            if path.name.endswith(SUFFIX)
        }
        self._aliases = _aliases(articles)
        self.files = files
        self.reused = 0  # how many subjects' verdicts were found kept
        # A cold run looks none up: its first look-up would wait for the writes the run
        # makes meanwhile (ledger profiles: ~0.3 s at 100,000 claims) to find nothing.
        self._none_kept = not store.holds_subject_results()
        self.recorder: Any = None  # the ledger the judged subjects go to (ledger.Recorder)
        self.spool: Any = None  # a copy of the process making the writes (parallel.Spool)

    def keep_profiles(self, live: Sequence[Claim], known: Mapping[str, Profile]) -> None:
        """Start keeping the ledger's profiles of the `live` claims (ledger.keep_profiles),
        if the claims were read from files.  For many claims, the writes of the run are
        made from now on by a copy of the process, in the order they are made, while the
        engine goes on (parallel.Spool; ledger.MEANWHILE)."""
        from crosscheck import ledger, parallel

        if not self.files:
            return
        if len(live) >= ledger.MEANWHILE:
            self.spool = parallel.Spool(self, "_keep_profiles", live, known)
        else:
            self._keep_profiles(live, known)

    def _keep_profiles(self, live: Sequence[Claim], known: Mapping[str, Profile]) -> bool:
        from crosscheck import ledger

        token = ledger.keep_profiles(self.store, self.files, live, known)
        if self.recorder is not None:
            self.recorder.begun(token)
        return True

    def _article(self, article_id: str) -> bytes:
        found = self._article_keys.get(article_id)
        if found is None:
            article = self.articles.get(article_id)
            found = hashlib.blake2b(msgspec.json.encode(article), digest_size=_KEY_BYTES).digest()
            self._article_keys[article_id] = found
        return found

    def keys(self, subjects: Sequence[Subject], totals: Mapping[str, Sequence[Any]]) -> list[bytes]:
        """The key of each subject (see the module docstring)."""
        encode = msgspec.json.Encoder().encode
        read = self._claim_files.get
        found = []
        for subject in subjects:
            digest = hashlib.blake2b(self._aliases, digest_size=_KEY_BYTES)
            # A claim of a claim file is its id and the file's hash ([id, hash], in JSON),
            # any other claim all its fields (a JSON object).
            claims = [(c.id, file) if (file := read(c.article)) else c for c in subject.claims]
            digest.update(encode((subject.key, subject.label, subject.kind, subject.reasons)))
            digest.update(encode(claims))
            for article_id in sorted({claim.article for claim in subject.claims}):
                digest.update(self._article(article_id))
            digest.update(encode(list(totals.get(subject.key, ()))))
            found.append(digest.digest())
        return found

    def lookup(self, keys: Sequence[bytes]) -> dict[bytes, Verdicts]:
        """The verdicts kept for those of `keys` that the cache has."""
        if self._none_kept:
            return {}
        kind: Any = _Packed  # a tuple type: mypy takes no special form as a type[...]
        found: dict[bytes, _Packed] = self.store.subject_results(keys, kind)
        self.reused += len(found)
        return {key: unpack(packed) for key, packed in found.items()}

    def keep(self, fresh: Mapping[bytes, Verdicts]) -> None:
        """Store the `fresh` verdicts (a slice of the run's subjects)."""
        if self.spool is not None:
            self.spool.send("_keep", dict(fresh))
        else:
            self._keep(fresh)

    def _keep(self, fresh: Mapping[bytes, Verdicts]) -> bool:
        self.store.store_subject_results({k: pack(v) for k, v in fresh.items()}, None)
        return True

    def encoder(
        self, profiles: Mapping[str, Profile]
    ) -> Callable[[Subject, list[Finding]], Any] | None:
        """What encodes a subject judged and its findings as the ledger keeps them
        (ledger.subject_row), where they are judged; None if no ledger is recorded."""
        if self.recorder is None:
            return None
        from crosscheck import ledger

        return functools.partial(ledger.subject_row, profiles=profiles)

    def judged(
        self,
        subjects: Sequence[Subject],
        results: Sequence[Sequence[Finding]],
        profiles: Mapping[str, Profile],
        start: int,
        rows: Mapping[int, Any] | None = None,
    ) -> None:
        """A slice of the run's subjects judged (from `start` in the order of the run), with
        the findings of each: into the ledger, if one is recorded.  `rows`: what the
        `encoder` made of some of them, by position in `subjects`."""
        from crosscheck import ledger

        if self.recorder is None:
            return
        if self.spool is None:
            self.recorder.add(subjects, results, profiles, start, rows)
        else:  # the rows are made here: the copy of the process has none of these subjects
            made = ledger.subject_rows(subjects, results, profiles, start, rows or {})
            self.spool.send("_record", list(made))

    def _record(self, made: list[Any]) -> bool:
        return bool(self.recorder.add_rows(made))

    def done(self, keys: Sequence[bytes], profiles: Mapping[str, Profile]) -> None:
        """Every subject judged: forget the verdicts of keys not among the run's `keys`, and
        complete the ledger; with a spool, wait for it to make every write."""
        if self.spool is None:
            self._done(list(keys), profiles)
        else:
            self.spool.send("_done", list(keys))
            self.spool.wait()

    def _done(self, keys: list[bytes], profiles: Mapping[str, Profile] | None = None) -> bool:
        self.store.store_subject_results({}, keys)
        if self.recorder is not None:
            self.recorder.close(profiles)
        return True


GROUPING_FIELDS = (
    "id", "article", "subject", "kind", "span", "party", "place", "from_place", "to_place",
    "event", "as_of", "about", "group",
)  # fmt: skip
"""The fields of a claim that profiles.profiles and group.group read (besides the articles
and aliases.yaml).  If either comes to read another, add it here: tests/test_incremental.py
checks that changing any other field changes neither."""


def grouped(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    store: Cache | None,
    memo: Memo | None = None,
    *,
    jobs: int | None = 1,
) -> tuple[dict[str, Profile], list[Subject]]:
    """profiles.profiles and group.group of the live `claims`, or, when `store`'s ledger was
    kept for the same GROUPING_FIELDS of every claim, articles and aliases, the profiles and
    subjects it keeps, made of these claims (ledger.grouping).  Profiles computed are kept
    for the next ledger through `memo` (Memo.keep_profiles), while grouping goes on (in
    `jobs` processes: group.group)."""
    from crosscheck import group, ledger, profiles

    found = ledger.grouping(store, claims, articles) if store is not None else None
    if found is not None:
        return found
    known = profiles.profiles(claims, articles)
    if memo is not None:
        memo.keep_profiles(claims, known)
    return known, group.group(claims, articles, known, jobs=jobs)


@cache
def profile_fields() -> tuple[str, ...]:
    """A Profile's fields after its claim (what the grouping cache keeps of it)."""
    from crosscheck.profiles import Profile

    names = tuple(f.name for f in dataclasses.fields(Profile))
    if names[0] != "claim":
        raise AssertionError("Profile's first field is no longer its claim")
    return names[1:]


def _file_keys(store: Cache, articles: Mapping[str, Article]) -> dict[str, bytes]:
    """The key of each article read from a file: its path and the hash of its bytes (an
    article is parsed from nothing else), the hash taken as loading takes it (files the
    cache saw unchanged are not read again).  Others are keyed by their fields."""
    from crosscheck.store.loading import content_hashes

    named = {key: article.path for key, article in articles.items() if article.path}
    try:
        hashes = content_hashes([Path(path) for path in named.values()], store)[0]
    except OSError:
        return {}
    return {
        key: hashlib.blake2b(path.encode() + b"\0" + content, digest_size=_KEY_BYTES).digest()
        for (key, path), content in zip(named.items(), hashes, strict=True)
    }


def _aliases(articles: Mapping[str, Article]) -> bytes:
    """The bytes of the corpus's aliases.yaml (empty if none): they change names and places."""
    from crosscheck.names import CORPUS_ALIASES
    from crosscheck.profiles import corpus_root

    root = corpus_root(articles)
    try:
        return b"aliases\0" + (root / CORPUS_ALIASES).read_bytes() if root is not None else b""
    except OSError:
        return b""

"""The engine's incremental step: a subject whose inputs did not change is not compared again.

After one claim file changes, most subjects of a large corpus hold the same claims as in the
run before, and their findings are the same.  The rules, in plain words:

- **A key per subject.**  Each subject the comparison judges (a grouped subject, or a part
  checked against its whole) gets a key: a hash of everything its verdict is computed from,
  namely the subject itself (key, label, kind, reasons and every field of every claim), every
  field of the articles its claims come from (body included; for an article read from a
  file, its path and the hash of its bytes, which say the same and need no encoding), the
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
  attribution, the status, the note), the articles and aliases.yaml.  They are kept under a
  hash of exactly those; an edit that changes none of them (a figure set or hand-edited, a
  claim confirmed) reuses them, made of the claims as they are now.  Any other edit (a
  claim added or removed, a place or party changed) computes them again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import typing
from collections.abc import Mapping, Sequence
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import msgspec

from crosscheck.cache import Cache
from crosscheck.model import Article, Claim, Subject, Verdict

if typing.TYPE_CHECKING:
    from crosscheck.profiles import Profile

_Verdict = tuple[Verdict, float, str, tuple[tuple[str, int], ...]]
Verdicts = list[tuple[tuple[str, ...] | None, _Verdict]]
"""What the comparison finds for one subject: (claim ids held, or None for the whole subject;
(verdict, severity, explanation, independent origins behind each claim)), in order."""

_KEY_BYTES = 16


class Memo:
    """The per-subject verdicts of one corpus's cache: keys, look-ups and writes."""

    def __init__(self, store: Cache, articles: Mapping[str, Article]) -> None:
        self.store = store
        self.articles = articles
        self._article_keys = _file_keys(store, articles)
        self._aliases = _aliases(articles)
        self.reused = 0  # how many subjects' verdicts were found kept
        self.judged: Any = None  # what compare.compare judged, for ledger.record

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
        found = []
        for subject in subjects:
            digest = hashlib.blake2b(self._aliases, digest_size=_KEY_BYTES)
            digest.update(encode(subject))
            for article_id in sorted({claim.article for claim in subject.claims}):
                digest.update(self._article(article_id))
            digest.update(encode(list(totals.get(subject.key, ()))))
            found.append(digest.digest())
        return found

    def lookup(self, keys: Sequence[bytes]) -> dict[bytes, Verdicts]:
        """The verdicts kept for those of `keys` that the cache has."""
        found = self.store.subject_results(keys, Verdicts)
        self.reused += len(found)
        return found

    def keep(self, fresh: Mapping[bytes, Verdicts], keys: Sequence[bytes]) -> None:
        """Store the `fresh` verdicts, and forget every key not among `keys`."""
        self.store.store_subject_results(fresh, keys)


GROUPING_FIELDS = (
    "id", "article", "subject", "kind", "span", "party", "place", "from_place", "to_place",
    "event", "as_of", "about", "group",
)  # fmt: skip
"""The fields of a claim that profiles.profiles and group.group read (besides the articles
and aliases.yaml).  If either comes to read another, add it here: tests/test_incremental.py
checks that changing any other field changes neither."""

_GROUPING = "grouping"
_SHARED = ("party", "place", "article_place")  # Profile fields computed once for many claims
_SubjectRow = tuple[str, str, str, list[str], tuple[str, ...]]


def grouped(
    claims: Sequence[Claim], articles: Mapping[str, Article], store: Cache | None
) -> tuple[dict[str, Profile], list[Subject]]:
    """profiles.profiles and group.group of `claims`, or what `store` kept of them for the
    same GROUPING_FIELDS of every claim, articles and aliases, made of these claims."""
    from crosscheck import group, profiles

    key = _grouping_key(claims, articles, store) if store is not None else ""
    if store is not None and key:
        found = store.result(_GROUPING, key, _kept_type())
        if found is not None:
            return _rebuilt(claims, *found)
    known = profiles.profiles(claims, articles)
    subjects = group.group(claims, articles, known)
    if store is not None and key:
        try:
            kept = _kept(claims, known, subjects)
        except TypeError:  # a profile field that cannot be a dict key: keep nothing
            return known, subjects
        store.store_result(_GROUPING, key, kept)
    return known, subjects


def _kept(
    claims: Sequence[Claim], known: Mapping[str, Profile], subjects: Sequence[Subject]
) -> tuple[list[list[Any]], list[list[Any]], list[_SubjectRow]]:
    """What the cache keeps of a grouping: each distinct party and place once (in a table
    per field), each claim's profile without its claim (parties and places by index in
    their table), and each subject with its claims by id."""
    names, common = profile_fields(), _shared_fields()
    tables: list[dict[Any, int]] = [{} for _ in common]
    rests = []
    for claim in claims:
        profile = known[claim.id]
        values = [getattr(profile, name) for name in names]
        for table, i in zip(tables, common, strict=True):
            values[i] = table.setdefault(values[i], len(table))
        rests.append(values)
    rows = [(s.key, s.label, s.kind, [c.id for c in s.claims], s.reasons) for s in subjects]
    return [list(table) for table in tables], rests, rows


def _rebuilt(
    claims: Sequence[Claim],
    tables: list[list[Any]],
    rests: list[tuple[Any, ...]],
    rows: list[_SubjectRow],
) -> tuple[dict[str, Profile], list[Subject]]:
    """The profiles and subjects `_kept` keeps, made of `claims` (one object for equal
    parties and places, as when computed: the comparison memoises by object)."""
    from crosscheck.profiles import Profile

    if len(rests) != len(claims):
        raise AssertionError("a grouping kept for other claims")  # the key rules it out
    common = _shared_fields()
    known = {}
    for claim, rest in zip(claims, rests, strict=True):
        values = list(rest)
        for table, i in zip(tables, common, strict=True):
            values[i] = table[values[i]]
        known[claim.id] = Profile(claim, *values)
    subjects = [
        Subject(key, label, kind, tuple(known[i].claim for i in ids), tuple(reasons))
        for key, label, kind, ids, reasons in rows
    ]
    return known, subjects


@cache
def profile_fields() -> tuple[str, ...]:
    """A Profile's fields after its claim (what the grouping cache keeps of it)."""
    from crosscheck.profiles import Profile

    names = tuple(f.name for f in dataclasses.fields(Profile))
    if names[0] != "claim":
        raise AssertionError("Profile's first field is no longer its claim")
    return names[1:]


@cache
def _shared_fields() -> tuple[int, ...]:
    """The positions among `profile_fields` of the fields kept once per distinct value."""
    return tuple(i for i, name in enumerate(profile_fields()) if name in _SHARED)


@cache
def _kept_type() -> Any:
    """The type `_kept`'s value decodes as (from Profile's annotations)."""
    from crosscheck.profiles import Profile

    hints = typing.get_type_hints(Profile)
    names, common = profile_fields(), _shared_fields()
    generic: Any = tuple  # types made at run time, which mypy cannot follow
    listed: Any = list
    tables = generic[tuple(listed[hints[names[i]]] for i in common)]
    fields = generic[tuple(int if i in common else hints[n] for i, n in enumerate(names))]
    return generic[tables, listed[fields], listed[_SubjectRow]]


def _grouping_key(claims: Sequence[Claim], articles: Mapping[str, Article], store: Cache) -> str:
    """A hash of the GROUPING_FIELDS of every claim, every article and aliases.yaml ("" if
    an article has no file to key it by)."""
    keys = _file_keys(store, articles)
    if len(keys) != len(articles):
        return ""
    digest = hashlib.blake2b(_aliases(articles), digest_size=_KEY_BYTES)
    for article_id in sorted(keys):
        digest.update(article_id.encode() + b"\0" + keys[article_id])
    digest.update(msgspec.json.encode(list(map(attrgetter(*GROUPING_FIELDS), claims))))
    return digest.hexdigest()


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

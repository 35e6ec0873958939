"""Names of people and places across spellings: fold transliterations, then cluster.

Sources spell one name many ways (Khudoinazarov, Khudonazarov; Mirzoyev, Mirzoiev, Mirzoev;
Dzhalilov, Jalilov).  `fold` reduces a name to a comparison key by general transliteration rules;
`cluster` groups names whose folded words match, by these rules in order:

1. the folded words are equal ("same after folding");
2. one word is the other plus a surname ending -ov/-ev/-ova/-eva/-a ("Ivanov" ~ "Ivan");
3. the words have the same consonants and a fuzzy ratio >= 80 ("Usmonov" ~ "Usmanov",
   "Ergash" ~ "Irgash");
4. words of 6+ letters with a fuzzy ratio >= 90 ("Aleksandrovich" ~ "Alexandrovich").

A multi-word name matches another when every word of the shorter one (titles left out)
matches a different word of the longer one; a one-word name must match the last word.
data/aliases.yaml confirms clusters the rules cannot find (its variants join the entity)
and splits ones they get wrong (`different`).

A corpus keeps its own people, places and sides in `aliases.yaml` at its root (beside
`articles/` and `claims/`); `use_corpus` makes it active.  Its entries come before the
package's, its titles, place words and `different` pairs are added to the package's.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process

from crosscheck import yamlio
from crosscheck.disjoint import DisjointSet
from crosscheck.errors import CrosscheckError
from crosscheck.vocab import load_data

CORPUS_ALIASES = "aliases.yaml"
"""The file at a corpus's root with the corpus's own people, places and sides."""

_POSSESSIVE = re.compile(r"['’ʼ`]s\b", re.IGNORECASE)
_APOSTROPHES = re.compile(r"['’ʼ`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Word-level transliteration rules, applied in order.  Each maps the variants that
# English-language sources use for one Cyrillic/Persian sound onto one spelling.
_WORD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"dzh|dj|zh", "j"),  # Dzhalilov / Djalilov / Jalilov
        (r"kh", "h"),  # Khamid / Hamid
        (r"ou", "u"),  # French-style Khoudoberdiev
        (r"w", "v"),  # German-style Iwanow
        (r"(?:iy|i|y)e(v|va)$", r"e\1"),  # -iyev / -iev / -yev -> -ev
        (r"zod[ae]$", "zod"),  # Karimzoda / Karimzod, -zade
        (r"iy", "y"),  # Dmitriy / Dmitry
        (r"(?<=[aeiou])[iy](?=[^aeiouy])", ""),  # Cyrillic й after a vowel: Khudoinazarov
        (r"^ye", "e"),  # Yevgeny / Evgeny
        (r"([a-z])\1", r"\1"),  # double letters: Abdullo / Abdulo
    )
)
_VOWELS = re.compile(r"[aeiouy]")
_SURNAME_ENDINGS = ("ova", "eva", "ov", "ev", "a")
_MIN_STEM = 4
_SKELETON_RATIO = 80.0
_CLOSE_RATIO = 90.0
_CLOSE_LENGTH = 6


@dataclass(frozen=True)
class Entity:
    """One person or place and the spellings found for it, with why they were joined."""

    canonical: str
    variants: tuple[str, ...]
    reasons: tuple[str, ...] = ()
    listed: bool = False  # the canonical name is aliases.yaml's, not the commonest spelling


@dataclass(frozen=True)
class Alias:
    """An entry of data/aliases.yaml."""

    canonical: str
    variants: tuple[str, ...] = ()
    within: tuple[str, ...] = ()
    side: str | None = None


@dataclass(frozen=True)
class Aliases:
    titles: frozenset[str]
    place_words: frozenset[str]
    entries: tuple[Alias, ...]
    different: tuple[tuple[str, str], ...] = field(default=())
    nationalities: dict[str, str] = field(default_factory=dict)  # "french" -> "France"


_corpus_root: list[Path | None] = [None]
_corpus_stamp: list[object] = [None]


def use_corpus(root: Path | None) -> None:
    """Make the aliases.yaml at a corpus's root (if any) part of the alias data (read again
    when the file changes)."""
    root = root.resolve() if root is not None else None
    try:
        found = (root / CORPUS_ALIASES).stat() if root is not None else None
        stamp: object = (root, found.st_mtime_ns, found.st_size) if found else root
    except OSError:
        stamp = root
    if _corpus_stamp[0] == stamp:
        return
    _corpus_root[0], _corpus_stamp[0] = root, stamp
    _generation[0] += 1
    for cached in (aliases, alias_for, places_around):
        cached.cache_clear()


_generation = [0]


def generation() -> int:
    """A number that changes whenever the alias data in use changes (a key for caches of
    what is derived from it)."""
    return _generation[0]


def corpus_root() -> Path | None:
    """The corpus whose aliases are in use (see `use_corpus`)."""
    return _corpus_root[0]


def _corpus_aliases(root: Path) -> dict[str, Any]:
    """The corpus's aliases.yaml, checked: {} when there is none."""
    # Read once per corpus: aliases() is cached, and use_corpus clears it.
    path = root / CORPUS_ALIASES
    if not path.is_file():
        return {}
    where = str(path)
    raw = yamlio.load(yamlio.read_text(path), where)
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise CrosscheckError(
            "must be a mapping (entities, titles, place_words, different)", where, 1
        )
    for part in ("titles", "place_words", "entities", "different"):
        if not isinstance(raw.get(part) or [], list):
            raise CrosscheckError("must be a list", where, field=part)
    if not isinstance(raw.get("nationalities") or {}, dict):
        raise CrosscheckError(
            "must be a mapping of words to countries", where, field="nationalities"
        )
    for number, item in enumerate(raw.get("entities") or (), 1):
        if not isinstance(item, dict) or not isinstance(item.get("canonical"), str):
            raise CrosscheckError(
                f"entry {number} needs a 'canonical' name", where, field="entities"
            )
        for part in ("variants", "within"):
            if not isinstance(item.get(part) or [], list):
                raise CrosscheckError(f"entry {number}: must be a list", where, field=part)
    for pair in raw.get("different") or ():
        if not isinstance(pair, list) or len(pair) != 2:
            raise CrosscheckError("each entry is a pair of names", where, field="different")
    return raw


@cache
def aliases() -> Aliases:
    """The alias data: the corpus's aliases.yaml (see `use_corpus`) over data/aliases.yaml."""
    package = load_data("aliases.yaml")
    root = _corpus_root[0]
    layers = [_corpus_aliases(root), package] if root is not None else [package]
    entries = tuple(
        Alias(
            str(item["canonical"]),
            tuple(str(v) for v in item.get("variants") or ()),
            tuple(str(v) for v in item.get("within") or ()),
            str(item["side"]) if item.get("side") else None,
        )
        for raw in layers
        for item in raw.get("entities") or ()
    )
    return Aliases(
        frozenset(fold(str(t)) for raw in layers for t in raw.get("titles") or ()),
        frozenset(fold(str(t)) for raw in layers for t in raw.get("place_words") or ()),
        entries,
        tuple((str(a), str(b)) for raw in layers for a, b in raw.get("different") or ()),
        {
            plain(str(word)): str(country)
            for raw in reversed(layers)
            for word, country in (raw.get("nationalities") or {}).items()
        },
    )


def fold_word(word: str) -> str:
    """One lower-case ASCII word through the transliteration rules."""
    for pattern, replacement in _WORD_RULES:
        word = pattern.sub(replacement, word)
    return word


@cache
def fold(name: str) -> str:
    """A comparison key for a name: ASCII, lower case, no diacritics, apostrophes or
    possessive 's, and transliteration variants reduced ("Khudoinazarov" -> "hudonazarov")."""
    text = _POSSESSIVE.sub("", name)
    text = _APOSTROPHES.sub("", anyascii(text).lower())
    words = _NON_ALNUM.sub(" ", text).split()
    return " ".join(fold_word(w) for w in words)


@cache
def plain(text: str) -> str:
    """Words as ASCII lower case without punctuation, spelling kept ("Years of war" ->
    "years of war"): for wordings, where transliteration rules would only do harm."""
    text = _APOSTROPHES.sub("", anyascii(_POSSESSIVE.sub("", text)).lower())
    return " ".join(_NON_ALNUM.sub(" ", text).split())


@cache
def skeleton(word: str) -> str:
    """The consonants of a folded word ("hojand" -> "hjnd")."""
    return _VOWELS.sub("", word)


@lru_cache(maxsize=1 << 18)
def same_word(a: str, b: str) -> str | None:
    """Why two folded words are one name, or None if they are not."""
    if a == b:
        return "same after folding"
    short, long_ = sorted((a, b), key=lambda w: (len(w), w))
    if len(short) >= _MIN_STEM:
        for ending in _SURNAME_ENDINGS:
            if long_ == short + ending:
                return f"-{ending} ending"
    if min(len(a), len(b)) < _MIN_STEM:
        return None
    ratio = fuzz.ratio(a, b)
    if skeleton(a) == skeleton(b) and ratio >= _SKELETON_RATIO:
        return f"same consonants ({skeleton(a)})"
    if min(len(a), len(b)) >= _CLOSE_LENGTH and ratio >= _CLOSE_RATIO:
        return f"close spelling (ratio {ratio:.0f})"
    return None


def words(name: str, drop: frozenset[str] | None = None) -> tuple[str, ...]:
    """The folded words of a name that identify it (titles and filler left out)."""
    skip = aliases().titles if drop is None else drop
    found = tuple(w for w in fold(name).split() if w not in skip)
    return found or tuple(fold(name).split())


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    """Why two names (as folded words) are one, or None: every word of the shorter name
    must match a different word of the longer one, and one of them be 4+ letters; a single
    word must match the longer name's last word (a surname: "Karimzod" ~ "Ulugbek
    Karimzoda", but "Latvian" is not "Latvian Embassy")."""
    if not a or not b:
        return None
    short, long_ = sorted((a, b), key=lambda ws: (len(ws), ws))
    if len(short) == 1 and len(long_) > 1:
        long_ = long_[-1:]
    free = list(long_)
    reasons: list[str] = []
    for word in short:
        for i, other in enumerate(free):
            why = same_word(word, other)
            if why is not None:
                reasons.append(why)
                del free[i]
                break
        else:
            return None
    if max(len(w) for w in short) < _MIN_STEM:
        return None
    distinct = sorted(set(reasons), key=lambda r: (r != "same after folding", r))
    return "; ".join(distinct)


class _Components:
    """Union-find over names that refuses merges aliases.yaml forbids."""

    def __init__(self, count: int, anchors: dict[int, int], apart: set[frozenset[int]]):
        self.sets = DisjointSet(range(count))
        self.anchor: dict[int, set[int]] = {
            i: {anchors[i]} if i in anchors else set() for i in range(count)
        }
        self.members: dict[int, set[int]] = {i: {i} for i in range(count)}
        self.apart = apart

    def find(self, i: int) -> int:
        return self.sets.find(i)

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        if len(self.anchor[ri] | self.anchor[rj]) > 1:
            return False
        if self.apart and any(
            frozenset((x, y)) in self.apart for x in self.members[ri] for y in self.members[rj]
        ):
            return False
        self.sets.union(ri, rj)
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        self.anchor[keep] |= self.anchor.pop(gone)
        self.members[keep] |= self.members.pop(gone)
        return True


def counted(names: Iterable[str]) -> Counter[str]:
    """How often each spelling is written, as `cluster` counts them (stripped; blank ones and
    ones with no letter or digit left out).  Counts of two lists of names add up."""
    return Counter(n.strip() for n in names if n and n.strip() and fold(n))


def cluster(names: Iterable[str], drop: frozenset[str] | None = None) -> list[Entity]:
    """Group spellings of one entity; deterministic, sorted by canonical name (the spelling
    written most often, unless aliases.yaml names it): `cluster_counted` of their counts."""
    return cluster_counted(counted(names), drop)


def cluster_counted(counts: Mapping[str, int], drop: frozenset[str] | None = None) -> list[Entity]:
    """`cluster` of spellings given with how often each is written (`counted`).

    Candidates are found by blocking words on their first two consonants and scoring each
    block with rapidfuzz (`process.extract`, in C; `cdist` would need numpy), so the work
    grows with block sizes, not with n².
    `drop` replaces the title words left out when comparing (place filler for places).
    """
    counts = {name: count for name, count in counts.items() if count > 0}
    seen = sorted(counts)
    data = aliases()
    # Alias spellings join the pool as hidden anchors, so rules can reach them too.
    alias_index: set[str] = set()
    pool: list[str] = list(seen)
    anchors: dict[int, int] = {}
    folded_alias: dict[str, int] = {}
    for number, entry in enumerate(data.entries):
        for spelling in (entry.canonical, *entry.variants):
            folded_alias.setdefault(fold(spelling), number)
            if spelling not in counts and spelling not in alias_index:
                alias_index.add(spelling)
                pool.append(spelling)
    for i, name in enumerate(pool):
        if fold(name) in folded_alias:
            anchors[i] = folded_alias[fold(name)]
    by_fold: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(pool):
        by_fold[fold(name)].append(i)
    apart: set[frozenset[int]] = set()
    for a, b in data.different:
        for i in by_fold.get(fold(a), ()):
            for j in by_fold.get(fold(b), ()):
                apart.add(frozenset((i, j)))

    tokens = [words(name, drop) for name in pool]
    pairs = _candidate_pairs(tokens)
    found: list[tuple[int, int, int, str]] = []
    for i, j in pairs:
        why = same_name(tokens[i], tokens[j])
        if why is not None:
            found.append((0 if why == "same after folding" else 1, i, j, why))
    # Same alias entry: confirmed by aliases.yaml.
    by_anchor: dict[int, list[int]] = defaultdict(list)
    for i, number in sorted(anchors.items()):
        by_anchor[number].append(i)
    for members in by_anchor.values():
        for j in members[1:]:
            found.append((2, members[0], j, "aliases.yaml"))

    components = _Components(len(pool), anchors, apart)
    for _, i, j, _why in sorted(found, key=lambda f: (f[0], pool[f[1]], pool[f[2]], f[3])):
        components.union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(pool)):
        groups[components.find(i)].append(i)
    entities: list[Entity] = []
    for root, members in groups.items():
        observed = sorted(pool[i] for i in members if pool[i] in counts)
        if not observed:
            continue
        anchor = components.anchor.get(root) or set()
        listed = data.entries[next(iter(anchor))] if anchor else None
        head = head_of(observed, counts)
        canonical = listed.canonical if listed else head
        reasons = _explain(observed, head, drop, listed)
        entities.append(Entity(canonical, tuple(observed), reasons, listed is not None))
    return sorted(entities, key=lambda e: (fold(e.canonical), e.canonical))


def head_of(observed: Iterable[str], counts: Mapping[str, int]) -> str:
    """The canonical spelling of a cluster aliases.yaml does not name: the one written most
    often, then the longest, then the first in order."""
    return min(observed, key=lambda n: (-counts[n], -len(n), n))


def _explain(
    observed: list[str], head: str, drop: frozenset[str] | None, entry: Alias | None
) -> tuple[str, ...]:
    """Why each spelling belongs: matched by a rule to another spelling, or by aliases.yaml."""
    reasons: list[str] = []
    for variant in observed:
        if variant == head:
            continue
        others = [head] + [o for o in observed if o not in (head, variant)]
        for other in others:
            why = same_name(words(variant, drop), words(other, drop))
            if why is not None:
                reasons.append(f"{variant} ~ {other}: {why}")
                break
        else:
            listed = entry.canonical if entry else head
            reasons.append(f"{variant} ~ {head}: aliases.yaml lists both as {listed}")
    return tuple(reasons)


_MAX_HOLDERS = 200
"""A class of words held by more names than this pairs each only with its neighbours."""


def _candidate_pairs(tokens: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Pairs of names sharing a word that may be one word, found block by block."""
    vocabulary = sorted({w for ws in tokens for w in ws})
    blocks: dict[str, list[str]] = defaultdict(list)
    for word in vocabulary:
        blocks[(skeleton(word) or word)[:2]].append(word)
    word_class = DisjointSet(vocabulary)

    for block in blocks.values():
        if len(block) < 2:
            continue
        for i, word in enumerate(block[:-1]):
            rest = block[i + 1 :]
            for _, _, j in process.extract(
                word, rest, scorer=fuzz.ratio, score_cutoff=_SKELETON_RATIO, limit=None
            ):
                if same_word(word, rest[j]) is not None:
                    word_class.union(word, rest[j])
    classes = [{word_class.find(w) for w in ws} for ws in tokens]
    holders: dict[str, list[int]] = defaultdict(list)  # ascending name numbers
    for number, held in enumerate(classes):
        for each in held:
            holders[each].append(number)
    # Two names are one only if every word of the shorter matches a word of the longer, so
    # the shorter holds its rarest word's class and the longer holds it too: pairing each
    # name with the holders of its rarest class finds every pair that can match, without
    # pairing all the names that share a common word ("attack", "clashes").
    pairs: set[tuple[int, int]] = set()
    for number, held in enumerate(classes):
        if not held:
            continue
        members = holders[min(held, key=lambda c: (len(holders[c]), c))]
        if len(members) <= _MAX_HOLDERS:
            pairs.update((min(number, j), max(number, j)) for j in members if j != number)
            continue
        # Every word is held by very many names (a common first name alone is no evidence):
        # only neighbours in each class's order are tried.
        for each in held:
            members = holders[each]
            at = bisect.bisect_left(members, number)
            if at > 0:
                pairs.add((members[at - 1], number))
            if at + 1 < len(members):
                pairs.add((number, members[at + 1]))
    return sorted(pairs)


_MENTION = re.compile(r"\b[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")
_LEADING = frozenset(
    ("the", "a", "an", "on", "by", "at", "in", "of", "for", "from", "to", "and", "but", "or",
     "as", "if", "when", "while", "after", "before", "last", "this", "that", "these", "those")
)  # fmt: skip


def mentions(text: str) -> list[str]:
    """Runs of capitalised words in `text`, possessive 's and leading function words removed
    ("Petrov's troops" -> ["Petrov"], "On Thursday" -> ["Thursday"])."""
    found: list[str] = []
    for match in _MENTION.finditer(text or ""):
        spelled = _APOSTROPHES.sub("'", _POSSESSIVE.sub("", match.group(0))).strip(" '")
        parts = spelled.split()
        while parts and parts[0].lower() in _LEADING:
            parts.pop(0)
        if parts:
            found.append(" ".join(parts))
    return found


def lookup(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Each variant spelling -> its entity."""
    return {variant: entity for entity in entities for variant in entity.variants}


@cache
def alias_for(canonical: str) -> Alias | None:
    """The aliases.yaml entry whose canonical (or variant) spelling folds like `canonical`."""
    key = fold(canonical)
    for entry in aliases().entries:
        if key in {fold(s) for s in (entry.canonical, *entry.variants)}:
            return entry
    return None


@cache
def places_around(canonical: str) -> frozenset[str]:
    """Names (names.plain) of every place that contains `canonical`, by aliases.yaml
    `within`."""
    found: set[str] = set()
    todo = [canonical]
    while todo:
        entry = alias_for(todo.pop())
        if entry is None:
            continue
        for outer in entry.within:
            found_entry = alias_for(outer)
            key = plain(found_entry.canonical if found_entry else outer)
            if key not in found:
                found.add(key)
                todo.append(outer)
    return frozenset(found)

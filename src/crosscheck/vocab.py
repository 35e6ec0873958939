"""The vocabularies shipped as data files in crosscheck/data/, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from crosscheck.model import Qualifier

_DATA = Path(__file__).parent / "data"
"""The package's data folder, read as files (importlib.resources cost ~8 ms of start-up)."""


def load_data(name: str) -> Any:
    """Parse one YAML file of the package's data folder (safe loader; libyaml's when PyYAML
    has it: the pure-Python one took a third of a second of every command's start)."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


@cache
def synonyms() -> dict[str, str]:
    """data/wordings.yaml: each word of a list of synonyms -> the list's first word."""
    lists: list[list[str]] = load_data("wordings.yaml")["synonyms"]
    return {word: words[0] for words in lists for word in words[1:]}


@cache
def area_words() -> frozenset[str]:
    """data/wordings.yaml `area_words`: words that only say a measure's whole is an area."""
    return frozenset(load_data("wordings.yaml").get("area_words") or ())


@cache
def _vague() -> dict[str, Any]:
    """data/vague.yaml, parsed once for the three vocabularies it holds."""
    raw: dict[str, Any] = load_data("vague.yaml")
    return raw


class Word(str, Enum):
    """A word of a fixed vocabulary that stands in for the word itself: equal to it, hashed,
    formatted and printed as it (an Enum of str hashes by member name and, from Python 3.12,
    formats as "Nature.TOLL"), so code that compares with the words keeps working."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)

    def __hash__(self) -> int:
        return hash(self.value)


class Nature(Word):
    """How the figures of a kind behave over time (data/kinds.yaml `nature`)."""

    TOLL = "toll"  # a running count over an event that only grows: killed, injured, detained
    STOCK = "stock"  # a standing quantity that can go up or down: troops, population
    MEASURE = "measure"  # a measurement: distance, percent, other
    DATE = "date"  # a date


class Side(Word):
    """Where an "about" figure may lie (data/qualifiers.yaml `side`)."""

    BOTH = "both"  # "about 100": around it
    BELOW = "below"  # "nearly 100": not above it
    ABOVE = "above"  # "just over 100": not below it
    # "30-odd": from it up to the next step of its last significant digit (30 to 39)
    STEP_ABOVE = "step above"


@dataclass(frozen=True)
class Kind:
    name: str
    nature: Nature
    unit: str | None
    cues: tuple[str, ...]
    horizon_days: int | None = None  # a level that moves both ways (kinds.yaml)
    label: str = ""  # the word a subject names the kind by ("share" for percent)
    rounded: bool = False  # a round figure stands for the range it is rounded from
    people: str | None = None  # who it counts: armed, residents, crowd (kinds.yaml)
    taken_once: bool = False  # those taken in one event: a higher count is no toll going on


SHARE_UNIT = "percent"
"""The unit of a share (kinds.yaml percent): a ratio, always rounded by whoever states it,
and of the place its own sentence names (a turnout in the capital, a national share)."""


def is_share(kind: str) -> bool:
    """Whether a kind's figures are shares (its unit is SHARE_UNIT)."""
    spec = kinds().get(kind)
    return spec is not None and spec.unit == SHARE_UNIT


@cache
def kinds_data() -> dict[str, Any]:
    """data/kinds.yaml as parsed, once per process and read only: `kinds` and the
    extractor's kind families (extract/lexicon.py) both read it."""
    raw: dict[str, Any] = load_data("kinds.yaml")
    return raw


@cache
def kinds() -> dict[str, Kind]:
    """The controlled vocabulary of claim kinds (data/kinds.yaml)."""
    raw = kinds_data()
    return {
        name: Kind(
            name,
            Nature(spec["nature"]),
            spec.get("unit"),
            tuple(spec.get("cues") or ()),
            spec.get("horizon_days"),
            spec.get("subject", name),
            bool(spec.get("rounded", False)),
            spec.get("people"),
            bool(spec.get("taken_once", False)),
        )
        for name, spec in raw.items()
    }


@dataclass(frozen=True)
class Hedge:
    phrase: str
    qualifier: Qualifier
    side: Side


@cache
def hedges() -> tuple[Hedge, ...]:
    """Qualifier phrases, longest first (data/qualifiers.yaml)."""
    raw = dict(load_data("qualifiers.yaml"))
    del raw["trailing"]
    return _longest_first(raw.values())


@cache
def trailing_hedges() -> tuple[Hedge, ...]:
    """Qualifier phrases written after the figure ("30-odd", "40 or more"), longest first
    (data/qualifiers.yaml `trailing`)."""
    return _longest_first(load_data("qualifiers.yaml")["trailing"])


def _longest_first(specs: Any) -> tuple[Hedge, ...]:
    found = [
        Hedge(phrase.lower(), Qualifier(spec["qualifier"]), Side(spec["side"]))
        for spec in specs
        for phrase in spec["phrases"]
    ]
    return tuple(sorted(found, key=lambda h: (-len(h.phrase), h.phrase)))


@cache
def vague_phrases() -> dict[str, tuple[float, float, float | None]]:
    """Vague quantities and their [low, best, high] (data/vague.yaml)."""
    raw = _vague()["phrases"]
    return {phrase.lower(): (lo, best, hi) for phrase, (lo, best, hi) in raw.items()}


@cache
def multipliers() -> dict[str, int]:
    """Scale words ("dozen", "thousand") and their factors (data/vague.yaml)."""
    return {word.lower(): factor for word, factor in _vague()["multipliers"].items()}


@cache
def number_words() -> dict[str, int]:
    """Words that stand for an exact small number ("twice", "no") (data/vague.yaml)."""
    return {word.lower(): value for word, value in _vague()["words"].items()}


@cache
def units() -> dict[str, tuple[str, float]]:
    """Unit words and (canonical unit, factor to it) (data/units.yaml)."""
    return {
        word.lower(): (unit, factor) for word, (unit, factor) in load_data("units.yaml").items()
    }

"""The vocabularies shipped as data files in crosscheck/data/, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from crosscheck.model import Qualifier


def load_data(name: str) -> Any:
    """Parse one YAML file of the package's data folder (safe loader)."""
    text = resources.files("crosscheck").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@dataclass(frozen=True)
class Kind:
    name: str
    nature: str  # toll | stock | measure | date
    unit: str | None
    cues: tuple[str, ...]


@cache
def kinds() -> dict[str, Kind]:
    """The controlled vocabulary of claim kinds (data/kinds.yaml)."""
    raw = load_data("kinds.yaml")
    return {
        name: Kind(name, spec["nature"], spec.get("unit"), tuple(spec.get("cues") or ()))
        for name, spec in raw.items()
    }


@dataclass(frozen=True)
class Hedge:
    phrase: str
    qualifier: Qualifier
    side: str  # both | below | above


@cache
def hedges() -> tuple[Hedge, ...]:
    """Qualifier phrases, longest first (data/qualifiers.yaml)."""
    raw = load_data("qualifiers.yaml")
    found = [
        Hedge(phrase.lower(), Qualifier(spec["qualifier"]), spec["side"])
        for spec in raw.values()
        for phrase in spec["phrases"]
    ]
    return tuple(sorted(found, key=lambda h: (-len(h.phrase), h.phrase)))


@cache
def vague_phrases() -> dict[str, tuple[float, float, float | None]]:
    """Vague quantities and their [low, best, high] (data/vague.yaml)."""
    raw = load_data("vague.yaml")["phrases"]
    return {phrase.lower(): (lo, best, hi) for phrase, (lo, best, hi) in raw.items()}


@cache
def multipliers() -> dict[str, int]:
    """Scale words ("dozen", "thousand") and their factors (data/vague.yaml)."""
    return {word.lower(): factor for word, factor in load_data("vague.yaml")["multipliers"].items()}


@cache
def number_words() -> dict[str, int]:
    """Words that stand for an exact small number ("twice", "no") (data/vague.yaml)."""
    return {word.lower(): value for word, value in load_data("vague.yaml")["words"].items()}


@cache
def units() -> dict[str, tuple[str, float]]:
    """Unit words and (canonical unit, factor to it) (data/units.yaml)."""
    return {
        word.lower(): (unit, factor) for word, (unit, factor) in load_data("units.yaml").items()
    }

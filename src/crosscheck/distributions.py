"""What is installed: distributions and their versions, from their metadata folders' names.

The cache's fingerprint (cache.py) and the gazetteer's shipped index (places.py) depend on
the versions of packages installed.  importlib.metadata finds them, but importing it (it
pulls in the email package) and asking it took ~0.03 s of every start; a listing of the
folders Python imports from gives the same answer from names alone: a wheel installs
"<name>-<version>.dist-info".  Where a name gives no version (an egg-info folder, a
distribution not found this way), importlib.metadata answers, as before.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache


@cache
def listing() -> tuple[str, ...]:
    """The metadata folders of the distributions installed where Python imports from, as
    "<entry>/<name>", in the order of sys.path (each entry's sorted): any distribution
    installed, removed or upgraded changes it."""
    found: list[str] = []
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as items:
                found += sorted(
                    f"{entry}/{item.name}"
                    for item in items
                    if item.name.endswith((".dist-info", ".egg-info"))
                )
        except OSError:
            continue
    return tuple(found)


def _normal(name: str) -> str:
    """A distribution's name as PEP 503 compares names: "ruamel.yaml" is "ruamel-yaml"."""
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def _folders() -> dict[str, str]:
    """The first metadata folder of each distribution on sys.path, by normalised name (the
    one importlib.metadata reads), for the folders whose names carry a version."""
    found: dict[str, str] = {}
    for path in listing():
        name, dash, rest = os.path.basename(path).partition("-")
        if path.endswith(".dist-info") and dash:
            found.setdefault(_normal(name), path)
        else:  # an egg-info folder: its name need not say which version; ask importlib
            found.setdefault(_normal(name.removesuffix(".egg-info")), "")
    return found


def version(name: str) -> str:
    """The version of the distribution `name` installed (raises
    importlib.metadata.PackageNotFoundError when there is none)."""
    path = _folders().get(_normal(name))
    if path:
        return os.path.basename(path).partition("-")[2].removesuffix(".dist-info")
    from importlib import metadata

    return metadata.version(name)


def requires(name: str) -> list[str]:
    """The requirements the distribution `name` declares ("typer<0.29,>=0.12", "pytest>=8;
    extra == 'test'"), from its metadata's Requires-Dist headers (raises
    importlib.metadata.PackageNotFoundError when it is not installed)."""
    path = _folders().get(_normal(name))
    if path:
        try:
            with open(os.path.join(path, "METADATA"), encoding="utf-8") as headers:
                found: list[str] = []
                for line in headers:
                    if not line.strip():
                        return found  # the headers end; the description follows
                    if line.startswith("Requires-Dist:"):
                        found.append(line.partition(":")[2].strip())
                return found
        except OSError:
            pass
    from importlib import metadata

    return metadata.requires(name) or []

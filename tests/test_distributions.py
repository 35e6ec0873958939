"""What is installed, from the metadata folders' names (distributions.py): the answers
importlib.metadata gives, without importing it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from crosscheck import distributions


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """sys.path may be changed; the listing is read again, before and after."""
    distributions.listing.cache_clear()
    distributions._folders.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    distributions.listing.cache_clear()
    distributions._folders.cache_clear()


def test_every_installed_version_is_importlib_s() -> None:
    names = {dist.metadata["Name"] for dist in metadata.distributions()}
    assert "rapidfuzz" in names or "rapidfuzz" in {n.lower() for n in names}
    for name in names:
        assert distributions.version(name) == metadata.version(name), name
    # Names as requirements write them: "ruamel.yaml", "PyYAML", "python-dateutil".
    for name in ("ruamel.yaml", "PyYAML", "python-dateutil", "Jinja2"):
        assert distributions.version(name) == metadata.version(name), name


def test_declared_requirements_are_importlib_s() -> None:
    for name in ("crosscheck", "pytest", "typer"):
        try:
            expected = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # crosscheck run from a source tree
        assert distributions.requires(name) == expected, name


def test_what_is_not_installed_is_not_found() -> None:
    with pytest.raises(metadata.PackageNotFoundError):
        distributions.version("no-such-distribution-here")
    with pytest.raises(ModuleNotFoundError):  # (PackageNotFoundError is one)
        distributions.requires("no-such-distribution-here")


def test_the_first_on_sys_path_is_the_one_installed(
    tmp_path: Path, fresh: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Rapid_Fuzz-0.1.dist-info").mkdir()  # another spelling of the same name
    (tmp_path / "rapidfuzz-0.1.dist-info" / "METADATA").parent.mkdir()
    (tmp_path / "rapidfuzz-0.1.dist-info" / "METADATA").write_text(
        "Name: rapidfuzz\nVersion: 0.1\nRequires-Dist: westby>=2\n\nRequires-Dist: no\n"
    )
    fresh.syspath_prepend(str(tmp_path))
    assert distributions.version("rapidfuzz") == "0.1"
    assert distributions.requires("rapidfuzz") == ["westby>=2"]  # headers only
    assert distributions.listing()[0].startswith(str(tmp_path))


def test_an_egg_info_folder_is_read_by_importlib(tmp_path: Path, fresh: pytest.MonkeyPatch) -> None:
    # "norland.egg-info" says no version in its name: importlib.metadata reads it.
    (tmp_path / "norland.egg-info").mkdir()
    (tmp_path / "norland.egg-info" / "PKG-INFO").write_text("Name: norland\nVersion: 3.2\n")
    fresh.syspath_prepend(str(tmp_path))
    assert distributions.version("norland") == "3.2"


def test_a_version_asked_imports_no_importlib_metadata() -> None:
    program = (
        "import sys\n"
        "from crosscheck import distributions\n"
        "distributions.version('rapidfuzz'); distributions.requires('rapidfuzz')\n"
        "print([m for m in ('importlib.metadata', 'email') if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"

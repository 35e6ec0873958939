"""The compiled extractor extracts the same claims as the pure-Python code.

`CROSSCHECK_COMPILE=1 pip install .` compiles the extractor's modules with mypyc
(build_backend/crosscheck_build.py, setup.py); the tests import the editable, pure-Python
sources.  .ci/run builds such an install into a virtualenv of its own and names its
interpreter in CROSSCHECK_COMPILED_PYTHON: the claims that interpreter extracts from real
articles must be the ones extracted here, byte for byte.  Without it these tests skip; in CI
(CI=true) they fail.  The backend's one decision (mypyc needed or not) is tested directly.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from crosscheck import articles
from crosscheck.extract import extract_article

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO.parent / "shared" / "devset"

# Run by both interpreters: every claim the extractor proposes, one JSON line an article.
_DUMP = """
import json, sys
from pathlib import Path
from crosscheck import articles
from crosscheck.extract import extract_article
for folder in sys.argv[1:]:
    for article in sorted(articles.load_all(Path(folder)).values(), key=lambda a: a.id):
        print(json.dumps([article.id, extract_article(article)], sort_keys=True, default=str))
"""

# In the compiled interpreter: the file each module of the package was imported from.
_FILES = """
import importlib, json, pkgutil
import crosscheck
modules = pkgutil.walk_packages(crosscheck.__path__, "crosscheck.")
names = [m.name for m in modules if not m.name.endswith("__main__")]
print(json.dumps({n: importlib.import_module(n).__file__ for n in names}))
"""


@pytest.fixture(scope="module")
def compiled_python() -> str:
    python = os.environ.get("CROSSCHECK_COMPILED_PYTHON", "")
    if not python:
        reason = "CROSSCHECK_COMPILED_PYTHON names no interpreter with the compiled wheel"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return python


def _run(python: str, script: str, *args: str) -> str:
    done = subprocess.run(
        [python, "-c", script, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd="/",  # not the checkout: the installed package, not src/ on the path
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The bundled articles, the held-out ones of bench/, and the development set beside the
    project when it is there (stored as `article add` stores it)."""
    found = [str(REPO / "articles"), str(REPO / "bench" / "heldout" / "articles")]
    if (DEVSET / "sources.yaml").is_file():
        folder = tmp_path_factory.mktemp("devset-articles")
        for source in yaml.safe_load((DEVSET / "sources.yaml").read_text(encoding="utf-8")):
            day = re.match(r"\d{4}(-\d{2}(-\d{2})?)?", str(source["published"]))
            assert day is not None
            articles.add(
                folder,
                (DEVSET / "texts" / f"{source['id']}.txt").read_text(encoding="utf-8"),
                outlet=source["outlet"],
                published=day.group(0),
                title=source.get("title"),
                article_id=source["id"],
            )
        found.append(str(folder))
    return found


def test_the_compiled_install_compiles_the_extractor(compiled_python: str) -> None:
    files = json.loads(_run(compiled_python, _FILES))
    compiled = {name for name, path in files.items() if not path.endswith(".py")}
    extractor = {n for n in files if n.startswith("crosscheck.extract.")}
    assert len(extractor) >= 10
    assert extractor <= compiled, sorted(extractor - compiled)
    assert "crosscheck.cli" not in compiled  # the rest stays pure


def test_compiled_and_pure_extract_the_same_claims(
    compiled_python: str, folders: list[str]
) -> None:
    compiled = _run(compiled_python, _DUMP, *folders).splitlines()
    pure = [
        json.dumps([article.id, extract_article(article)], sort_keys=True, default=str)
        for folder in folders
        for article in sorted(articles.load_all(Path(folder)).values(), key=lambda a: a.id)
    ]
    assert len(pure) >= 10
    assert sum(len(json.loads(line)[1]) for line in pure) > 100
    assert compiled == pure


def _backend() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "crosscheck_build", REPO / "build_backend" / "crosscheck_build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("choice", "compiles"), [("", False), ("0", False), ("yes", False), ("1", True), (" 1", True)]
)
@pytest.mark.parametrize("kind", ["wheel", "editable"])
def test_mypyc_is_a_build_requirement_only_when_compiling(
    monkeypatch: pytest.MonkeyPatch, choice: str, compiles: bool, kind: str
) -> None:
    backend = _backend()
    hook = f"get_requires_for_build_{kind}"
    monkeypatch.setenv("CROSSCHECK_COMPILE", choice)
    seen: list[str | None] = []

    def setuptools_hook(config_settings: object = None) -> list[str]:
        # setuptools' own hook runs setup.py, where mypyc is not installed yet.
        seen.append(os.environ.get("CROSSCHECK_COMPILE"))
        return ["wheel"]

    monkeypatch.setattr(backend._setuptools, hook, setuptools_hook)
    assert getattr(backend, hook)() == (["wheel", backend.MYPYC] if compiles else ["wheel"])
    assert seen == [None]
    assert os.environ["CROSSCHECK_COMPILE"] == choice

"""The report is the same in every process: no output may depend on the order in which a set
is iterated (string hashes are salted per process, and on Python 3.11 an object holding None
hashes by an address).  Checked on real articles, the development set beside the project, run
through `article add` and `extract` like a user would, then reported by separate processes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from crosscheck.cli import app

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"


@pytest.fixture(scope="module")
def devset_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (DEVSET / "sources.yaml").is_file():
        pytest.skip("the development set is not beside the project")
    root = tmp_path_factory.mktemp("devset")
    (root / "articles").mkdir()
    (root / "claims").mkdir()
    runner = CliRunner()
    for source in yaml.safe_load((DEVSET / "sources.yaml").read_text(encoding="utf-8")):
        day = re.match(r"\d{4}(-\d{2}(-\d{2})?)?", str(source["published"]))
        assert day is not None
        args = ["--id", source["id"], "--outlet", source["outlet"], "--published", day.group(0)]
        for key in ("url", "title"):
            if source.get(key):
                args += [f"--{key}", str(source[key])]
        text = DEVSET / "texts" / f"{source['id']}.txt"
        added = runner.invoke(app, ["--root", str(root), "article", "add", str(text), *args])
        assert added.exit_code == 0, added.output
    extracted = runner.invoke(app, ["--root", str(root), "extract"])
    assert extracted.exit_code == 0, extracted.output
    return root


def _report(root: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", "--root", str(root), "--quiet", "report"]
        + ["--format", "json", "--no-cache", "--jobs", "1"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_the_report_is_the_same_in_every_process(devset_corpus: Path) -> None:
    outputs = {_report(devset_corpus, seed) for seed in ("0", "1", "random", "random")}
    assert len(outputs) == 1
    assert '"findings"' in outputs.pop()

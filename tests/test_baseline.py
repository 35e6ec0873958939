"""baseline.py: what counts as new or worse, and reading the file back."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import baseline
from crosscheck.errors import CrosscheckError
from crosscheck.model import Verdict

KNOWN = baseline.Entry("killed|x", Verdict.TENSION, 0.5, "x killed", ("a#1", "b#2"), "ok")


@pytest.mark.parametrize(
    ("verdict", "severity", "why"),
    [
        (Verdict.TENSION, 0.5, None),
        (Verdict.TENSION, 0.4, None),  # better
        (Verdict.UPDATE, 0.9, None),  # a milder verdict, whatever its severity
        (Verdict.TENSION, 0.501, "worse: severity 0.501, was 0.500"),
        (Verdict.CONTRADICTION, 0.1, "worse: contradiction, was tension"),
    ],
)
def test_why_failing(verdict: Verdict, severity: float, why: str | None) -> None:
    now = baseline.Entry("killed|x", verdict, severity)
    assert baseline.why_failing(now, KNOWN) == why
    assert baseline.why_failing(now, None) == "new"


def test_written_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / baseline.FILE_NAME
    path.write_text(baseline.render([KNOWN], {}), encoding="utf-8")
    assert baseline.read(path) == {"killed|x": KNOWN}
    path.write_text(baseline.render([KNOWN], {"killed|x": "new note"}), encoding="utf-8")
    assert baseline.read(path)["killed|x"].note == "new note"
    assert baseline.read(tmp_path / "none.yaml") == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "1:1: not a crosscheck baseline (expected version: 1)"),
        ("version: 1\ndiscrepancies: 3\n", "2:1: discrepancies: expected a list"),
        (
            "version: 1\ndiscrepancies:\n- {key: a, verdict: tension, severity: 1}\n"
            "- {key: a, verdict: tension, severity: 1}\n",
            "4:4: key: 'a' is listed twice",
        ),
        (
            "version: 1\ndiscrepancies:\n- {key: a, verdict: tension, severity: high}\n",
            "3:30: severity: expected a number 0..1",
        ),
    ],
)
def test_a_bad_baseline_says_where(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / baseline.FILE_NAME
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CrosscheckError) as caught:
        baseline.read(path)
    assert str(caught.value) == f"{path}:{message}"

"""The benchmark corpus is a valid corpus: what bench/report_speed.py times is a real report."""

from __future__ import annotations

import sys
from pathlib import Path

from crosscheck import check, compare
from crosscheck.store import loading

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synthetic  # noqa: E402


def test_the_synthetic_corpus_passes_check_and_has_disagreements(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, 300)
    assert check.check_corpus(tmp_path / "articles", tmp_path / "claims") == []
    corpus = loading.load_corpus(tmp_path / "articles", tmp_path / "claims")
    assert len(corpus.claims) == 300
    findings = compare.analyse(corpus.claims, corpus.articles)
    verdicts = {finding.verdict.value for finding in findings}
    assert {"contradiction", "consistent"} <= verdicts

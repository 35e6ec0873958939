"""store/loading.py: claim files read, a folder loaded (with the cache), every problem placed."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import STORM, TOLL, claim_file
from crosscheck.errors import CrosscheckError
from crosscheck.store import editing, loading
from factories import stored_article as _article

# --------------------------------------------------------------------------- loading


def test_load_claims_sorts_by_id_numerically(root: Path) -> None:
    article = _article(root)
    entry = editing.make_entry(article, subject="s", kind="killed", figure="12", quote="12 people")
    editing.add_claims(root / "claims", article, [entry] * 9)
    ids = [claim.id for claim in loading.load_claims(root / "claims")]
    assert ids == [f"{STORM}#{n}" for n in range(1, 12)]


def test_claims_in_a_file_named_for_another_article_are_refused(root: Path) -> None:
    claim_file(root, TOLL).write_text(claim_file(root).read_text())
    with pytest.raises(CrosscheckError) as caught:
        loading.load_claims(root / "claims")
    assert str(caught.value) == (
        f"{claim_file(root, TOLL)}:3:1: article: claims about '{STORM}' belong in {STORM}.yaml"
    )


def test_load_corpus_refuses_claims_about_an_unknown_article(root: Path) -> None:
    (root / "articles" / f"{STORM}.txt").unlink()
    with pytest.raises(CrosscheckError) as caught:
        loading.load_corpus(root / "articles", root / "claims")
    # The words and place `check` gives.
    assert str(caught.value) == f"{claim_file(root)}:3:1: article: no article '{STORM}'"


def test_load_corpus_gives_articles_and_claims(root: Path) -> None:
    corpus = loading.load_corpus(root / "articles", root / "claims")
    assert sorted(corpus.articles) == [TOLL, STORM]
    assert [claim.id for claim in corpus.claims] == [f"{STORM}#1", f"{STORM}#2"]


def test_find_claim(root: Path) -> None:
    path, claim = loading.find_claim(root / "claims", f"{STORM}#2")
    assert path == claim_file(root)
    assert claim.subject == "people injured"
    with pytest.raises(CrosscheckError, match="no claim"):
        loading.find_claim(root / "claims", f"{STORM}#9")
    with pytest.raises(CrosscheckError, match="is not a claim id"):
        loading.find_claim(root / "claims", "../etc#1")

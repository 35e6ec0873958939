"""store/loading.py: claim files read, a folder loaded (with the cache), every problem placed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from conftest import STORM, TOLL, claim_file
from crosscheck.cache import Cache
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


def _rewrite_keeping_stat(path: Path, text: str) -> None:
    """Write `text` (as long as the old content) and put the old modification time back."""
    before = path.stat()
    assert len(text.encode()) == before.st_size
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_file_seen_unchanged_is_not_read_again(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("first", encoding="utf-8")
    old = time.time_ns() - 10 * loading.RACY_NS
    os.utime(path, ns=(old, old))
    kept = Cache(tmp_path)
    hashes, read = loading.content_hashes([path], kept, keep=100)
    assert read == {path: b"first"}
    # Same size, time and inode: the recorded hash stands and the file is not read (which is
    # why a change that keeps all three goes unseen, as in git).
    _rewrite_keeping_stat(path, "other")
    assert loading.content_hashes([path], kept, keep=100) == (hashes, {})
    # A change of size, or of time, is read.
    path.write_text("changed", encoding="utf-8")
    again, read = loading.content_hashes([path], kept, keep=100)
    assert read == {path: b"changed"} and again != hashes
    assert loading.content_hashes([path], None)[0] == again  # without a cache: always read


def test_a_file_modified_just_before_it_was_hashed_is_hashed_again(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("first", encoding="utf-8")  # modified now: racy
    kept = Cache(tmp_path)
    hashes, _ = loading.content_hashes([path], kept)
    _rewrite_keeping_stat(path, "other")
    again, read = loading.content_hashes([path], kept, keep=100)
    assert read == {path: b"other"} and again != hashes


def test_the_bytes_read_are_kept_up_to_the_budget_asked(tmp_path: Path) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"]
    for path, text in zip(paths, ["first", "second", "third"], strict=True):
        path.write_text(text, encoding="utf-8")
    hashes, read = loading.content_hashes(paths, None)
    assert read == {}  # by default none: a corpus read whole is not held
    assert loading.content_hashes(paths, None, keep=11) == (
        hashes,
        {paths[0]: b"first", paths[1]: b"second"},
    )
    # "second" would go over: it is not kept, "third" still fits.
    assert loading.content_hashes(paths, None, keep=10)[1] == {
        paths[0]: b"first",
        paths[2]: b"third",
    }


def test_a_claim_file_not_read_before_is_read_where_it_is_parsed(root: Path) -> None:
    paths = loading.claim_files(root / "claims")
    given = loading._parse_claim_files([(path, path.read_bytes()) for path in paths])
    # The bytes are not sent along: the process that parses a file reads it, and says the
    # hash of what it parsed.
    assert loading._parse_claim_files([(path, None) for path in paths]) == given
    assert [digest for _, digest in given] == loading.content_hashes(paths, None)[0]
    assert all(isinstance(claims, list) and claims for claims, _ in given)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_first_load_hashes_each_claim_file_where_it_is_parsed_and_records_it(
    root: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(loading, "_PARALLEL_BYTES", 0)  # two files: two processes
    claim_file(root, TOLL).write_text(claim_file(root).read_text().replace(STORM, TOLL))
    paths = loading.claim_files(root / "claims")
    old = time.time_ns() - 10 * loading.RACY_NS  # not racy: a recorded hash stands
    for path in paths:
        os.utime(path, ns=(old, old))
    original = loading.content_hashes
    hashed: list[Path] = []

    def spying(files: list[Path], *args: object, **options: object) -> object:
        hashed.extend(files)
        return original(files, *args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "content_hashes", spying)
    kept = Cache(root)
    assert not kept.holds_claim_files()
    loaded = loading.load_claims(root / "claims", cache=kept, jobs=jobs)
    assert loaded == loading.load_claims(root / "claims", jobs=jobs)
    # An empty cache can give no file's claims: none was read to be hashed before parsing.
    assert not set(hashed) & set(paths)
    assert kept.holds_claim_files()
    # What was recorded where each was parsed spares the next run reading them to hash.
    assert original(paths, kept, keep=10**6) == (original(paths, None)[0], {})
    # A cache that holds claim files is asked with each file's hash, taken before parsing.
    loading.load_claims(root / "claims", cache=kept, jobs=jobs)
    assert set(paths) <= set(hashed)


def test_articles_kept_in_the_cache_are_those_parsed_at_the_path_given(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = Cache(root)
    absolute = loading.load_corpus(root / "articles", root / "claims", cache=kept)
    assert absolute.articles == loading.load_corpus(root / "articles", root / "claims").articles
    monkeypatch.chdir(root)
    relative = loading.load_corpus(Path("articles"), Path("claims"), cache=kept)
    assert relative.articles == loading.load_corpus(Path("articles"), Path("claims")).articles
    assert all(not Path(a.path or "/").is_absolute() for a in relative.articles.values())
    # An edited article is parsed again.
    path = next(Path("articles").glob("*.txt"))
    path.write_text(path.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    again = loading.load_corpus(Path("articles"), Path("claims"), cache=kept)
    assert again.articles == loading.load_corpus(Path("articles"), Path("claims")).articles
    assert again.articles != relative.articles


def test_work_on_the_articles_is_done_while_workers_read_the_claims(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck import parallel, profiles

    monkeypatch.setattr(loading, "_PARALLEL_BYTES", 0)
    text = claim_file(root).read_text()  # a second claim file: two to spread
    claim_file(root, TOLL).write_text(text.replace(STORM, TOLL))
    # an article that names a town the gazetteer knows (the corpus's two name none)
    (root / "articles" / "lima-daily-2021-03-06-storm.txt").write_text(
        "---\nid: lima-daily-2021-03-06-storm\ntitle: Storm in Lima\noutlet: Lima Daily\n"
        "published: '2021-03-06'\n---\nThe storm killed 15 people in Lima, officials said.\n",
        encoding="utf-8",
    )
    given: list[dict[str, object]] = []
    with parallel.progress(lambda *_: None):  # with progress, the workers read every file
        corpus = loading.load_corpus(
            root / "articles", root / "claims", jobs=2, meanwhile=lambda read: given.append(read)
        )
    assert given == [corpus.articles] and corpus.claims
    # What profiles.prepare does then: each article's place is known before any claim is.
    placed = {key: profiles.article_place(article) for key, article in corpus.articles.items()}
    assert any(place is not None for place in placed.values())
    profiles._article_reading.cache_clear()
    profiles.prepare(corpus.articles)
    monkeypatch.setattr(profiles.places, "resolve", None)  # nothing is resolved again
    assert {k: profiles.article_place(a) for k, a in corpus.articles.items()} == placed

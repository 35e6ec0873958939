"""store/editing.py: claims made, added, changed and removed in their files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, STORM, TOLL, claim_file
from crosscheck import cache, store, yamlio
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Status
from crosscheck.store import editing, loading, validation
from factories import claim_entry as _entry
from factories import stored_article as _article


def test_make_entry_finds_the_quote_across_line_breaks(root: Path) -> None:
    article = _article(root)
    entry = editing.make_entry(
        article, subject="people injured", kind="injured", figure="about 300",
        quote="about 300 were injured", via=["Coast Wire"],
    )  # fmt: skip
    start, end = entry["span"]
    assert article.body[start:end] == "about 300 were\ninjured"
    assert entry["attribution"] == {"source": "article", "via": ["Coast Wire"]}
    assert (entry["qualifier"], entry["low"], entry["best"], entry["high"]) == (
        "about", 240, 300, 360,
    )  # fmt: skip


def test_make_entry_refuses_a_quote_that_is_not_in_the_article(root: Path) -> None:
    with pytest.raises(CrosscheckError) as caught:
        editing.make_entry(
            _article(root), subject="s", kind="killed", figure="9", quote="nine people died"
        )
    assert str(caught.value) == (f"quote: not found in article '{STORM}' (whitespace-insensitive)")


def test_make_entry_checks_a_given_span(root: Path) -> None:
    article = _article(root)
    quote = "At least 12 people were killed"
    assert editing.make_entry(
        article, subject="s", kind="killed", figure="at least 12", quote=quote, span=(13, 43)
    )["span"] == [13, 43]
    with pytest.raises(CrosscheckError, match=r"span: \[0, 30\] does not cover the quote"):
        editing.make_entry(
            article, subject="s", kind="killed", figure="at least 12", quote=quote, span=(0, 30)
        )


# --------------------------------------------------------------------------- writing


def test_add_claims_creates_a_file_with_the_schema_line(root: Path) -> None:
    article = _article(root, TOLL)
    entry = editing.make_entry(
        article, subject="people killed", kind="killed", figure="15", quote="killed 15 people"
    )
    assert editing.add_claims(root / "claims", article, [entry, entry]) == [
        f"{TOLL}#1",
        f"{TOLL}#2",
    ]
    text = claim_file(root, TOLL).read_text()
    assert text.splitlines()[:4] == [
        store.SCHEMA_LINE,
        f"article: {TOLL}",
        "claims:",
        f"  - id: {TOLL}#1",
    ]
    assert "    span: [23, 39]\n" in text and "    high: 15\n" in text


def test_nothing_is_written_when_one_entry_is_bad(root: Path) -> None:
    article = _article(root)
    before = claim_file(root).read_bytes()
    good = editing.make_entry(article, subject="s", kind="killed", figure="12", quote="12 people")
    bad = {**good, "kind": "kiled"}
    with pytest.raises(CrosscheckError, match="unknown kind"):
        editing.add_claims(root / "claims", article, [good, bad])
    assert claim_file(root).read_bytes() == before


def test_a_removed_number_is_never_given_out_again(root: Path) -> None:
    article = _article(root)
    editing.remove_claim(root / "claims", f"{STORM}#2")
    entry = editing.make_entry(article, subject="s", kind="killed", figure="12", quote="12 people")
    assert editing.add_claims(root / "claims", article, [entry]) == [f"{STORM}#3"]
    assert [c.id for c in loading.load_claims(root / "claims")] == [f"{STORM}#1", f"{STORM}#3"]


def test_update_recomputes_the_interval_of_a_new_figure(root: Path) -> None:
    articles_ = {STORM: _article(root)}
    claim = editing.update_claim(root / "claims", f"{STORM}#1", {"figure": "up to 20"}, articles_)
    assert (claim.estimate.low, claim.estimate.best, claim.estimate.high) == (None, 20, 20)
    claim = editing.update_claim(
        root / "claims", f"{STORM}#1", {"figure": "about 20", "high": 30}, articles_
    )
    assert (claim.estimate.low, claim.estimate.high) == (16, 30)


def test_update_recomputes_the_span_of_a_new_quote(root: Path) -> None:
    articles_ = {STORM: _article(root)}
    claim = editing.update_claim(
        root / "claims", f"{STORM}#2", {"quote": "up to 40 people were missing"}, articles_
    )
    body = articles_[STORM].body
    assert body[claim.span.start : claim.span.end] == "up to 40 people were missing"


def test_update_keeps_comments_and_sets_attribution(root: Path) -> None:
    editing.update_claim(
        root / "claims",
        f"{STORM}#1",
        {"via": ["Coast Wire", "Wire Two"], "status": "corrected", "note": "checked"},
        {STORM: _article(root)},
    )
    text = claim_file(root).read_text()
    assert "# The governor's toll, in the article's first sentence." in text
    assert "figure: 'at least 12'   # the wording, kept as written" in text
    assert "      via: [Coast Wire, Wire Two]\n" in text
    assert "    status: corrected\n    note: checked\n" in text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"figur": "3"}, "figur: unknown key (did you mean 'figure'?)"),
        ({"id": "x#3"}, "id: a claim's id cannot be changed"),
        ({"subject": None}, "subject: required field cannot be removed"),
        ({"figure": "lots"}, "figure: cannot read 'lots' as a figure"),
        ({"quote": "not there"}, f"quote: not found in article '{STORM}'"),
    ],
)
def test_a_bad_update_leaves_the_file_alone(
    root: Path, changes: dict[str, Any], message: str
) -> None:
    before = claim_file(root).read_bytes()
    with pytest.raises(CrosscheckError) as caught:
        editing.update_claim(root / "claims", f"{STORM}#1", changes, {STORM: _article(root)})
    assert message in str(caught.value)
    assert claim_file(root).read_bytes() == before


def test_writes_leave_only_the_file_and_its_lock(root: Path) -> None:
    editing.update_claim(
        root / "claims", f"{STORM}#1", {"status": "rejected"}, {STORM: _article(root)}
    )
    names = sorted(path.name for path in (root / "claims").iterdir())
    assert names == [f".{STORM}.yaml.lock", f"{STORM}.yaml"]
    rejected = [c for c in loading.load_claims(root / "claims") if c.status is Status.REJECTED]
    assert [c.id for c in rejected] == [f"{STORM}#1"]


def test_text_that_yaml_1_1_would_misread_is_quoted(root: Path) -> None:
    article = _article(root)
    tricky = ["no", "on", "Yes", "1_000", "1:20", "2021-03-02", "0x1F", "null", "~", "12"]
    entries = [
        editing.make_entry(
            article, subject=word, party=word, kind="killed", figure="12", quote="12 people"
        )
        for word in tricky
    ]
    editing.add_claims(root / "claims", article, entries)
    loaded = loading.load_claims(root / "claims")[2:]
    assert [(claim.subject, claim.party) for claim in loaded] == [(w, w) for w in tricky]


def test_date_claim_values_of_reduced_precision_cover_their_side() -> None:
    claim = validation.entry_to_claim(
        _entry(kind="date", figure="1990s", low="1992", best="1995", high="1997-06"),
        STORM,
        path="x",
    )
    assert claim.estimate.low == dt.date(1992, 1, 1).toordinal()
    assert claim.estimate.best == dt.date(1995, 7, 2).toordinal()
    assert claim.estimate.high == dt.date(1997, 6, 30).toordinal()


def test_adding_to_an_empty_list_keeps_the_comments(root: Path) -> None:
    article = _article(root, TOLL)
    path = claim_file(root, TOLL)
    for start in (
        f"# mine\narticle: {TOLL}\nclaims: []  # none yet\n",
        f"article: {TOLL}\nclaims:\n",
    ):
        path.write_text(start)
        entry = editing.make_entry(
            article, subject="s", kind="killed", figure="15", quote="15 people"
        )
        assert editing.add_claims(root / "claims", article, [entry]) == [f"{TOLL}#1"]
        text = path.read_text()
        assert text.startswith(start.split("[]")[0])
        assert f"\n  - id: {TOLL}#1\n    subject: s\n" in text
        assert [c.id for c in loading.load_claims(root / "claims") if c.article == TOLL] == [
            f"{TOLL}#1"
        ]


def test_the_digest_of_a_loaded_corpus_is_that_of_its_files(root: Path) -> None:
    # load_corpus hashes the bytes it parsed instead of reading the files again: the same
    # digest as hashing the folders, and it changes with an article or a claim file.
    articles_dir, claims_dir = root / "articles", root / "claims"
    first = loading.load_corpus(articles_dir, claims_dir).digest
    assert first == loading.corpus_digest(articles_dir, claims_dir)
    path = claim_file(root)
    path.write_text(path.read_text().replace("confirmed", "unreviewed"))
    second = loading.load_corpus(articles_dir, claims_dir).digest
    assert second == loading.corpus_digest(articles_dir, claims_dir) != first
    article = next(articles_dir.glob("*.txt"))
    article.write_text(article.read_text() + "One more line.\n")
    third = loading.load_corpus(articles_dir, claims_dir).digest
    assert third == loading.corpus_digest(articles_dir, claims_dir) not in (first, second)
    # What `report` hashes: the digest of a listing, whose paths are made absolute as the
    # cache makes them (from a relative folder too).
    for folders in ((articles_dir, claims_dir), (Path("articles"), Path("claims"))):
        with pytest.MonkeyPatch.context() as patch:
            patch.chdir(root)
            listed = loading.listing(*folders, None)
            assert listed.absolute == cache.absolute([*listed.articles, *listed.claims])
            assert loading.corpus_digest(*folders, listed=listed) == third


def test_a_write_clears_what_an_interrupted_write_of_the_same_file_left(root: Path) -> None:
    claims = root / "claims"
    leftover = claims / f".{STORM}.yaml.k3j4h5.tmp"
    leftover.write_text("half a fi")
    other = claims / ".other-article.yaml.x1y2z3.tmp"
    other.write_text("not ours")
    editing.update_claim(claims, f"{STORM}#2", {"status": "confirmed"}, {STORM: _article(root)})
    assert not leftover.exists()
    assert other.exists()  # another file's: its writer may be alive (it holds another lock)


def test_creating_a_file_clears_what_an_interrupted_write_of_it_left(root: Path) -> None:
    claims = root / "claims"
    editing._leftovers.cache_clear()
    leftover = claims / f".{TOLL}.yaml.k3j4h5.tmp"
    leftover.write_text("half a fi")
    other = claims / ".other-article.yaml.x1y2z3.tmp"
    other.write_text("not ours")
    article, entry, _ = _toll_claim(root)
    editing.add_claims(claims, article, [entry])
    assert not leftover.exists()
    assert other.exists()
    assert [c.id for c in loading.load_claims(claims) if c.article == TOLL] == [f"{TOLL}#1"]


def test_new_claims_are_appended_and_every_byte_on_file_is_kept(root: Path) -> None:
    article = _article(root)
    path = claim_file(root)
    path.write_text(path.read_text() + "# a reviewer's note at the end\n")
    before = path.read_text()
    entry = editing.make_entry(article, subject="s", kind="killed", figure="12", quote="12 people")
    (new_id,) = editing.add_claims(root / "claims", article, [entry])
    after = path.read_text()
    assert after.startswith(before)
    assert after[len(before) :].startswith(f"  - id: {new_id}\n    subject: s\n")


def _tricky_entries(article: Article, figure: str) -> list[dict[str, Any]]:
    """Claims whose text each reader could misread if written plain."""
    tricky = ["no", "1:20", "a: b", "x #y", "25,000", "Ходжент", 'it\'s "so"']
    return [
        editing.make_entry(
            article, subject=word, party=word, kind="killed", figure=figure,
            quote=f"{figure} people", source=word, via=[word, "AP"], note=word,
        )
        for word in tricky
    ]  # fmt: skip


def test_appending_reads_back_as_the_round_trip_writes(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(root)
    entries = _tricky_entries(article, "12")
    editing.add_claims(root / "claims", article, entries)
    fast = loading.load_claims(root / "claims")
    shutil.copy(CORPUS / "claims" / claim_file(root).name, claim_file(root))
    monkeypatch.setattr(editing, "_append_point", lambda text, article_id: None)
    editing.add_claims(root / "claims", article, entries)
    assert loading.load_claims(root / "claims") == fast


def test_a_new_file_is_created_without_a_lock_and_reads_as_the_round_trip_writes(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _article(root, TOLL)
    entries = _tricky_entries(article, "15")
    assert editing.add_claims(root / "claims", article, entries)[-1] == f"{TOLL}#7"
    assert sorted(path.name for path in (root / "claims").iterdir()) == sorted(
        [f"{STORM}.yaml", f"{TOLL}.yaml"]
    )  # no lock file, no temporary file
    fast = loading.load_claims(root / "claims")
    claim_file(root, TOLL).unlink()
    monkeypatch.setattr(editing, "_create", lambda path, article_id, entries: None)
    monkeypatch.setattr(editing, "_append_point", lambda text, article_id: None)
    editing.add_claims(root / "claims", article, entries)
    assert f".{TOLL}.yaml.lock" in {path.name for path in (root / "claims").iterdir()}
    assert loading.load_claims(root / "claims") == fast


def _toll_claim(root: Path) -> tuple[Article, dict[str, Any], Path]:
    """The second article, a claim about it and the path of its (not yet written) file."""
    article = _article(root, TOLL)
    entry = editing.make_entry(article, subject="s", kind="killed", figure="15", quote="15 people")
    return article, entry, claim_file(root, TOLL)


def test_a_file_created_by_another_writer_meanwhile_is_appended_to(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Between the look for the file and its creation, another crosscheck (`claim add`)
    # creates it with a comment: its claim and comment stay, ours come after.
    article, ours, path = _toll_claim(root)
    create = yamlio.create_atomic
    theirs = f"# theirs\narticle: {TOLL}\nclaims:\n"

    def raced(target: Path, text: str) -> bool:
        if not target.exists():
            target.write_text(theirs)
            editing.add_claims(root / "claims", article, [ours])
        return create(target, text)

    monkeypatch.setattr(yamlio, "create_atomic", raced)
    assert editing.add_claims(root / "claims", article, [ours]) == [f"{TOLL}#2"]
    assert path.read_text().startswith(theirs)
    assert [c.id for c in loading.load_claims(root / "claims") if c.article == TOLL] == [
        f"{TOLL}#1",
        f"{TOLL}#2",
    ]


def test_a_new_file_the_round_trip_writes_never_replaces_one_made_meanwhile(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A value only the round trip writes: the new file is made by it, under the lock, and
    # still only if no writer without the lock created the file in between.
    article, entry, path = _toll_claim(root)

    def cannot(entries: Any) -> str:
        raise TypeError("only the round trip writes this")

    monkeypatch.setattr(yamlio, "emit_claims", cannot)
    assert editing.add_claims(root / "claims", article, [entry]) == [f"{TOLL}#1"]
    made = path.read_text()
    path.unlink()
    create = yamlio.create_atomic

    def raced(target: Path, text: str) -> bool:
        target.write_text(made)
        return create(target, text)

    monkeypatch.setattr(yamlio, "create_atomic", raced)
    with pytest.raises(CrosscheckError, match="another crosscheck created this file"):
        editing.add_claims(root / "claims", article, [entry])
    assert path.read_text() == made


def test_claim_files_created_together_read_as_those_created_one_by_one(root: Path) -> None:
    # extract's way (all new files made durable in one step) writes what add_claims writes;
    # a file that is there already is left to write_claims.
    storm, toll = _article(root), _article(root, TOLL)
    entries = _tricky_entries(toll, "15")
    before = claim_file(root).read_text()
    texts = editing.create_claim_files(root / "claims", [(storm, entries), (toll, entries)])
    assert texts[0] is None and claim_file(root).read_text() == before
    assert texts[1] == claim_file(root, TOLL).read_text(encoding="utf-8")
    together = loading.load_claims(root / "claims")
    claim_file(root, TOLL).unlink()
    editing.add_claims(root / "claims", toll, entries)
    assert claim_file(root, TOLL).read_text(encoding="utf-8") == texts[1]
    assert loading.load_claims(root / "claims") == together
    assert {path.name for path in (root / "claims").iterdir()} == {f"{STORM}.yaml", f"{TOLL}.yaml"}


def test_adding_to_a_file_with_comments_keeps_them_and_round_trips_a_change(root: Path) -> None:
    # `extract` appends to a file a person edited: every byte stays; `claim set` on it then
    # goes through the round trip and keeps the comments too.
    article = _article(root)
    path = claim_file(root)
    text = path.read_text().replace("claims:\n", "claims:  # checked by hand\n", 1)
    path.write_text(text + "# the end\n")
    entry = editing.make_entry(article, subject="s", kind="killed", figure="12", quote="12 people")
    (new_id,) = editing.add_claims(root / "claims", article, [entry], checked=True)
    assert path.read_text().startswith(text + "# the end\n")
    editing.update_claim(root / "claims", new_id, {"status": "confirmed"}, {STORM: article})
    after = path.read_text()
    assert "claims:  # checked by hand\n" in after and "# the end\n" in after
    assert [c.status for c in loading.load_claims(root / "claims") if c.id == new_id] == [
        Status.CONFIRMED
    ]


def test_a_file_not_ending_in_its_claims_list_is_changed_by_the_round_trip(root: Path) -> None:
    article = _article(root)
    path = claim_file(root)
    text = path.read_text()
    head, claims = text.split("claims:\n", 1)
    path.write_text(f"{head.replace(f'article: {STORM}', '')}claims:\n{claims}article: {STORM}\n")
    entry = editing.make_entry(article, subject="s", kind="killed", figure="12", quote="12 people")
    (new_id,) = editing.add_claims(root / "claims", article, [entry])
    assert [claim.id for claim in loading.load_claims(root / "claims")][-1] == new_id
    assert path.read_text().rstrip().endswith(f"article: {STORM}")


def test_write_claims_gives_the_text_of_a_file_it_creates_only(root: Path) -> None:
    article, entry, path = _toll_claim(root)
    ids, created = editing.write_claims(root / "claims", article, [entry])
    assert ids == [f"{TOLL}#1"] and created == path.read_text(encoding="utf-8")
    ids, appended = editing.write_claims(root / "claims", article, [entry])
    assert ids == [f"{TOLL}#2"] and appended is None

"""`crosscheck article add|list` through CliRunner."""

from __future__ import annotations

from pathlib import Path

from conftest import STORM, TOLL, Invoke
from crosscheck import articles

BODY = "Bridge Reopens After Flood\n\nAbout 2,000 cars crossed on the first day, police said.\n"


def test_article_add_stores_the_text_and_prints_the_id(
    root: Path, tmp_path: Path, invoke: Invoke
) -> None:
    source = tmp_path / "bridge.txt"
    source.write_text(BODY)
    result = invoke(
        "article", "add", str(source), "--outlet", "The River Post", "--published", "2021-04-01",
        "--url", "http://example.invalid/bridge",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    new_id = "river-post-2021-04-01-bridge-reopens-after-flood"
    assert result.stdout == f"{new_id}\n"
    stored = articles.read(root / "articles" / f"{new_id}.txt")
    assert stored.body == BODY
    assert stored.title == "Bridge Reopens After Flood"
    assert stored.url == "http://example.invalid/bridge"


def test_article_add_with_title_and_id(root: Path, tmp_path: Path, invoke: Invoke) -> None:
    source = tmp_path / "bridge.txt"
    source.write_text(BODY)
    result = invoke(
        "article", "add", str(source), "--outlet", "Post", "--published", "2021-04",
        "--title", "Cars Return", "--id", "post-bridge",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "post-bridge\n"
    stored = articles.read(root / "articles" / "post-bridge.txt")
    assert (stored.title, str(stored.published)) == ("Cars Return", "2021-04")


def test_article_add_reads_stdin(root: Path, invoke: Invoke) -> None:
    result = invoke(
        "article", "add", "-", "--outlet", "Post", "--published", "2021", "--id", "post-x",
        input=BODY,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert articles.read(root / "articles" / "post-x.txt").body == BODY


def test_article_add_errors(root: Path, tmp_path: Path, invoke: Invoke) -> None:
    source = tmp_path / "bridge.txt"
    source.write_text(BODY)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 closed\n".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    before = sorted((root / "articles").iterdir())
    cases = [
        (
            (str(source), "--outlet", "Post", "--published", "April 2021"),
            "Error: published: 'April 2021' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n",
        ),
        (
            (str(tmp_path / "nope.txt"), "--outlet", "Post", "--published", "2021"),
            f"Error: {tmp_path / 'nope.txt'}: no such file\n",
        ),
        (
            (str(latin), "--outlet", "Post", "--published", "2021"),
            f"Error: {latin}:1: not UTF-8 text (byte 0xe9 at offset 3)\n",
        ),
        (
            (str(empty), "--outlet", "Post", "--published", "2021"),
            "Error: body: the article text is empty\n",
        ),
        (
            (str(source), "--outlet", "Post", "--published", "2021", "--id", STORM),
            f"Error: {root / 'articles' / STORM}.txt: id: article '{STORM}' exists already\n",
        ),
    ]
    for arguments, message in cases:
        result = invoke("article", "add", *arguments)
        assert result.exit_code == 2, arguments
        assert result.stdout == ""
        assert result.stderr == message
    assert sorted((root / "articles").iterdir()) == before


def test_article_add_refuses_a_huge_text(root: Path, tmp_path: Path, invoke: Invoke) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("Headline\n" + "x" * articles.MAX_BYTES)
    result = invoke("article", "add", str(huge), "--outlet", "Post", "--published", "2021")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {huge}: body: larger than 5 MB\n"
    assert len(list((root / "articles").iterdir())) == 2


def test_article_list_is_a_table(invoke: Invoke) -> None:
    result = invoke("article", "list")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "id                                           outlet           published    title",
        "  ".join("-" * width for width in (43, 15, 11, 16)),
        f"{STORM}  Harbour Gazette  2021-03-04   Storm Hits Coast",
        f"{TOLL}       Coast Wire       2021-03-05   Storm Toll Rises",
    ]


def test_article_list_reports_a_broken_article(root: Path, invoke: Invoke) -> None:
    path = root / "articles" / f"{TOLL}.txt"
    path.write_text(path.read_text().replace("published: '2021-03-05'", "published: soon"))
    result = invoke("article", "list")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:5:1: published: 'soon' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    )

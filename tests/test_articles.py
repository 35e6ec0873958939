"""Article files: front matter and verbatim body (articles.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import articles
from crosscheck.errors import CrosscheckError

BODY = "Headline\n\nAbout 40 people were hurt, officials said.\n  trailing spaces kept  \n"


def test_add_then_read_keeps_the_body_verbatim(tmp_path: Path) -> None:
    added = articles.add(
        tmp_path, BODY, outlet="The Daily Example", published="2020-05-01", url="http://x"
    )
    assert added.id == "daily-example-2020-05-01-headline"
    again = articles.read(tmp_path / f"{added.id}.txt")
    assert again.body == BODY
    assert again.title == "Headline"
    assert again.outlet == "The Daily Example"
    assert str(again.published) == "2020-05-01"


def test_id_slug_folds_to_ascii() -> None:
    ref = articles.dates.parse_dateref("2019")
    assert ref is not None
    made = articles.make_id("Gazeta (wire copy)", ref, "Überfall in Zürich: Señor's Café")
    assert made == "gazeta-2019-uberfall-in-zurich-senors-cafe"


@pytest.mark.parametrize("bad", ["../etc", "a/b", "UPPER", "", "x" * 200, "a..b"])
def test_unsafe_ids_are_refused(bad: str) -> None:
    with pytest.raises(CrosscheckError, match="not allowed"):
        articles.check_id(bad)


def test_add_refuses_an_existing_id(tmp_path: Path) -> None:
    articles.add(tmp_path, BODY, outlet="O", published="2020", article_id="one")
    before = (tmp_path / "one.txt").read_bytes()
    with pytest.raises(CrosscheckError, match="exists already"):
        articles.add(tmp_path, "other", outlet="O", published="2020", article_id="one")
    assert (tmp_path / "one.txt").read_bytes() == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("no front matter\n", "front-matter"),
        ("---\nid: a\n", "closing"),
        ("---\nid: a\ntitle: t\noutlet: o\n---\nbody", "published: required"),
        ("---\nid: a\ntitle: t\noutlet: o\npublished: soon\n---\nbody", "not a date"),
        ("---\nid: a\ntitle: t\noutlet: o\npublished: 2020\ncolour: red\n---\n", "unknown"),
        ("---\nid: a/b\ntitle: t\noutlet: o\npublished: 2020\n---\n", "not allowed"),
        ("---\nid: [a\n---\n", "invalid YAML"),
    ],
)
def test_bad_front_matter(text: str, message: str) -> None:
    with pytest.raises(CrosscheckError, match=message) as caught:
        articles.parse(text, "x.txt")
    assert str(caught.value).startswith("x.txt")


def test_unknown_field_is_located() -> None:
    text = "---\nid: a\ntitle: t\noutlet: o\npublished: 2020\ncolour: red\n---\n"
    with pytest.raises(CrosscheckError) as caught:
        articles.parse(text, "x.txt")
    assert str(caught.value).startswith("x.txt:6:1: colour:")


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"---\nid: a\n---\n\xff\xfe body")
    with pytest.raises(CrosscheckError, match="not UTF-8"):
        articles.read(path)


def test_bundled_articles_all_read() -> None:
    corpus = articles.load_all(Path(__file__).parent.parent / "articles")
    assert len(corpus) >= 5
    for article in corpus.values():
        assert article.body.strip()


STORY = "---\nid: x-2020-story\ntitle: Story\noutlet: X\npublished: 2020\n---\nOne.\nTwo dead.\n"


def test_crlf_newlines_read_as_lf_so_spans_hold() -> None:
    crlf = articles.parse(STORY.replace("\n", "\r\n"), "a.txt")
    lone_cr = articles.parse(STORY.replace("\n", "\r"), "a.txt")
    plain = articles.parse(STORY, "a.txt")
    assert crlf.body == lone_cr.body == plain.body == "One.\nTwo dead.\n"


def test_a_byte_order_mark_is_not_part_of_the_article(tmp_path: Path) -> None:
    path = tmp_path / "x-2020-story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    article = articles.read(path)
    assert article.title == "Story"
    assert article.body == "One.\nTwo dead.\n"


def test_article_add_stores_lf_newlines(tmp_path: Path) -> None:
    added = articles.add(tmp_path, "\ufeffHeadline\r\n\r\nTwo dead.\r\n", outlet="X",
                         published="2020")  # fmt: skip
    assert added.title == "Headline"
    assert b"\r" not in (tmp_path / f"{added.id}.txt").read_bytes()
    assert articles.read(tmp_path / f"{added.id}.txt").body == "Headline\n\nTwo dead.\n"

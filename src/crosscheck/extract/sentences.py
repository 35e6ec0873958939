"""Paragraphs and sentences of an article body, and the quotation marks open at each.

A blank line ends a paragraph; so does a line ending a sentence; other lines are hard-wrapped
text and run on into the next one.  Short lines of page furniture (bylines, "Share this",
photo credits) are left out; a line equal to the title is the headline.  A sentence ends at
".", "!" or "?" followed by a capital or a digit, unless the word before is an abbreviation or
an initial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.errors import CrosscheckError
from crosscheck.extract.lexicon import MONTH_SET, NUL, QUOTE_CHARS, WEEKDAYS, lexicon, squash
from crosscheck.model import (
    Article,
)

_ONE_LETTER = re.compile(r"[a-z]")


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def check_article(article: Article) -> None:
    """Raise a CrosscheckError naming the file if the body cannot be read as text."""
    where = article.path or article.id
    if not article.body.strip():
        raise CrosscheckError("the article body is empty: nothing to extract", where)
    if NUL in article.body:
        raise CrosscheckError("the article contains NUL bytes: it is binary, not text", where)
    if len(article.body.encode("utf-8", "surrogatepass")) > _max_bytes():
        raise CrosscheckError(f"larger than {_max_bytes() // 1_000_000} MB", where)


def _max_bytes() -> int:
    from crosscheck.articles import MAX_BYTES

    return MAX_BYTES


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    headline: bool = False
    quotes: tuple[int, int] = (0, 0)  # open curly quotes, straight quotes: before it


_FURNITURE_MAX = 160  # characters: page furniture is short; a long line is text


def _paragraphs(body: str, title: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_headline) of every paragraph, page furniture left out.  A blank line
    ends a paragraph; so does a line ending a sentence.  Other lines are hard-wrapped text
    and run on into the next one, unless the text is not wrapped (a line of it is longer
    than any wrapping makes one): then a line is a paragraph (a standfirst, a byline, a
    dateline of their own, "Fiercest clashes in years as Norland says ...")."""
    lex = lexicon()
    found: list[tuple[int, int, bool]] = []
    wanted = squash(title).lower()
    position = 0
    open_paragraph = False
    lines = body.split("\n")
    wrapped = max((len(line) for line in lines), default=0) <= _WRAPPED_MAX
    for line in lines:
        start, end = position, position + len(line)
        position = end + 1
        stripped = line.strip()
        if not stripped:
            open_paragraph = False
            continue
        start += len(line) - len(line.lstrip())
        end = start + len(stripped)
        furniture = (
            (len(stripped) <= _FURNITURE_MAX and lex.any_furniture.match(stripped))
            or not (stripped[0].isalpha() or any(ch.isalpha() for ch in stripped))
            # A leading ". Last Updated: ..." stamp on a line of its own.
            or (stripped.startswith(".") and len(stripped) < 60 and "updated" in stripped.lower())
        )
        if furniture:
            open_paragraph = False
            continue
        headline = len(stripped) < len(title) + 20 and squash(stripped).lower() == wanted
        if open_paragraph and not headline and found and not found[-1][2]:
            found[-1] = (found[-1][0], end, False)
        else:
            found.append((start, end, headline))
        open_paragraph = wrapped and not headline and stripped[-1] not in '.!?:"”’»)'
    return found


_WRAPPED_MAX = 160
"""The longest line of hard-wrapped text (wire copy wraps at 60-80 characters, some at
100-odd)."""


_BOUNDARY = re.compile(r"[.!?][\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9])")


_NEXT_WORD = re.compile(r"[\"“‘«(]?([A-Za-z]+)")
_CLOCK = frozenset(("a.m", "p.m"))
_ZONES = frozenset(("gmt", "utc", "est", "edt", "cet", "local", "eastern", "pacific", "central"))


def _clock_ends_sentence(word: str, text: str, at: int) -> bool:
    """Whether "a.m." or "p.m." ends a sentence: "at around 1 a.m. She said ..." (not "at 4
    a.m. Monday", "10 p.m. GMT")."""
    if word not in _CLOCK:
        return False
    following = _NEXT_WORD.match(text, at)
    if following is None:
        return False
    name = following.group(1).lower()
    return name not in _ZONES and name not in WEEKDAYS and name not in MONTH_SET


def split_sentences(body: str, title: str) -> list[Sentence]:
    abbreviations = lexicon().sets["abbreviations"]
    found: list[Sentence] = []
    for number, (start, end, headline) in enumerate(_paragraphs(body, title)):
        text = body[start:end]
        cursor = 0
        quotes = (0, 0)
        for match in _BOUNDARY.finditer(text):
            before = text[cursor : match.start()].rsplit(None, 1)
            word = before[-1].lower().lstrip(QUOTE_CHARS + "(") if before else ""
            # ("Maj.-Gen.", "Lt.-Col.": a rank of two abbreviations, the last one counts)
            last = word.rsplit("-", 1)[-1].lstrip(".") if "-" in word else word
            if (
                last in abbreviations or _ONE_LETTER.fullmatch(word) or _INITIALS.fullmatch(word)
            ) and not _clock_ends_sentence(word, text, match.end()):
                continue
            cut = match.end()
            piece = text[cursor:cut].rstrip()
            found.append(
                Sentence(start + cursor, start + cursor + len(piece), piece, number, False, quotes)
            )
            quotes = _quotes_after(quotes, piece)
            cursor = cut
        piece = text[cursor:]
        if piece.strip():
            found.append(Sentence(start + cursor, end, piece, number, headline, quotes))
    return found


def _quotes_after(quotes: tuple[int, int], text: str) -> tuple[int, int]:
    """The quotation marks open after `text`, given those open before it: “ and « open, ”
    and » close (single curly quotes double as apostrophes: not counted)."""
    curly = quotes[0] + text.count("“") + text.count("«") - text.count("”") - text.count("»")
    return curly, quotes[1] + text.count('"')


def in_quote(quotes: tuple[int, int], before: str) -> bool:
    """Whether the end of `before` sits inside quotation marks, given those open before it."""
    curly, straight = _quotes_after(quotes, before)
    return curly > 0 or straight % 2 == 1


def paragraph_members(sentences: list[Sentence]) -> dict[int, list[int]]:
    """The indexes of the sentences of each paragraph."""
    members: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        members.setdefault(sentence.paragraph, []).append(i)
    return members

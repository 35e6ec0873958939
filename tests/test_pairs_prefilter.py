"""pairs._may_match: the look for a pattern's first words that spares a search never turns
down a window the pattern matches in (the searches give what they gave without it)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import pairs

# Each pattern that a look guards, with the words it is guarded by.
GUARDED = [
    (pairs._REAL_COUNT, pairs._REAL_COUNT_WORDS),
    (pairs._RISEN_TO, pairs._RISEN_TO_WORDS),
    (pairs._RAISED_TO, pairs._RAISED_TO_WORDS),
    (pairs._CONTRAST, pairs._CONTRAST_WORDS),
    *pairs._FIRST_WORDS.items(),
]

# Pieces of text that make the patterns match, in any case, with other words around them.
_PIECES = [
    "the real toll was", "TRUE NUMBER", "Actual Death Toll", "correct figure", "had risen to ",
    "rose to", "Reached ", "raised the toll to ", "Pushed up its official count to ",
    "put the casualty tally from the clashes to at least ", "However,", "but", "DISPUTED",
    "contradicts", "rejected", "more than twice the 17", "Higher than the official 9",
    "not 510", "up from 510", "instead of the previous 12", "Revised from 40", "rather than 3",
    " ", ". ", "\n", "12", "1,200", "officials said", "people", "\u212a", "ſ", "İ", "é",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=14),
    st.integers(0, 200),
    st.integers(0, 200),
    st.randoms(use_true_random=False),
)
def test_the_look_never_turns_down_a_match(pieces, start, end, rnd):
    text = "".join(rnd.choice((str.upper, str.lower, str))(p) for p in pieces)
    for pattern, words in GUARDED:
        if pattern.search(text, start, end) is not None:
            assert pairs._may_match(words, text, start, end), (pattern.pattern, text)


def _top_level(alternatives: str) -> list[str]:
    """The alternatives of a group's body, split at its own bars only."""
    found, depth, start = [], 0, 0
    for at, char in enumerate(alternatives):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            found.append(alternatives[start:at])
            start = at + 1
    return [*found, alternatives[start:]]


def test_the_words_are_each_patterns_first():
    """Every alternative a guarded pattern starts with begins with one of its words."""
    for pattern, words in GUARDED:
        lead = re.match(r"\\b\(\?:((?:[^()]|\([^()]*\))*)\)", pattern.pattern)
        assert lead, pattern.pattern
        for alternative in _top_level(lead[1]):
            plain = re.match(r"[a-z]+", alternative)
            assert plain and any(plain[0].startswith(w) for w in words), alternative
        assert pattern.flags & re.IGNORECASE
        assert all(w == w.lower() and w.isascii() for w in words)


def test_each_pattern_matches_among_the_pieces():
    """(so that the property above has matches to test)"""
    for pattern, _ in GUARDED:
        assert any(pattern.search(piece) for piece in _PIECES), pattern.pattern


def test_a_text_not_ascii_is_always_searched():
    assert pairs._may_match(("real",), "the \u212aelvin toll", 0, 10)
    assert not pairs._may_match(("real",), "no such word here", 0, 17)

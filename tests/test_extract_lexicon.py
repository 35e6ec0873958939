"""The extractor's compiled vocabulary: its fast patterns match what the plain ones do."""

from __future__ import annotations

import re
import string
import sys
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crosscheck.extract.lexicon  # noqa: F401  (the package exports a function by that name)
from crosscheck.vocab import kinds

lexicon_module = sys.modules["crosscheck.extract.lexicon"]

_TRICKY = " \n\t-'’.,;“”0123456789_éİıſK"


def _phrase_lists() -> list[tuple[list[str], bool]]:
    raw = lexicon_module.load_data("extract.yaml")
    cues = [cue for spec in kinds().values() for cue in spec.cues]
    countries = sorted(lexicon_module.lexicon().country_starts)
    return [
        (list(raw["speech_verbs"]), False),
        (cues, False),
        (list(raw["holding_verbs"]), False),
        (["kill*", "killed", "kills", "said", "says", "s", "in", "is", "ik*", "as saying"], False),
        (countries, True),
        (["Iran", "Iraq", "Kenya", "Sudan", "South Sudan", "Ireland"], True),
    ]


def _variants(phrases: list[str]) -> list[str]:
    """Each phrase as a text may write it: its cases, and letters IGNORECASE folds to it."""
    found = []
    for phrase in phrases:
        word = phrase.rstrip("*")
        found += [word, word.upper(), word.title(), word + "ed", "x" + word]
        found += [word.replace("s", "ſ").replace("k", "\u212a").replace("i", "ı")]
        found += [word.replace("I", "İ").replace(" ", "  ")]
    return found


def _text(phrases: list[str]) -> st.SearchStrategy[str]:
    alphabet = "".join(sorted(set("".join(phrases)) | set(_TRICKY)))
    pieces = st.one_of(st.sampled_from(_variants(phrases)), st.text(alphabet, max_size=3))
    return st.lists(pieces, max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_words_pattern_matches_what_the_plain_alternation_does(data: st.DataObject) -> None:
    phrases, case = data.draw(st.sampled_from(_phrase_lists()))
    fast = re.compile(lexicon_module._words_pattern(phrases, case=case))
    plain = re.compile(lexicon_module.plain_words_pattern(phrases, case=case))
    text = data.draw(_text(phrases))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for start in range(len(text) + 1):
        found, expected = fast.match(text, start), plain.match(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_folds_are_every_character_ignorecase_matches_to_a_letter() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in string.ascii_lowercase:
        matched = set(re.compile(letter, re.IGNORECASE).findall(every))
        extra = matched - {letter, letter.upper()}
        assert extra == set(lexicon_module._FOLDS.get(letter, "")), letter


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["said", "killed", "ski", "is", "at"]),
    st.text("saidklets SAIDKLET" + _TRICKY, max_size=40),
)
def test_a_text_that_reads_as_ascii_holds_its_words_in_lower_case_at_their_places(
    word: str, text: str
) -> None:
    # (the quick answers by words, and scan's places, trust this of such a text)
    if not lexicon_module.reads_as_ascii(text):
        return
    lower = text.lower()
    assert len(lower) == len(text)
    for match in re.finditer(re.escape(word), text, re.IGNORECASE):
        assert lower[match.start() : match.end()] == word


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["a", "an", "killed", "by", "i"]),
    st.sampled_from(["[a-z]", r"\w", r"[\w-]"]),
    st.text("abnkiledy -_.9é\n", max_size=30),
)
def test_starting_is_a_lookbehind_checked_after_the_literal(
    literal: str, boundary: str, text: str
) -> None:
    fast = re.compile(lexicon_module.starting(literal, boundary))
    plain = re.compile(f"(?<!{boundary}){re.escape(literal)}")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["a", "an", "in", "inn", "aa", "at", "killed"]),
    st.text("ainktled -_.9é\n", max_size=30),
)
def test_word_starts_are_where_the_word_stands_alone(word: str, lower: str) -> None:
    plain = re.compile(f"(?<![a-z]){re.escape(word)}(?![a-z])")
    assert lexicon_module.word_starts(word, lower) == [m.start() for m in plain.finditer(lower)]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_first_letters_is_the_alternation_after_the_boundary(data: st.DataObject) -> None:
    phrases = ["in", "inhabitants of", "at", "around", "said", "says", "say", "Kiev", "AP"]
    case = data.draw(st.booleans())
    boundary = data.draw(st.sampled_from([r"\w", r"[\w-]"]))
    pairs = [(phrase, phrase.replace(" ", r"\s+")) for phrase in phrases]
    fast = re.compile(f"{lexicon_module.first_letters(pairs, case=case, boundary=boundary)}\\s")
    flags = "?:" if case else "?i:"
    alternatives = "|".join(pattern for _, pattern in pairs)
    plain = re.compile(f"(?<!{boundary})({flags}{alternatives})\\s")
    text = data.draw(_text(phrases))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_by_first_letter_is_the_alternation_tried_in_order(data: st.DataObject) -> None:
    phrases = ["in all", "in", "inhabitants", "kill", "ski", "some", "so", "at least", "at"]
    patterns = [phrase.replace(" ", r"\s+") for phrase in phrases]
    fast = re.compile(f"{lexicon_module.by_first_letter(patterns)}(?:s|\\s)", re.IGNORECASE)
    plain = re.compile(f"(?:{'|'.join(patterns)})(?:s|\\s)", re.IGNORECASE)
    text = data.draw(_text(phrases))
    for start in range(len(text) + 1):
        found, expected = fast.match(text, start), plain.match(text, start)
        assert (found and found.span()) == (expected and expected.span())


def _bundled_texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("articles/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(root.glob("bench/heldout/*/*.txt"))]
    assert texts
    return texts


def test_the_figure_pattern_matches_what_it_does_with_plain_alternations(
    monkeypatch: Any,
) -> None:
    """At every place of the bundled articles (a figure is matched where it starts)."""
    fast = lexicon_module.lexicon().figure
    monkeypatch.setattr(lexicon_module, "by_first_letter", lambda ps: f"(?:{'|'.join(ps)})")
    plain = lexicon_module.lexicon.__wrapped__().figure
    assert plain.pattern != fast.pattern
    matched = 0
    for text in _bundled_texts():
        for start in range(len(text)):
            found, expected = fast.match(text, start), plain.match(text, start)
            assert _same(found, expected), text[start : start + 40]
            matched += expected is not None
    assert matched > 300


_DATE_WORDS = [
    "on", "by", "as of", "since", "early", "later", "last", "this", "week", "Monday", "friday",
    "night", "morning", "yesterday", "today", "two", "days", "weeks", "ago", "the", "9", "ſince",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_DATE_WORDS), st.text(" ,.-’x", max_size=2))))
def test_scan_finds_every_relative_date_finditer_does(words: list[str]) -> None:
    lex = lexicon_module.lexicon()
    text = " ".join(words)
    found = lexicon_module.scan(lex.relative_date, text, lex.triggers["relative_date"])
    expected = [m.span() for m in lex.relative_date.finditer(text)]
    if not lex.required[id(lex.triggers["relative_date"])].isdisjoint(
        lexicon_module.index_of(text).words
    ):  # scan answers [] at once for a sentence without any of the words
        assert [m.span() for m in found] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(" \t\n,;:.!?()—–-aZ9_'’." + lexicon_module.QUOTE_CHARS, max_size=25))
def test_clause_cuts_are_found_as_the_plain_alternation_finds_them(text: str) -> None:
    plain = re.compile(r"[,;:.!?()]|\s[—–-]{1,2}\s|[" + lexicon_module.QUOTE_CHARS + "]")
    fast = lexicon_module.CUT_AFTER
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _gated_patterns() -> list[tuple[str, lexicon_module.EndsOn]]:
    """Every pattern the extractor searches behind an `EndsOn` quick answer."""
    import importlib
    import pkgutil

    import crosscheck.extract as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"crosscheck.extract.{info.name}")
        found += [
            (f"{info.name}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, lexicon_module.EndsOn)
        ]
    return found


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return found.span() == expected.span() and found.groupdict() == expected.groupdict()


def test_the_look_backs_of_every_module_are_gated() -> None:
    names = {name for name, _ in _gated_patterns()}
    assert {"kinds._PUT_FIGURE_AT", "kinds._LINK", "speakers._ITS_COUNT"} <= names


def test_a_gated_pattern_finds_what_it_finds_alone_in_the_bundled_articles() -> None:
    """Before every figure and after every comma of the bundled articles, looking back as
    far as the extractor does: the quick answer never hides a match."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("articles/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(root.glob("bench/heldout/*/*.txt"))]
    assert texts
    matched = 0
    for name, gated in _gated_patterns():
        for text in texts:
            ends = [m.start() for m in re.finditer(r"(?<=[ ,])\d|(?<=,) ", text)]
            for end in ends:
                for back in (40, 90, 160, end):
                    start = max(0, end - back)
                    expected = gated.pattern.search(text, start, end)
                    assert _same(gated.search(text, start, end), expected), (name, end, back)
                    matched += expected is not None
    assert matched > 20  # (the stretches exercise the patterns, not only their quick answer)


def test_a_gated_pattern_finds_what_it_finds_alone_in_the_examples_of_the_code() -> None:
    """The extractor's comments write the text before a figure as "put the figure at| 12":
    each such example, looked back from its mark, for every gated pattern."""
    from pathlib import Path

    import crosscheck.extract as package

    examples = set()
    for path in Path(package.__file__).parent.glob("*.py"):
        for quoted in re.findall(r'"([^"\n]{3,200}?)"', path.read_text(encoding="utf-8")):
            if "|" in quoted and "\\" not in quoted and "(?" not in quoted:
                examples.add(quoted)
    assert len(examples) > 200
    matched = 0
    for name, gated in _gated_patterns():
        for example in sorted(examples):
            end = example.index("|")
            text = example.replace("|", "")
            for start in {0, max(0, end - 40), max(0, end - 90), max(0, end - 160)}:
                expected = gated.pattern.search(text, start, end)
                assert _same(gated.search(text, start, end), expected), (name, example)
                matched += expected is not None
    assert matched > 30


def _gated_text(gated: lexicon_module.EndsOn) -> st.SearchStrategy[str]:
    """Texts of the pattern's own words (its endings among them), names and figures."""
    words = sorted(set(re.findall(r"[a-z]{2,}", gated.pattern.pattern)) | set(gated.endings))
    pieces = st.one_of(
        st.sampled_from(words + [w.title() for w in words] + ["Norland", "Ivan Petrov"]),
        st.sampled_from(["12", "1,200", "(PRC)", "“", '"', "-", "'s"]),
    )
    separators = st.sampled_from([" ", " ", ", ", ",", "  ", "\n", " “", ": "])
    return st.lists(st.tuples(pieces, separators), max_size=14).map(
        lambda parts: "".join(a + b for a, b in parts)
    )


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_a_gated_pattern_finds_what_it_finds_alone(data: st.DataObject) -> None:
    name, gated = data.draw(st.sampled_from(_gated_patterns()))
    text = data.draw(_gated_text(gated))
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert _same(gated.search(text, start, end), gated.pattern.search(text, start, end)), name


# The quick answers asked of a sentence (or a stretch) before a pattern is searched in it:
# each word list, the patterns every match of which holds one of its words, and the quick
# answer that asks ("sentence_holds", "holds_any": any case; "holds": as written).  A new
# alternative of a pattern with none of the words would never be tried: these tests find it.
_HELD_WORDS = [
    ("dates", "_RELEASED_WORDS", ("_RELEASED_ON",), "sentence_holds"),
    ("dates", "_FOUND_WORDS", ("_FOUND_ON",), "sentence_holds"),
    ("dates", "_GIVEN_AS_WORDS", ("_GIVEN_AS_ON",), "sentence_holds"),
    ("dates", "_EARLIER_WORDS", ("_EARLIER",), "sentence_holds"),
    ("kinds", "_SHARE_WORDS", ("_SHARE_OF_BEFORE",), "sentence_holds"),
    ("kinds", "_COUNT_WORDS", ("_OWNED_COUNT", "_OWNED_COUNTS_AND"), "sentence_holds"),
    ("tolls", "_TOTAL_AGAIN_WORDS", ("_TOTAL_AGAIN",), "sentence_holds"),
    ("tolls", "_NUMBER_OF_WORDS", ("_NUMBER_OF",), "sentence_holds"),
    ("tolls", "_REPORTED_WORDS", ("_PLACE_REPORTED",), "sentence_holds"),
    ("speakers", "_BASED_WORDS", ("_BASED_END",), "holds"),
    ("kinds", "_DESTROYED_WORDS", ("_DESTROYED_AFTER", "_DESTROYED_BEFORE"), "holds_any"),
    ("kinds", "_HOLDING_WORDS", ("_HOLDING",), "sentence_holds"),
    ("speakers", "_OFFICIAL_WORDS", ("_OFFICIAL_TOLL",), "sentence_holds"),
    ("speakers", "_ACCORDING_WORDS", ("_ACCORDING_RIGHT_AFTER",), "sentence_holds"),
    ("speakers", "_HEADLINE_MARKS", ("_HEADLINE_SOURCE",), "holds"),
    ("tolls", "_CAMP_WORDS", ("_NUMBER_IN_CAMPS", "_IN_CAMPS"), "holds_any"),
    ("tolls", "_RECOVERED_WORDS", ("_RECOVERED",), "holds_any"),
    ("tolls", "_ABOARD_GATE", ("_ABOARD_WORDS",), "holds_any"),
    ("tolls", "_CONFLICT_WORDS", ("_WAR_WORDS", "_SINCE_WAR", "_WAR_SUBJECT"), "holds_any"),
    ("places", "_COMPARISON_WORDS", ("_COMPARISON",), "holds_any"),
    # (increments() asks holds() of the sentence in lower case: holds_any)
    (
        "tolls",
        "_INCREMENT_WORDS",
        ("_ANOTHER", "_THE_OTHERS", "_MORE", "_MORE_THAN", "_ABOVE_USUAL"),
        "holds_any",
    ),
]


def _asked(quick: Any, words: tuple[str, ...], text: str) -> bool:
    return bool(quick(text, words))


def _held() -> list[tuple[str, Any, re.Pattern[str]]]:
    """(name, the quick answer bound to its words, the pattern) of each entry above."""
    import importlib
    from functools import partial

    found = []
    for module_name, words_name, patterns, asks in _HELD_WORDS:
        module = importlib.import_module(f"crosscheck.extract.{module_name}")
        quick = partial(_asked, getattr(lexicon_module, asks), getattr(module, words_name))
        for name in patterns:
            pattern = getattr(module, name)
            if isinstance(pattern, lexicon_module.EndsOn):
                pattern = pattern.pattern
            found.append((f"{module_name}.{name}", quick, pattern))
    return found


def test_every_match_in_real_articles_holds_a_word_of_its_quick_answer() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("articles/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(root.glob("bench/heldout/*/*.txt"))]
    matched = 0
    for name, quick, pattern in _held():
        for text in texts:
            # Looking back from every figure and comma, as far as the extractor does (the
            # patterns are anchored at the end of the stretch they search).
            for end in [m.start() for m in re.finditer(r"(?<=[ ,])\d|(?<=,) ", text)]:
                for back in (40, 60, 80, 160):
                    match = pattern.search(text, max(0, end - back), end)
                    if match is not None:
                        assert quick(match.group(0)), (name, match.group(0))
                        matched += 1
    assert matched > 30  # (the texts exercise the patterns)


_ASCII = st.characters(codec="ascii", min_codepoint=32, max_codepoint=126)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_text_a_pattern_matches_holds_a_word_of_its_quick_answer(
    data: st.DataObject,
) -> None:
    # (a pattern behind a look-behind that hypothesis cannot generate is left to the test
    # on real articles above)
    name, quick, pattern = data.draw(
        st.sampled_from([h for h in _held() if h[0] != "dates._EARLIER"])
    )
    text = data.draw(st.from_regex(pattern, fullmatch=True, alphabet=_ASCII))
    assert quick(text), (name, text)

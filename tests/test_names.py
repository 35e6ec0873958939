"""Transliteration folding and clustering of names (names.py)."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import names
from crosscheck.errors import CrosscheckError

ROOT = Path(__file__).resolve().parent.parent  # the bundled corpus, with its aliases.yaml


@pytest.fixture
def bundled() -> Iterator[None]:
    """The bundled corpus's aliases.yaml in use (its people and places)."""
    names.use_corpus(ROOT)
    yield
    names.use_corpus(None)


@pytest.mark.parametrize(
    ("spelled", "folded"),
    [
        ("Khudoberdyev", "hudoberdev"),
        ("Khudoiberdyev", "hudoberdev"),
        ("Khudoberdiyev", "hudoberdev"),
        ("Nazarzod", "nazarzod"),
        ("Nazarzoda", "nazarzod"),
        ("Nazarzoda's", "nazarzod"),
        ("Nazarzoda’s", "nazarzod"),
        ("Khujand", "hujand"),
        ("Khudzhand", "hujand"),
        ("Abdullo", "abdulo"),
        ("Dmitriy", "dmitry"),
        ("Düşanbe", "dusanbe"),
    ],
)
def test_fold_reduces_transliteration_variants(spelled: str, folded: str) -> None:
    assert names.fold(spelled) == folded


def test_plain_keeps_spelling() -> None:
    assert names.plain("Years of the Civil War's end") == "years of the civil war end"


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("rahmonov", "rahmon", "-ov ending"),
        ("hojand", "hujand", "same consonants (hjnd)"),
        ("emomali", "imomali", "same consonants (mml)"),
        ("abdulhalim", "abduhalim", "close spelling (ratio 95)"),
        ("nazarzod", "nazarzod", "same after folding"),
    ],
)
def test_same_word_rules(a: str, b: str, why: str) -> None:
    assert names.same_word(a, b) == why


@pytest.mark.parametrize(("a", "b"), [("ivan", "oleg"), ("tajik", "uzbek"), ("bob", "bab")])
def test_different_words(a: str, b: str) -> None:
    assert names.same_word(a, b) is None


def _clusters(spellings: list[str]) -> list[set[str]]:
    return [set(e.variants) for e in names.cluster(spellings)]


def test_transliterations_cluster_by_rules() -> None:
    found = _clusters(
        ["Khudoberdyev", "Khudoiberdyev", "Khudoberdiyev", "Nazarzod", "Nazarzoda", "Saidov"]
    )
    assert {"Khudoberdyev", "Khudoiberdyev", "Khudoberdiyev"} in found
    assert {"Nazarzod", "Nazarzoda"} in found
    assert {"Saidov"} in found


def test_rakhmonov_rakhmon_rahmon_and_first_names() -> None:
    found = _clusters(["Imomali Rakhmonov", "Rakhmon", "Rahmon", "Emomali Rahmon", "Rakhmonov"])
    assert found == [{"Imomali Rakhmonov", "Rakhmon", "Rahmon", "Emomali Rahmon", "Rakhmonov"}]


@pytest.mark.usefixtures("bundled")
def test_places_across_spellings() -> None:
    (entity,) = names.cluster(["Khodzhand", "Khudzhand"])
    assert set(entity.variants) == {"Khodzhand", "Khudzhand"}
    assert entity.canonical == "Khujand"  # the corpus's aliases.yaml names the entity
    assert entity.reasons == ("Khudzhand ~ Khodzhand: same consonants (hjnd)",)


@pytest.mark.usefixtures("bundled")
def test_aliases_confirm_what_rules_cannot() -> None:
    # "Leninabad region" and "Sughd" share no spelling: only aliases.yaml joins them.
    (entity,) = names.cluster(["Leninabad region", "Sughd"])
    assert entity.canonical == "Sughd region"
    assert any("aliases.yaml" in reason for reason in entity.reasons)


@pytest.mark.usefixtures("bundled")
def test_aliases_split_what_rules_would_join() -> None:
    # aliases.yaml lists "Tajikistan" and "Tajik" as different.
    assert _clusters(["Tajikistan", "Tajik"]) == [{"Tajik"}, {"Tajikistan"}]


def test_one_word_matches_a_surname_only() -> None:
    assert names.same_name(("nazarzod",), ("abdulhalim", "mirzo", "nazarzod"))
    assert names.same_name(("tajik",), ("tajik", "embasy")) is None


def test_titles_are_left_out() -> None:
    (entity,) = names.cluster(["General Abduhalim Nazarzoda", "Nazarzod"])
    assert set(entity.variants) == {"General Abduhalim Nazarzoda", "Nazarzod"}


def test_canonical_is_the_most_frequent_spelling_without_alias() -> None:
    (entity,) = names.cluster(["Ivanov", "Ivanov", "Iwanow", "Ivanow"])
    assert entity.canonical == "Ivanov"


def test_cluster_is_deterministic_under_shuffling() -> None:
    spellings = [
        "Khudoberdyev", "Khudoiberdyev", "Khudoberdiyev", "Nazarzod", "Nazarzoda",
        "Imomali Rakhmonov", "Rakhmon", "Rahmon", "Khodzhand", "Khudzhand", "Dushanbe",
        "Zafar Saidov", "Saidov", "Vahdat",
    ]  # fmt: skip
    expected = names.cluster(spellings)
    for seed in range(10):
        shuffled = spellings[:]
        random.Random(seed).shuffle(shuffled)
        assert names.cluster(shuffled) == expected


def test_mentions() -> None:
    assert names.mentions("Nazarzod's troops") == ["Nazarzod"]
    assert names.mentions("On Thursday the Red Cross said") == ["Thursday", "Red Cross"]


@pytest.mark.usefixtures("bundled")
def test_places_around_follows_within() -> None:
    assert names.places_around("Khodzhand") == {"sughd region", "tajikistan"}
    assert names.places_around("Nowhere") == frozenset()


def test_cluster_ignores_blank_names() -> None:
    assert names.cluster(["", "  ", "'"]) == []


_WORDS = ["Karimov", "Karimow", "Qarimov", "Dushanbe", "Dyushambe", "attack", "attacks",
          "clashes", "in", "the", "north", "Rahmon", "Rakhmon", "Rahmonov", "event", "7",
          "70"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4), max_size=40))
def test_candidate_pairs_hold_every_pair_that_is_one_name(spellings: list[list[str]]) -> None:
    # Candidates come from each name's rarest word only; no pair that matches may be missed.
    tokens = [names.words(" ".join(words)) for words in spellings]
    candidates = set(names._candidate_pairs(tokens))
    for i, j in itertools.combinations(range(len(tokens)), 2):
        if names.same_name(tokens[i], tokens[j]) is not None:
            assert (i, j) in candidates


def test_a_word_held_by_very_many_names_pairs_only_neighbours() -> None:
    # 250 names that share nothing but one word: no evidence alone, so not all 31,125 pairs.
    tokens = [("ali",) * length for length in range(1, 251)]
    assert names._candidate_pairs(tokens) == [(i, i + 1) for i in range(249)]


def test_package_aliases_hold_no_corpus_names() -> None:
    names.use_corpus(None)
    assert names.aliases().entries == ()
    assert (
        names.cluster(["Leninabad region", "Sughd"]) != []
        and len(names.cluster(["Leninabad region", "Sughd"])) == 2
    )


def test_corpus_aliases_are_merged_over_the_package(tmp_path: Path) -> None:
    (tmp_path / "aliases.yaml").write_text(
        "titles: [hetman]\n"
        "entities:\n"
        "  - canonical: Novagrad\n"
        "    variants: [Old Town]\n"
        "    within: [Norland]\n"
        "  - canonical: Ivan Petrov\n"
        "    side: armed group\n",
        encoding="utf-8",
    )
    names.use_corpus(tmp_path)
    try:
        assert "hetman" in names.aliases().titles and "general" in names.aliases().titles
        (entity,) = names.cluster(["Novagrad", "Old Town"])
        assert entity.canonical == "Novagrad"
        assert names.places_around("Old Town") == {"norland"}
        entry = names.alias_for("Ivan Petrov")
        assert entry is not None and entry.side == "armed group"
    finally:
        names.use_corpus(None)
    assert names.alias_for("Ivan Petrov") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- just\n- a list\n", "must be a mapping"),
        ("entities:\n  - variants: [X]\n", "needs a 'canonical' name"),
        ("entities: {a: 1}\n", "must be a list"),
        ("different:\n  - [one]\n", "a pair of names"),
    ],
)
def test_bad_corpus_aliases_is_one_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "aliases.yaml").write_text(text, encoding="utf-8")
    names.use_corpus(tmp_path)
    try:
        with pytest.raises(CrosscheckError, match=message) as caught:
            names.aliases()
        assert caught.value.path == str(tmp_path.resolve() / "aliases.yaml")
    finally:
        names.use_corpus(None)


@pytest.mark.usefixtures("bundled")
def test_clusters_found_again_for_new_counts_are_those_of_a_fresh_clustering() -> None:
    from collections import Counter

    from crosscheck import profiles

    listed = next(e for e in names.aliases().entries if e.variants)
    places = Counter({"Qorwen": 3, "QORWEN": 1, listed.canonical: 1, listed.variants[0]: 5})
    first = profiles.entities((places, Counter({"the Qorwen raid": 2}), Counter()))
    # The same names, written as often the other way round: capitals are now the commonest
    # spelling, and the alias entry's name stays its canonical one.
    again = Counter({"Qorwen": 1, "QORWEN": 4, listed.canonical: 1, listed.variants[0]: 9})
    counted = (again, Counter({"the Qorwen raid": 1}), Counter())
    recounted = profiles.entities(counted, first)
    assert profiles.canonical_names(recounted) == profiles.clusters(counted)
    assert profiles.canonical_names(recounted)[0]["Qorwen"] == "QORWEN"
    assert profiles.canonical_names(recounted)[0][listed.variants[0]] == listed.canonical
    # A name written for the first time: clustered afresh.
    more = (again + Counter({"Qorwenn": 1}), Counter(), Counter())
    assert profiles.canonical_names(profiles.entities(more, first)) == profiles.clusters(more)


def test_a_name_with_its_acronym_is_the_name_and_the_acronym() -> None:
    # The extractor keeps "(OCHA)" after a body's name: every form is one body.
    entities = names.cluster(["UN refugee agency (UNHCR)", "UNHCR", "UN refugee agency"])
    assert len(entities) == 1
    assert set(entities[0].variants) == {"UN refugee agency (UNHCR)", "UNHCR", "UN refugee agency"}

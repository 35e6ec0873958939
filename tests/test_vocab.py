"""The vocabularies shipped as data (vocab.py): their fixed sets of values are enums."""

from __future__ import annotations

import pytest

from crosscheck import quantities, vocab
from crosscheck.vocab import Nature, Side


def test_every_kind_has_a_nature_of_the_enum() -> None:
    assert {kind.nature for kind in vocab.kinds().values()} <= set(Nature)
    assert all(isinstance(kind.nature, Nature) for kind in vocab.kinds().values())
    assert vocab.kinds()["killed"].nature is Nature.TOLL
    assert vocab.kinds()["troops"].nature is Nature.STOCK


def test_every_hedge_has_a_side_of_the_enum() -> None:
    assert all(isinstance(hedge.side, Side) for hedge in vocab.hedges())
    assert quantities.split_hedge("up to 100")[2] is Side.BELOW
    assert quantities.split_hedge("100")[2] is Side.BOTH


@pytest.mark.parametrize("member", [*Nature, *Side])
def test_members_stand_in_for_their_words(member: Nature | Side) -> None:
    # The engine still compares natures with the words of kinds.yaml: a member must equal,
    # hash, format and sort like its word.
    assert member == member.value
    assert hash(member) == hash(member.value)
    assert member.value in {member} and member in {member.value}
    assert f"{member}" == str(member) == member.value


def test_an_unknown_nature_in_the_data_is_refused() -> None:
    with pytest.raises(ValueError, match="'tol'"):
        Nature("tol")


def test_no_word_list_in_the_data_files_holds_what_yaml_reads_as_no_word() -> None:
    # YAML reads a bare no, yes, on, off or null as a boolean or nothing: in a list of words
    # that word is then silently missing ("no" was, from extract.yaml's party_stops).
    from pathlib import Path

    import yaml

    folder = Path(vocab.__file__).parent / "data"
    found: list[str] = []

    def walk(value: object, where: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{where}.{key}")
        elif isinstance(value, list):
            found.extend(
                f"{where}: {item!r}"
                for item in value
                if item is None or item is True or item is False
            )
            for item in value:
                walk(item, where)

    for path in sorted(folder.glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    assert found == []

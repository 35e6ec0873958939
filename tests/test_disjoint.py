"""The one union-find (disjoint.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.disjoint import DisjointSet


def test_union_joins_and_the_smallest_member_represents() -> None:
    sets = DisjointSet(["c", "a", "d", "b"])
    assert sets.union("d", "c") is True
    assert sets.union("c", "d") is False
    assert sets.union("b", "d") is True
    assert [sets.find(x) for x in "abcd"] == ["a", "b", "b", "b"]
    assert sets.groups() == {"a": ["a"], "b": ["b", "c", "d"]}


def test_add_and_membership() -> None:
    sets: DisjointSet[int] = DisjointSet()
    sets.add(3)
    sets.add(3)
    assert 3 in sets and 4 not in sets
    assert len(sets) == 1
    sets.add(1)
    sets.union(3, 1)
    assert sets.find(3) == 1


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=60))
def test_the_same_partition_in_any_order_of_unions(pairs: list[tuple[int, int]]) -> None:
    forward = DisjointSet(range(31))
    backward = DisjointSet(reversed(range(31)))
    for a, b in pairs:
        forward.union(a, b)
    for a, b in reversed(pairs):
        backward.union(b, a)
    assert forward.groups() == backward.groups()
    # The representative is the smallest member of its set.
    for root, members in forward.groups().items():
        assert root == min(members) and all(forward.find(m) == root for m in members)
    # And it is the partition of the graph's connected components.
    component = {n: {n} for n in range(31)}
    for a, b in pairs:
        joined = component[a] | component[b]
        for n in joined:
            component[n] = joined
    assert sorted(map(sorted, forward.groups().values())) == sorted(
        map(sorted, {frozenset(c) for c in component.values()})
    )

"""compare._disputes: the groups of figures that all dispute each other, as they were found
before the claims that dispute every member were kept as one set (the same groups, in the
same order)."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import compare


def _reference(disputed, most=compare.MAX_DISPUTES):
    """_disputes as it was written first: every candidate checked against every member."""
    ids = sorted({c for _, j in disputed for c in (j.first.id, j.second.id)})
    number = {claim: n for n, claim in enumerate(ids)}
    worst = {}
    for rank, j in disputed:
        a, b = number[j.first.id], number[j.second.id]
        pair = (a, b) if a < b else (b, a)
        held = worst.get(pair)
        if held is None or rank < held[0]:
            worst[pair] = (rank, j)
    rivals = [set() for _ in ids]
    for a, b in worst:
        rivals[a].add(b)
        rivals[b].add(a)
    covered = set()
    found = []
    for (a, b), (_, judged) in sorted(worst.items(), key=lambda item: item[1][0]):
        if len(found) == most:
            break
        if (a, b) in covered:
            continue
        members = {a, b}
        ranked = sorted(
            (
                -(((o, a) if o < a else (a, o)) not in covered)
                - (((o, b) if o < b else (b, o)) not in covered),
                o,
            )
            for o in rivals[a] & rivals[b]
        )
        for _, other in ranked:
            if all(other in rivals[m] for m in members):
                members.add(other)
        ordered = sorted(members)
        covered.update((x, y) for i, x in enumerate(ordered) for y in ordered[i + 1 :])
        found.append((frozenset(ids[m] for m in members), judged))
    return found


def _judgement(first: str, second: str) -> SimpleNamespace:
    return SimpleNamespace(first=SimpleNamespace(id=first), second=SimpleNamespace(id=second))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 11), st.integers(0, 11), st.integers(0, 5)).filter(
            lambda t: t[0] != t[1]
        ),
        max_size=60,
    ),
    st.integers(1, 8),
)
def test_the_groups_are_those_every_member_checked_gave(pairs, most):
    disputed = [((rank, n), _judgement(f"c#{a}", f"c#{b}")) for n, (a, b, rank) in enumerate(pairs)]
    assert compare._disputes(disputed, most) == _reference(disputed, most)
    assert compare._disputes(disputed) == _reference(disputed)

"""One union-find (a disjoint-set forest): the clusters of names, places, wordings and origins.

Two rules make its answers independent of the order of work: the representative of a set is
its smallest member (so sorting the members decides it, not which union came first), and
`find` halves the path it walks (so long chains stay cheap whatever the order of unions).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar


class _Ordered(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


T = TypeVar("T", bound=_Ordered)


class DisjointSet(Generic[T]):
    """Sets of items, joined by `union`; `find` names an item's set by its smallest member."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {item: item for item in items}

    def add(self, item: T) -> None:
        """Put `item` in a set of its own, unless it is in one already."""
        self._parent.setdefault(item, item)

    def find(self, item: T) -> T:
        """The representative of `item`'s set: its smallest member."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> bool:
        """Join the sets of `a` and `b`; False if they were one set already."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        keep, gone = (root_a, root_b) if root_a < root_b else (root_b, root_a)
        self._parent[gone] = keep
        return True

    def groups(self) -> dict[T, list[T]]:
        """Every set, by representative, in order; its members sorted."""
        found: dict[T, list[T]] = {}
        for item in sorted(self._parent):
            found.setdefault(self.find(item), []).append(item)
        return dict(sorted(found.items()))

    def __contains__(self, item: object) -> bool:
        return item in self._parent

    def __iter__(self) -> Iterator[T]:
        return iter(self._parent)

    def __len__(self) -> int:
        return len(self._parent)

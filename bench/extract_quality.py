"""How well `crosscheck extract` agrees with the curated claims of the bundled articles.

    .venv/bin/python bench/extract_quality.py [--verbose] [--root .]

For each article of articles/ with a claims/<id>.yaml file, the extracted claims are matched
one to one with the curated ones (rejected curated claims left out) at four levels:

  figure       the spans overlap and the best values are equal
  +kind        ... and the kinds are equal
  +party       ... and the parties match (both none, or fuzzy: token_set_ratio >= 80, or
               one contains the other's head noun; "soldiers"/"troops" and
               "gunmen"/"attackers" count as the same head)
  +attribution figure found and the sources match (both the article's own voice, or fuzzy)

and precision (share of extracted claims matched) and recall (share of curated claims
matched) are printed per level, overall and per article.  --verbose lists the misses (curated
claims not found) and the false positives (extracted claims not curated) of each level.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from crosscheck import articles, pipeline, store
from crosscheck.extract import extract_article
from crosscheck.model import ARTICLE_VOICE, Claim
from crosscheck.store import loading

_HEADS = {"soldier": "troop", "serviceman": "troop", "servicemen": "troop", "gunman": "attacker"}
_HEADS["gunmen"] = "attacker"


@dataclass(frozen=True)
class Item:
    """One claim, curated or extracted, reduced to what the measures compare."""

    start: int
    end: int
    best: float
    kind: str
    party: str | None
    source: str
    figure: str
    quote: str


def _from_claim(claim: Claim) -> Item:
    return Item(
        claim.span.start,
        claim.span.end,
        claim.estimate.best,
        claim.kind,
        claim.party,
        claim.attribution.source,
        claim.figure,
        claim.quote,
    )


def _from_entry(entry: dict) -> Item:
    best = entry["best"]
    value = float(best.toordinal()) if hasattr(best, "toordinal") else float(best)
    return Item(
        entry["span"][0],
        entry["span"][1],
        value,
        entry["kind"],
        entry.get("party"),
        entry["attribution"]["source"],
        entry["figure"],
        entry["quote"],
    )


def _norm(text: str) -> str:
    text = re.sub(r"['’]s\b", "", text.lower())
    return re.sub(r"[^\w\s-]", " ", text).strip()


def _head(text: str) -> str:
    words = _norm(text).split()
    if not words:
        return ""
    word = words[-1]
    word = _HEADS.get(word, word)
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return _HEADS.get(word, word)


def _contains_head(a: str, b: str) -> bool:
    head = _head(b)
    stems = {_HEADS.get(w.rstrip("s"), w.rstrip("s")) for w in _norm(a).split()}
    return bool(head) and head in stems


def fuzzy(a: str | None, b: str | None) -> bool:
    """Whether two parties or sources name the same thing."""
    if a is None or b is None:
        return a is None and b is None
    if fuzz.token_set_ratio(_norm(a), _norm(b)) >= 80:
        return True
    return _contains_head(a, b) or _contains_head(b, a)


def same_figure(x: Item, y: Item) -> bool:
    return x.start < y.end and y.start < x.end and abs(x.best - y.best) < 1e-6


def same_source(x: Item, y: Item) -> bool:
    if ARTICLE_VOICE in (x.source, y.source):
        return x.source == y.source
    return fuzzy(x.source, y.source)


LEVELS: dict[str, Callable[[Item, Item], bool]] = {
    "figure": same_figure,
    "+kind": lambda x, y: same_figure(x, y) and x.kind == y.kind,
    "+party": lambda x, y: same_figure(x, y) and x.kind == y.kind and fuzzy(x.party, y.party),
    "+attribution": lambda x, y: same_figure(x, y) and same_source(x, y),
}


def match(
    found: list[Item], curated: list[Item], test: Callable[[Item, Item], bool]
) -> tuple[list[Item], list[Item], int]:
    """Greedy one-to-one matching: (misses, false positives, matched pairs)."""
    used: set[int] = set()
    false_positives = []
    for item in found:
        partner = next(
            (i for i, other in enumerate(curated) if i not in used and test(item, other)), None
        )
        if partner is None:
            false_positives.append(item)
        else:
            used.add(partner)
    misses = [other for i, other in enumerate(curated) if i not in used]
    return misses, false_positives, len(used)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--verbose", "-v", action="store_true")
    options = parser.parse_args(argv)
    corpus = articles.load_all(options.root / "articles")
    totals = {level: [0, 0, 0] for level in LEVELS}  # matched, found, curated
    rows = []
    details: list[str] = []
    for article_id, article in sorted(corpus.items()):
        path = store.claims_path(options.root / "claims", article_id)
        if not path.exists():
            continue
        _, claims = loading.read_claims_file(path)
        curated = [_from_claim(c) for c in pipeline.live(claims)]
        found = [_from_entry(e) for e in extract_article(article)]
        row = [article_id]
        for level, test in LEVELS.items():
            misses, false_positives, matched = match(found, curated, test)
            totals[level][0] += matched
            totals[level][1] += len(found)
            totals[level][2] += len(curated)
            row.append(f"{_ratio(matched, len(found)):.2f}/{_ratio(matched, len(curated)):.2f}")
            if options.verbose and (misses or false_positives):
                details.append(f"\n{article_id} [{level}]")
                details.extend(f"  miss {_show(item)}" for item in misses)
                details.extend(f"  fp   {_show(item)}" for item in false_positives)
        rows.append(row)

    print(f"{'measure':<14}{'precision':>10}{'recall':>8}{'matched':>9}{'found':>7}{'curated':>9}")
    for level, (matched, found_count, curated_count) in totals.items():
        print(
            f"{level:<14}{_ratio(matched, found_count):>10.3f}"
            f"{_ratio(matched, curated_count):>8.3f}{matched:>9}{found_count:>7}{curated_count:>9}"
        )
    print("\nper article (precision/recall): " + " | ".join(LEVELS))
    for row in rows:
        print(f"  {row[0][:60]:<60} " + "  ".join(row[1:]))
    for line in details:
        print(line)
    return 0


def _show(item: Item) -> str:
    return (
        f"[{item.start},{item.end}] {item.kind} {item.figure!r} party={item.party!r} "
        f"source={item.source!r} | {item.quote}"
    )


if __name__ == "__main__":
    sys.exit(main())

"""Nothing in the code is tuned to the bundled corpus: the proper names of the bundled
articles (people, places, outlets, agencies) may appear in data files and tests, never in
src/ code, docstrings or comments.  Knowledge that is data lives in src/crosscheck/data/."""

from __future__ import annotations

import re
from pathlib import Path

from crosscheck import articles

ROOT = Path(__file__).parent.parent
# Capitalised words of the bundled articles that are ordinary English or calendar words.
ORDINARY = {
    "After", "August", "Breaking", "Critics", "Dead", "Drive", "Earlier", "Forces", "Friday",
    "From", "Getty", "Images", "Killed", "Last", "Many", "Monday", "News", "Party",
    "Rebels", "Saturday", "September", "State", "Sunday", "That", "This", "Thursday",
    "Town", "Tuesday", "Unity", "Updated", "June", "Talks", "They", "Their", "There",
    "Police", "President", "Another", "Asked", "Battles", "Colonel", "General", "Major",
    "Deputy", "Prime", "Minister", "Ministry", "Interior", "Defense", "Embassy", "Press",
    "Islamic", "Western", "Central", "Asian", "Middle", "East", "United", "Nations",
    "Accessibility", "Nonetheless", "Meanwhile", "Most", "Rebel", "Government",
    "Increased", "Security", "Collective", "Treaty", "Organization", "Observers", "Mission",
    "Revival", "Rebirth", "Opposition", "Center", "Studies", "School", "Oriental",
    "African", "University", "Department", "Kremlin", "Foreign", "Cross", "Red", "Gorge",
    "Law",
}  # fmt: skip


def _corpus_names() -> set[str]:
    names: set[str] = set()
    for article in articles.load_all(ROOT / "articles").values():
        names |= set(re.findall(r"\b[A-Z][a-z]{3,}\b", article.body))
    return names - ORDINARY


def test_no_proper_name_of_the_bundled_articles_in_code() -> None:
    names = _corpus_names()
    assert len(names) > 50  # the guard has something to guard
    pattern = re.compile(r"\b(" + "|".join(sorted(names)) + r")\b")
    found = [
        f"{path.relative_to(ROOT)}:{number}: {match[0]}"
        for path in sorted((ROOT / "src").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in pattern.finditer(line)
    ]
    assert found == []

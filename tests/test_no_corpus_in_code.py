"""Nothing in the code is tuned to the bundled corpus: the proper names of the bundled
articles (people, places, outlets, agencies) may appear in data files and tests, never in
src/ code, docstrings or comments.  Knowledge that is data lives in src/crosscheck/data/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def _in_src(names: set[str], suffixes: tuple[str, ...]) -> list[str]:
    """Where `names` occur as whole words in the files of src/ with these suffixes."""
    assert len(names) > 50  # the guard has something to guard
    pattern = re.compile(r"\b(" + "|".join(sorted(names)) + r")\b")
    return [
        f"{path.relative_to(ROOT)}:{number}: {match[0]}"
        for path in sorted((ROOT / "src").rglob("*"))
        if path.suffix in suffixes
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in pattern.finditer(line)
    ]


def test_no_proper_name_of_the_bundled_articles_in_code() -> None:
    assert _in_src(_corpus_names(), (".py",)) == []


# --------------------------------------------------------------------------- the dev set

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"
# Capitalised words of the development articles that are ordinary English, calendar words,
# world regions and countries far from its events, or wire agencies any news corpus cites.
DEV_ORDINARY = {
    "Absolutely", "Affairs", "Although", "April", "August", "Associated", "Besides",
    "Casualty", "Charred", "Chief", "Code", "Commissioner", "Concerns", "Conflicts",
    "Continues", "Crime", "Criminal", "Currently", "Debate", "Deliberate", "Department",
    "District", "Explore", "Exploring", "Federal", "Firstly", "Friday", "Initially", "Inquiry",
    "Internal", "Investigatory", "Join", "Joint", "June", "Launch", "Meanwhile", "Moments",
    "Monday", "Moreover", "Movement", "National", "Nations", "Nongovernmental", "October",
    "Organisation", "Organization", "Outcry", "Outrage", "Photo", "Photograph", "Posted",
    "Prime", "Progress", "Read", "Rubbish", "Saturday", "Secondly", "Secret", "Secretary",
    "September", "Situations", "Sporadic", "Staff", "Sunday", "Suspects", "Thank", "Thirty",
    "Thursday", "Treaty", "Tuesday", "Union", "United", "Volunteers", "Wednesday", "World",
    "Writer", "Asia", "Asian", "Europe", "Eurozone", "Pacific", "Nordic", "Soviet", "Muslim",
    "Islam", "Islamic", "Islamist", "King", "Memorial", "Radio", "Dutch", "English", "Finnish",
    "France", "Greece", "China", "India", "Iran", "Turkey", "Sudan", "Pakistan", "Afghanistan",
    "Beijing", "Jakarta", "Shanghai", "Washington", "Reuters", "Interfax", "Xinhua", "Novosti",
    "Guardian", "Burger", "Allez", "Bleus", "Qaida", "Taliban", "Caucasus",
    "Aug", "Cup", "Fri", "Get", "God", "Red", "Tue", "Ian",
}  # fmt: skip


def _devset_names() -> set[str]:
    """Capitalised words of the development articles never written in lower case there
    (three letters and more: a town's name can be that short)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((DEVSET / "texts").glob("*.txt"))]
    capitalised = {w for t in texts for w in re.findall(r"\b[A-Z][a-z]{2,}\b", t)}
    lower = {w for t in texts for w in re.findall(r"\b[a-z]{3,}\b", t)}
    return {w for w in capitalised if w.lower() not in lower} - DEV_ORDINARY


@pytest.mark.skipif(not (DEVSET / "texts").is_dir(), reason="the development set is not here")
def test_no_name_or_place_of_the_devset_in_src() -> None:
    assert _in_src(_devset_names(), (".py", ".yaml", ".json")) == []


@pytest.mark.skipif(not (DEVSET / "texts").is_dir(), reason="the development set is not here")
def test_no_word_made_from_a_devset_name_in_src() -> None:
    # Any case, and words made from a name: a place's adjective or people ("Xland" ->
    # "xlandian") in lower case is as much a tuned rule as the name.  Names of six letters
    # and more, where a word starting with one is not an ordinary word by chance.
    stems = sorted(name for name in _devset_names() if len(name) >= 6)
    pattern = re.compile(r"\b(" + "|".join(stems) + r")", re.IGNORECASE)
    found = [
        f"{path.relative_to(ROOT)}:{number}: {match[0]}"
        for path in sorted((ROOT / "src").rglob("*"))
        if path.suffix in (".py", ".yaml", ".json")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in pattern.finditer(line)
    ]
    assert len(stems) > 50 and found == []

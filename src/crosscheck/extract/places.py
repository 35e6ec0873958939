"""Where a figure's event is: a capitalised place after "in", "near", "outside", "at" in the
figure's own clause ("killed in Port Elin")."""

from __future__ import annotations

import re

from crosscheck.extract.figures import Figure
from crosscheck.extract.lexicon import CUT_AFTER, MONTH_SET, WEEKDAYS, families, lexicon
from crosscheck.extract.speakers import agency_of

_PLACE = re.compile(
    r"\b(?:in|near|outside|around|at)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|region|province|district|valley|gorge))*)"
)


def place_of(text: str, figure: Figure) -> str | None:
    """Where the figure's event is, if its clause says so: "killed in Port Elin"."""
    if figure.kind in (*families().measures, "date", families().residents):
        return None
    stretch = text[figure.end :]
    cut = CUT_AFTER.search(stretch)
    if cut:
        stretch = stretch[: cut.start()]
    match = _PLACE.search(stretch)
    if match is None:
        return None
    place = match.group("place")
    first = place.split()[0].lower()
    lex = lexicon()
    if (
        first in MONTH_SET
        or first in WEEKDAYS
        or agency_of(place)
        or first in lex.sets["determiners"]
    ):
        return None
    return place

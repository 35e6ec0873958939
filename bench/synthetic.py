"""A synthetic corpus for benchmarks: articles/ and claims/ with as many claims as asked.

    python bench/synthetic.py OUT_DIR --claims 100000 [--seed 1]

Events (clashes, attacks, troop deployments) are reported by several outlets each; every
article states about twenty figures about its event: tolls of several parties, troops,
distances, percentages and dates, in every qualifier form the vocabulary knows ("39",
"about 40", "nearly 40", "up to 100", "at least eight", "between 10 and 135", "a few dozen",
"tens of thousands", "40 kilometers", "30 miles", "4 September 2015") and with the spelling
variants real reports have ("Zarabad" / "Zarobod" / "Zarrabad").  Each claim carries about
fifteen fields, a quote that occurs in its article and a span that covers it, so the corpus
passes `crosscheck check`.  The same seed gives the same files.  Places, outlets and the
country are invented: nothing comes from the bundled articles or from aliases.yaml.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

CLAIMS_PER_ARTICLE = 20
ARTICLES_PER_EVENT = 5

OUTLETS = (
    "Reuters", "Associated Press", "Agence France-Presse", "Interfax", "RIA Novosti",
    "The Evening Ledger", "World Radio Service", "Radio Free Europe", "Steppe Post", "Eurasianet",
    "BBC Monitoring", "TASS",
)  # fmt: skip
PLACES = (
    ("Zarabad", "Zarobod", "Zarrabad"),
    ("Velikor", "Velikhor", "Welikor"),
    ("Kharlam", "Harlam", "Kharlam town"),
    ("Ostrogorsk", "Ostrogorsk town", "Ostrogorskiy"),
    ("Qaradzhol", "Karajol", "Qarajol"),
    ("Piryat", "Pirjat", "Piryat valley"),
    ("Sulvan", "Sulwan", "Sulvan district"),
    ("Taldor", "Taldor valley", "Taldor district"),
)
PARTIES = (
    ("government soldiers", "government troops", "army soldiers"),
    ("rebel fighters", "rebels", "opposition fighters"),
    ("civilians", "local residents", "civilians"),
    ("policemen", "police officers", "police"),
    ("attackers", "gunmen", "militants"),
)
SOURCES = (
    "interior ministry", "Interior Ministry", "defence ministry", "president's spokesman",
    "government press service", "rebel commander", "local officials", "hospital staff",
    "witnesses", "article", "article", "article",
)  # fmt: skip
VIA = ((), (), (), ("Interfax",), ("Reuters",), ("RIA",), ("Interfax", "Reuters"))
EVENT_NAMES = ("clashes", "fighting", "attack", "uprising", "siege", "ambush")
TOLL_KINDS = ("killed", "injured", "detained", "captured", "hostages")
TOLL_WORDS = {
    "killed": "have been killed",
    "injured": "were wounded",
    "detained": "were detained",
    "captured": "were captured",
    "hostages": "were taken hostage",
}
NUMBER_WORDS = {
    2: "two", 3: "three", 5: "five", 8: "eight", 10: "ten", 12: "twelve", 20: "twenty",
    30: "thirty", 40: "forty", 50: "fifty",
}  # fmt: skip


def _figure(rng: random.Random, value: int) -> tuple[str, str | None]:
    """A toll figure in one of the forms articles use, and the qualifier to write (or None,
    so the store derives it)."""
    form = rng.randrange(14)
    if form == 0:
        return f"{value:,}", "exact"
    if form == 1:
        return NUMBER_WORDS.get(value, f"{value:,}"), None
    if form == 2:
        return f"about {value:,}", "about"
    if form == 3:
        return f"nearly {value:,}", None
    if form == 4:
        return f"up to {value * 2:,}", "up to"
    if form == 5:
        return f"at least {NUMBER_WORDS.get(value, f'{value:,}')}", "at least"
    if form == 6:
        return f"between {max(value - 5, 0)} and {value + 20}", "range"
    if form == 7:
        return "a few dozen", "vague"
    if form == 8:
        return f"more than {value:,}", None
    if form == 9:
        return f"as many as {value + 10:,}", None
    if form == 10:
        return "dozens", None
    if form == 11:
        return f"{max(value - 2, 0)}-{value + 3}", None
    if form == 12:
        return "several", None
    return f"some {value:,}", None


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _claim_yaml(fields: dict[str, object]) -> str:
    """One claim entry in the block style of docs/claim-format.md."""
    lines = []
    first = True
    for key, value in fields.items():
        lead = "  - " if first else "    "
        first = False
        if key == "attribution":
            source, via = value  # type: ignore[misc]
            via_text = "[" + ", ".join(_quoted(v) for v in via) + "]"
            lines.append(f"{lead}attribution:")
            lines.append(f"      source: {_quoted(source)}")
            lines.append(f"      via: {via_text}")
        elif key == "span":
            start, end = value  # type: ignore[misc]
            lines.append(f"{lead}span: [{start}, {end}]")
        elif isinstance(value, str):
            lines.append(f"{lead}{key}: {_quoted(value)}")
        else:
            lines.append(f"{lead}{key}: {value}")
    return "\n".join(lines)


def _article(
    rng: random.Random, event: int, number: int, day: dt.date, count: int
) -> tuple[str, str, str]:
    """(article id, article file text, claim file text) for one report of one event."""
    outlet = rng.choice(OUTLETS)
    place_forms = PLACES[event % len(PLACES)]
    place = rng.choice(place_forms)
    name = EVENT_NAMES[event % len(EVENT_NAMES)]
    published = day + dt.timedelta(days=rng.randrange(0, 4))
    article_id = f"synthetic-{event:05d}-{number}-{name}-in-{place.lower().split()[0]}"
    title = f"{name.capitalize()} in {place} (event {event}, report {number})"
    sentences: list[tuple[str, dict[str, object]]] = []
    base = 5 + (event * 7) % 90
    for index in range(count):
        pick = index % 10
        interval: tuple[int, int, int] | None = None
        when = (day - dt.timedelta(days=1)).isoformat()
        if pick < 6:
            kind = TOLL_KINDS[(index // 2 + event) % len(TOLL_KINDS)]
            party = rng.choice(PARTIES[index % len(PARTIES)])
            value = max(2, base + rng.randrange(-3, 4) + 11 * index)
            figure, qualifier = _figure(rng, value)
            quote = f"{figure} {party} {TOLL_WORDS[kind]}"
            subject = f"{party} {kind}"
        elif pick == 6:
            kind, party = "troops", "foreign troops"
            figure, qualifier = rng.choice(
                [("about 25,000", "about"), ("20,000", None), ("tens of thousands", "vague"),
                 ("some 7,000", None), ("a few thousand", None)]
            )  # fmt: skip
            quote = f"{figure} foreign troops are stationed in the country"
            subject = "foreign troops in the country"
        elif pick == 7:
            kind, party = "distance", "rebel forces"
            figure, qualifier = rng.choice(
                [("40 kilometers", None), ("about 30 miles", "about"), ("25 km", None),
                 ("a few kilometers", "vague"), ("no more than 15 kilometers", None)]
            )  # fmt: skip
            if figure == "a few kilometers":  # unreadable: a person wrote the interval
                interval = (2, 3, 5)
            quote = f"rebel forces stood {figure} from {place}"
            subject = f"distance of the rebel forces from {place}"
        elif pick == 8:
            kind, party = "percent", "opposition"
            figure, qualifier = rng.choice([("30 percent", None), ("40%", None)])
            quote = f"demanded {figure} of seats in the government"
            subject = "share of government seats demanded by the opposition"
        else:
            kind, party = "date", ""
            on = day - dt.timedelta(days=rng.randrange(0, 2))
            figure = rng.choice([on.strftime("%-d %B %Y"), on.strftime("%B %-d, %Y")])
            qualifier = None
            quote = f"the {name} began on {figure}"
            subject = f"date the {name} in {place} began"
        source = rng.choice(SOURCES)
        fields: dict[str, object] = {
            "id": f"{article_id}#{index + 1}",
            "subject": subject,
            "kind": kind,
        }
        if party:
            fields["party"] = party
        fields["place"] = place
        fields["event"] = f"{name} in {place_forms[0]}, event {event}"
        fields["figure"] = figure
        if qualifier:
            fields["qualifier"] = qualifier
        if interval:
            fields["low"], fields["best"], fields["high"] = interval
        if kind != "date":
            fields["unit"] = {"distance": "km", "percent": "percent"}.get(kind, "people")
        fields["as_of"] = when
        fields["attribution"] = (source, rng.choice(VIA))
        fields["quote"] = quote
        fields["span"] = (0, 0)  # filled in below
        fields["origin"] = rng.choice(("manual", "extracted"))
        fields["status"] = rng.choice(("confirmed", "unreviewed", "corrected", "confirmed"))
        fields["note"] = f"synthetic claim {index + 1} of report {number}"
        sentences.append((quote, fields))

    body_parts = [f"{place.upper()}, Veloria -- {title}.", ""]
    offset = len("\n".join(body_parts)) + 1
    entries = []
    for quote, fields in sentences:
        source = fields["attribution"][0]  # type: ignore[index]
        said = "the paper's correspondent wrote" if source == "article" else f"{source} said"
        sentence = f"According to reports, {quote}, {said}."
        start = offset + len("According to reports, ")
        fields["span"] = (start, start + len(quote))
        body_parts.append(sentence)
        offset += len(sentence) + 1
        entries.append(_claim_yaml(fields))
    body = "\n".join(body_parts) + "\n"
    front = (
        "---\n"
        f"id: {article_id}\n"
        f"title: {_quoted(title)}\n"
        f"outlet: {_quoted(outlet)}\n"
        f"published: '{published.isoformat()}'\n"
        "---\n"
    )
    claims_text = (
        "# yaml-language-server: $schema=../src/crosscheck/data/claims.schema.json\n"
        f"article: {article_id}\n"
        "claims:\n" + "\n".join(entries) + "\n"
    )
    return article_id, front + body, claims_text


def generate(out: Path, claims: int, seed: int = 1) -> tuple[int, int]:
    """Write articles/ and claims/ under `out` with `claims` claims; (articles, claims)."""
    rng = random.Random(seed)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "claims").mkdir(parents=True, exist_ok=True)
    written = 0
    articles = 0
    event = 0
    start = dt.date(1992, 5, 1)
    while written < claims:
        day = start + dt.timedelta(days=event * 3)
        for number in range(1, ARTICLES_PER_EVENT + 1):
            if written >= claims:
                break
            count = min(CLAIMS_PER_ARTICLE, claims - written)
            article_id, article_text, claims_text = _article(rng, event, number, day, count)
            (out / "articles" / f"{article_id}.txt").write_text(article_text, encoding="utf-8")
            (out / "claims" / f"{article_id}.yaml").write_text(claims_text, encoding="utf-8")
            written += count
            articles += 1
        event += 1
    return articles, written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    articles, claims = generate(args.out, args.claims, args.seed)
    print(f"{articles} articles, {claims} claims in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

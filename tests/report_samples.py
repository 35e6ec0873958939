"""Findings built by hand for the report and renderer tests (no engine needed)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import yaml

from crosscheck import dates
from crosscheck.model import (
    Article,
    Attribution,
    Claim,
    Estimate,
    Finding,
    Qualifier,
    Span,
    Subject,
    Verdict,
)

MT = "moscow-times-1998-11-06-89-dead-as-tajik-forces-drive"
VOA = "voice-of-america-2015-09-04-at-least-10-killed-in-armed"
BN = "blouin-news-2015-09-14-russia-to-back-tajikistan-in-crushing"

ARTICLES = {
    MT: Article(MT, "89 Dead as Tajik Forces Drive Rebels From Town", "The Moscow Times",
                dates.day(dt.date(1998, 11, 6)), "body"),
    VOA: Article(VOA, "At Least 10 Killed in Armed Clashes", "Voice of America",
                 dates.day(dt.date(2015, 9, 4)), "body"),
    BN: Article(BN, "Russia to back Tajikistan in crushing <rebels> & \"others\"", "Blouin News",
                dates.day(dt.date(2015, 9, 14)), "body"),
}  # fmt: skip


def claim(
    claim_id: str,
    figure: str,
    estimate: Estimate,
    *,
    subject: str = "government soldiers killed",
    kind: str = "killed",
    source: str = "article",
    via: tuple[str, ...] = (),
    quote: str | None = None,
    as_of: str | None = None,
) -> Claim:
    return Claim(
        id=claim_id,
        article=claim_id.split("#")[0],
        subject=subject,
        kind=kind,
        figure=figure,
        estimate=estimate,
        quote=quote or f"{figure} {subject}",
        span=Span(0, 1),
        attribution=Attribution(source, via),
        as_of=dates.parse_dateref(as_of) if as_of else None,
    )


SPOKESMAN = claim(
    f"{MT}#3", "39", Estimate(39, 39, 39, Qualifier.EXACT, "people"),
    source="president's spokesman Zafar Saidov",
    quote="39 government soldiers have been killed", as_of="1998-11-05",
)  # fmt: skip
PRESS_SERVICE = claim(
    f"{MT}#10", "up to 100", Estimate(100, None, 100, Qualifier.UP_TO, "people"),
    source="government press service", via=("Interfax",),
    quote="up to 100 government troops have been killed", as_of="1998-11-05",
)  # fmt: skip
VOA_TOLL = claim(
    f"{VOA}#1", "at least 10", Estimate(10, 10, None, Qualifier.AT_LEAST, "people"),
    subject="people killed in Dushanbe clashes", quote="At least 10 killed",
)  # fmt: skip
BN_TOLL = claim(
    f"{BN}#2", "about 25,000", Estimate(25000, 24000, 26000, Qualifier.ABOUT, "people"),
    subject="people killed in Dushanbe clashes",
    quote='killed | "about" 25,000 <script>alert(1)</script>, said *someone*',
)  # fmt: skip
DATE_A = claim(
    f"{VOA}#2", "4 September 2015",
    Estimate(dt.date(2015, 9, 4).toordinal(), dt.date(2015, 9, 4).toordinal(),
             dt.date(2015, 9, 4).toordinal(), Qualifier.EXACT, "date"),
    subject="date of the attack", kind="date",
)  # fmt: skip
DATE_B = claim(
    f"{BN}#5", "September 3",
    Estimate(dt.date(2015, 9, 3).toordinal(), dt.date(2015, 9, 3).toordinal(),
             dt.date(2015, 9, 3).toordinal(), Qualifier.EXACT, "date"),
    subject="date of the attack", kind="date",
)  # fmt: skip


def finding(
    claims: tuple[Claim, ...],
    verdict: Verdict,
    severity: float,
    explanation: str,
    *,
    label: str | None = None,
    key: str | None = None,
) -> Finding:
    first = claims[0]
    return Finding(
        subject=Subject(
            key=key or f"{first.kind}|{first.subject}",
            label=label or first.subject,
            kind=first.kind,
            claims=claims,
            reasons=("same kind and party",),
        ),
        verdict=verdict,
        severity=severity,
        explanation=explanation,
        origins=tuple((c.id, 1) for c in claims),
    )


SOLDIERS = finding(
    (PRESS_SERVICE, SPOKESMAN), Verdict.CONTRADICTION, 0.9,
    "39 (president's spokesman) lies below 'up to 100' only if ... the sources disagree",
)  # fmt: skip
CLASHES = finding(
    (BN_TOLL, VOA_TOLL), Verdict.TENSION, 0.55,
    "about 25,000 vs at least 10: far apart <but> not impossible & \"odd\"",
)  # fmt: skip
ATTACK_DATE = finding(
    (DATE_B, DATE_A), Verdict.UPDATE, 0.2, "the later report dates the attack a day later",
)  # fmt: skip
AGREEMENT = finding(
    (SPOKESMAN, SPOKESMAN), Verdict.CONSISTENT, 0.0, "the figures agree",
    label="soldiers killed (agreement)",
)  # fmt: skip

FINDINGS = (ATTACK_DATE, AGREEMENT, CLASHES, SOLDIERS)


def shuffle_corpus(claims_dir: Path, seed: int) -> None:
    """Rewrite every claim file with its claims, and the keys of each claim, in a random
    order and another YAML style; write the files in a random order too.  (The format puts
    each article's claims in one file named after it, so files cannot be split or merged.)"""
    rng = random.Random(seed)
    files = sorted(claims_dir.glob("*.yaml"))
    texts = {}
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        entries = data["claims"]
        rng.shuffle(entries)
        shuffled = []
        for entry in entries:
            keys = list(entry)
            rng.shuffle(keys)
            shuffled.append({key: entry[key] for key in keys})
        texts[path] = yaml.safe_dump(
            {"claims": shuffled, "article": data["article"]},
            sort_keys=False,
            allow_unicode=bool(seed % 2),
            width=60 + seed * 17,
            default_flow_style=None if seed % 2 else False,
        )
        path.unlink()
    rng.shuffle(files)
    for path in files:
        path.write_text(texts[path], encoding="utf-8")

"""The baseline: discrepancies a person has acknowledged, so that a CI gate fails only on
what is new or worse.

Rules, in plain words:
- The baseline is `crosscheck-baseline.yaml` at the corpus root, written by
  `crosscheck report --update-baseline` and reviewed like any other file.  It lists each
  discrepancy the report shows by its stable key (the subject's key, made from kind, party,
  event, date and place, never from line numbers or claim order), with its verdict, its
  severity, its subject in words, the claims behind it, and a note for the person who
  acknowledged it.  Updating keeps the notes of entries still there.
- With a baseline, `--fail-on VERDICT` fails only on discrepancies at VERDICT or worse that
  are *new* (their key is not in the baseline) or *worse* (a worse verdict than recorded, or
  the same verdict with a higher severity).  A discrepancy that got better or went away
  passes; the baseline can then be updated to record the better state.
- A baseline that cannot be read is an error naming file, line and column (exit 2), never
  an empty baseline: a gate must not pass because its baseline is broken.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck.errors import CrosscheckError
from crosscheck.model import Verdict

if TYPE_CHECKING:  # this module is light: `report` imports it at start-up for Entry
    from crosscheck.report import Discrepancy

FILE_NAME = "crosscheck-baseline.yaml"
VERSION = 1

HEADER = """\
# Discrepancies acknowledged by a person: with this file, `crosscheck report --fail-on`
# fails only on discrepancies that are new or worse than recorded here.
# Written by `crosscheck report --update-baseline` (notes are kept); review it like code.
"""


@dataclass(frozen=True)
class Entry:
    """One acknowledged discrepancy."""

    key: str
    verdict: Verdict
    severity: float
    subject: str = ""
    claims: tuple[str, ...] = ()
    note: str = ""


def entry(item: Discrepancy) -> Entry:
    """A discrepancy of the report as a baseline entry (no note yet)."""
    from crosscheck.report import claim_number

    return Entry(
        key=item.key,
        verdict=item.verdict,
        severity=item.severity,
        subject=item.subject,
        claims=tuple(sorted((row.id for row in item.claims), key=claim_number)),
    )


def why_failing(now: Entry, known: Entry | None) -> str | None:
    """Why `now` is not covered by the baseline's `known`: "new", "worse", or None."""
    from crosscheck.report import rank

    if known is None:
        return "new"
    if rank(now.verdict) < rank(known.verdict):
        return f"worse: {now.verdict.value}, was {known.verdict.value}"
    if now.verdict is known.verdict and now.severity > known.severity:
        return f"worse: severity {now.severity:.3f}, was {known.severity:.3f}"
    return None


def uncovered(
    current: Iterable[Entry], baseline: Mapping[str, Entry], worst: frozenset[Verdict]
) -> list[tuple[Entry, str]]:
    """The current discrepancies with a verdict in `worst` that are new or worse."""
    found = []
    for now in current:
        if now.verdict not in worst:
            continue
        reason = why_failing(now, baseline.get(now.key))
        if reason:
            found.append((now, reason))
    return found


def render(entries: Iterable[Entry], notes: Mapping[str, str]) -> str:
    """The baseline file's text, entries ordered by key so that diffs stay small."""
    import yaml

    data = {
        "version": VERSION,
        "discrepancies": [
            {
                "key": each.key,
                "verdict": each.verdict.value,
                "severity": each.severity,
                "subject": each.subject,
                "claims": list(each.claims),
                "note": notes.get(each.key, each.note),
            }
            for each in sorted(entries, key=lambda e: e.key)
        ],
    }
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return HEADER + body


def read(path: Path) -> dict[str, Entry]:
    """The baseline at `path` by key; {} if there is none; CrosscheckError if it is bad."""
    from crosscheck import yamlio
    from crosscheck.store import loading

    if not path.exists():
        return {}
    text = yamlio.read_text(path)
    data = yamlio.load(text, str(path))
    marks = loading.positions(text)

    def fail(message: str, at: tuple[Any, ...], field: str | None = None) -> CrosscheckError:
        line, column = loading.locator(marks, ())(at)
        return CrosscheckError(message, str(path), line, column, field=field)

    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise fail(f"not a crosscheck baseline (expected version: {VERSION})", ("version",))
    items = data.get("discrepancies") or []
    if not isinstance(items, list):
        raise fail("expected a list", ("discrepancies",), "discrepancies")
    found: dict[str, Entry] = {}
    for index, item in enumerate(items):
        at = ("discrepancies", index)
        if not isinstance(item, dict):
            raise fail("expected a mapping", at)
        key = item.get("key")
        if not isinstance(key, str) or not key:
            raise fail("expected the discrepancy's key", (*at, "key"), "key")
        if key in found:
            raise fail(f"{key!r} is listed twice", (*at, "key"), "key")
        try:
            verdict = Verdict(item.get("verdict"))
        except ValueError:
            known = ", ".join(v.value for v in Verdict)
            raise fail(f"expected one of {known}", (*at, "verdict"), "verdict") from None
        severity = item.get("severity")
        if isinstance(severity, bool) or not isinstance(severity, (int, float)):
            raise fail("expected a number 0..1", (*at, "severity"), "severity")
        claims = item.get("claims") or []
        note = item.get("note") or ""
        found[key] = Entry(
            key,
            verdict,
            float(severity),
            str(item.get("subject") or ""),
            tuple(str(claim) for claim in claims) if isinstance(claims, list) else (),
            str(note),
        )
    return found

"""The report as JSON: a documented contract for other programs (docs/report-json.md).

    {
      "version": 1,
      "generated": "2026-11-23T02:00:00Z",        # only with --timestamp
      "summary": {"discrepancies": 2, "findings": 7, "claims": 40, "articles": 5,
                  "verdicts": {"contradiction": 1, "tension": 1}},
      "filters": {"kinds": [], "articles": [], "verdicts": ["contradiction", ...],
                  "min_severity": 0.0},
      "discrepancies": [
        {
          "subject": "soldiers killed",              # the subject in words
          "kind": "killed",                          # data/kinds.yaml
          "verdict": "contradiction",                # or tension|update|changed|consistent
          "severity": 0.9,                           # 0 (agreement) .. 1, three decimals
          "explanation": "12 (army) vs up to 60 (health ministry) ...",
          "claims": [
            {
              "id": "daily-example-2021-03-04-...#3", "article": "daily-example-2021-03-04-...",
              "quote": "12 soldiers were killed",
              "low": 12, "best": 12, "high": 12,      # null = open side; ISO dates for kind date
              "source": "army spokesman Ivan Petrov",           # "article" = its own voice
              "as_of": "2021-03-03",                  # ISO 8601, reduced precision or START/END
              # extras:
              "via": ["AP"], "origins": 1, "figure": "12", "unit": "people",
              "outlet": "The Daily Example", "published": "2021-03-04"
            }
          ],
          # extras:
          "rank": 1, "key": "killed|soldiers|2021-03-03", "reasons": ["..."]
        }
      ]
    }

Required keys are always present (null where unknown); extras may grow, never shrink, within
a version.  Keys are written in this order, two-space indented with each claim on one line,
UTF-8, so output is stable.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import Any

from crosscheck.heap import collector_paused
from crosscheck.render.base import Renderer
from crosscheck.report import VERDICT_ORDER, ClaimRow, Discrepancy, Report

VERSION = 1


def claim_data(row: ClaimRow) -> dict[str, Any]:
    """One figure as contract data."""
    low, best, high = row.values()
    return {
        "id": row.id,
        "article": row.article,
        "quote": row.quote,
        "low": low,
        "best": best,
        "high": high,
        "source": row.source,
        "as_of": row.as_of,
        "via": list(row.via),
        "origins": row.origins,
        "figure": row.figure,
        "unit": row.unit,
        "outlet": row.outlet,
        "published": row.published,
    }


def discrepancy_data(item: Discrepancy) -> dict[str, Any]:
    """One discrepancy as contract data."""
    return {
        "subject": item.subject,
        "kind": item.kind,
        "verdict": item.verdict.value,
        "severity": item.severity,
        "explanation": item.explanation,
        "claims": [claim_data(row) for row in item.claims],
        "rank": item.rank,
        "key": item.key,
        "reasons": list(item.reasons),
    }


def report_data(report: Report) -> dict[str, Any]:
    """The whole report as contract data (what `JsonRenderer` serialises)."""
    data: dict[str, Any] = {"version": VERSION}
    if report.generated is not None:
        data["generated"] = report.generated
    filters = report.filters
    data["summary"] = {
        "discrepancies": len(report.discrepancies),
        "findings": report.findings_total,
        "claims": report.claims_total,
        "articles": report.articles_total,
        "verdicts": {verdict.value: n for verdict, n in report.counts().items()},
    }
    data["filters"] = {
        "kinds": sorted(filters.kinds),
        "articles": sorted(filters.articles),
        "verdicts": [v.value for v in VERDICT_ORDER if v in filters.verdicts],
        "min_severity": filters.min_severity,
    }
    data["discrepancies"] = [discrepancy_data(item) for item in report.discrepancies]
    return data


def _dumps(value: Any, indent: int = 0) -> str:
    """`value` as JSON, two-space indented, nested `indent` spaces deep."""
    if not isinstance(value, (dict, list)):
        return _one_line(value)
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return text.replace("\n", "\n" + " " * indent) if indent else text


def _one_line(value: Any) -> str:
    """`value` as json.dumps(value, ensure_ascii=False) writes it, several times faster on
    the small values a report is made of (json.dumps builds an encoder on every call)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float) and math.isfinite(value):
        return float.__repr__(value)
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        inner = ", ".join(f"{encode_basestring(k)}: {_one_line(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(map(_one_line, value)) + "]"
    return json.dumps(value, ensure_ascii=False)


def _claim_line(claim: dict[str, Any]) -> str:
    """One claim on one line: _one_line with the usual value types taken first."""
    parts = []
    for key, value in claim.items():
        if value.__class__ is str:
            text = encode_basestring(value)
        elif value is None:
            text = "null"
        elif value.__class__ is int:
            text = int.__repr__(value)
        else:
            text = _one_line(value)
        parts.append(f'"{key}": {text}')
    return "{" + ", ".join(parts) + "}"


def _discrepancy_lines(item: dict[str, Any]) -> list[str]:
    lines = ["    {"]
    last = len(item) - 1
    for index, (key, value) in enumerate(item.items()):
        comma = "," if index < last else ""
        if key == "claims" and value:
            lines.append('      "claims": [')
            lines += [f"        {_claim_line(claim)}," for claim in value]
            lines[-1] = lines[-1][:-1]
            lines.append(f"      ]{comma}")
        else:
            lines.append(f"      {_one_line(key)}: {_dumps(value, 6)}{comma}")
    lines.append("    }")
    return lines


class JsonRenderer(Renderer):
    """Two-space indented like json.dumps(indent=2), except that each claim is written on
    one line: a 100,000-figure report takes a second, not ten."""

    def render(self, report: Report) -> str:
        with collector_paused():
            return self._render(report)

    def _render(self, report: Report) -> str:
        data = report_data(report)
        lines = ["{"]
        for key, value in data.items():
            if key == "discrepancies" and value:
                lines.append('  "discrepancies": [')
                for item in value:
                    lines += _discrepancy_lines(item)
                    lines[-1] += ","
                lines[-1] = lines[-1][:-1]
                lines.append("  ],")
            else:
                lines.append(f"  {_one_line(key)}: {_dumps(value, 2)},")
        lines[-1] = lines[-1][:-1]
        lines.append("}")
        return "\n".join(lines) + "\n"

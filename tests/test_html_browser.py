"""render/html.py in a real browser: the bundled report loaded in headless Chromium.

Headless Chromium lays a page out at least 500 px wide whatever --window-size says, so the page
is loaded into an iframe of the width under test (`srcdoc`, the same origin as the frame
around it).  It is loaded with `--dump-dom` after a probe script is appended to it: the probe clicks
the overview's sort buttons and changes its filters as a reader would, measures the layout and
the SVG plots, and writes what it saw into the page as JSON, which the dumped DOM carries back.
Screenshots at 1400 and 390 px go to `build/screenshots/` (or $CROSSCHECK_SCREENSHOTS) for a
person to look at.

Where Chromium is missing these tests skip with the reason; in CI (CI=true) they fail.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

REPO = Path(__file__).resolve().parent.parent
SCREENSHOTS = Path(os.environ.get("CROSSCHECK_SCREENSHOTS", REPO / "build" / "screenshots"))
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
)  # fmt: skip

PROBE = """
<script>
(function () {
  var seen = {};
  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("#overview tbody tr"));
  }
  function visible() { return rows().filter(function (r) { return !r.hidden; }); }
  seen.width = window.innerWidth;
  seen.scrollWidth = document.documentElement.scrollWidth;
  seen.controlsShown = !document.getElementById("controls").hidden;
  seen.plots = Array.prototype.map.call(document.querySelectorAll("svg.plot"), function (svg) {
    var box = svg.getBoundingClientRect();
    return {width: box.width, height: box.height, right: box.right,
            dots: (svg.querySelector("path.best").getAttribute("d").match(/M/g) || []).length,
            dotsBox: svg.querySelector("path.best").getBBox().width,
            bars: (svg.querySelector("path.bar").getAttribute("d").match(/M/g) || []).length,
            labels: svg.querySelectorAll("text").length,
            title: svg.querySelector("title").textContent};
  });
  seen.sparks = document.querySelectorAll("#overview svg.spark").length;
  seen.initial = rows().map(function (r) { return r.dataset.rank; });
  document.querySelector("th[data-sort=severity] button").click();
  seen.severityUp = rows().map(function (r) { return r.dataset.severity; });
  document.querySelector("th[data-sort=severity] button").click();
  seen.severityDown = rows().map(function (r) { return r.dataset.severity; });
  document.querySelector("th[data-sort=subject] button").click();
  seen.subjects = rows().map(function (r) { return r.dataset.subject; });
  var verdict = document.querySelector("select[data-filter=verdict]");
  verdict.value = "changed";
  verdict.dispatchEvent(new Event("change"));
  seen.changed = visible().map(function (r) { return r.dataset.verdict; });
  seen.sectionsShown = Array.prototype.filter.call(
    document.querySelectorAll("details.finding"), function (d) { return !d.hidden; }).length;
  seen.shown = document.getElementById("shown").textContent;
  verdict.value = "";
  verdict.dispatchEvent(new Event("change"));
  var article = document.querySelector("select[data-filter=article]");
  article.value = article.options[1].value;
  article.dispatchEvent(new Event("change"));
  seen.article = article.value;
  seen.articleRows = visible().map(function (r) { return r.dataset.articles; });
  var probe = parent.document.createElement("pre");
  probe.id = "probe";
  probe.textContent = JSON.stringify(seen);
  parent.document.body.appendChild(probe);
})();
</script>
"""


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    reason = f"no Chromium on PATH (looked for {', '.join(BROWSERS)}): apt-get install chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("page") / "report.html"
    result = CliRunner().invoke(
        app, ["--root", str(REPO), "report", "--no-cache", "-f", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def shown() -> list[dict[str, Any]]:
    """The discrepancies of the bundled report, as its JSON gives them: what the page shows."""
    result = CliRunner().invoke(app, ["--root", str(REPO), "report", "--no-cache", "-f", "json"])
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["discrepancies"]
    assert len({item["verdict"] for item in found}) > 2  # enough to filter on
    return found


def _run(browser: str, profile: Path, *args: str) -> str:
    done = subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def framed(text: str, width: int, height: int, folder: Path) -> Path:
    """A page showing `text` in a frame `width` x `height` px, in its top left corner."""
    out = folder / f"framed-{width}.html"
    out.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<style>html, body { margin: 0 } iframe { border: 0; display: block }</style></head>"
        f'<body><iframe style="width: {width}px; height: {height}px" '
        f'srcdoc="{html.escape(text, quote=True)}"></iframe></body></html>',
        encoding="utf-8",
    )
    return out


def probe(browser: str, page: Path, width: int, tmp_path: Path) -> dict[str, Any]:
    """What the probe script saw in `page` at `width` px."""
    text = page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>")
    probed = framed(text, width, 900, tmp_path)
    dom = _run(
        browser, tmp_path / "profile", "--window-size=1400,900", "--dump-dom", probed.as_uri()
    )
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    seen: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return seen


def test_script_sorts_and_filters_the_overview(
    chromium: str, page: Path, tmp_path: Path, shown: list[dict[str, Any]]
) -> None:
    seen = probe(chromium, page, 1400, tmp_path)
    changed = [item["verdict"] for item in shown if item["verdict"] == "changed"]
    assert seen["controlsShown"]  # the script reveals the controls it drives
    assert seen["initial"] == [str(rank) for rank in range(1, len(shown) + 1)]
    assert seen["severityUp"] == sorted(seen["severityUp"], key=float)
    assert seen["severityUp"][0] != seen["severityUp"][-1]
    assert seen["severityDown"] == sorted(seen["severityDown"], key=float, reverse=True)
    assert seen["subjects"] == sorted(seen["subjects"], key=str.casefold)
    assert changed and seen["changed"] == changed
    assert seen["sectionsShown"] == len(changed)  # the sections follow the overview's filter
    assert seen["shown"] == f"{len(changed)} of {len(shown)} shown"
    assert seen["articleRows"] and all(
        seen["article"] in row.split() for row in seen["articleRows"]
    )


def test_every_discrepancy_has_a_drawn_plot(
    chromium: str, page: Path, tmp_path: Path, shown: list[dict[str, Any]]
) -> None:
    seen = probe(chromium, page, 1400, tmp_path)
    assert len(seen["plots"]) == len(shown) and seen["sparks"] == len(shown)
    first = seen["plots"][0]  # one dot per figure of the worst discrepancy
    figures = len(shown[0]["claims"])
    assert first["dots"] == figures and first["width"] > 300 and first["height"] > 60
    assert first["dotsBox"] > 50  # the dots are drawn, spread along the axis
    assert first["labels"] >= figures + 2  # a label per figure and the axis ticks
    assert first["title"].startswith(f"Range plot of {shown[0]['subject']}")
    assert all(plot["dots"] >= 2 for plot in seen["plots"])
    assert any(plot["bars"] for plot in seen["plots"])  # ranges and open sides are bars


def test_nothing_overflows_a_phone(chromium: str, page: Path, tmp_path: Path) -> None:
    seen = probe(chromium, page, 390, tmp_path)
    assert seen["width"] == 390
    assert seen["scrollWidth"] <= seen["width"]  # wide tables scroll in their own box
    assert all(plot["right"] <= seen["width"] for plot in seen["plots"])


@pytest.mark.parametrize("width", [1400, 390])
def test_screenshots_for_a_person(chromium: str, page: Path, tmp_path: Path, width: int) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"report-{width}.png"
    shot.unlink(missing_ok=True)
    height = 1800
    shown = framed(page.read_text(encoding="utf-8"), width, height, tmp_path)
    # The window is cropped to `width` for the picture; the frame lays the page out at it.
    _run(
        chromium,
        tmp_path / "profile",
        f"--window-size={width},{height}",
        f"--screenshot={shot}",
        shown.as_uri(),
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(shot.read_bytes()[16:20], "big") == width  # the PNG's width

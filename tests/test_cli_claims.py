"""`crosscheck claim ...` through CliRunner: exit codes, exact output, and the files after."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import STORM, TOLL, Invoke, claim_file
from crosscheck import flat
from crosscheck.model import Status
from crosscheck.render.claims import ClaimFormat
from crosscheck.store import loading
from crosscheck.vocab import kinds

MISSING = (
    "--subject", "people missing", "--kind", "other", "--figure", "up to 40",
    "--quote", "up to 40 people were missing",
)  # fmt: skip


def _statuses(root: Path) -> dict[str, str]:
    return {claim.id: claim.status.value for claim in loading.load_claims(root / "claims")}


def test_claim_add_prints_the_new_id_and_appends_the_claim(root: Path, invoke: Invoke) -> None:
    before = claim_file(root).read_text()
    result = invoke(
        "claim", "add", STORM, *MISSING, "--source", "police", "--via", "Coast Wire",
        "--via", "Wire Two", "--as-of", "2021-03-04", "--party", "residents",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{STORM}#3\n"
    # Comments, quoting and key order of what was there survive; the new claim follows.
    assert claim_file(root).read_text() == before + (
        f"  - id: {STORM}#3\n"
        "    subject: people missing\n"
        "    kind: other\n"
        "    party: residents\n"
        "    figure: up to 40\n"
        "    qualifier: up to\n"
        "    low: null\n"
        "    best: 40\n"
        "    high: 40\n"
        "    as_of: 2021-03-04\n"
        "    attribution:\n"
        "      source: police\n"
        "      via: [Coast Wire, Wire Two]\n"
        "    quote: up to 40 people were missing\n"
        "    span: [153, 181]\n"
        "    origin: manual\n"
        "    status: unreviewed\n"
    )


def test_claim_add_takes_the_event_date_and_a_distance_s_endpoints(
    root: Path, invoke: Invoke
) -> None:
    result = invoke(
        "claim", "add", STORM, *MISSING, "--about", "2021-02", "--as-of", "2021-03-04",
        "--from", "the coast", "--to", "the capital",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    _, claim = loading.find_claim(root / "claims", result.stdout.strip())
    assert (str(claim.about), str(claim.as_of)) == ("2021-02", "2021-03-04")
    assert (claim.from_place, claim.to_place) == ("the coast", "the capital")


def test_claim_add_takes_figures_as_written(root: Path, invoke: Invoke) -> None:
    result = invoke(
        "claim", "add", STORM, "--subject", "town population", "--kind", "population",
        "--figure", "25,000", "--quote", "town of 25,000 people",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    _, claim = loading.find_claim(root / "claims", result.stdout.strip())
    assert claim.estimate.best == 25_000
    assert "    figure: 25,000\n" in claim_file(root).read_text()


def test_claim_add_refuses_a_quote_not_in_the_article(root: Path, invoke: Invoke) -> None:
    before = claim_file(root).read_bytes()
    result = invoke("claim", "add", STORM, *MISSING[:-1], "up to 50 people were missing")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: quote: not found in article '{STORM}' (whitespace-insensitive)\n"
    )
    assert claim_file(root).read_bytes() == before


def test_claim_add_refuses_an_unknown_article(root: Path, invoke: Invoke) -> None:
    result = invoke("claim", "add", "harbour-gazette-2021-03-04-storm", *MISSING)
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: article: no article 'harbour-gazette-2021-03-04-storm' in "
        f"{root / 'articles'} (did you mean '{STORM}'?)\n"
    )


def test_claim_add_refuses_an_unknown_kind(root: Path, invoke: Invoke) -> None:
    result = invoke("claim", "add", STORM, *MISSING[:2], "--kind", "sunk", *MISSING[4:])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: kind: unknown kind 'sunk' (known: killed, ")


def test_claim_list_filters(root: Path, invoke: Invoke) -> None:
    invoke("claim", "add", STORM, *MISSING, "--status", "confirmed")
    everything = invoke("claim", "list")
    assert everything.exit_code == 0
    assert everything.stdout.splitlines()[2:] == [
        f"{STORM}#1  killed   at least 12  people killed   regional governor  confirmed",
        f"{STORM}#2  injured  about 300    people injured  article            unreviewed",
        f"{STORM}#3  other    up to 40     people missing  article            confirmed",
    ]
    assert everything.stdout.splitlines()[0].split() == [
        "id", "kind", "figure", "subject", "source", "status",
    ]  # fmt: skip
    for options, ids in [
        (("--kind", "injured"), ["#2"]),
        (("--subject", "PEOPLE K"), ["#1"]),
        (("--status", "confirmed"), ["#1", "#3"]),
        (("--article", STORM, "--status", "unreviewed"), ["#2"]),
        (("--article", "coast-wire-2021-03-05-storm-toll-rises"), []),
    ]:
        listed = invoke("claim", "list", *options)
        assert listed.exit_code == 0
        found = [line.split()[0] for line in listed.stdout.splitlines()[2:]]
        assert found == [f"{STORM}{n}" for n in ids], options


def test_claim_show_prints_the_yaml_form(invoke: Invoke) -> None:
    result = invoke("claim", "show", f"{STORM}#1")
    assert result.exit_code == 0
    assert result.stdout == (
        f"id: {STORM}#1\n"
        "subject: people killed\n"
        "kind: killed\n"
        "figure: at least 12\n"
        "qualifier: at least\n"
        "low: 12\n"
        "best: 12\n"
        "high: null\n"
        "unit: people\n"
        "as_of: 2021-03-02\n"
        "attribution:\n"
        "  source: regional governor\n"
        "  via: []\n"
        "quote: At least 12 people were killed\n"
        "span: [13, 43]\n"
        "origin: manual\n"
        "status: confirmed\n"
    )


def test_claim_show_reads_back_as_the_claim(tmp_path: Path) -> None:
    # claim show prints with the fast emitter: text it must quote (a figure of digits, a
    # "no", a colon) and the rest read back as the claim's YAML form with both readers.
    from ruamel.yaml import YAML
    from typer.testing import CliRunner

    from crosscheck import claimfile, yamlio
    from crosscheck.cli import app
    from crosscheck.store import editing

    repo = Path(__file__).parent.parent
    claims = loading.load_claims(repo / "claims")
    assert len(claims) > 50
    runner = CliRunner()
    quoted = 0
    for claim in claims:
        shown = runner.invoke(app, ["--root", str(repo), "claim", "show", claim.id])
        assert shown.exit_code == 0, shown.stderr
        entry = claimfile.to_entry(claim)
        assert yamlio.load(shown.stdout, "shown") == entry
        assert editing._plain(YAML().load(shown.stdout)) == entry
        quoted += ': "' in shown.stdout
    assert quoted > 5


def test_claim_show_of_an_unknown_claim(invoke: Invoke) -> None:
    result = invoke("claim", "show", f"{STORM}#7")
    assert result.exit_code == 2
    assert result.stderr.endswith(f"id: no claim '{STORM}#7'\n")
    assert invoke("claim", "show", "no-hash").stderr == (
        "Error: id: 'no-hash' is not a claim id (expected '<article-id>#<n>')\n"
    )


def test_claim_rm_removes_and_the_number_stays_used(root: Path, invoke: Invoke) -> None:
    result = invoke("claim", "rm", f"{STORM}#2")
    assert result.exit_code == 0
    assert result.stderr == f"removed {STORM}#2\n"
    assert list(_statuses(root)) == [f"{STORM}#1"]
    assert invoke("claim", "add", STORM, *MISSING).stdout == f"{STORM}#3\n"
    assert invoke("claim", "rm", f"{STORM}#2").exit_code == 2


def test_claim_set_changes_fields(root: Path, invoke: Invoke) -> None:
    result = invoke(
        "claim", "set", f"{STORM}#2", "status=corrected", "figure=about 280",
        "via=Coast Wire, Wire Two", "note=checked by phone",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"updated {STORM}#2\n"
    _, claim = loading.find_claim(root / "claims", f"{STORM}#2")
    assert claim.status is Status.CORRECTED
    assert claim.figure == "about 280"
    assert claim.estimate.best == 280
    assert claim.attribution.via == ("Coast Wire", "Wire Two")
    assert claim.note == "checked by phone"
    assert invoke("claim", "set", f"{STORM}#2", "note=").exit_code == 0
    assert loading.find_claim(root / "claims", f"{STORM}#2")[1].note is None


def test_claim_set_with_bad_values(root: Path, invoke: Invoke) -> None:
    before = claim_file(root).read_bytes()
    cases = {
        "status=done": "Error: {path}: status: 'done' is not one of unreviewed, confirmed, "
        "corrected, rejected\n",
        "stauts=done": "Error: stauts: unknown key (did you mean 'status'?)\n",
        "status": "Error: expected key=value, got 'status'\n",
        "best=-4": "Error: {path}: best: must not be negative (-4): counts start at 0\n",
        "span=1,2": "Error: {path}: span: [1, 2] does not cover the quote; it is at [48, 70]\n",
    }
    for assignment, message in cases.items():
        result = invoke("claim", "set", f"{STORM}#2", assignment)
        assert result.exit_code == 2, assignment
        assert result.stderr == message.format(path=claim_file(root)), assignment
    assert claim_file(root).read_bytes() == before


def test_review_confirms_rejects_and_edits(root: Path, invoke: Invoke) -> None:
    invoke("claim", "add", STORM, *MISSING)
    invoke("claim", "add", STORM, *MISSING)
    # #2: edit the figure, then confirm (stays "corrected"); #3: reject; #4: skip.
    result = invoke("claim", "review", input="e\nfigure\nabout 310\nc\nr\ns\n")
    assert result.exit_code == 0, result.stderr
    assert _statuses(root) == {
        f"{STORM}#1": "confirmed",
        f"{STORM}#2": "corrected",
        f"{STORM}#3": "rejected",
        f"{STORM}#4": "unreviewed",
    }
    assert loading.find_claim(root / "claims", f"{STORM}#2")[1].figure == "about 310"
    assert f"[1/3] {STORM}#2  (injured, unreviewed, extracted)" in result.stdout
    assert "»about 300 were injured«" in result.stdout
    assert result.stderr == "reviewed: 0 confirmed, 1 corrected, 1 rejected, 1 skipped\n"


def test_review_stops_at_quit_or_end_of_input(root: Path, invoke: Invoke) -> None:
    invoke("claim", "add", STORM, *MISSING)
    quit_ = invoke("claim", "review", "--article", STORM, input="q\n")
    assert quit_.exit_code == 0
    assert quit_.stderr == "reviewed: 0 confirmed, 0 corrected, 0 rejected, 0 skipped\n"
    ended = invoke("claim", "review", input="c\n")
    assert ended.exit_code == 0
    assert _statuses(root)[f"{STORM}#2"] == "confirmed"
    assert _statuses(root)[f"{STORM}#3"] == "unreviewed"


def test_review_keeps_going_after_a_bad_edit(root: Path, invoke: Invoke) -> None:
    result = invoke("claim", "review", input="e\nkind\nkiled\nx\nc\n")
    assert result.exit_code == 0
    assert "Error: " in result.stderr and "kind: unknown kind 'kiled'" in result.stderr
    assert "Please answer c, r, e, s or q." in result.stderr
    assert _statuses(root)[f"{STORM}#2"] == "confirmed"


def test_review_with_nothing_to_review(invoke: Invoke) -> None:
    result = invoke("claim", "review", "--article", "coast-wire-2021-03-05-storm-toll-rises")
    assert result.exit_code == 0
    assert result.stderr == "nothing to review\n"


def test_concurrent_claim_adds_all_land_with_unique_ids(root: Path) -> None:
    env = {**os.environ, "CROSSCHECK_ROOT": str(root)}
    command = [sys.executable, "-m", "crosscheck", "claim", "add", STORM]
    workers = [
        subprocess.Popen(
            [*command, "--subject", f"people missing {n}", *MISSING[2:]],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(8)
    ]
    outputs = [worker.communicate(timeout=120) for worker in workers]
    assert [worker.returncode for worker in workers] == [0] * 8, outputs
    new_ids = sorted(out.strip() for out, _ in outputs)
    assert len(set(new_ids)) == 8
    claims = loading.load_claims(root / "claims")
    assert sorted(c.id for c in claims if c.subject.startswith("people missing ")) == new_ids
    assert {c.subject for c in claims} >= {f"people missing {n}" for n in range(8)}
    assert [c.id for c in claims] == [f"{STORM}#{n}" for n in range(1, 11)]


def test_claim_set_writes_through_a_symlinked_claim_file(root: Path, invoke: Invoke) -> None:
    kept = root / "kept"
    kept.mkdir()
    target = kept / claim_file(root).name
    claim_file(root).rename(target)
    claim_file(root).symlink_to(target)
    result = invoke("claim", "set", f"{STORM}#2", "status=confirmed")
    assert result.exit_code == 0, result.output
    assert claim_file(root).is_symlink()
    assert "status: confirmed" in target.read_text().split(f"{STORM}#2")[1]
    assert _statuses(root)[f"{STORM}#2"] == "confirmed"
    assert sorted(p.name for p in (root / "claims").iterdir() if not p.name.endswith(".lock")) == [
        claim_file(root).name
    ]


def test_review_an_edited_then_skipped_claim_stays_unreviewed(root: Path, invoke: Invoke) -> None:
    result = invoke("claim", "review", "--article", STORM, input="e\nfigure\nabout 310\ns\n")
    assert result.exit_code == 0, result.stderr
    assert _statuses(root)[f"{STORM}#2"] == "unreviewed"
    assert loading.find_claim(root / "claims", f"{STORM}#2")[1].figure == "about 310"  # kept
    assert result.stderr == "reviewed: 0 confirmed, 0 corrected, 0 rejected, 1 skipped\n"


@pytest.mark.parametrize(
    ("command", "options", "message"),
    [
        ("list", ("--kind", "kiled"), "--kind: unknown kind 'kiled' (did you mean 'killed'?)"),
        ("list", ("--status", "done"), "--status: 'done' is not one of unreviewed, confirmed, "
                                       "corrected, rejected"),
        ("list", ("--article", "harbour-gazete"), "--article: no article 'harbour-gazete'"),
        ("review", ("--article", "nope"), "--article: no article 'nope'"),
    ],
)  # fmt: skip
def test_claim_list_and_review_refuse_bogus_filters(
    invoke: Invoke, command: str, options: tuple[str, ...], message: str
) -> None:
    result = invoke("claim", command, *options)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {message}")
    assert len(result.stderr.splitlines()) == 1


def test_claim_add_refuses_a_figure_that_is_not_in_its_quote(root: Path, invoke: Invoke) -> None:
    before = claim_file(root).read_bytes()
    result = invoke("claim", "add", STORM, "--subject", "people missing", "--kind", "other",
                    "--figure", "up to 50", "--quote", "up to 40 people were missing")  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: figure: 'up to 50' is not in the quote 'up to 40 people were missing'\n"
    )
    assert claim_file(root).read_bytes() == before
    spaced = invoke("claim", "add", STORM, "--subject", "people missing", "--kind", "other",
                    "--figure", "Up  to 40", "--quote", "up to 40 people were missing")  # fmt: skip
    assert spaced.exit_code == 0, spaced.stderr


def test_claim_set_repairs_a_claim_the_loader_rejects(root: Path, invoke: Invoke) -> None:
    path = claim_file(root)
    path.write_text(path.read_text().replace("kind: injured", "kind: injurd"))
    assert invoke("claim", "list").exit_code == 2
    result = invoke("claim", "set", f"{STORM}#2", "kind=injured")
    assert result.exit_code == 0, result.stderr
    assert invoke("check").exit_code == 0
    # A repair of another claim is not allowed to pass the broken one by.
    path.write_text(path.read_text().replace("kind: injured", "kind: injurd"))
    other = invoke("claim", "set", f"{STORM}#1", "status=rejected")
    assert other.exit_code == 2
    assert "kind: unknown kind 'injurd'" in other.stderr


# --------------------------------------------------------------------------- flat exports


def test_claim_list_as_csv_has_the_flat_columns(invoke: Invoke) -> None:
    result = invoke("claim", "list", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert list(rows[0]) == list(flat.COLUMNS)
    first = rows[0]
    assert first["id"] == f"{STORM}#1" and first["outlet"] == "Harbour Gazette"
    assert (first["low"], first["best"], first["high"]) == ("12", "12", "")
    assert first["qualifier"] == "at least" and first["unit"] == "people"
    assert (first["as_of_start"], first["as_of_end"], first["as_of_precision"]) == (
        "2021-03-02", "2021-03-02", "day",
    )  # fmt: skip
    assert first["source"] == "regional governor" and first["status"] == "confirmed"
    assert first["date_best"] == "" and first["url"] == ""


@pytest.mark.parametrize("fmt", list(ClaimFormat))
def test_claim_list_every_format(invoke: Invoke, fmt: ClaimFormat) -> None:
    result = invoke("claim", "list", "-f", fmt.value, "--kind", "killed")
    assert result.exit_code == 0, result.stderr
    assert f"{STORM}#1" in result.stdout and f"{STORM}#2" not in result.stdout


def test_claim_list_as_json_and_jsonl(invoke: Invoke) -> None:
    array = json.loads(invoke("claim", "list", "-f", "json").stdout)
    lines = [
        json.loads(line) for line in invoke("claim", "list", "-f", "jsonl").stdout.splitlines()
    ]
    assert array == lines and len(lines) == 2
    assert all(list(record) == list(flat.COLUMNS) for record in lines)
    assert lines[1]["best"] == 300 and lines[1]["low"] == 240 and lines[1]["as_of_start"] is None


def test_claim_import_round_trips_an_export(root: Path, invoke: Invoke) -> None:
    invoke("claim", "add", STORM, *MISSING, "--source", "=police", "--via", "@Coast Wire")
    exported = invoke("claim", "list", "-f", "csv").stdout
    assert ",'=police," in exported and ",'@Coast Wire," in exported  # guarded in the file
    claim_file(root).unlink()
    result = invoke("claim", "import", "-", input=exported)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split() == [f"{STORM}#{n}" for n in (1, 2, 3)]
    assert result.stderr == "imported 3 claims\n"
    assert invoke("claim", "list", "-f", "csv").stdout == exported
    _, missing = loading.find_claim(root / "claims", f"{STORM}#3")
    assert missing.attribution.source == "=police"  # the guard came off
    assert missing.attribution.via == ("@Coast Wire",)
    assert invoke("check").exit_code == 0


def test_claim_import_is_all_or_nothing(root: Path, invoke: Invoke, tmp_path: Path) -> None:
    before = claim_file(root).read_text()
    sheet = tmp_path / "claims.csv"
    sheet.write_text(
        "article,subject,kind,figure,quote,as_of_start\n"
        f"{STORM},people missing,other,up to 40,up to 40 people were missing,2021-03-04\n"
        f"{STORM},people missing,other,up to 40,up to 41 people were missing,\n"
        f"{STORM},people missing,kiled,up to 40,up to 40 people were missing,\n"
        f"{STORM},people missing,other,up to 40,up to 40 people were missing,yesterday\n"
        f'"{TOLL}",injured,injured,"between 250 and 320","Between 250 and\n320 people",\n'
        "nowhere,people missing,other,40,40 people,\n",
        encoding="utf-8",
    )
    result = invoke("claim", "import", str(sheet))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: {sheet}:3:5: quote: not found in article '{STORM}' (whitespace-insensitive)",
        f"Error: {sheet}:4:3: kind: unknown kind 'kiled' (did you mean 'killed'?) (known: "
        f"{', '.join(kinds())})",
        f"Error: {sheet}:5:6: as_of_start: 'yesterday' is not an ISO date (or day|month|year)",
        f"Error: {sheet}:8:1: article: no article 'nowhere' in {root / 'articles'}",
    ]
    assert result.stdout == ""
    assert claim_file(root).read_text() == before
    assert not claim_file(root, TOLL).exists()


def test_claim_import_refuses_unknown_columns(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("claim", "import", "-", input="article,subjet,kind,figure,quote\n")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "Error: <stdin>:1:2: subjet: unknown column (did you mean 'subject'?) "
        "(columns: docs/flat-columns.md)",
        "Error: <stdin>:1: subject: missing column",
    ]

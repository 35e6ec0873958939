"""The ledger (ledger.py): after an edit that leaves grouping as it was, the table is made from
the findings kept in the cache, with only the subjects the edit touches judged again, and it
is the table of a cold run, byte for byte."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from crosscheck import compare, ledger, model, pipeline, profiles, report, store, yamlio
from crosscheck.cache import Cache
from crosscheck.errors import CrosscheckError
from crosscheck.model import Verdict
from crosscheck.render import Format, renderer
from crosscheck.report import Filters
from crosscheck.store import editing, loading

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synthetic  # noqa: E402

DEFAULT = Filters()
EVERY = (Filters(verdicts=frozenset(Verdict)), 10_000)
"""Every finding, consistent ones included."""


def _render(built: object) -> str:
    return renderer(Format.TABLE, width=120).render(built)  # type: ignore[arg-type]


def _ledger_table(root: Path, filters: Filters = DEFAULT, limit: int = 50) -> str | None:
    """The table made from the ledger, or None when it cannot answer."""
    built = pipeline.report_after_edit(
        root / "articles", root / "claims", filters, jobs=1, limit=limit
    )
    return None if built is None else _render(built)


def _cold_table(root: Path, filters: Filters = DEFAULT, limit: int = 50) -> str:
    corpus = pipeline.load(root / "articles", root / "claims", cache=False, jobs=1)
    return _render(pipeline.make_report(corpus, filters, jobs=1, limit=limit))


def _full_run(root: Path) -> None:
    """A report through the whole engine, with the cache: it keeps the ledger."""
    corpus = pipeline.load(root / "articles", root / "claims", jobs=1)
    pipeline.make_report(corpus, jobs=1)


def _set_figure(root: Path, rng: random.Random) -> str:
    """A hand edit of one figure in one claim file: the figure written."""
    paths = loading.claim_files(root / "claims")
    for path in rng.sample(paths, len(paths)):
        text = path.read_text(encoding="utf-8")
        numbers = list(re.finditer(r"figure: '(\d+)'", text))
        if numbers:
            chosen = rng.choice(numbers)
            changed = str(int(chosen[1]) * rng.choice([2, 5, 30]) + 1)
            path.write_text(text[: chosen.start(1)] + changed + text[chosen.end(1) :], "utf-8")
            return changed
    raise AssertionError("no figure to change")


def test_figures_edited_by_hand_give_the_table_of_a_cold_run(
    tmp_path: Path, judged: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    synthetic.generate(tmp_path, 200, seed=11)
    _full_run(tmp_path)
    # A figure is nothing grouping reads: no block is grouped again.
    monkeypatch.setattr(ledger, "_regrouped", lambda *_, **__: pytest.fail("regrouped"))
    everything = len(judged)
    rng = random.Random(11)
    questions = [
        (Filters(), 50),
        (Filters(), 3),
        EVERY,
        (Filters(verdicts=frozenset({Verdict.TENSION}), min_severity=0.3), 5),
        (Filters(kinds=frozenset({"killed"})), 7),
    ]
    for step in range(6):
        edited = _set_figure(tmp_path, rng)
        filters, limit = questions[step % len(questions)]
        judged.clear()
        table = _ledger_table(tmp_path, filters, limit)
        again = len(judged)
        assert table is not None, edited
        assert table == _cold_table(tmp_path, filters, limit), (edited, filters, limit)
        # Only the subjects holding a claim of the edited file were judged again.
        assert 0 < again < everything / 2, edited
        # The whole report shows the new figure, and its verdicts, as a cold run does.
        table = _ledger_table(tmp_path, *EVERY)
        assert table is not None and edited in table
        assert table == _cold_table(tmp_path, *EVERY), edited


def test_the_writes_made_by_a_copy_of_the_process_make_the_same_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from crosscheck import parallel

    synthetic.generate(tmp_path, 160, seed=6)
    _full_run(tmp_path)
    by_hand = _ledger_rows(tmp_path)
    verdicts = _verdict_rows(tmp_path)
    # Which process makes each write of the run: the copy records it in a file.
    log = tmp_path / "writers.txt"
    for name in ("store_ledger_profiles", "add_ledger_subjects", "complete_ledger",
                 "store_subject_results"):  # fmt: skip
        original = getattr(Cache, name)

        def writing(self: Cache, *arguments: Any, _name: str = name, _of: Any = original) -> Any:
            with log.open("a", encoding="utf-8") as out:
                out.write(f"{os.getpid()} {_name}\n")
            return _of(self, *arguments)

        monkeypatch.setattr(Cache, name, writing)
    spools: list[object] = []
    spool = parallel.Spool

    def spooling(*arguments: Any) -> Any:
        spools.append(arguments[1])
        return spool(*arguments)

    monkeypatch.setattr(ledger, "MEANWHILE", 0)
    monkeypatch.setattr(parallel, "Spool", spooling)
    Cache(tmp_path).clear()
    _full_run(tmp_path)
    assert spools == ["_keep_profiles"]
    writes = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    # Every write of the run was made by one copy of the process, in the order made.
    assert {pid for pid, _ in writes} != {str(os.getpid())}
    assert len({pid for pid, _ in writes}) == 1
    made = [name for _, name in writes]
    assert made[0] == "store_ledger_profiles" and made[-1] == "complete_ledger"
    assert "add_ledger_subjects" in made and "store_subject_results" in made
    assert _ledger_rows(tmp_path) == by_hand
    assert _verdict_rows(tmp_path) == verdicts
    rng = random.Random(6)
    edited = _set_figure(tmp_path, rng)
    table = _ledger_table(tmp_path)
    assert table is not None, edited
    assert table == _cold_table(tmp_path), edited


def _verdict_rows(root: Path) -> list[tuple[bytes, bytes]]:
    """The verdicts the cache keeps by subject key (incremental.Memo)."""
    import sqlite3

    with closing(sqlite3.connect(Cache(root).path)) as connection:
        return sorted(connection.execute("SELECT key, value FROM subjects").fetchall())


def test_subjects_judged_a_slice_at_a_time_make_the_same_ledger_and_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synthetic.generate(tmp_path, 160, seed=8)
    corpus = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=1)
    findings = report.findings_for(corpus, model.live(corpus.claims), jobs=1)
    whole = _ledger_rows(tmp_path)
    table = _cold_table(tmp_path)
    # Slices of subjects holding some 20 claims: the ledger is written a slice at a time,
    # the findings are tallied as they come, and nothing differs.
    monkeypatch.setattr(compare, "SLICE_CLAIMS", 20)
    cut = compare._slices
    runs: list[list[tuple[int, int]]] = []

    def slicing(ordered: list[object]) -> list[tuple[int, int]]:
        runs.append(list(cut(ordered)))  # type: ignore[arg-type]
        return runs[-1]

    monkeypatch.setattr(compare, "_slices", slicing)
    Cache(tmp_path).clear()
    corpus = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=1)
    assert report.findings_for(corpus, model.live(corpus.claims), jobs=1) == findings
    slices = runs[0]
    assert len(slices) > 3 and slices[0][0] == 0
    assert all(end == start for (_, end), (start, _) in zip(slices, slices[1:], strict=False))
    assert _ledger_rows(tmp_path) == whole
    assert _cold_table(tmp_path) == table
    Cache(tmp_path).clear()
    corpus = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=1)
    assert _render(pipeline.make_report(corpus, jobs=1, limit=50)) == table
    assert _ledger_rows(tmp_path) == whole
    # The ledger answers after an edit as it does when it was written at once.
    edited = _set_figure(tmp_path, random.Random(8))
    after = _ledger_table(tmp_path)
    assert after is not None and after == _cold_table(tmp_path), edited


def test_subjects_judged_in_worker_processes_are_encoded_there_into_the_same_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from crosscheck import group

    synthetic.generate(tmp_path, 400, seed=9)
    _full_run(tmp_path)
    alone = _ledger_rows(tmp_path)
    # Each row made is noted with the process that made it (a file: workers are copies).
    makers = tmp_path / "makers"
    original = ledger.subject_row

    def noting(*arguments: Any, **options: Any) -> Any:
        with makers.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return original(*arguments, **options)

    monkeypatch.setattr(ledger, "subject_row", noting)
    monkeypatch.setattr(compare, "_PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(group, "_PARALLEL_CLAIMS", 0)
    Cache(tmp_path).clear()
    corpus = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=2)
    findings = report.findings_for(corpus, model.live(corpus.claims), jobs=2)
    # The findings hold the corpus's own claims: a worker sent back no copy of them.
    claims = {id(claim) for claim in corpus.claims}
    assert findings and all(id(c) in claims for f in findings for c in f.subject.claims)
    made_by = Counter(makers.read_text().split())
    assert set(made_by) - {str(os.getpid())}, "no subject was encoded in a worker"
    assert sum(made_by.values()) == len(alone["ledger_subjects"])  # each subject once
    assert _ledger_rows(tmp_path) == alone
    edited = _set_figure(tmp_path, random.Random(9))
    after = _ledger_table(tmp_path)
    assert after is not None and after == _cold_table(tmp_path), edited


def test_a_subject_judged_in_this_process_has_its_findings_made_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synthetic.generate(tmp_path, 160, seed=8)
    corpus = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=1)
    made: list[object] = []
    original = compare._narrow

    def counting(*arguments: Any) -> Any:
        made.append(arguments[1])
        return original(*arguments)

    monkeypatch.setattr(compare, "_narrow", counting)
    # The ledger is recorded (a cache): its rows are made of the same findings.
    findings = report.findings_for(corpus, model.live(corpus.claims), jobs=1)
    assert len(made) == len(findings) > 20
    assert any(narrowing is not None for narrowing in made)


def _ledger_rows(root: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the ledger's tables, and its meta but the token that completed it."""
    import sqlite3

    with sqlite3.connect(Cache(root).path) as connection:
        found = {
            table: sorted(connection.execute(f"SELECT * FROM {table}"))
            for table in ("ledger_files", "ledger_subjects", "ledger_findings", "ledger_articles",
                          "ledger_profiles", "ledger_spellings", "ledger_counts")
        }  # fmt: skip
        found["meta"] = sorted(
            connection.execute(
                "SELECT * FROM meta WHERE key LIKE 'ledger%' AND key != 'ledger-token'"
            )
        )
    return found


def test_claim_set_and_review_give_the_table_of_a_cold_run(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, 160, seed=4)
    _full_run(tmp_path)
    corpus = loading.load_corpus(tmp_path / "articles", tmp_path / "claims")
    claim = corpus.claims[len(corpus.claims) // 2]
    editing.update_claim(tmp_path / "claims", claim.id, {"figure": "4321"}, corpus.articles)
    assert _ledger_table(tmp_path) == _cold_table(tmp_path)
    # Confirming a claim leaves grouping as it was; rejecting one does not.
    editing.update_claim(tmp_path / "claims", claim.id, {"status": "confirmed"}, corpus.articles)
    assert _ledger_table(tmp_path) == _cold_table(tmp_path)
    editing.update_claim(tmp_path / "claims", claim.id, {"status": "rejected"}, corpus.articles)
    assert _ledger_table(tmp_path) == _cold_table(tmp_path)


def _entries(path: Path) -> list[dict[str, object]]:
    """The claims of a claim file as written (mappings)."""
    return list(yamlio.load(yamlio.read_text(path), str(path))["claims"])


def _move_a_claim(root: Path, rng: random.Random) -> str:
    """One edit of what grouping reads, as a user makes it: a claim added (a copy of
    another with its own figure), removed, rejected or pinned to a group by hand, or its
    place or party changed to another claim's or to a new one.  What it did."""
    claims_dir = root / "claims"
    corpus = loading.load_corpus(root / "articles", claims_dir)
    live = [c for c in corpus.claims if c.status != "rejected"]
    claim, other = rng.choice(live), rng.choice(live)
    what = rng.choice(["add", "remove", "reject", "pin", "place", "party", "new place"])
    if what == "add":
        entry = dict(_entries(store.claims_path(claims_dir, claim.article))[0])
        del entry["id"]
        entry["figure"] = str(rng.randint(1, 5000))
        entry["qualifier"] = "exact"
        editing.add_claims(claims_dir, corpus.articles[claim.article], [entry])
    elif what == "remove":
        editing.remove_claim(claims_dir, claim.id)
    elif what == "reject":
        editing.update_claim(claims_dir, claim.id, {"status": "rejected"}, corpus.articles)
    elif what == "pin":
        group = rng.choice(["held together", "another group"])
        editing.update_claim(claims_dir, claim.id, {"group": group}, corpus.articles)
    elif what == "place" and other.place:
        editing.update_claim(claims_dir, claim.id, {"place": other.place}, corpus.articles)
    elif what == "party" and other.party:
        editing.update_claim(claims_dir, claim.id, {"party": other.party}, corpus.articles)
    else:
        editing.update_claim(claims_dir, claim.id, {"place": "Qorwen Heights"}, corpus.articles)
    return f"{what} {claim.id}"


def _json(root: Path, cache: bool) -> str:
    corpus = pipeline.load(root / "articles", root / "claims", cache=cache, jobs=1)
    built = pipeline.make_report(corpus, Filters(verdicts=frozenset(Verdict)), jobs=1)
    return renderer(Format.JSON).render(built)


def test_edits_that_move_claims_give_the_table_of_a_cold_run(
    tmp_path: Path, judged: list[str]
) -> None:
    synthetic.generate(tmp_path, 300, seed=5)
    _full_run(tmp_path)
    everything = len(judged)
    rng = random.Random(5)
    done = []
    for step in range(14):
        done.append(_move_a_claim(tmp_path, rng))
        judged.clear()
        question = EVERY if step % 2 else (DEFAULT, 20)
        table = _ledger_table(tmp_path, *question)
        again = len(judged)
        assert table is not None, done
        assert table == _cold_table(tmp_path, *question), done
        # Only subjects of the blocks the claim was and is in were judged again.
        assert again < everything / 2, done
    # What the ledger kept is what the whole engine finds, for every report.
    assert _json(tmp_path, cache=True) == _json(tmp_path, cache=False)


def _spelling_counts(root: Path) -> tuple[Counter[str], dict[str, str]]:
    """How often the corpus writes each place name, and each name's canonical spelling."""
    corpus = loading.load_corpus(root / "articles", root / "claims")
    counted = profiles.counts([profiles.spellings(model.live(corpus.claims))])
    return counted[0], profiles.clusters(counted)[0]


def test_an_edit_that_changes_how_other_claims_read_runs_the_whole_engine(
    tmp_path: Path,
) -> None:
    synthetic.generate(tmp_path, 160, seed=6)
    _full_run(tmp_path)
    # The commonest place name written in capitals, file by file, until capitals are the
    # commonest spelling of that place: its canonical name moves for the claims of every
    # article.
    counted, canonical = _spelling_counts(tmp_path)
    top = max(counted, key=lambda name: (counted[name], name))
    other = top.upper()
    for path in loading.claim_files(tmp_path / "claims"):
        text = path.read_text(encoding="utf-8")
        if f"place: '{top}'" not in text:
            continue
        path.write_text(text.replace(f"place: '{top}'", f"place: '{other}'"), "utf-8")
        counted, after = _spelling_counts(tmp_path)
        if after[top] == other:
            break
        # Until the capitals are the commonest, the place reads as before: the ledger answers.
        assert _ledger_table(tmp_path) == _cold_table(tmp_path)
    else:
        raise AssertionError("the spelling never moved")
    assert _ledger_table(tmp_path) is None
    # In one file, a figure changed, a claim rejected, and a copy of the first claim added
    # at a place of its own: the first claim's block is grouped again, and its subject,
    # which comes out as it was, is judged again for its new figure.
    _full_run(tmp_path)
    claims_dir = tmp_path / "claims"
    corpus = loading.load_corpus(tmp_path / "articles", claims_dir)
    # A stock's subjects are split by place: the copy is a subject of its own.
    first = next(c for c in corpus.claims[20:] if c.kind == "troops")
    second = next(c for c in corpus.claims if c.article == first.article and c != first)
    editing.update_claim(claims_dir, first.id, {"figure": "4321"}, corpus.articles)
    editing.update_claim(claims_dir, second.id, {"status": "rejected"}, corpus.articles)
    entry = next(
        e for e in _entries(store.claims_path(claims_dir, first.article)) if e["id"] == first.id
    )
    copy = {k: v for k, v in entry.items() if k != "id"} | {
        "place": "Qorwen Heights",
        "figure": "12",
    }
    editing.add_claims(claims_dir, corpus.articles[first.article], [copy])
    assert _ledger_table(tmp_path, *EVERY) == _cold_table(tmp_path, *EVERY)
    assert _json(tmp_path, cache=True) == _json(tmp_path, cache=False)


def test_a_claim_file_added_for_an_article_is_grouped_with_the_rest(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, 160, seed=6)
    claims_dir = tmp_path / "claims"
    path = loading.claim_files(claims_dir)[4]
    entries = _entries(path)
    path.unlink()
    _full_run(tmp_path)
    corpus = loading.load_corpus(tmp_path / "articles", claims_dir)
    article = corpus.articles[path.name.removesuffix(store.SUFFIX)]
    editing.add_claims(
        claims_dir, article, [{k: v for k, v in e.items() if k != "id"} for e in entries]
    )
    assert _ledger_table(tmp_path) == _cold_table(tmp_path)
    assert _json(tmp_path, cache=True) == _json(tmp_path, cache=False)


def test_edits_the_ledger_cannot_follow_run_the_whole_engine(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, 160, seed=6)
    _full_run(tmp_path)
    corpus = loading.load_corpus(tmp_path / "articles", tmp_path / "claims")
    claims_dir = tmp_path / "claims"
    claim = corpus.claims[3]
    # An article edited, a claim file removed: the whole engine.
    path = sorted((tmp_path / "articles").glob("*.txt"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    assert _ledger_table(tmp_path) is None
    _full_run(tmp_path)
    store.claims_path(claims_dir, claim.article).unlink()
    assert _ledger_table(tmp_path) is None


def test_a_wrong_quote_in_a_changed_file_is_the_error_loading_gives(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, 120, seed=2)
    _full_run(tmp_path)
    path = loading.claim_files(tmp_path / "claims")[5]
    text = path.read_text(encoding="utf-8")
    quoted = re.search(r"quote: '([^']+)'", text)
    assert quoted is not None
    path.write_text(text.replace(quoted[0], "quote: 'words the article never says'", 1), "utf-8")
    with pytest.raises(CrosscheckError) as from_ledger:
        _ledger_table(tmp_path)
    with pytest.raises(CrosscheckError) as from_loading:
        pipeline.load(tmp_path / "articles", tmp_path / "claims", cache=False, jobs=1)
    assert str(from_ledger.value) == str(from_loading.value)
    assert path.name in str(from_ledger.value)


def test_an_unchanged_corpus_takes_its_findings_from_the_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synthetic.generate(tmp_path, 120, seed=8)
    corpus = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=1)
    first = pipeline.make_report(corpus, Filters(verdicts=frozenset(Verdict)), jobs=1)
    kept = ledger.findings(corpus.cache, corpus, corpus.claims)  # type: ignore[arg-type]
    assert kept is not None
    assert kept == compare.analyse(corpus.claims, corpus.articles, jobs=1)
    monkeypatch.setattr(compare, "analyse", lambda *_, **__: pytest.fail("engine ran"))
    again = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=1)
    assert pipeline.make_report(again, Filters(verdicts=frozenset(Verdict)), jobs=1) == first


def test_the_report_command_uses_the_ledger_after_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from crosscheck.cli import app

    synthetic.generate(tmp_path, 160, seed=9)
    runner = CliRunner()
    args = ["--root", str(tmp_path), "report", "--limit", "20"]
    assert runner.invoke(app, args).exit_code == 0
    _set_figure(tmp_path, random.Random(9))
    cold = runner.invoke(app, [*args, "--no-cache"])
    monkeypatch.setattr(compare, "analyse", lambda *_, **__: pytest.fail("engine ran"))
    after = runner.invoke(app, args)
    assert after.exit_code == 0, after.output
    assert after.stdout == cold.stdout


def test_other_formats_after_an_edit_take_the_findings_from_the_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from crosscheck.cli import app

    synthetic.generate(tmp_path, 160, seed=3)
    runner = CliRunner()
    args = ["--root", str(tmp_path), "report"]
    assert runner.invoke(app, args).exit_code == 0
    rng = random.Random(3)
    for form in ("json", "markdown", "csv"):
        edit = _move_a_claim(tmp_path, rng)
        cold = runner.invoke(app, [*args, "--format", form, "--no-cache"])
        with monkeypatch.context() as patched:
            patched.setattr(compare, "analyse", lambda *_, **__: pytest.fail("engine ran"))
            after = runner.invoke(app, [*args, "--format", form])
        assert after.exit_code == 0, (edit, after.output)
        assert after.stdout == cold.stdout, edit


def test_a_finding_is_stored_beside_its_subject_and_read_back_whole(tmp_path: Path) -> None:
    import dataclasses

    import msgspec

    synthetic.generate(tmp_path, 300)
    corpus = loading.load_corpus(tmp_path / "articles", tmp_path / "claims")
    live = model.live(corpus.claims)
    known = profiles.profiles(live, corpus.articles)
    from crosscheck import group

    subjects = group.group(live, corpus.articles, known)
    totals = compare._totals(subjects, corpus.articles, known)
    verdicts = compare.verdicts(subjects, corpus.articles, totals, range(len(subjects)))
    pairs = 0
    for index, subject in enumerate(subjects):
        stored = (subject.key, subject.label, subject.kind, [c.id for c in subject.claims])
        row = msgspec.json.decode(
            msgspec.json.encode((*stored, list(subject.reasons), [])), type=ledger._SubjectRow
        )
        memo = ledger._RowMemo(subject)  # what _entries reads once for a row's findings
        for finding in compare.findings_of(subject, verdicts[index]):
            kept = ledger.kept_finding(finding, subject)
            assert ledger.kept_finding(finding, subject, memo=memo) == kept
            body = msgspec.json.encode(kept)
            back = ledger._noted(msgspec.json.decode(body, type=ledger.Kept), row)
            assert back == ledger.noted(finding)
            assert kept.own is None  # a finding on its own subject, or one narrowed from it
            if finding.subject is not subject:
                pairs += 1
                # A disputed pair's finding does not repeat its subject's reasons and origins.
                assert kept.counts is not None and not kept.origins
                assert kept.more == finding.subject.reasons[len(subject.reasons) :]
                assert len(body) < len(msgspec.json.encode(ledger.noted(finding))) / 2
            # A finding whose subject is not its row's narrowed is stored whole.
            other = dataclasses.replace(
                finding, subject=dataclasses.replace(finding.subject, label="another")
            )
            kept = ledger.kept_finding(other, subject)
            assert ledger.kept_finding(other, subject, memo=memo) == kept
            assert kept.own is not None
            # ... and one whose claims are not the row's, one of them of another article
            moved = dataclasses.replace(finding.subject.claims[0], article="elsewhere")
            apart = dataclasses.replace(
                finding,
                subject=dataclasses.replace(
                    finding.subject, claims=(moved, *finding.subject.claims[1:])
                ),
                origins=tuple(list(finding.origins)),  # equal origins, another tuple
            )
            assert ledger.kept_finding(apart, subject, memo=memo) == ledger.kept_finding(
                apart, subject
            )
            assert ledger._noted(kept, row) == ledger.noted(other)
    assert pairs > 10
    # Origins that do not fit the subject row (a cache written otherwise) are not read.
    wrong = msgspec.structs.replace(kept, counts=(1,) * (len(row[3]) + 1))
    with pytest.raises(msgspec.ValidationError):
        ledger._noted(wrong, row)


_ATTACK = {
    "wire-2020-02-11-gunmen-storm-hotel": (
        "2020-02-11",
        "WESTBY -- About 15 gunmen stormed the Grand Hotel on Monday, the minister said.",
        [("about 15", "fighters", "gunmen", "About 15 gunmen")],
    ),
    "post-2020-02-13-siege-ends": (
        "2020-02-13",
        "WESTBY -- All 26 gunmen were killed when troops ended the siege on Monday, the army said.",
        [("26", "killed", "gunmen", "All 26 gunmen were killed")],
    ),
}


def _attack_corpus(root: Path) -> None:
    """Two reports of one hotel siege: the attackers, and the attackers killed."""
    (root / "articles").mkdir(parents=True)
    (root / "claims").mkdir()
    for article_id, (day, body, entries) in _ATTACK.items():
        header = f"---\nid: {article_id}\ntitle: Siege\noutlet: Wire\npublished: '{day}'\n---\n"
        (root / "articles" / f"{article_id}.txt").write_text(header + body, "utf-8")
        claims = []
        for n, (figure, kind, party, quote) in enumerate(entries, start=1):
            start = body.index(quote)
            claims.append(
                f"  - id: {article_id}#{n}\n    subject: {party} {kind}\n    kind: {kind}\n"
                f"    party: {party}\n    place: Westby\n    figure: '{figure}'\n"
                f"    about: 2020-02-10\n    quote: {quote}\n    span: [{start}, "
                f"{start + len(quote)}]\n    origin: manual\n    status: confirmed\n"
            )
        text = f"article: {article_id}\nclaims:\n" + "".join(claims)
        (root / "claims" / f"{article_id}.yaml").write_text(text, "utf-8")


def test_the_dead_of_a_force_are_checked_against_the_force_after_an_edit(tmp_path: Path) -> None:
    _attack_corpus(tmp_path)
    _full_run(tmp_path)
    cold = _cold_table(tmp_path, *EVERY)
    # more attackers killed than attacked: one report of the two is wrong
    assert "are counted within" in cold and "contradiction" in cold
    path = tmp_path / "claims" / "wire-2020-02-11-gunmen-storm-hotel.yaml"
    text = path.read_text("utf-8")
    # The force dated to another siege months later (its block grouped again, and the
    # part-of checks of the dead made again): no check is left; dated back, it is again.
    for edited, counted in (("about: 2020-09-10", False), ("about: 2020-02-10", True)):
        path.write_text(text.replace("about: 2020-02-10", edited), "utf-8")
        table = _ledger_table(tmp_path, *EVERY)
        assert table is not None and table == _cold_table(tmp_path, *EVERY)
        assert ("are counted within" in table) is counted, edited
    # The force's figure raised to cover its dead, by hand: the check is judged again.
    path.write_text(text.replace("'about 15'", "'about 40'"), "utf-8")
    table = _ledger_table(tmp_path, *EVERY)
    assert table is not None and table == _cold_table(tmp_path, *EVERY)
    assert "contradiction" not in table

"""The incremental report: after edits, a report that reuses the verdicts of unchanged subjects
is byte for byte the report of a cold run, in every format."""

from __future__ import annotations

import dataclasses
import random
import re
import sys
from pathlib import Path

import pytest

from crosscheck import claimfile, compare, pipeline, store
from crosscheck.model import Verdict
from crosscheck.render import Format, renderer
from crosscheck.report import Filters
from crosscheck.store import editing, loading

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synthetic  # noqa: E402

EVERYTHING = Filters(verdicts=frozenset(Verdict))


def _rendered(root: Path, *, cache: bool, formats: tuple[Format, ...] = tuple(Format)) -> dict:
    """The report (as data) and its text in `formats`."""
    corpus = pipeline.load(root / "articles", root / "claims", cache=cache, jobs=1)
    built = pipeline.make_report(corpus, EVERYTHING, jobs=1)
    texts: dict[object, object] = {fmt: renderer(fmt, width=120).render(built) for fmt in formats}
    return {"report": built, "claims": corpus.claims, **texts}


def _edit(root: Path, corpus: store.Corpus, rng: random.Random) -> str:
    """One random edit of the kinds a user makes: claim add, set, rm, review, a hand edit."""
    claims_dir = root / "claims"
    claim = rng.choice(corpus.claims)
    article = corpus.articles[claim.article]
    action = rng.choice(["add", "set-figure", "set-place", "set-party", "review", "rm", "hand"])
    if action == "add":
        entry = claimfile.to_entry(claim)
        entry = {k: v for k, v in entry.items() if k not in ("id", "low", "best", "high")}
        entry["figure"] = str(rng.randint(1, 500))
        entry.pop("qualifier", None)
        editing.add_claims(claims_dir, article, [entry])
    elif action == "set-figure":
        changes = {"figure": str(rng.randint(1, 500))}
        editing.update_claim(claims_dir, claim.id, changes, corpus.articles)
    elif action == "set-place":
        other = rng.choice([c.place for c in corpus.claims if c.place] or ["Nowhere"])
        editing.update_claim(claims_dir, claim.id, {"place": other}, corpus.articles)
    elif action == "set-party":
        other = rng.choice([c.party for c in corpus.claims if c.party] or ["rebels"])
        editing.update_claim(claims_dir, claim.id, {"party": other}, corpus.articles)
    elif action == "review":
        status = rng.choice(["rejected", "confirmed"])
        editing.update_claim(claims_dir, claim.id, {"status": status}, corpus.articles)
    elif action == "rm":
        editing.remove_claim(claims_dir, claim.id)
    else:
        path = store.claims_path(claims_dir, claim.article)
        text = path.read_text(encoding="utf-8")
        numbers = list(re.finditer(r"figure: '(\d+)'", text))
        if not numbers:
            return "nothing"
        chosen = rng.choice(numbers)
        changed = str(int(chosen[1]) + rng.randint(1, 40))
        path.write_text(text[: chosen.start(1)] + changed + text[chosen.end(1) :], "utf-8")
    return f"{action} {claim.id}"


def test_random_edits_give_the_report_of_a_cold_run(tmp_path: Path, judged: list[str]) -> None:
    seed = 3
    synthetic.generate(tmp_path, 160, seed=seed)
    assert _rendered(tmp_path, cache=True) == _rendered(tmp_path, cache=False)
    everything = len(judged) // 2
    rng = random.Random(seed)
    corpus = loading.load_corpus(tmp_path / "articles", tmp_path / "claims")
    for step in range(10):
        done = _edit(tmp_path, corpus, rng)
        # Rendering is a function of the report; every format is written now and then.
        formats = tuple(Format) if step % 3 == 0 else (Format.JSON,)
        judged.clear()
        incremental = _rendered(tmp_path, cache=True, formats=formats)
        again = len(judged)
        cold = _rendered(tmp_path, cache=False, formats=formats)
        assert incremental.keys() == cold.keys()
        for what in cold:
            assert incremental[what] == cold[what], (done, what)
        corpus = dataclasses.replace(corpus, claims=cold["claims"])
        # One edit touches a few subjects: the others are not judged again.
        assert again < everything / 2, done


def test_an_unchanged_subject_is_not_judged_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synthetic.generate(tmp_path, 120)
    _rendered(tmp_path, cache=True)
    # A changed corpus digest (a new, empty article) makes the engine run again ...
    (tmp_path / "articles" / "unrelated.txt").write_text(
        "---\nid: unrelated\ntitle: Unrelated\noutlet: Nobody\npublished: '2001-01-01'\n---\n"
        "Nothing happened.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(compare, "_judge_subject", _fail)
    monkeypatch.setattr(compare, "_judge_part", _fail)
    # ... and no subject has new inputs.
    assert _rendered(tmp_path, cache=True) == _rendered_cold(tmp_path, monkeypatch)


def test_a_cold_run_looks_up_no_verdicts_and_the_next_run_finds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck.cache import Cache

    synthetic.generate(tmp_path, 60)
    asked: list[int] = []
    looked_up = Cache.subject_results

    def counted(self: Cache, keys: list[bytes], kind: type) -> dict:
        asked.append(len(keys))
        return looked_up(self, keys, kind)

    monkeypatch.setattr(Cache, "subject_results", counted)
    _rendered(tmp_path, cache=True, formats=(Format.JSON,))
    # An empty cache has no verdicts: the cold run asks it for none (the look-up would
    # wait for the run's own writes).
    assert asked == []
    (tmp_path / "articles" / "unrelated.txt").write_text(
        "---\nid: unrelated\ntitle: Unrelated\noutlet: Nobody\npublished: '2001-01-01'\n---\n"
        "Nothing happened.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(compare, "_judge_subject", _fail)
    # The run after it looks its verdicts up, finds every one and judges none again.
    again = _rendered(tmp_path, cache=True, formats=(Format.JSON,))
    assert asked
    monkeypatch.undo()
    assert again == _rendered(tmp_path, cache=False, formats=(Format.JSON,))


def _fail(*_: object, **__: object) -> None:
    raise AssertionError("judged again")


def _rendered_cold(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[Format, str]:
    monkeypatch.undo()
    return _rendered(root, cache=False)


def test_an_edited_article_gives_the_report_of_a_cold_run(tmp_path: Path) -> None:
    synthetic.generate(tmp_path, 160, seed=5)
    _rendered(tmp_path, cache=True)
    # Another outlet and a later date for one article: its claims' dates, origins and rows
    # change, and the subjects holding them are judged again.
    path = sorted((tmp_path / "articles").glob("*.txt"))[1]
    text = path.read_text(encoding="utf-8")
    published = re.search(r"published: '(\d{4})", text)
    assert published is not None
    later = str(int(published[1]) + 1)
    text = text[: published.start(1)] + later + text[published.end(1) :]
    path.write_text(re.sub(r"outlet: '[^']*'", "outlet: 'Another Wire'", text), "utf-8")
    incremental = _rendered(tmp_path, cache=True)
    cold = _rendered(tmp_path, cache=False)
    assert "Another Wire" in cold[Format.JSON]
    for what in cold:
        assert incremental[what] == cold[what], what


def _shape(known: dict, subjects: list) -> tuple[object, ...]:
    """Profiles and subjects with their claims left out (what grouping derives)."""
    rest = {i: dataclasses.replace(p, claim=None) for i, p in known.items()}
    return rest, [(s.key, s.label, s.kind, [c.id for c in s.claims], s.reasons) for s in subjects]


def test_grouping_is_kept_across_edits_of_fields_it_does_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck import group, incremental, model, profiles, report
    from crosscheck.cache import Cache
    from crosscheck.model import Attribution, Estimate, Origin, Status

    synthetic.generate(tmp_path, 160, seed=7)
    corpus = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=1)
    claims, articles = model.live(corpus.claims), corpus.articles
    kept = Cache(tmp_path)
    report.findings_for(corpus, corpus.claims, jobs=1)  # the engine runs and keeps its ledger
    monkeypatch.setattr(profiles, "profiles", _fail)
    monkeypatch.setattr(group, "group", _fail)
    first = incremental.grouped(claims, articles, kept)  # from the ledger
    monkeypatch.undo()
    assert first == incremental.grouped(claims, articles, None)
    rng = random.Random(7)
    edits = {
        "figure": lambda c: {"figure": "12345", "estimate": Estimate(12345.0, 12345.0, 12345.0)},
        "quote": lambda c: {"quote": c.quote + " more"},
        "attribution": lambda c: {"attribution": Attribution("another source", ("a wire",))},
        "status": lambda c: {"status": Status.CONFIRMED},
        "note": lambda c: {"note": "checked"},
        "origin": lambda c: {"origin": Origin.EXTRACTED},
    }
    for name, change in edits.items():
        index = rng.randrange(len(claims))
        edited = list(claims)
        edited[index] = dataclasses.replace(claims[index], **change(claims[index]))
        cold = incremental.grouped(edited, articles, None)
        # Grouping does not read the field (GROUPING_FIELDS leaves it out) ...
        assert _shape(*cold) == _shape(*first), name
        # ... so what was kept is used, made of the edited claims, and it is the cold result.
        monkeypatch.setattr(profiles, "profiles", _fail)
        monkeypatch.setattr(group, "group", _fail)
        assert incremental.grouped(edited, articles, kept) == cold, name
        monkeypatch.undo()
    # A field it reads groups afresh.
    edited = [dataclasses.replace(claims[0], place="Somewhere Else"), *claims[1:]]
    monkeypatch.setattr(group, "group", _fail)
    with pytest.raises(AssertionError, match="judged again"):
        incremental.grouped(edited, articles, kept)


def test_a_subjects_verdicts_are_kept_with_their_shared_origins_once() -> None:
    import msgspec

    from crosscheck import incremental

    origins = (("a#1", 1), ("a#2", 2), ("b#1", 1))
    verdicts: incremental.Verdicts = [
        (("a#1", "b#1"), (Verdict.CONTRADICTION, 0.9, "1 vs 9", origins)),
        (("a#2", "b#1"), (Verdict.TENSION, 0.4, "5 vs 9", origins)),
        (None, (Verdict.UPDATE, 0.1, "1 then 5", (("a#1", 1),))),  # origins of its own
    ]
    stored = msgspec.json.encode(incremental.pack(verdicts))
    assert stored.count(b'"a#2",2') == 1  # the shared origins once, not per verdict
    kind: object = incremental._Packed
    read = msgspec.json.decode(stored, type=kind)  # type: ignore[call-overload]
    assert incremental.unpack(read) == verdicts
    assert incremental.unpack(incremental.pack([])) == []

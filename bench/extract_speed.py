"""How fast `extract_article` runs on one core, and `crosscheck extract` end to end.

    .venv/bin/python bench/extract_speed.py [--megabytes 2] [--root .] [--end-to-end N]
    .venv/bin/python bench/extract_speed.py --command N

Builds a corpus of at least --megabytes MB by repeating the bundled articles (each copy a
distinct Article), extracts every one in this process, and prints articles per second and
MB per second.  The target is 200 articles per second per core.

--end-to-end N stores N such articles in a fresh corpus and times what `crosscheck extract
--jobs 1` does with them (extract, merge with the claims on file, write the claim files),
then a second run that finds nothing new (it reads the claim files the first wrote), then
extract_article alone on the same articles, so that the share of the time spent outside
the extractor (validating, writing) is printed from the same run: CPU seconds of this
process, best of --repeat.  The target is 150 articles per second per core.

--command N times the command itself, `crosscheck extract --jobs 1` run as a user runs it on
N such stored articles (start-up, the extractor's import and its vocabulary included), in CPU
seconds of the child process, best of --repeat.

Each line ends with which extractor ran: pure Python (an editable install) or compiled with
mypyc (`CROSSCHECK_COMPILE=1 pip install .`; run the bench with that install's interpreter).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

from crosscheck import articles
from crosscheck.extract import extract_article, lexicon


def corpus(root: Path, megabytes: float) -> list[articles.Article]:
    """Copies of the bundled articles, at least `megabytes` MB of body text in all."""
    seeds = list(articles.load_all(root / "articles").values())
    if not seeds:
        raise SystemExit(f"no articles in {root / 'articles'}")
    built: list[articles.Article] = []
    size = 0
    while size < megabytes * 1_000_000:
        seed = seeds[len(built) % len(seeds)]
        built.append(replace(seed, id=f"{seed.id}-{len(built)}"))
        size += len(seed.body.encode("utf-8"))
    return built


def build() -> str:
    """Which extractor runs: compiled with mypyc (`CROSSCHECK_COMPILE=1 pip install .`) or not."""
    from crosscheck.extract import kinds

    return "pure Python" if kinds.__file__.endswith(".py") else "extractor compiled"


def end_to_end(root: Path, count: int, repeat: int) -> dict[str, float]:
    """`crosscheck extract` (library path, one process) on `count` stored articles:
    {"articles", "claims", "first" (CPU s, claim files written), "again" (CPU s, nothing
    new), "library" (CPU s of extract_article alone on the same articles, in the same
    run)}, the run of `repeat` fresh corpora whose first extraction was fastest."""
    import shutil
    import tempfile

    from crosscheck import pipeline
    from crosscheck.store import loading

    best: dict[str, float] = {}
    for _ in range(repeat):
        scratch = Path(tempfile.mkdtemp(prefix="crosscheck-extract-bench-"))
        try:
            folder = scratch / "articles"
            folder.mkdir()
            stored = _stored(root, folder, count)
            started = time.process_time()
            added = len(pipeline.extract(stored, scratch / "claims", jobs=1).added)
            first = time.process_time() - started
            started = time.process_time()
            pipeline.extract(stored, scratch / "claims", jobs=1)
            again = time.process_time() - started
            claims = len(loading.load_claims(scratch / "claims"))
            assert claims == added
            started = time.process_time()
            for article in stored:
                extract_article(article)
            library = time.process_time() - started
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        if not best or first < best["first"]:
            best = {
                "articles": count,
                "claims": added,
                "first": first,
                "again": again,
                "library": library,
            }
    return best


def _stored(root: Path, folder: Path, count: int) -> list[articles.Article]:
    """`count` copies of the bundled articles stored in `folder`, each a distinct article."""
    texts = list(articles.load_all(root / "articles").values())
    stored = []
    for n in range(count):
        seed = texts[n % len(texts)]
        stored.append(
            articles.add(
                folder,
                seed.body,
                outlet=seed.outlet,
                published=str(seed.published),
                title=seed.title,
                article_id=f"{seed.id[:100]}-{n}",
            )
        )
    return stored


def command(root: Path, count: int, repeat: int) -> float:
    """CPU seconds of `crosscheck extract --jobs 1` run in a process of its own on `count`
    stored articles (no claims on file), the best of `repeat` runs."""
    import resource
    import shutil
    import subprocess
    import tempfile

    scratch = Path(tempfile.mkdtemp(prefix="crosscheck-extract-bench-"))
    try:
        (scratch / "articles").mkdir()
        _stored(root, scratch / "articles", count)
        timings = []
        for _ in range(repeat):
            shutil.rmtree(scratch / "claims", ignore_errors=True)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            run = subprocess.run(
                [sys.executable, "-m", "crosscheck", "extract", "--jobs", "1", "--root", scratch],
                capture_output=True,
                text=True,
            )
            if run.returncode:
                raise SystemExit(f"crosscheck extract failed:\n{run.stderr}")
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            timings.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return min(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--end-to-end", type=int, metavar="N", help="time extract into files")
    parser.add_argument("--command", type=int, metavar="N", help="time the command, started")
    options = parser.parse_args(argv)
    if options.command:
        spent = command(options.root, options.command, options.repeat)
        print(
            f"crosscheck extract --jobs 1 (the command, start-up included), {options.command} "
            f"articles: {spent:.2f} s CPU, {options.command / spent:.0f} articles/s "
            f"(best of {options.repeat}; {build()})"
        )
        return 0
    if options.end_to_end:
        lexicon()
        found = end_to_end(options.root, options.end_to_end, options.repeat)
        articles_count, first, library = found["articles"], found["first"], found["library"]
        print(
            f"crosscheck extract, {articles_count:.0f} articles -> {found['claims']:.0f} "
            f"claims written: {first:.2f} s CPU, {articles_count / first:.0f} articles/s; "
            f"again (nothing new): {found['again']:.2f} s; extract_article alone on the same "
            f"articles: {library:.2f} s ({articles_count / library:.0f} articles/s), so "
            f"{first - library:.2f} s ({(first - library) / first:.0%}) is outside it "
            f"(one core, best of {options.repeat}; {build()})"
        )
        return 0
    texts = corpus(options.root, options.megabytes)
    size = sum(len(a.body.encode("utf-8")) for a in texts)
    lexicon()  # compile the vocabulary outside the timing, as a long run would
    # Best of three runs, in CPU time of this process: the machine may be busy with others.
    timings = []
    for _ in range(options.repeat):
        started = time.process_time()
        claims = sum(len(extract_article(article)) for article in texts)
        timings.append(time.process_time() - started)
    elapsed = min(timings)
    print(
        f"{len(texts)} articles, {size / 1e6:.2f} MB, {claims} claims in {elapsed:.2f} s: "
        f"{len(texts) / elapsed:.0f} articles/s, {size / 1e6 / elapsed:.2f} MB/s "
        f"(one core, CPU time, best of {options.repeat}; {build()})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

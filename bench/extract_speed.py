"""How fast `extract_article` runs on one core.

    .venv/bin/python bench/extract_speed.py [--megabytes 2] [--root .]

Builds a corpus of at least --megabytes MB by repeating the bundled articles (each copy a
distinct Article), extracts every one in this process, and prints articles per second and
MB per second.  The target is 200 articles per second per core.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args(argv)
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
        f"(one core, CPU time, best of {options.repeat})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

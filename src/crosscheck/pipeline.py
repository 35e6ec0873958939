"""The pipeline as library functions: what the CLI, the benches and a notebook call alike.

articles/*.txt --extract--> claims/*.yaml --load--> Claim --group/compare--> Finding --build-->
Report.  The rules, in plain words:

- `load` reads a corpus and holds it to what `crosscheck check` holds it to: every quote is in
  its article and every span covers its quote, and there is no claim file that would be
  silently ignored (a stray `.yml`).  A report is never made from claims `check` rejects; the
  error is the one `check` prints, located by file, line and column.
- `live` (model.live, which the engine uses too) is the one definition of the claims the
  engine looks at: all but the rejected ones (a rejected claim stays on file only so that the
  extractor does not propose it again).
- `make_report` runs the engine over the live claims and builds the report.
- `extract` proposes the claims articles state, merges them with the claims on file (never
  changing, duplicating or re-proposing one) and, unless it is a dry run, writes them; the
  claims of the files it creates are kept in the cache under the hash of the text written,
  so the next command does not parse them (a file changed since has another hash).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck import store
from crosscheck.cache import Cache
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Claim, live
from crosscheck.store import loading, quotes

if TYPE_CHECKING:  # the engine is imported where it runs: loading a corpus needs none of it
    from crosscheck.report import Filters, Report

STRAY_SUFFIX = ".yml"
"""Claim files end in store.SUFFIX (.yaml); a file ending in this one would be ignored."""


def stray_claim_files(claims_dir: Path) -> list[CrosscheckError]:
    """A problem for every file of the claims folder that looks like a claim file but would
    not be read (`notes.yml`)."""
    return [
        CrosscheckError(f"claim files end in {store.SUFFIX}; this one is ignored", str(path), 1, 1)
        for path in sorted(claims_dir.glob(f"*{STRAY_SUFFIX}"))
    ]


def verify(corpus: store.Corpus, claims_dir: Path) -> None:
    """CrosscheckError, located as `check` locates it, for a stray claim file, a claim file
    about an article the corpus does not have (even one without claims), or the first claim
    whose quote is not in its article or whose span does not cover it."""
    for stray in stray_claim_files(claims_dir):
        raise stray
    for path in loading.claim_files(claims_dir):
        # A file with no claims says nothing to the engine, but check refuses it all the same.
        article_id = path.name[: -len(store.SUFFIX)]
        if article_id not in corpus.articles:
            raise loading.no_article(path, article_id, corpus.articles)
    quotes.verify(corpus.claims, corpus.articles, claims_dir)


def load(
    articles_dir: Path,
    claims_dir: Path,
    *,
    cache: bool = True,
    jobs: int | None = None,
    meanwhile: Callable[[Mapping[str, Article]], object] | None = None,
) -> store.Corpus:
    """The corpus, read in `jobs` processes (default: one per core) and verified (see
    `verify`); with cache=False every claim file is parsed afresh and nothing is read from or
    written to the cache (cache.py: the user's cache folder, never the corpus).
    `meanwhile`: work on the articles needed later, done once they are read, while worker
    processes read the claim files, if this process would only wait for them."""
    kept = Cache(claims_dir.parent) if cache else None
    corpus = loading.load_corpus(
        articles_dir, claims_dir, cache=kept, jobs=jobs, meanwhile=meanwhile
    )
    verify(corpus, claims_dir)
    return corpus


def make_report(
    corpus: store.Corpus,
    filters: Filters | None = None,
    generated: str | None = None,
    *,
    jobs: int | None = None,
    limit: int | None = None,
) -> Report:
    """Run the engine over the live claims of the corpus (in `jobs` processes: default one
    per core) and build the report (its first `limit` discrepancies, if given: then the
    findings are tallied as the engine makes them, not all held)."""
    from crosscheck.heap import collector_paused
    from crosscheck.report import Filters, Tally, build, findings_for

    claims = live(corpus.claims)
    # The corpus is loaded: the collector need not walk it again, and the engine makes no
    # cycles (its workers run without the collector): what it makes is left to reference
    # counting (tests/test_pipeline.py checks that it leaves no cycles).
    with collector_paused():
        if limit is not None:
            tally = Tally(filters or Filters(), limit)
            findings_for(corpus, claims, jobs=jobs, sink=tally)
            return tally.report(corpus.articles, claims_total=len(claims), generated=generated)
        findings = findings_for(corpus, claims, jobs=jobs)
        return build(
            findings,
            corpus.articles,
            filters=filters,
            claims_total=len(claims),
            generated=generated,
            limit=limit,
        )


def report_after_edit(
    articles_dir: Path,
    claims_dir: Path,
    filters: Filters,
    generated: str | None = None,
    *,
    jobs: int | None = None,
    limit: int,
    listed: loading.Listing | None = None,
) -> Report | None:
    """The report's first `limit` discrepancies, made from the cache's ledger (ledger.py)
    after an edit that leaves grouping as it was; None when the ledger cannot answer (then
    `load` and `make_report` make it).  Problems in a changed claim file are those `load`
    finds.  `listed`: the corpus's files and hashes, if known (loading.listing)."""
    from crosscheck import ledger

    kept = Cache(claims_dir.parent)
    return ledger.report_after_edit(
        articles_dir,
        claims_dir,
        kept,
        filters=filters,
        limit=limit,
        generated=generated,
        jobs=jobs,
        listed=listed,
    )


def refresh_ledger(
    articles_dir: Path,
    claims_dir: Path,
    *,
    jobs: int | None = None,
    listed: loading.Listing | None = None,
) -> bool:
    """Bring the cache's ledger up to the corpus after an edit of a few claim files, so that
    `make_report` takes the engine's findings from it (ledger.refresh); False if it
    cannot (the engine then runs).  Problems in a changed claim file are those `load`
    finds."""
    from crosscheck import ledger

    kept = Cache(claims_dir.parent)
    return ledger.refresh(articles_dir, claims_dir, kept, jobs=jobs, listed=listed)


# --------------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Extraction:
    """What `extract` proposed and kept (each article with one new claim's YAML form, in
    order), how many proposals were left out because the store would not take them, and
    the articles the extractor failed on (each with the error: a bug to report)."""

    added: list[tuple[Article, dict[str, Any]]]
    skipped: int
    failed: list[tuple[Article, str]] = field(default_factory=list)


Proposed = tuple[list[dict[str, Any]], str | None]
"""An article's proposals, and the extractor's error if it failed on the article."""


def _proposed(article: Article) -> Proposed:
    """The proposals of one article; none, and the error, if the extractor fails on it: a
    bug in one rule must not cost the user the other articles' claims."""
    from crosscheck import extract as extractor

    try:
        return extractor.extract_article(article), None
    except Exception as error:  # an extractor bug, reported by the command, not raised
        return [], f"{type(error).__name__}: {error}"


def _proposals(selected: list[Article], jobs: int) -> Iterator[Proposed]:
    """The proposals of each article, in order; in worker processes when jobs > 1."""
    if jobs > 1 and len(selected) > 1:
        chunk = max(1, len(selected) // (jobs * 8))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(_proposed, selected, chunksize=chunk)
    else:
        for article in selected:
            yield _proposed(article)


def _valid(article: Article, entry: dict[str, Any], number: int) -> Claim | None:
    """The claim an entry makes as the article's claim `number` if the store would take it,
    else None (an extractor bug must not stop the run): the check `store.add_claims` makes,
    done here so that it is made once (the number changes no rule)."""
    from crosscheck.store import editing  # the writer (ruamel.yaml): for extract alone

    try:
        return editing._check_against({"id": f"{article.id}#{number}", **entry}, article, "")
    except CrosscheckError:
        return None


_WRITE_BATCH = 128
"""Articles whose claim files `extract` writes together (files open at once, at most)."""


def extract(
    selected: list[Article],
    claims_dir: Path,
    *,
    jobs: int = 1,
    dry_run: bool = False,
    advance: Callable[[], None] = lambda: None,
) -> Extraction:
    """Extract the claims of `selected`, merge them with the claims on file and (unless
    dry_run) write the new ones; `advance` is called after each article (a progress bar)."""
    # Here: the extractor's patterns take a while to import, and reports do not need them;
    # nor the writer of claim files (ruamel.yaml).
    from crosscheck import extract as extractor
    from crosscheck.store import editing

    for article in selected:
        extractor.check_article(article)
    on_file: dict[str, list[Claim]] = defaultdict(list)
    if claims_dir.exists():
        for claim in loading.load_claims(claims_dir, cache=Cache(claims_dir.parent)):
            on_file[claim.article].append(claim)
    added: list[tuple[Article, dict[str, Any]]] = []
    created: list[tuple[Path, bytes, list[Claim]]] = []
    pending: dict[str, tuple[Article, list[dict[str, Any]], list[Claim]]] = {}

    def write_pending() -> None:
        """Write the new claims of the articles pending: the files that do not exist yet
        made durable together (editing.create_claim_files), the others appended to."""
        batch = list(pending.values())
        pending.clear()
        texts = editing.create_claim_files(claims_dir, [(a, good) for a, good, _ in batch])
        for (article, good, claims), text in zip(batch, texts, strict=True):
            if text is None:
                _, text = editing.write_claims(claims_dir, article, good, checked=True)
            if text is not None:  # a file created with just these claims: keep them
                path = store.claims_path(claims_dir, article.id)
                created.append((path, loading._content_hash(text.encode("utf-8")), claims))

    skipped = 0
    failed: list[tuple[Article, str]] = []
    for article, (proposed, error) in zip(selected, _proposals(selected, jobs), strict=True):
        if error is not None:
            failed.append((article, error))
        fresh = extractor.merge(on_file[article.id], proposed)
        good: list[dict[str, Any]] = []
        claims: list[Claim] = []  # numbered as in a file that has no claims yet
        for entry in fresh:
            made = _valid(article, entry, len(good) + 1)
            if made is not None:
                good.append(entry)
                claims.append(made)
        skipped += len(fresh) - len(good)
        added.extend((article, entry) for entry in good)
        if good and not dry_run:
            if article.id in pending:  # the same article twice: the second appends
                write_pending()
            pending[article.id] = (article, good, claims)
            if len(pending) >= _WRITE_BATCH:
                write_pending()
        advance()
    write_pending()
    if created:
        # The next command reads these files' claims from the cache instead of parsing them.
        Cache(claims_dir.parent).store_claim_files(
            claims_dir, created, loading.claim_files(claims_dir)
        )
    return Extraction(added, skipped, failed)

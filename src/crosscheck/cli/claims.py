"""CLI commands: `crosscheck claim add|list|show|rm|set|review|import`, `crosscheck check` and
`crosscheck schema`."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer

from crosscheck.cli import EXIT_USER_ERROR, complete_articles, complete_kinds, folders, note
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Claim, Status
from crosscheck.render.claims import ClaimFormat

claim_app = typer.Typer(
    help="Record, list, change and review the figures articles state.", no_args_is_help=True
)

SCHEMA_FILE = "claims.schema.json"

_CONTEXT = 160  # characters of the article shown on each side of a quote under review


def _article(folder: Path, article_id: str) -> Article:
    from crosscheck import articles
    from crosscheck.store import validation

    path = articles.path_for(folder, article_id)
    if not path.exists():
        known = [p.stem for p in folder.glob(f"*{articles.SUFFIX}")]
        hint = validation.did_you_mean(article_id, known) if known else ""
        raise CrosscheckError(f"no article {article_id!r} in {folder}{hint}", field="article")
    return articles.read(path)


@claim_app.command("add")
def add(
    ctx: typer.Context,
    article_id: Annotated[
        str,
        typer.Argument(
            metavar="ARTICLE", help="The article's id.", autocompletion=complete_articles
        ),
    ],
    subject: Annotated[str, typer.Option(help="What is counted: 'people injured'.")],
    kind: Annotated[str, typer.Option(help="killed, injured, troops, ... (data/kinds.yaml).")],
    figure: Annotated[str, typer.Option(help="As written: 'up to 40', 'about 2,500'.")],
    quote: Annotated[str, typer.Option(help="The article's exact words stating the figure.")],
    party: Annotated[str | None, typer.Option(help="Whose people or what entity.")] = None,
    place: Annotated[str | None, typer.Option(help="Where.")] = None,
    from_place: Annotated[
        str | None, typer.Option("--from", help="A distance's first endpoint.")
    ] = None,
    to_place: Annotated[
        str | None, typer.Option("--to", help="A distance's second endpoint.")
    ] = None,
    event: Annotated[str | None, typer.Option(help="The event, if the article names it.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Date of the count (ISO).")] = None,
    about: Annotated[
        str | None, typer.Option("--about", help="Date of the event it is about (ISO).")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Who states it (default: article).")] = None,
    via: Annotated[
        list[str] | None, typer.Option(help="Through whom it came, nearest first; repeatable.")
    ] = None,
    status: Annotated[str, typer.Option(help="unreviewed, confirmed, ...")] = "unreviewed",
    group: Annotated[str | None, typer.Option(help="Pin to a subject group.")] = None,
    note: Annotated[str | None, typer.Option(help="Free text for the reviewer.")] = None,
) -> None:
    """Record one claim about an article; prints its new id."""
    from crosscheck.store import editing

    where = folders(ctx)
    article = _article(where.articles, article_id)
    entry = editing.make_entry(
        article,
        subject=subject,
        kind=kind,
        figure=figure,
        quote=quote,
        party=party,
        place=place,
        from_place=from_place,
        to_place=to_place,
        event=event,
        as_of=as_of,
        about=about,
        source=source,
        via=via or (),
        status=status,
        group=group,
        note=note,
    )
    if kind != "date" and _folded(figure) not in _folded(quote):
        # Dates are often written otherwise in the quote ("on Friday" for 2021-03-05).
        raise CrosscheckError(f"{figure!r} is not in the quote {quote!r}", field="figure")
    (new_id,) = editing.add_claims(where.claims, article, [entry])
    typer.echo(new_id)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


@claim_app.command("list")
def list_(
    ctx: typer.Context,
    article_id: Annotated[
        str | None,
        typer.Option("--article", help="Only this article.", autocompletion=complete_articles),
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="Only this kind.", autocompletion=complete_kinds)
    ] = None,
    subject: Annotated[
        str | None, typer.Option(help="Only subjects containing this (any case).")
    ] = None,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    fmt: Annotated[
        ClaimFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for people; csv, json, jsonl: flat columns (docs/flat-columns.md).",
            case_sensitive=False,
        ),
    ] = ClaimFormat.TABLE,
) -> None:
    """The claims: a table (id, kind, figure, subject, source, status) or flat records."""
    from crosscheck import articles
    from crosscheck.cache import Cache
    from crosscheck.render.claims import render_claims
    from crosscheck.store import loading

    where = folders(ctx)
    _check_filters(where.articles, article_id, kind, status)
    kept = Cache(where.claims.parent)
    found = loading.load_claims(where.claims, cache=kept) if where.claims.is_dir() else []
    wanted = subject.casefold() if subject else None
    chosen = [
        claim
        for claim in found
        if (article_id is None or claim.article == article_id)
        and (kind is None or claim.kind == kind)
        and (wanted is None or wanted in claim.subject.casefold())
        and (status is None or claim.status.value == status)
    ]
    known: dict[str, Article] = {}
    if fmt is not ClaimFormat.TABLE:
        for claim in chosen:
            if claim.article not in known:
                path = articles.path_for(where.articles, claim.article)
                if path.exists():
                    known[claim.article] = articles.read(path)
    typer.echo(render_claims(fmt, chosen, known), nl=False)


def _check_filters(
    folder: Path, article_id: str | None, kind: str | None = None, status: str | None = None
) -> None:
    """CrosscheckError for a filter no claim can match: a bogus filter must not pass as an
    empty list."""
    from crosscheck.store import validation

    wrong_kind = None if kind is None else validation.unknown_kind(kind)
    if wrong_kind:
        raise CrosscheckError(wrong_kind, field="--kind")
    names = [each.value for each in Status]
    if status is not None and status not in names:
        raise CrosscheckError(validation.not_one_of(status, names), field="--status")
    if article_id is not None:
        try:
            _article(folder, article_id)
        except CrosscheckError as exc:
            raise CrosscheckError(exc.message, exc.path, field="--article") from None


@claim_app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[
        str, typer.Argument(metavar="FILE.csv|-", help="A CSV of claims; - reads standard input.")
    ],
) -> None:
    """Add the claims of a CSV (the columns of `claim list --format csv`), all or nothing.

    Each row is checked as `claim add` checks it (the quote must be in the article); one
    problem a line, FILE:ROW:COLUMN: message, and nothing is written if there is any.
    Prints the new ids.
    """
    from crosscheck import flat
    from crosscheck.store import editing

    where = folders(ctx)
    name = "<stdin>" if file == "-" else file
    data = typer.get_binary_stream("stdin").read() if file == "-" else Path(file).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CrosscheckError(f"not UTF-8 text (byte {exc.start})", name) from None
    rows, problems = flat.read_import(text, name, lambda wanted: _article(where.articles, wanted))
    for problem in problems:
        typer.echo(f"Error: {problem}", err=True)
    if problems:
        raise typer.Exit(EXIT_USER_ERROR)
    by_article: dict[str, list[flat.Imported]] = {}
    for row in rows:
        by_article.setdefault(row.article.id, []).append(row)
    for group in by_article.values():
        new_ids = editing.add_claims(where.claims, group[0].article, [row.entry for row in group])
        typer.echo("\n".join(new_ids))
    note(ctx, f"imported {len(rows)} claims")


@claim_app.command("show")
def show(ctx: typer.Context, claim_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
    """Print one claim as YAML."""
    from crosscheck import claimfile, yamlio
    from crosscheck.store import loading

    # The fast emitter, not the round-trip writer: the same values (tested) without
    # importing ruamel.yaml, ~10% of this command's start-up.
    _, claim = loading.find_claim(folders(ctx).claims, claim_id)
    typer.echo(yamlio.emit_mapping(claimfile.to_entry(claim)), nl=False)


@claim_app.command("rm")
def remove(ctx: typer.Context, claim_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
    """Delete a claim; its number is not given out again.

    To keep the extractor from proposing it again, reject it instead:
    `crosscheck claim set ID status=rejected`.
    """
    from crosscheck.store import editing

    editing.remove_claim(folders(ctx).claims, claim_id)
    note(ctx, f"removed {claim_id}")


def parse_value(key: str, text: str) -> Any:
    """A `key=value` value from the command line as the YAML-form value of that field.

    An empty value (or "null") removes an optional field or opens a side of the interval;
    `via` is a comma-separated list; `span` is "START,END"; low/best/high are numbers (or
    ISO dates for date claims).
    """
    value = text.strip()
    if value.lower() in ("", "null", "none", "~"):
        return None
    if key in ("via", "attribution.via"):
        return [part.strip() for part in value.split(",") if part.strip()]
    if key == "span":
        numbers = re.findall(r"-?\d+", value)
        if len(numbers) != 2 or not re.fullmatch(r"\[?\s*\d+\s*,\s*\d+\s*\]?", value):
            raise CrosscheckError(f"{text!r} is not START,END", field="span")
        return [int(number) for number in numbers]
    if key in ("low", "best", "high"):
        try:
            number = float(value.replace(",", ""))
        except ValueError:
            return value  # an ISO date for a date claim; validation says if it is not
        if not math.isfinite(number):
            raise CrosscheckError(f"{text!r} is not a finite number", field=key)
        return int(number) if number == int(number) else number
    return value


def _pairs(assignments: list[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for assignment in assignments:
        key, equals, value = assignment.partition("=")
        if not equals or not key.strip():
            raise CrosscheckError(f"expected key=value, got {assignment!r}")
        changes[key.strip()] = parse_value(key.strip(), value)
    return changes


@claim_app.command("set")
def set_(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID")],
    assignments: Annotated[
        list[str],
        typer.Argument(
            metavar="KEY=VALUE...",
            help="status=confirmed, figure='up to 40', via=Wire One,Wire Two, note= (removes).",
        ),
    ],
) -> None:
    """Change fields of a claim; a new figure recomputes its interval, a new quote its span."""
    from crosscheck import store
    from crosscheck.store import editing

    where = folders(ctx)
    article_id, _ = store.split_id(claim_id)
    article = _article(where.articles, article_id)
    editing.update_claim(where.claims, claim_id, _pairs(assignments), {article.id: article})
    note(ctx, f"updated {claim_id}")


# --------------------------------------------------------------------------- review

_ANSWERS = "[c]onfirm / [r]eject / [e]dit field / [s]kip / [q]uit"


def _context(article: Article, claim: Claim) -> str:
    body = article.body
    start, end = claim.span.start, claim.span.end
    before = " ".join(body[max(0, start - _CONTEXT) : start].split())
    quoted = " ".join(body[start:end].split())
    after = " ".join(body[end : end + _CONTEXT].split())
    lead = "..." if start > _CONTEXT else ""
    tail = "..." if end + _CONTEXT < len(body) else ""
    return f"{lead}{before} »{quoted}« {after}{tail}"


def _describe(claim: Claim, article: Article, position: str) -> str:
    from crosscheck.quantities import format_value
    from crosscheck.report import ClaimRow

    estimate = claim.estimate
    if claim.kind == "date":
        interval = f"{claim.figure}"
    else:
        low, best, high = (format_value(v) for v in (estimate.low, estimate.best, estimate.high))
        interval = f"{estimate.qualifier.value}: {low} .. {best} .. {high} {estimate.unit or ''}"
    lines = [
        f"{position} {claim.id}  ({claim.kind}, {claim.status.value}, {claim.origin.value})",
        f"  subject: {claim.subject}",
        f"  figure:  {claim.figure}  [{interval.strip()}]",
        f"  source:  {ClaimRow(claim).attribution}",
    ]
    for label, value in (("party", claim.party), ("place", claim.place), ("as of", claim.as_of)):
        if value is not None:
            lines.append(f"  {label + ':':<8} {value}")
    lines.append(f"  in {article.outlet}, {article.published}: {_context(article, claim)}")
    return "\n".join(lines)


def _ask(text: str, default: str | None = None) -> str | None:
    """typer.prompt, or None when the input ends (Ctrl-D, or no more test input)."""
    try:
        answer: str = typer.prompt(text, default=default, show_default=False)
    except typer.Abort:
        return None
    return answer


@claim_app.command("review")
def review(
    ctx: typer.Context,
    article_id: Annotated[str | None, typer.Option("--article", help="Only this article.")] = None,
) -> None:
    """Walk the unreviewed claims: confirm, reject, edit a field, skip or quit."""
    from crosscheck.cache import Cache
    from crosscheck.store import editing, loading

    where = folders(ctx)
    _check_filters(where.articles, article_id)
    kept = Cache(where.claims.parent)
    pending = [
        claim
        for claim in (
            loading.load_claims(where.claims, cache=kept) if where.claims.is_dir() else []
        )
        if claim.status is Status.UNREVIEWED and article_id in (None, claim.article)
    ]
    if not pending:
        note(ctx, "nothing to review")
        return
    sources: dict[str, Article] = {}
    done: Counter[str] = Counter()
    for number, claim in enumerate(pending, start=1):
        if claim.article not in sources:
            sources[claim.article] = _article(where.articles, claim.article)
        article = sources[claim.article]
        edited = False
        show = True
        while True:
            if show:
                typer.echo(_describe(claim, article, f"[{number}/{len(pending)}]"))
            show = True
            answer = _ask(_ANSWERS, default="s")
            choice = (answer or "q").strip().lower()[:1]
            if choice in ("c", "r"):
                status = "rejected" if choice == "r" else "corrected" if edited else "confirmed"
                editing.update_claim(where.claims, claim.id, {"status": status}, sources)
                done[status] += 1
                break
            if choice == "s":
                done["skipped"] += 1
                break
            if choice == "q":
                _summary(done)
                return
            if choice == "e":
                field = _ask("field")
                value = _ask("value", default="")
                if field is None or value is None:
                    _summary(done)
                    return
                try:
                    change = {field.strip(): parse_value(field.strip(), value)}
                    # "corrected" only once confirmed: an edited, then skipped claim is
                    # still unreviewed.
                    claim = editing.update_claim(where.claims, claim.id, change, sources)
                    edited = True
                except CrosscheckError as exc:
                    typer.echo(f"Error: {exc}", err=True)
                continue
            typer.echo("Please answer c, r, e, s or q.", err=True)
            show = False
    _summary(done)


def _summary(done: Counter[str]) -> None:
    parts = [f"{done[key]} {key}" for key in ("confirmed", "corrected", "rejected", "skipped")]
    typer.echo(f"reviewed: {', '.join(parts)}", err=True)


# --------------------------------------------------------------------------- check


def check_command(ctx: typer.Context) -> None:
    """Check articles and claim files; one line per problem (FILE:LINE:COL: message), exit 2."""
    from crosscheck import check

    where = folders(ctx)
    result = check.run(where.articles, where.claims)
    for problem in result.problems:
        typer.echo(str(problem))
    if result.problems:
        raise typer.Exit(EXIT_USER_ERROR)
    note(ctx, f"ok: {result.articles} articles, {result.claims} claims")


def schema_command(
    ctx: typer.Context,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write it (default: claims.schema.json in the root).",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Write the JSON Schema of claim files where their first line points editors at it.

    Every claim file starts with `# yaml-language-server: $schema=../claims.schema.json`;
    this writes that file at the corpus root (the schema holds for JSON Schema draft-7, what
    VS Code's YAML extension speaks, and 2020-12).
    """
    from crosscheck import claimfile, yamlio

    target = output or folders(ctx).claims.parent / SCHEMA_FILE
    yamlio.write_atomic(target, claimfile.schema_text())
    note(ctx, f"Wrote {target}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.add_typer(claim_app, name="claim")
    app.command("check")(check_command)
    app.command("schema")(schema_command)

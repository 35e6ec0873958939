"""CLI commands: `crosscheck claim add|list|show|rm|set|review` and `crosscheck check`."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer

from crosscheck.cli import EXIT_USER_ERROR, folders
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Claim, Status

claim_app = typer.Typer(
    help="Record, list, change and review the figures articles state.", no_args_is_help=True
)

_CONTEXT = 160  # characters of the article shown on each side of a quote under review


def _article(folder: Path, article_id: str) -> Article:
    from crosscheck import articles, store

    path = articles.path_for(folder, article_id)
    if not path.exists():
        known = [p.stem for p in folder.glob(f"*{articles.SUFFIX}")]
        hint = store.did_you_mean(article_id, known) if known else ""
        raise CrosscheckError(f"no article {article_id!r} in {folder}{hint}", field="article")
    return articles.read(path)


@claim_app.command("add")
def add(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(metavar="ARTICLE", help="The article's id.")],
    subject: Annotated[str, typer.Option(help="What is counted: 'people injured'.")],
    kind: Annotated[str, typer.Option(help="killed, injured, troops, ... (data/kinds.yaml).")],
    figure: Annotated[str, typer.Option(help="As written: 'up to 40', 'about 2,500'.")],
    quote: Annotated[str, typer.Option(help="The article's exact words stating the figure.")],
    party: Annotated[str | None, typer.Option(help="Whose people or what entity.")] = None,
    place: Annotated[str | None, typer.Option(help="Where.")] = None,
    event: Annotated[str | None, typer.Option(help="The event, if the article names it.")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Date the figure refers to (ISO).")
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
    from crosscheck import store

    where = folders(ctx)
    article = _article(where.articles, article_id)
    entry = store.make_entry(
        article,
        subject=subject,
        kind=kind,
        figure=figure,
        quote=quote,
        party=party,
        place=place,
        event=event,
        as_of=as_of,
        source=source,
        via=via or (),
        status=status,
        group=group,
        note=note,
    )
    (new_id,) = store.add_claims(where.claims, article, [entry])
    typer.echo(new_id)


@claim_app.command("list")
def list_(
    ctx: typer.Context,
    article_id: Annotated[str | None, typer.Option("--article", help="Only this article.")] = None,
    kind: Annotated[str | None, typer.Option(help="Only this kind.")] = None,
    subject: Annotated[
        str | None, typer.Option(help="Only subjects containing this (any case).")
    ] = None,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
) -> None:
    """A table of the claims: id, kind, figure, subject, source, status."""
    from tabulate import tabulate

    from crosscheck import store
    from crosscheck.cache import Cache

    claims_dir = folders(ctx).claims
    kept = Cache(claims_dir.parent)
    found = store.load_claims(claims_dir, cache=kept) if claims_dir.is_dir() else []
    wanted = subject.casefold() if subject else None
    rows = [
        (
            claim.id,
            claim.kind,
            claim.figure,
            claim.subject,
            _attribution(claim),
            claim.status.value,
        )
        for claim in found
        if (article_id is None or claim.article == article_id)
        and (kind is None or claim.kind == kind)
        and (wanted is None or wanted in claim.subject.casefold())
        and (status is None or claim.status.value == status)
    ]
    typer.echo(tabulate(rows, headers=["id", "kind", "figure", "subject", "source", "status"]))


def _attribution(claim: Claim) -> str:
    via = claim.attribution.via
    return claim.attribution.source + (f" via {', '.join(via)}" if via else "")


@claim_app.command("show")
def show(ctx: typer.Context, claim_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
    """Print one claim as YAML."""
    from crosscheck import store

    _, claim = store.find_claim(folders(ctx).claims, claim_id)
    typer.echo(store.entry_text(store.claim_to_entry(claim)), nl=False)


@claim_app.command("rm")
def remove(ctx: typer.Context, claim_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
    """Delete a claim; its number is not given out again.

    To keep the extractor from proposing it again, reject it instead:
    `crosscheck claim set ID status=rejected`.
    """
    from crosscheck import store

    store.remove_claim(folders(ctx).claims, claim_id)
    typer.echo(f"removed {claim_id}", err=True)


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

    where = folders(ctx)
    article_id, _ = store.split_id(claim_id)
    article = _article(where.articles, article_id)
    store.update_claim(where.claims, claim_id, _pairs(assignments), {article.id: article})
    typer.echo(f"updated {claim_id}", err=True)


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
        f"  source:  {_attribution(claim)}",
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
    from crosscheck import store
    from crosscheck.cache import Cache

    where = folders(ctx)
    kept = Cache(where.claims.parent)
    pending = [
        claim
        for claim in (store.load_claims(where.claims, cache=kept) if where.claims.is_dir() else [])
        if claim.status is Status.UNREVIEWED and article_id in (None, claim.article)
    ]
    if not pending:
        typer.echo("nothing to review", err=True)
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
                store.update_claim(where.claims, claim.id, {"status": status}, sources)
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
                    claim = store.update_claim(
                        where.claims, claim.id, {**change, "status": "corrected"}, sources
                    )
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
    typer.echo(f"ok: {result.articles} articles, {result.claims} claims", err=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.add_typer(claim_app, name="claim")
    app.command("check")(check_command)

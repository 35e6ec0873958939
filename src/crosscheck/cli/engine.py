"""CLI commands over the engine: `crosscheck entities` and `crosscheck subjects`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from crosscheck import store

from crosscheck.cli import folders
from crosscheck.errors import CrosscheckError
from crosscheck.model import Claim


def _corpus(ctx: typer.Context) -> store.Corpus:
    """The corpus, with its own aliases.yaml (at its root) in use."""
    from crosscheck import names, pipeline, profiles

    where = folders(ctx)
    corpus = pipeline.load(where.articles, where.claims)
    names.use_corpus(profiles.corpus_root(corpus.articles) or where.articles.parent)
    return corpus


def what_it_is(name: str) -> str:
    """What the engine takes a name for: a place through the aliases or the gazetteer (with
    the places that contain it), a person who leads a side, or "-"."""
    from crosscheck import names, places

    entry = names.alias_for(name)
    if entry is not None and entry.side:
        return f"leads {entry.side} (aliases.yaml)"
    place = places.resolve(name)
    if place.key.startswith("name:"):
        return "-"
    around = ", ".join(k.split(":", 1)[1] for k in place.around)
    where = f" in {around}" if around else ""
    kind = "country" if place.key.startswith("country:") else "place"
    return f"{kind} {place.name}{where}: {place.how.split(': ', 1)[-1]}"


def claim_names(claims: list[Claim]) -> list[str]:
    """Every name the claims mention: places, events, parties, subjects, sources, agencies."""
    from crosscheck import names, pipeline

    found: list[str] = []
    for claim in pipeline.live(claims):
        for text in (claim.subject, claim.party, claim.place, claim.event,
                     claim.attribution.source, *claim.attribution.via):  # fmt: skip
            found.extend(names.mentions(text or ""))
    return found


def entities(
    ctx: typer.Context,
    every: Annotated[
        bool, typer.Option("--all", help="Also list names found in one spelling only.")
    ] = False,
    bodies: Annotated[
        bool, typer.Option("--articles", help="Also read names from the article texts.")
    ] = False,
) -> None:
    """The people and places the claims name, clustered across spellings, and why; and what
    each is taken for: a place resolved through the gazetteer (and the places that contain
    it) or a person who leads a side."""
    from tabulate import tabulate

    from crosscheck import names

    corpus = _corpus(ctx)
    found = claim_names(corpus.claims)
    if bodies:
        for article in corpus.articles.values():
            found.extend(names.mentions(article.body))
    rows = [
        (
            entity.canonical,
            "\n".join(entity.variants),
            "\n".join(entity.reasons) or "-",
            what_it_is(entity.canonical),
        )
        for entity in names.cluster(found)
        if every or len(entity.variants) > 1 or entity.canonical not in entity.variants
    ]
    headers = ["entity", "spellings", "why", "is"]
    typer.echo(tabulate(rows, headers=headers, tablefmt="simple"))


def subjects(
    ctx: typer.Context,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only subjects of this kind (killed, troops, ...).")
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Also list subjects with a single claim.")
    ] = False,
) -> None:
    """The groups of claims the engine compares: key, label, claims with figures, and why:
    the party read as side, role and nationality, each claim's place resolved through the
    gazetteer, the event window of the dates the figures are about."""
    from tabulate import tabulate

    from crosscheck import group
    from crosscheck.vocab import kinds

    if kind is not None and kind not in kinds():
        raise CrosscheckError(
            f"unknown kind {kind!r} (known: {', '.join(kinds())})", field="--kind"
        )
    corpus = _corpus(ctx)
    rows = []
    for subject in group.group(corpus.claims, corpus.articles):
        if kind is not None and subject.kind != kind:
            continue
        if len(subject.claims) < 2 and not every:
            continue
        figures = "\n".join(f"{c.id}: {c.figure}" for c in subject.claims)
        rows.append((subject.key, subject.label, figures, "\n".join(subject.reasons)))
    typer.echo(tabulate(rows, headers=["key", "label", "claims", "why"], tablefmt="simple"))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.command("entities")(entities)
    app.command("subjects")(subjects)

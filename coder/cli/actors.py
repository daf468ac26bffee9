"""`coder actors lookup|unknown|import-petrarch`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from coder.cli.app import DbOption, app, errors_to_exit

actors_app = typer.Typer(
    help="Look up actor names, audit unknown actor phrases, import dictionaries.",
    no_args_is_help=True,
)
app.add_typer(actors_app, name="actors")

ActorsOption = Annotated[
    str, typer.Option("--actors", help="A shipped actor dictionary name or a folder of one.")
]


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


@actors_app.command("lookup")
def lookup_cmd(
    phrase: Annotated[str, typer.Argument(help='An actor phrase, e.g. "Hayat Tahrir al-Sham".')],
    on: Annotated[
        str | None, typer.Option("--on", help="Event date (YYYY-MM-DD): date-bounded names.")
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="ISO3 of the event's country.")
    ] = None,
    actors: ActorsOption = "actors",
) -> None:
    """Show what a phrase resolves to: name, inter, code, entry and the reason."""
    from coder.actors import load_actors

    day = _parse_day(on)
    with errors_to_exit():
        ref = load_actors(actors).resolve(
            phrase, on=day, country_iso3=country.upper() if country else None
        )
    if ref is None:
        typer.echo(f"{phrase!r} names no actor")
        return
    for label, value in (
        ("name", ref.name),
        ("inter", ref.inter),
        ("code", ref.code),
        ("entry", ref.entry_id),
        ("reason", ref.reason),
    ):
        typer.echo(f"{label:<7} {'' if value is None else value}")


@actors_app.command("unknown")
def unknown_cmd(
    db: DbOption,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many phrases.")] = 50,
    actors: ActorsOption = "actors",
) -> None:
    """List the actor phrases of coded events that no dictionary entry names, most used first."""
    from coder.actor_audit import unknown_actors
    from coder.actors import load_actors
    from coder.store import Store

    with errors_to_exit():
        dictionary = load_actors(actors)
        with Store(db, read_only=True) as store:
            found = unknown_actors(store, dictionary, limit=limit)
    if not found:
        typer.echo("every actor phrase names a dictionary entry")
        return
    for item in found:
        typer.echo(f"{item.count:>6}  {item.phrase}  ->  {item.resolved_as or '(no actor)'}")
        typer.echo(f"        e.g. {item.example}")


@actors_app.command("import-petrarch")
def import_petrarch_cmd(
    source: Annotated[Path, typer.Argument(help="A PETRARCH/TABARI dictionary file.")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the YAML into.")],
    kind: Annotated[str, typer.Option("--kind", help="actors or agents.")] = "actors",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Convert a PETRARCH/TABARI actors or agents dictionary into actor-dictionary YAML."""
    from coder.petrarch import import_petrarch

    if kind not in ("actors", "agents"):
        raise typer.BadParameter("--kind must be actors or agents")
    with errors_to_exit():
        report = import_petrarch(source, out, kind=kind, force=force)  # type: ignore[arg-type]
    typer.echo(f"wrote {report.path}: {report.written} entries from {report.entries} read")
    for line, reason in report.skipped:
        typer.echo(f"  skipped line {line}: {reason}", err=True)

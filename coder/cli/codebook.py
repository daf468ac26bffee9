"""`coder codebook list|show|check`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coder.cli.app import app, default_cache_dir, errors_to_exit

codebook_app = typer.Typer(help="List, show and check codebooks.", no_args_is_help=True)
app.add_typer(codebook_app, name="codebook")

NameArg = Annotated[str, typer.Argument(help="A shipped codebook name or a path to one.")]


@codebook_app.command("list")
def list_cmd() -> None:
    """List the shipped codebooks with their versions."""
    from coder.codebook import list_codebooks

    with errors_to_exit():
        for name, version, description in list_codebooks():
            typer.echo(f"{name:<10} {version:<8} {description}")


@codebook_app.command("show")
def show_cmd(name: NameArg) -> None:
    """Print a codebook's taxonomy and rules."""
    from coder.codebook import load_codebook

    with errors_to_exit():
        book = load_codebook(name)
    typer.echo(book.describe())


@codebook_app.command("check")
def check_cmd(
    name: NameArg,
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help="Index cache.")] = None,
) -> None:
    """Run every rule's examples through the real pipeline; exit 4 if any fails."""
    from coder.codebook import check_codebook
    from coder.config import CoderConfig
    from coder.pipeline import Coder

    with errors_to_exit():
        coder = Coder(CoderConfig(codebook=name, cache_dir=cache_dir or default_cache_dir()))
        report = check_codebook(coder.codebook, coder.candidates)
    for failure in report.failures:
        typer.echo(
            f"FAIL {failure.rule_id}: {failure.text!r}\n     expected {failure.expected}, "
            f"got {failure.got}"
        )
    typer.echo(f"{report.passed} passed, {report.failed} failed")
    if report.failed:
        raise typer.Exit(4)

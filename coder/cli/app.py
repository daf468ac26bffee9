"""The typer application, shared options and the error-to-exit-code boundary."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from coder import __version__
from coder.errors import CoderError

app = typer.Typer(
    name="coder",
    help="Code news text into ACLED/GDELT-style event rows in DuckDB, query and export them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file of events.")]


def default_cache_dir() -> Path:
    """Where built indexes are cached: $CODER_CACHE_DIR, else $XDG_CACHE_HOME/event-coder."""
    if env := os.environ.get("CODER_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "event-coder"


class _State:
    debug = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"coder {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    _State.debug = debug


@contextmanager
def errors_to_exit() -> Iterator[None]:
    """Turn a `CoderError` into one clear line on stderr and its exit code."""
    try:
        yield
    except CoderError as exc:
        if _State.debug:
            raise
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None


def is_terminal() -> bool:
    """True when stderr is a terminal (progress bars only then)."""
    return sys.stderr.isatty()

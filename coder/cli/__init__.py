"""The `coder` command line: a thin typer layer over the Python API.

Each command parses options, makes one API call and renders the result. Heavy modules are imported
inside the commands so that `coder --help` stays instant.
"""

from __future__ import annotations

from coder.cli import actors, code, codebook, evaluate, geo, query  # noqa: F401  (registration)
from coder.cli.app import app


def main() -> None:
    """Entry point of the `coder` script."""
    app()


__all__ = ["app", "main"]

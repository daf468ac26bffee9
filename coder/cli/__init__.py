"""The `coder` command line: a thin typer layer over the Python API.

Each command parses options, makes one API call and renders the result. Heavy modules are imported
inside the commands so that `coder --help` stays instant.
"""

from __future__ import annotations

import os

# One BLAS thread per process: the matrices are small and worker processes share two cores.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from coder.cli import code, codebook, evaluate, query  # noqa: F401  (register commands)
from coder.cli.app import app


def main() -> None:
    """Entry point of the `coder` script."""
    app()


__all__ = ["app", "main"]

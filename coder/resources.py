"""The one way to read files the project ships (codebooks/, schema/, data/).

In a wheel they live under ``coder/_shipped/``; in a source checkout (editable install) they are the
top-level folders beside the package. Either way they are found from the package's location, never
from the working directory.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_SHIPPED = ("codebooks", "schema", "data")


def shipped_path(kind: str, *parts: str) -> Path:
    """Return the path of a shipped file or folder.

    Args:
        kind: one of ``codebooks``, ``schema``, ``data``.
        *parts: path components below that folder.

    Returns:
        The path (it may not exist if ``parts`` names nothing).
    """
    if kind not in _SHIPPED:
        raise ValueError(f"unknown shipped folder {kind!r}; expected one of {_SHIPPED}")
    package_root = Path(str(resources.files("coder")))
    in_wheel = package_root / "_shipped" / kind
    base = in_wheel if in_wheel.is_dir() else package_root.parent / kind
    return base.joinpath(*parts)

"""Why a DuckDB file could not be opened, in the library's own errors.

DuckDB reports a file held by another process as an ``IOException`` whose message carries the
holder's PID; :func:`connect_error` names that process (from /proc) so the user knows what to close.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import duckdb

from coder.errors import StoreError, StoreLockedError

_LOCK_PID = re.compile(r"\(PID (\d+)\)")


def describe_process(pid: int) -> str:
    """Name a process from /proc (its command name and command line), when readable.

    Args:
        pid: the process id.

    Returns:
        e.g. ``"python3.11: python -m coder code in.jsonl"``, or ``""`` when /proc says nothing.
    """
    proc = Path("/proc") / str(pid)
    parts: list[str] = []
    with contextlib.suppress(OSError):
        parts.append((proc / "comm").read_text(encoding="utf-8", errors="replace").strip())
    try:
        raw = (proc / "cmdline").read_bytes()
        cmdline = " ".join(raw.replace(b"\0", b" ").decode("utf-8", errors="replace").split())
        if cmdline:
            parts.append(cmdline if len(cmdline) <= 160 else cmdline[:157] + "...")
    except OSError:
        pass
    return ": ".join(p for p in parts if p)


def connect_error(path: Path, exc: duckdb.Error) -> Exception:
    """Turn DuckDB's failure to open a file into the library's error."""
    message = str(exc)
    if "lock" in message.lower() and isinstance(exc, duckdb.IOException):
        match = _LOCK_PID.search(message)
        holder = "another process"
        if match:
            pid = int(match.group(1))
            name = describe_process(pid)
            holder = f"process {pid}" + (f" ({name})" if name else "")
        return StoreLockedError(f"database {path} is locked by {holder}; DuckDB said: {message}")
    if "different configuration" in message:
        return StoreError(
            f"database {path} is already open in this process with other settings "
            f"(close the other Store first): {message}"
        )
    return StoreError(f"cannot open database {path}: {message}")

"""`coder query`, `coder export` and `coder stats`."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coder.cli.app import DbOption, app, errors_to_exit

if TYPE_CHECKING:
    import polars as pl


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    acled = "acled"
    gdelt = "gdelt"


def _render_table(frame: pl.DataFrame, title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for name in frame.columns:
        table.add_column(name, overflow="fold")
    for row in frame.iter_rows():
        table.add_row(*("" if v is None else str(v) for v in row))
    # a pipe or file gets full rows, not columns folded to 80 characters
    Console(width=None if sys.stdout.isatty() else 220).print(table)


@app.command("query")
def query_cmd(
    sql: Annotated[
        str, typer.Argument(help="SQL to run (read-only; e.g. SELECT ... FROM events).")
    ],
    db: DbOption = Path("events.duckdb"),
    fmt: Annotated[
        QueryFormat, typer.Option("--format", help="Output format.")
    ] = QueryFormat.table,
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
) -> None:
    """Run SQL on a read-only connection (no file access, no extensions, no SET)."""
    from coder.errors import UsageError
    from coder.store import Store

    with errors_to_exit():
        if fmt is QueryFormat.parquet and out is None:
            raise UsageError("--format parquet needs --out PATH")
        with Store(db, read_only=True) as store:
            frame = store.query(sql)
        if fmt is QueryFormat.table and out is None:
            _render_table(frame)
            return
        if fmt is QueryFormat.parquet:
            assert out is not None
            frame.write_parquet(out)
        elif fmt is QueryFormat.csv:
            text = frame.write_csv()
            _emit(text, out)
        elif fmt is QueryFormat.json:
            _emit(frame.write_ndjson(), out)
        else:
            _emit(str(frame), out)


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text, nl=not text.endswith("\n"))
    else:
        out.write_text(text, encoding="utf-8")


@app.command("export")
def export_cmd(
    db: DbOption = Path("events.duckdb"),
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Export format.")] = (
        ExportFormat.parquet
    ),
    out: Annotated[Path, typer.Option("--out", help="Destination file or folder.")] = Path(
        "events.parquet"
    ),
    partition_by: Annotated[
        str | None,
        typer.Option(
            help="Hive partitions for parquet, e.g. year,month (also country, event_type)."
        ),
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace an existing destination.")] = False,
    header: Annotated[bool, typer.Option(help="GDELT only: write a header line.")] = False,
) -> None:
    """Export the events table: parquet, CSV, ACLED's 31 columns or GDELT 2.0's 61 columns."""
    from coder.export import export_events
    from coder.store import Store

    parts = tuple(p.strip() for p in partition_by.split(",") if p.strip()) if partition_by else ()
    with errors_to_exit(), Store(db, read_only=True) as store:
        result = export_events(
            store, fmt.value, out, partition_by=parts, overwrite=overwrite, header=header
        )
    typer.echo(f"wrote {result.rows} events to {result.path}", err=True)


@app.command("stats")
def stats_cmd(db: DbOption = Path("events.duckdb")) -> None:
    """Counts of events by event type, country and month."""
    from coder.store import Store

    with errors_to_exit(), Store(db, read_only=True) as store:
        stats = store.stats()
    for name, frame in stats.items():
        _render_table(frame, title=name)

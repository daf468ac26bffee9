"""Polars frames built from the pipeline's typed values, ready for the store's bulk inserts.

No SQL here: :mod:`coder.store` registers these frames and inserts them with ``INSERT ... SELECT``.
Each frame has an explicit schema so an empty batch or an all-null column still has its type.
"""

from __future__ import annotations

import hashlib
import types
import typing
from collections.abc import Iterable, Sequence
from datetime import date, datetime

import polars as pl

from coder.models import EVENT_COLUMNS, CodedArticle, EventRow, Rejected

_PY_TO_POLARS: dict[type, pl.DataType] = {
    str: pl.String(),
    int: pl.Int64(),
    float: pl.Float64(),
    date: pl.Date(),
}

ARTICLE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "title": pl.String(),
    "url": pl.String(),
    "source_name": pl.String(),
    "publication_date": pl.Date(),
    "text_sha256": pl.String(),
    "n_chars": pl.Int64(),
    "n_sentences": pl.Int64(),
    "source_file": pl.String(),
    "line": pl.Int64(),
    "run_id": pl.String(),
    "coded_at": pl.Datetime("us"),
}

PLACE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "start": pl.Int64(),
    "end": pl.Int64(),
    "text": pl.String(),
    "name": pl.String(),
    "geonameid": pl.Int64(),
    "feature_class": pl.String(),
    "feature_code": pl.String(),
    "country": pl.String(),
    "iso3": pl.String(),
    "admin1": pl.String(),
    "admin2": pl.String(),
    "latitude": pl.Float64(),
    "longitude": pl.Float64(),
    "geo_precision": pl.Int64(),
    "score": pl.Float64(),
    "reason": pl.String(),
    "run_id": pl.String(),
}

QUARANTINE_SCHEMA: dict[str, pl.DataType] = {
    "run_id": pl.String(),
    "source_file": pl.String(),
    "line": pl.Int64(),
    "record_id": pl.String(),
    "reason": pl.String(),
    "raw": pl.String(),
    "created_at": pl.Datetime("us"),
}


def event_schema() -> dict[str, pl.DataType]:
    """Return the polars dtypes of the events columns, derived from ``EventRow``'s annotations.

    Returns:
        Column name -> dtype, in ``EVENT_COLUMNS`` order.
    """
    hints = typing.get_type_hints(EventRow)
    schema: dict[str, pl.DataType] = {}
    for name in EVENT_COLUMNS:
        hint = hints[name]
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        schema[name] = _PY_TO_POLARS[hint]
    return schema


def latest_by_article(coded: Iterable[CodedArticle]) -> list[CodedArticle]:
    """Keep one coding per article id (the last one given), in first-seen order."""
    return list({c.article.id: c for c in coded}.values())


def articles_frame(coded: Sequence[CodedArticle], run_id: str, now: datetime) -> pl.DataFrame:
    """Build the ``articles`` rows of a batch (text hashed, never stored).

    Args:
        coded: one coding per article.
        run_id: the run that coded them.
        now: the coding time (UTC).

    Returns:
        A frame with the columns of ``ARTICLE_SCHEMA``.
    """
    return pl.DataFrame(
        [
            {
                "article_id": c.article.id,
                "title": c.article.title,
                "url": c.article.url,
                "source_name": c.article.source_name,
                "publication_date": c.article.publication_date,
                "text_sha256": hashlib.sha256(c.article.text.encode("utf-8")).hexdigest(),
                "n_chars": len(c.article.text),
                "n_sentences": c.n_sentences,
                "source_file": c.article.source_file,
                "line": c.article.line,
                "run_id": run_id,
                "coded_at": now,
            }
            for c in coded
        ],
        schema=ARTICLE_SCHEMA,
    )


def events_frame(coded: Sequence[CodedArticle], run_id: str) -> pl.DataFrame:
    """Build the ``events`` rows of a batch, one per distinct event id, stamped with ``run_id``.

    Args:
        coded: one coding per article.
        run_id: the run that coded them.

    Returns:
        A frame with the columns of ``EVENT_COLUMNS``.
    """
    rows = {r.event_id: r for c in coded for r in c.rows}
    return pl.DataFrame(
        [r.model_dump() | {"run_id": run_id} for r in rows.values()], schema=event_schema()
    )


def places_frame(coded: Sequence[CodedArticle], run_id: str) -> pl.DataFrame:
    """Build the ``places`` rows of a batch (every resolved toponym of each article).

    Args:
        coded: one coding per article.
        run_id: the run that coded them.

    Returns:
        A frame with the columns of ``PLACE_SCHEMA``.
    """
    return pl.DataFrame(
        [
            {
                "article_id": c.article.id,
                "start": p.span.start if p.span else None,
                "end": p.span.end if p.span else None,
                "text": p.span.text if p.span else None,
                "name": p.name,
                "geonameid": p.geonameid,
                "feature_class": p.feature_class,
                "feature_code": p.feature_code,
                "country": p.country,
                "iso3": p.iso3,
                "admin1": p.admin1,
                "admin2": p.admin2,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "geo_precision": p.geo_precision,
                "score": p.score,
                "reason": p.reason,
                "run_id": run_id,
            }
            for c in coded
            for p in c.places
        ],
        schema=PLACE_SCHEMA,
    )


def quarantine_frame(rejected: Sequence[Rejected], run_id: str, now: datetime) -> pl.DataFrame:
    """Build the ``quarantine`` rows for rejected input records.

    Args:
        rejected: the records.
        run_id: the run that read them.
        now: when they were rejected (UTC).

    Returns:
        A frame with the columns of ``QUARANTINE_SCHEMA``.
    """
    return pl.DataFrame(
        [
            {
                "run_id": run_id,
                "source_file": r.source_file,
                "line": r.line,
                "record_id": r.record_id,
                "reason": r.reason,
                "raw": r.raw,
                "created_at": now,
            }
            for r in rejected
        ],
        schema=QUARANTINE_SCHEMA,
    )

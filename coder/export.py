"""Export the events table as parquet, CSV, ACLED-format CSV or GDELT 2.0 tab-separated files.

Every export is written under a temporary name in the destination's folder and renamed into
place when complete, so a failed or interrupted export never leaves a half-written destination.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, get_args

import polars as pl

from coder.errors import UsageError
from coder.export_gdelt import gdelt_frame
from coder.regions import CountryCodes, load_country_codes
from coder.store import Store

ExportFormat = Literal["parquet", "csv", "acled", "gdelt"]
PARTITION_KEYS: tuple[str, ...] = ("year", "month", "country", "event_type")

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
"""ACLED's export columns, in ACLED's order."""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote.

    Attributes:
        rows: events written.
        path: the file (or, for a partitioned export, the folder) written.
        format: the export format.
    """

    rows: int
    path: Path
    format: str


def _unix_time(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.replace(tzinfo=UTC).timestamp())


def acled_frame(
    events: pl.DataFrame, run_times: Mapping[str, datetime], codes: CountryCodes
) -> pl.DataFrame:
    """Lay events out in ACLED's 31 export columns.

    Args:
        events: rows of the events table.
        run_times: run id -> start time (UTC); ``timestamp`` is its unix time.
        codes: country tables (ISO numeric codes, regions).

    Returns:
        A frame with exactly the columns of ``ACLED_COLUMNS``; unknown values are null.
    """
    iso3 = events["iso3"].to_list()
    runs = events["run_id"].to_list()
    extra = pl.DataFrame(
        {
            "iso": [codes.isonumeric.get(c) if c else None for c in iso3],
            "region": [codes.acled_region(c) for c in iso3],
            "timestamp": [_unix_time(run_times.get(r)) for r in runs],
        },
        schema={"iso": pl.Int64(), "region": pl.String(), "timestamp": pl.Int64()},
    )
    return pl.concat([events, extra], how="horizontal").select(
        pl.col("event_id").alias("event_id_cnty"),
        pl.col("event_date").dt.strftime("%Y-%m-%d").alias("event_date"),
        *ACLED_COLUMNS[2:15],
        "iso",
        "region",
        "country",
        "admin1",
        "admin2",
        pl.lit(None, pl.String()).alias("admin3"),
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        pl.lit(None, pl.String()).alias("source_scale"),
        pl.col("sentence").alias("notes"),
        "fatalities",
        pl.lit(None, pl.String()).alias("tags"),
        "timestamp",
    )


def _with_partition_keys(events: pl.DataFrame, keys: Sequence[str]) -> pl.DataFrame:
    """Add the derived partition columns (year and month come from event_date)."""
    derived = {
        "year": pl.col("event_date").dt.year().cast(pl.Int32()).alias("year"),
        "month": pl.col("event_date").dt.month().cast(pl.Int8()).alias("month"),
    }
    return events.with_columns([derived[k] for k in keys if k in derived])


def _temp_sibling(out: Path) -> Path:
    return out.with_name(f".{out.name}.tmp-{uuid.uuid4().hex[:12]}")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def write_atomically(out: Path, write: Callable[[Path], None], *, overwrite: bool) -> None:
    """Write a file or folder under a temporary name beside ``out``, then rename it into place.

    Args:
        out: the destination.
        write: writes the content at the path it is given.
        overwrite: replace an existing destination.

    Raises:
        UsageError: the destination exists and ``overwrite`` is False.
    """
    if out.exists() and not overwrite:
        raise UsageError(f"{out} already exists (pass overwrite to replace it)")
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_sibling(out)
    try:
        write(temp)
        if temp.is_file() and not out.is_dir():
            os.replace(temp, out)  # atomic, even over an existing file
            return
        old = _temp_sibling(out) if out.exists() else None
        if old is not None:
            os.replace(out, old)
        os.replace(temp, out)
        if old is not None:
            _remove(old)
    finally:
        _remove(temp)


def _writer(frame: pl.DataFrame, fmt: str, header: bool) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        if fmt == "parquet":
            frame.write_parquet(path)
        elif fmt == "gdelt":
            frame.write_csv(
                path, separator="\t", include_header=header, null_value="", quote_style="never"
            )
        else:
            frame.write_csv(path, include_header=True, null_value="")

    return write


def export_events(
    store: Store,
    fmt: ExportFormat,
    out: Path,
    *,
    partition_by: Sequence[str] = (),
    overwrite: bool = False,
    header: bool = False,
) -> ExportResult:
    """Export every event of a store.

    Args:
        store: the store to read.
        fmt: ``parquet`` or ``csv`` (the events table as is), ``acled`` (ACLED's 31 columns, CSV)
            or ``gdelt`` (GDELT 2.0's 61 columns, tab-separated).
        out: the destination file; a folder for a partitioned export.
        partition_by: hive-partition a parquet export by ``year``, ``month`` (both from
            event_date), ``country`` and/or ``event_type`` (``out/year=2024/month=3/...``).
        overwrite: replace an existing destination.
        header: write a header line in a GDELT export (csv and acled always have one).

    Returns:
        The number of events written and the destination.

    Raises:
        UsageError: unknown format or partition key, partitioning a non-parquet export, or the
            destination exists and ``overwrite`` is False.
        StoreError: the store cannot be read.
    """
    if fmt not in get_args(ExportFormat):
        raise UsageError(f"unknown export format {fmt!r}; expected one of {get_args(ExportFormat)}")
    keys = list(dict.fromkeys(partition_by))
    unknown = [k for k in keys if k not in PARTITION_KEYS]
    if unknown:
        raise UsageError(f"cannot partition by {unknown}; expected some of {PARTITION_KEYS}")
    if keys and fmt != "parquet":
        raise UsageError("only parquet exports can be partitioned")
    out = Path(out)
    if out.exists() and not overwrite:
        raise UsageError(f"{out} already exists (pass overwrite to replace it)")

    events = store.events_frame()
    if fmt == "acled":
        frame = acled_frame(events, store.run_times(), load_country_codes())
    elif fmt == "gdelt":
        frame = gdelt_frame(events, store.run_times(), load_country_codes())
    else:
        frame = events

    if keys:
        partitioned = _with_partition_keys(frame, keys)

        def write_partitions(path: Path) -> None:
            path.mkdir()
            if partitioned.height:
                partitioned.write_parquet(path, partition_by=keys)

        write_atomically(out, write_partitions, overwrite=overwrite)
    else:
        write_atomically(out, _writer(frame, fmt, header), overwrite=overwrite)
    return ExportResult(rows=frame.height, path=out, format=fmt)

"""Specification of exports: parquet, CSV, ACLED and GDELT layouts, atomic writes, partitions."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from coder.errors import UsageError
from coder.export import ACLED_COLUMNS, export_events, write_atomically
from coder.export_gdelt import GDELT_COLUMNS, fraction_date, global_event_id
from coder.models import EVENT_COLUMNS, Article, CodedArticle, EventRow
from coder.regions import load_country_codes
from coder.store import Store

MANIFEST: dict[str, Any] = {"codebook": "acled", "codebook_version": "1.0"}


def make_row(event_id: str, **overrides: Any) -> EventRow:
    values: dict[str, Any] = {
        "event_id": event_id,
        "run_id": "placeholder",
        "article_id": "art-1",
        "sentence_index": 0,
        "codebook": "acled",
        "codebook_version": "1.0",
        "rule_id": "battles.armed_clash.clash",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "disorder_type": "Political violence",
        "cameo_code": "190",
        "actor1": "Military Forces of Syria",
        "inter1": 1,
        "actor2": "Rebels (Syria)",
        "inter2": 2,
        "interaction": "12",
        "actor1_code": "SYRMIL",
        "actor2_code": "SYRREB",
        "country": "Syria",
        "iso3": "SYR",
        "admin1": "Aleppo",
        "location": "Al Bab",
        "latitude": 36.37,
        "longitude": 37.52,
        "geo_precision": 1,
        "geonameid": 174186,
        "event_date": date(2016, 2, 10),
        "year": 2016,
        "time_precision": 1,
        "fatalities": 3,
        "source": "Made-up Wire",
        "source_url": "https://example.org/story",
        "sentence": "Army units fought rebels near Al Bab, leaving three dead.",
        "trigger": "fought",
        "trigger_start": 11,
        "trigger_end": 17,
    }
    values.update(overrides)
    return EventRow(**values)


# An event with as little as the coder can know: no actors' codes, place, date or fatalities.
SPARSE: dict[str, Any] = {
    "event_id": "sparse",
    "cameo_code": None,
    "actor1_code": None,
    "actor2_code": None,
    "actor2": None,
    "inter2": None,
    "country": None,
    "iso3": None,
    "admin1": None,
    "location": None,
    "latitude": None,
    "longitude": None,
    "geo_precision": None,
    "geonameid": None,
    "event_date": None,
    "year": None,
    "fatalities": None,
    "source_url": None,
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    rows = [
        make_row("full"),
        make_row(
            "kenya",
            event_type="Protests",
            sub_event_type="Peaceful protest",
            country="Kenya",
            iso3="KEN",
            admin1="Nairobi",
            location="Nairobi",
            event_date=date(2024, 3, 4),
            year=2024,
            fatalities=0,
            cameo_code="141",
            actor1_code="KENPRO",
        ),
        make_row(
            "retreat",
            event_type="Strategic developments",
            sub_event_type="Non-violent transfer of territory",
            cameo_code="0874",
            location="Syria",
            admin1=None,
            geo_precision=3,
            geonameid=163843,
            event_date=date(2016, 12, 31),
        ),
        make_row(**SPARSE),
    ]
    article = Article(id="art-1", text="A made-up article.")
    with Store(tmp_path / "events.duckdb") as writer:
        writer.write_coded(writer.start_run(MANIFEST), [CodedArticle(article, rows=rows)])
    with Store.open_for_query(tmp_path / "events.duckdb") as reader:
        yield reader


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def by_id(rows: list[dict[str, str]], key: str, value: str) -> dict[str, str]:
    return next(r for r in rows if r[key] == value)


def test_parquet_export_round_trips_the_events_table(store: Store, tmp_path: Path) -> None:
    result = export_events(store, "parquet", tmp_path / "events.parquet")
    assert result.rows == 4
    frame = pl.read_parquet(result.path)
    assert tuple(frame.columns) == EVENT_COLUMNS
    assert frame.sort("event_id")["cameo_code"].to_list() == ["190", "141", "0874", None]


def test_csv_export_keeps_leading_zeros_and_leaves_unknowns_empty(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    export_events(store, "csv", out)
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert by_id(rows, "event_id", "retreat")["cameo_code"] == "0874"
    assert by_id(rows, "event_id", "sparse")["fatalities"] == ""
    assert by_id(rows, "event_id", "kenya")["fatalities"] == "0"


def test_acled_export_has_acleds_31_columns_in_order_with_codes_and_region(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "acled.csv"
    assert export_events(store, "acled", out).rows == 4
    with out.open(newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    assert len(ACLED_COLUMNS) == 31
    syria = by_id(rows, "event_id_cnty", "full")
    assert syria["iso"] == "760"
    assert syria["region"] == "Middle East"
    assert syria["event_date"] == "2016-02-10"
    assert syria["notes"].startswith("Army units fought")
    assert syria["fatalities"] == "3"
    assert int(syria["timestamp"]) > 1_700_000_000
    assert by_id(rows, "event_id_cnty", "kenya")["region"] == "Eastern Africa"
    sparse = by_id(rows, "event_id_cnty", "sparse")
    for column in ("iso", "region", "latitude", "fatalities", "event_date", "admin3", "tags"):
        assert sparse[column] == "", column


def test_gdelt_export_has_61_tab_separated_columns_and_no_header_by_default(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "events.gdelt.tsv"
    export_events(store, "gdelt", out)
    lines = read_tsv(out)
    assert len(lines) == 4
    assert all(len(line) == 61 for line in lines)
    assert len(GDELT_COLUMNS) == 61


def test_gdelt_export_writes_a_header_when_asked(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export_events(store, "gdelt", out, header=True)
    assert tuple(read_tsv(out)[0]) == GDELT_COLUMNS


def test_gdelt_fields_follow_gdelt_conventions(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export_events(store, "gdelt", out, header=True)
    header, *lines = read_tsv(out)
    rows = [dict(zip(header, line, strict=True)) for line in lines]
    full = by_id(rows, "GLOBALEVENTID", str(global_event_id("full")))
    expected = {
        "SQLDATE": "20160210",
        "MonthYear": "201602",
        "Year": "2016",
        "FractionDate": fraction_date(date(2016, 2, 10)),
        "Actor1Code": "SYRMIL",
        "Actor1Name": "Military Forces of Syria",
        "Actor1CountryCode": "SYR",
        "Actor1Type1Code": "MIL",
        "Actor2Type1Code": "REB",
        "EventCode": "190",
        "EventBaseCode": "190",
        "EventRootCode": "19",
        "QuadClass": "4",
        "GoldsteinScale": "-10.0",
        "NumMentions": "1",
        "NumSources": "1",
        "NumArticles": "1",
        "ActionGeo_Type": "4",
        "ActionGeo_FullName": "Al Bab, Aleppo, Syria",
        "ActionGeo_CountryCode": "SY",
        "ActionGeo_Lat": "36.37",
        "ActionGeo_Long": "37.52",
        "ActionGeo_FeatureID": "174186",
        "SOURCEURL": "https://example.org/story",
    }
    assert {k: full[k] for k in expected} == expected
    assert len(full["DATEADDED"]) == 14 and full["DATEADDED"].isdigit()
    kenya = by_id(rows, "GLOBALEVENTID", str(global_event_id("kenya")))
    assert (kenya["EventRootCode"], kenya["QuadClass"], kenya["GoldsteinScale"]) == (
        "14",
        "4",
        "-6.5",
    )
    assert kenya["ActionGeo_Type"] == "4"
    retreat = by_id(rows, "GLOBALEVENTID", str(global_event_id("retreat")))
    assert (retreat["EventCode"], retreat["EventBaseCode"], retreat["EventRootCode"]) == (
        "0874",
        "087",
        "08",
    )
    assert (retreat["QuadClass"], retreat["FractionDate"]) == ("2", "2016.9999")
    assert (retreat["ActionGeo_Type"], retreat["ActionGeo_FullName"]) == ("1", "Syria")
    assert retreat["ActionGeo_ADM1Code"] == "SY"


def test_gdelt_fields_the_coder_does_not_produce_are_empty_never_zero(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "events.tsv"
    export_events(store, "gdelt", out, header=True)
    header, *lines = read_tsv(out)
    rows = [dict(zip(header, line, strict=True)) for line in lines]
    sparse = by_id(rows, "GLOBALEVENTID", str(global_event_id("sparse")))
    produced = {"GLOBALEVENTID", "NumMentions", "NumSources", "NumArticles", "DATEADDED"}
    produced |= {"Actor1Name"}
    for column in GDELT_COLUMNS:
        if column not in produced:
            assert sparse[column] == "", column
    for row in rows:
        for column in ("IsRootEvent", "AvgTone", "Actor1Geo_Lat", "Actor2Geo_Type"):
            assert row[column] == "", column


def test_global_event_ids_are_stable_positive_int64s() -> None:
    ids = [global_event_id(f"event-{i}") for i in range(1000)]
    assert ids[0] == global_event_id("event-0")
    assert all(0 < i < 2**63 for i in ids)
    assert len(set(ids)) == 1000


def test_an_existing_destination_is_refused_unless_overwrite(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("precious")
    with pytest.raises(UsageError, match="already exists"):
        export_events(store, "csv", out)
    assert out.read_text() == "precious"
    assert export_events(store, "csv", out, overwrite=True).rows == 4
    assert out.read_text().startswith("event_id,")


def test_a_failing_export_leaves_no_partial_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("old content")

    def fail_halfway(path: Path) -> None:
        path.write_text("half of the rows")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        write_atomically(out, fail_halfway, overwrite=True)
    assert out.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_a_failing_export_to_a_new_path_creates_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> pl.DataFrame:
        raise RuntimeError("boom")

    monkeypatch.setattr(pl.DataFrame, "write_parquet", broken)
    with pytest.raises(RuntimeError, match="boom"):
        export_events(store, "parquet", tmp_path / "out" / "events.parquet")
    assert list((tmp_path / "out").iterdir()) == []


def test_parquet_partitions_by_year_and_month_in_hive_layout(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events"
    result = export_events(store, "parquet", out, partition_by=["year", "month"])
    assert result.rows == 4
    assert (out / "year=2016" / "month=2").is_dir()
    assert (out / "year=2024" / "month=3").is_dir()
    back = pl.read_parquet(out, hive_partitioning=True)
    assert back.height == 4
    assert sorted(back.drop_nulls("year")["year"].to_list()) == [2016, 2016, 2024]


def test_parquet_partitions_by_country_and_event_type(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events"
    export_events(store, "parquet", out, partition_by=["country", "event_type"])
    assert (out / "country=Syria" / "event_type=Battles").is_dir()
    assert (out / "country=Kenya" / "event_type=Protests").is_dir()


def test_a_partitioned_export_replaces_an_old_folder_only_with_overwrite(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "events"
    out.mkdir()
    (out / "stale.parquet").write_text("old")
    with pytest.raises(UsageError):
        export_events(store, "parquet", out, partition_by=["year"])
    export_events(store, "parquet", out, partition_by=["year"], overwrite=True)
    assert not (out / "stale.parquet").exists()
    assert (out / "year=2016").is_dir()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("fmt", "partition_by", "message"),
    [
        ("xml", (), "unknown export format"),
        ("parquet", ("weekday",), "cannot partition"),
        ("csv", ("year",), "only parquet"),
    ],
)
def test_bad_export_requests_are_usage_errors(
    store: Store, tmp_path: Path, fmt: Any, partition_by: tuple[str, ...], message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        export_events(store, fmt, tmp_path / "x", partition_by=partition_by)
    assert not (tmp_path / "x").exists()


def test_acled_regions_cover_every_african_and_asian_country() -> None:
    codes = load_country_codes()
    missing = [
        iso3
        for iso3, continent in codes.continent.items()
        if continent in {"AF", "AS"} and codes.acled_region(iso3) is None
    ]
    # Only two small Indian Ocean territories have no ACLED region.
    assert set(missing) <= {"CCK", "IOT"}

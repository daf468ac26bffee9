"""Every command, once, through typer's CliRunner on the project's own sample corpus."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coder.cli import app
from coder.resources import shipped_path

runner = CliRunner()
SAMPLE = shipped_path("data", "sample", "articles.jsonl")
GOLD = Path(__file__).parent / "data" / "gold_sample.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    result = runner.invoke(
        app, ["code", str(SAMPLE), "--db", str(path), "--cache-dir", str(cache_dir)]
    )
    assert result.exit_code == 0, result.output
    return path


def test_code_reports_articles_events_and_seconds(db: Path) -> None:
    out = runner.invoke(
        app, ["query", "SELECT count(*) AS n FROM articles", "--db", str(db), "--format", "csv"]
    )
    n_articles = sum(1 for _ in SAMPLE.open(encoding="utf-8"))
    assert out.exit_code == 0, out.output
    assert out.output.strip().splitlines() == ["n", str(n_articles)]


def test_code_exits_3_and_quarantines_bad_records(tmp_path: Path, cache_dir: Path) -> None:
    src = tmp_path / "mixed.jsonl"
    good = {
        "id": "ok1",
        "text": "Police arrested two men in Nairobi on Monday.",
        "publication_date": "2024-05-08",
    }
    src.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "x", "text": ""}) + "\n")
    db = tmp_path / "q.duckdb"
    result = runner.invoke(app, ["code", str(src), "--db", str(db), "--cache-dir", str(cache_dir)])
    assert result.exit_code == 3, result.output
    assert "quarantined 2" in result.output
    out = runner.invoke(
        app,
        [
            "query",
            "SELECT line, reason FROM quarantine ORDER BY line",
            "--db",
            str(db),
            "--format",
            "json",
        ],
    )
    reasons = [json.loads(line)["reason"] for line in out.output.strip().splitlines()]
    assert len(reasons) == 2
    assert reasons[0].startswith("invalid_json")
    arts = runner.invoke(
        app, ["query", "SELECT article_id FROM articles", "--db", str(db), "--format", "csv"]
    )
    assert "ok1" in arts.output


def test_query_refuses_to_read_files_or_change_settings(db: Path) -> None:
    for sql in (
        "SELECT * FROM read_csv('/etc/passwd')",
        "SET threads = 1",
        "INSTALL spatial",
        "DELETE FROM events",
    ):
        result = runner.invoke(app, ["query", sql, "--db", str(db)])
        assert result.exit_code != 0, sql


def test_query_writes_parquet(db: Path, tmp_path: Path) -> None:
    import polars as pl

    out = tmp_path / "q.parquet"
    result = runner.invoke(
        app,
        [
            "query",
            "SELECT event_type, count(*) AS n FROM events GROUP BY 1",
            "--db",
            str(db),
            "--format",
            "parquet",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert pl.read_parquet(out)["n"].sum() > 0


def test_stats_shows_types_countries_and_months(db: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Battles" in result.output


def test_export_acled_writes_31_columns_in_acleds_order(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "acled", "--out", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert len(header) == 31
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    again = runner.invoke(app, ["export", "--db", str(db), "--format", "acled", "--out", str(out)])
    assert again.exit_code == 2


def test_export_gdelt_has_61_tab_separated_fields(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.tsv"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "--out", str(out)])
    assert result.exit_code == 0, result.output
    first = out.read_text(encoding="utf-8").splitlines()[0]
    assert len(first.split("\t")) == 61


def test_export_parquet_partitioned_by_year_and_month(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parts"
    result = runner.invoke(
        app,
        [
            "export",
            "--db",
            str(db),
            "--format",
            "parquet",
            "--out",
            str(out),
            "--partition-by",
            "year,month",
        ],
    )
    assert result.exit_code == 0, result.output
    assert any(p.name.startswith("year=") for p in out.iterdir())


def test_explain_shows_rule_and_evidence(db: Path) -> None:
    ids = runner.invoke(
        app,
        [
            "query",
            "SELECT event_id FROM events ORDER BY event_id LIMIT 1",
            "--db",
            str(db),
            "--format",
            "csv",
        ],
    )
    event_id = ids.output.strip().splitlines()[1]
    result = runner.invoke(app, ["explain", event_id, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "rule" in result.output and "evidence" in result.output


def test_code_text_prints_json_rows(cache_dir: Path) -> None:
    result = runner.invoke(
        app,
        [
            "code-text",
            "Protesters marched in Nairobi on Tuesday.",
            "--published",
            "2024-06-27",
            "--cache-dir",
            str(cache_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout.strip().splitlines()[0])
    assert row["event_type"] == "Protests"


def test_codebook_list_and_show() -> None:
    listed = runner.invoke(app, ["codebook", "list"])
    assert listed.exit_code == 0 and "acled" in listed.output
    shown = runner.invoke(app, ["codebook", "show", "acled"])
    assert shown.exit_code == 0 and "Armed clash" in shown.output


def test_codebook_check_runs_the_examples(cache_dir: Path) -> None:
    result = runner.invoke(app, ["codebook", "check", "acled", "--cache-dir", str(cache_dir)])
    assert "passed" in result.output
    assert result.exit_code in (0, 4)


def test_codebook_check_of_an_invalid_codebook_exits_4(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "types.yaml").write_text("version: 1\nevent_types: [{nonsense: true}]\n")
    result = runner.invoke(app, ["codebook", "show", str(bad)])
    assert result.exit_code == 4
    assert "error:" in result.output


def test_evaluate_prints_per_field_figures(cache_dir: Path) -> None:
    result = runner.invoke(
        app, ["evaluate", str(GOLD), "--shift-days", "3", "--cache-dir", str(cache_dir)]
    )
    assert result.exit_code == 0, result.output
    assert "event_type" in result.output and "fatalities" in result.output


def test_every_command_has_help() -> None:
    for cmd in (
        ["code"],
        ["code-text"],
        ["explain"],
        ["query"],
        ["export"],
        ["stats"],
        ["codebook", "list"],
        ["codebook", "show"],
        ["codebook", "check"],
        ["evaluate"],
        ["evaluate-geo"],
    ):
        result = runner.invoke(app, [*cmd, "--help"])
        assert result.exit_code == 0, cmd
        assert "Usage" in result.output


def test_gdelt_events_view_speaks_gdelt_and_matches_the_export(db: Path, tmp_path: Path) -> None:
    out = runner.invoke(
        app,
        [
            "query",
            "SELECT GLOBALEVENTID, SQLDATE, EventCode, EventRootCode, QuadClass, "
            "ActionGeo_CountryCode FROM gdelt_events WHERE EventCode IS NOT NULL "
            "ORDER BY GLOBALEVENTID LIMIT 1",
            "--db",
            str(db),
            "--format",
            "json",
        ],
    )
    assert out.exit_code == 0, out.output
    view = json.loads(out.output.strip().splitlines()[0])
    assert view["EventRootCode"] == view["EventCode"][:2]
    assert view["QuadClass"] in (1, 2, 3, 4)
    tsv = tmp_path / "g.tsv"
    runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "--out", str(tsv)])
    ids = {line.split("\t")[0] for line in tsv.read_text(encoding="utf-8").splitlines()}
    assert str(view["GLOBALEVENTID"]) in ids


def test_one_pass_codes_acled_and_cameo_with_plover_types(cache_dir: Path) -> None:
    result = runner.invoke(
        app,
        [
            "code-text",
            "Soldiers clashed with rebels near Goma on Tuesday.",
            "--published",
            "2024-06-27",
            "--codebook",
            "acled,cameo",
            "--cache-dir",
            str(cache_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert {r["codebook"] for r in rows} == {"acled", "cameo"}
    assert all(r["plover_type"] for r in rows)

"""`coder actors ...` through typer's CliRunner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coder.cli import app
from coder.store import Store

runner = CliRunner()
DATA = Path(__file__).parent / "data" / "petrarch"


def test_lookup_shows_name_inter_code_entry_and_reason() -> None:
    result = runner.invoke(
        app, ["actors", "lookup", "Hayat Tahrir al-Sham", "--on", "2019-05-01", "--country", "SYR"]
    )
    assert result.exit_code == 0, result.output
    assert "HTS: Hayat Tahrir al Sham" in result.output
    assert "inter   2" in result.output and "entry   hts" in result.output


def test_lookup_of_a_phrase_that_names_no_actor() -> None:
    result = runner.invoke(app, ["actors", "lookup", "the old bridge"])
    assert result.exit_code == 0 and "names no actor" in result.output


def test_lookup_rejects_a_bad_date() -> None:
    result = runner.invoke(app, ["actors", "lookup", "police", "--on", "May 2019"])
    assert result.exit_code == 2


def test_import_petrarch_writes_yaml_and_lists_skipped_lines(tmp_path: Path) -> None:
    out = tmp_path / "dict"
    result = runner.invoke(
        app, ["actors", "import-petrarch", str(DATA / "actors.txt"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert (out / "groups.yaml").is_file()
    assert "skipped line 13" in result.output
    again = runner.invoke(
        app, ["actors", "import-petrarch", str(DATA / "actors.txt"), "--out", str(out)]
    )
    assert again.exit_code == 2 and "exists" in again.output


def test_unknown_lists_phrases_without_a_dictionary_entry(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "On 3 March 2021, members of the Crimson Lantern Brotherhood shot two traders in Garissa.",
        "On 4 March 2021, Al Shabaab militants attacked a police post in Mandera.",
    ]
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        run_id = store.start_run({})
        coded = [
            coder.code_text(t, published=date(2021, 3, 6), article_id=f"a{i}")
            for i, t in enumerate(texts)
        ]
        assert store.write_coded(run_id, coded) >= 2
    result = runner.invoke(app, ["actors", "unknown", "--db", str(path), "--limit", "10"])
    assert result.exit_code == 0, result.output
    assert "Crimson Lantern Brotherhood" in result.output and "e.g. On 3 March" in result.output
    assert "Al Shabaab militants  ->" not in result.output


@pytest.mark.parametrize("cmd", ["lookup", "unknown", "import-petrarch"])
def test_every_actors_command_has_help(cmd: str) -> None:
    result = runner.invoke(app, ["actors", cmd, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output

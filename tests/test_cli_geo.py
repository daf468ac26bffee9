"""`coder geoparse` and `coder gazetteer import`, once each, through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from coder.cli import app
from coder.gazetteer import Gazetteer, cache_file_name

runner = CliRunner()
DUMPS = Path(__file__).parent / "data" / "geonames"
TEXT = (
    "Gunmen attacked a checkpoint near Kandahar on Monday. Later, residents of "
    "Herat protested in the city centre."
)


def test_geoparse_writes_one_row_per_mention_with_offsets(tmp_path: Path, cache_dir: Path) -> None:
    src = tmp_path / "articles.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": TEXT}) + "\n", encoding="utf-8")
    for name in ("places.jsonl", "places.parquet"):
        out = tmp_path / name
        result = runner.invoke(
            app, ["geoparse", str(src), "--out", str(out), "--cache-dir", str(cache_dir)]
        )
        assert result.exit_code == 0, result.output
        rows = (
            pl.read_parquet(out).to_dicts()
            if name.endswith(".parquet")
            else [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        )
        assert [r["text"] for r in rows] == ["Kandahar", "Herat"]
        assert all(TEXT[r["start"] : r["end"]] == r["text"] for r in rows)
        assert {r["iso3"] for r in rows} == {"AFG"}
        assert rows[0]["article_id"] == "a1"


def test_geoparse_rejects_an_unknown_output_format(tmp_path: Path, cache_dir: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(
        app, ["geoparse", str(src), "--out", str(tmp_path / "x.csv"), "--cache-dir", str(cache_dir)]
    )
    assert result.exit_code == 2


def test_gazetteer_import_makes_dump_villages_findable(tmp_path: Path, cache_dir: Path) -> None:
    Gazetteer.load(cache_dir)
    (tmp_path / cache_file_name()).symlink_to(cache_dir / cache_file_name())
    result = runner.invoke(
        app,
        [
            "gazetteer",
            "import",
            str(DUMPS / "SY.txt"),
            "--admin-codes",
            str(DUMPS / "admin1CodesASCII.txt"),
            "--cache-dir",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "added 4 places" in result.output
    assert Gazetteer.load(tmp_path).candidates("Khirbat Dawwarin")

"""Reading input: every supported format, and every kind of bad record quarantined with a reason."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from coder.errors import InputFileError
from coder.ingest import detect_format, read_articles
from coder.models import Article, Rejected

FIXTURES = Path(__file__).parent / "data" / "ingest"


def _articles(items: list[Article | Rejected]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def _rejected(items: list[Article | Rejected]) -> list[Rejected]:
    return [item for item in items if isinstance(item, Rejected)]


def _good(record_id: str) -> bytes:
    record = {"id": record_id, "text": f"Record {record_id} reports a march in the capital."}
    return json.dumps(record).encode("utf-8")


def _jsonl_with(tmp_path: Path, bad_line: bytes) -> Path:
    """A file with one bad line between two good ones (lines 1 and 3)."""
    path = tmp_path / "input.jsonl"
    path.write_bytes(b"\n".join([_good("before"), bad_line, _good("after")]) + b"\n")
    return path


# --- JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_records_become_articles_with_their_fields() -> None:
    items = list(read_articles([FIXTURES / "articles.jsonl"], published=date(2021, 3, 5)))

    assert _rejected(items) == []
    first, second, third = _articles(items)
    assert first.id == "a1"
    assert first.title == "March"
    assert first.url == "https://example.org/a1"
    assert first.source_name == "Example Wire"
    assert first.publication_date == date(2021, 3, 2)
    assert first.line == 1
    assert first.source_file == str(FIXTURES / "articles.jsonl")
    assert second.publication_date == date(2021, 3, 2)  # an ISO datetime keeps its date
    assert third.publication_date == date(2021, 3, 5)  # no date in the record: the argument


def test_fields_beyond_the_known_ones_are_ignored(tmp_path: Path) -> None:
    record = {
        "id": "g1",
        "text": "Militants ambushed a patrol on the coastal road.",
        "publication_date": "2020-01-09",
        "gold": {"event_date": "2020-01-08", "fatalities": 2},
        "meta": {"year": 2020, "tags": ["a", "b"]},
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")

    (article,) = list(read_articles([path]))

    assert isinstance(article, Article)
    assert article.id == "g1"
    assert article.publication_date == date(2020, 1, 9)


def test_a_single_path_is_accepted_as_well_as_a_list() -> None:
    assert len(list(read_articles(FIXTURES / "articles.jsonl"))) == 3


def test_reading_is_lazy_and_yields_records_one_at_a_time() -> None:
    stream = read_articles([FIXTURES / "articles.jsonl"])
    first = next(stream)
    assert isinstance(first, Article) and first.id == "a1"


def test_blank_lines_are_skipped_and_line_numbers_stay_one_based(tmp_path: Path) -> None:
    path = tmp_path / "gaps.jsonl"
    path.write_bytes(_good("x") + b"\n\n   \n" + _good("y") + b"\n")

    items = _articles(list(read_articles([path])))

    assert [(a.id, a.line) for a in items] == [("x", 1), ("y", 4)]


def test_a_byte_order_mark_on_the_first_line_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _good("bom") + b"\n")

    (article,) = list(read_articles([path]))

    assert isinstance(article, Article) and article.id == "bom"


@pytest.mark.parametrize(
    ("bad_line", "reason_start"),
    [
        pytest.param(b'{"id": "x", "text": ', "invalid_json: ", id="invalid_json"),
        pytest.param(b'["a", "list"]', "not_an_object: ", id="not_an_object"),
        pytest.param(b'{"id": "x", "title": "no text"}', "missing_text", id="missing_text"),
        pytest.param(b'{"id": "x", "text": "   \\n "}', "empty_text", id="empty_text"),
        pytest.param(b'{"id": "x", "text": 42}', "text_not_a_string: ", id="text_not_a_string"),
        pytest.param(
            b'{"id": "x", "text": "caf\xe9 owners protested"}', "invalid_utf8: ", id="invalid_utf8"
        ),
        pytest.param(
            b'{"id": "x", "text": "A march.", "publication_date": "last spring"}',
            "invalid_publication_date: ",
            id="invalid_publication_date",
        ),
        pytest.param(b'{"id": ["x"], "text": "A march."}', "invalid_id: ", id="invalid_id"),
    ],
)
def test_a_bad_record_is_rejected_with_its_reason_and_its_neighbours_are_read(
    tmp_path: Path, bad_line: bytes, reason_start: str
) -> None:
    path = _jsonl_with(tmp_path, bad_line)

    items = list(read_articles([path]))

    assert [a.id for a in _articles(items)] == ["before", "after"]
    (rejected,) = _rejected(items)
    assert rejected.reason.startswith(reason_start)
    assert rejected.line == 2
    assert rejected.source_file == str(path)
    assert rejected.raw


def test_invalid_json_reason_names_the_parser_message(tmp_path: Path) -> None:
    path = _jsonl_with(tmp_path, b"not json at all")

    (rejected,) = _rejected(list(read_articles([path])))

    assert rejected.reason == "invalid_json: Expecting value at column 1"


def test_the_second_record_with_an_id_is_rejected_as_a_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "dups.jsonl"
    path.write_bytes(b"\n".join([_good("a"), _good("b"), _good("a"), _good("c")]) + b"\n")

    items = list(read_articles([path]))

    assert [a.id for a in _articles(items)] == ["a", "b", "c"]
    (rejected,) = _rejected(items)
    assert rejected.reason == "duplicate_id: first seen at line 1"
    assert rejected.record_id == "a"
    assert rejected.line == 3


def test_duplicate_ids_are_detected_across_files(tmp_path: Path) -> None:
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_bytes(_good("same") + b"\n")
    second.write_bytes(_good("same") + b"\n" + _good("other") + b"\n")

    items = list(read_articles([first, second]))

    assert [a.id for a in _articles(items)] == ["same", "other"]
    (rejected,) = _rejected(items)
    assert rejected.reason == f"duplicate_id: first seen at {first} line 1"


def test_a_text_over_the_byte_limit_is_rejected(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": "é" * 60}).encode("utf-8")  # 120 bytes in UTF-8
    path = _jsonl_with(tmp_path, big)

    items = list(read_articles([path], max_text_bytes=100))

    assert [a.id for a in _articles(items)] == ["before", "after"]
    (rejected,) = _rejected(items)
    assert rejected.reason == "text_too_large: 120 bytes > 100"
    assert rejected.record_id == "big"


def test_the_raw_excerpt_of_a_rejected_record_is_at_most_300_characters(tmp_path: Path) -> None:
    path = _jsonl_with(tmp_path, b"{" + b"x" * 1000)

    (rejected,) = _rejected(list(read_articles([path])))

    assert rejected.raw is not None and len(rejected.raw) == 300


def test_a_record_without_id_gets_a_deterministic_id_from_its_text(tmp_path: Path) -> None:
    path = tmp_path / "noid.jsonl"
    path.write_text(json.dumps({"text": "Riot police fired tear gas."}) + "\n", encoding="utf-8")

    (first,) = list(read_articles([path]))
    (again,) = list(read_articles([path]))

    assert isinstance(first, Article) and isinstance(again, Article)
    assert first.id.startswith("sha:")
    assert len(first.id) == len("sha:") + 16
    assert first.id == again.id


def test_gzipped_jsonl_is_read(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(_good("z1") + b"\n" + b"{oops\n" + _good("z2") + b"\n")

    items = list(read_articles([path]))

    assert [a.id for a in _articles(items)] == ["z1", "z2"]
    assert _rejected(items)[0].reason.startswith("invalid_json")


# --- CSV, parquet, text files -------------------------------------------------------------------


def test_csv_rows_become_articles_and_bad_rows_are_rejected() -> None:
    items = list(read_articles([FIXTURES / "articles.csv"], published=date(2022, 7, 15)))

    articles = _articles(items)
    assert [a.id for a in articles] == ["c1", "c2"]
    assert articles[0].title == "Blockade"
    assert articles[0].publication_date == date(2022, 7, 14)
    assert articles[0].line == 2  # the header is line 1
    assert articles[1].title is None  # an empty cell is no value
    assert articles[1].publication_date == date(2022, 7, 15)
    reasons = {r.record_id: r.reason for r in _rejected(items)}
    assert reasons["c3"] == "empty_text"
    assert reasons["c4"].startswith("invalid_publication_date")


def test_parquet_rows_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    pl.DataFrame(
        {
            "id": ["p1", "p2", "p3"],
            "text": ["Workers went on strike at the port.", None, "Fishermen blocked a bridge."],
            "publication_date": [date(2019, 5, 1), date(2019, 5, 2), None],
        }
    ).write_parquet(path)

    items = list(read_articles([path], published=date(2019, 5, 9)))

    assert [(a.id, a.publication_date) for a in _articles(items)] == [
        ("p1", date(2019, 5, 1)),
        ("p3", date(2019, 5, 9)),
    ]
    (rejected,) = _rejected(items)
    assert (rejected.record_id, rejected.reason, rejected.line) == ("p2", "missing_text", 2)


def test_a_folder_of_text_files_gives_one_article_per_file() -> None:
    items = list(read_articles([FIXTURES / "texts"], published=date(2023, 1, 6)))

    articles = _articles(items)
    assert [a.id for a in articles] == ["strike", "vigil"]  # sorted by name; .md is skipped
    vigil = articles[1]
    assert vigil.text.startswith("Residents of the river district")
    assert vigil.text.endswith("flood.\n")  # the whole file is the text
    assert vigil.title is None
    assert vigil.publication_date == date(2023, 1, 6)


def test_a_single_text_file_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "report-17.txt"
    path.write_text("Armed men raided a village at dawn.\n", encoding="utf-8")

    (article,) = list(read_articles([path], published=date(2024, 2, 2)))

    assert isinstance(article, Article)
    assert (article.id, article.publication_date) == ("report-17", date(2024, 2, 2))


def test_a_text_file_that_is_not_utf8_is_rejected_and_the_others_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A protest in the square.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"Caf\xe9 owners protested.")
    (tmp_path / "c.txt").write_text("A strike at the mine.", encoding="utf-8")

    items = list(read_articles([tmp_path]))

    assert [a.id for a in _articles(items)] == ["a", "c"]
    assert _rejected(items)[0].reason.startswith("invalid_utf8")


def test_an_empty_text_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("  \n", encoding="utf-8")

    (rejected,) = list(read_articles([tmp_path]))

    assert isinstance(rejected, Rejected) and rejected.reason == "empty_text"


# --- formats and unreadable inputs --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.json", "jsonl"),
        ("a.JSONL", "jsonl"),
        ("a.jsonl.gz", "jsonl.gz"),
        ("a.csv", "csv"),
        ("a.parquet", "parquet"),
        ("a.txt", "txt"),
    ],
)
def test_the_format_is_detected_from_the_suffix(tmp_path: Path, name: str, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert detect_format(path) == expected


def test_a_folder_is_detected_as_a_folder_of_text_files(tmp_path: Path) -> None:
    assert detect_format(tmp_path) == "txt_dir"


def test_a_missing_file_raises_input_file_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="not found"):
        list(read_articles([tmp_path / "nowhere.jsonl"]))


def test_an_unknown_format_raises_input_file_error(tmp_path: Path) -> None:
    path = tmp_path / "articles.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(InputFileError, match="unsupported input format"):
        detect_format(path)
    with pytest.raises(InputFileError):
        list(read_articles([path]))

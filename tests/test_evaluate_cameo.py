"""CAMEO gold evaluation: reading the gold file, scoring at root and full-code level, the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coder.errors import InputFileError
from coder.evaluate_cameo import (
    CameoEvent,
    CameoGoldText,
    CameoReport,
    evaluate_cameo,
    load_cameo_gold,
    predictions_from_rows,
)
from coder.models import Article

GOLD = Path(__file__).parent / "data" / "cameo_gold.jsonl"


def _text(tid: str, *events: tuple[str, str | None, str | None]) -> CameoGoldText:
    return CameoGoldText(tid, f"text {tid}", None, tuple(CameoEvent(*e) for e in events))


def _fixed(*per_text: list[tuple[str, str | None, str | None]]):  # type: ignore[no-untyped-def]
    def predict(articles: list[Article]) -> list[list[tuple[str, str | None, str | None]]]:
        assert len(articles) == len(per_text)
        return [list(p) for p in per_text]

    return predict


def _write(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_gold_records_load_with_string_codes_and_dates(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "id": "a",
            "text": "Russian troops withdrew.",
            "publication_date": "2024-06-10",
            "gold": {"cameo_events": [{"source": "rusmil", "target": None, "eventcode": "0874"}]},
        },
        {"text": "Nothing happened.", "gold": {"cameo_events": []}},
    )
    first, second = load_cameo_gold(path)
    assert first.events == (CameoEvent("0874", "RUSMIL", None),)
    assert first.publication_date is not None and first.publication_date.isoformat() == "2024-06-10"
    assert first.events[0].root == "08"
    assert second.events == () and second.id == "cameo:2"


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"eventcode": 874}, "eventcode must be a string"),
        ({"eventcode": "87a"}, "eventcode must be a string"),
        ({"eventcode": "2501"}, "eventcode '2501' has no CAMEO root"),
        ({"eventcode": "190", "source": ""}, "source must be a CAMEO actor code"),
    ],
)
def test_a_bad_event_is_reported_with_file_and_line(
    tmp_path: Path, event: dict[str, object], message: str
) -> None:
    path = _write(
        tmp_path,
        {"text": "ok", "gold": {"cameo_events": []}},
        {"text": "bad", "gold": {"cameo_events": [event]}},
    )
    with pytest.raises(InputFileError, match=rf"gold.jsonl:2: cameo_events\[0\]: {message}"):
        load_cameo_gold(path)


def test_invalid_json_and_missing_events_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "x"\n', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"gold\.jsonl:1: invalid JSON"):
        load_cameo_gold(path)
    with pytest.raises(InputFileError, match="cameo_events"):
        load_cameo_gold(_write(tmp_path, {"text": "x", "gold": {}}))
    with pytest.raises(InputFileError, match="cannot read"):
        load_cameo_gold(tmp_path / "missing.jsonl")


def test_exact_predictions_score_one_everywhere() -> None:
    gold = [_text("1", ("0874", "RUSMIL", None)), _text("2")]
    report = evaluate_cameo(gold, _fixed([("0874", "RUSMIL", "UKR")], []))
    assert (report.root.f1, report.code.f1, report.dyad.f1) == (1.0, 1.0, 1.0)
    assert (report.n_texts, report.n_gold, report.n_predicted) == (2, 1, 1)


def test_the_right_root_with_the_wrong_code_counts_at_root_level_only() -> None:
    report = evaluate_cameo([_text("1", ("0874", None, None))], _fixed([("0871", None, None)]))
    assert (report.root.tp, report.root.fp, report.root.fn) == (1, 0, 0)
    assert (report.code.tp, report.code.fp, report.code.fn) == (0, 1, 1)
    assert report.per_root["08"].f1 == 1.0


def test_an_event_predicted_for_a_text_without_one_is_a_false_positive() -> None:
    report = evaluate_cameo([_text("1")], _fixed([("141", None, None)]))
    assert (report.root.tp, report.root.fp, report.root.fn) == (0, 1, 0)
    assert report.root.precision == 0.0 and report.root.recall == 0.0
    assert report.confusions == {("-", "14"): 1}


def test_compound_actors_are_two_gold_events_and_one_prediction_finds_one() -> None:
    gold = [_text("1", ("111", "FRA", "NER"), ("111", "DEU", "NER"))]
    report = evaluate_cameo(gold, _fixed([("111", "FRAGOV", "NER")]))
    assert (report.code.tp, report.code.fp, report.code.fn) == (1, 0, 1)
    assert report.code.precision == 1.0 and report.code.recall == 0.5


def test_dyads_agree_when_one_actor_code_extends_the_other() -> None:
    gold = [_text("1", ("190", "RUS", "UKRMIL")), _text("2", ("190", "SYRMIL", None))]
    report = evaluate_cameo(gold, _fixed([("193", "RUSMIL", "UKR")], [("190", "TURMIL", None)]))
    assert report.root.tp == 2
    assert (report.dyad.tp, report.dyad.fp, report.dyad.fn) == (1, 1, 1)


def test_a_predictor_returning_the_wrong_number_of_results_is_an_error() -> None:
    with pytest.raises(ValueError, match="1 results for 2 texts"):
        evaluate_cameo([_text("1"), _text("2")], lambda arts: [[]])


def test_the_text_report_names_the_figures_and_targets() -> None:
    report = evaluate_cameo([_text("1", ("0874", None, None))], _fixed([("0874", None, None)]))
    text = report.to_text()
    assert "root-level micro" in text and "(target 0.75)" in text
    assert "full-code micro" in text and "(target 0.55)" in text
    assert "  08 " in text


def test_the_shipped_gold_set_spans_all_roots_voices_and_negations() -> None:
    gold = load_cameo_gold(GOLD)
    assert len(gold) >= 150
    assert {e.root for g in gold for e in g.events} == {f"{i:02d}" for i in range(1, 21)}
    assert sum(1 for g in gold if not g.events) >= 10
    assert any(" by " in g.text and " were " in g.text for g in gold)  # passive voice
    assert any(len(g.events) > 1 and len({e.eventcode for e in g.events}) == 1 for g in gold)
    assert len({g.id for g in gold}) == len(gold)


def test_rows_without_a_cameo_code_are_left_out() -> None:
    class Row:
        def __init__(self, code: str | None) -> None:
            self.cameo_code, self.actor1_code, self.actor2_code = code, "A", None

    rows = [Row("0874"), Row(None)]
    assert predictions_from_rows(rows) == [("0874", "A", None)]  # type: ignore[arg-type]


@pytest.mark.slow
def test_the_real_pipeline_meets_the_targets_on_the_gold_set(cache_dir: Path) -> None:
    from coder.config import CoderConfig
    from coder.pipeline import Coder

    coder = Coder(CoderConfig(codebook="cameo", cache_dir=cache_dir))

    def predict(articles: list[Article]) -> list[list[tuple[str, str | None, str | None]]]:
        return [
            predictions_from_rows(
                coder.code_text(a.text, published=a.publication_date, article_id=a.id).rows
            )
            for a in articles
        ]

    report: CameoReport = evaluate_cameo(load_cameo_gold(GOLD), predict)
    assert report.root.f1 >= 0.75, report.to_text()
    assert report.code.f1 >= 0.55, report.to_text()

"""Specification of the evaluator: gold loading, one-to-one pairing, and every reported figure."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from coder.errors import CoderError, InputFileError
from coder.evaluate import (
    GoldEvent,
    GoldText,
    articles_for,
    evaluate,
    load_gold,
    match_text,
    max_weight_pairs,
    score,
    select_half,
)
from coder.metrics import haversine_km, normalize_admin1, normalize_name, within_km
from coder.models import Article, EventRow

GOLD_SAMPLE = Path(__file__).parent / "data" / "gold_sample.jsonl"

CLASH = ("Battles", "Armed clash")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
PROTEST = ("Protests", "Peaceful protest")


def gold_event(kind: tuple[str, str] = CLASH, **overrides: Any) -> GoldEvent:
    values: dict[str, Any] = {
        "id": "g1",
        "event_date": date(2024, 3, 5),
        "event_type": kind[0],
        "sub_event_type": kind[1],
        "actor1": "Military Forces of Syria (2000-)",
        "actor2": "Rebels (Syria)",
        "inter1": 1,
        "inter2": 2,
        "country": "Syria",
        "iso3": "SYR",
        "admin1": "Idlib",
        "location": "Saraqib",
        "latitude": 35.8623,
        "longitude": 36.8057,
        "geo_precision": 1,
        "time_precision": 1,
        "fatalities": 3,
    }
    values.update(overrides)
    return GoldEvent(**values)


def predicted_like(event: GoldEvent, **overrides: Any) -> EventRow:
    """A predicted row that agrees with the gold event on every field, unless overridden."""
    values: dict[str, Any] = {
        "event_id": f"e-{event.id}",
        "run_id": "run",
        "article_id": "a",
        "sentence_index": 0,
        "codebook": "acled",
        "codebook_version": "1",
        "rule_id": "test.rule",
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "inter1": event.inter1,
        "inter2": event.inter2,
        "country": event.country,
        "iso3": event.iso3,
        "admin1": event.admin1,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "event_date": event.event_date,
        "time_precision": event.time_precision,
        "fatalities": event.fatalities,
        "sentence": "A sentence.",
        "trigger": "clashed",
        "trigger_start": 0,
        "trigger_end": 7,
    }
    values.update(overrides)
    return EventRow(**values)


def text_of(*events: GoldEvent, key: str = "t1", position: int = 1) -> GoldText:
    return GoldText(
        key=key,
        text=f"text {key}",
        source_name="Test Wire",
        publication_date=date(2024, 3, 5),
        events=events,
        position=position,
    )


# --- pairing -------------------------------------------------------------------------------


def test_max_weight_pairs_finds_the_best_total_not_the_greedy_one() -> None:
    # Greedy would take (0, 0) = 10 and then (1, 1) = 1; the optimum crosses: 9 + 9.
    assert max_weight_pairs([[10, 9], [9, 1]]) == [(0, 1), (1, 0)]


def test_max_weight_pairs_handles_more_rows_or_more_columns() -> None:
    assert max_weight_pairs([[1, 5, 1]]) == [(0, 1)]
    assert max_weight_pairs([[1], [5], [2]]) == [(1, 0)]
    assert max_weight_pairs([]) == []


def test_two_events_on_one_text_are_paired_by_type_whatever_the_prediction_order() -> None:
    clash = gold_event(CLASH, id="g1")
    shelling = gold_event(SHELLING, id="g2", fatalities=0)
    gold = text_of(clash, shelling)
    preds = [predicted_like(shelling), predicted_like(clash)]
    outcome = match_text(gold, preds)
    assert outcome.pairs == ((0, 1), (1, 0))
    report = score([gold], [preds])
    assert report.event_type_accuracy == 1.0
    assert report.fields["fatalities"].per_gold == 1.0


def test_pairing_prefers_sub_event_type_over_date() -> None:
    gold = text_of(gold_event(SHELLING), gold_event(CLASH, id="g2"))
    shelling_wrong_date = predicted_like(gold.events[0], event_date=date(2024, 1, 1))
    # Same event type as the shelling, other sub-event type, but the right date.
    strike_right_date = predicted_like(gold.events[0], sub_event_type="Air/drone strike")
    report = score([gold], [[strike_right_date, shelling_wrong_date]])
    assert match_text(gold, [strike_right_date, shelling_wrong_date]).pairs[0] == (0, 1)
    assert report.fields["sub_event_type"].correct == 1


def test_a_wrongly_typed_prediction_still_counts_as_detected_but_not_as_event_precision() -> None:
    gold = text_of(gold_event(CLASH))
    report = score([gold], [[predicted_like(gold.events[0], event_type="Riots")]])
    assert report.detection_recall == 1.0
    assert report.detection_precision == 1.0
    assert report.event_precision == 0.0
    assert report.event_type_accuracy == 0.0


# --- headline figures ----------------------------------------------------------------------


def test_perfect_predictions_score_one_everywhere() -> None:
    gold = [text_of(gold_event(CLASH), key="t1"), text_of(gold_event(PROTEST), key="t2")]
    report = score(gold, [[predicted_like(t.events[0])] for t in gold])
    assert report.detection_recall == report.detection_precision == 1.0
    assert report.event_precision == 1.0
    assert report.sub_event_type_weighted_f1 == 1.0
    assert all(s.per_gold == 1.0 and s.among_matched == 1.0 for s in report.fields.values())


def test_one_missed_event_halves_recall_and_per_gold_figures_but_not_among_matched() -> None:
    gold = [text_of(gold_event(CLASH), key="t1"), text_of(gold_event(PROTEST), key="t2")]
    report = score(gold, [[predicted_like(gold[0].events[0])], []])
    assert report.detection_recall == 0.5
    assert report.detection_precision == 1.0
    assert report.event_type_accuracy == 0.5
    assert report.fields["event_date"].per_gold == 0.5
    assert report.fields["event_date"].among_matched == 1.0
    assert report.outcomes[1].missed == (0,)


def test_one_false_positive_lowers_precision_only() -> None:
    gold = [text_of(gold_event(CLASH))]
    extra = predicted_like(gold[0].events[0], event_type="Riots", sub_event_type="Mob violence")
    report = score(gold, [[predicted_like(gold[0].events[0]), extra]])
    assert report.detection_recall == 1.0
    assert report.detection_precision == 0.5
    assert report.event_precision == 0.5
    assert report.outcomes[0].false_positives == (1,)
    riots = next(c for c in report.event_types if c.label == "Riots")
    assert (riots.support, riots.predicted, riots.precision) == (0, 1, 0.0)


def test_weighted_f1_counts_missed_gold_events_as_wrong() -> None:
    gold = [text_of(gold_event(CLASH), key="t1"), text_of(gold_event(SHELLING), key="t2")]
    report = score(gold, [[predicted_like(gold[0].events[0])], []])
    # Armed clash F1 = 1 (support 1), Shelling F1 = 0 (support 1): weighted 0.5.
    assert report.sub_event_type_weighted_f1 == pytest.approx(0.5)
    assert report.sub_event_type_accuracy == 0.5


def test_per_class_precision_recall_f1_on_a_known_confusion() -> None:
    a1, a2 = gold_event(CLASH, id="a1"), gold_event(CLASH, id="a2")
    b = gold_event(SHELLING, id="b")
    gold = [text_of(a1, key="t1"), text_of(a2, key="t2"), text_of(b, key="t3")]
    preds = [
        [predicted_like(a1)],
        [predicted_like(a2, event_type=SHELLING[0], sub_event_type=SHELLING[1])],
        [predicted_like(b)],
    ]
    report = score(gold, preds)
    by_label = {c.label: c for c in report.sub_event_types}
    clash, shell = by_label["Armed clash"], by_label[SHELLING[1]]
    assert (clash.precision, clash.recall) == (1.0, 0.5)
    assert (shell.precision, shell.recall) == (0.5, 1.0)
    assert clash.f1 == pytest.approx(2 / 3)
    assert report.sub_event_type_weighted_f1 == pytest.approx(2 / 3)


# --- field rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("coded", "gold"),
    [
        ("Military Forces of Syria", "Military Forces of Syria (2000-)"),
        ("military forces of afghanistan", "Military Forces of Afghanistan (2014-2021)"),
        ("Al-Shabaab", "Al Shabaab"),
        ("Police Forces of Côte d'Ivoire", "Police Forces of Cote d'Ivoire"),
    ],
)
def test_normalized_actor_names_ignore_case_punctuation_accents_and_period_suffix(
    coded: str, gold: str
) -> None:
    assert normalize_name(coded) == normalize_name(gold)


def test_normalization_keeps_a_country_qualifier_in_parentheses() -> None:
    assert normalize_name("Rebels (Syria)") != normalize_name("Rebels (Iraq)")


def test_actor_figures_are_reported_normalized_and_strict() -> None:
    gold = [text_of(gold_event(CLASH))]
    pred = predicted_like(gold[0].events[0], actor1="Military Forces of Syria")
    report = score(gold, [[pred]])
    assert report.fields["actor1"].per_gold == 1.0
    assert report.fields["actor1_strict"].per_gold == 0.0


def test_missing_actor2_on_both_sides_agrees_and_null_inter_means_zero() -> None:
    gold = [text_of(gold_event(PROTEST, actor2=None, inter2=0))]
    report = score(gold, [[predicted_like(gold[0].events[0], actor2=None, inter2=None)]])
    assert report.fields["actor2"].per_gold == 1.0
    assert report.fields["inter2"].per_gold == 1.0


def test_admin1_ignores_generic_region_words() -> None:
    assert normalize_admin1("Borno State") == normalize_admin1("Borno")
    assert normalize_admin1("Kandahar Province") == normalize_admin1("kandahar")
    assert normalize_admin1("Borno") != normalize_admin1("Yobe")


def test_haversine_gives_the_known_length_of_one_degree_of_latitude() -> None:
    assert haversine_km(10.0, 20.0, 11.0, 20.0) == pytest.approx(111.2, abs=0.2)


def test_location_counts_within_25_km_and_not_beyond() -> None:
    # 0.18 degrees of latitude is about 20 km; 0.27 about 30 km.
    assert within_km(35.0, 36.0, 35.18, 36.0)
    assert not within_km(35.0, 36.0, 35.27, 36.0)
    assert not within_km(35.0, 36.0, None, None)
    event = gold_event(CLASH, latitude=35.0, longitude=36.0)
    near = score([text_of(event)], [[predicted_like(event, latitude=35.18)]])
    far = score([text_of(event)], [[predicted_like(event, latitude=35.27)]])
    assert near.fields["location"].per_gold == 1.0
    assert far.fields["location"].per_gold == 0.0


def test_a_null_fatality_count_agrees_with_a_gold_zero_only() -> None:
    zero = gold_event(CLASH, fatalities=0)
    three = gold_event(CLASH, fatalities=3)
    null_for_zero = score([text_of(zero)], [[predicted_like(zero, fatalities=None)]])
    null_for_three = score([text_of(three)], [[predicted_like(three, fatalities=None)]])
    assert null_for_zero.fields["fatalities"].correct == 1
    assert null_for_three.fields["fatalities"].correct == 0


# --- gold loading and running a predictor --------------------------------------------------


def test_fields_the_gold_source_does_not_code_are_not_scored(tmp_path: Path) -> None:
    # a CASE 2021-style record codes only the two types: its other fields are n/a, not wrong
    record = {
        "id": "c1",
        "text": "Students burned tyres outside the ministry.",
        "gold": {"event_type": "Riots", "sub_event_type": "Violent demonstration"},
    }
    path = tmp_path / "case.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [text] = load_gold(path)
    [event] = text.events
    assert event.codes("event_type") and not event.codes("actor2")
    row = predicted_like(gold_event(("Riots", "Violent demonstration")))
    report = score([text], [[row]])
    assert report.fields["sub_event_type"].among_matched == 1.0
    for name in ("actor2", "actor2_strict", "location", "event_date", "fatalities"):
        assert report.fields[name].among_matched is None
        assert report.fields[name].per_gold is None
    # a key present with a null value is coded: "no actor2" is a gold answer
    record["gold"] = {
        "event_type": "Riots",
        "sub_event_type": "Violent demonstration",
        "actor2": None,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = score(load_gold(path), [[row]])
    assert report.fields["actor2"].among_matched == 0.0


def test_a_text_with_an_empty_gold_object_reports_no_event(tmp_path: Path) -> None:
    record = {"id": "n1", "text": "The rebels threatened to attack the capital.", "gold": {}}
    path = tmp_path / "none.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [text] = load_gold(path)
    assert text.events == ()
    report = score([text], [[predicted_like(gold_event())]])
    assert (report.n_gold, report.n_pred, report.n_matched) == (0, 1, 0)
    assert report.detection_precision == 0.0


def test_load_gold_groups_records_that_share_a_text() -> None:
    gold = load_gold(GOLD_SAMPLE)
    assert len(gold) == 10
    assert sum(len(g.events) for g in gold) == 13
    assert sorted(len(g.events) for g in gold)[-2:] == [2, 3]
    assert [g.position for g in gold] == list(range(1, 11))


def test_load_gold_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    good = json.loads(GOLD_SAMPLE.read_text(encoding="utf-8").splitlines()[0])
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"gold\.jsonl:2"):
        load_gold(path)
    with pytest.raises(InputFileError):
        load_gold(tmp_path / "absent.jsonl")
    good["gold"]["fatalities"] = "many"
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"gold\.jsonl:1: bad gold value"):
        load_gold(path)


def test_shift_days_publishes_n_days_after_the_latest_gold_date() -> None:
    gold = text_of(
        gold_event(CLASH, event_date=date(2024, 3, 1)),
        gold_event(CLASH, event_date=date(2024, 3, 4)),
    )
    assert articles_for([gold])[0].publication_date == date(2024, 3, 5)
    assert articles_for([gold], shift_days=3)[0].publication_date == date(2024, 3, 7)


def test_halves_split_texts_by_odd_and_even_position() -> None:
    gold = load_gold(GOLD_SAMPLE)
    odd, even = select_half(gold, "odd"), select_half(gold, "even")
    assert [g.position for g in odd] == [1, 3, 5, 7, 9]
    assert [g.position for g in even] == [2, 4, 6, 8, 10]
    assert len(select_half(gold, "all")) == 10


def _oracle(gold: list[GoldText]) -> dict[str, GoldText]:
    return {g.key: g for g in gold}


def test_evaluate_end_to_end_with_a_perfect_predictor() -> None:
    gold = load_gold(GOLD_SAMPLE)
    by_key = _oracle(gold)

    def predict(articles: list[Article]) -> list[list[EventRow]]:
        return [[predicted_like(e) for e in reversed(by_key[a.id].events)] for a in articles]

    report = evaluate(gold, predict, shift_days=2)
    assert report.n_gold == report.n_pred == report.n_matched == 13
    assert all(s.per_gold == 1.0 for s in report.fields.values())
    assert report.settings == {"shift_days": 2, "half": "all"}


def test_evaluate_end_to_end_with_known_mistakes() -> None:
    gold = load_gold(GOLD_SAMPLE)
    by_key = _oracle(gold)

    def predict(articles: list[Article]) -> list[list[EventRow]]:
        out = []
        for a in articles:
            events = list(by_key[a.id].events)
            if len(events) == 3:
                events = events[:2]  # one missed event
            rows = [predicted_like(e) for e in events]
            if a.id == "gs:001":
                rows[0] = predicted_like(replace(events[0], event_date=date(2024, 5, 2)))
                rows.append(predicted_like(events[0], event_type="Riots"))  # a false positive
            out.append(rows)
        return out

    report = evaluate(gold, predict)
    assert (report.n_gold, report.n_pred, report.n_matched) == (13, 13, 12)
    assert report.detection_recall == pytest.approx(12 / 13)
    assert report.detection_precision == pytest.approx(12 / 13)
    assert report.event_precision == pytest.approx(12 / 13)
    assert report.fields["event_date"].per_gold == pytest.approx(11 / 13)
    assert report.fields["event_date"].among_matched == pytest.approx(11 / 12)
    text = report.to_text()
    assert "among matched" in text and "per gold" in text and "Armed clash" in text
    json.dumps(report.to_dict())


def test_a_predictor_that_returns_the_wrong_number_of_lists_is_an_error() -> None:
    gold = load_gold(GOLD_SAMPLE)
    with pytest.raises(CoderError, match="lists"):
        evaluate(gold, lambda articles: [[] for _ in articles[1:]])


def test_a_half_evaluation_only_sends_that_half_to_the_predictor() -> None:
    gold = load_gold(GOLD_SAMPLE)
    seen: list[str] = []

    def predict(articles: list[Article]) -> list[list[EventRow]]:
        seen.extend(a.id for a in articles)
        return [[] for _ in articles]

    report = evaluate(gold, predict, half="even")
    assert seen == [g.key for g in gold if g.position % 2 == 0]
    assert report.n_texts == 5 and report.detection_recall == 0.0


@pytest.mark.parametrize(
    ("name", "articles", "event_free"),
    [
        ("news_gold.jsonl", 14, 1),
        ("news_gold_2.jsonl", 14, 1),
        ("news_gold_3.jsonl", 14, 2),
        ("news_gold_4.jsonl", 12, 1),
        ("news_gold_5.jsonl", 12, 1),
        ("news_gold_6.jsonl", 15, 3),
        ("news_gold_7.jsonl", 15, 3),
        ("news_gold_8.jsonl", 15, 3),
        ("news_gold_9.jsonl", 15, 3),
        ("news_gold_10.jsonl", 15, 3),
        ("news_gold_11.jsonl", 15, 3),
        ("news_gold_12.jsonl", 15, 3),
        ("news_gold_13.jsonl", 15, 3),
        ("news_gold_14.jsonl", 15, 3),
        ("news_gold_15.jsonl", 15, 3),
        ("news_gold_16.jsonl", 15, 3),
        ("news_gold_17.jsonl", 15, 3),
        ("news_gold_18.jsonl", 15, 3),
        ("news_gold_19.jsonl", 15, 3),
        ("news_gold_20.jsonl", 15, 3),
        ("news_gold_21.jsonl", 15, 3),
        ("news_gold_22.jsonl", 15, 3),
        ("news_gold_23.jsonl", 15, 3),
        ("news_gold_24.jsonl", 15, 3),
        ("news_gold_25.jsonl", 15, 3),
        ("news_gold_26.jsonl", 15, 3),
        ("news_gold_27.jsonl", 15, 3),
        ("news_gold_28.jsonl", 15, 3),
        ("news_gold_29.jsonl", 15, 4),
        ("news_gold_30.jsonl", 15, 3),
        ("news_gold_31.jsonl", 15, 3),
        ("news_gold_32.jsonl", 15, 3),
        ("news_gold_33.jsonl", 15, 3),
    ],
)
def test_the_shipped_news_gold_loads_with_its_event_free_articles(
    name: str, articles: int, event_free: int
) -> None:
    gold = load_gold(Path(__file__).parent / "data" / name)
    assert len(gold) == articles
    assert sum(not g.events for g in gold) == event_free
    assert all(g.publication_date is not None for g in gold)
    assert all(e.event_type and e.sub_event_type for g in gold for e in g.events)

"""The geography evaluators, on small gold files written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from coder.errors import InputFileError
from coder.geo import Geocoder
from coder.geo_eval import admin_key, evaluate_geoparse, evaluate_locations, haversine_km

pytestmark = pytest.mark.slow


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_haversine_of_one_degree_of_latitude_is_about_111_km() -> None:
    assert haversine_km(10.0, 20.0, 11.0, 20.0) == pytest.approx(111.2, abs=0.5)


def test_admin_keys_ignore_affixes_and_spelling_of_spaces() -> None:
    assert admin_key("Al-Hasakeh Governorate") == admin_key("Al Hasakeh")
    assert admin_key(None) == ""


def test_geoparse_scores_found_and_missed_toponyms(
    tmp_path: Path, geocoder: Geocoder, nlp: Language
) -> None:
    text = "Floods hit Nairobi while the Blue Meadow street stayed dry."
    start = text.index("Nairobi")
    street = text.index("Blue Meadow")
    gold = {
        "toponyms": [
            {
                "start": start,
                "end": start + 7,
                "phrase": "Nairobi",
                "lat": -1.283,
                "lon": 36.817,
                "geonameid": "184745",
            },
            {
                "start": street,
                "end": street + 11,
                "phrase": "Blue Meadow",
                "lat": None,
                "lon": None,
                "geonameid": None,
            },
        ]
    }
    path = _write(tmp_path / "gold.jsonl", [{"text": text, "gold": gold}])
    figures = evaluate_geoparse(path, geocoder, nlp)
    assert figures["recall"] == 0.5
    assert figures["recall_with_coords"] == 1.0
    assert figures["within_161km"] == 1.0
    assert figures["precision"] == 1.0


def test_geoparse_counts_demonyms_as_the_corpora_do(
    tmp_path: Path, geocoder: Geocoder, nlp: Language
) -> None:
    text = "Peruvian farmers blocked the road."
    gold = {
        "toponyms": [
            {"start": 0, "end": 8, "phrase": "Peruvian", "lat": -10.0, "lon": -76.0},
        ]
    }
    path = _write(tmp_path / "gold.jsonl", [{"text": text, "gold": gold}])
    figures = evaluate_geoparse(path, geocoder, nlp)
    assert figures["recall_with_coords"] == 1.0
    assert figures["within_161km"] == 1.0


def test_locations_are_scored_per_note(tmp_path: Path, geocoder: Geocoder, nlp: Language) -> None:
    records = [
        {
            "text": "Police dispersed traders in Garissa town on Friday.",
            "gold": {
                "iso3": "KEN",
                "admin1": "Garissa",
                "latitude": -0.453,
                "longitude": 39.646,
                "geo_precision": 1,
            },
        },
        {
            "text": "Unknown men burned a truck.",
            "gold": {
                "iso3": "KEN",
                "admin1": "Nairobi",
                "latitude": -1.283,
                "longitude": 36.817,
                "geo_precision": 1,
            },
        },
    ]
    figures = evaluate_locations(_write(tmp_path / "notes.jsonl", records), geocoder, nlp)
    assert figures["n"] == 2
    assert figures["iso3"] == 0.5 and figures["located"] == 0.5
    assert figures["within_25km"] == 0.5


def test_parity_selects_odd_or_even_lines(
    tmp_path: Path, geocoder: Geocoder, nlp: Language
) -> None:
    record = {
        "text": "Nothing.",
        "gold": {
            "iso3": "KEN",
            "admin1": None,
            "latitude": None,
            "longitude": None,
            "geo_precision": 1,
        },
    }
    path = _write(tmp_path / "three.jsonl", [record, record, record])
    assert evaluate_locations(path, geocoder, nlp, parity="odd")["n"] == 2
    assert evaluate_locations(path, geocoder, nlp, parity="even")["n"] == 1


def test_a_missing_gold_file_is_an_input_error(
    tmp_path: Path, geocoder: Geocoder, nlp: Language
) -> None:
    with pytest.raises(InputFileError):
        evaluate_locations(tmp_path / "absent.jsonl", geocoder, nlp)

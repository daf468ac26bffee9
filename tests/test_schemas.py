"""The JSON Schemas committed in schema/ are the ones the pydantic models generate."""

from __future__ import annotations

import pytest

from coder.resources import shipped_path
from coder.schemas import json_schemas, render


@pytest.mark.parametrize("name", sorted(json_schemas()))
def test_committed_schema_matches_the_model(name: str) -> None:
    path = shipped_path("schema", f"{name}.schema.json")
    assert path.exists(), f"run `python -m coder.schemas schema` to write {path.name}"
    assert path.read_text(encoding="utf-8") == render(json_schemas()[name]), (
        f"{path.name} is stale: run `python -m coder.schemas schema`"
    )


def test_event_row_schema_names_the_contract_columns() -> None:
    props = json_schemas()["event_row"]["properties"]
    for column in (
        "event_id",
        "event_type",
        "sub_event_type",
        "actor1",
        "inter1",
        "iso3",
        "latitude",
        "event_date",
        "time_precision",
        "fatalities",
        "trigger_start",
    ):
        assert column in props

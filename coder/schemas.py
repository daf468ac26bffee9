"""JSON Schemas of the data contract, generated from the pydantic models.

`schema/*.schema.json` are written from here (``python -m coder.schemas``) so that editors can
validate codebook YAML as it is typed and other languages can read event rows; a test keeps the
committed files equal to the models.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel


def _models() -> dict[str, type[BaseModel]]:
    from coder.actor_dict import AgentsFile, CountriesFile, GroupsFile, OfficeholdersFile
    from coder.codebook_models import CodebookFile, CodebookManifest
    from coder.models import EventRow

    return {
        "event_row": EventRow,
        "codebook": CodebookFile,
        "codebook_manifest": CodebookManifest,
        "actors_countries": CountriesFile,
        "actors_agents": AgentsFile,
        "actors_groups": GroupsFile,
        "actors_officeholders": OfficeholdersFile,
    }


def json_schemas() -> dict[str, dict[str, Any]]:
    """Every contract schema by file stem (``schema/<stem>.schema.json``)."""
    return {name: model.model_json_schema() for name, model in _models().items()}


def render(schema: dict[str, Any]) -> str:
    """The exact text written to disk for a schema."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; returns the paths written."""
    written = []
    for name, schema in json_schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("schema")
    for p in write_schemas(target):
        sys.stdout.write(f"wrote {p}\n")

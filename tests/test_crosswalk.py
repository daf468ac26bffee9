"""The PLOVER crosswalk and the CAMEO scales: complete, unique, validated, and looked up by code."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from coder.codebook import Codebook, load_codebook
from coder.crosswalk import (
    CameoScale,
    Crosswalk,
    PloverType,
    load_crosswalk,
    load_scales,
    quad_class_of_root,
)
from coder.errors import CodebookError
from coder.resources import shipped_path

SHIPPED = shipped_path("codebooks", "plover", "crosswalk.yaml")
SHIPPED_SCALES = shipped_path("codebooks", "plover", "cameo_scales.yaml")


@pytest.fixture(scope="module")
def books() -> dict[str, Codebook]:
    return {"cameo": load_codebook("cameo"), "acled": load_codebook("acled")}


@pytest.fixture(scope="module")
def crosswalk(books: dict[str, Codebook]) -> Crosswalk:
    return load_crosswalk(codebooks=books)


def _edited(tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "crosswalk.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_cameo_codes_map_to_plover_types_and_modes(crosswalk: Crosswalk) -> None:
    assert crosswalk.plover("cameo", "0874") == PloverType(type="RETREAT", mode="withdraw")
    assert crosswalk.plover("cameo", "195") == PloverType(type="ASSAULT", mode="aerial")
    assert crosswalk.plover("cameo", "141") == PloverType(type="PROTEST", mode="demonstrate")
    assert crosswalk.plover("cameo", "057") == PloverType(type="AGREE")
    assert crosswalk.plover("cameo", "1053").type == "REQUEST"  # type: ignore[union-attr]


def test_acled_sub_event_types_map_to_plover(crosswalk: Crosswalk) -> None:
    assert crosswalk.plover("acled", "Armed clash") == PloverType(type="ASSAULT", mode="firearms")
    assert crosswalk.plover("acled", "Peaceful protest").type == "PROTEST"  # type: ignore[union-attr]
    assert crosswalk.plover("acled", "Arrests") == PloverType(type="COERCE", mode="arrest")


def test_plain_statements_have_no_plover_type(crosswalk: Crosswalk) -> None:
    assert crosswalk.plover("cameo", "010") is None


def test_unknown_taxonomy_or_code_is_a_key_error(crosswalk: Crosswalk) -> None:
    with pytest.raises(KeyError, match="taxonomy"):
        crosswalk.plover("gdelt", "010")
    with pytest.raises(KeyError, match="9999"):
        crosswalk.plover("cameo", "9999")


def test_the_sixteen_plover_types_are_declared(crosswalk: Crosswalk) -> None:
    assert set(crosswalk.types) == {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }


def test_every_code_of_both_codebooks_is_mapped(
    crosswalk: Crosswalk, books: dict[str, Codebook]
) -> None:
    cameo_codes = {s.cameo_code for s in books["cameo"].sub_event_types.values()}
    assert set(crosswalk.mappings["cameo"]) == cameo_codes
    assert set(crosswalk.mappings["acled"]) == set(books["acled"].sub_event_types)


def test_a_code_mapped_twice_is_rejected(tmp_path: Path, books: dict[str, Codebook]) -> None:
    def dup(data):  # type: ignore[no-untyped-def]
        data["mappings"]["cameo"]["entries"].append({"code": "0874", "type": "ASSAULT"})

    with pytest.raises(CodebookError, match=r"mappings -> cameo: code '0874' is mapped twice"):
        load_crosswalk(_edited(tmp_path, dup), codebooks=books)


def test_a_missing_code_is_rejected(tmp_path: Path, books: dict[str, Codebook]) -> None:
    def drop(data):  # type: ignore[no-untyped-def]
        entries = data["mappings"]["acled"]["entries"]
        data["mappings"]["acled"]["entries"] = [e for e in entries if e["code"] != "Grenade"]

    with pytest.raises(CodebookError, match=r"acled code\(s\) not mapped: Grenade"):
        load_crosswalk(_edited(tmp_path, drop), codebooks=books)


def test_a_code_unknown_to_the_codebook_is_rejected(
    tmp_path: Path, books: dict[str, Codebook]
) -> None:
    def invent(data):  # type: ignore[no-untyped-def]
        data["mappings"]["cameo"]["entries"].append({"code": "0999", "type": "AGREE"})

    with pytest.raises(CodebookError, match="not in codebook cameo: 0999"):
        load_crosswalk(_edited(tmp_path, invent), codebooks=books)


def test_completeness_can_be_skipped(tmp_path: Path) -> None:
    def drop(data):  # type: ignore[no-untyped-def]
        data["mappings"]["cameo"]["entries"] = data["mappings"]["cameo"]["entries"][:3]

    walk = load_crosswalk(_edited(tmp_path, drop), check_complete=False)
    assert len(walk.mappings["cameo"]) == 3


def test_an_unknown_type_or_undeclared_mode_is_rejected(
    tmp_path: Path, books: dict[str, Codebook]
) -> None:
    def bad_type(data):  # type: ignore[no-untyped-def]
        data["mappings"]["cameo"]["entries"][0] = {"code": "010", "type": "GOSSIP"}

    def bad_mode(data):  # type: ignore[no-untyped-def]
        data["mappings"]["cameo"]["entries"][0] = {"code": "010", "type": "AGREE", "mode": "x"}

    with pytest.raises(CodebookError, match="unknown PLOVER type 'GOSSIP'"):
        load_crosswalk(_edited(tmp_path, bad_type), codebooks=books)
    with pytest.raises(CodebookError, match="mode 'x' is not declared for AGREE"):
        load_crosswalk(_edited(tmp_path, bad_mode), codebooks=books)


def test_a_repeated_yaml_key_is_rejected_not_silently_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "cameo_scales.yaml"
    path.write_text(
        'version: "1"\nscales:\n  "010": {goldstein: 0, quad_class: 1}\n'
        '  "010": {goldstein: 1, quad_class: 1}\n',
        encoding="utf-8",
    )
    with pytest.raises(CodebookError, match="duplicate key '010'"):
        load_scales(path)


def test_unknown_fields_are_rejected_with_their_place(tmp_path: Path) -> None:
    def extra(data):  # type: ignore[no-untyped-def]
        data["mappings"]["cameo"]["entries"][0]["colour"] = "red"

    with pytest.raises(CodebookError, match=r"crosswalk.yaml: mappings -> cameo -> entries -> 0"):
        load_crosswalk(_edited(tmp_path, extra), check_complete=False)


def test_every_cameo_code_has_a_scale(books: dict[str, Codebook]) -> None:
    scales = load_scales(codebook=books["cameo"])
    for sub in books["cameo"].sub_event_types.values():
        assert isinstance(scales[sub.cameo_code or ""], CameoScale)
    assert scales["0874"] == CameoScale(goldstein=10.0, quad_class=2)
    assert scales["190"].quad_class == 4 and scales["190"].goldstein == -10.0
    assert scales["01"].quad_class == 1


@pytest.mark.parametrize(
    ("code", "quad"),
    [
        ("010", 1),
        ("057", 1),
        ("0611", 2),
        ("0874", 2),
        ("094", 3),
        ("139", 3),
        ("141", 4),
        ("2042", 4),
    ],
)
def test_quad_class_follows_the_root(code: str, quad: int) -> None:
    assert quad_class_of_root(code) == quad


def test_a_quad_class_that_contradicts_the_root_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cameo_scales.yaml"
    text = SHIPPED_SCALES.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            '"0874": {goldstein: 10.0, quad_class: 2}', '"0874": {goldstein: 10.0, quad_class: 4}'
        ),
        encoding="utf-8",
    )
    with pytest.raises(CodebookError, match="0874: quad_class 4 contradicts its root"):
        load_scales(path)


def test_a_code_without_a_scale_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cameo_scales.yaml"
    lines = SHIPPED_SCALES.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(x for x in lines if not x.startswith('  "1823"')), encoding="utf-8")
    with pytest.raises(CodebookError, match="have no scale: 1823"):
        load_scales(path)


def test_goldstein_out_of_range_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cameo_scales.yaml"
    path.write_text(
        'version: "1"\nscales:\n  "010": {goldstein: 11, quad_class: 1}\n', encoding="utf-8"
    )
    with pytest.raises(CodebookError, match="scales -> 010 -> goldstein"):
        load_scales(path)

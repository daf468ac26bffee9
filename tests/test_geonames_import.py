"""Importing a GeoNames dump: villages missing from the embedded index become findable."""

from __future__ import annotations

from pathlib import Path

import pytest

from coder.errors import InputFileError
from coder.gazetteer import Gazetteer, cache_file_name
from coder.geonames_import import import_geonames, import_path, read_admin1_codes

DUMPS = Path(__file__).parent / "data" / "geonames"


@pytest.fixture()
def fresh_cache(cache_dir: Path, tmp_path: Path) -> Path:
    """A cache folder holding the shared embedded index (linked, not rebuilt) and no imports."""
    Gazetteer.load(cache_dir)  # make sure the shared index exists
    (tmp_path / cache_file_name()).symlink_to(cache_dir / cache_file_name())
    return tmp_path


def _import(folder: Path, *, codes: bool = True) -> Gazetteer:
    import_geonames(
        DUMPS / "SY.txt",
        folder,
        base=Gazetteer.load(folder),
        admin_codes=DUMPS / "admin1CodesASCII.txt" if codes else None,
    )
    return Gazetteer.load(folder)


def test_admin1_codes_map_to_acled_names() -> None:
    codes = read_admin1_codes(DUMPS / "admin1CodesASCII.txt")
    assert codes[("SY", "12")] == "Idleb"
    assert codes[("SY", "09")] == "Aleppo"


def test_a_village_absent_from_the_embedded_index_is_found_after_import(fresh_cache: Path) -> None:
    assert not Gazetteer.load(fresh_cache).candidates("Tall Qarmazin")
    gaz = _import(fresh_cache)
    rows = gaz.candidates("Tall Qarmazin")
    assert len(rows) == 1
    place = gaz.place(rows[0])
    assert (place.iso3, place.admin1, place.geonameid) == ("SYR", "Idleb", 99000001)
    assert place.latitude == pytest.approx(35.9412)
    assert gaz.candidates("Kafr Nweira"), "alternate names are indexed too"
    assert gaz.place(gaz.candidates("Kafr Nweira")[0]).admin1 == "Aleppo"


def test_only_populated_places_are_imported(fresh_cache: Path) -> None:
    gaz = _import(fresh_cache)
    assert gaz.candidates("Ayn Sulaymiyah"), "PPLX is a populated place"
    assert not gaz.candidates("Wadi Dawwarin"), "a stream is not"
    assert not gaz.candidates("Jabal Zummar"), "nor a mountain"


def test_without_admin_codes_the_nearest_known_town_gives_admin1(fresh_cache: Path) -> None:
    gaz = _import(fresh_cache, codes=False)
    assert gaz.place(gaz.candidates("Khirbat Dawwarin")[0]).admin1 == "Idleb"


def test_importing_twice_stores_each_place_once(fresh_cache: Path) -> None:
    _import(fresh_cache)
    summary = import_geonames(DUMPS / "SY.txt", fresh_cache, base=Gazetteer.load(fresh_cache))
    assert summary.added == 0
    assert summary.total == 4
    assert import_path(fresh_cache).is_file()


def test_a_malformed_dump_line_is_an_input_error(fresh_cache: Path) -> None:
    with pytest.raises(InputFileError, match="line 1"):
        import_geonames(DUMPS / "bad.txt", fresh_cache, base=Gazetteer.load(fresh_cache))

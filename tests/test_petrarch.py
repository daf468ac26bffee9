"""Specification of the PETRARCH/TABARI dictionary import (small dictionaries written for it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coder.actors import load_actors
from coder.errors import UsageError
from coder.petrarch import DatedCode, import_petrarch, parse_date, parse_dictionary

DATA = Path(__file__).parent / "data" / "petrarch"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("150701", date(2015, 7, 1)),
        ("391231", date(2039, 12, 31)),
        ("400101", date(1940, 1, 1)),
        ("20190630", date(2019, 6, 30)),
    ],
)
def test_dates_are_yymmdd_with_a_pivot_or_yyyymmdd(text: str, day: date) -> None:
    assert parse_date(text) == day


def test_an_entry_has_its_name_aliases_and_dated_codes() -> None:
    entries, skipped = parse_dictionary((DATA / "actors.txt").read_text())
    quill = next(e for e in entries if e.names[0] == "JOHN QUILL")
    assert quill.names == ("JOHN QUILL", "QUILL")
    assert quill.codes == (
        DatedCode("SYRELI", to=date(2015, 6, 30)),
        DatedCode("SYRGOV", from_=date(2015, 7, 1), to=date(2019, 6, 30)),
        DatedCode("SYRELI"),
    )
    brigade = next(e for e in entries if e.names[0] == "RIVER BRIGADE")
    assert brigade.codes == (DatedCode("KENMIL", from_=date(2020, 1, 1)),)
    assert skipped == []


def test_comments_and_unreadable_codes_are_reported_not_coded() -> None:
    text = "# only a comment\nALPHA_GROUP_ [XYZREB 151301-160101]  # month 13\nBETA_ [IGOUNO]\n"
    entries, skipped = parse_dictionary(text)
    assert [e.names[0] for e in entries] == ["BETA"]
    assert skipped and skipped[0][0] == 2 and "151301" in skipped[0][1]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("petrarch") / "dict"
    report = import_petrarch(DATA / "actors.txt", out)
    assert report.path == out / "groups.yaml"
    assert dict(report.skipped) == {
        13: "'KENYA' names a country (countries.yaml)",
        15: "'ORPHAN CODE WITHOUT DATE' has no code",
    }
    return out


def test_an_imported_actors_dictionary_loads_and_resolves_aliases(imported: Path) -> None:
    actors = load_actors(imported)
    ref = actors.resolve("NLF fighters", on=date(2021, 1, 1), country_iso3="KEN")
    assert ref is not None and (ref.name, ref.inter) == ("Northland Liberation Front", 2)
    assert ref.entry_id == "northland_liberation_front"


@pytest.mark.parametrize(
    ("on", "code", "inter"),
    [
        (date(2014, 1, 1), "SYRELI", 7),
        (date(2017, 1, 1), "SYRGOV", 1),
        (date(2021, 1, 1), "SYRELI", 7),
    ],
)
def test_dated_codes_become_a_chain_that_follows_the_event_date(
    imported: Path, on: date, code: str, inter: int
) -> None:
    ref = load_actors(imported).resolve("Quill", on=on, country_iso3="SYR")
    assert ref is not None and (ref.code, ref.inter, ref.name) == (code, inter, "John Quill")


def test_an_existing_file_is_kept_unless_forced(imported: Path) -> None:
    with pytest.raises(UsageError, match="exists"):
        import_petrarch(DATA / "actors.txt", imported)
    assert import_petrarch(DATA / "actors.txt", imported, force=True).written == 6


def test_an_agents_dictionary_becomes_one_agent_per_code_with_plurals(tmp_path: Path) -> None:
    report = import_petrarch(DATA / "agents.txt", tmp_path, kind="agents")
    actors = load_actors(tmp_path)
    police = actors.resolve("two constables", on=date(2020, 5, 1), country_iso3="KEN")
    assert police is not None and police.name.startswith("Police Forces of Kenya")
    irregular = actors.resolve("policemen", on=date(2020, 5, 1), country_iso3="KEN")
    assert irregular is not None and irregular.inter == 1
    ferry = actors.resolve("ferry operators", on=date(2020, 5, 1), country_iso3="KEN")
    assert ferry is not None and (ferry.name, ferry.inter) == ("Civilians (Kenya)", 7)
    assert report.written == 4

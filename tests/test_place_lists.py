"""One event per place when a sentence lists several places for it (coder.place_lists)."""

from __future__ import annotations

from datetime import date

import pytest

from coder.models import Fatalities, Place, TextSpan
from coder.pipeline import Coder
from coder.place_lists import listed_places, split_deaths


def _sentence(text: str) -> TextSpan:
    return TextSpan(0, len(text), text)


def _place(text: str, name: str, feature: str = "PPL", *, at: int = 0, **kw: object) -> Place:
    start = text.index(name, at)
    return Place(
        name=name,
        latitude=float(len(name)),
        longitude=float(start),
        country=None,
        iso3=str(kw.get("iso3", "SOM")),
        admin1=kw.get("admin1"),  # type: ignore[arg-type]
        feature_code=feature,
        span=TextSpan(start, start + len(name), name),
        reason=f"{feature}",
    )


def test_a_list_of_towns_gives_each_town() -> None:
    text = "Clashes broke out in Kismayo, Baidoa and Jowhar on Monday."
    towns = [_place(text, n) for n in ("Kismayo", "Baidoa", "Jowhar")]
    assert [p.name for p in listed_places(_sentence(text), towns[0], towns)] == [
        "Kismayo",
        "Baidoa",
        "Jowhar",
    ]


def test_items_with_their_own_notes_give_each_item() -> None:
    text = "Shells fell on Nihm town (Nihm, Sanaa) and Tabbat al Jamal hill (Raghwan, Marib)."
    mentions = [
        _place(text, "Nihm"),
        _place(text, "Nihm", "ADM2", at=text.index("("), admin1="Sanaa"),
        _place(text, "Sanaa", "ADM1", admin1="Sanaa"),
        _place(text, "Raghwan", "ADM2", admin1="Marib"),
        _place(text, "Marib", "ADM1", admin1="Marib"),
    ]
    listed = listed_places(_sentence(text), mentions[0], mentions)
    assert [p.name for p in listed] == ["Nihm", "Raghwan"]
    assert listed[1].geo_precision == 2  # the unknown hill, near its district seat


def test_the_country_after_a_town_is_no_second_place() -> None:
    text = "Police arrested five men in Garissa, Kenya on Monday."
    town, country = _place(text, "Garissa", iso3="KEN"), _place(text, "Kenya", "PCLI", iso3="KEN")
    assert listed_places(_sentence(text), town, [town, country]) == [town]


def test_the_district_after_a_town_is_where_the_town_lies() -> None:
    text = "Gunmen attacked Tokoro, Kouande on Monday."
    town = _place(text, "Tokoro", admin1="Atacora")
    district = _place(text, "Kouande", "ADM2", admin1="Atacora")
    assert listed_places(_sentence(text), town, [town, district]) == [town]


def test_a_place_outside_the_list_is_no_second_place() -> None:
    text = "Rebels attacked Sake and then withdrew toward Goma."
    sake, goma = _place(text, "Sake"), _place(text, "Goma")
    assert listed_places(_sentence(text), sake, [sake, goma]) == [sake]


def test_a_death_toll_is_divided_among_the_places() -> None:
    dead = Fatalities(7, TextSpan(0, 9, "killing 7"), "deaths reported")
    assert [f.count for f in split_deaths(dead, 3)] == [3, 2, 2]
    assert split_deaths(Fatalities(None, None, "none"), 2)[1].count is None


@pytest.mark.slow
def test_a_clash_in_three_towns_is_three_clashes(coder: Coder) -> None:
    rows = coder.code_text(
        "Government troops clashed with Al Shabaab fighters in Kismayo, Baidoa and Jowhar on "
        "Monday, killing seven people.",
        published=date(2023, 3, 17),
    ).rows
    assert sorted((r.location, r.fatalities) for r in rows) == [
        ("Baidoa", 2),
        ("Jawhar", 2),
        ("Kismayo", 3),
    ]
    assert len({r.event_id for r in rows}) == 3


def test_a_list_that_says_where_the_actors_work_is_one_event() -> None:
    text = "Cleaners employed by public agencies in Sousse, Monastir and Mahdia rallied in Tunis."
    towns = [_place(text, n, iso3="TUN") for n in ("Sousse", "Monastir", "Mahdia")]
    assert [p.name for p in listed_places(_sentence(text), towns[0], towns)] == ["Sousse"]

"""Country hints read off the national groups an article names."""

from __future__ import annotations

import pytest

from coder.actors import ActorDictionary, load_actors


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_actors()


def test_a_national_party_or_militia_hints_its_country(actors: ActorDictionary) -> None:
    text = "ODM supporters clashed with members of the Mungiki after a rally."
    assert actors.national_group_countries(text) == ["KEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab fighters attacked a police post.",
        "Islamic State claimed the bombing of a checkpoint.",
        "Residents protested outside a school.",
    ],
)
def test_rebel_and_transnational_groups_hint_no_country(actors: ActorDictionary, text: str) -> None:
    assert actors.national_group_countries(text) == []


@pytest.mark.parametrize(
    ("text", "hints"),
    [
        ("Turkana raiders drove off 200 goats overnight.", ["KEN"]),
        ("Dinka youths burned huts after a cattle raid.", ["SSD"]),
        ("Luhya and Kalenjin farmers fought over a boundary.", ["KEN"]),
    ],
)
def test_a_people_living_in_one_country_hints_that_country(
    actors: ActorDictionary, text: str, hints: list[str]
) -> None:
    assert actors.national_group_countries(text) == hints


@pytest.mark.parametrize(
    "text",
    ["Fulani herders clashed with farmers.", "Maasai morans blocked the road to the market."],
)
def test_a_people_of_several_countries_hints_none(actors: ActorDictionary, text: str) -> None:
    assert actors.national_group_countries(text) == []

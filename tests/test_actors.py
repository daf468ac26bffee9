"""Specification of the actors stage: actor phrases resolve to ACLED-style actors."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from coder.actors import ActorDictionary, load_actors
from coder.errors import CodebookError
from coder.models import ActorResolver
from coder.resources import shipped_path

D2020 = date(2020, 5, 1)


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_actors()


@pytest.mark.parametrize(
    ("phrase", "on", "country", "name", "inter"),
    [
        ("Syrian government forces", D2020, "SYR", "Military Forces of Syria (2000-)", 1),
        ("Assad's forces", D2020, "SYR", "Military Forces of Syria (2000-)", 1),
        ("Russian aircraft", D2020, "SYR", "Military Forces of Russia (2000-)", 8),
        ("unidentified gunmen", D2020, "NGA", "Unidentified Armed Group (Nigeria)", 3),
        ("a mob", D2020, "BGD", "Rioters (Bangladesh)", 5),
        (
            "25 Afghan soldiers",
            date(2020, 3, 1),
            "AFG",
            "Military Forces of Afghanistan (2014-)",
            1,
        ),
        ("police", D2020, "KEN", "Police Forces of Kenya (2013-)", 1),
        ("IS fighters", D2020, "AFG", "Islamic State (Afghanistan)", 2),
        ("the Taliban", D2020, "AFG", "Taliban", 2),
        ("residents of the village", D2020, "SOM", "Civilians (Somalia)", 7),
        ("President Bashar al-Assad", date(2015, 6, 1), None, "Government of Syria (2000-)", 1),
        ("Al Shabaab militants", date(2025, 4, 1), "KEN", "Al Shabaab", 2),
        ("protesters", D2020, "KEN", "Protesters (Kenya)", 6),
        ("dozens of demonstrators", D2020, "LBN", "Protesters (Lebanon)", 6),
        ("hundreds of angry villagers", D2020, "BEN", "Rioters (Benin)", 5),
        ("three journalists", D2020, "MEX", "Civilians (Mexico)", 7),
        (
            "Kenyan police officers",
            date(2010, 1, 5),
            "KEN",
            "Police Forces of Kenya (2002-)",
            1,
        ),
        ("US troops", date(2025, 6, 1), "SOM", "Military Forces of the United States (2025-)", 8),
        ("Israeli soldiers", date(2023, 2, 1), "PSE", "Military Forces of Israel (2022-)", 8),
        ("Islamic State militants", D2020, "NGA", "Islamic State (West Africa)", 2),
        ("Islamic State militants", D2020, "SOM", "Islamic State Somalia Province", 2),
        ("Islamic State militants", D2020, "IRQ", "Islamic State (Iraq)", 2),
        (
            "Houthi rebels",
            D2020,
            "YEM",
            "Military Forces of Yemen (2016-) Supreme Political Council",
            1,
        ),
        ("Fulani herdsmen", D2020, "NGA", "Fulani Ethnic Militia (Nigeria)", 4),
        ("Abgal clan militia", D2020, "SOM", "Hawiye-Abgal Sub-Clan Militia (Somalia)", 4),
        ("BNP supporters", D2020, "BGD", "Rioters (Bangladesh)", 5),
        ("Awami League demonstrators", D2020, "BGD", "Protesters (Bangladesh)", 6),
        ("Saudi-led coalition warplanes", D2020, "YEM", "Operation Restoring Hope", 8),
        ("drones", D2020, "SYR", "Unidentified Military Forces", 8),
        ("unknown individuals", D2020, "BEN", "Unidentified Armed Group (Benin)", 3),
        ("a confederation of jihadi groups", D2020, "SYR", "Unidentified Armed Group (Syria)", 3),
        ("the Pokot", D2020, "KEN", "Pokot Ethnic Militia (Kenya)", 4),
        ("Pokot villagers", D2020, "KEN", "Civilians (Kenya)", 7),
        ("Artsakh troops", D2020, "AZE", "Military Forces of Artsakh (2007-)", 1),
        ("Somaliland police", date(2025, 6, 1), "SOM", "Police Forces of Somaliland (2024-)", 1),
        ("Kenyan security forces", D2020, "KEN", "Military Forces of Kenya (2013-)", 1),
        ("international forces", D2020, "SOM", "Unidentified Military Forces", 8),
        ("foreign troops", D2020, "MLI", "Unidentified Military Forces", 8),
        (
            "UPDF troops",
            date(2025, 3, 1),
            "SOM",
            "AUSSOM: Africa Union Support and Stabilisation Mission in Somalia (2025-) (Uganda)",
            8,
        ),
        (
            "AUSSOM BNDF troops",
            date(2025, 3, 1),
            "SOM",
            "AUSSOM: Africa Union Support and Stabilisation Mission in Somalia (2025-) (Burundi)",
            8,
        ),
        ("Ugandan soldiers", D2020, "UGA", "Military Forces of Uganda (1986-)", 1),
        ("the Awami League government", D2020, "BGD", "Government of Bangladesh (2009-)", 1),
        ("two suspected thieves", D2020, "KEN", "Civilians (Kenya)", 7),
        ("supporters of President Jair Bolsonaro", D2020, "BRA", "Rioters (Brazil)", 5),
        ("Merile raiders", D2020, "ETH", "Merrile Ethnic Militia (Ethiopia)", 4),
        ("Arbaki militiamen", D2020, "AFG", "Militia (Pro-Government)", 3),
        (
            "NDS forces",
            D2020,
            "AFG",
            "Police Forces of Afghanistan (2014-) National Directorate of Security",
            1,
        ),
    ],
)
def test_an_actor_phrase_resolves_to_its_acled_name_and_inter(
    actors: ActorDictionary, phrase: str, on: date, country: str | None, name: str, inter: int
) -> None:
    ref = actors.resolve(phrase, on=on, country_iso3=country)
    assert ref is not None
    assert (ref.name, ref.inter) == (name, inter)


@pytest.mark.parametrize(
    "phrase",
    ["the city", "a car", "the road", "heavy rain", "this is it", "", "a Fulani camp"],
)
def test_a_phrase_that_names_no_actor_resolves_to_none(
    actors: ActorDictionary, phrase: str
) -> None:
    assert actors.resolve(phrase, on=D2020, country_iso3="SYR") is None


@pytest.mark.parametrize(
    "phrase",
    [
        "the arrest of two retired army officers",
        "the government's decision",
        "the office of the district administration",
        "several houses in the village",
    ],
)
def test_a_deed_the_states_offices_or_unowned_property_name_no_actor(
    actors: ActorDictionary, phrase: str
) -> None:
    assert actors.resolve(phrase, on=D2020, country_iso3="BGD") is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the residence of a ruling party leader", "Civilians (Bangladesh)"),
        ("the homes of two suspected thieves", "Civilians (Bangladesh)"),
        ("the headquarters of Al Shabaab", "Al Shabaab"),
    ],
)
def test_property_stands_for_its_owner_people_as_civilians(
    actors: ActorDictionary, phrase: str, name: str
) -> None:
    ref = actors.resolve(phrase, on=D2020, country_iso3="BGD")
    assert ref is not None and ref.name == name


def test_property_named_after_an_actor_is_that_actors(actors: ActorDictionary) -> None:
    ref = actors.resolve("the police camp", on=D2020, country_iso3="KEN")
    assert ref is not None and ref.name == "Police Forces of Kenya (2013-)"


def test_an_attack_of_forces_names_the_forces(actors: ActorDictionary) -> None:
    ref = actors.resolve("renewed attacks of Kenyan troops", on=D2020, country_iso3="SOM")
    assert ref is not None and ref.name == "Military Forces of Kenya (2013-)"


def test_a_group_named_after_anti_is_the_actors_enemy(actors: ActorDictionary) -> None:
    anti = actors.resolve("anti-Houthi forces", on=D2020, country_iso3="YEM")
    pro = actors.resolve("pro-Houthi forces", on=D2020, country_iso3="YEM")
    assert anti is not None and anti.name == "Military Forces of Yemen (2012-)"
    assert pro is not None and pro.name.endswith("Supreme Political Council")


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("Kenyan protesters", "UGA", "Protesters (Uganda)"),
        ("Palestinian demonstrators", "JOR", "Protesters (Jordan)"),
        ("supporters of the ruling Congress party", "SDN", "Rioters (Sudan)"),
        ("Ethiopian refugees", "KEN", "Civilians (Ethiopia)"),
    ],
)
def test_protesters_and_rioters_are_named_after_the_country_they_act_in(
    actors: ActorDictionary, phrase: str, country: str, name: str
) -> None:
    ref = actors.resolve(phrase, on=D2020, country_iso3=country)
    assert ref is not None and ref.name == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Abgal Wacaysle sub-clan militia", "Hawiye-Abgal-Wacaysle Sub-Clan Militia (Somalia)"),
        ("a Darod-Reer Nuur sub-clan militia", "Darod-Reer Nuur Sub-Clan Militia (Somalia)"),
        ("Ayr Ayanle clan fighters", "Hawiye-Habar Gedir-Ayr-Ayanle Sub-Clan Militia (Somalia)"),
        ("Abgal clan militia in Mogadishu", "Hawiye-Abgal Sub-Clan Militia (Somalia)"),
        ("Elay clansmen of the Rahanweyn", "Rahanweyn-Mirifle-Elay Sub-Clan Militia (Somalia)"),
        ("Marehan Reer Dini sub-clan", "Darod-Marehan-Reer Dini Sub-Clan Militia (Somalia)"),
    ],
)
def test_a_clan_lineage_written_in_the_phrase_extends_the_clan_name(
    actors: ActorDictionary, phrase: str, name: str
) -> None:
    ref = actors.resolve(phrase, on=D2020, country_iso3="SOM")
    assert ref is not None and (ref.name, ref.inter) == (name, 4)


@pytest.mark.parametrize(
    ("on", "country", "name", "inter"),
    [
        (D2020, "YEM", "Operation Restoring Hope", 8),
        (D2020, "SAU", "Military Forces of Saudi Arabia (2015-)", 1),
        (date(2014, 5, 1), "YEM", "Military Forces of Saudi Arabia (2015-)", 8),
    ],
)
def test_a_group_bound_to_a_country_and_dates_applies_only_there_and_then(
    actors: ActorDictionary, on: date, country: str, name: str, inter: int
) -> None:
    ref = actors.resolve("Saudi warplanes", on=on, country_iso3=country)
    assert ref is not None and (ref.name, ref.inter) == (name, inter)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("members of a savings cooperative", "Civilians (Kenya)"),
        ("members of the security forces", "Military Forces of Kenya (2013-)"),
        ("ODM members", "Rioters (Kenya)"),
    ],
)
def test_members_of_a_body_are_its_people_unless_the_body_is_an_actor(
    actors: ActorDictionary, phrase: str, name: str
) -> None:
    ref = actors.resolve(phrase, on=D2020, country_iso3="KEN")
    assert ref is not None and ref.name == name


@pytest.mark.parametrize(
    ("country", "name"),
    [("MEX", "Unidentified Gang (Mexico)"), ("KEN", "Unidentified Armed Group (Kenya)")],
)
def test_an_agent_takes_a_countrys_own_naming_convention(
    actors: ActorDictionary, country: str, name: str
) -> None:
    ref = actors.resolve("a gang of robbers", on=D2020, country_iso3=country)
    assert ref is not None and (ref.name, ref.inter) == (name, 3)


def test_armed_groups_named_in_a_sentence_are_listed_once_in_order(
    actors: ActorDictionary,
) -> None:
    sentence = (
        "A roadside bomb planted by al-Shabaab hit a convoy of Kenyan troops; Al Shabaab and "
        "later ISIS claimed it, while anti-Taliban elders and the ODM condemned it."
    )
    found = actors.armed_groups_in(sentence, on=D2020, country_iso3="SOM")
    assert [r.name for r in found] == ["Al Shabaab", "Islamic State Somalia Province"]


def test_foreign_nationals_are_civilians_of_their_country(actors: ActorDictionary) -> None:
    ref = actors.resolve("a group of Chinese nationals", on=D2020, country_iso3="ZMB")
    assert ref is not None and (ref.name, ref.inter) == ("Civilians (China)", 7)


def test_the_dictionary_satisfies_the_resolver_protocol(actors: ActorDictionary) -> None:
    resolver: ActorResolver = actors
    assert resolver.resolve("soldiers", country_iso3="SYR") is not None


def test_a_country_named_in_the_phrase_wins_over_the_event_country(actors: ActorDictionary) -> None:
    ref = actors.resolve("Syrian refugees", on=D2020, country_iso3="LBN")
    assert ref is not None and ref.name == "Civilians (Syria)" and ref.iso3 == "SYR"


def test_an_agent_without_any_country_still_gives_its_name_and_inter(
    actors: ActorDictionary,
) -> None:
    ref = actors.resolve("civilians")
    assert ref is not None
    assert (ref.name, ref.inter, ref.iso3, ref.entry_id) == ("Civilians", 7, None, None)


def test_state_forces_get_cameo_style_codes(actors: ActorDictionary) -> None:
    army = actors.resolve("Syrian army", on=D2020)
    police = actors.resolve("Russian police", on=D2020)
    assert army is not None and army.code == "SYRMIL"
    assert police is not None and police.code == "RUSCOP"


@pytest.mark.parametrize(
    ("phrase", "on", "name", "entry_id"),
    [
        ("Nusra Front fighters", date(2015, 3, 1), "Jabhat al Nusra", "nusra"),
        ("JFS", date(2016, 9, 1), "JFS: Jabhat Fath al Sham", "jfs"),
        ("JFS", date(2017, 6, 1), "HTS: Hayat Tahrir al Sham", "hts"),
        ("the Nusra Front", date(2018, 1, 1), "HTS: Hayat Tahrir al Sham", "hts"),
        ("HTS", date(2016, 1, 1), "Jabhat al Nusra", "nusra"),
        (
            "the Taliban",
            date(2023, 3, 1),
            "Military Forces of Afghanistan (2021-)",
            "afg_taliban_state",
        ),
        (
            "AU troops",
            date(2019, 1, 1),
            "AMISOM: African Union Mission in Somalia (2007-2022)",
            "amisom",
        ),
        (
            "AU troops",
            date(2025, 6, 1),
            "AUSSOM: Africa Union Support and Stabilisation Mission in Somalia (2025-)",
            "aussom",
        ),
    ],
)
def test_date_bounded_groups_follow_their_renaming_chain(
    actors: ActorDictionary, phrase: str, on: date, name: str, entry_id: str
) -> None:
    ref = actors.resolve(phrase, on=on, country_iso3="SYR" if "troops" not in phrase else "SOM")
    assert ref is not None and (ref.name, ref.entry_id) == (name, entry_id)


def test_the_reason_names_the_alias_and_its_validity(actors: ActorDictionary) -> None:
    ref = actors.resolve("JFS", on=date(2016, 9, 1), country_iso3="SYR")
    assert ref is not None and ref.reason == "group alias 'JFS' valid 2016-07-28..2017-01-27"


def test_state_force_names_carry_the_regime_period_of_the_event_date(
    actors: ActorDictionary,
) -> None:
    before = actors.resolve("police", on=date(2024, 8, 5), country_iso3="BGD")
    after = actors.resolve("police", on=date(2024, 8, 6), country_iso3="BGD")
    assert before is not None and before.name == "Police Forces of Bangladesh (2009-2024)"
    assert after is not None and after.name == "Police Forces of Bangladesh (2024-)"


@pytest.mark.parametrize(
    ("on", "name"),
    [
        (date(2019, 6, 1), "Military Forces of Afghanistan (2014-)"),
        (date(2021, 3, 1), "Military Forces of Afghanistan (2014-2021)"),
    ],
)
def test_a_period_reads_open_until_a_year_before_it_ended(
    actors: ActorDictionary, on: date, name: str
) -> None:
    ref = actors.resolve("Afghan soldiers", on=on, country_iso3="AFG")
    assert ref is not None and ref.name == name


def test_a_country_without_periods_gets_no_suffix(actors: ActorDictionary) -> None:
    ref = actors.resolve("soldiers", on=D2020, country_iso3="ISL")
    assert ref is not None and ref.name == "Military Forces of Iceland"


def test_an_officeholder_codes_as_the_government_only_during_the_term(
    actors: ActorDictionary,
) -> None:
    ref = actors.resolve("Putin", on=date(2022, 3, 1))
    assert ref is not None
    assert (ref.name, ref.entry_id) == ("Government of Russia (2000-)", "vladimir_putin")
    assert actors.resolve("Obama", on=date(2022, 3, 1)) is None


def test_an_officeholder_with_an_agent_noun_codes_as_that_agent(actors: ActorDictionary) -> None:
    ref = actors.resolve("troops loyal to Ruto", on=date(2023, 7, 1), country_iso3="KEN")
    assert ref is not None and ref.name == "Military Forces of Kenya (2022-)"


def test_acronym_aliases_only_match_in_capitals(actors: ActorDictionary) -> None:
    assert actors.resolve("IS gunmen", on=D2020, country_iso3="IRQ").name == "Islamic State (Iraq)"  # type: ignore[union-attr]
    ref = actors.resolve("is gunmen", on=D2020, country_iso3="IRQ")
    assert ref is not None and ref.name == "Unidentified Armed Group (Iraq)"


def test_a_backed_or_pro_country_does_not_become_the_actors_country(
    actors: ActorDictionary,
) -> None:
    ref = actors.resolve("pro-Russian gunmen", on=D2020, country_iso3="MDA")
    assert ref is not None and ref.name == "Unidentified Armed Group (Moldova)"


def test_repeated_phrases_are_served_from_the_cache(actors: ActorDictionary) -> None:
    first = actors.resolve("Ethiopian soldiers", on=D2020, country_iso3="SOM")
    assert actors.resolve("Ethiopian soldiers", on=D2020, country_iso3="SOM") is first


def test_agent_actor_builds_the_actor_of_an_event_role(actors: ActorDictionary) -> None:
    ref = actors.agent_actor("protesters", on=D2020, country_iso3="SOM")
    assert (ref.name, ref.inter) == ("Protesters (Somalia)", 6)


def test_demonyms_and_country_mentions_give_iso3_codes(actors: ActorDictionary) -> None:
    assert actors.demonym_country("Syrian") == "SYR"
    assert actors.demonym_country("Emirati") == "ARE"
    assert actors.demonym_country("South Sudanese") == "SSD"
    assert actors.demonym_country("table") is None
    text = "Kenyan and Somali officials met in the DRC; Turkish-backed groups were not discussed."
    assert actors.countries_in(text) == ["KEN", "SOM", "COD"]


def test_a_country_possessive_written_without_its_apostrophe_names_the_country(
    actors: ActorDictionary,
) -> None:
    assert actors.countries_in("Opposition youths rallied at Benins election office.") == ["BEN"]
    assert actors.countries_in("Floods cut roads across Kenyas coastal counties.") == ["KEN"]
    assert actors.countries_in("Afghans and Somalis marched.") == ["AFG", "SOM"]


def test_version_and_sha256_identify_the_dictionary(
    actors: ActorDictionary, tmp_path: Path
) -> None:
    assert actors.version == "1.0"
    assert re.fullmatch(r"[0-9a-f]{64}", actors.sha256)
    copy = _copy_dictionary(tmp_path)
    (copy / "agents.yaml").write_text((copy / "agents.yaml").read_text() + "\n# edited\n")
    assert load_actors(copy).sha256 != actors.sha256


def _copy_dictionary(tmp_path: Path) -> Path:
    target = tmp_path / "actors"
    shutil.copytree(shipped_path("codebooks", "actors"), target)
    return target


def _edit(folder: Path, fname: str, edit: object) -> None:
    data = yaml.safe_load((folder / fname).read_text())
    edit(data)  # type: ignore[operator]
    (folder / fname).write_text(yaml.safe_dump(data, sort_keys=False))


def test_a_validation_error_points_at_the_file_and_place(tmp_path: Path) -> None:
    folder = _copy_dictionary(tmp_path)
    _edit(folder, "groups.yaml", lambda d: d["groups"][3]["aliases"].__setitem__(0, 17))
    with pytest.raises(
        CodebookError,
        match=r"^groups\.yaml: groups -> 3 -> aliases -> 0: Input should be a valid string",
    ):
        load_actors(folder)


def test_an_unknown_field_is_rejected_with_its_place(tmp_path: Path) -> None:
    folder = _copy_dictionary(tmp_path)
    _edit(folder, "agents.yaml", lambda d: d["agents"][0].__setitem__("colour", "green"))
    with pytest.raises(
        CodebookError, match=r"agents\.yaml: agents -> 0 -> colour: Extra inputs are not permitted"
    ):
        load_actors(folder)


def test_a_successor_that_does_not_exist_is_rejected(tmp_path: Path) -> None:
    folder = _copy_dictionary(tmp_path)
    _edit(folder, "groups.yaml", lambda d: d["groups"][0].__setitem__("succeeded_by", "nobody"))
    with pytest.raises(
        CodebookError, match=r"groups\.yaml: groups -> 0 -> succeeded_by: unknown group 'nobody'"
    ):
        load_actors(folder)


def test_an_agent_variant_in_an_unknown_country_is_rejected(tmp_path: Path) -> None:
    folder = _copy_dictionary(tmp_path)
    variant = {"countries": ["XXX"], "name": "Gang ({country})"}
    _edit(folder, "agents.yaml", lambda d: d["agents"][0].__setitem__("variants", [variant]))
    with pytest.raises(
        CodebookError, match=r"agents\.yaml: agents -> 0 -> variants -> 0 -> countries -> 0"
    ):
        load_actors(folder)


def test_a_people_s_home_in_an_unknown_country_is_rejected(tmp_path: Path) -> None:
    folder = _copy_dictionary(tmp_path)
    _edit(folder, "groups.yaml", lambda d: d["identities"][0].__setitem__("homes", ["XXX"]))
    with pytest.raises(
        CodebookError, match=r"groups\.yaml: identities -> 0 -> homes -> 0: unknown country 'XXX'"
    ):
        load_actors(folder)


def test_an_unknown_dictionary_name_is_a_codebook_error() -> None:
    with pytest.raises(CodebookError, match="not found"):
        load_actors("no_such_dictionary")


@pytest.mark.parametrize(
    "phrase", ["cattle raiders", "unknown raiders", "armed raiders from the next county"]
)
def test_raiders_nobody_names_are_a_communal_militia(actors: ActorDictionary, phrase: str) -> None:
    ref = actors.resolve(phrase, on=D2020, country_iso3="SSD")
    assert ref is not None
    assert (ref.name, ref.inter) == ("Unidentified Communal Militia (South Sudan)", 4)


def test_raiders_of_a_named_community_are_that_communitys_militia(
    actors: ActorDictionary,
) -> None:
    ref = actors.resolve("Turkana raiders", on=D2020, country_iso3="KEN")
    assert ref is not None and (ref.name, ref.inter) == ("Turkana Ethnic Militia (Kenya)", 4)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("intercommunal clashes", "Unidentified Communal Militia (Chad)"),
        ("ethnic clashes", "Unidentified Ethnic Militia (Chad)"),
        ("inter-clan fighting", "Unidentified Clan Militia (Chad)"),
    ],
)
def test_a_fight_named_by_its_sides_kind_names_that_kind_of_militia(
    actors: ActorDictionary, phrase: str, name: str
) -> None:
    ref = actors.resolve(phrase, on=D2020, country_iso3="TCD")
    assert ref is not None and (ref.name, ref.inter) == (name, 4)


def test_warriors_of_a_named_people_are_its_ethnic_militia(actors: ActorDictionary) -> None:
    ref = actors.resolve("Samburu warriors", country_iso3="KEN")

    assert ref is not None and (ref.name, ref.inter) == ("Samburu Ethnic Militia (Kenya)", 4)


def test_arbakis_are_a_pro_government_militia(actors: ActorDictionary) -> None:
    ref = actors.resolve("three Arbakis", country_iso3="AFG")

    assert ref is not None and (ref.name, ref.inter) == ("Militia (Pro-Government)", 3)


def test_a_hyphenated_capitalized_city_name_is_one_word() -> None:
    from coder.actor_text import words

    assert words("PORT-AU-PRINCE, Haiti") == ["PORTAUPRINCE", "Haiti"]
    assert words("al-Shabaab fighters") == ["al", "Shabaab", "fighters"]


def test_the_head_of_a_civilian_body_is_a_civilian_not_the_government(
    actors: ActorDictionary,
) -> None:
    board = actors.resolve("a community action board president", on=D2020, country_iso3="COL")
    assert board is not None and (board.name, board.inter) == ("Civilians (Colombia)", 7)
    head = actors.resolve("the president", on=D2020, country_iso3="COL")
    assert head is not None and head.inter == 1


def test_a_head_of_state_named_says_where_the_story_is(actors: ActorDictionary) -> None:
    assert actors.national_group_countries("Youths burned tyres after Kibakis swearing-in.") == [
        "KEN"
    ]
    assert actors.national_group_countries("Gunmen attacked a bus.") == []

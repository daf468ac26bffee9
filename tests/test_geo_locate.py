"""Choosing the event location in a sentence, its ACLED geo_precision, and the outlet's country.

The mentions are written by hand (as ``Geocoder.geoparse`` would return them), so these tests
specify the choice and the precision policy without the spaCy model.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from coder.gazetteer import Gazetteer
from coder.geo import Geocoder
from coder.geo_locate import MODIFIER_NOTE, NOT_PLACES, choose_location
from coder.geo_precision import names_unknown_place
from coder.geo_sources import source_country
from coder.models import Place, TextSpan

pytestmark = pytest.mark.slow  # the hinted-country fallback and the outlets need the index


@pytest.fixture(scope="module")
def gazetteer(cache_dir: Path) -> Gazetteer:
    return Gazetteer.load(cache_dir)


def _sentence(text: str) -> TextSpan:
    return TextSpan(0, len(text), text)


def _place(text: str, name: str, iso3: str, feature: str, *, reason: str = "") -> Place:
    """A mention of ``name`` at its first occurrence in ``text``."""
    start = text.index(name)
    return Place(
        name=name,
        latitude=0.0,
        longitude=0.0,
        country=None,
        iso3=iso3,
        feature_code=feature,
        span=TextSpan(start, start + len(name), name),
        reason=reason or f"{feature} in {iso3}",
    )


def _choose(
    gazetteer: Gazetteer, text: str, mentions: list[Place], hints: tuple[str, ...] = ()
) -> Place:
    place = choose_location(gazetteer, _sentence(text), mentions, country_hints=hints)
    assert place is not None
    return place


# -- which mention is the scene ---------------------------------------------------------------


def test_a_country_named_as_a_cause_is_not_the_scene(gazetteer: Gazetteer) -> None:
    text = "Students rallied in Dhaka in solidarity with Palestine and with Lebanon."
    mentions = [
        _place(text, "Dhaka", "BGD", "PPLC"),
        _place(text, "Palestine", "PSE", "PCLI"),
        _place(text, "Lebanon", "LBN", "PCLI"),
    ]
    place = _choose(gazetteer, text, mentions, hints=("PSE",))
    assert (place.name, place.geo_precision) == ("Dhaka", 1)


def test_a_country_naming_the_actors_loses_to_the_province_of_the_event(
    gazetteer: Gazetteer,
) -> None:
    text = "US forces struck a compound in Balkh province overnight."
    mentions = [
        _place(text, "US", "USA", "PCLI", reason=f"PCLI in USA; {MODIFIER_NOTE}"),
        _place(text, "Balkh", "AFG", "ADM1"),
    ]
    place = _choose(gazetteer, text, mentions, hints=("USA",))
    assert (place.name, place.geo_precision) == ("Balkh", 3)


def test_a_country_the_people_came_from_is_not_the_scene(gazetteer: Gazetteer) -> None:
    text = "Herders from Ethiopia raided cattle pens near Moyale."
    mentions = [_place(text, "Ethiopia", "ETH", "PCLI"), _place(text, "Moyale", "KEN", "PPL")]
    place = _choose(gazetteer, text, mentions, hints=("ETH",))
    assert (place.name, place.geo_precision) == ("Moyale", 2)


# -- precision ------------------------------------------------------------------------------


def test_an_unknown_village_coded_to_its_district_town_is_precision_two(
    gazetteer: Gazetteer,
) -> None:
    text = "Gunmen raided a farm in Qorowle village (Afgooye, Lower Shabelle) at dawn."
    mentions = [
        _place(text, "Afgooye", "SOM", "PPL"),
        _place(text, "Lower Shabelle", "SOM", "ADM1"),
    ]
    place = _choose(gazetteer, text, mentions)
    assert (place.name, place.geo_precision) == ("Afgooye", 2)
    assert "unknown" in place.reason


def test_an_unknown_village_coded_to_its_province_is_precision_two(
    gazetteer: Gazetteer,
) -> None:
    text = "Militants burned a school in Qorowle village (Lower Shabelle) at dawn."
    place = _choose(gazetteer, text, [_place(text, "Lower Shabelle", "SOM", "ADM1")])
    assert (place.name, place.geo_precision) == ("Lower Shabelle", 2)


def test_a_street_of_the_found_town_keeps_the_town_itself(gazetteer: Gazetteer) -> None:
    text = "Teachers marched along Uhuru Street in Nairobi on Monday."
    place = _choose(gazetteer, text, [_place(text, "Nairobi", "KEN", "PPLC")])
    assert place.geo_precision == 1


def test_a_town_named_as_the_scene_is_precision_one(gazetteer: Gazetteer) -> None:
    text = "Traders protested in Mombasa against new market fees."
    place = _choose(gazetteer, text, [_place(text, "Mombasa", "KEN", "PPL")])
    assert (place.geo_precision, place.reason.split(";")[1].strip()) == (1, "the town itself")


def test_an_event_between_two_towns_is_precision_two(gazetteer: Gazetteer) -> None:
    text = "Bandits stopped a bus on the road between Garissa and Mwingi."
    mentions = [_place(text, "Garissa", "KEN", "PPL"), _place(text, "Mwingi", "KEN", "PPL")]
    assert _choose(gazetteer, text, mentions).geo_precision == 2


def test_a_town_followed_by_a_district_word_is_the_district(gazetteer: Gazetteer) -> None:
    text = "Two factions clashed in Narail Sadar upazila over a land dispute."
    place = _choose(gazetteer, text, [_place(text, "Narail", "BGD", "PPL")])
    assert place.geo_precision == 2


def test_a_province_named_only_in_an_earlier_sentence_is_part_of_a_region(
    gazetteer: Gazetteer,
) -> None:
    text = "Fighting spread across Borno State. Gunmen later burned a market."
    second = text.index("Gunmen")
    sentence = TextSpan(second, len(text), text[second:])
    place = choose_location(gazetteer, sentence, [_place(text, "Borno", "NGA", "ADM1")])
    assert place is not None
    assert (place.name, place.geo_precision) == ("Borno", 2)


# -- falling back to a country --------------------------------------------------------------


def test_a_hinted_country_is_precision_three(gazetteer: Gazetteer) -> None:
    place = _choose(gazetteer, "Gunmen opened fire on a bus.", [], hints=("KEN",))
    assert (place.iso3, place.geo_precision) == ("KEN", 3)


def test_a_hinted_country_of_a_sentence_naming_an_unknown_place_is_precision_two(
    gazetteer: Gazetteer,
) -> None:
    place = _choose(gazetteer, "Monitors heard twelve explosions near Qorvalemo.", [], ("UKR",))
    assert (place.iso3, place.geo_precision) == ("UKR", 2)


def test_a_country_named_only_as_a_modifier_is_no_fallback(gazetteer: Gazetteer) -> None:
    text = "The US dollar climbed again. Drivers blocked a road in anger."
    us = _place(text, "US", "USA", "PCLI", reason=f"PCLI in USA; {MODIFIER_NOTE}")
    second = text.index("Drivers")
    sentence = TextSpan(second, len(text), text[second:])
    assert choose_location(gazetteer, sentence, [us], country_hints=("USA",)) is None
    place = choose_location(gazetteer, sentence, [us], country_hints=("USA", "LBN"))
    assert place is not None and place.iso3 == "LBN"


# -- the outlet's country -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "iso3"),
    [
        ("Star (Kenya)", "KEN"),
        ("Kenya Standard", "KEN"),
        ("Dhaka Tribune", "BGD"),
        ("Times of India", "IND"),
        ("OSCE SMM-Ukraine", "UKR"),
        ("Pajhwok Afghan News", "AFG"),
        ("Reuters; Daily Nation (Kenya)", "KEN"),
        ("Radio Okapi", "COD"),
        ("El Nashra; An-Nahar", "LBN"),
        ("the Hindu", "IND"),
        ("Radio Okapi; Actualite; Jeune Afrique (France)", "COD"),
        ("France 24", None),
        ("Washington Post", None),
        ("Reuters", None),
        ("Dhaka Tribune; Times of India", None),
        ("", None),
        (None, None),
    ],
)
def test_an_outlet_name_gives_its_home_country(
    gazetteer: Gazetteer, source: str | None, iso3: str | None
) -> None:
    assert source_country(source, gazetteer) == iso3


def test_a_later_sentence_takes_the_town_of_the_last_place_phrase(gazetteer: Gazetteer) -> None:
    text = "Gunmen fired on a convoy in Kandi (Kandi, Alibori). They abducted the driver."
    mentions = [
        _place(text, "Kandi", "BEN", "PPL"),
        _place(text, "Alibori", "BEN", "ADM1"),
    ]
    second = text.index("They")
    sentence = TextSpan(second, len(text), text[second:])
    place = choose_location(gazetteer, sentence, mentions)
    assert place is not None
    assert (place.name, place.geo_precision) == ("Kandi", 1)
    assert "earlier" in place.reason


def test_a_bare_province_name_that_also_names_its_town_is_the_town(
    gazetteer: Gazetteer,
) -> None:
    text = "Hundreds of residents protested in Mogilev against the arrest of a blogger."
    start = text.index("Mogilev")
    rows = [r for r in gazetteer.candidates("Mogilev") if gazetteer.feature[r] == "ADM1"]
    assert rows, "the index has no Mogilev province"
    province = gazetteer.place(rows[0], span=TextSpan(start, start + 7, "Mogilev"))
    place = _choose(gazetteer, text, [province])
    assert (place.feature_code, place.geo_precision) == ("PPL", 1)
    assert place.iso3 == "BLR"


def test_a_province_named_with_its_level_stays_the_province(gazetteer: Gazetteer) -> None:
    text = "Hundreds of residents protested in Mogilev region against new taxes."
    start = text.index("Mogilev")
    rows = [r for r in gazetteer.candidates("Mogilev") if gazetteer.feature[r] == "ADM1"]
    province = gazetteer.place(rows[0], span=TextSpan(start, start + 7, "Mogilev"))
    place = _choose(gazetteer, text, [province])
    assert (place.feature_code, place.geo_precision) == ("ADM1", 3)


def test_the_country_of_foreign_forces_yields_to_that_of_the_residents(
    gazetteer: Gazetteer,
) -> None:
    text = "Israeli forces raided a camp at night and beat Palestinian residents."
    place = _choose(gazetteer, text, [], hints=("ISR", "PSE"))
    assert (place.iso3, place.geo_precision) == ("PSE", 3)


def test_a_country_whose_police_acts_is_not_a_visitor(gazetteer: Gazetteer) -> None:
    text = "A Kenyan police officer was shot by militants at a refugee camp."
    assert _choose(gazetteer, text, [], hints=("KEN", "SOM")).iso3 == "KEN"


def test_the_country_of_raiders_named_by_nationality_yields_to_another(
    gazetteer: Gazetteer,
) -> None:
    text = "Police fought Ethiopian raiders who had stolen cattle."
    assert _choose(gazetteer, text, [], hints=("ETH", "KEN")).iso3 == "KEN"


def test_a_demonym_of_a_place_noun_names_the_country_of_the_scene(gazetteer: Gazetteer) -> None:
    text = "Militants raided a remote Kenyan border town and burned a shop."
    place = _choose(gazetteer, text, [], hints=("SOM",))
    assert (place.iso3, place.geo_precision) == ("KEN", 3)


def test_a_country_after_in_and_a_direction_is_the_scene(gazetteer: Gazetteer) -> None:
    text = "Raiders attacked a village in northern Kenya overnight."
    mentions = [_place(text, "Kenya", "KEN", "PCLI")]
    assert _choose(gazetteer, text, mentions, hints=("SDN", "KEN")).iso3 == "KEN"


def test_a_country_named_once_does_not_outweigh_the_town_of_the_scene(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Students formed a human chain in front of the press club in Rajshahi city, demanding "
        "justice for a Bangladeshi student killed in the United States."
    )
    mentions = [
        _place(text, "Rajshahi", "BGD", "PPL"),
        _place(text, "United States", "USA", "PCLI"),
    ]
    assert _choose(gazetteer, text, mentions, hints=("BGD", "USA")).name == "Rajshahi"


def test_a_country_that_is_condemned_is_not_the_scene(gazetteer: Gazetteer) -> None:
    text = "Residents marched in Baidoa town, condemning the US for an airstrike."
    mentions = [_place(text, "Baidoa", "SOM", "PPL"), _place(text, "US", "USA", "PCLI")]
    assert _choose(gazetteer, text, mentions, hints=("USA",)).name == "Baidoa"


@pytest.mark.parametrize(
    "text",
    [
        "Farmers fought herders in the commune of Kandi.",
        "Shells fell in the eastern countryside of Kandi.",
        "A body was found in a rural area of Kandi.",
        "Gunmen shot a trader in Gogounou upazila (Kandi, Alibori).",
        "Two men were found dead in the municipality of Kandi.",
        "Drivers blocked the Kandi-Banikoara road for hours.",
        "Bandits robbed a bus on the road that connects Kandi to Segbana.",
    ],
)
def test_an_area_around_a_town_is_precision_two(gazetteer: Gazetteer, text: str) -> None:
    place = _choose(gazetteer, text, [_place(text, "Kandi", "BEN", "PPL")])
    assert (place.name, place.geo_precision) == ("Kandi", 2)


def test_the_country_of_foreign_forces_is_kept_when_no_other_is_hinted(
    gazetteer: Gazetteer,
) -> None:
    text = "Turkish forces shelled several villages overnight."
    assert _choose(gazetteer, text, [], hints=("TUR",)).iso3 == "TUR"


def test_a_note_that_states_its_place_last_takes_the_first_later_place(
    gazetteer: Gazetteer,
) -> None:
    text = "Gunmen torched two shops overnight. LOCATION: Garissa town (Garissa, Garissa County)."
    mentions = [
        _place(text, "Garissa", "KEN", "PPL"),
        _place(text, "Garissa County", "KEN", "ADM1"),
    ]
    first = TextSpan(0, text.index(" LOCATION"), text[: text.index(" LOCATION")])
    place = choose_location(gazetteer, first, mentions, country_hints=("SOM",))
    assert place is not None
    assert (place.name, place.iso3, place.geo_precision) == ("Garissa", "KEN", 1)
    assert "later" in place.reason


def test_a_place_named_paragraphs_later_is_not_the_scene(gazetteer: Gazetteer) -> None:
    lede = "Troops retook the village of Katobo on Tuesday, three days after the rebels seized it."
    text = lede + " " + "The fighting forced thousands to flee. " * 12 + "Kigali denies any role."
    mentions = [_place(text, "Kigali", "RWA", "PPLC")]
    place = choose_location(
        gazetteer, TextSpan(0, len(lede), lede), mentions, country_hints=("COD",)
    )
    assert place is not None and place.iso3 == "COD"


def test_an_earlier_place_wins_over_a_later_one(gazetteer: Gazetteer) -> None:
    text = "Riots hit Kisumu. Police fired tear gas. Calm returned to Eldoret."
    mentions = [_place(text, "Kisumu", "KEN", "PPL"), _place(text, "Eldoret", "KEN", "PPL")]
    second = text.index("Police")
    end = text.index(" Calm")
    place = choose_location(gazetteer, TextSpan(second, end, text[second:end]), mentions)
    assert place is not None and place.name == "Kisumu"


# -- with the real parse: names the NER splits or mislabels ---------------------------------


def test_a_hyphenated_province_after_in_is_a_place(geocoder: Geocoder, nlp: Language) -> None:
    text = "A roadside bomb wounded two herders near a village in Ar-Raqqa."
    names = [p.span.text for p in geocoder.geoparse(nlp(text)) if p.span is not None]
    assert "Ar-Raqqa" in names


def test_a_hint_read_off_a_currency_does_not_drop_a_small_local_town(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Angry over the soaring US dollar, drivers blocked the main road in Halba."
    places = geocoder.geoparse(nlp(text), country_hints=("USA",))
    halba = [p for p in places if p.span is not None and p.span.text == "Halba"]
    assert halba and halba[0].iso3 == "LBN"


def test_a_town_found_outside_the_province_named_beside_it_yields_to_the_province(
    gazetteer: Gazetteer,
) -> None:
    text = "Rebels fired mortars at army positions near Orikhove, Luhansk."
    namesake = replace(_place(text, "Orikhove", "UKR", "PPL"), admin1="Crimea")
    province = replace(_place(text, "Luhansk", "UKR", "ADM1"), admin1="Luhansk")
    place = _choose(gazetteer, text, [namesake, province])
    assert (place.name, place.geo_precision) == ("Luhansk", 2)
    assert "outside the province" in place.reason


def test_a_town_in_the_province_named_beside_it_stays_the_town(gazetteer: Gazetteer) -> None:
    text = "Police seized a truck of cannabis in Dourados, Mato Grosso do Sul."
    town = replace(_place(text, "Dourados", "BRA", "PPL"), admin1="Mato Grosso do Sul")
    cut_short = replace(_place(text, "Mato Grosso", "BRA", "ADM1"), admin1="Mato Grosso")
    place = _choose(gazetteer, text, [town, cut_short])
    assert (place.name, place.geo_precision) == ("Dourados", 1)


def test_a_province_name_the_ner_splits_in_two_is_one_place(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "On 6 May 2020, in Mexicali, Baja California, gunmen killed a shopkeeper."
    places = {p.span.text: p for p in geocoder.geoparse(nlp(text)) if p.span is not None}
    assert "Baja California" in places
    assert (places["Baja California"].iso3, places["Baja California"].feature_code) == (
        "MEX",
        "ADM1",
    )


def test_a_country_someone_is_recruited_to_fight_in_is_not_the_scene(
    gazetteer: Gazetteer,
) -> None:
    text = "Mombasa youth marched against preachers accused of recruiting boys to fight in Somalia."
    mentions = [
        _place(text, "Mombasa", "KEN", "PPL"),
        _place(text, "Somalia", "SOM", "PCLI"),
    ]
    assert _choose(gazetteer, text, mentions, hints=("SOM",)).name == "Mombasa"


def test_a_small_foreign_namesake_named_twice_does_not_outvote_the_hinted_country(
    geocoder: Geocoder, nlp: Language
) -> None:
    # "Sacco" (a savings co-operative in Kenya) is also a small Italian town
    text = (
        "Members of the Wakulima Sacco marched in protest after Sacco officials were accused of "
        "misusing their savings."
    )
    places = geocoder.geoparse(nlp(text), country_hints=("KEN",))
    assert all(p.iso3 != "ITA" for p in places)


def test_an_unknown_place_named_in_a_province_is_not_the_province_town_itself(
    gazetteer: Gazetteer,
) -> None:
    text = "Government forces shelled Kafrnabuda in Hama with rockets."
    province = replace(_place(text, "Hama", "SYR", "ADM1"), admin1="Hama")
    place = _choose(gazetteer, text, [province])
    assert (place.feature_code, place.geo_precision) == ("ADM1", 2)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers rallied outside the Ministry of Education in Hama on Monday.",
        "Doctors protested at the National Hospital in Hama on Monday.",
    ],
)
def test_a_building_named_in_a_town_keeps_the_town_itself(gazetteer: Gazetteer, text: str) -> None:
    place = _choose(gazetteer, text, [_place(text, "Hama", "SYR", "PPL")])
    assert place.geo_precision == 1


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Crowds blocked the road outside the Justice Palace in Sidon on Monday.", "Sidon"),
        ("Students demonstrated outside the home of Saad al Hariri in Beirut.", "Beirut"),
        ("A councillor was shot dead in Barangay Mabini, Calamba, on Monday.", "Calamba"),
    ],
)
def test_a_palace_a_politician_s_home_or_a_barangay_keep_the_town_itself(
    gazetteer: Gazetteer, text: str, town: str
) -> None:
    iso3 = "PHL" if town == "Calamba" else "LBN"
    place = _choose(gazetteer, text, [_place(text, town, iso3, "PPL")])
    assert place.geo_precision == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot two shopkeepers in the Sarwari area of Gardez city.",
        "Rival factions clashed in Raipur upazila town over a market lease.",
        "Two soldiers were killed in Ghoryan district center on Monday.",
        "A mob beat a suspected thief in Winde area, Natitingou town.",
    ],
)
def test_a_part_of_a_place_the_text_calls_a_town_is_that_town(
    gazetteer: Gazetteer, text: str
) -> None:
    town = next(t for t in ("Gardez", "Raipur", "Ghoryan", "Natitingou") if t in text)
    place = _choose(gazetteer, text, [_place(text, town, "AFG", "PPL")])
    assert (place.name, place.geo_precision) == (town, 1)


def test_an_unknown_village_near_a_town_called_a_town_stays_near_it(gazetteer: Gazetteer) -> None:
    text = "Militants burned a school in Dhuunto village near Jowhar town at dawn."
    place = _choose(gazetteer, text, [_place(text, "Jowhar", "SOM", "PPL")])
    assert place.geo_precision == 2


def test_a_district_of_a_named_city_is_that_city(gazetteer: Gazetteer) -> None:
    text = "A shell hit a house in the Dniprovskyi district of Kherson on Sunday."
    far_namesake = replace(_place(text, "Dniprovskyi", "UKR", "PPL"), latitude=5.0)
    mentions = [far_namesake, _place(text, "Kherson", "UKR", "PPLA")]
    place = _choose(gazetteer, text, mentions)
    assert (place.name, place.geo_precision) == ("Kherson", 1)


def test_an_area_of_a_named_city_is_that_city_itself(gazetteer: Gazetteer) -> None:
    text = "Gunmen shot dead two men in the Gulbahar area of Peshawar on Monday."
    place = _choose(gazetteer, text, [_place(text, "Peshawar", "PAK", "PPLA")])
    assert place.geo_precision == 1


def test_where_a_victim_came_from_is_not_the_scene(gazetteer: Gazetteer) -> None:
    text = (
        "Gunmen shot dead a taxi driver near Timika on Tuesday. "
        "The victim, a migrant from Makassar, was shot twice in the back."
    )
    mentions = [_place(text, "Timika", "IDN", "PPL"), _place(text, "Makassar", "IDN", "PPL")]
    second = text.index("The victim")
    sentence = TextSpan(second, len(text), text[second:])
    place = choose_location(gazetteer, sentence, mentions)
    assert place is not None and place.name == "Timika"


def test_a_march_through_a_city_takes_place_in_that_city(gazetteer: Gazetteer) -> None:
    text = "Sylhet students marched through Dhaka on Sunday."
    mentions = [_place(text, "Sylhet", "BGD", "PPL"), _place(text, "Dhaka", "BGD", "PPLC")]
    assert _choose(gazetteer, text, mentions).name == "Dhaka"


def test_a_village_resolved_to_a_far_namesake_is_still_an_unknown_village(
    gazetteer: Gazetteer,
) -> None:
    text = "Two groups clashed at Rasulpur village (Natore, Rajshahi) over land."
    namesake = replace(_place(text, "Rasulpur", "BGD", "PPL"), latitude=23.0, longitude=90.0)
    natore = replace(
        _place(text, "Natore", "BGD", "ADM2"), latitude=24.41, longitude=89.0, admin1="Rajshahi"
    )
    province = replace(_place(text, "Rajshahi", "BGD", "ADM1"), admin1="Rajshahi")

    assert names_unknown_place(_sentence(text), [namesake, natore, province], natore, NOT_PLACES)


def test_a_country_named_for_its_forces_is_the_last_fallback(gazetteer: Gazetteer) -> None:
    text = "Myanmar military columns fought Karen fighters for a second day."
    myanmar = _place(text, "Myanmar", "MMR", "PCLI", reason=f"PCLI in MMR; {MODIFIER_NOTE}")
    place = _choose(gazetteer, text, [myanmar], ("MMR",))
    assert place.iso3 == "MMR"

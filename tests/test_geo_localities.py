"""City quarters, towns and districts the packaged GeoNames extracts lack (coder.geo_localities)."""

from __future__ import annotations

import math

import pytest
from spacy.language import Language

from coder.gazetteer import Gazetteer
from coder.geo import Geocoder
from coder.geo_localities import LOCALITIES
from coder.geo_names import normalize
from coder.metrics import haversine_km
from coder.models import Place, TextSpan

pytestmark = pytest.mark.slow


def _located(geocoder: Geocoder, nlp: Language, text: str) -> Place:
    place = geocoder.locate(TextSpan(0, len(text), text), geocoder.geoparse(nlp(text)))
    assert place is not None, text
    return place


def test_every_added_place_is_found_by_each_of_its_names(geocoder: Geocoder) -> None:
    gaz: Gazetteer = geocoder.gazetteer
    for loc in LOCALITIES:
        for name in (loc.name, *loc.aliases):
            rows = [r for r in gaz.candidates(name) if gaz.names[r] == loc.name]
            assert rows, f"{name!r} does not find {loc.name!r}"
            row = rows[0]
            assert gaz.iso2[row] == loc.iso2
            assert gaz.admin1[row], f"{loc.name!r} got no first-level division"


def test_every_added_place_lies_among_the_towns_of_its_country(geocoder: Geocoder) -> None:
    """A swapped latitude and longitude, or a sign slip, would put a place far from them all."""
    gaz: Gazetteer = geocoder.gazetteer
    for loc in LOCALITIES:
        towns = [
            r
            for r in range(len(gaz.names))
            if gaz.iso2[r] == loc.iso2
            and gaz.feature[r] in ("PPL", "PPLC")
            and gaz.population[r]
            and gaz.names[r] != loc.name
            and abs(gaz.lat[r] - loc.lat) < 2
            and abs(gaz.lon[r] - loc.lon) < 2
        ]
        nearest = min(
            (haversine_km(loc.lat, loc.lon, gaz.lat[r], gaz.lon[r]) for r in towns),
            default=math.inf,
        )
        assert nearest < 150, f"{loc.name} is {nearest:.0f} km from any town of {loc.iso2}"


def test_a_nairobi_slum_named_alone_places_the_event_in_nairobi(
    geocoder: Geocoder, nlp: Language
) -> None:
    place = _located(geocoder, nlp, "Police fired tear gas at rioters in Kibera slum.")
    assert (place.iso3, place.admin1, place.geo_precision) == ("KEN", "Nairobi", 1)
    assert haversine_km(place.latitude, place.longitude, -1.286, 36.817) < 10


def test_a_mogadishu_district_is_the_place_itself_in_banadir(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Gunmen shot dead a district official in Hodan district of Mogadishu on Monday."
    place = _located(geocoder, nlp, text)
    assert (place.name, place.iso3, place.admin1) == ("Hodan", "SOM", "Banadir")


def test_a_quarter_sharing_a_foreign_towns_name_follows_the_articles_country(
    geocoder: Geocoder, nlp: Language
) -> None:
    kenya = "Kenyan police said a grenade exploded at a bus stop in Eastleigh, injuring five."
    england = "Hampshire police arrested two men after a stabbing in Eastleigh, England."
    assert _located(geocoder, nlp, kenya).iso3 == "KEN"
    assert _located(geocoder, nlp, england).iso3 == "GBR"


def test_a_former_tribal_agency_is_a_district_of_khyber_pakhtunkhwa(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "A drone strike on a compound in North Waziristan killed four militants."
    place = _located(geocoder, nlp, text)
    assert (place.iso3, place.admin1, place.feature_code) == ("PAK", "Khyber Pakhtunkhwa", "ADM2")
    assert place.geo_precision == 2


def test_a_somali_town_carries_its_own_region(geocoder: Geocoder, nlp: Language) -> None:
    text = "Al Shabaab fighters attacked an army base in Balcad, north of Mogadishu."
    place = _located(geocoder, nlp, text)
    assert (place.name, place.admin1) == ("Balcad", "Middle Shabelle")


@pytest.mark.parametrize(
    "text",
    [
        "Kalenjin youths attacked and killed six Kikuyu people after the election.",
        "Clashes broke out between Maasai and Kikuyu ethnic militias over grazing land.",
    ],
)
def test_a_peoples_name_that_is_also_a_town_is_not_the_place(
    geocoder: Geocoder, nlp: Language, text: str
) -> None:
    names = {normalize(p.name) for p in geocoder.geoparse(nlp(text))}
    assert "kikuyu" not in names


@pytest.mark.parametrize(
    ("written", "town"),
    [
        ("Bulo Burto", "Buulobarde"),  # a spelling the press uses (TOWN_ALIASES)
        ("Buur Hakaba", "Buurhakaba"),  # written in two words, indexed as one
        ("Wanla Weyn", "Wanlaweyn"),
        ("Hamarweyne", "Hamar Weyne"),  # written as one word, indexed as two
    ],
)
def test_a_town_is_found_however_its_words_are_spaced_or_spelt(
    geocoder: Geocoder, written: str, town: str
) -> None:
    gaz: Gazetteer = geocoder.gazetteer
    rows = gaz.candidates(written)
    assert rows and gaz.names[rows[0]] == town and gaz.iso2[rows[0]] == "SO"


def test_a_short_name_is_not_joined_into_a_word_it_is_not(geocoder: Geocoder) -> None:
    # "Al Ain" (UAE) must not make "Alain", a first name, that place
    gaz: Gazetteer = geocoder.gazetteer
    assert gaz.candidates("Al Ain")
    assert all(gaz.iso2[r] != "AE" for r in gaz.candidates("Alain"))


def test_a_village_with_its_district_in_brackets_codes_to_the_district_town(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Al Shabaab fighters abducted two traders in Qoorsheel village (Buur Hakaba, Bay)."
    place = _located(geocoder, nlp, text)
    assert (place.name, place.admin1, place.geo_precision) == ("Buurhakaba", "Bay", 2)

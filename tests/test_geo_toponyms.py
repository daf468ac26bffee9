"""Finding every toponym: regions and waters, demonyms, names inside longer names, NER misses.

Sentences written for these tests; the real spaCy model and the embedded gazetteer.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from coder.geo import Geocoder
from coder.models import Place

pytestmark = pytest.mark.slow


def _texts(places: list[Place]) -> list[str]:
    return [p.span.text for p in places if p.span is not None]


def _mention(places: list[Place], text: str) -> Place:
    found = [p for p in places if p.span is not None and p.span.text == text]
    assert found, f"{text!r} not among {_texts(places)}"
    return found[0]


def test_a_region_outside_the_town_lists_resolves_to_its_country(
    geocoder: Geocoder, nlp: Language
) -> None:
    places = geocoder.geoparse(nlp("Aid convoys reached camps across Darfur last week."))
    darfur = _mention(places, "Darfur")
    assert (darfur.iso3, darfur.feature_code, darfur.geo_precision) == ("SDN", "RGN", 3)


def test_a_state_abbreviation_names_the_state(geocoder: Geocoder, nlp: Language) -> None:
    places = geocoder.geoparse(nlp("Bushfires forced evacuations in NSW on Friday."))
    assert _mention(places, "NSW").name == "New South Wales"


def test_a_continent_is_a_toponym_but_no_event_place(geocoder: Geocoder, nlp: Language) -> None:
    doc = nlp("Cheap flights to Europe have doubled since the spring.")
    assert "Europe" not in _texts(geocoder.geoparse(doc))
    europe = _mention(geocoder.geoparse(doc, every_toponym=True), "Europe")
    assert (europe.iso3, europe.feature_class, europe.geonameid) == (None, "L", 6255148)


def test_a_demonym_is_reported_as_its_country_only_when_every_toponym_is_asked(
    geocoder: Geocoder, nlp: Language
) -> None:
    doc = nlp("Kenyan officials met the press after the vote.")
    assert geocoder.geoparse(doc) == []
    kenyan = _mention(geocoder.geoparse(doc, every_toponym=True), "Kenyan")
    assert (kenyan.name, kenyan.feature_code) == ("Kenya", "PCLI")
    assert "demonym" in kenyan.reason


def test_a_plural_demonym_points_to_its_country(geocoder: Geocoder) -> None:
    assert geocoder.gazetteer.iso3_for_demonym("Latvians") == "LVA"
    assert geocoder.gazetteer.iso3_for_demonym("Kenyans") == "KEN"


def test_a_place_opening_an_organization_name_is_found_when_every_toponym_is_asked(
    geocoder: Geocoder, nlp: Language
) -> None:
    doc = nlp("The Texas A&M University board met on Monday to discuss tuition.")
    places = geocoder.geoparse(doc, every_toponym=True)
    assert _mention(places, "Texas").feature_code == "ADM1"


def test_a_common_word_opening_an_organization_name_is_no_place(
    geocoder: Geocoder, nlp: Language
) -> None:
    doc = nlp("The state Supreme Court rejected the appeal on Monday.")
    assert "Supreme" not in _texts(geocoder.geoparse(doc, every_toponym=True))


def test_a_city_named_with_the_word_city_keeps_it(geocoder: Geocoder, nlp: Language) -> None:
    places = geocoder.geoparse(nlp("Traffic was heavy in Mexico City on Sunday."))
    assert _mention(places, "Mexico City").feature_code == "PPLC"


def test_a_hometown_after_a_name_and_age_is_a_place(geocoder: Geocoder, nlp: Language) -> None:
    places = geocoder.geoparse(nlp("The driver, Tom Harlan, 52, of Hagerstown, was not hurt."))
    assert _mention(places, "Hagerstown").iso3 == "USA"


def test_a_name_found_as_a_place_is_a_place_wherever_it_recurs(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Hagerstown wins again. The team from Hagerstown, Maryland, beat its rivals 3-1."
    places = geocoder.geoparse(nlp(text))
    assert [p.span.start for p in places if p.span and p.span.text == "Hagerstown"] == [
        0,
        text.index("Hagerstown", 1),
    ]


def test_a_surname_is_not_repeated_as_a_place(geocoder: Geocoder, nlp: Language) -> None:
    text = "Senator Mary Lancaster spoke in Lancaster on Monday. Lancaster said taxes would fall."
    places = geocoder.geoparse(nlp(text))
    assert len([p for p in places if p.span and p.span.text == "Lancaster"]) <= 1


def test_places_named_together_pull_each_other_into_their_shared_state(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Wrestlers from Watertown, Delano and Rochester met in St. Cloud for the final."
    places = geocoder.geoparse(nlp(text))
    assert {p.admin1 for p in places if p.span and p.span.text in ("Watertown", "Delano")} == {
        "Minnesota"
    }


def test_a_saint_abbreviation_finds_the_saint_name(geocoder: Geocoder) -> None:
    gaz = geocoder.gazetteer
    assert any(gaz.names[r] == "Saint Paul" for r in gaz.candidates("St. Paul"))


def test_a_large_province_lies_at_its_geonames_point_not_among_its_southern_towns(
    geocoder: Geocoder,
) -> None:
    gaz = geocoder.gazetteer
    ontario = next(r for r in gaz.candidates("Ontario") if gaz.feature[r] == "ADM1")
    assert gaz.lat[ontario] > 48.0  # its towns crowd the shore of Lake Ontario, near 44 N


def test_a_us_state_carries_its_geonames_id(geocoder: Geocoder) -> None:
    gaz = geocoder.gazetteer
    texas = next(r for r in gaz.candidates("Texas") if gaz.feature[r] == "ADM1")
    assert gaz.geonameid[texas] == 4736286


def test_a_region_adjective_is_read_as_the_region(geocoder: Geocoder, nlp: Language) -> None:
    doc = nlp("European ministers met in Brussels to discuss the budget.")
    assert _mention(geocoder.geoparse(doc, every_toponym=True), "European").name == "Europe"


def test_a_one_word_person_name_is_no_place(geocoder: Geocoder, nlp: Language) -> None:
    text = "Coach Dan Bell praised the team. Bell said the defence won the game."
    places = geocoder.geoparse(nlp(text), every_toponym=True)
    assert "Bell" not in _texts(places)


def test_a_one_word_country_the_ner_calls_a_person_is_a_place(
    geocoder: Geocoder, nlp: Language
) -> None:
    for text in ("Tunisia was the first country to hold elections.",):
        doc = nlp(text)
        places = geocoder.geoparse(doc)
        assert _mention(places, "Tunisia").iso3 == "TUN"


@pytest.mark.parametrize("every_toponym", [False, True])
def test_a_square_named_after_a_person_is_no_town_of_that_name(
    geocoder: Geocoder, nlp: Language, every_toponym: bool
) -> None:
    text = "Police sprayed the marchers with water at Riad al-Solh Square in Beirut."
    places = geocoder.geoparse(nlp(text), every_toponym=every_toponym)
    assert "SAU" not in {p.iso3 for p in places}


def test_an_army_s_mixed_case_acronym_is_no_town(geocoder: Geocoder, nlp: Language) -> None:
    text = "After hours of fighting near Douentza, the FAMa recovered a large quantity of weapons."
    assert "FAMa" not in _texts(geocoder.geoparse(nlp(text)))


def test_a_place_the_ner_calls_a_date_is_still_a_place(geocoder: Geocoder, nlp: Language) -> None:
    places = geocoder.geoparse(nlp("Gunmen shot dead two labourers in Turbat on Sunday."))
    assert _mention(places, "Turbat").iso3 == "PAK"


def test_a_hyphenated_people_name_is_no_place(geocoder: Geocoder, nlp: Language) -> None:
    text = "Armed volunteers from the Kuki-Zo communities exchanged fire near Moirang."
    places = geocoder.geoparse(nlp(text), every_toponym=True)
    assert _texts(places) == ["Moirang"]


def test_a_town_the_ner_calls_a_person_is_a_place_when_a_council_is_its(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Gunmen killed a candidate for the municipal council of Chilapa de Álvarez."
    assert _mention(geocoder.geoparse(nlp(text)), "Chilapa de Álvarez").iso3 == "MEX"

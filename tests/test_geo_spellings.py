"""Place names as reports spell them: linking words, hyphens, local division prefixes, loose
spellings, state abbreviations in notes, and names that belong to something else.

Sentences written for these tests; the real spaCy model, the embedded gazetteer and, where the
event's location is the point, the whole pipeline.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from coder.gazetteer_build import display_admin
from coder.geo import Geocoder
from coder.geo_names import spelling_key
from coder.models import Place

pytestmark = pytest.mark.slow


def _found(geocoder: Geocoder, nlp: Language, text: str) -> dict[str, Place]:
    return {p.span.text: p for p in geocoder.geoparse(nlp(text)) if p.span is not None}


def _location(coder: Any, text: str) -> tuple[str | None, str | None, int | None]:
    rows = coder.code_text(text, published=date(2024, 3, 10)).rows
    assert rows, f"no event coded from {text!r}"
    return rows[0].location, rows[0].iso3, rows[0].geo_precision


# -- names of several words -------------------------------------------------------------------


def test_a_town_written_with_its_kind_after_it_is_found(geocoder: Geocoder, nlp: Language) -> None:
    # spaCy reads "Pul-e-Khumri city" as one GPE; no place has that whole name, yet it is no
    # demonym either: the town inside it is the mention
    found = _found(geocoder, nlp, "Gunmen stormed a checkpoint in Pul-e-Khumri city on Monday.")
    assert found["Pul-e-Khumri"].iso3 == "AFG"


def test_a_hyphenated_name_goes_on_through_a_linking_word(
    geocoder: Geocoder, nlp: Language
) -> None:
    found = _found(geocoder, nlp, "Fighters entered Mahmud-e-Raqi city, Kapisa, at dawn.")
    assert found["Mahmud-e-Raqi"].iso3 == "AFG"


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        (
            "Two men were shot dead in Gaucha do Norte, Mato Grosso, on Friday.",
            "Gaucha do Norte",
            "BRA",
        ),
        ("Bakers in Kut e Abdollah walked out over unpaid wages.", "Kut e Abdollah", "IRN"),
    ],
)
def test_a_name_goes_on_through_a_spaced_linking_word(
    geocoder: Geocoder, nlp: Language, text: str, name: str, iso3: str
) -> None:
    # not "Gaucha" (an alternate name of a town elsewhere) nor "Kut" (a village in Ukraine)
    assert _found(geocoder, nlp, text)[name].iso3 == iso3


def test_half_of_an_unknown_hyphenated_name_is_no_place(geocoder: Geocoder, nlp: Language) -> None:
    # "Igbo" alone is an alternate name of Igbo-Ukwu in Nigeria; "Igbo-Okpala" is another place
    found = _found(geocoder, nlp, "Herders raided cattle pens in Igbo-Okpala, Benin, overnight.")
    assert "Igbo" not in found
    assert found["Benin"].iso3 == "BEN"


def test_a_city_before_its_quarter_stays_a_mention(geocoder: Geocoder, nlp: Language) -> None:
    found = _found(geocoder, nlp, "A grenade went off in a cafe of Mogadishu-Hodan district.")
    assert found["Mogadishu"].iso3 == "SOM"


def test_two_towns_joined_by_a_hyphen_name_a_road_between_them(
    geocoder: Geocoder, nlp: Language
) -> None:
    found = _found(geocoder, nlp, "Traders blocked the Nakuru-Eldoret highway for hours.")
    assert found["Nakuru"].iso3 == "KEN"  # Eldoret, a town of the same country, keeps it


# -- division names and loose spellings -------------------------------------------------------


def test_a_local_kind_prefix_is_no_part_of_a_division_name() -> None:
    assert display_admin("Province du Soum", "") == "Soum"
    assert display_admin("Province de l'Oudalan", "") == "Oudalan"
    assert display_admin("Departamento de Antioquia", "") == "Antioquia"
    assert display_admin("Provincia di Roma", "") == "Roma"
    assert display_admin("Municipio Sucre", "") == "Sucre"
    assert display_admin("Kadiogo", "") == "Kadiogo"


def test_a_province_known_by_its_local_name_is_found_by_its_bare_name(
    geocoder: Geocoder, nlp: Language
) -> None:
    found = _found(geocoder, nlp, "Soldiers were ambushed near Djibo (Soum) on Sunday.")
    assert (found["Soum"].iso3, found["Soum"].name) == ("BFA", "Soum")


def test_the_spelling_key_forgives_doubled_letters_articles_and_ayn() -> None:
    assert spelling_key("garbatulla") == spelling_key("garba tula")
    assert spelling_key("busra esh sham") == spelling_key("busra ash sham")
    assert spelling_key("ain al arab") == spelling_key("ayn al arab")
    assert spelling_key("gao") == ""  # too short to compare loosely


def test_a_loose_spelling_finds_the_town_when_no_name_matches(
    geocoder: Geocoder, nlp: Language
) -> None:
    found = _found(geocoder, nlp, "Raiders torched huts outside Garbatulla, Isiolo, last night.")
    assert found["Garbatulla"].name == "Garba Tula"


# -- notes and names that belong to something else --------------------------------------------


def test_a_state_abbreviation_closing_a_note_names_the_state(coder: Any) -> None:
    text = "On 2 March 2024, troops of India and Pakistan exchanged fire at Kupwara (Kupwara, J&K)."
    _, iso3, _ = _location(coder, text)
    assert iso3 == "IND"


def test_a_state_abbreviation_outside_a_note_names_nothing(
    geocoder: Geocoder, nlp: Language
) -> None:
    found = _found(geocoder, nlp, "AP reported that protesters marched through Lagos.")
    assert "AP" not in found


def test_the_region_in_an_armed_group_name_is_no_scene(coder: Any) -> None:
    text = (
        "On 4 March 2024, suspected IS Sahel militants abducted two herders in Bonkoukou "
        "(Banibangou, Tillaberi)."
    )
    location, iso3, _ = _location(coder, text)
    assert (iso3, location) != ("BFA", "Sahel")
    assert iso3 == "NER"


def test_a_market_named_after_its_town_places_the_event_there(coder: Any) -> None:
    text = "On 5 March 2024, traders at Kitale Market stoned county askaris who seized their goods."
    location, iso3, _ = _location(coder, text)
    assert (location, iso3) == ("Kitale", "KEN")


def test_a_zone_of_a_named_city_is_that_city(coder: Any) -> None:
    text = (
        "On 6 March 2024, in the North Zone of Rio de Janeiro, Rio de Janeiro, police exchanged "
        "fire with gang members."
    )
    location, iso3, _ = _location(coder, text)
    assert (location, iso3) == ("Rio de Janeiro", "BRA")


def test_the_french_spelling_of_tyre_and_a_former_kenyan_province(
    geocoder: Geocoder, nlp: Language
) -> None:
    assert (
        _found(geocoder, nlp, "Rockets fell on an orchard near Tyr at noon.")["Tyr"].iso3 == "LBN"
    )
    found = _found(geocoder, nlp, "Police dispersed marchers across Nyanza region on Monday.")
    assert found["Nyanza"].iso3 == "KEN"


def test_a_nigerian_local_government_area_is_a_district(geocoder: Geocoder, nlp: Language) -> None:
    found = _found(geocoder, nlp, "Gunmen stormed a hamlet in Bokkos LGA on Saturday night.")
    assert found["Bokkos"].iso3 == "NGA"  # "LGA" is a kind of division, not part of the name

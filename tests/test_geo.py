"""Toponym resolution and event location, with the real spaCy model and the embedded gazetteer."""

from __future__ import annotations

import pytest
from spacy.language import Language

from coder.geo import Geocoder
from coder.models import Place, TextSpan

pytestmark = pytest.mark.slow


def _mention(places: list[Place], text: str) -> Place:
    found = [p for p in places if p.span is not None and p.span.text == text]
    assert found, f"{text!r} not among {[p.span.text for p in places if p.span]}"
    return found[0]


def _whole(text: str) -> TextSpan:
    return TextSpan(0, len(text), text)


def test_tripoli_resolves_to_libya_in_a_libyan_story(geocoder: Geocoder, nlp: Language) -> None:
    text = "Libya's unity government said militias fought overnight in Tripoli and near Misrata."
    place = _mention(geocoder.geoparse(nlp(text)), "Tripoli")
    assert place.iso3 == "LBY"


def test_tripoli_resolves_to_lebanon_in_a_lebanese_story(geocoder: Geocoder, nlp: Language) -> None:
    text = "Protesters blocked roads in Beirut and Tripoli as Lebanon's currency collapsed."
    place = _mention(geocoder.geoparse(nlp(text)), "Tripoli")
    assert place.iso3 == "LBN"
    assert place.span is not None and text[place.span.start : place.span.end] == "Tripoli"
    assert place.reason


def test_georgia_is_the_us_state_in_an_american_story(geocoder: Geocoder, nlp: Language) -> None:
    text = "Voters lined up in Atlanta as Georgia and Alabama counted ballots in the US election."
    place = _mention(geocoder.geoparse(nlp(text)), "Georgia")
    assert place.iso3 == "USA"
    assert place.feature_code == "ADM1"


def test_georgia_is_the_country_in_a_caucasus_story(geocoder: Geocoder, nlp: Language) -> None:
    text = "Russia and Georgia traded accusations after shelling near Tbilisi and in Armenia."
    place = _mention(geocoder.geoparse(nlp(text)), "Georgia")
    assert place.iso3 == "GEO"
    assert place.feature_code == "PCLI"


def test_a_country_hint_decides_an_otherwise_ambiguous_name(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Fighters attacked a checkpoint in Tripoli on Sunday."
    assert _mention(geocoder.geoparse(nlp(text), country_hints=["LBN"]), "Tripoli").iso3 == "LBN"


def test_a_demonym_informs_the_country_but_is_not_a_place(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Syrian troops shelled rebel positions in Tripoli."
    places = geocoder.geoparse(nlp(text))
    assert all(p.span is None or p.span.text != "Syrian" for p in places)
    assert geocoder.gazetteer.iso3_for_demonym("Syrian") == "SYR"


def test_district_and_province_pattern_codes_the_district(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Gunmen killed two farmers in Jalalabad district, Nangarhar province, on Monday."
    located = geocoder.locate(_whole(text), geocoder.geoparse(nlp(text)))
    assert located is not None
    assert located.iso3 == "AFG" and located.admin1 == "Nangarhar"
    assert located.geo_precision == 2


def test_town_with_its_province_in_parentheses_is_the_town(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "On Friday, soldiers clashed with militants in Afgooye (Lower Shabelle)."
    located = geocoder.locate(_whole(text), geocoder.geoparse(nlp(text)))
    assert located is not None
    assert located.name == "Afgooye" and located.geo_precision == 1
    assert located.admin1 == "Lower Shabelle" and located.country == "Somalia"


def test_near_a_town_gives_precision_two(geocoder: Geocoder, nlp: Language) -> None:
    text = "A roadside bomb exploded near Kandahar, wounding three police officers."
    located = geocoder.locate(_whole(text), geocoder.geoparse(nlp(text)))
    assert located is not None
    assert located.iso3 == "AFG" and located.geo_precision == 2
    assert "near" in located.reason


def test_a_province_alone_gives_precision_three(geocoder: Geocoder, nlp: Language) -> None:
    text = "Heavy clashes were reported in Borno State on Tuesday."
    located = geocoder.locate(_whole(text), geocoder.geoparse(nlp(text)))
    assert located is not None
    assert located.feature_code == "ADM1" and located.admin1 == "Borno"
    assert located.geo_precision == 3


def test_locate_falls_back_to_an_earlier_mention(geocoder: Geocoder, nlp: Language) -> None:
    text = "Talks were held in Mogadishu. Later, gunmen opened fire on a convoy."
    doc = nlp(text)
    places = geocoder.geoparse(doc)
    second = list(doc.sents)[1]
    sentence = TextSpan(second.start_char, second.end_char, second.text)
    located = geocoder.locate(sentence, places)
    assert located is not None and located.name == "Mogadishu"
    assert "earlier" in located.reason


def test_locate_falls_back_to_the_hinted_country(geocoder: Geocoder) -> None:
    text = "Gunmen opened fire on a convoy."
    located = geocoder.locate(_whole(text), [], country_hints=["KEN"])
    assert located is not None
    assert located.iso3 == "KEN" and located.geo_precision == 3 and located.country == "Kenya"


def test_locate_without_any_clue_returns_none(geocoder: Geocoder) -> None:
    assert geocoder.locate(_whole("Nothing happened."), []) is None


def test_a_country_name_resolves_to_the_country(geocoder: Geocoder, nlp: Language) -> None:
    text = "Aid agencies warned of famine in Somalia."
    place = _mention(geocoder.geoparse(nlp(text)), "Somalia")
    assert place.feature_code == "PCLI" and place.iso3 == "SOM"


def test_a_country_used_as_a_modifier_does_not_move_the_story(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Traders protested against the soaring US dollar rate in Beirut on Monday."
    located = geocoder.locate(_whole(text), geocoder.geoparse(nlp(text)))
    assert located is not None
    assert located.iso3 == "LBN" and located.name == "Beirut"


def test_an_acronym_is_not_resolved_to_a_small_town(geocoder: Geocoder, nlp: Language) -> None:
    text = "Fighters of the SNA attacked a base in Kismayo."
    places = geocoder.geoparse(nlp(text))
    assert [p.span.text for p in places if p.span] == ["Kismayo"]


def test_a_capitalized_word_after_in_is_found_without_the_ner(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "On 3 May, herders clashed in Kalale (Borgou) over grazing land."
    places = geocoder.geoparse(nlp(text))
    kalale = _mention(places, "Kalale")
    assert kalale.iso3 == "BEN" and kalale.admin1 == "Borgou"


def test_geoparse_of_an_article_without_places_is_empty(geocoder: Geocoder, nlp: Language) -> None:
    assert geocoder.geoparse(nlp("The meeting ended without an agreement.")) == []


def test_a_district_province_note_fixes_the_country_and_admin1(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Militants raided a farm in Qorowle hamlet (Afmadow, Lower Juba) before dawn."
    places = geocoder.geoparse(nlp(text))
    place = geocoder.locate(_whole(text), places)
    assert place is not None
    assert (place.iso3, place.admin1) == ("SOM", "Lower Juba")


def test_an_unknown_part_of_a_note_is_not_read_as_a_foreign_town(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Gunmen burned a granary in Tchakamadji (Mayo-Sava, Extreme-Nord) on Sunday."
    places = geocoder.geoparse(nlp(text))
    assert {p.iso3 for p in places} == {"CMR"}, [(p.span, p.iso3) for p in places]


def test_a_one_part_note_may_name_the_town_itself(geocoder: Geocoder, nlp: Language) -> None:
    text = "Rival brigades exchanged fire on the Airport Road of Tripoli (Tripoli) overnight."
    place = geocoder.locate(_whole(text), geocoder.geoparse(nlp(text)))
    assert place is not None
    assert (place.iso3, place.feature_code) == ("LBY", "PPLC")


def test_a_lone_small_namesake_abroad_does_not_outvote_the_named_capital(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = (
        "Traders marched in Tombo market district of Freetown city (Western Area Urban, "
        "Western) against new levies."
    )
    place = geocoder.locate(_whole(text), geocoder.geoparse(nlp(text)))
    assert place is not None
    assert (place.iso3, place.admin1) == ("SLE", "Western")


def test_a_village_near_a_named_border_is_not_a_namesake_on_another_continent(
    geocoder: Geocoder, nlp: Language
) -> None:
    # "Wari" names a town in India and one in Nigeria; the story is about the Kenyan border
    text = "Gunmen killed five herders at Wari village, ten kilometres from the Kenya border."
    places = geocoder.geoparse(nlp(text))
    assert all(p.iso3 == "KEN" for p in places)
    assert "modifier" not in _mention(places, "Kenya").reason


def test_a_town_in_a_neighbouring_country_is_kept_in_a_story_about_another(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Al Shabaab attackers threw a grenade at a bus in Eastleigh, home to many Somalis."
    assert _mention(geocoder.geoparse(nlp(text)), "Eastleigh").iso3 == "KEN"


def test_an_all_caps_dateline_is_a_place(geocoder: Geocoder, nlp: Language) -> None:
    text = "March 3, 2021 HARTFORD -- State lawmakers debated a new budget on Tuesday."
    assert _mention(geocoder.geoparse(nlp(text)), "HARTFORD").iso3 == "USA"


def test_a_possessive_place_name_is_found_without_its_ending(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Crews worked overnight to repair San Francisco's cable cars after the storm."
    assert _mention(geocoder.geoparse(nlp(text)), "San Francisco").iso3 == "USA"


def test_a_country_opening_a_company_name_is_a_mention_but_not_the_event_place(
    geocoder: Geocoder, nlp: Language
) -> None:
    text = "Kenya Airways staff went on strike in Mombasa over unpaid wages."
    places = geocoder.geoparse(nlp(text))
    assert _mention(places, "Kenya").iso3 == "KEN"
    place = geocoder.locate(_whole(text), places)
    assert place is not None and place.name == "Mombasa"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Raiders stole cattle from herders near the border with Somalia.", 0),
        ("A convoy of aid lorries came under fire close to the Somalia border.", 0),
        ("Gunmen torched a telecom mast. They then escaped into Somalia.", 0),
    ],
)
def test_the_far_side_of_a_border_or_where_attackers_fled_is_not_the_scene(
    geocoder: Geocoder, nlp: Language, text: str, event: int
) -> None:
    doc = nlp(text)
    places = geocoder.geoparse(doc)
    somalia = _mention(places, "Somalia")
    assert "border or a destination" in somalia.reason
    sent = list(doc.sents)[event]
    located = geocoder.locate(
        TextSpan(sent.start_char, sent.end_char, sent.text), places, country_hints=["SOM", "KEN"]
    )
    assert located is not None and located.iso3 == "KEN"


def test_people_who_crossed_into_a_country_bring_the_story_there(
    geocoder: Geocoder, nlp: Language
) -> None:
    places = geocoder.geoparse(nlp("Police held three men who had crossed into Kenya."))
    assert "border or a destination" not in _mention(places, "Kenya").reason


def test_a_compass_word_is_no_province_of_a_country_the_story_never_names(
    geocoder: Geocoder, nlp: Language
) -> None:
    places = geocoder.geoparse(
        nlp("The Eastern regional police commander said patrols would go on.")
    )
    assert [p.span.text for p in places if p.span] == []
    zambia = geocoder.geoparse(nlp("Police in Zambia's Eastern Province arrested two men."))
    assert any(p.span and p.span.text == "Eastern" for p in zambia)


def test_both_countries_of_a_border_named_by_a_hyphen_are_its_sides(
    geocoder: Geocoder, nlp: Language
) -> None:
    places = geocoder.geoparse(nlp("Herders crossed the Kenya-Somalia border with their camels."))
    assert all(
        "border or a destination" in _mention(places, c).reason for c in ("Kenya", "Somalia")
    )


@pytest.mark.parametrize(
    ("text", "mention", "field", "value"),
    [
        # a city possessive written without its apostrophe is the city
        (
            "Police fired tear gas at protesters in Kampalas city centre.",
            "Kampalas",
            "name",
            "Kampala",
        ),
        # a facility named after its town lies at the town
        ("Rockets fell inside Hama Airbase overnight, a monitor said.", "Hama", "iso3", "SYR"),
        # a village the NER took for a person or a body still gives its province
        ("Residents found two burned cars in Tepuche Sinaloa on Friday.", "Sinaloa", "iso3", "MEX"),
    ],
)
def test_a_place_inside_a_name_the_ner_misreads_is_still_found(
    geocoder: Geocoder, nlp: Language, text: str, mention: str, field: str, value: str
) -> None:
    assert getattr(_mention(geocoder.geoparse(nlp(text)), mention), field) == value

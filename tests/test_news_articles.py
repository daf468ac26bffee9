"""Whole news articles, as scraped: headlines, background paragraphs, several events in one
sentence, and places the named-entity tagger mislabels. Every text here is written for these
tests."""

from __future__ import annotations

from collections import Counter
from datetime import date

from coder.models import EventRow
from coder.pipeline import Coder

PUBLISHED = date(2023, 3, 17)  # a Friday


def _rows(coder: Coder, text: str) -> list[EventRow]:
    return coder.code_text(text, published=PUBLISHED).rows


def test_a_headline_yields_to_the_lede_that_reports_the_same_event(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Army retakes border town from rebels\n\n"
        "By Staff Reporter\n\n"
        "KAMPALA (Wire) - Soldiers recaptured the town of Kasese from rebel fighters on "
        "Thursday after two days of fighting, the army said.\n",
    )

    assert [r.sub_event_type for r in rows] == ["Government regains territory"]
    assert rows[0].trigger == "recaptured"
    assert rows[0].event_date == date(2023, 3, 16)


def test_a_headline_still_codes_when_the_body_reports_no_event(coder: Coder) -> None:
    rows = _rows(coder, "Rebels shell army base near Goma\n\nMore details soon, officials said.\n")

    assert [r.event_type for r in rows] == ["Explosions/Remote violence"]


def test_a_background_paragraph_lends_the_event_neither_deaths_nor_date(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing seven people.\n\n"
        "In October 2017, a truck bomb killed more than 500 people in the city.\n",
    )

    assert len(rows) == 1
    assert rows[0].fatalities == 7
    assert rows[0].event_date == date(2023, 3, 14)


def test_a_follow_on_sentence_about_the_event_still_adds_its_deaths(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Gunmen attacked a bus near Garissa on Tuesday. Four passengers were killed, police said.",
    )

    assert [r.fatalities for r in rows] == [4]


def test_an_event_a_day_before_the_sentence_s_own_is_coded_too(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Gunmen shot dead two health workers in Peshawar on Thursday, a day after a roadside "
        "bomb struck a police van in Quetta.",
    )

    assert sorted(r.sub_event_type for r in rows) == ["Attack", "Remote explosive/landmine/IED"]


def test_a_city_the_tagger_calls_a_group_or_a_nationality_is_still_the_place(
    coder: Coder,
) -> None:
    aleppo = _rows(coder, "Rebels attacked Aleppo on Saturday.")
    idlib = _rows(coder, "Government forces shelled Idlib on Monday.")
    weekday = _rows(coder, "Rebels broke the siege of Aleppo Saturday, the group said.")

    assert [r.location for r in aleppo + weekday] == ["Aleppo", "Aleppo"]
    assert [r.iso3 for r in idlib] == ["SYR"]


def test_a_group_whose_name_is_another_spelling_of_a_town_is_not_that_town(
    coder: Coder,
) -> None:
    rows = _rows(coder, "Hamas fighters fired rockets at Ashkelon on Monday.")

    assert [r.iso3 for r in rows] == ["ISR"]


def test_a_later_claim_of_responsibility_names_the_bomber(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing seven people. "
        "Officials said the death toll could rise. Al Shabaab claimed responsibility for the "
        "attack in a statement.",
    )

    assert [r.actor1 for r in rows] == ["Al Shabaab"]


def test_a_denied_claim_names_nobody(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing seven people. "
        "Al Shabaab denied responsibility for the attack.",
    )

    assert rows and rows[0].actor1 != "Al Shabaab"


def test_a_threat_with_its_date_between_verb_and_infinitive_codes_nothing(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A rebel commander threatened on Monday to attack army bases in Cauca unless the "
        "government halted its operations.",
    )

    assert rows == []


def test_what_a_group_habitually_does_is_not_another_event(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A roadside bomb killed four soldiers near Afgooye on Sunday, an officer said. "
        "Al Shabaab often uses such bombs against government troops.",
    )

    assert [r.fatalities for r in rows] == [4]


def test_the_country_that_leads_or_backs_a_force_is_not_the_scene(coder: Coder) -> None:
    def context(text: str) -> Counter[str]:
        weights: Counter[str] = Counter()
        coder.geocoder.finder.find(coder.parser.parse_text(text), weights)
        return weights

    assert context("Saudi-led airstrikes hit a market in Al Jawf.")["SAU"] == 0
    assert context("US-backed fighters took the town.")["USA"] == 0
    assert context("Saudi troops shelled a market in Al Jawf.")["SAU"] > 0


def test_a_refugee_camp_named_by_its_refugees_lies_where_the_text_places_it(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "Two families clashed with guns in a Palestinian refugee camp in Tyre on Monday.",
    )

    assert [r.iso3 for r in rows] == ["LBN"]


def test_ghana_s_regions_of_2019_are_known(coder: Coder) -> None:
    rows = _rows(coder, "Youths attacked Fulani herders near Nalerigu (North East) on Monday.")

    assert [(r.iso3, r.admin1) for r in rows] == [("GHA", "North East")]


def test_the_strike_told_again_is_the_same_strike_placed_more_sharply(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A Myanmar military jet bombed a village in the Sagaing region on Sunday, killing 11 "
        "civilians. "
        "The air strike hit a school and a monastery near Monywa, residents said.",
    )

    assert [(r.sub_event_type, r.location) for r in rows] == [("Air/drone strike", "Monywa")]
    assert rows[0].fatalities == 11


def test_an_event_noun_without_the_article_is_a_new_event(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A military jet bombed a village in the Sagaing region on Sunday. "
        "On Tuesday, an air strike hit a school in Kani township, residents said.",
    )

    assert len(rows) == 2


def test_a_past_event_told_as_history_codes_no_event_of_its_own(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Gunmen killed four traders at a market in Bunia on Wednesday, local officials said.\n\n"
        "In August 2021, rebels seized the nearby town of Komanda. Foreign troops deployed in "
        "2020 helped the army recapture the district centre.\n",
    )

    assert [(r.location, r.event_date) for r in rows] == [("Bunia", date(2023, 3, 15))]


def test_the_device_of_a_bombing_going_off_is_the_same_bombing(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Four soldiers were killed when their truck struck a roadside bomb near Menaka on "
        "Monday, the army said. The truck was travelling between Anderamboukane and Inekar when "
        "the device exploded, the statement said.",
    )

    assert [(r.sub_event_type, r.fatalities) for r in rows] == [
        ("Remote explosive/landmine/IED", 4)
    ]


def test_a_follow_on_placed_only_in_the_province_of_the_event_is_the_same_event(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "Rebels attacked army positions outside the town of Rutshuru on Wednesday, killing two "
        "soldiers. The fighters advanced from the hills in North Kivu before dawn and were "
        "pushed back by troops, an army spokesman said.",
    )

    assert [r.location for r in rows] == ["Rutshuru"]


def test_a_headline_s_event_does_not_make_the_lede_an_aftermath(coder: Coder) -> None:
    # killing soldiers is a clash unless an event of another type came before it; the headline
    # tells the article's events again and comes before none of them
    rows = _rows(
        coder,
        "Soldiers killed in base assault, women abducted near Kaya\n\n"
        "At least nine soldiers were killed on Tuesday when fighters stormed an army base in "
        "Djibo, security sources said.\n",
    )

    assert [r.sub_event_type for r in rows] == ["Armed clash"]


def test_a_city_named_with_one_of_its_quarters_is_the_city(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Students marched through central Dhaka on Tuesday, while unions met in Sylhet. "
        "The Dhaka march ended at Shahbagh intersection without incident, police said.",
    )

    assert [(r.sub_event_type, r.location) for r in rows] == [("Peaceful protest", "Dhaka")]


def test_officers_moving_in_after_a_protest_is_part_of_the_protest(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Police fired tear gas on Tuesday to break up hundreds of traders protesting outside the "
        "county offices in Nakuru. Officers moved in when the crowd tried to block the avenue, "
        "witnesses said.",
    )

    assert [r.event_type for r in rows] == ["Protests"]


def test_the_dateline_s_date_is_not_the_event_s_date(coder: Coder) -> None:
    rows = _rows(
        coder,
        "IMPHAL, March 17 - Gunmen shot dead two farmers near Jiribam late on Wednesday, police "
        "said.",
    )

    assert [r.event_date for r in rows] == [date(2023, 3, 15)]


def test_an_acronym_inside_a_hyphenated_city_name_is_no_actor(coder: Coder) -> None:
    rows = _rows(
        coder,
        "PORT-AU-PRINCE, Haiti - Residents of Petion-Ville beat two suspected kidnappers to death "
        "on Wednesday, police said.",
    )

    assert rows and all("African Union" not in (r.actor1 or "") for r in rows)


def test_an_event_noun_placed_in_another_town_is_the_lede_s_other_event(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Police fired tear gas on Thursday to clear protesters blocking a highway in Juliaca, "
        "while thousands marched peacefully in Lima.\n\n"
        "The march in Lima, called by transport unions, ended without incident.\n",
    )

    assert sorted(r.location for r in rows) == ["Juliaca", "Lima"]


def test_weapons_recovered_after_a_clash_are_part_of_the_clash(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Soldiers clashed with rebels near Kabankalan on Monday, killing three of them, the army "
        "said. Troops recovered four high-powered rifles, an improvised explosive device and "
        "documents.",
    )

    assert [r.sub_event_type for r in rows] == ["Armed clash"]


def test_a_road_named_after_a_nearby_city_does_not_make_another_event(coder: Coder) -> None:
    text = (
        "A textile worker died on Monday when a wage protest in Gazipur turned violent.\n\n"
        "Hundreds of workers had first marched along the Dhaka-Mymensingh highway, blocking "
        "traffic for three hours, before they threw stones at police.\n"
    )
    rows = coder.code_text(text, published=date(2024, 6, 4)).rows

    assert [r.location for r in rows] == ["Gazipur"]


def test_a_communique_s_toll_a_few_paragraphs_on_counts_for_the_clash(coder: Coder) -> None:
    text = (
        "Army repels rebel attack on hill positions\n\n"
        "1. On Tuesday 12 March 2024, rebels attacked army positions on a hill near Rutshuru.\n\n"
        "2. Our units pushed the enemy back after three hours of fighting. The attackers fled "
        "towards the forest.\n\n"
        "3. The provisional toll is as follows: nine (9) rebels killed and four rifles "
        "recovered.\n"
    )
    rows = coder.code_text(text, published=date(2024, 3, 13)).rows

    assert [(r.event_type, r.fatalities) for r in rows] == [("Battles", 9)]


def test_another_account_of_the_same_deaths_is_the_same_event(coder: Coder) -> None:
    text = (
        "At least nine people were killed on Monday in clashes between herders and farmers "
        "near Moundou, officials said.\n\n"
        "In a statement on the radio, the governor said six farmers and three herders had been "
        "killed and that several huts were burned.\n"
    )
    rows = coder.code_text(text, published=date(2024, 5, 15)).rows

    assert [(r.event_type, r.fatalities) for r in rows] == [("Battles", 9)]


def test_a_source_naming_who_carried_out_the_attack_adds_no_event(coder: Coder) -> None:
    text = (
        "A soldier was killed when a roadside bomb exploded beside his patrol near Tak Bai on "
        "Thursday morning.\n\n"
        "A military spokesman said the attack had been carried out by a local insurgent cell.\n"
    )
    rows = coder.code_text(text, published=date(2024, 10, 25)).rows

    assert [r.event_type for r in rows] == ["Explosions/Remote violence"]


def test_a_lede_after_a_capitalized_dateline_is_parsed_as_its_own_sentence(coder: Coder) -> None:
    text = (
        "Residents rally against armed groups\n\n"
        "MISRATA - Hundreds of residents gathered in the main square on Sunday evening, demanding "
        "that the government remove armed groups from the city after a week of clashes.\n"
    )
    rows = coder.code_text(text, published=date(2024, 11, 4)).rows

    assert [(r.event_type, r.event_date) for r in rows] == [("Protests", date(2024, 11, 3))]


def test_an_undated_summary_before_the_dated_report_yields_to_the_report(coder: Coder) -> None:
    text = (
        "Dozens of soldiers killed as jihadists storm army camp\n\n"
        "The assault on the besieged town of Djibo is the deadliest against the army in months.\n\n"
        "Hundreds of fighters on motorbikes attacked the main army camp in Djibo at dawn on "
        "Saturday, setting off a battle that lasted most of the day.\n"
    )
    rows = coder.code_text(text, published=date(2024, 10, 8)).rows

    assert [(r.event_type, r.event_date) for r in rows] == [("Battles", date(2024, 10, 5))]


def test_a_gang_attacking_a_neighbourhood_and_killing_residents_attacks_civilians(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "Gang members attacked the Noailles neighbourhood of Croix-des-Bouquets on Tuesday, "
        "killing at least 11 residents.",
    )

    assert [r.sub_event_type for r in rows] == ["Attack"]


def test_a_sentence_opening_on_the_bomb_of_the_lede_is_the_same_bombing(coder: Coder) -> None:
    text = (
        "A roadside bomb killed a policeman near Lakki Marwat on Monday, officials said.\n\n"
        "The bomb, planted along the road to the market, exploded as the patrol passed.\n"
    )
    rows = coder.code_text(text, published=date(2024, 10, 29)).rows

    assert [(r.sub_event_type, r.fatalities) for r in rows] == [
        ("Remote explosive/landmine/IED", 1)
    ]


def test_a_protest_that_turns_violent_is_one_violent_demonstration(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Hundreds of traders took to the streets of Mombasa on Monday to condemn new market"
        " fees. Youths blocked the roads with burning tyres and stoned passing cars.",
    )
    assert [r.sub_event_type for r in rows] == ["Violent demonstration"]
    assert rows[0].location == "Mombasa"


def test_the_barricade_s_builders_are_its_actors(coder: Coder) -> None:
    # the parser hangs "with burning tyres" on the road, not on the verb
    (row,) = _rows(coder, "On Monday demonstrators blocked the road with burning tyres.")
    assert row.actor1_text is not None and row.actor1_text.lower() == "demonstrators"


def test_a_basketball_report_is_sport_from_its_first_shootout_to_the_last_steal(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "Lions edge Hawks in overtime\n\n"
        "The Lions survived a late shootout to beat the Hawks 98-95 in overtime on Thursday"
        " and reach the semifinal. Their centre grabbed 14 rebounds and added six assists, and"
        " a steal in the final seconds sealed it. The referees called 40 fouls. The crowd"
        " exploded at the buzzer.",
    )
    assert rows == []


def test_a_road_race_is_sport_too(coder: Coder) -> None:
    rows = _rows(
        coder,
        "The two Olympic finalists fought to the line on Sunday. The winner shot past his"
        " training partner on the last climb; the runner-up said the athletics federation"
        " would pick its championships squad next month.",
    )
    assert rows == []


def test_a_march_that_was_postponed_or_called_off_did_not_happen(coder: Coder) -> None:
    assert _rows(coder, "The organisers said the march had been postponed on Thursday.") == []
    assert _rows(coder, "Unions in Lagos called off the strike on Wednesday.") == []


def test_an_attack_in_early_last_year_is_history(coder: Coder) -> None:
    text = "The gang attacked the police station in Croix-des-Bouquets in early 2022."
    assert _rows(coder, text) == []


def test_a_quoted_participant_who_joined_the_blockade_is_no_second_protest(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Fuel protest paralyses Maputo\n\n"
        "MAPUTO, March 17 (Wire) - Taxi drivers and young people blocked the main roads into the"
        " centre of Maputo on Wednesday and burned tyres to protest against a rise in fuel"
        " prices.\n\nShops stayed shut and few buses ran, residents said.\n\n"
        '"A driver earns nothing now," said Alberto Mondlane, a driver who joined the blockade.',
    )
    assert [r.sub_event_type for r in rows] == ["Violent demonstration"]


def test_a_quoted_participant_alone_still_tells_the_protest(coder: Coder) -> None:
    rows = _rows(
        coder,
        '"We have not been paid since January," said Grace Achieng, a nurse who joined the'
        " sit-in outside the county offices in Kisumu on Wednesday.",
    )
    assert [r.sub_event_type for r in rows] == ["Peaceful protest"]


def test_what_a_force_has_done_since_a_year_is_no_news(coder: Coder) -> None:
    rows = _rows(
        coder,
        "The Rwandan contingent, which has deployed troops in Cabo Delgado since 2021, said its"
        " soldiers clashed with insurgents near Mueda late last week.",
    )
    assert [(r.sub_event_type, r.event_date, r.time_precision) for r in rows] == [
        ("Armed clash", date(2023, 3, 9), 2)
    ]


def test_head_torches_are_lamps(coder: Coder) -> None:
    text = "Miners climbed the slopes at night with head torches on Tuesday in Hpakant."
    assert _rows(coder, text) == []


def test_the_killing_after_a_grenade_is_its_toll_not_an_attack_of_its_own(coder: Coder) -> None:
    # the parser hangs "hurled" on "motorcycle" and "killing" on "men": no clause ties them
    rows = _rows(
        coder,
        "In Turbat, in Kech district, unidentified men on a motorcycle hurled a hand grenade"
        " into a tailor's shop in the bazaar on Tuesday evening, killing the tailor and"
        " wounding two customers, police said.",
    )
    assert [r.sub_event_type for r in rows] == ["Grenade"]


def test_the_number_of_people_killed_in_attacks_is_a_tally(coder: Coder) -> None:
    text = (
        "The count brings to 63 the number of civilians killed in air attacks on the province"
        " since the start of the month, the monitor said."
    )
    assert _rows(coder, text) == []


def test_a_line_of_tags_codes_nothing(coder: Coder) -> None:
    assert _rows(coder, "Tags: Idlib, Turkish drones, regime shelling, Hasakah") == []

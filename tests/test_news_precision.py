"""What news text says that is no new event, and what it says that is one.

Each case is a short text written for these tests, coded by the whole pipeline: metaphors of
sports and business stories, words that name people or states, tallies, old history, a second
name for one scene, a communique's incidents told one after the other.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

pytestmark = pytest.mark.slow

_PUBLISHED = date(2024, 6, 12)


def _rows(coder: Any, text: str, published: date = _PUBLISHED) -> list[Any]:
    return list(coder.code_text(text, published=published).rows)


def _types(coder: Any, text: str, published: date = _PUBLISHED) -> list[str]:
    return [r.sub_event_type for r in _rows(coder, text, published)]


# -- words that are no event ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a football report: its war words are metaphors throughout
        "Kano Pillars were stunned by an early goal, but the visitors regrouped and mounted a "
        "counter-offensive "
        "before half-time. The striker scored again after the break, the coach praised his squad, "
        "and the defence finally surrendered in the 85th minute of the match.",
        # a company story
        "Shares of the retailer fell as investors weighed the takeover bid. Analysts said the "
        "merger would lift revenues and margins, but the chief executive warned that the firm "
        "was losing the battle for the consumer.",
        "The home side left their rivals shell-shocked with three goals in ten minutes.",
        "The toll has risen to nine after three of the wounded died overnight, medics said.",
        "Lawyers say some murder suspects spend more than five years on remand before trial.",
        "The group says it will keep up its attacks until there is a ceasefire in the region.",
        "The mission says its peacekeepers remain deployed at their positions around the town.",
        "The general staff reported 120 combat engagements along the front over the past day.",
        "Cartels that have fought for control of the port for more than a decade were blamed.",
        "At least 30 people have been killed in mob beatings since the beginning of the month.",
        '"We only wanted to be heard," said one protester, a 30-year-old nurse.',
        "The mother of one of the young men killed followed the hearing from the courtroom.",
        "The men had been tasked with attacking a checkpoint and gathering information on the "
        "vaccination teams, the spokesman said.",
        "The senator said the country was fighting on many fronts: against poverty and corruption.",
        "The ministry called the fuel price rise a necessary battle to restore public finances "
        "under the monetary programme.",
        "The truce expired at midnight on Saturday. Nor did the two sides agree to extend the "
        "truce.",
        "More: Government declares state of emergency in five departments",
        # claims that only posts, videos or rumours make
        "Videos shared on social media claimed that gunmen had stormed a school in Kaduna.",
        "Officials in Kano said fake news about a massacre in the village had spread on Monday.",
        # a period of violence summed up, not one event
        "Traders said a week of shootouts had emptied the market in Cite Soleil.",
        "The conflict has displaced more than two million people in Sudan, the UN said.",
        "According to UN figures, more than 200,000 people are internally displaced in the region.",
        # a court case about an attack told elsewhere
        "Two men were charged in connection with the attack on the mosque in Kano.",
        "Lawyers for the former officers argued that the victims had been caught in crossfire.",
        "Eleven militiamen appeared before a military court in Bunia over an attack on a camp.",
        "The port city has seen repeated outbreaks of fighting between rival brigades.",
        '"Our soldiers are trained for combat, not policing," the colonel said.',
        "The visitors survived the early pressure and began to take control of midfield before "
        "the break, the striker said after the derby, as the goalkeeper and the coach agreed "
        "the league title race was open.",
        # a present-tense description, a business story, a road accident, relief work
        "The festival in Lagos is a shootout between the region's best chefs.",
        "Taxi firms are competing for investors and customers as fares rise in Nairobi.",
        "Three people died when a bus overturned on the highway near Mbale.",
        "Rescue teams were continuing to search the rubble in the town of Beni.",
        "Five years after the peace accord, former fighters in Tumaco have returned to farming.",
        # what people do habitually, a circumstance, a topic, a level of activity
        "Islamabad has long accused Kabul of sheltering fighters who carry out attacks inside "
        "Pakistan.",
        "With the army also fighting militias in the neighbouring region, observers think the "
        "capital wants a deal.",
        "Negotiators met in Havana this week, with the issue of kidnapping still dividing the two "
        "sides.",
        "Drone activity was reported along the contact line throughout the week.",
        # people, a word quoted, a topic, a skill, a rescue, a remembrance, an attempt, nothing
        "The governor said he understood the protesters' anger but would not tolerate attacks.",
        'Opposition senators described the cuts as a "ceasefire" on wasteful spending.',
        "Extortion has become the top security concern in the capital.",
        "He learned to fight, he liked to say, on those roads.",
        "Fire service and camp volunteers battled for hours in the mud to pull survivors from "
        "the debris.",
        "The army described the operation as a targeted strike against armed groups in the camp.",
        "A minute of silence was observed at 3.20 pm, the time the blast struck.",
        "A spokesman said investigators were working to free the businessman without paying a "
        "ransom.",
        "Police said no explosive or suspicious object had been found in the school in Puebla.",
        # page furniture
        "More features: Gunmen kill five in Zamfara raid",
        # a cricket report
        "Their bowlers fired at us from the first over, the captain said. The middle order then "
        "launched a late assault, plundering 68 runs as the spinners tired and the batting held.",
    ],
)
def test_a_sentence_that_reports_no_new_event_codes_nothing(coder: Any, text: str) -> None:
    assert _types(coder, text) == []


def test_people_gathered_where_they_were_hit_are_no_gathering(coder: Any) -> None:
    text = (
        "On 10 June 2024, gunmen entered Kadji village and opened fire on residents gathered "
        "near the well, killing six."
    )
    assert "Excessive force against protesters" not in _types(coder, text)


def test_recruits_killed_are_people_not_recruitment(coder: Any) -> None:
    text = "On 10 June 2024, militants ambushed a bus near Marawi and killed four police recruits."
    assert "Change to group/activity" not in _types(coder, text)


def test_an_event_dated_years_before_the_report_is_history(coder: Any) -> None:
    text = (
        "A court in Baghdad sentenced three men on Tuesday over the 2014 massacre. In June 2014, "
        "the captives were driven to the river. Many were lined up and shot there."
    )
    assert "Attack" not in _types(coder, text)


# -- what is one event, and what is two -------------------------------------------------------


def test_the_same_scene_named_twice_on_one_day_is_one_event(coder: Any) -> None:
    text = (
        "Students rally in Dhaka against fee rises\n\n"
        "Thousands of students rallied peacefully at Shahbagh in Dhaka on Tuesday against higher "
        "tuition fees. Later that day, students also rallied in Dhaka near the university."
    )
    rows = _rows(coder, text)
    assert [r.sub_event_type for r in rows] == ["Peaceful protest"]


def test_a_communique_incident_on_a_day_of_its_own_is_coded_after_the_clash(coder: Any) -> None:
    text = (
        "On Tuesday 11 June 2024, a unit on patrol was attacked near Tera by an armed terrorist "
        "group. The enemy was repelled. On Wednesday 12 June 2024, an operation at the weekly "
        "market of Ouallam led to the arrest of six suspects."
    )
    rows = _rows(coder, text, date(2024, 6, 13))
    coded = [(r.sub_event_type, r.location) for r in rows]
    assert ("Arrests", "Ouallam") in coded
    assert any(
        r.sub_event_type == "Armed clash" and r.actor2 and "Military" in r.actor2 for r in rows
    )


def test_a_live_blog_entry_does_not_read_the_words_of_the_entry_before(coder: Any) -> None:
    text = (
        "LIVE: unrest in the capital\n\n"
        "15:40 - Several hundred teachers are marching peacefully towards parliament.\n\n"
        "16:05 - Police say three suspected gang members were killed during an exchange of fire "
        "with officers in Delmas this morning."
    )
    types = _types(coder, text)
    assert "Excessive force against protesters" not in types
    assert "Armed clash" in types


def test_a_claim_that_tells_its_own_event_is_coded(coder: Any) -> None:
    text = (
        "On 10 June 2024, JNIM claimed a landmine that destroyed an army vehicle outside "
        "Arbinda, killing two soldiers."
    )
    assert "Remote explosive/landmine/IED" in _types(coder, text)


def test_a_grenade_fired_with_rifles_is_part_of_the_gunfight(coder: Any) -> None:
    text = (
        "On 10 June 2024, gunmen attacked a police station in Saravan with assault "
        "rifles and at least one rocket-propelled grenade."
    )
    assert "Shelling/artillery/missile attack" not in _types(coder, text)


# Texts whose events are exactly these (what each case is named after is what it specifies).
_EXACTLY = [
    pytest.param(
        "On 10 June 2024, hundreds of traders marched through Nakuru to protest new market fees. "
        "They handed a petition to the governor's office and the crowd dispersed by noon.",
        _PUBLISHED,
        ["Peaceful protest"],
        id="a_crowd_that_dispersed_by_itself_saw_no_intervention",
    ),
    pytest.param(
        "On 10 June 2024, militants attacked the Kulachi police station using assault rifles and "
        "hand grenades, and the policemen returned fire.",
        _PUBLISHED,
        ["Armed clash"],
        id="a_grenade_listed_with_rifles_is_a_weapon_of_the_fight",
    ),
    pytest.param(
        "On 10 June 2024, a roadside bomb struck an army truck near Damboa, killing three "
        "soldiers. ISWAP claimed the blast the following day.",
        _PUBLISHED,
        ["Remote explosive/landmine/IED"],
        id="a_claim_of_the_attack_told_before_is_no_second_event",
    ),
    pytest.param(
        "On 10 June 2024, men on a motorcycle hurled a grenade at a polling station in Khuzdar. "
        "Two voters were injured by splinters.",
        _PUBLISHED,
        ["Grenade"],
        id="people_hurt_by_splinters_are_the_blast_told_before",
    ),
    pytest.param(
        "The rights group condemned the killing of a driver, who was shot dead by a police "
        "officer at a checkpoint in Sokode on Saturday.",
        date(2025, 7, 9),
        ["Attack"],
        id="a_statement_that_condemns_a_dated_killing_tells_the_killing",
    ),
    pytest.param(
        "On 10 June 2024, drivers protested in Kisumu and demanded justice for a colleague "
        "shot dead by a soldier the previous evening.",
        _PUBLISHED,
        ["Peaceful protest"],
        id="a_protest_for_a_man_killed_before_is_still_only_a_protest",
    ),
    pytest.param(
        "On 10 June 2024, a crowd forced open a warehouse in El Progreso and removed medicines.",
        _PUBLISHED,
        ["Looting/property destruction"],
        id="a_crowd_that_forced_open_a_warehouse_looted_it",
    ),
    pytest.param(
        "On 10 June 2024, bandits abducted 28 people from a settlement in Bukkuyum. "
        "A police spokesman in Gusau confirmed the abduction.",
        _PUBLISHED,
        ["Abduction/forced disappearance"],
        id="an_official_who_confirmed_the_abduction_adds_no_event",
    ),
    pytest.param(
        "On 10 June 2024, gunmen attacked Kufana village in Kajuru, killing five people. "
        "The attackers arrived in Kufana on motorcycles at dawn.",
        _PUBLISHED,
        ["Attack"],
        id="how_the_attackers_arrived_tells_the_attack_again",
    ),
    pytest.param(
        "On 10 June 2024, a bomb exploded at a market in Gwoza, killing four people. "
        "Twelve people were wounded and rushed to hospital in Maiduguri.",
        _PUBLISHED,
        ["Remote explosive/landmine/IED"],
        id="the_wounded_taken_to_hospital_are_the_blast_told_before",
    ),
    pytest.param(
        "On 10 June 2024, gunmen stormed a church in Owo. Authorities confirmed eight people "
        "killed.",
        _PUBLISHED,
        ["Attack"],
        id="authorities_who_confirm_the_dead_add_no_event",
    ),
    pytest.param(
        "On 10 June 2024, police arrested three men in Mombasa after a raid. Prosecutors said "
        "the men would appear in court on Friday.",
        _PUBLISHED,
        ["Arrests"],
        id="what_prosecutors_said_of_the_arrested_is_no_court_story",
    ),
    pytest.param(
        "On 10 June 2024, rebels and government forces exchanged heavy machine-gun and mortar "
        "fire on the outskirts of Saraqib.",
        _PUBLISHED,
        ["Armed clash"],
        id="heavy_weapons_fire_exchanged_is_a_clash_not_shelling",
    ),
    pytest.param(
        'On 10 June 2024, students at a school in Maseno went on "rampage" over the dismissal '
        "of their principal.",
        _PUBLISHED,
        ["Violent demonstration"],
        id="a_word_quoted_from_a_report_still_tells_the_event",
    ),
    pytest.param(
        "On 10 June 2024, a rally was held in the centre of Bingol to commemorate the victims of "
        "the 2003 earthquake.",
        _PUBLISHED,
        ["Peaceful protest"],
        id="a_protest_that_commemorates_is_still_a_protest",
    ),
    pytest.param(
        "On 10 June 2024, unidentified armed men opened fire on an army patrol near Jarablus. "
        "No fatalities were reported.",
        _PUBLISHED,
        ["Armed clash"],
        id="gunmen_who_opened_fire_on_soldiers_fought_them",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _EXACTLY)
def test_the_events_coded_are_exactly_these(
    coder: Any, text: str, published: date, expected: list[str]
) -> None:
    assert _types(coder, text, published) == expected


# -- where ----------------------------------------------------------------------------------


def test_a_neighbourhood_named_like_a_far_town_is_a_part_of_the_town_the_sentence_names(
    coder: Any,
) -> None:
    text = (
        "Armed men shot dead a candidate for the municipal council of Chilapa de Álvarez on "
        "Tuesday night outside his home in the San José neighbourhood, prosecutors said."
    )
    [row] = _rows(coder, text, date(2024, 5, 16))
    assert (row.location, row.iso3, row.geo_precision) == ("Chilapa de Álvarez", "MEX", 1)


def test_attackers_who_arrived_in_a_village_place_the_raid_told_before_there(
    coder: Any,
) -> None:
    text = (
        "Armed bandits killed at least 12 villagers in a raid on a farming settlement in Zamfara "
        "state, residents said on Tuesday.\n\n"
        "The attackers arrived in Yandoto village, in Tsafe local government area, late on "
        "Sunday as families were finishing their evening meal."
    )
    [row] = _rows(coder, text)
    assert (row.sub_event_type, row.location) == ("Attack", "Tsafe")
    # the day the residents spoke yields to the day of the raid the next sentence gives
    assert row.event_date == date(2024, 6, 9)


@pytest.mark.parametrize(
    "text",
    [
        # "demonstrate" with what it shows is no demonstration
        "The ministry said the verdict demonstrates its resolve to punish abuses.",
        "The new figures demonstrated that the militia had lost ground in the east.",
        # "meeting little resistance" is no meeting with elders or residents
        "Villagers said the rebels walked into Kitshanga on Tuesday, meeting little resistance "
        "from local leaders.",
        # a deed done for decades is a long war; a truce proposal is no truce
        "Ankara calls the YPG an offshoot of the PKK, which has fought the Turkish state for "
        "four decades.",
        "Mediators were expected to meet rebel envoys in Doha this week to discuss a new truce "
        "proposal, sources said.",
        # a head of state arriving for a summit moves no armed group
        "On the diplomatic front, President Ruto has arrived in New York ahead of the UN "
        "General Assembly.",
        # what something leads to, in the simple present, is a generalisation
        "Officials argue that the gangs have grown stronger and that confronting them "
        "inevitably leads to shootouts.",
        # a coach's "come back fighting" and "need to regroup" tell a spirit and a need
        "We need to regroup, look hard at ourselves and come back fighting next week.",
    ],
)
def test_words_that_only_look_like_events_code_nothing(coder: Any, text: str) -> None:
    assert _rows(coder, text) == []


def test_a_player_recruited_to_lead_the_attack_in_a_cricket_report_is_no_recruitment(
    coder: Any,
) -> None:
    text = (
        "Rangers lose by six wickets in Chattogram\n\n"
        "The visitors' batting collapsed for 131 in 19 overs after the captain fell for a duck. "
        "Their new overseas bowler, recruited as the spearhead of the attack, conceded 44 runs "
        "in four overs without a wicket.\n"
    )
    assert _rows(coder, text) == []


def test_civilians_killed_in_fighting_between_two_forces_are_the_battle_s_toll(coder: Any) -> None:
    rows = _rows(
        coder,
        "At least 14 people, eight of them civilians, were killed on Monday in fighting between "
        "the army and rebels in Kidal.",
    )
    assert [(r.sub_event_type, r.fatalities) for r in rows] == [("Armed clash", 14)]

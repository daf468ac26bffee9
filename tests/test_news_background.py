"""What a news report recalls around its news: older events told below the lede, the spread of
unrest behind a sentence's event, links to other stories. None of it is an event of the report.
Every text here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coder.models import EventRow
from coder.pipeline import Coder

PUBLISHED = date(2024, 6, 9)  # a Sunday


def _rows(coder: Coder, text: str) -> list[EventRow]:
    return coder.code_text(text, published=PUBLISHED).rows


def test_an_event_weeks_older_than_the_news_told_below_it_is_background(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Rebels seized the town of Lubero on Saturday after two days of fighting, residents "
        "said.\n\n"
        "The rebels overran Butembo in mid-May after a lightning offensive.\n\n"
        "Police shot dead two protesters in Goma on 18 May, sparking the current wave of "
        "anger.\n",
    )
    assert [(r.location, r.event_date) for r in rows] == [("Lubero", date(2024, 6, 8))]


def test_an_older_event_in_the_lede_itself_is_still_coded(coder: Coder) -> None:
    # nothing fresh is told before it: a report may lead on an event some weeks old
    rows = _rows(
        coder,
        "Gunmen killed five farmers in the village of Kauru on 10 May, a rights group said in "
        "a report released on Saturday.\n",
    )
    assert [r.event_date for r in rows] == [date(2024, 5, 10)]


def test_hours_later_counts_from_the_day_told_not_from_a_linked_story_of_a_month(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "Russian artillery struck a housing estate in Kherson on Saturday morning, killing two "
        "civilians.\n\n"
        "Also read: Kherson region: hundreds evacuated from river villages in April\n\n"
        "Hours later, a Russian drone attacked a civilian car in Nikopol, the regional governor "
        "said.\n",
    )
    assert [(r.location, r.event_date) for r in rows] == [
        ("Kherson", date(2024, 6, 8)),
        ("Nikopol", date(2024, 6, 8)),
    ]


def test_unrest_spreading_behind_a_shooting_is_no_riot_of_its_own(coder: Coder) -> None:
    rows = _rows(
        coder,
        "At least three people were killed in Beira on Thursday when police opened fire on a "
        "large crowd marching in support of an opposition candidate, as post-election unrest "
        "spread across the country.\n",
    )
    assert [(r.sub_event_type, r.inter1, r.inter2, r.fatalities) for r in rows] == [
        ("Excessive force against protesters", 6, 1, 3)
    ]


def test_a_town_named_twice_is_not_one_place_phrase_with_the_town_before_it(
    coder: Coder,
) -> None:
    # the headline names Beira and Nampula; the paragraph then moves to Nampula
    rows = _rows(
        coder,
        "Police fire on Beira marchers; police post torched in Nampula\n\n"
        "In the northern city of Nampula the mood was angrier. Protesters put up barricades of "
        "burning tyres on the main roads and set fire to a police post in the Muahivire "
        "neighbourhood, residents said.\n",
    )
    assert [(r.sub_event_type, r.location) for r in rows] == [("Violent demonstration", "Nampula")]


def test_a_town_near_a_large_country_is_no_far_namesake_when_only_its_forces_are_named(
    coder: Coder,
) -> None:
    # Russia's centre lies in Siberia, Kherson some 1,300 km from Moscow: not across the world
    rows = _rows(coder, "Russian artillery struck Kherson on Saturday, killing two civilians.\n")
    assert [(r.location, r.iso3) for r in rows] == [("Kherson", "UKR")]


@pytest.mark.parametrize(
    "text",
    [
        # "three months after ... signed": long past; "The clashes come ...": the clashes told
        "The clashes come three months after the government signed a peace deal with a "
        "breakaway commander in Nekemte.",
        # a relative clause on an event a year qualifies
        "Anger over the 2010 Kawo incident, in which 40 protesters died in army trucks, runs deep.",
        # an anniversary of a massacre told in a relative clause; earlier this year; a goal
        "This month marks two years since the massacre in Solhan, in Yagha province, where more "
        "than 130 people were killed in a single night.",
        "Earlier this year, insurgents overran several army bases in the state, including one "
        "in Marte.",
        "The talks opened in Havana on 2 May with the stated goal of agreeing a ceasefire.",
        "Seven years ago today, troops declared Marawi liberated from militants after a "
        "five-month siege.",
        # a trend and a tally since the start of a month
        "Garissa has witnessed a surge in militant violence this year.",
        "A rights group says at least 17 people have been killed in mob beatings across the "
        "country since the beginning of March.",
        # a place hit by repeated attacks; armbands worn in memory of the dead
        "The border district has been hit by repeated attacks by armed groups.",
        "Off the pitch, players wore black armbands in memory of victims of the violence in the "
        "east, where fighting between the army and rebels goes on.",
        # link lines: an outlet's "Also on ...:" and a "| See also:" after the contact line
        "Also on Sentinel: Farmers count losses | Limbe traders protest over market fees",
        "Contact: desk@example.org | See also: radio station suspended for two months",
        # words exchanged over money
        "Shilling firm as Treasury and miners clash over gold royalties",
    ],
)
def test_clauses_about_another_time_and_disputes_code_no_event(coder: Coder, text: str) -> None:
    assert _rows(coder, text) == []


def test_the_sentence_s_own_event_before_a_counted_clause_is_still_coded(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Gunmen abducted nine passengers from a bus near Nekemte on Monday, two days before "
        "soldiers and insurgents clashed near the town.",
    )
    assert [r.sub_event_type for r in rows] == ["Abduction/forced disappearance"]


def test_a_double_dateline_is_the_filing_place_not_the_event_s(coder: Coder) -> None:
    rows = _rows(
        coder,
        "BAMAKO/KIDAL — A drone struck a pickup truck on the edge of Kidal's main market on "
        "Saturday, killing three people.\n",
    )
    assert [(r.location, r.fatalities) for r in rows] == [("Kidal", 3)]

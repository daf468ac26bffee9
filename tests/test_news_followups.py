"""Follow-up paragraphs of news reports: revised tolls, bodies found later, crossheads. What they
tell belongs to the event already reported, and codes no event of its own. Every text here is
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coder.models import EventRow
from coder.pipeline import Coder

PUBLISHED = date(2024, 6, 9)  # a Sunday


def _rows(coder: Coder, text: str) -> list[EventRow]:
    return coder.code_text(text, published=PUBLISHED).rows


def test_those_who_succumbed_to_their_wounds_raise_the_toll_not_the_event_count(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "A bomb fixed to a minibus exploded in western Kabul on Thursday, killing four "
        "passengers.\n\n"
        "On Friday, a doctor at the city hospital said six people had died, including two who "
        "succumbed to their wounds overnight.\n",
    )

    assert [r.sub_event_type for r in rows] == ["Remote explosive/landmine/IED"]


def test_the_body_of_a_rebel_found_after_an_operation_is_no_attack_on_civilians(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "On Saturday, search teams found the body of an eighth rebel near a stream, taking the "
        "number of Maoists killed in the operation to eight.",
    )

    assert rows == []


def test_a_crosshead_in_capitals_codes_nothing_of_its_own(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Police kill seven Maoists in Chhattisgarh\n\n"
        "JAGDALPUR - Police killed seven Maoist rebels in a gunfight in Narayanpur district on "
        "Thursday, officials said.\n\n"
        "SIT-IN IN JAGDALPUR\n\n"
        "On Wednesday, hundreds of members of tribal groups held a sit-in outside the district "
        "office in Jagdalpur, demanding the release of detained villagers.\n",
    )

    assert [(r.sub_event_type, r.trigger) for r in rows] == [
        ("Armed clash", "gunfight"),
        ("Peaceful protest", "sit-in"),
    ]


def test_the_toll_of_a_strike_is_no_labour_strike(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A Russian missile hit an apartment block in Odesa on Saturday night, killing four "
        "people, officials said.\n\n"
        "The regional governor said on Sunday the toll from the overnight strike had risen to "
        "six after two workers died in hospital.\n",
    )

    assert [r.event_type for r in rows] == ["Explosions/Remote violence"]
    assert rows[0].fatalities == 6


def test_what_a_witness_told_a_reporter_the_next_day_is_the_event_told_before(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "Militants attacked a police post in Lakki Marwat late on Thursday, killing three "
        "officers, police said.\n\n"
        "A police officer told our correspondent on Friday that the militants attacked the "
        "post from three sides and fought the officers for an hour.\n",
    )

    assert [(r.sub_event_type, r.event_date) for r in rows] == [("Armed clash", date(2024, 6, 6))]


def test_a_report_told_to_a_news_agency_is_still_an_event(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Gunmen killed five villagers in Zamfara state on Friday, a police spokesman told "
        "reporters.\n",
    )

    assert [(r.sub_event_type, r.modality) for r in rows] == [("Attack", "reported")]


def test_the_attack_named_again_in_a_blame_sentence_is_the_attack_told_before(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "A roadside bomb tore through a police Land Cruiser near El Wak on Sunday, killing "
        "three officers, police said.\n\n"
        "Police blamed the attack on al-Shabaab, the Somalia-based group that has planted bombs "
        "on roads in Mandera, Wajir and Garissa counties.\n",
    )

    assert [r.sub_event_type for r in rows] == ["Remote explosive/landmine/IED"]


def test_an_attack_with_a_place_of_its_own_is_another_attack(coder: Coder) -> None:
    rows = _rows(
        coder,
        "A roadside bomb tore through a police Land Cruiser near El Wak on Sunday, killing "
        "three officers.\n\n"
        "On Monday, the attack on a police post in Garissa killed two officers.\n",
    )

    assert len(rows) == 2


def test_a_live_blog_recap_retells_its_entries(coder: Coder) -> None:
    rows = _rows(
        coder,
        "09:10 - A missile strike on Kharkiv killed three people overnight, the governor said.\n\n"
        "11:45 - To recap: a missile strike on Kharkiv killed three people and drones hit "
        "Odesa.\n",
    )

    assert [r.trigger for r in rows] == ["missile"]


def test_explosions_a_witness_heard_are_the_strike_told_before(coder: Coder) -> None:
    rows = _rows(
        coder,
        "06:10 GMT - Israeli warplanes struck a weapons facility near Masyaf in Syria overnight, "
        "killing five people, a war monitor said.\n\n"
        '08:45 GMT - A resident of Masyaf told us by phone he heard "at least four huge '
        'explosions" around 12:30 a.m. and saw flames rising from hills west of the town.\n',
    )

    assert [r.sub_event_type for r in rows] == ["Air/drone strike"]


def test_a_lede_summing_up_the_week_yields_to_the_dated_events_below_it(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Power cut protests spread across southern Yemen\n\n"
        "ADEN - Protests over power cuts spread across southern Yemen this week, with "
        "demonstrators in Aden blocking roads and denouncing the government.\n\n"
        "In Aden, hundreds of people took to the streets of the Crater district on Monday "
        "night, chanting slogans against the government.\n",
    )

    assert [(r.sub_event_type, r.event_date) for r in rows] == [
        ("Peaceful protest", date(2024, 6, 3))
    ]


def test_a_lede_with_a_day_of_its_own_stays_an_event(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Gunmen killed five villagers in Zamfara state on Friday, police said.\n\n"
        "On Saturday, gunmen killed two herders near Gusau.\n",
    )

    assert len(rows) == 2


def test_the_attackers_approach_told_in_an_incident_list_is_the_attack_itself(
    coder: Coder,
) -> None:
    rows = _rows(
        coder,
        "SUMMARY\n\n"
        "Insurgents killed two farmers on the outskirts of Mueda town on Saturday. On Monday, "
        "a group of fighters ambushed an army patrol near Chiure.\n\n"
        "INCIDENTS\n\n"
        "Mueda. On Saturday morning, a group of about eight insurgents entered a cluster of "
        "huts on the outskirts of Mueda town while residents were in their fields.\n",
    )
    assert ("Change to group/activity", "Mueda") not in [
        (r.sub_event_type, r.location) for r in rows
    ]
    assert ("Attack", "Mueda") in [(r.sub_event_type, r.location) for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, insurgents opened fire on an army foot patrol a few kilometres west of "
        "Chiure town. The soldiers returned fire and killed two attackers.\n",
        "On Monday, insurgents opened fire on a Mozambique Defence Force (FADM) foot patrol on a "
        "track west of Chiure town.\n",
    ],
)
def test_a_patrol_fired_on_is_a_target_not_a_patrol_event(coder: Coder, text: str) -> None:
    assert "Change to group/activity" not in [r.sub_event_type for r in _rows(coder, text)]


def test_a_live_update_on_friday_night_s_shelling_raises_that_event_s_toll(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Shells struck a market in Omdurman late on Friday, killing five people.\n\n"
        "16:30 - Update on Omdurman: medics say two of the wounded died in hospital this "
        "afternoon, taking the toll from Friday night's shelling to seven. Five deaths had been "
        "reported this morning.\n",
    )
    assert [(r.event_date, r.fatalities) for r in rows] == [(date(2024, 6, 7), 7)]


def test_the_bombardment_named_again_is_the_strike_already_told(coder: Coder) -> None:
    rows = _rows(
        coder,
        "Turkish warplanes struck suspected PKK hideouts near Zakho in northern Iraq on "
        "Saturday, local officials said.\n\n"
        "Turkey's defence ministry said the bombardment had targeted shelters and caves.\n",
    )
    assert [(r.sub_event_type, r.location) for r in rows] == [("Air/drone strike", "Zaxo")]

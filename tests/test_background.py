"""Specification of background sentences: follow-on sentences that must not lend the event
their deaths or their date."""

from __future__ import annotations

from datetime import date

import pytest

from coder.background import (
    continues_history,
    is_background,
    is_habitual,
    is_history,
    is_testimony,
    names_old_event,
)
from coder.models import TextSpan

PUBLISHED = date(2023, 3, 17)
EVENT_DAY = date(2023, 3, 14)


def sentence(text: str) -> TextSpan:
    return TextSpan(0, len(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "In October 2017, a lorry bomb killed more than 500 people in the same city.",
        "On 2 January, gunmen killed 12 traders at the same market.",
        "The militants have carried out dozens of raids on the town in recent years.",
        "More than 3,000 people have died in the conflict since 2015.",
        "Last year, 40 pilgrims were killed in a similar attack on the shrine.",
        "So far this year, 210 civilians have been killed in the province.",
        "It was the deadliest attack since the start of the insurgency.",
    ],
)
def test_history_tallies_and_other_dates_are_background(text: str) -> None:
    assert is_background(sentence(text), EVENT_DAY, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Nine people died in the blast, police said.",
        "Two of the wounded died in hospital on Wednesday.",
        "On 13 March, the same gunmen had set fire to a school nearby.",
        "The group said in March that it would strike the capital again.",
    ],
)
def test_sentences_that_may_still_report_the_event_are_not_background(text: str) -> None:
    assert not is_background(sentence(text), EVENT_DAY, PUBLISHED)


def test_without_an_event_date_only_the_wording_decides() -> None:
    other_year = sentence("In October 2017, a lorry bomb killed more than 500 people.")
    assert not is_background(other_year, None, PUBLISHED)
    assert is_background(sentence("Similar attacks killed 30 people last year."), None, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The militants often plant such bombs on roads used by the army.",
        "The group, which still carries out attacks on the minority, denied involvement.",
        "The valley has seen decades of fighting between rival armed groups.",
    ],
)
def test_what_a_group_habitually_does_is_no_event(text: str) -> None:
    assert is_habitual(sentence(text), PUBLISHED)


def test_a_dated_sentence_reports_an_event_even_with_a_habitual_word() -> None:
    text = "Police, who regularly patrol the market, were attacked by gunmen on Monday."
    assert not is_habitual(sentence(text), PUBLISHED)
    assert not is_habitual(sentence("Gunmen attacked a police patrol."), PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "In January 2022, a car bomb at the market killed 30 people.",
        "The rebels seized the border town in June 2022 and still hold it.",
        "Foreign troops deployed in 2021 helped the army recapture the port.",
        "The movement has been holding talks with the government since November 2022.",
    ],
)
def test_a_sentence_whose_only_time_is_long_past_is_history(text: str) -> None:
    assert is_history(sentence(text), PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, gunmen killed 12 traders at the market.",
        "Two men suspected of the January 2022 market bombing were arrested on Monday.",
        "Gunmen who had fled in 2021 attacked the village on Tuesday.",
        "Police dispersed the protesters with tear gas.",
    ],
)
def test_a_sentence_that_tells_of_now_is_not_history(text: str) -> None:
    assert not is_history(sentence(text), PUBLISHED)


def test_without_a_publication_date_nothing_is_history() -> None:
    assert not is_history(sentence("In January 2022, a car bomb killed 30 people."), None)


def test_a_group_stepping_up_its_attacks_is_a_trend_not_an_event() -> None:
    text = "The group has stepped up attacks on security forces in the province."
    assert is_habitual(sentence(text), PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Last month, rioters set fire to the door of the town hall.",
        "Last month's air strikes on the suburbs killed dozens of people.",
        "Twelve months ago this week, troops stormed the camp.",
        "Gangs have killed 30 drivers so far this year.",
        "Similar protests have been held over the past year in three other cities.",
        "Militants have attacked dozens of schools in the province in recent years.",
        "Aid groups estimate that 900 civilians were killed in the city during the year.",
        "Last April, an air strike on a village killed more than 160 people.",
    ],
)
def test_a_sentence_set_a_month_or_more_back_is_history(text: str) -> None:
    assert is_history(TextSpan(0, len(text), text), date(2024, 5, 20))


def test_yesterday_is_not_history() -> None:
    text = "Rioters set fire to the door of the town hall yesterday."
    assert not is_history(TextSpan(0, len(text), text), date(2024, 5, 20))


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("Prosecutors said the defendants had fought soldiers in the city.", True),
        ("A witness told the court that police fired on the crowd.", True),
        ("Protests as the chief prosecutor visits the camps.", False),
        ("Police fired on the crowd outside the court.", False),
    ],
)
def test_what_a_court_hears_is_testimony(text: str, court: bool) -> None:
    assert is_testimony(TextSpan(0, len(text), text)) is court


def _span(text: str) -> TextSpan:
    return TextSpan(0, len(text), text)


def test_an_undated_sentence_after_history_goes_on_with_that_history() -> None:
    before = _span("Twelve months ago this week, troops stormed the camp.")
    after = _span("Over two days, twelve people were killed and hundreds fled.")
    assert continues_history(after, before, date(2024, 7, 3))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the camp again, killing two guards.",
        "On Monday, gunmen attacked the camp, killing two guards.",
    ],
)
def test_news_after_history_is_news(text: str) -> None:
    before = _span("Twelve months ago this week, troops stormed the camp.")
    assert not continues_history(_span(text), before, date(2024, 7, 3))


def test_a_town_that_has_seen_repeated_bouts_of_fighting_is_a_habit_not_an_event() -> None:
    text = "The port has seen repeated bouts of fighting between armed groups."
    assert is_habitual(_span(text), date(2024, 7, 3))


def test_a_trigger_named_with_an_old_date_recalls_that_event() -> None:
    text = "The worst remains the April 2023 bombing of a wedding in the village."
    at = text.index("bombing")
    trigger = TextSpan(at, at + len("bombing"), "bombing")
    assert names_old_event(_span(text), trigger, date(2024, 6, 15))


def test_a_trigger_named_with_this_week_s_day_is_news() -> None:
    text = "Thursday's attack killed four soldiers at the post."
    at = text.index("attack")
    assert not names_old_event(_span(text), TextSpan(at, at + 6, "attack"), date(2024, 6, 15))


def test_frequent_targets_are_a_habit() -> None:
    text = "Prison guards have been frequent targets of gang violence in the port."
    assert is_habitual(_span(text), date(2024, 6, 15))

"""Fatalities: deaths reported for the event, counted conservatively; wounded are not deaths."""

from __future__ import annotations

import pytest

from coder.fatalities import count_fatalities
from coder.models import Fatalities, TextSpan


def _count(text: str) -> Fatalities:
    return count_fatalities(text, [TextSpan(0, len(text), text)])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # numbers in digits and in words, active and passive
        ("Militants stormed the village, killing 6 residents.", 6),
        ("Three people died when the bridge collapsed under shelling.", 3),
        ("Six were killed in the crossfire near the depot.", 6),
        # a comma aside between the count and its verb
        ("At least 14 people, eight of them civilians, were killed in the fighting.", 14),
        ("Nine herders, including a village chief, were shot dead at the well.", 9),
        ("The car bomb left 12 dead in the market.", 12),
        ("Police recovered the bodies of 4 men near the river.", 4),
        ("The explosion killed twenty-three people.", 23),
        ("A roadside blast claimed the lives of 9 passengers.", 9),
        ("The death toll rose to 14 on Tuesday.", 14),
        ("Unknown gunmen shot dead 2 traders at the market.", 2),
        # vague quantities
        ("Dozens were killed in the air raids.", 12),
        ("Scores of villagers were killed.", 20),
        ("Several civilians were killed in the shelling.", 3),
        ("An unknown number of fighters were killed.", 3),
        ("Many residents died in the fire set by the mob.", 10),
        ("Both victims died on the way to hospital.", 2),
        # qualifiers and ranges: the conservative number
        ("At least 5 soldiers were killed in the ambush.", 5),
        ("More than 10 people were killed overnight.", 10),
        ("Between 5 and 7 fishermen were killed.", 5),
        ("5 to 7 fishermen were killed.", 5),
        ("5-7 fishermen were killed.", 5),
        ("A drone strike killed a farmer and his three sons in their field.", 4),
        ("12:10 Man killed in Odesa. A 63-year-old man was killed by a drone.", 1),
        ("Troops fired on a car, killing both riders, two men aged 19 and 22.", 2),
        ("A drone hit a car in Kherson, killing the 58-year-old driver.", 1),
        ("Gunmen killed 34-year-old Musa Ali outside his shop.", 1),
        ("Gunmen killed two soldiers, two civilians and a child.", 5),
        ("The blast killed 8 people. Medics said the toll could rise to 15.", 8),
        # one death without a number
        ("A man was killed by a stray bullet.", 1),
        ("A soldier shot and killed a protester.", 1),
        ("The victim later died in hospital.", 1),
        ("The body of a woman was found in a ditch.", 1),
        # distinct groups are summed, subgroups are not
        ("The gunmen killed two soldiers and three civilians.", 5),
        ("Two nurses and a driver were killed in the raid.", 3),
        ("The attack killed four police officers, two teachers and a farmer.", 7),
        ("The blast killed 5 people, including 3 children.", 5),
        # the wounded do not count
        ("Four people were killed and nine injured.", 4),
        ("The attackers killed 8 soldiers and injured 12 others.", 8),
        ("Gunmen killed 3 soldiers and 5 others were injured.", 3),
        ("The raid killed 3 people and a dog.", 3),
        ("Rockets hit the base, killing five soldiers, a military official said.", 5),
        # nouns joined by "and", asides and breakdowns in brackets: the head count
        ("At least 14 soldiers and allied militiamen were killed at the base.", 14),
        ("Nine civilians (four men, three women and two children) were killed.", 9),
        ("At least 30 guards (27 according to the rebels) were killed in the raid.", 30),
        ("Four herders (one of them a boy) as well as 2 rangers were killed.", 6),
        ("Rebels killed between six and about ten herders.", 6),
        # a toll stated far from its number
        ("The toll from Sunday's raid on the hill villages has risen to 11.", 11),
        # one death in other words
        ("Gunmen shot and killed the mayor of the town.", 1),
        ("A mob caught the suspected thief and beat him to death.", 1),
        ("Police fired on the driver, resulting in his death.", 1),
        ("A trader was stabbed at his stall and later died.", 1),
        # explicit zero
        ("There were no casualties.", 0),
        ("No one was killed in the attack.", 0),
        ("No fatalities were reported.", 0),
        ("The clash ended without casualties.", 0),
    ],
)
def test_deaths_reported_in_a_sentence_are_counted(sentence: str, expected: int) -> None:
    assert _count(sentence).count == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters marched to parliament, chanting slogans.",
        "Eleven people were wounded in the blast.",
        "Gunmen tried to kill the mayor on his way home.",
        "Residents protested against the killing of 3 students last year.",
        "Soldiers killed the attackers' leader's dog.",
    ],
)
def test_a_text_that_reports_no_death_gives_none(sentence: str) -> None:
    result = _count(sentence)

    assert result.count is None
    assert result.span is None


def test_deaths_in_separate_sentences_are_summed() -> None:
    result = _count("Two soldiers were killed. Three militants were also killed in the exchange.")

    assert result.count == 5
    assert result.reason == "deaths reported: 2 + 3"


def test_a_later_count_of_other_victims_is_added_even_when_it_is_the_same_number() -> None:
    result = _count("Two guards were killed at the gate. Two other guards were killed later.")

    assert result.count == 4


def test_a_later_sentence_repeating_a_count_is_not_added_again() -> None:
    result = _count("Seven people were killed in the raid. Seven people were killed, police said.")

    assert result.count == 7


def test_a_number_of_killed_and_wounded_counts_a_conservative_share() -> None:
    result = _count("Ten soldiers were killed and wounded in the ambush.")

    assert result.count == 5
    assert "wounded" in result.reason


def test_the_span_points_at_the_counted_phrase_in_the_text() -> None:
    text = "Heavy fighting continued. Rebels overran the base, killing 11 guards."
    start = text.index("Rebels")
    result = count_fatalities(text, [TextSpan(start, len(text), text[start:])])

    assert result.count == 11
    assert result.span is not None
    assert result.span.text == "killing 11"
    assert text[result.span.start : result.span.end] == "killing 11"


def test_only_the_event_sentences_are_read() -> None:
    text = "Five people were killed in a flood last year. Farmers protested at the town hall."
    start = text.index("Farmers")

    result = count_fatalities(text, [TextSpan(start, len(text), text[start:])])

    assert result.count is None


def test_a_death_in_a_follow_on_sentence_is_counted() -> None:
    text = "Gunmen attacked a bus near the border. Two passengers died."
    first = TextSpan(0, 38, text[:38])
    second = TextSpan(39, len(text), text[39:])

    assert count_fatalities(text, [first, second]).count == 2


def test_zero_is_said_with_its_span() -> None:
    text = "Police dispersed the crowd; no one was hurt."

    result = _count(text)

    assert result.count == 0
    assert result.span is not None and result.span.text.lower().startswith("no one")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Riots over the tax bill in June 2024 left dozens of people dead.", 12),
        ("Clashes in 2019 left 12 people dead.", 12),
        ("The death toll stood at 2000 by the end of the day.", 2000),
    ],
)
def test_a_year_before_a_count_is_not_the_count(sentence: str, expected: int) -> None:
    assert _count(sentence).count == expected


def test_a_breakdown_of_the_dead_adds_nobody() -> None:
    text = (
        "The bomb killed at least 7 people. Five of the dead were policemen and two were traders."
    )
    cut = text.index("Five")
    spans = [TextSpan(0, cut - 1, text[: cut - 1]), TextSpan(cut, len(text), text[cut:])]
    assert count_fatalities(text, spans).count == 7


def test_an_apposition_after_the_last_victim_is_no_further_victim() -> None:
    text = "The blast killed two soldiers and a civilian, a driver who had stopped for fuel."
    assert _count(text).count == 3


def test_a_total_given_in_all_replaces_the_counts_told_before() -> None:
    result = _count(
        "Soldiers killed four militants. In all, nine militants were killed, the army said."
    )

    assert result.count == 9


def test_a_risen_toll_replaces_the_counts_told_before_it() -> None:
    result = _count("Gunmen killed 11 farmers on Friday. By Sunday the toll had risen to 14.")

    assert result.count == 14
    assert result.reason == "deaths reported"


def test_the_deaths_that_raised_a_toll_are_inside_it() -> None:
    assert _count("The toll from the strike has risen to six after two workers died.").count == 6


def test_deaths_told_after_a_toll_are_still_added() -> None:
    assert _count("The death toll rose to six. Two more people died later.").count == 8


def test_an_earlier_count_told_after_a_risen_toll_is_within_it() -> None:
    result = _count(
        "Two of the wounded died overnight, taking the toll from the shelling to seven. Five "
        "deaths had been reported on Friday."
    )
    assert result.count == 7

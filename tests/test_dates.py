"""Event dates: which expression belongs to the event, how it resolves, and its precision."""

from __future__ import annotations

from datetime import date

import pytest

from coder.dates import dates_in, possessive_date, resolve_date
from coder.models import EventDate, TextSpan

# Monday 8 August 2016.
PUBLISHED = date(2016, 8, 8)


def _whole(text: str) -> list[TextSpan]:
    return [TextSpan(0, len(text), text)]


def _resolve(text: str, published: date | None = PUBLISHED) -> EventDate:
    return resolve_date(text, _whole(text), published)


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Rebels said they broke the siege on 6 August 2016.", date(2016, 8, 6), 1),
        ("The convoy was hit on August 6, 2016, at dawn.", date(2016, 8, 6), 1),
        ("Shelling resumed on Aug. 6 near the airport.", date(2016, 8, 6), 1),
        ("Talks collapsed on the 6th of August.", date(2016, 8, 6), 1),
        ("Fighting flared again on the 6th.", date(2016, 8, 6), 1),
        ("The ministry report is dated 2016-08-06.", date(2016, 8, 6), 1),
        ("On Dec 28th, militants struck a border post.", date(2015, 12, 28), 1),
        ("Fighters advanced on Saturday.", date(2016, 8, 6), 1),
        ("Fighters advanced last Tuesday.", date(2016, 8, 2), 1),
        ("Two shops burned yesterday.", date(2016, 8, 7), 1),
        ("Police raided the camp today.", date(2016, 8, 8), 1),
        ("A mortar hit the school last night.", date(2016, 8, 7), 1),
        ("Three days ago, troops withdrew from the hill.", date(2016, 8, 5), 1),
        ("Clashes erupted last week in the north.", date(2016, 8, 1), 2),
        ("Displacement rose sharply in early July.", date(2016, 7, 1), 3),
        ("Displacement rose sharply in mid-July.", date(2016, 7, 15), 3),
        ("Displacement rose sharply in late July.", date(2016, 7, 25), 3),
        ("Displacement rose sharply in July.", date(2016, 7, 15), 3),
        ("In May 2015, the movement split in two.", date(2015, 5, 15), 3),
        ("Strikes continued between 1 and 3 August.", date(2016, 8, 1), 2),
        ("Strikes continued from 29 July to 2 August.", date(2016, 7, 29), 2),
        ("Sit-ins were held from 1 to 20 July in the capital.", date(2016, 7, 1), 3),
        ("As reported on 5 August 2016, troops withdrew.", date(2016, 8, 5), 2),
        ("Around 5 August 2016, troops withdrew from the ridge.", date(2016, 8, 5), 2),
        ("On 5 August 2016 (as reported), troops withdrew.", date(2016, 8, 5), 2),
        ("The checkpoint was stormed on 25/07/2016.", date(2016, 7, 25), 1),
        ("The checkpoint was stormed on 07/25/2016.", date(2016, 7, 25), 1),
        ("The checkpoint was stormed on 5.8.2016.", date(2016, 8, 5), 1),
        ("Looting spread through the market last weekend.", date(2016, 8, 6), 2),
        ("Looting spread through the market over the weekend.", date(2016, 8, 6), 2),
        ("Two clinics were shelled earlier this month.", date(2016, 8, 8), 3),
        ("Two clinics were shelled last month.", date(2016, 7, 15), 3),
        ("Fighting broke out on January 1 last year.", date(2015, 1, 1), 1),
        ("The checkpoint was stormed in March last year.", date(2015, 3, 15), 3),
        ("The camp was raided on 3 March this year.", date(2016, 3, 3), 1),
    ],
)
def test_a_date_expression_resolves_to_a_date_and_precision(
    sentence: str, expected: date, precision: int
) -> None:
    result = _resolve(sentence)

    assert (result.date, result.precision) == (expected, precision)


def test_the_span_gives_offsets_of_the_expression_in_the_text() -> None:
    text = "Armed men looted the depot on 3 August 2016 before dawn."

    result = _resolve(text)

    assert result.span is not None
    assert result.span.text == "3 August 2016"
    assert text[result.span.start : result.span.end] == "3 August 2016"


def test_a_full_stop_after_a_month_name_is_not_part_of_the_span() -> None:
    result = _resolve("Militiamen burned the granary on 4 August.")

    assert result.span is not None and result.span.text == "4 August"


def test_a_weekday_said_on_that_weekday_is_the_publication_day() -> None:
    assert _resolve("Gunmen attacked a checkpoint on Monday.").date == PUBLISHED


def test_a_date_without_a_year_is_never_after_publication() -> None:
    result = _resolve("Protesters gathered in the square on 20 August.")

    assert result.date == date(2015, 8, 20)


def test_an_explicit_date_after_publication_is_skipped() -> None:
    text = "A rally planned for 30 August 2016 was announced after a clash on 2 August 2016."

    assert _resolve(text).date == date(2016, 8, 2)


def test_the_word_may_as_a_verb_is_not_a_month() -> None:
    result = _resolve("Officials said the road may reopen soon.")

    assert result.span is None
    assert result.date == PUBLISHED


def test_the_event_sentence_wins_over_a_date_elsewhere_in_the_article() -> None:
    text = "Talks began on 1 August 2016. Rebels shelled the airport on Saturday."
    event = TextSpan(30, len(text), text[30:])

    result = resolve_date(text, [event], PUBLISHED)

    assert result.date == date(2016, 8, 6)
    assert result.reason.endswith("(event sentence)")


def test_a_follow_on_sentence_is_searched_when_the_event_sentence_has_no_date() -> None:
    text = "Gunmen stormed a police station. The attack took place on Friday night."
    event = TextSpan(0, 32, text[:32])
    follow_on = TextSpan(33, len(text), text[33:])

    result = resolve_date(text, [event, follow_on], PUBLISHED)

    assert result.date == date(2016, 8, 5)
    assert "follow-on" in result.reason


def test_the_event_paragraph_before_the_sentence_gives_the_nearest_earlier_date() -> None:
    text = "KABUL, 7 August 2016. Heavy rain fell on Saturday. Militants then overran a post."
    start = text.index("Militants")
    event = TextSpan(start, len(text), text[start:])

    result = resolve_date(text, [event], PUBLISHED)

    assert result.date == date(2016, 8, 6)
    assert result.span is not None and result.span.text == "Saturday"
    assert "earlier in the event's paragraph" in result.reason


def test_without_a_date_in_the_text_the_publication_date_is_used_and_said() -> None:
    result = _resolve("Students blocked the main road to the university.")

    assert result.date == PUBLISHED
    assert result.precision == 1
    assert result.span is None
    assert "publication date" in result.reason


def test_without_publication_date_a_relative_expression_cannot_resolve() -> None:
    result = _resolve("Students blocked the main road yesterday.", published=None)

    assert result.date is None
    assert result.span is None


def test_without_publication_date_a_full_date_still_resolves() -> None:
    result = _resolve("Students blocked the main road on 12 March 2019.", published=None)

    assert result.date == date(2019, 3, 12)


def test_a_month_named_in_the_publication_month_never_lands_after_publication() -> None:
    result = _resolve("Looting spread in late August.")

    assert result.date is not None and result.date <= PUBLISHED
    assert result.precision == 3


def test_an_undated_paragraph_takes_the_ledes_date_not_a_background_date() -> None:
    text = (
        "Rebels seized the town of Kafr Zita on Saturday, a spokesman said.\n\n"
        "The group was founded on 12 March 2012 and renamed itself last year.\n\n"
        "Its fighters shelled an army post outside the town."
    )
    event = text.index("Its fighters")
    when = resolve_date(text, [TextSpan(event, len(text), text[event:])], date(2016, 8, 8))
    assert when.date == date(2016, 8, 6)
    assert "first date" in when.reason


def test_a_date_earlier_in_the_same_paragraph_still_governs_the_event() -> None:
    text = (
        "Talks resumed on Monday.\n\n"
        "On Thursday gunmen ambushed a convoy near Gao. Two soldiers were wounded in the attack."
    )
    event = text.index("Two soldiers")
    when = resolve_date(text, [TextSpan(event, len(text), text[event:])], date(2024, 6, 10))
    assert when.date == date(2024, 6, 6)


def test_a_numeric_date_read_both_ways_takes_the_reading_nearest_publication() -> None:
    # 06/08/2016 is 6 August (day first) or 8 June (month first); both are before publication.
    result = _resolve("The depot was looted on 06/08/2016.")

    assert (result.date, result.precision) == (date(2016, 8, 6), 1)
    assert "order unclear" in result.reason


def test_a_numeric_date_after_publication_in_both_readings_is_not_used() -> None:
    result = _resolve("The depot was looted on 09/10/2016.")

    assert result.span is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # day first by necessity (no 13th month), in the publication's year
        ("Police fired tear gas at marchers on 13/10.", date(2017, 10, 16), date(2017, 10, 13)),
        # the latest year that keeps it before publication
        ("A grenade went off on the night of 30/12.", date(2014, 1, 2), date(2013, 12, 30)),
        # 10 May or 5 October: the reading nearest publication
        ("The source was dated 10/05.", date(2016, 5, 13), date(2016, 5, 10)),
    ],
)
def test_a_numeric_day_and_month_without_a_year_resolves_before_publication(
    text: str, published: date, expected: date
) -> None:
    found = dates_in(text, published)
    assert found and found[0][0] == expected


def test_a_date_after_since_is_when_a_state_began_not_the_event() -> None:
    text = "Rebels freed two soldiers they had held since January 4."
    when = resolve_date(text, [TextSpan(0, len(text), text)], date(2023, 3, 17))
    assert when.span is None and when.date == date(2023, 3, 17)


@pytest.mark.parametrize("text", ["They won 3/4 of the seats.", "Turnout rose to 12/20 wards."])
def test_a_fraction_or_score_is_not_a_date(text: str) -> None:
    assert dates_in(text, date(2016, 5, 13)) == []


def test_a_day_counted_from_the_date_written_before() -> None:
    text = (
        "Police dispersed a march in Lahore on Monday. "
        "A day earlier, thousands had rallied in Islamabad. "
        "Two days later, the leader was freed. "
        "On Wednesday, unions struck; the previous day they had marched."
    )
    published = date(2024, 2, 29)  # a Thursday

    def on(fragment: str) -> date | None:
        start = text.index(fragment)
        end = text.index(".", start) + 1
        return resolve_date(text, [TextSpan(start, end, text[start:end])], published).date

    assert on("A day earlier") == date(2024, 2, 25)
    assert on("Two days later") == date(2024, 2, 28)
    # the sentence's own date comes first: "the previous day" tells of another moment
    assert on("On Wednesday") == date(2024, 2, 28)


def test_a_day_counted_from_an_event_is_not_counted_from_a_date() -> None:
    text = "Gunmen attacked a bus on Monday. Police arrested two men a day after the attack."
    start = text.index("Police")
    when = resolve_date(text, [TextSpan(start, len(text), text[start:])], date(2024, 2, 29))
    assert when.date == date(2024, 2, 26)  # the paragraph's date, not Tuesday


def test_the_day_a_source_spoke_yields_to_the_day_of_the_deed() -> None:
    text = "The army said on Sunday its units had on Saturday repelled an attack on the camp."
    assert _resolve(text).date == date(2016, 8, 6)


def test_the_day_a_source_spoke_stands_when_no_other_day_is_given() -> None:
    text = "The army said on Sunday its units had repelled an attack on the camp."
    assert _resolve(text).date == date(2016, 8, 7)


def test_a_byline_date_does_not_date_a_later_paragraph() -> None:
    text = (
        "Workers rally for unpaid wages\n\n"
        "By Staff Reporter | Published 8 August 2016\n\n"
        "Hundreds of workers rallied on Saturday outside the ministry.\n\n"
        "The workers chanted slogans and blocked the avenue."
    )
    start = text.index("The workers")
    event = TextSpan(start, len(text), text[start:])
    assert resolve_date(text, [event], PUBLISHED).date == date(2016, 8, 6)


def test_earlier_in_the_evening_is_the_day_written_before() -> None:
    text = "Youths fought police on Friday night. Earlier in the evening, thousands marched."
    start = text.index("Earlier")
    event = TextSpan(start, len(text), text[start:])
    assert resolve_date(text, [event], PUBLISHED).date == date(2016, 8, 5)


def test_a_day_counted_from_a_date_needs_no_comma_after_it() -> None:
    text = "Gunmen raided Tungan village on Monday. Two days later gunmen killed a chief there."
    start = text.index("Two")
    event = TextSpan(start, len(text), text[start:])
    assert resolve_date(text, [event], date(2024, 2, 29)).date == date(2024, 2, 28)


def _event_then_follow_on(text: str, second: str) -> date | None:
    """The date of an event told in the first sentence, with the second as its follow-on."""
    at = text.index(second)
    spans = [TextSpan(0, at - 1, text[: at - 1]), TextSpan(at, len(text), text[at:])]
    return resolve_date(text, spans, PUBLISHED).date


def test_the_day_a_source_spoke_yields_to_an_earlier_day_a_follow_on_sentence_gives() -> None:
    text = "Gunmen killed five people, police said on Sunday. They struck late on Friday."
    assert _event_then_follow_on(text, "They") == date(2016, 8, 5)


def test_a_later_day_in_a_follow_on_sentence_does_not_date_the_deed() -> None:
    text = "Gunmen killed five people, police said on Saturday. The victims were buried on Sunday."
    assert _event_then_follow_on(text, "The victims") == date(2016, 8, 6)


def test_the_day_a_source_told_a_reporter_by_telephone_is_the_day_it_spoke() -> None:
    text = "The officer told the Frontier Post by telephone on Sunday the attackers fled."
    assert _resolve(text).reason.endswith("(the day a source spoke)")


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("the toll from Friday night's shelling rose", "shelling", date(2016, 8, 5)),
        ("arrested over Saturday's attack on a bus", "attack", date(2016, 8, 6)),
        ("arrested on Saturday over the attack", "attack", None),
    ],
)
def test_an_event_noun_named_with_a_day_takes_that_day(
    text: str, noun: str, expected: date | None
) -> None:
    start = text.index(noun)
    found = possessive_date(text, TextSpan(start, start + len(noun), noun), PUBLISHED)
    assert (found.date if found else None) == expected

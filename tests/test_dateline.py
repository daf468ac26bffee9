"""Specification of dateline detection."""

from __future__ import annotations

import pytest

from coder.dateline import dateline_spans, without_dateline
from coder.models import TextSpan


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("KABUL (Wire) - A bomb exploded in a minibus.", "KABUL"),
        ("MOGADISHU, March 14 (Wire) - At least nine people died.", "MOGADISHU"),
        ("GOMA, Democratic Republic of Congo (Wire) - Rebels abducted 20 people.", "GOMA"),
        ("Headline\n\nNEW DELHI — Farmers marched on Tuesday.", "NEW DELHI"),
        ("PESHAWAR, Pakistan (Wire) -- Gunmen shot dead two workers.", "PESHAWAR"),
        ("LYON, 14 April 2023 - Strikers clashed with police on Thursday.", "LYON"),
        ("Popayan, April 9 - Two soldiers were killed on Sunday.", "Popayan"),
        ("(Dakar, May 21, 2024) - Soldiers executed nine men.", "Dakar"),
        ("IMPHAL, Aug 30: Two men were killed near Torbung.", "IMPHAL"),
        ("Headline\n\nPESHAWAR: Police arrested six suspects.", "PESHAWAR"),
        ("Headline\n\nSÃO PAULO - Strikers blocked the avenue.", "SÃO PAULO"),
    ],
)
def test_a_capitalized_city_before_a_dash_opening_a_line_is_a_dateline(
    text: str, city: str
) -> None:
    [span] = dateline_spans(text)
    assert span.text.startswith(city)
    assert text[span.start : span.start + len(city)] == city


@pytest.mark.parametrize(
    "text",
    [
        "Kabul - A bomb exploded in a minibus.",  # not in capitals
        "The UN said the ICRC - and others - had left.",  # capitals inside a line
        "NATO forces struck a compound on Monday.",  # no dash
        "In Cholet, May 3 - a date after a phrase, not a dateline",
        "UPDATE: Police arrested six suspects.",  # a label, not a city
    ],
)
def test_other_lines_have_no_dateline(text: str) -> None:
    assert dateline_spans(text) == []


def test_a_sentence_loses_the_dateline_it_opens_with() -> None:
    text = "Headline\n\nKABUL (Wire) - A bomb exploded in a minibus."
    start = text.index("KABUL")
    sentence = TextSpan(start, len(text), text[start:])
    cut = without_dateline(sentence, dateline_spans(text))
    assert cut.text == "A bomb exploded in a minibus."
    assert text[cut.start : cut.end] == cut.text
    other = TextSpan(0, 8, "Headline")
    assert without_dateline(other, dateline_spans(text)) == other


def test_a_dateline_with_a_day_month_and_year_is_cut_whole() -> None:
    text = "LYON, 14 April 2023 - Strikers clashed with police on Thursday."
    [span] = dateline_spans(text)
    assert span.text.rstrip().endswith("-")

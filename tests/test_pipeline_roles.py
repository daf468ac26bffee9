"""Whole-pipeline role conventions: who comes first, unnamed attackers that a sentence names, and
the outlet's country as the last country hint."""

from __future__ import annotations

from datetime import date

from coder.models import Article, EventRow
from coder.nlp import ParsedDoc
from coder.pipeline import Coder


def _rows(coder: Coder, text: str, source: str | None = None) -> list[EventRow]:
    article = Article(id="t", text=text, publication_date=date(2021, 3, 10), source_name=source)
    return coder.code_parsed(ParsedDoc(article, coder.parser.parse_text(text)), run_id="t").rows


def test_police_who_break_up_a_protest_are_the_second_actor(coder: Coder) -> None:
    rows = _rows(coder, "Riot police dispersed hundreds of teachers who marched on the ministry.")

    assert [r.sub_event_type for r in rows] == ["Protest with intervention"]
    assert rows[0].actor1 is not None and rows[0].actor1.startswith("Protesters")
    assert rows[0].actor2 is not None and rows[0].actor2.startswith("Police Forces")


def test_an_unnamed_bomber_is_the_armed_group_the_sentence_names(coder: Coder) -> None:
    rows = _rows(coder, "A bomb planted by Al Shabaab fighters killed two soldiers on Monday.")

    assert [r.actor1 for r in rows] == ["Al Shabaab"]


def test_unnamed_attackers_stay_unnamed_when_the_only_group_named_is_the_target(
    coder: Coder,
) -> None:
    rows = _rows(coder, "Unknown gunmen ambushed Al Shabaab fighters near Afgooye on Monday.")

    assert rows and rows[0].actor2 == "Al Shabaab"
    assert rows[0].actor1 is not None and rows[0].actor1.startswith("Unidentified Armed Group")


def test_the_outlets_country_places_an_event_whose_text_names_no_country(coder: Coder) -> None:
    text = "Unknown gunmen shot dead a trader at the central market on Monday."

    without = _rows(coder, text)
    with_outlet = _rows(coder, text, source="Daily Monitor (Uganda)")

    assert [r.iso3 for r in without] == [None]
    assert [r.iso3 for r in with_outlet] == ["UGA"]
    assert with_outlet[0].actor1 == "Unidentified Armed Group (Uganda)"


def test_a_country_the_text_names_outranks_the_outlets_country(coder: Coder) -> None:
    text = "Unknown gunmen shot dead a trader in Kisumu, Kenya, on Monday."

    rows = _rows(coder, text, source="Daily Monitor (Uganda)")

    assert [r.iso3 for r in rows] == ["KEN"]


def test_forces_acting_in_a_follow_on_sentence_are_the_second_actor(coder: Coder) -> None:
    text = (
        "On Monday, rioters burned tyres and blocked the main road in Kisumu, Kenya. "
        "Riot police fired tear gas at them."
    )

    rows = _rows(coder, text)

    assert [r.sub_event_type for r in rows] == ["Violent demonstration"]
    assert rows[0].actor2 is not None and rows[0].actor2.startswith("Police Forces of Kenya")


def test_a_follow_on_sentence_without_forces_leaves_the_second_actor_empty(coder: Coder) -> None:
    text = (
        "On Monday, rioters burned tyres and blocked the main road in Kisumu, Kenya. "
        "Traders closed their shops early."
    )

    rows = _rows(coder, text)

    assert [r.sub_event_type for r in rows] == ["Violent demonstration"]
    assert rows[0].actor2 is None


def test_forces_named_as_the_object_of_an_explosion_are_its_second_actor(coder: Coder) -> None:
    text = "On Monday, militants detonated a bomb that wounded two policemen in Khost, Afghanistan."

    rows = _rows(coder, text)

    assert [r.sub_event_type for r in rows] == ["Remote explosive/landmine/IED"]
    assert rows[0].actor2 is not None and rows[0].actor2.startswith("Police Forces of Afghanistan")


def test_two_groups_of_one_kind_that_clash_are_both_actors(coder: Coder) -> None:
    text = "On Monday, two groups of villagers clashed with sticks over land in Kandi, Benin."

    rows = _rows(coder, text)

    assert [r.sub_event_type for r in rows] == ["Mob violence"]
    assert rows[0].actor1 == rows[0].actor2 == "Rioters (Benin)"


def test_a_group_named_twice_with_a_slash_is_the_subject_not_a_passive(coder: Coder) -> None:
    # the parser reads "IS" after the slash as the auxiliary "is"
    text = "On 6 March 2021, Boko Haram/IS attacked Kwajaffa and burnt several houses."
    rows = _rows(coder, text)

    assert [r.sub_event_type for r in rows] == ["Attack"]
    assert rows[0].actor1 is not None and rows[0].actor1.startswith("Boko Haram")
    assert rows[0].inter2 == 7


def test_the_group_is_in_mixed_case_text_is_a_name_not_the_verb(coder: Coder) -> None:
    # read as the verb, "IS attacked" was a passive with no attacker
    rows = _rows(coder, "On 9 March, IS attacked an army checkpoint near Tuz Khurmatu.")

    assert [(r.sub_event_type, r.actor1_text) for r in rows] == [("Armed clash", "IS")]
    assert rows[0].actor1 is not None and rows[0].actor1.startswith("Islamic State")


def test_a_subject_the_parser_left_without_its_verb_is_still_the_agent(coder: Coder) -> None:
    # the parser makes "fighters" the root and hangs "targeted and wounded" on it
    rows = _rows(coder, "IS fighters targeted and wounded three soldiers near Baiji on Sunday.")

    assert [(r.sub_event_type, r.actor1_text) for r in rows] == [("Armed clash", "IS fighters")]


def test_is_in_a_headline_in_capitals_stays_the_verb(coder: Coder) -> None:
    doc = coder.parser.parse_text("POLICE OFFICER IS KILLED IN RAID")
    assert [t.norm_ for t in doc if t.text == "IS"] == ["is"]
    doc = coder.parser.parse_text("It IS the worst attack in years, the mayor said.")
    assert [t.norm_ for t in doc if t.text == "IS"] == ["is"]

"""Event rows: deterministic ids, ACLED interaction codes, evidence for every field."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from coder.models import ActorRef, Article, Candidate, EventDate, Fatalities, Place, TextSpan
from coder.rows import EventParts, event_id, interaction_code, to_row

TEXT = "Rebels attacked an army post in Idlib on Monday, killing four soldiers."


def _candidate(rule_id: str = "battles.armed_clash.attack") -> Candidate:
    return Candidate(
        codebook="acled",
        codebook_version="1.0",
        rule_id=rule_id,
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type="Political violence",
        cameo_code="190",
        sentence_index=0,
        sentence=TextSpan(0, len(TEXT), TEXT),
        trigger=TextSpan(7, 15, "attacked"),
        actor1=TextSpan(0, 6, "Rebels"),
        actor2=TextSpan(19, 28, "army post"),
    )


def _parts(candidate: Candidate) -> EventParts:
    return EventParts(
        candidate=candidate,
        actor1=ActorRef("Rebels (Syria)", 2, "SYRREB", "SYR", TextSpan(0, 6, "Rebels")),
        actor2=ActorRef("Military Forces of Syria (2000-)", 1, "SYRMIL", "SYR"),
        assoc_actor_1=(),
        assoc_actor_2=(),
        place=Place(
            "Idlib",
            35.93,
            36.63,
            "Syria",
            "SYR",
            admin1="Idlib",
            geonameid=169388,
            span=TextSpan(35, 40, "Idlib"),
            reason="in X",
        ),
        date=EventDate(date(2024, 3, 4), 1, TextSpan(44, 50, "Monday"), "weekday"),
        fatalities=Fatalities(4, TextSpan(52, 71, "killing four soldiers"), "killing N"),
    )


def test_event_id_is_the_same_for_the_same_article_rule_and_trigger() -> None:
    assert event_id("a1", _candidate()) == event_id("a1", _candidate())


def test_event_id_differs_by_article_and_by_rule() -> None:
    assert event_id("a1", _candidate()) != event_id("a2", _candidate())
    assert event_id("a1", _candidate()) != event_id("a1", _candidate("battles.other"))


def test_interaction_puts_the_lower_inter_code_first() -> None:
    assert interaction_code(2, 1) == "12"
    assert interaction_code(1, 7) == "17"


def test_interaction_of_a_lone_actor_ends_in_zero() -> None:
    assert interaction_code(6, None) == "60"
    assert interaction_code(None, None) is None


def test_row_carries_every_field_and_its_evidence() -> None:
    article = Article("a1", TEXT, source_name="Example Wire", publication_date=date(2024, 3, 5))
    row = to_row(article, _parts(_candidate()), run_id="r1")
    assert (row.actor1, row.inter1, row.actor2, row.inter2) == (
        "Rebels (Syria)",
        2,
        "Military Forces of Syria (2000-)",
        1,
    )
    assert row.interaction == "12"
    assert (row.location, row.iso3, row.event_date, row.year) == (
        "Idlib",
        "SYR",
        date(2024, 3, 4),
        2024,
    )
    assert row.fatalities == 4
    assert TEXT[row.trigger_start : row.trigger_end] == row.trigger == "attacked"
    evidence = json.loads(row.evidence or "{}")
    assert evidence["event_type"]["rule_id"] == "battles.armed_clash.attack"
    assert evidence["fatalities"]["text"] == "killing four soldiers"
    assert evidence["location"]["reason"] == "in X"
    assert row.civilian_targeting is None


def test_civilian_target_marks_civilian_targeting() -> None:
    parts = _parts(_candidate())
    civ = ActorRef("Civilians (Syria)", 7, "SYRCVL", "SYR")
    row = to_row(Article("a1", TEXT), dataclasses.replace(parts, actor2=civ), run_id="r1")
    assert row.civilian_targeting == "Civilian targeting"

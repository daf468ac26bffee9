"""Which candidates of an article are one event: elaborations, repeats and re-coding."""

from __future__ import annotations

from datetime import date

from coder.models import Candidate, Place, TextSpan
from coder.same_event import drop_elaborations, opens_new_incident

TEXT = (
    "Nurses protested outside the ministry in Nairobi. "
    "Police dispersed the nurses with tear gas. "
    "On 9 May, police dispersed a march of teachers. "
    "The nurses protested again."
)
PRIORITY = {"protests.peaceful.protest": 55, "protests.intervention.dispersal": 66}


def _span(text: str) -> TextSpan:
    start = TEXT.index(text)
    return TextSpan(start, start + len(text), text)


def _cand(sentence: str, index: int, trigger: str, rule: str, sub: str, agent: str) -> Candidate:
    return Candidate(
        codebook="acled",
        codebook_version="test",
        rule_id=rule,
        event_type="Protests",
        sub_event_type=sub,
        disorder_type="Demonstrations",
        cameo_code="141",
        sentence_index=index,
        sentence=_span(sentence),
        trigger=_span(trigger),
        actor1=_span(agent),
    )


PROTEST = _cand(
    "Nurses protested outside the ministry in Nairobi.",
    0,
    "protested",
    "protests.peaceful.protest",
    "Peaceful protest",
    "Nurses",
)
DISPERSAL = _cand(
    "Police dispersed the nurses with tear gas.",
    1,
    "dispersed",
    "protests.intervention.dispersal",
    "Protest with intervention",
    "Police",
)
NAIROBI = Place("Nairobi", -1.28, 36.82, "Kenya", "KEN", span=_span("Nairobi"))


def _no_date(cand: Candidate) -> date | None:
    return None


def test_a_later_sentence_of_the_same_type_recodes_the_first_mention() -> None:
    kept = drop_elaborations(
        [(PROTEST, NAIROBI), (DISPERSAL, NAIROBI)],
        [NAIROBI],
        own_date=_no_date,
        priority=lambda c: PRIORITY[c.rule_id],
    )
    assert len(kept) == 1
    event, place = kept[0]
    assert event.sub_event_type == "Protest with intervention"
    assert event.rule_id == "protests.intervention.dispersal"
    assert event.trigger.text == "dispersed"
    assert event.sentence_index == 0 and place == NAIROBI


def test_a_less_specific_repeat_leaves_the_first_coding_alone() -> None:
    again = _cand(
        "The nurses protested again.",
        3,
        "protested",
        "protests.peaceful.protest",
        "Peaceful protest",
        "nurses",
    )
    kept = drop_elaborations(
        [(DISPERSAL, NAIROBI), (again, NAIROBI)],
        [NAIROBI],
        own_date=_no_date,
        priority=lambda c: PRIORITY[c.rule_id],
    )
    assert [c.rule_id for c, _ in kept] == ["protests.intervention.dispersal"]


def test_a_sentence_with_its_own_date_is_another_event() -> None:
    later = _cand(
        "On 9 May, police dispersed a march of teachers.",
        2,
        "dispersed",
        "protests.intervention.dispersal",
        "Protest with intervention",
        "police",
    )
    kept = drop_elaborations(
        [(PROTEST, NAIROBI), (later, NAIROBI)],
        [NAIROBI],
        own_date=lambda c: date(2020, 5, 9) if c is later else None,
        priority=lambda c: PRIORITY[c.rule_id],
    )
    assert len(kept) == 2


def test_sentences_opening_another_incident_are_recognised() -> None:
    assert opens_new_incident("  Separately, gunmen attacked a bus.")
    assert opens_new_incident("In another incident, two men were shot.")
    assert not opens_new_incident("Police later dispersed them.")

"""A lede that sums up the events a news report then tells one by one ("Protests over power
cuts spread across southern Yemen this week, with demonstrators in Aden and Mukalla blocking
roads", "Kachin rebels have captured an outpost, as the junta hit back with air raids"): its
events are the dated ones told below it, not events of their own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from coder.dates import is_speaking_day
from coder.rows import EventParts

# a lede's words for a stretch of days, not one day
_SPAN_RE = re.compile(
    r"(?i)\b(?:this\s+week|this\s+month|in\s+recent\s+days|over\s+the\s+(?:past|last)\s+"
    r"(?:few\s+)?(?:days|week)|(?:a\s+)?string\s+of|a\s+series\s+of|a\s+wave\s+of)\b"
)


def drop_summary_ledes(parts: Sequence[EventParts], doc: Doc) -> list[EventParts]:
    """The events without those of a summing-up lede whose events are told, each with its own
    day, further down.

    A lede sums up when it names no day of its own and reads as a summary: a plural event noun
    ("Protests spread"), a present perfect ("rebels have captured"), or a span of days ("this
    week"). Its event yields to a later one of the same type in the same country that names its
    day.
    """
    if len(parts) < 2:
        return list(parts)
    first = min(p.candidate.sentence_index for p in parts)
    out: list[EventParts] = []
    for p in parts:
        if p.candidate.sentence_index == first and _sums_up(p, doc) and _told_below(p, parts):
            continue
        out.append(p)
    return out


def _own_day(p: EventParts) -> bool:
    """Whether the event's own words name its day (not the day a source spoke)."""
    return p.date.span is not None and p.date.precision == 1 and not is_speaking_day(p.date)


def _sums_up(p: EventParts, doc: Doc) -> bool:
    if _own_day(p):
        return False  # the lede names its day: an event of its own
    cand = p.candidate
    tokens = doc.char_span(cand.trigger.start, cand.trigger.end, alignment_mode="expand")
    head = tokens[-1] if tokens else None
    plural = head is not None and head.tag_ == "NNS"
    perfect = head is not None and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in head.children
    )
    return plural or perfect or bool(_SPAN_RE.search(cand.sentence.text))


def _told_below(lede: EventParts, parts: Sequence[EventParts]) -> bool:
    iso3 = lede.place.iso3 if lede.place is not None else None
    return any(
        q.candidate.sentence_index > lede.candidate.sentence_index
        and q.candidate.event_type == lede.candidate.event_type
        and _own_day(q)
        and (iso3 is None or q.place is None or q.place.iso3 == iso3)
        for q in parts
    )


# a report's news is at most this many days old; an event this much older, told below it, is
# the story's background
_FRESH_DAYS = 7
_STALE_DAYS = 14


def drop_stale_background(parts: Sequence[EventParts], published: date | None) -> list[EventParts]:
    """The events without the older ones a news report recalls below its news ("M23 captured
    Goma at the end of January" in a report on this week's fall of Kavumu; "two of his allies
    were shot dead on 19 October" under Thursday's march).

    An event is background when it lies more than two weeks before publication and an event of
    the past week is told in an earlier sentence.
    """
    if published is None:
        return list(parts)
    fresh = [
        p.candidate.sentence_index
        for p in parts
        if p.date.date is not None and 0 <= (published - p.date.date).days <= _FRESH_DAYS
    ]
    if not fresh:
        return list(parts)
    lede = min(fresh)
    return [
        p
        for p in parts
        if not (
            p.date.date is not None
            and (published - p.date.date).days > _STALE_DAYS
            and p.candidate.sentence_index > lede
        )
    ]

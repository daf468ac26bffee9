"""The event date: a date expression found in the text, resolved against the publication date.

Search order: the event's sentence, then its follow-on sentences, then the article text before
the event sentence (the nearest expression first: an earlier "on Saturday", then a dateline), and
last the publication date itself. Within one span the first expression wins.

Precision follows ACLED's ``time_precision``: 1 a day, 2 a week (or a day the source only gives
approximately: "around 5 May", "as reported on 5 May", "(week of)", a range of up to 7 days),
3 a month. Representative days (documented choices): "early July" the 1st, "mid-July" and
"in July" the 15th, "late July" the 25th, "last week" seven days before publication, a range its
first day. A date after the publication date is never returned: a year left out is the one that
keeps the date on or before publication, and an explicit date after publication is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coder.date_rules import DATE_RULES, MONTH_NAMES, WEEKDAY_NAMES
from coder.dateline import dateline_spans
from coder.models import EventDate, TextSpan

__all__ = [
    "MONTH_NAMES",
    "WEEKDAY_NAMES",
    "dated_starts",
    "dates_in",
    "is_speaking_day",
    "resolve_date",
]


@dataclass(frozen=True, slots=True)
class _Found:
    """A date expression found at ``start:end`` of the searched text."""

    start: int
    end: int
    date: date
    precision: int
    reason: str


_APPROX_BEFORE = re.compile(
    r"(?i:\b(?:around|about|approximately|circa|c\.|on\s+or\s+(?:about|around|before)|"
    r"(?:as\s+)?reported\s+on|before|by)\s*(?:the\s+)?$)"
)
_APPROX_AFTER = re.compile(
    r"(?i:^,?\s*\(\s*(?:as\s+reported|or\s+around|week\s+of|around|approximately|"
    r"date\s+not\s+(?:reported|known|specified)|exact\s+date\s+(?:not|un))|^\s+or\s+around)"
)
_MONTH_AFTER = re.compile(r"(?i:^,?\s*\(\s*(?:beginning|end|middle)\s+of\s+(?:the\s+)?month)")


# "holding them since January": when a state began, not when the event happened
_SINCE = re.compile(r"(?i)\b(?:since|until|till)\s+(?:the\s+)?$")
_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.$")


def _find_all(text: str, offset: int, published: date | None) -> Iterator[_Found]:
    """Every date expression in ``text`` (not overlapping), in text order."""
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in DATE_RULES:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            # The matched text is taken even when it does not resolve or lies after publication,
            # so that a weaker rule cannot reuse a part of it ("August 2016" in "30 August 2016").
            taken.append((m.start(), m.end()))
            resolved = resolve(m, published)
            if resolved is None:
                continue
            day, precision, reason = resolved
            if published is not None and day > published:
                continue
            before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 40]
            if _MONTH_AFTER.search(after):
                precision, reason = 3, reason + "; a month given as approximate"
            elif precision == 1 and (_APPROX_BEFORE.search(before) or _APPROX_AFTER.search(after)):
                precision, reason = 2, reason + "; given as approximate or as a reporting date"
            end = m.end()
            if text[m.start() : end].endswith(".") and not _ABBREVIATION.search(
                text[m.start() : end]
            ):
                end -= 1  # a full stop after a month name ends the sentence
            found.append(_Found(offset + m.start(), offset + end, day, precision, reason))
    return iter(sorted(found, key=lambda f: f.start))


def dates_in(text: str, published: date | None) -> list[tuple[date, int]]:
    """Every date a text names, resolved against the publication date, with its precision.

    Args:
        text: a sentence or passage.
        published: the publication date (the base for relative expressions).

    Returns:
        (date, ACLED time precision) for each expression, in text order.
    """
    return [(f.date, f.precision) for f in _find_all(text, 0, published)]


def dated_starts(text: str, published: date | None) -> list[tuple[int, date]]:
    """Where each date expression of a text starts, with its date (see ``dates_in``)."""
    return [(f.start, f.date) for f in _find_all(text, 0, published)]


def resolve_date(text: str, sentences: Sequence[TextSpan], published: date | None) -> EventDate:
    """Find the date of an event in an article.

    Args:
        text: the article text.
        sentences: the event's sentence first, then any follow-on sentences about the event.
        published: the article's publication date (the base for relative expressions).

    Returns:
        The event date with its ACLED time precision, the span of the expression in ``text``
        (None when the publication date was used) and a short reason.
    """
    if sentences:
        shifted = _from_earlier_date(text, sentences[0], published)
        if shifted is not None:
            return shifted
    spoke: _Found | None = None
    for index, sentence in enumerate(sentences):
        hits = [
            h
            for h in _find_all(sentence.text, sentence.start, published)
            if not _SINCE.search(text[max(0, h.start - 12) : h.start])
        ]
        # "The army said on Thursday its troops had on Wednesday engaged ...": the day it spoke
        # yields to the day of the deed, in its sentence or in a follow-on one ("residents said
        # on Tuesday. The attackers arrived late on Sunday"), which cannot lie after it
        told = [h for h in hits if _SAID_BEFORE.search(text[max(0, h.start - 40) : h.start])]
        hit = next(
            (h for h in hits if h not in told and (spoke is None or h.date <= spoke.date)), None
        )
        if hit is not None:
            where = "event sentence" if index == 0 else "a follow-on sentence"
            return _event_date(text, hit, where)
        if told and spoke is None:
            spoke = told[0]
    if spoke is not None:
        return _event_date(text, spoke, _SPOKE)
    first_start = min((s.start for s in sentences), default=len(text))
    # A date earlier in the event's own paragraph usually still governs it; beyond the paragraph,
    # the lede's date anchors the story better than whichever date happens to come last (that is
    # often background: "the group relaunched itself on July 28").
    para_start = text.rfind("\n\n", 0, first_start) + 1
    datelines = dateline_spans(text)
    in_paragraph = [
        h
        for h in _find_all(text[para_start:first_start], para_start, published)
        if not _on_masthead(text, h.start, datelines)
    ]
    if in_paragraph:
        return _event_date(text, in_paragraph[-1], "earlier in the event's paragraph")
    lede = next(
        (
            h
            for h in _find_all(text[:para_start], 0, published)
            if not _on_masthead(text, h.start, datelines)
        ),
        None,
    )
    if lede is not None:
        return _event_date(text, lede, "the article's first date")
    if published is not None:
        return EventDate(published, 1, None, "no date in the text: the publication date")
    return EventDate(None, 3, None, "no date in the text and no publication date")


_SPOKE = "the day a source spoke"  # where a date that is only a statement's day was read


def is_speaking_day(when: EventDate) -> bool:
    """Whether a resolved date is only the day a source spoke, the deed's own day untold."""
    return when.reason.endswith(f"({_SPOKE})")


_SAID_BEFORE = re.compile(
    r"(?i)\b(?:said|says|announced|told|reported|stated|added|confirmed|statement|"
    r"read|published|released)\s+(?:(?!(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day\b)"
    r"\w+\s+){0,5}?(?:on|late\s+on|early\s+on)?\s*$"
)
# a byline or dateline line: "By Staff Reporter | Published 18 May 2023", "Posted: 4 May"
_MASTHEAD_RE = re.compile(
    r"(?i)^\s*(?:by\s|published|updated|posted|last\s+updated|date:|[\w .,'’-]{0,40}\|)"
)


def _on_masthead(text: str, position: int, datelines: Sequence[TextSpan]) -> bool:
    """Whether a date sits on a byline, dateline or publication line (its date is the
    report's)."""
    start = text.rfind("\n", 0, position) + 1
    return bool(_MASTHEAD_RE.match(text[start:position])) or any(
        d.start <= position < d.end for d in datelines
    )


# "a day earlier", "two days before", "the previous day": a day counted from the date before
_COUNTED_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_EARLIER_RE = re.compile(
    r"(?i)\b(?:(?P<n>a|one|two|three|four|five|six)\s+days?\s+(?P<dir>earlier|before|later)|"
    r"the\s+(?P<prev>previous|following|next)\s+day|the\s+day\s+(?P<dir2>before|after)|"
    r"(?P<same>(?:earlier|later)\s+(?:in\s+the|that)\s+(?:day|evening|morning|afternoon|night)|"
    r"hours\s+(?:earlier|later)))\b"
)
# "a day after the attack", "two days before elections": counted from an event, not a date
_FROM_EVENT_RE = re.compile(r"\s+[^\W\d_]")


def _from_earlier_date(text: str, sentence: TextSpan, published: date | None) -> EventDate | None:
    """A date counted in days from the last date written before the sentence ("A day earlier,
    thousands had rallied"); None when the sentence counts none or no date precedes it.

    "a day after the attack" (a day counted from an event, not from a date) is left alone."""
    m = _EARLIER_RE.search(sentence.text)
    if m is None:
        return None
    counted_from = (m.group("dir") or "").lower() in ("before", "after") or m.group("dir2")
    if counted_from and _FROM_EVENT_RE.match(sentence.text, m.end()):
        return None
    own = next(_find_all(sentence.text, 0, published), None)
    if own is not None and own.start < m.start():
        return None  # "On 5 May, police arrested men who had attacked a shop the day before"
    anchors = list(_find_all(text[: sentence.start], 0, published))
    if not anchors:
        return None
    # a day is counted from a day: "Hours later" after Saturday's strike and a link to a story
    # of "October" counts from Saturday
    anchor = next((a for a in reversed(anchors) if a.precision == 1), anchors[-1])
    days = _COUNTED_WORDS[m.group("n").lower()] if m.group("n") else 1
    if m.group("same"):
        days = 0  # "Earlier in the evening", "Hours later": the same day
    later = (m.group("dir") or m.group("dir2") or "").lower() in ("later", "after") or (
        (m.group("prev") or "").lower() in ("following", "next")
    )
    day = anchor.date + timedelta(days=days if later else -days)
    if published is not None and day > published:
        return None
    start = sentence.start + m.start()
    span = TextSpan(start, sentence.start + m.end(), text[start : sentence.start + m.end()])
    reason = f"{days} day(s) {'after' if later else 'before'} {anchor.date.isoformat()}"
    return EventDate(day, anchor.precision, span, reason + " (the date written before)")


def _event_date(text: str, hit: _Found, where: str) -> EventDate:
    span = TextSpan(hit.start, hit.end, text[hit.start : hit.end])
    return EventDate(hit.date, hit.precision, span, f"{hit.reason} ({where})")


# "Friday night's shelling", "Saturday's attack": the day an event noun is named with
_POSSESSIVE_GAP = re.compile(
    r"(?i)(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+(?:[\w-]+\s+){0,2}"
)


def possessive_date(text: str, trigger: TextSpan, published: date | None) -> EventDate | None:
    """The day an event noun is named with ("the toll from Friday night's shelling"), None when
    it is named with none."""
    start = max(0, trigger.start - 60)
    for hit in _find_all(text[start : trigger.start], start, published):
        if _POSSESSIVE_GAP.fullmatch(text[hit.end : trigger.start]):
            return _event_date(text, hit, "the day the event is named with")
    return None

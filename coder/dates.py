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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coder.models import EventDate, TextSpan

# English names written out: ``calendar.month_name`` follows the process locale.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(MONTH_NAMES, start=1)},
    **{name[:3]: i for i, name in enumerate(MONTH_NAMES, start=1)},
    "sept": 9,
}
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = {name: i for i, name in enumerate(WEEKDAY_NAMES)}

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<{g}>(?:19|20)\d\d))"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s*(?:-|–|—|to|and|until|till)\s*"


def _p(template: str) -> re.Pattern[str]:
    return re.compile(template)


@dataclass(frozen=True, slots=True)
class _Found:
    """A date expression found at ``start:end`` of the searched text."""

    start: int
    end: int
    date: date
    precision: int
    reason: str


# Each rule: (pattern, resolver(match, published) -> (date, precision, reason) | None).
_Resolved = tuple[date, int, str] | None
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], date | None], _Resolved]]


def _month(m: re.Match[str], group: str) -> int:
    return _MONTHS[m.group(group).lower().rstrip(".")]


def _year(m: re.Match[str], group: str) -> int | None:
    value = m.group(group)
    return int(value) if value else None


def _make_date(year: int | None, month: int, day: int, published: date | None) -> date | None:
    """Build a date; without a year, take the latest year keeping it on/before publication."""
    if year is None:
        if published is None:
            return None
        for candidate_year in (published.year, published.year - 1):
            try:
                found = date(candidate_year, month, day)
            except ValueError:
                continue
            if found <= published:
                return found
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(m: re.Match[str], published: date | None) -> _Resolved:
    found = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")), published)
    return (found, 1, "ISO date") if found else None


def _range_same_month(m: re.Match[str], published: date | None) -> _Resolved:
    first, last = int(m.group("d1")), int(m.group("d2"))
    if not 1 <= first < last <= 31:
        return None
    found = _make_date(_year(m, "y"), _month(m, "m"), first, published)
    if found is None:
        return None
    return found, 2 if last - first < 7 else 3, "date range: its first day"


def _range_two_months(m: re.Match[str], published: date | None) -> _Resolved:
    year = _year(m, "y")
    first = _make_date(year, _month(m, "m1"), int(m.group("d1")), published)
    last = _make_date(year, _month(m, "m2"), int(m.group("d2")), published)
    if first is None or last is None:
        return None
    if first > last:  # "28 December - 2 January 2017": the first day is in the year before
        first = first.replace(year=first.year - 1)
    return first, 2 if (last - first).days < 7 else 3, "date range: its first day"


def _day_month(m: re.Match[str], published: date | None) -> _Resolved:
    found = _make_date(_year(m, "y"), _month(m, "m"), int(m.group("d")), published)
    return (found, 1, "day and month") if found else None


_PART_DAY = {"early": 1, "beginning": 1, "start": 1, "mid": 15, "middle": 15, "late": 25, "end": 25}


def _part_of_month(m: re.Match[str], published: date | None) -> _Resolved:
    part = m.group("part").lower()
    day = next(v for k, v in _PART_DAY.items() if part.startswith(k))
    found = _month_date(_year(m, "y"), _month(m, "m"), day, published)
    return (found, 3, f"{part} of a month") if found else None


def _in_month(m: re.Match[str], published: date | None) -> _Resolved:
    found = _month_date(_year(m, "y"), _month(m, "m"), 15, published)
    return (found, 3, "a month") if found else None


def _month_date(year: int | None, month: int, day: int, published: date | None) -> date | None:
    """A representative day of a month, moved back to publication day in the current month."""
    if year is None and published is not None and month == published.month:
        year = published.year
    found = _make_date(year, month, day, published)
    if found is None and year is None and published is not None and month == published.month:
        return published
    if (
        found is not None
        and published is not None
        and found > published
        and (found.year, found.month) == (published.year, published.month)
    ):
        return published
    return found


def _day_only(m: re.Match[str], published: date | None) -> _Resolved:
    if published is None:
        return None
    day = int(m.group("d"))
    month_start = published.replace(day=1)
    for start in (month_start, (month_start - timedelta(days=1)).replace(day=1)):
        found = _make_date(start.year, start.month, day, None)
        if found is not None and found <= published:
            return found, 1, "day of the month"
    return None


def _weekday(m: re.Match[str], published: date | None) -> _Resolved:
    if published is None:
        return None
    back = (published.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
    return published - timedelta(days=back), 1, "weekday: the latest on or before publication"


_RELATIVE: dict[str, tuple[int, int]] = {
    # phrase -> (days before publication, precision)
    "the day before yesterday": (2, 1),
    "yesterday": (1, 1),
    "last night": (1, 1),
    "today": (0, 1),
    "tonight": (0, 1),
    "this morning": (0, 1),
    "this afternoon": (0, 1),
    "this evening": (0, 1),
    "earlier this week": (0, 2),
    "this week": (0, 2),
    "last week": (7, 2),
    "past week": (0, 2),
}


def _relative(m: re.Match[str], published: date | None) -> _Resolved:
    if published is None:
        return None
    phrase = " ".join(m.group(0).lower().split())
    if m.group("n"):
        n = _number(m.group("n"))
        if n is None:
            return None
        unit = m.group("unit").lower()
        days, precision = (n, 1) if unit.startswith("day") else (7 * n, 2)
        return published - timedelta(days=days), precision, f"{n} {unit} before publication"
    days, precision = _RELATIVE[phrase]
    return published - timedelta(days=days), precision, f"'{phrase}' relative to publication"


_SMALL_NUMBERS = {
    word: i
    for i, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905
    )
}


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _SMALL_NUMBERS.get(word)


_RULES: tuple[_Rule, ...] = (
    (_p(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso),
    (
        _p(
            rf"\b{_DAY.format(g='d1')}(?:\s+of)?\s+{_MONTH.format(g='m1')}{_DASH}"
            rf"{_DAY.format(g='d2')}(?:\s+of)?\s+{_MONTH.format(g='m2')}{_YEAR.format(g='y')}?\b"
        ),
        _range_two_months,
    ),
    (
        _p(
            rf"\b{_DAY.format(g='d1')}{_DASH}{_DAY.format(g='d2')}(?:\s+of)?\s+"
            rf"{_MONTH.format(g='m')}{_YEAR.format(g='y')}?\b"
        ),
        _range_same_month,
    ),
    (
        _p(
            rf"\b{_MONTH.format(g='m')}\s+{_DAY.format(g='d1')}{_DASH}{_DAY.format(g='d2')}\b"
            rf"{_YEAR.format(g='y')}?"
        ),
        _range_same_month,
    ),
    (
        _p(
            rf"\b(?:(?:the\s+)?{_DAY.format(g='d')}(?:\s+of)?\s+{_MONTH.format(g='m')}"
            rf"{_YEAR.format(g='y')}?)(?![\w-])"
        ),
        _day_month,
    ),
    (
        _p(
            rf"\b{_MONTH.format(g='m')}\s+(?:the\s+)?{_DAY.format(g='d')}\b(?!\s*%)"
            rf"{_YEAR.format(g='y')}?"
        ),
        _day_month,
    ),
    (
        _p(
            rf"(?i:\b(?P<part>early|mid|middle\s+of|late|beginning\s+of|start\s+of|end\s+of))"
            rf"[\s-]+(?:(?i:the\s+month\s+of)\s+)?{_MONTH.format(g='m')}{_YEAR.format(g='y')}?\b"
        ),
        _part_of_month,
    ),
    (
        _p(
            rf"\b(?i:in|during|since|throughout|by|of)\s+{_MONTH.format(g='m')}"
            rf"{_YEAR.format(g='y')}?\b"
        ),
        _in_month,
    ),
    (_p(rf"\b{_MONTH.format(g='m')}{_YEAR.format(g='y')}\b"), _in_month),
    (_p(r"(?i:\bon\s+the\s+)(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"), _day_only),
    (_p(rf"\b{_WEEKDAY}\b"), _weekday),
    (
        _p(
            r"(?i:\b(?:the\s+day\s+before\s+yesterday|yesterday|last\s+night|today|tonight|"
            r"this\s+(?:morning|afternoon|evening)|(?:earlier\s+)?this\s+week|last\s+week|"
            r"past\s+week)\b)"
            r"|(?i:\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?P<unit>days?|weeks?)\s+ago\b)"
        ),
        _relative,
    ),
)


_APPROX_BEFORE = re.compile(
    r"(?i:\b(?:around|about|approximately|circa|c\.|on\s+or\s+(?:about|around|before)|"
    r"(?:as\s+)?reported\s+on|before|by)\s*(?:the\s+)?$)"
)
_APPROX_AFTER = re.compile(
    r"(?i:^,?\s*\(\s*(?:as\s+reported|or\s+around|week\s+of|around|approximately|"
    r"date\s+not\s+(?:reported|known|specified)|exact\s+date\s+(?:not|un))|^\s+or\s+around)"
)
_MONTH_AFTER = re.compile(r"(?i:^,?\s*\(\s*(?:beginning|end|middle)\s+of\s+(?:the\s+)?month)")


_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.$")


def _find_all(text: str, offset: int, published: date | None) -> Iterator[_Found]:
    """Every date expression in ``text`` (not overlapping), in text order."""
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in _RULES:
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
    for index, sentence in enumerate(sentences):
        hit = next(_find_all(sentence.text, sentence.start, published), None)
        if hit is not None:
            where = "event sentence" if index == 0 else "a follow-on sentence"
            return _event_date(text, hit, where)
    first_start = min((s.start for s in sentences), default=len(text))
    # A date earlier in the event's own paragraph usually still governs it; beyond the paragraph,
    # the lede's date anchors the story better than whichever date happens to come last (that is
    # often background: "the group relaunched itself on July 28").
    para_start = text.rfind("\n\n", 0, first_start) + 1
    in_paragraph = list(_find_all(text[para_start:first_start], para_start, published))
    if in_paragraph:
        return _event_date(text, in_paragraph[-1], "earlier in the event's paragraph")
    lede = next(_find_all(text[:para_start], 0, published), None)
    if lede is not None:
        return _event_date(text, lede, "the article's first date")
    if published is not None:
        return EventDate(published, 1, None, "no date in the text: the publication date")
    return EventDate(None, 3, None, "no date in the text and no publication date")


def _event_date(text: str, hit: _Found, where: str) -> EventDate:
    span = TextSpan(hit.start, hit.end, text[hit.start : hit.end])
    return EventDate(hit.date, hit.precision, span, f"{hit.reason} ({where})")

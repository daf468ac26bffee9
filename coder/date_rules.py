"""The date expressions the event-date search recognizes, each with its resolver.

A rule is a regular expression and a function that turns its match into a date, an ACLED time
precision (1 day, 2 week, 3 month) and a short reason, given the publication date (the base of
relative expressions; None when unknown). :data:`DATE_RULES` lists them strongest first: a
match of an earlier rule takes its text away from later ones ("30 August 2016" is one day, never
"August 2016" as well).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

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
# a year written out, or "last year" / "this year" ("On January 1 last year, ...")
_YEAR = r"(?:,?\s+(?P<{g}>(?:19|20)\d\d)|\s+(?P<{g}r>(?i:last|this))\s+year\b)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s*(?:-|–|—|to|and|until|till)\s*"


def _p(template: str) -> re.Pattern[str]:
    return re.compile(template)


# Each rule: (pattern, resolver(match, published) -> (date, precision, reason) | None).
Resolved = tuple[date, int, str] | None
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], date | None], Resolved]]


def _month(m: re.Match[str], group: str) -> int:
    return _MONTHS[m.group(group).lower().rstrip(".")]


def _year(m: re.Match[str], group: str, published: date | None = None) -> int | None:
    value = m.group(group)
    if value:
        return int(value)
    relative = m.groupdict().get(group + "r")
    if relative and published is not None:
        return published.year - (1 if relative.lower() == "last" else 0)
    return None


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


def _iso(m: re.Match[str], published: date | None) -> Resolved:
    found = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")), published)
    return (found, 1, "ISO date") if found else None


def _range_same_month(m: re.Match[str], published: date | None) -> Resolved:
    first, last = int(m.group("d1")), int(m.group("d2"))
    if not 1 <= first < last <= 31:
        return None
    found = _make_date(_year(m, "y", published), _month(m, "m"), first, published)
    if found is None:
        return None
    return found, 2 if last - first < 7 else 3, "date range: its first day"


def _range_two_months(m: re.Match[str], published: date | None) -> Resolved:
    year = _year(m, "y", published)
    first = _make_date(year, _month(m, "m1"), int(m.group("d1")), published)
    last = _make_date(year, _month(m, "m2"), int(m.group("d2")), published)
    if first is None or last is None:
        return None
    if first > last:  # "28 December - 2 January 2017": the first day is in the year before
        first = first.replace(year=first.year - 1)
    return first, 2 if (last - first).days < 7 else 3, "date range: its first day"


def _day_month(m: re.Match[str], published: date | None) -> Resolved:
    found = _make_date(_year(m, "y", published), _month(m, "m"), int(m.group("d")), published)
    return (found, 1, "day and month") if found else None


_PART_DAY = {"early": 1, "beginning": 1, "start": 1, "mid": 15, "middle": 15, "late": 25, "end": 25}


def _part_of_month(m: re.Match[str], published: date | None) -> Resolved:
    part = m.group("part").lower()
    day = next(v for k, v in _PART_DAY.items() if part.startswith(k))
    found = _month_date(_year(m, "y", published), _month(m, "m"), day, published)
    return (found, 3, f"{part} of a month") if found else None


def _in_month(m: re.Match[str], published: date | None) -> Resolved:
    found = _month_date(_year(m, "y", published), _month(m, "m"), 15, published)
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


def _day_only(m: re.Match[str], published: date | None) -> Resolved:
    if published is None:
        return None
    day = int(m.group("d"))
    month_start = published.replace(day=1)
    for start in (month_start, (month_start - timedelta(days=1)).replace(day=1)):
        found = _make_date(start.year, start.month, day, None)
        if found is not None and found <= published:
            return found, 1, "day of the month"
    return None


def _weekday(m: re.Match[str], published: date | None) -> Resolved:
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


def _relative(m: re.Match[str], published: date | None) -> Resolved:
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


def _part_of_last_week(m: re.Match[str], published: date | None) -> Resolved:
    """ "early last week" is its Monday, "late last week" its Thursday (precision 2)."""
    if published is None:
        return None
    monday = published - timedelta(days=published.weekday() + 7)
    part = m.group("part").lower()
    return monday + timedelta(days=3 if part == "late" else 0), 2, f"{part} last week"


def _numeric(m: re.Match[str], published: date | None) -> Resolved:
    """ "08/06/2016": day-first and month-first readings; the latest one on/before publication."""
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    readings = {
        found
        for month, day in ((second, first), (first, second))
        if (found := _make_date(year, month, day, published)) is not None
        and (published is None or found <= published)
    }
    if not readings:
        return None
    if len(readings) == 1:
        return next(iter(readings)), 1, "numeric date"
    if published is None:
        return None  # ambiguous and nothing to decide by
    return (
        max(readings),
        1,
        "numeric date (day/month order unclear: the reading nearest publication)",
    )


def _numeric_no_year(m: re.Match[str], published: date | None) -> Resolved:
    """ "on 13/10": day-first and month-first readings in the latest year on/before publication;
    the reading nearest publication."""
    first, second = int(m.group("a")), int(m.group("b"))
    readings = {
        found
        for month, day in ((second, first), (first, second))
        if 1 <= month <= 12 and (found := _make_date(None, month, day, published)) is not None
    }
    if not readings:
        return None
    unclear = " (day/month order unclear: the reading nearest publication)"
    return max(readings), 1, "numeric day and month" + ("" if len(readings) == 1 else unclear)


def _relative_month(m: re.Match[str], published: date | None) -> Resolved:
    if published is None:
        return None
    phrase = " ".join(m.group(0).lower().split())
    if "last" in phrase or "past" in phrase:
        previous = published.replace(day=1) - timedelta(days=1)
        return (
            previous.replace(day=15),
            3,
            f"'{phrase}': the middle of the month before publication",
        )
    found = _month_date(published.year, published.month, 15, published)
    return (found, 3, f"'{phrase}': the month of publication") if found else None


def _weekend(m: re.Match[str], published: date | None) -> Resolved:
    if published is None:
        return None
    back = (published.weekday() - 5) % 7  # the latest Saturday on or before publication
    if "last" in m.group(0).lower() and back < 2:
        back += 7  # said on the weekend itself, "last weekend" is the one before
    phrase = " ".join(m.group(0).lower().split())
    return published - timedelta(days=back), 2, f"'{phrase}': its Saturday"


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


DATE_RULES: tuple[Rule, ...] = (
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
    (_p(r"(?i:\b(?P<part>early|late)\s+last\s+week\b)"), _part_of_last_week),
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
    (_p(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d)\b"), _numeric),
    (
        _p(r"(?i:\b(?:on|of|dated)\s+(?:the\s+)?)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\b(?![/.]\d)"),
        _numeric_no_year,
    ),
    (
        _p(r"(?i:\b(?:(?:earlier|later)\s+)?this\s+month|(?:last|past|previous)\s+month)\b"),
        _relative_month,
    ),
    (_p(r"(?i:\b(?:last|this|over\s+the|at\s+the|during\s+the)\s+weekend)\b"), _weekend),
)

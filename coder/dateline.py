"""Datelines: the city a news report was filed from ("KABUL, March 3 (Wire) -").

The dateline names where the reporter is, not where the event happened: "OUAGADOUGOU (Wire) -
Jihadists seized the town of Seytenga in the north" reports an event far from the capital. A
place in the dateline is therefore the event's location only when nothing else is named.

A dateline opens a line: one to four words in capitals (a city, perhaps with its country or state
after a comma: "GOMA, Democratic Republic of Congo"), optionally a date and a bracketed agency,
then a dash; or a city in ordinary capitals followed by a date ("Popayan, April 9 -", "(Dakar,
May 21, 2024) -").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coder.models import TextSpan

_CAPS = "A-ZÀ-ÖØ-Þ"  # capitals, accented too ("MOROLEÓN")
_DATELINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<city>[{_CAPS}][{_CAPS}'’./-]+(?:[ \t]+[{_CAPS}][{_CAPS}'’./-]+){{0,3}})"
    r"(?:,[ \t]*[A-Z][\w'’.]*(?:[ \t]+[A-Za-z][\w'’.]*){0,4})?"  # ", Pakistan", ", March 14"
    r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"  # " March 14"
    r"(?:,[ \t]*\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?)?"  # ", 14 April 2023"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # " (Reuters)"
    r"[ \t]*[-–—]{1,2}[ \t]"
)


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# a city in ordinary capitals, only with a date: "Popayan, April 9 -", "(Dakar, May 21, 2024) -"
_DATED_LINE_RE = re.compile(
    r"(?m)^[ \t]*\(?(?!(?:In|On|At|By|From|The|Since|Until)\b)"
    r"(?P<city>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}),[ \t]*"
    rf"(?:\d{{1,2}}[ \t]+{_MONTHS}|{_MONTHS}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?\)?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[-–—]{1,2}[ \t]"
)


# South Asian style, with a colon: "IMPHAL, Aug 30: Two men ...", "PESHAWAR: The police ..."
_COLON_DATELINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<city>[{_CAPS}][{_CAPS}'’.-]+(?:[ \t]+[{_CAPS}][{_CAPS}'’.-]+){{0,2}})"
    rf"(?P<date>,[ \t]*(?:\d{{1,2}}[ \t]+{_MONTHS}|{_MONTHS}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?)?"
    r"[ \t]*:[ \t]+(?=[A-Z0-9\"“])"
)
# capitals before a colon that head a line without naming a city
_NOT_CITIES = frozenset(
    {"UPDATE", "UPDATED", "BREAKING", "WARNING", "EXCLUSIVE", "STATEMENT", "NOTE", "WATCH"}
    | {"READ", "ANALYSIS", "OPINION", "EDITORIAL", "PHOTO", "VIDEO", "LIVE", "KEY", "FACTBOX"}
    | {"POLICE", "PRESS", "RELEASE", "SUMMARY", "BACKGROUND", "CONTEXT", "EDITOR", "Q", "A"}
)


def _colon_datelines(text: str) -> list[re.Match[str]]:
    """Colon datelines: any with a date, and the first of the text without one."""
    out: list[re.Match[str]] = []
    undated = False
    for m in _COLON_DATELINE_RE.finditer(text):
        if set(m.group("city").replace(".", " ").split()) & _NOT_CITIES:
            continue
        if m.group("date"):
            out.append(m)
        elif not undated:
            undated = True
            out.append(m)
    return out


def dateline_spans(text: str) -> list[TextSpan]:
    """The dateline city and its trailing words at the start of each line, up to the dash.

    Args:
        text: the article text.

    Returns:
        One span per dateline (usually one), from the city to the dash.
    """
    out: list[TextSpan] = []
    found = [*_DATELINE_RE.finditer(text), *_DATED_LINE_RE.finditer(text), *_colon_datelines(text)]
    for m in found:
        start, end = m.start("city"), m.end()
        if not any(d.start <= start < d.end for d in out):
            out.append(TextSpan(start, end, text[start:end]))
    return sorted(out, key=lambda d: d.start)


def without_dateline(sentence: TextSpan, datelines: Sequence[TextSpan]) -> TextSpan:
    """The sentence without a dateline it opens with (the place search then sees the dateline
    city as an earlier mention: a fallback when the sentence names no place of its own).

    Args:
        sentence: a sentence (offsets into the article text).
        datelines: the article's datelines (``dateline_spans``).

    Returns:
        The sentence from the end of its dateline, or the sentence itself.
    """
    for d in datelines:
        # the tagger may end a sentence inside the dateline: "IMPHAL" | ", Feb 23 - The ..."
        if d.start < sentence.end and sentence.start < d.end < sentence.end:
            cut = d.end - sentence.start
            return TextSpan(d.end, sentence.end, sentence.text[cut:])
    return sentence


def after_dateline(span: TextSpan) -> TextSpan:
    """An actor phrase without the dateline the parser swept into it ("PORT-AU-PRINCE (Wire) -
    Armed gang members" is "Armed gang members").

    Args:
        span: a phrase (offsets into the article text).

    Returns:
        The phrase after the dateline's dash, or the phrase itself.
    """
    m = _DATELINE_RE.match(span.text)
    if m is None or m.end() >= len(span.text):
        return span
    return TextSpan(span.start + m.end(), span.end, span.text[m.end() :])

"""Sentences after an event sentence that tell of something else: history, tallies, outlook.

News reports follow an event with its background: "In October 2017, a truck bomb killed more
than 500 people in the city", "The group has carried out dozens of similar attacks in recent
years". Such a sentence must not lend its deaths or its date to the event before it. A
follow-on sentence is background when

* it names a date more than a week away from the event's date (a month or a year named alone
  counts when the event's day is outside it), or
* it reports the past as a pattern or a tally rather than as this event ("in recent years",
  "last year", "since 2015", "so far this year", "similar attacks", "previous attack").

A sentence whose only time is long past ("In January 2023, a suicide bombing killed 80", "the
group seized the town in June 2022", "Rwandan troops deployed in 2021") tells of history: it
codes no event of its own (``is_history``). A date that qualifies a noun ("the March 2012
bombing") does not make the sentence history.

A sentence that tells what a group habitually does ("Al Shabaab often uses such bombs", "the
group, which still carries out attacks on ...") reports no event at all, unless it names a date.
"""

from __future__ import annotations

import re
from datetime import date

from coder.dates import dated_starts, dates_in
from coder.furniture import is_furniture_line
from coder.models import TextSpan

# the largest gap, in days, between a follow-on sentence's date and the event's date
SAME_EVENT_DAYS = 7
_MONTH_PRECISION = 3

_RETROSPECT = re.compile(
    r"(?i)\b(?:in\s+recent\s+(?:years|months|weeks)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:years|months|decades?)|in\s+the\s+past|last\s+year|earlier\s+this\s+year|"
    r"so\s+far\s+this\s+year|this\s+year\s+alone|since\s+(?:19|20)\d\d|since\s+the\s+(?:start|"
    r"beginning|outbreak)\s+of|(?:a|the)\s+(?:similar|previous|earlier)\s+(?:attacks?|"
    r"bombings?|incidents?|raids?|clashes)|similar\s+attacks|(?:has|have)\s+(?:carried\s+out|"
    r"claimed)\s+(?:dozens|scores|hundreds|many|several|a\s+series))\b"
)


def is_background(sentence: TextSpan, event_date: date | None, published: date | None) -> bool:
    """Whether a follow-on sentence tells of another time than the event's.

    Args:
        sentence: the follow-on sentence.
        event_date: the event's date as found so far (None when unknown).
        published: the publication date (the base for the sentence's relative dates).

    Returns:
        True for history, tallies and patterns; False for a sentence that may still report on
        the event ("Three soldiers died in the attack.").
    """
    if _RETROSPECT.search(sentence.text):
        return True
    if event_date is None:
        return False
    for day, precision in dates_in(sentence.text, published):
        if precision == _MONTH_PRECISION:
            if (day.year, day.month) != (event_date.year, event_date.month):
                return True
        elif abs((day - event_date).days) > SAME_EVENT_DAYS:
            return True
    return False


_HABITUAL = re.compile(
    r"(?i)\b(?:often|frequently|regularly|routinely|usually|typically|"
    r"still\s+carr(?:y|ies)\s+out|(?:has|have)\s+(?:long\s+)?carried\s+out|"
    # "Partners continue to record attacks on civilians", "continues to plant roadside bombs"
    r"continues?\s+to\s+(?:record|report|document|plant|carry\s+out|launch|stage|attack|target)|"
    r"(?:has|have)\s+used\s+[^.]*\bin\s+the\s+past\b|"
    r"(?:has|have)\s+seen\s+(?:\w+\s+)?(?:years|months|decades|bouts|rounds|waves|cycles|"
    r"episodes)\s+of|repeated\s+(?:bouts|rounds|waves)\s+of|"
    r"(?:frequent|regular|repeated|constant|common)\s+targets?\s+of|near-daily|almost\s+daily|"
    r"(?:sharp\s+|steep\s+)?(?:increase|rise)\s+in\s+(?:the\s+number\s+of\s+)?\w+s\b|"
    r"(?:has|have)\s+(?:stepped\s+up|intensified|escalated)\s+(?:its\s+|their\s+)?attacks|"
    # a span of years: "groups that have fought for control of the trade for more than a decade"
    r"for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|two|three|several|many|\d+)\s+"
    r"(?:decades?|years)\b|"
    # a count since a start: "21 people have been killed in mob beatings since the beginning of"
    r"since\s+the\s+(?:beginning|start)\s+of\b|"
    # a daily count: "146 combat engagements along the front line over the past day"
    r"\d{2,}\s+(?:\w+\s+)?(?:engagements|clashes|attacks|incidents)\b[^.]*?\b(?:over|in|during)\s+"
    r"the\s+(?:past|last)\s+(?:day|24\s+hours|week|few\s+days))\b"
)


def is_habitual(sentence: TextSpan, published: date | None) -> bool:
    """Whether a sentence tells what someone habitually does rather than an event.

    Args:
        sentence: the sentence.
        published: the publication date (for the sentence's relative dates).

    Returns:
        True when a habitual adverb or "still carries out" appears and no date is written.
    """
    return bool(_HABITUAL.search(sentence.text)) and not dates_in(sentence.text, published)


# a date more than this many days before publication is history, not news
HISTORY_DAYS = 31
# a date that qualifies a noun ("the March 2012 bombing", "Tuesday's attack") is no time of its own
_ATTRIBUTIVE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|that)\s+$")
_YEAR_RE = re.compile(
    r"(?i)\b(?:in|since|during|until|by)\s+(?:(?:the\s+)?(?P<part>early|mid|late|start\s+of|"
    r"beginning\s+of|middle\s+of|end\s+of|first\s+half\s+of|second\s+half\s+of)[\s-]+)?"
    r"((?:19|20)\d\d)\b(?!\s*[-/])"
)


# times that lie a month or more back, however the dates fall: "Last month, ...", "Twelve
# months ago", "last season", "a year ago"
_LONG_AGO_RE = re.compile(
    r"(?i)\b(?:last\s+(?:month|year|season|spring|summer|autumn|fall|winter|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)(?:'s)?|"
    r"(?:\w+\s+)?(?:months|years|decades)\s+ago(?:\s+(?:this\s+week|today|this\s+month))?|"
    r"a\s+(?:month|year|decade)\s+ago|"
    r"(?:this|last|past)\s+year(?:'s)?\s+(?:alone|so\s+far)|so\s+far\s+this\s+year|"
    r"earlier\s+this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:year|month|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"in\s+(?:recent|past|previous|several|some|many|other)\s+(?:years|months)|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:year|years|decade|decades)|similar\s+\w+\s+(?:have|has)\s+(?:been|taken)|"
    r"(?:during|throughout|over)\s+the\s+year|(?:deadliest|worst)\s+(?:\w+\s+)?of\s+the\s+year)\b"
)


def is_history(sentence: TextSpan, published: date | None) -> bool:
    """Whether a sentence's own time lies long before publication (see the module).

    Args:
        sentence: the sentence.
        published: the publication date; without one nothing is history.

    Returns:
        True when the sentence names a time more than ``HISTORY_DAYS`` before publication (a
        date not qualifying a noun, a year after "in"/"since", or "last month", "months ago",
        "so far this year") and no time near publication.
    """
    if published is None:
        return False
    text = sentence.text
    long_ago = [m.span() for m in _LONG_AGO_RE.finditer(text)]
    old = recent = False
    for start, day in dated_starts(text, published):
        if _ATTRIBUTIVE_BEFORE.search(text[max(0, start - 12) : start]):
            continue
        if any(lo <= start < hi for lo, hi in long_ago):
            continue  # "last month" read as a day of that month
        if (published - day).days > HISTORY_DAYS:
            old = True
        else:
            recent = True
    for match in _YEAR_RE.finditer(text):
        year, part = int(match.group(2)), (match.group("part") or "").lower()
        if year < published.year and not (
            part in ("late", "end of") and year == published.year - 1 and published.month == 1
        ):
            old = True  # "in early 2024", "in 2019"; "in late 2024" may be last month
    return (old or bool(long_ago)) and not recent


# what a court hears: "Prosecutors alleged the defendants had fought federal forces" (state
# prosecutors who say a candidate was shot dead on Wednesday report the news)
_COURT_RE = re.compile(
    r"(?i)\b(?:prosecutors?\s+(?:alleged|allege|alleges|argued|argue|told\s+(?:the\s+)?(?:court|jury|judge))|"
    r"defendants?|the\s+court\s+heard|told\s+the\s+court|testified|"
    r"indictment|charge\s+sheet|the\s+defen[cs]e\s+(?:argued|said|lawyers?)|asked\s+the\s+court|"
    r"the\s+judge\s+(?:said|ruled|ordered)|appeared\s+before\s+(?:a|the)\s+(?:\w+\s+)?court|"
    r"(?:lawyers?|attorneys?|counsel)\s+for\s+the\s+(?:former\s+|accused\s+)?\w+\s+(?:argued|argue|said|told))\b"
)


def is_testimony(sentence: TextSpan) -> bool:
    """Whether a sentence tells what was said in court: the events it recounts were reported
    when they happened and are not this report's events."""
    return bool(_COURT_RE.search(sentence.text))


_NEWS_AGAIN_RE = re.compile(r"(?i)\b(?:again|fresh|another|latest|new|this\s+week|today|now)\b")


def continues_history(
    sentence: TextSpan, previous: TextSpan | None, published: date | None
) -> bool:
    """Whether an undated sentence goes on with the history the sentence before it told
    ("Twelve months ago this week, troops stormed the camp. Over two days, twelve people were
    killed."), rather than with news ("... Gunmen attacked the village again on ...")."""
    if previous is None or is_furniture_line(previous.text):
        return False  # a link line ("Also read: ... in April") tells no history to go on with
    if not is_history(previous, published):
        return False
    return not dates_in(sentence.text, published) and not _NEWS_AGAIN_RE.search(sentence.text)


_YEAR_ONLY_RE = re.compile(r"\b((?:19|20)\d\d)\b")


def names_old_event(sentence: TextSpan, trigger: TextSpan, published: date | None) -> bool:
    """Whether the trigger is named with an old date of its own ("the April 2023 bombing of a
    ceremony", "the 2014 war"): it recalls that event, whatever else the sentence reports."""
    if published is None:
        return False
    lead = sentence.text[
        max(0, trigger.start - sentence.start - 30) : trigger.start - sentence.start
    ]
    m = re.search(r"(?i)\b(?:the|a|an|its|their)\s+[^.;,]{0,24}$", lead)
    if m is None:
        return False
    words = m.group(0)
    for _, day in dated_starts(words, published):
        if (published - day).days > HISTORY_DAYS:
            return True
    years = [int(y) for y in _YEAR_ONLY_RE.findall(words)]
    return any(y < published.year for y in years)

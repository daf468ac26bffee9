"""One event per place when a sentence lists several places for it.

ACLED codes an event at each location it took place: "clashes broke out in Kismayo, Baidoa and
Jowhar" is three armed clashes, and "shelling of Hill 40 (Nihm, Sanaa) and Tabbat al Jamal
(Raghwan, Marib)" is two. ``listed_places`` finds the places listed with the
chosen event location: the mentions that follow it in a list ending with "and" ("X, Y and Z",
"X and in Y", "X (District, Province) and Y (District, Province)"), in the same country; "X, Y"
alone is a town and its province, and "between X and Y" one place on the way. Places that resolve
to the same location (two unknown villages coded to one district) count once. ``split_deaths``
divides a total death toll among the places, as ACLED does when a report gives no breakdown:
evenly, the remainder to the first places.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from coder.models import Fatalities, Place, TextSpan
from coder.rows import EventParts

# between two items of a list: a comma or "and", a repeated preposition, a place noun
_JOIN = (
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+|&\s*)"
    r"(?:(?:in|at|on|near|into)\s+)?(?:the\s+)?"
    r"(?:(?:villages?|towns?|city|cities|districts?|areas?|fronts?)\s+of\s+)?"
)
# after an item, before the next: the item's own bracketed note and the next item's unknown name
# ("Hill 40 (Nihm, Sanaa) and Tabbat al Jamal (" ... )
_LIST_GAP = re.compile(rf"(?i)^(?:\s*\)?\s*){_JOIN}$")
_NOTE_GAP = re.compile(
    rf"(?i)^[^()]{{0,40}}\)\s*{_JOIN}(?:[A-Z][\w'’-]*\s+){{1,4}}"
    r"(?:front|village|town|area|district|sub-?district|locality)?\s*\(\s*$"
)
_OPEN_NOTE = re.compile(r"^[^()]{0,40}\(\s*$")  # "X front (" before the item's own note
_SCOPE = ("PCLI", "ADM1")
_BETWEEN_RE = re.compile(r"(?i)\bbetween\s+(?:the\s+)?(?:\w+\s+){0,2}$")
# a list that says where the actors work or come from, not where the event was
_WHO_RE = re.compile(
    r"(?i)(?:\b(?:employed|based|stationed|registered|from)\b[^,.;()]{0,60}|\b(?:agencies|offices|"
    r"branches|companies|factories|schools|hospitals|universities)\s+(?:\w+\s+)?in\s+"
    r"(?:the\s+)?(?:\w+\s+)?)$"
)


def listed_places(sentence: TextSpan, chosen: Place, mentions: Sequence[Place]) -> list[Place]:
    """The event's places: the chosen one, then those listed after it (see the module).

    Args:
        sentence: the event's sentence (offsets into the article text).
        chosen: the event's location, as chosen for the sentence.
        mentions: the article's resolved mentions.

    Returns:
        The places in text order, the chosen one first; just ``[chosen]`` when none is listed.
    """
    if chosen.span is None or chosen.feature_code in _SCOPE:
        return [chosen]
    inside = sorted(
        (
            m
            for m in mentions
            if m.span is not None and chosen.span.end <= m.span.start < sentence.end
        ),
        key=lambda m: m.span.start if m.span else 0,
    )
    before = sentence.text[: chosen.span.start - sentence.start]
    if _BETWEEN_RE.search(before):
        return [chosen]  # "between X and Y": one event on the way
    if _WHO_RE.search(before):
        return [chosen]  # "workers employed by agencies in X, Y and Z": who, not where
    out = [chosen]
    last_and = 0  # the items up to the last one joined by "and": "X, Y and Z", not "X, Y"
    previous = chosen.span
    for m in inside:
        span = m.span
        assert span is not None
        gap = sentence.text[previous.end - sentence.start : span.start - sentence.start]
        if _OPEN_NOTE.match(gap):
            previous = span  # inside the item's own note: "Hill 40 (Nihm, ..."
        elif _LIST_GAP.match(gap) or _NOTE_GAP.match(gap):
            if m.iso3 != chosen.iso3:
                break
            if not _note_of(m, out[-1], gap) and all(_where(m) != _where(p) for p in out):
                if _NOTE_GAP.match(gap):  # "... and Tabbat al Jamal (Raghwan, ...)": near Raghwan
                    why = f"{m.reason}; listed with the event's place, in its own note"
                    m = dataclasses.replace(
                        m, geo_precision=max(2, m.geo_precision or 1), reason=why
                    )
                out.append(m)
                if re.search(r"(?i)\b(?:and|as\s+well\s+as)\b|&", gap):
                    last_and = len(out)
            previous = span
        elif gap.strip(" ,") and not _inside_note(gap):
            break
        else:
            previous = span  # a part of the same item's note ("Nihm, Sanaa")
    return out[: max(1, last_and)]


def _note_of(m: Place, item: Place, gap: str) -> bool:
    """Whether a mention only says where the item before it lies: a province or country, or a
    district of the item's province after a comma ("Tokoro, Kouande")."""
    if m.feature_code in _SCOPE:
        return True
    return m.feature_code == "ADM2" and m.admin1 == item.admin1 and "and" not in gap.split()


def _where(place: Place) -> tuple[float, float] | str:
    if place.latitude is None or place.longitude is None:
        return place.name
    return round(place.latitude, 3), round(place.longitude, 3)


def _inside_note(gap: str) -> bool:
    """Whether the text between two mentions stays inside one bracketed note."""
    return "(" not in gap and ")" not in gap and len(gap) < 4


def split_deaths(dead: Fatalities, n: int) -> list[Fatalities]:
    """A death toll divided evenly among ``n`` places, the remainder to the first ones."""
    if n <= 1 or dead.count is None:
        return [dead] * max(n, 1)
    share, rest = divmod(dead.count, n)
    why = f"{dead.reason}; {dead.count} divided among {n} places"
    return [Fatalities(share + (1 if i < rest else 0), dead.span, why) for i in range(n)]


def one_per_place(parts: EventParts, mentions: Sequence[Place]) -> list[EventParts]:
    """An event as one event per place its sentence lists, the deaths divided among them."""
    if parts.place is None:
        return [parts]
    places = listed_places(parts.candidate.sentence, parts.place, mentions)
    if len(places) == 1:
        return [parts]
    deaths = split_deaths(parts.fatalities, len(places))
    return [
        dataclasses.replace(parts, place=place, fatalities=dead, copy=i)
        for i, (place, dead) in enumerate(zip(places, deaths, strict=True))
    ]

"""Which candidates of one article report the same event: elaborations, repeats and merges.

A news text often reports one event over several sentences: "Workers protested outside the
ministry in X. Police dispersed them." is one protest with intervention, not a protest and a
second event. These functions decide, after place (and then date) are known, which candidates
are new events and which only tell more about one already coded.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from coder.fatalities import count_fatalities
from coder.geo_precision import ROAD_WHY
from coder.metrics import place_km
from coder.models import Candidate, Place, TextSpan

__all__ = [
    "NEW_INCIDENT",
    "drop_elaborations",
    "opens_entry",
    "opens_new_incident",
]

_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "them", "who", "this", "these"})
_FRAGMENTS = frozenset({"splinters", "shrapnel", "debris", "fragments", "pellets", "glass"})
# Sentence openings that announce another incident, not more about the one before.
NEW_INCIDENT = (
    "separately",
    "meanwhile",
    "elsewhere",
    "in another",
    "in a separate",
    "in an unrelated",
)

Placed = tuple[Candidate, Place | None]
_NEARBY_KM = 25.0
_ROAD_KM = 60.0  # a road named after a town passes places this far from it
# what forces do after an event, told in a later sentence without a place or date of its own
_AFTERMATH = frozenset({"Change to group/activity"})
# weapons seized after a fight ("Troops recovered four rifles") are part of it (an interception
# of drones is an event of its own)
_AFTERMATH_RULES = frozenset({"strategic_developments.disrupted_weapons_use.seize_weapons"})
# a sentence that gives the toll of the event told before it
_TOLL_RE = re.compile(
    r"(?i)\b(?:(?:death|casualty|provisional|final|human)\s+toll|the\s+toll\b|toll\s+"
    r"(?:is|was|stands|stood|rose|rises|has\s+risen)|balance\s+sheet)"
)


def gives_toll(sentence: str) -> bool:
    """Whether a sentence gives the toll of an event told before it ("The provisional toll is
    as follows: ...")."""
    return bool(_TOLL_RE.search(sentence))


def opens_new_incident(sentence: str) -> bool:
    """Whether a sentence announces another incident ("Separately, ...", "In another ...", a
    live blog's next entry "16:05 - ...")."""
    return sentence.lstrip().lower().startswith(NEW_INCIDENT) or opens_entry(sentence)


# a live blog's timestamped entry: "16:05 - ...", "09:30 GMT | ..."
_ENTRY_RE = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|local)?\s*[-–—|:])"
)


def opens_entry(sentence: str) -> bool:
    """Whether a sentence opens a live blog's timestamped entry."""
    return bool(_ENTRY_RE.match(sentence))


def _names_place(cand: Candidate, mentions: Sequence[Place]) -> bool:
    s = cand.sentence
    return any(m.span is not None and s.start <= m.span.start < s.end for m in mentions)


def drop_elaborations(
    placed: Sequence[Placed],
    mentions: Sequence[Place],
    *,
    own_date: Callable[[Candidate], date | None],
    priority: Callable[[Candidate], int],
) -> list[Placed]:
    """Drop candidates that only elaborate an event coded before them.

    Two cases:

    - a later sentence that names no agent of its own (none, or only a pronoun) and no other
      place ("Two people were injured in the clash.", "They also torched a car.");
    - a later sentence of the same event type as an earlier event that names neither a place
      nor a date of its own (or the same date) and does not open a new incident ("Police
      dispersed the demonstrators." after the protest). When its rule is more specific (a
      higher priority: dispersal over a peaceful protest, a capture over a clash) the earlier
      event takes its coding: the event is coded by what happened in it, wherever the text
      says so.

    A later "change to group/activity", weapons seizure or toll ("Officers moved in", "Troops
    recovered four rifles", "The provisional toll is ...") with neither a place nor a date of its
    own tells of the event before it, too. A place named again is no new place; a later
    sentence that places the event in a town of the province the earlier one named is the same
    event, placed more sharply.

    Deaths and dates of a dropped sentence still count, as a follow-on sentence of its event.

    Args:
        placed: candidates in text order with their located places.
        mentions: the article's place mentions.
        own_date: the date a candidate's own sentence names (None when it names none).
        priority: the priority of the rule that coded a candidate.

    Returns:
        The candidates that report distinct events, in text order.
    """
    kept: list[Placed] = []
    for cand, place in placed:
        if kept and cand.sentence_index > kept[-1][0].sentence_index:
            prev_place = kept[-1][1]
            names_place = (
                _names_place(cand, mentions)
                and not _within(place, prev_place)
                and not _same_spot(place, prev_place)
            )
            same_place = (
                not names_place
                or place is None
                or prev_place is None
                or place.name == prev_place.name
            )
            own_agent = (
                cand.actor1 is not None
                and cand.actor1.text.lower() not in _PRONOUNS
                and cand.actor1.text.lower().split()[-1] not in _FRAGMENTS
            ) and not _speaker_only(cand)  # "were injured by splinters": the blast told before
            if not own_agent and same_place and not opens_entry(cand.sentence.text):
                continue
            if not own_agent and _TO_HOSPITAL_RE.search(cand.sentence.text):
                continue  # "were wounded and taken to hospital in nearby Uriangato": the victims
            if _refers_back(cand):  # "The air strike hit a school in X": the strike told above
                index = _same_type_event(kept, cand, own_date)
                if index is not None:
                    first, first_place = kept[index]
                    if _sharper(place, first_place):
                        kept[index] = (first, place)
                        continue
                    if not (_placed_noun(cand, place) and _elsewhere(place, first_place)):
                        continue
                    # "The march in Lima ..." after a blockade in Juliaca: the lede's other event
                elif not names_place and own_date(cand) is None:
                    continue  # "said the attack had been carried out by ...": the bombing above
            if (
                names_place
                and _within(prev_place, place)
                and not opens_new_incident(cand.sentence.text)
                and _same_type_event(kept, cand, own_date) == len(kept) - 1
            ):
                kept[-1] = (kept[-1][0], place)  # "took to the streets" in Sinaloa, then the
                continue  # march "in Culiacan": one protest, placed by the sharper sentence
            aftermath = cand.sub_event_type in _AFTERMATH or cand.rule_id in _AFTERMATH_RULES
            if aftermath and _on_the_scene(cand, place, kept, own_date):
                continue  # "insurgents entered homesteads on the outskirts of X" that Saturday
            if aftermath and _told_agent(cand):
                if _sharper(place, kept[-1][1]):  # "arrived in Yandoto village, in Tsafe"
                    kept[-1] = (kept[-1][0], place)
                continue  # "The attackers arrived before dawn on motorcycles": the raid above
            if not names_place and not opens_new_incident(cand.sentence.text):
                day = own_date(cand)
                if (aftermath or gives_toll(cand.sentence.text)) and (
                    day is None or (aftermath and day == own_date(kept[-1][0]))
                ):
                    continue  # "Officers moved in when ...", "The provisional toll is ..."
                index = _same_type_event(kept, cand, own_date)
                if index is not None:
                    first, first_place = kept[index]
                    if priority(cand) > priority(first) or first.event_type != cand.event_type:
                        kept[index] = (_recoded(first, cand), first_place)  # or it turned violent
                    continue
                last = kept[-1][0]
                if (
                    last.event_type == cand.event_type
                    and last.actor1 is None
                    and own_date(last) is None
                    and own_date(cand) is not None
                ):
                    kept[-1] = (cand, place)  # an undated summary first ("The assault ... is the
                    continue  # deadliest in months"), then the report with its day
                if own_date(cand) is None and _same_toll(cand, kept[-1][0]):
                    continue  # "the governor said eight farmers and four herders had been killed"
        kept.append((cand, place))
    return kept


# event nouns that, after "the"/"this"/"that", name an event the text has already told
_EVENT_NOUNS = (
    r"attacks?|strikes?|air\s*strikes?|drone\s+strikes?|blasts?|explosions?|bombings?|"
    r"clash(?:es)?|fighting|raids?|ambush(?:es)?|shelling|bombardments?|assault|protests?|"
    r"demonstrations?|rall(?:y|ies)|"
    r"riots?|abductions?|kidnappings?|killings?|march(?:es)?|sit-ins?"
)
# "the device exploded", "the bomb went off": the weapon of an event told above, going off
_WEAPON_GOES_OFF = (
    r"(?:device|bomb|explosive|mine|landmine|shell|rocket|missile|grenade)s?\s+(?:had\s+)?"
    r"(?:exploded|detonated|went\s+off|blew\s+up|struck|hit|landed)"
)
_BACK_REFERENCE_RE = re.compile(
    rf"(?i)\b(?:the|this|that)\s+(?:[a-z'’-]+\s+)?(?:{_EVENT_NOUNS}|{_WEAPON_GOES_OFF})$"
)


# where the wounded were taken: "taken to hospital in X", "rushed to the Teaching Hospital"
_TO_HOSPITAL_RE = re.compile(
    r"(?i)\b(?:taken|rushed|admitted|shifted|airlifted|evacuated|referred|transferred|brought)\s+"
    r"to\s+(?:[\w'’.-]+\s+){0,5}?(?:hospital|clinic|health\s+cent(?:re|er)|medical)"
)
# "(the) attackers", "the gunmen": the agents of an event the text has told (the agent span may
# come without its article)
_TOLD_AGENT_RE = re.compile(
    r"(?i)^(?:(?:the|these|those)\s+)?(?:\w+\s+)?(?:attackers?|assailants?|gunmen|raiders|"
    r"perpetrators|kidnappers|abductors|killers)$"
)


_SPEECH_RE = re.compile(r"(?i)\b(?:confirmed|reported|said|says|announced|stated|told|recorded)\b")


def _on_the_scene(
    cand: Candidate,
    place: Place | None,
    kept: Sequence[Placed],
    own_date: Callable[[Candidate], date | None],
) -> bool:
    """Whether a movement is told at the place and on the day of an event already coded: the
    approach of that event's attackers, not a move of its own."""
    day = own_date(cand)
    return place is not None and any(
        first.sub_event_type not in _AFTERMATH
        and first_place is not None
        and not _elsewhere(place, first_place)
        and (day is None or day == own_date(first))
        for first, first_place in kept
    )


def _speaker_only(cand: Candidate) -> bool:
    """Whether the agent only tells of the event: a verb of saying stands between it and the
    trigger ("Local authorities confirmed at least eight people killed")."""
    if cand.actor1 is None or cand.actor1.end > cand.trigger.start:
        return False
    gap = cand.sentence.text[
        cand.actor1.end - cand.sentence.start : cand.trigger.start - cand.sentence.start
    ]
    return bool(_SPEECH_RE.search(gap))


def _told_agent(cand: Candidate) -> bool:
    """Whether the candidate's agent names the agents of an event told before by their deed
    ("The attackers arrived before dawn", "attackers" of "the attackers arrived in Yandoto")."""
    return cand.actor1 is not None and bool(_TOLD_AGENT_RE.match(cand.actor1.text.strip()))


def _same_toll(cand: Candidate, first: Candidate) -> bool:
    """Whether a later sentence gives the same death toll as the event before it: another
    account of the same deaths, whatever words it uses."""
    later, earlier = _deaths(cand.sentence.text), _deaths(first.sentence.text)
    return later is not None and later > 0 and later == earlier


def _deaths(sentence: str) -> int | None:
    return count_fatalities(sentence, [TextSpan(0, len(sentence), sentence)]).count


def _refers_back(cand: Candidate) -> bool:
    """Whether the trigger is a definite event noun ("The air strike", "the deadly blast"), or
    the sentence opens on the weapon of an event told before ("The bomb, planted along the road,
    exploded as ...", "The aircraft dropped two bombs on the village")."""
    end = cand.trigger.end - cand.sentence.start
    return bool(
        _BACK_REFERENCE_RE.search(cand.sentence.text[:end])
        or _OPENS_ON_INSTRUMENT_RE.match(cand.sentence.text)
    )


_OPENS_ON_INSTRUMENT_RE = re.compile(
    r"^\s*(?:The|This|That)\s+(?:[a-z-]+\s+)?(?:bomb|device|shells?|missiles?|rockets?|drones?|"
    r"aircraft|jets?|planes?|warplanes?|helicopters?|explosives?|mine|grenade)\b"
)


def _placed_noun(cand: Candidate, place: Place | None) -> bool:
    """Whether the event noun is placed right after it: "The march in Lima"."""
    if place is None or place.span is None:
        return False
    gap = cand.sentence.text[
        cand.trigger.end - cand.sentence.start : place.span.start - cand.sentence.start
    ]
    return bool(re.fullmatch(r"(?i)\s+(?:in|at)\s+(?:the\s+)?(?:\w+\s+)?", gap))


def _elsewhere(place: Place | None, first: Place | None) -> bool:
    """Whether a place lies away from the first event's (more than ``_NEARBY_KM``): another
    town, not a quarter or a village around it."""
    if place is None or first is None or place.name == first.name:
        return False
    far = place_km(place, first)
    return far is None or far > _NEARBY_KM


def _within(place: Place | None, first: Place | None) -> bool:
    """Whether a later sentence's place is only the province, district or country of the earlier
    event's place ("... pushed back by troops" placed in North Kivu, after a clash at Sake), or
    a town named by a road that passes by it ("along the Dhaka-Mymensingh highway" after an
    event in Gazipur, on that road)."""
    if place is None or first is None or place.iso3 != first.iso3:
        return False
    if place.feature_code == "PCLI":
        return True
    if ROAD_WHY in place.reason:
        km = place_km(place, first)
        return km is not None and km <= _ROAD_KM
    if place.feature_code not in ("ADM1", "ADM2") or place.admin1 is None:
        return False
    same_district = place.feature_code == "ADM1" or not first.admin2 or place.admin2 == first.admin2
    return place.admin1 == first.admin1 and same_district


def _same_spot(place: Place | None, first: Place | None) -> bool:
    """Whether a later sentence names the earlier event's own place again."""
    if place is None or first is None:
        return False
    if place.geonameid is not None and place.geonameid == first.geonameid:
        return True
    return place.iso3 == first.iso3 and place.name == first.name


def _sharper(place: Place | None, first: Place | None) -> bool:
    """Whether a later mention places the event more precisely, in the same country."""
    if place is None or place.geo_precision is None:
        return False
    if first is None:
        return True
    return place.iso3 == first.iso3 and place.geo_precision < (first.geo_precision or 3)


def _same_type_event(
    kept: Sequence[Placed], cand: Candidate, own_date: Callable[[Candidate], date | None]
) -> int | None:
    """The latest kept event of the candidate's type that the candidate may repeat."""
    for index in range(len(kept) - 1, -1, -1):
        first = kept[index][0]
        if not _same_kind(first, cand) or first.codebook != cand.codebook:
            continue
        when = own_date(cand)
        return index if when is None or when == own_date(first) else None
    return None


def _same_kind(first: Candidate, later: Candidate) -> bool:
    """Whether a later sentence may tell more of the first event: one of its type, or a
    protest's violence ("Residents took to the streets ... Rioters blocked streets with burning
    tyres": the protest turned violent, told in the very next sentence)."""
    return first.event_type == later.event_type or (
        first.event_type == "Protests"
        and later.sub_event_type == "Violent demonstration"
        and later.sentence_index - first.sentence_index <= 1
    )


def _recoded(first: Candidate, more: Candidate) -> Candidate:
    """The first mention of an event coded by the later, more specific rule: the later
    sentence's rule, trigger and actors (its own actors when it names any), the first
    sentence's place and date."""
    actors: dict[str, Any] = {}
    if more.actor1 is None:
        actors = {
            "actor1": first.actor1,
            "actor2": first.actor2,
            "assoc_actor_1": first.assoc_actor_1,
            "assoc_actor_2": first.assoc_actor_2,
        }
    return dataclasses.replace(
        more, sentence_index=first.sentence_index, sentence=first.sentence, **actors
    )

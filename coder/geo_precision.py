"""ACLED's geo_precision for a chosen event location, and the cues in the sentence it rests on.

The policy, measured on ACLED notes and kept honest about what was found:

* 1 -- the event's town itself is named and found ("in Afgooye", "in Kandahar city"), or a part
  of it: an unknown quarter of a place the text calls a city or town ("the Sarwari area of Gardez
  city", "Ghoryan district center"), a street, building, square or barangay in it.
* 2 -- the event happened near or around a town ("near X", "outskirts of X", "X area"), or in a
  smaller place the gazetteer does not know (a village, a neighbourhood, a district named before
  a known town or division: "in Qorowle village (Afmadow, Lower Juba)"), coded to the nearest
  known town, district or province; also a district (ADM2) itself, a province or country that
  the sentence names beside the event rather than as its whole scene, and the hinted country
  of a sentence that names a place the gazetteer lacks ("near Novo-X").
* 3 -- only a region, province or country is known: "in Borno State", "in the province of X",
  or nothing in the sentence but a country suggested by the article or its actors.

An event placed from an earlier sentence keeps the precision of that mention (a province seen
earlier is "part of a region": 2). A street, a square, a building or a neighbourhood of the
coded town is still the town itself (1).

Measured on ACLED notes: ACLED gives 1 to most villages it could place, so coding an unknown
village as 1 (what the text reports rather than what was found) agrees with ACLED about four
points more often; it would claim a town's precision for a point that is not that town, so this
module keeps 2 there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from coder.geo_names import ADMIN1_WORDS, ADMIN2_WORDS, normalize
from coder.metrics import place_km
from coder.models import Place, TextSpan

NEAR_RE = re.compile(
    r"\b(near|nearby|outside|around|close to|outskirts of|vicinity of|"
    r"(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:north|south|east|west|northeast|"
    r"northwest|southeast|southwest)(?:ern)?\s+of|km\s+(?:from|of)|(?:the|general)\s+areas?\s+of|"
    r"countryside\s+of|rural\s+areas?\s+(?:of|in|around)|rural|"
    r"(?:commune|arrondissement|municipality|region)\s+of|"
    r"(?:road|highway)\s+(?:that\s+)?(?:connects|connecting|links|linking|joins|joining)|"
    r"(?:road|highway)\s+(?:from|between))"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_REGION_OF_RE = re.compile(
    r"\b(?:province|state|region|governorate|country)\s+of\s*(?:the\s+)?$", re.IGNORECASE
)
# a town that names one end of a road or a border: "the Nyeri-Nyahururu road", "Kisumu-Nandi
# border", "the Mombasa - Malindi highway"
_ROAD_END_RE = re.compile(
    r"^\s*[-–]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+(?:highway|road|motorway|expressway|railway|"
    r"border|stretch)\b"
)
_ROAD_START_RE = re.compile(r"[A-Z][\w'’]+\s*[-–]\s*$")
_ROAD_WORD_RE = re.compile(
    r"^\s+(?:highway|road|motorway|expressway|railway|border|stretch)\b", re.IGNORECASE
)
_AREA_WORDS = frozenset(
    {"area", "areas", "outskirts", "countryside", "vicinity", "suburbs", "sector", "front"}
)
# "between X and Y": the event happened somewhere between two places
_BETWEEN_RE = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[A-Z][^,.;:()]{0,40}\s+and\s+(?:the\s+)?)?$", re.IGNORECASE
)
_TOWN_WORDS = frozenset({"city", "town"})
_DISTRICT_TOWN_WORDS = frozenset(
    {
        "district center",
        "district centre",
        "district headquarters",
        "district town",
        "upazila town",
        "upazila headquarters",
    }
)
SAME_SPOT_KM = 25.0  # a village resolved farther from the chosen place is a namesake
ROAD_WHY = "on a road or border from the town"  # the reason given to a town named by a road
# "in/at/near X" and "X village" with X capitalized: a place named for the event
_UNKNOWN_PLACE_RES = (
    re.compile(
        r"\b(?:in|at|near|outside|around|between|vicinity of|outskirts of|villages? of|"
        r"town of|areas? of|(?:north|south|east|west)(?:ern)? of)\s+"
        r"(?:the\s+)?([A-Z][\w'’-]+)"
    ),
    re.compile(
        r"\b([A-Z][\w'’-]+)\s+(?:village|town|area|locality|camp|hamlet|settlement|sector|"
        r"upazila|municipality|commune|chieftaincy|township|tehsil|sub-?county)\b"
    ),
)
# "shelled X in <the chosen place>": X one capitalized word after a lowercase word that is not an
# article, "of" or a name particle (so not the end of a name: "the Ministry of Education in",
# "Government House in", "Saad al Hariri in")
_IN_CHOSEN_RE = re.compile(
    r"(?<![\w'’-])(?!(?:of|the|a|an|and|for|by|al|el|bin|ibn|de|da|di|du|la|le|van|von|ul|ud)\s)"
    r"[a-z]+\s+([A-Z][a-z][\w'’-]*)\s+in\s+(?:the\s+)?$"
)
# a spot inside the coded town is still the town itself: "at Yuksel Street in Cankaya",
# "in Kibera slum of Nairobi", "in PD3 of Kandahar city", "outside the Justice Palace in Sidon",
# "in Barangay Lawa, Calamba" (a barangay is a ward of its municipality)
_INSIDE_TOWN_RE = re.compile(
    r"^[\w'’ -]{0,40}?\b(?:street|road|avenue|square|plaza|roundabout|intersection|junction|"
    r"market|bazaar|mall|bank|branch|university|campus|institute|academy|hospital|clinic|club|"
    r"hotel|theatre|theater|mosque|church|cathedral|temple|shrine|monument|school|highschool|"
    r"college|stadium|grounds|park|gardens?|airport|port|terminal|station|building|office|"
    r"headquarters|ministry|parliament|embassy|palace|courthouse|court|prison|jail|residence|"
    r"house|compound|complex|centre|center|gate|hall|camp|slum|estate|neighbou?rhood|suburb|"
    r"quarter|ward|district\s+of|areas?\s+of)\b|^[\w'’-]+\s+of\s+|^(?:barangay|brgy)\b",
    re.IGNORECASE,
)


def with_precision(
    place: Place,
    before: str,
    after: str,
    where: str,
    *,
    unknown_before: bool = False,
) -> Place:
    """Set ACLED's geo_precision of a chosen mention from the words around it.

    Args:
        place: the chosen mention.
        before: the sentence text before the mention ("" for an earlier sentence).
        after: the sentence text after it.
        where: how it was chosen ("in the event's sentence", "nearest earlier mention").
        unknown_before: the sentence names, before this mention, a place that was not found.

    Returns:
        The place with ``geo_precision`` and an extended ``reason``.
    """
    feature = place.feature_code or "PPL"
    next_words = [w.lower().strip(",.;:)") for w in after.split()[:2]]
    next_word = next_words[0] if next_words else ""
    # the text calls the place a town: "Qalat city", "Natitingou town", "Ghoryan district
    # center", "Raipur upazila town"
    town_named = next_word in _TOWN_WORDS or " ".join(next_words) in _DISTRICT_TOWN_WORDS
    district_named = not town_named and (
        next_word in ADMIN2_WORDS
        or (len(next_words) == 2 and next_words[0][:1].isalpha() and next_words[1] in ADMIN2_WORDS)
    )  # "Khwahan district", "Narail Sadar upazila"
    in_sentence = where.startswith("in the event")
    if feature in ("ADM1", "PCLI"):
        if unknown_before:
            precision, why = 2, "in a place of this region that is unknown"
        elif in_sentence and not (next_word in ADMIN1_WORDS or _REGION_OF_RE.search(before)):
            # a region that the sentence mentions beside the event is usually a part of it
            precision, why = 2, "part of a region or country"
        elif not in_sentence and feature == "ADM1":
            precision, why = 2, "part of a region named earlier"
        else:
            precision, why = 3, "a region or country"
    elif feature == "ADM2":
        precision, why = 2, "a district"
    elif NEAR_RE.search(before) or _BETWEEN_RE.search(before) or next_word in _AREA_WORDS:
        precision, why = 2, "near the town"
    elif _ROAD_END_RE.match(after) or (
        _ROAD_START_RE.search(before) and _ROAD_WORD_RE.match(after)
    ):
        precision, why = 2, ROAD_WHY
    elif unknown_before and town_named:
        precision, why = 1, "in a part of the town or city the text names"
    elif unknown_before:
        precision, why = 2, "in a smaller place near the town that is unknown"
    elif next_word in ADMIN1_WORDS:
        precision, why = 3, "named as a province"
    elif district_named:
        precision, why = 2, "named as a district"
    else:
        precision, why = 1, "the town itself"
    return replace(
        place, geo_precision=precision, reason=f"{where}; {why}; {place.reason}".strip("; ")
    )


def names_unknown_place(
    sentence: TextSpan, inside: Sequence[Place], chosen: Place, not_places: frozenset[str]
) -> bool:
    """True when the sentence names, before the chosen place, a place that was not resolved.

    ACLED codes an event in a village missing from the gazetteer to a nearby known place or to
    its district; this detects "in/at/near X" and "X village" with X unknown before the chosen
    mention.

    Args:
        sentence: the event's sentence.
        inside: the resolved mentions in the sentence.
        chosen: the chosen mention.
        not_places: normalized capitalized words that never name a place.

    Returns:
        Whether such an unknown place precedes the chosen one.
    """
    limit = chosen.span.start if chosen.span is not None else sentence.end
    lead = _IN_CHOSEN_RE.search(sentence.text[: limit - sentence.start])
    if lead is not None and _unknown_word(lead, sentence, inside, chosen, not_places):
        return True  # "shelled Kafrnabuda in Hama": a place of Hama that was not found
    for pattern in _UNKNOWN_PLACE_RES:
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start(1)
            if start >= limit or normalize(match.group(1)) in not_places:
                continue
            if any(
                p.span is not None and p.span.start <= start < p.span.end and _same_spot(p, chosen)
                for p in inside
            ):
                continue  # found (a namesake abroad, or far away, that lost to the chosen is not)
            rest = sentence.text[match.start(1) :]
            if (chosen.feature_code or "").startswith("PPL") and _INSIDE_TOWN_RE.match(rest):
                continue
            return True
    return False


def _unknown_word(
    match: re.Match[str],
    sentence: TextSpan,
    inside: Sequence[Place],
    chosen: Place,
    not_places: frozenset[str],
) -> bool:
    """True when the word ``match`` caught names no known place and no common thing."""
    start = sentence.start + match.start(1)
    if normalize(match.group(1)) in not_places:
        return False
    return not any(p.span is not None and p.span.start <= start < p.span.end for p in inside)


def _same_spot(found: Place, chosen: Place) -> bool:
    """Whether a resolved mention is the chosen place or lies by it (within ``SAME_SPOT_KM``)."""
    if found.iso3 != chosen.iso3:
        return False
    if found is chosen:
        return True
    km = place_km(found, chosen)
    return km is None or km <= SAME_SPOT_KM

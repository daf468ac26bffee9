"""Choosing the event location for one sentence, and ACLED's geo_precision.

The place in the event's own sentence wins (one introduced by "in/at/near X" first, the most
specific first, one in the article's main country first); else the nearest earlier mention; else
the hinted country. Precision: 1 the town itself, 2 near a town or a district (or a province
when the smaller place the text names is unknown), 3 a province or country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from types import MappingProxyType

from coder.dates import MONTH_NAMES, WEEKDAY_NAMES
from coder.gazetteer import Gazetteer
from coder.geo_names import ADMIN1_WORDS, ADMIN2_WORDS, normalize
from coder.models import Place, TextSpan

_NEAR_RE = re.compile(
    r"\b(near|nearby|outside|around|close to|outskirts of|vicinity of|"
    r"(?:\d+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:north|south|east|west|northeast|"
    r"northwest|southeast|southwest)(?:ern)?\s+of|km\s+(?:from|of)|area\s+of)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
MODIFIER_NOTE = "named as a modifier"
_REGION_OF_RE = re.compile(
    r"\b(?:province|state|region|governorate|country)\s+of\s*(?:the\s+)?$", re.IGNORECASE
)
_SOURCE_RE = re.compile(r"\b(from|to|towards|toward)\s*(?:the\s+)?$", re.IGNORECASE)
_IN_RE = re.compile(r"\b(in|at|inside|within)\s*(?:the\s+)?$", re.IGNORECASE)
NOT_PLACES = frozenset(
    {
        *MONTH_NAMES,
        *WEEKDAY_NAMES,
        "god",
        "allah",
        "police",
        "army",
        "president",
        "government",
        "mr",
        "mrs",
        "ms",
        "dr",
        "street",
        "st",
        "road",
        "north",
        "south",
        "east",
        "west",
        "central",
        "reuters",
        "news",
        "party",
        "state",
        "city",
        "county",
        "district",
        "province",
        "region",
    }
)
_SPECIFICITY = MappingProxyType({"PPL": 3, "PPLC": 3, "ADM2": 2, "ADM1": 1, "PCLI": 0})


def choose_location(
    gazetteer: Gazetteer,
    sentence: TextSpan,
    mentions: Sequence[Place],
    *,
    country_hints: Sequence[str] = (),
) -> Place | None:
    """Choose the event location for an event in ``sentence`` (see ``Geocoder.locate``).

    Args:
        gazetteer: the place index (for the hinted-country fallback).
        sentence: the event's sentence (offsets into the article text).
        mentions: the article's resolved mentions.
        country_hints: ISO3 codes suggested by other stages.

    Returns:
        The location with ACLED geo_precision set, or None when nothing is known.
    """
    inside = [
        m for m in mentions if m.span is not None and sentence.start <= m.span.start < sentence.end
    ]
    weights: Counter[str] = Counter(
        m.iso3 for m in mentions if m.iso3 and MODIFIER_NOTE not in m.reason
    )
    for hint in country_hints:
        weights[hint.upper()] += 2
    main = weights.most_common(1)[0][0] if weights else None
    ranked: list[tuple[tuple[bool, bool, int, int, int], Place, str, str]] = []
    if inside:
        for m in inside:
            assert m.span is not None
            before = sentence.text[: m.span.start - sentence.start]
            after = sentence.text[m.span.end - sentence.start :]
            prep = (
                0
                if _SOURCE_RE.search(before)
                else 2
                if (_IN_RE.search(before) or _NEAR_RE.search(before))
                else 1
            )
            if (
                m.feature_code == "PCLI"
                and prep < 2
                and (after[:2].strip()[:1].isalpha() or MODIFIER_NOTE in m.reason)
            ):
                prep = 0  # a country used as a modifier: "US embassy", "Kenya Police"
            spec = _SPECIFICITY.get(m.feature_code or "PPL", 3)
            agrees = main is None or m.iso3 == main
            ranked.append(((agrees, prep >= 1, spec, prep, -m.span.start), m, before, after))
        ranked.sort(key=lambda t: t[0], reverse=True)
        ranked = [r for r in ranked if r[0][0] or r[0][3] > 0]  # drop foreign "from X"
    if ranked:
        _, best, before, after = ranked[0]
        place = _with_precision(best, before, after, "in the event's sentence")
        if (
            place.geo_precision == 3
            and place.feature_code == "ADM1"
            and (_names_unknown_place(sentence, inside, best))
        ):
            place = replace(
                place,
                geo_precision=2,
                reason=place.reason + "; the place named for the event is unknown",
            )
        return place
    earlier = [m for m in mentions if m.span is not None and m.span.start < sentence.start]
    if earlier:
        return _with_precision(earlier[-1], "", "", "nearest earlier mention")
    for iso3 in country_hints:
        row = gazetteer.country_row(iso3)
        if row is not None:
            return gazetteer.place(row, precision=3, reason="hinted country")
    return None


def _with_precision(place: Place, before: str, after: str, where: str) -> Place:
    feature = place.feature_code or "PPL"
    next_word = after.strip().split(" ", 1)[0].lower().strip(",.;:)") if after.strip() else ""
    if (
        feature in ("ADM1", "PCLI")
        and where.startswith("in the event")
        and not (next_word in ADMIN1_WORDS or _REGION_OF_RE.search(before))
    ):
        # ACLED keeps 3 for events the source places in a whole region; a region that the
        # sentence mentions beside the event is usually a part of it ("2: part of a region")
        precision, why = 2, "part of a region or country"
    elif feature in ("ADM1", "PCLI"):
        precision, why = 3, "a region or country"
    elif feature == "ADM2":
        precision, why = 2, "a district"
    elif _NEAR_RE.search(before) or next_word == "area":
        precision, why = 2, "near the town"
    elif next_word in ADMIN1_WORDS:
        precision, why = 3, "named as a province"
    elif next_word in ADMIN2_WORDS:
        precision, why = 2, "named as a district"
    else:
        precision, why = 1, "the town itself"
    return replace(
        place, geo_precision=precision, reason=f"{where}; {why}; {place.reason}".strip("; ")
    )


_UNKNOWN_PLACE_RES = (
    re.compile(
        r"\b(?:in|at|near|outside|around|vicinity of|outskirts of)\s+(?:the\s+)?"
        r"([A-Z][\w'-]+)"
    ),
    re.compile(r"\b([A-Z][\w'-]+)\s+(?:village|town|area|neighbou?rhood|locality|camp)\b"),
)


def _names_unknown_place(sentence: TextSpan, inside: Sequence[Place], chosen: Place) -> bool:
    """True when the sentence names, before the chosen place, a place that was not resolved.

    ACLED codes an event in a village missing from the gazetteer to a nearby known place or to
    its district with precision 2; this detects "in/at/near X" and "X village" with X unknown.
    """
    limit = chosen.span.start if chosen.span is not None else sentence.end
    for pattern in _UNKNOWN_PLACE_RES:
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start(1)
            if start >= limit or normalize(match.group(1)) in NOT_PLACES:
                continue
            if not any(p.span is not None and p.span.start <= start < p.span.end for p in inside):
                return True
    return False

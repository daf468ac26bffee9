"""Choosing the event location for one sentence.

Which mention is the event's place: a mention in the event's own sentence, ranked by its role
there (introduced by "in/at/near" first; a country after "from/to/with/against/for/of", or one
used as a modifier, "US forces", is not the scene), then by its agreement with the article's main
country, then by how specific it is (town, district, province, country), then by its position;
a bare province name that also names a town of that province ("in Mogilev") is the town. Without
one, the most specific part of the last place phrase before the sentence ("Toui" of
"in Toui (Ouesse, Collines)"); without any, the first country the article or its actors suggest
that the article does not name only as a modifier ("the US dollar"), a country named only for
armed forces or for people from elsewhere ("Israeli forces", "raiders from Ethiopia") last.
The precision policy is in ``coder.geo_precision``; ``coder.geo_sources`` reads an outlet's
home country for the hints.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from types import MappingProxyType

from coder.dates import MONTH_NAMES, WEEKDAY_NAMES
from coder.gazetteer import Gazetteer
from coder.geo_country import hinted_country
from coder.geo_cues import BEYOND_NOTE, MODIFIER_NOTE
from coder.geo_parts import other_named_province, town_holding, town_of_part
from coder.geo_precision import NEAR_RE, names_unknown_place, with_precision
from coder.models import Place, TextSpan

_SOURCE_RE = re.compile(r"\b(from|to|towards|toward)\s*(?:the\s+)?$", re.IGNORECASE)
# where people came from: "who had travelled from villages in X", "labourers from X district"
_ORIGIN_RE = re.compile(
    r"\b(?:travell?ed|came|coming|hails?|hailed|migrants?|natives?|originally|labou?rers?)\b"
    r"[^.;]{0,50}\bfrom\s+(?:(?:\w+\s+){0,3}?(?:in|of)\s+)?(?:the\s+)?(?:[A-Z]\w+['’]s\s+)?$"
)
_IN_RE = re.compile(
    r"\b(in|at|inside|within|across|through|throughout|country\s+of|coast\s+of|between|"
    r"in\s+front\s+of)"
    r"\s*(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)  # "in X", "in northern X"
# words after which a country is a party or a topic, not the scene: "solidarity with Palestine"
_NOT_SCENE_RE = re.compile(
    r"\b(with|against|for|of|on|into|by|over|about|than|and|like|via|toward|towards|from|to|"
    r"condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|"
    r"critici[sz](?:e|es|ed|ing)|urg(?:e|es|ed|ing)|thank(?:s|ed|ing)?)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# a town that only names a road: "the Dhaka-Sylhet highway", "the Nyeri - Nyahururu road"
_ROAD_AFTER_RE = re.compile(
    r"^\s*[-–]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+"
    r"(?:highway|road|motorway|expressway|railway|rail\s+line)\b"
)
# a country where someone is sent or goes, not where the event is: "recruiting youths to fight in
# Somalia", "to join Al Shabaab in Somalia"
_PURPOSE_RE = re.compile(
    r"\bto\s+(?:fight|join|travel|go|return|relocate|be\s+sent|be\s+deployed)\b[^,;.]{0,40}"
    r"\b(?:in|into)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_ADMIN_AFTER_RE = re.compile(
    r"^\s*(?:province|state|region|governorate|oblast|division|department|prefecture|county|"
    r"district)\b",
    re.IGNORECASE,
)
_ROAD_BEFORE_RE = re.compile(r"[A-Z][\w'’]+\s*[-–]\s*$")
_ROAD_WORD_RE = re.compile(
    r"^\s+(?:highway|road|motorway|expressway|railway|rail\s+line)\b", re.IGNORECASE
)
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
        "union",
        "supreme",
        "court",
        "council",
        "many",
        "several",
        "some",
        "christian",
        "muslim",
        "university",
        "ministry",
        "parliament",
        "congress",
        "league",
    }
)
_SPECIFICITY = MappingProxyType({"PPL": 3, "PPLC": 3, "ADM2": 2, "ADM1": 1, "PCLI": 0})
_PHRASE_GAP = 40  # characters between the parts of one place phrase: "X village (D, P)"

_Key = tuple[bool, bool, int, int, int]


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
    main = _main_country(mentions, country_hints)
    ranked: list[tuple[_Key, Place, str, str]] = []
    for m in inside:
        assert m.span is not None
        before, after = _around(m, sentence)
        role = _role(m, before, after)
        spec = _SPECIFICITY.get(m.feature_code or "PPL", 3)
        agrees = main is None or m.iso3 == main
        ranked.append(((role >= 1, agrees, spec, role, -m.span.start), m, before, after))
    ranked.sort(key=lambda t: t[0], reverse=True)
    ranked = [r for r in ranked if r[0][0] or (r[0][1] and r[1].feature_code != "PCLI")]
    if ranked and not ranked[0][0][0] and _earlier_place(mentions, sentence) is not None:
        ranked = []  # only where people came from ("a migrant from X"): the scene told earlier
    if ranked:
        _, best, before, after = ranked[0]
        scenes = [r[1] for r in ranked[1:] if r[0][0]]
        holder = town_of_part(best, before, after, scenes)
        if holder is not None:  # "in the San José neighbourhood" of "Chilapa", named before
            best = holder
            before, after = _around(best, sentence)
        town = town_holding(best, after, inside)
        if town is not None and town.span is not None:  # "the Kyivskyi district of Kharkiv"
            best = town
            before, after = _around(best, sentence)
        province = other_named_province(best, inside, sentence)
        if province is not None and province.span is not None:
            at = province.span.start - sentence.start
            return with_precision(
                province,
                sentence.text[:at],
                sentence.text[province.span.end - sentence.start :],
                "in the event's sentence; the town found lies outside the province named beside it",
                unknown_before=True,
            )
        unknown = names_unknown_place(sentence, inside, best, NOT_PLACES)
        if best.feature_code == "ADM1" and not unknown and not _ADMIN_AFTER_RE.match(after):
            best = _same_name_town(gazetteer, best)
        return with_precision(
            best, before, after, "in the event's sentence", unknown_before=unknown
        )
    earlier = _earlier_place(mentions, sentence)
    if earlier is not None:
        return with_precision(earlier, "", "", "nearest earlier mention")
    later = _later_place(mentions, sentence)
    if later is not None:
        return with_precision(later, "", "", "first later mention")
    return hinted_country(gazetteer, sentence, inside, mentions, country_hints, NOT_PLACES)


def _aside(m: Place) -> bool:
    """A mention that names no scene: a modifier ("US dollar"), a border's far side."""
    return MODIFIER_NOTE in m.reason or BEYOND_NOTE in m.reason


def _same_name_town(gazetteer: Gazetteer, province: Place) -> Place:
    """The town a bare province name also names, in that province ("in Mogilev"), else the
    province itself."""
    if province.span is None:
        return province
    for row in gazetteer.candidates(province.span.text):
        if (
            gazetteer.feature[row] in ("PPL", "PPLC")
            and gazetteer.iso3(row) == province.iso3
            and (gazetteer.admin1[row] or None) == province.admin1
        ):
            return gazetteer.place(
                row,
                span=province.span,
                score=province.score,
                reason=f"{province.reason}; the town of the province's name",
            )
    return province


def _earlier_place(mentions: Sequence[Place], sentence: TextSpan) -> Place | None:
    """The most specific part of the last place phrase before the sentence: "Toui" of "in Toui
    (Ouesse, Collines)", "Niteroi" of "in Niteroi, Rio de Janeiro"."""
    earlier = [
        m
        for m in mentions
        if m.span is not None and m.span.start < sentence.start and not _aside(m)
    ]
    return _phrase_place(earlier[::-1]) if earlier else None


def _later_place(mentions: Sequence[Place], sentence: TextSpan) -> Place | None:
    """The most specific part of the first place phrase after the sentence, for a note that
    states its place last ("Gunmen shot two men. LOCATION: Kolo town, Mandera District")."""
    later = [
        m
        for m in mentions
        if m.span is not None
        and sentence.end <= m.span.start <= sentence.end + _LATER_CHARS  # not paragraphs on
        and not _aside(m)
    ]
    return _phrase_place(later) if later else None


_LATER_CHARS = 400


def _phrase_place(outward: Sequence[Place]) -> Place:
    """The most specific place of the place phrase that starts at ``outward[0]``: the mentions
    that follow it (in ``outward``'s order, away from the event sentence) while they stay in one
    country and close together ("Toui (Ouesse, Collines)")."""
    phrase = [outward[0]]
    for m in outward[1:]:
        last = phrase[-1]
        assert m.span is not None and last.span is not None
        gap = max(last.span.start - m.span.end, m.span.start - last.span.end)
        if m.iso3 != last.iso3 or gap > _PHRASE_GAP or _apart(m, last):
            break
        phrase.append(m)
    return max(
        phrase,
        key=lambda m: (
            _SPECIFICITY.get(m.feature_code or "PPL", 3),
            -(m.span.start if m.span else 0),
        ),
    )


def _apart(m: Place, last: Place) -> bool:
    """Whether two close mentions are no one place phrase: the same town named twice ("... in
    Nampula\n\nIn the northern city of Nampula the mood was angrier")."""
    return m.name == last.name and m.feature_class == last.feature_class == "P"


def _main_country(mentions: Sequence[Place], country_hints: Sequence[str]) -> str | None:
    """The country the article is about: its distinct place names (a country, a province or a
    capital counts twice, a town once) and the countries hinted by the text and its actors."""
    weights: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for m in mentions:
        name = m.span.text if m.span is not None else m.name
        if not m.iso3 or _aside(m) or (m.iso3, name) in seen:
            continue
        seen.add((m.iso3, name))
        weights[m.iso3] += 2 if m.feature_code in ("PCLI", "ADM1", "PPLC") else 1
    named = {m.iso3 for m in mentions if m.feature_code == "PCLI"}
    for hint in country_hints:
        if hint.upper() not in named:  # a country named in the text is counted once
            weights[hint.upper()] += 2
    return weights.most_common(1)[0][0] if weights else None


def _around(m: Place, sentence: TextSpan) -> tuple[str, str]:
    """The sentence's text before and after a mention inside it."""
    assert m.span is not None
    return (
        sentence.text[: m.span.start - sentence.start],
        sentence.text[m.span.end - sentence.start :],
    )


def _role(m: Place, before: str, after: str) -> int:
    """2 the scene ("in/at/near X"), 1 a neutral mention, 0 not the scene ("from X", "US
    forces", "solidarity with Palestine", "recruited to fight in Somalia", "travelled from
    villages in X")."""
    if _SOURCE_RE.search(before) or _ORIGIN_RE.search(before) or _ROAD_AFTER_RE.match(after):
        return 0
    if BEYOND_NOTE in m.reason:
        return 0  # "near the Somalia border": the far side
    if m.feature_code == "PCLI" and _PURPOSE_RE.search(before):
        return 0
    if _ROAD_BEFORE_RE.search(before) and _ROAD_WORD_RE.match(after):
        return 0
    if _IN_RE.search(before) or NEAR_RE.search(before):
        return 2
    if m.feature_code == "PCLI" and (
        _NOT_SCENE_RE.search(before)
        or after[:2].strip()[:1].isalpha()
        or after.startswith("-")
        or MODIFIER_NOTE in m.reason
    ):
        return 0  # a country used as a modifier or as a party: "US embassy", "Kenya Police"
    return 1

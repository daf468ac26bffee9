"""The country of an event whose sentence, and the sentences around it, name no place: the
countries the text and its actors hint at, in the order of their likelihood.

A country whose demonym qualifies a place noun ("a Kenyan border town") comes first; countries
named only for forces or visitors ("Israeli forces", "Italian nuns") after the others; a border's
far side ("near the border with Somalia") later still; and a country named only to qualify
something comes last, and only for its forces ("Myanmar military clashed with KNU").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coder.gazetteer import Gazetteer
from coder.geo_cues import BEYOND_NOTE, MODIFIER_NOTE
from coder.geo_precision import names_unknown_place
from coder.models import Place, TextSpan

_TOKEN_RE = re.compile(r"[\w'’]+")
_DEMONYM_PLACE_RE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?:border|frontier|coastal|northern|southern|eastern|western|"
    r"capital|rural|remote|small)\s+)?(?:town|towns|village|villages|city|capital|"
    r"border\s+town|port|island|province|county|district|region)\b"
)
_FORCE_WORDS = frozenset(
    {
        "forces",
        "force",
        "army",
        "military",
        "troops",
        "soldiers",
        "customs",
        "jets",
        "aircraft",
        "warplanes",
        "drones",
        "navy",
        "gendarmes",
        "border",
        "coalition",
    }
)
# people named by their nationality are often abroad: "Ethiopian raiders", "Italian nuns"
_VISITOR_WORDS = frozenset(
    {
        "raiders",
        "nationals",
        "citizens",
        "migrants",
        "immigrants",
        "refugees",
        "tourists",
        "nuns",
        "missionaries",
        "expatriates",
    }
)


def hinted_country(
    gazetteer: Gazetteer,
    sentence: TextSpan,
    inside: Sequence[Place],
    mentions: Sequence[Place],
    country_hints: Sequence[str],
    not_places: frozenset[str],
) -> Place | None:
    """The likeliest hinted country as the event's place (precision 3, or 2 when the sentence
    names a place of it the gazetteer lacks), or None.

    Args:
        gazetteer: the place index.
        sentence: the event's sentence.
        inside: the resolved mentions inside the sentence.
        mentions: all the article's resolved mentions.
        country_hints: ISO3 codes the text and the actors suggest, strongest first.
        not_places: capitalized words that never name a place ("Monday", "Police").
    """
    visiting = _visiting_countries(gazetteer, sentence)
    ordered = _place_countries(gazetteer, sentence)  # "a Kenyan border town": its country first
    ordered += [h for h in country_hints if h not in visiting and h not in ordered]
    ordered += [h for h in country_hints if h in visiting and h not in ordered]
    # "near the border with Somalia": the far side is the last guess; a country named only to
    # qualify comes after every other, and only for its forces ("Myanmar military clashed")
    beyond = {h: _only_noted(h, mentions, BEYOND_NOTE) for h in ordered}
    modifier = {h: _only_noted(h, mentions, MODIFIER_NOTE) for h in ordered}
    ordered.sort(key=lambda iso3: (beyond[iso3], modifier[iso3]))
    for iso3 in ordered:
        row = gazetteer.country_row(iso3)
        if row is not None and (not modifier[iso3] or _forces_named(iso3, inside, sentence)):
            country = gazetteer.place(row, precision=3, reason="hinted country")
            if names_unknown_place(sentence, inside, country, not_places):
                # "near Novovyboeve", "in X village": a named place the gazetteer lacks
                why = "hinted country; in a place of this country that is unknown"
                return gazetteer.place(row, precision=2, reason=why)
            return country
    return None


def _place_countries(gazetteer: Gazetteer, sentence: TextSpan) -> list[str]:
    """Countries whose demonym qualifies a place noun in the sentence ("a Kenyan border town",
    "the Lebanese village of X"): the event's place lies there, whoever the actors are. A camp
    is left out: "a Palestinian refugee camp" lies in Lebanon, "a Fulani camp" anywhere."""
    out: list[str] = []
    for match in _DEMONYM_PLACE_RE.finditer(sentence.text):
        word = match.group(1)
        iso3 = gazetteer.iso3_for_demonym(word) or gazetteer.iso3_for_country(word)
        if iso3 and iso3 not in out:
            out.append(iso3)
    return out


def _visiting_countries(gazetteer: Gazetteer, sentence: TextSpan) -> set[str]:
    """Countries the sentence names only for armed forces or for people who came from there
    ("Israeli forces", "raiders from Ethiopia", "Ethiopian raiders"): forces act abroad, so
    another hinted country (that of "Palestinian residents") is the likelier scene."""
    tokens = _TOKEN_RE.findall(sentence.text)
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if not token[:1].isupper():
            continue
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        preceding = tokens[i - 1].lower() if i > 0 else ""
        if following not in _FORCE_WORDS | _VISITOR_WORDS and preceding != "from":
            continue
        iso3 = gazetteer.iso3_for_demonym(token) or gazetteer.iso3_for_country(token)
        if iso3:
            out.add(iso3)
    return out


def _only_noted(iso3: str, mentions: Sequence[Place], note: str) -> bool:
    """True when every mention of the country carries ``note``: named only to qualify
    something ("the US dollar") or only as a border's far side or a destination."""
    named = [m for m in mentions if m.iso3 == iso3 and m.feature_code == "PCLI"]
    return bool(named) and all(note in m.reason for m in named)


def _forces_named(iso3: str, inside: Sequence[Place], sentence: TextSpan) -> bool:
    """Whether the sentence names the country's forces ("Myanmar military", "Kenya army")."""
    for m in inside:
        if m.iso3 == iso3 and m.span is not None:
            after = _TOKEN_RE.findall(sentence.text[m.span.end - sentence.start :])[:1]
            if after and after[0].lower() in _FORCE_WORDS:
                return True
    return False

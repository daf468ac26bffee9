"""The home country of a news outlet, read from its name.

Conflict notes often name no country at all ("Police fire on rioters in a slum"); the outlet
that reported them usually does: "Star (Kenya)", "Kenya Standard", "Dhaka Tribune", "Times of
India", "OSCE SMM-Ukraine". Its home country is a weak prior for the event's country, weaker
than any country the text or its actors name: use it as the last country hint.
"""

from __future__ import annotations

import re
from collections import Counter

from coder.gazetteer import Gazetteer
from coder.geo_outlets import OUTLET_COUNTRY, outlet_key

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’.]*")
_PAREN_RE = re.compile(r"\(([^()]+)\)")
_MAX_WORDS = 4
_MIN_CAPITAL_POPULATION = 100_000


def source_country(source: str | None, gazetteer: Gazetteer) -> str | None:
    """ISO3 code of the country an outlet's name points to, or None.

    A known outlet's home country comes first (``coder.geo_outlets``: "Prothom Alo"; none for an
    international agency, "France 24"); then a country written in parentheses ("Daily Star
    (Bangladesh)"); otherwise a country name, a demonym or a national capital inside the name
    ("Kenya Standard", "Dhaka Tribune"). A source list ("BBC; Radio Okapi") gives the country that
    more of its parts name than any other (none on a tie).

    Args:
        source: the outlet's name as the article gives it.
        gazetteer: the place index (country names, demonyms, capitals).

    Returns:
        The ISO3 code, or None when the name says nothing or its parts disagree.
    """
    if not source:
        return None
    found = Counter(c for part in re.split(r"[;|/]", source) if (c := _one_source(part, gazetteer)))
    ranked = found.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _one_source(name: str, gazetteer: Gazetteer) -> str | None:
    key = outlet_key(name)
    if key in OUTLET_COUNTRY:
        return OUTLET_COUNTRY[key]  # a known outlet ("Radio Okapi"), or an international one
    for inner in _PAREN_RE.findall(name):
        iso3 = gazetteer.iso3_for_country(inner.strip()) or gazetteer.iso3_for_demonym(inner)
        if iso3:
            return iso3
    words = _WORD_RE.findall(_PAREN_RE.sub(" ", name))
    for size in range(min(_MAX_WORDS, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if size == 1 and not phrase[:1].isupper():
                continue
            iso3 = gazetteer.iso3_for_country(phrase) or _capital_country(phrase, gazetteer)
            if iso3 is None and size == 1:
                iso3 = gazetteer.iso3_for_demonym(phrase)
            if iso3:
                return iso3
    return None


def _capital_country(name: str, gazetteer: Gazetteer) -> str | None:
    for row in gazetteer.candidates(name):
        if gazetteer.feature[row] == "PPLC" and gazetteer.population[row] >= (
            _MIN_CAPITAL_POPULATION
        ):
            return gazetteer.iso3(row)
    return None

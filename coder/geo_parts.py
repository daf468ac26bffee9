"""A place the sentence names as part of another: "the San José neighbourhood" of the town
named before it, "the Dniprovskyi district of Kherson", "Orikhove, Luhansk" (a town found in
another province than the one named beside it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from coder.geo_names import normalize
from coder.metrics import place_km
from coder.models import Place, TextSpan

__all__ = ["other_named_province", "town_holding", "town_of_part"]

_PHRASE_TAIL_RE = re.compile(r"[\s,(]*(?:[^,()]{1,30},\s*)?")  # ", " or " (District, "

_QUARTER_KM = 20.0
_PART_OF_RE = re.compile(
    r"^\s+(?:district|neighbou?rhood|quarter|area|suburb|zone|sector)\s+of\s+(?:the\s+)?"
    r"(?:city\s+of\s+)?$",
    re.IGNORECASE,  # "the Central Zone of Rio de Janeiro"
)


# "the San José neighbourhood": a part of a town, named like the town's namesakes elsewhere
_PART_AFTER_RE = re.compile(
    r"^\s+(?:neighbou?rhood|colonia|barrio|quarter|ward|suburb|estate|slum)s?\b(?!\s+of\b)",
    re.IGNORECASE,  # not "the Tierra Blanca neighbourhood of Culiacan": the town named after
)
_THE_BEFORE_RE = re.compile(r"\b(?:the|a)\s+$", re.IGNORECASE)


def town_of_part(best: Place, before: str, after: str, others: Sequence[Place]) -> Place | None:
    """The town the sentence names when the chosen mention is only a part of a town ("outside
    his home in the San José neighbourhood" of the Chilapa named before)."""
    if not (_PART_AFTER_RE.match(after) and _THE_BEFORE_RE.search(before)):
        return None
    for m in others:
        if m.feature_class == "P" and m.iso3 == best.iso3 and m.name != best.name:
            return m
    return None


def town_holding(best: Place, after: str, inside: Sequence[Place]) -> Place | None:
    """The town named right after "district of" when the chosen mention is one of its parts
    ("the Dniprovskyi district of Kherson": the district is Kherson's, whatever namesake far away
    the gazetteer found)."""
    if best.span is None:
        return None
    for m in inside:
        if m.span is None or m.span.start <= best.span.end:
            continue
        gap = after[: m.span.start - best.span.end]
        if _PART_OF_RE.match(gap) and m.feature_code in ("PPL", "PPLA", "PPLA2", "PPLC"):
            km = place_km(best, m)
            # a quarter the gazetteer knows inside the city stays ("Hodan district of Mogadishu")
            return None if km is not None and km <= _QUARTER_KM else m
        return None
    return None


def other_named_province(best: Place, inside: Sequence[Place], sentence: TextSpan) -> Place | None:
    """The province named right after the chosen town ("Orikhove, Luhansk", "Tokoro (Kouande,
    Atacora)") when the town found lies in another province: the gazetteer knows only a
    namesake elsewhere, so the province named is the best known place of the event."""
    if best.span is None or best.feature_code not in ("PPL", "PPLC", "ADM2"):
        return None
    for m in inside:
        if m.span is None or m.span.start < best.span.end:
            continue
        gap = sentence.text[best.span.end - sentence.start : m.span.start - sentence.start]
        if not _PHRASE_TAIL_RE.fullmatch(gap):
            return None
        if m.feature_code == "ADM1" or (m.admin1 and normalize(m.admin1) == normalize(m.name)):
            same = m.iso3 == best.iso3 and (
                m.admin1 == best.admin1
                or normalize(best.admin1 or "").startswith(normalize(m.span.text))
            )  # "Mato Grosso" of "Mato Grosso do Sul" is a name cut short, not another province
            return None if same else m
    return None

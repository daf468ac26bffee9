"""The named entities of a parse as the geoparser reads them, repaired where the tagger slips.

Two slips are mended before any lookup: adjacent place entities that together name one known
place are joined ("Baja" + "California"), and an entity that swallowed the day after a place
("Aleppo Saturday", tagged as a work of art) is cut back to the place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from coder.dates import MONTH_NAMES, WEEKDAY_NAMES
from coder.gazetteer import Gazetteer
from coder.geo_cues import PLACE_LABELS
from coder.geo_names import normalize

DATE_WORDS = frozenset({*WEEKDAY_NAMES, *MONTH_NAMES, "today", "yesterday", "tonight"})
# named days and seasons the tagger rightly calls dates
_FEASTS = frozenset(
    {"ramadan", "eid", "christmas", "easter", "diwali", "nowruz", "hanukkah", "thanksgiving"}
    | {"lent", "passover", "ashura", "muharram", "holi", "tet", "yom", "kippur", "new", "year"}
)


def misdated_name(ent: Span) -> bool:
    """Whether a date or time entity is only a proper name with no date word ("in Turbat"
    tagged as a date): a name the geoparser may still read as a place."""
    return ent.label_ in ("DATE", "TIME") and all(
        t.pos_ == "PROPN"
        and t.lower_ not in DATE_WORDS
        and t.lower_ not in _FEASTS
        and not any(c.isdigit() for c in t.text)
        for t in ent
    )


def place_entities(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """The entities of a parse, with the tagger's two slips above mended.

    Args:
        doc: the parse.
        gazetteer: the place index (a mended span must name a known place).

    Returns:
        The entities in text order.
    """
    out: list[Span] = []
    for ent in (_without_date_word(e, gazetteer) for e in doc.ents):
        last = out[-1] if out and out[-1].end == ent.start else None
        if (
            last is not None
            and {last.label_, ent.label_} <= PLACE_LABELS  # "Baja" + "California"
            and gazetteer.by_name.get(normalize(doc[last.start : ent.end].text))
        ):
            out[-1] = Span(doc, last.start, ent.end, label=last.label_)
        else:
            out.append(ent)
    return out


def _without_date_word(ent: Span, gazetteer: Gazetteer) -> Span:
    """An entity that swallowed the day after a place ("Aleppo Saturday"), as the place."""
    if len(ent) < 2 or ent.label_ in PLACE_LABELS or ent[-1].lower_ not in DATE_WORDS:
        return ent
    head = ent.doc[ent.start : ent.end - 1]
    if not gazetteer.by_name.get(normalize(head.text)):
        return ent
    return Span(ent.doc, head.start, head.end, label="GPE")

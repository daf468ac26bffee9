"""How far a place name reaches in the text, beyond the tokens the NER or a capitalized run
gave: through hyphens ("Ar-Raqqa"), linking words ("Mahmud-e-Raqi", "Gaucha do Norte", "Kut e
Abdollah"), a word the NER left out before it ("Tarn Taran"), and where a hyphen joins a name
to another word it is no mention of its own ("Igbo" of "Igbo-Igana"; but "Mogadishu-Hodan" names
Mogadishu, and "the Dhaka-Sylhet highway" two towns of one country); and a region that names
an armed group's branch ("IS Sahel") is no scene.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from coder.gazetteer import Gazetteer
from coder.geo_inner import PEOPLE_NOUNS, capitalized
from coder.geo_mention import Mention
from coder.geo_names import normalize

__all__ = ["NameExtent"]

_GROUP_BEFORE_RE = re.compile(r"(?:\bIS|\bISIS|\bISIL|\bIslamic State)$")

_LINKS = frozenset({"e", "i", "ye", "al", "el", "ul", "ud", "ad", "ar", "as", "an", "az", "ash"})
_SPACED_LINKS = _LINKS | {
    "es",
    "ez",
    "esh",
    "do",
    "da",
    "de",
    "dos",
    "das",
    "del",
    "di",
    "du",
    "des",
}
_SPACED_LINKS |= {"la", "le", "los", "las", "y", "sur", "en", "am", "bin", "ibn"}


class NameExtent:
    """Reads the extent of place names against a gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        """Create a reader.

        Args:
            gazetteer: the place index that tells names from words.
        """
        self.gazetteer = gazetteer

    def whole_name(self, doc: Doc, ent: Span, covered: set[int]) -> Span:
        """The entity grown to the known name it is part of: "Kut" of "Kut e Abdollah", "Taran"
        of "Tarn Taran" (the NER left out a word the name begins with)."""
        end = self.run_end(doc, ent.start, ent.end, covered) if ent.end < len(doc) else ent.end
        start = ent.start
        by_name = self.gazetteer.by_name
        if end == ent.end:
            for k in (ent.start - 2, ent.start - 1):
                if (
                    k >= 0
                    and all(capitalized(t.text) and t.i not in covered for t in doc[k : ent.start])
                    and not doc[k].is_sent_start
                    and by_name.get(normalize(doc[k:end].text))
                ):
                    start = k
                    break
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(doc, start, end, label=ent.label_)

    def city_of_quarter(self, ent: Span) -> list[Mention]:
        """The city opening an entity "City-Quarter" that names no place as a whole."""
        first = ent[0]
        if len(ent) < 3 or ent[1].text not in ("-", "–") or first.whitespace_ or ent[1].whitespace_:
            return []
        if not self.is_city(first.text):
            return []
        return [Mention(first.idx, first.idx + len(first.text), first.text, None, True)]

    def is_city(self, name: str) -> bool:
        """A capital or a city of 100,000 people or more (most populous reading)."""
        rows = self.gazetteer.by_name.get(normalize(name), ())
        gaz = self.gazetteer
        return bool(rows) and (gaz.feature[rows[0]] == "PPLC" or gaz.population[rows[0]] >= 100_000)

    def in_unknown_compound(self, doc: Doc, i: int, j: int) -> bool:
        """True when the run is glued by a hyphen to a capitalized word that names no place:
        "Igbo" of "Igbo-Igana" is no mention of the Igbo-Ukwu the gazetteer knows as "Igbo"."""
        by_name = self.gazetteer.by_name
        right = (
            j + 1 < len(doc)
            and doc[j].text in ("-", "–")
            and not (doc[j - 1].whitespace_ or doc[j].whitespace_)
            and capitalized(doc[j + 1].text)
        )
        left = (
            i >= 2
            and doc[i - 1].text in ("-", "–")
            and not (doc[i - 2].whitespace_ or doc[i - 1].whitespace_)
            and capitalized(doc[i - 2].text)
        )
        gaz = self.gazetteer
        if right and j + 2 < len(doc) and doc[j + 2].lower_ in PEOPLE_NOUNS:
            return True  # "the Meitei and Kuki-Zo communities": a people, not the city of Kuki
        if self.is_city(doc[i:j].text):
            return False  # a city before its quarter: "Mogadishu-Karan", "Dhaka-Ramna"
        own = {gaz.iso2[r] for r in by_name.get(normalize(doc[i:j].text), ())}
        for glued, other in ((right, j + 1), (left, i - 2)):
            if glued:
                # "the Dhaka-Sylhet highway" joins two towns of one country; "Igbo-Igana" does not
                rows = by_name.get(normalize(doc[other].text), ())
                if not own & {gaz.iso2[r] for r in rows}:
                    return True
        return False

    def run_end(self, doc: Doc, i: int, j: int, covered: set[int]) -> int:
        """The end of a run that goes on through hyphens into a known place ("Ar-Raqqa"), also
        across a lower-case linking word ("Mahmud-e-Raqi", "Dasht-e-Archi")."""
        while True:
            for step in (2, 4):
                k = j + step
                if (
                    k <= len(doc)
                    and all(doc[t].text in ("-", "–") for t in range(j, k, 2))
                    and not any(doc[t].whitespace_ for t in range(j - 1, k - 1))
                    and not set(range(j, k)) & covered
                    and (step == 2 or doc[j + 1].text in _LINKS)
                    and capitalized(doc[k - 1].text)
                    and self.gazetteer.by_name.get(normalize(doc[i:k].text))
                ):
                    j = k
                    break
            else:
                spaced = self._linked_end(doc, i, j, covered)
                if spaced == j:
                    return j
                j = spaced

    def _linked_end(self, doc: Doc, i: int, j: int, covered: set[int]) -> int:
        """The end of a run that goes on through a spaced linking word into a known place
        ("Gaucha do Norte", "Kut e Abdollah"), or ``j`` itself."""
        if j + 1 >= len(doc) or doc[j].text not in _SPACED_LINKS or {j, j + 1} & covered:
            return j
        for k in range(min(j + 4, len(doc)), j + 1, -1):
            if all(
                capitalized(t.text) and t.i not in covered for t in doc[j + 1 : k]
            ) and self.gazetteer.by_name.get(normalize(doc[i:k].text)):
                return k
        return j

    def group_name_part(self, doc: Doc, m: Mention, rows: tuple[int, ...]) -> bool:
        """True for a region or town that names an armed group's branch, not a scene: "Sahel"
        of "IS Sahel", "Islamic State Sahel Province". A country keeps its mention.

        Args:
            doc: the parse.
            m: the mention.
            rows: its gazetteer candidates.
        """
        before = doc.text[: m.start].rstrip()
        if not _GROUP_BEFORE_RE.search(before) or m.country:
            return False
        return bool(rows) and self.gazetteer.feature[rows[0]] != "PCLI"

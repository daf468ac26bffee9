"""Toponym resolution and event location on top of the gazetteer.

``Geocoder.geoparse`` takes the place mentions of a parsed article (``coder.geo_mentions``
finds them) and resolves each against the gazetteer using population, feature type, the
countries the article talks about (country names, demonyms, hints from the actors), the
divisions named beside it, and the first-level divisions the article's other names share.
``Geocoder.locate`` picks the event location for one sentence and sets ACLED's geo_precision.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from types import MappingProxyType

from spacy.tokens import Doc

from coder.gazetteer import Gazetteer
from coder.geo_cues import BEYOND_NOTE, names_a_place_beyond
from coder.geo_locate import MODIFIER_NOTE, choose_location
from coder.geo_mentions import Mention, MentionFinder
from coder.geo_names import normalize
from coder.metrics import haversine_km
from coder.models import Place, TextSpan

__all__ = ["Gazetteer", "Geocoder"]

_IN_NAMED = "lies in a division named beside it"
_FAR_KM = 2_500  # a country this far from the story's is on another side of the world
_NAMESAKE_POP, _FAR_NAMESAKE_POP = 50_000, 200_000
_AREA_BONUS = 1.0
_CITY_REACH_KM = 20.0  # how far from a city's point its quarters lie
_FEATURE_PRIOR = MappingProxyType({"PCLI": 2.0, "ADM1": 1.0, "ADM2": 0.3, "PPLC": 0.6, "PPL": 0.0})


class Geocoder:
    """Resolves place mentions and event locations against a gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        """Create a geocoder.

        Args:
            gazetteer: the loaded place index (see ``Gazetteer.load``).
        """
        self.gazetteer = gazetteer
        self.finder = MentionFinder(gazetteer)

    # -- geoparse ------------------------------------------------------------------------------

    def geoparse(
        self, doc: Doc, *, country_hints: Sequence[str] = (), every_toponym: bool = False
    ) -> list[Place]:
        """Find and resolve every toponym mention in a parsed article.

        Args:
            doc: the spaCy parse of the article.
            country_hints: ISO3 codes suggested by other stages (e.g. actor demonyms).
            every_toponym: also return what geoparsing corpora count as toponyms but an event
                cannot take place in: demonyms ("Syrian": Syria), place names inside longer
                names ("Texas A&M"), and places outside any country (continents, seas).

        Returns:
            The resolved mentions in text order; unresolvable mentions are dropped.
        """
        gaz = self.gazetteer
        context: Counter[str] = Counter()  # weights per ISO3
        for hint in country_hints:
            context[hint.upper()] += 4  # weights are in half-units
        mentions = self.finder.find(doc, context, every_toponym=every_toponym)
        rows_of = [self.finder.candidate_rows(m) for m in mentions]
        keep = [(m, rows) for m, rows in zip(mentions, rows_of, strict=True) if rows]
        if not keep:
            return []
        for hint in {h.upper() for h in country_hints}:
            named = [
                m
                for m, rows in keep
                if m.country == hint
                or (not m.country and gaz.feature[rows[0]] == "PCLI" and gaz.iso3(rows[0]) == hint)
            ]
            if named and all(m.modifier for m in named):
                context[hint] -= 4  # a hint read off "the US dollar" says little about the scene
        voted_by: dict[str, str] = {}  # name -> the country it voted for (each name votes once)
        for m, rows in keep:
            if m.country or normalize(m.text) in voted_by:
                continue  # a demonym weighed in when it was found
            if gaz.feature[rows[0]] == "PCLI" or len({gaz.iso2[r] for r in rows}) == 1:
                sure = gaz.iso3(rows[0])
                if sure:
                    voted_by[normalize(m.text)] = sure
                    # "US dollar" says little about where the story happens
                    # a lone small namesake is weak evidence: it would vote for itself
                    context[sure] += (
                        1
                        if m.modifier
                        else (
                            4
                            if gaz.feature[rows[0]] == "PCLI"
                            else 2
                            if gaz.population[rows[0]] >= 50_000 or gaz.feature[rows[0]] == "ADM1"
                            else 1
                        )
                    )
        norm = _Normalizer()
        keys = {norm(m.text) for m, _ in keep}
        for m, rows in keep:
            if m.admin_note and len({gaz.iso2[r] for r in rows}) == 1:
                # "(Afmadow, Lower Juba)": an unambiguous division fixes the country
                context[gaz.iso3(rows[0]) or ""] += 3
        areas = _Areas(gaz, [(norm(m.text), rows) for m, rows in keep if not m.country])
        first = [self._best(m, rows, context, keys, norm, areas) for m, rows in keep]
        second_context = context.copy()
        counted: set[str] = set()  # a name repeated is one piece of evidence, not several
        for (m, _), (row, _, first_why) in zip(keep, first, strict=True):
            first_iso3 = gaz.iso3(row)
            if first_iso3 and norm(m.text) not in counted:
                counted.add(norm(m.text))
                second_context[first_iso3] += 4 if _IN_NAMED in first_why else 2
        regions = [
            (gaz.iso2[r], gaz.admin1[r]) if gaz.feature[r] not in ("ADM1", "PCLI") else None
            for r, _, _ in first
        ]
        main = [iso3 for iso3, w in second_context.most_common(1) if w >= 4]
        first_points = [  # where each name's first reading lies
            (norm(mk.text), (gaz.lat[r], gaz.lon[r]))
            for (mk, _), (r, _, _) in zip(keep, first, strict=True)
        ]
        places: list[Place] = []
        text = doc.text
        for m, rows in keep:
            others = {
                r
                for j, r in enumerate(regions)
                if r is not None and norm(keep[j][0].text) != norm(m.text)
            }
            points = [p for name, p in first_points if name != norm(m.text)]
            row, score, why = self._best(m, rows, second_context, keys, norm, areas, others, points)
            iso3 = gaz.iso3(row)
            if iso3 is None and not every_toponym:
                continue  # a continent or a sea is no place for an event
            if m.country:
                why = f"demonym of {gaz.country_name(m.country) or m.country}"
            if (
                main
                and iso3 != main[0]
                and voted_by.get(norm(m.text)) != main[0]  # the name itself made the country
                and context.get(iso3 or "", 0) < 4
                and gaz.feature[row] in ("PPL", "ADM2")
                and gaz.population[row] < self._namesake_size(m, row, main[0], context)
            ):
                continue  # a small foreign namesake in a story about another country: noise
            if _COMPASS_RE.match(m.text) and not context.get(iso3 or "", 0):
                continue  # "Eastern" province of a country the story never names: no place
            span = TextSpan(m.start, m.end, m.text)
            if (
                not m.country
                and gaz.feature[row] == "PCLI"
                and names_a_place_beyond(text, m.start, m.end)
            ):
                why += f"; {BEYOND_NOTE}"
            places.append(gaz.place(row, span=span, score=score, reason=why))
        return places

    def _namesake_size(self, m: Mention, row: int, main: str, context: Counter[str]) -> int:
        """Below this population a foreign reading of a bare name is a namesake. A town in a
        country nothing else in the story names, far from the story's country, may be larger
        ("Wari" in India, for a village "10 km from the Kenya border"); a name given as a
        division ("Maury County") is meant as one."""
        gaz = self.gazetteer
        home = gaz.country_row(main)
        if m.level not in (None, "PPL") or context.get(gaz.iso3(row) or "", 0) or home is None:
            return _NAMESAKE_POP
        capital = gaz.capital_row(main)
        far = all(  # a large country's centre lies far from its borders: its capital counts too
            haversine_km(gaz.lat[row], gaz.lon[row], gaz.lat[r], gaz.lon[r]) > _FAR_KM
            for r in (home, capital)
            if r is not None
        )
        return _FAR_NAMESAKE_POP if far else _NAMESAKE_POP

    def _best(
        self,
        m: Mention,
        rows: Sequence[int],
        context: Counter[str],
        keys: set[str],
        norm: _Normalizer,
        areas: _Areas,
        regions: set[tuple[str, str]] | None = None,
        points: Sequence[tuple[float, float]] = (),
    ) -> tuple[int, float, str]:
        gaz = self.gazetteer
        total = sum(context.values()) or 1.0
        key = norm(m.text)
        towns = {(gaz.iso2[r], gaz.admin1[r]) for r in rows if gaz.feature[r] in ("PPL", "PPLC")}
        bare_town = any(
            gaz.feature[r] in ("PPL", "PPLC") and norm(gaz.names[r]) == key for r in rows
        )
        scored: list[tuple[float, int, str]] = []
        for row in rows:
            feature = gaz.feature[row]
            notes = [f"{feature} in {gaz.iso3(row) or gaz.iso2[row]}"]
            s = 0.35 * math.log10(gaz.population[row] + 10) + _FEATURE_PRIOR.get(feature, 0.0)
            if m.level is not None:
                if feature == m.level or (m.level == "PPL" and feature == "PPLC"):
                    s += 3.0
                    notes.append(f"named as {m.level}")
                elif feature == "PCLI":
                    s -= 3.0
            shared_name = (
                m.level is None
                and feature in ("ADM1", "ADM2")
                and (gaz.iso2[row], gaz.admin1[row]) in towns
                and norm(gaz.names[row]) == key
            )
            if shared_name:
                s -= 2.0  # a bare name shared by a province and its town means the town
            elif m.level is None and not m.admin_note and feature == "ADM2" and bare_town:
                s -= 1.0  # "Lancaster" alone is a town; its county would be "Lancaster County"
            iso3 = gaz.iso3(row)
            weight = context.get(iso3, 0) if iso3 else 0
            if weight:
                s += 1.0 + 2.0 * weight / total
                notes.append(f"article context {iso3}")
            a1, a2 = norm(gaz.admin1[row]), norm(gaz.admin2[row])
            if feature not in ("ADM1", "PCLI") and (
                (a1 and a1 != key and a1 in keys) or (a2 and a2 != key and a2 in keys)
            ):
                s += 2.5
                notes.append(_IN_NAMED)
            elif (
                feature == "ADM1"
                and regions
                and (gaz.iso2[row], gaz.admin1[row]) in regions
                and not (shared_name and _town_holds(gaz, rows, row, points))
            ):
                s += 2.5
                notes.append("holds a place named beside it")
            shared = areas.others(key, gaz.iso2[row], gaz.admin1[row]) if feature != "PCLI" else 0
            if shared >= 0.5:
                s += min(_AREA_BONUS, _AREA_BONUS * shared)
                notes.append("shares a division with other places named")
            if norm(gaz.names[row]) == key:
                s += 1.0
            if m.modifier and feature == "PCLI":
                notes.append(MODIFIER_NOTE)
            scored.append((s, row, "; ".join(notes)))
        scored.sort(key=lambda t: -t[0])
        best_s, best_row, why = scored[0]
        denom = sum(math.exp(s - best_s) for s, _, _ in scored)
        return best_row, 1.0 / denom, why

    # -- locate --------------------------------------------------------------------------------

    def locate(
        self, sentence: TextSpan, mentions: Sequence[Place], *, country_hints: Sequence[str] = ()
    ) -> Place | None:
        """Choose the event location for an event in ``sentence``.

        Preference: a place in the sentence itself (one introduced by "in/at/near/..." first; a
        country that only names a party, a cause or an origin is not the scene; then the most
        specific); then the most specific part of the last earlier place phrase; then the first
        hinted country (precision 3). See ``coder.geo_locate`` and, for the precision policy,
        ``coder.geo_precision``.

        Args:
            sentence: the event's sentence (offsets into the article text).
            mentions: the article's resolved mentions (from ``geoparse``).
            country_hints: ISO3 codes suggested by other stages.

        Returns:
            The location with ACLED geo_precision set, or None when nothing is known.
        """
        return choose_location(self.gazetteer, sentence, mentions, country_hints=country_hints)


# a division named by a compass word alone ("Eastern", "North", "Central"): many countries have one
_COMPASS_RE = re.compile(
    r"(?i)^(?:north|south|east|west|central|centre|center|(?:north|south)[\s-]?(?:east|west))"
    r"(?:ern)?$"
)


class _Areas:
    """Votes of an article's names for the first-level divisions their candidates lie in.

    A name with candidates in n divisions gives each 1/n of a vote, so that places named
    together ("Watertown", "Delano", "St. Paul") pull each other into the division they share.
    """

    def __init__(self, gaz: Gazetteer, names: Sequence[tuple[str, Sequence[int]]]) -> None:
        self._own: dict[str, set[tuple[str, str]]] = {}
        self._votes: dict[tuple[str, str], float] = {}
        for key, rows in names:
            if key in self._own:
                continue
            own = {(gaz.iso2[r], gaz.admin1[r]) for r in rows if gaz.admin1[r]}
            self._own[key] = own
            for area in own:
                self._votes[area] = self._votes.get(area, 0.0) + 1 / len(own)

    def others(self, key: str, iso2: str, admin1: str) -> float:
        """Votes for (iso2, admin1) from names other than ``key``."""
        if not admin1:
            return 0.0
        own = self._own.get(key, set())
        mine = 1 / len(own) if (iso2, admin1) in own else 0.0
        return self._votes.get((iso2, admin1), 0.0) - mine


class _Normalizer:
    """``normalize`` with a memory, for one article (candidate rows repeat across mentions)."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = normalize(text)
        return found


def _town_holds(
    gaz: Gazetteer, rows: Sequence[int], division: int, points: Sequence[tuple[float, float]]
) -> bool:
    """Whether the town sharing a division's name lies within reach of another place named
    ("Dhaka ... Shahbagh": the city holds its quarter as well as the division does)."""
    for r in rows:
        if (
            gaz.feature[r] in ("PPL", "PPLC")
            and gaz.iso2[r] == gaz.iso2[division]
            and gaz.admin1[r] == gaz.admin1[division]
        ):
            return any(
                haversine_km(gaz.lat[r], gaz.lon[r], a, b) <= _CITY_REACH_KM for a, b in points
            )
    return False

"""Toponym resolution and event location on top of the gazetteer.

``Geocoder.geoparse`` finds every place mention in a parsed article (spaCy GPE/LOC/FAC entities
plus capitalized n-grams the NER misses when a preposition or an administrative word marks them),
and resolves each against the gazetteer using population, feature type, the countries the article
talks about (country names, demonyms, hints from the actors) and the divisions named beside it.
``Geocoder.locate`` picks the event location for one sentence and sets ACLED's geo_precision.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from coder.gazetteer import Gazetteer
from coder.geo_cues import (
    DIRECTIONS as _DIRECTIONS,
)
from coder.geo_cues import (
    LISTING as _LISTING,
)
from coder.geo_cues import (
    LOCATIVE as _LOCATIVE,
)
from coder.geo_cues import (
    NOT_PLACE_LABELS as _NOT_PLACE_LABELS,
)
from coder.geo_cues import (
    OF_HEADS as _OF_HEADS,
)
from coder.geo_cues import (
    OPENING as _OPENING,
)
from coder.geo_cues import (
    ORG_WORDS as _ORG_WORDS,
)
from coder.geo_cues import (
    PLACE_LABELS as _PLACE_LABELS,
)
from coder.geo_cues import (
    PLACE_NOUNS as _PLACE_NOUNS,
)
from coder.geo_cues import (
    TOWN_WORDS as _TOWN_WORDS,
)
from coder.geo_locate import MODIFIER_NOTE, choose_location
from coder.geo_locate import NOT_PLACES as _NOT_PLACES
from coder.geo_names import ADMIN1_WORDS, ADMIN2_WORDS, ADMIN_WORDS, normalize
from coder.models import Place, TextSpan

__all__ = ["Gazetteer", "Geocoder"]

_PAREN_RE = re.compile(r"\(([^()]{3,80})\)")
_PART_RE = re.compile(r"[^,\s](?:[^,]*[^,\s])?")
_ADMIN_PART_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ -][\w'’.-]+){0,3}")
_POSSESSIVE_RE = re.compile(r"\s*['’]s?$")
_IN_NAMED = "lies in a division named beside it"
_FEATURE_PRIOR = MappingProxyType({"PCLI": 2.0, "ADM1": 1.0, "ADM2": 0.3, "PPLC": 0.6, "PPL": 0.0})
_MAX_CANDIDATES = 40


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    text: str
    level: str | None  # "ADM1" / "ADM2" when an administrative word follows the name
    from_ner: bool
    modifier: bool = False  # the name qualifies a noun: "US dollar", "Kenya Police"
    admin_note: bool = False  # a part of "(District, Province)" after a place


class Geocoder:
    """Resolves place mentions and event locations against a gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        """Create a geocoder.

        Args:
            gazetteer: the loaded place index (see ``Gazetteer.load``).
        """
        self.gazetteer = gazetteer

    # -- geoparse ------------------------------------------------------------------------------

    def geoparse(self, doc: Doc, *, country_hints: Sequence[str] = ()) -> list[Place]:
        """Find and resolve every toponym mention in a parsed article.

        Args:
            doc: the spaCy parse of the article.
            country_hints: ISO3 codes suggested by other stages (e.g. actor demonyms).

        Returns:
            The resolved mentions in text order; unresolvable mentions are dropped.
        """
        gaz = self.gazetteer
        context: Counter[str] = Counter()  # weights per ISO3
        for hint in country_hints:
            context[hint.upper()] += 4  # weights are in half-units
        mentions: list[_Mention] = []
        covered: set[int] = set()
        place_tokens: set[int] = set()
        for ent in doc.ents:
            if ent.label_ in _NOT_PLACE_LABELS:
                covered.update(range(ent.start, ent.end))
            elif ent.label_ == "NORP" or (ent.label_ == "GPE" and _demonym_use(ent, gaz)):
                demonym_iso3 = gaz.iso3_for_demonym(ent.text)
                if demonym_iso3:
                    context[demonym_iso3] += 4
                    covered.update(range(ent.start, ent.end))
            elif ent.label_ in _PLACE_LABELS:
                found = [m for m in self._entity_mentions(ent) if self._candidate_rows(m)]
                if found:
                    mentions.extend(found)
                    covered.update(range(ent.start, ent.end))
                    place_tokens.update(range(ent.start, ent.end))
        notes = self._admin_notes(doc, covered)
        mentions = [m for m in mentions if not any(n.start <= m.start < n.end for n in notes)]
        mentions.extend(notes)
        mentions.extend(self._ngram_mentions(doc, covered, place_tokens))
        mentions.sort(key=lambda m: m.start)

        rows_of = [self._candidate_rows(m) for m in mentions]
        keep = [(m, rows) for m, rows in zip(mentions, rows_of, strict=True) if rows]
        if not keep:
            return []
        for m, rows in keep:
            if gaz.feature[rows[0]] == "PCLI" or len({gaz.iso2[r] for r in rows}) == 1:
                sure = gaz.iso3(rows[0])
                if sure:
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
        keys = {normalize(m.text) for m, _ in keep}
        for m, rows in keep:
            if m.admin_note and len({gaz.iso2[r] for r in rows}) == 1:
                # "(Afmadow, Lower Juba)": an unambiguous division fixes the country
                context[gaz.iso3(rows[0]) or ""] += 3
        first = [self._best(m, rows, context, keys) for m, rows in keep]
        second_context = context.copy()
        for row, _, first_why in first:
            first_iso3 = gaz.iso3(row)
            if first_iso3:
                second_context[first_iso3] += 4 if _IN_NAMED in first_why else 2
        regions = [
            (gaz.iso2[r], gaz.admin1[r]) if gaz.feature[r] not in ("ADM1", "PCLI") else None
            for r, _, _ in first
        ]
        main = [iso3 for iso3, w in second_context.most_common(1) if w >= 4]
        places: list[Place] = []
        for m, rows in keep:
            others = {
                r
                for j, r in enumerate(regions)
                if r is not None and normalize(keep[j][0].text) != normalize(m.text)
            }
            row, score, why = self._best(m, rows, second_context, keys, others)
            iso3 = gaz.iso3(row)
            if (
                main
                and iso3 != main[0]
                and context.get(iso3 or "", 0) < 4
                and gaz.feature[row] in ("PPL", "ADM2")
                and gaz.population[row] < 50_000
            ):
                continue  # a small foreign namesake in a story about another country: noise
            span = TextSpan(m.start, m.end, m.text)
            places.append(gaz.place(row, span=span, score=score, reason=why))
        return places

    def _entity_mentions(self, ent: Span) -> list[_Mention]:
        """The entity as one mention, or its comma-separated parts ("Alexandria, La.")."""
        whole = self._entity_mention(ent)
        if whole is not None and self._candidate_rows(whole):
            return [whole]
        parts: list[_Mention] = []
        start = ent.start
        for tok in [*ent, None]:
            if tok is None or tok.text == ",":
                end = tok.i if tok is not None else ent.end
                if end > start:
                    part = self._entity_mention(ent.doc[start:end])
                    if part is not None:
                        parts.append(part)
                start = end + 1
        return parts

    def _entity_mention(self, ent: Span) -> _Mention | None:
        tokens = list(ent)
        while tokens and tokens[0].lower_ in ("the", "a"):
            tokens.pop(0)
        while tokens and tokens[-1].lower_ in ("'s", "’s", "'", "’"):
            tokens.pop()  # "San Francisco's roads"
        level = None
        while len(tokens) > 1 and (
            tokens[-1].lower_ in ADMIN_WORDS or tokens[-1].lower_ in _TOWN_WORDS
        ):
            level = _level_of(tokens.pop().lower_) or level
        if not tokens:
            return None
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if after is not None and level is None:
            level = _level_of(after.lower_)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return _Mention(
            start,
            end,
            ent.doc[tokens[0].i : tokens[-1].i + 1].text,
            level,
            True,
            _is_modifier(tokens[-1]),
        )

    def _admin_notes(self, doc: Doc, covered: set[int]) -> list[_Mention]:
        """Parts of an ACLED-style note "(District, Province)": the last part a first-level
        division, the others second-level. Their tokens are covered even when a part is unknown,
        so that no piece of an unknown division ("Mayo" of "Mayo-Sava") is read as a town."""
        out: list[_Mention] = []
        for match in _PAREN_RE.finditer(doc.text):
            parts = [(m.start(), m.end()) for m in _PART_RE.finditer(match.group(1))]
            texts = [match.group(1)[a:b].strip() for a, b in parts]
            if not parts or not all(_ADMIN_PART_RE.fullmatch(t) for t in texts):
                continue
            found = []
            for k, (a, b) in enumerate(parts):
                start, end = match.start(1) + a, match.start(1) + b
                # one part alone may be the town itself: "in Tripoli Airport Road (Tripoli)"
                level = None if len(parts) == 1 else "ADM1" if k == len(parts) - 1 else "ADM2"
                m = _Mention(start, end, doc.text[start:end], level, True, admin_note=True)
                if self._candidate_rows(m):
                    found.append(m)
            if found:
                span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
                if span is not None:
                    covered.update(range(span.start, span.end))
                out.extend(found)
        return out

    def _ngram_mentions(
        self, doc: Doc, covered: set[int], place_tokens: set[int]
    ) -> list[_Mention]:
        """Capitalized runs the NER missed or mislabelled, kept when the context marks a place."""
        out: list[_Mention] = []
        n = len(doc)
        i = 0
        while i < n:
            if i in covered or not _capitalized(doc[i].text):
                i += 1
                continue
            j = i
            while j < n and j not in covered and _capitalized(doc[j].text):
                j += 1
            mention = self._run_mention(doc, i, j, place_tokens)
            if mention is not None:
                out.append(mention)
                place_tokens.update(range(i, j))
            i = j
        return out

    def _run_mention(self, doc: Doc, i: int, j: int, place_tokens: set[int]) -> _Mention | None:
        by_name = self.gazetteer.by_name
        starts = [i]
        if j - i > 1 and (
            doc[i].is_stop
            or doc[i].lower_ in _DIRECTIONS
            or doc[i].is_sent_start
            or doc[i].lower_ in _NOT_PLACES
        ):
            starts.append(i + 1)
        for s in starts:
            for e in range(j, s, -1):
                key = normalize(doc[s:e].text)
                if key in _NOT_PLACES or not by_name.get(key):
                    continue
                org_prefix = e < j and doc[e].lower_ in _ORG_WORDS
                if e < j and not org_prefix and self.gazetteer.feature[by_name[key][0]] != "PCLI":
                    continue  # a country may open a longer name: "Malaysia Airlines"
                before = doc[s - 1].lower_ if s > 0 else ""
                after = doc[e].lower_ if e < len(doc) else ""
                level = _level_of(after)
                rows = by_name[key]
                salient = self.gazetteer.feature[rows[0]] in ("PCLI", "ADM1") and not any(
                    t.ent_type_ == "PERSON" for t in doc[s:e]
                )
                # "HARTFORD —", "NEWARK (AP) --": an all-caps name opening a story or a line
                dateline = (
                    all(t.text.isupper() for t in doc[s:e])
                    and (after in {",", "-", "(", "—", "--", "–"})
                    and (
                        s == 0 or doc[s].is_sent_start or doc[s - 1].like_num or doc[s - 1].is_space
                    )
                )
                described = org_prefix or after in _PLACE_NOUNS
                of_place = (
                    before == "of"
                    and s >= 2
                    and (doc[s - 2].lower_ in _OF_HEADS or doc[s - 2].lower_ in ADMIN_WORDS)
                )
                listed = (
                    before in _LISTING
                    and s >= 2
                    and (
                        (s - 2) in place_tokens
                        or doc[s - 2].lower_ in ADMIN_WORDS
                        or doc[s - 2].lower_ in _TOWN_WORDS
                        or _capitalized(doc[s - 2].text)
                    )
                )
                if (
                    doc[s].ent_type_ in ("ORG", "NORP", "PERSON")
                    and doc[s].ent_iob_ == "B"
                    and all(doc[k].ent_iob_ == "I" for k in range(s + 1, e))
                    and (e == len(doc) or doc[e].ent_iob_ != "I")
                    and before not in _LOCATIVE
                    and before not in _OPENING
                    and not level
                    and not of_place
                    and not dateline
                    and not listed
                ):
                    return None  # the NER read the whole name as an organization or person
                if s > 0 and doc[s - 1].text in ("-", "–") and not doc[s - 2].whitespace_:
                    return None  # the tail of a hyphenated name: "Takht-e-Pol"
                if (
                    level
                    or salient
                    or dateline
                    or before in _OPENING
                    or of_place
                    or (before in _LOCATIVE and before != "of")
                    or listed
                    or (described and self.gazetteer.population[rows[0]] >= 1000)
                ):
                    start = doc[s].idx
                    end = doc[e - 1].idx + len(doc[e - 1].text)
                    return _Mention(
                        start, end, doc[s:e].text, level, False, _is_modifier(doc[e - 1])
                    )
                return None
        return None

    def _candidate_rows(self, m: _Mention) -> tuple[int, ...]:
        gaz = self.gazetteer
        rows = gaz.candidates(m.text)
        if not rows and m.text.lower().startswith("al-"):
            rows = gaz.candidates(m.text[3:])
        if rows and m.text.isupper() and len(m.text) <= 5 and m.start > 0:
            # an acronym ("NISA", "GNA") names a place only when it is a country or province code
            rows = tuple(r for r in rows if gaz.feature[r] in ("PCLI", "ADM1"))
        return rows[:_MAX_CANDIDATES]

    def _best(
        self,
        m: _Mention,
        rows: Sequence[int],
        context: Counter[str],
        keys: set[str],
        regions: set[tuple[str, str]] | None = None,
    ) -> tuple[int, float, str]:
        gaz = self.gazetteer
        total = sum(context.values()) or 1.0
        key = normalize(m.text)
        towns = {(gaz.iso2[r], gaz.admin1[r]) for r in rows if gaz.feature[r] in ("PPL", "PPLC")}
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
            if (
                m.level is None
                and feature in ("ADM1", "ADM2")
                and (gaz.iso2[row], gaz.admin1[row]) in towns
                and normalize(gaz.names[row]) == key
            ):
                s -= 2.0  # a bare name shared by a province and its town means the town
            iso3 = gaz.iso3(row)
            weight = context.get(iso3, 0) if iso3 else 0
            if weight:
                s += 1.0 + 2.0 * weight / total
                notes.append(f"article context {iso3}")
            a1, a2 = normalize(gaz.admin1[row]), normalize(gaz.admin2[row])
            if feature not in ("ADM1", "PCLI") and (
                (a1 and a1 != key and a1 in keys) or (a2 and a2 != key and a2 in keys)
            ):
                s += 2.5
                notes.append(_IN_NAMED)
            elif feature == "ADM1" and regions and (gaz.iso2[row], gaz.admin1[row]) in regions:
                s += 2.5
                notes.append("holds a place named beside it")
            if normalize(gaz.names[row]) == key:
                s += 0.5
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

        Preference: a place in the sentence itself (one introduced by "in/at/near/..." first, the
        most specific first); then the nearest earlier mention in the article; then the first
        hinted country (precision 3). See ``coder.geo_locate``.

        Args:
            sentence: the event's sentence (offsets into the article text).
            mentions: the article's resolved mentions (from ``geoparse``).
            country_hints: ISO3 codes suggested by other stages.

        Returns:
            The location with ACLED geo_precision set, or None when nothing is known.
        """
        return choose_location(self.gazetteer, sentence, mentions, country_hints=country_hints)


def _demonym_use(ent: Span, gaz: Gazetteer) -> bool:
    """True when a GPE entity is a demonym ("Somali") rather than a place ("Somali region")."""
    if not gaz.candidates(_POSSESSIVE_RE.sub("", ent.text)):
        return True
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return (
        _level_of(after) is None
        and gaz.iso3_for_demonym(ent.text) is not None
        and gaz.iso3_for_country(ent.text) is None
    )


def _is_modifier(last: Token) -> bool:
    """True when a name's last token qualifies a following noun ("US dollar", "Syria envoy")."""
    return (
        last.dep_ in ("compound", "amod", "nmod")
        and last.head.i > last.i
        and (last.head.pos_ in ("NOUN", "PROPN"))
    )


def _level_of(word: str) -> str | None:
    if word in ("city", "town", "village"):
        return "PPL"
    if word in ADMIN1_WORDS:
        return "ADM1"
    if word in ADMIN2_WORDS:
        return "ADM2"
    return None


def _capitalized(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and any(ch.isalpha() for ch in text)

"""Finding the toponym mentions of a parsed article, before any resolution.

``MentionFinder.find`` reads spaCy GPE/LOC/FAC entities, the parts of an ACLED-style note
"(District, Province)", and capitalized runs the NER missed when a preposition, an
administrative word or a following noun marks them as places. Asked for every toponym, it also
reports demonyms ("Syrian troops": Syria) and place names inside organization names ("Texas A&M",
"the Alexandria Police"), the mentions geoparsing corpora count. Demonyms always inform the
article's country weights.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from coder.gazetteer import Gazetteer
from coder.geo_cues import (
    DIRECTIONS,
    LISTING,
    LOCATIVE,
    NOT_PLACE_LABELS,
    OF_HEADS,
    OPENING,
    ORG_WORDS,
    PLACE_LABELS,
    PLACE_NOUNS,
    TOWN_WORDS,
)
from coder.geo_entities import misdated_name, place_entities
from coder.geo_extent import NameExtent
from coder.geo_features import REGION_ADJECTIVES
from coder.geo_inner import (
    PEOPLE_NOUNS,
    acronym,
    after_person,
    backer,
    capitalized,
    facility_town,
    governed_place,
    inner_place,
    lone_place,
    misread_place,
    opens_way_name,
    person_word,
    trailing_division,
)
from coder.geo_locate import NOT_PLACES
from coder.geo_mention import Mention, demonym_mention, is_modifier, level_of, region_mention
from coder.geo_names import (
    ADMIN_WORDS,
    NOTE_DIVISION_ABBREVIATIONS,
    normalize,
)
from coder.geo_repeats import repeated_mentions

__all__ = ["Mention", "MentionFinder"]

_PAREN_RE = re.compile(r"\(([^()]{3,80})\)")
_PART_RE = re.compile(r"[^,\s](?:[^,]*[^,\s])?")
_ADMIN_PART_RE = re.compile(r"[A-Z][\w'’.&-]*(?:[ -][\w'’.-]+){0,3}")
_POSSESSIVE_RE = re.compile(r"\s*['’]s?$")
_BARE_POSSESSIVE_POP = 200_000
_MAX_CANDIDATES = 40


class MentionFinder:
    """Finds toponym mentions in parsed text, using a gazetteer to tell names from words."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        """Create a finder.

        Args:
            gazetteer: the place index.
        """
        self.gazetteer = gazetteer
        self.extent = NameExtent(gazetteer)

    def find(
        self, doc: Doc, context: Counter[str], *, every_toponym: bool = False
    ) -> list[Mention]:
        """The place mentions of a parsed article, in text order.

        Args:
            doc: the spaCy parse.
            context: ISO3 weights of the article (half-units); demonyms add to it.
            every_toponym: also report demonyms and place names inside organization names.

        Returns:
            Mentions that have at least one gazetteer candidate.
        """
        gaz = self.gazetteer
        mentions: list[Mention] = []
        covered: set[int] = set()
        place_tokens: set[int] = set()
        for ent in place_entities(doc, gaz):
            if ent.start in place_tokens:
                continue  # taken by a longer name already ("Kut e Abdollah")
            if ent.label_ in PLACE_LABELS:
                ent = self.extent.whole_name(doc, ent, covered)
            if ent.label_ in NOT_PLACE_LABELS:
                if not misdated_name(ent):  # "in Turbat" tagged as a date: left to the runs
                    covered.update(range(ent.start, ent.end))
            elif misread_place(gaz, ent):  # "rebels attacked Aleppo" (NORP), "shelled Idlib" (ORG)
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, None, False))
                covered.update(range(ent.start, ent.end))
            elif ent.label_ == "NORP" or (ent.label_ == "GPE" and _demonym_use(ent, gaz)):
                demonym_iso3 = gaz.iso3_for_demonym(ent.text)
                region = REGION_ADJECTIVES.get(normalize(ent.text))
                if region and every_toponym:
                    mentions.append(region_mention(ent, region))
                if demonym_iso3:
                    if not backer(ent):  # "Saudi-led coalition": the scene is elsewhere
                        context[demonym_iso3] += 4
                    covered.update(range(ent.start, ent.end))
                    if every_toponym:
                        mentions.append(demonym_mention(ent, demonym_iso3))
            elif (
                every_toponym and ent.label_ in PLACE_LABELS and len(ent) == 1 and person_word(ent)
            ):
                covered.add(ent.start)  # "coach Ripley", "Salah" of "Mohamed Salah"
            elif ent.label_ in PLACE_LABELS:
                found = [m for m in self.entity_mentions(ent) if self.candidate_rows(m)]
                if not found:
                    found = self.extent.city_of_quarter(ent)  # "Mogadishu-Hodan"
                if not found and (town := facility_town(gaz, ent)):
                    found = [Mention(*town, None, False)]  # "targeted Hama Airbase"
                if not found and every_toponym:
                    found = self._inner_mentions(ent)  # "the Oxford Civic Center"
                if found:
                    mentions.extend(found)
                    covered.update(range(ent.start, ent.end))
                    place_tokens.update(range(ent.start, ent.end))
            elif ent.label_ == "PERSON" and (
                (len(ent) == 1 and lone_place(gaz, ent)) or governed_place(gaz, ent)
            ):
                mentions.append(Mention(ent.start_char, ent.end_char, ent.text, None, False))
                covered.update(range(ent.start, ent.end))
            elif ent.label_ in ("PERSON", "ORG") and (division := trailing_division(gaz, ent)):
                mentions.append(Mention(*division, None, False))  # "in Mojolo Sinaloa"
            elif ent.label_ == "ORG" and (town := facility_town(gaz, ent)):
                mentions.append(Mention(*town, None, False))  # "targeted Hama Airbase"
                covered.update(range(ent.start, ent.end))
            elif every_toponym and ent.label_ == "ORG":
                inner = self._inner_mentions(ent)
                if inner:
                    mentions.extend(inner)
                    covered.update(range(ent.start, ent.end))
        notes = self._admin_notes(doc, covered)
        mentions = [m for m in mentions if not any(n.start <= m.start < n.end for n in notes)]
        mentions.extend(notes)
        mentions.extend(self._ngram_mentions(doc, covered, place_tokens))
        mentions.extend(repeated_mentions(doc, mentions, every_toponym=every_toponym))
        mentions = [
            m for m in mentions if not self.extent.group_name_part(doc, m, self.candidate_rows(m))
        ]
        mentions.sort(key=lambda m: m.start)
        return mentions

    def entity_mentions(self, ent: Span) -> list[Mention]:
        """The entity as one mention, or its comma-separated parts ("Alexandria, La.")."""
        whole = self._entity_mention(ent)
        if whole is not None and self.candidate_rows(whole):
            return [whole]
        parts: list[Mention] = []
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

    def _entity_mention(self, ent: Span) -> Mention | None:
        tokens = list(ent)
        while tokens and tokens[0].lower_ in ("the", "a"):
            tokens.pop(0)
        while tokens and tokens[-1].lower_ in ("'s", "’s", "'", "’"):
            tokens.pop()  # "San Francisco's roads"
        level = None
        town_named = tokens[-1].lower_ in TOWN_WORDS and any(
            self.gazetteer.feature[r] in ("PPL", "PPLC")
            for r in self.gazetteer.by_name.get(normalize(" ".join(t.text for t in tokens)), ())
        )  # "Kansas City", "Mexico City" name towns of their own
        while (
            len(tokens) > 1
            and not town_named
            and (tokens[-1].lower_ in ADMIN_WORDS or tokens[-1].lower_ in TOWN_WORDS)
        ):
            level = level_of(tokens.pop().lower_) or level
        if not tokens:
            return None
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if after is not None and level is None:
            level = level_of(after.lower_)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return Mention(
            start,
            end,
            ent.doc[tokens[0].i : tokens[-1].i + 1].text,
            level,
            True,
            is_modifier(tokens[-1]),
        )

    def _admin_notes(self, doc: Doc, covered: set[int]) -> list[Mention]:
        """Parts of an ACLED-style note "(District, Province)": the last part a first-level
        division, the others second-level. Their tokens are covered even when a part is unknown,
        so that no piece of an unknown division ("Mayo" of "Mayo-Sava") is read as a town."""
        out: list[Mention] = []
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
                text = doc.text[start:end]
                m = Mention(start, end, text, level, True, admin_note=True)
                if k == len(parts) - 1 and text in NOTE_DIVISION_ABBREVIATIONS:
                    m = replace(m, level="ADM1", refers=NOTE_DIVISION_ABBREVIATIONS[text])
                if self.candidate_rows(m):
                    found.append(m)
            if found:
                span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
                if span is not None:
                    covered.update(range(span.start, span.end))
                out.extend(found)
        return out

    def _ngram_mentions(self, doc: Doc, covered: set[int], place_tokens: set[int]) -> list[Mention]:
        """Capitalized runs the NER missed or mislabelled, kept when the context marks a place."""
        out: list[Mention] = []
        n = len(doc)
        i = 0
        while i < n:
            if i in covered or not capitalized(doc[i].text):
                i += 1
                continue
            j = i
            while j < n and j not in covered and capitalized(doc[j].text):
                j += 1
            j = self.extent.run_end(doc, i, j, covered)
            if self.extent.in_unknown_compound(doc, i, j):
                i = j
                continue
            mention = self._run_mention(doc, i, j, place_tokens)
            if mention is not None:
                out.append(mention)
                place_tokens.update(range(i, j))
            i = j
        return out

    def _run_mention(self, doc: Doc, i: int, j: int, place_tokens: set[int]) -> Mention | None:
        by_name = self.gazetteer.by_name
        starts = [i]
        if j - i > 1 and (
            doc[i].is_stop
            or doc[i].lower_ in DIRECTIONS
            or doc[i].is_sent_start
            or doc[i].lower_ in NOT_PLACES
        ):
            starts.append(i + 1)
        for s in starts:
            for e in range(j, s, -1):
                key = normalize(doc[s:e].text)
                if key in NOT_PLACES or not by_name.get(key):
                    continue
                org_prefix = e < j and doc[e].lower_ in ORG_WORDS
                if e < j and not org_prefix and self.gazetteer.feature[by_name[key][0]] != "PCLI":
                    continue  # a country may open a longer name: "Malaysia Airlines"
                before = doc[s - 1].lower_ if s > 0 else ""
                after = doc[e].lower_ if e < len(doc) else ""
                level = level_of(after)
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
                described = org_prefix or after in PLACE_NOUNS
                of_place = (
                    before == "of"
                    and s >= 2
                    and (
                        doc[s - 2].lower_ in OF_HEADS
                        or doc[s - 2].lower_ in ADMIN_WORDS
                        or after_person(doc, s - 1)
                    )
                )
                listed = (
                    before in LISTING
                    and s >= 2
                    and (
                        (s - 2) in place_tokens
                        or doc[s - 2].lower_ in ADMIN_WORDS
                        or doc[s - 2].lower_ in TOWN_WORDS
                        or capitalized(doc[s - 2].text)
                    )
                )
                if after in PEOPLE_NOUNS and doc[s].ent_type_ in ("NORP", "PERSON"):
                    return None  # "Maasai and Kikuyu ethnic militias": a people's name
                if opens_way_name(doc, s, e):
                    return None  # "Riad al-Solh Square"
                if (
                    doc[s].ent_type_ in ("ORG", "NORP", "PERSON")
                    and doc[s].ent_iob_ == "B"
                    and all(doc[k].ent_iob_ == "I" for k in range(s + 1, e))
                    and (e == len(doc) or doc[e].ent_iob_ != "I")
                    and before not in LOCATIVE
                    and before not in OPENING
                    and not level
                    and not of_place
                    and not dateline
                    and not listed
                    and not (described and self.gazetteer.population[rows[0]] >= 1000)
                ):
                    return None  # the NER read the whole name as an organization or person
                if (
                    s > 1
                    and doc[s - 1].text in ("-", "–")
                    and not doc[s - 2].whitespace_
                    and doc[s - 2].text not in ("D", "R", "I")  # "Sen. Ray Roe, D-Ohio"
                ):
                    return None  # the tail of a hyphenated name: "Takht-e-Pol"
                partisan = (  # "Sen. Ray Roe, D-Ohio"
                    before in ("-", "–") and s >= 2 and doc[s - 2].text in ("D", "R", "I")
                )
                if (
                    level
                    or partisan
                    or salient
                    or dateline
                    or before in OPENING
                    or of_place
                    or (before in LOCATIVE and before != "of")
                    or listed
                    or (described and self.gazetteer.population[rows[0]] >= 1000)
                ):
                    start = doc[s].idx
                    end = doc[e - 1].idx + len(doc[e - 1].text)
                    return Mention(start, end, doc[s:e].text, level, False, is_modifier(doc[e - 1]))
                return None
        return None

    def _inner_mentions(self, ent: Span) -> list[Mention]:
        found = inner_place(self.gazetteer, ent)
        if found is None:
            return []
        start, end, text, iso3 = found
        return [Mention(start, end, text, None, False, True, False, iso3, True)]

    def candidate_rows(self, m: Mention) -> tuple[int, ...]:
        """The gazetteer rows a mention may name (most populous first, at most 40)."""
        gaz = self.gazetteer
        if m.refers:
            return gaz.candidates(m.refers)[:1]
        if m.country:
            row = gaz.country_row(m.country)
            return (row,) if row is not None else ()
        rows = gaz.candidates(m.text)
        if not rows and m.text.lower().startswith("al-"):
            rows = gaz.candidates(m.text[3:])
        if not rows and len(m.text) > 4 and m.text.endswith("s") and m.text[-2].islower():
            # a possessive written without its apostrophe, as conflict notes do ("Benins
            # electoral commission", "in Nairobis Kibera"): a country or a large city only
            rows = tuple(
                r
                for r in gaz.candidates(m.text[:-1])
                if gaz.feature[r] == "PCLI" or gaz.population[r] >= _BARE_POSSESSIVE_POP
            )
        if rows and acronym(m.text) and m.start > 0:
            # an acronym ("NISA", "GNA") names a place only when it is a country or province code
            rows = tuple(r for r in rows if gaz.feature[r] in ("PCLI", "ADM1"))
        return rows[:_MAX_CANDIDATES]


def _demonym_use(ent: Span, gaz: Gazetteer) -> bool:
    """True when a GPE entity is a demonym ("Somali") rather than a place ("Somali region")."""
    if not gaz.candidates(_POSSESSIVE_RE.sub("", ent.text)):
        # no place of that name: a demonym when it is one; else "Puli Alam city" (a place
        # with its kind after it) or "Alexandria, La." is left to the place branch
        return gaz.iso3_for_demonym(ent.text) is not None
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return (
        level_of(after) is None
        and gaz.iso3_for_demonym(ent.text) is not None
        and gaz.iso3_for_country(ent.text) is None
    )

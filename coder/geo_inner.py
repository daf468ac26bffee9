"""Places the NER labels as something else: inside organization names, or as a person.

Geoparsing corpora count a place named inside an organization's or a building's name as a
toponym (associative use). ``inner_place`` finds one per name: a demonym or a place opening it,
a place after "of", a country closing it, or the whole name when it is a country, a province or
a large city ("Liverpool beat Chelsea"). One common word alone ("Supreme", "College") counts only
before an organization word ("Hagerstown Police") or when it names a large city. ``lone_place``
accepts a one-word "person" that is a well-known place ("Tunisia was the first country to ...")
unless a people noun follows it ("Kikuyu people"). ``backer`` ("Saudi-led") and ``after_person``
("Jane Roe, 41, of X") are token tests the mention finder shares.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from coder.actor_text import BLOCK_AFTER
from coder.gazetteer import Gazetteer
from coder.geo_cues import DIRECTIONS, ORG_WORDS
from coder.geo_locate import NOT_PLACES
from coder.geo_names import normalize

_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "president",
        "minister",
        "coach",
        "sen",
        "rep",
        "gov",
        "officer",
        "judge",
        "pastor",
        "rev",
    }
)
# a street or square is mostly named after a person or an idea, not after the town it is in
_WAYS = frozenset(
    {"square", "street", "avenue", "boulevard", "road", "bridge", "roundabout", "circle", "lane"}
)
_SAYING = frozenset({"said", "says", "told", "added", "asked", "'s", "’s"})


def capitalized(text: str) -> bool:
    """True for a word that starts with a capital and has a letter ("Kabul", "U.S.")."""
    return len(text) > 1 and text[0].isupper() and any(ch.isalpha() for ch in text)


def inner_place(gaz: Gazetteer, ent: Span) -> tuple[int, int, str, str | None] | None:
    """The place named inside a longer name, if any.

    Args:
        gaz: the place index.
        ent: the name (an ORG or FAC entity).

    Returns:
        (start, end, text, ISO3 of a demonym or None), character offsets; or None.
    """
    tokens = list(ent)
    while tokens and tokens[0].lower_ in ("the", "a"):
        tokens.pop(0)
    if not tokens or not capitalized(tokens[0].text):
        return None
    first = tokens[0]
    iso3 = gaz.iso3_for_demonym(first.text) if len(tokens) > 1 else None
    if iso3 and not gaz.candidates(first.text):
        return first.idx, first.idx + len(first.text), first.text, iso3
    spans: list[tuple[int, int]] = []
    of_at = next((t.i for t in tokens if t.lower_ == "of"), None)
    if of_at is not None and of_at + 1 < tokens[-1].i + 1:
        spans.append((of_at + 1, tokens[-1].i + 1))
    spans.extend((first.i, k) for k in range(tokens[-1].i + 1, first.i, -1))
    if len(tokens) > 2:
        spans.append((tokens[-1].i, tokens[-1].i + 1))  # "... Villages Sudan"
    for a, b in spans:
        part = ent.doc[a:b]
        key = normalize(part.text)
        if key in NOT_PLACES or not all(capitalized(t.text) or t.is_punct for t in part):
            continue
        rows = gaz.by_name.get(key, ())
        if not rows:
            continue
        feature, pop = gaz.feature[rows[0]], gaz.population[rows[0]]
        whole = b - a == len(tokens)
        named = b < ent.end and ent.doc[b].lower_ in ORG_WORDS
        salient = feature in ("PCLI", "ADM1", "CONT")
        if a != first.i and a != (of_at or 0) + 1 and not salient:
            continue  # a name closing an organization's name counts when it is a country
        if b - a == 1 and (part[0].lower_ in DIRECTIONS or person_word(part)):
            continue
        if not whole and tokens[-1].lower_ in _WAYS and not salient:
            continue  # "Riad al-Solh Square", "Tahrir Square": named after a person or an idea
        if whole:
            accept = feature in ("PCLI", "ADM1") or pop >= 200_000
        elif b - a > 1:
            accept = salient or pop >= 10_000
        else:  # one word ("Supreme", "College") is a place only before "Police" or when large
            accept = salient or pop >= 50_000 or (named and pop >= 1000)
        if accept:
            return part.start_char, part.end_char, part.text, None
    return None


def lone_place(gaz: Gazetteer, ent: Span) -> bool:
    """True when a one-word PERSON entity is a well-known place the NER mislabelled.

    People are introduced with two names; a single word that is a country, a province, a region
    or a city of 100,000+, used nowhere else in the article inside a person's name, without a
    title before it, a verb of saying or a people noun ("Kikuyu people") after it, is taken for a
    place.

    Args:
        gaz: the place index.
        ent: the entity.
    """
    rows = gaz.by_name.get(normalize(ent.text), ())
    if not rows or not capitalized(ent.text):
        return False
    feature, pop = gaz.feature[rows[0]], gaz.population[rows[0]]
    if feature in ("PPL", "PPLC", "ADM2") and pop < 100_000:
        return False
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return after not in _SAYING and after not in PEOPLE_NOUNS and not person_word(ent)


_JURISDICTIONS = frozenset(
    {"municipality", "council", "mayor", "town", "city", "village", "county", "township"}
    | {"district", "province", "state", "department", "commune", "parish", "outskirts"}
)


def governed_place(gaz: Gazetteer, ent: Span) -> bool:
    """True when a PERSON entity is a place a jurisdiction noun governs: "the municipal council
    of Chilapa de Álvarez", "the mayor of San Miguel Totolapan" (no person is a council's)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    if doc[ent.start - 2].lower_ not in _JURISDICTIONS:
        return False
    return bool(gaz.candidates(ent.text))


# Nouns after a name that make it a people's name, not a place ("Kikuyu people", "Kikuyu ethnic
# militias"); a town's residents or youths are at the town, so those nouns are not here.
PEOPLE_NOUNS = frozenset(
    {
        "people",
        "peoples",
        "tribe",
        "tribes",
        "tribesmen",
        "clan",
        "clans",
        "clansmen",
        "community",
        "communities",
        "ethnic",
        "militia",
        "militias",
        "militiamen",
        "herders",
        "herdsmen",
        "pastoralists",
        "warriors",
        "raiders",
        "elders",
    }
)


_REGIONS = frozenset({"PCLI", "ADM1", "RGN", "CONT"})


def misread_place(gaz: Gazetteer, ent: Span) -> bool:
    """True when a one-word NORP or ORG entity is a well-known place ("rebels attacked Aleppo",
    "troops shelled Idlib"): no demonym, and ``lone_place`` holds."""
    if ent.label_ not in ("NORP", "ORG") or len(ent) != 1:
        return False
    key = normalize(ent.text)
    rows = gaz.by_name.get(key, ())
    if not rows or (gaz.feature[rows[0]] not in _REGIONS and normalize(gaz.names[rows[0]]) != key):
        return False  # a town by its own name only: "Hamas" is an alternate spelling of Hamm
    return gaz.iso3_for_demonym(ent.text) is None and lone_place(gaz, ent)


def person_word(ent: Span) -> bool:
    """True when a one-word entity is a person's name: a title precedes it ("coach Ripley"), or
    the article uses the word inside a longer person's name ("Mohamed Salah" ... "Salah")."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    if before in _TITLES:
        return True
    if not ent.text.istitle():
        return False  # "US" inside a garbled byline name is still the country
    word = ent.text.lower()
    return any(
        e.label_ == "PERSON" and len(e) > 1 and any(t.lower_ == word for t in e) for e in doc.ents
    )


def backer(ent: Span) -> bool:
    """True for a demonym that names who leads or backs something ("Saudi-led", "US-backed")."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-":
        return doc[ent.end + 1].lower_ in BLOCK_AFTER
    return False


def after_person(doc: Doc, of_at: int) -> bool:
    """True when "of" at ``of_at`` follows a person's name or age: "Jane Roe, 41, of X"."""
    k = of_at - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].like_num:
        k -= 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
    return k >= 0 and doc[k].ent_type_ == "PERSON"


def opens_way_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` open a longer entity that names a street or square ("Riad"
    of "Riad al-Solh Square")."""
    if doc[start].ent_iob_ not in ("B", "I"):
        return False
    k = end
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k > end and doc[k - 1].lower_ in _WAYS


def acronym(text: str) -> bool:
    """An acronym ("NISA", "GNA", "FAMa"): short, with two capitals or more."""
    return len(text) <= 5 and (text.isupper() or sum(ch.isupper() for ch in text) >= 2)


# facilities named after their town: "Hama Airbase", "Kandahar Airfield", "Gao airport"
_FACILITY_WORDS = frozenset(
    {"airbase", "airfield", "airport", "barracks", "garrison", "prison", "base", "camp"}
)


def facility_town(gaz: Gazetteer, ent: Span) -> tuple[int, int, str] | None:
    """The town a facility's name opens with ("Hama Airbase" lies at Hama), as (start, end,
    text) character offsets; None when the name is not "<town> <facility word>"."""
    tokens = [t for t in ent if t.lower_ not in ("the", "a")]
    if len(tokens) < 2 or tokens[-1].lower_ not in _FACILITY_WORDS:
        return None
    name = tokens[:-1]
    if tokens[-2].lower_ == "air" and len(tokens) > 2:  # "Bagram Air Base"
        name = tokens[:-2]
    if not all(capitalized(t.text) for t in name):
        return None
    text = ent.doc[name[0].i : name[-1].i + 1].text
    towns = [
        r
        for r in gaz.candidates(text)
        if gaz.feature[r] in ("PPL", "PPLC", "ADM1", "ADM2")
        and gaz.population[r] >= 1000
        and normalize(gaz.names[r]) == normalize(text)  # not a loose spelling ("Bahram")
    ]
    if not towns:
        return None
    return name[0].idx, name[-1].idx + len(name[-1].text), text


def trailing_division(gaz: Gazetteer, ent: Span) -> tuple[int, int, str] | None:
    """The province or country that ends a PERSON or ORG entity after "in/at/near" ("in
    Tepuche Sinaloa": a village the NER took for a person or a body, then its state), as
    (start, end, text)."""
    doc = ent.doc
    if len(ent) < 2 or ent.start == 0 or doc[ent.start - 1].lower_ not in ("in", "at", "near"):
        return None
    if ent.label_ != "PERSON" and len(ent) != 2:
        return None  # "in Norte de Santander" is a province of its own
    last = ent[-1]
    rows = gaz.by_name.get(normalize(last.text), ())
    if not capitalized(last.text) or not any(gaz.feature[r] in ("ADM1", "PCLI") for r in rows):
        return None
    return last.idx, last.idx + len(last.text), last.text

"""Lexical cues that mark a capitalized word run as a place (or as no place) in running text.

Word lists only, used by ``coder.geo`` when it looks for toponyms the NER missed: the words that
open or close a place name, the nouns that follow a town, the heads of "the outskirts of X".
"""

from __future__ import annotations

import re

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW", "LANGUAGE"}
)
TOWN_WORDS = frozenset({"city", "town", "village", "neighborhood", "neighbourhood", "area"})
LISTING = frozenset({",", "and", "/", "or"})  # a place only after another place: "X, Y and Z"
OPENING = frozenset({"("})
# "of X" marks a place only after these: "the outskirts of X", "the district of X"
OF_HEADS = frozenset(
    {
        "outskirts",
        "vicinity",
        "part",
        "parts",
        "suburb",
        "suburbs",
        "centre",
        "center",
        "countryside",
        "capital",
        "north",
        "south",
        "east",
        "west",
        "city",
        "town",
        "village",
        "area",
        "district",
        "province",
        "region",
        "governorate",
        "municipality",
        "county",
        "state",
        "outskirt",
        "people",
        "residents",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "market",  # "the weekly market of Ouallam"
        "streets",
        "entrance",
    }
)
# Words after a bare town name that show it is one: "an Alexandria man", "Gainesville officials".
PLACE_NOUNS = frozenset(
    {
        "man",
        "woman",
        "men",
        "women",
        "boy",
        "girl",
        "resident",
        "residents",
        "native",
        "officials",
        "police",
        "mayor",
        "council",
        "-based",
        "area",
        "schools",
        "businessman",
        "teen",
        "couple",
        "family",
        "families",
    }
)
DIRECTIONS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "greater",
        "upper",
        "lower",
    }
)
ORG_WORDS = frozenset(
    {
        "police",
        "department",
        "sheriff",
        "council",
        "university",
        "airport",
        "fire",
        "hospital",
        "school",
        "court",
        "mayor",
        "governor",
        "county",
        "city",
        "town",
        "village",
        "police station",
        "station",
        "market",
        "bazaar",
        "municipal",
        "high",
        "public",
        "community",
        "district",
        "province",
        "region",
        "state",
        "lga",  # a Nigerian local government area: "Bokkos LGA"
        "regional",
        "provincial",
        "military",
        "army",
        "authorities",
        "officials",
    }
)
LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "around",
        "inside",
        "across",
        "within",
        "of",
        "into",
        "towards",
        "toward",
        "between",
        "on",
        "along",
        "outskirts",
        "through",
        "throughout",
    }
)


MODIFIER_NOTE = "named as a modifier"  # "US dollar", "Kenya Police": no scene
# a country named as the far side of a border, or as where people went: "near the border with
# Somalia", "the Kenya-Somalia border", "fled into Somalia"; the event lies on this side (but
# "crossed into Kenya" brings the story in)
BEYOND_NOTE = "named as a border or a destination"
_BEYOND_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:border|frontier|boundary)\s+(?:with|of)|"
    r"\b(?:fled|fleeing|flee|flees|escaped|escaping|retreated|retreating|withdrew|returned|"
    r"returning|deported)\s+(?:back\s+)?(?:to|towards?|into|across))\s+(?:the\s+)?$"
)
_BEYOND_AFTER_RE = re.compile(r"(?i)^(?:\s*[-–]\s*[A-Z][\w'’]+)?\s+(?:border|frontier|boundary)\b")


def names_a_place_beyond(text: str, start: int, end: int) -> bool:
    """Whether a country's name at ``text[start:end]`` names the far side of a border or where
    someone went ("near the border with Somalia", "the Kenya-Somalia border", "fled into
    Somalia"): not where the event is."""
    return bool(
        _BEYOND_BEFORE_RE.search(text[max(0, start - 40) : start])
        or _BEYOND_AFTER_RE.match(text[end : end + 40])
    )

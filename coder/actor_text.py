"""Token normalisation and multi-word phrase lookup for the actor dictionary.

Phrases and dictionary aliases go through the same normalisation (accents folded, possessive
"'s" dropped, hyphens and punctuation as word breaks), so "al-Shabaab", "Al Shabaab" and
"Al-Shabaab's" all match. Aliases that look like acronyms ("IS", "AL", "LeT") match only with the
same capitals, so the English words "is", "al" and "let" never do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

_WORD = re.compile(r"[^\W_]+")
_CAPS_COMPOUND = re.compile(r"\b[A-Z]+(?:-[A-Z]+){2,}\b")
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


NUMBER_WORDS = _wordset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands dozen dozens scores score tens million millions"
)
# Leading words that only quantify or determine the noun ("at least 25", "a group of", "some").
QUANTIFIERS = NUMBER_WORDS | _wordset(
    "the a an some several many few numerous group groups number numbers lot lots handful couple "
    "at least more than about around over nearly almost up to of approximately estimated other "
    "another his her their its this these those that all both each any no unspecified"
)
# Words after which the rest of a noun phrase is a modifier, not its head.
HEAD_BREAKS = _wordset(
    "of in from at near on with who that which loyal belonging by for under during inside across "
    "along around allegedly reportedly"
)
# A country named next to these is not the actor's own ("Turkish-backed", "pro-Russian").
BLOCK_AFTER = _wordset(
    "backed led sponsored supported allied aligned funded trained based born made controlled "
    "held occupied affiliated linked"
)
BLOCK_BEFORE = frozenset({"pro", "anti"})
# A group named after these is the actor's enemy, not the actor ("anti-Houthi forces").
OPPOSED = frozenset({"anti"})
# Head nouns that name a deed done to someone, or a decision ("the arrest of two officers", "the
# government's decision"): such a phrase names no actor. Nouns of deeds the phrase's complement
# did ("attacks of pro-government forces", "a rally of the opposition") are not listed: their
# complement is the actor.
EVENT_HEADS = _wordset(
    "arrest arrests detention detentions abduction abductions kidnapping kidnappings killing "
    "killings murder murders death deaths eviction evictions visit visits decision decisions "
    "mandate project projects amendment policy policies order orders ban election elections "
    "meeting meetings funeral funerals ceremony ceremonies"
)
# Head nouns that name property or places: an actor only through a modifier that names one
# ("the police camp" is the police's), else none ("the office of the mayor", "a village").
PROPERTY_HEADS = _wordset(
    "office offices residence residences house houses home homes building buildings property "
    "properties shop shops store stores car cars vehicle vehicles truck trucks bus buses "
    "billboard billboards road roads highway highways camp camps post posts outpost outposts "
    "station stations premises compound compounds headquarters school schools hospital "
    "hospitals mosque mosques church churches village villages hamlet hamlets hut huts crops "
    "livestock cattle belongings materials farm farms land lands den market markets"
)
# Head nouns for the people of a body ("members of X"): X names the actor when the dictionary
# knows it, else they are people (civilians, or whatever the event makes of them).
MEMBER_NOUNS = _wordset("members member followers adherents staff staffers employees employee")
# Civilian bodies whose heads are no officials: "a community action board president"
CIVIL_BODIES = _wordset(
    "board union association club committee cooperative federation chamber society guild "
    "church parish mosque school university college company firm bank foundation"
)
# Words that may follow an ethnic or clan name in the head of a phrase naming its militia.
IDENTITY_WORDS = _wordset("clan clans sub subclan tribe tribes tribal ethnic community")


def fold(text: str) -> str:
    """Fold accents and curly quotes, and drop possessive "'s"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _POSSESSIVE.sub("", plain.replace("\u2019", "'"))


def words(text: str) -> list[str]:
    """Split a text into word tokens with their original case (after :func:`fold`).

    A capitalized name of three or more hyphenated parts ("PORT-AU-PRINCE") stays one token, so
    that no acronym ("AU") is read inside it.
    """
    return _WORD.findall(_CAPS_COMPOUND.sub(lambda m: m.group(0).replace("-", ""), fold(text)))


def is_acronym(alias: str) -> bool:
    """True for aliases that must match with their capitals: "IS", "SNA", "LeT", "M23"."""
    compact = "".join(_WORD.findall(alias))
    if not compact or " " in alias.strip():
        return False
    if compact.isupper():
        return True
    return len(compact) <= 5 and any(ch.isupper() for ch in compact[1:])


def is_number(token: str) -> bool:
    """True for a numeral token ("25", "2,000" splits into two) or a number word."""
    return token.isdigit() or token.lower() in NUMBER_WORDS


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A dictionary phrase found in a token list: tokens ``[start:end]``."""

    start: int
    end: int
    values: tuple[T, ...]
    alias: str


class PhraseIndex(Generic[T]):
    """Maps multi-word phrases to values; finds the longest phrases in a token list."""

    def __init__(self) -> None:
        self._folded: dict[tuple[str, ...], list[tuple[T, str]]] = {}
        self._exact: dict[tuple[str, ...], list[tuple[T, str]]] = {}
        self._longest = 0

    def add(self, alias: str, value: T) -> None:
        """Register ``alias`` for ``value`` (an alias may carry several values)."""
        tokens = words(alias)
        if not tokens:
            return
        if is_acronym(alias):
            self._exact.setdefault(tuple(tokens), []).append((value, alias))
        else:
            self._folded.setdefault(tuple(t.lower() for t in tokens), []).append((value, alias))
        self._longest = max(self._longest, len(tokens))

    def add_all(self, aliases: Iterable[str], value: T) -> None:
        """Register several aliases for one value."""
        for alias in aliases:
            self.add(alias, value)

    def lookup(self, tokens: list[str], lower: list[str]) -> tuple[list[T], str] | None:
        """Values of exactly this token sequence, or None."""
        hits = self._exact.get(tuple(tokens)) or self._folded.get(tuple(lower))
        if not hits:
            return None
        return [v for v, _ in hits], hits[0][1]

    def find(self, tokens: list[str], lower: list[str] | None = None) -> list[Match[T]]:
        """Longest non-overlapping matches, scanning left to right.

        Args:
            tokens: word tokens in their original case.
            lower: the same tokens lowercased (computed when not given).

        Returns:
            The matches in text order.
        """
        low = lower if lower is not None else [t.lower() for t in tokens]
        found: list[Match[T]] = []
        i = 0
        n = len(tokens)
        while i < n:
            for size in range(min(self._longest, n - i), 0, -1):
                hit = self.lookup(tokens[i : i + size], low[i : i + size])
                if hit is not None:
                    found.append(Match(i, i + size, tuple(hit[0]), hit[1]))
                    i += size
                    break
            else:
                i += 1
        return found


def strip_quantifiers(tokens: list[str]) -> int:
    """Index of the first token after leading determiners, numbers and quantifiers."""
    i = 0
    while i < len(tokens) and (tokens[i].lower() in QUANTIFIERS or is_number(tokens[i])):
        i += 1
    return i


def head_end(lower: list[str], start: int) -> int:
    """Index where the head of the noun phrase ends (the first preposition or relative word)."""
    for i in range(start + 1, len(lower)):
        if lower[i] in HEAD_BREAKS:
            return i
    return len(lower)


def blocked(lower: list[str], start: int, end: int) -> bool:
    """True when a country mention only modifies another word ("Turkish-backed", "pro-Russian")."""
    after = lower[end] if end < len(lower) else ""
    before = lower[start - 1] if start > 0 else ""
    return after in BLOCK_AFTER or before in BLOCK_BEFORE


def ends_head(lower: list[str], start: int, end: int, hend: int) -> bool:
    """True when tokens ``[start:end]`` end the head ``[:hend]``, identity words aside.

    "the Pokot" and "the Abgal clan" end their heads; in "a Fulani camp" the name only
    modifies the head noun.
    """
    return start < hend and all(w in IDENTITY_WORDS for w in lower[end:hend])


def names_property(lower: list[str], start: int, end: int) -> bool:
    """True when the head ``[start:end]`` ends in a noun that names property or a place.

    Such a head names an actor only through a modifier that names one ("police camp"), which
    this function does not judge.
    """
    return end > start and lower[end - 1] in PROPERTY_HEADS


def names_event(lower: list[str], start: int, end: int) -> bool:
    """True when the head ``[start:end]`` ends in an event noun ("arrest", "decision")."""
    return end > start and lower[end - 1] in EVENT_HEADS

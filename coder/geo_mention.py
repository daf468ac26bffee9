"""The value the toponym finders produce: one place mention, before resolution, and the small
constructors and word tests the finders share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from coder.geo_names import ADMIN1_WORDS, ADMIN2_WORDS


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names a place (character offsets into the article).

    Attributes:
        start, end, text: where the name is written.
        level: "ADM1" / "ADM2" / "PPL" when a word beside the name says what it is.
        from_ner: the NER labelled it a place.
        modifier: the name qualifies a noun ("US dollar", "Kenya Police").
        admin_note: a part of "(District, Province)" after a place.
        country: ISO3 of a demonym ("Syrian"); the mention names that country.
        in_name: the place is part of a longer name ("Texas A&M", "New York Times").
        refers: the name an adjective stands for ("European": "Europe").
    """

    start: int
    end: int
    text: str
    level: str | None
    from_ner: bool
    modifier: bool = False
    admin_note: bool = False
    country: str | None = None
    in_name: bool = False
    refers: str | None = None


def is_modifier(last: Token) -> bool:
    """True when a name's last token qualifies a following noun ("US dollar", "Syria envoy").

    A border is not: "10 km from the Kenya border" tells where the story is."""
    return (
        last.dep_ in ("compound", "amod", "nmod")
        and last.head.i > last.i
        and (last.head.pos_ in ("NOUN", "PROPN"))
        and last.head.lemma_.lower() not in BORDER_WORDS
    )


BORDER_WORDS = frozenset({"border", "frontier", "borderland", "boundary"})


def level_of(word: str) -> str | None:
    """The feature class a word after a name gives it ("town": PPL, "province": ADM1)."""
    if word in ("city", "town", "village"):
        return "PPL"
    if word in ADMIN1_WORDS:
        return "ADM1"
    if word in ADMIN2_WORDS:
        return "ADM2"
    return None


def demonym_mention(span: Span, iso3: str, *, in_name: bool = False) -> Mention:
    """A demonym ("Syrian") standing for its country."""
    text = span.text
    return Mention(
        span.start_char, span.start_char + len(text), text, None, True, True, False, iso3, in_name
    )


def region_mention(span: Span, region: str) -> Mention:
    """An adjective ("European") standing for its region."""
    return Mention(span.start_char, span.end_char, span.text, None, True, True, refers=region)

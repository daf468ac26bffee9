"""The value the toponym finders produce: one place mention, before resolution."""

from __future__ import annotations

from dataclasses import dataclass


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

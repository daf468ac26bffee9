"""Typed values passed between pipeline stages, and the event row contract.

Stage values are small frozen dataclasses (cheap on the hot path); the event row, which is the
public contract of the events table, is a pydantic model so its JSON Schema can be generated into
``schema/``. Character offsets are always offsets into the article text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

# ACLED actor-type ("inter") codes.
INTER_LABELS: dict[int, str] = {
    0: "none",
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}

Modality = Literal["asserted", "reported", "claimed", "alleged"]


@dataclass(frozen=True, slots=True)
class Article:
    """One input text to code."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source_name: str | None = None
    publication_date: date | None = None
    source_file: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input record that could not be coded, with the reason; it goes to quarantine."""

    source_file: str
    line: int | None
    reason: str
    record_id: str | None = None
    raw: str | None = None  # an excerpt of the record (at most a few hundred characters)


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A span of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor resolved to ACLED and CAMEO conventions.

    Attributes:
        name: ACLED-style name, e.g. "Military Forces of Syria (2000-)", "Rebels (Syria)".
        inter: ACLED actor type 1-8 (see ``INTER_LABELS``).
        code: CAMEO-style code, e.g. "SYRMIL" (None when unknown).
        iso3: the actor's country, when it has one.
        span: where the actor is named in the text (None for actors inferred without a mention).
        entry_id: id of the dictionary entry that matched (None when coded from the head noun only).
        reason: a short human-readable explanation of the resolution.
    """

    name: str
    inter: int
    code: str | None = None
    iso3: str | None = None
    span: TextSpan | None = None
    entry_id: str | None = None
    reason: str = ""

    @property
    def known(self) -> bool:
        """True when a dictionary entry resolved the actor."""
        return self.entry_id is not None


class ActorResolver(Protocol):
    """What the extract stage needs from the actors stage."""

    def resolve(
        self, phrase: str, *, on: date | None = None, country_iso3: str | None = None
    ) -> ActorRef | None:
        """Resolve an actor phrase ("Syrian government forces") or return None if it is no actor."""
        ...


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event found in one sentence by one codebook rule, before place and date are attached.

    Attributes:
        rule_id: the codebook rule that fired (stable, e.g. "battles.armed_clash.clash").
        sentence_index: index of the sentence in the article (0-based, spaCy sentences).
        sentence: the sentence span.
        trigger: the trigger word or phrase span.
        actor1, actor2: the phrases in the text that fill the roles (resolution comes later).
        assoc_actor_1, assoc_actor_2: further actors coordinated with actor1 / actor2.
        modality: how the text asserts the event.
    """

    codebook: str
    codebook_version: str
    rule_id: str
    event_type: str
    sub_event_type: str
    disorder_type: str | None
    cameo_code: str | None
    sentence_index: int
    sentence: TextSpan
    trigger: TextSpan
    actor1: TextSpan | None = None
    actor2: TextSpan | None = None
    assoc_actor_1: tuple[TextSpan, ...] = ()
    assoc_actor_2: tuple[TextSpan, ...] = ()
    modality: Modality = "asserted"
    civilian_targeting: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place (a toponym mention or the chosen event location).

    ``geo_precision`` follows ACLED: 1 the town itself, 2 near a town or part of a region,
    3 a larger region (coded to its capital or centroid).
    """

    name: str
    latitude: float | None
    longitude: float | None
    country: str | None
    iso3: str | None
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    geo_precision: int = 1
    span: TextSpan | None = None
    score: float = 0.0
    reason: str = ""


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened; ``precision`` is ACLED's time_precision (1 day, 2 week, 3 month)."""

    date: date | None
    precision: int
    span: TextSpan | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Fatalities:
    """Reported deaths for an event: None when the text says nothing, 0 when it says nobody died."""

    count: int | None
    span: TextSpan | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """What the pipeline returns for one article."""

    article: Article
    rows: list[EventRow] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    n_sentences: int = 0


class EventRow(BaseModel):
    """One row of the events table (contract v1; ACLED column names first)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # identity
    event_id: str
    run_id: str
    article_id: str
    sentence_index: int
    codebook: str
    codebook_version: str
    rule_id: str
    # what
    event_type: str
    sub_event_type: str
    disorder_type: str | None = None
    cameo_code: str | None = None
    # who
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: str | None = None
    actor1_code: str | None = None
    actor2_code: str | None = None
    civilian_targeting: str | None = None  # ACLED writes "Civilian targeting" or leaves it empty
    # where
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    # when
    event_date: date | None = None
    year: int | None = None
    time_precision: int | None = None
    # how bad
    fatalities: int | None = None
    # evidence
    source: str | None = None
    source_url: str | None = None
    publication_date: date | None = None
    sentence: str
    trigger: str
    trigger_start: int
    trigger_end: int
    # beyond v1
    modality: str = "asserted"
    actor1_text: str | None = None
    actor2_text: str | None = None
    location_text: str | None = None
    date_text: str | None = None
    fatalities_text: str | None = None
    evidence: str | None = None  # JSON: per-field reasons, for `coder explain`
    # CAMEO and PLOVER views of the event (migration 002)
    cameo_root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    plover_mode: str | None = None


EVENT_COLUMNS: tuple[str, ...] = tuple(EventRow.model_fields)

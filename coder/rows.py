"""Assembling event rows from the stage values, with a deterministic event id."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from coder.models import (
    ActorRef,
    Article,
    Candidate,
    EventDate,
    EventRow,
    Fatalities,
    Place,
)


@dataclass(frozen=True, slots=True)
class TaxonomyView:
    """The event seen through CAMEO (root, QuadClass, Goldstein) and PLOVER (type, mode)."""

    cameo_root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover_type: str | None = None
    plover_mode: str | None = None


@dataclass(frozen=True, slots=True)
class EventParts:
    """Everything the stages found for one event, ready to become a row."""

    candidate: Candidate
    actor1: ActorRef | None
    actor2: ActorRef | None
    assoc_actor_1: tuple[ActorRef, ...]
    assoc_actor_2: tuple[ActorRef, ...]
    place: Place | None
    date: EventDate
    fatalities: Fatalities
    view: TaxonomyView = TaxonomyView()
    copy: int = 0  # 1, 2, ... for the further places of an event told at several places


def event_id(article_id: str, candidate: Candidate, copy: int = 0) -> str:
    """A stable id: same article, codebook version, sentence, trigger and rule (and, for the
    further places of an event told at several places, the place's rank) give the same id."""
    key = "\x1f".join(
        (
            article_id,
            candidate.codebook,
            candidate.codebook_version,
            str(candidate.sentence_index),
            str(candidate.trigger.start),
            candidate.rule_id,
            *((f"place {copy}",) if copy else ()),
        )
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def interaction_code(inter1: int | None, inter2: int | None) -> str | None:
    """ACLED's two-digit interaction: the two inter codes, lower first; a lone actor gives "N0"."""
    if inter1 is None:
        return None
    if not inter2:
        return f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


def _joined(actors: tuple[ActorRef, ...]) -> str | None:
    names = list(dict.fromkeys(a.name for a in actors))
    return "; ".join(names) if names else None


def _evidence(parts: EventParts) -> str:
    cand = parts.candidate
    fields: dict[str, object] = {
        "event_type": {
            "rule_id": cand.rule_id,
            "trigger": cand.trigger.text,
            "span": [cand.trigger.start, cand.trigger.end],
            "modality": cand.modality,
        },
    }
    for name, actor in (("actor1", parts.actor1), ("actor2", parts.actor2)):
        if actor is not None:
            fields[name] = {
                "text": actor.span.text if actor.span else None,
                "span": [actor.span.start, actor.span.end] if actor.span else None,
                "entry": actor.entry_id,
                "reason": actor.reason,
            }
    if parts.place is not None:
        span = parts.place.span
        fields["location"] = {
            "text": span.text if span else None,
            "span": [span.start, span.end] if span else None,
            "geonameid": parts.place.geonameid,
            "reason": parts.place.reason,
        }
    for name, span, reason in (
        ("event_date", parts.date.span, parts.date.reason),
        ("fatalities", parts.fatalities.span, parts.fatalities.reason),
    ):
        fields[name] = {
            "text": span.text if span else None,
            "span": [span.start, span.end] if span else None,
            "reason": reason,
        }
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def to_row(article: Article, parts: EventParts, run_id: str) -> EventRow:
    """Build the events-table row for one event."""
    cand = parts.candidate
    a1, a2, place, when = parts.actor1, parts.actor2, parts.place, parts.date
    inter1 = a1.inter if a1 else None
    inter2 = a2.inter if a2 else None
    civilian = cand.civilian_targeting or (a2 is not None and a2.inter == 7)
    return EventRow(
        event_id=event_id(article.id, cand, parts.copy),
        run_id=run_id,
        article_id=article.id,
        sentence_index=cand.sentence_index,
        codebook=cand.codebook,
        codebook_version=cand.codebook_version,
        rule_id=cand.rule_id,
        event_type=cand.event_type,
        sub_event_type=cand.sub_event_type,
        disorder_type=cand.disorder_type,
        cameo_code=cand.cameo_code,
        actor1=a1.name if a1 else None,
        assoc_actor_1=_joined(parts.assoc_actor_1),
        inter1=inter1,
        actor2=a2.name if a2 else None,
        assoc_actor_2=_joined(parts.assoc_actor_2),
        inter2=inter2,
        interaction=interaction_code(inter1, inter2),
        actor1_code=a1.code if a1 else None,
        actor2_code=a2.code if a2 else None,
        civilian_targeting="Civilian targeting" if civilian else None,
        country=place.country if place else None,
        iso3=place.iso3 if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.name if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        geonameid=place.geonameid if place else None,
        event_date=when.date,
        year=when.date.year if when.date else None,
        time_precision=when.precision if when.date else None,
        fatalities=parts.fatalities.count,
        source=article.source_name,
        source_url=article.url,
        publication_date=article.publication_date,
        sentence=cand.sentence.text,
        trigger=cand.trigger.text,
        trigger_start=cand.trigger.start,
        trigger_end=cand.trigger.end,
        modality=cand.modality,
        actor1_text=cand.actor1.text if cand.actor1 else None,
        actor2_text=cand.actor2.text if cand.actor2 else None,
        location_text=place.span.text if place and place.span else None,
        date_text=when.span.text if when.span else None,
        fatalities_text=parts.fatalities.span.text if parts.fatalities.span else None,
        evidence=_evidence(parts),
        cameo_root=parts.view.cameo_root,
        quad_class=parts.view.quad_class,
        goldstein=parts.view.goldstein,
        plover_type=parts.view.plover_type,
        plover_mode=parts.view.plover_mode,
    )

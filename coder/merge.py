"""One event per (type, sub-type, place, day) in an article: the last merge of the events a text
tells twice ("Students rally in Dhaka" and "rallied at Shahbagh in Dhaka")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from coder.metrics import place_km
from coder.rows import EventParts
from coder.same_event import gives_toll

__all__ = ["merge_duplicates"]


def _merge_key(p: EventParts) -> tuple[str, str, str | None, date | None]:
    loc = p.place.name if p.place else None
    return (p.candidate.event_type, p.candidate.sub_event_type, loc, p.date.date)


_SCENE_KM = 10.0


def _same_scene(first: EventParts, later: EventParts) -> bool:
    """Whether a later event of the same type, sub-type and day lies where the first does, told
    by another name ("rallied at Shahbagh in Dhaka" after "Students rally in Dhaka"); an event
    listed at several places keeps each."""
    if first.copy or later.copy or first.place is None or later.place is None:
        return False
    if _merge_key(first)[:2] != _merge_key(later)[:2] or first.date.date != later.date.date:
        return False
    km = place_km(first.place, later.place)
    return km is not None and km <= _SCENE_KM


def merge_duplicates(parts: Sequence[EventParts]) -> list[EventParts]:
    """One event per (type, sub-type, place, date) in an article: later sentences that repeat an
    event add their fatalities count only when the first mention had none or they give a toll
    that rose (never summed: they describe the same deaths)."""
    kept: dict[tuple[str, str, str | None, date | None], EventParts] = {}
    for p in parts:
        key = _merge_key(p)
        if key not in kept:
            key = next((k for k, q in kept.items() if _same_scene(q, p)), key)
        first = kept.get(key)
        if first is None:
            kept[key] = p
            continue
        updates: dict[str, Any] = {}
        if p.fatalities.count is not None and (
            first.fatalities.count is None
            or (
                gives_toll(p.candidate.sentence.text)
                and p.fatalities.count > first.fatalities.count
            )
        ):
            updates["fatalities"] = p.fatalities  # or a toll that rose: "taking the toll to seven"
        if first.actor1 is None and p.actor1 is not None:
            updates["actor1"] = p.actor1
        if first.actor2 is None and p.actor2 is not None:
            updates["actor2"] = p.actor2
        if updates:
            kept[key] = dataclasses.replace(first, **updates)
    return list(kept.values())

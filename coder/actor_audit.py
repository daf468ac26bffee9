"""Auditing a dictionary against coded events: the actor phrases no entry names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coder.actors import ActorDictionary
    from coder.store import Store


@dataclass(frozen=True)
class UnknownPhrase:
    """An actor phrase of coded events that no dictionary entry names.

    Attributes:
        phrase: the phrase as the sentences give it.
        count: how many actor slots of the events carry it.
        example: one sentence it comes from.
        resolved_as: what it resolves to without an entry (an agent noun in the event's
            country, "Protesters (Kenya)"), or None when it resolves to no actor at all.
    """

    phrase: str
    count: int
    example: str
    resolved_as: str | None


def unknown_actors(
    store: Store, actors: ActorDictionary, *, limit: int | None = 50
) -> list[UnknownPhrase]:
    """The actor phrases of a store's events that resolve to no dictionary entry, most used first.

    Each distinct phrase is resolved again with ``actors`` (on one of its events' dates and
    countries), so entries added since the coding run count as known.

    Args:
        store: an events store (a read-only one is enough).
        actors: the dictionary to check against.
        limit: how many phrases to return at most (None: all).

    Returns:
        The unknown phrases with their counts and an example sentence.

    Raises:
        StoreError: the store has no events table or the query failed.
    """
    found: list[UnknownPhrase] = []
    for row in store.actor_phrases().iter_rows(named=True):
        ref = actors.resolve(row["phrase"], on=row["on_date"], country_iso3=row["iso3"])
        if ref is not None and ref.entry_id is not None:
            continue
        found.append(
            UnknownPhrase(row["phrase"], row["n"], row["example"], ref.name if ref else None)
        )
        if limit is not None and len(found) >= limit:
            break
    return found

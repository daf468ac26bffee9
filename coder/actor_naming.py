"""ACLED-style naming: regime periods and name templates filled for a country and a date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coder.actor_dict import Agent, Country, Group, Period
from coder.models import ActorRef

_NO_COUNTRY = re.compile(r"\s*\(\{country\}\)|\s*\{period\}")
_CLOSED = re.compile(r"^\d{4}-\d{4}$")
# How long after an event its actor names still show the period as it read then (measured on
# the development data: a year fits ACLED's published names best).
RENAME_LAG = timedelta(days=365)


def in_range(on: date | None, start: date | None, end: date | None) -> bool:
    """True when ``on`` lies within inclusive bounds (an open bound or no date always does)."""
    if on is None:
        return True
    return (start is None or on >= start) and (end is None or on <= end)


def date_span(start: date | None, end: date | None) -> str:
    """ "2016-07-28..2017-01-27" (an open bound is left empty)."""
    return f"{start.isoformat() if start else ''}..{end.isoformat() if end else ''}"


def period_suffix(country: Country, on: date | None) -> str:
    """The regime-period suffix for a country on a date: " (2000-2024)", or "" when none.

    ACLED names an actor as its period reads when the event is coded and renames it once the
    period has closed and its data are revised; data published within about a year of an event
    still show the period open. So a period that ended more than a year after the event reads
    open ("2014-" for an event in 2019 under the 2014-2021 period), one that ended within the
    year reads closed.
    """
    if not country.periods:
        return ""
    if on is None:
        return f" ({country.periods[-1].label})"
    for period in country.periods:
        if in_range(on, period.from_, period.to):
            return f" ({_label_on(period, on)})"
    first = country.periods[0]
    return f" ({first.label})" if on < first.from_ else f" ({country.periods[-1].label})"


def _label_on(period: Period, on: date) -> str:
    """The period's label as published about a year after ``on`` (open when it had not ended)."""
    if period.to is None or period.to <= on + RENAME_LAG or not _CLOSED.match(period.label):
        return period.label
    return f"{period.from_.year}-"


def agent_ref(
    agent: Agent,
    noun: str,
    phrase_country: Country | None,
    country_word: str | None,
    event: Country | None,
    on: date | None,
    event_iso3: str | None,
) -> ActorRef:
    """The actor an agent noun names, in the phrase's country or else the event's.

    An agent whose ``country`` is "located" takes the event's country first.

    State forces acting outside their own country (``event_iso3``) become inter 8.
    """
    country = phrase_country
    source = f"{country_word!r}" if country_word else "the phrase"
    if (country is None and agent.country == "event") or (
        agent.country == "located" and event is not None
    ):
        # "located": protesters and rioters are named after the country they act in, whatever
        # their nationality ("Sudanese protesters" in Cairo are Protesters (Egypt)).
        country, source = event, "the event country"
    reason = f"agent noun {noun!r} ({agent.id})"
    if country is None:
        name = agent.name_without_country or _NO_COUNTRY.sub("", agent.name)
        inter = agent.inter_without_country or agent.inter
        return ActorRef(name=name, inter=inter, code=agent.code, reason=reason + ", no country")
    template, inter = agent.name, agent.inter
    for variant in agent.variants:
        if country.iso3 in variant.countries and in_range(on, variant.from_, variant.to):
            # a country's own convention: gangs are "Unidentified Gang (Mexico)" in the Americas
            template, inter = variant.name, variant.inter or agent.inter
            break
    if agent.state and event_iso3 and country.iso3 != event_iso3:
        inter = 8
    entry_id = f"{country.id}.{agent.id}" if phrase_country is not None else None
    return ActorRef(
        name=fill_name(template, country, on),
        inter=inter,
        code=(country.cameo or country.iso3) + agent.code,
        iso3=country.iso3,
        entry_id=entry_id,
        reason=f"{reason}, country {country.id} from {source}",
    )


def fill_name(template: str, country: Country | None, on: date | None) -> str:
    """Fill a name template's {country}, {state} and {period}; drop them when no country."""
    if country is None:
        return (
            _NO_COUNTRY.sub("", template).replace(" of {state}", "").replace("{state}", "").strip()
        )
    return template.format(
        country=country.name,
        state=country.state_name or country.name,
        period=period_suffix(country, on),
    )


def group_on_date(
    group: Group, on: date | None, groups: dict[str, Group], predecessor: dict[str, str]
) -> tuple[Group, str]:
    """Follow a group's renaming chain to the entry valid on ``on``.

    Args:
        group: the entry an alias matched.
        on: the event date (None keeps the matched entry).
        groups: all groups by id.
        predecessor: group id -> id of the group it succeeded.

    Returns:
        The entry valid on the date (the nearest one in the chain when none is) and a note for
        the reason ("" when the matched entry itself is valid).
    """
    if on is None or in_range(on, group.from_, group.to):
        return group, ""
    current = group
    seen = {group.id}
    while True:
        if current.to is not None and on > current.to and current.succeeded_by:
            nxt = groups[current.succeeded_by]
        elif current.from_ is not None and on < current.from_ and current.id in predecessor:
            nxt = groups[predecessor[current.id]]
        else:
            return current, f" (no entry of {group.id!r} valid on {on.isoformat()})"
        if nxt.id in seen:
            return current, ""
        seen.add(nxt.id)
        current = nxt
        if in_range(on, current.from_, current.to):
            return current, f" (renamed from {group.id!r})"

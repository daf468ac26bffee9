"""Actors named by a dictionary entry: named groups, ethnic/clan identities and office-holders.

:class:`coder.actors.ActorDictionary` finds the entries a phrase names; the functions here turn a
matched entry into an ACLED-style actor:

- a group follows its renaming chain to the entry valid on the event date and takes the
  country-specific name of a variant ("Islamic State (Afghanistan)"); a political party's members
  are named by what they do ("Rioters (Bangladesh)"), or as the state when the phrase names the
  government the party runs;
- an identity named with an armed noun is its militia ("Fulani Ethnic Militia (Nigeria)"); a clan
  named with sub-clan names the dictionary does not list extends its name the ACLED way
  ("Hawiye-Abgal" + "Wacaysle" -> "Hawiye-Abgal-Wacaysle Sub-Clan Militia (Somalia)");
- an office-holder in office on the event date names the state ("Government of Syria (2000-)") or
  the group he leads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from coder.actor_dict import Agent, Country, Group, Identity, Officeholder
from coder.actor_naming import agent_ref, date_span, fill_name, group_on_date, in_range
from coder.actor_text import (
    IDENTITY_WORDS,
    OPPOSED,
    Match,
    ends_head,
    head_end,
    strip_quantifiers,
)
from coder.models import ActorRef

# "<Clan>[-<Sub-clan>...] Clan Militia ({country})" / "... Sub-Clan Militia ({country})"
_CLAN_NAME = re.compile(r"^(?P<lineage>.+?) (?:Sub-)?Clan Militia(?P<rest>.*)$")
# Words that may close a clan lineage written out in a phrase ("Wacaysle sub-clan militia").
_LINEAGE_END = IDENTITY_WORDS | frozenset(
    {"militia", "militias", "militiamen", "fighters", "elders"}
)


# Agents whose identity-named members are the identity's militia ("Fulani gunmen").
ARMED_AGENTS = frozenset(
    {"armed_group", "rebels", "communal_militia", "clan_militia", "ethnic_militia", "gang"}
)


@dataclass(frozen=True)
class Tables:
    """The compiled dictionary tables the entry functions read."""

    by_iso3: dict[str, Country]
    agents: dict[str, Agent]
    groups: dict[str, Group]
    predecessor: dict[str, str]


def pick_group(
    tables: Tables,
    matches: list[Match[Group]],
    lower: list[str],
    on: date | None,
    context_iso3: str | None,
    event: Country | None,
) -> tuple[Group, str] | None:
    """The group entry a phrase names, with the alias that matched (None when none applies).

    The longest alias wins; between equals the later one, nearer the head noun ("AUSSOM BNDF
    troops" are the Burundian contingent of the mission). A group named after "anti" is skipped,
    and so is one bound to other countries (``only_in``: neither the phrase's country nor the
    event's) or, unless a renaming chain decides, to other dates.
    """
    event_iso3 = event.iso3 if event else None
    candidates = []
    for match in matches:
        if match.start > 0 and lower[match.start - 1] in OPPOSED:
            continue  # "anti-Houthi forces" are the Houthis' enemies
        for group in match.values:
            if group.only_in and not {context_iso3, event_iso3} & set(group.only_in):
                continue
            chained = group.succeeded_by is not None or group.id in tables.predecessor
            if not chained and not in_range(on, group.from_, group.to):
                continue  # "Saudi forces" in Yemen before the coalition's war
            candidates.append((match.end - match.start, match.start, match.alias, group))
            break
    if not candidates:
        return None
    _, _, alias, group = max(candidates, key=lambda c: (c[0], c[1]))
    return group, alias


def group_actor(
    tables: Tables,
    matched: Group,
    alias: str,
    on: date | None,
    event: Country | None,
    phrase_country: Country | None,
    agent_hit: tuple[Agent, str] | None,
) -> ActorRef:
    """The actor a group alias names on a date in an event's country.

    Args:
        tables: the dictionary's tables.
        matched: the group entry the alias matched.
        alias: the alias as the dictionary writes it.
        on: the event date (follows renamings, picks variants and regime periods).
        event: the event's country.
        phrase_country: a country the phrase names.
        agent_hit: the phrase's head agent and the noun that named it.
    """
    group, note = group_on_date(matched, on, tables.groups, tables.predecessor)
    event_iso3 = event.iso3 if event else None
    party_country = tables.by_iso3.get(group.iso3) if group.iso3 else None
    if group.kind == "party" and agent_hit is not None and agent_hit[0].state:
        # "the Awami League government": the state the party runs, not its members.
        ref = agent_ref(
            agent_hit[0],
            agent_hit[1],
            phrase_country or party_country,
            alias,
            event,
            on,
            event_iso3,
        )
        return replace(ref, entry_id=group.id)
    if group.kind == "party":
        # ACLED codes party members by what they do (rioting, protesting), the party being an
        # associated actor: "BNP activists" clashing are Rioters (Bangladesh), named after the
        # country they act in.
        role = (
            "protesters" if agent_hit is not None and agent_hit[0].id == "protesters" else "rioters"
        )
        ref = agent_ref(
            tables.agents[role],
            agent_hit[1] if agent_hit else alias,
            event or phrase_country or party_country,
            alias,
            event,
            on,
            event_iso3,
        )
        why = f"party {group.name!r} members as {role}; {ref.reason}"
        return replace(ref, entry_id=group.id, reason=why)
    name_template, inter = group.name, group.inter
    for variant in group.variants:
        if (
            event is not None
            and event.iso3 in variant.countries
            and in_range(on, variant.from_, variant.to)
        ):
            name_template, inter = variant.name, variant.inter or group.inter
            break
    country = party_country if group.iso3 else (phrase_country or event)
    name = fill_name(name_template, country, on)
    if inter == 1 and group.iso3 and event is not None and event.iso3 != group.iso3:
        inter = 8
    reason = f"group alias {alias!r}" + (
        f" valid {date_span(group.from_, group.to)}" if group.from_ or group.to else ""
    )
    return ActorRef(
        name=name,
        inter=inter,
        code=group.code,
        iso3=group.iso3 or (country.iso3 if country and "{country}" in name_template else None),
        entry_id=group.id,
        reason=reason + note,
    )


def identity_militia(
    matches: list[Match[Identity]],
    tokens: list[str],
    lower: list[str],
    agent: Agent | None,
    country: Country | None,
    context_iso3: str | None,
) -> ActorRef | None:
    """The identity militia a phrase names, if its head noun is armed or absent.

    Named alone ("the Pokot attacked") an identity is taken as its militia, as ACLED does; with an
    unarmed agent noun ("Pokot villagers") it is that agent, and a name that only modifies the
    head ("a Fulani camp") names no militia.

    Args:
        matches: the identity aliases found in the phrase.
        tokens: the phrase's word tokens; ``lower`` the same lowercased.
        agent: the phrase's head agent, if any.
        country: the country the militia is named in.
        context_iso3: the phrase's or else the event's country (for ``only_in``).
    """
    armed = agent is None or agent.id in ARMED_AGENTS or bool(IDENTITY_WORDS & set(lower))
    if not armed or (agent is not None and agent.inter in (1, 5, 6, 7, 8)):
        return None
    hend = head_end(lower, strip_quantifiers(tokens))
    # The last identity is the most specific: "Hawiye-Habar Gedir-Ayr" names the Ayr sub-clan;
    # those in the head come first ("Elay clans of the Rahanweyn" are the Elay).
    for match in sorted(matches, key=lambda m: (m.start < hend, m.start), reverse=True):
        end = lineage_end(tokens, lower, match.end, hend)
        if agent is None and not ends_head(lower, match.start, end, hend):
            continue  # "a Fulani camp", "the house of a Pokot elder": not the militia
        for ident in match.values:
            if ident.only_in and context_iso3 not in ident.only_in:
                continue
            return identity_actor(ident, match.alias, country, tokens, lower, match.end, hend)
    return None


def identity_actor(
    ident: Identity,
    alias: str,
    country: Country | None,
    tokens: list[str],
    lower: list[str],
    after: int,
    head_end: int,
) -> ActorRef:
    """An identity's militia: "<X> Ethnic Militia (<Country>)", "<Clan> Sub-Clan Militia (...)".

    Args:
        ident: the identity entry.
        alias: the alias that matched.
        country: the country the militia is named in.
        tokens: the phrase's word tokens; ``lower`` the same lowercased.
        after: index of the first token after the matched alias.
        head_end: where the phrase's head ends.
    """
    template = extend_lineage(ident.name, tokens, lower, after, head_end)
    name = fill_name(template, country, None)
    return ActorRef(
        name=name,
        inter=4,
        code=(country.cameo or country.iso3) + "ETH" if country else "ETH",
        iso3=country.iso3 if country else None,
        entry_id=ident.id,
        reason=f"identity {alias!r} as its militia"
        + (" (lineage from the phrase)" if template != ident.name else ""),
    )


def extend_lineage(template: str, tokens: list[str], lower: list[str], after: int, end: int) -> str:
    """Extend a clan's name template with the sub-clan names the phrase adds after it.

    "Abgal Wacaysle sub-clan militia" names a sub-clan of the Abgal the dictionary may not list;
    ACLED joins the lineage with hyphens: "Hawiye-Abgal-Wacaysle Sub-Clan Militia (Somalia)".
    Only capitalised words followed by a clan word ("clan", "sub-clan", "militia") count.

    Returns:
        The extended template, or ``template`` unchanged.
    """
    found = _CLAN_NAME.match(template)
    stop = lineage_end(tokens, lower, after, end)
    if found is None or stop == after:
        return template
    lineage = found["lineage"] + "-" + " ".join(tokens[after:stop])
    return f"{lineage} Sub-Clan Militia{found['rest']}"


def lineage_end(tokens: list[str], lower: list[str], after: int, end: int) -> int:
    """Where the capitalised names after a clan end, if a clan word follows them, else ``after``.

    In "Marehan Reer Garaad sub-clan" the names "Reer Garaad" after "Marehan" end at "sub".
    """
    i = after
    while i < end and tokens[i][:1].isupper() and lower[i] not in _LINEAGE_END:
        i += 1
    return i if i < len(lower) and lower[i] in _LINEAGE_END else after


def officeholder_actor(
    tables: Tables,
    holder: Officeholder,
    alias: str,
    on: date | None,
    event_iso3: str | None,
    agent_hit: tuple[Agent, str] | None,
) -> ActorRef | None:
    """The actor an office-holder names on a date (None when out of office then).

    Args:
        tables: the dictionary's tables.
        holder: the office-holder entry.
        alias: the alias that matched.
        on: the event date.
        event_iso3: the event's country.
        agent_hit: the phrase's head agent ("Assad's forces" are his military).
    """
    term = next((t for t in holder.terms if in_range(on, t.from_, t.to)), None)
    if term is None:
        return None
    office = date_span(term.from_, term.to)
    why = f"office-holder {alias!r} ({holder.name}, in office {office})"
    if holder.group is not None:
        group, note = group_on_date(
            tables.groups[holder.group], on, tables.groups, tables.predecessor
        )
        country = tables.by_iso3.get(group.iso3) if group.iso3 else None
        return ActorRef(
            name=fill_name(group.name, country, on),
            inter=group.inter,
            code=group.code,
            iso3=group.iso3,
            entry_id=holder.id,
            reason=why + note,
        )
    country = tables.by_iso3[holder.iso3] if holder.iso3 else None
    agent = agent_hit[0] if agent_hit and agent_hit[0].state else tables.agents[holder.agent]
    event = tables.by_iso3.get(event_iso3) if event_iso3 else None
    ref = agent_ref(
        agent,
        agent_hit[1] if agent_hit else holder.agent,
        country,
        None,
        event,
        on,
        event_iso3,
    )
    return replace(ref, entry_id=holder.id, reason=f"{why}; {ref.reason}")


def armed_groups(
    tables: Tables,
    matches: list[Match[Group]],
    lower: list[str],
    on: date | None,
    event: Country | None,
) -> list[ActorRef]:
    """The non-state armed groups among group aliases found in a text, in order, each once.

    Parties, state forces and international missions are left out, and so are mentions after
    "anti" ("anti-Taliban elders").
    """
    event_iso3 = event.iso3 if event else None
    found: list[ActorRef] = []
    for match in matches:
        if match.start > 0 and lower[match.start - 1] in OPPOSED:
            continue
        group = next((g for g in match.values if not g.only_in or event_iso3 in g.only_in), None)
        if group is None or group.kind != "armed":
            continue
        ref = group_actor(tables, group, match.alias, on, event, None, None)
        if ref.inter in (2, 3, 4) and all(r.name != ref.name for r in found):
            found.append(ref)
    return found

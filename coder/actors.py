"""Actors stage: resolve actor phrases to ACLED-style names with inter codes and CAMEO-style codes.

Resolution of a phrase ("Syrian government forces", "25 Afghan soldiers", "IS fighters"):

1. named groups and their aliases (longest match; date bounds follow the renaming chain,
   variants give country-specific names such as "Islamic State (Afghanistan)");
2. ethnic/clan identities with an armed noun ("Fulani gunmen" -> "Fulani Ethnic Militia (Nigeria)");
3. named office-holders ("President Bashar al-Assad" -> Government of Syria; "Assad's forces" ->
   Military Forces of Syria);
4. a country (name, alias, demonym, possessive) plus an agent head noun, the event's country
   standing in when the phrase names none ("protesters" in Kenya -> "Protesters (Kenya)").

A phrase that names no actor ("the city", "a car") resolves to None.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from coder.actor_dict import (
    Agent,
    Country,
    DictionaryFiles,
    Group,
    Identity,
    Officeholder,
    read_dictionary,
)
from coder.actor_naming import (
    agent_ref,
    date_span,
    fill_name,
    group_on_date,
    in_range,
    period_suffix,
)
from coder.actor_text import (
    IDENTITY_WORDS,
    PhraseIndex,
    blocked,
    ends_head,
    head_end,
    strip_quantifiers,
    words,
)
from coder.errors import CodebookError
from coder.models import ActorRef
from coder.resources import shipped_path

_CACHE_LIMIT = 200_000
_ARMED_AGENTS = frozenset(
    {"armed_group", "rebels", "communal_militia", "clan_militia", "ethnic_militia", "gang"}
)

_Key = tuple[str, date | None, str | None]


class ActorDictionary:
    """Countries, agents, named groups and office-holders, compiled for fast phrase resolution.

    Build it with :func:`load_actors`. It satisfies :class:`coder.models.ActorResolver`.

    Attributes:
        version: the dictionary's version (its files' ``version:``).
        sha256: sha256 of the files' bytes, recorded with a run for reproducibility.
    """

    def __init__(self, files: DictionaryFiles) -> None:
        """Compile validated dictionary files (see :func:`coder.actor_dict.read_dictionary`)."""
        self.files = files
        self.version = files.version
        self.sha256 = files.sha256
        self._countries: dict[str, Country] = {}
        self._by_iso3: dict[str, Country] = {}
        self._country_index: PhraseIndex[tuple[Country, str]] = PhraseIndex()
        for country in files.countries.countries:
            self._countries[country.id] = country
            if not country.territory:
                self._by_iso3.setdefault(country.iso3, country)
            self._country_index.add_all([country.name, *country.aliases], (country, "name"))
            for demonym in country.demonyms:
                self._country_index.add(demonym, (country, "demonym"))
                if not demonym.endswith(("s", "sh", "ch", "ese", "x")):
                    self._country_index.add(demonym + "s", (country, "people"))
        self._agents: dict[str, Agent] = {a.id: a for a in files.agents.agents}
        self._agent_index: PhraseIndex[Agent] = PhraseIndex()
        for agent in files.agents.agents:
            self._agent_index.add_all(agent.nouns, agent)
        self._groups: dict[str, Group] = {g.id: g for g in files.groups.groups}
        self._predecessor: dict[str, str] = {
            g.succeeded_by: g.id for g in files.groups.groups if g.succeeded_by is not None
        }
        self._group_index: PhraseIndex[Group] = PhraseIndex()
        for group in files.groups.groups:
            self._group_index.add_all(group.aliases, group)
        self._identity_index: PhraseIndex[Identity] = PhraseIndex()
        for ident in files.groups.identities:
            self._identity_index.add_all(ident.aliases, ident)
        self._holder_index: PhraseIndex[Officeholder] = PhraseIndex()
        for holder in files.officeholders.officeholders:
            self._holder_index.add_all([holder.name, *holder.aliases], holder)
        self._cache: dict[_Key, ActorRef | None] = {}

    # ----------------------------------------------------------------- public helpers

    def demonym_country(self, word: str) -> str | None:
        """ISO3 of the country a demonym, adjective or name denotes ("Syrian" -> "SYR").

        Args:
            word: one word or a short phrase ("South Sudanese").

        Returns:
            The ISO3 code, or None when the word names no country.
        """
        tokens = words(word)
        hit = self._country_index.lookup(tokens, [t.lower() for t in tokens])
        return hit[0][0][0].iso3 if hit else None

    def countries_in(self, text: str) -> list[str]:
        """ISO3 codes of the countries a text names (names, aliases, demonyms), in order.

        Mentions that only modify another word ("Turkish-backed", "pro-Russian") are left out.
        """
        tokens = words(text)
        lower = [t.lower() for t in tokens]
        found: list[str] = []
        for match in self._country_index.find(tokens, lower):
            iso3 = match.values[0][0].iso3
            if not blocked(lower, match.start, match.end) and iso3 not in found:
                found.append(iso3)
        return found

    def country(self, iso3: str) -> Country | None:
        """The country entry for an ISO3 code (None when unknown)."""
        return self._by_iso3.get(iso3)

    def period(self, country: Country, on: date | None) -> str:
        """The regime-period suffix for a country on a date: " (2000-2024)", or "" when none."""
        return period_suffix(country, on)

    def has_agent(self, agent_id: str) -> bool:
        """True when ``agents.yaml`` defines this agent id."""
        return agent_id in self._agents

    def agent_actor(
        self, agent_id: str, *, on: date | None = None, country_iso3: str | None = None
    ) -> ActorRef:
        """The actor an agent gives in a country, without a phrase.

        For callers that know the role from the event ("protesters" for a protest whose
        participants the text calls "residents"; "armed_group" for attackers it does not name).

        Args:
            agent_id: an agent id from ``agents.yaml`` ("protesters", "rioters", ...).
            on: the event date (selects the regime period of state forces).
            country_iso3: the event's country.

        Raises:
            KeyError: no agent has this id.
        """
        agent = self._agents[agent_id]
        event = self._by_iso3.get(country_iso3) if country_iso3 else None
        ref = agent_ref(agent, agent_id, None, None, event, on, country_iso3)
        if agent.country == "phrase" and event is not None:
            ref = agent_ref(agent, agent_id, event, None, event, on, country_iso3)
        return replace(ref, entry_id=None, reason=f"{ref.reason} (from the event role)")

    # ----------------------------------------------------------------- resolution

    def resolve(
        self, phrase: str, *, on: date | None = None, country_iso3: str | None = None
    ) -> ActorRef | None:
        """Resolve an actor noun phrase to an ACLED-style actor.

        Args:
            phrase: the phrase as it appears in the sentence ("Syrian government forces").
            on: the event date; selects date-bounded names and regime periods.
            country_iso3: the event's country, naming actors whose phrase gives no country.

        Returns:
            The resolved actor (``span`` is left None: the caller knows the offsets), or None
            when the phrase names no actor.
        """
        key = (phrase, on, country_iso3)
        if key in self._cache:
            return self._cache[key]
        result = self._resolve(phrase, on, country_iso3)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _resolve(self, phrase: str, on: date | None, event_iso3: str | None) -> ActorRef | None:
        tokens = words(phrase)
        if not tokens:
            return None
        lower = [t.lower() for t in tokens]
        event = self._by_iso3.get(event_iso3) if event_iso3 else None
        named = [
            m for m in self._country_index.find(tokens, lower) if not blocked(lower, m.start, m.end)
        ]
        phrase_country = named[0].values[0][0] if named else None
        context_iso3 = phrase_country.iso3 if phrase_country else event_iso3
        start = strip_quantifiers(tokens)
        agent_hit = self._agent(tokens, lower, start)
        agent = agent_hit[0] if agent_hit else None

        group_ref = self._by_group(
            tokens, lower, on, event, phrase_country, context_iso3, agent_hit
        )
        if group_ref is not None:
            return group_ref
        ident = self._by_identity(tokens, lower, agent, phrase_country or event, context_iso3)
        if ident is not None:
            return ident
        holder = self._by_officeholder(tokens, lower, on, event_iso3, agent_hit)
        if holder is not None:
            return holder
        if agent_hit is not None:
            return agent_ref(
                agent_hit[0],
                agent_hit[1],
                phrase_country,
                named[0].alias if named else None,
                event,
                on,
                event_iso3,
            )
        if named and len(named) == 1 and named[0].end - named[0].start >= len(tokens) - start:
            # A country named alone: "Russia" acting is its military; "Syrians" are its people.
            country, kind = named[0].values[0]
            fallback = self._agents.get("civilians" if kind == "people" else "military")
            if fallback is not None:
                return agent_ref(
                    fallback, named[0].alias, country, named[0].alias, event, on, event_iso3
                )
        return None

    def _agent(self, tokens: list[str], lower: list[str], start: int) -> tuple[Agent, str] | None:
        """The head agent: the rightmost agent noun in the head, else anywhere after it."""
        end = head_end(lower, start)
        for lo, hi in ((start, end), (start, len(tokens)), (0, len(tokens))):
            matches = self._agent_index.find(tokens[lo:hi], lower[lo:hi])
            if matches:
                last = matches[-1]
                return last.values[0], last.alias
        return None

    def _by_group(
        self,
        tokens: list[str],
        lower: list[str],
        on: date | None,
        event: Country | None,
        phrase_country: Country | None,
        context_iso3: str | None,
        agent_hit: tuple[Agent, str] | None,
    ) -> ActorRef | None:
        candidates = []
        for match in self._group_index.find(tokens, lower):
            for group in match.values:
                if group.only_in and context_iso3 not in group.only_in:
                    continue
                candidates.append((match.end - match.start, match.start, match.alias, group))
                break
        if not candidates:
            return None
        # The longest alias wins; between equals the later one, nearer the head noun ("AUSSOM
        # BNDF troops" are the Burundian contingent of the mission).
        _, _, alias, matched = max(candidates, key=lambda c: (c[0], c[1]))
        group, note = group_on_date(matched, on, self._groups, self._predecessor)
        if group.kind == "party" and agent_hit is not None and agent_hit[0].state:
            # "the Awami League government": the state the party runs, not its members.
            party_country = self._by_iso3.get(group.iso3) if group.iso3 else None
            ref = agent_ref(
                agent_hit[0],
                agent_hit[1],
                phrase_country or party_country,
                alias,
                event,
                on,
                event.iso3 if event else None,
            )
            return replace(ref, entry_id=group.id)
        if group.kind == "party":
            # ACLED codes party members by what they do (rioting, protesting), the party being an
            # associated actor: "BNP activists" clashing are Rioters (Bangladesh).
            role = (
                "protesters"
                if agent_hit is not None and agent_hit[0].id == "protesters"
                else "rioters"
            )
            party_country = self._by_iso3.get(group.iso3) if group.iso3 else None
            ref = agent_ref(
                self._agents[role],
                agent_hit[1] if agent_hit else alias,
                phrase_country or party_country,
                alias,
                event,
                on,
                event.iso3 if event else None,
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
        country = self._by_iso3.get(group.iso3) if group.iso3 else (phrase_country or event)
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

    def _by_identity(
        self,
        tokens: list[str],
        lower: list[str],
        agent: Agent | None,
        country: Country | None,
        context_iso3: str | None,
    ) -> ActorRef | None:
        # Named alone ("the Pokot attacked") an identity is taken as its militia, as ACLED does.
        armed = agent is None or agent.id in _ARMED_AGENTS or bool(IDENTITY_WORDS & set(lower))
        if not armed or (agent is not None and agent.inter in (1, 5, 6, 7, 8)):
            return None
        hend = head_end(lower, strip_quantifiers(tokens))
        # The last identity is the most specific: "Hawiye-Habar Gedir-Ayr" names the Ayr sub-clan.
        for match in reversed(self._identity_index.find(tokens, lower)):
            if agent is None and not ends_head(lower, match.start, match.end, hend):
                continue  # "a Fulani camp", "the house of a Pokot elder": not the militia
            for ident in match.values:
                if ident.only_in and context_iso3 not in ident.only_in:
                    continue
                name = fill_name(ident.name, country, None)
                return ActorRef(
                    name=name,
                    inter=4,
                    code=(country.cameo or country.iso3) + "ETH" if country else "ETH",
                    iso3=country.iso3 if country else None,
                    entry_id=ident.id,
                    reason=f"identity {match.alias!r} as its militia",
                )
        return None

    def _by_officeholder(
        self,
        tokens: list[str],
        lower: list[str],
        on: date | None,
        event_iso3: str | None,
        agent_hit: tuple[Agent, str] | None,
    ) -> ActorRef | None:
        if agent_hit is not None and not agent_hit[0].state:
            return None  # "supporters of President X" are supporters, not his government
        for match in self._holder_index.find(tokens, lower):
            for holder in match.values:
                term = next((t for t in holder.terms if in_range(on, t.from_, t.to)), None)
                if term is None:
                    continue
                office = date_span(term.from_, term.to)
                why = f"office-holder {match.alias!r} ({holder.name}, in office {office})"
                if holder.group is not None:
                    group, note = group_on_date(
                        self._groups[holder.group], on, self._groups, self._predecessor
                    )
                    country = self._by_iso3.get(group.iso3) if group.iso3 else None
                    return ActorRef(
                        name=fill_name(group.name, country, on),
                        inter=group.inter,
                        code=group.code,
                        iso3=group.iso3,
                        entry_id=holder.id,
                        reason=why + note,
                    )
                country = self._by_iso3[holder.iso3] if holder.iso3 else None
                agent = (
                    agent_hit[0] if agent_hit and agent_hit[0].state else self._agents[holder.agent]
                )
                event = self._by_iso3.get(event_iso3) if event_iso3 else None
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
        return None


def load_actors(name_or_path: str | Path = "actors") -> ActorDictionary:
    """Load an actor dictionary.

    Args:
        name_or_path: the name of a shipped dictionary (``"actors"`` is
            ``codebooks/actors/``) or the path of a folder of dictionary YAML files.

    Returns:
        The compiled dictionary.

    Raises:
        CodebookError: the dictionary is missing or invalid (the message points at the place).
    """
    if isinstance(name_or_path, str) and not any(sep in name_or_path for sep in "/\\"):
        shipped = shipped_path("codebooks", name_or_path)
        if shipped.is_dir():
            return ActorDictionary(read_dictionary(shipped))
    path = Path(name_or_path)
    if not path.is_dir():
        raise CodebookError(f"actor dictionary not found: {name_or_path}")
    return ActorDictionary(read_dictionary(path))

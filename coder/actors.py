"""Actors stage: resolve actor phrases to ACLED-style names with inter codes and CAMEO-style codes.

Resolution of a phrase ("Syrian government forces", "25 Afghan soldiers", "IS fighters"):

0. a head noun that names a deed done to someone or a decision ("the arrest of two officers"),
   or property no actor owns in the head ("the office of the mayor"), names no actor;
1. named groups and their aliases (longest match, not after "anti-"; date bounds follow the
   renaming chain, variants give country-specific names such as "Islamic State (Afghanistan)");
2. ethnic/clan identities with an armed noun ("Fulani gunmen" -> "Fulani Ethnic Militia (Nigeria)"),
   a clan lineage written out extending the clan's name (see :mod:`coder.actor_entries`);
3. named office-holders ("President Bashar al-Assad" -> Government of Syria; "Assad's forces" ->
   Military Forces of Syria);
4. a country (name, alias, demonym, possessive) plus an agent head noun, the event's country
   standing in when the phrase names none ("protesters" in Kenya -> "Protesters (Kenya)";
   protesters and rioters always take the event's country);
5. "members of" a body no entry names are people (civilians, until the event's role renames them).

A phrase that names no actor ("the city", "a car") resolves to None. What a matched entry gives
is in :mod:`coder.actor_entries`; naming conventions (periods, templates) in
:mod:`coder.actor_naming`.
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
from coder.actor_entries import (
    Tables,
    armed_groups,
    group_actor,
    identity_militia,
    officeholder_actor,
    pick_group,
)
from coder.actor_naming import agent_ref, period_suffix
from coder.actor_text import (
    CIVIL_BODIES,
    MEMBER_NOUNS,
    Match,
    PhraseIndex,
    T,
    blocked,
    head_end,
    names_event,
    names_property,
    strip_quantifiers,
    words,
)
from coder.errors import CodebookError
from coder.models import ActorRef
from coder.resources import shipped_path

_CACHE_LIMIT = 200_000

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
        self._tables = Tables(self._by_iso3, self._agents, self._groups, self._predecessor)
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
        for match in _bare_possessives(self._country_index, tokens, lower):  # "Kenyas"
            iso3 = match.values[0][0].iso3
            if match.values[0][1] != "people" and iso3 not in found:
                found.append(iso3)
        return found

    def national_group_countries(self, text: str) -> list[str]:
        """ISO3 codes of the home countries of the national groups and office-holders a text
        names, in order.

        Parties and political militias of one country ("ODM supporters", "the Mungiki") say
        where a story happens, and so do peoples that live in one country ("Kikuyu youths",
        "Turkana raiders"); rebel and transnational groups (inter 2, or with country variants:
        "Al Shabaab", "IS"), international organisations and peoples of several countries
        ("Fulani", "Maasai") do not.
        """
        tokens = words(text)
        lower = [t.lower() for t in tokens]
        found: list[str] = []
        for match in self._group_index.find(tokens, lower):
            homes = {
                g.iso3
                for g in match.values
                if g.iso3 and not g.variants and (g.kind == "party" or g.inter == 3)
            }
            if len(homes) == 1 and len(match.values) == 1:
                found.append(homes.pop())
        for people in self._identity_index.find(tokens, lower):
            if len(people.values) == 1 and len(people.values[0].homes) == 1:
                found.append(people.values[0].homes[0])
        holders = self._holder_index.find(tokens, lower)
        for named in holders + _bare_possessives(self._holder_index, tokens, lower):
            # a head of state's name says where the story is, in office or not ("Kibakis win")
            found += [h.iso3 for h in named.values if h.iso3 and len(named.values) == 1]
        return list(dict.fromkeys(found))

    def armed_groups_in(
        self, text: str, *, on: date | None = None, country_iso3: str | None = None
    ) -> list[ActorRef]:
        """The named non-state armed groups a text mentions, in order, each once.

        For callers that fill a role the text leaves unnamed: "an IED planted by Al Shabaab
        exploded" names its perpetrator outside the actor phrase. Parties, state forces and
        international missions are left out, and so are mentions after "anti".

        Args:
            text: a sentence or a passage.
            on: the event date (renamings and variants).
            country_iso3: the event's country.

        Returns:
            The groups as resolved actors (``span`` None).
        """
        tokens = words(text)
        lower = [t.lower() for t in tokens]
        event = self._by_iso3.get(country_iso3) if country_iso3 else None
        matches = self._group_index.find(tokens, lower)
        return armed_groups(self._tables, matches, lower, on, event)

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
        hend = head_end(lower, start)
        agent_hit = self._agent(tokens, lower, start)
        agent = agent_hit[0] if agent_hit else None
        if names_event(lower, start, hend):
            return None  # "the arrest of two officers": its object, not an actor
        if names_property(lower, start, hend) and not self._names_actor(
            tokens[start:hend], lower[start:hend]
        ):
            return self._owner(tokens, hend, on, event_iso3)

        group_ref = self._by_group(
            tokens, lower, on, event, phrase_country, context_iso3, agent_hit
        )
        if group_ref is not None:
            return group_ref
        ident = identity_militia(
            self._identity_index.find(tokens, lower),
            tokens,
            lower,
            agent,
            phrase_country or event,
            context_iso3,
        )
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
        member = next((w for w in lower[start:hend] if w in MEMBER_NOUNS), None)
        if member is not None and "civilians" in self._agents:
            # "members of a savings cooperative": people of a body the dictionary does not know.
            return agent_ref(
                self._agents["civilians"],
                member,
                phrase_country,
                named[0].alias if named else None,
                event,
                on,
                event_iso3,
            )
        return None

    def _owner(
        self, tokens: list[str], hend: int, on: date | None, event_iso3: str | None
    ) -> ActorRef | None:
        """The target a phrase naming property gives: "the homes of BNP leaders" are civilians'.

        People's property (civilians, party members, protesters) stands for them as civilians, an
        armed actor's ("the headquarters of the Sham Corps") for that actor; the state's offices
        and property with no owner named ("a village") give no actor.
        """
        if hend >= len(tokens) or tokens[hend].lower() != "of":
            return None
        owner = self._resolve(" ".join(tokens[hend + 1 :]), on, event_iso3)
        if owner is None or (owner.code or "").endswith("GOV"):
            return None
        if owner.inter not in (5, 6, 7) or "civilians" not in self._agents:
            return owner
        country = self._by_iso3.get(owner.iso3) if owner.iso3 else None
        event = self._by_iso3.get(event_iso3) if event_iso3 else None
        ref = agent_ref(self._agents["civilians"], "owner", country, None, event, on, event_iso3)
        return replace(ref, reason=f"owners of the property as civilians ({owner.reason})")

    def _names_actor(self, tokens: list[str], lower: list[str]) -> bool:
        """True when the tokens name an agent, a group or an identity ("police camp")."""
        return bool(
            self._agent_index.find(tokens, lower)
            or self._group_index.find(tokens, lower)
            or self._identity_index.find(tokens, lower)
        )

    def _agent(self, tokens: list[str], lower: list[str], start: int) -> tuple[Agent, str] | None:
        """The head agent: the rightmost agent noun in the head, else anywhere after it."""
        end = head_end(lower, start)
        for lo, hi in ((start, end), (start, len(tokens)), (0, len(tokens))):
            matches = self._agent_index.find(tokens[lo:hi], lower[lo:hi])
            if matches:
                last = matches[-1]
                before = lower[lo + last.start - 1] if lo + last.start > 0 else ""
                if (
                    last.values[0].state
                    and last.alias in ("president", "official", "officials")
                    and before in CIVIL_BODIES
                    and "civilians" in self._agents
                ):
                    # "a community action board president", "the union chairman": the head
                    # of a civilian body, not of the state
                    return self._agents["civilians"], last.alias
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
        matches = self._group_index.find(tokens, lower)
        hit = pick_group(self._tables, matches, lower, on, context_iso3, event)
        if hit is None:
            return None
        return group_actor(self._tables, hit[0], hit[1], on, event, phrase_country, agent_hit)

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
                ref = officeholder_actor(
                    self._tables, holder, match.alias, on, event_iso3, agent_hit
                )
                if ref is not None:
                    return ref
        return None


def _bare_possessives(index: PhraseIndex[T], tokens: list[str], lower: list[str]) -> list[Match[T]]:
    """Index hits of names written as possessives without their apostrophe, as conflict notes
    write them ("Kenyas Tana Delta County", "Kibakis presidential win")."""
    return [
        match
        for i, token in enumerate(tokens)
        if len(token) > 4 and token[0].isupper() and token.endswith("s")
        for match in index.find([token[:-1]], [lower[i][:-1]])
    ]


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

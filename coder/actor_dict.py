"""The actor dictionary's file format: pydantic models of its YAML files and their loading.

An actor dictionary is a folder of four YAML files, each with its own ``version:``:
``countries.yaml`` (ISO3, ACLED names, aliases, demonyms, regime periods), ``agents.yaml`` (head
nouns and the name templates they give), ``groups.yaml`` (named groups with aliases and date
bounds, plus ethnic/clan identities) and ``officeholders.yaml`` (named office-holders with terms).
``groups.yaml`` and ``officeholders.yaml`` may be left out. Validation errors raise
:class:`coder.errors.CodebookError` with the place, e.g.
``groups.yaml: groups -> 3 -> aliases -> 0: Input should be a valid string``.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from coder.errors import CodebookError

PLACEHOLDERS = frozenset({"country", "state", "period"})
_ISO3 = r"^[A-Z]{3}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Period(_Model):
    """A regime period appended to state-force names: "Military Forces of Syria (2000-2024)"."""

    label: str
    from_: date = Field(alias="from")
    to: date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.to is not None and self.to < self.from_:
            raise ValueError(f"period {self.label!r} ends before it starts")
        return self


class Country(_Model):
    """A country (or a territory with its own state forces, whose ``iso3`` is the sovereign's)."""

    iso3: str = Field(pattern=_ISO3)
    name: str
    key: str | None = None
    territory: bool = False
    state_name: str | None = None
    aliases: list[str] = []
    demonyms: list[str] = []
    cameo: str | None = None
    periods: list[Period] = []

    @property
    def id(self) -> str:
        """The entry's unique key (``iso3`` unless a territory sets ``key``)."""
        return self.key or self.iso3


class CountriesFile(_Model):
    """``countries.yaml``."""

    version: str
    countries: list[Country]


class Variant(_Model):
    """A group's or an agent's ACLED name in some countries (and optionally some dates)."""

    countries: list[str] = Field(min_length=1)
    name: str
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None
    inter: int | None = Field(default=None, ge=1, le=8)


class Agent(_Model):
    """A role named by a head noun, with the ACLED name it gives."""

    id: str
    name: str
    name_without_country: str | None = None
    inter: int = Field(ge=1, le=8)
    inter_without_country: int | None = Field(default=None, ge=1, le=8)
    code: str
    state: bool = False
    country: Literal["event", "phrase", "located"] = "event"
    nouns: list[str] = Field(min_length=1)
    variants: list[Variant] = []


class AgentsFile(_Model):
    """``agents.yaml``."""

    version: str
    agents: list[Agent]


class Group(_Model):
    """A named armed group, party or international organisation."""

    id: str
    name: str
    aliases: list[str] = []
    iso3: str | None = Field(default=None, pattern=_ISO3)
    inter: int = Field(ge=1, le=8)
    code: str | None = None
    from_: date | None = Field(default=None, alias="from")
    to: date | None = None
    succeeded_by: str | None = None
    only_in: list[str] = []
    variants: list[Variant] = []
    kind: Literal["armed", "party", "igo"] = "armed"


class Identity(_Model):
    """An ethnic group or clan whose armed members ACLED names "<X> Ethnic Militia (<Country>)"."""

    id: str
    name: str
    aliases: list[str] = Field(min_length=1)
    only_in: list[str] = []
    homes: list[str] = []  # where the people live; one home hints that country


class GroupsFile(_Model):
    """``groups.yaml``."""

    version: str
    groups: list[Group] = []
    identities: list[Identity] = []


class Term(_Model):
    """A term of office (inclusive bounds; open when missing)."""

    from_: date | None = Field(default=None, alias="from")
    to: date | None = None


class Officeholder(_Model):
    """A named office-holder, coded as an agent of a country or as a group."""

    id: str
    name: str
    aliases: list[str] = []
    iso3: str | None = Field(default=None, pattern=_ISO3)
    agent: str = "government"
    group: str | None = None
    terms: list[Term] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_target(self) -> Officeholder:
        if (self.iso3 is None) == (self.group is None):
            raise ValueError("give exactly one of iso3 or group")
        return self


class OfficeholdersFile(_Model):
    """``officeholders.yaml``."""

    version: str
    officeholders: list[Officeholder] = []


@dataclass(frozen=True)
class DictionaryFiles:
    """The validated files of one actor dictionary."""

    folder: Path
    countries: CountriesFile
    agents: AgentsFile
    groups: GroupsFile
    officeholders: OfficeholdersFile
    version: str
    sha256: str


_M = TypeVar("_M", bound=BaseModel)
_FILES: tuple[tuple[str, bool], ...] = (
    ("countries.yaml", True),
    ("agents.yaml", True),
    ("groups.yaml", False),
    ("officeholders.yaml", False),
)


def _where(loc: tuple[int | str, ...]) -> str:
    return " -> ".join(str(part) for part in loc)


def _validate(model: type[_M], data: Any, fname: str) -> _M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [
            f"{fname}: {_where(err['loc'])}: {err['msg']}"
            if err["loc"]
            else f"{fname}: {err['msg']}"
            for err in exc.errors()
        ]
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise CodebookError("; ".join(problems[:5]) + more) from None


def _read_yaml(path: Path) -> tuple[Any, bytes]:
    raw = path.read_bytes()
    try:
        # libyaml's safe loader when present: the same safe subset, 10x faster at start-up
        return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), raw
    except yaml.YAMLError as exc:
        raise CodebookError(f"{path.name}: invalid YAML: {exc}") from None


def read_dictionary(folder: Path) -> DictionaryFiles:
    """Read and validate the YAML files of an actor dictionary folder.

    Args:
        folder: the folder holding ``countries.yaml``, ``agents.yaml`` and optionally
            ``groups.yaml`` and ``officeholders.yaml``.

    Returns:
        The validated files, their combined version and the sha256 of their bytes.

    Raises:
        CodebookError: a file is missing, is not YAML, or does not validate (the message names
            the file and the place in it).
    """
    if not folder.is_dir():
        raise CodebookError(f"actor dictionary folder not found: {folder}")
    digest = hashlib.sha256()
    data: dict[str, Any] = {}
    for fname, required in _FILES:
        path = folder / fname
        if not path.is_file():
            if required:
                raise CodebookError(f"{folder}: missing {fname}")
            data[fname] = {"version": "0"}
            continue
        loaded, raw = _read_yaml(path)
        digest.update(fname.encode() + b"\0" + raw + b"\0")
        data[fname] = loaded
    countries = _validate(CountriesFile, data["countries.yaml"], "countries.yaml")
    agents = _validate(AgentsFile, data["agents.yaml"], "agents.yaml")
    groups = _validate(GroupsFile, data["groups.yaml"], "groups.yaml")
    holders = _validate(OfficeholdersFile, data["officeholders.yaml"], "officeholders.yaml")
    _check_references(countries, agents, groups, holders)
    versions = {
        "countries": countries.version,
        "agents": agents.version,
        "groups": groups.version,
        "officeholders": holders.version,
    }
    distinct = set(versions.values())
    version = (
        distinct.pop() if len(distinct) == 1 else ",".join(f"{k}={v}" for k, v in versions.items())
    )
    return DictionaryFiles(folder, countries, agents, groups, holders, version, digest.hexdigest())


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def _unique(ids: list[str], fname: str, section: str) -> None:
    seen: dict[str, int] = {}
    for i, ident in enumerate(ids):
        if ident in seen:
            raise CodebookError(
                f"{fname}: {section} -> {i} -> id: duplicate id {ident!r} (first at {seen[ident]})"
            )
        seen[ident] = i


def _check_template(template: str, where: str, needs_country_ok: bool = True) -> None:
    try:
        fields = _placeholders(template)
    except ValueError as exc:
        raise CodebookError(f"{where}: bad name template {template!r}: {exc}") from None
    unknown = fields - PLACEHOLDERS
    if unknown:
        raise CodebookError(f"{where}: unknown placeholder(s) {sorted(unknown)} in {template!r}")
    if not needs_country_ok and fields & {"state", "period"}:
        raise CodebookError(f"{where}: {{state}}/{{period}} need the group's iso3")


def _check_references(
    countries: CountriesFile, agents: AgentsFile, groups: GroupsFile, holders: OfficeholdersFile
) -> None:
    """Cross-file checks pydantic cannot do: unique ids and references that resolve."""
    _unique([c.id for c in countries.countries], "countries.yaml", "countries")
    iso3s = {c.iso3 for c in countries.countries}
    _unique([a.id for a in agents.agents], "agents.yaml", "agents")
    agent_ids = {a.id for a in agents.agents}
    for i, agent in enumerate(agents.agents):
        _check_template(agent.name, f"agents.yaml: agents -> {i} -> name")
        for j, variant in enumerate(agent.variants):
            _check_template(variant.name, f"agents.yaml: agents -> {i} -> variants -> {j} -> name")
    _unique([g.id for g in groups.groups], "groups.yaml", "groups")
    _unique([x.id for x in groups.identities], "groups.yaml", "identities")
    group_ids = {g.id for g in groups.groups}

    def known_iso3(value: str, where: str) -> None:
        if value not in iso3s:
            raise CodebookError(f"{where}: unknown country {value!r} (not in countries.yaml)")

    for i, agent in enumerate(agents.agents):
        for j, variant in enumerate(agent.variants):
            for k, iso3 in enumerate(variant.countries):
                known_iso3(
                    iso3, f"agents.yaml: agents -> {i} -> variants -> {j} -> countries -> {k}"
                )
    for i, group in enumerate(groups.groups):
        where = f"groups.yaml: groups -> {i}"
        _check_template(group.name, f"{where} -> name", group.iso3 is not None)
        if group.iso3:
            known_iso3(group.iso3, f"{where} -> iso3")
        if group.succeeded_by is not None and group.succeeded_by not in group_ids:
            raise CodebookError(f"{where} -> succeeded_by: unknown group {group.succeeded_by!r}")
        for j, iso3 in enumerate(group.only_in):
            known_iso3(iso3, f"{where} -> only_in -> {j}")
        for j, variant in enumerate(group.variants):
            _check_template(
                variant.name, f"{where} -> variants -> {j} -> name", group.iso3 is not None
            )
            for k, iso3 in enumerate(variant.countries):
                known_iso3(iso3, f"{where} -> variants -> {j} -> countries -> {k}")
    for i, ident in enumerate(groups.identities):
        _check_template(ident.name, f"groups.yaml: identities -> {i} -> name")
        for j, iso3 in enumerate(ident.only_in):
            known_iso3(iso3, f"groups.yaml: identities -> {i} -> only_in -> {j}")
        for j, iso3 in enumerate(ident.homes):
            known_iso3(iso3, f"groups.yaml: identities -> {i} -> homes -> {j}")
    _unique([h.id for h in holders.officeholders], "officeholders.yaml", "officeholders")
    for i, holder in enumerate(holders.officeholders):
        where = f"officeholders.yaml: officeholders -> {i}"
        if holder.iso3 is not None:
            known_iso3(holder.iso3, f"{where} -> iso3")
        if holder.group is not None and holder.group not in group_ids:
            raise CodebookError(f"{where} -> group: unknown group {holder.group!r}")
        if holder.agent not in agent_ids:
            raise CodebookError(f"{where} -> agent: unknown agent {holder.agent!r}")

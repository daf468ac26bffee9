"""Import PETRARCH/TABARI actor and agent dictionaries into the actor dictionary's YAML format.

The text formats are described and read by :mod:`coder.petrarch_format`.

An actors dictionary becomes ``groups.yaml`` (one group per entry; an entry with dated codes
becomes a chain of groups linked by ``succeeded_by`` so the code valid on the event date wins); an
agents dictionary becomes ``agents.yaml`` (one agent per code, its nouns the entries' names and
plurals). Entries that only name a country, and lines that cannot be read, are skipped with a
reason. The written folder is validated with the same models as the shipped dictionary.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

import yaml

from coder.actor_dict import AgentsFile, GroupsFile, read_dictionary
from coder.errors import CodebookError, UsageError
from coder.petrarch_format import DatedCode, Entry, parse_date, parse_dictionary
from coder.resources import shipped_path

__all__ = [
    "DatedCode",
    "Entry",
    "ImportReport",
    "Kind",
    "actors_to_groups",
    "agents_to_agents",
    "import_petrarch",
    "parse_date",
    "parse_dictionary",
]

Kind = Literal["actors", "agents"]

_SLUG = re.compile(r"[^a-z0-9]+")

# CAMEO agent codes -> (ACLED name template, inter, state forces)
_AGENT_NAMES: dict[str, tuple[str, int, bool]] = {
    "MIL": ("Military Forces of {state}{period}", 1, True),
    "SPY": ("Military Forces of {state}{period}", 1, True),
    "COP": ("Police Forces of {state}{period}", 1, True),
    "GOV": ("Government of {state}{period}", 1, True),
    "JUD": ("Government of {state}{period}", 1, True),
    "LEG": ("Government of {state}{period}", 1, True),
    "REB": ("Opposition Rebels ({country})", 2, False),
    "INS": ("Opposition Rebels ({country})", 2, False),
    "SEP": ("Opposition Rebels ({country})", 2, False),
    "UAF": ("Unidentified Armed Group ({country})", 3, False),
    "CRM": ("Unidentified Gang ({country})", 3, False),
    "OPP": ("Protesters ({country})", 6, False),
}
_CIVILIANS = ("Civilians ({country})", 7, False)
_ARMED = {"REB": 2, "INS": 2, "SEP": 2, "UAF": 3, "CRM": 3, "MIL": 1, "SPY": 1, "COP": 1}
_STATE = {"GOV", "JUD", "LEG", "MIL", "SPY", "COP"}
_CIVILIAN_CODES = {"CVL", "ELI", "BUS", "EDU", "MED", "REL", "LAB", "REF", "HLH", "AGR", "JRN"}
_SMALL = {"of", "the", "and", "for", "in", "on", "al", "de", "du", "la", "le", "el"}


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote and what it skipped.

    Attributes:
        path: the YAML file written.
        entries: how many dictionary entries were converted.
        written: how many groups or agents the file holds.
        skipped: (line number, reason) for every entry or line left out.
    """

    path: Path
    entries: int
    written: int
    skipped: list[tuple[int, str]] = field(default_factory=list)


def _display(name: str) -> str:
    """ "HAMID KARZAI" -> "Hamid Karzai"; one word of up to four letters stays an acronym."""
    if " " not in name and (len(name) <= 4 or not set(name.lower()) & set("aeiou")):
        return name.upper()
    return " ".join(
        w.lower() if i and w.lower() in _SMALL else w[:1].upper() + w[1:].lower()
        for i, w in enumerate(name.split())
    )


def _slug(name: str) -> str:
    return _SLUG.sub("_", name.lower()).strip("_") or "entry"


def _split(code: str, iso3s: set[str]) -> tuple[str | None, str]:
    """ "AFGGOV" -> ("AFG", "GOV"); "IGOUNO" -> (None, "IGOUNO")."""
    if code[:3] in iso3s:
        return code[:3], code[3:]
    return None, code


def _group_inter(agent: str) -> tuple[int, str]:
    for part in (agent[i : i + 3] for i in range(0, len(agent), 3)):
        if part in _ARMED:
            return _ARMED[part], "armed"
        if part in _STATE:
            return 1, "armed"
        if part == "PTY":
            return 3, "party"
        if part in _CIVILIAN_CODES:
            return 7, "armed"
    if agent.startswith(("IGO", "NGO")):
        return 8, "igo"
    if agent.startswith("IMG"):
        return 2, "armed"
    return 8, "armed"


def _group(entry: Entry, code: DatedCode, gid: str, iso3s: set[str]) -> dict[str, Any]:
    iso3, agent = _split(code.code, iso3s)
    inter, kind = _group_inter(agent)
    group: dict[str, Any] = {
        "id": gid,
        "name": _display(entry.names[0]),
        "aliases": [],
        "inter": inter,
        "code": code.code,
    }
    if iso3:
        group["iso3"] = iso3
    if kind != "armed":
        group["kind"] = kind
    return group


def actors_to_groups(
    entries: list[Entry], iso3s: set[str], version: str = "1.0"
) -> tuple[GroupsFile, list[tuple[int, str]]]:
    """Convert actor entries to a validated ``groups.yaml`` model.

    Args:
        entries: parsed actor entries.
        iso3s: the ISO3 codes the country file knows (a code's first three letters name the
            group's country when they are one of them).
        version: the ``version:`` of the file written.

    Returns:
        The groups file and (line number, reason) for entries left out.
    """
    groups: list[dict[str, Any]] = []
    skipped: list[tuple[int, str]] = []
    used: set[str] = set()
    for entry in entries:
        if not entry.codes:
            skipped.append((entry.line, f"{entry.names[0]!r} has no code"))
            continue
        dated = sorted((c for c in entry.codes if c.from_ or c.to), key=_order)
        plain = [c for c in entry.codes if not (c.from_ or c.to)]
        if not dated and all(_split(c.code, iso3s)[1] == "" for c in plain):
            skipped.append((entry.line, f"{entry.names[0]!r} names a country (countries.yaml)"))
            continue
        chain = _chain(dated, plain[0] if plain else None)
        base = _slug(entry.names[0])
        ids = []
        for i in range(len(chain)):
            gid = base if i == 0 else f"{base}_{i + 1}"
            while gid in used:
                gid += "_"
            used.add(gid)
            ids.append(gid)
        for i, (code, gid) in enumerate(zip(chain, ids, strict=True)):
            group = _group(entry, code, gid, iso3s)
            if i == 0:
                group["aliases"] = list(dict.fromkeys(_display(n) for n in entry.names))
            if code.from_:
                group["from"] = code.from_.isoformat()
            if code.to:
                group["to"] = code.to.isoformat()
            if i + 1 < len(chain):
                group["succeeded_by"] = ids[i + 1]
            groups.append(group)
    return GroupsFile.model_validate({"version": version, "groups": groups}), skipped


def _order(code: DatedCode) -> date:
    return code.from_ or code.to or date.min


def _chain(dated: list[DatedCode], default: DatedCode | None) -> list[DatedCode]:
    """Dated codes in order, the undated one filling the time before and after them."""
    if not dated:
        return [default] if default else []
    chain = list(dated)
    if default is not None:
        first, last = chain[0], chain[-1]
        if first.from_ is not None:
            chain.insert(0, DatedCode(default.code, to=first.from_ - timedelta(days=1)))
        if last.to is not None:
            chain.append(DatedCode(default.code, from_=last.to + timedelta(days=1)))
    return chain


def _plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def agents_to_agents(
    entries: list[Entry], version: str = "1.0"
) -> tuple[AgentsFile, list[tuple[int, str]]]:
    """Convert agent entries to a validated ``agents.yaml`` model: one agent per code.

    Known CAMEO agent codes give ACLED names ("COP" -> "Police Forces of {state}{period}");
    other codes (business, labour, media, ...) name civilians.
    """
    by_code: dict[str, list[str]] = {}
    skipped: list[tuple[int, str]] = []
    for entry in entries:
        if not entry.codes:
            skipped.append((entry.line, f"{entry.names[0]!r} has no code"))
            continue
        nouns = [n.lower() for n in entry.names]
        if not entry.plurals:
            nouns += [_plural(n) for n in nouns]
        code = entry.codes[0].code
        bucket = by_code.setdefault(code, [])
        bucket.extend(n for n in nouns if n not in bucket)
    agents = []
    for code, nouns in by_code.items():
        name, inter, state = _AGENT_NAMES.get(code[:3], _CIVILIANS)
        agents.append(
            {
                "id": code.lower(),
                "name": name,
                "inter": inter,
                "code": code,
                "state": state,
                "nouns": nouns,
            }
        )
    return AgentsFile.model_validate({"version": version, "agents": agents}), skipped


def import_petrarch(
    source: Path, out_dir: Path, *, kind: Kind = "actors", force: bool = False
) -> ImportReport:
    """Convert a PETRARCH/TABARI dictionary file into a folder of actor-dictionary YAML.

    Writes ``groups.yaml`` (``kind="actors"``) or ``agents.yaml`` (``kind="agents"``) into
    ``out_dir``, copies the shipped ``countries.yaml`` (and ``agents.yaml`` for an actors import)
    there when the folder has none, so the folder loads with ``load_actors(out_dir)``, and
    validates the folder.

    Args:
        source: the dictionary file (``.txt``).
        out_dir: the folder to write (created when missing).
        kind: "actors" or "agents".
        force: overwrite an existing output file.

    Returns:
        What was written and skipped.

    Raises:
        UsageError: the source is missing, or the output file exists and ``force`` is False.
        CodebookError: the converted dictionary does not validate.
    """
    if not source.is_file():
        raise UsageError(f"dictionary file not found: {source}")
    target = out_dir / ("groups.yaml" if kind == "actors" else "agents.yaml")
    if target.exists() and not force:
        raise UsageError(f"{target} exists (use force to overwrite it)")
    entries, skipped = parse_dictionary(source.read_text(encoding="utf-8", errors="replace"))
    out_dir.mkdir(parents=True, exist_ok=True)
    shipped = shipped_path("codebooks", "actors")
    for fname in ("countries.yaml", "agents.yaml") if kind == "actors" else ("countries.yaml",):
        if not (out_dir / fname).exists():
            shutil.copyfile(shipped / fname, out_dir / fname)
    model: GroupsFile | AgentsFile
    if kind == "actors":
        countries = yaml.safe_load((out_dir / "countries.yaml").read_text(encoding="utf-8"))
        iso3s = {c["iso3"] for c in countries.get("countries", [])}
        model, more = actors_to_groups(entries, iso3s)
        written = len(model.groups)
    else:
        model, more = agents_to_agents(entries)
        written = len(model.agents)
    data = model.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data["version"] = model.version
    header = f"# Imported from {source.name} (PETRARCH/TABARI {kind} dictionary).\n"
    target.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    try:
        read_dictionary(out_dir)
    except CodebookError as exc:
        raise CodebookError(f"imported dictionary in {out_dir} does not validate: {exc}") from None
    return ImportReport(target, len(entries), written, sorted(skipped + more))

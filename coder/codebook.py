"""Loading, compiling, listing and checking codebooks.

``load_codebook("acled")`` reads the shipped ACLED codebook; a path to a folder (or to a single
YAML file) loads a user's codebook. Files are read with ``yaml.safe_load`` and validated by the
models in :mod:`coder.codebook_models`; any problem raises :class:`~coder.errors.CodebookError`
with a located message such as ``acled/battles.yaml: event_types -> 0 -> rules -> 2 -> lemmas:
Field required``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from coder.codebook_models import (
    CODEBOOK_MODEL,
    CodebookFile,
    CodebookManifest,
    EventType,
    Roles,
    Rule,
)
from coder.errors import CodebookError
from coder.resources import shipped_path

__all__ = [
    "CODEBOOK_MODEL",
    "CheckFailure",
    "CheckReport",
    "Codebook",
    "CompiledRule",
    "SubEventInfo",
    "check_codebook",
    "list_codebooks",
    "load_codebook",
]

MANIFEST = "codebook.yaml"
_PHRASE_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class SubEventInfo:
    """The taxonomy entry of one sub-event type."""

    name: str
    event_type: str
    definition: str
    disorder_type: str | None
    cameo_code: str | None
    roles: Roles = field(default_factory=Roles)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule ready for matching: lemma sets are frozensets, phrases are token tuples."""

    id: str
    event_type: str
    sub_event_type: str
    disorder_type: str | None
    cameo_code: str | None
    priority: int
    lemmas: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    pos: frozenset[str]
    context_any: frozenset[str]
    context_none: frozenset[str]
    own_none: frozenset[str]
    context_window: int
    context_before: int
    actor_inter: frozenset[int]
    target_inter: frozenset[int]
    actor_not_inter: frozenset[int]
    target_not_inter: frozenset[int]
    any_inter: frozenset[int]
    none_inter: frozenset[int]
    target_lemmas: frozenset[str]
    require_target: bool
    target_unknown_name: bool
    not_after_event: bool
    source: Rule = field(repr=False, compare=False)

    @property
    def needs_actor_types(self) -> bool:
        """True when the rule constrains an actor's type (so actors must be resolved)."""
        return bool(
            self.actor_inter
            or self.target_inter
            or self.actor_not_inter
            or self.target_not_inter
            or self.any_inter
            or self.none_inter
            or self.target_unknown_name
        )


@dataclass(frozen=True)
class Codebook:
    """A loaded, validated and compiled codebook.

    Attributes:
        name: the codebook's name ("acled").
        version: the manifest's version.
        description: one line saying what it codes.
        sha256: hash over the bytes of its files (sorted by name), for reproducibility.
        event_types: the validated event-type models, in file order.
        sub_event_types: taxonomy entries by sub-event name.
        rules: compiled rules, highest priority first.
        lemma_index: trigger lemma -> rules using it (highest priority first).
        phrase_index: first token of a multiword trigger -> (phrase tokens, rule) pairs.
        trigger_lemmas: every single-word trigger (for a cheap first filter).
        skip_reasons: words that are only a protest's reason or demand neither trigger nor
            count as context (the manifest's ``skip_reasons``).
    """

    name: str
    version: str
    description: str
    sha256: str
    event_types: tuple[EventType, ...]
    sub_event_types: dict[str, SubEventInfo]
    rules: tuple[CompiledRule, ...]
    lemma_index: dict[str, tuple[CompiledRule, ...]]
    phrase_index: dict[str, tuple[tuple[tuple[str, ...], CompiledRule], ...]]
    trigger_lemmas: frozenset[str]
    skip_reasons: bool = False

    def describe(self) -> str:
        """A plain-text listing of the taxonomy and the rules (for ``coder codebook show``)."""
        lines = [f"{self.name} {self.version}: {self.description}", f"sha256 {self.sha256}"]
        for et in self.event_types:
            lines.append(f"\n{et.name} [{et.disorder_type}]")
            for sub in et.sub_event_types:
                info = self.sub_event_types[sub.name]
                lines.append(
                    f"  {sub.name} (CAMEO {info.cameo_code or '-'}; "
                    f"{info.disorder_type}): {sub.definition}"
                )
            for r in self.rules:
                if r.event_type == et.name:
                    words = sorted(r.lemmas) + [" ".join(p) for p in r.phrases]
                    lines.append(
                        f"    rule {r.id} -> {r.sub_event_type} (priority {r.priority}):"
                        f" {', '.join(words[:8])}{' ...' if len(words) > 8 else ''}"
                    )
        return "\n".join(lines)

    def rule(self, rule_id: str) -> CompiledRule:
        """Return the compiled rule with this id.

        Raises:
            KeyError: no rule has this id.
        """
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_PHRASE_TOKEN.findall(phrase.lower()))


def _format_loc(loc: Sequence[int | str]) -> str:
    return " -> ".join(str(part) for part in loc)


def _read_yaml(path: Path, label: str) -> Any:
    try:
        # libyaml's safe loader when present: the same safe subset, 10x faster at start-up
        text = path.read_text(encoding="utf-8")
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise CodebookError(f"{label}: cannot read file: {exc}") from exc
    except yaml.YAMLError as exc:
        raise CodebookError(f"{label}: invalid YAML: {exc}") from exc


def _validate(model: type[Any], data: Any, label: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = _format_loc(err["loc"])
        more = f" (and {len(exc.errors()) - 1} more problems)" if len(exc.errors()) > 1 else ""
        prefix = f"{label}: {where}: " if where else f"{label}: "
        raise CodebookError(f"{prefix}{err['msg']}{more}") from exc


def _resolve_location(name_or_path: str | Path) -> Path:
    path = Path(name_or_path)
    if path.exists():
        return path
    if isinstance(name_or_path, str) and re.fullmatch(r"[A-Za-z0-9_.-]+", name_or_path):
        shipped = shipped_path("codebooks", name_or_path)
        if (shipped / MANIFEST).is_file():
            return shipped
    raise CodebookError(f"no codebook named or at {str(name_or_path)!r}")


def _compile_rule(rule: Rule, et: EventType, info: SubEventInfo) -> CompiledRule:
    c = rule.conditions
    return CompiledRule(
        id=rule.id,
        event_type=et.name,
        sub_event_type=rule.sub_event_type,
        disorder_type=info.disorder_type,
        cameo_code=info.cameo_code,
        priority=rule.priority,
        lemmas=frozenset(x.lower() for x in rule.lemmas),
        phrases=tuple(_phrase_tokens(p) for p in rule.phrases),
        pos=frozenset(c.pos),
        context_any=frozenset(x.lower() for x in c.context_any),
        context_none=frozenset(x.lower() for x in c.context_none),
        own_none=frozenset(x.lower() for x in c.own_none),
        context_window=c.context_window,
        context_before=c.context_before,
        actor_inter=frozenset(c.actor_inter),
        target_inter=frozenset(c.target_inter),
        actor_not_inter=frozenset(c.actor_not_inter),
        target_not_inter=frozenset(c.target_not_inter),
        any_inter=frozenset(c.any_inter),
        none_inter=frozenset(c.none_inter),
        target_lemmas=frozenset(x.lower() for x in c.target_lemmas),
        require_target=c.require_target,
        target_unknown_name=c.target_unknown_name,
        not_after_event=c.not_after_event,
        source=rule,
    )


def load_codebook(name_or_path: str | Path) -> Codebook:
    """Load, validate and compile a codebook.

    Args:
        name_or_path: a shipped codebook's name ("acled"), a folder holding ``codebook.yaml`` and
            event-type YAML files, or a single event-type YAML file.

    Returns:
        The compiled codebook.

    Raises:
        CodebookError: the codebook is missing or invalid (the message names file and field).
    """
    location = _resolve_location(name_or_path)
    if location.is_dir():
        files = sorted(p for p in location.iterdir() if p.suffix in (".yaml", ".yml"))
        manifest_path = location / MANIFEST
        if not manifest_path.is_file():
            raise CodebookError(f"{location.name}: missing {MANIFEST}")
        label_root = location.name
    else:
        files, manifest_path, label_root = [location], None, location.parent.name

    digest = hashlib.sha256()
    manifest: CodebookManifest | None = None
    parsed: list[CodebookFile] = []
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        label = f"{label_root}/{path.name}"
        data = _read_yaml(path, label)
        if path == manifest_path:
            manifest = _validate(CodebookManifest, data, label)
        else:
            parsed.append(_validate(CodebookFile, data, label))
    if manifest is None:
        version = parsed[0].version if parsed else "0"
        manifest = CodebookManifest(name=files[0].stem, version=version)
    return _compile(manifest, parsed, digest.hexdigest())


def _compile(manifest: CodebookManifest, files: list[CodebookFile], sha256: str) -> Codebook:
    event_types: list[EventType] = []
    subs: dict[str, SubEventInfo] = {}
    rules: list[CompiledRule] = []
    seen_ids: set[str] = set()
    for f in files:
        for et in f.event_types:
            event_types.append(et)
            for sub in et.sub_event_types:
                if sub.name in subs:
                    raise CodebookError(f"sub-event type {sub.name!r} is declared twice")
                subs[sub.name] = SubEventInfo(
                    name=sub.name,
                    event_type=et.name,
                    definition=sub.definition,
                    disorder_type=sub.disorder_type or et.disorder_type,
                    cameo_code=sub.cameo_code,
                    roles=sub.roles,
                )
            for rule in et.rules:
                if rule.id in seen_ids:
                    raise CodebookError(f"rule id {rule.id!r} is used twice")
                seen_ids.add(rule.id)
                rules.append(_compile_rule(rule, et, subs[rule.sub_event_type]))
    rules.sort(key=lambda r: -r.priority)
    lemma_index: dict[str, list[CompiledRule]] = {}
    phrase_index: dict[str, list[tuple[tuple[str, ...], CompiledRule]]] = {}
    for r in rules:
        for lemma in r.lemmas:
            lemma_index.setdefault(lemma, []).append(r)
        for phrase in r.phrases:
            phrase_index.setdefault(phrase[0], []).append((phrase, r))
    return Codebook(
        name=manifest.name,
        version=manifest.version,
        description=manifest.description,
        sha256=sha256,
        event_types=tuple(event_types),
        sub_event_types=subs,
        rules=tuple(rules),
        lemma_index={k: tuple(v) for k, v in lemma_index.items()},
        phrase_index={k: tuple(v) for k, v in phrase_index.items()},
        trigger_lemmas=frozenset(lemma_index),
        skip_reasons=manifest.skip_reasons,
    )


def list_codebooks() -> list[tuple[str, str, str]]:
    """List the shipped codebooks.

    Returns:
        (name, version, description) for every shipped folder holding a ``codebook.yaml``.
    """
    root = shipped_path("codebooks")
    found: list[tuple[str, str, str]] = []
    if not root.is_dir():
        return found
    for folder in sorted(p for p in root.iterdir() if (p / MANIFEST).is_file()):
        label = f"{folder.name}/{MANIFEST}"
        m = _validate(CodebookManifest, _read_yaml(folder / MANIFEST, label), label)
        found.append((m.name, m.version, m.description))
    return found


# Re-exported so callers find the whole codebook API in one place.
from coder.codebook_check import CheckFailure, CheckReport, check_codebook  # noqa: E402

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
from collections.abc import Callable, Collection, Sequence
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
    Rule,
)
from coder.errors import CodebookError
from coder.models import Candidate
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
    context_window: int
    actor_inter: frozenset[int]
    target_inter: frozenset[int]
    actor_not_inter: frozenset[int]
    target_not_inter: frozenset[int]
    any_inter: frozenset[int]
    none_inter: frozenset[int]
    target_lemmas: frozenset[str]
    require_target: bool
    source: Rule = field(repr=False, compare=False)

    @property
    def needs_actor_types(self) -> bool:
        """True when the rule constrains an actor's type (so actors must be resolved)."""
        return bool(
            self.actor_inter or self.target_inter or self.actor_not_inter
            or self.target_not_inter or self.any_inter or self.none_inter
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

    def rule(self, rule_id: str) -> CompiledRule:
        """Return the compiled rule with this id.

        Raises:
            KeyError: no rule has this id.
        """
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


@dataclass(frozen=True, slots=True)
class CheckFailure:
    """One example that did not code as its rule says."""

    rule_id: str
    text: str
    expected: str
    got: str


@dataclass
class CheckReport:
    """The outcome of running every rule's examples."""

    passed: int = 0
    failed: int = 0
    failures: list[CheckFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every example coded as expected."""
        return self.failed == 0


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_PHRASE_TOKEN.findall(phrase.lower()))


def _format_loc(loc: Sequence[int | str]) -> str:
    return " -> ".join(str(part) for part in loc)


def _read_yaml(path: Path, label: str) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
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
        context_window=c.context_window,
        actor_inter=frozenset(c.actor_inter),
        target_inter=frozenset(c.target_inter),
        actor_not_inter=frozenset(c.actor_not_inter),
        target_not_inter=frozenset(c.target_not_inter),
        any_inter=frozenset(c.any_inter),
        none_inter=frozenset(c.none_inter),
        target_lemmas=frozenset(x.lower() for x in c.target_lemmas),
        require_target=c.require_target,
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


def _describe(cands: Sequence[Candidate]) -> str:
    if not cands:
        return "nothing"
    return "; ".join(
        f"{c.event_type} / {c.sub_event_type} [{c.rule_id}]"
        f" a1={c.actor1.text if c.actor1 else None!r} a2={c.actor2.text if c.actor2 else None!r}"
        for c in cands
    )


def _positive_ok(cands: Sequence[Candidate], ex: Any) -> bool:
    for c in cands:
        if (c.event_type, c.sub_event_type) != (ex.event_type, ex.sub_event_type):
            continue
        if ex.actor1 is not None and (c.actor1 is None or ex.actor1 not in c.actor1.text):
            continue
        if ex.actor2 is not None and (c.actor2 is None or ex.actor2 not in c.actor2.text):
            continue
        return True
    return False


def check_codebook(
    codebook: Codebook,
    code_text: Callable[[str], Sequence[Candidate]],
    *,
    rule_ids: Collection[str] | None = None,
) -> CheckReport:
    """Run every rule's examples and report the ones that do not code as expected.

    A positive example passes when some candidate has the expected event and sub-event type (and
    actor phrases, when given, occur in the candidate's actor spans). A negative example passes
    when it codes nothing, or, when it names an ``instead`` sub-event type, only that type.

    Args:
        codebook: the codebook whose examples are run.
        code_text: codes one text, e.g. the real pipeline or ``nlp`` + ``find_events``.
        rule_ids: run only these rules' examples (None: every rule).

    Returns:
        The counts and every failure with rule id, sentence, expected and got.
    """
    report = CheckReport()
    for rule in codebook.rules:
        if rule_ids is not None and rule.id not in rule_ids:
            continue
        src = rule.source
        for pos in src.examples.positive:
            cands = code_text(pos.text)
            if _positive_ok(cands, pos):
                report.passed += 1
                continue
            expected = f"{pos.event_type} / {pos.sub_event_type}"
            if pos.actor1 or pos.actor2:
                expected += f" a1={pos.actor1!r} a2={pos.actor2!r}"
            report.failed += 1
            report.failures.append(CheckFailure(rule.id, pos.text, expected, _describe(cands)))
        for neg in src.examples.negative:
            cands = code_text(neg.text)
            if neg.instead is None:
                ok, expected = not cands, "nothing"
            else:
                ok = bool(cands) and all(c.sub_event_type == neg.instead for c in cands)
                expected = f"only {neg.instead}"
            if ok:
                report.passed += 1
            else:
                report.failed += 1
                report.failures.append(CheckFailure(rule.id, neg.text, expected, _describe(cands)))
    return report
